"""Making data safe for the places it lands: spreadsheets and Markdown."""

from __future__ import annotations

from nq42cli.core.text import visible

__all__ = ["md_cell", "spreadsheet_safe"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """Prefix a cell that a spreadsheet would read as a formula with an apostrophe.

    Excel, LibreOffice and Google Sheets run cells starting with these characters
    (OWASP "CSV injection"); the apostrophe makes them plain text and is not shown.
    Control characters are shown escaped: CSV is often read on a terminal too.
    """
    text = "'" + text if text.startswith(_FORMULA_START) else text
    return visible(text)


def md_cell(text: str) -> str:
    """Escape text for one cell of a Markdown table."""
    text = visible(" ".join(text.split()))
    return text.replace("\\", "\\\\").replace("|", "\\|")
