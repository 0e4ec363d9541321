"""How a workbook prints, shared by the status export and the periodic report.

Both print on A4 landscape, fitted to the page's width and as many pages long as it
takes, with the header row repeated on every page and the page number in the footer.
Excel and LibreOffice do not grow a row for wrapped text a program wrote, so each
renderer sets row heights from :func:`lines_needed`, with its own font's measures.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["lines_needed", "print_setup"]


def lines_needed(text: str, width: float, chars_per_unit: float) -> int:
    """How many printed lines ``text`` takes in a column ``width`` units wide.

    Lines break between words, as the spreadsheet breaks them: a narrow column of names
    takes more lines than its length alone says, and a row cut short would hide the end
    of a cell. ``chars_per_unit``: characters of the font per unit of column width.
    """
    per_line = max(int(width * chars_per_unit) - 1, 1)
    return sum(len(textwrap.wrap(part, per_line)) or 1 for part in text.split("\n"))


def print_setup(ws: Worksheet, header_row: int | None) -> None:
    """A4 landscape, one page wide, page numbers; ``header_row`` repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.55, bottom=0.55)
    ws.print_options.horizontalCentered = True
    footer = ws.oddFooter
    if footer is not None and footer.center is not None:
        footer.center.text = "&P/&N"
    if header_row is not None:
        ws.print_title_rows = f"{header_row}:{header_row}"
