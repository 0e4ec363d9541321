"""Task tables: the appendix that assigns a plan's tasks, row by row.

Government programmes and ministries' plans carry their tasks in a table — STT |
Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm | Thời gian hoàn thành —
pasted as markdown pipes, as tab-separated text, or, from a PDF, one cell per line with
rows split across pages. This module finds the columns by their headers (any order,
any of the usual wordings), tells a task table from an indicator table (Chỉ tiêu |
Đơn vị | … — targets, not duties) and from a layout table (a header block), and gives
back :class:`TaskRow` objects:

- a row whose number is a Roman numeral or a letter and whose other cells are empty is
  a *group* heading; the rows under it carry its number;
- a row with an empty number continues the row above (a page split): its cells are
  appended to that row's;
- in the one-cell-per-line form a row starts at the line holding the next number in
  sequence; repeated header lines and page numbers are dropped, and the cells are
  assigned by what they hold (the time cell is the one the grammar reads, owner cells
  start with a body). Those assignments are guesses and are reported as such.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from nq42cli.core.layout import Grid, Line
from nq42cli.core.text import fold, nfc
from nq42cli.core.vocab import LETTERS

__all__ = [
    "COLUMNS",
    "TableKind",
    "TaskRow",
    "TaskTable",
    "cells_grid",
    "kind_of",
    "position_letter",
    "task_table",
]

# "Cơ quan/đơn vị", "Cơ quan, đơn vị", "Bộ, ngành" before a role word in a header.
_WHO = r"(?:(?:co quan|don vi|bo|nganh|dia phuong)\s*[/,]?\s*)*"
# Column roles and the folded header wordings that name them. The lead is the body that
# chủ trì, or else the one that drafts ("soạn thảo"), or else the one that submits
# ("trình"); a body that reviews ("thẩm tra", "chuẩn bị ý kiến") is noted, not a partner.
COLUMNS: dict[str, re.Pattern[str]] = {
    "number": re.compile(r"^(?:stt|tt|so tt|so thu tu)$"),
    "task": re.compile(
        r"^(?:ten |noi dung |cac )?(?:nhiem vu|noi dung|cong viec|de an|ten de an|hoat dong"
        r"|van ban|ten van ban|giai phap|chuong trinh|du an)(?:\b.*)?$"
    ),
    "lead": re.compile(
        rf"^{_WHO}chu tri\b.*$|^(?:co quan|don vi)(?:\W+(?:co quan|don vi))? thuc hien$"
        r"|^trach nhiem thuc hien$"
    ),
    "partners": re.compile(rf"^{_WHO}phoi hop\b.*$"),
    "drafter": re.compile(rf"^{_WHO}(?:soan thao|xay dung)\b.*$"),
    "reviewer": re.compile(rf"^{_WHO}(?:tham tra|chuan bi y kien|tham dinh)\b.*$"),
    "submitter": re.compile(rf"^{_WHO}trinh\b.*$"),
    "product": re.compile(r"^(?:san pham|ket qua|hinh thuc|san pham dau ra)\b.*$"),
    "time": re.compile(r"^(?:thoi gian|thoi han|tien do|han(?: hoan thanh)?|nam hoan thanh)\b.*$"),
    "indicator": re.compile(r"^(?:chi tieu|don vi tinh|don vi|muc tieu)\b.*$"),
    "note": re.compile(r"^ghi chu$"),
}
# Cells kept beside a row's task as notes, with the label they are written under.
NOTED = {"submitter": "Cơ quan trình", "reviewer": "Cơ quan thẩm tra"}
_ROMAN = re.compile(r"^(?=[IVXLC]+$)M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")
_NUMBER = re.compile(r"^(\d{1,4}(?:\.\d{1,3})*)\.?$")
_GROUP = re.compile(r"^([IVXLC]+|[A-ZĐ])\.?$")
# A group's number and its title in one cell ("I. Văn bản thuộc thẩm quyền …").
_GROUP_TITLED = re.compile(r"^([IVXLC]+)\s*[.)-]\s*(\S.*)$")
# A group under a group ("III.1", "III.1.1").
_SUBGROUP = re.compile(r"^([IVXLC]+(?:\.\d{1,3})+)\.?$")
# A number cell that holds a task's words: the copy dropped the empty number column.
_SHIFTED_WORDS = 2


class TableKind:
    """What a table holds."""

    TASKS = "tasks"
    INDICATORS = "indicators"
    OTHER = "other"


@dataclass(slots=True)
class TaskRow:
    """One task of a table: its number as printed and its cells by role.

    ``key`` is its id in the table: the number, or the group's number and the row's
    when numbers start again in each group (``III.1``), or the group's number and the
    row's position letter when the number column is empty (``II.a``).
    """

    number: str
    line: int
    task: str = ""
    lead: str = ""
    partners: str = ""
    product: str = ""
    time: str = ""
    group: str | None = None
    continued: int = 0  # rows joined to it (page splits)
    guesses: list[str] = field(default_factory=list)
    key: str = ""
    subgroup: str | None = None
    notes: list[tuple[str, str]] = field(default_factory=list)  # (label, cell)


@dataclass(slots=True)
class TaskTable:
    """A task table: its rows, its group headings, and what was set aside."""

    line: int
    form: str
    rows: list[TaskRow] = field(default_factory=list)
    groups: list[tuple[str, str]] = field(default_factory=list)  # (number, title)
    source_rows: int = 0
    skipped: list[tuple[int, str, str]] = field(default_factory=list)  # line, code, cells
    restarts: bool = False  # numbers start again in each group


def roles(header: list[str]) -> dict[str, int]:
    """Column index by role, from a header row (first wording that fits wins)."""
    out: dict[str, int] = {}
    for i, cell in enumerate(header):
        f = fold(cell).strip(" .:*")
        for role, pattern in COLUMNS.items():
            if role not in out and pattern.match(f):
                out[role] = i
                break
    return out


def _leader(cols: dict[str, int]) -> str | None:
    """The column whose body leads: chủ trì, else the drafter, else the submitter."""
    return next((r for r in ("lead", "drafter", "submitter") if r in cols), None)


def kind_of(grid: Grid) -> str:
    """Whether a grid is a task table, an indicator table or something else."""
    if not grid.rows:
        return TableKind.OTHER
    cols = roles(grid.rows[0][1])
    if "indicator" in cols and "task" not in cols:
        return TableKind.INDICATORS
    if "task" in cols and (_leader(cols) or "time" in cols):
        return TableKind.TASKS
    return TableKind.OTHER


def task_table(grid: Grid) -> TaskTable:
    """The task rows of a task table (see the module's docstring).

    Group rows (a Roman number, with its title in the next cell or its own) head the
    rows under them; a sub-group ("III.1") keeps its group. A row whose number cell is
    empty continues the row above (a page split), unless no row of the table is
    numbered: then each is a row of its own, lettered by its place in its group. A row
    whose number cell holds the task's words lost its empty number cell in the copy:
    its cells move one column right.
    """
    header = grid.rows[0][1]
    cols = roles(header)
    lead_col = _leader(cols)
    table = TaskTable(grid.line, grid.form, source_rows=len(grid.rows) - 1)
    numbered = any(
        _NUMBER.match(_cell(cells, cols, "number").strip(" *")) for _, cells in grid.rows[1:]
    )
    group: str | None = None
    subgroup: str | None = None
    place = 0
    for line, raw in grid.rows[1:]:
        if roles(raw) == cols:  # the header repeated after a page break
            table.skipped.append((line, "header_repeated", ""))
            continue
        cells = _unshift(raw, cols, len(header))
        number = _cell(cells, cols, "number").strip(" *")
        task = _cell(cells, cols, "task")
        rest = [_cell(cells, cols, r) for r in ("lead", "partners", "product", "drafter")]
        g = _GROUP.match(number)
        titled = _GROUP_TITLED.match(number) if not _NUMBER.match(number) else None
        sub = _SUBGROUP.match(number)
        if sub is not None:
            subgroup = sub.group(1)
            table.groups.append((subgroup, task.strip(" *")))
            continue
        if (g and (_ROMAN.match(g.group(1)) or not any(rest)) and not _NUMBER.match(number)) or (
            titled and _ROMAN.match(titled.group(1)) and not any(rest)
        ):
            group = g.group(1) if g else titled.group(1) if titled else None
            subgroup, place = None, 0
            title = task.strip(" *") or (titled.group(2) if titled else "")
            table.groups.append((group or "", title))
            if any(rest) or _cell(cells, cols, "time"):
                beside = "; ".join(c for c in [*rest, _cell(cells, cols, "time")] if c)
                table.skipped.append((line, "group_cells", f"{group}: {beside}"))
            continue
        n = _NUMBER.match(number)
        if not number and table.rows and numbered:
            _continue(table.rows[-1], cells, cols, lead_col)
            continue
        if (n is None and (numbered or number)) or not task:
            if any(c.strip() for c in cells):
                table.skipped.append((line, "not_a_row", " | ".join(cells)[:60]))
            continue
        key = n.group(1) if n else ".".join(x for x in (group, position_letter(place)) if x)
        place += 1
        row = TaskRow(
            n.group(1) if n else "",
            line,
            task,
            _cell(cells, cols, lead_col) if lead_col else "",
            _cell(cells, cols, "partners"),
            _cell(cells, cols, "product"),
            _cell(cells, cols, "time"),
            group,
            key=key,
            subgroup=subgroup,
        )
        for role, label in NOTED.items():
            if role in cols and role != lead_col and _cell(cells, cols, role):
                row.notes.append((label, _cell(cells, cols, role)))
        if n is None:
            row.guesses.append("the table's number column is empty; the id is the row's place")
        table.rows.append(row)
    _restarts(table)
    return table


def position_letter(k: int) -> str:
    """The position letter of the k-th (0-based) unnumbered row."""
    if k < len(LETTERS):
        return LETTERS[k]
    return f"{LETTERS[-1]}{k - len(LETTERS) + 2}"


def _restarts(table: TaskTable) -> None:
    """Number rows by group when their numbers start again in each group (1, 2 … 1, 2)."""
    last = 0
    for row in table.rows:
        if not row.number.isdigit():
            continue
        if int(row.number) <= last:
            table.restarts = True
            break
        last = int(row.number)
    if table.restarts:
        for row in table.rows:
            if row.number and row.group:
                row.key = f"{row.group}.{row.number}"


def _cell(cells: list[str], cols: dict[str, int], role: str) -> str:
    i = cols.get(role)
    return cells[i].strip() if i is not None and i < len(cells) else ""


def _unshift(cells: list[str], cols: dict[str, int], width: int) -> list[str]:
    """A row's cells in their columns when the copy moved them.

    A number cell that holds the task's words lost its empty number cell in the copy:
    the cells move one column right. A number cell that holds a number and the task's
    first words ("7 Đề án về …") gives the words back to the task.
    """
    at = cols.get("number")
    task = cols.get("task")
    if at is None or at >= len(cells):
        return cells
    first = cells[at].strip(" *")
    if m := _NUMBER_AND_WORDS.match(first):
        out = list(cells)
        out[at] = m.group(1)
        if task is not None and task < len(out):
            out[task] = f"{m.group(2)} {out[task]}".strip()
        return out
    if (
        len(first.split()) >= _SHIFTED_WORDS
        and not _GROUP_TITLED.match(first)
        and not _NUMBER.match(first)
    ):
        moved = [*cells[:at], "", *cells[at:]]
        while len(moved) > width and not moved[-1].strip():
            moved.pop()
        return moved
    return cells


_NUMBER_AND_WORDS = re.compile(r"^(\d{1,3})\.?\s+(\S.*)$")


def _continue(prev: TaskRow, cells: list[str], cols: dict[str, int], lead_col: str | None) -> None:
    prev.task = _glue(prev.task, _cell(cells, cols, "task"))
    if lead_col:
        prev.lead = _glue(prev.lead, _cell(cells, cols, lead_col))
    prev.partners = _glue(prev.partners, _cell(cells, cols, "partners"))
    prev.product = _glue(prev.product, _cell(cells, cols, "product"))
    prev.time = _glue(prev.time, _cell(cells, cols, "time"))
    prev.continued += 1


def _glue(a: str, b: str) -> str:
    if not b:
        return a
    if not a:
        return b
    if b in a:  # a page split that repeats the cell's end
        return a
    return f"{a} {b}"


# --------------------------------------------------------------------------- one cell per line


Pred = Callable[[str], bool]


def cells_grid(lines: list[Line], start: int, is_time: Pred, is_owner: Pred) -> Grid | None:
    """A table written one cell per line from ``lines[start]`` (its "STT" line), or None.

    ``is_time`` tells a time cell, ``is_owner`` a cell naming bodies (the extractor
    passes the grammar and the owner reader). The grid has the header row and one row
    per task or group, with empty cells where the copy had none.
    """
    header: list[str] = []
    i = start
    while i < len(lines) and len(header) < len(COLUMNS):
        f = fold(lines[i].text).strip(" .:")
        if any(p.match(f) for p in COLUMNS.values()) and not _NUMBER.match(lines[i].text):
            header.append(lines[i].text)
            i += 1
            continue
        break
    cols = roles(header)
    if "number" not in cols or "task" not in cols or len(header) < 3:
        return None
    grid = Grid(lines[start].no, [(lines[start].no, header)], form="cells")
    width = len(header)
    expected = 1
    current: list[Line] = []
    current_no = ""

    def flush() -> None:
        if current_no:
            cells = _assign(current_no, current[1:], cols, width, (is_time, is_owner))
            grid.rows.append((current[0].no, cells))

    while i < len(lines):
        line = lines[i]
        text = line.text.strip()
        f = fold(text).strip(" .:")
        if i > start and f in (fold(h).strip(" .:") for h in header):
            i += 1  # the header repeated at the top of a page
            continue
        m = _NUMBER.match(text)
        g = _GROUP.match(text)
        if m and "." not in m.group(1) and int(m.group(1)) == expected:
            flush()
            current, current_no = [line], m.group(1)
            expected += 1
        elif g and _ROMAN.match(g.group(1)):
            flush()
            current, current_no = [line], g.group(1)
        elif m and "." not in m.group(1):
            pass  # a page number
        elif _ends_table(f):
            break
        elif current:
            current.append(line)
        i += 1
    flush()
    if len(grid.rows) < 2:
        return None
    return grid


def _ends_table(f: str) -> bool:
    return bool(re.match(r"^(?:noi nhan|phu luc\b|t/?m\b|kt\.? |ghi chu:)", f))


def _assign(
    number: str, cells: list[Line], cols: dict[str, int], width: int, preds: tuple[Pred, Pred]
) -> list[str]:
    """Cells by column for one row of a one-cell-per-line table.

    A cell may be empty (no line) or wrapped over several lines, so the lines are placed
    by what they hold, in the columns' order: the task's lines, then the lead's (a line
    that begins a body after a line that ends a phrase), the partners', the product (a
    line that names a kind of document), and the time (a last line the grammar reads).
    """
    is_time, is_owner = preds
    out = [""] * width
    out[cols["number"]] = number
    texts = [c.text for c in cells]
    spill: list[str] = []
    if not texts:
        return out
    if "time" in cols and len(texts) > 1:
        # The time cell is the last line the grammar reads; lines after it are the rest
        # of a cell a page break split (the task's, as a rule).
        at = next((k for k in range(len(texts) - 1, 0, -1) if is_time(texts[k])), None)
        if at is not None:
            out[cols["time"]] = texts[at]
            spill, texts = texts[at + 1 :], texts[:at]
    stages = [r for r in ("task", "lead", "partners", "product") if r in cols]
    placed: dict[str, list[str]] = {"task": [texts[0]]}
    stage = "task"
    for line in texts[1:]:
        prev = placed[stage][-1]
        nxt = None
        owner = is_owner(line)
        if not _runs_on(prev, line, owner=owner):
            if stage == "task" and owner:
                nxt = "lead"
            elif stage == "lead" and owner:
                nxt = "partners"
            elif stage in ("lead", "partners") and not owner:
                nxt = "product"
        if nxt is not None and nxt in stages:
            stage = nxt
            placed[stage] = [line]
        else:
            placed[stage].append(line)
    placed["task"] += spill
    for role, lines in placed.items():
        out[cols[role]] = " ".join(lines)
    return out


# Words a cell's line cannot end on: it runs on to the next line ("Bộ Thông tin và").
_JOINERS = frozenset(
    [
        "và", "các", "của", "với", "cho", "về", "tại", "những", "theo", "trong", "trên", "dưới",
        "là", "để", "thuộc", "cơ", "ngang", "Bộ", "Ban", "Sở", "Ủy", "Uỷ", "Hội", "Viện", "Cục",
        "Tổng", "Trung", "Thủ", "Chính", "Quốc", "Văn", "Ngân", "Đài", "Tòa", "Toà", "Kho",
        "Bảo", "Mặt", "Liên", "Đoàn",
    ]
)  # fmt: skip


def _runs_on(prev: str, line: str, *, owner: bool) -> bool:
    """Whether ``line`` goes on with the cell ``prev`` ended, rather than start the next.

    A cell starts with a capital; a line ending on "và", "các", "Bộ" or a comma runs on;
    so does a name wrapped between two capitalised words ("Bộ Công" / "Thương").
    """
    words = nfc(prev).rstrip().split()
    nxt = line.lstrip()[:1]
    if not words or not nxt or nxt.islower():
        return True
    if prev.rstrip().endswith((",", ";", "-", "–", "(")) or words[-1] in _JOINERS:
        return True
    last = words[-1]
    return last[:1].isupper() and not last.isupper() and nxt.isupper() and not owner
