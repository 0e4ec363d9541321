"""`nq42 extract` on task registers exported from a tracking system (branch z76a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from nq42cli.core.tables import roles


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


def _lead(draft: Draft, duty: dict[str, Any]) -> list[str]:
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    return [r.get("as_written") or names[r["owner"]] for r in duty["owners"] if r["role"] == "lead"]


REGISTER = (
    "DANH SÁCH NHIỆM VỤ\n"
    "TT\tTên nhiệm vụ\tĐơn vị /Cá nhân đầu mối\tĐơn vị /Cá nhân phối hợp\tThời hạn HT\tTrạng thái\n"
    "1\tXây dựng kế hoạch chuyển đổi số ngành giáo dục\tCục Công nghệ thông tin\t"
    "Vụ Kế hoạch - Tài chính\t30/06/2017\tĐang thực hiện (trong hạn)\n"
    "2\tRà soát quy chế tuyển sinh đại học\tVụ Giáo dục Đại học\t\t01/01/1970\t"
    "Đang thực hiện (trong hạn)\n"
)


def test_register_focal_unit_column_is_the_lead() -> None:
    header = ["TT", "Tên nhiệm vụ", "Đơn vị /Cá nhân đầu mối", "Đơn vị /Cá nhân phối hợp"]
    cols = roles(header)
    assert cols["lead"] == 2
    assert cols["partners"] == 3
    draft = extract(REGISTER, issued=date(2017, 4, 11), number="1/DS-BGDĐT")
    duties = _by_id(draft)
    assert _lead(draft, duties["T.1"]) == ["Cục Công nghệ thông tin"]
    assert _lead(draft, duties["T.2"]) == ["Vụ Giáo dục Đại học"]


def test_register_epoch_date_is_no_deadline() -> None:
    draft = extract(REGISTER, issued=date(2017, 4, 11), number="1/DS-BGDĐT")
    duties = _by_id(draft)
    assert duties["T.1"]["windows"] == ["ngày 30/6/2017"]
    assert duties["T.2"]["timing"] is None
    assert "1970" not in str(duties["T.2"])


HEADLESS = """\
Lịch triển khai công tác phòng cháy năm 2026

|
|
|
1 | Rà soát phương tiện chữa cháy tại các khu dân cư | Xong trước ngày 20/3/2026. |
2 | Tập huấn lực lượng xung kích cấp xã | Xong trước ngày 15/4/2026. |
3 | Diễn tập phương án chữa cháy liên xã | Xong trước ngày 30/5/2026 |
"""


def test_numbered_rows_with_time_cells_read_under_an_empty_header() -> None:
    draft = extract(HEADLESS, issued=date(2026, 3, 1), number="5/KH-UBND")
    duties = draft.duties
    assert [d["text"][:22] for d in duties] == [
        "Rà soát phương tiện ch",
        "Tập huấn lực lượng xun",
        "Diễn tập phương án chữ",
    ]
    assert [d["windows"] for d in duties] == [
        ["trước ngày 20/3/2026"],
        ["trước ngày 15/4/2026"],
        ["trước ngày 30/5/2026"],
    ]


def test_empty_header_without_time_column_is_no_task_table() -> None:
    text = (
        HEADLESS.replace("Xong trước ngày 20/3/2026.", "Khu A")
        .replace("Xong trước ngày 15/4/2026.", "Khu B")
        .replace("Xong trước ngày 30/5/2026", "Khu C")
    )
    draft = extract(text, issued=date(2026, 3, 1), number="5/KH-UBND")
    assert all(not d.get("windows") or d["windows"] == ["không thời hạn"] for d in draft.duties)


SHORT_ROWS = (
    "TT\tTên nhiệm vụ\tĐơn vị /Cá nhân đầu mối\tThời hạn HT\tLãnh đạo phụ trách\t"
    "Ý kiến chỉ đạo\tTrạng thái\n"
    '1\tSửa đổi quy chế thi tốt nghiệp\t"Cục Quản lý chất lượng\n'
    '"\t30/04/2017\tTTr A\t"Đang thực hiện\n'
    '"\n'
    '2\tXây dựng cơ sở dữ liệu ngành\t"Cục Công nghệ thông tin\n'
    '"\t15/05/2017\tTTr B\t"Đang thực hiện\n'
    '"\n'
)


def test_register_rows_one_cell_short_of_the_header() -> None:
    draft = extract(SHORT_ROWS, issued=date(2017, 4, 11), number="2/DS-BGDĐT")
    duties = _by_id(draft)
    assert sorted(duties) == ["T.1", "T.2"]
    assert _lead(draft, duties["T.1"]) == ["Cục Quản lý chất lượng"]
    assert _lead(draft, duties["T.2"]) == ["Cục Công nghệ thông tin"]
    assert duties["T.2"]["windows"] == ["ngày 15/5/2017"]


BULLETED = (
    "TT\tTên nhiệm vụ\tĐơn vị /Cá nhân đầu mối\tĐơn vị /Cá nhân phối hợp\tThời hạn HT\n"
    "1\tChuẩn bị báo cáo sơ kết học kỳ\t• Vụ Giáo dục Trung học\t"
    '"• Vụ Kế hoạch - Tài chính\n• Văn Phòng Bộ"\t20/05/2017\n'
    "2\tRà soát định mức biên chế giáo viên\t• Vụ Tổ chức cán bộ\t\t25/05/2017\n"
)


def test_bulleted_owner_cells_read_as_names() -> None:
    draft = extract(BULLETED, issued=date(2017, 4, 11), number="3/DS-BGDĐT")
    duties = _by_id(draft)
    assert _lead(draft, duties["T.1"]) == ["Vụ Giáo dục Trung học"]
    assert _lead(draft, duties["T.2"]) == ["Vụ Tổ chức cán bộ"]
    assert "•" not in str(draft.data["owners"])
