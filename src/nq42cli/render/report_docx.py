"""The periodic report as a Word document (python-docx), ready to print and hand upward.

A4 landscape, Times New Roman as Vietnamese administrative documents use; the title
block (issuer, "BÁO CÁO", what about, the period, "tính đến ngày …"), the figures, then
each appendix on a new page as a table whose header row repeats on every printed page,
with its sections and items as rows of their own (never split).

The appendix tables are written as WordprocessingML directly (one parse of the whole
table) rather than cell by cell through python-docx, which walks the table grid for
every cell and takes minutes at 10,000 duties. Text is data: it is XML-escaped and
placed in plain runs, never in a field code, and control characters are shown escaped.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from nq42cli.core.text import visible
from nq42cli.render.report_words import (
    appendix_rows,
    appendix_title,
    columns,
    figures,
    title_block,
    words,
)

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject

    from nq42cli.core.report import Appendix, PeriodicReport

__all__ = ["render"]

FONT = "Times New Roman"
BODY_PT = 13
TABLE_HALF_PT = 22  # 11 pt, in half-points
# Page: A4 landscape; margins as the Government's rules for documents allow.
LEFT_MM, RIGHT_MM, TOP_MM, BOTTOM_MM = 25, 15, 20, 20
# Column widths in mm, adding up to the 257 mm between the margins.
WIDTHS_MM = (10, 70, 33, 33, 30, 48, 33)
TWIPS_PER_MM = 56.7


def render(report: PeriodicReport, lang: str) -> bytes:
    """The report as the bytes of a .docx file."""
    doc = Document()
    _page(doc)
    _title(doc, report, lang)
    p = doc.add_paragraph()
    run = p.add_run(words(lang)["figures"])
    run.bold = True
    for f in figures(report, lang):
        p = doc.add_paragraph(_t("– " + f.text))
        p.paragraph_format.left_indent = Mm(8 if f.level else 0)
        p.paragraph_format.space_after = Pt(2)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for appendix in (report.appendix1, report.appendix2):
        _appendix(doc, appendix, report, lang)
    block = title_block(report, lang)
    title = " ".join(block[-4:-1])
    # Word's core properties hold at most 255 characters; a report on several plans
    # names them all. The title page keeps the whole line.
    doc.core_properties.title = title if len(title) <= 255 else title[:254] + "…"
    doc.core_properties.author = "nq42"
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _t(text: str) -> str:
    return visible(text)


def _page(doc: DocumentObject) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin, section.right_margin = Mm(LEFT_MM), Mm(RIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(TOP_MM), Mm(BOTTOM_MM)
    normal = doc.styles["Normal"]
    font = normal.font
    font.name = FONT
    font.size = Pt(BODY_PT)
    # Vietnamese letters are set in the "complex script"/East Asian slots by some Word
    # versions; name the font for all of them.
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)
    normal.paragraph_format.space_after = Pt(3)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"/>'))


def _title(doc: DocumentObject, report: PeriodicReport, lang: str) -> None:
    block = title_block(report, lang)
    if report.issuer:
        p = doc.add_paragraph()
        p.add_run(_t(block[0])).bold = True
        block = block[1:]
    report_word, about, period, as_of = block
    for text, bold, italic, size in (
        (report_word, True, False, 14),
        (about, True, False, BODY_PT),
        (period, False, False, BODY_PT),
        (as_of, False, True, BODY_PT),
    ):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(_t(text))
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)
    doc.add_paragraph()


def _appendix(doc: DocumentObject, appendix: Appendix, report: PeriodicReport, lang: str) -> None:
    name, about = appendix_title(appendix, report, lang)
    for text in (name, about):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        # Each appendix starts a page (a break in a paragraph of its own can leave an
        # empty page behind when the previous page is full).
        p.paragraph_format.page_break_before = text is name
        p.paragraph_format.keep_with_next = True
        p.add_run(_t(text)).bold = True
    doc.add_paragraph()
    if not appendix.lines:
        doc.add_paragraph(_t(words(lang)["empty"])).runs[0].italic = True
        return
    body = doc.element.body
    # The section properties stay the body's last child.
    body.insert(len(body) - 1, parse_xml(table_xml(appendix, lang)))


def _twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def _paragraphs(text: str, *, bold: bool = False, italic: bool = False, align: str = "") -> str:
    props = f'<w:sz w:val="{TABLE_HALF_PT}"/><w:szCs w:val="{TABLE_HALF_PT}"/>'
    if bold:
        props = "<w:b/>" + props
    if italic:
        props = "<w:i/>" + props
    # No keep-with-next on heading rows: LibreOffice then keeps whole tables together
    # and leaves pages half empty.
    jc = f'<w:jc w:val="{align}"/>' if align else ""
    out = []
    for line in text.split("\n") or [""]:
        safe = escape(visible(line))
        out.append(
            f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/>{jc}</w:pPr>'
            f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{safe}</w:t></w:r></w:p>'
        )
    return "".join(out)


def _cell(width: int, body: str, *, span: int = 1, fill: str = "") -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if fill:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{body}</w:tc>"


def table_xml(appendix: Appendix, lang: str) -> str:
    """The appendix table as one ``<w:tbl>`` element's XML."""
    widths = [_twips(mm) for mm in WIDTHS_MM]
    border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    borders = "".join(
        border.format(side) for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    parts = [
        f"<w:tbl {nsdecls('w')}>",
        f'<w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        f'<w:tblLayout w:type="fixed"/><w:tblBorders>{borders}</w:tblBorders>'
        '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr>",
        "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>",
        # The header row repeats on every page and is never split.
        "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>",
    ]
    parts += [
        _cell(w, _paragraphs(c, bold=True, align="center"), fill="E6E6E6")
        for w, c in zip(widths, columns(lang), strict=True)
    ]
    parts.append("</w:tr>")
    rest = sum(widths[1:])
    for row in appendix_rows(appendix, lang):
        if row.kind != "duty":
            section = row.kind == "section"
            fill = "F2F2F2" if section else ""
            italic = not section
            number, title = row.cells[:2]
            parts.append(
                "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
                + _cell(widths[0], _paragraphs(number, bold=True, italic=italic), fill=fill)
                + _cell(rest, _paragraphs(title, bold=True, italic=italic), span=6, fill=fill)
                + "</w:tr>"
            )
            continue
        cells = [
            _cell(widths[0], _paragraphs(row.cells[0], align="right")),
            *(_cell(w, _paragraphs(c)) for w, c in zip(widths[1:], row.cells[1:], strict=True)),
        ]
        # A duty's row may run onto the next page (under the repeated header): kept whole,
        # tall rows leave pages a third empty.
        parts.append("<w:tr>" + "".join(cells) + "</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)
