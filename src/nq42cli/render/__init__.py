"""Renderers: pure functions from query rows to text, one small module per format.

The CLI picks a renderer by name; each module is imported only when its format is asked
for, so ``--format json`` never pays for Rich.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from nq42cli.core.queries import Row

__all__ = ["DetailFormat", "Format", "Renderer", "View", "renderer"]


class Format(StrEnum):
    """Output formats of the listing commands."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MD = "md"


class DetailFormat(StrEnum):
    """Output formats of one-record views (show, history)."""

    TABLE = "table"
    JSON = "json"


@dataclass(frozen=True, slots=True)
class View:
    """What a list of rows answers, for titles, summaries and column choice.

    ``kind`` is the command (due, overdue, ongoing, list); ``period`` is the label of
    the period asked about, if any.
    """

    kind: str
    as_of: date | None = None
    period: str | None = None
    lang: str = "vi"


class Renderer(Protocol):
    """A format's entry point."""

    def __call__(self, rows: list[Row], view: View) -> str:
        """Render ``rows`` as text."""


_MODULES = {
    Format.TABLE: "nq42cli.render.table",
    Format.JSON: "nq42cli.render.json_",
    Format.CSV: "nq42cli.render.csv_",
    Format.MD: "nq42cli.render.markdown",
}


def renderer(fmt: Format) -> Renderer:
    """Import and return the ``render`` function of ``fmt``'s module."""
    module = importlib.import_module(_MODULES[fmt])
    render: Renderer = module.render
    return render
