"""Commands for progress: ``record``, ``history``, ``status`` and the ``export`` sub-app.

Like :mod:`nq42cli.cli`, this module imports only typer, the standard library and light
modules at module level; the core and the renderers are imported inside the commands.
Progress is read from ``progress/`` beside the plan file unless ``--status`` names
another folder (see :mod:`nq42cli.core.progress` for the layout).
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from nq42cli.cli import (
    AsOfOpt,
    ForceOpt,
    FromOpt,
    Lang,
    LangOpt,
    MonthOpt,
    OutputOpt,
    OwnerOpt,
    PlanOpt,
    QuarterOpt,
    RoleOpt,
    SearchOpt,
    SectionOpt,
    StatusOpt,
    ToOpt,
    YearOpt,
    _day,
    _filters,
    _handled,
    _load,
    _period,
    _rows,
    _today,
    app,
    export_app,
    write_output,
)
from nq42cli.render import DetailFormat, Format

if TYPE_CHECKING:
    from nq42cli.core.models import Duty, Plan
    from nq42cli.core.progress import Progress
    from nq42cli.core.status import StatusRow, Summary
    from nq42cli.core.vocab import Role
    from nq42cli.core.windows import Period
    from nq42cli.render.report import Report

__all__ = ["completions_for", "export_app", "progress_dir"]


class ExportFormat(StrEnum):
    """File formats of ``nq42 export``."""

    CSV = "csv"
    XLSX = "xlsx"
    MD = "md"
    HTML = "html"
    JSON = "json"


ExportFormatOpt = Annotated[
    ExportFormat, typer.Option("--format", "-f", case_sensitive=False, help="File format.")
]


def _now() -> datetime:
    # When a record was written (not when the work happened: that is --on).
    return datetime.now(UTC).replace(microsecond=0)


def progress_dir(plan_option: Path | None, status_option: Path | None) -> tuple[Path, str, bool]:
    """The progress folder, its display name, and whether it is the bundled read-only one."""
    from nq42cli.core.locate import locate

    where = locate(plan_option, status_option)
    return where.progress, where.progress_name, where.bundled and not where.progress_given


def _progress(plan: Plan, plan_option: Path | None, status_option: Path | None) -> Progress:
    from nq42cli.core.locate import locate
    from nq42cli.core.progress import load_progress

    where = locate(plan_option, status_option)
    where.check_progress()
    return load_progress(where.progress, plan, today=_today(), shown=where.progress_name)


def load_progress_for(plan: Plan, plan_option: Path | None, status_option: Path | None) -> Progress:
    """The progress of ``plan``: its folder (or ``--status``), checked against the plan."""
    return _progress(plan, plan_option, status_option)


def completions_for(
    plans: list[Plan], plan_option: Path | None, status_option: Path | None, as_of: date
) -> dict[str, date]:
    """Completion days of the recorded duties as of ``as_of``, for due/overdue/ongoing."""
    from nq42cli.core.progress import completions

    plan = plans[0]
    return completions(plan, _progress(plan, plan_option, status_option), as_of)


def _duty(plans: list[Plan], duty_id: str) -> Duty:
    from nq42cli.core.queries import find, not_found

    row = find(plans, duty_id)
    if row is None:
        raise typer.BadParameter(not_found(plans, duty_id), param_hint="ID")
    # find() answers with the plan's own duty (rows from an index carry a copy).
    return next(d for p in plans for d in p.duties if d.id == row.duty.id)


# --------------------------------------------------------------------------- record


IdArg = Annotated[
    str, typer.Argument(metavar="ID", help="Duty id as numbered in the plan: IV.2.a.")
]


@app.command()
def record(
    duty_id: IdArg,
    done: Annotated[bool, typer.Option("--done", help="The duty (or part) is done.")] = False,
    started: Annotated[bool, typer.Option("--started", help="Work has started.")] = False,
    note: Annotated[
        str | None,
        typer.Option("--note", help="A note; alone it records a note.", show_default=False),
    ] = None,
    on: Annotated[
        str | None,
        typer.Option(
            "--on", help="Day it happened (YYYY-MM-DD). Default: today.", show_default=False
        ),
    ] = None,
    evidence: Annotated[
        str | None,
        typer.Option(
            "--evidence", help="Document or public source (needed with --done).", show_default=False
        ),
    ] = None,
    by: Annotated[
        str | None,
        typer.Option("--by", envvar="NQ42_BY", help="Who records this.", show_default=False),
    ] = None,
    owner: Annotated[
        str | None,
        typer.Option(
            "--owner",
            help="For one owner's part: its key, name or short name. Default: the whole duty.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Allow a second completion (a correction).")
    ] = False,
    plan: PlanOpt = None,
    status: StatusOpt = None,
) -> None:
    """Append a progress record to a duty; history is never rewritten.

    Example: nq42 record IV.2.a --done --on 2024-05-09 --evidence "Nghị quyết số 68/NQ-CP"
    """
    if done and started:
        raise typer.BadParameter("give --done or --started, not both", param_hint="--done")
    if not (done or started or note):
        raise typer.BadParameter("give --done, --started or --note TEXT", param_hint="event")
    day = _day(on, "--on")
    with _handled():
        from nq42cli.core.locate import locate
        from nq42cli.core.progress import Event
        from nq42cli.core.record import append_record, parse_lock_timeout

        timeout = parse_lock_timeout(os.environ.get("NQ42_LOCK_TIMEOUT"))
        plans = _load(plan)
        duty = _duty(plans, duty_id)
        event = Event.DONE if done else Event.STARTED if started else Event.NOTE
        recorded = append_record(
            locate(plan, status),
            plans[0],
            duty,
            event,
            day,
            today=_today(),
            owner=owner,
            evidence=evidence,
            note=note,
            by=by,
            force=force,
            recorded_at=_now(),
            lock_timeout=timeout,
        )
        part = f" (owner {recorded.owner})" if recorded.owner else ""
        on_day = day.isoformat()
        typer.echo(f"recorded: {duty.id}{part} {event.value} on {on_day} → {recorded.path}")


# --------------------------------------------------------------------------- history


@app.command()
def history(
    duty_id: IdArg,
    as_of: AsOfOpt = None,
    plan: PlanOpt = None,
    status: StatusOpt = None,
    fmt: Annotated[
        DetailFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")
    ] = DetailFormat.TABLE,
    lang: LangOpt = Lang.VI,
) -> None:
    """Every progress record of a duty, oldest first, and its status.

    Example: nq42 history IV.2.a
    """
    day = _day(as_of, "--as-of")
    with _handled():
        import json

        from nq42cli.core.queries import Filters
        from nq42cli.core.status import label, status_rows

        plans = _load(plan)
        duty = _duty(plans, duty_id)
        progress = _progress(plans[0], plan, status)
        records = progress.records(duty.id)
        row = status_rows(plans[0], progress, day, Filters())
        state = next(r for r in row if r.row.duty.id == duty.id)
        if fmt is DetailFormat.JSON:
            out = {
                "id": duty.id,
                "as_of": day.isoformat(),
                "status": state.status.value,
                "label": label(state.status, lang.value),
                "deadline": state.deadline.isoformat() if state.deadline else None,
                "completed_on": state.completed_on.isoformat() if state.completed_on else None,
                "records": [r.model_dump(mode="json", exclude_defaults=True) for r in records],
            }
            sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
            return
        from nq42cli.render.history import render

        sys.stdout.write(render(duty, records, state, lang.value))


# --------------------------------------------------------------------------- status


@app.command("status")
def status_(
    as_of: AsOfOpt = None,
    owner: OwnerOpt = None,
    section: SectionOpt = None,
    lang: LangOpt = Lang.VI,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")
    ] = Format.TABLE,
    plan: PlanOpt = None,
    status: StatusOpt = None,
) -> None:
    """Every duty classified as of a day, with a summary per class and per owner.

    Example: nq42 status --as-of 2024-06-30 --lang en
    """
    day = _day(as_of, "--as-of")
    with _handled():
        rows, summary, the_plan = _status(plan, status, day, owner, section)
        if fmt is Format.TABLE:
            from nq42cli.render import status_table

            text = status_table.render(rows, summary, lang.value)
        elif fmt is Format.JSON:
            from nq42cli.render.json_ import render_status

            text = render_status(rows, summary, lang.value)
        else:
            from nq42cli.render.report import status_report

            report = status_report(rows, summary, the_plan, lang.value)
            text = _text_report(report, fmt.value)
        sys.stdout.write(text)
        sys.stdout.flush()


def _status(
    plan: Path | None, status: Path | None, day: date, owner: str | None, section: str | None
) -> tuple[list[StatusRow], Summary, Plan]:
    from nq42cli.core.status import status_rows, summarize

    plans = _load(plan)
    the_plan = plans[0]
    progress = _progress(the_plan, plan, status)
    rows = status_rows(the_plan, progress, day, _filters(owner, None, section, None))
    return rows, summarize(rows, the_plan), the_plan


def _text_report(report: Report, fmt: str) -> str:
    if fmt == "csv":
        from nq42cli.render import csv_

        return csv_.render_report(report)
    from nq42cli.render import markdown

    return markdown.render_report(report)


# --------------------------------------------------------------------------- export


def _encode(report: Report, fmt: ExportFormat, to_file: bool, classes: list[str] | None) -> bytes:
    if fmt is ExportFormat.XLSX:
        from nq42cli.render import xlsx

        return xlsx.render_report(report)
    if fmt is ExportFormat.HTML:
        from nq42cli.render import html

        return html.render_report(report, classes).encode("utf-8")
    text = _text_report(report, fmt.value)
    # Excel reads a CSV as UTF-8 only when it starts with a BOM; a pipe gets none.
    return text.encode("utf-8-sig" if fmt is ExportFormat.CSV and to_file else "utf-8")


def _write(data: bytes, output: str | None, fmt: ExportFormat, force: bool, rows: int) -> None:
    if output is None and fmt is ExportFormat.XLSX:
        raise typer.BadParameter(
            "xlsx is binary: give -o FILE (or -o - to send it to stdout)", param_hint="-o"
        )
    write_output(data, output, force, f"{rows} rows, {fmt.value}")


@export_app.command("status")
def export_status(
    fmt: ExportFormatOpt = ExportFormat.CSV,
    output: OutputOpt = None,
    force: ForceOpt = False,
    as_of: AsOfOpt = None,
    owner: OwnerOpt = None,
    section: SectionOpt = None,
    lang: LangOpt = Lang.VI,
    plan: PlanOpt = None,
    status: StatusOpt = None,
) -> None:
    """The status table with its summary.

    Example: nq42 export status --format xlsx -o status.xlsx --as-of 2024-06-30
    """
    day = _day(as_of, "--as-of")
    with _handled():
        rows, summary, the_plan = _status(plan, status, day, owner, section)
        if fmt is ExportFormat.JSON:
            from nq42cli.render.json_ import render_status

            data = render_status(rows, summary, lang.value).encode("utf-8")
        else:
            from nq42cli.render.report import status_report

            report = status_report(rows, summary, the_plan, lang.value)
            classes = [r.status.value for r in rows]
            data = _encode(report, fmt, output not in (None, "-"), classes)
        _write(data, output, fmt, force, len(rows))


def _export_rows(
    kind: str,
    fmt: ExportFormat,
    output: str | None,
    force: bool,
    as_of: str | None,
    plan: Path | None,
    status: Path | None,
    filters: tuple[str | None, Role | None, str | None, str | None],
    period: Period | None = None,
) -> None:
    from nq42cli.render import View

    day = _day(as_of, "--as-of")
    owner, role, section, search = filters
    with _handled():
        # The same rows as `nq42 due|overdue|ongoing`, from the same source (the index
        # when it serves), so an export never disagrees with the command it mirrors.
        source = _rows(plan, status)
        f = _filters(owner, role, section, search)
        if kind == "due":
            assert period is not None
            rows = source.due(period, day, f)
            view = View("due", day, period.label)
        elif kind == "overdue":
            rows = source.overdue(day, f)
            view = View("overdue", day)
        else:
            rows = source.ongoing(day, f)
            view = View("ongoing", day)
        if fmt is ExportFormat.JSON:
            from nq42cli.render import json_

            data = json_.render(rows, view).encode("utf-8")
        else:
            from nq42cli.render.report import rows_report

            data = _encode(rows_report(rows, view), fmt, output not in (None, "-"), None)
        _write(data, output, fmt, force, len(rows))


@export_app.command("due")
def export_due(
    quarter: QuarterOpt = None,
    month: MonthOpt = None,
    year: YearOpt = None,
    start: FromOpt = None,
    end: ToOpt = None,
    fmt: ExportFormatOpt = ExportFormat.CSV,
    output: OutputOpt = None,
    force: ForceOpt = False,
    as_of: AsOfOpt = None,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
    plan: PlanOpt = None,
    status: StatusOpt = None,
) -> None:
    """Duties whose deadline falls in a period (same period options as nq42 due).

    Example: nq42 export due --quarter 2024Q1 --format xlsx -o due.xlsx
    """
    period = _period(quarter, month, year, start, end)
    _export_rows(
        "due", fmt, output, force, as_of, plan, status, (owner, role, section, search), period
    )


@export_app.command("overdue")
def export_overdue(
    fmt: ExportFormatOpt = ExportFormat.CSV,
    output: OutputOpt = None,
    force: ForceOpt = False,
    as_of: AsOfOpt = None,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
    plan: PlanOpt = None,
    status: StatusOpt = None,
) -> None:
    """Duties past their deadline with no completion recorded.

    Example: nq42 export overdue --format html -o overdue.html
    """
    _export_rows("overdue", fmt, output, force, as_of, plan, status, (owner, role, section, search))


@export_app.command("ongoing")
def export_ongoing(
    fmt: ExportFormatOpt = ExportFormat.CSV,
    output: OutputOpt = None,
    force: ForceOpt = False,
    as_of: AsOfOpt = None,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
    plan: PlanOpt = None,
    status: StatusOpt = None,
) -> None:
    """Duties carried out on a regular basis that have started.

    Example: nq42 export ongoing --format md -o ongoing.md
    """
    _export_rows("ongoing", fmt, output, force, as_of, plan, status, (owner, role, section, search))
