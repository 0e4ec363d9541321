"""`nq42 extract` on tables read badly: rosters that share out work (branch z101b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names


def _by_text(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["text"][:20]: d for d in draft.duties}


# "TT | Họ và tên | Chức vụ | Nội dung phân công", one cell per line (a web copy of a
# Word table): the name is the row's owner, the post its own cell, each bullet a task;
# the text's next Roman point ends the table.
ROSTER = """\
KẾ HOẠCH
Phân công nhiệm vụ Tổ công tác phòng chống thiên tai
I. MỤC ĐÍCH
Bảo đảm chủ động ứng phó thiên tai trên địa bàn.
II. PHÂN CÔNG NHIỆM VỤ CỤ THỂ
TT
Họ và tên
Chức vụ
Nội dung phân công chi tiết
1
Ông Trần Minh Khoa
Tổ trưởng
Tổ trưởng Tổ dân phố 3
- Phụ trách chung công tác phòng chống thiên tai của tổ dân phố.
- Chỉ huy lực lượng xung kích khi có thiên tai.
2
Bà Lê Thị Hạnh
Thành viên(Chi hội trưởng Chi hội Phụ nữ)
-Vận động hội viên chằng chống nhà cửa. -Lập danh sách hộ cần sơ tán.
III. TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân phường theo dõi, kiểm tra việc thực hiện Kế hoạch này.
"""


def test_roster_name_is_owner_post_apart_bullets_are_tasks() -> None:
    draft = extract(ROSTER, issued=date(2026, 3, 2), number="5/KH-TCT")
    duties = _by_text(draft)
    chief = duties["Phụ trách chung công"]
    assert lead_names(draft, chief) == ["Ông Trần Minh Khoa"]
    assert lead_names(draft, duties["Chỉ huy lực lượng xu"]) == ["Ông Trần Minh Khoa"]
    # A dash with no space after it, after a sentence's stop, opens the next bullet.
    assert lead_names(draft, duties["Vận động hội viên ch"]) == ["Bà Lê Thị Hạnh"]
    assert lead_names(draft, duties["Lập danh sách hộ cần"]) == ["Bà Lê Thị Hạnh"]
    # The text under "III." is no part of the last row.
    assert not any(
        "Ủy ban nhân dân phường" in d["text"] for d in draft.duties if d["id"].startswith("T")
    )
    assert all(d["timing"] is None for d in draft.duties)


# A scan's calendar of sittings: the people's cells are two lines high, so the OCR reads
# the line above each day, the day, the line below, each line a name of each column.
CALENDAR = """\
THÔNG BÁO
Lịch tiếp công dân của Thường trực Hội đồng nhân dân huyện năm 2024
1. Thời gian tiếp công dân
Thường trực Hội đồng nhân dân huyện tiếp công dân định kỳ mỗi tháng một lần.
2. Lịch tiếp công dân: (có lịch kèm theo)
Văn phòng Hội đồng nhân dân huyện bố trí thời gian, niêm yết lịch tiếp công dân./.
Nơi nhận: TM. THƯỜNG TRỰC HĐND
- Thường trực HĐND tỉnh; KT. CHỦ TỊCH
- Lưu: VT.
LỊCH TIẾP CÔNG DÂN
NĂM 2024
Người tiếp
Thành phần tham gia
Phạm Văn Hải Đỗ Thị Lan
10/01 (thứ tư) ` : :
01 Vũ Quốc Bảo Hồ Minh Tâm
Phạm Văn Hải Đỗ Thị Lan
15/02 (thứ năm) : `
02 Vũ Quốc Bảo Hồ Minh Tâm..
Phạm Văn Hải Đỗ Thị Lan _-
11/3 (thứ hai) : :
03 Vũ Quốc Bảo Hồ Minh Tâm
Phạm Văn Hải Đỗ Thị Lan
10/4 (thứ tư) ` :
04 Vũ Quốc Bảo Hồ Minh Tâm
"""


def test_calendar_sitters_are_each_days_owners() -> None:
    draft = extract(CALENDAR, issued=date(2024, 1, 2), number="3/TB-HĐND")
    days = [d for d in draft.duties if d["text"].endswith(")")]
    assert len(days) == 4
    for d in days:
        assert sorted(lead_names(draft, d)) == ["Phạm Văn Hải", "Vũ Quốc Bảo"]
    assert days[1]["windows"] == ["ngày 15/2/2024"]


# A board's members by name: their places in it ("Trưởng ban", "Ủy viên"), no work.
BOARD = """\
QUYẾT ĐỊNH
Về việc thành lập Ban Chỉ đạo phòng chống dịch
Điều 1. Thành lập Ban Chỉ đạo phòng chống dịch gồm các ông, bà có tên sau:
TT | Họ và tên | Chức vụ | Nhiệm vụ
1 | Ông Nguyễn Văn An | Chủ tịch UBND xã | Trưởng ban
2 | Bà Trần Thị Bình | Phó Chủ tịch UBND xã | Phó Trưởng ban thường trực
3 | Ông Lê Văn Cường | Trưởng Trạm Y tế | Ủy viên thường trực
4 | Ông Phạm Văn Dũng | Công chức Văn hóa - Xã hội | Ủy viên
Điều 2. Ban Chỉ đạo có nhiệm vụ chỉ đạo công tác phòng chống dịch trên địa bàn xã.
"""


def test_board_roster_by_name_gives_no_duties() -> None:
    draft = extract(BOARD, issued=date(2024, 1, 2), number="1/QĐ-UBND")
    assert not any(d["text"] in ("Trưởng ban", "Ủy viên") for d in draft.duties)
    assert not any(d["id"].startswith("T") for d in draft.duties)


# The same roster flattened to bare-piped rows: the name is still the row's owner.
PIPED = (
    "KẾ HOẠCH\n"
    "Phân công nhiệm vụ Tổ công tác\n"
    "I. MỤC ĐÍCH\n"
    "Bảo đảm chủ động ứng phó thiên tai trên địa bàn.\n"
    "II. PHÂN CÔNG NHIỆM VỤ\n"
    "TT | Họ và tên | Chức vụ | Nội dung phân công\n"
    "1 | Ông Trần Minh Khoa | Tổ trưởng | - Phụ trách chung công tác phòng chống thiên tai."
    " - Chỉ huy lực lượng xung kích khi có thiên tai.\n"
    "2 | Bà Lê Thị Hạnh | Thành viên | Vận động hội viên chằng chống nhà cửa,"
    " lập danh sách hộ cần sơ tán.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "Ủy ban nhân dân phường theo dõi, kiểm tra việc thực hiện Kế hoạch này.\n"
)


def test_piped_roster_that_shares_out_work() -> None:
    draft = extract(PIPED, issued=date(2024, 1, 2), number="1/KH-TCT")
    duties = _by_text(draft)
    assert lead_names(draft, duties["Chỉ huy lực lượng xu"]) == ["Ông Trần Minh Khoa"]
    assert lead_names(draft, duties["Vận động hội viên ch"]) == ["Bà Lê Thị Hạnh"]
