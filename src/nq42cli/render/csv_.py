"""CSV: one line per row, flat columns, cells that a spreadsheet would run neutralised."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from nq42cli.render.records import FLAT_COLUMNS, flat_record
from nq42cli.render.report import cell_text
from nq42cli.render.safety import spreadsheet_safe

if TYPE_CHECKING:
    from nq42cli.core.queries import Row
    from nq42cli.render import View
    from nq42cli.render.report import Report


def render(rows: list[Row], view: View) -> str:
    """Render rows as CSV (RFC 4180 quoting, CRLF line ends as Excel expects)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(FLAT_COLUMNS)
    for row in rows:
        rec = flat_record(row)
        writer.writerow(
            "" if v is None else (spreadsheet_safe(v) if isinstance(v, str) else v)
            for v in (rec[c] for c in FLAT_COLUMNS)
        )
    return out.getvalue()


def render_report(report: Report) -> str:
    """Render a report's table as CSV (the summary has its own sheet only in xlsx/html/md).

    The caller adds the UTF-8 BOM when writing to a file, so Excel reads Vietnamese text
    as UTF-8; on a pipe the BOM would be noise.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(report.table.columns)
    for cells in report.table.rows:
        writer.writerow(spreadsheet_safe(c) if isinstance(c, str) else cell_text(c) for c in cells)
    return out.getvalue()
