"""`nq42 extract` on dates and owner names written in less common ways (branch z106b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names, starting


def _draft(text: str) -> Draft:
    return extract(text, issued=date(2025, 2, 1), number="1/KH-UBND")


def _windows(draft: Draft, start: str) -> list[str]:
    duty: dict[str, Any] = starting(draft, start)
    return list(duty.get("windows") or [])


BARE_DAYS = (
    "KẾ HOẠCH\n\n"
    "1. Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân tỉnh chậm nhất 9.3.\n"
    "2. Sở Tư pháp thẩm định dự thảo trước 30/6.\n"
    "3. Sở Nội vụ rà soát hồ sơ trước 15.11 để trình Ủy ban nhân dân tỉnh.\n"
    "4. Trước 25/5, Sở Giáo dục và Đào tạo hoàn thành tuyển sinh.\n"
    "5. Sở Y tế chủ trì rà soát số giường bệnh trước 1/2 nhiệm kỳ.\n"
    "6. Sở Xây dựng chủ trì tăng 6.7.\n"
)


def test_bare_day_after_a_limit_word_is_a_deadline_with_dot_or_slash() -> None:
    draft = _draft(BARE_DAYS)
    assert _windows(draft, "Sở Tài chính") == ["ngày 9/3/2025"]
    assert _windows(draft, "Sở Tư pháp") == ["trước ngày 30/6/2025"]
    assert _windows(draft, "Sở Nội vụ") == ["trước ngày 15/11/2025"]
    assert _windows(draft, "Trước 25/5") == ["trước ngày 25/5/2025"]


def test_a_fraction_or_a_bare_pair_without_a_limit_word_is_no_deadline() -> None:
    draft = _draft(BARE_DAYS)
    assert _windows(draft, "Sở Y tế") == ["không thời hạn"]
    assert _windows(draft, "Sở Xây dựng") == ["không thời hạn"]


SHARED_DOTTED = (
    "CÔNG ĐIỆN\n\n"
    "2. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh chủ trì, phối"
    " hợp với cơ quan thanh tra khẩn trương hoàn thành việc rà soát các dự án theo văn bản số"
    " 13021/BTC-PTHT ngày 22.8.2025. UBND thành phố Đà Nẵng khẩn trương hoàn thành việc xác"
    " định rõ các dự án có vướng mắc. Thời hạn hoàn thành: trước ngày 30.11.2025.\n"
)


def test_a_closing_time_field_with_a_dotted_day_is_shared_by_each_sentence() -> None:
    draft = _draft(SHARED_DOTTED)
    city = starting(draft, "UBND thành phố Đà Nẵng")
    assert lead_names(draft, city) == ["UBND thành phố Đà Nẵng"]
    assert city["windows"] == ["trước ngày 30/11/2025"]


CAPS_HEADINGS = (
    "KẾ HOẠCH\n\n"
    "III. TỔ CHỨC THỰC HIỆN\n\n"
    "1. SỞ KẾ HOẠCH VÀ ĐẦU TƯ:\n\n"
    "- Chủ trì tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.\n\n"
    "2. SỞ GIÁO DỤC VÀ ĐÀO TẠO:\n\n"
    "- Tổ chức tuyên truyền.\n\n"
    "3. SỞ Y TẾ VÀ SỞ TÀI CHÍNH:\n\n"
    "- Kiểm tra việc thực hiện.\n"
)


def test_a_department_named_in_capitals_keeps_its_second_field_after_va() -> None:
    draft = _draft(CAPS_HEADINGS)
    assert lead_names(draft, starting(draft, "Chủ trì tổng hợp")) == ["SỞ KẾ HOẠCH VÀ ĐẦU TƯ"]
    assert lead_names(draft, starting(draft, "Tổ chức tuyên truyền")) == ["SỞ GIÁO DỤC VÀ ĐÀO TẠO"]
    assert lead_names(draft, starting(draft, "Kiểm tra")) == ["SỞ Y TẾ", "SỞ TÀI CHÍNH"]


def test_ministries_and_the_provinces_abbreviated_are_one_collective() -> None:
    draft = _draft(
        "QUYẾT ĐỊNH\n\nĐiều 5. Tổ chức thực hiện\n\n"
        "Hằng năm, các bộ, ngành và UBND các tỉnh, thành phố trực thuộc trung ương báo cáo kết"
        " quả thực hiện về Bộ Nội vụ tổng hợp, báo cáo Thủ tướng Chính phủ.\n"
    )
    duty = starting(draft, "Hằng năm")
    assert lead_names(draft, duty) == [
        "các bộ, ngành và UBND các tỉnh, thành phố trực thuộc trung ương"
    ]


def test_the_province_level_restates_an_abbreviated_heading_owner() -> None:
    draft = _draft(
        "QUYẾT ĐỊNH\n\n"
        "Điều 13. Trách nhiệm của UBND tỉnh, thành phố trực thuộc trung ương\n\n"
        "1. Chỉ đạo các sở, ngành rà soát đối tượng được hỗ trợ.\n\n"
        "2. Căn cứ vào điều kiện và tình hình thực tế, Ủy ban nhân dân cấp tỉnh báo cáo Hội đồng"
        " nhân dân cấp tỉnh để quyết định các đối tượng được hỗ trợ khác.\n"
    )
    duty = starting(draft, "Căn cứ vào điều kiện")
    assert lead_names(draft, duty) == ["UBND tỉnh, thành phố trực thuộc trung ương"]


def test_a_summary_day_without_its_year_is_the_body_day_restated() -> None:
    from nq42cli.core.layout_runon import _restated

    summary = (
        "Phó Thủ tướng yêu cầu Bộ trưởng Bộ Kế hoạch và Đầu tư tổ chức kiểm điểm trách nhiệm"
        " tập thể, cá nhân chậm giải ngân vốn, báo cáo Thủ tướng trước 30/7."
    )
    body = (
        "Ông yêu cầu Bộ trưởng Bộ Kế hoạch và Đầu tư tổ chức kiểm điểm trách nhiệm tập thể, cá"
        " nhân chậm giải ngân vốn, báo cáo Thủ tướng trước ngày 30/7/2017."
    )
    assert _restated(summary, body)
    assert not _restated(summary.replace("30/7", "3/7"), body)


def test_levels_and_kinds_listed_in_capitals_stay_one_owner() -> None:
    draft = _draft(
        "QUYẾT ĐỊNH\n\nĐiều 7. Trách nhiệm\n\n"
        "2. ỦY BAN NHÂN DÂN HUYỆN, THỊ XÃ, THÀNH PHỐ: Trong thời hạn không quá 15 ngày làm việc"
        " kể từ ngày nhận được văn bản đề nghị có trách nhiệm:\n\n"
        "a) Kiểm tra hồ sơ đề nghị.\n\n"
        "3. SỞ Y TẾ, SỞ TÀI CHÍNH: Chủ động rà soát các quy định.\n"
    )
    assert lead_names(draft, starting(draft, "Kiểm tra hồ sơ")) == [
        "ỦY BAN NHÂN DÂN HUYỆN, THỊ XÃ, THÀNH PHỐ"
    ]
    assert lead_names(draft, starting(draft, "SỞ Y TẾ")) == ["SỞ Y TẾ", "SỞ TÀI CHÍNH"]


def test_a_bare_day_before_a_bracket_and_the_provinces_under_tw() -> None:
    draft = _draft(
        "QUYẾT ĐỊNH\n\n"
        "Điều 13. Trách nhiệm của UBND các tỉnh, thành phố trực thuộc TW\n\n"
        "1. Gửi phiếu thông tin về Sở Y tế trước 1.11 (mỗi đơn vị gửi 02 phiếu).\n\n"
        "2. Căn cứ vào điều kiện và tình hình thực tế, Ủy ban nhân dân cấp tỉnh báo cáo Hội đồng"
        " nhân dân cấp tỉnh để quyết định các đối tượng được hỗ trợ khác.\n"
    )
    assert _windows(draft, "Gửi phiếu") == ["trước ngày 1/11/2025"]
    duty = starting(draft, "Căn cứ vào điều kiện")
    assert lead_names(draft, duty) == ["UBND các tỉnh, thành phố trực thuộc TW"]


def test_a_closing_time_line_with_a_dotted_day_dates_the_point_above() -> None:
    draft = _draft(
        "CÔNG VĂN\n\n1.3. Giao Ủy ban nhân dân các phường\n"
        "- Trên cơ sở dữ liệu đất đai, Ủy ban nhân dân các phường, xã tổ chức rà soát, cập nhật"
        " dữ liệu số nhà đã cấp; bảo đảm thống nhất, đồng bộ và chính xác.\n"
        "Thời gian hoàn thành trước ngày 31.12.2025**.**\n"
        "1.4. Giao Sở Xây dựng\nTheo dõi, đôn đốc Ủy ban nhân dân các phường.\n"
    )
    assert [d["text"][:9] for d in draft.duties] == ["Trên cơ s", "Theo dõi,"]
    assert _windows(draft, "Trên cơ sở") == ["trước ngày 31/12/2025"]
