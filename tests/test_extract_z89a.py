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


OCR_GRID = (
    "KẾ HOẠCH HÀNH ĐỘNG\n\n"
    "STT | Nội dung hành động | | Hành động cụ thể | | Bộ ngành ' chủ trì | Bộ ngành phối hợp"
    " | | Thời hạn hoàn thành\n"
    "1. | ' Hoàn thiện thể chế |  |  |  | \n"
    "1. | Giải quyết các thiếu hụt về pháp lý | Nghiên cứu sửa đổi Luật Phòng, chống rửa tiền"
    " về pháp nhân | phi thương mại. | Bộ Công an | Bộ Tư pháp; Đề nghị Tòa án nhân dân tối cao"
    " | 10/2027\n"
    " |  | - Sửa đổi Nghị quyết số 03/2019 hướng dẫn tội rửa tiền. - Xây dựng Nghị quyết"
    " hướng dẫn tội tài trợ khủng bố. | Đê nghị Tòa án nhân dân tôi cao | Bộ Tư pháp; |"
    " Bộ Công an | __ 12/2027\n"
    " |  | Rà soát quy trình phong tỏa tài sản trong các vụ án hình sự và |  | — $ ` Đề ˆ |"
    " 2h $ j Q\n"
    "\f |  | trong các vụ việc tương trợ tư pháp quốc tế. |  |  | \n"
    " |  | Ban hành hướng dẫn thanh tra về phòng, chống rửa tiền. | | Ngân hàng Nhà nước"
    " Việt Nam | Bộ Tài chính |  | Liên tục\n"
    # The grid cut a row in two: its owners beside specks, its task's words below.
    ' |  | ` "my —— | s © A ¬ | Thanh tra Chính phủ; Bộ Công an |  | \n'
    " |  | Đào tạo nghiệp vụ thanh tra cho các đơn vị giám sát. |  |  | \n"
    "cố IIR | Tăng cường hợp tác quốc tế | Tiếp nhận các yêu cầu tương trợ tư pháp từ nước"
    " ngoài. | Bộ Công an; Bộ Quốc phòng: Bộ Tài chính | Các bộ, ngành liên quan | Quý II/2026\n"
    " |  | Phổ biến kết quả đánh giá rủi ro tới các bên liên quan. | Ngân hàng Nhà nước Việt"
    " Nam | Bộ Nội vụ | \n"
    " |  | M | Bộ Ngoại giao |  | 12/2027 | :\n"
    "5 | Bảo đảm minh bạch pháp nhân | Công khai thông tin về chủ sở hữu hưởng lợi. | Bộ Tài"
    " chính | Bộ Nội vụ | \n"
)


def _ocr_rows() -> tuple[Draft, dict[str, dict[str, Any]]]:
    draft = extract(OCR_GRID, issued=date(2026, 4, 22), number="7/QĐ-TTg")
    return draft, _by_start(draft)


def test_ocr_grid_row_with_a_stray_bar_in_its_task_cell_keeps_its_cells() -> None:
    draft, rows = _ocr_rows()
    first = rows["Nghiên cứu sửa đổi Luật Phòng, chống rửa tiền về pháp nhân phi thương mại."]
    assert lead_names(draft, first) == ["Bộ Công an"]
    assert first["windows"] == ["tháng 10/2027"]
    # The aim column is no task: its words are no duty's.
    assert not any(t.startswith("Giải quyết") for t in rows)


def test_ocr_grid_bullets_of_a_task_cell_are_tasks_sharing_the_row_cells() -> None:
    draft, rows = _ocr_rows()
    one = rows["Sửa đổi Nghị quyết số 03/2019 hướng dẫn tội rửa tiền."]
    two = rows["Xây dựng Nghị quyết hướng dẫn tội tài trợ khủng bố."]
    for duty in (one, two):
        # "Đề nghị Tòa án …": a request to the body, which leads.
        assert lead_names(draft, duty) == ["Toà án nhân dân tối cao"]
        assert duty["windows"] == ["tháng 12/2027"]


def test_ocr_grid_page_break_continues_the_task_and_drops_the_specks() -> None:
    _draft, rows = _ocr_rows()
    cut = next(d for t, d in rows.items() if t.startswith("Rà soát quy trình phong tỏa"))
    assert cut["text"].endswith("trong các vụ việc tương trợ tư pháp quốc tế.")
    assert cut["windows"] == ["không thời hạn"]


def test_ocr_grid_sub_rows_lost_numbers_and_empty_times() -> None:
    draft, rows = _ocr_rows()
    guide = rows["Ban hành hướng dẫn thanh tra về phòng, chống rửa tiền."]
    assert lead_names(draft, guide) == ["Ngân hàng Nhà nước Việt Nam"]
    assert guide["windows"] == ["thường xuyên"]
    # A number the OCR misread ("cố IIR") opens the next aim; its lead list had a ":"
    # for a ";".
    help_ = rows["Tiếp nhận các yêu cầu tương trợ tư pháp từ nước ngoài."]
    assert lead_names(draft, help_) == ["Bộ Công an", "Bộ Quốc phòng", "Bộ Tài chính"]
    assert help_["windows"] == ["quý II/2026"]
    # An empty time cell is no time, not the row above's; the time on the next page's
    # rest of the row (its task a speck) is not this row's.
    spread = rows["Phổ biến kết quả đánh giá rủi ro tới các bên liên quan."]
    assert spread["windows"] == ["không thời hạn"]
    assert "Bộ Ngoại giao" in lead_names(draft, spread)
    assert not any(t.startswith("M") for t in rows)


BULLETED = (
    "DANH MỤC NHIỆM VỤ\n\n"
    "STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành\n"
    "1 | Tăng cường điều tra tài chính song song để thu hồi tài sản. - Tăng cường hợp tác"
    " quốc tế về thu hồi tài sản. - Nghiên cứu thành lập đơn vị chuyên trách. | Bộ Công an"
    " | 6/2027\n"
    "2 | Rà soát quy định về thanh tra, trong đó cần: - Bảo đảm nguyên tắc cốt lõi. - Ban"
    " hành quy định giám sát. | Bộ Tài chính | 12/2027\n"
    "3 | Ban hành hướng dẫn nghiệp vụ về phòng, chống rửa tiền | Ngân hàng Nhà nước Việt Nam"
    " | Vụ Pháp chế | Tháng 9/2027\n"
)


def test_task_sentence_then_bullets_are_tasks_but_a_lead_in_keeps_its_bullets() -> None:
    draft = extract(BULLETED, issued=date(2026, 1, 5), number="3/QĐ-BCA")
    rows = _by_start(draft)
    for start in (
        "Tăng cường điều tra tài chính song song để thu hồi tài sản.",
        "Tăng cường hợp tác quốc tế về thu hồi tài sản.",
        "Nghiên cứu thành lập đơn vị chuyên trách.",
    ):
        assert lead_names(draft, rows[start]) == ["Bộ Công an"]
        assert rows[start]["windows"] == ["tháng 6/2027"]
    lead_in = next(d for t, d in rows.items() if t.startswith("Rà soát quy định"))
    assert "Ban hành quy định giám sát" in lead_in["text"]


def test_bare_row_wider_than_its_header_keeps_its_last_cells() -> None:
    draft = extract(BULLETED, issued=date(2026, 1, 5), number="3/QĐ-BCA")
    rows = _by_start(draft)
    # A bar inside the lead's cell ("Ngân hàng … | Vụ Pháp chế"): the time is still read.
    guide = rows["Ban hành hướng dẫn nghiệp vụ về phòng, chống rửa tiền"]
    assert guide["windows"] == ["tháng 9/2027"]


def test_ocr_grid_row_cut_in_two_takes_its_task_from_the_line_below() -> None:
    draft, rows = _ocr_rows()
    guide = rows["Ban hành hướng dẫn thanh tra về phòng, chống rửa tiền."]
    assert lead_names(draft, guide) == ["Ngân hàng Nhà nước Việt Nam"]
    train = rows["Đào tạo nghiệp vụ thanh tra cho các đơn vị giám sát."]
    assert lead_names(draft, train) == ["Thanh tra Chính phủ", "Bộ Công an"]


def test_ocr_grid_time_on_the_rest_of_a_row_is_the_next_task_s() -> None:
    draft, rows = _ocr_rows()
    # "12/2027" beside the rest of the row above (a speck for its task) was moved up by
    # the grid: the next task's empty time cell is it.
    shown = rows["Công khai thông tin về chủ sở hữu hưởng lợi."]
    assert lead_names(draft, shown) == ["Bộ Tài chính"]
    assert shown["windows"] == ["tháng 12/2027"]
