"""What ``record`` learnt of a history it checked, kept by the digest of its text.

Appending a record first proves the file it extends valid (read, validated and checked
against the plan) and finds the done records in it (a second completion of a part is
refused). For a history of 10,000 records that is about half the cost of the append.
The next append to the same, unchanged file needs none of it again: what the checks
found is a :class:`Summary`, kept in the cache folder under a key made of the SHA-256
of the file's text and of everything the checks read (nq42's version, the plan's id
and date, the duty, the owners registry's facts). Any change to any of them is a new
key, so a summary is only ever used for the exact text it was made from, under the
same rules; a damaged, missing or foreign cache file is a miss, never an error, and
costs only the full check. Nothing here is the source of truth: the progress file is.

Each progress file has one small cache file, holding the summaries of its two most
recent texts (the one before an append and the one after it).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from nq42cli.core.cachedir import code_stamp
from nq42cli.core.fsio import atomic_write, read_input
from nq42cli.core.rules import Event

if TYPE_CHECKING:
    from nq42cli.core.directory import Directory
    from nq42cli.core.models import Duty, Plan
    from nq42cli.core.progress import Record

__all__ = ["Summary", "forget", "history_key", "recall", "remember", "summarize"]

FOLDER = "histories"
"""The cache folder's subfolder for summaries."""

_MAX_BYTES = 1 << 20
_KEPT = 2


class Summary(NamedTuple):
    """What appending after a checked history needs to know of it.

    ``latest`` is its latest record's day (``None``: no record); ``done`` the last done
    record of each part (:func:`~nq42cli.core.rules.part_key`), as the checks keep them;
    ``plain`` whether the fast reader read the file (so an item appended at its end is
    one more item of its list when it ends with one).
    """

    latest: date | None
    done: tuple[Record, ...]
    plain: bool

    def plus(self, rec: Record, duty: Duty, directory: Directory | None) -> Summary:
        """The summary after ``rec`` (checked clean) is appended as written."""
        from nq42cli.core.progress import done_by_part

        latest = rec.on if self.latest is None or rec.on > self.latest else self.latest
        if rec.event is not Event.DONE:
            return Summary(latest, self.done, self.plain)
        return Summary(latest, done_by_part([*self.done, rec], duty, directory), self.plain)


def summarize(
    records: Sequence[Record], duty: Duty, directory: Directory | None, *, plain: bool
) -> Summary:
    """The summary of a history that loaded clean (every record in it counts)."""
    from nq42cli.core.progress import done_by_part

    latest = max((r.on for r in records), default=None)
    return Summary(latest, done_by_part(records, duty, directory), plain)


def history_key(text: str, plan: Plan, duty: Duty, directory: Directory | None) -> str:
    """The key of ``text`` as a history of ``duty``, checked under these rules."""
    rules = hashlib.sha256()
    rules.update(code_stamp().encode())
    rules.update(b"\0" + plan.meta.id.encode() + b"\0" + plan.meta.date.isoformat().encode())
    rules.update(b"\0" + duty.model_dump_json().encode())
    # The registry's facts are named tuples of strings and dates: their repr is exact.
    rules.update(b"\0" + repr(directory.facts() if directory is not None else None).encode())
    whole = hashlib.sha256(rules.digest())
    whole.update(text.encode("utf-8", "surrogatepass"))
    return whole.hexdigest()


def _file(cache: Path, progress_file: Path) -> Path:
    name = hashlib.sha256(os.fsencode(os.path.abspath(progress_file))).hexdigest()[:32]
    return cache / FOLDER / f"{name}.json"


def recall(cache: Path | None, progress_file: Path, key: str) -> Summary | None:
    """The summary kept for ``key`` beside ``progress_file``'s entry, if any."""
    if cache is None:
        return None
    from nq42cli.core.progress import Record

    with contextlib.suppress(OSError, ValueError, TypeError, KeyError, AttributeError):
        raw = json.loads(read_input(_file(cache, progress_file), _MAX_BYTES))
        for entry in raw["entries"]:
            if entry["key"] == key:
                latest = entry["latest"]
                return Summary(
                    date.fromisoformat(latest) if latest is not None else None,
                    tuple(Record.model_validate(r) for r in entry["done"]),
                    entry["plain"] is True,
                )
    return None


def remember(cache: Path | None, progress_file: Path, *kept: tuple[str, Summary]) -> None:
    """Keep these summaries for ``progress_file`` (the first is the newest text's).

    A summary that cannot be written is only a later full check: never an error.
    """
    if cache is None:
        return
    entries = [
        {
            "key": key,
            "latest": s.latest.isoformat() if s.latest is not None else None,
            "done": [r.model_dump(mode="json", exclude_none=True) for r in s.done],
            "plain": s.plain,
        }
        for key, s in kept[:_KEPT]
    ]
    target = _file(cache, progress_file)
    with contextlib.suppress(OSError, ValueError):
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, json.dumps({"v": 1, "entries": entries}).encode())


def forget(cache: Path | None, progress_file: Path) -> None:
    """Drop what is kept for ``progress_file``: its next append reads it in full."""
    if cache is not None:
        _file(cache, progress_file).unlink(missing_ok=True)
