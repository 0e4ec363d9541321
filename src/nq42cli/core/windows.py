"""Time windows of duties, periods of queries, and the grammar both are written in.

A :class:`Window` is one piece of a duty's timing: a deadline (a span whose last day is
the due date), an ongoing part (from a start, open-ended), a per-schedule duty (no fixed
date) or an undated one. A :class:`Period` is the span a query asks about.

The grammar reads the way Vietnamese plans write time (``quý I/2024``, ``đầu tháng
12/2023``, ``từ năm 2023``) and the compact forms analysts type (``2024Q1``, ``2023-12``).
It works on a folded copy of the text that keeps every character's offset, so an error
can point at the exact words it could not read while the message quotes the source.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from nq42cli.core.text import fold, nfc

__all__ = [
    "Period",
    "TimeParseError",
    "Window",
    "WindowKind",
    "parse_day",
    "parse_period",
    "parse_phrase",
    "parse_window",
]

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
ROMAN_OUT = {1: "I", 2: "II", 3: "III", 4: "IV"}
MIN_YEAR, MAX_YEAR = 1900, 2200
# "đầu tháng" is read as the first ten days (thượng tuần), the usual administrative reading.
EARLY_MONTH_LAST_DAY = 10


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
    PER_SCHEDULE = "per_schedule"
    UNDATED = "undated"


class Flag(StrEnum):
    """Qualifiers a document puts on a window."""

    SUBSTANTIALLY = "substantially"  # "cơ bản hoàn thành": mostly done by then


@dataclass(frozen=True, slots=True)
class Period:
    """A closed span of days ``[start, end]`` that a query asks about."""

    start: date
    end: date
    label: str = ""

    def __post_init__(self) -> None:
        if self.end < self.start:
            msg = f"period ends ({self.end}) before it starts ({self.start})"
            raise ValueError(msg)

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


@dataclass(frozen=True, slots=True)
class Window:
    """One piece of a duty's timing.

    ``start``/``end`` are inclusive days. A deadline's ``end`` is its due date (the duty
    is due by the end of that day). An ongoing window with ``start=None`` runs from the
    plan's own date; ``end=None`` means open-ended.
    """

    kind: WindowKind
    start: date | None = None
    end: date | None = None
    flags: frozenset[Flag] = field(default_factory=frozenset)

    @property
    def deadline(self) -> date | None:
        """The due date of a deadline window, else ``None``."""
        return self.end if self.kind is WindowKind.DEADLINE else None

    def __str__(self) -> str:
        return render_window(self)


# --------------------------------------------------------------------------- rendering


def render_window(w: Window) -> str:
    """Render a window in the plan's notation; parsing the result gives ``w`` back."""
    prefix = "cơ bản " if Flag.SUBSTANTIALLY in w.flags else ""
    if w.kind is WindowKind.PER_SCHEDULE:
        return "theo tiến độ"
    if w.kind is WindowKind.UNDATED:
        return "không thời hạn"
    if w.kind is WindowKind.ONGOING:
        if w.start is None:
            return "thường xuyên"
        return "từ " + _render_start(w.start)
    assert w.start is not None
    assert w.end is not None
    return prefix + _render_span(w.start, w.end)


def _render_start(d: date) -> str:
    if d.month == 1 and d.day == 1:
        return f"năm {d.year}"
    if d.day == 1 and d.month % 3 == 1:
        return f"quý {ROMAN_OUT[(d.month + 2) // 3]}/{d.year}"
    if d.day == 1:
        return f"tháng {d.month}/{d.year}"
    return f"ngày {d.day}/{d.month}/{d.year}"


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
    if start == end:
        return f"ngày {start.day}/{start.month}/{start.year}"
    return (
        f"từ ngày {start.day}/{start.month}/{start.year} đến ngày {end.day}/{end.month}/{end.year}"
    )


# --------------------------------------------------------------------------- parsing

# Words that carry no timing of their own in the phrases plans write ("hoàn thành kế
# hoạch trong quý I/2024; tổ chức thực hiện từ quý II/2024"). Anything else left over
# after the timing is read is reported, so a slip never passes silently.
_FILLER = frozenset(
    [
        "hoan",
        "thanh",
        "trong",
        "chi",
        "dao",
        "thuc",
        "hien",
        "to",
        "chuc",
        "ke",
        "hoach",
        "va",
        "vao",
        "den",
        "het",
        "nam",
        "sau",
    ]
)
_SEPARATORS = re.compile(r"[\s;,.()*]+")

_Q = r"(?P<q>iv|i{1,3}|v|[0-9]+)"
_Y = r"(?P<y>\d{4})"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("per_schedule", re.compile(r"theo tien do\b.*$")),
    ("undated", re.compile(r"\b(?:khong thoi han|undated)\b")),
    ("ongoing", re.compile(r"\bthuong xuyen\b")),
    (
        "years_list",
        re.compile(r"\b(?:cac nam\s+)(?P<list>\d{4}(?:\s*,\s*\d{4})*)\s+va\s+(?P<last>\d{4})\b"),
    ),
    ("years_span", re.compile(r"\b(?:giai doan\s+)?(?P<a>\d{4})\s*[-–—]\s*(?P<b>\d{4})\b")),
    ("early_month", re.compile(r"\bdau thang\s+(?P<m>\d{1,2})\s*[/-]\s*" + _Y + r"\b")),
    (
        "quarter",
        re.compile(r"\bquy\s+" + _Q + r"\s*(?:[/-]|\s+nam\s+)\s*" + _Y + r"\b"),
    ),
    ("quarter_q", re.compile(r"\bq(?P<q>[0-9]+)\s*/\s*" + _Y + r"\b")),
    ("quarter_iso", re.compile(r"\b" + _Y + r"\s*-?\s*q(?P<q>[0-9]+)\b")),
    ("day", re.compile(r"\b(?:ngay\s+)?(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*" + _Y + r"\b")),
    ("month", re.compile(r"\b(?:thang\s+)?(?P<m>\d{1,2})\s*/\s*" + _Y + r"\b")),
    ("month_word", re.compile(r"\bthang\s+(?P<m>\d{1,2})\s+nam\s+" + _Y + r"\b")),
    ("month_iso", re.compile(r"\b" + _Y + r"-(?P<m>\d{2})\b")),
    ("year", re.compile(r"\b(?:nam\s+)?" + _Y + r"\b")),
]
_FROM = re.compile(r"\btu\s*$")
_SUBSTANTIALLY = re.compile(r"\bco ban(?:\s+hoan thanh)?(?:\s+trong)?\s*$")


def _aligned_fold(text: str) -> str:
    """Fold character by character so offsets in the result are offsets in ``text``."""
    out = []
    for ch in text:
        f = fold(ch) if not ch.isspace() else " "
        out.append(f if len(f) == 1 else ch.lower()[:1] or " ")
    return "".join(out)


def parse_phrase(phrase: str) -> list[Window]:
    """Read every window in a timing phrase, in order.

    Raises :class:`TimeParseError` naming the first part that is not timing and not one
    of the connecting words plans use, so a typo is never silently ignored.
    """
    return list(_parse_phrase(phrase))


# Plans repeat a few hundred phrases across thousands of duties; windows are immutable,
# so each phrase is read once (errors are not cached: they are raised every time).
@functools.lru_cache(maxsize=4096)
def _parse_phrase(phrase: str) -> tuple[Window, ...]:
    text = nfc(phrase)
    folded = _aligned_fold(text)
    taken: list[tuple[int, int, Window]] = []
    claimed = [False] * len(folded)
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            a, b = match.span()
            if any(claimed[a:b]):
                continue
            window, a = _window_from(name, match, folded, text)
            taken.append((a, b, window))
            for i in range(a, b):
                claimed[i] = True
    leftover = "".join(" " if claimed[i] else ch for i, ch in enumerate(folded))
    pos = 0
    for word in _SEPARATORS.split(leftover):
        if not word:
            continue
        pos = leftover.index(word, pos)
        if word not in _FILLER:
            end = pos + len(word)
            raise TimeParseError(
                f"cannot read '{text[pos:end]}' in '{text}' as time", "time.unreadable", (pos, end)
            )
        pos += len(word)
    if not taken:
        raise TimeParseError(f"no time found in '{text}'", "time.empty", (0, len(text)))
    return tuple(w for _, _, w in sorted(taken, key=lambda t: t[0]))


def parse_window(text: str) -> Window:
    """Read exactly one window (the notation of the plan file's ``windows`` list)."""
    windows = parse_phrase(text)
    if len(windows) != 1:
        msg = f"'{nfc(text)}' holds {len(windows)} windows; write one per list item"
        raise TimeParseError(msg, "time.several")
    return windows[0]


def _window_from(name: str, m: re.Match[str], folded: str, text: str) -> tuple[Window, int]:
    """Build the window a pattern matched; also return where its qualifiers begin."""
    start_at = m.start()
    if name == "per_schedule":
        return Window(WindowKind.PER_SCHEDULE), start_at
    if name == "undated":
        return Window(WindowKind.UNDATED), start_at
    if name == "ongoing":
        return Window(WindowKind.ONGOING), start_at
    span = _span_of(name, m, text)
    before = folded[: m.start()]
    if (frm := _FROM.search(before)) is not None:
        return Window(WindowKind.ONGOING, span[0], None), frm.start()
    flags: frozenset[Flag] = frozenset()
    if (sub := _SUBSTANTIALLY.search(before)) is not None:
        flags = frozenset({Flag.SUBSTANTIALLY})
        start_at = sub.start()
    return Window(WindowKind.DEADLINE, span[0], span[1], flags), start_at


def _span_of(name: str, m: re.Match[str], text: str) -> tuple[date, date]:
    where = (m.start(), m.end())
    quote = text[m.start() : m.end()]
    g = m.groupdict()
    if name in ("quarter", "quarter_q", "quarter_iso"):
        year = _year(g["y"], quote, where)
        raw = g["q"]
        q = ROMAN.get(raw) if not raw.isdigit() else int(raw)
        if q is None or not 1 <= q <= 4:
            msg = f"'{quote}': a quarter is I–IV (1–4)"
            raise TimeParseError(msg, "time.bad_quarter", where)
        p = Period.quarter(year, q)
        return p.start, p.end
    if name in ("month", "month_word", "month_iso", "early_month"):
        year = _year(g["y"], quote, where)
        month = _month(g["m"], quote, where)
        if name == "early_month":
            return date(year, month, 1), date(year, month, EARLY_MONTH_LAST_DAY)
        p = Period.month(year, month)
        return p.start, p.end
    if name == "day":
        year = _year(g["y"], quote, where)
        month = _month(g["m"], quote, where)
        try:
            day = date(year, month, int(g["d"]))
        except ValueError:
            msg = f"'{quote}': month {month}/{year} has no day {int(g['d'])}"
            raise TimeParseError(msg, "time.bad_day", where) from None
        return day, day
    if name == "year":
        year = _year(g["y"], quote, where)
        return date(year, 1, 1), date(year, 12, 31)
    if name == "years_span":
        a, b = _year(g["a"], quote, where), _year(g["b"], quote, where)
        if b <= a:
            msg = f"'{quote}': a span of years runs from the earlier year to the later one"
            raise TimeParseError(msg, "time.bad_span", where)
        return date(a, 1, 1), date(b, 12, 31)
    # years_list: "các năm 2023, 2024 và 2025" must name consecutive years in order
    years = [int(y) for y in re.findall(r"\d{4}", g["list"])] + [int(g["last"])]
    for y in years:
        _year(str(y), quote, where)
    if years != list(range(years[0], years[0] + len(years))):
        msg = f"'{quote}': the years must follow one another in order"
        raise TimeParseError(msg, "time.bad_span", where)
    return date(years[0], 1, 1), date(years[-1], 12, 31)


def _year(raw: str, quote: str, where: tuple[int, int]) -> int:
    year = int(raw)
    if not MIN_YEAR <= year <= MAX_YEAR:
        msg = f"'{quote}': year {year} is out of range ({MIN_YEAR}–{MAX_YEAR})"
        raise TimeParseError(msg, "time.bad_year", where)
    return year


def _month(raw: str, quote: str, where: tuple[int, int]) -> int:
    month = int(raw)
    if not 1 <= month <= 12:
        msg = f"'{quote}': a month is 1–12"
        raise TimeParseError(msg, "time.bad_month", where)
    return month


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


# --------------------------------------------------------------------------- periods


def parse_period(text: str, unit: str | None = None) -> Period:
    """Read a query period: a quarter, a month or a year in any notation of the grammar.

    ``2024Q1``, ``Q1/2024``, ``quý I/2024``, ``2023-12``, ``12/2023``, ``tháng 12/2023``,
    ``2025`` and ``năm 2025`` are all accepted. With ``unit`` ("quarter", "month",
    "year"), a period of another unit is an error: ``--quarter 2024-03`` is a slip.
    """
    window = parse_window(text)
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


def parse_day(text: str) -> date:
    """Read a day given on the command line: ``2024-03-31`` or ``31/03/2024``."""
    raw = text.strip()
    if m := _ISO_DAY.match(raw):
        y, mo, d = (int(g) for g in m.groups())
    elif m := _VN_DAY.match(raw):
        d, mo, y = (int(g) for g in m.groups())
    else:
        msg = f"'{text}' is not a date; write YYYY-MM-DD (2024-03-31) or DD/MM/YYYY"
        raise TimeParseError(msg, "time.bad_date")
    try:
        return date(y, mo, d)
    except ValueError as exc:
        raise TimeParseError(f"'{text}' is not a real day ({exc})", "time.bad_date") from None
