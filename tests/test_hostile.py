"""Hostile input, round two (issue 15): each class of attack, held at its root.

Every test names the class it pins, goes through the command line (in-process, so an
exception fails it as a traceback would) and, where the root is a core function, through
that function too. Faults are placed by what the process does (a named pipe nobody
writes to, a device, bytes flipped in a file, a counting wrapper), never by a timer; the
one guard against a hang is a generous join on a worker thread, which fails instead of
freezing the run.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import random
import shutil
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from nq42cli import api
from nq42cli.core import fsio, text
from nq42cli.core.problems import MAX_PROBLEMS, DataError, Problem, Severity, capped
from nq42cli.core.windows import TimeParseError
from tests.conftest import PLAN, ROOT, run
from tests.progress_helpers import workspace

CORPUS = ROOT / "tests" / "bad_inputs"
Q1 = ("due", "-q", "2024Q1", "--as-of", "2024-01-15", "-f", "json")
Q1_IDS = ["IV.2.a", "IV.4.b", "IV.6.a"]
# What must never reach a terminal raw: ESC, BEL, C1 (NEL, CSI), bidi overrides, LS.
RAW = ["\x1b", "\x07", "\x85", "\x9b", "\u202e", "\u2066", "\u2028"]


def _within(seconds: float, work: Callable[[], Any]) -> Any:
    """Run ``work`` on a daemon thread; fail (not hang) if it has not returned in time."""
    out: dict[str, Any] = {}

    def target() -> None:
        try:
            out["value"] = work()
        except BaseException as exc:  # re-raised below, in the test
            out["error"] = exc

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "hung: a read or an open that never returns"
    if "error" in out:
        raise out["error"]
    return out.get("value")


def _clean(result: Result) -> None:
    for ch in RAW:
        assert ch not in result.stdout + result.stderr, repr(ch)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of this test's own."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("NQ42_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    """A workspace copy of the real plan and its progress."""
    return workspace(tmp_path)


# --------------------------------------------------------------------------- paths in


@pytest.fixture
def unusable(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Paths that are not regular files of a readable size, with the words of the refusal."""
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    link = tmp_path / "zero-link.yaml"
    link.symlink_to("/dev/zero")
    sparse = tmp_path / "sparse.yaml"
    with sparse.open("wb") as fh:
        fh.truncate(fsio.MAX_INPUT_BYTES + 1)  # a hole: nothing is written to disk
    return {
        "dev-zero": (Path("/dev/zero"), "is a device"),
        "dev-urandom": (Path("/dev/urandom"), "is a device"),
        "link-to-dev-zero": (link, "is a device"),
        "fifo-no-writer": (fifo, "file is empty"),
        "sparse-past-the-limit": (sparse, "is larger than 256 MiB"),
    }


KINDS = ["dev-zero", "dev-urandom", "link-to-dev-zero", "fifo-no-writer", "sparse-past-the-limit"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_plan_that_is_not_a_regular_file_is_never_read_or_hashed(
    kind: str,
    unusable: dict[str, tuple[Path, str]],
    cache: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Devices, a named pipe nobody writes to, a link to /dev/zero, a sparse file past the
    limit: `due` answers at once with exit 1 and the reason, and the index hashes none
    of them (it used to hash /dev/zero forever)."""
    hashed: list[os.stat_result] = []
    real = hashlib.file_digest

    def counting(fh: Any, name: str) -> Any:
        hashed.append(os.fstat(fh.fileno()))
        return real(fh, name)

    monkeypatch.setattr(hashlib, "file_digest", counting)
    path, words = unusable[kind]
    result = _within(60, lambda: run(*Q1, "--plan", str(path), code=1))
    assert result.stdout == ""
    assert words in result.stderr
    assert all(stat.S_ISREG(s.st_mode) and s.st_size <= fsio.MAX_INPUT_BYTES for s in hashed)


def test_fsio_says_what_a_path_is_before_reading_it(
    unusable: dict[str, tuple[Path, str]], tmp_path: Path
) -> None:
    """The core check (`fsio.read_input`): each kind refused with its code, nothing read."""
    codes = {}
    for kind in ("dev-zero", "link-to-dev-zero", "sparse-past-the-limit"):
        with pytest.raises(fsio.UnusableFile) as caught:
            fsio.read_input(unusable[kind][0])
        codes[kind] = caught.value.code
    assert codes == {
        "dev-zero": "file.not_regular",
        "link-to-dev-zero": "file.not_regular",
        "sparse-past-the-limit": "file.too_large",
    }
    with pytest.raises(fsio.UnusableFile, match="named pipe"):
        fsio.read_input(unusable["fifo-no-writer"][0])  # only where pipes are allowed
    assert _within(60, lambda: fsio.read_input(unusable["fifo-no-writer"][0], pipes=True)) == b""
    with pytest.raises(fsio.UnusableFile, match="folder"):
        fsio.check_regular_file(tmp_path)


def test_a_pipe_is_read_once(cache: Path) -> None:
    """`validate <(cat plan)` and `due --plan <(cat plan)`: one read of the pipe each (the
    second read of a pipe is empty: validate used to say "file is empty")."""
    for args in (("validate",), (*Q1, "--plan")):
        read_end, write_end = os.pipe()
        os.write(write_end, PLAN.read_bytes())  # 20 KB: fits in the pipe's buffer
        os.close(write_end)
        try:
            result = run(*args, f"/dev/fd/{read_end}")
        finally:
            os.close(read_end)
        if args == ("validate",):
            assert "1 valid, 0 invalid" in result.stderr
        else:
            assert [r["id"] for r in json.loads(result.stdout)] == Q1_IDS


def test_progress_files_that_are_not_regular_files_are_refused(
    plan: Path, unusable: dict[str, tuple[Path, str]], cache: Path
) -> None:
    """A named pipe or a link to /dev/zero in the progress folder: status, due and record
    exit 1 naming it, with the index or without; nothing waits, nothing is replaced."""
    folder = plan.parent / "progress"
    for kind in ("fifo-no-writer", "link-to-dev-zero"):
        target = folder / "IV.2.b.yaml"
        target.unlink(missing_ok=True)
        source = unusable[kind][0]
        if kind.startswith("fifo"):
            os.mkfifo(target)
        else:
            target.symlink_to(source.resolve() if source.is_symlink() else source)
        before = target.lstat()
        for extra in ((), ("--no-cache",)):
            out = _within(60, functools.partial(run, *extra, *Q1, "--plan", str(plan), code=1))
            assert "IV.2.b.yaml: is a " in out.stderr
        args = ("record", "IV.2.b", "--note", "x", "--on", "2024-06-01", "--plan", str(plan))
        out = _within(60, functools.partial(run, *args, code=1))
        assert "IV.2.b.yaml: is a " in out.stderr
        assert target.lstat().st_mode == before.st_mode


def test_an_index_or_seal_replaced_by_a_pipe_is_rebuilt_not_waited_on(
    cache: Path, plan: Path
) -> None:
    """The cache files themselves are checked before they are opened."""
    assert [r["id"] for r in json.loads(run(*Q1, "--plan", str(plan)).stdout)] == Q1_IDS
    for pattern in ("*.sqlite", "*.sqlite-seal"):
        for found in cache.glob(pattern):
            found.unlink()
            os.mkfifo(found)
        out = _within(60, lambda: run(*Q1, "--plan", str(plan)))
        assert [r["id"] for r in json.loads(out.stdout)] == Q1_IDS


# --------------------------------------------------------------------------- paths out


def test_export_never_replaces_what_is_not_a_regular_file(tmp_path: Path) -> None:
    """`export -o X --force` and `extract -o X --force`: a symbolic link (to a file or to
    nothing), a named pipe and a device node are refused (exit 2) and left as they were."""
    kept = tmp_path / "kept.csv"
    kept.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(kept)
    dangling = tmp_path / "dangling.csv"
    dangling.symlink_to(tmp_path / "nowhere.csv")
    fifo = tmp_path / "fifo.csv"
    os.mkfifo(fifo)
    seed = ROOT / "tests" / "fixtures" / "ke-hoach-thuc-hien-nq42.txt"
    for target in (link, dangling, fifo, Path("/dev/null")):
        mode = target.lstat().st_mode
        for args in (
            ("export", "status", "--as-of", "2024-06-30", "-o", str(target), "--force"),
            ("extract", str(seed), "--issued", "2023-11-27", "-o", str(target), "--force"),
        ):
            out = run(*args, code=2)
            assert "replaces only regular files" in out.stderr
            assert target.lstat().st_mode == mode
    assert kept.read_text(encoding="utf-8") == "old\n"
    assert not (tmp_path / "nowhere.csv").exists()


def test_the_one_writer_refuses_a_target_that_is_not_a_regular_file(tmp_path: Path) -> None:
    """`fsio.atomic_write` itself (every writer goes through it) checks the target."""
    fifo = tmp_path / "f"
    os.mkfifo(fifo)
    with pytest.raises(fsio.UnusableFile, match="named pipe"):
        fsio.atomic_write(fifo, b"x")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["f"]  # no temp file left


@pytest.mark.process
def test_an_unwritable_stdout_is_a_message_not_a_traceback() -> None:
    """`nq42 list > /dev/full` and `nq42 list >&-`: exit 1 and one line on stderr."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1"}
    cmd = [sys.executable, "-m", "nq42cli", "list", "--as-of", "2024-06-30"]
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            cmd, stdout=full, stderr=subprocess.PIPE, env=env, check=False, timeout=120
        )
    assert (done.returncode, done.stderr.decode()) == (
        1,
        "Error: cannot write the output: No space left on device\n",
    )
    done = subprocess.run(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        check=False,
        timeout=120,
        preexec_fn=lambda: os.close(1),  # the child's stdout, closed
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr.decode()


# --------------------------------------------------------------------------- dates


def test_days_outside_the_range_are_refused_where_they_enter(plan: Path) -> None:
    """--from/--to, --as-of, --on: a usage error naming the range (a recurring window used
    to overflow the calendar); the library's as_of and period the same."""
    for args in (
        ("due", "--from", "0001-01-01", "--to", "9999-12-31"),
        ("overdue", "--as-of", "9999-12-31"),
        ("status", "--as-of", "0001-01-01"),
        ("record", "IV.2.b", "--note", "x", "--on", "9999-12-31"),
    ):
        out = run(*args, "--plan", str(plan), code=2)
        assert "outside the days nq42 works with (1900-01-01 to 2200-12-31)" in out.stderr
    with pytest.raises(api.UsageError, match="outside the days"):
        api.query("overdue", as_of=date(9999, 12, 31), plan=plan)
    with pytest.raises(api.UsageError, match="outside the days"):
        api.query("due", as_of=date(2024, 1, 1), period=api.Period(date(1, 1, 1), date.max))


# --------------------------------------------------------------------------- text in


def test_text_no_file_can_hold_is_refused_at_input(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A note whose bytes are not UTF-8 (`--note $'b\\xe1o'` reaches Python as a lone
    surrogate), evidence holding U+FFFE, NQ42_BY the same: exit 2, nothing written (the
    file used to be written, and then unreadable)."""
    target = plan.parent / "progress" / "IV.2.b.yaml"
    base = ("record", "IV.2.b", "--on", "2024-06-01", "--plan", str(plan))
    out = run(*base, "--note", os.fsdecode(b"b\xe1o"), code=2)
    assert "byte 0xe1 (character 2) is not UTF-8" in out.stderr
    out = run(*base, "--done", "--evidence", "x\ufffey", code=2)
    assert "U+FFFE (character 2) is a Unicode non-character" in out.stderr
    run(*base, "--note", "x", env={"NQ42_BY": os.fsdecode(b"\xff")}, code=2)
    assert not target.exists()
    with pytest.raises(api.UsageError, match="not UTF-8"):
        api.extract(ROOT / "tests" / "fixtures" / "ke-hoach-thuc-hien-nq42.txt", number="1\udcff")


def test_what_is_recorded_exports_and_reads_back(plan: Path, tmp_path: Path) -> None:
    """Controls, bidi and separators that can be stored are: they read back, show escaped,
    and the xlsx export opens (a non-character there used to break the workbook)."""
    import openpyxl

    hostile = "a\x1b[2Jb\u202ec\u2028d\x85e\tf\ng"
    run("record", "IV.2.b", "--done", "--on", "2024-06-01", "--evidence", hostile,
        "--plan", str(plan))  # fmt: skip
    history = run("history", "IV.2.b", "-f", "json", "--as-of", "2024-06-30", "--plan", str(plan))
    _clean(history)
    assert json.loads(history.stdout)["records"][0]["evidence"] == hostile
    out = tmp_path / "status.xlsx"
    run("export", "status", "-f", "xlsx", "-o", str(out), "--as-of", "2024-06-30",
        "--plan", str(plan))  # fmt: skip
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    cells = [c.value for row in sheet.iter_rows() for c in row]
    assert any(isinstance(v, str) and "\\x1b[2Jb\\u202ec" in v for v in cells)


def test_a_plan_kind_or_number_cannot_break_a_progress_header() -> None:
    """The header's comment line escapes the plan's words; the file still parses."""
    from nq42cli.core.loader import load_plan
    from nq42cli.core.progress import Record, header, parse_duty_text, record_yaml
    from nq42cli.core.rules import Event

    real = load_plan(PLAN).plan
    meta = real.meta.model_copy(update={"kind": "K\nrecords: [x]", "number": "1\x1b[31m\u2028"})
    odd = real.model_copy(update={"meta": meta})
    head = header(odd, "IV.2.b")
    assert head.count("\n") == 5
    assert "\x1b" not in head
    assert "\u2028" not in head
    rec = Record(event=Event.NOTE, on=date(2024, 6, 1), note="x")
    doc = parse_duty_text(head + record_yaml(rec), "IV.2.b.yaml", real, today=None)
    assert [r.note for r in doc.records] == ["x"]


# --------------------------------------------------------------------------- text out


HOSTILE_OWNER = PLAN.read_text(encoding="utf-8").replace(
    'short: "BKTTW"', 'short: "BK\\e]8;;https://evil.example\\e\\\\TTW\\u202e"'
)


def test_what_a_user_or_a_plan_wrote_is_escaped_in_every_message(tmp_path: Path) -> None:
    """A mistyped id, a bad option, an --owner typo whose hint quotes the plan, an
    unknown command: escaped in every message (they used to reach the terminal raw)."""
    hostile = tmp_path / "plan.yaml"
    hostile.write_text(HOSTILE_OWNER, encoding="utf-8")
    assert "\x1b" in api.load(hostile).plan.owners_by_key["bkttw"].short
    for args, code in (
        (("show", "IV.\x1b[31m2\u202e"), 2),
        (("due", "-q", "2024Q1", "--x\x1b[31m\u2066"), 2),
        (("due", "\x1b]0;owned\x07"), 2),
        (("\x1b[2Jdue",), 2),
        (("overdue", "--owner", "bk\x1b[31mttw\u202e"), 2),
        (("overdue", "--section", "IV.\x85\x9b9"), 2),
        (("history", "\u2028IV"), 2),
    ):
        out = run(*args, "--plan", str(hostile), code=code)
        _clean(out)
    # Typed without ESC: the hint quotes the plan's short name, ESC and all, escaped.
    hint = run(
        "overdue", "--owner", "bk]8;;https://evil.example\\ttw", "--plan", str(hostile), code=2
    )
    _clean(hint)
    assert "\\x1b]8;;https://evil.example\\x1b" in hint.stderr
    assert "\\u202e" in hint.stderr


def test_every_json_output_escapes_the_same_way(tmp_path: Path, plan: Path) -> None:
    """validate -f json and history -f json escape bidi and C1 characters as every other
    JSON output does; the data decodes to exactly what was written."""
    odd = tmp_path / "odd.yaml"
    odd.write_text(
        PLAN.read_text(encoding="utf-8").replace(
            "  title:", '  "ti\\u202etle\\x85": 1\n  title:', 1
        ),
        encoding="utf-8",
    )
    out = run("validate", str(odd), "-f", "json", code=1)
    _clean(out)
    assert any("ti\u202etle\x85" in p["message"] for p in json.loads(out.stdout)["problems"])
    note = "x\u202ey\x85z\x9b"
    run("record", "IV.2.b", "--note", note, "--on", "2024-06-01", "--plan", str(plan))
    out = run("history", "IV.2.b", "-f", "json", "--as-of", "2024-06-30", "--plan", str(plan))
    _clean(out)
    assert json.loads(out.stdout)["records"][-1]["note"] == note


def test_the_record_line_escapes_the_folder_the_user_named(plan: Path, tmp_path: Path) -> None:
    """`recorded: … → FOLDER/FILE` quotes --status as given: escaped."""
    folder = tmp_path / "pro\x1b[31mgress"
    out = run("record", "IV.2.b", "--note", "x", "--on", "2024-06-01", "--plan", str(plan),
              "--status", str(folder))  # fmt: skip
    _clean(out)
    assert "pro\\x1b[31mgress/IV.2.b.yaml" in out.stdout


# --------------------------------------------------------------------------- the index


def test_an_index_with_flipped_bytes_never_answers(cache: Path, plan: Path) -> None:
    """Bytes flipped anywhere in a sealed index: every answer is the --no-cache answer
    (1-4 flipped bytes used to give wrong answers with exit 0, once dropping IV.4.b)."""
    questions = [
        ("due", "-q", "2024Q1", "--as-of", "2024-01-15"),
        ("overdue", "--as-of", "2024-06-30"),
        ("list", "--as-of", "2024-06-30"),
    ]
    expected = {
        q: run("--no-cache", *q, "--plan", str(plan), "-f", "json").stdout for q in questions
    }
    rng = random.Random(15)
    for trial in range(12):
        shutil.rmtree(cache, ignore_errors=True)
        question = questions[trial % len(questions)]
        run(*question, "--plan", str(plan), "-f", "json")  # builds and seals the index
        (index,) = cache.glob("*.sqlite")
        data = bytearray(index.read_bytes())
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        index.write_bytes(bytes(data))
        out = run(*question, "--plan", str(plan), "-f", "json")
        assert out.stdout == expected[question], (trial, question)


def test_the_index_never_answers_what_the_plan_path_refuses(cache: Path, plan: Path) -> None:
    """A progress file under another duty's name, a folder where progress should be: the
    warm index refuses exactly as --no-cache does (it used to answer, exit 0)."""
    folder = plan.parent / "progress"
    run(*Q1, "--plan", str(plan))  # warm
    (folder / "IV.2.a.yaml").rename(folder / "IV.2.b.yaml")
    for extra in ((), ("--no-cache",)):
        out = run(*extra, *Q1, "--plan", str(plan), code=1)
        assert "belong in IV.2.a.yaml, not IV.2.b.yaml" in out.stderr
    shutil.rmtree(folder)
    folder.write_text("x", encoding="utf-8")
    for extra in ((), ("--no-cache",)):
        out = run(*extra, *Q1, "--plan", str(plan), code=1)
        assert "is a file, not a progress folder" in out.stderr


def test_a_record_dated_after_today_is_never_answered_from_the_index(
    cache: Path, plan: Path
) -> None:
    """Recorded on a day that was already today in UTC+14: an index built then does not
    serve a run whose today is the day before; that run refuses as --no-cache does."""
    day = date(2024, 6, 2)
    mine = plan.parent / "my-progress"  # the shipped records go past that day
    api.append_record("IV.4.b", "note", on=day, note="x", plan=plan, progress=mine, today=day)
    found = api.query("overdue", as_of=day, plan=plan, progress=mine, today=day)
    assert found.rows  # and the index is built
    assert list(cache.glob("*.sqlite"))
    earlier = date(2024, 6, 1)
    for use_index in (True, False):
        with pytest.raises(DataError) as caught:
            api.query(
                "overdue", as_of=day, plan=plan, progress=mine, today=earlier, use_index=use_index
            )
        assert {p.code for p in caught.value.problems} == {"progress.future"}


def test_no_home_and_no_passwd_entry_still_answers(
    plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without HOME and without a password entry the cache falls back to a private folder
    in the temporary folder (one that is not private is not used); no traceback."""
    import pwd
    import tempfile

    from nq42cli.core.cache import cache_dir

    for name in ("HOME", "XDG_CACHE_HOME", "NQ42_CACHE_DIR"):
        monkeypatch.delenv(name, raising=False)

    def no_entry(uid: int) -> Any:
        raise KeyError(uid)

    monkeypatch.setattr(pwd, "getpwuid", no_entry)
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path))
    private = tmp_path / f"nq42-cache-{os.getuid()}"
    assert cache_dir() == private
    assert [r["id"] for r in json.loads(run(*Q1, "--plan", str(plan)).stdout)] == Q1_IDS
    assert list(private.glob("*.sqlite"))
    shutil.rmtree(private)
    private.mkdir(mode=0o777)
    private.chmod(0o777)  # anyone may write it: not used
    assert cache_dir() is None
    assert [r["id"] for r in json.loads(run(*Q1, "--plan", str(plan)).stdout)] == Q1_IDS
    assert not list(private.iterdir())


# --------------------------------------------------------------------------- wrong answers


def test_an_id_in_another_case_is_the_one_duty(plan: Path) -> None:
    """`record IV.2.A` records for IV.2.a (ids differing only by case cannot both exist)."""
    out = run("record", "IV.2.A", "--note", "x", "--on", "2024-06-01", "--plan", str(plan))
    assert "recorded: IV.2.a note" in out.stdout
    folder = plan.parent / "progress"
    assert "IV.2.A.yaml" not in {p.name for p in folder.iterdir()}
    assert (folder / "IV.2.a.yaml").read_text(encoding="utf-8").count('    note: "x"\n') == 1


def test_show_never_cuts_a_long_word(tmp_path: Path) -> None:
    """A URL longer than the terminal is folded onto the next lines, never cut with '…'."""
    url = "https://thuvienphapluat.vn/" + "van-ban-" * 30 + "end"
    odd = tmp_path / "plan.yaml"
    odd.write_text(
        PLAN.read_text(encoding="utf-8").replace("Chỉ đạo xây dựng", f"{url} Chỉ đạo xây dựng", 1),
        encoding="utf-8",
    )
    out = run("show", "IV.2.a", "--plan", str(odd), env={"COLUMNS": "80"})
    assert "…" not in out.stdout
    assert url in "".join(line.split("  ")[-1].strip() for line in out.stdout.splitlines())


@pytest.mark.parametrize("columns", ["0", "5", str(10**12)])
def test_any_columns_value_still_prints(columns: str) -> None:
    """COLUMNS=0 used to print nothing with exit 0; an absurd width is not drawn either."""
    out = run("list", "--as-of", "2024-06-30", env={"COLUMNS": columns})
    assert "IV.2.a" in out.stdout
    assert max(len(line) for line in out.stdout.splitlines()) <= 10_000


# --------------------------------------------------------------------------- linear time


def test_normalising_never_sorts_a_long_run_of_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever a text holds, normalisation never sees more than 30 marks in a row (its
    cost is quadratic in such a run: 174 KB of alternating marks took 7 s a read)."""
    import unicodedata

    real = unicodedata.normalize
    longest = [0]

    def watching(form: Any, value: str) -> str:
        run_ = 0
        for ch in value:
            run_ = run_ + 1 if unicodedata.combining(ch) else 0
            longest[0] = max(longest[0], run_)
        return real(form, value)

    monkeypatch.setattr(unicodedata, "normalize", watching)
    marks = "a" + "\u0301\u0316" * 5_000 + " \U0001e944" * 40 + "\U0001e944" * 100
    assert text.nfc(marks).count("\u034f") == 10_000 // 30 + 100 // 30
    assert text.fold(marks).startswith("a")
    assert 0 < longest[0] <= text.MAX_NON_STARTERS
    assert text.nfc("Nghị quyết") == "Nghị quyết"  # real text is left as it is
    from nq42cli.core.loader import load_plan

    load_plan(CORPUS / "ok_combining_marks_run.yaml")
    assert longest[0] <= text.MAX_NON_STARTERS


def test_a_progress_file_costs_what_it_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    """n notes then n completions: the checks look at each record a bounded number of
    times (they looked at all earlier records for every completion), and 200 problems
    are reported, then one line saying the check stopped."""
    from nq42cli.core import rules
    from nq42cli.core.loader import load_plan
    from nq42cli.core.progress import parse_duty_text

    looked = [0]
    real = rules.last_done

    def counting(records: Any, as_of: date, *rest: Any) -> Any:
        looked[0] += len(records)
        return real(records, as_of, *rest)

    monkeypatch.setattr(rules, "last_done", counting)
    the_plan = load_plan(PLAN).plan
    path = CORPUS / "bad_progress" / "many_done_after_many_notes" / "IV.2.b.yaml"
    with pytest.raises(DataError) as caught:
        parse_duty_text(path.read_text(encoding="utf-8"), path.name, the_plan, today=None)
    assert looked[0] <= 4 * 600
    problems = caught.value.problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert {p.code for p in problems} == {"progress.second_done", "file.too_many"}


def test_a_cap_never_hides_the_verdict() -> None:
    """`capped` keeps 200 problems, and an error that comes after 200 warnings."""
    warn = [Problem("f", i, 1, "plan.w", "w", Severity.WARNING) for i in range(300)]
    error = Problem("f", 301, 1, "plan.e", "e")
    kept = capped([*warn, error])
    assert error in kept
    assert kept[-1].code == "file.too_many"
    assert len(capped(warn)) == 200  # only warnings: nothing said to stop, verdict valid
    assert len(capped([error] * 1000)) == MAX_PROBLEMS + 1


def test_problems_printed_are_capped(tmp_path: Path) -> None:
    """5,000 unknown keys: 200 lines and one saying it stopped (100,000 used to print
    100,000 lines in 12 s)."""
    many = tmp_path / "plan.yaml"
    extra = "".join(f"  k{i}: 1\n" for i in range(5_000))
    many.write_text(PLAN.read_text(encoding="utf-8").replace("plan:\n", "plan:\n" + extra, 1))
    out = run("validate", str(many), code=1)
    assert len(out.stdout.splitlines()) == MAX_PROBLEMS + 1
    assert "stopped after 200 problems; fix these first" in out.stdout


def test_a_terminal_table_shows_a_bounded_number_of_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past MAX_ROWS the table stops and says how many rows it left out; the counts
    under it and every other format keep every row (80,000 rows: 103 s and 867 MB)."""
    from nq42cli.render import table

    monkeypatch.setattr(table, "MAX_ROWS", 3)
    out = run("list", "--as-of", "2024-06-30", "--lang", "en")
    assert "… and 23 more rows not shown in the table" in out.stdout
    assert "26 duties" in out.stdout
    assert "IV.2.a" not in out.stdout
    status = run("status", "--as-of", "2024-06-30", "--lang", "en")
    assert "… and 23 more rows not shown in the table" in status.stdout
    assert len(json.loads(run("list", "--as-of", "2024-06-30", "-f", "json").stdout)) == 26


def test_long_words_from_the_command_line_cost_their_length_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A long --search is folded once, not once per duty; a time phrase over 500
    characters is refused before the grammar reads it; a suggestion is not computed
    when it would compare a word with too many candidates."""
    from nq42cli.core import grammar

    long_search = "thể chế " * 5_000
    folded: list[int] = []
    real = text.fold

    def counting(value: str) -> str:
        if value == long_search:
            folded.append(1)
        return real(value)

    monkeypatch.setattr("nq42cli.core.queries.fold", counting)
    out = run("list", "--search", long_search, "-f", "json")
    assert json.loads(out.stdout) == []
    assert folded == [1]

    def never(*args: Any) -> Any:
        raise AssertionError("the grammar read a phrase past the limit")

    monkeypatch.setattr(grammar, "_scan", never)
    with pytest.raises(TimeParseError) as caught:
        api.when("quý I/2024; " * 100, exact=True)  # one phrase: read whole, so bounded
    assert caught.value.code == "time.too_long"
    run("due", "--quarter", "quý I/2024 " * 100, code=2)

    import difflib

    monkeypatch.setattr(difflib, "get_close_matches", never)
    assert text.closest("IV.2.x", [f"X.{i}" for i in range(100_000)]) == []
    assert text.closest("x" * 1_000, ["x"]) == []


def test_the_cache_removes_only_its_own_files(tmp_path: Path) -> None:
    """NQ42_CACHE_DIR may name a folder that holds other SQLite files: pruning old
    indexes removes nq42's own (named by their key) and nothing else."""
    from nq42cli.core import cache

    theirs = tmp_path / "notes.sqlite"
    theirs.write_bytes(b"theirs")
    os.utime(theirs, (1, 1))
    ours = []
    for i in range(cache.KEEP + 3):
        index = tmp_path / f"{i:064x}.sqlite"
        index.write_bytes(b"x")
        os.utime(index, (100 + i, 100 + i))
        ours.append(index)
    cache._prune(ours[-1])
    assert theirs.exists()
    assert sorted(p.name for p in tmp_path.glob("0*.sqlite")) == [p.name for p in ours[3:]]
