"""`nq42 extract` on news pages retelling a directive or a letter in paragraphs (branch z80a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from nq42cli.core.markup import as_read


def _by_start(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["text"][:30]: d for d in draft.duties}


def _lead(draft: Draft, duty: dict[str, Any]) -> list[str]:
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    return [
        r.get("as_written") or names[r["owner"]]
        for r in duty["owners"]
        if r["role"] in ("lead", "responsible")
    ]


RECORD = (
    '12,Giáo dục,"Theo Chỉ thị, Thủ tướng Chính phủ yêu cầu Bộ Y tế khẩn trương rà soát '
    "danh mục thuốc thiết yếu, bảo đảm đủ thuốc cho các cơ sở khám bệnh.\n"
    "Hướng dẫn các địa phương tổ chức tiêm chủng mở rộng, không để thiếu vắc xin.\n"
    'Thủ tướng cũng yêu cầu Bộ Tài chính bố trí kinh phí cho chương trình ""Sức khỏe '
    'học đường"".\n'
    'Đồng thời yêu cầu Bộ Công an chỉ đạo lực lượng bảo đảm an ninh tại các điểm tiêm."'
)


def test_a_data_sets_row_is_read_as_its_text() -> None:
    read = as_read(RECORD)
    assert read.undone == ("record",)
    assert read.text.startswith("Theo Chỉ thị, Thủ tướng")
    assert '"Sức khỏe học đường"' in read.text
    draft = extract(RECORD, issued=date(2024, 11, 20))
    duties = _by_start(draft)
    assert _lead(draft, duties["Theo Chỉ thị, Thủ tướng Chính "]) == ["Bộ Y tế"]
    assert any(d["text"].startswith("Hướng dẫn các địa phương") for d in draft.duties)
    assert not any(d["text"].startswith("12,") for d in draft.duties)


def test_a_text_with_a_comma_before_a_quote_is_no_row() -> None:
    text = 'Bộ Y tế, "Sở Y tế" và các đơn vị triển khai.\nBáo cáo trước ngày 30/6/2024.\n'
    assert as_read(text).undone == ()
