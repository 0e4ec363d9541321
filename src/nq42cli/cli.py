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
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from nq42cli import __version__
from nq42cli.core.vocab import Role
from nq42cli.render import Format, View

if TYPE_CHECKING:
    from nq42cli.core.cache import RowSource
    from nq42cli.core.models import Plan
    from nq42cli.core.problems import Problem
    from nq42cli.core.queries import Filters, Row
    from nq42cli.core.windows import Period

app = typer.Typer(
    name="nq42",
    help="Deadlines of the Politburo's plan implementing Resolution 42-NQ/TW (Kế hoạch 19-KH/TW).",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
# Set by the root callback on every run: whether the derived index (core.cache) may serve.
_USE_CACHE = {"on": True}

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
    """Deadlines of the Politburo's plan implementing Resolution 42-NQ/TW.

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
    if option is not None:
        return option, str(option)
    local = Path("data/plan.yaml")
    if local.is_file():
        return local, str(local)
    from importlib.resources import files

    bundled = Path(str(files("nq42cli") / "data" / "plan.yaml"))
    return bundled, "<bundled plan.yaml>"


def _fail(problems: list[Problem]) -> NoReturn:
    from nq42cli.core.text import visible

    for p in problems:
        typer.echo(visible(str(p)), err=True)
    usage = all(p.code in ("file.missing", "file.is_dir") for p in problems)
    raise typer.Exit(EXIT_USAGE if usage else EXIT_PROBLEMS)


@contextmanager
def _handled() -> Iterator[None]:
    """Turn the core's data errors into messages and exit codes, never a traceback."""
    from nq42cli.core.problems import DataError

    try:
        yield
    except DataError as exc:
        _fail(exc.problems)
    except BrokenPipeError:
        # The reader (head, less) went away: not an error worth a message.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None


def _load(option: Path | None) -> list[Plan]:
    from nq42cli.core.loader import load_plan

    path, shown = _plan_path(option)
    return [load_plan(path, shown).plan]


def _rows(option: Path | None) -> RowSource:
    """Where the listing commands read rows: the plan's index when it serves, else the plan."""
    from nq42cli.core.cache import open_source

    path, shown = _plan_path(option)
    return open_source([path], shown, use_cache=_USE_CACHE["on"])


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


# --------------------------------------------------------------------------- commands


@app.command()
def due(
    quarter: Annotated[
        str | None,
        typer.Option(
            "--quarter", "-q", help="2024Q1, Q1/2024 or 'quý I/2024'.", show_default=False
        ),
    ] = None,
    month: Annotated[
        str | None,
        typer.Option(
            "--month", "-m", help="2023-12, 12/2023 or 'tháng 12/2023'.", show_default=False
        ),
    ] = None,
    year: Annotated[
        str | None, typer.Option("--year", "-y", help="2025.", show_default=False)
    ] = None,
    start: Annotated[
        str | None, typer.Option("--from", help="First day of a custom period.", show_default=False)
    ] = None,
    end: Annotated[
        str | None, typer.Option("--to", help="Last day of a custom period.", show_default=False)
    ] = None,
    as_of: AsOfOpt = None,
    plan: PlanOpt = None,
    fmt: FormatOpt = Format.TABLE,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
) -> None:
    """Duties whose deadline falls in a period.

    Example: nq42 due --quarter 2024Q1
    """
    period = _period(quarter, month, year, start, end)
    day = _day(as_of, "--as-of")
    with _handled():
        rows = _rows(plan).due(period, day, _filters(owner, role, section, search))
        label = period.label
        _emit(rows, View("due", day, label), fmt)


@app.command()
def overdue(
    as_of: AsOfOpt = None,
    plan: PlanOpt = None,
    fmt: FormatOpt = Format.TABLE,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
) -> None:
    """Duties past their deadline with no completion recorded.

    Example: nq42 overdue --as-of 2024-04-01
    """
    day = _day(as_of, "--as-of")
    with _handled():
        rows = _rows(plan).overdue(day, _filters(owner, role, section, search))
        _emit(rows, View("overdue", day), fmt)


@app.command()
def ongoing(
    as_of: AsOfOpt = None,
    plan: PlanOpt = None,
    fmt: FormatOpt = Format.TABLE,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
) -> None:
    """Duties carried out on a regular basis (thường xuyên) that have started.

    Example: nq42 ongoing --as-of 2024-01-15 --owner "ban kinh te"
    """
    day = _day(as_of, "--as-of")
    with _handled():
        rows = _rows(plan).ongoing(day, _filters(owner, role, section, search))
        _emit(rows, View("ongoing", day), fmt)


@app.command("list")
def list_(
    plan: PlanOpt = None,
    fmt: FormatOpt = Format.TABLE,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
) -> None:
    """Every duty of the plan, dated or not, in plan order.

    Example: nq42 list --section IV --role lead
    """
    with _handled():
        rows = _rows(plan).listing(_filters(owner, role, section, search))
        _emit(rows, View("list"), fmt)


@app.command()
def show(
    duty_id: Annotated[
        str, typer.Argument(metavar="ID", help="Duty id as numbered in the plan: IV.2.a.")
    ],
    plan: PlanOpt = None,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", case_sensitive=False, help="table or json.")
    ] = Format.TABLE,
) -> None:
    """Everything about one duty, its verbatim text included.

    Example: nq42 show IV.2.a
    """
    with _handled():
        from nq42cli.core.queries import find
        from nq42cli.render import detail

        plans = _load(plan)
        row = find(plans, duty_id)
        if row is None:
            from nq42cli.core.queries import suggest

            hint = suggest(plans, duty_id)
            msg = f"no duty '{duty_id}'" + (f"; did you mean {hint}?" if hint else "")
            raise typer.BadParameter(msg, param_hint="ID")
        plan_obj = next(p for p in plans if p.meta.id == row.plan)
        sys.stdout.write(detail.render(row, plan_obj, fmt))


@app.command()
def validate(
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Plan files to check. Default: the plan nq42 would use.", show_default=False
        ),
    ] = None,
    plan: PlanOpt = None,
) -> None:
    """Check plan files; print every problem as file:line:col: message.

    Exit 0 when every file is valid, 1 when any has a problem.
    Example: nq42 validate data/plan.yaml
    """
    from nq42cli.core.loader import load_plan
    from nq42cli.core.problems import DataError
    from nq42cli.core.text import visible

    targets = [(f, str(f)) for f in files] if files else [_plan_path(plan)]
    problems: list[Problem] = []
    checked = 0
    for path, shown in targets:
        try:
            loaded = load_plan(path, shown)
        except DataError as exc:
            problems += exc.problems
        else:
            checked += 1
            problems += loaded.warnings
    for p in problems:
        typer.echo(visible(f"{p}" + (" (warning)" if p.severity == "warning" else "")))
    errors = [p for p in problems if p.severity == "error"]
    bad = len({p.path for p in errors})
    typer.echo(
        f"{len(targets)} file(s) checked: {len(targets) - bad} valid, {bad} invalid, "
        f"{len(errors)} error(s), {len(problems) - len(errors)} warning(s)",
        err=True,
    )
    raise typer.Exit(EXIT_PROBLEMS if errors else EXIT_OK)


def main() -> None:
    """Entry point of the ``nq42`` script."""
    # A run is short and builds large acyclic data (a 100,000-duty plan is millions of
    # objects): the cyclic collector would rescan them over and over, for nothing, and
    # costs half the time of a large load. Memory is still freed by reference counting.
    gc.disable()
    app()
