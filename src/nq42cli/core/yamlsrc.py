"""Read YAML into plain data plus the source position of every value.

PyYAML's composed node tree carries marks; building the data from it (instead of from
``yaml.load``) gives every key and value a line and column, so a pydantic error's
``loc`` can be turned into ``file:line:col``. The resolver is our own copy: no implicit
timestamps (a bad date must become a positioned error, not a crash), only ``true`` and
``false`` as booleans (``NO`` stays the text "NO"), and anchors, aliases, merge keys
and custom tags are rejected — a plan file has no use for them and they are how YAML
files blow up (alias bombs) or execute code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from nq42cli.core.problems import DataError, Problem
from nq42cli.core.text import nfc

__all__ = ["Loc", "Source", "read_yaml"]

Loc = tuple[str | int, ...]
MAX_DEPTH = 64

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_DROPPED = {"tag:yaml.org,2002:timestamp", _BOOL, "tag:yaml.org,2002:merge"}


class _Resolver(Resolver):
    """A copy of the default resolver table without timestamps, YAML 1.1 booleans, merges."""

    yaml_implicit_resolvers = {  # noqa: RUF012 - PyYAML's own class attribute
        first: [(tag, rx) for tag, rx in rules if tag not in _DROPPED]
        for first, rules in Resolver.yaml_implicit_resolvers.items()
    }


_Resolver.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|false)$"), list("tf"))

if getattr(yaml, "__with_libyaml__", False):  # pragma: no branch - depends on the build
    from yaml.cyaml import CParser  # type: ignore[attr-defined]

    class _Composer(CParser, _Resolver):
        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            _Resolver.__init__(self)

else:  # pragma: no cover - PyYAML without libyaml

    class _Composer(Reader, Scanner, Parser, Composer, _Resolver):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)
            _Resolver.__init__(self)


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


def decode(raw: bytes, path: str) -> str:
    """Decode UTF-8 (a BOM is accepted); anything else is a positioned problem."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in raw[:4096]:
        raise DataError([Problem(path, 1, 1, "file.encoding", "file is UTF-16; save it as UTF-8")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        msg = (
            f"byte 0x{raw[exc.start]:02x} is not UTF-8 (a Windows-1258 or Latin file?); "
            "save the file as UTF-8"
        )
        raise DataError([Problem(path, line, column, "file.encoding", msg)]) from None
    return text


def read_yaml(text: str, path: str) -> Source:
    """Compose ``text`` and build plain data with positions; raise :class:`DataError`."""
    try:
        composer = _Composer(text)
        try:
            node = composer.get_single_node()
        finally:
            composer.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        what = exc.problem or "invalid YAML"
        if exc.context:
            what = f"{what} ({exc.context})"
        raise DataError([Problem(path, line, col, "yaml.syntax", f"YAML syntax: {what}")]) from None
    except yaml.YAMLError as exc:
        raise DataError([Problem(path, 1, 1, "yaml.syntax", f"YAML: {exc}")]) from None
    if node is None:
        raise DataError([Problem(path, 1, 1, "file.empty", "file is empty")])
    source = Source(path, None)
    builder = _Builder(source)
    source.data = builder.build(node, (), 0)
    if builder.problems:
        raise DataError(builder.problems)
    return source


class _Builder:
    def __init__(self, source: Source) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.seen: set[int] = set()

    def _problem(self, node: Node, code: str, message: str) -> None:
        mark = node.start_mark
        self.problems.append(
            Problem(self.source.path, mark.line + 1, mark.column + 1, code, message)
        )

    def build(self, node: Node, loc: Loc, depth: int) -> Any:
        mark = node.start_mark
        self.source.values[loc] = (mark.line + 1, mark.column + 1)
        # An alias composes to the very node it names: seeing a node twice means an alias,
        # which is also how an alias bomb would make the walk exponential.
        if id(node) in self.seen:
            self._problem(node, "yaml.alias", "anchors and aliases are not allowed; write it out")
            return None
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            self._problem(node, "yaml.depth", f"nested deeper than {MAX_DEPTH} levels")
            return None
        if isinstance(node, ScalarNode):
            return self._scalar(node)
        if isinstance(node, SequenceNode):
            if node.tag != _SEQ:
                self._problem(node, "yaml.tag", f"tag {node.tag} is not allowed")
                return None
            return [self.build(item, (*loc, i), depth + 1) for i, item in enumerate(node.value)]
        assert isinstance(node, MappingNode)
        if node.tag != _MAP:
            self._problem(node, "yaml.tag", f"tag {node.tag} is not allowed")
            return None
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self._scalar(key_node) if isinstance(key_node, ScalarNode) else None
            if key_node.tag == "tag:yaml.org,2002:merge" or (key == "<<" and key_node.tag == _STR):
                self._problem(
                    key_node, "yaml.merge", "merge keys (<<) are not allowed; write it out"
                )
                continue
            if not isinstance(key, str):
                self._problem(key_node, "yaml.key", "a key must be plain text")
                continue
            if key in out:
                self._problem(key_node, "yaml.duplicate_key", f"duplicate key '{key}'")
                continue
            kmark = key_node.start_mark
            self.source.keys[(*loc, key)] = (kmark.line + 1, kmark.column + 1)
            out[key] = self.build(value_node, (*loc, key), depth + 1)
        return out

    def _scalar(self, node: ScalarNode) -> Any:
        tag, value = node.tag, node.value
        if tag == _STR:
            return nfc(value)
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return value == "true"
        if tag == _INT:
            try:
                return int(value.replace("_", ""), 0)
            except ValueError:
                return nfc(value)
        if tag == _FLOAT:
            try:
                return float(value.replace("_", ""))
            except ValueError:
                return nfc(value)
        self._problem(node, "yaml.tag", f"tag {tag} is not allowed")
        return None


def read_file(path: Path) -> str:
    """Read a file's text for YAML, turning OS errors into problems."""
    shown = str(path)
    if path.is_dir():
        raise DataError([Problem(shown, 0, 0, "file.is_dir", "is a folder, not a file")])
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError([Problem(shown, 0, 0, "file.missing", "no such file")]) from None
    except OSError as exc:
        raise DataError(
            [Problem(shown, 0, 0, "file.unreadable", exc.strerror or str(exc))]
        ) from None
    return decode(raw, shown)
