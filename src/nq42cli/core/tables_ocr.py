"""A task table OCR'd from a scan: its cells interleaved line by line, anchored on time cells.

Tesseract reads a (rotated) table's page line by line across the columns, so a row's
cells come out interleaved: a line holds the task cell's first words, the time cell's
"Tháng", the owner cells' first words and the supervisor's; the next holds the task's
next words and "12/2026"; the owner cells' last words trail on the lines after. The
header is repeated on every page (or lost on the first), group rows are "<numeral>
|<body>" with the numeral often misread ("HE" for II), and the row numbers are read as
"l", "s", "„__" or not at all. No column position survives, no rule splits a line into
its cells.

What still reads is the time cell: each row has one, a month and year standing alone
("12/2026", with "Tháng" a line or two above or before it). That is the row's anchor.
The row's task starts at the first line, after the row above's anchor, that opens with
a capitalised word followed by plain lower-case words (a task's sentence), once a row
number's debris is stripped; a line of another column's repeated content (the same
words on several rows: a supervisor, an owner's office) or of the page's header is not
a task. The group row's body owns the rows under it (its chủ trì cell names its head).

Precision first: only a clean "MM/YYYY" (1 <= MM <= 12) is a time cell; "0/2026" or a
lost "Thá" leaves the row undated, and the table is read only under an OCR header
("STT Nhiệm vụ … Thời gian …" on one line) with three anchored rows at least.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from nq42cli.core.layout import Grid, Line
from nq42cli.core.text import fold
from nq42cli.core.vocab import roman_value

__all__ = ["ocr_grid"]

# A time cell's month and year, alone (not a day's "05/12/2025", a ratio "24/7" or a
# caption's "% /12/2025").
_MONTH = re.compile(r"(?<![\w/.,%])(\d{1,2})/((?:19|20)\d\d)(?![\w/])")
# The time cell's word, on its own (its month and year on another line).
_MONTH_WORD = re.compile(r"(?<!\w)Tháng(?!\s*\d)")
# A group row: a numeral (read right or not) and a body's name after a cell's bar.
_GROUP = re.compile(r"^([^\W\d_]{1,4})\s*[|\[]\s*([^\W\d_][^|\[\]]*)$")
_GROUP_WORDS = 8
# An OCR'd page's marker, after which the page's header repeats.
_PAGE = re.compile(r"^(?:=+\s*trang\s+\d+\s*=+|-+\s*page break\s*-+)$")
_HEADER_REACH = 5  # lines from a page's marker to its header's "STT" line, at most
_ROW_DEBRIS = 10  # characters of a row number's debris before a task's first word
_REPEATED = 3  # rows whose lines hold the same words: another column's content
_OPEN_WORDS = 4
_MIN_ROWS = 3
_ROW_REACH = 8  # a row's lines above its time cell, at most
_LOST_ROW_WORDS = 8  # a task's line holds as many words; a row's tail fewer
_WORD = re.compile(r"[^\W\d_]+")
# A level to reach ("Phấn đấu giảm 20% hộ nghèo"): a target (chỉ tiêu) among the tasks,
# not one (a task's "Phấn đấu hoàn thành …" is).
_TARGET = re.compile(r"^phan dau (?:giam|tang)\b[^.;]{0,60}?\d\s*%")


_Group = tuple[int, str, str]  # line index, numeral as read, body
_Piece = tuple[int, str]  # line index, the words the task column may hold


@dataclass(slots=True)
class _Row:
    anchor: int  # index of the line with the time cell
    month: str  # "12/2026", or "" when the cell does not read cleanly
    task: list[str] = field(default_factory=list)
    group: int = -1  # index into the groups
    first: int = -1  # index of the task's first line


def _header_at(lines: list[Line], i: int) -> bool:
    """An OCR'd header's "STT" line: the task column's and the time column's names near it."""
    f = fold(lines[i].text)
    if not f.startswith("stt ") or not re.search(r"\b(?:nhiem vu|noi dung)\b", f):
        return False
    near = " ".join(fold(x.text) for x in lines[max(0, i - 2) : i + 3])
    return "thoi gian" in near


def _header_lines(lines: list[Line]) -> set[int]:
    """A page's header block: from its marker down to the line after its "STT" line."""
    out: set[int] = set()
    for i, x in enumerate(lines):
        if fold(x.text).startswith("stt"):
            out.add(i)
        if not _PAGE.match(fold(x.text)):
            continue
        out.add(i)
        stt = next(
            (
                k
                for k in range(i + 1, min(len(lines), i + 1 + _HEADER_REACH))
                if fold(lines[k].text).startswith("stt")
            ),
            None,
        )
        if stt is not None:
            out.update(range(i, min(len(lines), stt + 2)))
    return out


def _group(line: Line) -> tuple[str, str] | None:
    m = _GROUP.match(line.text.strip())
    if m is None or not m.group(1).isupper():
        return None
    title = m.group(2).strip()
    if len(title.split()) > _GROUP_WORDS or not title[:1].isupper() or _MONTH_WORD.search(title):
        return None
    return m.group(1), title


def _keys(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(text)]


def _opening(text: str, repeated: set[tuple[str, ...]]) -> int | None:
    """Where a task's sentence starts in a line's words, past a row number's debris.

    A capitalised word of two letters or more, then mostly plain lower-case words; the
    debris before it holds no word of three letters. None when the words do not so open,
    or open with another column's words that several rows repeat.
    """
    for m in re.finditer(r"(?<![^\W\d_])[^\W\d_]", text[: _ROW_DEBRIS + 1]):
        at = m.start()
        if any(len(w) >= 3 for w in _WORD.findall(text[:at])):
            return None
        words = text[at:].split()
        head = words[0].strip(",.;:")
        if len(head) < 2 or not head[0].isupper() or not head[1:].islower():
            continue
        after = words[1:_OPEN_WORDS]
        plain = sum(1 for w in after if _plain(w.strip(",.;:")))
        if len(after) < _OPEN_WORDS - 1 or plain < len(after) - 1:
            continue
        if tuple(_keys(" ".join(words[:_OPEN_WORDS]))) in repeated:
            return None
        return at
    return None


def _plain(word: str) -> bool:
    """A word a sentence goes on with: lower-case letters, or a number ("05", "1.500")."""
    return (word.isalpha() and word.islower()) or bool(re.fullmatch(r"\d+(?:[.,]\d+)*", word))


def _repeated(lines: list[Line]) -> set[tuple[str, ...]]:
    """Runs of four words that several lines hold: a column's content repeated by rows."""
    seen: Counter[tuple[str, ...]] = Counter()
    for x in lines:
        keys = _keys(x.text)
        seen.update({tuple(keys[k : k + _OPEN_WORDS]) for k in range(len(keys) - 3)})
    return {k for k, n in seen.items() if n >= _REPEATED}


def _wordy(text: str) -> bool:
    """Whether a piece holds words more than debris (OCR noise is short tokens and marks)."""
    toks = text.split()
    good = [t for t in toks if len(t.strip(',.;:()"“”')) >= 2 and t.strip(',.;:()"“”').isalpha()]
    return bool(toks) and len(good) * 2 >= len(toks)


def _task(pieces: list[_Piece], n: int, o: int, end: int) -> list[str]:
    """A task's words: its opening piece from the opening on, then the wordy pieces to ``end``."""
    return [pieces[n][1][o:]] + [t for _, t in pieces[n + 1 : end] if _wordy(t)]


def _numbers(reads: list[str]) -> list[str]:
    """Groups' Roman numerals by their sequence: the start most clean readings agree with."""
    best, score = 1, -1
    for start in range(1, 11):
        hits = sum(
            1
            for k, r in enumerate(reads)
            if re.fullmatch(r"[IVX]+", r) and roman_value(r) == start + k
        )
        if hits > score:
            best, score = start, hits
    return [_roman(best + k) for k in range(len(reads))]


def _roman(n: int) -> str:
    out = ""
    for v, s in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out


def _scan(lines: list[Line], header: set[int]) -> tuple[list[_Group], list[tuple[int, str]]]:
    """The group rows, and the lines that hold one month and year (the time cells)."""
    groups: list[_Group] = []
    anchors: list[tuple[int, str]] = []
    for i, x in enumerate(lines):
        if i in header:
            continue
        g = _group(x)
        if g is not None:
            groups.append((i, *g))
            continue
        found = list(_MONTH.finditer(x.text))
        if len(found) == 1:
            anchors.append((i, found[0].group(0)))
    return groups, anchors


def _pieces(lines: list[Line], start: int, at: int, header: set[int]) -> tuple[list[_Piece], int]:
    """A row's lines as the task column may hold them, and which one has the time's word.

    The line with the time cell is cut before its month, the time word's line before
    its word: what stands right of them is the owner cells'.
    """
    pieces: list[_Piece] = []
    worded = -1
    for k in range(start, at + 1):
        if k in header:
            continue
        text = lines[k].text
        if k == at:
            text = text[: _MONTH.search(text).start()]  # type: ignore[union-attr]
        elif (w := _MONTH_WORD.search(text)) is not None:
            text = text[: w.start()]
            worded = len(pieces)
        pieces.append((k, text.strip(" |[_")))
    return pieces, worded


def _rows_at(
    pieces: list[_Piece], worded: int, row: _Row, repeated: set[tuple[str, ...]]
) -> list[_Row]:
    """The row anchored on a time cell, and before it a row whose time cell was lost."""
    opens = [
        (n, o) for n, (_, text) in enumerate(pieces) if (o := _opening(text, repeated)) is not None
    ]
    # The row's task opens on the time word's line or above it (the last opening there:
    # an earlier one is the row above's tail or a row whose time cell was lost), else
    # below it (the task's cell starts lower than the time's).
    before = [x for x in opens if x[0] <= worded]
    chosen = before[-1] if before else opens[0] if opens else None
    if chosen is None:
        return []
    out: list[_Row] = []
    lost = next((x for x in opens if x[0] < chosen[0]), None)
    if lost is not None and len(pieces[lost[0]][1][lost[1] :].split()) >= _LOST_ROW_WORDS:
        # A task's full line above the row's own: a row whose time cell the OCR lost
        # ("Thá"), undated.
        n, o = lost
        out.append(_Row(row.anchor, "", _task(pieces, n, o, chosen[0]), row.group, pieces[n][0]))
    n, o = chosen
    row.first = pieces[n][0]
    row.task = _task(pieces, n, o, len(pieces))
    out.append(row)
    return [r for r in out if not _TARGET.match(fold(r.task[0]))]


def _grid(lines: list[Line], rows: list[_Row], groups: list[_Group], first: int) -> Grid:
    numerals = _numbers([g[1] for g in groups])
    grid = Grid(
        lines[first].no,
        [(lines[first].no, ["STT", "Nhiệm vụ", "Thời gian hoàn thành", "Cơ quan chủ trì"])],
        form="ocr",
    )
    place = 0
    shown = -1
    for row in rows:
        if row.group != shown and row.group >= 0:
            gi, _, body = groups[row.group]
            grid.rows.append((lines[gi].no, [numerals[row.group], body, "", ""]))
            shown, place = row.group, 0
        place += 1
        body = groups[row.group][2] if row.group >= 0 else ""
        task = " ".join(t for t in row.task if t)
        grid.rows.append((lines[row.first].no, [str(place), task, row.month, body]))
    return grid


def ocr_grid(lines: list[Line]) -> tuple[Grid, int, int] | None:
    """The OCR'd task table among ``lines``: its grid, its first line and the line after it.

    None unless an OCR header names the task and time columns and three rows at least
    anchor on a time cell. The grid's header is STT | Nhiệm vụ | Thời gian hoàn thành |
    Cơ quan chủ trì; a group row is its numeral and body, a row its place in its group,
    its task's words, its month and year, and its group's body.
    """
    if not any(_header_at(lines, i) for i in range(len(lines))):
        return None
    header = _header_lines(lines)
    groups, anchors = _scan(lines, header)
    if len(anchors) < _MIN_ROWS:
        return None
    repeated = _repeated(lines)
    rows: list[_Row] = []
    prev = -1
    for at, month in anchors:
        mm = int(month.split("/")[0])
        group = max((n for n, g in enumerate(groups) if g[0] < at), default=-1)
        # A row's lines reach up to the row above's time cell or its group's row, and
        # no further than a row's height (the first row: not into the text above).
        start = max([prev, at - _ROW_REACH, *(g[0] for g in groups if g[0] < at)]) + 1
        pieces, worded = _pieces(lines, start, at, header)
        rows += _rows_at(
            pieces, worded, _Row(at, month if 1 <= mm <= 12 else "", group=group), repeated
        )
        prev = at
    if len(rows) < _MIN_ROWS:
        return None
    first = min([rows[0].first, *(g[0] for g in groups[:1] if g[0] < rows[0].first)])
    end = rows[-1].anchor + 1
    while end < len(lines) and not _header_at(lines, end) and not _opening(lines[end].text, set()):
        end += 1
    return _grid(lines, rows, groups, first), first, end
