"""`nq42 extract` on procedures' steps, articles of responsibility and Front guidance (branch z74c).

Each text here is made up for the case it pins; the real documents are scored in
tests/test_extract_corpus.py.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from nq42cli.core.ownerfind import Registry, subject


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


def _names(draft: Draft, duty: dict[str, Any]) -> list[tuple[str, str]]:
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    return [(r.get("as_written") or names[r["owner"]], r["role"]) for r in duty["owners"]]


def test_step_verbs_end_the_actor_name() -> None:
    """ "… triệu tập …", "… chuyển biên bản …", "… xác nhận …": a step's verb ends its actor."""
    reg = Registry()
    for text, name in [
        (
            "Trưởng Ban công tác Mặt trận khu phố triệu tập cuộc họp cử tri.",
            "Trưởng Ban công tác Mặt trận khu phố",
        ),
        ("Ủy ban bầu cử phường chuyển danh sách cử tri đến Ủy ban xã.", "Ủy ban bầu cử phường"),
        ("Phòng Nội vụ huyện xác nhận vào bản khai và trả lại hồ sơ.", "Phòng Nội vụ huyện"),
    ]:
        got = subject(text, reg)
        assert got is not None
        assert [n.written for n in got.leads + got.responsible] == [name]


def test_step_items_owned_by_their_actor() -> None:
    text = """KẾ HOẠCH
Tổ chức hội nghị cử tri

I. NHIỆM VỤ
1. Trưởng Ban công tác Mặt trận khu phố triệu tập hội nghị cử tri nơi cư trú.
2. Ban công tác Mặt trận khu phố chuyển biên bản hội nghị đến Ủy ban nhân dân phường.
"""
    d = extract(text, issued=date(2025, 12, 1))
    got = _by_id(d)
    assert _names(d, got["I.1"]) == [("Trưởng Ban công tác Mặt trận khu phố", "responsible")]
    assert _names(d, got["I.2"]) == [("Ban công tác Mặt trận khu phố", "responsible")]
