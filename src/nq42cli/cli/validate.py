"""``nq42 validate`` (every problem of the input files, for people and CI) and ``nq42 schema``.

Exit codes of validate: 0 every file valid; 1 an error (or, with ``--strict``, a
warning) was found; 2 usage: an option is wrong or a named file does not exist.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from nq42cli.cli.options import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    PlanOpt,
    ProblemFormat,
    emit,
    handled,
    say,
    state,
)
from nq42cli.core.schemas import SCHEMAS

__all__ = ["schema", "validate"]


def _auto_format() -> ProblemFormat:
    # GitHub sets GITHUB_ACTIONS=true in every workflow step; annotations are what a
    # reviewer sees there, so that is the default in that one place.
    return (
        ProblemFormat.GITHUB if os.environ.get("GITHUB_ACTIONS") == "true" else ProblemFormat.TEXT
    )


def validate(
    ctx: typer.Context,
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Plan or progress files to check. Default: the plan nq42 would use and its "
            "progress folder.",
            show_default=False,
        ),
    ] = None,
    plan: PlanOpt = None,
    fmt: Annotated[
        ProblemFormat | None,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="text (file:line:col: message), parsable (with \\[severity] and (code)), "
            "github (workflow annotations) or json. Default: github when GITHUB_ACTIONS=true, "
            "else text.",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail on warnings too, not only on errors.")
    ] = False,
    linked: Annotated[
        bool,
        typer.Option(
            "--linked",
            help="Also check the files that go with FILES: the progress folder beside a "
            "plan, the plan beside a progress folder (what the pre-commit hook runs).",
        ),
    ] = False,
) -> None:
    """Check plan and progress files; report every problem of every file, sorted by position.

    Without FILES: the plan nq42 would use and the progress files beside it.

    Exit 0: every file valid. 1: an error (or a warning, with --strict).
    2: a named file does not exist.

    Example: nq42 validate data/plan.yaml --format parsable --strict
    """
    from nq42cli.core.errors import USAGE_CODES

    chosen = fmt or _auto_format()
    with handled():
        from nq42cli import api

        outcome = api.validate(
            files, plan=plan, strict=strict, today=state(ctx).today, linked=linked
        )
        # The report is the command's output (stdout); the verdict is chatter (stderr).
        emit(outcome, chosen)
    if chosen is not ProblemFormat.JSON:
        files_checked, bad = outcome.files, outcome.invalid_files
        say(
            f"{files_checked} file(s) checked: {files_checked - bad} valid, {bad} invalid, "
            f"{len(outcome.errors)} error(s), {len(outcome.warnings)} warning(s)"
            + (" (--strict: warnings fail)" if strict and outcome.warnings else "")
        )
    if any(p.code in USAGE_CODES for p in outcome.problems):
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(EXIT_OK if outcome.valid else EXIT_PROBLEMS)


def schema(
    name: Annotated[
        str,
        typer.Argument(
            metavar="NAME",
            help="Which file kind's schema: " + ", ".join(SCHEMAS) + ".",
            autocompletion=lambda: list(SCHEMAS),
            show_default=False,
        ),
    ],
) -> None:
    """Print the JSON Schema of a file kind, generated from nq42's own models.

    Editors read it through a '# yaml-language-server: $schema=…' first line.
    The same schema is committed under schema/.

    Example: nq42 schema plan > schema/plan.schema.json
    """
    with handled():
        from nq42cli import api

        emit(api.schema(name), "json")
