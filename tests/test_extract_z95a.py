"""`nq42 extract` on calendars and timetables whose rows are dates (branch z95a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract


def _by_text(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["text"][:30]: d for d in draft.duties}


MILESTONES_WITH_COMMA = """\
Theo kế hoạch của Bộ, các mốc thời gian tuyển sinh năm 2027 như sau.

Ngày 15/2/2027, các cơ sở đào tạo hoàn thành công bố thông tin tuyển sinh.

Ngày 15/5/2027, các sở GD&ĐT hoàn thành tập huấn quy chế tuyển sinh.

Ngày 30/5/2027, các cơ sở giáo dục hoàn tất việc cập nhật thông tin lên hệ thống.
"""


def test_milestones_opened_by_a_day_and_a_comma_are_dated_duties() -> None:
    draft = extract(MILESTONES_WITH_COMMA, issued=date(2027, 1, 10))
    duties = _by_text(draft)
    first = duties["Ngày 15/2/2027, các cơ sở đào "]
    assert first["windows"] == ["ngày 15/2/2027"]
    assert [o["owner"] for o in first["owners"]]
    assert duties["Ngày 30/5/2027, các cơ sở giáo"]["windows"] == ["ngày 30/5/2027"]
    assert len(draft.duties) == 3


HISTORY_WITH_COMMA = """\
Quá trình triển khai thời gian qua như sau.

Ngày 8/12/2020, UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND.

Ngày 26/12/2020, Sở Thông tin và Truyền thông đã hoàn thành việc rà soát.

Ngày 3/4/2021, UBND tỉnh vừa ban hành Quyết định số 32/QĐ-UBND.
"""


def test_a_history_told_day_by_day_is_no_timeline() -> None:
    draft = extract(HISTORY_WITH_COMMA, issued=date(2021, 5, 1))
    assert not any(d.get("windows") and d["windows"][0].startswith("ngày") for d in draft.duties)
