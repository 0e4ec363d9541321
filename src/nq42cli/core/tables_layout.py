"""A task table as ``pdftotext -layout`` prints it: cells side by side, by position.

The copy keeps each line of the page as it stands: a header whose cells wrap over a few
lines ("Cơ quan, tổ chức" / "đảng chủ trì"), then each row's cells side by side, every
cell's lines set around the row's middle line, which holds the row's number. So the
cells of a row interleave line by line, a cell's line may share a line of text with
another cell's (set apart by spaces, or by one space when the line is full), and two
rows may follow each other with no blank line between. Page numbers and form feeds fall
between rows. A Roman number heads a group, "II.1" a sub-group, each on a line of its own.

The row's number tells where the row's middle is; the rows' lines split where a blank
line or a page's foot falls, else where each row has as many lines above its middle as
below it (its tallest cell, centred). Which piece is which cell is read from where it
stands: a task's lines start at the task column's left edge; the other pieces fall, in
the header's order from left to right, into the columns whose pieces stand together.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from nq42cli.core.layout import Grid, Line
from nq42cli.core.tables import (
    TAKES_OBJECT,
    CellTests,
    inspection_list,
    ocr_header_cell,
    roles,
    roles_in_order,
)
from nq42cli.core.vocab import roman_numeral, roman_value

__all__ = ["layout_grid", "layout_header_at", "layout_table_end"]

_GAP = re.compile(r"\s{2,}")
_HEADER_START = re.compile(r"^\s{0,6}(?:STT|TT)\s{2,}\S", re.IGNORECASE)
# A row's number at the page's left edge (a task's lines start further right).
_ROW_NUMBER = re.compile(r"^\s{0,2}(\d{1,3})\.?(?=\s|$)")
_GROUP_LINE = re.compile(r"^\s{0,2}([IVXLC]+)(?:\.(\d{1,2}))?\.?(?:\s+(\S.*))?$")
# A row's or a group's label at the line's start, the row's middle line.
_LABEL = re.compile(r"^\s{0,2}(?:[IVXLC]+(?:\.\d{1,2})?\.?|\d{1,3}\.?)(?=\s|$)")
# A row's label of any kind in the number column, then the row's cells: "a)", "-", "12.".
_ANY_LABEL = re.compile(r"^\s{0,2}\S{1,4}(?:\s{2,}|$)")
_PAGE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")
# A time that ends another cell's words on a full line: "Tỉnh ủy viên, Phó Chủ 2029 - 2030".
_TRAILING_TIME = re.compile(
    r"^(?P<head>.*?\S)\s(?P<time>(?:Trước(?: ngày)?\s)?"
    r"(?:\d{4}\s?[-–]\s?\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}))$"
)
_DIGIT = re.compile(r"\d")
# A second header cell's first words in the same piece: "… CHU CO QUAN PHOI HOP".
_SECOND_CELL = re.compile(r"(?<=[^\W\d_]) (?=(?:CO QUAN|Cơ quan|CƠ QUAN|ĐƠN VỊ|Đơn vị|DON VI)\b)")
_TASK_SLACK = 2  # columns a task's line may stand off the task column's left edge
# A group's numeral misread by a scan's OCR ("n", "H", "HI", "m", "lV"), then its title.
_MISREAD_GROUP = re.compile(r"^\s{0,2}([IVXLHJlnmi1]{1,3})\s+(\S.*)$")
# A row's or a group's number and, spaces apart, the row's words: where a page's rows start.
_LABELLED = re.compile(r"^( *)(?:\d{1,3}|[IVXLC]{1,4})\.?\s{2,}\S")
# A speck the scan's OCR read before a row's number: "-- 26".
_SPECKED = re.compile(r"^([^\w\s]{1,3})(?=\s+\d{1,3}\.?(?:\s{2,}|$))")
# … and a misread numeral, taken off its group's line as a numeral is.
_MISREAD_LABEL = re.compile(r"^\s{0,2}[IVXLHJlnmi1]{1,3}(?=\s)")
_TITLE_WORDS = 2
_TITLE_LETTERS = 8
_TITLE_CAPS = 0.6  # of a title's letters in capitals, at least
_SPECK = 2  # letters of a speck the scan's OCR read in a header
_HEADER_WORDS = 6  # words of a header cell's line, at most
_NUMBER_WIDTH = 4  # a header line's indent past the number column ("TT", "STT")
_HEADER_LINES = 4  # a header's lines above or below its "TT" line, at most
_MIN_ROWS = 2
_LABEL_WIDTH = 2  # indent of a row's label at the page's left edge, at most
# A number alone in a column that refers to another text's items: "48", "116", "II".
_REFERENCE = re.compile(r"^(?:\d{1,3}|[IVXLC]{1,4})\.?$")


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str
    start: int
    line: int  # its index among the row's lines

    @property
    def centre(self) -> float:
        return self.start + len(self.text) / 2


def _unindented(lines: list[Line], at: int) -> list[Line]:
    """The lines with each page's margin taken off, from the "TT" line's page on.

    A scan's page may stand a few columns right of the copy's left edge, each page by
    its own amount: on the header's page every line of the table starts as far right as
    the "TT" line (a line set further left is left as it stands); on a later page, as
    far as its least indented row's or group's number with the row's words after it.
    """
    out = list(lines)
    margin = _indent(lines[at].raw or lines[at].text)
    k = at
    while k < len(lines):
        page = next((j for j in range(k + 1, len(lines)) if _fed(lines[j])), len(lines))
        if k > at:
            found = (_LABELLED.match((x.raw or x.text).lstrip("\f")) for x in lines[k:page])
            margin = min((len(m.group(1)) for m in found if m), default=0)
        for j in range(k, page):
            raw = lines[j].raw or lines[j].text
            feed = "\f" if raw.startswith("\f") else ""
            # A speck before a row's number ("-- 26"): the number at the page's edge.
            body = _SPECKED.sub(lambda m: " " * len(m.group(1)), raw[len(feed) :])
            if margin and len(body) - len(body.lstrip(" ")) >= margin:
                body = body[margin:]
            if feed + body != raw:
                out[j] = replace(lines[j], raw=feed + body)
        k = page
    return out


def _fed(line: Line) -> bool:
    return (line.raw or line.text).startswith("\f")


def _indent(raw: str) -> int:
    body = raw.lstrip("\f")
    return len(body) - len(body.lstrip(" "))


def layout_header_at(line: Line) -> bool:
    """Whether a line holds a layout header's "TT" and, spaces apart, a column's name."""
    return bool(_HEADER_START.match(line.raw or ""))


def _pieces(raw: str, line: int) -> list[_Piece]:
    out: list[_Piece] = []
    at = 0
    for part in _GAP.split(raw.replace("\f", " ")):
        at = raw.replace("\f", " ").index(part, at) if part else at
        if part.strip():
            out.append(_Piece(part.strip(), at + len(part) - len(part.lstrip()), line))
        at += len(part)
    return out


def _header_pieces(raw: str, line: int) -> list[_Piece]:
    """A header line's pieces, two cells set one space apart told apart.

    A full header line may leave one space between two cells' words ("CO QUAN CHU CO
    QUAN PHOI HOP THUC"): a body's word again after a space opens the next cell.
    """
    out: list[_Piece] = []
    for p in _pieces(raw, line):
        at = 0
        for m in _SECOND_CELL.finditer(p.text):
            out.append(_Piece(p.text[at : m.start()].strip(), p.start + at, line))
            at = m.start() + 1
        out.append(_Piece(p.text[at:].strip(), p.start + at, line))
    return out


def _header_line(raw: str) -> bool:
    """Whether a line above or below the "TT" line may be the header's.

    It leaves the number column empty (the title or a note above the table starts at
    the left edge) and names columns in a few words each (not a group's or a task's line).
    """
    return (
        bool(raw.strip())
        and len(raw) - len(raw.lstrip()) >= _NUMBER_WIDTH
        and all(len(p.text.split()) <= _HEADER_WORDS for p in _header_pieces(raw, 0))
    )


def _header(lines: list[Line], at: int) -> tuple[list[str], list[float], int, int] | None:
    """The header's cells, their columns' centres, its first line and the line after it."""
    first = at
    while first > 0 and at - first < _HEADER_LINES and not lines[first].blank_before:
        prev = lines[first - 1].raw or ""
        if not _header_line(prev):
            break
        first -= 1
    last = at + 1
    while (
        last < len(lines)
        # A header's cells are set around its "TT" line: a line further below is the
        # first row's ("Nhóm nhiệm vụ về rà" under "STT … Tên đề án" / "Theo NQ 01").
        and last - at <= min(_HEADER_LINES, at - first + 1)
        and not lines[last].blank_before
        and _header_line(lines[last].raw or "")
    ):
        last += 1
    spans: list[tuple[int, int, list[str]]] = []  # a column's left, right, words by line
    for k in range(first, last):
        for p in _header_pieces(lines[k].raw or lines[k].text, k):
            end = p.start + len(p.text)
            hit = next((c for c in spans if p.start < c[1] and end > c[0]), None)
            if hit is None:
                spans.append((p.start, end, [p.text]))
            else:
                spans[spans.index(hit)] = (
                    min(hit[0], p.start),
                    max(hit[1], end),
                    [*hit[2], p.text],
                )
    spans.sort()
    header = [" ".join(c[2]) for c in spans]
    cols = roles(header)
    if "number" in cols and not ("task" in cols and ("lead" in cols or "time" in cols)):
        # A scan's OCR layer: "nhiEm vp", "CO QUAN CHtJ TRI THtfC HI$N", "THtfl GIAN".
        header = [ocr_header_cell(c) for c in header]
        # … and its specks, a column of their own that holds no cell ("AN").
        kept = [k for k, c in enumerate(header) if roles([c]) or len(c.replace(" ", "")) > _SPECK]
        header, spans = [header[k] for k in kept], [spans[k] for k in kept]
        cols = roles(header)
    if "number" not in cols or "task" not in cols or len(header) < 3:
        return None
    if not ("lead" in cols or "time" in cols):
        return None
    if inspection_list(header[cols["task"]]):
        # A printed list of the bodies inspected and their works ("Tên đơn vị được kiểm
        # tra | Đối tượng kiểm tra"): two wordy columns side by side whose wrapped lines
        # the copy interleaves, so the works cannot be told apart by where they stand.
        return None
    return header, [(c[0] + c[1]) / 2 for c in spans], first, last


def layout_table_end(lines: list[Line], at: int) -> int:
    """The index of the line after the table whose header's "TT" line is ``lines[at]``.

    ``at`` when no table's header stands there. The table runs on while its lines follow
    with no blank line between and each starts indented or with a short label in the
    number column, whatever its rows' labels are (a reader that cannot anchor them still
    knows these lines are cells side by side).
    """
    lines = _unindented(lines, at)
    got = _header(lines, at)
    if got is None:
        return at
    end = got[3]
    while end < len(lines) and not lines[end].blank_before:
        raw = (lines[end].raw or lines[end].text).replace("\f", " ")
        if raw[:1].strip() and not _ANY_LABEL.match(raw):
            break
        end += 1
    return end


def layout_grid(lines: list[Line], at: int, tests: CellTests) -> tuple[Grid, int, int] | None:
    """The table whose header's "TT" line is ``lines[at]``, or None.

    Returns the grid, the index of the header's first line and that of the line after
    the table.
    """
    lines = _unindented(lines, at)
    got = _header(lines, at)
    if got is None:
        return None
    header, centres, first, i = got
    order = roles_in_order(header)
    task_at = order.index("task")
    # Anchors: rows' number lines and group lines, in their sequences.
    anchors: list[tuple[int, str, bool]] = []  # line index, label, a group's
    expected, group, sub, last = 1, 0, 0, 0
    end = i
    while end < len(lines):
        raw = (lines[end].raw or lines[end].text).replace("\f", " ")
        if raw[:1].strip() and not (
            _ROW_NUMBER.match(raw) or _GROUP_LINE.match(raw) or (group and _misread_group(raw))
        ):
            break  # words at the page's left edge: the text after the table
        g = _GROUP_LINE.match(raw)
        n = _ROW_NUMBER.match(raw)
        if group and not n and not (g and roman_value(g.group(1))) and _misread_group(raw):
            # The next group's numeral as a scan's OCR read it: "n" for II, "HI" for III.
            group, sub = group + 1, 0
            anchors.append((end, roman_numeral(group), True))
            expected = 1
        elif g and roman_value(g.group(1)) == group + 1 and not g.group(2):
            group, sub = group + 1, 0
            anchors.append((end, g.group(1), True))
            expected = 1
        elif g and roman_value(g.group(1)) == group and g.group(2) == str(sub + 1):
            sub += 1
            anchors.append((end, f"{g.group(1)}.{g.group(2)}", True))
        elif n and (
            int(n.group(1)) == expected
            or (int(n.group(1)) == 1 and anchors and anchors[-1][2])  # again under a group
            # … or on through the groups ("I", 1–8, "II", 9–14)
            or (anchors and anchors[-1][2] and int(n.group(1)) == last + 1 > 1)
        ):
            last = int(n.group(1))
            anchors.append((end, n.group(1), False))
            expected = int(n.group(1)) + 1
        end += 1
    rows = [a for a in anchors if not a[2]]
    if len(rows) < _MIN_ROWS:
        return None
    grid = Grid(lines[first].no, [(lines[first].no, header)], form="layout")
    # A task's lines start at the task column's left edge: where most lines start left
    # of the task header's middle (other cells' lines stand right of it).
    labelled = {k for k, _, _ in anchors}
    starts = [
        p[0].start
        for j in range(i, end)
        if j not in labelled
        and (p := _pieces(lines[j].raw or lines[j].text, 0))
        and p[0].start < centres[task_at]
    ]
    task_left = max(set(starts), key=starts.count) if starts else 0
    lines, refs = _references(lines, i, end, header, centres, order, task_left)
    blocks, end = _blocks(lines, i, end, anchors, task_left, tests, set(refs))
    for (k, label, grouped), block in zip(anchors, blocks, strict=True):
        cells = [""] * len(header)
        cells[order.index("number")] = label
        placed = _place(lines, block, k, order, centres, tests)
        for col, text in placed.items():
            if col == task_at or not grouped:  # a group's title, its only cell
                cells[col] = text
        if not grouped:
            for col, ref in (refs[j] for j in block if j in refs):
                cells[col] = f"{cells[col]} {ref}".strip()
        grid.rows.append((lines[k].no, cells))
    return grid, first, end


def _references(
    lines: list[Line],
    begin: int,
    end: int,
    header: list[str],
    centres: list[float],
    order: list[str],
    task_left: int,
) -> tuple[list[Line], dict[int, tuple[int, str]]]:
    """The lines with a reference column's numbers blanked, and those numbers by line.

    Each number is given with its column, one of those between the row's number and its
    task. A column that refers to another text's items ("Theo NQ 01": 48, 116; "II" on
    a group's line) stands beside the row's number, left of the task: read as where a
    task's line starts, its number would open the task's words ("48 Luật Tài nguyên …")
    and, standing at no task's edge, hide the line that opens a row from the row cuts.
    """
    number_at, task_at = order.index("number"), order.index("task")
    between = [c for c in range(len(header)) if c != number_at and centres[c] < centres[task_at]]
    if not between:
        return lines, {}
    out = list(lines)
    refs: dict[int, tuple[int, str]] = {}
    for j in range(begin, end):
        raw = (lines[j].raw or lines[j].text).replace("\f", " ")
        for p in _pieces(raw, 0):
            if not (_LABEL_WIDTH < p.start < task_left - _TASK_SLACK) or not _REFERENCE.match(
                p.text
            ):
                continue
            col = min(between, key=lambda c: abs(p.centre - centres[c]))
            refs[j] = (col, p.text)
            body = lines[j].raw or lines[j].text
            blank = body[: p.start] + " " * len(p.text) + body[p.start + len(p.text) :]
            out[j] = replace(lines[j], raw=blank)
    return out, refs


def _misread_group(raw: str) -> bool:
    """Whether a line is a group's, its numeral misread: "n    CHUYEN DICH", "HI HOAN THIEN".

    A few letters a Roman numeral's strokes are read as, then a title in capitals.
    """
    m = _MISREAD_GROUP.match(raw)
    if m is None:
        return False
    letters = [c for c in m.group(2) if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return len(m.group(2).split()) >= _TITLE_WORDS and upper >= _TITLE_CAPS * len(letters)


def _caps_title(line: Line) -> bool:
    """Whether a line holds a title's words in capitals (some lost to the OCR), no number."""
    text = (line.raw or line.text).replace("\f", " ")
    letters = [c for c in text if c.isalpha()]
    return (
        len(letters) >= _TITLE_LETTERS
        and not _DIGIT.search(text)
        and sum(c.isupper() for c in letters) >= _TITLE_CAPS * len(letters)
    )


def _is_page_foot(lines: list[Line], j: int) -> bool:
    """Whether ``lines[j]`` is a page's number, set off by a form feed or a blank line.

    A number alone within the rows is else a cell's last line ("2050" of "… tầm nhìn
    đến năm" / "2050"): taken for a page's foot, it would leave its row a line short.
    """
    raw = lines[j].raw or lines[j].text
    if not _PAGE_NUMBER.match(raw.replace("\f", " ")) or len(raw) - len(raw.lstrip()) <= 8:
        return False
    after = lines[j + 1] if j + 1 < len(lines) else None
    return (
        "\f" in raw or lines[j].blank_before or after is None or after.blank_before or _fed(after)
    )


def _task_words(lines: list[Line], idx: int, task_left: int) -> str | None:
    """The words a line holds at the task column's left edge, or None."""
    raw = (lines[idx].raw or lines[idx].text).replace("\f", " ")
    n = _ROW_NUMBER.match(raw)
    if n is not None:
        raw = " " * len(n.group(0)) + raw[len(n.group(0)) :]
    got = _pieces(raw, 0)
    if got and abs(got[0].start - task_left) <= _TASK_SLACK:
        return got[0].text
    return None


def _goes_on(lines: list[Line], after: list[int], task_left: int) -> bool:
    """Whether the first task words after a cut go on with a sentence (in lower case).

    A blank line the scan left inside a row's task ("… thuong mai tu do the" / "he mdi
    va …") is no cut between two rows.
    """
    first = next((w for j in after if (w := _task_words(lines, j, task_left))), None)
    return first is not None and first[:1].islower()


def _opens_row(
    lines: list[Line], after: list[int], before: list[int], task_left: int, tests: CellTests
) -> bool:
    """Whether a cut falls before a task's first words.

    The first task words after it open with a capital, after a line that ends a
    sentence (or none), or with an action.
    """
    first = next((w for j in after if (w := _task_words(lines, j, task_left))), None)
    last = next((w for j in reversed(before) if (w := _task_words(lines, j, task_left))), None)
    if first is None or not first[:1].isupper():
        return False
    return last is None or last.rstrip().endswith((".", ";", ":", ")")) or tests.opens_task(first)


def _blocks(
    lines: list[Line],
    begin: int,
    end: int,
    anchors: list[tuple[int, str, bool]],
    task_left: int,
    tests: CellTests,
    refs: set[int],
) -> tuple[list[list[int]], int]:
    """Each anchor's lines, and the index of the line after the table's last.

    A group's line is its own; a row's lines are around its number line. Between two
    rows' number lines, the lines split at a blank line or a page's foot that leaves the
    upper row as many lines below its middle as above it (give or take one), else where
    it has exactly as many; so does the last row end, the lines after it (indented prose
    after the table) the text's own.
    """
    # A copy that sets each cell at its row's top puts the number on the row's first
    # line: no row under the header or a group's line has a line above its number.
    firsts = [
        k
        for a, (k, _, grouped) in enumerate(anchors)
        if not grouped and (a == 0 or anchors[a - 1][2])
    ]
    starts = [begin] + [k + 1 for k, _, grouped in anchors if grouped]
    top_aligned = all(
        not any(not _is_page_foot(lines, j) for j in range(max(x for x in starts if x <= k), k))
        for k in firsts
    )
    out: list[list[int]] = []
    top = begin
    for a, (k, _, grouped) in enumerate(anchors):
        above = [j for j in range(top, k) if not _is_page_foot(lines, j)]
        nxt = anchors[a + 1] if a + 1 < len(anchors) else None
        stop = nxt[0] if nxt is not None else end
        gap = [j for j in range(k + 1, stop) if not _is_page_foot(lines, j)]
        if grouped and not top_aligned and _caps_title(lines[k]):
            # A group's title runs on in capitals: "CHUYEN DICH" / "CO CAU KINH TE …".
            cut = next((p for p, j in enumerate(gap) if not _caps_title(lines[j])), len(gap))
            below = gap[:cut]
            top = gap[cut] if cut < len(gap) else stop
        elif top_aligned:
            # The last row ends at a blank line: what follows is the text's own.
            end_at = next((p for p, j in enumerate(gap) if p and lines[j].blank_before), None)
            below, above = (gap if nxt is not None or end_at is None else gap[:end_at]), []
            top = stop
        else:
            cuts = [
                p
                for p in range(len(gap) + 1)
                if p in (0, len(gap))
                or lines[gap[p]].blank_before
                or any(_is_page_foot(lines, j) for j in range(gap[p - 1] + 1, gap[p]))
            ]
            # A row of an even number of lines may set its number one line below its
            # middle and a reference number beside it (see ``_references``) one line
            # above: the middle falls between the two, and the row has one line fewer
            # below it than above.
            lower = 1 if above and above[-1] == k - 1 and above[-1] in refs else 0
            mid = len(above) - lower
            want = min(mid, len(gap))
            near = [
                p
                for p in cuts
                if abs(p - mid) <= 1
                and 0 < p < len(gap)
                and not _goes_on(lines, gap[p:], task_left)
            ]
            cut = min(near, key=lambda p: abs(p - mid)) if near else want
            # … where the two numbers tell the middle, no cut is guessed from the words.
            if not near and not lower:
                # A cell of an even number of lines leaves its row's middle one off: of
                # the balanced cuts, the one before a task's first line (a capital after
                # a line that ends a sentence or none) rather than inside a task's words.
                opens = [
                    p
                    for p in range(max(0, want - 1), min(len(gap), want + 1) + 1)
                    if _opens_row(
                        lines, gap[p:] + ([nxt[0]] if nxt else []), gap[:p], task_left, tests
                    )
                ]
                if opens and want not in opens:
                    cut = min(opens, key=lambda p: abs(p - want))
            below = gap[:cut]
            top = gap[cut] if cut < len(gap) else stop
        out.append([*above, k, *below])
    last = max(out[-1]) + 1 if out else begin
    return out, last


def _place(
    lines: list[Line],
    block: list[int],
    k: int,
    order: list[str],
    centres: list[float],
    tests: CellTests,
) -> dict[int, str]:
    """A row's cells by column: its pieces placed by where they stand."""
    task_at = order.index("task")
    number_at = order.index("number")
    pieces: list[_Piece] = []
    for j, idx in enumerate(block):
        raw = (lines[idx].raw or lines[idx].text).replace("\f", " ")
        if idx == k:
            n = _LABEL.match(raw) or (_MISREAD_LABEL.match(raw) if _misread_group(raw) else None)
            if n is not None:
                raw = " " * len(n.group(0)) + raw[len(n.group(0)) :]
        pieces += _pieces(raw, j)
    if not pieces:
        return {}
    task_left = min(p.start for p in pieces)
    nearest = _nearest(centres)
    split: list[_Piece] = []
    for p in pieces:
        head, time = p, None
        m = _TRAILING_TIME.match(p.text)
        if m and "time" in order and not tests.is_time(p.text):
            cut = len(m.group("head")) + 1
            time = _Piece(m.group("time"), p.start + cut, p.line)
            if p.start > task_left + 2 or nearest(time) == order.index("time"):
                head = _Piece(m.group("head"), p.start, p.line)
            else:
                time = None
        if head.start <= task_left + 2:
            others = [
                q.start + len(q.text) for q in pieces if q is not p and q.start <= task_left + 2
            ]
            edge = max(others) if others else 1 << 30
            split += _unglued(head, nearest, task_at, tests, edge)
        else:
            split.append(head)
        if time is not None:
            split.append(time)
    task = [p for p in split if p.start <= task_left + 2]
    # A task's line the scan's OCR cut with a gap ("Tuyen cao toc Cam      - Lao Bao"):
    # its second piece still stands nearest the task column.
    lined = {p.line for p in task}
    task += [
        p
        for p in split
        if p.start > task_left + 2
        and p.line in lined
        and nearest(p) == task_at
        and not tests.is_time(p.text)
    ]
    rest = sorted((p for p in split if p not in task), key=lambda p: p.centre)
    others = [c for c in range(len(order)) if c not in (task_at, number_at)]
    groups = _columns(rest, [centres[c] for c in others], [order[c] == "note" for c in others])
    last = " ".join(p.text for p in groups[-1])
    if (
        order[others[-1]] == "time"
        and len(groups) > 1
        and not _DIGIT.search(last)
        and not tests.is_time(last)
    ):
        # Words with no number that read as no time: a row without a time, its last
        # cell's pieces.
        groups[-2], groups[-1] = groups[-2] + groups[-1], []
    out: dict[int, str] = {task_at: " ".join(p.text for p in sorted(task, key=lambda p: p.line))}
    for col, mine in zip(others, groups, strict=True):
        if mine:
            out[col] = " ".join(p.text for p in sorted(mine, key=lambda p: (p.line, p.start)))
    return out


def _nearest(centres: list[float]) -> Callable[[_Piece], int]:
    def column(p: _Piece) -> int:
        return min(
            range(len(centres)),
            key=lambda c: abs(p.centre - centres[c]),
        )

    return column


def _unglued(
    p: _Piece, nearest: Callable[[_Piece], int], task_at: int, tests: CellTests, edge: int
) -> list[_Piece]:
    """A task's line and, one space after its words, another cell's first words.

    A full line keeps one space between a task's last word and a body's name in the
    next column ("… cấp tỉnh giai Đảng ủy UBND"): the line runs past where the row's
    other task lines end (``edge``, the task column's width: a task's own line wraps
    within it), and the name, standing nearer another column than the task's, is that
    column's: the first such that names bodies only or follows no word that takes it
    as its object ("của Ủy ban nhân dân tỉnh …"), else the first.
    """
    if p.start + len(p.text) <= edge + _OVERRUN:
        return [p]
    found: list[tuple[bool, int]] = []  # (after a word taking an object, where)
    for m in re.finditer(r"(?<= )(?=[A-ZĐÀ-Ỹ])", p.text):
        at = m.start()
        head, tail = p.text[:at].rstrip(), p.text[at:]
        if (
            head
            and nearest(_Piece(tail, p.start + at, p.line)) != task_at
            and tests.opens_body(tail)
        ):
            found.append((head.split()[-1].lower() in TAKES_OBJECT, at))
    if not found:
        return [p]
    # The first that is bodies only, or that no word takes as its object, else the first.
    at = next((a for taken, a in found if not taken or tests.is_owners(p.text[a:])), found[0][1])
    return [
        _Piece(p.text[:at].rstrip(), p.start, p.line),
        _Piece(p.text[at:], p.start + at, p.line),
    ]


_OVERRUN = 3  # characters a task's line may run past the row's other lines
_EMPTY = 400.0  # what a column left empty costs (a row's cells are mostly filled)
_EMPTY_NOTE = 0.0  # … but a "Ghi chú" column is mostly empty
_SHIFT = 4.0  # columns a cell may stand off its header's middle at no cost
_FAR = 0.1  # … and the cost of each column further, squared, for each of its pieces


def _columns(pieces: list[_Piece], centres: list[float], notes: list[bool]) -> list[list[_Piece]]:
    """Pieces (sorted by centre) split into the columns in order, each a run of them.

    The split that keeps each column's pieces closest together, around their mean (the
    copy moves a full line's cells to the left, so the header's centres only order the
    columns); a column left empty costs.
    """
    n, m = len(pieces), len(centres)
    inf = float("inf")
    xs = [p.centre for p in pieces]

    def cost(a: int, b: int, c: int) -> float:
        if a == b:
            return _EMPTY_NOTE if notes[c] else _EMPTY
        mean = sum(xs[a:b]) / (b - a)
        # A column's pieces far from its header's middle: a cell split in two to fill a
        # column the row leaves empty ("Ghi chú") rather than a line moved left.
        far = max(0.0, abs(mean - centres[c]) - _SHIFT)
        return sum((x - mean) ** 2 for x in xs[a:b]) + _FAR * (b - a) * far**2

    best = [[inf] * (n + 1) for _ in range(m + 1)]
    back = [[0] * (n + 1) for _ in range(m + 1)]
    best[0][0] = 0.0
    for c in range(1, m + 1):
        for b in range(n + 1):
            for a in range(b + 1):
                v = best[c - 1][a] + cost(a, b, c - 1)
                if v < best[c][b]:
                    best[c][b], back[c][b] = v, a
    out: list[list[_Piece]] = []
    b = n
    for c in range(m, 0, -1):
        a = back[c][b]
        out.append(pieces[a:b])
        b = a
    out.reverse()
    return out
