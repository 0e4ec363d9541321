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
