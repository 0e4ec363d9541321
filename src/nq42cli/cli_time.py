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

from nq42cli.cli import EXIT_PROBLEMS, _handled, app


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
    text: Annotated[str, typer.Argument(metavar="TEXT", help="A sentence or a timing phrase.")],
    issued: IssuedOpt = None,
    fmt: Annotated[
        WhenFormat, typer.Option("--format", "-f", case_sensitive=False, help="table or json.")
    ] = WhenFormat.TABLE,
    exact: Annotated[
        bool,
        typer.Option(
            "--exact",
            help="Read TEXT as one timing phrase, every word (what validate does).",
        ),
    ] = False,
) -> None:
    """Show the time expressions in a sentence and how each reads.

    Each expression is shown with the words it was read from (offsets in JSON); numbers
    that are not a time of the duty (a law's year, a horizon, a cited date) are listed
    as seen but not read, with the reason. Exit 1 when nothing is read.
    With --exact the whole TEXT must read as a timing phrase; exit 1 naming the words
    it cannot read.
    Example: nq42 when "báo cáo Bộ Chính trị trước ngày 25/3/2025"
    """
    from nq42cli.core.text import nfc, visible

    day = _issued(issued)
    if exact:
        _when_exact(text, day, fmt)
        return
    from nq42cli.core.spans import find_spans
    from nq42cli.render import when as render

    shown = nfc(text)
    spans = find_spans(shown, day)
    with _handled():
        out = render.render_spans_json if fmt is WhenFormat.JSON else render.render_spans_table
        sys.stdout.write(out(shown, spans))
        sys.stdout.flush()
    if not any(sp.read for sp in spans):
        why = "; ".join(f"'{sp.text}': {sp.reason}" for sp in spans) or "no time expression"
        typer.echo(visible(f"nq42 when: nothing read as a time [time.none_read] ({why})"), err=True)
        raise typer.Exit(EXIT_PROBLEMS)


def _when_exact(text: str, day: date | None, fmt: WhenFormat) -> None:
    from nq42cli.core.grammar import read_phrase
    from nq42cli.core.text import visible
    from nq42cli.core.windows import TimeParseError
    from nq42cli.render import when as render

    try:
        readings = read_phrase(text, day)
    except TimeParseError as exc:
        typer.echo(visible(f"nq42 when: {exc.message} [{exc.code}]"), err=True)
        if exc.span is not None:
            a, b = exc.span
            typer.echo(visible(f"  {text}"), err=True)
            # Measure the shown (escaped) text, so the carets sit under the words.
            pad, width = len(visible(text[:a])), len(visible(text[a:b]))
            typer.echo("  " + " " * pad + "^" * max(width, 1), err=True)
        raise typer.Exit(EXIT_PROBLEMS) from None
    with _handled():
        out = render.render_json if fmt is WhenFormat.JSON else render.render_table
        sys.stdout.write(out(text, readings))
        sys.stdout.flush()


def _write_atomic(path: Path, text: str) -> None:
    import os
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@app.command()
def extract(
    document: Annotated[
        Path, typer.Argument(metavar="DOCUMENT", help="The document's text (UTF-8 .txt or .md).")
    ],
    output: Annotated[
        str,
        typer.Option("--output", "-o", help="Where to write the draft plan; '-' for stdout."),
    ] = "-",
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite the output file if it exists.")
    ] = False,
    issued: IssuedOpt = None,
    number: Annotated[
        str | None,
        typer.Option("--number", help="The document's number (19-KH/TW) if the text lacks it."),
    ] = None,
) -> None:
    """Draft a plan file from a plan's text: sections, owners, duties, timing, task tables.

    The draft is always written; every guess is marked `review:` with its reason, and a
    coverage report (dated phrases seen and read, table rows and duties, owners not
    resolved) goes to stderr and the draft's header. The draft is validated like any
    plan file: its problems are listed (with positions in the written file) and the
    command exits 1; it exits 1 too when no duty was read.
    Example: nq42 extract ke-hoach.txt --issued 2023-11-27 --number 19-KH/TW -o plan.yaml
    """
    from nq42cli.core.extract import extract as draft_plan
    from nq42cli.core.loader import load_plan_text
    from nq42cli.core.problems import DataError, Problem
    from nq42cli.core.text import visible
    from nq42cli.render.coverage import coverage_lines
    from nq42cli.render.draft import render_draft, render_problems

    day = _issued(issued)
    if not document.is_file():
        raise typer.BadParameter(f"no such file: {document}", param_hint="DOCUMENT")
    target = None if output == "-" else Path(output)
    if target is not None and target.exists() and not force:
        msg = f"{target} exists; give --force to overwrite it"
        raise typer.BadParameter(msg, param_hint="--output")
    if target is not None and not (target.parent or Path(".")).is_dir():
        raise typer.BadParameter(f"no such folder: {target.parent}", param_hint="--output")
    try:
        text = document.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        typer.echo(f"{document}: not UTF-8 text ({exc.reason} at byte {exc.start})", err=True)
        raise typer.Exit(EXIT_PROBLEMS) from None
    draft = draft_plan(text, issued=day, number=number)
    rendered = render_draft(draft)
    shown = str(target) if target is not None else "<stdout>"
    problems: list[Problem] = []
    try:
        load_plan_text(rendered, shown)
    except DataError as exc:
        problems = list(exc.problems)
        rendered += render_problems(problems)
    with _handled():
        if target is None:
            sys.stdout.write(rendered)
            sys.stdout.flush()
        else:
            _write_atomic(target, rendered)
    for line in coverage_lines(draft):
        typer.echo(visible(f"  {line}"), err=True)
    typer.echo(
        f"drafted {len(draft.duties)} duties, {len(draft.data['owners'])} owners; "
        f"{draft.reviews} marked for review, {len(draft.notes)} note(s)"
        + (f" -> {target}" if target is not None else ""),
        err=True,
    )
    if problems:
        typer.echo(f"{document}: the draft does not validate:", err=True)
        for p in problems:
            typer.echo(visible(str(p)), err=True)
        raise typer.Exit(EXIT_PROBLEMS)
    if not draft.duties:
        typer.echo(
            visible(
                f"{document}: 0 duties read: no numbered item, bullet or task table was "
                "found (the draft holds the header only)"
            ),
            err=True,
        )
        raise typer.Exit(EXIT_PROBLEMS)
