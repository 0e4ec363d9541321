"""Safe file writes: atomic replacement, no silent overwrite, and a folder lock.

A write goes to a temporary file in the target's own folder (same file system, so the
final rename is atomic), is flushed and fsynced, then renamed over the target; a crash
or Ctrl-C at any point leaves either the old file or the new one, never half of one.
A failed write (full or read-only disk) removes its temporary file before it raises.
The lock is waited for a bounded time, so a stuck or slow writer gives a clear error
instead of a process that hangs.

Everything here runs on Windows and macOS as on Linux: the lock is the ``filelock``
library's (``flock`` on POSIX, ``msvcrt.locking`` on Windows), and a call the standard
library offers only on POSIX (``os.fchmod``) has a portable path beside it.

For the tests only, ``NQ42_TEST_FAULT_AT=STEP[:N]`` stops the process at the N-th time
(default the first) it reaches a named step of a write (:data:`FAULT_STEPS`), so that a
test can ``kill -9`` it at exactly that point; see :func:`fault_point`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from filelock import BaseFileLock

__all__ = [
    "FAULT_ENV",
    "FAULT_EXIT",
    "FAULT_STEPS",
    "LOCK_NAME",
    "LOCK_TIMEOUT",
    "LockTimeout",
    "TargetExists",
    "atomic_write",
    "fault_point",
    "locked",
    "remove_stale_temps",
]

LOCK_NAME = ".nq42.lock"
LOCK_TIMEOUT = 10.0
"""Seconds :func:`locked` waits for another process's lock before giving up."""


FAULT_ENV = "NQ42_TEST_FAULT_AT"
"""Test-only: the environment variable naming the write step to stop at (``STEP[:N]``)."""

FAULT_STEPS = (
    "lock-busy",
    "locked",
    "temp-created",
    "temp-half",
    "temp-written",
    "temp-synced",
    "renamed",
    "synced",
)
"""The named steps of a write, in order; each is a state a crash can leave on disk.

``lock-busy``: another process holds the lock, this one is about to wait (after the
timeout check, so it still takes the lock when resumed, however long it was stopped).
``locked``: the lock is held, nothing written. ``temp-created``: an empty temp file
exists. ``temp-half``: half the data is in it. ``temp-written``: all of it, not yet
fsynced. ``temp-synced``: fsynced, not yet renamed. ``renamed``: the target holds the new
bytes, the folder is not yet fsynced. ``synced``: the write is complete and durable.
"""

FAULT_EXIT = 137
"""Exit code of a process the fault hook ends where it cannot stop itself (as SIGKILL's)."""

_fault_counts: dict[tuple[int, str], int] = {}


def fault_point(step: str) -> None:
    """Test-only hook: stop here if ``NQ42_TEST_FAULT_AT`` names this step.

    Unset (always, outside the tests) it costs one dictionary look-up. Set to
    ``STEP[:N]`` with a step of :data:`FAULT_STEPS`, the N-th arrival of this process at
    that step sends it SIGSTOP: the test that started it sees it stopped (``waitpid``
    with ``WUNTRACED``) and kills it with SIGKILL at exactly that step, or lets it go on
    with SIGCONT. Where there is no SIGSTOP (Windows) the process ends at once with
    ``os._exit`` (:data:`FAULT_EXIT`), which, like a kill, runs no clean-up. Any other
    value is ignored. Neither action does anything a ``kill`` could not: every step is a
    point where the write is already crash-safe, so the hook cannot corrupt data.
    """
    spec = os.environ.get(FAULT_ENV)
    if spec is None:
        return
    name, _, nth = spec.partition(":")
    if name != step or not (nth.isdigit() or nth == ""):
        return
    key = (os.getpid(), step)  # a forked child counts its own arrivals
    _fault_counts[key] = _fault_counts.get(key, 0) + 1
    if _fault_counts[key] != int(nth or "1"):
        return
    import signal

    stop = getattr(signal, "SIGSTOP", None)
    if stop is None:
        os._exit(FAULT_EXIT)
    os.kill(os.getpid(), stop)


class TargetExists(FileExistsError):
    """The target exists and overwriting was not allowed."""


class LockTimeout(Exception):
    """Another process held the folder's lock for longer than the timeout."""

    def __init__(self, folder: Path, timeout: float) -> None:
        super().__init__(f"{folder} is locked by another process (waited {timeout:g} s)")
        self.folder = folder
        self.timeout = timeout


def atomic_write(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Write ``data`` to ``path`` atomically.

    With ``overwrite=False`` an existing target is never replaced, even one that appears
    between the check and the write: the temporary file is hard-linked into place, which
    fails if the name is taken (where links are unsupported, an existence check is used).
    """
    folder = path.parent
    if not overwrite and path.exists():
        raise TargetExists(str(path))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            # mkstemp makes the file private (0600); give it the old file's mode, or the
            # mode a plain open() would have given a new file.
            _chmod(f.fileno(), Path(tmp), _mode(path))
            fault_point("temp-created")
            view = memoryview(data)
            half = len(view) // 2
            _write_all(f.fileno(), view[:half])
            fault_point("temp-half")
            _write_all(f.fileno(), view[half:])
            fault_point("temp-written")
            f.flush()
            os.fsync(f.fileno())
        fault_point("temp-synced")
        if overwrite:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise TargetExists(str(path)) from None
            except OSError:
                if path.exists():
                    raise TargetExists(str(path)) from None
                os.replace(tmp, path)
        fault_point("renamed")
        _fsync_dir(folder)
        fault_point("synced")
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _chmod(fd: int, path: Path, mode: int) -> None:
    # os.fchmod is POSIX-only (Windows has it from Python 3.13 on); by path is the same
    # here, as nobody else knows the temporary name yet.
    fchmod = getattr(os, "fchmod", None)
    if fchmod is not None:
        fchmod(fd, mode)
    else:
        os.chmod(path, mode)


def _write_all(fd: int, data: bytes | memoryview) -> None:
    # One os.write per chunk: a process killed in between leaves a partial temp file,
    # which is exactly what the rename protects the target from.
    view = memoryview(data)
    while view:
        n = os.write(fd, view[:65536])
        view = view[n:]


def _fsync_dir(folder: Path) -> None:
    # The rename is durable only once the folder's entry is on disk.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. Windows cannot open folders
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some file systems refuse fsync on folders
        pass
    finally:
        os.close(fd)


def _lock(path: Path, timeout: float) -> BaseFileLock:
    # filelock picks flock on POSIX and msvcrt.locking on Windows; where neither exists
    # it falls back to a lock file of its own and warns once, at import. That choice is
    # deliberate here, so the warning is not passed on to the user.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "only soft file lock is available")
        from filelock import FileLock

    # Short pauses: a record holds the lock for milliseconds.
    return FileLock(path, timeout=timeout, poll_interval=0.005)


@contextlib.contextmanager
def locked(folder: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (a lock file in it) for a read-modify-write.

    Two ``nq42 record`` processes each read the file, append and replace it; without the
    lock the second replace would drop the first one's record. The lock is waited for
    ``timeout`` seconds; then :class:`LockTimeout`. The operating system releases it
    when the process ends, also when it is killed.
    """
    lock = _lock(folder / LOCK_NAME, timeout)
    from filelock import Timeout

    try:
        _acquire(lock, timeout)
    except Timeout:
        raise LockTimeout(folder, timeout) from None
    try:
        fault_point("locked")
        yield
    finally:
        lock.release()


def _acquire(lock: BaseFileLock, timeout: float) -> None:
    # Tried without blocking, again and again, for ``timeout`` seconds: the wait is ours,
    # not filelock's, so a test can stop a writer the moment it finds the lock busy
    # ("lock-busy") and run the wait on a fake clock.
    from filelock import Timeout

    deadline = time.monotonic() + timeout
    pause = 0.001
    while True:
        try:
            lock.acquire(blocking=False)
            return
        except Timeout:
            left = deadline - time.monotonic()
            if left <= 0:
                raise
            fault_point("lock-busy")
            # Short pauses first (a record holds the lock for milliseconds), longer ones
            # later so twenty waiting processes do not spin.
            time.sleep(min(pause, left))
            pause = min(pause * 2, 0.05)


def remove_stale_temps(folder: Path, pattern: str) -> int:
    """Remove temporary files matching ``pattern`` left in ``folder`` by killed writers.

    Call it only while holding :func:`locked` on ``folder``, and only for files written
    under that lock: then no live writer can own them. Returns how many were removed.
    """
    removed = 0
    for tmp in folder.glob(pattern):
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
            removed += 1
    return removed
