r"""A task register kept as data: a JSON list of records, or a spreadsheet's CSV export.

A unit that tracks its tasks in a program keeps them as records — a JSON array of
objects, one a task, whose fields name the task, the unit that carries it out and its
time (``"title": "…", "department": "Phòng …", "deadline": "12/2026"``) — and a province's
appendix exported from Excel is a CSV file: its title rows, a header row (``STT,Tên dự
án,Chủ đầu tư,Thời gian thực hiện,…``), then one line per row, a cell with line breaks
in quotes. Read as text, neither has a line a task table's reader knows: the record's
fields stand on lines of their own, the row's cells are parted by commas.

:func:`register_text` gives such a register as the task table it is: a markdown table
under the lines above it, its columns named by the header's own words or, for a record,
by its keys. It is conservative:

- JSON only when it is a list of two records at least (or an object holding one such
  list beside short fields, its title among them, or JSON Lines) whose keys name a task
  and an owner or a time;
- CSV (cells parted by commas, or by semicolons) only when a row near the top is a task
  table's header (:func:`nq42cli.core.tables.roles`) and every row under it has the
  header's width, as an export pads them;
- tab-separated text only when a quoted cell holds line breaks, as a tracking system's
  export writes an owner cell's list (its rows no wider than the header, their empty
  last cells left off); a Word table's tab-separated copy is the layout's.

The standard library's json and csv modules read them; a text of any other shape is left
to the other readers.
"""

from __future__ import annotations

import csv
import io
import json
import re

from nq42cli.core.tables import COLUMNS, roles
from nq42cli.core.text import fold

__all__ = ["register_text"]

_RECORDS_MIN = 2  # records a register holds, at least
_ROWS_MIN = 2  # rows under a CSV's header, at least
_HEADER_WITHIN = 12  # rows a CSV's title may take above its header
_WIDTH_MIN = 3  # cells of a CSV's header, at least (a number, a task, an owner or a time)

# A record's keys in English, as a program names them, by the column they stand for; the
# first that a record has wins (a "department" before its "assignee", the person).
# Vietnamese keys ("nhiem_vu", "coQuanChuTri", "thời hạn") are read as a table's header is.
_KEYS: dict[str, tuple[str, ...]] = {
    "number": ("no", "stt", "index"),
    "task": ("task", "task name", "title", "name of task", "content", "description", "subject"),
    "lead": (
        "lead unit",
        "lead",
        "department",
        "unit",
        "agency",
        "organization",
        "organisation",
        "owner",
        "responsible",
        "in charge",
        "assignee",
        "assigned to",
    ),
    "partners": ("partners", "partner", "coordinating units", "coordinator", "collaborators"),
    # Not "time" nor "date": a feed's record stamps its article so ("time": "09:30 21/9/2026").
    "time": ("deadline", "due", "due date", "timeline", "target date", "end date"),
}
# The header a record's column is shown under: words the table readers know.
_SHOWN = {
    "number": "STT",
    "task": "Nhiệm vụ",
    "lead": "Cơ quan chủ trì",
    "partners": "Cơ quan phối hợp",
    "time": "Thời hạn",
}
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_ROW_NUMBER = re.compile(r"^\d{1,3}$")


def register_text(text: str) -> tuple[str, str] | None:
    """``text`` as a markdown task table and what it was (``"records"``, ``"csv"``), or None."""
    # An export written for Excel opens with a byte-order mark before its first cell.
    text = text.lstrip("\ufeff")
    stripped = text.strip()
    # A JSON array of records, an object holding one, or JSON Lines (a record a line).
    if (stripped[:1], stripped[-1:]) in (("[", "]"), ("{", "}")):
        table = _records(stripped)
        return None if table is None else (table, "records")
    if "|" in text:
        return None
    # An export parts its cells by commas, or by semicolons where the decimal mark is a
    # comma (a spreadsheet set for Vietnamese or French writes "1,5" and ";").
    for delimiter in (",", ";"):
        if delimiter in text and (table := _csv(text, delimiter)) is not None:
            return table, "csv"
    # A tracking system's tab-separated export quotes a cell that holds line breaks (an
    # owner cell's "• Vụ A \n• Vụ B" list) and leaves off a row's empty last cells; the
    # plain tab-separated copy of a Word table, with no such quote, is the layout's.
    if _QUOTED_BREAK.search(text) and (table := _csv(text, "\t", padded=False)) is not None:
        return table, "csv"
    return None


# A cell opened by a quote after a tab (or at a line's start) and not closed on its line.
_QUOTED_BREAK = re.compile(r'(?m)(?:^|\t)"(?:[^"\n]|"")*$')


# --------------------------------------------------------------------------- JSON records


def _key_role(key: str) -> tuple[str, int] | None:
    """The column a record's key stands for and its rank among that column's keys."""
    words = fold(_CAMEL.sub(" ", key).replace("_", " ").replace("-", " "))
    for role in _SHOWN:
        pattern = COLUMNS.get(role)
        if pattern is not None and pattern.match(words):
            return role, -1  # a Vietnamese key, as a table's header names the column
    for role, names in _KEYS.items():
        if words in names:
            return role, names.index(words)
    return None


def _value(v: object) -> str:
    """A field's value as a cell: a list's strings (several owners) joined by "; "."""
    if v is None or isinstance(v, (dict, bool)):
        return ""
    if isinstance(v, list):
        return "; ".join(_value(x) for x in v if _value(x))
    return " ".join(str(v).split())


def _records(text: str) -> str | None:
    try:
        data = json.loads(text)
    except ValueError:
        data = _lines_of_records(text)
        if data is None:
            return None
    title = ""
    if isinstance(data, dict):
        data, title = _wrapped(data)
    if (
        not isinstance(data, list)
        or len(data) < _RECORDS_MIN
        or not all(isinstance(r, dict) for r in data)
    ):
        return None
    best: dict[str, tuple[int, str]] = {}
    for record in data:
        for key in record:
            found = _key_role(str(key))
            if found is not None and (found[0] not in best or found[1] < best[found[0]][0]):
                best[found[0]] = (found[1], str(key))
    if "task" not in best or not ({"lead", "time"} & best.keys()):
        return None
    cols = [r for r in _SHOWN if r in best and r != "number"]
    rows = [["STT", *(_SHOWN[r] for r in cols)]]
    for k, record in enumerate(data, start=1):
        number = _value(record.get(best["number"][1])) if "number" in best else ""
        number = number if _ROW_NUMBER.match(number) else str(k)
        rows.append([number, *(_value(record.get(best[r][1])) for r in cols)])
    table = _pipe_table(rows) + "\n"
    return f"{title}\n\n{table}" if title else table


def _lines_of_records(text: str) -> list[object] | None:
    """JSON Lines — a record on each line, as a log or an export writes them — or None."""
    out: list[object] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except ValueError:
            return None
    return out


_TITLE_KEYS = ("title", "name", "ten", "tieu de", "ten ke hoach")
_SHORT = 200  # characters of a wrapper's other fields, at most (a title, a year, a unit)


def _wrapped(data: dict[str, object]) -> tuple[object, str]:
    """The one list of records a wrapper object holds, and its title; ``data`` if none.

    ``{"title": "Kế hoạch …", "year": 2027, "tasks": [{…}, {…}]}``: the records under
    a plan's name. An object with prose of its own (a news item's "content") is no
    register's wrapper.
    """
    lists = [v for v in data.values() if isinstance(v, list)]
    others = [v for v in data.values() if not isinstance(v, list)]
    if len(lists) != 1 or any(
        isinstance(v, dict) or (isinstance(v, str) and len(v) > _SHORT) for v in others
    ):
        return data, ""
    title = next(
        (
            v
            for k, v in data.items()
            if isinstance(v, str) and fold(k.replace("_", " ")) in _TITLE_KEYS
        ),
        "",
    )
    return lists[0], " ".join(title.split())


# --------------------------------------------------------------------------- CSV export


def _header_at(rows: list[list[str]]) -> int | None:
    """The index of a task table's header row among the first rows, or None."""
    for i, row in enumerate(rows[:_HEADER_WITHIN]):
        cells = [c.strip() for c in row]
        if len([c for c in cells if c]) < _WIDTH_MIN:
            continue
        cols = roles(cells)
        if "task" in cols and ("lead" in cols or "time" in cols):
            return i
    return None


def _csv(text: str, delimiter: str, *, padded: bool = True) -> str | None:
    """The rows of ``text`` split at ``delimiter`` as a task table, or None.

    ``padded``: every row under the header has the header's width, as a spreadsheet's
    export writes it; else no row is wider, and a short row's missing cells are empty.
    """
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error:
        return None
    h = _header_at(rows)
    if h is None:
        return None
    width = len(rows[h])
    body = [r for r in rows[h + 1 :] if any(c.strip() for c in r)]
    if len(body) < _ROWS_MIN or any(
        len(r) > width or (padded and len(r) != width) for r in rows[h + 1 :] if r
    ):
        return None
    body = [r + [""] * (width - len(r)) for r in body]
    number = roles([c.strip() for c in rows[h]]).get("number")
    # A closing row under the table — a note or a recommendation in its first wide cell,
    # no number — is a paragraph under it, as the printed appendix shows it; a row of the
    # table with no number would read as the row above's continuation.
    tail: list[list[str]] = []
    while body and number is not None and not body[-1][number].strip():
        if len([c for c in body[-1] if c.strip()]) != 1:
            break
        tail.insert(0, body.pop())
    if len(body) < _ROWS_MIN:
        return None
    above = [_paragraph(r) for r in rows[:h]]
    below = [_paragraph(r) for r in tail]
    parts = [p for p in above if p]
    parts.append(_pipe_table([rows[h], *body]))
    parts.extend(p for p in below if p)
    return "\n\n".join(parts) + "\n"


def _paragraph(row: list[str]) -> str:
    """A row outside the table (a title, a caption, a closing note) as its lines."""
    return "\n".join(line.strip() for c in row for line in c.strip().split("\n") if line.strip())


# A web view's "show more" link, copied with the cell it cut ("• Vụ Pháp chế [+] Xem thêm").
_SEE_MORE = re.compile(r"\s*\[\s*\+\s*\]\s*Xem (?:thêm|tiếp)\W*$", re.IGNORECASE)


# A unit's kind opening a line of an owner cell, then its name: "Vụ Pháp chế", "Văn phòng
# Ban cán sự Đảng", "SỞ GD&ĐT Thành phố Hà Nội", "Cơ quan đại diện của Bộ tại …".
_UNIT_LINE = re.compile(
    r"(?:vu|cuc|tong cuc|vien|hoc vien|van phong|so|truong|trung tam|du an|ban|thanh tra"
    r"|co quan|ubnd|uy ban nhan dan) \S"
    # A ministry's inspectorate, its kind alone: "Thanh tra".
    r"|thanh tra$"
)


def _cell_words(c: str) -> str:
    """A cell's words on one line, its lines joined.

    By a space (a sentence broken over lines), or by "; " where every line opens with a
    unit's kind ("Vụ Pháp chế" / "Vụ Giáo dục Đại học": an owner cell's list, one unit a
    line).
    """
    lines = [" ".join(line.split()) for line in c.split("\n") if line.strip()]
    if len(lines) > 1 and all(_UNIT_LINE.match(fold(line)) for line in lines):
        return "; ".join(lines)
    return " ".join(lines)


def _pipe_table(rows: list[list[str]]) -> str:
    def cell(c: str) -> str:
        return _SEE_MORE.sub("", _cell_words(c)).replace("|", "\\|")

    lines = ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    lines.insert(1, "|" + "---|" * len(rows[0]))
    return "\n".join(lines)
