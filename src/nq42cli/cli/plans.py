"""``nq42 plans``: the plans read together, as a tree, with their duties counted.

It reads what every other command reads (``--plan`` repeated, ``./data/plan.yaml`` and
``./plans/``, else the bundled plan) and asks :func:`nq42cli.api.plans`.
"""

from __future__ import annotations

from typing import Annotated

import typer

from nq42cli.cli.options import (
    AsOfOpt,
    Lang,
    LangOpt,
    ListFormat,
    PlanIdOpt,
    PlanOpt,
    day,
    emit,
    handled,
    state,
)

__all__ = ["plans"]


def plans(
    ctx: typer.Context,
    as_of: AsOfOpt = None,
    plan: PlanOpt = None,
    plan_id: PlanIdOpt = None,
    fmt: Annotated[
        ListFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")
    ] = ListFormat.TABLE,
    lang: LangOpt = Lang.VI,
) -> None:
    """The plans read: each under the plan it implements, with its duties done and overdue.

    Example: nq42 plans --plan data/plan.yaml --plan plans --as-of 2026-06-30
    """
    run = state(ctx)
    on = day(as_of, "--as-of", run.today)
    with handled():
        from nq42cli import api

        found = api.plans(
            as_of=on, plan=plan, plan_ids=plan_id, use_index=run.use_index, today=run.today
        )
        emit(found, fmt, lang)
