"""Questions analysts ask of a plan: what is due, overdue, ongoing, and who owns it.

Every query takes ``as_of`` as a parameter; nothing here reads the clock. Completions
come in as a mapping from duty id to the day it was done, so the same queries serve a
plan with or without progress records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from nq42cli.core.text import fold
from nq42cli.core.vocab import Role
from nq42cli.core.windows import Flag, Period, Window, WindowKind, occurrences

if TYPE_CHECKING:
    # Only for annotations: rows served from the cache (core.cache) never load pydantic.
    from nq42cli.core.models import Duty, Plan

__all__ = [
    "DutyView",
    "FilterError",
    "Filters",
    "Item",
    "OwnerLine",
    "Row",
    "check_filters",
    "check_filters_against",
    "due",
    "due_of",
    "items",
    "listing",
    "listing_of",
    "ongoing",
    "ongoing_of",
    "overdue",
    "overdue_of",
]


class DutyView(Protocol):
    """What rows and renderers read of a duty: a model :class:`Duty` or a cached copy."""

    @property
    def id(self) -> str:
        """Duty id (IV.2.a)."""

    @property
    def section(self) -> str:
        """Section id (IV)."""

    @property
    def group(self) -> str | None:
        """Group id (IV.2), if any."""

    @property
    def text(self) -> str:
        """Verbatim text."""

    @property
    def timing(self) -> str | None:
        """Verbatim timing phrase."""

    @property
    def windows(self) -> Sequence[Window]:
        """Time windows, in order."""


@dataclass(frozen=True, slots=True)
class OwnerLine:
    """One owner of a row, resolved from its key."""

    key: str
    name: str
    short: str
    role: Role
    as_written: str | None = None


@dataclass(frozen=True, slots=True)
class Row:
    """One duty as a query answers it.

    ``deadline`` is the deadline a period or overdue query matched; ``days_left`` counts
    from ``as_of`` to it (0 on the day itself, negative once it has passed).
    ``since`` is the day an ongoing part started, for the ongoing query.
    """

    plan: str
    duty: DutyView
    owners: tuple[OwnerLine, ...]
    as_of: date | None = None
    deadline: date | None = None
    window: Window | None = None
    since: date | None = None
    completed_on: date | None = None

    @property
    def days_left(self) -> int | None:
        """Days from ``as_of`` to the deadline: negative when late."""
        if self.deadline is None or self.as_of is None:
            return None
        return (self.deadline - self.as_of).days

    @property
    def days_late(self) -> int | None:
        """How late the duty is (0 if not): by its completion day once done, else by ``as_of``.

        A duty done 39 days after its deadline stays 39 days late however long ago that
        was; counting to today would make finished work look ever later.
        """
        if self.deadline is None:
            return None
        end = self.completed_on or self.as_of
        return None if end is None else max((end - self.deadline).days, 0)


@dataclass(frozen=True, slots=True)
class Filters:
    """Listing filters; text filters ignore case, accents and tone placement."""

    owner: str | None = None
    role: Role | None = None
    section: str | None = None
    search: str | None = None

    def accepts(self, duty: DutyView, owners: tuple[OwnerLine, ...]) -> bool:
        """Tell whether ``duty`` passes every filter that is set."""
        if self.section is not None and not _in_section(duty, self.section):
            return False
        if self.search is not None and fold(self.search) not in fold(duty.text):
            return False
        if self.owner is None and self.role is None:
            return True
        want = fold(self.owner) if self.owner is not None else None
        # Owner and role must hold for the same owner: "--owner BKTTW --role lead"
        # asks for duties that BKTTW leads, not duties BKTTW joins and someone leads.
        return any(
            (self.role is None or o.role is self.role) and (want is None or _owner_matches(o, want))
            for o in owners
        )


class FilterError(ValueError):
    """A filter that matches nothing in the plan: almost always a typo, never an answer."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(message)
        self.option = option
        self.message = message


def check_filters(plans: Iterable[Plan], filters: Filters) -> None:
    """Raise :class:`FilterError` when ``--owner`` or ``--section`` names nothing in the plans.

    An empty table for ``--owner "ban kinh tê"`` would read as "nothing is due", a
    confident wrong answer; a filter that cannot match anything is refused instead.
    """
    plans = list(plans)
    names = [n for p in plans for o in p.owners for n in (o.key, o.name, o.short)]
    written = [r.as_written or "" for p in plans for d in p.duties for r in d.owners]
    duties = [d for p in plans for d in p.duties]
    check_filters_against(filters, names + written, duties)


def check_filters_against(
    filters: Filters, owner_names: Sequence[str], duties: Iterable[DutyView]
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
        msg = (
            f"no section or item '{filters.section}' has duties "
            f"(sections: {', '.join(sorted(sections))})"
        )
        raise FilterError("--section", msg)


def _close(want: str, names: dict[str, str]) -> str | None:
    import difflib

    close = difflib.get_close_matches(want, list(names), n=2, cutoff=0.6)
    return ", ".join(f"'{names[c]}'" for c in close) or None


def _in_section(duty: DutyView, section: str) -> bool:
    s = section.strip().upper()
    return (
        duty.section.upper() == s
        or (duty.group or "").upper() == s
        or duty.id.upper().startswith(s + ".")
    )


def _owner_matches(owner: OwnerLine, want: str) -> bool:
    names = (owner.key, owner.name, owner.short, owner.as_written or "")
    return any(want in fold(n) for n in names)


def owner_lines(plan: Plan, duty: Duty) -> tuple[OwnerLine, ...]:
    """Resolve a duty's owner keys; leads first, then partners, then the plainly responsible."""
    by_key = plan.owners_by_key
    order = {Role.LEAD: 0, Role.RESPONSIBLE: 1, Role.PARTNER: 2}
    lines = [
        OwnerLine(
            ref.owner, by_key[ref.owner].name, by_key[ref.owner].short, ref.role, ref.as_written
        )
        for ref in duty.owners
    ]
    return tuple(sorted(lines, key=lambda o: order[o.role]))


@dataclass(frozen=True, slots=True)
class Item:
    """One duty with what the queries need around it: its plan's id and date, its owners.

    Queries decide on items, so a plan loaded from YAML and a plan's index (core.cache)
    answer with the very same rules.
    """

    plan_id: str
    plan_date: date
    duty: DutyView
    owners: tuple[OwnerLine, ...]


def items(plans: Iterable[Plan], filters: Filters = Filters()) -> Iterator[Item]:
    """The duties of ``plans`` that pass ``filters``, in plan order."""
    plans = list(plans)
    check_filters(plans, filters)
    for plan in plans:
        for duty in plan.duties:
            owners = owner_lines(plan, duty)
            if filters.accepts(duty, owners):
                yield Item(plan.meta.id, plan.meta.date, duty, owners)


def listing(
    plans: Iterable[Plan],
    filters: Filters = Filters(),
    completions: Mapping[str, date] | None = None,
) -> list[Row]:
    """Every duty that passes the filters, in plan order."""
    return listing_of(items(plans, filters), completions)


def listing_of(found: Iterable[Item], completions: Mapping[str, date] | None = None) -> list[Row]:
    """:func:`listing` over items."""
    done = completions or {}
    return [Row(i.plan_id, i.duty, i.owners, completed_on=done.get(i.duty.id)) for i in found]


def _hard(windows: Sequence[Window]) -> list[Window]:
    """The windows that set deadlines: a stretch target counts only when alone.

    "Hoàn thành trong quý III/2026, phấn đấu trong tháng 8/2026" is due in Q3; the
    August target is an aim, not a deadline an analyst chases as late.
    """
    dated = [w for w in windows if w.kind in (WindowKind.DEADLINE, WindowKind.RECURRING)]
    hard = [w for w in dated if Flag.STRETCH not in w.flags]
    return hard or dated


def due(
    plans: Iterable[Plan],
    period: Period,
    as_of: date,
    filters: Filters = Filters(),
    completions: Mapping[str, date] | None = None,
) -> list[Row]:
    """Duties with a deadline whose last day falls inside ``period``, by deadline.

    A recurring window is due in every period holding one of its rounds: a yearly
    report due 20/10 is due in 2026Q4 and again in 2027Q4.
    """
    return due_of(items(plans, filters), period, as_of, completions)


def due_of(
    found: Iterable[Item],
    period: Period,
    as_of: date,
    completions: Mapping[str, date] | None = None,
) -> list[Row]:
    """:func:`due` over items."""
    done = completions or {}
    rows = []
    for i in found:
        for w in _hard(i.duty.windows):
            hit = _due_in(w, i.plan_date, period)
            if hit is not None:
                completed = done.get(i.duty.id)
                rows.append(Row(i.plan_id, i.duty, i.owners, as_of, hit, w, completed_on=completed))
                break
    return _by_deadline(rows)


def _due_in(w: Window, plan_date: date, period: Period) -> date | None:
    if w.kind is WindowKind.RECURRING:
        hits = [o.due for o in occurrences(w, plan_date, period.end) if o.due in period]
        return hits[0] if hits else None
    return w.deadline if w.deadline is not None and w.deadline in period else None


def overdue(
    plans: Iterable[Plan],
    as_of: date,
    filters: Filters = Filters(),
    completions: Mapping[str, date] | None = None,
) -> list[Row]:
    """Duties whose deadline ended before ``as_of`` with no completion recorded.

    A deadline ends at the end of its last day: a duty due in Q1/2024 is not overdue on
    31/03/2024, and is one day late on 01/04/2024.

    A recurring window is overdue when its latest round due before ``as_of`` has no
    completion recorded inside that round's cycle (a duty records one completion day,
    so a completion settles the round it falls in, never later ones).
    """
    return overdue_of(items(plans, filters), as_of, completions)


def overdue_of(
    found: Iterable[Item], as_of: date, completions: Mapping[str, date] | None = None
) -> list[Row]:
    """:func:`overdue` over items."""
    done = completions or {}
    rows = []
    for i in found:
        completed = done.get(i.duty.id)
        for w in _hard(i.duty.windows):
            late = _late(w, i.plan_date, as_of, completed)
            if late is not None:
                rows.append(
                    Row(i.plan_id, i.duty, i.owners, as_of, late, w, completed_on=completed)
                )
                break
    return _by_deadline(rows)


def _late(w: Window, plan_date: date, as_of: date, completed: date | None) -> date | None:
    if w.kind is WindowKind.RECURRING:
        past = occurrences(w, plan_date, as_of - timedelta(days=1))
        if not past:
            return None
        last = past[-1]
        return last.due if completed is None or completed < last.start else None
    if completed is not None:
        return None
    return w.deadline if w.deadline is not None and w.deadline < as_of else None


def ongoing(
    plans: Iterable[Plan],
    as_of: date,
    filters: Filters = Filters(),
    completions: Mapping[str, date] | None = None,
) -> list[Row]:
    """Duties with an ongoing or recurring part that has started and not ended by ``as_of``.

    A part with no start of its own ("thường xuyên", "hằng năm") runs from the plan's date.
    """
    return ongoing_of(items(plans, filters), as_of, completions)


def ongoing_of(
    found: Iterable[Item], as_of: date, completions: Mapping[str, date] | None = None
) -> list[Row]:
    """:func:`ongoing` over items."""
    done = completions or {}
    rows = []
    for i in found:
        for w in i.duty.windows:
            if w.kind not in (WindowKind.ONGOING, WindowKind.RECURRING):
                continue
            since = w.start or i.plan_date
            if since <= as_of and (w.end is None or as_of <= w.end):
                completed = done.get(i.duty.id)
                rows.append(
                    Row(
                        i.plan_id,
                        i.duty,
                        i.owners,
                        as_of,
                        window=w,
                        since=since,
                        completed_on=completed,
                    )
                )
                break
    return rows


def _by_deadline(rows: list[Row]) -> list[Row]:
    # sorted() is stable, so duties sharing a deadline keep plan order.
    return sorted(rows, key=lambda r: r.deadline or date.max)


def find(plans: Iterable[Plan], duty_id: str) -> Row | None:
    """The duty with ``duty_id`` (case-insensitive: ``iv.2.a`` finds IV.2.a), or None."""
    want = duty_id.strip().casefold()
    for plan in plans:
        for duty in plan.duties:
            if duty.id.casefold() == want:
                return Row(plan.meta.id, duty, owner_lines(plan, duty))
    return None


def not_found(plans: Iterable[Plan], duty_id: str) -> str:
    """The message for an id that names no duty.

    A section or item id lists its duties; a typo gets the closest ids.
    """
    import difflib

    plans = list(plans)
    want = duty_id.strip().upper()
    ids = [d.id for p in plans for d in p.duties]
    inside = [i for i in ids if i.upper().startswith(want + ".")]
    if inside:
        what = "an item" if "." in want else "a section"
        return f"'{duty_id}' is {what}; its duties are {', '.join(inside)}"
    upper = {i.upper(): i for i in ids}
    close = difflib.get_close_matches(want, list(upper), n=3)
    hint = f"; did you mean {', '.join(upper[c] for c in close)}?" if close else ""
    return f"no duty '{duty_id}'{hint}"
