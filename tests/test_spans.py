"""Time expressions in running text: what is read, what is set aside and why, offsets."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nq42cli.core.spans import APPROXIMATE, find_spans
from nq42cli.core.windows import WindowKind
from tests.conftest import run, scaled

ISSUED = date(2025, 1, 10)


def _read(text: str, issued: date | None = ISSUED) -> list[tuple[str, str, str | None]]:
    """(words, kind, last day) of every window read."""
    return [
        (sp.text, r.window.kind.value, r.window.end.isoformat() if r.window.end else None)
        for sp in find_spans(text, issued)
        for r in sp.readings
    ]


def _aside(text: str) -> list[tuple[str, str | None]]:
    return [(sp.text, sp.code) for sp in find_spans(text, ISSUED) if not sp.read]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "báo cáo Bộ Chính trị trước ngày 25/3/2025",
            [("trước ngày 25/3/2025", "deadline", "2025-03-24")],
        ),
        ("Năm 2025, hoàn thành việc sắp xếp", [("Năm 2025", "deadline", "2025-12-31")]),
        ("định kỳ hằng năm báo cáo Ban Bí thư", [("định kỳ hằng năm", "recurring", None)]),
        (
            "trình Bộ Chính trị vào trung tuần tháng 4/2025",
            [("vào trung tuần tháng 4/2025", "deadline", "2025-04-20")],
        ),
        ("Nhiệm vụ thường xuyên", [("Nhiệm vụ thường xuyên", "ongoing", None)]),
        (
            "thực hiện cơ bản hoàn thành trong năm 2025.",
            [("thực hiện cơ bản hoàn thành trong năm 2025", "deadline", "2025-12-31")],
        ),
        (
            "báo cáo Bộ Chính trị trước ngày 07/4/2025; tiếp thu, hoàn thiện, gửi trình "
            "Ban Chấp hành Trung ương Đảng trước ngày 09/4/2025.",
            [
                ("trước ngày 07/4/2025", "deadline", "2025-04-06"),
                ("trước ngày 09/4/2025", "deadline", "2025-04-08"),
            ],
        ),
        (
            "Tập trung nghiên cứu hoàn thành việc xây dựng (trong năm 2025).",
            [("trong năm 2025", "deadline", "2025-12-31")],
        ),
        (
            "theo tiến độ chung (gửi xin ý kiến các tỉnh uỷ, thành uỷ chậm nhất ngày 12/3/2025).",
            [
                ("theo tiến độ chung", "per_schedule", None),
                ("chậm nhất ngày 12/3/2025", "deadline", "2025-03-12"),
            ],
        ),
        ("triển khai từ nay", [("triển khai từ nay", "ongoing", None)]),
    ],
)
def test_time_in_running_text_is_read(text: str, want: list[tuple[str, str, str | None]]) -> None:
    """The issue's sentences: each time of the duty is read, with the words it came from."""
    assert _read(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sửa đổi Luật Khoa học và Công nghệ (2013) và các luật có liên quan",
            [("2013", "span.citation")],
        ),
        (
            "thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
            [("ngày 22/12/2024", "span.citation")],
        ),
        (
            "Chiến lược phát triển KH,CN&ĐMST đến năm 2025, định hướng đến năm 2030",
            [("đến năm 2025", "span.horizon"), ("đến năm 2030", "span.horizon")],
        ),
        (
            "theo Kế hoạch phát triển kinh tế - xã hội hằng năm và 5 năm, trong đó",
            [("hằng năm", "span.name")],
        ),
        (
            "Sửa đổi Nghị định số 109/2022/NĐ-CP và Quyết định số 05/2022/QĐ-TTg",
            [("2022", "span.document_number"), ("05/2022", "span.document_number")],
        ),
        (
            "Quy hoạch mạng lưới thời kỳ 2021-2030, tầm nhìn đến năm 2050",
            [("thời kỳ 2021-2030", "span.period"), ("đến năm 2050", "span.horizon")],
        ),
        ("bố trí kinh phí chi thường xuyên theo quy định", [("thường xuyên", "span.name")]),
        (
            "Chương trình xây dựng luật, pháp lệnh năm 2025 của Quốc hội",
            [("năm 2025", "span.unqualified")],
        ),
        (
            "Đối với các nhiệm vụ triển khai trong năm 2025, các bộ chủ động bố trí",
            [("trong năm 2025", "span.scope")],
        ),
        (
            "Tại phiên họp ngày 28/2/2025, Bộ Chính trị có ý kiến",
            [("ngày 28/2/2025", "span.citation")],
        ),
    ],
)
def test_numbers_that_are_not_a_time_of_the_duty_are_set_aside(
    text: str, want: list[tuple[str, str]]
) -> None:
    """A law's year, a cited date, a horizon, a plan's name: seen, never read, with a reason."""
    assert _read(text) == []
    assert _aside(text) == want


def test_a_recurring_report_with_its_days_is_not_two_deadlines() -> None:
    """ "định kỳ 6 tháng … trước ngày 15 tháng 6 và trước ngày 01 tháng 12": the rounds' days."""
    text = (
        "định kỳ 6 tháng báo cáo kết quả thực hiện về Bộ Khoa học và Công nghệ trước ngày "
        "15 tháng 6 và trước ngày 01 tháng 12 để tổng hợp"
    )
    assert [k for _, k, _ in _read(text)] == ["recurring"]
    assert {code for _, code in _aside(text)} == {"span.anchor"}


def test_approximate_readings_are_flagged_and_offsets_point_at_the_words() -> None:
    """Parts of a month are read by convention and say so; offsets slice the text."""
    text = "báo cáo Bộ Chính trị vào đầu tháng 3/2025 để trình Trung ương"
    (sp,) = find_spans(text, ISSUED)
    assert text[sp.start : sp.end] == sp.text == "vào đầu tháng 3/2025"
    assert sp.approximate
    assert APPROXIMATE in sp.readings[0].notes
    assert sp.readings[0].window.end == date(2025, 3, 10)


def test_a_year_without_a_qualifier_opens_a_clause_or_is_not_read() -> None:
    """ "Năm 2025, …" and "Quý I/2025: …" open a clause; "… năm 2025 của …" names something."""
    assert _read("Quý I/2025: hoàn thành dự thảo") == [("Quý I/2025", "deadline", "2025-03-31")]
    assert _read("tổ chức bộ máy của hệ thống chính trị năm 2025") == []


def test_a_cell_or_field_reads_whole_without_a_qualifier() -> None:
    """A table's time cell "6/2025" or a field "Tháng 11, 12/2013 và …" needs no qualifier."""
    assert [r.window.end for sp in find_spans("6/2025") for r in sp.readings] == [date(2025, 6, 30)]
    issued = date(2013, 11, 11)  # KH 252/KH-BCĐQG1237, which writes this field
    spans = find_spans("Tháng 11, 12/2013 và bổ sung, sửa đổi hàng năm.", issued, field=True)
    kinds = [r.window.kind for sp in spans for r in sp.readings]
    assert kinds == [WindowKind.DEADLINE, WindowKind.RECURRING]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A field reads the time it opens with; a cited date further in is a citation.
        (
            "Theo Kế hoạch số 12/KH-UBND ngày 10/3/2025 của Ủy ban",
            [("ngày 10/3/2025", "span.citation")],
        ),
        # … and any other date further in needs a qualifier, as in running text.
        ("Sau khi Chương trình năm 2026 được ban hành", [("năm 2026", "span.unqualified")]),
    ],
)
def test_a_field_reads_only_its_leading_time_without_a_qualifier(
    text: str, want: list[tuple[str, str]]
) -> None:
    """A time field that holds more than a time is not a licence to read every date in it."""
    spans = find_spans(text, ISSUED, field=True)
    assert [(sp.text, sp.code) for sp in spans] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Phấn đấu đến hết năm 2025, 100% hồ sơ người có công được số hóa",
            [("Phấn đấu đến hết năm 2025", "span.target")],
        ),
        ("Năm 2025: đạt 99% hộ gia đình có mức sống trung bình", [("Năm 2025", "span.target")]),
        # A quantity to reach stays a target ("toàn bộ" inside a longer number is no whole).
        ("Hoàn thành 5.000 km vào năm 2030", [("vào năm 2030", "span.target")]),
        ("Hoàn thành thêm 175 ha trong năm 2026", [("trong năm 2026", "span.target")]),
        # The label names the latest day only of a sending; a cited report's day is not one.
        (
            "Thời gian chậm nhất gửi báo cáo số 12/BC-UBND ngày 23/3/2026 đã nêu.",
            [("ngày 23/3/2026", "span.citation")],
        ),
        (
            "Giải quyết chế độ cho người hoạt động cách mạng trước ngày 01/01/1945",
            [("trước ngày 01/01/1945", "span.past")],
        ),
        (
            "Tổng kết Chương trình mục tiêu quốc gia giảm nghèo bền vững (2021-2025)",
            [("2021-2025", "span.period")],
        ),
        (
            "Ngày 15/3/2025, Bộ Chính trị đã ban hành Kết luận số 10-KL/TW",
            [("Ngày 15/3/2025", "span.past")],
        ),
    ],
)
def test_targets_history_and_a_programmes_years_are_never_deadlines(
    text: str, want: list[tuple[str, str]]
) -> None:
    """A level to reach, a day before the document, a programme's years: set aside."""
    assert _read(text) == []
    assert _aside(text) == want


def test_a_target_beside_a_real_deadline_does_not_hide_it() -> None:
    """Only the clause with the level to reach is a target; the duty's own deadline reads."""
    text = "Cấp thẻ bảo hiểm y tế cho 100% người có công trong năm 2025"
    assert _read(text) == [("trong năm 2025", "deadline", "2025-12-31")]


@settings(max_examples=scaled(300), deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_find_spans_never_raises(text: str) -> None:
    """Any text gives spans whose offsets slice it, never an exception."""
    for sp in find_spans(text, ISSUED):
        assert 0 <= sp.start <= sp.end
        assert sp.read == (sp.code is None)


_WORDS = st.sampled_from(
    [
        "trước", "ngày", "15/3/2025", "năm", "2025", "quý", "I/2026", "đến", "hết", "từ", "nay",
        "hằng", "tháng", "12", "(", ")", "và", ";", ",", "Bộ", "Luật", "số", "57-NQ/TW", "giai",
        "đoạn", "2021-2030", "thường", "xuyên", "định", "kỳ", "6", "cuối", "đầu", "*", "31/2",
    ]
)  # fmt: skip


@settings(max_examples=scaled(300), deadline=None)
@given(st.lists(_WORDS, max_size=25).map(" ".join))
def test_find_spans_never_raises_on_time_like_words(text: str) -> None:
    """Sentences built from time words and traps never raise either."""
    for sp in find_spans(text, ISSUED):
        assert text[sp.start : sp.end] == sp.text


def test_when_finds_time_in_a_sentence_with_offsets() -> None:
    """`nq42 when SENTENCE -f json`: windows read, spans with offsets, the set-aside ones."""
    text = "báo cáo Bộ Chính trị trước ngày 25/3/2025 theo Nghị quyết số 57-NQ/TW ngày 22/12/2024"
    out = json.loads(run("when", text, "-f", "json").stdout)
    assert [w["end"] for w in out["windows"]] == ["2025-03-24"]
    assert out["windows"][0]["at"] == [21, 41]
    assert [(s["words"], s["read"], s["code"]) for s in out["spans"]] == [
        ("trước ngày 25/3/2025", True, None),
        ("ngày 22/12/2024", False, "span.citation"),
    ]
    table = run("when", text).stdout
    assert "Đã thấy, không đọc là thời hạn" in table
    assert "ngày của văn bản được dẫn" in table
    english = run("when", text, "--lang", "en").stdout
    assert "Seen, not read" in english
    assert "date of a document cited" in english


def test_when_in_a_narrow_terminal_shows_each_reading_as_a_block() -> None:
    """Eight columns in 80 leave each a few characters ("30/5/2 | 025"): below 100 columns
    each reading is a block of label and value, every day and phrase whole on its line."""
    text = "báo cáo Bộ Chính trị trước ngày 30/5/2025 và định kỳ hằng năm"
    narrow = run("when", text, env={"COLUMNS": "80", "TERMINAL_WIDTH": "80"}).stdout
    lines = [line.rstrip() for line in narrow.splitlines()]
    assert "Đến ngày  2025-05-29" in lines
    assert "Đọc là    trước ngày 30/5/2025" in lines
    assert "Lặp lại   hằng năm" in lines
    assert all(len(line) <= 80 for line in lines)
    wide = run("when", text, env={"COLUMNS": "140", "TERMINAL_WIDTH": "140"}).stdout
    assert "┃ Cụm từ" in wide
    assert "│ trước ngày 30/5/2025 │" in wide


def test_when_exits_1_when_nothing_is_a_time_of_the_duty() -> None:
    """A horizon alone is seen and not read: exit 1 naming why; --exact reads it as written."""
    err = run("when", "Chiến lược đến năm 2030", code=1).stderr
    assert "time.none_read" in err
    assert "horizon" in err
    exact = json.loads(run("when", "đến năm 2030", "--exact", "-f", "json").stdout)
    assert exact["windows"][0]["end"] == "2030-12-31"
    assert "\x1b" not in run("when", "\x1b[31m trước ngày 1/3/2025").stdout


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A time label inside the sentence is a field of its own.
        (
            "Giao Sở Y tế chủ trì tổ chức tuyên truyền; thời gian hoàn thành: quý II/2025.",
            [("quý II/2025", "deadline", "2025-06-30")],
        ),
        # One qualifier covers the shapes it joins. Two quarters joined by "và", the year
        # written once: one window to the later quarter's end, as "quý II, III/2025" and
        # "tháng 3 và tháng 4/2025" are.
        (
            "Ban hành văn bản hướng dẫn trong quý II và quý III/2025",
            [("trong quý II và quý III/2025", "deadline", "2025-09-30")],
        ),
        # Each quarter with its own year stays a step of its own.
        (
            "Ban hành văn bản hướng dẫn trong quý IV/2025 và quý I/2026",
            [
                ("trong quý IV/2025 và quý I/2026", "deadline", "2025-12-31"),
                ("trong quý IV/2025 và quý I/2026", "deadline", "2026-03-31"),
            ],
        ),
        # A share reached by a qualified date is still the duty's deadline …
        (
            "Sở Y tế bảo đảm 100% người có công được cấp thẻ bảo hiểm y tế trong năm 2025.",
            [("trong năm 2025", "deadline", "2025-12-31")],
        ),
        # "toàn bộ 75 ha": the whole site's size, work to finish, not a level to reach.
        (
            "Phấn đấu hoàn thành GPMB toàn bộ 75 ha trong Quý III/2026; xử lý chồng lấn.",
            [("trong Quý III/2026", "deadline", "2026-09-30")],
        ),
        # A label naming the latest day of a sending, the day at the sentence's end.
        (
            "Báo cáo tổng kết công tác bầu cử. Thời gian chậm nhất gửi báo cáo về Ban "
            "Thường trực Ủy ban MTTQ tỉnh ngày 23/3/2026.",
            [("ngày 23/3/2026", "deadline", "2026-03-23")],
        ),
    ],
)
def test_time_labels_joined_shapes_and_qualified_shares(
    text: str, want: list[tuple[str, str, str | None]]
) -> None:
    """Inline time labels read; "và" carries the qualifier; a qualified date with a share reads."""
    assert _read(text) == want


def test_an_unqualified_year_with_a_share_to_reach_is_a_target() -> None:
    """… but "Năm 2025, 100% hồ sơ được số hóa" states a level to reach, not a deadline."""
    assert _aside("Năm 2025, 100% hồ sơ người có công được số hóa.") == [
        ("Năm 2025", "span.target")
    ]


def test_each_reading_of_a_span_is_shown_at_its_own_words() -> None:
    """Two deadlines read from one span: the table and the JSON point at each one's words,
    not both at the whole span (both had said 0–42)."""
    text = "trước ngày 18/5; trước ngày 30/11 hàng năm"
    out = json.loads(run("when", text, "-f", "json").stdout)
    assert [(w["verbatim"], w["at"]) for w in out["windows"]] == [
        ("trước ngày 18/5", [0, 15]),
        ("trước ngày 30/11 hàng năm", [17, 42]),
    ]
    table = run("when", text, env={"COLUMNS": "80", "TERMINAL_WIDTH": "80"}).stdout
    at = [line.split()[-1] for line in table.splitlines() if line.startswith("Vị trí")]
    assert at == ["0–15", "17–42"]


@pytest.mark.parametrize(
    "text",
    [
        "trước ngày 18/5, trước ngày 30/11 hàng năm",
        "trước ngày 18/5; trước ngày 30/11 hàng năm",
        "trước ngày 18/5 và trước ngày 30/11 hàng năm",
    ],
)
def test_a_yearly_day_listed_before_another_recurs_whatever_joins_them(text: str) -> None:
    """A comma joins two qualified days as ";" and "và" do: both recur every year."""
    got = [(r.window.kind, r.window.anchor) for sp in find_spans(text, None) for r in sp.readings]
    assert got == [(WindowKind.RECURRING, (5, 17)), (WindowKind.RECURRING, (11, 29))]


def test_a_day_right_before_its_own_recurrence_is_not_an_earlier_ones() -> None:
    """ "báo cáo 6 tháng trước ngày 18/5 và báo cáo năm trước ngày 30/11 hằng năm": the
    second day belongs to the "hằng năm" after it, not set aside as the day of the
    recurrence named first in the sentence."""
    text = "Báo cáo 6 tháng trước ngày 18/5 và báo cáo năm trước ngày 30/11 hằng năm"
    anchors = [r.window.anchor for sp in find_spans(text, None) for r in sp.readings]
    assert anchors == [(5, 17), (11, 29)]
    assert not [sp for sp in find_spans(text, None) if not sp.read]


def test_a_day_with_its_weekday_after_a_labels_colon_is_the_items_day() -> None:
    """ "Tổ chức Khai giảng năm học mới: Ngày 05/9/2025 (thứ Sáu).": a schedule's entry,
    its whole value a day and its weekday; without the weekday, or inside a sentence, a
    bare day is still set aside."""
    assert _read("Tổ chức Khai giảng năm học mới: Ngày 05/9/2025 (thứ Sáu).") == [
        ("Ngày 05/9/2025", "deadline", "2025-09-05")
    ]
    assert _aside("Khai giảng năm học mới tổ chức ngày 05/9/2025 (thứ Sáu) tại trường.") != []
    assert _aside("Tổ chức Khai giảng: Ngày 05/9/2025 tại hội trường tỉnh.") != []


def test_months_a_sampling_frequency_holds_in_are_no_end() -> None:
    """ "tần suất: Tháng 3, 4 và tháng 9 đến tháng 11 … 02 đợt/tháng": the months a cycle
    runs in, set aside; a month in a clause with no frequency is still read."""
    text = "Coliform; tần suất: Tháng 3, 4 và tháng 9 đến tháng 11 tần suất quan trắc 02 đợt/tháng"
    assert _read(text) == []
    assert [r[2] for r in _read("Hoàn thành quan trắc đợt 1 trong tháng 3/2025.")] == ["2025-03-31"]


@pytest.mark.parametrize(
    "text",
    [
        "Báo cáo 06 tháng gửi trước ngày 20 tháng 6 và báo cáo năm gửi trước ngày 20 tháng 12.",
        "Báo cáo 06 tháng gửi trước ngày 20 tháng 7 và báo cáo năm gửi trước ngày 20 tháng 01 "
        "năm sau.",
        "Thời hạn gửi báo cáo: chậm nhất là ngày 31 tháng 01 năm sau đối với báo cáo năm.",
    ],
)
def test_a_periodic_reports_day_without_a_year_is_no_deadline(text: str) -> None:
    """ "Báo cáo 06 tháng gửi trước ngày 20 tháng 6 và báo cáo năm …": reports named by
    their period fall due on that day of every period; with no year written (or "năm
    sau", the year after each report's), the day is no calendar deadline."""
    assert _read(text) == []
    assert {code for _, code in _aside(text)} == {"span.anchor"}


def test_a_dated_report_or_a_day_with_its_year_stays_a_deadline() -> None:
    """A report of one year ("báo cáo năm 2025") is no cycle; a day with its year is read."""
    assert _read("Gửi báo cáo năm 2025 trước ngày 20 tháng 12.") == [
        ("trước ngày 20 tháng 12", "deadline", "2025-12-19")
    ]
    assert _read("Báo cáo năm gửi trước ngày 20 tháng 12 năm 2025.") == [
        ("trước ngày 20 tháng 12 năm 2025", "deadline", "2025-12-19")
    ]


def test_what_stays_in_force_until_a_year_is_no_deadline() -> None:
    """ "Phương án … đã được thông qua … được tiếp tục thực hiện đến hết năm 2025": a
    transitional rule's validity; "hoàn thành đến hết năm 2025" is still a deadline."""
    text = "Phương án đã được Hội đồng thông qua được tiếp tục thực hiện đến hết năm 2025."
    assert [r for r in _read(text) if r[1] == "deadline"] == []
    assert "span.period" in {code for _, code in _aside(text)}
    assert _read("Hoàn thành việc sửa đổi đến hết năm 2025.") != []


def test_the_window_for_filing_requests_is_no_deadline() -> None:
    """ "Thời hạn tiếp nhận đề nghị hỗ trợ chậm nhất đến hết ngày 20 tháng 12 năm 2021":
    when applicants may still file, not when work is due."""
    text = "Thời hạn tiếp nhận đề nghị hỗ trợ chậm nhất đến hết ngày 20 tháng 12 năm 2025."
    assert _read(text) == []
    assert {code for _, code in _aside(text)} == {"span.period"}
    assert _read("Hoàn thành việc chi trả chậm nhất đến hết ngày 20 tháng 12 năm 2025.") != []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "báo cáo Thủ tướng Chính phủ trước ngày 30.7. Cần thiết sẽ kiểm tra.",
            [("trước ngày 30.7", "deadline", "2025-07-29")],
        ),
        (
            "kết quả báo cáo về UBND tỉnh trước ngày 5-7. CV",
            [("trước ngày 5-7", "deadline", "2025-07-04")],
        ),
        (
            "kết quả báo cáo về UBND tỉnh trước ngày 5-7.",
            [("trước ngày 5-7", "deadline", "2025-07-04")],
        ),
    ],
)
def test_a_yearless_day_with_ngay_before_a_full_stop_is_read(
    text: str, want: list[tuple[str, str, str | None]]
) -> None:
    """A news sentence's full stop closes a dotted or dashed day; the year is the context's."""
    assert _read(text) == want
    (sp,) = [sp for sp in find_spans(text, ISSUED) if sp.read]
    assert all("year_from_context" in r.notes for r in sp.readings)


@pytest.mark.parametrize(
    "text",
    [
        "tăng trưởng 6.7. Tiếp theo là",
        "đạt khoảng 1.000 người.",
        "tỷ lệ giải ngân 30.7% kế hoạch.",
        "ngày 1.000 người",
        "cập nhật phiên bản 2.1. Sau đó",
    ],
)
def test_figures_before_a_full_stop_are_no_day(text: str) -> None:
    """Only "ngày" lets a full stop close a day: bare figures, thousands, versions stay figures."""
    assert _read(text) == []


def test_the_day_an_event_takes_place_is_no_deadline() -> None:
    """ "Hội nghị … dự kiến diễn ra vào ngày 16/4": the event's day, not a body's work."""
    text = "Bộ Chính trị sẽ tổ chức Hội nghị toàn quốc, dự kiến diễn ra vào ngày 16/4."
    assert _read(text) == []
    assert _aside(text) == [("vào ngày 16/4", "span.period")]


@pytest.mark.parametrize(
    "text",
    [
        'Năm 2010, thành phố tiếp tục thực hiện chủ đề năm: " Năm 2010 - năm thực hiện nếp sống'
        ' văn minh " nhằm vận động xoá bỏ những thói quen xấu.',
        "Năm 2025 - năm tăng tốc, bứt phá, các sở tiếp tục cải cách thủ tục hành chính.",
    ],
)
def test_a_years_theme_and_the_year_it_names_are_not_deadlines(text: str) -> None:
    """ "chủ đề năm: "Năm 2010 - năm …"": the year carries a slogan; no work ends then."""
    spans = [sp for sp in find_spans(text, ISSUED) if "2010" in sp.text or "2025" in sp.text]
    assert spans
    assert all(not sp.read and sp.code == "span.name" for sp in spans)


def test_a_year_opening_a_task_clause_stays_a_deadline_beside_the_theme_rule() -> None:
    assert _read("Năm 2025, hoàn thành việc sắp xếp các đơn vị sự nghiệp.") == [
        ("Năm 2025", "deadline", "2025-12-31")
    ]


def test_the_aim_of_something_done_is_not_a_deadline() -> None:
    """ "Hội nghị đã … để tạo ra những chuyển biến mạnh trong năm 2010": what the act aimed at."""
    text = (
        "Hội nghị đã tập trung được trí tuệ tập thể để đánh giá đúng kết quả công tác năm qua; "
        "xác định phương hướng, nhiệm vụ trọng tâm, đồng thời tìm ra các giải pháp để tạo ra "
        "những chuyển biến mạnh trong năm 2010, tạo đà cho những năm tiếp theo."
    )
    assert _read(text) == []
    assert [sp.code for sp in find_spans(text, ISSUED) if "2010" in sp.text] == ["span.past"]


@pytest.mark.parametrize(
    "text",
    [
        # "đã ban hành" qualifies a noun (a relative clause), the sentence asks for work.
        "Các bộ có trách nhiệm rà soát các Nghị quyết của Đảng đã ban hành, còn hiệu lực để sửa"
        " đổi, hoàn thành trong năm 2025.",
        # A request after the narrated part opens a task of its own.
        "Bộ đã ban hành kế hoạch; đề nghị các tỉnh khẩn trương triển khai để hoàn thành trong"
        " năm 2025.",
    ],
)
def test_a_task_beside_something_done_keeps_its_deadline(text: str) -> None:
    assert _read(text) == [("hoàn thành trong năm 2025", "deadline", "2025-12-31")]


def test_examples_of_a_scope_after_nhu_still_name_which_work_not_when() -> None:
    """ "Đối với …, như việc điều chỉnh giá điện trong năm 2019, … yêu cầu …": the scope."""
    text = (
        "Đối với điều hành giá cả một số mặt hàng cụ thể, như việc điều chỉnh giá điện trong"
        " năm 2019, Trưởng Ban chỉ đạo yêu cầu phải kiểm soát yếu tố đầu vào."
    )
    assert _read(text) == []
    assert [sp.code for sp in find_spans(text, ISSUED)] == ["span.scope"]


def test_a_scope_closed_by_an_obligation_keeps_the_clause_time() -> None:
    text = "Đối với các dự án chậm tiến độ, như dự án A, các bộ phải báo cáo trong tháng 3/2025."
    assert _read(text) == [("trong tháng 3/2025", "deadline", "2025-03-31")]


@pytest.mark.parametrize(
    "text",
    [
        "Tăng tốc hoàn thiện hạ tầng để có thể triển khai trong năm 2026.",
        "Tiếp tục tháo gỡ các khó khăn để tạo điều kiện, giúp đỡ các doanh nghiệp thoát khỏi"
        " đáy khủng hoảng và có bước phát triển trong năm 2010, nâng cao hiệu quả hoạt động.",
        "Bộ Công Thương đề xuất phương án xử lý theo thẩm quyền để sớm tái khởi động, nâng cao"
        " hiệu quả các dự án, doanh nghiệp này trong năm 2017.",
    ],
)
def test_the_time_of_what_the_work_is_for_is_not_its_deadline(text: str) -> None:
    """After "để (có thể) triển khai", "để tạo điều kiện …", "để (sớm) tái khởi động,
    nâng cao hiệu quả …" (what the work is to bring about): the aim's time, not the
    duty's."""
    assert _read(text) == []
    assert [sp.code for sp in find_spans(text, ISSUED) if "trong" in sp.text] == ["span.scope"]


@pytest.mark.parametrize(
    "text",
    [
        "Hỗ trợ các tỉnh để tạo điều kiện cho doanh nghiệp, báo cáo kết quả trong quý I/2026.",
        "Rà soát các dự án để sớm tái khởi động, báo cáo Thủ tướng trong quý I/2026.",
    ],
)
def test_help_then_a_verb_of_finishing_gives_the_time_back_to_the_duty(text: str) -> None:
    assert _read(text) == [("trong quý I/2026", "deadline", "2026-03-31")]


@pytest.mark.parametrize(
    "text",
    [
        "Chỉ đạo cơ quan thuế xem xét không tổ chức kiểm tra định kỳ trong năm 2020.",
        "Chưa thực hiện điều chỉnh tăng giá trong Quý I và Quý II năm 2020.",
    ],
)
def test_an_act_held_back_for_a_period_has_no_deadline(text: str) -> None:
    """ "không tổ chức …", "Chưa thực hiện … trong …": the period of a restraint, not an end."""
    assert _read(text) == []
    assert {sp.code for sp in find_spans(text, ISSUED)} == {"span.period"}


def test_a_restraint_then_a_verb_of_finishing_keeps_the_deadline() -> None:
    text = "Không tổ chức hội nghị, hoàn thành báo cáo trong quý II/2025."
    assert _read(text) == [("trong quý II/2025", "deadline", "2025-06-30")]


def test_a_day_of_the_next_year_after_a_yearly_cycle_is_each_rounds() -> None:
    """ "… của năm tiếp theo" after "hằng năm" earlier in the item: no year of its own."""
    text = (
        "Các bộ, ngành định kỳ hằng năm gửi báo cáo Bộ X trước ngày 15 tháng 12. Bộ X tổng"
        " hợp, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 01 của năm tiếp theo."
    )
    assert _read(text) == [("định kỳ hằng năm", "recurring", None)]
    assert [sp.code for sp in find_spans(text, ISSUED)][-1] == "span.anchor"


def test_a_day_of_the_next_year_with_no_cycle_is_still_a_deadline() -> None:
    text = "Bộ X báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 01 năm sau."
    assert _read(text) == [("trước ngày 30 tháng 01 năm sau", "deadline", "2026-01-29")]


def test_a_time_inside_a_case_before_its_thi_names_which_cases() -> None:
    """ "Đối với doanh nghiệp, hợp tác xã mới thành lập trong năm 2013 … thì …": the case."""
    text = (
        "Đối với doanh nghiệp, hợp tác xã mới thành lập trong năm 2013 hoạt động sản xuất kinh"
        " doanh trong năm 2013 không đủ 12 tháng thì xác định doanh thu ước tính của năm."
    )
    assert _read(text, date(2013, 12, 20)) == []
    assert [sp.code for sp in find_spans(text, date(2013, 12, 20))] == ["span.scope"] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Triển khai Tháng hành động và hưởng ứng “Ngày Quốc tế xóa bỏ bạo lực” (ngày 25/11).",
        "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam (09/11/2025).",
    ],
)
def test_the_day_a_named_observance_falls_on_is_not_a_deadline(text: str) -> None:
    """A bracketed day after "Ngày …" (an observance's name) dates the observance."""
    assert _read(text) == []
    assert [sp.code for sp in find_spans(text, ISSUED)] == ["span.name"]


def test_a_bracketed_day_after_other_words_or_a_limit_is_still_read() -> None:
    assert _read("Báo cáo kết quả về Bộ (ngày 25/11/2025).") == [
        ("ngày 25/11/2025", "deadline", "2025-11-25")
    ]
    assert _read("Tổ chức kỷ niệm Ngày Thành lập ngành (trước ngày 15/8/2025).") == [
        ("trước ngày 15/8/2025", "deadline", "2025-08-14")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Xác định nhiệm vụ xây dựng cơ sở dữ liệu là nhiệm vụ trọng tâm của chính quyền các"
        " cấp trong năm 2017; chỉ đạo các sở rà soát văn bản.",
        "Đề nghị các địa phương, các nhà thầu trong năm 2025 xác định nhiệm vụ hoàn thành các"
        " công trình là nhiệm vụ chính trị hàng đầu.",
        "Xác định kết quả thực hiện nhiệm vụ là một trong những tiêu chí hàng đầu để đánh giá,"
        " xếp loại mức độ hoàn thành nhiệm vụ của tập thể trong năm 2025.",
    ],
)
def test_the_year_a_designation_holds_is_not_a_deadline(text: str) -> None:
    """ "xác định X là nhiệm vụ trọng tâm … trong năm N": when X is the priority."""
    assert _read(text) == []
    assert [sp.code for sp in find_spans(text, ISSUED)] == ["span.period"]


def test_a_designation_then_a_verb_of_finishing_keeps_the_deadline() -> None:
    text = "Xác định đây là nhiệm vụ trọng tâm, hoàn thành việc sắp xếp trong năm 2025."
    assert _read(text) == [("trong năm 2025", "deadline", "2025-12-31")]


def test_the_year_of_a_target_the_work_follows_is_not_its_deadline() -> None:
    """ "… tiến độ thi công theo mục tiêu hoàn thành thông tuyến … trong năm 2025"."""
    text = (
        "Các nhà thầu cập nhật lại tiến độ thi công theo mục tiêu hoàn thành thông tuyến"
        " trên lớp bê tông nhựa trong năm 2025, xác định rõ đường găng."
    )
    assert _read(text) == []
    assert [sp.code for sp in find_spans(text, ISSUED)] == ["span.target"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Cập nhật tiến độ theo mục tiêu hoàn thành thông tuyến trước ngày 30/6/2025.",
            "trước ngày 30/6/2025",
        ),
        ("Triển khai theo mục tiêu, kế hoạch đề ra, hoàn thành trong năm 2025.", None),
        ("Triển khai theo mục tiêu đề ra hoàn thành trong năm 2025.", None),
    ],
)
def test_a_target_followed_then_a_limit_or_a_finishing_verb_keeps_the_deadline(
    text: str, words: str | None
) -> None:
    got = _read(text)
    assert len(got) == 1
    assert got[0][1] == "deadline"
    if words:
        assert got[0][0] == words


def test_how_long_a_body_works_is_not_a_deadline() -> None:
    """ "Các bộ phận thường trực hoạt động từ nay đến hết tháng 10/2025": the body's term."""
    text = "Các bộ phận thường trực hoạt động từ nay đến hết tháng 10/2025. Theo dõi, báo cáo."
    assert _read(text) == [("từ nay", "ongoing", None)]
    assert [sp.code for sp in find_spans(text, ISSUED)] == [None, "span.period"]


@pytest.mark.parametrize(
    "text",
    [
        "Triển khai các hoạt động đến hết tháng 10/2025.",
        "Tổ chức hoạt động tuyên truyền đến hết tháng 10/2025.",
        "Tổ chức hoạt động đến hết tháng 10/2025.",
    ],
)
def test_activities_named_as_a_noun_keep_their_deadline(text: str) -> None:
    assert [(kind, end) for _, kind, end in _read(text)] == [("deadline", "2025-10-31")]


@pytest.mark.parametrize(
    "text",
    [
        "Các Bộ quán triệt chỉ đạo. Mục tiêu hoàn thành, bảo đảm đạt 3.000 Km đường cao tốc"
        " trong năm 2025 là không thay đổi.",
        "Các Bộ quán triệt chỉ đạo. Lãnh đạo 4 tỉnh đều cam kết hoàn thành các Dự án trong năm"
        " 2025, do đó cần huy động cả hệ thống chính trị.",
    ],
)
def test_a_target_stated_or_a_pledge_reported_is_not_a_deadline(text: str) -> None:
    """A sentence whose subject is "Mục tiêu", or "… đều cam kết …": not work's deadline."""
    assert _read(text) == []
    assert [sp.code for sp in find_spans(text, ISSUED)] == ["span.target"]


def test_a_pledge_asked_for_or_a_target_field_is_still_read() -> None:
    assert _read("Yêu cầu nhà thầu cam kết hoàn thành dự án trong năm 2025.") == [
        ("trong năm 2025", "deadline", "2025-12-31")
    ]
    assert _read("Mục tiêu: hoàn thành thông tuyến trong năm 2025.") == [
        ("trong năm 2025", "deadline", "2025-12-31")
    ]


def test_the_span_a_plan_covers_is_not_when_it_is_due() -> None:
    """ "Xây dựng kịch bản thúc đẩy tăng trưởng từ nay đến hết năm 2025": its period."""
    text = "Xây dựng kịch bản thúc đẩy tăng trưởng từ nay đến hết năm 2025; giao nhiệm vụ."
    assert _read(text) == []
    assert [sp.code for sp in find_spans(text, ISSUED)] == ["span.period", "span.period"]


def test_a_plan_then_a_verb_of_finishing_keeps_the_deadline() -> None:
    assert _read("Xây dựng kế hoạch và hoàn thành từ nay đến hết năm 2025.") == [
        ("hoàn thành từ nay đến hết năm 2025", "deadline", "2025-12-31")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an obligation between the case and the time: the time is the duty's
        "Đối với các dự án chậm tiến độ, các bộ phải báo cáo trong tháng 3/2025 thì mới xét.",
        # no "thì" closing a condition: the scope rule alone decides
        "Trường hợp cần thiết, các bộ tổ chức kiểm tra trong tháng 3/2025.",
    ],
)
def test_a_time_outside_a_case_condition_stays_the_duty_time(text: str) -> None:
    assert _read(text) == [("trong tháng 3/2025", "deadline", "2025-03-31")]


def test_the_year_of_the_months_a_sum_runs_over_is_not_a_deadline() -> None:
    """ "… của các tháng hoạt động sản xuất kinh doanh trong năm 2013 chia …": which months."""
    text = (
        "Tổng cộng doanh thu trên Tờ khai thuế của các tháng hoạt động sản xuất kinh doanh"
        " trong năm 2013 chia số tháng hoạt động."
    )
    assert _read(text, date(2013, 12, 20)) == []
    assert [sp.code for sp in find_spans(text, date(2013, 12, 20))] == ["span.scope"]


def test_the_year_a_report_of_results_covers_is_not_its_deadline() -> None:
    """ "báo cáo kết quả thực hiện việc hỗ trợ trong năm 2014 …": the year reported on."""
    text = (
        "Báo cáo tiến độ 3 tháng một lần; báo cáo kết quả thực hiện việc hỗ trợ trong năm"
        " 2014 và khi kết thúc Chương trình về Bộ Xây dựng."
    )
    assert _read(text, date(2014, 5, 1)) == []
    assert [sp.code for sp in find_spans(text, date(2014, 5, 1))] == ["span.period"]
    # A due date after the report's recipient or its own "trước" stays the report's time.
    assert _read("Báo cáo kết quả về Bộ Xây dựng trong năm 2014.", date(2014, 5, 1)) == [
        ("trong năm 2014", "deadline", "2014-12-31")
    ]
    assert _read("Báo cáo kết quả thực hiện trước ngày 15/12/2014.", date(2014, 5, 1)) == [
        ("thực hiện trước ngày 15/12/2014", "deadline", "2014-12-14")
    ]


def test_the_year_of_what_the_work_is_to_step_up_is_not_its_deadline() -> None:
    """ "… để tăng cường nhập khẩu điện từ Lào trong năm 2025": the purpose's year."""
    text = (
        "Nghiên cứu đề xuất chủ trương đầu tư dự án đường dây truyền tải để tăng cường nhập"
        " khẩu điện từ Lào trong năm 2025 theo Hiệp định đã ký."
    )
    assert _read(text) == []
    # A verb of handing on after the purpose gives the time back to the duty.
    assert _read("Đề xuất dự án để tăng cường nhập khẩu điện, trình Thủ tướng trong năm 2025.") == [
        ("trong năm 2025", "deadline", "2025-12-31")
    ]


def test_the_year_end_a_scenario_runs_to_is_its_span_not_a_deadline() -> None:
    """ "hoàn thiện … phương án chỉ đạo điều hành đến cuối năm 2020": what the plan covers."""
    text = (
        "Bộ Kế hoạch và Đầu tư hoàn thiện các kịch bản tăng trưởng và phương án chỉ đạo điều"
        " hành đến cuối năm 2020."
    )
    assert _read(text, date(2020, 8, 1)) == []
    # A day after the plan is when it is due.
    assert _read("Hoàn thiện phương án điều hành đến ngày 30/9/2020.", date(2020, 8, 1)) == [
        ("đến ngày 30/9/2020", "deadline", "2020-09-30")
    ]


def test_a_time_before_a_clause_telling_what_was_done_is_not_a_deadline() -> None:
    """ "…, trong quý 3, các bộ, ngành, địa phương đã triển khai …": what was done then."""
    text = (
        "Phát biểu kết luận, Thứ trưởng nhấn mạnh, trong quý 3, các bộ, ngành, địa phương đã"
        " triển khai nghiêm túc chỉ đạo của Thủ tướng Chính phủ."
    )
    assert _read(text, date(2020, 10, 19)) == []
    # "đã được …" names a thing done before; the clause's time may still be its duty's.
    done = "Trong quý 4, các dự án đã được phê duyệt phải khởi công."
    assert _read(done, date(2020, 10, 19)) == [("Trong quý 4", "deadline", "2020-12-31")]


def test_a_day_an_obliged_finishing_names_is_its_deadline() -> None:
    """ "bảo đảm hoàn thành ngày 19 tháng 12 năm 2025": the day the work must be done by.

    Without the obligation the day may be a report's or a document's ("kết quả hoàn thành
    ngày 5/3/2025 của Bộ"): still not read.
    """
    text = "Huy động lực lượng hỗ trợ thi công bảo đảm hoàn thành ngày 19 tháng 12 năm 2025."
    assert _read(text, date(2025, 12, 11)) == [
        ("hoàn thành ngày 19 tháng 12 năm 2025", "deadline", "2025-12-19")
    ]
    assert _read("Báo cáo kết quả hoàn thành ngày 5/3/2025 của Bộ.", date(2025, 1, 1)) == []


def test_the_day_a_running_figure_was_counted_is_no_deadline() -> None:
    """A report's "Lũy kế GPMB đến 01/6/2026 đạt 18 ha": the day a figure reached was
    taken. The same day without a figure after it ("hoàn thành GPMB đến 01/6/2026") is
    still read."""
    got = find_spans("Đã kiểm kê 75/76 hộ. Lũy kế GPMB đến 01/6/2026 đạt 18 ha.", ISSUED)
    assert [(sp.text, sp.read, sp.code) for sp in got] == [("đến 01/6/2026", False, "span.past")]
    assert [sp.read for sp in find_spans("Hoàn thành GPMB đến 01/6/2026.", ISSUED)] == [True]


def test_a_quarter_without_a_year_after_a_yearly_cycle_is_each_years() -> None:
    """ "Hằng năm, … rà soát … trong Quý I và báo cáo … trong Quý II, chậm nhất tháng 6":
    the quarters and month belong to the cycle named before them, no one date. Without the
    cycle, the same words are read."""
    text = (
        "Hằng năm, tiến hành rà soát, bổ sung quy hoạch trong Quý I và báo cáo cấp trên "
        "về kết quả phê duyệt quy hoạch trong Quý II, chậm nhất tháng 6."
    )
    got = [(sp.text, sp.read, sp.code) for sp in find_spans(text, ISSUED)]
    assert got[0][:2] == ("Hằng năm", True)
    assert all(not read and code == "span.anchor" for _, read, code in got[1:])
    plain = find_spans("Báo cáo kết quả trong Quý II, chậm nhất tháng 6.", ISSUED)
    assert [sp.read for sp in plain] == [True]
