"""The questions: ``due``, ``overdue``, ``ongoing``, ``list`` and ``show``.

Each command parses its options, asks :mod:`nq42cli.api` (which answers from the plan's
index when it can) and renders the result through the one output registry.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from nq42cli.cli.options import (
    AsOfOpt,
    DetailFormat,
    FromOpt,
    IdArg,
    Lang,
    LangOpt,
    ListFormat,
    MonthOpt,
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
    period,
    state,
)
from nq42cli.core.vocab import Role

if TYPE_CHECKING:
    from nq42cli.core.windows import Period

__all__ = ["due", "list_", "ongoing", "overdue", "show"]

ListFormatOpt = Annotated[
    ListFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")
]


def due(
    ctx: typer.Context,
    quarter: QuarterOpt = None,
    month: MonthOpt = None,
    year: YearOpt = None,
    start: FromOpt = None,
    end: ToOpt = None,
    as_of: AsOfOpt = None,
    plan: PlanOpt = None,
    plan_id: PlanIdOpt = None,
    fmt: ListFormatOpt = ListFormat.TABLE,
    lang: LangOpt = Lang.VI,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
    status: StatusOpt = None,
) -> None:
    """Duties whose deadline falls in a period; recorded completions show as done.

    Example: nq42 due --quarter 2024Q1
    """
    asked = period(quarter, month, year, start, end, state(ctx).today)
    chosen = (owner, role, section, search)
    _ask(ctx, "due", as_of, (plan, plan_id), status, fmt, lang, chosen, asked)


def _ask(
    ctx: typer.Context,
    what: str,
    as_of: str | None,
    plans: tuple[list[Path] | None, list[str] | None],
    status: Path | None,
    fmt: ListFormat,
    lang: Lang,
    chosen: tuple[str | None, Role | None, str | None, str | None],
    asked: Period | None = None,
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
        emit(found, fmt, lang)


def overdue(
    ctx: typer.Context,
    as_of: AsOfOpt = None,
    plan: PlanOpt = None,
    plan_id: PlanIdOpt = None,
    fmt: ListFormatOpt = ListFormat.TABLE,
    lang: LangOpt = Lang.VI,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
    status: StatusOpt = None,
) -> None:
    """Duties past their deadline with no completion recorded.

    Example: nq42 overdue --as-of 2024-04-01
    """
    _ask(ctx, "overdue", as_of, (plan, plan_id), status, fmt, lang, (owner, role, section, search))


def ongoing(
    ctx: typer.Context,
    as_of: AsOfOpt = None,
    plan: PlanOpt = None,
    plan_id: PlanIdOpt = None,
    fmt: ListFormatOpt = ListFormat.TABLE,
    lang: LangOpt = Lang.VI,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
    status: StatusOpt = None,
) -> None:
    """Duties carried out on a regular basis (thường xuyên) that have started.

    Example: nq42 ongoing --as-of 2024-01-15 --owner "ban kinh te"
    """
    _ask(ctx, "ongoing", as_of, (plan, plan_id), status, fmt, lang, (owner, role, section, search))


def list_(
    ctx: typer.Context,
    plan: PlanOpt = None,
    plan_id: PlanIdOpt = None,
    status: StatusOpt = None,
    as_of: AsOfOpt = None,
    fmt: ListFormatOpt = ListFormat.TABLE,
    lang: LangOpt = Lang.VI,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
) -> None:
    """Every duty of the plan, dated or not, in plan order, with its completion if recorded.

    Example: nq42 list --section IV --role lead
    """
    _ask(ctx, "list", as_of, (plan, plan_id), status, fmt, lang, (owner, role, section, search))


def show(
    ctx: typer.Context,
    duty_id: IdArg,
    plan: PlanOpt = None,
    plan_id: PlanIdOpt = None,
    status: StatusOpt = None,
    as_of: AsOfOpt = None,
    fmt: Annotated[
        DetailFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")
    ] = DetailFormat.TABLE,
    lang: LangOpt = Lang.VI,
) -> None:
    """Everything about one duty, its verbatim text and recorded completion included.

    Example: nq42 show IV.2.a
    """
    run = state(ctx)
    on = day(as_of, "--as-of", run.today)
    with handled():
        from nq42cli import api

        found = api.show(
            duty_id, as_of=on, plan=plan, progress=status, today=run.today, plan_ids=plan_id
        )
        emit(found, fmt, lang)
