"""The grammar of time as Vietnamese plans write it.

A phrase is read in three passes over a folded copy of the text that keeps every
character's offset (so errors point at the source's own words):

1. *atoms*: the dated shapes (``ngày 14/3/2026``, ``tháng 9, tháng 10 năm 2026``,
   ``quý IV/2026``, ``6 tháng đầu năm 2026``, ``2031 - 2035``…) and the keywords
   (``thường xuyên``, ``hằng năm``, ``theo tiến độ``…), longest shapes first;
2. *qualifiers*: the words just before an atom, back to the previous atom or a
   ``,``/``;``/``và`` (``trong``, ``trước``, ``chậm nhất``, ``từ``, ``đến hết``,
   ``cơ bản``, ``phấn đấu``…);
3. *binding* inside a clause (up to ``;`` or ``và``): a recurrence takes a day without a
   year as its anchor and ``từ``/``đến`` atoms as its bounds; ``từ A đến B`` becomes
   one ongoing window; a day without a year borrows it from a later atom, from
   ``năm sau`` or from the document's date.

Every word left over must be one of the connecting words plans use, or the phrase is
refused naming that word. The readings chosen for ambiguous shapes are listed in
``docs/time.md`` and pinned by ``tests/time_corpus.yaml``.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from nq42cli.core.text import fold_aligned, nfc
from nq42cli.core.windows import (
    EARLY_MONTH_LAST_DAY,
    MAX_PHRASE,
    MAX_YEAR,
    MID_MONTH_FIRST_DAY,
    MID_MONTH_LAST_DAY,
    MIN_YEAR,
    ROMAN,
    Every,
    Flag,
    Period,
    TimeParseError,
    Window,
    WindowKind,
    _month_end,
)

__all__ = ["FROM_ISSUED", "YEAR_FROM_CONTEXT", "Reading", "read_phrase"]

# Notes on a reading (not properties of the window): the year was not written; the
# start is the document's date ("từ nay").
YEAR_FROM_CONTEXT = "year_from_context"
FROM_ISSUED = "from_issued"


@dataclass(frozen=True, slots=True)
class Reading:
    """One window read from a phrase, with the words it was read from."""

    window: Window
    text: str
    notes: tuple[str, ...] = ()

    @property
    def flags(self) -> list[str]:
        """The window's flags and the reading's notes, sorted, for display."""
        return sorted([f.value for f in self.window.flags] + list(self.notes))


# --------------------------------------------------------------------------- atoms

Builder = Callable[[int], tuple[date, date]]


@dataclass(slots=True)
class _Atom:
    """A dated shape or keyword found in the phrase."""

    a: int
    b: int
    kind: str  # "span", "ongoing", "onward", "per_schedule", "undated", "recur", "now"
    build: Builder | None = None  # the span, given a year
    year: int | None = None  # None: the text did not say
    next_year: bool = False  # "năm sau"
    day_only: int | None = None  # "ngày 15" (monthly anchors)
    every: Every | None = None
    flags: set[Flag] = field(default_factory=set)
    qual: str = ""  # the qualifier word before it, folded
    q_at: int = 0  # where its qualifiers begin
    used: bool = False
    shape: str = ""  # the name of the pattern that found it ("day", "year", "quarter", …)

    def span(self) -> tuple[date, date]:
        """The span in the atom's own (or resolved) year."""
        assert self.year is not None
        return self.span_in(self.year)

    def span_in(self, year: int) -> tuple[date, date]:
        """The span the shape names in ``year`` (a day-only shape: 1 January)."""
        if self.build is None:
            return date(year, 1, 1), date(year, 1, 1)
        return self.build(year)


_Y = r"(?P<y>\d{4})"
_YT = r"(?:\s*[/.-]\s*|\s+nam\s+)" + _Y  # "/2026", "-2026", " năm 2026"
_YT_OPT = rf"(?:{_YT})?"
_Q = r"(?P<q>[ivx]+|\d+)\b"  # wide on purpose: "quý V" must be a bad quarter, not noise
_M = r"(?P<m>\d{1,2})"
_D = r"(?P<d>\d{1,2})"
_DSEP = r"\s*[/.-]\s*"
_NEXT = r"(?P<next>\s+(?:cua\s+)?nam\s+(?:sau|tiep theo|ke tiep))?"
_NOT_MORE = r"(?![\d/.]|\s*[/-]\s*\d)"

_PART_MONTH = {"dau": (1, EARLY_MONTH_LAST_DAY), "giua": (MID_MONTH_FIRST_DAY, MID_MONTH_LAST_DAY)}
_TUAN = {"thuong": "dau", "trung": "giua", "ha": "cuoi"}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("per_schedule", re.compile(r"\btheo (?:tien do|lo trinh)\b.*$")),
    # "từ nay": from the document's date (--issued).
    ("now", re.compile(r"\btu nay\b")),
    ("undated", re.compile(r"\b(?:khong thoi han|undated)\b")),
    ("ongoing", re.compile(r"\b(?:thuong xuyen|lien tuc)\b")),
    (
        "onward",
        re.compile(
            r"\b(?:nam\s+)?" + _Y + r"\s+va\s+(?:cac|nhung)\s+nam\s+(?:tiep theo|sau|tiep sau)\b"
        ),
    ),
    (
        "years_list",
        re.compile(r"\b(?:cac nam\s+)(?P<list>\d{4}(?:\s*,\s*\d{4})*)\s+va\s+(?P<last>\d{4})\b"),
    ),
    (
        "day_span",
        re.compile(
            r"\b(?:ngay\s+)?(?P<d1>\d{1,2})"
            + _DSEP
            + r"(?P<m1>\d{1,2})"
            + _DSEP
            + r"(?P<y1>\d{4})\s*-\s*(?:ngay\s+)?(?P<d2>\d{1,2})"
            + _DSEP
            + r"(?P<m2>\d{1,2})"
            + _DSEP
            + r"(?P<y2>\d{4})\b"
        ),
    ),
    (
        # "từ ngày 15/11-15/12/2025", "từ ngày 1/6 - 30/6": days of two months joined by a
        # dash, the year once at the end or not at all; read as "từ ngày 15 - 20/12/2025"
        # (one month's days) is, a window due by its last day.
        "days_span",
        re.compile(
            r"\b(?:tu\s+)?(?:ngay\s+)?(?P<d1>\d{1,2})\s*/\s*(?P<m1>\d{1,2})\s*-\s*(?:ngay\s+)?"
            r"(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})"
            r"(?:\s*/\s*" + _Y + r"\b|(?![\d/]|\.\d|\s*[/-]\s*\d))"
        ),
    ),
    (
        # "Quý IV/2025 - Quý II/2026", "tháng 6/2025 - tháng 3/2026": a span of quarters
        # or of months, each end with its year.
        "periods_span",
        re.compile(
            r"\b(?P<u1>quy|thang)\s+(?P<p1>[ivx]+|\d{1,2})\s*(?:[/.-]\s*|\s+nam\s+)(?P<y1>\d{4})"
            r"\s*-\s*(?P<u2>quy|thang)\s+(?P<p2>[ivx]+|\d{1,2})\s*(?:[/.-]\s*|\s+nam\s+)"
            r"(?P<y2>\d{4})\b"
        ),
    ),
    (
        "years_span",
        re.compile(
            r"\b(?:(?:giai doan|nhiem ky|thoi ky)\s+)?(?:nam\s+)?(?P<a>\d{4})"
            r"\s*-\s*(?:nam\s+)?(?P<b>\d{4})\b"
        ),
    ),
    (
        "half",
        re.compile(
            r"\b(?P<n>\d{1,2}|sau|chin)\s+thang\s+(?:(?P<part>dau|cuoi)\s+)?nam\b"
            r"(?:\s*/?\s*" + _Y + ")?"
        ),
    ),
    (
        "months_part",
        re.compile(r"\bnhung\s+thang\s+(?P<part>dau|cuoi)\s+nam\b(?:\s+" + _Y + r"\b)?"),
    ),
    (
        "part_month",
        re.compile(
            r"(?<!phan )\b(?:(?P<part>dau|giua|cuoi)|(?P<tuan>thuong|trung|ha)\s+tuan)\s+thang\s+"
            + _M
            + _YT_OPT
            + r"\b"
        ),
    ),
    ("part_quarter", re.compile(r"(?<!phan )\b(?P<part>dau|giua|cuoi)\s+quy\s+" + _Q + _YT_OPT)),
    ("part_year", re.compile(r"(?<!phan )\b(?P<part>dau|giua|cuoi)\s+nam\b(?:\s+" + _Y + r"\b)?")),
    (
        "day_words",
        re.compile(
            # "ngày 30 tháng 6/2026": the day in words, its month and year in figures.
            r"\bngay\s*"
            + _D
            + r"\s+thang\s*"
            + _M
            + r"\b(?:(?:\s+nam\s+|\s*/\s*)"
            + _Y
            + r"\b)?"
            + _NEXT
        ),
    ),
    (
        # "trước 10 tháng 3 năm 2010": the day without its "ngày", after a word that makes
        # it a limit; the year is needed ("trước 10 tháng" alone is a length of time).
        "day_words",
        re.compile(
            r"(?:(?<=\btruoc )|(?<=\bcham nhat )|(?<=\bcham nhat la )|(?<=\bden het ))"
            + _D
            + r"\s+thang\s+"
            + _M
            + r"\s+nam\s+"
            + _Y
            + r"\b"
            + _NEXT
        ),
    ),
    (
        "day_range",
        re.compile(
            r"\b(?:tu\s+)?(?:ngay\s+)?(?P<d1>\d{1,2})\s*-\s*"
            + _D
            + r"\s*[/.]\s*"
            + _M
            + r"\s*[/.]\s*"
            + _Y
            + r"\b"
        ),
    ),
    # "vào các ngày 15, 16/7/2025", "ngày 15 và 16/7": days of one month listed, the
    # month written once at the end; a window of those days, as "Tháng 6 và tháng 7/2025"
    # is of those months. Only after "ngày": a bare "15, 16/7" may be any list of numbers.
    (
        "day_list",
        re.compile(
            r"\b(?:cac\s+)?ngay\s+(?P<d1>\d{1,2})(?:\s*,\s*\d{1,2})*\s*(?:,|va)\s*"
            + _D
            + r"\s*[/.]\s*"
            + _M
            + r"(?:\s*[/.]\s*"
            + _Y
            + r"\b|(?![\d/]|\.\d|\s*[/-]\s*\d))"
        ),
    ),
    # Never after "tháng": "tháng 11 - 12/2025" is two months, not the day 11/12/2025. A
    # scan or a hasty typist may glue the word to its figures ("ngày30/7/2020",
    # "tháng6/2025", "QuýIII/2025"): the word still names the shape.
    # "10-11/2019", "01-4/2021" (a schedule's time cell): two months joined by a tight
    # dash and the year after a slash — a day would be written with one separator
    # ("10/11/2019", "10-11-2019") or after "ngày". A spaced dash ("11 - 12/2025") is
    # left to the day as before; an earlier month after a later one is the day too.
    (
        "month_pair",
        re.compile(
            r"(?<![\d/.-])(?<!ngay )(?<!thang )\b(?P<m1>0?[1-9]|1[0-2])-"
            r"(?P<m2>0?[1-9]|1[0-2])\s*/\s*" + _Y + r"\b"
        ),
    ),
    ("day", re.compile(r"(?<!thang )\b(?:ngay\s*)?" + _D + _DSEP + _M + _DSEP + _Y + r"\b")),
    # "ngày 15/3/25", "trước 30/6/25": a whole day with its year cut to two figures, one
    # separator throughout; the years 2000–2049 only, nothing after it that makes it a
    # longer number or a code ("1/2/25/QĐ", "3/4/25%"). A dot or a dash only after
    # "ngày" ("ngày 30.6.25"): "1.2.10" alone is an item's number.
    (
        "day",
        re.compile(
            r"(?<![\d/.-])(?<!thang )\b(?P<nw>ngay\s*)?"
            + _D
            + r"(?P<sep>(?(nw)[/.-]|/))"
            + _M
            + r"(?P=sep)(?P<yy>[0-4]\d)\b(?![/%]|[.,-]\d)"
        ),
    ),
    # "trước ngày 30.7." / "trước ngày 5-7.": a sentence's full stop may close a day
    # written with "ngày"; a bare pair before a dot ("tăng 6.7.") stays a number.
    (
        "day_noyear",
        re.compile(
            r"\b(?P<ngay>ngay\s*)?"
            + _D
            + r"\s*[/.-]\s*"
            + _M
            + r"(?(ngay)(?![\d/]|\.\d|\s*[/-]\s*\d)|"
            + _NOT_MORE
            + ")"
            + _NEXT
        ),
    ),
    # "chậm nhất 9.3.", "trước 30/6.": after a word that sets a limit, a bare pair may
    # close its sentence too (spans reads such a pair only after that word).
    (
        "day_noyear",
        re.compile(
            r"(?:(?<=\btruoc )|(?<=\bcham nhat )|(?<=\bcham nhat la ))"
            + _D
            + r"\s*[/.]\s*"
            + _M
            + r"(?=\.(?![\d/])|[^\S\n]*(?:[,;:)*]|\n|$))"
        ),
    ),
    ("day_only", re.compile(r"\bngay\s+" + _D + r"\b(?!\s*[/.-]\s*\d|\s+thang)")),
    (
        "month_list",
        re.compile(
            r"\b(?:cac\s+)?thang\s+(?P<list>\d{1,2}(?:\s*(?:,|va)\s*(?:thang\s+)?\d{1,2})+)"
            + _YT_OPT
            + r"\b"
        ),
    ),
    (
        "month_span",
        re.compile(
            r"\b(?:tu\s+)?thang\s+(?P<m1>\d{1,2})\s*(?:-|den)\s*(?:thang\s+)?(?P<m2>\d{1,2})"
            + _YT
            + r"\b"
        ),
    ),
    # "quý I, II", "quý III, IV/2019": a window of two quarters, its end the later one's
    # (as "Tháng 11, 12/2013" ends with December). "Quý III và Quý IV/2026" is the same
    # pair joined by "và", the year written once at the end (as "tháng 3 và tháng 4/2026");
    # after "và" a bare digit is a count ("quý I và 2 đợt"), so it needs "quý" or a numeral.
    # "Quý II - III/2025", "Quý II - Quý III năm 2025": the pair joined by a dash, the same.
    (
        "quarter_pair",
        re.compile(
            r"\bquy\s+(?P<q1>[ivx]{1,4}|\d)"
            r"(?:\s*[,-]\s*(?:quy\s+)?(?P<q2>[ivx]{1,4}|\d)"
            r"|\s+va\s+(?:quy\s+(?P<q3>[ivx]{1,4}|\d)|(?P<q4>[ivx]{1,4})))\b" + _YT_OPT
        ),
    ),
    # "(mỗi quý 1 lần)", "mỗi tháng 2 lần": how often, not the first quarter or February
    # (the "recur" shape below reads the cycle).
    ("quarter", re.compile(r"\bquy\s*" + _Q + r"(?!\s+lan\b)" + _YT_OPT)),
    ("quarter_q", re.compile(r"\bq(?P<q>[0-9]+)\s*/\s*" + _Y + r"\b")),
    ("quarter_iso", re.compile(r"\b" + _Y + r"\s*-?\s*q(?P<q>[0-9]+)\b")),
    ("month", re.compile(r"\bthang\s*" + _M + r"\b(?!\s+lan\b)" + _YT_OPT + r"\b")),
    ("month_t", re.compile(r"\bt" + _M + r"\b(?:\s*/\s*" + _Y + r"\b)?")),
    ("month_num", re.compile(r"(?<![\d/.-])\b" + _M + r"\s*[/-]\s*" + _Y + r"\b")),
    ("month_iso", re.compile(r"\b" + _Y + r"-(?P<m>\d{2})\b")),
    (
        "recur",
        re.compile(
            r"\b(?:dinh ky\s+)?(?:(?:hang|moi)\s+(?P<unit>nam|quy|thang)"
            r"|(?P<half>6|sau) thang(?: mot lan|/lan)?"
            # "Trước ngày 05 của tháng liền kề" in a table of standing work: the 5th of
            # each month after the one reported on, a monthly cycle.
            r"|(?:(?<=ngay \d\d )|(?<=ngay \d ))cua\s+"
            r"(?P<next>thang\s+(?:lien ke|tiep theo|ke tiep))(?!\s+sau))\b"
        ),
    ),
    ("year", re.compile(r"\b(?:nam\s+)?" + _Y + r"\b")),
]
# The shapes above that match no text without a digit (each needs a day, a month or a
# year in figures); a test holds them to it on any digit-free text.
NEEDS_A_DIGIT = frozenset(
    {
        "onward", "years_list", "day_span", "days_span", "periods_span", "years_span", "part_month",
        "day_words", "day_range", "day_list", "day", "day_noyear", "day_only", "month_list",
        "month_span", "month_pair", "quarter_q", "quarter_iso", "month", "month_t", "month_num",
        "month_iso", "year",
    }
)  # fmt: skip
_DIGIT = re.compile(r"\d")
_RECUR_UNIT = {"nam": Every.YEAR, "quy": Every.QUARTER, "thang": Every.MONTH}

# Qualifier words, read from the text just before an atom; the last one wins
# ("chậm nhất trước ngày" is "trước").
_QUAL = re.compile(
    r"\b(cham nhat(?: la)?|han chot(?: la)?|khong qua|truoc|den truoc|den het|het|den|toi|tu"
    r"|ke tu|bat dau tu|trong|vao|ket thuc)\b"
)
_QUAL_CANON = {
    # "Kết thúc năm 2013, Chính phủ báo cáo …": at the year's end, as "hết năm 2013".
    "ket thuc": "het",
    "den truoc": "truoc",
    "cham nhat la": "cham nhat",
    # "… về Sở Y tế hạn chót 13/10/2017": the last day allowed, as "chậm nhất".
    "han chot": "cham nhat",
    "han chot la": "cham nhat",
    # "gửi … không quá ngày 10/3/2025": no later than that day, as "chậm nhất".
    "khong qua": "cham nhat",
    "ke tu": "tu",
    "bat dau tu": "tu",
    "toi": "den",
}
_FLAGS = [
    (re.compile(r"\bphan dau\b"), Flag.STRETCH),
    (re.compile(r"\bco ban\b"), Flag.SUBSTANTIALLY),
    (re.compile(r"\b(?:khoang|du kien|dang ky)\b"), Flag.APPROXIMATE),
]

# Words that carry no timing of their own in the phrases plans write ("hoàn thành kế
# hoạch trong quý I/2024; tổ chức thực hiện từ quý II/2024"), and the qualifiers once
# read. Anything else left over is reported, so a slip never passes silently.
_FILLER = frozenset(
    [
        "nay",
        "tam",
        "nhin",
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
        "cham",
        "nhat",
        "la",
        "truoc",
        "tu",
        "bat",
        "dau",
        "toi",
        "phan",
        "co",
        "ban",
        "khoang",
        "du",
        "kien",
        "dang",
        "ky",
        "xong",
        "trien",
        "khai",
        "han",
        "chot",
        "thoi",
        "gian",
        "diem",
        "bao",
        "cao",
        "trinh",
        "tong",
        "ket",
        "so",
        "duoc",
        "tiep",
        "tuc",
        "cac",
        "moi",
        "lan",
        # "Nhiệm vụ thường xuyên" (a task table's time cell)
        "nhiem",
        "vu",
    ]
)
_NO_LATER_THAN = re.compile(r"\bkhong qua\b")
_SEPARATORS = re.compile(r"[\s;,.:()*\"“”'‘’]+")
_CLAUSE = re.compile(r";|\bva\b")
_CUT = re.compile(r"[;,]|\bva\b")


_MARKS = str.maketrans(dict.fromkeys('()*"“”', " ") | dict.fromkeys("–—‐‑−", "-"))


# A sentence's spans and its phrases' readings fold the same words again and again.
@functools.lru_cache(maxsize=8192)
def _aligned_fold(text: str) -> str:
    """Fold character by character so offsets in the result are offsets in ``text``.

    A weekday before a day ("trước Thứ Tư, ngày 03/12/2025") only labels it: it is
    blanked, so the words before it qualify the day ("Tư" is not "từ", from). The old
    spelling "quí" (a quarter, "Quí IV-2025") reads as "quý", and a quarter's numeral an
    OCR copy misread ("Quý LII", "quý Il/2025", "quý lV") as the numeral, and a date's
    digits read as letters ("30/6/2O25", "ngày 3O tháng 6") as digits.
    """
    f = _OLD_QUY.sub("quy", fold_aligned(text.translate(_MARKS)))
    if "quy " in f:
        f = _OCR_QUARTER_STROKES.sub(lambda m: "i" * len(m["q"]) + m["v"], f)
    if _OCR_DIGIT_NEAR.search(f):
        f = _OCR_DATE.sub(lambda m: m[0].replace("o", "0").replace("l", "1"), f)
    f = _WEEKDAY.sub(lambda m: " " * len(m.group(0)), f)
    if "ouy" in f:
        f = _OCR_QUY.sub("quy", f)
    if "quy" in f:
        f = _OCR_QUARTER.sub(lambda m: _quarter_numeral(text, m), f)
    if "thang" in f:
        f = _MONTH_WORD.sub(lambda m: _month_in_figures(text, m), f)
    f = _OCR_ZERO.sub("0", f)
    if "." in f:
        f = _DOTTED_DAY.sub(r"\1/\2/\3", f)
    if "trud" in f or "truac" in f:
        f = _OCR_TRUOC.sub("truoc", f)
    if "ngay" in f:
        f = _OCR_DAY_ONE.sub("1", _SPLIT_DAY.sub(_day_joined, f))
    return _NOT_FROM.sub(lambda m: "tv" if _not_from(text, m.start()) else "tu", f)


# "Quý LII năm 2020", "Quý IlI/2025", "quý 1V/2025": a scan's quarter numeral, its "I"
# read as "l", "1", "|" or "!". Before a year only, and on "quý" (never "quỹ", a fund,
# or "quy", a rule): the numeral that makes, once each such mark is read as "I", is the
# quarter; a numeral already right ("quý 1", "quý IV") is left alone.
_OCR_QUARTER = re.compile(r"\bquy\s+(?P<q>[ivxl1|!]{1,4})(?=\s*[/.-]\s*\d{4}\b|\s+nam\s+\d{4}\b)")
_OCR_I = str.maketrans("l1|!", "iiii")
# "Ouý IV/2025": a scan's "Q" read as "O", before a quarter's numeral and its year.
_OCR_QUY = re.compile(r"\bouy(?=\s*(?:[ivxl1|!]{1,4}|[1-4])\s*(?:[/.-]\s*|nam\s+)\d{4}\b)")


def _quarter_numeral(text: str, m: re.Match[str]) -> str:
    raw = m["q"]
    if text[m.start() + 2] not in "ýÝíÍyY" or raw in ROMAN or (raw.isdigit() and len(raw) == 1):
        return m.group()
    read = raw.translate(_OCR_I)
    if read not in ROMAN or (raw.isdigit() and set(raw) != {"1"}):
        return m.group()
    return m.group()[: m.start("q") - m.start()] + read


# "tháng Sáu năm 2025", "ngày 15 tháng Mười hai năm 2025": a month written as its name,
# capitalised, before its year. Read as its number, the name's room kept by spaces
# ("tháng 12       năm 2025"). Only with the year: "Cách mạng tháng Tám thành công" is a
# name, "tháng sau" the next month. "tháng Giêng", "tháng Chạp" are lunar months.
_MONTH_WORD = re.compile(
    r"\bthang\s+(?P<w>muoi\s+hai|muoi\s+mot|muoi|mot|hai|ba|tu|nam|sau|bay|tam|chin)"
    r"(?=\s+nam\s+\d{4}\b)"
)
_MONTH_NAMES = {
    "mot": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
    "muoi": 10, "muoi mot": 11, "muoi hai": 12,
}  # fmt: skip


def _month_in_figures(text: str, m: re.Match[str]) -> str:
    if not text[m.start("w")].isupper():
        return m.group()
    number = str(_MONTH_NAMES[" ".join(m["w"].split())])
    word = m.end("w") - m.start("w")
    return m.group()[: m.start("w") - m.start()] + number.ljust(word)


# "trước ngày 3O/6/2025", "tháng 1O/2025", "năm 2O25": a scan's "0" read as the letter
# "O", between figures of a day, a month or a year (or after a date's slash).
_OCR_ZERO = re.compile(r"(?<=\d)o(?=\d|[/.-]\d)|(?<=\d[/.-])o(?=\d)|(?<=\d[/.-]\d)o\b")


# "Trude ngay 15 thang 02 nam 2023", "trudc ngay 15 thang 12": a scan's OCR without
# diacritics reads "ươ" as "ud" and may read the "c" after it as "e"; before a date's
# word it is "trước". It may read "ư" as "u" and "ớ" as "a" too ("truac ngay 15/02/2017").
_OCR_TRUOC = re.compile(r"\btru(?:d[ce]|ac)(?=\s+(?:ngay|thang|quy|nam)\b)")


# "trước ngày l5/7/2025", "ngày |0/10": a day's first figure "1" read as "l", "i" or "|".
_OCR_DAY_ONE = re.compile(r"(?<=\bngay )[li|](?=\d?\s*[/.-]\s*\d)")


# "ngày 3 1/12/2025": a scan that split a day's two figures with a space; read as one day
# (" 31/12/2025") when the two make a day of a month and a month follows.
_SPLIT_DAY = re.compile(r"\bngay\s+(?P<a>[0-3])\s(?P<b>\d)(?=\s*[/.-]\s*(?:0?[1-9]|1[0-2])(?!\d))")


def _day_joined(m: re.Match[str]) -> str:
    if not 1 <= int(m["a"] + m["b"]) <= 31:
        return m.group()
    return m.group()[: m.start("a") - m.start()] + " " + m["a"] + m["b"]


def _not_from(text: str, at: int) -> bool:
    """Whether the "tu" at ``at`` is not "từ" (from): no mark on it, or a number's code.

    "Nghị quyết số 34-NQ/TU ngày 27/12/2025": "TU" (Tỉnh ủy) after the slash of a
    document's number is its issuer's code, the day the document's.
    """
    return text[at + 1] not in "ừỪuU" or (at > 0 and text[at - 1] in "/-")


_OLD_QUY = re.compile(r"\bqui\b")
# "ngày 25.4.2019": a whole day written with dots is read as with slashes, so no rule that
# stops at a sentence's full stop ("… nhận hồ sơ … đến ngày 25.4.2019") stops inside it.
_DOTTED_DAY = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d|\.\d)")
# A date's zero or one an OCR copy read as "O" or "l" ("30/6/2O25", "1O/1O/2O23", "ngày
# 3O tháng 6 năm 2O25"): in a day/month/year of digits and such letters (a digit in each
# part), or a number after "ngày", "tháng", "năm" with a digit in it.
_OCR_DIGIT_NEAR = re.compile(r"\d[ol]|[ol]\d")
_OCR_DATE = re.compile(
    r"(?<![\w/.-])(?=[\dol]*\d)[\dol]{1,4}(?:[/.-](?=[\dol]*\d)[\dol]{1,4}){1,2}(?![\w/])"
    r"|(?:(?<=\bnam )|(?<=\bngay )|(?<=\bthang ))(?=[\dol]*\d)[\dol]{1,4}(?!\w)"
)
# A quarter's numeral whose strokes a scan's OCR read as "l", "|" or "1" ("Quý LII năm
# 2020", "quý Il/2025", "quý lV", "quý 11/2025"): one stroke each, the V kept. An "l" or
# "|" at least, a "1" beside an "I", or ones that no quarter's digit can be ("quý 1" is
# the first quarter written in digits).
_OCR_QUARTER_STROKES = re.compile(
    r"(?<=\bquy )(?P<q>(?=[il1|]*[l|]|[il1|]*i[il1|]*1|[il1|]*1[il1|]*i)[il1|]{1,3}|1{2,3}(?=\s*/))"
    r"(?P<v>v?)(?![\w|])"
)
# "tu" before a time is "từ" (from) only when so marked: "đầu tư năm 2025" (the year's
# investment), "Thông tư năm …" are no start. Unmarked "tu" is kept as "từ" (a text that
# lost its marks). The 2-letter stand-in keeps offsets and matches no qualifier.
_NOT_FROM = re.compile(r"\btu(?=\s+(?:nam|thang|quy|ngay|\d))")


# "thứ Hai" … "thứ Bảy", "Chủ nhật", with its comma, right before "ngày <day>".
_WEEKDAY = re.compile(r"\b(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)\s*,?(?=\s*ngay\s+\d)")


def read_phrase(phrase: str, issued: date | None = None) -> list[Reading]:
    """Read every window in ``phrase``, in order, each with the words it came from.

    ``issued`` (the document's date) supplies a year the phrase leaves out; without it
    such a phrase is refused (``time.no_year``) unless it recurs (``hằng năm``).
    A phrase longer than :data:`~nq42cli.core.windows.MAX_PHRASE` is refused before it
    is read (``time.too_long``), whoever asks: the work grows with its square.
    """
    if len(phrase) > MAX_PHRASE:
        msg = f"a time phrase of {len(phrase)} characters; at most {MAX_PHRASE} are read"
        raise TimeParseError(msg, "time.too_long")
    text = nfc(phrase)
    s = _aligned_fold(text)
    atoms = _scan(s, text)
    _check_leftover(s, text, atoms)
    if not atoms:
        raise TimeParseError(f"no time found in '{text}'", "time.empty", (0, len(text)))
    _qualify(s, atoms)
    readings: list[tuple[int, Reading]] = []
    clauses = _clauses(s, atoms)
    _share_recurrence(clauses, s)
    for clause in clauses:
        readings += _bind(clause, text, s, issued)
    return [r for _, r in sorted(readings, key=lambda t: t[0])]


def _share_recurrence(clauses: list[list[_Atom]], s: str) -> None:
    """Days listed before a yearly recurrence recur with it.

    "trước ngày 01/6 và 15/11 hằng năm": "hằng năm" ends the list, and each day in it
    recurs (twice a year), not only the last. A clause of year-less days alone, joined by
    "và" or "," to a clause of a year-less day and "hằng năm", takes the recurrence.
    """
    for k in range(len(clauses) - 1, 0, -1):
        first, then = clauses[k - 1], clauses[k]
        recur = [t for t in then if t.kind == "recur" and t.every is Every.YEAR]
        if len(recur) != 1 or not first or not any(_yearless_day(t) for t in then):
            continue
        if not all(_yearless_day(t) for t in first):
            continue
        # "trước ngày 18/5; trước ngày 30/11 hàng năm": the same qualifier again
        # between the two is no word of its own.
        if s[first[-1].b : then[0].q_at].strip(" ,;") not in ("va", ""):
            continue
        end = first[-1].b
        first.append(replace(recur[0], a=end, b=end, q_at=end, flags=set(recur[0].flags)))


def _yearless_day(t: _Atom) -> bool:
    return t.kind == "span" and t.year is None and t.day_only is None and t.shape.startswith("day")


def _scan(
    s: str,
    text: str,
    patterns: list[tuple[str, re.Pattern[str]]] | None = None,
    *,
    lenient: bool = False,
    claimed: list[bool] | None = None,
) -> list[_Atom]:
    """The atoms of ``s``, longest shapes first; ``lenient`` skips impossible shapes.

    A phrase must be read whole, so a bad shape ("quý V/2024") is an error there; in
    running text the same characters are simply not a time (a ratio, a number).
    """
    claimed = [False] * len(s) if claimed is None else claimed
    atoms: list[_Atom] = []
    # Most sentences of a document hold no digit: the shapes built on one cannot match
    # there, and running them was a sixth of extract's time.
    digitless = not _DIGIT.search(s)
    for name, pattern in patterns or _PATTERNS:
        if digitless and name in NEEDS_A_DIGIT:
            continue
        for m in pattern.finditer(s):
            a, b = m.span()
            if any(claimed[a:b]):
                continue
            try:
                got = _month_rounds(m, text) if name == "month_list" else None
                got = got if got is not None else [_atom(name, m, text)]
            except TimeParseError:
                if lenient:
                    continue
                raise
            atoms += got
            for i in range(a, b):
                claimed[i] = True
    return sorted(atoms, key=lambda t: t.a)


_LIST_NUM = re.compile(r"\d{1,2}")


def _month_rounds(m: re.Match[str], text: str) -> list[_Atom] | None:
    """Months apart in one list, in order ("tháng 4 và tháng 8 năm 2026"): one atom each.

    Months in a row are one span ("tháng 4 và tháng 5 năm 2026": None, read as a list);
    months apart are rounds, each a month of its own, all in the year the list ends with.
    """
    nums = list(_LIST_NUM.finditer(m.string, m.start("list"), m.end("list")))
    months = [int(x.group()) for x in nums]
    if any(b <= a for a, b in itertools.pairwise(months)):
        return None
    if months == list(range(months[0], months[0] + len(months))):
        return None
    year = _year(m["y"], text[m.start() : m.end()], m.span()) if m["y"] else None
    out = []
    for k, x in enumerate(nums):
        word = m.string.rfind("thang", m.start(), x.start())
        a = m.start() if k == 0 else (word if word > nums[k - 1].end() else x.start())
        b = m.end() if k == len(nums) - 1 else x.end()
        month = _month(x.group(), text[a:b], (a, b))
        t = _Atom(a, b, "span", shape="month", year=year)
        t.build = functools.partial(_whole_month, m=month)
        out.append(t)
    return out


def _check_leftover(s: str, text: str, atoms: list[_Atom]) -> None:
    chars = list(s)
    for t in atoms:
        chars[t.a : t.b] = " " * (t.b - t.a)
    # "không quá" (no later than) is a limit's words as a pair only ("kết quả" is none).
    leftover = _NO_LATER_THAN.sub(lambda m: " " * len(m.group()), "".join(chars))
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


def _qualify(s: str, atoms: list[_Atom]) -> None:
    """Read each atom's qualifiers from the words before it."""
    prev = 0
    for t in atoms:
        gap = s[prev : t.a]
        cut = max((m.end() for m in _CUT.finditer(gap)), default=0)
        words = gap[cut:]
        t.q_at = prev + cut + (len(words) - len(words.lstrip()))
        quals = _QUAL.findall(words)
        if quals:
            t.qual = _QUAL_CANON.get(quals[-1], quals[-1])
        for pattern, flag in _FLAGS:
            if pattern.search(words):
                t.flags.add(flag)
        prev = t.b


def _clauses(s: str, atoms: list[_Atom]) -> list[list[_Atom]]:
    out: list[list[_Atom]] = [[]]
    prev = 0
    for t in atoms:
        gap = s[prev : t.a]
        # "trước ngày 18/5, trước ngày 30/11 hằng năm": a day's deadline qualified again
        # after a comma opens a clause of its own, as after ";" or "và" ("Hằng tháng,
        # trước ngày 20" stays one: the comma follows a recurrence, not a day).
        again = (
            "," in gap
            and t.qual in ("truoc", "cham nhat")
            and out[-1][-1:] != []
            and out[-1][-1].kind == "span"
        )
        if out[-1] and (_CLAUSE.search(gap) or again):
            out.append([])
        out[-1].append(t)
        prev = t.b
    return out


# --------------------------------------------------------------------------- binding


def _bind(clause: list[_Atom], text: str, s: str, issued: date | None) -> list[tuple[int, Reading]]:
    out: list[tuple[int, Reading]] = []

    def say(first: _Atom, last: _Atom, w: Window, notes: tuple[str, ...] = ()) -> None:
        out.append((first.q_at, Reading(w, text[first.q_at : last.b].strip(" ,;"), notes)))

    for r in (t for t in clause if t.kind == "recur"):
        out.append(_bind_recurrence(r, clause, text))
    # "từ A đến B": one ongoing window from A's start to B's end.
    for i, t in enumerate(clause):
        if t.used or t.kind != "span" or t.qual != "tu":
            continue
        nxt = next((u for u in clause[i + 1 :] if not u.used), None)
        if nxt is not None and nxt.kind == "span" and nxt.qual in ("den", "den het", "het"):
            # The end first: a window may have begun before the plan's date ("từ ngày
            # 15/11 đến ngày 15/12" in a plan of 18/11), so a year-less start takes the
            # end's year, or the year before when it falls after the end.
            yearless = t.year is None and not t.next_year
            notes = _resolve_years(clause, [nxt, t], s, text, issued)
            start, end = t.span()[0], nxt.span()[1]
            if end < start and yearless and t.year is not None:
                t.year -= 1
                start = t.span()[0]
            if end < start:
                msg = f"'{text[t.q_at : nxt.b]}' ends before it starts"
                raise TimeParseError(msg, "time.bad_span", (t.q_at, nxt.b))
            t.used = nxt.used = True
            say(t, nxt, Window(WindowKind.ONGOING, start, end), notes)
    for i, t in enumerate(clause):
        if t.used:
            continue
        t.used = True
        if t.kind == "now":
            nxt = next((u for u in clause[i + 1 :] if not u.used), None)
            if nxt is not None and nxt.kind == "span" and nxt.qual in ("den", "den het", "het"):
                # "từ nay đến cuối năm 2025": by the end named, as the shape alone reads.
                nxt.q_at = t.q_at
                continue
            if issued is None:
                msg = f"'{text[t.a : t.b]}' counts from the document's date; give --issued"
                raise TimeParseError(msg, "time.no_year", (t.a, t.b))
            say(t, t, Window(WindowKind.ONGOING, issued), (FROM_ISSUED,))
            continue
        if t.kind in ("per_schedule", "undated", "ongoing"):
            say(t, t, Window(WindowKind(t.kind)))
            continue
        if t.kind == "onward":
            assert t.year is not None
            say(t, t, Window(WindowKind.ONGOING, date(t.year, 1, 1)))
            continue
        notes = _resolve_years(clause, [t], s, text, issued)
        start, end = t.span()
        flags = frozenset(t.flags)
        if t.qual == "tu":
            say(t, t, Window(WindowKind.ONGOING, start), notes)
        elif t.qual == "truoc":
            day = start - timedelta(days=1)
            say(t, t, Window(WindowKind.DEADLINE, day, day, flags | {Flag.BEFORE}), notes)
        else:
            say(t, t, Window(WindowKind.DEADLINE, start, end, flags), notes)
    return out


def _bind_recurrence(r: _Atom, clause: list[_Atom], text: str) -> tuple[int, Reading]:
    """A recurrence takes its clause's year-less day as anchor and its từ/đến as bounds."""
    r.used = True
    assert r.every is not None
    every = r.every
    anchor: tuple[int, int] | None = None
    flags: set[Flag] = set()
    start: date | None = None
    end: date | None = None
    first, last = r, r
    season = _yearly_season(clause) if every is Every.YEAR else None
    if season is not None:
        frm, to, anchor = season
        first = frm if frm.q_at < first.q_at else first
        last = to if to.b > last.b else last
        flags |= frm.flags | to.flags
    for t in clause:
        if t.used or t.kind != "span":
            continue
        if t.year is None and anchor is None:
            if t.day_only is not None:
                if every is not Every.MONTH:
                    continue
                day = t.day_only
                if t.qual == "truoc":
                    day -= 1
                    flags.add(Flag.BEFORE)
                if not 1 <= day <= 31:
                    msg = f"'{text[t.a : t.b]}': a day of the month is 1–31"
                    raise TimeParseError(msg, "time.bad_day", (t.a, t.b))
                anchor = (0, day)
            else:
                # Read the shape in a year without 29 February so the anchor exists
                # every year; "trước" moves it to the day before.
                a, b = t.span_in(2001)
                if t.qual == "truoc":
                    b = a - timedelta(days=1)
                    flags.add(Flag.BEFORE)
                anchor = (b.month, b.day)
                every = Every.YEAR
        elif t.year is not None and t.qual == "tu":
            start = t.span()[0]
        elif t.year is not None and t.qual in ("den", "den het", "het"):
            end = t.span()[1]
        else:
            continue
        t.used = True
        first = t if t.q_at < first.q_at else first
        last = t if t.b > last.b else last
        flags |= t.flags
    flags |= r.flags
    w = Window(WindowKind.RECURRING, start, end, frozenset(flags), every, anchor)
    return first.q_at, Reading(w, text[first.q_at : last.b].strip(" ,;"))


def _yearly_season(clause: list[_Atom]) -> tuple[_Atom, _Atom, tuple[int, int]] | None:
    """A yearly clause's "từ A đến B", neither dated by a year nor a bare day: a season.

    "Từ tháng 3 đến tháng 11 hằng năm" comes round every year, each round due at the
    season's end (B's last day); it is never a dated span of one year. Both are taken.
    """
    spans = [t for t in clause if not t.used and t.kind == "span"]
    for t, nxt in itertools.pairwise(spans):
        if t.qual != "tu" or nxt.qual not in ("den", "den het", "het"):
            continue
        if t.year is None and nxt.year is None and t.day_only is None and nxt.day_only is None:
            t.used = nxt.used = True
            end = nxt.span_in(2001)[1]
            return t, nxt, (end.month, end.day)
    return None


def _resolve_years(
    clause: list[_Atom], atoms: list[_Atom], s: str, text: str, issued: date | None
) -> tuple[str, ...]:
    """Give year-less atoms a year: a later atom's, ``năm sau``'s, or the document's."""
    notes: tuple[str, ...] = ()
    for t in atoms:
        if t.year is not None or t.kind != "span":
            continue
        if t.day_only is not None:
            msg = f"'{text[t.a : t.b]}' names a day but no month; add the month and year"
            raise TimeParseError(msg, "time.no_month", (t.a, t.b))
        later = [u for u in clause if u.a > t.a and u.year is not None and u.kind == "span"]
        if later and not t.next_year:
            t.year = later[0].year
            continue
        if issued is None:
            msg = (
                f"'{text[t.a : t.b]}' has no year; write the year or give the document's "
                "date (--issued)"
            )
            raise TimeParseError(msg, "time.no_year", (t.a, t.b))
        year = issued.year + (1 if t.next_year else 0)
        # A plan sets deadlines after its own date: "trước ngày 20/10" written in
        # November means next October.
        start, end = t.span_in(year)
        if not t.next_year and end < issued and not _just_ended(start, end, issued):
            year += 1
        t.year = year
        notes = (YEAR_FROM_CONTEXT,)
    return notes


# A span of a quarter or more that ended this long before the document (or less) is the
# one just ended, which a document reports on ("Trong 6 tháng đầu năm …, tình hình …" in a
# resolution of July), not next year's: a plan looking a year ahead names that year.
_REPORTED_SPAN_DAYS = 80
_JUST_ENDED_DAYS = 45


def _just_ended(start: date, end: date, issued: date) -> bool:
    return (end - start).days >= _REPORTED_SPAN_DAYS and (issued - end).days <= _JUST_ENDED_DAYS


# --------------------------------------------------------------------------- atom shapes


def _atom(name: str, m: re.Match[str], text: str) -> _Atom:
    a, b = m.span()
    where = (a, b)
    quote = text[a:b]
    g = m.groupdict()
    t = _Atom(a, b, "span", shape=name)
    if name in ("per_schedule", "undated", "ongoing", "now"):
        t.kind = name
        return t
    if name == "onward":
        t.kind = "onward"
        t.year = _year(g["y"], quote, where)
        return t
    if name == "recur":
        t.kind = "recur"
        t.every = (
            Every.HALF_YEAR if g["half"] else Every.MONTH if g["next"] else _RECUR_UNIT[g["unit"]]
        )
        return t
    if g.get("y"):
        t.year = _year(g["y"], quote, where)
    elif g.get("yy"):
        t.year = 2000 + int(g["yy"] or 0)
    t.next_year = bool(g.get("next"))
    t.build = _builder(name, g, quote, where)
    if name == "day_only":
        t.day_only = int(g["d"])
        t.build = None
    if name in ("part_quarter", "part_year", "months_part"):
        t.flags.add(Flag.APPROXIMATE)
    if name in ("day_span", "periods_span", "years_span", "years_list"):
        # These carry their own years; the builder ignores the one passed in.
        t.year = 0
    # Check the shape now, so a bad day or month is reported even without a year.
    t.span_in(t.year or 2000)
    return t


def _builder(name: str, g: dict[str, str | None], quote: str, where: tuple[int, int]) -> Builder:
    def need(key: str) -> str:
        value = g[key]
        assert value is not None
        return value

    if name in ("quarter", "quarter_q", "quarter_iso", "part_quarter"):
        raw = need("q")
        q = ROMAN.get(raw) if not raw.isdigit() else int(raw)
        if q is None or not 1 <= q <= 4:
            msg = f"'{quote}': a quarter is I–IV (1–4)"
            raise TimeParseError(msg, "time.bad_quarter", where)
        if name == "part_quarter":
            offset = {"dau": 0, "giua": 1, "cuoi": 2}[need("part")]
            return lambda y: _whole_month(y, 3 * q - 2 + offset)
        return lambda y: _period(Period.quarter(y, q))
    if name in ("month", "month_t", "month_num", "month_iso"):
        month = _month(need("m"), quote, where)
        return lambda y: _whole_month(y, month)
    if name == "part_month":
        month = _month(need("m"), quote, where)
        part = g["part"] or _TUAN[need("tuan")]
        if part == "cuoi":
            return lambda y: (date(y, month, MID_MONTH_LAST_DAY + 1), _month_end(y, month))
        first, last = _PART_MONTH[part]
        return lambda y: (date(y, month, first), date(y, month, last))
    if name == "part_year":
        first_m, last_m = {"dau": (1, 3), "giua": (4, 9), "cuoi": (10, 12)}[need("part")]
        return lambda y: (date(y, first_m, 1), _month_end(y, last_m))
    if name == "months_part":
        first_m, last_m = (1, 3) if need("part") == "dau" else (10, 12)
        return lambda y: (date(y, first_m, 1), _month_end(y, last_m))
    if name == "half":
        raw = need("n")
        months = {"sau": 6, "chin": 9}.get(raw) or int(raw)
        if not 1 <= months <= 11:
            msg = f"'{quote}': the first or last 1–11 months of a year"
            raise TimeParseError(msg, "time.bad_month", where)
        if g["part"] != "cuoi":
            return lambda y: (date(y, 1, 1), _month_end(y, months))
        return lambda y: (date(y, 13 - months, 1), date(y, 12, 31))
    if name in ("day_range", "day_list"):
        month = _month(need("m"), quote, where)
        d1, d2 = int(need("d1")), int(need("d"))
        if d2 <= d1:
            msg = f"'{quote}': a span of days runs from the earlier day to the later one"
            raise TimeParseError(msg, "time.bad_span", where)

        def build_range(y: int) -> tuple[date, date]:
            try:
                return date(y, month, d1), date(y, month, d2)
            except ValueError:
                msg = f"'{quote}': month {month} has no day {d2}"
                raise TimeParseError(msg, "time.bad_day", where) from None

        return build_range
    return _builder_more(name, g, quote, where)


def _days_span(g: dict[str, str | None], quote: str, where: tuple[int, int]) -> Builder:
    """Days of two months, "15/11-15/12", read in the year of their end.

    A first month after the second is the year before's ("25/12-10/01/2026").
    """
    d1, d2 = int(g["d1"] or 0), int(g["d2"] or 0)
    m1, m2 = _month(g["m1"] or "", quote, where), _month(g["m2"] or "", quote, where)
    if (m1, d1) == (m2, d2) or (m1 == m2 and d2 < d1):
        msg = f"'{quote}': a span of days runs from the earlier day to the later one"
        raise TimeParseError(msg, "time.bad_span", where)

    def build(y: int) -> tuple[date, date]:
        try:
            return date(y - (m1 > m2), m1, d1), date(y, m2, d2)
        except ValueError:
            msg = f"'{quote}': no such day"
            raise TimeParseError(msg, "time.bad_day", where) from None

    return build


def _month_pair(m1: int, m2: int) -> Builder:
    """Months m1 to m2 ("10-11/2019"); the later month first ("11-5/2019") is the day."""
    if m2 <= m1:
        return lambda y: (date(y, m2, m1), date(y, m2, m1))
    return lambda y: (date(y, m1, 1), _month_end(y, m2))


def _builder_more(
    name: str, g: dict[str, str | None], quote: str, where: tuple[int, int]
) -> Builder:
    def need(key: str) -> str:
        value = g[key]
        assert value is not None
        return value

    if name in ("day", "day_words", "day_noyear", "day_only"):
        month = _month(need("m"), quote, where) if name != "day_only" else 1
        day = int(need("d"))

        def build_day(y: int) -> tuple[date, date]:
            try:
                d = date(y, month, day)
            except ValueError:
                msg = f"'{quote}': month {month} has no day {day}"
                raise TimeParseError(msg, "time.bad_day", where) from None
            return d, d

        return build_day
    if name == "month_list":
        listed = [_month(x, quote, where) for x in re.findall(r"\d{1,2}", need("list"))]
        if listed != list(range(listed[0], listed[0] + len(listed))):
            msg = f"'{quote}': the months must follow one another in order"
            raise TimeParseError(msg, "time.bad_span", where)
        return lambda y: (date(y, listed[0], 1), _month_end(y, listed[-1]))
    if name == "quarter_pair":
        second = g.get("q2") or g.get("q3") or need("q4")
        return _quarter_pair(need("q1"), second, quote, where)
    if name == "month_pair":
        return _month_pair(int(need("m1")), int(need("m2")))
    if name == "month_span":
        m1, m2 = _month(need("m1"), quote, where), _month(need("m2"), quote, where)
        if m2 <= m1:
            msg = f"'{quote}': a span of months runs from the earlier month to the later one"
            raise TimeParseError(msg, "time.bad_span", where)
        return lambda y: (date(y, m1, 1), _month_end(y, m2))
    if name == "year":
        return lambda y: (date(y, 1, 1), date(y, 12, 31))
    if name == "day_span":
        ends = []
        for k in ("1", "2"):
            y = _year(need("y" + k), quote, where)
            mo = _month(need("m" + k), quote, where)
            try:
                ends.append(date(y, mo, int(need("d" + k))))
            except ValueError:
                msg = f"'{quote}': month {mo}/{y} has no day {need('d' + k)}"
                raise TimeParseError(msg, "time.bad_day", where) from None
        if ends[1] < ends[0]:
            msg = f"'{quote}': a span of days runs from the earlier day to the later one"
            raise TimeParseError(msg, "time.bad_span", where)
        return lambda _y: (ends[0], ends[1])
    if name == "days_span":
        return _days_span(g, quote, where)
    if name == "periods_span":
        return _periods_span(g, quote, where)
    if name == "years_span":
        ya, yb = _year(need("a"), quote, where), _year(need("b"), quote, where)
        if yb <= ya:
            msg = f"'{quote}': a span of years runs from the earlier year to the later one"
            raise TimeParseError(msg, "time.bad_span", where)
        return lambda _y: (date(ya, 1, 1), date(yb, 12, 31))
    # years_list: "các năm 2023, 2024 và 2025" must name consecutive years in order
    years = [int(y) for y in re.findall(r"\d{4}", need("list"))] + [int(need("last"))]
    for y in years:
        _year(str(y), quote, where)
    if years != list(range(years[0], years[0] + len(years))):
        msg = f"'{quote}': the years must follow one another in order"
        raise TimeParseError(msg, "time.bad_span", where)
    return lambda _y: (date(years[0], 1, 1), date(years[-1], 12, 31))


def _quarter_pair(raw1: str, raw2: str, quote: str, where: tuple[int, int]) -> Builder:
    """One window of two quarters ("quý I, II"): the first one's start to the second's end."""
    pair = [ROMAN.get(r) if not r.isdigit() else int(r) for r in (raw1, raw2)]
    if any(q is None or not 1 <= q <= 4 for q in pair):
        msg = f"'{quote}': a quarter is I–IV (1–4)"
        raise TimeParseError(msg, "time.bad_quarter", where)
    first, last = (q or 0 for q in pair)
    if last < first:
        msg = f"'{quote}': a window of quarters runs from the earlier to the later one"
        raise TimeParseError(msg, "time.bad_span", where)
    # "quý II, II" (a slip repeating the quarter) is that quarter.
    return lambda y: (Period.quarter(y, first).start, Period.quarter(y, last).end)


def _periods_span(g: dict[str, str | None], quote: str, where: tuple[int, int]) -> Builder:
    """A span of quarters or months: from the first one's start to the last one's end."""
    ends: list[tuple[date, date]] = []
    for k in ("1", "2"):
        unit, raw, y = g["u" + k], g["p" + k] or "", _year(g["y" + k] or "", quote, where)
        if unit != g["u1"]:
            msg = f"'{quote}': a span runs from a quarter to a quarter, a month to a month"
            raise TimeParseError(msg, "time.bad_span", where)
        if unit == "quy":
            q = ROMAN.get(raw) if not raw.isdigit() else int(raw)
            if q is None or not 1 <= q <= 4:
                msg = f"'{quote}': a quarter is I–IV (1–4)"
                raise TimeParseError(msg, "time.bad_quarter", where)
            ends.append(_period(Period.quarter(y, q)))
        else:
            if not raw.isdigit():
                msg = f"'{quote}': a month is 1–12"
                raise TimeParseError(msg, "time.bad_month", where)
            ends.append(_whole_month(y, _month(raw, quote, where)))
    if ends[1][1] <= ends[0][1]:
        msg = f"'{quote}': a span runs from the earlier period to the later one"
        raise TimeParseError(msg, "time.bad_span", where)
    return lambda _y: (ends[0][0], ends[1][1])


def _period(p: Period) -> tuple[date, date]:
    return p.start, p.end


def _whole_month(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), _month_end(y, m)


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
