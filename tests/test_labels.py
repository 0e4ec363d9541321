"""One catalogue of words: every human format speaks the language asked for, and only it.

Tables, Markdown, HTML, Excel and calendars are rendered in Vietnamese and in English
from small real results whose data is Latin filler (``tests/results_kit.py``); the words
of the other language, taken from the catalogue itself, must not appear. Words that the
data also holds (the plan's timing phrases) cannot be told apart and are not checked.
"""

from __future__ import annotations

import functools
import io
import string
from html.parser import HTMLParser
from typing import Any

import icalendar
import openpyxl
import pytest

from nq42cli.render import REGISTRY, Format, render
from nq42cli.render.labels import LABELS, LANGS, word
from tests.results_kit import DATA_WORDS, in_language

HUMAN = (Format.TABLE, Format.MD, Format.HTML, Format.XLSX, Format.ICS)
# Plain text that people read in their language (other text formats are for tools).
HUMAN_TEXT = frozenset({"coverage"})
PAIRS = sorted((k, f) for k, f in REGISTRY if f in HUMAN or (f is Format.TEXT and k in HUMAN_TEXT))
OTHER = {"vi": "en", "en": "vi"}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _fragments(template: str) -> list[str]:
    """The literal words of a template: split at fields and line breaks, trimmed."""
    pieces = [lit for lit, *_ in string.Formatter().parse(template)]
    out = []
    for piece in pieces:
        for part in piece.split("\n"):
            text = part.strip(" :;,.()[]—–-")
            if sum(ch.isalpha() for ch in text) >= 2:
                out.append(text)
    return out


@functools.cache
def _words_of(lang: str) -> frozenset[str]:
    """Fragments of ``lang`` that the other language does not share and the data lacks."""
    index = LANGS.index(lang)
    mine = {f for pair in LABELS.values() for f in _fragments(pair[index])}
    theirs = {f for pair in LABELS.values() for f in _fragments(pair[1 - index])}
    data = " ".join(DATA_WORDS)
    return frozenset(f for f in mine - theirs if f not in data)


def _visible(fmt: Format, out: str | bytes) -> str:
    """What a person reads in a rendering (not markup, not file structure)."""
    if fmt is Format.HTML:
        assert isinstance(out, str)
        texts: list[str] = []

        class Reader(HTMLParser):
            in_style = False  # the style sheet is not read by people

            def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
                self.in_style = self.in_style or tag == "style"

            def handle_endtag(self, tag: str) -> None:
                self.in_style = self.in_style and tag != "style"

            def handle_data(self, data: str) -> None:
                if not self.in_style:
                    texts.append(data)

        reader = Reader()
        reader.feed(out)
        return "\n".join(texts)
    if fmt is Format.XLSX:
        assert isinstance(out, bytes)
        book = openpyxl.load_workbook(io.BytesIO(out))
        cells = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row]
        props = [book.properties.title or "", book.properties.description or ""]
        return "\n".join([*(ws.title for ws in book.worksheets), *props, *cells])
    if fmt is Format.ICS:
        assert isinstance(out, bytes)
        cal = icalendar.Calendar.from_ical(out)
        keys = ("SUMMARY", "DESCRIPTION", "X-WR-CALNAME")
        return "\n".join(str(c[k]) for c in cal.walk() for k in keys if k in c)
    assert isinstance(out, str)
    return out


def _word_char(ch: str) -> bool:
    """What ``\\w`` matches in a str pattern: a letter, digit or number, or ``_``."""
    return ch.isalnum() or ch == "_"


def _found(words: frozenset[str], text: str) -> list[str]:
    """The words that occur in ``text`` as a whole word: ``(?<!\\w)WORD(?!\\w)``.

    Each occurrence's neighbours are looked at directly: a regular expression per word
    searched the whole rendering again (tables are 3,000 columns wide in the tests).
    """
    out = []
    for w in words:
        at = text.find(w)
        while at >= 0:
            end = at + len(w)
            before = at > 0 and _word_char(text[at - 1])
            after = end < len(text) and _word_char(text[end])
            if not before and not after:
                out.append(w)
                break
            at = text.find(w, at + 1)
    return sorted(out)


@pytest.fixture(scope="module", params=LANGS)
def built(request: pytest.FixtureRequest, kit_results: dict[str, Any]) -> Any:
    """The results of every kind (built once for the run, tests/conftest.py) as
    ``results(root, lang)`` gives them."""
    lang: str = request.param
    return lang, in_language(kit_results, lang)


@pytest.mark.parametrize(("kind", "fmt"), PAIRS, ids=str)
def test_human_formats_speak_one_language(
    built: tuple[str, dict[str, Any]], kind: str, fmt: Format
) -> None:
    """No header, title or label of the other language; some of the language asked for."""
    lang, made = built
    text = _visible(fmt, render(made[kind], fmt, lang))
    leaks = _found(_words_of(OTHER[lang]), text)
    assert leaks == [], f"{kind} {fmt} in {lang} shows {leaks}"
    assert _found(_words_of(lang), text), f"{kind} {fmt} in {lang} shows none of its words"


def test_html_declares_its_language(kit_results: dict[str, Any]) -> None:
    """The page's lang attribute follows --lang (screen readers, hyphenation, spell check)."""
    made = kit_results
    for lang in LANGS:
        out = render(made["status"], Format.HTML, lang)
        assert isinstance(out, str)
        assert f'<html lang="{lang}">' in out


def test_the_check_would_catch_a_leak() -> None:
    """An English header in Vietnamese output is found; data words are never counted."""
    assert _found(_words_of("en"), "Mã | Owner | Nhiệm vụ") == ["Owner"]
    assert "thường xuyên" not in _words_of("vi")  # the plan's own word for ongoing parts


@pytest.mark.parametrize("key", sorted(LABELS))
def test_every_key_has_both_languages(key: str) -> None:
    """Both languages are written, and fill the same fields."""
    vi, en = LABELS[key]
    assert vi.strip()
    assert en.strip()
    assert _fields(vi) == _fields(en), key


def test_an_unknown_language_is_refused() -> None:
    """A language the catalogue does not speak is a usage error, not a silent fallback."""
    from nq42cli.core.errors import UsageError

    with pytest.raises(UsageError, match="choose from vi, en"):
        word("col.id", "fr")
    assert word("count.many", "en", n=3) == "3 duties"


def test_every_reason_extract_skips_text_for_has_its_words() -> None:
    """The coverage report names each reason text was skipped for, in both languages."""
    import re
    from pathlib import Path

    core = Path(__file__).parents[1] / "src" / "nq42cli" / "core"
    codes = {
        code
        for path in core.glob("*.py")
        for code in re.findall(r'skipped\["([a-z_]+)"\]', path.read_text("utf-8"))
    }
    # The reasons a paragraph is no duty are a table of codes, not literal subscripts.
    from nq42cli.core.extract import _NOT_DUTY

    codes |= {code for code, _ in _NOT_DUTY}
    assert codes
    assert not {f"skip.{c}" for c in codes} - set(LABELS)
