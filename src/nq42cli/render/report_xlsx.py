"""The periodic report as an Excel workbook (openpyxl), ready to print and hand upward.

Three sheets: *Tổng hợp* (title block, the figures, a table per owner and, with group
owners, one of their members per duty: how many of the 63 or 34 are done) and the two
appendices. Each appendix prints on A4 landscape, fitted to the page width, with its
header row repeated on every page; text wraps and every row is as tall as its text
(Excel does not grow rows with wrapped text by itself, so heights are set from the
text and the column widths); sections and items are rows of their own. No cell is a
formula: text is stored as text, with Excel's quote prefix where it starts like one.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from nq42cli.core.text import visible
from nq42cli.render.report_words import (
    appendix_rows,
    appendix_title,
    called,
    columns,
    figures,
    percent,
    title_block,
    words,
)
from nq42cli.render.safety import spreadsheet_safe
from nq42cli.render.xlsx_print import lines_needed as shared_lines_needed
from nq42cli.render.xlsx_print import print_setup

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from nq42cli.core.report import Appendix, PeriodicReport

__all__ = ["render"]

FONT = "Times New Roman"
SIZE = 11
# Column widths in Excel's units (the width of a "0"): STT, duty, lead, partners,
# deadline, progress, notes. 172 units print across A4 landscape at about 80 %.
WIDTHS = (6, 48, 20, 20, 18, 36, 24)
# Characters of Times New Roman 11 pt (Vietnamese text) that LibreOffice fits in one unit
# of width, less about one for the cell's padding (measured on its printed pages: 23 in
# a column 20 wide, 56 in one 48 wide); a line merged across the page holds a little
# less (about 196 in 172 units); and the height of one line, in points.
CHARS_PER_UNIT = 1.2
MERGED_FILL = 0.95
LINE_PT = 13.5

_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_RIGHT = Alignment(horizontal="right", vertical="top")
_PLAIN = Font(name=FONT, size=SIZE)
_BOLD = Font(name=FONT, size=SIZE, bold=True)
_BIG = Font(name=FONT, size=SIZE + 3, bold=True)
_ITALIC = Font(name=FONT, size=SIZE, italic=True)
_BOLD_ITALIC = Font(name=FONT, size=SIZE, bold=True, italic=True)
_HEAD_FILL = PatternFill("solid", fgColor="E6E6E6")
_SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")


def render(report: PeriodicReport, lang: str) -> bytes:
    """The report as the bytes of an .xlsx file."""
    wb = Workbook()
    summary = wb.active
    assert summary is not None
    w = words(lang)
    names = (w["sheet0"], w["sheet1"], w["sheet2"])
    summary.title = names[0]
    _summary(summary, report, lang)
    for appendix, name in zip((report.appendix1, report.appendix2), names[1:], strict=True):
        _appendix(wb.create_sheet(name), appendix, report, lang)
    block = title_block(report, lang)
    wb.properties.title = " ".join(block[-4:-1])
    wb.properties.creator = "nq42"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _set_text(cell: object, text: str) -> None:
    # Text, never a formula: openpyxl would store "=…" as one. The line breaks are ours;
    # each line is data, with control characters shown escaped (XML cannot hold them).
    safe = "\n".join(visible(line) for line in text.split("\n"))
    cell.value = safe  # type: ignore[attr-defined]
    cell.data_type = "s"  # type: ignore[attr-defined]
    if spreadsheet_safe(safe.split("\n", 1)[0]) != safe.split("\n", 1)[0]:
        cell.quotePrefix = True  # type: ignore[attr-defined]


def lines_needed(text: str, width: float) -> int:
    """How many printed lines ``text`` takes in a column ``width`` units wide (Times 11)."""
    return shared_lines_needed(text, width, CHARS_PER_UNIT)


_print_setup = print_setup


def _widths(ws: Worksheet) -> None:
    for j, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + j)].width = width


def _merged(ws: Worksheet, row: int, text: str, font: Font, align: Alignment) -> None:
    """A line of text across the seven columns, as tall as it needs."""
    cell = ws.cell(row=row, column=1)
    _set_text(cell, text)
    cell.font = font
    cell.alignment = align
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(WIDTHS))
    scale = (SIZE + 3) / SIZE if font is _BIG else 1.0
    lines = lines_needed(text, sum(WIDTHS) * MERGED_FILL / scale)
    ws.row_dimensions[row].height = LINE_PT * scale * lines + 2


def _title(ws: Worksheet, report: PeriodicReport, lang: str) -> int:
    """The title block from row 1; the next free row."""
    block = title_block(report, lang)
    row = 1
    if report.issuer:
        _merged(ws, row, block[0], _BOLD, Alignment(horizontal="left", vertical="top"))
        block = block[1:]
        row += 1
    fonts = (_BIG, _BOLD, _BOLD, _ITALIC)
    for text, font in zip(block, fonts, strict=True):
        _merged(ws, row, text, font, _CENTER)
        row += 1
    return row + 1


def _summary(ws: Worksheet, report: PeriodicReport, lang: str) -> None:
    _widths(ws)
    _print_setup(ws, None)
    row = _title(ws, report, lang)
    _merged(ws, row, words(lang)["figures"], _BOLD, Alignment(vertical="top"))
    row += 1
    for said in figures(report, lang):
        indent = "    " if said.level else ""
        _merged(ws, row, f"{indent}– {said.text}", _PLAIN, _WRAP)
        row += 1
    w = words(lang)
    f = report.figures
    if f.owners:
        # The owner's name spans the first two columns, the numbers take the next five.
        owners: list[tuple[str, tuple[int | str, ...]]] = [
            (
                called(o.owner, report.as_of, lang),
                (
                    o.counts.total,
                    o.counts.done,
                    o.counts.on_time,
                    o.counts.overdue,
                    percent(o.counts.done, o.counts.total, lang),
                ),
            )
            for o in f.owners
        ]
        head = tuple(w[f"owner_col{i}"] for i in range(6))
        row = _numbers(ws, row + 1, head, owners)
    if f.members:
        # Per duty and group owner: how many of its members are done, in progress, silent;
        # the duty's id in the first column, the group in the second.
        members: list[tuple[str, tuple[int | str, ...]]] = [
            (
                f"{m.duty}\n{called(m.owner, report.as_of, lang)}",
                (
                    m.tally.total,
                    m.tally.done,
                    m.tally.done_on_time if m.tally.deadline is not None else "—",
                    len(m.tally.in_progress),
                    len(m.tally.not_reported),
                ),
            )
            for m in f.members
        ]
        head = tuple(w[f"member_col{i}"] for i in range(6))
        _numbers(ws, row + 1, head, members)


def _numbers(
    ws: Worksheet, row: int, head: tuple[str, ...], lines: list[tuple[str, tuple[int | str, ...]]]
) -> int:
    """A boxed table from ``row``: a name over two columns, then numbers; the next row."""
    for j, text in enumerate(head):
        col = 1 if j == 0 else j + 2
        cell = ws.cell(row=row, column=col)
        _set_text(cell, text)
        cell.font = _BOLD
        cell.alignment = _CENTER
        cell.fill = _HEAD_FILL
        cell.border = _BOX
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    ws.row_dimensions[row].height = LINE_PT * 2 + 2
    for label, values in lines:
        row += 1
        cell = ws.cell(row=row, column=1)
        _set_text(cell, label)
        cell.font = _PLAIN
        cell.alignment = _WRAP
        cell.border = _BOX
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        for j, value in enumerate(values, 3):
            cell = ws.cell(row=row, column=j)
            if isinstance(value, str):
                _set_text(cell, value)
            else:
                cell.value = value
            cell.font = _PLAIN
            cell.alignment = _RIGHT
            cell.border = _BOX
        ws.row_dimensions[row].height = LINE_PT * lines_needed(label, WIDTHS[0] + WIDTHS[1]) + 2
    return row + 1


def _appendix(ws: Worksheet, appendix: Appendix, report: PeriodicReport, lang: str) -> None:
    _widths(ws)
    row = _title(ws, report, lang)
    name, about = appendix_title(appendix, report, lang)
    _merged(ws, row, name, _BOLD, _CENTER)
    _merged(ws, row + 1, about, _BOLD, _CENTER)
    row += 3
    header = row
    _print_setup(ws, header)
    for j, text in enumerate(columns(lang), 1):
        cell = ws.cell(row=row, column=j)
        _set_text(cell, text)
        cell.font = _BOLD
        cell.alignment = _CENTER
        cell.fill = _HEAD_FILL
        cell.border = _BOX
    ws.row_dimensions[row].height = LINE_PT * 2 + 2
    ws.freeze_panes = f"A{row + 1}"
    if not appendix.lines:
        _merged(ws, row + 1, words(lang)["empty"], _ITALIC, _WRAP)
        return
    for table_row in appendix_rows(appendix, lang):
        row += 1
        if table_row.kind != "duty":
            font = _BOLD if table_row.kind == "section" else _BOLD_ITALIC
            number, title = table_row.cells[:2]
            for j, text in ((1, number), (2, title)):
                cell = ws.cell(row=row, column=j)
                _set_text(cell, text)
                cell.font = font
                cell.alignment = _WRAP
                cell.border = _BOX
                if table_row.kind == "section":
                    cell.fill = _SECTION_FILL
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=len(WIDTHS))
            width = sum(WIDTHS[1:])
            ws.row_dimensions[row].height = LINE_PT * lines_needed(title, width) + 2
            continue
        tallest = 1
        for j, text in enumerate(table_row.cells, 1):
            cell = ws.cell(row=row, column=j)
            if j == 1:
                cell.value = int(text)
                cell.alignment = _RIGHT
            else:
                _set_text(cell, text)
                cell.alignment = _WRAP
                tallest = max(tallest, lines_needed(text, WIDTHS[j - 1]))
            cell.font = _PLAIN
            cell.border = _BOX
        ws.row_dimensions[row].height = LINE_PT * tallest + 3
