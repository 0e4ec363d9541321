"""`nq42 extract` on OCR'd timetables that lost their grid (branch z89d).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names
from tests.extract_score import _deadline


def _due(duty: dict[str, Any]) -> str | None:
    got = _deadline(duty)
    return got.isoformat() if got else None


def _starting(draft: Draft, start: str) -> dict[str, Any]:
    return next(d for d in draft.duties if d["text"].startswith(start))


DAY_LED = """\
THÔNG BÁO
Về việc tổ chức lớp tập huấn

Nay Sở Y tế chỉ đạo các trung tâm y tế hỗ trợ đoàn công tác mở lớp tập huấn với nội dung như sau:

+ Thời gian làm việc (01 buổi): Theo lịch cụ thể như sau:
Ngày 10/01/2018 TTYT Thành phố Hà Tiên 14h - 17h
Ngày 27/12/2017 TTYT Huyện Tân Hiệp Sh—- 11h
Ngày 27/12/2017 | TTYT Huyện Kiên Hải 14h —- 17h
Ngày 28/12/2017 TTYT Huyện Châu Thành
Mọi chi tiết xin liên hệ phòng Nghiệp vụ.
"""


def test_day_led_rows_under_a_lead_in_are_dated_duties_of_their_unit() -> None:
    draft = extract(DAY_LED, issued=date(2017, 12, 21), number="1/TB-SYT")
    first = _starting(draft, "Ngày 10/01/2018")
    assert lead_names(draft, first) == ["TTYT Thành phố Hà Tiên"]
    assert _due(first) == "2018-01-10"
    barred = _starting(draft, "Ngày 27/12/2017 | TTYT")
    assert lead_names(draft, barred) == ["TTYT Huyện Kiên Hải"]
    assert _due(barred) == "2017-12-27"
    assert _due(_starting(draft, "Ngày 28/12/2017")) == "2017-12-28"


DAY_LED_TOO_FEW = """\
THÔNG BÁO
Về việc họp giao ban

Lịch họp như sau:
Ngày 10/01/2018 TTYT Thành phố Hà Tiên 14h - 17h
Ngày 27/12/2017 TTYT Huyện Tân Hiệp 8h - 11h
"""


def test_two_day_led_lines_are_no_timetable() -> None:
    draft = extract(DAY_LED_TOO_FEW, issued=date(2017, 12, 21), number="2/TB-SYT")
    assert not any(_due(d) for d in draft.duties)


DAY_BLOCKS = """\
THÔNG BÁO
Lịch tiếp nhận hồ sơ

Đề nghị Thủ trưởng các đơn vị gửi hồ sơ đúng thời gian quy định.

Nơi nhận:
- Các đơn vị trực thuộc;
- Lưu VT.

Sáng 13/12/2017

- TT Pháp Y; TT Kiểm nghiệm
- Chi cục DS-KHHGĐ

- 7h30 — 10h00
- 10h00 — 11h00

Chiều 13/12/2017

- BVĐK An Biên; TTYT An Biên

- 14h00 —- 15h30

Sáng 14/12/2017

- BVĐK Phú Quốc; TTYT Phú Quốc
- BVĐK Tân Hiệp; TTYT
Tân Hiệp

- 8h00 - 9h30
- 9h30 — 11h00
"""


def test_day_blocks_after_the_signature_are_one_dated_row_each() -> None:
    draft = extract(DAY_BLOCKS, issued=date(2017, 12, 12), number="3/TB-SYT")
    assert _due(_starting(draft, "TT Pháp Y")) == "2017-12-13"
    assert _due(_starting(draft, "BVĐK An Biên")) == "2017-12-13"
    last = _starting(draft, "BVĐK Phú Quốc")
    assert _due(last) == "2017-12-14"
    assert "Tân Hiệp" in last["text"]
    assert not any(d["text"].startswith("7h30") for d in draft.duties)


DAY_BULLETS_NO_HOURS = """\
KẾ HOẠCH
Kiểm tra

Nơi nhận:
- Lưu VT.

Ngày 13/12/2017
- BVĐK An Biên
Ngày 14/12/2017
- BVĐK An Minh
Ngày 15/12/2017
- BVĐK Phú Quốc
"""


def test_dated_bullets_without_hours_are_no_timetable() -> None:
    draft = extract(DAY_BULLETS_NO_HOURS, issued=date(2017, 12, 12), number="4/KH-SYT")
    assert not any(_due(d) for d in draft.duties)


SPECKED_ROMANS = """\
KẾ HOẠCH
Tổ chức Tháng hành động

Sở Y tế xây dựng kế hoạch như sau:
: I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ về bình đẳng giới.
H. NHIỆM VỤ, BIỆN PHÁP _
- Các đơn vị: Xây dựng kế hoạch, tổ chức phát động Tháng hành động tại đơn vị.
- Tổ chức các tọa đàm về chủ đề của Tháng hành động.
"""


def test_speck_before_a_roman_title_leaves_the_sections_counted() -> None:
    draft = extract(SPECKED_ROMANS, issued=date(2017, 11, 1), number="5/KH-SYT")
    ids = {d["id"] for d in draft.duties if d["text"].startswith(("Các đơn vị", "Tổ chức các"))}
    assert ids == {"II.a", "II.b"}
