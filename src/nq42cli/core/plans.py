"""Several plans read together: which carries out which, roll-ups, and ids across plans.

The work that follows a resolution is tracked in many plans: the Politburo's plan
(19-KH/TW), the Government's programme that implements it (68/NQ-CP), each province's
programme. nq42 reads them together (:func:`nq42cli.core.locate.locate_plans` finds
them) and answers over all of them at once, each plan by its own source (its own index
when it serves, see :mod:`nq42cli.core.cache`), so the answer is the one each plan
would give alone, gathered:

- rows keep their plan (:attr:`~nq42cli.core.queries.Entry.plan`); ``due`` and
  ``overdue`` come by deadline, plans in the order read within a day; listings and the
  status table plan after plan;
- the filters are checked against every plan shown: ``--owner`` or ``--section`` that
  names nothing in any of them is refused, one that names something in one plan only
  answers from that plan; ``--plan-id`` picks the plans shown;
- a duty is named ``PLAN:ID`` (``45-CTr/TU:II.1``) where more than one plan is shown
  (:meth:`PlanSetRows.resolve`); an id that two plans use, given bare, is refused with
  both names;
- a plan implements another when its ``implements.number`` is that plan's id or number
  (:func:`parent_of`); its duties then roll up to the parent duties they carry out, on
  the parent's status rows, by the rule book's rule (:func:`nq42cli.core.rules.roll_up`).

Links between plans are checked (:func:`check_links`), every problem at its
``file:line:col`` with what to write instead: two plans with the same id, a parent duty
that the parent plan does not have, a plan that implements itself or a loop of them. A
link to a plan that is not read with this one cannot be checked: it is a warning.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from nq42cli.core import queries
from nq42cli.core.errors import UsageError
from nq42cli.core.problems import DataError, Problem, Severity
from nq42cli.core.queries import (
    FilterError,
    Filters,
    OwnerLine,
    PlanHead,
    Row,
    SectionHead,
    did_you_mean,
)
from nq42cli.core.rules import RecordLike, Rollup, parent_duties, roll_up
from nq42cli.core.text import closest, fold

if TYPE_CHECKING:
    from nq42cli.core.cache import RowSource
    from nq42cli.core.locate import Location
    from nq42cli.core.models import Plan
    from nq42cli.core.windows import Period
    from nq42cli.core.yamlsrc import Loc

__all__ = [
    "Member",
    "PlanLine",
    "PlanLinks",
    "PlanSetRows",
    "check_links",
    "links_of_plan",
    "open_plans",
    "parent_of",
    "plan_position",
    "same_document",
]

_ALL = Filters()


# --------------------------------------------------------------------------- links


@dataclass(frozen=True)
class PlanLinks:
    """What the checks of links between plans need of one plan, from a model or an index.

    ``shown`` is the plan file's name in messages; ``serves`` each duty that names parent
    duties: its position among the plan's duties, its id and the ids it names.
    """

    id: str
    number: str
    shown: str
    implements: str | None
    implements_duty: str | None
    duties: tuple[str, ...]
    serves: tuple[tuple[int, str, tuple[str, ...]], ...] = ()


def links_of_plan(plan: Plan, shown: str) -> PlanLinks:
    """The :class:`PlanLinks` of a validated plan."""
    m = plan.meta
    return PlanLinks(
        m.id,
        m.number,
        shown,
        m.implements.number if m.implements else None,
        m.implements.duty if m.implements else None,
        tuple(d.id for d in plan.duties),
        tuple((i, d.id, tuple(d.implements)) for i, d in enumerate(plan.duties) if d.implements),
    )


def _links_of_source(head: PlanHead, source: RowSource, shown: str) -> PlanLinks:
    ids = source.ids()
    at = {duty_id: i for i, duty_id in enumerate(ids)}
    return PlanLinks(
        head.id,
        head.number,
        shown,
        head.implements,
        head.implements_duty,
        tuple(ids),
        tuple((at[d], d, parents) for d, parents in source.links()),
    )


def _key(number: str) -> str:
    # "19-KH/TW", "19-kh/tw" and "19 - KH/TW" are one document number.
    return "".join(fold(number).split())


def same_document(a: str, b: str) -> bool:
    """Whether two document numbers or ids name the same document (case, spaces aside)."""
    return _key(a) == _key(b)


def parent_of(plan: PlanLinks, among: Sequence[PlanLinks]) -> PlanLinks | None:
    """The plan ``plan`` implements, among ``among``: the one whose id, else number, it names."""
    if plan.implements is None:
        return None
    want = _key(plan.implements)
    for p in among:
        if _key(p.id) == want:
            return p
    return next((p for p in among if _key(p.number) == want), None)


Position = Callable[[PlanLinks, "Loc"], tuple[int, int]]


def _ids_hint(value: str, ids: Sequence[str]) -> str:
    close = closest(value.upper(), {i.upper(): i for i in ids}, n=3)
    shown = {i.upper(): i for i in ids}
    return f"; did you mean {', '.join(repr(shown[c]) for c in close)}?" if close else ""


def check_links(
    plans: Sequence[PlanLinks], position: Position, lookup: Sequence[PlanLinks] = ()
) -> list[Problem]:
    """Every problem in the links between ``plans`` (parents also looked up in ``lookup``).

    Errors: two plans with one id (``plans.duplicate_id``), a plan implementing itself
    (``plans.implements_itself``) or a loop (``plans.implements_loop``), a parent duty the
    parent plan lacks (``plans.unknown_parent_duty``), parent duties named by a plan
    that implements nothing (``plans.no_parent``). Warning: parent duties named in a
    plan whose parent is not read with it (``plans.untracked_parent``), not checked.
    """
    problems: list[Problem] = []

    def at(p: PlanLinks, loc: Loc, code: str, msg: str, *, warning: bool = False) -> None:
        line, col = position(p, loc)
        sev = Severity.WARNING if warning else Severity.ERROR
        problems.append(Problem(p.shown, line, col, code, msg, sev))

    first: dict[str, PlanLinks] = {}
    for p in plans:
        seen = first.setdefault(_key(p.id), p)
        if seen is not p:
            msg = (
                f"plan id '{p.id}' is also the id of {seen.shown}; plans read together "
                "each need their own id (write the document's number, e.g. '68/NQ-CP')"
            )
            at(p, ("plan", "id"), "plans.duplicate_id", msg)
    candidates = [*plans, *(q for q in lookup if _key(q.id) not in first)]
    for p in plans:
        parent = parent_of(p, candidates)
        named = p.implements_duty is not None or p.serves
        if p.implements is None:
            for i, duty_id, _ in p.serves:
                msg = (
                    f"duty {duty_id} names the parent duties it carries out, but the plan "
                    "implements no plan: add plan.implements (number: the parent plan's "
                    "number, with its date, issuer and title)"
                )
                at(p, ("duties", i, "implements"), "plans.no_parent", msg)
            continue
        if parent is p or (parent is not None and _key(parent.id) == _key(p.id)):
            msg = f"plan '{p.id}' implements itself; implements names the plan it carries out"
            at(p, ("plan", "implements", "number"), "plans.implements_itself", msg)
            continue
        if parent is None:
            if named:
                msg = (
                    f"implements '{p.implements}', which is not among the plans read, so the "
                    "parent duties named here are not checked; read it too (--plan, plans/)"
                )
                loc: Loc = ("plan", "implements", "number")
                at(p, loc, "plans.untracked_parent", msg, warning=True)
            continue
        known = {d.casefold() for d in parent.duties}
        if p.implements_duty is not None and p.implements_duty.casefold() not in known:
            hint = _ids_hint(p.implements_duty, parent.duties)
            msg = f"no duty '{p.implements_duty}' in plan '{parent.id}' ({parent.shown}){hint}"
            at(p, ("plan", "implements", "duty"), "plans.unknown_parent_duty", msg)
        for i, duty_id, parents in p.serves:
            for j, want in enumerate(parents):
                if want.casefold() not in known:
                    hint = _ids_hint(want, parent.duties)
                    msg = (
                        f"duty {duty_id} carries out '{want}', which is no duty of plan "
                        f"'{parent.id}' ({parent.shown}){hint}"
                    )
                    at(p, ("duties", i, "implements", j), "plans.unknown_parent_duty", msg)
    _loops(plans, candidates, at)
    return problems


def _loops(
    plans: Sequence[PlanLinks], candidates: Sequence[PlanLinks], at: Callable[..., None]
) -> None:
    reported: set[str] = set()
    for p in plans:
        chain = [p]
        step = parent_of(p, candidates)
        while step is not None and step is not p and step not in chain:
            chain.append(step)
            step = parent_of(step, candidates)
        if step is p and len(chain) > 1 and _key(p.id) not in reported:
            reported.update(_key(c.id) for c in chain)
            path = " → ".join(c.id for c in [*chain, p])
            msg = f"plans implement each other in a loop ({path}); one of them implements another"
            at(p, ("plan", "implements", "number"), "plans.implements_loop", msg)


def plan_position(where: Location, loc: Loc) -> tuple[int, int]:
    """Where ``loc`` is in the plan file of ``where`` (0, 0 when it cannot be read).

    Read only when a link is wrong: a plan answered from its index has no positions.
    """
    from nq42cli.core.yamlsrc import read_file, read_yaml

    try:
        return read_yaml(read_file(where.plan), where.plan_name).position(loc)
    except DataError:
        return (0, 0)


# --------------------------------------------------------------------------- the set


@dataclass(frozen=True)
class Member:
    """One plan of a set: where it lives, what answers for it, and its head."""

    location: Location
    source: RowSource
    head: PlanHead


@dataclass(frozen=True)
class PlanLine:
    """One plan in ``nq42 plans``: its head and file, where it sits in the tree, counts.

    ``parent`` is the id of the plan it implements when that plan is read too, and
    ``depth`` how many such parents are above it; ``counts`` is every duty of the plan
    judged as of the day (a :class:`~nq42cli.core.rules.Rollup` of the whole plan).
    """

    head: PlanHead
    file: str
    depth: int
    parent: str | None
    counts: Rollup
    serves: tuple[str, ...] = ()
    """The parent duties its duties carry out (its own ``implements.duty`` first)."""


def _select(members: Sequence[Member], chosen: Sequence[str] | None) -> tuple[Member, ...]:
    if not chosen:
        return tuple(members)
    out: list[Member] = []
    for want in chosen:
        found = _member(members, want)
        if found is None:
            known = ", ".join(m.head.id for m in members)
            raise UsageError(f"no plan '{want}' is read (plans: {known})", "--plan-id")
        if found not in out:
            out.append(found)
    return tuple(m for m in members if m in out)


def _member(members: Sequence[Member], want: str) -> Member | None:
    key = _key(want)
    return next((m for m in members if _key(m.head.id) == key), None) or next(
        (m for m in members if _key(m.head.number) == key), None
    )


def open_plans(
    locations: Sequence[Location],
    open_one: Callable[[Location], RowSource],
    chosen: Sequence[str] | None = None,
    problems: Sequence[Problem] = (),
) -> PlanSetRows:
    """Open every plan (each by ``open_one``), check their links, keep the ``chosen``.

    Raises :class:`DataError` with every problem at once: ``problems`` (the layout's),
    every plan's (a broken plan does not hide another's) and the links' between those
    that opened; :class:`UsageError` for a ``chosen`` id that names no plan read.
    """
    members: list[Member] = []
    found: list[Problem] = list(problems)
    for where in locations:
        try:
            source = open_one(where)
            members.append(Member(where, source, source.head()))
        except DataError as exc:
            found += exc.problems
    links = {id(m): _links_of_source(m.head, m.source, m.location.plan_name) for m in members}
    by_links = {id(links[id(m)]): m for m in members}

    def position(p: PlanLinks, loc: Loc) -> tuple[int, int]:
        return plan_position(by_links[id(p)].location, loc)

    found += check_links(list(links.values()), position)
    errors = [p for p in found if p.severity is Severity.ERROR]
    if errors:
        raise DataError(errors)
    return PlanSetRows(members, _select(members, chosen), links=tuple(links.values()))


class PlanSetRows:
    """Rows of several plans, each answered by its own source: the same answers, gathered.

    ``shown`` are the plans whose rows are answered (``--plan-id``); every plan read
    counts for roll-ups, so a parent shown alone still shows its children's progress.
    With one plan shown, ids, sections and messages are that plan's own.
    """

    def __init__(
        self,
        members: Sequence[Member],
        shown: Sequence[Member] | None = None,
        *,
        links: Sequence[PlanLinks] | None = None,
    ) -> None:
        self.members = tuple(members)
        self.shown = tuple(shown) if shown is not None else self.members
        table = links or [_links_of_source(m.head, m.source, m.location.plan_name) for m in members]
        self._links = {m.head.id: lk for m, lk in zip(self.members, table, strict=True)}
        self._parents: dict[str, Member] = {}
        for m in self.members:
            parent = parent_of(self._links[m.head.id], list(self._links.values()))
            if parent is not None and parent.id != m.head.id:
                self._parents[m.head.id] = next(x for x in self.members if x.head.id == parent.id)

    # ---------------------------------------------------------------- helpers

    @property
    def several(self) -> bool:
        """Whether more than one plan is shown (ids are then written ``PLAN:ID``)."""
        return len(self.shown) > 1

    def heads(self) -> list[PlanHead]:
        """The heads of the plans shown, in the order read."""
        return [m.head for m in self.shown]

    def parent(self, plan_id: str) -> PlanHead | None:
        """The head of the plan ``plan_id`` implements, when it is read too."""
        found = self._parents.get(plan_id)
        return found.head if found else None

    def _check(self, filters: Filters) -> None:
        if filters.owner is None and filters.section is None:
            return
        names: list[str] = []
        heads: list[queries.Heading] = []
        for m in self.shown:
            n, h = m.source.vocabulary()
            names += n
            heads += h
        queries.check_filters_against(filters, names, heads)

    def _gather(
        self, filters: Filters, ask: Callable[[RowSource, Filters], list[Row]]
    ) -> list[Row]:
        """Each shown plan's answer, in the order read (one that names nothing: none)."""
        if len(self.shown) == 1:
            return ask(self.shown[0].source, filters)
        self._check(filters)
        rows: list[Row] = []
        for m in self.shown:
            try:
                rows += ask(m.source, filters)
            except FilterError:
                continue  # the filter names something in another plan, nothing here
        return rows

    # ---------------------------------------------------------------- RowSource

    def due(self, period: Period, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Duties due in ``period``, by deadline (plans in the order read within a day)."""
        rows = self._gather(filters, lambda s, f: s.due(period, as_of, f))
        return sorted(rows, key=lambda r: r.deadline or date.max)

    def overdue(self, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Duties late on ``as_of``, by deadline."""
        rows = self._gather(filters, lambda s, f: s.overdue(as_of, f))
        return sorted(rows, key=lambda r: r.deadline or date.max)

    def ongoing(self, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Ongoing duties, plan after plan."""
        return self._gather(filters, lambda s, f: s.ongoing(as_of, f))

    def listing(self, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Every duty, plan after plan."""
        return self._gather(filters, lambda s, f: s.listing(as_of, f))

    def status(self, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Every duty classified, plan after plan, with its children's progress."""
        rows = self._gather(filters, lambda s, f: s.status(as_of, f))
        return self._with_children(rows, as_of)

    def owners(self) -> list[OwnerLine]:
        """The owners of the plans shown, in order; a key two plans use is listed once."""
        seen: dict[str, OwnerLine] = {}
        for m in self.shown:
            for o in m.source.owners():
                seen.setdefault(o.key, o)
        return list(seen.values())

    def head(self) -> PlanHead:
        """The first plan shown that implements none of the others shown."""
        shown = {m.head.id for m in self.shown}
        for m in self.shown:
            parent = self._parents.get(m.head.id)
            if parent is None or parent.head.id not in shown:
                return m.head
        return self.shown[0].head

    def sections(self) -> list[SectionHead]:
        """The sections of the plans shown; with several, named ``PLAN:SECTION``."""
        if not self.several:
            return self.shown[0].source.sections()
        return [
            SectionHead(f"{m.head.id}:{s.id}", s.title, s.groups)
            for m in self.shown
            for s in m.source.sections()
        ]

    def ids(self) -> list[str]:
        """Every duty id; with several plans shown, written ``PLAN:ID``."""
        if not self.several:
            return self.shown[0].source.ids()
        return [f"{m.head.id}:{i}" for m in self.shown for i in m.source.ids()]

    def history(self, duty_id: str, as_of: date) -> tuple[Row, tuple[RecordLike, ...]] | None:
        """One duty's status row (with its children's progress) and all its records."""
        try:
            member, bare = self.resolve(duty_id)
        except UsageError:
            return None
        found = member.source.history(bare, as_of)
        if found is None:
            return None
        row, records = found
        (row,) = self._with_children([row], as_of)
        return row, records

    def links(self) -> list[tuple[str, tuple[str, ...]]]:
        """Each duty naming parent duties, with them (``PLAN:ID`` with several plans)."""
        out: list[tuple[str, tuple[str, ...]]] = []
        for m in self.shown:
            for duty_id, parents in m.source.links():
                out.append((f"{m.head.id}:{duty_id}" if self.several else duty_id, parents))
        return out

    def vocabulary(self) -> tuple[list[str], list[queries.Heading]]:
        """The names and duties of every plan shown."""
        names: list[str] = []
        heads: list[queries.Heading] = []
        for m in self.shown:
            n, h = m.source.vocabulary()
            names += n
            heads += h
        return names, heads

    # ---------------------------------------------------------------- ids

    def member(self, plan_id: str) -> Member | None:
        """The plan read whose id (else number) is ``plan_id``."""
        return _member(self.members, plan_id)

    def resolve(self, duty_id: str) -> tuple[Member, str]:
        """The plan and the duty id (as the plan writes it) that ``duty_id`` names.

        ``PLAN:ID`` names a duty of any plan read; a bare id one of the plans shown, and
        must be unambiguous. Raises :class:`UsageError` naming the closest ids, or every
        plan that has the id.
        """
        text = duty_id.strip()
        if ":" in text:
            plan_part, _, bare = text.partition(":")
            member = self.member(plan_part.strip())
            if member is None:
                known = ", ".join(m.head.id for m in self.members)
                raise UsageError(f"no plan '{plan_part.strip()}' is read (plans: {known})", "ID")
            ids = member.source.ids()
            found = _find(ids, bare)
            if found is None:
                message = did_you_mean(ids, bare.strip())
                raise UsageError(f"{message} in plan '{member.head.id}'", "ID")
            return member, found
        hits = [
            (m, found) for m in self.shown if (found := _find(m.source.ids(), text)) is not None
        ]
        if len(hits) == 1:
            return hits[0]
        if hits:
            names = ", ".join(f"{m.head.id}:{i}" for m, i in hits)
            msg = f"'{text}' is a duty of {len(hits)} plans: {names}; write PLAN:ID"
            raise UsageError(msg, "ID")
        ids = [i for m in self.shown for i in m.source.ids()]
        raise UsageError(did_you_mean(list(dict.fromkeys(ids)), text), "ID")

    # ---------------------------------------------------------------- roll-up

    def children(self, as_of: date) -> dict[tuple[str, str], tuple[Rollup, ...]]:
        """Each parent duty's children, by (parent plan id, duty id), as of ``as_of``."""
        out: dict[tuple[str, str], list[Rollup]] = {}
        for child in self.members:
            parent = self._parents.get(child.head.id)
            if parent is None:
                continue
            canonical = {i.casefold(): i for i in self._links[parent.head.id].duties}
            by_duty: dict[str, list[Row]] = {}
            for r in child.source.status(as_of, _ALL):
                for target in parent_duties(r.duty.implements, child.head.implements_duty):
                    duty = canonical.get(target.casefold())
                    if duty is not None:
                        by_duty.setdefault(duty, []).append(r)
            for duty, rows in by_duty.items():
                rollup = roll_up(child.head.id, child.head.name, (r.verdict for r in rows))
                out.setdefault((parent.head.id, duty), []).append(rollup)
        return {k: tuple(v) for k, v in out.items()}

    def _with_children(self, rows: list[Row], as_of: date) -> list[Row]:
        if not self._parents:
            return rows
        found = self.children(as_of)
        return [
            r._replace(children=kids) if (kids := found.get((r.plan, r.duty.id))) else r
            for r in rows
        ]

    def plan_lines(self, as_of: date) -> list[PlanLine]:
        """The plans shown as a tree (each after the plan it implements), counted as of a day."""
        shown = [m for m in self.members if m in self.shown]
        kids: dict[str, list[Member]] = {}
        roots: list[Member] = []
        for m in shown:
            parent = self._parents.get(m.head.id)
            if parent is not None and parent in shown:
                kids.setdefault(parent.head.id, []).append(m)
            else:
                roots.append(m)
        out: list[PlanLine] = []

        def visit(m: Member, depth: int) -> None:
            rows = m.source.status(as_of, _ALL)
            parent = self._parents.get(m.head.id)
            serves = [m.head.implements_duty] if m.head.implements_duty else []
            serves += [i for _, parents in m.source.links() for i in parents]
            out.append(
                PlanLine(
                    m.head,
                    m.location.plan_name,
                    depth,
                    parent.head.id if parent else None,
                    roll_up(m.head.id, m.head.name, (r.verdict for r in rows)),
                    tuple(dict.fromkeys(serves)),
                )
            )
            for k in kids.get(m.head.id, ()):
                visit(k, depth + 1)

        for m in roots:
            visit(m, 0)
        return out


def _find(ids: Iterable[str], duty_id: str) -> str | None:
    want = duty_id.strip().casefold()
    return next((i for i in ids if i.casefold() == want), None)
