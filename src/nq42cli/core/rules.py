"""The rule book: what *due*, *overdue*, *ongoing*, *done* and *done late* mean.

Every command that classifies a duty asks this module and decides nothing itself: the
queries (``due``, ``overdue``, ``ongoing``), the status table, the plan's index (which
only narrows candidates with :func:`binding` and then asks :func:`judge`), the calendar
export and the reports. So ``nq42 overdue`` and the ``chưa hoàn thành – quá hạn`` rows of
``nq42 status`` cannot tell two stories.

The rules, each pinned by tests (``tests/test_rules.py``) and written out in the README's
"What the dates mean":

Which windows bind
    Deadline and recurring windows set deadlines. A stretch target (*phấn đấu*) is an
    aim beside a hard deadline and binds only when a duty has no other deadline:
    "hoàn thành trong quý III/2026, phấn đấu trong tháng 8/2026" is due 30/09/2026, and
    the missed August aim is reported as such (:attr:`Verdict.stretch_missed`), never as
    overdue. A *cơ bản* (substantially) deadline binds like any other; it is flagged.
    Ongoing, per-schedule and undated windows never make a duty due or late.

When a duty is done
    A whole-duty ``done`` record completes it; so does a ``done`` of every owner that
    must report (every owner that is not a partner, or all of them when the plan names
    only partners), on the latest of their days; if both hold, the earlier day counts.
    For each part the last ``done`` wins (a forced correction replaces the earlier one).
    Records dated after ``as_of`` are not known yet.

Group owners, member by member
    An owner that is a group with members in the owners registry (the 63, later 34,
    provincial party committees) owes its part member by member. Its part is done by a
    ``done`` of the group as a whole (``owner`` without ``unit``, as before), or on the
    first day every member due on that day has done its own: a member's ``done`` is
    ``owner`` plus ``unit``. A unit formed from others (Bắc Ninh from 01/7/2025, formed
    from Bắc Ninh and Bắc Giang) counts done when it reports done itself, or when every
    unit it was formed from had reported done, on the latest of their days; so a record
    of an old unit carries into the unit it merged into. As of a day, the members counted
    are the members on that day (63 until 30/6/2025, 34 from 01/7/2025); a member is done
    on time when its (own or carried) completion is on or before the deadline judged.

Reported, result
    A duty (or a member) is *reported* when any report is known for it as of the day:
    a ``started``, ``progress``, ``done`` or ``note`` record (:func:`reports`). A
    ``deadline`` record is a decision about the duty, not a report on it: it never makes
    a duty reported, nor is it its result. The last report is the latest report by day
    (file order breaks ties), and the current result is that report's note, else its
    evidence. No record is not a finding: a duty with none is still classed by its
    deadline, and says it has none.

Deadlines
    A deadline ends at the end of its last day. Open on or before it: *in time*; open
    after it: *overdue*, by the days since. Done on or before it: *on time*; after it:
    *late*, by its completion day (a duty done 39 days late stays 39 days late).
    A duty with several deadlines is judged on each, and the worst verdict stands
    (overdue, then open in time, then done late, then done on time): a completion day
    is one day, so a duty done between its first and second deadline is done late.

Recurring windows (a yearly report due 20/10)
    Each round has a cycle: from the day after the previous round's due day to its own
    due day. Rounds are settled in order, each by the first completion no earlier round
    used: a completion in the round's own cycle settles it on time; a completion after
    its due day settles it late when it is nearer that due day than the next round's
    (a report sent five days late is last year's, late; one sent a week before the next
    due day is this year's, on time, and last year's round stays missed). As of a day,
    a recurring window is judged by the latest round due before it if that round is
    still open (overdue), else by the current round (open in time, or done on time when
    settled early), else — after the window's end — by its last round. A round missed
    long ago does not make a duty overdue once a later round is settled.

Due in a period
    A duty is due in a period when one of its binding deadlines, or a round of a
    binding recurring window, falls due inside it (both ends included).

Adjusted deadlines
    A plan can be amended ("điều chỉnh thời hạn"): a ``deadline`` record carries the new
    timing phrase, read by the plan's own grammar (the record's date supplies a missing
    year), and the document that decided it. From the record's date on, the phrase's
    windows replace the duty's deadline and recurring windows (its ongoing, per-schedule
    and undated parts stay); before that day the plan's deadline holds. The latest
    adjustment known on the day wins. An adjustment is for the whole duty: every owner,
    and every member of a group owner, is judged against the same adjusted deadline (a
    ``deadline`` record never names an owner or a unit). Every verdict on an adjusted
    duty carries the adjustment and the deadline the plan itself set
    (:attr:`Verdict.adjusted`, :attr:`Verdict.original_deadline`), so every view can
    show both.
    :func:`in_force` is the one place that decides which windows are in force.

Ongoing
    A duty is ongoing as of a day when an ongoing or recurring window has started (its
    start, else the plan's date) and not ended. The status class *thực hiện thường
    xuyên* is for duties with no binding deadline and an ongoing part; *không thời
    hạn* for the rest (per-schedule, undated).

Plans that carry out a duty (roll-up)
    A plan may implement another plan nq42 tracks beside it (its ``implements.number``
    is that plan's id or number): a province's programme implements 19-KH/TW, the
    Government's programme too. The child plan carries out, as a whole, the parent duty
    its ``implements.duty`` names (IV.6.a, IV.2.a); each of its duties carries out the
    parent duties it names itself (``implements:``), else its plan's
    (:func:`parent_duties`). A parent duty's row shows, for each child plan, how the
    child duties that carry it out stand on the same day, each judged by this rule book
    with its own records (:func:`roll_up`): how many, how many done (on time or late,
    and undated duties completed), how many overdue, every class counted. The children
    never change the parent's class, which its own records alone decide: a programme
    issued (IV.2.a, done by Nghị quyết 68/NQ-CP) stays done while its tasks run late,
    and every task done does not make the parent done — someone records that, with
    its evidence. Only direct children count: a grandchild rolls up to its own parent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple, Protocol

from nq42cli.core.vocab import Role
from nq42cli.core.windows import (
    Flag,
    Occurrence,
    Period,
    TimeParseError,
    Window,
    WindowKind,
    occurrences,
    parse_phrase,
)

__all__ = [
    "DEADLINE_CLASSES",
    "Adjustment",
    "Completion",
    "Deadline",
    "Event",
    "Groups",
    "MemberStanding",
    "MemberState",
    "Membership",
    "PartKey",
    "RecordLike",
    "Rollup",
    "Status",
    "Verdict",
    "adjusted_windows",
    "adjustment",
    "binding",
    "completion_of",
    "deadlines_between",
    "due_in",
    "falls_due_by",
    "in_force",
    "is_overdue",
    "is_report",
    "judge",
    "last_done",
    "latest_report",
    "member_standings",
    "ongoing_since",
    "owner_part",
    "parent_duties",
    "part_key",
    "reports",
    "required_keys",
    "result_of",
    "roll_up",
]


class Event(StrEnum):
    """What a record says happened."""

    STARTED = "started"
    PROGRESS = "progress"  # work under way, with its current result (đang thực hiện)
    DONE = "done"
    NOTE = "note"
    DEADLINE = "deadline"  # the deadline was adjusted by a later decision


class Status(StrEnum):
    """The class of a duty as of a day: the Government's four, and two for the undated."""

    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    OPEN_IN_TIME = "open_in_time"
    OPEN_OVERDUE = "open_overdue"
    ONGOING = "ongoing"
    NO_DEADLINE = "no_deadline"


DEADLINE_CLASSES = (
    Status.DONE_ON_TIME,
    Status.DONE_LATE,
    Status.OPEN_IN_TIME,
    Status.OPEN_OVERDUE,
)

# Worst first: the verdict of a duty with several deadlines is its worst one.
_SEVERITY = {
    Status.OPEN_OVERDUE: 0,
    Status.OPEN_IN_TIME: 1,
    Status.DONE_LATE: 2,
    Status.DONE_ON_TIME: 3,
}


class RecordLike(Protocol):
    """A progress record: a model ``Record`` or a row of the index.

    The rules read ``event``, ``on``, ``owner``, ``unit``, ``evidence`` and
    ``deadline``; the rest is what history and reports show.
    """

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
    def unit(self) -> str | None:
        """The registry unit that acted: a member of a group owner, or the owner's successor."""

    @property
    def evidence(self) -> str | None:
        """What shows it."""

    @property
    def note(self) -> str | None:
        """A note."""

    @property
    def deadline(self) -> str | None:
        """The adjusted timing phrase of a ``deadline`` record."""

    @property
    def by(self) -> str | None:
        """Who recorded it."""

    @property
    def force(self) -> bool:
        """Recorded as a correction or a repeat."""

    @property
    def recorded_at(self) -> datetime | None:
        """When it was written down."""


class Completion(NamedTuple):
    """When a duty (or a part, or a round) was complete, and what shows it."""

    on: date
    evidence: tuple[str, ...]


# --------------------------------------------------------------------------- groups


def _day_after(d: date) -> date:
    return d + _DAY if d < date.max else d


class Membership(NamedTuple):
    """Who belongs to a group owner and when, and which units each member was formed from.

    ``spans`` holds ``(unit, first day, last day)`` for every member, None for an open
    end; ``formed_from`` the units each member was formed from (a merger), which is how
    an old unit's record carries into its successor. Built from the owners registry
    (:mod:`nq42cli.core.directory`); the rule book only reads it.
    """

    spans: tuple[tuple[str, date | None, date | None], ...]
    formed_from: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def on(self, day: date) -> tuple[str, ...]:
        """The members on ``day``, in registry order."""
        return tuple(
            u for u, a, b in self.spans if (a is None or a <= day) and (b is None or day <= b)
        )

    def segments(self) -> list[tuple[date | None, date | None, tuple[str, ...]]]:
        """The stretches of time with one set of members: ``(first, last, members)``.

        None is an open end: the first stretch has no first day, the last no last day.
        """
        cuts = sorted(
            {a for _, a, _ in self.spans if a is not None}
            | {_day_after(b) for _, _, b in self.spans if b is not None}
        )
        firsts: list[date | None] = [None, *cuts]
        out = []
        for i, first in enumerate(firsts):
            last = cuts[i] - _DAY if i < len(cuts) else None
            members = tuple(
                u
                for u, a, b in self.spans
                if (a is None or (first is not None and a <= first))
                and (b is None or (last is not None and last <= b))
            )
            out.append((first, last, members))
        return out

    def predecessors(self, unit: str) -> tuple[str, ...]:
        """The units ``unit`` was formed from (none for a unit that was not)."""
        return next((f for u, f in self.formed_from if u == unit), ())

    def member_completion(
        self, unit: str, day_of: Callable[[str], Completion | None]
    ) -> Completion | None:
        """When ``unit`` counts done: its own report, or every unit it was formed from."""
        return self.completions(day_of)(unit)

    def completions(
        self, day_of: Callable[[str], Completion | None]
    ) -> Callable[[str], Completion | None]:
        """Each unit's completion (its own, or carried from its predecessors), memoised."""
        memo: dict[str, Completion | None] = {}

        def go(unit: str, seen: frozenset[str]) -> Completion | None:
            if unit in memo:
                return memo[unit]
            options = [c for c in (day_of(unit),) if c is not None]
            preds = self.predecessors(unit)
            # ``seen`` stops a loop the registry's checks should already have refused.
            if preds and unit not in seen:
                got = [go(p, seen | {unit}) for p in preds]
                if all(c is not None for c in got):
                    done = [c for c in got if c is not None]
                    options.append(Completion(max(c.on for c in done), _evidence(done)))
            memo[unit] = min(options, key=lambda c: c.on) if options else None
            return memo[unit]

        return lambda unit: go(unit, frozenset())

    def completion(
        self, day_of: Callable[[str], Completion | None], until: date
    ) -> Completion | None:
        """The first day, up to ``until``, on which every member of that day was done.

        Member sets change only at the cut days; within a stretch the answer is the
        latest member completion (or the stretch's first day, for members that were
        done before it began, through their predecessors).
        """
        of = self.completions(day_of)
        for first, last, members in self.segments():
            if not members or (first is not None and first > until):
                continue
            done = [of(u) for u in members]
            if any(c is None for c in done):
                continue
            got = [c for c in done if c is not None]
            day = max(c.on for c in got)
            if first is not None:
                day = max(day, first)
            if day <= until and (last is None or day <= last):
                return Completion(day, _evidence(got))
        return None


Groups = Mapping[str, Membership]
_NO_GROUPS: Groups = {}
# A part of a duty: (owner, unit). (None, None) is the whole duty, (owner, None) the
# owner's part, (group owner, member) one member's part.
PartKey = tuple[str | None, str | None]


def part_key(rec: RecordLike, groups: Groups = _NO_GROUPS) -> PartKey:
    """The part a record is about; ``unit`` names a member only for a group owner."""
    if rec.owner is None:
        return (None, None)
    if rec.unit is not None and rec.owner in groups:
        return (rec.owner, rec.unit)
    # For a body, ``unit`` says which body acted in its place (a successor): same part.
    return (rec.owner, None)


def _evidence(parts: Iterable[Completion]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(e for c in parts for e in c.evidence))


def _one(rec: RecordLike) -> Completion:
    return Completion(rec.on, (rec.evidence or "",))


# --------------------------------------------------------------------------- completion


def required_keys(owners: Iterable[tuple[str, Role]]) -> tuple[str, ...]:
    """Owners whose ``done`` records together complete a duty.

    Every owner that is not a partner (phối hợp) must report; when the plan names only
    partners (IV.5.b), every owner must.
    """
    pairs = list(owners)
    keys = [k for k, role in pairs if role is not Role.PARTNER] or [k for k, _ in pairs]
    return tuple(dict.fromkeys(keys))


def last_done(
    records: Sequence[RecordLike], as_of: date, groups: Groups = _NO_GROUPS
) -> dict[PartKey, RecordLike]:
    """The last ``done`` record of each part known on ``as_of`` (see :func:`part_key`)."""
    # Later records win: that is how a forced correction replaces an earlier one.
    out: dict[PartKey, RecordLike] = {}
    for rec in records:
        if rec.event is Event.DONE and rec.on <= as_of:
            out[part_key(rec, groups)] = rec
    return out


def _owner_done(
    key: str, done: Mapping[PartKey, RecordLike], groups: Groups, until: date
) -> Completion | None:
    """When owner ``key``'s part was done: its own record, or all its members'."""
    options = [_one(r) for r in (done.get((key, None)),) if r is not None]
    members = groups.get(key)
    if members is not None:

        def day_of(unit: str) -> Completion | None:
            rec = done.get((key, unit))
            return _one(rec) if rec is not None else None

        found = members.completion(day_of, until)
        if found is not None:
            options.append(found)
    return min(options, key=lambda c: c.on) if options else None


def _complete(
    parts: Sequence[str], done: Mapping[PartKey, RecordLike], groups: Groups, until: date
) -> Completion | None:
    options: list[Completion] = []
    whole = done.get((None, None))
    if whole is not None:
        options.append(_one(whole))
    if parts:
        each = [_owner_done(k, done, groups, until) for k in parts]
        if all(c is not None for c in each):
            got = [c for c in each if c is not None]
            options.append(Completion(max(c.on for c in got), _evidence(got)))
    return min(options, key=lambda c: c.on) if options else None


def completion_of(
    parts: Sequence[str],
    records: Sequence[RecordLike],
    as_of: date,
    groups: Groups = _NO_GROUPS,
) -> Completion | None:
    """When the duty was complete as of ``as_of`` (records dated later are not yet known).

    A whole-duty ``done`` completes it; so does every part in ``parts`` done (a group
    owner's part by the group, or member by member; see the module docstring), on the
    latest of their days. If both hold, the earlier day counts.
    """
    done = last_done(records, as_of, groups)
    if not done:
        return None
    return _complete(parts, done, groups, as_of)


def owner_part(
    records: Sequence[RecordLike], as_of: date, owner: str, groups: Groups = _NO_GROUPS
) -> Completion | None:
    """When ``owner``'s part was complete: its own ``done`` (or its members'), or the duty's."""
    done = last_done(records, as_of, groups)
    options = [c for c in (_owner_done(owner, done, groups, as_of),) if c is not None]
    whole = done.get((None, None))
    if whole is not None:
        options.append(_one(whole))
    return min(options, key=lambda c: c.on) if options else None


def _settled(
    parts: Sequence[str],
    records: Sequence[RecordLike],
    first: date,
    last: date,
    groups: Groups = _NO_GROUPS,
) -> Completion | None:
    """The first day the duty was complete from records dated in ``[first, last]``."""
    earliest: dict[PartKey, RecordLike] = {}
    for rec in records:
        if rec.event is not Event.DONE or not first <= rec.on <= last:
            continue
        key = part_key(rec, groups)
        if key not in earliest or rec.on < earliest[key].on:
            earliest[key] = rec
    return _complete(parts, earliest, groups, last) if earliest else None


# --------------------------------------------------------------------------- reports


def is_report(rec: RecordLike) -> bool:
    """Whether a record reports on the duty (every event but an adjusted deadline)."""
    return rec.event is not Event.DEADLINE


def reports(records: Iterable[RecordLike]) -> tuple[RecordLike, ...]:
    """The records that report on a duty, in file order (see the module docstring)."""
    return tuple(r for r in records if is_report(r))


def latest_report(records: Sequence[RecordLike]) -> RecordLike | None:
    """The latest report by day; of several on one day, the last written."""
    latest: RecordLike | None = None
    for rec in records:
        if is_report(rec) and (latest is None or rec.on >= latest.on):
            latest = rec
    return latest


def result_of(rec: RecordLike | None) -> str | None:
    """The current result a record states: its note, else its evidence."""
    if rec is None:
        return None
    return rec.note or rec.evidence


class MemberState(StrEnum):
    """Where one member of a group owner stands on a duty."""

    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    IN_PROGRESS = "in_progress"  # reported, not done (đang thực hiện)
    NOT_REPORTED = "not_reported"  # nothing known (chưa có báo cáo)


class MemberStanding(NamedTuple):
    """One member on one duty as of a day: its state, when done, its latest report."""

    unit: str
    state: MemberState
    completion: Completion | None = None
    last_report: date | None = None


def member_standings(
    owner: str,
    members: Membership,
    records: Sequence[RecordLike],
    verdict: Verdict,
    groups: Groups = _NO_GROUPS,
) -> tuple[MemberStanding, ...]:
    """Every member of group ``owner`` on ``verdict.as_of``, judged member by member.

    A member is done by its own ``done`` (the last one wins), or through the units it
    was formed from; on time when that day is on or before the deadline judged (a duty
    with no deadline counts every done member on time). A group-wide ``done`` counts for
    every member. For a recurring window only records of the judged round's cycle count.
    Reported: any record of the member, or of a unit it was formed from.
    """
    as_of = verdict.as_of
    since = verdict.cycle_start or date.min
    known = [r for r in records if since <= r.on <= as_of]
    groups = {**groups, owner: members}
    done = last_done(known, as_of, groups)
    wide = [r for r in (done.get((owner, None)), done.get((None, None))) if r is not None]
    group_wide = min(wide, key=lambda r: r.on) if wide else None
    reporters = {part_key(r, groups)[1] for r in known if r.owner == owner and is_report(r)}
    of = members.completions(
        lambda unit: _one(done[(owner, unit)]) if (owner, unit) in done else None
    )
    last: dict[str, date] = {}
    for r in known:
        if r.owner == owner and r.unit is not None and is_report(r):
            last[r.unit] = max(last.get(r.unit, r.on), r.on)

    def reported(unit: str, seen: frozenset[str] = frozenset()) -> bool:
        if unit in reporters:
            return True
        return unit not in seen and any(
            reported(p, seen | {unit}) for p in members.predecessors(unit)
        )

    out = []
    for unit in members.on(as_of):
        found = of(unit)
        if group_wide is not None and (found is None or group_wide.on < found.on):
            found = _one(group_wide)
        if found is not None:
            late = verdict.deadline is not None and found.on > verdict.deadline
            state = MemberState.DONE_LATE if late else MemberState.DONE_ON_TIME
        elif reported(unit):
            state = MemberState.IN_PROGRESS
        else:
            state = MemberState.NOT_REPORTED
        out.append(MemberStanding(unit, state, found, last.get(unit)))
    return tuple(out)


# --------------------------------------------------------------------------- adjustments

_DATED = (WindowKind.DEADLINE, WindowKind.RECURRING)


class Adjustment(NamedTuple):
    """A deadline changed by a later decision, in force from ``on``.

    ``phrase`` is the new timing as written, ``evidence`` the deciding document,
    ``windows`` the duty's windows in force from ``on`` and ``original`` the plan's.
    """

    on: date
    phrase: str
    evidence: str
    windows: tuple[Window, ...]
    original: tuple[Window, ...]


def adjusted_windows(windows: Sequence[Window], phrase: str, on: date) -> tuple[Window, ...]:
    """The windows in force after ``phrase`` replaced the deadlines of ``windows`` on ``on``.

    The phrase is read by the plan's grammar (``on`` supplies a missing year) and must
    set a deadline; its windows replace the deadline and recurring windows, the ongoing,
    per-schedule and undated parts stay. Raises :class:`TimeParseError` otherwise.
    """
    read = parse_phrase(phrase, on)
    if not binding(read):
        msg = (
            f"'{phrase}' sets no deadline; an adjusted deadline is written like the plan's "
            "('quý IV/2024', 'ngày 30/6/2025', 'trước ngày 20/10 hằng năm')"
        )
        raise TimeParseError(msg, "time.no_deadline")
    kept = [w for w in windows if w.kind not in _DATED and w not in read]
    return (*read, *kept)


def adjustment(
    windows: Sequence[Window], records: Sequence[RecordLike], as_of: date
) -> Adjustment | None:
    """The adjustment in force on ``as_of``: the latest ``deadline`` record known then.

    Of two records dated the same day the later one in the file wins (a correction).
    """
    latest: RecordLike | None = None
    for rec in records:
        if (
            rec.event is Event.DEADLINE
            and rec.deadline is not None
            and rec.on <= as_of
            and (latest is None or rec.on >= latest.on)
        ):
            latest = rec
    if latest is None or latest.deadline is None:
        return None
    new = adjusted_windows(windows, latest.deadline, latest.on)
    return Adjustment(latest.on, latest.deadline, latest.evidence or "", new, tuple(windows))


def in_force(
    windows: Sequence[Window], records: Sequence[RecordLike], as_of: date
) -> tuple[Window, ...]:
    """The duty's windows in force on ``as_of``: the plan's, or the latest adjustment's."""
    if not any(r.event is Event.DEADLINE for r in records):
        return tuple(windows)
    adj = adjustment(windows, records, as_of)
    return adj.windows if adj is not None else tuple(windows)


# --------------------------------------------------------------------------- deadlines


def binding(windows: Sequence[Window]) -> tuple[Window, ...]:
    """The windows that set deadlines: deadline and recurring ones, stretch aims only alone."""
    dated = [w for w in windows if w.kind is WindowKind.DEADLINE or _recurs(w)]
    hard = [w for w in dated if Flag.STRETCH not in w.flags]
    return tuple(hard or dated)


def _recurs(w: Window) -> bool:
    return w.kind is WindowKind.RECURRING and w.every is not None


class Deadline(NamedTuple):
    """One day a duty falls due: a deadline window's last day, or a round of a recurring one.

    ``start`` is the first day of the round's cycle (for a deadline window, its start).
    """

    due: date
    window: Window
    start: date


# The last day any rule looks at: a round is computed up to here and never past it, so
# "--to 9999-12-31" cannot overflow the calendar.
_HORIZON = date(9998, 12, 31)
_DAY = timedelta(days=1)


def _rounds(w: Window, plan_date: date, until: date) -> list[Occurrence]:
    return occurrences(w, plan_date, min(until, _HORIZON))


def deadlines_between(
    windows: Sequence[Window], plan_date: date, first: date, last: date
) -> list[Deadline]:
    """Every binding deadline and round due in ``[first, last]``, by day."""
    out: list[Deadline] = []
    for w in binding(windows):
        if w.kind is WindowKind.DEADLINE:
            if w.end is not None and first <= w.end <= last:
                out.append(Deadline(w.end, w, w.start or w.end))
        else:
            out += [
                Deadline(o.due, w, o.start) for o in _rounds(w, plan_date, last) if o.due >= first
            ]
    return sorted(out, key=lambda d: d.due)


def falls_due_by(windows: Sequence[Window], plan_date: date, day: date) -> bool:
    """Whether a binding deadline, or a round of a binding recurring window, is due by ``day``.

    What a periodic report lists among the dated duties (its Phụ lục 1): every duty that
    had a deadline up to the period's end, met or not.
    """
    return bool(deadlines_between(windows, plan_date, date.min, day))


def due_in(windows: Sequence[Window], plan_date: date, period: Period) -> Deadline | None:
    """The first binding deadline (or round) of a duty due inside ``period``, if any."""
    found = deadlines_between(windows, plan_date, period.start, period.end)
    return found[0] if found else None


def ongoing_since(
    windows: Sequence[Window], plan_date: date, as_of: date
) -> tuple[Window, date] | None:
    """The first ongoing or recurring part running on ``as_of``, with the day it started.

    A part with no start of its own ("thường xuyên", "hằng năm") runs from the plan's date.
    """
    for w in windows:
        if w.kind not in (WindowKind.ONGOING, WindowKind.RECURRING):
            continue
        since = w.start or plan_date
        if since <= as_of and (w.end is None or as_of <= w.end):
            return w, since
    return None


# --------------------------------------------------------------------------- verdicts


class Verdict(NamedTuple):
    """How a duty (or one of its deadlines) stands as of a day.

    ``deadline`` is the day it was judged against (a round's due day for a recurring
    window) and ``window`` the window it came from. ``days_left`` is set for open duties
    with a deadline: days from ``as_of`` to it (0 on the day, and once passed). ``days_late``
    is set whenever there is a deadline: how late (0 if not), by the completion day once
    done, else by ``as_of``. ``completion`` is what settled the judged deadline.
    ``stretch`` is the stretch aim beside a hard deadline, and ``stretch_missed`` says it
    passed with the duty not done by then. ``cycle_start`` is the first day of the judged
    round's cycle for a recurring window (what counts towards that round), else None.
    ``adjusted`` is the deadline adjustment in force, and ``original_deadline`` the
    deadline the plan itself set, judged the same way (None when not adjusted).
    """

    status: Status
    as_of: date
    deadline: date | None = None
    window: Window | None = None
    completion: Completion | None = None
    stretch: date | None = None
    stretch_missed: bool = False
    cycle_start: date | None = None
    adjusted: Adjustment | None = None
    original_deadline: date | None = None

    @property
    def done(self) -> bool:
        """Whether the judged deadline has been met (on time or late)."""
        return self.status in (Status.DONE_ON_TIME, Status.DONE_LATE)

    @property
    def completed_on(self) -> date | None:
        """The day the judged deadline was met, if it was."""
        return self.completion.on if self.completion else None

    @property
    def days_left(self) -> int | None:
        """Days from ``as_of`` to the deadline while open (0 on the day and once passed)."""
        if self.deadline is None or self.completion is not None:
            return None
        return max((self.deadline - self.as_of).days, 0)

    @property
    def days_late(self) -> int | None:
        """How late (0 if not): by the completion day once done, else by ``as_of``."""
        if self.deadline is None:
            return None
        end = self.completion.on if self.completion else self.as_of
        return max((end - self.deadline).days, 0)

    @property
    def substantially(self) -> bool:
        """Whether the judged deadline is a *cơ bản* (substantially) one."""
        return self.window is not None and Flag.SUBSTANTIALLY in self.window.flags


def is_overdue(verdict: Verdict) -> bool:
    """The one test of lateness: open past the deadline judged."""
    return verdict.status is Status.OPEN_OVERDUE


def _on_deadline(w: Window, done: Completion | None, as_of: date) -> Verdict:
    assert w.end is not None
    d = w.end
    if done is not None:
        status = Status.DONE_ON_TIME if done.on <= d else Status.DONE_LATE
        return Verdict(status, as_of, d, w, done)
    status = Status.OPEN_IN_TIME if as_of <= d else Status.OPEN_OVERDUE
    return Verdict(status, as_of, d, w)


def round_verdicts(
    w: Window,
    plan_date: date,
    parts: Sequence[str],
    records: Sequence[RecordLike],
    as_of: date,
    until: date | None = None,
    groups: Groups = _NO_GROUPS,
) -> list[Verdict]:
    """The verdicts of the rounds of ``w`` due up to ``until`` (default ``as_of``), and more.

    The list also holds the first round due after ``until`` (the current round).
    Rounds are settled in order (see the module docstring), each by the first completion
    not used by an earlier round: in its own cycle (on time), else after its due day when
    that completion is nearer its due day than the next round's (late). Records dated
    after ``as_of`` are not known.
    """
    limit = min(until or as_of, _HORIZON)
    # Two rounds past the limit: the current round, and the end of its late window.
    rounds = _rounds(w, plan_date, min(limit + timedelta(days=800), _HORIZON))
    out: list[Verdict] = []
    floor = date.min
    for k, r in enumerate(rounds):
        if k and rounds[k - 1].due > limit:
            break
        nxt_due = rounds[k + 1].due if k + 1 < len(rounds) else _HORIZON
        done = _settled(parts, records, max(r.start, floor), min(r.due, as_of), groups)
        if done is None and as_of > r.due:
            late = _settled(parts, records, max(r.due + _DAY, floor), min(nxt_due, as_of), groups)
            # A completion after the due day is this round's, late, when it is nearer this
            # due day than the next; otherwise it is the next round's, on time.
            if late is not None and (late.on - r.due) <= (nxt_due - late.on):
                done = late
        if done is not None:
            status = Status.DONE_ON_TIME if done.on <= r.due else Status.DONE_LATE
            floor = done.on + _DAY
        else:
            status = Status.OPEN_IN_TIME if as_of <= r.due else Status.OPEN_OVERDUE
        out.append(Verdict(status, as_of, r.due, w, done, cycle_start=r.start))
    return out


def _on_recurring(
    w: Window,
    plan_date: date,
    parts: Sequence[str],
    records: Sequence[RecordLike],
    as_of: date,
    groups: Groups,
) -> Verdict | None:
    rounds = round_verdicts(w, plan_date, parts, records, as_of, groups=groups)
    if not rounds:
        return None
    past = [v for v in rounds if v.deadline is not None and v.deadline < as_of]
    current = [v for v in rounds if v.deadline is not None and v.deadline >= as_of]
    if past and past[-1].status is Status.OPEN_OVERDUE:
        return past[-1]
    if current:
        return current[0]
    return past[-1]


def judge(
    windows: Sequence[Window],
    plan_date: date,
    as_of: date,
    parts: Sequence[str],
    records: Sequence[RecordLike],
    groups: Groups = _NO_GROUPS,
) -> Verdict:
    """Classify a duty as of ``as_of`` from its windows and its progress records.

    ``windows`` are the plan's; an adjustment among ``records`` known on ``as_of``
    replaces its deadlines (:func:`in_force`) for the whole duty, every owner and every
    member of a group owner alike. ``parts`` are the owners that must report
    (:func:`required_keys`); ``records`` the duty's records in file order (later ones
    win, see :func:`last_done`); ``groups`` the members of the group owners that owe
    their part member by member.
    """
    adj = adjustment(windows, records, as_of) if _adjusts(records) else None
    if adj is None:
        return _judge(windows, plan_date, as_of, parts, records, groups)
    verdict = _judge(adj.windows, plan_date, as_of, parts, records, groups)
    original = _judge(adj.original, plan_date, as_of, parts, records, groups).deadline
    return verdict._replace(adjusted=adj, original_deadline=original)


def _adjusts(records: Sequence[RecordLike]) -> bool:
    return any(r.event is Event.DEADLINE for r in records)


def _judge(
    windows: Sequence[Window],
    plan_date: date,
    as_of: date,
    parts: Sequence[str],
    records: Sequence[RecordLike],
    groups: Groups,
) -> Verdict:
    hard = binding(windows)
    if not hard:
        done = completion_of(parts, records, as_of, groups)
        ongoing = any(w.kind is WindowKind.ONGOING for w in windows)
        return Verdict(Status.ONGOING if ongoing else Status.NO_DEADLINE, as_of, completion=done)
    done = completion_of(parts, records, as_of, groups)
    verdicts: list[Verdict] = []
    for w in hard:
        if w.kind is WindowKind.DEADLINE:
            verdicts.append(_on_deadline(w, done, as_of))
        else:
            v = _on_recurring(w, plan_date, parts, records, as_of, groups)
            if v is not None:
                verdicts.append(v)
    if not verdicts:
        # Recurring windows with no round at all (they end before they begin).
        return Verdict(Status.NO_DEADLINE, as_of, completion=done)
    worst = min(verdicts, key=_rank)
    stretch = _stretch(windows, hard)
    if stretch is None:
        return worst
    missed = stretch < as_of and (done is None or done.on > stretch)
    return Verdict(
        worst.status,
        as_of,
        worst.deadline,
        worst.window,
        worst.completion,
        stretch,
        missed,
        worst.cycle_start,
    )


def _rank(v: Verdict) -> tuple[int, int]:
    assert v.deadline is not None
    # Among open verdicts the earliest deadline is the most pressing; among done ones
    # the latest completion relative to its deadline is the worst.
    severity = _SEVERITY[v.status]
    if v.status in (Status.OPEN_OVERDUE, Status.OPEN_IN_TIME, Status.DONE_ON_TIME):
        return severity, v.deadline.toordinal()
    return severity, -(v.days_late or 0)


def _stretch(windows: Sequence[Window], hard: Sequence[Window]) -> date | None:
    aims = [
        w.end
        for w in windows
        if w.kind is WindowKind.DEADLINE and Flag.STRETCH in w.flags and w not in hard
    ]
    return min((d for d in aims if d is not None), default=None)


def judge_deadline(
    deadline: Deadline,
    plan_date: date,
    as_of: date,
    parts: Sequence[str],
    records: Sequence[RecordLike],
    groups: Groups = _NO_GROUPS,
    windows: Sequence[Window] = (),
) -> Verdict:
    """The verdict on one particular deadline or round (what ``due`` shows for it).

    ``deadline`` comes from the windows in force (:func:`in_force`) of the plan's
    ``windows``; when it is an adjustment's, the verdict carries the adjustment and the
    plan's own deadline, as :func:`judge`'s does.
    """
    verdict = _judge_deadline(deadline, plan_date, as_of, parts, records, groups)
    adj = adjustment(windows, records, as_of) if _adjusts(records) else None
    if adj is None or deadline.window not in adj.windows:
        return verdict
    original = _judge(adj.original, plan_date, as_of, parts, records, groups).deadline
    return verdict._replace(adjusted=adj, original_deadline=original)


def _judge_deadline(
    deadline: Deadline,
    plan_date: date,
    as_of: date,
    parts: Sequence[str],
    records: Sequence[RecordLike],
    groups: Groups,
) -> Verdict:
    w = deadline.window
    if w.kind is WindowKind.DEADLINE:
        return _on_deadline(w, completion_of(parts, records, as_of, groups), as_of)
    for v in round_verdicts(w, plan_date, parts, records, as_of, deadline.due, groups):
        if v.deadline == deadline.due:
            return v
    status = Status.OPEN_IN_TIME if as_of <= deadline.due else Status.OPEN_OVERDUE
    return Verdict(status, as_of, deadline.due, w)


def iter_rounds(w: Window, plan_date: date, until: date) -> Iterator[Occurrence]:
    """The rounds of a recurring window due up to ``until`` (for calendars and reports)."""
    yield from _rounds(w, plan_date, until)


# --------------------------------------------------------------------------- roll-up


class Rollup(NamedTuple):
    """How the duties of one child plan that carry out a parent duty stand, as of a day.

    ``plan`` is the child plan's id, ``name`` its kind and number ('Chương trình hành
    động 45-CTr/TU'); ``counts`` gives every class, in :class:`Status` order; ``done``
    counts the child duties completed (on time, late, or undated and done).
    """

    plan: str
    name: str
    counts: tuple[tuple[Status, int], ...]
    done: int

    def count(self, status: Status) -> int:
        """How many child duties are in ``status``."""
        return next(n for s, n in self.counts if s is status)

    @property
    def total(self) -> int:
        """How many child duties carry the parent duty out."""
        return sum(n for _, n in self.counts)

    @property
    def overdue(self) -> int:
        """Child duties open past a deadline."""
        return self.count(Status.OPEN_OVERDUE)

    @property
    def on_time(self) -> int:
        """Child duties done on or before their deadline."""
        return self.count(Status.DONE_ON_TIME)


def parent_duties(implements: Sequence[str], plan_duty: str | None) -> tuple[str, ...]:
    """The parent duties a child duty carries out: the ones it names, else its plan's."""
    if implements:
        return tuple(dict.fromkeys(implements))
    return (plan_duty,) if plan_duty else ()


def roll_up(plan: str, name: str, verdicts: Iterable[Verdict]) -> Rollup:
    """Count the verdicts on a child plan's duties that carry out one parent duty.

    The parent's own class is not touched (see "Plans that carry out a duty" above).
    """
    counts = dict.fromkeys(Status, 0)
    done = 0
    for v in verdicts:
        counts[v.status] += 1
        done += v.completion is not None
    return Rollup(plan, name, tuple(counts.items()), done)
