"""Markdown: a pipe table that renders on GitHub, GitLab and in most editors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nq42cli.render.records import FLAT_COLUMNS, flat_record
from nq42cli.render.safety import md_cell

if TYPE_CHECKING:
    from nq42cli.core.queries import Row
    from nq42cli.render import View
    from nq42cli.render.report import Report, Sheet

_COLUMNS = tuple(c for c in FLAT_COLUMNS if c != "as_of")


def render(rows: list[Row], view: View) -> str:
    """Render rows as a Markdown table, with the as-of date above it when there is one."""
    lines = []
    if view.as_of is not None:
        said = "Tính đến ngày" if view.lang == "vi" else "As of"
        lines += [f"{said} {view.as_of.isoformat()}.", ""]
    # The plan's own deadline shows beside an adjusted one; a table with no adjusted
    # deadline is not given an empty column for it.
    adjusted = any(r.adjusted is not None for r in rows)
    columns = tuple(c for c in _COLUMNS if adjusted or c != "original_deadline")
    lines.append("| " + " | ".join(columns) + " |")
    lines.append("|" + "|".join("---" for _ in columns) + "|")
    for row in rows:
        rec = flat_record(row)
        cells = ("" if rec[c] is None else md_cell(str(rec[c])) for c in columns)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def render_report(report: Report) -> str:
    """Render a report as a heading, the as-of line, the table and the summary table.

    Markdown passes inline HTML through; :func:`md_cell` backslash-escapes ``<``, ``>``
    and ``&``, so a ``<b>`` in evidence shows as ``<b>``, it does not turn the cell bold.
    """
    lines = [f"# {_md(report.title)}", ""]
    if report.subtitle:
        lines += [_md(report.subtitle), ""]
    lines += _sheet(report.table)
    lines += ["", f"## {_md(report.summary.name)}", ""]
    lines += _sheet(report.summary)
    return "\n".join(lines) + "\n"


def _sheet(sheet: Sheet) -> list[str]:
    from nq42cli.render.report import cell_text

    out = ["| " + " | ".join(_md(c) for c in sheet.columns) + " |"]
    out.append("|" + "|".join("---" for _ in sheet.columns) + "|")
    for cells in sheet.rows:
        out.append("| " + " | ".join(_md(cell_text(c)) for c in cells) + " |")
    return out


def _md(text: str) -> str:
    return md_cell(text)
