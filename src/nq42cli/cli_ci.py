"""``nq42 schema`` and ``nq42 export ics``: nq42 in editors, CI and calendars.

Exit codes: 0 ok; 1 the plan is invalid; 2 usage (unknown schema name, bad ``--remind``,
an output file that exists without ``--force``, a folder that does not exist).
"""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime, time, timedelta
from typing import Annotated

import typer

from nq42cli.cli import (
    ForceOpt,
    OutputOpt,
    OwnerOpt,
    PlanOpt,
    RoleOpt,
    SearchOpt,
    SectionOpt,
    StatusOpt,
    _filters,
    _handled,
    _rows,
    _today,
    app,
    export_app,
    write_output,
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


@export_app.command("ics")
def export_ics(
    output: OutputOpt = None,
    force: ForceOpt = False,
    remind: Annotated[
        str,
        typer.Option(
            "--remind", metavar="LEAD", help="Reminder before each deadline: 14d, 2w or none."
        ),
    ] = "14d",
    plan: PlanOpt = None,
    status: StatusOpt = None,
    owner: OwnerOpt = None,
    role: RoleOpt = None,
    section: SectionOpt = None,
    search: SearchOpt = None,
) -> None:
    """Deadlines as an iCalendar file: one all-day event per deadline, with a reminder.

    Recurring deadlines are one event with a rule; deadlines already met are marked done
    and remind no one. Ongoing parts ('thường xuyên') and stretch aims are not events.
    UIDs are stable: importing a newer file updates the events, adding no copies.

    Example: nq42 export ics --owner BKTTW --remind 2w -o bkttw.ics
    """
    lead = _remind(remind)
    with _handled():
        from nq42cli.render import ics

        day = _today()
        source = _rows(plan, status)
        # Judged as of today, so deadlines already met are marked done and carry no alarm.
        rows = source.listing(day, _filters(owner, role, section, search))
        name = source.head().name
        # DTSTAMP is when the file was made; the day (read through _today) is enough.
        stamp = datetime.combine(day, time(0), tzinfo=UTC)
        data = ics.render(rows, name=f"nq42 — {name}", stamp=stamp, remind=lead)
        write_output(data, output, force, "calendar")
