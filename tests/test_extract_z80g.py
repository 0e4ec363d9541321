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
