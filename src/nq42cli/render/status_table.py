"""The terminal status table (Rich) with a summary panel of counts per class and owner.

Cells are :class:`rich.text.Text` objects built from plain strings (never markup), and
text from data files goes through :func:`nq42cli.core.text.visible`. Words come from
:mod:`.labels`.

No record is not a finding: a row with nothing reported says so ("chưa có báo cáo"),
a row reported and not done says "đang thực hiện" with its current result and the day
of the last report, and the summary counts both. Owners go by the name in force on the
day, with the plan's beside it; a group owner with listed members gets its tally
("11/63 tỉnh ủy, thành ủy đã báo cáo hoàn thành; 4 đúng hạn; …").
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
from nq42cli.render.records import group_line, owner_line, owner_name
from nq42cli.render.table import colored, console, limited, more

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from nq42cli.core.queries import Row
    from nq42cli.core.results import StatusTable
    from nq42cli.core.status import Summary

__all__ = ["build", "panel", "render", "result_cell"]

_STYLES = {
    Status.DONE_ON_TIME: "green",
    Status.DONE_LATE: "yellow",
    Status.OPEN_IN_TIME: "cyan",
    Status.OPEN_OVERDUE: "bold red",
    Status.ONGOING: "blue",
    Status.NO_DEADLINE: "dim",
}


def render(result: StatusTable, lang: str) -> str:
    """The table and the summary panel, as terminal text.

    At most :data:`~nq42cli.render.table.MAX_ROWS` rows are drawn, then a line saying how
    many more; the panel counts every row. Past :data:`~nq42cli.render.lean.LEAN_ROWS`
    rows the table is drawn by :mod:`.lean`.
    """
    from nq42cli.render import lean

    out = console()
    shown, hidden = limited(result.rows)
    long = len(shown) > lean.LEAN_ROWS
    with out.capture() as cap:
        if not long:
            out.print(build(result, lang))
            if hidden:
                out.print(more(hidden, lang))
        out.print(panel(result.summary, lang, result.as_of))
    if not long:
        return cap.get()
    color = colored(out)
    text = _lean(result, shown, lang, out.width, color)
    if hidden:
        text += lean.styled(more(hidden, lang), color)
    return text + cap.get()


def _lean(result: StatusTable, rows: Sequence[Row], lang: str, width: int, color: bool) -> str:
    from nq42cli.render import lean

    columns = [
        lean.Column(word("col.id", lang), wrap=False),
        lean.Column(word("col.owner", lang), ratio=2, min_width=8),
        lean.Column(word("col.duty", lang), ratio=5),
        lean.Column(word("status_table.deadline", lang), wrap=False),
        lean.Column(word("status_table.status", lang), ratio=2, min_width=12),
        lean.Column(word("status_table.completed", lang), wrap=False),
        lean.Column(word("status_table.result", lang), ratio=3),
    ]
    cells = [[lean.cell(c) for c in _cells(r, result.as_of, lang)] for r in rows]
    title = word("status_table.title", lang, day=result.as_of.isoformat())
    return lean.table(title, columns, cells, width=width, color=color)


def build(result: StatusTable, lang: str) -> Table:
    """The status table, one line per duty in plan order (at most ``MAX_ROWS``)."""
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
    table.add_column(word("status_table.result", lang), ratio=3, overflow="fold")
    for r in limited(result.rows)[0]:
        table.add_row(*_cells(r, result.as_of, lang))
    return table


def _cells(r: Row, day: date, lang: str) -> list[Text]:
    """One row's cells, as both the Rich and the lean table draw them."""
    owners = "\n".join(visible(owner_name(o, day, lang, short=True)) for o in r.owners) or "—"
    deadline = Text(r.deadline.isoformat() if r.deadline else "")
    if r.original_deadline is not None:
        # An adjusted deadline shows the plan's own beneath it.
        was = word("table.original_day", lang, day=r.original_deadline.isoformat())
        deadline.append("\n" + was, style="dim")
    return [
        Text(visible(r.duty.id), style="bold"),
        Text(owners),
        Text(visible(r.duty.text)),
        deadline,
        _status(r, lang),
        Text(r.completed_on.isoformat() if r.completed_on else ""),
        result_cell(r, lang),
    ]


def _status(r: Row, lang: str) -> Text:
    """The status cell: the class, how late or how long left, parts and reports."""
    status = Text(label_of("status", r.status, lang), style=_STYLES[r.status])
    if r.status is Status.OPEN_OVERDUE or (r.status is Status.DONE_LATE and r.days_late):
        status.append("\n" + word("status_table.days_late", lang, n=r.days_late), style="red")
    elif r.status is Status.OPEN_IN_TIME and r.days_left is not None:
        status.append("\n" + word("status_table.days_left", lang, n=r.days_left), style="dim")
    if r.completion is None and r.parts[1] > 1 and r.parts[0]:
        parts = word("status_table.parts", lang, a=r.parts[0], b=r.parts[1])
        status.append("\n" + parts, style="dim")
    if not r.reported:
        status.append("\n" + word("report.not_reported", lang), style="bold")
    elif r.in_progress:
        status.append("\n" + word("report.in_progress", lang), style="cyan")
    return status


def result_cell(r: Row, lang: str) -> Text:
    """The result column: what shows where the duty stands, then its group tallies.

    The evidence once done, else the latest report's result and its day, else that
    nothing has been reported.
    """
    if r.completion is not None:
        cell = Text(visible("; ".join(r.completion.evidence)))
    elif r.reported:
        cell = Text(visible(r.result or ""))
        if r.last_report is not None:
            on = word("status_table.reported_on", lang, day=r.last_report.isoformat())
            cell.append(f"\n({on})", style="dim")
    else:
        cell = Text(word("report.not_reported", lang), style="dim")
    for t in r.members:
        cell.append("\n" + visible(group_line(t, lang)), style="bold")
    return cell


def panel(summary: Summary, lang: str, day: date | None = None) -> Panel:
    """The summary: counts per class and of what was reported, and per owner.

    One line per reporting owner, then each group owner's members per duty.
    """
    lines = [Text(word("status_table.total", lang, n=summary.total), style="bold")]
    for s in Status:
        line = Text(f"  {summary.counts[s]:>3}  ")
        line.append(label_of("status", s, lang), style=_STYLES[s])
        lines.append(line)
    lines.append(Text(""))
    lines.append(Text(word("summary.not_reported", lang, n=summary.not_reported), style="bold"))
    lines.append(Text(word("summary.in_progress", lang, n=summary.in_progress)))
    lines.append(Text(""))
    owners, hidden = limited(summary.owners)
    lines += [Text(visible(owner_line(o, lang, day))) for o in owners]
    if hidden:
        lines.append(more(hidden, lang))
    if summary.groups:
        groups, hidden = limited(summary.groups)
        lines.append(Text(""))
        lines += [
            Text(visible(word("members.of_duty", lang, id=duty, line=group_line(t, lang))))
            for duty, t in groups
        ]
        if hidden:
            lines.append(more(hidden, lang))
    return Panel(
        Group(*lines), title=Text(word("report.summary", lang)), title_align="left", expand=False
    )
