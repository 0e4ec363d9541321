r"""A document's text when its copy kept a web page's markup or a data file's escapes.

Analysts save a news page or a portal's post as ``.html``, or copy a document's text
out of a database dump, a JSON export or a program's string literal. The words are
all there, but not as a reader sees them: a page's paragraphs are ``<p>`` elements
with its line breaks meaningless, its lists are ``<li>``, its tables ``<tr>``/``<td>``,
its spaces ``&nbsp;``; a dump writes a line break as the two characters ``\n`` and a
quote as ``\"``. :func:`as_read` gives the text the way a browser or the data's
reader would show it, so the outline, the bullets and the task tables are found as
in any copy:

- a program's source or data file first (a mock-news record, a benchmark's
  ``text=`` field, a JSON export: :mod:`nq42cli.core.carried`): only when the text
  names fields and every word of its language stands in a string; the strings of the
  field holding the most prose are read, each a paragraph, with their escapes undone
  and their markup laid out as below;
- a row of a comma-separated data file (a news data set's item: "46,Xã hội,\"…\""):
  only when the whole text is one row, a few short fields then the quoted text; that
  text is read, its doubled quotes undone;
- escapes (they may hide the markup's own quotes): only when the text has
  escaped line breaks and fewer real ones, or escaped quotes and no other, since a
  plan's own text has no backslash;
- then markup: only when block elements (paragraphs, list items, table cells,
  headings) are several and the lines holding a tag are at least half the text's, so
  a markdown copy with one HTML table or a ``<br>`` in a cell keeps its own lines; or
  when the text is a piece of a page cut from a program's view (a JSP or JSX page: no
  ``<html>``, opening and closing with a tag, every word inside an element), whose
  text is hard-wrapped between the tags;
- then entities left in plain text (``&nbsp;``, ``&quot;``, ``&#39;``), with their
  ``;`` only, so "Báo&PT" stays as written.

The page is laid out as a browser's copy lays it out: a paragraph or heading between
blank lines, a list item on its line after its bullet or its number ("1.", "a.", "I.",
as the list's ``type`` and ``start`` say), a table row as a markdown row (a table of
one column, a photo over its caption, as the lines it frames), bold as
``**…**`` (the extractor reads markdown emphasis), scripts and styles dropped. Nothing
is guessed beyond that; a text with neither markup nor escapes is returned unchanged.
"""

from __future__ import annotations

import html
import re
import textwrap
from dataclasses import dataclass
from html.parser import HTMLParser

from nq42cli.core.carried import carried_strings, unescape
from nq42cli.core.registers import register_text
from nq42cli.core.vocab import roman_numeral

__all__ = ["UNDONE_NOTES", "ReadAs", "as_read", "content_file", "without_list_fields"]

# What a draft says of its "line N" marks when the text was read this way.
UNDONE_NOTES = {
    "escapes": "source: a data file's string (\\n, \\\" escapes); a 'line N' below counts "
    "the lines those escapes stand for",
    "html": "source: a web page's HTML; a 'line N' below counts the lines of its text as a "
    "browser's copy lays it out (paragraphs, list items, table rows)",
    "fragment": "source: a piece of a page's markup (a program's view, a post's body); a "
    "'line N' below counts the lines of its text as a browser's copy lays it out, its "
    "wrapped lines joined",
    "records": "source: a JSON list of task records; each record is read as a task table's "
    "row, its fields as the columns their keys name (task, owner, time); a 'line N' below "
    "counts the lines of that table",
    "csv": "source: a spreadsheet's or a tracking system's export (CSV, or tab-separated with "
    "quoted cells); its rows are read as a task table under the rows above its header; a "
    "'line N' below counts the lines of that table, a row one line",
    "record": "source: a data file's record (a row of comma-separated fields); only its last "
    "field, the text, is read, its doubled quotes undone; a 'line N' below counts its lines",
    "code": "source: a program's source or data file; only the strings of the field holding "
    "the most prose are read, each a paragraph, their markup laid out as a browser's copy "
    "lays it out; a 'line N' below counts the lines of that reading",
}


@dataclass(frozen=True, slots=True)
class ReadAs:
    """The text as read, and what was undone to read it (``"escapes"``, ``"html"``)."""

    text: str
    undone: tuple[str, ...] = ()


_ESCAPED_BREAK = re.compile(r"\\r\\n|\\n|\\r")
_ESCAPES_MIN = 2  # escaped line breaks a dump's text holds, at least

_BLOCK_TAG = re.compile(
    r"<(?:p|div|li|tr|td|th|h[1-6]|table|ul|ol|section|article|blockquote|figure)\b[^<>]*>",
    re.IGNORECASE,
)
_ANY_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>")
_BLOCKS_MIN = 3  # block elements a page's text holds, at least
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def as_read(text: str) -> ReadAs:
    """``text`` as a reader of the page or the data would see it (see the module's doc)."""
    register = register_text(text)
    if register is not None:
        # A task register kept as data (a JSON list of task records, a CSV export): its
        # records are a task table's rows, not a record's prose (:mod:`.registers`).
        return ReadAs(register[0], (register[1],))
    carried = carried_strings(text)
    if carried is not None:
        return ReadAs(_strings_text([c.text for c in carried]), ("code",))
    record = _RECORD.match(text)
    if record is not None:
        # A news item kept as a row of a data set ("46,Xã hội,\"Công điện nêu: …\""): its
        # number and category are the data set's; its quoted text is the page.
        return ReadAs(record["text"].replace('""', '"') + "\n", ("record",))
    head, body = _front_matter(text)
    if head and (_marked_up(body) or _fragment(body)):
        # A site generator's content file: its front matter (JSON or YAML between "---"
        # lines) over the article's HTML. The header's many plain lines would outvote the
        # body's tagged ones; the body is what a browser shows.
        return ReadAs(head + _page_text(body), ("html",))
    undone: list[str] = []
    if _escaped(text):
        text = unescape(text)
        undone.append("escapes")
    if _fragment(text):
        text = _page_text(text)
        undone.append("fragment")
    elif _marked_up(text):
        text = _page_text(text)
        undone.append("html")
    elif _ENTITY.search(text):
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    return ReadAs(text, tuple(undone))


# A row of a comma-separated data file: a few short unquoted fields (an id, a category),
# then the text quoted, running over its lines to the row's closing quote, its own
# quotes doubled.
_RECORD = re.compile(r'\A\s*(?:[^,"\n]{0,40},){1,4}"(?P<text>(?:[^"]|"")+)"\s*\Z')


# A content file's front matter: "---" (or "---json", "---yaml") alone on the first line,
# up to the next "---" line.
_FRONT_MATTER = re.compile(r"\A---(?:json|yaml)?[ \t]*\r?\n.*?\n---[ \t]*\r?\n", re.DOTALL)


def _front_matter(text: str) -> tuple[str, str]:
    """The front matter (with its closing line) and the body under it; ``""`` and all."""
    m = _FRONT_MATTER.match(text)
    return (m.group(0), text[m.end() :]) if m else ("", text)


# An entry of a list field in front matter ("tags:" then "  - 2026", "  - hiện đại hóa"),
# its dash also as a copy out of Word or a PDF gives it (a glyph bullet, CRLF line ends).
_LIST_ENTRY = re.compile(r"^[ \t]*[-\u2022\u25cf\u25aa\uf0b7\uf0a7][ \t]+\S.*$", re.MULTILINE)


def without_list_fields(text: str) -> str:
    """``text`` with its front matter's list entries blanked (lines kept).

    A content file's tags and categories are keywords ("- 2026", "- quốc gia"), one a
    line under their key: read as the page's dash points they become duties, a year
    one dated by itself. The scalar fields (title, date, number) stay for the header.
    """
    head, body = _front_matter(text)
    if not head:
        return text
    return _LIST_ENTRY.sub("", head) + body


def content_file(text: str) -> bool:
    """Whether ``text`` is a site generator's content file: front matter over a page's body."""
    return bool(_front_matter(text)[0])


def _escaped(text: str) -> bool:
    escaped = len(_ESCAPED_BREAK.findall(text))
    if escaped >= _ESCAPES_MIN and escaped > text.count("\n"):
        return True
    # A one-line string whose every quote is escaped (an HTML row in an SQL dump).
    quotes = text.count('\\"')
    return quotes >= _ESCAPES_MIN and quotes == text.count('"')


def _marked_up(text: str) -> bool:
    if len(_BLOCK_TAG.findall(text)) < _BLOCKS_MIN:
        return False
    lines = [line for line in text.split("\n") if line.strip()]
    tagged = sum(1 for line in lines if _ANY_TAG.search(line))
    return 2 * tagged >= len(lines)


def _strings_text(strings: list[str]) -> str:
    """A record's strings as its page shows them: each a paragraph, its markup laid out."""
    shown: list[str] = []
    for string in strings:
        s = string
        if len(_BLOCK_TAG.findall(s)) >= _BLOCKS_MIN:
            s = _page_text(s)
        elif _ENTITY.search(s):
            s = _ENTITY.sub(lambda m: html.unescape(m.group(0)), s)
        if "\n" not in s.strip():
            # A body kept on one line, its paragraphs parted by a run of spaces after a
            # sentence's end (what a copy's lost line breaks leave).
            s = _SPACED_BREAK.sub("\n\n", s)
        s = _BYLINE.sub("\n\n", _unglued(s))
        lines = [line.rstrip() for line in textwrap.dedent(s).strip("\n").split("\n")]
        shown.append("\n".join(lines).strip("\n"))
    text = "\n\n".join(x for x in shown if x)
    return text + "\n" if text else ""


# A word processor's copy makes some of those spaces no-break or other wide spaces.
_SPACED_BREAK = re.compile(
    r"(?<=[.!?:;…\"”)])[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{3,}(?=[^\W\d_\"“(])"
)


# "… tham nhũng).Bộ Công Thương yêu cầu …", "… năm 2016.Thanh tra Bộ …": a sentence's
# end with no space before the next one's capital, where a record's line break was lost.
_GLUED = re.compile(
    r"(?<=[^\W\d_]{2}[.!?…])|(?<=[^\W_]{2}[.!?…][)\"”])|(?<=[\d)][.!?])|(?<=\.\.\.)"
)
# "… tiếp tục hỗ trợ. P.T": the writer's initials run on after the last sentence; a line
# of their own, as the page shows them.
_BYLINE = re.compile(r"(?<=[.!?…”\"])[ \t]+(?=(?:[A-ZĐ]\.){1,3}[A-ZĐ]\w*[ \t]*\n*\Z)")
_SHORT_FORMS = frozenset({"Tp", "Th", "Tr", "Ts", "Ths", "Tt", "Tx"})  # "Tp.Hồ Chí Minh"
_WORD_AFTER = re.compile(r"[^\W\d_][^\W\d_]")


def _unglued(s: str) -> str:
    """A record's string with its glued paragraphs parted again (see _GLUED)."""
    cuts: list[int] = []
    for m in _GLUED.finditer(s):
        at = m.start()
        nxt = _WORD_AFTER.match(s, at)
        if nxt is None or not (nxt.group(0)[0].isupper() and nxt.group(0)[1].islower()):
            continue
        before = s[max(0, at - 4) : at]
        word = re.search(r"[^\W\d_]+[^\w]*$", before)
        if word is not None and (
            not any(c.islower() for c in word.group(0))
            or re.sub(r"\W", "", word.group(0)) in _SHORT_FORMS
        ):
            continue  # "TP.Hồ Chí Minh", "Q.Hoàn Kiếm": an abbreviation's dot
        cuts.append(at)
    for at in reversed(cuts):
        s = s[:at] + "\n\n" + s[at:]
    return s


def _fragment(text: str) -> bool:
    """A page's markup cut from a program's view (a JSP or JSX page), its lines wrapped.

    It is no saved page (no ``<html>``, ``<head>``, ``<body>``, doctype) but a piece of
    one: it opens and closes with a tag, and every word of it stands inside an element,
    however its text is wrapped between the tags (few lines may hold a tag). A markdown
    or plain copy has its words outside any element.
    """
    body = text.strip()
    if not (body.startswith("<") and body.endswith(">")) or _WHOLE_PAGE.search(body):
        return False
    if len(_BLOCK_TAG.findall(body)) < _BLOCKS_MIN:
        return False
    depth = _Depth()
    depth.feed(body)
    depth.close()
    return depth.inside


_WHOLE_PAGE = re.compile(r"<(?:!doctype|html|head|body)\b", re.IGNORECASE)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr"}
)  # fmt: skip


class _Depth(HTMLParser):
    """Whether every word of a markup stands inside an element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._open = 0
        self.inside = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open += tag not in _VOID

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID:
            self._open = max(0, self._open - 1)

    def handle_data(self, data: str) -> None:
        if data.strip() and not self._open:
            self.inside = False


def _page_text(text: str) -> str:
    reader = _PageReader()
    reader.feed(text)
    reader.close()
    return reader.result()


_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "head"})
_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure"})
_BLOCKS = frozenset(
    {
        "div",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "nav",
        "aside",
        "figcaption",
        "dd",
        "dt",
        "dl",
        "pre",
        "title",
        "address",
        "center",
        "hr",
    }
)
_BOLD = frozenset({"b", "strong"})
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")


@dataclass(slots=True)
class _List:
    ordered: bool
    kind: str  # "1", "a", "A", "i", "I"
    next: int


class _PageReader(HTMLParser):
    """A page's text laid out the way a browser's copy lays it out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._out: list[str] = []
        self._skip = 0  # inside a script, a style …
        self._pre = 0
        self._lists: list[_List] = []
        self._cells: list[str] | None = None  # the row being read
        self._cell: list[str] | None = None
        self._bold: list[int] = []  # where each open bold run began in the output
        # Per open table: where in the output each of its rows was put, and its cells.
        self._tables: list[list[tuple[int, list[str]]]] = []

    # The parts a row's cell collects go to the cell, not to the page.
    def _put(self, s: str) -> None:
        if self._cell is not None:
            self._cell.append(s)
        else:
            self._out.append(s)

    def _breaks(self, n: int) -> None:
        if self._cell is not None:
            self._cell.append(" ")
        else:
            self._out.append("\n" * n)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
            return
        if self._skip:
            return
        if tag == "br":
            self._breaks(1)
        elif tag == "table":
            self._tables.append([])
        elif tag in _PARAGRAPHS:
            self._breaks(2)
            if tag[0] == "h" and tag[1:].isdigit() and self._cell is None:
                self._out.append("#" * int(tag[1:]) + " ")
        elif tag in _BLOCKS:
            self._breaks(1)
            self._pre += tag == "pre"
        elif tag in ("ul", "ol"):
            given = dict(attrs)
            start = given.get("start") or "1"
            self._lists.append(
                _List(
                    tag == "ol",
                    (given.get("type") or "1")[:1],
                    int(start) if start.isdigit() else 1,
                )
            )
            self._breaks(1)
        elif tag == "li":
            self._breaks(1)
            self._put(self._bullet(dict(attrs)))
        elif tag == "tr":
            self._flush_row()
            self._cells = []
        elif tag in ("td", "th"):
            if self._cells is None:
                self._cells = []
            self._close_cell()
            self._cell = []
        elif tag in _BOLD:
            self._bold.append(len(self._cell if self._cell is not None else self._out))
            self._put("**")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr") and not self._skip:
            self._breaks(1)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if tag in _PARAGRAPHS:
            self._breaks(2)
        elif tag in _BLOCKS:
            self._breaks(1)
            self._pre -= tag == "pre" and self._pre > 0
        elif tag in ("ul", "ol"):
            if self._lists:
                self._lists.pop()
            self._breaks(1)
        elif tag == "li":
            self._breaks(1)
        elif tag in ("td", "th"):
            self._close_cell()
        elif tag == "tr":
            self._flush_row()
        elif tag == "table":
            self._flush_row()
            if self._tables:
                self._unframe(self._tables.pop())
            self._breaks(1)
        elif tag in _BOLD and self._bold:
            self._close_bold(self._bold.pop())

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if not self._pre:
            data = _SPACES.sub(" ", data)
            into = self._cell if self._cell is not None else self._out
            if data.startswith(" ") and (not into or into[-1][-1:] in ("", " ", "\n")):
                # Spaces on both sides of an inline tag show as one, as a browser shows them.
                data = data[1:]
        self._put(data)

    def _bullet(self, attrs: dict[str, str | None]) -> str:
        if not self._lists or not self._lists[-1].ordered:
            return "- "
        at = self._lists[-1]
        given = attrs.get("value")
        if given and given.isdigit():
            at.next = int(given)
        n, at.next = at.next, at.next + 1
        return f"{_counter(n, at.kind)}. "

    def _close_bold(self, began: int) -> None:
        into = self._cell if self._cell is not None else self._out
        if began < len(into) and not "".join(into[began + 1 :]).strip():
            del into[began]  # a bold run around nothing but spaces marks nothing
        else:
            into.append("**")

    def _close_cell(self) -> None:
        if self._cell is not None and self._cells is not None:
            self._cells.append(_SPACES.sub(" ", "".join(self._cell)).strip().replace("|", "\\|"))
        self._cell = None

    def _flush_row(self) -> None:
        self._close_cell()
        if self._cells:
            # One row a line, no blank line between: a blank line ends a markdown table.
            if self._out and not self._out[-1].endswith("\n"):
                self._out.append("\n")
            if self._tables:
                self._tables[-1].append((len(self._out), self._cells))
            self._out.append("| " + " | ".join(self._cells) + " |\n")
        self._cells = None

    def _unframe(self, rows: list[tuple[int, list[str]]]) -> None:
        """A table of one column laid out as the paragraphs it frames.

        A news page sets each photo in a table: a row for the image, a row for its
        caption. A table with one cell a row has no columns to read; a browser's copy
        shows its text as lines between the paragraphs, and so it is read (a task table
        has a number, a task and an owner side by side).
        """
        if not rows or any(len(cells) > 1 for _, cells in rows):
            return
        for at, cells in rows:
            text = cells[0].replace("\\|", "|") if cells else ""
            self._out[at] = f"\n{text}\n\n" if text else ""

    def result(self) -> str:
        self._flush_row()
        lines = [line.strip(" ") for line in "".join(self._out).split("\n")]
        # Between a table's rows, nothing but the breaks of their cells' blocks was put.
        lines = _rows_together(lines)
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
        return text + "\n" if text else ""


def _rows_together(lines: list[str]) -> list[str]:
    out: list[str] = []
    blanks = 0
    for line in lines:
        if not line:
            blanks += 1
            continue
        joined = out and out[-1].startswith("| ") and line.startswith("| ")
        out.extend([""] * (0 if joined else blanks))
        out.append(line)
        blanks = 0
    return out + [""] * blanks


def _counter(n: int, kind: str) -> str:
    if kind in "aA":
        s = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            s = chr(ord("a") + r) + s
        return s.upper() if kind == "A" else s
    if kind in "iI":
        s = roman_numeral(n)
        return s if kind == "I" else s.lower()
    return str(n)
