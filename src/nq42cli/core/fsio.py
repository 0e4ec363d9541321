"""Safe file writes: atomic replacement, no silent overwrite, and a folder lock.

A write goes to a temporary file in the target's own folder (same file system, so the
final rename is atomic), is flushed and fsynced, then renamed over the target; a crash
or Ctrl-C at any point leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["LOCK_NAME", "TargetExists", "atomic_write", "locked"]

LOCK_NAME = ".nq42.lock"


class TargetExists(FileExistsError):
    """The target exists and overwriting was not allowed."""


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
        # mkstemp makes the file private (0600); give it the old file's mode, or the
        # mode a plain open() would have given a new file.
        os.chmod(tmp, _mode(path))
        with os.fdopen(fd, "wb") as f:
            _write_all(f.fileno(), data)
            f.flush()
            os.fsync(f.fileno())
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
        _fsync_dir(folder)
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


def _write_all(fd: int, data: bytes) -> None:
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


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (a lock file in it) for a read-modify-write.

    Two ``nq42 record`` processes each read the file, append and replace it; without the
    lock the second replace would drop the first one's record.
    """
    import fcntl

    fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        # Closing the descriptor releases the lock, also when the process is killed.
        os.close(fd)
