"""`nq42 extract` reads no number that is not the duty's time as its deadline (branch z101e).

Each text here is small and made up for the habit it pins: the articles of a legal text
("Điều …", "khoản …") with periods counted from an event, effective dates and yearly days.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract


class _Starts:
    """The drafted duties, looked up by how their text starts."""

    def __init__(self, draft: Draft) -> None:
        self.duties = draft.duties

    def __getitem__(self, start: str) -> dict[str, Any]:
        (duty,) = [d for d in self.duties if d["text"].startswith(start)]
        return duty


def _by_start(draft: Draft) -> _Starts:
    return _Starts(draft)


ARTICLES = """\
QUYẾT ĐỊNH
Ban hành Quy chế phối hợp

Điều 1. Trách nhiệm của các cơ quan
1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ trình Ủy ban nhân dân tỉnh dự thảo quy định \
trong thời hạn 30 ngày kể từ ngày nhận được hồ sơ hợp lệ.
2. Sở Xây dựng rà soát các dự án tồn đọng, chậm nhất sau 15 ngày kể từ ngày Quyết định này \
có hiệu lực phải báo cáo Ủy ban nhân dân tỉnh.
3. Hằng năm, trước ngày 31/12, Sở Nội vụ tổng hợp báo cáo kết quả thực hiện gửi Ủy ban nhân \
dân tỉnh.
4. Sở Y tế báo cáo kết quả 6 tháng đầu năm 2026 gửi Sở Nội vụ.
5. Sở Công Thương thực hiện Nghị định số 12/2025/NĐ-CP ngày 15/3/2025 của Chính phủ.
6. Sở Xây dựng tổ chức kiểm tra việc thực hiện Kết luận cuộc họp ngày 12/5/2026 của Ủy ban \
nhân dân tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01/7/2026.
"""


def test_article_periods_from_an_event_set_no_date() -> None:
    draft = extract(ARTICLES, issued=date(2026, 5, 4), number="12/2026/QĐ-UBND")
    duties = _by_start(draft)
    for start in ("Sở Tài chính chủ trì", "Sở Xây dựng rà soát"):
        assert duties[start].get("deadline") is None, start
        assert duties[start]["windows"] == ["không thời hạn"], start


def test_article_yearly_day_is_a_recurring_time() -> None:
    draft = extract(ARTICLES, issued=date(2026, 5, 4), number="12/2026/QĐ-UBND")
    duty = _by_start(draft)["Hằng năm, trước ngày"]
    assert duty.get("deadline") is None
    assert duty["windows"] == ["trước ngày 31/12 hằng năm"]


def test_report_period_cited_dates_and_effective_date_are_no_deadline() -> None:
    draft = extract(ARTICLES, issued=date(2026, 5, 4), number="12/2026/QĐ-UBND")
    duties = _by_start(draft)
    for start in ("Sở Y tế báo cáo kết ", "Sở Công Thương thực ", "Sở Xây dựng tổ chức "):
        assert duties[start].get("deadline") is None, start
        assert duties[start]["windows"] == ["không thời hạn"], start
    # The decision's own validity is no task.
    assert not any(d["text"].startswith("Quyết định này") for d in draft.duties)


FOLLOW_UP = """\
THÔNG BÁO
Kết luận cuộc họp

1. Các Sở: Tài chính, Xây dựng có ý kiến tham gia bằng văn bản gửi Sở Công Thương trong thời \
hạn 03 ngày làm việc kể từ ngày kết thúc cuộc họp để Sở Công Thương tổng hợp, báo cáo UBND \
tỉnh trước ngày 05/6/2026.
2. Sở Nội vụ gửi báo cáo cho Sở Tài chính trước ngày 10/6/2026 để Sở Tài chính tổng hợp.
3. Sở Y tế hoàn thành việc rà soát chậm nhất sau 15 ngày kể từ ngày nhận được văn bản này \
để Sở Tài chính báo cáo Bộ Tài chính trong tháng 7/2026.
"""


def test_day_of_the_step_a_purpose_hands_on_to_is_not_the_duty_s() -> None:
    draft = extract(FOLLOW_UP, issued=date(2026, 5, 26), number="12/TB-SCT")
    duties = _by_start(draft)
    for start in ("Các Sở: Tài chính, X", "Sở Y tế hoàn thành v"):
        assert duties[start].get("deadline") is None, start
        assert duties[start]["windows"] == ["không thời hạn"], start
    # With no period of its own, the day in the sentence is the duty's.
    assert duties["Sở Nội vụ gửi báo cá"]["windows"] == ["trước ngày 10/6/2026"]


SAME_YEAR = """\
KẾ HOẠCH
Thống kê trữ lượng

1. Các doanh nghiệp thống kê trữ lượng khoáng sản đã khai thác. Việc thống kê của năm khai \
thác đầu tiên được xác định từ ngày giấy phép khai thác có hiệu lực đến ngày 31 tháng 12 cùng năm.
2. Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh đến ngày 31 tháng 12 năm 2025.
"""


def test_day_of_the_same_year_as_an_event_is_no_deadline() -> None:
    draft = extract(SAME_YEAR, issued=date(2025, 5, 4), number="12/KH-UBND")
    duties = _by_start(draft)
    assert duties["Các doanh nghiệp thốn"]["windows"] == ["không thời hạn"]
    assert duties["Sở Tài chính tổng hợ"]["windows"] == ["ngày 31/12/2025"]


CYCLE_REPORTS = """\
QUYẾT ĐỊNH
Ban hành Quy định chế độ báo cáo

Điều 3. Chế độ báo cáo
1. Sở Nội vụ báo cáo Ủy ban nhân dân tỉnh trước ngày 20 tháng 6 (đối với báo cáo 6 tháng) \
và trước ngày 20 tháng 12 (đối với báo cáo năm).
2. Trước ngày 15 tháng 12 hằng năm, Sở Tài chính tổng hợp dự toán gửi Ủy ban nhân dân tỉnh.
3. Sở Y tế gửi báo cáo chuyên đề về Sở Nội vụ trước ngày 20 tháng 6 năm 2026.
"""


def test_day_of_a_report_named_in_brackets_is_each_period_s() -> None:
    draft = extract(CYCLE_REPORTS, issued=date(2026, 6, 2), number="15/2026/QĐ-UBND")
    duties = _by_start(draft)
    assert duties["Sở Nội vụ báo cáo"].get("deadline") is None
    assert not any(w.startswith("trước ngày") for w in duties["Sở Nội vụ báo cáo"]["windows"])
    assert duties["Trước ngày 15 tháng"]["windows"] == ["trước ngày 15/12 hằng năm"]
    assert duties["Sở Y tế gửi báo cáo"]["windows"] == ["trước ngày 20/6/2026"]


AS_OF = """\
KẾ HOẠCH
Thống kê số liệu

1. Sở Nội vụ báo cáo số liệu (tính đến ngày 30/6/2026) gửi Bộ Nội vụ.
2. Sở Y tế báo cáo số liệu tính đến hết tháng 7/2026 gửi Bộ Y tế trước ngày 15/8/2026.
"""


def test_day_figures_are_counted_to_is_no_deadline() -> None:
    draft = extract(AS_OF, issued=date(2026, 6, 2), number="15/KH-UBND")
    duties = _by_start(draft)
    assert duties["Sở Nội vụ báo cáo"]["windows"] == ["không thời hạn"]
    assert duties["Sở Y tế báo cáo"]["windows"] == ["trước ngày 15/8/2026"]


IN_FORCE = """\
KẾ HOẠCH
Triển khai thi hành Luật

1. Sở Tư pháp hướng dẫn các cơ quan thực hiện Luật Địa chất và khoáng sản có hiệu lực thi \
hành kể từ ngày 01/7/2026.
2. Sở Công Thương trình ban hành quy định về kinh doanh, bảo đảm có hiệu lực trước ngày 01 \
tháng 3 năm 2027.
"""


def test_day_a_named_law_takes_effect_is_not_the_duty_s_time() -> None:
    draft = extract(IN_FORCE, issued=date(2026, 5, 4), number="12/KH-UBND")
    duties = _by_start(draft)
    assert duties["Sở Tư pháp hướng dẫn"]["windows"] == ["không thời hạn"]
    # To see that a text takes effect by a day is a deadline all the same.
    assert duties["Sở Công Thương trình"]["windows"] == ["trước ngày 1/3/2027"]
