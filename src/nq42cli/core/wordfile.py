"""A Word document (.docx) as the text ``nq42 extract`` reads: lines, lists and tables.

Plans reach analysts as Word files, and a copy through the clipboard loses what the
extractor needs most: a list's numbers and letters (``1.``, ``a)``, ``2.1.``) are Word's
automatic numbering, not text, and a task table's cells run together. So the file is
read as Word lays it out:

- each paragraph is a line, its automatic number or bullet written before it as Word
  shows it (counters per list, levels restarting under their parent, ``%1.%2.``
  patterns, decimal, letters and Roman numerals), inserted revisions kept and deleted
  ones dropped (a plan under review is often a file with tracked changes);
- a table of three or more columns, or one headed like a task table (``Nhiệm vụ``,
  ``Cơ quan chủ trì`` …), is a markdown table, its cells' paragraphs joined by
  ``<br>``, a merged cell's text repeated down the rows it spans (each task keeps its
  lead) and written once across the columns it spans;
- any other table (the header block of number and date beside the national motto, the
  signature and ``Nơi nhận`` block) is its cells' lines, row by row, as a copy of a
  signed text gives them.

The standard library reads it (``zipfile``, ``xml.etree``): python-docx, which nq42 uses
to write reports, reads a paragraph's text without its tracked insertions and has no
reading of list numbers, which are the point here. A file that is not a Word document, is
damaged, or declares a DTD (no .docx does; entity expansion is refused outright) raises
:class:`UnreadableWordFile` with a message for the user.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

from nq42cli.core.vocab import roman_numeral

__all__ = ["WORD_LINES_NOTE", "UnreadableWordFile", "docx_text", "is_zip", "sniff_other_format"]

# What a draft from a Word file says of its "line N" marks.
WORD_LINES_NOTE = (
    "source: a Word file; a 'line N' below counts its paragraphs and table rows, "
    "one a line, in the document's order"
)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

# A document.xml over this size is a zip bomb, not a plan (the Government's longest
# programme with its appendix tables is under 5 MB of XML).
_MAX_PART_BYTES = 64 * 1024 * 1024

# Words of a task table's header row; a two-column table with none is layout.
_TABLE_HEADS = re.compile(
    r"(?i)\b(stt|tt|nhiệm vụ|nội dung|cơ quan|đơn vị|chủ trì|phối hợp|thời gian|thời hạn|"
    r"tiến độ|sản phẩm|kết quả|chỉ tiêu)\b"
)

# Elements whose text is not the document's: deleted or moved-away revisions, the
# fallback copy of a drawing, text boxes (read nowhere: their order on the page is
# not the text's), field codes and footnote references.
_SKIP = {
    _W + "del",
    _W + "moveFrom",
    _MC_FALLBACK,
    _W + "txbxContent",
    _W + "instrText",
    _W + "delText",
}


class UnreadableWordFile(ValueError):
    """The file is not a Word document nq42 can read; ``str()`` says why."""


def is_zip(raw: bytes) -> bool:
    """True for a zip container (.docx, .xlsx, .odt …): they all start so."""
    return raw.startswith(b"PK\x03\x04")


def sniff_other_format(raw: bytes) -> str | None:
    """What a file that is neither text nor .docx is, for the refusal's message."""
    if raw.startswith(b"%PDF"):
        return "a PDF file"
    if raw.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "a Word 97-2003 (.doc) or other old Office file"
    if raw.startswith(b"{\\rtf"):
        return "an RTF file"
    return None


def docx_text(raw: bytes) -> str:
    """The text of the Word document ``raw`` (a .docx file's bytes).

    Laid out as the module's docstring says; raises :class:`UnreadableWordFile`.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as box:
            names = set(box.namelist())
            if "word/document.xml" not in names:
                kind = _container_kind(names)
                raise UnreadableWordFile(f"{kind}, not a Word (.docx) document")
            body = _part(box, "word/document.xml")
            numbering = _part(box, "word/numbering.xml") if "word/numbering.xml" in names else None
            styles = _part(box, "word/styles.xml") if "word/styles.xml" in names else None
    except zipfile.BadZipFile as exc:
        raise UnreadableWordFile(f"a damaged zip container ({exc})") from None
    # zipfile's own signals for a container it cannot open: a compression method it
    # lacks (it raises NotImplementedError), an encrypted member, a truncated file.
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError) as exc:
        raise UnreadableWordFile(f"an unreadable zip container ({exc})") from None
    lists = _Lists(numbering, styles)
    root = body.find(_W + "body")
    if root is None:
        raise UnreadableWordFile("a Word document with no body")
    lines = list(_blocks(root, lists))
    return "\n".join(lines) + "\n" if lines else ""


def _container_kind(names: set[str]) -> str:
    if any(n.startswith("xl/") for n in names):
        return "an Excel workbook"
    if any(n.startswith("ppt/") for n in names):
        return "a PowerPoint file"
    if "content.xml" in names:
        return "an OpenDocument file (save it as .docx)"
    return "a zip archive"


def _part(box: zipfile.ZipFile, name: str) -> ET.Element:
    info = box.getinfo(name)
    if info.file_size > _MAX_PART_BYTES:
        raise UnreadableWordFile(f"{name} is {info.file_size:,} bytes unpacked: too large")
    data = box.read(name)
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:4096]:
        raise UnreadableWordFile(f"{name} declares a DTD, which no Word document does")
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise UnreadableWordFile(f"{name} is not well-formed XML ({exc})") from None


def _val(el: ET.Element | None, attr: str = "val") -> str | None:
    return None if el is None else el.get(_W + attr)


def _int(value: str | None) -> int:
    # A damaged or hand-made file may carry anything in a number's place.
    return int(value) if value and value.isdigit() and len(value) < 6 else 0


# --- lists ------------------------------------------------------------------------


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    legal: bool = False


@dataclass
class _Lists:
    """Word's list definitions and the running counters of each list."""

    numbering: ET.Element | None
    styles: ET.Element | None
    _abstract_of: dict[str, str] = field(default_factory=dict)
    _levels: dict[str, dict[int, _Level]] = field(default_factory=dict)
    _overrides: dict[str, dict[int, int]] = field(default_factory=dict)
    _style_num: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    _counters: dict[str, list[int | None]] = field(default_factory=dict)
    _started: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        if self.numbering is not None:
            for ab in self.numbering.iter(_W + "abstractNum"):
                levels: dict[int, _Level] = {}
                for lvl in ab.iter(_W + "lvl"):
                    start = _val(lvl.find(_W + "start"))
                    levels[_int(lvl.get(_W + "ilvl"))] = _Level(
                        _val(lvl.find(_W + "numFmt")) or "decimal",
                        _val(lvl.find(_W + "lvlText")) or "",
                        _int(start) if start else 1,
                        lvl.find(_W + "isLgl") is not None,
                    )
                self._levels[ab.get(_W + "abstractNumId", "")] = levels
            for num in self.numbering.iter(_W + "num"):
                nid = num.get(_W + "numId", "")
                self._abstract_of[nid] = _val(num.find(_W + "abstractNumId")) or ""
                starts: dict[int, int] = {}
                for ov in num.iter(_W + "lvlOverride"):
                    so = _val(ov.find(_W + "startOverride"))
                    if so and so.isdigit():
                        starts[_int(ov.get(_W + "ilvl"))] = int(so)
                self._overrides[nid] = starts
        if self.styles is not None:
            based: dict[str, str] = {}
            own: dict[str, tuple[str | None, int | None]] = {}
            for st in self.styles.iter(_W + "style"):
                sid = st.get(_W + "styleId", "")
                if (b := _val(st.find(_W + "basedOn"))) is not None:
                    based[sid] = b
                pr = st.find(f"{_W}pPr/{_W}numPr")
                if pr is not None:
                    level = _val(pr.find(_W + "ilvl"))
                    own[sid] = (_val(pr.find(_W + "numId")), _int(level) if level else None)
            for sid in {*based, *own}:
                seen: set[str] = set()
                cur: str | None = sid
                while cur is not None and cur not in own and cur not in seen:
                    seen.add(cur)
                    cur = based.get(cur)
                if cur is not None and cur in own:
                    self._style_num[sid] = own[cur]

    def label(self, p: ET.Element) -> str:
        """The number or bullet Word shows before paragraph ``p``, or ``""``."""
        ppr = p.find(_W + "pPr")
        nid: str | None = None
        ilvl: int | None = None
        style: str | None = None
        if ppr is not None:
            if (style := _val(ppr.find(_W + "pStyle"))) is not None:
                nid, ilvl = self._style_num.get(style, (None, None))
            pr = ppr.find(_W + "numPr")
            if pr is not None:
                nid = _val(pr.find(_W + "numId")) or nid
                if (lv := _val(pr.find(_W + "ilvl"))) is not None:
                    ilvl = _int(lv)
        if not nid or nid == "0" or nid not in self._abstract_of:
            return ""
        level = ilvl or 0
        abstract = self._abstract_of[nid]
        levels = self._levels.get(abstract, {})
        if level not in levels:
            return ""
        if level >= 10:
            return ""
        counts = self._counters.setdefault(abstract, [None] * 10)
        if nid not in self._started:
            # A list instance with a start override begins afresh (Word's "restart
            # numbering"); one without continues its definition's counters.
            self._started.add(nid)
            if self._overrides.get(nid):
                counts[:] = [None] * 10
        starts = self._overrides.get(nid, {})
        now = counts[level]
        counts[level] = starts.get(level, levels[level].start) if now is None else now + 1
        for deeper in range(level + 1, 10):
            counts[deeper] = None
        this = levels[level]
        if this.fmt == "bullet":
            # Word's built-in "List Bullet 2" is a list of its own, one level deep, told
            # apart only by its indent: its style's number says the depth.
            depth = level + (int(style[-1]) - 1 if style and style[-1] in "23456789" else 0)
            return "- " if depth == 0 else "+ "
        if this.fmt == "none":
            return ""

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, _Level())
            n = counts[k]
            if n is None:
                n = starts.get(k, lv.start)
            return _format(n, "decimal" if this.legal else lv.fmt)

        shown = re.sub(r"%([1-9])", number, this.text).strip()
        return f"{shown} " if shown else ""


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        # Word's letters: a … z, then aa, bb … (it repeats the letter).
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        roman = roman_numeral(n)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


# --- text -------------------------------------------------------------------------


def _runs_text(el: ET.Element) -> Iterator[str]:
    for child in el:
        if child.tag in _SKIP:
            continue
        tag = child.tag
        if tag == _W + "t":
            yield child.text or ""
        elif tag == _W + "tab" and el.tag == _W + "r":
            yield "\t"
        elif tag in (_W + "br", _W + "cr") and child.get(_W + "type") != "page":
            yield "\n"
        elif tag == _W + "noBreakHyphen":
            yield "-"
        elif tag == _W + "sym":
            yield ""
        elif tag != _W + "pPr" and tag != _W + "rPr":
            yield from _runs_text(child)


def _paragraph(p: ET.Element, lists: _Lists) -> list[str]:
    text = "".join(_runs_text(p))
    label = lists.label(p)
    lines = text.split("\n")
    if label:
        lines[0] = label + lines[0].lstrip()
    return lines


def _blocks(parent: ET.Element, lists: _Lists, *, nested: bool = False) -> Iterator[str]:
    for el in parent:
        if el.tag == _W + "p":
            yield from _paragraph(el, lists)
        elif el.tag == _W + "tbl":
            yield from _table(el, lists, nested=nested)
        elif el.tag in (_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins"):
            yield from _blocks(el, lists, nested=nested)


def _cell_lines(tc: ET.Element, lists: _Lists) -> list[str]:
    # A table inside a cell is that cell's lines: a markdown row holds no table.
    return [s for s in _blocks(tc, lists, nested=True) if s.strip()]


def _rows(tbl: ET.Element) -> Iterator[ET.Element]:
    for el in tbl:
        if el.tag == _W + "tr":
            yield el
        elif el.tag in (_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins"):
            yield from _rows(el)


def _table(tbl: ET.Element, lists: _Lists, *, nested: bool = False) -> Iterator[str]:
    grid: list[list[list[str]]] = []
    above: dict[int, list[str]] = {}
    for tr in _rows(tbl):
        row: list[list[str]] = []
        col = 0
        for tc in tr.findall(_W + "tc"):
            tcpr = tc.find(_W + "tcPr")
            span_v = _val(tcpr.find(_W + "gridSpan")) if tcpr is not None else None
            span = min(max(_int(span_v), 1), 64)
            vmerge = tcpr.find(_W + "vMerge") if tcpr is not None else None
            if vmerge is not None and _val(vmerge) != "restart":
                lines = list(above.get(col, []))
            else:
                lines = _cell_lines(tc, lists)
            for k in range(span):
                above[col + k] = lines
            row.append(lines)
            row.extend([] for _ in range(span - 1))
            col += span
        grid.append(row)
    if not grid:
        return
    width = max(len(r) for r in grid)
    first = " ".join(" ".join(c) for c in grid[0])
    if nested or (width <= 2 and not _TABLE_HEADS.search(first)):
        for r in grid:
            for c in r:
                yield from c
        return
    yield ""
    for k, r in enumerate(grid):
        cells = [_md_cell(c) for c in r] + [""] * (width - len(r))
        yield "| " + " | ".join(cells) + " |"
        if k == 0:
            yield "|" + "---|" * width
    yield ""


def _md_cell(lines: list[str]) -> str:
    return "<br>".join(s.strip().replace("|", "\\|") for s in lines)
