"""The time grammar: the issue's shapes, the documented decisions, errors, and recurring queries."""

from __future__ import annotations

import json
import unicodedata
from datetime import date

import pytest

from nq42cli.core.grammar import read_phrase
from nq42cli.core.loader import load_plan
from nq42cli.core.models import Plan
from nq42cli.core.queries import due, ongoing, overdue
from nq42cli.core.windows import (
    Every,
    Flag,
    Period,
    TimeParseError,
    Window,
    WindowKind,
    occurrences,
    parse_period,
    parse_phrase,
    parse_window,
    render_window,
)
from nq42cli.render.records import window_record
from tests.conftest import PLAN, done_records, run

D = WindowKind.DEADLINE
ISSUED = date(2026, 3, 1)


def _one(text: str, issued: date | None = ISSUED) -> Window:
    (w,) = parse_phrase(text, issued)
    return w


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("ngày 14/3/2026", date(2026, 3, 14), date(2026, 3, 14)),
        ("14/03/2026", date(2026, 3, 14), date(2026, 3, 14)),
        ("14-3-2026", date(2026, 3, 14), date(2026, 3, 14)),
        ("ngày 3 tháng 9 năm 2026", date(2026, 9, 3), date(2026, 9, 3)),
        ("20/10", date(2026, 10, 20), date(2026, 10, 20)),
        ("tháng 02/2026", date(2026, 2, 1), date(2026, 2, 28)),
        ("7/2026", date(2026, 7, 1), date(2026, 7, 31)),
        ("tháng 9 năm 2026", date(2026, 9, 1), date(2026, 9, 30)),
        ("hạn T7", date(2026, 7, 1), date(2026, 7, 31)),
        ("quý IV/2026", date(2026, 10, 1), date(2026, 12, 31)),
        ("Quý III năm 2026", date(2026, 7, 1), date(2026, 9, 30)),
        ("quý 2/2026", date(2026, 4, 1), date(2026, 6, 30)),
        ("quý 2-2026", date(2026, 4, 1), date(2026, 6, 30)),
        ("năm 2027", date(2027, 1, 1), date(2027, 12, 31)),
        ("2027", date(2027, 1, 1), date(2027, 12, 31)),
        ("2031 - 2035", date(2031, 1, 1), date(2035, 12, 31)),
        ("2031–2035", date(2031, 1, 1), date(2035, 12, 31)),
        ("giai đoạn 2031-2035", date(2031, 1, 1), date(2035, 12, 31)),
        ("tháng 9, tháng 10 năm 2026", date(2026, 9, 1), date(2026, 10, 31)),
        ("chậm nhất ngày 30/6/2026", date(2026, 6, 30), date(2026, 6, 30)),
        ("vào tháng 5/2026", date(2026, 5, 1), date(2026, 5, 31)),
        ("đến hết năm 2026", date(2026, 1, 1), date(2026, 12, 31)),
        ("hết quý III/2026", date(2026, 7, 1), date(2026, 9, 30)),
        ("thượng tuần tháng 3/2026", date(2026, 3, 1), date(2026, 3, 10)),
        ("trung tuần tháng 3/2026", date(2026, 3, 11), date(2026, 3, 20)),
        ("hạ tuần tháng 2/2026", date(2026, 2, 21), date(2026, 2, 28)),
        ("giữa tháng 3/2026", date(2026, 3, 11), date(2026, 3, 20)),
        ("cuối tháng 4/2026", date(2026, 4, 21), date(2026, 4, 30)),
        ("6 tháng đầu năm 2026", date(2026, 1, 1), date(2026, 6, 30)),
        ("6 tháng cuối năm 2026", date(2026, 7, 1), date(2026, 12, 31)),
    ],
)
def test_issue_shapes_read_as_deadlines(text: str, start: date, end: date) -> None:
    """Each date, month, quarter, year and span shape the issue lists is one deadline."""
    w = _one(text)
    assert (w.kind, w.start, w.end) == (D, start, end)


def test_spelling_variants_read_the_same() -> None:
    """Case, NFD, old tone placement, Roman/Arabic, dashes, parentheses, italics agree."""
    base = _one("hoàn thành trong quý IV/2026")
    for variant in [
        "HOÀN THÀNH TRONG QUÝ IV/2026",
        unicodedata.normalize("NFD", "hoàn thành trong quý IV/2026"),
        "hoàn thành trong quý 4/2026",
        "hoàn thành trong quý 4-2026",
        "hoàn thành trong quý 4 – 2026",
        "(*hoàn thành trong Quý IV năm 2026*)",
        "hoàn thành trong qúy IV/2026",
    ]:
        assert _one(variant) == base, variant


def test_before_a_day_is_due_the_day_before() -> None:
    """'trước ngày 31/8/2026' is due 30/08 (flag before); 'chậm nhất ngày 31/8' is 31/08."""
    w = _one("trước ngày 31/8/2026")
    assert (w.start, w.end, w.flags) == (
        date(2026, 8, 30),
        date(2026, 8, 30),
        frozenset({Flag.BEFORE}),
    )
    assert _one("chậm nhất ngày 31/8/2026").end == date(2026, 8, 31)
    assert _one("trước quý III/2026").end == date(2026, 6, 30)


def test_parts_of_a_year_or_quarter_are_approximate() -> None:
    """'cuối năm', 'đầu quý' carry the approximate flag; 'đầu tháng' (days 1–10) does not."""
    w = _one("cuối năm 2026")
    assert (w.start, w.end, w.flags) == (
        date(2026, 10, 1),
        date(2026, 12, 31),
        frozenset({Flag.APPROXIMATE}),
    )
    assert _one("đầu quý II/2026").end == date(2026, 4, 30)
    assert Flag.APPROXIMATE in _one("đầu quý II/2026").flags
    assert _one("đầu tháng 12/2023", None) == Window(D, date(2023, 12, 1), date(2023, 12, 10))


@pytest.mark.parametrize(
    "text",
    [
        "khoảng ngày 5/3/2026",
        "khoảng tháng 5/2026",
        "dự kiến quý III/2026",
        "phấn đấu cơ bản hoàn thành trong năm 2027",
        "trước quý III/2026",
        "giữa tháng 3/2026",
        "từ năm 2026 đến hết tháng 6/2027",
        "ngày 1/3/2026 - ngày 10/4/2026",
        "trước ngày 15/12 hằng năm từ năm 2026 đến năm 2030",
    ],
)
def test_every_reading_renders_back(text: str) -> None:
    """The plan notation of a reading reads back as the same window, flags included."""
    for w in parse_phrase(text):
        assert parse_phrase(render_window(w)) == [w], render_window(w)


def test_stretch_target_beside_hard_deadline() -> None:
    """A hard deadline and a 'phấn đấu' target read as two windows, the second flagged."""
    hard, aim = parse_phrase(
        "hoàn thành trong quý III/2026, phấn đấu hoàn thành trong tháng 8/2026"
    )
    assert (hard.end, hard.flags) == (date(2026, 9, 30), frozenset())
    assert (aim.end, aim.flags) == (date(2026, 8, 31), frozenset({Flag.STRETCH}))


def test_open_and_ongoing_shapes() -> None:
    """'từ năm 2023', '2027 và các năm tiếp theo', 'từ A đến B' are ongoing windows."""
    assert _one("từ năm 2023") == Window(WindowKind.ONGOING, date(2023, 1, 1))
    assert _one("2027 và các năm tiếp theo") == Window(WindowKind.ONGOING, date(2027, 1, 1))
    assert _one("từ năm 2026 đến năm 2030") == Window(
        WindowKind.ONGOING, date(2026, 1, 1), date(2030, 12, 31)
    )
    assert _one("thường xuyên") == Window(WindowKind.ONGOING)


@pytest.mark.parametrize(
    ("text", "every", "anchor", "flags"),
    [
        ("hằng năm", Every.YEAR, None, set()),
        ("hàng năm", Every.YEAR, None, set()),
        ("định kỳ hằng quý", Every.QUARTER, None, set()),
        ("hằng tháng", Every.MONTH, None, set()),
        ("trước ngày 20/10 hằng năm", Every.YEAR, (10, 19), {Flag.BEFORE}),
        ("ngày 20/10 hằng năm", Every.YEAR, (10, 20), set()),
        ("trong tháng 12 hằng năm", Every.YEAR, (12, 31), set()),
        ("trước ngày 15 hằng tháng", Every.MONTH, (0, 14), {Flag.BEFORE}),
    ],
)
def test_recurring_shapes(
    text: str, every: Every, anchor: tuple[int, int] | None, flags: set[Flag]
) -> None:
    """Recurrences read as RECURRING windows with their cycle and due-day anchor."""
    w = _one(text, None)
    assert (w.kind, w.every, w.anchor, w.flags) == (
        WindowKind.RECURRING,
        every,
        anchor,
        frozenset(flags),
    )
    assert parse_window(render_window(w)) == w


def test_next_year_and_context_year() -> None:
    """'năm sau' is the year after the document's; a past day-month rolls to next year."""
    (r,) = read_phrase("trước ngày 31/01 năm sau", ISSUED)
    assert r.window.end == date(2027, 1, 30)
    assert "year_from_context" in r.flags
    assert _one("ngày 20/2", ISSUED).end == date(2027, 2, 20)


def test_composite_start_then_deadline() -> None:
    """'bắt đầu từ A và hoàn thành trước B' is an ongoing start and a deadline."""
    start, end = parse_phrase("bắt đầu từ tháng 3/2026 và hoàn thành trước ngày 30/9/2026")
    assert start == Window(WindowKind.ONGOING, date(2026, 3, 1))
    assert end == Window(D, date(2026, 9, 29), date(2026, 9, 29), frozenset({Flag.BEFORE}))


def test_composite_milestone_then_ongoing_and_verbatim() -> None:
    """A composite keeps each window's own words beside it."""
    rs = read_phrase("hoàn thành kế hoạch trong quý I/2024; tổ chức thực hiện từ quý II/2024")
    assert [r.text for r in rs] == [
        "hoàn thành kế hoạch trong quý I/2024",
        "tổ chức thực hiện từ quý II/2024",
    ]


@pytest.mark.parametrize(
    ("text", "code", "word"),
    [
        ("trình Bộ Chính trị trong quý I/2026", "time.unreadable", "Bộ"),
        ("hạn T7", "time.no_year", "T7"),
        ("quý V/2026", "time.bad_quarter", "quý V/2026"),
        ("ngày 31/2/2026", "time.bad_day", "ngày 31/2/2026"),
        ("tháng 13/2026", "time.bad_month", "tháng 13/2026"),
        ("2035-2031", "time.bad_span", "2035-2031"),
        ("sau khi Đề án được phê duyệt", "time.unreadable", "khi"),
    ],
)
def test_unreadable_phrases_name_the_part(text: str, code: str, word: str) -> None:
    """A phrase that cannot be read raises with a stable code and the words at fault."""
    with pytest.raises(TimeParseError) as err:
        parse_phrase(text)
    assert err.value.code == code
    assert err.value.span is not None
    a, b = err.value.span
    assert text[a:b] == word


def test_plan_window_strings_parse_as_before() -> None:
    """Every window string of data/plan.yaml still reads as the same window."""
    expected = {
        "đầu tháng 12/2023": Window(D, date(2023, 12, 1), date(2023, 12, 10)),
        "tháng 12/2023": Window(D, date(2023, 12, 1), date(2023, 12, 31)),
        "quý I/2024": Window(D, date(2024, 1, 1), date(2024, 3, 31)),
        "quý II/2024": Window(D, date(2024, 4, 1), date(2024, 6, 30)),
        "cơ bản các năm 2023, 2024 và 2025": Window(
            D, date(2023, 1, 1), date(2025, 12, 31), frozenset({Flag.SUBSTANTIALLY})
        ),
        "từ năm 2023": Window(WindowKind.ONGOING, date(2023, 1, 1)),
        "từ tháng 12/2023": Window(WindowKind.ONGOING, date(2023, 12, 1)),
        "từ quý II/2024": Window(WindowKind.ONGOING, date(2024, 4, 1)),
        "thường xuyên": Window(WindowKind.ONGOING),
        "theo tiến độ": Window(WindowKind.PER_SCHEDULE),
        "không thời hạn": Window(WindowKind.UNDATED),
    }
    plan = load_plan(PLAN, str(PLAN)).plan
    used = {render_window(w) for d in plan.duties for w in d.windows}
    assert used <= set(expected) | {"cơ bản 2023-2025"}
    for text, window in expected.items():
        assert parse_window(text) == window, text


def test_query_periods_still_read() -> None:
    """The compact period notations of --quarter/--month/--year are unchanged."""
    assert parse_period("2024Q1", "quarter").label == "2024Q1"
    assert parse_period("Q1/2024").label == "2024Q1"
    assert parse_period("2023-12", "month").label == "2023-12"
    assert parse_period("12/2023").label == "2023-12"
    assert parse_period("2025", "year").label == "2025"


def _plan_with(windows: list[str], timing: str) -> Plan:
    base = load_plan(PLAN, str(PLAN)).plan
    duty = base.duties[0].model_copy(
        update={"windows": [parse_window(w) for w in windows], "timing": timing}
    )
    meta = base.meta.model_copy(update={"date": date(2026, 3, 1)})
    return base.model_copy(update={"duties": [duty], "meta": meta})


def test_yearly_report_is_due_every_fourth_quarter() -> None:
    """A report due before 20/10 every year is due in 2026Q4 and again in 2027Q4."""
    plan = _plan_with(["trước ngày 20/10 hằng năm"], "trước ngày 20/10 hằng năm")
    for year in (2026, 2027):
        rows = due([plan], Period.quarter(year, 4), date(2026, 3, 2))
        assert [r.deadline for r in rows] == [date(year, 10, 19)]
    assert due([plan], Period.quarter(2026, 3), date(2026, 3, 2)) == []


def test_recurring_overdue_per_round() -> None:
    """The latest missed round is overdue; a completion inside that round settles it."""
    plan = _plan_with(["trước ngày 20/10 hằng năm"], "trước ngày 20/10 hằng năm")
    duty_id = plan.duties[0].id
    assert overdue([plan], date(2026, 10, 19)) == []
    rows = overdue([plan], date(2027, 11, 1))
    assert [r.deadline for r in rows] == [date(2027, 10, 19)]
    assert (
        overdue([plan], date(2027, 11, 1), records=done_records({duty_id: date(2027, 10, 1)})) == []
    )
    # Done in 2026 does not settle the 2027 round.
    late = overdue([plan], date(2027, 11, 1), records=done_records({duty_id: date(2026, 10, 1)}))
    assert [r.deadline for r in late] == [date(2027, 10, 19)]


def test_recurring_is_ongoing_and_stretch_is_not_the_deadline() -> None:
    """A recurring duty is ongoing from the plan's date; a stretch target is not overdue."""
    plan = _plan_with(["hằng quý"], "hằng quý")
    assert [r.since for r in ongoing([plan], date(2026, 5, 1))] == [date(2026, 3, 1)]
    stretch = _plan_with(
        ["quý III/2026", "phấn đấu tháng 8/2026"],
        "hoàn thành trong quý III/2026, phấn đấu hoàn thành trong tháng 8/2026",
    )
    assert overdue([stretch], date(2026, 9, 5)) == []
    assert [r.deadline for r in overdue([stretch], date(2026, 10, 1))] == [date(2026, 9, 30)]


def test_occurrences_of_a_quarterly_window() -> None:
    """Quarterly rounds fall on each quarter's last day, from the plan's date on."""
    w = parse_window("hằng quý")
    got = occurrences(w, date(2026, 3, 1), date(2026, 12, 31))
    assert [o.due for o in got] == [
        date(2026, 3, 31),
        date(2026, 6, 30),
        date(2026, 9, 30),
        date(2026, 12, 31),
    ]
    assert got[1].start == date(2026, 4, 1)


def test_window_record_keeps_keys_and_adds_every() -> None:
    """JSON window records keep their keys and add every (null unless recurring)."""
    rec = window_record(parse_window("quý I/2024"))
    assert rec["every"] is None
    assert {"kind", "start", "end", "flags", "text"} <= set(rec)
    assert window_record(parse_window("hằng năm"))["every"] == "year"


def test_when_cli_json_and_errors() -> None:
    """`nq42 when --exact` prints the reading as JSON; an unreadable part exits 1 naming it."""
    out = json.loads(
        run("when", "trước ngày 20/10", "--issued", "2026-03-01", "-f", "json", "--exact").stdout
    )
    assert out == {
        "text": "trước ngày 20/10",
        "windows": [
            {
                "kind": "deadline",
                "start": "2026-10-19",
                "end": "2026-10-19",
                "every": None,
                "anchor": None,
                "flags": ["before", "year_from_context"],
                "text": "trước ngày 20/10/2026",
                "verbatim": "trước ngày 20/10",
            }
        ],
    }
    bad = run("when", "trình Bộ Chính trị trong quý I/2026", "--exact", code=1)
    assert "cannot read 'Bộ'" in bad.stderr
    assert run("when", "quý I/2026", "--issued", "hôm qua", code=2).exit_code == 2
    assert "định kỳ" in run("when", "hằng năm").stdout
    assert "recurring" in run("when", "hằng năm", "--lang", "en").stdout


def test_when_escapes_control_characters() -> None:
    """Control characters in the phrase are shown escaped, carets under the bad part."""
    err = run("when", "\x1b[31m quý I/2024", "--exact", code=1).stderr
    assert "\x1b" not in err
    lines = err.splitlines()
    assert lines[1] == "  \\x1b[31m quý I/2024"
    assert lines[2] == "  " + "^" * len("\\x1b[31m")


def test_tu_nay_reads_from_the_documents_date() -> None:
    """ "từ nay" starts on --issued; "từ nay đến cuối năm 2025" stays a deadline by that end."""
    got = read_phrase("triển khai từ nay", date(2025, 1, 10))
    assert [(r.window.kind, r.window.start, r.notes) for r in got] == [
        (WindowKind.ONGOING, date(2025, 1, 10), ("from_issued",))
    ]
    by_end = read_phrase("từ nay đến cuối năm 2025", date(2025, 11, 4))
    assert [(r.window.kind, r.window.end, r.text) for r in by_end] == [
        (WindowKind.DEADLINE, date(2025, 12, 31), "từ nay đến cuối năm 2025")
    ]
    with pytest.raises(TimeParseError) as exc:
        read_phrase("từ nay")
    assert exc.value.code == "time.no_year"


def test_theo_lo_trinh_and_task_cells() -> None:
    """ "theo lộ trình …" is per schedule; a table's "Nhiệm vụ thường xuyên" is ongoing."""
    assert parse_phrase("theo lộ trình của Đề án") == [Window(WindowKind.PER_SCHEDULE)]
    assert parse_phrase("Nhiệm vụ thường xuyên") == [Window(WindowKind.ONGOING)]


@pytest.mark.parametrize(
    ("text", "issued", "start", "end"),
    [
        # Begun three days before the plan's date: this year's, not next year's start.
        (
            "từ ngày 15/11 đến ngày 15/12",
            date(2025, 11, 18),
            date(2025, 11, 15),
            date(2025, 12, 15),
        ),
        ("từ ngày 15/12 đến ngày 15/01", date(2025, 12, 20), date(2025, 12, 15), date(2026, 1, 15)),
        ("từ ngày 15/11 đến ngày 15/12", date(2025, 3, 1), date(2025, 11, 15), date(2025, 12, 15)),
        (
            "từ ngày 15/11 đến ngày 15/12",
            date(2025, 12, 20),
            date(2026, 11, 15),
            date(2026, 12, 15),
        ),
    ],
)
def test_a_yearless_span_already_begun_takes_its_ends_year(
    text: str, issued: date, start: date, end: date
) -> None:
    """ "từ A đến B" with no year: B after the plan's date; A the latest day before B."""
    w = _one(text, issued)
    assert (w.kind, w.start, w.end) == (WindowKind.ONGOING, start, end)
