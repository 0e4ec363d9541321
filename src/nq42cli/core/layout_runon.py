"""Paragraphs back from a line that lost its breaks.

A news scrape, some copy-paste paths, a database export or a chat message can give a
whole article's body on ONE line: its paragraphs, numbered items ("1. … 2. …", "1- …",
"a) …"), "- " bullets and subheadings run together. Every later rule reads a document by
its lines, so such a line reads as one paragraph that names everyone and assigns
nothing in particular. :func:`split_run_on` cuts it back into paragraphs: at sentence
ends and before the inline labels that start an item, never inside a number
("1.000", "15.6.2017", "2.5"), an abbreviation ("TP. HCM", "PGS.TS."), a legal
reference ("Điều 3.", "khoản 1 Điều 5") or a label a sentence refers back to ("(1)").

Only lines far longer than any paragraph are read so (see :data:`RUN_ON_CHARS`), or the
body line of a scraped page (a title line, a summary line and one body line, whatever
its length), and only when they hold several sentences and do not open as an item or a
table row (a long list item or table row is the document's own unit, kept whole).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from nq42cli.core.layout import wrap_paragraphs
from nq42cli.core.layout_crawl import crawled_cuts, crawled_joins

__all__ = ["RUN_ON_CHARS", "RunOn", "split_run_on"]

# In the corpus of real plans, resolutions and news pages that kept their breaks, the
# longest line that does not open as an item is 1,138 characters (a conclusion's section
# in one paragraph); longer ones (up to ~2,600) open as a list item or a table row. The
# bodies a scrape put on one line are 1,460 characters and up. A line longer than this
# (a quarter above the longest paragraph) is read as lost breaks when it holds several
# sentences.
RUN_ON_CHARS = 1400
# A run-on body is several sentences (or a list's lines after ";"); one long sentence (a
# list of bodies, a table cell) must not be cut.
_MIN_SENTENCES = 4
# A scraped news page is a title line, a summary line and the body on one line. Such a
# text has no paragraph of an ordinary document to protect, so its body is cut at any
# length: a short article's body is as run-on as a long one's.
_ARTICLE_LINES = 3

# Vietnamese capitals: in U+1EA0–U+1EF9 ("Ạ" … "Ỹ") capital and small letters alternate,
# so the capitals are listed one by one there.
_UP = "A-ZÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĐĨŨƠƯ" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA, 2))
_UPPER = f"[{_UP}]"
# A line that opens as an item, a table row or a markdown heading is the document's own
# unit, however long.
_OPENS_ITEM = re.compile(r"^\s*(?:[-+*•|#>]|\\-|\(?\d{1,2}[.)\-]|\(?[a-zđ]\)|[IVXLC]+\.)")
# Words a period follows without ending a sentence: titles, place abbreviations,
# degrees ("TP. HCM", "Th.S", "PGS.TS.", "Q. 1"), a single capital (an initial).
_ABBREV = re.compile(
    r"(?:^|[\s(“\"])(?:TP|Tp|ThS|Th\.S|TS|PGS|PGS\.TS|GS|GS\.TS|BS|KS|CN|Q|P|TX|NXB|St|Mr|Ms|Dr"
    rf"|{_UPPER})$"
)
# What a period after a number means in a legal reference: "Điều 3. …" heads an
# article, it does not end a sentence.
_LEGAL_NO = re.compile(r"(?:Điều|điều|Khoản|khoản|Mục|mục|Chương|chương|Phần|phần)\s+\d+[a-zđ]?$")
# A sentence's end: ".", "!", "?", "…" (or "..."), a closing quote or bracket after it,
# then a space and a capital (or an opening quote and a capital, or an item's label).
_END = re.compile(
    r"(?:\.{3}|…|[.!?])[”\"')]?(?=\s+(?:[“\"(]?" + _UPPER + r"|\d{1,2}[.\-)]\s|[-+]\s"
    r"|\d+\s+[a-zà-ỹđ]))"  # "… cơ quan thanh tra. 6 tháng cuối năm 2017, …"
    # A scrape that lost the space too: "… phương thức mới.Chủ tịch UBND TP …" (a word in
    # lower case, the period, a capitalised word: not "TP.HCM", not "Th.S").
    r"|(?<=[a-zà-ỹđ]{2}[.!?])(?=" + _UPPER + r"[a-zà-ỹđ])"
    # … or after a year: "… mục tiêu tăng trưởng kinh tế năm 2017.Bộ Giao thông vận tải …".
    r"|(?<=[\s/](?:19|20)\d\d[.])(?=" + _UPPER + r"[a-zà-ỹđ])"
)
# A list's items written "a; b; c" go on in lower case; a capital after ";" is where a
# line of the list began before the breaks were lost ("…; Giao Sở X …; Phối hợp với …").
_ITEM_SEMI = re.compile(r";(?=\s+[“\"]?" + _UPPER + ")")
# Labels that start an item inline. Numbers and letters must follow their sequence
# ("2." only after "1."), so "Điều 2." or "tại điểm a)" in a sentence is not cut.
_NUM_LABEL = re.compile(r"(?<=\s)(?P<n>\d{1,2})(?P<p>[.\-)])\s+(?=[“\"]?" + _UPPER + ")")
_PAREN_LABEL = re.compile(r"(?<=\s)\((?P<n>\d{1,2})\)\s+(?=" + _UPPER + ")")
_LETTER_LABEL = re.compile(r"(?<=\s)(?:(?P<l>[a-zđ])|(?P<o>[a-zđ])[a-z]|)\)\s+(?=" + _UPPER + ")")
_STRAY_AFTER_END = re.compile(r"([:;])\s+(?:[^\w\s]{1,2}|[lI|])\s*$")
# A scan's stray marks between a clause's end and the next clause's number: a page
# number's dash, a speck read as "_", "ˆ", "`" or a letter or two ("… Quốc hội. vã t 3.").
_STRAY_TAIL = re.compile(r"(?:\s+(?:[^\w\s]{1,3}|\w{1,2})){1,3}\s*$")
_BULLET = re.compile(r"(?<=[.:;!?…”)])\s+(?P<b>[-+–])\s+(?=[“\"]?" + _UPPER + ")")
# "a) … b) … đ) …": Vietnamese order, and the ASCII letters a typist may use between.
_LETTERS = "abcdđefghiklmnopqrstuvxy"
# An article's heading ("Điều 6.", "### Điều 6.", "**Điều 6.**") a scan's OCR ran on into
# its clauses: a heading is a line of a title, never several hundred characters.
_ARTICLE_HEAD = re.compile(r"^\s*(?:#{1,6}\s*)?(?:\*\*)?Điều\s+\d{1,3}[a-zđ]?\s*[.:]")
_HEADING_CHARS = 400
_TITLE_CHARS = 300  # the longest article title, with room
_FIRST_CLAUSE = re.compile(r"(?<=\s)1[.,]\s+(?=[“\"]?" + _UPPER + ")")
_BEFORE_LABEL = re.compile(r"[.:;!?…”)]\s*$")
# Words that open a sentence and are written with a capital nowhere else: a topic, a
# time, a connective. One standing a few words after a sentence's start, behind words
# in lower case, shows a subheading (or a photo's credit) run into the paragraph:
# "Giải pháp trung, dài hạn Về các giải pháp …", "Ảnh: TN Chiều 4/7, Phó Thủ tướng …".
_OPENER = re.compile(
    r"\s(?=(?:Về|Đối với|Để|Theo|Tại|Trong|Chiều|Sáng|Trưa|Tối|Cụ thể|Đồng thời|Ngoài ra"
    r"|Bên cạnh|Riêng|Cùng với|Tuy nhiên|Nhằm|Qua|Phát biểu|Kết luận|Đại diện)[\s,])"
)
# A scrape that lost a break and its space too glues a subheading (or a "more" link) to
# the sentence after it: "… hạ tầng phụ trợ sân golfVề các vấn đề …", "… nước mắmCụ thể,
# …". A word in lower case runs straight into a capital that opens a sentence; no word is
# spelt so, so the text is cut there.
_GLUED = re.compile(
    r"(?<=[a-zà-ỹđ]{2})(?=(?:Về|Đối với|Theo|Tại|Trong|Chiều|Sáng|Cụ thể|Đồng thời|Ngoài ra"
    r"|Bên cạnh|Riêng|Cùng với|Tuy nhiên|Phát biểu|Kết luận|Thủ tướng|Phó Thủ tướng|Liên quan)"
    r"[\s,])"
    # "… với các hệ thống chính của TP.Thủ tướng yêu cầu …": a period glued to the next
    # sentence after an abbreviation; a place is never named "Thủ tướng".
    r"|(?<=\.)(?=(?:Phó )?Thủ tướng\s)"
)
# "… vào tháng 3.2017 Theo đó, ông Thơ đã giao …": a connective that opens a sentence,
# capitalised after a word with no end mark, follows a caption (or a subheading) run in,
# however long; so it does after a related link ("[Đề xuất thêm nhiều tuyến phố …]").
_CONNECTIVE = re.compile(r"(?:Theo đó|Ngoài ra|Bên cạnh đó|Đồng thời),\s")
_RUN_IN_WORDS = 12  # a subheading is a few words
# A headline with a name in it says something: a few words more than a subheading's
# topic (the syllables of "Bộ Công thương sắp có phương án xử lý dự án kém hiệu quả"
# are 14), but still a line's.
_HEADLINE_WORDS = 5
_HEADLINE_MAX = 16
# A photo's caption mark run in before the text: "Ảnh minh họa Chỉ thị nêu rõ, …".
_CAPTION = re.compile(r"^Ảnh minh h(?:ọa|oạ)\s+(?=" + _UPPER + ")")


@dataclass
class RunOn:
    """A text with its run-on lines cut, and where each new line came from."""

    text: str
    origin: list[int] = field(default_factory=list)  # new line (from 0) -> source line (from 1)
    lines: int = 0  # run-on lines cut
    paragraphs: int = 0  # the paragraphs they were cut into
    article: bool = False  # a scraped news page: title, summary, its body cut from one line
    summary: int = 0  # the source line (from 1) of a page's summary its body restates


_GAPS = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")


def split_run_on(text: str) -> RunOn:
    """``text`` with every run-on line cut into paragraphs (see the module's docstring)."""
    out: list[str] = []
    origin: list[int] = []
    got = RunOn(text)
    # A page's paragraph the crawler broke mid-sentence ("… tầm nhìn đến năm" / "2045. Xây
    # dựng …") is one line again first: its second half read alone opens an item.
    source = text.split("\n")
    rows, base = crawled_joins(source)
    # A hard-wrapped copy (an e-mail, a page saved as text at 80 columns) cut each of
    # the original's lines into lines of a paragraph: the run-on body is read from them
    # joined, as the original's one line, or the copy keeps the page's body as one
    # paragraph that names everyone and dates it with any date in it.
    spans = wrap_paragraphs(rows) or [(k, k + 1) for k in range(len(rows))]
    filled = [k for k, (a, b) in enumerate(spans) if any(x.strip() for x in rows[a:b])]
    body = filled[-1] if 2 <= len(filled) <= _ARTICLE_LINES else -1
    summary = filled[-2] if body >= 0 and len(filled) == _ARTICLE_LINES else -1
    for k, (a, b) in enumerate(spans):
        line = rows[a] if b - a == 1 else " ".join(x.strip() for x in rows[a:b])
        # Its gaps as one space first: a justified copy's doubled spaces would hide the
        # marks the cuts look for ("Ảnh minh họa", "1. "), and the lines read later are
        # single-spaced anyway.
        squeezed = _GAPS.sub(" ", line)
        long = len(squeezed) > RUN_ON_CHARS or k == body
        parts = (
            _article(squeezed)
            or (_paragraphs(squeezed) if long else [])
            or (crawled_cuts(line, rows[a - 1] if a else "") if b - a == 1 else [line])
        )
        if len(parts) > 1:
            got.lines += 1
            got.paragraphs += len(parts)
            got.article = got.article or k == body
            # A blank line between the paragraphs, as a copy that kept them shows them: a
            # paragraph the cut left without its end mark (a caption, a "…") is not the
            # start of a sentence wrapped onto the next line.
            parts = [x for part in parts for x in ("", part)][1:]
            out.extend(parts)
            origin.extend([base[a]] * len(parts))
        else:
            if k == summary and b - a == 1 and _restated(line, _joined(rows, spans[body])):
                # The page's summary (sapo) says again what a sentence of the body says in
                # full: read twice, the request would be two duties, the summary's often
                # with a name cut short ("Bộ Giao thông" for "Bộ Giao thông vận tải").
                got.summary = base[a]
            out.extend(rows[a:b])
            origin.extend(base[a:b])
    if got.lines or rows != source:
        got.text = "\n".join(out)
    got.origin = origin
    return got


def _joined(rows: list[str], span: tuple[int, int]) -> str:
    a, b = span
    return rows[a] if b - a == 1 else " ".join(x.strip() for x in rows[a:b])


# A summary's sentence is restated when one sentence of the body holds every number of it
# and nearly all its other syllables (the body's sentence says more: "Chủ trì, phối hợp
# với Bộ Tài chính tiếp tục rà soát … trên nguyên tắc …" under "Chính phủ yêu cầu Bộ Giao
# thông chủ trì, phối hợp với Bộ Tài chính tiếp tục rà soát …").
_RESTATED_SHARE = 0.8
_SYLLABLE = re.compile(r"\d[\d/.,-]*\d|\w+")
_MIN_SYLLABLES = 8  # a short summary ("Bộ X yêu cầu Y") is too little to tell by


def _restated(summary: str, body: str) -> bool:
    """Whether every sentence of a page's summary is said again by one of its body's."""
    said = [set(_SYLLABLE.findall(s.casefold())) for s in _sentences(body)]
    own = [_SYLLABLE.findall(s.casefold()) for s in _sentences(summary)]
    if not own or not said:
        return False
    for words in own:
        if len(words) < _MIN_SYLLABLES:
            return False
        numbers = [w for w in words if w[:1].isdigit()]
        if not any(
            all(w in s or _day_with_year(w, s) for w in numbers)
            and sum(w in s for w in words) >= _RESTATED_SHARE * len(words)
            for s in said
        ):
            return False
    return True


def _day_with_year(day: str, said: set[str]) -> bool:
    """Whether a summary's day without its year ("trước 30/7") is the body's day with it."""
    return any(w.startswith((day + "/", day + ".")) for w in said)


def _sentences(line: str) -> list[str]:
    cuts = [0, *_sentence_ends(line), len(line)]
    return [p for a, b in itertools.pairwise(cuts) if (p := line[a:b].strip())]


def _article(line: str) -> list[str]:
    """An article's heading and its clauses, when a scan's OCR put them on one line.

    An OCR'd copy may give each article as ONE line, a Markdown heading at that:
    "### Điều 6. Trách nhiệm của … 1. Trách nhiệm của …: a) … b) … 2. …". Read as a
    heading it is the document's own unit and its clauses are lost; its title runs into
    "1." with no end mark, so the cut before the first clause is made here, and the
    clauses are cut as any run-on text's.
    """
    head = _ARTICLE_HEAD.match(line)
    if head is None or len(line) <= _HEADING_CHARS:
        return []
    first = _FIRST_CLAUSE.search(line, head.end(), head.end() + _TITLE_CHARS)
    if first is None:
        return []
    # From the space before "1.": a label is read after a space, and "1." sets the
    # sequence later numbers must follow.
    clauses = _cut(line[first.start() - 1 :])
    if len(clauses) < 2:
        return []
    return [line[: first.start()].strip(), *clauses]


def _paragraphs(line: str) -> list[str]:
    if _OPENS_ITEM.match(line):
        return [line]
    return _cut(line, _MIN_SENTENCES)


def _cut(line: str, least: int = 0) -> list[str]:
    cuts = set(_sentence_ends(line)) | {m.end() for m in _ITEM_SEMI.finditer(line)}
    if len(cuts) + 1 < least:
        return [line]
    relabel: dict[int, tuple[int, str]] = {}
    cuts |= set(_label_starts(line, relabel))
    cuts |= {m.start() for m in _GLUED.finditer(line)}
    cuts |= set(_run_ins(line, sorted(cuts)))
    out: list[str] = []
    at = 0
    for cut in [*sorted(cuts), len(line)]:
        piece = line[at:cut]
        if at in relabel:
            end, label = relabel[at]
            piece = label + line[end:cut]
        # A scan's speck after a lead-in's or a point's end ("… thành phố: l") is no
        # part of it: an owner read from the lead-in would carry it.
        piece = _STRAY_AFTER_END.sub(r"\1", piece).strip()
        if piece:
            out.append(piece)
        at = cut
    return out


def _sentence_ends(line: str) -> list[int]:
    """Where a sentence ends: the index just after its end mark (and closing quote)."""
    cuts = []
    for m in _END.finditer(line):
        before = line[: m.start()]
        if m.group().startswith(".") and not m.group().startswith("..."):
            if _ABBREV.search(before) or _LEGAL_NO.search(before):
                continue
            if re.search(r"(?:^|\s)\d{1,2}$", before) and _after_label(before):
                continue  # "1." of a label: the cut goes before it, not after
        cuts.append(m.end())
    return cuts


def _run_ins(line: str, cuts: list[int]) -> list[int]:
    """Where the text starts after a subheading or a caption run in at a paragraph's start."""
    out: list[int] = []
    for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True):
        piece = line[a:b]
        lead = len(piece) - len(piece.lstrip())
        if (cap := _CAPTION.match(piece[lead:])) is not None:
            out.append(a + lead + cap.end())
            continue
        m = _OPENER.search(piece, lead)
        if m is None:
            continue
        end = piece[lead : m.start()].rstrip()[-1:]
        if _CONNECTIVE.match(piece, m.end()) and (end.isalnum() or end == "]"):
            out.append(a + m.end())
            continue
        words = piece[lead : m.start()].split()
        rest = words[1:] if words and words[0].rstrip(":") != "Ảnh" else words[2:]
        small = all(w[:1].islower() for w in rest)
        if (
            words
            and 2 <= len(words) <= (_RUN_IN_WORDS if small else _HEADLINE_MAX)
            and words[0][:1].isupper()
            and (small or _headline(rest))
            and not any(c.isdigit() for c in piece[lead : m.start()])
        ):
            out.append(a + m.end())
    return out


def _headline(words: list[str]) -> bool:
    """Whether words after a capital read as a headline naming a body or a place.

    A digest runs its stories' headlines into their first sentences: "Bộ Công thương sắp
    có phương án xử lý dự án kém hiệu quả Đại diện Bộ Công Thương cho biết, …". A name
    inside the headline is written with capitals ("Công thương", "Nhà nước", "Việt
    Nam"); the words of a headline are mostly small all the same, and it has no comma
    (a sentence's clause before its opener has).
    """
    small = sum(w[:1].islower() for w in words)
    return (
        len(words) >= _HEADLINE_WORDS
        and 2 * small > len(words)
        and not any(w.endswith((",", ";", ":")) for w in words)
    )


def _after_label(before: str) -> bool:
    """Whether the number that ends ``before`` stands after a sentence end (a label)."""
    head = re.sub(r"\d{1,2}$", "", before)
    return (
        bool(_BEFORE_LABEL.search(head))
        or not head.strip()
        or bool(_BEFORE_LABEL.search(_STRAY_TAIL.sub("", head)))
    )


def _label_starts(line: str, relabel: dict[int, tuple[int, str]] | None = None) -> list[int]:
    """Where an inline item label starts, when its sequence says it is a label."""
    cuts: list[int] = []
    last: dict[str, int] = {}
    for m in _NUM_LABEL.finditer(line):
        n, kind = int(m["n"]), m["p"]
        seq = last.get(kind, 0)
        if n not in (1, seq + 1):
            continue
        head = line[: m.start()]
        # "1." opens a list after a lead-in or a sentence; a later number may follow an
        # owner heading run into it ("2. Sở Y tế a) …") but not a word of a sentence.
        if (
            head.strip()
            and not _BEFORE_LABEL.search(head)
            and not (seq and head.rstrip().endswith(":"))
            and not (seq and _BEFORE_LABEL.search(_STRAY_TAIL.sub("", head)))
        ):
            continue
        last[kind] = n
        cuts.append(m.start())
    seq = 0
    for m in _PAREN_LABEL.finditer(line):
        n = int(m["n"])
        if n == seq + 1 and _BEFORE_LABEL.search(line[: m.start()]):
            seq = n
            cuts.append(m.start())
    prev = ""
    for m in _LETTER_LABEL.finditer(line):
        letter = m["l"]
        if letter is not None:
            if letter == "a" or (prev and _next_letter(prev, letter)):
                prev = letter
                cuts.append(m.start())
            continue
        # The scan's letter, garbled, where the list's next one stands: "ce)" for "c)",
        # ") Ban hành" for "c) Ban hành", right after a point's end.
        want = _LETTERS[_LETTERS.find(prev) + 1 : _LETTERS.find(prev) + 2] if prev else ""
        if want and m["o"] in (want, None) and _BEFORE_LABEL.search(line[: m.start()]):
            prev = want
            cuts.append(m.start())
            if relabel is not None:
                relabel[m.start()] = (line.index(")", m.start()) + 1, f"{want})")
    cuts += [m.start("b") for m in _BULLET.finditer(line)]
    return cuts


def _next_letter(prev: str, letter: str) -> bool:
    """Whether ``letter`` follows ``prev`` in a list's letters (Vietnamese or ASCII order)."""
    i, j = _LETTERS.find(prev), _LETTERS.find(letter)
    ascii_next = ord(letter) == ord(prev) + 1 if prev != "đ" else letter == "e"
    return (i >= 0 and j == i + 1) or ascii_next
