"""`nq42 extract` on OCR'd scans of conference plans (branch z95b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

import pytest

from nq42cli.core.extract import extract

CONFERENCE_PLAN = """\
KẾ HOẠCH
Tổ chức Hội nghị triển khai Chương trình X

I. MỤC ĐÍCH, YÊU CẦU

1. Tổ chức quán triệt các nội dung của Chương trình X.

II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN THAM DỰ HỘI NGHỊ
1. Thời gian: Tổ chức trong 1/2 ngày, khai mạc lúc 8h30 (dự kiến ngày 9/10/2025).

2. Hình thức, địa điểm: Hội nghị trực tiếp và trực tuyến từ Phòng họp Chính phủ.

3. Thành phần tham dự Hội nghị:

3.1. Tại điểm cầu Trung ương:

- Kính mời đồng chí Thủ tướng Chính phủ, Chủ trì Hội nghị.

- Đại diện các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ.

3.2. Tại điểm cầu UBND cấp tỉnh:

- Thủ trưởng các Sở, ngành thuộc UBND các tỉnh, thành phố.

III. PHÂN CÔNG NHIỆM VỤ

1. Cục C04 chủ trì xây dựng tài liệu phát cho các đại biểu tham dự Hội nghị.

2. Văn phòng Bộ phối hợp bảo đảm kết nối hệ thống trực tuyến.
"""


@pytest.mark.parametrize("label", ["Thành phần tham dự Hội nghị:", "Thành phần dự hội nghị"])
def test_attendance_section_of_a_conference_is_no_work_and_gives_no_deadline(label: str) -> None:
    # "3. Thành phần tham dự Hội nghị:" names who attends (the field "thành phần") and the
    # event: the section is the conference's particulars, its lists of guests no duties,
    # and the conference's day is no deadline of theirs.
    plan = CONFERENCE_PLAN.replace("Thành phần tham dự Hội nghị:", label)
    draft = extract(plan, issued=date(2025, 10, 1))
    texts = [d["text"] for d in draft.duties]
    assert not any(t.startswith(("Kính mời", "Đại diện", "Thủ trưởng", "Hình thức")) for t in texts)
    assert not any(d["section"] == "II" for d in draft.duties)
    assert not any("9/10/2025" in w for d in draft.duties for w in d.get("windows") or [])
    assert any("xây dựng tài liệu" in t for t in texts)
