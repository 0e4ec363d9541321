"""The terminal view of ``nq42 history``: one line per record, then the duty's status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text

from nq42cli.core.status import label
from nq42cli.core.text import visible
from nq42cli.render.table import console

if TYPE_CHECKING:
    from nq42cli.core.models import Duty
    from nq42cli.core.progress import Record
    from nq42cli.core.status import StatusRow

__all__ = ["render"]


def render(duty: Duty, records: list[Record], state: StatusRow, lang: str) -> str:
    """Records oldest first (as appended), then where the duty stands as of the day."""
    table = Table(
        title=Text(f"History of {duty.id}", style="bold"), title_justify="left", expand=True
    )
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("On", no_wrap=True)
    table.add_column("Event", no_wrap=True)
    table.add_column("Owner", no_wrap=True)
    table.add_column("Evidence / note", ratio=4)
    table.add_column("By", ratio=1)
    table.add_column("Recorded at", no_wrap=True)
    for i, r in enumerate(records, 1):
        event = r.event.value + (" (forced)" if r.force else "")
        what = "; ".join(x for x in (r.evidence, r.note) if x)
        table.add_row(
            Text(str(i)),
            Text(r.on.isoformat()),
            Text(event),
            Text(visible(r.owner or "—")),
            Text(visible(what)),
            Text(visible(r.by or "")),
            Text(r.recorded_at.isoformat() if r.recorded_at else ""),
        )
    day = state.row.as_of.isoformat() if state.row.as_of else ""
    line = f"As of {day}: {label(state.status, lang)}"
    if state.deadline is not None:
        line += f" (deadline {state.deadline.isoformat()}"
        if state.days_late:
            line += f", {state.days_late} days late"
        line += ")"
    if state.completed_on is not None:
        line += f"; complete on {state.completed_on.isoformat()}"
    elif state.parts[1] > 1:
        line += f"; {state.parts[0]}/{state.parts[1]} parts done"
    out = console()
    with out.capture() as cap:
        if records:
            out.print(table)
        else:
            out.print(Text(f"No records for {duty.id}."))
        out.print(Text(line))
    return cap.get()
