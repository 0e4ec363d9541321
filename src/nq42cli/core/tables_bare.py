"""Bare-piped task tables a scan's OCR printed row by row: stray bars, specks, sub-rows.

A scanned table OCR'd cell by cell and printed one row a line, its cells joined by
" | " with no bar at the line's ends, reads as a bare-piped table (see the extractor's
``_bare_piped``), but the OCR adds its own marks: a cell's rule or a speck read as a bar
("… pháp nhân | phi thương mại.", "Bộ Tư pháp; | Bộ Công an"), so a row has more pieces
than the header has columns and the header itself empty cells; specks alone in a cell
("'", "_", "¬"); a row's number lost or misread ("cố IIR"); a row cut in two, its
owners beside specks and its task's words on the next line. This module puts a row's
pieces back in their columns (:func:`bar_cells`) and reads the table whose tasks stand
beside a column of aims, "Nội dung hành động | Hành động cụ thể" (:func:`specific_rows`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable

from nq42cli.core.tables import CellTests, position_letter, runs_on
from nq42cli.core.text import fold

__all__ = [
    "bar_cells",
    "bar_width",
    "despecked",
    "specific_rows",
    "speckless",
    "unrequested",
]

_OWNER_ROLES = frozenset({"lead", "partners", "drafter", "submitter", "reviewer"})
_MERGES = 3  # bars read in one row's cells, at most: beyond, the row is kept as it is
# What a row's empty cell costs: a task is expected, a lead mostly.
_EMPTY_COST = {"task": 1.5, "lead": 0.5}
_MISFIT = 1.0  # a cell that holds what its column does not (a time column's words)
_JOIN = 1.0  # two pieces that each read as a cell joined into one
_JOIN_LOWER = 0.1  # … the second going on in lower case
_JOIN_RUNS_ON = 0.2  # … the first running on ("Bộ Tư pháp;", "và")
_SPLIT_RUN_ON = 0.5  # two cells, the first running on into the second
_LOWER_START = 1.0  # a cell that starts in lower case
_LATER = 0.01  # a stray bar earlier in the row
_NUMBER_CHARS = 8  # a number cell's characters, at most (a misread "cố IIR" too)
# Marks an OCR leaves around a cell's words: "_Các bộ", "' Ngân hàng", "12/2027 _".
_DEBRIS = " _'\"`~-—–.,:;|¬°"


# "Đề nghị Tòa án nhân dân tối cao" in an owner cell: a request to a body outside the
# Government, which owns the task as any named body does (OCR "Đê nghị").
_REQUEST = re.compile(r"^de nghi\s+\S")


def unrequested(name: str) -> str:
    """An owner's name without the "Đề nghị" of a request before it."""
    words = name.split(None, 2)
    return words[2] if _REQUEST.match(fold(name.strip())) and len(words) > 2 else name


def speckless(cell: str) -> str:
    """A cell, or "" when it holds no letter nor digit (a speck the OCR read)."""
    return cell if any(ch.isalnum() for ch in cell) else ""


# A speck the OCR read between a cell's words: "Tòa án _ nhân dân", "Viện ˆ kiểm sát",
# "được giao) —", a dash before words that go on ("nhân - dân", "và - Tôn giáo").
_SPECK_WORD = re.compile(r"^[_—–~¬`'\"ˆ°•|]+$")
_GOES_ON = frozenset(["và", "các", "của"])
# A semicolon whose lower dot the OCR lost between two bodies: "Bộ Quốc phòng: Bộ Tư pháp".
_LOST_SEMICOLON = re.compile(
    r":\s+(?:-\s+)?(?=(?:Bộ|Các|Ngân|Thanh|Ủy|Uỷ|Đề|Đê|Tòa|Toà|Viện|Văn)\b)"
)


def despecked(cell: str, *, owners: bool = False) -> str:
    """An OCR'd cell without the specks among its words (an owner cell's ":" read as ";")."""
    words = [w for w in cell.split() if not _SPECK_WORD.match(w)]
    kept = [
        w
        for k, w in enumerate(words)
        if w != "-"
        or not 0 < k < len(words) - 1
        or not (words[k + 1][:1].islower() or words[k - 1] in _GOES_ON)
    ]
    text = " ".join(kept)
    if owners:
        text = _LOST_SEMICOLON.sub("; ", text)
    return " ".join(text.split()).strip(" _'\"`~¬ˆ")


def bar_width(header: list[str], widths: list[int]) -> list[str]:
    """The header's columns: its named cells when the rows are as many pieces wide.

    An OCR'd header has empty cells where the scan's rules or specks read as bars
    ("STT | Nội dung hành động | | Hành động cụ thể | | …"); its rows, printed by the
    cells the OCR found, are as wide as its named cells. A header whose rows are as wide
    as it is (an empty cell may head a column) is kept.
    """
    named = [c for c in header if speckless(c).strip()]
    if len(named) == len(header) or not widths:
        return header
    common, _ = Counter(widths).most_common(1)[0]
    return named if common == len(named) else header


def bar_cells(cells: list[str], order: list[str], tests: CellTests) -> list[str]:
    """A row's pieces put in the header's columns (``order``: each column's role or "").

    A row with more pieces than columns has bars the OCR read inside cells: the pieces
    are joined back where it costs least — beside an empty piece, before one going on in
    lower case, after one that runs on — each column then holding what its role holds
    (a time, a body's name, a short number). A row no wider than the header is kept.
    """
    width = len(order)
    extra = len(cells) - width
    if extra <= 0:
        return cells
    if extra > _MERGES:
        return cells[:width]
    best: list[str] = cells[:width]
    least = float("inf")
    for dropped in itertools.combinations(range(1, len(cells)), extra):
        groups: list[list[str]] = [[cells[0]]]
        # Alike otherwise, the stray bars are the later ones (the row's first cells,
        # number and aim, are empty on most rows).
        cost = sum(_LATER * (len(cells) - k) for k in dropped)
        for k in range(1, len(cells)):
            if k in dropped:
                groups[-1].append(cells[k])
            else:
                cost += _split(groups[-1][-1], cells[k])
                groups.append([cells[k]])
        cost += sum(_joins(g) for g in groups)
        joined = [" ".join(p.strip() for p in g if p.strip()) for g in groups]
        cost += sum(_fit(text, role, tests) for text, role in zip(joined, order, strict=True))
        if cost < least:
            best, least = joined, cost
    return best


def _bare(text: str) -> str:
    return text.strip(_DEBRIS)


def _joins(group: list[str]) -> float:
    """What it costs that the pieces of ``group`` are one cell split by stray bars.

    A stray bar leaves an empty piece beside its cell's words, at no cost; two empty
    pieces alone are two empty cells (a sub-row's number and aim); words go on from the
    words before them where they run on or start in lower case.
    """
    words = [p for p in group if speckless(p).strip()]
    if not words:
        return _JOIN * (len(group) - 1)
    cost = 0.0
    for a, b in itertools.pairwise(words):
        if _bare(b)[:1].islower():
            cost += _JOIN_LOWER
        else:
            cost += _JOIN_RUNS_ON if runs_on(a) else _JOIN
    return cost


def _split(a: str, b: str) -> float:
    """What it costs that pieces ``a`` and ``b`` are two cells.

    A cell opens with a capital (or a bullet), and a piece that runs on goes on in the
    next one.
    """
    if not speckless(b).strip():
        return 0.0
    if _bare(b)[:1].islower():
        return _LOWER_START
    return _SPLIT_RUN_ON if speckless(a).strip() and runs_on(a) else 0.0


def _fit(text: str, role: str, tests: CellTests) -> float:
    """What it costs that ``text`` is the cell of a column of ``role``."""
    t = _bare(text)
    if not speckless(t):
        return _EMPTY_COST.get(role, 0.0)
    if role == "time":
        return 0.0 if tests.is_time(t) else _MISFIT
    if role in _OWNER_ROLES:
        return 0.0 if tests.opens_body(unrequested(t)) else _MISFIT
    if role == "number":
        return 0.0 if len(t) <= _NUMBER_CHARS else _MISFIT
    # A task's or an aim's words are neither a time nor a list of bodies.
    return _MISFIT if tests.is_time(t) or tests.is_owners(unrequested(t)) else 0.0


_DIGITS = re.compile(r"^(\d{1,3})\.?$")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_TASK_WORDS = 2


def specific_rows(
    rows: list[list[str]], cols: dict[str, int], is_time: Callable[[str], bool]
) -> list[list[str]]:
    """The rows of a table whose tasks stand beside a column of aims, numbered as tasks.

    "STT | Nội dung hành động | Hành động cụ thể | chủ trì | phối hợp | Thời hạn": the
    number and aim cells span the rows of the aim's tasks, printed on the first only.
    Each row with a task and an owner or time cell of its own is a task, numbered
    "<number>.<letter>" under its aim ("1.a", "1.b"); a row with a task only, owners
    only, or words going on in lower case is the rest of the row above (a page break
    cut it), its number left empty, and its time cell is not that row's (a time is
    never cut): it is the next task's, moved up, when that one's is empty. A row whose
    aim is printed but whose
    number is lost takes the next number; a row with an aim and no task, no owner and
    no time heads a group or an aim and is no task.
    """
    number, aim, task = cols["number"], cols["objective"], cols["task"]
    own = [cols[r] for r in ("lead", "partners", "time") if r in cols]
    time = cols.get("time")
    width = max([number, aim, task, *own]) + 1
    out: list[list[str]] = []
    at, k = "", 0
    up = ""  # a time cell moved up onto the rest of the row above
    rows = _task_below(rows, cols, width)
    for row in rows:
        cells = [*row, *[""] * (width - len(row))]
        label = _DIGITS.match(cells[number].strip(" *"))
        words = _bare(cells[task])
        owned = any(cells[j].strip() for j in own)
        # A task's words open it in a capital: a letter or two alone are a speck ("M").
        opens = len(_WORDS.findall(words)) >= _TASK_WORDS and not words[:1].islower()
        # An aim is a sentence: a word or a speck alone in its cell is none ("my").
        aimed = len(_WORDS.findall(_bare(cells[aim]))) >= _TASK_WORDS
        if (label or aimed) and not owned:
            # An aim's or a group's heading: the next aim's number follows it.
            at = label.group(1) if label else _next(at)
            k = -1
            cells[number], cells[task] = at, ""
        elif (label or aimed) and opens:
            at, k = label.group(1) if label else _next(at), 0
            cells[number] = f"{at}.{position_letter(k)}" if at else ""
        elif opens and owned and at:
            k += 1
            cells[number] = f"{at}.{position_letter(k)}"
        else:
            cells[number] = ""
            if time is not None:
                up = cells[time] if is_time(_bare(cells[time])) else up
                cells[time] = ""
            if len(_WORDS.findall(words)) < _TASK_WORDS and not words[:1].islower():
                cells[task] = ""  # a speck ("M"), not the task's last words
            out.append(cells)
            continue
        if time is not None and cells[task] and not cells[time].strip():
            cells[time] = up
        if cells[task]:
            up = ""
        out.append(cells)
    return out


def _task_below(rows: list[list[str]], cols: dict[str, int], width: int) -> list[list[str]]:
    """Rows whose task the OCR lost to specks, their task's words on the line below.

    A row with owner cells and only specks for a task ("` "my ——"), then a line with a
    task's words and no other cell: the grid cut one row in two; the words are the
    row's task, and the line below is left empty.
    """
    number, aim, task = cols["number"], cols["objective"], cols["task"]
    own = [cols[r] for r in ("lead", "partners", "time") if r in cols]
    out = [[*row, *[""] * (width - len(row))] for row in rows]
    for cells, below in itertools.pairwise(out):
        words = _WORDS.findall(_bare(cells[task]))
        if len(words) >= _TASK_WORDS or not any(cells[j].strip() for j in own):
            continue
        under = _bare(below[task])
        if (
            any(below[j].strip() for j in (number, aim, *own))
            or len(_WORDS.findall(under)) < _TASK_WORDS
            or under[:1].islower()
        ):
            continue
        cells[task] = below[task]
        below[:] = [""] * len(below)
    return out


def _next(number: str) -> str:
    return str(int(number) + 1) if number.isdigit() else ""
