"""Standard output and error that can hold Vietnamese, whatever the platform's code page.

Python writes to a file or a pipe in the locale's encoding, and PYTHONIOENCODING can
name any codec. On Vietnamese Windows that is cp1258, which has no precomposed
``ệ`` or ``ố``; elsewhere it may be cp1252 or ASCII. Text nq42 prints (duty text,
owners, table borders) would then end in ``UnicodeEncodeError``. So before anything
is printed, a stream whose encoding cannot hold what nq42 prints is switched to UTF-8,
the one encoding every reader of the output (Excel, Notepad, PowerShell 7, editors,
``less``) understands. A legacy Windows console (PYTHONLEGACYWINDOWSSTDIO) is switched
to the UTF-8 code page for the run, so it shows the same characters. A stream that
cannot be switched is left alone, and :func:`nq42cli.cli.options.handled` turns the
error into one line.

The module sits outside the :mod:`nq42cli.cli` package (whose modules import typer) so
that the quick path (:mod:`nq42cli.quick`) switches the streams before its answer too.
"""

from __future__ import annotations

import atexit
import sys
from typing import TextIO

__all__ = ["SAMPLE", "holds", "unicode_streams"]

SAMPLE = (
    "ạảãàáâậẩẫầấăặẳẵằắẹẻẽèéêệểễềếỉĩìíịọỏõòóôộổỗồốơợởỡờớụủũùúưựửữừứỳỵỷỹýđ"
    "ẠẢÃÀÁÂẬẨẪẦẤĂẶẲẴẰẮẸẺẼÈÉÊỆỂỄỀẾỈĨÌÍỊỌỎÕÒÓÔỘỔỖỒỐƠỢỞỠỜỚỤỦŨÙÚƯỰỬỮỪỨỲỴỶỸÝĐ"
    "–—…“”‘’✓┏━┃│─┼╭╮╰╯"
)
"""What nq42 prints beyond ASCII: every Vietnamese letter (NFC), dashes, quotes, the
done mark, and the box drawing of Rich's tables and panels."""


def holds(encoding: str | None) -> bool:
    """Whether text in ``encoding`` can hold everything in :data:`SAMPLE`."""
    if not encoding:
        return False
    try:
        SAMPLE.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def unicode_streams() -> None:
    """Switch stdout and stderr to UTF-8 when their encoding cannot hold Vietnamese.

    Idempotent, and cheap when nothing needs doing (the usual case): one encode of a
    short string per stream.
    """
    for stream in (sys.stdout, sys.stderr):
        if stream is None or holds(getattr(stream, "encoding", None)):
            continue
        _switch(stream)


def _switch(stream: TextIO) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None:
        return
    try:
        stream.flush()
        reconfigure(encoding="utf-8")
    except (OSError, ValueError):  # pragma: no cover - a closed or detached stream
        return
    if sys.platform == "win32" and stream.isatty():  # pragma: no cover - Windows only
        _console_utf8()


_CP_UTF8 = 65001
_console_switched = False


def _console_utf8() -> None:  # pragma: no cover - Windows only
    # A legacy console decodes the bytes it is given with its output code page; give
    # it UTF-8 for this run, and put the user's code page back on the way out.
    global _console_switched  # noqa: PLW0603 - once per process
    if _console_switched:
        return
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    previous = int(kernel32.GetConsoleOutputCP())
    if previous == _CP_UTF8 or not kernel32.SetConsoleOutputCP(_CP_UTF8):
        return
    _console_switched = True
    atexit.register(kernel32.SetConsoleOutputCP, previous)
