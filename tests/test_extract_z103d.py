"""`nq42 extract` on owners however the agency is spelled (branch z103d).

Each text here is small and made up for the case it pins: the owner reader must read any
real agency as an owner, in lower case as a hasty writer types it or in capitals.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


def _plan(head: str, other: str = "Sở Tài chính") -> str:
    return (
        "KẾ HOẠCH\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        f"1. {head}\n"
        "- Chủ trì, phối hợp với các sở, ngành rà soát các bến bãi vật liệu.\n"
        "- Tăng cường kiểm tra việc sử dụng vật liệu tại các công trình.\n"
        f"2. Giao {head} chủ trì, phối hợp với Công an tỉnh kiểm tra các mỏ đá, hoàn thành"
        " trước ngày 30/6/2026.\n"
        f"3. {head} phối hợp với {other} bố trí kinh phí.\n"
    )


def _leads(text: str) -> dict[str, list[str]]:
    draft = extract(text, issued=date(2026, 1, 5), number="5/KH-UBND")
    return {k: lead_names(draft, d) for k, d in _by_id(draft).items()}


def test_department_in_lower_case_is_an_owner() -> None:
    leads = _leads(_plan("sở Nông nghiệp và Môi trường"))
    for key in ("III.1.a", "III.1.b", "III.2", "III.3"):
        assert leads[key] == ["sở Nông nghiệp và Môi trường"]


def test_ministry_and_bureau_in_lower_case_are_owners() -> None:
    # a known ministry is named as the body list spells it
    assert _leads(_plan("bộ Dân tộc và Tôn giáo"))["III.2"] == ["Bộ Dân tộc và Tôn giáo"]
    assert _leads(_plan("cục Thuế"))["III.1.a"] == ["cục Thuế"]


def test_institution_all_in_lower_case_is_an_owner() -> None:
    text = (
        "KẾ HOẠCH\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. ủy ban nhân dân cấp tỉnh\n"
        "- Chỉ đạo rà soát các bến bãi vật liệu.\n"
        "2. Giao công an tỉnh chủ trì, phối hợp với sở Tài chính kiểm tra các mỏ đá.\n"
        "3. sở Xây dựng, ủy ban nhân dân các xã, phường bố trí kinh phí.\n"
    )
    leads = _leads(text)
    assert leads["III.1.a"] == ["ủy ban nhân dân cấp tỉnh"]
    assert leads["III.2"] == ["công an tỉnh"]
    assert leads["III.3"] == ["sở Xây dựng", "ủy ban nhân dân các xã, phường"]


def test_department_heading_in_capitals_whose_name_is_a_verb() -> None:
    leads = _leads(_plan("SỞ XÂY DỰNG"))
    for key in ("III.1.a", "III.1.b"):
        assert leads[key] == ["SỞ XÂY DỰNG"]


def test_known_body_by_its_abbreviated_institution_words() -> None:
    text = (
        "KẾT LUẬN\n"
        "II. NHIỆM VỤ\n"
        "2. Đảng ủy MTTQ, các đoàn thể Trung ương\n"
        "a) Chỉ đạo rà soát các tổ chức cơ sở.\n"
    )
    draft = extract(text, issued=date(2026, 1, 5), number="5-KL/TW")
    duty = _by_id(draft)["II.2.a"]
    assert lead_names(draft, duty) == ["Đảng ủy MTTQ, các đoàn thể Trung ương"]


def test_heading_in_capitals_of_a_unit_whose_name_is_a_verb() -> None:
    leads = _leads(_plan("TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH"))
    assert leads["III.1.a"] == ["TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH"]


def test_heading_in_capitals_with_and_inside_the_name() -> None:
    leads = _leads(_plan("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"))
    assert leads["III.1.a"] == ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"]
    leads = _leads(_plan("SỞ Y TẾ VÀ CÔNG AN TỈNH"))
    assert leads["III.1.a"] == ["SỞ Y TẾ", "CÔNG AN TỈNH"]


def test_section_title_in_capitals_names_an_unknown_body() -> None:
    text = (
        "KẾ HOẠCH\n"
        "II. NHIỆM VỤ CHỦ YẾU CỦA ỦY BAN VĂN HÓA VÀ XÃ HỘI\n"
        "1. Tổ chức quán triệt, phổ biến Chỉ thị.\n"
        "2. Xây dựng và ban hành Kế hoạch giảm nhẹ phát thải.\n"
    )
    draft = extract(text, issued=date(2024, 8, 5), number="09/KH-UBVHXH")
    duties = _by_id(draft)
    for key in ("II.1", "II.2"):
        assert lead_names(draft, duties[key]) == ["ỦY BAN VĂN HÓA VÀ XÃ HỘI"]


def test_list_of_owners_in_lower_case_splits_at_each_kind() -> None:
    text = (
        "KẾ HOẠCH\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Giao sở Y tế, ủy ban nhân dân các quận, đài Phát thanh và Truyền hình Hải Phòng"
        " tuyên truyền về phân loại chất thải.\n"
    )
    assert _leads(text)["III.1"] == [
        "sở Y tế",
        "ủy ban nhân dân các quận",
        "đài Phát thanh và Truyền hình Hải Phòng",
    ]
