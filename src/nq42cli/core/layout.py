"""A document's text as the extractor reads it: clean lines and tables, with line numbers.

Plans reach analysts as Word text, PDF copies, web pages turned into markdown. This
module takes any of them and gives back :class:`Line` (one line of prose, markdown
headings and emphasis removed, a line an emphasis run broke joined back) and
:class:`Grid` (the rows of a table) in document order, each with the line it started
on, so every finding can point at the source:

- markdown: ``#`` headings (the level is kept), ``**bold**`` and ``*italic*`` (a run
  that spans lines is joined), ``*   `` list markers (read as ``- ``), backslash
  escapes, rules (``---``) and code fences;
- pipe tables (``| a | b |``, separator rows skipped), lines that hold only ``|`` (the
  cell borders of a layout table around a header: read as blank lines);
- tab-separated rows (three or more cells);
- what a word processor's copy adds: no-break, thin and other wide spaces (read as
  spaces), zero-width characters and soft hyphens (dropped), and list levels written
  as glyphs (``•``, ``o``, ``▪``, the Symbol font's private-use bullets), read as the
  ``-`` and ``+`` of a typed list (:func:`glyph_bullets`);
- a bracketed timing in italics, ``(*quý I/2024*)``, keeps its marks: they say the
  source marked it as the duty's timing;
- what a printed page adds to the text, as a PDF copy gives it (:func:`artefacts`): a
  running header or footer (a line that recurs beside the page numbers, "CÔNG BÁO/Số
  238/Ngày 21-04-2026" then "92"), the page numbers beside it, the footnotes at a page's
  foot ("1 Nghị quyết số 66-NQ/TW …", their marks glued to a word above, "NQ/TW1") and a
  digital signature's stamp ("Ký bởi: …", "Cơ quan: …", "Ngày ký: …"). They are dropped
  with the blank lines around them, so a sentence or a table row a page break split
  reads on.

Tables written one cell per line (what a PDF copy gives) are found later, by
:mod:`nq42cli.core.tables`, from the lines.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
from dataclasses import dataclass, field

from nq42cli.core.text import fold, nfc

__all__ = [
    "Grid",
    "Line",
    "Piece",
    "artefacts",
    "clean",
    "glyph_bullets",
    "pieces",
    "source_lines",
    "wrap_paragraphs",
]


@dataclass(slots=True)
class Line:
    """One line of prose: cleaned text, its source line, its markdown heading level."""

    no: int
    text: str
    heading: int = 0
    blank_before: bool = False
    raw: str = ""  # the source line as written (a PDF copy's cells share lines by spaces)


@dataclass(slots=True)
class Grid:
    """The rows of a table as cells of text, each row with its source line."""

    line: int
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    form: str = "pipe"  # "pipe", "tsv", "bars", "cells" (one cell per line), "layout", "columns"
    notes: dict[int, str] = field(default_factory=dict)  # a row's words placed in no cell
    gaps: set[int] = field(default_factory=set)  # rows that follow a gap in the copy
    parts: set[int] = field(default_factory=set)  # rows that are a further part of the row above
    lines: dict[str, list[str]] = field(default_factory=dict)  # a cell's lines as printed (bars)


Piece = Line | Grid

_HEADING = re.compile(r"^(#{1,6})\s*(.*)$")
_RULE = re.compile(r"^(?:[-=_*]\s*){3,}$|^```")
_STAR_BULLET = re.compile(r"^\*\s+(?=\S)")
_LONE_BULLET = re.compile(r"^\s*[-+–•]\s*$")
# Spaces other than U+0020 (no-break, en to hair, narrow no-break, ideographic): a copy
# from Word or a web page puts them between words, and every rule reads words apart
# by spaces.
_WIDE_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Characters that show nothing: zero-width spaces and joiners, word joiner, a byte
# order mark inside the text, soft hyphens.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_CAPITALS = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
# A list item's bullet at a line's start, by family: typed dashes (and markdown's "*"),
# "+", or one glyph of a word processor's list levels ("o" only before a tab, as Word
# copies its second level, or the spaces a copy put for the tab, or before a capital: no
# sentence opens on the word "o"; the Symbol and Wingdings fonts' bullets come out of a PDF
# as private-use characters).
_BULLET_AT = re.compile(
    r"^(?P<indent>\s*)(?:(?P<dash>[-–—]|\*(?=\s))|(?P<plus>\+)"
    r"|(?P<glyph>[•·◦○▪■●▫□➢❖►✓°\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06e]|o(?=\t| {2,}| ["
    + _CAPITALS
    + r"])))"
    r"(?P<gap>[ \t]+|$)"
)
_A_WORD = re.compile(r"[^\W\d_]{2}")
_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
# "(*" and "*)" a note's mark keeps ("(*)", "(*) Ghi chú"), but not a bold run's edge:
# "(**trước ngày 30/11/2025**)" is a bracket around bold text.
_NOTE_OPEN = re.compile(r"\(\*(?!\*)")
_NOTE_CLOSE = re.compile(r"(?<!\*)\*\)")
_MARKED_OPEN = "\x00"  # stand-ins for "(*" and "*)" while emphasis is removed
_MARKED_CLOSE = "\x01"
_JOIN_LIMIT = 6  # an emphasis run is joined over at most this many lines


def pieces(text: str) -> list[Piece]:
    """The lines and tables of ``text`` in order (see the module's docstring)."""
    raw, dropped = _raw_lines(text)
    width = wrap_width(raw)
    spaced = _spaced(raw)
    out: list[Piece] = []
    i = 0
    blank = False
    bare_end = 0  # the end of a bare-piped table's rows (read as lines, by the extractor)
    while i < len(raw):
        if i in dropped:
            i += 1
            continue
        if i >= bare_end and _BARE_HEADER.match(raw[i].strip()):
            bare_end = _bare_block_end(raw, i)
        table = _table_at(raw, i) if i >= bare_end else None
        if table is not None:
            grid, i = table
            if grid.rows:
                out.append(grid)
            blank = False
            continue
        first = i
        line = raw[i]
        joined = line
        # A bullet alone on its line ("-" then the item's words on the next line, as a
        # hard-wrapped copy gives it): the item starts there.
        if _LONE_BULLET.match(line) and i + 1 < len(raw) and raw[i + 1].strip():
            nxt = raw[i + 1].strip()
            if not _is_pipe_row(nxt) and nxt != "|" and i + 1 not in dropped:
                i += 1
                joined = line = f"{line.strip()} {nxt}"
        # An emphasis run open at the end of a line goes on: join the next lines. In a
        # hard-wrapped copy of a text whose paragraphs stand between blank lines, a line
        # its paragraph's wrap cut goes on too.
        skipped = 0  # the empty lines a spaced copy put inside an open emphasis run
        while i + 1 < len(raw):
            i, skipped, nxt = _next_line(raw, dropped, i, skipped, joined)
            if _open_emphasis(joined) and i + 1 - first - skipped < _JOIN_LIMIT:
                # An open label's run ("**Điều 5." then its title "… cấp xã**") is as
                # open as a sentence's: a short line ends a sentence there too.
                after = _after_spacing(raw, i, 1) if spaced and not nxt else 0
                if after and not _ITEM_START.match(raw[after].strip().lstrip("*_ ")):
                    skipped += after - i - 1
                    i, nxt = after - 1, raw[after].strip()
                if not nxt or _is_pipe_row(nxt) or nxt == "|" or _OWN_RUN.match(nxt):
                    break
            elif (
                (width is None or not _wraps_on(raw, i, width))
                and not _dash_cut(raw[i], raw[i + 1])
                and not (i == first and _bracket_closes(joined, nxt))
            ):
                break
            i += 1
            joined = f"{joined.rstrip()} {nxt}"
        i += 1
        cleaned = clean(joined) if any(c.isalnum() for c in joined) else None
        if line.strip() == "|" or cleaned is None or not cleaned[0]:
            blank = True
            continue
        out.append(Line(first + 1, cleaned[0], cleaned[1], blank_before=blank, raw=joined))
        blank = False
    return out


_RUN_OPENS_LINE = re.compile(r"^\s*(?:\*{1,2}|_{1,2})(?=[^\s*_])")


def _next_line(
    raw: list[str], dropped: set[int], i: int, skipped: int, joined: str
) -> tuple[int, int, str]:
    """The next line ``joined`` (ending at ``i``) may go on with, after any page artefact.

    Given as its index less one, the lines passed over so far, its text. A page that
    broke inside a bold title ("**1. Về việc rà soát," / "2" / "làm sạch dữ liệu …**")
    left its number there: an open emphasis run goes on past it. Only a run that opens
    the line: a stray mark an OCR copy left in a footer ("84-8-3930 3279 *") opens none.
    """
    if i + 1 in dropped and _RUN_OPENS_LINE.match(joined) and _open_emphasis(joined):
        j = i + 1
        while j < len(raw) and j in dropped:
            j += 1
        if j < len(raw) and raw[j].strip():
            skipped += j - i - 1
            i = j - 1
    return i, skipped, raw[i + 1].strip()


_BRACKET_TAIL_WORDS = 4  # words of a bracketed line's wrapped end, at most


def _bracket_closes(line: str, nxt: str) -> bool:
    """Whether ``nxt`` is the wrapped end of a line that opens with a bracket.

    "(Kèm theo … của Sở Công" then "Thương)": a caption in brackets is one line; a copy
    cut at a width may leave its last words and the closing bracket on the next. Only a
    line that opens with the bracket, and a few words closing it and opening none, are
    so joined.
    """
    s = line.strip()
    return (
        s.startswith("(")
        and s.count("(") > s.count(")")
        and nxt.rstrip(" .").endswith(")")
        and "(" not in nxt
        and nxt.count(")") == 1
        and len(nxt.split()) <= _BRACKET_TAIL_WORDS
        and _prose(nxt)
    )


def source_lines(text: str) -> list[str]:
    """``text``'s lines as ``pieces`` reads them, a ``Line.no`` of 1 the first.

    Its spaces as one (a no-break space, a justified copy's doubled gaps), a word
    processor's glyph bullets as "-" and "+", a page's artefacts empty: a rule that looks
    again at a line as printed reads every copy of it alike.
    """
    return _raw_lines(text)[0]


def _raw_lines(text: str) -> tuple[list[str], set[int]]:
    """``text``'s lines as typed (spaces, bullets), and the page artefacts among them."""
    text = _INVISIBLE.sub("", _WIDE_SPACE.sub(" ", nfc(text)))
    text = _single_spaced(text)
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    raw = glyph_bullets(dedented(unquoted(raw)))
    raw = _rows_above_numbers(raw)
    dropped = artefacts(raw)
    # A page's artefact is neither text nor a blank line between paragraphs.
    return [("" if k in dropped else x) for k, x in enumerate(raw)], dropped


def dedented(raw: list[str]) -> list[str]:
    """``raw`` less the indent every line with words shares (a copy that set all in by a tab).

    Only a line set in further than the rest says anything by its indent. A tab between
    cells (a spreadsheet's copy) keeps its lines as they are: the tab opens a cell.
    """
    typed = [x for x in raw if x.strip()]
    if not typed or any("\t" in x.strip() for x in typed):
        return raw
    indents = [x[: len(x) - len(x.lstrip())] for x in typed]
    shared = min(indents, key=len)
    while shared and not all(x.startswith(shared) for x in indents):
        shared = shared[:-1]
    if not shared:
        return raw
    return [x[len(shared) :] if x.strip() else x for x in raw]


# A markdown quote's marks at a line's start ("> ", "> > "), and an item opening after them.
_QUOTE = re.compile(r"^\s*>(?:[ \t]?>)*(?:[ \t]|$)")
_QUOTED_ITEM = re.compile(
    r"^(?:[-+–•*]\s|\\?[-+]\s|\d{1,3}(?:\.\d{1,3})*\\?[.)]\s|[a-zđ]\)\s|\*\*[a-zđ\d]{1,3}[.)])"
)


def unquoted(raw: list[str]) -> list[str]:
    """``raw`` without the quote marks of a quoted block that holds a list's items.

    A converter sets a paragraph Word indented as a markdown quote ("> a) Sở X …"): its
    items are the plan's as much as unquoted ones. A quoted note of prose ("> **Ghi chú:**
    …") is an editor's aside and keeps its marks.
    """
    out = list(raw)
    k = 0
    while k < len(raw):
        if not _QUOTE.match(raw[k]):
            k += 1
            continue
        end = k
        while end < len(raw) and _QUOTE.match(raw[end]):
            end += 1
        said = [_QUOTE.sub("", x, count=1) for x in raw[k:end]]
        if any(_QUOTED_ITEM.match(x.strip()) for x in said):
            out[k:end] = said
        k = end
    return out


# An OCR'd table's row read line by line: its number and a "|" before a small letter
# ("1.1 | thuế, các nội dung …"), the row's first line(s) above it.
_NUMBER_MID_ROW = re.compile(r"^\s*(\d{1,2}\.\d{1,2})\.?\s*\|\s*(?=[^\W\d_])(\S.*)$")
_ROW_ABOVE = 4  # lines of a row's first cell above its number, at most


def _rows_above_numbers(raw: list[str]) -> list[str]:
    """``raw`` with a row's number moved up to its row's first line.

    An OCR'd table row read line by line puts its number in the middle of its first
    cell ("Duy trì, nâng cấp …" / "trong lĩnh vực …" / "1.1 | thuế, các nội dung …"):
    the number's line opens with a small letter after the "|", so the cell began above.
    The row begins at the nearest line above that opens with a capital, the lines
    between opening with small letters; the number goes there. Anything else above (a
    number, a "|", a bracket, a sentence's end) leaves the lines as they are.
    """
    out = list(raw)
    for k, line in enumerate(raw):
        m = _NUMBER_MID_ROW.match(line)
        if m is None or not m.group(2)[0].islower():
            continue
        start = _row_start_above(raw, k)
        if start is not None:
            out[start] = f"{m.group(1)} {raw[start].strip()}"
            out[k] = m.group(2)
    return out


def _row_start_above(raw: list[str], k: int) -> int | None:
    """The nearest line above ``raw[k]`` opening with a capital, over small-letter lines."""
    seen = 0
    for j in range(k - 1, -1, -1):
        s = raw[j].strip()
        if not s:
            continue
        seen += 1
        word = s.split()[0]
        if seen > _ROW_ABOVE or not s[0].isalpha() or (len(word) > 2 and word.isupper()):
            return None  # a number, a mark, a header ("STT …"): no cell's first line
        if s[0].isupper():
            return j
        if s.rstrip(" _-—¬;").endswith((".", ":", "|")):
            return None  # a sentence ends above the number: the row began there
    return None


_ONE_SPACE = re.compile(r"(?<=\S) (?=\S)")
_TWO_SPACES = re.compile(r"(?<=\S)  (?=\S)")
_ROW_NUMBER_GAP = re.compile(r"(?m)^([ \t]*\d{1,3})  (?=\S)")
_DOUBLED_MIN = 20  # word gaps of two spaces a text holds at least to be spaced so …
_DOUBLED_SHARE = 20  # … this many times its gaps of one space, at least


def _single_spaced(text: str) -> str:
    """``text`` with its words one space apart, when a copy put two between them all.

    A justified PDF's copy may set every word two spaces apart; a line's cells set apart
    by spaces, a label's gap, read by their width, would all look wider than they are.
    Only a text whose gaps between words are nearly all of two spaces is so read: each
    such gap becomes one space (wider runs are left, still wider than a word's gap).
    """
    doubled = len(_TWO_SPACES.findall(text))
    if doubled < _DOUBLED_MIN or doubled < _DOUBLED_SHARE * len(_ONE_SPACE.findall(text)):
        return text
    # A row's number before its cell ("7  Đề án …", a PDF table's copy) keeps its gap.
    # A number before a small letter ("01  kho lưu trữ …") is a wrapped line's word: a
    # cell does not open with a small letter.
    text = _ROW_NUMBER_GAP.sub(
        lambda m: m.group(1) + ("  " if text[m.end()].islower() else "\x02"), text
    )
    return _TWO_SPACES.sub(" ", text).replace("\x02", "  ")


# What opens a line of its own in a wrapped copy: a heading, a bullet, a rule …
_OPENS_LINE = re.compile(r"^(?:#|[-–—•·+*]\s|\(\s*\d{1,2}\s*\))")
# … and a label, unless the line above breaks off mid-phrase ("… khóa" then "XI. Giải
# quyết …": the wrap put a numeral first).
_LABEL_FIRST = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})*\s*[.)](?:\s|$)|[a-zđ]\s*\)|[IVXLC]+\s*[-.–)]\s"
    r"|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+\b)"
)
_WRAP_WIDTHS = (40, 120)  # the widths a hard-wrapped copy is cut at
_WRAPS_MIN = 3  # line breaks a wrap explains, at least
_WRAP_SHARE = 10  # … this many times the breaks it does not explain, at least


def _prose(line: str) -> bool:
    # A rule (a setext heading's underline "====", a page's "----") is the page's
    # layout, neither a paragraph's wrap nor its end.
    return (
        bool(line.strip())
        and "|" not in line
        and "\t" not in line
        and not _RULE.match(line.strip())
    )


# A sentence's end: its stop, then any closing quote, bracket or emphasis.
_SENTENCE_CLOSE = re.compile(r"[.!?…:;][\"”’)\]*_]*$")


def _sentence_break(cur: str, nxt: str) -> bool:
    """Whether a sentence ends ``cur`` and a new one opens ``nxt`` (a capital first).

    A page whose paragraphs follow one another with no blank line between them (a news
    page saved line by line) breaks there in the original too: such a break tells
    nothing of a wrap, for it or against it.
    """
    head = nxt.strip().lstrip('"“‘(*_')
    return bool(_SENTENCE_CLOSE.search(cur.rstrip())) and head[:1].isupper()


def _wrap_pair(cur: str, nxt: str) -> tuple[int, int] | None:
    """The widths a wrap that cut ``cur`` before ``nxt`` was made at: (from, to) inclusive.

    None when the two lines cannot be one paragraph's (not prose, a heading above, a
    heading, bullet or label opening the next line).
    """
    cur = cur.rstrip()
    nxt = nxt.strip()
    if not _prose(cur) or not _prose(nxt):
        return None
    if cur.lstrip().startswith("#") and (not nxt or nxt[0].isupper()):
        # A heading is one line, but a wrap may cut a long one: what opens in small
        # letters or figures ("# Kế hoạch … thời kỳ" then "2021 - 2030, tầm nhìn …") goes on.
        return None
    if _OPENS_LINE.match(nxt) or _RULE.match(nxt):
        return None
    if _LABEL_FIRST.match(nxt) and not cur[-1].isalnum():
        return None
    if len(cur) > _WRAP_WIDTHS[0] and " " not in cur.strip():
        # A word longer than the width (a link's address) stands alone on its line, cut
        # at any width below its length; the next word never fits after it.
        return _WRAP_WIDTHS[0], len(cur) + len(nxt.split()[0])
    return len(cur), len(cur) + len(nxt.split()[0])


def _front_matter_end(raw: list[str]) -> int:
    """The index after a page's front matter ("---", "layout: post", "title: …", "---").

    A blog's or a static site's post opens with its fields, one a line: no paragraph,
    so its breaks tell nothing of a wrap. 0 when the text opens with none.
    """
    filled = [k for k, x in enumerate(raw) if x.strip()]
    if not filled or raw[filled[0]].strip() != "---":
        return 0
    for k in filled[1:]:
        if raw[k].strip() == "---":
            return k + 1
    return 0


def wrap_width(raw: list[str]) -> int | None:
    """The width a hard-wrapped copy of a text of blank-line paragraphs was cut at.

    An e-mail, a news page saved as text: each paragraph (a line of its own between
    blank lines in the original) broken into lines of about 80 characters, the break
    put where the next word would not fit. The width is the one that explains the most
    line breaks (two lines with no blank between) as such cuts; a copy is wrapped when
    such cuts are nearly all its breaks but where a sentence ends (a page whose
    paragraphs follow each other with no blank line breaks there in any copy) — a PDF
    copy breaks where an item opens and where its proportional type filled a line of
    another width, again and again, and is read as it is. None when the text is not so
    wrapped.
    """
    lo, hi = _WRAP_WIDTHS
    raw = raw[_front_matter_end(raw) :]
    count = [0] * (hi + 2)
    for cur, nxt in itertools.pairwise(raw):
        if not _prose(cur) or not _prose(nxt):
            continue
        span = _wrap_pair(cur, nxt)
        if span is None or span[1] < lo or span[0] > hi:
            continue
        count[max(span[0], lo)] += 1
        count[min(span[1], hi) + 1] -= 1
    best, width, running = 0, 0, 0
    for w in range(lo, hi + 1):
        running += count[w]
        if running > best:
            best, width = running, w
    # A break neither a wrap at that width nor a sentence's end counts against.
    against = sum(
        1
        for cur, nxt in itertools.pairwise(raw)
        if _prose(cur)
        and _prose(nxt)
        and not _wrapped(cur, nxt, width)
        and not _sentence_break(cur, nxt)
        and not _dash_cut(cur, nxt)
        and not _short_before_capital(cur, nxt, width)
    )
    # One odd break (a caption's credit "Ảnh: T.N" before the caption again) is let
    # pass: a short page has too few wraps to outweigh it, and a PDF copy breaks
    # otherwise than at one width again and again.
    if best < _WRAPS_MIN or _WRAP_SHARE * (against - 1) > best:
        return None
    return width


# A dash between words, as a name or a span writes it ("Vĩnh Tân - Sông Mây", "2021 - 2025").
_SPACED_DASH = re.compile(r"\w [-–] \w")
_FULL_LINE = 60  # characters of a line a wrap cut, at least (the narrowest copies' 80, less a word)


# The names written with a dash inside ("Lao động - Thương binh và Xã hội"), folded, as the
# words before the dash (without the body's kind: "Sở", "Phòng" write it too) and the two
# words after it: a wrap that broke a name at its dash is told by them.
_DASHED_NAMES = (("lao dong", "thuong binh"), ("chinh tri", "xa hoi"))


def _dash_cut(cur: str, nxt: str) -> bool:
    """Whether ``nxt`` opens with a dash a line break cut from the words around it.

    "… đường dây 500 kV Vĩnh Tân - rẽ Sông Mây" then "- Tân Uyên, đường dây …": a line
    of prose, full as a wrap leaves it, that writes names and spans with " - " broke
    mid-phrase (no mark ends it) before one. A list's item opens after a lead-in's ":"
    or another item (whose last line is seldom full), not there.
    """
    cur = cur.rstrip()
    return (
        len(cur) >= _FULL_LINE
        and _prose(cur)
        and _prose(nxt)
        and cur[-1:].isalnum()
        and not _OPENS_LINE.match(cur.lstrip())
        and not cur.lstrip().startswith("|")
        and bool(re.match(r"[-–] \w", nxt.strip()))
        and (bool(_SPACED_DASH.search(cur)) or _name_at_dash(cur, nxt))
    )


def _name_at_dash(cur: str, nxt: str) -> bool:
    """Whether a name written with a dash inside broke at its dash.

    "(thông qua Sở Lao động" then "– Thương binh và Xã hội) chậm nhất …".
    """
    before, after = fold(cur[-30:]), fold(nxt.strip()[2:40])
    return any(before.endswith(b) and after.startswith(a) for b, a in _DASHED_NAMES)


def wrap_paragraphs(raw: list[str]) -> list[tuple[int, int]] | None:
    """The paragraphs of a hard-wrapped copy as spans of ``raw`` (from, to exclusive).

    The lines :func:`pieces` joins back into one paragraph, for a rule that must read a
    paragraph whole before the pieces are made (a news page's body on one line). None
    when the text is not so wrapped.
    """
    width = wrap_width(raw)
    if width is None:
        return None
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(raw):
        first = i
        while i + 1 < len(raw) and (_wraps_on(raw, i, width) or _dash_cut(raw[i], raw[i + 1])):
            i += 1
        i += 1
        spans.append((first, i))
    return spans


def _short_before_capital(cur: str, nxt: str, width: int) -> bool:
    """Whether ``cur`` ends short of ``width`` (``nxt``'s first word would fit), a capital next.

    A title, a date line, a paragraph's last line: a wrapped copy ends them so as much
    as the copy that kept each paragraph on one line; such a break tells nothing of a wrap.
    """
    head = nxt.strip().lstrip('"“‘(*_')
    word = (nxt.split(maxsplit=1) or [""])[0]
    return head[:1].isupper() and len(cur.rstrip()) + 1 + len(word) <= width


def _wraps_on(raw: list[str], i: int, width: int) -> bool:
    """Whether ``raw[i + 1]`` goes on with ``raw[i]``'s paragraph in a wrapped copy.

    The text's first line is its title, a line of its own: a wrap cuts a long one
    mid-phrase, before a word in small letters, but a capital after it opens the body
    the title stands over ("… trước ngày 10.2" then "Sau vụ …"), even where the title
    is as long as the width. A first line ending on a mark ("… Phú Ninh," then "Tiên
    Phước, …") is a paragraph's, which goes on.
    """
    if (
        not any(x.strip() for x in raw[:i])
        and raw[i].rstrip()[-1:].isalnum()
        and raw[i + 1].strip()[:1].isupper()
    ):
        return False
    return _wrapped(raw[i], raw[i + 1], width)


def _wrapped(cur: str, nxt: str, width: int) -> bool:
    """Whether ``nxt`` goes on with ``cur``'s paragraph in a copy wrapped at ``width``."""
    span = _wrap_pair(cur, nxt)
    return span is not None and span[0] <= width <= span[1]


# A page's picture in markdown, its caption copied with the tab before the photo's credit
# (alt text and title alike: "![… giao ban\tẢnh: Q.H](https://… "… giao ban\tẢnh: Q.H")"):
# one image, not a row of cells.
_IMAGE_LINE = re.compile(r"^!\[[^\]]*\]\([^)]*\)$", re.DOTALL)


# A table's header row with its cells split by bars and none at its ends: "STT | Nội dung |
# … | Thời hạn hoàn thành" (a Word table flattened, or an OCR grid printed row by row).
_BARE_HEADER = re.compile(r"^S?TT\.?\s*\|(?:[^|]*\|){2,}[^|]*[^|\s][^|]*$", re.IGNORECASE)


def _bare_block_end(raw: list[str], i: int) -> int:
    """The index after a bare-piped table's rows from its header at ``raw[i]``.

    Its rows are the lines that carry a bar; a row with no number opens with one, and
    one whose last cell is empty closes with one, so a row can look like a pipe table's:
    none of them is read as one.
    """
    k = i + 1
    while k < len(raw) and "|" in raw[k] and raw[k].strip() != "|":
        k += 1
    return k


def _table_at(raw: list[str], i: int) -> tuple[Grid, int] | None:
    """The table that starts at ``raw[i]`` and the index after it, if one does."""
    stripped = raw[i].strip()
    if _is_pipe_row(stripped):
        return _pipe_table(raw, i)
    if (
        raw[i].count("\t") >= 2
        and len([c for c in raw[i].split("\t") if c.strip()]) >= 3
        and not _IMAGE_LINE.match(stripped)
    ):
        return _tsv_table(raw, i)
    if stripped == "|":
        return _bar_table(raw, i) or _headless_pipe_table(raw, i)
    if _OPEN_PIPE_ROW.match(stripped):
        return _quoted_rows(raw, i)
    return None


def _quoted_rows(raw: list[str], i: int) -> tuple[Grid, int] | None:
    """Rows a page quotes from a numbered task table, with no header and no bars above.

    "39 | Khuyến khích … | Bộ Tài chính | Bộ Y tế, … | Báo cáo kết quả | 2026 |" then
    "40 | …": a legal page quotes the appendix's rows it speaks of, numbered on from
    where they stand in it. Read as a headless table while the numbers count on.
    """
    first = _OPEN_PIPE_ROW.match(raw[i].strip())
    assert first is not None
    start = int(first.group(1))
    rows: list[tuple[int, list[str]]] = []
    k = i
    while k < len(raw) and (m := _OPEN_PIPE_ROW.match(raw[k].strip())):
        if int(m.group(1)) != start + len(rows):
            break
        rows.append((k + 1, _pipe_cells("|" + raw[k].strip())))
        k += 1
    if len(rows) < _HEADLESS_ROWS or min(len(c) for _, c in rows) < _QUOTED_CELLS:
        return None
    width = max(len(cells) for _, cells in rows)
    grid = Grid(i + 1, [(i + 1, [""] * width)])
    grid.rows.extend((no, cells + [""] * (width - len(cells))) for no, cells in rows)
    return grid, k


_QUOTED_CELLS = 4  # cells of a quoted task row, at least (number, task, owner, time)


# A row of a web table copied without its first bar: "3 | Khám sức khỏe … | Xong trước …|".
_OPEN_PIPE_ROW = re.compile(r"^(\d{1,3})\.?\s*\|.*\|$")
_HEADLESS_ROWS = 2  # numbered rows a header of bars alone must head, at least


def _headless_pipe_table(raw: list[str], i: int) -> tuple[Grid, int] | None:
    """A web table whose header cells are empty: lines of ``|`` alone, then its rows.

    A page's table with no header words comes out as one ``|`` line per empty header
    cell, then a row a line, each opening with its number and closing with ``|``
    ("1 | Rà soát … | Xong trước ngày 15/9 |"). Its header stays empty (one cell per
    column), for the reader to name the columns by what the rows hold; the rows are
    taken only while they number 1, 2, 3 … in order.
    """
    k = i
    while k < len(raw) and raw[k].strip() == "|":
        k += 1
    rows: list[tuple[int, list[str]]] = []
    while k < len(raw) and (m := _OPEN_PIPE_ROW.match(raw[k].strip())):
        if int(m.group(1)) != len(rows) + 1:
            break
        rows.append((k + 1, _pipe_cells("|" + raw[k].strip())))
        k += 1
    if len(rows) < _HEADLESS_ROWS:
        return None
    width = max(len(cells) for _, cells in rows)
    grid = Grid(i + 1, [(i + 1, [""] * width)])
    grid.rows.extend((no, cells + [""] * (width - len(cells))) for no, cells in rows)
    return grid, k


def _tsv_table(raw: list[str], i: int) -> tuple[Grid, int]:
    """A tab-separated table from its header row at ``raw[i]``.

    Rows are lines, but a spreadsheet's or Word's copy keeps a cell's own line breaks:
    the row then goes on over the next lines (a spreadsheet also quotes such a cell,
    ``"…"``). A line short of the header's cells, or whose last cell opens a quote it
    does not close, is gathered with the lines after it, a cell's lines joined, when
    that makes the row exactly as wide as the header with every quote closed and no
    line gathered opens with a row's number (the next row); else it stands as it is.
    """
    grid = Grid(i + 1, form="tsv")
    start = i
    header, after = _tsv_header(raw, i)
    width = len(header)
    if after > i + 1:
        grid.rows.append((grid.line, header))
        i = after
    # Rows under a number column left blank in every row open with an empty cell: a
    # line that so opens is the next row, as a printed number is. Once a row is
    # numbered, an empty number cell is a page split's continuation, read as it was.
    blank = _NUMBER_HEADER.match(fold(header[0]).strip(" *.:")) is not None
    while i < len(raw) and "\t" in raw[i]:
        cells = raw[i].split("\t")
        end = i + 1
        if i > start:
            blank = blank and not cells[0].strip()
        unnumbered = blank and i > start
        if len(cells) < width or _open_quote(cells[-1]):
            got, j = list(cells), i + 1
            while (len(got) < width or _open_quote(got[-1])) and j < len(raw) and raw[j].strip():
                nxt = raw[j].split("\t")
                if len(got) + len(nxt) - 1 > width or _ROW_LABEL.match(nxt[0]):
                    break
                if unnumbered and len(nxt) > 1 and not nxt[0].strip():
                    break
                got[-1] += "\n" + nxt[0]
                got += nxt[1:]
                j += 1
            if not _open_quote(got[-1]) and (
                len(got) == width or (len(got) == width - 1 and _quoted_lines(got))
            ):
                cells, end = [*got, *[""] * (width - len(got))], j
        if len(cells) < width and raw[i].count("\t") < 2 and not _group_row(raw, i, end):
            break
        if len(cells) == width:
            end = _run_on(raw, end, cells, unnumbered=unnumbered)
        grid.rows.append((i + 1, [_tsv_cell(c) for c in cells]))
        i = end
    return grid, i


def _quoted_lines(cells: list[str]) -> bool:
    """Whether a gathered row holds a spreadsheet's quoted cell of lines (a cell broken over lines).

    A task register's export quotes such cells and may print a row one cell short of
    its header (a column it leaves out of every row, at the end): a row so gathered,
    every quote closed and the next row's number next, is that row, its last cell empty.
    """
    return any(c.lstrip().startswith('"') and "\n" in c for c in cells)


# A number column's header, folded: "STT", "TT", "Số TT", "Số thứ tự".
_NUMBER_HEADER = re.compile(r"^(?:stt|tt|so tt|so thu tu)$")


def _tsv_header(raw: list[str], i: int) -> tuple[list[str], int]:
    """A tab-separated table's header cells and the index after them.

    A header cell with a line break of its own ("Đơn vị" / "chủ trì") breaks the header
    row in two, the break inside that cell: the second line opens with the cell's later
    words (small letters, no row's label). The two lines are one header when, joined at
    that cell, they are exactly as wide as the row under them (its lines gathered, as a
    row's cell of lines is: see :func:`_tsv_table`); else the first line stands alone,
    as it did.
    """
    first = raw[i].split("\t")
    if i + 2 < len(raw) and "\t" in raw[i + 1] and "\t" in raw[i + 2]:
        nxt = raw[i + 1].split("\t")
        opens = nxt[0].strip()
        joined = [*first[:-1], first[-1].rstrip() + "\n" + opens, *nxt[1:]]
        if (
            opens[:1].islower()
            and all(c.strip() for c in joined)
            and _fills(raw, i + 2, len(joined))
        ):
            return [_tsv_cell(c) for c in joined], i + 2
    return [_tsv_cell(c) for c in first], i + 1


def _fills(raw: list[str], j: int, width: int) -> bool:
    """Whether the row at ``raw[j]``, its lines gathered, is exactly ``width`` cells wide."""
    got = 1
    for line in raw[j:]:
        if not line.strip():
            return False
        got += line.count("\t")
        if got >= width:
            return got == width
    return False


def _group_row(raw: list[str], i: int, end: int) -> bool:
    """Whether a row of two cells, a label then words, is a group's row inside the table.

    A table whose rows nest gives a group its label and title only ("a)", tab, "Nhóm …", as a
    pipe table's "| a) | Nhóm … |"); the rows under it go on with tabs.
    """
    cells = raw[i].split("\t")
    return (
        len(cells) == 2
        and bool(_ROW_LABEL.match(cells[0]))
        and bool(cells[1].strip())
        and end < len(raw)
        and "\t" in raw[end]
    )


# A row's label alone in its first cell: "12", "12.", "III", "b)", bold or not.
_ROW_LABEL = re.compile(r"^\s*(\**)(?:\d{1,3}\.?|[IVXLC]+\.?|[a-zđ]\))\1\s*$")


_RUN_ON_LINES = 8  # lines of a last cell's own words between two rows, at most
# A line that opens with a label ("II. …", "a) …", "3. …"): a group's heading or a row.
_LABELLED = re.compile(r"^\s*(?:[IVXLC]+|[A-Za-zđ]|\d{1,3})\s*[.)]")


def _run_on(raw: list[str], end: int, cells: list[str], *, unnumbered: bool = False) -> int:
    """Where a full row ends, its last cell's later lines taken in.

    Word's copy of a last cell with line breaks leaves its later lines without a tab.
    Lines with no tab and no label, followed by a row that opens with the next row's
    number (or, in a table whose number column is blank, ``unnumbered``, with an empty
    cell), are that cell's words (after the table's last row nothing tells them from
    the text after it: they are left out).
    """
    j = end
    while (
        j < len(raw)
        and j - end < _RUN_ON_LINES
        and raw[j].strip()
        and "\t" not in raw[j]
        and not _LABELLED.match(raw[j])
    ):
        j += 1
    if j == end or j >= len(raw) or "\t" not in raw[j]:
        return end
    opens = raw[j].split("\t")[0]
    if not (_ROW_LABEL.match(opens) or (unnumbered and not opens.strip())):
        return end
    cells[-1] += "\n" + "\n".join(raw[end:j])
    return j


def _open_quote(cell: str) -> bool:
    """Whether a spreadsheet's quoted cell goes on past this line (its closing quote to come)."""
    c = cell.lstrip()
    return c.startswith('"') and c.count('"') % 2 == 1


def _tsv_cell(cell: str) -> str:
    """A cell's words on one line; a spreadsheet's quotes around a cell of lines taken off."""
    c = cell.strip()
    if "\n" in c and len(c) > 1 and c[0] == c[-1] == '"':
        c = c[1:-1].replace('""', '"')
    return " ".join(part.strip() for part in c.split("\n") if part.strip())


def _pipe_table(raw: list[str], i: int) -> tuple[Grid, int]:
    """A markdown pipe table from its header row at ``raw[i]``.

    Rows are lines. A copy that broke its rows over lines — a line that opens with
    ``|`` and does not close, a line that closes and does not open — has each row
    gathered until it holds as many cells as the header: a cell's lines are joined, and
    a cell the break left empty stays empty. A row that only names a group ("| I. Văn
    bản … |") or holds nothing stands alone.
    """
    grid = Grid(i + 1)
    width = len(_pipe_cells(raw[i]))
    end = i
    broken = False
    while end < len(raw) and raw[end].strip() and _in_pipe_block(raw[end].strip()):
        broken = broken or (not _is_pipe_row(raw[end].strip()) and raw[end].strip() != "|")
        end += 1
    if not broken:
        for k in range(i, end):
            s = raw[k].strip()
            if _is_pipe_row(s) and not _PIPE_SEPARATOR.match(s):
                grid.rows.append((k + 1, _pipe_cells(raw[k])))
        return grid, end
    buffer: list[str] = []
    start = i
    for k in range(i, end):
        s = raw[k].strip()
        if s == "|" or _PIPE_SEPARATOR.match(s):
            continue
        if not buffer:
            start = k
        buffer.append(s)
        row = " ".join(buffer)
        cells = _pipe_cells(row) if row.startswith("|") else []
        closed = row.endswith("|") and row.startswith("|")
        alone = closed and len(buffer) == 1 and _stands_alone(cells)
        if closed and (len(cells) >= width or alone or k + 1 == end):
            grid.rows.append((start + 1, cells))
            buffer = []
    if buffer:
        grid.rows.append((start + 1, _pipe_cells(" ".join(buffer).strip("|").join("||"))))
    return grid, end


def _in_pipe_block(s: str) -> bool:
    return s.startswith("|") or s.endswith("|")


def _stands_alone(cells: list[str]) -> bool:
    """A row of a broken table that is whole on its line: empty, or a group's title."""
    filled = [c for c in cells if c]
    return not filled or (len(filled) == 1 and bool(_GROUP_TITLE.match(cells[0])))


# A line of dots or an ellipsis alone: a page dump's cut ("…....................").
_GAP = re.compile(r"^(?=.*…)[.…]{3,}$|^\.{5,}$")
_GROUP_TITLE = re.compile(r"^[IVXLC]+\s*[.)-]\s*\S")
_BAR_LOOKAHEAD = 40  # lines between two "|" lines of one table, at most


def _bar_table(raw: list[str], i: int) -> tuple[Grid, int] | None:
    """A table with every cell on lines of its own between lines holding only ``|``.

    Web pages turned into text give tables so: ``|`` / ``TT`` / ``|`` / ``Nhiệm vụ`` /
    ``|`` … with ``|`` then ``|`` between rows. Only a block whose first cell is a
    number's header ("TT", "STT") is a table here (a header block laid out in such
    cells is not). Its header is its first row; an empty cell between two ``|`` lines
    ends a row when a row's label follows it (the next number, a first one, a group's
    Roman number) or the row is full, else it is an empty cell.
    """
    segments, gaps, k = _bar_segments(raw, i)
    if len(segments) < 4 or not re.fullmatch(r"s?tt", fold(_bare(segments[0][1])).strip(" .")):
        return None
    header: list[str] = []
    n = 0
    while n < len(segments) and segments[n][1]:
        header.append(_bare(segments[n][1]))
        n += 1
    grid = Grid(i + 1, [(segments[0][0] + 1, header)], form="bars")
    row: list[str] = []
    row_at = 0
    last = 0
    end = k
    cut = False  # a gap in the copy went before: the next row's number may be any
    lost: list[int] = []  # where a group lost in a gap goes in grid.rows
    for s, (at, text) in enumerate(segments[n:], n):
        label = _bare(text)
        cut = cut or at in gaps
        if not text and row:
            row.append("")
            continue
        opens = _row_label(label, last, cut) or _sub_row(label, text, last)
        part = not opens and _further_part(segments, s, len(header), last)
        # Full, or a part's cells would overflow a row that is not: the row ended before them.
        full = len([c for c in row if c]) >= len(header) or (
            part > 0 and bool(row) and not row[-1] and len(row) + part > len(header)
        )
        if row and (full or (not row[-1] and opens)):
            grid.rows.append((row_at + 1, _trim(row, len(header))))
            row = []
        if not row:
            if not text:
                continue
            if not opens and grid.rows:
                if part:  # its number cell is the row's above: an empty one here
                    row_at, row = at, ["", label]
                    grid.parts.add(at + 1)
                    continue
                end = at - 1  # words between two tables (the next one's title): not a row
                break
            row_at = at
            if m := re.fullmatch(r"(\d{1,3})((?:\.\d{1,3})*)\.?", label):
                # numbers fall back (not a row under a group): a group was lost
                if cut and not m.group(2) and int(m.group(1)) <= last:
                    lost.append(len(grid.rows))
                    grid.rows.append((at + 1, [""]))
                if cut:
                    grid.gaps.add(at + 1)
                last = int(m.group(1))
            cut = False
        row.append(label)
    if row:
        grid.rows.append((row_at + 1, _trim(row, len(header))))
    _name_lost_groups(grid, lost)
    grid.lines = {_bare(t): _printed(raw, at) for at, t in segments if _lines(raw, at, t)}
    return grid, end


def _sub_row(label: str, text: str, last: int) -> bool:
    """Whether a cell opens a row under a numbered row: a small letter or a dash alone."""
    return last > 0 and bool(_SUB_ROW.fullmatch(label or text.strip("*_ ")))


def _further_part(segments: list[tuple[int, str]], k: int, width: int, last: int) -> int:
    """How many cells from ``segments[k]`` are a further part of the row above, or 0.

    A row whose number cell spans two lines of the table (merged cells) gives its second
    line without the cells it shares: a task's words and its owner's cell or two, then
    the row's end, then the table's next row ("2", "III"). Words between two tables are
    no such part: the next table's header follows them, or text.
    """
    cells = 0
    j = k
    while j < len(segments) and segments[j][1]:
        cells += 1
        j += 1
    while j < len(segments) and not segments[j][1]:
        j += 1
    if not 2 <= cells < width - 2 or not last:
        return 0
    return cells if j == len(segments) or _row_label(_bare(segments[j][1]), last) else 0


def _lines(raw: list[str], at: int, text: str) -> bool:
    """Whether a bar table's cell at ``raw[at]`` is printed on more than one line."""
    return bool(text) and at + 1 < len(raw) and raw[at + 1].strip() != "|"


def _printed(raw: list[str], at: int) -> list[str]:
    """The lines of a bar table's cell from ``raw[at]`` as printed (to its ``|`` line)."""
    out: list[str] = []
    while at < len(raw) and raw[at].strip() != "|":
        if not raw[at].strip() and not _spacing(raw, at):
            break
        if raw[at].strip() and not _GAP.match(raw[at].strip()):
            out.append(_bare(raw[at]))
        at += 1
    return out


def _bar_segments(raw: list[str], i: int) -> tuple[list[tuple[int, str]], set[int], int]:
    """The cells between ``|`` lines from ``raw[i]``, and the line after them.

    Each cell is (index of its first line, its text); a gap line of the copy
    ("…......") is no cell's words: the cells that held one are returned apart.
    """
    segments: list[tuple[int, str]] = []
    gaps: set[int] = set()
    k = i + 1
    current: list[str] = []
    current_at = k
    spaced = 0  # empty lines between a cell's paragraphs so far
    while k < len(raw):
        s = raw[k].strip()
        if s == "|":
            segments.append((current_at, " ".join(current)))
            current, current_at, spaced = [], k + 1, 0
            k += 1
            continue
        if not s and 0 < k + 1 < len(raw) and raw[k - 1].strip() == raw[k + 1].strip() == "|":
            k += 1  # a cell's spaces alone between its two "|" lines: an empty cell
            continue
        if not s and current and _spacing(raw, k):
            spaced += 1
            k += 1
            continue
        if not s or k - current_at - spaced >= _BAR_LOOKAHEAD:
            k = current_at  # words after the last "|" are no cell: the text after the table
            break
        if _GAP.match(s):
            gaps.add(current_at)
        else:
            current.append(s)
        k += 1
    return segments, gaps, k


def _spacing(raw: list[str], k: int) -> bool:
    """Whether the empty ``raw[k]`` only spaces a bar table's cell into paragraphs.

    A web page's or a PDF's copy puts an empty line after each paragraph, in a cell as
    well: the cell goes on when words and then a ``|`` line follow the empty lines, and
    the ``|`` line opens no table of its own (its next cell is no "STT" header).
    """
    j = k
    while j < len(raw) and not raw[j].strip():
        j += 1
    if j == len(raw) or raw[j].strip() == "|":
        return False
    for n in range(j, min(len(raw), j + _BAR_LOOKAHEAD)):
        s = raw[n].strip()
        if s == "|":
            nxt = next((t.strip() for t in raw[n + 1 :] if t.strip()), "")
            return not re.fullmatch(r"s?tt", fold(_bare(nxt)).strip(" ."))
    return False


def _name_lost_groups(grid: Grid, lost: list[int]) -> None:
    """Number the groups a gap in the copy lost: the one before the next group printed.

    Rows after a gap whose numbers fall back belong to a group whose heading the gap
    took; the group printed next after them is the one after it (VI before VII). With
    no group printed after them, or none free before it, the rows stay where they are.
    """
    for k in reversed(lost):
        at = grid.rows[k][0]
        after = next((_roman_value(r[0]) for _, r in grid.rows[k + 1 :] if _roman_value(r[0])), 0)
        before = max((_roman_value(r[0]) for _, r in grid.rows[1:k]), default=0)
        if after - 1 > before:
            grid.rows[k] = (at, [_ROMANS[after - 2], ""])
        else:
            del grid.rows[k]


_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
           "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"]  # fmt: skip


def _roman_value(label: str) -> int:
    """A group label's value ("VII" → 7), 0 for any other cell."""
    bare = label.strip(" .*")
    return _ROMANS.index(bare) + 1 if bare in _ROMANS else 0


def _bare(text: str) -> str:
    cleaned = clean(text)
    return cleaned[0] if cleaned else ""


def _row_label(label: str, last: int, cut: bool = False) -> bool:
    """Whether a cell opens a row.

    The next number, a first one, or a group's Roman number, alone or with the group's
    title after it in the same cell ("I. NÂNG CAO …").
    """
    if m := re.fullmatch(r"(\d{1,3})\.?", label):
        return cut or int(m.group(1)) in (last + 1, 1)
    if m := _SUB_NUMBER.fullmatch(label):  # "2.3": a row under its number's group
        return cut or int(m.group(1)) in (last, last + 1, 1)
    return bool(
        re.fullmatch(r"[IVXLC]+(?:\.\d{1,2})*\.?", label)
        or _GROUP_TITLE.match(label)
        or _PART_LETTER.fullmatch(label)
    )


# A row under a numbered row of a bar table, labelled by a small letter alone ("a", "b)")
# or a dash ("-", "+"): an item of the numbered row's list (a measured parameter, a place).
_SUB_ROW = re.compile(r"[a-eđg-i]\)?\.?|[-+]")

# A row's number under its group's ("2.3"), and a part's capital letter alone ("A", "B").
_SUB_NUMBER = re.compile(r"(\d{1,3})(?:\.\d{1,3})+\.?")
_PART_LETTER = re.compile(r"[A-HĐ]\.?")


def _trim(row: list[str], width: int) -> list[str]:
    """A row without the empty cells a row boundary left at its end."""
    while len(row) > width and not row[-1]:
        row = row[:-1]
    return row


def glyph_bullets(raw: list[str]) -> list[str]:
    """``raw``'s lines with glyph bullets written as the typed list's ``-`` and ``+``.

    A word processor's list shows its levels as glyphs (``•`` then ``o`` then ``▪``);
    a typed one as ``-`` then ``+``, which is what the rules read. The families are
    ranked by where each is first met: the glyph met before every other family is the
    first level (``-``), every later glyph a level below it (``+``). Typed dashes and
    ``+`` are left as written, so a text without glyph bullets is unchanged. A mark with
    no word after it ranks nothing: a lone dash, or a scan's stamp debris read as one
    ("+ ° ^ ˆ - -" above the title), is no list's level.
    """
    order: list[str] = []
    found: list[tuple[int, re.Match[str]]] = []
    for k, line in enumerate(raw):
        m = _BULLET_AT.match(line)
        if m is None:
            continue
        family = m.group("glyph") or ("-" if m.group("dash") else "+")
        if family not in order and _A_WORD.search(line, m.end()):
            order.append(family)
        if m.group("glyph") or m.group("plus"):
            found.append((k, m))
    # "+ Sở Y tế: …" in a text that types no dash: its "+" is its first level, as a dash
    # would be; under a dash's list it is the second.
    plus_first = bool(order) and order[0] == "+" and "-" not in order
    if not plus_first:
        found = [(k, m) for k, m in found if m.group("glyph")]
    if not found:
        return raw
    out = list(raw)
    for k, m in found:
        if m.group("plus"):
            out[k] = f"{m.group('indent')}-{raw[k][m.end('plus') :]}"
            continue
        mark = "-" if not order or order[0] == m.group("glyph") else "+"
        rest = raw[k][m.end() :]
        out[k] = f"{m.group('indent')}{mark} {rest}" if rest else f"{m.group('indent')}{mark}"
    return out


# "a/ Rà soát …", "2/ Sở Tài chính …", "**II/ TỔ CHỨC THỰC HIỆN**": many offices type a
# label's stop as a slash; it is the outline of "a)", "2." and "II.". A space after the
# slash keeps "đ/c" (đồng chí) and "1/2025" out.
_SLASH_LABEL = re.compile(
    r"^(?P<lead>[ \t]*(?:[*_]{1,3}\s?)?)(?:(?P<letter>[a-zđ])|(?P<number>\d{1,3}|[IVX]{1,5}))/"
    r"(?=[ \t]+[^\d\s/])",
    re.MULTILINE,
)


def slash_labels(text: str) -> str:
    """``text`` with each label typed with a slash ("a/", "2/", "II/") as the outline's own.

    Each such label becomes "a)", "2." or "II.", the forms the rules read; every line
    keeps its length, so a line's words stay where the source has them.
    """
    if "/" not in text:
        return text
    return _SLASH_LABEL.sub(_slash_label, text)


def _slash_label(m: re.Match[str]) -> str:
    letter = m.group("letter")
    label = f"{letter})" if letter else f"{m.group('number')}."
    return m.group("lead") + label


# The layout passes clean each source line more than once (the pieces, the source lines,
# a table's cells): the same words give the same result.
@functools.lru_cache(maxsize=16384)
def clean(line: str) -> tuple[str, int] | None:
    """A line without markdown: ``(text, heading level)``, or ``None`` for a rule."""
    s = line.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "").strip()
    if _RULE.match(s):
        return None
    level = 0
    if m := _HEADING.match(s):
        level, s = len(m.group(1)), m.group(2)
    s = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|~<>])", r"\1", s)
    s = re.sub(r"<br\s*/?>", " ", s, flags=re.IGNORECASE)
    s = _STAR_BULLET.sub("- ", s)
    s = _NOTE_OPEN.sub(_MARKED_OPEN, s)
    s = _NOTE_CLOSE.sub(_MARKED_CLOSE, s)
    if s.count("*") == 1:
        # "Phòng Công nghệ*ÃŠng tin": a scan's speck read as a star between two words
        # whose space it took; the words stay apart.
        s = _STRAY_STAR.sub(" ", s)
    s = s.replace("**", "").replace("__", "").replace("*", "")
    s = s.replace(_MARKED_OPEN, "(*").replace(_MARKED_CLOSE, "*)")
    s = re.sub(r"\s+", " ", s).strip()
    s = _SPECK_BEFORE_LABEL.sub("", s)
    return _SPECKS_AFTER_END.sub("", s), level


# "_d) Căn cứ định hướng …": a scan's speck before a point's letter; the point opens there.
_SPECK_BEFORE_LABEL = re.compile(r"^[_`‘’]\s?(?=[a-zđ]\)\s+[A-ZĐÀ-Ỹ])")


# "… tại đơn vị. ˆˆ", "… theo biểu mẫu đính kèm. ˆ,": a scan's specks after a sentence's
# end (a stamp's or a pen's marks beside the line); the sentence ends at its stop.
_SPECKS_AFTER_END = re.compile(r"(?<=[.;:])\s+[ˆ˜`¸¬~^,'‘’]{1,3}$")


# A line whose first emphasis mark ends a run: right after a word or a closing quote,
# before a space, a punctuation mark or the line's end.
_CLOSING_FIRST = re.compile(r"^(?P<before>[^*]*?[^\s*])\*(?!\*)(?=[\s.,;:!?\]”\"]|$)")


def _spaced(raw: list[str]) -> bool:
    """Whether the copy puts an empty line after every paragraph (a web page, pdftotext).

    Most prose lines that end a sentence (and are not followed by a small letter) have
    an empty line after them.
    """
    ends = 0
    blanks = 0
    for k, line in enumerate(raw):
        after = _after_spacing(raw, k) if line.strip() else 0
        if after and not raw[after].strip()[:1].islower():
            ends += 1
            blanks += after > k + 1
    return ends >= SPACED_MIN and blanks >= SPACED_SHARE * ends


# A spaced copy, in the page's lines here and in the extractor's paragraphs: of the lines
# of SPACED_WORDS words or more that end a sentence (SPACED_MIN at least), this share has
# an empty line after it.
SPACED_WORDS = 3
SPACED_MIN = 5
SPACED_SHARE = 0.4


def _after_spacing(raw: list[str], k: int, words: int = SPACED_WORDS) -> int:
    """The next line with words after a prose line ``raw[k]`` ending a sentence, or 0."""
    s = raw[k].strip()
    if len(s.split()) < words or not _prose(s) or not s.rstrip("*").endswith(_SENTENCE_END):
        return 0
    j = k + 1
    while j < len(raw) and not raw[j].strip():
        j += 1
    return j if j < len(raw) and _prose(raw[j].strip()) else 0


_SENTENCE_END = (".", ";", ":", "!", "?")
# A line that opens an item or a heading of its own ("5. …", "2.7. …", "b) …", "- …").
_ITEM_START = re.compile(
    r"^(?:#|[-+–—•*]\s|\d{1,3}(?:\.\d{1,3})*\s*[.)]|[a-zđ]\s*[.)]\s|[IVXLC]+\s*[.)\-–]|Điều\s+\d)"
)


_EMPTY_RUN = re.compile(r"(?<!\*)\*[^\w*]+\*(?!\*)")
_SPECK_STARS = re.compile(r"(?<=\s)\*+[^\w\s*]+(?=\s|$)")

# A line that opens an emphasis run of its own over an item's label ("*1.2. Đối với …",
# "**2. Về …"): a new item, where a run left open above (its marks unbalanced) stops.
_OWN_RUN = re.compile(
    r"^(?:\*{1,3}|_{1,3})\s*(?:\d{1,3}(?:\.\d{1,3})*\s*[.)]|[a-zđ]\s*[.)]\s|[IVXLC]+\s*[.)\-–]|Điều\s+\d)"
)


_SLIPPED_CLOSE = re.compile(r"^\*\*[^*]+[^*\s]\*$")


def _open_emphasis(line: str) -> bool:
    if not any(c.isalnum() for c in line):
        return False  # a line of decoration ("*", "* *") opens nothing
    s = _STAR_BULLET.sub("", line.strip())
    s = _NOTE_CLOSE.sub("", _NOTE_OPEN.sub("", s))
    # "Theo Công điện 155/CĐ-TTg 2025*, *Thủ tướng …": a run holding no word (a comma
    # set in italics) opens and closes on the spot.
    s = _EMPTY_RUN.sub("", s)
    # "Tạo điều kiện **-~ thuận lợi …": a scan's specks read as stars and dashes, set
    # apart from the words on both sides, open no run (a run opens before a word).
    s = _SPECK_STARS.sub(" ", s)
    # "phát triển nhanh, bền vững”*.": the first mark closes a run opened lines above (one
    # the join gave up on), not a run of its own.
    s = _CLOSING_FIRST.sub(r"\g<before>", s, count=1)
    bold = s.count("**")
    single = s.replace("**", "").count("*")
    if bold == 1 and single == 1 and _SLIPPED_CLOSE.match(s):
        # "**Đối với các Bộ, cơ quan ngang Bộ …:*": a heading set in bold whose closing
        # mark lost a star — the whole line is the run, closed where it ends.
        return False
    if bold == 0 and single == 1 and _STRAY_STAR.search(s):
        # "1. Phòng Công nghệ*ÃŠng tin (6 NV trọng tâm):": a scan's speck read as a star
        # inside a word opens no run (a run opens before a word, not in it).
        return False
    return bold % 2 == 1 or single % 2 == 1


# A lone star between two letters: an OCR'd speck, not emphasis.
_STRAY_STAR = re.compile(r"(?<=[^\W\d_])\*(?=[^\W\d_])")


def _is_pipe_row(s: str) -> bool:
    return s.startswith("|") and s.endswith("|") and s.count("|") >= 3


def _pipe_cells(line: str) -> list[str]:
    s = line.strip()[1:-1]
    cells = re.split(r"(?<!\\)\|", s)
    out = []
    for c in cells:
        cleaned = clean(c.replace("\\|", "|"))
        out.append(cleaned[0] if cleaned else "")
    return out


# --------------------------------------------------------------------------- page artefacts

_PAGE_NUMBER = re.compile(
    r"^(?:-\s*)?(\d{1,4})(?:\s*-)?$|^(?:trang|page)\s+(\d{1,4})(?:\s*/\s*\d{1,4})?$"
    r"|^(\d{1,3})\s*/\s*\d{1,3}$"
)
_BARE_NUMBER = re.compile(r"^\d{1,4}$")
# A page number no text writes alone on a line: "- 2 -", "Trang 2/7" (one is enough).
_FRAMED_NUMBER = re.compile(r"^-\s*\d{1,4}\s*-$|^trang\s+\d{1,4}\s*/\s*\d{1,4}$")
_BARE_YEAR = re.compile(r"^(?:19|20)\d\d$")
_STAMP = re.compile(r"^(?:ky boi|signed by|nguoi ky)\s*:")
# The Official Gazette's running header names itself: "CÔNG BÁO/Số 707 + 708/Ngày 01-9-2022".
_GAZETTE_PAGE = re.compile(r"^\d{1,3}$")
_GAZETTE = re.compile(
    r"^cong bao\s*/\s*so\s+\d+(?:\s*\+\s*\d+)*\s*/\s*ngay\s+\d{1,2}-\d{1,2}-\d{4}$"
)
_STAMP_FIELD = re.compile(
    r"^(?:co quan|to chuc|ngay ky|thoi gian ky|email|chuc vu|nguoi ky|date|organization)\s*:"
)
_FOOTNOTE_START = re.compile(r"^(\d{1,3})\s+\S")
_RUNNING_MIN = 3  # a header seen beside this many page numbers is the page's, not the text's
_RUNNING_WIDTH = 150
_PAGE_LINES = 12  # lines (not blank) a page holds at least, between two running headers
_LOST_PAGE_NUMBERS = 1  # pages in a row whose printed number a scan's OCR may lose
_SHORT_PAGE_LINES = 3  # … a short page (a section's last) at least
_SHORT_SHARE = 4  # … one page in four at most
_LINE_CHARS = 60  # the characters a printed line holds, about (a page's length in them)


def artefacts(raw: list[str]) -> set[int]:
    """The indexes of ``raw`` lines a printed page added (see the module's docstring).

    A running header (or footer) is a line that recurs, alike but for its digits, right
    beside a page number at least three times, on one side or (odd and even pages) on
    both, the numbers going up page by page and the occurrences a page apart; only those
    occurrences go (the same words elsewhere are the text's), with the page number (and
    its repeats) and the blank lines around them. On a text of a page or two the
    Gazette's header ("CÔNG BÁO/Số 7/Ngày 01-9-2022") is known by its words. A table's
    rows are numbered too, so what a row can end with — a time ("Quý IV/2026"), a
    document's number — is never taken for a header: a header is not a time phrase,
    and the page numbers must follow one another. A block at a page's foot that opens
    with a number glued as a mark to a word above it is that page's footnotes. A
    signature's stamp opens with "Ký bởi:" or "Người ký:". The work is linear in the
    text.
    """
    folded = [fold(x.strip()) for x in raw]
    solid = [i for i, f in enumerate(folded) if any(c.isalnum() for c in f)]
    page_no: dict[int, int] = {}
    for i in solid:
        if m := _PAGE_NUMBER.match(folded[i]):
            page_no[i] = int(next(g for g in m.groups() if g is not None))
    seen: dict[tuple[str, int], list[tuple[int, int]]] = {}  # (key, side) -> (k, page)
    for k, i in enumerate(solid):
        if i in page_no or len(folded[i]) > _RUNNING_WIDTH:
            continue
        key = re.sub(r"\d+", "#", folded[i])
        if "#" not in key and len(key.split()) < 3:
            continue
        for side, j in ((1, k + 1), (-1, k - 1)):
            if 0 <= j < len(solid) and solid[j] in page_no:
                seen.setdefault((key, side), []).append((k, page_no[solid[j]]))
    drop: set[int] = set()
    zones: list[tuple[int, int]] = []
    cum = [0, *itertools.accumulate(len(folded[i]) for i in solid)]
    for key, side, hits in _runs(seen, cum):
        if _reads_as_time(raw[solid[hits[0][0]]]):
            continue
        spans = [(min(solid[k], solid[k + side]), max(solid[k], solid[k + side])) for k, _ in hits]
        # Without a digit ("CÔNG BÁO/Số 238", "Trang 4") a line beside a number is a
        # page's only where the page break shows as blank lines too.
        if "#" not in key and not all(_blank_beside(raw, lo, hi) for lo, hi in spans):
            continue
        # The page's number printed again beside it ("74" / "74" / "74" / "CÔNG BÁO …").
        zones += [
            _same_number(solid, folded, lo, hi, str(p))
            for (lo, hi), (_, p) in zip(spans, hits, strict=True)
        ]
    zones += _gazette(solid, folded)
    # "Trang 4", "- 4 -": page numbers by their shape, alone, when they follow in turn.
    shaped = [i for i in page_no if not _BARE_NUMBER.match(folded[i])]
    if (
        len(shaped) >= _RUNNING_MIN or all(_FRAMED_NUMBER.match(folded[i]) for i in shaped)
    ) and all(page_no[b] - page_no[a] == 1 for a, b in itertools.pairwise(shaped)):
        zones += [(i, i) for i in shaped]
    zones += [(i, i) for i in _pages_of_total(folded, solid, page_no)]
    zones += _page_marks(folded, solid)
    zones += [(i, i) for i in _mid_sentence_pages(raw, solid, page_no)]
    zones += [(i, i) for i in _item_pages(raw, folded, solid)]
    zones += [(i, i) for i in _numbered_pages(raw, folded, solid)]
    for first, last in zones:
        lo, hi = first, last
        while lo > 0 and not any(c.isalnum() for c in raw[lo - 1]):
            lo -= 1
        while hi + 1 < len(raw) and not any(c.isalnum() for c in raw[hi + 1]):
            hi += 1
        drop.update(range(lo, hi + 1))
        drop.update(_footnotes(raw, folded, lo))
    drop.update(_stamp_debris(raw, solid))
    for i in solid:
        if _STAMP.match(folded[i]):
            drop.add(i)
            j = i + 1
            while j < len(raw) and _STAMP_FIELD.match(folded[j]):
                drop.add(j)
                j += 1
    return drop


# A scanner's own OCR reads dust and ruling as marks strewn over a line between the text's
# lines ("9          <       r          I", "•        **       J", a lone "i" far right).
_SPECK_MARKS = frozenset("<>•*■♦●\\'»«^~`©®¤§¶")
_SPECK_INDENT = 30  # columns: a lone mark this far right stands beside no text
_SPECK_GAP = re.compile(r"\S {3,}\S")


def unspecked(text: str) -> str:
    """``text`` with a scan's speck lines blank (see :func:`_specks`)."""
    if "   " not in text:
        return text
    return "\n".join("" if _specks(x) else x for x in text.split("\n"))


def _specks(line: str) -> bool:
    """Whether a line is a scan's specks: bits of one or two characters, no text.

    Several bits, spread wide, one of them a mark no word or cell is made of ("<", "•",
    "*"); or one or two letters or marks alone far to the right. A number of two digits ("30",
    "%  54" in an indicator table) or a dash (a table's empty cell) is never one, nor a
    lone "x" (a ticked cell).
    """
    bits = line.split()
    if not bits or any(len(b) > 2 for b in bits):
        return False
    if any(b.isdigit() and len(b) == 2 for b in bits) or "-" in bits:
        return False
    if len(bits) == 1:
        indent = len(line) - len(line.lstrip())
        lone = bits[0].isalpha() or set(bits[0]) <= _SPECK_MARKS
        return indent >= _SPECK_INDENT and lone and bits[0] not in ("x", "X")
    return any(set(b) <= _SPECK_MARKS for b in bits) and _SPECK_GAP.search(line) is not None


# What OCR makes of a round stamp's or a signature's ink in the margin: bits of a few
# characters, a line each ("hnh", "-n", ":4", "0/", "/", "h1"), no syllable of the language's
# (consonants alone) or marks glued to a digit or a letter.
_DEBRIS = re.compile(
    r"^(?:[:/]\d{0,2}|\d{1,2}[:/]|[a-z]{1,2}\d|-[a-z]{1,2}|[a-z]{1,2}-|[bcdghklmnpqrstv]{1,3})$"
)
_DEBRIS_WIDTH = 3  # characters: a stamp's bit, a syllable or a number at most


def _stamp_debris(raw: list[str], solid: list[int]) -> list[int]:
    """The lines of a scan's stamp debris, between (or inside) an OCR copy's paragraphs.

    "1. … theo yêu cầu." / "h1" / "9/" / "1" / "2. Giao Sở …": a run of lines of three
    characters or fewer (blank lines between them) is debris where a bit in it has a mark
    glued to a digit or a letter (":4", "0/", "h1", "-n") or half its lines at least are
    consonants alone ("nh" over "an"); a lone such bit too, blank lines around it. A short
    word or number among them ("an", "20") goes with the run, and in a text with such runs
    a lone syllable in small letters between blank lines too. A table printed a cell a
    line ("TT", "1", "Bộ", "x") has no such bits.
    """
    out: list[int] = []
    alone: list[int] = []  # short lines alone between blank lines, no bit of a stamp's
    k = 0
    while k < len(solid):
        j = k
        while j < len(solid) and len(raw[solid[j]].strip()) <= _DEBRIS_WIDTH:
            j += 1
        if j == k:
            k += 1
            continue
        run = solid[k:j]
        bits = [raw[i].strip() for i in run if _DEBRIS.match(raw[i].strip())]
        marked = any(not b.isalpha() for b in bits)
        if len(run) > 1 and (marked or 2 * len(bits) >= len(run)):
            out += run
        elif len(run) == 1:
            i = run[0]
            if (i == 0 or not raw[i - 1].strip()) and (i + 1 == len(raw) or not raw[i + 1].strip()):
                (out if bits else alone).append(i)
        k = j
    if out:
        # A text the stamp left its bits in: a lone syllable between blank lines ("an",
        # "ha") is one of them too.
        out += [i for i in alone if raw[i].strip().isalpha() and raw[i].strip().islower()]
    return out


_OF_TOTAL = re.compile(r"^(?:(?:trang|page)\s+)?\d{1,3}\s*/\s*(\d{1,3})$")
_OF_TOTAL_MIN = 2  # such numbers at least (a text of three pages prints two)


def _pages_of_total(folded: list[str], solid: list[int], page_no: dict[int, int]) -> list[int]:
    """Page numbers printed with the page count ("2/3", "Trang 3/3"), a page apart.

    Two are enough (a text of three pages numbers its second and third): they share the
    count, go up by one, and the last is the count itself; a page's lines lie between.
    """
    at = {i: k for k, i in enumerate(solid)}
    found = [(i, m[1]) for i in page_no if (m := _OF_TOTAL.match(folded[i])) is not None]
    if len(found) < _OF_TOTAL_MIN or len({total for _, total in found}) != 1:
        return []
    pages = [i for i, _ in found]
    if page_no[pages[-1]] != int(found[0][1]) or any(
        page_no[b] - page_no[a] != 1 or at[b] - at[a] < _PAGE_LINES
        for a, b in itertools.pairwise(pages)
    ):
        return []
    return pages


def _numbered_pages(raw: list[str], folded: list[str], solid: list[int]) -> list[int]:
    """Bare numbers that number the pages of a scan: all of the text's, in turn, a page apart.

    An OCR copy keeps each page's number on a line of its own, wherever the page broke:
    after an item's last line ("… (nếu có)." then "2") or inside an owner's name ("Sở
    Nông nghiệp và" / "-" / "3" / "Phát triển nông thôn"). Taken only when every bare
    number in the text goes up by one from the one before and a page's lines lie between
    each two: a table's row numbers stand closer, and start again; a number after a time
    ("Quý IV/2026" then "4") is a row's, the time its last cell. A scan's OCR may lose a
    page's number ("6", "7", "9", "10": page 8's stamped over): one page may be skipped.
    """
    # A year alone on its line ("2030", a centred title's wrapped end) numbers no page.
    at = [
        k
        for k, i in enumerate(solid)
        if _BARE_NUMBER.match(folded[i]) and not _BARE_YEAR.match(folded[i])
    ]
    if (
        len(at) < 2
        or any(k > 0 and _reads_as_time(raw[solid[k - 1]]) for k in at)
        or any(
            not 0 < int(folded[solid[b]]) - int(folded[solid[a]]) <= _LOST_PAGE_NUMBERS + 1
            or b - a < _PAGE_LINES
            for a, b in itertools.pairwise(at)
        )
    ):
        return []
    return [solid[k] for k in at]


_YEAR_LIKE = 1000  # a bare number from here on reads as a year before a page


def _mid_sentence_pages(raw: list[str], solid: list[int], page_no: dict[int, int]) -> list[int]:
    """Bare page numbers that a page break set inside a sentence.

    A letter or a notice of two or three pages has no running header to know its page
    numbers by; pdftotext prints "2" after an empty line between a line that ends no
    sentence ("… đảm bảo việc") and one that goes on in small letters ("thực hiện theo
    …"). Read as text it would open a paragraph "2 thực hiện …" (an item's number). The
    numbers taken go up from 2, a page apart, and have at most three digits: an excerpt
    may open on page 24 of a Gazette issue, but a year alone on its line ("2025", a
    table's last cell) is no page's number.
    """
    at = {i: k for k, i in enumerate(solid)}
    out: list[int] = []
    for i, n in page_no.items():
        k = at[i]
        if not (_BARE_NUMBER.match(raw[i].strip()) and 0 < k < len(solid) - 1):
            continue
        before, after = raw[solid[k - 1]].rstrip(), raw[solid[k + 1]].strip()
        if (
            n >= 2
            and n < _YEAR_LIKE
            and (not out or page_no[out[-1]] < n)
            and i > 0
            and (not raw[i - 1].strip() or _cut_phrase(before, after))
            and (before[-1:].isalpha() or before.endswith(","))
            and after[:1].isalpha()
            and after[:1].islower()
        ):
            out.append(i)
    return out


def _item_pages(raw: list[str], folded: list[str], solid: list[int]) -> list[int]:
    """Bare page numbers that a page break set between two items, or after an item's title.

    "… theo quy định." / "3" / "- Chủ trì, phối hợp …", "5. Sở Xây dựng" / "5" / "- Rà
    soát …": a page's number alone on its line where the next line opens an item, or
    the line before is an item's title and the next goes on in words. Read as text it
    would end the item above (its title, "Sở Xây dựng 5", names no owner) or open a
    paragraph of its own between a lead-in and its items. A table's row numbers are
    kept: they start at 1, stand closer than a page apart and follow no time; so a text
    whose bare numbers (outside a bar table's borders) do not all go up, or that has a
    bare "1" (page one is not numbered), has none taken here.
    """
    # A row number between a bar table's borders ("|" / "2" / "|") is the table's.
    at = [
        k
        for k, i in enumerate(solid)
        if _BARE_NUMBER.match(folded[i])
        and not _BARE_YEAR.match(folded[i])
        and not any("|" in raw[solid[j]] for j in (k - 1, k + 1) if 0 <= j < len(solid))
    ]
    numbers = [int(folded[solid[k]]) for k in at]
    if not numbers or min(numbers) < 2 or any(b <= a for a, b in itertools.pairwise(numbers)):
        return []
    out: list[int] = []
    for n, k in enumerate(at):
        if not 0 < k < len(solid) - 1:
            continue
        if (n > 0 and k - at[n - 1] < _PAGE_LINES) or (
            n + 1 < len(at) and at[n + 1] - k < _PAGE_LINES
        ):
            continue
        before, after = raw[solid[k - 1]].strip(), raw[solid[k + 1]].strip()
        if any("|" in x or _CELL_GAP.search(x) for x in (before, after)):
            continue
        opens = _ITEM_START.match(after) is not None
        titled = _ITEM_START.match(before) is not None and after[:1].isalpha()
        if (opens or titled) and not _reads_as_time(before):
            out.append(solid[k])
    return out


def _cut_phrase(before: str, after: str) -> bool:
    """Whether ``before`` breaks off inside a phrase that ``after`` ends.

    Without the empty line pdftotext sets around it, a page's number alone on its line
    between a line that opens with no number and one going on in small letters ("… cải
    tạo," then "phục hồi …") is still no item's: an item's number has its mark ("2.",
    "2)"), and a table's row number alone on its line comes after a row's last cell or
    between lines of cells set apart by spaces.
    """
    return (
        after[:1].islower()
        and not before.lstrip()[:1].isdigit()
        and not any(_CELL_GAP.search(x.strip()) for x in (before, after))
    )


# Cells a layout copy sets apart on one line: a row's number between its lines is its own.
_CELL_GAP = re.compile(r"\S {3,}\S")


# A converter's mark where a page ended ("--- PAGE BREAK ---", "[Page 3]"): the page's.
_PAGE_MARK = re.compile(
    r"^[-=_*#\[(\s]*(?:page break|ngat trang|page \d{1,4})[-=_*\])\s]*$"
    # An OCR copy's "===== Trang 2 =====": the page's number set between rules.
    r"|^[-=_*#]{3,}\s*trang \d{1,4}\s*[-=_*#]{3,}$"
)
_FOOTER_ALIKE = 0.8  # how alike (difflib's ratio) the lines a footer's OCR gives are


def _page_marks(folded: list[str], solid: list[int]) -> list[tuple[int, int]]:
    """A converter's page-break marks, with what the page printed just above them.

    The page's number alone on its line just above the mark goes with it, and a footer:
    a line just above two marks or more alike (an OCR copy spells it a little
    differently each time: "THƯ VIEN PHAP LUAT* Tek …", "THU VIEN PHAP LUẬTT* Tet …"),
    and its other occurrences alike (the last page's, after which no mark stands); so
    is a running header, the line just below two marks or more alike.
    """
    at = {i: k for k, i in enumerate(solid)}
    marks = [i for i in solid if _PAGE_MARK.match(folded[i])]
    if not marks:
        return []
    above = [solid[at[i] - 1] for i in marks if at[i] > 0]
    footers: list[str] = []
    for i in above:
        text = folded[i]
        if _BARE_NUMBER.match(text) or _reads_as_time(text) or _table_row(text):
            continue
        alike = sum(1 for j in above if _alike(text, folded[j]))
        if alike >= 2 and not any(_alike(text, f) for f in footers):
            footers.append(text)
    # A running header is the line just below two marks or more alike ("18.CTRTW31.DOC
    # 9", "18.CTRTW31.DOC 1 1": the document's file name and the page's number); a
    # table's header row repeated on each page ("STT Nội dung …") carries no number.
    below = [solid[at[i] + 1] for i in marks if at[i] + 1 < len(solid)]
    for i in below:
        text = folded[i]
        if (
            _BARE_NUMBER.match(text)
            or _reads_as_time(text)
            or _PAGE_MARK.match(text)
            or not re.search(r"\d", text)
            or _table_row(text)
        ):
            continue
        alike = sum(1 for j in below if _alike(text, folded[j]))
        if alike >= 2 and not any(_alike(text, f) for f in footers):
            footers.append(text)
    out: list[tuple[int, int]] = []
    for i in marks:
        k = at[i]
        lo = k
        while lo > 0 and k - lo < 2:
            prev = folded[solid[lo - 1]]
            if not (_GAZETTE_PAGE.match(prev) or any(_alike(prev, f) for f in footers)):
                break
            lo -= 1
        out.append((solid[lo], i))
    out += [(i, i) for i in solid if any(_alike(folded[i], f) for f in footers)]
    return out


def _table_row(text: str) -> bool:
    """Whether a line is a table's row, its cells split by bars: never a page's footer.

    A table's rows alike in all but their task's words ("(1) | Đề án … | Đảng ủy UBND
    tỉnh | Quý I năm 2026 | Giai đoạn 2026 - 2030") may each end a page.
    """
    return text.count("|") >= _ROW_BARS


_ROW_BARS = 2  # bars a table row with three cells holds at least, a footer hardly one


def _alike(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > (1 - _FOOTER_ALIKE) * max(len(a), len(b)):
        return False
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= _FOOTER_ALIKE


def _runs(
    seen: dict[tuple[str, int], list[tuple[int, int]]], cum: list[int]
) -> list[tuple[str, int, list[tuple[int, int]]]]:
    """The runs of a header beside page numbers: (key, side, occurrences).

    Odd and even pages may print the number on either side: a header's occurrences on
    both sides, one page number each, make one run too (a header, not a sentence: it
    does not end as one).
    """
    runs: list[tuple[str, int, list[tuple[int, int]]]] = []
    for key in dict.fromkeys(key for key, _ in seen):
        after, before = seen.get((key, 1), []), seen.get((key, -1), [])
        both = sorted({k: (k, p) for k, p in (*after, *before)}.values())
        if after and before and not key.endswith((".", ";", ":")) and _running(both, cum):
            runs += [(key, 1, after), (key, -1, before)]
        else:
            runs += [(key, side, h) for side, h in ((1, after), (-1, before)) if _running(h, cum)]
    return runs


def _same_number(
    solid: list[int], folded: list[str], lo: int, hi: int, page: str
) -> tuple[int, int]:
    """A header's span widened over the lines beside it that print its page's number."""
    at = {i: k for k, i in enumerate(solid)}
    a, b = at[lo], at[hi]
    while a > 0 and folded[solid[a - 1]] == page:
        a -= 1
    while b + 1 < len(solid) and folded[solid[b + 1]] == page:
        b += 1
    return solid[a], solid[b]


def _gazette(solid: list[int], folded: list[str]) -> list[tuple[int, int]]:
    """The Gazette's header, by its words, wherever it stands.

    A text of a page or two has too few to run: it goes with the page numbers just
    beside it (three digits at most: "2030" ends a time cell). A longer one's copy may
    have lost the numbers, setting the header alone, even inside a paragraph: there it
    goes by itself.
    """
    found = [k for k, i in enumerate(solid) if _GAZETTE.match(folded[i])]
    if len(found) >= _RUNNING_MIN:
        # Beside its numbers it runs, page by page, or it is no page's (see _running).
        numbered = {k for k, i in enumerate(solid) if _GAZETTE_PAGE.match(folded[i])}
        return [(solid[k], solid[k]) for k in found if not {k - 1, k + 1} & numbered]
    out = []
    for k in found:
        lo = hi = k
        while lo > 0 and _GAZETTE_PAGE.match(folded[solid[lo - 1]]):
            lo -= 1
        while hi + 1 < len(solid) and _GAZETTE_PAGE.match(folded[solid[hi + 1]]):
            hi += 1
        out.append((solid[lo], solid[hi]))
    return out


def _running(hits: list[tuple[int, int]], cum: list[int]) -> bool:
    """Whether beside-a-number occurrences are a page's: a page apart, numbers in turn.

    A page may be short (a section's or the signature's last page): most gaps must be a
    page long, every one a few lines at least. A page's length is its lines, or its
    characters where a copy joined each paragraph's wrapped lines into one.
    """
    pairs = list(itertools.pairwise(hits))
    if len(hits) < _RUNNING_MIN or any(b[1] - a[1] != 1 for a, b in pairs):
        return False
    gaps = [(b[0] - a[0], cum[b[0]] - cum[a[0]]) for a, b in pairs]
    short = sum(1 for g, c in gaps if g < _PAGE_LINES and c < _PAGE_LINES * _LINE_CHARS)
    few = any(g < _SHORT_PAGE_LINES and c < _SHORT_PAGE_LINES * _LINE_CHARS for g, c in gaps)
    return not few and short * _SHORT_SHARE <= len(gaps)


def _blank_beside(raw: list[str], lo: int, hi: int) -> bool:
    before = lo > 0 and not raw[lo - 1].strip()
    after = hi + 1 < len(raw) and not raw[hi + 1].strip()
    return before or after


def _reads_as_time(line: str) -> bool:
    # Imported here: the grammar is needed only for the rare line that may be a header.
    from nq42cli.core.grammar import read_phrase
    from nq42cli.core.windows import TimeParseError

    try:
        return bool(read_phrase(line.strip()))
    except TimeParseError:
        return False


def _footnotes(raw: list[str], folded: list[str], zone: int) -> list[int]:
    """The lines of the footnotes just above a page break at ``zone``, if any.

    The block runs up from the break to a blank line; its first line opens with a
    number that a word above carries as a mark ("… số 66-NQ/TW1"), so a table's row
    number ("7  Đề án …") or an item is never taken for one.
    """
    end = zone
    start = end
    while start > 0 and raw[start - 1].strip():
        start -= 1
        if end - start > 40:
            return []
    if start in (0, end):
        return []
    m = _FOOTNOTE_START.match(folded[start])
    if m is None:
        return []
    above = " ".join(raw[max(0, start - 200) : start])
    if re.search(rf"(?<=[^\s\d]){m.group(1)}(?!\d)", above) is None:
        return []
    return list(range(start, end))
