"""`nq42 extract` on a scan's articles OCR'd one line each (branch z102c).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from nq42cli.core.layout_runon import split_run_on
from nq42cli.core.text import fold
from tests.extract_helpers import lead_names


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


_HEAD = (
    "NGHỊ QUYẾT\nVề phát triển dịch vụ thủy lợi số\n\nCHÍNH PHỦ QUYẾT NGHỊ:\n\n"
    "### Điều 1. Phạm vi điều chỉnh 1. Nghị quyết này quy định về dịch vụ thủy lợi số.\n\n"
)
ONE_LINE_ARTICLES = _HEAD + (
    "### Điều 5. Trách nhiệm của các bộ, cơ quan ngang bộ, Ủy ban nhân dân : các tỉnh, thành"
    " phố 1. Trách nhiệm của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố: l"
    " a) Rà soát quy trình cung cấp dịch vụ thủy lợi trên môi trường số, bảo đảm thuận tiện"
    " cho người dân và doanh nghiệp; : b) Bảo đảm các điều kiện để người dân tiếp cận dịch vụ"
    " số về thủy lợi; ce) Ban hành danh mục các dịch vụ thủy lợi số tích hợp trên cổng dịch vụ"
    " công; d) Tổ chức tuyên truyền, hướng dẫn người dân sử dụng các dịch vụ số về thủy lợi."
    " 2. Nhà nước khuyến khích doanh nghiệp tham gia cung cấp dịch vụ thủy lợi số. - 4 ` `\n\n"
    "### Điều 6. Tổ chức thực hiện - 1. Bộ Nông nghiệp và Môi trường có trách nhiệm: a) Chủ trì"
    " theo dõi, đôn đốc, tổng hợp tình hình thực hiện Nghị quyết này; b) Bảo đảm hệ thống dữ"
    " liệu thủy lợi vận hành thông suốt; ) Bố trí cán bộ làm công tác chuyển đổi số thủy lợi"
    " từ trung ương đến địa phương. _ 2. Bộ Tài chính chủ trì, phối hợp với các bộ, ngành liên"
    " quan bố trí kinh phí thực hiện Nghị quyết này theo quy định. -. 6 , ˆ 3. Bộ Xây dựng"
    " chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường hướng dẫn kết nối dữ liệu công trình"
    " thủy lợi với hệ thống dữ liệu xây dựng.\n\n"
    "### Điều 7. Hiệu lực thi hành 1. Nghị quyết này có hiệu lực thi hành từ ngày 15 tháng 8"
    " năm 2026. 2. Trường hợp Luật, Nghị quyết của Quốc hội mới ban hành và có hiệu lực thi"
    " hành trước ngày 01 tháng 3 năm 2027 có quy định khác thì thực hiện theo quy định của"
    " Luật, Nghị quyết của Quốc hội. vã t 3. Trong thời hạn quy định tại khoản 1 Điều này, trường"
    " hợp Nghị quyết này có quy định khác thì thực hiện theo quy định của Nghị quyết này.\n"
)


def test_article_heading_run_on_into_its_clauses_is_cut() -> None:
    lines = [x for x in split_run_on(ONE_LINE_ARTICLES).text.split("\n") if x.strip()]
    assert (
        "### Điều 5. Trách nhiệm của các bộ, cơ quan ngang bộ, Ủy ban nhân dân : các tỉnh,"
        " thành phố" in lines
    )
    assert (
        "1. Trách nhiệm của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố:" in lines
    )
    assert any(x.startswith("c) Ban hành danh mục") for x in lines)
    assert any(x.startswith("c) Bố trí cán bộ") for x in lines)
    assert any(x.startswith("3. Trong thời hạn") for x in lines)


def test_points_under_an_owner_lead_in_of_a_one_line_article() -> None:
    draft = extract(ONE_LINE_ARTICLES, issued=date(2026, 7, 9), number="66.99/2026/NQ-CP")
    duties = _by_id(draft)
    for k in ("D5.1.a", "D5.1.b", "D5.1.c", "D5.1.d"):
        assert [fold(x) for x in lead_names(draft, duties[k])] == [
            "cac bo, co quan ngang bo",
            "uy ban nhan dan cac tinh, thanh pho",
        ]
    for k in ("D6.1.a", "D6.1.b", "D6.1.c"):
        assert lead_names(draft, duties[k]) == ["Bộ Nông nghiệp và Môi trường"]
    assert lead_names(draft, duties["D6.2"]) == ["Bộ Tài chính"]
    assert lead_names(draft, duties["D6.3"]) == ["Bộ Xây dựng"]


def test_conflict_of_laws_clause_gives_no_deadline() -> None:
    draft = extract(ONE_LINE_ARTICLES, issued=date(2026, 7, 9), number="66.99/2026/NQ-CP")
    assert not [d for d in draft.duties if d.get("timing")]
    assert "D7.2" not in _by_id(draft)


def test_short_article_heading_is_not_cut() -> None:
    text = "### Điều 3. Hiệu lực 1. Quyết định này có hiệu lực kể từ ngày ký.\n"
    assert split_run_on(text).text == text


PARTY_TITLE = (
    "QUYẾT ĐỊNH\nVề cơ cấu lại vốn\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 6. Trách nhiệm của Ban kiểm soát hoặc Kiểm soát viên của doanh nghiệp do Nhà nước"
    " nắm giữ 100% vốn điều lệ\n\n"
    "1. Ban kiểm soát hoặc Kiểm soát viên của doanh nghiệp do Nhà nước nắm giữ 100% vốn điều"
    " lệ đề xuất cơ quan đại diện chủ sở hữu phê duyệt kế hoạch kiểm soát hằng năm.\n\n"
    "2. Ban kiểm soát hoặc Kiểm soát viên (trừ công ty nông, lâm nghiệp) rà soát việc thực hiện"
    " kế hoạch cơ cấu lại vốn của doanh nghiệp.\n\n"
    "Điều 7. Trách nhiệm của người quản lý phần vốn góp tại doanh nghiệp khác\n\n"
    "1. Đối với doanh nghiệp có vốn góp dưới 50%, người quản lý phần vốn góp tại doanh nghiệp"
    " khác báo cáo cơ quan đại diện chủ sở hữu kết quả cơ cấu lại vốn.\n\n"
    "2. Đối với doanh nghiệp có vốn góp trên 50%:\n\n"
    "a) Người quản lý phần vốn góp tại doanh nghiệp khác đề xuất phương án cơ cấu lại vốn;\n\n"
    "b) Theo dõi, đánh giá kết quả thực hiện phương án.\n"
)


def test_article_titled_for_a_long_party_its_clauses_restate() -> None:
    draft = extract(PARTY_TITLE, issued=date(2026, 3, 1), number="40/2026/QĐ-TTg")
    duties = _by_id(draft)
    for k in ("D6.1", "D6.2"):
        assert lead_names(draft, duties[k]) == ["Ban kiểm soát hoặc Kiểm soát viên"]
    for k in ("D7.1", "D7.2.a", "D7.2.b"):
        assert [fold(x) for x in lead_names(draft, duties[k])] == [
            "nguoi quan ly phan von gop tai doanh nghiep khac"
        ]


PARTIES_RESPONSIBLE = (
    "NGHỊ QUYẾT\nVề khai thác cát vượt công suất\n\nNGHỊ QUYẾT:\n\n"
    "Điều 6. Giám sát và báo cáo\n\n"
    "1. Tổ chức, cá nhân khai thác cát lòng sông có trách nhiệm:\n\n"
    "a) Báo cáo định kỳ sản lượng cát khai thác theo quy định;\n\n"
    "b) Thực hiện đầy đủ các nghĩa vụ tài chính có liên quan theo quy định.\n"
)


def test_parties_in_a_row_before_co_trach_nhiem_own_the_points() -> None:
    draft = extract(PARTIES_RESPONSIBLE, issued=date(2026, 3, 1), number="28/2026/NQ-CP")
    duties = _by_id(draft)
    for k in ("D6.1.a", "D6.1.b"):
        assert lead_names(draft, duties[k]) == ["Tổ chức, cá nhân khai thác cát lòng sông"]
