"""Where nq42's cache files live (:func:`cache_dir`).

Apart from :mod:`nq42cli.core.cache` so that a command that only keeps a small file
there (``record``, :mod:`nq42cli.core.checked`) does not import the index's machinery
(``sqlite3``, the queries) to learn the folder's name.
"""

from __future__ import annotations

import functools
import os
import stat
import sys
from pathlib import Path

__all__ = ["cache_dir", "code_stamp", "stamp_of"]


@functools.cache
def code_stamp() -> str:
    """nq42's version and, for each module of its core, its name, size and change time.

    The index and the kept histories hold what the core's rules decided. Keyed by the
    version alone, a source checkout whose rules were edited without a new version
    number would be answered from entries the old rules made; the modules' stamps
    change with any edit. An installed release's files never change, so there this is
    the version's key. Where the modules cannot be listed (a zip), the version alone.
    """
    from nq42cli import __version__

    return stamp_of(os.path.dirname(os.path.abspath(__file__)), __version__)


def stamp_of(folder: str, version: str) -> str:
    """``version`` and the name, size and change time of each module in ``folder``."""
    parts = [version]
    try:
        with os.scandir(folder) as found:
            for entry in sorted(found, key=lambda e: e.name):
                if entry.name.endswith(".py"):
                    info = entry.stat()
                    parts.append(f"{entry.name} {info.st_size} {info.st_mtime_ns}")
    except OSError:
        parts = [version]
    return "\n".join(parts)


def cache_dir() -> Path | None:
    """The folder cache files live in, or None when there is none to use (no index then).

    ``$NQ42_CACHE_DIR``; else ``$XDG_CACHE_HOME/nq42`` (an absolute path, on every
    system); else the platform's own user cache folder (platformdirs): ``~/.cache/nq42``
    on Linux, ``~/Library/Caches/nq42`` on macOS, ``%LOCALAPPDATA%/nq42/Cache`` on
    Windows. A process with no home folder (a service account with no passwd entry,
    ``env -i``) gets a private folder ``nq42-cache-UID`` in the system's temporary
    folder, used only if it is a real folder of this user's that nobody else may write
    (anyone can create a name there, and an index planted by another user must never
    answer); else None. The index is only ever worth speed.
    """
    if explicit := os.environ.get("NQ42_CACHE_DIR"):
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "nq42"
    if sys.platform.startswith("linux") and "ANDROID_DATA" not in os.environ:
        # The XDG default platformdirs gives on Linux (tests/test_cache.py holds the two
        # equal), without importing it: its unix module loads tempfile, shutil, random
        # and lzma, about two thirds of Python's own start-up, on every warm answer.
        home_cache = os.path.expanduser("~/.cache")
        return Path(home_cache) / "nq42" if os.path.isabs(home_cache) else _private_temp()
    from platformdirs import user_cache_dir

    try:
        found = user_cache_dir("nq42", appauthor=False)
    except (OSError, RuntimeError, KeyError):  # pragma: no cover - platform lookups
        found = ""
    # With no HOME and no passwd entry, "~" stays unexpanded: a relative path.
    if os.path.isabs(found):
        return Path(found)
    return _private_temp()


def _private_temp() -> Path | None:
    import tempfile

    getuid = getattr(os, "getuid", None)
    if getuid is None:  # Windows always has a user profile folder
        return None
    uid = getuid()
    folder = Path(tempfile.gettempdir()) / f"nq42-cache-{uid}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return None
    # Anyone can create a name in /tmp: use it only if it is our own, private folder.
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != uid or info.st_mode & 0o077:
        return None
    return folder
