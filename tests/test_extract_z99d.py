"""`nq42 extract` on dates that are no deadline of the duty they stand in (branch z99d).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from nq42cli.core.spans import find_spans


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


SESSION_EXPECTED = (
    "NGHỊ QUYẾT\n\n"
    "Điều 1. Đề nghị Ủy ban nhân dân tỉnh:\n"
    "1. Chỉ đạo Sở Tài chính hoàn thiện thủ tục thu hồi đất và báo cáo kết quả thực hiện tại"
    " Kỳ họp thứ Sáu, Hội đồng nhân dân tỉnh (dự kiến tổ chức tháng 12/2026).\n"
    "2. Chỉ đạo Sở Xây dựng sửa chữa tuyến kè, hoàn thành trong tháng 9/2026.\n"
)


def test_expected_time_of_the_session_work_is_brought_to_is_no_deadline() -> None:
    duties = _by_id(extract(SESSION_EXPECTED, issued=date(2026, 7, 20), number="9/NQ-HĐND"))
    assert duties["D1.1"]["windows"] == ["không thời hạn"]
    assert duties["D1.2"]["windows"] == ["tháng 9/2026"]


EACH_ROUND = (
    "KẾ HOẠCH\n\n"
    "1. Bộ phận Tư pháp tham mưu Ủy ban nhân dân phường báo cáo kết quả đánh giá trước"
    " ngày 10 tháng 01 của năm liền kề sau năm đánh giá.\n"
    "2. Các doanh nghiệp thống kê trữ lượng đã khai thác đến ngày 31 tháng 12 của năm"
    " thống kê.\n"
    "3. Bộ phận Tư pháp gửi báo cáo trước ngày 10 tháng 01.\n"
)


def test_day_of_each_reported_year_is_no_one_date() -> None:
    duties = _by_id(extract(EACH_ROUND, issued=date(2025, 11, 3), number="4/KH-UBND"))
    assert duties["S.1"]["windows"] == ["không thời hạn"]
    assert duties["S.2"]["windows"] == ["không thời hạn"]
    assert duties["S.3"]["windows"] == ["trước ngày 10/1/2026"]


AIMS = (
    "NGHỊ QUYẾT\n\n"
    "1. Tổ chức thực hiện Nghị quyết về kết cấu hạ tầng nhằm đưa nước ta cơ bản trở thành"
    " nước công nghiệp theo hướng hiện đại vào năm 2030.\n"
    "2. Sử dụng công nghệ khai thác tiên tiến, hướng tới mục tiêu phát thải ròng bằng 0"
    " trước năm 2050.\n"
    "3. Bộ Công Thương hoàn thành quy hoạch ngành khoáng sản trước năm 2027.\n"
)


def test_year_an_aim_is_reached_in_is_no_deadline() -> None:
    duties = _by_id(extract(AIMS, issued=date(2025, 3, 3), number="5/NQ-CP"))
    assert duties["S.1"]["windows"] == ["không thời hạn"]
    assert duties["S.2"]["windows"] == ["không thời hạn"]
    assert duties["S.3"]["windows"] == ["trước ngày 1/1/2027"]


YEARLY_WINDOW = (
    "HƯỚNG DẪN\n\n"
    "1. Đợt 3/2: Chi bộ đề nghị trao tặng Huy hiệu Đảng cho đảng viên có đủ tuổi đảng từ ngày"
    " 01/12 của năm trước đến hết tháng 02 trong năm.\n"
    "2. Ban Tổ chức hoàn thành việc rà soát hồ sơ đến hết tháng 02.\n"
)


def test_month_in_the_year_with_no_year_named_is_each_years() -> None:
    duties = _by_id(extract(YEARLY_WINDOW, issued=date(2025, 9, 3), number="3-HD/BTCTU"))
    assert duties["S.1"]["windows"] == ["không thời hạn"]
    assert duties["S.2"]["windows"] == ["tháng 2/2026"]


HALF_JUST_ENDED = (
    "NGHỊ QUYẾT\n\n"
    "Điều 1. Hội đồng nhân dân tỉnh thống nhất đánh giá tình hình kinh tế - xã hội như sau:\n"
    "Trong 6 tháng đầu năm được sự chỉ đạo tập trung của Ủy ban nhân dân tỉnh, tình hình"
    " kinh tế - xã hội tiếp tục có chuyển biến.\n"
    "Điều 2. Giao Ủy ban nhân dân tỉnh báo cáo kết quả trước ngày 10/7.\n"
)


def test_half_year_just_ended_is_not_next_years() -> None:
    draft = extract(HALF_JUST_ENDED, issued=date(2017, 7, 13), number="1/NQ-HĐND")
    windows = [w for d in draft.duties for w in d["windows"]]
    assert "6 tháng đầu năm 2018" not in windows
    assert "trước ngày 10/7/2018" in windows


STAMPED = (
    "Sự kiện sắp diễn ra\n"
    "  • Ủy ban bầu cử lập và công bố danh sách chính thức những người ứng cử theo từng đơn vị"
    " bầu cử (chậm nhất là 25 ngày - Khoản 2 Điều 58). (24/04/2021)\n"
    "  • Ban bầu cử nhận và phân phối phiếu bầu cử cho các Tổ bầu cử (trước ngày"
    " 30/04/2021).\n"
)


def test_bare_day_in_brackets_after_the_full_stop_is_a_stamp() -> None:
    draft = extract(STAMPED, issued=date(2021, 4, 20), number="HĐBCQG")
    windows = {d["text"][:12]: d["windows"] for d in draft.duties}
    assert windows["Ủy ban bầu c"] == ["không thời hạn"]
    assert windows["Ban bầu cử n"] == ["trước ngày 30/4/2021"]


COMMENTED = (
    "CÔNG VĂN\n\n"
    "1. Sở Nội vụ hướng dẫn các doanh nghiệp gửi báo cáo tiền lương trước ngày 20/12/2025.\n"
    "2. Việc yêu cầu các doanh nghiệp gửi báo cáo tiền thưởng Tết về Bộ Nội vụ trước ngày"
    " 25/12/2025 giúp nâng cao tính minh bạch trong chính sách phúc lợi.\n"
)


def test_time_of_an_act_a_sentence_comments_on_is_no_deadline() -> None:
    draft = extract(COMMENTED, issued=date(2025, 12, 1), number="10287/BNV-CTL")
    windows = [w for d in draft.duties for w in d["windows"]]
    assert "trước ngày 20/12/2025" in windows
    assert "trước ngày 25/12/2025" not in windows


def test_span_of_years_begun_before_the_document_is_a_period() -> None:
    got = find_spans("Đào tạo CNTT cho cán bộ công chức các cấp: 2002- 2010", date(2010, 8, 1))
    assert [(sp.text, sp.code) for sp in got] == [("2002- 2010", "span.period")]
    got = find_spans("Sở Nội vụ đào tạo CNTT cho cán bộ: 2010 - 2011", date(2010, 8, 1))
    assert [sp.code for sp in got] != ["span.period"]
