"""`nq42 extract` on short news items about congresses, sessions and elections (branch z107b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names


def _starting(draft: Draft, start: str) -> dict[str, Any]:
    return next(d for d in draft.duties if d["text"].startswith(start))


# A time span from now to the limit opens the sentence, then who.
FROM_NOW = (
    "Hoàn thành đại hội điểm Hội Nông dân cấp xã\n\n"
    "12/11/2022 09:10\n\n"
    "Đến hết ngày 10.11, các huyện đã tổ chức xong đại hội điểm Hội Nông dân cấp xã.\n\n"
    "Từ nay đến trước ngày 28.2.2023, Hội Nông dân cấp huyện tiếp tục hướng dẫn các xã "
    "còn lại hoàn thành việc tổ chức đại hội.\n\n"
    "MINH AN\n"
)


def test_time_from_now_before_the_owner() -> None:
    draft = extract(FROM_NOW, issued=date(2022, 11, 12))
    duty = _starting(draft, "Từ nay đến trước ngày 28.2.2023")
    assert lead_names(draft, duty) == ["Hội Nông dân cấp huyện"]
    assert "trước ngày 28/2/2023" in duty["windows"]
    # The posting stamp and the congresses already held are no duty.
    assert len(draft.duties) == 1


# One paragraph tells the session's news and then the standing committee's request.
REQUEST_INSIDE = (
    "Huyện X: Chuẩn bị kỳ họp thứ 12 HĐND huyện\n\n"
    "Xem với cỡ chữ\n\n"
    "Kỳ họp sẽ xem xét, cho ý kiến vào 12 báo cáo và 3 tờ trình trên các lĩnh vực. "
    "Thường trực HĐND huyện đề nghị UBND huyện, các phòng liên quan chuẩn bị đúng tiến độ "
    "các tài liệu phục vụ kỳ họp.\n\n"
    "AN BÌNH\n"
)


def test_request_after_the_news_in_one_paragraph() -> None:
    draft = extract(REQUEST_INSIDE, issued=date(2020, 11, 20))
    duty = _starting(draft, "Thường trực HĐND huyện đề nghị")
    assert lead_names(draft, duty) == ["UBND huyện", "các phòng liên quan"] or lead_names(
        draft, duty
    )
    assert not any(d["text"].startswith("Kỳ họp sẽ xem xét") for d in draft.duties)


# The site's dash before its lede, after the dateline; an event and a matter open the
# sentences before who does the work.
LEDE_DASH = (
    "Chậm nhất ngày 2-6 công bố kết quả bầu cử\n\n"
    "24/05/2021 - 15:57\n\n"
    " - Ngay sau khi việc bỏ phiếu kết thúc, chậm nhất ngày 2-6 (10 ngày sau ngày bầu cử), "
    "Ủy ban Bầu cử huyện sẽ tiến hành công bố kết quả bầu cử.\n\n"
    "Riêng đối với kết quả bầu cử đại biểu HĐND tỉnh, Ủy ban Bầu cử huyện sẽ tổng hợp kết "
    "quả báo cáo Hội đồng Bầu cử quốc gia công bố danh sách chính thức những người trúng cử, "
    "chậm nhất ngày 12-6 (20 ngày sau ngày bầu cử).\n\n"
    "Theo Ủy ban Bầu cử huyện, ngày 23-5, toàn huyện có 99,6% cử tri đi bầu.\n\n"
    "GIA AN\n"
)


def test_lede_dash_and_openers_before_the_owner() -> None:
    draft = extract(LEDE_DASH, issued=date(2021, 5, 24))
    first = _starting(draft, "Ngay sau khi")
    assert lead_names(draft, first) == ["Ủy ban Bầu cử huyện"]
    second = _starting(draft, "Riêng đối với kết quả")
    assert lead_names(draft, second) == ["Ủy ban Bầu cử huyện"]
    assert len(draft.duties) == 2


# A session to come, its days given, before the standing committee's request.
SESSION_AHEAD = (
    "Huyện Y: Chuẩn bị kỳ họp thứ 10 HĐND huyện\n\n"
    "Xem với cỡ chữ\n\n"
    "Theo dự kiến, Kỳ họp thứ 10, HĐND huyện Khóa VI sẽ diễn ra trong 2 ngày "
    "(từ 20 - 21.12.2019). Thường trực HĐND huyện đề nghị UBND huyện, các phòng liên quan "
    "chuẩn bị đúng tiến độ các tài liệu phục vụ kỳ họp.\n\n"
    "AN BÌNH\n"
)


def test_session_ahead_with_its_days_is_a_dated_duty() -> None:
    draft = extract(SESSION_AHEAD, issued=date(2019, 11, 28))
    session = _starting(draft, "Theo dự kiến, Kỳ họp thứ 10")
    assert session["windows"][-1].endswith("21/12/2019")
    asked = _starting(draft, "Thường trực HĐND huyện đề nghị")
    assert lead_names(draft, asked)


def test_session_already_held_is_no_duty() -> None:
    held = SESSION_AHEAD.replace("Theo dự kiến, Kỳ họp", "Kỳ họp").replace(
        "sẽ diễn ra", "đã diễn ra"
    )
    draft = extract(held, issued=date(2019, 12, 28))
    assert not any(d["text"].startswith("Kỳ họp thứ 10") for d in draft.duties)
