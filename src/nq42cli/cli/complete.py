"""Shell completion of what plans name: ``nq42 show <TAB>``, ``--section``, ``--plan-id``.

Each function is a typer ``autocompletion`` callback. It reads the plan the command
would read (``--plan`` when typed before the word being completed, else ``NQ42_PLAN``,
``./data/plan.yaml`` or the bundled plan) through :func:`nq42cli.api.names`, which the
index serves. (``--owner`` completes through
:func:`nq42cli.cli.options.complete_owner`, with the owners registry's names.) A
completion never fails: a plan that cannot be read offers nothing, as
an error printed into the middle of the user's command line would be worse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer

    from nq42cli.api import Names

__all__ = ["duty_ids", "plan_ids", "sections"]


def _names(ctx: typer.Context) -> Names | None:
    from nq42cli import api

    plan = ctx.params.get("plan")
    progress = ctx.params.get("status")
    try:
        return api.names(plan=plan, progress=progress)
    except Exception:
        return None


def duty_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """Duty ids that start with what was typed, in plan order."""
    found = _names(ctx)
    return [] if found is None else [i for i in found.ids if i.startswith(incomplete)]


def sections(ctx: typer.Context, incomplete: str) -> list[str]:
    """Sections (``IV``), then items (``IV.2``), then duty ids, starting with the word."""
    found = _names(ctx)
    if found is None:
        return []
    every = [*found.sections, *found.items, *found.ids]
    return [i for i in every if i.startswith(incomplete)]


def plan_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """The ids of the plans read that start with what was typed (``--plan-id``)."""
    found = _names(ctx)
    return [] if found is None else [i for i in found.plans if i.startswith(incomplete)]
