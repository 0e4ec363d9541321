"""Making data safe for the places it lands: spreadsheets, Markdown and JSON on a terminal."""

from __future__ import annotations

import json
import re

from nq42cli.core.text import unsafe_chars, visible

__all__ = ["json_safe", "md_cell", "spreadsheet_safe"]

# What Excel, LibreOffice and Google Sheets read as the start of a formula (OWASP "CSV
# injection"), with the full-width forms that East Asian input methods produce and
# spreadsheets also accept.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def spreadsheet_safe(text: str) -> str:
    r"""Prefix a cell that a spreadsheet would read as a formula with an apostrophe.

    Excel, LibreOffice and Google Sheets run cells starting with these characters
    (OWASP "CSV injection"); the apostrophe makes them plain text and is not shown.
    Control and format characters are shown escaped (``\x1b``), as on the terminal:
    CSV is printed to one by default, and XML-based formats (xlsx) cannot hold them.
    """
    # Some spreadsheets trim leading spaces on import, so " =1+1" counts as a formula too.
    text = "'" + text if text.lstrip(" ").startswith(_FORMULA_START) else text
    return visible(text)


# Characters that Markdown turns into formatting, links or HTML; escaped with a
# backslash, which CommonMark allows before any ASCII punctuation and does not show.
_MD_SPECIAL = re.compile(r"([\\|`*_\[\]<>~])|&(?=#?[A-Za-z0-9]+;)")


def md_cell(text: str) -> str:
    """Escape text for one cell of a Markdown table.

    Pipes would split the cell, markup characters would format it, an HTML tag or
    entity would be rendered, and a leading formula character is run by a spreadsheet
    when the table is pasted into one; each is escaped with a backslash, which the
    rendered table does not show. Control and format characters are shown escaped.
    """
    text = _MD_SPECIAL.sub(lambda m: "\\" + m.group(), text)
    text = visible(" ".join(text.split()))
    if text.startswith(("=", "+", "-", "@")):
        text = "\\" + text
    return text


# Inside JSON strings: everything :func:`visible` escapes (controls, bidi and other
# format characters, lone surrogates, non-characters), from the same list. JSON already
# escapes C0 controls, and the newlines of indentation are JSON's own.


def json_safe(text: str) -> str:
    r"""Escape, in JSON text, the characters a terminal would act on or hide.

    The result decodes to exactly the same data (``\u202e`` is the same string as the
    character), so machines see no difference while a person who prints the JSON on a
    terminal cannot be fooled by a bidi override or recoloured by a C1 control. Every
    JSON document nq42 prints goes through here (:func:`nq42cli.render.json_.dump`).
    """
    return unsafe_chars(c0=False).sub(lambda ch: json.dumps(ch)[1:-1], text)
