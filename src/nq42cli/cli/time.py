"""``nq42 when`` (how a time phrase reads) and ``nq42 extract`` (a draft plan from a text)."""

from __future__ import annotations

from typing import Annotated

import typer

from nq42cli.cli.options import (
    EXIT_PROBLEMS,
    ForceOpt,
    IssuedOpt,
    Lang,
    LangOpt,
    WhenFormat,
    check_target,
    emit,
    handled,
    issued,
    say,
    write_output,
)

__all__ = ["extract", "when"]


def when(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="A timing phrase, as written.")],
    issued_on: IssuedOpt = None,
    fmt: Annotated[
        WhenFormat, typer.Option("--format", "-f", case_sensitive=False, help="table or json.")
    ] = WhenFormat.TABLE,
    lang: LangOpt = Lang.VI,
) -> None:
    """Show how nq42 reads a timing phrase: each window's kind, days, recurrence and flags.

    Exit 1 naming the words it cannot read.
    Example: nq42 when "trước ngày 20/10 hằng năm"
    """
    from nq42cli import api
    from nq42cli.core.text import visible

    day = issued(issued_on)
    try:
        reading = api.when(text, issued=day)
    except api.TimeParseError as exc:
        typer.echo(visible(f"nq42 when: {exc.message} [{exc.code}]"), err=True)
        if exc.span is not None:
            a, b = exc.span
            typer.echo(visible(f"  {text}"), err=True)
            # Measure the shown (escaped) text, so the carets sit under the words.
            pad, width = len(visible(text[:a])), len(visible(text[a:b]))
            typer.echo("  " + " " * pad + "^" * max(width, 1), err=True)
        raise typer.Exit(EXIT_PROBLEMS) from None
    with handled():
        emit(reading, fmt, lang)


def extract(
    document: Annotated[
        str, typer.Argument(metavar="DOCUMENT", help="The plan's text (UTF-8 .txt).")
    ],
    output: Annotated[
        str,
        typer.Option("--output", "-o", help="Where to write the draft plan; '-' for stdout."),
    ] = "-",
    force: ForceOpt = False,
    issued_on: IssuedOpt = None,
    number: Annotated[
        str | None,
        typer.Option("--number", help="The plan's number (19-KH/TW) if the text lacks it."),
    ] = None,
) -> None:
    """Draft a plan file from a plan's text: sections, owners, duties, timing.

    The draft is validated like any plan file before it is written; what could not be
    placed is kept and marked `review:`.
    Example: nq42 extract ke-hoach.txt --issued 2023-11-27 --number 19-KH/TW -o plan.yaml
    """
    day = issued(issued_on)
    # A target that cannot be written is refused before any work is done.
    check_target(output, force)
    with handled():
        from nq42cli import api

        draft = api.extract(
            document, issued=day, number=number, name="<draft>" if output == "-" else output
        )
        text = api.export(draft, "yaml")
        write_output(text, output, force)
    target = "" if output == "-" else f" -> {output}"
    say(
        f"drafted {len(draft.draft.duties)} duties, {len(draft.draft.data['owners'])} owners; "
        f"{draft.draft.reviews} marked for review, {len(draft.draft.notes)} note(s){target}"
    )
