"""`nq42 extract` on owners in signed texts: regulations' articles, plans and letters
(round z76b).

Each text here is small and made up for the case it pins; the real documents are scored
in tests/test_extract_corpus.py.
"""

from __future__ import annotations

from typing import Any

from nq42cli.core.extract import Draft, extract


def _owners(draft: Draft, duty: dict[str, Any]) -> list[tuple[str, str]]:
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    return [(r.get("as_written") or names[r["owner"]], r["role"]) for r in duty["owners"]]


def _leads(draft: Draft) -> list[list[str]]:
    owning = ("lead", "responsible")
    return [[n for n, role in _owners(draft, d) if role in owning] for d in draft.duties]


REGULATION = """\
QUY CHẾ
Phối hợp quản lý chợ trên địa bàn tỉnh

Chương III
TỔ CHỨC THỰC HIỆN

Điều 12. Trách nhiệm Sở Công Thương
1. Chủ trì hướng dẫn các xã xây dựng phương án phát triển chợ.
2. Tổng hợp, báo cáo Ủy ban nhân dân tỉnh tình hình quản lý chợ.
Điều 13. Trách nhiệm Sở Tài chính 14
1. Bố trí kinh phí sửa chữa chợ theo phân cấp ngân sách.
2. Hướng dẫn quyết toán kinh phí đầu tư chợ.
Điều 14. Trách nhiệm thực hiện
1. Rà soát hồ sơ các chợ hạng một.
2. Kiểm tra an toàn phòng cháy tại chợ.
"""


def test_an_article_titled_duty_and_a_body_without_cua_names_the_owner() -> None:
    """ "Điều 12. Trách nhiệm Sở Công Thương" over items with no subject: the title names
    whose they are, "của" left out; a page number a scan ran into the title ("… Sở Tài
    chính 14") is no part of the name. "Trách nhiệm thực hiện" names no one."""
    draft = extract(REGULATION)
    leads = _leads(draft)
    assert leads[:4] == [["Sở Công Thương"]] * 2 + [["Sở Tài chính"]] * 2
    assert leads[4:] == [[], []]


TEAM = """\
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác liên ngành

Điều 3. Nhiệm vụ và quyền hạn của Tổ công tác
Tổ công tác thực hiện nhiệm vụ theo quy định của pháp luật, trong đó tập trung:
1. Xây dựng kế hoạch rà soát chi tiết.
2. Lập biên bản làm việc và báo cáo kết quả.
Điều 4. Kinh phí hoạt động
Kinh phí do ngân sách bảo đảm.
"""


def test_a_sentence_opening_on_the_name_an_article_title_ends_with_is_its_body() -> None:
    """ "Điều 3. Nhiệm vụ và quyền hạn của Tổ công tác" then "Tổ công tác thực hiện …:": the
    line says the title's last words again, so it opens the article's body, not the title's
    wrap; the title names whose the items are, "và quyền hạn" and all."""
    draft = extract(TEAM)
    assert draft.data["sections"][0]["title"] == "Nhiệm vụ và quyền hạn của Tổ công tác"
    numbered = [d for d in draft.duties if d["id"] in ("D3.1", "D3.2")]
    assert [[n for n, _ in _owners(draft, d)] for d in numbered] == [["Tổ công tác"]] * 2


SHARES = """\
KẾ HOẠCH
Kiểm tra an toàn thực phẩm tại bếp ăn tập thể

1. Phân công nhiệm vụ
1.1. Ông. Trần Văn Bình - Trưởng đoàn: Phụ trách chung; ký các văn bản của Đoàn.
1.2. Bà. Lê Thị Hoa - Thư ký đoàn: Lập biên bản kiểm tra tại từng bếp ăn.
"""


def test_a_member_by_title_name_and_post_before_a_colon_owns_the_work() -> None:
    """ "1.2. Bà. Lê Thị Hoa - Thư ký đoàn: Lập biên bản …": a plan sharing a team's work
    names each member by name and post; that member owns what follows the colon."""
    draft = extract(SHARES)
    got = {d["id"]: d for d in draft.duties}
    assert _owners(draft, got["S.1.2"]) == [("Lê Thị Hoa - Thư ký đoàn", "lead")]
    assert got["S.1.2"]["text"].startswith("Lập biên bản")
    assert _owners(draft, got["S.1.1"]) == [("Trần Văn Bình - Trưởng đoàn", "lead")]
