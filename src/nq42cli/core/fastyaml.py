"""A fast reader for the plain block YAML that plan files are written in.

Composing a node tree with PyYAML (even with libyaml) costs about 0.5 s per megabyte and
20 times the file's size in memory, almost all of it spent creating Python objects for
events, nodes and marks. Plan files use a tiny part of YAML: block mappings and
sequences, plain or quoted one-line scalars, comments. This reader handles exactly that
part, line by line, and gives up (returns ``None``) on anything else — flow
collections, block scalars, multi-line scalars, escapes, anchors, tags, tabs, documents
markers, duplicate or quoted keys — so the full reader of :mod:`nq42cli.core.yamlsrc`
handles it and reports any problem at its exact position.

Scalars are resolved by the same resolver and converted by the same code as the full
reader, so both give the same data for every file this one accepts. Positions are not
recorded: :class:`LazySource` runs the full reader the first time a position is asked
for, which only happens when the file has a problem.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from typing import Any

from yaml.nodes import ScalarNode

from nq42cli.core.text import nfc
from nq42cli.core.yamlsrc import Loc, Source, _MergeKey, _Resolver, scalar_value

__all__ = ["LazySource", "read_fast"]

_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?: +(.*))?$")
# Characters that start something other than a plain scalar in block context.
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_STR = "tag:yaml.org,2002:str"
# What YAML allows in a file (its "printable" set); libyaml rejects anything else, so
# the full reader must be the one to say so, with the position.
# NEL, LS and PS are line breaks to YAML 1.1 but not to a line reader: also left to it.
# One character class, not an alternation: it scans 65 MB four times faster.
_NOT_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
# What the line reader gives after the last line.
_END = (-1, "", -1)
# Deeper than the full reader allows: it reports that (and recursion stays bounded).
_MAX_DEPTH = 64


class _GiveUp(Exception):
    """The text uses YAML this reader does not handle: let the full reader do it."""


class LazySource(Source):
    """Data read by the fast reader; positions come from the full reader when needed."""

    def __init__(self, path: str, data: Any, text: str) -> None:
        # Source's dataclass __init__ would assign the position tables this class computes.
        self.path = path
        self.data = data
        self._text = text
        self._full: Source | None = None

    def _positions(self) -> Source:
        if self._full is None:
            from nq42cli.core.yamlsrc import read_yaml

            self._full = read_yaml(self._text, self.path)
        return self._full

    @property
    def values(self) -> dict[Loc, tuple[int, int]]:
        """Positions of values, from the full reader."""
        return self._positions().values

    @values.setter
    def values(self, table: dict[Loc, tuple[int, int]]) -> None:
        self._positions().values = table

    @property
    def keys(self) -> dict[Loc, tuple[int, int]]:
        """Positions of keys, from the full reader."""
        return self._positions().keys

    @keys.setter
    def keys(self, table: dict[Loc, tuple[int, int]]) -> None:
        self._positions().keys = table

    def position(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """Position of the value (or key) at ``loc``, from the full reader."""
        return self._positions().position(loc, key=key)


def read_fast(text: str, path: str) -> LazySource | None:
    """Read ``text`` if it is plain block YAML; ``None`` when the full reader must."""
    # Give up before building anything on what this reader leaves to the full one, so a
    # large file that fails late does not hold two readers' data at once.
    if _NOT_PRINTABLE.search(text) is not None or "\t" in text or "\r" in text:
        return None
    enabled = gc.isenabled()
    # Building millions of small containers triggers the cyclic collector over and over
    # for nothing: plain data has no cycles. Pausing it halves the time.
    gc.disable()
    try:
        reader = _Reader(text, path)
        data = reader.document()
    except _GiveUp:
        return None
    finally:
        if enabled:
            gc.enable()
    if data is None or not isinstance(data, dict):
        return None
    return LazySource(path, data, text)


def _lines(text: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(indent, content, offset) of each line from ``start`` that holds something.

    Comments and blanks are skipped. The text holds no tab and no CR (:func:`read_fast`
    leaves those to the full reader). The offset, where the line starts, is where
    :meth:`_Reader._items` may take over.
    """
    size = len(text)
    find = text.find
    while start < size:
        end = find("\n", start)
        if end < 0:
            end = size
        line = text[start:end]
        at = start
        start = end + 1
        content = line.lstrip(" ")
        if not content or content[0] == "#":
            continue
        if line.startswith(("---", "...", "%")):
            raise _GiveUp
        yield len(line) - len(content), content, at


_PATTERNS: dict[int, tuple[re.Pattern[str], re.Pattern[str], str]] = {}


def _item_patterns(indent: int) -> tuple[re.Pattern[str], re.Pattern[str], str]:
    """For list items at ``indent``: a run of item lines, one line, an item's first line.

    An item line is "- key: value" at ``indent`` or "key: value" two spaces deeper, the
    value a double-quoted scalar without escapes or a bare word, closing the line. The
    line pattern's groups: the dash (empty on an item's other lines), key, quoted, bare.
    """
    if (found := _PATTERNS.get(indent)) is None:
        lead = " " * indent
        # Possessive (*+): nothing here needs backtracking, and the run's match is twice
        # as fast without it.
        line = (
            rf"{lead}(?:(-)| ) ([A-Za-z_][A-Za-z0-9_]*+): "
            rf'(?:"([^"\\\n]*+)"|([A-Za-z0-9_][A-Za-z0-9_.+-]*+))\n'
        )
        found = (re.compile(f"(?:{line})+"), re.compile(line), f"\n{lead}- ")
        _PATTERNS[indent] = found
    return found


class _Reader:
    def __init__(self, text: str, path: str) -> None:
        if text.startswith("\ufeff"):
            text = text[1:]
        self.text = text
        self.lines = _lines(text)
        self.indent = -1
        self.content = ""
        self.start = 0
        self.resolver = _Resolver()
        self.plain: dict[str, Any] = {}
        # Keys found to be plain text: apart from ``plain``, where "on" may be a value.
        self.keys: set[str] = set()
        self.depth = 0
        self._next()

    def _next(self) -> None:
        self.indent, self.content, self.start = next(self.lines, _END)

    def document(self) -> Any:
        if self.indent != 0:
            raise _GiveUp
        data = self._block(0)
        if self.indent != -1:
            raise _GiveUp
        return data

    def _block(self, indent: int) -> Any:
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise _GiveUp
        try:
            if self.content == "-" or self.content.startswith("- "):
                return self._sequence(indent)
            return self._mapping(indent)
        finally:
            self.depth -= 1

    def _mapping(self, indent: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        while self.indent == indent:
            self._entry(out, indent, self.content)
        if self.indent > indent:
            raise _GiveUp
        return out

    def _entry(
        self, out: dict[str, Any], indent: int, content: str, m: re.Match[str] | None = None
    ) -> None:
        # ``m``: the key already matched by the caller (the first key of a list item).
        if m is None:
            m = _KEY.match(content)
            if m is None:
                raise _GiveUp
        key, rest = m.groups()
        if key in out or key == "<<":
            raise _GiveUp
        if key not in self.keys:
            self._key(key)
        self.indent, self.content, self.start = next(self.lines, _END)
        if not rest or rest[0] == "#":
            out[key] = self._nested(indent)
        else:
            out[key] = self._scalar(rest)

    def _item_entry(self, item: dict[str, Any], inner: int) -> None:
        """One more ``key: value`` of a list item: :meth:`_entry`, the common case inline.

        A progress history is thousands of items of a few ``key: "text"`` lines each: a
        key met before whose value is one quoted scalar, closing the line, without
        escapes, is read here as :meth:`_entry` and :meth:`_scalar` read it; anything
        else goes to them.
        """
        content = self.content
        m = _KEY.match(content)
        if m is not None:
            key, rest = m.groups()
            if (
                key in self.keys
                and key not in item
                and rest
                and rest[0] == '"'
                and rest.find('"', 1) == len(rest) - 1
                and "\\" not in rest
            ):
                self.indent, self.content, self.start = next(self.lines, _END)
                item[key] = nfc(rest[1:-1])
                return
        self._entry(item, inner, content, m)

    def _key(self, key: str) -> None:
        if self._resolve(key) != _STR:
            # A key the resolver reads as null, a number or a boolean is not plain text.
            raise _GiveUp
        self.keys.add(key)

    def _nested(self, indent: int) -> Any:
        # "key:" followed by a deeper block, by a sequence at the same indent, or nothing.
        if self.indent > indent:
            return self._block(self.indent)
        if self.indent == indent and (self.content == "-" or self.content.startswith("- ")):
            # Sequences at their key's indent nest without going through _block: count them.
            self.depth += 1
            if self.depth > _MAX_DEPTH:
                raise _GiveUp
            try:
                return self._sequence(indent)
            finally:
                self.depth -= 1
        return None

    def _sequence(self, indent: int) -> list[Any]:
        out: list[Any] = []
        while self.indent == indent and (self.content == "-" or self.content.startswith("- ")):
            if self._items(indent, out):
                continue
            rest = self.content[2:].lstrip(" ")
            inner = indent + len(self.content) - len(rest)
            if not rest or rest[0] == "#":
                self._next()
                out.append(self._block(self.indent) if self.indent > indent else None)
            elif m := _KEY.match(rest):
                # "- key: value" opens a mapping whose keys sit where "key" does.
                item: dict[str, Any] = {}
                self._entry(item, inner, rest, m)
                while self.indent == inner:
                    self._item_entry(item, inner)
                out.append(item)
            elif rest.startswith(("- ", "? ")) or rest == "-":
                raise _GiveUp
            else:
                self._next()
                out.append(self._scalar(rest))
        if self.indent > indent:
            raise _GiveUp
        return out

    def _items(self, indent: int, out: list[Any]) -> bool:
        """Read a run of list items in the layout nq42 writes, all but its last; True if any.

        A progress history is thousands of items whose every line is ``key: value``, the
        value a bare word or a double-quoted scalar without escapes. One regex finds the
        run of such lines (anchored: it never searches past them) and one more splits it;
        each line is then read as :meth:`_entry` and :meth:`_scalar` read it. The last
        item may go on past the run (a comment, a value of another form), so the line
        reader reads it, and whatever follows, from its first line.
        """
        run, line, first = _item_patterns(indent)
        text = self.text
        found = run.match(text, self.start)
        if found is None:
            return False
        end = found.end()
        # The run's last item starts after a newline: a value holds none.
        last = text.rfind(first, self.start, end) + 1
        if last <= self.start:
            return False
        keys = self.keys
        plain = self.plain
        item: dict[str, Any] = {}
        for dash, key, quoted, bare in line.findall(text, self.start, last):
            if dash:
                item = {}
                out.append(item)
            elif key in item:
                raise _GiveUp
            if key not in keys:
                self._key(key)
            if not bare:
                item[key] = quoted if quoted.isascii() else nfc(quoted)
            elif bare in plain:
                item[key] = plain[bare]
            else:
                item[key] = self._scalar(bare)
        self.lines = _lines(text, last)
        self._next()
        return True

    def _scalar(self, text: str) -> Any:
        first = text[0]
        if first == '"':
            end = text.find('"', 1)
            if end < 0 or text.find("\\", 1, end) >= 0:
                raise _GiveUp
            if end + 1 < len(text):
                self._after(text[end + 1 :])
            # With no escape, the text between the quotes is the value: read_fast refused
            # every character a JSON or YAML string may not hold raw (controls, lone
            # surrogates), so decoding it (30,000 times in a long history) changes nothing.
            return nfc(text[1:end])
        if first == "'":
            end = 1
            while True:
                end = text.find("'", end)
                if end < 0:
                    raise _GiveUp
                if text[end + 1 : end + 2] == "'":
                    end += 2
                    continue
                break
            self._after(text[end + 1 :])
            return nfc(text[1:end].replace("''", "'"))
        cut = text.find(" #")
        if cut >= 0:
            text = text[:cut]
        text = text.rstrip(" ")
        if text in self.plain:
            return self.plain[text]
        if text in ("[]", "{}"):
            # The one flow form plans use: an empty list ("owners: []").
            return [] if text == "[]" else {}
        if first in _INDICATORS and not (first == "-" and text[1:2] not in ("", " ")):
            # "-1" and "-x" are plain scalars; "- x" or a lone "-" is not a value here.
            raise _GiveUp
        if ": " in text or text.endswith(":"):
            raise _GiveUp
        # Plain scalars repeat (roles, section ids, null): resolve each text once, and
        # share the resulting immutable value.
        value = self._convert(self._resolve(text), text)
        self.plain[text] = value
        return value

    def _after(self, rest: str) -> None:
        # After a closing quote: nothing, or spaces and a comment.
        stripped = rest.lstrip(" ")
        if stripped and (stripped[0] != "#" or stripped == rest):
            raise _GiveUp

    def _resolve(self, text: str) -> str:
        tag: str = self.resolver.resolve(ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
        return tag

    def _convert(self, tag: str, value: str) -> Any:
        try:
            out = scalar_value(tag, value)
        except ValueError:
            raise _GiveUp from None
        if isinstance(out, _MergeKey):
            raise _GiveUp
        return out
