"""Questions analysts ask of a plan: what is due, overdue, ongoing, and who owns it.

Every query takes ``as_of`` as a parameter; nothing here reads the clock. What a
deadline means is not decided here: every row is judged by the rule book
(:mod:`nq42cli.core.rules`), from the duty's windows and its progress records, which
come in as a mapping from (plan id, duty id) to records; the same queries serve a plan
with or without progress, loaded from YAML or served from its index.

With an owners registry (a :class:`~nq42cli.core.directory.Directory`), each owner also
carries the names its place went by after the plan (:attr:`OwnerLine.later`: Ban Kinh
tế Trung ương is Ban Chính sách, chiến lược Trung ương from 24/01/2025) and the names
that stand for it in ``--owner`` (its predecessors', successors' and members'), and
each duty the members of its group owners (:attr:`Entry.groups`), which the rule book
uses to judge a group's part member by member.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, NamedTuple, Protocol

from nq42cli.core.rules import (
    Adjustment,
    Completion,
    Event,
    Membership,
    RecordLike,
    Rollup,
    Status,
    Verdict,
    due_in,
    in_force,
    is_overdue,
    is_report,
    judge,
    judge_deadline,
    latest_report,
    ongoing_since,
    required_keys,
    result_of,
)
from nq42cli.core.text import closest, fold
from nq42cli.core.vocab import Role
from nq42cli.core.windows import Period, Window

if TYPE_CHECKING:
    # Only for annotations: rows served from the cache (core.cache) never load pydantic.
    from nq42cli.core.directory import Directory
    from nq42cli.core.models import Duty, Plan
    from nq42cli.core.status import GroupTally

__all__ = [
    "Entry",
    "FilterError",
    "Filters",
    "GroupLine",
    "Heading",
    "OwnerLine",
    "PlanHead",
    "Records",
    "Row",
    "SectionHead",
    "check_filters",
    "check_filters_against",
    "did_you_mean",
    "due",
    "due_of",
    "entries",
    "entry",
    "filter_vocabulary",
    "find",
    "head",
    "listing",
    "listing_of",
    "not_found",
    "ongoing",
    "ongoing_of",
    "outline",
    "overdue",
    "overdue_of",
    "owner_lines",
]

# Progress records by (plan id, duty id); a duty with none is simply absent.
Records = Mapping[tuple[str, str], Sequence[RecordLike]]
_NONE: Records = {}
# Records that say work was done on a duty (not notes, not adjusted deadlines).
_WORK = (Event.STARTED, Event.PROGRESS, Event.DONE)


class Heading(Protocol):
    """Where a duty sits in its plan (what ``--section`` reads): a model or an entry."""

    @property
    def id(self) -> str:
        """Duty id (IV.2.a)."""

    @property
    def section(self) -> str:
        """Section id (IV)."""

    @property
    def group(self) -> str | None:
        """Item id (IV.2), if any."""


class OwnerLine(NamedTuple):
    """One owner of a duty, resolved from its key.

    ``name`` and ``short`` are the plan's; ``later`` the names its place went by after,
    each from a day (the registry's successions and renames); ``aliases`` every other
    name that stands for it in ``--owner``.
    """

    key: str
    name: str
    short: str
    role: Role
    as_written: str | None = None
    later: tuple[tuple[date, str, str], ...] = ()
    aliases: tuple[str, ...] = ()

    def on(self, day: date | None) -> tuple[str, str]:
        """``(name, short)`` in force on ``day`` (the plan's before any change)."""
        name, short = self.name, self.short
        for since, n, s in self.later:
            if day is not None and since <= day:
                name, short = n, s
        return name, short


class GroupLine(NamedTuple):
    """A group owner of a duty whose members the registry lists.

    ``names`` gives each member's short name, for tallies ("Đồng Nai").
    """

    key: str
    label_vi: str
    label_en: str
    members: Membership
    names: tuple[tuple[str, str], ...] = ()

    def label(self, lang: str) -> str:
        """'tỉnh ủy, thành ủy' (vi) or 'provincial party committees' (en)."""
        return self.label_en if lang == "en" else self.label_vi


class PlanHead(NamedTuple):
    """What titles and reports say of a plan: id, kind, number, date, issuer, title.

    ``implements`` is the number of the document the plan implements (``19-KH/TW`` for
    a province's programme), ``implements_duty`` the duty of that document's plan it
    carries out as a whole (``IV.6.a``), when the plan names one.
    """

    id: str
    kind: str
    number: str
    date: date
    issuer: str
    title: str
    implements: str | None = None
    implements_duty: str | None = None

    @property
    def name(self) -> str:
        """'Kế hoạch 19-KH/TW'."""
        return f"{self.kind} {self.number}"


class SectionHead(NamedTuple):
    """A section of the plan with its title, and its numbered items' headings (IV.1 …)."""

    id: str
    title: str
    groups: tuple[tuple[str, str], ...] = ()


def outline(plan: Plan) -> list[SectionHead]:
    """The sections of a validated plan, in order, with their items' headings."""
    return [
        SectionHead(s.id, s.title, tuple((g.id, g.heading) for g in s.groups))
        for s in plan.sections
    ]


def head(plan: Plan) -> PlanHead:
    """The :class:`PlanHead` of a validated plan."""
    m = plan.meta
    parent = m.implements
    return PlanHead(
        m.id,
        m.kind,
        m.number,
        m.date,
        m.issuer,
        m.title,
        parent.number if parent else None,
        parent.duty if parent else None,
    )


class Entry(NamedTuple):
    """One duty as queries, the rule book and renderers see it, whatever it was read from.

    Built from a validated plan (:func:`entry`) or from a row of the plan's index
    (:mod:`nq42cli.core.cache`); both give equal entries, so both answer alike.
    """

    plan: str
    plan_date: date
    id: str
    section: str
    group: str | None
    text: str
    timing: str | None
    windows: tuple[Window, ...]
    owners: tuple[OwnerLine, ...]
    group_lines: tuple[GroupLine, ...] = ()
    implements: tuple[str, ...] = ()
    """The duties of the implemented plan this duty names as the ones it carries out."""

    @property
    def qualified(self) -> str:
        """``PLAN:ID`` (``45-CTr/TU:II.1``): the duty's id where several plans are read."""
        return f"{self.plan}:{self.id}"

    @property
    def parts(self) -> tuple[str, ...]:
        """The owners whose ``done`` records together complete the duty."""
        return required_keys((o.key, o.role) for o in self.owners)

    @property
    def groups(self) -> dict[str, Membership]:
        """The members of its group owners, for the rule book (empty without a registry)."""
        return {g.key: g.members for g in self.group_lines}


class Row(NamedTuple):
    """One duty as an answer shows it: the duty, and the rule book's verdict on it.

    For ``due`` the verdict is on the deadline that fell in the period; otherwise on the
    whole duty. ``since`` is the day an ongoing part started (``ongoing``); ``records``
    the duty's progress known on the verdict's day; ``owner_status`` each reporting
    owner's class (the status table).
    """

    duty: Entry
    verdict: Verdict
    since: date | None = None
    ongoing_window: Window | None = None
    records: tuple[RecordLike, ...] = ()
    owner_status: tuple[tuple[str, Status], ...] = ()
    members: tuple[GroupTally, ...] = ()
    children: tuple[Rollup, ...] = ()
    """The progress of the plans that carry this duty out, one line per plan (the status
    table; see :func:`nq42cli.core.rules.roll_up`): shown beside the class, never in it."""

    @property
    def plan(self) -> str:
        """The plan's id."""
        return self.duty.plan

    @property
    def owners(self) -> tuple[OwnerLine, ...]:
        """The duty's owners, leads first."""
        return self.duty.owners

    @property
    def as_of(self) -> date:
        """The day the verdict is for."""
        return self.verdict.as_of

    @property
    def status(self) -> Status:
        """The class the rule book gave."""
        return self.verdict.status

    @property
    def deadline(self) -> date | None:
        """The deadline judged (a round's due day for recurring windows)."""
        return self.verdict.deadline

    @property
    def window(self) -> Window | None:
        """The window of the deadline judged, or the ongoing part for ``ongoing``."""
        return self.ongoing_window or self.verdict.window

    @property
    def completion(self) -> Completion | None:
        """What settled the deadline judged (or completed an undated duty)."""
        return self.verdict.completion

    @property
    def completed_on(self) -> date | None:
        """The day of :attr:`completion`."""
        return self.verdict.completed_on

    @property
    def days_left(self) -> int | None:
        """Days left to the deadline while open (0 on the day and after); see Verdict."""
        return self.verdict.days_left

    @property
    def days_late(self) -> int | None:
        """How late, by the completion day once done, else by ``as_of``; see Verdict."""
        return self.verdict.days_late

    @property
    def adjusted(self) -> Adjustment | None:
        """The deadline adjustment in force, if the deadline was changed (see rules)."""
        return self.verdict.adjusted

    @property
    def original_deadline(self) -> date | None:
        """The deadline the plan itself set, when an adjustment replaced it."""
        return self.verdict.original_deadline

    @property
    def started_on(self) -> date | None:
        """The first day work was recorded as started (under way, or done)."""
        days = [r.on for r in self.records if r.event in _WORK]
        return min(days) if days else None

    @property
    def reported(self) -> bool:
        """Whether anything has been reported on the duty by the verdict's day.

        An adjusted deadline is a decision, not a report (see the rule book).
        """
        return any(is_report(r) for r in self.records)

    @property
    def last_report(self) -> date | None:
        """The day of the latest report known (see :func:`nq42cli.core.rules.latest_report`)."""
        latest = latest_report(self.records)
        return latest.on if latest else None

    @property
    def result(self) -> str | None:
        """The current result: the latest report's note, else its evidence."""
        return result_of(latest_report(self.records))

    @property
    def in_progress(self) -> bool:
        """Reported, and not (yet) done: *đang thực hiện*."""
        return self.reported and self.completion is None

    @property
    def parts(self) -> tuple[int, int]:
        """How many of the owners that must report have done their part, out of how many."""
        done = sum(1 for _, s in self.owner_status if s in (Status.DONE_ON_TIME, Status.DONE_LATE))
        return done, len(self.owner_status)


class Filters(NamedTuple):
    """Listing filters; text filters ignore case, accents and tone placement."""

    owner: str | None = None
    role: Role | None = None
    section: str | None = None
    search: str | None = None

    def accepts(self, duty: Entry, owners: tuple[OwnerLine, ...]) -> bool:
        """Tell whether ``duty`` passes every filter that is set."""
        if self.section is not None and not _in_section(duty, self.section):
            return False
        if self.search is not None and _folded_word(self.search) not in fold(duty.text):
            return False
        if self.owner is None and self.role is None:
            return True
        want = None if self.owner is None else _folded_word(self.owner)
        # Owner and role must hold for the same owner: "--owner BKTTW --role lead"
        # asks for duties that BKTTW leads, not duties BKTTW joins and someone leads.
        return any(
            (self.role is None or o.role is self.role) and (want is None or _owner_matches(o, want))
            for o in owners
        )


NO_FILTERS = Filters()
"""Filters that accept every duty."""


# The filter words, folded once per process: folding them again for every duty made a
# long --search cost its length times the plan's size.
@functools.lru_cache(maxsize=64)
def _folded_word(word: str) -> str:
    return fold(word)


class FilterError(Exception):
    """A filter that matches nothing in the plan: almost always a typo, never an answer.

    Not a ``ValueError``: the index treats value errors as damage and rebuilds itself,
    and a typo in ``--owner`` must cost nothing.
    """

    def __init__(self, option: str, message: str) -> None:
        super().__init__(message)
        self.option = option
        self.message = message


def check_filters(
    plans: Iterable[Plan], filters: Filters, directory: Directory | None = None
) -> None:
    """Raise :class:`FilterError` when ``--owner`` or ``--section`` names nothing in the plans.

    An empty table for ``--owner "ban kinh tê"`` would read as "nothing is due", a
    confident wrong answer; a filter that cannot match anything is refused instead.
    Names of successors, predecessors and members (the registry's) count.
    """
    check_filters_against(filters, *filter_vocabulary(plans, directory))


def filter_vocabulary(
    plans: Iterable[Plan], directory: Directory | None = None
) -> tuple[list[str], list[Heading]]:
    """What filters are checked against: every name ``--owner`` matches, every duty.

    Names of successors, predecessors and members (the registry's) count.
    """
    plans = list(plans)
    names = [n for p in plans for o in p.owners for n in (o.key, o.name, o.short)]
    if directory is not None:
        names += [n for p in plans for o in p.owners for n in directory.aliases(o.key)]
    written = [r.as_written or "" for p in plans for d in p.duties for r in d.owners]
    duties: list[Heading] = [d for p in plans for d in p.duties]
    return names + written, duties


def check_filters_against(
    filters: Filters, owner_names: Sequence[str], duties: Iterable[Heading]
) -> None:
    """:func:`check_filters` over plain names and duties (what an index can give)."""
    if filters.owner is not None:
        want = fold(filters.owner)
        if not any(want in fold(n) for n in owner_names):
            close = _close(want, {fold(n): n for n in owner_names if n})
            hint = f"; did you mean {close}?" if close else ""
            raise FilterError("--owner", f"no owner matches '{filters.owner}'{hint}")
    if filters.section is not None:
        sections: set[str] = set()
        for d in duties:
            if _in_section(d, filters.section):
                return
            sections.add(d.section)
        known = sorted(sections)
        more = f" and {len(known) - _LISTED} more" if len(known) > _LISTED else ""
        msg = (
            f"no section or item '{filters.section}' has duties "
            f"(sections: {', '.join(known[:_LISTED])}{more})"
        )
        raise FilterError("--section", msg)


def _close(want: str, names: dict[str, str]) -> str | None:
    close = closest(want, names, n=2)
    return ", ".join(f"'{names[c]}'" for c in close) or None


def _in_section(duty: Heading, section: str) -> bool:
    s = section.strip().upper()
    return (
        duty.section.upper() == s
        or (duty.group or "").upper() == s
        or duty.id.upper().startswith(s + ".")
    )


def _owner_matches(owner: OwnerLine, want: str) -> bool:
    names = (owner.key, owner.name, owner.short, owner.as_written or "", *owner.aliases)
    return any(want in _folded(n) for n in names)


@functools.lru_cache(maxsize=16384)
def _folded(name: str) -> str:
    # A group owner's aliases are a few hundred names, asked of every duty it owns.
    return fold(name)


def owner_lines(
    plan: Plan, duty: Duty, directory: Directory | None = None
) -> tuple[OwnerLine, ...]:
    """Resolve a duty's owner keys; leads first, then partners, then the plainly responsible.

    With the registry, each owner carries its later names and its aliases.
    """
    by_key = plan.owners_by_key
    order = {Role.LEAD: 0, Role.RESPONSIBLE: 1, Role.PARTNER: 2}
    lines = []
    for ref in duty.owners:
        o = by_key[ref.owner]
        later = directory.later_names(ref.owner) if directory else ()
        aliases = directory.aliases(ref.owner) if directory else ()
        lines.append(
            OwnerLine(ref.owner, o.name, o.short, ref.role, ref.as_written, later, aliases)
        )
    return tuple(sorted(lines, key=lambda o: order[o.role]))


def group_lines(duty: Duty, directory: Directory | None) -> tuple[GroupLine, ...]:
    """The duty's group owners whose members the registry lists."""
    if directory is None:
        return ()
    out = []
    for ref in duty.owners:
        g = directory.group(ref.owner)
        if g is None:
            continue
        names = tuple(
            (m, u.short if (u := directory.unit(m)) else m) for m, _, _ in g.members.spans
        )
        out.append(GroupLine(g.key, g.label_vi, g.label_en, g.members, names))
    return tuple(out)


def entry(plan: Plan, duty: Duty, directory: Directory | None = None) -> Entry:
    """The :class:`Entry` of a duty of a validated plan (and its registry, if any)."""
    return Entry(
        plan.meta.id,
        plan.meta.date,
        duty.id,
        duty.section,
        duty.group,
        duty.text,
        duty.timing,
        tuple(duty.windows),
        owner_lines(plan, duty, directory),
        group_lines(duty, directory),
        tuple(duty.implements),
    )


def entries(
    plans: Iterable[Plan], filters: Filters = NO_FILTERS, directory: Directory | None = None
) -> Iterator[Entry]:
    """The duties of ``plans`` that pass ``filters``, in plan order."""
    plans = list(plans)
    check_filters(plans, filters, directory)
    for plan in plans:
        for duty in plan.duties:
            e = entry(plan, duty, directory)
            if filters.accepts(e, e.owners):
                yield e


def _known(records: Records, e: Entry, as_of: date | None) -> tuple[RecordLike, ...]:
    recs = records.get((e.plan, e.id), ())
    return tuple(r for r in recs if as_of is None or r.on <= as_of)


def listing(
    plans: Iterable[Plan],
    as_of: date,
    filters: Filters = NO_FILTERS,
    records: Records = _NONE,
    directory: Directory | None = None,
) -> list[Row]:
    """Every duty that passes the filters, in plan order, judged as of ``as_of``."""
    return listing_of(entries(plans, filters, directory), as_of, records)


def listing_of(found: Iterable[Entry], as_of: date, records: Records = _NONE) -> list[Row]:
    """:func:`listing` over entries."""
    out = []
    for e in found:
        recs = _known(records, e, as_of)
        verdict = judge(e.windows, e.plan_date, as_of, e.parts, recs, e.groups)
        out.append(Row(e, verdict, records=recs))
    return out


def due(
    plans: Iterable[Plan],
    period: Period,
    as_of: date,
    filters: Filters = NO_FILTERS,
    records: Records = _NONE,
    directory: Directory | None = None,
) -> list[Row]:
    """Duties with a binding deadline, or a round of a recurring one, inside ``period``.

    Each row carries the verdict on that deadline as of ``as_of`` (see
    :mod:`nq42cli.core.rules`); rows come by deadline, plan order within a day.
    """
    return due_of(entries(plans, filters, directory), period, as_of, records)


def due_of(
    found: Iterable[Entry], period: Period, as_of: date, records: Records = _NONE
) -> list[Row]:
    """:func:`due` over entries."""
    rows = []
    for e in found:
        recs = _known(records, e, as_of)
        # An adjusted deadline known on ``as_of`` is the one that can fall in the period.
        hit = due_in(in_force(e.windows, recs, as_of), e.plan_date, period)
        if hit is not None:
            verdict = judge_deadline(
                hit, e.plan_date, as_of, e.parts, recs, e.groups, windows=e.windows
            )
            rows.append(Row(e, verdict, records=recs))
    return _by_deadline(rows)


def overdue(
    plans: Iterable[Plan],
    as_of: date,
    filters: Filters = NO_FILTERS,
    records: Records = _NONE,
    directory: Directory | None = None,
) -> list[Row]:
    """Duties the rule book finds open past a deadline as of ``as_of``, by deadline.

    A deadline ends at the end of its last day: a duty due in Q1/2024 is not overdue on
    31/03/2024, and is one day late on 01/04/2024.
    """
    return overdue_of(entries(plans, filters, directory), as_of, records)


def overdue_of(found: Iterable[Entry], as_of: date, records: Records = _NONE) -> list[Row]:
    """:func:`overdue` over entries."""
    rows = []
    for e in found:
        recs = _known(records, e, as_of)
        verdict = judge(e.windows, e.plan_date, as_of, e.parts, recs, e.groups)
        if is_overdue(verdict):
            rows.append(Row(e, verdict, records=recs))
    return _by_deadline(rows)


def ongoing(
    plans: Iterable[Plan],
    as_of: date,
    filters: Filters = NO_FILTERS,
    records: Records = _NONE,
    directory: Directory | None = None,
) -> list[Row]:
    """Duties with an ongoing or recurring part that has started and not ended by ``as_of``.

    A part with no start of its own ("thường xuyên", "hằng năm") runs from the plan's date.
    """
    return ongoing_of(entries(plans, filters, directory), as_of, records)


def ongoing_of(found: Iterable[Entry], as_of: date, records: Records = _NONE) -> list[Row]:
    """:func:`ongoing` over entries."""
    rows = []
    for e in found:
        recs = _known(records, e, as_of)
        part = ongoing_since(in_force(e.windows, recs, as_of), e.plan_date, as_of)
        if part is not None:
            verdict = judge(e.windows, e.plan_date, as_of, e.parts, recs, e.groups)
            rows.append(Row(e, verdict, part[1], part[0], recs))
    return rows


def _by_deadline(rows: list[Row]) -> list[Row]:
    # sorted() is stable, so duties sharing a deadline keep plan order.
    return sorted(rows, key=lambda r: r.deadline or date.max)


def find(plans: Iterable[Plan], duty_id: str, directory: Directory | None = None) -> Entry | None:
    """The duty with ``duty_id`` (case-insensitive: ``iv.2.a`` finds IV.2.a), or None."""
    want = duty_id.strip().casefold()
    for plan in plans:
        for duty in plan.duties:
            if duty.id.casefold() == want:
                return entry(plan, duty, directory)
    return None


def not_found(plans: Iterable[Plan], duty_id: str) -> str:
    """The message for an id that names no duty of ``plans`` (see :func:`did_you_mean`)."""
    return did_you_mean([d.id for p in plans for d in p.duties], duty_id)


# A message lists at most this many duty ids: a section of 80,000 duties is not a hint.
_LISTED = 30


def did_you_mean(ids: Sequence[str], duty_id: str) -> str:
    """The message for an id that is not among ``ids``.

    A section or item id lists its duties; a typo gets the closest ids.
    """
    want = duty_id.strip().upper()
    inside = [i for i in ids if i.upper().startswith(want + ".")]
    if inside:
        what = "an item" if "." in want else "a section"
        shown = ", ".join(inside[:_LISTED])
        more = f" and {len(inside) - _LISTED} more" if len(inside) > _LISTED else ""
        return f"'{duty_id}' is {what}; its duties are {shown}{more}"
    upper = {i.upper(): i for i in ids}
    close = closest(want, upper, n=3)
    hint = f"; did you mean {', '.join(upper[c] for c in close)}?" if close else ""
    return f"no duty '{duty_id}'{hint}"
