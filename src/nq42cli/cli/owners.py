"""``nq42 owners`` (the plan's owners over time) and ``nq42 owners show NAME`` (one body).

The registry beside the plan (``owners.yaml``) says what became of the owners the plan
names: successions, renames, members. These commands only parse options, ask
:mod:`nq42cli.api` and render.
"""

from __future__ import annotations

from typing import Annotated

import typer

from nq42cli.cli.options import (
    AsOfOpt,
    DetailFormat,
    Lang,
    LangOpt,
    PlanIdOpt,
    PlanOpt,
    complete_owner,
    day,
    emit,
    handled,
    state,
)

__all__ = ["HELP", "owners", "show"]

HELP = (
    "The plan's owners over time: names in force, former names, members, successions.\n\n"
    "Example: nq42 owners --as-of 2025-08-01"
)

FormatOpt = Annotated[
    DetailFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")
]


def owners(
    ctx: typer.Context,
    as_of: AsOfOpt = None,
    plan: PlanOpt = None,
    plan_id: PlanIdOpt = None,
    fmt: FormatOpt = DetailFormat.TABLE,
    lang: LangOpt = Lang.VI,
) -> None:
    """Every owner of the plan as of a day: the name in force, former names, members.

    Example: nq42 owners --as-of 2025-08-01
    """
    if ctx.invoked_subcommand is not None:
        return
    run = state(ctx)
    on = day(as_of, "--as-of", run.today)
    with handled():
        from nq42cli import api

        emit(api.owners(as_of=on, plan=plan, today=run.today, plan_ids=plan_id), fmt, lang)


def show(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(
            metavar="NAME",
            help="Any name of the body, old or new, in any spelling; or an owner's key.",
            autocompletion=complete_owner,
        ),
    ],
    as_of: AsOfOpt = None,
    plan: PlanOpt = None,
    plan_id: PlanIdOpt = None,
    fmt: FormatOpt = DetailFormat.TABLE,
    lang: LangOpt = Lang.VI,
) -> None:
    """One body's history (names, successions with their instruments, members) and its duties.

    Example: nq42 owners show "Ban Chính sách, chiến lược Trung ương"
    """
    run = state(ctx)
    on = day(as_of, "--as-of", run.today)
    with handled():
        from nq42cli import api

        found = api.owner(name, as_of=on, plan=plan, today=run.today, plan_ids=plan_id)
        emit(found, fmt, lang)
