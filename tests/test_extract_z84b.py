"""`nq42 extract` on dated schedules: block headings, planned days, day columns (branch z84b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import starting as _by_start


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


QUARTERS = """\
ỦY BAN NHÂN DÂN
TỈNH MẪU
Số: 12/KH-UBND
KẾ HOẠCH
Triển khai công tác văn thư, lưu trữ năm 2021
I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm công tác văn thư được thực hiện thống nhất.
II. NHIỆM VỤ CỤ THỂ
1. Quý I năm 2021
1.1. Ban hành hướng dẫn lập hồ sơ công việc năm 2021 của tỉnh;
1.2. Tổ chức tập huấn nghiệp vụ lưu trữ cho các xã
—————>—— vùng sâu, vùng xa của tỉnh;
2. Quý II năm 2021
2.1. Tuyên truyền các quy định về lưu trữ trong năm 2021 trên báo chí;
2.2. Thu nhận hồ sơ của các sở nộp lưu trước ngày 15/5/2021;
2.3. Chuẩn bị tài liệu tham dự Hội nghị tổng kết ngành vào tháng 3 năm 2022.
"""


def test_quarter_heading_without_colon_dates_the_items_under_it() -> None:
    draft = extract(QUARTERS, issued=date(2021, 1, 10))
    first = _by_start(draft, "Ban hành hướng dẫn")
    assert first["windows"] == ["quý I/2021"]
    # A scan's stroke before a wrapped line is no bullet: the item goes on.
    second = _by_start(draft, "Tổ chức tập huấn")
    assert "vùng sâu" in second["text"]
    assert not any(d["text"].startswith("—") or "vùng sâu" in d["text"][:10] for d in draft.duties)


def test_own_time_wider_than_the_block_or_after_it_gives_way() -> None:
    draft = extract(QUARTERS, issued=date(2021, 1, 10))
    told = _by_start(draft, "Tuyên truyền")
    assert told["windows"] != ["năm 2021"]
    assert told["timing"] == "Quý II năm 2021"
    # A time inside the block is the item's own.
    own = _by_start(draft, "Thu nhận hồ sơ")
    assert "15/5/2021" in own["timing"]
    # The event prepared for falls after the block; the preparing is in it.
    event = _by_start(draft, "Chuẩn bị tài liệu")
    assert event["timing"] == "Quý II năm 2021"
    assert event["windows"] == ["quý II/2021"]


ACTIVITIES = """\
ỦY BAN NHÂN DÂN
TỈNH MẪU
Số: 30/KH-UBND
KẾ HOẠCH
Tổ chức Tuần lễ văn hóa du lịch năm 2026
I. CÁC HOẠT ĐỘNG
1. Lễ khai mạc Tuần lễ văn hóa du lịch
- Thời gian dự kiến: ngày 05/9/2026 (thứ Bảy).
- Địa điểm: Quảng trường tỉnh.
- Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Đơn vị phối hợp: Ủy ban nhân dân các huyện.
2. Triển lãm ảnh di sản của tỉnh
- Thời gian dự kiến: từ ngày 05/9/2026 đến ngày 12/9/2026.
- Địa điểm: Bảo tàng tỉnh.
- Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch.
"""


def test_planned_time_field_dates_the_activity() -> None:
    draft = extract(ACTIVITIES, issued=date(2026, 4, 1))
    opening = _by_start(draft, "Lễ khai mạc")
    assert opening["windows"] == ["ngày 5/9/2026"]
    # The days an exhibition runs: held by the last.
    show = _by_start(draft, "Triển lãm ảnh")
    assert "12/9/2026" in show["windows"][0]
    assert show["windows"][0].startswith("từ") or show["windows"][0].startswith("ngày")


SCHEDULE = """\
Lịch triển khai công tác bầu cử ở xã

TT

Nội dung công việc chủ yếu của Ban bầu cử các thôn trong xã

Số ngày chậm nhất phải hoàn thành trước ngày bầu cử theo Luật

Ngày chậm nhất phải hoàn thành

1

Triển khai công tác bầu cử ở xã

Tổ chức hội nghị triển khai công tác bầu cử cho các thôn, tổ dân phố của xã.

\u00a0

15/01/2021

2

Lập danh sách cử tri

Ủy ban nhân dân xã lập danh sách cử tri theo từng khu vực bỏ phiếu.

40 ngày

13/04/2021 (thứ Ba)
"""


def test_cell_per_line_schedule_with_wordy_header_and_day_count() -> None:
    draft = extract(SCHEDULE, issued=date(2021, 1, 5), number="5/KH-UBND")
    duties = _by_id(draft)
    assert duties["T.1"]["windows"] == ["ngày 15/1/2021"]
    assert "Tổ chức hội nghị" in duties["T.1"]["text"]
    assert duties["T.2"]["windows"] == ["ngày 13/4/2021"]
    assert "40 ngày" not in str(duties["T.2"]["windows"])


PROGRESS = "\n".join(
    [
        "Năm 2024, tỉnh A được giao giải ngân hơn 1.200 tỷ đồng vốn đầu tư công. Đến cuối"
        " tháng 8/2024, tỉnh A mới giải ngân được hơn 400 tỷ đồng, đạt 33% kế hoạch.",
        "Tỉnh B cũng là địa phương có tỉ lệ giải ngân thấp. Theo Sở Tài chính tỉnh B, đến"
        " tháng 8/2024, địa phương mới giải ngân được hơn 300 tỷ đồng, đạt 25% kế hoạch.",
        "Nguyên nhân là do công tác giải phóng mặt bằng của một số dự án còn chậm.",
        "Để thực hiện cam kết, lãnh đạo tỉnh A yêu cầu các huyện hoàn thành phê duyệt phương"
        " án bồi thường trước ngày 10/10/2024.",
        "Giải pháp được tỉnh B đưa ra là yêu cầu các chủ đầu tư chậm nhất trong tháng 10/2024"
        " phải hoàn thành xong công tác đấu thầu.",
        "UBND tỉnh B cũng đã chỉ đạo Sở Tài nguyên và Môi trường tập trung làm giá đất.",
    ]
)


def test_progress_cut_off_and_budget_year_are_no_deadlines() -> None:
    draft = extract(PROGRESS, issued=date(2024, 9, 20), number="1/TB")
    for d in draft.duties:
        if d["text"].startswith("Năm 2024"):
            assert d["timing"] is None, d
    for d in draft.duties:
        assert "8/2024" not in str(d["windows"]), d
    assert any("10/10/2024" in str(d["windows"]) for d in draft.duties)


FORECAST = """\
ỦY BAN NHÂN DÂN
TỈNH MẪU
Số: 77/TB-UBND
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại buổi kiểm tra dự án cầu B
1. Sở Giao thông vận tải tiếp tục đôn đốc nhà thầu thi công. Đến nay, dự án đã đạt khoảng
40% tổng khối lượng; dự kiến trong năm 2024 sẽ hoàn thành cầu D. Toàn bộ dự án cầu B sẽ
hoàn thành vào năm 2025.
2. UBND huyện C bàn giao toàn bộ mặt bằng cho chủ đầu tư trước ngày 30/11/2024.
3. Sở Tài chính phối hợp thanh toán; dự kiến trong tháng 12/2024, Sở sẽ hoàn thành thủ tục
thanh toán khối lượng.
4. Các sở thống nhất sử dụng nguồn vốn dự phòng ngân sách tỉnh trong năm 2024, giải ngân
theo tiến độ của dự án.
"""


def test_forecast_of_work_under_way_is_no_deadline() -> None:
    draft = extract(FORECAST, issued=date(2024, 10, 6), number="1/TB")
    for d in draft.duties:
        for year in ("năm 2024", "năm 2025", "12/2024"):
            assert year not in str(d["windows"]), d
    assert any("30/11/2024" in str(d["windows"]) for d in draft.duties)


WRAPPED_NAME = """\
BỘ Y TẾ
Số: 100/BYT-KH
V/v điều tra cơ sở y tế năm 2016
Hà Nội, ngày 30 tháng 06 năm 2016
Kính gửi: Giám đốc Sở Y tế các tỉnh.
Để bảo đảm tiến độ cuộc điều tra, đề nghị đồng chí Giám đốc Sở chỉ đạo một số nội dung sau:
- Chỉ đạo các đơn vị hoàn thiện phiếu điều tra theo hướng dẫn.
- Tổng hợp phiếu điều tra và gửi về Bộ Lao động
- Thương binh và Xã hội (qua Vụ Kế hoạch) trước ngày 31/7/2016.
Đề nghị đồng chí Giám đốc Sở quan tâm, chỉ đạo thực hiện./.
"""


def test_dash_inside_a_wrapped_name_is_no_bullet() -> None:
    draft = extract(WRAPPED_NAME, issued=date(2016, 6, 30))
    sent = _by_start(draft, "Tổng hợp phiếu")
    assert "Thương binh và Xã hội" in sent["text"]
    assert sent["windows"] == ["trước ngày 31/7/2016"]
    assert not any(d["text"].startswith("Thương binh") for d in draft.duties)


RETOLD_SCHEDULE = "\n".join(
    [
        "Sáng 3/10, Ban Thường vụ Tỉnh ủy A tổ chức Hội nghị quán triệt công tác chuẩn bị đại"
        " hội đảng bộ các cấp nhiệm kỳ 2025 - 2030.",
        "Theo Kế hoạch của Ban Thường vụ Tỉnh ủy A, việc tổ chức đại hội chi bộ trực thuộc hoàn"
        " thành trước ngày 31/3/2025; đại hội đảng bộ cấp xã bắt đầu từ tháng 4/2025 và hoàn"
        " thành trước ngày 15/6/2025; đại hội đảng bộ cấp huyện hoàn thành trước ngày"
        " 31/7/2025.",
        "Ban Thường vụ Tỉnh ủy A chọn Đảng bộ huyện B tổ chức đại hội điểm, hoàn thành trước"
        " ngày 30/5/2025.",
        "Bí thư Tỉnh ủy A yêu cầu các cấp ủy rà soát, đánh giá cán bộ bảo đảm tiêu chuẩn.",
    ]
)


def test_retold_timetable_is_cut_into_its_dated_steps() -> None:
    draft = extract(RETOLD_SCHEDULE, issued=date(2024, 10, 3))
    first = _by_start(draft, "việc tổ chức đại hội chi bộ")
    assert first["windows"] == ["trước ngày 31/3/2025"]
    commune = _by_start(draft, "đại hội đảng bộ cấp xã")
    assert "trước ngày 15/6/2025" in commune["windows"]
    district = _by_start(draft, "đại hội đảng bộ cấp huyện")
    assert district["windows"] == ["trước ngày 31/7/2025"]


HOLIDAYS = """\
ỦY BAN NHÂN DÂN
TỈNH MẪU
Số: 9/KH-UBND
KẾ HOẠCH
Tuyên truyền năm 2025
I. NHIỆM VỤ
1. Sở Văn hóa tổ chức tuyên truyền gắn với các ngày lễ lớn trong năm 2025 của tỉnh.
2. Sở Văn hóa hoàn thành sửa chữa các nhà văn hóa xã trong năm 2025.
"""


def test_year_picking_out_holidays_is_no_deadline() -> None:
    draft = extract(HOLIDAYS, issued=date(2025, 1, 5))
    holidays = _by_start(draft, "Sở Văn hóa tổ chức")
    assert holidays["timing"] is None
    report = _by_start(draft, "Sở Văn hóa hoàn thành")
    assert report["windows"] == ["năm 2025"]
