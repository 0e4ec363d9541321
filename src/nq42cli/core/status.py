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
- A group owner whose members the registry lists gets a tally per duty
  (:class:`GroupTally`): members on the day, done (on time, late), in progress, not
  reported, by name: "11/63 tỉnh ủy, thành ủy đã báo cáo hoàn thành; 4 đúng hạn". Each
  member is judged by the rule book (:func:`nq42cli.core.rules.member_standings`),
  carrying an old unit's record into the unit it merged into.
- No record is not a finding: every row says whether anything has been reported
  (:attr:`~nq42cli.core.queries.Row.reported`), and the summary counts the rows with
  nothing reported and those in progress.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from nq42cli.core.queries import (
    Entry,
    Filters,
    OwnerLine,
    PlanHead,
    Records,
    Row,
    entries,
)
from nq42cli.core.rules import (
    DEADLINE_CLASSES,
    MemberStanding,
    MemberState,
    RecordLike,
    Status,
    Verdict,
    judge,
    member_standings,
)
from nq42cli.core.vocab import Role
from nq42cli.core.windows import Window

if TYPE_CHECKING:
    from nq42cli.core.directory import Directory
    from nq42cli.core.models import Plan

__all__ = [
    "DEADLINE_CLASSES",
    "GroupTally",
    "OwnerSummary",
    "Status",
    "Summary",
    "classify",
    "status_of",
    "status_rows",
    "summarize",
]


class GroupTally(NamedTuple):
    """One group owner's members on one duty, as of a day, each judged by the rule book."""

    owner: str
    label_vi: str
    label_en: str
    standings: tuple[MemberStanding, ...]
    names: dict[str, str]
    deadline: date | None = None
    """The deadline the members are judged against (None: the duty has none)."""

    def _count(self, *states: MemberState) -> int:
        return sum(1 for m in self.standings if m.state in states)

    def _names(self, state: MemberState) -> list[str]:
        return [self.names.get(m.unit, m.unit) for m in self.standings if m.state is state]

    @property
    def total(self) -> int:
        """Members due on the day (63 until 30/6/2025, 34 after)."""
        return len(self.standings)

    @property
    def done(self) -> int:
        """Members done (their own report, or all the units they were formed from)."""
        return self._count(MemberState.DONE_ON_TIME, MemberState.DONE_LATE)

    @property
    def done_on_time(self) -> int:
        """Members done on or before the deadline."""
        return self._count(MemberState.DONE_ON_TIME)

    @property
    def done_late(self) -> int:
        """Members done after the deadline."""
        return self._count(MemberState.DONE_LATE)

    @property
    def in_progress(self) -> list[str]:
        """Members that reported, and are not done: names."""
        return self._names(MemberState.IN_PROGRESS)

    @property
    def not_reported(self) -> list[str]:
        """Members with nothing reported: names."""
        return self._names(MemberState.NOT_REPORTED)

    def label(self, lang: str = "vi") -> str:
        """How the members are called: 'tỉnh ủy, thành ủy' or 'provincial party committees'."""
        return self.label_en if lang == "en" else self.label_vi


def classify(duty: Entry, records: Sequence[RecordLike], as_of: date) -> Verdict:
    """Classify one duty as of ``as_of`` from its progress records (the rule book's verdict)."""
    known = [r for r in records if r.on <= as_of]
    return judge(duty.windows, duty.plan_date, as_of, duty.parts, known, duty.groups)


def status_of(found: Iterable[Entry], as_of: date, records: Records) -> list[Row]:
    """Every entry classified as of ``as_of``, in the order given, with each owner's part.

    Group owners with listed members get a :class:`GroupTally` each.
    """
    out = []
    # Without records (none known on the day) the rule book's verdict depends only on
    # the windows and the plan's date: no part, group owner or member has anything to
    # complete and no adjustment is in force, so owners and members cannot change it.
    # A large plan repeats a few hundred window lists: each is judged once.
    unrecorded: dict[tuple[tuple[Window, ...], date], Verdict] = {}
    for e in found:
        recs = tuple(r for r in records.get((e.plan, e.id), ()) if r.on <= as_of)
        groups = e.groups
        if recs:
            verdict = judge(e.windows, e.plan_date, as_of, e.parts, recs, groups)
        else:
            key = (e.windows, e.plan_date)
            known = unrecorded.get(key)
            if known is None:
                known = unrecorded[key] = judge(e.windows, e.plan_date, as_of, e.parts, ())
            verdict = known
        # With no records every part stands where the duty stands.
        per_owner = (
            tuple((key, _part(e, key, recs, as_of).status) for key in e.parts)
            if recs
            else tuple((key, verdict.status) for key in e.parts)
        )
        tallies = tuple(
            GroupTally(
                g.key,
                g.label_vi,
                g.label_en,
                member_standings(
                    g.key, g.members, [r for r in recs if _mine(r, g.key)], verdict, groups
                ),
                dict(g.names),
                verdict.deadline,
            )
            for g in e.group_lines
        )
        out.append(Row(e, verdict, records=recs, owner_status=per_owner, members=tallies))
    return out


def _mine(r: RecordLike, key: str) -> bool:
    return r.owner is None or r.owner == key


def _part(e: Entry, key: str, records: Sequence[RecordLike], as_of: date) -> Verdict:
    # An owner's part is its own done records (or its members') or the whole duty's,
    # judged by the same rules.
    mine = [r for r in records if _mine(r, key)]
    return judge(e.windows, e.plan_date, as_of, (key,), mine, e.groups)


def status_rows(
    plans: Iterable[Plan],
    as_of: date,
    filters: Filters | None = None,
    records: Records | None = None,
    directory: Directory | None = None,
) -> list[Row]:
    """Every duty of ``plans`` passing ``filters``, classified as of ``as_of``, in plan order."""
    found = entries(plans, filters or Filters(), directory)
    return status_of(found, as_of, records or {})


class OwnerSummary(NamedTuple):
    """One owner's counts: per class, over the duties it must report on."""

    key: str
    name: str
    short: str
    counts: dict[Status, int]
    later: tuple[tuple[date, str, str], ...] = ()

    def on(self, day: date | None) -> tuple[str, str]:
        """``(name, short)`` in force on ``day`` (see :meth:`OwnerLine.on`)."""
        return OwnerLine(self.key, self.name, self.short, Role.RESPONSIBLE, later=self.later).on(
            day
        )

    @property
    def with_deadline(self) -> int:
        """How many of its duties have a deadline."""
        return sum(self.counts[s] for s in DEADLINE_CLASSES)


class Summary(NamedTuple):
    """Counts per class over all rows, and per owner.

    ``not_reported`` counts the rows with nothing reported, ``in_progress`` those
    reported and not done; ``groups`` holds each duty's group tallies, by duty id
    (``PLAN:ID`` with several plans); ``plans``, with several plans, each plan's id, kind
    and number, and counts per class.
    """

    total: int
    counts: dict[Status, int]
    owners: tuple[OwnerSummary, ...]
    not_reported: int = 0
    in_progress: int = 0
    groups: tuple[tuple[str, GroupTally], ...] = ()
    plans: tuple[tuple[str, str, dict[Status, int]], ...] = ()


def summarize(
    rows: Iterable[Row],
    owners: Sequence[OwnerLine] | None = None,
    plans: Sequence[PlanHead] = (),
) -> Summary:
    """Count rows per class, and each reporting owner's parts per class.

    Owners come in the order of ``owners`` (the plan's), else in order of appearance.
    With several ``plans`` (the plans shown), each plan's rows are counted too, and
    duties are named ``PLAN:ID``; an owner key two plans use is one owner.
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
        OwnerSummary(
            o.key,
            o.name,
            o.short,
            per_owner[o.key],
            seen[o.key].later if o.key in seen else (),
        )
        for o in order
        if o.key in per_owner
    )
    return Summary(
        len(rows),
        counts,
        summaries,
        not_reported=sum(1 for r in rows if not r.reported),
        in_progress=sum(1 for r in rows if r.in_progress),
        groups=tuple(
            (r.duty.qualified if len(plans) > 1 else r.duty.id, t) for r in rows for t in r.members
        ),
        plans=tuple(
            (p.id, p.name, _counts(r for r in rows if r.plan == p.id))
            for p in (plans if len(plans) > 1 else ())
            if any(r.plan == p.id for r in rows)
        ),
    )


def _counts(rows: Iterable[Row]) -> dict[Status, int]:
    counts = dict.fromkeys(Status, 0)
    for r in rows:
        counts[r.status] += 1
    return counts
