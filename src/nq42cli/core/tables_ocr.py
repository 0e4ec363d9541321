"""A task table OCR'd from a scan: its cells interleaved line by line, anchored on time cells.

Tesseract reads a table's page line by line across the columns, so a row's cells come
out interleaved: a line holds the task cell's first words, the time cell's "Tháng",
the owner cells' first words and the supervisor's; the next holds the task's next words
and "12/2026"; the owner cells' last words trail on the lines after. Or the row's cells
stand around its middle line, which holds its number, the task's middle words, its span
of years ("2021-2025") and the lead's and partners' first words. The header is repeated
on every page (or lost on the first, or written one cell per line), group rows are
"<numeral> |<body>" with the numeral often misread ("HE" for II) or "N | <topic>" over
decimal rows, and the row numbers are read as "l", "s", "„__", "13" for 1.3 or not at
all. No column position survives, no rule splits a line into its cells.

What still reads is the time cell: each row has one, a month and year ("12/2026", with
"Tháng" a line or two above or before it) or a span of years standing between the
task's words and an owner's. That is the row's anchor. The row's task opens at a line
that starts with a capitalised word followed by plain lower-case words (a task's
sentence), once a row number's debris is stripped: on the time word's line or above
it, else on the first line below it; with no time word, the last such line above the
time cell's. A line of bodies' names only (an owner cell), of another column's repeated
content (a supervisor, "Các đơn vị có liên quan") or of the page's header is not a task.
A group row that names a body owns the rows under it (its chủ trì cell names its head);
under a topic, the lead is the body the time cell's line names after the cell.

Precision first: only a clean "MM/YYYY" (1 <= MM <= 12) or span of years is a time
cell; "0/2026" or a lost "Thá" leaves the row undated, years the task's words name
("giai đoạn 2016-2020") are no cell, and a table is read only under an OCR'd header
("STT Nhiệm vụ … Thời gian …" on one line, or its cells one a line) with three anchored
rows at least.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from nq42cli.core.layout import Grid, Line
from nq42cli.core.tables import CellTests, cells_grid
from nq42cli.core.tables_people import SURNAMES, person, post
from nq42cli.core.text import fold
from nq42cli.core.vocab import roman_value

__all__ = ["calendar_grids", "day_block_grids", "day_led_grids", "ocr_grids", "schedule_grids"]

# A time cell's month and year, alone (not a day's "05/12/2025", a ratio "24/7" or a
# caption's "% /12/2025").
_MONTH = re.compile(r"(?<![\w/.,%])(\d{1,2})/((?:19|20)\d\d)(?![\w/])")
# A quarter's cell after a cell's bar: "| Quý 1/2026" (its month-like "1/2026" read on).
_QUARTER = re.compile(r"\|\s*(?P<q>[Qq]uý\s+)$")
# Where a cell may start though lower-case words follow it: after a finished sentence.
_CELL_BEFORE = re.compile(r"[^\W\d_]{2}\.\s+$")
# The time cell's word, on its own (its month and year on another line).
_MONTH_WORD = re.compile(r"(?<!\w)Tháng(?!\s*\d)")
# A group row: a numeral (read right or not) and a body's name after a cell's bar.
_GROUP = re.compile(r"^([^\W\d_]{1,4})\s*[|\[]\s*([^\W\d_][^|\[\]]*)$")
_GROUP_WORDS = 8
# An OCR'd page's marker, after which the page's header repeats.
_PAGE = re.compile(r"^(?:=+\s*trang\s+\d+\s*=+|-+\s*page break\s*-+)$")
# A header's number column: "STT", or "TT" (thứ tự) as many scans' tables print it.
_STT = re.compile(r"s?tt\b")
# An owner heading over a table: its Arabic number, then the body's name (and a note).
_TITLE = re.compile(r"^(?P<n>\d{1,2})\.\s+(?P<title>[A-ZĐÀ-Ỹ][^|]{2,120}?)\s*:?\s*\|?$")
_TASK_COLUMN = re.compile(r"\b(?:nhiem vu|noi dung)\b")
_TIME_COLUMN = re.compile(r"\b(?:thoi gian|hoan thanh)\b")
_TITLE_REACH = 3  # lines from an owner heading to its table's "TT" line, at most
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
_TARGET = re.compile(
    r"^phan dau (?:(?:giam|tang)\b[^.;]{0,60}?\d\s*%|[^.;]{0,60}?\bdat\s+\d[\d.,]*\s)"
)
# A percentage just before a task's first word: the task's own figure.
_SHARE_BEFORE = re.compile(r"\d{1,3}(?:[.,]\d+)?\s*%\s+$")
# Time words that make a month and year the task's own phrase, not a cell.
_PHRASED = re.compile(
    r"\b(?:trong|truoc|den|tu|sau|cuoi|dau|giua|vao|het|nam|ngay|han|ky)\s+(?:thang\s+)?$"
)
# A time cell's span of years or year, between the task's words and the owner's.
_SPAN = re.compile(r"(?<![\w/.,%-])(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d(?![\w/%-])")
_YEAR = re.compile(r"(?<![\w/.,%-])(?:19|20)\d\d(?![\w/.,%-])")
# A row's decimal number ("2.4 |"): its group is the Arabic number before the point.
_DECIMAL_LABEL = re.compile(r"^[\s|]*(\d{1,2})\.\d{1,2}\b\.?")
# Years a task's words name (folded words before them): a period or horizon, no cell.
_HORIZON = re.compile(r"\b(?:giai doan|nam|tu|den|thoi ky|trung han|ke hoach|so)\W*$")
# A group row numbered in Arabic, in a table whose rows are decimals: "2 | Xây dựng …".
_ARABIC_GROUP = re.compile(r"^(\d{1,2})\s*\|?\s+([^\W\d_].*)$")
# A header's words beside its "STT" line (the OCR puts the taller cells' lines around it).
_HEADER_WORDS = re.compile(r"\b(?:thoi gian|hoan thanh|thuc hien|chu tri|phoi hop|phu trach)\b")
_HEADER_CELL_WORDS = 6
_SPLIT = 14  # lines between two rows' time cells: more, and they are two tables


_Group = tuple[int, str, str, bool]  # line index, numeral as read, title, names a body
_Piece = tuple[int, str]  # line index, the words the task column may hold


@dataclass(slots=True)
class _Row:
    anchor: int  # index of the line with the time cell
    time: str  # "12/2026", "2021-2025", or "" when the cell does not read cleanly
    task: list[str] = field(default_factory=list)
    group: int = -1  # index into the groups
    first: int = -1  # index of the task's first line
    lead: str = ""


def _header_at(lines: list[Line], i: int) -> bool:
    """An OCR'd header's "STT" line: the task column's and the time column's names near it."""
    f = fold(lines[i].text)
    if not _STT.match(f) or not re.search(r"\b(?:nhiem vu|noi dung)\b", f):
        return False
    near = " ".join(fold(x.text) for x in lines[max(0, i - 2) : i + 3])
    # "Giai đoạn thực hiện": a plan's table whose time column gives each row its years
    # (the header's words, not a period a task names: no year after them).
    return "thoi gian" in near or re.search(r"\bgiai doan\b(?!\s*\d)", near) is not None


def _cells_header_at(lines: list[Line], i: int) -> bool:
    """A header written one cell per line ("STT", "Nội dung …", "Thời gian …") at ``lines[i]``.

    Its pages' rows may still be OCR'd across the columns (a scan's later pages).
    """
    if fold(lines[i].text).strip(" .:") not in ("stt", "tt"):
        return False
    near = [fold(x.text) for x in lines[i + 1 : i + 1 + _HEADER_REACH]]
    return (
        bool(near)
        and re.match(r"(?:nhiem vu|noi dung)\b", near[0]) is not None
        and any(f.startswith("thoi gian") for f in near)
    )


def _page_at(line: Line) -> bool:
    return bool(_PAGE.match(fold(line.text)))


def _header_lines(lines: list[Line]) -> set[int]:
    """The header blocks.

    A page's from its marker down to the line after its "STT" line; the lines around an
    "STT" line that name columns; a header's cells one a line.
    """
    out: set[int] = set()
    for i, x in enumerate(lines):
        f = fold(x.text)
        if _STT.match(f):
            out.add(i)
            near = range(max(0, i - 2), min(len(lines), i + 3))
            out.update(k for k in near if _HEADER_WORDS.search(fold(lines[k].text)))
        if f.strip(" .:") in ("stt", "tt"):
            k = i + 1
            while k < len(lines) and k - i <= _HEADER_REACH + 2 and _header_cell(lines[k].text):
                out.add(k)
                k += 1
        if not _page_at(x):
            continue
        out.add(i)
        stt = next(
            (
                k
                for k in range(i + 1, min(len(lines), i + 1 + _HEADER_REACH))
                if _STT.match(fold(lines[k].text))
            ),
            None,
        )
        if stt is not None:
            out.update(range(i, min(len(lines), stt + 2)))
    return out


def _header_cell(text: str) -> bool:
    """A header's cell on its own line: a few words, no number."""
    return len(text.split()) <= _HEADER_CELL_WORDS and not re.search(r"\d", text)


def _group(line: Line) -> tuple[str, str] | None:
    m = _GROUP.match(line.text.strip())
    if m is None or not m.group(1).isupper():
        return None
    title = m.group(2).strip()
    if len(title.split()) > _GROUP_WORDS or not title[:1].isupper() or _MONTH_WORD.search(title):
        return None
    return m.group(1), title


def _titled(lines: list[Line], header: set[int], tests: CellTests) -> list[_Group]:
    """Owner headings over a header: "1. Phòng Công nghệ thông tin (6 NV trọng tâm):".

    A notice giving each office its own table heads each with the office's name; the
    table's rows are that office's (its rows name no owner of their own). The header
    under it names the task and time columns, its "TT" read or not ("„ Nhiệm vụ").
    """
    out: list[_Group] = []
    for k, x in enumerate(lines):
        m = _TITLE.match(x.text.strip())
        if m is None or k in header:
            continue
        near = " ".join(fold(y.text) for y in lines[k + 1 : k + 1 + _TITLE_REACH])
        if not (_TASK_COLUMN.search(near) and _TIME_COLUMN.search(near)):
            continue
        title = re.sub(r"\s*\([^()]*\)\s*:?$", "", m["title"]).strip(" :")
        if tests.is_owners(title):
            # Numbered as a group row is (in Roman), over rows numbered from 1 again.
            out.append((k, _roman(int(m["n"])), title, True))
    return out


def _name_goes_on(above: str, text: str, tests: CellTests) -> bool:
    """Whether ``text`` goes on with a name the line ``above`` ends in, cut by the wrap.

    "… Quy hoạch Bưu chính viễn thông tỉnh Bắc" then "Giang đến năm 2015 …": the
    capitalised word ends the place's name, it opens no task.
    """
    last = above.rstrip().rsplit(" ", 1)[-1]
    # A line of several cells ("… | 2022-2025 | … ngành Thu") ends in another column.
    return (
        "|" not in above
        and len(last) >= 2
        and last[0].isupper()
        and last[1:].isalpha()
        and last[1:].islower()
        and not tests.opens_task(text)
    )


def _keys(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(text)]


def _opening(text: str, repeated: set[tuple[str, ...]], tests: CellTests | None) -> int | None:
    """Where a task's sentence starts in a line's words, past a row number's debris.

    A capitalised word of two letters or more, then mostly plain lower-case words; the
    debris before it holds no word of three letters. None when the words do not so open,
    or are an owner cell's words (bodies' names and nothing after) or open with another
    column's words that several rows repeat (not an action either).
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
        action = tests is not None and tests.opens_task(text[at:])
        if tests is not None and not action and tests.owner_tail(text[at:]) == "":
            return None  # names only: an owner cell (a subject with its verb is a task)
        if tests is not None and not action and head in ("Các", "Những"):
            return None  # a collective with no verb: the partner cell ("Các Vụ, đơn vị …")
        if tuple(_keys(" ".join(words[:_OPEN_WORDS]))) in repeated and not action:
            return None
        # "- 50% Trang TTĐT đăng tải …": the share a target sets opens its sentence (a
        # row's number is never a percentage).
        share = _SHARE_BEFORE.search(text[:at])
        return at if share is None else share.start()
    return None


def _plain(word: str) -> bool:
    """A word a sentence goes on with: lower-case letters, or a number ("05", "1.500")."""
    return (word.isalpha() and word.islower()) or bool(re.fullmatch(r"\d+(?:[.,]\d+)*", word))


def _repeated(lines: list[Line]) -> set[tuple[str, ...]]:
    """Runs of four words that several lines hold past their first word.

    Another column's content repeated by rows (a supervisor, the partner cell's "Các
    đơn vị có liên quan"), which stands after a cell's words on some lines; tasks that
    open alike ("Phấn đấu hoàn thành …") open their lines.
    """
    seen: Counter[tuple[str, ...]] = Counter()
    for x in lines:
        keys = _keys(x.text)
        seen.update({tuple(keys[k : k + _OPEN_WORDS]) for k in range(1, len(keys) - 3)})
    return {k for k, n in seen.items() if n >= _REPEATED}


def _wordy(text: str) -> bool:
    """Whether a piece holds words more than debris (OCR noise is short tokens and marks)."""
    toks = text.split()
    good = [t for t in toks if len(t.strip(',.;:()"“”')) >= 2 and t.strip(',.;:()"“”').isalpha()]
    return bool(toks) and len(good) * 2 >= len(toks)


def _task(pieces: list[_Piece], n: int, o: int, end: int) -> list[str]:
    """A task's words: its opening piece from the opening on, then the wordy pieces to ``end``."""
    return [pieces[n][1][o:]] + [t for _, t in pieces[n + 1 : end] if _wordy(t)]


def _numbers(groups: list[_Group]) -> list[str]:
    """Groups' numerals: Roman ones by their sequence, Arabic ones as read.

    The Roman sequence starts where most clean readings agree (the OCR misreads some).
    """
    if groups and groups[0][1].isdigit():
        return [g[1] for g in groups]
    reads = [g[1] for g in groups]
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


def _cell(text: str, opens_body: Callable[[str], bool]) -> tuple[int, int, str] | None:
    """A line's time cell: where it starts and ends, and what it reads (or "": garbled).

    One month and year ("12/2026"; a month out of 1-12 is garbled); else one span of
    years with the task's words before it and the owner's after it, not a period the
    task's words name ("giai đoạn 2021-2025"); else one year so set, a body's name
    right after it (the chủ trì cell).
    """
    months = list(_MONTH.finditer(text))
    if len(months) == 1:
        m = months[0]
        after = text[m.end() :].strip(" |_")
        before = text[: m.start()]
        if (q := _QUARTER.search(before)) is not None:
            # "… khó khăn, | Quý 1/2026 xố …": a quarter, set apart by the cell's bar.
            return q.start("q"), m.end(), f"{q['q']}{m.group(0)}" if int(m.group(1)) <= 4 else ""
        if _PHRASED.search(fold(before)) or (
            after
            and not after[:1].isupper()
            and not _CELL_BEFORE.search(before)
            and not opens_body(after)
        ):
            # "… hoàn thành trong tháng 12/2026 và báo cáo …": a task's own words; a
            # time cell stands before the owner cell's name ("các Hội KHKT" too), or
            # ends the line, or after the task's finished sentence ("… theo Kế hoạch.
            # 12/2026 | 2°…": debris after it).
            return None
        return m.start(), m.end(), m.group(0) if 1 <= int(m.group(1)) <= 12 else ""
    if months:
        return None
    for pattern in (_SPAN, _YEAR):
        found = [
            m
            for m in pattern.finditer(text)
            if text[: m.start()].strip(" |_")
            and (text[m.end() :].strip(" |_.") or (pattern is _SPAN and _last_cell(text, m)))
            and (not _HORIZON.search(fold(text[: m.start()])) or _barred(text, m))
            and (pattern is _SPAN or opens_body(text[m.end() :].strip(" |_")))
        ]
        if len(found) == 1:
            m = found[0]
            return m.start(), m.end(), re.sub(r"\s", "", m.group(0))
        if found or (pattern is _SPAN and any(True for _ in _SPAN.finditer(text))):
            return None
    return None


def _last_cell(text: str, m: re.Match[str]) -> bool:
    """Whether a span of years ends a line of cells set apart by bars: the last column's.

    "Tổ chức công bố … | Bộ Văn hóa, | Các bộ, ngành | 2024 - 2025": the time column
    printed last, the owners' cells before it, two bars at least.
    """
    return text[: m.start()].count("|") >= _LAST_CELL_BARS


_LAST_CELL_BARS = 2


def _barred(text: str, m: re.Match[str]) -> bool:
    """A span of years in a cell of its own, the line's last: "… | Bộ Kế hoạch | 2024 - 2025".

    The bar sets it apart from the words before it ("Bộ Kế hoạch" names a body, not a
    plan's period).
    """
    return _last_cell(text, m) and text[: m.start()].rstrip().endswith("|")


def _top_row(text: str, cell: tuple[int, int, str]) -> bool:
    """Whether a span of years ends its line as the last of the row's cells (its first line).

    A table printed with its time column last gives each row's first line all its
    cells' first words, bars between them: the task opens there, not above.
    """
    return (
        bool(cell[2])
        and "/" not in cell[2]
        and not text[cell[1] :].strip(" |_.")
        and text[: cell[0]].count("|") >= _LAST_CELL_BARS
    )


def _scan(
    lines: list[Line], header: set[int], opens_body: Callable[[str], bool]
) -> tuple[list[_Group], list[tuple[int, tuple[int, int, str]]]]:
    """The group rows, and the lines that hold a time cell (the rows' anchors)."""
    groups: list[_Group] = []
    anchors: list[tuple[int, tuple[int, int, str]]] = []
    for i, x in enumerate(lines):
        if i in header:
            continue
        g = _group(x)
        if g is not None:
            groups.append((i, *g, True))
            continue
        cell = _cell(x.text, opens_body)
        if cell is not None:
            anchors.append((i, cell))
    # A line "N | Title" (or "N Title") heads a group when the next decimal-numbered row
    # below it is "N.…": the table numbers its rows within Arabic groups.
    labels = [(i, m.group(1)) for i, x in enumerate(lines) if (m := _DECIMAL_LABEL.match(x.text))]
    at = {i for i, _ in anchors}
    for i, x in enumerate(lines):
        m = _ARABIC_GROUP.match(x.text.strip())
        if i in header or i in at or m is None or not m.group(2)[:1].isupper():
            continue
        below = next((n for k, n in labels if k > i), None)
        if below == m.group(1):
            groups.append((i, m.group(1), m.group(2).strip(" |"), False))
    groups.sort()
    return groups, anchors


def _pieces(
    lines: list[Line], start: int, at: int, cell: tuple[int, int, str], header: set[int]
) -> tuple[list[_Piece], int]:
    """A row's lines as the task column may hold them, and which one has the time's word.

    The line with the time cell is cut before it, the time word's line before its word:
    what stands right of them is the owner cells'.
    """
    pieces: list[_Piece] = []
    worded = -1
    for k in range(start, at + 1):
        if k in header:
            continue
        text = lines[k].text
        if k == at:
            text = _DECIMAL_LABEL.sub("", text[: cell[0]])
        elif (w := _MONTH_WORD.search(text)) is not None:
            text = text[: w.start()]
            worded = len(pieces)
        pieces.append((k, text.strip(" |[_")))
    return pieces, worded


def _rows_at(
    pieces: list[_Piece],
    worded: int,
    row: _Row,
    repeated: set[tuple[str, ...]],
    tests: CellTests,
    *,
    labelled: bool,
    top: bool = False,
) -> list[_Row]:
    """The row anchored on a time cell, and before it a row whose time cell was lost.

    ``top``: the time cell ends a line of the row's cells set apart by bars (see
    :func:`_top_row`); a task that opens on that line is the row's, the lines above it
    the row above's tails or a group's title.
    """
    opens = [
        (n, o)
        for n, (_, text) in enumerate(pieces)
        if (o := _opening(text, repeated, tests)) is not None
        and not (n > 0 and _name_goes_on(pieces[n - 1][1], text[o:], tests))
    ]
    if worded >= 0:
        # The row's task opens on the time word's line or above it (the last opening
        # there: an earlier one is the row above's tail or a row whose time cell was
        # lost), else below it (the task's cell starts lower than the time's).
        before = [x for x in opens if x[0] <= worded]
        chosen = before[-1] if before else opens[0] if opens else None
    else:
        # No time word: the row's cells stand around its time cell's line, the task's
        # first line above it (the last opening there: the lines between are the
        # task's); on the time cell's line only when nothing above opens.
        above = [x for x in opens if x[0] < len(pieces) - 1]
        chosen = above[-1] if above else opens[-1] if opens else None
        if labelled and opens and opens[-1][0] == len(pieces) - 1:
            # The row's number and its task's first words on the time cell's line: the
            # task is one line (an opening above is a row whose time cell was lost).
            chosen = opens[-1]
    if top and opens and opens[-1][0] == len(pieces) - 1:
        chosen = opens[-1]
        opens = [chosen]
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


def _lead(text: str, tests: CellTests) -> str:
    """The body a time cell's line names right after the cell (the chủ trì cell's first line).

    The partner cell's first words follow on the same line, one space apart: the lead
    is the names before the last capitalised word that opens another body's name (a
    lead's own name holds capitalised words that the owner tests may read as opening
    one: "Tổng cục Thuế").
    """
    text = text.strip(" |_;")
    if tests.owner_tail(text) != "":
        return ""
    words = text.split()
    # The partner cell opens with a collective ("Các đơn vị …", "Các Vụ, …") more often
    # than not: the first one splits.
    plural = next((k for k in range(1, len(words)) if words[k] in ("Các", "Những")), None)
    if plural is not None and tests.owner_tail(" ".join(words[:plural])) == "":
        return " ".join(words[:plural]).strip(" |_;,")
    for k in range(len(words) - 1, 0, -1):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if words[k][:1].isupper() and tests.opens_body(rest) and tests.owner_tail(head) == "":
            return head.strip(" |_;,")
    return text.strip(" |_;,")


def _grid(lines: list[Line], rows: list[_Row], groups: list[_Group], first: int) -> Grid:
    numerals = _numbers(groups)
    grid = Grid(
        lines[first].no,
        [(lines[first].no, ["STT", "Nhiệm vụ", "Thời gian hoàn thành", "Cơ quan chủ trì"])],
        form="ocr",
    )
    place = 0
    shown = -1
    for row in rows:
        group = groups[row.group] if row.group >= 0 else None
        if row.group != shown:
            shown, place = row.group, 0
            if group is not None and group[3]:
                grid.rows.append((lines[group[0]].no, [numerals[row.group], group[2], "", ""]))
        place += 1
        # A group that names a body (a mass organisation's rows) owns its rows: their
        # chủ trì cell names its head; a topic's rows name their own, and are numbered
        # within it ("2.3": the table's task rows keep no Arabic group row).
        owner = group[2] if group is not None and group[3] else row.lead
        number = f"{group[1]}.{place}" if group is not None and not group[3] else str(place)
        task = " ".join(t for t in row.task if t)
        grid.rows.append((lines[row.first].no, [number, task, row.time, owner]))
    return grid


def _centred_tails(lines: list[Line], rows: list[_Row], header: set[int]) -> None:
    """The task's last lines, below a row's middle line, for rows centred on a span of years.

    A task cell taller than the row's other cells goes on below the time cell's line:
    the lines that open in lower case, up to the next row's first line (a month's row
    has its owner cells' tails there instead, and keeps none).
    """
    starts = sorted({r.first for r in rows} | {r.anchor + 1 for r in rows[-1:]})
    for row in rows:
        if "/" in row.time or not row.time or row.first >= row.anchor:
            continue
        stop = next((k for k in starts if k > row.anchor), row.anchor + 1)
        for k in range(row.anchor + 1, min(stop, row.anchor + 1 + _ROW_REACH)):
            text = lines[k].text.strip(" |_—–-~`'\"")
            if text.startswith("("):
                continue  # the lead cell's second line ("(Cục …) và ngoài …")
            if k in header or not text[:1].islower() or not _wordy(text):
                break
            row.task.append(text)


def _tables(
    lines: list[Line], anchors: list[tuple[int, tuple[int, int, str]]], titled: set[int]
) -> list[list[tuple[int, tuple[int, int, str]]]]:
    """The anchors split into tables.

    Apart where a header written one cell per line ("STT" alone) or a long stretch
    without a time cell falls between two rows.
    """
    out: list[list[tuple[int, tuple[int, int, str]]]] = []
    for a in anchors:
        if out:
            prev = out[-1][-1][0]
            bare = any(fold(x.text).strip(" .:") in ("stt", "tt") for x in lines[prev : a[0]])
            # "2. Phòng Bưu chính, Viễn thông:" then the header again: each body's own table
            # (a page's repeated header alone goes on with the table).
            bare = bare or any(k in titled for k in range(prev + 1, a[0]))
            if not bare and a[0] - prev <= _SPLIT:
                out[-1].append(a)
                continue
        out.append([a])
    return out


def ocr_grids(lines: list[Line], tests: CellTests) -> list[tuple[Grid, int, int]]:
    """The OCR'd task tables among ``lines``: each one's grid, first line and the line after it.

    None unless an OCR header names the task and time columns, and a table only where
    three rows at least anchor on a time cell. The grid's header is STT | Nhiệm vụ |
    Thời gian hoàn thành | Cơ quan chủ trì; a group row is its numeral and title, a row
    its place in its group, its task's words, its time and its owner.
    """
    if not any(_header_at(lines, i) or _cells_header_at(lines, i) for i in range(len(lines))):
        return []
    header = _header_lines(lines)
    # A copy one cell a line whose rows the one-cell-a-line reader reads (a PDF's copy
    # of a typed table) is that reader's: anchoring on its time cells reads it worse.
    clean: list[tuple[range, int]] = []
    for i in range(len(lines)):
        got = cells_grid(lines, i, tests) if _cells_header_at(lines, i) else None
        if got is not None:
            clean.append((range(i, got[1]), len(got[0].rows) - 1))
    groups, anchors = _scan(lines, header, tests.opens_body)
    titles = _titled(lines, header, tests)
    groups = sorted([*groups, *titles])
    repeated = _repeated(lines)
    out: list[tuple[Grid, int, int]] = []
    taken = 0
    titled = {g[0] for g in titles}
    for table in _tables(lines, anchors, titled):
        if len(table) < _MIN_ROWS:
            continue
        # A table the one-cell-a-line reader reads as many rows of is left to it, unless
        # an OCR'd page's header comes first (that reader runs on past a page break).
        if any(
            table[0][0] in r
            and n >= len(table)
            and not any(_header_at(lines, k) for k in range(r.start, table[0][0]))
            for r, n in clean
        ):
            continue
        rows: list[_Row] = []
        prev = max(table[0][0] - _ROW_REACH - 1, taken - 1)
        for at, cell in table:
            # A group row above the table read before this one heads none of its rows.
            group = max((n for n, g in enumerate(groups) if taken <= g[0] < at), default=-1)
            # A row's lines reach up to the row above's time cell or its group's row,
            # and no further than a row's height.
            start = (
                max(
                    [
                        prev,
                        at - _ROW_REACH - 1,
                        *(g[0] for g in groups if g[0] < at),
                        *(h for h in header if h < at),
                    ]
                )
                + 1
            )
            pieces, worded = _pieces(lines, start, at, cell, header)
            row = _Row(at, cell[2], group=group, lead=_lead(lines[at].text[cell[1] :], tests))
            labelled = bool(_DECIMAL_LABEL.match(lines[at].text))
            top = _top_row(lines[at].text, cell)
            rows += _rows_at(pieces, worded, row, repeated, tests, labelled=labelled, top=top)
            prev = at
        if len(rows) < _MIN_ROWS:
            continue
        _centred_tails(lines, rows, header)
        first = rows[0].first
        above = [g[0] for g in groups if first - _ROW_REACH <= g[0] < first and g[0] >= taken]
        first = min([first, *above[-1:]])
        end = rows[-1].anchor + 1
        while (
            end < len(lines)
            and end - rows[-1].anchor <= _ROW_REACH
            and not _page_at(lines[end])
            and not _STT.match(fold(lines[end].text))
            and not any(g[0] == end for g in groups)
            and _opening(lines[end].text, set(), None) is None
        ):
            end += 1
        out.append((_grid(lines, rows, groups, first), first, end))
        taken = end
    return out


# A schedule's header, OCR'd on one line: "STT Đơn vị kiểm tra, đánh giá Thời gian kiểm tra,".
_SCHEDULE_HEADER = re.compile(r"^(?:stt|tt)\b.*\bthoi gian\b")
# A schedule's row, one a line: what is visited or held, then its day ("Ngày 20 - 21/11/2017",
# "Chiều ngày 24/11/2017"), a cell's bar or a speck of the scan's ruling before either.
_SCHEDULE_ROW = re.compile(
    r"^(?:[^\w\s]{0,3}\s*[a-z]{1,3}\s+|[^\w\s]{1,3}\s*)?(?P<what>[A-ZĐÀ-Ỹ][^|]*?)\s*\|?\s*"
    r"(?:(?P<part>Sáng|Chiều|Tối)\s+)?(?P<when>[Nn]gày\s+\d{1,2}(?:\s*-\s*\d{1,2})?/\d{1,2}/(?:19|20)\d\d)"
    r"\s*$"
)
_SCHEDULE_HEADER_REACH = 3  # lines of the header's wrapped cells before the first row


def schedule_grids(lines: list[Line]) -> list[tuple[Grid, int, int]]:
    """A timetable OCR'd one row a line, each row's day at its end: its grid, first line, end.

    "STT Đơn vị kiểm tra, đánh giá Thời gian kiểm tra" then "Bệnh viện đa khoa huyện
    Hòn Đất Ngày 27/11/2017", "Trung tâm y tế huyện Kiên Hải | Chiều ngày 14/12/2017": a
    scan's schedule of visits lost its row numbers and its column bars, but each row still
    ends on its day. The rows are the lines after the header (its wrapped cells aside)
    up to the first line that does not end so; three at least. The grid's header is STT |
    Nội dung | Thời gian: what the row holds is the work scheduled, its day the time.
    """
    for i, x in enumerate(lines):
        if not x.text[:2].isalpha() or not _SCHEDULE_HEADER.match(fold(x.text)):
            continue
        rows: list[tuple[int, list[str]]] = []
        j = i + 1
        while j < len(lines):
            m = _SCHEDULE_ROW.match(lines[j].text.strip())
            if m is None and not rows and j - i <= _SCHEDULE_HEADER_REACH:
                j += 1
                continue
            if m is None:
                break
            # "Chiều ngày 24/11/2017": the day read as the time, the part of it kept after.
            when = m["when"] + (f" (buổi {m['part'].lower()})" if m["part"] else "")
            rows.append((lines[j].no, [str(len(rows) + 1), m["what"].strip(), when]))
            j += 1
        if len(rows) >= _MIN_ROWS:
            grid = Grid(x.no, [(x.no, ["STT", "Nội dung", "Thời gian"]), *rows], form="ocr")
            return [(grid, i, j)]
    return []


# A schedule's row led by its day, one a line: "Ngày 27/12/2017 | TTYT Huyện U Minh Thượng
# 14h —- 17h", the unit after the day and the hours (OCR'd "Sh—- 11h") trailing it.
_DAY_LED = re.compile(
    r"^(?:(?P<part>Sáng|Chiều|Tối)\s+)?[Nn]gày\s+(?P<day>\d{1,2}/\d{1,2}/(?:19|20)\d\d)"
    r"\s*\|?\s*(?P<who>[A-ZĐÀ-Ỹ][^|]*?)\s*(?:\|?\s*\S{0,3}h\s*[-—–]+.*)?$"
)
_DAY_LED_WORDS = 12  # a row's unit is a name, not a sentence


def day_led_grids(lines: list[Line]) -> list[tuple[Grid, int, int]]:
    """A timetable OCR'd one row a line, each row led by its day: grid, first line, end.

    "Theo lịch cụ thể như sau:" over "Ngày 10/01/2018 TTYT Thành phố Rạch Giá 14h - 17h",
    "Ngày 27/12/2017 | TTYT Huyện U Minh Thượng 14h —- 17h": the scan's table of days,
    units and hours lost its header and its grid, but each row still opens on its day
    and names the unit that acts that day. Read only under a line that announces it
    (ends with ":"), three rows at least; the grid is STT | Nội dung | Đơn vị chủ trì |
    Thời gian, the row's whole line its content.
    """
    out: list[tuple[Grid, int, int]] = []
    i = 1
    while i < len(lines):
        if not lines[i - 1].text.rstrip().endswith(":"):
            i += 1
            continue
        rows: list[tuple[int, list[str]]] = []
        j = i
        while j < len(lines):
            text = lines[j].text.strip()
            m = _DAY_LED.match(text)
            if m is None or len(m["who"].split()) > _DAY_LED_WORDS:
                break
            when = f"ngày {m['day']}" + (f" (buổi {m['part'].lower()})" if m["part"] else "")
            rows.append((lines[j].no, [str(len(rows) + 1), text, m["who"], when]))
            j += 1
        if len(rows) >= _MIN_ROWS:
            head = (lines[i - 1].no, ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"])
            out.append((Grid(lines[i - 1].no, [head, *rows], form="ocr"), i, j))
            i = j
        else:
            i += 1
    return out


# A timetable's day alone on its line, its rows' units and hours as bullets under it:
# "Sáng 13/12/2017" over "- TT Pháp Y; TTTTGDSK", "- TIPC BXH; …", "- 7h30 — 10h00".
_DAY_ALONE = re.compile(
    r"^\W{0,2}(?:(?P<part>Sáng|Chiều|Tối)\s+)?(?:[Nn]gày\s+)?(?P<day>\d{1,2}/\d{1,2}/(?:19|20)\d\d)\W{0,2}$"
)
_HOURS = re.compile(r"^\S{0,3}h\s*\d{0,2}\s*[-—–]+\s*\S{0,3}h\s*\d{0,2}\W*$")
_BULLET = re.compile(r"^\W{0,2}-\s+(?P<text>\S.*)$")


def day_block_grids(lines: list[Line]) -> list[tuple[Grid, int, int]]:
    """A timetable OCR'd one cell a line under each day: its grid, first line, end.

    "Sáng 13/12/2017" then "- TT Pháp Y; TTTTGDSK; …", "- TIPC BXH; …", then "- 7h30 —
    10h00", "- 10h00 — 11h00": the scan's table of days, units and hours read column by
    column within each day's row, so the day stands alone, the units' cells follow as
    bullets and the hours' cells after them. Each day's block is one row: the units that
    come that day, the day its time. Three blocks at least, each with its hours, so a
    list of dated bullets (no hours) is never read as one.
    """
    out: list[tuple[Grid, int, int]] = []
    i = 0
    while i < len(lines):
        if _DAY_ALONE.match(lines[i].text.strip()) is None:
            i += 1
            continue
        rows: list[tuple[int, list[str]]] = []
        j = i
        while j < len(lines) and (day := _DAY_ALONE.match(lines[j].text.strip())) is not None:
            units: list[str] = []
            at, hours = lines[j].no, 0
            k = j + 1
            while k < len(lines) and _DAY_ALONE.match(lines[k].text.strip()) is None:
                text = lines[k].text.strip()
                b = _BULLET.match(text)
                if _HOURS.match(b["text"] if b else text):
                    hours += 1
                elif b is not None and not hours:
                    units.append(b["text"])
                    at = lines[k].no if len(units) == 1 else at
                elif units and not hours and len(text.split()) <= _DAY_LED_WORDS:
                    units[-1] += " " + text
                else:
                    break
                k += 1
            if not units or not hours:
                break
            # "Sáng 13/12/2017": the day read as the time, the part of it kept after.
            when = f"ngày {day['day']}" + (f" (buổi {day['part'].lower()})" if day["part"] else "")
            rows.append((at, [str(len(rows) + 1), " ".join(units), when]))
            j = k
        if len(rows) >= _MIN_ROWS:
            head = (lines[i].no, ["STT", "Nội dung", "Thời gian"])
            out.append((Grid(lines[i].no, [head, *rows], form="ocr"), i, j))
            i = j
        else:
            i += 1
    return out


# A calendar's day and its weekday, on a line of its own but for the scan's specks: "05/01
# (thứ năm) ` : : :", "05⁄4 (thứ tư)", "03/3 (thứ sáu )"; the year is the calendar's.
_WEEKDAY_DAY = re.compile(
    r"^(?P<day>\d{1,2})\s*[/⁄]\s*(?P<month>\d{1,2})\s*\(\s*(?:th[ứử]\s+\w+|ch[ủu]\s+nh[ậa]t)\s*\)"
    r"(?P<tail>.*)$",
    re.IGNORECASE,
)
_CALENDAR_YEAR = re.compile(r"^\W*nam ((?:19|20)\d\d)\W*$")  # "NĂM 2023" under its title
_CALENDAR_TITLE = re.compile(r"\blich\b")
_CALENDAR_REACH = 10  # lines from the year's line to the first day, at most
_CALENDAR_GAP = 6  # lines between two days' rows, at most (the people's names between)
_CALENDAR_ROWS = 4
_CALENDAR_TAIL = 3  # the last row's lines after its day (its names), at most


def _weekday_day(text: str) -> re.Match[str] | None:
    m = _WEEKDAY_DAY.match(text.strip())
    if m is None or re.search(r"[^\W\d_]{2}", m["tail"]):
        return None  # specks may trail the day; words are another cell's
    day, month = int(m["day"]), int(m["month"])
    return m if 1 <= day <= 31 and 1 <= month <= 12 else None


def calendar_grids(lines: list[Line]) -> list[tuple[Grid, int, int]]:
    """A calendar OCR'd from a scan, each row's day and weekday on a line: grid, first, end.

    "LỊCH TIẾP CÔNG DÂN … NĂM 2023" over rows "05/01 (thứ năm)", "31/01 (thứ ba)" with
    the people who sit that day on the lines around each: the scan lost the grid, but
    each row's day still stands alone with its weekday. The year is the one the line
    "NĂM 2023" above the first day gives (none, no calendar: a day is never dated by a
    guess); four rows at least. The grid is STT | Nội dung | Thời gian, the row's day as
    printed its content and the day in that year its time.
    """
    for i, x in enumerate(lines):
        year = _CALENDAR_YEAR.match(fold(x.text))
        if year is None:
            continue
        days = [
            k
            for k in range(i + 1, min(len(lines), i + 1 + _CALENDAR_REACH))
            if _weekday_day(lines[k].text) is not None
        ]
        if not days:
            continue
        j = days[0]
        rows: list[tuple[int, list[str]]] = []
        last = j
        while j < len(lines) and j - last <= _CALENDAR_GAP:
            m = _weekday_day(lines[j].text)
            if m is not None:
                shown = lines[j].text.strip()[: m.end("tail") - len(m["tail"])].strip()
                when = f"ngày {int(m['day']):02d}/{int(m['month']):02d}/{year.group(1)}"
                rows.append((lines[j].no, [str(len(rows) + 1), shown, when]))
                last = j
            j += 1
        if len(rows) < _CALENDAR_ROWS:
            continue
        end = min(len(lines), last + 1 + _CALENDAR_TAIL)
        head = (x.no, ["STT", "Nội dung", "Thời gian"])
        if _sitters_header(lines[i + 1 : days[0]]):
            rows = _with_sitters(lines[i + 1 : end], rows)
            head = (x.no, ["STT", "Nội dung", "Thời gian", "Người chủ trì", "Phối hợp"])
        return [(Grid(x.no, [head, *rows], form="ocr"), i, end)]
    return []


# A calendar's columns of people: who sits ("Người tiếp", "Lãnh đạo tiếp", "Người chủ
# trì"), then who joins them ("Thành phần tham gia", "Người tham dự").
_SITTERS = re.compile(r"^(?:nguoi|lanh dao|can bo) (?:tiep|chu tri|truc)\b")
_JOINERS_HEAD = re.compile(r"^(?:thanh phan|nguoi|can bo) (?:tham gia|tham du|phoi hop)\b")
# A line's words once a merged month cell's number ("01 Trân …") and the scan's specks
# ("Thuận _-", "Hông..") are stripped.
_NAMES_LINE = re.compile(r"^[\W\d_]*(?P<words>[^\W\d_].*?[^\W\d_])[\W\d_]*$")


def _sitters_header(lines: list[Line]) -> bool:
    """Whether a calendar's header, above its first day, has a column of who sits that day."""
    heads = [fold(x.text).strip(" .:*\"'") for x in lines]
    return any(_SITTERS.match(h) for h in heads) and any(_JOINERS_HEAD.match(h) for h in heads)


def _names(text: str) -> list[str] | None:
    """The people a line names, side by side in their cells ("Ngô Công Thức Lê Minh Thuận").

    A name ends where the next family name opens another whole name; a line that parts
    so in more than one way, or not at all, names no one.
    """
    m = _NAMES_LINE.match(text.strip())
    if m is None:
        return None
    words = m["words"].split()
    if person(" ".join(words)) and not post(" ".join(words)):
        return [" ".join(words)]
    cuts = [
        k
        for k in range(2, len(words) - 1)
        if fold(words[k]) in SURNAMES
        and all(person(" ".join(p)) and not post(" ".join(p)) for p in (words[:k], words[k:]))
    ]
    return [" ".join(words[: cuts[0]]), " ".join(words[cuts[0] :])] if len(cuts) == 1 else None


def _with_sitters(
    lines: list[Line], rows: list[tuple[int, list[str]]]
) -> list[tuple[int, list[str]]]:
    """The calendar's rows with who sits each day and who joins them.

    A row's people stand in cells two lines high, the day's line between their lines: the
    scan reads the line above the day, the day, the line below, each holding a name of each
    column side by side (the sitter's first). Between two days, the first line of names is
    the earlier day's, the last the later's.
    """
    named = [(x.no, got) for x in lines if (got := _names(x.text)) is not None]
    days = [no for no, _ in rows]
    out: list[tuple[int, list[str]]] = []
    for k, (no, cells) in enumerate(rows):
        before = [g for n, g in named if n < no and (k == 0 or n > days[k - 1])]
        after = [g for n, g in named if n > no and (k + 1 == len(days) or n < days[k + 1])]
        mine = [*before[-1:], *after[:1]]
        sitters = [g[0] for g in mine]
        joiners = [g[1] for g in mine if len(g) > 1]
        out.append((no, [*cells, "; ".join(sitters), "; ".join(joiners)]))
    return out
