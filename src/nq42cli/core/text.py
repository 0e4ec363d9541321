"""Vietnamese text helpers: normalisation, folding for matching, and safe display.

Real documents mix NFC and NFD, old and new tone placement ("uỷ"/"ủy", "hoá"/"hóa") and
case. Matching must treat all of those as one word, while display keeps the source's
spelling. Folding therefore never replaces stored text; it only produces search keys.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["contains_folded", "fold", "fold_aligned", "nfc", "visible"]

_SPACES = re.compile(r"\s+")
# C0 and C1 controls, DEL, and every format character (Unicode category Cf: bidi
# overrides, zero-width space and joiners, soft hyphen, BOM, tag characters) plus the
# line and paragraph separators. They can reorder, hide or join text on a terminal, and
# terminals and Rich disagree on their width, which breaks table columns. Newlines and
# tabs are controls too: a duty's text is one paragraph.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the form the plan file is stored in."""
    return unicodedata.normalize("NFC", text)


class _Bare(dict[int, int | None]):
    """``str.translate`` table: combining marks dropped, đ as d; filled as chars are met."""

    def __missing__(self, code: int) -> int | None:
        ch = chr(code)
        out = None if unicodedata.combining(ch) else ord("d" if ch in "đĐ" else ch)
        self[code] = out
        return out


_BARE = _Bare()


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Return a matching key: no case, no accents or tones, đ as d, single spaces.

    Stripping every combining mark also removes the difference between old and new
    tone placement, since both spellings decompose to the same base letters.
    """
    bare = unicodedata.normalize("NFD", text).translate(_BARE)
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
    return "".join(map(_fold_char, text))


def contains_folded(haystack: str, needle: str) -> bool:
    """Tell whether ``needle`` occurs in ``haystack`` once both are folded."""
    return fold(needle) in fold(haystack)


def visible(text: str) -> str:
    r"""Return ``text`` with control and bidi characters shown as escapes (``\x1b``).

    Data from a plan file must never drive the terminal: an ESC could recolour or clear
    the screen, a bidi override could make a table lie about what it shows.
    """
    return _UNSAFE.sub(lambda m: _escape(m.group()), text)


def _escape(ch: str) -> str:
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
