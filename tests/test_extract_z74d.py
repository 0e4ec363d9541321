"""Round z74d: dates that are not the duty's deadline stay undated (made-up texts)."""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import _share_chain_time
from nq42cli.core.spans import find_spans

ISSUED = date(2026, 3, 2)


def _read(text: str) -> list[str]:
    return [sp.text for sp in find_spans(text, ISSUED) if sp.read]


def test_a_cited_letters_issuing_day_is_no_deadline() -> None:
    said = "Sở Nội vụ khẩn trương thực hiện ý kiến tại công văn ban hành vào ngày 14.2 về cải cách."
    assert _read(said) == []
    # the day a duty's own paper is to be issued by stays a deadline
    assert _read("Sở Nội vụ trình dự thảo trước ngày 14/4/2026.") == ["trước ngày 14/4/2026"]


def test_how_long_a_state_is_kept_or_paused_is_no_deadline() -> None:
    assert "đến hết năm 2027" not in _read("Công ty giữ tỷ lệ vốn 65% đến hết năm 2027.")
    paused = "Giải quyết hồ sơ đề nghị tạm hoãn nộp phí bảo trì đến tháng 9 năm 2026 khi nhận được."
    assert _read(paused) == []
    assert _read("Sở Tài chính hoàn thành báo cáo đến hết tháng 9/2026.") == [
        "đến hết tháng 9/2026"
    ]


def test_the_last_months_joined_to_a_longer_span_are_a_stretch() -> None:
    assert _read("Làm tiền đề triển khai trong những tháng cuối năm và cả năm 2027.") == []
    assert _read("Bảo đảm hàng hóa trong các tháng cuối năm và dịp Tết Nguyên đán.") == []


def test_a_case_running_to_a_day_is_a_condition() -> None:
    said = (
        "Trong trường hợp đến hết tháng 8/2026 mưa lũ vẫn kéo dài, nếu hộ dân có đề nghị thì "
        "kịp thời báo cáo Ủy ban nhân dân tỉnh."
    )
    assert _read(said) == []


def test_periods_in_brackets_and_each_periods_day_are_no_deadline() -> None:
    said = (
        "Báo cáo kết quả gửi Sở Xây dựng theo giai đoạn (từ năm 2026 - 2027; 2028 - 2029), "
        "thời gian gửi trước ngày 15/11 của từng giai đoạn để tổng hợp."
    )
    assert _read(said) == []
    ended = "c) Kết thúc thời gian tạm dừng thu (hết tháng 7/2026), kịp thời thông báo cho hộ."
    assert _read(ended) == []


def test_a_rule_of_when_something_may_be_done_takes_no_shared_date() -> None:
    # one sentence split over ";": the dated last part gives its date to the parts before
    # it, but not to a rule saying when something may be done at all ("chỉ … khi").
    rule: dict[str, Any] = {"text": "Việc đình chỉ kinh doanh chỉ thực hiện khi có căn cứ;"}
    check: dict[str, Any] = {"text": "Kiểm tra lại các giấy phép đã cấp;"}
    dated: dict[str, Any] = {
        "text": "Báo cáo kết quả trước ngày 20/4/2026.",
        "timing": "trước ngày 20/4/2026",
        "windows": ["trước ngày 20/4/2026"],
    }
    _share_chain_time([(d["text"], d) for d in (rule, check, dated)])
    assert "timing" not in rule
    assert check["timing"] == "trước ngày 20/4/2026"


def test_a_time_in_a_quoted_campaign_name_is_part_of_the_name() -> None:
    said = "Tích cực hưởng ứng phong trào thi đua “Cả nước chung tay xây trường trong năm 2027”."
    assert _read(said) == []
    # a campaign whose name is quoted, then its own launch day: that day is read
    launched = "Phát động “Chiến dịch Mùa xuân” vào ngày 05/4/2026 trên toàn tỉnh."
    assert _read(launched) == ["vào ngày 05/4/2026"]
    # a quoted order is no name
    assert _read("Chủ tịch nhấn mạnh: “Phải hoàn thành trong năm 2026”.") == [
        "hoàn thành trong năm 2026"
    ]


def test_the_span_a_schedule_drawn_up_covers_is_no_deadline() -> None:
    said = "Rà soát các hạng mục, lập tiến độ chi tiết theo tuần, tháng đến hết năm 2027."
    assert _read(said) == []


def test_the_time_a_sum_is_enough_for_is_no_deadline() -> None:
    said = "Cân đối số vốn còn lại của dự án, bảo đảm đủ để hoàn thành công trình trong năm 2027."
    assert _read(said) == []
    assert _read("Cân đối số vốn còn lại của dự án trong quý II/2026.") == ["trong quý II/2026"]


def test_a_deadline_in_brackets_after_the_periods_is_read() -> None:
    said = "Báo cáo kết quả theo từng giai đoạn (trước ngày 15/12/2026) để tổng hợp."
    assert _read(said) == ["trước ngày 15/12/2026"]
