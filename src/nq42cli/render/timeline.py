"""``nq42 timeline``: one line per duty, its windows as bars across months or quarters.

Each cell of the axis is a month (a quarter, or a year, when the span does not fit the
terminal). A deadline window is a solid bar ending in a diamond on its deadline; an
ongoing part a thin line; a recurring part a dotted line with a diamond at each round;
the day asked about (``--as-of``, today by default) is a vertical mark through every
line. Bars take the colour of the duty's class and a short label of the class ends the
line, so the class reads without colour too. Every line fits the terminal's width (80
columns included); with ``NO_COLOR`` the drawing uses plain ASCII characters.
"""

from __future__ import annotations

import calendar
import os
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from rich.text import Text

from nq42cli.core.rules import Status, binding, in_force, iter_rounds
from nq42cli.core.text import visible
from nq42cli.core.windows import WindowKind
from nq42cli.render.labels import word
from nq42cli.render.records import duty_id
from nq42cli.render.status_table import _STYLES
from nq42cli.render.table import console

if TYPE_CHECKING:
    from nq42cli.core.queries import Row
    from nq42cli.core.results import Timeline

__all__ = ["GLYPHS", "render"]

# Most cells one unit may take: past this a month is wide enough to read.
MAX_CELL = 3


@dataclass(frozen=True, slots=True)
class Glyphs:
    """The characters of the drawing."""

    window: str
    deadline: str
    ongoing: str
    recurring: str
    today: str
    today_head: str
    empty: str
    tick: str
    today_across: str


GLYPHS = {
    "unicode": Glyphs("█", "◆", "─", "┄", "│", "▼", " ", "╷", "┼"),
    "plain": Glyphs("=", "*", "-", ".", "|", "v", " ", "'", "+"),
}


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


@dataclass(frozen=True, slots=True)
class Axis:
    """The time axis: its first month, the months per unit, the cells per unit."""

    first: int
    units: int
    months: int
    cells: int

    def cell(self, d: date) -> int:
        """The column (from 0) of the cell holding day ``d``."""
        months = _month_index(d) - self.first
        unit, into = divmod(months, self.months)
        # How far into its unit the day is, from 0 to 1: a unit of several cells shows
        # whether a window ends early or late in the month.
        days = calendar.monthrange(d.year, d.month)[1]
        frac = (into + (d.day - 1) / days) / self.months
        return unit * self.cells + min(int(frac * self.cells), self.cells - 1)

    @property
    def width(self) -> int:
        """Columns of the whole axis."""
        return self.units * self.cells


def _axis(first: date, last: date, room: int) -> Axis:
    """The finest unit (month, quarter, year) whose cells fit in ``room`` columns."""
    for months in (1, 3, 12):
        start = (_month_index(first) // months) * months
        units = (_month_index(last) - start) // months + 1
        if units <= room:
            return Axis(start, units, months, max(1, min(room // units, MAX_CELL)))
    start = (_month_index(first) // 12) * 12
    years = max(1, (_month_index(last) - start) // 12 + 1)
    return Axis(start, years, 12, 1)


def _span(rows: list[Row], result: Timeline) -> tuple[date, date]:
    days = [result.as_of]
    for r in rows:
        for w in in_force(r.duty.windows, r.records, result.as_of):
            days += [d for d in (w.start, w.end) if d is not None]
        if r.deadline is not None:
            days.append(r.deadline)
        days.append(r.duty.plan_date)
    first = result.start or min(days)
    last = result.end or max(days)
    return first, max(first, last)


def _short(status: Status, lang: str) -> str:
    return word(f"timeline.{status.value}", lang)


def _line(r: Row, axis: Axis, as_of: date, g: Glyphs, lo: date, hi: date) -> list[str]:
    cells = [g.empty] * axis.width

    def paint(a: date, b: date, ch: str) -> None:
        a, b = max(a, lo), min(b, hi)
        if b < a:
            return
        for i in range(axis.cell(a), axis.cell(b) + 1):
            if cells[i] in (g.empty, g.ongoing, g.recurring) or ch == g.window:
                cells[i] = ch

    windows = in_force(r.duty.windows, r.records, as_of)
    hard = binding(windows)
    end = hi
    for w in windows:
        if w.kind is WindowKind.ONGOING:
            paint(w.start or r.duty.plan_date, w.end or end, g.ongoing)
        elif w.kind is WindowKind.RECURRING and w.every is not None:
            paint(w.start or r.duty.plan_date, w.end or end, g.recurring)
    for w in windows:
        if w.kind is WindowKind.DEADLINE and w.end is not None:
            paint(w.start or w.end, w.end, g.window if w in hard else g.ongoing)
    for w in hard:
        if w.kind is WindowKind.DEADLINE and w.end is not None and lo <= w.end <= hi:
            cells[axis.cell(w.end)] = g.deadline
        elif w.kind is WindowKind.RECURRING:
            for occ in iter_rounds(w, r.duty.plan_date, hi):
                if lo <= occ.due:
                    cells[axis.cell(occ.due)] = g.deadline
    if lo <= as_of <= hi:
        i = axis.cell(as_of)
        # The day shows on every line: across a line it crosses it; on a bar it yields.
        if cells[i] == g.empty:
            cells[i] = g.today
        elif cells[i] in (g.ongoing, g.recurring):
            cells[i] = g.today_across
    return cells


def render(result: Timeline, lang: str) -> str:
    """The timeline as terminal text."""
    g = GLYPHS["plain" if os.environ.get("NO_COLOR") else "unicode"]
    out = console()
    rows = list(result.rows)
    lines: list[Text] = []
    title = word("timeline.title", lang, day=result.as_of.isoformat())
    if not rows:
        lines += [Text(title, style="bold"), Text(word("timeline.none", lang))]
        return _print(out, lines)
    lo, hi = _span(rows, result)
    several = len(result.plans) > 1
    names = [duty_id(r.duty, several) for r in rows]
    # PLAN:ID is longer than a plan's own numbering: room for it where several plans show.
    id_w = min(max(len(n) for n in names), 24 if several else 12)
    label_w = max(len(_short(s, lang)) for s in Status)
    room = max(out.width - id_w - label_w - 2, 12)
    axis = _axis(lo, hi, room)
    unit = word(f"timeline.unit_{axis.months}", lang)
    lines.append(Text(f"{title} — {unit}", style="bold"))
    lines += _header(axis, result.as_of, lo, hi, id_w, g)
    for r, name in zip(rows, names, strict=True):
        cells = _line(r, axis, result.as_of, g, lo, hi)
        line = Text(visible(name)[:id_w].ljust(id_w) + " ", style="bold")
        style = _STYLES[r.status]
        for ch in cells:
            line.append(ch, style="red" if ch in (g.today, g.today_across) else style)
        line.append(" " + _short(r.status, lang), style=style)
        lines.append(line)
    legend = word(
        "timeline.legend",
        lang,
        window=g.window,
        deadline=g.deadline,
        ongoing=g.ongoing,
        recurring=g.recurring,
        today=g.today,
        day=result.as_of.isoformat(),
    )
    first = 1
    lines.append(Text(legend, style="dim"))
    return _print(out, lines, frozenset(range(first, len(lines) - 1)))


def _header(axis: Axis, as_of: date, lo: date, hi: date, id_w: int, g: Glyphs) -> list[Text]:
    """Years above their first cell; ticks at each quarter (or year); today's mark."""
    years = [" "] * axis.width
    ticks = [" "] * axis.width
    for u in range(axis.units):
        month = axis.first + u * axis.months
        y, m = divmod(month, 12)
        col = u * axis.cells
        if m == 0 or u == 0:
            label = str(y)
            if all(c == " " for c in years[col : col + len(label) + 1]):
                years[col : col + len(label)] = list(label)[: axis.width - col]
        if m % 3 == 0 or axis.months >= 3:
            ticks[col] = g.tick
    if lo <= as_of <= hi:
        ticks[axis.cell(as_of)] = g.today_head
    pad = " " * (id_w + 1)
    head = Text(pad + "".join(years[: axis.width]))
    tick_line = Text(pad)
    for ch in ticks:
        tick_line.append(ch, style="red" if ch == g.today_head else "dim")
    return [head, tick_line]


def _print(out: object, lines: list[Text], drawing: frozenset[int] = frozenset()) -> str:
    """Print ``lines``: those in ``drawing`` are made to fit and never wrap; words wrap."""
    from rich.console import Console

    assert isinstance(out, Console)
    with out.capture() as cap:
        for i, line in enumerate(lines):
            out.print(line, no_wrap=i in drawing, overflow="fold", crop=False)
    return cap.get()
