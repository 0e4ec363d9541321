"""``nq42 migrate``: rewrite the old day key ``on:`` as ``date:`` (see core.migrate).

Exit codes: 0 every file migrated or already current (with ``--check``: none needs
it); 1 a file cannot be read as YAML, or with ``--check`` a file still has old keys; 2
a named file does not exist, or the plan is the bundled one and no FILES are given.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from nq42cli.cli.options import EXIT_OK, EXIT_PROBLEMS, PlanOpt, handled

__all__ = ["migrate"]


def migrate(
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Progress or owners files. Default: the progress files and owners "
            "registry of the plan nq42 would use.",
            show_default=False,
        ),
    ] = None,
    plan: PlanOpt = None,
    check: Annotated[
        bool,
        typer.Option("--check", help="Write nothing; exit 1 if a file still has old keys."),
    ] = False,
) -> None:
    """Rewrite the day key 'on:' (read as true by YAML 1.1 readers) as 'date:'.

    Only those keys change: every record keeps its meaning, the file is replaced
    atomically under the progress folder's lock, and a file already migrated is not
    written, so running it again changes nothing.

    Example: nq42 migrate
    """
    for f in files or ():
        if not f.is_file():
            raise typer.BadParameter(f"{f}: no such file", param_hint="FILES")
    with handled():
        from nq42cli import api

        done = api.migrate(files, plan=plan, write=not check)
    pending = [m for m in done if m.keys]
    for m in done:
        if not m.keys:
            typer.echo(f"{m.shown}: already uses 'date:'", err=True)
        elif check:
            typer.echo(f"{m.shown}: {m.keys} 'on:' key(s) to migrate", err=True)
        else:
            typer.echo(f"{m.shown}: {m.keys} 'on:' key(s) rewritten as 'date:'", err=True)
    verb = "to migrate" if check else "migrated"
    typer.echo(f"{len(done)} file(s) checked, {len(pending)} {verb}", err=True)
    raise typer.Exit(EXIT_PROBLEMS if check and pending else EXIT_OK)
