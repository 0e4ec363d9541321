"""`nq42 extract` on a school's timetables and appendices (branch z107c).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names


def _by_text(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["text"][:20]: d for d in draft.duties}


TIMETABLE = """\
TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN

HƯỚNG DẪN
Tổ chức thực tập cho sinh viên

| TT | Nội dung | Thời gian dự kiến | Bộ phận thực hiện |
| :-- | :--- | :--- | :--- |
| 1 | Lập danh sách sinh viên đủ điều kiện thực tập | Từ học kì 7 | CTĐT, Khoa |
| 2 | Nộp báo cáo thực tập bản mềm về Khoa | Sau 02 ngày kể từ khi kết thúc | SV, Khoa |
| 3 | Gửi kết quả kiểm tra đạo văn cho các Khoa | Sau 02 ngày | Phòng KT và ĐBCL |
| 4 | Chấm báo cáo thực tập của sinh viên | Sau 05 ngày | Khoa/CTĐT, giảng viên |
"""


def test_doer_column_gives_the_rows_joint_leads() -> None:
    draft = extract(TIMETABLE, issued=date(2025, 5, 20), number="48/HD-ĐHKHTN")
    rows = _by_text(draft)
    assert sorted(lead_names(draft, rows["Lập danh sách sinh v"])) == ["CTĐT", "Khoa"]
    assert sorted(lead_names(draft, rows["Nộp báo cáo thực tập"])) == ["Khoa", "SV"]
    assert lead_names(draft, rows["Gửi kết quả kiểm tra"]) == ["Phòng KT và ĐBCL"]
    assert sorted(lead_names(draft, rows["Chấm báo cáo thực tậ"])) == ["Khoa/CTĐT", "giảng viên"]
    # Relative times (to a semester, to another step) are no calendar deadline.
    assert all(not d.get("timing") for d in draft.duties)


SIGNED_THEN_APPENDIX = """\
TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN

HƯỚNG DẪN
Công tác thực tập của sinh viên

1. Trách nhiệm của các đơn vị
**1.1. Các Khoa**
+ Xây dựng nội dung thực tập chuyên ngành bám sát chuẩn đầu ra.
+ Theo dõi, đánh giá kết quả thực tập của sinh viên.

**Nơi nhận:**
- Như trên;
- Lưu: VT.

**HIỆU TRƯỞNG**
**Nguyễn Văn A**

---
### Phụ lục 1. Quy trình triển khai hoạt động thực tập

| TT | Nội dung | Đơn vị/cá nhân thực hiện | Thời gian hoàn thành dự kiến |
| :-- | :--- | :--- | :--- |
| 1. | Chuẩn bị và lên kế hoạch thực tập | Khoa/CTĐT, sinh viên | 6 tuần trước khi thực tập |
| 2. | Cấp giấy giới thiệu cho sinh viên | Phòng Đào tạo | 1 tuần trước thực tập |
"""


def test_sentence_case_appendix_after_the_signature_is_read() -> None:
    draft = extract(SIGNED_THEN_APPENDIX, issued=date(2025, 5, 20), number="48/HD-ĐHKHTN")
    rows = _by_text(draft)
    assert lead_names(draft, rows["Xây dựng nội dung th"]) == ["Các Khoa"]
    assert sorted(lead_names(draft, rows["Chuẩn bị và lên kế h"])) == ["Khoa/CTĐT", "sinh viên"]
    assert lead_names(draft, rows["Cấp giấy giới thiệu "]) == ["Phòng Đào tạo"]


def test_a_units_name_listing_learners_stays_whole() -> None:
    text = (
        "TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN\n\nKẾ HOẠCH\nCông tác năm học\n\n"
        "| TT | Nội dung | Đơn vị thực hiện | Thời gian |\n| :-- | :--- | :--- | :--- |\n"
        "| 1 | Tổ chức tuần sinh hoạt công dân | Phòng Công tác học sinh, sinh viên | Tháng 9 |\n"
    )
    draft = extract(text, issued=date(2025, 8, 1), number="5/KH-ĐHKHTN")
    (duty,) = draft.duties
    assert lead_names(draft, duty) == ["Phòng Công tác học sinh, sinh viên"]
