"""`nq42 extract` on OCR'd signed texts: labels, stamp debris and fields a scan misread (z86c).

Each text here is small and made up for the case it pins: a clean plan, then the same plan
with one kind of OCR noise, which must read as the clean one does.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names

_PLAN = (
    "KẾ HOẠCH\nPhòng, chống thiên tai năm 2025\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "Bảo đảm an toàn cho người dân.\n"
    "II. NHIỆM VỤ\n"
    "1. Sở Nông nghiệp và Môi trường:\n"
    "a) Rà soát các hồ chứa trên địa bàn tỉnh, hoàn thành trước ngày 30/6/2025.\n"
    "b) Kiểm tra hệ thống đê điều trước mùa mưa bão.\n"
    "c) Tổng hợp tình hình thiệt hại, báo cáo UBND tỉnh.\n"
    "2. Sở Lao động - Thương binh và Xã hội:\n"
    "- Hỗ trợ các hộ gia đình bị thiệt hại do thiên tai.\n"
    "- Phối hợp với UBND các huyện rà soát đối tượng chính sách.\n"
    "3. UBND các huyện, thành phố tổ chức diễn tập phòng chống thiên tai.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "Các sở, ngành triển khai thực hiện Kế hoạch này.\n"
)


def _read(text: str) -> list[tuple[str, str, list[str]]]:
    draft = extract(text, issued=date(2025, 3, 1), number="1/KH-UBND")
    return [(d["id"], d["text"][:30], lead_names(draft, d)) for d in draft.duties]


def _noisy(*pairs: tuple[str, str]) -> str:
    text = _PLAN
    for clean, misread in pairs:
        assert clean in text
        text = text.replace(clean, misread)
    return text


def test_section_numeral_with_a_stroke_read_as_one_or_small_l() -> None:
    clean = _read(_PLAN)
    assert _read(_noisy(("II. NHI", "I1. NHI"))) == clean
    assert _read(_noisy(("II. NHI", "Il. NHI"))) == clean
    assert _read(_noisy(("III. TỔ", "IIl. TỔ"))) == clean


def test_point_letter_with_its_bracket_misread_or_lost() -> None:
    clean = _read(_PLAN)
    assert _read(_noisy(("a) Rà", "a] Rà"), ("b) Ki", "b] Ki"), ("c) Tổ", "c] Tổ"))) == clean
    assert _read(_noisy(("a) Rà", "a, Rà"), ("b) Ki", "b, Ki"), ("c) Tổ", "c, Tổ"))) == clean
    assert _read(_noisy(("b) Ki", "b Ki"))) == clean


def test_lone_letter_opening_a_wrapped_line_is_no_point() -> None:
    text = _noisy(
        (
            "b) Kiểm tra hệ thống đê điều trước mùa mưa bão.\n",
            "b) Kiểm tra hệ thống đê điều, kênh mương và các công trình thủy lợi nhóm\n"
            "a Trước mùa mưa bão.\n",
        )
    )
    texts = [t for _, t, _ in _read(text)]
    assert not any(t.startswith("Trước mùa") for t in texts), texts


def test_first_item_number_read_as_small_l() -> None:
    assert _read(_noisy(("1. Sở Nông", "l. Sở Nông"))) == _read(_PLAN)


def test_item_number_split_from_its_words_by_a_blank_line() -> None:
    assert _read(_noisy(("3. UBND", "3.\n\nUBND"))) == _read(_PLAN)
    assert _read(_noisy(("1. Sở Nông", "1.\n\nSở Nông"))) == _read(_PLAN)


def test_stamp_debris_between_points_is_dropped() -> None:
    text = _noisy(("c) Tổng", "nh\nan\n\n:4\n1\n\n0/\n20\n\n-n\n\nc) Tổng"))
    assert _read(text) == _read(_PLAN)


def test_lone_syllable_in_a_text_with_stamp_debris_is_dropped() -> None:
    text = _noisy(
        ("c) Tổng", "nh\nan\n\n:4\n1\n\nc) Tổng"),
        (
            "- Hỗ trợ các hộ gia đình bị thiệt hại do thiên tai.",
            "- Hỗ trợ các hộ gia đình.\n\nan\n",
        ),
    )
    draft = extract(text, issued=date(2025, 3, 1), number="1/KH-UBND")
    assert "Hỗ trợ các hộ gia đình." in [d["text"] for d in draft.duties]


def test_short_words_alone_on_lines_are_kept() -> None:
    # A table printed a cell a line: its numbers and short words are no stamp's.
    text = _noisy(("c) Tổng", "TT\n1\nBộ\nx\n2\nSở\nx\nc) Tổng"))
    assert any("TT" in t or "Bộ" in t for _, t, _ in _read(text))


def _letter(appendix: str) -> Draft:
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ AN BÌNH\n\n"
        "Số: 12/UBND-SGDĐT\n\n"
        "V/v triển khai các nhiệm vụ giáo dục\n\n"
        "1. Các sở, ngành, UBND các quận, huyện triển khai thực hiện các nhiệm vụ tại Phụ "
        "lục kèm theo.\n"
        "2. Giao Sở Giáo dục và Đào tạo theo dõi, tổng hợp, báo cáo UBND thành phố.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n" + appendix
    )
    return extract(text, issued=date(2023, 10, 19), number="12/UBND-SGDĐT")


_TASKS = (
    "Phii 1ic\n"
    "TRLEN KIIAI NIHEM VU\n\n"
    "1. Tiep tuc trien khai thuc hien tot cong tac quan triet, tuyen truyen cac "
    "nghi quyet ve doi moi can ban, toan dien giao duc va dao tao trong toan he thong\n"
    "chinh tri, toan nganh giao duc va cac tang lop nhan dan, qua do dap ung yeu cau phat\n"
    "trien kinh te - xa hoi cua thanh pho trong thoi gian den.\n"
    "a) Don vj ch tn: Sở Giáo dục và Đào tạo.\n"
    "b) Dan v ph& hcp: Sở Thông tin và Truyền thông.\n"
    "2. Day manh cong tac giao duc dao duc, loi song cho hoc sinh, sinh vien.\n"
    "a) Dan vj chi'i trI: Thành Đoàn.\n"
    "b) Don vj phi hcip: Sở Giáo dục và Đào tạo.\n"
)


def test_numbered_tasks_after_the_signature_under_an_unreadable_title() -> None:
    draft = _letter(_TASKS)
    tasks = [d for d in draft.duties if d["section"].startswith("PL")]
    assert [d["text"][:9] for d in tasks] == ["Tiep tuc ", "Day manh "]


def test_garbled_owner_field_labels_give_lead_and_partners() -> None:
    draft = _letter(_TASKS)
    tasks = [d for d in draft.duties if d["section"].startswith("PL")]
    assert [lead_names(draft, d) for d in tasks] == [["Sở Giáo dục và Đào tạo"], ["Thành Đoàn"]]


def test_short_attached_titles_after_the_signature_are_no_tasks() -> None:
    draft = _letter(
        "THUYẾT MINH DỰ TOÁN NĂM 2024\n\n"
        "1. Tình hình thực hiện dự toán năm 2023\n\n"
        "- Báo cáo về tổng số đối tượng.\n\n"
        "2. Xây dựng dự toán năm 2024\n\n"
        "- Căn cứ đối tượng đang hưởng trợ cấp.\n"
    )
    assert not [d for d in draft.duties if d["section"].startswith("PL")]


def _windows(text: str) -> list[list[str]]:
    draft = extract(text, issued=date(2025, 3, 1), number="1/KH-UBND")
    return [d["windows"] for d in draft.duties]


def test_quarter_numeral_with_strokes_misread() -> None:
    clean = _PLAN.replace("phòng chống thiên tai.", "phòng chống thiên tai trong quý III/2025.")
    want = _windows(clean)
    assert _windows(clean.replace("quý III/2025", "quý LII/2025")) == want
    assert _windows(clean.replace("quý III/2025", "quý IIl/2025")) == want


def test_quarter_block_heading_with_strokes_misread() -> None:
    text = (
        "II. NHIỆM VỤ\n"
        "1. Quý II năm 2024\n"
        "1.1. Tổ chức họp Hội đồng xét duyệt khen thưởng;\n"
        "2. Quý LII năm 2024\n"
        "2.1. Tập huấn nghiệp vụ công tác thi đua, khen thưởng.\n"
    )
    draft = extract(text, issued=date(2024, 3, 1), number="1/KH-UBND")
    assert [d["windows"] for d in draft.duties] == [["quý II/2024"], ["quý III/2024"]]


def test_date_digits_read_as_letters() -> None:
    want = _windows(_PLAN)
    assert _windows(_PLAN.replace("30/6/2025", "30/6/2O25")) == want
    assert _windows(_PLAN.replace("30/6/2025", "3O/6/2025")) == want
    words = _PLAN.replace("30/6/2025", "30 tháng 6 năm 2025")
    assert _windows(words.replace("30 tháng", "3O tháng").replace("năm 2025", "năm 2O25")) == want


def test_fourth_section_numeral_with_its_stroke_misread() -> None:
    four = _PLAN.replace("III. TỔ", "III. KINH PHÍ\nKinh phí từ ngân sách tỉnh.\nIV. TỔ")
    assert _read(four.replace("IV. TỔ", "lV. TỔ")) == _read(four)


def test_second_d_point_is_d_with_bar() -> None:
    text = _noisy(("c) Tổ", "c) Lập danh sách các hộ dân.\nd) Di dời dân.\nd) Tổ"))
    assert [i for i, _, _ in _read(text)][:5] == ["II.1.a", "II.1.b", "II.1.c", "II.1.d", "II.1.đ"]


def test_item_number_that_lost_its_dot() -> None:
    assert _read(_noisy(("2. Sở Lao", "2 Sở Lao"))) == _read(_PLAN)


def test_numbered_footnote_is_no_item() -> None:
    text = _noisy(
        ("3. UBND các huyện, thành phố tổ chức diễn tập phòng chống thiên tai.\n", ""),
        (
            "rà soát đối tượng chính sách.",
            "rà soát đối tượng chính sách3.\n3 Theo quy định của Luật Địa chất và khoáng sản.",
        ),
    )
    texts = [t for _, t, _ in _read(text)]
    assert not any(t.startswith("Theo quy định của Luật") for t in texts), texts


def test_scan_speck_before_a_line_going_on_is_no_bullet() -> None:
    text = _noisy(
        (
            "- Hỗ trợ các hộ gia đình bị thiệt hại do thiên tai.",
            "- Hỗ trợ các hộ gia đình bị thiệt hại, có trách nhiệm theo dõi,\n\n"
            "— đôn đốc việc chi trả cho các hộ gia đình bị thiệt hại do thiên tai.",
        )
    )
    draft = extract(text, issued=date(2025, 3, 1), number="1/KH-UBND")
    texts = [d["text"] for d in draft.duties]
    assert not any(t.startswith("đôn đốc") for t in texts), texts
    assert any(t.startswith("Hỗ trợ") and "theo dõi, đôn đốc việc chi trả" in t for t in texts)


def test_bullet_read_as_a_degree_sign() -> None:
    text = _noisy(("- Hỗ", "° Hỗ"), ("- Phối", "° Phối"))
    assert _read(text) == _read(_PLAN)


def test_point_letters_in_capitals_or_after_specks() -> None:
    clean = _read(_PLAN)
    assert _read(_noisy(("b) Ki", "B) Ki"), ("c) Tổ", "C) Tổ"))) == clean
    specks = (("a) Rà", "a) a) Rà"), ("b) Ki", "6 b) Ki"), ("c) Tổ", "- chạc) Tổ"))
    assert _read(_noisy(*specks)) == clean
    assert _read(_noisy(("a) Rà", "- a) Rà"), ("b) Ki", "16 b) Ki"))) == clean


def test_first_point_after_a_speck_right_under_its_item() -> None:
    text = (
        "II. NHIỆM VỤ\n"
        "1. Tăng cường công tác dân vận chính quyền.\n"
        "a) Cơ quan chủ trì: Sở Nội vụ.\n"
        "b) Thời gian thực hiện: Thường xuyên.\n"
        "2. Chủ động phối hợp tổ chức hội nghị đối thoại với Nhân dân.\n"
        "Xã a) Cơ quan chủ trì: Sở Tư pháp.\n"
    )
    draft = extract(text, issued=date(2025, 3, 1), number="1/KH-UBND")
    assert [lead_names(draft, d) for d in draft.duties] == [["Sở Nội vụ"], ["Sở Tư pháp"]]


def test_item_number_read_as_a_letter_of_its_shape() -> None:
    items = "".join(
        f"{k}. Sở số {k} rà soát các thủ tục hành chính thuộc lĩnh vực quản lý.\n"
        for k in range(5, 10)
    )
    text = "II. NHIỆM VỤ\n" + items
    want = _read(text)
    assert _read(text.replace("7. Sở", "Z. Sở")) == want
    assert _read(text.replace("8. Sở", "B. Sở")) == want


def test_section_numeral_split_from_its_title_by_a_blank_line() -> None:
    assert _read(_noisy(("II. NHI", "II.\n\nNHI"))) == _read(_PLAN)


def test_section_numeral_whose_dot_was_read_as_a_comma() -> None:
    assert _read(_noisy(("II. NHI", "II, NHI"))) == _read(_PLAN)


def test_item_number_whose_dot_was_read_as_a_colon_or_slash() -> None:
    clean = _read(_PLAN)
    assert _read(_noisy(("1. Sở Nông", "1: Sở Nông"))) == clean
    assert _read(_noisy(("2. Sở Lao", "2/ Sở Lao"))) == clean


def test_bullets_read_as_marks_or_letters() -> None:
    clean = _read(_PLAN)
    for mark in ("=", "«", "e", "o"):
        assert _read(_noisy(("- Hỗ", f"{mark} Hỗ"), ("- Phối", f"{mark} Phối"))) == clean, mark


def test_lone_letter_e_after_d_stays_a_point() -> None:
    text = _noisy(("c) Tổ", "c) Lập danh sách.\nd) Di dời dân.\nđ) Cứu trợ.\ne Tổ"))
    assert [i for i, _, _ in _read(text)][3:6] == ["II.1.d", "II.1.đ", "II.1.e"]


def test_quarter_numeral_read_as_ones() -> None:
    clean = _PLAN.replace("phòng chống thiên tai.", "phòng chống thiên tai trong quý II/2025.")
    assert _windows(clean.replace("quý II/2025", "quý 11/2025")) == _windows(clean)
    assert ["quý I/2025"] in _windows(clean.replace("quý II/2025", "quý 1/2025"))


def test_cited_papers_listed_after_the_signature_are_no_tasks() -> None:
    draft = _letter(
        "DANH SÁCH VĂN BẢN\n\n"
        "1. Công văn số 2359/UBND-VP ngày 28/5/2023 của Ủy ban nhân dân thành phố về việc\n"
        "đôn đốc triển khai, báo cáo thực hiện Kế hoạch của Ban Chỉ đạo về phát triển khoa\n"
        "học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính của thành phố.\n"
        "2. Công văn số 3430/UBND-VP ngày 14/7/2023 của Ủy ban nhân dân thành phố.\n"
    )
    assert not [d for d in draft.duties if d["section"].startswith("PL")]


def test_page_numbers_in_turn_with_one_page_lost() -> None:
    def page(k: int) -> str:
        return "".join(f"- Kiểm tra nội dung số {k}.{j} trên địa bàn tỉnh.\n" for j in range(13))

    text = (
        "II. NHIỆM VỤ\n1. Sở Tài chính:\n"
        + page(1)
        + "2\n"
        + page(2)
        + "3\n"
        + page(3)
        + "5\n"
        + page(5)
    )
    draft = extract(text, issued=date(2024, 9, 1), number="1/KH-UBND")
    assert not [d["text"] for d in draft.duties if d["text"] in ("2", "3", "5")]


def test_page_numbers_with_the_page_count_inside_a_point() -> None:
    items = "".join(f"- Kiểm tra việc thực hiện nội dung số {k} trên địa bàn.\n" for k in range(14))
    for page in ("{}/3", "Trang {}/3"):
        text = (
            "II. NHIỆM VỤ\n1. Sở Tài chính:\n"
            + items
            + "- Bố trí kinh phí cho các\n\n"
            + page.format(2)
            + "\n\nđơn vị trực thuộc.\n"
            + items.replace("nội dung", "hạng mục")
            + "\n"
            + page.format(3)
            + "\n\n2. Sở Y tế:\n- Bố trí thuốc cho các bệnh viện.\n"
        )
        draft = extract(text, issued=date(2024, 9, 1), number="1/KH-UBND")
        texts = [d["text"] for d in draft.duties]
        assert "Bố trí kinh phí cho các đơn vị trực thuộc." in texts, page
        assert not any(t.startswith(("3/3", "Trang 3")) for t in texts), page


_DECISION = (
    "QUYẾT ĐỊNH\nVề việc hỗ trợ kinh phí\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Hỗ trợ kinh phí 500 triệu đồng cho các huyện để mua quà Tết cho hộ nghèo.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Sở Tài chính chịu trách nhiệm cấp phát kinh phí trước ngày 20/01/2025.\n"
    "2. UBND các huyện sử dụng kinh phí đúng mục đích, báo cáo trước ngày 28/02/2025.\n"
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n"
)


def test_article_word_and_number_as_ocr_gives_them() -> None:
    def ids(text: str) -> list[str]:
        draft = extract(text, issued=date(2025, 1, 10), number="47/QĐ-UBND")
        return [d["id"] for d in draft.duties]

    want = ids(_DECISION)
    for misread in ("Điểu 2.", "Ðiều 2.", "Diều 2.", "Điêu 2.", "Điều2."):
        assert ids(_DECISION.replace("Điều 2.", misread)) == want, misread
    assert ids(_DECISION.replace("Điều 1.", "Điều l.")) == want
