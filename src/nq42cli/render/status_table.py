"""The terminal status table (Rich) with a summary panel of counts per class and owner.

Cells are :class:`rich.text.Text` objects built from plain strings (never markup), and
text from data files goes through :func:`nq42cli.core.text.visible`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from nq42cli.core.status import Status, label
from nq42cli.core.text import visible
from nq42cli.render.table import console

if TYPE_CHECKING:
    from nq42cli.core.queries import Row
    from nq42cli.core.status import Summary

__all__ = ["render"]

_STYLES = {
    Status.DONE_ON_TIME: "green",
    Status.DONE_LATE: "yellow",
    Status.OPEN_IN_TIME: "cyan",
    Status.OPEN_OVERDUE: "bold red",
    Status.ONGOING: "blue",
    Status.NO_DEADLINE: "dim",
}

_HEAD = {
    "vi": ("Mã", "Cơ quan", "Nhiệm vụ", "Hạn", "Tình trạng", "Hoàn thành", "Minh chứng"),
    "en": ("ID", "Owner", "Duty", "Deadline", "Status", "Completed", "Evidence"),
}
_WORDS = {
    "vi": {
        "title": "Tình hình thực hiện, tính đến {day}",
        "summary": "Tổng hợp",
        "late": "{n} ngày quá hạn",
        "left": "còn {n} ngày",
        "total": "{n} nhiệm vụ",
        "parts": "{a}/{b} phần",
    },
    "en": {
        "title": "Status as of {day}",
        "summary": "Summary",
        "late": "{n} days late",
        "left": "{n} days left",
        "total": "{n} duties",
        "parts": "{a}/{b} parts",
    },
}


def render(rows: list[Row], summary: Summary, lang: str) -> str:
    """The table and the summary panel, as terminal text."""
    out = console()
    with out.capture() as cap:
        out.print(build(rows, lang))
        out.print(panel(summary, lang))
    return cap.get()


def build(rows: list[Row], lang: str) -> Table:
    """The status table, one line per duty in plan order."""
    w = _WORDS[lang]
    day = rows[0].as_of.isoformat() if rows and rows[0].as_of else ""
    table = Table(
        title=Text(w["title"].format(day=day), style="bold"),
        title_justify="left",
        show_lines=True,
        expand=True,
    )
    head = _HEAD[lang]
    table.add_column(head[0], no_wrap=True)
    # Data is never cut with an ellipsis: a long word folds onto the next line.
    table.add_column(head[1], ratio=2, min_width=8, overflow="fold")
    table.add_column(head[2], ratio=5, overflow="fold")
    table.add_column(head[3], no_wrap=True)
    table.add_column(head[4], ratio=2, min_width=12, overflow="fold")
    table.add_column(head[5], no_wrap=True)
    table.add_column(head[6], ratio=3, overflow="fold")
    for r in rows:
        owners = "\n".join(visible(o.short) for o in r.owners) or "—"
        deadline = Text(r.deadline.isoformat() if r.deadline else "")
        status = Text(label(r.status, lang), style=_STYLES[r.status])
        if r.status is Status.OPEN_OVERDUE or (r.status is Status.DONE_LATE and r.days_late):
            status.append("\n" + w["late"].format(n=r.days_late), style="red")
        elif r.status is Status.OPEN_IN_TIME and r.days_left is not None:
            status.append("\n" + w["left"].format(n=r.days_left), style="dim")
        if r.completion is None and r.parts[1] > 1 and r.parts[0]:
            status.append("\n" + w["parts"].format(a=r.parts[0], b=r.parts[1]), style="dim")
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
    w = _WORDS[lang]
    lines = [Text(w["total"].format(n=summary.total), style="bold")]
    for s in Status:
        n = summary.counts[s]
        line = Text(f"  {n:>3}  ")
        line.append(label(s, lang), style=_STYLES[s])
        lines.append(line)
    lines.append(Text(""))
    lines += [Text(visible(o.line(lang))) for o in summary.owners]
    return Panel(Group(*lines), title=Text(w["summary"]), title_align="left", expand=False)
