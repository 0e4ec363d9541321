"""A saved web page or a data dump's string is read as its reader shows it (core/markup.py)."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from nq42cli.core.carried import unescape
from nq42cli.core.extract import extract
from nq42cli.core.markup import as_read
from tests.conftest import run

_PAGE = """<!DOCTYPE html>
<html><head><title>Công điện</title><style>p { color: red; }</style>
<script>var t = "1. Bộ Tài chính hoàn thành trước ngày 1/1/2025";</script></head>
<body><div class="nav"><a href="/">Trang chủ</a></div>
<article>
<h1>Thủ tướng yêu cầu bảo đảm năm học mới</h1>
<p><strong>Hà Nội, ngày 16/8/2025</strong> – Thủ tướng Chính phủ yêu cầu:</p>
<ol>
<li>Bộ Giáo dục và Đào tạo chủ trì, phối hợp với Bộ&nbsp;Nội vụ rà soát đội ngũ giáo viên,
 hoàn thành trước ngày 30/9/2025.</li>
<li>Bộ Tài chính bố trí kinh phí, báo cáo Thủ tướng Chính phủ trong tháng 10/2025.</li>
</ol>
<table>
<tr><th>STT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Thời gian hoàn thành</th></tr>
<tr><td>1</td><td>Xây dựng Đề án <b>giáo viên</b> vùng khó khăn</td><td>Bộ Giáo dục và Đào tạo</td>
<td>Quý IV/2025</td></tr>
</table>
</article></body></html>
"""


def test_a_page_is_laid_out_as_a_browser_copies_it() -> None:
    read = as_read(_PAGE)
    assert read.undone == ("html",)
    lines = [line for line in read.text.split("\n") if line]
    assert "# Thủ tướng yêu cầu bảo đảm năm học mới" in lines
    assert lines[lines.index("# Thủ tướng yêu cầu bảo đảm năm học mới") + 1] == (
        "**Hà Nội, ngày 16/8/2025** – Thủ tướng Chính phủ yêu cầu:"
    )
    # A list item on its line after its number; the page's line break and its no-break
    # space are spaces, as a browser's copy gives them.
    assert (
        "1. Bộ Giáo dục và Đào tạo chủ trì, phối hợp với Bộ Nội vụ rà soát đội ngũ "
        "giáo viên, hoàn thành trước ngày 30/9/2025."
    ) in lines
    assert lines[-2:] == [
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |",
        "| 1 | Xây dựng Đề án **giáo viên** vùng khó khăn | Bộ Giáo dục và Đào tạo | Quý IV/2025 |",
    ]
    assert "color" not in read.text  # the style …
    assert "var t" not in read.text  # … and the script dropped


def test_extract_reads_a_saved_page_end_to_end(tmp_path: Path) -> None:
    src = tmp_path / "cong-dien.html"
    src.write_text(_PAGE, "utf-8")
    out = tmp_path / "draft.yaml"
    run("extract", str(src), "--issued", "2025-08-16", "-o", str(out))
    written = out.read_text("utf-8")
    assert "source: a web page's HTML" in written
    duties = yaml.safe_load(written)["duties"]
    read = {d["text"].split(",")[0]: d["windows"] for d in duties}
    assert read["Bộ Giáo dục và Đào tạo chủ trì"] == ["trước ngày 30/9/2025"]
    assert read["Bộ Tài chính bố trí kinh phí"] == ["tháng 10/2025"]
    assert read["Xây dựng Đề án giáo viên vùng khó khăn"] == ["quý IV/2025"]  # the table row
    # What the page's script says is no duty.
    assert not any("1/1/2025" in str(d) for d in duties)


def test_a_dumps_string_is_read_with_its_escapes_undone() -> None:
    body = (
        "Thủ tướng Chính phủ yêu cầu:\n"
        '1. Bộ Y tế chủ trì, hoàn thành "Đề án" trước ngày 15/9/2025.\n'
        "2. Bộ Tài chính bố trí kinh phí trong quý IV/2025."
    )
    sql_row = "INSERT INTO news VALUES (7, '" + body.replace("\n", "\\r\\n") + "');"
    json_row = json.dumps({"content": body}, ensure_ascii=True)  # \\uXXXX and \\n
    # A row with one string, a JSON object of one field: the string is read by its escapes
    # (a record's reading needs its fields: see the test of a dump's rows below).
    for dumped in (sql_row, json_row):
        read = as_read(dumped)
        assert read.undone == ("escapes",)
        assert '\n1. Bộ Y tế chủ trì, hoàn thành "Đề án" trước ngày 15/9/2025.\n' in read.text
        windows = [d["windows"] for d in extract(read.text, issued=None).duties]
        assert ["trước ngày 15/9/2025"] in windows
        assert ["quý IV/2025"] in windows


def test_a_dump_and_a_program_undo_escapes_alike() -> None:
    # One decoder for both: a dump read as text and a literal read from a program's source
    # must not disagree on a byte or code point escape or on one a language reads as its character.
    assert unescape(r"Ph\u1ed1i h\u1ee3p\x20v\u1edbi") == "Phối hợp với"
    assert unescape(r"50\% \'k\' \/ \\") == "50% 'k' / \\"
    assert unescape(r"a\nb\r\nc") == "a\nb\nc"
    assert unescape("con\\\ntinued") == "continued"  # a line continued in the source
    dumped = (
        "Kính gửi:\\n1. Bộ Y tế ph\\xe1t h\\xe0nh tr\\u01b0\\u1edbc ng\\xe0y 15/9/2025.\\n"
        "2. Bộ X\\n"
    )
    assert "1. Bộ Y tế phát hành trước ngày 15/9/2025." in as_read(dumped).text


def test_html_escaped_inside_a_dump_is_read_twice_over() -> None:
    row = '(1, \'<p>Thủ tướng yêu cầu:</p><p class=\\"a\\">'
    row += "1. Bộ Y tế báo cáo trước ngày 5/9/2025.</p>"
    row += "<p>2. Bộ Công an chủ trì&nbsp;kiểm tra.</p>')"
    read = as_read(row)
    assert read.undone == ("escapes", "html")
    assert "1. Bộ Y tế báo cáo trước ngày 5/9/2025." in read.text.split("\n")
    unquoted = row[5:-2]  # the string alone, as copied out of the row
    # A post's body with no page around it: a piece of markup, laid out all the same.
    assert as_read(unquoted).undone == ("escapes", "fragment")


def test_a_markdown_copy_keeps_its_lines() -> None:
    # A <br> in a cell or one HTML table do not make a markdown copy a web page.
    md = (
        "## II. NHIỆM VỤ\n\n| STT | Nhiệm vụ | Chủ trì |\n|---|---|---|\n"
        "| 1 | Rà soát<br>chính sách | Sở Y tế |\n\n"
        "<table><tr><td>2</td><td>x</td></tr></table>\n\n"
        "a) Sở Nội vụ hoàn thành trong quý I/2026;\n\nb) Báo&PT đưa tin.\n"
    )
    assert as_read(md).text == md
    assert as_read("Báo&PT và&nbsp;Đài").text == "Báo&PT và\u00a0Đài"
    # One escaped line break is not a dump: a path or a formula may hold a backslash.
    assert as_read("Lưu tại C:\\new\\plan.docx\n").undone == ()


def test_list_counters_follow_the_lists_type_and_start() -> None:
    page = (
        '<p>Nhiệm vụ:</p><ol type="I"><li>Chung</li></ol>'
        '<ol type="a" start="3"><li>ba</li><li>bốn</li></ol><ul><li>gạch</li></ul>'
        "<p><b> </b>hết</p>"
    )
    lines = [line for line in as_read(page).text.split("\n") if line]
    assert lines == ["Nhiệm vụ:", "I. Chung", "c. ba", "d. bốn", "- gạch", "hết"]


_WORDS = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
    min_size=1,
    max_size=30,
)


@given(st.lists(_WORDS, min_size=3, max_size=8))
def test_a_pages_paragraphs_come_back_as_written(paragraphs: list[str]) -> None:
    page = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    assert as_read(page).text.split("\n\n") == [*paragraphs[:-1], paragraphs[-1] + "\n"]


@given(st.text(st.characters(codec="utf-8", exclude_characters="\\<&"), max_size=200))
def test_text_with_no_markup_or_escape_is_left_as_it_is(text: str) -> None:
    assert as_read(text).text == text


_PIECES = st.sampled_from(
    ["<p>", "</p>", "<li>", "<ol type='a'>", "</ol>", "<td>", "<tr>", "<b>", "</b>", "<br/>",
     "<![if x]>", "<!--", "-->", "<script>", "&nbsp;", "&#x1;", "\\n", '\\"', "|", "Bộ Y tế",
     " ", "\n", "trước ngày 5/9/2025.", "1. ", "<", ">"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_markup_is_read_without_an_error(text: str) -> None:
    read = as_read(text)
    assert "<p>" not in read.text or "html" not in read.undone
    assert extract(read.text).data["duties"] is not None


_LISTS = (
    '<html><head><meta charset="utf-8"></head><body><p>Nhiệm vụ:</p>'
    '<ol type="I"><li>Chung</li></ol><ol type="a" start="3"><li>Bộ Y tế rà soát</li>'
    "<li>Sở Nội vụ báo cáo</li></ol><ol><li>Bộ Tài chính bố trí kinh phí</li><li>Hai</li>"
    '</ol><ol start="9"><li>Chín</li><li value="12">Mười hai</li></ol></body></html>'
)


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("chromium") is None or shutil.which("pdftotext") is None,
    reason="Chromium or poppler-utils not installed",
)
def test_chromium_shows_the_numbers_that_are_read(tmp_path: Path) -> None:
    """A browser prints the list numbers the reader writes before each item."""
    page = tmp_path / "lists.html"
    page.write_text(_LISTS, "utf-8")
    pdf = tmp_path / "lists.pdf"
    subprocess.run(
        [
            str(shutil.which("chromium")),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'chromium'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    shown = subprocess.run(
        [str(shutil.which("pdftotext")), str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    printed = [" ".join(line.split()) for line in shown.splitlines()]
    numbered = [x for x in as_read(_LISTS).text.split("\n") if re.match(r"\w+\. ", x)]
    assert numbered == [
        "I. Chung",
        "c. Bộ Y tế rà soát",
        "d. Sở Nội vụ báo cáo",
        "1. Bộ Tài chính bố trí kinh phí",
        "2. Hai",
        "9. Chín",
        "12. Mười hai",
    ]
    assert [x for x in printed if x in numbered] == numbered


_TS_RECORD = """export const posts = [
  {
    date: `23/02/2022`,
    slug: `thu-tuong-chi-dao-khan`,
    title: `Thủ tướng chỉ đạo khẩn về tiêm vaccine`,
    featureImg: ThuTuongCovid,
    // the body, as the site shows it
    content: `
    <p>
      Thủ tướng yêu cầu Bộ Y tế chủ trì, phối hợp với các địa phương tổ chức
      tiêm vaccine.
    </p>
    <div class="image"><img src="${ThuTuongCovid}" alt="" /></div>
    <p>Bộ Tài chính bố trí kinh phí.</p>
    <p>Bộ Công an bảo đảm an ninh.</p>
    `,
  },
];
"""


def test_a_records_body_is_read_from_the_field_that_carries_it() -> None:
    read = as_read(_TS_RECORD)
    assert read.undone == ("code",)
    # The template string's markup laid out, its wrapped lines joined; the record's
    # date, slug, headline and identifiers are not the document's.
    assert read.text.split("\n\n") == [
        "Thủ tướng yêu cầu Bộ Y tế chủ trì, phối hợp với các địa phương tổ chức tiêm vaccine.",
        "Bộ Tài chính bố trí kinh phí.",
        "Bộ Công an bảo đảm an ninh.\n",
    ]


def test_each_paragraph_in_its_own_string_and_a_python_literal() -> None:
    ts = (
        '{\n  title: "Thủ tướng yêu cầu xử nghiêm",\n  content: [\n    {\n      paragraph: [\n'
        '        { text: "Bộ trưởng Công an chỉ đạo công an các địa phương.", below: false },\n'
        "        { text: 'Bộ Quốc phòng phối hợp với Bộ Công an điều tra.', below: true },\n"
        '      ],\n      image: "https://x.vn/a b.jpg",\n    },\n  ],\n}\n'
    )
    read = as_read(ts)
    assert read.undone == ("code",)
    assert read.text == (
        "Bộ trưởng Công an chỉ đạo công an các địa phương.\n\n"
        "Bộ Quốc phòng phối hợp với Bộ Công an điều tra.\n"
    )
    py = (
        '    doc_id="cv_1",\n    title="Công văn 1/VPCP",\n'
        '    text="""VĂN PHÒNG CHÍNH PHỦ\n\nGiao Bộ Tài chính báo cáo trước ngày 10/5/2026.""",\n'
    )
    assert as_read(py).text == (
        "VĂN PHÒNG CHÍNH PHỦ\n\nGiao Bộ Tài chính báo cáo trước ngày 10/5/2026.\n"
    )


def test_a_view_with_wrapped_markup_is_laid_out() -> None:
    jsp = (
        '<section class="flex-1">\n  <h1 class="text-4xl">\n    Thủ tướng yêu cầu chấn chỉnh\n'
        "  </h1>\n  <p>\n    Thủ tướng yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố\n"
        "    chỉ đạo rà soát công tác đấu giá quyền sử dụng đất trên địa bàn,\n"
        "    bảo đảm đúng pháp luật, công khai, minh bạch; kịp thời phát hiện,\n"
        "    xử lý nghiêm các trường hợp vi phạm.\n  </p>\n  <p>\n    Bộ Tư pháp hướng dẫn.\n"
        "  </p>\n</section>\n"
    )
    read = as_read(jsp)
    assert read.undone == ("fragment",)
    assert extract(jsp).notes[0].startswith("source: a piece of a page's markup")
    assert read.text.split("\n")[2].startswith(
        "Thủ tướng yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chỉ đạo rà soát công tác"
    )


def test_plain_texts_with_quotes_and_brackets_are_not_code() -> None:
    for text in (
        # A plan quoting a phrase, an OCR'd page with stray brackets and colons.
        'Kế hoạch: "Năm an toàn" (2025).\nMục tiêu: {giảm} tai nạn; tiến độ: "quý I".\n',
        "a) Sở Y tế: chủ trì;\n] b) Sở Tài chính: 'phối hợp'.\n",
        # A markdown copy with one HTML table is no page cut from a program's view.
        "<table><tr><td>1</td></tr></table>\n\nBộ Y tế chủ trì.\nSở Nội vụ phối hợp.\n"
        "Sở Tài chính bảo đảm kinh phí.\n<p>x</p><p>y</p>\n",
    ):
        assert as_read(text).undone == ()
        assert as_read(text).text == text


def test_a_json_records_body_field_is_read_with_its_escapes_undone() -> None:
    body = "Thủ tướng yêu cầu:\n1. Bộ Y tế báo cáo trước ngày 5/9/2025.\n2. Bộ Công an kiểm tra."
    record = json.dumps({"id": 3, "title": "Công điện về tiêm chủng", "content": body})
    read = as_read(record)
    assert read.undone == ("code",)
    assert read.text == body + "\n"  # the headline is the record's, not the text's


def test_spaces_around_an_inline_tag_show_as_one() -> None:
    page = (
        "<article>\n  <p>\n    Hiện ghi nhận hơn 12.700 ca tử vong do\n"
        '    <a href="https://x.vn/covid">\n      Covid-19\n    </a>\n    .\n  </p>\n'
        "  <h1>\n    Kế hoạch xét nghiệm\n  </h1>\n  <p>Sở Y tế báo cáo.</p>\n</article>\n"
    )
    lines = as_read(page).text.split("\n")
    assert "Hiện ghi nhận hơn 12.700 ca tử vong do Covid-19 ." in lines
    assert "# Kế hoạch xét nghiệm" in lines


def test_a_saved_pages_request_behind_a_purpose_is_read_from_the_speaker() -> None:
    # A saved page is read as a scraped one: its paragraphs are all its structure, and a
    # request after a purpose clause is read from whoever asks.
    page = (
        "<p>Ngày 16/8, Thủ tướng ký công điện về sách giáo khoa.</p>\n"
        "<p>Thủ tướng nhìn nhận, việc phát hành sách giáo khoa còn chậm.</p>\n"
        "<p>Để bảo đảm điều kiện thực hiện nhiệm vụ năm học mới, Thủ tướng yêu cầu Bộ Giáo "
        "dục và Đào tạo chỉ đạo các địa phương rà soát đội ngũ giáo viên.</p>\n"
    )
    duties = extract(page, issued=None).duties
    assert [d["text"][:40] for d in duties] == ["Thủ tướng yêu cầu Bộ Giáo dục và Đào tạo"]


def test_a_dumps_rows_are_read_by_their_longest_column() -> None:
    dump = (
        "INSERT INTO `news` (`id`, `title`, `content`, `created_at`) VALUES\n"
        "(1, 'Phó Thủ tướng yêu cầu xử lý nghiêm', 'Phó Thủ tướng giao Bộ GD-ĐT chỉ đạo "
        "kiểm tra bữa ăn của sinh viên.\\r\\n\\r\\nNhà trường nhận lỗi với ''sinh viên''.', "
        "'2024-10-08 10:00:00'),\n"
        "(2, 'Bộ Y tế chỉ đạo', 'Bộ Y tế đề nghị các địa phương báo cáo trước ngày 5/9/2025.', "
        "NULL);\n"
    )
    read = as_read(dump)
    assert read.undone == ("code",)
    assert read.text == (
        "Phó Thủ tướng giao Bộ GD-ĐT chỉ đạo kiểm tra bữa ăn của sinh viên.\n\n"
        "Nhà trường nhận lỗi với 'sinh viên'.\n\n"
        "Bộ Y tế đề nghị các địa phương báo cáo trước ngày 5/9/2025.\n"
    )


def test_a_content_files_html_body_under_its_front_matter_is_laid_out() -> None:
    # A site generator's content file: JSON front matter between "---" lines, then the
    # article's HTML with its letters as entities. The header's plain lines must not
    # keep the body from being read as a page.
    text = (
        '---json\n{\n    "title": "Tháo gỡ thẻ vàng",\n    "layout": "noidung.html",\n'
        '    "date": "2018-10-18T17:00:00.000Z",\n    "draft": false,\n'
        '    "tacgia": "Lê Tuyến"\n}\n---\n'
        "<p><strong>Chủ động thực hiện</strong></p>\n\n"
        "<p>Ph&oacute; Chủ tịch UBND tỉnh y&ecirc;u cầu Sở NN&amp;PTNT r&agrave; so&aacute;t "
        "t&agrave;u c&aacute;.</p>\n\n"
        "<p>CA tỉnh điều tra, xử l&yacute; nghi&ecirc;m c&aacute;c vi phạm.</p>\n"
    )
    read = as_read(text)
    assert read.undone == ("html",)
    assert read.text.startswith('---json\n{\n    "title": "Tháo gỡ thẻ vàng",')
    lines = [line for line in read.text.split("\n") if line]
    assert "**Chủ động thực hiện**" in lines
    assert "Phó Chủ tịch UBND tỉnh yêu cầu Sở NN&PTNT rà soát tàu cá." in lines
    assert "<p>" not in read.text
    # A front matter over markdown stays as it was.
    plain = "---\nlayout: post\n---\nThủ tướng giao Bộ Y tế báo cáo.\n"
    assert as_read(plain).text == plain


def test_a_maps_put_call_carries_a_body_kept_on_one_line() -> None:
    # 'kwargs.put("text", "…");': one field, the program's whole text; its paragraphs,
    # their line breaks lost, are parted by a run of spaces after each sentence's end.
    text = (
        '            kwargs.put("text", "Thủ tướng vừa ký Chỉ thị số 07/CT-TTg.    Thủ tướng '
        "giao Bộ Tài chính xây dựng Kế hoạch, hoàn thành trong tháng 3.2025.    Giao Bộ "
        'Công an hoàn thành trong tháng 5.2025.");\n'
    )
    read = as_read(text)
    assert read.undone == ("code",)
    assert read.text.split("\n\n") == [
        "Thủ tướng vừa ký Chỉ thị số 07/CT-TTg.",
        "Thủ tướng giao Bộ Tài chính xây dựng Kế hoạch, hoàn thành trong tháng 3.2025.",
        "Giao Bộ Công an hoàn thành trong tháng 5.2025.\n",
    ]
    # A word processor's copy turns some of those spaces no-break: the same paragraphs.
    assert as_read(text.replace("    ", "  \u00a0 ")).text == read.text
    # A call among the program's other words is no record.
    assert as_read('if (ok) { kwargs.put("text", "Bộ Y tế báo cáo."); }').undone == ()


def test_a_records_glued_paragraphs_are_parted_again() -> None:
    # A data record's string that lost its line breaks: "… tham nhũng).Bộ Công Thương …",
    # "… năm 2016.Thanh tra Bộ …", "… vấn đề.Báo cáo …" — a sentence's end, no space, the
    # next one's capital. An abbreviation's dot ("TP.Hồ Chí Minh", "Tp.Hồ Chí Minh") is
    # no paragraph's end.
    record = json.dumps(
        {
            "title": "Bộ Công Thương yêu cầu công khai thu nhập",
            "content": (
                "Chỉ thị nêu rõ (đăng trên website của Bộ).Bộ Công Thương yêu cầu các đơn "
                "vị kê khai năm 2016.Thanh tra Bộ tổng hợp, báo cáo về vấn đề.Báo cáo gửi "
                "về Bộ trước ngày 15/4/2017 tại TP.Hồ Chí Minh và Tp.Hồ Chí Minh."
            ),
        },
        ensure_ascii=False,
        indent=4,
    )
    read = as_read(record)
    assert read.undone == ("code",)
    assert read.text.split("\n\n") == [
        "Chỉ thị nêu rõ (đăng trên website của Bộ).",
        "Bộ Công Thương yêu cầu các đơn vị kê khai năm 2016.",
        "Thanh tra Bộ tổng hợp, báo cáo về vấn đề.",
        "Báo cáo gửi về Bộ trước ngày 15/4/2017 tại TP.Hồ Chí Minh và Tp.Hồ Chí Minh.\n",
    ]


def test_a_records_byline_after_its_last_sentence_is_a_line_of_its_own() -> None:
    # "… tiếp tục hỗ trợ. P.T": the writer's initials run on after the last sentence.
    record = json.dumps(
        {"title": "Hỗ trợ gạo", "content": "Thủ tướng yêu cầu các tỉnh báo cáo Bộ Tài chính. P.T"},
        ensure_ascii=False,
        indent=4,
    )
    assert as_read(record).text == "Thủ tướng yêu cầu các tỉnh báo cáo Bộ Tài chính.\n\nP.T\n"


def test_a_windows_copy_of_a_page_reads_as_the_page() -> None:
    # Front matter and a record's fields are found by their lines; CRLF ends them too.
    page = (
        "---\ntitle: Thủ tướng chỉ đạo\nlayout: post\n---\n"
        "<p>Thủ tướng Chính phủ yêu cầu:</p>\n"
        "<p>1. Bộ Y tế chủ trì, hoàn thành Đề án trước ngày 15/9/2025.</p>\n"
        "<p>2. Bộ Tài chính bố trí kinh phí trong quý IV/2025.</p>\n"
    )
    read = [(d["id"], d["windows"]) for d in extract(page, issued=None).duties]
    assert ("S.1", ["trước ngày 15/9/2025"]) in read
    crlf = extract(page.replace("\n", "\r\n"), issued=None).duties
    assert [(d["id"], d["windows"]) for d in crlf] == read
