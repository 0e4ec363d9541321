"""`nq42 extract` on owner names in signed texts, OCR'd copies among them (branch z84c).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract


def _lead(draft: Draft, duty: dict[str, Any]) -> list[str]:
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    return [r.get("as_written") or names[r["owner"]] for r in duty["owners"] if r["role"] == "lead"]


def test_owner_item_leading_and_doing_with_no_object_owns_its_points() -> None:
    text = (
        "II. NHIỆM VỤ\n"
        "1. Sở Công Thương chủ trì, phối hợp thực hiện\n"
        "a) Kiểm tra thị trường hàng hóa trong mùa lễ hội.\n"
        "b) Phối hợp với các huyện bảo đảm nguồn cung hàng thiết yếu.\n"
        "2. Sở Y tế chủ trì, phối hợp thực hiện\n"
        "a) Bố trí đủ thuốc, vật tư y tế cho các bệnh viện.\n"
    )
    draft = extract(text, issued=date(2023, 1, 5), number="1/CT-UBND")
    leads = [_lead(draft, d) for d in draft.duties]
    assert leads == [["Sở Công Thương"], ["Sở Công Thương"], ["Sở Y tế"]]
