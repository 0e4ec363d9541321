r"""A document's text carried in a program's source or data file.

A student project's mock news, a benchmark's ground truth or a seed file holds a real
document as the value of a field: ``content: `…```, ``text: "…"`` once per paragraph,
a triple-quoted ``text=`` among ``doc_id="…"``, ``title="…"``. The words are all in the strings;
around them stand only the program's keys, brackets and identifiers. Read as a
document, the keys and brackets are lines of their own, and the record's other fields
(a slug, an image address, a headline, a caption) stand where the document's header or
its first paragraph would.

:func:`carried_strings` finds that shape and gives the strings of the field that holds
the text — the one whose strings hold the most prose, as the page or the record shows
it as its body — with their escapes undone. It is conservative: only when the text
names fields (two ``key:`` or ``key =`` at least) or is a database dump's rows
(``INSERT INTO … VALUES (1, '…', '…')``, a column then standing for a field), and no
word of the document's own language stands outside a string, so a plan, a markdown
copy, a text quoting a phrase or an OCR'd page with stray brackets is not read so
(their words stand outside any quote).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Carried", "carried_strings"]


@dataclass(frozen=True, slots=True)
class Carried:
    """One string of the field that carries the text: its contents as the program reads them."""

    text: str
    key: str | None


_KEYS_MIN = 2  # fields a program's record names, at least
_KEY_BEFORE = re.compile(r"([A-Za-z_$][\w$]*)\s*(?::|=(?![=>]))\s*[\[(]?\s*$")
_KEY_AFTER = re.compile(r"\s*:")
_KEY_COUNT = re.compile(r"(?:^|[\s{(,])[A-Za-z_$][\w$]*\s*(?::|=(?![=>]))", re.MULTILINE)
_LIST_GOES_ON = re.compile(r"^\s*,\s*$")
# A database dump's rows: "INSERT INTO t (…) VALUES (…), (…);" or the rows alone, "(9, '…', …)".
_SQL_END = re.compile(r"\)\s*[;,]?\s*$")
_COLUMNS_MIN = 3  # string columns a record's row holds, at least (an id, a title, a body …)
_SQL_ROWS = re.compile(r"^\s*(?:INSERT\s+INTO\s[^(]*(?:\([^()]*\))?\s*VALUES\s*)?\(", re.I)
_VALUE_OPENS = re.compile(r"^\s*:\s*[\[(]?\s*$")
# 'map.put("text", "…");': a key/value call, the key its first string.
_PUT_OPENS = re.compile(r"\.(?:put|set|putString|putExtra)\(\s*$")
_PUT_KEY_AFTER = re.compile(r"\s*,")
_PUT_CALL = re.compile(
    r"[A-Za-z_$][\w$.]*\.(?:put|set|putString|putExtra)\(\s*(?:\"[^\"\n]*\"|'[^'\n]*')"
    r"\s*,\s*(?:\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*')\s*\)\s*;?"
)
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r?\n|.)", re.DOTALL)
_ESCAPED = {"n": "\n", "r": "", "t": "\t", "0": ""}
_SUBSTITUTION = re.compile(r"\$\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}")
_LETTER = re.compile(r"[^\W\d_]")
_URL = re.compile(r"^(?:https?:|www\.|/)\S*$")


@dataclass(slots=True)
class _Literal:
    start: int
    end: int
    text: str


def carried_strings(text: str) -> list[Carried] | None:
    """The strings that carry ``text``'s document, or None when it is no program's data."""
    found = _literals(text)
    if found is None:
        return None
    # Every word of the document's language stands in a string: what is left around them
    # is the program's (keys, brackets, identifiers), all in ASCII.
    literals, outside = found
    if not literals:
        return None
    if _SQL_ROWS.match(text) and _SQL_END.search(text):
        carried = _columns(text, literals)
        if len({c.key for c in carried}) < _COLUMNS_MIN:
            return None
    else:
        quoted = sum(1 for lit in literals if _KEY_AFTER.match(text, lit.end))
        # A map's "put" call names its key and its value: one field is enough when the
        # call is the program's whole text ('kwargs.put("text", "…");').
        put = _PUT_CALL.fullmatch(text.strip())
        if len(_KEY_COUNT.findall(outside)) + quoted < _KEYS_MIN and put is None:
            return None
        carried = _fields(text, literals)
    prose = [c for c in carried if _prose(c.text)]
    if not any(not ch.isascii() for c in prose for ch in c.text):
        return None
    weight: dict[str | None, int] = {}
    for c in prose:
        weight[c.key] = weight.get(c.key, 0) + len(c.text)
    body = max(weight, key=lambda k: weight[k])
    return [c for c in prose if c.key == body]


def _fields(text: str, literals: list[_Literal]) -> list[Carried]:
    """Each string with the field it is the value of (a list's strings share its key)."""
    carried: list[Carried] = []
    key: str | None = None
    quoted_key: str | None = None
    at = 0
    for lit in literals:
        before = text[at : lit.start]
        at = lit.end
        if _KEY_AFTER.match(text, lit.end) or (
            _PUT_OPENS.search(before) and _PUT_KEY_AFTER.match(text, lit.end)
        ):
            quoted_key = lit.text  # a quoted key ("text": …, put("text", …)), not a value
            continue
        named = _KEY_BEFORE.search(before)
        if named is not None:
            key = named.group(1)
        elif quoted_key is not None and (_VALUE_OPENS.match(before) or _LIST_GOES_ON.match(before)):
            key = quoted_key
        elif not _LIST_GOES_ON.match(before):
            key = None
        quoted_key = None
        carried.append(Carried(lit.text, key))
    return carried


def _columns(text: str, literals: list[_Literal]) -> list[Carried]:
    """Each string of a database row with its column, counted in its row's brackets."""
    carried: list[Carried] = []
    depth = column = at = 0
    for lit in literals:
        for c in text[at : lit.start]:
            if c == "(":
                depth += 1
                column = 0 if depth == 1 else column
            elif c == ")":
                depth = max(0, depth - 1)
            elif c == "," and depth == 1:
                column += 1
        at = lit.end
        carried.append(Carried(lit.text, f"column {column}"))
    return carried


def _prose(s: str) -> bool:
    """A string a reader reads: words, not an identifier, a slug, a date or an address."""
    s = s.strip()
    return " " in s and not _URL.match(s) and len(_LETTER.findall(s)) >= 2


def _literals(text: str) -> tuple[list[_Literal], str] | None:
    """The text's string literals and what stands outside them.

    None when a string is left open or a letter beyond ASCII stands outside the strings.
    """
    out: list[_Literal] = []
    outside: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in "\"'" and text.startswith(c * 3, i):
            close = _close(text, i + 3, c * 3)
            if close < 0:
                return None
            out.append(_Literal(i, close + 3, unescape(text[i + 3 : close])))
            i = close + 3
        elif c == "`":
            close = _close(text, i + 1, "`")
            if close < 0:
                return None
            body = _SUBSTITUTION.sub("", text[i + 1 : close])
            out.append(_Literal(i, close + 1, unescape(body)))
            i = close + 1
        elif c in "\"'":
            close = _close(text, i + 1, c, line=True)
            if close < 0:
                return None
            body = text[i + 1 : close].replace(c * 2, c)  # a quote doubled, as a dump writes it
            body = _WRAP_BREAK.sub(" ", body)
            out.append(_Literal(i, close + 1, unescape(body)))
            i = close + 1
        elif c == "/" and text.startswith("//", i) and (i == 0 or text[i - 1] in " \t\n"):
            i = _line_end(text, i)  # a comment: the program's, not the record's
        elif c == "#" and (i == 0 or text[i - 1] in " \t\n"):
            i = _line_end(text, i)
        elif not c.isascii() and c.isalpha():
            return None  # a word of the document's language outside any string: no code
        else:
            outside.append(c)
            i += 1
    return out, "".join(outside)


# A quoted string closes on its line; but a hard-wrapped copy of the file (an
# e-mail, a page saved as text) cut its long lines at about 80 columns where a space
# stood, so a full line may break one: the string goes on, the break a space.
_WRAP_WIDTH = 40  # the narrowest width a copy is wrapped at
_WRAP_BREAK = re.compile(r"[ \t]*\n[ \t]*")


def _cut_before(text: str, i: int) -> bool:
    """Whether the line break at ``text[i]`` is a wrap's: the next word did not fit."""
    start = text.rfind("\n", 0, i) + 1
    word = text[i + 1 : i + 400].lstrip(" \t").split(maxsplit=1)
    return bool(word) and i - start + 1 + len(word[0]) > _WRAP_WIDTH


def _close(text: str, i: int, quote: str, *, line: bool = False) -> int:
    """Where the string opened before ``i`` closes; -1 if it does not.

    With ``line``, a string closes on its line or goes on over full lines a wrap cut.
    """
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if line and c == "\n" and not _cut_before(text, i):
            return -1
        if text.startswith(quote, i):
            if len(quote) == 1 and text.startswith(quote * 2, i) and line:
                i += 2  # a quote doubled inside its string ('It''s'), as a dump writes it
                continue
            return i
        i += 1
    return -1


def _line_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def unescape(s: str) -> str:
    r"""``s`` with a string literal's escapes undone, as JavaScript, Python, JSON and MySQL do.

    ``\n``, ``\t``, ``\uXXXX``, ``\xXX`` give their character, ``\r``, ``\0`` and an escaped line
    break (a continued line) give nothing, and any other escaped character is itself.
    """

    def one(m: re.Match[str]) -> str:
        code = m.group(1)
        if code[0] in "ux" and len(code) > 1:
            return chr(int(code[1:], 16))
        if code[0] in "\r\n":
            return ""  # a line continued
        return _ESCAPED.get(code, code)

    return _ESCAPE.sub(one, s)
