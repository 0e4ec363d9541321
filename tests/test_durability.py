"""Durability of ``nq42 record`` and of exported files: kills, concurrency, bad disks, locks.

Hundreds of ``kill -9`` runs are affordable because each run is a ``fork()`` of this
test process, which has already imported nq42 and built the command: the child runs the
real CLI in-process and ends with ``os._exit``, the parent kills it after a seeded random
delay and checks the file. Two runs of the installed ``nq42`` script cover the real
process path. Full and read-only disks are simulated by making the write path raise the
OSError the kernel would give, at each step of the write (as root, chmod would not stop
a write, and a real full disk is not something a test should make).
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
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
import typer.main

from nq42cli.cli import app
from nq42cli.core import fsio
from nq42cli.core.loader import load_plan
from nq42cli.core.models import Plan
from nq42cli.core.progress import load_progress, parse_duty_text
from tests.conftest import run
from tests.progress_helpers import workspace

# Built once here; every forked child reuses it instead of rebuilding it from ``app``.
COMMAND = typer.main.get_command(app)

KILL_RUNS = 200
KILL_DUTIES = ("IV.2.b", "IV.2.c", "IV.2.d", "IV.5.a")
EXIT_CRASHED = 70


def _note_args(plan: Path, duty: str, note: str, *extra: str) -> list[str]:
    return ["record", duty, "--note", note, "--on", "2024-06-01", "--plan", str(plan), *extra]


def _child(args: Sequence[str], errors: Path, gate: tuple[int, int] | None) -> None:
    """In a forked child: run the CLI in-process and leave with its exit code."""
    code = EXIT_CRASHED
    try:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - the process ends with _exit
        sys.stderr = open(errors, "a", encoding="utf-8")  # noqa: SIM115
        if gate is not None:
            os.close(gate[1])
            os.read(gate[0], 1)  # blocks until the parent closes its end: all start at once
        try:
            COMMAND.main(list(args), prog_name="nq42", standalone_mode=True)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    except BaseException as exc:
        with contextlib.suppress(Exception):
            sys.stderr.write(f"crashed: {exc!r}\n")
    finally:
        with contextlib.suppress(Exception):
            sys.stderr.flush()
        os._exit(code)


def _spawn(args: Sequence[str], errors: Path, gate: tuple[int, int] | None = None) -> int:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        _child(args, errors, gate)
    return pid


def _wait_at_most(pid: int, seconds: float) -> float | None:
    """Sleep ``seconds``, or less if the child exits first: then return how long it took."""
    if not hasattr(os, "pidfd_open"):  # pragma: no cover - not Linux
        time.sleep(seconds)
        return None
    start = time.perf_counter()
    fd = os.pidfd_open(pid)
    try:
        ready, _, _ = select.select([fd], [], [], seconds)
    finally:
        os.close(fd)
    return time.perf_counter() - start if ready else None


def _exit_code(pid: int) -> int | None:
    """The child's exit code, or None when SIGKILL ended it."""
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return None
    return os.waitstatus_to_exitcode(status)


@pytest.fixture
def warm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace plan, after one in-process record so that every lazy import is done.

    Without this each forked child would import pydantic models and renderers itself,
    and the kills would mostly land in imports rather than in the write.
    """
    monkeypatch.setenv("NQ42_LOCK_TIMEOUT", "5")
    plan = workspace(tmp_path)
    run(*_note_args(plan, "IV.2.a", "warm-up", "--status", str(tmp_path / "warm")))
    return plan


def _notes(plan: Plan, path: Path, duty: str) -> list[str]:
    if not path.exists():
        return []
    doc = parse_duty_text(path.read_text(encoding="utf-8"), path.name, plan, today=None)
    assert doc.duty == duty
    return [r.note or "" for r in doc.records]


def test_kill_9_at_random_moments_keeps_every_acknowledged_record(warm: Path) -> None:
    """200 forked `nq42 record` runs, each sent SIGKILL at a random moment.

    Half the kills come 0–30 ms after the start; the other half are aimed at the last
    quarter of a typical run (measured on the runs that finished), where the write is, so
    that many kills land with the temporary file half written or just renamed.
    After every run each progress file is valid YAML the loader accepts, holds every
    record whose run exited 0, holds each record at most once and in run order, and
    still starts with the exact bytes it had before (nothing rewritten, nothing lost).
    """
    plan_obj = load_plan(warm).plan
    folder = warm.parent / "progress"
    errors = warm.parent / "children.err"
    rng = random.Random(19_42)
    acknowledged: dict[str, list[str]] = {d: [] for d in KILL_DUTIES}
    before: dict[str, bytes] = dict.fromkeys(KILL_DUTIES, b"")
    # Seed the typical duration with one run left to finish: a busy machine can make a
    # run several times slower than an idle one, and aimed kills must aim at the write.
    seed = _spawn(_note_args(warm, KILL_DUTIES[0], "run -01"), errors)
    took = _wait_at_most(seed, 60.0)
    assert _exit_code(seed) == 0, errors.read_text(encoding="utf-8")
    acknowledged[KILL_DUTIES[0]].append("run -01")
    durations = [took if took is not None else 0.020]
    killed = 0
    for i in range(KILL_RUNS):
        duty = KILL_DUTIES[i % len(KILL_DUTIES)]
        note = f"run {i:03d}"
        typical = statistics.median(durations[-15:])
        delay = rng.uniform(0, 0.030) if i % 2 else rng.uniform(0.75, 1.0) * typical
        pid = _spawn(_note_args(warm, duty, note), errors)
        took = _wait_at_most(pid, delay)
        os.kill(pid, signal.SIGKILL)  # a child that already exited is a zombie: no error
        code = _exit_code(pid)
        if code is None:
            killed += 1
        else:
            assert code == 0, errors.read_text(encoding="utf-8")
            acknowledged[duty].append(note)
            if took is not None:
                durations.append(took)
        path = folder / f"{duty}.yaml"
        notes = _notes(plan_obj, path, duty)
        assert set(acknowledged[duty]) <= set(notes), (i, note)
        assert notes == sorted(set(notes)), notes  # once each, in run order
        assert all(n <= note for n in notes)  # no record from a run not yet started
        after = path.read_bytes() if path.exists() else b""
        assert after.startswith(before[duty])
        before[duty] = after
    # The whole folder loads: what killed writers left (temp files) is ignored.
    progress = load_progress(folder, plan_obj, today=None)
    assert all(len(progress.records(d)) >= len(acknowledged[d]) for d in KILL_DUTIES)
    # Both outcomes happened often enough for the test to mean something.
    landed = sum(len(v) for v in acknowledged.values())
    assert killed >= KILL_RUNS // 10, killed
    assert landed >= KILL_RUNS // 10, landed
    # The next record removes the temp files killed writers left behind.
    run(*_note_args(warm, "IV.2.b", "after the kills"))
    assert list(folder.glob(".*.tmp")) == []


def _installed_nq42() -> str:
    found = shutil.which("nq42", path=str(Path(sys.executable).parent)) or shutil.which("nq42")
    if found is None:  # pragma: no cover - the package is installed for the tests
        pytest.skip("the nq42 script is not installed")
    return found


def test_the_installed_script_survives_kill_9(tmp_path: Path) -> None:
    """The real `nq42` process: one record acknowledged, then one killed at a random moment.

    The file stays valid and keeps the acknowledged record whatever moment the kill hit.
    """
    exe = _installed_nq42()
    plan = workspace(tmp_path)
    plan_obj = load_plan(plan).plan
    path = plan.parent / "progress" / "IV.2.b.yaml"
    env = {**os.environ, "NO_COLOR": "1", "NQ42_LOCK_TIMEOUT": "5"}
    done = subprocess.run(
        [exe, *_note_args(plan, "IV.2.b", "real 1")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "recorded: IV.2.b note on 2024-06-01" in done.stdout
    proc = subprocess.Popen(
        [exe, *_note_args(plan, "IV.2.b", "real 2")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    time.sleep(random.Random(42).uniform(0.05, 0.5))
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert _notes(plan_obj, path, "IV.2.b") in (["real 1"], ["real 1", "real 2"])


def _gate() -> tuple[int, int]:
    return os.pipe()


def _run_together(argv: list[list[str]], errors: Path) -> list[int | None]:
    gate = _gate()
    pids = [_spawn(args, errors, gate) for args in argv]
    os.close(gate[0])
    os.close(gate[1])  # every child now reads end-of-file and starts
    return [_exit_code(pid) for pid in pids]


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
    codes = _run_together(argv, errors)
    assert codes == [0] * 20, errors.read_text(encoding="utf-8") if errors.exists() else codes
    notes = _notes(plan_obj, folder / "IV.2.c.yaml", "IV.2.c")
    assert sorted(notes) == [f"writer {i:02d}" for i in range(20)]
    assert (folder / ".gitignore").read_text(encoding="utf-8") == ".nq42.lock\n.*.tmp\n"
    assert list(folder.glob(".*.tmp")) == []


def _done_args(evidence: str) -> list[str]:
    return ["record", "IV.2.d", "--done", "--on", "2024-06-01", "--evidence", evidence]


def test_twenty_concurrent_completions_only_one_lands(warm: Path) -> None:
    """Twenty processes record the same duty done at once, without --force.

    The check and the write happen under one lock, so exactly one lands (exit 0) and
    nineteen are told it is already done (exit 1); the file holds one done record.
    """
    plan_obj = load_plan(warm).plan
    folder = warm.parent / "progress"
    errors = warm.parent / "children.err"
    argv = [[*_done_args(f"VB {i}"), "--plan", str(warm)] for i in range(20)]
    codes = _run_together(argv, errors)
    assert sorted(codes, key=str) == [0] + [1] * 19
    assert errors.read_text(encoding="utf-8").count("already recorded as done") == 19
    records = load_progress(folder, plan_obj, today=None).records("IV.2.d")
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
def _lock_held_elsewhere(folder: Path) -> Iterator[int]:
    """Another process holds the folder's lock until the block ends."""
    ready_r, ready_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        try:
            fd = os.open(folder / fsio.LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.write(ready_w, b"1")
            time.sleep(60)
        finally:
            os._exit(0)
    os.close(ready_w)
    assert os.read(ready_r, 1) == b"1"
    os.close(ready_r)
    try:
        yield pid
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)


def test_a_lock_held_by_another_process_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process holds the lock: after NQ42_LOCK_TIMEOUT seconds, exit 1 and
    "… is locked by another nq42 process; try again", nothing written; once the other
    process is gone the same record goes through at once."""
    plan = workspace(tmp_path)
    folder = plan.parent / "progress"
    run(*_note_args(plan, "IV.2.a", "before"))
    before = _snapshot(folder)
    monkeypatch.setenv("NQ42_LOCK_TIMEOUT", "0.3")
    with _lock_held_elsewhere(folder):
        start = time.monotonic()
        result = run(*_note_args(plan, "IV.2.a", "waiting"), code=1)
        waited = time.monotonic() - start
    assert 0.3 <= waited < 5
    assert result.stderr == (
        f"Error: {folder} is locked by another nq42 process (waited 0.3 s); try again\n"
    )
    assert _snapshot(folder) == before
    run(*_note_args(plan, "IV.2.a", "waiting"))
    assert _snapshot(folder)["IV.2.a.yaml"].startswith(before["IV.2.a.yaml"])


def test_the_lock_is_waited_for_not_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lock released within the timeout is taken: the record waits, then lands."""
    plan = workspace(tmp_path)
    folder = plan.parent / "progress"
    monkeypatch.setenv("NQ42_LOCK_TIMEOUT", "10")
    with _lock_held_elsewhere(folder) as holder:
        killer = subprocess.Popen(
            [sys.executable, "-c", f"import os,time;time.sleep(0.3);os.kill({holder},9)"]
        )
        start = time.monotonic()
        run(*_note_args(plan, "IV.2.a", "patient"))
        assert time.monotonic() - start >= 0.2
        killer.wait(timeout=30)
    records = load_progress(folder, load_plan(plan).plan, today=None).records("IV.2.a")
    assert records[-1].note == "patient"


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
