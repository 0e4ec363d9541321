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
        lines += [f"As of {view.as_of.isoformat()}.", ""]
    lines.append("| " + " | ".join(_COLUMNS) + " |")
    lines.append("|" + "|".join("---" for _ in _COLUMNS) + "|")
    for row in rows:
        rec = flat_record(row)
        cells = ("" if rec[c] is None else md_cell(str(rec[c])) for c in _COLUMNS)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def render_report(report: Report) -> str:
    """Render a report as a heading, the as-of line, the table and the summary table."""
    lines = [f"# {md_cell(report.title)}", ""]
    if report.subtitle:
        lines += [md_cell(report.subtitle), ""]
    lines += _sheet(report.table)
    lines += ["", f"## {md_cell(report.summary.name)}", ""]
    lines += _sheet(report.summary)
    return "\n".join(lines) + "\n"


def _sheet(sheet: Sheet) -> list[str]:
    from nq42cli.render.report import cell_text

    out = ["| " + " | ".join(md_cell(c) for c in sheet.columns) + " |"]
    out.append("|" + "|".join("---" for _ in sheet.columns) + "|")
    for cells in sheet.rows:
        out.append("| " + " | ".join(md_cell(cell_text(c)) for c in cells) + " |")
    return out
