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

Hooks for what the owners registry brings (issue 11): owner names in force on the
report's day (``names``) and member-level counts of group owners (:class:`MemberCount`,
read from a status row's ``members`` when rows carry it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from nq42cli.core.rules import Event, Status, falls_due_by, in_force
from nq42cli.core.vocab import Role
from nq42cli.core.windows import Period, TimeParseError, parse_period, parse_window

if TYPE_CHECKING:
    from nq42cli.core.cache import RowSource
    from nq42cli.core.queries import Filters, OwnerLine, PlanHead, Row, SectionHead

__all__ = [
    "Appendix",
    "Block",
    "Changes",
    "Counts",
    "Figures",
    "Item",
    "Line",
    "MemberCount",
    "Names",
    "OwnerClasses",
    "OwnerFigures",
    "PeriodicReport",
    "build_report",
    "half_year",
    "latest_result",
    "member_counts",
    "name_in_force",
    "parse_report_period",
    "period_kind",
    "report_period",
]

# How many owners "most behind" names.
BEHIND = 5

Names = Callable[["OwnerLine", date], str]


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
class MemberCount:
    """A group owner's members for one duty (the 63, then 34, provincial committees …).

    The field names are those of the status JSON of the owners registry (issue 11):
    ``members_total``, ``members_done``, ``members_done_on_time`` and the names of the
    ``members_not_reported``. ``unit`` is how members are counted ("tỉnh ủy, thành ủy").
    """

    owner: str
    name: str
    members_total: int
    members_done: int
    members_done_on_time: int
    members_not_reported: tuple[str, ...] = ()
    unit: str = ""
    unit_en: str = ""


@dataclass(frozen=True)
class Line:
    """One duty in an appendix: its row, its number, and what the report says of it.

    ``leads`` are the owners that answer for it (chủ trì, or plainly responsible) and
    ``partners`` those that coordinate (phối hợp), by their names in force on ``as_of``;
    ``result`` is the latest note or evidence reported, ``last_report`` its day.
    """

    stt: int
    row: Row
    leads: tuple[str, ...]
    partners: tuple[str, ...]
    result: str | None
    last_report: date | None
    members: tuple[MemberCount, ...] = ()

    @property
    def reported(self) -> bool:
        """Whether anything was reported for the duty by the report's day."""
        return self.last_report is not None

    @property
    def evidence(self) -> tuple[str, ...]:
        """What shows the duty done (the completion's documents)."""
        return tuple(e for e in self.row.completion.evidence if e) if self.row.completion else ()

    @property
    def members_missing(self) -> tuple[str, ...]:
        """Members of its group owners that have not reported, by name."""
        return tuple(n for m in self.members for n in m.members_not_reported)


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
    ``members`` are its member counts, for a group owner, once the registry gives them.
    """

    key: str
    name: str
    counts: Counts
    days_late: int = 0
    members: tuple[MemberCount, ...] = ()


@dataclass(frozen=True)
class OwnerClasses:
    """One reporting owner's parts of every duty in the report, by class (for a chart)."""

    key: str
    name: str
    counts: tuple[tuple[Status, int], ...]

    @property
    def total(self) -> int:
        """All its parts."""
        return sum(n for _, n in self.counts)


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
    members: tuple[MemberCount, ...] = field(default=())
    classes: tuple[OwnerClasses, ...] = ()


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

    @property
    def kind(self) -> str:
        """``year``, ``half``, ``quarter``, ``month`` or ``range``."""
        return period_kind(self.period)


# --------------------------------------------------------------------------- building


def name_in_force(o: OwnerLine, day: date) -> str:
    """The owner's name in force on ``day``, with the plan's beside it where it differs.

    With the owners registry (issue 11) an owner line knows the names its place went by
    (``OwnerLine.on(day)``): "Ban Chính sách, chiến lược Trung ương (Ban Kinh tế Trung
    ương)". Without it, the plan's name.
    """
    on = getattr(o, "on", None)
    if not callable(on):
        return o.name
    name, _ = on(day)
    return o.name if name == o.name else f"{name} ({o.name})"


def build_report(
    source: RowSource,
    period: Period,
    *,
    as_of: date | None = None,
    since: date | None = None,
    filters: Filters | None = None,
    issuer: str | None = None,
    names: Names | None = None,
) -> PeriodicReport:
    """The report for ``period`` as of ``as_of`` (default: the period's last day).

    ``since`` is the previous report's day: what changed after it is listed. ``names``
    gives an owner's name in force on a day (default: the plan's). Rows come from
    ``source`` (the plan's index when it serves), judged by the rule book.
    """
    from nq42cli.core.queries import Filters

    day = as_of or period.end
    if since is not None and since >= day:
        msg = f"--since {since.isoformat()} is not before the report's day {day.isoformat()}"
        raise ValueError(msg)
    wanted = filters or Filters()
    name_of = names or name_in_force
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
    appendix1 = _appendix(1, dated, sections, day, name_of, start=1)
    appendix2 = _appendix(2, undated, sections, day, name_of, start=1)
    lines = appendix1.lines + appendix2.lines
    owners = _owners(dated, source.owners(), day, name_of)
    behind = sorted(
        (o for o in owners if o.counts.overdue),
        key=lambda o: (-o.counts.overdue, -o.days_late, o.name),
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
        members=tuple(m for ln in appendix1.lines for m in ln.members),
        classes=_classes([*dated, *undated], source.owners(), day, name_of),
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
    )


def _appendix(
    number: int,
    rows: Sequence[Row],
    sections: Sequence[SectionHead],
    day: date,
    name_of: Names,
    start: int,
) -> Appendix:
    by_section: dict[str, list[Row]] = {}
    for r in rows:
        by_section.setdefault(r.duty.section, []).append(r)
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
            items.setdefault(r.duty.group, []).append(_line(stt, r, day, name_of))
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


def _line(stt: int, r: Row, day: date, name_of: Names) -> Line:
    leads = tuple(name_of(o, day) for o in r.owners if o.role is not Role.PARTNER)
    partners = tuple(name_of(o, day) for o in r.owners if o.role is Role.PARTNER)
    result, last = latest_result(r.records)
    # Rows of the owners registry (issue 11) say it themselves; they decide.
    if hasattr(r, "last_report"):
        result, last = getattr(r, "result", result), r.last_report
    return Line(stt, r, leads, partners, result, last, member_counts(r))


def latest_result(records: Sequence[Any]) -> tuple[str | None, date | None]:
    """The latest note or evidence reported, and the day of the latest report.

    A deadline adjustment is not a report of work; every other record is.
    """
    result: str | None = None
    result_day: date | None = None
    last: date | None = None
    for rec in records:
        if rec.event is Event.DEADLINE:
            continue
        if last is None or rec.on >= last:
            last = rec.on
        said = rec.note or rec.evidence
        if said and (result_day is None or rec.on >= result_day):
            result, result_day = said, rec.on
    return result, last


def member_counts(row: Row) -> tuple[MemberCount, ...]:
    """The member counts of a row's group owners, when the row carries them.

    With the owners registry (issue 11) status rows carry ``members``: one tally per
    group owner (``owner``, ``total``, ``done``, ``done_on_time``, the names
    ``not_reported``, and ``label_vi``/``label_en``, how members are called). Objects
    already shaped as :class:`MemberCount` pass as they are. Until then rows carry none,
    and the report says nothing it does not know.
    """
    found = getattr(row, "members", None)
    if not found:
        return ()
    names = {o.key: o.name for o in row.owners}
    out = []
    for m in found:
        if isinstance(m, MemberCount):
            out.append(m)
            continue
        key = str(m.owner)
        out.append(
            MemberCount(
                key,
                names.get(key, key),
                int(m.total),
                int(m.done),
                int(m.done_on_time),
                tuple(str(n) for n in m.not_reported),
                str(getattr(m, "label_vi", "")),
                str(getattr(m, "label_en", "")),
            )
        )
    return tuple(out)


def _owners(
    rows: Sequence[Row], order: Sequence[OwnerLine], day: date, name_of: Names
) -> list[OwnerFigures]:
    statuses: dict[str, list[Status]] = {}
    late: dict[str, int] = {}
    members: dict[str, list[MemberCount]] = {}
    for r in rows:
        for key, st in r.owner_status:
            statuses.setdefault(key, []).append(st)
            if st is Status.OPEN_OVERDUE:
                late[key] = late.get(key, 0) + (r.days_late or 0)
        for m in member_counts(r):
            members.setdefault(m.owner, []).append(m)
    known = {o.key: o for o in order}
    for r in rows:
        for o in r.owners:
            known.setdefault(o.key, o)
    return [
        OwnerFigures(
            key,
            name_of(known[key], day) if key in known else key,
            Counts.of(statuses[key]),
            late.get(key, 0),
            tuple(members.get(key, ())),
        )
        for key in [k for k in known if k in statuses]
    ]


def _classes(
    rows: Sequence[Row], owners: Sequence[OwnerLine], day: date, name_of: Names
) -> tuple[OwnerClasses, ...]:
    names = {o.key: name_of(o, day) for o in owners}
    counts: dict[str, dict[Status, int]] = {}
    for r in rows:
        for key, st in r.owner_status:
            counts.setdefault(key, dict.fromkeys(Status, 0))[st] += 1
    order = [k for k in names if k in counts] + [k for k in counts if k not in names]
    return tuple(
        OwnerClasses(key, names.get(key, key), tuple(counts[key].items())) for key in order
    )


def _changes(now: Sequence[Row], then: Sequence[Row], since: date) -> Changes:
    before = {r.duty.id: r for r in then}

    def was(r: Row, test: Callable[[Row], bool]) -> bool:
        old = before.get(r.duty.id)
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
