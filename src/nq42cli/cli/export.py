"""``nq42 export``: the status table, a query's answer or the deadlines, as files.

Each command builds the same result as the command it mirrors (``status``, ``due``,
``overdue``, ``ongoing``; the queries from the same source, the index when it serves)
and renders it through the one output registry, so an export never disagrees with what
the terminal shows. Files are written atomically and never replaced without
``--force``.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from nq42cli.cli.options import (
    AsOfOpt,
    ExportFormat,
    ForceOpt,
    FromOpt,
    Lang,
    LangOpt,
    MonthOpt,
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
    check_target,
    day,
    filters,
    handled,
    lead_time,
    period,
    state,
    write_file,
    write_output,
)
from nq42cli.core.vocab import Role

if TYPE_CHECKING:
    from nq42cli.core.windows import Period

__all__ = ["HELP", "export_due", "export_ics", "export_ongoing", "export_overdue", "export_status"]

HELP = (
    "Write the status table, a query's answer or the deadlines as files other tools read.\n\n"
    "Example: nq42 export status --format xlsx -o status.xlsx"
)

ExportFormatOpt = Annotated[
    ExportFormat, typer.Option("--format", "-f", case_sensitive=False, help="File format.")
]


def export_status(
    ctx: typer.Context,
    fmt: ExportFormatOpt = ExportFormat.CSV,
    output: OutputOpt = None,
    force: ForceOpt = False,
    as_of: AsOfOpt = None,
    owner: OwnerOpt = None,
    section: SectionOpt = None,
    lang: LangOpt = Lang.VI,
    plan: PlanOpt = None,
    plan_id: PlanIdOpt = None,
    status: StatusOpt = None,
) -> None:
    """The status table with its summary.

    Example: nq42 export status --format xlsx -o status.xlsx --as-of 2024-06-30
    """
    run = state(ctx)
    on = day(as_of, "--as-of", run.today)
    with handled():
        from nq42cli import api

        table = api.status(
            as_of=on,
            filters=filters(owner, section=section),
            plan=plan,
            plan_ids=plan_id,
            progress=status,
            use_index=run.use_index,
            today=run.today,
        )
        write_file(table, fmt, lang, output, force, len(table.rows))


def _export_query(
    ctx: typer.Context,
    what: str,
    asked: Period | None,
    fmt: ExportFormat,
    output: str | None,
    force: bool,
    as_of: str | None,
    lang: Lang,
    plans: tuple[list[Path] | None, list[str] | None],
    status: Path | None,
    chosen: tuple[str | None, Role | None, str | None, str | None],
) -> None:
    run = state(ctx)
    on = day(as_of, "--as-of", run.today)
    with handled():
        from nq42cli import api

        found = api.query(
            what,
            as_of=on,
            period=asked,
            filters=filters(*chosen),
            plan=plans[0],
            plan_ids=plans[1],
            progress=status,
            use_index=run.use_index,
            today=run.today,
        )
        write_file(found, fmt, lang, output, force, len(found.rows))


def export_due(
    ctx: typer.Context,
    quarter: QuarterOpt = None,
    month: MonthOpt = None,
    year: YearOpt = None,
    start: FromOpt = None,
    end: ToOpt = None,
    fmt: ExportFormatOpt = ExportFormat.CSV,
    output: OutputOpt = None,
    force: ForceOpt = False,
    as_of: AsOfOpt = None,
    lang: LangOpt = Lang.VI,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
    plan: PlanOpt = None,
    plan_id: PlanIdOpt = None,
    status: StatusOpt = None,
) -> None:
    """Duties whose deadline falls in a period (same period options as nq42 due).

    Example: nq42 export due --quarter 2024Q1 --format xlsx -o due.xlsx
    """
    asked = period(quarter, month, year, start, end, state(ctx).today)
    chosen = (owner, role, section, search)
    _export_query(
        ctx, "due", asked, fmt, output, force, as_of, lang, (plan, plan_id), status, chosen
    )


def export_overdue(
    ctx: typer.Context,
    fmt: ExportFormatOpt = ExportFormat.CSV,
    output: OutputOpt = None,
    force: ForceOpt = False,
    as_of: AsOfOpt = None,
    lang: LangOpt = Lang.VI,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
    plan: PlanOpt = None,
    plan_id: PlanIdOpt = None,
    status: StatusOpt = None,
) -> None:
    """Duties past their deadline with no completion recorded.

    Example: nq42 export overdue --format html -o overdue.html
    """
    chosen = (owner, role, section, search)
    _export_query(
        ctx, "overdue", None, fmt, output, force, as_of, lang, (plan, plan_id), status, chosen
    )


def export_ongoing(
    ctx: typer.Context,
    fmt: ExportFormatOpt = ExportFormat.CSV,
    output: OutputOpt = None,
    force: ForceOpt = False,
    as_of: AsOfOpt = None,
    lang: LangOpt = Lang.VI,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
    plan: PlanOpt = None,
    plan_id: PlanIdOpt = None,
    status: StatusOpt = None,
) -> None:
    """Duties carried out on a regular basis that have started.

    Example: nq42 export ongoing --format md -o ongoing.md
    """
    chosen = (owner, role, section, search)
    _export_query(
        ctx, "ongoing", None, fmt, output, force, as_of, lang, (plan, plan_id), status, chosen
    )


def export_ics(
    ctx: typer.Context,
    output: OutputOpt = None,
    force: ForceOpt = False,
    remind: Annotated[
        str,
        typer.Option(
            "--remind", metavar="LEAD", help="Reminder before each deadline: 14d, 2w or none."
        ),
    ] = "14d",
    lang: LangOpt = Lang.VI,
    plan: PlanOpt = None,
    plan_id: PlanIdOpt = None,
    status: StatusOpt = None,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
) -> None:
    """Deadlines as an iCalendar file: one all-day event per deadline, with a reminder.

    Recurring deadlines are one event with a rule; deadlines already met are marked done
    and remind no one. Ongoing parts ('thường xuyên') and stretch aims are not events.
    UIDs are stable: importing a newer file updates the events, adding no copies.

    Example: nq42 export ics --owner BKTTW --remind 2w -o bkttw.ics
    """
    lead = lead_time(remind)
    check_target(output, force)
    run = state(ctx)
    with handled():
        from nq42cli import api

        cal = api.calendar(
            filters=filters(owner, role, section, search),
            plan=plan,
            plan_ids=plan_id,
            progress=status,
            use_index=run.use_index,
            today=run.today,
            # DTSTAMP is when the file was made; the day is enough.
            stamp=datetime.combine(run.today, time(0), tzinfo=UTC),
            remind=lead,
        )
        write_output(api.export(cal, "ics", lang=lang), output, force, "calendar")
