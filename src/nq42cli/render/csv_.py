"""CSV: one line per row, English column names for scripts, formula cells neutralised.

The columns are the keys of the JSON of the same result, flattened (see
:mod:`.records`); cells that hold words (roles, a status's label) follow the language.
Lines end in CRLF, as RFC 4180 and Excel expect. The UTF-8 BOM Excel needs is added
when the CSV is written to a file (:func:`nq42cli.render.encode`), never on a pipe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from nq42cli.render.records import (
    FLAT_COLUMNS,
    PLAN_COLUMNS,
    STATUS_COLUMNS,
    STATUS_PLAN_COLUMNS,
    flat_record,
    status_flat,
)
from nq42cli.render.report import cell_text
from nq42cli.render.safety import spreadsheet_safe

if TYPE_CHECKING:
    from nq42cli.core.results import Listing, StatusTable
    from nq42cli.render.report import Cell, Report

__all__ = ["render_listing", "render_report", "render_status"]


def _table(columns: Sequence[str], records: Iterable[Mapping[str, Cell]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for rec in records:
        writer.writerow(_cell(rec[c]) for c in columns)
    return out.getvalue()


def _cell(value: Cell) -> str:
    return spreadsheet_safe(value) if isinstance(value, str) else cell_text(value)


def render_listing(result: Listing, lang: str) -> str:
    """A query's rows (:data:`~nq42cli.render.records.FLAT_COLUMNS`).

    Where several plans are read, each row's plan follows.
    """
    columns = FLAT_COLUMNS + (PLAN_COLUMNS if len(result.plans) > 1 else ())
    return _table(columns, (flat_record(r, lang) for r in result.rows))


def render_status(result: StatusTable, lang: str) -> str:
    """The status table's rows (:data:`~nq42cli.render.records.STATUS_COLUMNS`).

    One table a file: the summary is in the JSON, Markdown, HTML and xlsx outputs. Where
    several plans are read, each row's plan and the plans that carry it out follow.
    """
    columns = STATUS_COLUMNS + (STATUS_PLAN_COLUMNS if len(result.plans) > 1 else ())
    return _table(columns, (status_flat(r, lang) for r in result.rows))


def render_report(result: Report, lang: str) -> str:
    """A report's table, its headers as the report words them (the summary is left out)."""
    del lang  # the report is already in its language
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.table.columns)
    for cells in result.table.rows:
        writer.writerow(_cell(c) for c in cells)
    return out.getvalue()
