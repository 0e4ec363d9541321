"""`nq42 extract` on duties told as prose, Q&A pages and quoted parts (branch z101a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import Draft, extract


def _texts(draft: Draft) -> list[str]:
    return [d["text"] for d in draft.duties]


PASSIVE_BULLET = """\
KẾ HOẠCH

II. NHIỆM VỤ

1. Xây dựng và ban hành mô hình kiến trúc kho dữ liệu hộ tịch:

- Xây dựng mô hình kiến trúc kho dữ liệu hộ tịch gồm kiến trúc dữ liệu và mô hình dữ liệu.

- Thiết lập cơ chế sao lưu, phục hồi dữ liệu định kỳ và khi có sự cố.

- Kiến trúc kho dữ liệu hộ tịch được theo dõi, đánh giá và cập nhật thường xuyên.
"""


def test_passive_and_thiet_lap_bullets_are_tasks_of_their_own() -> None:
    draft = extract(PASSIVE_BULLET, issued=date(2026, 1, 5), number="1/KH-UBND")
    texts = _texts(draft)
    assert any(t.startswith("Thiết lập cơ chế sao lưu") for t in texts)
    assert any(t.startswith("Kiến trúc kho dữ liệu hộ tịch được theo dõi") for t in texts)
    assert any(t.startswith("Xây dựng mô hình kiến trúc kho") for t in texts)


SPELLED_OUT = """\
KẾ HOẠCH

II. NHIỆM VỤ

1. Sửa đổi Quy chế quản lý kho dữ liệu hộ tịch để:

- Bảo đảm an toàn dữ liệu.

- Thông tin hộ tịch được chia sẻ đúng đối tượng.
"""


def test_points_completing_a_lead_in_stay_one_duty() -> None:
    draft = extract(SPELLED_OUT, issued=date(2026, 1, 5), number="2/KH-UBND")
    texts = _texts(draft)
    assert len(texts) == 1
    assert texts[0].startswith("Sửa đổi Quy chế")
