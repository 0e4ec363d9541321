"""The owners registry (``owners.yaml``): what each owner key of a plan stands for over time.

A plan names its owners once, as they were when it was issued ("Ban Kinh tế Trung
ương", "các tỉnh uỷ, thành uỷ"). Bodies are renamed, merged and founded while the plan
runs; the registry records that, beside the plan (``data/owners.yaml``), so the plan
file stays the verbatim source it is:

``units``
    Bodies with the days they existed (``from``, ``until``; none: before and after the
    plan), their short name, former names (a unit renamed with the same composition
    keeps its key: Thừa Thiên Huế → Huế), aliases and, for a province, its ``place``.
    A unit that kept its name but changed composition is a new unit with its own key
    (``bac_ninh`` until 30/6/2025, ``bac_ninh_2025`` from 01/7/2025).
``groups``
    Group owners of the plan whose members are known: each member is a unit key, or
    ``{unit, from, until}`` when its membership is shorter than the unit's life.
``successions``
    ``from`` units were followed by ``to`` on ``on`` (``basis``: the day it was
    decided, announced or took effect), by ``instrument`` (null when its number was
    not found: never a guess), with ``sources``.
``references``
    Sources cited by several facts, each with an ``id`` that facts cite as ``ref``.

Every fact carries a source: a URL and, where it helps, the document, its date and a
short verbatim excerpt. The file is read with positions (:mod:`nq42cli.core.yamlsrc`),
validated by the models below (schema ``nq42 schema owners``), then checked as a whole
(:func:`check_registry`); every problem comes with ``file:line:col``, a stable code and
what to write instead. The valid registry becomes a
:class:`~nq42cli.core.directory.Directory`, which is what queries use.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    ValidationError,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from nq42cli.core.directory import Directory, GroupInfo, Name, SuccessionInfo, Unit
from nq42cli.core.loader import pydantic_problems
from nq42cli.core.models import Day, Key, Text, day_given_once
from nq42cli.core.problems import DataError, Problem, Severity, capped
from nq42cli.core.rules import Membership
from nq42cli.core.text import closest
from nq42cli.core.yamlsrc import Loc, Source, read_file, read_yaml

__all__ = [
    "FILE_NAME",
    "GroupSpec",
    "LoadedRegistry",
    "Member",
    "Reference",
    "Registry",
    "SourceRef",
    "SuccessionSpec",
    "UnitSpec",
    "check_registry",
    "directory_of",
    "load_registry",
    "load_registry_text",
    "registry_path",
]

FILE_NAME = "owners.yaml"
_KEY_PATTERN = r"^[a-z0-9][a-z0-9_]*$"
_URL_PATTERN = r"^https?://\S+$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


Url = Annotated[str, Field(pattern=_URL_PATTERN, description="Where the fact can be checked.")]


class SourceRef(_Model):
    """Where a fact can be checked: a URL with what it says, or ``ref`` to a reference."""

    model_config = ConfigDict(
        json_schema_extra={"oneOf": [{"required": ["ref"]}, {"required": ["url"]}]}
    )

    ref: Key | None = Field(None, description="The id of an entry of 'references'.")
    document: Text | None = Field(None, description="The document: 'Quyết định số 247-QĐ/TW'.")
    date: Day | None = Field(None, description="The document's date.")
    url: Url | None = None
    excerpt: Text | None = Field(None, description="A short verbatim excerpt of the page.")
    note: Text | None = None

    @model_validator(mode="after")
    def _complete(self) -> SourceRef:
        if self.ref is None and self.url is None:
            raise PydanticCustomError(
                "owners.source_without_url",
                "a source needs its url (or ref: the id of one of the references)",
            )
        if self.ref is not None and any(
            v is not None for v in (self.document, self.date, self.url, self.excerpt)
        ):
            raise PydanticCustomError(
                "owners.source_ref_and_url",
                "a source is either ref: ID or a url with its details, not both",
            )
        return self


Sources = Annotated[list[SourceRef], Field(min_length=1)]


class Reference(_Model):
    """A source cited by several facts (``ref: ID``)."""

    id: Key
    document: Text | None = None
    date: Day | None = None
    url: Url
    excerpt: Text | None = None
    note: Text | None = None


class FormerName(_Model):
    """A name a unit went by until a day (the same unit, renamed)."""

    name: Text
    short: Text
    until: Day
    sources: Sources


class UnitSpec(_Model):
    """One body over its life."""

    key: Key
    name: Text
    short: Text
    place: Text | None = Field(
        None, description="For a province's party committee: the province ('Đồng Nai')."
    )
    start: Day | None = Field(None, alias="from", description="First day; none: before the plan.")
    until: Day | None = Field(None, description="Last day; none: still in being.")
    aliases: list[Text] = Field(default_factory=list, description="Other names it is known by.")
    former: list[FormerName] = Field(default_factory=list, description="Older names, oldest first.")
    note: Text | None = None
    sources: list[SourceRef] = Field(default_factory=list)


class Member(_Model):
    """A member of a group for part of its life (a plain key: for the unit's whole life)."""

    unit: Key
    start: Day | None = Field(None, alias="from")
    until: Day | None = None


def _member(value: Any) -> Any:
    # A plain key is the common case: the member for as long as the unit exists.
    return {"unit": value} if isinstance(value, str) else value


class _KeyOrMember:
    """JSON Schema of a member item: a unit key, or a :class:`Member` mapping."""

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"anyOf": [{"type": "string", "pattern": _KEY_PATTERN}, handler(schema)]}


MemberItem = Annotated[Member, BeforeValidator(_member), _KeyOrMember()]


class Label(_Model):
    """How a group's members are called, in Vietnamese and English."""

    vi: Text
    en: Text


class GroupSpec(_Model):
    """A group owner of the plan with its members over time."""

    key: Key
    label: Label
    start: Day | None = Field(None, alias="from")
    until: Day | None = None
    note: Text | None = None
    members: list[MemberItem] = Field(min_length=1)
    sources: Sources


class SuccessionSpec(_Model):
    """Units that were followed by another on a day, by an instrument."""

    sources_from: list[Key] = Field(alias="from", min_length=1)
    to: Key
    on: Day = Field(
        validation_alias=AliasChoices("date", "on"),
        description="The successor's first day. Also read as 'on', its old name.",
    )
    basis: Literal["decided", "announced", "effective"] = Field(
        description="What 'date' is: the instrument's date, its public announcement, or the "
        "day it took effect."
    )
    instrument: Text | None = Field(
        description="'Quyết định số 247-QĐ/TW'; null when the number was not found."
    )
    instrument_date: Day | None = None
    issuer: Text | None = None
    related: list[Text] = Field(default_factory=list)
    caveat: Text | None = None
    sources: Sources

    @model_validator(mode="before")
    @classmethod
    def _one_day(cls, data: Any) -> Any:
        return day_given_once(data)


class Head(_Model):
    """Which plan the registry describes."""

    plan: Text
    title: Text
    conventions: list[Text] = Field(default_factory=list)


class Registry(_Model):
    """A whole ``owners.yaml``."""

    meta: Head = Field(alias="registry")
    references: list[Reference] = Field(default_factory=list)
    units: list[UnitSpec] = Field(min_length=1)
    groups: list[GroupSpec] = Field(default_factory=list)
    successions: list[SuccessionSpec] = Field(default_factory=list)


@dataclass(frozen=True)
class LoadedRegistry:
    """A valid registry, where it came from, its directory, and its warnings."""

    registry: Registry
    path: str
    directory: Directory
    warnings: tuple[Problem, ...] = ()


def registry_path(plan_path: Path) -> Path:
    """Where a plan's registry lives: ``owners.yaml`` beside the plan file."""
    return plan_path.parent / FILE_NAME


def load_registry(path: Path, shown: str | None = None) -> LoadedRegistry:
    """Read, validate and check the registry at ``path``; raise :class:`DataError`."""
    name = shown or str(path)
    try:
        text = read_file(path)
    except DataError as exc:
        raise DataError(
            [Problem(name, p.line, p.column, p.code, p.message) for p in exc.problems]
        ) from None
    return load_registry_text(text, name)


# A process that answers many questions (a test suite, a notebook, a server) reads the same
# registry text again and again; parsing and checking it costs tens of milliseconds each
# time, often under other names. Keyed by the whole text, so an edited file is never
# answered from here. Callers treat a LoadedRegistry as read-only.
_LOADED: dict[str, LoadedRegistry] = {}
_LOADED_MAX = 4


def load_registry_text(text: str, path: str) -> LoadedRegistry:
    """Validate registry YAML given as text; ``path`` is only used in messages."""
    hit = _LOADED.get(text)
    if hit is None:
        hit = _LOADED[text] = _load_registry_text(text, path)
        if len(_LOADED) > _LOADED_MAX:
            _LOADED.pop(next(iter(_LOADED)))
    if hit.path == path:
        return hit
    warnings = tuple(
        Problem(path, p.line, p.column, p.code, p.message, p.severity) if p.path == hit.path else p
        for p in hit.warnings
    )
    return LoadedRegistry(hit.registry, path, hit.directory, warnings)


def _load_registry_text(text: str, path: str) -> LoadedRegistry:
    from nq42cli.core.fastyaml import read_fast

    # Plain block YAML (as shipped) is read fast; anything else, and the positions of any
    # problem, come from the full reader.
    fast = read_fast(text, path)
    source = fast if fast is not None else read_yaml(text, path)
    if not isinstance(source.data, dict):
        msg = "an owners registry is a mapping with registry, units, groups and successions"
        raise DataError([Problem(path, 1, 1, "owners.not_mapping", msg)])
    try:
        reg = Registry.model_validate(source.data)
    except ValidationError as exc:
        raise DataError(capped(pydantic_problems(exc, source, Registry))) from None
    directory = directory_of(reg)
    problems = capped(check_registry(reg, source, directory))
    if any(p.severity is Severity.ERROR for p in problems):
        raise DataError(problems)
    return LoadedRegistry(reg, path, directory, tuple(problems))


# --------------------------------------------------------------------------- checks


def _close(value: str, known: Any) -> str:
    close = closest(value, known)
    return f"; did you mean '{close[0]}'?" if close else ""


def _overlap(
    a: tuple[date | None, date | None], b: tuple[date | None, date | None]
) -> tuple[date | None, date | None] | None:
    """The days two lives share, or None."""
    first = max((d for d in (a[0], b[0]) if d is not None), default=None)
    last = min((d for d in (a[1], b[1]) if d is not None), default=None)
    if first is not None and last is not None and last < first:
        return None
    return first, last


def _within(inner: tuple[date | None, date | None], outer: tuple[date | None, date | None]) -> bool:
    lo_ok = outer[0] is None or (inner[0] is not None and inner[0] >= outer[0])
    hi_ok = outer[1] is None or (inner[1] is not None and inner[1] <= outer[1])
    return lo_ok and hi_ok


def _life(life: tuple[date | None, date | None]) -> str:
    a, b = life
    if a and b:
        return f"{a} – {b}"
    if a:
        return f"from {a}"
    return f"until {b}" if b else "throughout"


def check_registry(
    reg: Registry, source: Source | None = None, directory: Directory | None = None
) -> Iterator[Problem]:
    """Whole-file checks: every reference resolves, dates agree, no loop, names unique.

    Each problem says what to write instead where there is one answer. ``directory`` is
    the registry's :func:`directory_of`, when the caller has built it already.
    """
    check = _Checker(reg, source)
    yield from check.references()
    yield from check.units()
    yield from check.groups()
    yield from check.successions()
    yield from check.unsourced()
    yield from _ambiguous(reg, check.at, directory or directory_of(reg))


class _Checker:
    """The whole-file checks of one registry, sharing what each finds about the others."""

    def __init__(self, reg: Registry, source: Source | None) -> None:
        self.reg = reg
        self.source = source
        self.refs: dict[str, int] = {}
        self.used: set[str] = set()
        self.known: dict[str, UnitSpec] = {}
        self.explained: set[str] = set()

    def at(self, loc: Loc, code: str, message: str, *, warning: bool = False) -> Problem:
        """A problem at ``loc`` of the file."""
        path = self.source.path if self.source else "<owners>"
        line, col = self.source.position(loc) if self.source else (0, 0)
        sev = Severity.WARNING if warning else Severity.ERROR
        return Problem(path, line, col, code, message, sev)

    def references(self) -> Iterator[Problem]:
        """Reference ids are unique."""
        for i, ref in enumerate(self.reg.references):
            if ref.id in self.refs:
                msg = f"reference '{ref.id}' twice"
                yield self.at(("references", i, "id"), "owners.duplicate_reference", msg)
            self.refs.setdefault(ref.id, i)

    def sources(self, loc: Loc, sources: list[SourceRef]) -> Iterator[Problem]:
        """Every ``ref`` names a reference."""
        for j, s in enumerate(sources):
            if s.ref is None:
                continue
            self.used.add(s.ref)
            if s.ref not in self.refs:
                msg = f"unknown reference '{s.ref}'{_close(s.ref, self.refs)}"
                yield self.at((*loc, j, "ref"), "owners.unknown_reference", msg)

    def units(self) -> Iterator[Problem]:
        """Keys are unique; lives and former names are in order."""
        for i, u in enumerate(self.reg.units):
            if u.key in self.known:
                yield self.at(("units", i, "key"), "owners.duplicate_key", f"unit '{u.key}' twice")
                continue
            self.known[u.key] = u
            if u.start and u.until and u.until < u.start:
                msg = f"unit '{u.key}' ends ({u.until}) before it begins ({u.start})"
                yield self.at(("units", i, "until"), "owners.bad_life", msg)
            last: date | None = None
            for j, old in enumerate(u.former):
                if (last and old.until <= last) or (u.until and old.until >= u.until):
                    msg = (
                        f"former name '{old.name}' until {old.until}: former names go oldest "
                        "first, each before the next and before the unit's end"
                    )
                    yield self.at(("units", i, "former", j, "until"), "owners.former_order", msg)
                last = old.until
                yield from self.sources(("units", i, "former", j, "sources"), old.sources)
            yield from self.sources(("units", i, "sources"), u.sources)

    def groups(self) -> Iterator[Problem]:
        """Members resolve, once each, within the group's life and their own."""
        seen_groups: set[str] = set()
        for i, g in enumerate(self.reg.groups):
            if g.key in seen_groups or g.key in self.known:
                what = "group" if g.key in seen_groups else "unit and a group"
                msg = f"'{g.key}' is a {what} twice"
                yield self.at(("groups", i, "key"), "owners.duplicate_key", msg)
            seen_groups.add(g.key)
            seen: set[str] = set()
            for j, m in enumerate(g.members):
                loc: Loc = ("groups", i, "members", j)
                if m.unit not in self.known:
                    msg = (
                        f"unknown unit '{m.unit}'{_close(m.unit, self.known)}; "
                        "members are keys of 'units'"
                    )
                    yield self.at(loc, "owners.unknown_unit", msg)
                    continue
                if m.unit in seen:
                    msg = f"'{m.unit}' is a member of '{g.key}' twice"
                    yield self.at(loc, "owners.duplicate_member", msg)
                seen.add(m.unit)
                yield from self.membership(loc, g, m)
            yield from self.sources(("groups", i, "sources"), g.sources)

    def membership(self, loc: Loc, g: GroupSpec, m: Member) -> Iterator[Problem]:
        """One member's dates against the group's life and the unit's."""
        glife = (g.start, g.until)
        stated = (m.start, m.until)
        unit = self.known[m.unit]
        ulife = (unit.start, unit.until)
        dated = m.start is not None or m.until is not None
        if m.start and m.until and m.until < m.start:
            msg = f"membership of '{m.unit}' ends ({m.until}) before it begins ({m.start})"
            yield self.at(loc, "owners.bad_life", msg)
        elif dated and not _within(stated, glife):
            fix = f"write from/until within {_life(glife)}" if _overlap(stated, glife) else ""
            msg = (
                f"membership of '{m.unit}' ({_life(stated)}) is outside the life of group "
                f"'{g.key}' ({_life(glife)}); {fix or 'remove it'}"
            )
            yield self.at(loc, "owners.membership_outside_group", msg)
        elif dated and not _within((m.start or ulife[0], m.until or ulife[1]), ulife):
            msg = (
                f"membership of '{m.unit}' ({_life(stated)}) is outside the unit's own life "
                f"({_life(ulife)}); a member belongs only while it exists: write dates within "
                f"{_life(ulife)}, or none"
            )
            yield self.at(loc, "owners.membership_outside_unit", msg)
        elif _overlap(ulife, glife) is None:
            msg = (
                f"'{m.unit}' ({_life(ulife)}) never exists while group '{g.key}' does "
                f"({_life(glife)}); remove it"
            )
            yield self.at(loc, "owners.membership_outside_group", msg)

    def successions(self) -> Iterator[Problem]:
        """Units resolve, dates meet (the day before, the day of), no loops."""
        edges: dict[str, set[str]] = {}
        for i, s in enumerate(self.reg.successions):
            yield from self.sources(("successions", i, "sources"), s.sources)
            for j, k in enumerate(s.sources_from):
                if k not in self.known:
                    msg = f"unknown unit '{k}'{_close(k, self.known)}; successions name units"
                    yield self.at(("successions", i, "from", j), "owners.unknown_unit", msg)
            if s.to not in self.known:
                msg = f"unknown unit '{s.to}'{_close(s.to, self.known)}; successions name units"
                yield self.at(("successions", i, "to"), "owners.unknown_unit", msg)
            if s.to in s.sources_from:
                msg = (
                    f"'{s.to}' succeeds itself; a renamed unit keeps its key and lists its "
                    "'former' names"
                )
                yield self.at(("successions", i, "to"), "owners.succession_loop", msg)
                continue
            for k in s.sources_from:
                edges.setdefault(k, set()).add(s.to)
            self.explained |= {s.to, *s.sources_from}
            yield from self.meeting(i, s)
        yield from _loops(edges, self.reg, self.at)

    def meeting(self, i: int, s: SuccessionSpec) -> Iterator[Problem]:
        """The successor begins on ``on``; what it follows ends the day before."""
        if s.to in self.known and self.known[s.to].start != s.on:
            msg = (
                f"'{s.to}' begins on {self.known[s.to].start or 'no day'} but succeeds on "
                f"{s.on}; write from: \"{s.on}\" in unit '{s.to}'"
            )
            yield self.at(("successions", i, "date"), "owners.succession_dates", msg)
        eve = s.on - timedelta(days=1)
        for j, k in enumerate(s.sources_from):
            if k in self.known and self.known[k].until != eve:
                msg = (
                    f"'{k}' ends on {self.known[k].until or 'no day'} but is succeeded on "
                    f"{s.on}; write until: \"{eve}\" in unit '{k}'"
                )
                yield self.at(("successions", i, "from", j), "owners.succession_dates", msg)

    def unsourced(self) -> Iterator[Problem]:
        """A dated unit needs a source; an unused reference is worth a warning."""
        for i, u in enumerate(self.reg.units):
            if (u.start or u.until) and u.key not in self.explained and not u.sources:
                msg = (
                    f"unit '{u.key}' has dates ({_life((u.start, u.until))}) but no source: "
                    "add sources, or the succession that begins or ends it"
                )
                yield self.at(("units", i), "owners.unsourced", msg)
        for i, ref in enumerate(self.reg.references):
            if ref.id not in self.used:
                msg = f"reference '{ref.id}' is cited by no fact"
                yield self.at(("references", i, "id"), "owners.unused_reference", msg, warning=True)


def _loops(edges: dict[str, set[str]], reg: Registry, at: Any) -> Iterator[Problem]:
    """A chain of successions that comes back to where it started."""
    state: dict[str, int] = {}
    found: list[list[str]] = []

    def visit(k: str, trail: list[str]) -> None:
        state[k] = 1
        for nxt in sorted(edges.get(k, ())):
            if state.get(nxt) == 1:
                found.append([*trail[trail.index(nxt) :], nxt] if nxt in trail else [k, nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[k] = 2

    for k in sorted(edges):
        if k not in state:
            visit(k, [k])
    for cycle in found:
        i = next(
            i
            for i, s in enumerate(reg.successions)
            if s.to == cycle[-1] and cycle[-2] in s.sources_from
        )
        msg = (
            f"successions loop: {' → '.join(cycle)}; a unit cannot follow itself, remove one "
            "of these successions"
        )
        yield at(("successions", i, "to"), "owners.succession_loop", msg)


def _ambiguous(reg: Registry, at: Any, directory: Directory) -> Iterator[Problem]:
    """Two units alive on the same day that answer to the same name."""
    by_name: dict[str, list[tuple[int, Unit]]] = {}
    for i, spec in enumerate(reg.units):
        u = directory.unit(spec.key)
        if u is None or u.key != spec.key:
            continue
        for k in u.match_keys():
            by_name.setdefault(k, []).append((i, u))
    reported: set[tuple[str, str]] = set()
    for name, owners in sorted(by_name.items()):
        for n, (i, u) in enumerate(owners):
            for _, v in owners[:n]:
                pair = (v.key, u.key)
                if pair in reported or _overlap((u.start, u.end), (v.start, v.end)) is None:
                    continue
                reported.add(pair)
                msg = (
                    f"'{u.key}' and '{v.key}' both answer to '{name}' while both exist; "
                    "give one another name or alias"
                )
                yield at(("units", i), "owners.ambiguous_name", msg)


# --------------------------------------------------------------------------- directory


def directory_of(reg: Registry) -> Directory:
    """The :class:`Directory` of a registry (memberships clipped to lives)."""
    units: dict[str, Unit] = {}
    for u in reg.units:
        units.setdefault(
            u.key,
            Unit(
                u.key,
                u.name,
                u.short,
                u.start,
                u.until,
                tuple(Name(o.name, o.short, o.until) for o in u.former),
                tuple(u.aliases),
                u.place,
            ),
        )
    successions = tuple(
        SuccessionInfo(
            tuple(s.sources_from),
            s.to,
            s.on,
            s.basis,
            s.instrument,
            s.instrument_date,
            s.issuer,
            s.caveat,
            tuple(_urls(reg, s.sources)),
        )
        for s in reg.successions
    )
    groups = []
    for g in reg.groups:
        spans: list[tuple[str, date | None, date | None]] = []
        for m in g.members:
            unit = units.get(m.unit)
            if unit is None:
                continue
            span = _overlap((m.start or unit.start, m.until or unit.end), (g.start, g.until))
            if span is not None:
                spans.append((m.unit, *span))
        keys = {k for k, _, _ in spans}
        formed = tuple(
            (s.to, tuple(k for k in s.sources if k in keys))
            for s in successions
            if s.to in keys and any(k in keys for k in s.sources)
        )
        groups.append(GroupInfo(g.key, g.label.vi, g.label.en, Membership(tuple(spans), formed)))
    return Directory(reg.meta.plan, tuple(units.values()), tuple(groups), successions)


def _urls(reg: Registry, sources: list[SourceRef]) -> Iterator[str]:
    refs = {r.id: r for r in reg.references}
    for s in sources:
        if s.url is not None:
            yield s.url
        elif s.ref is not None and s.ref in refs:
            yield refs[s.ref].url
