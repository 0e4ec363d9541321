"""Who owns what, over time: the answers of ``nq42 owners`` and ``nq42 owners show NAME``.

The plan names its owners as they were in 2023; the registry
(:mod:`nq42cli.core.directory`) says what became of them. This module puts the two
together as plain values, before any words: each plan owner with the name in force on
a day, the names it went by, its members and its duties (:func:`owner_rows`); and one
body's whole story, whichever of its names is asked for (:func:`owner_detail`).
Renderers turn them into text (:mod:`nq42cli.render.owners`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from nq42cli.core.directory import Directory, SuccessionInfo, Unit, norm
from nq42cli.core.errors import UsageError

if TYPE_CHECKING:
    from nq42cli.core.models import Plan

__all__ = ["DutyLine", "NameSpan", "OwnerDetail", "OwnerRow", "owner_detail", "owner_rows"]


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A name a place went by, from ``first`` to ``last`` (None: open), held by ``unit``."""

    name: str
    short: str
    first: date | None
    last: date | None
    unit: str


@dataclass(frozen=True, slots=True)
class DutyLine:
    """A duty an owner has, and its role in it."""

    id: str
    owner: str
    role: str
    text: str


@dataclass(frozen=True, slots=True)
class OwnerRow:
    """One owner of the plan as of a day.

    ``name``/``short`` are in force on the day; ``plan_name`` is the plan's;
    ``names`` every name its place went by; ``members`` the members on the day (names).
    """

    key: str
    kind: str
    plan_name: str
    name: str
    short: str
    names: tuple[NameSpan, ...]
    members: tuple[str, ...]
    label_vi: str | None
    label_en: str | None
    duties: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OwnerDetail:
    """One body's story, whichever of its names was asked for.

    Its names and life, the successions it came from (``before``, with the names of
    what it followed) and went into (``after``), the groups it was a member of, its
    members (a group), the plan owners whose place it held (``holds``) and the plan's
    duties it has through any of these.
    """

    key: str
    name: str
    short: str
    first: date | None
    last: date | None
    names: tuple[NameSpan, ...]
    before: tuple[tuple[SuccessionInfo, tuple[str, ...]], ...]
    after: tuple[tuple[SuccessionInfo, str], ...]
    member_of: tuple[tuple[str, str, date | None, date | None], ...]
    members: tuple[tuple[str, str, date | None, date | None], ...]
    duties: tuple[DutyLine, ...]
    holds: tuple[str, ...]


def _spans(directory: Directory | None, key: str, plan_name: str, short: str) -> list[NameSpan]:
    """The names of owner ``key``'s place, in order, starting with the plan's."""
    if directory is None:
        return [NameSpan(plan_name, short, None, None, key)]
    later = directory.later_names(key)
    out = []
    first: date | None = None
    names = [(None, plan_name, short), *later]
    for i, (since, name, sh) in enumerate(names):
        nxt = names[i + 1][0] if i + 1 < len(names) else None
        last = date.fromordinal(nxt.toordinal() - 1) if nxt is not None else None
        holder = directory.holder_on(key, since) if since is not None else key
        out.append(NameSpan(name, sh, since if i else first, last, holder))
    return out


def owner_rows(plan: Plan, directory: Directory | None, as_of: date) -> list[OwnerRow]:
    """Every owner of the plan, in the plan's order, as of ``as_of``."""
    duties: dict[str, list[str]] = {}
    for d in plan.duties:
        for ref in d.owners:
            duties.setdefault(ref.owner, []).append(d.id)
    out = []
    for o in plan.owners:
        spans = _spans(directory, o.key, o.name, o.short)
        now = next(
            (
                s
                for s in spans
                if (s.first is None or s.first <= as_of) and (s.last is None or as_of <= s.last)
            ),
            spans[0],
        )
        group = directory.group(o.key) if directory else None
        members: tuple[str, ...] = ()
        if group is not None and directory is not None:
            members = tuple(
                u.short if (u := directory.unit(m)) else m for m in group.members.on(as_of)
            )
        out.append(
            OwnerRow(
                o.key,
                o.kind.value,
                o.name,
                now.name,
                now.short,
                tuple(spans),
                members,
                group.label_vi if group else None,
                group.label_en if group else None,
                tuple(duties.get(o.key, ())),
            )
        )
    return out


def _find(plan: Plan, directory: Directory | None, text: str) -> tuple[str, Unit | None]:
    """The plan owner key or registry unit that ``text`` names (any time)."""
    want = norm(text)
    for o in plan.owners:
        if text.strip() == o.key or want in (norm(o.name), norm(o.short)):
            unit = directory.unit(o.key) if directory else None
            return o.key, unit
    found = directory.find(text) if directory else []
    if len(found) == 1:
        return found[0].key, found[0]
    if len(found) > 1:
        # One name, several units over time (Đồng Nai before and after 01/7/2025): the
        # latest is the one people mean; its history names the earlier one.
        keys = {u.key for u in found}
        later = (
            [
                u
                for u in found
                if not any(u.key in s.sources and s.to in keys for s in directory.successions)
            ]
            if directory
            else found
        )
        if len(later) == 1:
            return later[0].key, later[0]
        named = ", ".join(f"{u.name} ({u.key}, {u.life()})" for u in found)
        raise UsageError(f"'{text}' names several bodies: {named}; give its key", "NAME")
    partial = [o for o in plan.owners if want in norm(o.name) or want in norm(o.short)]
    if len(partial) == 1:
        o = partial[0]
        return o.key, directory.unit(o.key) if directory else None
    names = [o.name for o in plan.owners] + ([u.name for u in directory.units] if directory else [])
    from nq42cli.core.text import closest

    close = closest(text, names, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise UsageError(f"no owner or body named '{text}'{hint}", "NAME")


def owner_detail(plan: Plan, directory: Directory | None, text: str) -> OwnerDetail:
    """The story of the body ``text`` names: a plan owner, a successor, a member, any name.

    Raises :class:`UsageError` for a name that names nothing (with the nearest names)
    or several bodies at once.
    """
    key, unit = _find(plan, directory, text)
    owners = {o.key: o for o in plan.owners}
    plan_owner = owners.get(key)
    name = unit.name if unit else (plan_owner.name if plan_owner else key)
    short = unit.short if unit else (plan_owner.short if plan_owner else key)
    names: list[NameSpan] = []
    if unit is not None:
        first = unit.start
        for old in unit.former:
            names.append(NameSpan(old.name, old.short, first, old.until, unit.key))
            first = date.fromordinal(old.until.toordinal() + 1)
        names.append(NameSpan(unit.name, unit.short, first, unit.end, unit.key))
    elif plan_owner is not None:
        names.append(NameSpan(plan_owner.name, plan_owner.short, None, None, key))
    before: list[tuple[SuccessionInfo, tuple[str, ...]]] = []
    after: list[tuple[SuccessionInfo, str]] = []
    member_of: list[tuple[str, str, date | None, date | None]] = []
    members: list[tuple[str, str, date | None, date | None]] = []
    holds: list[str] = []
    if directory is not None:
        for s in directory.formed(key):
            before.append((s, tuple(_name(directory, k) for k in s.sources)))
        for s in directory.succeeded(key):
            after.append((s, _name(directory, s.to)))
        for g in directory.groups:
            for m, a, b in g.members.spans:
                if m == key:
                    member_of.append((g.key, g.label_vi, a, b))
            if g.key == key:
                members = [(m, _name(directory, m), a, b) for m, a, b in g.members.spans]
        # The plan owners whose place this body held, at some time.
        for o in plan.owners:
            if o.key != key and key in directory.lineage(o.key) and directory.group(o.key) is None:
                holds.append(o.key)
    keys = {key, *holds, *(g for g, _, _, _ in member_of)}
    duties = tuple(
        DutyLine(d.id, ref.owner, ref.role.value, d.text)
        for d in plan.duties
        for ref in d.owners
        if ref.owner in keys
    )
    first = unit.start if unit else None
    last = unit.end if unit else None
    return OwnerDetail(
        key,
        name,
        short,
        first,
        last,
        tuple(names),
        tuple(before),
        tuple(after),
        tuple(member_of),
        tuple(members),
        duties,
        tuple(holds),
    )


def _name(directory: Directory, key: str) -> str:
    u = directory.unit(key)
    return u.name if u else key
