"""Markdown: a heading, the as-of line, a pipe table and the summary table.

It renders on GitHub, GitLab and in most editors, and its words are in the language
asked for. Cells are escaped by :func:`~nq42cli.render.safety.md_cell`: pipes cannot
split a cell, and markup, HTML and formula starts from the data show as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nq42cli.render.report import cell_text, listing_report, status_report
from nq42cli.render.safety import md_cell

if TYPE_CHECKING:
    from nq42cli.core.results import Listing, StatusTable
    from nq42cli.render.report import Report, Sheet

__all__ = ["render_listing", "render_report", "render_status"]


def render_listing(result: Listing, lang: str) -> str:
    """A query's answer as a report."""
    return render_report(listing_report(result, lang), lang)


def render_status(result: StatusTable, lang: str) -> str:
    """The status table and its summary."""
    return render_report(status_report(result, lang), lang)


def render_report(result: Report, lang: str) -> str:
    """A report as a heading, the as-of line, the table and the summary table."""
    del lang  # the report is already in its language
    lines = [f"# {md_cell(result.title)}", ""]
    if result.subtitle:
        lines += [md_cell(result.subtitle), ""]
    lines += _sheet(result.table)
    for sheet in (result.summary, *result.extra):
        lines += ["", f"## {md_cell(sheet.name)}", ""]
        lines += _sheet(sheet)
    return "\n".join(lines) + "\n"


def _sheet(sheet: Sheet) -> list[str]:
    out = ["| " + " | ".join(md_cell(c) for c in sheet.columns) + " |"]
    out.append("|" + "|".join("---" for _ in sheet.columns) + "|")
    for cells in sheet.rows:
        out.append("| " + " | ".join(md_cell(cell_text(c)) for c in cells) + " |")
    return out
