"""``nq42 when`` (how a time phrase reads) and ``nq42 extract`` (a draft plan from a text).

Registered on the main app by the last line of :mod:`nq42cli.cli`. Like the main module,
this one imports only typer and the standard library at module level.
"""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from nq42cli.cli import EXIT_PROBLEMS, EXIT_USAGE, _handled, app


class WhenFormat(StrEnum):
    """Output formats of ``nq42 when``."""

    TABLE = "table"
    JSON = "json"


IssuedOpt = Annotated[
    str | None,
    typer.Option(
        "--issued",
        help="The document's date (YYYY-MM-DD or DD/MM/YYYY): the year of '20/10', 'hạn T7'.",
        show_default=False,
    ),
]


def _issued(value: str | None) -> date | None:
    from nq42cli.core.windows import TimeParseError, parse_day

    if value is None:
        return None
    try:
        return parse_day(value)
    except TimeParseError as exc:
        raise typer.BadParameter(exc.message, param_hint="--issued") from None


@app.command()
def when(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="A timing phrase, as written.")],
    issued: IssuedOpt = None,
    fmt: Annotated[
        WhenFormat, typer.Option("--format", "-f", case_sensitive=False, help="table or json.")
    ] = WhenFormat.TABLE,
) -> None:
    """Show how nq42 reads a timing phrase: each window's kind, days, recurrence and flags.

    Exit 1 naming the words it cannot read.
    Example: nq42 when "trước ngày 20/10 hằng năm"
    """
    from nq42cli.core.grammar import read_phrase
    from nq42cli.core.text import visible
    from nq42cli.core.windows import TimeParseError
    from nq42cli.render import when as render

    day = _issued(issued)
    try:
        readings = read_phrase(text, day)
    except TimeParseError as exc:
        typer.echo(visible(f"nq42 when: {exc.message} [{exc.code}]"), err=True)
        if exc.span is not None:
            a, b = exc.span
            typer.echo(visible(f"  {text}"), err=True)
            typer.echo("  " + " " * len(text[:a]) + "^" * max(b - a, 1), err=True)
        raise typer.Exit(EXIT_PROBLEMS) from None
    with _handled():
        out = render.render_json if fmt is WhenFormat.JSON else render.render_table
        sys.stdout.write(out(text, readings))
        sys.stdout.flush()


__all__ = ["EXIT_USAGE", "Path", "when"]
