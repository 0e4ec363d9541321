"""`nq42 extract` on dates that are not a duty's deadline (branch z106c).

Each text here is small and made up for the case it pins: the draft must leave the
duty undated rather than guess a deadline the text does not give it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from nq42cli.core.spans import find_spans

UNDATED = "không thời hạn"


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


def _read(text: str, issued: date = date(2026, 1, 5)) -> list[str]:
    return [sp.text for sp in find_spans(text, issued) if sp.readings]


TASKS_GIVEN = """\
KẾ HOẠCH
Thực hiện phong trào thi đua năm 2026

I. NHIỆM VỤ
1. Các phòng, đơn vị đăng ký công trình, công việc và tổ chức thực hiện phong trào thi đua \
thiết thực, bảo đảm hoàn thành các nhiệm vụ chính trị được giao trong năm 2026.
2. Văn phòng tiếp tục chỉ đạo triển khai các nhiệm vụ trọng tâm, nhất là các nhiệm vụ giao \
hoàn thành trong năm 2026; đạt và vượt các mục tiêu đề ra trong năm 2026.
3. Văn phòng tổng hợp kết quả, báo cáo Giám đốc Sở trong tháng 12/2026.
"""


def test_the_year_tasks_were_given_names_them_and_dates_no_duty() -> None:
    duties = _by_id(extract(TASKS_GIVEN, issued=date(2026, 1, 5), number="1/KH-SNV"))
    assert duties["I.1"]["windows"] == [UNDATED]
    assert duties["I.2"]["windows"] == [UNDATED]
    # A duty's own time beside them is still read.
    assert duties["I.3"]["windows"] == ["tháng 12/2026"]


def test_tasks_given_leaves_an_assignment_with_its_time() -> None:
    # "Giao Sở …" is the assignment itself: its time is the duty's.
    assert _read("Giao Sở Tài chính chủ trì, hoàn thành trong năm 2026.") == [
        "hoàn thành trong năm 2026"
    ]
    assert _read("Hoàn thành các nhiệm vụ được giao trong năm 2026.") == []
    assert _read("Phấn đấu đạt các mục tiêu đã đề ra trong năm 2026.") == []
    # "theo mục tiêu đề ra" then the duty's own finishing verb: its time.
    assert _read("Triển khai theo mục tiêu đề ra hoàn thành trong năm 2026.") == [
        "hoàn thành trong năm 2026"
    ]


DAILY = """\
CÔNG VĂN
Về việc bảo đảm công tác cấp cứu dịp nghỉ lễ

1. Các cơ sở khám chữa bệnh báo cáo trực tuyến số liệu khám chữa bệnh (thời gian báo cáo \
8 giờ sáng hàng ngày, từ 29/4 - 04/5/2026).
2. Sở Y tế đôn đốc, tổng hợp báo cáo trực tuyến hàng ngày từ 29/4 đến 04/5/2026. Tổng hợp \
báo cáo cả kỳ nghỉ vào 8 giờ sáng ngày 05/5/2026.
"""


def test_a_daily_rounds_window_is_no_deadline() -> None:
    duties = _by_id(extract(DAILY, issued=date(2026, 4, 20), number="2/BYT-KCB"))
    assert duties["S.1"]["windows"] == [UNDATED]
    # The dated step after the daily round, its hour passed over, is the duty's deadline.
    assert duties["S.2"]["windows"] == ["ngày 5/5/2026"]


def test_a_window_without_a_daily_round_is_still_read() -> None:
    assert _read("Tổ chức kiểm tra từ ngày 10/5/2026 đến ngày 20/5/2026.", date(2026, 4, 1))
    assert _read("Báo cáo hàng ngày từ ngày 10/5/2026 đến ngày 20/5/2026.", date(2026, 4, 1)) == []


def test_an_hour_with_its_part_of_the_day_is_passed_over() -> None:
    assert _read("Gửi báo cáo trước 17 giờ chiều ngày 04/5/2026.") == ["ngày 04/5/2026"]
    # An hour something starts at is still no deadline.
    assert _read("Từ 8 giờ sáng ngày 04/5/2026, các đơn vị trực 24/24.") == []


def test_the_hour_a_window_or_an_event_ends_or_starts_stays_unread() -> None:
    text = "Bắt đầu từ ngày 15/12/2025 và kết thúc vào 17 giờ 00 ngày 01/02/2026."
    assert "ngày 01/02/2026" not in _read(text, date(2025, 12, 1))
    assert _read("Hội nghị khai mạc vào 8 giờ sáng ngày 15/5/2026.") == []
    assert _read("Gửi báo cáo vào 8 giờ sáng ngày 04/5/2026.") == ["ngày 04/5/2026"]
