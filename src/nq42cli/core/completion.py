"""When a duty is complete: the rule, on plain records, with no pydantic in sight.

:mod:`nq42cli.core.progress` validates and writes progress files; this module holds the
rule they feed, so that a plan's index (:mod:`nq42cli.core.cache`) applies the very same
rule to the records it stores without importing the models.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from nq42cli.core.vocab import Role

__all__ = ["Completion", "Event", "RecordLike", "completion_of", "last_done", "required_keys"]


class Event(StrEnum):
    """What a record says happened."""

    STARTED = "started"
    DONE = "done"
    NOTE = "note"


class RecordLike(Protocol):
    """What the rule reads of a record: a model ``Record`` or a row of the index."""

    @property
    def event(self) -> Event:
        """What happened."""

    @property
    def on(self) -> date:
        """The day it happened."""

    @property
    def owner(self) -> str | None:
        """The owner whose part it is; None for the whole duty."""

    @property
    def evidence(self) -> str | None:
        """What shows it."""


@dataclass(frozen=True)
class Completion:
    """When a duty (or a part) was complete, and what shows it."""

    on: date
    evidence: tuple[str, ...]


def required_keys(owners: Iterable[tuple[str, Role]]) -> tuple[str, ...]:
    """Owners whose ``done`` records together complete a duty.

    Every owner that is not a partner (phối hợp) must report; when the plan names only
    partners (IV.5.b), every owner must.
    """
    pairs = list(owners)
    keys = [k for k, role in pairs if role is not Role.PARTNER] or [k for k, _ in pairs]
    return tuple(dict.fromkeys(keys))


def last_done(records: Sequence[RecordLike], as_of: date) -> dict[str | None, RecordLike]:
    """The last ``done`` record of each part known on ``as_of``."""
    # Later records win: that is how a forced correction replaces an earlier one.
    out: dict[str | None, RecordLike] = {}
    for rec in records:
        if rec.event is Event.DONE and rec.on <= as_of:
            out[rec.owner] = rec
    return out


def completion_of(
    parts: Sequence[str], records: Sequence[RecordLike], as_of: date
) -> Completion | None:
    """When the duty was complete as of ``as_of`` (records dated later are not yet known).

    A whole-duty ``done`` completes it; so does a ``done`` of every part in ``parts``, on
    the latest of their days. If both hold, the earlier day counts.
    """
    done = last_done(records, as_of)
    options: list[Completion] = []
    whole = done.get(None)
    if whole is not None:
        options.append(Completion(whole.on, (whole.evidence or "",)))
    if parts and all(k in done for k in parts):
        recs = [done[k] for k in parts]
        evidence = tuple(dict.fromkeys(r.evidence or "" for r in recs))
        options.append(Completion(max(r.on for r in recs), evidence))
    return min(options, key=lambda c: c.on) if options else None
