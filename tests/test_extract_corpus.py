"""Extract's scores on the corpus of real documents are the recorded ones.

The scores (duties found, lead owners right, dated deadlines right, spurious deadlines)
are computed by tests/extract_score.py against the hand-built truth tables and recorded
in tests/extract_corpus/SCORES.yaml; README.md and docs/extract-corpus.md report them.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Collection, Iterator
from typing import Any

import pytest
import yaml

from tests.conftest import read_yaml
from tests.extract_score import ALL, CORPUS, RECORDED, SPLIT, recorded, score

RECORD: dict[str, dict[str, Any]] = read_yaml(RECORDED)
SLUGS = ALL


def test_every_document_is_recorded_and_split() -> None:
    """The split holds every corpus document once, dev or unseen, and each is recorded."""
    assert sorted(SLUGS) == sorted(RECORD)
    assert len(set(SLUGS)) == len(SLUGS)
    assert set(SPLIT.get("was_held_out") or []) <= set(SPLIT["dev"])
    assert set(SPLIT.get("was_unseen") or []) <= set(SPLIT["dev"])
    assert not set(SPLIT.get("unseen") or []) & set(SPLIT["dev"])
    on_disk = {p.parent.name for p in CORPUS.glob("*/truth.yaml")}
    assert on_disk == set(SLUGS)


@pytest.mark.slow
@pytest.mark.parametrize("slug", SLUGS)
def test_scores_are_the_recorded_ones(slug: str) -> None:
    """The draft validates, and its scores, default and strict, are the recorded ones.

    Lower is a regression; higher is a rule's gain not yet recorded
    (``python -m tests.extract_score --record``). Held equal, the record is what the
    docs' tables print, so they are true without extracting the corpus again.

    Slow (the whole corpus is extracted): the score of real documents is an evaluation,
    run by ``.ci/run`` (``-m slow``) and by ``python -m tests.extract_score``; each rule
    is pinned in the default run by a made-up text in ``tests/test_extract_layouts.py``.
    """
    from nq42cli.core.loader import load_plan_text
    from nq42cli.render.draft import plan_text
    from tests.extract_score import extract_draft, recorded

    # The draft of every real document is a valid plan file (what `nq42 validate` reads);
    # checked here, beside its score, so the document is extracted once.
    text = plan_text(extract_draft(slug), "vi")
    load_plan_text(text, f"<{slug}>")
    for strict in (False, True):
        got, want = score(slug, strict=strict), recorded(slug, strict=strict)
        keys = ("duties", "found", "lead_right", "dated", "dated_right", "spurious", "extra")
        assert [getattr(got, k) for k in keys] == [getattr(want, k) for k in keys], (
            "strict" if strict else "default",
            got.misses,
        )


# PyYAML's own emitter is pure Python: about a fifth of this file's time on all documents.
EMITTER_SAMPLE = ["kl-127-kl-tw-2025", "qd-2623-qd-ttg-2025", "kh-182-kh-ubnd-2025-dong-nai"]


@pytest.mark.parametrize(
    "slug",
    [
        slug if slug in EMITTER_SAMPLE else pytest.param(slug, marks=pytest.mark.slow)
        for slug in SLUGS
    ],
)
def test_the_draft_is_written_as_pyyamls_own_emitter_writes_it(slug: str) -> None:
    """The draft is written by libyaml's emitter where present: the same text as PyYAML's
    pure-Python one, so a draft reads the same on a machine without libyaml (three
    documents by default, every one under ``-m slow``, which .ci/run runs)."""
    from nq42cli.render.draft import plan_text
    from tests.extract_score import extract_draft

    text = plan_text(extract_draft(slug), "vi")
    python = yaml.safe_dump(
        extract_draft(slug).data, allow_unicode=True, sort_keys=False, width=1_000_000
    )
    assert text.endswith("\n" + python)


def test_the_seed_is_scored_perfectly_by_the_same_rules() -> None:
    """The scorer agrees with the seed test: all 26 duties, owners and deadlines."""
    from datetime import date

    from nq42cli.core.extract import extract
    from tests.conftest import PLAN, SEED

    plan = yaml.safe_load(PLAN.read_text(encoding="utf-8"))
    draft = extract(SEED.read_text(encoding="utf-8"), issued=date(2023, 11, 27))
    assert [d["id"] for d in draft.duties] == [d["id"] for d in plan["duties"]]


def _developed() -> list[str]:
    """Development documents only: an unseen document is scored once, by the scorer."""
    return [s for s in SLUGS if s not in (SPLIT.get("unseen") or [])]


# The six copies every development document has (each test below says how it is made).
COPY_FORMS = ("wrapped", "pdf", "plain", "spaces2", "spaced", "word")
# How many of them each document is copied in when NQ42_ALL_COPIES is not set.
COPIES_EACH = 2


def _copied(form: str, floors: Collection[str] = ()) -> list[str]:
    """The development documents copied in ``form`` in this run.

    Every copy of every document is about seven extractions of the whole corpus, which
    outgrew .ci/run's ten minutes; so each document is copied in COPIES_EACH of the six
    forms, drawn by its name (the same forms every run, on every machine: about a third
    of the pairs, every document and every form covered), and always in a form where it
    holds a floor (``floors``: a known weak spot is never left out). ``NQ42_ALL_COPIES=1``
    copies every document in every form, as a developer runs it before recording scores.
    """
    import os
    import random

    every = os.environ.get("NQ42_ALL_COPIES", "") not in ("", "0")
    return [
        slug
        for slug in _developed()
        if every
        or slug in floors
        or form in random.Random(f"copies:{slug}").sample(COPY_FORMS, COPIES_EACH)
    ]


# A hard-wrapped copy reads a little less than its original: on 2026-12-03, every
# development document wrapped read 98.2% of the duties found (12,133 of 12,356), 97.8% of
# the leads and 95.3% of the dated deadlines, after round z99e (93.5%, 93.2% and 92.1%
# before it: news pages whose furniture hid the wrap read nothing). The floor, a fraction of
# the recorded counts of the documents copied, sits a little under that, so that a rule
# that loses more shows.
WRAPPED_FLOOR = 0.95
# Wrapped copies that read more spurious deadlines than their originals (how many more),
# measured on 2026-12-03 and not diagnosed yet: each is copied in every run.
WRAPPED_SPURIOUS = {
    "vb-bcd-751-2025-du-an-ton-dong-nq-170-news": 1,
    "pl3-kh-ubnd-2026-dak-lak-du-an-dau-tu-cong-cds": 1,
    "kh-1734-kh-ubnd-2018-gia-lai-ra-soat-ho-ngheo-news": 1,
    "nq-88-nq-cp-2022-dia-chat-khoang-san": 1,
    "cv-1551-ubnd-vx-2016-tphcm-mat-can-bang-gioi-tinh-khi-sinh": 1,
    # A page whose closing posting stamp "(24/04/2021)" round z99d reads as no deadline when
    # it closes the text after a full stop; wrapped, the stamp opens a line of its own.
    "lt-hdbcqg-2021-su-kien-sap-dien-ra-page": 1,
}


@pytest.mark.slow
def test_hard_wrapped_copies_score_as_the_originals() -> None:
    """Every development document copied in this form (see ``_copied``) with its long
    lines hard-wrapped at 80 columns (an e-mail, a news page saved as text: lines over 90
    characters with no "|" or tab, cut by textwrap with no word or hyphen broken) reads
    at least WRAPPED_FLOOR of its recorded counts in all, and no document reads a
    spurious deadline more than its original (but those in WRAPPED_SPURIOUS)."""
    import textwrap

    from tests.extract_score import extract_as_given

    def wrap(text: str) -> str:
        out: list[str] = []
        for line in text.split("\n"):
            if len(line) > 90 and "|" not in line and "\t" not in line:
                cut = textwrap.wrap(line, 80, break_long_words=False, break_on_hyphens=False)
                out.extend(cut or [""])
            else:
                out.append(line)
        return "\n".join(out)

    keys = ("found", "lead_right", "dated_right")
    got = dict.fromkeys(keys, 0)
    want = dict.fromkeys(keys, 0)
    added: dict[str, tuple[int, int]] = {}
    for slug in _copied("wrapped", WRAPPED_SPURIOUS):
        text = (CORPUS / slug / "source.txt").read_text("utf-8")
        sc, rec = score(slug, data=extract_as_given(slug, wrap(text)).data), recorded(slug)
        for k in keys:
            got[k] += getattr(sc, k)
            want[k] += getattr(rec, k)
        if sc.spurious > rec.spurious + WRAPPED_SPURIOUS.get(slug, 0):
            added[slug] = (rec.spurious, sc.spurious)
    assert all(got[k] >= WRAPPED_FLOOR * want[k] for k in keys), (got, want)
    assert not added, added


# Word processors' copies that read otherwise than the original, (found, lead right, dated
# right, spurious) as a floor. cd-71 (a telegram's section quoted on a Q&A page, made a
# development document on 2026-12-02): one of its ten duties is not found in the bulleted
# copies; not diagnosed yet.
WORD_GAPS = {
    # A city Party committee's guide (made a development document on 2026-12-03): its PDF
    # and Word copies read one duty more than the original (33 found and 23 leads against
    # 32 and 22), so the original's score is the floor; not diagnosed.
    "hd-btctu-2025-ha-noi-trao-tang-huy-hieu-dang": (32, 22, 0, 1),
    # Another part of those guides: its PDF and Word copies, their "-" and "+" turned to
    # glyphs, draft 46 duties against 44 (the glyph levels nest some steps otherwise) and
    # keep 21 of the 27 leads round z99a read; not diagnosed yet.
    "hd-btctu-2025-ha-noi-quy-trinh-ket-nap-dang-vien": (31, 21, 0, 0),
    # A university's professor-title timetable (made a development document on
    # 2026-12-03): its Word copy finds five of its nine dated steps (the PDF copy all nine);
    # not diagnosed yet.
    "kh-dhbkhn-2022-xet-cong-nhan-chuc-danh-gs-pgs": (5, 4, 5, 0),
    "cd-71-cd-ttg-2025-sau-rieng-muc-1": (9, 9, 1, 1),
    # A task register kept as JSON, typed into Word: a no-break space between its tokens is
    # no JSON whitespace, so the Word copy is no data file and reads nothing (no one keeps
    # a data file in Word; the PDF copy, in NFD with CRLF, reads as the original).
    "kh-vb-qln-btc-2026-h2-dondocnhiemvu": (0, 0, 0, 0),
    # A Government programme whose text layer is a scanner's OCR without diacritics (made
    # a development document on 2026-12-02): the Word copy finds four duties fewer (14
    # against 18); not diagnosed yet.
    "nq-168-nq-cp-2022-bac-trung-bo-duyen-hai-trung-bo": (14, 6, 2, 0),
    # A dispatch on a Q&A page (made a development document on 2026-12-03): its bold owner
    # headings ("**- Bộ Công an:**") keep their typed dash in both copies, which turn only
    # a line-opening "- " or "+ " into a glyph; the "+" tasks, the first glyph met, are
    # then read as the list's first level, "-", like the heading above them, and the
    # heading is numbered over its tasks (z89c keeps a bullet over bullets of another
    # kind only). A real copy would have turned the bold dash too; 8 of 9 found.
    "cd-41-cd-ttg-2025-thuoc-gia-thuc-pham-bao-ve-suc-khoe-tvpl": (8, 8, 0, 0),
}


# What older fonts and keyboards write: the tone on the first vowel of "oa", "oe", "uy".
_OLD_TONE = {"óa": "oá", "òa": "oà", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "ủy": "uỷ"}
_OLD_TONE |= {"úy": "uý", "ùy": "uỳ", "ũy": "uỹ", "ụy": "uỵ", "Ủy": "Uỷ", "óe": "oé"}


def _word_copy(text: str, slug: str) -> str:
    """``text`` as typed in a word processor: the list's "-" and "+" as "•" and "o"
    before a tab, one space in twenty a no-break space (drawn the same way every run)."""
    import random

    text = re.sub(r"(?m)^(\s*)- ", lambda m: m.group(1) + "\u2022\t", text)
    text = re.sub(r"(?m)^(\s*)\+ ", lambda m: m.group(1) + "o\t", text)
    draw = random.Random(slug)
    return "".join("\u00a0" if c == " " and draw.random() < 0.05 else c for c in text)


def _pdf_copy(text: str) -> str:
    """``text`` as an old PDF's text layer gives it: the Symbol font's private-use
    bullets for "-" and "+", the old tone placement (hoá, uỷ), NFD, CRLF line ends."""
    import unicodedata

    text = re.sub(r"(?m)^(\s*)- ", lambda m: m.group(1) + "\uf0b7 ", text)
    text = re.sub(r"(?m)^(\s*)\+ ", lambda m: m.group(1) + "\uf0a7 ", text)
    for new, old in _OLD_TONE.items():
        text = text.replace(new, old)
    return unicodedata.normalize("NFD", text.replace("\n", "\r\n"))


def _row(sc: Any) -> tuple[int, ...]:
    return (sc.found, sc.lead_right, sc.dated_right, sc.spurious)


@pytest.mark.slow
def test_pdf_copies_score_as_the_originals() -> None:
    """Every development document copied in this form (see ``_copied``) as an old PDF's
    text gives it (see ``_pdf_copy``: Symbol-font bullets, old tone placement, NFD, CRLF)
    scores exactly as the original's recorded score, document by document."""
    from tests.extract_score import extract_as_given

    changed: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    for slug in _copied("pdf", WORD_GAPS):
        text = (CORPUS / slug / "source.txt").read_text("utf-8")
        got = _row(score(slug, data=extract_as_given(slug, _pdf_copy(text)).data))
        if slug in WORD_GAPS:
            if _below(got, WORD_GAPS[slug], spurious=WORD_GAPS[slug][3]):
                changed[slug] = (WORD_GAPS[slug], got)
            continue
        if got != (want := _row(recorded(slug))):
            changed[slug] = (want, got)
    assert not changed, changed


def _spaced(text: str) -> str:
    """``text`` with an empty line after each paragraph, as a web page or pdftotext
    copies it: after a line of three words or more that ends a sentence (. ; : ! ? * ”
    or "), before a line that does not open in small letters; a table's rows (a line
    opening with "|" or holding a tab, and six lines around it) are left as they are.
    """
    lines = text.split("\n")
    near: set[int] = set()
    for k, line in enumerate(lines):
        if line.lstrip().startswith("|") or "\t" in line:
            near.update(range(k - 6, k + 7))
    out: list[str] = []
    for k, line in enumerate(lines):
        out.append(line)
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        if (
            k not in near
            and len(line.split()) >= 3
            and nxt.strip()
            and line.rstrip()[-1] in '.;:!?*\u201d"'
            and not nxt.lstrip()[0].islower()
        ):
            out.append("")
    return "\n".join(out)


# Documents whose copy without markdown still reads worse than the original: what their
# bold said (a bold lead-in before a colon, a bold item number) is not yet read from the
# plain words. (found, lead right, dated right, spurious) of the plain copy: a floor, and
# spurious deadlines at most as many.
# Doubled-space copies that read worse than the original. kh-3957's people table: a
# name in a cell of people is cut at its doubled space ("Vũ  Việt  Linh" reads "Vũ").
#
# tb-pdt-vku (made a development document on 2026-12-03) is itself a side-by-side print
# (pdftotext -layout) whose cells stand a single space apart in places ("trực KTMT&ĐT");
# doubled, duty 2.7 reads "Trước ngày" as its lead and 20/01/2022, a later row's date, for
# its 19/01/2022 (6 dated right against 7). Not diagnosed further yet.
SPACES2_GAPS = {
    "kh-3957-kh-sct-2026-lao-cai-kiem-tra-vlncn": (11, 3, 2, 0),
    "tb-pdt-vku-2022-bao-ve-do-an-tot-nghiep-truc-tuyen": (15, 8, 6, 0),
}

PLAIN_GAPS = {
    # A university's saved page (made a development document on 2026-12-03): its
    # timetable's steps are found under its markdown headings; the plain copy reads none of
    # them (7 found in the original); not diagnosed yet.
    "tt-dhbkhn-2024-tien-trinh-hoi-nghi-sinh-vien-nckh-lan-41": (0, 0, 0, 0),
    # An OCR'd resolution (made a development document on 2026-12-03): the scan's "S" of
    # "Sớm xây dựng …" came out as "\ớm"; the plain copy drops the backslash as markdown's
    # escape, so the paragraph opens in a small letter and is read as the last one's tail
    # (23 found against 24).
    "nq-13-nq-tw-2012-ket-cau-ha-tang-dong-bo": (23, 19, 0, 1),
    # A news page: the Prime Minister's request ending on ";" is read as going on below
    # only above a "## " subheading (round z93b); the plain copy has none, so three of its
    # eight duties are not found, as before that round.
    "cd-87-cd-ttg-2025-phan-cap-phan-quyen-news": (5, 5, 0, 0),
    # Q&A pages (round z93a): past the picture's caption the page sets its own questions
    # as "## " headings, whose answers quote another decision's article; the plain copy
    # has no heading marks, so those answers' "(1)", "(2)" … become the outline and the
    # quoted programme's points are lost, as before that round.
    "qd-3677-qd-ubnd-2025-thanh-hoa-ccn-tien-loc-article": (0, 0, 0, 0),
    "qd-54-qd-bcd-2025-xoa-nha-tam-article": (0, 0, 0, 0),
    # News pages answering a question: the request paragraphs above the quoted "1." items
    # are found after the bold question that heads them; without the bold, that line is
    # not told from the page's narration.
    "cv-2620-vpcp-kgvx-2025-le-ky-niem-80-nam-news": (3, 3, 3, 0),
    "cv-3180-vpcp-cn-2025-quang-truong-ba-dinh-news": (1, 1, 1, 0),
    "kh-7360-kh-ubnd-2025-lai-chau": (12, 12, 0, 0),
    "cv-6278-bvhttdl-vp-2025": (14, 14, 8, 1),
    # A news page: without its bold the page's own narration ("Mục tiêu mới … là đến
    # ngày 19/12/2025") reads as two dated duties.
    "tb-416-tb-vpcp-2025": (5, 5, 4, 1),
    # A regulation in an LLM's markdown: a bold item number over a caption ending in ":",
    # its sentence on the next line; without the bold, the caption is not told from a
    # lead-in over points, so four duties of "Sở quản lý ngành, lĩnh vực" are not read.
    "qd-70-2024-qd-ubnd-ha-noi": (26, 20, 0, 0),
    # Made development documents on 2026-12-02, not diagnosed yet: cv-5095's letter on a
    # legal Q&A page reads nothing without its markdown (its bold heads the quoted
    # requests); cv-8400's plain copy reads more than the original (9 found, 6 leads, 1
    # dated), so the original's score is the floor.
    "cv-5095-sgddt-cttthssv-2025-ha-noi-o-nhiem-khong-khi": (0, 0, 0, 0),
    "cv-8400-btc-qlcs-2025-xu-ly-tru-so-tai-san-cong": (3, 3, 0, 0),
    # A task card ("(1) Nội dung thực hiện:" over "(2) Tổ chức thực hiện:", z80g) under a
    # markdown heading: without the "##" and the bold, the second card's fields do not
    # reach its task (its lead and quarter lost, the quarter read on a duty the truth does
    # not count); not diagnosed further yet.
    "qd-110-qd-bxd-2025-muc-ii-4-8-giao-dich-bat-dong-san": (3, 1, 2, 1),
    # A news page whose bold labels open its paragraphs ("**Về thực hiện …**, theo Kế
    # hoạch, UBND cấp tỉnh lập hồ sơ … trước ngày 01/5/2025"): without the bold the label
    # stays in the duty's text, so three duties are not matched by their start and their
    # right deadlines count as spurious.
    "nq-74-nq-cp-2025": (36, 35, 34, 3),
    # A scan's OCR text set out as pdftotext -layout gives it (z88a reads its task
    # table): tools/plain.py drops the scan's stray backslashes, so a speck "ft" left on
    # row 31's line no longer stands beside one and reads as the lead's cell (lead and
    # deadline of that row lost; the original reads 32 and 32).
    "nq-168-nq-cp-2022-bac-trung-bo-duyen-hai-trung-bo": (40, 31, 31, 0),
}
# The same for the copy with an empty line after each paragraph ("spaced"): a caption
# ending in ":" then its sentence after an empty line reads as a caption over a paragraph
# of its own, which elsewhere (cv-17526) it is.
#
# A table pdftotext gave column by column (kh-193) is told row from row by the empty lines
# that part its owner cells; with an empty line after every line that is lost, so the
# rows are not paired and the table reads as before that reader (8 found, 4 leads).
SPACED_GAPS = {
    "qd-70-2024-qd-ubnd-ha-noi": (26, 20, 0, 0),
    "kh-193-kh-ubnd-2024-ninh-binh": (8, 4, 0, 0),
    # Made a development document on 2026-12-02: its spaced copy reads more than the
    # original (11 found and leads against 9), so the original's score is the floor.
    "cv-171-cv-bcd-2025-vuong-mac-cap-xa": (9, 9, 3, 0),
    # An OCR'd one-request letter (made a development document on 2026-12-02): its basis
    # clause ends in ";" at a line's end, so the spaced copy sets an empty line between it
    # and "Sở Y tế đề nghị …", and the request is not read (its date is read on what is
    # left, a deadline the truth does not count); not diagnosed further.
    "cv-2264-syt-nvy-2017-kien-giang-bao-cao-hoat-dong-nam-y-te-du-phong": (0, 0, 0, 1),
}


def _below(got: tuple[int, ...], floor: tuple[int, ...], *, spurious: int) -> bool:
    """Whether a copy's (found, lead right, dated right, spurious) falls under a floor, or
    reads more spurious deadlines than ``spurious``."""
    return any(g < f for g, f in zip(got[:3], floor[:3], strict=True)) or got[3] > spurious


def _escapes_mangled(text: str) -> bool:
    """Whether ``text`` is a program's data holding backslash escapes.

    An SQL row or a JSON string, read through markup.py's and carried.py's undoing.
    tools/plain.py drops every backslash (a markdown copy's escapes), so its plain copy
    turns "\\r\\n" into "rn" inside the words: no copy anyone pastes, so no test of the
    plain reading.
    """
    from nq42cli.core.markup import as_read

    read = as_read(text)
    return bool({"code", "escapes"} & set(read.undone)) and "\\" in text


@pytest.mark.slow
@pytest.mark.parametrize("copy", ["plain", "spaces2", "spaced"])
def test_plain_and_doubled_space_copies_score_as_the_originals(copy: str) -> None:
    """Every development document copied in this form (see ``_copied``) as an analyst
    pastes it from Word or a PDF scores as the original's recorded score, document by
    document. "plain": its source.plain.txt (the same text with the markdown markers
    ``**``, ``*`` and ``#`` removed); "spaces2": every single space between words
    doubled (a justified PDF's copy); "spaced": an empty line after each paragraph (a
    web page's or pdftotext's copy; see ``_spaced``). The copies of the documents in
    PLAIN_GAPS, SPACES2_GAPS and SPACED_GAPS hold their floors instead."""
    import re

    from tests.extract_score import extract_as_given

    def row(sc: Any) -> tuple[int, ...]:
        return (sc.found, sc.lead_right, sc.dated_right, sc.spurious)

    changed: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    gaps = {"plain": PLAIN_GAPS, "spaced": SPACED_GAPS, "spaces2": SPACES2_GAPS}[copy]
    for slug in _copied(copy, gaps):
        if copy == "plain" and _escapes_mangled((CORPUS / slug / "source.txt").read_text("utf-8")):
            continue
        if copy == "plain":
            data = extract_as_given(slug, (CORPUS / slug / "source.plain.txt").read_text("utf-8"))
        elif copy == "spaced":
            text = (CORPUS / slug / "source.txt").read_text("utf-8")
            data = extract_as_given(slug, _spaced(text))
        else:
            text = (CORPUS / slug / "source.txt").read_text("utf-8")
            data = extract_as_given(slug, re.sub(r"(?<=\S) (?=\S)", "  ", text))
        got = row(score(slug, data=data.data))
        if slug in gaps:
            floor = gaps[slug]
            if _below(got, floor, spurious=floor[3]):
                changed[slug] = (floor, got)
            continue
        want = row(recorded(slug))
        if got != want:
            changed[slug] = (want, got)
    assert not changed, changed


_MD_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _md_blocks(text: str) -> Iterator[str | list[list[str]]]:
    """``text``'s lines, each markdown table (``| a | b |`` rows under a ``|---|``
    separator) as one block: its rows' cells, stripped, the separator dropped."""
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        if not (
            lines[k].lstrip().startswith("|")
            and k + 1 < len(lines)
            and _MD_SEPARATOR.match(lines[k + 1])
        ):
            yield lines[k]
            k += 1
            continue
        rows: list[list[str]] = []
        while k < len(lines) and lines[k].lstrip().startswith("|"):
            if not _MD_SEPARATOR.match(lines[k]):
                row = lines[k].strip().removeprefix("|").removesuffix("|")
                rows.append([c.strip() for c in row.split("|")])
            k += 1
        yield rows


def _table_copy(text: str, form: str) -> str:
    """``text`` with every markdown table (``| a | b |`` rows under a ``|---|`` separator)
    as an analyst's other copies give it: "tsv", a row a line, its cells joined by tabs
    (the header kept, the separator dropped), as a spreadsheet or Word's table copies;
    "tsv-lines", the same with each cell of over twelve words broken at its middle and
    quoted (see ``_broken_cell``); "tsv-word", so broken but unquoted; "cells", each
    cell on a line of its own, rows one after another, as pdftotext or a PDF viewer
    copies; "paged", the same with a page break every nine rows (the page's
    number, the header repeated) that cuts the row there through its second cell;
    "flattened", the header row kept as pipes and every other cell on a line of its own,
    as a docx-to-markdown converter flattens a Word table. A cell's own line breaks
    (``<br>``) are line breaks in the copy."""
    out: list[str] = []
    for block in _md_blocks(text):
        if isinstance(block, str):
            out.append(block)
            continue
        rows = [[re.sub(r"<br\s*/?>", "\n", c) for c in cells] for cells in block]
        for n, cells in enumerate(rows):
            if form == "tsv":
                out.append("\t".join(cells))
            elif form in ("tsv-lines", "tsv-word"):
                broken = (_broken_cell(c, form == "tsv-lines") for c in cells)
                out.extend("\t".join(broken).split("\n"))
            elif form == "flattened" and n == 0:
                out += [
                    "| " + " | ".join(cells) + " |",
                    "| " + " | ".join("---" for _ in cells) + " |",
                ]
            elif form == "paged" and n and n % 9 == 0 and len(cells) > 1:
                words = cells[1].split()
                half = len(words) // 2
                page = [str(n // 9 + 1), *rows[0]]
                out += [cells[0], " ".join(words[:half]), *page, " ".join(words[half:])]
                out += cells[2:]
            else:
                out.extend(cells)
    return "\n".join(out)


def _broken_cell(cell: str, quoted: bool) -> str:
    """A cell of over twelve words with a line break at its middle word, ``quoted`` as a
    spreadsheet quotes a cell of lines (``"…"``, its own quotes doubled) or not, as
    Word copies it."""
    words = cell.split(" ")
    if len(cell.split()) <= 12:
        return cell
    half = len(words) // 2
    both = " ".join(words[:half]) + "\n" + " ".join(words[half:])
    return '"' + both.replace('"', '""') + '"' if quoted else both


# (found, lead right, dated right, spurious) floors of one-cell-per-line copies that read
# worse than the original; see the test's docstring for why they cannot read the same.
# qd-419's rows are nested (a group row "a)", sub-group rows "-", continuation rows of
# "+" activities with no number at all): one cell a line, nothing marks where such a row
# starts, and the one-cell-a-line reader does not anchor them yet, so the copy is read as
# prose (its tab-separated copies read as the original).
# qd-1528's appendix table leaves its STT column blank in every row: one cell a line, no
# line marks where a row starts, and the header's column count does not either — a
# cell's own line breaks ("Giai đoạn" / "2026 - 2030", the header's "Đơn vị" / "chủ
# trì") and a PDF's wrap of a long cell give a row more lines than columns, so counting
# lines would hand every later row's cells to the wrong column. Its twelve rows are not
# read there (its tab-separated copies, each line a row, read as the original).
# Floors of every copy of a document's tables, tab-separated or one cell a line (the test
# below): two university timetables (made development documents on 2026-12-03) whose
# two-column table opens each row with its date ("06/5/2022 | Hạn cuối cùng ứng viên …"):
# the markdown grid reads its nine steps (round z100b), but a row's date alone before a tab
# or on a line of its own is not read as the time of the task after it, so the copies
# read nothing; not fixed yet.
TABLE_COPY_GAPS = {
    "kh-dhbkhn-2019-xet-cong-nhan-chuc-danh-gs-pgs": (0, 0, 0, 0),
    "kh-dhbkhn-2022-xet-cong-nhan-chuc-danh-gs-pgs": (0, 0, 0, 0),
    # A hospital's step table ("| Bước/Lưu đồ | Mô tả | Trách nhiệm |", made a development
    # document on 2026-12-03): a bare "Trách nhiệm" column is read as the lead only from
    # the markdown grid (core/tables.py, 16 found, 15 leads); its tab-separated copies
    # are not read as that grid, so 7 steps are found (6 leads). Not fixed yet.
    "qt-kh-5-2-bvntw-2025-quy-trinh-kcb-bhyt-benh-vien-nhi-tw": (7, 6, 0, 0),
}
# A letter whose only tables are its header and its "Kính gửi:" block (made a development
# document on 2026-12-03): flattened, the block's row stays as pipes and its one duty,
# read in the one-cell-a-line copy, is not; not diagnosed yet. And one of the two university
# timetables above, whose one-cell-a-line copy reads nothing (TABLE_COPY_GAPS): flattened,
# after item 101's rounds (docs/extract-corpus.md) it reads one step more.
FLATTENED_GAPS = {
    "cv-2214-bxd-qln-2013-ho-tro-nha-o-nguoi-co-cong": (0, 0, 0, 0),
    "kh-dhbkhn-2022-xet-cong-nhan-chuc-danh-gs-pgs": (0, 0, 0, 0),
    # A ministry's programme (made a development document on 2026-12-03) whose appendix
    # tables have a two-level header ("Cấp trình và thời gian trình" over "Bộ trưởng |
    # Chính phủ | Thủ tướng Chính phủ"): its one-cell-a-line copy reads as the original,
    # but flattened (the header's first row kept as pipes) it reads 78 found and 5 dated
    # against 105 and 32. Not diagnosed yet.
    "qd-59-qd-btnmt-2024-chuong-trinh-hanh-dong-nq-01-02": (78, 78, 5, 0),
}

CELL_COPY_GAPS = {
    # The hospital's step table above (TABLE_COPY_GAPS): one cell a line (and flattened,
    # which reads the same), 11 steps are found but only 1 with its "Trách nhiệm" lead.
    "qt-kh-5-2-bvntw-2025-quy-trinh-kcb-bhyt-benh-vien-nhi-tw": (11, 1, 0, 0),
    # Owners only in group rows ("HUYỆN TUY PHƯỚC") over project rows with no verb: one
    # cell a line, a group row's one cell is not told from a project row's first.
    "qd-518-qd-ubnd-2023-binh-dinh": (1, 1, 0, 0),
    "nq-03-nq-cp-2025": (247, 242, 122, 0),
    "qd-419-qd-ttg-2017-phu-luc-nhom-a": (16, 16, 15, 0),
    "qd-1528-qd-ttg-2026-nhan-luc-ai": (25, 24, 1, 0),
}


@pytest.mark.slow
@pytest.mark.parametrize("form", ["tsv", "tsv-lines", "tsv-word", "cells", "paged"])
def test_tab_separated_and_cell_per_line_table_copies_score_as_the_originals(form: str) -> None:
    """Every development document holding a markdown table, with its tables copied as
    tab-separated rows ("tsv"; "tsv-lines", a long cell broken over two lines and quoted,
    as a spreadsheet copies a cell of lines; "tsv-word", so but unquoted), one cell a
    line ("cells"), or so with page breaks that repeat the header and cut a row in two
    ("paged", see ``_table_copy``), scores as the original, document by document.

    A one-cell-a-line copy cannot always carry what the grid said, so the documents in
    CELL_COPY_GAPS hold a floor instead, with no spurious deadline added: an empty cell
    is no line at all in a PDF's copy (the reader drops empty lines), so two owner lines
    may be one cell of two leads or a lead and its partners ("Bộ A Bộ B" then nothing);
    a task cell whose last line ends with "," runs on into the owner line after it (a
    wrapped cell reads so); a row's continuation after a page split (its number empty)
    follows the row's time, where nothing tells it from a cell of the next column; and a
    body not in the list ("Địa phương được lựa chọn") may be the task's last words.
    Fast for a slow test: only the eleven documents with a table are extracted.
    """
    from tests.extract_score import extract_as_given

    def row(sc: Any) -> tuple[int, ...]:
        return (sc.found, sc.lead_right, sc.dated_right, sc.spurious)

    changed: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    tabled = 0
    for slug in _developed():
        text = (CORPUS / slug / "source.txt").read_text("utf-8")
        copy = _table_copy(text, form)
        if copy == text:
            continue
        tabled += 1
        got = row(score(slug, data=extract_as_given(slug, copy).data))
        want = row(recorded(slug))
        gaps = TABLE_COPY_GAPS | (CELL_COPY_GAPS if form in ("cells", "paged") else {})
        if slug in gaps:
            floor = gaps[slug]
            if _below(got, floor, spurious=want[3]):
                changed[slug] = (floor, got)
            continue
        if got != want:
            changed[slug] = (want, got)
    assert tabled >= 10, tabled
    assert not changed, changed


@pytest.mark.slow
def test_flattened_table_copies_score_as_the_one_cell_per_line_copies() -> None:
    """Every development document holding a markdown table, with its tables flattened as
    a docx-to-markdown converter flattens a Word table (the header row kept as pipes,
    every other cell on a line of its own), scores as its one-cell-a-line copy: the
    header row is read as the header's cells one a line."""
    from tests.extract_score import extract_as_given

    def row(slug: str, copy: str) -> tuple[int, ...]:
        sc = score(slug, data=extract_as_given(slug, copy).data)
        return (sc.found, sc.lead_right, sc.dated_right, sc.spurious)

    changed: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    tabled = 0
    for slug in _developed():
        text = (CORPUS / slug / "source.txt").read_text("utf-8")
        flat = _table_copy(text, "flattened")
        if flat == text:
            continue
        tabled += 1
        want, got = row(slug, _table_copy(text, "cells")), row(slug, flat)
        if slug in CELL_COPY_GAPS or slug in FLATTENED_GAPS:
            # Read as prose (see CELL_COPY_GAPS), the two copies need not agree: each
            # keeps the floor, with no spurious deadline the original lacks.
            floor = (CELL_COPY_GAPS | FLATTENED_GAPS)[slug]
            if _below(got, floor, spurious=floor[3]):
                changed[slug] = (floor, got)
            continue
        if got != want:
            changed[slug] = (want, got)
    assert tabled >= 10, tabled
    assert not changed, changed


def _layout_copy(text: str) -> str:
    """``text`` with every markdown table as ``pdftotext -layout`` prints a PDF's: each
    cell wrapped at its column's width, the row's cells side by side, each set around
    the row's middle line, which holds the row's number; no blank line between rows."""
    out: list[str] = []
    for block in _md_blocks(text):
        if isinstance(block, str):
            out.append(block)
            continue
        n = len(block[0])
        widths = [6] + [46 if k == 1 else (14 if k == n - 1 else 24) for k in range(1, n)]
        for given in block:
            cells = (given + [""] * n)[:n]
            plain = (re.sub(r"<br\s*/?>", " ", c).replace("**", "") for c in cells)
            wrapped = [textwrap.wrap(c, w) for c, w in zip(plain, widths, strict=True)]
            h = max(1, *(len(x) for x in wrapped))
            grid = [[""] * n for _ in range(h)]
            for k, lines in enumerate(wrapped):
                at = min(h // 2, h - len(lines)) if k == 0 else (h - len(lines)) // 2
                for j, line in enumerate(lines):
                    grid[at + j][k] = line
            out += [
                "  ".join(c.ljust(w) for c, w in zip(g, widths, strict=True)).rstrip() for g in grid
            ]
    return "\n".join(out)


# A side-by-side copy whose rows z88a now reads (37 of 38 found against 9 before) but
# cuts one row wrong: row 26's task starts two lines above its number (the cell is set
# higher than the number), so those two lines go to row 25; row 26's own month is then on
# a duty whose text start the truth does not match, and counts as spurious. Not fixed yet.
LAYOUT_SPURIOUS = {
    "cv-402-cv-vpdu-2025": 1,
}


@pytest.mark.slow
def test_layout_table_copies_add_no_deadline() -> None:
    """Every development document holding a markdown table, its tables printed side by
    side as pdftotext -layout gives a PDF's (see ``_layout_copy``): no deadline is added
    that the original does not give (a row's lines and cells read by where they stand
    must not give a date to another row), and most read as the original."""
    from tests.extract_score import extract_as_given

    def row(sc: Any) -> tuple[int, ...]:
        return (sc.found, sc.lead_right, sc.dated_right, sc.spurious)

    added: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    same = tabled = 0
    for slug in _developed():
        text = (CORPUS / slug / "source.txt").read_text("utf-8")
        copy = _layout_copy(text)
        if copy == text:
            continue
        tabled += 1
        got = row(score(slug, data=extract_as_given(slug, copy).data))
        want = row(recorded(slug))
        same += got == want
        if got[3] > want[3] + LAYOUT_SPURIOUS.get(slug, 0):
            added[slug] = (want, got)
    assert tabled >= 10, tabled
    assert not added, added
    assert same >= tabled * 2 // 3, (same, tabled)


def _docx_copy(text: str) -> bytes:
    """``text`` as a Word file made by python-docx: each line a paragraph (its tabs Word's
    tabs), each markdown table a Word table whose cells hold their ``<br>`` lines as
    paragraphs, as an analyst's .docx of the same document holds them."""
    import io

    import docx

    def xml_safe(s: str) -> str:
        return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", " ", s)

    doc = docx.Document()
    for rows in _md_blocks(text):
        if isinstance(rows, str):
            doc.add_paragraph(xml_safe(rows.rstrip("\r")))
            continue
        width = max(len(r) for r in rows)
        table = doc.add_table(rows=len(rows), cols=width)
        for i, cells in enumerate(rows):
            for j, cell in enumerate(cells):
                first, *more = re.split(r"<br\s*/?>", xml_safe(cell), flags=re.IGNORECASE)
                place = table.cell(i, j)
                place.paragraphs[0].text = first.strip()
                for line in more:
                    place.add_paragraph(line.strip())
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.mark.slow
def test_word_files_score_as_the_originals() -> None:
    """Every development document copied in this form (see ``_copied``) typed into Word
    (see ``_word_copy``: "•" and "o" bullets before a tab, no-break spaces) and saved as
    a .docx (see ``_docx_copy``), read by ``nq42cli.core.wordfile``, scores exactly as
    the original's recorded score, document by document. The slowest copy: python-docx
    writes each file a paragraph at a time."""
    from nq42cli.core.wordfile import docx_text
    from tests.extract_score import extract_as_given

    changed: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    for slug in _copied("word", WORD_GAPS):
        text = (CORPUS / slug / "source.txt").read_text("utf-8")
        read = docx_text(_docx_copy(_word_copy(text, slug)))
        got = _row(score(slug, data=extract_as_given(slug, read).data))
        if slug in WORD_GAPS:
            if _below(got, WORD_GAPS[slug], spurious=WORD_GAPS[slug][3]):
                changed[slug] = (WORD_GAPS[slug], got)
            continue
        if got != (want := _row(recorded(slug))):
            changed[slug] = (want, got)
    assert not changed, changed
