"""A plan as a Word file: ``nq42 extract plan.docx`` reads its list numbers and tables.

The files are made with python-docx, the lists with numbering definitions written as Word
writes them (an abstract list of levels, list instances pointing at it, a start
override to restart one). The slow test has LibreOffice open the same file and print it:
the numbers it shows are the numbers read.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from hypothesis import given
from hypothesis import strategies as st

from nq42cli.core.wordfile import UnreadableWordFile, docx_text
from tests.conftest import run

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'

# Levels as Vietnamese plans number them: I., 1., a), then "-" bullets.
LEVELS = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "-")]


def _numbering(doc: docx.document.Document, restart_id: int | None = None) -> None:
    """Add list 1 (the levels above) and list 2 (the same levels, restarted at 1)."""
    numbering = doc.part.numbering_part.element
    lvls = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:pPr><w:ind w:left="{360 * (k + 1)}" '
        f'w:hanging="360"/></w:pPr></w:lvl>'
        for k, (fmt, text) in enumerate(LEVELS)
    )
    abstract = parse_xml(f'<w:abstractNum {NS} w:abstractNumId="90">{lvls}</w:abstractNum>')
    # Word wants every abstract list before the first list instance.
    first_num = numbering.find(f"{{{W}}}num")
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    numbering.append(parse_xml(f'<w:num {NS} w:numId="91"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(
        parse_xml(
            f'<w:num {NS} w:numId="92"><w:abstractNumId w:val="90"/>'
            '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )


def _item(doc: docx.document.Document, text: str, level: int, num: int = 91) -> None:
    p = doc.add_paragraph(text)
    ppr = p._p.get_or_add_pPr()
    ppr.append(
        parse_xml(f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>')
    )


def _save(doc: docx.document.Document) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _plan_docx() -> bytes:
    """A provincial plan as a .docx: header block, numbered sections, a task table."""
    doc = docx.Document()
    _numbering(doc)
    head = doc.add_table(rows=2, cols=2)
    head.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    head.cell(1, 0).text = "Số: 12/KH-UBND"
    head.cell(1, 1).text = "An Giang, ngày 5 tháng 3 năm 2025"
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Thực hiện Nghị quyết số 42-NQ/TW ngày 24/11/2023")
    _item(doc, "NHIỆM VỤ CỤ THỂ", 0)
    _item(
        doc,
        "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Y tế tham mưu Ủy ban "
        "nhân dân tỉnh ban hành Kế hoạch hỗ trợ người có công, hoàn thành trong quý II/2025.",
        1,
    )
    _item(doc, "Sở Y tế:", 1)
    _item(doc, "Rà soát mạng lưới y tế cơ sở, báo cáo trước ngày 30/6/2025.", 2)
    _item(doc, "Triển khai tiêm chủng mở rộng, thực hiện thường xuyên.", 2)
    _item(doc, "TỔ CHỨC THỰC HIỆN", 0)
    _item(
        doc,
        "Sở Tài chính bố trí kinh phí thực hiện Kế hoạch, hoàn thành trong tháng 12/2025.",
        1,
        num=92,
    )
    table = doc.add_table(rows=4, cols=4)
    for k, h in enumerate(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]):
        table.cell(0, k).text = h
    rows = [
        ("1", "Xây dựng Đề án dịch vụ xã hội cơ bản", "Sở Y tế", "Tháng 9/2025"),
        ("2", "Tổng kết chính sách giảm nghèo", "", "Năm 2026"),
    ]
    for i, cells in enumerate(rows, start=1):
        for k, c in enumerate(cells):
            table.cell(i, k).text = c
    table.cell(1, 2).merge(table.cell(2, 2))
    table.cell(3, 0).merge(table.cell(3, 3)).text = "II. LĨNH VỰC LAO ĐỘNG"
    return _save(doc)


def test_list_numbers_are_read_as_word_shows_them() -> None:
    text = docx_text(_plan_docx())
    lines = [s for s in text.split("\n") if s]
    assert lines[:6] == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH AN GIANG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/KH-UBND",
        "An Giang, ngày 5 tháng 3 năm 2025",
    ]
    labels = [s.split(" ")[0] for s in lines[8:15]]
    # The restarted list instance (92) begins its level 1 at 1 again, under "II.".
    assert labels == ["I.", "1.", "2.", "a)", "b)", "II.", "1."]


def test_a_task_table_is_a_markdown_table_with_merged_cells_spread() -> None:
    text = docx_text(_plan_docx())
    rows = [s for s in text.split("\n") if s.startswith("|")]
    assert rows[0] == "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |"
    # A lead's cell merged down two rows is each row's lead; a heading across the
    # table is written once.
    assert rows[2] == "| 1 | Xây dựng Đề án dịch vụ xã hội cơ bản | Sở Y tế | Tháng 9/2025 |"
    assert rows[3] == "| 2 | Tổng kết chính sách giảm nghèo | Sở Y tế | Năm 2026 |"
    assert rows[4] == "| II. LĨNH VỰC LAO ĐỘNG |  |  |  |"


def test_extract_reads_a_word_file_end_to_end(tmp_path: Path) -> None:
    src = tmp_path / "ke-hoach.docx"
    src.write_bytes(_plan_docx())
    out = tmp_path / "draft.yaml"
    result = run("extract", str(src), "-o", str(out), code=0)
    assert "drafted" in result.stderr
    import yaml

    draft = yaml.safe_load(out.read_text("utf-8"))
    assert draft["plan"]["number"] == "12/KH-UBND"
    assert draft["plan"]["date"] == "2025-03-05"
    duties = {d["id"]: d for d in draft["duties"]}
    windows = {k: d["windows"] for k, d in duties.items()}
    assert windows["I.1"] == ["quý II/2025"]
    assert windows["I.2.a"] == ["trước ngày 30/6/2025"]
    assert windows["I.2.b"] == ["thường xuyên"]
    assert windows["II.1"] == ["tháng 12/2025"]
    assert duties["I.2.a"]["owners"] == [{"owner": "so_y_te", "role": "responsible"}]
    table = [(d["text"], d["owners"][0]["owner"], d["windows"]) for d in draft["duties"]]
    assert table[-2:] == [
        ("Xây dựng Đề án dịch vụ xã hội cơ bản", "so_y_te", ["tháng 9/2025"]),
        ("Tổng kết chính sách giảm nghèo", "so_y_te", ["năm 2026"]),
    ]
    assert "source: a Word file" in out.read_text("utf-8")


def test_tracked_changes_read_as_accepted() -> None:
    doc = docx.Document()
    p = doc.add_paragraph("Sở Y tế hoàn thành ")
    p._p.append(
        parse_xml(
            f'<w:del {NS} w:id="1" w:author="A"><w:r><w:delText>trong quý I/2025</w:delText>'
            "</w:r></w:del>"
        )
    )
    p._p.append(
        parse_xml(
            f'<w:ins {NS} w:id="2" w:author="A"><w:r><w:t>trong quý II/2025</w:t></w:r></w:ins>'
        )
    )
    assert docx_text(_save(doc)).strip() == "Sở Y tế hoàn thành trong quý II/2025"


@given(
    st.lists(
        st.text(
            st.characters(
                codec="utf-8",
                exclude_categories=("Cs", "Cc"),
                exclude_characters="\ufffe\uffff",
            ),
            max_size=40,
        ),
        max_size=8,
    )
)
def test_paragraphs_come_back_as_written(paragraphs: list[str]) -> None:
    doc = docx.Document()
    for s in paragraphs:
        doc.add_paragraph(s)
    assert docx_text(_save(doc)).split("\n")[:-1] == paragraphs


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as box:
        for name, data in files.items():
            box.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        (b"%PDF-1.7\n\xff\xfe\x00", "a PDF file, not text: save it as .docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\xff", "Word 97-2003 (.doc)"),
        (b"PK\x03\x04broken", "not a readable Word document: a damaged zip container"),
        (_zip({"xl/workbook.xml": b"<x/>"}), "an Excel workbook, not a Word (.docx) document"),
        (
            _zip({"word/document.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>'}),
            "declares a DTD",
        ),
        (_zip({"word/document.xml": b"<w:document"}), "is not well-formed XML"),
    ],
)
def test_other_files_are_refused_with_one_clear_line(tmp_path: Path, raw: bytes, says: str) -> None:
    src = tmp_path / "ke-hoach.docx"
    src.write_bytes(raw)
    result = run("extract", str(src), "-o", str(tmp_path / "draft.yaml"), code=1)
    assert says in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "draft.yaml").exists()


def test_a_damaged_document_raises_the_modules_own_error() -> None:
    with pytest.raises(UnreadableWordFile, match="no body"):
        docx_text(_zip({"word/document.xml": f"<w:document {NS}/>".encode()}))


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice or poppler-utils is not installed",
)
def test_libreoffice_shows_the_numbers_that_are_read(tmp_path: Path) -> None:
    """The real word processor agrees: LibreOffice prints the file, and the numbers on
    the page are the numbers nq42 read, line for line."""
    src = tmp_path / "ke-hoach.docx"
    src.write_bytes(_plan_docx())
    profile = (tmp_path / "profile").as_uri()
    command = ["soffice", f"-env:UserInstallation={profile}", "--headless"]
    subprocess.run(
        [*command, "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    printed = subprocess.run(
        ["pdftotext", str(tmp_path / "ke-hoach.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    shown = [m.group(1) for m in re.finditer(r"(?m)^\s*([IV]+\.|\d+\.|[a-z]\))\s", printed)]
    read = [
        s.removeprefix("| ").split(" ")[0]
        for s in docx_text(src.read_bytes()).split("\n")
        if re.match(r"([IV]+\.|\d+\.|[a-z]\)) ", s.removeprefix("| "))
    ]
    assert shown == read
