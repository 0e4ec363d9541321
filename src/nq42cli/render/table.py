"""The terminal table: id, owners, duty text (wrapped), window, days left or late.

Every cell is a :class:`rich.text.Text` built from plain strings, never a markup string,
so ``[red]`` in a plan shows as ``[red]``; control characters are shown escaped.
The table is rendered to a string here and printed by the CLI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from nq42cli.core.rules import Status
from nq42cli.core.text import visible
from nq42cli.core.vocab import Role

if TYPE_CHECKING:
    from nq42cli.core.queries import Row
    from nq42cli.render import View

SOON_DAYS = 30


def console(*, stderr: bool = False) -> Console:
    """A console that honours NO_COLOR and plain pipes (Rich detects both)."""
    return Console(highlight=False, stderr=stderr, soft_wrap=False, emoji=False)


def render(rows: list[Row], view: View) -> str:
    """Render rows as a Rich table plus a one-line summary, as terminal text."""
    out = console()
    with out.capture() as cap:
        out.print(build(rows, view))
        out.print(summary(rows, view))
    return cap.get()


# Vietnamese is the analysts' language and the default; English with --lang en.
WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "id": "Mã",
        "owner": "Cơ quan",
        "duty": "Nhiệm vụ",
        "window": "Thời hạn",
        "days": "Số ngày",
        "since": "Từ ngày",
        "due": "Đến hạn",
        "overdue": "Quá hạn",
        "ongoing": "Thực hiện thường xuyên",
        "list": "Nhiệm vụ",
        "in": "trong",
        "as_of": "tính đến",
        "done_late": "hoàn thành\nquá hạn\n{day}\n({n} ngày)",
        "done_on_time": "hoàn thành\nđúng hạn\n{day}",
        "late": "quá {n} ngày",
        "today": "hôm nay",
        "left": "còn {n} ngày",
        "count": "{n} nhiệm vụ",
        "split": ": {late} quá hạn, {done} đã hoàn thành, {open} còn trong hạn",
    },
    "en": {
        "id": "ID",
        "owner": "Owner",
        "duty": "Duty",
        "window": "Window",
        "days": "Days",
        "since": "Since",
        "due": "Due",
        "overdue": "Overdue",
        "ongoing": "Ongoing",
        "list": "Duties",
        "in": "in",
        "as_of": "as of",
        "done_late": "done late\n{day}\n{n} days",
        "done_on_time": "done on time\n{day}",
        "late": "{n} late",
        "today": "today",
        "left": "{n} left",
        "count": "{n} duties",
        "split": ": {late} late, {done} done, {open} open in time",
    },
}


def _w(view: View) -> dict[str, str]:
    return WORDS.get(view.lang, WORDS["vi"])


def build(rows: list[Row], view: View) -> Table:
    """Build the table (exposed so other views can embed it)."""
    w = _w(view)
    table = Table(title=_title(view), title_justify="left", show_lines=True, expand=True)
    table.add_column(w["id"], no_wrap=True)
    table.add_column(w["owner"], ratio=2, min_width=12, overflow="fold")
    table.add_column(w["duty"], ratio=6, min_width=20, overflow="fold")
    # "quý II/2024" must not break inside: 11 columns keep every quarter on one line.
    table.add_column(w["window"], min_width=11, overflow="fold")
    timed = view.kind in ("due", "overdue")
    if timed:
        table.add_column(w["days"], justify="right", no_wrap=True)  # left, or late
    elif view.kind == "ongoing":
        table.add_column(w["since"], no_wrap=True)
    for row in rows:
        cells = [
            Text(visible(row.duty.id), style="bold"),
            _owners(row),
            Text(visible(row.duty.text)),
            Text("\n".join(visible(str(w)) for w in row.duty.windows)),
        ]
        if timed:
            cells.append(_days(row, w))
        elif view.kind == "ongoing":
            cells.append(Text(row.since.isoformat() if row.since else ""))
        table.add_row(*cells)
    return table


def _owners(row: Row) -> Text:
    # Who answers for the duty comes first; partners follow, dimmed, so the cell stays
    # short at 80 columns while nobody named in the plan is dropped.
    main = [o.short for o in row.owners if o.role is not Role.PARTNER]
    partners = [o.short for o in row.owners if o.role is Role.PARTNER]
    # Escape each name, then join: the newline between names is ours, not the data's.
    text = Text("\n".join(visible(m) for m in main) if main else "—")
    if partners:
        # One partner a line: at 80 columns a comma list wraps mid-name and owners blur.
        text.append("".join("\n+ " + visible(p) for p in partners), style="dim")
    return text


def _title(view: View) -> Text:
    w = _w(view)
    title = w.get(view.kind, view.kind.title())
    if view.period:
        title += f" {w['in']} {view.period}"
    if view.as_of is not None:
        title += f" ({w['as_of']} {view.as_of.isoformat()})"
    return Text(title, style="bold")


def _days(row: Row, w: dict[str, str]) -> Text:
    if row.completed_on is not None:
        late = row.days_late or 0
        day = row.completed_on.isoformat()
        verdict = w["done_late"] if late else w["done_on_time"]
        return Text(verdict.format(day=day, n=late), style="dim")
    left = row.days_left
    if left is None:
        return Text("")
    if row.status is Status.OPEN_OVERDUE:
        return Text(w["late"].format(n=row.days_late or 0), style="bold red")
    if left == 0:
        return Text(w["today"], style="bold yellow")
    style = "yellow" if left <= SOON_DAYS else "green"
    return Text(w["left"].format(n=left), style=style)


def summary(rows: list[Row], view: View) -> Text:
    """One line under the table: how many, and how many are late."""
    w = _w(view)
    n = len(rows)
    line = w["count"].format(n=n)
    if view.lang == "en" and n == 1:
        line = "1 duty"
    if view.kind in ("due", "overdue") and rows:
        late = sum(1 for r in rows if r.status is Status.OPEN_OVERDUE)
        done = sum(1 for r in rows if r.verdict.done)
        line += w["split"].format(late=late, done=done, open=n - late - done)
    return Text(line)
