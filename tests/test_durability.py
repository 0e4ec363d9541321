"""Durability of ``nq42 record`` and of exported files: kills, concurrency, bad disks, locks.

Kills are placed by what the writer has done, never by a clock. With the test-only
``NQ42_TEST_FAULT_AT=STEP[:N]`` (``nq42cli.core.fsio.fault_point``) a writer stops itself
with SIGSTOP when it reaches a named step of its write; the test looks at the disk in that
state and kills it with SIGKILL. Every step is killed, writing a new file, an existing
file and a new folder's ``.gitignore``, so the test hits each state of the write on any
machine, however fast or slow. Most runs are a ``fork()`` of this test process, which has
already imported nq42 and built the command: the child runs the real CLI in-process and
ends with ``os._exit``. Runs of the installed ``nq42`` script cover the real process path.
Full and read-only disks are simulated by making the write path raise the OSError the
kernel would give, at each step of the write (as root, chmod would not stop a write, and
a real full disk is not something a test should make).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import random
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from nq42cli.core import fsio
from nq42cli.core.loader import load_plan
from nq42cli.core.models import Plan
from nq42cli.core.progress import load_progress, parse_duty_text
from tests.conftest import run
from tests.forked import exit_code, run_together, said, spawn
from tests.progress_helpers import registry_beside, workspace

# The steps of one write, in order (``lock-busy`` happens only when another process holds
# the lock: see the lock tests). A kill at any of the first five leaves the old file.
WRITE_STEPS = tuple(s for s in fsio.FAULT_STEPS if s != "lock-busy")
BEFORE_RENAME = WRITE_STEPS[: WRITE_STEPS.index("renamed")]
TEMP_STEPS = BEFORE_RENAME[1:]
# One duty per step, each with no progress file yet: the walk kills a write that creates a
# file, then one that replaces it.
WALK_DUTIES = ("II.3", "III.2", "III.3", "III.4", "III.5", "IV.1.a", "IV.1.b")
GITIGNORE = b".nq42.lock\n.*.tmp\n"
# NQ42_LOCK_TIMEOUT for writers that must wait their turn: no working lock comes near it.
HANG_GUARD = "600"


def _note_args(plan: Path, duty: str, note: str, *extra: str) -> list[str]:
    return ["record", duty, "--note", note, "--on", "2024-06-01", "--plan", str(plan), *extra]


def _spawn(
    args: Sequence[str],
    errors: Path,
    gate: tuple[int, int] | None = None,
    *,
    fault: str | None = None,
    stop: bool = True,
) -> int:
    env = {} if fault is None else {fsio.FAULT_ENV: fault}
    return spawn(args, errors, gate=gate, env=env, stop=stop)


def _stopped(pid: int, errors: Path) -> None:
    """Wait until the child has stopped itself at its fault step."""
    _, status = os.waitpid(pid, os.WUNTRACED)
    assert os.WIFSTOPPED(status), (os.waitstatus_to_exitcode(status), said(errors))


def _kill_where_it_stopped(pid: int, errors: Path) -> None:
    """SIGKILL a child once it has stopped itself at its fault step."""
    _stopped(pid, errors)
    os.kill(pid, signal.SIGKILL)
    assert exit_code(pid) is None


@pytest.fixture
def warm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace plan, after one in-process record so that every lazy import is done.

    Without this each forked child would import pydantic models and renderers itself.
    Writers that queue for the lock wait as long as it takes (twenty of them on a slow,
    busy machine can take seconds): the lock timeout is only a guard against a hang.
    """
    monkeypatch.setenv("NQ42_LOCK_TIMEOUT", HANG_GUARD)
    plan = workspace(tmp_path)
    run(*_note_args(plan, "IV.2.a", "warm-up", "--status", str(tmp_path / "warm")))
    return plan


def _notes(plan: Plan, path: Path, duty: str) -> list[str]:
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    doc = parse_duty_text(text, path.name, plan, today=None, directory=registry_beside(path.parent))
    assert doc.duty == duty
    return [r.note or "" for r in doc.records]


def _bytes(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""


def _temps(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.tmp"))


def _check_disk_at(step: str, folder: Path, path: Path, before: bytes) -> None:
    """What a writer ended at ``step`` leaves: the old file, at most one temp file, which
    holds as much of the new file as the step says; or, from the rename on, the new file."""
    temps = [t.read_bytes() for t in _temps(folder)]
    now = _bytes(path)
    if step in BEFORE_RENAME:
        assert now == before, step
    else:
        assert now.startswith(before), step
        assert len(now) > len(before), step
    if step not in TEMP_STEPS:
        assert temps == [], step
        return
    assert len(temps) == 1, step
    temp = temps[0]
    if step == "temp-created":
        assert temp == b""
    elif step == "temp-half":
        # The new file's first half: it agrees with the old file as far as both go.
        assert temp
        assert temp[: len(before)] == before[: len(temp)]
    else:
        assert temp.startswith(before)
        assert len(temp) > len(before)


def test_kill_9_at_every_write_step_keeps_the_old_file_or_the_whole_new_one(warm: Path) -> None:
    """`nq42 record` killed at each step of its write, creating a file and replacing one.

    Killed before the rename (lock taken, temp file created, half written, written,
    fsynced) the file is byte for byte what it was (absent if it was); killed after it
    (renamed, folder fsynced) the file holds the new record whole, once, after the old
    bytes. Either way the lock dies with the writer: the next record, with a lock timeout
    of 0, lands at once, removes the temp file the killed writer left, and every record
    acknowledged (exit 0) so far is there, in order.
    """
    assert len(WALK_DUTIES) == len(WRITE_STEPS)
    plan_obj = load_plan(warm).plan
    folder = warm.parent / "progress"
    errors = warm.parent / "children.err"
    for step, duty in zip(WRITE_STEPS, WALK_DUTIES, strict=True):
        path = folder / f"{duty}.yaml"
        assert not path.exists(), duty
        landed: list[str] = []
        for attempt in ("creating", "replacing"):
            before = _bytes(path)
            note = f"killed at {step}, {attempt}"
            pid = _spawn(_note_args(warm, duty, note), errors, fault=step)
            _kill_where_it_stopped(pid, errors)
            _check_disk_at(step, folder, path, before)
            if step not in BEFORE_RENAME:
                landed.append(note)  # on disk, though never acknowledged
            assert _notes(plan_obj, path, duty) == landed
            killed = _bytes(path)
            ack = f"after {step}, {attempt}"
            run(*_note_args(warm, duty, ack), env={"NQ42_LOCK_TIMEOUT": "0"})
            landed.append(ack)
            assert _notes(plan_obj, path, duty) == landed
            assert _bytes(path).startswith(killed)
            assert _temps(folder) == []
    # Everything the walk left loads.
    progress = load_progress(folder, plan_obj, today=None, directory=registry_beside(folder))
    assert all(progress.records(d) for d in WALK_DUTIES)


NEW_FOLDER_FAULTS = ("locked", *(f"{s}:{n}" for n in (1, 2) for s in WRITE_STEPS[1:]))
"""In a new folder the first write is its ``.gitignore`` (``:1``), the second the record."""


def test_kill_9_while_making_a_new_folder_leaves_nothing_the_next_record_cannot_mend(
    warm: Path,
) -> None:
    """`nq42 record --status NEW` killed at each step of writing the new folder's
    `.gitignore` and then its first record, a new folder for each step.

    After the kill the `.gitignore` is absent or whole, never partial, and the record is
    there only if the kill came after its rename. The next record mends the rest: the
    `.gitignore` whole, no temp file, the killed run's record (if it landed) then its own.
    """
    plan_obj = load_plan(warm).plan
    errors = warm.parent / "children.err"
    for i, fault in enumerate(NEW_FOLDER_FAULTS):
        folder = warm.parent / f"new-{i}" / "progress"
        path = folder / "IV.2.c.yaml"
        args = _note_args(warm, "IV.2.c", "killed", "--status", str(folder))
        _kill_where_it_stopped(_spawn(args, errors, fault=fault), errors)
        step, _, nth = fault.partition(":")
        landed = ["killed"] if nth == "2" and step not in BEFORE_RENAME else []
        assert _bytes(folder / ".gitignore") in (b"", GITIGNORE), fault
        assert _notes(plan_obj, path, "IV.2.c") == landed, fault
        run(*_note_args(warm, "IV.2.c", "next", "--status", str(folder)))
        assert (folder / ".gitignore").read_bytes() == GITIGNORE, fault
        assert _temps(folder) == [], fault
        assert _notes(plan_obj, path, "IV.2.c") == [*landed, "next"], fault


def test_without_sigstop_the_hook_ends_the_writer_at_the_step_like_a_kill(warm: Path) -> None:
    """Where there is no SIGSTOP (Windows) the hook ends the writer at the step with
    ``os._exit``: no clean-up runs, as with a kill, so the half-written temp file stays
    (the next record removes it) and the old file is intact; ended after the rename, the
    new record is there whole."""
    plan_obj = load_plan(warm).plan
    folder = warm.parent / "progress"
    errors = warm.parent / "children.err"
    path = folder / "IV.2.a.yaml"
    expected = _notes(plan_obj, path, "IV.2.a")
    for step in ("temp-half", "renamed"):
        before = path.read_bytes()
        note = f"ended at {step}"
        pid = _spawn(_note_args(warm, "IV.2.a", note), errors, fault=step, stop=False)
        assert exit_code(pid) == fsio.FAULT_EXIT, said(errors)
        _check_disk_at(step, folder, path, before)
        if step not in BEFORE_RENAME:
            expected.append(note)
        assert _notes(plan_obj, path, "IV.2.a") == expected
    run(*_note_args(warm, "IV.2.a", "next"), env={"NQ42_LOCK_TIMEOUT": "0"})
    assert _temps(folder) == []
    assert _notes(plan_obj, path, "IV.2.a") == [*expected, "next"]


def test_the_fault_hook_stays_inert_unless_a_step_is_named_exactly(warm: Path) -> None:
    """Only `STEP[:N]` with a known step and an N the run reaches stops anything; any
    other value of NQ42_TEST_FAULT_AT is ignored and the record lands as usual."""
    plan_obj = load_plan(warm).plan
    errors = warm.parent / "children.err"
    path = warm.parent / "progress" / "IV.2.b.yaml"
    notes = []
    for value in ["", "renamed:0", "renamed:3", "Renamed", "renamed:x", "all", " renamed"]:
        notes.append(f"with {fsio.FAULT_ENV}={value!r}")
        pid = _spawn(_note_args(warm, "IV.2.b", notes[-1]), errors, fault=value)
        assert exit_code(pid) == 0, (value, said(errors))
        assert _notes(plan_obj, path, "IV.2.b") == notes


RANDOM_RUNS = 12


def _wait_at_most(pid: int, seconds: float) -> None:
    """Sleep ``seconds``, or less if the child exits first."""
    if not hasattr(os, "pidfd_open"):  # pragma: no cover - not Linux
        time.sleep(seconds)
        return
    fd = os.pidfd_open(pid)
    try:
        select.select([fd], [], [], seconds)
    finally:
        os.close(fd)


# -m process (.ci/run): 24 real processes, and the step walks above already kill at every
# step for certain; this random complement is left out of the default run.
@pytest.mark.process
def test_kill_9_at_random_moments_keeps_every_acknowledged_record(warm: Path) -> None:
    """12 `nq42 record` runs killed at random moments, each after one that runs to the end.

    Where a kill lands is chance here (the step walks above hit every step for certain),
    so only what must hold whatever the timing is asserted, never how many runs landed:
    every uninterrupted run exits 0; after each run every progress file is valid, holds
    every acknowledged record, each at most once and in run order, and starts with the
    exact bytes it had before. A kill comes after a seeded random 0–150 % of the time the
    uninterrupted run before it took, so kills spread over the whole run on any machine.
    """
    plan_obj = load_plan(warm).plan
    folder = warm.parent / "progress"
    errors = warm.parent / "children.err"
    rng = random.Random(19_42)
    duties = ("IV.2.b", "IV.2.c", "IV.2.d")
    acknowledged: dict[str, list[str]] = {d: [] for d in duties}
    before: dict[str, bytes] = dict.fromkeys(duties, b"")

    def check(duty: str, note: str) -> None:
        path = folder / f"{duty}.yaml"
        notes = _notes(plan_obj, path, duty)
        assert set(acknowledged[duty]) <= set(notes), note
        assert notes == sorted(set(notes)), notes  # once each, in run order
        assert all(n <= note for n in notes)  # no record from a run not yet started
        after = _bytes(path)
        assert after.startswith(before[duty])
        before[duty] = after

    for i in range(RANDOM_RUNS):
        duty = duties[i % len(duties)]
        note = f"run {2 * i:03d}"
        start = time.perf_counter()
        pid = _spawn(_note_args(warm, duty, note), errors)
        assert exit_code(pid) == 0, said(errors)
        took = time.perf_counter() - start
        acknowledged[duty].append(note)
        check(duty, note)
        note = f"run {2 * i + 1:03d}"
        pid = _spawn(_note_args(warm, duty, note), errors)
        _wait_at_most(pid, rng.uniform(0, 1.5) * took)
        os.kill(pid, signal.SIGKILL)  # a child that already exited is a zombie: no error
        code = exit_code(pid)
        if code is not None:
            assert code == 0, said(errors)
            acknowledged[duty].append(note)
        check(duty, note)
    # The whole folder loads: what killed writers left (temp files) is ignored.
    progress = load_progress(folder, plan_obj, today=None, directory=registry_beside(folder))
    assert all(len(progress.records(d)) >= len(acknowledged[d]) for d in duties)
    # The next record removes the temp files killed writers left behind.
    run(*_note_args(warm, "IV.2.b", "after the kills"))
    assert _temps(folder) == []


def _installed_nq42() -> str:
    found = shutil.which("nq42", path=str(Path(sys.executable).parent)) or shutil.which("nq42")
    if found is None:  # pragma: no cover - the package is installed for the tests
        pytest.skip("the nq42 script is not installed")
    return found


@pytest.mark.process
def test_the_installed_script_survives_kill_9(tmp_path: Path) -> None:
    """The real `nq42` process, after one record acknowledged: killed half way through
    writing its temp file (the file stays as it was), and killed just after its rename
    (the new record is there, whole)."""
    exe = _installed_nq42()
    plan = workspace(tmp_path)
    plan_obj = load_plan(plan).plan
    path = plan.parent / "progress" / "IV.2.b.yaml"
    env = {**os.environ, "NO_COLOR": "1", "NQ42_LOCK_TIMEOUT": HANG_GUARD}
    run(*_note_args(plan, "IV.2.b", "real 1"))
    for step, note, expected in [
        ("temp-half", "real 2", ["real 1"]),
        ("renamed", "real 3", ["real 1", "real 3"]),
    ]:
        before = path.read_bytes()
        proc = subprocess.Popen(
            [exe, *_note_args(plan, "IV.2.b", note)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**env, fsio.FAULT_ENV: step},
        )
        _, status = os.waitpid(proc.pid, os.WUNTRACED)
        assert os.WIFSTOPPED(status), os.waitstatus_to_exitcode(status)
        _check_disk_at(step, path.parent, path, before)
        proc.send_signal(signal.SIGKILL)
        assert proc.wait() == -signal.SIGKILL
        assert _notes(plan_obj, path, "IV.2.b") == expected


# -m process (.ci/run): twenty real processes at once, their CPU mostly in the children.
@pytest.mark.process
def test_twenty_concurrent_records_each_land_exactly_once(warm: Path) -> None:
    """Twenty processes record into a progress folder that does not exist yet, at once.

    They race to create the folder, its .gitignore and the file; every one exits 0 and
    the file holds each of the twenty records exactly once, with no temp file left.
    """
    plan_obj = load_plan(warm).plan
    folder = warm.parent / "fresh-progress"
    errors = warm.parent / "children.err"
    argv = [
        _note_args(warm, "IV.2.c", f"writer {i:02d}", "--status", str(folder)) for i in range(20)
    ]
    codes = run_together(argv, errors)
    assert codes == [0] * 20, errors.read_text(encoding="utf-8") if errors.exists() else codes
    notes = _notes(plan_obj, folder / "IV.2.c.yaml", "IV.2.c")
    assert sorted(notes) == [f"writer {i:02d}" for i in range(20)]
    assert (folder / ".gitignore").read_text(encoding="utf-8") == ".nq42.lock\n.*.tmp\n"
    assert list(folder.glob(".*.tmp")) == []


def _done_args(evidence: str) -> list[str]:
    return ["record", "IV.2.d", "--done", "--on", "2024-06-01", "--evidence", evidence]


# -m process (.ci/run): twenty real processes at once, their CPU mostly in the children.
@pytest.mark.process
def test_twenty_concurrent_completions_only_one_lands(warm: Path) -> None:
    """Twenty processes record the same duty done at once, without --force.

    The check and the write happen under one lock, so exactly one lands (exit 0) and
    nineteen are told it is already done (exit 1); the file holds one done record.
    """
    plan_obj = load_plan(warm).plan
    folder = warm.parent / "progress"
    errors = warm.parent / "children.err"
    argv = [[*_done_args(f"VB {i}"), "--plan", str(warm)] for i in range(20)]
    codes = run_together(argv, errors)
    assert sorted(codes, key=str) == [0] + [1] * 19
    assert errors.read_text(encoding="utf-8").count("already recorded as done") == 19
    found = load_progress(folder, plan_obj, today=None, directory=registry_beside(folder))
    records = found.records("IV.2.d")
    assert [r.event for r in records] == ["done"]


# --------------------------------------------------------------------------- bad disks


def _under(path: Any, root: Path) -> bool:
    try:
        return Path(os.fsdecode(path)).resolve().is_relative_to(root.resolve())
    except (TypeError, ValueError):
        return False


def _oserror(code: int, filename: object = None) -> OSError:
    return OSError(code, os.strerror(code), filename)


Fault = Callable[[pytest.MonkeyPatch, Path, int], None]


def _fail_mkdir(mp: pytest.MonkeyPatch, root: Path, code: int) -> None:
    real = Path.mkdir

    def mkdir(self: Path, *args: Any, **kwargs: Any) -> None:
        if _under(self, root) and not self.exists():
            raise _oserror(code, str(self))
        real(self, *args, **kwargs)

    mp.setattr(Path, "mkdir", mkdir)


def _fail_lock(mp: pytest.MonkeyPatch, root: Path, code: int) -> None:
    real = os.open

    def open_(path: Any, flags: int, mode: int = 0o777, **kwargs: Any) -> int:
        if _under(path, root) and os.fsdecode(path).endswith(fsio.LOCK_NAME):
            raise _oserror(code, path)
        return real(path, flags, mode, **kwargs)

    mp.setattr(os, "open", open_)


def _fail_mkstemp(mp: pytest.MonkeyPatch, root: Path, code: int) -> None:
    real = tempfile.mkstemp

    def mkstemp(*args: Any, **kwargs: Any) -> Any:
        if _under(kwargs.get("dir"), root):
            raise _oserror(code, str(kwargs.get("dir")))
        return real(*args, **kwargs)

    mp.setattr(tempfile, "mkstemp", mkstemp)


def _fail_write(mp: pytest.MonkeyPatch, root: Path, code: int) -> None:
    real = fsio._write_all

    def write_all(fd: int, data: bytes) -> None:
        # The disk fills up half way: part of the data is in the temp file.
        real(fd, data[: len(data) // 2])
        raise _oserror(code)

    mp.setattr(fsio, "_write_all", write_all)


def _fail_fsync(mp: pytest.MonkeyPatch, root: Path, code: int) -> None:
    real = os.fsync

    def fsync(fd: int) -> None:
        # Delayed allocation: a full disk may only show when the data is flushed.
        import stat

        if stat.S_ISREG(os.fstat(fd).st_mode):
            raise _oserror(code)
        real(fd)

    mp.setattr(os, "fsync", fsync)


def _fail_replace(mp: pytest.MonkeyPatch, root: Path, code: int) -> None:
    # A new file is put in place with a hard link (never over a file that appeared
    # meanwhile), an existing one with a rename: both fail on a read-only disk.
    real_replace, real_link = os.replace, os.link

    def failing(real: Callable[..., None]) -> Callable[..., None]:
        def call(src: Any, dst: Any, **kwargs: Any) -> None:
            if _under(dst, root):
                raise OSError(code, os.strerror(code), os.fsdecode(src), None, os.fsdecode(dst))
            real(src, dst, **kwargs)

        return call

    mp.setattr(os, "replace", failing(real_replace))
    mp.setattr(os, "link", failing(real_link))


RECORD_FAULTS: dict[str, tuple[Fault, int]] = {
    "read-only: lock file": (_fail_lock, errno.EROFS),
    "read-only: temp file": (_fail_mkstemp, errno.EROFS),
    "full: temp file": (_fail_mkstemp, errno.ENOSPC),
    "full: half written": (_fail_write, errno.ENOSPC),
    "full: fsync": (_fail_fsync, errno.ENOSPC),
    "i/o error: fsync": (_fail_fsync, errno.EIO),
    "read-only: rename": (_fail_replace, errno.EROFS),
}


def _snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {p.name: p.read_bytes() if p.is_file() else b"<folder>" for p in folder.iterdir()}


@pytest.mark.parametrize("name", list(RECORD_FAULTS))
def test_record_on_a_bad_disk_writes_nothing(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only or full disk at any step of `nq42 record`: exit 1, a message naming
    the file and the reason, and the folder byte for byte as it was (no temp file)."""
    plan = workspace(tmp_path)
    folder = plan.parent / "progress"
    run(*_note_args(plan, "IV.2.a", "before"))  # the folder is in use: lock file exists
    before = _snapshot(folder)
    fault, code = RECORD_FAULTS[name]
    fault(monkeypatch, tmp_path, code)
    result = run(*_note_args(plan, "IV.2.a", "lost"), code=1)
    monkeypatch.undo()
    assert result.stdout == ""
    assert result.stderr == (f"{folder}/IV.2.a.yaml: {os.strerror(code)}; nothing was recorded\n")
    assert _snapshot(folder) == before


@pytest.mark.parametrize(
    "fault",
    [_fail_mkdir, _fail_lock, _fail_mkstemp, _fail_write],
    ids=["mkdir", "lock file", "gitignore temp file", "gitignore half written"],
)
def test_record_into_a_new_folder_on_a_bad_disk_leaves_no_folder(
    fault: Fault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new progress folder that cannot be written is not left behind, empty or not."""
    plan = workspace(tmp_path)
    folder = tmp_path / "new" / "progress"
    fault(monkeypatch, tmp_path, errno.ENOSPC)
    result = run(*_note_args(plan, "IV.2.a", "lost", "--status", str(folder)), code=1)
    monkeypatch.undo()
    assert "No space left on device; nothing was recorded" in result.stderr
    assert not folder.exists()


@contextlib.contextmanager
def _lock_held_elsewhere(folder: Path) -> Iterator[Callable[[], None]]:
    """Another process holds the folder's lock until ``release()`` or the block's end.

    It holds it for as long as the test needs, however slow: it waits for a signal, not
    a timer. ``release()`` kills it (a pipe's end-of-file would not do: forked writers
    inherit the pipe) and returns once it is gone, and its lock with it.
    """
    ready_r, ready_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        try:
            fd = os.open(folder / fsio.LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.write(ready_w, b"1")
            while True:
                signal.pause()
        finally:
            os._exit(0)
    os.close(ready_w)
    assert os.read(ready_r, 1) == b"1"
    os.close(ready_r)
    released = False

    def release() -> None:
        nonlocal released
        if not released:
            released = True
            os.kill(pid, signal.SIGKILL)
            assert exit_code(pid) is None

    try:
        yield release
    finally:
        release()


class _FakeClock:
    """Stands in for ``time`` in fsio: sleeping moves the clock on, nothing waits."""

    def __init__(self) -> None:
        self.now = 0.0
        self.pauses: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.now += seconds


def test_a_lock_held_by_another_process_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process holds the lock: after NQ42_LOCK_TIMEOUT seconds, exit 1 and
    "… is locked by another nq42 process; try again", nothing written; once the other
    process is gone the same record goes through at once (timeout 0: one try).

    The waiting runs on a fake clock, so the test proves the whole timeout is waited, in
    short pauses, without waiting it.
    """
    plan = workspace(tmp_path)
    folder = plan.parent / "progress"
    run(*_note_args(plan, "IV.2.a", "before"))
    before = _snapshot(folder)
    clock = _FakeClock()
    monkeypatch.setattr(fsio, "time", clock)
    monkeypatch.setenv("NQ42_LOCK_TIMEOUT", "0.3")
    with _lock_held_elsewhere(folder):
        result = run(*_note_args(plan, "IV.2.a", "waiting"), code=1)
    assert clock.now == pytest.approx(0.3)
    assert len(clock.pauses) > 5
    assert max(clock.pauses) <= 0.05
    assert result.stderr == (
        f"Error: {folder} is locked by another nq42 process (waited 0.3 s); try again\n"
    )
    assert _snapshot(folder) == before
    monkeypatch.setenv("NQ42_LOCK_TIMEOUT", "0")
    run(*_note_args(plan, "IV.2.a", "waiting"))
    assert _snapshot(folder)["IV.2.a.yaml"].startswith(before["IV.2.a.yaml"])


def test_the_lock_is_waited_for_not_refused(warm: Path) -> None:
    """A record that finds the lock taken waits for it (both writers stopped by the hook
    at ``lock-busy``, not by a timer): killed while waiting it writes nothing; let go once
    the holder is gone, it takes the lock and lands, however long it was stopped."""
    folder = warm.parent / "progress"
    errors = warm.parent / "children.err"
    with _lock_held_elsewhere(folder) as release:
        before = _snapshot(folder)
        pid = _spawn(_note_args(warm, "IV.2.a", "killed waiting"), errors, fault="lock-busy")
        _kill_where_it_stopped(pid, errors)
        assert _snapshot(folder) == before
        pid = _spawn(_note_args(warm, "IV.2.a", "patient"), errors, fault="lock-busy")
        _stopped(pid, errors)
        release()
        os.kill(pid, signal.SIGCONT)
        assert exit_code(pid) == 0, said(errors)
    found = load_progress(
        folder, load_plan(warm).plan, today=None, directory=registry_beside(folder)
    )
    records = found.records("IV.2.a")
    assert [r.note for r in records[-2:]] == [None, "patient"]


@pytest.mark.parametrize("value", ["soon", "-1", "nan", "inf"])
def test_a_bad_lock_timeout_is_a_usage_error(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NQ42_LOCK_TIMEOUT that is not a number of seconds: exit 2, nothing written."""
    plan = workspace(tmp_path)
    before = _snapshot(plan.parent / "progress")
    monkeypatch.setenv("NQ42_LOCK_TIMEOUT", value)
    result = run(*_note_args(plan, "IV.2.a", "x"), code=2)
    assert "NQ42_LOCK_TIMEOUT" in result.stderr
    assert _snapshot(plan.parent / "progress") == before


def test_unusable_paths_are_refused_and_nothing_is_written(tmp_path: Path) -> None:
    """A plan path that is a folder (exit 2), a --status that is a file (exit 1), a
    progress file that is a folder (exit 2): one clear line each, nothing written."""
    plan = workspace(tmp_path)
    folder = plan.parent / "progress"
    before = _snapshot(folder)
    as_dir = tmp_path / "plan-folder"
    as_dir.mkdir()
    result = run(*_note_args(as_dir, "IV.2.a", "x"), code=2)
    assert result.stderr == f"{as_dir}: is a folder, not a file\n"
    assert list(as_dir.iterdir()) == []

    a_file = tmp_path / "status.txt"
    a_file.write_bytes(b"not a folder\n")
    result = run(*_note_args(plan, "IV.2.a", "x", "--status", str(a_file)), code=1)
    assert result.stderr == f"{a_file}: is a file, not a progress folder\n"
    assert a_file.read_bytes() == b"not a folder\n"

    (folder / "IV.2.b.yaml").mkdir()
    result = run(*_note_args(plan, "IV.2.b", "x"), code=2)
    assert result.stderr == f"{folder}/IV.2.b.yaml: is a folder, not a file\n"
    after = _snapshot(folder)
    assert after.pop("IV.2.b.yaml") == b"<folder>"
    assert {k: v for k, v in after.items() if k != fsio.LOCK_NAME} == before
    assert list((folder / "IV.2.b.yaml").iterdir()) == []


# --------------------------------------------------------------------------- exports


EXPORT_FAULTS: dict[str, tuple[Fault, int]] = {
    "read-only: temp file": (_fail_mkstemp, errno.EROFS),
    "full: half written": (_fail_write, errno.ENOSPC),
    "full: fsync": (_fail_fsync, errno.ENOSPC),
    "read-only: rename": (_fail_replace, errno.EROFS),
}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("name", list(EXPORT_FAULTS))
def test_export_on_a_bad_disk_keeps_the_previous_file(
    name: str, fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`export status -o FILE --force` on a full or read-only disk: exit 1, "nothing
    written", the previous file byte for byte, no temp file; with no previous file, none."""
    plan = workspace(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"status.{fmt}"
    target.write_bytes(b"previous export\n")
    fault, code = EXPORT_FAULTS[name]
    fault(monkeypatch, out, code)
    args = ["export", "status", "-f", fmt, "--as-of", "2024-06-30", "--plan", str(plan)]
    result = run(*args, "-o", str(target), "--force", code=1)
    assert result.stderr == f"{target}: {os.strerror(code)}; nothing written\n"
    fresh = out / f"new.{fmt}"
    result = run(*args, "-o", str(fresh), code=1)
    monkeypatch.undo()
    assert sorted(p.name for p in out.iterdir()) == [target.name]
    assert target.read_bytes() == b"previous export\n"
    # The same export goes through once the disk is fine again.
    run(*args, "-o", str(target), "--force")
    assert target.read_bytes() != b"previous export\n"


def test_export_to_unusable_paths_is_a_usage_error(tmp_path: Path) -> None:
    """`-o` naming a folder or a file in a missing folder: exit 2, nothing created."""
    plan = workspace(tmp_path)
    args = ["export", "status", "--as-of", "2024-06-30", "--plan", str(plan)]
    result = run(*args, "-o", str(tmp_path), code=2)
    assert "is a folder; give a file name" in result.stderr
    result = run(*args, "-o", str(tmp_path / "missing" / "x.csv"), code=2)
    assert re.search(r"folder .*missing does not exist", result.stderr)
    assert not (tmp_path / "missing").exists()
