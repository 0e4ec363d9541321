"""A document's text as the extractor reads it: clean lines and tables, with line numbers.

Plans reach analysts as Word text, PDF copies, web pages turned into markdown. This
module takes any of them and gives back :class:`Line` (one line of prose, markdown
headings and emphasis removed, a line an emphasis run broke joined back) and
:class:`Grid` (the rows of a table) in document order, each with the line it started
on, so every finding can point at the source:

- markdown: ``#`` headings (the level is kept), ``**bold**`` and ``*italic*`` (a run
  that spans lines is joined), ``*   `` list markers (read as ``- ``), backslash
  escapes, rules (``---``) and code fences;
- pipe tables (``| a | b |``, separator rows skipped), lines that hold only ``|`` (the
  cell borders of a layout table around a header: read as blank lines);
- tab-separated rows (three or more cells);
- a bracketed timing in italics, ``(*quý I/2024*)``, keeps its marks: they say the
  source marked it as the duty's timing.

Tables written one cell per line (what a PDF copy gives) are found later, by
:mod:`nq42cli.core.tables`, from the lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nq42cli.core.text import nfc

__all__ = ["Grid", "Line", "Piece", "clean", "pieces"]


@dataclass(slots=True)
class Line:
    """One line of prose: cleaned text, its source line, its markdown heading level."""

    no: int
    text: str
    heading: int = 0
    blank_before: bool = False


@dataclass(slots=True)
class Grid:
    """The rows of a table as cells of text, each row with its source line."""

    line: int
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    form: str = "pipe"  # "pipe", "tsv" or "cells" (one cell per line)


Piece = Line | Grid

_HEADING = re.compile(r"^(#{1,6})\s*(.*)$")
_RULE = re.compile(r"^(?:[-=_*]\s*){3,}$|^```")
_STAR_BULLET = re.compile(r"^\*\s+(?=\S)")
_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_MARKED_OPEN = "\x00"  # stand-ins for "(*" and "*)" while emphasis is removed
_MARKED_CLOSE = "\x01"
_JOIN_LIMIT = 6  # an emphasis run is joined over at most this many lines


def pieces(text: str) -> list[Piece]:
    """The lines and tables of ``text`` in order (see the module's docstring)."""
    raw = nfc(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[Piece] = []
    i = 0
    blank = False
    while i < len(raw):
        line = raw[i]
        stripped = line.strip()
        if _is_pipe_row(stripped):
            grid = Grid(i + 1)
            while i < len(raw) and _is_pipe_row(raw[i].strip()):
                if not _PIPE_SEPARATOR.match(raw[i].strip()):
                    grid.rows.append((i + 1, _pipe_cells(raw[i])))
                i += 1
            if grid.rows:
                out.append(grid)
            blank = False
            continue
        if line.count("\t") >= 2 and len([c for c in line.split("\t") if c.strip()]) >= 3:
            grid = Grid(i + 1, form="tsv")
            while i < len(raw) and raw[i].count("\t") >= 2:
                grid.rows.append((i + 1, [c.strip() for c in raw[i].split("\t")]))
                i += 1
            out.append(grid)
            blank = False
            continue
        first = i
        joined = line
        # An emphasis run open at the end of a line goes on: join the next lines.
        while _open_emphasis(joined) and i + 1 < len(raw) and i + 1 - first < _JOIN_LIMIT:
            nxt = raw[i + 1].strip()
            if not nxt or _is_pipe_row(nxt) or nxt == "|":
                break
            i += 1
            joined = f"{joined.rstrip()} {nxt}"
        i += 1
        if stripped == "|" or not any(c.isalnum() for c in joined):
            blank = True
            continue
        cleaned = clean(joined)
        if cleaned is None:
            blank = True
            continue
        text_, level = cleaned
        if not text_:
            blank = True
            continue
        out.append(Line(first + 1, text_, level, blank_before=blank))
        blank = False
    return out


def clean(line: str) -> tuple[str, int] | None:
    """A line without markdown: ``(text, heading level)``, or ``None`` for a rule."""
    s = line.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "").strip()
    if _RULE.match(s):
        return None
    level = 0
    if m := _HEADING.match(s):
        level, s = len(m.group(1)), m.group(2)
    s = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|~<>])", r"\1", s)
    s = re.sub(r"<br\s*/?>", " ", s, flags=re.IGNORECASE)
    s = _STAR_BULLET.sub("- ", s)
    s = s.replace("(*", _MARKED_OPEN).replace("*)", _MARKED_CLOSE)
    s = s.replace("**", "").replace("__", "").replace("*", "")
    s = s.replace(_MARKED_OPEN, "(*").replace(_MARKED_CLOSE, "*)")
    s = re.sub(r"\s+", " ", s).strip()
    return s, level


def _open_emphasis(line: str) -> bool:
    if not any(c.isalnum() for c in line):
        return False  # a line of decoration ("*", "* *") opens nothing
    s = _STAR_BULLET.sub("", line.strip())
    s = s.replace("(*", "").replace("*)", "")
    bold = s.count("**")
    single = s.replace("**", "").count("*")
    return bold % 2 == 1 or single % 2 == 1


def _is_pipe_row(s: str) -> bool:
    return s.startswith("|") and s.endswith("|") and s.count("|") >= 3


def _pipe_cells(line: str) -> list[str]:
    s = line.strip()[1:-1]
    cells = re.split(r"(?<!\\)\|", s)
    out = []
    for c in cells:
        cleaned = clean(c.replace("\\|", "|"))
        out.append(cleaned[0] if cleaned else "")
    return out
