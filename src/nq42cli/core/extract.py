"""Draft a plan file from the text of a plan, programme, resolution or conclusion.

``nq42 extract`` reads the documents that carry Party and State work: the Politburo's
plans and conclusions, the Government's programmes with their task tables, ministries'
and provinces' plans. The text goes through four steps, each in its own module:

1. :mod:`~nq42cli.core.layout` — lines and tables (markdown, pipes, tabs) with their
   line numbers;
2. :mod:`~nq42cli.core.docheader` — the header (kind, number, date, issuer, title,
   the document implemented); a document may hold several parts (a decision and the
   plan it issues, a programme and its appendices), each opening with its kind;
3. an outline of numbered parts: Latin parts (``A.``), Roman sections (``I-``, ``II.``),
   items (``1.``, three digits too), decimal items (``2.1.``), letters (``a)`` … ``đ)``),
   ``-``/``+`` bullets and unnumbered paragraphs, nested by the order they appear in;
4. duties, from the outline and the task tables (:mod:`~nq42cli.core.tables`), each
   with its owners (:mod:`~nq42cli.core.ownerfind`) and its timing
   (:mod:`~nq42cli.core.spans`).

What is a duty follows the conventions of ``tests/extract_corpus/CONVENTIONS.md``: the
smallest numbered, lettered or bulleted unit that carries an action; not the headings
that name a topic or an owner, not a lead-in whose subject owns the bullets below it
("Đảng uỷ Chính phủ khẩn trương …, cụ thể như sau:"), not field labels ("Cơ quan chủ
trì:", "Thời gian thực hiện:" — they give the owners and time of their item), not
purposes, targets, funding sources or the standing "nếu có khó khăn …" procedure.

Nothing is dropped silently. Every guess is written in the duty's ``review`` field with
its reason, the draft's notes say what the header lacked, and :class:`Coverage` counts
what was seen and what was read — dated phrases, table rows, owners — so an empty
answer can be told from an unread document. This module is pure: text in, data out.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise
from typing import Any

from nq42cli.core.bodies import BODIES, Body
from nq42cli.core.docheader import (
    Header,
    implements,
    issuing_report,
    kind_from_number,
    kind_title,
    own_date,
    read_header,
)
from nq42cli.core.events import Event, holds, particulars
from nq42cli.core.grammar import YEAR_FROM_CONTEXT, read_phrase
from nq42cli.core.layout import (
    SPACED_MIN,
    SPACED_SHARE,
    SPACED_WORDS,
    Grid,
    Line,
    dedented,
    pieces,
    slash_labels,
    source_lines,
    unquoted,
    unspecked,
)
from nq42cli.core.layout_runon import split_run_on
from nq42cli.core.markup import UNDONE_NOTES, as_read, content_file, without_list_fields
from nq42cli.core.ownerfind import (
    LEARNERS_AND_TEACHERS,
    Named,
    Registry,
    Subject,
    asks_no_one,
    drop_honorific,
    is_owner_list,
    kind_heading,
    name_end,
    partners_after,
    split_names,
    starts_body,
    subject,
    unabbreviated,
    verb_led,
)
from nq42cli.core.spans import APPROXIMATE, Span, clock_lead, find_spans
from nq42cli.core.tables import (
    CellTests,
    TableKind,
    TaskTable,
    cells_grid,
    kind_of,
    named_header,
    roles,
    task_table,
)
from nq42cli.core.tables_bare import (
    bar_cells,
    bar_width,
    despecked,
    specific_rows,
    speckless,
    unrequested,
)
from nq42cli.core.tables_columns import columns_grid
from nq42cli.core.tables_layout import layout_grid, layout_header_at, layout_table_end
from nq42cli.core.tables_ocr import (
    calendar_grids,
    day_block_grids,
    day_led_grids,
    ocr_grids,
    schedule_grids,
)
from nq42cli.core.text import contains_folded, fold, fold_aligned, nfc
from nq42cli.core.undated import earliest_date, narrated_past, posted_date, the_one_year
from nq42cli.core.vocab import LETTERS, WHOLE_DAY, Role, roman_numeral, roman_value
from nq42cli.core.windows import (
    TimeParseError,
    Window,
    WindowKind,
    parse_window,
    render_window,
)

__all__ = ["Coverage", "Draft", "extract", "prepared"]

_TERMINAL = (".", ";", ":", "!", "?", ")")


@dataclass
class Coverage:
    """What the extractor saw and what it read, so "0 due" is never "0 read"."""

    duties: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    reviews: int = 0
    no_owner: int = 0
    unknown_owners: list[str] = field(default_factory=list)
    dated_seen: int = 0  # time expressions in duties' text, fields and cells
    dated_read: int = 0
    set_aside: Counter[str] = field(default_factory=Counter)  # by reason code
    outside: int = 0  # time expressions outside duties (purposes, preamble, headings)
    tables: list[dict[str, Any]] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)  # blocks that are not duties, by code
    run_on_lines: int = 0  # lines that lost their paragraph breaks, cut back into paragraphs
    run_on_paragraphs: int = 0


@dataclass
class Draft:
    """A drafted plan: the data of a plan file, notes for the analyst, the coverage."""

    data: dict[str, Any]
    notes: list[str] = field(default_factory=list)
    coverage: Coverage = field(default_factory=Coverage)

    @property
    def duties(self) -> list[dict[str, Any]]:
        """The drafted duties."""
        duties: list[dict[str, Any]] = self.data["duties"]
        return duties

    @property
    def reviews(self) -> int:
        """How many duties are marked for review."""
        return sum(1 for d in self.duties if d.get("review"))


# --------------------------------------------------------------------------- outline


# "Đối với doanh nghiệp do Nhà nước nắm giữ …, người đại diện …": the case a clause is
# about, before its subject.
_CASE_LEAD = re.compile(r"^(?:Đối với|Trường hợp)\s[^,;:]{3,200},\s+", re.I)
_PARTY_WORDS = 3  # a party's shortest name ("Người đại diện …"), not a word of a sentence


def _party_restated(party: str, node: _Node) -> str | None:
    """The title's party as its article's clauses name it as their subject, or None.

    "Điều 6. Trách nhiệm của Hội đồng thành viên hoặc Chủ tịch công ty của doanh nghiệp
    do Nhà nước nắm giữ 100% vốn điều lệ" over "2. Hội đồng thành viên hoặc Chủ tịch công
    ty … phê duyệt …": a party no list of bodies knows, named too long for a short noun
    phrase, owns the article when a clause opens on its name; its name is the shortest
    opening the clauses give it.
    """
    words = party.split()
    if len(words) < _PARTY_WORDS or not words[0][:1].isalpha():
        return None
    name = [w.casefold() for w in words]
    best = 0
    for text in _texts(node):
        got = _CASE_LEAD.sub("", text.strip()).split()
        k = 0
        while k < min(len(got), len(name)) and got[k].casefold().rstrip(",") == name[k]:
            k += 1
        if k >= _PARTY_WORDS and (k == len(name) or not got[k - 1].endswith(",")):
            best = k if not best else min(best, k)
    if not best:
        return None
    out = " ".join(words[:best]).rstrip(",")
    return out[:1].upper() + out[1:]


def _texts(node: _Node) -> list[str]:
    """The texts of a node's children, all levels down."""
    out: list[str] = []
    for c in node.children:
        out += [c.text, *_texts(c)]
    return out


@dataclass(slots=True, eq=False)
class _Node:
    kind: str  # root part roman decimal arabic letter dash plus para article
    label: str
    text: str
    line: int
    heading: int = 0
    blank_before: bool = False
    children: list[_Node] = field(default_factory=list)
    parent: _Node | None = None
    id: str = ""
    over_duties: bool = False  # a field's words heading bullets that name their own subjects


_LABELS: list[tuple[str, re.Pattern[str]]] = [
    ("article", re.compile(r"^Điều\s+(?P<id>\d{1,3})\s*[.:]\s*(?P<text>.*)$")),
    ("roman", re.compile(r"^(?P<id>X{0,3}(?:IX|IV|V?I{0,3}))\s*[-.–)]\s*(?P<text>\S.*)$")),
    ("part", re.compile(r"^(?P<id>[A-HK-UWYZĐ])\s*[.)]\s+(?P<text>\S.*)$")),
    # "2.1.a. Thành lập …": a lettered point under "2.1." printed with its item's number.
    (
        "letter",
        re.compile(r"^\d{1,3}(?:\.\d{1,3})+\.(?P<id>[a-zđ])[.)]\s+(?P<text>[A-ZĐÀ-Ỹ\"“(*].*)$"),
    ),
    # "2.2 - Công đoàn cơ sở: tổ chức …", "3.1- Đối với …": a dash may part the number
    # from its words; it is the label's layout, not a bullet of the item's own.
    (
        "decimal",
        re.compile(r"^(?P<id>\d{1,3}(?:\.\d{1,3})+)(?:\.?\s*[-–]\s+|\.?\s+)(?P<text>\S.*)$"),
    ),
    ("arabic", re.compile(r"^(?P<id>\d{1,3})\s*[.)]\s*(?P<text>\S.*)$")),
    ("letter", re.compile(r"^(?P<id>[a-zđ])\s*\)\s*(?P<text>\S.*)$")),
    # "a. Rà soát …": a letter with a dot, before a capital (never a word cut short).
    ("letter", re.compile(r"^(?P<id>[a-zđ])\.\s+(?P<text>[A-ZĐÀ-Ỹ\"“(*].*)$")),
    # "Bước 2: Hội nghị lấy ý kiến cử tri nơi công tác." over "- Thành phần: …", "- Chủ
    # trì: …" fields: a procedure's step on a line of its own, numbered as a run-in item
    # ("(2) …") is, beside the outline's own numbers.
    ("inline", re.compile(r"^Bước\s+(?P<id>\d{1,2})\s*[:.]\s*(?P<text>[A-ZĐÀ-Ỹ].*)$")),
    # "-_ Thời gian: …": a scan may read a speck after the dash.
    ("dash", re.compile(r"^[-–—•·][\s_]*(?P<text>\S.*)$")),
    ("plus", re.compile(r"^\+\s*(?P<text>\S.*)$")),
]
_BULLETS = ("dash", "plus")
_LISTED = ("letter", "dash", "plus", "inline", "inline_roman")


# "Ii. tổ chức thực hiện", "Iv. hiệu lực thi hành": a copy that lower-cased its headings
# after their first letter (a tokenizer's or a title-casing export's) keeps the numeral's
# first letter only; a numeral of two or more letters in that case is still the numeral.
_TITLED_ROMAN = re.compile(r"^(?P<n>[IVX][ivx]{1,3})(?=\s*[.)]\s*\S)")


# A signed PDF's text carries the signing service's stamp at its top ("TRUNG TÂM CÔNG BÁO
# VÀ TIN HỌC", an e-mail, "09.01.2025 10:21:11 +07:00"): a day.month.year is no item's
# number, and read as "09." it would end the header before the document's own.
_DATE_STAMP = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}(?!\d)")


# "1.2. Chỉ đạo … tổ chức tổng kết giao" then "—————>—— ước thi đua năm 2019, …": a
# scanned page's pen stroke or rule, read by OCR as a run of dashes at a line's start, before
# the item's words going on in lower case; a bullet is one mark before a word of its own.
_SCAN_STROKE = re.compile(r"^[-–—_>~]{3,}\s*[a-zđà-ỹ]")


# "- **a)** Các cơ quan …": a markdown list item whose words open with a point's letter
# (a converter that set every point as a list item): the letter is the label, the
# list's dash only its layout.
_LISTED_LETTER = re.compile(r"^[-–•]\s*(?=[a-zđ]\)\s*\S)")


# An article's word and number as OCR gives them ("Điểu 2.", "Ðiều 2." with an eth,
# "Diều 2.", "Điêu 2.", "Điều2.", "Điều l.", "Điều 3, Quyết định …"); the printed spelling
# "Điều 2." is left to the label's own pattern.
_OCR_ARTICLE = re.compile(
    r"^(?!Điều\s+\d{1,3}\s*[.:])[ĐÐD]i[ềểêeệễéế]u\s*(?P<n>\d{1,3}|[lI|](?=\s*\.))"
    r"\s*(?:[.:]|,(?=\s*[A-ZĐÀ-Ỹ]))\s*"
)


# A number and a closing bracket at a line's start ("1.16 )/Báo cáo chi tiết/…"): a
# hard-wrapped line going on with a number cited in brackets; no item's words open with
# a closing bracket.
_CITED_WRAP = re.compile(r"^\d{1,3}(?:\.\d{1,3})+\.?\s+[)\]}]|^\d{1,3}[.)]\s*[)\]}]")


def _label(line: Line) -> _Node | None:
    read = _label_read(line.text, line.raw, line.heading)
    if read is None:
        return None
    kind, ident, text = read
    return _Node(kind, ident, text, line.no, line.heading, line.blank_before)


# The outline's passes ask each line's label many times over (a line is read again by
# every pass that regroups the lines): what the label reads depends on these three only.
@functools.lru_cache(maxsize=16384)
def _label_read(line_text: str, raw: str, heading: int) -> tuple[str, str, str] | None:
    """The kind, number and words of a labelled line (see :func:`_label`), or None."""
    if line_text[:1] in ("Đ", "Ð", "D") and (ocr := _OCR_ARTICLE.match(line_text)) is not None:
        number = ocr["n"] if ocr["n"].isdigit() else "1"
        line_text = f"Điều {number}. {line_text[ocr.end() :]}"
    if (listed := _LISTED_LETTER.match(line_text)) is not None and raw.lstrip().startswith(
        ("- **", "* **", "-**")
    ):
        line_text = line_text[listed.end() :]
    titled = _TITLED_ROMAN.match(line_text)
    if titled is not None and roman_value(titled["n"].upper()):
        line_text = titled["n"].upper() + line_text[titled.end() :]
    for kind, pattern in _LABELS:
        m = pattern.match(line_text)
        if m is None:
            continue
        ident = m.groupdict().get("id") or ""
        text = m.group("text").strip()
        if kind == "roman" and not ident:
            continue
        if kind in ("decimal", "arabic") and _THOUSANDS.match(line_text):
            continue  # "500.000 thuê bao": a number with its thousands set apart
        if kind in ("decimal", "arabic") and _DATE_STAMP.match(line_text):
            continue  # "09.01.2025 10:21:11 +07:00": a digital signature's stamp
        if kind in ("decimal", "arabic") and _CITED_WRAP.match(line_text):
            continue  # "(chức năng 8. 9." / "1.16 )/Báo cáo …": a wrapped line's cited number
        if kind == "part" and not _mostly_upper(text) and heading != _PART_LEVEL:
            continue
        if kind == "dash" and _SCAN_STROKE.match(line_text):
            continue  # "—————>—— ước thi đua năm 2019, …": a scan's stroke, no bullet
        if kind == "article" and not text:
            text = f"Điều {ident}"
        return kind, ident, text
    return None


_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}(?!\d)")


# "… theo pháp luật và các quy định hiện hành. 5. Theo dõi, kiểm tra …": the next item's
# number run in after the sentence that ends an item (a page that lost the line break).
_RUN_IN_NUMBER = re.compile(r"(?<=[.;])\s+(?P<n>\d{1,3})\.\s+(?=[A-ZĐÀ-Ỹ])")


def _run_in_numbers(blocks: list[_Node]) -> list[_Node]:
    """Items whose next number a block runs in after a sentence's end, cut apart.

    Only the number that follows the block's own ("4." then "5.") and that no block
    after it holds already: a cited "khoản 5." never follows a "4." item's sentence end
    with the item "5." still to come.
    """
    out: list[_Node] = []
    for k, block in enumerate(blocks):
        later = {x.label for x in blocks[k + 1 :] if x.kind == "arabic"}
        b = block
        while b.kind == "arabic" and b.label.isdigit() and not b.children:
            nxt = str(int(b.label) + 1)
            m = next((m for m in _RUN_IN_NUMBER.finditer(b.text) if m["n"] == nxt), None)
            if m is None or nxt in later:
                break
            out.append(replace(b, text=b.text[: m.start()].rstrip()))
            b = _Node("arabic", nxt, b.text[m.end() :], b.line, b.heading, False)
        out.append(b)
    return out


def _mostly_upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _name_across_dash(before: str, after: str, registry: Registry) -> bool:
    """Whether a known name with a dash in it runs from ``before``'s end into ``after``.

    "… tổng hợp phiếu điều tra và gửi về Bộ Lao động" then "- Thương binh và Xã hội (qua
    Vụ …) trước ngày …": the line broke at the dash inside the ministry's name, which a
    copy then set at the next line's start, where it reads as a bullet.
    """
    tail, head = fold(before)[-60:], fold(after)[:60]
    joined = f"{tail} - {head}"
    for sp in registry.spellings:
        if " - " not in sp:
            continue
        at = joined.find(sp)
        if 0 <= at < len(tail) and at + len(sp) > len(tail) + 3:
            return True
    return False


def _blocks(lines: list[Line], registry: Registry, spaced: bool = False) -> list[_Node]:
    """Labelled blocks and paragraphs, with the lines a wrap or a page break split joined.

    In a ``spaced`` copy (see ``_spaced``) an empty line after a sentence's end joins
    what the same line break with no empty line joins; but a sentence giving only a time
    after a run of unlabelled paragraphs stands apart (an article's way to date the run).
    """
    out: list[_Node] = []
    joined: _Node | None = None  # the last block a line was joined to
    last_raw = ""  # the printed line the last block ends with
    for k, line in enumerate(lines):
        node = _label(line)
        prev = out[-1] if out else None
        if (
            node is not None
            and node.kind == "dash"
            and prev is not None
            and prev.text[-1:].isdigit()
            and node.text[:1].isdigit()
        ):
            node = None  # "… của giai đoạn 2021" then "- 2025 sang …": a span wrapped
        if (
            node is not None
            and node.kind == "dash"
            and prev is not None
            and not prev.text.rstrip(" *").endswith((".", ";", ":", "!", "?"))
            and _name_across_dash(prev.text, node.text, registry)
        ):
            node = None  # "… gửi về Bộ Lao động" then "- Thương binh và Xã hội …": a name
        titled = prev is not None and prev.kind == "article" and prev is not joined
        if (
            node is None
            and prev is not None
            and prev.kind in ("arabic", "letter", "decimal")
            and (not line.blank_before or spaced)
            and not prev.children
            and prev.text.endswith(";")
            and is_owner_list(prev.text.rstrip(" ;"), registry)
            and is_owner_list(line.text.split(" và ")[0].split(",")[0], registry)
        ):
            # "3. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;" then "Ủy ban nhân dân
            # các tỉnh … và các cơ quan thanh tra căn cứ …": the subject's list wrapped.
            prev.text = f"{prev.text} {line.text}"
            joined = prev
            continue
        if (
            node is None
            and prev is not None
            and prev is not joined
            and prev.kind in ("arabic", "decimal", "letter")
            and _titled_over_sentence(prev, last_raw, line, registry)
        ):
            # "**1.** Điều chỉnh Danh mục hàng hóa …:" with a markdown line break, then
            # "Trường hợp cần thiết …, Sở quản lý ngành … chuẩn bị hồ sơ …." (a converter's
            # copy of a clause with its caption): the caption names the topic; the
            # sentence under it is the clause's work.
            prev.text = line.text
            joined = prev
            last_raw = line.raw
            continue
        if (
            node is None
            and prev is not None
            and prev is not joined
            and prev.kind in ("arabic", "decimal", "letter")
            and _restated_title(prev, line)
        ):
            # "3. Giám sát việc lập, niêm yết danh sách cử tri" then "Giám sát việc lập danh
            # sách cử tri theo quy định … . Cụ thể các nội dung:": the title, then the
            # sentence saying its work in full; the sentence is the item's text.
            prev.text = line.text
            joined = prev
            last_raw = line.raw
            continue
        if (
            node is None
            and prev is not None
            and _continues(prev, line, spaced and not _in_run(out), _carried_on(lines, k))
            and not (titled and _article_body(prev, line))
            and not _bold_owner_heading(prev, last_raw, line, registry)
            and not _dated_sentence_under(prev, line)
            and not _field_under_title(prev, line)
        ):
            if prev.kind == "article" and prev.text == f"Điều {prev.label}":
                # "Điều 5." alone, its title on the next line (a PDF's or Word's copy
                # with the bold that joined them lost): the line is the title, the
                # stand-in "Điều 5" goes.
                prev.text = line.text
                joined = prev
                last_raw = line.raw
                continue
            prev.text = f"{prev.text} {line.text}"
            joined = prev
            last_raw = line.raw
            continue
        if node is None:
            node = _Node("para", "", line.text, line.no, line.heading, line.blank_before)
        out.append(node)
        last_raw = line.raw
    return _inline(_appositions(_paren_items(out)), registry)


# "Công chức Văn phòng - Thống kê, Ông Nguyễn Văn Sang.": a post, then its holder by
# title and name (each word of the name capitalised), alone on the line.
_POST_AND_PERSON = re.compile(
    r"^[A-ZĐÀ-Ỹ][^,.;:()]{2,80},\s+(?:Ông|Bà|Đồng chí|đồng chí|Đ/c|đ/c)"
    r"(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]*){2,5}\s*[.:]?$"
)
_CAPTION_WORDS = 25  # a clause's caption is short
# "- **a) Việc thực hiện bình ổn giá trong trường hợp …**": a point's caption set in bold
# whole (its label inside the bold), no colon.
_BOLD_CAPTION = re.compile(r"^\s*(?:[-*+]\s+)?\*\*[^*]+\*\*\s*$")


# The fields an item's title may carry on the line under it: its time and its owners.
_STEPS_MIN = 2  # a title leads into a list, never into one point
_TITLE_FIELD_ROLES = frozenset({"time", "lead", "both", "doers", "partners", "advisor"})


def _field_under_title(prev: _Node, line: Line) -> bool:
    """Whether ``line`` is a time or owner field under a numbered item's title.

    "3. Rà soát, cập nhật dữ liệu đất đai" then "Thời gian thực hiện: Tháng 7/2026."
    (no label of its own, no stop after the title): the field is the item's, not the
    title's second line; read as a field it reaches the points under the item.
    """
    if prev.kind not in ("arabic", "decimal", "letter") or prev.children:
        return False
    got = _raw_field(_Node("para", "", line.text, line.no))
    return got is not None and got[0] in _TITLE_FIELD_ROLES and bool(got[1])


def _titled_over_sentence(prev: _Node, prev_raw: str, line: Line, registry: Registry) -> bool:
    """Whether ``prev`` is a clause's caption over the sentence (``line``) that is its work.

    The caption ends with ":" (or is set in bold whole) and a hard break ("  " at the
    line's end), the sentence on the very next line (after an empty line it is a paragraph
    of its own): neither an owner ("1. Sở Tài chính:") nor a field ("3. Thời gian thực
    hiện:") nor a subject with work.
    """
    caption = prev.text.rstrip()
    return (
        (caption.endswith(":") or bool(_BOLD_CAPTION.match(prev_raw)))
        and prev_raw.endswith("  ")
        and not prev.children
        and len(caption.split()) <= _CAPTION_WORDS
        and not line.blank_before
        and line.text[:1].isupper()
        and line.text.rstrip().endswith(".")
        and not line.heading
        and _label(line) is None
        and _raw_field(prev) is None
        and not is_owner_list(caption.rstrip(" :"), registry)
        and subject(caption, registry) is None
    )


def _proper(text: str) -> bool:
    """Whether ``text`` opens with two capitalised words (a proper name: "Sở Tư pháp")."""
    words = text.split()[:2]
    return len(words) == 2 and all(w[:1].isupper() for w in words)


# "…; giao X …", "…, giao X …", "… . Giao X …" inside a time field: work given by name.
_GIVEN_IN_TIME = re.compile(r"(?:[;,]|(?<=[a-z0-9)])\.)\s+(?=giao\s+(?:cho\s+)?\S)", re.IGNORECASE)


# A body's own unit in a bracket closing an owner heading: "(Ban Thi đua - Khen thưởng
# Thành phố)", "(Cục Quản lý giá)" — a unit's kind, capitalised, then its name.
_UNIT_BRACKET = re.compile(
    r"\((?:Ban|Cục|Vụ|Phòng|Văn phòng|Bộ phận|Chi cục|Trung tâm|Tổng cục) [A-ZĐÀ-Ỹ][^()]{1,70}\)"
)


_RESTATED_WORDS = 2  # the title's first words the sentence under it opens with
_RESTATED_TITLE_WORDS = 40  # a title over its sentence is one line, if a long one


def _restated_title(prev: _Node, line: Line) -> bool:
    """Whether ``line`` is the sentence under item title ``prev`` that says its work again.

    The title has no closing mark and no points yet; the line right under it is a whole
    sentence (closed by "." or ":", capitalised, unlabelled) opening with the title's own
    first words ("Giám sát việc …" under "5. Giám sát việc lập, niêm yết …"): a plain
    copy's caption over its item, not a title wrapped (a wrap goes on with new words).
    """
    title = prev.text.rstrip()
    head = re.findall(r"\w+", fold(title))[:_RESTATED_WORDS]
    return (
        not prev.children
        and not title.endswith((".", ";", ":", ","))
        and len(title.split()) <= _RESTATED_TITLE_WORDS
        and not line.blank_before
        and not line.heading
        and line.text[:1].isupper()
        and line.text.rstrip().endswith((".", ":"))
        and len(line.text.split()) > len(title.split())
        and len(head) == _RESTATED_WORDS
        and re.findall(r"\w+", fold(line.text))[:_RESTATED_WORDS] == head
    )


# What an OCR copy makes of a point's letter: "©)" for "c)" (the letter in its bracket
# read as the copyright sign), a stray mark read as a digit after it ("đ) 1 Đề nghị …").
_OCR_C = re.compile(r"^©\)?\s+(?=\S)")
_OCR_STRAY = re.compile(r"^(?P<label>[a-zđ]\)\s+)\d\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")
# A dash read as underscores and marks ("_ 7 Phát triển …", "__—~ Thiết kế …", "__¬ Hoàn
# thiện …", "= Hỗ trợ …", "« Phối hợp …", ": - Thống kê …", "—= Thời gian …", "-« Thời
# gian …"): a "-" point, when a capitalised word follows.
_OCR_DASH = re.compile(
    r"^(?:_{1,3}\s*(?:[—–~¬>7-]\s*){0,3}|[—–-]{1,2}\s*[~=«»¬]\s*|[~¬=«»]\s+|:\s*[-–]\s*)"
    r"(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])"
)
# A stray mark in front of a heading's number ("_2.3. Giao Vụ …"): the number with its
# dot, then a capitalised word, is a heading; the mark goes. A speck before the mark
# ("._8. Hiệp hội …") goes with it.
_OCR_NUMBER_MARK = re.compile(
    r"^\.?[_~¬]{1,3}\s*(?=\d{1,2}(?:\.\d{1,2}){0,3}\.\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ])"
)


# A margin's speck before a section's roman title in capitals (": I. MỤC ĐÍCH, YÊU CẦU",
# "_ II. NHIỆM VỤ"; "H." for "II." too): the title all the same, the speck goes.
_OCR_ROMAN_MARK = re.compile(r"^[_~¬:]{1,3}\s*(?=(?:[IVX]{1,4}|H|HI|IH)\.\s+[A-ZĐÀ-Ỹ]{2})")


# A table's rule or a margin's speck read as a bar after a lead-in's colon ("2. Sở Văn
# hóa, Thể thao và Du lịch: |"): the line ends on its colon.
_OCR_TRAILING_BAR = re.compile(r"(?<=:)\s+\|\s*$")


def _ocr_letter(line: Line) -> Line:
    """A point's letter as an OCR copy gives it, read back (only the label)."""
    text = _OCR_C.sub("c) ", line.text)
    text = _OCR_STRAY.sub(lambda m: m["label"], text)
    text = _OCR_DASH.sub("- ", text)
    text = _OCR_NUMBER_MARK.sub("", text)
    text = _OCR_ROMAN_MARK.sub("", text)
    if text.endswith("|"):
        text = _OCR_TRAILING_BAR.sub("", text)
    return line if text == line.text else replace(line, text=text)


def _ocr_romans(lines: list[Line]) -> list[Line]:
    """Section titles (in capitals) whose roman numeral an OCR copy misread, read back.

    A scanned text gives "1. TINH THẦN …" for "I." (before the first roman title, and
    "II." the next), "H. NỘI DUNG …" for "II." (just after "I."), "HI." or "IIL." for
    "III." (just after "II."), and a numeral that lost a stroke, "II." again right after
    "II." (or its misreading), for "III.". Only the label is rewritten.
    """
    lines = _margin_marks([_ocr_letter(x) for x in lines])
    titles = [
        (k, n)
        for k, x in enumerate(lines)
        if (n := _label(x) or _ocr_h_roman(x)) is not None
        and n.kind in ("roman", "arabic", "part", "ocr_h", "ocr_comma")
        and (
            _mostly_upper(n.text)
            or (n.kind in _NUMERALS and n.label != "I" and _sentence_title(n.text))
        )
    ]
    romans = [n for _, n in titles if n.kind == "roman"]
    out = list(lines)
    if not romans:
        return out
    last = 0
    for k, n in titles:
        name = ""
        if n.kind == "arabic" and n.label == "1" and last == 0:
            after = next((r for r in romans if r.line > n.line), None)
            if after is not None and after.label == "II" and n.text.isupper():
                name = "I"
        elif n.kind == "part" and n.label == "H" and last == 1:
            name = "II"
        elif n.kind == "ocr_comma" and roman_value(n.label) == last + 1:
            name = n.label  # "II, NHIỆM VỤ" right after "I.": the dot read as a comma
        elif n.kind == "ocr_h" and last and _h_value(n.label) == last + 1:
            name = roman_numeral(last + 1)  # "HI. NỘI DUNG" right after "II.": "III."
        elif n.kind == "roman":
            value = roman_value(n.label) if n.label else 0
            if value and value == last:
                name = roman_numeral(last + 1)
            last = value or last
        if name:
            out[k] = replace(lines[k], text=f"{name}. {n.text}")
            last = roman_value(name)
    return out


_NUMERALS = ("roman", "ocr_h", "ocr_comma")  # a section's numeral, read or misread
_TITLE_WORDS = 12  # a section's title in sentence case runs to this many words at most


def _sentence_title(text: str) -> bool:
    """Whether ``text``, after a section's numeral, is its title set in sentence case.

    "II. Mục tiêu", "IIL. Nhiệm vụ và giải pháp": a copy that sets its titles so (a web
    page's, a retyped one's) has the same sections as one in capitals; a capital first,
    a few words, no sentence's stop. ("I. Mục đích:" is not read so: a scan's "1." is read
    as that as often, and the sections after it show which.)
    """
    words = text.strip(" *").split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and len(words) <= _TITLE_WORDS
        and not text.rstrip(" *").endswith((".", ";", ","))
    )


# A scan's speck at a line's start read as a mark ("— đôn đốc việc thực hiện …", "_ thường
# xuyên, liên tục …", "¬ đẳng giới …", "| Việc …"), before the words of a sentence that
# goes on from the line above.
_MARGIN_MARK = re.compile(r"^[—_¬|~-]\s+(?=[a-zà-ỹđ])")
# A word no line of a sentence, heading or lead-in stops on: its complement follows.
_WANTS_MORE = re.compile(r"\b(?:cac|nhung|cua|voi|va|cho|de|ve|tai|moi|tung)$")


def _margin_marks(lines: list[Line]) -> list[Line]:
    """Lines whose first mark is a scan's speck, not a bullet, without the mark.

    The line goes on in small letters from one that ends on a word or a comma (no
    sentence's or lead-in's end): "… có trách nhiệm theo dõi," / "— đôn đốc việc …". A
    bullet in small letters follows a lead-in's colon or a point's semicolon.
    """
    out = list(lines)
    for k in range(1, len(lines)):
        x = lines[k]
        if x.text[:1] not in "—_¬|~-" or (m := _MARGIN_MARK.match(x.text)) is None:
            continue
        above = lines[k - 1].text.rstrip()
        if x.text[0] == "-" and not _WANTS_MORE.search(fold(above[-12:])):
            # "- xây dựng …" under "a) Sở Y tế" is a bullet; a dash is a speck only where
            # the line above stops on a word that needs its complement ("… lập các" /
            # "- đội thanh niên …").
            continue
        if above[-1:].isalpha() or above.endswith(","):
            out[k] = replace(x, text=x.text[m.end() :])
    return out


# An OCR copy's misread labels, known by the siblings around them: "8)" or "ø)" for a
# point's letter ("a" or "g" read so), "9," for an item's "9." (the dot read as a comma).
_OCR_EIGHT = re.compile(r"^[8ø]\)\s*(?=[A-ZĐÀ-Ỹ])")
_OCR_COMMA = re.compile(r"^(?P<n>\d{1,2}),\s+(?=[A-ZĐÀ-Ỹ])")


def _report_regime_apart(lines: list[Line]) -> list[Line]:
    """An unnumbered "Chế độ báo cáo:" after the numbered items, read as a heading.

    "17. Các sở … chủ động …" then "Chế độ báo cáo:" and "- Báo cáo … trước ngày …": the
    reporting regime is a part of its own (its reports go to the issuer from everyone
    addressed), not the last item's points.
    """
    seen = False
    out: list[Line] = []
    for x in lines:
        n = _label(x)
        seen = seen or (n is not None and n.kind in ("arabic", "decimal"))
        if (
            seen
            and n is None
            and not x.heading
            and x.blank_before
            and x.text.rstrip(" *").endswith(":")
            and _REPORT_REGIME.fullmatch(fold(x.text.strip(" *")))
        ):
            out.append(Line(x.no, x.text, 6, x.blank_before, x.raw))
            continue
        out.append(x)
    return out


_REPORT_REGIME = re.compile(r"che do (?:thong tin,? )?bao cao\s*:")


def _ocr_sequence(lines: list[Line]) -> list[Line]:
    """Point and item labels an OCR copy misread, read back from their neighbours' labels.

    "7. Các tỉnh uỷ, thành uỷ" / "8) Xây dựng …" / "b) Lãnh đạo …": a "8)" the next
    point follows as "b)" is "a)"; after "e)" with no "g)" next, it is "g)". "9, Ban …"
    right after items up to "8." is "9.". "I." over an action's sentence running on, the
    text's only numeral, with "2." next is "1.". Only the label is rewritten, and only
    where the sequence leaves no other reading (a "8)" among "7)" and "9)" stays).
    """
    lines = _letter_bullets(_ocr_item_numbers(_ocr_point_letters(lines)))
    labels = [_label(x) for x in lines]
    out = list(lines)
    romans = [n for n in labels if n is not None and n.kind == "roman"]
    for k, x in enumerate(lines):
        n = labels[k]
        if n is not None and n.kind == "roman" and n.label == "I" and len(romans) == 1:
            # "I. Tổ chức tuyên truyền …" (a sentence, no capitals) then "2. …": the
            # first item's "1." read as a numeral, the only one in the text.
            nxt = next((m for m in labels[k + 1 :] if m is not None and m.kind != "dash"), None)
            # An item's sentence, not a title: it opens with its action and runs on.
            runs_on = (
                k + 1 < len(lines)
                and not lines[k + 1].blank_before
                and labels[k + 1] is None
                and _ACTION.match(fold(n.text)) is not None
            )
            if (
                nxt is not None
                and nxt.kind == "arabic"
                and nxt.label == "2"
                and not _mostly_upper(n.text)
                and runs_on
            ):
                out[k] = replace(x, text=f"1. {n.text}")
            continue
        if (eight := _OCR_EIGHT.match(x.text)) is not None:
            # The point before it, past its own bullets ("e) Bệnh viện …" / "- Có trách
            # nhiệm …" / "ø) Trung tâm …").
            prev = next(
                (n for n in reversed(labels[:k]) if n is not None and n.kind not in _BULLETS),
                None,
            )
            nxt = next((n for n in labels[k + 1 :] if n is not None), None)
            name = ""
            if nxt is not None and nxt.kind == "letter" and nxt.label == "b":
                if prev is None or prev.kind != "letter":
                    name = "a"
            elif prev is not None and prev.kind == "letter" and prev.label in LETTERS[:-1]:
                follow = LETTERS[LETTERS.index(prev.label) + 1]
                # "8) Bộ Công Thương" over "a) …" after item 7's points: an item typed
                # with a bracket heads points of its own; a point does not.
                if not (nxt is not None and nxt.kind == "letter" and nxt.label in (follow, "a")):
                    name = follow
            if name:
                out[k] = replace(x, text=f"{name}) {x.text[eight.end() :]}")
        elif (m := _OCR_COMMA.match(x.text)) is not None:
            before = [n for n in labels[:k] if n is not None and n.kind == "arabic"]
            if before and before[-1].label.isdigit() and int(before[-1].label) + 1 == int(m["n"]):
                out[k] = replace(x, text=f"{m['n']}. {x.text[m.end() :]}")
    return out


# A point's letter whose bracket an OCR copy misread ("a] Rà soát …", "b} …", "c, Tổng
# hợp …", "d| …") or lost ("b Kiểm tra …"), before a capitalised word; and an item's "1."
# whose digit was read as a small L or a bar ("l. Sở Tài chính:", "|. …").
_OCR_POINT = re.compile(r"^(?P<id>[a-zđ])(?P<mark>[\]}|,]|\s)\s*(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")
# A point's letter set in capitals ("B) Cơ quan phối hợp: …" among "a)", "c)"), or after a
# scan's specks ("6 b) …", "16 b) …", "Xã a) …", "- a) …", "- chạc) …", "a) a) …", "_a) …",
# ": d) …").
_OCR_POINT_CAP = re.compile(r"^(?P<id>[A-ZĐ])\)\s*(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")
_OCR_POINT_SPECK = re.compile(
    r"^(?:(?:\d{1,2}|[A-ZĐÀ-Ỹ]?[a-zà-ỹđ]{1,2}|[a-zđ]\))\s+|[-–]\s*[a-zà-ỹđ]{0,3}(?=[a-zđ]\))"
    r"|[_:]{1,2}\s*(?=[a-zđ]\)))"
    r"(?P<id>[a-zđ])\)\s*(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])"
)


def _ocr_point(text: str) -> tuple[str, bool, int] | None:
    """A misread point label at ``text``'s start: (letter, bracket lost, where words start)."""
    for pattern in (_OCR_POINT, _OCR_POINT_CAP, _OCR_POINT_SPECK):
        m = pattern.match(text)
        if m is not None and m["id"].lower() in LETTERS:
            spaced = pattern is _OCR_POINT and m["mark"].isspace()
            return m["id"].lower(), spaced, m.end()
    return None


_OCR_ONE = re.compile(r"^[l|]\.\s+(?=[A-ZĐÀ-Ỹ])")
_MARK_REACH = 300  # lines above a numbered note where its mark may stand


def _footnote_mark(above: list[Line], n: int) -> bool:
    """Whether a word above carries ``n`` as a note's mark ("… khoáng sản3.")."""
    mark = re.compile(rf"(?<=[^\W\d_]){n}(?![\d/.-]\d)")
    return any(mark.search(x.text) for x in above)


# An item's number whose digit a scan read as a letter of its shape ("Z." for "7.", "S."
# for "5.", "B." for "8.", "1O." for "10."): only between the items before and after it.
_OCR_SHAPED_NUMBER = re.compile(r"^(?P<n>(?=\d?[ZSBOlI|])[\dZSBOlI|]{1,2})\.\s+(?=[A-ZĐÀ-Ỹ])")
_DIGIT_SHAPES = str.maketrans("ZSBOlI|", "7580111")
# An item's number whose dot OCR read as a colon, a slash or a comma ("1: Sở …", "2/ Sở
# …", "1, Giao Sở …"), alone (a run of them is a style of its own, see ``_slashed_numbers``).
_OCR_MARK = re.compile(
    r"^(?P<n>\d{1,2})\s*[:/,]\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])"
    # "- 1, Thực hiện nghiêm …", "-1, -Điền thông tin …": a scan's specks read as dashes
    # around the number.
    r"|^[-–]\s*(?P<d>\d{1,2})\s*[.:/,]\s*(?:-\s*)?(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])"
)


# An item's number whose dot a scan lost ("2 Sở Lao động …"), between "1." and "3."; not
# a page's footnote, numbered so too ("3 Khi khai thác …" under "… khoáng sản3.").
_OCR_NO_DOT = re.compile(r"^(?P<n>\d{1,2})\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")


def _ocr_point_letters(lines: list[Line]) -> list[Line]:
    """Point letters an OCR copy misread, read back in sequence.

    A misread bracket counts when the letters run on around it: "a]" with "b" (of any
    bracket) next or an item's line above it, a later letter right after the one before
    it ("a)" then "b]"); a "d)" right after "d)" is "đ)", the bar lost. A lost bracket
    ("b Kiểm tra …") counts only between both neighbours ("a)" before, "c)" after), or
    after the one before it at a sentence's end: a line that opens with a lone letter
    and a space is otherwise a wrap's. Only the label is rewritten.
    """
    found = {k: got for k, x in enumerate(lines) if (got := _ocr_point(x.text)) is not None}
    twice = sum(1 for x in lines if x.text.startswith("d)")) > 1
    if not found and not twice:
        return lines
    labels = [_label(x) for x in lines]
    out = list(lines)

    def letter(k: int) -> str:
        n = labels[k]
        if n is not None and n.kind == "letter":
            return n.label
        return found[k][0] if k in found else ""

    marked = [k for k in range(len(lines)) if letter(k)]
    for at, k in enumerate(marked):
        if at and k not in found and letter(k) == "d" and letter(marked[at - 1]) == "d":
            # "d) …" right after "d) …": the second is "đ)", its bar lost.
            out[k] = replace(lines[k], text="đ" + lines[k].text[1:])
            continue
        if k not in found:
            continue
        name, spaced, end = found[k]
        idx = LETTERS.index(name)
        before = letter(marked[at - 1]) if at > 0 else ""
        after = letter(marked[at + 1]) if at + 1 < len(marked) else ""
        follows = bool(before) and before == LETTERS[idx - 1] if idx else False
        leads = idx + 1 < len(LETTERS) and after == LETTERS[idx + 1]
        if spaced:
            ended = k > 0 and lines[k - 1].text.rstrip().endswith((".", ";", ":"))
            ok = follows and (leads or ended)
        else:
            under = k > 0 and (n := labels[k - 1]) is not None and n.kind in ("arabic", "decimal")
            ok = follows or (idx == 0 and (leads or under))
        if ok:
            out[k] = replace(lines[k], text=f"{name}) {lines[k].text[end:]}")
    return out


# A round bullet OCR read as a letter ("e Hỗ trợ …", "o Phối hợp …") before a capitalised
# word: no Vietnamese word is that letter alone.
_LETTER_BULLET = re.compile(r"^(?P<b>[eo])\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")
_LETTER_BULLETS = 2  # lines so opened at least


def _letter_bullets(lines: list[Line]) -> list[Line]:
    """Bullets read as "e" or "o" written as "-", where two lines or more open so alike."""
    found = [(k, m) for k, x in enumerate(lines) if (m := _LETTER_BULLET.match(x.text))]
    if len(found) < _LETTER_BULLETS:
        return lines
    count = {b: sum(1 for _, m in found if m["b"] == b) for b in "eo"}
    out = list(lines)
    for k, m in found:
        if count[m["b"]] >= _LETTER_BULLETS:
            out[k] = replace(lines[k], text="- " + lines[k].text[m.end() :])
    return out


def _ocr_item_numbers(lines: list[Line]) -> list[Line]:
    """Item numbers an OCR copy misread, read back from the items around them.

    "l." counts where "2." is the next item's number; a number with no dot ("2 Sở …")
    where it follows the item before ("1.") after a sentence's end and the next item's
    is the one after it ("3.", or none); a digit read as a letter of its shape ("Z." for
    "7.") or a dot read as a colon or a slash ("2: …", "2/ …") between the items around
    it ("1." before and "2." after for the first). Only the label is rewritten.
    """
    ones = [k for k, x in enumerate(lines) if _OCR_ONE.match(x.text)]
    bare = [k for k, x in enumerate(lines) if x.text[:1].isdigit() and _OCR_NO_DOT.match(x.text)]
    shaped = [k for k, x in enumerate(lines) if _OCR_SHAPED_NUMBER.match(x.text)]
    marked = [
        k
        for k, x in enumerate(lines)
        if x.text.lstrip("-– ")[:1].isdigit() and _OCR_MARK.match(x.text)
    ]
    if not ones and not bare and not shaped and not marked:
        return lines
    labels = [_label(x) for x in lines]
    items = [(j, n) for j, n in enumerate(labels) if n is not None and n.kind == "arabic"]
    out = list(lines)

    def around(k: int) -> tuple[str, str]:
        before = next((n.label for j, n in reversed(items) if j < k), "")
        after = next((n.label for j, n in items if j > k), "")
        return before, after

    for k in ones:
        if around(k)[1] == "2":
            out[k] = replace(lines[k], text="1. " + _OCR_ONE.sub("", lines[k].text))
    for k in marked:
        m = _OCR_MARK.match(lines[k].text)
        n = int(m["n"] or m["d"]) if m is not None else 0
        before, after = around(k)
        fits = (before, after) == (str(n - 1), str(n + 1)) or (n == 1 and after == "2")
        if m is not None and fits:
            out[k] = replace(lines[k], text=f"{n}. {lines[k].text[m.end() :]}")
    for k in shaped:
        m = _OCR_SHAPED_NUMBER.match(lines[k].text)
        value = m["n"].translate(_DIGIT_SHAPES) if m is not None else ""
        if m is not None and value.isdigit():
            n = int(value)
            if around(k) == (str(n - 1), str(n + 1)):
                out[k] = replace(lines[k], text=f"{n}. {lines[k].text[m.end() :]}")
    for k in bare:
        m = _OCR_NO_DOT.match(lines[k].text)
        if m is None or k == 0 or not lines[k - 1].text.rstrip().endswith((".", ";", ":")):
            continue
        n = int(m["n"])
        before, after = around(k)
        if (
            before == str(n - 1)
            and after in ("", str(n + 1))
            and not _footnote_mark(lines[max(0, k - _MARK_REACH) : k], n)
        ):
            out[k] = replace(lines[k], text=f"{n}. {lines[k].text[m.end() :]}")
    return out


# A roman numeral whose "II" an OCR copy read as "H", with more strokes ("HI." for "III.").
# "HI." (or "IH.") for "III.", "II" read as "H"; "IIL." for "III.", its last stroke read
# as "L" (no section numeral of a plan reaches 48, which "IIL" would spell).
# A stroke of the numeral read as a digit one or a small L ("I1. NHIỆM VỤ", "Il. TỔ CHỨC
# THỰC HIỆN", "IIl.", "I1I." for "II." and "III.", "lV." for "IV.", "Vl." for "VI."): one
# stroke each; a letter I or V at least, so an item's "11." is never taken for one.
# "| TH. NỘI DUNG" for "III.": a table's rule before it, the first stroke's serif read as a T.
# "_ IL NỘI DUNG KẾ HOẠCH:": a speck read as an underscore before it, its dot lost (a word
# in capitals after it all the same).
_OCR_H_ROMAN = re.compile(
    r"^(?:[|_]\s*)?(?P<id>HI|IH|TH|I{1,2}L|(?=[Il1|]*I)(?=[Il1|]*[l1|])[Il1|]{2,4}|[l1|]V|V[l1|]{1,3})"
    r"(?:\.\s+|\s+(?=[A-ZĐÀ-Ỹ]{2}))(?P<text>\S.*)$"
)


# "II, NHIỆM VỤ": a section's numeral whose dot OCR read as a comma.
_COMMA_ROMAN = re.compile(r"^(?P<id>X{0,3}(?:IX|IV|V?I{1,3}|V)),\s+(?P<text>\S.*)$")


def _ocr_h_roman(line: Line) -> _Node | None:
    m = _OCR_H_ROMAN.match(line.text)
    if m is None and (c := _COMMA_ROMAN.match(line.text)) is not None:
        return _Node("ocr_comma", c["id"], c["text"].strip(), line.no, line.heading)
    if m is None:
        return None
    return _Node("ocr_h", m["id"], m["text"].strip(), line.no, line.heading, line.blank_before)


def _h_value(label: str) -> int:
    """The number an OCR-misread numeral stands for: "HI" 3, "IIL" 3, "I1" 2, "lV" 4."""
    strokes = 2 * label.count("H") + sum(label.count(c) for c in "IL1l|T")
    if "V" in label:
        return 5 - strokes if label.index("V") else 5 + strokes
    return strokes


# A roman numeral a lower-casing copy left capital only in its first letter ("Ii. tổ chức
# thực hiện", "Iv. tiến độ"): a section's label all the same. Two letters at least, so
# "I." and "V." (already capital) are not touched, and a word never is (no dot after it).
_CASED_ROMAN = re.compile(r"^(?P<id>[IVX][ivx]{1,3})(?=\s*[.)]\s*\S)")


def _cased_romans(lines: list[Line]) -> list[Line]:
    """Each title-cased roman label ("Iii.") written in capitals, the rest of the line kept."""
    out: list[Line] = []
    for x in lines:
        m = _CASED_ROMAN.match(x.text)
        numeral = m["id"].upper() if m is not None else ""
        if m is not None and roman_numeral(roman_value(numeral)) == numeral:
            out.append(replace(x, text=numeral + x.text[m.end() :]))
        else:
            out.append(x)
    return out


# "1/ Các Cục Thuế rà soát …", "2- Giao Bộ Tài nguyên và Môi trường …": an item's number
# printed with a slash or a dash (a typed letter's, an older text's), then a capitalised
# word. Bold may wrap the line ("**1- Đổi mới tư duy …**").
_SLASHED_NUMBER = re.compile(r"^(?P<open>\**)(?P<n>\d{1,2})\s*(?P<sep>[/-])\s+(?=\**[A-ZĐÀ-Ỹ])")


def _slashed_numbers(lines: list[Line], cut: Callable[[int], bool]) -> list[Line]:
    """Items numbered "1/", "2/" or "1-", "2-" written with the item's usual dot.

    Only a run that counts up from 1 in one mark ("1/" then "2/" then "3/", starting again
    at "1/" under the next section): a lone "3 - Điều 61 …" a wrap set at a line's start,
    or "2/ …" with no "1/" before it, is no item's number. Only lines the source set so
    (``cut`` tells a source line number that a run-on line was cut into several): a page
    running "… hai nhóm giải pháp sau: 1- Nhóm giải pháp chung: … 2- …" in one paragraph
    counts its groups inside that paragraph's sentence, under the page's own reading.
    Only the label is rewritten.
    """
    found: list[tuple[int, re.Match[str]]] = [
        (k, m)
        for k, x in enumerate(lines)
        if (m := _SLASHED_NUMBER.match(x.text)) is not None and not cut(x.no)
    ]
    keep: set[int] = set()
    for sep in ("/", "-"):
        run: list[int] = []
        last = 0
        for k, m in found:
            if m["sep"] != sep:
                continue
            n = int(m["n"])
            if n == 1:
                if len(run) >= 2:
                    keep.update(run)
                run, last = [k], 1
            elif run and n == last + 1:
                run.append(k)
                last = n
        if len(run) >= 2:
            keep.update(run)
    if not keep:
        return lines
    out = list(lines)
    for k, m in found:
        if k in keep:
            x = lines[k]
            out[k] = replace(x, text=f"{m['open']}{m['n']}. {x.text[m.end() :]}")
    return out


# A label alone on its line: "IV." then "PHÂN CÔNG NHIỆM VỤ", "1." then "Sở Công Thương:".
_LONE_LABEL = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.|[IVXLC]{1,5}\.|[a-zđ]\))$")


def _lone_labels(lines: list[Line], tables: set[int]) -> list[Line]:
    """Each label alone on its line joined to the line after it, whose label it is.

    A copy without the bold that held "**IV.**" and "**PHÂN CÔNG NHIỆM VỤ**" together
    (or a Word list whose number stands on a line of its own) gives the label, then its
    words on the next line. Not joined: a label before another label or a blank line, a
    label in bold or italics (its markdown says where its words are),
    one that ends a sentence a wrap cut ("… Quốc hội khóa" then "XV."), and one inside a
    table written one cell per line (indexes in ``tables``: its row numbers stand alone).
    """
    out: list[Line] = []
    parts = _lone_parts(lines, tables)
    k = 0
    while k < len(lines):
        x = lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        prev = lines[k - 1].text.rstrip() if k > 0 else ""
        if k in parts and nxt is not None:
            # A part's title in any case: the run of letters says it is a part.
            text = f"{x.text.strip()} {nxt.text}"
            out.append(replace(x, text=text, heading=_PART_LEVEL, raw=f"{x.raw} {nxt.raw}"))
            k += 2
            continue
        if (
            k not in tables
            and nxt is not None
            and _LONE_LABEL.match(x.text.strip())
            and "*" not in x.raw
            and (not nxt.blank_before or _number_in_turn(x.text.strip(), out, lines[k + 2 :]))
            and not nxt.heading
            and nxt.text[:1].isupper()
            and _label(nxt) is None
            and (x.blank_before or not prev or not prev[-1:].isalnum() or _section_title(out))
        ):
            text = f"{x.text.strip()} {nxt.text}"
            after = lines[k + 2] if k + 2 < len(lines) else None
            level = _TITLE_LEVEL if _titled_label(nxt, after) else x.heading
            out.append(replace(x, text=text, heading=level, raw=f"{x.raw} {nxt.raw}"))
            k += 2
            continue
        out.append(x)
        k += 1
    return out


def _number_in_turn(label: str, out: list[Line], after: list[Line]) -> bool:
    """Whether a lone "N." is the next item's number after the last item read ("N-1.").

    An OCR copy may set a blank line between an item's number and its words ("3." / "" /
    "UBND các huyện …"); the number still heads them where it follows the item before,
    or, the first ("1.", "I."), where the second comes next ("2.", "II.").
    """
    if (r := re.fullmatch(r"([IVX]{1,4})\.", label)) is not None:
        # "II." / "" / "NHIỆM VỤ": a section's numeral after "I." the same way.
        value = roman_value(r[1])
        kind, before = "roman", roman_numeral(value - 1) if value > 1 else ""
    elif (m := re.fullmatch(r"(\d{1,2})\.", label)) is not None and m[1] != "0":
        value = int(m[1])
        kind, before = "arabic", str(value - 1) if value > 1 else ""
    else:
        return False
    if not before:
        return value == 1 and _label_is(after, kind, "II" if kind == "roman" else "2")
    last = next((n for x in reversed(out) if (n := _label(x)) is not None and n.kind == kind), None)
    return last is not None and last.label == before


_TURN_REACH = 80  # lines to the second item at most


def _label_is(lines: list[Line], kind: str, label: str) -> bool:
    """Whether the first label of ``kind`` in ``lines`` (within reach) is ``label``."""
    first = next(
        (n for x in lines[:_TURN_REACH] if (n := _label(x)) is not None and n.kind == kind), None
    )
    return first is not None and first.label == label


# A lone label's line with its title (see ``_titled_label``): a level no markdown uses.
_TITLE_LEVEL = 8
_TITLE_WORDS = 20


def _titled_label(title: Line, after: Line | None) -> bool:
    """Whether a label's line alone is followed by a title, then the item's first sentence.

    "2." then "Nâng cao chất lượng, hiệu quả công tác giáo dục quốc phòng - an ninh" (no
    stop) then "Thường xuyên kiện toàn … ." (a whole sentence): a copy printing a line a
    label, a title and a sentence gives a topic's title on the label's line; the sentence
    under it is no wrap of the title. The title is short and ends on a word; the line
    after it opens with a capital, is no label and ends its sentence.
    """
    text = title.text.rstrip()
    return (
        after is not None
        and not after.blank_before
        and not after.heading
        and bool(text[-1:].isalnum())
        and len(text.split()) <= _TITLE_WORDS
        and after.text[:1].isupper()
        and _label(after) is None
        and after.text.rstrip().endswith((".", ":", ";"))
        and len(after.text.split()) > len(text.split())
    )


# "A." alone on its line: a part's capital letter, its title on the next line.
# Such a part's line is marked with a heading level no markdown uses.
_PART_LEVEL = 7
_LONE_PART = re.compile(r"^(?P<l>[A-H])\.$")


def _lone_parts(lines: list[Line], tables: set[int]) -> set[int]:
    """The lines that are a part's letter alone, its title on the line after it.

    "A." then "Thực hiện nhiệm vụ công tác tháng 02 năm 2010", "B." then "Nhiệm vụ công
    tác trọng tâm tháng 3": a copy with one line per label and title gives a part's title
    in any case, so the case that tells a part's title from a name's initial ("A.
    Nguyễn …") is no help here. What is: the letters stand alone, in turn, from "A.",
    each before a line with words that is no label of its own.
    """
    at: dict[str, int] = {}
    for k, x in enumerate(lines[:-1]):
        m = _LONE_PART.match(x.text.strip())
        nxt = lines[k + 1]
        if (
            m is None
            or k in tables
            or "*" in x.raw
            or nxt.blank_before
            or not nxt.text[:1].isupper()
            or _label(nxt) is not None
        ):
            continue
        at.setdefault(m["l"], k)
    found: set[int] = set()
    for letter in "ABCDEFGH":
        if letter not in at or (letter != "A" and chr(ord(letter) - 1) not in at):
            break
        found.add(at[letter])
    return found if len(found) >= 2 else set()


def _section_title(out: list[Line]) -> bool:
    """Whether the last line is a section's roman-numbered title ("V. Tổ chức thực hiện").

    A title ends with no stop, like a sentence a wrap cut; the label alone after it is
    the section's first item, not the end of the title.
    """
    node = _label(out[-1]) if out else None
    return node is not None and node.kind in ("roman", "part")


# A decision that issues a regulation ("Điều 1. Ban hành kèm theo Quyết định này Quy chế
# …") is signed before the regulation is printed: after its Nơi nhận and signature the
# regulation's own title ("QUY CHẾ", "QUY ĐỊNH", "ĐIỀU LỆ" in capitals) or, in a copy that
# dropped the title, its first chapter ("Chương I") begins the text that holds the duties.
_REGULATION_TITLE = re.compile(r"^(?:quy che|quy dinh|dieu le)$")
_FIRST_CHAPTER = re.compile(r"^chuong\s+(?:i|1)$")


def _regulation_opens(item: Line) -> str | None:
    """The kind of an attached regulation whose first line ``item`` is, after a signature."""
    f = fold(item.text).strip(" :.*#")
    if _FIRST_CHAPTER.match(f):
        return "Quy định"
    if not _REGULATION_TITLE.match(f) or not _mostly_upper(item.text):
        return None
    return {"quy che": "Quy chế", "quy dinh": "Quy định", "dieu le": "Điều lệ"}[f]


def _descendants(node: _Node) -> list[_Node]:
    """The nodes under ``node``, in order."""
    return [x for c in node.children for x in (c, *_descendants(c))]


def _title_wrapped(lines: list[Line], item: Line) -> bool:
    """Whether a kind's word ("KẾ HOẠCH") ends a section's title the line above began.

    "II. NỘI DUNG" then "KẾ HOẠCH" on the next line, with no blank between (a copy
    without the bold that held them together): the title wrapped, no new part.
    """
    if not lines or item.blank_before or item.heading or lines[-1].no + 1 != item.no:
        return False
    node = _label(lines[-1])
    return node is not None and node.kind == "roman" and _mostly_upper(node.text)


# "**3. Cục Điện ảnh, Cục Du lịch**", "4. **Sở Y tế**", "**3) Cục …**": a numbered line
# bold throughout.
_BOLD_NUMBERED = re.compile(
    r"^\s*(?:\*\*\d{1,2}\s*[.)]\s*[^*]+\*\*|\d{1,2}\s*[.)]\s*\*\*[^*]+\*\*)\s*$"
)


# A paragraph opening with its owner's remit: "Theo chức năng, nhiệm vụ (được giao) …",
# "Căn cứ chức năng …", "Trong phạm vi chức năng …".
_SCOPE_OPENING = re.compile(
    r"^(?:theo|can cu(?: vao)?|trong pham vi|tren co so) (?:chuc nang|nhiem vu|tham quyen)\b"
)


# An unnumbered letter's sentence giving work, its speaker or an opening before the verb:
# "Sau khi xem xét Chủ tịch Ủy ban nhân dân tỉnh giao Sở …".
_GIVES = re.compile(r"\bgiao\s+(?=[A-ZĐÀ-Ỹ])")
_GIVES_WITHIN = 160
# A review the work follows, opening the sentence before its speaker.
_AFTER_REVIEW = re.compile(r"^Sau khi (?:xem xét|nghiên cứu|kiểm tra|rà soát|nghe)\b")
# What a closing request leaves after its owners when it names no work of its own.
_BARE_CLOSING = re.compile(
    r"^\W*(?:khan truong |nghiem tuc |to chuc )?(?:trien khai )?(?:thuc hien)?\W*$"
)
# "Nhận được Công văn yêu cầu …", "Trong quá trình thực hiện, nếu có vướng mắc …": a
# letter's closing paragraph after its points, none of them.
_LETTER_CLOSES = re.compile(
    r"^(?:Nhận được|Trong quá trình|Quá trình thực hiện|Mọi (?:thông tin|vướng mắc|chi tiết)"
    r"|Đề nghị|Yêu cầu|Rất mong|Trân trọng)"
)
# "Sở Y tế đề nghị …": a department's request of the bodies it writes to, its head named
# with it or not ("Giám đốc Sở Y tế yêu cầu thủ trưởng các đơn vị …"); a scan's OCR may
# drop a tone mark ("Giám độc Sở Y tê yêu câu …", "đê nghị").
_DEPARTMENT_ASKS = (
    r"(?:(?:Phó\s+)?Giám\s+đ[ốộôo]c\s+)?Sở [A-ZĐÀ-Ỹ][^,.;:()]{2,50}?"
    r"\s+(?:yêu c[ầâ]u|đ[ềêệ] nghị)\s+(?=[A-ZĐÀ-Ỹ]|các\s|thủ trưởng\s)"
)
_WRITER_ASKS = re.compile("^" + _DEPARTMENT_ASKS)
# "Đề kịp thời báo cáo về Bộ Y tế, Giám đốc Sở Y tế yêu cầu …": a scan's "Để" (in order
# to) with the wrong tone, before a purpose's comma; never "Đề nghị", "Đề án", "Đề xuất" ….
_OCR_PURPOSE = re.compile(
    r"^Đề (?!nghị|xuất|án|ra|cao|cập|cương|mục|tài|bài|thi|nghi|an\b)(?=[a-zà-ỹđ][^.;:]{5,200},)"
)
_ASKS_NEXT = re.compile(r"[.)]\.?\s+(?=" + _DEPARTMENT_ASKS + ")")
# A letter's paragraph after its request saying where and by when what it asked is sent:
# "Văn bản báo cáo của các đơn vị gửi về Phòng Nghiệp vụ Y … chậm nhất ngày 20/10/2017",
# "Báo cáo bằng văn bản gửi về Sở Y tế (qua …) trước ngày …" (a scan may set a mark or two
# before it). The date is the request's; the paragraph names no work but sending it.
_SENT_WHAT = (
    r"(?:van ban|bao cao|danh sach|ho so|file|phieu)\b[^.;]{0,120}?"
    r"\b(?:xin |de nghi |can |phai )?(?:gui|nop)(?: ve| den| qua| cho)\b"
)
_SENT_BY = r"(?:truoc|cham nhat(?: la)?|han chot|khong qua|den het) (?:ngay )?\d"
# The limit may open it as well: "Trước ngày 28/7/2026, văn bản tham gia ý kiến đề nghị
# gửi về Sở …" is the same paragraph written time first.
_SENT_BY_FIRST = _SENT_BY + r"(?:[\d/.\s-]|thang|nam){1,24},\s*"
_LETTER_SENT_BACK = re.compile(
    r"^[\W_]{0,4}(?:"
    + _SENT_WHAT
    + r"[^;]{0,250}?\b"
    + _SENT_BY
    + "|"
    + _SENT_BY_FIRST
    + _SENT_WHAT
    + ")"
)
# "Do vậy, …", "Vì vậy, …": a letter's conclusion from its reasons, the request it makes.
_CONCLUDING = re.compile(r"^(?:Do (?:vậy|đó)|Vì (?:vậy|thế|lẽ đó)),\s+(?=[A-ZĐÀ-Ỹ])")
_ADDRESSEES_MAX = 12  # the lines a letter's "Kính gửi:" block may take
# How a letter's body opens after whom it is sent to: what it answers or carries out.
_LETTER_OPENS = re.compile(
    r"^(?:theo (?:de nghi|chi dao|y kien|bao cao)|thuc hien|can cu|xet (?:de nghi|to trinh|bao cao)"
    r"|tiep nhan|sau khi|tren co so|ngay \d{1,2}[/ ])\b"
)


# A sentence (capitalised, no bullet) in which the sender asks or tells: a letter's body.
_BODY_ASKS = re.compile(r"[A-ZĐÀ-Ỹ][^:;]*\s(?:đề nghị|yêu cầu|trân trọng đề nghị)\s")


def _asks_addressees(asked: _Owners | None, head: list[Line]) -> bool:
    """Whether the preamble asks the one body (or collective) the letter is addressed to.

    "Kính gửi: Các tổ chức, cá nhân hoạt động khoáng sản trên địa bàn tỉnh" then "Sở …
    yêu cầu các Tổ chức, cá nhân hoạt động khoáng sản … thực hiện … sau:": a letter to
    them of what they are to do; its sections ("I. Đối với các dự án đã được cấp phép",
    "II. Trong quá trình …") are stages of their work, every one theirs.
    """
    if asked is None or len(asked.doers()) != 1 or asked.partners or asked.directs:
        return False
    end = _addressed_to(head)
    if not end:
        return False
    start = next(i for i, x in enumerate(head) if re.search(r"kinh ?gui", fold(x.text)))
    written = " ".join(x.text for x in head[start:end])
    to = re.sub(r"^.*?kinh ?gui\s*:?\s*", "", fold(written)).strip(" .;-")
    if not to or ";" in to or "\n" in to:
        return False
    name = fold(asked.doers()[0].written).strip(" .;")
    plain = re.compile(r"^(?:cac|nhung)\s+")
    a, b = plain.sub("", name), plain.sub("", to)
    # The lead-in may name them more fully ("… trên địa bàn tỉnh Lào Cai").
    return bool(a) and bool(b) and (a == b or a.startswith(b + " ") or b.startswith(a + " "))


def _addressed_to(lines: list[Line]) -> int:
    """The index after a letter's "Kính gửi:" block (its last name ends with "."), or 0."""
    for i, x in enumerate(lines):
        # "Kínhgửi:" (a copy lost the space); "HÓA. xốc] Kính gửi:" (a scan reads an
        # "HỎA TỐC" stamp into the line before it).
        if not re.match(r"(?:[^:]{0,30}[^\w\s]\s*)?kinh ?gui", fold(x.text)):
            continue
        for j in range(i, min(len(lines), i + _ADDRESSEES_MAX)):
            if lines[j].text.rstrip(" *").endswith("."):
                return j + 1
            if j + 1 < len(lines) and _LETTER_OPENS.match(fold(lines[j + 1].text)):
                # "Kính gửi: Sở Thông tin và Truyền thông" with no stop, then "Theo đề
                # nghị của Bộ …": one addressee needs no stop; the letter's body begins.
                return j + 1
            if j + 1 < len(lines) and _BODY_ASKS.match(lines[j + 1].text) is not None:
                # "Kính gửi: Các sở, ban, ngành tỉnh" with no stop, then "Sở Nội vụ đề nghị
                # các cơ quan … sau:": the letter's request opens its body, no addressee.
                return j + 1
        return 0
    return 0


# "- Như trên;", "- Lưu: VT, NVY.": the items of a Nơi nhận, whose own line a scan may lose
# in the stamp's and signature's specks ("“Nhưệp ¿fo GIÁM BỐC").
_RECIPIENT_ITEM = re.compile(r"^[-–+]\s*(?:nhu tren\b|luu\s*:)")


def _before_recipients(lines: list[Line], bullets: list[int]) -> list[int]:
    """``bullets`` without the last run when it is a Nơi nhận's items (its line lost)."""
    k = len(bullets) - 1
    while k > 0 and all(not x.text.strip() for x in lines[bullets[k - 1] + 1 : bullets[k]]):
        k -= 1  # the run: bullets with nothing but empty lines between them
    if any(_RECIPIENT_ITEM.match(fold(lines[i].text)) for i in bullets[k:]):
        return bullets[:k]
    return bullets


def _indent(line: Line) -> int:
    return len(line.raw) - len(line.raw.lstrip(" "))


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped into paragraphs.

    A paragraph opens at an empty line, or at a first line set in further than the line
    after it once a sentence has ended (a PDF copy's paragraph indent).
    """
    out: list[list[Line]] = []
    for i, x in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        opens = (
            not out
            or x.blank_before
            or bool(x.heading)
            or (
                out[-1][-1].text.rstrip(" *").endswith(_TERMINAL)
                and nxt is not None
                and _indent(x) > _indent(nxt)
            )
            or _unwrapped_after(out[-1][-1], x)
        )
        if opens:
            out.append([x])
        else:
            out[-1].append(x)
    return out


# "Thực hiện chức năng, nhiệm vụ được giao, Sở … yêu cầu …": the writer acting on its own
# remit answers no one; the formula is the request's own opening, kept with it.
_OWN_REMIT = re.compile(r"^Thực hiện chức năng,? nhiệm vụ(?: được giao)?,\s*")


# A line longer than a page's width: a copy that sets each paragraph on one line.
_UNWRAPPED = 160


def _unwrapped_after(prev: Line, line: Line) -> bool:
    """Whether ``line`` opens a paragraph after a whole paragraph set on one line.

    A copy of a Word file gives a paragraph a line and may leave no empty line between
    them: "Ngày 19 tháng 12 …, Sở … có Văn bản số … . Tuy nhiên đến nay, …." then
    "Thực hiện chức năng, nhiệm vụ được giao, Sở Công Thương yêu cầu …". A line far
    longer than a page's width was never wrapped, so a sentence ending it ends its
    paragraph, and a capital opens the next.
    """
    return (
        len(prev.text) > _UNWRAPPED
        and prev.text.rstrip(" *").endswith(".")
        and line.text[:1].isupper()
    )


# A bracket after a heading's body naming who else it means: "(kể cả chi bộ cơ sở)",
# "(hoặc ban xây dựng đảng)".
_WIDENING_BRACKET = re.compile(r"\(\s*(?:kể cả|hoặc)\s", re.IGNORECASE)


def _bold_owner_heading(prev: _Node, raw: str, line: Line, registry: Registry) -> bool:
    """A numbered line all in bold naming owners: their heading, not a wrap of the item.

    "**3. Cục Điện ảnh, Cục Du lịch Quốc gia Việt Nam**" then "Phối hợp với Vụ Pháp chế
    đưa …" on the next line: the item's words begin there, under the bodies it names.
    """
    if prev.kind not in ("arabic", "decimal") or not line.text[:1].isupper():
        return False
    if prev.kind == "arabic" and _BOLD_NUMBERED.match(raw) is not None:
        return is_owner_list(prev.text, registry)
    # "2. Vụ Pháp luật dân sự - kinh tế", "1.2. Công an tỉnh" (no colon, no bold) then
    # "Đôn đốc các đơn vị … ." on a line of its own: a copy giving one sentence a line
    # names the owner on the numbered line; an action verb opening a whole sentence (or a
    # lead-in ending ":") is the item's first point.
    # "2. Sở" then "Xây dựng:", "…, Cổng" then "Thông tin điện tử tỉnh …:": one name a
    # wrap cut, its line ending on a capitalised word of the name (a name ending in a
    # place, "… tỉnh Đắk Lắk", then reads as before: one wrapped line).
    words = prev.text.split()
    if (
        _SCOPE_OPENING.match(fold(line.text))
        and not prev.text.rstrip().endswith(_TERMINAL)
        and is_owner_list(prev.text, registry)
    ):
        # "1. Công an tỉnh, … và Ủy ban nhân dân các xã, phường" then "Theo chức năng,
        # nhiệm vụ, phạm vi quản lý tổ chức …" (a copy with no empty line between): no
        # name goes on with "Theo chức năng"; the bodies' own paragraph begins there.
        return True
    if (
        len(line.raw) - len(line.raw.lstrip(" ")) >= _PARAGRAPH_INDENT
        and (_ACTION.match(f := fold(line.text)) or f.startswith("co trach nhiem "))
        and not prev.text.rstrip().endswith(_TERMINAL)
        and bool(words)
        and not words[-1][:1].isupper()
        and is_owner_list(prev.text, registry)
    ):
        # "5. Bộ phận Tư pháp" then "      Có trách nhiệm tổng hợp …" wrapping at the
        # margin (a layout copy): the indent opens a paragraph, a wrap starts flush left.
        return True
    return (
        line.text.rstrip().endswith((".", ":"))
        and bool(_ACTION.match(fold(line.text)))
        and not prev.text.rstrip().endswith(_TERMINAL)
        and bool(words)
        and not words[-1][:1].isupper()
        and is_owner_list(prev.text, registry)
    )


_PARAGRAPH_INDENT = 2  # spaces before a layout copy's paragraph, none before its wraps
_BULLET_MARK = re.compile(r"^[-+*•]\s+")


def _owner_lines_over_items(lines: list[Line], registry: Registry) -> list[Line]:
    """Unlabelled owner lines over their own "(1)" items, read as lettered points.

    "Ủy ban nhân dân các tỉnh, …" (bold, no label, no closing mark) then "(1) Khẩn
    trương …", "(2) …"; "Bộ Nông nghiệp và Môi trường" then "(1) …" again: each body's
    tasks counted from (1) under its name, as a lettered point's are. Two such lines at
    least (the count starting again is what shows the name heads it), and no lettered
    label in the text already; else the lines are left as they were.
    """
    heads: list[int] = []
    names: dict[int, str] = {}
    for i, x in enumerate(lines[:-1]):
        # A copy without its markdown keeps the bold line's stray "*" as a bullet ("* Bộ
        # Nông nghiệp và Môi trường"): a bullet naming only bodies is the same line.
        label = _label(x)
        bullet = label is not None and label.kind in _BULLETS
        text = _BULLET_MARK.sub("", x.text.strip()) if bullet else x.text
        # "Bộ Công an:" leads into its items as a bare name does.
        text = text.strip(" *").removesuffix(":").rstrip(" *")
        if (
            x.heading
            or not text
            or _SENTENCE_END.search(text)
            or (label is not None and not bullet)
            or not is_owner_list(text, registry)
        ):
            continue
        nxt = _PAREN_ITEM.match(lines[i + 1].text)
        if nxt is not None and nxt.group(1) == "1":
            heads.append(i)
            names[i] = text
    if len(heads) < 2 or len(heads) > len(LETTERS):
        return lines
    if any((n := _label(x)) is not None and n.kind == "letter" for x in lines):
        return lines
    out = list(lines)
    for k, i in enumerate(heads):
        x = lines[i]
        out[i] = Line(x.no, f"{LETTERS[k]}) {names[i]}", 0, x.blank_before, x.raw)
    return out


# A ";" between clauses, the second opening with a capital (its own subject).
_CLAUSE_JOIN_SEMI = re.compile(r";\s+(?=[A-ZĐÀ-Ỹ])")
# A basis opening a clause: "Căn cứ hướng dẫn của …,", "Trên cơ sở …,".
_BASIS_OPENING = re.compile(r"^(?:can cu|tren co so)\b")
_BASIS_MAX = 160  # how far into a clause its basis may run
# A sentence opening with its time and a comma: "Tháng 3, theo kế hoạch Bộ sẽ …".
_TIME_COMMA_OPENING = re.compile(
    r"^(?:trong |vao |den |truoc )?(?:thang|quy|nam) [\divx]{1,4}(?:\s*[/-]\s*\d{4}"
    r"| nam \d{4})?\s*,\s*\S"
)


def _dated_sentence_under(prev: _Node, line: Line) -> bool:
    """A numbered topic line then, on the next line, a whole sentence opening with its time.

    "2. Văn bản Bộ trưởng ban hành theo thẩm quyền" then "Tháng 3, theo kế hoạch Bộ sẽ
    ban hành … 04 thông tư …." (a copy giving one sentence a line): a wrap never resumes
    with a capital opening a time and a comma; the sentence is the item's paragraph.
    """
    return (
        prev.kind in ("arabic", "decimal")
        and not prev.text.rstrip().endswith(_TERMINAL)
        and line.text[:1].isupper()
        and line.text.rstrip().endswith(".")
        and _TIME_COMMA_OPENING.match(fold(line.text)) is not None
    )


# "Về kiến nghị …:", "Về đề nghị …:": a request of the addressee, its answer under it.
_TOPIC_LEAD_IN = re.compile(r"^\**ve (?:kien nghi|de nghi|de xuat)\b")
# "Về tiến độ trình:", "Về tổ chức thực hiện:": a topic of a few words, and nothing else.
_SHORT_TOPIC = re.compile(r"^\**ve(?: [^\s,;.:()]+){1,4}\s*:\W*$")
_REGARDING = re.compile(r"^\**doi voi\b")


_PAREN_ITEM = re.compile(r"^\(\s*(\d{1,2}|[ivx]{1,5})\s*\)\s+(?P<text>\S.*)$")
_CITES = re.compile(
    r"(?:Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Luật|Kế hoạch|Công văn|Thông báo"
    r"|Kết luận|Văn bản)\b[^.;:]{0,40}?\d"
)
_PAREN_LINE = re.compile(r"^\(\s*(?P<n>\d{1,2}|[ivx]{1,5})\s*\)\s*(?P<text>\S.*)$")
# A paragraph that runs its items together: "(i) Tập trung …; … (ii) Khẩn trương … (iii)
# Hướng dẫn …" (an article that quoted a directive's lists as two paragraphs). A label
# is an item's only where the count goes on from the one before it; "(iii) (iv) Bố trí
# …" keeps an empty item's place.
_INLINE_PAREN = re.compile(
    r"(?:^|(?<=\s))\((?P<n>\d{1,2}|[ivx]{1,5})\)(?=\s+(?:\(|[A-ZĐÀ-Ỹ\u1ea0-\u1ef9])|\s*$)"
)


def _paren_value(n: str) -> int:
    return int(n) if n.isdigit() else roman_value(n.upper())


def _run_together_items(lines: list[Line]) -> list[Line]:
    """Each "(1) … (2) …" item of a paragraph that ran them together on a line of its own.

    Only a paragraph that opens with its first item ("(1)", "(i)") and holds its second
    is cut, at the labels that count on from it; a lone "(2)" in a sentence is a
    reference. An item left empty ("(iii) (iv) …") is dropped: its number stays skipped,
    as the paragraph printed it.
    """
    out: list[Line] = []
    for x in lines:
        labels = list(_INLINE_PAREN.finditer(x.text))
        if x.heading or not labels or labels[0].start() != 0 or _paren_value(labels[0]["n"]) != 1:
            out.append(x)
            continue
        cuts = [labels[0]]
        for m in labels[1:]:
            if _paren_value(m["n"]) == _paren_value(cuts[-1]["n"]) + 1:
                cuts.append(m)
        if len(cuts) < 2:
            out.append(x)
            continue
        for k, m in enumerate(cuts):
            end = cuts[k + 1].start() if k + 1 < len(cuts) else len(x.text)
            piece = x.text[m.start() : end].strip()
            if _INLINE_PAREN.fullmatch(piece) is None:
                out.append(Line(x.no, piece, x.heading, x.blank_before or k > 0, x.raw))
    return out


# An article's pointer to the document it quotes, after the quote: "Xem chi tiết thêm tại
# Kế hoạch 195/KH-UBND …". What follows is the article's own (laws it cites, advice).
_SEE_DOCUMENT = re.compile(
    r"^\W*xem (?:chi tiet|toan van|them)(?: them)? (?:tai|o) (?:ke hoach|quyet dinh|chi thi"
    r"|nghi quyet|thong bao|ket luan|cong dien|cong van|chuong trinh|thong tu|nghi dinh)\b"
)


# A Q&A page's answer that quotes a law: "Căn cứ khoản 2 Điều 3 Thông tư 30/2025/TT-BQP
# quy định …", "Tại Nghị định 261/2025/NĐ-CP …", "Theo Điều 14 Luật An ninh quốc gia …".
# A notice, a conclusion or a plan it retells is cited by other words ("Tại Thông báo
# 596/TB-VPCP …, Thủ tướng yêu cầu").
_LAW_ANSWER = re.compile(
    r"^\W*(?:can cu|tai|theo)\b.{0,80}?\b(?:khoan \d+|dieu \d+|luat|bo luat|nghi dinh|thong tu"
    r"|phap lenh|hien phap)\b"
)
# "Ngày 26/12/2024, Chính phủ ban hành Nghị định 168/2024/NĐ-CP quy định xử phạt …": the
# answer tells when the law it quotes was made, unless that decree is the one the page
# retells (its title asks what Nghị định 311 plans).
_LAW_ISSUED = re.compile(
    r"^\W*ngay \d{1,2}[/-]\d{1,2}[/-]\d{4}, [^,.;:]{2,60}? ban hanh (?:luat|bo luat|nghi dinh"
    r"|thong tu|phap lenh)\b"
)

# "Năm 2025 là …, việc tổ chức … được thực hiện theo Điều 11 Nghị định 145/2013/NĐ-CP như
# sau:": an answer that opens on its own words and ends its first paragraph by citing
# the article of a law it then quotes.
_LAW_ANSWER_END = re.compile(
    r"\b(?:theo|tai)(?: quy dinh(?: tu)?)? (?:(?:diem \w+,? )?khoan \d+,? )?dieu \d+\w*"
    r"(?:,? (?:den|va|-) dieu \d+\w*)?,? (?:cua )?(?:(?:luat|bo luat|nghi dinh|thong tu"
    r"|phap lenh|hien phap)\b|quy dinh \d)[^:]{0,240}\b(?:nhu sau|sau day|cu the)\s*:\W*$"
)


# A Q&A page's mark that its retelling is over: the picture's caption "*<title> (Hình từ
# Internet)*", or the summary "Trên đây là thông tin về …". Below it the page asks and
# answers its own questions: what a law says, what a term means, what 5G is.
_PAGE_TURN = re.compile(
    r"\(hinh(?: anh)?(?: tu)? internet\)\W*$|^\W*tren day la (?:nhung |toan bo )?thong tin\b"
)
# A document cited by its kind and number ("Quyết định 881/QĐ-UBND", "Kế hoạch
# 260-KH/UBKTTW", "Chỉ thị 04/CT-TTg", "Quy định 69-QĐ/TW", "Quyết định 54"): the number.
_CITED_NUMBER = re.compile(
    r"\b(?P<kind>ke hoach|quyet dinh|chi thi|nghi quyet|cong van|cong dien|thong bao|ket luan"
    r"|huong dan|chuong trinh|nghi dinh|thong tu|quy dinh)(?: so)? 0*(?P<n>\d+)(?![\d.,])"
)
# The kinds that lay down law: a page quoting an article of one quotes law, even the
# decree it retells ("Căn cứ khoản 1 Điều 1 Nghị định 311/2025/NĐ-CP … như sau:").
_LAW_KINDS = frozenset({"nghi dinh", "thong tu", "quy dinh"})


def _cited_numbers(text: str) -> list[tuple[str, str]]:
    return [(m["kind"], m["n"]) for m in _CITED_NUMBER.finditer(fold(text))]


def _page_documents(lines: list[Line]) -> tuple[int, set[str]]:
    """Where a Q&A page turns to its own questions, and the numbers of what it retold.

    The turn is past the last line when the page has none (see _PAGE_TURN). The page
    names what it retells first in its title or first in its opening (above its first
    question below the title); what it names after ("… ban hành Quyết định 3677/QĐ-UBND
    sửa đổi Quyết định 325/QĐ-UBND 2019 …") is another document.
    """
    turn = next((i for i, x in enumerate(lines) if _PAGE_TURN.search(fold(x.text))), len(lines))
    opening = next((i for i, x in enumerate(lines) if i and _asked(x)), turn)
    numbers: set[str] = set()
    for part in (lines[:1], lines[1 : min(opening, turn)]):
        cited = [n for x in part for _, n in _cited_numbers(x.text)]
        numbers.update(cited[:1])
    return turn, numbers


def _retells(first: Line, numbers: set[str]) -> bool:
    """Whether an answer opening with ``first`` cites the page's own, non-law document.

    "Căn cứ tại Điều 2 Quyết định 881/QĐ-UBND …" on a page retelling Quyết định 881:
    its next article, not a law the page explains.
    """
    cited = _cited_numbers(first.text)
    # "Căn cứ Điều 5 Quy chế ban hành kèm theo Quyết định 123 …": the rules the decision
    # issued, law however the page names it.
    if re.search(r"\b(?:quy che|dieu le)\b", fold(first.text)):
        return False
    return bool(cited) and cited[0][1] in numbers and cited[0][0] not in _LAW_KINDS


# "**(1) Số định danh cá nhân:**" over "Căn cứ theo Điều 12 Luật Căn cước 2023 …": an
# answer's first part's label; the answer opens on the line after it.
_ANSWER_LABEL = re.compile(r"^\W*(?:\(\d{1,2}\)|\d{1,2}[.)])?[^.;:?]{0,60}:\W*$")


def _answer_opening(lines: list[Line]) -> Line | None:
    """The line an answer opens on: its first, or the one after its part's label."""
    said = [x for x in lines if x.text.strip(" *_")][:2]
    if len(said) == 2 and _ANSWER_LABEL.match(said[0].text):
        return said[1]
    return said[0] if said else None


# The words a retold document's request uses; an answer with none of them, citing no
# document, asks no one.
_REQUEST_WORD = re.compile(
    r"\b(?:de nghi|yeu cau|giao(?! (?:thong|dich|tiep|luu|hang|duc))|chi dao|chu tri|phoi hop"
    r"|trach nhiem|khan truong|phai)\b"
)


# A law named, or a day or a month set ("ngày 12/02/2026", "tháng 3", "05/2026").
_GENERAL_KEPT = re.compile(
    r"\bluat\b|\b(?:ngay|thang) \d{1,2}\b|\b\d{1,2}([/.])\d{1,2}\1\d{4}\b|\b\d{1,2}/\d{4}\b"
)


def _general_answer(lines: list[Line]) -> bool:
    """Whether a page's answer past its turn is its own general knowledge.

    "Mạng 5G khác gì so với mạng 3G và 4G?" answered "Bốn điểm khác biệt chính …" and a
    list of trends: no document cited, no one asked to do anything, no day set. An
    answer that retells a document names it, says who is asked ("Sở Nội vụ đề nghị
    doanh nghiệp báo cáo …") or gives its schedule's days.
    """
    for x in lines:
        f = fold(x.text)
        if _CITED_NUMBER.search(f) or _REQUEST_WORD.search(f) or _GENERAL_KEPT.search(f):
            return False
    return True


# "Mục tiêu cải cách thủ tục hành chính theo Quyết định 664 ra sao?": a page's question on
# the targets its document sets; the answer quotes them ("(1) Bảo đảm 100% TTHC …"), not
# work given (a question on its tasks too, "Mục tiêu, nhiệm vụ …?", is answered by both).
_TARGETS_ASKED = re.compile(
    r"^\W*muc tieu\b(?!.*\b(?:nhiem vu|giai phap|trach nhiem|to chuc thuc hien|phan cong)\b)"
)


def _legal_answers(
    lines: list[Line], own: frozenset[str] = frozenset()
) -> tuple[list[Line], list[range]]:
    """The lines without a Q&A page's answers that quote laws, and those answers' lines.

    A legal Q&A page retells a notice or a directive under its title question, then asks
    and answers its own questions ("Công trình trọng điểm quốc gia là gì?") by quoting a
    law: its clauses ("1. Mục tiêu trọng yếu: …", "(1) Đơn mua nhà ở xã hội …") are the
    law's, not work the notice gives. A question whose answer opens by citing a law (or
    a decree, a circular, an article of one) heads such an answer, up to the next
    question; a question answered by retelling a notice ("Nhiệm vụ của Bộ Công an theo
    Thông báo 56 …?") is kept. So is one answered by retelling another document (see
    _other_documents_answer) than the page's own (``own``: its numbers) is not.
    """
    turn, numbers = _page_documents(lines)
    # Past its turn the page may set its own questions as headings ("## Giới thiệu tổng
    # quan …" over "Căn cứ theo Điều 1 Quyết định 325/QĐ-UBND 2019 …").
    asked = [i for i, x in enumerate(lines) if i and (_asked(x) or (i > turn and x.heading))]
    drop: list[range] = []
    for k, i in enumerate(asked):
        end = asked[k + 1] if k + 1 < len(asked) else len(lines)
        answer = lines[i + 1 : end]
        first = _answer_opening(answer)
        # Whether an answer retells another document is read from its first said line,
        # its part's label included.
        said = next((x for x in answer if x.text.strip(" *_")), first)
        law = first is not None and (
            (
                bool(
                    _LAW_ANSWER.match(fold(first.text)) or _LAW_ANSWER_END.search(fold(first.text))
                )
                and not _retells(first, numbers)
            )
            or (
                bool(_LAW_ISSUED.match(fold(first.text)))
                and not any(n in numbers for _, n in _cited_numbers(first.text)[:1])
            )
        )
        # Only a question is tested for retelling another document: a heading past the
        # turn may go on with the page's own retelling (cd-4 quotes the part of Công điện
        # 132 its Công điện 4 builds on).
        other = (
            said is not None
            and _asked(lines[i])
            and _other_documents_answer(lines[i].text, said.text, answer, own)
        )
        general = i > turn and _asked(lines[i]) and _general_answer(answer)
        targets = _asked(lines[i]) and bool(_TARGETS_ASKED.match(fold(lines[i].text)))
        if law or other or general or targets:
            drop.append(range(lines[i].no, lines[end - 1].no + 1))
    if not drop:
        return lines, []
    return [x for x in lines if not any(x.no in r for r in drop)], drop


def _first_paragraph(text: str) -> str:
    """The text's first paragraph (its title), its first lines joined.

    A page saved as text may wrap a long title ("… hoàn thành khi nào?") over two or
    three lines.
    """
    said: list[str] = []
    for x in text.splitlines():
        if x.strip(" #*_"):
            said.append(x.strip())
        elif said:
            break
        if len(said) == 3:
            break
    return " ".join(said)


def _asked(x: Line) -> bool:
    return x.text.rstrip(" *_").endswith("?")


# A document named by its kind and number: "Kế hoạch 16/KH-UBND", "Công văn số 9671-CV/BTCTW",
# "Thông báo 109", "TCVN 14423:2025": the number's digits name it on a page (the rest is
# spelt many ways).
_NAMED_DOCUMENT = re.compile(
    r"\b(?:ke hoach|quyet dinh|thong bao|cong van|cong dien|chi thi|nghi quyet|ket luan"
    r"|huong dan|chuong trinh|de an|thong tu|nghi dinh|van ban|tcvn)\s+(?:so\s+)?(\d+)(?=[/:-]|\b)"
)


def named_numbers(text: str) -> frozenset[str]:
    """The numbers of the documents ``text`` names by kind and number, zeros dropped."""
    return frozenset(m[1].lstrip("0") or "0" for m in _NAMED_DOCUMENT.finditer(fold(text)))


# A title naming only fields of an event: "Thời gian, địa điểm", "Thời gian và địa điểm
# tổ chức", "Thành phần, hình thức".
_FIELD_KIND = r"(?:thoi gian|dia diem|doi tuong|thanh phan|hinh thuc)"
_FIELDS_TITLE = re.compile(
    rf"^{_FIELD_KIND}(?:\s*(?:,|va)\s*{_FIELD_KIND})+(?:\s+(?:to chuc|tap huan|hop|kiem tra))?\W*$"
)
# "Theo đó, …": a page's own sentence on what it quoted (see _without_restatements).
_RESTATES = re.compile(r"^\W*theo do,\s")
_NEXT_YEAR = re.compile(r"\bnam sau\b")
_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_YEARLY = re.compile(r"\b(?:dinh ky )?hang nam\b")


def _each_year(windows: list[str], next_year: int) -> list[str] | None:
    """``windows`` with the day of ``next_year`` written as each year's; None if none is."""
    out: list[str] = []
    changed = False
    for w in windows:
        got = parse_window(w)
        if got.kind is WindowKind.DEADLINE and got.end is not None and got.end.year <= next_year:
            each = re.sub(rf"(\d{{1,2}}/\d{{1,2}})/{next_year}$", r"\1 hằng năm", w)
            if each == w or parse_window(each).kind is not WindowKind.RECURRING:
                return None
            out.append(each)
            changed = True
        else:
            out.append(w)
    return out if changed else None


def _other_documents_answer(
    question: str, first: str, answer: list[Line], own: frozenset[str]
) -> bool:
    """Whether a Q&A page answers a question by retelling a document not its own.

    Under "Thông báo 109/TB-UBND lịch nghỉ tết … như thế nào?", the page goes on: "Lịch
    khám nghĩa vụ quân sự 2026 tại Cần Thơ khi nào?" then "Ngày 7/8/2025, Ủy ban nhân
    dân … đã ban hành Kế hoạch 16/KH-UBND …" and that plan's timetable: another
    document's work, quoted as an aside. An answer naming the page's own document
    anywhere (after a link to other news: "Mới: … theo Nghị định 73"), or a question
    that does, is the page's.
    """
    if not own or named_numbers(question) & own or not named_numbers(first):
        return False
    return not any(named_numbers(x.text) & own for x in answer)


def _paren_runs(lines: list[Line]) -> list[list[tuple[int, re.Match[str]]]]:
    """The runs of "(1)", "(2)" … (or "(i)", "(ii)" …) lines counting up from the first."""
    # "(1) … (6) …, cụ thể: (i) … (ii) … (7) …": the Roman count is the points of an item
    # and the Arabic count goes on past them; each counts on its own.
    runs: list[list[tuple[int, re.Match[str]]]] = [[]]
    romans: list[list[tuple[int, re.Match[str]]]] = [[]]
    for i, x in enumerate(lines):
        m = None if x.heading else _PAREN_LINE.match(x.text)
        if m is None:
            continue
        chain = runs if m["n"].isdigit() else romans
        k = _paren_value(m["n"])
        if chain[-1] and _counts_on(lines, chain[-1][-1], i, k):
            chain[-1].append((i, m))
        else:
            chain.append([(i, m)] if k == 1 else [])
    if not any(len(r) >= 2 for r in runs):
        runs = romans  # Roman points with no Arabic items around them are the items
    return runs


def _until_asked(out: list[Line], last: int) -> list[Line]:
    """The lines up to a question after the last quoted item (``last``).

    It opens the page's own Q&A ("Toàn văn Nghị quyết 71 …?" then what that was and when
    it was issued): no more of the quote.
    """
    asked = next((i for i in range(last + 1, len(out)) if _asked(out[i])), None)
    return out if asked is None else out[:asked]


def _counts_on(lines: list[Line], last: tuple[int, re.Match[str]], i: int, k: int) -> bool:
    """Whether item ``k`` at ``i`` follows ``last`` (or an empty item cut from its line)."""
    before = _paren_value(last[1]["n"])
    if k == before + 1:
        return True
    return k == before + 2 and lines[last[0]].no == lines[i].no


# "Giai đoạn 1:" on a line of its own over the phase's work ("Hoàn thành xây dựng … .
# Thời gian hoàn thành giai đoạn 01 trước ngày 31/12/2024."): a page's timetable in phases.
_PHASE_LABEL = re.compile(r"^\W*giai doan 0?(?P<n>[1-9])\s*:\W*$")


def _phase_items(lines: list[Line]) -> list[Line] | None:
    """A text's "Giai đoạn 1:", "Giai đoạn 2:" … label lines, each run into its work as an item.

    The phases count on from 1, two at least, each over a paragraph of its own: each is
    read as the item "k. Giai đoạn k: …" (its work and its time). Else None.
    """
    at = [i for i, x in enumerate(lines) if not x.heading and _PHASE_LABEL.match(fold(x.text))]
    numbers = [int(m["n"]) for i in at if (m := _PHASE_LABEL.match(fold(lines[i].text)))]
    if len(at) < 2 or numbers != list(range(1, len(at) + 1)):
        return None
    if any(i + 1 >= len(lines) or not _SENTENCE_END.search(lines[i + 1].text) for i in at):
        return None
    out: list[Line] = []
    skip = -1
    for i, x in enumerate(lines):
        if i == skip:
            continue
        if i in at:
            nxt = lines[i + 1]
            label = x.text.strip(" *_")
            text = f"{numbers[at.index(i)]}. {label} {nxt.text.strip()}"
            out.append(Line(x.no, text, 0, x.blank_before, x.raw))
            skip = i + 1
            continue
        out.append(x)
    return out


def _plain_outline(
    lines: list[Line],
    registry: Registry,
    *,
    split: bool = False,
    scraped: bool = False,
    reported: bool = False,
    headless: bool = False,
) -> list[Line]:
    """A text with no numbered label at all: its "(1)", "(2)" … items are its outline.

    A news article that quotes a document's parts, a conclusion given as running
    paragraphs: no Roman section, no "1." item, no lettered point — only "(1) Bộ …:"
    over its bullets, or "(1) Đổi mới …" over its paragraphs. Items counting up from
    (1), two at least, are read as the items "1.", "2.", … (the count may start again at
    (1) where the article quotes another part); a lone "(1)" stays what it was (a
    footnote). The article's own questions between the parts ("… ra sao?") are its
    headings, not a task. With no such items, a line that only names owners and leads
    into bullets ("Bộ Công an:" then "- Chủ trì …") is an owner heading: read as an
    item, its bullets are its owner's.
    """
    lines = _owner_lines_over_items(lines, registry)
    see = next((i for i, x in enumerate(lines) if _SEE_DOCUMENT.match(fold(x.text))), None)
    if see is not None and _signed_follows(lines, see):
        lines = lines[see + 1 :]  # the page's summary, then the signed text it points to
        see = None
    if see is not None and not any(
        (n := _label(x)) is not None and n.kind not in _BULLETS for x in lines[:see]
    ):
        lines = lines[:see]  # "Xem chi tiết thêm tại Kế hoạch …": the quote ends there
    if any((n := _label(x)) is not None and n.kind not in _BULLETS for x in lines):
        return lines
    if (phased := _phase_items(lines)) is not None:
        return phased
    original, lines = lines, _run_together_items(lines)
    runs = _paren_runs(lines)
    bulleted = _bulleted_conclusion(lines, runs)
    if bulleted is not None:
        return bulleted
    out = list(lines)
    promoted = False
    last = 0
    for run in runs:
        if len(run) < 2 or 2 * sum(bool(_CITES.match(m["text"])) for _, m in run) > len(run):
            continue  # notes that cite documents ("(1) Nghị quyết số …"): footnotes
        if _spells_out_bullet(lines, run[0][0]):
            continue
        promoted = True
        for i, m in run:
            x = lines[i]
            out[i] = Line(
                x.no, f"{_paren_value(m['n'])}. {m['text']}", x.heading, x.blank_before, x.raw
            )
        last = run[-1][0]
    if promoted:
        out = _until_asked(out, last)
    if not promoted:
        lines = original
        out, promoted = _running_paragraphs(lines, registry)
    if not promoted:
        # A report's paragraph may run several tasks together: one line each first.
        told = _assigning_sentences(lines) if split else lines
        out, promoted = _article_paragraphs(told, registry, split=split, scraped=scraped)
        if not promoted and reported and not scraped and not any(_label(x) for x in lines):
            # A news page reporting a document (see _REPORTED_DOCUMENT) in paragraphs
            # only, with fewer than three requests: they stand among its narration, as on
            # a scraped page (bullets under a lead-in are read as such, below).
            out, promoted = _article_paragraphs(
                told, registry, split=split, scraped=True, whole=True
            )
    if not promoted:
        out, promoted = _inline_schedules(lines, registry)
    if not promoted:
        out, promoted = _dated_entries(lines, registry)
    if (
        not promoted
        and headless
        and not scraped
        and _short_page(paged := _lede_dash(lines))
        and not _addressed_to(paged)
        and (items := _short_page_items(paged, registry, split=split)) is not None
    ):
        out, promoted = items, True
    if not promoted:
        promoted = _owner_lines_promoted(lines, out, registry)
    if promoted:
        for i, x in enumerate(out):
            if not x.heading and x.text.rstrip(" *").endswith("?"):
                out[i] = Line(x.no, x.text, 6, x.blank_before, x.raw)
    return out


# "Bên cạnh đó, công ty TNHH … phải:", "Đồng thời, Sở Y tế có trách nhiệm:": a lead-in
# naming the body bound to the bullets below it, after a connective and before its modal.
_BOUND_OWNER = re.compile(
    r"^(?P<lead>\W*(?:ben canh do|ngoai ra|dong thoi|theo do),\s+)(?P<name>.+?)"
    r"\s+(?:phai|can|co trach nhiem)(?: thuc hien(?: cac noi dung sau)?)?\W*$"
)


# "Khu Quản lý đường bộ I triển khai thực hiện Điều 1 … và các nội dung sau:", "Sở X có
# trách nhiệm thực hiện các nhiệm vụ sau:": the body named first does the points below.
_DOES_LISTED = re.compile(
    r"^(?P<name>[^,;:]+?)\s+(?:co trach nhiem |chu tri )?(?:trien khai )?thuc hien\b"
    r"[^;:]{0,80}?\bcac (?:noi dung|nhiem vu)(?: sau day| nhu sau| sau)\W*$"
)


def _bound_owner(text: str) -> str:
    """The body a lead-in binds (see _BOUND_OWNER), capitalised as a name; else ``text``."""
    m = _BOUND_OWNER.match(fold(text))
    if m is None:
        return text
    name = text[m.start("name") : m.end("name")]
    return name[:1].upper() + name[1:]


def _owner_lines_promoted(lines: list[Line], out: list[Line], registry: Registry) -> bool:
    """Number (in ``out``) the lines that only name owners over bullets; whether any were."""
    k = 0
    # "Kính gửi: - …; - Giám đốc Trung tâm y tế dự phòng:" (a scan's ":" for ";"): an
    # addressee, however it ends, heads no bullets.
    sent = _addressed_to(lines)
    for i, x in enumerate(lines[:-1]):
        nxt = _label(lines[i + 1])
        if (
            i >= sent
            and not x.heading
            and x.text.rstrip(" *").endswith(":")
            and nxt is not None
            and nxt.kind in _BULLETS
            # "- Bộ Tài chính (…):" over "+ …": a bullet over its own points already;
            # numbered, it would end the bullets above it as preamble.
            and ((own := _label(x)) is None or own.kind not in _BULLETS or own.kind == nxt.kind)
            and is_owner_list(named := _bound_owner(x.text.rstrip(" *:")), registry)
        ):
            k += 1
            # The lead-in's connective and modal are no part of the owner heading it is.
            text = x.text if named == x.text.rstrip(" *:") else f"{named}:"
            out[i] = Line(x.no, f"{k}. {text}", x.heading, x.blank_before, x.raw)
    return k > 0


_SHORT_PAGE = 8  # the paragraphs of a short page at most (see _plain_outline)
_ITEM_NUMBER = re.compile(r"^\d+\. ")


def _first_sentences(lines: list[Line]) -> list[Line]:
    """A whole page's items (see _short_page) cut to the sentence that opens each.

    "Sau khi chỉ đạo đại hội điểm … thành công, Hội Nông dân tỉnh tổ chức hội nghị … .
    Đến nay, … . Theo kế hoạch chỉ đạo, … hoàn thành trong quý 2/2018.": a news item runs
    its account on in one paragraph; the sentence naming the body is the item, and the
    days the account goes on to tell are not that body's.
    """
    out: list[Line] = []
    for x in lines:
        m = _ITEM_NUMBER.match(x.text)
        cut = next(
            (
                c
                for c in _REPORT_SENTENCE_CUT.finditer(x.text, m.end() if m else 0)
                if c["word"] not in _ABBREVIATIONS
            ),
            None,
        )
        if m is None or x.heading or cut is None:
            out.append(x)
            continue
        out.append(
            Line(x.no, x.text[: cut.start("word") + len(cut["word"]) + 1], 0, x.blank_before, x.raw)
        )
        out.append(Line(x.no, x.text[cut.end() :], 6, False, x.raw))
    return out


_PAGE_LINES = 16  # the lines of a short page at most, its title, byline and links with them


def _short_page_items(lines: list[Line], registry: Registry, *, split: bool) -> list[Line] | None:
    """A short headless page's items (see _short_page), or None when it has none.

    A short page with no header of its own (a news item's last paragraphs, one letter
    retold in a sentence or two: "Ngày 9.5, UBND TP đã có công văn …, giao Giám đốc Sở X
    kiểm tra …, báo cáo … trước ngày 25.5.2017."): its paragraphs are all its structure,
    so its one or two requests stand among its narration, as on a scraped page. One
    paragraph may hold the item's news and then a request ("Kỳ họp … sẽ diễn ra … .
    Thường trực HĐND thị xã đề nghị UBND thị xã …"): that sentence is a line of its own.
    """
    out, promoted = _article_paragraphs(
        _asking_sentences(lines, registry) if split else lines,
        registry,
        split=split,
        scraped=True,
        short=True,
    )
    if not promoted:
        return None
    if not _SENTENCE_END.search(lines[0].text.rstrip(" *")):
        # A whole item under its title, not an excerpt opening on a paragraph.
        return _first_sentences(out)
    return out


def _asking_sentences(lines: list[Line], registry: Registry) -> list[Line]:
    """A short page's paragraphs, a later sentence in which a named body asks on its own line.

    "Kỳ họp sẽ xem xét … . Thường trực HĐND thị xã đề nghị UBND thị xã … chuẩn bị …": the
    request is a task of its own. Only a sentence opening on the body that asks or is
    given the work is cut off (see _assigning_sentences); a dated report ("Ngày 4-9, Tiểu
    ban … đề nghị …") or a noun's "yêu cầu" ("Báo cáo yêu cầu gửi về …") goes on with the
    sentence before it.
    """
    out: list[Line] = []
    for x in _assigning_sentences(lines):
        if out and x.no == out[-1].no and not out[-1].heading:
            got = subject(x.text, registry)
            asks = (
                got is not None
                and (got.assigned or got.requested)
                and bool(got.leads or got.responsible)
                and not re.match(r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối) \d", x.text)
            )
            if not asks:
                y = out[-1]
                out[-1] = Line(y.no, f"{y.text} {x.text}", y.heading, y.blank_before, y.raw)
                continue
        out.append(x)
    return out


def _lede_dash(lines: list[Line]) -> list[Line]:
    """``lines`` with the dash a news item sets before its lede taken off (if it has one).

    "24/05/2021 - 15:57" then " - Ngay sau khi … , Ủy ban Bầu cử tỉnh … sẽ …": the site's
    dash after its dateline (the place tag dropped) opens the first paragraph; the page's
    only "bullet", it lists nothing.
    """
    said = [i for i, x in enumerate(lines) if _SENTENCE_END.search(x.text.rstrip(" *"))]
    labelled = [i for i, x in enumerate(lines) if _label(x) is not None]
    if not said or labelled != [said[0]] or len(said) < 2:
        return lines
    x = lines[said[0]]
    node = _label(x)
    if node is None or node.kind != "dash" or not re.match(r"\s*[-–]\s", x.text):
        return lines
    out = list(lines)
    out[said[0]] = Line(x.no, node.text, x.heading, x.blank_before, x.raw)
    return out


def _short_page(lines: list[Line]) -> bool:
    """Whether ``lines`` are a few paragraphs kept from a page, with no label among them.

    A paragraph ends a sentence; a date, a byline and links ("Các bài mới") do not, and
    are no paragraphs of it. A whole short item counts too, its title and byline above
    its paragraphs: a district council's or front's page retelling one meeting ("Kết thúc
    phiên họp, … đề nghị UBND huyện … khẩn trương chuẩn bị …") has one or two requests,
    fewer than the three a long article needs (its items are cut to their first sentence,
    see _first_sentences).
    """
    texts = [x for x in lines if x.text.strip(" *")]
    said = [x for x in texts if _SENTENCE_END.search(x.text.rstrip(" *"))]
    return (
        0 < len(said) <= _SHORT_PAGE
        # A whole item keeps its page's lines around its title: a posting date, a byline,
        # a caption, the author at its foot; an article with its title alone is no page.
        and (texts[0] is said[0] or len(texts) - len(said) > 1)
        and len(texts) <= _PAGE_LINES
        and not any(_label(x) for x in texts)
    )


# "Ngày 27/5/2017: Kết thúc việc kiểm tra …", "Ngày 8/7-17/7/2017: Các trường nhận đơn
# …", "Từ ngày 1/6 đến 5/6/2017: …": a timeline retold paragraph by paragraph, each
# opening with its day (or span of days) and a colon, then what is done by then.
_DATED_ENTRY = re.compile(
    r"^(?:(?:Từ )?[Nn]gày|Trước ngày|Tháng) \d{1,2}(?:[-/.]\d{1,2}){0,2}"
    r"(?:\s*(?:-|–|đến)\s*(?:ngày )?\d{1,2}(?:[/.]\d{1,2}){0,2})?"
    r"(?:[/.]\d{4})?\s*:\s+\S"
)
# "Ngày 15/2/2026, các cơ sở đào tạo hoàn thành …", "Đến 17 giờ ngày 6/6/2026, hệ thống
# hoàn tất …": the same timeline with a comma after a whole day (its year written), the
# one who does it first. A report's history opens its paragraphs so too ("Ngày 8/12/2006,
# HĐND tỉnh thông qua …", "… đã ban hành Quyết định số …"): what was done, not a step.
_DATED_COMMA_ENTRY = re.compile(
    r"^(?:[Nn]gày|Trước ngày|Đến (?:\d{1,2} giờ )?ngày) " + WHOLE_DAY + r",\s+\S"
)
_DONE_BEFORE = re.compile(
    r"\b(?:da|vua|thong qua)\b"
    r"|\bso\s+\d"
)
_DATED_ENTRIES = 3


def _dated_entry(text: str) -> bool:
    """Whether ``text`` opens a timeline's paragraph (see _DATED_ENTRY, _DATED_COMMA_ENTRY)."""
    if _DATED_ENTRY.match(text):
        return True
    return bool(_DATED_COMMA_ENTRY.match(text)) and not _DONE_BEFORE.search(
        fold(text.split(". ", maxsplit=1)[0])
    )


# "Theo hướng dẫn này, ngày 25/5/2017 là hạn cuối các trường THPT … hoàn thành …" just
# above "Ngày 27/5/2017: …", "Ngày 7/6/2017: …": the timeline's first day, as a sentence.
_LAST_DAY_FIRST = re.compile(
    r"^(?:Theo [^,;:]{3,60},\s*)?[Nn]gày \d{1,2}[/.-]\d{1,2}[/.-]\d{4} (?:sẽ )?là"
    r" (?:hạn cuối|hạn chót|thời hạn cuối cùng)\b"
)


def _dated_entries(lines: list[Line], registry: Registry) -> tuple[list[Line], bool]:
    """A timeline's paragraphs, each opening with its day and a colon: its items.

    Three such paragraphs at least (a lone "Ngày 5/6: …" is a sentence of the text);
    each is read as an item "1.", "2.", … (what the day is for is its task). After the
    timeline, a paragraph naming whom it asks ("Để …, Sở X yêu cầu Y …") is an item of
    its own; any other is the report's narration ("Được biết, …"), not the last day's.
    """
    at = [i for i, x in enumerate(lines) if not x.heading and _dated_entry(x.text)]
    if len(at) < _DATED_ENTRIES:
        return list(lines), False
    before = next((i for i in range(at[0] - 1, -1, -1) if lines[i].text.strip()), None)
    if (
        before is not None
        and not lines[before].heading
        and _LAST_DAY_FIRST.match(lines[before].text)
    ):
        at.insert(0, before)  # the timeline's first day, told as a sentence (see _LAST_DAY_FIRST)
    out = list(lines)
    k = 0
    for i in range(at[0], len(lines)):
        x = lines[i]
        if x.heading or not x.text.strip():
            continue
        if i not in at and i < at[-1]:
            continue  # a paragraph inside the timeline goes on with the day above it
        text = x.text
        if i not in at:
            # The purpose run in first frames the request (see _past_purpose).
            text = _past_purpose(x.text, registry)
            got = subject(text, registry)
            if got is None or not (got.leads or got.responsible):
                out[i] = Line(x.no, "", 0, x.blank_before, x.raw)
                continue
        k += 1
        out[i] = Line(x.no, f"{k}. {text}", x.heading, x.blank_before, x.raw)
    return out, True


# "… do Thanh tra Bộ chủ trì đối với các đơn vị:", "… do Cục X chủ trì sẽ được tiến hành
# với các doanh nghiệp gồm:": the body that chủ trì, then the kind of units it acts on.
_ACTS_ON_LISTED = re.compile(
    r"\bdo\s+(?P<who>[^,;:]{3,120}?)\s+chu tri\b[^:;]{0,60}?\b(?:doi voi|voi)\s+(?:cac|nhung)"
    r"\s+(?:don vi|doanh nghiep|co so|to chuc)\b(?:\s+(?:gom|sau|sau day|nhu sau))?\s*:$"
)
# "… do Thanh tra Bộ chủ trì đối với các đơn vị: A (quý II); B (quý III)": a report of a
# schedule, the body that chủ trì over the units it acts on, each with its own period.
_SCHEDULE_LEAD_IN = re.compile(r"\bdo\s+\S.{2,160}?\s+chu tri\b[^:;]{0,120}:\s*(?=\S)")
_BRACKET_PERIOD = re.compile(r"\((?:quý|tháng)\s+[^()]{1,30}\)", re.IGNORECASE)
_SCHEDULE_ENTRIES = 2


def _inline_schedules(lines: list[Line], registry: Registry) -> tuple[list[Line], bool]:
    """A news report of a schedule: units listed inline, each with its bracketed period.

    "Bộ sẽ thanh tra … do Thanh tra Bộ chủ trì đối với các đơn vị: A (quý II); B (quý
    III); C (quý IV)." — each unit with its period is one task of the body that chủ trì;
    the words before the colon lead into them. Read as an item ("k. …:") over one bullet
    per unit ("- A (quý II)"), when two units at least carry a period. After the list, a
    sentence naming one more unit with its bracketed period ("Ngoài ra, D (quý III, IV)
    sẽ được thanh tra …") is one more bullet; the paragraph's other sentences (what is
    inspected) are the report's words, not tasks.
    """
    out: list[Line] = []
    k = 0
    for x in lines:
        text = x.text.rstrip(" *")
        m = None if x.heading else _SCHEDULE_LEAD_IN.search(fold(text))
        if k and (x.heading or not _SENTENCE_END.search(text)):
            # The byline after the report's body ("**Thanh Nguyễn**"): what follows it
            # (the page's summary) is no task.
            out.append(Line(x.no, x.text, x.heading or 6, x.blank_before, x.raw))
            k = -k
            continue
        if m is None or k < 0:
            out.append(x if k >= 0 else Line(x.no, x.text, x.heading or 6, x.blank_before, x.raw))
            continue
        listed, _, tail = text[m.end() :].partition(". ")
        entries = [e.strip(" .…") for e in listed.split(";") if e.strip(" .…")]
        if sum(bool(_BRACKET_PERIOD.search(e)) for e in entries) < _SCHEDULE_ENTRIES:
            out.append(x)
            continue
        k += 1
        out.append(Line(x.no, f"{k}. {text[: m.end()].rstrip()}", 0, x.blank_before, x.raw))
        out.extend(Line(x.no, f"- {e};", 0, False, x.raw) for e in entries)
        rest: list[str] = []
        for sentence in re.split(r"(?<=[.…])\s+", tail):
            at = _BRACKET_PERIOD.search(sentence)
            got = subject(sentence, registry) if at is not None else None
            if at is not None and got is not None and (got.leads or got.responsible):
                unit = (got.leads or got.responsible)[0].written
                start = sentence.find(unit)
                if start >= 0:
                    out.append(Line(x.no, f"- {sentence[start:].strip()}", 0, False, x.raw))
                    continue
            rest.append(sentence.strip())
        if " ".join(rest).strip():
            # What the units are inspected for: the item's words, after its units.
            out.append(Line(x.no, " ".join(rest).strip(), 0, False, x.raw))
    return (out, True) if k else (list(lines), False)


# The national motto of a signed text's header: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (a
# plain copy may break it after "XÃ HỘI"), "Độc lập - Tự do - Hạnh phúc".
_MOTTO_LINE = re.compile(
    r"^\W*(?:cong hoa xa hoi(?: chu nghia viet nam)?|dang cong san viet nam"
    r"|doc lap\s*-\s*tu do\s*-\s*hanh phuc)\W*$"
)


# "Mẫu 01", "Mẫu số 02/BC" on a line of its own: a form's caption.
_FORM_CAPTION = re.compile(r"^\W*mau(?: so)?\s*\d{1,2}\b[\w/.-]{0,8}\W*$")


def _form_opens(item: Line, after: list[Line | Grid]) -> bool:
    """Whether ``item`` captions a form template whose national motto is just below it.

    "Mẫu 01" over "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and "ĐƠN ĐĂNG KÝ …": the forms a
    procedure annexes are blanks for applicants to fill in, not work; like the Nơi nhận,
    they close the text.
    """
    return bool(_FORM_CAPTION.match(fold(item.text))) and any(
        isinstance(x, Line) and _MOTTO_LINE.match(fold(x.text)) for x in after
    )


def _signed_follows(lines: list[Line], see: int) -> bool:
    """Whether the signed text itself follows a page's "Xem chi tiết tại Công điện …".

    A legal library's page gives an editor's summary of the document (its items restated
    as bullets), the pointer, then the signed text: issuer and national motto within a
    few lines of the pointer, then the numbered items. The signed text is the document;
    the summary before the pointer is not read again.
    """
    after = lines[see + 1 : see + 12]
    return any(_MOTTO_LINE.match(fold(x.text)) for x in after) and any(
        (n := _label(x)) is not None and n.kind not in _BULLETS for x in lines[see + 1 :]
    )


def _spells_out_bullet(lines: list[Line], at: int) -> bool:
    """The "(1)" at ``at`` comes right after a bullet that leads into it ("- … cụ thể:").

    The numbers then spell out that bullet's content: they are its points, not the
    text's outline (the bullets above them would be lost as its preamble).
    """
    if at == 0:
        return False
    prev = _label(lines[at - 1])
    return (
        prev is not None
        and prev.kind == "dash"
        and lines[at - 1].text.rstrip(" *").endswith(":")
        and sum(1 for x in lines[:at] if (n := _label(x)) is not None and n.kind == "dash") >= 2
    )


_QUOTE_END = re.compile(r"^\W*tren day la\b")
_LETTERS = "abcdefghiklmnopqrstuvxy"


def _bulleted_conclusion(
    lines: list[Line], runs: list[list[tuple[int, re.Match[str]]]]
) -> list[Line] | None:
    """A conclusion quoted as bullets, one of them leading into "(1)", "(2)" … points.

    After "… Bộ Chính trị kết luận như sau:", "- Thống nhất …", "- Giao X …: Trong đó chỉ
    đạo:" then "(1) Y chủ trì …", "(2) …", then "- Giao Z …": the bullets are the items
    and the run the points of the bullet it follows, up to the article's "Trên đây là …"
    (what comes after is the article's own). None when the text is not so shaped.
    """
    start = next(
        (i for i, x in enumerate(lines) if _CONCLUDES.search(fold(x.text.rstrip(" *")))), None
    )
    if start is None:
        return None
    end = next(
        (i for i in range(start + 1, len(lines)) if _QUOTE_END.match(fold(lines[i].text))),
        len(lines),
    )
    run = next((r for r in runs if len(r) >= 2 and start < r[0][0] < end), None)
    bullets = [
        i for i in range(start + 1, end) if (n := _label(lines[i])) is not None and n.kind == "dash"
    ]
    if run is None or len(bullets) < 2 or bullets[0] > run[0][0]:
        return None
    above = max(i for i in bullets if i < run[0][0])
    if not lines[above].text.rstrip(" *").endswith(":"):
        return None
    out = list(lines)
    for k, i in enumerate(bullets, 1):
        x = lines[i]
        n = _label(x)
        assert n is not None
        out[i] = Line(x.no, f"{k}. {n.text}", x.heading, x.blank_before, x.raw)
    for k, (i, m) in enumerate(run):
        x = lines[i]
        out[i] = Line(x.no, f"{_LETTERS[k]}) {m['text']}", x.heading, x.blank_before, x.raw)
    for i in range(end, len(lines)):
        x = lines[i]
        if (n := _label(x)) is not None and n.kind in _BULLETS:
            out[i] = Line(x.no, n.text, x.heading, x.blank_before, x.raw)
    return out[:end]


# A lead-in that is a whole sentence before its points' "Trong đó (chỉ đạo):", or a
# clause of its own work before them: "X tập trung chỉ đạo … và chịu trách nhiệm toàn diện
# về …, trong đó lưu ý một số nội dung sau:", "… tiếp tục đẩy mạnh thực hiện Công điện
# 132/CĐ-TTg; đồng thời chú trọng một số nội dung sau:".
# Only the body's own sentence: a request ("Để …, yêu cầu X tiếp tục thực hiện các giải
# pháp, trong đó lưu ý …:") asks for the points and no more.
_TASK_THEN_POINTS = re.compile(
    r"\S{3,}\.\s+Trong đó\b[^.]{0,40}:$"
    r"|^(?!Để\b)(?:(?!yêu cầu|đề nghị)[^:])+[,;]\s+(?:trong đó|đồng thời)\s+(?:lưu ý|chú trọng)\s"
    r"[^.;:]{0,50}?\ssau:$"
)
_CONCLUDES = re.compile(r"\b(?:ket luan|yeu cau|chi dao|thong bao) nhu sau\s*:$")


def _running_paragraphs(lines: list[Line], registry: Registry) -> tuple[list[Line], bool]:
    """A conclusion in running paragraphs: each that names its owner is an item.

    After "… Bộ Chính trị kết luận như sau:", a paragraph whose sentence names who does
    it ("Bộ Chính trị giao X …", "X chủ trì, phối hợp …") or a lead-in naming the owner
    of what follows ("Bộ Chính trị giao X lãnh đạo, chỉ đạo:") opens an item; a paragraph
    naming none ("Bảo đảm …", "Khẩn trương …") goes on with the item above it. Two such
    items at least, else the text is left as it was.
    """
    start = next(
        (i for i, x in enumerate(lines) if _CONCLUDES.search(fold(x.text.rstrip(" *")))), None
    )
    if start is None:
        return list(lines), False
    out = list(lines)
    k = 0
    for i in range(start + 1, len(lines)):
        x = lines[i]
        if x.heading or ((n := _label(x)) is not None and n.kind in _BULLETS):
            continue
        text = x.text.rstrip(" *")
        got = subject(text, registry)
        if got is None or not (got.leads or got.responsible):
            continue
        k += 1
        out[i] = Line(x.no, f"{k}. {x.text}", x.heading, x.blank_before, x.raw)
    if k < 2:
        return list(lines), False
    return out, True


# The offices a meeting report quotes, with up to three words of a name after them.
_SPEAKER_TITLES = (
    r"(?:Tổng Bí thư|Chủ tịch nước|Thủ tướng(?: Chính phủ)?|Phó Thủ tướng(?: Thường trực)?"
    r"|Chủ tịch Quốc hội"
    # A deputy minister chairing a meeting: "Thứ trưởng Vũ Thị Mai đề nghị X …".
    r"|Thứ trưởng"
    # A city's or province's chairman at its own meeting: "Chủ tịch UBND TP Nguyễn Đức
    # Chung yêu cầu, Sở X …", "Chủ tịch TP …" (the city's bodies named after him).
    r"|Chủ tịch (?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) )?(?:TP|thành phố|tỉnh))"
    r"(?: [A-ZĐÀ-Ỹ][a-zà-ỹđ]*){0,3}"
)


# "Bước 2: Kiểm tra …": a procedure's step, by its number.
_STEP = re.compile(r"^buoc\s+\d{1,2}\s*[:.]\s*\S")
_TIME_LINE = re.compile(r"^thoi (?:gian|han)(?: hoan thanh| thuc hien)?\s*:?\s*(?P<value>\S.*)$")
_BOLD_TOPIC = re.compile(r"^\*\*(?P<t>Về [^*]+?)\s*\*\*\s*,")
# "*Để xây dựng …,* Bộ X chủ trì …", "*Về phổ biến …,* Thủ tướng chỉ đạo …": an italic
# purpose or topic run in before the subject, its comma inside the emphasis.
_ITALIC_TOPIC = re.compile(r"^\*(?P<t>(?:Về|Để) [^*]+?)\s*,\s*\*(?!\*)")
# A purpose ("Để … trong năm 2018, Thủ tướng yêu cầu …"), a scope ("Đối với …, như việc
# điều chỉnh giá điện trong năm 2019, X yêu cầu …") or an agreement ("Đồng tình với …
# các kịch bản … trong năm 2019, X …") run in before the subject frames the request;
# a time inside it is the frame's, not the duty's (see _Extractor._after_subject).
_CLAUSE_FIRST = re.compile(r"^(?:Về |Để |Đối với |Đồng tình với |(?:Theo đó, )?[Cc]ăn cứ )")
# A news report of a meeting: the speaker's request run in before the owner it names,
# "Về …, Tổng Bí thư nêu rõ, X chỉ đạo …", "Đối với …, Thủ tướng yêu cầu: X …",
# "Tổng Bí thư chỉ rõ, X phải …" (a title, a reporting verb, then a comma or a colon).
_SPEAKER_LEAD_IN = re.compile(
    r"^(?:(?:Về|Đối với|Liên quan (?:đến|tới)) [^:;.]{3,120}?,\s*)?" + _SPEAKER_TITLES + r"\s+"
    r"(?:yêu cầu|chỉ rõ|nêu rõ|đề nghị|nhấn mạnh|lưu ý|chỉ đạo|giao)\s*[,:]\s*(?=\S)"
)


# "Về …, Tổng Bí thư lưu ý …" with no owner after the speaker: the topic and speaker cut
# off, and "… đánh giá cao …, và yêu cầu …" cut to what is asked.
_TOPIC_SPEAKER = re.compile(
    r"^(?:Về|Đối với) [^,:;.]{3,120}?,\s*"
    + _SPEAKER_TITLES
    + r"\s+(?:(?:yêu cầu|chỉ rõ|nêu rõ|lưu ý|nhấn mạnh)\s*[,:]?\s*)?"
)
# "Về một số nhiệm vụ trọng tâm trong Quý I năm 2025, Tổng Bí thư nêu rõ, …": the tasks
# of a period, then the speaker (see _Extractor._period_of_tasks).
_PERIOD_TASKS = re.compile(
    r"^(?:Về|Đối với) (?:một số |các |những )?nhiệm vụ(?: [^\d,:;.()]{1,40}?)?"
    r" (?P<t>(?:trong|của) (?:[Tt]háng|[Qq]uý|[Nn]ăm)[^,:;.()]{1,30}?),\s*"
    + _SPEAKER_TITLES
    + r"\s+(?:yêu cầu|chỉ rõ|nêu rõ|đề nghị|nhấn mạnh|lưu ý|chỉ đạo|giao)\s*[,:]"
)
# "Chiều 4/7, [tại …,] Phó Thủ tướng … chủ trì cuộc họp …", "Sáng 19/5, … dự Hội nghị …":
# a news report's opening, the meeting held that day. "Ngày 23.8, tại …, Phó Thủ tướng …
# chủ trì phiên họp …" opens so too (the day alone, its month after a dot); with no part
# of the day, "dự" is no sign ("Ngày 30/6, Bộ X hoàn thành dự án …" is a duty's).
# "Tại phiên họp, các bộ, ngành, địa phương báo cáo …", "Tại hội nghị, X cho biết …".
_MEETING_REPORTS = re.compile(
    r"^tai (?:(?:phien|cuoc|buoi) (?:hop|lam viec)|hoi nghi)\b[^,.;:]{0,60},"
    r"[^.;:]{1,120}?\b(?:bao cao|cho biet|trinh bay|thao luan|phat bieu)\b"
)
_NEWS_OPENING = re.compile(
    r"^(?:(?:sang|chieu|toi|trua)(?: nay| qua| hom qua| ngay)? \(?\d{1,2}/\d{1,2}(?:/\d{4})?\)?,"
    r".{0,250}?\b(?:chu tri|da hop|hop phien|du|dan dau|lam viec voi)\b"
    r"|ngay \d{1,2}[/.]\d{1,2}(?:[/.]\d{4})?,.{0,250}?\b(?:chu tri|da hop|hop phien|dan dau)\b)"
)
# What a news report tells rather than asks: a source it reports, a count to a date,
# figures with their units.
_TOLD = re.compile(
    r"^(?:tinh den|theo (?:bao cao|thong ke|so lieu|bo|ong|ba)\b)|\bcho biet\b|\bnoi\W*$"
    r"|\d[\d.,]*\s*(?:%|ty dong|trieu dong|ty usd|usd|vu\b|nguoi\b|tan\b)"
)
# What is left of a request after its subject when it names no work: "(khẩn trương)
# triển khai (thực hiện) trong tháng 6 năm 2017."
_BARE_IMPLEMENT = re.compile(
    r"^\s*(?:khan truong |tap trung )?(?:trien khai|thuc hien)(?: thuc hien| ngay)?"
    r"\s+(?:trong|truoc|ngay trong)\s[^,;:]{3,40}$"
)
# A news report's sentence opening with what it is about or why ("Về các giải pháp …,
# dài hạn, Thủ tướng Chính phủ giao X …", "Cụ thể, về công tác …, Phó Thủ tướng
# Thường trực yêu cầu X …", "Trước tình trạng trên, thừa ủy quyền của Thủ tướng Chính
# phủ, Phó Thủ tướng … vừa ký công văn số … về việc … yêu cầu X …"): the duty is the
# speaker's request; the opening clause (its commas included) is the report's framing,
# and a signed document's number and subject before "yêu cầu" are its narration. The
# Government speaks so too in the report of its session ("Về tình hình … năm 2020 và …
# năm 2021, Chính phủ giao X …"). "Đối với nhiệm vụ …, Phó Thủ tướng giao X …" keeps
# its opening: it names the task the
# request is about (the truth tables read that shape both ways; kept whole, no
# deadline is lost to a duty read without its topic). A proposal the speaker answers
# opens so too ("Theo đó, người dân kiến nghị xây cầu …, Thủ tướng giao X …"): who
# proposed is no owner, the speaker's answer is the duty. So does what the speaker
# stressed ("Nhấn mạnh một số nhiệm vụ trọng tâm thời gian tới, Phó Thủ tướng … giao X …").
# Words of one sentence, a day written with dots ("ngày 9.2.2017") among them.
_IN_SENTENCE = r"(?:[^.;:]|(?<=\d)\.(?=\d))"
_TOPIC_OPENING = re.compile(
    r"^(?:Cụ thể,\s*)?(?:(?:[Vv]ề|Trước (?:tình (?:trạng|hình)|thực trạng)|Trên cơ sở)"
    r" " + _IN_SENTENCE + r"{3,200}?"
    r"|(?:Theo đó,\s*)?[^.;:,]{2,60}? (?:kiến nghị|đề xuất) [^.;:]{3,200}?"
    # "Khẳng định việc … là nhiệm vụ chính trị quan trọng, Phó Chủ tịch UBND tỉnh … yêu
    # cầu Sở X …": the speaker's stress on the work, then whom he asks.
    r"|(?:Khẳng định|Nhấn mạnh) [^.;:]{3,200}?),\s*"
    r"(?:thừa (?:ủy|uỷ) quyền (?:của )?[^,.;:]{3,40},\s*)?"
    r"(?=(?P<who>(?:Tổng Bí thư|Chủ tịch nước|Thủ tướng(?: Chính phủ)?|Phó Thủ tướng"
    r"|Chủ tịch Quốc hội|Thứ trưởng|(?:Thường trực )?Chính phủ"
    r"|(?:Phó )?Chủ tịch (?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?:tỉnh|thành phố|TP))"
    r"(?: Thường trực)?(?: Chính phủ)?"
    r"(?: [A-ZĐÀ-Ỹ][a-zà-ỹđ]*){0,3})\s+"
    r"(?:(?:cũng )?(?P<asks>yêu cầu|đề nghị|giao|chỉ đạo)\s+(?![,:])"
    r"|vừa (?:ký|ban hành|có)\s" + _IN_SENTENCE + r"{5,250}?\s(?P<signed>yêu cầu|đề nghị|giao)\s))"
)

# "Trước những vi phạm này, …", "Trước tình hình đó, …": the reason a report gives first.
_REASON_OPENING = re.compile(
    r"^Trước (?:những|các|tình (?:trạng|hình)|thực trạng) [^,.;:]{1,60},\s*"
    # "Trước đó, vào cuối năm 2016 Thủ tướng … cũng đã có văn bản …": what came before,
    # its time then the one who acted.
    r"|^Trước đó,\s*(?:(?:vào|trong|từ) [^,.;:]{1,40}?(?:,\s*|\s+(?=[A-ZĐÀ-Ỹ])))?"
)

_BACK_REFERENCE = re.compile(r"\s(?:này|trên|đó|nêu trên)\s*,\s*$")


def _past_topic(text: str, registry: Registry) -> str:
    """``text`` from the speaker's request when a topic or reason clause opens it.

    Only a request naming whom it asks is cut to: "Về thi công, Phó Thủ tướng yêu cầu
    quyết liệt …" (no one named) and "Về việc này, Thủ tướng giao các Bộ:" (a lead-in
    into the points below) stay whole, the topic their only anchor.
    """
    m = _TOPIC_OPENING.match(text)
    if m is None or text.rstrip(" *").endswith(":"):
        return text
    if not m["signed"] and _BACK_REFERENCE.search(text[: m.end()]):
        return text  # "Về việc này, Thủ tướng giao …": a pointer back, part of the sentence
    rest = text[m.start("signed") if m["signed"] else m.end() :]
    got = subject(rest, registry)
    return rest if got is not None and (got.leads or got.responsible) else text


_ASKS_AFTER = re.compile(r"\s(?:và|đồng thời)\s+(?:yêu cầu|đề nghị)\s+(?=\S)")


def _speaker_requests(text: str) -> list[str]:
    """The requests of an unowned "Về …, <speaker> …" paragraph, one per clause."""
    m = _TOPIC_SPEAKER.match(text)
    if m is None:
        return []
    rest = text[m.end() :]
    cuts = [0, *(e.end() for e in _CLAUSE_END.finditer(rest)), len(rest)]
    out: list[str] = []
    for a, b in pairwise(cuts):
        piece = rest[a:b].strip()
        if (ask := _ASKS_AFTER.search(piece)) is not None:
            piece = piece[ask.end() :]
        if piece:
            out.append(piece)
    return out


def _past_speaker(text: str) -> str:
    """``text`` after a speaker's request run in before its owner (else ``text``)."""
    m = _SPEAKER_LEAD_IN.match(text)
    return text[m.end() :] if m is not None else text


# "Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau: Giao các sở …", "Về
# việc này, Thủ tướng Chính phủ Nguyễn Văn A yêu cầu: Bộ X, Cơ quan Y nghiên cứu …": the
# speaker's lead-in ends at its colon; the direction after it is the task, whom it names
# there its owner (the frame before the speaker is the letter's or the report's).
_SPEAKER_COLON = re.compile(
    r"(?:^|(?<=[,.]))\s*"
    + _SPEAKER_TITLES
    # "Phó Thủ tướng Chính phủ Bùi Văn A có ý kiến …": the office in full, then the name.
    + r"(?: Chính phủ(?: [A-ZĐÀ-Ỹ][a-zà-ỹđ]*){0,3})?\s+(?:(?:đã|cũng)\s+)?"
    r"(?:có ý kiến(?: chỉ đạo)?|chỉ đạo|kết luận|yêu cầu|giao)(?:,?\s*như sau)?\s*:\s*"
    # "… Phó Thủ tướng A có ý kiến như" closing its paragraph: a copy that lost "sau:".
    r"|(?:^|(?<=[,.]))\s*" + _SPEAKER_TITLES + r"\s+có ý kiến(?: chỉ đạo)?,?\s*như\s*$"
)


def _speaker_colon(text: str) -> re.Match[str] | None:
    """A speaker's lead-in closing on a colon in ``text``'s opening (see _SPEAKER_COLON)."""
    if ":" not in text[:_ANSWER_WITHIN] and not text.endswith("như"):
        return None
    return _SPEAKER_COLON.search(text, 0, _ANSWER_WITHIN)


def _past_speaker_colon(text: str, registry: Registry) -> str:
    """``text`` after its speaker's colon when a named body is given the work there."""
    m = _speaker_colon(text)
    if m is None or m.start() == 0 or not text[m.end() : m.end() + 1].isupper():
        # "Thủ tướng Chính phủ giao: Phó Thủ tướng A chỉ đạo …": no frame before the
        # speaker, the sentence is read whole.
        return text
    rest = text[m.end() :]
    got = subject(rest, registry)
    return rest if got is not None and (got.leads or got.responsible) else text


_SENTENCE_END = re.compile(r"[.;:!?…)\"”]$")
# A stored news passage broken off mid-sentence ("Sở X chủ trì, phối hợp với Sở Y, UBND các
# huyện … tăng cường công tác truyền thông …, hạn chế tối đa … tác động đế"): its last
# paragraph has no closing mark, yet its words run well past a subheading's. Only a page
# read as a scraped or reported one (its paragraphs all its structure): elsewhere a closing
# paragraph cut off is left as it was (the reading the text's other items give stands).
_BROKEN_OFF_WORDS = 25


def _broken_off(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is the text's last paragraph, a sentence cut off (no subheading)."""
    text = lines[i].text
    return (
        len(text.split()) >= _BROKEN_OFF_WORDS
        and "," in text
        and not any(x.text.strip() and not _BYLINE.match(x.text.strip()) for x in lines[i + 1 :])
    )


# A saved news item's foot: "Theo Cổng thông tin điện tử Bộ Xây dựng", "Tác giả: DT",
# "Link bài viết gốc: https://…", "Giờ đăng: 13/10/2025 08:23" — the page's, no paragraph.
_BYLINE = re.compile(
    r"^(?:Theo (?:\S+ ){0,10}\S+$|(?:Tác giả|Link bài viết gốc|Giờ đăng|Nguồn)\s*:)"
)


# A connective before a task that goes on with the request before it.
_GOES_ON = re.compile(r"^(?:dong thoi|dac biet|ngoai ra|ben canh do|cung voi do)\s*,?\s*")
_NARRATED_ACT = re.compile(r"(?:^[\s,]*|\s)(?:cung |con )?(?:da|dang|vua|moi)\s")


# A purpose run in before a speaker who asks a body by name: "Để bảo đảm tiến độ …,
# Thủ tướng Chính phủ yêu cầu X …", "Để khắc phục việc này, đặc biệt …, UBND TP yêu
# cầu X …". The purpose frames the request; its times are the purpose's, so the duty is
# read from the speaker on, the clause (and its dates) left out.
# A connective may come first: "Do đó, để kịp thời …, Bộ Y tế yêu cầu X …".
_PURPOSE_FIRST = re.compile(
    r"^(?:(?:Do đó|Theo đó|Vì vậy|Vì thế|Bởi vậy|Từ đó),\s*[đĐ]ể|Để|Nhằm) \S"
)
_PURPOSE_COMMA = re.compile(r",\s*(?=[A-ZĐÀ-Ỹ])")


def _speaker_named(who: str, registry: Registry) -> bool:
    """Whether ``who`` is only a speaker's title or a body's name, nothing said after it."""
    if re.fullmatch(_SPEAKER_TITLES, who):
        return True
    if re.search(r"\s(?:và|rồi|đồng thời)\s$|\s(?:đã|đang|vừa|mới)\s", f"{who} "):
        return False  # "X thống nhất chủ trương và giao Y": the speaker's own act first
    f = _aligned_text(who)
    return starts_body(who, f, 0, registry) and name_end(who, f, 0, len(who), registry) >= len(who)


def _past_purpose(text: str, registry: Registry) -> str:
    """``text`` from the speaker's request when a purpose clause opens it (else ``text``).

    Only a speaker asking or assigning a named body is cut to ("…, UBND TP yêu cầu X …");
    "Để …, Bộ X chủ trì …" stays whole: the purpose is the duty's own.
    """
    if not _PURPOSE_FIRST.match(text):
        return text
    for m in _PURPOSE_COMMA.finditer(text, 0, 300):
        rest = text[m.end() :]
        ask = re.match(
            r"(?P<who>[^,.;:]{2,60}?)\s(?:cũng\s|trân trọng\s)?(?:yêu cầu|đề nghị|giao)\s", rest
        )
        if ask is None or not _speaker_named(ask["who"], registry):
            # A name inside the purpose ("Để hỗ trợ Bộ A, Bộ B …"), or a speaker who does
            # more than ask ("X thống nhất chủ trương và giao Y …": its own act).
            continue
        got = subject(rest, registry)
        if got is not None and (got.leads or got.responsible) and (got.assigned or got.requested):
            return rest
    return text


# "UBND thành phố vừa có văn bản giao Sở X chủ trì …", "Ngày 23/11, Bộ Y đã yêu cầu giám
# đốc Sở X nắm tình hình …", "… đã có công văn số 2172/UBND-TKBT do Chủ tịch … ký, giao
# Giám đốc Sở X kiểm tra …": a report of the document's issuing that tells its request.
# The document's kind as a name or a noun ("vừa ban hành Kế hoạch yêu cầu …").
_ISSUED_ASKS = re.compile(
    r"\s(?:đã|vừa|mới)\s+(?:(?:ký|có|ban hành|gửi)\s+)?(?:(?i:công văn|văn bản|công điện"
    r"|thông báo|chỉ thị|kế hoạch|quyết định)\b[^.;:]{0,200}?[\s,]\s*)?"
    r"(?P<verb>giao|yêu cầu|đề nghị|chỉ đạo)\s+(?=\S)"
)
_ISSUED_WITHIN = 500  # the characters before the request: the frame, the issuer, the document


# "Văn bản yêu cầu Giám đốc Sở X, Hiệu trưởng … tổ chức …": the document itself asks.
_DOCUMENT_ASKS = re.compile(
    r"^(?:Công văn|Văn bản|Công điện|Chỉ thị|Quyết định|Kế hoạch|Thông báo)(?: này)?"
    r" (?P<verb>yêu cầu|đề nghị|giao)\s+(?=\S)"
)


def _issued_request(text: str, registry: Registry) -> Subject | None:
    """Whom a page's report of a document's issuing says it asks (see _ISSUED_ASKS)."""
    m = _DOCUMENT_ASKS.match(text)
    if m is None and not re.search(r"\s(?:đã|vừa|mới)\s", text[:_ISSUED_WITHIN]):
        return None
    m = m or _ISSUED_ASKS.search(text, 0, _ISSUED_WITHIN + 200)
    if m is None:
        return None
    # "… vừa có công văn chỉ đạo UBND các huyện, Sở Y tế … triển khai …": whom the
    # document directs are named right after the verb, as after "giao".
    at = m.end() if m["verb"] == "chỉ đạo" else m.start("verb")
    got = subject(text[at:], registry)
    if got is None or not (got.leads or got.responsible):
        return None
    got.end += at
    return got


_PER_PLAN = re.compile(r"^Theo (?:kế hoạch|[Kk]ế hoạch này|lịch|tiến độ),\s+(?=[A-ZĐÀ-Ỹ])")


def _past_plan(text: str, registry: Registry) -> str:
    """An article paragraph without the plan it retells, when a body is named after it.

    "Theo kế hoạch, Ban Thường trực … chọn X làm điểm …": the plan frames the sentence;
    the item is the body's it names.
    """
    plan = _PER_PLAN.match(text)
    if plan is not None and _owns(subject(text[plan.end() :], registry)):
        return text[plan.end() :]
    return text


def _item_subject(text: str, registry: Registry, *, paged: bool) -> tuple[str, Subject | None]:
    """An article paragraph's text and subject: its own, or a quote's (the text cut to it).

    Else, on a page of one or two requests (``paged``), whom its report of the document's
    issuing says the document asks (a longer scraped page tells that again among its
    narration, and reads on without it).
    """
    got = subject(text, registry)
    if got is None:
        text, got = _quoted_task(text, registry)
    if paged and (
        got is None
        # "UBND tỉnh vừa có công văn chỉ đạo X …": the issuing read into the name.
        or any(_NARRATED_IN_NAME.search(f" {n.written.lower()} ") for n in got.responsible)
    ):
        got = _issued_request(text, registry) or got
    return text, got


# "Theo đó, tổ chức triển khai thực hiện tốt Pháp lệnh …": a page reporting a document
# goes on to what it asks, naming no one (the document's own task).
_ACCORDINGLY = re.compile(r"^Theo đó,\s+(?=[a-zà-ỹđ])")


def _accordingly(text: str) -> bool:
    """Whether ``text`` opens "Theo đó, " straight into an action (see _ACCORDINGLY)."""
    m = _ACCORDINGLY.match(text)
    return m is not None and bool(_ACTION.match(fold(text[m.end() :])))


def _timed_purpose(text: str) -> bool:
    """Whether ``text`` is a request behind a purpose, with a time in it.

    "Để bảo đảm … trong tháng 3/2018, Thủ tướng yêu cầu …": the time is the purpose's as
    much as the request's. With no time ("Để công tác rà soát … hoàn thành đúng tiến độ,
    UBND tỉnh yêu cầu X tập trung chỉ đạo …") the request is as plain as any.
    """
    return text.lstrip(" *").startswith(("Để ", "Nhằm ")) and any(
        sp.read and _dated(sp) for sp in find_spans(text)
    )


def _clear_request(text: str, got: Subject | None, names: list[Named]) -> bool:
    """Whether an item of a news page asks its named body for something, plainly.

    Not what the body did ("X đã ký …", "Thủ tướng vừa có Công điện …": the act read into
    the name), and not a request behind a purpose ("Để bảo đảm … trong tháng 3/2018, Thủ
    tướng yêu cầu …"), whose times are the purpose's as much as the request's.
    """
    if got is None or not names:
        return False
    if _timed_purpose(text):
        return False
    # Read with its marks: folded, "Môi trường" in a name would read as "mới" (just done).
    if any(_NARRATED_IN_NAME.search(f" {n.written.lower()} ") for n in names):
        return False
    return not _NARRATED_ACT.match(fold(text[got.end :]))


_NARRATED_IN_NAME = re.compile(r"\s(?:cũng |còn )?(?:đã|đang|vừa|mới)\s")


_SPELLED_NEXT = re.compile(r"(?:Cụ thể|Trong đó)\b")


def _scraped_request(text: str, nxt: str, registry: Registry) -> str:
    """``text`` from its speaker's request, past a purpose or a topic run in first.

    "Về nhiệm vụ …, Thủ tướng yêu cầu chủ tịch UBND các tỉnh …": the topic frames the
    request. A request whose next sentence ``nxt`` opens "Cụ thể, …" leads into the tasks
    spelled out there and is no task of its own, so it keeps its topic (and stays out).
    """
    if (past := _past_speaker_colon(text, registry)) != text:
        return past
    text = _past_source(_past_purpose(text, registry), registry)
    return text if _SPELLED_NEXT.match(nxt) else _past_topic(text, registry)


# The report's source or occasion before the body that asks: "Được biết ngày 27-6, UBND
# tỉnh … đã yêu cầu X …", "Trước thông tin báo chí nêu …, Cục Y … đã có văn bản đề nghị X",
# "Trước việc chỉ có 22 thủ tục …, Phó Thủ tướng yêu cầu các bộ …" (the occasion).
# "Nhân dịp Đại hội …, nhiệm kỳ 2026 - 2031. Ủy ban nhân dân thành phố đề nghị X …": the
# occasion, a sentence of its own before the body that asks.
# "Tại Nghị quyết 46/NQ-CP … vừa được ban hành, Chính phủ yêu cầu X …": the document a
# page retells, named first; who asks in it and whom are after its last comma (its
# number, date and subject before that are the report's, not the duty's).
_SOURCE_FIRST = re.compile(
    r"^(?:Được biết|Trước (?:thông tin|phản ánh|việc)|Nhân dịp"
    r"|Tại (?:Nghị quyết|Chỉ thị|Thông báo|Kết luận|Công văn|Công điện|Quyết định|[Vv]ăn bản)"
    r"|(?:Cụ thể,\s*)?[Ll]iên quan (?:đến|tới)|Cụ thể,\s*(?:về|đối với)|Nhấn mạnh"
    r"|Với (?:quyết tâm|mục tiêu|tinh thần)"
    # "Căn cứ quy chế làm việc … ban hành kèm theo Quyết định số 03/2021/QĐ-UBND …, Văn
    # phòng UBND tỉnh đề nghị Sở X …": the rules or document the asking body acts on.
    r"|Căn cứ (?=(?:vào )?(?:quy chế|quy định|Luật|Nghị định|Nghị quyết|Quyết định"
    r"|Thông tư|Chỉ thị|Kết luận|Công văn|[Vv]ăn bản)\b)"
    r")\b"
)
# The asking body after the opening, or the person who asks ("…, ông Nguyễn Văn A đề nghị").
_SOURCE_ENDS = re.compile(r"(?:,|(?<=\w\w)\.)\s*(?=[A-ZĐÀ-Ỹ]|(?:ông|bà) [A-ZĐÀ-Ỹ])")


# "Theo Chủ tịch UBND TP, hiện mô hình … chưa hiệu quả, giao Sở NN&PTNT rà soát …": the
# speaker's view, reported, then the assignment he makes with no subject repeated.
_VIEW_FIRST = re.compile(r"^Theo (?:Chủ tịch|Phó Chủ tịch|Thủ tướng|Phó Thủ tướng|Bộ trưởng)\b")
_VIEW_THEN_ASK = re.compile(r",\s+(?=(?:giao|yêu cầu|đề nghị)\s)")


# A person's words quoted whole after who said them: "Ông A, Bí thư Thành ủy, cho biết:
# “…”", "Bà B nhấn mạnh: "…"".
_QUOTED_WORDS = re.compile(
    r"^(?:[ÔôBb]à|[Ôô]ng|[ĐđD]ồng chí)\s[^“\"”:.;]{3,160}?\s"
    r"(?:cho biết|nói|nhấn mạnh|khẳng định|chia sẻ|yêu cầu|chỉ đạo)\s*:\s*[“\"]\s*"
)

# "“Theo thẩm quyền …, các ban quản lý dự án khẩn trương hoàn thiện … trong quý 3/2026”,
# Bộ trưởng chỉ đạo.": the quote first, then who said it.
_QUOTE_THEN_SPEAKER = re.compile(
    r"^[“\"]\s*(?P<q>[^“\"”]{20,}?)\s*[”\"]\s*,\s*[^“\"”.;:]{2,120}?\s"
    r"(?:chỉ đạo|yêu cầu|nhấn mạnh|đề nghị|khẳng định|cho biết|nói)\s*[.!]?\s*$"
)


def _quoted_task(text: str, registry: Registry) -> tuple[str, Subject | None]:
    """A leader's quote of a body's task, and its subject (else ``text`` and None).

    "Ông A, Bí thư Thành ủy, cho biết: “Đảng đoàn HĐND thành phố chủ động phối hợp … và
    phải hoàn thành trong Quý IV …”": the quote is the item, who said it the report's.
    """
    quote = _QUOTED_WORDS.match(text)
    if quote is None:
        told = _QUOTE_THEN_SPEAKER.match(text)
        if told is None:
            return text, None
        inner = subject(told["q"], registry)
        if inner is None or not (inner.leads or inner.responsible):
            return text, None
        # The quote's last sentence ends at the speaker's comma: its stop is the report's.
        quoted = told["q"].rstrip()
        return quoted if quoted.endswith(_TERMINAL) else quoted + ".", inner
    inner = subject(text[quote.end() :], registry)
    if inner is None or not (inner.leads or inner.responsible):
        return text, None
    return text[quote.end() :], inner


def _past_source(text: str, registry: Registry) -> str:
    """``text`` from the body that asks a named body, past the report's source opening it."""
    if _VIEW_FIRST.match(text) and (then := _VIEW_THEN_ASK.search(text, 0, 500)) is not None:
        rest = text[then.end() :]
        got = subject(rest, registry)
        if got is not None and (got.leads or got.responsible) and got.assigned:
            return rest
    ask = _ASKS_IN.search(text, 0, 500)
    if not _SOURCE_FIRST.match(text) or ask is None:
        return text
    # The asking body opens after the last comma before the request (a place or a list
    # inside the source's clause has commas of its own).
    commas = list(_SOURCE_ENDS.finditer(text, 0, ask.start()))
    if not commas:
        return text
    rest = text[commas[-1].end() :]
    got = subject(rest, registry)
    if got is not None and (got.leads or got.responsible) and (got.assigned or got.requested):
        return rest
    return text


_ASKS_IN = re.compile(r"\s(?:yêu cầu|đề nghị|giao|lưu ý)\s")


# A body's past act that is no request still open: "… đã ban hành kết luận …", "… đã tổ
# chức …" (not "đã giao", "đã (được) yêu cầu", "đã có văn bản đề nghị …", nor work going on:
# "… đã và đang xây dựng phương án …").
_TOLD_DONE = re.compile(
    r"^[\s,]*(?:cung |deu )?da (?!va dang\b|(?:duoc )?(?:giao|yeu cau)\b|de nghi\b|chi dao\b"
    r"|co (?:van ban|cong van)\b)"
)


def _next_text(lines: list[Line], i: int) -> str:
    """The text of the first non-empty line after ``lines[i]``."""
    return next((x.text.strip(" *") for x in lines[i + 1 :] if x.text.strip(" *")), "")


# A news digest's lead lists its stories' headlines, closing "Đây là một số tin tức nổi
# bật trên Báo … ngày 6/2.": each story below tells its task in full; the list is none.
_DIGEST_LEAD = re.compile(
    r"\bday la (?:mot so|nhung|cac) (?:tin|thong tin|tin tuc)\b[^.;:]{0,20}"
    r"\b(?:noi bat|dang chu y|chinh)\b[^;:]{0,80}$"
)

_COURTEOUS_REQUEST = re.compile(r"\btrân trọng đề nghị\s")


def _article_paragraphs(
    lines: list[Line],
    registry: Registry,
    *,
    split: bool = False,
    scraped: bool = False,
    whole: bool = False,
    short: bool = False,
) -> tuple[list[Line], bool]:
    """An article retelling a document's tasks in unnumbered paragraphs.

    No label, no "(1)" items, no "… như sau:": a paragraph whose sentence names who
    does it ("Bộ Nội vụ chủ trì, phối hợp với …", "Trước ngày …, Bộ Y tế ban hành …",
    "Giao X …") opens an item; a sentence after it naming no one ("Trình Chính phủ …;",
    "Hướng dẫn …") is one more task of that owner (a paragraph of the item). A line with
    no closing punctuation is the article's subheading, not a task; one that stands
    between an item and the paragraphs going on with it does not end the item (the
    article's subheading restates the task). A bold owner's phrase run in before a colon
    ("**Bộ Nội vụ chủ trì, phối hợp với … ban hành**: Hướng dẫn …;") leads into its
    tasks, the first of them on its line (``split``: the part has no table, so a line
    may be added). Three such items at least, else the text is left as it was; a scraped
    page (``scraped``: title, summary, one body line) has no other structure to keep, so
    one request naming whom it asks is enough there. A news page set out in paragraphs
    (``whole``) is read so too, each paragraph kept whole, its opening clause with it.
    A short headless page (``short``, see _plain_outline) is read as a scraped one (a
    request behind a dated purpose stays unclear there, see _timed_purpose).
    """
    congresses = _retells_congresses(lines)
    lines, listed = _listed_tasks(_dated_step_sentences(lines), short=short)
    lines, listed, timed = (
        _owned_sentences(lines, listed, registry) if split else (lines, listed, set())
    )
    out = list(lines)
    k = named = 0
    owned: list[bool | None] = []  # per line: an owner's item, a task going on, a heading
    unclear: list[int] = []  # items naming a body that tell its act, or stand behind a purpose
    for i, x in enumerate(lines):
        text = x.text.rstrip(" *")
        if (
            x.heading
            or not (_SENTENCE_END.search(text) or (scraped and _broken_off(lines, i)))
            or _DIGEST_LEAD.search(fold(text))
        ):
            out[i] = Line(x.no, x.text, x.heading or 6, x.blank_before, x.raw)
            owned.append(None)
            continue
        topic = _BOLD_TOPIC.match(x.raw.strip()) or _ITALIC_TOPIC.match(x.raw.strip())
        if topic is not None and (cut := re.match(re.escape(topic["t"]) + r"\s*,\s*", text)):
            # "**Về thực hiện …**, theo Kế hoạch, UBND cấp tỉnh lập …": the bold topic is
            # the article's subheading run in; the task is the sentence after it.
            text = text[cut.end() :]
        # A scraped page's body reads as one report; its request is read from the speaker
        # (an article set out in paragraphs keeps each one whole, but for a letter's
        # courteous request after its purpose: "Để tiếp tục nâng cao …, Văn phòng Chính phủ
        # trân trọng đề nghị X …" — the purpose frames the letter, the request opens the
        # task).
        text = (
            _scraped_request(text, _next_text(lines, i), registry)
            if scraped and not whole
            else _past_purpose(text, registry)
            if whole and _COURTEOUS_REQUEST.search(text)
            else text
        )
        text, got = _item_subject(_past_plan(text, registry), registry, paged=whole or short)
        if got is None and (rest := _past_speaker(text)) != text:
            # "Về …, Tổng Bí thư nêu rõ, X chỉ đạo …": the owner is named after the speaker.
            # Only a topic run in before the speaker is cut ("Thủ tướng nhấn mạnh, X …"
            # stays whole: the report's sentence).
            got = subject(rest, registry)
            topic_first = text.startswith(("Về ", "Đối với ", "Liên quan đến ", "Liên quan tới "))
            text = rest if got is not None and topic_first else text
        if (
            got is None
            and not scraped
            and not _SPELLED_NEXT.match(_next_text(lines, i))
            and (rest := _past_topic(text, registry)) != text
        ):
            # "Về nhiệm vụ … trong quý 4, Thứ trưởng X đề nghị Y …": the speaker asks a body
            # he names; the paragraph, its topic with it, is that body's task (one leading
            # into "Cụ thể, …" is not, as on a scraped page).
            got = subject(rest, registry)
        names = (got.leads or got.responsible) if got is not None else []
        if got is not None and len(text[got.end :].strip(" .;:*")) < 8:
            names = []  # "… nêu tại các Kết luận của Bộ Chính trị, Ban Bí thư.": no verb after
        if scraped and names and got is not None and _TOLD_DONE.match(fold(text[got.end :])):
            # "Ban quản lý … chỉ biết ngày 8-2, UBND quận đã ban hành kết luận …": a scraped
            # page telling what a body did, asked nothing; no item to count among requests.
            names = []
        if (
            (names and not any(verb_led(n.written) for n in names))
            or (got is None and asks_no_one(text, registry))
            or (not names and _reported_task(text, registry))
            or i in listed
            or (whole and _accordingly(text))
            or _CONGRESS_FINISHED.match(fold(text))
            or (short and _SESSION_AHEAD.match(fold(text)) is not None)
        ):
            # A request naming no one ("Chính phủ cũng yêu cầu ban hành …") is a task of
            # its own too, with no owner, not the previous owner's next task.
            k += 1
            # A short page's request cut from behind its purpose is no plainer for it.
            named += (
                clear := (
                    _clear_request(text, got, names)
                    or (whole and _accordingly(text))
                    or i in timed
                    or (short and _session_ahead(text))
                    # A short page's timetable: each step due by its own period.
                    or (short and i in listed)
                )
                and not (short and _timed_purpose(x.text))
            )
            unclear += [] if clear else [i]
            out[i] = Line(x.no, f"{k}. {text}", x.heading, x.blank_before, x.raw)
            owned.append(True)
        else:
            owned.append(False)
    if k < 3 and not (scraped and named):
        return list(lines), False
    owned = _drop_told(
        out,
        lines,
        owned,
        unclear if k < 3 else None,
        registry,
        whole=scraped or k < 3,
        timetable=congresses and all(i in listed for i, o in enumerate(owned) if o),
    )
    _send_back_dated(out, owned)
    if split:
        out, owned = _split_items(out, owned, registry, short=short)
        lines = out
    seen = False
    for i, x in enumerate(lines):
        if owned[i]:
            seen = True
        elif owned[i] is None and seen:
            after = next((o for o in owned[i + 1 :] if o is not None), None)
            if after is False:
                # "### Nghiên cứu …" then "Chủ trì, phối hợp với …": the item goes on.
                out[i] = Line(x.no, "", 0, x.blank_before, x.raw)
    return out, True


# "Theo đó, về nhiệm vụ, giải pháp: truyền thông, giáo dục …; nâng cao năng lực …; xây
# dựng cơ chế phối hợp liên ngành; … . Xử lý nghiêm …": a page summing up the tasks and
# solutions of the document it reports as one run of ";" items after their topic.
_TASK_LIST_LEAD = re.compile(
    r"^(?:Theo đó,\s*)?(?:[Vv]ề\s+)?(?:các\s+)?(?:[Nn]hiệm vụ|[Gg]iải pháp)"
    r"(?:(?:,| và)\s+(?:nhiệm vụ|giải pháp))?(?:\s+(?:chủ yếu|trọng tâm|cụ thể))?\s*:\s*"
)
_LISTED_CUT = re.compile(r";\s*|\.\s+(?=[A-ZĐÀ-Ỹ])")
_LISTED_MIN = 3  # items of the run at least


# "Theo Kế hoạch của Ban Thường vụ Thành ủy, việc tổ chức đại hội cấp cơ sở hoàn thành
# trước ngày 31/3/2025; đại hội cấp huyện bắt đầu từ tháng 6/2025 và hoàn thành trước
# ngày 31/7/2025; …": a page retelling a plan's timetable as one sentence of ";" steps,
# each finished by a day of its own.
# So does a body's direction retold the same way: "Huyện ủy X chỉ đạo, đại hội chi bộ …
# thời gian hoàn thành trong quý IV.2019; đại hội đảng bộ xã … hoàn thành trong tháng
# 5.2020; …".
# So is one after "Theo đó," or "Thời gian tiến hành đại hội các cấp,": "Theo đó, Đại hội
# Hội Nông dân cấp cơ sở hoàn thành trong quý I/2023; Đại hội … cấp huyện hoàn thành trong
# quý II/2023; …"; its steps may run on as sentences or after "và" ("Việc tổ chức đại hội
# cấp huyện sẽ hoàn thành trước tháng 5.2014 và Đại hội … tỉnh hoàn thành trước tháng 7.2014").
_SCHEDULE_LEAD = re.compile(
    r"^(?:Theo (?:[Kk]ế hoạch|[Ll]ịch|[Tt]iến độ)\b[^,;:]{0,100}|[^,;:.]{3,80}\bchỉ đạo"
    r"|Theo đó|Thời gian (?:tiến hành|tổ chức) đại hội (?:[^,;:.]{0,40} )?các cấp),\s*"
)
# "Thời gian tiến hành đại hội hội nông dân cấp cơ sở, cấp huyện hoàn thành trong quý II
# …": the timetable's first step opens the sentence, its levels named in it.
_TIMETABLE_OPENS = re.compile(r"^Thời gian (?:tiến hành|tổ chức) đại hội\b")
_FINISHED_WHEN = re.compile(r"\bhoan thanh (?:truoc|trong|cham nhat|xong truoc)\b")
# The last congress of a timetable is held in its period rather than finished by it: "Đại
# hội đại biểu toàn quốc … tổ chức vào cuối quý IV/2023".
_HELD_IN = re.compile(
    r"\b(?:to chuc|tien hanh|dien ra) (?:vao|trong) (?:(?:cuoi|dau|giua) )?(?:quy|thang) [0-9ivx]"
)
# Between two steps of a timetable: ";" or a sentence's end.
_SCHEDULE_CUT = re.compile(r";\s*|(?<=[.…])\s+(?=[A-ZĐÀ-Ỹ])")
# "… hoàn thành trước tháng 5.2014 và Đại hội …": "và" after a step's period, before the
# next congress.
_AND_NEXT_STEP = re.compile(r"\s+va\s+(?=(?:dai hoi|viec to chuc)\b)")
# "Theo đó, Khung kế hoạch thời gian năm học 2019-2020 được sửa đổi, bổ sung như sau: Kết
# thúc năm học trước ngày 15-7-2020; Xét công nhận … trước ngày 31-7-2020; …", "Theo đó,
# một số mốc thời gian thay đổi như sau: Kết thúc học kỳ I trước ngày 20/1, hoàn thành …
# trước ngày 11/7 và kết thúc năm học trước ngày 15/7.": a page retelling the milestones
# a document sets, run on after its lead-in; each milestone is due by its own day.
# So is a body's timetable after "dự kiến:" ("Ban Thường vụ Huyện ủy X dự kiến: từ tháng 7
# đến tháng 12-2019 triển khai …; từ tháng 1 đến tháng 3-2020 sẽ tiến hành …; …"), its
# steps each opening with their months.
_MILESTONES_LEAD = re.compile(
    r"^(?:Theo đó,[^;:]{0,160}\bnhư sau|[^;:.]{3,100}\bdự kiến(?: lộ trình| tiến độ)?)\s*:\s*"
)
_DUE_STEP = re.compile(
    r"\b(?:truoc|cham nhat(?: la)?|han chot|vao(?: cac)? ngay)\s+(?:ngay\s+)?(?:\d{1,2},\s*)*"
    r"\d{1,2}(?:\s*[/.-]\s*\d{1,2}|\s+thang\s+\d{1,2})\b"
    r"|^tu thang \d{1,2}(?:[/.-]\d{4})? den (?:het )?thang \d{1,2}\s*[/.-]\s*\d{4}\b"
)
# Between two milestones run on in one sentence: the comma or "và" right after a day.
_AFTER_DUE_DAY = re.compile(
    r"(?<=\d)(?:\s*[/.-]\s*\d{4}|\s+nam\s+\d{4})?(?P<cut>,\s+|\s+va\s+)(?=[a-z])"
)


def _schedule_steps(text: str) -> list[str]:
    """The steps of a retold timetable (see ``_SCHEDULE_LEAD``), or none.

    Every step names its own finishing day ("hoàn thành trước …"), three steps at least:
    fewer, or a step with no day of its own, is a sentence of one task. After a lead-in
    into milestones (``_MILESTONES_LEAD``) each step is due by a day of its own.
    """
    m = _SCHEDULE_LEAD.match(text)
    if m is None and _TIMETABLE_OPENS.match(text):
        return _congress_steps(text, 2) or _milestone_steps(text)
    if m is None:
        return _milestone_steps(text)
    steps = [t.strip(" .…") for t in text[m.end() :].split(";")]
    if len(steps) < _LISTED_MIN or not all(_FINISHED_WHEN.search(fold(t)) for t in steps):
        # "Thời gian tiến hành đại hội …, A hoàn thành trong quý II và B hoàn thành trong quý
        # III": the lead-in says the steps are the congresses' periods, so two will do.
        least = 2 if text.startswith("Thời gian") else _LISTED_MIN
        return _congress_steps(text[m.end() :], least) or _milestone_steps(text)
    return steps


def _short_schedule_steps(text: str) -> list[str]:
    """A short page's timetable of two congresses or more (see _congress_steps), or none.

    "Theo kế hoạch, Đại hội MTTQ cấp huyện … sẽ hoàn thành trước ngày 30.5.2019 và Đại
    hội MTTQ tỉnh hoàn thành trong tháng 7.2019.": a news item's last paragraph tells
    what is still to come, each congress finished by its own period (corpus104 (a): a
    dated congress ahead is a duty, lead null). A long plan needs three steps (see
    _schedule_steps); a short page has no other list of work. The lead-in stays with the
    first step: it says the steps are a plan's, not the report's.
    """
    m = _SCHEDULE_LEAD.match(text)
    if m is None:
        return []
    steps = _congress_steps(text[m.end() :], 2)
    if not steps or not all(any(sp.read and _dated(sp) for sp in find_spans(t)) for t in steps):
        return []
    return [text[: m.end()] + steps[0], *steps[1:]]


def _later_schedule(text: str) -> tuple[str, list[str]] | None:
    """A short page's paragraph: its report, then its timetable's steps (or None).

    "Đến nay đã có 2/25 đơn vị … tổ chức thành công đại hội … . Theo lịch đăng ký, dự
    kiến đại hội của các cơ sở đoàn sẽ hoàn thành trước ngày 20.5.2017; đại hội đoàn cấp
    huyện … hoàn thành trước 30.7.2017.": the timetable is the paragraph's last sentence
    (see _short_schedule_steps); what comes before it is the report.
    """
    parts = _STEP_CUT.split(text)
    if len(parts) < 2:
        return None
    last = parts[-1]
    if not (steps := _short_schedule_steps(last)):
        return None
    return " ".join(parts[:-1]), steps


def _drop_told(
    out: list[Line],
    lines: list[Line],
    owned: list[bool | None],
    unclear: list[int] | None,
    registry: Registry,
    *,
    whole: bool,
    timetable: bool,
) -> list[bool | None]:
    """Blank (in place) an article's paragraphs that are its report; the owned flags.

    ``whole``: a scraped page's, or one with fewer than three requests (see
    _drop_narration). ``timetable``: the page's only items are the congresses of a
    timetable it retells; its other paragraphs ("Cho đến nay, hầu hết các địa phương đều
    đã …", a sidebar's teaser) are the report's, unless one opens with an action or names
    who acts.
    """
    if whole:
        return _drop_narration(out, lines, owned, unclear)
    if not timetable:
        return owned
    for i, x in enumerate(lines):
        if owned[i] is not False or _ACTION.match(fold(x.text)):
            continue
        if not _owns(subject(x.text, registry)):
            out[i] = Line(x.no, "", 0, x.blank_before, x.raw)
    return owned


def _retells_congresses(lines: list[Line]) -> bool:
    """Whether a line of ``lines`` is a congress timetable (see _congress_steps)."""
    for x in lines:
        m = None if x.heading else _SCHEDULE_LEAD.match(x.text)
        if m is not None and _congress_steps(x.text[m.end() :]):
            return True
    return False


def _congress_steps(body: str, least: int = _LISTED_MIN) -> list[str]:
    """The congresses of a timetable retold after "Theo đó," (see _SCHEDULE_LEAD), or none.

    Each step is finished by its own period (the last may be held in one), and names the
    congress or the level that holds it; a last step the store cut off mid-sentence (no
    closing stop) is dropped, its period lost.
    """
    steps: list[str] = []
    for part in _SCHEDULE_CUT.split(body.strip()):
        f = fold_aligned(part)
        at = 0
        for c in _AND_NEXT_STEP.finditer(f):
            if _FINISHED_WHEN.search(f[at : c.start()]):
                steps.append(part[at : c.start()])
                at = c.end()
        steps.append(part[at:])
    if len(steps) > 1 and not body.rstrip().endswith((".", "…", ";")):
        steps = steps[:-1]
    steps = [t.strip(" .…") for t in steps]
    if len(steps) < least or not all("dai hoi" in (f := fold(t)) or "cap " in f for t in steps):
        return []
    finished = [bool(_FINISHED_WHEN.search(fold(t))) for t in steps]
    if not all(finished[:-1]) or not (finished[-1] or _HELD_IN.search(fold(steps[-1]))):
        return []
    return steps


def _milestone_tail(text: str) -> str:
    """The sentences after a lead-in's steps in its paragraph (see _milestone_steps)."""
    m = _MILESTONES_LEAD.match(text)
    body = text[m.end() :].strip() if m is not None else ""
    if ";" not in body:
        return ""
    parts = _STEP_CUT.split(body, maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


def _milestone_steps(text: str) -> list[str]:
    """The milestones after a lead-in into them (see ``_MILESTONES_LEAD``), or none."""
    m = _MILESTONES_LEAD.match(text)
    if m is None:
        return []
    body = text[m.end() :].strip()
    if ";" in body:
        # The lead-in's sentence holds its steps; the paragraph's next sentences are its own
        # (see _milestone_tail).
        body = _STEP_CUT.split(body, maxsplit=1)[0]
    steps = [t.strip(" .…") for t in body.split(";")]
    if len(steps) == 1:
        # One sentence: cut after each day a milestone is due by, where the next opens.
        f = fold_aligned(body)
        cuts = [
            c for c in _AFTER_DUE_DAY.finditer(f) if _DUE_STEP.search(f[: c.start("cut")][-40:])
        ]
        bounds = [0, *(x for c in cuts for x in (c.start("cut"), c.end("cut"))), len(body)]
        steps = [body[a:b].strip(" .…") for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    if len(steps) < _LISTED_MIN or not all(_DUE_STEP.search(fold(t)) for t in steps):
        return []
    return steps


# "Các xã … tổng hợp kết quả … báo cáo UBND huyện trước ngày 5/12/2019.": a sentence due
# by a day of its own (a qualified day: "trước", "chậm nhất", "hạn chót").
_DUE_DAY_IN = re.compile(
    r"\b(?:truoc|cham nhat(?: la)?|han chot)\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\b"
)
_STEP_CUT = re.compile(r"(?<=[.…])\s+(?=[A-ZĐÀ-Ỹ])")
# "Việc tổ chức đại hội các chi bộ cơ sở hoàn thành trong tháng 3. … Đại hội đảng bộ cơ sở
# sẽ hoàn thành trong tháng 5.2020.": a page retelling a congress timetable sentence by
# sentence, the congress the subject; two such sentences are its steps.
# "Theo dự kiến, Kỳ họp thứ 9, HĐND thị xã Khóa VI sẽ diễn ra trong 2 ngày (từ 25 - 26.12
# …)", "Kỳ họp … dự kiến được tổ chức từ ngày 18 đến ngày 25/12/2020": a short page's
# session or congress to come, its days given (corpus104 (a): a duty with no owner).
_SESSION_AHEAD = re.compile(
    r"^(?:theo du kien,\s*|du kien,?\s*)?(?:ky hop|dai hoi|phien hop)\b[^.;:]{0,120}?"
    r"\b(?:du kien|se)\b[^.;:]{0,20}?\b(?:dien ra|khai mac|duoc to chuc|to chuc|tien hanh)\b"
)


def _session_ahead(text: str) -> bool:
    """Whether ``text`` is a session to come with its days (see _SESSION_AHEAD)."""
    return _SESSION_AHEAD.match(fold(text)) is not None and any(
        sp.read and _dated(sp) for sp in find_spans(text)
    )


_CONGRESS_FINISHED = re.compile(
    r"^(?:du kien |theo ke hoach, )?(?:viec (?:to chuc |tien hanh )?)?dai hoi\b[^.;:]{3,120}?"
    r"\b(?:se )?hoan thanh (?:truoc|trong|cham nhat)\b"
)


def _dated_step_sentences(lines: list[Line]) -> list[Line]:
    """A paragraph retelling a timetable as sentences, each step due by its own day.

    "Các khối, xóm … báo cáo UBND xã trước ngày 30/11/2019. Các xã … báo cáo UBND huyện
    trước ngày 5/12/2019. Các huyện … báo cáo UBND tỉnh trước ngày 10/12/2019…": three
    sentences at least each with a day it is due by, so each its own line (each step has
    its own doer and day, not one task of the paragraph's first subject). Any other
    paragraph is left whole.
    """
    out: list[Line] = []
    for x in lines:
        parts = [] if x.heading else [t for t in _STEP_CUT.split(x.text.strip()) if t.strip()]
        due = [bool(_DUE_DAY_IN.search(fold(t))) for t in parts]
        held = [bool(_CONGRESS_FINISHED.match(fold(t))) for t in parts]
        if sum(due) < _LISTED_MIN and sum(held) < 2:
            out.append(x)
            continue
        out.extend(
            Line(x.no, t, 0, x.blank_before if k == 0 else True, x.raw) for k, t in enumerate(parts)
        )
    return out


def _listed_tasks(lines: list[Line], *, short: bool = False) -> tuple[list[Line], set[int]]:
    """The lines, each summed-up run of tasks cut into one line per item; their indexes.

    See ``_TASK_LIST_LEAD``: the items are tasks with no owner named, the topic no task.
    On a short page (``short``) a timetable of two congresses will do (see
    _short_schedule_steps).
    """
    out: list[Line] = []
    listed: set[int] = set()
    for x in lines:
        m = None if x.heading or ";" not in x.text else _TASK_LIST_LEAD.match(x.text)
        items = [] if m is None else _LISTED_CUT.split(x.text[m.end() :])
        items = [t.strip(" .…") for t in items if len(t.split()) >= _LISTED_MIN]
        opened = x.blank_before
        if m is None and not x.heading:
            items = _schedule_steps(x.text)  # each kind counts its own least steps
            if not items and short:
                items = _short_schedule_steps(x.text)
            if not items and short and (said := _later_schedule(x.text)) is not None:
                # The paragraph's report before its timetable stays one line of its own.
                out.append(Line(x.no, said[0], 0, x.blank_before, x.raw))
                items = said[1]
                opened = True
        if not items or (m is not None and len(items) < _LISTED_MIN):
            out.append(x)
            continue
        for k, item in enumerate(items):
            listed.add(len(out))
            out.append(Line(x.no, f"{item};", 0, opened if k == 0 else True, x.raw))
        tail = _milestone_tail(x.text) if m is None else ""
        for sentence in (t for t in _STEP_CUT.split(tail) if t.strip()):
            # The timetable's sentences after it: ";" steps each due by their own day
            # are steps too ("Đối với … trước ngày 31-12-2019; … trước ngày 31-1-2020.").
            clauses = [c.strip(" .…;") for c in sentence.split(";") if c.strip(" .…;")]
            if len(clauses) > 1 and all(_DUE_STEP.search(fold(c)) for c in clauses):
                for clause in clauses:
                    listed.add(len(out))
                    out.append(Line(x.no, f"{clause};", 0, True, x.raw))
            else:
                out.append(Line(x.no, sentence.strip(), 0, True, x.raw))
    return _milestone_sentences(out, listed)


# "Thời gian xét công nhận hoàn thành chương trình TH trước ngày 15-6-2018; xét công nhận
# tốt nghiệp THCS trước ngày 25-5-2018. Hoàn thành tuyển sinh vào lớp 6 … trước ngày
# 31-7-2018.": a page retelling a school-year framework or a timetable sentence by
# sentence, each milestone opening with its act and due by a dated day of its own.
# The act has its object: "Hoàn thành trước ngày …", "Thời gian hoàn thành trước ngày …"
# only says when the sentence before it is due.
_MILESTONE_OPENS = re.compile(
    r"^(?:thoi gian |thoi han )?(?:ket thuc|hoan thanh|xet cong nhan|thi tuyen sinh"
    r"|tuyen sinh)\s+(?!(?:truoc|cham nhat|trong|vao|ngay|den|xong|dung)\b)\w"
)
_DUE_DATED = re.compile(
    r"\b(?:truoc|cham nhat(?: la)?|han chot|khong qua)\s+(?:ngay\s+)?\d{1,2}"
    r"(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|\s+thang\s+\d{1,2}\s+nam\s+)\d{4}\b"
)


def _milestone_clauses(sentence: str) -> list[str]:
    """A milestone sentence's ";" clauses, each due by its own dated day, or none."""
    clauses = [t.strip(" .…;") for t in sentence.split(";") if t.strip(" .…;")]
    if not clauses or not _MILESTONE_OPENS.match(fold(clauses[0])):
        return []
    if not all(_DUE_DATED.search(fold(t)) for t in clauses):
        return []
    return clauses


def _milestone_sentences(lines: list[Line], listed: set[int]) -> tuple[list[Line], set[int]]:
    """The lines, a page's milestone sentences (see ``_MILESTONE_OPENS``) each cut apart.

    Only when the page retells three milestones at least: one such sentence alone is a
    paragraph's own words (its owner may be named before it).
    """
    if listed:
        return lines, listed
    found: list[list[list[str]]] = []
    for x in lines:
        # A labelled point is the document's own item, its sentences read as such.
        bare = not x.heading and _label(x) is None
        parts = [t for t in _STEP_CUT.split(x.text.strip()) if t.strip()] if bare else []
        found.append([_milestone_clauses(t) for t in parts])
    if sum(len(c) for per in found for c in per) < _LISTED_MIN:
        return lines, listed
    out: list[Line] = []
    parts_of = iter(found)
    for x in lines:
        per = next(parts_of)
        if not any(per):
            out.append(x)
            continue
        parts = [t for t in _STEP_CUT.split(x.text.strip()) if t.strip()]
        rest: list[str] = []
        first = True
        for part, clauses in zip(parts, per, strict=True):
            if not clauses:
                rest.append(part)
                continue
            if rest:
                out.append(Line(x.no, " ".join(rest), 0, x.blank_before if first else True, x.raw))
                first, rest = False, []
            for clause in clauses:
                listed.add(len(out))
                out.append(Line(x.no, f"{clause};", 0, x.blank_before if first else True, x.raw))
                first = False
        if rest:
            out.append(Line(x.no, " ".join(rest), 0, True, x.raw))
    return out, listed


# "Nội dung này cũng gửi về Sở X trước ngày 21/2/2017.", "Các nội dung trên gửi về … trước
# ngày …": a sentence whose subject points back at what was just asked, sent on to whom
# asked it by a date. It sets no work of its own; it is when the request above is due.
_SENT_BACK = re.compile(
    r"^(?:(?:cac|nhung|toan bo) )?(?:noi dung|ket qua|bao cao|danh sach|danh muc|ho so)"
    r"(?: [^.;:,]{1,30}?)? (?:nay|tren|neu tren|do)(?: cung| phai| duoc)* (?:gui|nop|bao cao)\b"
)
# "Hoàn thành việc kiểm tra và báo cáo Thủ tướng trước ngày 10 tháng 6 năm 2025.": the work
# just asked, named back by "việc", finished by a date — a sentence of its own, no more
# work than the request above and when it is due (as _SENT_BACK's).
_FINISHED_BY = re.compile(
    r"^hoan thanh (?:viec|cong tac) [^.;:]{1,100}?\s(?:truoc|cham nhat|trong)\s"
    + _IN_SENTENCE
    + r"{1,40}\.?$"
)


def _send_back_dated(out: list[Line], owned: list[bool | None]) -> None:
    """Join a dated sending-back sentence to the paragraph before it (in place).

    The sentence (see ``_SENT_BACK``) closes the request or the task going on with it
    just above: its date is that one's deadline, and the sentence is no duty with a date
    nobody was given. (Its "trên" may reach further up; only the nearest is sure.)
    """
    for i, x in enumerate(out):
        if owned[i] is not False or not x.text.strip():
            continue
        f = fold(x.text.strip(" *"))
        if (_SENT_BACK.match(f) or _FINISHED_BY.match(f)) is None or not re.search(r"\d", f):
            continue
        j = next((k for k in range(i - 1, -1, -1) if out[k].text.strip()), None)
        if j is None or owned[j] is None:
            continue
        y = out[j]
        out[j] = Line(y.no, f"{y.text.rstrip()} {x.text.strip()}", y.heading, y.blank_before, y.raw)
        out[i] = Line(x.no, "", 0, x.blank_before, x.raw)
        owned[i] = None


def _drop_narration(
    out: list[Line], lines: list[Line], owned: list[bool | None], unclear: list[int] | None
) -> list[bool | None]:
    """Blank a scraped page's narration between its requests (in place); the owned flags.

    With ``unclear`` (one or two requests read): a scraped page's requests stand among
    its narration: a sentence after one goes on with its task only when it opens with an
    action ("Trình …", "Hoàn thành …"); any other is the report's ("Ngày 7-2, X ban hành
    …", "Đề án … là …"). So is a named sentence that is no plain request ("Thủ tướng vừa
    có Công điện …", "Ban Thường vụ … thống nhất chủ trương và giao …"). Without (three
    requests or more): only a paragraph opening with the report's narration is blanked
    (see :func:`_told_first`); the others go on with the request above them.
    """
    if unclear is not None:
        owned = [False if i in unclear else o for i, o in enumerate(owned)]
    for i, x in enumerate(lines):
        if owned[i] is not False:
            continue
        if unclear is None:
            drop = _told_first(x.text)
        else:
            told = x.text.strip(" *")
            if (asks := _ASKS_ON.match(told)) is not None:
                told = told[asks.end() :]
            drop = not _ACTION.match(_GOES_ON.sub("", fold(told)))
        if drop:
            out[i] = Line(x.no, "", 0, x.blank_before, x.raw)
    return owned


# "Thủ tướng yêu cầu đối với vấn đề vượt thẩm quyền, báo cáo Thủ tướng … trước ngày …":
# the speaker asks on, naming no one, a point (its case run in first) of the request
# above — the same addressee's task, not the report's narration.
_ASKS_ON = re.compile(
    "^" + _SPEAKER_TITLES + r"\s+(?:cũng\s+)?(?:yêu cầu|lưu ý|đề nghị)\s+"
    r"(?:(?:đối với|về|trường hợp) [^,.;:]{3,120},\s*)?(?=[a-zà-ỹđ])"
)


def _told_first(text: str) -> bool:
    """Whether a paragraph of a scraped page opens with the report's own narration.

    "Sáng 27/8, Thủ tướng … chủ trì phiên họp …. Đây là phiên họp … tháng 8/2024.",
    "Theo hợp đồng, các gói thầu … có thời gian 660 ngày (đến tháng 2-2026).": the
    meeting held, the source of a report's figures, not a task going on with the request
    above it (their times are the meeting's, the contract's).
    """
    first = _CLAUSE_END.split(text.strip(" *"), maxsplit=1)[0]
    f = fold(first)
    return bool(_NEWS_OPENING.match(f) or _SOURCE_TOLD.match(f))


# "Theo hợp đồng, các gói thầu … có thời gian 660 ngày (đến tháng 2-2026).", "Theo báo
# cáo, …": the report's source for its figures and terms, opening the paragraph.
_SOURCE_TOLD = re.compile(r"^theo (?:bao cao|thong ke|so lieu|hop dong)\s*,")


# A sentence of a report that gives work: who (after an opening clause) is given it or
# asks for it — "Sở X được giao …", "Thành phố giao đơn vị tư vấn …", "Về …, thành phố
# yêu cầu …", "Hà Nội cũng yêu cầu …", "Do đó, HĐND tỉnh đề nghị X …", "…, sở này sẽ
# chủ trì …" (a work to come; "X chủ trì Phiên họp" tells who chaired). "giao" opening a
# compound is no giving: "không thực hiện giao dịch …" (a transaction).
_GIVES_WORK = re.compile(
    r"^(?:[^,.;:]{3,90},\s*)?[^.;:]{1,140}?\s(?:cung )?"
    r"(?:se chu tri|(?:se )?(?:duoc giao|duoc yeu cau|giao(?! dich\b)"
    r"|yeu cau|de nghi))\s"
)
# A second verb of the same speaker ("… đánh giá cao … và yêu cầu …").
_JOINED_ASK = re.compile(
    r"\bva (?:cung )?(?:se )?(?:duoc giao|duoc yeu cau|giao|yeu cau|chu tri)\s$"
)
# A sentence's end, its last word a code in capitals too ("… dự án đầu tư BT. Đối với …");
# not an abbreviation's dot ("TP. Hà Nội").
_REPORT_SENTENCE_CUT = re.compile(r"(?P<word>[\wÀ-ỹ)]*[a-zà-ỹđ0-9A-ZĐ)])\.\s+(?=[A-ZĐÀ-Ỹ])")
_ABBREVIATIONS = frozenset({"TP", "TX", "TT", "Q", "P", "H", "X", "Tp", "ThS", "TS", "PGS", "GS"})
# "yêu cầu" as a noun ("theo yêu cầu của …", "bảo đảm yêu cầu …", "đáp ứng yêu cầu"), a
# handover ("bàn giao"), the work given ("việc giao …").
_NOT_GIVING = re.compile(
    r"\b(?:theo|cac|nhung|cua|dam|ung|ban|viec) (?:duoc giao|giao|yeu cau|de nghi)\s"
)


# A later sentence of a report's paragraph whose subject is a body named there, bound to
# its work by an obligation or a day it is due by: "… . Các xã, phường, thị trấn tổng
# hợp kết quả …, báo cáo UBND huyện trước ngày 5/12/2019.", "… . Các huyện phải xác định
# …". The paragraph's opening may be the page's own words ("Thời gian thực hiện từ …").
_BOUND_WORK = re.compile(
    r"^(?:(?:phai|can|co trach nhiem|chiu trach nhiem)\s"
    r"|[^.;:]{3,200}?\s(?:truoc|cham nhat(?: truoc| la| vao)?) (?:ngay )?\d{1,2}[/.-]\d{1,2}\b)"
)


def _owned_sentence(rest: str, registry: Registry) -> bool:
    """Whether ``rest`` opens with a body it names and that body's bound work (see _BOUND_WORK)."""
    got = subject(rest, registry)
    if got is None or got.assigned or got.requested:
        return False
    names = got.leads or got.responsible
    if not names or any(verb_led(n.written) for n in names):
        return False
    after = fold(rest[got.end :]).strip(" ,")
    return not _NARRATED.match(after) and bool(_BOUND_WORK.match(after))


def _owned_sentences(
    lines: list[Line], listed: set[int], registry: Registry
) -> tuple[list[Line], set[int], set[int]]:
    """A page's paragraph cut before each later sentence giving a named body bound work.

    "Thời gian thực hiện từ ngày 1/10 đến hết ngày 30/11/2019. Các xã … báo cáo … trước
    ngày 5/12/2019. Các huyện … trước ngày 10/12/2019.": each level's task is a sentence
    of its own. An opening that names no one and sets the time the bodies work in is the
    plan's own task, with no owner (listed, as a summed-up task is); it goes on with no
    request above it. Returns the lines, the listed ones and the timed openings.
    """
    out: list[Line] = []
    kept: set[int] = set()
    timed: set[int] = set()
    for i, x in enumerate(lines):
        text = x.text
        cuts = (
            []
            if x.heading or _label(x) is not None or i in listed
            else [
                m.end()
                for m in _REPORT_SENTENCE_CUT.finditer(text)
                if m["word"] not in _ABBREVIATIONS and _owned_sentence(text[m.end() :], registry)
            ]
        )
        if not cuts:
            kept |= {len(out)} if i in listed else set()
            out.append(x)
            continue
        bounds = [0, *cuts, len(text)]
        for k, (a, b) in enumerate(pairwise(bounds)):
            piece = text[a:b].strip()
            if k == 0 and subject(piece, registry) is None and _sets_time(piece):
                timed.add(len(out))
            out.append(Line(x.no, piece, x.heading, x.blank_before if k == 0 else True, x.raw))
    return out, kept | timed, timed


def _sets_time(text: str) -> bool:
    """Whether ``text`` opens with no action and reads a date as its time."""
    return not _ACTION.match(fold(text)) and any(sp.read and _dated(sp) for sp in find_spans(text))


def _assigning_sentences(lines: list[Line]) -> list[Line]:
    """A report's paragraph whose later sentences each give work: one line per task.

    "Về phân kỳ đầu tư, thành phố yêu cầu … . Sở X được giao khẩn trương … trong tháng
    3/2026. Riêng đoạn 3 … sẽ thực hiện theo chỉ đạo trước đó.": the request and the
    assignment are two tasks, each with its own owner and time; a sentence giving none
    goes on with the one before it.
    """
    out: list[Line] = []
    for x in lines:
        text = x.text
        if x.heading or _label(x) is not None:
            out.append(x)
            continue
        cuts = [
            m.end()
            for m in _REPORT_SENTENCE_CUT.finditer(text)
            if m["word"] not in _ABBREVIATIONS
            and (g := _GIVES_WORK.match(f := fold(text[m.end() :]))) is not None
            and _NOT_GIVING.search(f[: g.end() + 1]) is None
            # A leader's praise then request ("Tổng Bí thư đánh giá cao … và yêu cầu …") is
            # read by the speaker's requests (see _split_speaker_requests).
            and _JOINED_ASK.search(g.group(0)) is None
        ]
        if not cuts:
            out.append(x)
            continue
        bounds = [0, *cuts, len(text)]
        for k, (a, b) in enumerate(pairwise(bounds)):
            piece = text[a:b].strip()
            out.append(Line(x.no, piece, x.heading, x.blank_before if k == 0 else True, x.raw))
    return out


# A news page relays the tasks it reports in the future or as obligations, its subject
# a body named in the sentence: "Các địa phương sẽ phải có báo cáo …", "Lãnh đạo quận X
# phải giao …". An opener that announces what comes next or whose request it is
# ("Tới đây, …", "Đồng thời, …", "Cũng theo yêu cầu của …, …") makes the body's next act
# a task too ("Tới đây, lực lượng Công an mở đợt …"); a frame ("Với …, …", "trong tháng
# 9/2017, …") only stands before the subject. Narration keeps out: "X đã …", "X đang …",
# "X cho rằng …" (see _NARRATED).
_TASK_OPENER = re.compile(
    r"^(?:Tới đây|Sắp tới|Thời gian tới|Đồng thời|(?:Cũng )?[Tt]heo yêu cầu của [^,.;:]{3,80}),\s*"
)
_TASK_FRAME = re.compile(
    r"^(?:(?:[Đđ]ối với|[Vv]ới) [^,.;:]{3,80}|trong (?:tháng|quý|năm) [^,.;:]{1,20}),\s*"
)
# "…; cần chấn chỉnh ngay một số nội dung sau:", "…; phải tập trung vào các việc sau:": a
# clause with no subject leading into points.
_SUBJECTLESS_LEAD = re.compile(r"^(?:can|phai|dong thoi|tap trung)\b.{0,80}\bsau\s*:$")
_OBLIGED = re.compile(r"\s(?:sẽ phải|sẽ|phải|cần|có trách nhiệm)\s")
# A local government or a force named by its kind and proper name, in lower case in a
# sentence: "quận Tây Hồ", "phường Quảng An", "Lãnh đạo quận Tây Hồ", "lực lượng Công an".
_LOCAL_UNIT = re.compile(
    r"^(?:[Ll]ãnh đạo |[Cc]hủ tịch )?(?:UBND |Ủy ban nhân dân )?"
    r"(?:[Qq]uận|[Hh]uyện|[Pp]hường|[Xx]ã|[Tt]hị xã|[Tt]ỉnh|[Ll]ực lượng)"
    r"(?: [A-ZĐÀ-Ỹ][\wÀ-ỹ]*)+"
)
_ASKS_WORDS = 14  # words of a subject before its "phải", "sẽ" … at most


def _reported_task(text: str, registry: Registry) -> bool:
    """Whether a news page's sentence reports a named body's task (see _TASK_OPENER)."""
    opener = _TASK_OPENER.match(text)
    rest = _past_task_frames(text)
    if not rest:
        return False
    f = _aligned_text(rest)
    local = _LOCAL_UNIT.match(rest)
    if local is None and not starts_body(rest, f, 0, registry):
        return False
    obliged = _OBLIGED.search(rest)
    if obliged is not None:
        head = fold(rest[: obliged.start()])
        if len(head.split()) <= _ASKS_WORDS and not re.search(
            r"\b(?:da|dang|vua|cho biet|cho rang|la|thong tin|noi)\b|[“\"”]", head
        ):
            return True
    if opener is None:
        return False
    end = local.end() if local is not None else name_end(rest, f, 0, len(rest), registry)
    # The body's act after the opener, not what it did or said ("đã", "cho biết" …).
    after = fold(rest[end:]).strip(" ,")
    return bool(after) and rest[end:].strip(" ,")[:1].islower() and not _NARRATED.match(after)


# A whole line in bold: a news page's subheading ("**Phòng ngừa ngộ độc thực phẩm**").
_BOLD_LINE = re.compile(r"^\*\*[^*]+\*\*$")
# A subheading is a headline's few words; a bold line longer than this is a sentence
# printed in bold (a task the page stresses), whatever its end.
_SUBHEADING_WORDS = 20
# A headline copied without its bold: the share of its syllables the paragraph after it
# repeats, and what a syllable is (a date or a number whole: "15/1/2019").
_RESTATED_SHARE = 0.8
_SYLLABLE = re.compile(r"\d[\d/.,-]*\d|\w+")
_BOLD_LEAD_IN = re.compile(r"^\*\*(?P<lead>[^*]+?)\s*\*\*\s*:\s*(?P<task>\S.*)$")


def _split_bold_lead_ins(
    lines: list[Line], owned: list[bool | None], registry: Registry
) -> tuple[list[Line], list[bool | None]]:
    """A bold owner's phrase before a colon: a lead-in, and its first task under it.

    "k. **X chủ trì … ban hành**: Hướng dẫn …" → "k. X … ban hành:" and "Hướng dẫn …".
    """
    out: list[Line] = []
    flags: list[bool | None] = []
    for x, o in zip(lines, owned, strict=True):
        m = _BOLD_LEAD_IN.match(x.raw.strip())
        num = re.match(r"\d+\. ", x.text)
        if o and m is not None and num is not None:
            got = subject(m["lead"], registry)
            if got is not None and (got.leads or got.responsible):
                lead = f"{num.group(0)}{m['lead'].strip()}:"
                out.append(Line(x.no, lead, x.heading, x.blank_before, x.raw))
                flags.append(True)
                task = m["task"].replace("**", "").strip()
                out.append(Line(x.no, task, x.heading, False, x.raw))
                flags.append(False)
                continue
        out.append(x)
        flags.append(o)
    return out, flags


def _split_items(
    lines: list[Line], owned: list[bool | None], registry: Registry, *, short: bool = False
) -> tuple[list[Line], list[bool | None]]:
    """An article's items cut where one paragraph holds several (see each splitter)."""
    lines, owned = _split_bold_lead_ins(lines, owned, registry)
    lines, owned = _split_speaker_requests(lines, owned, registry)
    lines, owned = _split_named_later(lines, owned, registry)
    lines, owned = _split_subjects(lines, owned, registry)
    lines, owned = _split_restarted(lines, owned, last_own=short)
    lines, owned = _split_action_sentences(lines, owned, registry)
    lines, owned = _split_dated_run_ins(lines, owned)
    return _split_action_clauses(lines, owned, registry)


def _split_action_sentences(
    lines: list[Line], owned: list[bool | None], registry: Registry
) -> tuple[list[Line], list[bool | None]]:
    """A retold body's paragraph running its tasks as sentences: one line per task.

    A news page retelling a resolution body by body writes each body's tasks as the
    sentences of one paragraph: "Bộ Giáo dục và Đào tạo tổ chức triển khai …. Hướng dẫn
    các địa phương …. Nghiên cứu, xây dựng, ban hành …". A later sentence that opens with
    an action and names no one is one more task of the paragraph's owner (a paragraph
    going on with the item), as the resolution's own points were.
    """
    # "Tăng cường công tác quản lý nhà nước về thi đua, khen thưởng" as the page's
    # subheading, then a paragraph opening with the same words as a sentence: the heading
    # run in, not a task of its own (the next sentence goes on with it).
    subheads = {
        fold(x.text).strip(" *.") for x, o in zip(lines, owned, strict=True) if o is None
    } - {""}

    def pieces(x: Line, item: bool) -> list[str]:
        cuts = [
            at
            for at in _action_sentence_cuts(x.text, item, registry)
            if fold(x.text[:at]).strip(" *.") not in subheads
        ]
        return [x.text[a:b].strip() for a, b in pairwise([0, *cuts, len(x.text)])]

    return _cut_lines(lines, owned, pieces)


def _cut_lines(
    lines: list[Line],
    owned: list[bool | None],
    pieces_of: Callable[[Line, bool], list[str] | None],
) -> tuple[list[Line], list[bool | None]]:
    """Each owned, non-heading line cut into the pieces ``pieces_of`` gives (None: kept).

    The first piece stays the line (its owner flag, its blank line before); every later
    piece is a paragraph of its own with no owner of its own, so it takes the first's.
    """
    out: list[Line] = []
    flags: list[bool | None] = []
    for x, o in zip(lines, owned, strict=True):
        got = None if o is None or x.heading else pieces_of(x, bool(o))
        if got is None:
            out.append(x)
            flags.append(o)
            continue
        for k, piece in enumerate(got):
            out.append(Line(x.no, piece, x.heading, x.blank_before if k == 0 else True, x.raw))
            flags.append(o if k == 0 else False)
    return out, flags


# A sentence's end, its last word in lower case, a number or a document's code ("… Nghị
# định số 96/2014/NĐ-CP. Khẩn trương …").
_TASK_SENTENCE_CUT = re.compile(r"(?:(?<=[a-zà-ỹđ0-9)])|(?<=[/-][A-ZĐ]{2}))\.\s+(?=[A-ZĐÀ-Ỹ])")


def _action_sentence_cuts(text: str, item: bool, registry: Registry) -> list[int]:
    """Where a later sentence opening with an action and naming no one starts.

    Some sentences with a date stay with the one before: a report or a submission back
    ("… . Báo cáo Thủ tướng Chính phủ kết quả trước ngày …", "Trình Thủ tướng … trong Quý
    IV/2020") is when the task above is due; in a paragraph going on with an item, the
    report's own words ("Ngoài ra, Bộ trưởng lưu ý … . Hoàn thành … trước ngày 30/6") are
    no task cut loose with a date.
    """
    num = re.match(r"\d+\. ", text)
    ends = [m.end() for m in _TASK_SENTENCE_CUT.finditer(text, num.end() if num else 0)]
    cuts: list[int] = []
    for at, nxt in zip(ends, [*ends[1:], len(text)], strict=False):
        rest = text[at:]
        f = _FRAMED.sub("", _GOES_ON.sub("", fold(rest)))
        if (
            len(text[:at].split()) < _RESTART_WORDS
            or not _ACTION.match(f)
            or subject(rest, registry) is not None
        ):
            continue
        dated = any(
            re.search(r"\d", sp.text) and sp.code not in _NOT_A_TIME
            for sp in find_spans(text[at:nxt])
        )
        if dated and (not item or _REPORTS_BACK.match(f) or _FINISHED_BY.match(f)):
            continue
        cuts.append(at)
    return cuts


# "Trong công tác BTGPMB, tập trung …", "Trong tháng 3, phê duyệt …": a sentence's work
# or its month run in before its action; the action still opens the task.
_FRAMED = re.compile(r"^trong (?:cong tac|thang|quy|nam) [^,.;:]{1,60},\s*")


# Numbers a span sets aside as no time of a duty, whatever the document's date: a
# document's number or date, a name with a year, a horizon or a period, a year with no
# word saying it is the duty's ("tuyển sinh đại học năm 2019").
_NOT_A_TIME = frozenset(
    {
        "span.document_number",
        "span.citation",
        "span.name",
        "span.horizon",
        "span.period",
        "span.unqualified",
    }
)
# A sentence reporting or submitting the task's result to whoever set it.
_REPORTS_BACK = re.compile(r"(?:khan truong |kip thoi )?(?:bao cao|trinh)\b")


# A reported request's ";" clause opening with an action and naming no one: "… yêu cầu các
# cấp X tập trung triển khai …; đẩy mạnh thực hiện …; cụ thể hóa việc …", "… chỉ đạo một
# số giải pháp như: Hoàn thiện …; tập trung rà soát …". A news page runs the asked body's
# tasks together in one sentence, a clause each, as a document would list them as points;
# "đồng thời", "phải", "cần" may open the clause ("…; đồng thời phải xây dựng …").
# "Giải quyết tốt các vấn đề xã hội; giữ vững ổn định chính trị; bảo đảm quốc phòng":
# clauses of a few words are one task's list of aims, not tasks each.
_CLAUSE_TASK_WORDS = 9
# "Tại Chỉ thị số 26/CT-TTg về …, Thủ tướng yêu cầu …": a digest's sentence opening with
# the document whose requests it sums up.
_CITED_FRAME = re.compile(r"^(?:Tại|Theo) " + _CITES.pattern + r"[^,]*,")
_ACTION_CLAUSE = re.compile(r";\s+(?=(?:(?:dong thoi|dac biet),?\s+)?(?:(?:phai|can|se)\s+)?\S)")
_SECURES = re.compile(r"(?:bao|dam) (?:dam|bao)\b")
# A submission naming what it brings for approval: a work product of its own.
_SUBMITS_WORK = re.compile(
    r"trinh [^;,]{3,60}? (?:phe duyet|ban hanh|thong qua) (?:cac )?(?:chien luoc|quy hoach"
    r"|ke hoach|de an|chuong trinh|du thao|nghi dinh|quyet dinh|thong tu|co che|chinh sach)\b"
)


def _split_action_clauses(
    lines: list[Line], owned: list[bool | None], registry: Registry
) -> tuple[list[Line], list[bool | None]]:
    """A reported task's ";" clauses that each open with an action: one task per clause.

    Each clause after the first is one more task of the same owner (see
    ``_ACTION_CLAUSE``), in a paragraph going on with the request (the owner named
    above it: "Bên cạnh đó phải …; tập trung …; tăng cường …") or in the request's own
    sentence ("Thủ tướng yêu cầu Bộ X chủ trì …; xây dựng bộ tiêu chí …; cải thiện …",
    "Bộ Y tăng cường …; phối hợp …": the owner named once, its tasks run on). A digest's
    sentence retelling another document's request ("Tại Chỉ thị số 26/CT-TTg …, Thủ
    tướng yêu cầu các Bộ rà soát …; quán triệt …") sums that document up in one task and
    stays whole (see ``_CITED_FRAME``). Only an undated run is cut: a time read
    anywhere in it may be the whole run's ("Trước ngày …, X chủ trì …; xây dựng …",
    "…; tăng cường … trong quý II"), and the clauses cut off would take it or lose it.
    A clause naming a body of its own is left to the subject splitter; a lead-in run in
    before dated ";" tasks is read first (see _split_dated_run_ins).
    """

    def pieces(x: Line, item: bool) -> list[str] | None:
        if _PERIOD_TASKS.match(x.raw.strip(" *")):
            return None  # the topic's period dates every task cut from it (_period_of_tasks)
        if item and _CITED_FRAME.match(x.raw.strip(" *")):
            return None
        f = fold_aligned(x.text)
        num = re.match(r"\d+\. ", x.text)
        owner = subject(x.text[num.end() if num else 0 :], registry)
        if owner is not None and num is not None:
            owner.end += num.end()
        cuts: list[tuple[int, int]] = []
        for m in _ACTION_CLAUSE.finditer(f):
            rest = _GOES_ON.sub("", f[m.end() :])
            rest = re.sub(r"^(?:phai|can|se)\s+", "", rest)
            prev = max(f.rfind(";", 0, m.start()), f.rfind(". ", 0, m.start())) + 1
            nxt = f.find(";", m.end())
            if (
                len(f[prev : m.start()].split()) < _CLAUSE_TASK_WORDS
                # An owner's name read up to the clause ("Đài A, Đài B đa dạng hóa …;"): the
                # subject is unsure, so is the task it owns; kept whole.
                or (owner is not None and owner.end >= m.start())
                or len(f[m.end() : nxt if nxt > 0 else len(f)].split()) < _CLAUSE_TASK_WORDS
                or not _ACTION.match(rest)
                # "…; báo cáo UBND tỉnh kết quả": the result sent back, the same task's;
                # "…; trình Thủ tướng phê duyệt chiến lược …" names new work, a task.
                or (_REPORTS_BACK.match(rest) and not _SUBMITS_WORK.match(rest))
                # In the request's own sentence, "…; bảo đảm nguồn nguyên liệu sạch …" says
                # what the task asked must secure, not another task.
                or (item and _SECURES.match(rest))
                or subject(x.text[m.end() :], registry) is not None
            ):
                continue
            cuts.append((m.start(), m.end()))
        if not cuts or any(_dated(sp) and sp.code not in _NOT_A_TIME for sp in find_spans(x.text)):
            return None
        starts = [0, *(b for _, b in cuts)]
        ends = [*(a for a, _ in cuts), len(x.text)]
        got = []
        for k, (a, b) in enumerate(zip(starts, ends, strict=True)):
            piece = x.text[a:b].strip(" ,;")
            piece += ";" if b < len(x.text) and not piece.endswith(".") else ""
            got.append(piece[:1].upper() + piece[1:] if k else piece)
        return got

    return _cut_lines(lines, owned, pieces)


# A clause of a reported task that starts its owner's work over with partners of its own:
# "…; phối hợp với Sở Y tế lên kế hoạch …", "…; chủ trì, phối hợp với các Bộ … để …",
# "…, đồng thời phối hợp với …", "… khu vực dân cư... phối hợp đoàn thể …" (an ellipsis
# ending the clause before). A report runs the owner's tasks together in one sentence;
# the new "phối hợp" opens one more of them (the same owner, other partners), not more of
# the clause before.
_RESTARTED = re.compile(
    r"(?:;|\.\.\.|…|,(?=\s+dong thoi\b))\s+(?=(?:dong thoi,?\s+)?(?:chu tri,?\s+)?phoi hop\b)"
    # A later sentence that opens "Bên cạnh đó, …", "Đồng thời, …": one more of the owner's
    # tasks, as the report adds it.
    r"|(?<=[a-z0-9)])\.\s+(?=(?:dong thoi|ben canh do|ngoai ra|cung voi do),\s)"
)
_RESTART_WORDS = 4  # a clause before the cut shorter than this is no task of its own


def _split_restarted(
    lines: list[Line], owned: list[bool | None], *, last_own: bool = False
) -> tuple[list[Line], list[bool | None]]:
    """A reported task's ";" clause restarting with "phối hợp …": one more task, same owner.

    The cut is made only where the time stays where it was read: a clause after the cut
    with a date of its own would take it from the task before (kept whole then).
    """

    def pieces(x: Line, _item: bool) -> list[str] | None:
        f = fold_aligned(x.text)
        restarts = list(_RESTARTED.finditer(f))
        # On a short page (``last_own``) a date in the last clause only is that clause's:
        # "…; chủ trì, phối hợp với Sở Y tế rà soát …, gửi danh sách về Bộ trước ngày
        # 12/8/2020." sends its own list by then, the restarts before it stay undated.
        last = restarts[-1].end() if restarts and last_own else len(x.text)
        cuts = [
            (m.start(), m.end())
            for m in restarts
            if len(f[: m.start()].split()) >= _RESTART_WORDS
            and not any(
                sp.read and _dated(sp) and m.end() + sp.start < last
                for sp in find_spans(x.text[m.end() :])
            )
        ]
        if not cuts:
            return None
        starts = [0, *(b for _, b in cuts)]
        # A sentence cut keeps its full stop; a clause cut ends as a list's clause does.
        ends = [*(a + (f[a : a + 2] == ". ") for a, _ in cuts), len(x.text)]
        got = []
        for k, (a, b) in enumerate(zip(starts, ends, strict=True)):
            piece = x.text[a:b].strip(" ,;")
            # A short page's clauses keep their own times: each ends as a sentence, so no
            # chain shares the last one's date (see _share_chain_time).
            end = "." if last_own else ";"
            piece += end if b < len(x.text) and not piece.endswith(".") else ""
            # A later piece is a paragraph of its own: capitalised as a sentence opens (a
            # line opening in lower case would be joined to the one above as its wrap).
            got.append(piece[:1].upper() + piece[1:] if k else piece)
        return got

    return _cut_lines(lines, owned, pieces)


# "X phối hợp …, tổ chức thực hiện: A, hoàn thành trong quý I; B, hoàn thành trong tháng 2;
# C ngay sau khi …": a paragraph's lead-in run in before its ";" tasks.
_RUN_IN = re.compile(r"^(?P<lead>[^:;]{12,}?:)\s+(?P<tasks>\S.*;.*)$")
_DATED_TASKS_MIN = 2
# "… gửi về Cục … và Tập đoàn trong dịp: i) Giỗ Tổ … trước ngày 15/4; ii) Lễ 30/4 …":
# a lead-in whose colon follows a preposition (or the occasion it opens) is a sentence
# left open; its ";" parts finish that phrase (the occasions, each with its date), no
# task each: the paragraph is one task, its dates the same task's.
_OPEN_PHRASE_COLON = re.compile(
    r"\b(?:(?:trong |vao )?(?:cac |nhung )?dip|vao|tai|trong|cho|cua|den|tu|voi)\s*:$"
)


def _split_dated_run_ins(
    lines: list[Line], owned: list[bool | None]
) -> tuple[list[Line], list[bool | None]]:
    """An owner's paragraph whose lead-in is run in before its ";" tasks, each dated.

    "k. Chủ tịch UBND … tổ chức thực hiện: Đẩy mạnh …, hoàn thành trong Quý I năm 2022;
    tiêm mũi thứ 2 …, hoàn thành trong tháng 2 năm 2022; chuẩn bị …" → the lead-in "k. …:"
    and its points "a) …", "b) …", "c) …": each task keeps its own time and the lead-in's
    owner, as in a document that set them out. Only when two tasks at least carry a time
    read from them: a list of objects after a colon is one task.
    """
    out: list[Line] = []
    flags: list[bool | None] = []
    for x, o in zip(lines, owned, strict=True):
        num = re.match(r"\d+\. ", x.text)
        m = _RUN_IN.match(x.text[num.end() :]) if o and num is not None else None
        if m is not None and _OPEN_PHRASE_COLON.search(fold(m["lead"])):
            m = None
        tasks = [t.strip() for t in m["tasks"].split(";")] if m is not None else []
        dated = sum(any(sp.read for sp in find_spans(t)) for t in tasks)
        # "… đề nghị X chỉ đạo … triển khai một số nội dung sau: Khuyến khích …; áp dụng
        # …; …": the lead-in says a list of the asked body's tasks follows, undated or not.
        listed = m is not None and _LIST_INTRO.search(fold(m["lead"]).rstrip(" :")) is not None
        if (
            num is None
            or m is None
            or (dated < _DATED_TASKS_MIN and not (listed and len(tasks) >= _DATED_TASKS_MIN))
            or not all(tasks)
        ):
            out.append(x)
            flags.append(o)
            continue
        out.append(Line(x.no, num.group(0) + m["lead"], x.heading, x.blank_before, x.raw))
        flags.append(True)
        for k, task in enumerate(tasks):
            end = ";" if k < len(tasks) - 1 else ""
            out.append(Line(x.no, f"{LETTERS[k]}) {task}{end}", x.heading, False, x.raw))
            flags.append(False)
    return out, flags


def _split_speaker_requests(
    lines: list[Line], owned: list[bool | None], registry: Registry
) -> tuple[list[Line], list[bool | None]]:
    """An unowned "Về …, Tổng Bí thư …" paragraph of a meeting's report: its requests.

    The speaker's requests on a topic with no owner named ("Về …, Tổng Bí thư lưu ý …;
    cần …. … và yêu cầu khẩn trương …") are items of their own, one per clause, not more
    of the item above (they are numbered in order with the others afterwards). A single
    clause ("Về …, Phó Thủ tướng yêu cầu … ." alone) stays the report's sentence, whole.
    """
    out: list[Line] = []
    flags: list[bool | None] = []
    for x, o in zip(lines, owned, strict=True):
        text = x.text.rstrip(" *")
        asks = [] if o is not False else _speaker_requests(text)
        if len(asks) < 2 or subject(_past_speaker(text), registry) is not None:
            out.append(x)
            flags.append(o)
            continue
        for k, piece in enumerate(asks):
            out.append(Line(x.no, f"1. {piece}", x.heading, x.blank_before and k == 0, x.raw))
            flags.append(True)
    return out, flags


def _split_subjects(
    lines: list[Line], owned: list[bool | None], registry: Registry
) -> tuple[list[Line], list[bool | None]]:
    """An item whose later sentence or ";" clause names another owner: two items.

    "k. Trước ngày …, Bộ Nội vụ lập hồ sơ …. Ủy ban Pháp luật và Tư pháp thẩm tra, …",
    "k. …, Bộ A ban hành hướng dẫn …; Bộ B ban hành hướng dẫn …": each owner's clause is
    an item of its own (the items are numbered again in order).
    """
    out: list[Line] = []
    flags: list[bool | None] = []
    for x, o in zip(lines, owned, strict=True):
        num = re.match(r"\d+\. ", x.text)
        if not o or num is None:
            out.append(x)
            flags.append(o)
            continue
        text = x.text[num.end() :]
        pieces: list[tuple[str, frozenset[str]]] = []
        start = 0
        ends = [m.end() for m in _CLAUSE_END.finditer(text)]
        ends += [m.end() for m in _CODE_END.finditer(text)]
        joins = {m.end() for m in _OWN_DATED_CLAUSE.finditer(text)}
        for end in sorted({0, *ends, *joins}):
            at = end
            if at in joins:
                opened = max([start, *(e for e in ends if e < at)])
                got = _dated_clause_owner(text, opened, at, registry)
            else:
                got = subject(text[at:], registry)
            if got is None and at and (rest := _past_speaker(text[at:])) != text[at:]:
                # "… . Tổng Bí thư chỉ rõ, X phải …": X's sentence, the speaker dropped.
                got = subject(rest, registry)
                at = len(text) - len(rest) if got is not None else at
            names = (got.leads or got.responsible) if got is not None else []
            asked = not names and _asked_dated(text, start, at)
            if not asked and (not names or any(verb_led(n.written) for n in names)):
                continue
            who = frozenset(fold(n.written) for n in names) if names else frozenset({str(at)})
            if pieces and who == pieces[-1][1]:
                continue
            if not pieces and (at in joins or asked):
                # "Đối với các sở y tế, Bộ Y tế yêu cầu báo cáo … trước ngày …, còn …": the
                # clause before names no owner plainly; it is a duty all the same.
                pieces.append((text[:at], frozenset()))
            if pieces:
                pieces[-1] = (text[start:at].strip(), pieces[-1][1])
            pieces.append((text[at:], who))
            start = at
        if len(pieces) < 2:
            out.append(x)
            flags.append(o)
            continue
        for k, (piece, _) in enumerate(pieces):
            out.append(
                Line(x.no, f"1. {piece}", x.heading, x.blank_before if k == 0 else False, x.raw)
            )
            flags.append(True)
    n = 0
    for i, (x, o) in enumerate(zip(out, flags, strict=True)):
        if o and (num := re.match(r"\d+\. ", x.text)) is not None:
            n += 1
            out[i] = Line(x.no, f"{n}. {x.text[num.end() :]}", x.heading, x.blank_before, x.raw)
    return out, flags


def _split_named_later(
    lines: list[Line], owned: list[bool | None], registry: Registry
) -> tuple[list[Line], list[bool | None]]:
    """A paragraph going on with the item above whose later sentence names an owner.

    "Về giá xăng dầu, … . Bộ Y tế bám sát …": the first words go on with the item above,
    the sentence naming its owner is an item (numbered again by :func:`_split_subjects`).
    """
    out: list[Line] = []
    flags: list[bool | None] = []
    for x, o in zip(lines, owned, strict=True):
        head, named = ("", []) if o is not False or x.heading else _named_later(x.text, registry)
        if not named:
            out.append(x)
            flags.append(o)
            continue
        if head:
            out.append(Line(x.no, head, x.heading, x.blank_before, x.raw))
            flags.append(False)
        for k, piece in enumerate(named):
            blank = x.blank_before if k == 0 and not head else False
            out.append(Line(x.no, f"1. {piece}", x.heading, blank, x.raw))
            flags.append(True)
    return out, flags


def _named_later(text: str, registry: Registry) -> tuple[str, list[str]]:
    """A going-on paragraph cut before each later sentence that opens with its owner.

    The words before the first such sentence stay the item's; each sentence naming an
    owner (and those after it naming none) is read as an item of its own. Only whole
    sentences are cut, at a full stop: a ";" clause goes on with the sentence's subject.
    """
    cuts: list[int] = []
    last: frozenset[str] = frozenset()
    for m in _SENTENCE_CUT.finditer(text):
        at = m.end()
        got = subject(text[at:], registry)
        names = (got.leads or got.responsible) if got is not None else []
        if not names and _reported_task(_CLAUSE_END.split(text[at:], maxsplit=1)[0], registry):
            # "Tới đây, lực lượng Công an mở đợt cao điểm …": an announced task of its own.
            cuts.append(at)
            last = frozenset({str(at)})
            continue
        if not names or any(verb_led(n.written) for n in names):
            continue
        who = frozenset(fold(n.written) for n in names)
        if who == last:
            continue
        cuts.append(at)
        last = who
    if not cuts:
        return text, []
    bounds = [*cuts, len(text)]
    return text[: cuts[0]].strip(), [text[a:b].strip() for a, b in pairwise(bounds)]


_SENTENCE_CUT = re.compile(r"(?<=[a-zà-ỹđ0-9)])\.\s+(?=[A-ZĐÀ-Ỹ])")


# A second owner inside one sentence, with its own date: "Đối với các sở y tế, … trước
# ngày 31.5.2017, còn đối với các bệnh viện … phải báo cáo trước ngày 29.5.2017"; "Các địa
# phương báo cáo trước 30/6 để Bộ Nội vụ tổng hợp báo cáo Chính phủ trước 30/7". The
# clause is cut at ", còn" or "để <Body>" (the words kept: they open the clause).
_OWN_DATED_CLAUSE = re.compile(r",\s+(?=còn\s)|\s(?=để\s+[A-ZĐÀ-Ỹ])")
_CLAUSE_JOIN = re.compile(r"(?:còn\s+)?(?:đối với\s+)?(?:để\s+)?")
_JOINED_CLAUSE = re.compile(r"(?:còn\s+(?:đối với\s+)?|để\s+(?=[A-ZĐÀ-Ỹ]))")
# A day or a month the clause is due by ("trước ngày 29.5.2017", "trước 30/7").
_DUE_DAY = re.compile(
    r"\b(?:trước|chậm nhất|đến|trong)\s+(?:ngày\s+|tháng\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,4}){1,2}"
)


def _dated_clause_owner(text: str, start: int, at: int, registry: Registry) -> Subject | None:
    """The owner of a clause joined at ``at`` when it and the clause before carry a date each.

    Without a date of its own the clause is its sentence's purpose or contrast ("để Bộ
    tổng hợp", "còn Bộ theo dõi"), part of the one duty.
    """
    rest = text[at:]
    own = _CLAUSE_END.split(rest, maxsplit=1)[0]
    if _DUE_DAY.search(text[start:at]) is None or _DUE_DAY.search(own) is None:
        return None
    join = _CLAUSE_JOIN.match(rest)
    return subject(rest[join.end() if join else 0 :], registry)


# A speaker's next request after a ";", its body named by a word of the clause before
# ("… giao việc quản lý chợ cho UBND huyện X; yêu cầu huyện xây dựng phương án … trước
# ngày 20-10; giao Sở Y …"): no name the registry reads, but a request of its own.
_ASKS_CLAUSE = re.compile(r"(?:yêu cầu|đề nghị)\s+(?=\S)")


def _asked_dated(text: str, start: int, at: int) -> bool:
    """Whether the ";" clause at ``at`` is a request of its own with a due day of its own.

    Only after a ";" (a sentence's next clause), only a request ("yêu cầu", "đề nghị")
    that carries its own day while the clause before carries none: its day is the
    request's, and left joined it dates the clause before (what was handed over).
    """
    if at == 0 or not text[:at].rstrip().endswith(";") or not _ASKS_CLAUSE.match(text, at):
        return False
    own = _CLAUSE_END.split(text[at:], maxsplit=1)[0]
    return _DUE_DAY.search(own) is not None and _DUE_DAY.search(text[start:at]) is None


# "… của Nghị quyết số 57-NQ/TW. Bộ trưởng …": a sentence ending on a document's code.
_CODE_END = re.compile(r"(?<=[/-][A-ZĐ]{2})\.\s+(?=[A-ZĐÀ-Ỹ])")


_SKIP_RUN = 3  # a run of "(1)", "(2)", "(3)" … may lose one number after this many


def _run_next(run: list[_Node]) -> int:
    """The number the next member of a run of "(1) …" paragraphs should bear."""
    m = _PAREN_ITEM.match(run[-1].text)
    return int(m.group(1)) + 1 if m is not None and m.group(1).isdigit() else len(run) + 1


# "… thì nhiệm vụ của Bộ X bao gồm:", "Bộ X có các nhiệm vụ sau:": a paragraph that
# announces an owner's duties; the "(1)", "(2)" after it are those duties.
# "… các nhiệm vụ sau:", or a letter's "Một số vấn đề lưu ý:" after its request: what
# the points under it tell the addressees to do.
_DUTIES_LEAD_IN = re.compile(
    r"\bnhiem vu\b[^:]*\b(?:bao gom|gom|sau|nhu sau)\s*:$"
    r"|^[\s*_]*(?:mot so )?(?:van de|noi dung|diem) (?:can )?luu y\s*:[\s*_]*$"
)

# "- Chủ trì, phối hợp với VIETTEL chịu trách nhiệm về:", "- Tại 34 điểm cầu:" over "(1)
# …", "(2) …": a bullet that says what its owner answers for, or where, over the tasks;
# the numbers are those tasks, not one task's content.
_BULLET_OVER_DUTIES = re.compile(
    r"\bchiu trach nhiem(?: ve)?[\s*_]*:[\s*_]*$|^[\s*_]*(?:tai|doi voi) [^:,;]{3,60}:[\s*_]*$"
    r"|\bnhiem vu\b[^:]*\b(?:bao gom|gom|sau|nhu sau)[\s*_]*:[\s*_]*$"
)

_DIRECTS_END = re.compile(r"\bchi dao[\s*_]*:[\s*_]*$")
_DIRECTS_WHOM = re.compile(r"\s*chỉ đạo\s+(?=\S)")
_DIRECTED_WORDS = 6  # "Công an các đơn vị", "các cơ quan, đơn vị trực thuộc"


def _paren_items(blocks: list[_Node]) -> list[_Node]:
    """Paragraphs opening "(1) …", "(2) …" in a row are numbered tasks, not footnotes.

    So with "(i) …", "(ii) …" ("b) … đề nghị:" then "(i) Tập đoàn … báo cáo …"). A
    footnote stands alone at a page's foot; a run that counts up from (1), with only
    paragraphs between its members, right after a numbered item's lead-in ending in ":",
    lists that item's points (a notice's "3. Trong thời gian tới, yêu cầu …:" then
    "(1) Giao Bộ …", "(2) …"). After a bullet or a paragraph ("- … theo một số nguyên
    tắc chính sau:", "… các chỉ tiêu cụ thể như sau:") the numbers spell out its content.
    """
    runs: list[list[_Node]] = []
    current: list[_Node] = []
    prev: _Node | None = None
    titled: dict[int, _Node] = {}  # a run's first point, the title line right above it
    for k, b in enumerate(blocks):
        m = _PAREN_ITEM.match(b.text) if b.kind == "para" and not b.heading else None
        if m is not None and current and m.group(1) == _paren_next(current):
            current.append(b)
            prev = b
            continue
        if (
            m is not None
            and m.group(1).isdigit()
            and len(current) >= _SKIP_RUN
            and m.group(1) == str(_run_next(current) + 1)
            and prev is not None
            and prev.kind == "para"
            and _PAREN_ITEM.match(prev.text) is None
        ):
            # "(4) …" then a paragraph then "(6) …": the paragraph stands where "(5)"
            # lost its number; the run goes on (its items keep their printed numbers).
            current.append(b)
            prev = b
            continue
        if (
            m is not None
            and m.group(1) in ("1", "i")
            and prev is not None
            and prev.text.rstrip(" *").endswith(":")
            and (
                prev.kind in ("roman", "decimal", "arabic", "letter")
                or (prev.kind == "para" and _DUTIES_LEAD_IN.search(fold(prev.text)))
                # "- Đảng ủy Chính phủ lãnh đạo, chỉ đạo:" over "(i) Hướng dẫn …", "(ii) …":
                # what the bullet's owner directs, each point a task of its own.
                or (
                    prev.kind in _BULLETS
                    and (
                        _BULLET_OVER_DUTIES.search(fold(prev.text))
                        or _DIRECTS_END.search(fold(prev.text))
                    )
                )
            )
        ) or (
            m is not None
            and m.group(1) in ("1", "i")
            and prev is not None
            and (
                (m.group(1) == "i" and _topic_heading(prev))
                or (
                    prev.kind in ("roman", "decimal", "arabic", "letter")
                    and (prev.heading or _titled_item(prev))
                )
            )
        ):
            # A numbered heading ("### 1. Các cấp ủy, …", or so in a plain copy: a short
            # line with no sentence end) over "(1)", "(2)": its points (a footnote stands
            # at a page's foot after a sentence, never right under a heading).
            runs.append(current)
            current = [b]
            if (
                prev.kind in ("arabic", "decimal", "letter")
                and not prev.heading
                and not b.blank_before
                and _titled_item(prev)
            ):
                titled[id(b)] = prev
            prev = b
            continue
        if m is not None and m.group(1) == "1" and _acted_steps(b, blocks[k + 1 : k + 2]):
            # "(1) Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025 (…)." then
            # "(2) Tổ chức …": steps of work, each acted and dated, whatever stands above
            # them (a footnote cites a document and sets no date).
            runs.append(current)
            current = [b]
            prev = b
            continue
        prev = b
        if b.kind in _BULLETS and current:
            continue  # "(1) Bộ … :" then "- Chỉ đạo …", "- Chủ trì …": the member's points
        if b.kind != "para":
            runs.append(current)
            current = []
    runs.append(current)
    alone: set[int] = set()
    for run in runs:
        if len(run) == 1 and (title := titled.get(id(run[0]))) is not None:
            # "2. Hoàn thiện …" then "(1) Xây dựng …" with no "(2)": the one point is the
            # item's work, its line run on under the title (as ``_continues`` leaves it).
            title.text = f"{title.text} {run[0].text}"
            alone.add(id(run[0]))
        if len(run) < 2:
            continue
        for b in run:
            m = _PAREN_ITEM.match(b.text)
            assert m is not None
            kind = "inline" if m.group(1).isdigit() else "inline_roman"
            b.kind, b.label, b.text = kind, m.group(1), m.group("text")
    return [b for b in blocks if id(b) not in alone] if alone else blocks


def _acted_steps(first: _Node, after: list[_Node]) -> bool:
    """Whether "(1) …" and the "(2) …" right after it each open with an action and a date."""
    if not after or after[0].kind != "para" or after[0].heading:
        return False
    m = _PAREN_ITEM.match(after[0].text)
    if m is None or m.group(1) != "2":
        return False
    for text in (_PAREN_ITEM.sub(r"\g<text>", first.text), m["text"]):
        if not _ACTION.match(fold(text)) or not any(
            sp.read and _dated(sp) for sp in find_spans(text)
        ):
            return False
    return True


def _acted_steps_run(nodes: list[_Node]) -> bool:
    """Whether ``nodes`` hold "(1)", "(2)" … items, each opening with an action and a date."""
    steps = [n for n in nodes if n.kind == "inline"]
    return len(steps) >= 2 and all(
        _ACTION.match(fold(n.text)) and any(sp.read and _dated(sp) for sp in find_spans(n.text))
        for n in steps
    )


def _topic_heading(node: _Node) -> bool:
    """A numbered topic heading with no sentence of its own ("(1) Nhiệm vụ chủ yếu").

    Under it, a run of "(i)", "(ii)" … paragraphs lists its points, as after a lead-in
    ending in ":".
    """
    text = node.text.strip(" *")
    return (
        node.kind in ("roman", "decimal", "arabic", "letter")
        and 0 < len(text.split()) <= _TOPIC_WORDS
        and not text.endswith((".", ";", ",", ":"))
    )


_TOPIC_WORDS = 6


def _told_task(text: str) -> bool:
    """Whether an item's words are a task told in sentences, not a topic's title.

    "7/ Tăng cường chỉ đạo đôn đốc số thu nộp vào NSNN … . Theo đó, mỗi đoàn thanh tra
    … phải phối hợp … ." over "- " points: an action, then a sentence more that says how;
    no title runs on so. (One short sentence, "1. Tăng cường công tác tuyên truyền.", may
    title its points.)
    """
    return bool(_ACTION.match(fold(text))) and _SENTENCE_CUT.search(text) is not None


def _titled_item(node: _Node) -> bool:
    """A numbered item printed as a heading whose bold or "#" a plain copy lost.

    A line of at most ``_SENTENCE_WORDS`` words that ends no sentence ("1. Các cấp ủy, tổ
    chức đảng, cơ quan, đơn vị và người đứng đầu").
    """
    text = node.text.strip(" *")
    return 0 < len(text.split()) <= _SENTENCE_WORDS and not text.endswith((*_TERMINAL, ","))


def _inside_bracket(text: str, points: list[_Node]) -> bool:
    """Whether bullet points stand inside a bracket their lead-in opens and the last closes."""
    if not points or any(c.kind not in _BULLETS or c.children for c in points):
        return False
    depth = text.count("(") - text.count(")")
    if depth <= 0:
        return False
    for c in points[:-1]:
        depth += c.text.count("(") - c.text.count(")")
        if depth <= 0:
            return False
    last = points[-1].text.rstrip(" .;")
    return depth + last.count("(") - last.count(")") == 0 and last.endswith(")")


def _paren_next(run: list[_Node]) -> str:
    """The label the next member of a run of "(1)", "(2)" or "(i)", "(ii)" paragraphs has."""
    m = _PAREN_ITEM.match(run[0].text)
    assert m is not None
    if m.group(1).isdigit():
        return str(_run_next(run))
    return _INLINE_ROMANS[len(run)] if len(run) < len(_INLINE_ROMANS) else ""


_REQUEST = re.compile(r"(?:Đề nghị|Yêu cầu|Giao)\s+", re.IGNORECASE)
# A letter's addressee called by its kind alone after the request: "đề nghị Công ty thực
# hiện …", "yêu cầu Quý Công ty …".
_ADDRESSEE_KIND = re.compile(
    r"(?:[Qq]uý\s+)?(?P<k>Công ty|Tổng công ty|Tập đoàn|Hợp tác xã|Trung tâm|Bệnh viện|Trường"
    r"|Doanh nghiệp)\s+(?=[a-zà-ỹđ])"
    # "Văn phòng Chính phủ đề nghị quý Bộ khẩn trương …": "quý" (your) before the kind
    # of any body is the addressee's honorific.
    r"|[Qq]uý\s+(?P<q>Bộ|Sở|Cục|Tổng cục|Ủy ban|Ban|Cơ quan|cơ quan|đơn vị)\s+(?=[a-zà-ỹđ])"
)
# "… yêu cầu đồng chí Cục trưởng Cục Thuế …", "… đề nghị Đ/c Chủ tịch UBND tỉnh …": the
# honorific (in full or abbreviated) before the office asked.
_ASKED_COMRADE = re.compile(
    r"^(?P<v>(?:đề nghị|yêu cầu|giao)\s+)(?:đồng chí|đ/c)\.?\s+(?=[A-ZĐÀ-Ỹ])", re.IGNORECASE
)
# A request inside a sentence: "…; Chính phủ yêu cầu các Bộ trưởng, …".
# "Thủ tướng Chính phủ chỉ thị các Bộ, … tăng cường …, đáp ứng các yêu cầu:" directs.
_DIRECTED_TO_DO = re.compile(
    r"\bchỉ đạo\s+(?P<who>[^:;.]{3,160}?)\s+(?:thực hiện\s+)?(?:một số|các|những)\s+"
    r"(?:nội dung|nhiệm vụ|việc|giải pháp)(?:\s+(?:chính|trọng tâm|cụ thể))?\s+(?:như\s+)?sau"
    r"(?:\s+đây)?\s*:\s*$",
    re.IGNORECASE,
)
_ASKED = re.compile(
    # "yêu câu", "đê nghị": a scan's OCR drops the circumflex's tone mark.
    r"(?:^|[\s,;(])(?P<ask>(?:đ[ềê] nghị|yêu c[ầâ]u|giao|(?P<directs>chỉ thị))\s+)",
    re.IGNORECASE,
)
# "công tác trọng tâm của X", "các phiên họp của X": the work or the sessions of a body.
_WORK_OF = re.compile(
    r"(?:^|[\s,])(?:(?:cac )?(?:cong tac|nhiem vu)(?: trong tam| chu yeu| trong yeu)?"
    r"|cac (?:phien|ky) hop) cua (?=\S)"
)
# "… yêu cầu Cục trưởng Cục Thuế các tỉnh, … chỉ đạo thực hiện:": a request closing on
# the act it asks for, the points after it what is to be done (as "… như sau:" closes one).
_CARRY_OUT_COLON = re.compile(
    r"\b(?:chỉ đạo|tổ chức|triển khai)?\s*thực hiện\s*:\s*$", re.IGNORECASE
)
# A request ending on the names of whom it asks, then its colon: "… yêu cầu Bộ X:".
_ASKS_NAMES = re.compile(
    r"(?:yêu cầu|đề nghị|giao)\s+(?P<who>(?:(?!yêu cầu|đề nghị|giao)[^:;.]){3,200}?)\s*:\s*$"
)
# The issuer guiding the bodies it names: "…, Bộ hướng dẫn Sở … xây dựng … như sau:".
# "… Bộ hướng dẫn Sở Lao động … như sau:", "… Bộ GDĐT hướng dẫn các cơ sở đào tạo triển
# khai … như sau:": whom the issuer guides, by name or by their plural.
_GUIDES = re.compile(r"(?<=\s)hướng dẫn\s+(?=[A-ZĐÀ-Ỹ]|các\s)")
# A lead-in announcing the list right after it: "… những nội dung trọng tâm sau đây:".
_SAU_DAY = re.compile(r"\b(?:sau đây|như sau|sau)\s*:\s*$", re.IGNORECASE)
_DEFINED_AS = re.compile(
    r"\s*\(sau đây gọi(?: tắt| chung)? là [^()]{1,80}\)\s*(?:và\s+)?(?=[A-ZĐÀ-Ỹ])"
)
_PURPOSE_OPENING = re.compile(r"^\s*(?:Để|Nhằm)\s", re.IGNORECASE)
_YEAR_OPENING = re.compile(r"^\s*(Trong năm \d{4})\s*,", re.IGNORECASE)
_WORK_OF_END = re.compile(r"\s+(?:nam \d|nhu sau|la |trong |tai |bao gom\b|gom )|[,;:(]")
_IN_APPENDIX = re.compile(r"[^;:.]{0,120}?\b(?:tai|theo|o) (?:cac )?phu luc\b")
# "2. Đề nghị Ủy ban nhân dân xã phối hợp" over its points: the role the request asks
# for ends the heading, after the name (the body asked is the owner, not "… phối hợp").
_TRAILING_ROLE = re.compile(
    r"\s+(?:cùng\s+)?(?:phối hợp|chủ trì|thực hiện|tham gia)(?:\s+(?:thực hiện|triển khai))?$",
    re.IGNORECASE,
)
_REQUEST_NAME_WORDS = 12  # a request heading that is all name
_LEAD_IN_LINES = 12  # the lines a request leading into the items may wrap over
# "Trách nhiệm của …", "Nhiệm vụ và quyền hạn của …" (an article's title says both).
# "Quyền và trách nhiệm của đơn vị được kiểm tra" (rights first) heads the same points.
# The people and units of a school or a hospital, named by role: "cán bộ coi thi",
# "giảng viên hướng dẫn", "sinh viên", "khoa chuyên môn", "bộ môn", "nhân viên phòng …".
_ROLE_HEAD = (
    rf"(?:cac |nhung )?(?:{LEARNERS_AND_TEACHERS}|can bo|nhan vien|bac si|dieu duong|bo mon"
    r"|khoa(?! hoc\b))"
)
# "sinh viên các khóa K18, 19, 20": the cohorts a role is of, listed by number.
_SCHOOL_ROLE = re.compile(rf"{_ROLE_HEAD}(?: [\w-]+){{0,6}}(?:, \d{{1,4}})*")
# "Sinh viên thực hiện Khóa luận tốt nghiệp": the role by the work it does, still a name.
_ROLE_DOING = re.compile(rf"{_ROLE_HEAD} thuc hien (?=\w)")
_ROLE_HEADING_WORDS = 12
# Words that make a heading a sentence (what someone does), not a name.
_ROLE_VERBS = re.compile(
    r"\b(?:thuc hien|to chuc|tham gia|trien khai|xay dung|dang ky|nop|gui|bao cao|phai"
    r"|co trach nhiem|chiu trach nhiem|duoc|ve viec|cua)\b"
)


def _school_roles(text: str) -> list[str] | None:
    """The roles a heading names ("Đối với giảng viên, sinh viên", "Bộ môn"), or None."""
    t = text.strip().rstrip(" :")
    if not t or t.endswith((".", ";")) or len(t.split()) > _ROLE_HEADING_WORDS:
        return None
    m = re.match(r"(?:Đối với|ĐỐI VỚI|đối với)\s+", t)
    body = t[m.end() :] if m else t
    if not m and not body[:1].isupper():
        return None
    # A closing bracket abbreviates the name ("(CBGS)"): kept, it is part of what is written.
    bare = re.sub(r"\s*\([A-ZĐ&]{2,10}\)\s*$", "", body)
    parts = [p.strip() for p in re.split(r",(?!\s*\d)\s*|\s+và\s+", bare) if p.strip()]
    if not parts or len(parts) > 4:
        return None
    for p in parts:
        f = fold(p)
        doing = _ROLE_DOING.match(f)
        if _SCHOOL_ROLE.fullmatch(f) is None or _ROLE_VERBS.search(
            f[doing.end() :] if doing else f
        ):
            return None
        # Past the role's word only lower case or an abbreviation ("phòng CNTT"); the
        # work a role does may be a proper noun ("thực hiện Khóa luận tốt nghiệp").
        words = re.sub(r"^(?:các|những|Các|Những)\s+", "", p).split()
        if not doing and any(w[:1].isupper() and not w.isupper() for w in words[1:]):
            return None
    if len(parts) == 1:
        return [body]
    return parts


_DUTY_OF = re.compile(
    r"^(?:Quyền(?: hạn)?,? (?:và )?)?(?:Trách nhiệm|Nhiệm vụ)(?:,? (?:và )?quyền hạn)? của\s+"
    r"(?P<p>[^:()]+?)\s*:?\s*$",
    re.I,
)
# A heading naming the work as a body's own: "Tiếp tục triển khai thực hiện các nhiệm vụ
# thường xuyên của Ban …" (the body capitalised, nothing after it).
_BODYS_WORK = re.compile(
    r"^(?:Tiếp tục )?(?:triển khai )?thực hiện (?:tốt )?(?:các )?nhiệm vụ"
    r"(?: thường xuyên| trọng tâm| chủ yếu)? của\s+(?P<p>[A-ZĐÀ-Ỹ][^:();,.]+?)\s*:?$",
    re.I,
)
_RESPONSIBLE_END = re.compile(r"\s+(?:có|chịu) trách nhiệm(?: thực hiện)?\s*[:.]?\s*$", re.I)
_OPEN_MARK = re.compile(r"[:;.]\s*\(\s*(?:\d{1,2}|[ivx]{1,5})\s*\)$")
# "(1) …; (2) …" or "(i) …; (ii) …" inside a block: the first after the block's opening
# words (a title or an owner ending in ":"), the next after ";" or ".".
_INLINE_MARK = re.compile(r"(?:(?<=[:;.])|(?<=[:;.][ *]))\s*\(\s*(\d{1,2}|[ivx]{1,5})\s*\)\s*")
_INLINE_ROMANS = (
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
)
_INLINE_WORDS = 3  # an inline task is a clause, not a name
_TOPIC_LABEL_WORDS = 8  # "Về khoa học công nghệ:", "Giao Đảng uỷ Chính phủ:"
_INLINE_VERB_WORDS = 3  # "(3) các bộ … tập trung: (i) …": the owner's verb waits for them


def _inline(blocks: list[_Node], registry: Registry) -> list[_Node]:
    """Tasks numbered inside a block's text become blocks of their own, under it.

    "3. Khẩn trương ban hành chiến lược …: (1) Thanh tra Chính phủ ban hành trước …;
    (2) Bộ Công an chủ trì …" and "a) Bộ Khoa học và Công nghệ: (1) trình …; (2) chủ
    trì …": the opening words are the item's title or owner, each numbered clause a task
    ("(3) các bộ … tập trung: (i) …; (ii) …" nests again). Numbers that list a thing's
    parts ("(1) Luật Ngân sách nhà nước; (2) Luật …") stay in the text: most clauses
    must open with an action or a body's name.
    """
    out: list[_Node] = []
    for k, b in enumerate(blocks):
        out.append(b)
        if b.kind != "para" or not b.heading:
            # "- Về khoa học công nghệ: (i) Hỗ trợ …. (ii) Xây dựng …": a topic's label,
            # then its actions numbered in Roman, with no Arabic run around them; the run
            # may go on in the next paragraph, a wrapped line opening with "(ii)".
            nxt = blocks[k + 1] if k + 1 < len(blocks) else None
            more = nxt is not None and nxt.kind == "para" and _PAREN_ITEM.match(nxt.text)
            out += _inline_split(b, "inline", registry) or _inline_split(
                b, "inline_roman", registry, least=1 if more else 2
            )
    return out


def _inline_split(
    b: _Node, kind: str, registry: Registry, *, least: int = 2, nested: bool = False
) -> list[_Node]:
    """``least``: a list has two items at least, unless the next paragraph goes on with it.

    ``nested``: the block is a clause an Arabic run split off.
    """
    wanted = [str(k) for k in range(1, 21)] if kind == "inline" else list(_INLINE_ROMANS)
    own = _PAREN_ITEM.match(b.text) if b.kind == "para" and kind == "inline_roman" else None
    if own is not None and own.group(1) in wanted[1:]:
        # "(ii) Tổ chức …. (iii) Thu hút …": a paragraph a wrapped line opened with its
        # run's member (the run began in the paragraph above) goes on with the next
        # members inline.
        wanted = wanted[wanted.index(own.group(1)) + 1 :]
        least = 1
    run: list[re.Match[str]] = []
    for m in _INLINE_MARK.finditer(b.text):
        if len(run) < len(wanted) and m.group(1) == wanted[len(run)]:
            run.append(m)
    if len(run) < least or run[0].start() == 0:
        return []
    before = b.text[: run[0].start()]
    if before.count("(") > before.count(")"):
        # "… hoàn thành mục tiêu … (bao gồm cả 3 chương trình: (1) Hỗ trợ …; (2) …
        # và (3) …)": numbers inside a bracket list what the sentence names, no tasks.
        return []
    if kind == "inline" and _COUNTED_NAMES.search(fold(before)):
        # "… phê duyệt đối tượng hỗ trợ nhà ở thuộc 02 Chương trình: (1) Hỗ trợ …; (2)
        # Xoá nhà tạm …": the numbers name the programmes the sentence counts, no tasks.
        return []
    if kind == "inline_roman" and not nested and own is None:
        # A run of its own (not a numbered clause's): only under a topic's label ("Về
        # nguồn nhân lực:"); after a sentence ("… rà soát, tham mưu: (i) …; (ii) …") the
        # numbers spell out one task's content.
        label = b.text[: run[0].start()].strip(" *")
        if not label.endswith(":") or len(label.split()) > _TOPIC_LABEL_WORDS:
            return []
    pieces = [
        b.text[m.end() : (run[k + 1].start() if k + 1 < len(run) else len(b.text))].strip()
        for k, m in enumerate(run)
    ]
    head = b.text[: run[0].start()].strip()
    if kind == "inline" and _drafts(head, pieces):
        return _draft_split(b, head, run, pieces)
    acting = sum(
        1
        for p in pieces
        if len(p.split()) >= _INLINE_WORDS
        and (_ACTION.match(fold(p)) or starts_body(p, _aligned_text(p), 0, registry))
    )
    got = subject(head, registry)
    # "Giao Bộ trưởng Bộ Tài chính: (i) Thừa ủy quyền …; (ii) Căn cứ ý kiến … để hoàn thiện
    # …": the owner given the work, then only its tasks, however each one opens.
    # (A body's name alone as a label, "Tỉnh Lạng Sơn: (i) …; (ii) …", spells out its one
    # task.)
    given = (
        got is not None
        and _owns(got)
        and (got.assigned or got.requested)
        and not head[got.end :].strip(" :*")
    )
    if acting * 2 < len(pieces) and not given:
        return []
    if got is not None and _owns(got) and len(head[got.end :].split()) > _INLINE_VERB_WORDS:
        # "Giao X chủ trì … nghiên cứu định hướng …: (1) …; (2) …": one duty spelled out.
        return []
    b.text = head
    if own is not None:  # the paragraph is its run's member
        b.kind, b.label, b.text = kind, own.group(1), _PAREN_ITEM.sub(r"\g<text>", head)
    out: list[_Node] = []
    for m, piece in zip(run, pieces, strict=True):
        node = _Node(kind, m.group(1), piece.rstrip(" ;"), b.line)
        out.append(node)
        if kind == "inline":
            out += _inline_split(node, "inline_roman", registry, nested=True)
    return out


# A sentence counting the programmes or plans it names next: "… thuộc 02 Chương trình:".
_COUNTED_NAMES = re.compile(r"\b0?\d (?:chuong trinh|de an|du an|ke hoach)(?: [a-z]+)?\s*:[\s*]*$")
# "Giao X hoàn thiện dự thảo văn bản: (1) Nghị định …; (2) Nghị định …": the lead-in's
# object is "the texts", and each numbered clause names one text to draft.
_DRAFTS_HEAD = re.compile(r"\b(?:du thao|cac) van ban(?: sau(?: day)?)?\s*:?[\s*]*$")
_DRAFT_KIND = re.compile(r"^(?:nghi dinh|nghi quyet|thong tu|quyet dinh|luat|chi thi|de an)\b")
# "… Hoàn thành trước ngày 25/5/2025.": the closing sentence of the last text, for all.
_DRAFTS_CLOSING = re.compile(r"(?<=[.;])\s+(?P<c>Hoàn thành\b[^.;]*[.;]?)\s*$")


# A share's bullet: who gets it, then its figure ("Tỉnh Lào Cai: 1.000.000 viên …").
_SHARE = re.compile(r"^[^:;.]{2,60}:\s*\d[\d.,]*\s+\w")


def _shares_listed(children: list[_Node]) -> bool:
    """Whether a lead-in's bullets, two at least, each give a recipient its figure."""
    return len(children) >= 2 and all(
        c.kind in _BULLETS and not c.children and _SHARE.match(_point_text(c)) for c in children
    )


def _drafts(head: str, pieces: list[str]) -> bool:
    """Whether a lead-in asks for drafting texts and each numbered clause names one text."""
    return bool(_DRAFTS_HEAD.search(fold(head))) and all(_DRAFT_KIND.match(fold(p)) for p in pieces)


def _draft_split(b: _Node, head: str, run: list[re.Match[str]], pieces: list[str]) -> list[_Node]:
    """One duty a text to draft; a closing "Hoàn thành …" sentence holds for every text.

    The clauses inside a text ("(i) …; (ii) …" principles it must follow) are its content
    and stay in it.
    """
    closing = _DRAFTS_CLOSING.search(pieces[-1])
    if closing is not None:
        pieces[-1] = pieces[-1][: closing.start()]
    b.text = head
    out: list[_Node] = []
    for m, piece in zip(run, pieces, strict=True):
        text = piece.rstrip(" ;")
        if closing is not None:
            text = f"{text.rstrip(' ;.')}. {closing.group('c')}"
        out.append(_Node("inline", m.group(1), text, b.line))
    return out


def _appositions(blocks: list[_Node]) -> list[_Node]:
    """Join a lone "- " line that goes on with the sentence of the item above it.

    "1. Sở … báo cáo kết quả về Cục Cảnh sát Quản lý hành chính về trật tự xã hội" then
    "- Cơ quan thường trực Tổ công tác … trước ngày 20 hằng tháng …": the item's long
    sentence has not ended, and the dash opens an apposition, not a list (no other
    bullet follows it).
    """
    out: list[_Node] = []
    for i, b in enumerate(blocks):
        prev = out[-1] if out else None
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            b.kind == "dash"
            and prev is not None
            and prev.kind in ("arabic", "decimal", "letter")
            and not prev.heading
            and len(prev.text.split()) >= _SENTENCE_WORDS
            and not prev.text.rstrip().endswith(_TERMINAL)
            and (nxt is None or nxt.kind not in _BULLETS)
            # "- Thường xuyên rà soát …" then "Đơn vị chủ trì: …": the item's one task,
            # with its fields.
            and not (nxt is not None and _FIELD.match(fold(nxt.text)))
        ):
            prev.text = f"{prev.text} - {b.text}"
            continue
        out.append(b)
    return out


# An item this long is a sentence, not a heading over points.
_SENTENCE_WORDS = 25
_SPELLED_OUT = re.compile(
    r"^(?:cu the(?: nhu sau| (?:cac|nhung) noi dung(?: sau)?)?|nhu sau|bao gom|gom)\s*:\s*$"
)


def _action_then_detail(text: str) -> str:
    """The sentences before a closing "Cụ thể:" when they open with an action, else "".

    "Chủ trì phối hợp với các đơn vị triển khai các nhiệm vụ về chuyển giao … . Cụ thể:"
    is an action of its own, the words after it only announce its detail.
    """
    cuts = list(_SENTENCE_CUT.finditer(text))
    if not cuts or not _SPELLED_OUT.match(fold(text[cuts[-1].end() :])):
        return ""
    task = text[: cuts[-1].start() + 1]
    return task if _ACTION.match(fold(task)) else ""


_ARTICLE_TITLE_WORDS = 15  # an article's title is short


def _article_body(article: _Node, line: Line) -> bool:
    """Whether a line after an article's title line opens its body, not the title's wrap.

    "Điều 1. Điều chỉnh Chương trình …" then "Bổ sung vào Chương trình …": a short title
    that does not run on, then a sentence opening with an action.
    """
    title = article.text.rstrip()
    if _restates_title_end(title, line.text):
        return True
    return (
        len(title.split()) <= _ARTICLE_TITLE_WORDS
        and not title.endswith((",", ";", "-", "–", "(", "/"))
        and title.split()[-1] not in _TITLE_JOINERS
        and line.text[:1].isupper()
        and bool(_ACTION.match(fold(line.text)))
    )


def _restates_title_end(title: str, text: str) -> bool:
    """Whether a line opens a sentence on the name a short article title ends with.

    "Điều 3. Nhiệm vụ và quyền hạn của Tổ công tác" then "Tổ công tác thực hiện … trong
    đó tập trung:": the body whose duties the title names is the new sentence's subject;
    a title's wrap does not start by saying its own last words again.
    """
    words = title.split()
    if len(words) > _ARTICLE_TITLE_WORDS or not text[:1].isupper():
        return False
    for k in range(2, min(6, len(words) - 1) + 1):
        name = " ".join(words[-k:])
        if name[:1].isupper() and text.startswith(name + " "):
            return True
    return False


_TITLE_JOINERS = frozenset(["và", "các", "của", "với", "cho", "về", "tại", "theo", "trong", "để"])


def _in_run(out: list[_Node]) -> bool:
    """Whether the last block is an unlabelled paragraph after a sentence (not a title)."""
    return len(out) > 1 and out[-1].kind == "para" and out[-2].text.endswith(_TERMINAL)


def _spaced(lines: list[Line]) -> bool:
    """Whether the copy puts an empty line after every paragraph (a web page, pdftotext).

    In such a copy an empty line after a sentence's end says no more than its mark does:
    most lines after a line ending in one (and opening with no small letter) have one.
    """
    ends = [
        line.blank_before
        for prev, line in pairwise(lines)
        if len(prev.text.split()) >= SPACED_WORDS
        and prev.text.endswith(_TERMINAL)
        and not prev.heading
        and not line.text[:1].islower()
    ]
    return len(ends) >= SPACED_MIN and sum(ends) >= SPACED_SHARE * len(ends)


# A plan's standard part titles, whole: "3. Tổ chức thực hiện", "IV. Kinh phí thực hiện".
# A topic's title, "Về …" or "Đối với …", and an owner opening the sentence under it.
_TOPIC_TITLE = re.compile(r"^(?:ve|doi voi)\s")
_OWNER_OPENS = re.compile(
    r"^(?:Thủ trưởng|Giám đốc|Chủ tịch|Hiệu trưởng|Các|Sở|Ủy ban|Uỷ ban|UBND|Bộ|Ban|Phòng)\s+\S+"
    r"(?:\s+\S+){0,12}?\s+(?:có|chịu) trách nhiệm\b"
)
# The writer's agreement ("Nhất trí chủ trương …", "Phòng X cơ bản thống nhất với …"),
# and the request or assignment that follows it in the next clause or sentence.
_AGREES = re.compile(r"(?:^|\s)(?:cơ bản\s+)?(?:[Nn]hất trí|[Đđ]ồng ý|[Tt]hống nhất)\s")
_THEN_ASKS = re.compile(r"[;.]\s+(?=(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu)\s)")
# A reviewer's point opening on its topic: "Về danh mục ngành, nghề …: ".
_REVIEWED_TOPIC = re.compile(r"Về\s[^.;:]{3,160}:\s+")
# Where an item's title in lower case may end and a capitalised name begin; the words a
# name after them belongs to the title ("… phối hợp với Sở X …").
# A title never ends on a comma: "Từ các nội dung trên, Sở X tham mưu …" is an opener.
_TITLE_BREAK = re.compile(r"(?<=[^\W\d_]) (?=\w)")
_TITLE_JOINS = re.compile(
    r"\b(?:cua|voi|cho|den|tai|ve|va|hoac|theo|tu|thuoc|trong|giua|tren|duoi|sang|giao"
    # "Là đơn vị chủ trì, chịu trách nhiệm trước Ban Giám đốc Sở triển khai …": the body
    # answered to, not the one doing the work.
    r"|de nghi|yeu cau|truoc)$"
)
# A letter's one addressee on its "Kính gửi:" line, and the role a notice to an
# investor calls it by in its headings.
_SENT_TO = re.compile(r"[Kk]ính gửi\s*:\s*(?P<who>.*)$")
_INVESTOR = re.compile(r"(?:chu dau tu|nha dau tu)")
# A sentence's opening that no title's second line has: a purpose before its comma, or a
# request's verb ("Đề nghị các đơn vị …", "Yêu cầu các tổ chức …").
_PURPOSE_LEAD_IN = re.compile(r"(?:Để|Nhằm)\s+\S[^:]*,\s+\S|(?:Đề nghị|Yêu cầu|Giao)\s+\S")
_PART_TITLE = re.compile(
    # "4. Trách nhiệm phối hợp trong tổ chức thực hiện" then "Các Bộ: … có trách nhiệm …".
    r"^(?:to chuc thuc hien|kinh phi(?: thuc hien)?|che do bao cao"
    r"|trach nhiem(?: phoi hop)?(?: trong)?(?: to chuc)? thuc hien"
    r"|nhiem vu(?:,| va) giai phap|muc dich(?:,| va) yeu cau)\s*$"
)


def _carried_on(lines: list[Line], k: int) -> str:
    """``lines[k]`` with the lines after it that go on in small letters (its wrapped rest).

    A copy cut at a fixed width splits a sentence anywhere: what the sentence says (a
    time bounded by a hearing, "… sẽ chủ" then "trì cuộc họp, nghe báo cáo …") is read
    from it whole, as the copy that kept it on one line gives it.
    """
    text = lines[k].text
    for nxt in lines[k + 1 : k + 1 + _CARRIED_LINES]:
        if nxt.heading or nxt.blank_before or not nxt.text[:1].islower():
            break
        text = f"{text} {nxt.text}"
    return text


_CARRIED_LINES = 4  # a sentence's wrapped rest, at most


def _continues(prev: _Node, line: Line, spaced: bool = False, whole: str = "") -> bool:
    text = line.text
    said = fold(whole or text)
    if line.heading:
        return False
    if prev.kind != "para" and _PART_TITLE.match(fold(prev.text)) and text[:1].isupper():
        # "3. Tổ chức thực hiện" then "Thủ trưởng các sở, … chịu trách nhiệm …" with no
        # empty line: a part's title is whole; the paragraph under it begins there.
        return False
    if (
        prev.kind in ("arabic", "decimal", "letter")
        and _TOPIC_TITLE.match(fold(prev.text))
        and prev.text[-1:].isalnum()
        and len(prev.text.split()) <= _TITLE_WORDS
        and _OWNER_OPENS.match(text)
    ):
        # "2. Về thực hiện các biện pháp phòng, chống dịch COVID-19" then "Thủ trưởng các
        # đơn vị, trường học có trách nhiệm …" with no empty line: a topic's title ends on
        # its word, the sentence under it opens with whose it is.
        return False
    if (
        prev.kind in ("arabic", "decimal", "letter")
        and prev.text[-1:].isalnum()
        and len(prev.text.split()) <= _TITLE_WORDS
        and _PURPOSE_LEAD_IN.match(text)
        and text.rstrip(" *").endswith(":")
    ):
        # "2. Yêu cầu đối với Công ty X" then "Để đảm bảo …, Sở Y yêu cầu Công ty X thực
        # hiện:", "2. Các nội dung trọng tâm …" then "Đề nghị các đơn vị … thực hiện các
        # nội dung sau:": a purpose or a request opens a sentence, never a title's second
        # line; the lead-in under the title is a paragraph of its own, read for whom it asks.
        return False
    if prev.kind in ("roman", "part"):
        # A section title wrapped over two lines: both in capitals, no blank between.
        return not line.blank_before and _mostly_upper(text) and _mostly_upper(prev.text)
    if text[:1].islower() or _OPEN_MARK.search(prev.text):
        return True  # "…; (4)" then "Tham mưu ban hành …": the line broke after the number
    if (_STRAY_LOWER.match(text) and not prev.text.endswith(_TERMINAL)) or (
        _CLOSES_ONLY.match(text) and prev.text.count("(") > prev.text.count(")")
    ):
        # An OCR copy's "_ trình Bộ trước ngày …" (a stray mark, then a small letter)
        # after a line that did not end its sentence, or
        # "20/10/2024)." closing the bracket "… (thời hạn" left open above: the line wrapped.
        return True
    if _SPELLED_OUT.match(fold(text)) and prev.kind != "para":
        return True  # "3. Các bộ … phụ trách." then "Cụ thể:": the item leads into a list
    if (
        prev.text.endswith(".")
        and not prev.heading
        and (not line.blank_before or spaced)
        and _DONE_ONLY.match(said)
    ):
        return True  # "… đã được phê duyệt." then "Đảm bảo hoàn thành trong quý I/2026."
    if (
        prev.kind != "para"
        and prev.text.endswith(".")
        and not prev.heading
        and (not line.blank_before or spaced)
        and (_TIMED_BY_THE_SAME.match(said) or _TIMED_BY_A_HEARING.match(said))
    ):
        return (
            True  # "b) Xây dựng quy trình …." then "Chậm nhất là ngày 30/6/2010 các cơ quan phải …"
        )
    if (
        prev.kind in ("arabic", "decimal", "letter")
        and prev.text.endswith(".")
        and (not line.blank_before or spaced)
        and (m := _BRANCH_WITHOUT_SUBJECT.match(said)) is not None
        and _ACTION.match(said[m.end() :])
    ):
        # "… đảm bảo khả thi." then "Trường hợp không đảm bảo điều kiện … thì phối hợp với
        # …": a branch of the item's work with no subject of its own is the item's (a
        # copy cut at a fixed width ended the sentence above at the line's end).
        return True
    if _open_name_list(prev.text) and (not line.blank_before or spaced) and text[:1].isupper():
        return True  # "yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng;" then "Khoa học …"
    if (
        prev.kind in ("arabic", "decimal", "letter")
        and _titled_item(prev)
        and (first := _PAREN_ITEM.match(text)) is not None
        and first.group(1) in ("1", "i")
        and first["text"][:1].isupper()
    ):
        # "1. Hoàn thiện hạ tầng công nghệ thông tin" then "(1) Tiếp tục phối hợp …" with
        # no empty line: the title is whole, its first numbered point begins.
        return False
    if (
        prev.text.endswith(_TERMINAL)
        or (prev.kind == "para" and prev.heading)
        or prev.heading == _TITLE_LEVEL
    ):
        return False
    if (
        prev.kind in ("arabic", "decimal", "letter")
        and not prev.heading
        and not prev.children
        and prev.text[-1:].isalnum()
        and _ROLE_STARTED.search(fold(prev.text))
        and text.rstrip(" *").endswith((".", ";"))
    ):
        # "3. Bộ Quốc phòng chủ trì, phối hợp với … chuẩn bị tổ chức tốt" then, after an
        # empty line, "Lễ kỷ niệm, … trong tháng 5 năm 2025.": the item's sentence has its
        # owner and role and breaks off mid-phrase; an owner's heading holds no role word.
        return True
    if (
        prev.kind in ("arabic", "decimal", "letter")
        and not prev.heading
        and not prev.children
        and (_ACTION.match(fold(prev.text)) or _JOINING.search(fold(prev.text)))
        and (
            prev.text.endswith(",")
            or _TITLE_JOINS.search(fold(prev.text))
            or _AWAITS_BODY.search(prev.text)
        )
        and not _mostly_upper(text)
        and not text.rstrip(" *").endswith(":")
    ):
        # "d) Phối hợp chặt chẽ với Ủy ban MTTQ tỉnh, các" then, after an empty line an
        # OCR copy put in, "cơ quan, đơn vị liên quan …": an item's sentence broken on a
        # comma or a joining word goes on.
        return True
    if _AWAITS_NAME.search(fold(prev.text)) or (
        prev.text.endswith(",") and _ACRONYM_ON.match(text)
    ):
        # "… thực hiện Đề án" then "Xây dựng và triển khai hệ thống …": the plan's name;
        # "… phối hợp các đơn vị CS," then "TTKT, CNTT đánh giá …": the list goes on —
        # across an empty line an OCR copy put in.
        return True
    return not line.blank_before


# A body's kind, capitalised, at a line's end: its name is on the next line ("… Ban Quản lý"
# then "Khu kinh tế …").
_AWAITS_BODY = re.compile(r"\b(?:Ban Quản lý|Ủy ban|Uỷ ban|Trung tâm|Công ty|Sở|Bộ|Cục|Chi cục)$")
# An item's sentence joining bodies in: "… phối hợp với A, B, …".
_JOINING = re.compile(r"\bphoi hop(?: chat che)? voi\b")
# An item's sentence begun: its owner, then the role it plays.
_ROLE_STARTED = re.compile(r"\S\s+chu tri\s*,\s*phoi hop\b")


def _open_name_list(text: str) -> bool:
    """Whether ``text`` ends inside a list of names after "các <kind>:" set apart by ";".

    "… yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng;": the line broke in the
    subject, the next line names the next body (the ";" ends no sentence).
    """
    m = _NAME_LIST.search(text)
    if m is None:
        return False
    names = [n.strip() for n in m.group(1).split(";")[:-1]]
    return len(names) >= 2 and all(n[:1].isupper() and len(n.split()) <= 6 for n in names)


_NAME_LIST = re.compile(r"\b[Cc]ác [^:;.]{1,30}:\s*((?:[^;:.()]{1,60};\s*)+)$")


# A line ending on a kind of plan whose name follows: "… thực hiện Đề án".
_AWAITS_NAME = re.compile(r"\b(?:de an|du an|chuong trinh|ke hoach)$")
# "TTKT, CNTT …": a line opening with a unit's abbreviation in a list.
_ACRONYM_ON = re.compile(r"^[A-ZĐ]{2,6}[,;]? ")


_STRAY_LOWER = re.compile(r"^[_~]+\s*[a-zà-ỹđ]")
# A line's words up to a ")" with no "(" before it: the end of a bracket opened above.
_CLOSES_ONLY = re.compile(r"^[^()]{1,40}\)")


# "Đảm bảo hoàn thành trong quý I/2026.", "Thời gian hoàn thành trước ngày …": a sentence
# giving only the time of the one above.
# A point's next sentence (a copy printing one sentence a line) that opens with a date
# and only dates the point: its subject a bare "các cơ quan"/"các đơn vị", the point's
# owners spoken of again ("Chậm nhất là ngày 30 tháng 6 năm 2010 các cơ quan phải xây
# dựng xong quy trình …"); a subject with words of its own ("những cơ quan đã có trang
# thông tin điện tử phải …") names other owners and stands apart.
_TIMED_BY_THE_SAME = re.compile(
    r"^(?:cham nhat(?: la)?|truoc|han chot(?: la)?)\s+(?:ngay|cuoi|dau|giua|thang|quy|nam)\b"
    r"(?:[^,;:.]|(?<=\d)\.(?=\d)){1,40}?,?\s+cac (?:co quan|don vi)(?: nay| tren)?\s+"
    r"(?:phai|can|co trach nhiem)\s"
)
# "Trước ngày 08 tháng 3 năm 2010, Phó Thủ tướng … sẽ chủ trì cuộc họp, nghe báo cáo về
# vấn đề này": the meeting that hears the point's work dates it, and is no duty itself.
_TIMED_BY_A_HEARING = re.compile(
    r"^(?:truoc|cham nhat(?: la)?)\s+(?:ngay\s+)?\d[^,;:]{2,30},\s+[^,;:.]{3,80}?"
    r"\bse (?:chu tri |to chuc )?(?:cuoc )?hop\b[^.;]{0,20}\bnghe bao cao\b"
)
# "Trường hợp <condition> thì <verb> …": the branch's action follows "thì" at once.
_BRANCH_WITHOUT_SUBJECT = re.compile(r"^truong hop\b[^.;:]{3,150}?\bthi\s+")
_DONE_ONLY = re.compile(
    # "hoàn thành xong trước …", "… không quá ngày …": the same limit in other words.
    r"^(?:(?:dam bao|bao dam|thoi gian(?: thuc hien)?) )?hoan thanh (?:xong )?"
    r"(?:truoc|trong|cham nhat|khong qua)\b" + _IN_SENTENCE + r"{3,30}\.$"
)


def _tree(blocks: list[_Node], registry: Registry) -> _Node:
    """Nest blocks by label kind: a kind seen above closes back to it, a new kind nests."""
    root = _Node("root", "", "", 0)
    stack: list[_Node] = [root]
    for k, b in enumerate(blocks):
        if b.kind == "para":
            dash = next((i for i in range(len(stack) - 1, 0, -1) if stack[i].kind == "dash"), None)
            if (
                dash is not None
                and not b.heading
                and k + 1 < len(blocks)
                and blocks[k + 1].kind == "dash"
                and _asks_owners(b.text, registry)
            ):
                # "- …" bullets, then "Ngoài ra, Thủ tướng còn yêu cầu Chủ tịch …:" then
                # "- …": a new request over bullets of its own, beside the ones above.
                del stack[dash:]
                b.parent = stack[-1]
                stack[-1].children.append(b)
                continue
            if b.heading:
                # An unnumbered markdown heading ends the numbered parts above it.
                del stack[1:]
                root.children.append(b)
                b.parent = root
                continue
            parent = _para_parent(stack, registry, field=_raw_field(b) is not None, text=b.text)
        elif b.kind == "article" or (
            b.kind in ("roman", "part") and any(x.kind == "article" for x in stack)
        ):
            # A decision's articles are top-level; a plan written inside "Điều 1." has
            # its sections at the top too.
            del stack[1:]
            parent = root
            stack.append(b)
        else:
            at = next((i for i in range(len(stack) - 1, 0, -1) if stack[i].kind == b.kind), None)
            if (
                at is not None
                and at == len(stack) - 1
                and b.kind == "decimal"
                and b.label.startswith(f"{stack[at].label}.")
                and is_owner_list(stack[at].text, registry)
            ):
                # "1.2. BHXH tỉnh" then "1.2.1. Hướng dẫn …", "1.2.2. Cập nhật …": a body's
                # own number heads the deeper steps it takes.
                at = None
            if at is None and b.kind == "arabic":
                # "1.1.", "1.2." then "2.": the new item closes the decimal ones.
                at = next((i for i in range(1, len(stack)) if stack[i].kind == "decimal"), None)
            if (
                at is None
                and b.kind == "decimal"
                and stack[-1].kind in _BULLETS
                and _raw_field(stack[-1]) is not None
            ):
                # "3. Hội nghị …" with its "- Thời gian: …", "- Kết quả: …" fields, then
                # "3.3. Báo cáo …": a field holds no numbered sub-item; the item is its
                # parent's next point (else the bullets under it read as the item's own
                # and take its time).
                up = b.label.rsplit(".", 1)[0]
                at = next(
                    (
                        i + 1
                        for i in range(len(stack) - 1, 0, -1)
                        if stack[i].kind in ("arabic", "decimal") and stack[i].label == up
                    ),
                    None,
                )
            if (
                at is None
                and b.kind in ("inline", "inline_roman")
                and stack[-1].kind in _BULLETS
                and not stack[-1].text.rstrip(" *").endswith(":")
            ):
                # "- Tài liệu phục vụ hội nghị: Gồm …." then "(1) Tổ chức …", "(2) …": a
                # closed point leads into nothing; the items are its item's own.
                at = 1 + max(i for i in range(len(stack)) if stack[i].kind not in _BULLETS)
            if (
                at is None
                and b.kind in _BULLETS
                and len(stack) > 2
                and stack[-1].kind in ("inline", "inline_roman")
                and _acted_steps_run(stack[-2].children)
                and _raw_field(b) is not None
            ):
                # "(3) Tổ chức hiệp thương lần thứ ba: Chậm nhất ngày …." then "- Thời gian
                # hoàn thành: …", "- Đơn vị chủ trì: …": the fields of the item over the
                # steps, not of its last step.
                at = len(stack) - 1
            if at is not None:
                del stack[at:]
            parent = stack[-1]
            stack.append(b)
        b.parent = parent
        parent.children.append(b)
    _organisation_to_content(root)
    _mark_duty_headings(root, registry)
    return root


# "(1) Nội dung thực hiện:" over the tasks, then "(2) Tổ chức thực hiện:" over "- Đơn vị
# thực hiện: …", "- Thời gian thực hiện: Quý II/2025", then "(3) Kết quả: …": one task
# card set out as numbered parts. The second part holds nothing but the owner and time
# fields of the tasks in the first: they are read as that item's fields, not as a task
# titled "Tổ chức thực hiện".
_CONTENT_PART = re.compile(
    r"^(?:noi dung(?: thuc hien| cong viec| cu the)?|nhiem vu(?: cu the)?)\s*:"
)
_ORGANISATION_PART = re.compile(r"^(?:to chuc thuc hien|phan cong thuc hien)\s*:?$")
_CARD_ROLES = ("both", "lead", "advisor", "partners", "doers", "time")


def _organisation_to_content(node: _Node) -> None:
    kids = node.children
    k = 0
    while k + 1 < len(kids):
        a, b = kids[k], kids[k + 1]
        if (
            a.kind == b.kind
            and _CONTENT_PART.match(fold(a.text).strip(" *"))
            and _ORGANISATION_PART.match(fold(b.text).strip(" *"))
            and b.children
            and not any(_raw_field(c) is not None for c in a.children)
            and all(
                (got := _raw_field(c)) is not None and got[0] in _CARD_ROLES for c in b.children
            )
        ):
            if (
                len(a.children) == 1
                and a.children[0].kind == "para"
                and not a.children[0].children
                and not fold(a.text).strip(" *").split(":", 1)[1].strip(" *")
            ):
                # "(1) Nội dung thực hiện:" over one paragraph: the paragraph is the task.
                a.text = a.children[0].text
                a.children = []
            for c in b.children:
                c.parent = a
            a.children.extend(b.children)
            del kids[k + 1]
        k += 1
    for c in kids:
        _organisation_to_content(c)


def _asks_owners(text: str, registry: Registry) -> bool:
    """Whether a paragraph ending in ":" asks bodies or office holders (a request's lead-in)."""
    if not text.rstrip().endswith(":"):
        return False
    for m in _ASKED.finditer(text):
        asked = re.sub(r"\s+như sau\s*:$", ":", text[m.start("ask") :], flags=re.I)
        if m["directs"]:
            asked = asked[len(m["ask"]) :]
        if _owns(subject(asked, registry)):
            return True
    return False


def _para_parent(
    stack: list[_Node], registry: Registry, *, field: bool = False, text: str = ""
) -> _Node:
    top = stack[-1]
    if top.kind not in _LISTED or top.parent is None:
        return top
    if top.text.rstrip().endswith(":") and not top.children:
        return top  # "đ) … với mục tiêu:" then its paragraph: the point goes on
    if (
        not top.children
        and not top.text.rstrip().endswith(_TERMINAL)
        and text.rstrip().endswith(":")
        and is_owner_list(text.rstrip(" :"), registry)
    ):
        # "b) Hoàn thiện hạ tầng …" (a topic) then "Ủy ban nhân dân các tỉnh, …:" then
        # "- …" points: the owners' lead-in opens the item's points, inside it.
        return top
    # After a list of points, a paragraph belongs beside the points; after an owner
    # heading's points, it is not that owner's when it names its own subject. One that
    # names none ("(1) Các Bộ trưởng, …" over "- …" points, then "Chấp hành nghiêm các quy
    # định …") is the heading's next task, as its points are.
    parent = top.parent
    if (
        parent.parent is not None
        and is_owner_list(parent.text, registry)
        and not field
        and (not text or subject(text, registry) is not None)
    ):
        # A field line ("Thời gian hoàn thành: …") after a point is still that owner's:
        # it gives the time of the points above it.
        return parent.parent
    return parent


# --------------------------------------------------------------------------- fields

_FIELD = re.compile(
    r"^(?:(?P<both>(?:co quan|don vi|bo phan) chu tri,? (?:va )?(?:phoi hop|thuc hien))"
    r"|(?P<lead>(?:co quan|don vi|bo phan) chu tri(?: tham muu)?(?: thuc hien)?|chu tri thuc hien"
    r"|chu tri"
    # "- Đơn vị xây dựng kế hoạch: Bộ Giáo dục và Đào tạo;" under the plan it is to draw up.
    r"|(?:co quan|don vi) (?:xay dung|lap|ban hanh|soan thao) (?:ke hoach|de an|bao cao))"
    # "- Bộ phận tham mưu: bộ phận Tư pháp - Hộ tịch." under a ward's task: the office that
    # prepares the work for the committee signing the plan, its lead unless a "chủ trì"
    # field beside it names another (see ``_settle``).
    r"|(?P<advisor>(?:co quan|don vi|bo phan) tham muu(?: thuc hien)?(?=\s*:))"
    r"|(?P<partners>(?:co quan|don vi|bo phan) phoi hop(?: thuc hien)?|phoi hop thuc hien"
    r"|phoi hop(?=\s*:))"
    # "Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh." closing a Party
    # programme's block of bullets: the bodies that see the block done.
    r"|(?P<doers>(?:co quan|don vi) (?:thuc hien|trien khai)|trach nhiem(?: chi dao)? thuc hien)"
    # "- Thời gian dự kiến: ngày 11/9/2026." under an activity with its host and place
    # fields: the day the activity is planned for, the time of the item it is under.
    r"|(?P<time>thoi gian(?: thuc hien| hoan thanh| trien khai| du kien)?|thoi han(?: hoan thanh"
    r"|(?: ban hanh| trinh)(?: ke hoach| de an| bao cao)?| thuc hien)?"
    r"|tien do(?: thuc hien| hoan thanh)?"
    # "- Thời gian trình: Tháng 5 năm 2021.", "- Hạn nộp báo cáo: Trước ngày 25/11/2025.":
    # when a paper is due to be submitted or filed, the time of the item it is under.
    r"|(?P<due>thoi gian (?:trinh|(?:nop|gui) bao cao)|(?:thoi )?han (?:nop|gui)(?: bao cao)?))"
    r"|(?P<task>(?:noi dung|nhiem vu|cong viec)(?: thuc hien| cong viec| cu the)?"
    r"(?:,? (?:va )?bien phap| va giai phap|, giai phap)?)"
    r"|(?P<product>san pham(?: dau ra)?|ket qua(?: dau ra)?|hinh thuc van ban)"
    # A meeting's fields beside its time and host ("- Thành phần: Ban Thường trực …;
    # mời đại diện …", "- Địa điểm: …"): who attends and where, not who does the work.
    r"|(?P<meeting>thanh phan(?: tham du| tham gia| moi)?|dia diem(?: to chuc)?"
    # "- Đơn vị nhận kế hoạch: Ủy ban nhân dân cấp tỉnh;": who receives it, not who works.
    r"|(?:co quan|don vi) nhan (?:ke hoach|de an|bao cao))"
    # "- Thực hiện theo đường dẫn: https://…" beside "- Hạn nộp báo cáo: …": where the
    # report is filed, the way of the item above, not a task of its own.
    r"|(?P<link>(?:thuc hien|gui|nop|bao cao|khai bao|dang ky|cap nhat)(?: bao cao)?"
    r" (?:theo|qua|tai) (?:cac )?(?:duong dan|duong link|link|dia chi)(?: sau)?))"
    r"\s*(?::\s*(?P<value>.*))?$"
)


# The label of a role a body holds in a project, before the body's name and a colon.
_ROLE_LABEL = re.compile(
    r"^(?:Cơ quan|Đơn vị)\s+(?:chủ quản|quản lý|thường trực|đầu mối)\s*:\s*(?=\S)"
    # "- Giải pháp thực hiện: Giao các Trưởng phòng … chủ trì, thực hiện:": a field's
    # label before the lead-in that names who carries out the points under it.
    r"|^(?:Giải pháp|Biện pháp)(?: thực hiện| khắc phục)?\s*:\s*(?=\S)",
    re.IGNORECASE,
)


def _field(node: _Node) -> tuple[str, str] | None:
    """``(role, inline value)`` when a node is a field label of its item.

    A bare "Nhiệm vụ" or "Sản phẩm" label is a field only beside an owner or time
    field: fields come in sets ("a) Nhiệm vụ: / b) Cơ quan thực hiện: / c) Thời gian");
    alone ("1. Nhiệm vụ" then "2. Giải pháp") it is a topic heading.
    """
    got = _raw_field(node)
    if got is None or got[0] not in _SET_FIELDS or (got[1] and got[0] != "meeting"):
        return got
    if node.parent is None:
        return None if got[0] == "meeting" else got
    siblings = (_raw_field(c) for c in node.parent.children if c is not node)
    return got if any(s is not None and s[0] not in _SET_FIELDS for s in siblings) else None


# "Đối tượng: Là Người quản lý …", "Nội dung huấn luyện: Quy định tại …": a short label,
# a colon, its value; the label names an aspect, not a body doing something.
_LABEL_VALUE = re.compile(r"^(?P<label>[^\W\d][^:;,.()]{0,40}?)\s*:\s*\S")


# The particulars of a works or a project as an order or an approval lists them, each a
# label and its value ("1. Tên công trình: …", "3. Mục đích xây dựng công trình: …", "4.
# Địa điểm thực hiện: …", "7. Kinh phí tạm tính: …").
_PARTICULAR = re.compile(
    r"^(?:ten (?:cong trinh|du an|goi thau|nhiem vu)|muc (?:dich|tieu) (?:dau tu|xay dung)"
    r"|dia diem (?:thuc hien|xay dung|dau tu)|quy mo|hien trang|tong muc dau tu|nguon von"
    r"|kinh phi (?:tam tinh|du kien|thuc hien)|chu dau tu)\b[^:]{0,60}:"
)
_PARTICULARS_MIN = 2


def _works_record(others: list[_Node]) -> bool:
    """Whether an item's points are a works' or a project's particulars.

    "Điều 1. Ban hành Lệnh xây dựng công trình khẩn cấp … như sau:" over "1. Tên công
    trình: …", "4. Địa điểm thực hiện: …", "6. Thời gian thực hiện: Năm 2026.": the time
    is the works' as a whole, not a due date of each particular, nor of the points that
    describe its solutions.
    """
    return sum(1 for o in others if _PARTICULAR.match(fold(o.text))) >= _PARTICULARS_MIN


def _event_card(node: _Node, roles: set[str], others: list[_Node]) -> bool:
    """Whether a section only describes an event: when, where, for whom, on what.

    "II. NỘI DUNG" over "1. Thời gian: … ngày 06/7/2026", "2. Địa điểm: …", "3. Đối
    tượng: …", "4. Nội dung huấn luyện: …": a time and a place field, no owner and no
    task field, every other point a "Label: value" line. The section's title is no task
    and its points are the event's particulars; its date is when the event is held, work
    the section elsewhere assigns ("III. TỔ CHỨC THỰC HIỆN") is where a duty is.
    """
    if node.kind not in ("roman", "part") or roles != {"time", "meeting"}:
        return False
    return bool(others) and all(
        not o.children
        and (m := _LABEL_VALUE.match(o.text.strip())) is not None
        and len(m["label"].split()) <= 4
        for o in others
    )


# Labels that are fields only in a set beside an owner or time field: alone, "Nhiệm vụ"
# heads a topic and "Thành phần: …" describes a body (who it is made of).
_SET_FIELDS = ("task", "product", "meeting")


_OWNER_ROLES = ("both", "lead", "advisor", "partners", "doers")
# A section of tasks by its title ("NHIỆM VỤ CHUNG", "NHIỆM VỤ CỤ THỂ", "GIẢI PHÁP"), and
# one that says who carries the plan out ("TỔ CHỨC THỰC HIỆN"), naming its own owners.
_TASK_SECTION = re.compile(r"^(?:cac )?(?:nhiem vu|giai phap)\b")
_EXECUTION_SECTION = re.compile(r"\bto chuc thuc hien\b|\btrach nhiem\b|\bphan cong\b")


def _next_owner_field(value: str) -> tuple[str, tuple[str, str] | None]:
    """An owner field's value, and the next field when the value runs on into one.

    "Phòng A; Đơn vị phối hợp: Phòng B": after ";", a second owner field's label. Only a
    label with its colon and a value counts: the names before it are the first field's,
    the names after it the second's (never both fields' joint owners).
    """
    for m in re.finditer(r";\s*", value):
        rest = value[m.end() :]
        got = _FIELD.match(fold(rest))
        if got is None or got["value"] is None or not got["value"].strip():
            continue
        role = next((k for k in _OWNER_ROLES if got[k]), None)
        if role is not None:
            return value[: m.start()].strip(), (role, rest[got.start("value") :].strip())
    return value, None


def _labels(text: str, written: str) -> bool:
    """Whether a duty's text opens with the name as its label, a colon after it.

    "Đồng chí Phó Trưởng phòng … - Phó Trưởng tiểu ban: Trực tiếp chỉ đạo …": the name
    stands alone before its work, as in a heading.
    """
    t = text.lstrip()
    return bool(written) and t.startswith(written) and t[len(written) :].lstrip().startswith(":")


def _settle(owners: _Owners) -> None:
    """A lead ("Cơ quan chủ trì") beside executing units ("Đơn vị thực hiện"): they help.

    The office that advises ("Bộ phận tham mưu: …") leads a task no "chủ trì" field
    gives to another; beside one ("Cơ quan chủ trì: Hội đồng …", "Bộ phận tham mưu thực
    hiện: …") it helps the lead.
    """
    if owners.advisors:
        if owners.leads:
            owners.partners = owners.advisors + owners.partners
        else:
            owners.leads = owners.advisors
        owners.advisors = []
    if owners.doers() and owners.leads and owners.responsible:
        owners.partners += owners.responsible
        owners.responsible = []


def _field_runs(children: list[_Node]) -> list[tuple[list[_Node], list[_Node]]] | None:
    """``[(bullets, their fields), …]`` when owner and time fields follow the bullets.

    Only when the item opens with a bullet, holds nothing but bullets and fields, and
    every bullet has fields after it; otherwise the fields are the item's own.
    """
    runs: list[tuple[list[_Node], list[_Node]]] = []
    items: list[_Node] = []
    fields: list[_Node] = []
    for c in children:
        fld = _field(c)
        if fld is not None:
            if not items or fld[0] in _SET_FIELDS:
                return None
            fields.append(c)
            continue
        if c.kind not in _BULLETS:
            return None
        if fields:
            runs.append((items, fields))
            items, fields = [], []
        items.append(c)
    if not items:
        return None
    if not fields and not runs:
        # The last bullets may have no fields after them ("- Tổng hợp … Thời gian hoàn
        # thành: …" with its time inline): they keep their own, when runs came before.
        return None
    runs.append((items, fields))
    return runs


def _mark_duty_headings(node: _Node, registry: Registry) -> None:
    """Mark the owner field labels that head duties, not an item's owners.

    "2. Trách nhiệm thực hiện" with nothing after it and bullets under it that each name
    their own subject ("- Sở Nội vụ hướng dẫn …", "- Đề nghị Ủy ban … phát huy …") heads
    those duties: it gives the item no owners. Bullets that are fields themselves ("-
    Đơn vị chủ trì: …") are the item's owners.
    """
    for c in node.children:
        _mark_duty_headings(c, registry)
    got = _raw_field(node)
    if got == ("time", ""):
        node.over_duties = _steps_under_time(node, registry)
        return
    if got is None or got != ("doers", ""):
        return
    bullets = [c for c in node.children if c.kind in _BULLETS]
    if len(bullets) >= 2:
        node.over_duties = all(_raw_field(b) is None and subject(b.text, registry) for b in bullets)


# The words a bullet under "Thời gian thực hiện" opens with when it is a stage of the time
# ("Năm 2025: …", "Từ tháng 6 …", "Giai đoạn 1 …", "Quý I …", "Trước ngày …").
_TIME_OPENING = re.compile(
    r"^(?:nam|thang|quy|giai doan|dot|tu|truoc|den|ngay|trong|cham nhat|sau|buoc|thoi"
    r"|hang|dinh ky|tuan|hoan thanh|bat dau|ke tu|giua|cuoi|dau|\d+)\b"
)


_SCHEDULE_HEADINGS = ("thoi gian thuc hien", "tien do thuc hien")


def _steps_under_time(node: _Node, registry: Registry) -> bool:
    """Whether a bare "Thời gian thực hiện" heads steps of their own, not its item's time.

    "3.1. Thời gian thực hiện" over three or more bullets that each state a step in a
    sentence ("- Phê duyệt danh sách … gửi Thanh tra tỉnh; thời gian hoàn thành trước ngày
    …", "- Việc kê khai hoàn thành trước ngày …", "- Bàn giao bản kê khai …") is a schedule
    of duties, each with its own time or none; bullets opening with a time ("- Năm 2025:
    …", "- Từ tháng 6 …") are the stages of one time.
    """
    if fold(node.text).strip(" :.") not in _SCHEDULE_HEADINGS or node.kind == "para":
        return False
    if len(node.children) >= 2 and all(_phase_over_work(c) for c in node.children):
        # "1. Tiến độ thực hiện" over "a) Giai đoạn 2012 - 2015:", "b) Giai đoạn 2016 -
        # 2020:", each over its actions: a schedule of phases, each the window of the
        # work listed under it (see ``_Extractor._schedule_phase``), not one time.
        return True
    # "(2) Tiến độ thực hiện" over "(i) Đàm phán … trong tháng 5 năm 2025.", "(ii) …":
    # numbered steps, each with its own time, are the same schedule of duties.
    if len(node.children) >= 2 and all(_step_with_doer(c, registry) for c in node.children):
        return True
    bullets = [c for c in node.children if c.kind in (*_BULLETS, "inline_roman")]
    if len(bullets) < 3 or len(bullets) != len(node.children):
        return False
    return all(
        not b.children
        and _raw_field(b) is None
        and len(b.text.split()) >= 5
        and not _TIME_OPENING.match(fold(b.text))
        for b in bullets
    )


def _step_with_doer(node: _Node, registry: Registry) -> bool:
    """Whether a lettered point under "Tiến độ thực hiện" is a step someone is given.

    "a) Căn cứ Kế hoạch …, các cơ quan, đơn vị, địa phương … xây dựng Kế hoạch trong Quý
    I/2026 …", "b) Quý I/2027, các cơ quan, đơn vị, địa phương đánh giá …": a sentence
    naming who acts, each its own time; a stage of one time ("a) Năm 2025: …") names none.
    """
    return (
        node.kind in ("letter", "arabic")
        and not node.children
        and _raw_field(node) is None
        and len(node.text.split()) >= _STEP_WORDS
        and subject(node.text, registry) is not None
    )


_STEP_WORDS = 10


# A phase named by its span of years and nothing else: "a) Giai đoạn 2012 - 2015:".
_PHASE_SPAN = re.compile(r"^\s*giai doan (?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*:?\s*$")


def _phase_over_work(node: _Node) -> bool:
    return (
        node.kind in ("letter", "arabic", "decimal")
        and bool(node.children)
        and _PHASE_SPAN.match(fold(node.text)) is not None
    )


def _in_schedule_phase(node: _Node) -> bool:
    """Whether a lead-in stands right under a phase of a schedule of phases.

    "b) Giai đoạn 2016 - 2020:" / "- Tiếp tục triển khai … các nội dung chính, bao gồm:"
    over "+" points: what the phase lists is its work, each point an action of the
    phase, even under a lead-in whose wording would join them into one.
    """
    phase = node.parent
    return (
        phase is not None
        and _phase_over_work(phase)
        and phase.parent is not None
        and phase.parent.over_duties
        and fold(phase.parent.text).strip(" :.") in _SCHEDULE_HEADINGS
    )


# The value of a due-date field: a time, not a sentence ("Trước ngày 25/11/2025.",
# "Tháng 5 năm 2021.", "*Trước ngày 20/12/2025.*").
_DUE_VALUE = re.compile(r"^[\s*_]*(?:truoc|cham nhat|trong|den|ngay|thang|quy|nam|\d)")


# "a) Don vj ch tn: Sở …", "b) Dan v ph& hcp: …": "Đơn vị chủ trì" and "Đơn vị phối
# hợp" as a scan's text layer gives them, tone marks lost and letters misread; the words'
# shape is kept (a short word, "v" and a letter, "ch… t…" or "ph… h…").
_OCR_FIELD = re.compile(
    r"^\W{0,2}\w{1,3}\W{0,2}\s*'?v\w?\s+"
    r"(?:(?P<lead>ch\S{0,4}\s+t\S{1,2})|(?P<partners>ph\S{0,3}\s+h\S{1,3}))\s*:\s*(?=\S)"
)


def _raw_field(node: _Node) -> tuple[str, str] | None:
    if node.kind not in ("arabic", "letter", "dash", "plus", "decimal", "para") or node.over_duties:
        return None
    f = fold(node.text)
    m = _FIELD.match(f)
    if m is None:
        if node.kind == "letter" and (o := _OCR_FIELD.match(f)) is not None:
            return ("lead" if o["lead"] else "partners"), node.text[o.end() :].strip()
        return None
    if m["due"] and (node.kind == "para" or not _DUE_VALUE.match(m["value"] or "")):
        # "Thời gian nộp báo cáo: Hoàn thành gửi báo cáo … trước ngày …" as a paragraph of
        # its own, or "c) Thời hạn gửi báo cáo: Các cơ quan … gửi báo cáo … trước ngày …"
        # (a sentence with its own subject after the label), is a rule of the letter, not a
        # point's field: the field's value is a time alone.
        return None
    if node.kind == "para" and not m["value"]:
        # An unlabelled line is a field only as "Label: value" ("*Đơn vị phối hợp:* Sở
        # Tư pháp." under an item); a bare label line is a heading or a sentence.
        return None
    roles = (
        *("both", "lead", "advisor", "partners", "doers"),
        *("time", "task", "product", "meeting", "link"),
    )
    role = next(k for k in roles if m[k])
    value = node.text[m.start("value") :].strip() if m["value"] is not None else ""
    if role == "link" and not re.match(r"[\s*_<\[(]*(?:https?://|www\.)", value):
        # "Báo cáo qua đường dẫn của Bộ …" without the address is a sentence.
        return None
    if not value and not node.children and not f.rstrip().endswith(":"):
        # "Cơ quan chủ trì" alone on a line with nothing under it is not a field.
        return None
    return role, value


# "Báo cáo của các cơ quan, đơn vị gửi về UBND tỉnh trước ngày …", "Văn bản tham gia ý
# kiến đề nghị gửi về Sở … trước ngày …": a paper as the subject, sending as its verb.
# "Báo cáo" is that paper only as whose it is ("Báo cáo của …"); opening a point ("- Báo
# cáo bằng văn bản gửi UBND tỉnh trước ngày …") it is the verb, a duty of its own.
_SENDING = re.compile(
    r"^(?:" + _SENT_BY_FIRST + ")?"
    r"(?:cac )?(?:bao cao cua|van ban|y kien|ho so|so lieu|danh sach)\b[^.;:]{0,80}?"
    r"(?:\bde nghi )?\bgui (?:ve )?"
)
_POINTS = ("arabic", "decimal", "letter", "dash", "plus")
# "4.8. Thời gian tổ chức các hội nghị tiếp xúc cử tri … được tiến hành từ ngày công bố …
# (ngày 22 tháng 02 năm 2026) và kết thúc trước …": "Thời gian" the sentence's subject, a
# passive or a start and end its verb; it says when something runs, giving no one work.
_TIME_STATEMENT = re.compile(
    r"^thoi gian (?:to chuc|thuc hien|tien hanh|trien khai)\b[^:;]{0,120}?"
    r"\b(?:duoc (?:tien hanh|to chuc|thuc hien|bat dau)|bat dau|ket thuc|keo dai)\b"
)

# "1. Thời gian thực hiện Kế hoạch: Từ khi ban hành đến hết năm 2030.", "1. Thời gian thi
# đua" over "Phong trào thi đua trong năm 2026 và tính đến hết ngày 31/12/2026.": the span
# the plan or its campaign covers, whose end is no one's deadline; its work is elsewhere.
_PLAN_PERIOD = re.compile(
    r"^thoi gian (?:thi dua|thuc hien (?:cua )?(?:ke hoach|chuong trinh|de an)(?: nay)?)\b"
    r"\s*:?\s*(?:tu|trong|nam|giai doan|den|phong trao)\b"
)


def _told_not_given(node: _Node, text: str) -> str | None:
    """Why a point tells of work without giving any (see the patterns), or None."""
    f = fold(text)
    if _TIME_STATEMENT.match(f) or (not node.children and _PLAN_PERIOD.match(f)):
        return "time_rule"
    if node.kind == "para" and _CITED_WORK.match(f):
        return "cited_work"
    if not node.children and _ELIGIBILITY.match(f):
        return "scope"
    return None


# "Điều kiện tham gia Hội nghị: Là sinh viên … tính đến 30/06/2024, …": who may take
# part, as a plan's Đối tượng says; its date is when one must qualify, no one's deadline.
_ELIGIBILITY = re.compile(
    r"^\W*dieu kien (?:tham gia|tham du|du thi|du tuyen|dang ky|xet|de duoc|duoc)\b[^:;]{0,80}:"
)


# "Giai đoạn chuẩn bị (hoàn thành trước ngày 15/6/2025):", "Bước 3: Tổng kết (Quý
# IV/2025)": a step or phase by its name, then its time in brackets, nothing after.
_STEP_NAMED = re.compile(r"^(?:giai doan|buoc|dot)\b")
_STEP_WINDOW = re.compile(r"^[^();.]{0,80}?\(\s*(?P<time>[^()]{4,80}?)\s*\)\s*:?\s*$")


# "Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026 gồm các nội dung trọng tâm:": a round's
# number, its days, what it holds announced.
_ROUND = re.compile(
    r"^dot (?:\d{1,2}|[ivx]{1,4}|mot|hai|ba|bon|nam)\s*[:.\-–]\s*(?P<time>tu ngay [^:]+?)"
    r"(?:\s*,?\s*(?:gom|bao gom)(?: cac| nhung)? (?:noi dung|nhiem vu|cong viec|hoat dong)"
    r"(?: trong tam| chu yeu| chinh| sau| nhu sau)*)?\s*:$"
)
# "Thực hiện Văn bản số 7569/UBND-KT ngày … của UBND tỉnh về việc …, trong đó giao Sở
# Công Thương chủ trì …, báo cáo UBND tỉnh trước ngày 30/7/2026.": the paragraph cites
# what the letter carries out and the work that paper gave (its sender's, the date its);
# the letter's own request ("… đề nghị …", "… như sau:") is elsewhere.
_CITED_WORK = re.compile(
    r"^thuc hien (?:[^.;:]{0,80}? tai )?(?:van ban|cong van|ke hoach|quyet dinh|chi thi"
    r"|thong bao|cong dien|nghi quyet|ket luan)\b[^:]*?,? trong do,? (?:giao|yeu cau)\b"
    r"(?![^:]*\b(?:de nghi|yeu cau|giao)\b)[^:]*\.$"
)


def _deadline_of(duty: dict[str, Any]) -> date | None:
    for text in duty.get("windows") or []:
        w = parse_window(text)
        if w.kind is WindowKind.DEADLINE and w.end is not None:
            return w.end
    return None


# --------------------------------------------------------------------------- what is not a duty

_PURPOSES = re.compile(r"\b(?:muc dich|muc tieu|yeu cau|quan diem)\b")
# "- Chỉ tiêu kinh tế kỹ thuật:" over "+" lines: indicators, each a level to reach by a
# year ("… vào năm 2020"), the year its horizon; a target like an objective, no task.
# So "4. Định hướng phát triển nhà ở đến năm 2020:" over the approved programme's bullets:
# the direction it sets, as its objectives are (its tasks are under "Nhiệm vụ", "Giải pháp").
_AIMS = re.compile(r"(?:muc tieu|muc dich|quan diem|tam nhin|(?:cac )?chi tieu|dinh huong)\b")
# "3. Định hướng triển khai thực hiện Nghị quyết trong thời gian tới" in a conclusion:
# how the work goes on, its bullets tasks ("Tập trung hoàn thiện thể chế …"), no target.
# So is "1- Định hướng phát triển hạ tầng giao thông" with no horizon year: what to build
# ("ưu tiên đầu tư nâng cấp …"); one to a year ("… đến năm 2020:") sets targets.
_DIRECTS_WORK = re.compile(
    r"dinh huong (?:trien khai|thuc hien|to chuc thuc hien)\b"
    r"|dinh huong phat trien (?!.*\bnam \d{4})[^:]*$"
)
_FUNDING = re.compile(r"\bkinh phi\b")
# "Giai đoạn đến năm 2030" and nothing else: a phase of the plan, by its last year.
_PHASE_TO = re.compile(r"^\s*giai doan (?:tu nay )?den (?:het )?nam (?P<year>20\d\d)\s*:?\s*$")
# A section that sets out the plan's phases or its tasks.
_PHASES_OF_WORK = re.compile(r"\b(?:giai doan thuc hien|lo trinh thuc hien|nhiem vu)\b")
# A lead-in that lists work to do: "… thực hiện các hoạt động sau:", "… các nhiệm vụ sau:".
_WORK_INTRO = re.compile(r"\b(?:hoat dong|nhiem vu|cong viec|noi dung) (?:sau|nhu sau)\s*:?$")
# A heading over an assessment: results reached, shortcomings, their causes, lessons.
_ASSESSMENT = re.compile(
    r"^(?:(?:nhung |mot so )?ket qua (?:noi bat|dat duoc|chu yeu)"
    # "Hạn chế, bất cập", "Tồn tại và nguyên nhân"; never "Hạn chế tối đa …" (to limit).
    r"|(?:nhung |mot so )?(?:han che|ton tai|bat cap|yeu kem)"
    r"(?:(?:,? (?:va )?(?:han che|ton tai|bat cap|yeu kem|kho khan|vuong mac))+"
    r"(?: can luu y| va nguyen nhan)?| can luu y| va nguyen nhan)"
    r"|nguyen nhan|bai hoc kinh nghiem)\b"
)
# A lead-in's subject, then "cần" (need) or "phải" (must) into the work listed after it
# (not "cần có", "cần thiết": what is needed, no one's act).
# "Giám đốc BHXH cấp tỉnh tiếp tục tập trung rà soát …, cụ thể giải pháp cho từng nhóm
# như sau:": to keep on, to focus on, as binding as "cần" before the points. So a
# telegram's "Chủ tịch UBND các quận, huyện, thị xã tập trung chỉ đạo, triển khai … các
# nội dung sau:" with no "tiếp tục": whom it names focus on the points.
_NEEDS_AFTER = re.compile(
    r"\s*(?:cũng\s+)?(?:cần|phải|(?:tiếp tục )?tập trung|khẩn trương)\s+(?!có\b|thiết\b|được\b)"
)
# "… tập trung vào một số nhiệm vụ trọng tâm sau:": a lead-in announcing the work listed.
_FOCUS_LIST_END = re.compile(
    r"\b(?:nhiem vu|noi dung|giai phap|cong viec)\b[^.;:]{0,30}\bsau(?: day)?\s*:$"
)
# The subject's verb of focus, after its remit ("theo chức năng, nhiệm vụ được giao,"):
# "… chú trọng lồng ghép …", "… tập trung vào …", "… cần …".
_FOCUS_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:theo|can cu|tuy theo) chuc nang,? nhiem vu(?: duoc giao)?,?\s+)?"
    r"(?:chu trong|tap trung|can|phai|khan truong|tiep tuc)\b"
)
# "… toàn Ngành cần tập trung …", "… toàn ngành Thuế cần …": the whole sector (every
# office of a ministry's line), named by its sector's word in a lead-in.
_WHOLE_SECTOR = re.compile(r"toàn\s+[Nn]gành(?:\s+[A-ZĐÀ-Ỹ][^\s,;:]*)*")
# "… cần cụ thể hóa và tổ chức triển khai …": to put a programme's tasks in one's own plan.
_CONCRETISE = re.compile(r"\bcu the hoa\b")
# A sentence's end within a paragraph: a stop, then a capital.
_SENTENCE_BREAK = re.compile(r"(?<=[a-zà-ỹđ0-9)%])\.\s+(?=[A-ZĐÀ-Ỹ])")
# ", tỉnh Đắk Lắk cần tiếp tục …": a place named by its kind and its name, then "cần".
_PLACE_NEEDS = re.compile(
    r"(?:^|[,;]\s+)(?P<p>(?:[Tt]ỉnh|[Tt]hành phố|[Xx]ã|[Pp]hường)(?:\s+[A-ZĐÀ-Ỹ][^\s,.;:]*){1,4})"
    r"\s+cần\s+(?!có\b|thiết\b|được\b)"
)
# "I. ĐÁNH GIÁ CHUNG", "Đánh giá tình hình": a section that assesses, over paragraphs.
_ASSESSMENT_TITLE = re.compile(r"^\**danh gia (?:chung|tinh hinh|ket qua)\b")
_AHEAD = re.compile(r"^(?:trong )?thoi gian toi\b")


def _bulleted_assessment(node: _Node) -> bool:
    """Whether an assessment's body is a past-tense paragraph and unnumbered bullets.

    "1. Đánh giá tình hình thực hiện nhiệm vụ …:" then "Trong tháng 9 …, ngành Thuế đã
    quyết liệt triển khai … như:" and "- Tổng thu … ước đạt …" bullets: results told, no
    task, however the bullets nest.
    """
    first = node.children[0]
    return (
        first.kind == "para"
        and bool(_DONE_TOLD.search(fold(first.text)))
        and all(c.kind in ("para", "dash", "plus") for c in node.children)
        and not any(_AHEAD.match(fold(t)) for t in _texts(node))
    )


# "… đã quyết liệt triển khai …", "… đã đạt được …": a sentence telling what was done.
_DONE_TOLD = re.compile(r"\bda (?:\w+ ){0,2}(?:trien khai|thuc hien|dat duoc|hoan thanh)\b")
# "X cần …" (X needs to): a direction, even among what fell short. X may be a body, or a
# place named in capitals ("Tỉnh Thanh Hóa").
_NAMED_RUN = re.compile(r"(?:[A-ZĐÀ-Ỹ][^\s,.;:]*\s+){2,6}?(?=cần\s)")
_NEEDS = re.compile(r"\s*(?:van |tiep tuc )?can\s+(?!co\b|thiet\b|duoc\b)")
_NOT_DUTY: list[tuple[str, re.Pattern[str]]] = [
    (
        "procedure",
        re.compile(r"^trong qua trinh\b.{0,200}\b(?:neu|khi) (?:co|thay|phat sinh)\b"),
    ),
    ("funding", re.compile(r"^kinh phi\b.{0,200}\b(?:duoc bo tri|tu nguon|thuc hien theo)\b")),
    # "Nhu cầu vốn đầu tư … dự kiến khoảng 121.732 tỷ đồng …", "- Ngân sách trung ương: để
    # thực hiện …, chiếm khoảng 75%-80% …": the money needed and its shares, no task.
    (
        "funding",
        re.compile(
            r"^(?:(?:trong do, )?(?:nhu cau|ty le) von\b|ngan sach (?:trung uong|dia phuong)\s*:"
            r"|von ngoai ngan sach\b).{0,300}?(?:\d\s*(?:ty|trieu) dong|\d\s*%)"
        ),
    ),
    # "Tìm hiểu từ ban quản lý dự án, kinh phí đầu tư hoàn chỉnh hầm X khoảng hơn 265 tỷ
    # đồng.": what the work costs, as a report learnt it; no task.
    (
        "funding",
        re.compile(
            r"^(?:[^.;,]{0,60},\s*)?kinh phi\b[^.;]{0,120}?\b(?:khoang|hon|la|du kien)\s"
            r"[^.;]{0,20}?\d[\d.,]*\s*(?:ty|trieu|nghin) dong\W*(?:$|\.)"
        ),
    ),
    ("encouragement", re.compile(r"^khuyen khich\b")),
    # "(Kèm theo Công văn số … của Bộ …)" alone: an appendix's note of what it goes with.
    ("attachment_note", re.compile(r"^\(\s*kem theo\b[^()]*\)\s*$")),
    # "Hạn chế, bất cập cần lưu ý …": a heading run on into what fell short.
    ("assessment", _ASSESSMENT),
    ("suspension", re.compile(r"^tam (?:dung|hoan)\b")),
    # "Đồng ý với chủ trương …", "Ghi nhận …": the decision or assessment, no task.
    # "Đồng tình với nhận định của các thành viên …, Phó Thủ tướng đặt ra mục tiêu …": the
    # same agreement in another word.
    # "Đồng ý Bộ X tổ chức Hội nghị … từ ngày …": the body allowed to act is given the work.
    (
        "approval",
        re.compile(
            r"^(?:dong y(?! (?:bo|uy ban|ubnd|so|tong cuc|cuc|tap doan|tong cong ty)\s)"
            r"|tan thanh|nhat tri|dong tinh|ghi nhan|danh gia cao)\b"
        ),
    ),
    ("target", re.compile(r"^(?:phan dau )?den nam \d{4}\b.{0,200}(?:%|\bdat\b)")),
    # "… các ngành, các cấp phải thực hiện cho được mục tiêu kéo giảm … từ 5-10%": a level
    # to reach at any cost ("cho được", "bằng được"), the period its horizon; no task.
    ("target", re.compile(r"\b(?:thuc hien|dat) (?:cho duoc|bang duoc) (?:cac )?muc tieu\b")),
    # "Ban Chỉ đạo … thành lập trong Quý III/2017 và tự giải thể sau khi hoàn thành nhiệm
    # vụ": a temporary body's lifetime, the clause that defines it; no one is asked.
    ("lifetime", re.compile(r"\bthanh lap\b.{0,80}\btu giai the\b")),
    # "Nghị quyết này có hiệu lực … và được thực hiện đến hết ngày 31/7/2027", "… hết
    # hiệu lực kể từ ngày …": the document's own period of validity, no task (and its end
    # is no duty's deadline).
    (
        "validity",
        re.compile(
            r"^(?:nghi quyet|quyet dinh|ke hoach|chi thi|nghi dinh|thong tu|chuong trinh"
            r"|ket luan|luat|phap lenh) nay (?:co hieu luc|het hieu luc|duoc thuc hien|ap dung)\b"
        ),
    ),
    # "Trường hợp luật, nghị định … có quy định … có hiệu lực trong khoảng thời gian từ …
    # đến hết ngày 28 tháng 02 năm 2027 thì các quy định tương ứng trong Nghị quyết này hết
    # hiệu lực …": when the text's own rules lapse, a rule of law; no one is asked, and the
    # window's end is no duty's deadline.
    (
        "validity",
        re.compile(
            r"^truong hop\b.{0,600}?\bthi\b[^.;]{0,120}\b(?:nghi quyet|quyet dinh|nghi dinh"
            r"|thong tu|luat|phap lenh) nay (?:het hieu luc|khong (?:con )?(?:ap dung|hieu luc))\b"
        ),
    ),
    # "Trường hợp Luật, Nghị quyết của Quốc hội … có hiệu lực thi hành trước ngày 01 tháng 3
    # năm 2027 có quy định khác thì thực hiện theo quy định của Luật …": which text wins a
    # conflict, a rule of law; the date is another text's taking effect, no deadline.
    (
        "validity",
        re.compile(
            r"^truong hop\b.{0,600}?\bco quy dinh khac\b[^.;]{0,40}\bthi (?:ap dung|thuc hien)"
            r" theo (?:quy dinh (?:cua|tai) )?(?:cac )?(?:luat|nghi quyet|phap lenh|nghi dinh"
            r"|van ban)\b"
        ),
    ),
    # "Bộ trưởng, …, Chủ tịch Ủy ban nhân dân các tỉnh … chịu trách nhiệm thi hành Quyết
    # định này./.": who executes the text, as a numbered point of its last article.
    (
        "execution",
        re.compile(
            # Only the text's first sentence: "Phân công Phó Thủ tướng … chỉ đạo …. Bộ trưởng
            # …, chịu trách nhiệm thi hành Nghị quyết này./." (a copy that ran the last
            # article's paragraphs together) gives work before it.
            r"^(?:(?!(?<=\w\w\w)\.\s).)*?\bchiu trach nhiem thi hanh (?:quyet dinh|nghi quyet"
            r"|chi thi|nghi dinh|thong tu) nay\W*$"
        ),
    ),
    # A notice's closing line: "Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên
    # quan biết, thực hiện./." tells who receives it, and asks nothing new.
    # "Văn phòng Chính phủ trân trọng thông báo./.": the same, in its shortest form.
    (
        "closing",
        re.compile(
            # "… biết, thực hiện./." closes it; "Kịp thời thông báo cho các doanh nghiệp
            # … biết chủ trương … và tư vấn …" is a task that goes on.
            r"^.{0,60}\bthong bao (?:de|cho|toi) .{0,160}\bbiet\b.{0,50}$"
            r"|^.{0,60}\b(?:tran trong |xin )thong bao\W*$"
        ),
    ),
    # A plan's closing line: "Trên đây là Kế hoạch …", "Trên đây là Chỉ thị về …" names
    # the text it ends; what it asks was assigned above.
    # A Q&A page's: "Trên đây là "Công điện 136 …"", naming the dispatch it retold.
    (
        "plan_closing",
        re.compile(
            r"^tren day la\W*(?:ke hoach|chi thi|chuong trinh|cong dien|cong van|nghi quyet"
            r"|thong bao|quyet dinh|ket luan|van ban)\b|^tren day la\s*[\"“]"
        ),
    ),
    # A Q&A page's own question between the parts it quotes ("Nội dung yêu cầu Tập đoàn …
    # thực hiện theo Công điện 136 ra sao?"): it asks, it gives no work.
    ("question", re.compile(r"^[^.;:]{10,300}\?[\s*_]*$")),
    # A count or a sum after its label: "Số lượng: 5.000 cuốn.", "Thuê dịch vụ tin nhắn:
    # 50.000.000 đồng/năm.", "Ban bầu cử …: 01 cá nhân/01 ban;": data, no task. So a
    # budget's phasing by year, the currency sign glued on ("- Năm 2010: 15.380.000.000đ"):
    # the year labels a sum, it is no duty's time.
    (
        "quantity",
        re.compile(
            r"^[^:;]{3,90}:\s*(?:khong qua |toi da |khoang |du kien (?:khoang )?)?"
            r"\d[\d.,]*(?:\s+|d\b)[^:;.\d]{0,40}(?:[/x×]\s*\d*\s*[^:;.\d]{0,30}){0,3}[;.]?\s*$"
        ),
    ),
    # An article's picture caption: "*Quốc hội sẽ họp … (Hình từ Internet)*", "… (Ảnh: …)",
    # or with the credit as its last sentence ("… trước ngày 31/12/2020. Ảnh: Internet."):
    # it repeats the text under the picture, never assigns.
    ("caption", re.compile(r"\((?:hinh|anh)(?: minh hoa)?(?: tu internet| ?:[^()]{0,60})?\)\W*$")),
    ("caption", re.compile(r"(?:^|[.!?…]\s+)(?:hinh|anh)(?: minh hoa)?\s*:\s*[^:;]{1,40}$")),
    # A page's picture in markdown, "![alt](address)": its alt text is the title again.
    ("caption", re.compile(r"^!\[[^\]]*\]\([^)]*\)\W*$")),
    # "2. Thời gian kiểm tra: Ngày 31 tháng 03 năm 2026 (thứ Ba)" in an inspection's or a
    # meeting's list of particulars (stage, time, place, who attends): the day the event
    # is held, a field of the notice with nothing in it to do; the tasks, if any, are in
    # its other items. Only a bare date (an hour, a weekday) after the label counts.
    (
        "schedule",
        re.compile(
            # Never a delivery's time ("Thời gian hoàn thành: …"): a field of its duty.
            r"^thoi gian(?! (?:hoan thanh|thuc hien|trien khai|nop|gui|trinh|bao cao)\b)"
            r"(?: [^\s:;,.]+){0,3}\s*:\s*(?:(?:(?:vao )?(?:luc )?\d{1,2}\s*(?:h|gio)\s*\d{0,2}"
            r"(?: phut)?,?\s*)?(?:vao )?(?:(?:thu \w+|chu nhat),?\s*)?ngay \d{1,2}"
            r"(?: thang |/|-)\d{1,2}(?: nam |/|-)\d{4}(?:\s*\([^()]{0,20}\))?"
            # "- Thời gian kiểm tra: Tháng 10, 11 năm 2025.", "Thời gian kiểm tra: Quý
            # III/2018": the months an inspection is held in, as bare.
            r"|(?:trong )?(?:thang \d{1,2}(?:\s*(?:,|va|-)\s*\d{1,2})*|quy [ivx\d]{1,4})"
            r"(?: nam |/)\d{4})\W*$"
        ),
    ),
    # An article's summing up of what it quoted: "Như vậy, Quốc hội sẽ họp … vào tháng 2/2025".
    ("commentary", re.compile(r"^nhu vay,")),
    # "Theo Chương trình, Quốc hội sẽ khai mạc kỳ họp bất thường … vào ngày 12 tháng 02
    # năm 2025.": when a session opens or closes as already scheduled, no task.
    (
        "session",
        re.compile(
            r"^(?:theo (?:chuong trinh|lich|ke hoach)\b[^,;.]{0,80},\s*)?"
            r"(?:quoc hoi|hoi dong nhan dan\b[^,;.]{0,40}|ky hop\b[^,;.]{0,60})"
            r" se (?:khai mac|be mac|hop|dien ra)\b"
        ),
    ),
    (
        "pointer",
        re.compile(
            # "(Chi tiết Danh mục nhiệm vụ tại Phụ lục kèm theo)": in brackets, the same.
            # "Dự kiến nội dung và thời gian tổ chức các phiên họp … tại Phụ lục kèm theo …".
            r"^\(?\s*(?:cac |chi tiet |danh muc |cu the |du kien )*"
            r"(?:(?:nhiem vu|noi dung)\b.{0,120}?\b)?"
            r"(?:tai|theo|o) (?:cac )?phu luc\b"
        ),
    ),
]
# "… giám sát quá trình thực hiện Nghị quyết.": the supervision formula closing a
# council's resolution, the oversight its members hold anyway, no task.
_OVERSEES_ONLY = re.compile(
    r"\bgiam sat (?:qua trinh |viec )?(?:trien khai )?(?:to chuc )?thuc hien nghi quyet"
    r"(?: nay)?\W*$"
)
_ARTICLE_BOILERPLATE = re.compile(
    r"\b(?:ban hanh(?: kem theo| ke hoach| chuong trinh| de an| quy che)|phe duyet|co hieu luc"
    r"|chiu trach nhiem thi hanh|thay the|bai bo|ke tu ngay ky)\b"
)
# An amending decision's formula before the new wording of a clause it amends.
_AMENDS_AS = re.compile(
    r"^(?:Sửa đổi, bổ sung|Sửa đổi|Bổ sung)\s[^:]{0,120}?\bnhư sau\s*:\s*(?=[“\"]?[A-ZĐÀ-Ỹ])"
)
# The decision's own validity and execution formula (never work of its own).
_VALIDITY_OR_EXECUTION = re.compile(
    r"\b(?:co hieu luc|chiu trach nhiem thi hanh|thi hanh (?:quyet dinh|nghi quyet) nay"
    r"|ke tu ngay ky)\b|^(?:ban hanh kem theo|phe duyet|bai bo|thay the)\b"
)
# The articles of a normative text that say what the rule is, not who does what: its
# scope, principles, terms, who qualifies and on what conditions, amounts, the files and
# the step-by-step procedure of an application ("Điều 1. Phạm vi áp dụng", "Điều 4. Đối
# tượng và điều kiện hỗ trợ", "Điều 7. Trình tự, thủ tục thực hiện"). Work is assigned in
# the articles on responsibilities and implementation.
_ARTICLE_NORMATIVE = re.compile(
    r"^(?:pham vi (?:dieu chinh|ap dung)|doi tuong (?:ap dung|va dieu kien|duoc)"
    r"|dieu kien (?:huong|duoc|ho tro|ap dung)|nguyen tac|giai thich tu ngu"
    r"|muc(?:,)? (?:ho tro|chi|thu|huong|thoi gian)|ho so\b|trinh tu|thu tuc\b)"
)


# The state bodies a procedure's steps pass a case through: people's committees, ministries
# and their departments, commands, police, offices (never "doanh nghiệp", "người …", the
# applicant's side).
_AUTHORITY = re.compile(
    r"^(?:uy ban nhan dan|ubnd|bo(?! phan)|so|phong|ban chi huy|bo chi huy|bo tu lenh|cong an"
    r"|cuc|tong cuc|chi cuc|co quan (?:bao hiem xa hoi|thue|hai quan)|bao hiem xa hoi"
    r"|kho bac|thanh tra|van phong)\b"
)


def _rule_point(text: str) -> bool:
    """Whether a point's text is only a title naming the rule's content.

    "Đối tượng áp dụng", "Mức hỗ trợ": a few words, no sentence.
    """
    f = fold(text.strip())
    # "Trình tự thực hiện", "Thủ tục …" over a plan's points are its steps: work, unlike an
    # article of that name in a regulation.
    if f.startswith(("trinh tu", "thu tuc")):
        return False
    return len(f.split()) <= 6 and not f.endswith((".", ";")) and bool(_ARTICLE_NORMATIVE.match(f))


# A section title naming only whom, where and when a plan covers ("Đối tượng, phạm vi và
# thời gian thực hiện", "Phạm vi, đối tượng"); never a campaign's "thời gian thi đua".
_SCOPE_WORD = r"(?:doi tuong|pham vi|dia ban|thoi gian)"
# "V. KHẨU HIỆU TUYÊN TRUYỀN": the words to be displayed, each a line ending in "!".
_SLOGANS_TITLE = re.compile(r"^(?:(?:cac|mot so) )?khau hieu\b")
_SCOPE_TITLE = re.compile(
    rf"^{_SCOPE_WORD}(?:(?:,| va|, va) {_SCOPE_WORD})*(?: (?:thuc hien|ap dung))?$"
)
# A section reporting a period's results ("II. Về kết quả công tác năm 2009", "Kết quả
# công tác năm qua"): what was done then, however its items nest; no task, its years
# history. The period named is what makes it a report, not a heading over results to reach.
# "A. Thực hiện nhiệm vụ công tác tháng 02 năm 2010" before "B. Nhiệm vụ công tác trọng
# tâm tháng 3 năm 2010": a report's part on the work done, then the plan for what follows.
_DONE_PART = re.compile(r"^(?:tinh hinh |ket qua )?thuc hien\b")
_PERIOD = re.compile(r"\bthang (?P<m>\d{1,2})\b(?:\s*(?:nam|/)\s*(?P<y>\d{4}))?")


def _reported_period(node: _Node) -> bool:
    """Whether a part tells how a month's work went, a later part the next month's plan.

    Both titles name a month; the first says the work was carried out ("Thực hiện …",
    "Tình hình thực hiện …"), the later one does not: the first is a report, no task.
    """
    f = fold(node.text)
    here = _PERIOD.search(f)
    if node.kind != "part" or node.parent is None or not _DONE_PART.match(f) or here is None:
        return False
    siblings = node.parent.children
    for later in siblings[siblings.index(node) + 1 :]:
        g = fold(later.text)
        there = _PERIOD.search(g)
        if later.kind != "part" or there is None or _DONE_PART.match(g):
            continue
        year, then = here["y"] or there["y"], there["y"] or here["y"]
        if (year, int(here["m"])) < (then, int(there["m"])):
            return True
    return False


_RESULTS_TITLE = re.compile(
    r"^(?:ve )?ket qua cong tac (?:cua [^,;:]{1,40} )?(?:nam \d{4}|nam qua|\d+ thang|thang \d"
    r"|quy [ivx\d])"
    # A submission's "2. Kết quả rà soát và đề xuất", "a) Kết quả thực hiện Công văn số …":
    # what the review found, as the body reports it to the one it submits to; and "b) Ý
    # kiến đề xuất của Sở …": what it proposes, for that one to decide; the decision asked
    # for, if any, is in its own section ("… tham mưu … các nội dung sau:").
    # A title, never a sentence ("1. Kết quả thực hiện Quy chế này là một tiêu chí …").
    r"|^(?:ket qua (?:ra soat|thuc hien)|y kien de xuat)\b[^.;:]{0,80}$"
)
# An owners' lead-in that ends with when the work is done, then lists it:
# "…, hoàn thành trong tháng 11 năm 2025, cụ thể:".
_LEAD_IN_DONE = re.compile(
    r",\s*(?P<t>hoàn thành (?:trong|trước|chậm nhất)[^,;:]{1,60}?),?\s*(?:cụ thể|như sau)\s*:$",
    re.IGNORECASE,
)
# A lead-in whose last clause closes on the date its action is due by, then lists the
# action's parts: "… yêu cầu các địa phương khẩn trương giải quyết dứt điểm các tồn tại
# trước ngày 10 tháng 6 năm 2025, cụ thể:" then "- Tỉnh A: …", "- Tỉnh B: …". Only a
# "trước"/"chậm nhất" end names a deadline there; "vào tháng 2/2025, cụ thể:" (when an
# event is held) and "đến ngày …" (a count to a date) do not.
_LEAD_IN_DUE = re.compile(
    r"(?:^|[\s,])(?P<t>(?:(?:hoàn thành|xong)\s+)?(?:trước|chậm nhất)\s[^,;:()]{1,40}?)"
    r",?\s*(?:cụ thể|như sau)\s*:$",
    re.IGNORECASE,
)
# A day, month or quarter, not a year alone ("trước năm 2030" is as often a horizon).
_CALENDAR = re.compile(r"\b(?:ngay|thang|quy)\b|\d/\d")
# A clause telling what was already done: its date is history, not the points' deadline.
_DONE_ALREADY = re.compile(r"(?:^|\s)(?:đã|vừa)\s", re.IGNORECASE)
_ROLE_MARK = re.compile(r"\(\s*(chủ trì|chu tri|phối hợp|phoi hop)\s*\)", re.IGNORECASE)
_FOOTNOTE = re.compile(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\]|\(\d{1,3}\)\s)")
# What an owner's item may close with when nothing but the points after it is the work
# ("Sở X chủ trì, phối hợp thực hiện", folded tail after the subject).
_BARE_DOING = re.compile(r"\s*(?:trien khai )?thuc hien(?: cac (?:nhiem vu|noi dung) sau)?\s*")
_INTRO = re.compile(
    r"(?:nhu sau|sau day|cac nhiem vu sau|nhiem vu sau|noi dung sau|gom)\s*:?$"
    # "… Tập đoàn yêu cầu các đơn vị triển khai thực hiện:" with its colon: the verb's
    # object is the list after it, a lead-in into the points that follow.
    r"|(?:trien khai|to chuc) thuc hien\s*:$"
)


# Words a duty's sentence opens with when it is an action (folded): a verb, perhaps after
# an adverb of manner ("Khẩn trương, quyết liệt tổ chức …", "Tiếp tục hoàn thiện …").
_ACTION_VERBS = (
    "nghien cuu|xay dung|ban hanh|ra soat|tong ket|so ket|trinh|thuc hien|nang cao|hoan thien"
    "|to chuc|trien khai|day manh|day nhanh|tang cuong|bo tri|uu tien|bieu duong|nhan rong"
    "|xu ly|quan tam|chi dao|lanh dao|huong dan|kiem tra|thanh tra|giam sat|phat huy|huy dong"
    "|van dong|sua doi|bo sung|cai cach|chu trong|phoi hop|chu tri|tham gia|dam bao|bao dam"
    "|xac dinh|kien toan|doi moi|phat trien|bao cao|tham muu|cung cap|phat dong|thuc day"
    "|don doc|theo doi|danh gia|long ghep|quan triet|tuyen truyen|pho bien|lua chon|duy tri"
    "|mo rong|cap nhat|ho tro|giai quyet|hoan thanh|thao go|don gian hoa|thi diem|ung dung"
    "|so hoa|chuyen doi|rut ngan|cat giam|sap xep|kiem soat|ngan chan|phong ngua|dau tu"
    "|thu hut|khai thac|quan ly|thong ke|dieu tra|khao sat|phan cong|ky ket|tiep nhan"
    "|boi duong|dao tao|tap huan|tu van|cham lo|cham soc|tu bo|ton tao|xet duyet|tham dinh"
    "|phe duyet|cong bo|cong khai|tiep thu|chinh ly|du thao|soan thao|lap|thanh lap|de xuat"
    "|tong hop|nam bat|thong tin|ra quyet dinh|kiem diem|khen thuong|xay dung va|tiep tuc"
    "|khan truong|quyet liet|chu dong|tich cuc|tap trung|kip thoi|sua doi, bo sung|thuc thi"
    "|tuan thu|giu vung|bao ve|phat hien|khac phuc|tiep can|ket noi|chia se|dinh huong"
    "|tich hop|cung co|cai thien|nang cap|bien soan|xuat ban|tao|xoa|gan|cap|chi tra|cho vay"
    "|tro giup|nang muc|dieu chinh|ap dung|dua|bo nhiem|luan chuyen|sap nhap|hop nhat"
    "|giai the|quy dinh|van hanh|tinh gian|hoan chinh|thanh tra|kiem tra|ra soat"
    "|chuan bi|gioi thieu|hop tac|khoi cong|mua sam|keo dai|thiet lap"
    # "+ Họp với đại diện gia đình để thống nhất …": a meeting held is an action.
    "|hop voi|hop giao ban|hop bao"
)
# Verbs made with "hóa" ("hiện đại hóa", "chuẩn hóa", "xã hội hóa") are actions too.
_ACTION = re.compile(rf"^(?:(?:{_ACTION_VERBS})\b|(?:[a-z]+\s){{1,2}}hoa\b)")
# "- Kiến trúc cơ sở dữ liệu được theo dõi, đánh giá và cập nhật thường xuyên.": the work
# said in the passive, its object first, is an action all the same.
_PASSIVE_ACTION = re.compile(rf"^[^,;:()]{{3,90}}? duoc (?:{_ACTION_VERBS})\b")
# A lead-in that announces a list of separate actions.
_LIST_INTRO = re.compile(r"\b(?:cu the|nhu sau|sau day|sau|gom cac nhiem vu(?: sau)?)$")
# A lead-in whose sentence its bullets complete: a connector or a verb waiting for its
# object ("để:", "nhằm:", "gồm:", "về:", "… ban hành:").
_OPEN_END = re.compile(
    r"\b(?:de|nham|gom|bao gom|ve|nhu|theo huong|trong do|doi voi|voi cac noi dung(?: chu yeu"
    r"| chinh)?|voi noi dung|ban hanh|sua doi|bo sung|quy dinh|trinh|xay dung|hoan thien)$"
)


# Times set aside that a person should look at: the draft marks the duty for review.
_REVIEWED = frozenset(
    {"span.unqualified", "span.unreadable", "span.anchor", "span.past", "span.target"}
)


def _labelled(point: _Node) -> bool:
    """Whether a point is a label and the one line of text it names.

    "- Dự án 7 (Tiểu dự án 2):" then "Nâng cao hiệu quả …" on the next line: one point.
    """
    only = point.children[0] if len(point.children) == 1 else None
    return (
        point.text.endswith(":") and only is not None and only.kind == "para" and not only.children
    )


# "Chậm nhất là ngày 08 tháng 02 năm 2026, việc xác minh và trả lời … phải được tiến hành
# xong.": a closing date for the work ("việc …") of the items above, with no one's name.
_CLOSING_RULE = re.compile(
    r"^(?P<when>(?:chậm nhất|hạn chót|trước)\b[^,;:]{4,60}?)\s*,\s*(?:thì\s+)?(?:việc|các việc"
    r"|công tác)\s[^;:]{3,200}?\b(?:phải|cần)\s+(?:được\s+)?(?:tiến hành\s+|thực hiện\s+)?"
    r"(?:xong|hoàn thành|hoàn tất|kết thúc)\s*[.;]?$",
    re.IGNORECASE,
)
# "…, báo cáo Chủ tịch UBND tỉnh. Báo cáo bao gồm các nội dung sau:": after the task's own
# full stop, the document it makes and what that document holds (its points are contents),
# in the item's text or on a line of its own after it.
_CONTENTS_CORE = (
    r"(?:nội dung )?(?:báo cáo|kế hoạch|tờ trình|đề án|văn bản|dự thảo)\b[^.;:]{0,40}?"
    r"\s(?:phải\s+)?(?:bao gồm|gồm|có)\s+(?:các|những)\s+nội dung"
    r"(?:\s+(?:chủ yếu|chính|cơ bản))?(?:\s+(?:sau|như sau)(?:\s+đây)?)\s*:$"
)
_CONTENTS_OF = re.compile(r"[.;]\s+" + _CONTENTS_CORE, re.IGNORECASE)
_CONTENTS_LINE = re.compile(r"^" + _CONTENTS_CORE, re.IGNORECASE)
# A meeting named as the work ("Họp Thường trực Ban Chỉ đạo …:", "Tổ chức hội nghị sơ kết
# …:", "Phiên họp thường kỳ …:"), and what a meeting does with its agenda's items.
_MEETING_LEAD = re.compile(r"^(?:to chuc |trieu tap )?(?:hop|cuoc hop|phien hop|hoi nghi)\b")
_AGENDA_ITEM = re.compile(
    r"^(?:nghe|thong qua|cho y kien|gop y|thao luan|xem xet(?: va)?(?: cho y kien| thong qua)?"
    r"|danh gia|quyet dinh|bieu quyet)\b"
)


def _point_text(point: _Node) -> str:
    """A point's text, with the line a label names."""
    if point.children and _labelled(point):
        return f"{point.text} {point.children[0].text}"
    return point.text


def _described_collective(text: str, registry: Registry) -> bool:
    """Whether a text is a collective ("các tổ chức, doanh nghiệp …") and what it does.

    After "Trách nhiệm của", a phrase opening on "các"/"những" and a kind of body is whose
    duties follow, its description (line of work, field) all part of the name; a full
    stop or a colon inside would make it a sentence.
    """
    t = text.strip()
    return (
        re.match(r"(?:các|những)\s", t) is not None
        and starts_body(t, _aligned_text(t), 0, registry)
        and not re.search(r"[.;:]", t)
        and len(t.split()) <= _POST_IN_CHARGE_WORDS
    )


# A team named by its kind, then the work it was set up for, in lower case: "Tổ tiếp
# công dân, xử lý khiếu nại, tố cáo …", "Đoàn kiểm tra liên ngành". Its work's verbs
# would end a body's name; after "Nhiệm vụ của" the whole phrase is whose the duties are.
_TEAM_BY_WORK = re.compile(r"(?:Tổ|Đoàn|Nhóm|Tiểu ban|Hội đồng)\s+[a-zà-ỹđ]")


def _team_by_work(text: str) -> bool:
    """Whether a text is a team's name by its kind and its work (see ``_TEAM_BY_WORK``)."""
    t = text.strip()
    return (
        _TEAM_BY_WORK.match(t) is not None
        and not re.search(r"[.;:]", t)
        and len(t.split()) <= _POST_IN_CHARGE_WORDS
    )


def _party(text: str) -> bool:
    """Whether a text is a party a rule addresses, named by a short common noun phrase.

    "Người sử dụng lao động", "Chủ đầu tư": a capital, then lower-case words only.
    """
    words = text.split()
    return (
        2 <= len(words) <= 6
        and words[0][0].isupper()
        and all(w.isalpha() for w in words)
        and all(w[0].islower() for w in words[1:])
    )


_PARTY_LISTED_WORDS = 10


def _party_listed(text: str) -> bool:
    """Whether a text is parties named in a row by common nouns, before "có trách nhiệm".

    "Tổ chức, cá nhân khai thác khoáng sản": a capital, then lower-case words, commas
    between the parties; longer than one party's name, as the lead-in says who is bound.
    """
    words = text.split()
    return (
        2 <= len(words) <= _PARTY_LISTED_WORDS
        and any(w.endswith(",") for w in words[:-1])
        and words[0][0].isupper()
        and all(w.rstrip(",").isalpha() for w in words)
        and all(w[0].islower() for w in words[1:])
    )


_RESTATED_CHARS = 40  # a bullet's opening words, folded, that tell it restated


def _restated_key(text: str) -> str:
    """A bullet's opening words, folded, without its bold marks and punctuation."""
    words = re.sub(r"[^\w\s]", " ", fold(text.replace("*", ""))).split()
    return " ".join(words[:12])


def _owns(got: Any) -> bool:
    """Whether a sentence's subject names an owner (lead or responsible)."""
    return got is not None and bool(got.leads or got.responsible)


# Words that give work to someone, as the text writes them (unfolded: "giao" is not
# "giáo", "cần" not "cán"); "giao thông", "Ban Chỉ đạo" are names, not requests.
_DIRECTIVE = re.compile(
    r"(?<!\w)(?:giao(?! thông| dịch| lưu| thương| nhận| kết)|yêu cầu|đề nghị"
    # "… để có ý kiến chỉ đạo": the guidance sought, a noun, no order given.
    r"|(?<!ban )(?<!ý kiến )chỉ đạo"
    r"|phải|cần|chủ trì|khẩn trương|tập trung|có trách nhiệm|chịu trách nhiệm|phân công"
    r"|nhiệm vụ|trân trọng đề nghị|kính đề nghị|lưu ý|đôn đốc)(?!\w)"
)
# "Ban QLDA đang chỉ đạo nhà thầu tập trung …", "X đang tập trung đôn đốc nhà thầu …": a
# body reports the orders it is giving another (a progress report), not work it is given;
# so is the order it reports, to the clause's end. ("Bộ đang khẩn trương hoàn thiện …
# trong tháng 10" is the body's own commitment, and stays one.)
_DOING = re.compile(
    r"(?<!\w)đang\s+(?:tập trung\s+)?(?:chỉ đạo|yêu cầu|đề nghị|đôn đốc)(?!\w)[^.;,]*"
)
# "Cuộc họp được tổ chức vào ngày 15/8 do Thủ tướng … chủ trì.": when and by whom the
# meeting a report retells was held; its "chủ trì" is the chair's, its date history.
# Funds a body was allotted: "được Thủ tướng Chính phủ giao hơn 8.260 tỷ đồng".
_FUNDS_GIVEN = re.compile(
    r"\bđược(?:\s+\S+){0,5}?\s+(?:giao|phân bổ|cấp)\s+(?:hơn|gần|khoảng|trên)?\s*"
    r"\d[\d.,]*\s+(?:tỷ|triệu|nghìn tỷ)\s+đồng"
)
# "… tổng hợp danh sách …, thời gian thực hiện: trước ngày 20/10/2017.": a time field
# labelled as the time the work is done in or finished by makes the sentence a task, as a
# plan's own list of work writes it; a report states no such field.
_WORK_TIME_FIELD = re.compile(
    r"\b(?:thoi gian (?:thuc hien|hoan thanh)|thoi han(?: hoan thanh| thuc hien)?)\s*:\s*\S"
)
_MEETING_HELD = re.compile(
    r"(?:^|(?<=[.;]\s))(?:[Cc]uộc họp|[Hh]ội nghị|[Pp]hiên họp|[Bb]uổi làm việc)"
    r"(?: [^.;,]{0,60}?)? (?:được tổ chức|diễn ra)\b[^.;]*(?:[.;]|$)"
)
# An aspect word inside an owner's name as read: the name ran on into what it did.
# ("vừa" alone is a size: "doanh nghiệp nhỏ và vừa".)
_ASPECT_IN_NAME = re.compile(r"\s(?:đã|đang|vừa (?:có|ký|ban hành))\s")
# "kết quả thực hiện nhiệm vụ do Chính phủ, Thủ tướng giao …", "các nhiệm vụ được giao",
# "số nhiệm vụ quá hạn", "486 nhiệm vụ": the tasks a report counts or names by who gave
# them; no work given here.
_TASKS_GIVEN = re.compile(
    r"(?<!\w)(?:nhiệm vụ (?:do [^.;:]{1,60}? giao|được giao)|(?:số|\d[\d.]*) nhi[eệ]m vụ)(?!\w)"
)
# A news digest's post: front matter ("---" … "---"), then the link to the article it
# copies ("[Title …](https://…)"); the article's paragraphs are all its structure, as on
# a scraped page.
_FEED_POST = re.compile(
    r"\A---[ \t]*\n(?:.*\n){1,20}?---[ \t]*\n\s*\[[^\]\n]+\]\(https?://[^)\s]+\)"
)
# A news page about a document, by its opening lines: a press agency's tag before the
# lead ("(GDVN) - …", "(BL-HT) UBND tỉnh …"), or the report of the document's issuing
# ("UBND tỉnh vừa ban hành kế hoạch …", "Văn phòng UBND tỉnh đã có Công văn số 1870 …",
# "Ngày 26-7, UBND tỉnh đã ban hành Công văn số …"). With no header of its own, the page
# retells the document: the requests it names are the duties, among its narration.
_PRESS_TAG = re.compile(r"^\s*\([A-ZĐ][\w .&-]{1,30}\)\s*[-–—]?\s*[A-ZĐÀ-Ỹ]")
_REPORTED_DOCUMENT = re.compile(
    r"\b(?:vua|da) (?:ky )?(?:ban hanh|co) (?:(?:cong van|van ban|ke hoach|chi thi|quyet dinh"
    r"|thong bao|cong dien|ket luan|nghi quyet|chuong trinh)\b)"
    # "Đó là ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh … tại buổi làm việc …": the lead
    # under a headline naming whose direction the page reports.
    r"|^(?:do|day) (?:chinh )?la (?:noi dung )?(?:y kien )?(?:chi dao|ket luan|yeu cau) cua\b"
    # "UBND tỉnh ban hành Kế hoạch thực hiện … (Kế hoạch số 187/KH-UBND, ngày …).": the
    # lead naming the body and the document it issued, with no "vừa" or "đã".
    r"|^(?:ubnd|uy ban nhan dan|hdnd|tinh uy|thanh uy|bo|so) [^.;:,]{1,40}? ban hanh"
    r" (?:ke hoach|chi thi|quyet dinh|nghi quyet|chuong trinh|cong van)\b"
    # "Văn bản yêu cầu Giám đốc Sở X …" opening the passage: what the document asks.
    r"|^(?:cong van|van ban|cong dien|chi thi|quyet dinh|ke hoach|thong bao)(?: nay)?"
    r" (?:yeu cau|de nghi|giao) "
    # "Cụ thể, tại văn bản số 6363/VPCP-CN, Phó Thủ tướng … yêu cầu Ủy ban nhân dân …": the
    # lead citing the document by its number, then who asks whom.
    r"|^(?:cu the, )?(?:tai|theo) (?:van ban|cong van|cong dien|chi thi|thong bao|quyet dinh"
    r"|ket luan|nghi quyet)(?:(?: so)? \d+/[^\s,]{2,30}| nay)?\s*,[^.;:]{3,160}? (?:yeu cau|de nghi"
    r"|giao) "
    # "Công điện nêu rõ, thực hiện chỉ đạo …": the lead retelling the document it names.
    r"|^(?:cong van|van ban|cong dien|chi thi|quyet dinh|ke hoach|thong bao|ket luan)(?: nay)?"
    r" (?:neu ro|cho biet)\s*,"
)
# "Theo đó, UBND tỉnh đề nghị các đơn vị …" as the passage's opening (under its title at
# most): a passage taken up where the page turned from the document it named to what that
# document asks. Further down, after a lead of the page's own, it proves nothing.
_TAKEN_UP = re.compile(r"^theo do, [^.;:]{3,60}? (?:cung )?(?:de nghi|yeu cau|giao) ")
_TAKEN_UP_LINES = 2
_REPORT_LINES = 5  # a page's opening lines: its title, its date and byline, its lead


def _reports_document(text: str) -> bool:
    """Whether a page's opening lines report a document (see _REPORTED_DOCUMENT)."""
    lines = [x for x in text.splitlines() if x.strip(" .*#")][:_REPORT_LINES]
    return any(
        _PRESS_TAG.match(x)
        or _REPORTED_DOCUMENT.search(fold(x))
        or (k < _TAKEN_UP_LINES and _TAKEN_UP.match(fold(x)))
        for k, x in enumerate(lines)
    )


# What a sentence may open with before its act: an ordinal or a connective.
_ORDINAL = re.compile(
    r"^(?:(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi) la|thu (?:nhat|hai|ba|tu|nam|sau|bay"
    r"|tam|chin|muoi)|tren co so (?:do|nay)|theo (?:do|ke hoach|chuong trinh)[^,:;]{0,60}"
    r"|dong thoi|ngoai ra|ben canh do|sau do|truoc mat)\s*[,:]\s*"
)
_PAREN_LABEL = re.compile(r"^\((?:\d{1,3}|[ivxlc]{1,6}|[a-zđ])\)\s", re.IGNORECASE)
# After a subject, a report of what it is doing, did or expects (folded): "đang chuẩn bị",
# "đã có văn bản", "vừa ban hành", "sẽ …" without "phải", "cho rằng", "cũng trình bày".
_NARRATED = re.compile(
    r"^(?:(?:cung|da|van) )?(?:dang|da|vua|se (?!phai)|du kien|cho rang|cho biet|nhan dinh"
    r"|danh gia|trinh bay|khang dinh|nhan duoc|dat|co \d)"
)


# "Đảng bộ xã X sẽ tiến hành đại hội trước ngày 31-1-2020", "Đại hội MTTQ huyện sẽ hoàn
# thành trong tháng 5/2019": what a body will do or hold by a limit is a plan's step, not a
# forecast; the limit ("trước", "chậm nhất", "hoàn thành trong") says it is due then. A
# future told with a bare time ("sẽ tổ chức trong năm 2020") stays the report's.
_PLANNED_STEP = re.compile(
    r"^(?:cung )?se (?:tien hanh|to chuc|hoan thanh)\b[^.;:]{0,120}?"
    r"\b(?:(?:truoc|cham nhat(?: la)?|han chot)(?: ngay)? \d|hoan thanh (?:truoc|trong) )"
    r"|^(?:cung )?se hoan thanh (?:truoc|trong|cham nhat) "
)


_SCOPE_OPENS = re.compile(r"(?:rieng )?doi voi ")


def _not_duty(text: str) -> str | None:
    f = fold(text)
    for reason, pattern in _NOT_DUTY:
        if pattern.search(f) and not (reason == "encouragement" and _acts_after(f)):
            return reason
    return None


# "Khuyến khích phát triển bảo hiểm sức khỏe thương mại. Nghiên cứu thí điểm …", "Khuyến
# khích doanh nghiệp … đầu tư …; phát huy vai trò nòng cốt …; thúc đẩy hợp tác công - tư
# …": a point opening with an encouragement that goes on with the state's own actions is
# work to do, not an encouragement alone.
_NEXT_CLAUSE = re.compile(r"(?:;|\.)\s+(?:(?:dong thoi|va)\s+)?")


def _acts_after(f: str) -> bool:
    """Whether a folded encouragement goes on with a clause or sentence of action."""
    for m in _NEXT_CLAUSE.finditer(f):
        rest = f[m.end() :]
        if _ACTION.match(rest) and not rest.startswith("khuyen khich"):
            return True
    return False


# --------------------------------------------------------------------------- context


@dataclass(slots=True)
class _Owners:
    leads: list[Named] = field(default_factory=list)
    partners: list[Named] = field(default_factory=list)
    responsible: list[Named] = field(default_factory=list)
    source: str = ""  # "heading", "lead-in", "field", "table"
    # "… yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh … chỉ đạo:": the points name whom the
    # owner directs, as their subjects; those bodies do not own them.
    directs: bool = False
    advisors: list[Named] = field(default_factory=list)  # "Bộ phận tham mưu: …" fields

    def all(self) -> list[Named]:
        return self.leads + self.responsible + self.partners

    def doers(self) -> list[Named]:
        return self.leads + self.responsible


# "Thời gian thực hiện: Trong tháng 9/2025 đối với dữ liệu của UBKT Trung ương, đối với
# UBKT cấp tỉnh và cấp xã sẽ triển khai khi hạ tầng kết nối đáp ứng.": a time for each
# scope it names, none the time of every item the field closes.
_SCOPED_TIMES = re.compile(r"\bdoi voi\b[^.]*[,;]\s*(?:con |va |rieng )?doi voi\b")


@dataclass(slots=True)
class _Time:
    spans: list[Span]
    text: str
    line: int
    source: str  # "field", "table"
    done: bool = False  # a completion field ("Thời hạn hoàn thành: …")
    points_only: bool = False  # a lead-in's date: its points', not paragraphs after them
    # A round's days: a point's own "từ A đến B" inside them is a one-off's, done by B.
    round: bool = False
    block: bool = False  # a heading that is nothing but a time ("1. Quý I năm 2020")


@dataclass(slots=True)
class _Ctx:
    section: str
    owners: _Owners | None = None
    time: _Time | None = None


# --------------------------------------------------------------------------- entry point


def extract(
    text: str,
    *,
    issued: date | None = None,
    number: str | None = None,
    bodies: tuple[Body, ...] = BODIES,
) -> Draft:
    """Draft a plan from ``text``.

    ``issued`` and ``number`` supply the document's date and number when the text lacks
    them (or overrule it); without them a placeholder is written and noted. Never raises
    on any text: what cannot be placed is kept and noted.
    """
    # A saved web page or a dump's string is read as its reader would show it first:
    # its paragraphs, lists and rows are what the layouts below look for.
    # Line ends first: a page's front matter or a record's fields are found by their
    # lines, and a Windows copy ends each with CRLF.
    # A scanner's OCR strews specks between the lines; they are blanks, not text.
    read = as_read(unspecked(prepared(text)))
    # A record a program shows (a saved page, a dump's row, a news item in a program's
    # data or view, a site generator's content file under its front matter) is read as
    # a scraped page is: its unnumbered paragraphs are all the structure it has, so one
    # request naming whom it asks is a duty.
    body = _without_page_tail(slash_labels(without_list_fields(read.text)))
    drafted = _Extractor(bodies).run(
        body, issued, number, shown=bool(read.undone) or content_file(read.text)
    )
    drafted.notes[:0] = [UNDONE_NOTES[k] for k in read.undone]
    return drafted


# A saved page ends with its site's lists of other items: "Những tin mới hơn", "Tin liên
# quan", each item a headline (often holding a year or a plan's name) and its posting
# date. Read on, the headlines become duties dated by the day they were posted; nothing
# of the document itself follows such a heading.
_PAGE_TAIL = re.compile(
    r"^[\s*_#>]*(?:nhung tin (?:moi|cu) hon|tin (?:moi|cu) hon|tin lien quan|tin cung chuyen muc"
    r"|cac tin (?:khac|da dua)|tin khac|bai viet (?:lien quan|khac))[\s*_:]*$"
)
_PAGE_TAIL_AFTER = 3  # lines of text before it, at least: a tail follows a body


def _without_page_tail(text: str) -> str:
    """``text`` without the site's lists of other items a saved page ends with."""
    lines = text.split("\n")
    filled = 0
    for k, line in enumerate(lines):
        if filled >= _PAGE_TAIL_AFTER and _PAGE_TAIL.match(fold(line)):
            return "\n".join(lines[:k]).rstrip() + "\n"
        filled += bool(line.strip())
    return text


# "… Phụ lục II ban hành kèm theo Nghị quyết số 66.16/2026/NQ-CP": the appendix of the
# document named after it ("số …"), not this one's ("kèm theo Nghị quyết này").
_OTHERS_APPENDIX = re.compile(
    r"^(?:(?!\.\s).)*?\b(?:kem theo|cua) (?:nghi quyet|quyet dinh|ke hoach|nghi dinh|thong tu"
    r"|chi thi|ket luan|van ban|cong van)\b\s*(so\b)?"
)


def _points_here(pointer: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` names this document's appendix (see ``_appendix_times``)."""
    f = fold(text)
    for m in pointer.finditer(f):
        other = _OTHERS_APPENDIX.match(f[m.end() :])
        if other is None or other.group(1) is None:
            return True
    return False


_BARE_MIN_CELLS = 3  # a bare-piped header's cells: number, task and one more at least


def _bare_cells(text: str) -> list[str]:
    """A line's cells split by bars with none at its start ("1 | Báo cáo … | Bộ Tư pháp")."""
    if text.lstrip().startswith("|") or " |" not in text:
        return []
    return [c.strip() for c in text.rstrip().rstrip("|").split("|")]


# A schedule's first column: its time ("Thời gian | Nội dung công việc | … | Thực hiện").
_TIME_FIRST = re.compile(r"^(?:thoi gian|thoi han|tien do)(?: thuc hien)?$")
_GROUP_LABEL = re.compile(r"^(?:[IVXLC]+|\d{1,2})\.?$")


def _time_first(lines: list[Line], i: int) -> tuple[Grid, int] | None:
    """A bare-piped schedule whose first column is the time, read as a task table.

    "Thời gian | Nội dung công việc | … | Thực hiện" over " |  |  | Đơn vị chủ trì |
    Đơn vị phối hợp": a schedule puts the time first and merges it down over the tasks
    done then, so a task row with an empty first cell keeps the time above it; a row
    that holds only a number and a title ("I | GIAI ĐOẠN 1: …", "1 | Lập nhiệm vụ")
    heads a group. Read as a task table with the number first and the time last: None
    when the lines do not read so.
    """
    header = _bare_cells(lines[i].text)
    if len(header) < _BARE_MIN_CELLS or not _TIME_FIRST.match(fold(header[0]).strip(" .:*")):
        return None
    end = i + 1
    under = _bare_row(lines[end].text, len(header)) if end < len(lines) else []
    if len(under) > len(header) and not any(under[: len(header) - 1]):
        # The header's last cell split in two under it ("Thực hiện" over "Đơn vị chủ
        # trì | Đơn vị phối hợp").
        header = [*header[:-1], *under[len(header) - 1 :]]
        end += 1
    head = ["TT", *header[1:], header[0]]
    if kind_of(Grid(lines[i].no, [(lines[i].no, head)])) != TableKind.TASKS:
        return None
    grid = Grid(lines[i].no, [(lines[i].no, head)], form="bare")
    group, time, tasks = "", "", 0
    while end < len(lines) and len(cells := _bare_row(lines[end].text, len(header))) >= 2:
        first, rest = cells[0], cells[1 : len(header)]
        if _GROUP_LABEL.match(first) and sum(1 for c in rest if c) == 1 and rest[0]:
            label = first.rstrip(".")
            if not label.isdigit():
                group, number = label, label
            else:
                number = f"{group}.{label}" if group else label
            grid.rows.append((lines[end].no, [number, rest[0]]))
            time = ""
        else:
            time = first or time
            grid.rows.append((lines[end].no, ["", *rest, time]))
            tasks += 1
        end += 1
    return (grid, end) if tasks >= 2 else None


# A year a lead-in opens with ("Trong năm 2022 hoàn thành …", "Năm 2025, …").
_OPENING_YEAR = re.compile(r"^(?:trong )?nam \d{4},?\s+")


def _bare_row(text: str, width: int) -> list[str]:
    """A bare table's row: its cells, or "" first when the number cell is empty.

    A row with no STT (" | Thống kê, kiểm kê … | Đề án | Bộ …") opens with its bar,
    which a bare table never does otherwise; it is a row when it carries the header's
    bars (one fewer than its cells, give or take one) and no closing bar.
    """
    cells = _bare_cells(text)
    if cells:
        return cells
    s = text.strip()
    if s.startswith("|") and s != "|" and s.count("|") >= width - 2:
        # A closing bar too where the row's last cell is empty (" | … | NHNN |  | "): the
        # layout keeps such a line among the bare table's rows, not as a pipe table's.
        return ["", *(c.strip() for c in s[1:].split("|"))]
    return []


# A note under a table ("Ghi chú:", "Lưu ý:") and the words that make it bind its rows.
_TABLE_NOTE = re.compile(r"^\W*(?:ghi chu|luu y)\s*:\s*")
_BINDS = re.compile(r"\b(?:phai|co trach nhiem|hoan thanh)\b")

_ANNEXED = re.compile(r"^\W*kem theo (?:ke hoach|quyet dinh|nghi quyet|cong van|thong bao)\b")


# The words of such a title that say it gives out work: an annexed list of names or places
# ("DANH SÁCH DỰ KIẾN TÊN GỌI CÁC TỈNH …") gives none.
_WORK_TITLE = re.compile(r"\b(?:phan cong|nhiem vu|cong viec|tien do|lich trinh)\b")


def _annexed_title(item: Line, after: list[Line | Grid]) -> bool:
    """A title in capitals naming work, "(Kèm theo Kế hoạch số …)" on the line under it."""
    nxt = after[0] if after else None
    return (
        isinstance(nxt, Line)
        and _upper(item.text)
        and bool(_WORK_TITLE.search(fold(item.text)))
        and len(item.text.split()) >= _ANNEXED_WORDS
        and bool(_ANNEXED.match(fold(nxt.text)))
    )


_ANNEXED_WORDS = 3  # a title's words at least ("DANH MỤC NHIỆM VỤ")


# An appendix's number and its title on one line, as written ("Phụ lục 1. Quy trình …").
_APPENDIX_SENTENCE_CASE = re.compile(
    r"^[\s#*]*Phụ lục\s+(?:số\s+)?(\d{1,2}|[IVX]{1,4})\s*[.:–-]\s*([A-ZĐÀ-Ỹ].*?)[\s*]*$"
)


def _appendix_titled_as_written(item: Line) -> tuple[str, str] | None:
    """``("Phụ lục 1", title)`` for "Phụ lục 1. Quy trình …" after the signature.

    The appendix's number and title in sentence case (a Markdown heading's words), which
    :func:`kind_title` leaves to titles in capitals.
    """
    m = _APPENDIX_SENTENCE_CASE.match(item.text)
    return None if m is None else (f"Phụ lục {m[1].upper()}", m[2])


def _numbered_anew(item: Line, after: list[Line | Grid]) -> bool:
    """Whether ``item``, after the signature, opens a run of items numbered from "1.".

    Its words run on over lines into a task's paragraph (a Nơi nhận's line, a signer's
    name or an attached note's title "1. Tình hình thực hiện dự toán năm 2019" is short),
    not a paper's citation ("1. Công văn số …", a list of papers), and "2." is the next
    item's number below it.
    """
    n = _label(item)
    if n is None or n.kind != "arabic" or n.label != "1":
        return False
    paragraph = [n.text]
    # "1. Phòng Công nghệ thông tin (6 NV trọng tâm):" over its table: what its colon
    # leads into is its content, though a spaced copy sets an empty line after it.
    led = item.text.rstrip(" *_").endswith(":")
    for x in after:
        if not isinstance(x, Line) or _label(x) is not None:
            break
        if x.blank_before and not (led and len(paragraph) == 1):
            break
        paragraph.append(x.text)
    whole = " ".join(paragraph)
    if len(whole.split()) < _ANEW_WORDS or _CITED.match(fold(whole)):
        return False
    for x in after[:_ANEW_REACH]:
        if isinstance(x, Line) and (m := _label(x)) is not None and m.kind == "arabic":
            return m.label == "2"
    return False


_ANEW_WORDS = 30  # words of the first item's paragraph at least
# "1. Công văn số 2359/BVHTTDL-VP ngày 28/5/2025 …": a list of papers cited, no tasks.
_CITED = re.compile(
    r"(?:cong van|quyet dinh|nghi quyet|ke hoach|thong bao|chi thi|thong tu|nghi dinh"
    r"|van ban|bao cao|to trinh|ket luan)\s+(?:so\b|\d)"
)
_ANEW_REACH = 80  # lines to the second item at most


def prepared(text: str) -> str:
    """The text as :func:`extract` reads it: LF line ends, NFC, no final line end.

    No indent that every line shares either, and no quote marks over a list's items.

    :func:`extract` reads nothing else of ``text``: two texts prepared alike draft alike.
    (A copy of a document that only differs in these, a Windows copy or a Word file's
    text, needs no second reading to be known to read as the original.)
    """
    lines = unquoted(nfc(text.replace("\r\n", "\n")).split("\n"))
    return "\n".join(dedented(lines)).rstrip("\n")


_LIST_TITLE = re.compile(r"^[\s*#]*DANH MỤC[\s*#:]*$")
# "(Kèm theo Kế hoạch số …)", "(Ban hành kèm theo Quyết định số …)".
_ATTACHED_CAPTION = re.compile(r"^\(\s*(?:ban hanh\s+)?kem theo\b[^()]*\)?\s*$")
_TITLE_THEN_CAPTION = re.compile(r"^(.*\S)\s+(\([^()]*\)?)\s*$")


def _captioned_title(item: Line, after: list[Line | Grid]) -> bool:
    """Whether ``item``, after a signature, titles an attached table that names no kind.

    "PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC …" over "(Kèm theo Kế hoạch số … ngày …)" and a
    table: a title in capitals whose next line says what it goes with, a table right
    under them, is an appendix, as one headed "PHỤ LỤC" is, though the word is not
    printed. A list under such a title (names of provinces) is no appendix of work, and
    the caption keeps a signer's name or the Nơi nhận's last line from reading so.
    """
    title, table = item.text, None
    if (
        len(after) == len(("caption", "table"))
        and isinstance(after[0], Line)
        and _ATTACHED_CAPTION.match(fold(after[0].text).strip(" *"))
    ):
        table = after[1]
    elif (
        after
        and (joined := _TITLE_THEN_CAPTION.match(item.text)) is not None
        and _ATTACHED_CAPTION.match(fold(joined[2]).strip(" *"))
    ):
        # A copy that joins each paragraph's lines into one ran the caption onto the
        # title: "PHÂN CÔNG NHIỆM VỤ … (Kèm theo Kế hoạch số …)" over the table.
        title, table = joined[1], after[0]
    return (
        table is not None
        and _mostly_upper(title)
        and len(title.split()) >= _ATTACHED_TITLE_WORDS
        and (isinstance(table, Grid) or fold(table.text).strip(" .:*") in ("stt", "tt"))
    )


_ATTACHED_TITLE_WORDS = 3
_SCHEDULE_LOOK = 6  # lines after a schedule's header that show its first rows


def _schedule_opens(item: Line, after: list[Line | Grid]) -> bool:
    """Whether ``item``, after a signature, is the header of a timetable sent with the text.

    "STT Đơn vị kiểm tra, đánh giá Thời gian kiểm tra" over "Bệnh viện đa khoa … Ngày
    20 - 21/11/2017", "Trung tâm y tế huyện … Ngày 22/11/2017": the plan's schedule of
    visits, an appendix though its title ("Lịch kiểm tra …") ran into the signer's lines
    in the scan's copy (see tables_ocr.schedule_grids).
    """
    if not item.text[:2].isalpha() or "thoi gian" not in fold(item.text):
        return False
    lines = [item, *(x for x in after if isinstance(x, Line))]
    return bool(schedule_grids(lines))


def _lines_on(item: Line, after: list[Line | Grid]) -> list[Line]:
    """``item`` and the lines after it, up to the first table read already."""
    lines = [item]
    for x in after:
        if not isinstance(x, Line):
            break
        lines.append(x)
    return lines


def _day_blocks_open(item: Line, after: list[Line | Grid]) -> bool:
    """Whether ``item``, after a signature, opens a timetable of days sent with the text.

    "Sáng 13/12/2017" over its units' and hours' bullets, then "Chiều 13/12/2017" …: the
    notice's attached schedule, whose title and header the scan's stamp left unreadable
    (see tables_ocr.day_block_grids).
    """
    if not any(c.isdigit() for c in item.text[-4:]):
        return False
    got = day_block_grids(_lines_on(item, after))
    return bool(got) and got[0][1] == 0


def _calendar_opens(item: Line, after: list[Line | Grid]) -> bool:
    """Whether ``item``, after a signature, titles a calendar sent with the text.

    "LỊCH TIẾP CÔNG DÂN" in capitals, then its year ("NĂM 2023") over days printed with
    their weekdays (see tables_ocr.calendar_grids).
    """
    if not _upper(item.text) or not re.search(r"\blich\b", fold(item.text)):
        return False
    got = calendar_grids(_lines_on(item, after))
    return bool(got) and got[0][1] <= _CALENDAR_TITLE_REACH


_CALENDAR_LOOK = 200  # lines a calendar's rows may take
_CALENDAR_TITLE_REACH = 4  # lines from its title to its year's line, at most


# "THÔNG BÁO về Lưu trữ, Sử dụng Thông tin Khách hàng" then "Kính gửi: Quý Thành viên,":
# a legal database page's notice to its members under the text it shows; no document's.
_SITE_NOTICE = re.compile(r"^\W*kinh gui\W*quy (?:thanh vien|khach)\b")
_SITE_NOTICE_LOOK = 3


def _site_notice(after: list[Line | Grid]) -> bool:
    return any(isinstance(x, Line) and _SITE_NOTICE.match(fold(x.text)) for x in after)


@dataclass(slots=True)
class _Part:
    kind: str | None
    title_line: int
    lines: list[Line] = field(default_factory=list)
    grids: list[tuple[int, Grid]] = field(default_factory=list)  # (index in lines, grid)


class _Extractor:
    def __init__(self, bodies: tuple[Body, ...]) -> None:
        self.bodies = bodies
        self.registry = Registry(bodies)
        self.cov = Coverage()
        self._scraped = False  # a scraped news page (see split_run_on)
        self._told_between: set[int] = set()  # see _told_paragraphs
        self._headless = False  # the text has no document's header (see run)
        self._reported = False  # a news page that reports a document (see _REPORTED_DOCUMENT)
        self._own_numbers: frozenset[str] = frozenset()  # the document's number (_legal_answers)
        self._asking = False  # a Q&A page: its title asks (see _without_restatements)
        self.notes: list[str] = []
        self.sections: list[dict[str, Any]] = []
        self.duties: list[dict[str, Any]] = []
        self.purposes: list[dict[str, Any]] = []
        self.issued = date(2000, 1, 1)
        self._stand_in = False  # the text gives no date: a yearless time is no deadline
        self._one_year = False  # ... unless every due time it writes in full is in one year
        self._undated = False  # neither the user nor the text gives the document's date
        self._unread_tables: list[range] = []  # lines of side-by-side tables left unread
        self._source: list[str] = []  # the text's lines (node.line counts from 1)
        self._printed: str | None = None  # the text folded on one line (_kept_as_listed)
        # A run-on line cut into paragraphs gives several lines: each one's source line.
        self._origin: list[int] = []
        self._summary = 0  # a scraped page's summary line its body restates (see split_run_on)
        self._ids: set[str] = set()
        self._next: dict[str, int] = {}  # the next suffix to try for a repeated id
        self._group_ids: dict[str, set[str]] = {}  # section id -> its groups' ids
        self._titled: _Owners | None = None  # the owners a part's title names
        self._asked_first: _Owners | None = None  # the preamble's lead-in asks them
        self._letter_asks: _Owners | None = None  # an unnumbered letter's lead-in asks them
        self._guided = False  # ... as a letter guiding them through all its sections
        self._asked_addressed = False  # ... as a letter asking its addressees, the same
        self._letter = False  # the part is an unnumbered letter's assigning paragraphs
        self._addressee: str | None = None  # the one body a letter is sent to
        # An appendix's task tables with no time column: (appendix, its rows' duties).
        self._timeless: list[tuple[str, list[dict[str, Any]]]] = []
        # The outline node each duty was made from (by the duty's id()), and back.
        self._node_of: dict[int, _Node] = {}
        self._made_of: dict[int, list[dict[str, Any]]] = {}
        self._events: list[Event] = []  # events a section describes (see _particulars)
        self._table_sections: set[str] = set()  # sections of task tables' rows
        self._cell_tests = CellTests(
            _is_time_cell,
            lambda t: is_owner_list(t, self.registry),
            self._is_owner_cell,
            self._owner_tail,
            self._trailing_body,
            lambda t: t[:1].isupper() and bool(_ACTION.match(fold(t))),
            _time_then_note,
            _action_then_time,
        )

    # ----------------------------------------------------------------- the document

    def run(
        self, text: str, issued: date | None, number: str | None, *, shown: bool = False
    ) -> Draft:
        run_on = split_run_on(text)
        text = run_on.text
        self._origin = run_on.origin
        self._summary = run_on.summary
        self.cov.run_on_lines, self.cov.run_on_paragraphs = run_on.lines, run_on.paragraphs
        self._scraped = run_on.article or shown or bool(_FEED_POST.match(text))
        # As the pieces read them, so a copy's doubled spaces or glyph bullets read alike.
        self._source = source_lines(text)
        # A body's short name the text defines names it from then on (see Registry.define).
        self.registry.define(" ".join(text.split()))
        self._addressee = self._sole_addressee()
        parts, tail = self._parts(pieces(text))
        head_lines = self._header_lines(parts)
        header = read_header(head_lines, self.bodies)
        # No number nor kind of its own at its head: a page that reports the document
        # (a news page), not the document's own text.
        self._headless = header.number is None and header.kind is None
        self._reported = self._headless and _reports_document(text)
        self._own_numbers = self._numbers_of_own(text, header.number, number)
        self._asking = _first_paragraph(text).rstrip(" *_").endswith("?")
        preamble = " ".join([header.preamble, *head_lines[-3:]])
        impl = implements(" ".join(header.title) + " " + preamble) or implements(preamble)
        # No date given nor in the header: the document's own appendix caption or data
        # field may still carry it, nearer than the implemented document's or a report's.
        own = None if issued or header.date else own_date(text, header.number)
        if own is not None:
            self.notes.append(
                f"plan: the date {own.isoformat()} is read from the text's appendix caption "
                "or its 'Ngày ban hành' field; check it (give --issued)"
            )
        reported = None if issued or header.date or own or impl else issuing_report(text)
        if reported is not None:
            self.notes.append(
                f"plan: the date {reported.isoformat()} is read from the report of its issuing; "
                "check it (give --issued)"
            )
        reported = reported or self._posted(text, dated=bool(issued or header.date or own or impl))
        blank = self._blank_dateline(issued or header.date or own or reported, header)
        self.issued = (
            blank or issued or header.date or own or reported or _fallback_date(impl, self.notes)
        )
        if not (issued or header.date or own or impl or reported or blank):
            self._stand_in = True
        self._undated = issued is None and header.date is None and own is None and reported is None
        seen = _within_blank(earliest_date(text), blank) if self._undated else None
        if seen is not None and seen > self.issued:
            # The latest day the text shows as past is a better stand-in than 2000-01-01,
            # and the plan must carry the date its phrases were read from ("từ nay" is
            # read from it, and `validate` reads it again from the plan's date).
            self.issued = seen
            self.notes.append(
                f"plan: the text cites or narrates {seen.isoformat()} as past; that day "
                "stands in as the document's date, a time ending earlier is history "
                "(give --issued)"
            )
        elif self._stand_in and (year := the_one_year(text)) is not None:
            # Every due time the text writes in full is in one year: the times it leaves
            # the year off are in it too ("(quý II)", "trước ngày 5-7").
            self.issued, self._one_year = date(year, 1, 1), True
            self.notes = [n for n in self.notes if "2000-01-01 stands in" not in n]
            self.notes.append(
                f"plan: every due time the text writes in full is in {year}; 1 January "
                f"{year} stands in as the document's date (give --issued)"
            )
        meta = self._meta(header, impl, issued, number, tail)
        for part in parts:
            self._part(self._ocr_read(self._laid_out(self._unflattened(self._bare_piped(part)))))
        self._above_done_by()
        self._next_years_of_a_cycle()
        self._appendix_times()
        self._sending_times()
        self._event_times()
        self._coverage_owners()
        data = {
            "plan": meta,
            "sections": self.sections,
            "owners": self.registry.used(),
            "duties": self.duties,
        }
        meta["purposes"] = self.purposes
        self.cov.duties = len(self.duties)
        self.cov.reviews = sum(1 for d in self.duties if d.get("review"))
        return Draft(data, self.notes, self.cov)

    def _posted(self, text: str, *, dated: bool) -> date | None:
        """The day a news page's posting stamp gives, noted, when nothing dates the text.

        "09:10, 14/10/2021" under its headline: the page leaves the year off the days it
        retells ("trước ngày 28-10") as of that day.
        """
        posted = None if dated else posted_date(text)
        if posted is not None:
            self.notes.append(
                f"plan: the date {posted.isoformat()} is read from the page's posting stamp; "
                "check it (give --issued)"
            )
        return posted

    @staticmethod
    def _numbers_of_own(text: str, *given: str | None) -> frozenset[str]:
        """The document's number: given, in its header, or named in a page's title question.

        A Q&A page's first line asks about the document it retells ("Thông báo 109/TB-UBND
        … như thế nào?"); a title that asks about nothing named gives none.
        """
        nums = {m[0].lstrip("0") or "0" for g in given if g and (m := re.match(r"\d+", g))}
        title = next((x for x in text.splitlines() if x.strip(" #*_")), "")
        if title.rstrip(" *_").endswith("?"):
            nums |= named_numbers(title)
        return frozenset(nums)

    def _parts(self, items: list[Line | Grid]) -> tuple[list[_Part], list[Line]]:
        """Split the document at kind titles; drop each part's Nơi nhận and signature."""
        parts = [_Part(None, 0)]
        tail: list[Line] = []
        closed = False
        for k, item in enumerate(items):
            if isinstance(item, Grid):
                if closed:
                    continue
                parts[-1].grids.append((len(parts[-1].lines), item))
                continue
            kt = kind_title(item.text)
            if kt is not None and _title_wrapped(parts[-1].lines, item):
                kt = None
            if kt is None and closed and _LIST_TITLE.match(item.text):
                # "DANH MỤC" alone in capitals after the signature: the list issued with
                # the text (an appendix without the word "Phụ lục"), not the Nơi nhận's.
                kt = ("Phụ lục", "")
            if (
                kt is None
                and closed
                and (
                    _annexed_title(item, items[k + 1 : k + 2])
                    or _captioned_title(item, items[k + 1 : k + 3])
                )
            ):
                # "PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC …" over "(Kèm theo Kế hoạch số …)"
                # after the signature: an appendix titled without the word "Phụ lục" (a
                # title naming work, or any title whose caption has a table under it).
                kt = ("Phụ lục", "")
            if kt is None and closed and _schedule_opens(item, items[k + 1 : k + _SCHEDULE_LOOK]):
                kt = ("Phụ lục", "")
            if (
                kt is None
                and closed
                and (
                    _day_blocks_open(item, items[k + 1 :])
                    or _calendar_opens(item, items[k + 1 : k + _CALENDAR_LOOK])
                )
            ):
                kt = ("Phụ lục", "")
            if kt is None and closed:
                kt = _appendix_titled_as_written(item) or (
                    None if (reg := _regulation_opens(item)) is None else (reg, "")
                )
            if kt is None and closed and _numbered_anew(item, items[k + 1 :]):
                # "1. Chủ trì triển khai …" after the signature, "2. …" after it: a list of
                # tasks sent with the letter, whose title a scan left unreadable ("Phii 1ic"
                # for "Phụ lục").
                kt = ("Phụ lục", "")
            if kt is not None and closed and _site_notice(items[k + 1 : k + _SITE_NOTICE_LOOK]):
                kt = None  # the database site's own notice to its members, after the text
            if kt is not None and (closed or parts[-1].lines or parts[-1].kind):
                parts.append(_Part(kt[0], item.no))
                closed = False
                parts[-1].lines.append(item)
                continue
            if kt is not None:
                parts[-1].kind = kt[0]
                parts[-1].title_line = item.no
            if _RECIPIENTS_LINE.match(fold(item.text)) or _form_opens(item, items[k + 1 : k + 3]):
                closed = True
            if closed:
                if not tail or tail[-1].no < item.no:
                    tail.append(item)
                continue
            if item.text.rstrip().endswith("./."):
                # "./." closes an official text: what follows is not the document's body.
                parts[-1].lines.append(item)
                closed = True
                continue
            if closed:
                if not tail or tail[-1].no < item.no:
                    tail.append(item)
                continue
            parts[-1].lines.append(item)
        return [p for p in parts if p.lines or p.grids], tail

    def _blank_dateline(self, dated: date | None, header: Header) -> date | None:
        """The first day a dateline with its day left blank allows, when nothing dates the text.

        A working copy prints "ngày      tháng 01 năm 2026": its year (and month) stand
        in, so a yearless time reads in the printed year and no time of that year is set
        aside as history (1 January, or the month's first day, is the earliest it can be).
        """
        if dated is not None or header.blank_from is None:
            return None
        self.notes.append(
            f"plan: the dateline leaves the day blank; {header.blank_from.isoformat()} stands "
            "in as the document's date (give --issued)"
        )
        return header.blank_from

    def _header_lines(self, parts: list[_Part]) -> list[str]:
        """The lines of the first parts up to their first numbered block.

        A header laid out as a table (issuer and motto side by side, number and date
        below) gives its cells, column by column.
        """
        out: list[str] = []
        # A task table that opens the text (a register read as one: "STT | Nhiệm vụ | Cơ
        # quan chủ trì | Thời hạn") is the document's body; its "STT" names no issuer.
        if (
            parts
            and parts[0].grids
            and parts[0].grids[0][0] == 0
            and kind_of(parts[0].grids[0][1]) != TableKind.TASKS
        ):
            rows = [cells for _, cells in parts[0].grids[0][1].rows[:4]]
            width = max(len(r) for r in rows)
            out += [r[k].strip() for k in range(width) for r in rows if k < len(r) and r[k].strip()]
        for part in parts:
            for line in part.lines:
                node = _label(line)
                if node is not None and node.kind in ("roman", "part", "arabic", "article"):
                    break
                out.append(line.text)
            if any(
                (n := _label(x)) is not None and n.kind in ("roman", "part") for x in part.lines
            ):
                break
        return out

    def _meta(
        self,
        header: Any,
        impl: dict[str, str] | None,
        issued: date | None,
        number: str | None,
        tail: list[Line],
    ) -> dict[str, Any]:
        plan_number = number or header.number
        if plan_number is None:
            plan_number = "DRAFT"
            self.notes.append("plan: the text gives no number; 'DRAFT' stands in (give --number)")
        kind = header.kind or kind_from_number(plan_number) or "Kế hoạch"
        if header.kind is None:
            self.notes.append(f"plan: no kind line in the text; '{kind}' taken from the number")
        issuer, signer = self._signature(tail, header.preamble)
        if issuer and header.issuer and fold(header.issuer).startswith(fold(issuer) + " "):
            # "TM. ỦY BAN NHÂN DÂN" signs for "ỦY BAN NHÂN DÂN / TỈNH BẮC NAM" above.
            self.notes = [n for n in self.notes if f"'{issuer}' is taken from the T/M" not in n]
            issuer = header.issuer
            self.notes.append(f"plan: issuer '{issuer}' is taken from the header; check it")
        if issuer is None and header.issuer:
            issuer = header.issuer
            if header.issuer_from_caps and self.registry.known(issuer) is None:
                self.notes.append(
                    f"plan: issuer '{issuer}' is taken from the header in capitals; "
                    "check its spelling"
                )
        if issuer is None:
            issuer = "(chưa rõ)"
            self.notes.append("plan: no issuer found (no T/M line, no '… ban hành'); fill it in")
        title = " ".join(header.title).strip() or "(chưa rõ)"
        if not header.title:
            self.notes.append("plan: no title found under the kind line; fill it in")
        meta: dict[str, Any] = {
            "id": _ascii_id(plan_number),
            "kind": kind,
            "number": plan_number,
            "date": self.issued.isoformat(),
            "issuer": issuer,
            "title": title,
        }
        if signer is not None:
            meta["signer"] = signer
        if impl is not None:
            meta["implements"] = impl
        if header.preamble:
            meta["preamble"] = header.preamble
        meta["purposes"] = []
        meta["recipients"] = _recipients(tail)
        return meta

    def _signature(
        self, tail: list[Line], preamble: str
    ) -> tuple[str | None, dict[str, str] | None]:
        issuer: str | None = None
        signer = None
        lines = [x.text for x in tail]
        signed = [
            (i, m)
            for i, line in enumerate(lines)
            if (m := re.match(r"^(T/M|TM\.?|K/T|KT\.?)\s+(?P<who>.+)$", line)) is not None
        ]
        # "TM." names the body that issues; "KT." only the office a deputy signs for.
        signed.sort(key=lambda im: not im[1][1].startswith("T"))
        for i, m in signed[:1]:
            who = m["who"].strip(" .")
            body = self.registry.known(who)
            name = body.name if body else _sentence_case(who)
            if m[1].startswith("T"):
                issuer = name
                if body is None:
                    self.notes.append(
                        f"plan: issuer '{issuer}' is taken from the T/M line; check its spelling"
                    )
            names = [
                x
                for x in lines[i + 1 :]
                if x and not _upper(x) and not x.startswith(("(", "[")) and len(x) < 40
            ]
            if names:
                signer = {"name": names[-1], "capacity": f"{m[1]} {name}"}
        if issuer is None and (m2 := re.search(r"\),?\s*(?P<who>[^,()]+?)\s+ban hành", preamble)):
            issuer = m2["who"].strip()
        return issuer, signer

    # ----------------------------------------------------------------- one part

    def _laid_out(self, part: _Part) -> _Part:
        """The part with its tables printed side by side (pdftotext -layout) taken out as grids.

        See :mod:`nq42cli.core.tables_layout`.
        """
        lines = list(part.lines)
        grids = list(part.grids)
        i = 0
        while i < len(lines):
            if layout_header_at(lines[i]):
                got = layout_grid(lines, i, self._cell_tests)
                if got is not None:
                    grid, first, end = got
                    del lines[first:end]
                    grids = [(at - (end - first) if at >= end else at, g) for at, g in grids]
                    grids.append((first, grid))
                    i = first
                    continue
                end = layout_table_end(lines, i)
                if end > i + 1:
                    self._unread_tables.append(range(lines[i].no, lines[end - 1].no + 1))
            i += 1
        if len(lines) == len(part.lines):
            return part
        return replace(part, lines=lines, grids=sorted(grids, key=lambda x: x[0]))

    def _ocr_read(self, part: _Part) -> _Part:
        """The part with its task tables OCR'd cell by cell across the columns taken out as grids.

        See :mod:`nq42cli.core.tables_ocr`. Only a part that holds no grid yet: a table
        another reader found is not read again.
        """
        if part.grids:
            return part
        got = ocr_grids(list(part.lines), self._cell_tests)
        if not got and part.kind == "Phụ lục":
            got = schedule_grids(list(part.lines)) or calendar_grids(list(part.lines))
        if not got:
            got = day_led_grids(list(part.lines)) or day_block_grids(list(part.lines))
        if not got:
            return part
        lines: list[Line] = []
        grids: list[tuple[int, Grid]] = []
        at = 0
        for grid, first, end in got:
            lines += part.lines[at:first]
            grids.append((len(lines), grid))
            at = end
        lines += part.lines[at:]
        # The text after a table is no more of the paragraph before it.
        for k, _ in grids:
            if k < len(lines):
                lines[k] = replace(lines[k], blank_before=True)
        return replace(part, lines=lines, grids=grids)

    def _bare_piped(self, part: _Part) -> _Part:
        """A task table whose rows are lines of cells split by " | ", with no outer bars.

        "TT | Nhiệm vụ, đề án, dự án | Cơ quan chủ trì thực hiện | … | Thời gian trình":
        a copy that flattened a Word table keeps one row a line, its cells joined by bars
        but with no bar at the line's ends and no separator row, so no pipe table is seen.
        Read as one when its first line is a task table's header (a number column first);
        the rows are the lines after it that carry a bar, up to the first that does not.
        """
        lines = list(part.lines)
        grids = list(part.grids)
        i = 0
        while i < len(lines):
            header = _bare_cells(lines[i].text)
            if (scheduled := _time_first(lines, i)) is not None:
                grid, end = scheduled
                del lines[i:end]
                grids = [(at - (end - i) if at >= end else at, g) for at, g in grids]
                grids.append((i, grid))
                continue
            if (
                len(header) < _BARE_MIN_CELLS
                or fold(header[0]).strip(" .:") not in ("stt", "tt")
                or kind_of(Grid(lines[i].no, [(lines[i].no, header)])) != TableKind.TASKS
            ):
                i += 1
                continue
            grid, end = self._bare_grid(lines, i, header)
            if len(grid.rows) < 2:
                i += 1
                continue
            del lines[i:end]
            grids = [(at - (end - i) if at >= end else at, g) for at, g in grids]
            grids.append((i, grid))
        if len(lines) == len(part.lines):
            return part
        return replace(part, lines=lines, grids=sorted(grids, key=lambda x: x[0]))

    def _bare_grid(self, lines: list[Line], i: int, header: list[str]) -> tuple[Grid, int]:
        """The bare-piped table under its header at ``lines[i]``, and the index after its rows.

        A scan's table OCR'd cell by cell gives its header empty cells and its rows more
        pieces than columns where it read a rule or a speck as a bar: the columns are then
        the header's named cells, each row's pieces are put in them and a speck alone is
        no cell's words (see :mod:`nq42cli.core.tables_bare`). A table whose tasks stand
        beside a column of aims numbers its rows under them (``specific_rows``).
        """
        named = [c for c in header if c]
        widths: list[int] = []
        end = i + 1
        while end < len(lines) and len(_bare_row(lines[end].text, len(named))) >= 2:
            widths.append(lines[end].text.strip().count("|") + 1)
            end += 1
        columns = bar_width(header, widths)
        ocr = len(columns) < len(header)
        header = columns
        cols = roles(header)
        order = [next((r for r, k in cols.items() if k == j), "") for j in range(len(header))]
        grid = Grid(lines[i].no, [(lines[i].no, header)], form="bare")
        rows: list[tuple[int, list[str]]] = []
        end = i + 1
        while end < len(lines) and len(cells := _bare_row(lines[end].text, len(header))) >= 2:
            if ocr:
                # Every piece, a closing bar's empty one too: the stray bars are found
                # among them all.
                pieces = [c.strip() for c in lines[end].text.strip().split("|")]
                cells = [
                    despecked(speckless(c), owners=role in ("lead", "partners"))
                    for c, role in zip(
                        bar_cells(pieces, order, self._cell_tests), order, strict=False
                    )
                ]
            elif len([c for c in cells[len(header) :] if c]) > 0:
                # Words past the last column: a bar in a cell's words, not a cell dropped.
                cells = bar_cells(cells, order, self._cell_tests)
            rows.append((lines[end].no, cells[: len(header)]))
            if not cells[0] and len(cells) >= len(header) and all(cells[1 : len(header)]):
                # Every cell filled but the number: a task of its own under the row
                # above ("5 | Phê duyệt … | … / | Thống kê … | Đề án | Bộ … | Năm 2025").
                grid.parts.add(lines[end].no)
            end += 1
        if "objective" in cols:
            grid.parts.clear()
            aimed = specific_rows([c for _, c in rows], cols, self._cell_tests.is_time)
            rows = [(no, c) for (no, _), c in zip(rows, aimed, strict=True)]
        grid.rows.extend(rows)
        return grid, end

    def _unflattened(self, part: _Part) -> _Part:
        """A pipe header with no rows under it, read with the cells after it, one a line.

        A Word table that a docx-to-markdown converter flattened keeps its first row as a
        pipe header (and its separator) and gives every other cell on a line of its own,
        the header's cells it cut off too ("Thời gian thực hiện"); a copy of it may give
        that header row tab-separated. The header's cells,
        each on a line of its own, go before those lines: the table is then one written
        one cell per line from its "STT" line. Kept as it was unless it reads so.
        """
        lines = list(part.lines)
        grids: list[tuple[int, Grid]] = []
        shift = 0
        for at, grid in part.grids:
            header = [c.strip() for c in grid.rows[0][1]] if len(grid.rows) == 1 else []
            if (
                grid.form in ("pipe", "tsv")
                and header
                and fold(header[0]).strip(" .:") in ("stt", "tt")
                and all(header)
            ):
                no = grid.rows[0][0]
                cells = [Line(no, c, raw=c) for c in header]
                k = at + shift
                if cells_grid([*cells, *lines[k:]], 0, self._cell_tests) is not None:
                    lines[k:k] = cells
                    shift += len(cells)
                    continue
            grids.append((at + shift, grid))
        if not shift:
            return part
        return replace(part, lines=lines, grids=grids)

    def _without_legal_answers(self, lines: list[Line], part: _Part) -> tuple[list[Line], _Part]:
        """The part without a Q&A page's answers that quote laws (their tables too).

        Nor its sentences summing up what it quoted (see _without_restatements).
        """
        lines, answers = _legal_answers(lines, self._own_numbers)
        if answers:
            kept = [(at, g) for at, g in part.grids if not any(g.rows[0][0] in r for r in answers)]
            part = replace(part, grids=kept)
        return self._without_restatements(lines), part

    def _without_restatements(self, lines: list[Line]) -> list[Line]:
        """The lines without a page's "Theo đó, …" sentences that sum up what it quoted.

        After the quoted points ("- Rà soát …", "2. …"), "Theo đó, tại Công điện 71 …
        Thủ tướng yêu cầu Bộ trưởng … hoàn thành trong Quý III năm 2025." tells again what
        a point said, as "Như vậy, …" does: the point is the duty, read already. Before the
        quote (or after a question, which opens another answer) "Theo đó, …" leads into
        it, and a sentence ending in ":" leads into points of its own: both are kept. Only
        on a Q&A page (its title asks): elsewhere such a sentence with a date of its own
        stays for review.
        """
        if not self._asking:
            return lines
        kept: list[Line] = []
        quoted = dropping = False
        for x in lines:
            n = _label(x)
            if dropping and not x.blank_before and not x.heading and n is None:
                self._outside([x.text])  # the sentence's next line, as the page wrapped it
                continue
            dropping = False
            if _asked(x):
                quoted = False
            elif n is not None or _PAREN_LINE.match(x.text):
                quoted = quoted or n is None or n.kind != "article"
            elif (
                quoted
                and not x.heading
                and _RESTATES.match(fold(x.text))
                and not x.text.rstrip(" *_").endswith(":")
            ):
                self.cov.skipped["restatement"] += 1
                self._outside([x.text])
                dropping = True
                continue
            kept.append(x)
        return kept

    def _part(self, part: _Part) -> None:
        lines = _lone_labels(
            _cased_romans(_slashed_numbers(part.lines, self._cut_line)), self._cell_rows(part.lines)
        )
        lines, part = self._without_legal_answers(lines, part)
        lines = _plain_outline(
            lines,
            self.registry,
            split=not part.grids,
            scraped=self._scraped,
            reported=self._reported,
            headless=self._headless,
        )
        lines = _report_regime_apart(_ocr_sequence(_ocr_romans(lines)))
        start = next(
            (
                i
                for i, x in enumerate(lines)
                if (n := _label(x)) is not None and n.kind in ("roman", "part", "article")
            ),
            None,
        )
        body_from = start if start is not None else self._first_numbered(lines)
        last_no: int | None = None  # the body's last source line, when it ends early
        letter: list[Line] = []  # an unnumbered letter's assigning paragraphs
        if start is None and body_from is None:
            body_from, last_no, letter = self._unnumbered_body(lines)
        if start is None and body_from:
            body_from = self._asked_before_quote(lines, self._lead_in_from(lines, body_from))
        grids = list(part.grids)
        # The body's first line by its number: the tables taken out below shift indexes.
        from_no = lines[body_from].no if body_from is not None and body_from < len(lines) else None
        # Tables written one cell per line: found among the lines, taken out of them.
        keep: list[Line] = []
        i = 0
        while i < len(lines):
            f = fold(lines[i].text).strip(" .:")
            if f in ("stt", "tt"):
                got = cells_grid(lines, i, self._cell_tests) or columns_grid(
                    lines, i, self._cell_tests
                )
                if got is not None:
                    grids.append((len(keep), got[0]))
                    i = got[1]
                    continue
            keep.append(lines[i])
            i += 1
        if from_no is not None and len(keep) < len(lines):
            body_from = next((k for k, x in enumerate(keep) if x.no >= from_no), len(keep))
        lines = keep
        if body_from is None and letter:
            self._outside([x.text for x in lines if x.no not in {y.no for y in letter}])
            body = letter
            self._letter = True
        elif body_from is None:
            body = [] if start is None else lines
            self._outside([x.text for x in lines])
        else:
            self._outside([x.text for x in lines[:body_from]])
            body = self._without_told(lines[body_from:])
            if last_no is not None:
                self._outside([x.text for x in body if x.no > last_no])
                body = [x for x in body if x.no <= last_no]
        if body:
            root = _tree(
                _run_in_numbers(_blocks(body, self.registry, _spaced(lines))), self.registry
            )
            self._titled, self._asked_first = (
                self._title_owners(lines[: max(0, body_from or 0)], part),
                self._preamble_asks(lines[: max(0, body_from or 0)]) or self._letter_asks,
            )
            self._asked_addressed = _asks_addressees(
                self._asked_first, lines[: max(0, body_from or 0)]
            )
            self._walk_root(root, part)
            self._titled = self._asked_first = self._letter_asks = None
            self._guided = self._asked_addressed = self._letter = False
        for _, grid in grids:
            self._grid(grid, part)

    def _cell_rows(self, lines: list[Line]) -> set[int]:
        """The indexes of ``lines`` inside tables written one cell per line."""
        out: set[int] = set()
        for i, x in enumerate(lines):
            if fold(x.text).strip(" .:") in ("stt", "tt") and i not in out:
                got = cells_grid(lines, i, self._cell_tests) or columns_grid(
                    lines, i, self._cell_tests
                )
                if got is not None:
                    out.update(range(i, got[1]))
        return out

    def _unnumbered_body(self, lines: list[Line]) -> tuple[int | None, int | None, list[Line]]:
        """A text with no numbered label: its bullets' first index and last line, or paragraphs.

        The paragraphs are an unnumbered letter's that give work (see _letter_tasks).
        Bullets with no label above them: the text's tasks are its bullets (the words
        after the last one and the lines it wraps over are the text's own).
        """
        sent = _addressed_to(lines)
        bullets = [
            i
            for i, x in enumerate(lines)
            if (n := _label(x))
            and n.kind in _BULLETS
            # "_ Văn bản báo cáo … gửi về …": a scan's speck before a letter's paragraph,
            # read as a dash; the letter's own bullets are dashes as printed.
            and not (sent and i >= sent and x.raw.lstrip().startswith("_"))
        ]
        if sent and bullets and bullets[-1] >= sent:
            bullets = _before_recipients(lines, bullets)
        if sent and (not bullets or bullets[-1] < sent):
            # A letter whose only bullets (if any) are whom it is sent to ("Kính gửi:
            # - Các Sở: …; - Ủy ban nhân dân xã …."): its tasks are in its paragraphs.
            return None, None, self._letter_tasks(lines[sent:])
        if not bullets:
            return None, None, []
        end = bullets[-1] + 1
        while (
            end < len(lines)
            and not lines[end].blank_before
            and not lines[end - 1].text.rstrip(" *").endswith(_TERMINAL)
        ):
            end += 1
        if end == bullets[-1] + 1 and lines[end - 1].text.rstrip(" *").endswith(":"):
            # "- Tại các điểm cầu còn lại:" then "(1) …", "(2) …": the last bullet leads
            # into numbered points; they are the body's too.
            while end < len(lines) and (
                _PAREN_LINE.match(lines[end].text)
                or (
                    not lines[end].blank_before
                    and not lines[end - 1].text.rstrip(" *").endswith(_TERMINAL)
                )
            ):
                end += 1
        return bullets[0], lines[end - 1].no, []

    def _asked_before_quote(self, lines: list[Line], body_from: int) -> int:
        """A news page's first request above the numbered items it quotes, or ``body_from``.

        "Chính phủ yêu cầu Bộ Quốc phòng, Bộ Công an phối hợp … ." then, under a subheading
        of the page, "Căn cứ tại Công văn …:" and "1. Ủy ban nhân dân …", "2. …": the page
        reports requests in its paragraphs before it quotes a document's items; they are
        work as much as the items are. Only a request naming whom it asks, plainly (not
        what was done), and only above a subheading between it and the items.
        """
        head = lines[:body_from]
        subheads = [i for i, x in enumerate(head) if x.heading or _BOLD_LINE.match(x.raw.strip())]
        if not self._headless or not subheads:
            return body_from
        at = 0
        for para in _paragraphs(head):
            i = at
            at += len(para)
            if i >= subheads[-1]:
                break
            text = " ".join(x.text.strip() for x in para).strip(" *")
            # "… yêu cầu Chủ tịch UBND các tỉnh nghiên cứu …;": a request may end on its
            # clause, the next paragraph ("Tổng hợp …") going on with it.
            if any(x.heading or _label(x) is not None for x in para) or not text.endswith(
                (".", ";")
            ):
                continue
            got = subject(text, self.registry)
            names = (got.leads or got.responsible) if got is not None else []
            if got is None or not names or any(verb_led(n.written) for n in names):
                continue
            if (got.requested or got.assigned) and _clear_request(text, got, names):
                self._told_between = self._told_paragraphs(head, subheads[-1])
                return i
        return body_from

    def _without_told(self, body: list[Line]) -> list[Line]:
        """``body`` without the news page's account before its items (see _told_paragraphs)."""
        told, self._told_between = self._told_between, set()
        self._outside([x.text for x in body if x.no in told])
        return [x for x in body if x.no not in told]

    def _told_paragraphs(self, head: list[Line], subhead: int) -> set[int]:
        """The line numbers of what a news page tells under its subheading, before the items.

        "Theo Báo cáo …, các bộ đã tiến hành rà soát …", "Cụ thể, có 5.076 văn bản …": the
        page's own account between the request above and the items it quotes is news,
        not work; a paragraph that asks or assigns anything ("Để tổng hợp …, Sở Nội vụ đề
        nghị doanh nghiệp …") is kept with the body.
        """
        out: set[int] = set()
        at = 0
        for para in _paragraphs(head):
            i = at
            at += len(para)
            text = " ".join(x.text.strip() for x in para).strip(" *")
            if i > subhead and not _ASKS_IN.search(f" {text} "):
                out.update(x.no for x in para)
        return out

    def _lead_in_from(self, lines: list[Line], body_from: int) -> int:
        """The line the items' body starts at, a request leading into them taken in.

        No section above the items: a request that leads into them ("Bộ Chính trị yêu
        cầu cấp uỷ, … tập trung một số nội dung trọng tâm sau:") names their owners, as
        it does inside a section. The request may wrap over several lines: its
        paragraph, back to the line after a blank one.
        """
        first = body_from - 1
        while (
            first > 0
            and not lines[first].blank_before
            and body_from - first < _LEAD_IN_LINES
            and not lines[first - 1].heading
            and _label(lines[first - 1]) is None
            # A copy with no empty line between paragraphs: a line ending a sentence
            # closes the paragraph before the request (a title, a basis, a purpose).
            and not lines[first - 1].text.rstrip(" *").endswith((".", ";"))
        ):
            first -= 1
        if (
            first > 0
            and body_from - first >= _LEAD_IN_LINES
            and not lines[first].blank_before
            and not lines[first - 1].text.endswith(_TERMINAL)
        ):
            # The walk stopped inside a long paragraph, mid-sentence: a copy that sets
            # no empty line between paragraphs ran the background ("Ngày …, Bộ … ban
            # hành … và giao … hoàn thành chậm nhất …") into the request. The request
            # opens at a sentence's start; the words before it are the preamble's.
            first = next(
                (k for k in range(first + 1, body_from) if lines[k - 1].text.endswith(".")),
                first,
            )
        para = lines[first:body_from]
        text = " ".join(x.text.strip() for x in para)
        if (
            not any(x.heading for x in para)
            and all(_label(x) is None for x in para)
            and (self._asked_owners(text) or self._work_owner(text))
        ):
            return first
        return body_from

    def _letter_tasks(self, lines: list[Line]) -> list[Line]:
        """An unnumbered letter's paragraphs that give a body work, one line each.

        "Sau khi xem xét Chủ tịch Ủy ban nhân dân tỉnh giao Sở X chủ trì, phối hợp với …
        tổ chức xác minh …. Báo cáo kết quả … trước ngày 30/8/2026": the letter's task,
        its later sentences with no subject of their own going on with it. A paragraph
        telling what was received, or closing with "Yêu cầu X, Y … triển khai thực
        hiện./." (no work named), is the letter's own and gives none.
        """
        out: list[Line] = []
        directed = False  # the paragraph above closed on its speaker's colon
        led: list[_Owners] = []  # whom a lead-in above asks, its points not yet closed
        just = False  # the paragraph above gave a task (its due date may follow)
        for para in _paragraphs(lines):
            text = _OCR_PURPOSE.sub("Để ", " ".join(x.text.strip() for x in para), count=1)
            asked_above, just = just, False
            told, directed = directed, False
            framed = ""
            answered = False  # the frame answered was cut off before the speaker
            if (past := _past_speaker_colon(text, self.registry)) != text:
                # "Xét đề nghị của Bộ X …, Phó Thủ tướng A có ý kiến như sau: Giao Bộ Y chủ
                # trì …": the direction after the colon is the task; a body it names is
                # given it as the speaker's words, with or without "giao".
                text, told = past, True
            elif (colon := _speaker_colon(text)) is not None and colon.end() >= len(text):
                directed = True  # "… có ý kiến như sau:" alone: the paragraphs below
                continue
            elif (speaker := _answer_speaker(text)) is not None and not _OWN_REMIT.match(text):
                # The frame answered ("Theo đề nghị của Bộ X tại Công văn số …,") is the
                # letter's reason, not its work: the task opens with its speaker. A frame
                # closed by a semicolon ("Thực hiện ý kiến chỉ đạo …; Sở Y tế đề nghị …") is
                # a sentence of the request's own, kept in front of it.
                if text[speaker.start()] == ";":
                    framed = text[: speaker.start() + 1] + " "
                text = text[speaker.start() + 1 :].strip()
                answered = True
            got = _clause_subject(text, self.registry)
            if got is None and len(para) > 1:
                text, got = self._concluding_request(para, text)
            if (
                got is None
                and not _LETTER_OPENS.match(fold(text))
                and (sent := self._asked_addressee(text)) is not None
            ):
                # "Văn phòng Chính phủ đề nghị quý Bộ khẩn trương có báo cáo …": the
                # letter asks its one addressee, by its kind ("Ngày …, … yêu cầu quý Bộ
                # …" recalls an earlier request, the letter's reason).
                got = Subject(responsible=sent.responsible, assigned=True)
            if got is None and led and not _LETTER_CLOSES.match(text):
                # "…, Giám đốc Sở yêu cầu thủ trưởng các đơn vị chỉ đạo thực hiện những nội
                # dung như sau:" then "Báo cáo công tác … trước ngày …": the paragraphs
                # after the lead-in are the points of those it asks (see _preamble_asks).
                out.append(Line(para[0].no, text, 0, True, text))
                self._letter_asks = led[0]
                just = True
                continue
            if (
                (got is None or answered)
                and _SAU_DAY.search(text)
                and (asks := self._asked_owners(text))
            ):
                # (Past its frame, "Giám đốc Sở Y tế yêu cầu … những nội dung như sau:" is
                # the same lead-in: its points are below.)
                led = [asks]
                continue
            led = []
            if asked_above and not told and self._due_by(got, text):
                y = out[-1]
                out[-1] = Line(y.no, f"{y.text.rstrip()} {text.strip()}", 0, True, y.raw)
                continue
            if got is None or not (
                got.leads
                or (got.responsible and (told or got.assigned or self._dated_request(got, text)))
            ):
                continue
            if _BARE_CLOSING.match(fold(text[got.end :])):
                continue
            text = framed + text
            line = Line(para[0].no, text, 0, True, text)
            if told:
                # "…, Bộ X làm việc với … ; phối hợp với các bộ … bảo đảm hoàn thành vào năm
                # 2026.": the direction runs its owner's tasks together (see _split_restarted).
                out += _split_restarted([line], [True], last_own=True)[0]
            else:
                out.append(line)
            just = True
        return out

    def _due_by(self, got: Subject | None, text: str) -> bool:
        """Whether a letter's paragraph only says when the request just above it is due.

        "Văn bản báo cáo của các đơn vị gửi về Phòng … chậm nhất ngày …" (see
        _LETTER_SENT_BACK): no work of its own. "Đề nghị các đơn vị hoàn chỉnh báo cáo …
        trước ngày 05/01/2018 để Bộ Y tế tổng hợp …": the same addressees asked again,
        with the date (the letter's closing asks no date). A note between them ("Lưu ý:
        …") may be due then too: only the nearest is sure.
        """
        f = fold(text)
        if got is None:
            return _LETTER_SENT_BACK.match(f) is not None
        return (
            not got.leads
            and not got.assigned
            and got.requested
            and re.match(r"(?:de nghi|yeu cau) (?:cac |quy )?don vi\b", f) is not None
            and self._dated_sentence(text)
        )

    def _concluding_request(self, para: list[Line], text: str) -> tuple[str, Subject | None]:
        """A request opening a later line of ``para`` with "Do vậy, …", and its subject.

        A copy with no empty line between paragraphs runs a letter's reasons ("Tuy nhiên,
        đến nay … chưa nhận được báo cáo …") into its request ("Do vậy, Bộ X trân trọng
        đề nghị Y …"): the request opens its line after a sentence's end, with its
        connective; the writer asks the body named after it. Else ``text`` and None.
        """
        if _LETTER_OPENS.match(fold(text)) or _PURPOSE_FIRST.match(text):
            # "Nhằm nâng cao kiến thức … (… của Bộ Y tê). Giám đôc Sở Y tê đê nghị thủ trưởng
            # các đơn vị cử cán bộ …": the frame's sentence ends inside a line, and the
            # department asks in the next.
            for nxt in _ASKS_NEXT.finditer(text):
                line = text[nxt.end() :]
                got = _clause_subject(line, self.registry)
                if got is not None and (got.leads or got.responsible) and got.assigned:
                    return line, got
        for k in range(1, len(para)):
            if not para[k - 1].text.rstrip(" *").endswith("."):
                continue
            line = " ".join(x.text.strip() for x in para[k:])
            m = _CONCLUDING.match(line)
            if m is None and _LETTER_OPENS.match(fold(para[0].text)):
                # "Thực hiện Kế hoạch số … của Sở ….", then on the next line "Sở Thông tin và
                # Truyền thông đề nghị các đơn vị đăng ký …": a scan's copy runs the frame's
                # sentence into the request it answers with; the writer asks on its own.
                m = _WRITER_ASKS.match(line)
                if m is not None:
                    got = _clause_subject(line, self.registry)
                    if (
                        got is not None
                        and (got.leads or got.responsible)
                        and (got.requested or got.assigned)
                    ):
                        return line, got
            if m is None:
                continue
            got = _clause_subject(line[m.end() :], self.registry)
            if got is not None and (got.leads or got.responsible) and got.assigned:
                got.end += m.end()
                return line, got
        return text, None

    def _dated_request(self, got: Subject, text: str) -> bool:
        """Whether a letter's request of the bodies it manages sets them a date.

        "Thực hiện chức năng, nhiệm vụ được giao, Sở Công Thương yêu cầu các đơn vị …
        chưa thực hiện báo cáo … khẩn trương thực hiện báo cáo … trước ngày 08 tháng 4 năm
        2026.": required by a day, the request is the letter's task, as "giao" is.
        """
        return got.requested and _OWN_REMIT.match(text) is not None and self._dated_sentence(text)

    def _preamble_asks(self, head: list[Line]) -> _Owners | None:
        """The bodies the preamble's closing lead-in asks to do the list after it, or None."""
        k = len(head)
        sub = head[-1].text.strip() if head else ""
        # A news page's bold subheading, or the same copied without its bold: a line
        # with no stop under the request ("… thực hiện một số nhiệm vụ sau:").
        titled = bool(head) and (
            _BOLD_LINE.match(head[-1].raw.strip()) is not None
            or (len(sub.split()) <= 25 and not re.search(r"[.;:!?]$", sub))
        )
        if k > 1 and titled and _SAU_DAY.search(head[-2].text.strip()):
            # "… Bộ trưởng Bộ Y tế chỉ thị Sở Y tế … thực hiện một số nhiệm vụ sau:" then a
            # subheading over the first bullets: the subheading only titles them, the
            # request above it still leads into them.
            k -= 1
        last = head[k - 1].text.strip() if head else ""
        closing = bool(_SAU_DAY.search(last) or _CARRY_OUT_COLON.search(last))
        if not closing and not last.endswith(":"):
            return None
        # A copy hard-wrapped at the page's width (a scan's text) breaks the request over
        # lines: whom it asks stands lines above its closing "… sau:", in its paragraph.
        first = k - 1
        while (
            first > 0
            # A copy that sets an empty line after every printed line ("… Phó Thủ tướng
            # Vũ Đức Đam yêu" / "" / "cầu Bộ Văn hóa, …:"): a line in lower case goes on.
            and (not head[first].blank_before or not head[first].text[:1].isupper())
            and k - first < _LEAD_IN_LINES
            and not head[first - 1].heading
            and _label(head[first - 1]) is None
            and not head[first - 1].text.rstrip().endswith(_TERMINAL)
        ):
            first -= 1
        para = " ".join(x.text.strip() for x in head[first:k])
        if _DIRECTS_END.search(fold(last)) and (owner := self._owner_paragraph(last)):
            # "Chủ tịch Hội đồng thành viên Tập đoàn … chỉ đạo:": the one who directs owns
            # the points; their subjects are whom it directs.
            return replace(owner, directs=True)
        if not closing:
            # "…, Phó Thủ tướng Vũ Đức Đam yêu cầu Bộ Văn hóa, Thể thao và Du lịch:": the
            # request closes on the names of whom it asks, and the colon opens their points.
            named = _ASKS_NAMES.search(para)
            if named is None or not is_owner_list(named["who"], self.registry):
                return None
        asked = (
            self._asked_owners(last)
            or (self._asked_owners(para) if first < k - 1 else None)
            or self._body_needs(last)
        )
        if asked is None and (guided := self._guided_owners(para)) is not None:
            # A letter guiding the bodies it names through its sections ("Bộ hướng dẫn
            # Sở X … như sau:" then "I. Đánh giá …", "II. Xây dựng dự toán …"): every
            # section is the guidance's, not the first one only.
            self._guided = True
            return guided
        return asked

    def _guided_owners(self, text: str) -> _Owners | None:
        """The bodies a letter's closing lead-in guides through the points after it.

        "…, Bộ hướng dẫn Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố xây dựng
        dự toán … như sau:": the issuer guides the bodies it names (capitalised, right after
        the verb) in what they are to do; the points are theirs.
        """
        m = _GUIDES.search(text)
        if m is None:
            return None
        got = subject(text[m.end() :], self.registry)
        if got is None or not _owns(got) or got.partners:
            return None
        return _Owners(got.leads, [], got.responsible, "lead-in")

    def _title_owners(self, head: list[Line], part: _Part) -> _Owners | None:
        """The bodies an appendix's title gives its sections' duties to, or None.

        "Phụ lục I / NHIỆM VỤ CỦA CÁC BỘ, NGÀNH, ĐỊA PHƯƠNG TRONG TRIỂN KHAI ĐỀ ÁN …":
        the duties listed under it are theirs unless an item or heading names its own.
        """
        if not (part.kind or "").startswith("Phụ lục"):
            return None
        title = " ".join(x.text.strip() for x in head if _upper(x.text))
        m = _TITLE_DUTIES_OF.search(title)
        if m is None:
            return None
        named = m.group(1).strip(" ,")
        if _upper(named):
            named = named.lower()
        return self._heading_owners(named, _Node("para", "", named, part.title_line))

    def _first_numbered(self, lines: list[Line]) -> int | None:
        for i, x in enumerate(lines):
            n = _label(x)
            if n is not None and n.kind in ("arabic", "decimal", "letter", "article"):
                return i
        return None

    def _outside(self, texts: list[str]) -> None:
        for t in texts:
            self.cov.outside += sum(1 for sp in find_spans(t, self.issued) if _dated(sp))

    # ----------------------------------------------------------------- the outline

    def _walk_root(self, root: _Node, part: _Part) -> None:
        """The part's top-level nodes in order: sections, articles, and loose items."""
        loose = [c for c in root.children if c.kind not in ("roman", "part", "article")]
        numbered = [c for c in loose if c.kind in ("arabic", "decimal", "letter", *_BULLETS)]
        if not numbered and self._letter:
            # An unnumbered letter's assigning paragraphs (see _letter_tasks) are its items.
            numbered = [c for c in loose if c.kind == "para"]
        holder: _Node | None = None
        if numbered:
            # Numbered items with no section above them: one section for the part.
            if part.kind and part.kind.startswith("Phụ lục"):
                # An appendix's numbered items: ids as its tables' rows ("PL.3.a").
                sid = self._unique_section(self._appendix_label(part))
            else:
                sid = (
                    "S"
                    if not any(s["id"] == "S" for s in self.sections)
                    else f"S{len(self.sections)}"
                )
            holder = _Node("roman", sid, part.kind or "Nội dung", part.title_line)
            # An unlabelled markdown heading is the article's subheading; a numbered
            # one ("### 1. Các cấp ủy, …") is an item printed as a heading.
            holder.children = [c for c in loose if not (c.heading and c.kind == "para")]
            for c in holder.children:
                c.parent = holder
            holder.id = sid
        for c in root.children:
            if c.kind in ("roman", "part"):
                c.id = self._unique_section(c.label)
                self._section(c, top=True)
            elif c.kind == "article":
                self._article(c)
            elif holder is not None and c is numbered[0]:
                self._section(holder, top=True)
            elif holder is None and c.kind == "para" and not (c.heading and not c.children):
                self.cov.skipped["outside"] += 1
                self._outside([c.text])

    def _article(self, node: _Node) -> None:
        """An article of a decision: a section when it assigns work, else set aside.

        "Điều 2. Tổ chức thực hiện: 1. Bộ … 2. …" assigns duties; "Điều 1. Ban hành kèm
        theo …", "Điều 3. … chịu trách nhiệm thi hành Quyết định này" do not.
        """
        numbered = [c for c in node.children if c.kind != "para"]
        words = " ".join([node.text, *(c.text for c in node.children if c.kind == "para")])
        if not numbered and (_ARTICLE_BOILERPLATE.search(fold(words)) or not node.text):
            asked = self._asked_beside_boilerplate(node) or self._asked_above_boilerplate(node)
            if not asked and not numbered:
                asked = self._asked_sentences(node)
                if len(asked) > 1:
                    # Each sentence names its own bodies: a duty each, as the
                    # paragraphs of any article.
                    self.cov.skipped["article"] += 1
                    node.children = asked
                    node.kind, node.label = "roman", f"D{node.label}"
                    node.id = self._unique_section(node.label)
                    node.text = f"Điều {node.label[1:]}"
                    self._section(node, top=True)
                    return
            if not asked:
                self.cov.skipped["article"] += 1
                return
            # "Điều 4. Quyết định này có hiệu lực kể từ ngày ký." then "Đề nghị Ủy ban
            # Kiểm tra Tỉnh ủy … phối hợp kiểm tra …" and "Chánh Văn phòng … chịu trách
            # nhiệm thi hành …": the request is work; the validity and execution are not.
            self.cov.skipped["article"] += len(node.children) - len(asked) + 1
            node.children = asked
            words = " ".join(c.text for c in asked)
        if _ARTICLE_NORMATIVE.match(fold(node.text.strip())) and not self._scheduled_steps(node):
            if not self._authorities_steps(node) and not self._assigned_points(node):
                # "Điều 4. Đối tượng và điều kiện hỗ trợ" over "1. …", "2. …": the rule's
                # content, not work; its dates are the rule's periods, no deadline.
                self.cov.skipped["normative"] += 1
                self._outside(_texts(node))
                return
            numbered = [c for c in node.children if c.kind != "para"]
        node.kind, node.label = "roman", f"D{node.label}"
        node.id = self._unique_section(node.label)
        if not numbered and self._own_subject_paragraphs(node):
            # "Điều 2. Giao Bộ trưởng Bộ Nội vụ … ký báo cáo …." then "Bộ Nội vụ chịu
            # trách nhiệm toàn diện về …": the article's sentence, then paragraphs each
            # naming the body that acts — a duty each.
            own = _Node("para", "", node.text, node.line)
            own.parent = node
            node.children = [own, *node.children]
            node.text = f"Điều {node.label[1:]}"
        elif not numbered:
            # One article, one duty: its text is the duty (without a title of its own,
            # "Điều 2. Phân công cơ quan thẩm tra" over "Phân công Ủy ban … chủ trì …").
            body = [c.text for c in node.children if c.kind == "para"]
            titled = body and not node.text.rstrip().endswith(_TERMINAL)
            titled = titled and len(node.text.split()) <= _ARTICLE_TITLE_WORDS
            para = _Node("para", "", " ".join(body) if titled else words, node.line)
            para.parent = node
            node.children = [para]
            if not (titled and _DUTIES_OF.match(node.text.strip())):
                # "Điều 36. Trách nhiệm của Ngân hàng Nhà nước Việt Nam" over one
                # paragraph with no subject: the title names its owner, and stays.
                node.text = f"Điều {node.label[1:]}"
        self._section(node, top=True)

    def _own_subject_paragraphs(self, node: _Node) -> bool:
        """Whether an article's whole sentence is followed by paragraphs of their own.

        Each paragraph under it opens on a body that acts ("Bộ Nội vụ chủ trì, phối hợp
        …"); a title ("Điều 2. Tổ chức thực hiện") or a paragraph going on with the same
        work without a subject keeps the article one duty.
        """
        if not node.children or not node.text.rstrip(" *").endswith("."):
            return False
        if _ARTICLE_BOILERPLATE.search(fold(node.text)):
            return False
        for c in node.children:
            if c.kind != "para" or c.children or _ARTICLE_BOILERPLATE.search(fold(c.text)):
                return False
            if not starts_body(c.text, _aligned_text(c.text), 0, self.registry):
                return False
            if not _owns(subject(c.text, self.registry)):
                return False
        return True

    def _asked_above_boilerplate(self, node: _Node) -> list[_Node]:
        """An article's own sentence that asks a named body, above its execution paragraph.

        "Điều 3. Phân công Phó Thủ tướng … chỉ đạo Bộ Công an …." then "Bộ trưởng Bộ Công
        an, … chịu trách nhiệm thi hành Nghị quyết này./.": the work is the article's own
        sentence; the paragraph after it is the execution clause, set aside.
        """
        # A whole sentence of its own ("Điều 5. Bộ trưởng các Bộ:" then the names and the
        # execution on the next lines is one sentence, run over).
        if not node.text.rstrip(" *").endswith(".") or _ARTICLE_BOILERPLATE.search(fold(node.text)):
            return []
        got = subject(node.text, self.registry)
        if got is None or not (got.leads or got.responsible):
            return []
        own = _Node("para", "", node.text, node.line)
        own.parent = node
        node.text = ""
        # "Điều 2. HĐND tỉnh giao Thường trực HĐND tỉnh tổ chức thực hiện …." then "Thường
        # trực HĐND tỉnh và các Ban … xây dựng …", "Ủy ban nhân dân tỉnh … có trách nhiệm
        # báo cáo …" and "Nghị quyết này đã được … thông qua …": the paragraphs naming who
        # acts are work too; only the validity or execution paragraph is set aside.
        # The council's formula giving its members oversight ("… giao Thường trực HĐND
        # tỉnh, các Ban … giám sát quá trình thực hiện Nghị quyết.") stays set aside.
        asked = self._asking_paragraphs(node)
        return [own, *(c for c in asked if not _OVERSEES_ONLY.search(fold(c.text)))]

    def _asked_beside_boilerplate(self, node: _Node) -> list[_Node]:
        """The paragraphs of a validity article that ask a named body for work.

        Only under a title that is itself the validity ("… có hiệu lực …"); a paragraph
        of validity or execution wording stays set aside.
        """
        if not node.text or not _ARTICLE_BOILERPLATE.search(fold(node.text)):
            return []
        return self._asking_paragraphs(node)

    def _asked_sentences(self, node: _Node) -> list[_Node]:
        """The sentences of an article set aside for a reference that give bodies work.

        "Điều 5. Các danh mục mã … ban hành kèm theo Quyết định này là cơ sở dữ liệu …. Các
        cơ sở khám bệnh, chữa bệnh, cơ quan bảo hiểm xã hội … có trách nhiệm cập nhật …":
        the words that mark a validity or an annex also name what a body must work on;
        a sentence that opens on a body acting is work wherever the article sits. A
        title run into its sentence ("Điều 3.Quy định áp dụng … nội soi Cơ sở khám bệnh,
        chữa bệnh sử dụng …") is cut at the body. The validity and the execution formula
        stay set aside.
        """
        out: list[_Node] = []
        for c in [node, *node.children]:
            if c is not node and (c.kind != "para" or c.children):
                continue
            for k, written in enumerate(_SENTENCE_BREAK.split(c.text.strip())):
                if _VALIDITY_OR_EXECUTION.search(fold(written)):
                    continue
                sentence = written
                got = subject(sentence, self.registry)
                if got is None and c is node and k == 0:
                    sentence = self._past_run_in_title(written)
                    got = subject(sentence, self.registry) if sentence else None
                if got is None or not (got.leads or got.responsible) or got.partners:
                    continue
                para = _Node("para", "", sentence, c.line)
                para.parent = node
                out.append(para)
        return out

    def _past_run_in_title(self, text: str) -> str:
        """An article's sentence past a title run into it, or "" when none opens on a body.

        "Quy định áp dụng đối với … và nội soi Cơ sở khám bệnh, chữa bệnh sử dụng …": the
        title has no stop; the sentence starts at the capital that opens a body acting.
        """
        for m in re.finditer(r"(?<=[a-zà-ỹđ0-9)]) (?=[A-ZĐÀ-Ỹ])", text):
            rest = text[m.end() :]
            if starts_body(rest, _aligned_text(rest), 0, self.registry):
                return rest
        return ""

    def _asking_paragraphs(self, node: _Node) -> list[_Node]:
        """An article's paragraphs that name a body acting, past validity and execution."""
        out = []
        for c in node.children:
            if c.kind != "para" or _ARTICLE_BOILERPLATE.search(fold(c.text)):
                continue
            if c.text.upper() == c.text or re.match(r"(?:TM|KT|TL|TUQ|Q)\.\s", c.text):
                continue  # "TM. CHÍNH PHỦ THỦ TƯỚNG": the signature, in capitals
            got = subject(c.text, self.registry)
            if got is not None and (got.leads or got.responsible):
                out.append(c)
        return out

    def _assigned_points(self, node: _Node) -> bool:
        """Whether a normative article's points assign a named body work; keeps only those.

        "Điều 3. Nguyên tắc đầu tư …" whose "1. Hội đồng nhân dân Thành phố thống nhất giao
        Ủy ban nhân dân Thành phố bố trí nguồn vốn …": the council gives work by name
        among the principles; the other points are the rule's content. Undated only: a
        date among principles is the rule's period.
        """
        kept = []
        for c in node.children:
            if c.kind == "para" or not re.search(r"\bgiao\s", fold(c.text)[:120]):
                continue
            got = subject(c.text, self.registry)
            if got is not None and (got.assigned or got.requested) and _owns(got):
                kept.append(c)
        if not kept or any(
            _dated(sp)
            for c in kept
            for text in [c.text, *_texts(c)]
            for sp in find_spans(text, self.issued)
        ):
            return False
        self.cov.skipped["normative"] += len(node.children) - len(kept)
        self._outside([t for c in node.children if c not in kept for t in [c.text, *_texts(c)]])
        node.children = kept
        return True

    def _authorities_steps(self, node: _Node) -> bool:
        """Whether a procedure article's steps hand the case from one authority to the next.

        "Điều 7. Hồ sơ, trình tự giải quyết chế độ" whose "2. Trình tự giải quyết … như
        sau:" goes "b) Ủy ban nhân dân cấp xã tiếp nhận hồ sơ, xét duyệt, …", "c) Ban Chỉ
        huy quân sự, Công an huyện … rà soát …", "đ) Ủy ban nhân dân cấp tỉnh ra quyết
        định …": each step is work the rule gives a named state body, so it is a duty.
        What the applicant or an enterprise does ("Người lao động đề nghị …", "Doanh
        nghiệp gửi …") is the applicant's part, no assigned work; the files to submit
        ("1. Hồ sơ … bao gồm: …") are the rule's content. Only a procedure with no date at
        all: a date in it is an intake window, the rule's period, never a step's deadline.
        On success the article keeps only those steps (under their procedure's item).
        """
        title = fold(node.text.strip())
        if not re.search(r"\b(?:trinh tu|thu tuc)\b", title):
            return False
        if any(_dated(sp) for text in _texts(node) for sp in find_spans(text, self.issued)):
            return False
        if title.startswith(("trinh tu", "thu tuc")):
            holders = [node]
        else:
            # "2. Trình tự giải quyết … được thực hiện như sau:" inside the article.
            holders = [
                c
                for c in node.children
                if c.kind != "para" and c.children and fold(c.text).startswith("trinh tu")
            ]
        kept: dict[int, list[_Node]] = {}
        for holder in holders:
            steps = [c for c in holder.children if c.kind != "para"]
            by_authority = [c for c in steps if self._authority_acts(c.text)]
            if len(by_authority) >= 2 and len(by_authority) * 2 >= len(steps):
                kept[id(holder)] = by_authority
        if not kept:
            return False
        dropped = _texts(node)
        if id(node) in kept:
            node.children = kept[id(node)]
        else:
            node.children = [c for c in node.children if id(c) in kept]
            for c in node.children:
                c.children = kept[id(c)]
        left = set(_texts(node))
        rest = [t for t in dropped if t not in left]
        self.cov.skipped["normative"] += 1
        self._outside(rest)
        return True

    def _authority_acts(self, text: str) -> bool:
        """Whether a step opens with a state body acting: "Ủy ban nhân dân cấp xã tiếp nhận …"."""
        got = subject(text, self.registry)
        if got is None or not (got.leads or got.responsible):
            return False
        first = fold((got.leads or got.responsible)[0].written)
        return bool(_AUTHORITY.match(first))

    def _scheduled_steps(self, node: _Node) -> bool:
        """Whether a procedure article sets its steps calendar dates: a one-off scheme.

        "Điều 3. Trình tự, thủ tục thực hiện" whose steps say "Chậm nhất đến hết ngày 20
        tháng 10 năm 2021, cơ quan bảo hiểm xã hội hoàn thành việc gửi …" schedules work
        by a date, unlike a standing application procedure (its limits counted from each
        application, its only date the window for receiving them, which is set aside).
        """
        if not fold(node.text.strip()).startswith(("trinh tu", "thu tuc")):
            return False
        return any(
            sp.read
            and _dated(sp)
            and any(r.window.kind is WindowKind.DEADLINE for r in sp.readings)
            for text in _texts(node)
            for sp in find_spans(text, self.issued)
        )

    def _unique_section(self, label: str) -> str:
        sid = label
        k = 2
        while any(s["id"] == sid for s in self.sections):
            sid, k = f"{label}-{k}", k + 1
        return sid

    def _no_work_below(self, node: _Node, f: str) -> bool:
        """Whether a section lists who sits on a body, whom the plan reaches or slogans."""
        if _MEMBERS.search(f) and node.children:
            # "Điều 1. Kiện toàn Ban Chỉ đạo …, gồm các thành viên sau đây:": who sits on
            # it, not work.
            self.cov.skipped["members"] += len(node.children)
            self._outside([c.text for c in node.children])
            return True
        if _SLOGANS_TITLE.match(f) and node.children:
            # "1. Nhiệt liệt chào mừng …!", "2. Ngày 15/3/2026, cử tri cả nước đi bầu cử
            # …!": what the banners say, no task; the day a slogan names is no deadline.
            self.cov.skipped["slogans"] += len(node.children)
            self._outside(_texts(node))
            return True
        if _SCOPE_TITLE.match(f) and node.children:
            # "II. ĐỐI TƯỢNG, PHẠM VI VÀ THỜI GIAN THỰC HIỆN": whom and where the plan
            # reaches and its period, no task; its period is no duty's deadline.
            self.cov.skipped["scope"] += len(node.children)
            self._outside(_texts(node))
            return True
        return False

    def _section(self, node: _Node, *, top: bool) -> None:
        title = node.text.strip().rstrip(" :.")
        entry: dict[str, Any] = {"id": node.id, "title": title or node.id}
        self.sections.append(entry)
        self._detach(node)
        _assign_ids(node)
        f = fold(title)
        purposes = bool(_PURPOSES.search(f)) and not re.search(r"nhiem vu|to chuc thuc hien", f)
        ctx = _Ctx(section=node.id)
        duties_of = _DUTIES_OF.match(title) or self._duties_of_named(title)
        if duties_of is not None:
            # "Điều 2. Nhiệm vụ của Ban Chỉ đạo:": the body whose duties they are does them.
            # "Điều 31. Trách nhiệm của doanh nghiệp cho thuê lại": a party the rule
            # addresses, by a short common noun phrase, as under "Trách nhiệm của …:";
            # not "của các bên", parties the points name one by one.
            owners = self._heading_owners(_uncapped(duties_of.group(1)), node)
            if owners is None and _upper(duties_of.group(1)):
                # "NHIỆM VỤ CHỦ YẾU CỦA ỦY BAN VĂN HÓA VÀ XÃ HỘI": in small letters an
                # unknown body's name has lost the capitals that tell it; as printed, its
                # kind's word opens it.
                owners = self._heading_owners(duties_of.group(1), node)
            if owners is None and not re.match(r"(?:các|những|mọi)\s", duties_of.group(1), re.I):
                owners = self._heading_owners(title, node)
            if owners is None and (party := _party_restated(duties_of.group(1), node)):
                owners = _Owners(
                    responsible=[self.registry.register(Named(party))], source="heading"
                )
            ctx = _Ctx(node.id, owners)
        elif node.children and (roles := _school_roles(title)) is not None:
            # "I. Đối với cán bộ giám sát (CBGS)" over "1. …": a part given to a role.
            found = [self.registry.register(Named(r)) for r in roles]
            ctx = _Ctx(node.id, _Owners(responsible=found, source="heading"))
        elif (
            node.children
            and (
                given := self._article_of_bodies(title, node)
                or self._given_to(title, node)
                or self._duties_held(title)
            )
            is not None
        ):
            ctx = _Ctx(node.id, given)
        elif top and self._titled is not None:
            ctx = _Ctx(node.id, _copy(self._titled))
        elif top and self._asked_first is not None:
            # "Uỷ ban nhân dân thành phố chỉ thị Thủ trưởng các sở, …, Chủ tịch Uỷ ban nhân
            # dân các quận, huyện tổ chức … những nội dung trọng tâm sau đây:" closing the
            # preamble: the bodies asked own the list that follows, the first section (the
            # sections after it, as "Tổ chức thực hiện", name their own).
            ctx = _Ctx(node.id, self._asked_first)
        if (
            top
            and not self._guided
            and not (self._asked_addressed and not _EXECUTION_SECTION.search(f))
            and not (_TASK_SECTION.search(f) and not _EXECUTION_SECTION.search(f))
        ):
            # "I. NHIỆM VỤ CHUNG" then "II. NHIỆM VỤ CỤ THỂ": the bodies asked own each
            # section of tasks in a row; a section of another kind ends their list.
            self._asked_first = None
        if purposes:
            self._purposes(node)
            return
        if self._no_work_below(node, f):
            return
        if (_RESULTS_TITLE.match(f) or (top and _reported_period(node))) and node.children:
            self._ahead_only(node, ctx, entry)
            return
        if (
            _ASSESSMENT_TITLE.match(f)
            and node.children
            and all(c.kind == "para" and not c.children for c in node.children)
        ):
            # "I. ĐÁNH GIÁ CHUNG" over running paragraphs: what the addressee achieved and
            # what fell short, no task, its years no duty's deadline — but for a paragraph
            # turning to the time ahead ("Trong thời gian tới, Tỉnh tổ chức …").
            ahead = [c for c in node.children if _AHEAD.match(fold(c.text))]
            past = [c for c in node.children if c not in ahead]
            self.cov.skipped["assessment"] += len(past)
            self._outside([c.text for c in past])
            node.children = ahead
            self._children(node, ctx, entry)
            return
        if re.match(r"quyen han\b", f) and node.children:
            # "Điều 3. Quyền hạn của Ban Chỉ đạo": what a body may do, not work it is given.
            self.cov.skipped["powers"] += len(node.children)
            self._outside([c.text for c in node.children])
            return
        if top and self._particulars(node):
            return
        if any(_field(c) is not None for c in node.children):
            self._block(node, ctx, entry)
            return
        self._children(node, ctx, entry)

    def _particulars(self, node: _Node) -> bool:
        """Whether a section only describes an event (see :mod:`nq42cli.core.events`).

        Its items are no duties; its time is kept for the duty that holds the event.
        """
        items = [
            (self._first_line(c), c.text, [x.text for x in _descendants(c)], c.line)
            for c in node.children
        ]
        event = particulars(items) if items else None
        if event is None:
            return False
        self._events.append(event)
        self.cov.skipped["particulars"] += len(items)
        self._outside([t for _, text, under, _ in items for t in (text, *under)])
        return True

    def _first_line(self, node: _Node) -> str:
        """A node's first line as printed, without its label: its heading's words alone.

        "4. Nội dung kiểm tra" over a paragraph the outline ran into it.
        """
        if not 0 < node.line <= len(self._source):
            return node.text
        raw = self._source[node.line - 1].strip(" *#>")
        got = _label(Line(node.line, raw))
        return got.text if got is not None else raw

    def _event_times(self) -> None:
        """The day of an event the plan describes, given to the duty that holds it.

        "1. Thời gian kiểm tra: 13h30’ ngày 07/7/2026" in the event's section, "1. Tổ chức
        kiểm tra …" in the section that assigns the work: that duty is due on the event's
        day (its last, for an event of several days; several sittings, each). A table's
        rows are left as their table gives them; a duty with a time of its own keeps it.
        """
        names = {o["key"]: o["name"] for o in self.registry.used()}
        for event in self._events:
            # The days as the grammar reads them: the event's words hold hours and sittings'
            # names ("Đợt 1: Từ 13h30’ ngày 02/6/2026") that are no time phrase.
            days = "; ".join(f"ngày {d.day}/{d.month}/{d.year}" for d in event.days)
            try:
                read = read_phrase(days, self.issued)
            except TimeParseError:  # pragma: no cover - days written as the grammar reads them
                continue
            for duty in self.duties:
                owners = [names.get(r["owner"], "") for r in duty["owners"]]
                if (
                    duty["timing"] is not None
                    or duty["section"] in self._table_sections
                    or not holds(duty["text"], event, owners)
                ):
                    continue
                duty["timing"] = days
                duty["windows"] = [render_window(r.window) for r in read]
                note = (
                    f"the day of the event this duty holds, from its time at line "
                    f"{self._source_line(event.line)}: '{event.words}'"
                )
                duty["review"] = "; ".join(x for x in (duty.get("review"), note) if x)

    def _purposes(self, node: _Node) -> None:
        for k, c in enumerate(node.children):
            if c.kind == "para" and c.text.endswith(":"):
                continue
            nxt = node.children[k + 1] if k + 1 < len(node.children) else None
            if c.children and self._work_list(c, nxt):
                continue
            if c.children:
                self._purposes(c)
                continue
            self.purposes.append({"id": c.id or node.id, "text": c.text})
            self._outside([c.text])

    def _dated_sentence(self, text: str) -> bool:
        """Whether an item's text is a long sentence that sets a date of its own."""
        if len(text.split()) < _SENTENCE_WORDS:
            return False
        return any(sp.read and _dated(sp) for sp in find_spans(text, self.issued))

    def _work_list(self, node: _Node, nxt: _Node | None) -> bool:
        """Read the work a targets section lists under an owner's lead-in; False if none.

        "d) Các hoạt động chính" / "Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa
        phương phối hợp thực hiện các hoạt động sau:" / "- Lồng ghép …": the bullets are
        duties of the owner the lead-in names, wherever the plan puts them. (The lead-in,
        a paragraph after a lettered point, is read as the point's next sibling: ``nxt``.)
        """
        intro = next(
            (c for c in [*node.children, nxt] if c is not None and c.kind == "para"),
            None,
        )
        if intro is not None and not intro.text.rstrip().endswith(":"):
            intro = None
        bullets = [c for c in node.children if c.kind in _BULLETS]
        if intro is None or not bullets or not _WORK_INTRO.search(fold(intro.text)):
            return False
        got = subject(intro.text, self.registry)
        if got is None or not _owns(got):
            return False
        owners = _Owners(got.leads, got.partners, got.responsible, "lead-in")
        entry = self.sections[-1]
        for b in bullets:
            self._node(b, _Ctx(entry["id"], owners), entry)
        return True

    def _detach(self, node: _Node) -> None:
        """Move bullets naming their own owners out of an item that ends a sentence.

        "1. Văn phòng … (trước ngày 15/12/2026)." then "- Các cơ quan báo chí … mở
        chuyên mục …": the bullet is not the item's point and goes beside it. Bullets
        without their own subject stay the item's points ("i) Thực hiện công tác kiểm
        tra." then "- …").
        """
        for c in list(node.children):
            self._detach(c)
        if node.kind not in ("arabic", "letter", "decimal") or node.parent is None:
            return
        if not node.text.endswith(".") or node.text.endswith(":"):
            return
        moved = [c for c in node.children if c.kind in _BULLETS and _field(c) is None]
        if not moved or len(moved) != len(node.children):
            return
        if not all(_owns(subject(c.text, self.registry)) for c in moved):
            return
        parent = node.parent
        at = parent.children.index(node) + 1
        for c in moved:
            node.children.remove(c)
            c.parent = parent
            c.label = "loose"
        parent.children[at:at] = moved

    def _children(self, node: _Node, ctx: _Ctx, section: dict[str, Any]) -> None:
        closing = self._closing_time_rule(node)
        if closing is not None:
            ctx = _Ctx(ctx.section, ctx.owners, closing)
        paras = [c for c in node.children if c.kind == "para"]
        outer = ctx
        year: _Time | None = None
        rule = False  # under a point naming the rule's content ("a) Đối tượng áp dụng")
        for k, c in enumerate(node.children):
            if c.kind != "para":
                rule = c.kind in ("letter", "arabic") and _rule_point(c.text)
            if rule:
                # "a) Đối tượng áp dụng", "b) Mức hỗ trợ" in a policy's content, with
                # their points and paragraphs: who qualifies and how much, not work;
                # their dates are the rule's, no deadline.
                self.cov.skipped["normative"] += 1
                self._outside(_texts(c) if c.kind != "para" else [c.text])
                continue
            if c.kind == "para" and c.text.rstrip().endswith(":"):
                ctx, year = outer, None
                nxt = node.children[k + 1] if k + 1 < len(node.children) else None
                asked = (
                    (
                        self._asked_owners(c.text)
                        or self._owner_paragraph(c.text)
                        or self._work_owner(c.text)
                        or self._place_needs(c.text)
                        or self._purpose_subject(c.text)
                        or self._duty_holders(c.text)
                        or self._focus_subject(c.text, nxt)
                        or self._purpose_focus(c.text, nxt)
                    )
                    if nxt is not None
                    else None
                )
                duty_first = None
                if asked is None and nxt is not None and nxt.kind in _POINTS:
                    duty_first = self._duty_then_lead_in(c.text)
                    asked = duty_first[1] if duty_first is not None else None
                if duty_first is not None and asked is not None:
                    # "X phải tuân thủ …; cần chấn chỉnh ngay một số nội dung sau:" then
                    # "1. …": the first clause is X's duty, and X owns the points after it.
                    head = _Node("para", "", duty_first[0], c.line)
                    head.id = f"{node.id}.p1"
                    self._leaf(head, _Ctx(outer.section, asked, outer.time), section)
                    ctx = _Ctx(outer.section, asked, outer.time)
                    continue
                if (
                    asked is not None
                    and nxt is not None
                    and (nxt.kind in _POINTS or (nxt.kind == "inline" and nxt.label == "1"))
                ):
                    # "…; Chính phủ yêu cầu các Bộ trưởng, … chú trọng những nội dung
                    # sau:" then "a) …": the bodies asked own the points that follow (and
                    # a point's paragraphs), up to the next lead-in.
                    # The request itself leads into them: not a task of its own.
                    # "…, yêu cầu các địa phương … trước ngày 10/6/2025, cụ thể:" dates
                    # them as a numbered lead-in does (_lead_in_due).
                    year = self._lead_in_year(c) or self._lead_in_due(c.text, c.line)
                    if _DIRECTS_END.search(fold(c.text)):
                        asked = replace(asked, directs=True)
                    ctx = _Ctx(outer.section, asked, year or outer.time)
                    self.cov.skipped["owner_lead_in"] += 1
                    self._outside([c.text])
                    continue
            if c.kind == "para" and year is not None:
                # The year of "Trong năm 2025, …:" is its points'; a paragraph ends them.
                ctx, year = _Ctx(ctx.section, ctx.owners, outer.time), None
            if c.kind == "article":
                self.cov.skipped["article"] += 1
                continue
            if c.kind in ("roman", "part"):
                c.id = c.id or f"{node.id}.{c.label}"
                self._container(c, ctx, section)
                continue
            if (
                c.kind == "para"
                and len(paras) == 1
                and node.kind not in ("root", "roman", "part")
                and not [x for x in node.children if x.kind != "para"]
            ):
                c.id = node.id  # a single paragraph under a heading takes its number
            if c.kind == "para" and ctx.time is not None and ctx.time.points_only:
                # A paragraph after a dated lead-in's points goes on past them.
                self._node(c, _Ctx(ctx.section, ctx.owners, None), section)
                continue
            self._node(c, ctx, section)

    def _node(self, node: _Node, ctx: _Ctx, section: dict[str, Any]) -> None:
        if _field(node) is not None:
            return  # fields are read by their item (_block)
        fields = [c for c in node.children if _field(c) is not None]
        if fields:
            self._block(node, ctx, section)
            return
        if node.children:
            self._container(node, ctx, section)
            return
        self._leaf(node, ctx, section)

    def _past_summing_up(self, node: _Node, text: str) -> tuple[str, str | None]:
        """A paragraph's words past a summing-up sentence, and why they are no duty.

        "Trên đây là một số nội dung cần triển khai gấp trong tháng 12/2014 …. Bộ Tài
        chính đề nghị …": the sentence sums up the items above (its time is theirs); the
        requests after it are the paragraph's own, read as any other.
        """
        why = _not_duty(text)
        if why == "funding" and (after := self._assigned_after(text)) is not None:
            # "Kinh phí … được bố trí từ …. Hằng năm, các cơ quan được phân công chủ trì
            # … có trách nhiệm đề xuất …": the funding source is no task; the sentence
            # after it gives the bodies named their work.
            self.cov.skipped[why] += 1
            self._outside([text[: len(text) - len(after)]])
            return after, _not_duty(after)
        if node.kind != "para" or (rest := _past_summary(text)) == text:
            return text, why
        if why is not None and not (why == "plan_closing" and _owns(subject(rest, self.registry))):
            # "Trên đây là Kế hoạch … ." alone ends the text; followed by a sentence
            # naming who is to carry it out ("Các đơn vị được giao nhiệm vụ trong Kế
            # hoạch khẩn trương tổ chức triển khai …", "Yêu cầu các sở, … triển khai
            # thực hiện; đề nghị …"), that sentence is a generic duty of its own.
            return text, why
        self.cov.skipped["summary"] += 1
        self._outside([text[: len(text) - len(rest)]])
        return rest, _not_duty(rest)

    def _past_stand(self, text: str) -> str:
        """``text`` from the request after the writer's stand or findings (else ``text``).

        "Nhất trí chủ trương di dời …; Giao Ủy ban nhân dân phường X chủ trì …" and "Phòng
        Y cơ bản nhất trí với chủ trương …; đề nghị Phòng Z nghiên cứu, tổng hợp": the
        agreement is the writer's own stand, no task; the work is what it then gives a
        body. "Về hệ thống xử lý nước thải: Theo quy định …, khu công nghiệp phải có … .
        Hồ sơ đã đề xuất … ; đề nghị cập nhật …": a reviewer's point — a topic, what the
        file says or lacks, then what it asks; the request is the duty. Only when nothing
        before the request gives work: no sentence opens on a verb or names who acts, and
        no deadline is read there. A point opening on its topic keeps it when the
        agreement is a body's ("Về …: Các Bộ thống nhất …; giao X …").
        """
        ask = _THEN_ASKS.search(text)
        if ask is None:
            return text
        head, rest = text[: ask.start()], text[ask.end() :]
        if (topic := _REVIEWED_TOPIC.match(head)) is not None:
            told = [x for x in re.split(r"(?<=[.;])\s+", head[topic.end() :]) if x]
            if not told or any(
                _ACTION.match(fold(x)) or _owns(subject(x, self.registry)) for x in told
            ):
                return text
            if any(
                r.window.kind is WindowKind.DEADLINE
                for sp in find_spans(head, self.issued)
                if sp.read
                for r in sp.readings
            ):
                return text  # a deadline read there may be a task's, whatever its sentence
            why = "assessment"
        elif _AGREES.search(head) and not re.search(r";|\.\s", head):
            got = subject(rest, self.registry)
            if got is None or not _owns(got):
                return text
            why = "approval"
        else:
            return text
        self.cov.skipped[why] += 1
        self._outside([head])
        return rest

    def _assigned_after(self, text: str) -> str | None:
        """The words from the first later sentence that names who does it, or None."""
        for m in re.finditer(r"\.\s+(?=[A-ZĐÀ-Ỹ])", text):
            rest = text[m.end() :]
            if _owns(subject(rest, self.registry)):
                return rest
        return None

    def _leaf(self, node: _Node, ctx: _Ctx, section: dict[str, Any], text: str = "") -> None:
        text = text or node.text
        if node.kind == "para" and _FOOTNOTE.match(text):
            self.cov.skipped["footnote"] += 1
            return
        text, why = self._past_summing_up(node, self._past_stand(text))
        if why is not None:
            self.cov.skipped[why] += 1
            self._outside([text])
            return
        if (why := self._set_aside(node, text)) is not None:
            self.cov.skipped[why] += 1
            self._outside([text])
            return
        if node.kind == "para" and _INTRO.search(fold(text)):
            cuts = list(_SENTENCE_CUT.finditer(text))
            task = text[: cuts[-1].start() + 1] if cuts else ""
            if task and _ACTION.match(fold(task)):
                # "Tiếp tục thể chế hoá … . Tập trung triển khai tốt các nội dung sau:":
                # an action of its own, then the lead-in into the points.
                self.cov.skipped["intro"] += 1
                self._outside([text[cuts[-1].end() :]])
                self._make(node, task, ctx, section, ["not numbered in the source"])
                return
            self.cov.skipped["intro"] += 1
            self._outside([text])
            return
        if node.kind != "para" and is_owner_list(text, self.registry) and not node.children:
            self.cov.skipped["empty_owner_heading"] += 1
            return
        text = self._request_of_decision(text)
        reviews: list[str] = []
        if node.kind == "para":
            reviews.append("not numbered in the source; placed here for review")
        if node.label == "loose":
            reviews.append("a bullet outside a numbered item; check its id")
        if node.kind == "para":
            parts = self._dated_clauses(text)
        else:
            parts = self._subject_parts(text) if node.id else []
        if len(parts) > 1:
            for k, part in enumerate(parts, 1):
                piece = replace(node, id=f"{node.id}.p{k}", children=[])
                why = "one item, sentences with subjects of their own: split"
                self._make(piece, part, ctx, section, [*reviews, why])
            return
        self._make_sentences(node, text, ctx, section, reviews)

    def _set_aside(self, node: _Node, text: str) -> str | None:
        """Why a leaf is no duty at all (its coverage key), or None."""
        para = node.kind == "para"
        if para and _BARE_SPAN.match(text):
            # "2021-2025" on a line of its own: a table's time cell an OCR copy left apart
            # from its row; no task.
            return "time_cell"
        if para and self._bold_subheading(node, text):
            return "topic_heading"
        if para and _period_heading(node, text):
            return "time_heading"
        if para and (_restates_list(node, text) or _repeats_item(node, text)):
            return "restatement"
        if (self._scraped or self._headless) and self._printed_twice(node, text):
            return "restatement"
        if (why := _told_not_given(node, text)) is not None:
            return why
        if para:
            return self._narrated_or_lead_in(node, text)
        return None

    def _request_of_decision(self, text: str) -> str:
        """``text`` from the request after a decision told before it (see _past_decision)."""
        cut = self._past_decision(text)
        if cut:
            self.cov.skipped["approval"] += 1
            self._outside([text[:cut]])
        return text[cut:]

    def _past_decision(self, text: str) -> int:
        """Where the request after a decision told in the same sentence begins, or 0.

        "Đối với …: Thủ tướng Chính phủ đã đồng ý chấp thuận chủ trương …, đề nghị Văn
        phòng Chính phủ tổng hợp, báo cáo …": what the head decided is no one's task; the
        request after the comma is (and the sentences after it are read against it, see
        :meth:`_own_subject_sentences`). Only when the request names whom it asks.
        """
        f = fold_aligned(text)
        m = _DECIDED_THEN_ASKS.match(f)
        if m is None:
            return 0
        got = subject(text[m.end() :], self.registry)
        if got is None or not (got.requested or got.assigned) or not (got.leads or got.responsible):
            return 0
        return m.end()

    def _make_sentences(
        self, node: _Node, text: str, ctx: _Ctx, section: dict[str, Any], reviews: list[str]
    ) -> None:
        """One duty, or one a sentence when a later one gives work to another owner."""
        parts = self._own_subject_sentences(text, ctx) if node.id else []
        if len(parts) < 2:
            self._make(node, text, ctx, section, reviews)
            return
        why = "one item, a later sentence with a subject of its own: split"
        for k, part in enumerate(parts, 1):
            piece = replace(node, id=f"{node.id}.s{k}", children=[])
            here = ctx
            got = subject(self._past_opening_time(part), self.registry)
            if k > 1 and subject(part, self.registry) is None and got is not None and _owns(got):
                # "Từ ngày … cơ quan thuế phải …": the subject after the time owns it.
                here = _Ctx(
                    ctx.section, _Owners(got.leads, got.partners, got.responsible), ctx.time
                )
            self._make(piece, part, here, section, [*reviews, why])

    def _own_subject_sentences(self, text: str, ctx: _Ctx) -> list[str]:
        """An item cut before each later sentence that tells another owner to act.

        "2. … Cơ quan, đơn vị được phân công phải gửi văn bản …", "… . Bộ Khoa học và Công
        nghệ có trách nhiệm phối hợp …": a sentence opening with its own subject and
        stating its duty ("phải", "có trách nhiệm") gives that body work of its own. So
        does one naming other bodies after a request ("Đề nghị Ủy ban Kiểm tra Tỉnh ủy …
        phối hợp kiểm tra …. Thanh tra tỉnh, Công an tỉnh … tham mưu …"): the request
        goes outside, the sentence after it to the issuer's own bodies. And a sentence
        stating a body's duty, then its head's ("Ủy ban nhân dân cấp tỉnh có trách nhiệm
        …. Chủ tịch Ủy ban nhân dân cấp tỉnh tổ chức thực hiện …"). Anything else goes on
        with the sentence before it: one naming no owner first ("Việc …", "Trường hợp …,
        X …", "Đồng thời, …"), naming any of the same owners, or telling what an owner did,
        is, is granted or answers for ("X đã …", "X là …", "X được …", "X chịu trách nhiệm
        trước …"). A later sentence with a date of its own is cut only when every sentence
        has one (each its own step's date), and none when a field's date covers the item:
        a date never moves to a duty the reader did not count.
        """
        if ctx.time is not None and any(sp.read and _dated(sp) for sp in ctx.time.spans):
            return []
        cuts = [m.end() for m in _SENTENCE_CUT.finditer(text)]
        if not cuts:
            return []
        first = self._opening_subject(text)
        if first is not None:
            names, told = first
        else:
            names = frozenset(fold(n.written) for n in (ctx.owners.doers() if ctx.owners else []))
            told = ""
        # The first sentence names its owner and states its duty: a norm, sentence by sentence.
        first_obliged = first is not None and _OBLIGED_VERB.match(told) is not None
        starts = [0]
        for at in cuts:
            got = self._opening_subject(text[at:])
            if got is None:
                continue
            who, verb = got
            if _shares_owner(who, names):
                continue
            asked = subject(text[starts[-1] : at], self.registry)
            if not (
                _OBLIGED_VERB.match(verb)
                or (asked is not None and asked.requested)
                or (first_obliged and starts == [0])
            ):
                continue
            starts.append(at)
            names = who
        if len(starts) < 2:
            return []
        bounds = [*starts, len(text)]
        parts = [text[a:b].strip() for a, b in pairwise(bounds)]
        dated = [any(sp.read and _dated(sp) for sp in find_spans(p, self.issued)) for p in parts]
        if any(dated[1:]) and not all(dated):
            return []
        return parts

    def _past_opening_time(self, text: str) -> str:
        """``text`` past the time that opens it ("Từ ngày 01/01/2014 …"), if one does."""
        spans = find_spans(text[:_OPENING_TIME_CHARS], self.issued)
        if spans and spans[0].start == 0 and spans[0].read:
            return text[spans[0].end :].lstrip(" ,")
        return text

    def _opening_subject(self, text: str) -> tuple[frozenset[str], str] | None:
        """The owners a sentence opens with and the verb after them, if it tells them to act.

        A time may stand first ("Từ ngày 01/01/2014 cơ quan thuế phải rà soát …"): when the
        body's duty starts, the body still the sentence's subject.
        """
        text = self._past_opening_time(text)
        got = subject(text, self.registry)
        if not _owns(got):
            return None
        assert got is not None
        found = [*got.leads, *got.responsible]
        if any(verb_led(n.written) for n in found) or got.end <= 0:
            return None
        if not (got.assigned or got.requested) and not fold(text).startswith(
            fold(found[0].written)
        ):
            return None  # a frame first ("Trong thời hạn …, X …"): the sentence goes on
        verb = fold(text[got.end :]).lstrip(" ,")
        if _NARRATED.match(verb) or _IS_OR_GRANTED.match(verb) or _ANSWERS_FOR.match(verb):
            return None
        return frozenset(fold(n.written) for n in found), verb

    def _bold_subheading(self, node: _Node, text: str) -> bool:
        """Whether an unlabelled paragraph is a news page's bold subheading.

        "**Trước 15/1/2019 hoàn thành phê duyệt phương án cơ cấu lại các doanh nghiệp**"
        between an article's paragraphs: a whole line in bold, a few words with no stop,
        titles the paragraphs below it (which state the task, and its date, in full). Read
        as a duty it would be a second copy of that task, its headline's date a deadline
        of nothing.
        """
        if not 0 < node.line <= len(self._source):
            return False
        raw = self._source[node.line - 1].strip()
        if text.rstrip(" *").endswith(_TERMINAL) or len(text.split()) > _SUBHEADING_WORDS:
            return False
        if _BOLD_LINE.match(raw) is not None:
            return True
        # The same page copied without its bold (pasted as plain text): the line's shape
        # still tells it, on a page with no document's header of its own (a news page).
        # It stands alone between paragraphs and the paragraph after it says it again in
        # full (a headline restates its paragraph), so it is no duty of its own; a short
        # duty on a line of its own is not repeated by the paragraph below it.
        return (self._scraped or self._headless) and self._restated_below(node.line, text)

    def _printed_twice(self, node: _Node, text: str) -> bool:
        """Whether a news page's paragraph is printed word for word higher up the page.

        A page that pasted a paragraph twice ("Phó Thủ tướng yêu cầu … . Trường hợp cần
        bổ sung …, đề nghị …" over its bullets, then the same line again below them)
        gives one request: the copy is no second duty. Only a long line, the same as one
        above it with nothing but bullets between: printed again under another item
        ("(4) Đối với dự án …"), the same words are that item's duty.
        """
        src = self._source
        if not 1 < node.line <= len(src):
            return False
        if node.kind != "para" and src[node.line - 1].lstrip(" *#(").startswith(node.label):
            return False  # a numbered item as printed: its number tells the copies apart
        line = _sentence_key(src[node.line - 1])
        if len(line.split()) < _TWICE_MIN_WORDS or _sentence_key(text) not in line:
            return False
        for k in range(node.line - 2, -1, -1):
            raw = src[k].strip()
            if not raw or raw.startswith(("- ", "+ ", "• ")):
                continue
            return _sentence_key(raw) == line
        return False

    def _restated_below(self, no: int, text: str) -> bool:
        """Whether the source line ``no`` stands alone and the paragraph after it says it.

        An empty line on each side; the paragraph after it holds each number and date of
        the line, and nearly all its other syllables.
        """
        src = self._source
        if not (1 < no < len(src) and not src[no - 2].strip() and not src[no].strip()):
            return False
        k = no
        while k < len(src) and not src[k].strip():
            k += 1
        block: list[str] = []
        while k < len(src) and src[k].strip():
            block.append(src[k])
            k += 1
        below = set(_SYLLABLE.findall(fold(" ".join(block))))
        own = _SYLLABLE.findall(fold(text))
        if not own or not below:
            return False
        if any(w not in below for w in own if w[:1].isdigit()):
            return False
        return sum(w in below for w in own) >= _RESTATED_SHARE * len(own)

    def _narrated_or_lead_in(self, node: _Node, text: str) -> str | None:
        """A news page's sentence that is no duty: the meeting's opening, or a lead-in.

        "Chiều 4/7, Phó Thủ tướng … chủ trì cuộc họp đánh giá tình hình thực hiện trong 6
        tháng đầu năm …": the part of the day and the date open the report of a meeting
        held; its period is what was reviewed. "Thủ tướng yêu cầu các Bộ, ngành liên quan
        triển khai trong tháng 6 năm 2017." then "Cụ thể, Bộ …": a request with no work
        of its own, what follows spelling it out (the time is theirs, not a duty's).
        """
        f = fold(text)
        if _MEETING_REPORTS.match(f) and not _ASKED.search(text):
            # "Tại phiên họp, các bộ, ngành … báo cáo cụ thể tình hình … . Nhìn chung, …":
            # what the attendees reported, told sentence after sentence; its dates are the
            # plans they reported, no deadline set at the meeting (a request in it, "đề
            # nghị", "yêu cầu", "giao", keeps it read).
            return "narration"
        if len(_SENTENCE_CUT.findall(text.rstrip(" .*"))) > 0:
            return None  # one sentence only: a paragraph may go on with a request
        if _NEWS_OPENING.match(f):
            return "news_opening"
        if self._run_on(node) and _TOLD.search(f) and not self._assigns(text):
            # A sentence cut from a run-on news body that asks no one, opens with no action
            # and tells figures or what someone reported: "Tính đến ngày 31/5/2017, 4 tỉnh
            # đã giải ngân được 4.599 tỷ đồng …", "Theo Bộ KH&ĐT, …", "… cho biết, …".
            return "narration"
        if self._run_on(node) and node.kind == "para" and self._did(text):
            # A sentence cut from a run-on news body, between its reported tasks, telling
            # what a body already did: "Trước những vi phạm này, UBND quận đã chỉ đạo …
            # yêu cầu … xong trước ngày …" is history; its date is no deadline.
            return "narration"
        text = _past_topic(text, self.registry)
        got = subject(text, self.registry)
        if got is None or not (got.leads or got.responsible):
            return None
        if not _BARE_IMPLEMENT.match(fold(text[got.end :])):
            return None
        at = node.line
        after = next((x for x in self._source[at:] if x.strip()), "") if at > 0 else ""
        return "intro" if fold(after).lstrip(" *").startswith("cu the,") else None

    def _did(self, text: str) -> bool:
        """Whether a sentence, past a reason opening, tells its subject's past act ("X đã …")."""
        if (m := _REASON_OPENING.match(text)) is not None:
            text = text[m.end() :]
        got = subject(text, self.registry)
        if got is None or not (got.leads or got.responsible):
            return False
        # "X cũng đã …", "X đều đã …": the act done, as "X đã …".
        return re.match(r"(?:cung |deu )?da ", fold(text[got.end :]).lstrip(" ,")) is not None

    def _run_on(self, node: _Node) -> bool:
        """Whether the node's line is one of several a run-on source line was cut into."""
        return self._cut_line(node.line)

    def _cut_line(self, no: int) -> bool:
        """Whether line ``no`` is one of several a run-on source line was cut into."""
        if not 0 < no <= len(self._origin):
            return False
        return self._origin.count(self._origin[no - 1]) > 2

    def _subject_parts(self, text: str) -> list[str]:
        """A "Về …:" item whose sentences name subjects of their own, split at each new one.

        "Về …: A làm …, hoàn thành trong tháng 12; B hướng dẫn A …" is two duties; a
        sentence with no subject ("Đối với …, đề xuất …") or the same one stays with the
        one before it. The topic stays with the first.
        """
        colons = _title_colons(text)
        if not text.startswith("Về ") or not colons:
            return self._basis_parts(text) or self._shared_time_parts(text)
        head = colons[0] + 2
        cuts = [head] + [m.end() for m in _CLAUSE_END.finditer(text, head) if m.end() < len(text)]
        parts: list[tuple[int, frozenset[str]]] = []
        for at in cuts:
            got = subject(text[at:], self.registry)
            if not _owns(got):
                if not parts:
                    return []  # the first sentence names no subject
                continue
            assert got is not None
            who = frozenset(fold(n.written) for n in [*got.leads, *got.responsible])
            if not parts and (
                not (got.assigned or got.requested or _acting(who))
                or _NARRATED.match(fold(text[at + got.end :]).lstrip(" ,"))
            ):
                # "Về …: Các Bộ, cơ quan thống nhất …; giao X …", "Chính phủ sẽ …": what
                # was agreed or promised, then the assignment; one item. So "Về công năng:
                # Bộ Chính trị đã thống nhất …; … Bộ X phối hợp …": what was decided.
                return []
            if parts and (who == parts[-1][1] or all(_generic(w) for w in who)):
                continue
            parts.append((at, who))
        if len(parts) < 2:
            return []
        bounds = [0] + [at for at, _ in parts[1:]] + [len(text)]
        return [text[a:b].strip() for a, b in pairwise(bounds)]

    def _dated_clauses(self, text: str) -> list[str]:
        """A paragraph of two ";" clauses, each with its own subject and its own date.

        "…, Sở Kế hoạch và Đầu tư nghiên cứu … vào tháng 3/2010; Uỷ ban nhân dân tỉnh yêu
        cầu thủ trưởng các sở … gửi dự thảo báo cáo … trước ngày 30/3/2010.": two owners,
        two due dates, two duties. Without a date each, or with one owner, it stays whole.
        """
        cuts = list(_CLAUSE_JOIN_SEMI.finditer(text))
        if len(cuts) != 1:
            return []
        parts = [text[: cuts[0].start() + 1].strip(), text[cuts[0].end() :].strip()]
        seen: list[frozenset[str]] = []
        for part in parts:
            got = subject(_past_purpose(part, self.registry), self.registry)
            if not _owns(got) or not any(
                sp.read and _dated(sp) for sp in find_spans(part, self.issued)
            ):
                return []
            assert got is not None
            seen.append(frozenset(fold(n.written) for n in [*got.leads, *got.responsible]))
        if seen[0] == seen[1]:
            return []
        return [self._past_basis(part) for part in parts]

    def _past_basis(self, part: str) -> str:
        """A clause from its subject on, when a basis ("Căn cứ …,") opens it.

        "Căn cứ hướng dẫn của Bộ Kế hoạch và Đầu tư, Sở Kế hoạch và Đầu tư nghiên cứu …
        vào tháng 3/2010": cut from the sentence beside it, the clause is the body's duty,
        the basis only what it works from (and no partner). The cut is at the comma after
        which the clause's own subject begins; with none, the clause stays whole.
        """
        if not _BASIS_OPENING.match(fold(part)):
            return part
        for m in re.finditer(r",\s*", part[:_BASIS_MAX]):
            rest = part[m.end() :]
            got = subject(rest, self.registry)
            if not _owns(got):
                continue
            assert got is not None
            first = [*got.leads, *got.responsible][0].written
            if fold(rest).startswith(fold(first)):
                return rest
        return part

    def _shared_time_parts(self, text: str) -> list[str]:
        """Sentences with subjects of their own, then one time field for them all.

        "2. Bộ trưởng … hoàn thành việc cập nhật …. UBND thành phố X khẩn trương hoàn thành
        việc rà soát …. Thời hạn hoàn thành: trước ngày 30/11/2025.": two duties, each with
        the time. Every sentence must open with a body that acts, each a different one.
        """
        tail = _SHARED_TIME.search(text)
        if tail is None:
            return []
        body = text[: tail.start()].strip()
        cuts = [0] + [m.end() for m in _SENTENCE_CUT.finditer(body)]
        if len(cuts) < 2:
            return []
        seen: list[frozenset[str]] = []
        for at in cuts:
            got = subject(body[at:], self.registry)
            if not _owns(got):
                return []
            assert got is not None
            who = frozenset(fold(n.written) for n in [*got.leads, *got.responsible])
            if not _acting(who) or who in seen:
                return []
            seen.append(who)
        when = tail["t"].strip()
        bounds = [*cuts, len(body)]
        return [f"{body[a:b].strip()} {when}" for a, b in pairwise(bounds)]

    def _basis_parts(self, text: str) -> list[str]:
        """An item whose last sentence hands what it yields on to a body of its own.

        "… Các báo cáo trên gửi Bộ Tư pháp trước ngày 05/12. Trên cơ sở đó, Bộ Tư pháp
        tổng hợp, báo cáo Thủ tướng trước ngày 10/12": on that basis a named body does its
        own work, with its own time; two duties. A collective subject, or none, stays
        with the item.
        """
        for m in _ON_THAT_BASIS.finditer(text):
            got = subject(text[m.start() :], self.registry)
            if not _owns(got):
                continue
            assert got is not None
            if _acting(frozenset(fold(n.written) for n in [*got.leads, *got.responsible])):
                return [text[: m.start()].strip(), text[m.start() :].strip()]
        return []

    def _lead_in_time(self, text: str, line: int) -> _Time | None:
        """The completion time an owners' lead-in ends with, for the points it spells out.

        "Các Bộ: … khẩn trương khắc phục …, hoàn thành trong tháng 11 năm 2025, cụ thể:"
        then "(1) Bộ Tài chính …", "(2) …": each point is due then, unless it has a date.
        """
        m = _LEAD_IN_DONE.search(text)
        if m is None:
            return self._lead_in_due(text, line)
        spans = find_spans(m["t"], self.issued)
        if not any(sp.read and _dated(sp) for sp in spans):
            return None
        return _Time(spans, m["t"], line, "field")

    def _lead_in_due(self, text: str, line: int) -> _Time | None:
        """The calendar date a lead-in's last clause is due by, for the points it lists.

        "… yêu cầu các địa phương … giải quyết dứt điểm các tồn tại trước ngày 10 tháng 6
        năm 2025, cụ thể:": the points spell out that action place by place, so each is
        due then. Only a deadline with a day, month or quarter and year, ending the clause;
        the points' paragraphs after them are not its (``points_only``).
        """
        m = _LEAD_IN_DUE.search(text)
        if m is None:
            return None
        clause = re.split(r"[,;:]", text[: m.start("t")])[-1]
        if _DONE_ALREADY.search(clause):
            return None
        spans = find_spans(m["t"], self.issued)
        if (
            len(spans) != 1
            or not spans[0].read
            or not _dated(spans[0])
            or not _CALENDAR.search(fold(spans[0].text))
            or spans[0].end < len(m["t"].rstrip())
            or not spans[0].readings
            or any(r.window.kind is not WindowKind.DEADLINE for r in spans[0].readings)
        ):
            return None
        return _Time(spans, m["t"], line, "field", points_only=True)

    def _duties_owners(self, text: str, node: _Node) -> _Owners | None:
        """The bodies an item's title gives its points to, or None.

        "1. Trách nhiệm chung của các cơ quan, đơn vị" over "- Lãnh đạo, chỉ đạo …": as a
        section's "Nhiệm vụ của …".
        """
        m = _DUTIES_OF.match(text.strip(" *:"))
        if m is None:
            return None
        got = self._heading_owners(_uncapped(m.group(1)), node)
        if got is None and _upper(m.group(1)):
            got = self._heading_owners(m.group(1), node)  # as under a section's title
        return got

    def _spelled_out_action(
        self, node: _Node, text: str, got: Subject, ctx: _Ctx, section: dict[str, Any]
    ) -> bool:
        """An owner's action, then "Cụ thể:" over paragraphs: one duty, made; else False.

        "5. Sở Khoa học và Công nghệ / Chủ trì phối hợp với … triển khai các nhiệm vụ về
        … . Cụ thể:" then "(i) …; (ii) …" in a paragraph: the sentence is one task, the
        paragraphs only spell it out.
        """
        if (
            not node.children
            or not all(c.kind == "para" for c in node.children)
            or not _action_then_detail(text[got.end :].lstrip(" ,"))
        ):
            return False
        content = " ".join(c.text for c in node.children)
        self._make(node, f"{text} {content}", ctx, section, [])
        return True

    def _closing_time_rule(self, node: _Node) -> _Time | None:
        """The date a list's last item sets for the work of the items above it, or None.

        "1. … X có trách nhiệm xác minh và trả lời …", "2. … Y có trách nhiệm … xác minh
        …", then "4. Chậm nhất là ngày 08 tháng 02 năm 2026, việc xác minh và trả lời …
        phải được tiến hành xong.": no one is given work in the last item; it says by when
        the work named above ("việc …") must be done. It is set aside and its date is the
        items' time (an item's own time still wins).
        """
        items = [c for c in node.children if c.kind != "para"]
        if len(items) < 2 or node.children[-1] is not items[-1] or items[-1].children:
            return None
        last = items[-1]
        if any(c.kind != last.kind for c in items):
            return None
        m = _CLOSING_RULE.match(last.text.strip())
        if m is None or subject(last.text, self.registry) is not None:
            return None
        # Only after items that each give the work to someone ("… thì X có trách nhiệm
        # …"); after "1. Trách nhiệm … được thực hiện theo quy định tại Điều 46 …" (a
        # pointer to the law, no one given work) the date is the only duty said.
        if not all(self._holder_named(c.text) for c in items[:-1]):
            return None
        spans = find_spans(m["when"], self.issued)
        if len(spans) != 1 or not spans[0].read or not _dated(spans[0]):
            return None
        if not any(r.window.kind is WindowKind.DEADLINE for r in spans[0].readings):
            return None
        self._count(spans)
        self.cov.skipped["time_rule"] += 1
        self._outside([last.text])
        node.children = node.children[:-1]
        return _Time(spans, m["when"], last.line, "field")

    def _holder_named(self, text: str) -> bool:
        """Whether an item names who does its work (a subject, or "X có trách nhiệm …")."""
        got = subject(text, self.registry)
        if got is not None and (got.leads or got.responsible):
            return True
        return bool(re.search(r"\S\s+(?:có|chịu)\s+trách nhiệm\b", text))

    def _report_contents(self, node: _Node, text: str, ctx: _Ctx, section: dict[str, Any]) -> bool:
        """A whole sentence of work, then what its report holds: one duty, made; else False.

        "1. Chậm nhất là 30 ngày trước …, các sở, ban, ngành có Báo cáo tổng hợp …, báo cáo
        Chủ tịch UBND tỉnh. Báo cáo bao gồm các nội dung sau:" then "a) Số lượng …;", "b)
        Kết quả …": the item's sentence is the task; its points list what the report
        (plan, proposal) must contain, not tasks of their own.
        """
        points = node.children
        if points and points[0].kind == "para" and text.endswith("."):
            # "… báo cáo Chủ tịch UBND tỉnh." then the line "Báo cáo bao gồm …:".
            if not _CONTENTS_LINE.match(points[0].text.strip()):
                return False
            text, points = f"{text} {points[0].text.strip()}", points[1:]
        elif _CONTENTS_OF.search(text) is None:
            return False
        if not points or any(c.children or c.kind not in _LISTED for c in points):
            return False
        content = "; ".join(_point_text(c).rstrip(" ;.") for c in points)
        self._make(node, f"{text} {content}", ctx, section, [])
        return True

    def _agenda(self, node: _Node, text: str, ctx: _Ctx, section: dict[str, Any]) -> bool:
        """A meeting over what it hears and passes: one duty, made; else False.

        "g) Họp Thường trực Ban Chỉ đạo mở rộng (tháng 6/2017):" over "- Thông qua báo cáo
        …", "- Nghe báo cáo tình hình …": the meeting is the work, in its own time; its
        points are its agenda, done at the meeting, not tasks of their own.
        """
        points = node.children
        if not _MEETING_LEAD.match(fold(text)) or not text.rstrip().endswith(":"):
            return False
        if len(points) < 2 or any(c.children or c.kind not in _BULLETS for c in points):
            return False
        if not all(_AGENDA_ITEM.match(fold(c.text)) for c in points):
            return False
        content = "; ".join(c.text.strip().rstrip(" ;.") for c in points)
        self._make(node, f"{text} {content}", ctx, section, [])
        return True

    def _ahead_only(self, node: _Node, ctx: _Ctx, section: dict[str, Any]) -> None:
        """A report's points: only what lies ahead ("Trong thời gian tới, …") is read."""
        ahead = [c for c in node.children if _AHEAD.match(fold(c.text))]
        past = [c for c in node.children if c not in ahead]
        self.cov.skipped["assessment"] += len(past)
        self._outside([t for c in past for t in (c.text, *_texts(c))])
        node.children = ahead
        self._children(node, ctx, section)

    def _outline_container(self, node: _Node, ctx: _Ctx, section: dict[str, Any], f: str) -> bool:
        """A part's heading, or a sub-heading over no task, read; else False."""
        if node.kind in ("roman", "part"):
            sub = _Ctx(section=ctx.section)
            if node.children and (roles := _school_roles(node.text)) is not None:
                # "I. Đối với cán bộ giám sát (CBGS)" over "1. …": a part given to a role.
                found = [self.registry.register(Named(r)) for r in roles]
                sub = _Ctx(ctx.section, _Owners(responsible=found, source="heading"))
            if any(_field(c) is not None for c in node.children):
                self._block(node, sub, section)
            else:
                self._children(node, sub, section)
            return True
        if (
            _AIMS.match(f.lstrip(" *"))
            and not re.search(r"nhiem vu|giai phap", f)
            and not _DIRECTS_WORK.match(f.lstrip(" *"))
        ):
            # "1. Mục tiêu phát triển và tầm nhìn đến năm 2045" inside the plan's content:
            # objectives and vision, as a Mục tiêu section's; no task.
            self._purposes(node)
            return True
        if _RESULTS_TITLE.match(f.lstrip(" *")):
            # "2. Kết quả rà soát và đề xuất" over "a) Kết quả thực hiện …", "b) Ý kiến đề
            # xuất …": a report and a proposal inside a section, as at the top.
            self._ahead_only(node, ctx, section)
            return True
        return False

    def _container(self, node: _Node, ctx: _Ctx, section: dict[str, Any]) -> None:
        """A node with points under it: a heading, a lead-in, or one duty with content."""
        text = node.text.strip()
        f = fold(text)
        if self._outline_container(node, ctx, section, f):
            return
        if self._report_contents(node, text, ctx, section) or self._agenda(
            node, text, ctx, section
        ):
            return
        owned = (
            self._heading_owners(text, node)
            or self._request_owners(text, node)
            or self._duties_owners(text, node)
        )
        if owned is not None:
            self._group(node, section)
            self._children(node, _Ctx(ctx.section, owned, ctx.time), section)
            return
        if (_ASSESSMENT.match(f.lstrip(" *")) and all(c.kind == "para" for c in node.children)) or (
            _ASSESSMENT_TITLE.match(f.lstrip(" *")) and _bulleted_assessment(node)
        ):
            # "1. Những kết quả nổi bật", "2. Hạn chế, bất cập cần lưu ý" (their first
            # sentence run on): what was done and what fell short, told in paragraphs; no
            # task (their dates are history). So "1. Đánh giá tình hình thực hiện …:" over
            # "… đã triển khai … như:" and "- …" bullets of figures.
            self.cov.skipped["assessment"] += 1
            self._assessment(node, ctx, section)
            return
        lead_in = text.endswith(":") or bool(_INTRO.search(f)) or self._bare_lead_in(node, text)
        when = (
            _heading_time(node, text, self.issued)
            or self._phase_end(node, text)
            or self._schedule_phase(node, text)
        )
        # A round's days ("Đợt 1: Từ ngày … đến ngày …:"): its checks are done by the last.
        done = (
            when is None
            and (when := self._round_window(node, text) or self._step_window(node, text))
            is not None
        )
        if when is not None:
            # "- Năm 2025:" over "+" points: the points are duties due then.
            self._count(when)
            self.cov.skipped["time_heading"] += 1
            words = when[0].text if done else text.rstrip(" :")
            self._children(
                node,
                _Ctx(
                    ctx.section,
                    ctx.owners,
                    _Time(when, words, node.line, "field", done, round=done, block=not done),
                ),
                section,
            )
            return
        if lead_in and self._acted_on(node, text, ctx, section):
            return
        if lead_in:
            # "1. Cơ quan chủ quản: UBND tỉnh Bắc Kạn:", "2. Cơ quan quản lý: Sở …:": a
            # role's label, then the body that holds it; the body owns the points.
            got = subject(_ROLE_LABEL.sub("", text), self.registry) or self._titled_subject(text)
            # "X chủ trì … (X thành lập Tổ công tác …; chia thành 03 nhóm, gồm:" then "- Nhóm
            # …;" "- Nhóm …).": the points close the item's bracket, they are its content.
            if (
                got is not None
                and (got.leads or got.responsible)
                and not _inside_bracket(text, node.children)
            ):
                if self._spelled_out_action(node, text, got, ctx, section):
                    return
                if _shares_listed(node.children):
                    # "1. Bộ Y tế xuất cấp … cho các tỉnh …, cụ thể:" then "- Tỉnh A:
                    # 1.000.000 viên …;": each bullet gives a share's figure, the one
                    # action's content.
                    content = "; ".join(_point_text(c).rstrip(" ;.:") for c in node.children)
                    self._make(node, f"{text} {content}.", ctx, section, [])
                    return
                self._owner_lead_in(node, text, ctx, section)
                self._group(node, section)
                before = len(self.duties)
                owners = _Owners(got.leads, got.partners, got.responsible, "lead-in")
                self._children(
                    node,
                    _Ctx(ctx.section, owners, self._lead_in_time(text, node.line) or ctx.time),
                    section,
                )
                made = self.duties[before:]
                if all(c.kind == "para" for c in node.children) and len(made) == len(node.children):
                    # "X … ban hành:" then "Hướng dẫn …;" … "Hướng dẫn … trước ngày …."
                    _share_chain_time(list(zip((c.text for c in node.children), made, strict=True)))
                return
            points = [c for c in node.children if c.kind in _BULLETS]
            if (
                points
                and len(points) == len(node.children)
                and (_inside_bracket(text, points) or self._spelled_out(text, points, ctx.owners))
                and not _in_schedule_phase(node)
            ):
                # "Sửa đổi Luật … để: - … - …": one duty, the points are its content.
                content = "; ".join(_point_text(c).rstrip(" ;.") for c in points)
                self._make(node, f"{text} {content}", ctx, section, [])
                return
            if node.children and all(c.kind == "para" for c in node.children):
                self._completed(node, text, ctx, section)
                return
        if (text.endswith((";", ".")) or _STEP.match(f)) and all(
            c.kind == "para" for c in node.children
        ):
            self._runs_on(node, text, ctx, section)
            return
        if text.endswith(".") and (
            self._dated_sentence(text)
            or self._points_of_subject(node, text, ctx) is not ctx
            or _told_task(text)
        ):
            # "c) Kết thúc hoạt động … trước ngày 31 tháng 5 năm 2026. …" then points: the
            # item is a dated duty itself, and its points are read too. So is a whole
            # sentence with its own subject ("1. Các cơ quan, đơn vị … xây dựng kế hoạch
            # …." then "- Giới thiệu …", "- Báo cáo …"): its points are its subject's.
            self._make(node, text, ctx, section, [])
            self._children(node, self._points_of_subject(node, text, ctx), section)
            return
        self.cov.skipped["topic_heading"] += 1
        self._group(node, section)
        self._children(node, ctx, section)

    def _acted_on(self, node: _Node, text: str, ctx: _Ctx, section: dict[str, Any]) -> bool:
        """Read a lead-in's points as units its body acts on; False if it names none.

        "… thanh tra … do Thanh tra Bộ chủ trì đối với các đơn vị:" then "- Trường A (quý
        II);": the points name the units inspected; the body that chủ trì does each
        inspection.
        """
        acting = self._acts_on_listed(text)
        if acting is None:
            return False
        self._owner_lead_in(node, text, ctx, section)
        self._group(node, section)
        when = self._lead_in_time(text, node.line) or ctx.time
        self._children(node, _Ctx(ctx.section, acting, when), section)
        return True

    def _acts_on_listed(self, text: str) -> _Owners | None:
        """The body that chủ trì work on the units a lead-in lists after it, or None.

        "Bộ sẽ tiến hành thanh tra … do Thanh tra Bộ chủ trì đối với các đơn vị:", "…
        thanh tra chuyên ngành do Cục X (Bộ Công Thương) chủ trì sẽ được tiến hành với
        các doanh nghiệp gồm:": the units listed are acted on; the body after "do" leads
        every point, whatever the point names.
        """
        f = fold_aligned(text.rstrip(" *"))
        m = _ACTS_ON_LISTED.search(f)
        if m is None:
            return None
        who = re.sub(r"\s*\([^()]*\)\s*$", "", text[m.start("who") : m.end("who")]).strip()
        if not who or not is_owner_list(who, self.registry):
            return None
        return _Owners([self.registry.register(Named(who))], [], [], "acted-on")

    def _titled_subject(self, text: str) -> Subject | None:
        """The subject of a lead-in run on after its item's title on one line, or None.

        "2. Tiếp nhận và xử lý đơn thư khiếu nại, tố cáo, kiến nghị Ban Thường trực UBMTTQ
        xã thực hiện quy trình …, cụ thể:": the title (lower-case words, no stop) breaks
        off where a body's capitalised name opens and goes on to its verb; the body owns
        the points. A name after a preposition ("… với Sở X …") is the title's own.
        """
        if not _LIST_INTRO.search(fold(text).rstrip(" :*")):
            return None
        # Only the first capital after the title's first word: a title is in lower case.
        at = next((m.end() for m in _TITLE_BREAK.finditer(text) if text[m.end()].isupper()), None)
        if at is None:
            return None
        title = text[:at].strip()
        if (
            len(title.split()) > _TITLE_WORDS
            # "Nhóm NSNN hỗ trợ đóng …, nhóm đối tượng sau:": one word before the capital
            # is the noun the name qualifies (the group the state budget supports), no title.
            or len(title.split()) < 2
            or re.search(r"[.;:()]", title)
            or _TITLE_JOINS.search(fold(title))
            or not starts_body(text, _aligned_text(text), at, self.registry)
        ):
            return None
        got = subject(text[at:], self.registry)
        if got is None or not _owns(got) or got.partners:
            return None
        verb = fold(text[at + got.end :]).lstrip(" ,")
        return got if _ACTION.match(verb) else None

    def _phase_end(self, node: _Node, text: str) -> list[Span] | None:
        """The end of a plan's phase, for the concrete actions listed under it, or None.

        "III. CÁC GIAI ĐOẠN THỰC HIỆN" / "1. Giai đoạn đến năm 2030" over "- Xây dựng …",
        "- Triển khai …": the phase is the window of each action, due by its last year.
        Only a heading that is the phase and nothing else, in a section of the plan's
        phases or tasks (never its objectives, targets or vision, whose "đến năm 2030" is
        a horizon), over bullets that each open with an action.
        """
        m = _PHASE_TO.match(fold(text))
        points = [c for c in node.children if c.kind in _BULLETS]
        if m is None or len(points) < 2 or len(points) != len(node.children):
            return None
        # Actions, a verb opening (nearly) each; a level to reach ("đạt 90%") is a target.
        acting = sum(1 for c in points if _ACTION.match(fold(c.text)))
        if acting < len(points) - len(points) // 4 or any("%" in c.text for c in points):
            return None
        top = node
        while top.parent is not None and top.parent.kind != "root":
            top = top.parent
        title = fold(top.text)
        if top is node or _AIMS.search(title) or _PURPOSES.search(title):
            return None
        if not _PHASES_OF_WORK.search(title):
            return None
        spans = find_spans(f"năm {m['year']}", self.issued)
        if len(spans) != 1 or not spans[0].read or not _dated(spans[0]):
            return None
        return spans

    def _round_window(self, node: _Node, text: str) -> list[Span] | None:
        """A numbered round's dates, read as the window of the points under it, or None.

        "1. Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026:" (or "… gồm các nội dung trọng
        tâm:") over "a) Nội dung kiểm tra …:" and its "- Kiểm tra việc …" bullets: the
        round is a stretch of the plan's calendar, each check in it done within its days,
        by the last one. The words between the round's name and its colon must be one
        time with a day to end on ("đến ngày bầu cử" has none: no window).
        """
        m = _ROUND.match(fold(text))
        if m is None or not node.children:
            return None
        part = text[m.start("time") : m.end("time")]
        spans = find_spans(part, self.issued)
        if len(spans) != 1 or not spans[0].read or len(spans[0].text) < len(part) - 1:
            return None
        if not re.search(r"\d{1,2}([/.])\d{1,2}\1\d{4}\s*$", spans[0].text):
            return None
        return spans

    def _step_window(self, node: _Node, text: str) -> list[Span] | None:
        """A named step or phase's own dated end, read as its points' window, or None.

        "1. Giai đoạn chuẩn bị (hoàn thành trước ngày 15/6/2025):", "Bước 3: Tổng kết
        (Quý IV/2025)" over "a) …", "b) …": the step is done by then, and so is each
        piece of work listed under it. Only an end ("trước …", a month, a quarter): a
        "từ … đến …" stretch is a round's (see ``_round_window``) or a period.
        """
        if not node.children:
            return None
        f = fold(text)
        m = _STEP_WINDOW.search(f)
        # "Bước 2: Tổng kết (Quý IV/2025)" on a line of its own: the step's number is its
        # label, the words its name.
        if m is None or not (node.kind == "inline" or _STEP_NAMED.match(f)):
            return None
        part = text[m.start("time") : m.end("time")]
        spans = find_spans(part, self.issued, field=True)
        if len(spans) != 1 or not spans[0].read or len(spans[0].text) < len(part.strip()) - 1:
            return None
        if any(r.window.kind is not WindowKind.DEADLINE for r in spans[0].readings):
            return None
        return spans

    def _schedule_phase(self, node: _Node, text: str) -> list[Span] | None:
        """A phase of a "Tiến độ thực hiện" schedule, read as its actions' window, or None.

        Outside such a schedule "Giai đoạn 2021 - 2025" names a period (a horizon, an
        objective's span); under the schedule's own heading it says when the work listed
        under it is to be done, due by the span's last year, as a time cell's span is.
        """
        parent = node.parent
        if parent is None or not parent.over_duties or not _phase_over_work(node):
            return None
        if fold(parent.text).strip(" :.") not in _SCHEDULE_HEADINGS:
            return None
        spans = find_spans(text.rstrip(" :"), self.issued, field=True)
        if len(spans) != 1 or not spans[0].read or not _dated(spans[0]):
            return None
        return spans

    def _bare_lead_in(self, node: _Node, text: str) -> bool:
        """An item that only names its owners, printed with no colon, over points.

        "1. Bộ X chủ trì, phối hợp với các bộ, cơ quan liên quan" then "a) …", "b) …":
        nothing follows the owners, so the points are the lead's duties.
        """
        if not any(c.kind in _POINTS for c in node.children):
            return False
        got = subject(text, self.registry)
        if got is None or not got.leads:
            return False
        end = len(text.rstrip(" .;"))
        # "6. Sở X chủ trì, phối hợp thực hiện" then "a) …": the verb's object is the
        # points, nothing is said after it; the lead owns them too.
        return got.end >= end or _BARE_DOING.fullmatch(fold(text[got.end : end])) is not None

    def _points_of_subject(self, node: _Node, text: str, ctx: _Ctx) -> _Ctx:
        """The context of an item's bullets when the item is a duty with a subject of its own.

        "(1) Bộ Y tế chỉ đạo … trước ngày …." then "- Chỉ đạo …", "- Chủ trì, phối hợp với
        …": points with no subject are the item's owner's, not the lead-in's above it.
        """
        got = subject(text, self.registry)
        # A bullet's wrapped words a copy set apart ("- Báo cáo năm: … trước ngày 15/12;"
        # then "Sở Tài chính tổng hợp … trước ngày 20/12.") stand among the bullets.
        if (
            got is None
            or not _owns(got)
            or not all(c.kind in (*_BULLETS, "para") for c in node.children)
            or not any(c.kind in _BULLETS for c in node.children)
        ):
            return ctx
        if ctx.owners is not None and _restates(got, ctx.owners):
            # "4/ Các Cục Thuế khi tiến hành …" under a request to "Cục Thuế các tỉnh, …":
            # the item names its owner again; its points keep the name it was given.
            return _Ctx(ctx.section, _copy(ctx.owners), ctx.time)
        return _Ctx(ctx.section, _Owners(got.leads, [], got.responsible, "lead-in"), ctx.time)

    def _owner_lead_in(self, node: _Node, text: str, ctx: _Ctx, section: dict[str, Any]) -> None:
        """An owner's lead-in into points: no task, unless it is a whole sentence first.

        "Giao X lãnh đạo, chỉ đạo … triển khai thực hiện chủ trương trên. Trong đó chỉ
        đạo:": a task of its own, then its points.
        """
        if _TASK_THEN_POINTS.search(text):
            self._make(node, text, ctx, section, [])
        else:
            self.cov.skipped["owner_lead_in"] += 1

    def _step(self, node: _Node, text: str, ctx: _Ctx, section: dict[str, Any]) -> None:
        """A procedure's step titled, then told in paragraphs who does it: one duty.

        "2.2. Bước 2: Kiểm tra hiện trạng …." then "Ban Chỉ đạo … tổ chức kiểm tra …" and
        "Thời gian hoàn tất: trước ngày …": the title and its paragraphs are the step, its
        owner the paragraph's subject, its time the closing line's.
        """
        children = node.children
        time = ctx.time
        m = _TIME_LINE.match(fold(children[-1].text))
        if m is not None and len(children) > 1:
            words = children[-1].text[m.start("value") :].rstrip(" .")
            spans = find_spans(words, self.issued, field=True)
            if spans and all(sp.read for sp in spans):
                time = _Time(spans, words, children[-1].line, "field")
                children = children[:-1]
        owners = _owners_of(children[0].text, ctx.owners, self.registry)
        content = " ".join(c.text for c in children)
        here = _Ctx(ctx.section, owners if _owns(owners) else ctx.owners, time)
        self._make(node, f"{text} {content}", here, section, [], text_time=time is None)

    def _runs_on(self, node: _Node, text: str, ctx: _Ctx, section: dict[str, Any]) -> None:
        """An item whose sentence runs on past ";" into paragraphs: each is a duty.

        "Bộ Chính trị giao X chủ động …;" then "Bảo đảm …", "Đưa vào hoạt động …": the
        paragraphs are the item's owner's unless they name their own.
        """
        children = node.children
        if children and _STEP.match(fold(text)) and not _owns(subject(text, self.registry)):
            self._step(node, text, ctx, section)
            return
        m = _TIME_LINE.match(fold(children[-1].text)) if children else None
        if m is not None and ctx.time is None:
            # "… ban hành …." "Tham mưu …." then "Thời gian hoàn thành trước ngày …." on
            # its own: the time of the whole run, not a task.
            words = children[-1].text[m.start("value") :].rstrip(" .")
            spans = find_spans(words, self.issued, field=True)
            if spans and all(sp.read for sp in spans):
                ctx = _Ctx(ctx.section, ctx.owners, _Time(spans, words, children[-1].line, "field"))
                children = children[:-1]
        made: list[tuple[str, dict[str, Any] | None]] = []
        why = _not_duty(text)
        if why is not None:
            # "(2) Theo Chương trình, Quốc hội sẽ khai mạc kỳ họp … vào ngày …." then a
            # paragraph: the item sets no task; the paragraphs are read on their own.
            self.cov.skipped[why] += 1
            self._outside([text])
        else:
            before = len(self.duties)
            self._make_sentences(node, text, ctx, section, [])
            made.append((text, self.duties[-1] if len(self.duties) == before + 1 else None))
        got = subject(text, self.registry) if why is None else None
        if got is not None and _owns(got):
            owners = _Owners(got.leads, got.partners, got.responsible, "lead-in")
            ctx = _Ctx(ctx.section, owners, ctx.time)
        for k, c in enumerate(children, 1):
            c.id = f"{node.id}.x{k}"
            before = len(self.duties)
            self._leaf(c, ctx, section)
            if c.text.strip():
                made.append((c.text, self.duties[-1] if len(self.duties) == before + 1 else None))
        _share_chain_time(made)

    def _assessment(self, node: _Node, ctx: _Ctx, section: dict[str, Any]) -> None:
        """Paragraphs telling what was done or fell short: no task, but a direction.

        "Tỉnh Thanh Hóa cần nỗ lực, … khắc phục …": after what fell short, a direction to
        the body (or the place) named; a duty, numbered as the heading's paragraph.
        """
        for k, c in enumerate(node.children, 1):
            got = subject(c.text, self.registry)
            named = _NAMED_RUN.match(c.text)
            end = got.end if got is not None and _owns(got) else named.end() if named else -1
            if end <= 0 or not _NEEDS.match(fold(c.text[end:])):
                self._outside([c.text])
                continue
            c.id = f"{node.id}.p{k}"
            here = ctx
            if named is not None and not _owns(got):
                place = self.registry.register(Named(named.group(0).strip()))
                here = _Ctx(ctx.section, _Owners(responsible=[place]), ctx.time)
            self._leaf(c, here, section)

    def _completed(self, node: _Node, text: str, ctx: _Ctx, section: dict[str, Any]) -> None:
        """A lead-in ending in ":" over paragraphs only: the first completes it."""
        if (why := _not_duty(text)) is not None and len(node.children) > 1:
            # "1. Đồng ý chủ trương … tại các Tờ trình:" and the paragraph that completes
            # it are a decision; the paragraphs after it ("Việc bàn giao … phải hoàn
            # thành trước ngày …") are read on their own.
            self.cov.skipped[why] += 1
            self._outside([text, node.children[0].text])
            for k, c in enumerate(node.children[1:], 2):
                c.id = f"{node.id}.x{k}"
                self._leaf(c, ctx, section)
            return
        # An article's caption after the last paragraph ("… (Hình từ Internet)") is no
        # part of the answer.
        kids = [c for c in node.children if _not_duty(c.text) != "caption"]
        if (
            (len(kids) > 1 and (_TOPIC_LEAD_IN.match(fold(text)) or _SHORT_TOPIC.match(fold(text))))
            # "+ Đối với các dự án … (như: …):" then "Bộ Công Thương, UBND các tỉnh chỉ
            # đạo …": the group of things the paragraph is about, and the paragraph
            # names who acts; even one such paragraph is the duty, the topic is not.
            or (kids and text.rstrip(" *").endswith(":") and _REGARDING.match(fold(text)))
            # "- Về việc xây dựng … sàn giao dịch các-bon:" then "Bộ Tài chính nghiên cứu
            # …": a topic of any length over paragraphs that name who acts and tell no
            # past act (an account's "X đã …" stays whole, below). A request answered by
            # one paragraph ("Về kiến nghị hỗ trợ vốn:" then "Giao Bộ …") stays whole.
            or (
                kids
                and text.rstrip(" *").endswith(":")
                and re.match(r"\W*ve\s", fold(text))
                and not (len(kids) == 1 and _TOPIC_LEAD_IN.match(fold(text)))
                and not any(self._did(c.text) for c in kids)
            )
        ) and all(_owns(subject(c.text, self.registry)) for c in kids):
            # "1. Về kiến nghị …:" then "Giao Bộ Tài chính …" and "Sau khi …, Bộ Tài chính
            # …": the request answered by paragraphs each naming who acts, a duty each. So
            # with a short topic ("(7) Về tiến độ trình:" then "Giao Bộ trưởng Bộ … trong
            # ngày …", "Bộ Tư pháp hoàn thành … trong ngày …").
            self._outside([text])
            for c in node.children:
                if c not in kids:
                    self.cov.skipped["caption"] += 1
                    self._outside([c.text])
            for k, c in enumerate(kids, 1):
                c.id = f"{node.id}.p{k}"
                self._leaf(c, ctx, section)
            return
        if (
            len(kids) == len(node.children) > 1
            and all(_whole_sentence(c.text) for c in kids)
            and not re.match(r"\W*ve\s", fold(text))
        ):
            # "1. Tăng cường các biện pháp …:" then one sentence a line, each a whole task
            # ("Hàng năm tổ chức …." "Các phòng, ban … tham gia …." "Tại những nơi cấm
            # hút thuốc lá phải treo biển …."): the item names their topic; each is a duty.
            # ("1. Về tình hình …:" over sentences is an account, left whole as before.)
            self.cov.skipped["topic_heading"] += 1
            self._group(node, section)
            for k, c in enumerate(kids, 1):
                c.id = f"{node.id}.p{k}"
                self._leaf(c, ctx, section)
            return
        if (
            len(kids) > 1
            and re.match(r"ve\s", fold(text))
            and self._did(kids[0].text)
            and all(_owns(subject(c.text, self.registry)) for c in kids[1:])
            and not any(self._did(c.text) for c in kids[1:])
        ):
            # "1. Về thực hiện kế hoạch năm 2005 …:" then "X đã đạt được nhiều kết quả …."
            # and "X tiếp thu ý kiến …, sớm hoàn chỉnh báo cáo …": the first paragraph
            # tells what was done (an assessment); those after it, naming who acts, are
            # the duties.
            self.cov.skipped["assessment"] += 1
            self._outside([text, kids[0].text])
            for k, c in enumerate(kids[1:], 2):
                c.id = f"{node.id}.p{k}"
                self._leaf(c, ctx, section)
            return
        # "đ) Đẩy nhanh … với mục tiêu:" and the paragraph that completes it.
        content = " ".join(c.text for c in node.children)
        if (amends := _AMENDS_AS.match(f"{text} {content}")) is not None:
            # "3. Sửa đổi, bổ sung khoản 3 Điều 4 như sau:" then "Các cơ sở … có trách
            # nhiệm …": the formula only points at the clause; its new wording is the duty.
            new = f"{text} {content}"[amends.end() :].strip(' “”"')
            self._make(node, new, ctx, section, [])
            return
        self._make(node, f"{text} {content}", ctx, section, [])

    def _given_to(self, title: str, node: _Node) -> _Owners | None:
        """The body an article gives (or delegates) its points to, by the verb that opens it.

        "Điều 2. Giao Giám đốc Sở …" over "1. Tổ chức …", "2. Chủ trì …": the body the
        article gives the work does it.
        "Điều 2. Giao Ban quản lý … trực tiếp tổ chức thực hiện một số nhiệm vụ … như
        sau:", "Điều 1. Uỷ quyền Trưởng Ban … trực tiếp thực hiện …" over "1. Về …" and
        "a) …": the body named after the verb does every point, as under "Giao X:". The
        name must be capitalised ("Giao đất …" gives land, not work) and be followed by its
        work; a title naming a partner too ("Giao A phối hợp với B …") is left to its points.
        """
        if re.match(r"Giao\s", title) and is_owner_list(title[5:], self.registry):
            return self._heading_owners(title, node)
        if not re.match(r"(?:Giao|Uỷ quyền|Ủy quyền)\s", title):
            return self._asked_by_title(node)
        m = re.match(r"(?:Giao|Uỷ quyền|Ủy quyền)\s+(?=[A-ZĐÀ-Ỹ])", title)
        if m is None:
            return None
        got = subject(title[m.end() :], self.registry)
        if got is None or got.partners or not (got.leads or got.responsible):
            return None
        if not title[m.end() + got.end :].strip():
            return None
        return _Owners(got.leads, [], got.responsible, "heading")

    def _asked_by_title(self, node: _Node) -> _Owners | None:
        """The body a section's lead-in title asks to do the points below it, or None.

        "Điều 2. Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh tập trung thực hiện
        một số nhiệm vụ, giải pháp chủ yếu sau:" over "1. Chỉ đạo …", "2. Thực hiện …": the
        issuer asks; the body it asks does every point, as under "Giao X:". Only a title
        closing on its colon leads into the points; one naming a partner is left to them.
        """
        text = node.text.strip()
        if not text.endswith(":"):
            return None
        got = subject(text, self.registry)
        if got is None or not got.assigned or got.partners or not (got.leads or got.responsible):
            return None
        if not text[got.end :].strip(" :"):
            return None
        return _Owners(got.leads, [], got.responsible, "heading")

    def _duties_held(self, title: str) -> _Owners | None:
        """The body a section's title says has the duties listed under it, or None.

        "Điều 2. Uỷ ban quốc gia … có nhiệm vụ và quyền hạn sau đây:" over "1. …", "2. …":
        the title is its items' lead-in, its subject (the whole of the words before "có
        nhiệm vụ") does each of them, as "Nhiệm vụ của X" would say.
        """
        m = _HAS_DUTIES.search(title)
        if m is None:
            return None
        got = subject(title[: m.start()], self.registry)
        if got is None or not _owns(got) or got.partners or got.end < m.start() - 1:
            return None
        return _Owners(got.leads, [], got.responsible, "heading")

    def _article_of_bodies(self, title: str, node: _Node) -> _Owners | None:
        """The bodies a regulation's article is titled by alone, or None.

        "Điều 4. Ủy ban nhân dân tỉnh", "Điều 6. Sở Công Thương, Sở Giao thông vận tải, …":
        the article is theirs; its clauses with no subject of their own ("2. Chỉ đạo,
        kiểm tra …") are their work.
        """
        if not node.label.startswith("D") or not is_owner_list(title, self.registry):
            return None
        return self._heading_owners(title, node)

    def _sole_addressee(self) -> str | None:
        """The one body named on a letter's "Kính gửi:" line, or None (none, or a list)."""
        for raw in self._source:
            m = _SENT_TO.match(raw.strip(" *|"))
            if m is None:
                continue
            name = m["who"].strip(" .;")
            if not name or not is_owner_list(name, self.registry):
                return None
            return name if len(split_names(name, self.registry)) == 1 else None
        return None

    def _duties_of_named(self, title: str) -> re.Match[str] | None:
        """A title "Trách nhiệm <body>" with "của" left out before a body's own name.

        "Điều 16. Trách nhiệm Sở Công Thương", "Điều 24. Trách nhiệm Công an tỉnh": the
        name follows the word at once, capitalised, and is a list of owners as it stands;
        "Trách nhiệm thực hiện", "Trách nhiệm phối hợp" go on in lower case and are not.
        """
        m = _DUTIES_OF_NAMED.match(title)
        if m is None or not is_owner_list(m.group(1), self.registry):
            return None
        return m

    def _heading_owners(self, text: str, node: _Node) -> _Owners | None:
        """The owners an owner heading names ("Bộ Y tế:", "Giao Sở Nội vụ"), or None.

        Over points, "11. Các đơn vị cấp nước sạch … có trách nhiệm" is a heading too: the
        points say what they are responsible for.
        """
        # A scan's stray marks after the heading's colon ("2. Sở Y tế: "", "… : ¬").
        text = _STRAY_AFTER_COLON.sub(":", text)
        duty = _RESPONSIBLE_END.search(text) if node.children else None
        if duty is not None:
            got = subject(text, self.registry)
            if got is not None and got.responsible and not got.leads and got.end >= duty.start():
                # "Các tổ chức, cá nhân … khai thác … có trách nhiệm": its subject, verbs
                # and all, is the name.
                return _Owners(responsible=got.responsible, source="heading")
            text = text[: duty.start()]
            if not is_owner_list(text, self.registry) and (_party(text) or _party_listed(text)):
                # "2. Người sử dụng lao động có trách nhiệm:" over points: a party the
                # rule addresses, named by a short noun phrase, owns them.
                text = text.strip()
                return _Owners(responsible=[self.registry.register(Named(text))], source="heading")
        if (
            node.children
            and _AGENCY_HEADING.match(text)
            and not text.endswith((".", ";", ":"))
            and len(text.split()) <= _AGENCY_HEADING_WORDS
        ):
            # "3. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án" over points: the agency
            # named by its role and its work, the whole line.
            found = [self.registry.register(Named(text.strip()))]
            return _Owners(responsible=found, source="heading")
        assigned = (
            (_ASSIGNED_TAIL.search(text) or _ASSIGNED_WHICH.search(text)) if node.children else None
        )
        if assigned is not None and is_owner_list(text[: assigned.start("tail")], self.registry):
            # "1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ" over points: the bodies
            # that were given the work, the whole line (the clause says which bodies).
            found = [self.registry.register(Named(text.strip(" :")))]
            return _Owners(responsible=found, source="heading")
        if (
            node.children
            and _POST_IN_CHARGE.match(fold(text.strip()))
            and text.strip()[:1].isupper()
            and not text.rstrip().endswith((".", ";"))
            and len(text.split()) <= _POST_IN_CHARGE_WORDS
        ):
            # "3. Cán bộ phụ trách lĩnh vực giám sát …", "6. Phó chủ tịch phụ trách lĩnh vực
            # Công tác Xã hội" over points: a post named by the field it is in charge of,
            # the whole line (its field's words, commas and all, say which post).
            found = [self.registry.register(Named(text.strip(" :")))]
            return _Owners(responsible=found, source="heading")
        if node.children and kind_heading(text) and not text.rstrip().endswith(";"):
            # "g) Trung tâm y tế huyện." over its tasks: the body of that kind in each
            # place, named in lower case (no proper name to read it by), owns them.
            found = [self.registry.register(Named(text.strip(" .:;*")))]
            return _Owners(responsible=found, source="heading")
        if node.children and _POST_AND_PERSON.match(text.strip()):
            # "1. Công chức Văn phòng - Thống kê, Ông Nguyễn Văn A." over points: a
            # decision sharing out one post's work names the holder by post and name.
            found = [self.registry.register(Named(text.strip(" .:")))]
            return _Owners(responsible=found, source="heading")
        if (directs := self._directs_heading(text, node)) is not None:
            return directs
        if node.children and (roles := _school_roles(text)) is not None:
            # "II. Đối với cán bộ coi thi (CBCT)", "4.1. Khoa chuyên môn", "Đối với sinh
            # viên" over points: a school's or a hospital's people and units by their
            # role, in lower case (no proper name to read them by), own the points.
            found = [self.registry.register(Named(r)) for r in roles]
            return _Owners(responsible=found, source="heading")
        if not is_owner_list(text, self.registry):
            duty_of = _DUTY_OF.match(text) if node.children else None
            if duty_of is not None and (
                _party(duty_of["p"][:1].upper() + duty_of["p"][1:])
                or _described_collective(duty_of["p"], self.registry)
                or _team_by_work(duty_of["p"])
            ):
                # "1.5. Trách nhiệm của đối tượng thực hiện kiểm kê:" over points: the
                # party it names, by a short noun phrase, owns them; so do "các tổ chức,
                # doanh nghiệp hoạt động trong lĩnh vực …", a collective and its field.
                named = self.registry.register(Named(duty_of["p"]))
                return _Owners(responsible=[named], source="heading")
            work_of = _BODYS_WORK.match(text.strip()) if node.children else None
            if work_of is not None and is_owner_list(work_of["p"], self.registry):
                # "4. Tiếp tục thực hiện các nhiệm vụ thường xuyên của Ban Chỉ đạo X" over
                # points: the work is the named body's own, its points are its.
                named = self.registry.register(Named(work_of["p"]))
                return _Owners(responsible=[named], source="heading")
            return None
        bare = re.sub(
            r"^(?:(?:Bộ Chính trị|Ban Bí thư)\s+(?=giao|yêu cầu|đề nghị))?"
            r"(?:Trách nhiệm của|Giao|Đề nghị|Yêu cầu đối với|Yêu cầu|Đối với)(?:\s*:)?\s+",
            "",
            text,
            flags=re.IGNORECASE,
        )
        # Standing alone, the names are a list, as in a table's owner cell. A closing
        # bracket is an aside, unless it names the body's unit ("Sở Nội vụ (Ban Thi đua -
        # Khen thưởng Thành phố):", the unit that does the work, kept with the name).
        tail = re.search(r"\s*(?P<b>\([^()]*\))\s*[:.]?\s*$", bare)
        if tail is not None and (
            _WIDENING_BRACKET.match(tail["b"])
            or bare[: tail.start()].count("(") > bare[: tail.start()].count(")")
        ):
            # "Chi bộ (kể cả chi bộ cơ sở)", "Đảng ủy cơ sở (hoặc ban thường vụ … (đối với
            # …))": the bracket says who else the heading means, part of its name (a
            # bracket inside another is the outer one's).
            bare = bare.rstrip(" :.")
        elif tail is not None and not _UNIT_BRACKET.fullmatch(tail["b"]):
            bare = bare[: tail.start()]
        elif tail is not None:
            bare = bare[: tail.end("b")]
        names = split_names(bare, self.registry, cell=True)
        if (
            self._addressee is not None
            and len(names) == 1
            and _INVESTOR.fullmatch(fold(names[0])) is not None
        ):
            # "2. Yêu cầu đối với chủ đầu tư" in a notice sent to one company: the heading
            # calls the addressee by its role in the project; the points are its.
            names = [self._addressee]
        found = [self.registry.register(Named(n)) for n in names]
        unknown = [n.written for n in found if not n.known]
        if unknown:
            self.notes.append(
                f"{node.id}: owners not in the body list, keys made up: {', '.join(unknown)}"
            )
        return _Owners(responsible=found, source="heading")

    def _directs_heading(self, text: str, node: _Node) -> _Owners | None:
        """The body a heading says directs others, over points naming no subject, or None.

        "(2) Bộ trưởng Bộ Công an chỉ đạo Công an các đơn vị" over "- Chủ trì, phối hợp …"
        points: the one who directs owns them, as after "… chỉ đạo Y:" (a point naming its
        own subject keeps it). Only a short line with no sentence end: whom it directs,
        and no work of theirs.
        """
        if (
            not node.children
            or text.rstrip(" *").endswith((".", ";", ":"))
            or not _DIRECTS_WHOM.search(text)
        ):
            return None
        got = subject(text, self.registry)
        if got is None or not _owns(got) or got.assigned or got.requested:
            return None
        whom = _DIRECTS_WHOM.match(text, got.end)
        if whom is None or len(text[whom.end() :].split()) > _DIRECTED_WORDS:
            return None
        return _Owners(got.leads, got.partners, got.responsible, "heading")

    def _duty_then_lead_in(self, text: str) -> tuple[str, _Owners] | None:
        """A paragraph that gives its subject a duty, then leads into points with no subject.

        "Thủ trưởng các sở …, Chủ tịch … phải tuân thủ nghiêm chỉnh thủ tục …; cần chấn
        chỉnh ngay một số nội dung sau:": the clause before the last ";" is a whole duty of
        its subject; the subjectless "cần …: " after it hands the points to the same owners.
        """
        head, sep, tail = text.rstrip().rpartition(";")
        if not sep or not tail.endswith(":") or not _SUBJECTLESS_LEAD.match(fold(tail.strip())):
            return None
        got = subject(head, self.registry)
        if got is None or not _owns(got) or not _OBLIGED.search(head[got.end - 1 :]):
            return None
        return head.strip() + ".", _Owners(got.leads, got.partners, got.responsible, "lead-in")

    def _asked_owners(self, text: str) -> _Owners | None:
        """The bodies a paragraph's last request names when it leads into points.

        "Để hoàn thành …; Chính phủ yêu cầu các Bộ trưởng, … phát huy …, trong đó chú
        trọng những nội dung sau:" asks the office holders; the points are theirs.
        """
        if not text.rstrip().endswith(":"):
            return None
        # "đề nghị A (sau đây gọi là …) và B tập trung …": the aside defining A's short name
        # closes A's name, so the "và" after it joins a second owner.
        text = _DEFINED_AS.sub("; ", text)
        for m in reversed(list(_ASKED.finditer(text))):
            # "… yêu cầu Bộ trưởng Bộ X như sau:": "như sau" closes the request, not the name.
            asked = re.sub(r"\s+như sau\s*:$", ":", text[m.start("ask") :], flags=re.I)
            # "Tổng cục Thuế yêu cầu đồng chí Cục trưởng Cục Thuế các tỉnh …": a letter
            # addressing the holder of an office; the office is asked, the honorific is
            # no part of its name.
            asked = _ASKED_COMRADE.sub(r"\g<v>", asked)
            if m["directs"]:
                asked = asked[len(m["ask"]) :]  # the bodies directed, after the verb
            got = subject(asked, self.registry)
            if got is not None and _owns(got):
                return _Owners(got.leads, got.partners, got.responsible, "lead-in")
        told = _DIRECTED_TO_DO.search(text)
        if told is not None and is_owner_list(told["who"], self.registry):
            # "Bộ Y tế chỉ đạo Ủy ban nhân dân các tỉnh, thành phố một số nội dung sau:":
            # the bodies directed are told what to do; the points are theirs.
            names = split_names(told["who"], self.registry)
            return _Owners(
                responsible=[self.registry.register(Named(n)) for n in names], source="lead-in"
            )
        return self._asked_addressee(text)

    def _asked_addressee(self, text: str) -> _Owners | None:
        """The letter's one addressee, when its lead-in asks it by its kind alone.

        "Kính gửi: Công ty cổ phần Khai thác … Thủ Đô" then "… Sở Nông nghiệp và Môi
        trường đề nghị Công ty thực hiện đầy đủ các nội dung sau:": "Công ty" (or "Quý
        Công ty") is the company the letter is sent to; the points are its.
        """
        if self._addressee is None:
            return None
        for m in reversed(list(_ASKED.finditer(text))):
            kind = _ADDRESSEE_KIND.match(text, m.end())
            if kind is not None and (
                kind["q"] is not None or fold(self._addressee).startswith(fold(kind["k"]) + " ")
            ):
                found = [self.registry.register(Named(self._addressee))]
                return _Owners(responsible=found, source="lead-in")
        return None

    def _owner_paragraph(self, text: str) -> _Owners | None:
        """The owner an unnumbered paragraph of names ending in ":" gives the points after it.

        "Ủy ban nhân dân các tỉnh, thành phố:" names them; "Bộ Tài chính chỉ đạo Bảo hiểm
        xã hội Việt Nam:" names the body that directs (the one directed is neither lead nor
        partner).
        """
        # "Thủ trưởng các sở, ban, ngành; Chủ tịch … có trách nhiệm:" names them too, and
        # so does "Để nâng cao năng lực …, Thủ trưởng các sở … có trách nhiệm:" after its
        # purpose.
        if (duty := _RESPONSIBLE_END.search(text)) is not None and text.rstrip().endswith(":"):
            text = _past_purpose_clause(text[: duty.start()]) + ":"
        elif (does := _DOES_LISTED.match(fold_aligned(text.rstrip()))) is not None:
            text = text[: does.end("name")] + ":"
        got = subject(text, self.registry)
        if got is None or not _owns(got):
            return None
        if not is_owner_list(text.rstrip(" :"), self.registry):
            # "Chủ tịch Hội đồng thành viên Tập đoàn … (VNPT) chỉ đạo:": whom it directs is
            # in each point below; the one who directs owns them.
            directs = re.fullmatch(r"\s*chi dao\s*:\s*", fold(text[got.end :]))
            m = re.match(r"\s*chi dao\s+", fold(text[got.end :]))
            if directs is None and (
                m is None or not is_owner_list(text[got.end + m.end() :], self.registry)
            ):
                return None
        return _Owners(got.leads, got.partners, got.responsible, "lead-in")

    def _lead_in_year(self, node: _Node) -> _Time | None:
        """The year a lead-in opens with ("Trong năm 2025, dự kiến tổ chức … như sau:").

        The points after it are done within that year, unless they say otherwise.
        """
        m = _YEAR_OPENING.match(node.text)
        if m is None:
            return None
        spans = find_spans(m.group(1), self.issued)
        if len(spans) != 1 or not spans[0].read:
            return None
        self._count(spans)
        return _Time(spans, m.group(1), node.line, "field")

    def _place_needs(self, text: str) -> _Owners | None:
        """The place a lead-in's last clause says needs to act, for the points after it.

        "Để tiếp tục tháo gỡ …, tỉnh Đắk Lắk cần tiếp tục thực hiện …, trong đó lưu ý tập
        trung thực hiện một số nội dung trọng tâm sau:": the province does the points.
        """
        if not text.rstrip().endswith(":"):
            return None
        found = list(_PLACE_NEEDS.finditer(text))
        if not found:
            return None
        place = self.registry.register(Named(found[-1]["p"].strip()))
        return _Owners(responsible=[place], source="lead-in")

    def _body_needs(self, text: str) -> _Owners | None:
        """The bodies a lead-in's last sentence says need to do the points after it.

        "… phải đi đầu trong việc …. Để đạt được mục tiêu trên, Ngân hàng Nhà nước và các
        ngân hàng thương mại cần tập trung thực hiện 8 nhóm nhiệm vụ sau:": a notice of
        conclusions names once whom its points fall on, as the subject of "cần" (need) or
        "phải" (must) closing into the list. Read before the list only: within a plan's
        section the same words ("Nhằm đạt được mục tiêu …, các Bộ, … cần cụ thể hóa và tổ
        chức triển khai thực hiện các nhiệm vụ sau đây:") state the tasks its appendix
        assigns.
        """
        if _SAU_DAY.search(text.rstrip()) is None:
            return None
        last = _SENTENCE_BREAK.split(text.strip())[-1]
        got = subject(last, self.registry)
        if got is None or not _owns(got) or got.assigned or got.requested:
            return None
        if _NEEDS_AFTER.match(last, got.end) is None:
            return None
        return _Owners(got.leads, got.partners, got.responsible, "lead-in")

    def _purpose_subject(self, text: str) -> _Owners | None:
        """The subject after a lead-in's opening purpose clause, for the points after it.

        "Để toàn dân đồng lòng, …; các sở, ban, ngành, … tổ chức Hội triển khai …,
        tập trung thi đua thực hiện các nội dung chủ yếu sau:": the bodies named after
        the ";" do the points.
        """
        if not (text.rstrip().endswith(":") and _PURPOSE_OPENING.match(text)):
            return None
        head, sep, rest = text.partition(";")
        if not sep or ":" in head:
            return None
        got = subject(rest.strip(), self.registry)
        if got is None or not _owns(got):
            return None
        return _Owners(got.leads, got.partners, got.responsible, "lead-in")

    def _focus_subject(self, text: str, nxt: _Node | None) -> _Owners | None:
        """The bodies an unnumbered paragraph opens with, focusing on the points after it.

        "Các sở, ngành, địa phương theo chức năng, nhiệm vụ được giao, tập trung vào một số
        nhiệm vụ trọng tâm sau:" then "(1) …", "(2) …" with no subject: the bodies that open
        the sentence do the points it announces. Only at the paragraph's start (not after a
        purpose or another sentence) and only into numbered points.
        """
        if nxt is None or not (
            nxt.kind in ("arabic", "decimal") or (nxt.kind == "inline" and nxt.label == "1")
        ):
            return None
        if _FOCUS_LIST_END.search(fold(text.rstrip())) is None or ";" in text:
            return None  # "X phải tuân thủ …; cần chấn chỉnh …:" is _duty_then_lead_in's
        if not starts_body(text, _aligned_text(text), 0, self.registry):
            return None  # "Nhằm đạt được mục tiêu …, các Bộ … cần …:" states a plan's tasks
        got = subject(text, self.registry)
        if got is None or not _owns(got) or got.assigned or got.requested:
            return None
        if _SENTENCE_BREAK.search(text) or _FOCUS_AFTER.match(fold(text[got.end - 1 :])) is None:
            return None
        return _Owners(got.leads, got.partners, got.responsible, "lead-in")

    def _purpose_focus(self, text: str, nxt: _Node | None) -> _Owners | None:
        """The bodies a paragraph names after its opening purpose, focusing on the points.

        "Để hoàn thành kế hoạch công tác năm, toàn Ngành cần tập trung thực hiện tốt các
        nhiệm vụ trọng tâm sau:" then "1. …": the purpose says why, the subject after it
        ("toàn Ngành", "các sở, ngành") does the numbered points it announces. Not "…, các
        Bộ, … cần cụ thể hóa và tổ chức triển khai thực hiện các nhiệm vụ sau đây:": to
        make the programme's tasks concrete in their own plans states the tasks, whose
        owners the programme assigns elsewhere (see _body_needs).
        """
        if nxt is None or nxt.kind not in ("arabic", "decimal"):
            return None
        f = fold(text.rstrip())
        if not _PURPOSE_OPENING.match(text) or _FOCUS_LIST_END.search(f) is None:
            return None
        if ";" in text or _SENTENCE_BREAK.search(text) or _CONCRETISE.search(f):
            return None
        for m in re.finditer(r",\s+", text):
            rest = text[m.end() :]
            whole = _WHOLE_SECTOR.match(rest)
            if whole is not None:
                if _FOCUS_AFTER.match(fold(rest[whole.end() :])) is None:
                    continue
                named = self.registry.register(Named(whole.group().strip()))
                return _Owners(responsible=[named], source="lead-in")
            got = subject(rest, self.registry)
            if got is None or not _owns(got) or got.assigned or got.requested:
                continue
            if _FOCUS_AFTER.match(fold(rest[got.end - 1 :])) is None:
                continue
            return _Owners(got.leads, got.partners, got.responsible, "lead-in")
        return None

    def _duty_holders(self, text: str) -> _Owners | None:
        """The bodies a paragraph ending "… có trách nhiệm:" names, for the points after it.

        "Thủ trưởng các sở, ban, ngành; Chủ tịch Uỷ ban nhân dân quận - huyện có trách
        nhiệm:" then "1." …: what they are responsible for is listed below; a purpose may
        open it ("Để nâng cao năng lực …, Thủ trưởng các sở, ban, ngành có trách nhiệm:").
        """
        end = _RESPONSIBLE_END.search(text)
        if end is None or not text.rstrip().endswith(":"):
            return None
        rest = _past_purpose(text, self.registry)
        got = subject(rest, self.registry)
        if got is None or not _owns(got) or got.end < end.start() - (len(text) - len(rest)):
            return None
        return _Owners(got.leads, got.partners, got.responsible, "lead-in")

    def _work_owner(self, text: str) -> _Owners | None:
        """The body whose work a paragraph ending in ":" announces, for the points after it.

        "Một trong các công tác trọng tâm của Ủy ban … năm 2025 là …, cụ thể:" and "…, dự
        kiến tổ chức các phiên họp của Ủy ban … như sau:": the points are that body's work.
        """
        if not text.rstrip().endswith(":"):
            return None
        f = fold_aligned(text)
        for m in _WORK_OF.finditer(f):
            if _IN_APPENDIX.match(f, m.end()):
                # "… nhiệm vụ của các bộ, ngành, địa phương tại Phụ lục II, trong đó gồm …:":
                # where the bodies' work is listed, not whose the points below are.
                continue
            stop = _WORK_OF_END.search(f, m.end())
            name = text[m.end() : stop.start() if stop else len(text)].strip(" :")
            if name and is_owner_list(name, self.registry):
                found = [self.registry.register(Named(n)) for n in split_names(name, self.registry)]
                return _Owners(responsible=found, source="lead-in") if found else None
        return None

    def _request_owners(self, text: str, node: _Node) -> _Owners | None:
        """The owners a request heading names for the points under it, or None.

        "6. Đề nghị các tổ chức cung cấp dịch vụ chi trả" (a short heading: all of it is
        the name) and "2. Yêu cầu các cấp uỷ, tổ chức đảng, các cơ quan chức năng … bảo
        đảm tiến độ …" (a sentence: its subject) over numbered or lettered points.
        """
        m = _REQUEST.match(text)
        if m is None or text.endswith(":") or not any(c.kind in _POINTS for c in node.children):
            return None  # a lead-in ending in ":" is read by its subject (_container)
        rest = _TRAILING_ROLE.sub("", text[m.end() :].strip(" :."))
        if len(rest.split()) <= _REQUEST_NAME_WORDS and not re.search(r"[.;:]", rest):
            if not starts_body(rest, _aligned_text(rest), 0, self.registry):
                return None
            found = [self.registry.register(Named(n)) for n in split_names(rest, self.registry)]
            return _Owners(responsible=found, source="lead-in") if found else None
        got = subject(text, self.registry)
        if not _owns(got) or got is None:
            return None
        return _Owners(got.leads, got.partners, got.responsible, "lead-in")

    def _spelled_out(self, text: str, points: list[_Node], owners: _Owners | None = None) -> bool:
        """Whether a lead-in's bullets spell out its one action, or list actions.

        One action: the lead-in is an action whose sentence the bullets complete — it
        ends in a connector or a verb waiting for its object ("Sửa đổi Luật … để:",
        "… trình Quốc hội ban hành:", "… gồm:"), or its bullets are not actions
        ("- Cơ chế ưu đãi về …"). Separate actions: the lead-in announces a list
        ("…, cụ thể:", "… như sau:"), names a topic rather than an action ("Về thể
        chế:"), or its bullets act on their own — each opens with a verb ("- Nghiên cứu,
        xây dựng …"), or carries its own owner, time or points ("- Năm 2018: Rà soát …").
        A bullet naming only the owner the lead-in already has ("Các Cục Thuế thực hiện
        …" under a request to the Cục Thuế) carries no owner of its own.
        """
        # "Trong năm 2022 hoàn thành việc lập, trình … phê duyệt các nhiệm vụ:": the time
        # the action opens with is not the action.
        f = _OPENING_YEAR.sub("", fold(text).rstrip(" :"))
        # "Chủ trì triển khai … các dự án …, bao gồm:": the role, then the action.
        if _LIST_INTRO.search(f) or not _ACTION.match(re.sub(r"^chu tri\s+", "", f)):
            return False
        for c in points:
            got = subject(c.text, self.registry)
            if (c.children and not _labelled(c)) or (
                _owns(got) and not (owners is not None and _restates(got, owners))
            ):
                return False
            if any(sp.read and _dated(sp) for sp in find_spans(c.text, self.issued)):
                return False
        if _OPEN_END.search(f):
            return True
        return not all(_ACTION.match(f := fold(c.text)) or _PASSIVE_ACTION.match(f) for c in points)

    def _group(self, node: _Node, section: dict[str, Any]) -> None:
        if node.kind in ("roman", "part", "root") or not node.id:
            return
        heading = node.text.strip().rstrip(" :.")
        groups = section.setdefault("groups", [])
        ids = self._group_ids.setdefault(section["id"], set())
        if node.id != section["id"] and node.id not in ids:
            ids.add(node.id)
            groups.append({"id": node.id, "heading": heading or node.id})

    def _block(self, node: _Node, ctx: _Ctx, section: dict[str, Any]) -> None:
        """An item whose fields give owners, time and task ("- Cơ quan chủ trì: …")."""
        if self._numbered_blocks(node, ctx, section):
            return
        self._fold_spelled_out(node)
        handed = self._hand_out_of_time(node)
        runs = _field_runs(node.children)
        # "2.2. Tổ chức Hội nghị tiếp xúc cử tri …." over "- Việc tổ chức … phải bảo
        # đảm …", "- … để tổ chức hội nghị hiệu quả" then its time and host: the
        # item's sentence is the task its fields describe, as when a "Kết quả" field
        # closes them; the points are its requirements.
        runs = None if runs and len(runs) == 1 and self._one_sentence_task(node) else runs
        if runs is not None:
            self._block_runs(node, ctx, section, runs, handed)
            return
        owners = _Owners(source="field")
        time: _Time | None = None
        tasks: list[_Node] = []
        task_text = ""
        steps: list[_Node] = []
        others: list[_Node] = []
        # "3. Hội nghị …", "Nội dung: …", "- Thời gian: …", "- Đơn vị chủ trì: …", then
        # "3.3. Báo cáo kết quả": a decimal point after the fields is a later step the
        # item's number names, not the fields' content; they are the item's own.
        later: list[_Node] = []
        fielded = False
        roles: set[str] = set()
        for c in node.children:
            fld = _field(c)
            if fld is None:
                (later if fielded and c.kind == "decimal" else others).append(c)
                continue
            fielded = True
            role, value = fld
            roles.add(role)
            if role == "task":
                tasks += c.children
                task_text = value or task_text
            elif role == "time":
                steps_here = [x for x in c.children if x.kind in _BULLETS]
                if steps_here and all(subject(x.text, self.registry) for x in steps_here):
                    steps = steps_here
                elif value or c.children:
                    time = self._field_time(c, value)
            elif role in ("product", "meeting", "link"):
                continue
            else:
                self._field_owners(role, value, c, owners)
        _settle(owners)
        if _event_card(node, roles, others + later):
            self.cov.skipped["event_fields"] += 1 + len(others) + len(later)
            self._outside([node.text, *(o.text for o in others + later)])
            return
        if time is not None and _works_record(others + later):
            time = None
        sub = _Ctx(ctx.section, owners if owners.all() else ctx.owners, time or ctx.time)
        self._group(node, section)
        self._fielded(node, (tasks, steps, others), task_text, (ctx, sub), section)
        self._make_handed(node, handed, sub, section)
        for o in later:
            self._node(o, ctx, section)

    def _numbered_blocks(self, node: _Node, ctx: _Ctx, section: dict[str, Any]) -> bool:
        """An item over numbered tasks that each hold their own fields: a heading; else False.

        "1. Hội nghị hiệp thương lần thứ nhất." over "1.1. Nội dung: Hiệp thương …" with
        its own "- Thời gian: …", "- Đơn vị chủ trì: …" under it, then "1.2. Báo cáo kết
        quả …": the numbered task is a block of its own (its text the task field's value),
        the item only names the stage.
        """
        own = []
        for c in node.children:
            fld = _field(c)
            if (
                fld is not None
                and fld[0] == "task"
                and fld[1]
                and c.kind == "decimal"
                and any(_field(x) is not None for x in c.children)
            ):
                own.append((c, fld[1]))
        if not own or _field(node) is not None:
            return False
        self._group(node, section)
        blocks = {id(c): value for c, value in own}
        for c in node.children:
            if id(c) in blocks:
                c.text = blocks[id(c)]
                self._block(c, ctx, section)
            else:
                self._node(c, ctx, section)
        return True

    def _block_runs(
        self,
        node: _Node,
        ctx: _Ctx,
        section: dict[str, Any],
        runs: list[tuple[list[_Node], list[_Node]]],
        handed: list[tuple[_Node, str]],
    ) -> None:
        """Each run of fields owns the bullets just above it.

        "- Task one", "- Task two", then their fields, "- Task three", then its own. An
        owner heading over them ("1.2. Sở Tài chính") owns the runs with no owner field.
        """
        owned = self._heading_owners(node.text.strip(), node) if node.kind != "para" else None
        if owned is not None:
            ctx = _Ctx(ctx.section, owned, ctx.time)
        self._group(node, section)
        for items, fields in runs:
            run_owners, run_time = self._read_fields(fields)
            sub = _Ctx(
                ctx.section,
                run_owners if run_owners.all() else ctx.owners,
                run_time or ctx.time,
            )
            for it in items:
                self._node(it, sub, section)
            self._make_handed(node, [h for h in handed if h[0] in fields], sub, section)

    def _fold_spelled_out(self, node: _Node) -> None:
        """Fold the points that spell out a fielded item's one action into its text.

        "5. Giám sát việc lập danh sách cử tri theo quy định … . Cụ thể các nội dung:" over
        "- Cách tính tuổi …", "- Việc niêm yết …" and its "* Thời gian thực hiện:": the
        item is one check, its points what is checked (no owner, no date, not all
        actions), its time the check's. So is a first bullet "- Kiểm tra việc … . Cụ
        thể:" over the bullets after it, under an item title.
        """
        head = node.children[0] if node.children else None
        if _action_then_detail(node.text) and self._detail_points(node.children):
            points = self._leading_points(node.children)
            node.text = self._with_detail(node.text, node.children)
            # "7.1. …" read under the last point (a numbered sub-item after the points):
            # the item's own, beside its fields.
            lifted = [x for c in points for x in c.children if x.kind not in _BULLETS]
            node.children = [*lifted, *node.children[len(points) :]]
        elif (
            head is not None
            and head.kind in _BULLETS
            and _field(head) is None
            and not head.children
            and _action_then_detail(head.text)
            and self._detail_points(node.children[1:])
        ):
            rest = node.children[1:]
            head.text = self._with_detail(head.text, rest)
            node.children = [head, *rest[len(self._leading_points(rest)) :]]

    @staticmethod
    def _leading_points(children: list[_Node]) -> list[_Node]:
        points: list[_Node] = []
        for c in children:
            if c.kind not in _BULLETS or _field(c) is not None:
                break
            points.append(c)
        return points

    def _detail_points(self, children: list[_Node]) -> bool:
        """Whether the points opening ``children`` are detail: no owner, no date, some no action."""
        points = self._leading_points(children)
        if not points:
            return False
        for c in points:
            for t in self._point_words(c):
                got = subject(t, self.registry)
                if _owns(got) and got is not None and (got.assigned or got.requested or _proper(t)):
                    # A body named by its proper name, or asked: a task of its own ("Những
                    # trường hợp … cần báo cáo …" names no body).
                    return False
                if any(sp.read and _dated(sp) for sp in find_spans(t, self.issued)):
                    return False
        return not all(_ACTION.match(fold(c.text)) for c in points)

    @staticmethod
    def _point_words(point: _Node) -> list[str]:
        """A point's text and its own points' (not a numbered item read under it)."""
        below = [x for x in point.children if x.kind in _BULLETS]
        return [point.text, *(t for x in below for t in (x.text, *_texts(x)))]

    def _with_detail(self, text: str, children: list[_Node]) -> str:
        parts = [
            " ".join(self._point_words(c)).rstrip(" ;.") for c in self._leading_points(children)
        ]
        return f"{text} {'; '.join(parts)}"

    def _hand_out_of_time(self, node: _Node) -> list[tuple[_Node, str]]:
        """The assignments run on in an item's time fields, cut from the fields' text."""
        handed: list[tuple[_Node, str]] = []
        for c in node.children:
            fld = _field(c)
            if fld is None or fld[0] != "time" or not fld[1]:
                continue
            value, given = self._given_in_time(fld[1])
            if given:
                c.text = c.text[: len(c.text) - len(fld[1])] + value
                handed.append((c, given))
        return handed

    def _make_handed(
        self, node: _Node, handed: list[tuple[_Node, str]], ctx: _Ctx, section: dict[str, Any]
    ) -> None:
        for k, (c, given) in enumerate(handed, 1):
            piece = _Node("para", "", given, c.line, parent=node, id=f"{node.id}.t{k}")
            self._make(piece, given, ctx, section, ["an assignment written in the time field"])

    @staticmethod
    def _given_in_time(value: str) -> tuple[str, str]:
        """A time field's value, and the assignment run on after it ("" if none).

        "- Thời gian thực hiện: Đã khắc phục xong từ tháng 6/2024; giao Văn phòng … chủ
        trì tham mưu …", "… thường xuyên từ tháng 6/2024, giao bộ phận … cần thực hiện
        …", "… khi thôi việc, chuyển công tác. Giao phòng Nội vụ … theo dõi …": the
        field's time, then work given to a body by name — a duty of its own, in the
        field's time; the words after the cut are no part of the time.
        """
        m = _GIVEN_IN_TIME.search(fold_aligned(value))
        if m is None:
            return value, ""
        return value[: m.start()].strip(), value[m.end() :].strip()

    def _fielded(
        self,
        node: _Node,
        parts: tuple[list[_Node], list[_Node], list[_Node]],
        task_text: str,
        ctxs: tuple[_Ctx, _Ctx],
        section: dict[str, Any],
    ) -> None:
        """A fielded item's duties: its task field's points, its time's steps, or itself.

        ``ctxs``: the context around the item and the one its fields make.
        """
        tasks, steps, others = parts
        ctx, sub = ctxs
        if tasks:
            for t in tasks:
                self._node(t, sub, section)
            for o in others:
                self._node(o, sub, section)
            return
        if steps:
            for k, s in enumerate(steps):
                s.id = f"{node.id}.{_position(node.id, k)}"
                self._make(s, s.text, sub, section, [])
            return
        text = node.text.strip()
        if not task_text and _acted_steps_run(others):
            # "2.1. Chuẩn bị … tổ chức 3 Hội nghị hiệp thương …" over "(1) Tổ chức hiệp
            # thương lần thứ nhất: Chậm nhất ngày …", "(2) …" and its fields: each step is
            # a duty with the item's owners; the item is not listed again (its field's
            # time is the steps' span, no deadline of its own). The points beside the steps
            # ("- Nguyên tắc tổ chức …: Bảo đảm …") are requirements: not due by that time.
            self.cov.skipped["intro"] += 1
            self._outside([text])
            beside = _Ctx(sub.section, sub.owners, ctx.time)
            for o in others:
                self._node(o, sub if o.kind == "inline" else beside, section)
            return
        if task_text:
            text = f"{text.rstrip(' :.')}: {task_text}" if text else task_text
        self._item_then_others(node, text, others, sub, section, lead_in=not task_text, outer=ctx)

    def _item_then_others(
        self,
        node: _Node,
        text: str,
        others: list[_Node],
        sub: _Ctx,
        section: dict[str, Any],
        *,
        lead_in: bool,
        outer: _Ctx | None = None,
    ) -> None:
        """A fielded item, then the points beside its fields, in the fields' context.

        "Điều 2. Điều chỉnh nhiệm vụ … như sau:" over "1. Tên nhiệm vụ: …" and its owner
        and time fields: the article's title (a section's) only leads into the task the
        points name; no duty. (An item's "Xây dựng Đề án …, gồm:" is an action of its own.)
        """
        section_title = node.kind in ("roman", "part")
        if lead_in and others and section_title and _INTRO.search(fold(text)):
            self.cov.skipped["intro"] += 1
            self._outside([text])
        elif lead_in and _FIELDS_TITLE.match(fold(text)):
            # "(3) Thời gian, địa điểm" over "- Thời gian: Tập huấn 1 ngày, thứ Năm, ngày
            # 04/12/2025" and "- Địa điểm: …": the title only names its fields; an event's
            # particulars, nothing to do (its day is the event's, no deadline of a title).
            self.cov.skipped["particulars"] += 1
            self._outside([text])
        elif lead_in and outer is not None and self._titles_its_steps(node, text, others):
            # "3. Rà soát, cập nhật dữ liệu đất đai" then "Thời gian thực hiện: Tháng
            # 7/2026." over "- Cập nhật …", "- Chỉnh lý …": the title names the work its
            # points do; each point is a duty in the field's time, the title no duty.
            self.cov.skipped["intro"] += 1
            self._outside([text])
            for o in others:
                # A page's number between the points is no step: it keeps the outer time.
                self._node(o, sub if o.kind in _BULLETS else outer, section)
            return
        else:
            self._make(node, text, sub, section, [])
            if outer is not None and self._owns_its_time(node, text):
                # "1.1. Xây dựng … Hướng dẫn …." with "- Bảo đảm thống nhất …", "- Các
                # văn bản … phải thể hiện rõ …" beside its "- Thời gian hoàn thành: Tháng
                # 11/2025": the time field dates the item's sentence, which the item
                # carries; the points beside it are its requirements (or a report step
                # after the meeting the fields describe), not work due by that date.
                sub = _Ctx(sub.section, sub.owners, outer.time)
        for o in others:
            self._node(o, sub, section)

    @staticmethod
    def _titles_its_steps(node: _Node, text: str, others: list[_Node]) -> bool:
        """Whether a fielded item's words only title the points beside its fields.

        A numbered title with no stop of its own, over at least two bullets that each
        open on an action (a page's number between them aside): the bullets are the work.
        """
        if node.kind not in ("arabic", "decimal", "letter") or text.rstrip().endswith((".", ":")):
            return False
        steps = [o for o in others if o.kind in _BULLETS]
        if len(steps) < _STEPS_MIN or any(
            o.kind not in _BULLETS and not o.text.strip().isdigit() for o in others
        ):
            return False
        acts = [bool(_ACTION.match(fold(o.text))) for o in steps]
        # "- Xác minh nguồn gốc …" among "- Phối hợp …", "- Lập …": a verb the list of
        # actions lacks; most of the points, the first among them, acting is enough.
        return acts[0] and 2 * sum(acts) > len(acts)

    def _one_sentence_task(self, node: _Node) -> bool:
        """Whether a numbered item is one finished sentence of work, not a heading.

        "Tổ chức Hội nghị tiếp xúc cử tri …." is; a topic, an owner heading or a finding
        ("Việc … còn tình trạng …") is not.
        """
        text = node.text.strip()
        return (
            self._owns_its_time(node, text)
            and text.endswith(".")
            and _ACTION.match(fold(text)) is not None
            and len(text.split()) >= 8
            and self._heading_owners(text, node) is None
        )

    @staticmethod
    def _owns_its_time(node: _Node, text: str) -> bool:
        """Whether a fielded item's own words are a whole task its time field dates.

        A lead-in ("6.1. Tham gia thực hiện các nhiệm vụ:") hands its fields to the
        points under it; an item that ends its sentence, or names a task with no colon
        to open a list, keeps them.
        """
        return node.kind in ("arabic", "decimal", "letter") and not text.rstrip().endswith(":")

    def _read_fields(self, fields: list[_Node]) -> tuple[_Owners, _Time | None]:
        """The owners and the time that owner and time fields give."""
        owners = _Owners(source="field")
        time: _Time | None = None
        for c in fields:
            fld = _field(c)
            assert fld is not None
            role, value = fld
            if role == "time":
                if (value or c.children) and not _SCOPED_TIMES.search(fold(value)):
                    time = self._field_time(c, value)
            elif role not in _SET_FIELDS and role != "link":
                self._field_owners(role, value, c, owners)
        _settle(owners)
        return owners, time

    def _field_time(self, field_node: _Node, value: str) -> _Time:
        """The time a time field gives: its value, else the lines under it."""
        words = value or " ".join(x.text for x in field_node.children)
        spans = find_spans(words, self.issued, field=True)
        # "- Thời gian dự kiến: từ ngày 11/9/2026 đến ngày 20/9/2026." under an activity
        # (an exhibition, a festival's week): the days it is planned to run, held by the last.
        done = bool(_COMPLETION.match(f := fold(field_node.text)) or _PLANNED.match(f))
        return _Time(spans, words, field_node.line, "field", done)

    def _field_owners(self, role: str, value: str, node: _Node, owners: _Owners) -> None:
        head, more = _next_owner_field(value)
        if more is not None:
            # "Đơn vị chủ trì: Phòng A; Đơn vị phối hợp: Phòng B, Phòng C.": two fields on
            # one line, the second label naming the role of the names after it.
            self._field_owners(role, head, node, owners)
            self._field_owners(more[0], more[1], _Node(node.kind, "", node.text, node.line), owners)
            return
        subfields = [c for c in node.children if _field(c) is not None]
        if subfields:
            # "Cơ quan thực hiện:" / "- Chủ trì: …" / "- Phối hợp: …"
            for c in subfields:
                fld = _field(c)
                assert fld is not None
                self._field_owners(fld[0], fld[1], c, owners)
            if value:
                self._field_owners(role, value, _Node(node.kind, "", node.text, node.line), owners)
            return
        if role == "both":
            for c in node.children:
                fld = _field(c)
                if fld is not None:
                    self._field_owners(fld[0], fld[1], c, owners)
                elif c.kind in _BULLETS or c.kind == "para":
                    self._field_owners("lead", "", c, owners)
            if value:
                owners.leads += self._names(value)
            return
        texts = [value] if value else []
        texts += [c.text for c in node.children if not c.text.startswith("(")]
        if not value and not node.children and node.kind in _BULLETS:
            texts = [node.text]
        for t in texts:
            if _ROLE_MARK.search(t):
                # "Sở Xây dựng (chủ trì); Sở Tài chính, … (phối hợp)": the roles are marked.
                self._marked_roles(t, owners)
                continue
            if role == "doers":
                clauses = [x for x in re.split(r";\s*", t) if x.strip()]
                for clause in clauses:
                    got = subject(clause, self.registry)
                    if got is not None and got.leads:
                        owners.leads += got.leads
                        owners.partners += got.partners
                    elif owners.leads:
                        owners.partners += self._field_names(clause)
                    else:
                        owners.responsible += self._field_names(clause)
                continue
            names = self._names(t)
            if role == "lead":
                owners.leads += names
            elif role == "advisor":
                owners.advisors += names
            elif role == "partners":
                owners.partners += names

    def _marked_roles(self, text: str, owners: _Owners) -> None:
        """Names each followed by "(chủ trì)" or "(phối hợp)", the mark closing its list."""
        pos = 0
        for m in _ROLE_MARK.finditer(text):
            names = self._field_names(text[pos : m.start()].strip(" ;,"))
            if fold(m.group(1)).startswith("chu tri"):
                owners.leads += names
            else:
                owners.partners += names
            pos = m.end()
        rest = text[pos:].strip(" ;,.")
        if rest:
            owners.partners += self._field_names(rest)

    def _field_names(self, text: str) -> list[Named]:
        """The bodies a field names, each cut where its words stop naming it.

        "Sở Nội vụ, các sở, ban, ngành Thành phố trong phạm vi chức năng …" names two;
        "Bộ Công an tiến hành rà soát …" names one.
        """
        out = []
        for name in split_names(text.strip().rstrip("."), self.registry):
            f = _aligned_text(name)
            if not starts_body(name, f, 0, self.registry):
                continue
            cut = name[: name_end(name, f, 0, len(name), self.registry)].strip(" ,;")
            if cut:
                out.append(self.registry.register(Named(cut)))
        return out

    def _names(self, text: str) -> list[Named]:
        names = split_names(text.strip().rstrip("."), self.registry)
        return [self.registry.register(Named(n)) for n in names]

    def _owners_colon(self, text: str) -> int:
        """Where the task starts after an item's owners and a colon, else 0.

        "Các Tập đoàn, Tổng Công ty nhà nước, doanh nghiệp xuất khẩu: xây dựng kế hoạch …":
        a list of two or more owners, long enough to fill a duty's opening words, is the
        duty's owners and the task (in lower case) its text.
        """
        got = subject(text, self.registry)
        if got is None or got.partners or got.assigned or got.requested:
            return 0
        if len(got.leads) + len(got.responsible) < 2:
            return 0
        m = _OWNERS_COLON.match(text, got.end)
        if m is None or not text[m.end()].islower():
            return 0
        # Only a long list: a short owner's name stays the opening of the duty's text.
        return m.end() if len(text[: got.end].split()) >= _LONG_OWNERS else 0

    # ----------------------------------------------------------------- one duty

    def _make(
        self,
        node: _Node,
        text: str,
        ctx: _Ctx,
        section: dict[str, Any],
        reviews: list[str],
        *,
        text_time: bool = True,
    ) -> None:
        if self._summary and self._summary == self._source_line(node.line):
            # A scraped page's summary that its body says again in full: the body's
            # sentence is the duty (the summary still anchors the page's reading, above).
            self.cov.skipped["restatement"] += 1
            self._outside([text])
            return
        if self._bold_restatement(node, text, section):
            # A Q&A page's answer sums up ("Như vậy, …") and sets again in bold the
            # bullets it quoted above: each is the quoted duty, already read.
            self.cov.skipped["restatement"] += 1
            self._outside([text])
            return
        self._make_duty(node, text, ctx, section, reviews, text_time=text_time)

    def _bold_restatement(self, node: _Node, text: str, section: dict[str, Any]) -> bool:
        """Whether a bullet printed in bold says again a bullet read above it."""
        if node.kind not in _BULLETS or not 0 < node.line <= len(self._source):
            return False
        if not self._source[node.line - 1].lstrip().startswith("**"):
            return False
        key = _restated_key(text)
        if len(key) < _RESTATED_CHARS:
            return False
        for d in self.duties:
            first = self._node_of.get(id(d))
            if (
                first is not None
                and d["section"] == section["id"]
                and _restated_key(d["text"]) == key
                and 0 < first.line <= len(self._source)
                and not self._source[first.line - 1].lstrip().startswith("**")
            ):
                return True
        return False

    def _duty_owners(
        self, text: str, ctx: _Ctx, reviews: list[str], *, text_time: bool
    ) -> tuple[str, list[dict[str, Any]]]:
        """A duty's text (without a label naming its owners) and its owners' references."""
        scope = _SCOPE_OWNER.match(text) if text_time else None
        member = _MEMBER_POST.match(text) if text_time and scope is None else None
        if member is not None:
            # "4.2. Ông. Nguyễn Văn A - Phó Trưởng đoàn: Chủ trì …": a plan sharing a
            # team's work among its members names each by name and post; that member does
            # the work after the colon.
            named = self.registry.register(Named(member.group(1)))
            return text[member.end() :], self._refs_of(_Owners([named], [], [], "text"), reviews)
        if scope is not None:
            # "Đối với các đơn vị đã xây dựng …: Tiếp tục …": the bodies it is for do it.
            named = self.registry.register(Named(scope.group(1)))
            return text[scope.end() :], self._refs_of(_Owners([named], [], [], "text"), reviews)
        if text_time:
            refs = self._refs(text, ctx, reviews)
            return text[self._owners_colon(text) :], refs
        return text, self._refs_of(ctx.owners or _Owners(), reviews)

    def _make_duty(
        self,
        node: _Node,
        text: str,
        ctx: _Ctx,
        section: dict[str, Any],
        reviews: list[str],
        *,
        text_time: bool = True,
    ) -> None:
        if text_time:
            text = _past_topic(text, self.registry)
        raw = text
        if ctx.time is None and (period := self._period_of_tasks(node.line)) is not None:
            ctx = _Ctx(ctx.section, ctx.owners, period)
        text, timing, source, windows = self._timing(
            text,
            ctx,
            reviews,
            text_time=text_time,
            years=_heading_years(node),
            before=self._text_before(node.line, raw),
        )
        text = text or raw.strip()
        if (
            source == "text"
            and timing
            and (self._unlabelled(node) or self._tells_its_subject(node, text))
            and not self._assigns(text)
            # A framework's milestone ("Thời gian kết thúc năm học trước ngày …") is its
            # act and its due day, whatever the sentences beside it.
            and not _milestone_clauses(text)
        ):
            # A paragraph printed with no label, as a news page's are: "Đến ngày 30/9/2020,
            # tổng số C/O … là …", "Bộ Tài chính đang chuẩn bị … dự kiến … trong năm 2020"
            # is a status, a forecast or a report of what was done, not work given to
            # anyone; its date is no deadline. (A labelled point is the document's own
            # list of work, whatever its wording: "i) Đàm phán … trong tháng 11".)
            reviews.append(f"'{timing}' is in a sentence that assigns nothing: no deadline")
            timing, windows = None, ["không thời hạn"]
        if source == "text" and timing and "được" in text and _FUNDS_GIVEN.search(text):
            # "Năm 2024, tỉnh X được Thủ tướng Chính phủ giao hơn 8.260 tỷ đồng …": the
            # money a body was allotted for the year, a fact; the year is no deadline.
            reviews.append(f"'{timing}' is the year of funds allotted: no deadline")
            timing, windows = None, ["không thời hạn"]
        if source == "text" and timing and not ctx.owners and self._stacked_time_cells(node):
            reviews.append(
                f"'{timing}' is in time cells of a table read out column by column: no deadline"
            )
            timing, windows = None, ["không thời hạn"]
        if (
            source == "text"
            and timing
            and not ctx.owners
            and any(node.line in r for r in self._unread_tables)
        ):
            # Cells printed side by side that no reader could split into rows: the words
            # read as prose interleave several cells and rows, so a time among them may
            # be another cell's target or another row's time.
            reviews.append(
                f"'{timing}' is in a side-by-side table whose rows were not read: no deadline"
            )
            timing, windows = None, ["không thời hạn"]
        if source == "text" and timing and _after_table_header(raw, timing):
            # "1. Đấu thầu mua thuốc: STT Công việc Thời gian … 01 Xây dựng … | 01/3/2018 …":
            # an OCR'd table no reader split into rows ran into its lead-in; its times
            # are its rows', not the lead-in's.
            reviews.append(f"'{timing}' is in a table whose rows were not read: no deadline")
            timing, windows = None, ["không thời hạn"]
        if not text:
            self.cov.skipped["empty"] += 1
            return
        # A section's own fields make its one duty, numbered under it.
        own = node.id if node.id and node.id != section["id"] else ""
        if own and not own.startswith(section["id"] + "."):
            own = f"{section['id']}.{own}"  # a point that strayed from its section's numbering
        ident = self._unique(own or f"{section['id']}.x{len(self.duties) + 1}")
        if ident != (own or ident):
            reviews.append(f"id '{node.id}' is used twice in the source; this one is '{ident}'")
        text, refs = self._duty_owners(text, ctx, reviews, text_time=text_time)
        if text_time and refs and ":" in text and (ask := _ASKED_POINTS.search(text)):
            # "Trong quý IV, UBND tỉnh yêu cầu các sở, ngành tập trung một số nội dung
            # như: Đẩy mạnh …": the request, its bodies and its window, run into the
            # paragraph's first point; the work is what follows the colon.
            text = text[ask.end() :]
        duty: dict[str, Any] = {"id": ident, "section": section["id"]}
        parent = node.parent
        if (
            parent is not None
            and parent.kind not in ("roman", "part", "root")
            and parent.id
            and ident.startswith(parent.id + ".")
            and parent.id in self._group_ids.get(section["id"], ())
        ):
            duty["group"] = parent.id
        duty["text"] = text
        duty["owners"] = refs
        duty["timing"] = timing
        if source == "text" and (
            timing is None
            or all(contains_folded(text, part) for part in timing.split("; ") if part.strip())
        ):
            # Not when the time was left in a lead-in cut off above ("Trong 3 tháng cuối
            # năm, … yêu cầu … như: Quyết liệt …"): a time given to the work, as a field's is.
            duty["timing_source"] = "text"
        duty["windows"] = windows
        if not refs:
            reviews.append("the source names no owner")
            self.cov.no_owner += 1
        if reviews:
            duty["review"] = f"line {self._source_line(node.line)}: " + "; ".join(
                dict.fromkeys(reviews)
            )
        self._append(duty, node)

    def _append(self, duty: dict[str, Any], node: _Node) -> None:
        self.duties.append(duty)
        self._node_of[id(duty)] = node
        self._made_of.setdefault(id(node), []).append(duty)

    def _stacked_time_cells(self, node: _Node) -> bool:
        """Whether a paragraph is a table's time cells stacked, as a PDF's text gives them.

        A copy that reads a table column by column prints the time column's cells one
        under another in a narrow column ("Hàng năm" / "Hoàn thành xong," / "trình trong
        tháng" / "6/2025" / "Ngay sau khi có" / …): no line holds more than a cell's few
        words, the first is a time and nothing else, and more than one time is read. Which
        row each time belongs to is lost, so none is the paragraph's deadline.
        """
        if not 0 < node.line <= len(self._source):
            return False
        lines: list[str] = []
        for raw in self._source[node.line - 1 :]:
            if not raw.strip():
                break
            lines.append(raw.strip())
        if len(lines) < 3 or any(len(x.split()) > 4 for x in lines):
            return False
        if not _is_time_cell(lines[0]):
            return False
        joined = " ".join(lines)
        read = [sp for sp in find_spans(joined, self.issued, field=True) if sp.read]
        # "Năm 2025" / "Sở Xây dựng hoàn thành …": a time, then a subject that acts, is a
        # sentence wrapped in a narrow column, not cells.
        rest = " ".join(lines[1:])
        return len(read) >= 2 and not _owns(subject(rest, self.registry))

    def _text_before(self, line: int, text: str) -> str:
        """The source's text before a duty on ``line``: the two lines above, its own start."""
        if not 0 < line <= len(self._source):
            return ""
        own = self._source[line - 1]
        at = own.find(text.strip()[:30]) if text.strip() else -1
        return " ".join([*self._source[max(0, line - 3) : line - 1], own[: max(at, 0)]])

    def _source_line(self, line: int) -> int:
        """The source's line number of ``line`` (lines a run-on line was cut into share it)."""
        return self._origin[line - 1] if 0 < line <= len(self._origin) else line

    def _tells_its_subject(self, node: _Node, text: str) -> bool:
        """Whether a sentence cut from a bare paragraph names a subject of its own.

        "Năm 2019, Phó Thủ tướng … cho rằng giá BOT sẽ … . Hết năm 2019, Bộ GTVT sẽ phải
        …": the paragraph asks (its second sentence), but the first, cut from it with
        its own subject, is the speaker's forecast; whether it assigns anything is its
        own words' to say, not the paragraph's.
        """
        if not 0 < node.line <= len(self._source):
            return False
        raw = self._source[node.line - 1].strip(" *#>")
        if _label(Line(node.line, raw)) is not None or _PAREN_LABEL.match(raw):
            return False
        if len(text) >= len(raw.replace("*", "")):
            return False  # the whole paragraph: _unlabelled reads it
        if _schedule_steps(raw):
            return False  # a retold timetable's step, its sentence's subject the step's doer
        return _owns(subject(text, self.registry))

    def _unlabelled(self, node: _Node) -> bool:
        """Whether the duty's source line has no label and, as a whole, assigns nothing.

        A labelled line ("1.", "a)", "-", "(i)", "Điều") is the document's own list of
        work; a piece split from "Giao X …: (1) …; (2) …" is the lead-in's work.
        """
        if not 0 < node.line <= len(self._source):
            return False
        raw = self._source[node.line - 1].strip(" *#>")
        return (
            _label(Line(node.line, raw)) is None
            and not _PAREN_LABEL.match(raw)
            and not self._assigns(raw.replace("*", ""))
            # A retold timetable's steps, each due by its day, are the plan's list of work.
            and not _schedule_steps(raw)
            # So are a short page's two congresses ahead (see _short_schedule_steps).
            and not (
                self._headless
                and (_short_schedule_steps(raw) or _later_schedule(raw))
                and self._page_is_short()
            )
        )

    def _page_is_short(self) -> bool:
        """Whether the text is a page of a few paragraphs (see _short_page)."""
        return _short_page(
            [Line(i + 1, t.strip()) for i, t in enumerate(self._source) if t.strip()]
        )

    def _assigns(self, text: str) -> bool:
        """Whether a sentence gives work: a directive word, an action, or X then an action.

        A news page narrates between its requests: figures to a date, what a body is
        doing or did, what a speaker thinks. Those name no one asked and open with no
        action; their dates are facts, not deadlines.
        """
        text = _MEETING_HELD.sub("", text)
        if _WORK_TIME_FIELD.search(fold(text)):
            return True
        if _DIRECTIVE.search(_TASKS_GIVEN.sub("", _DOING.sub("đang", text.lower()))):
            return True
        for piece in re.split(r"(?<=[.;])\s+", text):
            sentence = piece.strip(" *-+•")
            if (m := _ORDINAL.match(fold(sentence))) is not None:
                # "Một là, …", "Thứ hai, …", "Trên cơ sở đó, …", "Theo Kế hoạch, …"
                sentence = sentence[m.end() :]
            lead = next(iter(find_spans(sentence, self.issued)), None)
            if lead is not None and lead.start <= 3:
                if lead.read and sentence[lead.end :].lstrip().startswith(":"):
                    # "Ngày 27/5: Kết thúc việc kiểm tra …", "Ngày 7/6: Hạn cuối các
                    # trường …": a day, then a colon, is a timetable's step; the step is
                    # due that day, whatever its wording.
                    return True
                # "Trước ngày 30/6, hoàn thành …", "Hằng tuần theo dõi …": the time, then
                # the act.
                sentence = sentence[lead.end :].lstrip(" ,:;-")
            f = fold(sentence)
            if _ACTION.match(f) or f.startswith(("dua ", "ban hanh", "gui ")):
                return True
            if _SCOPE_OPENS.match(f) and any(
                _PLANNED_STEP.match(f[m.end() :]) for m in re.finditer(r"\s", f)
            ):
                # "Đối với các chi bộ … sẽ tiến hành đại hội trước ngày …": the units the
                # scope names are the step's doers, whose name subject() does not read.
                return True
            got = subject(sentence, self.registry)
            names = (got.leads or got.responsible) if got is not None else []
            if names and any(_ASPECT_IN_NAME.search(f" {n.written} ") for n in names):
                # "Văn phòng Chính phủ vừa có Thông báo … tại cuộc họp": a name read on past
                # its aspect word holds the narration.
                continue
            if got is not None and names:
                # A name the registry does not know may run on into the aspect word
                # ("Bộ Tài chính đang"): the narration starts there.
                tail = fold(names[-1].written).split()[-1:]
                rest = " ".join([*tail, fold(sentence[got.end :]).strip(" ,:;")])
                if not _NARRATED.match(rest) and not _NARRATED.match(rest.split(" ", 1)[-1]):
                    return True
                if _PLANNED_STEP.match(rest.split(" ", 1)[-1]) or _PLANNED_STEP.match(rest):
                    return True
        return False

    def _unique(self, ident: str) -> str:
        out = ident
        k = self._next.get(ident, 2)
        while out in self._ids:
            out, k = f"{ident}-{k}", k + 1
        self._next[ident] = k
        self._ids.add(out)
        return out

    def _refs(self, text: str, ctx: _Ctx, reviews: list[str]) -> list[dict[str, Any]]:
        if ctx.owners is not None and ctx.owners.source == "acted-on":
            # A point naming a unit the lead-in's body acts on (_acted_on): the name is
            # no subject.
            return self._refs_of(_copy(ctx.owners), reviews, text)
        return self._refs_of(_owners_of(text, ctx.owners, self.registry), reviews, text)

    def _refs_of(self, got: _Owners, reviews: list[str], text: str = "") -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        seen: set[str] = set()
        for role, names in (
            (Role.LEAD, got.leads),
            (Role.RESPONSIBLE, got.responsible),
            (Role.PARTNER, got.partners),
        ):
            listed = self._kept_as_listed([n.written for n in names])
            for n in names:
                if not n.key:
                    self.registry.register(n)
                if n.key in seen:
                    continue
                seen.add(n.key)
                ref: dict[str, Any] = {"owner": n.key, "role": role.value}
                name = self.registry.name_of(n.key)
                # "Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, …": a name standing
                # alone in a field or a heading is written as printed. A sentence's subject
                # ("Đồng chí Bí thư Đảng ủy trực tiếp chủ trì …") addresses the holder, and
                # before a list ("Đồng chí Bộ trưởng Bộ Y tế, Thứ trưởng …") the honorific
                # heads them all, no one name's own.
                alone = len(names) == 1 and (
                    got.source in ("field", "heading") or _labels(text, n.written)
                )
                written = n.written if alone else drop_honorific(n.written)
                written = listed.get(n.written, written)
                if fold(written) != fold(name) or (not n.known and written != name):
                    ref["as_written"] = written
                out.append(ref)
        made_up = [n.written for n in got.all() if not n.known]
        if made_up and got.source not in ("heading",):
            reviews.append("owners not in the body list, keys made up: " + ", ".join(made_up))
        return out

    def _kept_as_listed(self, written: list[str]) -> dict[str, str]:
        """Names a distributive list expanded to that keep the list as written.

        "Các Bộ: Quốc phòng, Công an chủ động …": where the text never prints the
        bodies' own names ("Bộ Quốc phòng"), the owner is the list as written; where it
        prints every one of them elsewhere, the expanded names stand (CONVENTIONS §3).
        """
        listed = self.registry.listed_as(written)
        if not listed:
            return listed
        if self._printed is None:
            self._printed = " ".join(fold(" ".join(self._source)).split())
        printed = self._printed
        groups: dict[str, list[str]] = {}
        for name, source in listed.items():
            groups.setdefault(source, []).append(name)
        return {
            name: source
            for source, names in groups.items()
            if not all(" ".join(fold(n).split()) in printed for n in names)
            for name in names
        }

    def _period_of_tasks(self, line: int) -> _Time | None:
        """The period a meeting report's topic gives the tasks its paragraph asks for.

        "Về một số nhiệm vụ trọng tâm trong Quý I năm 2025, Tổng Bí thư nêu rõ, X chỉ đạo
        …. Y chỉ đạo …": the topic names the tasks by the period they are due in, so each
        request split from the paragraph is due by its end (a duty's own time overrides
        it). A topic about a matter ("Về vốn … trong năm 2025, …") dates no task.
        """
        if not 0 < line <= len(self._source):
            return None
        m = _PERIOD_TASKS.match(self._source[line - 1].strip(" *"))
        if m is None:
            return None
        spans = [sp for sp in find_spans(m["t"], self.issued) if sp.read and _dated(sp)]
        return _Time(spans, m["t"], line, "field") if spans else None

    def _topic_times(
        self, text: str, own: list[Span], reviews: list[str], *, text_time: bool
    ) -> list[Span]:
        """The times of a duty less those of its topic or of a clause before its subject."""
        topic = _title_colons(text)[:1] if text.startswith("Về ") else []
        if topic and any(sp.start > topic[0] for sp in own):
            # "Về … vốn không giải ngân trong năm 2025 …: Ủy ban … báo cáo trong Quý I năm
            # 2026": the topic's time tells what it is about; the duty's comes after.
            for sp in own:
                if sp.end <= topic[0]:
                    reviews.append(f"time in the topic, not read: '{sp.text}'")
            return [sp for sp in own if sp.end > topic[0]]
        if own and text_time and _CLAUSE_FIRST.match(text):
            return self._after_subject(text, own, reviews)
        return own

    def _after_subject(self, text: str, own: list[Span], reviews: list[str]) -> list[Span]:
        """The times after the subject of a sentence opening with a clause before it.

        "Theo đó, căn cứ … lộ trình … trong năm 2025 …, Kết luận nêu rõ yêu cầu X …",
        "Về … trong năm 2025 và nhiệm kỳ …, giao X …": the clause before the subject tells
        what the work rests on or is about; its time is not the duty's.
        """
        got = subject(text, self.registry)
        names = [*got.leads, *got.responsible] if got is not None else []
        at = text.find(names[0].written) if names else -1
        if at <= 0:
            return own
        kept = [sp for sp in own if sp.end > at or _own_end_before(text, sp, at)]
        for sp in own:
            if sp not in kept:
                reviews.append(f"time before the subject, not read: '{sp.text}'")
        return kept

    def _timing(
        self,
        raw: str,
        ctx: _Ctx,
        reviews: list[str],
        *,
        text_time: bool = True,
        years: dict[int, int] | None = None,
        before: str = "",
    ) -> tuple[str, str | None, str, list[str]]:
        """The duty's text (bracketed timing taken out), its timing phrase and windows.

        ``years``: the year the headings above the duty give each month they name;
        ``before``: the text just before the duty (see _year_before).
        """
        text = raw
        spans = self._narrated(text, find_spans(text, self.issued)) if text_time else []
        marked: list[Span] = []
        # A bracketed phrase marked in italics is the source's timing, read or not.
        for m in list(re.finditer(r"\s*\(\*(?P<t>[^*()]+)\*\)", text)):
            inner = [sp for sp in spans if m.start("t") <= sp.start and sp.end <= m.end("t")]
            if any(sp.read for sp in inner):
                continue
            reviews.append(f"timing '{m['t'].strip()}' not read (no time the grammar knows)")
            text = text.replace(m.group(0), "", 1)
        for sp in spans:
            if sp.read and _bracketed(raw, sp) and not _TAKES_EFFECT.search(fold(raw[: sp.start])):
                marked.append(sp)
        own = [sp for sp in spans if sp.read]
        own = _handed_on(text, self._topic_times(text, own, reviews, text_time=text_time), reviews)
        self._count(spans)
        for sp in spans:
            if not sp.read and sp.code in _REVIEWED:
                reviews.append(f"time seen, not read: '{sp.text}' ({sp.reason})")
        chosen: list[Span]
        # done: the time is a completion field's, a window in it is done by its end.
        # A round's days make a point's own "từ A đến B" done by B too (see _Time.round).
        source, done = "marked", ctx.time is not None and ctx.time.round
        kept = text  # a bracketed time whose year is not known stays in the text
        if marked:
            # "thẩm định … trong ngày 24/01/2025, trình Quốc hội … (trước ngày 03/02/2025)",
            # "trước ngày 20/6/2025 (phấn đấu hoàn thành trước ngày 15/6/2025)": a time in
            # brackets beside the sentence's own; both are the duty's, the earliest hard
            # end binds (an aim only alone).
            chosen = own if len(own) > len(marked) else marked
            text = _without_brackets(text, marked)
        elif own and (ctx.time is None or _dated_or_cyclic(own)):
            chosen, source = own, "text"
        elif ctx.time is not None:
            chosen, done = [sp for sp in ctx.time.spans if sp.read], ctx.time.done
            aside = [sp for sp in ctx.time.spans if not sp.read and _dated(sp)]
            for sp in aside:
                reviews.append(f"time seen, not read: '{sp.text}' ({sp.reason})")
            if not chosen and ctx.time.text.strip():
                reviews.append(f"timing '{ctx.time.text.strip()}' not read")
        else:
            chosen = []
        if chosen and source != "field" and (block := _block_time(chosen, ctx, reviews)):
            chosen, source = block, "field"
        text = re.sub(r"\s+([.;,])", r"\1", text).strip()
        if not chosen:
            return text, None, source, ["không thời hạn"]
        issued = self._year_given(chosen, reviews, years or {}, before + " " + text)
        if issued is None:
            return re.sub(r"\s+([.;,])", r"\1", kept).strip(), None, source, ["không thời hạn"]
        text = self._read_notes(chosen, issued, reviews, text, kept)
        self.cov.dated_read += len(chosen)
        # "theo tiến độ …" reads to the end of a phrase: it goes last.
        chosen.sort(
            key=lambda sp: any(r.window.kind is WindowKind.PER_SCHEDULE for r in sp.readings)
        )
        # Spaced as the duty's text is (no space before a comma), so each part occurs in it.
        timing = "; ".join(re.sub(r"\s+([.;,])", r"\1", sp.text) for sp in chosen)
        try:
            readings = read_phrase(timing, issued)
        except TimeParseError as exc:  # pragma: no cover - each span read on its own
            reviews.append(f"timing '{timing}' not read ({exc.message})")
            return text, None, source, ["không thời hạn"]
        windows = [render_window(r.window) for r in readings]
        if done:
            timing, windows = _completion_timing(chosen, timing, windows, readings, issued)
        return text, timing, source, windows

    def _read_notes(
        self, chosen: list[Span], issued: date, reviews: list[str], text: str, kept: str
    ) -> str:
        """Note how the chosen times were read; the duty's text, as it is to be shown."""
        for sp in chosen:
            for r in sp.readings:
                if APPROXIMATE in r.notes:
                    reviews.append(f"'{r.text}' is approximate: read as {render_window(r.window)}")
                if YEAR_FROM_CONTEXT in r.notes and issued == self.issued and not self._one_year:
                    reviews.append(f"the year of '{r.text}' is the document's")
        if self._one_year and any(
            YEAR_FROM_CONTEXT in r.notes for sp in chosen for r in sp.readings
        ):
            # The year is the text's one year, a guess: the bracket stays where it was
            # written ("Trường Đại học Điện lực (quý II);"), for the reader to check.
            return re.sub(r"\s+([.;,])", r"\1", kept).strip()
        return text

    def _narrated(self, text: str, spans: list[Span]) -> list[Span]:
        """Without the document's date, a time the text narrates as done is history."""
        if not self._undated:
            return spans
        why = "tells when something was done ('… đã …'): history, not a deadline"
        return [
            Span(sp.start, sp.end, sp.text, code="span.past", reason=why)
            if sp.read and narrated_past(text, sp)
            else sp
            for sp in spans
        ]

    def _year_given(
        self, chosen: list[Span], reviews: list[str], years: dict[int, int], around: str = ""
    ) -> date | None:
        """The date to read a duty's times from; None when their year is not given."""
        if not self._yearless(chosen, reviews):
            return self.issued
        # "B. Nhiệm vụ công tác trọng tâm tháng 3 năm 2010" over "Tháng 3, theo kế hoạch
        # Bộ sẽ ban hành …": the heading names the same month with its year. "… từ ngày 1-9
        # đến hết ngày 31-12-2018. Trước ngày 25-10, UBND các huyện …": a day the page
        # leaves its year off, after a full date of the same text.
        year, whose = _year_of_months(chosen, years), "the heading's is"
        if year is None:
            year, whose = _year_before(chosen, around), "the date's before it is in"
        if year is None and self._one_year:
            reviews[-1] = (
                f"the year of '{chosen[0].text}' is the text's one year ({self.issued.year})"
            )
            return self.issued
        if year is None:
            return None
        if year == self.issued.year:
            reviews[-1] = f"the year of '{chosen[0].text}' is {whose.split(' is')[0]} ({year})"
            return self.issued
        # Said, not read: `nq42 validate` reads the timing phrase with the draft's date,
        # which is another year's stand-in ("Trước ngày 25-10" would read as 2000 there).
        reviews[-1] += f" ({whose} {year}: give --issued)"
        return None

    def _yearless(self, chosen: list[Span], reviews: list[str]) -> bool:
        """The text gives no date and a chosen time leaves its year out: no deadline."""
        if not self._stand_in or not any(
            YEAR_FROM_CONTEXT in r.notes for sp in chosen for r in sp.readings
        ):
            return False
        reviews.append(f"the year of '{chosen[0].text}' is not given: no deadline read")
        return True

    def _count(self, spans: list[Span]) -> None:
        for sp in spans:
            if not _dated(sp):
                continue
            self.cov.dated_seen += 1
            if not sp.read and sp.code is not None:
                self.cov.set_aside[sp.code] += 1

    # ----------------------------------------------------------------- tables

    def _grid(self, grid: Grid, part: _Part) -> None:
        grid = named_header(grid, self._cell_tests.is_time, self._cell_tests.is_owners)
        kind = kind_of(grid)
        entry: dict[str, Any] = {"line": grid.line, "form": grid.form, "kind": kind}
        if kind == TableKind.INDICATORS:
            entry.update(rows=len(grid.rows) - 1, duties=0)
            self.cov.tables.append(entry)
            return
        if kind != TableKind.TASKS:
            entry.update(rows=len(grid.rows), duties=0)
            if len(grid.rows) > 1 and len(grid.rows[0][1]) > 2:
                self.cov.tables.append(entry)
            return
        table = task_table(grid, self._cell_tests.is_owners)
        noted = self._note_time(grid, part) if "time" not in roles(grid.rows[0][1]) else None
        if noted is not None:
            for row in table.rows:
                if not row.time:
                    row.time = noted
                    row.guesses.append(f"its time is the note's under the table ('{noted}')")
        sid = self._table_section(part)
        section = next(s for s in self.sections if s["id"] == sid)
        before = len(self.duties)
        timed = "time" in roles(grid.rows[0][1])
        for row in table.rows:
            self._row(row, table, sid, section, timed=timed)
        if part.kind and part.kind.startswith("Phụ lục") and "time" not in roles(grid.rows[0][1]):
            self._timeless.append((part.kind, self.duties[before:]))
        entry.update(
            rows=table.source_rows,
            groups=len(table.groups),
            continued=sum(r.continued for r in table.rows),
            duties=len(self.duties) - before,
            skipped=table.skipped,
        )
        self.cov.tables.append(entry)

    def _above_done_by(self) -> None:
        """A paragraph that only says when the act above is done dates that act.

        "Ban công tác Mặt trận chuyển biên bản hội nghị … đến Ban Thường trực …" then
        "Việc chuyển các biên bản nói trên phải hoàn thành chậm nhất là 17 giờ 00 ngày 01
        tháng 2 năm 2026.": the second names the first's act ("nói trên") and gives its
        time; it is no duty of its own, its time is the first's.
        """
        kept: list[dict[str, Any]] = []
        for duty in self.duties:
            prev = kept[-1] if kept else None
            if prev is None or prev.get("timing") or prev.get("section") != duty.get("section"):
                kept.append(duty)
                continue
            alone = self._done_by_alone(duty)
            if alone is not None:
                prev["timing"], prev["windows"] = alone
            elif duty.get("timing") and _ABOVE_DONE_BY.match(duty["text"]) is not None:
                prev["timing"], prev["windows"] = duty["timing"], duty["windows"]
            else:
                kept.append(duty)
                continue
            note = f"its time is the next paragraph's ('{duty['text'][:60]}')"
            prev["review"] = "; ".join(x for x in (prev.get("review"), note) if x)
        self.duties[:] = kept

    def _next_years_of_a_cycle(self) -> None:
        """A day "of the year after" that follows a yearly time is each round's, no date.

        A guide in force every year: "4.1. … kết thúc trước ngày 31/12 hằng năm", then "-
        … hoàn thành trước ngày 15/01 năm sau", "4.2. … gửi về Ban Tổ chức Trung ương
        trước ngày 01/02 năm sau": "năm sau" is the year after each year's round, as the
        time just before it in the section says; no one year is meant. In a plan for one
        year ("Báo cáo kết quả năm 2025 trước ngày 15/01 năm sau", after times of that
        year) it is the next year, and stays a deadline.
        """
        yearly: dict[Any, bool] = {}  # section -> whether its last time was yearly
        for duty in self.duties:
            timing = duty.get("timing")
            if not timing:
                continue
            f = fold(str(timing))
            section = duty.get("section")
            if (
                _NEXT_YEAR.search(f)
                and not _WRITTEN_YEAR.search(f)
                and yearly.get(section)
                and (windows := _each_year(duty.get("windows") or [], self.issued.year + 1))
            ):
                # The timing written is the reading, so that the draft's phrase and its
                # windows agree when it is loaded as a plan; the source's phrase goes in
                # the note.
                duty["timing"] = "; ".join(windows)
                duty["windows"] = windows
                duty.pop("timing_source", None)
                note = (
                    f"'{timing}': 'năm sau' after a yearly time is the year after each "
                    "round's, read as yearly"
                )
                duty["review"] = "; ".join(x for x in (duty.get("review"), note) if x)
                continue
            yearly[section] = bool(_YEARLY.search(f))

    def _done_by_alone(self, duty: dict[str, Any]) -> tuple[str, list[str]] | None:
        """The time of an unnumbered line that is only "done by" and a date, or None.

        "1. Phòng X rà soát …;" then "Hoàn thành trước ngày 30/6/2025." (or "Thời hạn
        hoàn thành: Quý III/2025."): the line names no act of its own, only when the work
        above is to be done; printed on a line of its own, it is that work's time.
        """
        text = duty["text"].strip().rstrip(" .;")
        if not _UNNUMBERED_ID.search(duty["id"]) or not _DONE_BY_OPENS.match(fold(text)):
            return None
        spans = find_spans(text, self.issued)
        if len(spans) != 1 or not spans[0].read or spans[0].end < len(text):
            return None
        sp = spans[0]
        if not _DONE_BY_LEFT.match(fold(text[: sp.start])):
            return None
        if any(r.window.kind is not WindowKind.DEADLINE for r in sp.readings):
            return None
        return sp.text, [render_window(r.window) for r in sp.readings]

    def _sending_times(self) -> None:
        """A "send it by" line after a list of requests: the date of every one of them.

        "1. Ban A báo cáo …", "2. Ban B báo cáo …", "3. Sở C … báo cáo …", then "Báo cáo
        của các cơ quan, đơn vị gửi về UBND tỉnh trước ngày 12/6/2026 để tổng hợp …" (or
        "- Tham gia ý kiến …" then "- Văn bản tham gia ý kiến … gửi về Sở … trước ngày
        28/7/2026."): the line's subject is the paper the requests produce and its verb
        is sending it; no one is given new work. Its date bounds the requests above it,
        the run of points of one kind it closes (a paragraph printed under the last point
        closes the run that point ends), when none of them has a date of its own.
        """
        drop: set[int] = set()
        for duty in self.duties:
            node = self._node_of.get(id(duty))
            if node is None or duty.get("timing_source") != "text" or len(duty["windows"]) != 1:
                continue
            if not _SENDING.match(fold(duty["text"])) or _deadline_of(duty) is None:
                continue
            run = self._closed_run(node)
            made = [d for n in run for d in self._made_of.get(id(n), [])]
            if not made or any(d.get("timing") for d in made):
                continue
            for d in made:
                d["timing"] = duty["timing"]
                # Not in the request's own words: a time given to it, as a field's is.
                d.pop("timing_source", None)
                d["windows"] = list(duty["windows"])
                note = f"'{duty['timing']}' from the sending line after the requests"
                d["review"] = f"{d['review']}; {note}" if d.get("review") else note
            drop.add(id(duty))
            self.cov.skipped["sending_time"] += 1
        self.duties[:] = [d for d in self.duties if id(d) not in drop]

    @staticmethod
    def _closed_run(node: _Node) -> list[_Node]:
        """The points of one kind just above ``node`` that it closes, or none."""
        parent = node.parent
        if parent is None:
            return []
        if node.kind == "para":
            # Printed under the last point: the point's own run, if the line opens its
            # children and the point is the last of its kind.
            if parent.children[0] is not node or parent.kind not in _POINTS:
                return []
            node, parent = parent, parent.parent
            if parent is None:
                return []
            at = parent.children.index(node)
            after = [c for c in parent.children[at + 1 :] if c.kind == node.kind]
            if after:
                return []
            at += 1
        elif node.kind in _BULLETS:
            at = parent.children.index(node)
        else:
            return []
        run: list[_Node] = []
        for c in reversed(parent.children[:at]):
            if c.kind != node.kind:
                break
            run.append(c)
        return run[::-1]

    def _note_time(self, grid: Grid, part: _Part) -> str | None:
        """The time a note right under a table with no time column sets for its rows.

        "Ghi chú: Các cơ quan, đơn vị … được giao nhiệm vụ … phải trình hồ sơ … trong
        tháng 3 năm 2023 …": the table lists the work and the note under it, the first
        line after its last row, says by when each body must do it. Only a note that
        binds ("phải", "có trách nhiệm", "hoàn thành") and reads one dated deadline, not
        before the document's date: a note giving the figures' date or a source is none.
        """
        last = grid.rows[-1][0]
        after = next((x for x in part.lines if x.no > last), None)
        if after is None or any(last < g.line < after.no for _, g in part.grids):
            return None
        m = _TABLE_NOTE.match(fold(after.text))
        if m is None or not _BINDS.search(fold(after.text)):
            return None
        text = after.text[m.end() :]
        spans = [sp for sp in find_spans(text, self.issued) if _dated(sp)]
        if len(spans) != 1 or not spans[0].read:
            return None
        windows = [r.window for r in spans[0].readings]
        if any(
            w.kind is not WindowKind.DEADLINE or w.end is None or w.end < self.issued
            for w in windows
        ):
            return None
        return spans[0].text

    def _appendix_times(self) -> None:
        """The time of an appendix's task table with no time column, from the body.

        "Khẩn trương … xử lý các kiến nghị … (Phụ lục kèm theo), hoàn thành trước ngày
        15/12/2025": when one duty of the body, and one only, points to the appendix
        (by its number, or "Phụ lục kèm theo" to the one appendix without a number) and
        has one dated deadline, the appendix's rows are that duty's work, due with it.
        Review says so. Several pointing duties, or several dates, give none; nor does a
        date that bounds a report or a submission ("… (Phụ lục kèm theo), báo cáo … trước
        ngày …": the rows' work is not due then).
        """
        rows = {id(d) for _, duties in self._timeless for d in duties}
        for kind, duties in self._timeless:
            number = kind.split()[-1] if len(kind.split()) > 2 else ""
            if number:
                pointer = re.compile(rf"\bphu luc(?: so)? {re.escape(fold(number))}\b")
            else:
                pointer = re.compile(r"\bphu luc (?:kem theo|gui kem|dinh kem)\b")
            pointing = [
                d for d in self.duties if id(d) not in rows and _points_here(pointer, d["text"])
            ]
            if len(pointing) != 1 or not pointing[0]["timing"]:
                continue
            source = pointing[0]
            if _reported_by(fold(source["text"]), pointer, fold(source["timing"])):
                continue
            try:
                read = read_phrase(source["timing"], self.issued)
            except TimeParseError:  # pragma: no cover - read once already
                continue
            if len(read) != 1 or read[0].window.kind is not WindowKind.DEADLINE:
                continue
            for duty in duties:
                if duty["timing"] is not None:
                    continue
                duty["timing"] = source["timing"]
                duty["windows"] = list(source["windows"])
                duty.pop("timing_source", None)
                note = (
                    f"the table has no time column; its time is that of {source['id']}, "
                    f"which points to this appendix ('{source['timing']}')"
                )
                duty["review"] = "; ".join(x for x in (duty.get("review"), note) if x)

    def _table_section(self, part: _Part) -> str:
        label = "T"
        if part.kind and part.kind.startswith("Phụ lục"):
            label = self._appendix_label(part)
        sid = self._unique_section(label)
        self._table_sections.add(sid)
        title = part.kind or "Bảng nhiệm vụ"
        self.sections.append({"id": sid, "title": title})
        return sid

    @staticmethod
    def _appendix_label(part: _Part) -> str:
        """``PL`` for "Phụ lục", ``PLII`` for "Phụ lục II"."""
        words = (part.kind or "").split()
        return f"PL{words[-1] if len(words) > 2 else ''}"

    def _row(
        self, row: Any, table: TaskTable, sid: str, section: dict[str, Any], *, timed: bool = False
    ) -> None:
        reviews: list[str] = list(row.guesses)
        if table.form == "cells":
            reviews.append("cells placed by what they hold (a table written one cell per line)")
        elif table.form == "layout":
            reviews.append("cells placed by where they stand (a table printed side by side)")
        elif table.form == "columns":
            reviews.append("cells paired by their order (a table copied column by column)")
        elif table.form == "ocr":
            reviews.append(
                "an OCR'd table read by its time cells: the task's start and its group's "
                "body as owner are guesses; the other cells are not read"
            )
        owners = _Owners(source="table")
        leads, helpers = self._cell_owners(row.lead)
        if len(leads) > 1:
            owners.responsible = leads  # joint owners, none singled out to lead
        else:
            owners.leads = leads
        partners, more = self._cell_owners(row.partners)
        owners.partners = helpers + partners + more
        if not (row.lead.strip() or row.partners.strip()) and _ACRONYM_OPENS.match(row.task):
            # A timetable with no owner column ("Thời gian | Nội dung") names who acts in
            # the task itself, by the acronym the text defined: "HĐGSNN họp xét …",
            # "Các HĐGSCS xét …".
            got = subject(row.task, self.registry)
            if got is not None and _owns(got):
                owners = _Owners(got.leads, got.partners, got.responsible, "table")
        time = None
        if row.time:
            # A schedule's slot "Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23 tháng 1": the
            # row's time is its day, the hours before it tell when on that day.
            cell = row.time[clock_lead(row.time) :]
            spans = find_spans(cell, self.issued, field=True)
            self._count(spans)
            if any(
                r.window.kind is WindowKind.DEADLINE
                and r.window.end is not None
                and r.window.end < self.issued
                for sp in spans
                for r in sp.readings
            ):
                reviews.append(f"'{row.time}' is before the document's own date, as written")
            time = _Time(spans, cell, row.line, "table")
            time = self._row_cycle(row.task, time, reviews) or time
        elif timed and (own := _task_dates(row.task)):
            # The time column left empty (or the register's empty date): the task's own
            # words give its time ("… gửi xin ý kiến góp ý rộng rãi trong tháng 3 năm
            # 2017"), read as written, as a time cell is (a register lists tasks past due).
            reviews.append("the time cell is empty: the time is the task's own words")
            time = _Time(own, "; ".join(sp.text for sp in own), row.line, "table")
        node = _Node("row", row.key, row.task, row.line)
        node.id = f"{sid}.{row.key}"
        text = row.task
        if row.product:
            text = f"{text.rstrip()} [Sản phẩm: {row.product}]"
        for label, cell in row.notes:
            text = f"{text.rstrip()} [{label}: {cell}]"
        # The time column is the row's time; dates in the task's words are not.
        self._count(find_spans(row.task, self.issued))
        self._make(node, text, _Ctx(sid, owners, time), section, reviews, text_time=False)

    def _row_cycle(self, task: str, cell: _Time, reviews: list[str]) -> _Time | None:
        """The cycle a task opens with, over a time cell that spans several years.

        "Hàng năm thực hiện sát hạch …" with the time cell "2026 - 2030": the work recurs
        each year of the span, so the span is how long it recurs, not a deadline at its
        end (the duty's own time words override its time field). None otherwise.
        """
        m = _OPENS_WITH_CYCLE.match(fold_aligned(task))
        if m is None:
            return None
        read = [r.window for sp in cell.spans if sp.read for r in sp.readings]
        if not read or any(
            w.kind is not WindowKind.DEADLINE
            or w.start is None
            or w.end is None
            or w.start.year >= w.end.year
            for w in read
        ):
            return None
        words = task[m.start("c") : m.end("c")]
        spans = find_spans(words, self.issued, field=True)
        if not any(r.window.kind is WindowKind.RECURRING for sp in spans for r in sp.readings):
            return None
        reviews.append(f"'{words}' recurs over the time cell '{cell.text.strip()}': no deadline")
        return _Time(spans, words, cell.line, "table")

    def _cell_owners(self, text: str) -> tuple[list[Named], list[Named]]:
        """The bodies an owner cell names, and those its brackets say help them.

        A bracket after a name gives its scope or its unit ("Bộ Tư pháp (đối với các nội
        dung …)", "Bộ Công an (Trung tâm Dữ liệu quốc gia)"): the body is the name
        before it. A bracket that says who helps ("(Viện Nghiên cứu lập pháp phối hợp
        chuẩn bị dự thảo)") names partners. Footnote marks ("[3]") are dropped.
        """
        helpers: list[Named] = []
        if (listed := self._listed_owners(text)) is not None:
            return listed

        def aside(m: re.Match[str]) -> str:
            inner = m.group(1)
            at = fold_aligned(inner).find("phoi hop")
            if at > 0:
                helpers.extend(self._field_names(inner[:at]))
            # "Ngân hàng Nhà nước Việt Nam (chủ trì … về RT) Bộ Công an (…)": a bracket
            # between two names parts them as a ";" would.
            after = m.string[m.end() :].lstrip()
            return "; " if after[:1].isupper() else " "

        bare = re.sub(r"\s*\[\d{1,3}\]", "", text)
        # "… và các địa phương theo chức năng, nhiệm vụ được giao": the names' scope.
        bare = re.sub(r"\s+theo chức năng\b[^;]*", "", bare, flags=re.IGNORECASE)
        bare = re.sub(r"\s*\(([^()]*)\)", aside, bare)
        out = []
        for printed in split_names(bare.strip().rstrip("."), self.registry, cell=True):
            # "Đề nghị Tòa án nhân dân tối cao": a request, the body owns the task.
            name = written = unrequested(printed)
            f = _aligned_text(written)
            if starts_body(written, f, 0, self.registry):
                # "Bộ Khoa học và Công nghệ với các tiêu chuẩn …": the name ends at its scope.
                end = name_end(written, f, 0, len(written), self.registry)
                name = written[:end].strip(" ,;") or written
                if _GIVEN_END.search(fold(name)) or _described(name, written[len(name) :]):
                    # "Các đơn vị được giao thực hiện TTHC": the units named by the work
                    # they were given, the whole cell.
                    name = written
            out.append(self.registry.register(Named(name)))
        return out, helpers

    def _listed_owners(self, text: str) -> tuple[list[Named], list[Named]] | None:
        """An owner cell that lists each body's share: "1. Bộ A chủ trì …. 2. Bộ B rà soát …".

        The bodies opening each item own the task together; when one item alone says its
        bodies chủ trì, they lead and the other items' bodies are partners. None when the
        cell is no such list (items 1, 2, … in order, each opening with a body).
        """
        marks = list(_LIST_MARK.finditer(text))
        if len(marks) < 2 or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
            return None
        if marks[0].start() != 0:
            return None
        items: list[tuple[list[Named], bool]] = []
        for m, end in zip(marks, [*[x.start() for x in marks[1:]], len(text)], strict=True):
            item = text[m.end() : end].strip()
            tail = self._owner_tail(item)
            if tail is None:
                return None
            names = item[: len(item) - len(item.lstrip()) + _names_end(item, tail)]
            items.append(
                (self._cell_owners(names.strip(" ,;."))[0], fold(tail).startswith("chu tri"))
            )
        chairs = [names for names, chair in items if chair]
        if len(chairs) == 1:
            others = [n for names, chair in items if not chair for n in names]
            return chairs[0], others
        joint = {n.key: n for names, _ in items for n in names}
        return list(joint.values()), []

    def _owner_tail(self, text: str) -> str | None:
        """The words of a cell after the bodies it names first; None if it names none."""
        t = re.sub(r"\s*\([^()]*\)\s*[:.;]?\s*$", "", text).strip()
        f = _aligned_text(t)
        if not t or not starts_body(t, f, 0, self.registry):
            return None
        return t[name_end(t, f, 0, len(t), self.registry) :].strip(" ,;.")

    def _trailing_body(self, text: str) -> int:
        """Where a body's name that ends ``text`` begins (after other words), or -1."""
        f = _aligned_text(text)
        end = len(text.rstrip(" ,;."))
        # A line that is one known body's name ("Văn phòng Chính phủ") ends in no other
        # body: its last words ("Chính phủ") are part of that name, not a cell of their own.
        if self.registry.known(text[:end]) is not None:
            return -1
        for m in re.finditer(r"(?<= )(?=[A-ZĐÀ-Ỹ])", text[:end]):
            at = m.start()
            if len(text[at:end].split()) > _TRAILING_WORDS:
                continue
            tail = text[at:end]
            if _OFFICE_HEAD.match(f[:at].strip()):
                continue  # "Văn phòng UBND tỉnh": the office of the body, one name
            if (
                self.registry.known(tail) is not None or _INSTITUTION.match(f, at) is not None
            ) and is_owner_list(tail, self.registry):
                return at
        return -1

    def _is_owner_cell(self, text: str) -> bool:
        f = _aligned_text(text)
        return starts_body(text, f, 0, self.registry)

    def _coverage_owners(self) -> None:
        self.cov.unknown_owners = sorted(self.registry.unknown.values())
        for d in self.duties:
            kinds = {parse_kind(w) for w in d["windows"]}
            self.cov.kinds[_kind_of(kinds)] += 1


# --------------------------------------------------------------------------- helpers

_TRAILING_WORDS = 8  # a body's name at a line's end is this long at most
# An item's number in an owner cell's list: "1. Bộ Tài chính …", " 2. Các bộ …".
_LIST_MARK = re.compile(r"(?:^|(?<=\s))(\d{1,2})\.\s+(?=[A-ZĐÀ-Ỹ])")


def _names_end(item: str, tail: str) -> int:
    """Where the names opening a list's item end: before the words after them."""
    if not tail:
        return len(item)
    at = item.rfind(tail)
    return at if at > 0 else len(item)


# Bodies whose names open with an institution's word ("Sở Y tế", "Bộ Tài chính"): at a
# line's end after other words they are a cell of their own.
_INSTITUTION = re.compile(
    r"(?:bo|so|ban|uy ban|ubnd|cuc|tong cuc|vien|benh vien|trung tam|van phong|hoi|dai"
    r"|cong an|bao hiem xa hoi|ngan hang|toa an|kiem toan|thanh tra)\s+\S"
)


# The words naming an office or a post of the body after them ("Văn phòng UBND tỉnh",
# "Chủ tịch UBND tỉnh", "Thường trực Tỉnh ủy"): with nothing before them, the line is one
# name, not a task's last words and a body's cell.
_OFFICE_HEAD = re.compile(
    r"^(?:van phong|chanh van phong|thuong truc|lanh dao|(?:pho )?chu tich|(?:pho )?giam doc"
    r"|thu truong|bo truong|truong ban|chu nhiem|ban thuong vu|ban can su dang|dang uy"
    r"|dang doan|(?:pho )?bi thu)$"
)


# "Ông. Nguyễn Văn A - Thư ký đoàn: Chịu trách nhiệm …": a member by title, name and post,
# then a colon and the work (capitalised); the name and post, without the title, own it.
_MEMBER_POST = re.compile(
    r"^(?:Ông|Bà|Đồng chí|Đ/c)\.?\s+"
    r"((?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]*\s+){1,5}[A-ZĐÀ-Ỹ][a-zà-ỹđ]*\s+[-–]\s+[A-ZĐÀ-Ỹ][^:;,.()]{1,60}?)"
    r"\s*:\s+(?=[A-ZĐÀ-Ỹ])"
)
# "Đối với các đơn vị chưa xây dựng …: Khẩn trương …": an item for a kind of body, who
# then does it (not "Đối với các dự án …:", a kind of work).
# A request naming its bodies and closing on "như:"/"sau:" before its first point in the
# same paragraph: "…, Sở X yêu cầu các phòng, ban tập trung vào các nội dung sau: Rà soát …".
_ASKED_POINTS = re.compile(
    r"^[^:]{0,200}?\b(?:yêu cầu|đề nghị)\s[^:;.]{10,200}?\s(?:như sau|sau đây|sau|như)\s*:\s*"
    r"(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ]+ [a-zà-ỹđ]+ [a-zà-ỹđ])"
)
_SCOPE_OWNER = re.compile(
    r"^Đối với\s+(các\s+(?:đơn vị|cơ quan|bộ|sở|ngành|địa phương|tổ chức|doanh nghiệp)"
    r"\b[^:;()]{0,120}?)\s*:\s+(?=[A-ZĐÀ-Ỹ])"
)


# "NHIỆM VỤ CỦA CÁC BỘ, NGÀNH, ĐỊA PHƯƠNG TRONG TRIỂN KHAI …": an appendix title's owners.
_TITLE_DUTIES_OF = re.compile(
    r"^NHIỆM VỤ CỦA\s+(.+?)(?:\s+(?:TRONG|TRIỂN KHAI|THỰC HIỆN|ĐỂ|VỀ|NĂM|GIAI ĐOẠN)\b.*)?$"
)
# "Điều 1. Kiện toàn Ban Chỉ đạo …, gồm các thành viên sau đây:": a list of members.
_MEMBERS = re.compile(r"\b(?:gom|bao gom) (?:cac )?thanh vien\b|\bthanh phan (?:gom|nhu sau)\b")
# "Nhiệm vụ của …", "Trách nhiệm và quyền hạn của …", "NHIỆM VỤ CHỦ YẾU CỦA BỘ …".
# "X có nhiệm vụ và quyền hạn sau đây": a title saying whose the duties below are.
_HAS_DUTIES = re.compile(
    r"\s+có (?:các )?(?:nhiệm vụ|trách nhiệm)(?:,? (?:và )?quyền hạn)?(?: (?:sau đây|như sau|sau))?"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
_DUTIES_OF = re.compile(
    r"^(?:Nhiệm vụ|Trách nhiệm)(?: (?:chủ yếu|trọng tâm|cụ thể|chung))?(?:,? (?:và )?quyền hạn)?"
    # "Trách nhiệm các phòng, ban, …": "của" left out before a plural.
    r" (?:của\s+|(?=(?:các|những)\s))(\S.*)$",
    re.IGNORECASE,
)


# "Trách nhiệm Sở Công Thương": "của" left out before a body's capitalised name. A bare
# number after it is the page number a scan ran into the title ("… Sở Tài chính 16"),
# not part of the name (a numbered body's is "số 2").
_DUTIES_OF_NAMED = re.compile(
    r"^(?:Nhiệm vụ|Trách nhiệm)(?:,? (?:và )?quyền hạn)? (?=[A-ZĐÀ-Ỹ])"
    r"(\S.*?)(?:(?<!\bsố) \d{1,3})?$",
)


# A closing quote (an OCR may print it as "`" or "'"), a dash, then an assignment.
_QUOTE_ASSIGNS = re.compile(r"[”\"`'’]\s*[-–]\s*(?=(?:giao|đề nghị|yêu cầu)\s)", re.IGNORECASE)


# "Thông báo kết luận … là hai văn bản chính trị rất quan trọng, yêu cầu các bộ, ngành,
# địa phương thực hiện nghiêm túc …", "… biểu dương Bộ X …; yêu cầu các bộ, cơ quan, Hội
# đồng thẩm định Nhà nước tiếp tục …": a request whose clause opens after a comma or a
# semicolon, in a paragraph that names no one at its start (what came before is the
# report's praise or a statement; the request is the work).
# Only "yêu cầu": "Hồ sơ trình, đề nghị Thủ tướng Chính phủ … khen thưởng" lists what the
# file proposes ("đề nghị" is also "to propose"), no request of the document.
_LATER_ASK = re.compile(r"[,;]\s+(?=yêu cầu\s+\S)")


def _asked_later(text: str, registry: Registry) -> Subject | None:
    """The bodies the first request later in an unowned paragraph asks, or None."""
    m = _LATER_ASK.search(text)
    if m is None:
        return None
    got = subject(text[m.end() :], registry)
    if got is None or not (got.leads or got.responsible) or not got.requested:
        return None
    got.end += m.end()
    return got


def _narrated_after(text: str, registry: Registry) -> bool:
    """Whether ``text`` opens with a subject, then a report of what it did ("X đã …")."""
    got = subject(text, registry)
    return got is not None and bool(_NARRATED.match(fold(text[got.end :]).lstrip(" ,")))


def _clause_subject(text: str, registry: Registry, unowned: bool = False) -> Subject | None:
    """The subject of ``text``, or of a clause cut from its sentence at its own owner.

    "còn đối với các bệnh viện … phải báo cáo …", "để Bộ Nội vụ tổng hợp …" (see
    _OWN_DATED_CLAUSE): the joining words stand before the owner. ``unowned``: no heading
    owns the text, so a request later in it names its bodies (see _asked_later).
    """
    got = subject(text, registry)
    if got is None and (join := _JOINED_CLAUSE.match(text)) is not None:
        got = subject(text[join.end() :], registry)
    if got is None:
        got = _given_after_review(text, registry)
    if got is None:
        got = _given_in_answer(text, registry)
    if got is None and _reported_task(text, registry):
        # "Cũng theo yêu cầu của …, trong tháng 9/2017, quận Tây Hồ phải …", "Lãnh đạo
        # quận Tây Hồ phải …": a locality a news page names in lower case owns the task
        # the page reports (see _reported_task).
        rest = _past_task_frames(text)
        local = _LOCAL_UNIT.match(rest)
        if local is not None:
            at = len(text) - len(rest) + local.end()
            return Subject(responsible=[registry.register(Named(local.group(0)))], end=at)
    if got is None and unowned:
        got = _asked_later(text, registry)
    return got


def _given_after_review(text: str, registry: Registry) -> Subject | None:
    """Who is given the work past a review that opens the sentence, or None.

    "Sau khi xem xét(, …) Chủ tịch Ủy ban nhân dân tỉnh giao Sở X chủ trì, phối hợp với
    …": the speaker and the review before "giao" frame it; the body given it owns it.
    """
    if _AFTER_REVIEW.match(text) is None:
        return None
    m = _GIVES.search(text[:_GIVES_WITHIN])
    if m is None:
        return None
    got = subject(text[m.start() :], registry)
    if got is None or not (got.leads or got.responsible):
        return None
    got.end += m.start()
    return got


# "…, Chủ tịch UBND tỉnh giao …", "…, Ủy ban nhân dân thành phố giao …": the letter's
# speaker, after the frame's comma, handing the work on.
_SPEAKER_GIVES = re.compile(
    r",\s*(?:(?:Phó )?Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)"
    r"(?:\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường))?\s+giao\s+(?=[A-ZĐÀ-Ỹ])"
    # "Thực hiện chức năng, nhiệm vụ được giao, Sở Công Thương yêu cầu các đơn vị …": a
    # department writing to the bodies it manages asks them, by name or as a class.
    # "Thực hiện ý kiến chỉ đạo …năm 2026; Sở Y tế đề nghị …": a frame closed by a
    # semicolon hands on to the speaker as one closed by a comma does.
    # "Căn cứ quy định tại khoản 4 Điều 14 Nghị định số …; giao Sở X rà soát …": the basis
    # closed by a semicolon, the speaker (the item's) gives the work with a bare "giao".
    r"|;\s*giao\s+(?=Sở |Bộ |Ủy ban |UBND )"
    r"|[,;]\s*" + _DEPARTMENT_ASKS
)
_ANSWER_WITHIN = 600  # the characters a letter's frame may take before its speaker


def _answer_speaker(text: str) -> re.Match[str] | None:
    """The letter's speaker handing the work on past the frame ``text`` opens with."""
    if _LETTER_OPENS.match(fold(text)) is None:
        return None
    return _SPEAKER_GIVES.search(text[:_ANSWER_WITHIN])


def _given_in_answer(text: str, registry: Registry) -> Subject | None:
    """Who a letter's speaker gives the work to past the frame it answers, or None.

    "Theo đề nghị của Bộ X tại Công văn số … (…), Chủ tịch UBND tỉnh giao Sở Y chủ trì
    …": the request answered and the speaker frame the work; the body given it owns it
    (the frame's own bodies and any "giao" inside a cited text's name are not read).
    """
    m = _answer_speaker(text)
    if m is None:
        return None
    # The speaker's verb, the last in its match ("Sở X yêu cầu", "UBND tỉnh giao").
    verbs = list(re.finditer(r"giao|yêu c[ầâ]u|đ[ềêệ] nghị", text[m.start() : m.end()]))
    at = m.start() + verbs[-1].start()
    got = subject(text[at:], registry)
    if got is None or not (got.leads or got.responsible):
        return None
    got.end += at
    return got


def _past_task_frames(text: str) -> str:
    """``text`` past a reported task's opener and frames (see _TASK_OPENER)."""
    rest = text
    if (opener := _TASK_OPENER.match(rest)) is not None:
        rest = rest[opener.end() :]
    while (frame := _TASK_FRAME.match(rest)) is not None:
        rest = rest[frame.end() :]
    return rest


def _owners_of(text: str, ctx: _Owners | None, registry: Registry) -> _Owners:
    """The owners of one duty: its own subject, else its heading's, lead-in's or fields'."""
    f = fold(text)
    label = _NAME_COLON.match(text)
    if label is not None and _OPENER.match(f[label.end() :]) is not None:
        rest = text[label.end() :]
        clauses = [c.strip() for c in re.split(r";|\.\s", fold(rest)) if c.strip()]
        only_joins = all(_OPENER.match(c) is not None for c in clauses)
        if (
            only_joins
            and is_owner_list(label.group(1), registry)
            and subject(rest, registry) is None
        ):
            # "2. Văn phòng UBND tỉnh: Phối hợp với Công an tỉnh …": the name before the
            # colon is an owner label — a heading run into its point — and the point has
            # no subject of its own; read it under that heading, as one on its own line.
            # Only when every clause joins another's work: a point that goes on with the
            # labelled body's own actions ("…; theo dõi, thông báo …") stays its duty.
            # "Đề nghị X, Y: Phối hợp …": the request's verb is not part of the names.
            listed = re.sub(r"^(?:đề nghị|giao|yêu cầu)\s+", "", label.group(1), flags=re.I)
            names = split_names(listed, registry, cell=True)
            owner = _Owners(responsible=[registry.register(Named(n)) for n in names])
            return _owners_of(rest, owner, registry)
    # Under an owner, "Lãnh đạo Ủy ban nhân dân tỉnh ban hành …" is that owner leading
    # the body named, not the body's leaders doing it.
    verb_first = ctx is not None and ctx.doers() and bool(re.match(r"lanh dao\b", f))
    got = None if verb_first else _clause_subject(text, registry, ctx is None or not ctx.doers())
    if ctx is not None and (
        (ctx.directs and ctx.doers()) or (got is not None and _restates(got, ctx))
    ):
        # "2.13. Ủy ban nhân dân xã, phường" over "đ) Ủy ban nhân dân các xã, phường phân
        # công …": the point restates its heading's owner; the heading's name stands. So
        # under "X chỉ đạo:", whose points name the bodies X directs.
        return _copy(ctx)
    if got is not None and (got.leads or got.responsible):
        partners = got.partners
        if not partners:
            later = re.search(r"\bphoi hop voi\b", f[got.end :])
            if later is not None:
                partners = partners_after(text, got.end + later.start(), registry)
        return _Owners(got.leads, partners, got.responsible, "text")
    heading = ctx or _Owners()
    marked = _bracket_owners(text, registry)
    if marked is not None:
        return marked
    for colon in _title_colons(text):
        if _LISTS_PARTS.search(fold(text[:colon])) or _narrated_after(text[colon + 2 :], registry):
            # "Kiện toàn Ban Chỉ đạo …, bao gồm: Trưởng Ban Chỉ đạo là …": the parts or
            # members listed, not who does it. "Về công năng: Bộ Chính trị đã thống nhất …":
            # what was decided, told after the topic; its subject does no work here.
            continue
        if (
            _TOPIC_ASSIGNS.match(fold(text[colon + 2 : colon + 20]))
            or text[colon + 2 : colon + 3].isupper()
        ) and (
            not _FIELD.match(fold(text[:colon]).strip(" -+*"))
            # Fields say who; fields that name no one leave it to the sentence.
            and (ctx is None or ctx.source not in ("field", "table") or not ctx.doers())
        ):
            # "Quyết liệt trong chỉ đạo, điều hành: Các đồng chí Bộ trưởng … khẩn trương …":
            # a title, then the sentence that names who does it.
            after = _owners_of(text[colon + 2 :], None, registry)
            if after.source == "text" and (after.leads or after.responsible):
                return after
    quoted = _QUOTE_ASSIGNS.search(text)
    if quoted is not None:
        # "Đối với nội dung … : “Phối hợp …” - giao X chủ trì, phối hợp với Y …": the
        # words quoted are the topic; the assignment after them names who does it.
        after = _owners_of(text[quoted.end() :], None, registry)
        if after.source == "text" and (after.leads or after.responsible):
            return after
    parties = _own_parties(text, heading, registry) or _dealt_out(text, heading, registry)
    if parties is not None:
        return parties
    agent = _passive_agent(text, f, registry)
    if agent:
        # "Cơ cấu thành phần … do Bộ Quốc phòng hướng dẫn thực hiện.": the agent does it.
        return _Owners(agent, [], [], "text")
    # "Căn cứ vào chức năng, nhiệm vụ, chủ động phối hợp …": the verb after the opener
    # and its adverbs.
    opener = _OPENER.match(f)
    start = opener.end() if opener else 0
    rest = f[start:]
    if heading.source in ("field", "table") and rest.startswith(
        ("chu tri", "phoi hop", "tham gia")
    ):
        # Fields and cells set the roles; "- Phối hợp triển khai …" under "Đơn vị chủ
        # trì: X" is X's duty still.
        return _copy(heading)
    if rest.startswith("chu tri"):
        partners = partners_after(text, start + len("chu tri"), registry)
        return _Owners(heading.doers(), partners + heading.partners, [], "heading")
    named = partners_after(text, start, registry) if rest.startswith("phoi hop ") else []
    if rest.startswith("phoi hop voi") or named:
        # "Phối hợp (với) Y …": "với" may be left out before the body's name.
        if not heading.doers():
            return _Owners([], named, [], "text")
        # "Phối hợp với Sở Tư pháp và các cơ quan liên quan …": the body named leads, the
        # heading's owner and the collectives ("các cơ quan liên quan") coordinate. A list
        # that opens with a collective ("Phối hợp với các sở, ban, ngành, Ủy ban Mặt trận
        # Tổ quốc … triển khai …") names partners only; the heading's owner leads.
        # So does one that opens with a common noun in lower case ("Phối hợp chính quyền
        # địa phương, Mặt trận cơ sở và các đoàn thể giám sát …").
        specific = [n for n in named if not _generic(n.written)]
        if specific and not _generic(named[0].written) and _by_name(named[0].written):
            collective = [n for n in named if _generic(n.written)]
            return _Owners(specific, heading.doers() + collective, [], "text")
        return _Owners(heading.leads, named + heading.partners, heading.responsible, "heading")
    if rest.startswith("phoi hop,"):
        # "Phối hợp, tạo điều kiện cho …": no partner named; the heading's owner does it.
        return _copy(heading)
    if rest.startswith(("phoi hop", "tham gia")):
        return _Owners([], heading.doers() + heading.partners, [], "heading")
    return _copy(heading)


def _by_name(written: str) -> bool:
    """Whether an owner is written by its name, not as a common noun.

    "Phòng Nội vụ", and "phòng Nội vụ" too: a district writes its offices' kind in lower
    case before the capitalised name. "chính quyền địa phương" names no one body.
    """
    words = written.split()
    return written[:1].isupper() or (len(words) > 1 and words[1][:1].isupper())


# A bullet's last words after a spaced dash, a body's name and nothing else: "… - Bộ Xây dựng."
_DASH_OWNER = re.compile(
    r"\s[-–—]\s+(?P<who>(?:Bộ|Sở|Ủy ban|Uỷ ban|UBND|Ban|Văn phòng|Cục)\s[^-–—;:()]{2,60}?)"
    r"\s*[.;]?\s*$"
)
_PERSON = re.compile(r"(?:Người|Chủ)\s")
# The head nouns of the parties a rule binds, named by a common noun phrase ("Người thụ
# hưởng chế độ …", "Tổ chức hỗ trợ chi trả", "Trung tâm dịch vụ việc làm").
_PARTY_HEAD = r"(?:người|tổ chức|cơ quan|trung tâm|cơ sở|doanh nghiệp|đơn vị|chủ)\s"
_PARTIES_RESPONSIBLE = re.compile(
    rf"^(?P<who>{_PARTY_HEAD}[^.;:()]{{2,200}}?)\s+có trách nhiệm\s+(?=\S)", re.IGNORECASE
)
_PARTIES_WORDS = 25
_NEXT_PARTY = re.compile(rf"(?:,|\s+và)\s+(?={_PARTY_HEAD})", re.IGNORECASE)


def _dealt_out(text: str, heading: _Owners, registry: Registry) -> _Owners | None:
    """The body a bullet names after a dash closing it, when its lead-in has owners.

    "- Tài sản kết cấu hạ tầng đô thị - Bộ Xây dựng." under "… các bộ quản lý chuyên
    ngành thực hiện …; cụ thể như sau:": the lead-in's collective is dealt out one body
    to a bullet, each named last.
    """
    tail = _DASH_OWNER.search(text)
    if tail is None or not heading.doers() or not is_owner_list(tail["who"], registry):
        return None
    return _Owners(responsible=[registry.register(Named(tail["who"].strip()))], source="text")


def _own_parties(text: str, heading: _Owners, registry: Registry) -> _Owners | None:
    """The parties a rule's point names as its own subject, or None."""
    # Under an owner heading, only a person's role ("Chủ cơ sở có trách nhiệm …" under
    # "4. Các cơ sở sản xuất …") is a subject of the point's own; other words before
    # "phải" are the heading's topic.
    must = _MUST.search(text[:80]) if not heading.doers() or _OWNER_PERSON.match(text) else None
    if must is not None and _party(text[: must.start()]) and _PERSON.match(text):
        # "1. Người lao động phải kê khai trung thực …": the party the rule addresses (a
        # person's role, not "Việc bàn giao … phải hoàn thành …").
        return _Owners([], [], [registry.register(Named(text[: must.start()]))], "text")
    # "Điều 26. Trách nhiệm của các cá nhân, tổ chức có liên quan" over "3. Tổ chức hỗ
    # trợ phát triển đối tượng, tổ chức hỗ trợ chi trả có trách nhiệm …": each point names
    # the parties it binds; the collective only introduces them.
    if parties := _responsible_parties(text, heading, registry):
        return _Owners([], [], parties, "text")
    return None


def _responsible_parties(text: str, heading: _Owners, registry: Registry) -> list[Named]:
    """The parties a point names before "có trách nhiệm", split where a party head recurs.

    Only under no owner or a collective one: a body's own title keeps its points.
    """
    if not all(_generic(n.written) for n in heading.doers()):
        return []
    m = _PARTIES_RESPONSIBLE.match(text)
    if m is None or not text[:1].isupper() or len(m["who"].split()) > _PARTIES_WORDS:
        return []
    if re.match(r"người đứng đầu\s", m["who"], re.IGNORECASE):
        # "Người đứng đầu cấp ủy, tổ chức đảng, cơ quan, đơn vị, địa phương có trách
        # nhiệm …": the head of each kind listed, one title over all; not split.
        return [registry.register(Named(m["who"].strip()))]
    return [registry.register(Named(w.strip())) for w in _NEXT_PARTY.split(m["who"]) if w.strip()]


# The person who owns a unit: "Chủ cơ sở", "Chủ doanh nghiệp", "Chủ đầu tư".
_OWNER_PERSON = re.compile(r"Chủ (?:cơ sở|doanh nghiệp|đầu tư|hộ|rừng)\s")
# A name and a colon opening a point ("Sở Tư pháp: Phối hợp với …"), bold marks aside.
_NAME_COLON = re.compile(r"^[\s*]*([^:;.()]{3,120}?)[\s*]*:[\s*]*")
# An owner heading naming an agency by its role: "Cơ quan chủ trì …", "Đơn vị phối hợp".
_STRAY_AFTER_COLON = re.compile(r":[\s\"“”'¬_~`]*[\"“”'¬_~`][\s\"“”'¬_~`]*$")
_AGENCY_HEADING = re.compile(r"(?:Cơ quan|Đơn vị) (?:chủ trì|phối hợp)\b")
_AGENCY_HEADING_WORDS = 12
# A post by its title and the field it is in charge of ("Các Phó chủ tịch phụ trách lĩnh vực
# …", "Chuyên viên phụ trách …"): a few words of title, then "phụ trách".
_POST_IN_CHARGE = re.compile(
    r"^(?:cac )?(?:can bo|cong chuc|chuyen vien|pho chu tich|chu tich|pho giam doc|giam doc"
    r"|lanh dao|uy vien|pho truong ban|truong ban|pho truong phong|truong phong|thanh vien)"
    r"(?: [^ ,.;:]+){0,4}? phu trach \w"
)
_POST_IN_CHARGE_WORDS = 20
# A collective's name ending "… được giao" in a cell: the work given comes after it.
_GIVEN_END = re.compile(r"\bduoc (?:giao|phan cong)$")
# What a collective's words go on with to say which of them: the work given or the field.
_WHICH_OF_THEM = re.compile(r"^(?:duoc (?:giao|phan cong)|co lien quan)\b")


def _described(name: str, rest: str) -> bool:
    """Whether a collective's name in a cell goes on to say which of them it means.

    "Các cơ quan, đơn vị, tổ chức, cá nhân được giao nhiệm vụ có liên quan đến trồng,
    chăm sóc …", "Các cơ quan, … có liên quan đến trồng, chăm sóc, bảo vệ cây xanh": the
    bodies are those the whole description names (a collective phrase stays whole).
    """
    f, tail = fold(name), fold(rest).strip(" ,;.")
    if not f.startswith("cac ") or not tail:
        return False
    return bool(_WHICH_OF_THEM.match(tail)) or " co lien quan den " in f"{f} "


# "… được giao nhiệm vụ", "… được phân công chủ trì" ending an owner heading: which bodies.
_ASSIGNED_TAIL = re.compile(
    r"(?P<tail>\s+được (?:giao|phân công))"
    r"(?: (?:nhiệm vụ|chủ trì|thực hiện(?: nhiệm vụ)?))?\s*:?\s*$"
)
# "4. Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao quản lý, sử dụng hoặc khai
# thác tài sản …" over points: a collective picked out by what it was given (a named body
# "Sở X được giao …" tells its work instead).
_ASSIGNED_WHICH = re.compile(
    r"^(?:(?:Thủ trưởng|Người đứng đầu|Lãnh đạo) )?[Cc]ác\s[^.;:]{2,80}?"
    r"(?P<tail>\s+được (?:giao|phân công))"
    r" (?:quản lý|sử dụng|khai thác|thực hiện|chủ trì)[^.;:]{0,120}?\s*:?\s*$"
)
# "…, bao gồm:", "… phối hợp với các cơ quan liên quan như: Công an, Quản lý thị trường,
# …": a colon that opens the parts or the examples of what was named, never a title's.
_LISTS_PARTS = re.compile(
    # "… báo cáo về Bộ GD&ĐT theo địa chỉ: Vụ Kế hoạch - Tài chính, …": where to send it,
    # not who does it.
    r"\b(?:bao gom|gom|nhu|dia chi|so dien thoai|dien thoai|email|e-mail|hop thu)\s*$"
)
_MUST = re.compile(r"\s+(?:phải|có trách nhiệm|chịu trách nhiệm)\s")


def _restates(got: Any, ctx: _Owners) -> bool:
    """Whether a sentence's only subject is its heading's only owner, "các" aside.

    The level names the same bodies: "Ủy ban nhân dân cấp tỉnh" restates "Ủy ban nhân dân
    tỉnh, thành phố trực thuộc Trung ương".
    """
    mine = [*got.leads, *got.responsible]
    theirs = ctx.doers()
    if got.partners or len(mine) != 1 or len(theirs) != 1:
        return False

    def bare(n: Named) -> str:
        s = re.sub(r"\b(?:cac|nhung) ", "", unabbreviated(fold(n.written)))
        return re.sub(r"\btinh, thanh pho(?: truc thuoc (?:trung uong|tw))?$", "cap tinh", s)

    if bare(mine[0]) in ("dia phuong", "tinh") and re.match(
        r"(?:cac|nhung) (?:tinh|dia phuong) \S", fold(theirs[0].written)
    ):
        # "2. Đối với các tỉnh nuôi tôm trọng điểm:" over "Các địa phương cần tổ chức …":
        # the provinces the heading narrows, spoken of again by their common noun.
        return True
    plural = fold(mine[0].written)
    if plural.startswith("cac ") and fold(theirs[0].written).startswith(plural[4:] + " cac "):
        # "Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố …:" over "1/ Các Cục Thuế rà
        # soát …": the plural of the lead-in's bodies, named again without their places.
        return True
    own, heading = fold(mine[0].written), fold(theirs[0].written)
    if own != heading and unabbreviated(own) == unabbreviated(heading):
        # "UBND xã, phường, thị trấn" under "Ủy ban nhân dân xã, phường, thị trấn:": the
        # same name, abbreviated; the sentence's own words are kept, as written.
        return False
    return bare(mine[0]) == bare(theirs[0]) and mine[0].written != theirs[0].written


_TITLE_CHARS = 160  # a title before ":" is short
_TOPIC_TITLE_CHARS = 320  # "Về … (… 100%): Giao X …": a topic may say what it is for
_TOPIC_ASSIGN_CHARS = 480  # "Về đề nghị … (a request retold): giao X …"


# After a topic's colon, an assignment in lower case: "Về đề nghị …: giao Bộ X chủ trì …",
# or the role the subject acts in ("…: với vai trò là chủ đầu tư, Tập đoàn X …").
_TOPIC_ASSIGNS = re.compile(r"(?:giao|de nghi|yeu cau)\s|(?:voi vai tro|voi tu cach)\b")
# Where a sentence or a clause ends inside an item: ". " before a capital, "; ".
# A sentence after another that says "on that basis" ("Trên cơ sở đó, …", "Trên cơ sở
# các báo cáo trên, …").
_ON_THAT_BASIS = re.compile(
    r"(?<=[.;]\s)Trên cơ sở (?:đó|này|các (?:báo cáo|kết quả|đề xuất) (?:trên|này|đó)),\s+"
)
# "… . Thời hạn hoàn thành: trước ngày 30/11/2025.": a time field closing an item; a
# day may be written with dots ("trước ngày 30.11.2025"), a dot between figures.
_SHARED_TIME = re.compile(
    r"(?<=\.)\s+(?P<t>(?:Thời hạn|Thời gian) hoàn thành\s*:\s*(?:[^.:;]|(?<=\d)\.(?=\d))*?\.?)\s*$"
)
# What a sentence's owner is or is granted, not work it is told to do: "X là …", "X được
# xem xét …" (but "X được giao …" is told).
_IS_OR_GRANTED = re.compile(r"(?:la|duoc(?! giao| yeu cau))\b")
# "X chịu trách nhiệm (toàn diện) trước … / về …": what X answers for, not a task.
_ANSWERS_FOR = re.compile(r"chiu trach nhiem (?:toan dien )?(?:truoc|ve)\b")
_OPENING_TIME_CHARS = 60  # a time opening a sentence is a short phrase
# A norm's words for a duty: "X phải …", "X có trách nhiệm …".
# A decision told, then a request in the same sentence: "Thủ tướng Chính phủ đã đồng ý
# chấp thuận …, đề nghị X …", "Chính phủ thống nhất …, giao X …". The decider is the head
# or the government by title, or the act is told done ("đã", "vừa"); a topic may stand
# before it ("Đối với …: …").
_DECIDED_THEN_ASKS = re.compile(
    r"^[^.;]{0,300}?(?:\b(?:da|vua)|\b(?:thu tuong|chinh phu|chu tich|bo chinh tri|ban bi thu))"
    r" (?:dong y|thong nhat|chap thuan|quyet dinh|cho phep|phe duyet)\b[^.;]{0,300}?"
    r",\s+(?=(?:de nghi|yeu cau|giao)\s)"
)
_OBLIGED_VERB = re.compile(r"(?:phai|co trach nhiem)\b")
_CLAUSE_END = re.compile(r"(?<=[a-zà-ỹđ0-9)])(?:\.\s+(?=[A-ZĐÀ-Ỹ])|;\s+)")


def _shares_owner(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sentences' owners overlap, a name or the start of one.

    "Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức …" then "Ủy ban Mặt trận Tổ quốc tỉnh và
    các tổ chức thành viên …": the same body goes on ("Chủ tịch Ủy ban nhân dân …" is
    not "Ủy ban nhân dân …", its head is another owner).
    """
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def _acting(who: frozenset[str]) -> bool:
    """Whether a sentence's subject names a body that acts.

    Not only collectives; not the Government or the Prime Minister (a notice's
    conclusions speak for them).
    """
    return any(not _generic(w) and not w.startswith(("chinh phu", "thu tuong")) for w in who)


def _title_colons(text: str) -> list[int]:
    """The colons a title may end at.

    The first outside brackets; in a "Về …" topic, the first within its length, and any
    (up to a longer length) that an assignment in lower case follows ("Về …: tăng số lượng
    …: giao Bộ Nội vụ chủ trì …").
    """
    first = _title_colon(text)
    if not text.startswith("Về "):
        return [first] if 0 < first < _TITLE_CHARS else []
    out = []
    at = first
    while 0 < at < _TOPIC_ASSIGN_CHARS:
        if (at == first and at < _TOPIC_TITLE_CHARS) or _TOPIC_ASSIGNS.match(
            fold(text[at + 2 : at + 20])
        ):
            out.append(at)
        elif at == first and _TOPIC_LEAD_IN.match(fold(text)) and text[at + 2 : at + 3].isupper():
            # "Về đề nghị … (a long request retold): Ủy ban nhân dân thành phố X cần …": the
            # answer opens with its subject after the request's first colon.
            out.append(at)
        at = _title_colon(text, at + 1)
    return out


def _title_colon(text: str, start: int = 0) -> int:
    """Where the first ": " outside brackets is, or -1."""
    depth = 0
    for i, c in enumerate(text):
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == ":" and depth == 0 and i >= start and text[i + 1 : i + 2] == " ":
            return i
    return -1


_DOER_VERB = re.compile(r"\s*(?:thuc hien|trien khai|dam nhiem|chiu trach nhiem|to chuc)\b")
_TRAILING_BRACKET = re.compile(r"\((?P<in>[^()]{3,300})\)\s*[.;:]?\s*$")
_OWNER_LABEL = re.compile(
    r"^(?:(?P<lead>(?:co quan|don vi)?\s*chu tri(?: thuc hien)?)"
    r"|(?P<partners>(?:co quan|don vi)?\s*phoi hop(?: thuc hien)?)"
    r"|(?P<doers>(?:co quan|don vi) thuc hien))\s*:\s*"
)


def _bracket_owners(text: str, registry: Registry) -> _Owners | None:
    """Owners named in a bracket that ends the duty.

    "(Sở Y tế chủ trì, phối hợp với Sở Tài chính; quý II/2025)", "(Cơ quan chủ trì: Sở
    Nội vụ; thời gian: tháng 6/2025)", "(Sở Y tế, Sở Nội vụ thực hiện)".
    """
    m = _TRAILING_BRACKET.search(text)
    if m is None:
        return None
    out = _Owners(source="text")
    for clause in re.split(r";\s*", m["in"]):
        label = _OWNER_LABEL.match(fold_aligned(clause))
        if label is not None:
            names = split_names(clause[label.end() :], registry)
            found = [registry.register(Named(n)) for n in names]
            if label["lead"]:
                out.leads += found
            elif label["partners"]:
                out.partners += found
            else:
                out.responsible += found
            continue
        got = subject(clause, registry)
        # A role must follow the names: "(PPP)", "(Nhà nước, doanh nghiệp, …)" name none.
        role = got is not None and (
            bool(got.leads) or bool(_DOER_VERB.match(fold_aligned(clause), got.end))
        )
        if role:
            assert got is not None
            out.leads += got.leads
            out.partners += got.partners
            out.responsible += got.responsible
    return out if out.leads or out.responsible else None


def _copy(owners: _Owners) -> _Owners:
    return _Owners(
        list(owners.leads),
        list(owners.partners),
        list(owners.responsible),
        owners.source,
        owners.directs,
    )


# Adverbs before a role verb: "chủ động phối hợp", "tích cực tham gia".
_ADVERBS = r"(?:(?:chu dong|tich cuc|tiep tuc|kip thoi|thuong xuyen)\s*,?\s+)*"
# A sentence that ends "… do <body> <verb> (thực hiện)." names its doer after "do".
# "Về đánh giá tác động …: phối hợp với Bộ Tài chính để rà soát …": a point's topic and
# its colon, then the role verb, as a point with no topic would open.
_OPENER = re.compile(
    rf"^(?:(?:can cu|theo|tren co so)\b.{{0,150}}?,\s*|ve [^:;.]{{3,150}}:\s+)?{_ADVERBS}"
    r"(?=chu tri|phoi hop|tham gia)"
)
_PASSIVE = re.compile(
    r"\bdo\s+(?=\S)(?P<rest>.{3,160}?)\s+(?:truc tiep\s+)?(?:huong dan|chu tri|thuc hien"
    r"|to chuc|trien khai|dam nhiem|phu trach|xay dung|ban hanh)"
    r"(?:\s+(?:thuc hien|trien khai))?\s*[.;]?\s*$"
)


# "… dự thảo Nghị quyết … do Ủy ban Thường vụ Quốc hội trình Quốc hội cho ý kiến …": the
# body that submits a draft to a higher body does the work (the verb need not end it).
_SUBMITTED = re.compile(
    r"\bdo\s+(?=\S)(?P<rest>.{3,160}?)\s+trinh\s+"
    r"(?:quoc hoi|chinh phu|thu tuong|uy ban thuong vu)\b"
)


def _passive_agent(text: str, f: str, registry: Registry) -> list[Named]:
    m = _PASSIVE.search(f) or _SUBMITTED.search(f)
    if m is None:
        return []
    start = m.start("rest")
    fa = _aligned_text(text)
    if not starts_body(text, fa, start, registry):
        return []
    end = name_end(text, fa, start, m.end("rest"), registry)
    if text[end : m.end("rest")].strip():
        return []  # words between the name and the verb: not "do <body> <verb>"
    return [registry.register(Named(n)) for n in split_names(text[start:end], registry)]


def _share_chain_time(made: list[tuple[str, dict[str, Any] | None]]) -> None:
    """One sentence split over paragraphs by ";": its one time is every part's.

    "Chủ trì … nghiên cứu …;" "Xây dựng phương án …;" "Đề xuất …, báo cáo Bộ Chính trị
    trong quý III/2025." (or "Trước ngày …, Bộ … trình …;" "Trình …;" "Ban hành …."):
    the parts with no time of their own take the date the one dated part gives, when it
    opens the sentence or closes it.
    """
    chains: list[list[dict[str, Any] | None]] = [[]]
    for text, duty in made:
        chains[-1].append(duty)
        if not text.rstrip(" *").endswith(";"):
            chains.append([])
    for chain in chains:
        if len(chain) < 2 or any(d is None for d in chain):
            continue
        duties = [d for d in chain if d is not None]
        dated = [d for d in duties if d.get("timing")]
        if len(dated) != 1:
            continue
        first = dated[0] is duties[0] and str(dated[0]["text"]).find(dated[0]["timing"]) in range(
            30
        )
        if not first and dated[0] is not duties[-1]:
            # "…;" "Hướng dẫn …, hoàn thành trong tháng 5/2025;" "Sau đó, …": a time in
            # the middle of the sentence is its own part's, not the whole sentence's.
            continue
        if not any(re.search(r"\d", w) for w in dated[0]["windows"]):
            continue
        for d in duties:
            if d is not dated[0] and not _ONLY_WHEN.search(str(d["text"])):
                d["timing"] = dated[0]["timing"]
                d["windows"] = list(dated[0]["windows"])


# "Việc thu hồi Giấy chứng nhận … chỉ thực hiện khi có căn cứ pháp lý …;": a rule saying
# when something may be done at all (only when a condition holds), no work with an end;
# the date a later part of its sentence gives is not its own.
_ONLY_WHEN = re.compile(
    r"(?<!\w)chỉ\s+(?!(?:thị|tiêu|đạo|số|huy|dẫn)\b)(?:\w+\s+){0,3}khi\b", re.IGNORECASE
)


# Any way a whole day is written ("10/7/2025", "10-7-2025", "10.7.2025", "10 tháng 7 năm
# 2025"): a summary restating an item's day in another habit restates it all the same.
_DMY = re.compile(
    r"\b(\d{1,2})\s*(?:[/.-]|\s+tháng\s+)(\d{1,2})\s*"
    r"(?:(?:[/.-]|\s+năm\s+)(\d{4})|/([0-4]\d)(?![\d/]))\b",
    re.IGNORECASE,
)


def _dates_of(text: str) -> set[tuple[int, int, int]]:
    # "10/7/25" is the day "10/7/2025" (the years the time grammar reads so).
    return {(int(d), int(m), int(y) if y else 2000 + int(yy)) for d, m, y, yy in _DMY.findall(text)}


# "Trên đây là …" as a whole sentence, more sentences after it.
_SUMMARY_SENTENCE = re.compile(r"^\W*tren day la\b")


def _past_summary(text: str) -> str:
    """``text`` after its opening sentence when that sentence sums up what came above.

    "Trên đây là một số nội dung cần triển khai gấp …. Bộ Tài chính đề nghị …": the
    summary closes the list; what follows it is asked of its own. A paragraph whose
    request runs on in the same sentence ("Trên đây là …, Ban Chỉ đạo đề nghị …") or
    that is only the summary stays whole.
    """
    if not _SUMMARY_SENTENCE.match(fold(text)):
        return text
    cut = _SENTENCE_CUT.search(text)
    return text[cut.end() :] if cut is not None else text


# "Theo đó, các nhà mạng được yêu cầu …": a page's retelling, in the passive, of the
# request it quoted just above (see _restates_list).
_RETOLD_REQUEST = re.compile(r"^theo do, [^.;:]{3,80}? duoc (?:yeu cau|de nghi|giao)\b")
_ASKS = re.compile(r"\b(?:de nghi|yeu cau|giao)\b")
# "Theo đó:" alone: a news page's summary of the items quoted before it opens.
_SUMMARY_LINE = re.compile(r"^\W*theo do\W*:\W*$")


def _restates_list(node: _Node, text: str) -> bool:
    """Whether an unnumbered "Theo đó, …" paragraph after numbered items restates them.

    A news page closes its quotation of a list with "Theo đó, Thủ tướng yêu cầu …,
    chậm nhất trước ngày 15/02/2025." whose every date is already an item's: a summary
    of those items, not a duty of its own. So each paragraph after a "Theo đó:" line.
    """
    if node.parent is None:
        return False
    dates = _dates_of(text)
    if not dates:
        return False
    parent = node.parent
    siblings = parent.children
    at = siblings.index(node)
    if _RETOLD_REQUEST.match(fold(text)) and at and siblings[at - 1].kind == "para":
        # "Đề nghị các doanh nghiệp … trước ngày 02/6/2025." then "Theo đó, các nhà mạng
        # được yêu cầu … trước ngày 2/6/2025.": the page retelling the request above.
        above = siblings[at - 1].text
        if _ASKS.search(fold(above)) and dates <= _dates_of(above):
            return True
    if not fold(text).startswith("theo do,"):
        # "Theo đó:" on a line of its own, then "Trước ngày 10/7/2025: các tỉnh hoàn
        # thiện …" paragraphs: the same summary, a line for each item it retells.
        opener = at
        while opener > 0 and siblings[opener - 1].kind == "para":
            opener -= 1
            if _SUMMARY_LINE.match(fold(siblings[opener].text)):
                break
        else:
            return False
        at = opener
    before = siblings[:at]
    if not before and parent.parent is not None and parent.kind not in ("root", "para"):
        # A paragraph printed after the last item hangs under it: the list is the item's.
        siblings = parent.parent.children
        before = siblings[: siblings.index(parent) + 1]
    items = [c for c in before if c.kind != "para"]
    if not items or before[-1].kind == "para":
        return False
    seen: set[tuple[int, int, int]] = set()
    for c in items:
        seen |= _dates_of(c.text)
    return dates <= seen


_REPEAT_MIN_WORDS = 6  # a sentence repeated word for word, long enough to be one task
_TWICE_MIN_WORDS = 20  # a paragraph printed twice: long enough never to be a stock phrase


# Each paragraph is compared with every item before it (see _repeats_item).
@functools.lru_cache(maxsize=8192)
def _sentence_key(text: str) -> str:
    """A sentence as its words, its dates written one way ("tháng 8 năm 2025" = "8/2025")."""
    f = fold(text)
    f = re.sub(r"\bngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})\b", r"ngay \1/\2/\3", f)
    f = re.sub(r"\bthang (\d{1,2}) nam (\d{4})\b", r"thang \1/\2", f)
    f = re.sub(r"\b0(\d)\b", r"\1", f)
    return " ".join(re.findall(r"[a-z0-9/]+", f))


def _repeats_item(node: _Node, text: str) -> bool:
    """Whether an unnumbered paragraph after numbered items repeats a sentence of one.

    A news page retells a quoted item after the quotation ("6. Giao UBND … nghiên cứu …
    Báo cáo Thủ tướng Chính phủ xin chủ trương trong tháng 8 năm 2025." then, unnumbered,
    "Báo cáo Thủ tướng Chính phủ xin chủ trương trong tháng 8/2025."): the same task,
    its date written another way, not a duty of its own.
    """
    key = _sentence_key(text)
    if node.parent is None or len(key.split()) < _REPEAT_MIN_WORDS:
        return False
    parent = node.parent
    before = parent.children[: parent.children.index(node)]
    if parent.parent is not None and parent.kind not in ("root", "para"):
        # A paragraph printed after the last item hangs under it: the list is the item's.
        siblings = parent.parent.children
        before = [*siblings[: siblings.index(parent)], parent, *before]
    for item in before:
        if item.kind == "para":
            continue
        for sentence in re.split(r"(?<=[.;])\s+", item.text):
            if _sentence_key(sentence) == key:
                return True
    return False


# "Thời hạn hoàn thành:", "Thời gian hoàn thành:": the field says when the work is done.
_COMPLETION = re.compile(r"^(?:thoi han|thoi gian) hoan thanh\b")
_PLANNED = re.compile(r"^thoi gian du kien\b")


def _without_brackets(text: str, marked: list[Span]) -> str:
    """``text`` with the bracketed times ``marked`` taken out."""
    for sp in marked:
        m = re.search(r"\s*\(\*?\s*" + re.escape(sp.text) + r"\s*\*?\)", text)
        if m is not None:
            text = text[: m.start()] + text[m.end() :]
    return text


def _completion_timing(
    chosen: list[Span], timing: str, windows: list[str], readings: list[Any], issued: date
) -> tuple[str, list[str]]:
    """A completion field's span ("từ ngày A đến ngày B") is due by B, when that reads.

    The timing written must read as the windows written (``validate`` holds them equal):
    the span's own words from its last "đến" ("đến ngày B", a part of the text) say it.
    When they do not read as the deadline, the span stays the span it says.
    """
    done = [_completed_by(r.window) for r in readings]
    if [render_window(w) for w in done] == windows:
        return timing, windows
    tails = []
    for sp in chosen:
        found = list(re.finditer(r"(?i)\bđến\b", sp.text))
        part = sp.text[found[-1].start() :] if found else sp.text
        tails.append(re.sub(r"\s+([.;,])", r"\1", part).strip())
    tail = "; ".join(tails)
    try:
        read = [r.window for r in read_phrase(tail, issued)]
    except TimeParseError:
        return timing, windows
    due = [(w.kind, w.end) for w in done]
    if [(w.kind, w.end) for w in read] == due:
        return tail, [render_window(w) for w in read]
    return timing, windows


def _past_purpose_clause(text: str) -> str:
    """``text`` after an opening purpose clause ("Để …, "), when it opens with one."""
    if _PURPOSE_OPENING.match(text) and ", " in text:
        return text.split(", ", 1)[1]
    return text


def _whole_sentence(text: str) -> bool:
    """A sentence of its own: a capital first, a full stop last (no list's ";" or ",")."""
    return text[:1].isupper() and text.rstrip(" *").endswith(".")


def _completed_by(window: Window) -> Window:
    """A window a completion field gives: "từ ngày A đến ngày B" is done by B."""
    if window.kind is WindowKind.ONGOING and window.start is not None and window.end is not None:
        return window._replace(kind=WindowKind.DEADLINE)
    return window


def _time_heading(
    text: str, issued: date, bare: bool = False, period: bool = False
) -> list[Span] | None:
    """The spans of a heading that is nothing but a time ("Năm 2025:"), else None.

    ``bare``: the heading may go without its colon when it names a year and nothing else
    ("b) Năm 2022" over "-" points, a roadmap's year). ``period``: likewise a quarter or a
    month of a year heading numbered items ("1. Quý I năm 2020" over "1.1. …", "1.2. …").
    """
    if (
        not text.rstrip().endswith(":")
        and not (bare and _BARE_YEAR.match(fold(text)))
        and not (period and _BARE_PERIOD.match(fold(text)))
    ):
        return None
    spans = find_spans(text.rstrip(" :"), issued)
    if len(spans) == 1 and spans[0].read and len(spans[0].text) >= len(text.rstrip(" :")) - 1:
        return spans
    return None


# A year and nothing else, as a roadmap's lettered heading prints it ("Năm 2023").
_BARE_YEAR = re.compile(r"^\s*nam\s+(?:19|20)\d\d\s*$")


# A quarter or a month of a year and nothing else, a schedule's block heading ("Quý I năm
# 2020", "Quý II/2021", "Tháng 3 năm 2020"); a scan's numeral too ("Quý LII năm 2020": the
# grammar reads it, see ``grammar._OCR_QUARTER``), and a month by its name ("Tháng Sáu năm
# 2025", see ``grammar._MONTH_WORD``).
_BARE_PERIOD = re.compile(
    r"^\s*(?:quy\s*(?:[ivxl1|!]{1,4}|[1-4])|thang\s*\d{1,2}"
    r"|thang\s+(?:muoi(?:\s+(?:mot|hai))?|mot|hai|ba|tu|nam|sau|bay|tam|chin))"
    r"\s*(?:nam\s+|/\s*)(?:19|20)\d\d\s*$"
)


def _period_over_items(node: _Node) -> bool:
    """Whether a numbered item names only a quarter or month and heads numbered items."""
    return (
        node.kind in ("roman", "arabic", "decimal")
        and bool(node.children)
        and all(c.kind in ("decimal", "arabic", "letter") for c in node.children)
    )


# A span of years and nothing else ("2021-2025", "2022 - 2024").
_BARE_SPAN = re.compile(r"^\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*\.?\s*$")
_PAGE_NO = re.compile(r"^\d{1,3}$")  # a page's number left among the points


def _year_over_points(node: _Node) -> bool:
    """Whether a lettered item names only a year and heads "-" points (a roadmap's year)."""
    return (
        node.kind == "letter"
        and bool(node.children)
        and all(c.kind == "dash" or _PAGE_NO.match(c.text) for c in node.children)
        and _BARE_YEAR.match(fold(node.text)) is not None
    )


def _heading_time(node: _Node, text: str, issued: date) -> list[Span] | None:
    """A time heading's spans (see ``_time_heading``); a roadmap year's page numbers dropped."""
    roadmap_year = _year_over_points(node)
    when = _time_heading(text, issued, bare=roadmap_year, period=_period_over_items(node))
    if when is not None and roadmap_year:
        node.children = [c for c in node.children if not _PAGE_NO.match(c.text)]
    return when


def _generic(name: str) -> bool:
    return bool(re.match(r"^(?:cac|nhung)\s", fold(name)))


# "… sau khi Hiệp định EVFTA có hiệu lực (từ giữa năm 2020), báo cáo … trong tháng 3":
# the bracketed time says when something takes effect, not the duty's timing.
_TAKES_EFFECT = re.compile(r"\bco hieu luc(?: thi hanh)?\s*\(\s*$")


# A task that opens with its own cycle: "Hàng năm thực hiện …", "Định kỳ hằng quý, …".
_OPENS_WITH_CYCLE = re.compile(r"^\W*(?P<c>(?:dinh ky\s+)?h[aă]ng (?:nam|quy|thang))\b")


# "…, gửi Sở Xây dựng chủ trì, …": the work is handed on to a body that leads it on.
_HANDED_ON = re.compile(r",\s+gửi\s+(?:cho\s+)?[^,;.:]{3,60}?\s+chủ trì\b")


def _handed_on(text: str, own: list[Span], reviews: list[str]) -> list[Span]:
    """The times of a duty less those after its work is handed on to another body.

    "… yêu cầu chủ đầu tư dự án đề xuất giải pháp, gửi Sở Xây dựng chủ trì, phối hợp …
    xem xét, báo cáo về thành phố trước ngày 20/7": the end closes the second body's
    part (its review and report), not the first's proposal.
    """
    if not own or "chủ trì" not in text:
        return own
    m = _HANDED_ON.search(text)
    if m is None:
        return own
    for sp in own:
        if sp.start >= m.end():
            said = m.group().strip(" ,")
            reviews.append(f"time after the work is handed on ('{said}'), not read: '{sp.text}'")
    return [sp for sp in own if sp.start < m.end()]


# "Việc chuyển các biên bản nói trên phải hoàn thành chậm nhất …": the act above, done by.
_ABOVE_DONE_BY = re.compile(
    r"^Việc [^.;:]{3,120}? (?:nói trên|nêu trên|trên đây) (?:phải )?(?:được )?"
    r"(?:hoàn thành|thực hiện xong|xong)\b"
)


# A duty the extractor placed for review, printed with no number: "I.1.x1".
_UNNUMBERED_ID = re.compile(r"(?:^|\.)x\d+$")
# "Hoàn thành trước ngày …", "Phải hoàn thành xong trong …", "Thời hạn hoàn thành: …":
# a line opening with when the work is done, and (before its time) nothing else.
_DONE_BY_OPENS = re.compile(
    r"^(?:(?:phai |duoc )?hoan thanh(?: xong)?|thoi han(?: hoan thanh)?\s*:"
    r"|thoi gian hoan thanh\s*:)"
)
_DONE_BY_LEFT = re.compile(r"^\s*(?:thoi han(?: hoan thanh)?|thoi gian hoan thanh)?\s*:?\s*$")


# An end set in words of its own: "chậm nhất (là) …", "trước ngày …", "hạn …".
_OWN_END = re.compile(r"^(?:cham nhat|truoc ngay|han (?:chot|cuoi)?)\b")


def _own_end_before(text: str, sp: Span, at: int) -> bool:
    """Whether a time before the subject is the sentence's own end, set off by commas.

    "Căn cứ vào kết quả …, chậm nhất là ngày 15/12/2025, Ủy ban … tiến hành …": the
    clause the sentence rests on ends at the first comma; an end between two commas
    right before the subject bounds the subject's act, not the clause's.
    """
    return (
        text[: sp.start].rstrip().endswith(",")
        and not text[sp.end : at].strip(" ,")
        and _OWN_END.match(fold(sp.text)) is not None
    )


def _bracketed(text: str, sp: Span) -> bool:
    before = text[max(0, sp.start - 2) : sp.start]
    return "(" in before


# A heading naming a month with its year: "Nhiệm vụ công tác trọng tâm tháng 3 năm 2010".
_MONTH_OF_YEAR = re.compile(r"\bthang (\d{1,2})(?: nam |/)(\d{4})\b")


def _heading_years(node: _Node) -> dict[int, int]:
    """The year each month is given by the headings above ``node``.

    A month the headings give two years is given none.
    """
    seen: dict[int, set[int]] = {}
    up = node.parent
    while up is not None:
        if up.kind != "para":
            for m in _MONTH_OF_YEAR.finditer(fold(up.text)):
                seen.setdefault(int(m[1]), set()).add(int(m[2]))
        up = up.parent
    return {month: next(iter(ys)) for month, ys in seen.items() if len(ys) == 1}


def _year_of_months(chosen: list[Span], years: dict[int, int]) -> int | None:
    """The one year the headings give every month a duty's yearless time names, or None.

    Only deadlines of a month ("Tháng 3") whose year the text left out: "tháng 3" under a
    heading of March 2010 is March 2010, whatever date stands in for the document's.
    """
    found: set[int] = set()
    for sp in chosen:
        for r in sp.readings:
            w = r.window
            if (
                YEAR_FROM_CONTEXT not in r.notes
                or w.kind is not WindowKind.DEADLINE
                or w.start is None
                or w.end is None
                or (w.start.year, w.start.month) != (w.end.year, w.end.month)
                or w.start.month not in years
            ):
                return None
            found.add(years[w.start.month])
    return found.pop() if len(found) == 1 else None


# A day written with its month and year: "31-12-2018", "30/6/2017", "ngày 5 tháng 7 năm 2017".
_FULL_DAY = re.compile(
    r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(\d{4})\b|\bngay \d{1,2} thang \d{1,2} nam (\d{4})\b"
)
_YEAR_BEFORE_CHARS = 400  # how far before a yearless day its year's full date may stand


def _year_before(chosen: list[Span], around: str) -> int | None:
    """The year of the nearest full date before a duty's yearless days, or None.

    A news page leaves the year off a day after it printed one in full ("… đến hết ngày
    31-12-2018. Trước ngày 25-10, …"): only days (not a month, nor a quarter) whose year
    the text left out, the full date at most a few sentences before the first of them.
    """
    yearless = [sp for sp in chosen if any(YEAR_FROM_CONTEXT in r.notes for r in sp.readings)]
    if not yearless or any(
        r.window.kind is not WindowKind.DEADLINE
        or not re.search(r"\d{1,2}\s*[/-]\s*\d{1,2}", sp.text)
        for sp in yearless
        for r in sp.readings
    ):
        return None
    first = fold(around).find(fold(yearless[0].text))
    if first < 0:
        return None
    window = fold(around)[max(0, first - _YEAR_BEFORE_CHARS) : first]
    found = [m.group(1) or m.group(2) for m in _FULL_DAY.finditer(window)]
    return int(found[-1]) if found else None


def _task_dates(task: str) -> list[Span]:
    """The dates a table row's task text gives with their year, read as written."""
    return [
        sp
        for sp in find_spans(task, None)
        if sp.read
        and _dated(sp)
        and all(YEAR_FROM_CONTEXT not in r.notes for r in sp.readings)
        and all(r.window.kind is WindowKind.DEADLINE for r in sp.readings)
    ]


def _dated(sp: Span) -> bool:
    """Whether a span names a date (not only a keyword such as "thường xuyên")."""
    return bool(re.search(r"\d", sp.text))


def _block_time(chosen: list[Span], ctx: _Ctx, reviews: list[str]) -> list[Span]:
    """The block heading's time when it binds over a duty's own (see _outside_block)."""
    if ctx.time is None or not ctx.time.block:
        return []
    heading = [sp for sp in ctx.time.spans if sp.read]
    if not heading or not _outside_block(chosen, heading):
        return []
    for sp in chosen:
        reviews.append(f"time of the block's heading taken, not '{sp.text}'")
    return heading


def _outside_block(own: list[Span], heading: list[Span]) -> bool:
    """Whether a duty's own times say less of its time than its block's heading does.

    Under "2. Quý II năm 2020", "… các ngày lễ lớn trong năm 2020" and "Đại hội … lần thứ
    IX (2020-2025)" span the whole quarter and more: the year or the term is the topic's,
    the quarter the task's. "Chuẩn bị … tham dự Hội nghị tổng kết … vào tháng 3 năm 2021"
    under "4. Quý IV năm 2020": the event prepared for falls after the block, the
    preparing in it. A time inside the block ("trước ngày 30/6/2020") is the duty's own.
    """
    blocks = [r.window for sp in heading for r in sp.readings]
    if len(blocks) != 1 or blocks[0].start is None or blocks[0].end is None:
        return False
    first, last = blocks[0].start, blocks[0].end
    for sp in own:
        for r in sp.readings:
            w = r.window
            if w.kind is not WindowKind.DEADLINE or w.start is None or w.end is None:
                return False
            wider = w.start <= first and w.end >= last and (w.start, w.end) != (first, last)
            event_after = fold(sp.text).startswith("vao ") and w.start > last
            if not (wider or event_after):
                return False
    return True


# A table's header run into a text: its number column, a few column names, its time's.
_HEADER_IN_TEXT = re.compile(r"(?:^|[\s:])s?tt\s+(?:[^\W\d_]+[\s,&]+){1,6}thoi gian\b")


def _after_table_header(text: str, timing: str) -> bool:
    """Whether every time of ``timing`` stands after a table's header written in ``text``."""
    f = fold(text)
    head = _HEADER_IN_TEXT.search(f)
    if head is None:
        return False
    spots = [f.find(fold(t.strip())) for t in timing.split(";") if t.strip()]
    return bool(spots) and all(at > head.start() for at in spots)


def _dated_or_cyclic(spans: list[Span]) -> bool:
    return any(
        r.window.kind is not WindowKind.ONGOING or r.window.start is not None
        for sp in spans
        for r in sp.readings
    )


def _is_time_cell(text: str) -> bool:
    """Whether ``text`` is a time cell's words: a time phrase, all of it, opening with time.

    A cell's words that only the grammar's connecting words join to a time ("Báo cáo
    hằng năm", "Kế hoạch Tháng 9/2026") are another cell's words before a time.
    """
    text = text[clock_lead(text) :]
    if not _TIME_START.match(fold(text).lstrip(" (*")):
        return False
    text = _WEEKDAY_TAIL.sub("", text)
    spans = find_spans(text, None, field=True)
    if (
        len(spans) == 1
        and spans[0].code == "span.unreadable"
        and _NO_YEAR in (spans[0].reason or "")
    ):
        # A schedule's "ngày 23 tháng 1" under "Thời gian (Năm 2026)": a day all the same,
        # its year the table's or the document's; any year tells it reads as one.
        spans = find_spans(text, _YEAR_PROBE, field=True)
    return (
        len(spans) == 1
        and spans[0].read
        and spans[0].end - spans[0].start >= len(text.strip(" .")) - 2
    )


_NO_YEAR = "has no year"  # the reason a day written without its year is not read
_YEAR_PROBE = date(2000, 1, 1)


# "07/02/2021 (chủ Nhật)", "ngày 11/9/2026 (thứ Sáu)": the day's weekday after it, in
# brackets; the cell is the day all the same.
_WEEKDAY_TAIL = re.compile(r"\s*\((?:thứ\s+\w{2,4}|chủ\s+nhật)\)\W*$", re.IGNORECASE)


def _time_then_note(text: str) -> bool:
    """Whether ``text`` is a time cell's time, then a note in a sentence of its own.

    "2022 - 2025 Các Bộ: Tài nguyên và Môi trường … đã hoàn thành": the time opens the
    words, the only time in them, and a capital opens what follows it.
    """
    if not _TIME_START.match(fold(text).lstrip(" (*")):
        return False
    spans = find_spans(text, None, field=True)
    if len(spans) != 1 or not spans[0].read or spans[0].start > 2:
        return False
    rest = text[spans[0].end :].strip()
    return rest[:1].isupper() and _is_time_cell(text[: spans[0].end])


def _action_then_time(text: str) -> bool:
    """Whether ``text`` is a time cell that names what is due: an action, then its deadline.

    "Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện", "… và báo cáo kết quả
    chậm nhất trong tháng 9/2026": a capitalised action opens the words, one dated
    deadline ("trong", "chậm nhất", "trước") closes them, with at most a short "và …"
    after it. A result's words with a year in them ("Kế hoạch … năm 2026") are none.
    """
    if not text[:1].isupper() or not _ACTION.match(fold(text)):
        return False
    spans = find_spans(text, None, field=True)
    if len(spans) != 1 or not spans[0].read or not _DUE_BY.search(fold(spans[0].text)):
        return False
    if len(text[: spans[0].start].split()) > _ACTION_WORDS:
        return False
    if any(r.window.kind is not WindowKind.DEADLINE for r in spans[0].readings):
        return False
    tail = fold(text[spans[0].end :]).strip(" .;")
    return not tail or (tail.startswith(("va ", ", ")) and len(tail.split()) <= _TAIL_WORDS)


_DUE_BY = re.compile(r"\b(?:trong|cham nhat|truoc|han)\b")
_ACTION_WORDS = 16
_TAIL_WORDS = 5


_TIME_START = re.compile(
    r"(?:\d|[qt]\d|(?:thang|quy|nam|ngay|tu|truoc|den|trong|vao|cham|giai|nhiem|dinh|hang"
    r"|thuong|lien|dau|cuoi|giua|trung tuan|ha tuan|het|khoang|du kien|phan dau|co ban|can ban"
    r"|theo|ke tu|bat dau|moi|nhung|sau|khi|cac nam|hoan thanh|xong)\b)"
)


def _aligned_text(text: str) -> str:
    return fold_aligned(text)


def parse_kind(window: str) -> str:
    """The kind of a window written in the plan's notation."""
    from nq42cli.core.windows import parse_window

    return parse_window(window).kind.value


def _reported_by(f: str, pointer: re.Pattern[str], timing: str) -> bool:
    """Whether a report or a submission stands between a pointer and its date."""
    at, when = pointer.search(f), f.find(timing)
    if at is None or when < 0:
        return True
    between = f[at.end() : when] if when >= at.end() else f[when : at.start()]
    return bool(re.search(r"\b(?:bao cao|gui|trinh)\b", between))


def _kind_of(kinds: set[str]) -> str:
    for k in ("deadline", "recurring", "ongoing", "per_schedule"):
        if k in kinds:
            return k
    return "undated"


def _assign_ids(node: _Node) -> None:
    """Number every node as the document does; bullets by their position."""
    bullets = 0
    for c in node.children:
        if c.kind in ("roman", "part"):
            c.id = f"{node.id}.{c.label}" if node.kind == "part" else c.label
        elif c.kind == "decimal":
            top = node
            while top.kind not in ("roman", "part", "root") and top.parent is not None:
                top = top.parent
            c.id = f"{top.id}.{c.label}" if top.id else c.label
        elif c.kind in ("arabic", "letter", "inline", "inline_roman"):
            c.id = f"{node.id}.{c.label}"
        elif c.kind in _BULLETS:
            c.id = f"{node.id}.{_position(node.id, bullets)}"
            bullets += 1
        _assign_ids(c)
    paras = [c for c in node.children if c.kind == "para"]
    for k, c in enumerate(paras, 1):
        c.id = f"{node.id}.x{k}"


# A timetable's period heading: "Tuần 3 (29/11-05/12) – Giai đoạn “Hoàn thiện đề án”:",
# "Đợt 2 (từ 01/3 - 15/3):" over lines that each open with their own day ("30/11: Tập
# huấn …"). The lines are the tasks; the period only groups them, and its window read
# as a deadline would date no task.
_PERIOD_HEAD = re.compile(r"^(?:tuan|dot|giai doan|buoc|thang|ky|chang)\b")
_DAY_OPENS = re.compile(r"^\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*[:\-–]")


def _period_heading(node: _Node, text: str) -> bool:
    """Whether a paragraph heads a run of day-dated lines as their period (see above)."""
    if node.parent is None or not text.rstrip().endswith(":"):
        return False
    if not _PERIOD_HEAD.match(fold(text.lstrip(" *"))):
        return False
    kids = node.parent.children
    k = next((i for i, c in enumerate(kids) if c is node), -1)
    after = kids[k + 1 : k + 3]
    return bool(after) and all(_DAY_OPENS.match(c.text) for c in after)


# A task opening with an acronym (after "Các" at most), then its verb in lower case.
_ACRONYM_OPENS = re.compile(
    r"^(?:Hạn (?:cuối(?: cùng)?|chót)(?: để)?\s+)?(?:[Cc]ác\s+)?[A-ZĐ]{3,8}\s+[a-zà-ỹđ]"
)


def _position(parent: str, k: int) -> str:
    """The k-th (0-based) bullet's id part: a letter under a number, a number under a letter."""
    last = parent.rsplit(".", 1)[-1]
    if last and last[-1].isalpha() and not re.fullmatch(r"[IVXLC]+|S\d*|PL\w*", last):
        return str(k + 1)
    if k < len(LETTERS):
        return LETTERS[k]
    return f"{LETTERS[-1]}{k - len(LETTERS) + 2}"


# The colon after an item's owners, a task in lower case after it.
_OWNERS_COLON = re.compile(r"\s*:\s+(?=\w)")
_LONG_OWNERS = 8  # words: the opening words of a duty that are all owners


def _within_blank(day: date | None, blank: date | None) -> date | None:
    """``day``, unless it falls outside the year (the month, when printed) of a blank dateline.

    A day the text shows as past, later than the month the dateline prints, is a misread
    or a later edit: the printed month and year stand.
    """
    if day is None or blank is None:
        return day
    if day.year != blank.year or blank.month not in (1, day.month):
        return None
    return day


def _fallback_date(impl: dict[str, str] | None, notes: list[str]) -> date:
    notes.append(
        "plan: the text gives no date; "
        + ("the implemented document's date" if impl else "2000-01-01")
        + " stands in (give --issued)"
    )
    return date.fromisoformat(impl["date"]) if impl else date(2000, 1, 1)


def _ascii_id(number: str) -> str:
    folded = "".join(
        ("D" if c == "Đ" else "d" if c == "đ" else c) for c in number
    )  # keep case, drop the bar
    import unicodedata

    bare = "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))
    out = re.sub(r"[^A-Za-z0-9./_-]", "-", bare).strip("-")
    return out if out and out[0].isalnum() else f"X{out}"


def _uncapped(name: str) -> str:
    """A name printed in capitals ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG") in small letters."""
    return name.lower() if _upper(name) else name


def _upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _sentence_case(s: str) -> str:
    low = s.lower()
    return low[:1].upper() + low[1:]


# The Nơi nhận line, perhaps after a speck an OCR copy read off the stamp ('" Nơi nhận:'),
# or with its first word misread ("Đo nhận: TL. CHỦ TỊCH", the colon kept).
# "Nơi nhận kết quả." in a procedure's step (where the applicant gets the result, "Nơi
# nhận hồ sơ" where it is filed) is a field of the step, no Nơi nhận.
_RECIPIENTS_LINE = re.compile(r"^[^\w]{0,3}(?:noi nhan(?!\s+(?:ket qua|ho so)\b)|do nhan\s*:)")


def _recipients(tail: list[Line]) -> list[str]:
    out: list[str] = []
    started = False
    for line in tail:
        text = line.text
        if _RECIPIENTS_LINE.match(fold(text)):
            started = True
            rest = text.split(":", 1)[1].strip() if ":" in text else ""
            for item in re.split(r"\s+-\s+|^-\s*", rest):
                if item.strip(" ;,."):
                    out.append(item)
            continue
        if not started:
            continue
        if re.match(r"^(T/M|TM\.?|K/T|KT\.?)\s", text) or _upper(text):
            break
        bullet = re.match(r"^[-–+]\s*(?P<text>\S.*)$", text)
        item = bullet["text"] if bullet else text
        if out and (bullet is None or item[:1].islower()):
            out[-1] = f"{out[-1]} {item}"
        else:
            out.append(item)
    return [r.rstrip(" ,;.") for r in out if r.rstrip(" ,;.")]
