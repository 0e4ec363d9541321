"""`nq42 extract` on schedules whose rows are dates (branch z96a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.docheader import read_header
from nq42cli.core.extract import extract
from tests.extract_helpers import lead_names, starting


def test_blank_day_in_the_dateline_keeps_its_month_and_year() -> None:
    h = read_header(["UBND TỈNH AN LẠC", "Số:    /KH-UBND", "An Lạc, ngày      tháng 01 năm 2026"])
    assert h.date is None
    assert h.blank_from == date(2026, 1, 1)


def test_blank_day_and_month_keep_the_year() -> None:
    h = read_header(["An Lạc, ngày … tháng … năm 2026", "KẾ HOẠCH"])
    assert h.blank_from == date(2026, 1, 1)
    h = read_header(["An Lạc, ngày      tháng  8  năm 2025"])
    assert h.blank_from == date(2025, 8, 1)


def test_a_deadline_with_blank_day_is_no_dateline() -> None:
    h = read_header(["Các đơn vị hoàn thành trước ngày    tháng 3 năm 2026", "KẾ HOẠCH"])
    assert h.blank_from is None


BLANK_DATELINE = """\
ỦY BAN NHÂN DÂN
TỈNH AN LẠC
Số:      /KH-UBND
An Lạc, ngày      tháng 01 năm 2026

KẾ HOẠCH
Cải cách hành chính năm 2026

Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về cải cách hành chính nhà \
nước, Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế \
hoạch như sau:
I. NHIỆM VỤ
1. Sở Nội vụ chủ trì tổ chức Cuộc thi tìm hiểu về cải cách hành chính, hoàn thành trước \
ngày 30/9.
"""


def test_blank_dateline_gives_the_year_not_a_cited_document_date() -> None:
    draft = extract(BLANK_DATELINE)
    assert draft.data["plan"]["date"] == "2026-01-01"
    assert not any("2021" in n for n in draft.notes)
    assert starting(draft, "Sở Nội vụ")["windows"] == ["trước ngày 30/9/2026"]


BROADCAST_SLOTS = """\
ỦY BAN NHÂN DÂN
TỈNH AN LẠC
Số:      /KH-UBND
An Lạc, ngày      tháng 01 năm 2026

KẾ HOẠCH
Tuyên truyền năm 2026

Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ, UBND tỉnh ban hành Kế hoạch:
I. NHIỆM VỤ
1. Phát sóng chương trình
a) Chương trình đối thoại với các sở:
Đài Phát thanh tỉnh chủ trì thực hiện các chuyên mục sau:

TT
Nội dung
Trách nhiệm
thực hiện
Thời gian
(Năm 2026)
1
Giải đáp kiến nghị thuộc thẩm quyền của Sở Công Thương
Lãnh đạo Sở Công Thương
Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23 tháng 1
2
Giải đáp kiến nghị thuộc thẩm quyền của Sở Y tế
Lãnh đạo
Sở Y tế
Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 13 tháng 3
b) Tổ chức, thực hiện chương trình đối thoại với các xã, phường trên địa bàn tỉnh.
2. Tổ chức Cuộc thi tìm hiểu về cải cách hành chính
Sở Nội vụ chủ trì tổ chức Cuộc thi tìm hiểu về cải cách hành chính, hoàn thành trước ngày 30/9.
"""


def test_schedule_slots_with_hours_before_the_day_are_the_rows_days() -> None:
    draft = extract(BROADCAST_SLOTS)
    first = starting(draft, "Giải đáp kiến nghị thuộc thẩm quyền của Sở Công Thương")
    assert lead_names(draft, first) == ["Lãnh đạo Sở Công Thương"]
    assert first["windows"] == ["ngày 23/1/2026"]
    second = starting(draft, "Giải đáp kiến nghị thuộc thẩm quyền của Sở Y tế")
    assert second["windows"] == ["ngày 13/3/2026"]
    assert "Tổ chức, thực hiện" not in second["text"]


def test_the_text_after_a_schedule_table_goes_on_as_its_own_points() -> None:
    draft = extract(BROADCAST_SLOTS)
    assert starting(draft, "Tổ chức, thực hiện chương trình đối thoại")
    contest = starting(draft, "Tổ chức Cuộc thi")
    assert contest["windows"] == ["trước ngày 30/9/2026"]


INSPECTION_SCHEDULE = """\
KẾ HOẠCH
Kiểm tra công tác cải cách hành chính năm 2026

I. NỘI DUNG
1. Sở Nội vụ chủ trì kiểm tra công tác cải cách hành chính tại các cơ quan theo Phụ lục I.

Phụ lục I
THỜI GIAN, ĐƠN VỊ ĐƯỢC KIỂM TRA

STT
Đơn vị được kiểm tra
Thời gian kiểm tra
I
Cơ quan chuyên môn cấp tỉnh
1
Sở Xây dựng
Tháng 7/2026
2
Sở Y tế
Từ tháng 3 đến tháng 9/2026
II
Ủy ban nhân dân cấp xã
1
Phường Bắc Gia Nghĩa
Tháng 3/2026
"""


def test_an_inspection_schedule_rows_are_the_bodies_inspected_with_their_months() -> None:
    draft = extract(INSPECTION_SCHEDULE, issued=date(2026, 1, 10), number="5/KH-UBND")
    assert starting(draft, "Sở Xây dựng")["windows"] == ["tháng 7/2026"]
    assert starting(draft, "Sở Y tế")["timing"] == "Từ tháng 3 đến tháng 9/2026"
    assert starting(draft, "Phường Bắc Gia Nghĩa")["windows"] == ["tháng 3/2026"]
