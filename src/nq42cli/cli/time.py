"""``nq42 when`` (time in a sentence, or how a phrase reads) and ``nq42 extract`` (a draft plan)."""

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
    text: Annotated[str, typer.Argument(metavar="TEXT", help="A sentence or a timing phrase.")],
    issued_on: IssuedOpt = None,
    fmt: Annotated[
        WhenFormat, typer.Option("--format", "-f", case_sensitive=False, help="table or json.")
    ] = WhenFormat.TABLE,
    exact: Annotated[
        bool,
        typer.Option(
            "--exact", help="Read TEXT as one timing phrase, every word (what validate does)."
        ),
    ] = False,
    lang: LangOpt = Lang.VI,
) -> None:
    """Show the time expressions in a sentence and how each reads.

    Each expression is shown with the words it was read from (offsets in JSON); numbers
    that are not a time of the duty (a law's year, a horizon, a cited date) are listed
    as seen but not read, with the reason. Exit 1 when nothing is read.
    With --exact the whole TEXT must read as a timing phrase; exit 1 naming the words
    it cannot read.
    Example: nq42 when "báo cáo Bộ Chính trị trước ngày 25/3/2025"
    """
    from nq42cli import api
    from nq42cli.core.text import visible

    day = issued(issued_on)
    if not exact:
        found = api.when(text, issued=day)
        with handled():
            emit(found, fmt, lang)
        if not found.read:
            why = "; ".join(f"'{sp.text}': {sp.reason}" for sp in found.spans)
            msg = f"nq42 when: nothing read as a time [time.none_read] ({why or 'none found'})"
            typer.echo(visible(msg), err=True)
            raise typer.Exit(EXIT_PROBLEMS)
        return
    try:
        reading = api.when(text, issued=day, exact=True)
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
        str,
        typer.Argument(
            metavar="DOCUMENT",
            help="The document: UTF-8 text (.txt, .md, a saved page .html) or a Word file (.docx).",
        ),
    ],
    output: Annotated[
        str,
        typer.Option("--output", "-o", help="Where to write the draft plan; '-' for stdout."),
    ] = "-",
    force: ForceOpt = False,
    issued_on: IssuedOpt = None,
    number: Annotated[
        str | None,
        typer.Option("--number", help="The document's number (19-KH/TW) if the text lacks it."),
    ] = None,
    lang: LangOpt = Lang.VI,
) -> None:
    """Draft a plan file from a plan's text: sections, owners, duties, timing, task tables.

    The draft is always written; every guess is marked `review:` with its reason, and a
    coverage report (dated phrases seen and read, table rows and duties, owners not
    resolved) goes to stderr and the draft's header. The draft is validated like any
    plan file: its problems are listed (with positions in the written file) and the
    command exits 1; it exits 1 too when no duty was read.
    Example: nq42 extract ke-hoach.txt --issued 2023-11-27 --number 19-KH/TW -o plan.yaml
    """
    from nq42cli import api
    from nq42cli.core.text import visible

    day = issued(issued_on)
    # A target that cannot be written is refused before any work is done.
    check_target(output, force)
    with handled():
        name = "<stdout>" if output == "-" else output
        draft = api.extract(document, issued=day, number=number, name=name)
        write_output(api.export(draft, "yaml", lang=lang), output, force)
        report = api.export(draft.coverage, "text", lang=lang).decode()
    for line in report.splitlines():
        typer.echo(visible(f"  {line}"), err=True)
    target = "" if output == "-" else f" -> {output}"
    duties = draft.draft.duties
    say(
        f"drafted {len(duties)} duties, {len(draft.draft.data['owners'])} owners; "
        f"{draft.draft.reviews} marked for review, {len(draft.draft.notes)} note(s){target}"
    )
    if draft.problems:
        typer.echo(f"{document}: the draft does not validate:", err=True)
        for p in draft.problems:
            typer.echo(visible(str(p)), err=True)
        raise typer.Exit(EXIT_PROBLEMS)
    if not duties:
        typer.echo(
            visible(
                f"{document}: 0 duties read: no numbered item, bullet or task table was "
                "found (the draft holds the header only)"
            ),
            err=True,
        )
        raise typer.Exit(EXIT_PROBLEMS)
