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
