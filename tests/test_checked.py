"""``record`` keeps what its checks learnt of a history, by the digest of the text.

The next append to the same, unchanged file reads and checks only its own record
(:mod:`nq42cli.core.checked`); any change to the file, the duty or the registry, and
any damage to the cache, is a full reading again. These tests place that by what the
process read (the readers are counted), never by a timer.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nq42cli.core import checked
from nq42cli.core.errors import RecordRefused
from nq42cli.core.loader import load_plan
from nq42cli.core.locate import locate
from nq42cli.core.models import Plan
from nq42cli.core.problems import DataError
from nq42cli.core.progress import Event, load_progress
from nq42cli.core.record import append_record
from tests.conftest import PLAN, scaled
from tests.progress_helpers import write_progress

TODAY = date(2026, 1, 1)
AT = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(PLAN).plan


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many progress files of more than one record were parsed (one entry each)."""
    from nq42cli.core import progress

    seen: list[int] = []
    real = progress.read_progress

    def counted(text: str, shown: str) -> object:
        if text.count("  - event:") > 1:
            seen.append(1)
        return real(text, shown)

    monkeypatch.setattr(progress, "read_progress", counted)
    return seen


def _history(folder: Path, n: int = 50) -> Path:
    items = "".join(
        f'  - event: note\n    date: "2024-01-{1 + i % 28:02d}"\n    note: "n{i}"\n'
        for i in range(n)
    )
    return write_progress(folder, "IV.2.a", items)


def _spoil(path: Path) -> None:
    """Append by hand a record no history may hold (a done with no evidence or day)."""
    path.write_text(path.read_text(encoding="utf-8") + "  - event: done\n", encoding="utf-8")


def _note(plan: Plan, folder: Path, cache: Path | None, text: str, **kw: object) -> None:
    d = plan.duties_by_id["IV.2.a"]
    event = kw.pop("event", Event.NOTE)
    assert isinstance(event, Event)
    on = kw.pop("on", date(2024, 6, 1))
    assert isinstance(on, date)
    append_record(
        locate(PLAN, folder),
        plan,
        d,
        event,
        on,
        today=TODAY,
        note=text if event is Event.NOTE else None,
        recorded_at=AT,
        cache=cache,
        **kw,  # type: ignore[arg-type]
    )


def test_the_next_append_reads_no_history(plan: Plan, tmp_path: Path, reads: list[int]) -> None:
    """The first append reads the history; the next ones, to the text it wrote, do not."""
    folder, cache = tmp_path / "progress", tmp_path / "cache"
    _history(folder)
    _note(plan, folder, cache, "a")
    assert len(reads) == 1
    _note(plan, folder, cache, "b")
    _note(plan, folder, cache, "c")
    assert len(reads) == 1
    records = load_progress(folder, plan, today=TODAY).records("IV.2.a")
    assert [r.note for r in records[-3:]] == ["a", "b", "c"]
    assert len(records) == 53


def test_the_same_bytes_with_and_without_the_cache(plan: Plan, tmp_path: Path) -> None:
    """What is written does not depend on whether the history was read or recalled."""
    for name, cache in (("with", tmp_path / "cache"), ("without", None)):
        folder = tmp_path / name
        _history(folder)
        for text in ("a", "b", "c"):
            _note(plan, folder, cache, text)
    assert (tmp_path / "with/IV.2.a.yaml").read_bytes() == (
        tmp_path / "without/IV.2.a.yaml"
    ).read_bytes()


def test_a_second_completion_is_refused_from_the_summary(
    plan: Plan, tmp_path: Path, reads: list[int]
) -> None:
    """The done records the checks need are in the summary: a repeat is still refused."""
    folder, cache = tmp_path / "progress", tmp_path / "cache"
    _history(folder)
    _note(plan, folder, cache, "", event=Event.DONE, evidence="NQ 68/NQ-CP")
    with pytest.raises(RecordRefused, match="already recorded as done"):
        _note(plan, folder, cache, "", event=Event.DONE, evidence="again")
    assert len(reads) == 1


def test_an_edited_file_is_read_and_checked_again(
    plan: Plan, tmp_path: Path, reads: list[int]
) -> None:
    """An edit by hand is a new text: it is read in full, and refused when invalid."""
    folder, cache = tmp_path / "progress", tmp_path / "cache"
    path = _history(folder)
    _note(plan, folder, cache, "a")
    _spoil(path)
    with pytest.raises(DataError):
        _note(plan, folder, cache, "b")
    assert len(reads) == 2


def test_a_changed_duty_is_a_new_key(plan: Plan, tmp_path: Path) -> None:
    """The key holds the rules the checks read: another duty's text is another key."""
    d, other = plan.duties_by_id["IV.2.a"], plan.duties_by_id["IV.6.a"]
    assert checked.history_key("x", plan, d, None) != checked.history_key("x", plan, other, None)
    assert checked.history_key("x", plan, d, None) != checked.history_key("y", plan, d, None)
    assert checked.history_key("x", plan, d, None) == checked.history_key("x", plan, d, None)


def test_a_record_dated_after_today_is_checked_in_full(
    plan: Plan, tmp_path: Path, reads: list[int]
) -> None:
    """A history with a record after today (the clock went back) is always read again."""
    folder, cache = tmp_path / "progress", tmp_path / "cache"
    _history(folder)
    _note(plan, folder, cache, "a", on=date(2025, 12, 1))
    d = plan.duties_by_id["IV.2.a"]
    append_record(
        locate(PLAN, folder),
        plan,
        d,
        Event.NOTE,
        date(2024, 6, 2),
        today=date(2025, 6, 1),
        note="b",
        recorded_at=AT,
        cache=cache,
    )
    assert len(reads) == 2


@pytest.mark.parametrize("damage", [b"", b"{", b'{"v": 1, "entries": [{"key": 3}]}', b"\xff"])
def test_a_damaged_cache_file_is_a_full_reading(
    plan: Plan, tmp_path: Path, reads: list[int], damage: bytes
) -> None:
    folder, cache = tmp_path / "progress", tmp_path / "cache"
    _history(folder)
    _note(plan, folder, cache, "a")
    (kept,) = (cache / checked.FOLDER).iterdir()
    kept.write_bytes(damage)
    _note(plan, folder, cache, "b")
    assert len(reads) == 2
    assert json.loads(kept.read_bytes())["v"] == 1


def test_a_forged_summary_for_other_bytes_is_never_used(
    plan: Plan, tmp_path: Path, reads: list[int]
) -> None:
    """A summary says nothing of a text whose digest it does not carry."""
    folder, cache = tmp_path / "progress", tmp_path / "cache"
    path = _history(folder)
    _note(plan, folder, cache, "a")
    (kept,) = (cache / checked.FOLDER).iterdir()
    raw = kept.read_bytes()
    _spoil(path)
    kept.write_bytes(raw)
    with pytest.raises(DataError):
        _note(plan, folder, cache, "b")


def test_without_a_cache_folder_nothing_is_kept(plan: Plan, tmp_path: Path) -> None:
    folder = tmp_path / "progress"
    _history(folder)
    _note(plan, folder, None, "a")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["progress"]


_EVENTS = st.sampled_from([Event.DONE, Event.NOTE, Event.STARTED, Event.PROGRESS])
_DAYS = st.integers(min_value=0, max_value=30).map(lambda n: date(2023, 12, 1) + timedelta(40 * n))


@settings(max_examples=scaled(25))
@given(data=st.data())
def test_appends_with_the_cache_end_as_they_do_without(
    plan: Plan, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """Any run of appends (refused ones too, the clock going back) gives the same files.

    The cache may only spare reading; every refusal and every byte written is what the
    full reading gives.
    """
    base = tmp_path_factory.mktemp("runs")
    d = plan.duties_by_id["IV.2.a"]
    owners = [None, *(r.owner for r in d.owners)]
    steps = data.draw(
        st.lists(
            st.tuples(_EVENTS, _DAYS, st.sampled_from(owners), st.booleans(), _DAYS),
            min_size=1,
            max_size=6,
        )
    )
    outcomes: dict[str, list[str]] = {}
    for name, cache in (("with", base / "cache"), ("without", None)):
        folder = base / name
        outcomes[name] = []
        for event, on, owner, force, today in steps:
            try:
                append_record(
                    locate(PLAN, folder),
                    plan,
                    d,
                    event,
                    on,
                    today=today,
                    owner=owner,
                    evidence="doc" if event is Event.DONE else None,
                    note="x" if event in (Event.NOTE, Event.PROGRESS) else None,
                    force=force,
                    recorded_at=AT,
                    cache=cache,
                )
                outcomes[name].append("ok")
            except RecordRefused as exc:
                outcomes[name].append(str(exc))
    assert outcomes["with"] == outcomes["without"]
    written = [base / name / "IV.2.a.yaml" for name in ("with", "without")]
    assert [p.read_bytes() if p.exists() else None for p in written] == [
        p.read_bytes() if p.exists() else None for p in reversed(written)
    ]


def test_the_command_keeps_a_summary_and_no_cache_keeps_none(tmp_path: Path) -> None:
    """`nq42 record` keeps what it learnt in the cache folder; `--no-cache` keeps nothing."""
    from tests.conftest import run

    cache, plan_file = tmp_path / "cache", tmp_path / "plan.yaml"
    plan_file.write_bytes(PLAN.read_bytes())
    args = ["record", "IV.2.a", "--note", "x", "--on", "2024-06-01", "--plan", str(plan_file)]
    run("--no-cache", *args, env={"NQ42_CACHE_DIR": str(cache)})
    assert not (cache / checked.FOLDER).exists()
    run(*args, env={"NQ42_CACHE_DIR": str(cache)})
    run(*args, env={"NQ42_CACHE_DIR": str(cache)})
    assert len(list((cache / checked.FOLDER).iterdir())) == 1
    text = (tmp_path / "progress" / "IV.2.a.yaml").read_text(encoding="utf-8")
    assert text.count("event: note") == 3


def test_a_kept_record_reads_back_equal(tmp_path: Path) -> None:
    """Every field of a done record survives the cache file (the checks compare them)."""
    from nq42cli.core.progress import Record

    full = Record(
        event=Event.DONE,
        on=date(2024, 5, 9),
        owner="dang_uy_chinh_phu",
        unit="x_y",
        evidence="Nghị quyết 68/NQ-CP",
        note="ghi chú",
        source="https://vanban.chinhphu.vn/?docid=1",
        excerpt="trích",
        by="Chuyên viên",
        force=True,
        recorded_at=AT,
    )
    kept = checked.Summary(full.on, (full,), plain=True)
    checked.remember(tmp_path, tmp_path / "p.yaml", ("k", kept))
    assert checked.recall(tmp_path, tmp_path / "p.yaml", "k") == kept
    assert checked.recall(tmp_path, tmp_path / "p.yaml", "other") is None
    assert checked.recall(None, tmp_path / "p.yaml", "k") is None


def test_an_edited_core_module_is_other_code(tmp_path: Path) -> None:
    """A source checkout whose rules were edited without a new version keys its index and
    kept histories anew: the code stamp holds each core module's size and change time."""
    from nq42cli.core.cachedir import code_stamp, stamp_of

    (tmp_path / "rules.py").write_text("A = 1\n")
    (tmp_path / "notes.txt").write_text("not code\n")
    before = stamp_of(str(tmp_path), "0.2.0")
    assert stamp_of(str(tmp_path), "0.2.0") == before
    (tmp_path / "notes.txt").write_text("still not code\n")
    assert stamp_of(str(tmp_path), "0.2.0") == before
    info = (tmp_path / "rules.py").stat()
    os.utime(tmp_path / "rules.py", ns=(info.st_atime_ns, info.st_mtime_ns + 1))
    assert stamp_of(str(tmp_path), "0.2.0") != before
    assert stamp_of(str(tmp_path / "gone"), "0.2.0") == "0.2.0"  # a zip: the version alone
    assert "checked.py" in code_stamp()
