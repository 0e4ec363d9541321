"""Safe file access: inputs checked before they are read, atomic writes, and a folder lock.

Every file nq42 reads or hashes (the plan, progress files, the index, a document to
draft from) is first checked for what it is: a regular file of a readable size
(:func:`check_regular_file`, :func:`read_input`). A device (``/dev/zero``,
``/dev/urandom``), a named pipe with no writer or a sparse 20 GB file is then an
immediate, named refusal instead of a hang or an endless read; a pipe is read once,
and only where the caller allows one (``nq42 validate <(git show main:data/plan.yaml)``).
Every file nq42 replaces must be a regular file too (:func:`check_replaceable`): a
device node, a named pipe or a symbolic link is never replaced by a regular file.

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
import errno
import io
import os
import stat
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from filelock import BaseFileLock

# POSIX-only open flags; Windows has no named pipes to block on or terminals to adopt.
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_NOCTTY = getattr(os, "O_NOCTTY", 0)

__all__ = [
    "FAULT_ENV",
    "FAULT_EXIT",
    "FAULT_STEPS",
    "LOCK_NAME",
    "LOCK_TIMEOUT",
    "MAX_INPUT_BYTES",
    "LockTimeout",
    "TargetExists",
    "UnusableFile",
    "atomic_write",
    "check_regular_file",
    "check_replaceable",
    "check_stat",
    "fault_point",
    "locked",
    "open_regular",
    "open_regular_fd",
    "read_input",
    "remove_stale_temps",
]

MAX_INPUT_BYTES = 256 * 2**20
"""The most nq42 reads of one input file: 100,000 duties take about 50 MB of YAML."""

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


class UnusableFile(OSError):
    """A path that is not a regular file of a readable size; nothing was read from it.

    ``code`` is the problem code (``file.not_regular``, ``file.too_large``,
    ``file.is_dir``) and ``strerror`` the message, so code that reports any
    :class:`OSError` by its ``strerror`` says what is wrong.
    """

    def __init__(self, path: str | os.PathLike[str], code: str, message: str) -> None:
        super().__init__(errno.EINVAL, message, os.fspath(path))
        self.code = code
        self.message = message


def _what(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "not a regular file"


def _refuse(
    path: str | os.PathLike[str], mode: int, size: int, max_size: int
) -> UnusableFile | None:
    """Why a file of ``mode`` and ``size`` may not be read, or None."""
    if stat.S_ISREG(mode):
        return _too_large(path, max_size, f"{size:,} bytes") if size > max_size else None
    if stat.S_ISDIR(mode):
        return UnusableFile(path, "file.is_dir", "is a folder, not a file")
    return UnusableFile(path, "file.not_regular", f"is {_what(mode)}, not a file")


def check_stat(
    path: str | os.PathLike[str], info: os.stat_result, max_size: int = MAX_INPUT_BYTES
) -> None:
    """Raise :class:`UnusableFile` unless ``info`` is that of a readable input file.

    The check :func:`open_regular_fd` makes before it opens, for a caller that may not
    need to open the file at all.
    """
    if (problem := _refuse(path, info.st_mode, info.st_size, max_size)) is not None:
        raise problem


def _too_large(path: str | os.PathLike[str], max_size: int, size: str) -> UnusableFile:
    msg = f"is larger than {max_size // 2**20} MiB ({size}); an input file is far smaller"
    return UnusableFile(path, "file.too_large", msg)


def check_regular_file(path: Path, max_size: int = MAX_INPUT_BYTES) -> os.stat_result:
    """Refuse, without opening it, anything at ``path`` but a regular file of ``max_size``.

    Symbolic links are followed: a link to ``/dev/zero`` is a device. Raises
    :class:`UnusableFile`, or :class:`FileNotFoundError` and the like from ``stat``.
    Use it before reading or hashing any input; :func:`read_input` and
    :func:`open_regular` check again on the file they opened.
    """
    info = path.stat()
    if (problem := _refuse(path, info.st_mode, info.st_size, max_size)) is not None:
        raise problem
    return info


@contextlib.contextmanager
def open_regular(path: Path, max_size: int = MAX_INPUT_BYTES) -> Iterator[io.FileIO]:
    """Open a regular file of at most ``max_size`` bytes for reading (or hashing).

    Checked before the open (so a device is never opened) and again on the open file
    (so a file swapped for a pipe in between is still refused); the open never blocks.
    """
    check_regular_file(path, max_size)
    with _open_nonblocking(path) as stream:
        info = os.fstat(stream.fileno())
        if (problem := _refuse(path, info.st_mode, info.st_size, max_size)) is not None:
            raise problem
        yield stream


def open_regular_fd(path: str | os.PathLike[str], max_size: int = MAX_INPUT_BYTES) -> int:
    """:func:`open_regular` as a plain descriptor, for the caller to read and close.

    The same checks, before the open and on the open file; for code that reads many
    small files whole (hashing every progress file) with a few system calls each.
    """
    info = os.stat(path)
    if (problem := _refuse(path, info.st_mode, info.st_size, max_size)) is not None:
        raise problem
    fd = os.open(path, os.O_RDONLY | _O_NONBLOCK | _O_NOCTTY)
    try:
        info = os.fstat(fd)
        if (problem := _refuse(path, info.st_mode, info.st_size, max_size)) is not None:
            raise problem
    except BaseException:
        os.close(fd)
        raise
    return fd


@contextlib.contextmanager
def _open_nonblocking(path: Path) -> Iterator[io.FileIO]:
    # O_NONBLOCK: opening a named pipe with no writer returns at once instead of waiting
    # for one forever; O_NOCTTY: a terminal device never becomes ours.
    fd = os.open(path, os.O_RDONLY | _O_NONBLOCK | _O_NOCTTY)
    with io.FileIO(fd, "rb") as stream:
        yield stream


def read_input(path: Path, max_size: int = MAX_INPUT_BYTES, *, pipes: bool = False) -> bytes:
    """The bytes of the input file at ``path``, read once, after checking what it is.

    A regular file of at most ``max_size`` bytes is read. With ``pipes``, a pipe is
    read too, once, up to ``max_size`` (``<(git show main:data/plan.yaml)``); a named
    pipe nobody writes to reads as empty at once instead of waiting. Anything else (a
    folder, a device, a socket, a larger file) raises :class:`UnusableFile` before a
    byte is read.
    """
    info = path.stat()
    if pipes and stat.S_ISFIFO(info.st_mode):
        with _open_nonblocking(path) as stream:
            if not stat.S_ISFIFO(os.fstat(stream.fileno()).st_mode):
                raise UnusableFile(path, "file.not_regular", "changed while it was opened")
            return _read_pipe(stream, path, max_size)
    with open_regular(path, max_size) as stream:
        # One allocation of the file's size; then whatever a short read left, or what a
        # file growing meanwhile added, in pieces up to the limit.
        first = stream.read(os.fstat(stream.fileno()).st_size + 1)
        chunks, total = [first], len(first)
        while chunk := stream.read(2**16):
            total += len(chunk)
            if total > max_size:
                raise _too_large(path, max_size, f"{total:,}+ bytes")
            chunks.append(chunk)
    return first if len(chunks) == 1 else b"".join(chunks)


def _read_pipe(stream: io.FileIO, path: Path, max_size: int) -> bytes:
    fd = stream.fileno()
    try:
        first = os.read(fd, 2**16)
    except BlockingIOError:
        first = None  # a writer is there and has not written yet: wait for it
    else:
        if not first:  # no writer, or one that wrote nothing: nothing will come
            return b""
    os.set_blocking(fd, True)
    chunks = [first] if first else []
    total = len(first or b"")
    while chunk := os.read(fd, 2**20):
        total += len(chunk)
        if total > max_size:
            raise _too_large(path, max_size, "read from a pipe")
        chunks.append(chunk)
    return b"".join(chunks)


def check_replaceable(path: Path) -> None:
    """Refuse to replace anything at ``path`` but a regular file (a missing one is fine).

    The path itself is looked at, not what a link points to: a symbolic link, a device
    node (``-o /dev/null --force`` as root), a named pipe or a socket is never replaced
    by a regular file. Raises :class:`UnusableFile` (``file.not_regular``).
    """
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    if not stat.S_ISREG(info.st_mode):
        msg = f"is {_what(info.st_mode)}; nq42 replaces only regular files"
        raise UnusableFile(path, "file.not_regular", msg)


def atomic_write(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Write ``data`` to ``path`` atomically.

    With ``overwrite=False`` an existing target is never replaced, even one that appears
    between the check and the write: the temporary file is hard-linked into place, which
    fails if the name is taken (where links are unsupported, an existence check is used).
    """
    folder = path.parent
    if not overwrite and os.path.lexists(path):
        raise TargetExists(str(path))
    check_replaceable(path)
    import tempfile  # only writers pay for it: every query imports this module

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
            check_replaceable(path)  # again, right before the rename
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
    _check_lock_file(folder / LOCK_NAME)
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


def _check_lock_file(path: Path) -> None:
    # Never through a symbolic link, never blocking on a named pipe planted there: a lock
    # file that exists must be a plain file.
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        msg = f"the lock file {LOCK_NAME} is {_what(mode)}"
        raise UnusableFile(path, "file.not_regular", msg)


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
        # Whatever cannot be removed (a folder planted under such a name) is left: it
        # is not a progress file, and must not stop a record.
        with contextlib.suppress(OSError):
            tmp.unlink()
            removed += 1
    return removed
