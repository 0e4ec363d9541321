"""`nq42 extract` reads a document alike however its text was copied (branch z106a).

Each text here is small and made up for the case it pins: a page's number left at an
item's boundary, a paragraph's lines joined into one, an office's heading typed in
lower case.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


def _draft(text: str) -> Draft:
    return extract(text, issued=date(2026, 1, 5), number="5/KH-UBND")


def _leads(text: str) -> dict[str, list[str]]:
    draft = _draft(text)
    return {k: lead_names(draft, d) for k, d in _by_id(draft).items()}


_FILLER = "".join(
    f"- Tăng cường kiểm tra việc chấp hành quy định tại địa bàn số {k}.\n" for k in range(14)
)


def test_page_number_after_an_item_title_is_no_part_of_its_owner() -> None:
    text = (
        "KẾ HOẠCH\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Tài chính\n" + _FILLER + "2. Sở Xây dựng\n"
        "5\n"
        "- Chủ trì rà soát các phương tiện khai thác cát, sỏi lòng sông.\n"
        "- Kiểm tra các bến bãi vật liệu, hoàn thành trước ngày 30/6/2026.\n"
    )
    leads = _leads(text)
    assert leads["III.2.a"] == ["Sở Xây dựng"]
    assert leads["III.2.b"] == ["Sở Xây dựng"]


def test_page_number_between_a_lead_in_and_its_bullets_keeps_the_owner() -> None:
    text = (
        "KẾ HOẠCH\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Tài chính\n" + _FILLER + "2. Sở Xây dựng có trách nhiệm như sau:\n"
        "\n"
        "3\n"
        "\n"
        "- Chủ trì rà soát các phương tiện khai thác cát, sỏi lòng sông.\n"
        "- Phối hợp với Công an tỉnh kiểm tra các bến bãi vật liệu.\n"
    )
    draft = _draft(text)
    duties = _by_id(draft)
    assert lead_names(draft, duties["III.2.a"]) == ["Sở Xây dựng"]
    assert not any(d["text"].strip() == "3" for d in draft.duties)


def test_row_numbers_of_a_table_one_cell_a_line_are_kept() -> None:
    # a bare "1" says the numbers count rows, not pages: row 3, a page's length after
    # row 2 and before a bullet, is kept
    text = (
        "KẾ HOẠCH\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1\n"
        "- Rà soát các phương tiện khai thác cát.\n"
        "Sở Xây dựng\n"
        "2\n"
        "- Kiểm tra các bến bãi vật liệu.\n" + _FILLER + "3\n"
        "- Kiểm tra các mỏ đá.\n"
        "Công an tỉnh\n"
    )
    from nq42cli.core.layout import artefacts

    assert artefacts(text.split("\n")) == set()
    # without the row numbers before it, the same "3" is a page's
    paged = text.replace("1\n", "", 1).replace("2\n", "", 1).split("\n")
    assert artefacts(paged) == {paged.index("3")}


def test_page_number_inside_a_bold_title_keeps_the_title_whole() -> None:
    text = (
        "Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:\n"
        + _FILLER
        + "**1. Về việc rà soát,\n"
        "2\n"
        "làm sạch dữ liệu số nhà đã cấp**\n"
        "1.1. Giao Sở Nông nghiệp và Môi trường\n"
        "Khẩn trương chia sẻ toàn bộ cơ sở dữ liệu đất đai, hoàn thành trước ngày"
        " 05 tháng 12 năm 2026.\n"
    )
    draft = _draft(text)
    texts = [d["text"] for d in draft.duties]
    assert any(t.startswith("Khẩn trương chia sẻ") for t in texts)
    assert not any("Về việc rà soát" in t for t in texts)


_APPENDIX = (
    "KẾ HOẠCH\n"
    "I. NHIỆM VỤ\n"
    "1. Sở Công Thương tổ chức huấn luyện cho người quản lý vật liệu nổ công nghiệp.\n"
    "Nơi nhận:\n"
    "- Như trên;\n"
    "- Lưu: VT.\n"
    "GIÁM ĐỐC\n"
    "Nguyễn Văn A\n"
    "{title}\n"
    "| STT | Nội dung công việc | Người thực hiện | Thời gian |\n"
    "|---|---|---|---|\n"
    "| 1 | Rà soát điều kiện của học viên | Đỗ Mạnh Cường | Trước ngày 10/6/2026 |\n"
    "| 2 | Xây dựng tài liệu huấn luyện | Vũ Việt Linh | Trước ngày 15/6/2026 |\n"
)


def test_appendix_title_with_its_caption_on_one_line_is_an_appendix() -> None:
    title = "PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC HUẤN LUYỆN, KIỂM TRA"
    caption = "(Kèm theo Kế hoạch số 12/KH-SCT ngày 5/6/2026 của Sở Công Thương)"
    apart = _draft(_APPENDIX.format(title=f"{title}\n{caption}"))
    joined = _draft(_APPENDIX.format(title=f"{title} {caption}"))
    assert [d["id"] for d in joined.duties] == [d["id"] for d in apart.duties]
    assert [d.get("timing") for d in joined.duties] == [d.get("timing") for d in apart.duties]
    assert any(d["text"].startswith("Xây dựng tài liệu") for d in joined.duties)


def _plan(head: str) -> str:
    return (
        "KẾ HOẠCH\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        f"1. {head}\n"
        "a) Chủ trì rà soát các bến bãi vật liệu.\n"
        "b) Tăng cường kiểm tra việc sử dụng vật liệu tại các công trình.\n"
    )


def test_social_insurance_heading_in_lower_case_is_the_owner() -> None:
    leads = _leads(_plan("bảo hiểm xã hội Việt Nam có trách nhiệm:"))
    assert leads["III.1.a"] == ["bảo hiểm xã hội Việt Nam"]
    assert _leads(_plan("kho bạc Nhà nước Hà Nội:"))["III.1.b"] == ["kho bạc Nhà nước Hà Nội"]


def test_office_holders_heading_in_lower_case_is_the_owner() -> None:
    leads = _leads(_plan("bộ trưởng, Thủ trưởng cơ quan ngang bộ:"))
    assert leads["III.1.a"] == ["bộ trưởng, Thủ trưởng cơ quan ngang bộ"]
    assert leads == _leads(_plan("Bộ trưởng, Thủ trưởng cơ quan ngang bộ:")) | {
        k: ["bộ trưởng, Thủ trưởng cơ quan ngang bộ"] for k in leads
    }


def test_lower_case_department_headings_stay_owners() -> None:
    assert _leads(_plan("sở Tài chính:"))["III.1.a"] == ["sở Tài chính"]
    assert _leads(_plan("các sở, ngành:"))["III.1.b"] == ["các sở, ngành"]


def test_scan_specks_read_as_stars_inside_a_joined_paragraph_open_no_bold_run() -> None:
    text = (
        "KẾ HOẠCH\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Đảm bảo thực hiện có hiệu quả các nội dung quản lý nhà nước. Tạo điều kiện"
        "  **-~ thuận lợi để các cấp, các ngành triển khai các phong trào thi đua.\n"
        "II. NHIỆM VỤ CỤ THỂ\n"
        "1. Sở Nội vụ ban hành Chỉ thị về công tác thi đua, khen thưởng năm 2026;\n"
        "2. Sở Tài chính chỉ đạo các khối thi đua tổ chức tổng kết giao ước thi đua;\n"
    )
    leads = _leads(text)
    assert leads["II.1"] == ["Sở Nội vụ"]
    assert leads["II.2"] == ["Sở Tài chính"]
