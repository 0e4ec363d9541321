"""`nq42 extract` on lead owners of lead-ins and run-in owners (branch z102d).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names


def _by_text(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["text"][:20]: d for d in draft.duties}


DOES_LISTED = (
    "QUYẾT ĐỊNH\n\n"
    "Điều 2. Tổ chức thực hiện\n\n"
    "Khu Quản lý đường bộ II triển khai thực hiện Điều 1 của Quyết định này và các nội dung"
    " sau:\n\n"
    "- Rà soát hiện trạng các cầu yếu trên tuyến quốc lộ được giao quản lý;\n"
    "- Nghiên cứu phương án gia cố mái ta luy tại các điểm sạt lở;\n"
    "- Phối hợp với lực lượng Cảnh sát giao thông để bảo đảm giao thông.\n"
)


def test_body_that_does_the_points_below_owns_them() -> None:
    draft = extract(DOES_LISTED, issued=date(2026, 7, 1), number="9/QĐ-CĐBVN")
    duties = _by_text(draft)
    for start in ("Rà soát hiện trạng c", "Nghiên cứu phương án", "Phối hợp với lực lượ"):
        assert lead_names(draft, duties[start]) == ["Khu Quản lý đường bộ II"]


DOES_LISTED_SO = (
    "KẾ HOẠCH\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n\n"
    "Sở Xây dựng có trách nhiệm thực hiện các nhiệm vụ sau:\n\n"
    "- Hướng dẫn các địa phương lập danh mục công trình cần sửa chữa;\n"
    "- Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh.\n"
)


def test_responsible_body_doing_the_tasks_below_owns_them() -> None:
    draft = extract(DOES_LISTED_SO, issued=date(2026, 3, 1), number="5/KH-UBND")
    for d in draft.duties:
        assert lead_names(draft, d) == ["Sở Xây dựng"]


LOWER_KIND_PARTNER = (
    "KẾ HOẠCH\n\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Phòng Nội vụ: Chủ trì tham mưu UBND huyện triển khai kế hoạch tuyển dụng.\n"
    "2. Phòng Tài chính - Kế hoạch: Phối hợp với phòng Nội vụ tham mưu UBND huyện bố trí"
    " kinh phí tổ chức tuyển dụng.\n"
    "3. Phòng Y tế: Phối hợp với chính quyền địa phương tuyên truyền kế hoạch.\n"
)


def test_office_written_in_lower_case_before_its_name_leads_when_joined() -> None:
    draft = extract(LOWER_KIND_PARTNER, issued=date(2020, 3, 1), number="54/KH-UBND")
    duties = {d["id"]: d for d in draft.duties}
    assert lead_names(draft, duties["III.2"]) == ["phòng Nội vụ"]
    # A common noun in lower case names no one body: the heading's owner stays lead.
    assert lead_names(draft, duties["III.3"]) == ["Phòng Y tế"]


CITY_URGED = (
    "THÔNG BÁO\n\n"
    "Kết luận của Phó Thủ tướng tại buổi làm việc với lãnh đạo Thành phố Hải Phòng\n\n"
    "## III. VỀ CÁC KIẾN NGHỊ CỦA THÀNH PHỐ\n\n"
    "**1.** Về cơ chế đặc thù phát triển cảng biển:\n\n"
    "- Thành phố khẩn trương rà soát, hoàn thiện hồ sơ đề xuất cơ chế đặc thù, gửi Bộ Tài"
    " chính để tổng hợp.\n"
    "- Giao Bộ Tài chính chủ trì tổng hợp, báo cáo Thủ tướng Chính phủ.\n"
)


def test_city_referred_to_by_its_head_word_urged_is_the_lead() -> None:
    draft = extract(CITY_URGED, issued=date(2026, 7, 10), number="400/TB-VPCP")
    duties = _by_text(draft)
    assert lead_names(draft, duties["Thành phố khẩn trươn"]) == ["Thành phố"]


TRADERS_BOUND = (
    "NGHỊ QUYẾT\n\n"
    "I. PHẠM VI\n\n"
    "Nghị quyết quy định lộ trình phối trộn nhiên liệu sinh học.\n\n"
    "II. TRÁCH NHIỆM CỦA THƯƠNG NHÂN KINH DOANH XĂNG DẦU\n\n"
    "Nghị quyết nêu rõ, thương nhân đầu mối kinh doanh xăng dầu có trách nhiệm báo cáo"
    " Bộ Công Thương kế hoạch phối trộn hằng quý.\n\n"
    "Thương nhân phân phối xăng dầu, thương nhân nhận quyền bán lẻ xăng dầu có trách nhiệm"
    " niêm yết giá bán tại cửa hàng.\n"
)


def test_traders_a_trade_rule_binds_own_their_duties() -> None:
    draft = extract(TRADERS_BOUND, issued=date(2026, 6, 1), number="29/NQ-CP")
    leads = [lead_names(draft, d) for d in draft.duties]
    assert ["thương nhân đầu mối kinh doanh xăng dầu"] in leads
    assert [
        "Thương nhân phân phối xăng dầu",
        "thương nhân nhận quyền bán lẻ xăng dầu",
    ] in leads


CASE_SLIP_HEADING = (
    "KẾ HOẠCH\n\n"
    "IV. TỔ CHỨC THỰC HIỆN\n\n"
    "1. Sở Công Thương\n\n"
    "- Chủ trì tổ chức thực hiện Kế hoạch này.\n\n"
    "2. Sở thông tin và Truyền thông\n\n"
    "- Phát triển hạ tầng viễn thông và internet trên địa bàn.\n"
    "- Triển khai đồng bộ Kế hoạch này với các chương trình phát triển công nghệ thông tin.\n"
)


def test_owner_heading_that_lost_a_capital_still_owns_its_points() -> None:
    draft = extract(CASE_SLIP_HEADING, issued=date(2016, 5, 1), number="1740/QĐ-UBND")
    duties = _by_text(draft)
    for start in ("Phát triển hạ tầng v", "Triển khai đồng bộ K"):
        assert lead_names(draft, duties[start]) == ["Sở thông tin và Truyền thông"]
