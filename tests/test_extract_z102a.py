"""`nq42 extract` on whole short news items, read as nothing before (branch z102a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from nq42cli.core.extract import extract
from tests.extract_helpers import lead_names

# A whole short item under its title: a count to a date, then the front's request with its
# day, then the congress's own days (an event, not the request's).
FRONT_PAGE = (
    "Bình Định: 85% cơ sở Hội Cựu chiến binh tổ chức đại hội nhiệm kỳ\n\n"
    "Tính đến cuối tháng 3/2022, toàn tỉnh có 110/130 cơ sở Hội tổ chức đại hội (đạt 85%).\n\n"
    "Ban Thường vụ Hội Cựu chiến binh tỉnh tiếp tục chỉ đạo các huyện, thị xã tổ chức đại hội"
    " dứt điểm vào cuối tháng 5/2022. Đại hội Hội Cựu chiến binh tỉnh diễn ra vào"
    " 20 - 21/07/2022.\n\n"
    "PV\n"
)

# One paragraph running its account on: the meeting a body held, what was done so far and
# the days the plan sets, no request of that body's.
RUN_ON_PAGE = (
    "Hoàn thành đại hội hội cựu chiến binh cấp cơ sở\n\n"
    "Lượt xem: 57\n\n"
    "Sau khi chỉ đạo đại hội điểm thành công, Hội Cựu chiến binh tỉnh tổ chức hội nghị rút"
    " kinh nghiệm cho các huyện còn lại. Đến nay, đã có 2 huyện tổ chức thành công đại hội."
    " Theo kế hoạch, đại hội cấp huyện hoàn thành trong quý 3/2022. Đại hội tỉnh dự kiến vào"
    " trung tuần tháng 11 năm 2022.\n\n"
    "Ban Tổ chức\n"
)


def test_whole_short_item_under_its_title_gives_its_request() -> None:
    draft = extract(FRONT_PAGE)
    asked = [d for d in draft.duties if d["text"].startswith("Ban Thường vụ Hội Cựu chiến binh")]
    assert len(asked) == 1
    assert lead_names(draft, asked[0]) == ["Ban Thường vụ Hội Cựu chiến binh tỉnh"]
    assert asked[0]["windows"] == ["cuối tháng 5/2022"]
    assert not any(d["text"].startswith("Tính đến") for d in draft.duties)


def test_run_on_account_lends_no_day_to_the_sentence_naming_the_body() -> None:
    draft = extract(RUN_ON_PAGE)
    assert all(d["windows"] == ["không thời hạn"] for d in draft.duties)
