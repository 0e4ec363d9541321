"""A single self-contained HTML page: the table and the summary, readable on paper.

No scripts, no external style sheets or fonts: the file opens anywhere and prints as it
shows. Every piece of text goes through :func:`html.escape`; nothing from the data is
ever markup.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from nq42cli.core.text import visible
from nq42cli.render.report import cell_text

if TYPE_CHECKING:
    from nq42cli.render.report import Report, Sheet

__all__ = ["render_report"]

_STYLE = """
body { font-family: "Times New Roman", "Noto Serif", serif; margin: 1.5rem; color: #000; }
h1 { font-size: 1.4rem; margin: 0 0 .3rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
p.as-of { margin: 0 0 1rem; font-style: italic; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid #444; padding: .25rem .4rem; vertical-align: top; text-align: left; }
th { background: #e8e8e8; }
td.num { text-align: right; white-space: nowrap; }
td.date { white-space: nowrap; }
tr.done_late td, tr.open_overdue td { background: #fbe3e3; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; font-size: 10pt; }
  thead { display: table-header-group; }
  tr { page-break-inside: avoid; }
  th { background: #e8e8e8 !important; print-color-adjust: exact; }
}
""".strip()


def render_report(report: Report, row_classes: list[str] | None = None) -> str:
    """The report as an HTML document; ``row_classes`` tags table rows (status codes)."""
    lang = "vi" if report.lang == "vi" else "en"
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(report.title)}</title>",
        f"<style>\n{_STYLE}\n</style>",
        "</head>",
        "<body>",
        f"<h1>{_e(report.title)}</h1>",
    ]
    if report.subtitle:
        parts.append(f'<p class="as-of">{_e(report.subtitle)}</p>')
    parts += _table(report.table, row_classes)
    parts.append(f"<h2>{_e(report.summary.name)}</h2>")
    parts += _table(report.summary, None)
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _e(text: str) -> str:
    return escape(visible(text), quote=True)


def _table(sheet: Sheet, row_classes: list[str] | None) -> list[str]:
    from datetime import date

    out = ["<table>", "<thead><tr>"]
    out += [f'<th scope="col">{_e(c)}</th>' for c in sheet.columns]
    out += ["</tr></thead>", "<tbody>"]
    for i, cells in enumerate(sheet.rows):
        cls = row_classes[i] if row_classes and i < len(row_classes) else ""
        out.append(f'<tr class="{_e(cls)}">' if cls else "<tr>")
        for c in cells:
            kind = "num" if isinstance(c, int) else "date" if isinstance(c, date) else ""
            attr = f' class="{kind}"' if kind else ""
            out.append(f"<td{attr}>{_e(cell_text(c))}</td>")
        out.append("</tr>")
    out += ["</tbody>", "</table>"]
    return out
