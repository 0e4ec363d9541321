"""The terminal table of a listing: id, owners, duty text (wrapped), window, days left or late.

Every cell is a :class:`rich.text.Text` built from plain strings, never a markup string,
so ``[red]`` in a plan shows as ``[red]``; control characters are shown escaped. The
words around the data come from :mod:`.labels`. The table is rendered to a string here
and printed by the caller.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from rich.console import Console
from rich.table import Table
from rich.text import Text

from nq42cli.core.rules import Status
from nq42cli.core.text import visible
from nq42cli.core.vocab import Role
from nq42cli.render.labels import word
from nq42cli.render.records import owner_name
from nq42cli.render.report import listing_title

if TYPE_CHECKING:
    from nq42cli.core.queries import OwnerLine, Row
    from nq42cli.core.results import Listing

__all__ = [
    "MAX_ROWS",
    "SOON_DAYS",
    "build",
    "colored",
    "console",
    "limited",
    "more",
    "render",
    "summary",
]

SOON_DAYS = 30
MAX_ROWS = 1_000
"""Rows a terminal table shows at most; the rest is one line saying how many, and how
to see them all (``--format csv|json|md`` carry every row). A person does not read
80,000 rows on a terminal, and drawing them costs a second per thousand and memory in
proportion; the counts under the table always cover every row."""

T = TypeVar("T")


def limited(rows: Sequence[T]) -> tuple[Sequence[T], int]:
    """The first :data:`MAX_ROWS` of ``rows``, and how many are left out."""
    return rows[:MAX_ROWS], max(0, len(rows) - MAX_ROWS)


def more(hidden: int, lang: str) -> Text:
    """The line under a table that left ``hidden`` rows out."""
    return Text(word("table.more", lang, n=f"{hidden:,}"), style="dim")


# Narrower than this, a table cannot show a column; wider, a padded table line is
# megabytes. COLUMNS outside these (0, 5, 10**9) is taken as unset.
MIN_WIDTH, MAX_WIDTH = 20, 10_000


def console(*, stderr: bool = False) -> Console:
    """A console that honours NO_COLOR and plain pipes (Rich detects both).

    ``COLUMNS=0`` (or any width a table cannot be drawn in, or an absurd one) would make
    Rich print nothing or pad every line to that width: it is then ignored, and the
    terminal's own width (80 for a pipe) is used.
    """
    width = None
    raw = os.environ.get("COLUMNS", "").strip()
    if raw.isdigit() and not MIN_WIDTH <= int(raw) <= MAX_WIDTH:
        try:
            width = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, OSError, ValueError):
            width = 80
        width = width if MIN_WIDTH <= width <= MAX_WIDTH else 80
    return Console(highlight=False, stderr=stderr, soft_wrap=False, emoji=False, width=width)


def render(result: Listing, lang: str) -> str:
    """The rows as a Rich table plus a one-line summary, as terminal text.

    At most :data:`MAX_ROWS` rows are drawn, then a line saying how many more. Past
    :data:`~nq42cli.render.lean.LEAN_ROWS` rows the same table is drawn by :mod:`.lean`,
    which costs a fraction of Rich's layout per row.
    """
    from nq42cli.render import lean

    out = console()
    shown, hidden = limited(result.rows)
    if len(shown) > lean.LEAN_ROWS:
        color = colored(out)
        text = _lean(result, shown, lang, out.width, color)
        if hidden:
            text += lean.styled(more(hidden, lang), color)
        return text + lean.styled(summary(result, lang), color)
    with out.capture() as cap:
        out.print(build(result, lang))
        if hidden:
            out.print(more(hidden, lang))
        out.print(summary(result, lang))
    return cap.get()


def _lean(result: Listing, rows: Sequence[Row], lang: str, width: int, color: bool) -> str:
    from nq42cli.render import lean

    columns = [
        lean.Column(word("col.id", lang), wrap=False),
        lean.Column(word("col.owner", lang), ratio=2, min_width=12),
        lean.Column(word("col.duty", lang), ratio=6, min_width=20),
        lean.Column(word("col.window", lang), min_width=11),
    ]
    if result.timed:
        columns.append(lean.Column(word("col.days", lang), right=True, wrap=False))
    elif result.query.value == "ongoing":
        columns.append(lean.Column(word("col.since", lang), wrap=False))
    cells = [[lean.cell(c) for c in _cells(result, row, lang)] for row in rows]
    title = _title(result, lang).plain
    return lean.table(title, columns, cells, width=width, color=color)


def colored(out: Console) -> bool:
    """Whether Rich would write colours and styles on this console."""
    return out.is_terminal and out.color_system is not None and not out.no_color


def build(result: Listing, lang: str) -> Table:
    """Build the table (exposed so other views can embed it); at most :data:`MAX_ROWS` rows."""
    table = Table(title=_title(result, lang), title_justify="left", show_lines=True, expand=True)
    table.add_column(word("col.id", lang), no_wrap=True)
    table.add_column(word("col.owner", lang), ratio=2, min_width=12, overflow="fold")
    table.add_column(word("col.duty", lang), ratio=6, min_width=20, overflow="fold")
    # "quý II/2024" must not break inside: 11 columns keep every quarter on one line.
    table.add_column(word("col.window", lang), min_width=11, overflow="fold")
    if result.timed:
        table.add_column(word("col.days", lang), justify="right", no_wrap=True)  # left, or late
    elif result.query.value == "ongoing":
        table.add_column(word("col.since", lang), no_wrap=True)
    for row in limited(result.rows)[0]:
        table.add_row(*_cells(result, row, lang))
    return table


def _cells(result: Listing, row: Row, lang: str) -> list[Text]:
    """One row's cells, as both the Rich and the lean table draw them."""
    cells = [
        Text(visible(row.duty.id), style="bold"),
        _owners(row, lang),
        Text(visible(row.duty.text)),
        _windows(row, lang),
    ]
    if result.timed:
        cells.append(_days(row, lang))
    elif result.query.value == "ongoing":
        cells.append(Text(row.since.isoformat() if row.since else ""))
    return cells


def _owners(row: Row, lang: str) -> Text:
    # Who answers for the duty comes first; partners follow, dimmed, so the cell stays
    # short at 80 columns while nobody named in the plan is dropped.
    # Each owner goes by its name in force on the row's day, the plan's beside it.
    def name(o: OwnerLine) -> str:
        return owner_name(o, row.as_of, lang, short=True)

    main = [name(o) for o in row.owners if o.role is not Role.PARTNER]
    partners = [name(o) for o in row.owners if o.role is Role.PARTNER]
    # Escape each name, then join: the newline between names is ours, not the data's.
    text = Text("\n".join(visible(m) for m in main) if main else "—")
    if partners:
        # One partner a line: at 80 columns a comma list wraps mid-name and owners blur.
        text.append("".join("\n+ " + visible(p) for p in partners), style="dim")
    return text


def _title(result: Listing, lang: str) -> Text:
    title = listing_title(result, lang)
    if result.as_of is not None and result.query.value != "list":
        title = word("listing.as_of", lang, title=title, day=result.as_of.isoformat())
    return Text(title, style="bold")


def _days(row: Row, lang: str) -> Text:
    if row.completed_on is not None:
        late = row.days_late or 0
        day = row.completed_on.isoformat()
        verdict = "days.done_late" if late else "days.done_on_time"
        return Text(word(verdict, lang, day=day, n=late), style="dim")
    left = row.days_left
    if left is None:
        return Text("")
    if row.status is Status.OPEN_OVERDUE:
        return Text(word("days.late", lang, n=row.days_late or 0), style="bold red")
    if left == 0:
        return Text(word("days.today", lang), style="bold yellow")
    style = "yellow" if left <= SOON_DAYS else "green"
    return Text(word("days.left", lang, n=left), style=style)


def summary(result: Listing, lang: str) -> Text:
    """One line under the table: how many, and how many are late."""
    rows = result.rows
    n = len(rows)
    line = word("count.one" if n == 1 else "count.many", lang, n=n)
    if result.timed and rows:
        late = sum(1 for r in rows if r.status is Status.OPEN_OVERDUE)
        done = sum(1 for r in rows if r.verdict.done)
        line += word("count.split", lang, late=late, done=done, open=n - late - done)
    return Text(line)


def _windows(row: Row, lang: str) -> Text:
    """The windows in force; after an adjusted deadline, the plan's own beneath it, dimmed."""
    adj = row.adjusted
    shown = adj.windows if adj is not None else row.duty.windows
    text = Text("\n".join(visible(str(w)) for w in shown))
    if adj is not None:
        original = "; ".join(str(w) for w in row.duty.windows)
        text.append("\n" + word("table.original", lang, windows=visible(original)), style="dim")
    return text
