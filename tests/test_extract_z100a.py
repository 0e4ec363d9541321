"""`nq42 extract` on task tables whose rows are numbered "(1)", "(2)" (branch z100a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


HEADER = "TT | Nội dung | Cơ quan chủ trì | Thời gian ban hành | Thời gian triển khai thực hiện\n"

# A PDF table reader's dump: rows joined by " | ", no separator row, the header repeated
# after each page's mark; plain numbers head the groups, "(n)" numbers the tasks.
BRACKETED = (
    "--- trang 12 ---\n" + HEADER + "1 | Công tác lãnh đạo, chỉ đạo |  |  | \n"
    "(1) | Kế hoạch tổ chức học tập nghị quyết cho cán bộ chủ chốt | Ban Tuyên giáo Tỉnh ủy"
    " | Tháng 09 năm 2026 | Tháng 9 và 10/2026\n"
    "(2) | Xây dựng quy chế làm việc của Ban Chấp hành | Ban Tổ chức Tỉnh ủy"
    " | Quý IV năm 2026 | Giai đoạn 2026 - 2030\n"
    "2 | Công tác xây dựng Đảng và hệ thống chính trị |  |  | \n"
    "2.1. | Công tác xây dựng Đảng |  |  | \n"
    "(1) | Đề án nâng cao chất lượng tổng kết thực tiễn | Ban Tuyên giáo Tỉnh ủy"
    " | Quý I năm 2027 | Giai đoạn 2027 - 2030\n"
    "(2) | Đề án đổi mới phương thức lãnh đạo của Đảng | Văn phòng Tỉnh ủy"
    " | Quý II năm 2027 | Giai đoạn 2027 - 2030\n"
    "--- trang 13 ---\n"
    + HEADER
    + "(3) | Đề án xây dựng đội ngũ cán bộ các cấp | Ban Tổ chức Tỉnh ủy"
    " | Quý II năm 2027 | Giai đoạn 2027 - 2030\n"
)


def test_bracketed_rows_are_tasks_under_their_numbered_groups() -> None:
    draft = extract(BRACKETED, issued=date(2026, 8, 1), number="1-CTr/TU")
    duties = _by_id(draft)
    assert sorted(duties) == ["T.1.1", "T.1.2", "T.2.1.1", "T.2.1.2", "T.2.1.3"]
    assert lead_names(draft, duties["T.1.1"]) == ["Ban Tuyên giáo Tỉnh ủy"]
    assert lead_names(draft, duties["T.2.1.3"]) == ["Ban Tổ chức Tỉnh ủy"]
    assert duties["T.1.2"]["windows"][0] == "quý IV/2026"
    assert not any(d["text"].startswith("Công tác") for d in draft.duties)


# Rows alike but for their task's words, each the last of its page: a table's rows,
# never a running footer of the pages.
ALIKE_BEFORE_PAGES = (
    HEADER + "1 | Lĩnh vực kinh tế |  |  | \n"
    "(1) | Kế hoạch phát triển khoa học công nghệ tỉnh giai đoạn 2026 – 2030"
    " | Đảng ủy UBND tỉnh | Quý I năm 2027 | Giai đoạn 2026 - 2030\n"
    "--- trang 2 ---\n"
    + HEADER
    + "(2) | Đề án phát triển hạ tầng giao thông tỉnh giai đoạn 2026 - 2030"
    " | Đảng ủy UBND tỉnh | Quý II năm 2027 | Giai đoạn 2026 - 2030\n"
    "(3) | Đề án phát triển khoa học công nghệ ngành y tế tỉnh giai đoạn 2026 - 2030"
    " | Đảng ủy UBND tỉnh | Quý I năm 2027 | Giai đoạn 2026 - 2030\n"
    "--- trang 3 ---\n"
    + HEADER
    + "(4) | Chương trình phát triển nông nghiệp tỉnh giai đoạn 2026 - 2030"
    " | Đảng ủy UBND tỉnh | Quý III năm 2027 | Giai đoạn 2026 - 2030\n"
    "(5) | Kế hoạch phát triển khoa học công nghệ ngành giáo dục giai đoạn 2026 - 2030"
    " | Đảng ủy UBND tỉnh | Quý I năm 2027 | Giai đoạn 2026 - 2030\n"
    "--- trang 4 ---\n"
)


def test_alike_rows_before_page_marks_are_not_footers() -> None:
    draft = extract(ALIKE_BEFORE_PAGES, issued=date(2026, 8, 1), number="1-CTr/TU")
    assert sorted(_by_id(draft)) == ["T.1", "T.2", "T.3", "T.4", "T.5"]


# A lone "(1)" in a table is no numbering: the row is read as the others are.
PROSE_BAR = (
    "TT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn\n"
    "1 | Rà soát quy hoạch sử dụng đất (1) | Sở Xây dựng | Tháng 6 năm 2026\n"
    "2 | Lập kế hoạch đầu tư công | Sở Tài chính | Tháng 7 năm 2026\n"
)


def test_plain_numbered_rows_stay_tasks() -> None:
    draft = extract(PROSE_BAR, issued=date(2026, 1, 5), number="2/KH-UBND")
    duties = _by_id(draft)
    assert sorted(duties) == ["T.1", "T.2"]
    assert lead_names(draft, duties["T.2"]) == ["Sở Tài chính"]


# A hard-wrapped line that goes on with a number cited in brackets ("(chức năng 8. 9." /
# "1.16 )/Báo cáo …") is the item's words, not an item "1" of its own.
WRAPPED_CITED = (
    "Cục Thuế đề nghị Thuế các tỉnh, thành phố triển khai thực hiện:\n"
    "1. Tiếp tục tuyên truyền, hướng dẫn các tổ chức chi trả thu nhập cung cấp thông tin.\n"
    "2. Triển khai các giải pháp quản lý thuế theo thẩm quyền: hằng tháng tra cứu báo cáo\n"
    "theo dõi tình hình cung cấp thông tin (chức năng 8. 9.\n"
    "1.16 )/Báo cáo chi tiết để đôn đốc các tổ chức chi trả thu nhập.\n"
    "3. Nắm bắt, xử lý kịp thời các vướng mắc phát sinh.\n"
)


def test_wrapped_line_with_a_cited_number_is_no_item() -> None:
    draft = extract(WRAPPED_CITED, issued=date(2025, 9, 1), number="5435/CT-NVT")
    texts = {d["id"]: d["text"] for d in draft.duties}
    assert sorted(texts) == ["S.1", "S.2", "S.3"]
    assert "Báo cáo chi tiết" in texts["S.2"]
