"""`nq42 extract` reads alike texts that differ only in typing habits (branch z101c).

Each text here is small and made up; each test types one plan two ways and asserts the
same duties, leads and deadlines from both.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from nq42cli.core.extract import extract
from tests.extract_helpers import lead_names


def _read(text: str, number: str | None = "12/KH-UBND") -> list[tuple[Any, ...]]:
    draft = extract(text, issued=date(2026, 1, 5), number=number)
    return [(d["id"], lead_names(draft, d), d.get("windows")) for d in draft.duties]


PLAN = """\
ỦY BAN NHÂN DÂN TỈNH AN HÒA
Số: 12/KH-UBND

KẾ HOẠCH
Triển khai công tác bảo đảm an toàn thực phẩm năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của người dân về an toàn thực phẩm.

II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Sở Y tế
a) Chủ trì xây dựng kế hoạch kiểm tra liên ngành, hoàn thành trước ngày 15/3/2026.
b) Phối hợp với Sở Tài chính bố trí kinh phí thực hiện kế hoạch.
2. Sở Giáo dục và Đào tạo
a) Tổ chức tuyên truyền trong các trường học, hoàn thành trong tháng 6/2026.
b) Báo cáo kết quả thực hiện về Sở Y tế trước ngày 30/11/2026.

III. TỔ CHỨC THỰC HIỆN
Các sở, ngành triển khai thực hiện nghiêm túc Kế hoạch này.
"""


def test_the_plan_as_typed_with_dots_and_brackets() -> None:
    got = _read(PLAN)
    assert got[0] == ("II.1.a", ["Sở Y tế"], ["trước ngày 15/3/2026"])
    assert got[3] == ("II.2.b", ["Sở Giáo dục và Đào tạo"], ["trước ngày 30/11/2026"])


def test_points_typed_with_a_slash_are_points() -> None:
    assert _read(re.sub(r"(?m)^([a-z])\)", r"\1/", PLAN)) == _read(PLAN)


def test_items_and_sections_typed_with_a_slash_are_items_and_sections() -> None:
    slashed = re.sub(r"(?m)^([IV]+|\d)\.", r"\1/", PLAN)
    assert _read(slashed) == _read(PLAN)
    bold = re.sub(r"(?m)^([IV]+)\. (.*)$", r"**\1/ \2**", PLAN)
    assert _read(bold) == _read(PLAN)


def test_a_slash_not_after_a_label_is_left() -> None:
    # "đ/c" (đồng chí) at a line's start is no point "đ)".
    text = PLAN.replace(
        "b) Phối hợp với Sở Tài chính", "b) Phối hợp với Sở Tài chính,\nđ/c Giám đốc chỉ đạo"
    )
    assert [d[0] for d in _read(text)] == [d[0] for d in _read(PLAN)]


NOTICE = """\
THÔNG BÁO
Kết luận của Ban Thường vụ Tỉnh ủy về chủ trương xây dựng trường học cho các xã biên giới

Tại phiên họp ngày 17/7/2025, sau khi nghe đề nghị của Sở Giáo dục và Đào tạo, Ban Thường \
vụ Tỉnh ủy kết luận như sau:

- Thống nhất chủ trương đầu tư xây dựng các trường phổ thông nội trú tại các xã biên giới.

Trước mắt, thí điểm hoàn thành xây mới hoặc cải tạo 10 trường trong năm 2025.

- Giao Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo các sở, ngành triển khai thực hiện:

**(1) Đảng ủy Sở Giáo dục và Đào tạo** chủ trì rà soát nhu cầu đầu tư, hoàn thành trước \
ngày 30/8/2025.

**(2) Đảng ủy Sở Xây dựng** chủ trì xây dựng các thiết kế mẫu trường học.

- Giao Đảng ủy Ủy ban Mặt trận Tổ quốc tỉnh phát động kêu gọi các tổ chức, cá nhân ủng hộ.

- Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc, báo cáo Ban Thường vụ Tỉnh ủy.
"""


def test_a_list_typed_with_plus_alone_reads_as_one_typed_with_dashes() -> None:
    plus = NOTICE.replace("\n- ", "\n+ ")
    assert _read(plus, "81-TB/TU") == _read(NOTICE, "81-TB/TU")
    assert [d[0] for d in _read(NOTICE, "81-TB/TU")][2:4] == ["S.2.a", "S.2.b"]


def test_plus_under_dashes_stays_a_level_below() -> None:
    text = NOTICE.replace("**(1) ", "+ **").replace("**(2) ", "+ **")
    ids = [d[0] for d in _read(text, "81-TB/TU")]
    assert "S.2" not in ids or ids.index("S.2") < ids.index("S.3")


BRANCHES = """\
KẾ HOẠCH
Thực hiện Chiến lược quốc gia về dinh dưỡng

I. NHIỆM VỤ

7. Sở Văn hóa, Thể thao và Du lịch

a) Phối hợp với Sở Y tế tổ chức thực hiện Chiến lược lồng ghép với Đề án phát triển thể lực.

b) Chỉ đạo lồng ghép hoạt động vận động thể lực với phong trào thể thao quần chúng.

8. Sở Công Thương

a) Rà soát, sửa đổi cơ chế thúc đẩy sản xuất thực phẩm tăng cường vi chất dinh dưỡng.

b) Tăng cường quản lý sản xuất, kinh doanh các sản phẩm không có lợi cho sức khỏe.

9. Sở Khoa học và Công nghệ

a) Bố trí kinh phí thực hiện các nhiệm vụ khoa học về dinh dưỡng.
"""


def test_an_item_typed_with_a_bracket_heads_its_own_points() -> None:
    # "8)" after item 7's "b)" over "a)": item 8, no point "c)" of item 7 misread.
    bracketed = re.sub(r"(?m)^(\d)\. ", r"\1) ", BRANCHES)
    got = _read(bracketed, "5/KH-UBND")
    assert got == _read(BRANCHES, "5/KH-UBND")
    assert got[2][:2] == ("I.8.a", ["Sở Công Thương"])


SCANNED = """\
KẾ HOẠCH
Thực hiện Chiến lược quốc gia về dinh dưỡng

I. QUAN ĐIỂM
Dinh dưỡng hợp lý là nền tảng của sức khỏe.

II. MỤC TIÊU
Cải thiện tình trạng dinh dưỡng của người dân.

IIL. NHIỆM VỤ VÀ GIẢI PHÁP

1. Sở Y tế chủ trì xây dựng hướng dẫn dinh dưỡng hợp lý, hoàn thành trong năm 2026.

2. Sở Tài chính bố trí kinh phí thực hiện Chiến lược.

IV. TỔ CHỨC THỰC HIỆN

1. Ủy ban nhân dân các huyện xây dựng kế hoạch thực hiện trước ngày 30/6/2026.
"""


def test_section_titles_in_sentence_case_still_read_a_misread_numeral() -> None:
    # "IIL." is the scan's "III."; a copy that set the titles in sentence case has the
    # same sections.
    sentence = SCANNED.replace("II. MỤC TIÊU", "II. Mục tiêu").replace(
        "IIL. NHIỆM VỤ VÀ GIẢI PHÁP", "IIL. Nhiệm vụ và giải pháp"
    )
    assert _read(sentence, "5/KH-UBND") == _read(SCANNED, "5/KH-UBND")
    assert _read(SCANNED, "5/KH-UBND")[0][0] == "III.1"


LETTER = """\
BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 6278/BVHTTDL-VP

Kính gửi: Các cơ quan, đơn vị thuộc Bộ

Để thực thi phương án cắt giảm thủ tục hành chính, Bộ yêu cầu các đơn vị:

**1. Vụ
Pháp chế**
- Tập trung hoàn thành việc xây dựng Nghị định sửa đổi, bảo đảm **hoàn thành trong tháng \
12/2025**.
**2. Cục
Điện ảnh, Cục Du lịch Quốc gia Việt Nam**
Phối hợp với Vụ Pháp chế đưa
nội dung thực thi Phương án vào dự thảo Luật, đảm bảo **hoàn thành trong năm 2026.**
**3. Cục Mỹ
thuật, Nhiếp ảnh và Triển lãm**
Khẩn trương hoàn thiện sửa đổi Nghị định, đảm bảo **hoàn thành trong quý I/2026.**
"""


def test_a_bold_owner_heading_typed_with_a_bracket_heads_its_item() -> None:
    # "**2) Cục Điện ảnh, …**" over the item's words: the bodies head the item, whose
    # words start on the next line, as under "**2. …**".
    bracketed = re.sub(r"(?m)^\*\*(\d)\.", r"**\1)", LETTER)
    assert _read(bracketed, "6278/BVHTTDL-VP") == _read(LETTER, "6278/BVHTTDL-VP")
