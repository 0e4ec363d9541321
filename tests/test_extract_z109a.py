"""`nq42 extract` on a plan's item whose title only leads into its points (branch z109a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


def _plan(field: str) -> str:
    return (
        "KẾ HOẠCH\n"
        "Triển khai cao điểm cập nhật dữ liệu đất đai\n\n"
        "I. NỘI DUNG THỰC HIỆN\n"
        "1. Rà soát, cập nhật dữ liệu đất đai trên địa bàn\n"
        f"{field}\n"
        "- Cập nhật thông tin thửa đất vào cơ sở dữ liệu đất đai của phường.\n"
        "- Chỉnh lý biến động đất đai theo hồ sơ đã được giải quyết.\n"
        "- Lập danh mục các trường hợp cần xác minh, hoàn thiện hồ sơ.\n"
        "2. Tuyên truyền, vận động Nhân dân kê khai đất đai\n"
        "- Tổ chức tuyên truyền trên hệ thống truyền thanh của phường.\n"
    )


def _steps(draft: Draft) -> list[dict[str, Any]]:
    return [d for d in draft.duties if d["id"].startswith("I.1.")]


def test_time_field_under_a_title_dates_its_points_not_the_title() -> None:
    for field in (
        "Thời gian thực hiện: Tháng 7/2026.",
        "Thời gian: Tháng 7/2026.",
        "Thời hạn hoàn thành: Tháng 7/2026.",
        "Tiến độ: Tháng 7/2026.",
    ):
        draft = extract(_plan(field), issued=date(2026, 6, 30), number="1/KH-UBND")
        duties = _by_id(draft)
        assert "I.1" not in duties, field
        steps = _steps(draft)
        assert len(steps) == 3, field
        assert all(d["windows"] == ["tháng 7/2026"] for d in steps), field
        # The next item has no field: its point keeps no time.
        assert "tháng 7/2026" not in duties["I.2.a"]["windows"], field


def test_owner_field_under_a_title_gives_its_points_their_lead() -> None:
    for label in ("Đơn vị thực hiện", "Cơ quan chủ trì"):
        field = f"{label}: Phòng Nông nghiệp và Môi trường."
        draft = extract(_plan(field), issued=date(2026, 6, 30), number="1/KH-UBND")
        duties = _by_id(draft)
        assert "I.1" not in duties, label
        steps = _steps(draft)
        assert len(steps) == 3, label
        for d in steps:
            assert lead_names(draft, d) == ["Phòng Nông nghiệp và Môi trường"], label
            assert d["windows"] == ["không thời hạn"], label


def test_item_ending_its_sentence_keeps_its_time_from_requirements() -> None:
    text = (
        "KẾ HOẠCH\n"
        "Triển khai cao điểm cập nhật dữ liệu đất đai\n\n"
        "I. NỘI DUNG THỰC HIỆN\n"
        "1. Xây dựng Hướng dẫn cập nhật dữ liệu đất đai cho các tổ dân phố.\n"
        "- Thời gian hoàn thành: Tháng 7/2026.\n"
        "- Bảo đảm thống nhất với các văn bản hướng dẫn của tỉnh.\n"
        "- Các biểu mẫu phải thể hiện rõ thông tin thửa đất.\n"
    )
    draft = extract(text, issued=date(2026, 6, 30), number="1/KH-UBND")
    duties = _by_id(draft)
    assert duties["I.1"]["windows"] == ["tháng 7/2026"]
    assert all("tháng 7/2026" not in d["windows"] for d in _steps(draft))
