"""`nq42 extract`: spurious deadlines from a page's tags and an OCR'd field (branch z102b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

import pytest

from nq42cli.core.extract import extract

TAGGED_PAGE = (
    "---\n"
    "layout: vanban\n"
    'title: "Quyết định 77/QĐ-TTg về hỗ trợ kinh phí năm 2026"\n'
    "tags:\n"
    "  - quyết định\n"
    "  - 2026\n"
    "  - ngân sách\n"
    "so_hieu: 77/QĐ-TTg\n"
    "---\n\n"
    "# QUYẾT ĐỊNH\n\n"
    "Điều 1. Hỗ trợ 100 tỷ đồng cho các địa phương.\n\n"
    "Điều 2. Bộ Tài chính chịu trách nhiệm hướng dẫn các địa phương sử dụng kinh phí.\n"
)


def test_front_matter_tags_are_no_duties() -> None:
    draft = extract(TAGGED_PAGE, issued=date(2026, 7, 21), number="77/QĐ-TTg")
    texts = [d["text"] for d in draft.duties]
    assert not any(t.strip() in ("2026", "quyết định", "ngân sách") for t in texts)
    assert not any(d["timing"] for d in draft.duties)


@pytest.mark.parametrize(
    ("bullet", "newline"), [("\u2022\t", "\n"), ("\uf0b7 ", "\r\n"), ("- ", "\r\n")]
)
def test_front_matter_tags_copied_out_of_word_or_a_pdf_are_no_duties(
    bullet: str, newline: str
) -> None:
    # Word gives the tags' dashes as bullets before a tab, an old PDF as Symbol-font glyphs
    # with CRLF line ends: still keywords, no year dating a duty of its own.
    copy = TAGGED_PAGE.replace("  - ", "  " + bullet).replace("\n", newline)
    draft = extract(copy, issued=date(2026, 7, 21), number="77/QĐ-TTg")
    texts = [d["text"].strip() for d in draft.duties]
    assert not any(t in ("2026", "quyết định", "ngân sách") for t in texts)
    assert not any(d["timing"] for d in draft.duties)


OCR_TIME_FIELD = (
    "KẾ HOẠCH\n\n"
    "III. NHIỆM VỤ\n\n"
    "1. Xây dựng cổng thông tin điện tử của tỉnh\n"
    "- Cơ quan chủ trì: Sở Thông tin và Truyền thông\n"
    "- Cơ quan phối hợp: Các sở, ban, ngành cấp tỉnh\n"
    "—= Thời gian thực hiện: Năm 2017\n"
    "- Nguồn kinh phí: Ngân sách tỉnh.\n\n"
    "2. Nâng cấp hệ thống một cửa điện tử\n"
    "- Cơ quan chủ trì: Sở Nội vụ\n"
    "-« Thời gian thực hiện: Năm 2018\n"
    "- Nguồn kinh phí: Ngân sách tỉnh.\n"
)


def test_ocr_dash_with_a_mark_is_a_time_field() -> None:
    draft = extract(OCR_TIME_FIELD, issued=date(2016, 12, 1), number="498/KH-UBND")
    assert not any("Thời gian thực hiện" in d["text"] for d in draft.duties)
    timing = {d["id"]: d["timing"] for d in draft.duties}
    assert timing["III.1"] == "Năm 2017"
    assert timing["III.2"] == "Năm 2018"


MEETING_AGENDA = (
    "KẾ HOẠCH\n\n"
    "II. NHIỆM VỤ\n\n"
    "1. Quý II năm 2017\n"
    "a) Chỉ đạo tổ chức Hội thi Tin học trẻ của tỉnh lần thứ 20.\n"
    "b) Họp Thường trực Ban Chỉ đạo mở rộng (tháng 6/2017):\n"
    "- Thông qua báo cáo đánh giá tình hình ứng dụng công nghệ thông tin 6 tháng đầu năm.\n"
    "- Nghe báo cáo tình hình thực hiện các dự án trọng điểm về công nghệ thông tin.\n"
)


def test_meeting_agenda_is_the_meetings_content() -> None:
    draft = extract(MEETING_AGENDA, issued=date(2017, 1, 5), number="1/KH-BCĐ")
    ids = [d["id"] for d in draft.duties]
    assert not any(i.startswith("II.1.b.") for i in ids)
    meeting = next(d for d in draft.duties if d["id"] == "II.1.b")
    assert "Nghe báo cáo" in meeting["text"]


WORKS_ORDER = (
    "QUYẾT ĐỊNH\n\n"
    "Điều 1. Ban hành Lệnh xây dựng công trình khẩn cấp với các nội dung chính như sau:\n\n"
    "1. Tên công trình: Khắc phục sạt lở tại Km12+300 Quốc lộ 6.\n\n"
    "2. Mục đích xây dựng công trình: bảo đảm an toàn giao thông.\n\n"
    "3. Địa điểm thực hiện: Km12+300 Quốc lộ 6, tỉnh Sơn La.\n\n"
    "4. Giải pháp kỹ thuật:\n\n"
    "- Đào móng, bố trí kè rọ thép tại vị trí sạt lở;\n"
    "- Sửa chữa cống ngang hư hỏng.\n\n"
    "5. Thời gian thực hiện: Năm 2026.\n\n"
    "6. Nguồn vốn: Ngân sách nhà nước.\n\n"
    "Điều 2. Khu Quản lý đường bộ I triển khai thực hiện Lệnh xây dựng công trình khẩn cấp.\n"
)


def test_a_works_records_time_dates_none_of_its_particulars() -> None:
    draft = extract(WORKS_ORDER, issued=date(2026, 7, 21), number="850/QĐ-CĐBVN")
    for d in draft.duties:
        if d["text"].startswith(("Đào móng", "Sửa chữa", "Mục đích", "Địa điểm", "Nguồn vốn")):
            assert d["timing"] is None, d


def test_time_of_the_directions_named_is_no_deadline() -> None:
    text = (
        "THÔNG BÁO\n\n"
        "1. Phòng Báo chí Xuất bản\n"
        "- Phối hợp xác minh thông tin, xử lý đơn thư và các chỉ đạo của Giám đốc Sở"
        " trong tháng 1 năm 2017.\n"
        "- Hoàn thành bàn giao hồ sơ, báo cáo lãnh đạo Sở truac ngay 15/02/2017.\n"
    )
    draft = extract(text, issued=date(2017, 2, 3), number="01/TB-STTTT")
    timing = {d["text"][:12]: d["timing"] for d in draft.duties}
    assert timing["Phối hợp xác"] is None
    assert timing["Hoàn thành b"] == "truac ngay 15/02/2017"


def test_a_year_alone_on_a_title_line_breaks_no_run_of_page_numbers() -> None:
    pad = "".join(f"Dòng {k} của trang, nội dung kế hoạch tiếp tục.\n" for k in range(14))
    text = (
        "KẾ HOẠCH\n\n                    đổi mới đánh giá cán bộ giai đoạn 2026 -\n"
        "                                      2030\n\n"
        "I. NHIỆM VỤ\n\n"
        "1. Năm 2026:\n\n"
        f"{pad}"
        "- Từ tháng 4 đến tháng 5/2026: Tổ chức đánh giá rút kinh nghiệm đợt thí điểm.\n\n"
        "                                       25\n"
        "- Tháng 6/2026: Triển khai diện rộng hệ thống quản trị.\n"
        f"{pad}\n"
        "                                       26\n"
        f"{pad}\n"
        "                                       27\n"
    )
    draft = extract(text, issued=date(2026, 6, 1), number="1/KH-TU")
    assert not any(d["text"].strip() in ("25", "26", "27") for d in draft.duties)
