"""What every command shares: option types, small parsers, output, and errors at the edge.

Commands declare their options with the ``Annotated`` aliases here, so ``--plan`` or
``--as-of`` reads and helps the same everywhere. The parsers turn option text into
core values (a day, a period, filters) and report a bad value as a usage error (exit 2).
:func:`handled` is the one place the library's typed errors become messages and exit
codes: 0 ok, 1 problems found or invalid data, 2 usage error.

Like every CLI module, this one imports only typer and the standard library at module
level (and the stdlib-only vocabulary of roles); the core and the renderers are
imported inside the functions that need them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from nq42cli.core.vocab import Role

if TYPE_CHECKING:
    from nq42cli.core.problems import Problem
    from nq42cli.core.queries import Filters
    from nq42cli.core.windows import Period
    from nq42cli.render import Result

__all__ = [
    "EXIT_OK",
    "EXIT_PROBLEMS",
    "EXIT_USAGE",
    "AsOfOpt",
    "DetailFormat",
    "ExportFormat",
    "ForceOpt",
    "FromOpt",
    "IdArg",
    "IssuedOpt",
    "Lang",
    "LangOpt",
    "ListFormat",
    "MonthOpt",
    "OutputFailed",
    "OutputOpt",
    "OwnerOpt",
    "PlanOpt",
    "ProblemFormat",
    "QuarterOpt",
    "RoleOpt",
    "SafeGroup",
    "SearchOpt",
    "SectionOpt",
    "State",
    "StatusOpt",
    "ToOpt",
    "WhenFormat",
    "YearOpt",
    "check_target",
    "complete_owner",
    "day",
    "emit",
    "filters",
    "handled",
    "issued",
    "lead_time",
    "period",
    "say",
    "state",
    "write_file",
    "write_output",
]

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


# --------------------------------------------------------------------------- state


@dataclass(frozen=True)
class State:
    """What the root callback settles once per run; commands find it in ``ctx.obj``.

    ``today`` and ``now`` are the one reading of the clock: every query gets its day as
    a parameter, and a run never sees the date change halfway.
    """

    use_index: bool = True
    now: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))
    today: date = field(default_factory=date.today)


def state(ctx: typer.Context) -> State:
    """The run's :class:`State` (a fresh one when a command is called on its own)."""
    found = ctx.find_object(State)
    return found if found is not None else State()


# --------------------------------------------------------------------------- choices


class Lang(StrEnum):
    """Language of labels and headers: Vietnamese by default."""

    VI = "vi"
    EN = "en"


class ListFormat(StrEnum):
    """Output formats of the listing commands and ``status``."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MD = "md"


class DetailFormat(StrEnum):
    """Output formats of one-duty views (``show``, ``history``)."""

    TABLE = "table"
    JSON = "json"


class ExportFormat(StrEnum):
    """File formats of ``nq42 export``."""

    CSV = "csv"
    XLSX = "xlsx"
    MD = "md"
    HTML = "html"
    JSON = "json"


class WhenFormat(StrEnum):
    """Output formats of ``nq42 when``."""

    TABLE = "table"
    JSON = "json"


class ProblemFormat(StrEnum):
    """Output formats of ``nq42 validate``."""

    TEXT = "text"
    PARSABLE = "parsable"
    GITHUB = "github"
    JSON = "json"


# --------------------------------------------------------------------------- options


def _complete(kind: str, ctx: typer.Context, incomplete: str) -> list[Any]:
    # The completion module is imported only when a shell asks for completions.
    from nq42cli.cli import complete

    found: list[Any] = getattr(complete, kind)(ctx, incomplete)
    return found


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
StatusOpt = Annotated[
    Path | None,
    typer.Option(
        "--status",
        envvar="NQ42_STATUS",
        help="Progress folder. Default: progress/ beside the plan file.",
        show_default=False,
    ),
]
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="Answer as of this day (YYYY-MM-DD or DD/MM/YYYY). Default: today.",
        show_default=False,
    ),
]


def complete_owner(ctx: typer.Context, incomplete: str) -> list[str]:
    """Shell completion of ``--owner``: the plan's owners and every body of its registry.

    Names the registry knows from any time (former and current names, members) that
    begin with what was typed, folded (case, accents and tone placement ignored). Shells
    keep only words that begin with the typed text, so a name matched through folding
    comes back as the typed text followed by the rest of the name ("ban chinh" →
    "ban chinh sách, chiến lược Trung ương"), which names the same body.
    """
    from nq42cli import api
    from nq42cli.core.text import fold

    plan = ctx.params.get("plan")
    want = fold(incomplete)
    out = []
    for name in api.owner_names(plan):
        if not fold(name).startswith(want):
            continue
        if name.startswith(incomplete):
            out.append(name)
        else:
            # Folding keeps one letter per letter (NFC names), so the rest lines up.
            out.append(incomplete + name[len(incomplete) :])
    return list(dict.fromkeys(out))


OwnerOpt = Annotated[
    str | None,
    typer.Option(
        "--owner",
        help="Owner: a name or short name, old or new (Ban Kinh tế / Ban Chính sách, chiến "
        "lược), or a member's ('Đồng Nai'); ignores case, accents and tone placement.",
        show_default=False,
        autocompletion=complete_owner,
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
    typer.Option(
        "--section",
        help="Section or item: IV, IV.2.",
        show_default=False,
        autocompletion=lambda ctx, incomplete: _complete("sections", ctx, incomplete),
    ),
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
IdArg = Annotated[
    str,
    typer.Argument(
        metavar="ID",
        help="Duty id as numbered in the plan: IV.2.a.",
        autocompletion=lambda ctx, incomplete: _complete("duty_ids", ctx, incomplete),
    ),
]
IssuedOpt = Annotated[
    str | None,
    typer.Option(
        "--issued",
        help="The document's date (YYYY-MM-DD or DD/MM/YYYY): the year of '20/10', 'hạn T7'.",
        show_default=False,
    ),
]
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


# --------------------------------------------------------------------------- parsers


def _parse_day(value: str, option: str) -> date:
    from nq42cli.core.windows import TimeParseError, parse_day

    try:
        return parse_day(value)
    except TimeParseError as exc:
        raise typer.BadParameter(exc.message, param_hint=option) from None


def day(value: str | None, option: str, today: date) -> date:
    """The day an option names (``2024-03-31`` or ``31/03/2024``); ``today`` if not given."""
    return today if value is None else _parse_day(value, option)


def issued(value: str | None) -> date | None:
    """``--issued``: a document's date, or None when not given (there is no default)."""
    return None if value is None else _parse_day(value, "--issued")


def period(
    quarter: str | None,
    month: str | None,
    year: str | None,
    start: str | None,
    end: str | None,
    today: date,
) -> Period:
    """Exactly one of ``--quarter``, ``--month``, ``--year``, or ``--from`` with ``--to``."""
    from nq42cli.core.windows import Period, TimeParseError, parse_period

    given = [n for n, v in (("--quarter", quarter), ("--month", month), ("--year", year)) if v]
    ranged = start is not None or end is not None
    if len(given) + ranged != 1:
        msg = "give exactly one of --quarter, --month, --year, or --from with --to"
        raise typer.BadParameter(msg, param_hint="period")
    if ranged:
        if start is None or end is None:
            raise typer.BadParameter("--from and --to go together", param_hint="period")
        a, b = day(start, "--from", today), day(end, "--to", today)
        if b < a:
            raise typer.BadParameter(f"--to {b} is before --from {a}", param_hint="--to")
        return Period(a, b, f"{a.isoformat()}..{b.isoformat()}")
    name = given[0]
    text = quarter or month or year or ""
    try:
        return parse_period(text, name[2:])
    except TimeParseError as exc:
        raise typer.BadParameter(exc.message, param_hint=name) from None


def filters(
    owner: str | None = None,
    role: Role | None = None,
    section: str | None = None,
    search: str | None = None,
) -> Filters:
    """The listing filters the options name."""
    from nq42cli.core.queries import Filters

    return Filters(owner=owner, role=role, section=section, search=search)


def lead_time(text: str) -> timedelta | None:
    """A reminder's lead time: ``14d``, ``2w``, or ``none`` (also ``0``, ``off``)."""
    import re

    if text.strip().lower() in ("0", "none", "off"):
        return None
    m = re.fullmatch(r"(\d{1,3})\s*([dw])", text.strip(), re.IGNORECASE)
    if m is None:
        msg = f"'{text}' is not a lead time; write days or weeks (14d, 2w) or 'none'"
        raise typer.BadParameter(msg, param_hint="--remind")
    n = int(m.group(1)) * (7 if m.group(2).lower() == "w" else 1)
    return timedelta(days=n) if n else None


# --------------------------------------------------------------------------- errors


def say(message: str) -> None:
    """Print one message on stderr, escaped: it may quote a plan, a path or an argument.

    A stderr that cannot be written (closed, a full disk) leaves nowhere to report to:
    the exit code still tells.
    """
    from nq42cli.core.text import visible

    with suppress(OSError, ValueError, AttributeError):
        typer.echo(visible(message), err=True)


class SafeGroup(TyperGroup):
    r"""The root command: every usage error is shown with the text it quotes escaped.

    A message quotes what the user typed (``no duty 'IV.\x1b[31m2'``, click's "no such
    option") and what the plan holds (an owner's name in "did you mean"); whoever
    raised it, it reaches the terminal here, through :func:`_escaped`, so no argument
    and no plan text can drive the terminal or fail to encode.
    """

    def make_context(self, *args: Any, **extra: Any) -> Any:
        """Parse the arguments (usage errors escaped)."""
        with _escaped():
            return super().make_context(*args, **extra)

    def invoke(self, ctx: Any) -> Any:
        """Run the command (usage errors escaped)."""
        with _escaped():
            return super().invoke(ctx)


# The base of every usage error typer raises: click's, or the copy of click typer ships.
_USAGE_ERROR: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"
)


@contextmanager
def _escaped() -> Iterator[None]:
    from nq42cli.core.text import visible

    try:
        yield
    except _USAGE_ERROR as exc:
        # Line by line: a message's own line breaks (click's help text) are kept.
        message = str(getattr(exc, "message", ""))
        exc.message = "\n".join(visible(line) for line in message.split("\n"))  # type: ignore[attr-defined]
        raise


def fail(problems: list[Problem]) -> NoReturn:
    """Print each problem on its own line (escaped) and exit 1, or 2 for an unusable path."""
    from nq42cli.core.errors import USAGE_CODES

    for p in problems:
        say(str(p))
    usage = all(p.code in USAGE_CODES for p in problems)
    raise typer.Exit(EXIT_USAGE if usage else EXIT_PROBLEMS)


def refuse(messages: list[str], code: int) -> NoReturn:
    """Print ``Error: …`` lines (escaped) and exit with ``code``."""
    for m in messages:
        say(f"Error: {m}")
    raise typer.Exit(code)


@contextmanager
def handled() -> Iterator[None]:
    """Turn the library's typed errors into messages and exit codes, never a traceback."""
    from nq42cli.core.errors import RecordRefused, UsageError
    from nq42cli.core.fsio import LockTimeout
    from nq42cli.core.problems import DataError
    from nq42cli.core.queries import FilterError

    try:
        yield
    except DataError as exc:
        fail(exc.problems)
    except (FilterError, UsageError) as exc:
        raise typer.BadParameter(exc.message, param_hint=exc.option) from None
    except RecordRefused as exc:
        refuse(exc.messages, EXIT_USAGE if exc.usage else EXIT_PROBLEMS)
    except LockTimeout as exc:
        waited = f"waited {exc.timeout:g} s"
        refuse([f"{exc.folder} is locked by another nq42 process ({waited}); try again"], 1)
    except UnicodeEncodeError as exc:
        # Only where the stream could not be switched to UTF-8 (nq42cli.streams): say so in
        # ASCII, which any stream can hold.
        bad = ascii(exc.object[exc.start : exc.end])
        msg = (
            f"the output's encoding ({exc.encoding}) cannot hold {bad}; "
            "set PYTHONIOENCODING=utf-8, or write to a file with -o FILE"
        )
        refuse([msg], EXIT_PROBLEMS)
    except BrokenPipeError:
        # The reader (head, less) went away: not an error worth a message.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None
    except OutputFailed as exc:
        refuse([f"cannot write the output: {exc.reason}"], EXIT_PROBLEMS)


# --------------------------------------------------------------------------- output


class OutputFailed(Exception):
    """Standard output could not be written (a full disk, a closed descriptor)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@contextmanager
def _stdout() -> Iterator[None]:
    """Turn a failure to write standard output into :class:`OutputFailed`.

    ``nq42 list > /dev/full`` or a closed stdout (``>&-``) is a clear one-line error
    (exit 1), never a traceback; a reader that went away (``| head``) stays quiet.
    """
    if sys.stdout is None:
        raise OutputFailed("standard output is closed")
    try:
        yield
    except (BrokenPipeError, UnicodeEncodeError):
        # Said by handled(): a reader gone is quiet, an encoding has its own message.
        raise
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        # What is still buffered goes nowhere, so the exit does not fail on it again.
        with suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise OutputFailed(reason) from None


def emit(result: Result, fmt: str, lang: Lang | str = Lang.VI) -> None:
    """Render ``result`` through the one registry and print it on stdout."""
    from nq42cli.render import render

    with _stdout():
        out = render(result, fmt, str(lang))
        if isinstance(out, bytes):
            sys.stdout.buffer.write(out)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(out)
            sys.stdout.flush()


def _to_stdout(output: str | None) -> bool:
    return output is None or output == "-"


def check_target(output: str | None, force: bool) -> None:
    """Refuse, before any work, an output path that cannot be used as given (exit 2).

    A folder, a file in a folder that does not exist, or an existing file without
    ``--force`` is a usage error; ``None`` and ``-`` mean stdout.
    """
    from nq42cli.core.fsio import UnusableFile, check_replaceable

    if _to_stdout(output):
        return
    assert output is not None
    path = Path(output)
    if path.is_dir():
        raise typer.BadParameter(f"{output} is a folder; give a file name", param_hint="--output")
    if not path.parent.is_dir():
        raise typer.BadParameter(f"folder {path.parent} does not exist", param_hint="--output")
    try:
        # Whatever --force says: a device, a named pipe or a link is never replaced.
        check_replaceable(path)
    except UnusableFile as exc:
        msg = f"{output} {exc.message}; give a regular file, or - for stdout"
        raise typer.BadParameter(msg, param_hint="--output") from None
    if os.path.lexists(path) and not force:
        raise typer.BadParameter(
            f"{output} exists; add --force to replace it", param_hint="--output"
        )


def write_output(data: bytes, output: str | None, force: bool, what: str | None = None) -> None:
    """Send ``data`` to stdout (no ``-o`` or ``-o -``) or atomically to a file.

    The path is checked as :func:`check_target` does (exit 2); a failed write is a
    problem (exit 1). Either way nothing is half-written: the file is replaced in one
    step or not at all (:func:`nq42cli.core.fsio.atomic_write`, the one writer).
    ``what`` describes the file on stderr once it is written.
    """
    from nq42cli.core.fsio import TargetExists, UnusableFile, atomic_write

    if _to_stdout(output):
        with _stdout():
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        return
    assert output is not None
    check_target(output, force)
    try:
        atomic_write(Path(output), data, overwrite=force)
    except TargetExists:
        # Another process created it since the check.
        raise typer.BadParameter(
            f"{output} exists; add --force to replace it", param_hint="--output"
        ) from None
    except UnusableFile as exc:  # it became a link, a pipe or a device since the check
        msg = f"{output} {exc.message}; give a regular file, or - for stdout"
        raise typer.BadParameter(msg, param_hint="--output") from None
    except OSError as exc:
        say(f"{output}: {exc.strerror or exc}; nothing written")
        raise typer.Exit(EXIT_PROBLEMS) from None
    if what is not None:
        say(f"wrote {output} ({what})")


def write_file(
    result: Result, fmt: str, lang: Lang | str, output: str | None, force: bool, rows: int
) -> None:
    """Render ``result`` as a file's bytes and write it (see :func:`write_output`).

    A binary format needs ``-o FILE`` (or ``-o -``): it would garble a terminal. A CSV
    written to a file starts with the BOM Excel needs to read UTF-8; a pipe gets none.
    """
    from nq42cli.render import BINARY, encode, render

    if output is None and fmt in BINARY:
        raise typer.BadParameter(
            f"{fmt} is binary: give -o FILE (or -o - to send it to stdout)", param_hint="-o"
        )
    check_target(output, force)
    data = encode(render(result, fmt, str(lang)), fmt, bom=not _to_stdout(output))
    write_output(data, output, force, f"{rows} rows, {fmt}")
