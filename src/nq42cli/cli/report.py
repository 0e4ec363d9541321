"""``nq42 report`` (the periodic report, in the form it is sent upward) and ``nq42 timeline``.

Each command parses its options, asks :mod:`nq42cli.api` (which answers from the plan's
index when it can) and renders the result through the one output registry.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from nq42cli.cli.options import (
    AsOfOpt,
    ForceOpt,
    FromOpt,
    Lang,
    LangOpt,
    OutputOpt,
    OwnerOpt,
    PlanIdOpt,
    PlanOpt,
    QuarterOpt,
    RoleOpt,
    SearchOpt,
    SectionOpt,
    StatusOpt,
    ToOpt,
    YearOpt,
    day,
    emit,
    filters,
    handled,
    state,
    write_file,
)

if TYPE_CHECKING:
    from datetime import date

    from nq42cli.core.windows import Period

__all__ = ["ReportFormat", "report", "timeline"]


class ReportFormat(StrEnum):
    """Formats of ``nq42 report``."""

    TABLE = "table"
    JSON = "json"
    MD = "md"
    HTML = "html"
    XLSX = "xlsx"
    DOCX = "docx"


PeriodOpt = Annotated[
    str | None,
    typer.Option(
        "--period",
        "-p",
        help="2025H1, '6 tháng đầu năm 2025', 2025Q1, 'quý I/2025', 2025, 'năm 2025'.",
        show_default=False,
    ),
]
SinceOpt = Annotated[
    str | None,
    typer.Option(
        "--since",
        help="The previous report's day: what changed after it is listed.",
        show_default=False,
    ),
]
IssuerOpt = Annotated[
    str | None,
    typer.Option(
        "--issuer",
        envvar="NQ42_ISSUER",
        help="The reporting body, at the head of the title block.",
        show_default=False,
    ),
]


def _period(
    text: str | None,
    quarter: str | None,
    year: str | None,
    start: str | None,
    end: str | None,
    today: date,
) -> Period:
    from nq42cli.core.report import report_period
    from nq42cli.core.windows import TimeParseError

    a = day(start, "--from", today) if start is not None else None
    b = day(end, "--to", today) if end is not None else None
    try:
        return report_period(text, quarter, year, a, b)
    except TimeParseError as exc:
        hint = "--period" if text else "--quarter" if quarter else "--year"
        raise typer.BadParameter(exc.message, param_hint=hint) from None
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="period") from None


def report(
    ctx: typer.Context,
    period_text: PeriodOpt = None,
    quarter: QuarterOpt = None,
    year: YearOpt = None,
    start: FromOpt = None,
    end: ToOpt = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Figures as of this day (YYYY-MM-DD or DD/MM/YYYY). Default: the period's end.",
            show_default=False,
        ),
    ] = None,
    since: SinceOpt = None,
    issuer: IssuerOpt = None,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")
    ] = ReportFormat.TABLE,
    output: OutputOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = Lang.VI,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
    plan: PlanOpt = None,
    plan_id: PlanIdOpt = None,
    status: StatusOpt = None,
) -> None:
    """The periodic report: figures, then Phụ lục 1 (dated duties) and 2 (ongoing, undated).

    xlsx and docx print on A4 landscape with the header row on every page.
    Example: nq42 report --period 2025H1 --since 2024-12-31 -f xlsx -o bao-cao.xlsx
    """
    run = state(ctx)
    asked = _period(period_text, quarter, year, start, end, run.today)
    on = day(as_of, "--as-of", run.today) if as_of is not None else None
    previous = day(since, "--since", run.today) if since is not None else None
    with handled():
        from nq42cli import api

        result = api.report(
            asked,
            as_of=on,
            since=previous,
            filters=filters(owner, role, section, search),
            issuer=issuer,
            plan=plan,
            plan_ids=plan_id,
            progress=status,
            use_index=run.use_index,
            today=run.today,
        )
        if output is None and fmt in (ReportFormat.TABLE, ReportFormat.JSON, ReportFormat.MD):
            emit(result, fmt, lang)
            return
        lines = len(result.appendix1.lines) + len(result.appendix2.lines)
        write_file(result, fmt, lang, output, force, lines)


def timeline(
    ctx: typer.Context,
    as_of: AsOfOpt = None,
    start: Annotated[
        str | None,
        typer.Option("--from", help="First day of the axis.", show_default=False),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option("--to", help="Last day of the axis.", show_default=False),
    ] = None,
    lang: LangOpt = Lang.VI,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
    plan: PlanOpt = None,
    plan_id: PlanIdOpt = None,
    status: StatusOpt = None,
) -> None:
    """One line per duty: its windows as bars across months or quarters, today marked.

    Example: nq42 timeline --section IV --as-of 2025-06-30
    """
    run = state(ctx)
    on = day(as_of, "--as-of", run.today)
    a = day(start, "--from", run.today) if start is not None else None
    b = day(end, "--to", run.today) if end is not None else None
    if a is not None and b is not None and b < a:
        raise typer.BadParameter(f"--to {b} is before --from {a}", param_hint="--to")
    with handled():
        from nq42cli import api

        found = api.timeline(
            as_of=on,
            filters=filters(owner, role, section, search),
            start=a,
            end=b,
            plan=plan,
            plan_ids=plan_id,
            progress=status,
            use_index=run.use_index,
            today=run.today,
        )
        emit(found, "table", lang)
