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
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from icalendar import Alarm, Calendar, Event

from nq42cli import __version__
from nq42cli.core.rules import Status, binding, completion_of, round_verdicts
from nq42cli.core.text import visible
from nq42cli.core.windows import Every, Window, WindowKind, occurrences, render_window

if TYPE_CHECKING:
    from nq42cli.core.queries import Row

__all__ = ["event_uid", "render", "rrule_of"]

_ROLE = {"lead": "chủ trì", "partner": "phối hợp", "responsible": "chịu trách nhiệm"}
_FREQ = {
    Every.YEAR: ("YEARLY", 1),
    Every.HALF_YEAR: ("MONTHLY", 6),
    Every.QUARTER: ("MONTHLY", 3),
    Every.MONTH: ("MONTHLY", 1),
}
_DONE = "đã hoàn thành"


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


def render(
    rows: Sequence[Row],
    *,
    name: str,
    stamp: datetime,
    remind: timedelta | None,
) -> bytes:
    """Build the calendar for ``rows`` (judged as of ``stamp``'s day); DTSTAMP is ``stamp``.

    Text from the plan is data: control characters are shown escaped, and icalendar
    escapes commas, semicolons and newlines, so no text can add a property.
    """
    cal = Calendar()
    cal.add("prodid", f"-//nq42//nq42 {__version__}//VI")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", visible(name))
    as_of = stamp.date()
    for row in rows:
        duty = row.duty
        hard = binding(duty.windows)
        for index, w in enumerate(duty.windows):
            if w not in hard:
                continue
            if w.kind is WindowKind.DEADLINE and w.end is not None:
                done = completion_of(duty.parts, row.records, as_of, duty.groups)
                cal.add_component(
                    _event(row, index, w, w.end, stamp, done.on if done else None, remind)
                )
            elif w.kind is WindowKind.RECURRING:
                _recurring(cal, row, index, w, stamp, remind)
    data: bytes = cal.to_ical()
    return data


def _recurring(
    cal: Calendar, row: Row, index: int, w: Window, stamp: datetime, remind: timedelta | None
) -> None:
    duty = row.duty
    begin = w.start or duty.plan_date
    # The longest cycle is a year: the first round is due within two of the start.
    first = occurrences(w, duty.plan_date, min(begin + timedelta(days=800), _LAST))
    if not first:
        return
    event = _event(row, index, w, first[0].due, stamp, None, remind)
    event.add("rrule", rrule_of(w))
    cal.add_component(event)
    rounds = round_verdicts(
        w, duty.plan_date, duty.parts, row.records, stamp.date(), groups=duty.groups
    )
    for v in rounds:
        if v.status in (Status.DONE_ON_TIME, Status.DONE_LATE) and v.deadline is not None:
            override = _event(row, index, w, v.deadline, stamp, v.completed_on, remind)
            override.add("recurrence-id", v.deadline)
            cal.add_component(override)


_LAST = date(9998, 12, 31)


def _event(
    row: Row,
    index: int,
    window: Window,
    due: date,
    stamp: datetime,
    done: date | None,
    remind: timedelta | None,
) -> Event:
    duty = row.duty
    shorts = " · ".join(o.short for o in row.owners)
    label = render_window(window)
    summary = f"{duty.id} — {shorts}: hạn {label}" if shorts else f"{duty.id}: hạn {label}"
    owners = "; ".join(f"{o.name} ({_ROLE[o.role.value]})" for o in row.owners)
    description = [
        duty.text,
        "",
        f"Thời hạn: {duty.timing or label}",
        *([f"Chủ thể: {owners}"] if owners else []),
        f"Kế hoạch {row.plan}, nhiệm vụ {duty.id}",
    ]
    if done is not None:
        # Done work keeps its event and says so, and no longer reminds anyone.
        summary = f"✓ {summary} ({_DONE})"
        description.append(f"Đã hoàn thành ngày {done:%d/%m/%Y}")
    event = Event()
    event.add("uid", event_uid(row.plan, duty.id, index))
    event.add("dtstamp", stamp)
    event.add("dtstart", due)
    event.add("dtend", due + timedelta(days=1))
    event.add("summary", visible(summary))
    # Split first: a newline in the plan's text stays a line break, not an escape.
    lines = "\n".join(description).split("\n")
    event.add("description", "\n".join(visible(line) for line in lines))
    event.add("categories", ["nq42", row.plan])
    # A deadline is a marker, not a meeting: it must not show the day as busy.
    event.add("transp", "TRANSPARENT")
    if done is None and remind is not None:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", visible(summary))
        alarm.add("trigger", -remind)
        event.add_component(alarm)
    return event
