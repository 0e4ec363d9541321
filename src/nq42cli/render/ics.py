"""iCalendar (RFC 5545): one all-day event per deadline, for the calendars people use.

Each deadline window of a duty becomes an all-day event on its due date (``VALUE=DATE``,
so no time zone can move it to the day before), with a reminder before it. Ongoing,
per-schedule and undated parts have no day to put in a calendar and are left out.

The UID of an event is derived from the plan id, the duty id and the window's index in
the duty, so exporting again and re-importing updates the same events instead of
adding copies.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from icalendar import Alarm, Calendar, Event

from nq42cli import __version__
from nq42cli.core.text import visible
from nq42cli.core.windows import WindowKind, render_window

if TYPE_CHECKING:
    from nq42cli.core.queries import Row

__all__ = ["event_uid", "render"]

_ROLE = {"lead": "chủ trì", "partner": "phối hợp", "responsible": "chịu trách nhiệm"}


def event_uid(plan_id: str, duty_id: str, index: int) -> str:
    """A UID that stays the same across exports of the same deadline."""
    key = f"{plan_id}/{duty_id}/{index}".encode()
    return hashlib.sha256(key).hexdigest()[:32] + "@nq42"


def render(
    rows: Sequence[Row],
    *,
    name: str,
    stamp: datetime,
    remind: timedelta | None,
) -> bytes:
    """Build the calendar for ``rows``; ``stamp`` is the DTSTAMP of every event.

    Text from the plan is data: control characters are shown escaped, and icalendar
    escapes commas, semicolons and newlines, so no text can add a property.
    """
    cal = Calendar()
    cal.add("prodid", f"-//nq42//nq42 {__version__}//VI")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", visible(name))
    for row in rows:
        duty = row.duty
        shorts = " · ".join(o.short for o in row.owners)
        for index, window in enumerate(duty.windows):
            if window.kind is not WindowKind.DEADLINE or window.deadline is None:
                continue
            label = render_window(window)
            summary = f"{duty.id} — {shorts}: hạn {label}" if shorts else f"{duty.id}: hạn {label}"
            owners = "; ".join(f"{o.name} ({_ROLE[o.role.value]})" for o in row.owners)
            description = "\n".join(
                [
                    duty.text,
                    "",
                    f"Thời hạn: {duty.timing or label}",
                    *([f"Chủ thể: {owners}"] if owners else []),
                    f"Kế hoạch {row.plan}, nhiệm vụ {duty.id}",
                ]
            )
            event = Event()
            event.add("uid", event_uid(row.plan, duty.id, index))
            event.add("dtstamp", stamp)
            event.add("dtstart", window.deadline)
            event.add("dtend", window.deadline + timedelta(days=1))
            event.add("summary", visible(summary))
            event.add("description", "\n".join(visible(line) for line in description.split("\n")))
            event.add("categories", ["nq42", row.plan])
            # A deadline is a marker, not a meeting: it must not show the day as busy.
            event.add("transp", "TRANSPARENT")
            if remind is not None:
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", visible(summary))
                alarm.add("trigger", -remind)
                event.add_component(alarm)
            cal.add_component(event)
    data: bytes = cal.to_ical()
    return data
