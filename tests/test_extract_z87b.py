"""`nq42 extract` on short letters of a provincial department, OCR'd from scans (branch z87b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import extract
from tests.extract_helpers import owner_names

SEMICOLON_FRAME = (
    "SỞ Y TẾ\n"
    "Số: 15/SYT-VP\n"
    "V/v báo cáo công tác năm 2020.\n"
    "Kính gửi:\n"
    "- Các bệnh viện tuyến tỉnh;\n"
    "- Trung tâm Kiểm soát bệnh tật tỉnh.\n"
    "Thực hiện ý kiến chỉ đạo của Giám đốc Sở Y tế về việc chuẩn bị tổng kết công tác\n"
    "chuyên môn năm 2020; Sở Y tế đề nghị Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh\n"
    "báo cáo kết quả hoạt động năm 2020 và phương hướng năm 2021.\n"
    "Văn bản gửi về Sở Y tế trước ngày 18 tháng 12 năm 2020.\n"
    "Văn phòng Sở thông báo đến đơn vị biết, thực hiện./.\n"
)


def test_semicolon_frame_is_kept_with_the_request() -> None:
    draft = extract(SEMICOLON_FRAME, issued=date(2020, 12, 10))
    assert len(draft.duties) == 1
    duty = draft.duties[0]
    assert duty["text"].startswith("Thực hiện ý kiến chỉ đạo của Giám đốc Sở Y tế")
    assert owner_names(draft, duty) == ["Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh"]
    assert duty["windows"] == ["trước ngày 18/12/2020"]


LEAD_IN_LETTER = (
    "SƠ Y TE\n"
    "Số: 31/SYT-NVY\n"
    "V/v báo cáo công tác phòng chống dịch năm 2020\n"
    "Kính gửi:\n"
    "\n"
    "- Giám đốc các bệnh viện trong tỉnh;\n"
    "- Giám đốc trung tâm y tế huyện, thành phố.\n"
    "(sau đây gọi chung là thủ trưởng các đơn vị)\n"
    "\n"
    "Thực hiện Công văn số 88/DP-KH ngày 02 tháng 11 năm 2020 của Cục Y tế dự phòng,\n"
    "Giám đốc Sở Y tê yêu câu thủ trưởng các đơn vị chỉ đạo thực hiện những nội\n"
    "dung như sau:\n"
    "\n"
    "Báo cáo công tác phòng chống dịch năm 2020 theo mẫu (đính kèm). Văn bản báo cáo\n"
    "gửi về Phòng Nghiệp vụ Y trước ngày 20/12/2020.\n"
    "\n"
    "Nhận được Công văn yêu cầu thủ trưởng các đơn vị khẩn trương thực hiện, mọi\n"
    "thông tin xin liên hệ số điện thoại 0912.000.111./.\n"
)


def test_paragraph_after_a_letters_lead_in_is_its_point() -> None:
    draft = extract(LEAD_IN_LETTER, issued=date(2020, 12, 5))
    assert [d["text"][:20] for d in draft.duties] == ["Báo cáo công tác phò"]
    duty = draft.duties[0]
    assert owner_names(draft, duty) == ["thủ trưởng các đơn vị"]
    assert duty["windows"] == ["trước ngày 20/12/2020"]


RUN_ON_FRAME = (
    "SỞ THÔNG TIN VÀ TRUYỀN THÔNG\n"
    "Số: 40/STTTT-CNTT\n"
    "V/v đăng ký tham dự Hội thi tin học.\n"
    "Kính gửi:\n"
    "- Các đơn vị trực thuộc sở;\n"
    "- Các doanh nghiệp viễn thông.\n"
    "Thực hiện Kế hoạch số 12/KH-STTTT ngày 2 tháng 3 năm 2015 của sở Thông tin và\n"
    "Truyền thông về tổ chức Hội thi tin học năm 2015.\n"
    "Sở Thông tin và Truyền thông đề nghị các đơn vị gửi danh sách thí sinh\n"
    "trước ngày 15/ 3/ 2015 qua phòng Công nghệ thông tin sở.\n"
    "Vậy sở Thông tin và Truyền thông gửi các đơn vị biết và thực hiện.\n"
)


def test_request_after_a_run_on_frame_sentence_is_the_letters_task() -> None:
    draft = extract(RUN_ON_FRAME, issued=date(2015, 3, 5))
    assert len(draft.duties) == 1
    duty = draft.duties[0]
    assert duty["text"].startswith("Sở Thông tin và Truyền thông đề nghị các đơn vị")
    assert duty["windows"] == ["trước ngày 15/3/2015"]


OCR_COMMA_AND_RECIPIENTS = (
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH AN BÌNH\n"
    "Số: 77/UBND-KT\n"
    "V/v triển khai quy trình nội bộ\n"
    "Kính gửi:\n"
    "- Sở Xây dựng,\n"
    "- Sở Tài chính.\n"
    "\n"
    "Xét đề nghị của Sở Xây dựng, Chủ tịch UBND tỉnh có ý kiến như sau:\n"
    "\n"
    "1, Giao Sở Xây dựng chủ trì, phối hợp Sở Tài chính xây dựng quy trình nội bộ,\n"
    "hoàn thành trước ngày 20/3/2024.\n"
    "\n"
    "2. Giao Sở Tài chính rà soát danh mục thủ tục hành chính, trình Chủ tịch UBND tỉnh\n"
    "công bố đúng thời hạn./.\n"
    "\n"
    "Đo nhận: TL. CHỦ TỊCH\n"
    "- Như trên;\n"
    "- PCT UBND tỉnh;\n"
    "- Lưu: VT, KT.\n"
)


def test_ocr_comma_after_one_and_misread_recipients_line() -> None:
    draft = extract(OCR_COMMA_AND_RECIPIENTS, issued=date(2024, 3, 1))
    assert [d["id"] for d in draft.duties] == ["S.1", "S.2"]
    assert draft.duties[0]["text"].startswith("Giao Sở Xây dựng chủ trì")
    assert draft.duties[0]["windows"] == ["trước ngày 20/3/2024"]
    assert not any("Như trên" in d["text"] for d in draft.duties)


SCHEDULE_AFTER_SIGNATURE = (
    "SỞ Y TẾ\n"
    "Số: 90/KH-SYT\n"
    "KẾ HOẠCH\n"
    "Kiểm tra công tác tiêm chủng năm 2019\n"
    "I. MỤC ĐÍCH\n"
    "Đánh giá việc thực hiện tiêm chủng tại các đơn vị.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Đoàn kiểm tra của Sở Y tế kiểm tra các đơn vị theo lịch đính kèm.\n"
    "Sở Y tế yêu cầu các đơn vị nghiêm túc thực hiện./.\n"
    "Nơi nhận:\n"
    "- Như trên;\n"
    "- Lưu: VT.\n"
    "Trần Văn An\n"
    "Lịch kiểm tra công tác tiêm chủng năm 2019\n"
    "STT Đơn vị được kiểm tra Thời gian kiểm tra\n"
    "Bệnh viện đa khoa huyện Mỹ Lộc Ngày 04 - 05/3/2019\n"
    "mm Trung tâm y tế huyện Tân Phong Ngày 06/3/2019\n"
    "Bệnh viện đa khoa huyện Bình Sơn | Chiều ngày 07/3/2019\n"
    "Trung tâm y tế huyện Hòa Lạc Ngày 08/3/2019\n"
    "Lưu ý: các đơn vị chuẩn bị hồ sơ trước buổi làm việc.\n"
)


def test_schedule_rows_after_the_signature_are_dated_rows() -> None:
    draft = extract(SCHEDULE_AFTER_SIGNATURE, issued=date(2019, 2, 20))
    rows = [d for d in draft.duties if d["text"].startswith(("Bệnh viện", "Trung tâm"))]
    assert [d["text"] for d in rows] == [
        "Bệnh viện đa khoa huyện Mỹ Lộc",
        "Trung tâm y tế huyện Tân Phong",
        "Bệnh viện đa khoa huyện Bình Sơn",
        "Trung tâm y tế huyện Hòa Lạc",
    ]
    assert rows[0]["windows"] == ["ngày 4/3/2019 - ngày 5/3/2019"]
    assert rows[2]["windows"] == ["ngày 7/3/2019"]
    assert not any(d["text"].startswith("Lưu ý") for d in draft.duties)


BASIS_THEN_BARE_GIAO = (
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH AN BÌNH\n"
    "Số: 78/UBND-KT\n"
    "V/v công bố thủ tục hành chính\n"
    "Kính gửi:\n"
    "- Sở Xây dựng,\n"
    "- Sở Tài chính.\n"
    "\n"
    "Chủ tịch UBND tỉnh có ý kiến như sau:\n"
    "\n"
    "1. Giao Sở Xây dựng chủ trì rà soát quy trình nội bộ, hoàn thành trước ngày 20/3/2024.\n"
    "\n"
    "2. Căn cứ quy định tại khoản 2 Điều 8 Nghị định số 10/2024/NĐ-CP ngày 01/02/2024 của\n"
    "Chính phủ; giao Sở Tài chính rà soát danh mục thủ tục hành chính, phối hợp với Sở Xây\n"
    "dựng tham mưu công bố đúng thời hạn./.\n"
)


def test_basis_closed_by_semicolon_then_bare_giao_names_the_lead() -> None:
    draft = extract(BASIS_THEN_BARE_GIAO, issued=date(2024, 3, 1))
    second = next(d for d in draft.duties if d["text"].startswith("Căn cứ quy định"))
    assert owner_names(draft, second)[0] == "Sở Tài chính"
