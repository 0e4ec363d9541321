"""Progress: ``record`` (append a record), ``history`` (a duty's records) and ``status``.

Progress is read from ``progress/`` beside the plan file unless ``--status`` names
another folder (see :mod:`nq42cli.core.locate`). The record transaction itself (lock,
checks, append, atomic write) is :mod:`nq42cli.core.record`; this module only parses
the options and reports.
"""

from __future__ import annotations

import os
from typing import Annotated

import typer

from nq42cli.cli.options import (
    AsOfOpt,
    DetailFormat,
    IdArg,
    Lang,
    LangOpt,
    ListFormat,
    OwnerOpt,
    PlanIdOpt,
    PlanOpt,
    SectionOpt,
    StatusOpt,
    complete_owner,
    day,
    emit,
    filters,
    handled,
    state,
)

__all__ = ["history", "record", "status"]


def record(
    ctx: typer.Context,
    duty_id: IdArg,
    done: Annotated[bool, typer.Option("--done", help="The duty (or part) is done.")] = False,
    started: Annotated[bool, typer.Option("--started", help="Work has started.")] = False,
    progress: Annotated[
        str | None,
        typer.Option(
            "--progress",
            metavar="RESULT",
            help="Work under way (đang thực hiện), with its current result.",
            show_default=False,
        ),
    ] = None,
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
    source: Annotated[
        str | None,
        typer.Option(
            "--source", metavar="URL", help="Where the evidence can be checked.", show_default=False
        ),
    ] = None,
    excerpt: Annotated[
        str | None,
        typer.Option("--excerpt", help="A short quote of the source.", show_default=False),
    ] = None,
    by: Annotated[
        str | None,
        typer.Option("--by", envvar="NQ42_BY", help="Who records this.", show_default=False),
    ] = None,
    owner: Annotated[
        str | None,
        typer.Option(
            "--owner",
            help="For one part: an owner's key or name, or (with the owners registry) one "
            "member's ('Đồng Nai') or the body in the owner's place on --on. "
            "Default: the whole duty.",
            show_default=False,
            autocompletion=complete_owner,
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Allow a second completion (a correction).")
    ] = False,
    deadline: Annotated[
        str | None,
        typer.Option(
            "--deadline",
            metavar="PHRASE",
            help="An adjusted deadline, written as in the plan ('quý IV/2024'); "
            "in force from --on; needs --evidence (the deciding document).",
            show_default=False,
        ),
    ] = None,
    plan: PlanOpt = None,
    plan_id: PlanIdOpt = None,
    status: StatusOpt = None,
) -> None:
    """Append a progress record to a duty; history is never rewritten.

    Example: nq42 record IV.2.a --done --on 2024-05-09 --evidence "Nghị quyết số 68/NQ-CP"
    """
    given = {
        "--done": done,
        "--started": started,
        "--progress": progress is not None,
        "--deadline": deadline is not None,
    }
    chosen = [n for n, v in given.items() if v]
    if len(chosen) > 1:
        msg = f"give {' or '.join(chosen)}, not both" if len(chosen) == 2 else "give only one"
        raise typer.BadParameter(msg, param_hint=chosen[0])
    if not (chosen or note):
        msg = "give --done, --started, --progress RESULT, --deadline PHRASE or --note TEXT"
        raise typer.BadParameter(msg, param_hint="event")
    if progress is not None and note is not None:
        msg = "--progress RESULT is the record's note; give --progress or --note, not both"
        raise typer.BadParameter(msg, param_hint="--progress")
    run = state(ctx)
    when = day(on, "--on", run.today)
    event = chosen[0].removeprefix("--") if chosen else "note"
    with handled():
        from nq42cli import api
        from nq42cli.core.record import LOCK_TIMEOUT_ENV, parse_lock_timeout

        recorded = api.append_record(
            duty_id,
            event,
            on=when,
            owner=owner,
            evidence=evidence,
            note=progress if progress is not None else note,
            deadline=deadline,
            by=by,
            force=force,
            plan=plan,
            plan_ids=plan_id,
            progress=status,
            today=run.today,
            recorded_at=run.now,
            lock_timeout=parse_lock_timeout(os.environ.get(LOCK_TIMEOUT_ENV)),
            source=source,
            excerpt=excerpt,
            use_cache=run.use_index,
        )
        emit(recorded, "text")


def history(
    ctx: typer.Context,
    duty_id: IdArg,
    as_of: AsOfOpt = None,
    plan: PlanOpt = None,
    plan_id: PlanIdOpt = None,
    status: StatusOpt = None,
    fmt: Annotated[
        DetailFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")
    ] = DetailFormat.TABLE,
    lang: LangOpt = Lang.VI,
) -> None:
    """Every progress record of a duty, oldest first, and its status.

    Example: nq42 history IV.2.a
    """
    run = state(ctx)
    on = day(as_of, "--as-of", run.today)
    with handled():
        from nq42cli import api

        found = api.history(
            duty_id,
            as_of=on,
            plan=plan,
            plan_ids=plan_id,
            progress=status,
            use_index=run.use_index,
            today=run.today,
        )
        emit(found, fmt, lang)


def status(
    ctx: typer.Context,
    as_of: AsOfOpt = None,
    owner: OwnerOpt = None,
    section: SectionOpt = None,
    lang: LangOpt = Lang.VI,
    fmt: Annotated[
        ListFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")
    ] = ListFormat.TABLE,
    plan: PlanOpt = None,
    plan_id: PlanIdOpt = None,
    status: StatusOpt = None,
) -> None:
    """Every duty classified as of a day, with a summary per class and per owner.

    Example: nq42 status --as-of 2024-06-30 --lang en
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
        emit(table, fmt, lang)
