"""`nq42 extract` on dated deadlines in running text (branch z88b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from nq42cli.core.spans import find_spans


def _by_start(draft: Draft, start: str) -> dict[str, Any]:
    return next(d for d in draft.duties if d["text"].startswith(start))


LATE_SIGNED = (
    "THÔNG BÁO\nKết luận của Bộ trưởng tại cuộc họp ngày 10/5/2025\n\n"
    "1. Vụ Tổ chức chính quyền khẩn trương hoàn thiện dự thảo Nghị định, gửi Bộ Tư pháp"
    " thẩm định chậm nhất ngày 20/5/2025.\n"
    "2. Vụ Pháp chế tổng hợp ý kiến các bộ, báo cáo Bộ trưởng trước ngày 15/3/2025.\n"
)


def test_a_due_day_shortly_before_a_late_signed_notice_is_still_its_deadline() -> None:
    # The notice is signed on 22/5, two days after the day it sets: a conclusion notice
    # is often signed after the meeting, and the day is still the one the duty was given.
    draft = extract(LATE_SIGNED, issued=date(2025, 5, 22), number="1/TB-BNV")
    assert _by_start(draft, "Vụ Tổ chức")["windows"] == ["ngày 20/5/2025"]
    # A day months before the signing is history, as before.
    assert _by_start(draft, "Vụ Pháp chế")["windows"] == ["không thời hạn"]


def test_han_chot_is_the_last_day_allowed() -> None:
    text = "Cơ quan, đơn vị lập danh sách gửi về Sở Y tế hạn chót 13/10/2017, theo mẫu đính kèm."
    (sp,) = [s for s in find_spans(text, date(2017, 9, 20)) if s.read]
    assert sp.text == "hạn chót 13/10/2017"
    assert sp.readings[0].window.end == date(2017, 10, 13)


def test_han_alone_qualifies_nothing() -> None:
    # "nhiệm vụ có thời hạn hoàn thành trong …" names which tasks, as before "chót" was read.
    text = (
        "Triển khai Nghị quyết, nhất là 44 nhiệm vụ có thời hạn hoàn thành trong quý II năm 2026."
    )
    assert not [s for s in find_spans(text, date(2026, 4, 20)) if s.read]


FIELD_TIMED = (
    "KẾ HOẠCH\nTổ chức xét công nhận sáng kiến năm 2017\n\n2. NỘI DUNG\n"
    "2.2 Lập danh sách các sáng kiến đăng ký xét công nhận:\n"
    "- Các đơn vị lập danh sách sáng kiến gửi về Sở Y tế trước ngày 13/10/2017.\n"
    # An OCR'd page: the bullet read as ": - ", "tổng hợp" as "tông hợp".
    ": - Bộ phận giúp việc cho Hội đồng Xét công nhận Sáng kiến cấp cơ sở năm\n"
    "2017 tông hợp danh sách các Sáng kiên cập cơ sở do cơ quan, đơn vị thuộc, trực thuộc\n"
    "Sở đê nghị xét công nhận, thời gian thực hiện: trước ngày 20/10/2017.\n"
    ": - Toàn ngành đến ngày 30/9/2017 có 40 sáng kiến được công nhận.\n"
)


def test_a_labelled_work_time_makes_an_unlabelled_sentence_a_task() -> None:
    draft = extract(FIELD_TIMED, issued=date(2017, 10, 10), number="1942/KH-SYT")
    assert _by_start(draft, "Bộ phận giúp việc")["windows"] == ["trước ngày 20/10/2017"]
    # A status to a date, with no time field, stays a fact.
    facts = [d for d in draft.duties if d["text"].startswith("Toàn ngành")]
    assert all(d["windows"] == ["không thời hạn"] for d in facts)


STEPS_IN_A_PARAGRAPH = (
    "Thứ Hai, 16/09/2019\n\nTổng điều tra hộ kinh doanh trên địa bàn tỉnh\n\n"
    "(Báo tỉnh)-UBND tỉnh vừa ban hành Kế hoạch điều tra hộ kinh doanh năm 2019.\n \n"
    "Thời gian thực hiện từ ngày 1/10/2019 đến hết ngày 30/11/2019. Các xã, phường, thị trấn"
    " tổng hợp kết quả điều tra báo cáo UBND huyện trước ngày 5/12/2019. Các huyện, thành phố"
    " tổng hợp kết quả điều tra báo cáo UBND tỉnh trước ngày 10/12/2019. Cục Thống kê tỉnh"
    " tổng hợp kết quả toàn tỉnh báo cáo Bộ Kế hoạch và Đầu tư trước ngày 20/12/2019.\n"
)


def test_a_timetable_retold_as_sentences_is_one_step_per_sentence() -> None:
    draft = extract(STEPS_IN_A_PARAGRAPH)
    assert _by_start(draft, "Các xã")["windows"] == ["trước ngày 5/12/2019"]
    assert _by_start(draft, "Các huyện")["windows"] == ["trước ngày 10/12/2019"]
    assert _by_start(draft, "Cục Thống kê")["windows"] == ["trước ngày 20/12/2019"]
