"""The plan index (core.cache) answers exactly as the plan does and can never go stale."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from nq42cli.core.cache import cache_key, index_path
from tests.conftest import PLAN, run
from tests.forked import run_together, said

if TYPE_CHECKING:
    from collections.abc import Callable

    from nq42cli.core.models import Plan
    from nq42cli.core.progress import Progress

AS_OF = "2024-01-15"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("NQ42_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    """A copy of the real plan that a test may edit."""
    copy = tmp_path / "plan.yaml"
    copy.write_bytes(PLAN.read_bytes())
    return copy


def due_ids(plan: Path, *extra: str) -> list[str]:
    out = run(*extra, "due", "-q", "2024Q1", "--as-of", AS_OF, "--plan", str(plan), "-f", "json")
    return [r["id"] for r in json.loads(out.stdout)]


def index_file(cache: Path, plan: Path) -> Path:
    return index_path(cache, [plan], cache_key([plan]))


def test_second_run_is_served_by_an_index_named_by_the_plan_hash(cache: Path, plan: Path) -> None:
    """The first run writes the index under the content hash; the second reads it."""
    assert due_ids(plan) == ["IV.2.a", "IV.4.b", "IV.6.a"]
    assert index_file(cache, plan).is_file()
    assert due_ids(plan) == ["IV.2.a", "IV.4.b", "IV.6.a"]


def test_editing_the_plan_changes_the_answer(cache: Path, plan: Path) -> None:
    """An edit between two runs is seen at once: the index of the old bytes never serves."""
    assert "IV.2.a" in due_ids(plan)
    text = plan.read_text(encoding="utf-8")
    start = text.index("  - id: IV.2.a")
    block = text[start : text.index("  - id: IV.2.b")]
    moved = block.replace("quý I/2024", "quý II/2024")
    plan.write_text(text.replace(block, moved), encoding="utf-8")
    assert due_ids(plan) == ["IV.4.b", "IV.6.a"]
    plan.write_text(text, encoding="utf-8")
    assert due_ids(plan) == ["IV.2.a", "IV.4.b", "IV.6.a"]


def test_an_invalid_edit_is_reported_though_an_index_exists(cache: Path, plan: Path) -> None:
    """A plan broken after it was indexed fails with its problem, not the old answer."""
    due_ids(plan)
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace('"quý I/2024"', '"quý V/2024"', 1), encoding="utf-8")
    out = run("due", "-q", "2024Q1", "--as-of", AS_OF, "--plan", str(plan), code=1)
    assert "a quarter is I–IV" in out.stderr
    assert f"{plan}:" in out.stderr


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: p.write_bytes(b"not a database at all"), id="garbage"),
        pytest.param(lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]), id="cut"),
        pytest.param(lambda p: p.write_bytes(b""), id="empty"),
        pytest.param(
            lambda p: _sql(p, "DROP TABLE win"),
            id="table-missing",
        ),
        pytest.param(lambda p: _sql(p, "UPDATE meta SET v = 'x' WHERE k = 'key'"), id="other-key"),
    ],
)
def test_a_damaged_index_is_rebuilt(cache: Path, plan: Path, damage: object) -> None:
    """Garbage, a cut or empty file, a missing table, a foreign key: rebuilt, right answer."""
    due_ids(plan)
    target = index_file(cache, plan)
    damage(target)  # type: ignore[operator]
    assert due_ids(plan) == ["IV.2.a", "IV.4.b", "IV.6.a"]
    with sqlite3.connect(target) as db:
        assert dict(db.execute("SELECT k, v FROM meta"))["key"] == cache_key([plan])


def _sql(path: Path, statement: str) -> None:
    db = sqlite3.connect(path)
    with db:
        db.execute(statement)
    db.close()


def test_the_index_serves_and_no_cache_bypasses_it(cache: Path, plan: Path) -> None:
    """An index doctored by hand and sealed again shows through, proving it serves;
    --no-cache never reads it."""
    from nq42cli.core.cache import seal

    due_ids(plan)
    _sql(index_file(cache, plan), "UPDATE duty SET text = 'FROM THE INDEX' WHERE id = 'IV.2.a'")
    seal(index_file(cache, plan))
    args = ("due", "-q", "2024Q1", "--as-of", AS_OF, "--plan", str(plan), "-f", "json")
    assert json.loads(run(*args).stdout)[0]["text"] == "FROM THE INDEX"
    fresh = json.loads(run("--no-cache", *args).stdout)[0]["text"]
    assert fresh.startswith("Chỉ đạo xây dựng")
    env_off = json.loads(run(*args, env={"NQ42_NO_CACHE": "1"}).stdout)[0]["text"]
    assert env_off == fresh


def test_no_cache_writes_nothing(cache: Path, plan: Path) -> None:
    """--no-cache leaves the cache folder untouched."""
    due_ids(plan, "--no-cache")
    assert not cache.exists() or not any(cache.iterdir())


def test_an_unwritable_cache_folder_only_costs_speed(tmp_path: Path, plan: Path) -> None:
    """When the cache cannot be written the answer still comes, from the plan."""
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    env = {"NQ42_CACHE_DIR": str(blocker / "nq42")}
    out = run("due", "-q", "2024Q1", "--as-of", AS_OF, "--plan", str(plan), "-f", "json", env=env)
    assert [r["id"] for r in json.loads(out.stdout)] == ["IV.2.a", "IV.4.b", "IV.6.a"]


QUESTIONS = [
    ("due", "-q", "2024Q1", "--as-of", AS_OF),
    ("due", "-y", "2024", "--as-of", AS_OF, "--owner", "chinh phu"),
    ("overdue", "--as-of", "2024-06-01"),
    ("overdue", "--as-of", "2026-01-01", "--role", "lead"),
    ("ongoing", "--as-of", "2024-06-01"),
    ("ongoing", "--as-of", "2024-06-01", "--section", "IV.6"),
    ("list",),
    ("list", "--search", "chinh sach"),
]


@pytest.mark.parametrize("question", QUESTIONS, ids=" ".join)
@pytest.mark.parametrize("fmt", ["json", "csv", "md", "table"])
def test_index_answers_like_the_plan(
    cache: Path, plan: Path, question: tuple[str, ...], fmt: str
) -> None:
    """Cold (plan read, index written) and warm (index) runs print what --no-cache prints."""
    args = (*question, "--plan", str(plan), "-f", fmt)
    expected = run("--no-cache", *args).stdout
    assert run(*args).stdout == expected
    assert run(*args).stdout == expected


# -m process (.ci/run): twelve real processes racing, their CPU mostly in the children.
@pytest.mark.process
def test_racing_processes_all_answer_right(tmp_path: Path, plan: Path) -> None:
    """Four processes building the same index at once all print the right answer, three
    times over, and leave no temp file.

    The processes are forked from this one (tests/forked.py) and released at the same
    instant; which one writes the index first is left to chance, and every outcome must
    be right, so nothing here depends on the machine's speed.
    """
    race = tmp_path / "race"
    errors = tmp_path / "children.err"
    args = ["due", "-q", "2024Q1", "--as-of", AS_OF, "--plan", str(plan), "-f", "json"]
    # Run here first (which also imports what the children need, before they fork).
    expected = run("--no-cache", *args).stdout
    assert [r["id"] for r in json.loads(expected)] == ["IV.2.a", "IV.4.b", "IV.6.a"]
    for round_ in range(3):
        outs = [tmp_path / f"out-{round_}-{i}.json" for i in range(4)]
        codes = run_together([args] * 4, errors, outs, env={"NQ42_CACHE_DIR": str(race)})
        assert codes == [0] * 4, said(errors)
        assert [out.read_text(encoding="utf-8") for out in outs] == [expected] * 4
    index = index_file(race, plan).name
    # The index and its seal (its SHA-256), and the files' digests once their change
    # time has settled (Digests); no temporary file left.
    left = sorted(p.name for p in race.iterdir() if p.suffix != ".digests")
    assert left == [index, index + "-seal"]
    assert len(list(race.iterdir())) <= 3


def test_every_input_file_feeds_the_key(tmp_path: Path, plan: Path) -> None:
    """The key covers each file of the list (as progress files will be): editing any changes it."""
    extra = tmp_path / "progress.yaml"
    extra.write_text("records: []\n", encoding="utf-8")
    before = cache_key([plan, extra])
    assert before != cache_key([plan])
    extra.write_text("records: [1]\n", encoding="utf-8")
    assert cache_key([plan, extra]) != before
    # Moving bytes from one file to the next is a different input, not the same stream.
    a, b = tmp_path / "a", tmp_path / "b"
    a.write_bytes(b"xy")
    b.write_bytes(b"z")
    first = cache_key([a, b])
    a.write_bytes(b"x")
    b.write_bytes(b"yz")
    assert cache_key([a, b]) != first


def _loader(plan: Path) -> Callable[[], tuple[Plan, Progress]]:
    def load() -> tuple[Plan, Progress]:
        from nq42cli.core.loader import load_plan
        from nq42cli.core.progress import Progress

        return load_plan(plan).plan, Progress()

    return load


def test_an_index_for_other_side_files_is_not_used(cache: Path, plan: Path, tmp_path: Path) -> None:
    """With a second input file, changing it alone makes the index miss and be rebuilt."""
    from nq42cli.core.cache import Index, PlanRows, open_source

    extra = tmp_path / "progress.yaml"
    extra.write_text("a\n", encoding="utf-8")
    load = _loader(plan)
    assert isinstance(open_source([plan, extra], load), PlanRows)  # cold: built
    warm = open_source([plan, extra], load)
    assert isinstance(getattr(warm, "index", None), Index)
    extra.write_text("b\n", encoding="utf-8")
    assert isinstance(open_source([plan, extra], load), PlanRows)  # changed: read again


def test_odd_characters_in_the_cache_folder_name(tmp_path: Path, plan: Path) -> None:
    """A cache folder named with URI characters (? # % spaces) still serves warm answers."""
    from nq42cli.core.cache import Index, open_source

    odd = tmp_path / "a?b#c%20 d"
    env = {"NQ42_CACHE_DIR": str(odd)}
    assert due_ids(plan) == ["IV.2.a", "IV.4.b", "IV.6.a"]
    run("due", "-q", "2024Q1", "--as-of", AS_OF, "--plan", str(plan), env=env)
    assert index_path(odd, [plan], cache_key([plan])).is_file()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NQ42_CACHE_DIR", str(odd))
        assert isinstance(getattr(open_source([plan], _loader(plan)), "index", None), Index)


def test_a_missing_plan_is_the_usual_message(cache: Path, tmp_path: Path) -> None:
    """A plan path that does not exist is reported as before (exit 2), not as a cache error."""
    missing = tmp_path / "nope.yaml"
    out = run("due", "-q", "2024Q1", "--as-of", AS_OF, "--plan", str(missing), code=2)
    assert f"{missing}: no such file" in out.stderr


def _overdue(plan: Path, *extra: str) -> dict[str, str | None]:
    out = run(*extra, "overdue", "--as-of", "2024-06-30", "--plan", str(plan), "-f", "json")
    return {r["id"]: r["completed_on"] for r in json.loads(out.stdout)}


def test_recording_progress_changes_the_warm_answer(cache: Path, plan: Path) -> None:
    """A record added (a new progress file) or edited between two warm runs is seen at once."""
    from nq42cli.core.cache import Index, open_source

    assert "IV.4.b" in _overdue(plan)
    assert "IV.4.b" in _overdue(plan)  # warm
    run(
        "record",
        "IV.4.b",
        "--done",
        "--on",
        "2024-04-20",
        "--evidence",
        "Kế hoạch số 01-KH/BKTTW",
        "--plan",
        str(plan),
    )
    assert "IV.4.b" not in _overdue(plan)
    progress = plan.parent / "progress" / "IV.4.b.yaml"
    progress.write_text(
        progress.read_text(encoding="utf-8").replace("2024-04-20", "2024-07-20"), encoding="utf-8"
    )
    assert "IV.4.b" in _overdue(plan)  # done after 30/06 now: still late on that day
    files = [plan, *sorted((plan.parent / "progress").glob("*.yaml"))]

    def load() -> tuple[Plan, Progress]:
        raise AssertionError("a warm index must not read the plan")

    warm = open_source(files, load)
    assert isinstance(getattr(warm, "index", None), Index)
    assert "IV.4.b" in {r.duty.id for r in warm.overdue(date(2024, 6, 30))}
    assert "IV.4.b" not in {r.duty.id for r in warm.overdue(date(2024, 7, 21))}


def test_index_and_plan_agree_with_progress(cache: Path, plan: Path) -> None:
    """With progress recorded, every listing answers the same from the index and the plan."""
    run(
        "record",
        "IV.6.a",
        "--done",
        "--on",
        "2024-03-20",
        "--owner",
        "tinh_thanh_uy",
        "--evidence",
        "x",
        "--plan",
        str(plan),
    )
    for args in (
        ["due", "-q", "2024Q1"],
        ["overdue"],
        ["ongoing"],
        ["list"],
        ["due", "--year", "2025"],
    ):
        cold = run("--no-cache", *args, "--as-of", "2024-06-30", "--plan", str(plan), "-f", "json")
        run(*args, "--as-of", "2024-06-30", "--plan", str(plan), "-f", "json")
        warm = run(*args, "--as-of", "2024-06-30", "--plan", str(plan), "-f", "json")
        assert json.loads(warm.stdout) == json.loads(cold.stdout), args


@pytest.mark.parametrize(
    ("owner", "section"), [("ban kinh tê zzz", None), (None, "IX")], ids=["owner", "section"]
)
def test_a_filter_typo_on_a_warm_index_costs_no_rebuild(
    cache: Path, plan: Path, owner: str | None, section: str | None
) -> None:
    """A typo in --owner/--section is refused from the index: the plan is not read again.

    A filter error is not damage; reading a 10,000-duty plan to say "no owner matches"
    would turn a 0.8 s answer into 5 s.
    """
    from nq42cli.core.cache import open_source
    from nq42cli.core.queries import FilterError, Filters
    from nq42cli.core.windows import Period

    loads = []
    inner = _loader(plan)

    def load() -> tuple[Plan, Progress]:
        loads.append(1)
        return inner()

    open_source([plan], load)  # cold: builds the index
    assert loads == [1]
    built = {p.name: p.stat().st_mtime_ns for p in cache.glob("*.sqlite*")}
    warm = open_source([plan], load)
    with pytest.raises(FilterError):
        warm.due(Period.year(2024), date(2024, 1, 1), Filters(owner=owner, section=section))
    with pytest.raises(FilterError):
        warm.status(date(2024, 1, 1), Filters(owner=owner, section=section))
    assert loads == [1]
    assert {p.name: p.stat().st_mtime_ns for p in cache.glob("*.sqlite*")} == built


# --------------------------------------------------------------------------- digests by stamp


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[float], None]:
    """Set the moment ``Digests`` reads files: ``seconds`` after the newest file change.

    The settling rule is then placed by what the test did, not by how fast it ran.
    """
    from nq42cli.core import cache as core_cache

    def place(seconds: float) -> None:
        newest = max(p.stat().st_ctime_ns for p in _watched)
        monkeypatch.setattr(core_cache, "_clock", lambda: newest + int(seconds * 1e9))

    return place


_watched: list[Path] = []


@pytest.fixture
def three_files(tmp_path: Path) -> list[Path]:
    files = [tmp_path / f"f{i}.yaml" for i in range(3)]
    for i, f in enumerate(files):
        f.write_text(f"records: [{i}]\n", encoding="utf-8")
    _watched[:] = files
    return files


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from nq42cli.core import cache as core_cache

    reads: list[str] = []
    real = core_cache._digest

    def counted(path: str | os.PathLike[str]) -> tuple[bytes, list[int] | None]:
        reads.append(os.path.basename(path))
        return real(path)

    monkeypatch.setattr(core_cache, "_digest", counted)
    return reads


def _keep_digests(memo: Path, files: list[Path]) -> str:
    """The key of ``files``, their digests kept in ``memo`` (as a warm answer keeps them)."""
    from nq42cli.core.cache import Digests

    digests = Digests(memo)
    key = cache_key(files, digests)
    digests.save([os.fspath(f) for f in files])
    return key


def _rewrite_until_the_change_time_moves(path: Path, data: bytes) -> None:
    """Rewrite ``path`` with ``data`` and set its modification time back.

    Repeated until the change time differs from before: on a coarse clock two writes
    can share a tick, which is exactly what Digests waits out before it keeps a stamp
    (SETTLED_NS); here the settled state is set by the clock fixture instead.
    """
    before = path.stat()
    while True:
        path.write_bytes(data)
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        if path.stat().st_ctime_ns != before.st_ctime_ns:
            return


def test_settled_files_are_not_read_again(
    tmp_path: Path,
    three_files: list[Path],
    clock: Callable[[float], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file whose stamp is the one it was hashed at is not read: the key is unchanged."""
    from nq42cli.core.cache import Digests

    memo = tmp_path / "plan.digests"
    clock(3600)
    first = Digests(memo)
    key = cache_key(three_files, first)
    assert key == cache_key(three_files)  # the same key as hashing every byte
    first.save([os.fspath(f) for f in three_files])
    reads = _count_reads(monkeypatch)
    assert cache_key(three_files, Digests(memo)) == key
    assert reads == []


@pytest.mark.parametrize("how", ["same size, mtime set back", "replaced by rename", "grown"])
def test_any_change_to_a_settled_file_is_seen(
    tmp_path: Path,
    three_files: list[Path],
    clock: Callable[[float], None],
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    """Editing a file whose digest is kept changes the key: the change time always moves."""
    from nq42cli.core.cache import Digests

    memo = tmp_path / "plan.digests"
    clock(3600)
    key = _keep_digests(memo, three_files)
    target = three_files[1]
    if how == "same size, mtime set back":
        _rewrite_until_the_change_time_moves(target, b"records: [9]\n")
    elif how == "replaced by rename":
        other = tmp_path / "other"
        other.write_bytes(b"records: [8]\n")
        os.utime(other, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns))
        other.replace(target)
    else:
        with target.open("ab") as fh:
            fh.write(b"# more\n")
    reads = _count_reads(monkeypatch)
    changed = cache_key(three_files, Digests(memo))
    assert reads == [target.name]
    assert changed != key
    assert changed == cache_key(three_files)


def test_a_file_changed_just_now_is_hashed_every_time(
    tmp_path: Path,
    three_files: list[Path],
    clock: Callable[[float], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Within SETTLED_NS of a change nothing is kept, so a second write in the same clock
    tick, which would leave the stamp as it was, can never be missed."""
    from nq42cli.core.cache import SETTLED_NS, Digests

    memo = tmp_path / "plan.digests"
    clock(SETTLED_NS / 1e9 - 0.5)
    digests = Digests(memo)
    cache_key(three_files, digests)
    digests.save([os.fspath(f) for f in three_files])
    assert not memo.exists()
    reads = _count_reads(monkeypatch)
    cache_key(three_files, Digests(memo))
    assert reads == [f.name for f in three_files]


def test_without_trusted_change_times_every_file_is_hashed(
    tmp_path: Path,
    three_files: list[Path],
    clock: Callable[[float], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On Windows (st_ctime is the creation time there) no digest is kept."""
    from nq42cli.core import cache as core_cache

    monkeypatch.setattr(core_cache, "STAMPS_TRUSTED", False)
    memo = tmp_path / "plan.digests"
    clock(3600)
    digests = core_cache.Digests(memo)
    cache_key(three_files, digests)
    digests.save([os.fspath(f) for f in three_files])
    assert not memo.exists()


@pytest.mark.parametrize(
    "damage",
    [b"", b"\x00garbage", b"[1, 2]", b'{"v": 1, "files": {"x": 3}}', b'{"v": 2, "files": {}}'],
)
def test_a_damaged_digests_file_is_an_empty_one(
    tmp_path: Path,
    three_files: list[Path],
    clock: Callable[[float], None],
    monkeypatch: pytest.MonkeyPatch,
    damage: bytes,
) -> None:
    from nq42cli.core.cache import Digests

    memo = tmp_path / "plan.digests"
    memo.write_bytes(damage)
    clock(3600)
    assert cache_key(three_files, Digests(memo)) == cache_key(three_files)


def test_kept_entries_with_wrong_types_are_read_again(
    tmp_path: Path,
    three_files: list[Path],
    clock: Callable[[float], None],
) -> None:
    """An entry whose stamp matches but whose digest is not one is no answer."""
    from nq42cli.core.cache import Digests

    memo = tmp_path / "plan.digests"
    clock(3600)
    _keep_digests(memo, three_files)
    raw = json.loads(memo.read_bytes())
    for i, entry in enumerate(raw["files"].values()):
        entry[5] = [None, 7, "zz" * 32][i]
    memo.write_text(json.dumps(raw), encoding="utf-8")
    assert cache_key(three_files, Digests(memo)) == cache_key(three_files)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_in_place_of_a_settled_file_is_refused(
    tmp_path: Path,
    three_files: list[Path],
    clock: Callable[[float], None],
) -> None:
    from nq42cli.core.cache import Digests
    from nq42cli.core.fsio import UnusableFile

    memo = tmp_path / "plan.digests"
    clock(3600)
    _keep_digests(memo, three_files)
    three_files[2].unlink()
    os.mkfifo(three_files[2])
    with pytest.raises(UnusableFile):
        cache_key(three_files, Digests(memo))


def test_a_settled_progress_edit_with_its_mtime_set_back_changes_the_warm_answer(
    cache: Path, plan: Path, clock: Callable[[float], None]
) -> None:
    """End to end through the index: digests kept, then a record's date edited in place."""
    from nq42cli.core.cache import Index, open_source

    run("record", "IV.4.b", "--done", "--on", "2024-04-20", "--evidence", "KH 01",
        "--plan", str(plan))  # fmt: skip
    progress = plan.parent / "progress" / "IV.4.b.yaml"
    files = [plan, progress]
    _watched[:] = files
    clock(3600)

    def load() -> tuple[Plan, Progress]:
        from nq42cli.core.loader import load_plan
        from nq42cli.core.progress import load_progress

        loaded = load_plan(plan).plan
        return loaded, load_progress(plan.parent / "progress", loaded, today=None)

    open_source(files, load)  # builds the index and keeps both digests
    assert list(cache.glob("*.digests"))
    warm = open_source(files, load)
    assert isinstance(getattr(warm, "index", None), Index)
    assert "IV.4.b" not in {r.duty.id for r in warm.overdue(date(2024, 6, 30))}
    text = progress.read_bytes().replace(b"2024-04-20", b"2024-07-20")
    _rewrite_until_the_change_time_moves(progress, text)
    again = open_source(files, load)
    assert "IV.4.b" in {r.duty.id for r in again.overdue(date(2024, 6, 30))}
