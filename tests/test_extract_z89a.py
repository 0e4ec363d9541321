"""`nq42 extract` on task tables copied as text: bar tables with merged cells (branch z89a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names


def _by_start(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["text"].split(" [")[0]: d for d in draft.duties}


def _bars(rows: list[list[str]]) -> str:
    """A web page's table, one cell a line between lines of "|", a row ending in "|" "|"."""
    out: list[str] = ["|"]
    for row in rows:
        for cell in row:
            out += [cell, "|"]
        out.append("|")
    return "\n".join(out) + "\n"


CALENDAR = (
    "BỘ NỘI VỤ\n\nSố: 12/QĐ-BNV\n\nQUYẾT ĐỊNH\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Lịch phổ biến thông tin thống kê năm 2027.\n"
    "Điều 2. Quyết định này có hiệu lực từ ngày ký./.\n\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn A\n\n"
    "LỊCH PHỔ BIẾN THÔNG TIN THỐNG KÊ NĂM 2027 CỦA BỘ NỘI VỤ\n"
    "(Ban hành kèm theo Quyết định số: 12/QĐ-BNV ngày 20 tháng 11 năm 2026 của Bộ trưởng)\n"
    + _bars(
        [
            [
                "STT",
                "Tên thông tin thống kê",
                "Mức độ hoàn chỉnh của thông tin",
                "Thời gian phổ biến",
                "Hình thức phổ biến",
                "Đơn vị chịu trách nhiệm phổ biến",
            ],
            ["1", "Số đơn vị hành chính", "Chính thức", "Tháng 6/2027", "Cổng thông tin",
             "Vụ Chính quyền địa phương"],
            # Its time, form and unit are merged with row 1's: the row ends early.
            ["2", "Số đại biểu Hội đồng nhân dân", "Chính thức"],
            ["3", "Số vụ tai nạn lao động", "Chính thức", "Tháng 3/2027", "Cổng thông tin",
             "Cục Việc làm"],
            # Its own time, its form and unit merged with row 3's.
            ["4", "Số người bị tai nạn lao động", "Chính thức", "Tháng 4/2027"],
        ]
    )
)  # fmt: skip


def test_calendar_table_after_a_ban_hanh_kem_theo_caption_is_read() -> None:
    draft = extract(CALENDAR, issued=date(2026, 11, 20), number="12/QĐ-BNV")
    rows = _by_start(draft)
    first = rows["Số đơn vị hành chính"]
    assert lead_names(draft, first) == ["Vụ Chính quyền địa phương"]
    assert first["windows"] == ["tháng 6/2027"]


def test_bar_row_that_ends_early_takes_its_merged_cells_from_the_row_above() -> None:
    draft = extract(CALENDAR, issued=date(2026, 11, 20), number="12/QĐ-BNV")
    rows = _by_start(draft)
    second = rows["Số đại biểu Hội đồng nhân dân"]
    assert lead_names(draft, second) == ["Vụ Chính quyền địa phương"]
    assert second["windows"] == ["tháng 6/2027"]
    assert "merged" in second["review"]
    fourth = rows["Số người bị tai nạn lao động"]
    assert lead_names(draft, fourth) == ["Cục Việc làm"]
    assert fourth["windows"] == ["tháng 4/2027"]


def test_overseeing_body_column_is_no_lead_beside_a_chu_tri_column() -> None:
    from nq42cli.core.tables import roles

    cols = roles(["TT", "Nội dung", "Cơ quan chịu trách nhiệm quản lý nhà nước", "Đơn vị chủ trì"])
    assert cols["lead"] == 3
    assert roles(["STT", "Nhiệm vụ", "Bộ ngành chủ trì", "Bộ ngành phối hợp"])["partners"] == 3
