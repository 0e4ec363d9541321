"""Questions analysts ask of a plan: what is due, overdue, ongoing, and who owns it.

Every query takes ``as_of`` as a parameter; nothing here reads the clock. Completions
come in as a mapping from duty id to the day it was done, so the same queries serve a
plan with or without progress records.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from nq42cli.core.models import Duty, Plan
from nq42cli.core.text import fold
from nq42cli.core.vocab import Role
from nq42cli.core.windows import Flag, Period, Window, WindowKind, occurrences

__all__ = [
    "FilterError",
    "Filters",
    "OwnerLine",
    "Row",
    "check_filters",
    "due",
    "listing",
    "ongoing",
    "overdue",
]


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
    duty: Duty
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

    def accepts(self, duty: Duty, owners: tuple[OwnerLine, ...]) -> bool:
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
    if filters.owner is not None:
        want = fold(filters.owner)
        names = [n for p in plans for o in p.owners for n in (o.key, o.name, o.short)]
        written = [r.as_written or "" for p in plans for d in p.duties for r in d.owners]
        if not any(want in fold(n) for n in names + written):
            close = _close(want, {fold(n): n for n in names})
            hint = f"; did you mean {close}?" if close else ""
            raise FilterError("--owner", f"no owner matches '{filters.owner}'{hint}")
    if filters.section is not None and not any(
        _in_section(d, filters.section) for p in plans for d in p.duties
    ):
        known = sorted(
            {s.id for p in plans for s in p.sections if any(d.section == s.id for d in p.duties)}
        )
        msg = f"no section or item '{filters.section}' has duties (sections: {', '.join(known)})"
        raise FilterError("--section", msg)


def _close(want: str, names: dict[str, str]) -> str | None:
    import difflib

    close = difflib.get_close_matches(want, list(names), n=2, cutoff=0.6)
    return ", ".join(f"'{names[c]}'" for c in close) or None


def _in_section(duty: Duty, section: str) -> bool:
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
    plans = list(plans)
    check_filters(plans, filters)
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


def _hard(windows: list[Window]) -> list[Window]:
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
    done = completions or {}
    rows = []
    for plan, duty, owners in _rows(plans, filters):
        for w in _hard(duty.windows):
            hit = _due_in(w, plan, period)
            if hit is not None:
                rows.append(
                    Row(plan.meta.id, duty, owners, as_of, hit, w, completed_on=done.get(duty.id))
                )
                break
    return _by_deadline(rows)


def _due_in(w: Window, plan: Plan, period: Period) -> date | None:
    if w.kind is WindowKind.RECURRING:
        hits = [o.due for o in occurrences(w, plan.meta.date, period.end) if o.due in period]
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
    done = completions or {}
    rows = []
    for plan, duty, owners in _rows(plans, filters):
        completed = done.get(duty.id)
        for w in _hard(duty.windows):
            late = _late(w, plan, as_of, completed)
            if late is not None:
                rows.append(Row(plan.meta.id, duty, owners, as_of, late, w, completed_on=completed))
                break
    return _by_deadline(rows)


def _late(w: Window, plan: Plan, as_of: date, completed: date | None) -> date | None:
    if w.kind is WindowKind.RECURRING:
        past = occurrences(w, plan.meta.date, as_of - timedelta(days=1))
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
    done = completions or {}
    rows = []
    for plan, duty, owners in _rows(plans, filters):
        for w in duty.windows:
            if w.kind not in (WindowKind.ONGOING, WindowKind.RECURRING):
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
