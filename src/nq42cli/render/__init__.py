"""The output pipeline: one registry from (result kind, format) to the function that renders it.

Every result of :mod:`nq42cli.core.results` (and :class:`~nq42cli.render.report.Report`)
names its kind; :func:`render` looks the pair up in :data:`REGISTRY` and imports the
renderer's module only then, by name, so ``--format json`` never imports Rich and CSV
never imports openpyxl. A renderer is a pure function ``(result, lang) -> str | bytes``
in a small module per format; the words it prints come from :mod:`.labels`.

This module imports only the standard library, so the command line can name formats
without paying for any renderer.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, Protocol

from nq42cli.core.errors import UsageError

__all__ = ["BINARY", "REGISTRY", "Format", "Result", "encode", "formats", "render", "renderer"]


class Format(StrEnum):
    """Every output format; which ones a result has: :func:`formats`."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MD = "md"
    HTML = "html"
    XLSX = "xlsx"
    DOCX = "docx"
    ICS = "ics"
    YAML = "yaml"
    TEXT = "text"
    PARSABLE = "parsable"
    GITHUB = "github"


BINARY = frozenset({Format.XLSX, Format.DOCX, Format.ICS})
"""Formats rendered as bytes; every other format is text."""


class Result(Protocol):
    """Anything :func:`render` takes: it names its kind."""

    KIND: ClassVar[str]


Renderer = Callable[[Any, str], str | bytes]

_R = "nq42cli.render."
REGISTRY: dict[tuple[str, Format], str] = {
    # what a query answers (nq42 due|overdue|ongoing|list, export due|overdue|ongoing)
    ("listing", Format.TABLE): _R + "table:render",
    ("listing", Format.JSON): _R + "json_:render_listing",
    ("listing", Format.CSV): _R + "csv_:render_listing",
    ("listing", Format.MD): _R + "markdown:render_listing",
    ("listing", Format.HTML): _R + "html:render_listing",
    ("listing", Format.XLSX): _R + "xlsx:render_listing",
    # the status table (nq42 status, export status)
    ("status", Format.TABLE): _R + "status_table:render",
    ("status", Format.JSON): _R + "json_:render_status",
    ("status", Format.CSV): _R + "csv_:render_status",
    ("status", Format.MD): _R + "markdown:render_status",
    ("status", Format.HTML): _R + "html:render_status",
    ("status", Format.XLSX): _R + "xlsx:render_status",
    # a report built by hand (render.report), in the formats a report is handed on in
    ("report", Format.CSV): _R + "csv_:render_report",
    ("report", Format.MD): _R + "markdown:render_report",
    ("report", Format.HTML): _R + "html:render_report",
    ("report", Format.XLSX): _R + "xlsx:render_report",
    # the periodic report (nq42 report), and duties on a time axis (nq42 timeline)
    ("periodic", Format.TABLE): _R + "report_table:render",
    ("periodic", Format.JSON): _R + "report_json:render",
    ("periodic", Format.MD): _R + "report_md:render",
    ("periodic", Format.HTML): _R + "report_html:render",
    ("periodic", Format.XLSX): _R + "report_xlsx:render",
    ("periodic", Format.DOCX): _R + "report_docx:render",
    ("timeline", Format.TABLE): _R + "timeline:render",
    # one duty, its history, a phrase's reading
    ("detail", Format.TABLE): _R + "detail:render",
    ("detail", Format.JSON): _R + "json_:render_detail",
    ("history", Format.TABLE): _R + "history:render",
    ("history", Format.JSON): _R + "json_:render_history",
    ("when", Format.TABLE): _R + "when:render_table",
    ("when", Format.JSON): _R + "when:render_json",
    # the time expressions found in a sentence (nq42 when without --exact)
    ("spans", Format.TABLE): _R + "when:render_spans_table",
    ("spans", Format.JSON): _R + "when:render_spans_json",
    # files: a drafted plan, a calendar, a schema
    ("draft", Format.YAML): _R + "draft:render",
    # what extract saw and read (on stderr, in the draft's header)
    ("coverage", Format.TEXT): _R + "coverage:render_text",
    ("coverage", Format.JSON): _R + "coverage:render_json",
    ("calendar", Format.ICS): _R + "ics:render",
    ("schema", Format.JSON): _R + "json_:render_schema",
    # validation problems, in the formats editors and CI read
    ("problems", Format.TEXT): _R + "problems_text:render",
    ("problems", Format.PARSABLE): _R + "problems_parsable:render",
    ("problems", Format.GITHUB): _R + "problems_github:render",
    ("problems", Format.JSON): _R + "problems_json:render",
    # the acknowledgement of nq42 record
    ("recorded", Format.TEXT): _R + "recorded:render",
    # the plan's owners over time (nq42 owners, nq42 owners show NAME)
    ("owners", Format.TABLE): _R + "owners:render_list_table",
    ("owners", Format.JSON): _R + "json_:render_owners",
    ("owner", Format.TABLE): _R + "owners:render_story_table",
    ("owner", Format.JSON): _R + "json_:render_owner",
    # the plans read together, as a tree with their counts (nq42 plans)
    ("plans", Format.TABLE): _R + "plans:render_table",
    ("plans", Format.JSON): _R + "plans:render_json",
    ("plans", Format.CSV): _R + "plans:render_csv",
    ("plans", Format.MD): _R + "plans:render_md",
}


def formats(kind: str) -> tuple[Format, ...]:
    """The formats a result of ``kind`` can be rendered in, in registry order."""
    return tuple(f for k, f in REGISTRY if k == kind)


def renderer(kind: str, fmt: Format | str) -> Renderer:
    """Import and return the function that renders ``kind`` in ``fmt``."""
    target = REGISTRY.get((kind, Format(fmt))) if fmt in set(Format) else None
    if target is None:
        known = ", ".join(formats(kind)) or "none"
        raise UsageError(f"{kind} has no format '{fmt}'; choose from {known}", "--format")
    module, _, name = target.partition(":")
    function: Renderer = getattr(importlib.import_module(module), name)
    return function


def render(result: Result, fmt: Format | str, lang: str = "vi") -> str | bytes:
    """``result`` in ``fmt`` (text, or bytes for :data:`BINARY` formats), words in ``lang``."""
    from nq42cli.render.labels import check_lang

    return renderer(result.KIND, fmt)(result, check_lang(lang))


def encode(data: str | bytes, fmt: Format | str, *, bom: bool = False) -> bytes:
    """Rendered output as bytes; ``bom`` starts a CSV with the BOM Excel needs for UTF-8."""
    if isinstance(data, bytes):
        return data
    return data.encode("utf-8-sig" if bom and fmt == Format.CSV else "utf-8")
