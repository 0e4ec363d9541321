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
from datetime import timedelta
from typing import TYPE_CHECKING

from icalendar import Alarm, Event
from icalendar import Calendar as ICalendar

from nq42cli import __version__
from nq42cli.core.text import visible
from nq42cli.core.windows import WindowKind, render_window
from nq42cli.render.labels import label_of, word

if TYPE_CHECKING:
    from nq42cli.core.results import Calendar

__all__ = ["event_uid", "render"]


def event_uid(plan_id: str, duty_id: str, index: int) -> str:
    """A UID that stays the same across exports of the same deadline."""
    key = f"{plan_id}/{duty_id}/{index}".encode()
    return hashlib.sha256(key).hexdigest()[:32] + "@nq42"


def render(result: Calendar, lang: str) -> bytes:
    """Build the calendar; ``result.stamp`` is the DTSTAMP of every event.

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
    for row in result.rows:
        duty = row.duty
        shorts = " · ".join(o.short for o in row.owners)
        for index, window in enumerate(duty.windows):
            if window.kind is not WindowKind.DEADLINE or window.deadline is None:
                continue
            shown = render_window(window)
            summary = (
                word("ics.summary", lang, id=duty.id, owners=shorts, window=shown)
                if shorts
                else word("ics.summary_alone", lang, id=duty.id, window=shown)
            )
            owners = "; ".join(f"{o.name} ({label_of('role', o.role, lang)})" for o in row.owners)
            description = "\n".join(
                [
                    duty.text,
                    "",
                    word("ics.timing", lang, timing=duty.timing or shown),
                    *([word("ics.owners", lang, owners=owners)] if owners else []),
                    word("ics.plan", lang, plan=row.plan, id=duty.id),
                ]
            )
            event = Event()
            event.add("uid", event_uid(row.plan, duty.id, index))
            event.add("dtstamp", result.stamp)
            event.add("dtstart", window.deadline)
            event.add("dtend", window.deadline + timedelta(days=1))
            event.add("summary", visible(summary))
            event.add("description", "\n".join(visible(line) for line in description.split("\n")))
            event.add("categories", ["nq42", row.plan])
            # A deadline is a marker, not a meeting: it must not show the day as busy.
            event.add("transp", "TRANSPARENT")
            if result.remind is not None:
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", visible(summary))
                alarm.add("trigger", -result.remind)
                event.add_component(alarm)
            cal.add_component(event)
    data: bytes = cal.to_ical()
    return data
