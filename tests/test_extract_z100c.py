"""`nq42 extract` on who leads: owner headings, lead-ins and subjects (branch z100c).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from nq42cli.core.ownerfind import Registry, subject
from tests.extract_helpers import lead_names


def _by_text(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["text"][:30]: d for d in draft.duties}


def _subject(text: str) -> list[str]:
    got = subject(text, Registry(()))
    return [] if got is None else [n.written for n in got.responsible + got.leads]


HELD_ROLE = (
    "KẾ HOẠCH\nTriển khai nhiệm vụ năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
    "1. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo của tỉnh về phát triển khoa học,"
    " công nghệ, đổi mới sáng tạo và chuyển đổi số\n\n"
    "- Đôn đốc các sở, ngành triển khai thực hiện Kế hoạch.\n\n"
    "- Phối hợp với Văn phòng Ủy ban nhân dân tỉnh tăng cường công tác kiểm tra, đánh giá.\n\n"
    "2. Sở Nội vụ\n\n- Hướng dẫn các đơn vị thực hiện.\n"
)


def test_owner_heading_with_a_long_held_role_after_a_dash() -> None:
    draft = extract(HELD_ROLE, issued=date(2026, 1, 5), number="1/KH-UBND")
    duties = _by_text(draft)
    assert lead_names(draft, duties["Đôn đốc các sở, ngành triển kh"]) == ["Sở Tài chính"]
    assert lead_names(draft, duties["Phối hợp với Văn phòng Ủy ban "]) == [
        "Văn phòng Ủy ban nhân dân tỉnh"
    ]


def _letter(who: str) -> str:
    return (
        "Kính gửi: Các tổ chức cung cấp giải pháp hóa đơn điện tử\n\n"
        f"Cục Thuế trân trọng đề nghị {who} (gồm tổ chức cung cấp giải pháp) tiếp tục phối hợp"
        " chặt chẽ với cơ quan thuế các cấp trong việc triển khai hóa đơn điện tử, cụ thể như"
        " sau:\n\n- Chủ động công khai thông tin về giải pháp và dịch vụ triển khai.\n\n"
        "- Thiết lập kênh hỗ trợ kỹ thuật phản ứng nhanh.\n\nTrân trọng./.\n"
    )


def test_courtesy_quy_before_the_kind_of_body_a_letter_asks() -> None:
    for who in ("các Quý Tổ chức", "Quý đơn vị", "các Quý cơ quan, đơn vị"):
        draft = extract(_letter(who), issued=date(2025, 6, 6), number="1269/CT-CĐS")
        assert [lead_names(draft, d) for d in draft.duties] == [[who], [who]]


def test_quy_as_quarter_or_fund_names_no_body() -> None:
    assert _subject("Quý I năm 2026 hoàn thành việc rà soát.") == []


ANSWERED_TO = (
    "KẾ HOẠCH\nTổ chức diễn đàn năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Văn hóa và Thể thao\n\n"
    "1.1. Giao Phòng Xây dựng nếp sống văn hóa và gia đình:\n\n"
    "- Là đơn vị chủ trì, chịu trách nhiệm trước Ban Giám đốc Sở triển khai các nội dung diễn"
    " đàn theo kế hoạch, cụ thể:\n\n"
    "+ Tham mưu xây dựng hệ thống văn bản.\n\n"
    "+ Chủ động phối hợp với đơn vị cung cấp phần mềm, xây dựng phần mềm.\n"
)


def test_body_answered_to_in_a_lead_in_is_no_owner() -> None:
    draft = extract(ANSWERED_TO, issued=date(2026, 1, 5), number="1/KH-SVHTT")
    assert [lead_names(draft, d) for d in draft.duties] == [
        ["Phòng Xây dựng nếp sống văn hóa và gia đình"]
    ] * 2


def test_cycle_then_grounds_then_who() -> None:
    assert _subject(
        "Hàng năm, căn cứ nhiệm vụ tại Kế hoạch, các sở, ngành xây dựng kế hoạch và dự toán."
    ) == ["các sở, ngành"]
    assert _subject("Hàng năm, căn cứ kết quả kiểm tra, báo cáo Ủy ban nhân dân tỉnh.") == []


def test_offices_joined_by_a_slash() -> None:
    assert _subject("Các Phòng/Ban, Khoa/Viện chuyên môn xây dựng kế hoạch thực hiện.") == [
        "Các Phòng/Ban, Khoa/Viện chuyên môn"
    ]


def test_advisory_bodies_without_the_comma() -> None:
    assert _subject(
        "Các cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy lãnh đạo, chỉ đạo thực hiện."
    ) == ["Các cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy"]
    assert _subject("Sở Nội vụ tham mưu giúp việc Ủy ban nhân dân tỉnh tổ chức thực hiện.") == [
        "Sở Nội vụ"
    ]


def test_courtesy_before_a_colon_list_leaves_the_list_asked() -> None:
    assert _subject(
        "Sở Nội vụ đề nghị quý cơ quan: Ban quản lý các Khu công nghiệp tỉnh; Hiệp hội"
        " doanh nghiệp tỉnh quan tâm chỉ đạo bộ phận chuyên môn triển khai Văn bản này."
    ) != ["quý cơ quan"]


def test_plural_team_then_its_verb() -> None:
    assert _subject("Các Tổ công tác nghiên cứu tổng thể các báo cáo, tài liệu liên quan.") == [
        "Các Tổ công tác"
    ]
    assert _subject("Các tổ công tác liên ngành tăng cường kiểm tra.") == [
        "Các tổ công tác liên ngành"
    ]


def test_heading_run_into_its_paragraph_names_the_body_once() -> None:
    assert _subject("Các Tổ công tác Các Tổ công tác nghiên cứu tổng thể các báo cáo.") == [
        "Các Tổ công tác"
    ]
