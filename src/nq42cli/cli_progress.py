"""Commands for progress: ``record``, ``history``, ``status`` and the ``export`` sub-app.

Like :mod:`nq42cli.cli`, this module imports only typer, the standard library and light
modules at module level; the core and the renderers are imported inside the commands.
Progress is read from ``progress/`` beside the plan file unless ``--status`` names
another folder (see :mod:`nq42cli.core.progress` for the layout).
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from nq42cli.cli import (
    EXIT_PROBLEMS,
    EXIT_USAGE,
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
    _plan_path,
    _rows,
    _today,
    app,
    export_app,
    write_output,
)
from nq42cli.render import DetailFormat, Format

if TYPE_CHECKING:
    from nq42cli.core.models import Duty, Plan
    from nq42cli.core.progress import DutyProgress, Progress, Record
    from nq42cli.core.queries import PlanHead, Row
    from nq42cli.core.status import Summary
    from nq42cli.core.vocab import Role
    from nq42cli.core.windows import Period
    from nq42cli.render.report import Report

__all__ = ["export_app", "load_progress_for", "progress_dir"]


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
    if status_option is not None:
        return status_option, str(status_option), False
    path, shown = _plan_path(plan_option)
    folder = path.parent / "progress"
    if shown.startswith("<bundled"):
        return folder, "<bundled progress>", True
    return folder, str(Path(shown).parent / "progress"), False


def _progress(plan: Plan, plan_option: Path | None, status_option: Path | None) -> Progress:
    from nq42cli.core.problems import DataError, Problem
    from nq42cli.core.progress import load_progress

    folder, shown, _ = progress_dir(plan_option, status_option)
    if status_option is not None and not folder.exists():
        raise DataError([Problem(shown, 0, 0, "file.missing", "no such progress folder")])
    return load_progress(folder, plan, today=_today(), shown=shown)


def load_progress_for(plan: Plan, plan_option: Path | None, status_option: Path | None) -> Progress:
    """The progress of ``plan``: its folder (or ``--status``), checked against the plan."""
    return _progress(plan, plan_option, status_option)


def _duty(plans: list[Plan], duty_id: str) -> Duty:
    from nq42cli.core.queries import find, not_found

    found = find(plans, duty_id)
    if found is None:
        raise typer.BadParameter(not_found(plans, duty_id), param_hint="ID")
    return next(d for p in plans for d in p.duties if d.id == found.id)


def _refuse(messages: list[str], code: int) -> NoReturn:
    from nq42cli.core.text import visible

    for m in messages:
        typer.echo(visible(f"Error: {m}"), err=True)
    raise typer.Exit(code)


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
        from pydantic import ValidationError

        from nq42cli.core.progress import Event, Record, resolve_owner

        plans = _load(plan)
        the_plan = plans[0]
        duty = _duty(plans, duty_id)
        owner_key = None
        if owner is not None:
            owner_key = resolve_owner(duty, the_plan, owner)
            if owner_key is None:
                known = ", ".join(
                    f"{r.owner} ({the_plan.owners_by_key[r.owner].short})" for r in duty.owners
                )
                msg = f"'{owner}' is not an owner of {duty.id}; its owners: {known or 'none'}"
                raise typer.BadParameter(msg, param_hint="--owner")
        folder, shown, bundled = progress_dir(plan, status)
        if bundled:
            msg = (
                "the bundled plan's progress is part of the installed package; "
                "record into a folder of your own with --status FOLDER"
            )
            raise typer.BadParameter(msg, param_hint="--status")
        event = Event.DONE if done else Event.STARTED if started else Event.NOTE
        try:
            rec = Record(
                event=event,
                on=day,
                owner=owner_key,
                evidence=evidence,
                note=note,
                by=by,
                force=force,
                recorded_at=_now(),
            )
        except ValidationError as exc:
            err = exc.errors(include_url=False)[0]
            raise typer.BadParameter(
                str(err["msg"]), param_hint="--" + str(err["loc"][0])
            ) from None
        path = _append(folder, shown, the_plan, duty, rec)
        part = f" (owner {owner_key})" if owner_key else ""
        typer.echo(f"recorded: {duty.id}{part} {event.value} on {day.isoformat()} → {path}")


def _lock_timeout() -> float:
    import os

    from nq42cli.core.fsio import LOCK_TIMEOUT

    raw = os.environ.get("NQ42_LOCK_TIMEOUT")
    if raw is None or not raw.strip():
        return LOCK_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        msg = f"NQ42_LOCK_TIMEOUT is {raw!r}; give a number of seconds (0 or more)"
        raise typer.BadParameter(msg, param_hint="NQ42_LOCK_TIMEOUT")
    return value


def _append(folder: Path, shown: str, plan: Plan, duty: Duty, rec: Record) -> str:
    """Lock the folder, check the new record against the file, append it atomically.

    Nothing is written unless the whole record lands: a failed write (full or read-only
    disk, a folder we may not write) leaves the old file byte for byte, no temporary file
    and no new empty folder, and exits 1; so does a lock held by another process for
    longer than ``NQ42_LOCK_TIMEOUT`` seconds (default 10).
    """
    from nq42cli.core.fsio import (
        LOCK_NAME,
        LockTimeout,
        atomic_write,
        locked,
        remove_stale_temps,
    )
    from nq42cli.core.problems import DataError, Problem
    from nq42cli.core.progress import (
        SUFFIX,
        appended_text,
        check_records,
        parse_duty_text,
        progress_file,
    )
    from nq42cli.core.yamlsrc import read_file

    path = progress_file(folder, duty.id)
    shown_file = f"{shown}/{path.name}"
    timeout = _lock_timeout()
    if folder.exists() and not folder.is_dir():
        raise DataError([Problem(shown, 0, 0, "file.not_dir", "is a file, not a progress folder")])
    new_folder = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if new_folder:
            # The lock file and interrupted writes' temp files stay out of git.
            atomic_write(folder / ".gitignore", f"{LOCK_NAME}\n.*.tmp\n".encode())
        with locked(folder, timeout):
            # Under the lock no other writer is alive: a progress temp file here is what
            # a killed writer left behind.
            remove_stale_temps(folder, f".*{SUFFIX}.*.tmp")
            old_text = read_file(path) if path.exists() else None
            old = (
                parse_duty_text(old_text, shown_file, plan, today=None, expected=duty.id)
                if old_text is not None
                else None
            )
            previous = list(old.records) if old else []
            findings = [
                (code, msg)
                for i, code, msg, _ in check_records([*previous, rec], duty, plan, _today())
                if i == len(previous)
            ]
            if findings:
                usage = any(code != "progress.second_done" for code, _ in findings)
                _refuse([m for _, m in findings], EXIT_USAGE if usage else EXIT_PROBLEMS)

            def check(text: str) -> DutyProgress:
                return parse_duty_text(text, shown_file, plan, today=None, expected=duty.id)

            text = appended_text(old_text, plan, duty.id, rec, check)
            atomic_write(path, text.encode("utf-8"))
    except LockTimeout:
        _refuse(
            [f"{shown} is locked by another nq42 process (waited {timeout:g} s); try again"],
            EXIT_PROBLEMS,
        )
    except OSError as exc:
        _unmake(folder, new_folder)
        reason = exc.strerror or str(exc)
        raise DataError(
            [Problem(shown_file, 0, 0, "file.unwritable", f"{reason}; nothing was recorded")]
        ) from None
    return shown_file


def _unmake(folder: Path, made: bool) -> None:
    # A folder this run created and could not record into holds at most its .gitignore
    # and the lock file: remove them and it, so a failed record leaves no trace. A folder
    # holding anything else is another writer's by now, and is left alone.
    import contextlib

    from nq42cli.core.fsio import LOCK_NAME

    ours = {".gitignore", LOCK_NAME}
    try:
        if not made or not {p.name for p in folder.iterdir()} <= ours:
            return
    except OSError:
        return
    for name in ours:
        with contextlib.suppress(OSError):
            (folder / name).unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()


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

        from nq42cli.core.status import label
        from nq42cli.render.records import progress_record

        # Served like the listings: from the plan's index when it is current.
        source = _rows(plan, status)
        found = source.history(duty_id, day)
        if found is None:
            from nq42cli.core.queries import did_you_mean

            raise typer.BadParameter(did_you_mean(source.ids(), duty_id), param_hint="ID")
        state, records = found
        duty = state.duty
        if fmt is DetailFormat.JSON:
            out = {
                "id": duty.id,
                "as_of": day.isoformat(),
                "status": state.status.value,
                "label": label(state.status, lang.value),
                "deadline": state.deadline.isoformat() if state.deadline else None,
                "completed_on": state.completed_on.isoformat() if state.completed_on else None,
                "records": [progress_record(r) for r in records],
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
) -> tuple[list[Row], Summary, PlanHead]:
    from nq42cli.core.status import summarize

    # Served like the listings: from the plan's index when it is current.
    source = _rows(plan, status)
    rows = source.status(day, _filters(owner, None, section, None))
    return rows, summarize(rows, source.owners()), source.head()


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
