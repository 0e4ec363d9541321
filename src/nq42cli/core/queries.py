"""Questions analysts ask of a plan: what is due, overdue, ongoing, and who owns it.

Every query takes ``as_of`` as a parameter; nothing here reads the clock. Completions
come in as a mapping from duty id to the day it was done, so the same queries serve a
plan with or without progress records.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol

from nq42cli.core.text import fold
from nq42cli.core.vocab import Role
from nq42cli.core.windows import Period, Window, WindowKind

if TYPE_CHECKING:
    # Only for annotations: rows served from the cache (core.cache) never load pydantic.
    from nq42cli.core.models import Duty, Plan

__all__ = [
    "DutyView",
    "Filters",
    "OwnerLine",
    "Row",
    "due",
    "listing",
    "ongoing",
    "overdue",
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


def _rows(
    plans: Iterable[Plan], filters: Filters
) -> Iterable[tuple[Plan, Duty, tuple[OwnerLine, ...]]]:
    for plan in plans:
        for duty in plan.duties:
            owners = owner_lines(plan, duty)
            if filters.accepts(duty, owners):
                yield plan, duty, owners


def listing(
    plans: Iterable[Plan],
    filters: Filters = Filters(),
    completions: Mapping[str, date] | None = None,
) -> list[Row]:
    """Every duty that passes the filters, in plan order."""
    done = completions or {}
    return [
        Row(plan.meta.id, duty, owners, completed_on=done.get(duty.id))
        for plan, duty, owners in _rows(plans, filters)
    ]


def due(
    plans: Iterable[Plan],
    period: Period,
    as_of: date,
    filters: Filters = Filters(),
    completions: Mapping[str, date] | None = None,
) -> list[Row]:
    """Duties with a deadline whose last day falls inside ``period``, by deadline."""
    done = completions or {}
    rows = []
    for plan, duty, owners in _rows(plans, filters):
        for w in duty.windows:
            if w.deadline is not None and w.deadline in period:
                rows.append(
                    Row(
                        plan.meta.id,
                        duty,
                        owners,
                        as_of,
                        w.deadline,
                        w,
                        completed_on=done.get(duty.id),
                    )
                )
                break
    return _by_deadline(rows)


def overdue(
    plans: Iterable[Plan],
    as_of: date,
    filters: Filters = Filters(),
    completions: Mapping[str, date] | None = None,
) -> list[Row]:
    """Duties whose deadline ended before ``as_of`` with no completion recorded.

    A deadline ends at the end of its last day: a duty due in Q1/2024 is not overdue on
    31/03/2024, and is one day late on 01/04/2024.
    """
    done = completions or {}
    rows = []
    for plan, duty, owners in _rows(plans, filters):
        if duty.id in done:
            continue
        for w in duty.windows:
            if w.deadline is not None and w.deadline < as_of:
                rows.append(Row(plan.meta.id, duty, owners, as_of, w.deadline, w))
                break
    return _by_deadline(rows)


def ongoing(
    plans: Iterable[Plan],
    as_of: date,
    filters: Filters = Filters(),
    completions: Mapping[str, date] | None = None,
) -> list[Row]:
    """Duties with an ongoing part that has started on or before ``as_of`` and not ended.

    An ongoing part with no start of its own ("thường xuyên") runs from the plan's date.
    """
    done = completions or {}
    rows = []
    for plan, duty, owners in _rows(plans, filters):
        for w in duty.windows:
            if w.kind is not WindowKind.ONGOING:
                continue
            since = w.start or plan.meta.date
            if since <= as_of and (w.end is None or as_of <= w.end):
                rows.append(
                    Row(
                        plan.meta.id,
                        duty,
                        owners,
                        as_of,
                        window=w,
                        since=since,
                        completed_on=done.get(duty.id),
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


def suggest(plans: Iterable[Plan], duty_id: str) -> str | None:
    """The closest existing id, to suggest after a typo."""
    import difflib

    ids = [d.id for p in plans for d in p.duties]
    close = difflib.get_close_matches(duty_id.strip().upper(), [i.upper() for i in ids], n=3)
    upper = {i.upper(): i for i in ids}
    return ", ".join(upper[c] for c in close) or None
