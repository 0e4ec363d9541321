"""Making data safe for the places it lands: spreadsheets and Markdown."""

from __future__ import annotations

__all__ = ["md_cell", "spreadsheet_safe"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """Prefix a cell that a spreadsheet would read as a formula with an apostrophe.

    Excel, LibreOffice and Google Sheets run cells starting with these characters
    (OWASP "CSV injection"); the apostrophe makes them plain text and is not shown.
    """
    return "'" + text if text.startswith(_FORMULA_START) else text


def md_cell(text: str) -> str:
    """Escape text for one cell of a Markdown table."""
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    return " ".join(text.split())
