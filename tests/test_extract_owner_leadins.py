"""`nq42 extract`: owners named in a lead-in, a title or a bullet's own words.

Each text here is small and made up for the shape it pins; the real documents are
scored in tests/test_extract_corpus.py.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.bodies import BODIES
from nq42cli.core.extract import Draft, extract
from nq42cli.core.layout import artefacts
from nq42cli.core.ownerfind import Registry, split_names, subject


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


def _owners(draft: Draft, duty: dict[str, Any]) -> list[tuple[str, str]]:
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    return [(r.get("as_written") or names[r["owner"]], r["role"]) for r in duty["owners"]]


WRAPPED_REQUEST = """\
BỘ TÀI CHÍNH
Số: 100/BTC-QLCS

Ngày 20/5/2026, Chính phủ ban hành Nghị định số 178/2026/NĐ-CP. Để triển khai
thực hiện có hiệu quả Nghị định, Bộ Tài chính đề nghị các Bộ, cơ quan ngang bộ,
cơ quan khác ở trung ương (sau đây gọi là Bộ, cơ quan trung ương) và Ủy ban nhân
dân các tỉnh, thành phố trực thuộc trung ương tập trung chỉ đạo triển khai các
nhiệm vụ được giao; trong đó lưu ý các nhiệm vụ trọng tâm sau:

1. Tổ chức tuyên truyền, phổ biến nội dung của Nghị định.

2. Rà soát các văn bản quy phạm pháp luật đã ban hành để sửa đổi, bổ sung.
"""


def test_a_hard_wrapped_request_closing_the_preamble_names_the_items_owners() -> None:
    """The request wraps over lines; the aside defining a short name ends the first name."""
    draft = extract(WRAPPED_REQUEST, issued=date(2026, 6, 19))
    duties = _by_id(draft)
    want = [
        ("các Bộ, cơ quan ngang bộ, cơ quan khác ở trung ương", "responsible"),
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "responsible"),
    ]
    assert set(duties) == {"S.1", "S.2"}
    for duty in duties.values():
        assert _owners(draft, duty) == want


DEALT_OUT = """\
I. NHIỆM VỤ

1. Đối với các Bộ quản lý chuyên ngành

a) Trong thời hạn 06 tháng, các bộ quản lý chuyên ngành công bố danh mục tài sản; cụ
thể như sau:

- Tài sản kết cấu hạ tầng thương mại - Bộ Công Thương.

- Tài sản kết cấu hạ tầng khu công nghiệp — Bộ Tài chính.

- Tài sản kết cấu hạ tầng đô thị - Bộ Xây dựng.
"""


def test_bullets_dealing_out_a_lead_ins_collective_each_name_their_body_after_a_dash() -> None:
    draft = extract(DEALT_OUT, issued=date(2026, 6, 19))
    got = {d["id"]: _owners(draft, d) for d in draft.duties}
    assert got == {
        "I.1.a.1": [("Bộ Công Thương", "responsible")],
        "I.1.a.2": [("Bộ Tài chính", "responsible")],
        "I.1.a.3": [("Bộ Xây dựng", "responsible")],
    }


ARTICLE_LEAD_IN = """\
QUYẾT ĐỊNH

Điều 1. Thành lập Uỷ ban quốc gia tìm kiếm – cứu nạn.

Điều 2. Uỷ ban quốc gia tìm kiếm – cứu nạn có nhiệm vụ và quyền hạn sau đây:

1. Chịu trách nhiệm chỉ đạo, tổ chức thực hiện việc tìm kiếm – cứu nạn.

2. Thiết lập quan hệ hợp tác với các nước về tìm kiếm – cứu nạn.

Điều 3. Trách nhiệm các phòng, ban, đơn vị thuộc UBND cấp xã

1. Theo dõi, đôn đốc việc giải quyết kiến nghị của cử tri.

2. Rà soát, tổng hợp kết quả giải quyết kiến nghị.
"""


def test_an_articles_title_saying_who_has_the_duties_owns_its_items() -> None:
    """ "Điều 2. X có nhiệm vụ … sau đây:" and "Trách nhiệm các …" with "của" left out."""
    draft = extract(ARTICLE_LEAD_IN, issued=date(1996, 8, 1))
    duties = _by_id(draft)
    for ident in ("D2.1", "D2.2"):
        assert _owners(draft, duties[ident]) == [
            ("Uỷ ban quốc gia tìm kiếm – cứu nạn", "responsible")
        ]
    for ident in ("D3.1", "D3.2"):
        assert _owners(draft, duties[ident]) == [
            ("các phòng, ban, đơn vị thuộc UBND cấp xã", "responsible")
        ]


OCR_LABELS = """\
III. TỔ CHỨC THỰC HIỆN

7. Các tỉnh uỷ, thành uỷ

8) Xây dựng chương trình, kế hoạch thực hiện Kết luận.

b) Lãnh đạo, chỉ đạo bố trí đủ ngân sách cho các chương trình.

8. Ban Chính sách, chiến lược Trung ương

a) Chủ trì theo dõi, kiểm tra, đôn đốc triển khai thực hiện Kết luận.

9, Ban Tuyên giáo và Dân vận Trung ương

Chủ trì hướng dẫn công tác quán triệt, tuyên truyền Kết luận.
"""


def test_ocr_misread_labels_are_read_back_from_their_siblings() -> None:
    """ "8)" before "b)" is "a)"; "9," after "8." is "9."; the owner headings still own."""
    draft = extract(OCR_LABELS, issued=date(2026, 3, 1))
    got = {d["id"]: _owners(draft, d) for d in draft.duties}
    assert got["III.7.a"] == got["III.7.b"] == [("các tỉnh uỷ, thành uỷ", "responsible")]
    assert got["III.9"] == [("Ban Tuyên giáo và Dân vận Trung ương", "lead")]


def test_an_eight_among_numbered_points_stays_a_number() -> None:
    text = "I. NHIỆM VỤ\n\n7) Rà soát văn bản.\n\n8) Tổng kết.\n\n9) Báo cáo.\n"
    draft = extract(text, issued=date(2026, 3, 1))
    assert {d["id"] for d in draft.duties} == {"I.7", "I.8", "I.9"}


def test_the_front_and_the_mass_organisations_named_by_kind_are_two_owners() -> None:
    registry = Registry(BODIES)
    assert split_names("Mặt trận, đoàn thể", registry) == ["Mặt trận", "đoàn thể"]
    # A list of kinds that runs on is one collective.
    assert split_names("các phòng, ban, ngành, đoàn thể", registry) == [
        "các phòng, ban, ngành, đoàn thể"
    ]
    assert split_names("cấp uỷ, tổ chức đảng, chính quyền, đoàn thể các cấp", registry) == [
        "cấp uỷ, tổ chức đảng, chính quyền, đoàn thể các cấp"
    ]


UNSPACED = """\
Chỉ thị về việc tăng cường hoạt động phòng, chống tác hại thuốc lá.
Thực hiện Chỉ thị số 23/2009/CT-UBND của Uỷ ban nhân dân thành phố.
Uỷ ban nhân dân quận yêu cầu các phòng, ban, ngành, Mặt trận, đoàn thể tăng cường thực \
hiện các nội dung như sau:
1. Tổ chức tuyên truyền về tác hại của thuốc lá.
2. Thực hiện nghiêm các quy định về cấm hút thuốc lá ở nơi làm việc.
"""


def test_a_request_with_no_empty_line_above_it_begins_at_its_own_sentence() -> None:
    """The title and basis lines above the request stay the preamble's, not duties."""
    draft = extract(UNSPACED, issued=date(2010, 3, 1))
    duties = _by_id(draft)
    assert set(duties) == {"S.1", "S.2"}
    assert _owners(draft, duties["S.1"]) == [
        ("các phòng, ban, ngành", "responsible"),
        ("Mặt trận", "responsible"),
        ("đoàn thể", "responsible"),
    ]


def test_two_office_holders_whose_places_a_colon_lists_are_one_owner() -> None:
    registry = Registry(BODIES)
    both = "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa và Lâm Đồng"
    assert split_names(both, registry) == [both]
    # Each named with its own body: two owners still.
    assert split_names(
        "Bí thư Tỉnh ủy Đắk Lắk và Chủ tịch Ủy ban nhân dân tỉnh Gia Lai", registry
    ) == [
        "Bí thư Tỉnh ủy Đắk Lắk",
        "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai",
    ]


PHASES = """\
II. MỤC TIÊU

1. Giai đoạn đến năm 2030

- Xây dựng hệ thống giám sát biến đổi khí hậu.

- Hoàn thiện cơ sở dữ liệu về thiên tai.

III. CÁC GIAI ĐOẠN THỰC HIỆN

1. Giai đoạn đến năm 2030

- Xây dựng, hoàn thiện thể chế về thích ứng với biến đổi khí hậu;

- Triển khai, nhân rộng các mô hình canh tác thích ứng;

- Sử dụng hiệu quả tài nguyên nước, tài nguyên đất;

- Nâng cấp, cải tạo hệ thống cơ sở hạ tầng chống ngập.

2. Tầm nhìn đến năm 2050

- Tiếp tục tăng cường năng lực thích ứng với biến đổi khí hậu;

- Thực hiện lồng ghép thích ứng trong các hoạt động kinh tế.

IV. NHIỆM VỤ

1. Giai đoạn đến năm 2030

- Tỷ lệ dân số được cảnh báo sớm đạt 100%;

- Giảm thiệt hại do thiên tai.
"""


def test_a_phase_heading_dates_the_actions_listed_under_it_to_its_end() -> None:
    """Only in a section of phases or tasks, over actions: never objectives, vision, targets."""
    draft = extract(PHASES, issued=date(2024, 7, 1))
    dated = {d["id"]: d.get("timing") for d in draft.duties if d.get("timing")}
    assert set(dated) == {"III.1.a", "III.1.b", "III.1.c", "III.1.d"}
    windows = {tuple(d["windows"]) for d in draft.duties if d["id"] in dated}
    assert windows == {("năm 2030",)}


def test_a_units_head_named_by_its_kind_is_an_owner_of_its_own() -> None:
    registry = Registry(BODIES)
    heads = (
        "Thủ trưởng các đơn vị thuộc Bộ, Cục trưởng Cục Thi hành án dân sự cấp tỉnh, "
        "Chi cục trưởng Chi cục Thi hành án dân sự cấp huyện"
    )
    assert split_names(heads, registry, cell=True) == [
        "Thủ trưởng các đơn vị thuộc Bộ",
        "Cục trưởng Cục Thi hành án dân sự cấp tỉnh",
        "Chi cục trưởng Chi cục Thi hành án dân sự cấp huyện",
    ]


LEGAL_UNIT = """\
I. NHIỆM VỤ

1. Sở Tư pháp

a) Tham mưu cho Uỷ ban nhân dân cấp tỉnh tổ chức thi hành Luật.

2. Tổ chức pháp chế thuộc Bộ, cơ quan ngang Bộ và cơ quan thuộc Chính phủ

a) Tham mưu, đề xuất với Bộ trưởng trong việc tổ chức thi hành Luật.

b) Tổ chức tuyên truyền, phổ biến Luật cho cán bộ, công chức.
"""


def test_a_ministrys_legal_unit_heading_is_an_owner_not_the_verb_to_organise() -> None:
    draft = extract(LEGAL_UNIT, issued=date(2010, 3, 1))
    duties = _by_id(draft)
    unit = [
        ("Tổ chức pháp chế thuộc Bộ, cơ quan ngang Bộ và cơ quan thuộc Chính phủ", "responsible")
    ]
    assert _owners(draft, duties["I.2.a"]) == unit
    assert _owners(draft, duties["I.2.b"]) == unit


TOPIC_THEN_OWNER = """\
Sở Giáo dục và Đào tạo yêu cầu thủ trưởng các đơn vị, trường học khẩn trương
thực hiện những nội dung sau:
1. Thời gian học sinh nghỉ học
a) Học sinh các cơ sở giáo dục mầm non nghỉ học từ ngày 26/7/2020.
Các trường đại học ngoài công lập căn cứ tình hình thực tế để quyết định việc tập trung sinh viên.
2. Về thực hiện các biện pháp phòng, chống dịch COVID-19
Thủ trưởng các đơn vị, trường học có trách nhiệm quán triệt, triển khai thực
hiện nghiêm túc Chỉ thị số 19/CT-TTg ngày 24/4/2020 của Thủ tướng Chính phủ.
"""


def test_a_topics_title_then_the_sentence_naming_whose_it_is_are_two_lines() -> None:
    """No empty line between them: the title ends on its word, the owner opens the duty."""
    draft = extract(TOPIC_THEN_OWNER, issued=date(2020, 7, 26))
    duties = _by_id(draft)
    assert duties["S.2"]["text"].startswith("Thủ trưởng các đơn vị, trường học có trách nhiệm")
    public = [d for d in draft.duties if d["text"].startswith("Các trường đại học")]
    assert _owners(draft, public[0]) == [("Các trường đại học ngoài công lập", "responsible")]


def test_an_ocr_slashed_o_for_a_points_g_is_read_back() -> None:
    text = (
        "I. NHIỆM VỤ\n\n1. Bộ Công Thương\n\ne) Rà soát các nghị định có liên quan.\n\n"
        "ø) Kế thừa các thỏa thuận quốc tế trong lĩnh vực khoáng sản.\n"
    )
    draft = extract(text, issued=date(2026, 3, 1))
    assert {d["id"] for d in draft.duties} == {"I.1.e", "I.1.g"}


def test_monitoring_opens_a_duty_it_is_no_source_cited() -> None:
    """ "Theo dõi, …" is the duty's verb: a body named after a later comma is no subject."""
    registry = Registry(BODIES)
    text = (
        "Theo dõi, đôn đốc, kiểm tra việc giải quyết kiến nghị của cử tri thuộc thẩm "
        "quyền giải quyết của UBND, Chủ tịch UBND cùng cấp."
    )
    assert subject(text, registry) is None
    cited = "Theo kế hoạch, Sở Tài chính tổng hợp báo cáo."
    got = subject(cited, registry)
    assert got is not None
    assert [n.written for n in got.responsible + got.leads] == ["Sở Tài chính"]


def test_a_time_limit_opening_then_the_subject_or_the_verb() -> None:
    """ "Chậm nhất là …, X …": X is the subject; "Trong thời hạn …, gửi … đến A, B": none."""
    registry = Registry(BODIES)
    got = subject(
        "Chậm nhất là 15 ngày, trước ngày khai mạc kỳ họp thường lệ của HĐND tỉnh, "
        "Văn phòng UBND tỉnh tổng hợp báo cáo.",
        registry,
    )
    assert got is not None
    assert [n.written for n in got.responsible + got.leads] == ["Văn phòng UBND tỉnh"]
    sent = (
        "Trong thời hạn 02 ngày làm việc, gửi Báo cáo kết quả giải quyết đến Văn phòng "
        "UBND tỉnh, Thường trực HĐND cùng cấp và cơ quan, tổ chức có liên quan."
    )
    assert subject(sent, registry) is None


def test_the_next_items_number_run_in_after_a_sentence_starts_that_item() -> None:
    text = (
        "Điều 2. Uỷ ban quốc gia tìm kiếm – cứu nạn có nhiệm vụ và quyền hạn sau đây:\n\n"
        "1. Chỉ đạo việc điều tra những vụ tai nạn theo pháp luật hiện hành. 2. Theo dõi, "
        "kiểm tra và đôn đốc các Bộ, ngành thực hiện các quy định theo khoản 3. Điều 4.\n\n"
        "3. Thiết lập quan hệ hợp tác với các nước.\n"
    )
    draft = extract(text, issued=date(1996, 8, 1))
    duties = _by_id(draft)
    assert set(duties) == {"D2.1", "D2.2", "D2.3"}
    assert duties["D2.2"]["text"].startswith("Theo dõi, kiểm tra")
    assert duties["D2.2"]["text"].endswith("khoản 3. Điều 4.")


FUNDING_THEN_WORK = """\
III. TỔ CHỨC THỰC HIỆN

1. Cục Biến đổi khí hậu phối hợp thực hiện các nhiệm vụ liên quan.

2. Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước và các nguồn hợp pháp \
khác. Hằng năm, các cơ quan được phân công chủ trì thực hiện nhiệm vụ tại Kế hoạch này có \
trách nhiệm lập dự toán, trình cấp có thẩm quyền phê duyệt.

3. Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước.
"""


def test_a_funding_item_whose_next_sentence_gives_work_is_that_duty() -> None:
    draft = extract(FUNDING_THEN_WORK, issued=date(2026, 6, 10))
    duties = _by_id(draft)
    assert set(duties) == {"III.1", "III.2"}
    assert duties["III.2"]["text"].startswith("Hằng năm, các cơ quan được phân công")
    assert duties["III.2"]["windows"] == ["hằng năm"]


OCR_PAGES = """\
Bộ Tài chính đề nghị các Bộ, cơ quan ngang bộ tập trung các nhiệm vụ trọng tâm sau:

I. Tổ chức tuyên truyền, phổ biến nội dung của Nghị định số
178/2026/NĐ-CP tới các cơ quan, đơn vị có liên quan.

2. Chỉ đạo thực hiện rà soát, thống kê toàn bộ tài sản thuộc phạm vi quản lý của Bộ,


===== Trang 2 =====
18.CTRTW31.DOC 2

địa phương do cơ quan, đơn vị đang quản lý.

3. Rà soát các văn bản quy phạm pháp luật đã ban hành.


===== Trang 3 =====
18.CTRTW31.DOC 3

4. Lập hồ sơ, quản lý, lưu trữ hồ sơ tài sản.
"""


def test_an_ocr_copys_page_marks_and_running_header_go_and_its_first_item_is_1() -> None:
    """ "===== Trang 2 =====" and the file name under each are the page's; "I." is "1."."""
    draft = extract(OCR_PAGES, issued=date(2026, 6, 19))
    duties = _by_id(draft)
    assert set(duties) == {"S.1", "S.2", "S.3", "S.4"}
    assert duties["S.2"]["text"].endswith(
        "thuộc phạm vi quản lý của Bộ, địa phương do cơ quan, đơn vị đang quản lý."
    )
    assert not any("CTRTW31" in d["text"] or "Trang" in d["text"] for d in draft.duties)


def test_a_tables_header_row_under_each_page_break_is_the_texts() -> None:
    raw = [
        "1 | Rà soát | Cục Thuế",
        "--- PAGE BREAK ---",
        "STT Nội dung hoạt động Đơn vị chủ trì",
        "2 | Nâng cấp | Cục Thuế",
        "--- PAGE BREAK ---",
        "STT Nội dung hoạt động Đơn vị chủ trì",
        "3 | Duy trì | Cục Thuế",
    ]
    assert artefacts(raw) == {1, 4}


def test_an_owner_heading_over_a_paragraph_that_opens_with_how_often() -> None:
    # "10. Sở Tài chính" on its own line, then "Hằng năm, căn cứ …" (or "Đẩy mạnh …" under a
    # heading wrapped over two lines): joined, the capitalised adverb begins the work.
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Tài chính\n"
        "Hằng năm, căn cứ khả năng cân đối ngân sách, tham mưu phân bổ kinh phí.\n"
        "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức\n"
        "đoàn thể\n"
        "Đẩy mạnh công tác phối hợp tuyên truyền.\n"
    )
    draft = extract(text, issued=date(2024, 10, 1))
    d = _by_id(draft)
    assert _owners(draft, d["III.1"]) == [("Sở Tài chính", "responsible")]
    assert _owners(draft, d["III.2"]) == [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "responsible"),
        ("các tổ chức đoàn thể", "responsible"),
    ]
    # In a sentence, the adverb in lower case after the name ends it as before.
    got = subject("Sở Tài chính hằng năm bố trí kinh phí.", Registry())
    assert got is not None
    assert [n.written for n in got.responsible] == ["Sở Tài chính"]


def test_a_bare_head_named_by_what_it_manages_or_receives() -> None:
    # "Sở quản lý ngành, lĩnh vực", "Cơ quan tiếp nhận văn bản kê khai giá": a bare "Sở" or
    # "Cơ quan" names no body; the word after it says which.
    registry = Registry()
    got = subject("Sở quản lý ngành, lĩnh vực có trách nhiệm tham mưu bình ổn giá.", registry)
    assert got is not None
    assert [n.written for n in got.responsible] == ["Sở quản lý ngành, lĩnh vực"]
    got = subject("Cơ quan tiếp nhận văn bản kê khai giá có trách nhiệm rà soát.", registry)
    assert got is not None
    assert [n.written for n in got.responsible] == ["Cơ quan tiếp nhận văn bản kê khai giá"]
    # A named department still ends where its verb begins.
    got = subject("Sở Công Thương quản lý chặt chẽ thị trường.", registry)
    assert got is not None
    assert [n.written for n in got.responsible] == ["Sở Công Thương"]
    # "làm đầu mối": the body that gathers the work, not part of its name.
    got = subject("Thanh tra Bộ làm đầu mối thanh tra, tổng hợp, báo cáo.", registry)
    assert got is not None
    assert [n.written for n in got.responsible] == ["Thanh tra Bộ"]


def test_the_party_committee_of_the_front_and_mass_organisations_is_one_body() -> None:
    # Since 2025 each level has one "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh": its
    # comma is inside the name, as the central one's is.
    registry = Registry()
    assert split_names("Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh", registry, cell=True) == [
        "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh"
    ]
    got = subject(
        "Đảng uỷ Ủy ban nhân dân tỉnh, Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh chỉ đạo"
        " tuyên truyền.",
        registry,
    )
    assert got is not None
    assert [n.written for n in got.responsible] == [
        "Đảng uỷ Ủy ban nhân dân tỉnh",
        "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh",
    ]
    # The Front's committee and other mass organisations named apart still split.
    assert split_names(
        "Ủy ban Mặt trận Tổ quốc tỉnh, các đoàn thể chính trị - xã hội", registry, cell=True
    ) == [
        "Ủy ban Mặt trận Tổ quốc tỉnh",
        "các đoàn thể chính trị - xã hội",
    ]


def test_agriculture_and_rural_development_by_its_acronym_is_one_name() -> None:
    # "Sở Nông nghiệp và PTNT": the acronym ends the same department's name.
    registry = Registry()
    assert split_names("Sở Nông nghiệp và PTNT", registry, cell=True) == ["Sở Nông nghiệp và PTNT"]
    got = subject("Sở Nông nghiệp và PTNT chủ trì phối hợp với UBND cấp huyện.", registry)
    assert got is not None
    assert [n.written for n in got.leads] == ["Sở Nông nghiệp và PTNT"]
    assert [n.written for n in got.partners] == ["UBND cấp huyện"]


def test_a_request_beside_the_validity_article_is_a_duty() -> None:
    # "Điều 4. Quyết định này có hiệu lực …" then a paragraph asking named bodies for work,
    # then the execution clause and the signature: only the request is a duty.
    text = (
        "QUYẾT ĐỊNH\n"
        "Điều 1. Giao kế hoạch vốn năm 2026 cho các chủ đầu tư.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        "Đề nghị Ủy ban Kiểm tra Tỉnh ủy, Ban Nội chính Tỉnh ủy phối hợp kiểm tra, giám sát"
        " việc triển khai Quyết định này.\n"
        "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi"
        " hành Quyết định này./.\n"
        "TM. ỦY BAN NHÂN DÂN\n"
    )
    draft = extract(text, issued=date(2026, 7, 9))
    asked = [d for d in draft.duties if d["text"].startswith("Đề nghị")]
    assert len(asked) == 1
    assert [o for o, _ in _owners(draft, asked[0])] == [
        "Ủy ban Kiểm tra Tỉnh ủy",
        "Ban Nội chính Tỉnh ủy",
    ]
    assert not any("thi hành" in d["text"] or "TM." in d["text"] for d in draft.duties)
    # Without a request the article stays set aside, as before.
    plain = extract(text.replace(text[text.index("Đề nghị") : text.index("Chánh")], ""))
    assert not any(d["id"].startswith("D2") for d in plain.duties)
