"""The old day key ``on:`` and how files move to ``date:``.

Progress records and the successions of an owners registry used to give their day as
``on:``. Every YAML 1.1 reader (PyYAML, which most scripts use) reads the bare key
``on`` as the boolean ``True``, so a script reading nq42's files found ``{True:
"2024-05-09"}``. The key is now ``date:``. nq42 still reads ``on:``, ``validate`` warns
at each one with how to migrate, and :func:`migrate_file` rewrites a file in place.

A rewrite changes nothing but those keys: the positions come from the YAML parser
(never a text search, so a note that says "on:" is left alone), the rest of the bytes
are kept (BOM, line ends, quoting, comments), the result is parsed again and must hold
the same data with the key renamed, and the file is replaced atomically under the
folder's lock. A file with no old key is not written at all, so migrating is
idempotent.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nq42cli.core.fsio import atomic_write, locked
from nq42cli.core.problems import DataError, Problem, Severity
from nq42cli.core.yamlsrc import Loc, Source, read_file, read_yaml

__all__ = [
    "NEW_KEY",
    "OLD_KEY",
    "Migration",
    "maybe_old",
    "migrate_file",
    "old_key_warnings",
    "old_keys",
    "rewrite",
]

OLD_KEY = "on"
NEW_KEY = "date"
# The lists whose items carry a day: progress records, registry successions.
_LISTS = ("records", "successions")
_BOM = "\ufeff"
# A cheap first look, so files without the old key cost no second parse.
_MAYBE = re.compile(r"""^[ \t]*(?:-[ \t]+)?["']?on["']?[ \t]*:""", re.MULTILINE)


def maybe_old(text: str) -> bool:
    """Whether ``text`` may hold an old ``on:`` key (no false negatives)."""
    return _MAYBE.search(text) is not None


def old_keys(source: Source) -> list[Loc]:
    """Where ``source`` gives a day as ``on:``: in records and successions."""
    data = source.data
    if not isinstance(data, dict):
        return []
    found: list[Loc] = []
    for name in _LISTS:
        items = data.get(name)
        if not isinstance(items, list):
            continue
        for i, item in enumerate(items):
            if isinstance(item, dict) and OLD_KEY in item:
                found.append((name, i, OLD_KEY))
    return found


def old_key_warnings(source: Source) -> list[Problem]:
    """One warning per file, at its first old key, saying what to write and how to migrate."""
    locs = old_keys(source)
    if not locs:
        return []
    line, col = source.position(locs[0], key=True)
    more = f" (and {len(locs) - 1} more in this file)" if len(locs) > 1 else ""
    msg = (
        f"'on:'{more} is read as the boolean true by YAML 1.1 readers (PyYAML); write "
        f"'date:' instead: nq42 migrate {source.path} rewrites it"
    )
    return [Problem(source.path, line, col, "yaml.old_date_key", msg, Severity.WARNING)]


def _offsets(text: str) -> list[int]:
    starts = [0]
    starts += [m.end() for m in re.finditer("\n", text)]
    return starts


def rewrite(text: str, shown: str) -> tuple[str, int]:
    """``text`` with every old key renamed, and how many there were.

    Raises :class:`DataError` when the text is not YAML, or when the rewritten text
    would not hold the same data (which would be a bug, and writes nothing).
    """
    source = read_yaml(text, shown)
    data = source.data
    if not isinstance(data, dict) or not ({"records", "units"} & data.keys()):
        msg = "not a progress file or an owners registry; nothing to migrate"
        raise DataError([Problem(shown, 1, 1, "migrate.not_progress", msg)])
    locs = old_keys(source)
    if not locs:
        return text, 0
    starts = _offsets(text)
    spans = []
    for loc in locs:
        line, col = source.position(loc, key=True)
        at = starts[line - 1] + col - 1
        quote = text[at] if text[at] in "\"'" else ""
        begin = at + len(quote)
        if text[begin : begin + len(OLD_KEY)] != OLD_KEY:  # pragma: no cover - see below
            msg = f"cannot find the key 'on' at {line}:{col}; nothing written"
            raise DataError([Problem(shown, line, col, "migrate.failed", msg)])
        spans.append((begin, begin + len(OLD_KEY)))
    out = text
    for begin, end in sorted(spans, reverse=True):
        out = out[:begin] + NEW_KEY + out[end:]
    if _renamed(source.data) != read_yaml(out, shown).data:  # pragma: no cover - a bug
        msg = "the rewritten file would not hold the same records; nothing written"
        raise DataError([Problem(shown, 1, 1, "migrate.failed", msg)])
    return out, len(spans)


def _renamed(data: Any) -> Any:
    out = dict(data)
    for name in _LISTS:
        items = out.get(name)
        if isinstance(items, list):
            out[name] = [
                {(NEW_KEY if k == OLD_KEY else k): v for k, v in item.items()}
                if isinstance(item, dict)
                else item
                for item in items
            ]
    return out


@dataclass(frozen=True, slots=True)
class Migration:
    """What :func:`migrate_file` did (or, with ``write=False``, would do) to one file."""

    path: Path
    shown: str
    keys: int
    """Old keys renamed; 0: the file was already migrated and was not written."""


def migrate_file(path: Path, shown: str | None = None, *, write: bool = True) -> Migration:
    """Rename every old ``on:`` key of the file at ``path`` to ``date:``, atomically.

    In a progress folder it holds the folder's lock, as ``nq42 record`` does, so no
    record lands in between.
    With ``write=False`` only counts. Raises :class:`DataError` for a file that cannot
    be read as YAML.
    """
    name = shown or str(path)
    text = read_file(path)
    if not write:
        return Migration(path, name, rewrite(text, name)[1])
    # A progress folder is where nq42 record writes: hold its lock. An owners registry
    # has no other writer, and its folder gets no lock file.
    guard = locked(path.parent) if path.parent.name == "progress" else contextlib.nullcontext()
    with guard:
        text = read_file(path)
        new, count = rewrite(text, name)
        if count:
            bom = _BOM if path.read_bytes().startswith(_BOM.encode()) else ""
            atomic_write(path, (bom + new).encode("utf-8"))
    return Migration(path, name, count)
