"""`nq42 extract` on development documents that read too little (branch z93b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names


def _by_text(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["text"][:30]: d for d in draft.duties}


def _starts(draft: Draft) -> list[str]:
    return [d["text"][:30] for d in draft.duties]


NEWS_ASKS_ABOVE_ITEMS = """\
## Thủ tướng chỉ đạo đẩy mạnh chuyển đổi số trong các cơ quan hành chính

Thủ tướng Chính phủ đã ký Công điện số 99/CĐ-TTg ngày 12/6/2026 gửi Bộ trưởng; Chủ tịch \
UBND các tỉnh chỉ đạo đẩy mạnh chuyển đổi số.

Trên cơ sở nội dung các nghị định, Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các tỉnh, \
thành phố trực thuộc Trung ương nghiên cứu kỹ lưỡng các quy định để triển khai đầy đủ;

Bộ trưởng, Thủ trưởng cơ quan ngang Bộ hoàn thành các thông tư hướng dẫn trước ngày \
30/6/2026.

## Khẩn trương số hóa hồ sơ

Theo báo cáo, các bộ đã rà soát tổng thể 5.076 văn bản thuộc phạm vi quản lý.

Cụ thể, có 2.718 thủ tục được số hóa trong năm qua.

Bộ trưởng Bộ Nội vụ cũng nêu 2 nhóm kiến nghị:

1. Các Bộ, cơ quan ngang Bộ khẩn trương công bố thủ tục hành chính theo thẩm quyền.

2. Chính quyền địa phương tổ chức tập huấn các nội dung điều chỉnh.
"""


def test_news_request_ending_in_a_semicolon_above_a_subheading_is_read() -> None:
    draft = extract(NEWS_ASKS_ABOVE_ITEMS, issued=date(2026, 6, 12), number="99/CĐ-TTg")
    starts = _starts(draft)
    # The request's ground ("Trên cơ sở …,") is cut off: the speaker's request opens it.
    assert starts[0].startswith("Thủ tướng Chính phủ yêu cầu")
    duties = _by_text(draft)
    assert lead_names(draft, duties[starts[0]]) == [
        "Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương"
    ]
    ministers = next(d for d in draft.duties if d["text"].startswith("Bộ trưởng, Thủ trưởng"))
    assert ministers["windows"] == ["trước ngày 30/6/2026"]
    # The page's own account under the subheading, before the items, is no work.
    assert not any(
        s.startswith(("Theo báo cáo", "Cụ thể, có", "Bộ trưởng Bộ Nội vụ")) for s in starts
    )
    assert any(s.startswith("Các Bộ, cơ quan ngang Bộ khẩn") for s in starts)
