"""The root ``nq42`` app: its callback, and the one table that registers every command.

:data:`COMMANDS` names each command by its path (``("export", "status")``), the
module that holds it and the function; :func:`build` imports the modules by name and
registers the functions. Keeping registration in one table, by module name, is what
lets a later start-up optimisation build only the command that was invoked.

The root callback settles the run's :class:`~nq42cli.cli.options.State` (whether the
index may serve, and the one reading of the clock) and puts it in ``ctx.obj``, where
every command finds it.
"""

from __future__ import annotations

import gc
import importlib
import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

import typer

from nq42cli import __version__
from nq42cli.cli.options import SafeGroup, State
from nq42cli.streams import unicode_streams

__all__ = ["COMMANDS", "GROUPS", "GROUP_DEFAULTS", "Command", "app", "build", "main"]


@dataclass(frozen=True, slots=True)
class Command:
    """One command: its path under ``nq42``, and where its function lives."""

    path: tuple[str, ...]
    module: str
    function: str


_CLI = "nq42cli.cli."

GROUPS: dict[str, str] = {"export": _CLI + "export:HELP", "owners": _CLI + "owners:HELP"}
"""Sub-apps by name, with where their help text lives."""

GROUP_DEFAULTS: dict[str, str] = {"owners": _CLI + "owners:owners"}
"""Sub-apps that answer by themselves when no command follows (``nq42 owners``)."""

COMMANDS: tuple[Command, ...] = (
    Command(("due",), _CLI + "listing", "due"),
    Command(("overdue",), _CLI + "listing", "overdue"),
    Command(("ongoing",), _CLI + "listing", "ongoing"),
    Command(("list",), _CLI + "listing", "list_"),
    Command(("show",), _CLI + "listing", "show"),
    Command(("plans",), _CLI + "plans", "plans"),
    Command(("status",), _CLI + "progress", "status"),
    Command(("history",), _CLI + "progress", "history"),
    Command(("record",), _CLI + "progress", "record"),
    Command(("report",), _CLI + "report", "report"),
    Command(("timeline",), _CLI + "report", "timeline"),
    Command(("validate",), _CLI + "validate", "validate"),
    Command(("schema",), _CLI + "validate", "schema"),
    Command(("when",), _CLI + "time", "when"),
    Command(("extract",), _CLI + "time", "extract"),
    Command(("init",), _CLI + "init", "init"),
    Command(("migrate",), _CLI + "migrate", "migrate"),
    Command(("export", "status"), _CLI + "export", "export_status"),
    Command(("export", "due"), _CLI + "export", "export_due"),
    Command(("export", "overdue"), _CLI + "export", "export_overdue"),
    Command(("export", "ongoing"), _CLI + "export", "export_ongoing"),
    Command(("export", "ics"), _CLI + "export", "export_ics"),
    Command(("owners", "show"), _CLI + "owners", "show"),
)
"""Every command of ``nq42``, in the order ``--help`` lists them."""

_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"]}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"nq42 {__version__}")
        raise typer.Exit


def _root(
    ctx: typer.Context,
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
            help=(
                "Read and validate the plan and the history on this run; neither use nor "
                "write the index, or what record keeps of a history."
            ),
        ),
    ] = False,
) -> None:
    """Deadlines of the Politburo's plan implementing Resolution 42-NQ/TW (Kế hoạch 19-KH/TW).

    Example: nq42 due --quarter 2024Q1
    """
    del version  # handled by its eager callback
    unicode_streams()  # again: a test runner or an embedding program swaps the streams
    ctx.obj = State(use_index=not no_cache)


def _load(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


# A line of its own in a help paragraph: an example, an exit code's meaning, a list item.
_OWN_LINE = re.compile(r"^(?:Example|\d+:|[-*] )")


def reflowed(doc: str | None) -> str:
    """A command's docstring as its help: each paragraph's lines joined into one.

    typer keeps the single line breaks of every paragraph after the first, so a
    docstring wrapped at 88 columns showed ragged in an 80-column terminal. A line
    that opens an example, an exit code or a list item stays on its own.
    """
    paragraphs = inspect.cleandoc(doc or "").split("\n\n")
    out = []
    for paragraph in paragraphs:
        lines: list[str] = []
        for line in paragraph.split("\n"):
            if lines and not _OWN_LINE.match(line):
                lines[-1] += " " + line.strip()
            else:
                lines.append(line)
        out.append("\n".join(lines))
    return "\n\n".join(out)


def build() -> typer.Typer:
    """The ``nq42`` app with every command of :data:`COMMANDS` registered."""
    root = typer.Typer(
        name="nq42",
        cls=SafeGroup,  # usage errors are shown escaped, whoever raised them
        no_args_is_help=True,
        pretty_exceptions_show_locals=False,
        context_settings=_SETTINGS,
    )
    root.callback()(_root)
    groups: dict[str, typer.Typer] = {}
    for name, help_at in GROUPS.items():
        module, _, attribute = help_at.partition(":")
        default = GROUP_DEFAULTS.get(name)
        groups[name] = typer.Typer(
            help=reflowed(_load(module, attribute)),
            no_args_is_help=default is None,
            context_settings=_SETTINGS,
        )
        if default is not None:
            target_module, _, attribute = default.partition(":")
            answer: Callable[..., None] = _load(target_module, attribute)
            groups[name].callback(invoke_without_command=True)(answer)
    for command in COMMANDS:
        *group, name = command.path
        target = groups[group[0]] if group else root
        function: Callable[..., None] = _load(command.module, command.function)
        target.command(name, help=reflowed(function.__doc__))(function)
    for name, sub in groups.items():
        root.add_typer(sub, name=name)
    return root


app = build()


def main() -> None:
    """The typer run of ``nq42`` (:func:`nq42cli.quick.main`, the script, tries first)."""
    # A run is short and builds large acyclic data (a 100,000-duty plan is millions of
    # objects): the cyclic collector would rescan them over and over, for nothing, and
    # costs half the time of a large load. Memory is still freed by reference counting.
    gc.disable()
    # Before anything is printed, --help and usage errors included.
    unicode_streams()
    app()
