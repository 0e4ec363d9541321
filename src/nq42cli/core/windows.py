"""Time windows of duties, periods of queries, and the plan notation they render to.

A :class:`Window` is one piece of a duty's timing: a deadline (a span whose last day is
the due date), an ongoing part (from a start, maybe to an end), a recurring part (every
year, half-year, quarter or month, due on an anchor day), a per-schedule duty (no fixed
date) or an undated one. A :class:`Period` is the span a query asks about.

:func:`parse_phrase` reads the way Vietnamese plans write time (``quý I/2024``, ``đầu
tháng 12/2023``, ``trước ngày 20/10 hằng năm``) and the compact forms analysts type
(``2024Q1``, ``2023-12``); the grammar itself is :mod:`nq42cli.core.grammar`.
:func:`render_window` writes a window back in the plan's notation, which reads back as
the same window.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from nq42cli.core.text import nfc

__all__ = [
    "FIRST_DAY",
    "LAST_DAY",
    "MAX_PHRASE",
    "Every",
    "Flag",
    "Occurrence",
    "Period",
    "TimeParseError",
    "Window",
    "WindowKind",
    "day_range_error",
    "occurrences",
    "parse_day",
    "parse_period",
    "parse_phrase",
    "parse_window",
    "render_window",
]

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
ROMAN_OUT = {1: "I", 2: "II", 3: "III", 4: "IV"}
MIN_YEAR, MAX_YEAR = 1900, 2200
MAX_PHRASE = 500
"""The longest time phrase read (characters): the plan's longest is under 100, and the
grammar's cost grows with the square of a phrase's length (50,000 characters: 5 s)."""
FIRST_DAY, LAST_DAY = date(MIN_YEAR, 1, 1), date(MAX_YEAR, 12, 31)
"""Every day nq42 takes in (a plan's dates, a record's, ``--as-of``, ``--from``/``--to``)
lies in these years, the same the time grammar reads: checked where a day enters, so no
calendar arithmetic (a day after 9999-12-31, a round of a yearly report) can overflow."""
# "đầu tháng" is read as the first ten days (thượng tuần), the usual administrative reading;
# "giữa tháng" as days 11–20 (trung tuần) and "cuối tháng" as day 21 to the end (hạ tuần).
EARLY_MONTH_LAST_DAY = 10
MID_MONTH_FIRST_DAY, MID_MONTH_LAST_DAY = 11, 20


class TimeParseError(ValueError):
    """A time phrase that cannot be read; ``code`` is stable, ``span`` points into the text."""

    def __init__(self, message: str, code: str, span: tuple[int, int] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.span = span


class WindowKind(StrEnum):
    """What a window means for due/overdue/ongoing questions."""

    DEADLINE = "deadline"
    ONGOING = "ongoing"
    RECURRING = "recurring"
    PER_SCHEDULE = "per_schedule"
    UNDATED = "undated"


class Flag(StrEnum):
    """Qualifiers a document puts on a window."""

    SUBSTANTIALLY = "substantially"  # "cơ bản hoàn thành": mostly done by then
    STRETCH = "stretch"  # "phấn đấu": a target to aim for beside the hard deadline
    APPROXIMATE = "approximate"  # "cuối năm", "đầu quý", "khoảng": no exact edges
    BEFORE = "before"  # "trước ngày 31/8": due the day before the day named


class Every(StrEnum):
    """How often a recurring window comes round."""

    YEAR = "year"
    HALF_YEAR = "half_year"
    QUARTER = "quarter"
    MONTH = "month"


_CYCLE_MONTHS = {Every.YEAR: 12, Every.HALF_YEAR: 6, Every.QUARTER: 3, Every.MONTH: 1}


class _Span(NamedTuple):
    start: date
    end: date
    label: str = ""


class Period(_Span):
    """A closed span of days ``[start, end]`` that a query asks about."""

    # The value classes of the answer path are named tuples, not dataclasses: defining a
    # frozen slotted dataclass runs six exec() calls, about a millisecond each time nq42
    # starts, and the warm answer's budget is a few milliseconds (README, "Start-up").
    __slots__ = ()

    def __new__(cls, start: date, end: date, label: str = "") -> Period:
        """A period; :class:`ValueError` when it ends before it starts."""
        if end < start:
            msg = f"period ends ({end}) before it starts ({start})"
            raise ValueError(msg)
        return super().__new__(cls, start, end, label)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    @classmethod
    def quarter(cls, year: int, q: int) -> Period:
        """Return quarter ``q`` (1–4) of ``year``."""
        first = date(year, 3 * q - 2, 1)
        return cls(first, _month_end(year, 3 * q), f"{year}Q{q}")

    @classmethod
    def month(cls, year: int, m: int) -> Period:
        """Return month ``m`` of ``year``."""
        return cls(date(year, m, 1), _month_end(year, m), f"{year}-{m:02d}")

    @classmethod
    def year(cls, year: int) -> Period:
        """Return the calendar year."""
        return cls(date(year, 1, 1), date(year, 12, 31), str(year))


class Window(NamedTuple):
    """One piece of a duty's timing.

    ``start``/``end`` are inclusive days. A deadline's ``end`` is its due date (the duty
    is due by the end of that day). An ongoing window with ``start=None`` runs from the
    plan's own date; ``end=None`` means open-ended.

    A recurring window comes round ``every`` year, half-year, quarter or month, from
    ``start`` (``None``: the plan's date) to ``end`` (``None``: open-ended). Each
    occurrence is due on ``anchor`` — ``(month, day)`` for a yearly window (20/10 is
    ``(10, 20)``), ``(0, day)`` for a monthly one — or, with no anchor, on the last day
    of its cycle (31/12, the quarter's last day, …).
    """

    kind: WindowKind
    start: date | None = None
    end: date | None = None
    flags: frozenset[Flag] = frozenset()
    every: Every | None = None
    anchor: tuple[int, int] | None = None

    @property
    def deadline(self) -> date | None:
        """The due date of a deadline window, else ``None``."""
        return self.end if self.kind is WindowKind.DEADLINE else None

    def __str__(self) -> str:
        return render_window(self)


class Occurrence(NamedTuple):
    """One round of a recurring window: its cycle ``[start, due]``."""

    start: date
    due: date


def occurrences(w: Window, since: date, until: date) -> list[Occurrence]:
    """The rounds of recurring window ``w`` due between ``since`` and ``until``.

    The recurrence begins at ``w.start`` or, without one, at ``since`` (the caller
    passes the plan's date), and stops after ``w.end``. A cycle starts the day after
    the previous round's due day, so a completion can be matched to the round it
    settles.
    """
    if w.kind is not WindowKind.RECURRING or w.every is None:
        return []
    begin = w.start or since
    step = _CYCLE_MONTHS[w.every]
    out: list[Occurrence] = []
    # Walk cycles from the one holding ``begin``; one extra cycle back supplies the
    # first round's cycle start.
    cycle_first_month = (begin.month - 1) // step * step + 1
    y, m = begin.year, cycle_first_month
    y, m = _add_months(y, m, -step)
    prev_due: date | None = None
    while True:
        due = _due_in_cycle(w, y, m, step)
        if due > until or (w.end is not None and due > w.end):
            break
        if due >= begin and prev_due is not None:
            out.append(Occurrence(prev_due + timedelta(days=1), due))
        elif due >= begin:
            out.append(Occurrence(date(y, m, 1), due))
        prev_due = due
        y, m = _add_months(y, m, step)
    return out


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + n
    return total // 12, total % 12 + 1


def _due_in_cycle(w: Window, y: int, first_month: int, step: int) -> date:
    if w.anchor is None:
        ly, lm = _add_months(y, first_month, step - 1)
        return _month_end(ly, lm)
    month, day = w.anchor
    if month == 0:  # monthly: day of the month
        return date(y, first_month, min(day, _days_in(y, first_month)))
    return date(y, month, min(day, _days_in(y, month)))


# --------------------------------------------------------------------------- rendering

_EVERY_VI = {
    Every.YEAR: "hằng năm",
    Every.HALF_YEAR: "định kỳ 6 tháng",
    Every.QUARTER: "hằng quý",
    Every.MONTH: "hằng tháng",
}


def render_window(w: Window) -> str:
    """Render a window in the plan's notation; parsing the result gives ``w`` back."""
    if w.kind is WindowKind.PER_SCHEDULE:
        return "theo tiến độ"
    if w.kind is WindowKind.UNDATED:
        return "không thời hạn"
    if w.kind is WindowKind.RECURRING:
        return _render_recurring(w)
    if w.kind is WindowKind.ONGOING:
        if w.start is None:
            return "thường xuyên"
        until = f" đến hết {_render_end(w.end)}" if w.end is not None else ""
        return "từ " + _render_start(w.start) + until
    assert w.start is not None
    assert w.end is not None
    # "phấn đấu trong": the "trong" keeps "phấn đấu" apart from a following "đầu tháng".
    prefix = "phấn đấu trong " if Flag.STRETCH in w.flags else ""
    prefix += "cơ bản " if Flag.SUBSTANTIALLY in w.flags else ""
    if Flag.BEFORE in w.flags:
        after = w.end + timedelta(days=1)
        return prefix + f"trước ngày {after.day}/{after.month}/{after.year}"
    if Flag.APPROXIMATE in w.flags:
        part = _render_part(w.start, w.end)
        return prefix + (part or "khoảng " + _render_span(w.start, w.end))
    return prefix + _render_span(w.start, w.end)


def _render_recurring(w: Window) -> str:
    assert w.every is not None
    text = _EVERY_VI[w.every]
    if w.anchor is not None:
        month, day = w.anchor
        if Flag.BEFORE in w.flags:
            base = date(2001, month or 1, day) + timedelta(days=1)
            day = base.day
            month = base.month if month else 0
            when = f"trước ngày {day}" + (f"/{month}" if month else "")
        else:
            when = f"ngày {day}" + (f"/{month}" if month else "")
        text = f"{when} {text}"
    if w.start is not None:
        text += " từ " + _render_start(w.start)
    if w.end is not None:
        text += " đến hết " + _render_end(w.end)
    return text


def _render_start(d: date) -> str:
    if d.month == 1 and d.day == 1:
        return f"năm {d.year}"
    if d.day == 1 and d.month % 3 == 1:
        return f"quý {ROMAN_OUT[(d.month + 2) // 3]}/{d.year}"
    if d.day == 1:
        return f"tháng {d.month}/{d.year}"
    return f"ngày {d.day}/{d.month}/{d.year}"


def _render_end(d: date) -> str:
    if d.month == 12 and d.day == 31:
        return f"năm {d.year}"
    if d == _month_end(d.year, d.month):
        if d.month % 3 == 0:
            return f"quý {ROMAN_OUT[d.month // 3]}/{d.year}"
        return f"tháng {d.month}/{d.year}"
    return f"ngày {d.day}/{d.month}/{d.year}"


def _render_part(start: date, end: date) -> str | None:
    """The approximate shapes: ``đầu năm``, ``cuối quý II``, ``giữa năm``."""
    y = start.year
    if end.year != y or start.day != 1 or end != _month_end(y, end.month):
        return None
    parts = {(1, 3): "đầu năm", (4, 9): "giữa năm", (10, 12): "cuối năm"}
    if (span := parts.get((start.month, end.month))) is not None:
        return f"{span} {y}"
    if start.month == end.month:
        q = (start.month + 2) // 3
        which = ("đầu", "giữa", "cuối")[(start.month - 1) % 3]
        return f"{which} quý {ROMAN_OUT[q]}/{y}"
    return None


def _render_span(start: date, end: date) -> str:
    if start == date(start.year, 1, 1) and end == date(end.year, 12, 31):
        if start.year == end.year:
            return f"năm {start.year}"
        return f"{start.year}-{end.year}"
    if start.day == 1 and start.year == end.year:
        m = start.month
        if end == _month_end(start.year, m):
            return f"tháng {m}/{start.year}"
        if m % 3 == 1 and end == _month_end(start.year, m + 2):
            return f"quý {ROMAN_OUT[(m + 2) // 3]}/{start.year}"
        if end == date(start.year, m, EARLY_MONTH_LAST_DAY):
            return f"đầu tháng {m}/{start.year}"
        if m == 1 and end == date(start.year, 6, 30):
            return f"6 tháng đầu năm {start.year}"
        if m == 7 and end == date(start.year, 12, 31):
            return f"6 tháng cuối năm {start.year}"
        if end == _month_end(start.year, end.month):
            return f"tháng {m} - tháng {end.month}/{start.year}"
    if start.year == end.year and start.month == end.month:
        y, m = start.year, start.month
        if start.day == MID_MONTH_FIRST_DAY and end.day == MID_MONTH_LAST_DAY:
            return f"giữa tháng {m}/{y}"
        if start.day == MID_MONTH_LAST_DAY + 1 and end == _month_end(y, m):
            return f"cuối tháng {m}/{y}"
    if start == end:
        return f"ngày {start.day}/{start.month}/{start.year}"
    return f"ngày {start.day}/{start.month}/{start.year} - ngày {end.day}/{end.month}/{end.year}"


# --------------------------------------------------------------------------- parsing


def parse_phrase(phrase: str, issued: date | None = None) -> list[Window]:
    """Read every window in a timing phrase, in order.

    ``issued`` is the document's date: it supplies the year of phrases that leave it out
    (``trước ngày 20/10``, ``hạn T7``). Raises :class:`TimeParseError` naming the first
    part that is not timing and not one of the connecting words plans use, so a typo is
    never silently ignored. The grammar itself lives in :mod:`nq42cli.core.grammar`.
    """
    return list(_windows_of(phrase, issued))


# Plans repeat a few hundred phrases across thousands of duties; windows are immutable,
# so each phrase is read once (errors are not cached: they are raised every time).
@functools.lru_cache(maxsize=4096)
def _windows_of(phrase: str, issued: date | None) -> tuple[Window, ...]:
    from nq42cli.core.grammar import read_phrase

    return tuple(r.window for r in read_phrase(phrase, issued))


def parse_window(text: str, issued: date | None = None) -> Window:
    """Read exactly one window (the notation of the plan file's ``windows`` list)."""
    windows = parse_phrase(text, issued)
    if len(windows) != 1:
        msg = f"'{nfc(text)}' holds {len(windows)} windows; write one per list item"
        raise TimeParseError(msg, "time.several")
    return windows[0]


def _month_end(year: int, month: int) -> date:
    return date(year, month, _days_in(year, month))


def _days_in(year: int, month: int) -> int:
    # calendar.monthrange, without importing calendar (and locale) on every query.
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


# --------------------------------------------------------------------------- periods


def parse_period(text: str, unit: str | None = None) -> Period:
    """Read a query period: a quarter, a month or a year in any notation of the grammar.

    ``2024Q1``, ``Q1/2024``, ``quý I/2024``, ``2023-12``, ``12/2023``, ``tháng 12/2023``,
    ``2025`` and ``năm 2025`` are all accepted. With ``unit`` ("quarter", "month",
    "year"), a period of another unit is an error: ``--quarter 2024-03`` is a slip.
    """
    window = _compact_period(text) or parse_window(text)
    period = _as_period(window)
    if period is None:
        msg = f"'{nfc(text)}' is not a quarter, month or year"
        raise TimeParseError(msg, "time.not_period")
    got, label = period
    if unit is not None and got != unit:
        msg = f"'{nfc(text)}' is a {got}, not a {unit}"
        raise TimeParseError(msg, "time.wrong_unit")
    assert window.start is not None
    assert window.end is not None
    return Period(window.start, window.end, label)


_COMPACT_QUARTER = re.compile(r"^\s*(\d{4})\s*[Qq]([1-4])\s*$")
_COMPACT_MONTH = re.compile(r"^\s*(\d{4})-(0[1-9]|1[0-2])\s*$")


def _compact_period(text: str) -> Window | None:
    """``2024Q1`` and ``2023-12`` without the grammar: what scripts type, read at no cost.

    Everything else (and every error) goes through the grammar, which says what is wrong.
    """
    if m := _COMPACT_QUARTER.match(text):
        p = Period.quarter(int(m[1]), int(m[2]))
    elif m := _COMPACT_MONTH.match(text):
        p = Period.month(int(m[1]), int(m[2]))
    else:
        return None
    if not MIN_YEAR <= p.start.year <= MAX_YEAR:
        return None
    return Window(WindowKind.DEADLINE, p.start, p.end)


def _as_period(w: Window) -> tuple[str, str] | None:
    if w.kind is not WindowKind.DEADLINE or w.flags or w.start is None or w.end is None:
        return None
    s, e = w.start, w.end
    if s.day != 1 or s.year != e.year:
        return None
    if s.month == 1 and e == date(s.year, 12, 31):
        return "year", str(s.year)
    if e == _month_end(s.year, s.month):
        return "month", f"{s.year}-{s.month:02d}"
    if s.month % 3 == 1 and e == _month_end(s.year, s.month + 2):
        return "quarter", f"{s.year}Q{(s.month + 2) // 3}"
    return None


_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_VN_DAY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def day_range_error(day: date) -> str | None:
    """Why ``day`` is outside :data:`FIRST_DAY`–:data:`LAST_DAY`, or None when it is inside."""
    if FIRST_DAY <= day <= LAST_DAY:
        return None
    return f"{day.isoformat()} is outside the days nq42 works with ({FIRST_DAY} to {LAST_DAY})"


def parse_day(text: str) -> date:
    """Read a day given on the command line: ``2024-03-31`` or ``31/03/2024``.

    A day outside :data:`FIRST_DAY`–:data:`LAST_DAY` is refused (``time.out_of_range``).
    """
    raw = text.strip()
    if m := _ISO_DAY.match(raw):
        y, mo, d = (int(g) for g in m.groups())
    elif m := _VN_DAY.match(raw):
        d, mo, y = (int(g) for g in m.groups())
    else:
        msg = f"'{text}' is not a date; write YYYY-MM-DD (2024-03-31) or DD/MM/YYYY"
        raise TimeParseError(msg, "time.bad_date")
    try:
        day = date(y, mo, d)
    except ValueError as exc:
        raise TimeParseError(f"'{text}' is not a real day ({exc})", "time.bad_date") from None
    if (why := day_range_error(day)) is not None:
        raise TimeParseError(why, "time.out_of_range")
    return day
