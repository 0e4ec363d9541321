"""The window grammar: every phrase of the seed, every spelling the issue lists, every slip."""

from __future__ import annotations

from datetime import date

import pytest

from nq42cli.core.windows import (
    Flag,
    Period,
    TimeParseError,
    Window,
    WindowKind,
    parse_day,
    parse_period,
    parse_phrase,
    parse_window,
)

D, ON = WindowKind.DEADLINE, WindowKind.ONGOING
SUB = frozenset({Flag.SUBSTANTIALLY})

# Every italic timing phrase of the seed, with the windows it must read as.
SEED_PHRASES = [
    ("đầu tháng 12/2023", [Window(D, date(2023, 12, 1), date(2023, 12, 10))]),
    (
        "hoàn thành trong tháng 12/2023 và chỉ đạo thực hiện thường xuyên",
        [Window(D, date(2023, 12, 1), date(2023, 12, 31)), Window(ON)],
    ),
    ("hoàn thành trong tháng 12/2023", [Window(D, date(2023, 12, 1), date(2023, 12, 31))]),
    (
        "hoàn thành theo tiến độ quy định đối với từng nhiệm vụ theo kế hoạch đã được phê duyệt",
        [Window(WindowKind.PER_SCHEDULE)],
    ),
    ("từ năm 2023", [Window(ON, date(2023, 1, 1))]),
    ("hoàn thành trong quý I/2024", [Window(D, date(2024, 1, 1), date(2024, 3, 31))]),
    (
        "cơ bản hoàn thành trong các năm 2023, 2024 và 2025",
        [Window(D, date(2023, 1, 1), date(2025, 12, 31), SUB)],
    ),
    ("thực hiện từ năm 2023", [Window(ON, date(2023, 1, 1))]),
    (
        "hoàn thành trong quý II/2024 và thực hiện thường xuyên",
        [Window(D, date(2024, 4, 1), date(2024, 6, 30)), Window(ON)],
    ),
    ("từ tháng 12/2023", [Window(ON, date(2023, 12, 1))]),
    (
        "hoàn thành kế hoạch trong quý I/2024; tổ chức thực hiện từ quý II/2024",
        [Window(D, date(2024, 1, 1), date(2024, 3, 31)), Window(ON, date(2024, 4, 1))],
    ),
    ("thực hiện từ tháng 12/2023", [Window(ON, date(2023, 12, 1))]),
]


@pytest.mark.parametrize(("phrase", "windows"), SEED_PHRASES)
def test_seed_phrases(phrase: str, windows: list[Window]) -> None:
    """Each timing phrase of the seed reads as the windows the plan means."""
    assert parse_phrase(phrase) == windows


Q1 = Window(D, date(2024, 1, 1), date(2024, 3, 31))


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Q1/2024", Q1),
        ("2024Q1", Q1),
        ("quý I/2024", Q1),
        ("Quý I năm 2024", Q1),
        ("QUÝ I/2024", Q1),
        ("quý 1/2024", Q1),
        ("quy I/2024", Q1),
        ("12/2023", Window(D, date(2023, 12, 1), date(2023, 12, 31))),
        ("tháng 12/2023", Window(D, date(2023, 12, 1), date(2023, 12, 31))),
        ("2023-12", Window(D, date(2023, 12, 1), date(2023, 12, 31))),
        ("tháng 2/2024", Window(D, date(2024, 2, 1), date(2024, 2, 29))),
        ("đầu tháng 12/2023", Window(D, date(2023, 12, 1), date(2023, 12, 10))),
        ("2025", Window(D, date(2025, 1, 1), date(2025, 12, 31))),
        ("năm 2025", Window(D, date(2025, 1, 1), date(2025, 12, 31))),
        ("2023-2025", Window(D, date(2023, 1, 1), date(2025, 12, 31))),
        ("các năm 2023, 2024 và 2025", Window(D, date(2023, 1, 1), date(2025, 12, 31))),
        ("thường xuyên", Window(ON)),
        ("từ năm 2023", Window(ON, date(2023, 1, 1))),
        ("từ tháng 12/2023", Window(ON, date(2023, 12, 1))),
        ("từ quý II/2024", Window(ON, date(2024, 4, 1))),
        ("theo tiến độ", Window(WindowKind.PER_SCHEDULE)),
        ("không thời hạn", Window(WindowKind.UNDATED)),
        # NFD input and old tone placement read the same.
        ("thu\u031bo\u031b\u0300ng xuye\u0302n", Window(ON)),
    ],
)
def test_window_spellings(text: str, window: Window) -> None:
    """Every spelling the plan file may use reads as the same window."""
    assert parse_window(text) == window


@pytest.mark.parametrize(
    "window",
    [w for _, ws in SEED_PHRASES for w in ws] + [Window(D, date(2026, 3, 14), date(2026, 3, 14))],
)
def test_render_round_trips(window: Window) -> None:
    """Rendering a window and reading it back gives the same window."""
    assert parse_window(str(window)) == window


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ("quý V/2024", "time.bad_quarter", "a quarter is I–IV"),
        ("2024Q5", "time.bad_quarter", "a quarter is I–IV"),
        ("13/2024", "time.bad_month", "a month is 1–12"),
        ("tháng 13/2024", "time.bad_month", "a month is 1–12"),
        ("2025-2023", "time.bad_span", "earlier year"),
        ("các năm 2023, 2025 và 2024", "time.bad_span", "follow one another"),
        ("hoàn thành trong quãng I/2024", "time.unreadable", "'quãng'"),
        ("sớm", "time.unreadable", "'sớm'"),
        ("", "time.empty", "no time"),
        ("quý I/2024 và thường xuyên", "time.several", "2 windows"),
    ],
)
def test_window_errors_say_what_is_wrong(text: str, code: str, words: str) -> None:
    """A slip is an error with a stable code and a message that names the problem."""
    with pytest.raises(TimeParseError) as caught:
        parse_window(text)
    assert caught.value.code == code
    assert words in caught.value.message


def test_unreadable_part_is_located() -> None:
    """The error's span points at the words that could not be read."""
    phrase = "hoàn thành sớm trong quý I/2024"
    with pytest.raises(TimeParseError) as caught:
        parse_phrase(phrase)
    assert caught.value.span is not None
    a, b = caught.value.span
    assert phrase[a:b] == "sớm"


@pytest.mark.parametrize(
    ("text", "unit", "period"),
    [
        ("2024Q1", "quarter", Period(date(2024, 1, 1), date(2024, 3, 31), "2024Q1")),
        ("quý IV/2023", "quarter", Period(date(2023, 10, 1), date(2023, 12, 31), "2023Q4")),
        ("2023-12", "month", Period(date(2023, 12, 1), date(2023, 12, 31), "2023-12")),
        ("tháng 12/2023", "month", Period(date(2023, 12, 1), date(2023, 12, 31), "2023-12")),
        ("2025", "year", Period(date(2025, 1, 1), date(2025, 12, 31), "2025")),
    ],
)
def test_periods(text: str, unit: str, period: Period) -> None:
    """Query periods read in every notation and carry a compact label."""
    assert parse_period(text, unit) == period


def test_period_of_the_wrong_unit_is_refused() -> None:
    """`--quarter 2024-03` is a slip, not a request for March."""
    with pytest.raises(TimeParseError, match="is a month, not a quarter"):
        parse_period("2024-03", "quarter")


@pytest.mark.parametrize(
    ("text", "day"), [("2024-03-31", date(2024, 3, 31)), ("31/03/2024", date(2024, 3, 31))]
)
def test_days(text: str, day: date) -> None:
    """Days are given as ISO or as Vietnamese documents write them."""
    assert parse_day(text) == day


@pytest.mark.parametrize("text", ["2024-13-01", "2024-02-30", "yesterday", "31.03.2024"])
def test_bad_days(text: str) -> None:
    """Impossible or unreadable days are errors, not crashes."""
    with pytest.raises(TimeParseError):
        parse_day(text)
