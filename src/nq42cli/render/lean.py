"""Long tables drawn line by line: the look of the Rich tables, at a fraction of the cost.

Rich measures and lays out every cell as a renderable, about a millisecond a row: the
1,000 rows a terminal table shows at most (:data:`nq42cli.render.table.MAX_ROWS`; a line
under it says how many more, and ``-f csv|json|md`` carry them all) took a second. Past
:data:`LEAN_ROWS` rows the table renderers hand their cells to :func:`table`, which
draws the same boxes (a heavy header, a rule between rows), gives the columns the same
kind of widths (the id and days as wide as their longest cell, the owners and the duty
sharing the rest 2:6), wraps at spaces and folds a word longer than its column, as the
Rich tables do. Short tables — every table in the README — stay Rich's.

Cells are plain text already made safe (:func:`nq42cli.core.text.visible`); a style
(``bold``, ``dim``, ``red``…) colours a whole cell, and only where Rich would colour:
the console's own decision (a terminal, ``NO_COLOR``, ``TERM``) is asked once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.cells import cell_len

if TYPE_CHECKING:
    from rich.text import Text

__all__ = ["LEAN_ROWS", "Cell", "Column", "cell", "styled", "table"]

LEAN_ROWS = 200
"""Tables with more rows than this are drawn here; shorter ones by Rich."""

Cell = tuple[str, str | None]
"""A cell's text (lines separated by ``\\n``) and the style of the whole cell."""


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its header, how it is sized (``ratio``; 0: as wide as its widest cell)."""

    header: str
    ratio: int = 0
    min_width: int = 1
    right: bool = False
    wrap: bool = True


_SGR = {
    "bold": "1",
    "dim": "2",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "blue": "34",
    "cyan": "36",
}


def cell(text: Text) -> Cell:
    """A Rich cell as a lean one: its plain text, and its own style for the whole cell.

    The renderers build each cell once, as a :class:`~rich.text.Text`, for both tables;
    here a part styled apart (a partner dimmed, a day late in red) takes the cell's style.
    """
    return text.plain, str(text.style) or None


def styled(text: Text, color: bool) -> str:
    """A one-line :class:`~rich.text.Text` (a line under the table) in its own style."""
    start, end = _codes(str(text.style) or None, color)
    return start + text.plain + end + "\n"


def _codes(style: str | None, color: bool) -> tuple[str, str]:
    if not style or not color:
        return "", ""
    sgr = ";".join(_SGR[part] for part in style.split() if part in _SGR)
    return (f"\x1b[{sgr}m", "\x1b[0m") if sgr else ("", "")


# Characters one cell wide on every terminal: printable ASCII, Latin-1 (less the soft
# hyphen), the Latin extensions and the Vietnamese letters. Text made only of these is
# measured by len(); anything else by Rich's own tables.
_ONE_CELL = re.compile("[ -~\xa0-\xac\xae-\u02ff\u1e00-\u1eff]*")


def _width(text: str) -> int:
    return len(text) if _ONE_CELL.fullmatch(text) else cell_len(text)


def _wrap(text: str, width: int, wrap: bool) -> list[str]:
    """Lines of at most ``width`` cells: words kept whole where they fit, else folded."""
    out: list[str] = []
    for para in text.split("\n"):
        narrow = _ONE_CELL.fullmatch(para) is not None
        if not wrap or (len(para) if narrow else cell_len(para)) <= width:
            out.append(para)
            continue
        measure = len if narrow else cell_len
        line, used = "", 0
        for word in para.split(" "):
            size = measure(word)
            if line and used + 1 + size <= width:
                line += " " + word
                used += 1 + size
                continue
            if line:
                out.append(line)
            while size > width:  # a word wider than the column folds
                head, word = _cut(word, width)  # noqa: PLW2901 - the rest of the word
                out.append(head)
                size = measure(word)
            line, used = word, size
        out.append(line)
    return out


def _cut(word: str, room: int) -> tuple[str, str]:
    """The first ``room`` cells of ``word`` (at least one character), and the rest."""
    n = 0
    for i, ch in enumerate(word):
        n += cell_len(ch)
        if n > room:
            return (word[:i], word[i:]) if i else (word[:1], word[1:])
    return word, ""


def _pad(text: str, width: int, right: bool) -> str:
    gap = width - _width(text)
    return (" " * gap + text) if right else (text + " " * gap)


def _widths(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], total: int) -> list[int]:
    def widest(i: int) -> int:
        cells = [columns[i].header, *(r[i][0] for r in rows)]
        return max(_width(line) for c in cells for line in c.split("\n"))

    widths = [0 if c.ratio else max(c.min_width, widest(i)) for i, c in enumerate(columns)]
    # Each column has a space either side and a rule before it; one more rule at the end.
    room = total - 3 * len(columns) - 1 - sum(widths)
    ratios = sum(c.ratio for c in columns)
    shared = [i for i, c in enumerate(columns) if c.ratio]
    for i in shared:
        widths[i] = max(columns[i].min_width, room * columns[i].ratio // ratios if ratios else 0)
    if shared:  # what the division left over goes to the widest share, as Rich does
        spare = total - 3 * len(columns) - 1 - sum(widths)
        if spare > 0:
            widths[max(shared, key=lambda i: columns[i].ratio)] += spare
    return widths


def table(
    title: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    *,
    width: int,
    color: bool,
) -> str:
    """The table as terminal text: title, header, one block of lines per row."""
    widths = _widths(columns, rows, width)

    def rule(left: str, line: str, mid: str, right: str) -> str:
        return left + mid.join(line * (w + 2) for w in widths) + right + "\n"

    bold, reset = _codes("bold", color)
    out = [f"{bold}{title}{reset}\n", rule("┏", "━", "┳", "┓")]
    pairs = zip(columns, widths, strict=True)
    heads = [bold + _pad(c.header, w, c.right) + reset for c, w in pairs]
    out.append("┃ " + " ┃ ".join(heads) + " ┃\n")
    out.append(rule("┡", "━", "╇", "┩"))
    between = rule("├", "─", "┼", "┤")
    for n, row in enumerate(rows):
        if n:
            out.append(between)
        blocks = [
            _wrap(text, w, c.wrap) for (text, _), w, c in zip(row, widths, columns, strict=True)
        ]
        styles = [_codes(style, color) for _, style in row]
        height = max(len(b) for b in blocks)
        for k in range(height):
            cells = []
            for b, w, c, (start, end) in zip(blocks, widths, columns, styles, strict=True):
                text = b[k] if k < len(b) else ""
                cells.append(start + _pad(text, w, c.right) + end if text else " " * w)
            out.append("│ " + " │ ".join(cells) + " │\n")
    out.append(rule("└", "─", "┴", "┘"))
    return "".join(out)
