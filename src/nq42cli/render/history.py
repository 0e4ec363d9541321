"""The terminal view of ``nq42 history``: one line per record, then the duty's status.

A record of one member of a group owner, or of the body that held an owner's place,
shows the owner and the unit by name ("tinh_thanh_uy · Đồng Nai"); the closing line
says what was last reported, and each group owner's members.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text

from nq42cli.core.text import visible
from nq42cli.render.labels import label_of, word
from nq42cli.render.records import duty_id, group_line, rollup_line
from nq42cli.render.table import console, limited, more

if TYPE_CHECKING:
    from nq42cli.core.results import History
    from nq42cli.core.rules import RecordLike

__all__ = ["render"]

# The terminal width from which the record's author and time of writing are shown.
WIDE = 100


def render(result: History, lang: str) -> str:
    """Records oldest first (as appended), then where the duty stands as of the day."""
    duty, records, state = result.duty, result.records, result.state
    name = duty_id(duty, len(result.plans) > 1)
    table = Table(
        title=Text(word("history.title", lang, id=name), style="bold"),
        title_justify="left",
        expand=True,
    )
    table.add_column(word("history.number", lang), justify="right", no_wrap=True)
    table.add_column(word("history.on", lang), no_wrap=True)
    out = console()
    # Who wrote a record and when are for the audit: on a terminal narrower than 100
    # columns they would squeeze the text columns to a letter or two per line, so they
    # are left to the wide view and to json/csv (which always carry them).
    wide = out.width >= WIDE
    table.add_column(word("history.event", lang), no_wrap=True)
    table.add_column(word("history.owner", lang), ratio=1, min_width=6, overflow="fold")
    table.add_column(word("history.what", lang), ratio=4, min_width=20, overflow="fold")
    if wide:
        table.add_column(word("history.by", lang), ratio=1, min_width=6, overflow="fold")
        table.add_column(word("history.recorded", lang), no_wrap=True)
    names = {m: n for g in duty.group_lines for m, n in g.names}
    for i, r in enumerate(limited(records)[0], 1):
        event = label_of("event", r.event, lang)
        if r.force:
            event = word("history.forced", lang, event=event)
        what = "; ".join(x for x in (r.deadline, r.evidence, r.note) if x)
        who = r.owner or "—"
        if r.unit is not None:
            who += " · " + names.get(r.unit, r.unit)
        cells = [Text(str(i)), Text(r.on.isoformat()), Text(event), Text(visible(who))]
        cells.append(Text(visible(what)))
        if wide:
            cells += [Text(visible(r.by or "")), Text(_stamp(r))]
        table.add_row(*cells)
    line = _state_line(result, lang)
    tallies = [group_line(t, lang) for t in state.members]
    with out.capture() as cap:
        if records:
            out.print(table)
            if hidden := limited(records)[1]:
                out.print(more(hidden, lang))
        else:
            out.print(Text(word("history.none", lang, id=name)))
        out.print(Text(visible(line)))
        for tally in tallies:
            out.print(Text(visible(tally)))
        for child in state.children:
            out.print(Text(visible(rollup_line(child, lang))))
    return cap.get()


def _state_line(result: History, lang: str) -> str:
    """Where the duty stands as of the day: class, deadline, adjustment, parts, reports."""
    state = result.state
    status = label_of("status", state.status, lang)
    line = word("history.as_of", lang, day=result.as_of.isoformat(), status=status)
    if state.deadline is not None:
        line += " (" + word("history.deadline", lang, day=state.deadline.isoformat())
        if state.days_late:
            line += ", " + word("history.late", lang, n=state.days_late)
        line += ")"
    adj = state.adjusted
    if adj is not None:
        original = state.original_deadline.isoformat() if state.original_deadline else "—"
        line += word(
            "history.adjusted",
            lang,
            on=adj.on.isoformat(),
            evidence=visible(adj.evidence),
            original=original,
        )
    if state.completed_on is not None:
        line += "; " + word("history.complete", lang, day=state.completed_on.isoformat())
    elif state.parts[1] > 1:
        line += "; " + word("history.parts", lang, a=state.parts[0], b=state.parts[1])
    if not state.reported:
        line += "; " + word("report.not_reported", lang)
    elif state.in_progress:
        line += "; " + word("report.in_progress", lang)
    return line


def _stamp(r: RecordLike) -> str:
    if r.recorded_at is None:
        return ""
    from datetime import UTC

    at = r.recorded_at.astimezone(UTC) if r.recorded_at.tzinfo else r.recorded_at
    # The day is enough on a terminal; --format json has the full UTC time.
    return at.date().isoformat()
