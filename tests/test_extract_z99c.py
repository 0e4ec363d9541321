"""`nq42 extract` on dated deadlines in tables and schedules (branch z99c).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names


def _by_text(draft: Draft, start: str) -> dict[str, Any]:
    return next(d for d in draft.duties if d["text"].startswith(start))


# A table copied one cell a line whose time cell names the action due ("Ban hành kế
# hoạch trong tháng 01/2026 và tổ chức thực hiện"): the time cell all the same.
CELLS_ACTION_TIME = """\
KẾ HOẠCH
Cải cách hành chính năm 2026

I. NHIỆM VỤ

Các cơ quan thực hiện các nhiệm vụ tại Phụ lục kèm theo.

PHỤ LỤC
NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026

STT
Nhiệm vụ
Sản phẩm
Thời gian hoàn thành
Cơ quan chủ trì
Cơ quan phối hợp
1
Xây dựng và tổ chức thực hiện kế hoạch chuyển đổi số năm 2026 của tỉnh.
Kế hoạch của UBND tỉnh
Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện
Sở Khoa học và Công nghệ
Sở Tài chính
2
Rà soát, cập nhật Khung kiến trúc số cấp tỉnh đảm bảo kịp thời, đúng quy định.
Khung kiến trúc số được cập nhật
Trong năm 2026
Sở Khoa học và Công nghệ
Sở Nội vụ
3
Chủ động đề xuất áp dụng, nhân rộng các sáng kiến, mô hình mới về cải cách hành chính.
Mỗi cơ quan có ít nhất 01 sáng kiến
Triển khai thực hiện sáng kiến và báo cáo kết quả chậm nhất trong tháng 9/2026
Sở Nội vụ
Sở Tư pháp
"""


def test_cell_table_time_cell_opening_with_its_action_is_read() -> None:
    draft = extract(CELLS_ACTION_TIME, issued=date(2025, 12, 20), number="1/KH-UBND")
    first = _by_text(draft, "Xây dựng và tổ chức thực hiện kế hoạch chuyển đổi số")
    assert first["timing"] == "trong tháng 01/2026"
    assert first["windows"] == ["tháng 1/2026"]
    assert "Sản phẩm: Kế hoạch của UBND tỉnh" in first["text"]
    assert lead_names(draft, first) == ["Sở Khoa học và Công nghệ"]
    third = _by_text(draft, "Chủ động đề xuất áp dụng")
    assert third["windows"] == ["tháng 9/2026"]
    assert lead_names(draft, third) == ["Sở Nội vụ"]


# A result's words with a year in them are no time cell: the time column's own cell is.
CELLS_PRODUCT_YEAR = CELLS_ACTION_TIME.replace(
    "Kế hoạch của UBND tỉnh\nBan hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện",
    "Kế hoạch chuyển đổi số năm 2026\nQuý I/2026",
)


def test_cell_table_product_with_a_year_stays_the_product() -> None:
    draft = extract(CELLS_PRODUCT_YEAR, issued=date(2025, 12, 20), number="1/KH-UBND")
    first = _by_text(draft, "Xây dựng và tổ chức thực hiện kế hoạch chuyển đổi số")
    assert first["timing"] == "Quý I/2026"


# A scan's section numeral "II." read as "IL", its dot lost and a speck before it.
OCR_ROMAN_NO_DOT = """\
KẾ HOẠCH
Theo dõi tình hình thi hành pháp luật năm 2018

I. MỤC ĐÍCH, YÊU CẦU:

- Kịp thời phát hiện những khó khăn, vướng mắc trong việc thi hành pháp luật.

_ IL NỘI DUNG KẾ HOẠCH:

1. Triển khai công tác theo dõi:

- Các Phòng chức năng tổ chức quán triệt Nghị định số 59/2012/NĐ-CP trong đơn vị mình.

- Văn phòng Sở tổng hợp báo cáo kết quả gửi Sở Tư pháp trước ngày 15/10/2018.

II. TỔ CHỨC THỰC HIỆN:

Các Phòng chức năng triển khai thực hiện Kế hoạch này.
"""


def test_ocr_roman_numeral_without_its_dot_heads_its_section() -> None:
    draft = extract(OCR_ROMAN_NO_DOT, issued=date(2018, 3, 1), number="359/KH-SYT")
    ids = {d["id"] for d in draft.duties}
    assert "II.1.a" in ids
    assert "II.1.b" in ids
    report = _by_text(draft, "Văn phòng Sở tổng hợp báo cáo")
    assert report["id"] == "II.1.b"
    assert "15/10/2018" in (report["timing"] or "")
    assert any(d["id"].startswith("III") for d in draft.duties)


# An OCR'd table whose time column ("Giai đoạn thực hiện") is printed last: each row's
# first line holds its cells' first words set apart by bars, its span of years last.
OCR_SPAN_LAST = """\
QUYẾT ĐỊNH
Phê duyệt Kế hoạch thực hiện Quy hoạch

Điều 1. Phê duyệt Kế hoạch kèm theo Quyết định này.

Điều 2. Quyết định này có hiệu lực từ ngày ký.

Giai đoạn
Cơ quan
TT| Tên nhiệm vụ, đề án, dự án — | phối hợp thực hiện
II | Nhiệm vụ trọng tâm triển khai thực hiện Quy hoạch |
1 | Chuyển đổi số trong ngành du lịch | Bộ Văn hóa, | Các bộ, ngành | 2021 - 2030
Thể thao và | và UBND các
Du lịch tỉnh, thành
2 | Phát triển hệ thống cơ sở dữ liệu | Bộ Văn hóa, | Các bộ, ngành | 2021 - 2045
quốc gia về du lịch Thể và UBND các
thao và Du tỉnh, thành
3 | Lưu trữ Hồ sơ quy hoạch; Cung | Bộ Văn hóa, | Bộ Kế hoạch | 2024 - 2025
cấp dữ liệu quy hoạch phục vụ xây dựng | Thể thao và và Đầu tư
4 | Bảo tồn phát huy giá trị tài nguyên | UBND các | Bộ Văn hóa, | 2021 - 2045
du lịch, bảo vệ môi trường du lịch | tỉnh thành | Thể thao và

Nơi nhận:
- Như Điều 2;
"""


def test_ocr_table_with_years_in_its_last_column_reads_each_row() -> None:
    draft = extract(OCR_SPAN_LAST, issued=date(2025, 2, 20), number="382/QĐ-TTg")
    first = _by_text(draft, "Chuyển đổi số trong ngành du lịch")
    assert first["timing"] == "2021-2030"
    assert _by_text(draft, "Phát triển hệ thống cơ sở dữ liệu")["timing"] == "2021-2045"
    # "… | Bộ Kế hoạch | 2024 - 2025": the bar sets the years apart from "Kế hoạch".
    assert _by_text(draft, "Lưu trữ Hồ sơ quy hoạch")["timing"] == "2024-2025"
    assert _by_text(draft, "Bảo tồn phát huy giá trị")["timing"] == "2021-2045"


# A calendar sent after the signature, OCR'd from a scan: each row's day and weekday on a
# line of its own among the people's names, the year on a line under the title.
CALENDAR = """\
THÔNG BÁO
Lịch tiếp công dân năm 2023

1. Thường trực Hội đồng nhân dân huyện tiếp công dân định kỳ mỗi tháng 2 lần.

2. Văn phòng Hội đồng nhân dân huyện bố trí thời gian, niêm yết lịch tiếp công dân.

Nơi nhận:
- Như trên;
- Lưu: VT.

LỊCH TIẾP CÔNG DÂN
NĂM 2023

Người tiếp

Ngô Văn An Lê Minh Bình
05/01 (thứ năm) ` : : :
01 Trần Văn Công Trần Thị Dung
Ngô Văn An Lê Minh Bình
31/01 (thứ ba) ` : :
Trần Văn Công Trần Thị Dung
Ngô Văn An Lê Minh Bình
03/02 (thứ sáu)
02 Trần Văn Công Trần Thị Dung
Ngô Văn An Lê Minh Bình
24/02 (thứ sáu) : ` :
Trần Văn Công Trần Thị Dung
"""


def test_calendar_after_the_signature_gives_each_day_a_row() -> None:
    draft = extract(CALENDAR, issued=date(2023, 1, 15), number="08/TB-HĐND")
    days = [d for d in draft.duties if d["text"][:2].isdigit()]
    assert [d["text"] for d in days] == [
        "05/01 (thứ năm)",
        "31/01 (thứ ba)",
        "03/02 (thứ sáu)",
        "24/02 (thứ sáu)",
    ]
    assert [d["timing"] for d in days] == [
        "ngày 05/01/2023",
        "ngày 31/01/2023",
        "ngày 03/02/2023",
        "ngày 24/02/2023",
    ]


def test_calendar_without_its_year_is_not_dated_by_a_guess() -> None:
    draft = extract(CALENDAR.replace("NĂM 2023\n", ""), issued=date(2023, 1, 15), number="8/TB")
    assert not any("/2023" in (d["timing"] or "") for d in draft.duties)


# An OCR'd table no reader split into rows, run into its lead-in item: the rows' times
# are no deadline of the lead-in.
UNREAD_TABLE = """\
KẾ HOẠCH
Tổ chức đấu thầu cung ứng thuốc năm 2019

I. Mục tiêu

Bảo đảm cung cấp đủ thuốc có chất lượng.

II. Nội dung kế hoạch

1. Đấu thầu mua thuốc:
STT Công việc Thời gian Người thực hiện & kết
| _ mm | _ quả _
01 Xây dựng danh mục khung thuốc | 01/3/2018 — 05/3/2018 Sở Y tế
Hoàn chỉnh kế hoạch lựa chọn nhà | Trước ngày 25/4/2018 Tổ xây dựng kế hoạch
Lập báo cáo thẩm định kế hoạch | Trước ngày 25/5/2018 Tổ thẩm định

2. Sở Y tế tổng hợp nhu cầu và báo cáo trước ngày 30/3/2018.
"""


def test_times_of_an_unread_table_are_not_its_lead_ins() -> None:
    draft = extract(UNREAD_TABLE, issued=date(2018, 3, 1), number="239/KH-SYT")
    lead_in = _by_text(draft, "Đấu thầu mua thuốc")
    assert lead_in["timing"] is None
    assert _by_text(draft, "Sở Y tế tổng hợp nhu cầu")["timing"] == "trước ngày 30/3/2018"
