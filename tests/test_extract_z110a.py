"""`nq42 extract` on a side-by-side task table with a reference number column.

Branch z110a.

The text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract

# A plan's appendix printed side by side (``pdftotext -layout``): a "Theo NQ 01" column of
# the resolution's item numbers ("IV" on a group's line, 52, 131) between the row's
# number and its task. A row of an even number of lines sets its number one line below
# its middle and the item's number one above; a task's last line may be a year alone
# ("2050").
REFERENCED = (
    "KẾ HOẠCH\n"
    "Thực hiện Nghị quyết số 01/NQ-CP năm 2024\n"
    "\n"
    "PHỤ LỤC\n"
    "DANH MỤC CÁC ĐỀ ÁN TRÌNH CHÍNH PHỦ\n"
    "STT     Theo        Tên đề án                   Cơ quan chủ trì           Thời gian\n"
    "        NQ 01\n"
    "                    Nhóm nhiệm vụ về hoàn\n"
    "        IV          thiện thể chế, chính\n"
    "I                   sách về tài nguyên\n"
    "                    và môi trường\n"
    "                    Tổng kết việc thi hành\n"
    "        52          Luật Tài nguyên nước        Cục Quản lý tài           Tháng 6\n"
    "1                   và đề xuất sửa đổi          nguyên nước\n"
    "                    bổ sung\n"
    "                    Quy hoạch tổng hợp lưu\n"
    "        131         vực sông Mã đến năm         Cục Quản lý tài           Tháng 9\n"
    "2                   2030, tầm nhìn đến năm      nguyên nước\n"
    "                    2050\n"
    "                    Quy hoạch tổng hợp lưu\n"
    "        132         vực sông Hồng đến năm       Viện Khoa học             Tháng 11\n"
    "3                   2030, tầm nhìn đến năm      Tài nguyên nước\n"
    "                    2050\n"
    "Các đề án được trình đúng thời hạn nêu trên.\n"
)


def _starting(draft: Draft, start: str) -> dict[str, Any]:
    return next(d for d in draft.duties if d["text"].startswith(start))


def test_a_reference_number_beside_the_row_number_opens_no_task() -> None:
    draft = extract(REFERENCED, issued=date(2024, 1, 8), number="59/QĐ-BTNMT")
    texts = [str(d["text"]) for d in draft.duties]
    # Each task read from its first line, the item's number not in its words.
    assert not [t for t in texts if t[:1].isdigit()], texts
    first = _starting(draft, "Tổng kết việc thi hành Luật Tài nguyên nước")
    assert first["text"].endswith("sửa đổi bổ sung")
    assert first["windows"] == ["tháng 6/2024"]
    # Cut at the middle between the two numbers, and the year alone no page's number:
    # each plan keeps its own last line and month, no row starts mid-cell ("năm 2030, …").
    second = _starting(draft, "Quy hoạch tổng hợp lưu vực sông Mã")
    assert second["text"].endswith("tầm nhìn đến năm 2050")
    assert second["windows"] == ["tháng 9/2024"]
    third = _starting(draft, "Quy hoạch tổng hợp lưu vực sông Hồng")
    assert third["text"].endswith("tầm nhìn đến năm 2050")
    assert third["windows"] == ["tháng 11/2024"]
    assert len(texts) == 3, texts
