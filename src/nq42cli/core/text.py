"""Vietnamese text helpers: normalisation, folding for matching, and safe display.

Real documents mix NFC and NFD, old and new tone placement ("uỷ"/"ủy", "hoá"/"hóa") and
case. Matching must treat all of those as one word, while display keeps the source's
spelling. Folding therefore never replaces stored text; it only produces search keys.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["contains_folded", "fold", "nfc", "visible"]

_SPACES = re.compile(r"\s+")
# C0 and C1 controls, DEL, and the bidi/format characters that can reorder or hide text
# on a terminal. Newlines and tabs are controls too: a duty's text is one paragraph.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the form the plan file is stored in."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Return a matching key: no case, no accents or tones, đ as d, single spaces.

    Stripping every combining mark also removes the difference between old and new
    tone placement, since both spellings decompose to the same base letters.
    """
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace("đ", "d").replace("Đ", "D")
    return _SPACES.sub(" ", bare.casefold()).strip()


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
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
