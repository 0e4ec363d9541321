"""`nq42 extract` on saved pages' tails and school timetables (branch z100b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names, starting


def _texts(draft: Draft) -> list[str]:
    return [d["text"] for d in draft.duties]


PAGE_WITH_RELATED = """\
# Kế hoạch tổ chức Hội thảo khoa học sinh viên năm 2025

**1. Hội thảo cấp khoa**

Tuần 10-12 (Từ 03/03/2025 - 23/03/2025)

Các khoa tổ chức phản biện, đánh giá đề tài tại các nhóm chuyên môn.
Hoàn thiện hồ sơ đánh giá của các khoa.

**2. Hội thảo cấp trường**

Tuần 13-14 (Từ 24/03/2025 - 06/04/2025)

Hội đồng xét giải và hoàn thiện hồ sơ sinh viên cấp trường.
Tổng kết và trao giải thưởng ngày 05-06/04/2025.

**Những tin mới hơn**

<h4>Kế hoạch tuyển sinh sau đại học năm 2025 (https://example.edu.vn/tin/ke-hoach-123.html)</h4>
(12/04/2025)

<h4>Thông báo lịch nghỉ hè năm 2025 (https://example.edu.vn/tin/nghi-he-456.html)</h4>
(20/05/2025)
"""


def test_related_items_after_a_page_are_no_duties() -> None:
    draft = extract(PAGE_WITH_RELATED, issued=date(2025, 3, 1), number="1/KH-DHX")
    texts = _texts(draft)
    assert not any("h4" in t or "nghỉ hè" in t for t in texts)
    windows = [w for d in draft.duties for w in d["windows"]]
    assert not any("12/4/2025" in w or "20/5/2025" in w for w in windows)


WEEKS = """\
KẾ HOẠCH TỔ CHỨC CUỘC THI Ý TƯỞNG CẤP TRƯỜNG

I. TIẾN ĐỘ THỰC HIỆN (15/11 → 10/12/2025)
Tuần 1 (15-21/11) – Giai đoạn “Chuẩn bị”:
      15/11: Phát động cuộc thi trên loa phát thanh.
      18/11: Họp giáo viên chủ nhiệm, phát tài liệu.
Tuần 2 (29/11-05/12) – Giai đoạn “Hoàn thiện”:
      30/11: Tập huấn kỹ năng trình bày.
      03/12: Sơ khảo nội bộ, chọn dự án vào chung kết.
"""


def test_week_heading_over_day_dated_lines_is_no_duty() -> None:
    draft = extract(WEEKS, issued=date(2025, 11, 1), number="2/KH-THPT")
    texts = _texts(draft)
    assert not any(t.startswith("Tuần") for t in texts)
    assert any("Sơ khảo nội bộ" in t for t in texts)
    assert not any("5/12/2025" in w for d in draft.duties for w in d["windows"])


ELIGIBLE = (
    "KẾ HOẠCH TỔ CHỨC HỘI NGHỊ SINH VIÊN NGHIÊN CỨU KHOA HỌC\n"
    "\n"
    "I. TIẾN ĐỘ\n"
    "\n"
    "Đề nghị các đơn vị phổ biến kế hoạch này cùng các công tác chuẩn bị như sau tới sinh viên.\n"
    "\n"
    "Điều kiện tham gia Hội nghị: Là sinh viên chính quy của Trường tính đến 30/06/2025,"
    " mỗi đề tài có tối đa 05 sinh viên.\n"
    "\n"
    "Các khoa tổ chức phản biện đề tài trước ngày 15/5/2025.\n"
)


def test_eligibility_condition_is_no_duty_and_its_date_no_deadline() -> None:
    draft = extract(ELIGIBLE, issued=date(2025, 3, 1), number="3/KH-DHX")
    texts = _texts(draft)
    assert not any(t.startswith("Điều kiện") for t in texts)
    assert any(t.startswith("Các khoa tổ chức phản biện") for t in texts)
    assert not any("30/6/2025" in w for d in draft.duties for w in d["windows"])


TIMETABLE = (
    "# Kế hoạch xét tuyển học bổng năm 2025\n"
    "\n"
    "Trường gửi tới các đơn vị kế hoạch xét tuyển học bổng năm 2025 cụ thể như sau:\n"
    "| Thời gian | Nội dung |\n"
    "|---|---|\n"
    "| 20/5/2025 | Hạn cuối cùng các khoa gửi danh sách về Văn phòng Hội đồng Học"
    " bổng Quốc gia (HĐHBQG) và thành lập các Hội đồng Học bổng cơ sở (HĐHBCS). |\n"
    "| 25/5/2025 | HĐHBQG thông báo danh sách các HĐHBCS trên trang thông tin điện"
    " tử |\n"
    "| Từ 10/7– 10/8/2025 | Các HĐHBCS họp xét hồ sơ học bổng năm 2025. |\n"
    "| Từ 20-25/10/2025 | HĐHBQG họp xét công nhận kết quả năm 2025. |\n"
    "| 30/10/2025 | Hạn cuối cùng các HĐHBCS nộp báo cáo kết quả về HĐHBQG. |\n"
)


def test_timetable_row_names_its_actor_by_the_acronym_the_text_defined() -> None:
    draft = extract(TIMETABLE, issued=date(2025, 4, 10), number="4/KH-DHX")
    assert lead_names(draft, starting(draft, "HĐHBQG thông báo")) == ["HĐHBQG"]
    assert lead_names(draft, starting(draft, "Các HĐHBCS họp")) == ["Các HĐHBCS"]
    assert lead_names(draft, starting(draft, "HĐHBQG họp")) == ["HĐHBQG"]
    assert lead_names(draft, starting(draft, "Hạn cuối cùng các HĐHBCS")) == ["các HĐHBCS"]
