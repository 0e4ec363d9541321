"""Validate the files nq42 reads, whatever their kind, and collect every problem.

A :class:`FileKind` says how to recognise a file (from its top-level YAML keys) and how
to check it. Kinds live in a registry, in the order they are checked: plan files come
first, then owners registries (checked against their plan), then progress files, so
that kinds checked later can check their references against the files of the same run
through :class:`Context`. Adding a kind is one :func:`register` call; nothing else in
the validate command changes.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nq42cli.core.loader import LoadedPlan, load_plan_text
from nq42cli.core.migrate import maybe_old, old_key_warnings
from nq42cli.core.problems import DataError, Problem, Severity
from nq42cli.core.yamlsrc import read_file, read_yaml

if TYPE_CHECKING:
    from nq42cli.core.directory import Directory
    from nq42cli.core.owners import LoadedRegistry

__all__ = [
    "Context",
    "FileKind",
    "Outcome",
    "kinds",
    "register",
    "validate_files",
]


@dataclass
class Context:
    """What checks of one file may know about the others of the same run.

    ``plans`` holds every valid plan checked so far, ``registries`` every valid owners
    registry. ``default_plans`` gives the plan nq42 would use when no plan file is
    among the files checked (for references), ``default_registry`` its registry.
    """

    plans: list[LoadedPlan] = field(default_factory=list)
    default_plans: Callable[[], list[LoadedPlan]] = list
    today: date | None = None
    registries: list[LoadedRegistry] = field(default_factory=list)
    default_registry: Callable[[], LoadedRegistry | None] = lambda: None
    found: Collection[str] = ()
    _texts: dict[str, str | DataError] = field(default_factory=dict)
    _fallback: list[LoadedPlan] | None = None
    _fallback_registry: list[LoadedRegistry | None] = field(default_factory=list)

    def fallback(self) -> list[LoadedPlan]:
        """:attr:`default_plans`, loaded once per run however many files refer to it."""
        if self._fallback is None:
            self._fallback = self.default_plans()
        return self._fallback

    def fallback_registry(self) -> LoadedRegistry | None:
        """:attr:`default_registry`, loaded once per run however many files refer to it."""
        if not self._fallback_registry:
            self._fallback_registry.append(self.default_registry())
        return self._fallback_registry[0]

    def directory_for(self, plan_id: str) -> Directory | None:
        """The registry of plan ``plan_id``: one checked in this run, else the default's."""
        for r in self.registries:
            if r.directory.plan == plan_id:
                return r.directory
        if not self.registries:
            default = self.fallback_registry()
            if default is not None and default.directory.plan == plan_id:
                return default.directory
        return None

    def read(self, path: Path, shown: str) -> str:
        """The file's text, read once per run whoever asks (raises :class:`DataError`).

        Once: a pipe (``nq42 validate <(git show main:data/plan.yaml)``) can be read only
        once, and recognising a file's kind must not cost a second read of a big one.
        Files in ``found`` (found in a progress folder, not named) must be regular files.
        """
        if shown not in self._texts:
            try:
                text = read_file(path, pipes=shown not in self.found)
            except DataError as exc:
                self._texts[shown] = DataError([_rename(p, shown) for p in exc.problems])
            else:
                self._texts[shown] = text
        got = self._texts[shown]
        if isinstance(got, DataError):
            raise got
        return got


def _rename(p: Problem, path: str) -> Problem:
    return Problem(path, p.line, p.column, p.code, p.message, p.severity)


Checker = Callable[[Path, str, Context], list[Problem]]


@dataclass(frozen=True)
class FileKind:
    """One kind of input file: its name, how to recognise it, how to check it."""

    name: str
    claims: Callable[[Any], bool]
    check: Checker


_KINDS: list[FileKind] = []


def register(kind: FileKind) -> None:
    """Add a kind; kinds are checked in registration order (plans first)."""
    _KINDS[:] = [k for k in _KINDS if k.name != kind.name] + [kind]


def kinds() -> tuple[FileKind, ...]:
    """The registered kinds, in checking order."""
    return tuple(_KINDS)


def _check_plan(path: Path, shown: str, context: Context) -> list[Problem]:
    try:
        loaded = load_plan_text(context.read(path, shown), shown)
    except DataError as exc:
        return list(exc.problems)
    context.plans.append(loaded)
    return list(loaded.warnings)


def _is_plan(data: Any) -> bool:
    # Progress files name their plan too; "records" is what tells them apart.
    return isinstance(data, dict) and (
        "duties" in data or ("plan" in data and "records" not in data)
    )


register(FileKind("plan", _is_plan, _check_plan))


def _is_owners(data: Any) -> bool:
    return isinstance(data, dict) and "units" in data and "duties" not in data


def _check_owners(path: Path, shown: str, context: Context) -> list[Problem]:
    # A registry describes one plan's owners: its groups must be owners of that plan.
    from nq42cli.core.owners import load_registry_text

    try:
        loaded = load_registry_text(context.read(path, shown), shown)
    except DataError as exc:
        return list(exc.problems) + _old_keys(path, shown)
    context.registries.append(loaded)
    problems = list(loaded.warnings) + _old_keys(path, shown)
    candidates = context.plans or context.fallback()
    plan = next((lp.plan for lp in candidates if lp.plan.meta.id == loaded.directory.plan), None)
    if plan is None:
        return problems
    kinds = {o.key: o.kind.value for o in plan.owners}
    for i, g in enumerate(loaded.registry.groups):
        if kinds.get(g.key) != "group":
            what = "not an owner" if g.key not in kinds else f"a {kinds[g.key]}, not a group"
            msg = f"group '{g.key}' is {what} of plan '{plan.meta.id}'"
            line, col = (0, 0)
            with contextlib.suppress(DataError):
                source = read_yaml(context.read(path, shown), shown)
                line, col = source.position(("groups", i, "key"))
            problems.append(Problem(shown, line, col, "owners.not_in_plan", msg, Severity.WARNING))
    return problems


register(FileKind("owners", _is_owners, _check_owners))


def _is_progress(data: Any) -> bool:
    return isinstance(data, dict) and "records" in data and "duties" not in data


def _check_progress(path: Path, shown: str, context: Context) -> list[Problem]:
    # A progress file is checked against the plan it names: one of this run's plans,
    # else the plan nq42 would use. Its references (duty, owners) need that plan.
    from nq42cli.core.progress import SUFFIX, parse_duty_source, read_progress

    try:
        # The one parse of the file: its kind, its old keys and its checks all use it.
        source = read_progress(context.read(path, shown), shown)
    except DataError as exc:
        return list(exc.problems)
    data = source.data
    named = data.get("plan") if isinstance(data, dict) else None
    candidates = context.plans or context.fallback()
    loaded = next((lp for lp in candidates if lp.plan.meta.id == named), None)
    if loaded is None:
        known = ", ".join(sorted({lp.plan.meta.id for lp in candidates})) or "none loaded"
        msg = f"progress for plan '{named}', but no such plan was checked (plans: {known})"
        line, col = source.position(("plan",))
        return [Problem(shown, line, col, "progress.unknown_plan", msg)]
    expected = path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else None
    directory = context.directory_for(loaded.plan.meta.id)
    old = old_key_warnings(source)
    try:
        # The file was read and parsed above: it is checked from that one reading.
        parse_duty_source(
            source, loaded.plan, today=context.today, expected=expected, directory=directory
        )
    except DataError as exc:
        problems = list(exc.problems)
        if expected is None:
            problems = [p for p in problems if p.code != "progress.wrong_file"]
        return problems + old
    return old


def _old_keys(path: Path, shown: str) -> list[Problem]:
    # The registry is read by the fast reader, which keeps no positions: the full one
    # places the warnings, and only for a file that may hold the old key at all.
    try:
        text = read_file(path)
        return old_key_warnings(read_yaml(text, shown)) if maybe_old(text) else []
    except DataError:
        return []


register(FileKind("progress", _is_progress, _check_progress))


def _kind_of(path: Path, shown: str, context: Context) -> FileKind:
    """Recognise a file by its top-level keys; unreadable or unclaimed files are plans.

    Falling back to the plan kind means a file that is broken beyond recognition is
    still reported, with the plan loader's positioned messages.
    """
    try:
        text = context.read(path, shown)
    except DataError:
        return _KINDS[0]
    # The top-level keys, from the lines that start a top-level mapping entry: enough to
    # tell a plan from a progress file without reading a large plan twice over.
    keys = dict.fromkeys(m.group(1) for m in _TOP_KEY.finditer(text))
    if keys:
        return next((k for k in _KINDS if k.claims(keys)), _KINDS[0])
    try:
        data = read_yaml(text, shown).data
    except DataError:
        return _KINDS[0]
    return next((k for k in _KINDS if k.claims(data)), _KINDS[0])


_TOP_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)[ \t]*:", re.MULTILINE)


@dataclass(frozen=True)
class Outcome:
    """The result of a run: every problem, in file then position order."""

    problems: tuple[Problem, ...]
    files: int

    @property
    def errors(self) -> tuple[Problem, ...]:
        """The problems that make a file invalid."""
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """The problems that only fail under ``--strict``."""
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)

    def valid(self, *, strict: bool = False) -> bool:
        """No errors (and, when ``strict``, no warnings either)."""
        return not (self.problems if strict else self.errors)


def validate_files(
    targets: Iterable[tuple[Path, str]],
    default_plans: Callable[[], list[LoadedPlan]] = list,
    today: date | None = None,
    default_registry: Callable[[], LoadedRegistry | None] = lambda: None,
    *,
    found: Collection[str] = (),
) -> Outcome:
    """Check each ``(path, shown name)``; files are reported in the order given.

    Each file is read once. A named file may be a pipe; the files whose shown names are
    in ``found`` (found in a progress folder) must be regular files.
    """
    unique = list(dict.fromkeys(targets))
    order = {shown: i for i, (_, shown) in enumerate(unique)}
    rank = {k.name: i for i, k in enumerate(_KINDS)}
    context = Context(
        default_plans=default_plans, today=today, default_registry=default_registry, found=found
    )
    typed = [(_kind_of(path, shown, context), path, shown) for path, shown in unique]
    typed.sort(key=lambda t: rank[t[0].name])
    problems: list[Problem] = []
    for kind, path, shown in typed:
        problems += kind.check(path, shown, context)
    problems.sort(key=lambda p: (order.get(p.path, len(order)), p.line, p.column, p.code))
    return Outcome(tuple(problems), len(unique))
