"""``nq42 schema`` and ``nq42 export ics``: nq42 in editors, CI and calendars.

Exit codes: 0 ok; 1 the plan is invalid; 2 usage (unknown schema name, bad ``--remind``,
an output file that exists without ``--force``, a folder that does not exist).
"""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Annotated

import typer

from nq42cli.cli import (
    OwnerOpt,
    PlanOpt,
    RoleOpt,
    SearchOpt,
    SectionOpt,
    _filters,
    _handled,
    _load,
    _today,
    app,
)
from nq42cli.core.schemas import SCHEMAS


@app.command()
def schema(
    name: Annotated[
        str,
        typer.Argument(
            metavar="NAME",
            help="Which file kind's schema: " + ", ".join(SCHEMAS) + ".",
            autocompletion=lambda: list(SCHEMAS),
            show_default=False,
        ),
    ],
) -> None:
    """Print the JSON Schema of a file kind, generated from nq42's own models.

    Editors read it through a '# yaml-language-server: $schema=…' first line.
    The same schema is committed under schema/.

    Example: nq42 schema plan > schema/plan.schema.json
    """
    from nq42cli.core.schemas import schema_text

    if name not in SCHEMAS:
        known = ", ".join(SCHEMAS)
        raise typer.BadParameter(f"no schema '{name}'; choose from {known}", param_hint="NAME")
    with _handled():
        sys.stdout.write(schema_text(name))


export_app = typer.Typer(
    help="Write the plan's deadlines in formats other tools read.\n\n"
    "Example: nq42 export ics -o plan.ics",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(export_app, name="export")

_REMIND = re.compile(r"^(\d{1,3})\s*([dw])$", re.IGNORECASE)


def _remind(text: str) -> timedelta | None:
    if text.strip().lower() in ("0", "none", "off"):
        return None
    m = _REMIND.match(text.strip())
    if m is None:
        msg = f"'{text}' is not a lead time; write days or weeks (14d, 2w) or 'none'"
        raise typer.BadParameter(msg, param_hint="--remind")
    n = int(m.group(1)) * (7 if m.group(2).lower() == "w" else 1)
    return timedelta(days=n) if n else None


OutputOpt = Annotated[
    str,
    typer.Option(
        "--output", "-o", metavar="FILE", help="Write to FILE; '-' writes to standard output."
    ),
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Overwrite FILE if it exists.")]


def _output(target: str, data: bytes, force: bool) -> None:
    if target == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    from nq42cli.files import write_atomic

    path = Path(target)
    if path.is_dir():
        raise typer.BadParameter(f"{target} is a folder", param_hint="--output")
    if not path.parent.is_dir():
        raise typer.BadParameter(f"folder {path.parent} does not exist", param_hint="--output")
    if path.exists() and not force:
        raise typer.BadParameter(
            f"{target} exists; add --force to replace it", param_hint="--output"
        )
    write_atomic(path, data)
    typer.echo(f"wrote {target}", err=True)


@export_app.command("ics")
def export_ics(
    output: OutputOpt = "-",
    force: ForceOpt = False,
    remind: Annotated[
        str,
        typer.Option(
            "--remind", metavar="LEAD", help="Reminder before each deadline: 14d, 2w or none."
        ),
    ] = "14d",
    plan: PlanOpt = None,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
) -> None:
    """Deadlines as an iCalendar file: one all-day event per deadline, with a reminder.

    Ongoing parts ('thường xuyên') are not events.
    UIDs are stable: importing a newer file updates the events, adding no copies.

    Example: nq42 export ics --owner BKTTW --remind 2w -o bkttw.ics
    """
    lead = _remind(remind)
    with _handled():
        from nq42cli.core import queries
        from nq42cli.render import ics

        plans = _load(plan)
        rows = queries.listing(plans, _filters(owner, role, section, search))
        name = " · ".join(f"{p.meta.kind} {p.meta.number}" for p in plans)
        # DTSTAMP is when the file was made; the day (read through _today) is enough.
        stamp = datetime.combine(_today(), time(0), tzinfo=UTC)
        data = ics.render(rows, name=f"nq42 — {name}", stamp=stamp, remind=lead)
        _output(output, data, force)
