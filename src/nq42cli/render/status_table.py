"""The terminal status table (Rich) with a summary panel of counts per class and owner.

Cells are :class:`rich.text.Text` objects built from plain strings (never markup), and
text from data files goes through :func:`nq42cli.core.text.visible`. Words come from
:mod:`.labels`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from nq42cli.core.status import Status
from nq42cli.core.text import visible
from nq42cli.render.labels import label_of, word
from nq42cli.render.records import owner_line
from nq42cli.render.table import console, limited, more

if TYPE_CHECKING:
    from nq42cli.core.results import StatusTable
    from nq42cli.core.status import Summary

__all__ = ["build", "panel", "render"]

_STYLES = {
    Status.DONE_ON_TIME: "green",
    Status.DONE_LATE: "yellow",
    Status.OPEN_IN_TIME: "cyan",
    Status.OPEN_OVERDUE: "bold red",
    Status.ONGOING: "blue",
    Status.NO_DEADLINE: "dim",
}


def render(result: StatusTable, lang: str) -> str:
    """The table and the summary panel, as terminal text."""
    out = console()
    with out.capture() as cap:
        out.print(build(result, lang))
        if hidden := limited(result.rows)[1]:
            out.print(more(hidden, lang))
        out.print(panel(result.summary, lang))
    return cap.get()


def build(result: StatusTable, lang: str) -> Table:
    """The status table, one line per duty in plan order."""
    table = Table(
        title=Text(word("status_table.title", lang, day=result.as_of.isoformat()), style="bold"),
        title_justify="left",
        show_lines=True,
        expand=True,
    )
    table.add_column(word("col.id", lang), no_wrap=True)
    # Data is never cut with an ellipsis: a long word folds onto the next line.
    table.add_column(word("col.owner", lang), ratio=2, min_width=8, overflow="fold")
    table.add_column(word("col.duty", lang), ratio=5, overflow="fold")
    table.add_column(word("status_table.deadline", lang), no_wrap=True)
    table.add_column(word("status_table.status", lang), ratio=2, min_width=12, overflow="fold")
    table.add_column(word("status_table.completed", lang), no_wrap=True)
    table.add_column(word("status_table.evidence", lang), ratio=3, overflow="fold")
    for r in limited(result.rows)[0]:
        owners = "\n".join(visible(o.short) for o in r.owners) or "—"
        deadline = Text(r.deadline.isoformat() if r.deadline else "")
        status = Text(label_of("status", r.status, lang), style=_STYLES[r.status])
        if r.status is Status.OPEN_OVERDUE or (r.status is Status.DONE_LATE and r.days_late):
            status.append("\n" + word("status_table.days_late", lang, n=r.days_late), style="red")
        elif r.status is Status.OPEN_IN_TIME and r.days_left is not None:
            status.append("\n" + word("status_table.days_left", lang, n=r.days_left), style="dim")
        if r.completion is None and r.parts[1] > 1 and r.parts[0]:
            parts = word("status_table.parts", lang, a=r.parts[0], b=r.parts[1])
            status.append("\n" + parts, style="dim")
        evidence = "; ".join(r.completion.evidence) if r.completion else ""
        table.add_row(
            Text(visible(r.duty.id), style="bold"),
            Text(owners),
            Text(visible(r.duty.text)),
            deadline,
            status,
            Text(r.completed_on.isoformat() if r.completed_on else ""),
            Text(visible(evidence)),
        )
    return table


def panel(summary: Summary, lang: str) -> Panel:
    """Counts per class, then one line per reporting owner."""
    lines = [Text(word("status_table.total", lang, n=summary.total), style="bold")]
    for s in Status:
        line = Text(f"  {summary.counts[s]:>3}  ")
        line.append(label_of("status", s, lang), style=_STYLES[s])
        lines.append(line)
    lines.append(Text(""))
    owners, hidden = limited(summary.owners)
    lines += [Text(visible(owner_line(o, lang))) for o in owners]
    if hidden:
        lines.append(more(hidden, lang))
    return Panel(
        Group(*lines), title=Text(word("report.summary", lang)), title_align="left", expand=False
    )
