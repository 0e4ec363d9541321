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
