"""iCalendar (RFC 5545): the deadlines of the rule book, for the calendars people use.

The rule book (:mod:`nq42cli.core.rules`) says which windows bind; each binding deadline
becomes an all-day event on its due date (``VALUE=DATE``, so no time zone can move it to
the day before), and each binding recurring window one event with an ``RRULE`` whose
occurrences are exactly its rounds. A stretch aim beside a hard deadline, and ongoing,
per-schedule and undated parts, are not deadlines and are left out.

What is done no longer nags: a deadline met by the day of the export keeps its event,
marked done in its summary and description, with no reminder; a settled round of a
recurring window gets the same through an override instance (``RECURRENCE-ID``).

The UID of an event is derived from the plan id, the duty id and the window's index in
the duty, so exporting again and re-importing updates the same events instead of
adding copies.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from typing import TYPE_CHECKING

from icalendar import Alarm, Event
from icalendar import Calendar as ICalendar

from nq42cli import __version__
from nq42cli.core.rules import (
    Adjustment,
    Status,
    adjustment,
    binding,
    completion_of,
    round_verdicts,
)
from nq42cli.core.text import visible
from nq42cli.core.windows import Every, Window, WindowKind, occurrences, render_window
from nq42cli.render.labels import label_of, word
from nq42cli.render.records import duty_id

if TYPE_CHECKING:
    from nq42cli.core.queries import Row
    from nq42cli.core.results import Calendar

__all__ = ["event_uid", "render", "rrule_of"]

_FREQ = {
    Every.YEAR: ("YEARLY", 1),
    Every.HALF_YEAR: ("MONTHLY", 6),
    Every.QUARTER: ("MONTHLY", 3),
    Every.MONTH: ("MONTHLY", 1),
}


def event_uid(plan_id: str, duty_id: str, index: int) -> str:
    """A UID that stays the same across exports of the same deadline."""
    key = f"{plan_id}/{duty_id}/{index}".encode()
    return hashlib.sha256(key).hexdigest()[:32] + "@nq42"


def rrule_of(w: Window) -> dict[str, object]:
    """The RRULE whose occurrences, from the first round, are the rounds of recurring ``w``.

    A round falls on its anchor day, clamped to the month's last day (31 → 30 in April,
    29/2 → 28/2): ``BYMONTHDAY=28,…,d;BYSETPOS=-1`` says exactly that. Without an anchor
    a round falls on its cycle's last day.
    """
    assert w.every is not None
    freq, interval = _FREQ[w.every]
    rule: dict[str, object] = {"FREQ": freq}
    if interval > 1:
        rule["INTERVAL"] = interval
    if w.every is Every.YEAR:
        rule["BYMONTH"] = w.anchor[0] if w.anchor else 12
    day = w.anchor[1] if w.anchor else 31
    if day >= 28:
        rule["BYMONTHDAY"] = list(range(28, day + 1))
        rule["BYSETPOS"] = -1
    else:
        rule["BYMONTHDAY"] = day
    if w.end is not None:
        rule["UNTIL"] = w.end
    return rule


def render(result: Calendar, lang: str) -> bytes:
    """Build the calendar, judged as of ``result.stamp``'s day (every event's DTSTAMP).

    Text from the plan is data: control characters are shown escaped, and icalendar
    escapes commas, semicolons and newlines, so no text can add a property. The words
    around it (summary, description headings) are in ``lang``.
    """
    cal = ICalendar()
    cal.add("prodid", f"-//nq42//nq42 {__version__}//{lang.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", visible(result.name))
    as_of = result.stamp.date()
    for row in result.rows:
        duty = row.duty
        # An adjusted deadline known on the day replaces the plan's; its event keeps the
        # UID of the plan's, so a calendar that imported the old one moves it.
        adj = adjustment(duty.windows, row.records, as_of)
        windows = adj.windows if adj is not None else duty.windows
        hard = binding(windows)
        for index, w in enumerate(windows):
            if w not in hard:
                continue
            if w.kind is WindowKind.DEADLINE and w.end is not None:
                done = completion_of(duty.parts, row.records, as_of, duty.groups)
                when = done.on if done else None
                cal.add_component(_event(result, lang, row, index, w, w.end, when, adj))
            elif w.kind is WindowKind.RECURRING:
                _recurring(cal, result, lang, row, index, w, adj)
    data: bytes = cal.to_ical()
    return data


def _recurring(
    cal: ICalendar,
    result: Calendar,
    lang: str,
    row: Row,
    index: int,
    w: Window,
    adj: Adjustment | None,
) -> None:
    duty = row.duty
    begin = w.start or duty.plan_date
    # The longest cycle is a year: the first round is due within two of the start.
    first = occurrences(w, duty.plan_date, min(begin + timedelta(days=800), _LAST))
    if not first:
        return
    event = _event(result, lang, row, index, w, first[0].due, None, adj)
    event.add("rrule", rrule_of(w))
    cal.add_component(event)
    rounds = round_verdicts(
        w, duty.plan_date, duty.parts, row.records, result.stamp.date(), groups=duty.groups
    )
    for v in rounds:
        if v.status in (Status.DONE_ON_TIME, Status.DONE_LATE) and v.deadline is not None:
            override = _event(result, lang, row, index, w, v.deadline, v.completed_on, adj)
            override.add("recurrence-id", v.deadline)
            cal.add_component(override)


_LAST = date(9998, 12, 31)


def _event(
    result: Calendar,
    lang: str,
    row: Row,
    index: int,
    window: Window,
    due: date,
    done: date | None,
    adj: Adjustment | None = None,
) -> Event:
    duty = row.duty
    # Several plans in one calendar: the summary names the plan too (PLAN:ID).
    name = duty_id(duty, len(result.plans) > 1)
    shorts = " · ".join(o.short for o in row.owners)
    shown = render_window(window)
    summary = (
        word("ics.summary", lang, id=name, owners=shorts, window=shown)
        if shorts
        else word("ics.summary_alone", lang, id=name, window=shown)
    )
    owners = "; ".join(f"{o.name} ({label_of('role', o.role, lang)})" for o in row.owners)
    description = [
        duty.text,
        "",
        word("ics.timing", lang, timing=adj.phrase if adj else duty.timing or shown),
        *(
            [
                word("ics.original", lang, timing=duty.timing or render_window(duty.windows[0])),
                word("ics.adjusted", lang, day=adj.on, evidence=adj.evidence),
            ]
            if adj
            else []
        ),
        *([word("ics.owners", lang, owners=owners)] if owners else []),
        word("ics.plan", lang, plan=row.plan, id=duty.id),
    ]
    if done is not None:
        # Done work keeps its event and says so, and no longer reminds anyone.
        summary = word("ics.done_summary", lang, summary=summary)
        description.append(word("ics.done_on", lang, day=done))
    event = Event()
    event.add("uid", event_uid(row.plan, duty.id, index))
    event.add("dtstamp", result.stamp)
    event.add("dtstart", due)
    event.add("dtend", due + timedelta(days=1))
    event.add("summary", visible(summary))
    # Split first: a newline in the plan's text stays a line break, not an escape.
    lines = "\n".join(description).split("\n")
    event.add("description", "\n".join(visible(line) for line in lines))
    event.add("categories", ["nq42", row.plan])
    # A deadline is a marker, not a meeting: it must not show the day as busy.
    event.add("transp", "TRANSPARENT")
    if done is None and result.remind is not None:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", visible(summary))
        alarm.add("trigger", -result.remind)
        event.add_component(alarm)
    return event
