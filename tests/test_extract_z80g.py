"""`nq42 extract` on deadlines of the duties it finds (branch z80g).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract


def _texts(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["text"]: d for d in draft.duties}


LINKED = """\
SỞ Y TẾ
Số: 12/SYT-KHTC

Sở Y tế đề nghị các bệnh viện trên địa bàn tỉnh thực hiện báo cáo như sau:

**(1) Báo cáo tình hình khám chữa bệnh quý IV năm 2026**

- Thực hiện theo đường dẫn: https://forms.example.vn/abc123

- Hạn nộp báo cáo: *Trước ngày 10/01/2027.*

**(2) Báo cáo số giường bệnh thực kê năm 2026**

- Gửi báo cáo qua đường link: https://forms.example.vn/xyz789

- Hạn nộp báo cáo: *Trước ngày 20/01/2027.*
"""


def test_link_line_is_a_field_of_the_report_above() -> None:
    draft = extract(LINKED, issued=date(2026, 12, 1), number="12/SYT-KHTC")
    duties = _texts(draft)
    assert not any("đường" in t for t in duties)
    first = duties["Báo cáo tình hình khám chữa bệnh quý IV năm 2026"]
    assert first["windows"] == ["trước ngày 10/1/2027"]
    second = duties["Báo cáo số giường bệnh thực kê năm 2026"]
    assert second["windows"] == ["trước ngày 20/1/2027"]


CARD = """\
KẾ HOẠCH
Số: 5/KH-SNN

**(1) Nội dung thực hiện:**

- Xây dựng bản đồ số vùng trồng lúa chất lượng cao;

- Cập nhật dữ liệu vùng trồng lên hệ thống của tỉnh.

**(2) Tổ chức thực hiện:**

- Đơn vị thực hiện: Chi cục Trồng trọt và Bảo vệ thực vật.

- Đơn vị phối hợp: Trung tâm Khuyến nông

- Thời gian thực hiện: Quý III/2026

**(3) Kết quả:**

Bản đồ số vùng trồng được công bố trên cổng thông tin.
"""


def test_organisation_part_gives_the_content_part_its_fields() -> None:
    draft = extract(CARD, issued=date(2026, 3, 2), number="5/KH-SNN")
    duties = _texts(draft)
    assert not any(t.startswith("Tổ chức thực hiện") for t in duties)
    first = duties["Xây dựng bản đồ số vùng trồng lúa chất lượng cao;"]
    assert first["windows"] == ["quý III/2026"]
    second = duties["Cập nhật dữ liệu vùng trồng lên hệ thống của tỉnh."]
    assert second["windows"] == ["quý III/2026"]
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    assert [names[r["owner"]] for r in first["owners"] if r["role"] in ("lead", "responsible")] == [
        "Chi cục Trồng trọt và Bảo vệ thực vật"
    ]


REQUEST = (
    "Phó Chủ tịch UBND thành phố yêu cầu các quận rà soát toàn bộ các điểm ngập úng trên "
    "địa bàn, xác định rõ nguyên nhân và đề xuất giải pháp xử lý cụ thể. Kết quả rà soát "
    "báo cáo về Sở Xây dựng trước ngày 20 tháng 9 năm 2026."
)

TWICE = f"""\
# Đẩy nhanh tiến độ cải tạo kênh thoát nước nội đô

Sáng 5/9, UBND thành phố tổ chức hội nghị về công tác chống ngập mùa mưa năm 2026.

Các quận cần tập trung nạo vét kênh mương trước mùa mưa bão.

{REQUEST}

- Ưu tiên các điểm ngập gần trường học, bệnh viện.

{REQUEST}

Theo Báo Điện tử
"""


def test_paragraph_printed_twice_on_a_news_page_is_one_duty() -> None:
    draft = extract(TWICE)
    dated = [d for d in draft.duties if d["windows"] == ["trước ngày 20/9/2026"]]
    assert len(dated) == 1
    assert dated[0]["text"].startswith("Phó Chủ tịch UBND thành phố yêu cầu các quận")
