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
- in a web page's bar table, a numbered row that ends early lacks the cells merged with
  the row above's (one month and unit over several rows): it takes them from that row;
- a task cell that is a list of "- " bullets holds a task in each bullet, all sharing
  the row's other cells;
- in the one-cell-per-line form a row starts at the line holding the next number in
  sequence; repeated header lines and page numbers are dropped, and the cells are
  assigned by what they hold (the time cell is the one the grammar reads, owner cells
  start with a body). Those assignments are guesses and are reported as such.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from nq42cli.core.layout import Grid, Line, clean
from nq42cli.core.tables_people import (
    PEOPLE_HEADER,
    joined_people,
    people_column,
    people_rows,
    people_tests,
)
from nq42cli.core.text import closest, fold, nfc
from nq42cli.core.vocab import LETTERS, roman_value

__all__ = [
    "COLUMNS",
    "TAKES_OBJECT",
    "CellTests",
    "TableKind",
    "TaskRow",
    "TaskTable",
    "cells_grid",
    "kind_of",
    "named_header",
    "position_letter",
    "roles_in_order",
    "runs_on",
    "task_table",
]

# "Cơ quan/đơn vị", "Cơ quan, đơn vị", "Bộ, ngành", "Sở, ngành" (a province's) before a
# role word in a header. "Bộ", "Sở" only in such a list or right before "chủ trì",
# "phối hợp", "soạn thảo", "phụ trách": "Bộ Xây dựng", "Sở Xây dựng" are bodies' names in
# a cell, not the "xây dựng" (drafting) column.
_WHO = (
    r"(?:(?:co quan|don vi|ca nhan|to chuc(?: dang)?|nganh|dia phuong)\s*[/,]?\s*"
    r"|(?:bo|so)(?:\s*[/,]\s*|\s+(?=nganh\b|chu tri|phoi hop|soan thao|phu trach)))*"
)
# Column roles and the folded header wordings that name them. The lead is the body that
# chủ trì, or else the one that drafts ("soạn thảo"), or else the one that submits
# ("trình"); a body that reviews ("thẩm tra", "chuẩn bị ý kiến") is noted, not a partner.
_INSPECTED_BODY = (
    r"^(?:ten )?(?:co quan|don vi|dia phuong)(?:,? (?:co quan|don vi|dia phuong))*"
    r" duoc (?:kiem tra|giam sat|thanh tra)$"
)
_INSPECTED_WORK = r"^doi tuong (?:duoc )?(?:kiem tra|giam sat|thanh tra)$"


def inspection_list(cell: str) -> bool:
    """Whether a task column's name says its rows are bodies or works inspected."""
    f = fold(cell).strip(" .:*")
    return bool(re.match(_INSPECTED_BODY, f) or re.match(_INSPECTED_WORK, f))


COLUMNS: dict[str, re.Pattern[str]] = {
    "number": re.compile(r"^(?:stt|s tt|tt|so tt|so thu tu)$"),
    "task": re.compile(
        r"^(?:ten |noi dung |cac )?(?:nhiem vu|noi dung|mo ta|cong viec|de an|ten de an|hoat dong"
        r"|hanh dong|van ban|ten van ban|giai phap|chuong trinh|du an|danh sach)(?:\b.*)?$"
        r"|^(?:thong tin|noi dung) (?:de xuat|kien nghi)\b.*$"
        # A statistics release calendar's "Tên thông tin thống kê": what is to be published.
        r"|^ten thong tin(?: thong ke)?$"
        # An inspection schedule's "Đơn vị được kiểm tra", "Đối tượng kiểm tra": each row
        # is a body (or a work) inspected.
        rf"|{_INSPECTED_BODY}|{_INSPECTED_WORK}"
    ),
    "lead": re.compile(
        rf"^{_WHO}chu tri\b.*$|^(?:co quan|don vi)(?:\W+(?:co quan|don vi|ca nhan))? thuc hien$"
        rf"|^trach nhiem(?: thuc hien)?$|^{_WHO}phu trach\b.*$|^(?:nguoi|can bo) thuc hien$"
        # A timetable's "Bộ phận thực hiện" beside its time column: who does the step, the
        # bodies listed jointly. (A bare "Thực hiện" may be what is left of a header whose
        # other lines a PDF copy lost: no column.)
        r"|^bo phan thuc hien$"
        # "Đơn vị /Cá nhân đầu mối": a task register's focal unit, the one that leads.
        rf"|^{_WHO}dau moi$"
        # "Đơn vị chịu trách nhiệm phổ biến": the unit answerable for the row's work (not
        # "Cơ quan chịu trách nhiệm quản lý nhà nước …", the one that oversees it).
        rf"|^{_WHO}chiu trach nhiem(?: (?:chinh|thuc hien|pho bien|cong bo))?$"
        rf"|{PEOPLE_HEADER}"
    ),
    "partners": re.compile(rf"^{_WHO}phoi hop\b.*$"),
    "drafter": re.compile(rf"^{_WHO}(?:soan thao|xay dung)\b.*$"),
    "reviewer": re.compile(rf"^{_WHO}(?:tham tra|chuan bi y kien|tham dinh)\b.*$"),
    "submitter": re.compile(rf"^{_WHO}trinh\b.*$"),
    # What has been done so far ("Kết quả hiện nay", "Tình hình thực hiện"): a report on
    # the row, never its product, owner or time.
    "status": re.compile(
        r"^(?:ket qua (?:hien nay|thuc hien|dat duoc)|tinh hinh thuc hien|trang thai)\b.*$"
    ),
    "product": re.compile(r"^(?:san pham|ket qua|hinh thuc|san pham dau ra)\b.*$"),
    # "Ngày chậm nhất phải hoàn thành": a schedule's column of last days.
    # "Dự kiến thời gian thực hiện", "Giai đoạn thực hiện": the time planned, a period.
    "time": re.compile(
        r"^(?:du kien )?(?:thoi gian|thoi han|tien do|han(?: hoan thanh)?|nam hoan thanh"
        r"|ngay cham nhat(?: phai)? hoan thanh)\b.*$"
        r"|^giai doan(?: thuc hien| trien khai)?$"
    ),
    "indicator": re.compile(r"^(?:chi tieu|don vi tinh|don vi|muc tieu)\b.*$"),
    "note": re.compile(r"^ghi chu$"),
    # "Chức vụ" beside "Họ và tên": each member's post, read as an owner's cell (a post is
    # one in a people column) so that it keeps the post's lines from the task's.
    "post": re.compile(r"^chuc vu\b.*$"),
    # "Số ngày chậm nhất phải hoàn thành trước (sau) ngày BC": an election schedule's
    # count of days before the vote ("105 ngày"), beside the column of the day itself.
    "days": re.compile(r"^so ngay\b.*$"),
}
# Cells kept beside a row's task as notes, with the label they are written under.
NOTED = {"submitter": "Cơ quan trình", "reviewer": "Cơ quan thẩm tra"}
_ROMAN = re.compile(r"^(?=[IVXLC]+$)M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")
_NUMBER = re.compile(r"^(\d{1,4}(?:\.\d{1,3})*(?:\.[a-yđ])?)\.?$")  # "2.b": a spread unit's row
_GROUP = re.compile(r"^([IVXLC]+|[A-ZĐ])\.?$")
# A group's number and its title in one cell ("I. Văn bản thuộc thẩm quyền …").
_GROUP_TITLED = re.compile(r"^([IVXLC]+)\s*[.)-]\s*(\S.*)$")
# A row's lettered sub-row ("2.a", "2.đ").
_LETTERED = re.compile(r"^(\d{1,3})\.[a-zđ]$")
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
    parts: list[tuple[TaskRow, TaskRow]] = field(default_factory=list)  # (a row's part, the row)


# "Danh mục dự án/ Cơ quan, đơn vị, địa phương thực hiện": one column for the list and
# for who carries it out — the bodies are its group rows ("I | SỞ Y TẾ"), the items the
# rows under them. The role "grouped" marks that column: its rows' lead is their group.
_LISTED_BY_GROUP = re.compile(
    r"^(?:danh muc|ten)?\s*(?:nhiem vu|de an|du an|cong trinh|cong viec)\s*/\s*"
    r"(?:co quan|don vi)(?:\W+(?:co quan|don vi|dia phuong))*\s+(?:thuc hien|chu tri)$"
)

# A place as a group row's body ("HUYỆN TUY PHƯỚC", "Thị xã Hoài Nhơn"): under a header
# naming "địa phương" among who carries out, a town or district stands for its council.
_LOCALITY = re.compile(
    r"^(?:tinh|thanh pho|thi xa|huyen|quan|thi tran|xa|phuong)\s+\S+(?:\s+\S+){0,4}$"
)


def _group_owner(title: str, is_owners: Callable[[str], bool] | None) -> str:
    """A group row's title as the body its rows belong to, or "" when it names none."""
    title = title.strip(" *:")
    if not title:
        return ""
    if is_owners is None or is_owners(title):
        return title
    if _LOCALITY.match(fold(title)) and all(w[:1].isupper() for w in title.split()):
        return title
    return ""


# A header cell's usual wordings, folded: what an OCR'd cell is read as when it is like one.
_HEADER_WORDINGS = (
    "stt",
    "nhiem vu",
    "ten nhiem vu",
    "noi dung",
    "noi dung cong viec",
    "cong viec",
    "co quan chu tri",
    "co quan chu tri thuc hien",
    "don vi chu tri",
    "co quan phoi hop",
    "co quan phoi hop thuc hien",
    "don vi phoi hop",
    "thoi gian",
    "thoi gian hoan thanh",
    "thoi gian thuc hien",
    "thoi gian trinh",
    "du kien thoi gian thuc hien",
    "san pham",
    "ghi chu",
)
# What a scan's OCR without diacritics puts for a letter: "PH6i" (ố), "HI$N" (Ệ), "D£N".
_OCR_GLYPHS = str.maketrans({"6": "o", "0": "o", "$": "e", "£": "e", "€": "e", "1": "i"})
_OCR_LIKE = 0.75  # how like a wording an OCR'd cell must be


def ocr_header_cell(cell: str) -> str:
    """An OCR'd header cell read as the usual wording it is like ("THtfl GIAN" → "thoi gian").

    The cell itself when it is like none: a cell that names no column is left as it is.
    """
    f = re.sub(r"[^a-z ]", "", fold(cell).translate(_OCR_GLYPHS))
    f = " ".join(f.split())
    got = closest(f, _HEADER_WORDINGS, cutoff=_OCR_LIKE)
    return got[0] if got else cell


def roles(header: list[str]) -> dict[str, int]:
    """Column index by role, from a header row (first wording that fits wins).

    Of two task columns, one saying "cụ thể" ("Nội dung hành động | Hành động cụ thể")
    holds the tasks: the other states each group's aim, its "objective".
    """
    out: dict[str, int] = {}
    for i, cell in enumerate(header):
        f = _SPECK.sub(" ", fold(cell)).strip(" .:*")
        if "task" not in out and _LISTED_BY_GROUP.match(f):
            out["task"] = out["grouped"] = i
            continue
        for role, pattern in COLUMNS.items():
            if role not in out and pattern.match(f):
                out[role] = i
                break
    if "task" in out and (specific := _specific_task(header, out["task"])) is not None:
        out["objective"], out["task"] = out["task"], specific
    if "task" in out and re.match(_INSPECTED_BODY, fold(header[out["task"]]).strip(" .:*")):
        # "Tên đơn vị được kiểm tra | Đối tượng kiểm tra": the works inspected are the
        # rows' items, the body that runs them says whose they are.
        work = [i for i, c in enumerate(header) if re.match(_INSPECTED_WORK, fold(c).strip(" .:*"))]
        out["task"] = work[0] if work else out["task"]
    # "Tiến độ" beside "Thời gian hoàn thành": the progress made ("Hoàn thành", "Đang thực
    # hiện"), and the time is the other column's.
    if "time" in out and fold(header[out["time"]]).strip(" .:*").startswith("tien do"):
        timed = next(
            (
                i
                for i, c in enumerate(header)
                if i != out["time"] and _TIME_NOT_PROGRESS.match(fold(c).strip(" .:*"))
            ),
            None,
        )
        if timed is not None:
            out["time"] = timed
    # "Đơn vị" beside "Đơn vị phối hợp" and a task column: the unit that leads, not a
    # unit of measure.
    if "lead" not in out and "partners" in out and "task" in out:
        bare = next((i for i, c in enumerate(header) if fold(c).strip(" .:*") in _BARE_UNIT), None)
        if bare is not None:
            out = {r: k for r, k in out.items() if k != bare}
            out["lead"] = bare
    # A project list's "Chủ đầu tư" (the investor) carries out its project: the row's lead
    # when no column names a body that chủ trì, drafts or submits ("STT | Tên dự án |
    # Chủ đầu tư | Thời gian thực hiện").
    if "task" in out and _leader(out) is None:
        investor = next(
            (
                i
                for i, c in enumerate(header)
                if i not in out.values() and _INVESTOR.match(fold(c).strip(" .:*"))
            ),
            None,
        )
        if investor is not None:
            out["lead"] = investor
    return out


_INVESTOR = re.compile(r"^(?:co quan |don vi )?chu dau tu$")
# A scan's speck between a header's words: "Bộ ngành ' chủ trì".
_SPECK = re.compile(r"(?<!\S)[^\w\s/,]+(?!\S)")


def _specific_task(header: list[str], task: int) -> int | None:
    """The column after the task column that holds its specific tasks ("… cụ thể"), if any."""
    if fold(header[task]).strip(" .:*").endswith("cu the"):
        return None
    return next(
        (
            i
            for i in range(task + 1, len(header))
            if (f := fold(header[i]).strip(" .:*")).endswith(" cu the") and COLUMNS["task"].match(f)
        ),
        None,
    )


_BARE_UNIT = frozenset(["don vi", "co quan"])
_TIME_NOT_PROGRESS = re.compile(r"^(?:thoi gian|thoi han|han hoan thanh|nam hoan thanh)\b.*$")


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
    if _roster(grid, cols):
        return TableKind.OTHER
    if "task" in cols and (_leader(cols) or "time" in cols or "grouped" in cols):
        return TableKind.TASKS
    return TableKind.OTHER


# "Họ và tên" as the owner column's header: a list of members, by name.
_NAMES_HEADER = re.compile(r"^ho (?:va )?ten$")
_ROSTER_WORDS = 5  # "Phó Trưởng ban thường trực": a place in a board, not work


def _roster(grid: Grid, cols: dict[str, int]) -> bool:
    """Whether a table of members by name gives each a place in a board, not work.

    "TT | Họ và tên | Chức vụ | Nhiệm vụ" over "Trưởng ban", "Ủy viên": the members'
    roles; a table that shares out work ("Nội dung phân công") says what each does.
    """
    lead, task = cols.get("lead"), cols.get("task")
    if (
        lead is None
        or task is None
        or not _NAMES_HEADER.match(fold(grid.rows[0][1][lead]).strip(" .:*"))
    ):
        return False
    cells = [c[task] for _, c in grid.rows[1:] if task < len(c) and c[task].strip()]
    # A header alone (a table still being read) is no roster yet.
    return bool(cells) and 2 * sum(len(c.split()) > _ROSTER_WORDS for c in cells) < len(cells)


def task_table(grid: Grid, is_owners: Callable[[str], bool] | None = None) -> TaskTable:
    """The task rows of a task table (see the module's docstring).

    Group rows (a Roman number, with its title in the next cell or its own) head the
    rows under them; a sub-group ("III.1") keeps its group. A row whose number cell is
    empty continues the row above (a page split), unless no row of the table is
    numbered: then each is a row of its own, lettered by its place in its group. A row
    whose number cell holds the task's words lost its empty number cell in the copy:
    its cells move one column right. A further part of a row that holds owner cells
    only (``is_owners`` tells) is the row's second owner line: see :func:`_owner_line`.
    """
    header = grid.rows[0][1]
    cols = roles(header)
    lead_col = _leader(cols)
    table = TaskTable(grid.line, grid.form, source_rows=len(grid.rows) - 1)
    numbered, bracketed = _numbering(grid, cols)
    # Rows with lettered sub-rows ("2" over "2.a", "2.b"): a row that holds only its
    # task's words is their group's title, not a task of its own.
    parents = {
        m.group(1)
        for _, cells in grid.rows[1:]
        if (m := _LETTERED.match(_cell(cells, cols, "number").strip(" *")))
    }
    group: str | None = None
    subgroup: str | None = None
    place = 0
    merged: dict[int, list[str]] = {}
    for line, raw, cells in _placed_rows(grid, cols, merged):
        if roles(raw) == cols:  # the header repeated after a page break
            table.skipped.append((line, "header_repeated", ""))
            continue
        number = _cell(cells, cols, "number").strip(" *")
        task = _cell(cells, cols, "task")
        rest = [_cell(cells, cols, r) for r in ("lead", "partners", "product", "drafter")]
        sub = _SUBGROUP.match(number)
        if sub is not None:
            subgroup = sub.group(1)
            table.groups.append((subgroup, task.strip(" *")))
            continue
        number = _undashed(number, task, rest, numbered)
        time = _cell(cells, cols, "time")
        head = _group_title(
            number, task, rest, parents if not time else set(), outline=bracketed and not time
        )
        if head is not None:
            group, subgroup, place = head[0] or None, None, 0
            table.groups.append(head)
            if any(rest) or time:
                beside = "; ".join(c for c in [*rest, time] if c)
                table.skipped.append((line, "group_cells", f"{group}: {beside}"))
            continue
        n = _NUMBER.match(_unbracketed(number) if bracketed else number)
        if not number and table.rows and numbered:
            if line in grid.parts and _owner_line(table, cells, cols, lead_col, is_owners):
                continue
            _continue(table, (line, line in grid.parts), cells, cols, lead_col)
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
            _unbulleted(_cell(cells, cols, lead_col)) if lead_col else "",
            _unbulleted(_cell(cells, cols, "partners")),
            _cell(cells, cols, "product"),
            _set_time(_cell(cells, cols, "time")),
            group,
            key=key,
            subgroup=subgroup,
        )
        _annotate(row, cells, cols, lead_col, grid.notes.get(line), merged.get(line))
        if line in grid.gaps:
            row.guesses.append("a gap in the copy goes before this row; its group is inferred")
        table.rows.append(row)
    _restarts(_paired(_group_owners(table, cols, is_owners), grid))
    return _bulleted(table)


# A "- " bullet inside a joined cell: after the words of the one before it ends them. A
# web copy may drop the space after the dash ("… đi vắng. -Phụ trách …"): a dash after a
# space, before a capitalised word (not "-II", "-UBND"), opens a bullet too.
_CELL_BULLET = re.compile(
    r"(?<=[.;:,‹…])\s*-\s+(?=[A-ZĐÀ-Ỹ])|(?<=[.;:,‹…])\s+-(?=[A-ZĐÀ-Ỹ][a-zđà-ỹ])"
)
# The cell's first bullet, with or without its space: "- Phụ trách …", "-Giúp …".
_FIRST_BULLET = re.compile(r"^-(?:\s+|(?=[A-ZĐÀ-Ỹ][a-zđà-ỹ]))")
_MIN_BULLETS = 2


def _bulleted(table: TaskTable) -> TaskTable:
    """Rows whose task cell is a list of "- " bullets: a row for each bullet.

    "- Sửa đổi Nghị quyết 03/2019/NQ-HĐTP …. - Sửa đổi Nghị quyết 07/2019/NQ-HĐTP …":
    each bullet is a task, sharing the row's owner, product and time cells, keyed under
    the row by its place ("2.a.1", "2.a.2"; "5.a", "5.b" under a number). A cell that
    opens with its own words leading the bullets in ("Rà soát …, trong đó cần: - …") is
    one task, its bullets spelling it out; words that end a sentence before them are a
    task of their own, the first of the row's.
    """
    out: list[TaskRow] = []
    for row in table.rows:
        opened = _FIRST_BULLET.match(row.task) is not None
        items = [
            b.strip() for b in _CELL_BULLET.split(_FIRST_BULLET.sub("", row.task)) if b.strip()
        ]
        # Words of its own before the bullets lead them in ("…, trong đó cần: - …") unless
        # they end a sentence ("… có rủi ro cao. - Tăng cường …"): a task, then others.
        if not opened and not (items and items[0].endswith(".")):
            out.append(row)
            continue
        if len(items) < _MIN_BULLETS:
            out.append(row)
            continue
        for k, item in enumerate(items):
            label = position_letter(k) if row.key[-1:].isdigit() else str(k + 1)
            bullet = TaskRow(
                row.number,
                row.line,
                item,
                row.lead,
                row.partners,
                row.product,
                row.time,
                row.group,
                row.continued,
                [*row.guesses, f"one of {len(items)} '- ' bullets in row {row.key}'s task cell"],
                f"{row.key}.{label}",
                row.subgroup,
                list(row.notes),
            )
            out.append(bullet)
    table.rows = out
    return table


def _placed_rows(
    grid: Grid, cols: dict[str, int], merged: dict[int, list[str]]
) -> Iterator[tuple[int, list[str], list[str]]]:
    """Each row under the header: its line, its cells as copied, its cells in their columns.

    A bar table's numbered row that ends early takes its missing cells from the numbered
    row above (see :func:`_merged_down`); ``merged`` gets the header's names of those.
    """
    header = grid.rows[0][1]
    above: list[str] | None = None
    for line, raw in grid.rows[1:]:
        cells = _unshift(raw, cols, len(header))
        number = _cell(cells, cols, "number").strip(" *")
        if grid.form == "bars" and _NUMBER.match(number) and line not in grid.parts:
            cells, merged[line] = _merged_down(cells, above, header)
            above = cells
        elif _GROUP.match(number) or _GROUP_TITLED.match(number):
            above = None
        yield line, raw, cells


def _merged_down(
    cells: list[str], above: list[str] | None, header: list[str]
) -> tuple[list[str], list[str]]:
    """A bar table's row with its last cells merged with the row above's, and their names.

    A web table's cell that spans rows (one month and one unit over three statistics) is
    printed once, in its first row; the rows under it end early, at the cell before it
    (their row's end, an empty cell, after it). Those missing cells are the row above's.
    A row that holds every cell, even empty ones, is its own.
    """
    width = len(header)
    present = cells[:-1] if cells and not cells[-1].strip() and len(cells) < width else cells
    if above is None or len(present) >= width or len(present) < _MERGED_KEEPS:
        return cells, []
    out = [*present, *above[len(present) : width]]
    return out, [header[k] for k in range(len(present), width) if out[k].strip()]


_MERGED_KEEPS = 2  # a merged row keeps its number and its task at least


# A tracking system's empty date: a register exported from a database prints a date it
# never had as the Unix epoch ("01/01/1970", "1970-01-01"). No plan's task falls due then.
_EPOCH = re.compile(r"^\W*(?:0?1[/.-]0?1[/.-]1970|1970-01-01)(?:\s+00:00(?::00)?)?\W*$")


def _set_time(cell: str) -> str:
    """A row's time cell, or "" when it holds only a register's empty date."""
    return "" if _EPOCH.match(cell) else cell


def _unbulleted(cell: str) -> str:
    """An owner cell whose names are a list of "•" items, as its names set apart by ";".

    A register's export lists a cell's bodies one a line, each after a bullet
    ("• Vụ Tổ chức cán bộ • Vụ Thi đua Khen thưởng" once its lines are joined).
    """
    if not cell.lstrip().startswith("•"):
        return cell
    return "; ".join(p.strip() for p in cell.split("•") if p.strip())


def named_header(
    grid: Grid,
    is_time: Callable[[str], bool],
    is_owners: Callable[[str], bool] | None = None,
) -> Grid:
    """A grid whose header cells are all empty, its columns named by what its rows hold.

    A web table copied without its header words still reads as a task table when its
    first column numbers the rows 1, 2, 3 … and a later column holds a time in every
    row ("Xong trước ngày 15/9/2025", "Dự kiến tuần 1 tháng 01 năm 2026"): the rows are
    tasks, the second column their words, that column their time. Any other grid is
    given back as it is.
    """
    if not grid.rows or any(c.strip() for c in grid.rows[0][1]) or len(grid.rows) < 3:
        return grid
    body = [cells for _, cells in grid.rows[1:]]
    width = len(grid.rows[0][1])
    # A page quoting rows 39 and 40 of an appendix numbers them on from there.
    first = body[0][0].strip(" .*")
    start = int(first) if first.isdigit() else 1
    if width < 3 or any(
        len(cells) != width or cells[0].strip(" .*") != str(k)
        for k, cells in enumerate(body, start)
    ):
        return grid
    # Most of the column's cells read as a time, all of them by themselves (a cell may add
    # a remark: "…, thời gian cụ thể có lịch riêng"); the task column's none.
    timed = [
        j
        for j in range(2, width)
        if 2 * sum(is_time(cells[j].strip().rstrip(".")) for cells in body) > len(body)
    ]
    if len(timed) != 1 or any(is_time(cells[1]) for cells in body):
        return grid
    header = ["" for _ in range(width)]
    header[0], header[1], header[timed[0]] = "STT", "Nội dung", "Thời gian"
    # "… | Bộ Tài chính | Bộ Y tế, các bộ, ngành, … | Báo cáo kết quả | 2026": the first
    # two columns after the task's that name bodies in every row lead and join.
    named = [
        j
        for j in range(2, timed[0])
        if is_owners is not None and all(is_owners(cells[j].strip()) for cells in body)
    ]
    if len(named) >= 2 and named[1] == named[0] + 1:
        header[named[0]], header[named[1]] = "Cơ quan chủ trì", "Cơ quan phối hợp"
    return Grid(grid.line, [(grid.rows[0][0], header), *grid.rows[1:]], form=grid.form)


def _group_owners(
    table: TaskTable, cols: dict[str, int], is_owners: Callable[[str], bool] | None
) -> TaskTable:
    """Each row's lead: the body its group row names, under a "grouped" column.

    Only with no owner column beside it: a lead column's cell says who leads.
    """
    if "grouped" not in cols or _leader(cols) is not None:
        return table
    titles = dict(table.groups)
    for row in table.rows:
        owner = _group_owner(titles.get(row.group or "", ""), is_owners)
        if owner and not row.lead:
            row.lead = owner
            row.guesses.append(f"its owner is its group row's body ('{owner}')")
    return table


_DASH_NUMBER = re.compile(r"^[-–+•]$")


def _undashed(number: str, task: str, rest: list[str], numbered: bool) -> str:
    """A row's number, with a lone dash read as no number where no row is numbered.

    "| - | <sub-group's title> | + <first activity> | <chủ trì> | …": the dash marks
    the sub-group the row opens, and the row carries that sub-group's first task with
    its owner, as the rows under it with an empty number cell carry the next ones.
    """
    if not numbered and _DASH_NUMBER.match(number) and task and rest[0]:
        return ""
    return number


# "(1)", "(2)" …: a task row's number in a table whose plain numbers ("1", "2.1.") head
# the groups, as an outline numbers its headings 1, 2.1 and its items (1), (2).
_BRACKETED = re.compile(r"^\((\d{1,3})\)$")
_MIN_BRACKETED = 2


def _numbering(grid: Grid, cols: dict[str, int]) -> tuple[bool, bool]:
    """Whether a table's rows are numbered, and whether its tasks are numbered "(n)"."""
    numbers = [_cell(cells, cols, "number").strip(" *") for _, cells in grid.rows[1:]]
    bracketed = sum(1 for x in numbers if _BRACKETED.match(x)) >= _MIN_BRACKETED
    numbered = any(_NUMBER.match(x) or (bracketed and _BRACKETED.match(x)) for x in numbers)
    return numbered, bracketed


def _unbracketed(number: str) -> str:
    m = _BRACKETED.match(number)
    return m.group(1) if m else number


def _group_title(
    number: str, task: str, rest: list[str], parents: set[str], *, outline: bool = False
) -> tuple[str, str] | None:
    """The group a row heads, its number and title, or None.

    A Roman number (with its title in the task cell or its own), a letter with no owner
    cells, or a number whose lettered sub-rows follow ("2" over "2.a", "2.b") on a row
    that holds only its task's words: their title, not a task of its own. So is a plain
    number ("2", "2.1.") in an ``outline`` table, whose tasks are numbered "(1)", "(2)":
    a row with an owner or a time is still a task of its own (the caller says so).
    """
    if m := _NUMBER.match(number):
        if (number in parents or outline) and task and not any(rest):
            return m.group(1), task.strip(" *")
        return None
    g = _GROUP.match(number)
    if g and (_ROMAN.match(g.group(1)) or not any(rest)):
        return g.group(1), task.strip(" *")
    titled = _GROUP_TITLED.match(number)
    if titled and _ROMAN.match(titled.group(1)) and not any(rest):
        return titled.group(1), task.strip(" *") or titled.group(2)
    return None


def _part(
    table: TaskTable, line: int, cells: list[str], cols: dict[str, int], lead_col: str | None
) -> None:
    """A further part of the table's last row, added to its rows (keyed "<row>.p2").

    It has its own task and owner cells; the cells it lacks (merged with the row's in
    the source) are the row's.
    """
    last = table.rows[-1]
    whole = next((w for p, w in table.parts if p is last), last)
    row = TaskRow("", line, _cell(cells, cols, "task"), group=whole.group, subgroup=whole.subgroup)
    row.lead = (_cell(cells, cols, lead_col) if lead_col else "") or whole.lead
    row.partners = _cell(cells, cols, "partners") or whole.partners
    row.product = _cell(cells, cols, "product") or whole.product
    row.time = _cell(cells, cols, "time") or whole.time
    row.guesses.append(
        f"a further part of row {whole.number or whole.key}: the cells it lacks are that row's"
    )
    table.rows.append(row)
    table.parts.append((row, whole))


def _owner_line(
    table: TaskTable,
    cells: list[str],
    cols: dict[str, int],
    lead_col: str | None,
    is_owners: Callable[[str], bool] | None,
) -> bool:
    """Whether a further part of the row above is its second owner line, joined to it.

    A row whose task and time cells span two lines of the table, each line with its own
    lead and partners ("Trung ương … | its partners" / "Ủy ban nhân dân các tỉnh … |
    theirs"), gives its second line as owner cells only: they fill the owner columns in
    order, and their bodies join the row's (joint leads, partners after its partners).
    """
    at = cols.get("task")
    if is_owners is None or lead_col is None or at is None:
        return False
    filled = [c.strip() for c in cells[at:] if c.strip()]
    owner_cols = [r for r in (lead_col, "partners") if r in cols]
    if not 1 <= len(filled) <= len(owner_cols) or not all(is_owners(c) for c in filled):
        return False
    last = table.rows[-1]
    whole = next((w for p, w in table.parts if p is last), last)
    for role, cell in zip(owner_cols, filled, strict=False):
        if role == "partners":
            whole.partners = "; ".join(x for x in (whole.partners, cell) if x)
        else:
            whole.lead = "; ".join(x for x in (whole.lead, cell) if x)
    whole.continued += 1
    whole.guesses.append(
        f"a second owner line of row {whole.number or whole.key} (its task and time "
        "cells span both): its bodies join the row's"
    )
    return True


def _annotate(
    row: TaskRow,
    cells: list[str],
    cols: dict[str, int],
    lead_col: str | None,
    spill: str | None,
    merged: list[str] | None = None,
) -> None:
    """A row's noted columns (those not its lead) and the guesses made reading it."""
    if merged:
        row.guesses.append(
            f"its cells {', '.join(merged)} are merged with the row above's: taken from it"
        )
    for role, label in NOTED.items():
        if role in cols and role != lead_col and _cell(cells, cols, role):
            row.notes.append((label, _cell(cells, cols, role)))
    if not row.number:
        row.guesses.append("the table's number column is empty; the id is the row's place")
    if spill:
        row.guesses.append(f"words placed in no cell (a page break?): '{spill}'")


def position_letter(k: int) -> str:
    """The position letter of the k-th (0-based) unnumbered row."""
    if k < len(LETTERS):
        return LETTERS[k]
    return f"{LETTERS[-1]}{k - len(LETTERS) + 2}"


def _paired(table: TaskTable, grid: Grid) -> TaskTable:
    """Rows whose task cell prints two tasks or more, each with its own owner.

    A bar table's cell keeps its lines: a task cell whose lines make paragraphs (a line
    that ends a sentence, the next opening with a capital) beside an owner cell with as
    many names, one a line, holds that many tasks, paired in order; a partner cell with
    as many names pairs too, else it is each task's. The time and product are shared.
    """
    out: list[TaskRow] = []
    for row in table.rows:
        out.append(row)
        tasks = _paragraphs(grid.lines.get(row.task, []))
        leads = _entries(grid.lines.get(row.lead, []))
        if len(tasks) < 2 or len(tasks) != len(leads):
            continue
        partners = _entries(grid.lines.get(row.partners, []))
        paired = len(partners) == len(tasks)
        row.task, row.lead = tasks[0], leads[0]
        row.partners = partners[0] if paired else row.partners
        for k in range(1, len(tasks)):
            part = TaskRow("", row.line, tasks[k], leads[k], row.partners, row.product, row.time)
            part.partners = partners[k] if paired else row.partners
            part.group, part.subgroup = row.group, row.subgroup
            part.guesses.append(
                f"one of {len(tasks)} tasks in row {row.number or row.key}'s cell, "
                "paired with the owner on the same place in its cell"
            )
            table.parts.append((part, row))
            out.append(part)
    table.rows = out
    return table


def _paragraphs(lines: list[str]) -> list[str]:
    """A cell's paragraphs: a line that ends a sentence before one opening with a capital."""
    out: list[list[str]] = []
    for k, line in enumerate(lines):
        if not out or (lines[k - 1].endswith(".") and line[:1].isupper()):
            out.append([])
        out[-1].append(line)
    return [" ".join(p) for p in out]


def _entries(lines: list[str]) -> list[str]:
    """An owner cell's names one a line.

    A name starts on a line opening with a capital after one that does not run on (no
    comma, semicolon or "và" at its end).
    """
    out: list[list[str]] = []
    for k, line in enumerate(lines):
        runs_on = k > 0 and lines[k - 1].rstrip().endswith((",", ";", " và", "-", "("))
        if not out or (line[:1].isupper() and not runs_on):
            out.append([])
        out[-1].append(line)
    return [" ".join(p) for p in out]


def _restarts(table: TaskTable) -> None:
    """Number rows by group when their numbers start again in each group (1, 2 … 1, 2).

    A row's further part is keyed after the row's final key ("II.1.p2").
    """
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
    wholes = {id(p): w for p, w in table.parts}
    count: dict[int, int] = {}
    for row in table.rows:
        if (whole := wholes.get(id(row))) is not None:
            count[id(whole)] = count.get(id(whole), 1) + 1
            row.key = f"{whole.key}.p{count[id(whole)]}"


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


def _continue(
    table: TaskTable,
    at: tuple[int, bool],
    cells: list[str],
    cols: dict[str, int],
    lead_col: str | None,
) -> None:
    """A row with no number: the rest of the row above (a page split), or that row's part.

    ``at`` is its line and whether the layout found it a further part of the row
    above; with a task of its own it is that part (a duty of its own).
    """
    line, part = at
    if part and _cell(cells, cols, "task"):
        _part(table, line, cells, cols, lead_col)
        return
    prev = table.rows[-1]
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


@dataclass(frozen=True, slots=True)
class CellTests:
    """What the extractor can tell of a cell's words (from the grammar and the owner reader)."""

    is_time: Pred  # the words are a time phrase, all of them
    is_owners: Pred  # the words are a list of bodies, all of them
    opens_body: Pred  # a body's name begins the words
    owner_tail: Callable[[str], str | None]  # the words after the names (None: no name)
    trailing_body: Callable[[str], int]  # where a body's name that ends the words begins
    opens_task: Pred = lambda _t: False  # the words open with an action ("Xây dựng …")
    # The words are a time and then a note of another sentence ("2022 - 2025 Các Bộ: … đã
    # hoàn thành"): a time cell with its remark, as the grid's own time cells carry them.
    time_then_note: Pred = lambda _t: False
    # The words are an action and then its deadline ("Ban hành kế hoạch trong tháng 01/2026
    # và tổ chức thực hiện"): a time cell that says what is due by then.
    action_then_time: Pred = lambda _t: False


_HEADER_LINE_WORDS = 8  # a header's line is short
_TASK_LINE_WORDS = 5  # … and a task's first line, longer than a header's few words
_ROW_NUMBER = re.compile(r"^(\d{1,3})\.?$")
_ROW_NUMBER_TEXT = re.compile(r"^(\d{1,3})\.\s+(\S.*)$")
_GROUP_ROW = re.compile(r"^([IVXLC]+)\s*(?:[.)-]\s*(.*))?$")
_DECIMAL_ROW = re.compile(r"^(\d{1,3}\.\d{1,2})\.?(?:\s+(\S.*))?$")
_DECIMAL_ONLY = re.compile(r"^(\d{1,3})\.(\d{1,2})\.?$")  # a decimal row's number, alone
_SPACES = re.compile(r"\s{2,}")
# A sub-row's letter alone on its line: "a)", "đ)".
_LETTER_ROW = re.compile(r"^([a-zđ])\)$")
# An OCR'd row's number one space before its cell's first word: "2 Tiếp tục xây dựng …".
_ROW_NUMBER_WORD = re.compile(r"^(\d{1,3}) (?=[^\W\d_])(\S.*)$")


def cells_grid(lines: list[Line], start: int, tests: CellTests) -> tuple[Grid, int] | None:
    """A table written one cell per line from ``lines[start]`` (its "STT" line), or None.

    Returns the grid (its header and one row per task or group, cells by column) and
    the index of the first line after the table. A PDF copy gives a table so: the
    header's cells on lines of their own, a cell's words wrapped over lines (one word
    a line in a narrow column), two cells on one line set apart by spaces, a row's
    number alone or before its first words, the header repeated after a page break
    (or its first lines), rows a page break split. The number column says where a row
    starts (the next number; a Roman number, the next one, heads a group); which line
    is which cell is read by :func:`_place`.
    """
    got = _cells_header(lines, start, tests)
    if got is None:
        return None
    header, repeated, i = got
    tests, people = _people(header, tests, i)
    grid = Grid(lines[start].no, [(lines[start].no, header)], form="cells")
    rows: list[tuple[str, int, list[str]]] = []  # label, line, the row's pieces
    expected, group = 1, 0
    bare: bool | None = None  # the rows' numbers stand alone on their lines
    # The last "1. …", "2. …" of a list inside the row's cells; whether the table's first
    # row is a decimal one (a later page of a table).
    listed, continued = 0, False
    pre: list[str] = []  # pieces before the first row's number
    end, heading = _laid_across(lines, i), _heading_before(lines, start)
    while i < end:
        skip = _repeated_at(lines, i, repeated)
        if skip:
            i += skip
            _page_break(rows)
            continue
        parts = _split_cells(lines[i])
        first = parts[0]
        if _table_ends(first, rows, (expected, group, heading), header, tests):
            break
        num = _ROW_NUMBER.match(first) or _ROW_NUMBER_TEXT.match(first)
        if bare and num is not None and num.lastindex == 2:
            num, listed = _listed_item(num, expected, listed)
        num = num or _numbered_word(first, expected)
        grp = _GROUP_ROW.match(first)
        if (dec := _continued_row(parts, rows, pre, expected, continued=continued)) is not None:
            # A page of a table whose first pages were printed otherwise: its rows
            # go on from a decimal number ("5.7", then "5.8", "6.1" under the next
            # item), each alone on its line (an OCR'd "3.8" for 5.8 too).
            rows.append((f"{dec.group(1)}.{dec.group(2)}", lines[i].no, []))
            expected, continued, bare = int(dec.group(1)) + 1, True, True
        elif num is not None and int(num.group(1)) in (expected, 1) and (rows or expected == 1):
            rest = [num.group(2)] if num.lastindex == 2 else []
            rows.append((num.group(1), lines[i].no, rest + parts[1:]))
            expected = int(num.group(1)) + 1
            bare = not rest if bare is None else bare
            listed = 0
        elif (subrow := _sub_row(parts, rows, expected, bare=bool(bare))) is not None:
            rows.append((subrow[0], lines[i].no, subrow[1]))
        elif num is not None and num.lastindex == 1 and len(parts) == 1:
            pass  # a page number, out of the rows' sequence
        elif (
            grp is not None
            and _ROMAN.match(grp.group(1))
            and roman_value(grp.group(1)) == group + 1
        ):
            group += 1
            title = [grp.group(2)] if grp.group(2) else []
            rows.append((grp.group(1), lines[i].no, title + parts[1:]))
        elif rows:
            rows[-1][2].extend(parts)
        else:
            pre.extend(parts)
        i += 1
    _fill(
        grid,
        header,
        _read_rows(header, pre, rows, tests, continued=continued, people=_body(lines, people, i)),
        tests,
    )
    return (grid, i) if len(grid.rows) >= 2 else None  # a header and one row at least


# A numbered or lettered point of the text's outline, with its words: "b) Tổ chức, thực
# hiện chương trình …", "2. Tổ chức Cuộc thi …", "IV. TỔ CHỨC THỰC HIỆN".
_OUTLINE_POINT = re.compile(r"^([a-zđ](?=\))|\d{1,2}(?=\.)|[IVXLC]+(?=\.))[.)]\s+\S+(?:\s+\S+){2}")


def _outline_after(
    first: str,
    rows: list[tuple[str, int, list[str]]],
    nexts: tuple[int, int],
    header: list[str],
    tests: CellTests,
) -> bool:
    """Whether a line after a complete last row is the text's next point, not the row's.

    A table whose last column is its time ends each row with the time cell: a row whose
    last piece is a time is whole, and a point of the outline out of the rows' sequence
    after it ("b) Tổ chức …" under "a)", "2. …" after row 11, "IV. …") opens the text that
    goes on below the table, not more of the row's words. ``nexts``: the next row's
    number and the number of the last group row.
    """
    m = _OUTLINE_POINT.match(first)
    if m is None or not rows or not rows[-1][2]:
        return False
    if m.group(1).isdigit() and int(m.group(1)) in (nexts[0], 1):
        return False  # the next row, or a table's first again
    if _ROMAN.match(m.group(1)) and roman_value(m.group(1)) == nexts[1] + 1:
        return False  # the next group row
    return COLUMNS["time"].match(fold(header[-1]).strip(" .:*")) is not None and tests.is_time(
        rows[-1][2][-1]
    )


def _table_ends(
    first: str,
    rows: list[tuple[str, int, list[str]]],
    nexts: tuple[int, int, int],
    header: list[str],
    tests: CellTests,
) -> bool:
    """Whether a line's first piece ends the table: its close, or the text's next point.

    ``nexts``: the next row's number, the last group row's, the outline's Roman point
    the table sits under.
    """
    expected, group, heading = nexts
    return (
        _ends_table(fold(first).strip(" .:"))
        or _outline_after(first, rows, (expected, group), header, tests)
        or (bool(rows) and not group and _next_heading(first, heading))
    )


# A Roman point of the text's outline with its title: "II. PHÂN CÔNG NHIỆM VỤ CỤ THỂ".
_HEADING = re.compile(r"^([IVXLC]+)\.\s+\S+(?:\s+\S+)+$")


def _heading_before(lines: list[Line], start: int) -> int:
    """The number of the Roman point of the outline the table sits under, else 0."""
    for line in reversed(lines[:start]):
        m = _HEADING.match(line.text.strip())
        if m and _ROMAN.match(m.group(1)):
            return roman_value(m.group(1))
    return 0


def _next_heading(first: str, heading: int) -> bool:
    """Whether a line is the outline's next Roman point after the one holding the table.

    "III. NỘI DUNG VÀ QUY TRÌNH THỰC HIỆN" after a table under "II. …" whose rows have
    no group rows of their own: the text goes on below the table (a group row would be
    "I" first).
    """
    m = _HEADING.match(first.strip())
    return bool(
        heading and m and _ROMAN.match(m.group(1)) and roman_value(m.group(1)) == heading + 1
    )


def _body(lines: list[Line], first: int | None, end: int) -> list[Line] | None:
    return None if first is None else lines[first:end]


def _people(header: list[str], tests: CellTests, body: int) -> tuple[CellTests, int | None]:
    """The cell tests of a table whose owner column names people, and its body's first line.

    See :mod:`nq42cli.core.tables_people`; ``None`` and the tests as given for another table.
    """
    cols = roles(header)
    if "lead" not in cols or not people_column(header[cols["lead"]]):
        return tests, None
    return people_tests(tests), body


def _read_rows(
    header: list[str],
    pre: list[str],
    rows: list[tuple[str, int, list[str]]],
    tests: CellTests,
    *,
    continued: bool,
    people: list[Line] | None = None,
) -> list[tuple[str, int, list[str]]]:
    """The rows as found, with those whose numbers were lost (see :func:`_lost_first`).

    ``people``: the body's lines of a table whose owner column names people. A row's
    people, one a line, are one cell; with no number printed (Word's own numbering is
    not text), the rows are told apart by where their people end.
    """
    if people is not None:
        if not rows and (lost := people_rows(people)):
            rows, pre = lost, []
        apart = "post" in roles(header)
        rows = [(label, no, joined_people(found, posts_apart=apart)) for label, no, found in rows]
    if continued and rows and pre:
        rows = _lost_first(pre, rows, tests) + rows
    return _unnumbered(_spread(header, pre, rows, tests) or rows, tests, continued=continued)


# An OCR'd row laid across its columns: its number, a rule, its cells ("2.6 | phù hợp …").
_ACROSS_ROW = re.compile(r"^\|?\s*\d{1,3}(?:\.\d{1,2})?\.?\s*\|\s*\S")


def _laid_across(lines: list[Line], i: int) -> int:
    """Where a table written one cell per line stops: at a page printed row by row.

    A later page the OCR read across the columns (a row's number, a rule, its cells on
    one line) is another table's form: it starts with the paragraph that holds the
    first such row (the row's task may open lines above its number's), or with the
    row above it whose number opens its first line ("2.6 Phấn đấu …").
    """
    for k in range(i, len(lines)):
        if _ACROSS_ROW.match(lines[k].text.strip()):
            j = k
            while j > i and not lines[j].blank_before:
                j -= 1
                if (m := _NUMBERED_LINE.match(lines[j].text.strip())) and m.group(1).isupper():
                    break
            return j
    return len(lines)


_NUMBERED_LINE = re.compile(r"^\d{1,3}(?:\.\d{1,2})?\.?\s+(\S)")


def _continued_row(
    parts: list[str],
    rows: list[tuple[str, int, list[str]]],
    pre: list[str],
    expected: int,
    *,
    continued: bool,
) -> re.Match[str] | None:
    """A decimal row's number alone on its line that opens or goes on a continued page."""
    dec = _DECIMAL_ONLY.match(parts[0]) if len(parts) == 1 else None
    if dec is None:
        return None
    first = not rows and expected == 1 and (not pre or int(dec.group(2)) > 1)
    return dec if first or (continued and rows) else None


def _lost_first(
    pre: list[str], rows: list[tuple[str, int, list[str]]], tests: CellTests
) -> list[tuple[str, int, list[str]]]:
    """The rows above the first printed number "N.k" (k > 1) whose numbers were lost.

    An OCR'd table may lose the numbers of its first rows (and of its unnumbered group
    row): their cells come before "N.k" in the rows' order, a task, its time, its
    owners. They are N.1 … N.(k-1) only when the pieces split into just that many rows,
    each a task opening with an action and holding a time cell; else they stay unread.
    """
    head, _, tail = rows[0][0].rpartition(".")
    want = int(tail) - 1
    parts = _ungrouped(pre, tests)
    cut: list[list[str]] = []
    while (at := _lost_row_at(parts, tests)) is not None:
        cut.append(parts[:at])
        parts = parts[at:]
    cut.append(parts)
    if len(cut) != want or not all(
        r[0][:1].isupper()
        and tests.opens_task(r[0])
        and sum(1 for k in range(len(r)) if _time_cell(r, k, tests)) == 1
        for r in cut
    ):
        return []
    line = rows[0][1]
    return [(f"{head}.{k + 1}", line, r) for k, r in enumerate(cut)]


def _time_cell(parts: list[str], k: int, tests: CellTests) -> bool:
    """Whether ``parts[k]`` is a time cell, not a task's wrapped last line that names a time.

    "… dự kiến khởi công" / "trong giai đoạn 2021-2025.": words in lower case that go on
    with an unfinished line above are the cell above's.
    """
    if not tests.is_time(parts[k]):
        return False
    return not (k > 0 and parts[k][:1].islower() and not parts[k - 1].rstrip().endswith(_CELL_ENDS))


_CELL_ENDS = (".", ";", ":", ")")
_GROUP_WORDS = 5  # an unnumbered group row's title is a few words


def _ungrouped(parts: list[str], tests: CellTests) -> list[str]:
    """A row's pieces without the unnumbered group row's title that opens them.

    A few words with no full stop, on a line of their own before a task's first line
    (a capital and an action): a group row whose number was lost, not the task's words
    (a task's wrapped line goes on in lower case).
    """
    if (
        len(parts) > 1
        and len(parts[0].split()) <= _GROUP_WORDS
        and not parts[0].rstrip().endswith((".", ";", ":", ","))
        and not tests.is_time(parts[0])
        and not tests.is_owners(parts[0])
        and parts[1][:1].isupper()
        and tests.opens_task(parts[1])
    ):
        return parts[1:]
    return parts


def _unnumbered(
    rows: list[tuple[str, int, list[str]]], tests: CellTests, *, continued: bool
) -> list[tuple[str, int, list[str]]]:
    """A continued page's rows split where a row whose number was lost begins.

    Its cells follow the row above's one a line: a task's first line (an action, past
    the row's time cell) and then a second time cell. The new row takes the next number.
    """
    if not continued:
        return rows
    out: list[tuple[str, int, list[str]]] = []
    for k, (row_label, line, row_parts) in enumerate(rows):
        label, parts = row_label, row_parts
        cuts: list[list[str]] = []
        while (cut := _lost_row_at(parts, tests)) is not None:
            cuts.append(parts[:cut])
            parts = _ungrouped(parts[cut:], tests)
        cuts.append(parts)
        labels = _lost_labels(label, len(cuts), rows[k + 1][0] if k + 1 < len(rows) else None)
        out.extend((lab, line, c) for lab, c in zip(labels, cuts, strict=True))
    return out


def _lost_labels(label: str, n: int, after: str | None) -> list[str]:
    """The labels of a row and the ``n - 1`` rows after it whose numbers were lost.

    They go on from the row's number ("5.7", "5.8"), unless the next printed number
    opens a new item past them ("2.2" after "1.3" and one lost row: that row is "2.1").
    """
    head, _, tail = label.rpartition(".")
    if not head or not tail.isdigit():
        return [label] * n
    nxt_head, _, nxt_tail = (after or "").rpartition(".")
    if (
        n > 1
        and nxt_head.isdigit()
        and head.isdigit()
        and int(nxt_head) == int(head) + 1
        and nxt_tail == str(n)
    ):
        return [label, *(f"{nxt_head}.{j}" for j in range(1, n))]
    return [f"{head}.{int(tail) + j}" for j in range(n)]


def _lost_row_at(parts: list[str], tests: CellTests) -> int | None:
    """Where a row's pieces hold another row's task, between its time cell and another."""
    times = [k for k, p in enumerate(parts) if tests.is_time(p)]
    if len(times) < _TWO_TIMES:
        return None
    return next(
        (
            k
            for k in range(times[0] + 1, times[1])
            if parts[k][:1].isupper() and tests.opens_task(parts[k])
        ),
        None,
    )


_TWO_TIMES = 2  # a row's own time cell and the next row's


def _sub_row(
    parts: list[str], rows: list[tuple[str, int, list[str]]], expected: int, *, bare: bool
) -> tuple[str, list[str]] | None:
    """A sub-row of the last numbered row that starts on this line: its label and pieces.

    The next in its sequence: "2.1 Theo dõi, tổng hợp …" under row 2, or, under rows whose
    numbers stand alone on their lines, a letter alone on its line ("a)" under row 2:
    "2.a"). A letter inside a cell's words is not alone on its line, nor out of sequence.
    """
    parent = str(expected - 1)
    if not rows or rows[-1][0].split(".")[0] != parent:
        return None
    done = sum(1 for label, _, _ in rows if label.startswith(f"{parent}."))
    last = rows[-1][0].split(".")
    if len(last) == 2 and last[1].isdigit():  # numbered on from a continued page's "5.7"
        done = max(done, int(last[1]))
    sub = _DECIMAL_ROW.match(parts[0])
    if sub is not None and sub.group(1) == f"{parent}.{done + 1}":
        rest = [sub.group(2)] if sub.group(2) else []
        return sub.group(1), rest + parts[1:]
    letter = _LETTER_ROW.match(parts[0]) if len(parts) == 1 and bare else None
    if letter is None or done >= len(LETTERS) or letter.group(1) != LETTERS[done]:
        return None
    return f"{parent}.{letter.group(1)}", []


def _numbered_word(first: str, expected: int) -> re.Match[str] | None:
    """A line opening with the next row's number, one space and a capital: a row.

    The OCR of a row whose number and first cell kept one space between them ("2 Tiếp
    tục …"). A number out of sequence or before a small letter is a wrapped line's word.
    """
    m = _ROW_NUMBER_WORD.match(first)
    if m is None or int(m.group(1)) != expected or not m.group(2)[:1].isupper():
        return None
    return m


_PARTNER_ITEM = re.compile(r"^\(\s*\d{1,2}\s*\)")
_CLASH = 1e6  # a unit named among its own row's partners


def _spread(
    header: list[str], pre: list[str], rows: list[tuple[str, int, list[str]]], tests: CellTests
) -> list[tuple[str, int, list[str]]] | None:
    """Rows of a unit cell that spans several task rows, or None (the rows as read).

    A PDF copy prints a merged unit cell (its number and name) once, in the middle of
    its task rows: some of its rows come before it, some after. Under a header "STT |
    Đơn vị | Nhiệm vụ … | … | Thời gian", each task row is a task opening with an
    action, its partners, its time; a row's end is its time followed by a new task.
    The rows between two units' cells go, in order, first to the one above, then to
    the one below, the first of them always to the one above (its name is printed
    beside it): where they split is where no unit is its own row's partner, and, of
    those, where each unit's name stands nearest the middle of its rows (their lines,
    squared).
    """
    order = [r for r in roles_in_order(header) if r != "number"]
    if order[:2] != ["lead", "task"] or "time" not in order:
        return None
    heads: list[list[str]] = []
    gaps: list[list[list[str]]] = [_subrows(pre, tests)]
    for label, _, found in rows:
        if not _ROW_NUMBER.match(label):
            return None
        parts = [p for p in found if p != _PAGE]
        h = next(
            (
                k
                for k in range(1, min(len(parts), 8))
                if tests.opens_task(parts[k])
                and not runs_on(parts[k - 1])
                and (tests.is_owners(" ".join(parts[:k])) or tests.opens_body(parts[0]))
            ),
            None,
        )
        if h is None:
            return None
        heads.append(parts[:h])
        gaps.append(_subrows(parts[h:], tests))
    if not any(len(g) > 1 for g in gaps) and not gaps[0]:
        return None
    if any(not r for g in gaps for r in g):
        return None
    names = [fold(" ".join(h)) for h in heads]
    n = len(heads)

    def clash(rows_: list[list[str]], k: int) -> float:
        return sum(_CLASH for r in rows_ if names[k] in _partner_words(r, tests))

    # best[k][s]: the least cost of the first k units, the gap after unit k-1 split at s
    # (the gap before the first unit and the one after the last go whole to that unit).
    best: list[dict[int, float]] = [{0: 0.0}]
    back: list[dict[int, int]] = [{}]
    for k in range(n):
        here: dict[int, float] = {}
        came: dict[int, int] = {}
        gap_before, gap_after = gaps[k], gaps[k + 1]
        last = k == n - 1
        for prev, cost in best[k].items():
            before = gap_before[prev:] if k else gap_before
            # The row the name is printed beside (the first after it) is the unit's.
            low = len(gap_after) if last else min(1, len(gap_after))
            for s in range(low, len(gap_after) + 1):
                after = gap_after[:s]
                if not before and not after:
                    continue
                lines_b = sum(len(r) for r in before)
                lines_a = sum(len(r) for r in after)
                c = cost + (lines_b - lines_a) ** 2 + clash(before + after, k)
                if c < here.get(s, _INF):
                    here[s], came[s] = c, prev
        if not here:
            return None
        best.append(here)
        back.append(came)
    s = min(best[n], key=lambda x: best[n][x])
    cuts = [0] * (n + 1)
    cuts[n] = s
    for k in range(n, 0, -1):
        cuts[k - 1] = back[k][cuts[k]]
    out: list[tuple[str, int, list[str]]] = []
    for k, (label, no, _) in enumerate(rows):
        mine = (gaps[k][cuts[k] :] if k else gaps[0]) + gaps[k + 1][: cuts[k + 1]]
        head = _HEAD + " ".join(heads[k])
        for j, r in enumerate(mine):
            tag = "" if len(mine) == 1 else f".{position_letter(j)}"
            out.append((f"{label}{tag}", no, [head, *r]))
    return out


def _subrows(parts: list[str], tests: CellTests) -> list[list[str]]:
    """A unit's task rows: a new one opens with an action after the last one's time."""
    out: list[list[str]] = []
    timed = False
    for p in parts:
        if not out or (timed and p[:1].isupper() and tests.opens_task(p)):
            out.append([p])
            timed = False
            continue
        out[-1].append(p)
        timed = timed or tests.is_time(p)
    return out


def _partner_words(row: list[str], tests: CellTests) -> str:
    """A task row's partner cell, folded: from its "(1) …" on, else its lone names."""
    at = next((k for k, p in enumerate(row) if k and _PARTNER_ITEM.match(p)), None)
    if at is not None:
        return fold(" ".join(row[at:]))
    return " ".join(fold(p) for p in row[1:] if tests.is_owners(p))


def _fill(
    grid: Grid, header: list[str], rows: list[tuple[str, int, list[str]]], tests: CellTests
) -> None:
    """The grid's rows: each row's pieces placed in its cells (see :func:`_place`)."""
    order = [r for r in roles_in_order(header) if r != "number"]
    for label, no, pieces in rows:
        found = _cut_after_time(pieces, order, tests)
        at = found.index(_PAGE) if _PAGE in found else len(found)
        parts = _unglue([p for p in found if p != _PAGE], tests)
        cells = [""] * len(header)
        cols = roles(header)
        cells[cols["number"]] = label
        if _ROMAN.match(label):
            cells[cols["task"]] = " ".join(parts)
        else:
            if found and found[0].startswith(_HEAD):  # a spread unit's row: its name known
                rest = _unglue([p for p in found[1:] if p != _PAGE], tests)
                placed, spill = _place(rest, order[1:], tests)
                placed[order[0]] = found[0][len(_HEAD) :]
            else:
                placed, spill = _place(parts, order, tests)
            if 0 < at < len(found) - 1:
                before = _unglue(found[:at], tests)
                placed, spill = _page_split(before, found[at + 1 :], order, tests) or (
                    placed,
                    spill,
                )
            for role, text in placed.items():
                cells[_column_of(header, role)] = text
            if spill:
                grid.notes[no] = spill
        grid.rows.append((no, cells))


def _cut_after_time(found: list[str], order: list[str], tests: CellTests) -> list[str]:
    """A row's pieces with a page break after its time cell, when words follow that cell.

    A row that a page break cut without the header repeated after it (a converted Word
    table) gives one line to each cell, the time last, then each cut cell's other lines:
    the pieces after the time go on with the cells above (see :func:`_page_split`).
    """
    k = len(order)
    if (
        _PAGE in found
        or order[-1] != "time"
        or len(found) <= k
        or not tests.is_time(found[k - 1])
        or any(tests.is_time(p) for p in found[: k - 1])
    ):
        return found
    return [*found[:k], _PAGE, *found[k:]]


_PAGE = "\f"  # where a page break fell in a row's pieces
_HEAD = "\v"  # before a spread unit's name, the first piece of each of its rows


def _page_break(rows: list[tuple[str, int, list[str]]]) -> None:
    """Mark where a page break (the header repeated) fell in the last row's pieces."""
    if rows and rows[-1][2] and rows[-1][2][-1] != _PAGE:
        rows[-1][2].append(_PAGE)


_SPLIT_LINES = 60  # lines after the break, at most, for a row cut through every cell
_EMPTY_GOES_ON = 0.3  # a cell cut by the break that takes no words after it
_EMPTY_RUNS_ON = 1.0  # … though its line runs on ("Bộ Khoa học và")


def _page_split(
    before: list[str], after: list[str], order: list[str], tests: CellTests
) -> tuple[dict[str, str], str] | None:
    """A row that a page break cut through every cell, or None.

    A PDF copy prints each cell's first lines before the break, the time cell whole,
    and each cell's other lines after the repeated header, in the columns' order. When
    the lines before the break make one cell a column (a cell starts at a capital after
    a line that does not run on, or each is one line), the last a time, the lines after
    it go on with the cells that reached the page's foot (those as long as the longest):
    the cheapest reading gives each, in order, the lines that continue it.
    """
    # Before the break a cell starts at a capital after a line that does not run on.
    cells: list[list[str]] = []
    for k, piece in enumerate(before):
        if not cells or (piece[:1].isupper() and not runs_on(before[k - 1])):
            cells.append([])
        cells[-1].append(piece)
    if len(before) == len(order):  # each cell's first line, one a cell
        cells = [[piece] for piece in before]
    if len(cells) != len(order) or order[-1] != "time" or not tests.is_time(before[-1]):
        return None
    placed = {role: " ".join(c) for role, c in zip(order, cells, strict=True)}
    filled = order
    # A cell with fewer lines than the row's longest ended above the page's foot.
    cut = {role for role, c in zip(order, cells, strict=True) if len(c) == max(map(len, cells))}
    after = _unglue(after, tests)
    n = len(after)
    if n > _SPLIT_LINES:
        return None
    # best[j][i]: the first i pieces after the break given to the first j cells.
    best = [[_INF] * (n + 1) for _ in range(len(filled) + 1)]
    back: dict[tuple[int, int], int] = {}
    best[0][0] = 0.0
    for j, role in enumerate(filled):
        for i in range(n + 1):
            if best[j][i] == _INF:
                continue
            for k in range(i, n + 1) if role in cut else (i,):
                goes_on = _goes_on(role, placed[role], after[i:k], tests) if role in cut else 0
                cost = best[j][i] + goes_on
                if cost <= best[j + 1][k]:  # a tie: the later cell takes the words
                    best[j + 1][k], back[(j + 1, k)] = cost, i
    if best[len(filled)][n] == _INF:
        return None
    k = n
    for j in range(len(filled), 0, -1):
        i = back[(j, k)]
        if i < k:
            placed[filled[j - 1]] = f"{placed[filled[j - 1]]} {' '.join(after[i:k])}"
        k = i
    return placed, ""


def _goes_on(role: str, text: str, more: list[str], tests: CellTests) -> float:
    """What it costs that a cell cut by a page break goes on with the pieces ``more``.

    The cell's words before the break may end mid-phrase, so the owner and time tests
    are not asked of its parts: a line opening with "và", "các" joins what comes before
    it, and so does a line after one that runs on ("Bộ Khoa học và" / "Công nghệ": in an
    owner cell, a name's capital); a capital after a finished line opens a
    new name (an owner cell) or a new cell; a line in lower case after a finished line
    goes on, at a small cost.
    """
    if not more:
        return _EMPTY_RUNS_ON if runs_on(text) else _EMPTY_GOES_ON
    if role == "time":
        return 0.0 if tests.is_time(f"{text} {' '.join(more)}") else _INF
    cost = 0.0
    for prev, piece in itertools.pairwise([text, *more]):
        if piece.split()[0] in _CONNECTORS:
            continue
        if runs_on(prev) and (piece[:1].isupper() or role not in _OWNER_ROLES):
            continue  # an owner's line runs on into a name, a capital one
        if piece[:1].isupper():
            body = tests.opens_body(piece)
            if role in _OWNER_ROLES:
                cost += _NEXT_CELL if body else _NEXT_WORDS
            else:
                cost += _ABSORB_BODY if body else _NEXT_WORDS
        else:
            first = _GOES_ON_OWNER if role in _OWNER_ROLES else _GOES_ON_FIRST
            cost += first if prev is text else _GOES_ON_MORE
    return cost


_CONNECTORS = frozenset(["và", "các", "hoặc"])
_GOES_ON_FIRST = 0.35  # a line in lower case goes on with a cell that looked finished
_GOES_ON_OWNER = 0.45  # … an owner cell (its names start with a capital or "các")
_GOES_ON_MORE = 0.1  # … and each such line after it


def _listed_item(
    num: re.Match[str], expected: int, listed: int
) -> tuple[re.Match[str] | None, int]:
    """Whether "1. Bộ Tài chính …" starts a row, under rows numbered on lines of their own.

    Inside a row such a line is an item of a list in its cells: it starts a row only as
    the next row's number, and not as the list's next item.
    """
    item = int(num.group(1))
    if item == listed + 1:
        return None, item
    return (num if item == expected else None), listed


def roles_in_order(header: list[str]) -> list[str]:
    """Each column's role, in the header's order (``other`` for a column none names)."""
    cols = roles(header)
    by_index = {v: k for k, v in cols.items()}
    return [by_index.get(k, f"other{k}") for k in range(len(header))]


def _column_of(header: list[str], role: str) -> int:
    return roles_in_order(header).index(role)


def _cells_header(
    lines: list[Line], start: int, tests: CellTests
) -> tuple[list[str], list[str], int] | None:
    """The header's cells, its lines (folded, to know it when repeated), the line after it.

    A header's cell may wrap ("Cơ quan" / "chủ trì"): a line that starts in lower case,
    or that follows words naming no column yet, goes on with the cell above. A line of
    several words that opens with an action (not "Chủ trì …", "Phối hợp …") is the first row's
    task.
    """
    header = [lines[start].text]
    seen = [fold(lines[start].text).strip(" .:")]
    i = start + 1
    while i < len(lines) and len(header) < len(COLUMNS) + 4:
        text = lines[i].text.strip()
        f = fold(text).strip(" .:*")
        if (
            not f
            or (len(text.split()) > _HEADER_LINE_WORDS and not _long_header_cell(lines, i, f))
            or (
                len(text.split()) >= _TASK_LINE_WORDS
                and tests.opens_task(text)
                and not any(COLUMNS[r].match(f) for r in ("lead", "partners"))
                and not _last_header_cell(lines, i)
            )
            or _ROW_NUMBER.match(text)
            or _ROW_NUMBER_TEXT.match(text)
            or _DECIMAL_ONLY.match(text)
            or (_GROUP_ROW.match(text) and _ROMAN.match(text.split()[0].strip(".)-")))
        ):
            break
        last = fold(header[-1]).strip(" .:*")
        named = any(p.match(last) for p in COLUMNS.values())
        if named and _group_title_at(lines, i, tests):
            break
        if len(header) > 1 and (
            text[:1].islower()
            # "Cấp phê duyệt" / "Tiến độ thực hiện": a time column's name opens that column.
            or (not named and len(last.split()) <= 3 and not COLUMNS["time"].match(f))
            or (named and _HEADER_TAIL.match(f))  # "THỜI HẠN" / "HOÀN THÀNH"
            # "Thời gian" / "(Năm 2026)": a remark in brackets under a column's name.
            or (named and _BRACKETED_REMARK.match(text) is not None)
        ):
            header[-1] = f"{header[-1]} {text}"
        else:
            header.append(text)
        seen.append(fold(text).strip(" .:"))
        i += 1
    cols = roles(header)
    if "number" not in cols or "task" not in cols or len(header) < 3:
        return None
    if not (_leader(cols) or "time" in cols):
        return None
    return header, seen, i


_BRACKETED_REMARK = re.compile(r"^\(\s*[^\W\d_][^()]*\)$")


def _last_header_cell(lines: list[Line], i: int) -> bool:
    """Whether a line opening with an action is the header's last cell, not a row's task.

    "Theo dõi, kiểm tra, đôn đốc" after "Phối hợp thực hiện", then "I" (or "1") on a line
    of its own: a column's few words with no stop, and the rows begin after it; a first
    row's task comes after its number.
    """
    text = lines[i].text.strip()
    if len(text.split()) > _HEADER_LINE_WORDS or text.endswith((".", ";", ":")):
        return False
    nxt = next((x.text.strip() for x in lines[i + 1 :] if x.text.strip()), "")
    roman = _GROUP_ROW.match(nxt)
    return bool(_ROW_NUMBER.match(nxt)) or (
        roman is not None and not roman.group(2) and _ROMAN.match(roman.group(1)) is not None
    )


def _long_header_cell(lines: list[Line], i: int, f: str) -> bool:
    """Whether a header's line longer than a cell's few words is still one cell of it.

    "Nội dung công việc chủ yếu tiến hành công tác bầu cử" between "TT" and "Ngày chậm
    nhất phải hoàn thành", each set apart by a blank line: a wordy column's name, when
    it names a column and stands apart as a cell (never a task's line run on). So "Số
    ngày chậm nhất phải hoàn thành trước (sau) ngày BC" when the next cell names one.
    """
    if not lines[i].blank_before or i + 1 >= len(lines) or not lines[i + 1].blank_before:
        return False
    if any(p.match(f) for p in COLUMNS.values()):
        return True
    nxt = fold(lines[i + 1].text).strip(" .:*")
    return len(nxt.split()) <= _HEADER_LINE_WORDS and any(p.match(nxt) for p in COLUMNS.values())


def _group_title_at(lines: list[Line], i: int, tests: CellTests) -> bool:
    """Whether ``lines[i]``, after a header's cell, is the title of a group row with no number.

    A capitalised line naming no column, set apart, before a task's first line (a capital,
    an action, more words than a header's line): the first row's group, not a header cell.
    """
    text = lines[i].text.strip()
    f = fold(text).strip(" .:*")
    if (
        not text[:1].isupper()
        or any(p.match(f) for p in COLUMNS.values())
        or _HEADER_TAIL.match(f)
        or i + 1 >= len(lines)
    ):
        return False
    nxt = lines[i + 1].text.strip()
    return bool(
        lines[i + 1].blank_before and len(nxt.split()) >= _TASK_LINE_WORDS and tests.opens_task(nxt)
    )


# A header line that ends the cell above, naming no column: "Thời hạn" / "hoàn thành".
_HEADER_TAIL = re.compile(r"^(?:hoan thanh|thuc hien|trien khai|ban hanh)$")
_REPEAT_MIN = 3  # lines of the header that make its repeat at a page's top


def _repeated_at(lines: list[Line], i: int, header: list[str]) -> int:
    """How many lines of the header repeat from ``lines[i]`` (a page's top), else 0."""
    k = 0
    while (
        k < len(header) and i + k < len(lines) and fold(lines[i + k].text).strip(" .:") == header[k]
    ):
        k += 1
    return k if k >= min(_REPEAT_MIN, len(header)) else 0


def _split_cells(line: Line) -> list[str]:
    """A line's pieces: a copy sets two cells on one line apart by two spaces or more."""
    raw = line.raw.strip() if line.raw else line.text
    parts = [p for p in (_clean_piece(x) for x in _SPACES.split(raw)) if p]
    return parts or [line.text]


def _unglue(parts: list[str], tests: CellTests) -> list[str]:
    """A body's name that ends a line of other words is a cell of its own.

    "… theo lộ trình phù hợp Bộ Y tế": the task's last words and the lead's cell
    share a line with one space. Not after a word that takes the body as its object
    ("trình Bộ Chính trị", "của Bộ Y tế").
    """
    out: list[str] = []
    for p in parts:
        if (m := _SECOND_COLLECTIVE.search(p)) and _two_cells(
            p[: m.start()], p[m.start() + 1 :], tests
        ):
            out += [p[: m.start()], p[m.start() + 1 :]]
            continue
        at = tests.trailing_body(p)
        if (
            at > 0
            and p[:at].split()[-1].lower() not in TAKES_OBJECT
            and not _LIST_ITEM.match(p[: at + 1])  # "1. Bộ Tài chính …": a list's item
        ):
            out += [p[:at].rstrip(), p[at:]]
        else:
            out.append(p)
    return out


# "Bộ Nông nghiệp và Môi trường Các bộ, cơ quan, địa": a capitalised "Các" after a name.
_SECOND_COLLECTIVE = re.compile(r"(?<=\w) Các (?=\w)")


def _two_cells(first: str, second: str, tests: CellTests) -> bool:
    """Whether a line holds two owner cells: a name, then a collective opening with "Các"."""
    return tests.opens_body(first) and tests.is_owners(first) and tests.opens_body(second)


# Words after which a body's name is their object, not a cell of its own.
TAKES_OBJECT = frozenset(
    ["trình", "của", "với", "cho", "về", "tại", "giao", "gửi", "nghị", "và", "các", "thuộc",
     "theo", "do", "báo", "cáo", "lên", "đến", "tới", "qua", "từ", "giữa", "ở", "bởi",
     "lập"]  # "thành lập Ủy ban …": the body a task founds is its object
)  # fmt: skip


def _clean_piece(piece: str) -> str:
    got = clean(piece)
    return got[0] if got else ""


def _ends_table(f: str) -> bool:
    return bool(re.match(r"^(?:noi nhan|phu luc\b|t/?m\b|kt\.? |ghi chu:)", f))


# Words a cell's line cannot end on: it runs on to the next line ("Bộ Thông tin và").
_JOINERS = frozenset(
    [
        "và", "các", "của", "với", "cho", "về", "tại", "những", "theo", "trong", "trên", "dưới",
        "là", "để", "thuộc", "cơ", "ngang", "Các", "Bộ", "Ban", "Sở", "Ủy", "Uỷ", "Hội", "Viện",
        "Cục", "Tổng", "Trung", "Thủ", "Chính", "Quốc", "Văn", "Ngân", "Đài", "Tòa", "Toà", "Kho",
        "Bảo", "Mặt", "Liên", "Đoàn", "ở", "đối", "tổ", "đơn", "có", "liên", "ban",
    ]
)  # fmt: skip

_INF = float("inf")
_OWNER_ROLES = frozenset({"lead", "partners", "drafter", "submitter", "reviewer"})
# What a column costs when a row leaves it empty: a lead and a time are expected.
_EMPTY = {"task": _INF, "lead": 2.0, "time": 2.0, "drafter": 1.0, "submitter": 1.0}
_EMPTY_OTHER = 0.3
_SUB_ROW = 2.0  # a row that starts again at its owners (a second result and time)
_SUB_ROWS = 2  # at most this many after the first
_LOWER_START = 4.0  # a cell starts with a capital
_LOWER_BODY_START = 1.5  # … or with "các bộ, ngành" at least
_JOINED_START = 2.0  # a line after "và", "các", "," goes on with its cell
_COMMA_BODY_START = 0.5  # … but a body's name after a comma may start one
_ABSORB_BODY = 1.2  # a body's name taken into a cell of free words
_ABSORB_TIME = 1.5  # a time taken into a cell of free words
_SCOPED = 0.5  # an owner cell with its scope after the names ("Bộ Y tế đối với địa phương")
_NOT_ALL_OWNERS = 3.0  # an owner cell with other words after the names
_SPILL = 0.6  # a line placed nowhere (what a page break left after the row's last cell)
_SPILL_MORE = 0.25  # … and each line after it
_NEXT_CELL = 0.6  # two owner cells read as one
_NEXT_WORDS = 0.3  # an owner cell and the words after it read as one
_TIME_NOTE = 1.0  # a time cell with a note after its time (less than empty + spill)
_TIME_WORDS = 1.0  # a time cell whose deadline closes an action's words
_OWNER_LINES = 14
_TIME_LINES = 4
_SKIP = 4  # columns a step may pass over, empty
_PLACE_LIMIT = 400  # pieces: beyond, a row's words all go to its task


@dataclass(slots=True)
class _Column:
    role: str
    cycle: int
    kind: str  # "free", "owner", "time" or "spill"
    empty: float


@dataclass(slots=True)
class _Row:
    """A row's pieces and what each holds, with the costs :func:`_place` adds up."""

    parts: list[str]
    tests: CellTests
    low: list[bool] = field(init=False)
    body: list[bool] = field(init=False)
    joined: list[bool] = field(init=False)
    item: list[bool] = field(init=False)  # the piece opens an item of a numbered list
    comma: list[bool] = field(init=False)
    timeish: list[bool] = field(init=False)
    cache: dict[tuple[str, int], list[tuple[int, float]]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        parts, n = self.parts, len(self.parts)
        self.item = [_LIST_ITEM.match(p) is not None for p in parts]
        words = [_LIST_ITEM.sub("", p) for p in parts]  # "1. Bộ Tài chính …": its words
        self.low = [p[:1].islower() for p in words]
        self.body = [self.tests.opens_body(p) for p in words]
        self.joined = [runs_on(p) for p in parts]
        self.comma = [p.rstrip().endswith(",") for p in parts]
        self.timeish = [
            not self.low[k]
            and (
                self.tests.is_time(parts[k])
                or (k + 1 < n and self.tests.is_time(f"{parts[k]} {parts[k + 1]}"))
            )
            for k in range(n)
        ]

    def start(self, k: int) -> float:
        """What it costs that a cell starts at piece ``k``."""
        low, body = self.low, self.body
        cost = (_LOWER_BODY_START if body[k] else _LOWER_START) if low[k] else 0.0
        if k and self.joined[k - 1]:
            # After a comma a body's name may start a cell (a page break cut the cell
            # above); after "và", "các", "Bộ" the words go on.
            after_comma = self.comma[k - 1] and body[k] and not low[k]
            cost += _COMMA_BODY_START if after_comma else _JOINED_START
        return cost

    def absorb(self, k: int) -> float:
        """What it costs that a cell of free words takes in piece ``k``."""
        own = self.body[k] and not self.low[k] and not (k and self.joined[k - 1])
        return (_ABSORB_BODY if own else 0.0) + (_ABSORB_TIME if self.timeish[k] else 0.0)

    def ends(self, kind: str, a: int) -> list[tuple[int, float]]:
        """Each end ``b`` of an owner or time cell from piece ``a``, with what it costs.

        The pieces ``a:b`` as one cell of ``kind``; ends that cannot be are left out.
        Computed once per start, when a step first needs it (every column of the kind
        reads the same cells).
        """
        key = (kind, a)
        if key not in self.cache:
            marks = (self.low, self.body, self.timeish)
            limit = _OWNER_LINES if kind == "owner" else _TIME_LINES
            costs = [
                (
                    b,
                    _listed(self.parts, a, b, self.item, marks, self.tests)
                    if kind == "owner" and any(self.item[a:b])
                    else _segment(kind, self.parts, a, b, marks, self.tests),
                )
                for b in range(a + 1, min(len(self.parts), a + limit) + 1)
            ]
            self.cache[key] = [(b, c) for b, c in costs if c != _INF]
        return self.cache[key]


def _place(parts: list[str], order: list[str], tests: CellTests) -> tuple[dict[str, str], str]:
    """Which of a row's pieces is which cell, and the words placed nowhere.

    The pieces come in the columns' order, each cell's words together, any cell
    possibly empty. The reading chosen is the one that costs least: an owner's cell
    must name bodies, a time's cell must be a time, a cell starts with a capital and
    not after a line that runs on ("và", ","); a cell of free words that takes in a
    body's name or a time costs a little, an expected cell left empty costs more. A
    row may start again at its owners (a second result and its time, "sub-rows");
    what a page break left after the last cell is placed nowhere, at a small cost
    per line. The work is linear in the row's length.
    """
    n = len(parts)
    if n > _PLACE_LIMIT:
        return {"task": " ".join(parts)}, ""
    seq = _sequence(order)
    row = _Row(parts, tests)
    start, absorb, ends = row.start, row.absorb, row.ends

    count = len(seq)
    closed = [[_INF] * (n + 1) for _ in range(count + 1)]  # index 0: before any column
    opened = [[_INF] * (n + 1) for _ in range(count + 1)]
    back_c: dict[tuple[int, int], tuple[str, int, int]] = {}
    back_o: dict[tuple[int, int], tuple[str, int, int]] = {}
    closed[0][0] = 0.0
    for i in range(n + 1):
        for q in range(1, count + 1):
            if opened[q][i] < closed[q][i]:
                closed[q][i] = opened[q][i]
                back_c[(q, i)] = ("open", q, i)
        start_i, absorb_i = (start(i), absorb(i)) if i < n else (0.0, 0.0)
        for p in range(count + 1):
            base = closed[p][i]
            if base == _INF or i == n:
                continue
            skipped = 0.0
            for q in range(p + 1, min(count, p + _SKIP) + 1):
                col = seq[q - 1]
                step = base + skipped + _SUB_ROW * (col.cycle - (seq[p - 1].cycle if p else 0))
                if col.kind in ("free", "spill"):
                    first = _SPILL if col.kind == "spill" else start_i
                    if col.role != "task":
                        first += absorb_i  # a body or a time opening a cell of free words
                    if step + first < opened[q][i + 1]:
                        opened[q][i + 1] = step + first
                        back_o[(q, i + 1)] = ("from", p, i)
                else:
                    for j, cell in ends(col.kind, i):
                        cost = step + start_i + cell
                        if cost < closed[q][j]:
                            closed[q][j] = cost
                            back_c[(q, j)] = ("from", p, i)
                skipped += col.empty
                if skipped == _INF:
                    break
        if i < n:
            for q in range(1, count + 1):
                if opened[q][i] == _INF or (q, i) not in back_o:
                    continue
                col = seq[q - 1]
                cost = opened[q][i] + absorb_i + (_SPILL_MORE if col.kind == "spill" else 0.0)
                if cost < opened[q][i + 1]:
                    opened[q][i + 1] = cost
                    back_o[(q, i + 1)] = ("more", q, i)
    best, at = _INF, 0
    for p in range(1, count + 1):
        tail = sum(c.empty for c in seq[p:] if c.cycle == seq[p - 1].cycle)
        if closed[p][n] + tail < best:
            best, at = closed[p][n] + tail, p
    if best == _INF:
        return {"task": " ".join(parts)}, ""
    return _read_back(parts, seq, at, n, back_c, back_o)


def _sequence(order: list[str]) -> list[_Column]:
    """The columns a row may fill, in order: the header's, then its sub-rows' (no task)."""
    seq: list[_Column] = []
    for cycle in range(_SUB_ROWS + 1):
        for role in order:
            if role == "task" and cycle:
                continue
            owner = role in _OWNER_ROLES or role == "post"
            kind = "owner" if owner else "time" if role == "time" else "free"
            if role == "days":
                kind = "days"  # a count of days or nothing, never a task's words
            empty = _EMPTY.get(role, _EMPTY_OTHER) if not cycle or role != "task" else 0.0
            seq.append(_Column(role, cycle, kind, empty if not cycle else min(empty, 0.5)))
        seq.append(_Column("spill", cycle, "spill", 0.0))
    return seq


def _segment(
    kind: str, parts: list[str], a: int, b: int, marks: tuple[list[bool], ...], tests: CellTests
) -> float:
    """What the pieces ``a:b`` cost as one owner cell or one time cell."""
    low, body, timeish = marks
    text = " ".join(parts[a:b])
    if kind == "days":
        return 0.0 if b == a + 1 and _DAYS.match(fold(text)) else _INF
    if kind == "time":
        if tests.is_time(text):
            return 0.0
        # A time line with its note after it is the time's cell, not words a page break
        # left over; only one line, as a note spread over lines reads as other cells.
        if b != a + 1:
            return _INF
        if tests.time_then_note(text):
            return _TIME_NOTE
        return _TIME_WORDS if tests.action_then_time(text) else _INF
    if low[a] and not body[a]:
        return _INF
    tail = tests.owner_tail(text)
    if tail is None:
        return _INF
    cost = 0.0 if not tail else _SCOPED if _SCOPE.match(fold(tail)) else _NOT_ALL_OWNERS
    for k in range(a + 1, b):
        cost += _ABSORB_TIME if timeish[k] else 0.0
        # A capitalised line after a line that ended a name starts the next cell: an owner
        # cell if it names a body, else a cell of free words.
        if not low[k] and not runs_on(parts[k - 1]) and not _ACRONYM_ENDS.match(parts[k]):
            cost += _NEXT_CELL if body[k] else _NEXT_WORDS
    return cost


_DAYS = re.compile(r"^\d{1,3} ngay(?: lam viec)?\W*$")  # "105 ngày", "10 ngày làm việc"


# An acronym after a line of lower-case words ends the name it cuts ("Ủy ban Công tác về
# các tổ chức" / "PCPNN,"): the name goes on, no next cell.
_ACRONYM_ENDS = re.compile(r"^[A-ZĐ]{2,}(?:[,;]|$)")


# An item of a numbered list in a cell: "1. Bộ Tài chính tổng kết …", "2. Các bộ …".
_LIST_ITEM = re.compile(r"^\d{1,2}\.\s+(?=\S)")
_ITEM_WORDS = 0.5  # a listed owner with its share of the work after its name


def _listed(
    parts: list[str],
    a: int,
    b: int,
    item: list[bool],
    marks: tuple[list[bool], ...],
    tests: CellTests,
) -> float:
    """What the pieces ``a:b`` cost as an owner cell listing "1. …", "2. …" in order.

    Each item names its bodies first, then what they do ("1. Bộ Tài chính tổng kết …"):
    that is the cell's form, so the words after the names cost little.
    """
    if not item[a]:
        return _INF
    starts = [k for k in range(a, b) if item[k]]
    numbers = [int(parts[k].split(".", 1)[0]) for k in starts]
    if numbers != list(range(1, len(numbers) + 1)):  # the whole list, from its first item
        return _INF
    low, body, timeish = marks
    cost = 0.0
    for x, y in itertools.pairwise([*starts, b]):
        text = _LIST_ITEM.sub("", " ".join(parts[x:y]))
        tail = tests.owner_tail(text)
        if tail is None:
            return _INF
        cost += _ITEM_WORDS if tail else 0.0
        for k in range(x + 1, y):
            cost += _ABSORB_TIME if timeish[k] else 0.0
            if not low[k] and parts[k - 1].rstrip().endswith("."):
                cost += _NOT_ALL_OWNERS  # words after the item's full stop: the next cell
            elif not low[k] and not runs_on(parts[k - 1]):  # the next cell, as in _segment
                cost += _NEXT_CELL if body[k] else _NEXT_WORDS
    return cost


# Words that open an owner's scope after its name: "đối với địa phương", "ở Trung ương",
# "trình cấp có thẩm quyền", "với các tiêu chuẩn …", "theo chức năng …".
_SCOPE = re.compile(r"^(?:doi voi|o|tai|trinh|voi|theo|trong|thuoc|cap|\(|\[)")


def _read_back(
    parts: list[str],
    seq: list[_Column],
    at: int,
    n: int,
    back_c: dict[tuple[int, int], tuple[str, int, int]],
    back_o: dict[tuple[int, int], tuple[str, int, int]],
) -> tuple[dict[str, str], str]:
    """The cells of the cheapest reading, walked back from its end."""
    cells: list[tuple[int, int, int]] = []  # column, first piece, end
    q, j, is_open = at, n, False
    end = n
    while q:
        if not is_open:
            how, p, i = back_c[(q, j)]
            if how == "open":
                is_open, end = True, j
                continue
            cells.append((q, i, j))
            q, j = p, i
            continue
        how, p, i = back_o[(q, j)]
        if how == "more":
            j = i
            continue
        cells.append((q, i, end))
        q, j, is_open = p, i, False
        end = i
        continue
    by_role: dict[str, list[str]] = {}
    spill: list[str] = []
    for q, a, b in sorted(cells, key=lambda c: c[1]):
        words = " ".join(parts[a:b]).strip()
        col = seq[q - 1]
        if col.kind == "spill":
            spill.append(words)
        elif words:
            by_role.setdefault(col.role, []).append(words)
    out = {
        role: ("; " if role in (*_OWNER_ROLES, "time", "product") else " ").join(
            dict.fromkeys(texts)
        )
        for role, texts in by_role.items()
    }
    return out, " … ".join(spill)


def runs_on(piece: str) -> bool:
    """Whether a cell's line runs on to the next ("Bộ Thông tin và", "các bộ,")."""
    words = nfc(piece).rstrip().split()
    return (
        not words
        or piece.rstrip().endswith((",", ";", "-", "–", "(", "/"))
        or (words[-1] in _JOINERS)
    )
