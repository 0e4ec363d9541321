"""The status table: every duty classified as of a day, the way the Government tracks tasks.

A duty with a deadline is *hoàn thành đúng hạn* (done on or before its deadline),
*hoàn thành quá hạn* (done after it), *chưa hoàn thành – trong hạn* (open, deadline not
passed) or *chưa hoàn thành – quá hạn* (open, deadline passed). A duty without a
deadline is *thực hiện thường xuyên* when it has an ongoing part, else *không thời hạn*
(per-schedule and undated duties).

Nothing here decides what a deadline means: each duty, and each owner's part of it, is
judged by the rule book (:mod:`nq42cli.core.rules`). This module only gathers the
verdicts into rows and counts them.

- Per-owner counts use each owner's own part (its ``done`` records or the whole duty's),
  judged by the same rules, and count only the owners that must report (not partners;
  see :func:`nq42cli.core.rules.required_keys`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from nq42cli.core.queries import (
    Entry,
    Filters,
    OwnerLine,
    Records,
    Row,
    entries,
)
from nq42cli.core.rules import DEADLINE_CLASSES, RecordLike, Status, Verdict, judge

if TYPE_CHECKING:
    from nq42cli.core.models import Plan

__all__ = [
    "DEADLINE_CLASSES",
    "OwnerSummary",
    "Status",
    "Summary",
    "classify",
    "status_of",
    "status_rows",
    "summarize",
]


def classify(duty: Entry, records: Sequence[RecordLike], as_of: date) -> Verdict:
    """Classify one duty as of ``as_of`` from its progress records (the rule book's verdict)."""
    known = [r for r in records if r.on <= as_of]
    return judge(duty.windows, duty.plan_date, as_of, duty.parts, known)


def status_of(found: Iterable[Entry], as_of: date, records: Records) -> list[Row]:
    """Every entry classified as of ``as_of``, in the order given, with each owner's part."""
    out = []
    for e in found:
        recs = tuple(r for r in records.get((e.plan, e.id), ()) if r.on <= as_of)
        verdict = judge(e.windows, e.plan_date, as_of, e.parts, recs)
        # With no records every part stands where the duty stands.
        per_owner = (
            tuple((key, _part(e, key, recs, as_of).status) for key in e.parts)
            if recs
            else tuple((key, verdict.status) for key in e.parts)
        )
        out.append(Row(e, verdict, records=recs, owner_status=per_owner))
    return out


def _part(e: Entry, key: str, records: Sequence[RecordLike], as_of: date) -> Verdict:
    # An owner's part is its own done records or the whole duty's, judged by the same rules.
    mine = [r for r in records if r.owner is None or r.owner == key]
    return judge(e.windows, e.plan_date, as_of, (key,), mine)


def status_rows(
    plans: Iterable[Plan],
    as_of: date,
    filters: Filters | None = None,
    records: Records | None = None,
) -> list[Row]:
    """Every duty of ``plans`` passing ``filters``, classified as of ``as_of``, in plan order."""
    return status_of(entries(plans, filters or Filters()), as_of, records or {})


@dataclass(frozen=True)
class OwnerSummary:
    """One owner's counts: per class, over the duties it must report on."""

    key: str
    name: str
    short: str
    counts: dict[Status, int]

    @property
    def with_deadline(self) -> int:
        """How many of its duties have a deadline."""
        return sum(self.counts[s] for s in DEADLINE_CLASSES)


@dataclass(frozen=True)
class Summary:
    """Counts per class over all rows, and per owner."""

    total: int
    counts: dict[Status, int]
    owners: tuple[OwnerSummary, ...]


def summarize(rows: Iterable[Row], owners: Sequence[OwnerLine] | None = None) -> Summary:
    """Count rows per class, and each reporting owner's parts per class.

    Owners come in the order of ``owners`` (the plan's), else in order of appearance.
    """
    rows = list(rows)
    counts = dict.fromkeys(Status, 0)
    per_owner: dict[str, dict[Status, int]] = {}
    seen: dict[str, OwnerLine] = {}
    for r in rows:
        if r.status is not None:
            counts[r.status] += 1
        for o in r.owners:
            seen.setdefault(o.key, o)
        for key, st in r.owner_status:
            per_owner.setdefault(key, dict.fromkeys(Status, 0))[st] += 1
    order = list(owners) if owners is not None else list(seen.values())
    summaries = tuple(
        OwnerSummary(o.key, o.name, o.short, per_owner[o.key]) for o in order if o.key in per_owner
    )
    return Summary(len(rows), counts, summaries)
