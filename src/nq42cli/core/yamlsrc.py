"""Read YAML into plain data plus the source position of every value.

The data is built straight from the parser's event stream, never from a composed node
tree, with an explicit stack instead of recursion. That is what makes hostile files
cheap to refuse: an alias is reported where it stands and never expanded (so a
"billion laughs" file costs no more than its own size), nesting deeper than
:data:`MAX_DEPTH` stops the read at the first level too deep (no Python or C recursion
to overflow), and a second document, a custom tag or a merge key are each a positioned
problem. Every key and value gets a line and column, so a pydantic error's ``loc`` can be
turned into ``file:line:col``.

The resolver is our own copy: no implicit timestamps (a bad date must become a
positioned error, not a crash), only ``true`` and ``false`` as booleans (``NO`` stays the
text "NO"), and no merge keys. Text is decoded from UTF-8 only (a BOM is accepted);
UTF-16, other code pages and binary files are refused with the position of the first
byte that gives them away.
"""

from __future__ import annotations

import bisect
import gc
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import MappingNode, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from nq42cli.core.fsio import UnusableFile, read_input
from nq42cli.core.problems import MAX_PROBLEMS as _MAX_PROBLEMS
from nq42cli.core.problems import DataError, Problem
from nq42cli.core.text import nfc, visible

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_PROBLEMS",
    "Loc",
    "Source",
    "decode",
    "read_file",
    "read_yaml",
]

Loc = tuple[str | int, ...]
# A plan nests six levels (duties → duty → owners → owner → key); 64 leaves room for any
# honest file and stops a hostile one long before memory or the parser's own limit.
MAX_DEPTH = 64
# 100,000 duties take about 50 MB of YAML; five times that is not a plan but a mistake,
# refused before it is read (fsio.MAX_INPUT_BYTES, the limit of every input file).
MAX_FILE_BYTES = 256 * 2**20
# Problems found while reading the YAML itself (aliases, tags, duplicate keys): past this
# many, the rest of the file is not worth reading, and reporting stays bounded.
MAX_PROBLEMS = _MAX_PROBLEMS

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_MERGE = "tag:yaml.org,2002:merge"
_DROPPED = {"tag:yaml.org,2002:timestamp", _BOOL, _MERGE}
# Characters YAML 1.1 does not allow in a stream (C0/C1 controls other than tab and line
# breaks, surrogates, U+FFFE/U+FFFF); the parser refuses them without a line number.
_NOT_YAML = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class _Resolver(Resolver):
    """A copy of the default resolver table without timestamps, YAML 1.1 booleans, merges."""

    yaml_implicit_resolvers = {  # noqa: RUF012 - PyYAML's own class attribute
        first: [(tag, rx) for tag, rx in rules if tag not in _DROPPED]
        for first, rules in Resolver.yaml_implicit_resolvers.items()
    }


_Resolver.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|false)$"), list("tf"))


class _PyEvents(Reader, Scanner, Parser, _Resolver):
    """PyYAML's pure-Python parser: used where PyYAML was built without libyaml."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        _Resolver.__init__(self)


_Events: type[Any] = _PyEvents
if getattr(yaml, "__with_libyaml__", False):  # pragma: no branch - depends on the build
    from yaml.cyaml import CParser  # type: ignore[attr-defined]

    class _CEvents(CParser, _Resolver):
        """libyaml's parser, about ten times faster."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            _Resolver.__init__(self)

    _Events = _CEvents


@dataclass
class Source:
    """Data read from one YAML file, with positions (1-based line, column) by ``loc``."""

    path: str
    data: Any
    values: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Loc, tuple[int, int]] = field(default_factory=dict)

    def position(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """Position of the value at ``loc`` (or of its key), else of its nearest parent."""
        probe = tuple(loc)
        while True:
            if key and probe in self.keys:
                return self.keys[probe]
            if probe in self.values:
                return self.values[probe]
            if not probe:
                return (1, 1)
            probe = probe[:-1]


def _line_col(data: bytes | str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset`` in ``data``."""
    before = data[:offset]
    if isinstance(before, bytes):
        before = before.decode("utf-8", errors="replace")
    line_start = max(before.rfind("\n"), before.rfind("\r")) + 1
    return before.count("\n") + 1, len(before) - line_start + 1


def decode(raw: bytes, path: str) -> str:
    """Decode UTF-8 (a BOM is accepted); anything else is a positioned problem."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise DataError([Problem(path, 1, 1, "file.encoding", "file is UTF-32; save it as UTF-8")])
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DataError([Problem(path, 1, 1, "file.encoding", "file is UTF-16; save it as UTF-8")])
    head = raw[:4096]
    if b"\x00" in head:
        # UTF-16 without a BOM puts a zero byte beside every ASCII letter; a lone NUL
        # among other bytes is a binary file (a .docx, an image, a zip) saved as .yaml.
        zeros = max(head[0::2].count(0), head[1::2].count(0))
        if zeros * 4 >= len(head):
            msg = "file is UTF-16; save it as UTF-8"
            raise DataError([Problem(path, 1, 1, "file.encoding", msg)])
        line, col = _line_col(raw, raw.index(b"\x00"))
        msg = "file is binary, not text (it holds NUL bytes); a plan file is UTF-8 YAML"
        raise DataError([Problem(path, line, col, "file.binary", msg)])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = _line_col(raw, exc.start)
        msg = (
            f"byte 0x{raw[exc.start]:02x} is not UTF-8 (a Windows-1258 or Latin file?); "
            "save the file as UTF-8"
        )
        raise DataError([Problem(path, line, col, "file.encoding", msg)]) from None
    return text


def read_yaml(text: str, path: str) -> Source:
    """Parse ``text`` and build plain data with positions; raise :class:`DataError`."""
    lines = _Lines(text) if _ODD_BREAKS.search(text) else None
    builder = _Builder(path, lines)
    try:
        builder.run(_Events(text))
    except yaml.MarkedYAMLError as exc:
        raise DataError([*builder.problems, _syntax_problem(exc, text, path, lines)]) from None
    except yaml.YAMLError as exc:
        raise DataError([*builder.problems, _reader_problem(exc, text, path)]) from None
    except RecursionError:  # pragma: no cover - the builder does not recurse; belt and braces
        msg = f"nested deeper than {MAX_DEPTH} levels"
        raise DataError([*builder.problems, Problem(path, 1, 1, "yaml.depth", msg)]) from None
    if builder.problems:
        raise DataError(builder.problems)
    if not builder.documents:
        raise DataError([Problem(path, 1, 1, "file.empty", "file is empty")])
    return builder.source


def _syntax_problem(
    exc: yaml.MarkedYAMLError, text: str, path: str, lines: _Lines | None = None
) -> Problem:
    problem = exc.problem or "invalid YAML"
    if "maximum nesting depth" in problem:  # libyaml's own limit, in case ours is raised
        line, col = _mark(exc.problem_mark or exc.context_mark, lines)
        return Problem(path, line, col, "yaml.depth", f"nested deeper than {MAX_DEPTH} levels")
    mark = exc.problem_mark or exc.context_mark
    line, col = _mark(mark, lines)
    if mark is not None and 0 <= mark.index < len(text) and text[mark.index] == "\t":
        msg = "a tab character here: YAML indents with spaces only; replace the tab with spaces"
        return Problem(path, line, col, "yaml.tab", msg)
    what = problem
    if exc.context:
        what += f" ({exc.context}"
        if exc.context_mark is not None and exc.context_mark is not mark:
            cl, cc = _mark(exc.context_mark, lines)
            what += f" that starts at {cl}:{cc}"
        what += ")"
    if (quote := _unclosed_quote(text, line)) is not None:
        what += f"; is the quote opened at {quote[0]}:{quote[1]} closed?"
    return Problem(path, line, col, "yaml.syntax", visible(f"YAML syntax: {what}"))


# A value that opens with a quote: "key: 'x", "- \"x", "key: \"x".
_OPENS_QUOTE = re.compile(r"""^[ \t]*(?:-[ \t]+)*(?:[^\s"'#][^:#]*:[ \t]+)?(["'])""")
_CLOSES_DOUBLE = re.compile(r'(?<!\\)(?:\\\\)*"')


def _unclosed_quote(text: str, upto: int) -> tuple[int, int] | None:
    """Where a quote was opened and not closed on its line, looking back from ``upto``.

    A forgotten closing quote swallows the lines after it, and the parser only trips
    further down; pointing back at the quote is what lets a person fix the file.
    """
    lines = _BREAK.split(text, maxsplit=upto)[:upto]
    for n in range(len(lines) - 1, max(-1, len(lines) - 1 - 500), -1):
        m = _OPENS_QUOTE.match(lines[n])
        if m is None:
            continue
        rest = lines[n][m.end() :]
        closed = (
            _CLOSES_DOUBLE.search(rest) is not None
            if m.group(1) == '"'
            else "'" in rest.replace("''", "")
        )
        if not closed:
            return n + 1, m.start(1) + 1
    return None


def _reader_problem(exc: yaml.YAMLError, text: str, path: str) -> Problem:
    bad = _NOT_YAML.search(text)
    if bad is not None:
        line, col = _line_col(text, bad.start())
        msg = f"character {visible(bad.group())} (U+{ord(bad.group()):04X}) is not allowed in YAML"
        return Problem(path, line, col, "file.control_char", msg + "; delete it")
    return Problem(path, 1, 1, "yaml.syntax", visible(f"YAML: {exc}"))


# YAML 1.1 (libyaml, PyYAML) also ends a line at NEL, LS and PS; editors, git and people
# do not, so a position after one of them is counted again from the character index.
_ODD_BREAKS = re.compile("[\x85\u2028\u2029]")
_BREAK = re.compile(r"\r\n|\r|\n")


class _Lines:
    """Line and column of a character index, counting only CR, LF and CRLF as line ends."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(m.end() for m in _BREAK.finditer(text))]

    def of(self, mark: Any) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, mark.index) - 1
        return i + 1, mark.index - self.starts[i] + 1


def _mark(mark: Any, lines: _Lines | None = None) -> tuple[int, int]:
    if mark is None:
        return (1, 1)
    return lines.of(mark) if lines is not None else (mark.line + 1, mark.column + 1)


_REJECTED = object()  # stands for a value already reported as a problem
_STARTS = frozenset({MappingStartEvent, SequenceStartEvent})
_ENDS = frozenset({MappingEndEvent, SequenceEndEvent})


@dataclass
class _Frame:
    """An open mapping or sequence while its events stream in."""

    loc: Loc | None  # None: inside something rejected, so no positions are recorded
    mark: tuple[int, int]
    items: dict[str, Any] | list[Any]
    rejected: bool = False
    key: str | None = None  # the pending key of a mapping, once read
    drop_value: bool = False  # the pending key was refused; read its value, keep nothing


class _Builder:
    """Turns parser events into data and positions, one event at a time."""

    def __init__(self, path: str, lines: _Lines | None = None) -> None:
        self.lines = lines
        self.source = Source(path, None)
        self.problems: list[Problem] = []
        self.documents = 0
        self.stack: list[_Frame] = []

    def _problem(self, at: tuple[int, int], code: str, message: str) -> None:
        self.problems.append(Problem(self.source.path, at[0], at[1], code, message))
        if len(self.problems) >= MAX_PROBLEMS:
            # A file of a million aliases would otherwise cost a million messages.
            msg = f"stopped reading after {MAX_PROBLEMS} problems; fix these first"
            self.problems.append(Problem(self.source.path, at[0], at[1], "yaml.too_many", msg))
            raise DataError(self.problems)

    def run(self, events: Any) -> None:
        # The build makes many small objects and no cycles; pausing the cyclic garbage
        # collector meanwhile saves a quarter of the time on a big file.
        collecting = gc.isenabled()
        gc.disable()
        try:
            # Both parsers return None after the last event. Dispatch on the exact type,
            # most frequent first: this loop is the reader's whole cost.
            while (event := events.get_event()) is not None:
                kind = type(event)
                if kind is ScalarEvent or kind in _STARTS or kind is AliasEvent:
                    self._node(events, event)
                elif kind in _ENDS:
                    frame = self.stack.pop()
                    self._deliver(_REJECTED if frame.rejected else frame.items, frame.mark)
                elif kind is DocumentStartEvent:
                    self.documents += 1
                    if self.documents > 1:
                        msg = "a second YAML document starts here; a plan file holds one"
                        self._problem(_mark(event.start_mark, self.lines), "yaml.syntax", msg)
                        return
        finally:
            events.dispose()
            if collecting:
                gc.enable()

    def _child_loc(self) -> Loc | None:
        if not self.stack:
            return ()
        top = self.stack[-1]
        if top.loc is None or top.rejected:
            return None
        if isinstance(top.items, list):
            return (*top.loc, len(top.items))
        if top.key is None:
            return None  # a key itself, or the value of a refused key
        return (*top.loc, top.key)

    def _node(self, events: Any, event: Any) -> None:
        mark = event.start_mark
        at = (mark.line + 1, mark.column + 1) if self.lines is None else self.lines.of(mark)
        loc = self._child_loc()
        if loc is not None:
            self.source.values[loc] = at
        if isinstance(event, AliasEvent):
            self._problem(at, "yaml.alias", "anchors and aliases are not allowed; write it out")
            self._deliver(_REJECTED, at)
            return
        if isinstance(event, ScalarEvent):
            self._deliver(self._scalar(events, event, at), at)
            return
        if len(self.stack) >= MAX_DEPTH:
            self._problem(at, "yaml.depth", f"nested deeper than {MAX_DEPTH} levels")
            raise DataError(self.problems)
        is_map = isinstance(event, MappingStartEvent)
        tag = event.tag
        if tag is None or tag == "!":
            tag = events.resolve(MappingNode if is_map else SequenceNode, None, event.implicit)
        rejected = tag != (_MAP if is_map else _SEQ)
        if rejected:
            self._problem(at, "yaml.tag", visible(f"tag {tag} is not allowed"))
        items: dict[str, Any] | list[Any] = {} if is_map else []
        self.stack.append(_Frame(loc, at, items, rejected))

    def _deliver(self, value: Any, at: tuple[int, int]) -> None:
        """Place a finished value in the open collection (or at the top of the file)."""
        top = self.stack[-1] if self.stack else None
        if top is not None and isinstance(top.items, dict) and top.key is None:
            if top.drop_value:  # the value of a refused key: read, and not kept
                top.drop_value = False
            else:
                self._take_key(top, value, at)
            return
        plain = None if value is _REJECTED else "<<" if isinstance(value, _MergeKey) else value
        if top is None:
            self.source.data = plain
        elif isinstance(top.items, list):
            top.items.append(plain)
        else:
            assert top.key is not None
            top.items[top.key] = plain
            top.key = None

    def _take_key(self, top: _Frame, key: Any, at: tuple[int, int]) -> None:
        """Accept a mapping's next key, or refuse it and mark its value to be dropped."""
        top.drop_value = True
        if key is _REJECTED or top.rejected:
            return
        assert isinstance(top.items, dict)
        if isinstance(key, _MergeKey):
            self._problem(at, "yaml.merge", "merge keys (<<) are not allowed; write it out")
        elif not isinstance(key, str):
            self._problem(at, "yaml.key", "a key must be plain text")
        elif key in top.items:
            self._problem(at, "yaml.duplicate_key", visible(f"duplicate key '{key}'"))
        else:
            top.key, top.drop_value = key, False
            if top.loc is not None:
                self.source.keys[(*top.loc, key)] = at

    def _scalar(self, events: Any, event: Any, at: tuple[int, int]) -> Any:
        tag, value = event.tag, event.value
        if tag is None or tag == "!":
            # Only plain scalars are resolved by pattern; quoted ones are always text.
            plain = event.implicit[0]
            tag = events.resolve(ScalarNode, value, event.implicit) if plain else _STR
        if tag == _STR and value == "<<" and event.implicit[0]:
            # "<<" written plainly is YAML's merge key even though our resolver drops it.
            return _MergeKey()
        try:
            return scalar_value(tag, value)
        except ValueError:
            self._problem(at, "yaml.tag", visible(f"tag {tag} is not allowed"))
            return _REJECTED


def scalar_value(tag: str, value: str) -> Any:
    """The Python value of a scalar with its resolved ``tag``.

    Raises :class:`ValueError` for a tag a plan may not use. Shared by the full reader and
    the fast one (:mod:`nq42cli.core.fastyaml`), so both give the same data.
    """
    if tag == _STR:
        return nfc(value)
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return value == "true"
    if tag == _INT:
        try:
            return int(value.replace("_", ""), 0)
        except ValueError:  # YAML 1.1 octal or sexagesimal, or more digits than allowed
            return nfc(value)
    if tag == _FLOAT:
        try:
            return float(value.replace("_", ""))
        except ValueError:
            return nfc(value)
    if tag == _MERGE:
        return _MergeKey()
    raise ValueError(tag)


class _MergeKey:
    """The ``<<`` key: only meaningful as a key, where it is refused."""


def read_file(path: Path, *, pipes: bool = True) -> str:
    """Read a file's text for YAML, turning OS errors into problems.

    What the path is gets checked before a byte is read
    (:func:`nq42cli.core.fsio.read_input`): a folder, a device (``/dev/zero``), a socket
    or a file over :data:`MAX_FILE_BYTES` is refused at once. A pipe is read once, up to
    the same limit (``nq42 validate <(git show main:data/plan.yaml)``), unless ``pipes``
    is False (files found in a progress folder must be regular files); a named pipe
    nobody writes to reads as empty instead of hanging.
    """
    shown = str(path)
    try:
        raw = read_input(path, MAX_FILE_BYTES, pipes=pipes)
    except UnusableFile as exc:
        raise DataError([Problem(shown, 0, 0, exc.code, exc.message)]) from None
    except FileNotFoundError:
        raise DataError([Problem(shown, 0, 0, "file.missing", "no such file")]) from None
    except OSError as exc:
        raise DataError(
            [Problem(shown, 0, 0, "file.unreadable", exc.strerror or str(exc))]
        ) from None
    return decode(raw, shown)
