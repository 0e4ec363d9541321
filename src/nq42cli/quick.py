"""The quick path: a question the plan's index can answer, answered without building the app.

Python's start-up dominates an everyday answer: importing typer and building its click
command costs about five times an empty ``python -c pass``, more than everything nq42
does for a warm ``due`` on the bundled plan. So before typer is imported, :func:`answered`
looks at the command line. When it is the plain shape of a read-only question —
``due``, ``overdue``, ``ongoing``, ``list``, ``status`` or ``history``, each option
given as ``--name value``, ``--name=value`` or ``-x value``, every value one typer
accepts as it stands — and an index of exactly the files' bytes exists, it asks the
library the very question the typer command asks (:mod:`nq42cli.api`, ``index_only``),
renders it through the same registry and prints it.

Anything else is declined and typer does the whole run as always: ``--help``, an option
it does not know or a repeated one, a value it would have to convert or refuse (``JSON``
for ``json``, a bad date, a period given twice), no index yet, an invalid plan, a filter
that matches nothing, any error at all. So every message, usage error and exit code
still comes from typer and the one error handler (:func:`nq42cli.cli.options.handled`);
the quick path only ever prints a successful answer, and prints nothing before the
answer is complete. The one exception is an answer that cannot be written (a full disk):
part of it may be out, so typer cannot start over, and the quick path says what the
handler says (one line, exit 1). The answer follows the typer path's output rules
because it is made by the same code: the streams are switched to UTF-8 first
(:mod:`nq42cli.streams`), and the renderers escape text and cap terminal tables.

The option table below is typer's, written out: ``tests/test_quick.py`` builds the
click commands with typer and fails when any option, choice or environment variable
differs, and compares the quick answers with typer's, byte for byte.

This module sits outside the :mod:`nq42cli.cli` package, whose modules import typer, so
that :func:`main` (the ``nq42`` script and ``python -m nq42cli``) can try it first. Only
the standard library is imported here, :mod:`nq42cli.streams`, and the core modules an
index answer needs.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from typing import TYPE_CHECKING

from nq42cli.streams import unicode_streams

if TYPE_CHECKING:
    from nq42cli.core.windows import Period

__all__ = ["ARGUMENTS", "CHOICES", "ENVVARS", "OPTIONS", "answered", "main", "parse"]

_PATHS = {"--plan": "plan", "--status": "status"}
_COMMON = {**_PATHS, "--as-of": "as_of", "--format": "fmt", "-f": "fmt", "--lang": "lang"}
_FILTERS = {"--owner": "owner", "--role": "role", "--section": "section", "--search": "search"}
_PERIOD = {
    "--quarter": "quarter",
    "-q": "quarter",
    "--month": "month",
    "-m": "month",
    "--year": "year",
    "-y": "year",
    "--from": "start",
    "--to": "end",
}

OPTIONS: dict[str, dict[str, str]] = {
    "due": {**_PERIOD, **_COMMON, **_FILTERS},
    "overdue": {**_COMMON, **_FILTERS},
    "ongoing": {**_COMMON, **_FILTERS},
    "list": {**_COMMON, **_FILTERS},
    "status": {**_COMMON, "--owner": "owner", "--section": "section"},
    "history": dict(_COMMON),
}
"""Each command served here: its option names (every one takes a value) by parameter."""

ARGUMENTS: dict[str, tuple[str, ...]] = {"history": ("duty_id",)}
"""Positional arguments, by command."""

_LISTED = ("table", "json", "csv", "md")
CHOICES: dict[str, dict[str, tuple[str, ...]]] = {
    name: {
        "fmt": ("table", "json") if name == "history" else _LISTED,
        "lang": ("vi", "en"),
        "role": ("lead", "partner", "responsible"),
    }
    for name in OPTIONS
}
"""The values a choice option takes, as typer prints them (other spellings go to typer)."""

ENVVARS = {"plan": "NQ42_PLAN", "status": "NQ42_STATUS"}
"""Options that typer reads from the environment when they are not given."""

# Root options typer reads from the environment: set, they leave the run to typer.
_ROOT_ENV = ("NQ42_NO_CACHE",)


def main() -> None:
    """Entry point of the ``nq42`` script and of ``python -m nq42cli``: quick, else typer."""
    # A run is short and builds large acyclic data (a 100,000-duty plan is millions of
    # objects): the cyclic collector would rescan them over and over, for nothing, and
    # costs half the time of a large load. Memory is still freed by reference counting.
    gc.disable()
    # Before anything is printed, on either path (nq42cli.streams).
    unicode_streams()
    if answered(sys.argv[1:]):
        return
    from nq42cli.cli import main as typer_main

    typer_main()


def parse(argv: list[str]) -> tuple[str, dict[str, str]] | None:
    """The command and its option values when ``argv`` has the plain shape; else None."""
    if not argv or argv[0] not in OPTIONS:
        return None
    command, names = argv[0], OPTIONS[argv[0]]
    values: dict[str, str] = {}
    given: list[str] = []
    rest = iter(argv[1:])
    for token in rest:
        if not token.startswith("-"):
            given.append(token)
            continue
        name, eq, value = token.partition("=")
        dest = names.get(name)
        # A short option with '=' is not '-f json' to click ("-f=json" is the value
        # "=json"); an unknown, repeated or value-less option is typer's to report.
        if dest is None or dest in values or (eq and not name.startswith("--")):
            return None
        if not eq:
            following = next(rest, None)
            if following is None:
                return None
            value = following
        if value.startswith("-") or value in ("", "--"):
            return None
        allowed = CHOICES[command].get(dest)
        if allowed is not None and value not in allowed:
            return None
        values[dest] = value
    wanted = ARGUMENTS.get(command, ())
    if len(given) != len(wanted):
        return None
    values.update(zip(wanted, given, strict=True))
    for dest, var in ENVVARS.items():
        if dest not in values and var in os.environ:
            env = os.environ[var]
            if not env:
                return None
            values[dest] = env
    return command, values


def answered(argv: list[str]) -> bool:
    """Print the answer to ``argv`` from a warm index and return True; else False."""
    if any(var in os.environ for var in _ROOT_ENV):
        return False
    found = parse(argv)
    if found is None:
        return False
    command, values = found
    try:
        out = _answer(command, values)
    except Exception:  # every failure is typer's to report, on its own run
        return False
    if out is None or sys.stdout is None:  # a closed stdout is typer's to report
        return False
    try:
        sys.stdout.write(out)
        sys.stdout.flush()
    except UnicodeEncodeError:
        # A stream that could not be switched to UTF-8: nothing was written (the text is
        # encoded whole before any of it is), and typer says what to do.
        return False
    except BrokenPipeError:
        # The reader (head, less) went away: as the typer path, no message, exit 0.
        _drop_stdout()
    except (OSError, ValueError) as exc:
        # A full disk, a stream gone: part of the answer may be out, so typer cannot
        # start again; the line and exit code cli.options.handled gives, as it says them.
        _drop_stdout()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        with contextlib.suppress(OSError, ValueError, AttributeError):
            sys.stderr.write(f"Error: cannot write the output: {reason}\n")
            sys.stderr.flush()
        raise SystemExit(1) from None
    return True


def _drop_stdout() -> None:
    # What is still buffered goes nowhere, so the exit does not fail on it again.
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _answer(command: str, values: dict[str, str]) -> str | None:
    from datetime import date
    from pathlib import Path

    from nq42cli import api
    from nq42cli.core.queries import Filters
    from nq42cli.core.vocab import Role
    from nq42cli.core.windows import parse_day

    today = date.today()
    as_of = parse_day(values["as_of"]) if "as_of" in values else today
    plan = Path(values["plan"]) if "plan" in values else None
    progress = Path(values["status"]) if "status" in values else None
    fmt = values.get("fmt", "table")
    lang = values.get("lang", "vi")
    role = Role(values["role"]) if "role" in values else None
    filters = Filters(values.get("owner"), role, values.get("section"), values.get("search"))
    result: api.Result
    if command == "status":
        result = api.status(
            as_of=as_of, filters=filters, plan=plan, progress=progress, today=today, index_only=True
        )
    elif command == "history":
        result = api.history(
            values["duty_id"], as_of=as_of, plan=plan, progress=progress, today=today,
            index_only=True,
        )  # fmt: skip
    else:
        period = _period(values) if command == "due" else None
        if command == "due" and period is None:
            return None
        result = api.query(
            command, as_of=as_of, period=period, filters=filters, plan=plan, progress=progress,
            today=today, index_only=True,
        )  # fmt: skip
    out = api.render(result, fmt, lang)
    return out if isinstance(out, str) else None


def _period(values: dict[str, str]) -> Period | None:
    """The one period the options name, as :func:`nq42cli.cli.options.period` reads it."""
    from nq42cli.core.windows import Period, parse_day, parse_period

    named = [k for k in ("quarter", "month", "year") if k in values]
    ranged = [k for k in ("start", "end") if k in values]
    if len(named) == 1 and not ranged:
        return parse_period(values[named[0]], named[0])
    if not named and len(ranged) == 2:
        a, b = parse_day(values["start"]), parse_day(values["end"])
        if b < a:
            return None
        return Period(a, b, f"{a.isoformat()}..{b.isoformat()}")
    return None
