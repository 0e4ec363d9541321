"""The periodic report (báo cáo định kỳ) as it is sent upward: figures and two appendices.

An analyst's deliverable for a quarter, a half-year or a year: how many duties fell due
and how many were done (on time, late), per owner and per group member, what changed
since the last report, the owners most behind and the duties nobody reported on; then
Phụ lục 1, every duty with a deadline up to the period's end, and Phụ lục 2, the ongoing
and undated duties, each under its section and item heading.

This module holds numbers and structure only: which duties, in which order, with which
verdict, counted how. Words (Vietnamese or English), dates written dd/mm/yyyy and
percentages written "62,5%" are the renderers' (:mod:`nq42cli.render.report_words`).
Every verdict comes from the rule book through the same row source as ``status`` and
``due`` (:class:`nq42cli.core.cache.RowSource`), so the report cannot disagree with them.

With the owners registry, the rows carry what it brings and the report uses it as it
is: each owner line knows the names its place went by (the renderers name an owner as
it was called on the report's day, the plan's name beside it), and each status row the
tally of its group owners' members (:class:`~nq42cli.core.status.GroupTally`: how many
of the 63, later 34, provincial committees are done, on time, in progress, silent),
which the report lists per duty (:class:`MemberFigures`) and notes beside each duty.
What was reported, when, and the current result are the row's own (the rule book's
``reported``, ``last_report``, ``result``); the report computes none of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from nq42cli.core.rules import Status, falls_due_by, in_force
from nq42cli.core.vocab import Role
from nq42cli.core.windows import Period, TimeParseError, parse_period, parse_window

if TYPE_CHECKING:
    from nq42cli.core.cache import RowSource
    from nq42cli.core.queries import Filters, OwnerLine, PlanHead, Row, SectionHead
    from nq42cli.core.status import GroupTally

__all__ = [
    "Appendix",
    "Block",
    "Changes",
    "Counts",
    "Figures",
    "Item",
    "Line",
    "MemberFigures",
    "OwnerClasses",
    "OwnerFigures",
    "PeriodicReport",
    "PlanFigures",
    "build_report",
    "half_year",
    "parse_report_period",
    "period_kind",
    "report_period",
]

# How many owners "most behind" names.
BEHIND = 5


# --------------------------------------------------------------------------- periods


def half_year(year: int, half: int) -> Period:
    """Half ``half`` (1 or 2) of ``year``: 2025H1 is 01/01–30/06/2025."""
    if half == 1:
        return Period(date(year, 1, 1), date(year, 6, 30), f"{year}H1")
    return Period(date(year, 7, 1), date(year, 12, 31), f"{year}H2")


_HALF = re.compile(r"^\s*(?:(\d{4})\s*[Hh]([12])|[Hh]([12])\s*[/-]?\s*(\d{4}))\s*$")


def parse_report_period(text: str) -> Period:
    """Read a report's period: a quarter, a half-year, a year or a month.

    ``2025H1``, ``H1/2025``, ``6 tháng đầu năm 2025``, ``6 tháng cuối năm 2025``, and every
    form :func:`nq42cli.core.windows.parse_period` reads (``2025Q1``, ``quý I/2025``,
    ``2025``, ``năm 2025``, ``2025-03``). Raises :class:`TimeParseError`.
    """
    if m := _HALF.match(text):
        year, half = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
        return half_year(year, half)
    try:
        return parse_period(text)
    except TimeParseError as exc:
        if exc.code != "time.not_period":
            raise
    w = parse_window(text)
    if w.start is not None and w.end is not None and not w.flags:
        for half in (1, 2):
            p = half_year(w.start.year, half)
            if (w.start, w.end) == (p.start, p.end):
                return p
    msg = f"'{text.strip()}' is not a quarter, half-year, year or month"
    raise TimeParseError(msg, "time.not_period")


def report_period(
    period: str | None,
    quarter: str | None,
    year: str | None,
    start: date | None,
    end: date | None,
) -> Period:
    """The one period given by ``--period``, ``--quarter``, ``--year`` or ``--from/--to``.

    Raises :class:`ValueError` naming what is wrong (none or several given, a range with
    one end) and :class:`TimeParseError` for a period that does not read.
    """
    named = [(n, v) for n, v in (("period", period), ("quarter", quarter), ("year", year)) if v]
    ranged = start is not None or end is not None
    if len(named) + ranged != 1:
        msg = "give exactly one of --period, --quarter, --year, or --from with --to"
        raise ValueError(msg)
    if ranged:
        if start is None or end is None:
            raise ValueError("--from and --to go together")
        if end < start:
            raise ValueError(f"--to {end} is before --from {start}")
        return Period(start, end, f"{start.isoformat()}..{end.isoformat()}")
    name, text = named[0]
    if name == "period":
        return parse_report_period(text)
    return parse_period(text, name)


def period_kind(period: Period) -> str:
    """``year``, ``half``, ``quarter``, ``month`` or ``range``: how to say the period."""
    s, e = period.start, period.end
    if s.day != 1 or s.year != e.year:
        return "range"
    months = {(1, 12): "year", (1, 6): "half", (7, 12): "half"}
    kind = months.get((s.month, e.month))
    if kind is None and s.month == e.month:
        kind = "month"
    if kind is None and s.month % 3 == 1 and e.month == s.month + 2:
        kind = "quarter"
    if kind is None or Period.month(e.year, e.month).end != e:
        return "range"
    return kind


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class MemberFigures:
    """A group owner's members on one duty, as the duty's status row tallies them.

    ``tally`` is the row's own (:class:`~nq42cli.core.status.GroupTally`, judged member
    by member by the rule book on the report's day); ``owner`` the group owner's line.
    """

    duty: str
    owner: OwnerLine
    tally: GroupTally


@dataclass(frozen=True)
class Line:
    """One duty in an appendix: its row, its number, and who answers for it.

    ``leads`` are the owners that answer for it (chủ trì, or plainly responsible) and
    ``partners`` those that coordinate (phối hợp); the renderers name them as they were
    called on the report's day. What was reported, when, and the result are the row's.
    """

    stt: int
    row: Row
    leads: tuple[OwnerLine, ...]
    partners: tuple[OwnerLine, ...]

    @property
    def reported(self) -> bool:
        """Whether anything was reported for the duty by the report's day."""
        return self.row.reported

    @property
    def last_report(self) -> date | None:
        """The day of the latest report known on the report's day."""
        return self.row.last_report

    @property
    def result(self) -> str | None:
        """The current result: the latest report's note, else its evidence."""
        return self.row.result

    @property
    def evidence(self) -> tuple[str, ...]:
        """What shows the duty done (the completion's documents)."""
        return tuple(e for e in self.row.completion.evidence if e) if self.row.completion else ()

    @property
    def members(self) -> tuple[GroupTally, ...]:
        """The tallies of its group owners' members (none without the owners registry)."""
        return self.row.members

    @property
    def members_missing(self) -> tuple[str, ...]:
        """Members of its group owners that have reported nothing, by name."""
        return tuple(n for t in self.members for n in t.not_reported)

    @property
    def members_in_progress(self) -> tuple[str, ...]:
        """Members of its group owners that reported and are not done, by name."""
        return tuple(n for t in self.members for n in t.in_progress)


@dataclass(frozen=True)
class Item:
    """A numbered item of a section (IV.2, with its heading), or the section's own duties."""

    id: str | None
    heading: str | None
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Block:
    """A section of the plan (II, with its title) and its items."""

    id: str
    title: str
    items: tuple[Item, ...]

    @property
    def lines(self) -> tuple[Line, ...]:
        """Every duty of the section, in plan order."""
        return tuple(ln for item in self.items for ln in item.lines)


@dataclass(frozen=True)
class Appendix:
    """Phụ lục 1 (dated duties) or 2 (ongoing and undated), by section and item."""

    number: int
    blocks: tuple[Block, ...]

    @property
    def lines(self) -> tuple[Line, ...]:
        """Every duty of the appendix, in plan order."""
        return tuple(ln for b in self.blocks for ln in b.lines)


@dataclass(frozen=True)
class Counts:
    """Duties by class: how many fell due and what became of them."""

    total: int = 0
    on_time: int = 0
    late: int = 0
    overdue: int = 0
    open_in_time: int = 0

    @property
    def done(self) -> int:
        """Done, on time or late."""
        return self.on_time + self.late

    @classmethod
    def of(cls, statuses: Iterable[Status]) -> Counts:
        """Count verdicts on deadlines (classes without a deadline are not counted)."""
        n = dict.fromkeys(Status, 0)
        for s in statuses:
            n[s] += 1
        return cls(
            n[Status.DONE_ON_TIME] + n[Status.DONE_LATE] + n[Status.OPEN_OVERDUE]
            + n[Status.OPEN_IN_TIME],
            n[Status.DONE_ON_TIME],
            n[Status.DONE_LATE],
            n[Status.OPEN_OVERDUE],
            n[Status.OPEN_IN_TIME],
        )  # fmt: skip


@dataclass(frozen=True)
class OwnerFigures:
    """One reporting owner's parts of the dated duties (Phụ lục 1), by class.

    ``days_late`` adds up how late its overdue parts are, as of the report's day.
    ``members`` are, for a group owner, its members' tallies on each of those duties.
    """

    key: str
    owner: OwnerLine
    counts: Counts
    days_late: int = 0
    members: tuple[MemberFigures, ...] = ()


@dataclass(frozen=True)
class OwnerClasses:
    """One reporting owner's parts of every duty in the report, by class (for a chart)."""

    key: str
    owner: OwnerLine
    counts: tuple[tuple[Status, int], ...]

    @property
    def total(self) -> int:
        """All its parts."""
        return sum(n for _, n in self.counts)


@dataclass(frozen=True)
class PlanFigures:
    """One plan's duties in a report over several plans: fallen due in the period, to date."""

    head: PlanHead
    in_period: Counts
    to_date: Counts


@dataclass(frozen=True)
class Changes:
    """What changed between the previous report's day (``since``) and this one's."""

    since: date
    newly_done: tuple[Row, ...]
    newly_overdue: tuple[Row, ...]
    adjusted: tuple[Row, ...]


@dataclass(frozen=True)
class Figures:
    """The report's numbers.

    ``in_period``: duties with a deadline (or a round) inside the period, judged on that
    deadline; ``to_date``: the duties of Phụ lục 1, each judged as a whole as of the
    report's day; ``not_yet_due``: dated duties whose first deadline is after the period.
    """

    in_period: Counts
    to_date: Counts
    not_yet_due: int
    ongoing: int
    undated: int
    owners: tuple[OwnerFigures, ...]
    behind: tuple[OwnerFigures, ...]
    not_reported: tuple[Line, ...]
    changes: Changes | None = None
    members: tuple[MemberFigures, ...] = field(default=())
    classes: tuple[OwnerClasses, ...] = ()
    plans: tuple[PlanFigures, ...] = ()
    """With several plans, each plan's own counts (the figures above cover them all)."""


@dataclass(frozen=True)
class PeriodicReport:
    """Everything a periodic report says, before any format (``nq42 report``)."""

    KIND: ClassVar[str] = "periodic"
    head: PlanHead
    period: Period
    as_of: date
    since: date | None
    figures: Figures
    appendix1: Appendix
    appendix2: Appendix
    issuer: str | None = None
    due_rows: tuple[Row, ...] = ()
    later: tuple[Row, ...] = ()
    plans: tuple[PlanHead, ...] = ()
    """The plans reported on, when more than one: duties are then named ``PLAN:ID``, the
    appendices hold a section per plan (``19-KH/TW:IV``), and each plan is counted."""

    @property
    def several(self) -> bool:
        """Whether the report covers several plans."""
        return len(self.plans) > 1

    def name(self, row: Row) -> str:
        """How the report names a duty: its id, ``PLAN:ID`` over several plans."""
        return row.duty.qualified if self.several else row.duty.id

    @property
    def kind(self) -> str:
        """``year``, ``half``, ``quarter``, ``month`` or ``range``."""
        return period_kind(self.period)


# --------------------------------------------------------------------------- building


def build_report(
    source: RowSource,
    period: Period,
    *,
    as_of: date | None = None,
    since: date | None = None,
    filters: Filters | None = None,
    issuer: str | None = None,
) -> PeriodicReport:
    """The report for ``period`` as of ``as_of`` (default: the period's last day).

    ``since`` is the previous report's day: what changed after it is listed. Rows come
    from ``source`` (the plan's index when it serves), judged by the rule book; with the
    owners registry they carry the group tallies and the names in force.
    """
    from nq42cli.core.plans import PlanSetRows
    from nq42cli.core.queries import Filters

    heads = tuple(source.heads()) if isinstance(source, PlanSetRows) and source.several else ()
    day = as_of or period.end
    if since is not None and since >= day:
        msg = f"--since {since.isoformat()} is not before the report's day {day.isoformat()}"
        raise ValueError(msg)
    wanted = filters or Filters()
    rows = source.status(day, wanted)
    due_rows = tuple(source.due(period, day, wanted))
    dated: list[Row] = []
    undated: list[Row] = []
    later: list[Row] = []
    for r in rows:
        windows = in_force(r.duty.windows, r.records, day)
        if falls_due_by(windows, r.duty.plan_date, period.end):
            dated.append(r)
        elif r.status in (Status.ONGOING, Status.NO_DEADLINE):
            undated.append(r)
        else:
            later.append(r)
    sections = source.sections()
    several = bool(heads)
    appendix1 = _appendix(1, dated, sections, start=1, several=several)
    appendix2 = _appendix(2, undated, sections, start=1, several=several)
    lines = appendix1.lines + appendix2.lines
    order = source.owners()
    owners = _owners(dated, order)
    behind = sorted(
        (o for o in owners if o.counts.overdue),
        key=lambda o: (-o.counts.overdue, -o.days_late, o.owner.on(day)[0]),
    )[:BEHIND]
    changes = None
    if since is not None:
        changes = _changes(rows, source.status(since, wanted), since)
    figures = Figures(
        in_period=Counts.of(r.status for r in due_rows),
        to_date=Counts.of(r.status for r in dated),
        not_yet_due=len(later),
        ongoing=sum(1 for r in undated if r.status is Status.ONGOING),
        undated=sum(1 for r in undated if r.status is Status.NO_DEADLINE),
        owners=tuple(owners),
        behind=tuple(behind),
        not_reported=tuple(ln for ln in lines if not ln.reported),
        changes=changes,
        members=_members(appendix1.lines, several),
        classes=_classes([*dated, *undated], order),
        plans=tuple(
            PlanFigures(
                h,
                Counts.of(r.status for r in due_rows if r.plan == h.id),
                Counts.of(r.status for r in dated if r.plan == h.id),
            )
            for h in heads
        ),
    )
    return PeriodicReport(
        source.head(),
        period,
        day,
        since,
        figures,
        appendix1,
        appendix2,
        issuer,
        due_rows,
        tuple(later),
        heads,
    )


def _appendix(
    number: int,
    rows: Sequence[Row],
    sections: Sequence[SectionHead],
    start: int,
    *,
    several: bool = False,
) -> Appendix:
    by_section: dict[str, list[Row]] = {}
    for r in rows:
        # Over several plans, a section is a plan's section (19-KH/TW:IV), as the
        # source's sections name it.
        key = f"{r.plan}:{r.duty.section}" if several else r.duty.section
        by_section.setdefault(key, []).append(r)
    titles = {s.id: s for s in sections}
    order = [s.id for s in sections] + [k for k in by_section if k not in titles]
    stt = start
    blocks = []
    for sid in order:
        found = by_section.get(sid)
        if not found:
            continue
        head = titles.get(sid)
        headings = dict(head.groups) if head else {}
        items: dict[str | None, list[Line]] = {}
        for r in found:
            items.setdefault(r.duty.group, []).append(_line(stt, r))
            stt += 1
        blocks.append(
            Block(
                sid,
                head.title if head else sid,
                tuple(
                    Item(g, headings.get(g) if g else None, tuple(ls)) for g, ls in items.items()
                ),
            )
        )
    return Appendix(number, tuple(blocks))


def _line(stt: int, r: Row) -> Line:
    leads = tuple(o for o in r.owners if o.role is not Role.PARTNER)
    partners = tuple(o for o in r.owners if o.role is Role.PARTNER)
    return Line(stt, r, leads, partners)


def _members(lines: Sequence[Line], several: bool = False) -> tuple[MemberFigures, ...]:
    out = []
    for ln in lines:
        by_key = {o.key: o for o in ln.row.owners}
        duty = ln.row.duty.qualified if several else ln.row.duty.id
        out += [MemberFigures(duty, by_key[t.owner], t) for t in ln.members]
    return tuple(out)


def _lines_by_key(rows: Sequence[Row], order: Sequence[OwnerLine]) -> dict[str, OwnerLine]:
    """Each owner's line, in the plan's order; a row's line (names in force) wins."""
    known = {o.key: o for o in order}
    for r in rows:
        for o in r.owners:
            known[o.key] = o
    return known


def _owners(rows: Sequence[Row], order: Sequence[OwnerLine]) -> list[OwnerFigures]:
    statuses: dict[str, list[Status]] = {}
    late: dict[str, int] = {}
    members: dict[str, list[MemberFigures]] = {}
    for r in rows:
        for key, st in r.owner_status:
            statuses.setdefault(key, []).append(st)
            if st is Status.OPEN_OVERDUE:
                late[key] = late.get(key, 0) + (r.days_late or 0)
        by_key = {o.key: o for o in r.owners}
        for t in r.members:
            members.setdefault(t.owner, []).append(MemberFigures(r.duty.id, by_key[t.owner], t))
    known = _lines_by_key(rows, order)
    return [
        OwnerFigures(
            key,
            known[key],
            Counts.of(statuses[key]),
            late.get(key, 0),
            tuple(members.get(key, ())),
        )
        for key in [k for k in known if k in statuses]
    ]


def _classes(rows: Sequence[Row], order: Sequence[OwnerLine]) -> tuple[OwnerClasses, ...]:
    known = _lines_by_key(rows, order)
    counts: dict[str, dict[Status, int]] = {}
    for r in rows:
        for key, st in r.owner_status:
            counts.setdefault(key, dict.fromkeys(Status, 0))[st] += 1
    return tuple(
        OwnerClasses(key, known[key], tuple(counts[key].items())) for key in known if key in counts
    )


def _changes(now: Sequence[Row], then: Sequence[Row], since: date) -> Changes:
    before = {(r.plan, r.duty.id): r for r in then}

    def was(r: Row, test: Callable[[Row], bool]) -> bool:
        old = before.get((r.plan, r.duty.id))
        return old is not None and test(old)

    def done(r: Row) -> bool:
        return r.verdict.done or (r.completion is not None and r.deadline is None)

    def overdue(r: Row) -> bool:
        return r.status is Status.OPEN_OVERDUE

    return Changes(
        since,
        tuple(r for r in now if done(r) and not was(r, done)),
        tuple(r for r in now if overdue(r) and not was(r, overdue)),
        tuple(r for r in now if r.adjusted is not None and r.adjusted.on > since),
    )
