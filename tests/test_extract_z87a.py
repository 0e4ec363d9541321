"""`nq42 extract` on task tables of plain-text copies and scans (branch z87a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


BARE_EMPTY_STT = (
    "DANH MỤC NHIỆM VỤ\n\n"
    "TT | Nội dung công việc | Sản phẩm | Cơ quan chủ trì thực hiện | Cơ quan phối hợp thực hiện"
    " | Thời gian trình\n"
    "1 | Xây dựng quy chế quản lý kho dữ liệu thủy văn | Thông tư | Bộ Nông nghiệp và Môi trường"
    " | Bộ Tài chính | Quý II năm 2026\n"
    " | Đánh giá hiện trạng các trạm đo mưa trên cả nước | Báo cáo | Bộ Quốc phòng | Bộ Công an"
    " | Năm 2027\n"
    "2 | Sửa đổi định mức kinh tế - kỹ thuật quan trắc | Thông tư | Bộ Tài chính | Bộ Xây dựng"
    " | Tháng 9 năm 2026\n"
    "3 | Hoàn thiện mạng lưới trạm đo tự động | Đề án | Bộ Xây dựng | Bộ Công Thương | Năm 2028\n"
)


def test_bare_table_row_without_number_is_a_task_and_the_table_goes_on() -> None:
    draft = extract(BARE_EMPTY_STT, issued=date(2026, 1, 5), number="1/NQ-CP")
    duties = _by_id(draft)
    texts = {d["id"]: d["text"] for d in draft.duties}
    part = next(k for k, t in texts.items() if t.startswith("Đánh giá hiện trạng"))
    assert lead_names(draft, duties[part]) == ["Bộ Quốc phòng"]
    assert "Đánh giá" not in texts["T.1"]
    assert lead_names(draft, duties["T.2"]) == ["Bộ Tài chính"]
    assert lead_names(draft, duties["T.3"]) == ["Bộ Xây dựng"]
    assert duties["T.3"]["windows"] == ["năm 2028"]


SCHEDULE = """\
NỘI DUNG CHI TIẾT

Thời gian | Nội dung công việc | Cơ quan chịu trách nhiệm theo quy định | Thực hiện
 |  |  | Đơn vị chủ trì | Đơn vị phối hợp
I | GIAI ĐOẠN 1: CHUẨN BỊ
1 | Khảo sát hiện trạng
02-03/2026 | Thu thập số liệu các trạm bơm | Cơ quan lập đề án | Cục Thủy lợi | - Vụ Pháp chế.
 | Lập báo cáo đánh giá hiện trạng | Cơ quan lập đề án | Viện Quy hoạch thủy lợi | - Vụ Pháp chế.
II | GIAI ĐOẠN 2: TRIỂN KHAI
06/2026 | Trình phê duyệt đề án | Cơ quan lập đề án | Cục Thủy lợi | - Văn phòng Bộ.
"""


def test_schedule_with_time_first_reads_owners_and_merged_times() -> None:
    draft = extract(SCHEDULE, issued=date(2026, 1, 5), number="2/QĐ-BNNMT")
    rows = {d["text"].split(" [")[0]: d for d in draft.duties}
    first = rows["Thu thập số liệu các trạm bơm"]
    second = rows["Lập báo cáo đánh giá hiện trạng"]
    third = rows["Trình phê duyệt đề án"]
    assert lead_names(draft, first) == ["Cục Thủy lợi"]
    assert lead_names(draft, second) == ["Viện Quy hoạch thủy lợi"]
    assert first["windows"] == second["windows"] == ["tháng 2 - tháng 3/2026"]
    assert third["windows"] == ["tháng 6/2026"]
    assert lead_names(draft, third) == ["Cục Thủy lợi"]


def test_two_months_dashed_before_the_year_are_a_span_not_a_day() -> None:
    from nq42cli.core.spans import find_spans

    (span,) = find_spans("10-11/2026", field=True)
    window = span.readings[0].window
    assert (window.start, window.end) == (date(2026, 10, 1), date(2026, 11, 30))
    (day,) = find_spans("ngày 10-11/2026", field=True)
    assert day.readings[0].window.end == date(2026, 11, 10)


SPECKED = """\
III. TO CHUC THUC HIEN

     1. Cac bo, co quan ngang bo:

     a) Theo chuc nang, nhiem vu duoc giao, trien khai thuc hien
                                                                                 i
nhanh, hieu qua cac nhiem vu cua Chuong trinh nay.
   •                                                     **                    J
     b) Bao cao ket qua thuc hien ve Bo Tai chinh de tong hop.
"""


def test_scan_specks_between_lines_are_no_text() -> None:
    from nq42cli.core.layout import unspecked

    clean = unspecked(SPECKED)
    assert "**" not in clean
    assert "   i\n" not in clean
    assert "      J" not in clean
    draft = extract(SPECKED, issued=date(2023, 1, 5), number="3/NQ-CP")
    duties = _by_id(draft)
    assert duties["III.1.a"]["text"].endswith("nhanh, hieu qua cac nhiem vu cua Chuong trinh nay.")
    assert duties["III.1.b"]["text"].startswith("Bao cao ket qua thuc hien")


def test_unmarked_ocr_truoc_before_a_date_is_read() -> None:
    from nq42cli.core.spans import find_spans

    for text in ("Trude ngay 15 thang 02 nam 2026", "trudc ngay 15 thang 02 nam 2026"):
        (span,) = find_spans(text)
        assert span.readings[0].window.end == date(2026, 2, 14)


def test_construction_materials_department_keeps_its_whole_name() -> None:
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n"
        "1. Giao Vụ Vật liệu xây dựng là cơ quan tham mưu về định mức sử dụng cát, sỏi.\n"
        "2. Giao Vu Vat lieu xay dung chu tri tong hop bao cao hang quy.\n"
    )
    draft = extract(text, issued=date(2026, 3, 2), number="5/QĐ-BXD")
    duties = _by_id(draft)
    names = {o["key"]: o["name"] for o in draft.data["owners"]}

    def owners(duty: dict[str, Any]) -> list[str]:
        return [(r.get("as_written") or names[r["owner"]]).lower() for r in duty["owners"]]

    assert owners(duties["IV.1"]) == ["vụ vật liệu xây dựng"]
    assert owners(duties["IV.2"]) == ["vu vat lieu xay dung"]


def test_lead_in_opening_with_its_year_is_one_action_over_named_items() -> None:
    text = (
        "II. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Hoàn thiện thể chế về tài nguyên nước\n"
        "- Trong năm 2026 hoàn thành việc lập, trình Thủ tướng Chính phủ phê duyệt các nhiệm vụ:\n"
        "+ Chiến lược tài nguyên nước đến năm 2035.\n"
        "+ Quy hoạch lưu vực sông Đồng Nai thời kỳ 2026 - 2035.\n"
        "- Rà soát quy định về cấp phép khai thác nước dưới đất.\n"
    )
    draft = extract(text, issued=date(2026, 3, 2), number="6/NQ-CP")
    texts = [d["text"] for d in draft.duties]
    one = next(t for t in texts if t.startswith("Trong năm 2026 hoàn thành việc lập"))
    assert "Chiến lược tài nguyên nước" in one
    assert not any(t.startswith("Chiến lược tài nguyên nước") for t in texts)
