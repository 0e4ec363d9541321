"""`nq42 extract` on who leads the points a lead-in or a heading hands on (branch z80f).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract


def _lead(draft: Draft, duty: dict[str, Any]) -> list[str]:
    """The duty's leads, or the bodies responsible for it when none leads."""
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    for role in ("lead", "responsible"):
        got = [
            r.get("as_written") or names[r["owner"]] for r in duty["owners"] if r["role"] == role
        ]
        if got:
            return got
    return []


def _starting(draft: Draft, words: str) -> dict[str, Any]:
    return next(d for d in draft.duties if d["text"].startswith(words))


FOCUS = """\
CÔNG VĂN

Về việc bảo đảm an toàn phòng cháy mùa khô

I. NỘI DUNG

Các sở, ngành, địa phương theo chức năng, nhiệm vụ được giao, chú trọng lồng ghép công tác \
phòng cháy vào kế hoạch năm, tập trung vào một số nhiệm vụ trọng tâm sau:

(1) Kiểm tra điều kiện an toàn tại các chợ, trung tâm thương mại.

(2) Tuyên truyền kỹ năng thoát nạn cho người dân ở khu đông dân cư.
"""


def test_unnumbered_lead_in_opening_on_its_bodies_hands_them_the_points() -> None:
    draft = extract(FOCUS, issued=date(2026, 2, 3), number="12/UBND-KT")
    for words in ("Kiểm tra điều kiện", "Tuyên truyền kỹ năng"):
        assert _lead(draft, _starting(draft, words)) == ["Các sở, ngành, địa phương"]
    assert not [d for d in draft.duties if d["text"].startswith("Các sở, ngành")]


PLACED = """\
NGHỊ ĐỊNH

Điều 5. Trách nhiệm thi hành

1. Cục Hàng hải Việt Nam thuộc Bộ Xây dựng có trách nhiệm:

a) Hướng dẫn các cảng vụ hàng hải thực hiện thủ tục điện tử.

b) Tổng hợp số liệu tàu thuyền ra vào cảng hằng quý.
"""


def test_ministry_a_named_body_sits_under_is_no_part_of_its_name() -> None:
    draft = extract(PLACED, issued=date(2026, 3, 2), number="45/2026/NĐ-CP")
    for words in ("Hướng dẫn các cảng vụ", "Tổng hợp số liệu"):
        assert _lead(draft, _starting(draft, words)) == ["Cục Hàng hải Việt Nam"]


HEADS_OF_OFFICES = """\
KẾ HOẠCH

Nâng cao chất lượng văn bản năm 2026

I. NHIỆM VỤ

1. Giao Trưởng phòng, ban, đơn vị chủ trì, rà soát lại các văn bản đã tham mưu trong năm.

2. Trưởng các phòng ban, đơn vị; UBND các phường, xã khẩn trương báo cáo kết quả rà soát.
"""


def test_heads_of_a_towns_offices_lead_by_their_title() -> None:
    draft = extract(HEADS_OF_OFFICES, issued=date(2026, 1, 5), number="7/KH-UBND")
    assert _lead(draft, _starting(draft, "Giao Trưởng phòng")) == ["Trưởng phòng, ban, đơn vị"]
    assert _lead(draft, _starting(draft, "Trưởng các phòng")) == [
        "Trưởng các phòng ban, đơn vị",
        "UBND các phường, xã",
    ]


PARTY = """\
HƯỚNG DẪN

Về tổ chức đại hội chi bộ

1. Công tác nhân sự

Ban thường vụ cấp ủy cấp trên trực tiếp chỉ định bí thư chi bộ mới thành lập.

Cấp ủy cấp trên trực tiếp chỉ đạo rà soát danh sách đảng viên trước đại hội.
"""


def test_party_committee_just_above_and_its_standing_board_lead() -> None:
    draft = extract(PARTY, issued=date(2026, 4, 1), number="3-HD/ĐU")
    assert _lead(draft, _starting(draft, "Ban thường vụ")) == [
        "Ban thường vụ cấp ủy cấp trên trực tiếp"
    ]
    assert _lead(draft, _starting(draft, "Cấp ủy cấp trên")) == ["Cấp ủy cấp trên trực tiếp"]
