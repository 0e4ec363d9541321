"""Excel workbooks (openpyxl): the table on one sheet, the summary on another.

A status table with group owners adds a third sheet: each group's members per duty.

Each sheet has a bold, frozen header row and an autofilter; column widths fit the text
(long text columns are capped and wrap); dates are stored as dates and counts as
numbers, so sorting and filtering in Excel work. No cell is ever a formula: text is
stored as text with Excel's quote prefix when it starts like a formula. Sheet names,
headers and the document's title are in the language asked for.

Printed, each sheet is A4 landscape, fitted to the page's width, with the header row
repeated on every page. Wrapped text shows whole: Excel and LibreOffice do not grow a
row for wrapped text written by a program, so every row's height is set from its text
and the column widths; the widest columns share a print width so the scale stays
readable.
"""

from __future__ import annotations

import io
from datetime import date
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from nq42cli.core.text import visible
from nq42cli.render.report import listing_report, status_report
from nq42cli.render.safety import spreadsheet_safe
from nq42cli.render.xlsx_print import lines_needed as shared_lines_needed
from nq42cli.render.xlsx_print import print_setup

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from nq42cli.core.results import Listing, StatusTable
    from nq42cli.render.report import Report, Sheet

__all__ = ["render_listing", "render_report", "render_status"]

MAX_WIDTH = 60
DATE_FORMAT = "yyyy-mm-dd"
# Column widths (in Excel's unit, the width of a "0") that print across A4 landscape at
# about 75 %: wider tables give their widest columns less, down to NARROWEST.
PRINT_WIDTH = 200
NARROWEST = 14
# Characters of the default font (Calibri 11) per unit of width, allowing for words that
# wrap early, and the height of one line in points.
CHARS_PER_UNIT = 1.35
LINE_PT = 14.5
BOLD_SCALE = 0.85


def render_listing(result: Listing, lang: str) -> bytes:
    """A query's answer as a workbook."""
    return render_report(listing_report(result, lang), lang)


def render_status(result: StatusTable, lang: str) -> bytes:
    """The status table and its summary as a workbook."""
    return render_report(status_report(result, lang), lang)


def render_report(report: Report, lang: str) -> bytes:
    """The report as the bytes of an .xlsx file (sheet names in the report's language)."""
    del lang  # the report is already in its language
    wb = Workbook()
    first = wb.active
    assert first is not None
    _fill(first, report.table)
    for sheet in (report.summary, *report.extra):
        _fill(wb.create_sheet(), sheet)
    wb.properties.title = report.title
    wb.properties.description = report.subtitle
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _fill(ws: Worksheet, sheet: Sheet) -> None:
    # Sheet names are at most 31 characters and exclude []:*?/\.
    ws.title = "".join(c for c in sheet.name if c not in "[]:*?/\\")[:31] or "Sheet"
    widths = [len(c) for c in sheet.columns]
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for j, name in enumerate(sheet.columns, 1):
        cell = ws.cell(row=1, column=j)
        _set_text(cell, name)
        cell.font = bold
        cell.alignment = wrap
    for i, cells in enumerate(sheet.rows, 2):
        for j, value in enumerate(cells, 1):
            cell = ws.cell(row=i, column=j)
            if isinstance(value, str):
                _set_text(cell, value)
                widths[j - 1] = max(widths[j - 1], len(value))
            elif isinstance(value, date):
                cell.value = value
                cell.number_format = DATE_FORMAT
                widths[j - 1] = max(widths[j - 1], 10)
            elif value is not None:
                cell.value = value
                widths[j - 1] = max(widths[j - 1], len(str(value)))
            cell.alignment = wrap
    fitted = fit_widths([min(w + 2, MAX_WIDTH) for w in widths])
    for j, width in enumerate(fitted, 1):
        ws.column_dimensions[get_column_letter(j)].width = width
    for i, cells in enumerate([sheet.columns, *sheet.rows], 1):
        texts = [c if isinstance(c, str) else "" for c in cells]
        # Bold header text is wider: count it in narrower columns.
        scale = BOLD_SCALE if i == 1 else 1.0
        lines = max(
            (lines_needed(t, w * scale) for t, w in zip(texts, fitted, strict=False)), default=1
        )
        ws.row_dimensions[i].height = LINE_PT * lines + 2
    ws.freeze_panes = "A2"
    last = get_column_letter(max(len(sheet.columns), 1))
    ws.auto_filter.ref = f"A1:{last}{max(len(sheet.rows) + 1, 1)}"
    print_setup(ws, 1)


def fit_widths(widths: list[float]) -> list[float]:
    """Column widths whose sum is at most :data:`PRINT_WIDTH` when they can be.

    Columns wider than the share they would get are narrowed together, never below
    :data:`NARROWEST`; narrow columns (ids, dates, counts) keep their width.
    """
    out = list(widths)
    for _ in range(len(out)):
        excess = sum(out) - PRINT_WIDTH
        wide = [j for j, w in enumerate(out) if w > NARROWEST]
        if excess <= 0 or not wide:
            break
        cut = excess / len(wide)
        for j in wide:
            out[j] = max(out[j] - cut, NARROWEST)
    return [round(w, 1) for w in out]


def lines_needed(text: str, width: float) -> int:
    """How many printed lines ``text`` takes in a column ``width`` units wide (Calibri 11)."""
    return shared_lines_needed(text, width, CHARS_PER_UNIT)


def _set_text(cell: object, text: str) -> None:
    # openpyxl turns any string starting with "=" into a formula and "#N/A" into an
    # error; forcing the string type and Excel's quote prefix keeps text as text even
    # when a user edits the cell. Control characters are illegal in xlsx XML.
    safe = visible(text)
    cell.value = safe  # type: ignore[attr-defined]
    cell.data_type = "s"  # type: ignore[attr-defined]
    if spreadsheet_safe(safe) != safe:
        cell.quotePrefix = True  # type: ignore[attr-defined]
