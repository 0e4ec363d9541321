"""`nq42 extract` on signed central documents and the legal pages that carry them (z89f).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names


def _by_text(draft: Draft, start: str) -> dict[str, Any]:
    return next(d for d in draft.duties if d["text"].startswith(start))


LIST_WORKED_WITH = (
    "NGHỊ QUYẾT\n\n"
    "Điều 1. Giao Bộ trưởng Bộ Xây dựng: (i) Thay mặt Chính phủ ký Tờ trình về dự thảo Nghị"
    " quyết, trình Quốc hội xem xét, thông qua tại Kỳ họp thứ 10; (ii) Căn cứ ý kiến của cơ"
    " quan có thẩm quyền để hoàn thiện hồ sơ dự thảo và báo cáo, giải trình với Ủy ban"
    " Thường vụ Quốc hội, Quốc hội, các cơ quan của Quốc hội theo quy định.\n"
)


def test_bodies_listed_after_giai_trinh_voi_are_no_subject() -> None:
    draft = extract(LIST_WORKED_WITH, issued=date(2025, 11, 20), number="1/NQ-CP")
    duty = _by_text(draft, "Căn cứ ý kiến")
    assert lead_names(draft, duty) == ["Bộ trưởng Bộ Xây dựng"]


ON_DUTY_HEADING = (
    "CÔNG VĂN\n\n"
    "Bộ Y tế đề nghị các cơ quan thực hiện các công việc sau:\n\n"
    "**(1) Bảo đảm thuốc, vật tư** cho công tác cấp cứu trong dịp nghỉ lễ.\n\n"
    "**(2) Thường trực báo cáo:**\n\n"
    "- Bảo đảm thường trực đường dây nóng 24/24 để sẵn sàng chi viện khi cần thiết.\n\n"
    "- Cơ sở khám chữa bệnh báo cáo trực tuyến số liệu từng ngày về tình hình cấp cứu.\n"
)


def test_on_duty_heading_names_no_standing_office() -> None:
    draft = extract(ON_DUTY_HEADING, issued=date(2025, 4, 20), number="1/BYT-KCB")
    duty = _by_text(draft, "Bảo đảm thường trực")
    assert "Thường trực" not in lead_names(draft, duty)


ARTICLE_THEN_OWN_PARAGRAPHS = (
    "NGHỊ QUYẾT\n\nQUYẾT NGHỊ:\n\n"
    "Điều 1. Thông qua Báo cáo tiếp thu ý kiến của các vị đại biểu về dự án Luật X.\n"
    "Bộ Nội vụ chủ trì, phối hợp với các Bộ, cơ quan liên quan hoàn thiện Dự thảo Luật.\n"
    "Điều 2. Giao Bộ trưởng Bộ Tư pháp thay mặt Chính phủ ký báo cáo trình Quốc hội.\n"
    "Bộ Tư pháp chịu trách nhiệm toàn diện về nội dung dự thảo Luật.\n"
    "Điều 3. Nghị quyết này có hiệu lực thi hành kể từ ngày ký.\n"
)


def test_article_sentence_then_paragraphs_with_own_subjects_are_duties_each() -> None:
    draft = extract(ARTICLE_THEN_OWN_PARAGRAPHS, issued=date(2025, 12, 2), number="1/NQ-CP")
    chief = _by_text(draft, "Bộ Nội vụ chủ trì")
    assert lead_names(draft, chief) == ["Bộ Nội vụ"]
    whole = _by_text(draft, "Bộ Tư pháp chịu trách nhiệm")
    assert lead_names(draft, whole) == ["Bộ Tư pháp"]
    assert any(d["text"].startswith("Giao Bộ trưởng Bộ Tư pháp") for d in draft.duties)


RESTATED_IN_BOLD = (
    "Tại Mục 2 Công điện, Thủ tướng yêu cầu như sau:\n\n"
    "2. Chủ tịch Ủy ban nhân dân các tỉnh ven biển thực hiện:\n\n"
    "- Căn cứ tình hình cụ thể tại địa phương chủ động quyết định việc cấm biển ngay từ sáng"
    " ngày 06/11.\n\n"
    "- Tổ chức sơ tán, di dời triệt để dân cư tại các khu vực nguy hiểm, không bảo đảm an toàn.\n\n"
    "Như vậy, Thủ tướng yêu cầu thực hiện các biện pháp ứng phó bão như sau:\n\n"
    "**- Căn cứ tình hình cụ thể tại địa phương chủ động quyết định việc ****cấm biển**** ngay"
    " từ sáng ngày 06/11/2025.**\n\n"
    "**- ****Tổ chức sơ tán****, di dời triệt để dân cư tại các khu vực nguy hiểm, không bảo"
    " đảm an toàn.**\n"
)


def test_bold_restatement_after_summing_up_is_no_second_duty() -> None:
    draft = extract(RESTATED_IN_BOLD, issued=date(2025, 11, 6), number="1/CĐ-TTg")
    starts = [d["text"][:30] for d in draft.duties]
    assert sum(1 for s in starts if s.startswith("Căn cứ tình hình")) == 1
    assert sum(1 for s in starts if s.startswith("Tổ chức sơ tán")) == 1


SCHEDULE_RECEIVES = (
    "Sở Giáo dục và Đào tạo hướng dẫn lịch thi như sau.\n\n"
    "Ngày 27/5/2017: Kết thúc việc kiểm tra, cập nhật dữ liệu đăng ký dự thi.\n\n"
    "Ngày 8/7-17/7/2017: Các trường THPT, các trung tâm nhận đơn phúc khảo bài thi; xem xét,"
    " phân loại và tổng hợp số liệu.\n\n"
    "Ngày 30/7/2017: Báo cáo kết quả tốt nghiệp THPT chính thức với Bộ GD&ĐT.\n"
)


def test_receiving_the_papers_ends_the_names() -> None:
    draft = extract(SCHEDULE_RECEIVES, issued=date(2017, 5, 2), number="1/HD-SGDĐT")
    duty = _by_text(draft, "Ngày 8/7")
    assert lead_names(draft, duty) == ["Các trường THPT", "các trung tâm"]


AFTER_THE_MEETING = (
    "KẾ HOẠCH\n\n"
    "2. Phương thức tổ chức:\n\n"
    "- Sau hội nghị hiệp thương lần thứ hai, trên cơ sở danh sách sơ bộ những người được"
    " giới thiệu ứng cử, Ban Thường trực Ủy ban MTTQ xã ban hành Kế hoạch tổ chức hội nghị"
    " lấy ý kiến cử tri.\n\n"
    "- Ban Công tác Mặt trận thôn phối hợp với Trưởng thôn chuẩn bị địa điểm hội nghị.\n"
)


def test_event_opening_then_subject() -> None:
    draft = extract(AFTER_THE_MEETING, issued=date(2026, 1, 12), number="1/KH-MTTQ")
    duty = _by_text(draft, "Sau hội nghị")
    assert lead_names(draft, duty) == ["Ban Thường trực Ủy ban MTTQ xã"]


SPECK_AND_LONG_GROUNDS = (
    "QUYẾT ĐỊNH\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n\n"
    "1. Kế hoạch sử dụng đất\n\n"
    "Căn cứ vào Quy hoạch sử dụng đất quốc gia thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"
    " (Nghị quyết số 39/2021/QH15 ngày 13 tháng 11 năm 2021); các quy hoạch vùng, quy hoạch"
    " tỉnh và chỉ tiêu quy hoạch sử dụng đất quốc gia thời kỳ 2021 - 2030, tầm nhìn đến năm"
    " 2050; kế hoạch sử dụng đất quốc gia 05 năm 2021 - 2025 (Quyết định số 326/QĐ-TTg ngày 09"
    " tháng 3 năm 2022); điều chỉnh phân bổ một số chỉ tiêu sử dụng đất đến năm 2025 (Quyết"
    " định số 227/QĐ-TTg ngày 12 tháng 3 năm 2024), Ủy ban nhân dân các tỉnh, thành phố trực"
    " thuộc Trung ương có trách nhiệm xây dựng phương án phân bổ, khoanh vùng đất đai.\n\n"
    "2. Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương\n\n"
    "a) Chủ động bố trí ngân sách nhà nước để thực hiện các nhiệm vụ trong Quy hoạch.\n\n"
    "_b) Căn cứ định hướng trong Quy hoạch, tiến hành xây dựng kế hoạch phát triển du lịch.\n"
)


def test_long_grounds_then_obliged_bodies_and_a_speck_before_a_letter() -> None:
    draft = extract(SPECK_AND_LONG_GROUNDS, issued=date(2025, 3, 1), number="1/QĐ-TTg")
    grounds = _by_text(draft, "Căn cứ vào Quy hoạch")
    assert lead_names(draft, grounds) == [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
    ]
    speck = _by_text(draft, "Căn cứ định hướng")
    assert lead_names(draft, speck) == ["Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"]


QUOTED_APPENDIX_ROWS = (
    "Chính phủ ban hành Nghị quyết 282/NQ-CP về Chương trình hành động.\n\n"
    "Theo Phụ lục ban hành kèm theo Nghị quyết, danh mục các nhiệm vụ như sau:\n\n"
    "**PHỤ LỤC**\n\n"
    "39 | Khuyến khích phát triển đa dạng các loại hình bảo hiểm sức khỏe | Bộ Tài chính"
    " | Bộ Y tế, các bộ, ngành, cơ quan liên quan | Báo cáo kết quả | 2026 |\n"
    "40 | Tổ chức phối hợp giữa các hoạt động khám sức khỏe định kỳ | Bộ Y tế"
    " | Bộ Giáo dục và Đào tạo, các bộ, ngành, địa phương | Các hoạt động hằng năm | 2026 |\n\n"
    "Theo đó, các nhiệm vụ trên được giao cho các bộ.\n"
)


def test_rows_a_page_quotes_from_an_appendix_are_tasks() -> None:
    draft = extract(QUOTED_APPENDIX_ROWS, issued=date(2025, 9, 15), number="282/NQ-CP")
    row = _by_text(draft, "Khuyến khích phát triển")
    assert lead_names(draft, row) == ["Bộ Tài chính"]
    assert row["windows"] == ["năm 2026"]
