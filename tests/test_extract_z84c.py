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


def test_speaker_comma_after_request_does_not_join_the_list() -> None:
    text = (
        "Họp về nguồn cung xăng dầu\n \n"
        "Chiều 1/3, Phó Thủ tướng Nguyễn Văn An chủ trì cuộc họp về nguồn cung xăng dầu.\n \n"
        "Phó Thủ tướng Nguyễn Văn An yêu cầu, Bộ Công Thương rà soát nguồn cung xăng dầu "
        "cho các tỉnh miền núi.\n \n"
        "Phó Thủ tướng yêu cầu, Bộ Tài chính và UBND tỉnh Lào Cai chỉ đạo các đơn vị tiến "
        "hành kiểm tra giá bán lẻ.\n"
    )
    draft = extract("---\ntitle: Tin tuần\n---\n" + text)
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    got = [[names[r["owner"]] for r in d["owners"]] for d in draft.duties]
    assert ["Bộ Công Thương"] in got, got
    assert ["Bộ Tài chính", "UBND tỉnh Lào Cai"] in got, got


def test_bare_page_numbers_in_turn_leave_the_owner_name_whole() -> None:
    filler = "".join(
        f"- Kiểm tra việc thực hiện nội dung số {k} trên địa bàn.\n" for k in range(14)
    )
    text = (
        "II. NHIỆM VỤ\n"
        "1. Sở Tài chính:\n"
        "a) Bố trí kinh phí cho công tác phòng chống lụt bão.\n"
        + filler
        + "2\n"
        + filler
        + "2. Sở Y tế chủ động phối hợp Sở Lao động - Thương binh và\n"
        "-\n"
        "3\n"
        "\n"
        "Xã hội bảo đảm thuốc, vật tư y tế cho người dân vùng lũ.\n"
    )
    draft = extract(text, issued=date(2024, 9, 1), number="1/CT-UBND")
    texts = [d["text"] for d in draft.duties]
    assert "2" not in texts
    assert "3" not in texts
    whole = "Sở Y tế chủ động phối hợp Sở Lao động - Thương binh và Xã hội"
    assert any(t.startswith(whole) for t in texts), texts


def test_bodies_joined_after_a_grounds_opener_are_no_subject() -> None:
    text = (
        "II. NHIỆM VỤ\n"
        "1. Chủ tịch UBND các huyện:\n"
        "- Căn cứ tình hình thực tế, mức nước các hồ, quyết định việc tạm dừng khai thác; "
        "đồng thời phối hợp với Sở Nông nghiệp, Công an tỉnh và các lực lượng chức năng "
        "hướng dẫn người dân đi lại an toàn.\n"
    )
    draft = extract(text, issued=date(2024, 9, 1), number="1/CT-UBND")
    (duty,) = draft.duties
    assert _lead(draft, duty) == [] or _lead(draft, duty) == ["Chủ tịch UBND các huyện"]
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    roles = {names[r["owner"]]: r["role"] for r in duty["owners"]}
    assert roles.get("Chủ tịch UBND các huyện") in ("lead", "responsible")
    assert roles.get("Công an tỉnh") != "responsible"
