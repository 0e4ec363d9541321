"""A single self-contained HTML page: the table and the summary, readable on paper.

No scripts, no external style sheets or fonts: the file opens anywhere and prints as it
shows. Every piece of text goes through :func:`html.escape`; nothing from the data is
ever markup. The page's words, and its ``lang`` attribute, are in the language asked for.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from nq42cli.core.text import visible
from nq42cli.render.report import cell_text, listing_report, status_report

if TYPE_CHECKING:
    from nq42cli.core.results import Listing, StatusTable
    from nq42cli.render.report import Report, Sheet

__all__ = ["render_listing", "render_report", "render_status"]

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


def render_listing(result: Listing, lang: str) -> str:
    """A query's answer as a page."""
    return render_report(listing_report(result, lang), lang)


def render_status(result: StatusTable, lang: str) -> str:
    """The status table and its summary; late rows are shaded."""
    return render_report(status_report(result, lang), lang)


def render_report(result: Report, lang: str) -> str:
    """The report as an HTML document; rows are tagged with the report's row classes."""
    del lang  # the report is already in its language
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(result.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(result.title)}</title>",
        f"<style>\n{_STYLE}\n</style>",
        "</head>",
        "<body>",
        f"<h1>{_e(result.title)}</h1>",
    ]
    if result.subtitle:
        parts.append(f'<p class="as-of">{_e(result.subtitle)}</p>')
    parts += _table(result.table, result.row_classes)
    for sheet in (result.summary, *result.extra):
        parts.append(f"<h2>{_e(sheet.name)}</h2>")
        parts += _table(sheet, ())
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _e(text: str) -> str:
    return escape(visible(text), quote=True)


def _table(sheet: Sheet, row_classes: tuple[str, ...]) -> list[str]:
    out = ["<table>", "<thead><tr>"]
    out += [f'<th scope="col">{_e(c)}</th>' for c in sheet.columns]
    out += ["</tr></thead>", "<tbody>"]
    for i, cells in enumerate(sheet.rows):
        cls = row_classes[i] if i < len(row_classes) else ""
        out.append(f'<tr class="{_e(cls)}">' if cls else "<tr>")
        for c in cells:
            kind = "num" if isinstance(c, int) else "date" if isinstance(c, date) else ""
            attr = f' class="{kind}"' if kind else ""
            out.append(f"<td{attr}>{_e(cell_text(c))}</td>")
        out.append("</tr>")
    out += ["</tbody>", "</table>"]
    return out
