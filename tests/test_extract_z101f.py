"""`nq42 extract`: a news page's plan steps told in the future tense (z101f).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract


def _by_text(draft: Draft, start: str) -> dict[str, Any]:
    return next(d for d in draft.duties if d["text"].startswith(start))


FUTURE_STEPS = """\
Huyện ủy X vừa tổ chức hội nghị triển khai kế hoạch chuẩn bị đại hội đảng bộ các cấp.

Đảng bộ xã Tân An sẽ tiến hành đại hội trước ngày 31-1-2027; \
Đảng bộ xã Tân Bình tiến hành đại hội trước ngày 31-3-2027.

Đại hội đảng bộ cơ sở sẽ hoàn thành trong tháng 5/2027.
"""


def test_a_step_a_body_will_finish_by_a_limit_is_due() -> None:
    draft = extract(FUTURE_STEPS, issued=date(2026, 8, 15))
    assert _by_text(draft, "Đảng bộ xã Tân An")["timing"] == "trước ngày 31-1-2027"
    assert "tháng 5/2027" in (_by_text(draft, "Đại hội đảng bộ cơ sở")["timing"] or "")


FUTURE_FORECAST = """\
Sở Tài chính vừa tổ chức hội nghị.

Sở Tài chính sẽ tổ chức hội nghị tổng kết trong năm 2027.
"""


def test_a_future_with_a_bare_time_is_no_deadline() -> None:
    draft = extract(FUTURE_FORECAST, issued=date(2026, 8, 15))
    assert all(d.get("timing") is None for d in draft.duties)


SCOPED_CONGRESS = """\
Huyện ủy X vừa tổ chức hội nghị triển khai kế hoạch chuẩn bị đại hội đảng bộ các cấp.

Đảng bộ xã Tân An sẽ tiến hành đại hội trước ngày 31-1-2027; \
Đối với các chi bộ trực thuộc Đảng bộ xã Tân Bình sẽ tiến hành đại hội trước ngày 28-2-2027; \
Đảng bộ xã Tân Hòa tiến hành đại hội trước ngày 31-3-2027.
"""


def test_the_congress_a_scope_will_hold_closes_the_scope() -> None:
    draft = extract(SCOPED_CONGRESS, issued=date(2026, 8, 15))
    duty = next(d for d in draft.duties if "Đối với các chi bộ" in d["text"])
    assert "trước ngày 28-2-2027" in (duty["timing"] or "")


CONGRESS_SENTENCES = """\
20.11.2026
Đến nay, công tác chuẩn bị đại hội MTTQ các cấp trên địa bàn huyện X đang được triển khai.

Theo kế hoạch, Ban Thường trực Ủy ban MTTQ huyện chọn Ủy ban MTTQ xã Tân An làm điểm \
chỉ đạo Đại hội cấp xã vào tháng 12/2026. Dự kiến Đại hội MTTQ các xã hoàn thành trong \
tháng 3/2027. Đại hội MTTQ huyện sẽ hoàn thành trong tháng 5/2027.
"""


def test_congress_finished_sentences_are_steps_each() -> None:
    draft = extract(CONGRESS_SENTENCES, issued=date(2026, 11, 20))
    assert "tháng 3/2027" in (_by_text(draft, "Dự kiến Đại hội MTTQ các xã")["timing"] or "")
    assert "tháng 5/2027" in (_by_text(draft, "Đại hội MTTQ huyện sẽ")["timing"] or "")


def test_the_plan_a_page_retells_is_no_part_of_the_item() -> None:
    draft = extract(CONGRESS_SENTENCES, issued=date(2026, 11, 20))
    duty = _by_text(draft, "Ban Thường trực Ủy ban MTTQ huyện chọn")
    assert duty["timing"] == "vào tháng 12/2026"
    assert not any(d["text"].startswith("Theo kế hoạch") for d in draft.duties)
