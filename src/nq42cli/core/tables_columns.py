"""Task tables that a PDF's text gives column by column.

pdftotext may read a page's table a column at a time: the "TT" line and every row's
number each alone on its line, then the task column's header and every row's task, then
the other columns' headers and, row after row, each row's owner, its "- " partner lines
and its time. Rows are told apart by what opens them: a task by an action in capitals
(or after a full stop), an owner's cell by a paragraph that is neither a partner list nor
a time. The table is read only when the counts agree with the numbers printed; times
only when every row holds just one, in its place after the row's owner and partners
(the same copy may print a page's time cells out of row order: then none is read).
"""

from __future__ import annotations

import re

from nq42cli.core.layout import Grid, Line
from nq42cli.core.tables import COLUMNS, CellTests, roles
from nq42cli.core.text import fold

_NUMBER = re.compile(r"^\d{1,3}\.?$")
_BULLET = re.compile(r"^[-+•]\s*\S")
_MIN_ROWS = 2
_HEADER_WORDS = 6  # a header cell is a few words
_CELL_END = (".", "”.", '".', ".”", ";")


def _header_role(text: str) -> str | None:
    f = fold(text).strip(" .:*")
    if len(text.split()) > _HEADER_WORDS:
        return None
    return next((role for role, p in COLUMNS.items() if p.match(f)), None)


def _numbers(lines: list[Line], i: int) -> tuple[list[str], int]:
    """The row numbers that follow the number column's header, in sequence, and the next index."""
    out: list[str] = []
    while i < len(lines) and _NUMBER.match(lines[i].text.strip()):
        n = lines[i].text.strip().rstrip(".")
        if out and int(n) != int(out[-1]) + 1:
            break
        out.append(n)
        i += 1
    return out, i


def _tasks(texts: list[str], tests: CellTests) -> list[str]:
    """The task column's lines cut into tasks: an action in capitals, or a capital after a stop."""
    out: list[list[str]] = []
    for t in texts:
        opens = t[:1].isupper() and (
            tests.opens_task(t) or (bool(out) and out[-1][-1].rstrip().endswith(_CELL_END))
        )
        if opens or not out:
            out.append([t])
        else:
            out[-1].append(t)
    return [" ".join(x) for x in out]


def _paragraphs(lines: list[Line]) -> list[list[str]]:
    out: list[list[str]] = []
    for x in lines:
        if x.blank_before or not out:
            out.append([x.text.strip()])
        else:
            out[-1].append(x.text.strip())
    return out


def _cells(lines: list[Line], n: int, tests: CellTests) -> list[tuple[str, str, str]] | None:
    """Each row's owner, partners and time cells (time '' when not read), or None."""
    rows: list[list[str]] = []  # owner, partners, the row's time paragraphs
    times: list[list[str]] = []
    for para in _paragraphs(lines):
        text = " ".join(para)
        if all(_BULLET.match(p) for p in para):
            if not rows or rows[-1][1]:
                return None
            rows[-1][1] = text
        elif tests.is_time(text) or (rows and rows[-1][1] and tests.is_time(para[0])):
            if not rows:
                return None
            times[-1].append(text)
        else:
            if rows and not rows[-1][1] and not times[-1]:
                rows[-1][0] = f"{rows[-1][0]} {text}"  # an owner's cell a blank split
                continue
            rows.append([text, ""])
            times.append([])
    if len(rows) != n:
        return None
    # A time only where every row has one, in its place: else the column's order is lost.
    timed = all(len(t) == 1 and tests.is_time(t[0]) for t in times)
    return [(r[0], r[1], t[0] if timed else "") for r, t in zip(rows, times, strict=True)]


def columns_grid(lines: list[Line], start: int, tests: CellTests) -> tuple[Grid, int] | None:
    """A table copied column by column from ``lines[start]`` (its "TT" line), or None.

    Returns the grid and the index of the first line after the table.
    """
    numbers, i = _numbers(lines, start + 1)
    if len(numbers) < _MIN_ROWS or i >= len(lines) or _header_role(lines[i].text) != "task":
        return None
    task_head, i = lines[i].text.strip(), i + 1
    body: list[str] = []
    while i < len(lines) and _header_role(lines[i].text) not in ("lead", "partners", "time"):
        if _NUMBER.match(lines[i].text.strip()) or fold(lines[i].text).strip() in ("tt", "stt"):
            return None
        body.append(lines[i].text.strip())
        i += 1
    heads: list[str] = []
    while i < len(lines) and (role := _header_role(lines[i].text)) is not None and role != "task":
        heads.append(lines[i].text.strip())
        i += 1
    header = [lines[start].text.strip(), task_head, *heads]
    cols = roles(header)
    tasks = _tasks(body, tests)
    if "lead" not in cols or len(tasks) != len(numbers) or len(header) != len(cols):
        return None
    end = i
    while end < len(lines) and not _table_stop(lines[end]):
        end += 1
    cells = _cells(lines[i:end], len(numbers), tests)
    if cells is None:
        return None
    grid = Grid(lines[start].no, [(lines[start].no, header)], form="columns")
    for no, task, (lead, partners, time) in zip(numbers, tasks, cells, strict=True):
        row = [""] * len(header)
        row[cols["number"]] = no
        row[cols["task"]] = task
        row[cols["lead"]] = lead
        if "partners" in cols:
            row[cols["partners"]] = partners
        if "time" in cols:
            row[cols["time"]] = time
        grid.rows.append((lines[start].no, row))
    return grid, end


def _table_stop(line: Line) -> bool:
    """The page's number, the next page's "TT" line or a new section end the table."""
    text = line.text.strip()
    return bool(_NUMBER.match(text)) or fold(text).strip(" .:") in ("tt", "stt")
