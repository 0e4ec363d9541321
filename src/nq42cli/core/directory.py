"""The owners registry as queries use it: names over time, members, successions.

:mod:`nq42cli.core.owners` reads and checks ``owners.yaml`` (pydantic, positions); this
module is what is left once it is valid: plain frozen values that the queries, the
rule book (through :class:`~nq42cli.core.rules.Membership`) and the plan's index use,
and that round-trip through JSON, so a warm run never imports pydantic or YAML.

What it answers:

- who holds a plan owner's place on a day (Ban Kinh tế Trung ương until 23/01/2025,
  Ban Chính sách, chiến lược Trung ương from 24/01/2025), and under which name;
- which units a group owner has on a day (the 63 provincial party committees until
  30/6/2025, the 34 from 01/7/2025), and which old units each new one was formed from;
- which unit a name means on a day: "Đồng Nai", "Tỉnh ủy Đồng Nai" and "tinh uy dong
  nai" all name Tỉnh ủy Đồng Nai, the old one on 20/3/2024 and the merged one on
  01/8/2025 (:meth:`Directory.find`, :meth:`Directory.resolve_part`).

Names are matched folded (case, accents and tone placement ignored, see
:func:`nq42cli.core.text.fold`), with punctuation as spaces, and a unit that has a
``place`` also answers to the usual forms of it ("tỉnh Đồng Nai", "Đảng bộ tỉnh Đồng
Nai", "Ban Thường vụ Tỉnh ủy Đồng Nai", …).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta
from functools import cache, cached_property
from typing import Any, NamedTuple

from nq42cli.core.rules import Membership
from nq42cli.core.text import closest, fold

__all__ = [
    "PLACE_PREFIXES",
    "Directory",
    "GroupInfo",
    "Name",
    "PartChoice",
    "ResolveError",
    "SuccessionInfo",
    "Unit",
    "norm",
]

# How documents name a province's party organisation; "Đồng Nai" is matched in all of
# these forms. People's committees (UBND) are state bodies, not these units.
PLACE_PREFIXES = (
    "tinh",
    "thanh pho",
    "tp",
    "tinh uy",
    "thanh uy",
    "dang bo tinh",
    "dang bo thanh pho",
    "ban chap hanh dang bo tinh",
    "ban chap hanh dang bo thanh pho",
    "ban thuong vu tinh uy",
    "ban thuong vu thanh uy",
)


@cache
def _punct() -> re.Pattern[str]:
    # Compiled on first use: a warm answer never folds a name for lookup.
    return re.compile(r"[.,;:\-–—()/\"'“”]+")


def norm(text: str) -> str:
    """A name's matching key: folded, punctuation read as spaces, single spaces."""
    return " ".join(_punct().sub(" ", fold(text)).split())


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


class Name(NamedTuple):
    """A name a unit was known by, up to and including ``until``."""

    name: str
    short: str
    until: date


class Unit(NamedTuple):
    """One body over its life: a central body, a provincial party committee."""

    key: str
    name: str
    short: str
    start: date | None = None
    end: date | None = None
    former: tuple[Name, ...] = ()
    aliases: tuple[str, ...] = ()
    place: str | None = None

    def alive(self, day: date) -> bool:
        """Whether the unit existed on ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def name_on(self, day: date) -> tuple[str, str]:
        """``(name, short)`` in force on ``day`` (the current name after its last rename)."""
        for old in self.former:
            if day <= old.until:
                return old.name, old.short
        return self.name, self.short

    def names(self) -> tuple[str, ...]:
        """Every name it answers to, as written: current, former, aliases, place."""
        out = [self.name, self.short, *self.aliases]
        for old in self.former:
            out += [old.name, old.short]
        if self.place:
            out.append(self.place)
        return tuple(dict.fromkeys(out))

    def match_keys(self) -> frozenset[str]:
        """Its matching keys (see :func:`norm`), place forms included."""
        out = {norm(n) for n in self.names()} | {self.key}
        places = [self.place, *(o.short for o in self.former)] if self.place else []
        for place in places:
            if place:
                p = norm(place)
                out |= {f"{prefix} {p}" for prefix in PLACE_PREFIXES}
        return frozenset(out)

    def life(self) -> str:
        """'until 2025-06-30', 'from 2025-07-01', 'throughout'."""
        if self.start and self.end:
            return f"{self.start.isoformat()} – {self.end.isoformat()}"
        if self.start:
            return f"from {self.start.isoformat()}"
        if self.end:
            return f"until {self.end.isoformat()}"
        return "throughout"


class SuccessionInfo(NamedTuple):
    """Units ``sources`` were succeeded by ``to`` from ``on`` (decided, announced, effective)."""

    sources: tuple[str, ...]
    to: str
    on: date
    basis: str
    instrument: str | None = None
    instrument_date: date | None = None
    issuer: str | None = None
    caveat: str | None = None
    urls: tuple[str, ...] = ()

    def instrument_text(self) -> str:
        """'Quyết định số 247-QĐ/TW (24/01/2025)', or what is known when it is not."""
        if self.instrument is None:
            return f"instrument not found ({self.basis} {self.on:%d/%m/%Y})"
        when = f" ({self.instrument_date:%d/%m/%Y})" if self.instrument_date else ""
        return self.instrument + when


class GroupInfo(NamedTuple):
    """A group owner with members: its label (vi, en) and its membership over time."""

    key: str
    label_vi: str
    label_en: str
    members: Membership

    def label(self, lang: str) -> str:
        """'tỉnh ủy, thành ủy' or 'provincial party committees'."""
        return self.label_en if lang == "en" else self.label_vi


class PartChoice(NamedTuple):
    """What a name given to ``record --owner`` resolved to: an owner, maybe a unit."""

    owner: str
    unit: str | None = None


class ResolveError(Exception):
    """A name that names no part of a duty on a day (or several); says what to write."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Directory:
    """The registry's facts, for one plan; see the module docstring.

    A plain class, not a dataclass (whose definition costs start-up, see
    :class:`nq42cli.core.windows.Period`): it keeps lookup tables made on first use.
    Equal when its facts are.
    """

    def __init__(
        self,
        plan: str,
        units: tuple[Unit, ...] = (),
        groups: tuple[GroupInfo, ...] = (),
        successions: tuple[SuccessionInfo, ...] = (),
    ) -> None:
        self.plan = plan
        self.units = units
        self.groups = groups
        self.successions = successions

    def facts(self) -> tuple[object, ...]:
        """Everything it knows, as named tuples of strings and dates (equal, same repr)."""
        return (self.plan, self.units, self.groups, self.successions)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Directory) and self.facts() == other.facts()

    def __hash__(self) -> int:
        return hash(self.facts())

    def __repr__(self) -> str:
        return f"Directory(plan={self.plan!r}, units={len(self.units)}, groups={len(self.groups)})"

    @cached_property
    def _by_key(self) -> dict[str, Unit]:
        return {u.key: u for u in self.units}

    # ------------------------------------------------------------------ lookups

    def unit(self, key: str) -> Unit | None:
        """The unit with ``key``."""
        return self._by_key.get(key)

    def group(self, key: str) -> GroupInfo | None:
        """The group owner ``key`` with its members, if the registry lists them."""
        return next((g for g in self.groups if g.key == key), None)

    def membership(self, key: str) -> Membership | None:
        """The members of group owner ``key`` over time, if listed."""
        g = self.group(key)
        return g.members if g else None

    def succeeded(self, key: str) -> list[SuccessionInfo]:
        """The successions that ended ``key``."""
        return [s for s in self.successions if key in s.sources]

    def formed(self, key: str) -> list[SuccessionInfo]:
        """The successions that began ``key``."""
        return [s for s in self.successions if s.to == key]

    def holder_on(self, key: str, day: date) -> str:
        """The unit holding ``key``'s place on ``day``: ``key``, or its successor then."""
        seen = {key}
        while True:
            nxt = next((s for s in self.succeeded(key) if s.on <= day), None)
            if nxt is None or nxt.to in seen:
                return key
            key = nxt.to
            seen.add(key)

    def later_names(self, key: str) -> tuple[tuple[date, str, str], ...]:
        """The names ``key``'s place went by after the first: ``(from day, name, short)``.

        Renames of one unit (Thừa Thiên Huế → Huế) and successions (Ban Kinh tế Trung
        ương → Ban Chính sách, chiến lược Trung ương) alike, in order.
        """
        out: list[tuple[date, str, str]] = []
        seen: set[str] = set()
        while key not in seen:
            seen.add(key)
            u = self.unit(key)
            if u is not None:
                out += [
                    (old.until + timedelta(days=1), *_next_name(u, i))
                    for i, old in enumerate(u.former)
                ]
            nxt = self.succeeded(key)
            if not nxt:
                break
            key = nxt[0].to
            v = self.unit(key)
            if v is not None:
                first = v.former[0] if v.former else None
                name, short = (first.name, first.short) if first else (v.name, v.short)
                out.append((nxt[0].on, name, short))
        return tuple(out)

    def lineage(self, key: str) -> tuple[str, ...]:
        """Every unit before and after ``key`` through successions, ``key`` first."""
        out = [key]
        i = 0
        while i < len(out):
            k = out[i]
            for s in self.successions:
                for other in (*s.sources, s.to) if (k in s.sources or k == s.to) else ():
                    if other not in out:
                        out.append(other)
            i += 1
        return tuple(out)

    def aliases(self, key: str) -> tuple[str, ...]:
        """Names that stand for owner ``key`` in filters: its lineage's, its members'."""
        names: list[str] = []
        for k in self.lineage(key):
            u = self.unit(k)
            if u is not None:
                names += u.names()
        g = self.group(key)
        if g is not None:
            for member, _, _ in g.members.spans:
                u = self.unit(member)
                if u is not None:
                    names += u.names()
        return tuple(dict.fromkeys(names))

    def all_names(self) -> list[str]:
        """Every name of every unit (for shell completion)."""
        return list(dict.fromkeys(n for u in self.units for n in u.names()))

    # ------------------------------------------------------------------ names

    @cached_property
    def _index(self) -> dict[str, list[Unit]]:
        out: dict[str, list[Unit]] = {}
        for u in self.units:
            for k in u.match_keys():
                out.setdefault(k, []).append(u)
        return out

    def find(self, text: str, *, partial: bool = True) -> list[Unit]:
        """Units named ``text`` (any time): exact names first, else a part of one."""
        want = norm(text)
        exact = self._index.get(want) or self._index.get(text.strip(), [])
        if exact or not partial:
            return list(dict.fromkeys(exact))
        if len(want) < 3:
            return []
        found = [u for k, us in self._index.items() if want in k for u in us]
        return list(dict.fromkeys(found))

    def nearest(self, text: str, among: Iterable[Unit], n: int = 3) -> list[str]:
        """The names among ``among`` closest to ``text``, as written."""
        names = {norm(x): x for u in among for x in (u.name, u.short)}
        close = closest(norm(text), names, n=n, cutoff=0.5)
        return [names[c] for c in close]

    def resolve_part(
        self,
        duty: str,
        owners: Sequence[tuple[str, str, str]],
        text: str,
        day: date,
    ) -> PartChoice:
        """The part of ``duty`` that ``text`` names on ``day``, or :class:`ResolveError`.

        ``owners`` are the duty's ``(key, name, short)``. In this order: a plan owner's
        key, name or short name names its part; a unit's name names its member's part of
        a group owner, or the part of the owner whose place it held on ``day``; then a
        unique part of a plan owner's name, then of a unit's. A body that did not exist
        on ``day``, an ambiguous or an unknown name are refused with what to write.
        """
        want = norm(text)
        for key, name, short in owners:
            if text.strip() == key or want in (norm(name), norm(short)):
                self._check_alive(duty, key, day)
                return PartChoice(key)
        exact = self.find(text, partial=False)
        if exact:
            return self._choose(duty, owners, exact, text, day)
        partial = [key for key, name, short in owners if want in norm(name) or want in norm(short)]
        if len(partial) == 1:
            self._check_alive(duty, partial[0], day)
            return PartChoice(partial[0])
        found = self.find(text)
        if found:
            return self._choose(duty, owners, found, text, day)
        among = self._candidates(owners, day)
        near = self.nearest(text, among) if among else []
        plan_names = {norm(name): name for _, name, _ in owners}
        near += [plan_names[c] for c in closest(want, plan_names, n=2, cutoff=0.6)]
        hint = f"; did you mean {', '.join(repr(x) for x in dict.fromkeys(near))}?" if near else ""
        raise ResolveError(f"'{text}' is not an owner of {duty}; its owners: {_keys(owners)}{hint}")

    def _choose(
        self,
        duty: str,
        owners: Sequence[tuple[str, str, str]],
        found: list[Unit],
        text: str,
        day: date,
    ) -> PartChoice:
        choices = list(dict.fromkeys(c for u in found for c in self._parts(u, owners, day)))
        if len(choices) == 1:
            return choices[0]
        if choices:
            shown = [self._show(c) for c in choices[:_SHOWN]]
            more = len(choices) - len(shown)
            named = ", ".join(shown) + (f" and {more} more" if more else "")
            raise ResolveError(
                f"'{text}' is ambiguous on {day.isoformat()}: {named}; give the full name"
            )
        raise ResolveError(self._not_a_part(duty, owners, found, text, day))

    def _parts(
        self, u: Unit, owners: Sequence[tuple[str, str, str]], day: date
    ) -> Iterator[PartChoice]:
        if not u.alive(day):
            return
        for key, _, _ in owners:
            g = self.group(key)
            member = g is not None and u.key in g.members.on(day)
            holder = g is None and u.key != key and self.holder_on(key, day) == u.key
            if member or holder:
                yield PartChoice(key, u.key)
            elif u.key == key:
                yield PartChoice(key)

    def _show(self, c: PartChoice) -> str:
        u = self.unit(c.unit or c.owner)
        name = u.name if u else c.owner
        return f"{name} ({c.unit or c.owner}, for {c.owner})" if c.unit else f"{name} ({c.owner})"

    def _check_alive(self, duty: str, key: str, day: date) -> None:
        u = self.unit(key)
        if u is None or u.alive(day):
            return
        raise ResolveError(self.gone(u, day) + f" (record {duty} under that name)")

    def gone(self, u: Unit, day: date, field: str | None = None) -> str:
        """Why ``u`` cannot act on ``day``, and which unit held its place then.

        ``field`` names the file key to write the holder under (``unit``); without it
        the holder's name is given, as ``record --owner`` takes it.
        """
        if u.start is not None and day < u.start:
            return f"{u.name} ({u.key}) did not exist yet on {day.isoformat()} (from {u.start})"
        holder = self.unit(self.holder_on(u.key, day))
        msg = f"{u.name} ({u.key}) did not exist on {day.isoformat()}"
        if holder is not None and holder.key != u.key and holder.alive(day):
            s = next(s for s in self.succeeded(u.key) if s.on <= day)
            write = f"{field}: {holder.key}" if field else f"'{holder.name}' ({holder.key})"
            return (
                f"{msg}: from {s.on.isoformat()} its place is held by {holder.name}; write {write}"
            )
        return msg + (f" (until {u.end})" if u.end else "")

    def _not_a_part(
        self,
        duty: str,
        owners: Sequence[tuple[str, str, str]],
        found: list[Unit],
        text: str,
        day: date,
    ) -> str:
        related = [u for u in found if self._related(u, owners)]
        if related and not any(u.alive(day) for u in related):
            return self.gone(related[-1], day)
        names = ", ".join(dict.fromkeys(u.name for u in found))
        return (
            f"'{text}' is not an owner of {duty}, nor a member of one, on {day.isoformat()} "
            f"({names}); its owners: {_keys(owners)}"
        )

    def _related(self, u: Unit, owners: Sequence[tuple[str, str, str]]) -> bool:
        """Whether ``u`` ever stood for one of ``owners``: itself, a successor, a member."""
        for key, _, _ in owners:
            g = self.group(key)
            if g is not None and u.key in {m for m, _, _ in g.members.spans}:
                return True
            if g is None and u.key in self.lineage(key):
                return True
        return False

    def _candidates(self, owners: Sequence[tuple[str, str, str]], day: date) -> list[Unit]:
        out: list[Unit] = []
        for key, _, _ in owners:
            g = self.group(key)
            members = g.members.on(day) if g else (self.holder_on(key, day),)
            out += [u for m in members if (u := self.unit(m)) is not None]
        return out

    # ------------------------------------------------------------------ JSON

    def to_json(self) -> str:
        """The directory as JSON (what the plan's index stores)."""
        data: dict[str, Any] = {
            "plan": self.plan,
            "units": [
                [
                    u.key,
                    u.name,
                    u.short,
                    _iso(u.start),
                    _iso(u.end),
                    [[o.name, o.short, o.until.isoformat()] for o in u.former],
                    list(u.aliases),
                    u.place,
                ]
                for u in self.units
            ],
            "groups": [
                [
                    g.key,
                    g.label_vi,
                    g.label_en,
                    [[m, _iso(a), _iso(b)] for m, a, b in g.members.spans],
                    [[m, list(f)] for m, f in g.members.formed_from],
                ]
                for g in self.groups
            ],
            "successions": [
                [
                    list(s.sources),
                    s.to,
                    s.on.isoformat(),
                    s.basis,
                    s.instrument,
                    _iso(s.instrument_date),
                    s.issuer,
                    s.caveat,
                    list(s.urls),
                ]
                for s in self.successions
            ],
        }
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Directory:
        """Read :meth:`to_json`'s output back."""
        data = json.loads(text)
        units = tuple(
            Unit(
                key,
                name,
                short,
                _day(start),
                _day(end),
                tuple(Name(n, s, date.fromisoformat(u)) for n, s, u in former),
                tuple(aliases),
                place,
            )
            for key, name, short, start, end, former, aliases, place in data["units"]
        )
        groups = tuple(
            GroupInfo(
                key,
                vi,
                en,
                Membership(
                    tuple((m, _day(a), _day(b)) for m, a, b in spans),
                    tuple((m, tuple(f)) for m, f in formed),
                ),
            )
            for key, vi, en, spans, formed in data["groups"]
        )
        successions = tuple(
            SuccessionInfo(
                tuple(src),
                to,
                date.fromisoformat(on),
                basis,
                instrument,
                _day(inst_date),
                issuer,
                caveat,
                tuple(urls),
            )
            for src, to, on, basis, instrument, inst_date, issuer, caveat, urls in data[
                "successions"
            ]
        )
        return cls(data["plan"], units, groups, successions)


_SHOWN = 5  # names an ambiguity message lists before "and N more"


def _keys(owners: Sequence[tuple[str, str, str]]) -> str:
    """'tinh_thanh_uy (Tỉnh uỷ, thành uỷ), du_truc_thuoc_tw (ĐU trực thuộc TW)'."""
    return ", ".join(f"{k} ({short})" for k, _, short in owners) or "none"


def _next_name(u: Unit, i: int) -> tuple[str, str]:
    """The name ``u`` took after its ``i``-th former name."""
    if i + 1 < len(u.former):
        return u.former[i + 1].name, u.former[i + 1].short
    return u.name, u.short
