"""Vietnamese text helpers: normalisation, folding for matching, and safe display.

Real documents mix NFC and NFD, old and new tone placement ("uỷ"/"ủy", "hoá"/"hóa") and
case. Matching must treat all of those as one word, while display keeps the source's
spelling. Folding therefore never replaces stored text; it only produces search keys.

Three promises about hostile text live here, each in one function every caller uses:
normalising costs time linear in the text (:func:`nfc`, :func:`fold`), nothing is
printed that a terminal would act on (:func:`visible`), and text that no file can carry
back is refused where it enters (:func:`check_writable`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable

__all__ = [
    "MAX_NON_STARTERS",
    "UNSAFE_CLASS",
    "CharClass",
    "UnwritableText",
    "check_writable",
    "closest",
    "contains_folded",
    "fold",
    "fold_aligned",
    "nfc",
    "unsafe_chars",
    "unwritable",
    "visible",
]

_SPACES = re.compile(r"\s+")
# Characters no file nq42 writes can carry: lone surrogates (what Python makes of bytes
# that are not UTF-8, and what a "\udce1" escape gives) cannot be encoded at all, and
# the 66 Unicode non-characters are refused by YAML readers and by XML (xlsx, html).
_NOT_TEXT_BMP = "\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
_NOT_TEXT_ASTRAL = "".join(
    f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(1, 17)
)
_NOT_TEXT = _NOT_TEXT_BMP + _NOT_TEXT_ASTRAL
# C0 and C1 controls, DEL, and every format character (Unicode category Cf: bidi
# overrides, zero-width space and joiners, soft hyphen, BOM, tag characters) plus the
# line and paragraph separators. They can reorder, hide or join text on a terminal, and
# terminals and Rich disagree on their width, which breaks table columns. Newlines and
# tabs are controls too: a duty's text is one paragraph. And what is not text at all
# (above), which cannot even be encoded for output.
_UNSAFE_BMP = (
    "\x00-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
) + _NOT_TEXT_BMP
_UNSAFE_ASTRAL = (
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
) + _NOT_TEXT_ASTRAL
UNSAFE_CLASS = _UNSAFE_BMP + _UNSAFE_ASTRAL
"""The characters :func:`visible` escapes, as the body of a regex character class."""


class CharClass:
    """A regex character class that scans long text at the speed of a table lookup.

    Python's regex engine tests a class holding characters above U+FFFF range by range
    for every character scanned: the 40 ranges of :data:`UNSAFE_CLASS` made a scan of
    a 20 MB status document take 1.8 s. A class of BMP characters plus one astral
    range is one table lookup; so the scan uses that, and the few astral characters it
    stops at are checked against the exact class.
    """

    def __init__(self, bmp: str, astral: str) -> None:
        self.exact = re.compile(f"[{bmp}{astral}]")
        self._astral = re.compile(f"[{astral}]")
        self._scan = re.compile(f"[{bmp}\U00010000-\U0010ffff]")

    def _hit(self, ch: str) -> bool:
        return ch < "\U00010000" or self._astral.match(ch) is not None

    def sub(self, repl: Callable[[str], str], text: str) -> str:
        """``text`` with every character of the class replaced by ``repl(ch)``."""
        return self._scan.sub(lambda m: repl(ch) if self._hit(ch := m.group()) else ch, text)

    def search(self, text: str) -> re.Match[str] | None:
        """The first character of the class in ``text``, as :meth:`re.Pattern.search`."""
        # Most text holds none: one search says so without starting an iterator (the
        # texts of a long history are checked one by one, tens of thousands of them).
        found = self._scan.search(text)
        if found is None or self._hit(found.group()):
            return found
        for later in self._scan.finditer(text, found.end()):
            if self._hit(later.group()):
                return later
        return None


# The character classes below are compiled on first use: each costs about a millisecond
# to compile, and a warm answer from the index (tens of milliseconds) uses none of them.
@functools.cache
def unsafe_chars(*, c0: bool = True) -> CharClass:
    """The characters :func:`visible` escapes, as a :class:`CharClass`.

    ``c0=False`` leaves out the C0 controls, which JSON escapes itself.
    """
    bmp = _UNSAFE_BMP if c0 else _UNSAFE_BMP.replace("\x00-\x1f", "", 1)
    return CharClass(bmp, _UNSAFE_ASTRAL)


def _unsafe() -> CharClass:
    return unsafe_chars()


@functools.cache
def _unwritable() -> CharClass:
    return CharClass(_NOT_TEXT_BMP, _NOT_TEXT_ASTRAL)


@functools.cache
def _not_one_line() -> re.Pattern[str]:
    return re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


MAX_NON_STARTERS = 30
"""Combining marks in a row before a U+034F is put between them (UAX #15, stream-safe).

Python's normalisation sorts a run of combining marks in time quadratic in the run's
length (100,000 alternating marks: minutes). No script writes more than a handful in a
row; Vietnamese writes at most two.
"""
# Every character with a combining class is at or above U+0300: a run of more than
# MAX_NON_STARTERS of them is inside a run of that many characters from U+0300 up. This
# cheap test passes all real text; only text that fails it pays for the exact one.
_LONG_RUN = re.compile(f"[^\x00-\u02ff]{{{MAX_NON_STARTERS + 1},}}")
_CGJ = "\u034f"
# Every combining mark lies in U+0300–U+1EFFF (the last, Adlam's, is U+1E94A).
_MARKS_FROM, _ASTRAL, _MARKS_TO = 0x300, 0x10000, 0x1F000


@functools.cache
def _mark_runs() -> re.Pattern[str]:
    """Runs that may be more than MAX_NON_STARTERS marks (built once, if ever needed).

    The class is exact in the BMP and takes all of U+10000–U+1EFFF (a class of a few
    hundred ranges stays one table lookup a character only within the BMP); the
    characters of a run are then checked one by one.
    """
    ranges: list[str] = []
    start = end = -2
    for code in range(_MARKS_FROM, _ASTRAL):
        if not unicodedata.combining(chr(code)):
            continue
        if code != end + 1:
            if start >= 0:
                ranges.append(f"{chr(start)}-{chr(end)}")
            start = code
        end = code
    ranges.append(f"{chr(start)}-{chr(end)}{chr(_ASTRAL)}-{chr(_MARKS_TO - 1)}")
    return re.compile(f"[{''.join(ranges)}]{{{MAX_NON_STARTERS + 1},}}")


def _stream_safe(text: str) -> str:
    """``text`` with a combining grapheme joiner after every 30 combining marks in a row.

    This is Unicode's Stream-Safe Text Format (UAX #15, section 13): the joiner is
    invisible and ignored when text is compared, and it bounds the work of
    normalisation. Text without such runs (all real text) is returned as it is.
    """
    if _LONG_RUN.search(text) is None:
        return text
    return _mark_runs().sub(lambda m: _break_runs(m.group()), text)


def _break_runs(run: str) -> str:
    out: list[str] = []
    marks = 0
    for ch in run:
        if unicodedata.combining(ch):
            if marks == MAX_NON_STARTERS:
                out.append(_CGJ)
                marks = 0
            marks += 1
        else:
            marks = 0
        out.append(ch)
    return "".join(out)


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the form the plan file is stored in.

    Time is linear in the text's length, whatever it holds (see :data:`MAX_NON_STARTERS`).
    """
    if text.isascii():  # already NFC, no marks: most keys, dates and names in a file
        return text
    return unicodedata.normalize("NFC", _stream_safe(text))


class _Bare(dict[int, int | None]):
    """``str.translate`` table: combining marks dropped, đ as d; filled as chars are met."""

    def __missing__(self, code: int) -> int | None:
        ch = chr(code)
        # The grapheme joiner that keeps a run of marks stream-safe goes with the marks.
        drop = unicodedata.combining(ch) or ch == _CGJ
        out = None if drop else ord("d" if ch in "đĐ" else ch)
        self[code] = out
        return out


_BARE = _Bare()


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Return a matching key: no case, no accents or tones, đ as d, single spaces.

    Stripping every combining mark also removes the difference between old and new
    tone placement, since both spellings decompose to the same base letters.
    """
    bare = unicodedata.normalize("NFD", _stream_safe(text)).translate(_BARE)
    return _SPACES.sub(" ", bare.casefold()).strip()


@functools.lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    if ch.isspace():
        return " "
    f = fold(ch)
    return f if len(f) == 1 else (ch.lower()[:1] or " ")


def fold_aligned(text: str) -> str:
    """Fold character by character, so offsets in the result are offsets in ``text``.

    Every character folds to exactly one ("Đ" to "d", "ế" to "e", any space to " "):
    matching runs on the folded copy and points back at the source's own words.
    """
    return text.translate(_ALIGNED)


class _Aligned(dict[int, str]):
    """``str.translate`` table of :func:`_fold_char`, filled as characters are met.

    One C pass over the text: joining a call per character was a twentieth of extract's
    time (every sentence, cell and phrase is folded so, most of them more than once).
    """

    def __missing__(self, code: int) -> str:
        out = self[code] = _fold_char(chr(code))
        return out


_ALIGNED = _Aligned()


def contains_folded(haystack: str, needle: str) -> bool:
    """Tell whether ``needle`` occurs in ``haystack`` once both are folded."""
    return fold(needle) in fold(haystack)


def visible(text: str) -> str:
    r"""Return ``text`` with control and bidi characters shown as escapes (``\x1b``).

    Data from a plan file must never drive the terminal: an ESC could recolour or clear
    the screen, a bidi override could make a table lie about what it shows. Lone
    surrogates (bytes of a name that is not UTF-8) and non-characters are shown the
    same way (``\udce1``), so printing them can neither fail nor break a file.
    """
    return _unsafe().sub(_escape, text)


def _escape(ch: str) -> str:
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


# --------------------------------------------------------------------------- input


class UnwritableText(Exception):
    """Text holding a character that no file can carry back; ``message`` says which.

    Not a :class:`ValueError`: code that treats a ``ValueError`` as damaged data (the
    index does) must never mistake a caller's argument for it.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def unwritable(text: str, *, one_line: bool = False) -> str | None:
    r"""Why ``text`` cannot be stored and written back, or None when it can.

    Refused: lone surrogates (a command-line argument whose bytes are not UTF-8 reaches
    Python as ``\udce1``), which no encoder writes; the Unicode non-characters (U+FFFE,
    U+FFFF, …), which YAML readers and XML files refuse. With ``one_line`` (a document's
    kind or number, which head other files), also every control character and line
    separator.
    """
    bad = _unwritable().search(text)
    if bad is not None:
        code = ord(bad.group())
        at = bad.start() + 1
        if 0xDC80 <= code <= 0xDCFF:
            return (
                f"byte 0x{code - 0xDC00:02x} (character {at}) is not UTF-8; give the text in UTF-8"
            )
        if 0xD800 <= code <= 0xDFFF:
            return f"U+{code:04X} (character {at}) is half of a surrogate pair, not a character"
        return (
            f"U+{code:04X} (character {at}) is a Unicode non-character, which files "
            "cannot hold; delete it"
        )
    if one_line and (ctl := _not_one_line().search(text)) is not None:
        return (
            f"control character {visible(ctl.group())} (character {ctl.start() + 1}) "
            "is not allowed in a one-line name"
        )
    return None


def check_writable(text: str, *, one_line: bool = False) -> str:
    """Return ``text`` if it can be stored and written back, else raise :class:`UnwritableText`.

    See :func:`unwritable` for what is refused.
    """
    reason = unwritable(text, one_line=one_line)
    if reason is not None:
        raise UnwritableText(reason)
    return text


# --------------------------------------------------------------------------- suggestions

# Comparing a word with every candidate costs their lengths multiplied (about 0.8 µs a
# pair); past this many pairs a suggestion is not worth the wait. The real plan's 26 ids
# cost 1,500 pairs; problems that carry a hint are capped per file, so hints stay cheap.
_SUGGEST_BUDGET = 200_000
_SUGGEST_LONGEST = 200


def closest(word: str, candidates: Iterable[str], n: int = 1, cutoff: float = 0.6) -> list[str]:
    """The candidates most like ``word`` ("did you mean"), at most ``n``, best first.

    Bounded: a word longer than any name, or more candidates than can be compared
    quickly, gives no suggestion rather than seconds of work.
    """
    import difflib

    if len(word) > _SUGGEST_LONGEST:
        return []
    pool = list(dict.fromkeys(c for c in candidates if len(c) <= _SUGGEST_LONGEST))
    if sum(len(c) for c in pool) * max(len(word), 1) > _SUGGEST_BUDGET:
        return []
    return difflib.get_close_matches(word, pool, n=n, cutoff=cutoff)
