"""The ``nq42`` command line: parse options, call the core, pick a renderer.

This module imports only typer and the standard library at module level; the core
(pydantic, YAML) and the renderers (Rich) are imported inside the commands that need
them, so ``--help`` and machine formats start fast. Exit codes: 0 ok, 1 problems found
or invalid data, 2 usage error.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from nq42cli import __version__
from nq42cli.core.vocab import Role
from nq42cli.render import DetailFormat, Format, View

if TYPE_CHECKING:
    from nq42cli.core.cache import RowSource
    from nq42cli.core.models import Plan
    from nq42cli.core.problems import Problem
    from nq42cli.core.progress import Progress
    from nq42cli.core.queries import Filters, Row
    from nq42cli.core.windows import Period

app = typer.Typer(
    name="nq42",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
# Set by the root callback on every run: whether the derived index (core.cache) may serve.
_USE_CACHE = {"on": True}


class Lang(StrEnum):
    """Language of labels and headers: Vietnamese by default."""

    VI = "vi"
    EN = "en"


LangOpt = Annotated[
    Lang, typer.Option("--lang", case_sensitive=False, help="Language of labels: vi or en.")
]
PlanOpt = Annotated[
    Path | None,
    typer.Option(
        "--plan",
        envvar="NQ42_PLAN",
        help="Plan file. Default: ./data/plan.yaml if present, else the bundled plan.",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    Format, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")
]
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="Answer as of this day (YYYY-MM-DD or DD/MM/YYYY). Default: today.",
        show_default=False,
    ),
]
OwnerOpt = Annotated[
    str | None,
    typer.Option(
        "--owner",
        help="Owner name or short name; ignores case, accents and tone placement.",
        show_default=False,
    ),
]
RoleOpt = Annotated[
    Role | None,
    typer.Option(
        "--role",
        case_sensitive=False,
        help="Owner's role (with --owner: that owner's).",
        show_default=False,
    ),
]
SectionOpt = Annotated[
    str | None,
    typer.Option("--section", help="Section or item: IV, IV.2.", show_default=False),
]
SearchOpt = Annotated[
    str | None,
    typer.Option(
        "--search",
        help="Words in the duty text; ignores case, accents, tone placement.",
        show_default=False,
    ),
]
# The period options of `due` and `export due`.
QuarterOpt = Annotated[
    str | None,
    typer.Option("--quarter", "-q", help="2024Q1, Q1/2024 or 'quý I/2024'.", show_default=False),
]
MonthOpt = Annotated[
    str | None,
    typer.Option("--month", "-m", help="2023-12, 12/2023 or 'tháng 12/2023'.", show_default=False),
]
YearOpt = Annotated[str | None, typer.Option("--year", "-y", help="2025.", show_default=False)]
FromOpt = Annotated[
    str | None, typer.Option("--from", help="First day of a custom period.", show_default=False)
]
ToOpt = Annotated[
    str | None, typer.Option("--to", help="Last day of a custom period.", show_default=False)
]
StatusOpt = Annotated[
    Path | None,
    typer.Option(
        "--status",
        envvar="NQ42_STATUS",
        help="Progress folder. Default: progress/ beside the plan file.",
        show_default=False,
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"nq42 {__version__}")
        raise typer.Exit


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            envvar="NQ42_NO_CACHE",
            help="Read and validate the plan on this run; neither use nor write the index.",
        ),
    ] = False,
) -> None:
    """Deadlines of the Politburo's plan implementing Resolution 42-NQ/TW (Kế hoạch 19-KH/TW).

    Example: nq42 due --quarter 2024Q1
    """
    _USE_CACHE["on"] = not no_cache


# --------------------------------------------------------------------------- helpers


def _today() -> date:
    # The one place the clock is read; every query gets the day as a parameter.
    return date.today()


def _day(value: str | None, option: str) -> date:
    from nq42cli.core.windows import TimeParseError, parse_day

    if value is None:
        return _today()
    try:
        return parse_day(value)
    except TimeParseError as exc:
        raise typer.BadParameter(exc.message, param_hint=option) from None


def _plan_path(option: Path | None) -> tuple[Path, str]:
    from nq42cli.core.locate import locate

    where = locate(option)
    return where.plan, where.plan_name


def _fail(problems: list[Problem]) -> NoReturn:
    from nq42cli.core.text import visible

    for p in problems:
        typer.echo(visible(str(p)), err=True)
    usage = all(p.code in ("file.missing", "file.is_dir") for p in problems)
    raise typer.Exit(EXIT_USAGE if usage else EXIT_PROBLEMS)


@contextmanager
def _handled() -> Iterator[None]:
    """Turn the core's data errors into messages and exit codes, never a traceback."""
    from nq42cli.core.errors import RecordRefused, UsageError
    from nq42cli.core.fsio import LockTimeout
    from nq42cli.core.problems import DataError
    from nq42cli.core.queries import FilterError
    from nq42cli.core.text import visible

    try:
        yield
    except DataError as exc:
        _fail(exc.problems)
    except (FilterError, UsageError) as exc:
        raise typer.BadParameter(exc.message, param_hint=exc.option) from None
    except RecordRefused as exc:
        for m in exc.messages:
            typer.echo(visible(f"Error: {m}"), err=True)
        raise typer.Exit(EXIT_USAGE if exc.usage else EXIT_PROBLEMS) from None
    except LockTimeout as exc:
        msg = f"Error: {exc.folder} is locked by another nq42 process (waited {exc.timeout:g} s); "
        typer.echo(visible(msg + "try again"), err=True)
        raise typer.Exit(EXIT_PROBLEMS) from None
    except BrokenPipeError:
        # The reader (head, less) went away: not an error worth a message.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None


def _load(option: Path | None) -> list[Plan]:
    from nq42cli.core.loader import load_plan

    path, shown = _plan_path(option)
    return [load_plan(path, shown).plan]


def _completions(
    plans: list[Plan], plan: Path | None, status: Path | None, as_of: date
) -> dict[str, date]:
    from nq42cli.cli_progress import completions_for

    return completions_for(plans, plan, status, as_of)


def _rows(plan: Path | None, status: Path | None) -> RowSource:
    """Where the listing commands read rows: the plan's index when it serves, else the plan.

    The index is keyed by the bytes of the plan and of every progress file beside it, so
    a record added or a plan edited is never answered from an old index.
    """
    from nq42cli.core.cache import open_source
    from nq42cli.core.locate import locate

    where = locate(plan, status)
    where.check_progress()
    path, shown = where.plan, where.plan_name
    files = where.input_files()

    def load() -> tuple[Plan, Progress]:
        from nq42cli.cli_progress import load_progress_for
        from nq42cli.core.loader import load_plan

        loaded = load_plan(path, shown).plan
        return loaded, load_progress_for(loaded, plan, status)

    return open_source(files, load, use_cache=_USE_CACHE["on"])


def _filters(
    owner: str | None, role: Role | None, section: str | None, search: str | None
) -> Filters:
    from nq42cli.core.queries import Filters

    return Filters(owner=owner, role=role, section=section, search=search)


def _emit(rows: list[Row], view: View, fmt: Format) -> None:
    from nq42cli.render import renderer

    sys.stdout.write(renderer(fmt)(rows, view))
    sys.stdout.flush()


def _period(
    quarter: str | None, month: str | None, year: str | None, start: str | None, end: str | None
) -> Period:
    from nq42cli.core.windows import Period, TimeParseError, parse_period

    given = [n for n, v in (("--quarter", quarter), ("--month", month), ("--year", year)) if v]
    ranged = start is not None or end is not None
    if len(given) + ranged != 1:
        msg = "give exactly one of --quarter, --month, --year, or --from with --to"
        raise typer.BadParameter(msg, param_hint="period")
    if ranged:
        if start is None or end is None:
            raise typer.BadParameter("--from and --to go together", param_hint="period")
        a, b = _day(start, "--from"), _day(end, "--to")
        if b < a:
            raise typer.BadParameter(f"--to {b} is before --from {a}", param_hint="--to")
        return Period(a, b, f"{a.isoformat()}..{b.isoformat()}")
    name = given[0]
    text = quarter or month or year or ""
    try:
        return parse_period(text, name[2:])
    except TimeParseError as exc:
        raise typer.BadParameter(exc.message, param_hint=name) from None


OutputOpt = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="File to write, or - for stdout. Default: stdout (xlsx needs a file or -).",
        show_default=False,
    ),
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Replace the output file if it exists.")]


def write_output(data: bytes, output: str | None, force: bool, what: str) -> None:
    """Send ``data`` to stdout (no ``-o`` or ``-o -``) or atomically to a new file.

    A path that cannot be used as given (a folder, a missing folder, an existing file
    without ``--force``) is a usage error (2); a failed write is a problem (1). Either
    way nothing is half-written: the file is replaced in one step or not at all.
    """
    from nq42cli.core.fsio import TargetExists, atomic_write

    if output is None or output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    path = Path(output)
    if path.is_dir():
        raise typer.BadParameter(f"{output} is a folder; give a file name", param_hint="--output")
    if not path.parent.is_dir():
        raise typer.BadParameter(f"folder {path.parent} does not exist", param_hint="--output")
    try:
        atomic_write(path, data, overwrite=force)
    except TargetExists:
        raise typer.BadParameter(
            f"{output} exists; add --force to replace it", param_hint="--output"
        ) from None
    except OSError as exc:
        typer.echo(f"{output}: {exc.strerror or exc}; nothing written", err=True)
        raise typer.Exit(EXIT_PROBLEMS) from None
    typer.echo(f"wrote {output} ({what})", err=True)


# --------------------------------------------------------------------------- commands


@app.command()
def due(
    quarter: QuarterOpt = None,
    month: MonthOpt = None,
    year: YearOpt = None,
    start: FromOpt = None,
    end: ToOpt = None,
    as_of: AsOfOpt = None,
    plan: PlanOpt = None,
    fmt: FormatOpt = Format.TABLE,
    lang: LangOpt = Lang.VI,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
    status: StatusOpt = None,
) -> None:
    """Duties whose deadline falls in a period; recorded completions show as done.

    Example: nq42 due --quarter 2024Q1
    """
    period = _period(quarter, month, year, start, end)
    day = _day(as_of, "--as-of")
    with _handled():
        rows = _rows(plan, status).due(period, day, _filters(owner, role, section, search))
        label = period.label
        _emit(rows, View("due", day, label, lang.value), fmt)


@app.command()
def overdue(
    as_of: AsOfOpt = None,
    plan: PlanOpt = None,
    fmt: FormatOpt = Format.TABLE,
    lang: LangOpt = Lang.VI,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
    status: StatusOpt = None,
) -> None:
    """Duties past their deadline with no completion recorded.

    Example: nq42 overdue --as-of 2024-04-01
    """
    day = _day(as_of, "--as-of")
    with _handled():
        rows = _rows(plan, status).overdue(day, _filters(owner, role, section, search))
        _emit(rows, View("overdue", day, lang=lang.value), fmt)


@app.command()
def ongoing(
    as_of: AsOfOpt = None,
    plan: PlanOpt = None,
    fmt: FormatOpt = Format.TABLE,
    lang: LangOpt = Lang.VI,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
    status: StatusOpt = None,
) -> None:
    """Duties carried out on a regular basis (thường xuyên) that have started.

    Example: nq42 ongoing --as-of 2024-01-15 --owner "ban kinh te"
    """
    day = _day(as_of, "--as-of")
    with _handled():
        rows = _rows(plan, status).ongoing(day, _filters(owner, role, section, search))
        _emit(rows, View("ongoing", day, lang=lang.value), fmt)


@app.command("list")
def list_(
    plan: PlanOpt = None,
    status: StatusOpt = None,
    as_of: AsOfOpt = None,
    fmt: FormatOpt = Format.TABLE,
    lang: LangOpt = Lang.VI,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
) -> None:
    """Every duty of the plan, dated or not, in plan order, with its completion if recorded.

    Example: nq42 list --section IV --role lead
    """
    day = _day(as_of, "--as-of")
    with _handled():
        rows = _rows(plan, status).listing(day, _filters(owner, role, section, search))
        _emit(rows, View("list", lang=lang.value), fmt)


@app.command()
def show(
    duty_id: Annotated[
        str, typer.Argument(metavar="ID", help="Duty id as numbered in the plan: IV.2.a.")
    ],
    plan: PlanOpt = None,
    status: StatusOpt = None,
    as_of: AsOfOpt = None,
    fmt: Annotated[
        DetailFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")
    ] = DetailFormat.TABLE,
    lang: LangOpt = Lang.VI,
) -> None:
    """Everything about one duty, its verbatim text and recorded completion included.

    Example: nq42 show IV.2.a
    """
    day = _day(as_of, "--as-of")
    with _handled():
        from dataclasses import replace

        from nq42cli.core.queries import find
        from nq42cli.render import detail

        plans = _load(plan)
        row = find(plans, duty_id)
        if row is None:
            from nq42cli.core.queries import not_found

            raise typer.BadParameter(not_found(plans, duty_id), param_hint="ID")
        done = _completions(plans, plan, status, day).get(row.duty.id)
        row = replace(row, as_of=day, completed_on=done)
        plan_obj = next(p for p in plans if p.meta.id == row.plan)
        sys.stdout.write(detail.render(row, plan_obj, fmt, lang.value))


def main() -> None:
    """Entry point of the ``nq42`` script."""
    # A run is short and builds large acyclic data (a 100,000-duty plan is millions of
    # objects): the cyclic collector would rescan them over and over, for nothing, and
    # costs half the time of a large load. Memory is still freed by reference counting.
    gc.disable()
    app()


export_app = typer.Typer(
    help="Write the status table, a query's answer or the deadlines as files other tools read.\n\n"
    "Example: nq42 export status --format xlsx -o status.xlsx",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(export_app, name="export")

from nq42cli import cli_ci as _cli_ci  # noqa: E402, F401 - registers commands
from nq42cli import cli_progress as _cli_progress  # noqa: E402, F401 - registers commands
from nq42cli import cli_time as _cli_time  # noqa: E402, F401 - registers commands
from nq42cli import cli_validate as _cli_validate  # noqa: E402, F401 - registers commands
