"""``nq42 init``: a data repository for the analyst's own plan, ready for CI.

Exit codes: 0 written; 2 usage: the folder is a file, or a file it would write exists
(nothing is written then).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from nq42cli.cli.options import handled, state

__all__ = ["init"]


def init(
    ctx: typer.Context,
    directory: Annotated[
        Path,
        typer.Argument(
            metavar="DIR",
            help="Folder of the new repository (created if missing).",
            show_default=False,
        ),
    ] = Path(),
    empty: Annotated[
        bool,
        typer.Option("--empty", help="Start from an empty plan instead of the bundled one."),
    ] = False,
    pinned: Annotated[
        str | None,
        typer.Option(
            "--nq42",
            metavar="REQUIREMENT",
            help="The pip requirement CI and the pre-commit hook install nq42 from: "
            "'nq42==0.2.0' (default: this version), 'nq42 @ git+URL@TAG', or a wheel.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Lay out a data repository: plan, progress/, schemas, CI workflow, pre-commit, README.

    The plan is the bundled one with its progress (or, with --empty, an empty plan to
    fill in); .github/workflows/nq42.yml validates plan, progress and owners together on
    every push and pull request and keeps the status report as an artefact. Never
    overwrites: exit 2, nothing written, if a file exists.

    Example: nq42 init ke-hoach-tinh
    """
    with handled():
        from nq42cli import api

        done = api.init(directory, empty=empty, pinned=pinned, today=state(ctx).today)
    for path in done.files:
        typer.echo(f"created {path.as_posix()}", err=True)
    typer.echo(
        f"{directory.as_posix()}: {len(done.files)} files, nq42 pinned as '{done.pinned}'. "
        "Next: git init, commit, and push to GitHub; pre-commit install for the hook.",
        err=True,
    )
