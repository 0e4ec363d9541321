"""`nq42 extract` on who leads the points a lead-in or a heading hands on (branch z80f).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract


def _lead(draft: Draft, duty: dict[str, Any]) -> list[str]:
    """The duty's leads, or the bodies responsible for it when none leads."""
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    for role in ("lead", "responsible"):
        got = [
            r.get("as_written") or names[r["owner"]] for r in duty["owners"] if r["role"] == role
        ]
        if got:
            return got
    return []


def _starting(draft: Draft, words: str) -> dict[str, Any]:
    return next(d for d in draft.duties if d["text"].startswith(words))


FOCUS = """\
CÔNG VĂN

Về việc bảo đảm an toàn phòng cháy mùa khô

I. NỘI DUNG

Các sở, ngành, địa phương theo chức năng, nhiệm vụ được giao, chú trọng lồng ghép công tác \
phòng cháy vào kế hoạch năm, tập trung vào một số nhiệm vụ trọng tâm sau:

(1) Kiểm tra điều kiện an toàn tại các chợ, trung tâm thương mại.

(2) Tuyên truyền kỹ năng thoát nạn cho người dân ở khu đông dân cư.
"""


def test_unnumbered_lead_in_opening_on_its_bodies_hands_them_the_points() -> None:
    draft = extract(FOCUS, issued=date(2026, 2, 3), number="12/UBND-KT")
    for words in ("Kiểm tra điều kiện", "Tuyên truyền kỹ năng"):
        assert _lead(draft, _starting(draft, words)) == ["Các sở, ngành, địa phương"]
    assert not [d for d in draft.duties if d["text"].startswith("Các sở, ngành")]


PLACED = """\
NGHỊ ĐỊNH

Điều 5. Trách nhiệm thi hành

1. Cục Hàng hải Việt Nam thuộc Bộ Xây dựng có trách nhiệm:

a) Hướng dẫn các cảng vụ hàng hải thực hiện thủ tục điện tử.

b) Tổng hợp số liệu tàu thuyền ra vào cảng hằng quý.
"""


def test_ministry_a_named_body_sits_under_is_no_part_of_its_name() -> None:
    draft = extract(PLACED, issued=date(2026, 3, 2), number="45/2026/NĐ-CP")
    for words in ("Hướng dẫn các cảng vụ", "Tổng hợp số liệu"):
        assert _lead(draft, _starting(draft, words)) == ["Cục Hàng hải Việt Nam"]


HEADS_OF_OFFICES = """\
KẾ HOẠCH

Nâng cao chất lượng văn bản năm 2026

I. NHIỆM VỤ

1. Giao Trưởng phòng, ban, đơn vị chủ trì, rà soát lại các văn bản đã tham mưu trong năm.

2. Trưởng các phòng ban, đơn vị; UBND các phường, xã khẩn trương báo cáo kết quả rà soát.
"""


def test_heads_of_a_towns_offices_lead_by_their_title() -> None:
    draft = extract(HEADS_OF_OFFICES, issued=date(2026, 1, 5), number="7/KH-UBND")
    assert _lead(draft, _starting(draft, "Giao Trưởng phòng")) == ["Trưởng phòng, ban, đơn vị"]
    assert _lead(draft, _starting(draft, "Trưởng các phòng")) == [
        "Trưởng các phòng ban, đơn vị",
        "UBND các phường, xã",
    ]


PARTY = """\
HƯỚNG DẪN

Về tổ chức đại hội chi bộ

1. Công tác nhân sự

Ban thường vụ cấp ủy cấp trên trực tiếp chỉ định bí thư chi bộ mới thành lập.

Cấp ủy cấp trên trực tiếp chỉ đạo rà soát danh sách đảng viên trước đại hội.
"""


def test_party_committee_just_above_and_its_standing_board_lead() -> None:
    draft = extract(PARTY, issued=date(2026, 4, 1), number="3-HD/ĐU")
    assert _lead(draft, _starting(draft, "Ban thường vụ")) == [
        "Ban thường vụ cấp ủy cấp trên trực tiếp"
    ]
    assert _lead(draft, _starting(draft, "Cấp ủy cấp trên")) == ["Cấp ủy cấp trên trực tiếp"]


CONGRESS = """\
CHỈ THỊ

Về đại hội chi bộ nhiệm kỳ mới

1. Đại hội chi bộ các cấp thực hiện 2 nội dung sau:

(1) Tổng kết nghị quyết nhiệm kỳ trước, xác định phương hướng nhiệm kỳ tới.

(2) Bầu chi ủy nhiệm kỳ mới.
"""


def test_party_congress_heading_owns_its_points() -> None:
    draft = extract(CONGRESS, issued=date(2026, 5, 4), number="9-CT/ĐU")
    for words in ("Tổng kết nghị quyết", "Bầu chi ủy"):
        assert _lead(draft, _starting(draft, words)) == ["Đại hội chi bộ các cấp"]


FIELD_LABEL = """\
KẾ HOẠCH

Khắc phục hạn chế trong công tác lưu trữ năm 2026

I. NỘI DUNG

1. Hạn chế về lập hồ sơ

- Giải pháp thực hiện: Giao các Trưởng phòng, ban được phân công quản lý hồ sơ theo lĩnh vực \
phụ trách chủ trì, thực hiện:

+ Rà soát danh mục hồ sơ của phòng ban mình;

+ Nộp hồ sơ vào lưu trữ cơ quan đúng hạn.
"""


def test_field_label_then_lead_in_naming_heads_by_their_given_field() -> None:
    draft = extract(FIELD_LABEL, issued=date(2026, 2, 10), number="15/KH-UBND")
    who = "các Trưởng phòng, ban được phân công quản lý hồ sơ theo lĩnh vực phụ trách"
    for words in ("Rà soát danh mục", "Nộp hồ sơ"):
        assert _lead(draft, _starting(draft, words)) == [who]


GIVEN_ROLE = """\
CÔNG VĂN

Về việc tăng cường quản lý lựa chọn nhà thầu

1. Đề nghị UBND các xã, các đơn vị được giao làm chủ đầu tư dự án sử dụng vốn ngân sách:

a) Công khai kế hoạch lựa chọn nhà thầu trên Hệ thống mạng đấu thầu quốc gia.

b) Kiểm tra năng lực nhà thầu trước khi ký hợp đồng.
"""


def test_request_naming_units_by_the_role_they_were_given() -> None:
    draft = extract(GIVEN_ROLE, issued=date(2026, 6, 1), number="88/UBND-KT")
    who = ["UBND các xã", "các đơn vị được giao làm chủ đầu tư dự án sử dụng vốn ngân sách"]
    for words in ("Công khai kế hoạch", "Kiểm tra năng lực"):
        assert sorted(_lead(draft, _starting(draft, words))) == sorted(who)


GROUNDS = """\
HƯỚNG DẪN

Về rà soát quy hoạch cán bộ

1. Rà soát quy hoạch

Căn cứ Quy định số 12 của Ban Thường vụ, các Kết luận của Tỉnh ủy, Ban Thường vụ Tỉnh ủy và \
các quy định liên quan; đồng thời, trên cơ sở nguồn cán bộ đã được phê duyệt; các cấp ủy, tổ chức \
đảng cơ sở có trách nhiệm rà soát, bổ sung quy hoạch hằng năm.
"""


def test_long_grounds_then_the_bodies_obliged_after_a_semicolon() -> None:
    draft = extract(GROUNDS, issued=date(2026, 7, 1), number="4-HD/ĐU")
    duty = _starting(draft, "Căn cứ Quy định")
    assert _lead(draft, duty) == ["các cấp ủy, tổ chức đảng cơ sở"]


HEAD_OF_EACH = """\
HƯỚNG DẪN

Về thôi giữ chức vụ

1. Quy trình

Người đứng đầu cấp ủy, tổ chức đảng, cơ quan, đơn vị có trách nhiệm gặp cán bộ trước khi \
báo cáo tập thể lãnh đạo.
"""


def test_head_of_each_kind_listed_is_one_owner() -> None:
    draft = extract(HEAD_OF_EACH, issued=date(2026, 8, 3), number="5-HD/BTC")
    duty = _starting(draft, "Người đứng đầu")
    assert _lead(draft, duty) == ["Người đứng đầu cấp ủy, tổ chức đảng, cơ quan, đơn vị"]


ENTERPRISES = """\
CÔNG VĂN

Về việc thực hành tiết kiệm năm 2026

1. Yêu cầu các sở, ban, ngành, Tổng công ty, công ty và các đơn vị trực thuộc Tỉnh thực hiện \
công khai kế hoạch mua sắm trước ngày 30/6/2026.
"""


def test_enterprises_and_units_under_one_owner_stay_one_phrase() -> None:
    draft = extract(ENTERPRISES, issued=date(2026, 3, 9), number="21/UBND-TH")
    duty = _starting(draft, "Yêu cầu")
    assert sorted(_lead(draft, duty)) == [
        "Tổng công ty, công ty và các đơn vị trực thuộc Tỉnh",
        "các sở, ban, ngành",
    ]
