"""`nq42 extract` reads a plan alike whatever harmless line habit its copy has (branch z103a).

Each text here is small and made up for the case it pins: the same plan typed or copied
another way (every line set in by a tab, its items quoted by a converter, a page's number
left between its lines, its paragraphs hard-wrapped) drafts the same duties.
"""

from __future__ import annotations

import re
from datetime import date

from nq42cli.core.extract import extract
from tests.extract_helpers import lead_names

PLAN = """\
KẾ HOẠCH
Triển khai công tác chuyển đổi số năm 2026

I. NHIỆM VỤ CỤ THỂ
1. Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành xây dựng kho dữ liệu \
dùng chung của tỉnh, hoàn thành trước ngày 30/6/2026.
2. Sở Tài chính bố trí kinh phí thực hiện các nhiệm vụ chuyển đổi số theo quy định.
3. Ủy ban nhân dân các xã, phường:
a) Rà soát, cập nhật dữ liệu dân cư trên địa bàn, hoàn thành trong tháng 9/2026.
b) Tuyên truyền, phổ biến lợi ích của dịch vụ công trực tuyến cho người dân.
II. TỔ CHỨC THỰC HIỆN
Sở Khoa học và Công nghệ theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Ủy ban \
nhân dân tỉnh trước ngày 15/12/2026.
"""


def _read(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    draft = extract(text, issued=date(2026, 1, 5), number="1/KH-UBND")
    return [
        (d["id"], tuple(lead_names(draft, d)), tuple(d.get("windows") or ()), d["text"][:40])
        for d in draft.duties
    ]


def test_the_plan_reads_as_expected() -> None:
    read = _read(PLAN)
    assert [r[0] for r in read] == ["I.1", "I.2", "I.3.a", "I.3.b", "II.x1"]
    assert read[0][1] == ("Sở Khoa học và Công nghệ",)
    assert read[2][1] == ("Ủy ban nhân dân các xã, phường",)


def test_every_line_set_in_by_a_tab_reads_alike() -> None:
    tabbed = re.sub(r"(?m)^(?=\S)", "\t", PLAN)
    assert _read(tabbed) == _read(PLAN)


def test_a_purpose_before_the_request_reads_alike_set_in() -> None:
    news = (
        "Công điện nêu rõ tình hình mưa lũ diễn biến phức tạp tại các tỉnh miền núi.\n\n"
        "Để kịp thời khắc phục hậu quả mưa lũ, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban "
        "nhân dân tỉnh Sơn La chỉ đạo sơ tán người dân khỏi vùng nguy hiểm.\n"
    )
    tabbed = re.sub(r"(?m)^(?=\S)", "\t", news)
    assert _read(tabbed) == _read(news)


def test_a_spreadsheet_copy_keeps_its_first_empty_cell() -> None:
    # A tab between cells opens a cell: the lines' leading tab is the first cell's.
    from nq42cli.core.layout import dedented

    rows = ["\tTên nhiệm vụ\tĐơn vị", "\tXây dựng báo cáo\tSở Tài chính"]
    assert dedented(rows) == rows
    assert dedented(["  a", "    b", "", "  c"]) == ["a", "  b", "", "c"]


def test_items_a_converter_quoted_read_alike() -> None:
    quoted = re.sub(r"(?m)^(?=[a-z]\) )", "> ", PLAN)
    assert "> a) Rà soát" in quoted
    assert _read(quoted) == _read(PLAN)


def test_a_quoted_note_of_prose_stays_quoted() -> None:
    from nq42cli.core.layout import unquoted

    note = ["> **Ghi chú:** đề nghị phản ánh về Bộ Tài chính.", ">", "> Văn bản số hóa."]
    assert unquoted(note) == note
    assert unquoted(["> - Sở X;", "> - Sở Y."]) == ["- Sở X;", "- Sở Y."]


def test_a_framed_page_number_between_lines_is_no_text() -> None:
    lines = PLAN.split("\n")
    paged = "\n".join([*lines[:6], "- 2 -", *lines[6:]])
    assert _read(paged) == _read(PLAN)
    paged = "\n".join([*lines[:6], "Trang 2/3", *lines[6:]])
    assert _read(paged) == _read(PLAN)


def test_a_bare_page_number_inside_a_phrase_is_no_text() -> None:
    cut = PLAN.replace("bố trí kinh phí thực hiện các", "bố trí kinh phí thực hiện các,\n2\n")
    cut = cut.replace("các,\n2\n nhiệm vụ", "các,\n2\nnhiệm vụ")
    whole = PLAN.replace("thực hiện các nhiệm vụ", "thực hiện các, nhiệm vụ")
    assert "\n2\nnhiệm vụ" in cut
    assert _read(cut) == _read(whole)


NEWS = """\
Tin hoạt động
Chỉ đạo ứng phó với bão số 9
Sáng ngày 22/11, Ban Chỉ đạo Trung ương về phòng chống thiên tai tổ chức cuộc họp trực tuyến \
triển khai công tác ứng phó với áp thấp nhiệt đới có khả năng mạnh lên thành bão.
Tham dự hội nghị có các Bộ, ngành Trung ương và các tỉnh ven biển từ Quảng Nam đến Bình \
Thuận và các tỉnh Tây Nguyên.
Phát biểu kết luận cuộc họp, Phó Thủ tướng yêu cầu các Bộ, ngành, địa phương tiếp tục nêu cao \
cảnh giác, chuẩn bị nghiêm túc các phương án ứng phó với bão.
Bộ Công Thương rà soát các công trình thủy điện, đảm bảo vận hành an toàn các hồ chứa trong \
mùa mưa bão năm nay.
Các cơ quan thông tấn, báo chí tiếp tục đưa tin kịp thời về diễn biến của bão để người dân \
chủ động phòng tránh.
"""


def _wrapped(text: str, width: int) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        cur = ""
        for word in line.split(" "):
            if cur and len(cur) + 1 + len(word) > width:
                out.append(cur)
                cur = word
            else:
                cur = f"{cur} {word}" if cur else word
        out.append(cur)
    return "\n".join(out)


def test_a_news_page_hard_wrapped_with_no_blank_lines_reads_alike() -> None:
    # Its title and date lines end short before a capital, as a paragraph's last line
    # does: no evidence against the wrap.
    wrapped = _wrapped(NEWS, 90)
    assert wrapped.count("\n") > NEWS.count("\n") + 3
    assert [r[:3] for r in _read(wrapped)] == [r[:3] for r in _read(NEWS)]
    assert _read(NEWS)


def test_an_article_title_in_bold_split_by_a_spaced_copy_owns_its_items() -> None:
    body = (
        "**Điều 4.\n\nTrách nhiệm của Sở Công Thương**\n\n"
        "1. Chủ trì kiểm tra việc bảo vệ an toàn công trình điện lực trên địa bàn tỉnh.\n\n"
        "2. Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh hằng năm.\n\n"
        "**Điều 5.\n\nTrách nhiệm của Ủy ban nhân dân cấp xã**\n\n"
        "1. Chỉ đạo, giải quyết, xử lý các vi phạm về bảo vệ công trình điện lực.\n\n"
        "2. Tuyên truyền, phổ biến quy định của pháp luật về điện lực cho người dân.\n\n"
        "Văn bản này có hiệu lực kể từ ngày ký.\n\nNgười dân cần chấp hành nghiêm.\n"
    )
    read = _read(body)
    leads = {r[0]: r[1] for r in read}
    assert leads["D5.1"] == ("Ủy ban nhân dân cấp xã",)
    assert leads["D5.2"] == ("Ủy ban nhân dân cấp xã",)
    assert leads["D4.2"] == ("Sở Công Thương",)


def test_word_o_bullets_copied_with_spaces_read_as_a_list() -> None:
    from nq42cli.core.layout import glyph_bullets

    rows = ["- Sở Tài chính:", "o   Bố trí kinh phí;", "o Đảm bảo nguồn vốn.", "o mỗi năm"]
    assert glyph_bullets(rows) == [
        "- Sở Tài chính:",
        "+ Bố trí kinh phí;",
        "+ Đảm bảo nguồn vốn.",
        "o mỗi năm",
    ]


def test_a_bracketed_caption_cut_by_a_wrap_is_one_line() -> None:
    from nq42cli.core.layout import Line, pieces

    text = "PHỤ LỤC\n(Kèm theo Kế hoạch số 12/KH-SCT ngày 5/6/2026 của Sở Công\nThương)\n\nTT\n"
    lines = [p for p in pieces(text) if isinstance(p, Line)]
    assert lines[1].text == "(Kèm theo Kế hoạch số 12/KH-SCT ngày 5/6/2026 của Sở Công Thương)"
    # A bracket the next line does not close, or closes after many words, stays apart.
    text = "(Ghi chú: số liệu tạm tính\nđến hết tháng 6 năm nay theo báo cáo của các đơn vị)\n"
    assert len([p for p in pieces(text) if isinstance(p, Line)]) == 2


def test_the_gazette_header_without_its_page_numbers_is_no_text() -> None:
    items = [
        f"{k}. Sở Tài chính chủ trì rà soát nhóm thủ tục hành chính số {k} trong lĩnh vực "
        f"đầu tư, báo cáo Ủy ban nhân dân tỉnh trước ngày {k}/10/2026."
        for k in range(1, 13)
    ]
    plain = "NHIỆM VỤ\n" + "\n".join(items) + "\n"
    header = "CÔNG BÁO/Số 12/Ngày 05-3-2026"
    paged = "NHIỆM VỤ\n" + "\n".join(
        x for k, item in enumerate(items) for x in ([item, header] if k % 4 == 3 else [item])
    )
    assert paged.count(header) == 3
    assert _read(paged) == _read(plain)


def test_a_year_alone_before_a_cut_phrase_is_no_page_number() -> None:
    """A table copied one cell a line ends a row with its year ("2025"), and a row split
    by a page break goes on in small letters: the year is the row's time, not page 2025
    of a text that has not had two thousand pages above it."""
    from nq42cli.core.layout import artefacts

    lines = [
        "128.",
        "Xây dựng bộ tiêu chí đánh giá hiệu quả đầu tư cho chuyển đổi số.",
        "Bộ Thông tin và Truyền thông",
        "",
        "Quyết định của Thủ tướng Chính phủ",
        "2025",
        "",
        "trực tuyến và định kỳ tổ chức đánh giá, công bố kết quả.",
    ]
    assert 5 not in artefacts(lines)
    paged = [*lines[:5], "2", *lines[6:]]
    assert 5 in artefacts(paged)
