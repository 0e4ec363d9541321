"""`nq42 extract` on task tables as a scan's OCR layer and ``pdftotext -layout`` give them.

Branch z88a.

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from nq42cli.core.extract import Draft, extract
from nq42cli.core.tables import ocr_header_cell
from nq42cli.core.text import fold
from tests.extract_helpers import lead_names

TABLES = Path(__file__).parent / "fixtures" / "tables"


def _leads(draft: Draft, duty: dict[str, Any]) -> list[str]:
    return [fold(n) for n in lead_names(draft, duty)]


def _starting(draft: Draft, start: str) -> dict[str, Any]:
    return next(d for d in draft.duties if d["text"].startswith(start))


# Diacritics lost, letters misread ("PH6i HQP", "HI$N", "THtfl GIAN", "nhiEm vp"), two
# header cells one space apart, a speck ("AN") above the task column, group numerals
# read "n" and "HI", the rows numbered on through the groups, a blank line inside a task.
OCR_LAYOUT = (TABLES / "made-up-ocr-layout.pdf.txt").read_text(encoding="utf-8")


def test_ocr_layout_table_reads_its_header_groups_and_rows() -> None:
    draft = extract(OCR_LAYOUT, issued=date(2022, 12, 29), number="168/NQ-CP")
    first = _starting(draft, "Xay dung co che dieu phoi")
    assert _leads(draft, first) == ["bo ke hoach va dau tu"]
    assert first["windows"] == ["năm 2023"]
    second = _starting(draft, "Ra soat chinh sach")
    assert _leads(draft, second) == ["bo tai chinh"]
    assert second["windows"] == ["2023-2024"]
    # Under the group whose numeral reads "n", its title's second line is no row's.
    third = _starting(draft, "De an phat trien du lich")
    assert _leads(draft, third) == ["bo van hoa, the thao va du lich"]
    assert third["windows"] == ["năm 2025"]
    assert "VEN BIEN" not in " ".join(str(d["text"]) for d in draft.duties)
    fourth = _starting(draft, "Lap quy hoach he thong")
    assert _leads(draft, fourth) == ["bo xay dung"]
    assert fourth["windows"] == ["2023-2030"]
    # A blank line the scan left inside row 6's task: its first line is still its own.
    sixth = _starting(draft, "De an khai thac hieu qua")
    assert "he moi de co cau" in sixth["text"]
    assert "De an khai thac" not in _starting(draft, "Tiep tuc cung co")["text"]


def test_ocr_header_cell_is_read_as_the_wording_it_is_like() -> None:
    assert ocr_header_cell("nhiEm vp") == "nhiem vu"
    assert ocr_header_cell("CO QUAN CHtJ TRI THtfC HI$N") == "co quan chu tri thuc hien"
    assert ocr_header_cell("CO QUAN PH6i HQP THtfC HI$N") == "co quan phoi hop thuc hien"
    assert ocr_header_cell("THtfl GIAN TRINH") == "thoi gian trinh"
    # A cell like no column's name is left as it is.
    assert ocr_header_cell("CAP TRINH") == "CAP TRINH"
    assert ocr_header_cell("DV kien ngu6n v6n") == "DV kien ngu6n v6n"


# The first page four columns right of the copy's edge, the next one at it, the third
# three columns right with a speck before a row's number ("-- 1"); the group numeral II
# read "m" over a title whose capitals the OCR partly lost ("CANG BlfeN"); a task's line
# cut by a gap ("Bac     - Nam"); the time cell "Trude nam" / "2030" over two lines
# under "Dự kiến thời gian thực hiện", a "Ghi chú" column left empty.
MARGIN = (TABLES / "made-up-ocr-layout-margin.pdf.txt").read_text(encoding="utf-8")


def test_ocr_layout_table_set_off_the_edge_is_read_on_every_page() -> None:
    draft = extract(MARGIN, issued=date(2022, 12, 29), number="168/NQ-CP")
    first = _starting(draft, "Tuyen cao toc Bac - Nam phia Dong")
    assert _leads(draft, first) == ["bo giao thong van tai"]
    assert first["windows"] == ["trước ngày 1/1/2030"]
    second = _starting(draft, "Nang cap tuyen duong bo")
    assert _leads(draft, second) == ["bo xay dung"]
    assert second["windows"] == ["trước ngày 1/1/2030"]
    assert _starting(draft, "Tap trung nguon luc")["id"].endswith("II.1")
    third = _starting(draft, "Dau tu tuyen duong sat Vung Ang - Tan Ap")
    assert third["id"].endswith("III.1")
    assert _leads(draft, third) == ["bo giao thong van tai"]
    assert third["windows"] == ["trước ngày 1/1/2030"]


PERIOD_COLUMN = """\
PHỤ LỤC
NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN QUY HOẠCH

| TT | Tên nhiệm vụ, đề án | Cơ quan chủ trì | Cơ quan phối hợp | Giai đoạn thực hiện |
|---|---|---|---|---|
| 1 | Chuyển đổi số du lịch | Bộ Văn hóa, Thể thao và Du lịch | Các bộ, ngành | 2024 - 2025 |
| 2 | Tổng hợp, trình phê duyệt bố trí ngân sách | Bộ Tài chính | Các bộ, ngành | 2021 - 2030 |
"""


def test_period_column_is_the_time_column() -> None:
    """ "Giai đoạn thực hiện" (the period) names a task table's time column."""
    draft = extract(PERIOD_COLUMN, issued=date(2025, 2, 1), number="382/QĐ-TTg")
    first = _starting(draft, "Chuyển đổi số du lịch")
    assert first["windows"] == ["2024-2025"]
    second = _starting(draft, "Tổng hợp, trình")
    assert _leads(draft, second) == ["bo tai chinh"]
    assert second["windows"] == ["2021-2030"]
