"""nq42 as a library: everything the ``nq42`` command does, as documented Python functions.

The command line is a thin layer over this module: it parses options, calls one of
these functions, and renders the result. A script can do the same::

    from datetime import date

    from nq42cli import api

    plan = api.load("data/plan.yaml")
    due = api.query("due", as_of=date(2024, 3, 15), period=api.parse_period("2024Q1"),
                    plan=plan)
    print([row.duty.id for row in due.rows])
    csv_bytes = api.export(due, "csv")

Conventions:

- Nothing here reads the clock except where a function says so: every question takes
  ``as_of``, and ``today`` (the real day, used to refuse records dated in the future)
  defaults to the day the call is made.
- ``plan`` is a path to a plan file, a :class:`Location`, an already loaded plan
  (:class:`Loaded`, answered from without reading files again), or None for the plan
  nq42 would find (``./data/plan.yaml``, else the bundled plan). ``progress`` names the
  progress folder when ``plan`` is a path or None (default: ``progress/`` beside the plan).
  The plan's owners registry, when it has one, is ``owners.yaml`` beside it: with it,
  group owners are judged member by member and owners go by the names in force.
- Every function returns a typed result (:mod:`nq42cli.core.results`) that
  :func:`export` turns into the bytes of any format registered for it
  (:func:`formats`), with Vietnamese or English words (``lang``).
- Errors are typed and carry everything needed for a message (see
  :mod:`nq42cli.core.errors`): :class:`DataError` (with every :class:`Problem`, each at
  its ``file:line:col``), :class:`FilterError`, :class:`UsageError`,
  :class:`RecordRefused`, :class:`LockTimeout`, :class:`TimeParseError`. Nothing is
  printed.

Importing this module is cheap: YAML and pydantic are imported only by the calls that
read files the slow way, so a query the index answers never loads them.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple, overload

from nq42cli.core.errors import NotIndexed, RecordRefused, UsageError
from nq42cli.core.fsio import LOCK_TIMEOUT, LockTimeout
from nq42cli.core.locate import Location, PlanSet, locate
from nq42cli.core.problems import DataError, Problem, Severity
from nq42cli.core.queries import FilterError, Filters, Row
from nq42cli.core.results import History, Listing, QueryKind, StatusTable
from nq42cli.core.rules import Event
from nq42cli.core.vocab import Role
from nq42cli.core.windows import Period, TimeParseError, parse_day, parse_period
from nq42cli.render import Format, Result, encode, formats, render

if TYPE_CHECKING:
    from nq42cli.core.cache import RowSource
    from nq42cli.core.directory import Directory
    from nq42cli.core.migrate import Migration
    from nq42cli.core.models import Duty, Plan
    from nq42cli.core.plans import PlanSetRows
    from nq42cli.core.progress import Progress
    from nq42cli.core.queries import PlanHead, Row
    from nq42cli.core.report import PeriodicReport
    from nq42cli.core.results_more import (
        Calendar,
        CoverageReport,
        Detail,
        DraftPlan,
        Initialized,
        Names,
        OwnersList,
        OwnerStory,
        PlansList,
        Recorded,
        Schema,
        Timeline,
        Validation,
        WhenReading,
        WhenSpans,
    )

__all__ = [
    "Calendar",
    "CoverageReport",
    "DataError",
    "Detail",
    "DraftPlan",
    "Event",
    "FilterError",
    "Filters",
    "Format",
    "History",
    "Initialized",
    "Listing",
    "Loaded",
    "LoadedPlans",
    "Location",
    "LockTimeout",
    "Names",
    "NotIndexed",
    "OwnerStory",
    "OwnersList",
    "Period",
    "PlanSet",
    "PlansList",
    "Problem",
    "QueryKind",
    "RecordRefused",
    "Recorded",
    "Result",
    "Role",
    "Row",
    "Schema",
    "StatusTable",
    "TimeParseError",
    "Timeline",
    "UsageError",
    "Validation",
    "WhenReading",
    "WhenSpans",
    "append_record",
    "calendar",
    "classify",
    "export",
    "extract",
    "formats",
    "history",
    "init",
    "load",
    "load_plans",
    "locate",
    "migrate",
    "names",
    "owner",
    "owner_names",
    "owners",
    "parse_day",
    "parse_period",
    "parse_report_period",
    "plans",
    "query",
    "render",
    "report",
    "schema",
    "show",
    "status",
    "timeline",
    "validate",
    "when",
]

PathLike = str | os.PathLike[str]


class Loaded(NamedTuple):
    """A valid plan, its valid progress and its owners registry, with where they came from.

    ``warnings`` are the plan's problems that do not make it invalid (a deadline before
    the plan's own date). ``directory`` is the registry (None: the plan has none).
    """

    location: Location
    plan: Plan
    progress: Progress
    warnings: tuple[Problem, ...] = ()
    directory: Directory | None = None


class LoadedPlans(NamedTuple):
    """Several valid plans read together (:func:`load_plans`), in the order found.

    Each is a :class:`Loaded` (plan, progress, registry); the links between them were
    checked. Queries given one answer from it without reading files again.
    """

    plans: tuple[Loaded, ...]


PlanSource = Loaded | LoadedPlans | Location | PlanSet | PathLike | Sequence[PathLike] | None
"""Which plans a call reads: see the module's docstring."""


def _today() -> date:
    # The library's one reading of the clock, for callers that give no day.
    return date.today()


def _in_range(day: date, name: str) -> date:
    """``day`` if nq42 works with it (see ``windows.FIRST_DAY``), else :class:`UsageError`."""
    from nq42cli.core.windows import day_range_error

    if (why := day_range_error(day)) is not None:
        raise UsageError(why, name)
    return day


def _where(plan: PlanSource, progress: PathLike | None = None) -> Location:
    """The one plan ``plan`` names; None: ``./data/plan.yaml``, else the bundled plan."""
    if isinstance(plan, Loaded):
        return plan.location
    if isinstance(plan, Location):
        return plan
    if plan is None:
        return locate(None, progress)
    found = _plan_set(plan, progress)
    found.check()
    if found.single is None:
        msg = f"{len(found.locations)} plans are named; read several with load_plans()"
        raise UsageError(msg, "plan")
    return found.single


def _read_plan(where: Location) -> tuple[Plan, tuple[Problem, ...]]:
    from nq42cli.core.loader import load_plan

    loaded = load_plan(where.plan, where.plan_name)
    return loaded.plan, loaded.warnings


def _read_registry(where: Location) -> Directory | None:
    from nq42cli.core.owners import load_registry

    found = where.registry()
    return load_registry(*found).directory if found else None


def _read_progress(
    where: Location, plan: Plan, today: date, directory: Directory | None = None
) -> Progress:
    from nq42cli.core.progress import load_progress

    where.check_progress()
    return load_progress(
        where.progress, plan, today=today, shown=where.progress_name, directory=directory
    )


# --------------------------------------------------------------------------- reading


def load(
    plan: PlanSource = None,
    progress: PathLike | None = None,
    *,
    today: date | None = None,
) -> Loaded:
    """Read and validate a plan, its owners registry and its progress.

    Raises :class:`DataError` with every problem of the plan, of the registry, or of the
    progress files (records dated after ``today`` are problems; so are units that did not
    exist on their day).
    """
    where = _where(plan, progress)
    where.check_progress()
    the_plan, warnings = _read_plan(where)
    directory = _read_registry(where)
    found = _read_progress(where, the_plan, today or _today(), directory)
    return Loaded(where, the_plan, found, warnings, directory)


def load_plans(
    plans: PlanSource = None,
    progress: PathLike | None = None,
    *,
    today: date | None = None,
) -> LoadedPlans:
    """Read and validate several plans (each with its registry and progress) and their links.

    ``plans`` is what ``--plan`` takes, once or more: plan files, folders holding a
    ``plan.yaml``, plans folders; None finds them as ``nq42`` does (``./data/plan.yaml``
    plus ``./plans/``, else the bundled plan). Raises :class:`DataError` with every
    problem of every plan and of the links between them (two plans with one id, a
    parent duty that does not exist), each at its ``file:line:col``.
    """
    from nq42cli.core.plans import check_links, links_of_plan, plan_position

    found = _plan_set(plans, progress)
    found.check()
    loaded: list[Loaded] = []
    problems: list[Problem] = []
    for where in found.locations:
        try:
            loaded.append(load(where, today=today))
        except DataError as exc:
            problems += exc.problems
    if problems:
        raise DataError(problems)
    links = [links_of_plan(one.plan, one.location.plan_name) for one in loaded]
    at = {id(lk): one.location for lk, one in zip(links, loaded, strict=True)}
    wrong = check_links(links, lambda p, loc: plan_position(at[id(p)], loc))
    errors = [p for p in wrong if p.severity is Severity.ERROR]
    if errors:
        raise DataError(errors)
    return LoadedPlans(tuple(loaded))


def _loaded(plan: PlanSource, progress: PathLike | None, today: date | None) -> Loaded:
    return plan if isinstance(plan, Loaded) else load(plan, progress, today=today)


def _plan_set(plan: PlanSource, progress: PathLike | None = None) -> PlanSet:
    """The plans ``plan`` names (see :func:`nq42cli.core.locate.locate_plans`)."""
    from nq42cli.core.locate import PlanSet, locate_plans

    if isinstance(plan, Loaded):
        return PlanSet((plan.location,))
    if isinstance(plan, LoadedPlans):
        return PlanSet(tuple(p.location for p in plan.plans))
    if isinstance(plan, Location):
        return PlanSet((plan,))
    if isinstance(plan, PlanSet):
        return plan
    return locate_plans(plan, progress)


def _rows(
    plan: PlanSource,
    progress: PathLike | None,
    use_index: bool,
    today: date | None,
    plan_ids: Sequence[str] | None = None,
    index_only: bool = False,
) -> RowSource:
    """Where a query reads rows: each plan's index when it may serve, else the plan.

    One plan (and no ``plan_ids``) answers by itself, as it always did; several are
    gathered by :class:`~nq42cli.core.plans.PlanSetRows`, each from its own source.
    ``index_only`` (the quick path) is for one plan: several, or ``plan_ids``, raise
    :class:`NotIndexed`, their links being checked on the full run.
    """
    from nq42cli.core.cache import PlanRows

    if isinstance(plan, Loaded) and not plan_ids:
        return PlanRows(plan.plan, plan.progress, plan.directory)
    found = _plan_set(plan, progress)
    if found.single is not None and not plan_ids and not isinstance(plan, LoadedPlans):
        return _open_one(found.single, use_index, today or _today(), index_only)
    if index_only:
        raise NotIndexed(", ".join(str(where.plan) for where in found.locations))
    return _set_rows(plan, progress, use_index, today, plan_ids)


def _set_rows(
    plan: PlanSource,
    progress: PathLike | None,
    use_index: bool,
    today: date | None,
    plan_ids: Sequence[str] | None = None,
) -> PlanSetRows:
    """The plans as a set, even of one (``nq42 plans``, ``--plan-id``)."""
    from nq42cli.core.cache import PlanRows
    from nq42cli.core.plans import open_plans

    day = today or _today()
    found = _plan_set(plan, progress)
    loaded: dict[Location, Loaded] = {}
    if isinstance(plan, Loaded):
        loaded[plan.location] = plan
    elif isinstance(plan, LoadedPlans):
        loaded = {p.location: p for p in plan.plans}

    def open_one(where: Location) -> RowSource:
        if where in loaded:
            one = loaded[where]
            return PlanRows(one.plan, one.progress, one.directory)
        return _open_one(where, use_index, day)

    return open_plans(found.locations, open_one, plan_ids, found.problems)


def _open_one(where: Location, use_index: bool, day: date, index_only: bool = False) -> RowSource:
    """One plan's rows: its index when it may serve, else the plan read and validated.

    The index is keyed by the bytes of the plan and of every progress file, so a record
    added or a plan edited is never answered from an old index. ``index_only``: raise
    :class:`NotIndexed` rather than read the plan when there is no such index.
    """
    from nq42cli.core.cache import open_source

    where.check_progress()
    registry: list[Directory | None] = []

    def directory() -> Directory | None:
        # Read once: progress is checked against it, and the answer is judged with it.
        if not registry:
            registry.append(_read_registry(where))
        return registry[0]

    def read() -> tuple[Plan, Progress]:
        the_plan, _ = _read_plan(where)
        return the_plan, _read_progress(where, the_plan, day, directory())

    return open_source(
        where.input_files(),
        read,
        use_cache=use_index,
        registry=directory,
        today=day,
        index_only=index_only,
    )


def _plan_set_rows(source: RowSource | None) -> PlanSetRows | None:
    """``source`` when it is a set of plans (:class:`~nq42cli.core.plans.PlanSetRows`)."""
    # Only nq42cli.core.plans makes one: while it is not imported no source is one, and a
    # one-plan answer (the quick path) need not import it to know that.
    if "nq42cli.core.plans" not in sys.modules:
        return None
    from nq42cli.core.plans import PlanSetRows

    return source if isinstance(source, PlanSetRows) else None


def _shown_plans(source: RowSource | None) -> tuple[PlanHead, ...]:
    """The heads of the plans an answer covers, when it covers more than one."""
    several = _plan_set_rows(source)
    if several is not None and several.several:
        return tuple(several.heads())
    return ()


def _one_duty(
    plan: PlanSource,
    progress: PathLike | None,
    duty_id: str,
    plan_ids: Sequence[str] | None,
    today: date | None,
) -> tuple[Loaded | Location, str, PlanSetRows | None]:
    """The plan that holds ``duty_id`` (``PLAN:ID`` among several), the id, and the set.

    One plan: itself, the id as given. Several: the plan the id names (an id two plans
    use must be qualified), and the set, for the duty's children.
    """
    if isinstance(plan, Loaded) and not plan_ids:
        return plan, duty_id, None
    found = _plan_set(plan, progress)
    found.check()
    if found.single is not None and not plan_ids and not isinstance(plan, LoadedPlans):
        return found.single, duty_id, None
    several = _set_rows(plan, progress, True, today, plan_ids)
    member, bare = several.resolve(duty_id)
    if isinstance(plan, LoadedPlans):
        return next(p for p in plan.plans if p.location == member.location), bare, several
    return member.location, bare, several


def _one_plan(
    plan: PlanSource,
    progress: PathLike | None,
    plan_ids: Sequence[str] | None,
    today: date | None,
    what: str,
) -> Loaded:
    """The one plan a call answers for (``owners``); several are refused, naming them."""
    if isinstance(plan, Loaded) and not plan_ids:
        return plan
    found = _plan_set(plan, progress)
    found.check()
    if found.single is not None and not plan_ids and not isinstance(plan, LoadedPlans):
        return _loaded(found.single, None, today)
    several = _set_rows(plan, progress, True, today, plan_ids)
    if several.several:
        known = ", ".join(h.id for h in several.heads())
        msg = f"{what} answers for one plan; pick it with --plan-id (plans: {known})"
        raise UsageError(msg, "--plan-id")
    (member,) = several.shown
    if isinstance(plan, LoadedPlans):
        return next(p for p in plan.plans if p.location == member.location)
    return _loaded(member.location, None, today)


def names(
    *,
    plan: PlanSource = None,
    progress: PathLike | None = None,
    use_index: bool = True,
    today: date | None = None,
    plan_ids: Sequence[str] | None = None,
) -> Names:
    """The ids, items (``IV.2``), sections (``IV``) and owners of a plan, in plan order.

    The index serves them when it can, so shell completion costs a hash of the files
    and one small query, not a read of the plan.
    """
    from nq42cli.core.plans import PlanSetRows
    from nq42cli.core.results_more import Names

    source = _rows(plan, progress, use_index, today, plan_ids)
    ids = source.ids()
    read = [h.id for h in source.heads()] if isinstance(source, PlanSetRows) else []
    prefixes: dict[str, None] = {}
    for duty_id in ids:
        # --section takes a plan's own numbering (IV, IV.2), whatever plan it is in.
        parts = duty_id.rpartition(":")[2].split(".")
        for n in range(1, len(parts)):
            prefixes.setdefault(".".join(parts[:n]))
    sections = tuple(p for p in prefixes if "." not in p)
    bare = {i.rpartition(":")[2] for i in ids}
    items = tuple(p for p in prefixes if "." in p and p not in bare)
    seen: dict[str, tuple[str, str, str]] = {}
    for o in source.owners():
        seen.setdefault(o.key, (o.key, o.short, o.name))
    return Names(
        tuple(ids), items, sections, tuple(seen.values()), tuple(read) or (source.head().id,)
    )


def query(
    what: QueryKind | str,
    *,
    as_of: date,
    period: Period | None = None,
    filters: Filters | None = None,
    plan: PlanSource = None,
    progress: PathLike | None = None,
    use_index: bool = True,
    today: date | None = None,
    plan_ids: Sequence[str] | None = None,
    index_only: bool = False,
) -> Listing:
    """Answer ``due`` (in ``period``), ``overdue``, ``ongoing`` or ``list`` as of ``as_of``.

    Recorded completions count. With ``use_index`` a valid plan's index (an SQLite
    file in the user cache folder, keyed by the files' bytes) answers when it can;
    the answer is the same either way. With ``index_only`` only the index answers:
    without one for these exact bytes, :class:`NotIndexed` is raised and no file is
    parsed. A filter naming nothing in the plan raises :class:`FilterError`.
    """
    try:
        kind = QueryKind(what)
    except ValueError:
        known = ", ".join(QueryKind)
        raise UsageError(f"no query '{what}'; choose from {known}", "QUERY") from None
    if kind is QueryKind.DUE and period is None:
        raise UsageError("a due query needs a period", "period")
    _in_range(as_of, "as_of")
    if period is not None:
        _in_range(period.start, "period")
        _in_range(period.end, "period")
    chosen = filters or Filters()
    source = _rows(plan, progress, use_index, today, plan_ids, index_only)
    if kind is QueryKind.DUE:
        assert period is not None
        rows = source.due(period, as_of, chosen)
    elif kind is QueryKind.OVERDUE:
        rows = source.overdue(as_of, chosen)
    elif kind is QueryKind.ONGOING:
        rows = source.ongoing(as_of, chosen)
    else:
        rows = source.listing(as_of, chosen)
    return Listing(
        kind, rows, as_of, period if kind is QueryKind.DUE else None, _shown_plans(source)
    )


def _duty(plan: Plan, duty_id: str) -> Duty:
    from nq42cli.core.queries import find, not_found

    found = find([plan], duty_id)
    if found is None:
        raise UsageError(not_found([plan], duty_id), "ID")
    return next(d for d in plan.duties if d.id == found.id)


def show(
    duty_id: str,
    *,
    as_of: date,
    plan: PlanSource = None,
    progress: PathLike | None = None,
    today: date | None = None,
    plan_ids: Sequence[str] | None = None,
) -> Detail:
    """Everything about one duty (``IV.2.a``; case does not matter), as of ``as_of``.

    An id that names no duty raises :class:`UsageError` naming the closest ids, or the
    duties of a section or item.
    """
    from nq42cli.core.queries import entry, listing_of
    from nq42cli.core.results_more import Detail

    _in_range(as_of, "as_of")
    one, bare, several = _one_duty(plan, progress, duty_id, plan_ids, today)
    loaded = _loaded(one, None, today)
    duty = _duty(loaded.plan, bare)
    found = entry(loaded.plan, duty, loaded.directory)
    (row,) = listing_of([found], as_of, loaded.progress.book())
    if several is not None:
        row = row._replace(children=several.children(as_of).get((row.plan, row.duty.id), ()))
    return Detail(row, loaded.plan, _shown_plans(several) if several else ())


def status(
    *,
    as_of: date,
    filters: Filters | None = None,
    plan: PlanSource = None,
    progress: PathLike | None = None,
    use_index: bool = True,
    today: date | None = None,
    plan_ids: Sequence[str] | None = None,
    index_only: bool = False,
) -> StatusTable:
    """Every duty passing ``filters`` classified as of ``as_of``, with the summary.

    The six classes are :class:`nq42cli.core.rules.Status`; records dated after
    ``as_of`` are not known yet on that day. The index answers when it can
    (``index_only``: as for :func:`query`).
    """
    from nq42cli.core.status import summarize

    _in_range(as_of, "as_of")
    source = _rows(plan, progress, use_index, today, plan_ids, index_only)
    rows = source.status(as_of, filters or Filters())
    shown = _shown_plans(source)
    title = ", ".join(h.name for h in shown) if shown else source.head().name
    summary = summarize(rows, source.owners(), shown)
    return StatusTable(rows, summary, as_of, title, shown)


def classify(
    duty_id: str,
    *,
    as_of: date,
    plan: PlanSource = None,
    progress: PathLike | None = None,
    use_index: bool = True,
    today: date | None = None,
    plan_ids: Sequence[str] | None = None,
) -> Row:
    """One duty's line of the status table as of ``as_of``: the rule book's verdict on it."""
    return history(
        duty_id,
        as_of=as_of,
        plan=plan,
        progress=progress,
        use_index=use_index,
        today=today,
        plan_ids=plan_ids,
    ).state


def history(
    duty_id: str,
    *,
    as_of: date,
    plan: PlanSource = None,
    progress: PathLike | None = None,
    use_index: bool = True,
    today: date | None = None,
    plan_ids: Sequence[str] | None = None,
    index_only: bool = False,
) -> History:
    """Every progress record of a duty, oldest first, and its class as of ``as_of``.

    ``index_only``: as for :func:`query`.
    """
    from nq42cli.core.queries import did_you_mean

    _in_range(as_of, "as_of")
    source = _rows(plan, progress, use_index, today, plan_ids, index_only)
    if (several := _plan_set_rows(source)) is not None:
        several.resolve(duty_id)  # an unknown or ambiguous id, said as such
    found = source.history(duty_id, as_of)
    if found is None:
        raise UsageError(did_you_mean(source.ids(), duty_id), "ID")
    state, records = found
    return History(state.duty, records, state, as_of, _shown_plans(source))


def plans(
    *,
    as_of: date,
    plan: PlanSource = None,
    progress: PathLike | None = None,
    use_index: bool = True,
    today: date | None = None,
    plan_ids: Sequence[str] | None = None,
) -> PlansList:
    """The plans read, as a tree (each under the plan it implements), counted as of a day.

    Each line gives the plan's id, kind, number and date, its file, what it implements
    (and which parent duties it carries out), and its duties judged as of ``as_of``:
    how many, done, overdue, in time, ongoing, undated (see :class:`PlanLine`).
    """
    from nq42cli.core.results_more import PlansList

    _in_range(as_of, "as_of")
    source = _set_rows(plan, progress, use_index, today, plan_ids)
    return PlansList(source.plan_lines(as_of), as_of)


# --------------------------------------------------------------------------- writing


def append_record(
    duty_id: str,
    event: Event | str,
    *,
    on: date,
    owner: str | None = None,
    evidence: str | None = None,
    note: str | None = None,
    deadline: str | None = None,
    by: str | None = None,
    force: bool = False,
    plan: PlanSource = None,
    progress: PathLike | None = None,
    today: date | None = None,
    recorded_at: datetime | None = None,
    lock_timeout: float = LOCK_TIMEOUT,
    source: str | None = None,
    excerpt: str | None = None,
    plan_ids: Sequence[str] | None = None,
    use_cache: bool = True,
) -> Recorded:
    """Append a progress record (started, progress, done, note or deadline) to a duty.

    A ``deadline`` record adjusts the duty's deadline from ``on``: ``deadline`` is the
    new timing phrase, read by the plan's grammar (``quý IV/2024``), and ``evidence``
    the document that decided it; both are required, and a phrase that does not read
    or sets no deadline is refused. An adjustment is for the whole duty (every owner,
    every member of a group owner): a ``deadline`` record with ``owner`` raises
    :class:`UsageError`.

    ``owner`` (a key, a name or a short name) records one owner's part; without it the
    record is for the whole duty. With the plan's owners registry, ``owner`` may also
    name one member of a group owner ("Đồng Nai" for the provincial party committees)
    or the body that held an owner's place on ``on`` (its successor), in any spelling;
    a body that did not exist on ``on``, or a name that is ambiguous, is refused with
    what to write. A ``progress`` record (work under way) carries its current result in
    ``note``. ``source`` is the URL where the evidence can be checked, ``excerpt`` a
    short quote of it. A ``done`` needs ``evidence``; a second completion of
    the same part needs ``force`` (a correction). The folder is locked for the
    read-check-append, waiting at most ``lock_timeout`` seconds (then
    :class:`LockTimeout`), and the file is replaced atomically: whatever fails, the old
    file stays byte for byte. ``recorded_at`` defaults to now (UTC). With ``use_cache``,
    what the checks learnt of the file is kept in the cache folder, so the next append
    to the same unchanged file reads and checks only its own record
    (:mod:`nq42cli.core.checked`).

    Raises :class:`UsageError` (unknown id or owner, the bundled plan's progress, a bad
    field), :class:`RecordRefused` (the progress checks), :class:`LockTimeout`, or
    :class:`DataError` (an invalid plan or progress file, a write that failed).
    """
    from nq42cli.core import record

    try:
        kind = Event(event)
    except ValueError:
        known = ", ".join(Event)
        raise UsageError(f"no event '{event}'; choose from {known}", "event") from None
    one, bare, _ = _one_duty(plan, progress, duty_id, plan_ids, today)
    where = _where(one)
    the_plan = one.plan if isinstance(one, Loaded) else _read_plan(where)[0]
    directory = one.directory if isinstance(one, Loaded) else _read_registry(where)
    duty = _duty(the_plan, bare)
    return record.append_record(
        where,
        the_plan,
        duty,
        kind,
        on,
        today=today or _today(),
        owner=owner,
        evidence=evidence,
        note=note,
        deadline=deadline,
        by=by,
        force=force,
        recorded_at=recorded_at or datetime.now(UTC).replace(microsecond=0),
        lock_timeout=lock_timeout,
        directory=directory,
        source=source,
        excerpt=excerpt,
        cache=_cache_dir() if use_cache else None,
    )


def _cache_dir() -> Path | None:
    from nq42cli.core.cachedir import cache_dir

    return cache_dir()


# --------------------------------------------------------------------------- reports


def report(
    period: Period,
    *,
    as_of: date | None = None,
    since: date | None = None,
    filters: Filters | None = None,
    issuer: str | None = None,
    plan: PlanSource = None,
    progress: PathLike | None = None,
    use_index: bool = True,
    today: date | None = None,
    plan_ids: Sequence[str] | None = None,
) -> PeriodicReport:
    """The periodic report for ``period`` (a quarter, a half-year, a year, or any span).

    ``as_of`` defaults to the period's last day; ``since`` is the previous report's day
    (what changed after it is listed); ``issuer`` heads the title block. Phụ lục 1 holds
    every duty with a deadline up to the period's end, Phụ lục 2 the ongoing and
    undated ones (see :mod:`nq42cli.core.report`). A ``since`` not before the report's
    day raises :class:`UsageError`.
    """
    from nq42cli.core.report import build_report

    _in_range(period.start, "period")
    _in_range(period.end, "period")
    for day, name in ((as_of, "as_of"), (since, "since")):
        if day is not None:
            _in_range(day, name)
    source = _rows(plan, progress, use_index, today, plan_ids)
    try:
        return build_report(
            source, period, as_of=as_of, since=since, filters=filters, issuer=issuer
        )
    except ValueError as exc:
        raise UsageError(str(exc), "--since") from None


def parse_report_period(text: str) -> Period:
    """Read a report's period: ``2025H1``, ``6 tháng đầu năm 2025``, ``2025Q1``, ``2025``."""
    from nq42cli.core.report import parse_report_period as parse

    return parse(text)


def timeline(
    *,
    as_of: date,
    filters: Filters | None = None,
    start: date | None = None,
    end: date | None = None,
    plan: PlanSource = None,
    progress: PathLike | None = None,
    use_index: bool = True,
    today: date | None = None,
    plan_ids: Sequence[str] | None = None,
) -> Timeline:
    """Every duty passing ``filters`` on a time axis, judged as of ``as_of``."""
    from nq42cli.core.results_more import Timeline

    for day, name in ((as_of, "as_of"), (start, "start"), (end, "end")):
        if day is not None:
            _in_range(day, name)
    source = _rows(plan, progress, use_index, today, plan_ids)
    rows = source.status(as_of, filters or Filters())
    return Timeline(rows, as_of, start, end, _shown_plans(source))


# --------------------------------------------------------------------------- owners


def owners(
    *,
    as_of: date,
    plan: PlanSource = None,
    progress: PathLike | None = None,
    today: date | None = None,
    plan_ids: Sequence[str] | None = None,
) -> OwnersList:
    """Every owner of the plan as of ``as_of``: the name in force, former names, members.

    With no owners registry beside the plan, the owners are the plan's, unchanged.
    """
    from nq42cli.core.ownership import owner_rows
    from nq42cli.core.results_more import OwnersList

    _in_range(as_of, "as_of")
    loaded = _one_plan(plan, progress, plan_ids, today, "nq42 owners")
    rows = owner_rows(loaded.plan, loaded.directory, as_of)
    name = f"{loaded.plan.meta.kind} {loaded.plan.meta.number}"
    return OwnersList(rows, as_of, name, loaded.directory is not None)


def owner(
    name: str,
    *,
    as_of: date,
    plan: PlanSource = None,
    progress: PathLike | None = None,
    today: date | None = None,
    plan_ids: Sequence[str] | None = None,
) -> OwnerStory:
    """One body's history and the plan's duties it has, by any of its names.

    ``name`` may be a plan owner's key or name, a successor's ("Ban Chính sách, chiến
    lược Trung ương"), a member's ("Đồng Nai"), in any spelling. A name of nothing (or
    of several bodies at once) raises :class:`UsageError` with the nearest names.
    """
    from nq42cli.core.ownership import owner_detail
    from nq42cli.core.results_more import OwnerStory

    _in_range(as_of, "as_of")
    loaded = _one_plan(plan, progress, plan_ids, today, "nq42 owners show")
    return OwnerStory(owner_detail(loaded.plan, loaded.directory, name), as_of)


def owner_names(plan: Location | PathLike | None = None) -> list[str]:
    """Every name ``--owner`` takes: the plan's owners and every body of its registry.

    For shell completion: reads the plan and registry files only (no progress), and
    returns nothing rather than raise when they cannot be read.
    """
    where = _where(plan)
    try:
        the_plan, _ = _read_plan(where)
        directory = _read_registry(where)
    except (DataError, OSError):
        return []
    names = [n for o in the_plan.owners for n in (o.name, o.short)]
    if directory is not None:
        names += directory.all_names()
    return list(dict.fromkeys(names))


# --------------------------------------------------------------------------- checking


def validate(
    files: Sequence[PathLike] | None = None,
    *,
    plan: PlanSource = None,
    strict: bool = False,
    today: date | None = None,
    linked: bool = False,
) -> Validation:
    """Check plan, owners registry and progress files; every problem, sorted by position.

    Without ``files``: the plans nq42 would use (every plan of ``./plans/`` too), each
    with its owners registry and the progress files beside it, the layout of a plans
    folder, and the links between the plans (ids, ``implements``). A progress file is
    checked against the plan it names (one of ``files``, else one of those plans) and
    against its registry. Warnings fail the result only when ``strict``.

    ``linked`` adds the files that go with the ones given, so that a change to one is
    checked against the others (what the pre-commit hook does): for a file beside a
    ``plan.yaml`` (the plan itself, its ``owners.yaml``) or in the ``progress/`` folder
    beside one, that plan, its owners registry and every progress file.
    """
    from nq42cli.core.loader import LoadedPlan, load_plan
    from nq42cli.core.owners import LoadedRegistry, load_registry
    from nq42cli.core.results_more import Validation
    from nq42cli.core.validation import validate_files

    plan_set = _plan_set(plan)
    layout: list[Problem] = []
    found: list[str] = []
    if files:
        targets = [(Path(f), str(f)) for f in files]
        if linked:
            targets = _linked(targets)
    else:
        # Every plan nq42 would read, its registry and its progress; and what is wrong
        # with the layout of a plans folder.
        layout = list(plan_set.problems)
        targets = []
        for where in plan_set.locations:
            registry = where.registry()
            progress_files = where.progress_files()
            targets += [(where.plan, where.plan_name), *([registry] if registry else [])]
            targets += progress_files
            # Files found beside a plan, not named: they must be regular files.
            found += [shown for _, shown in [*([registry] if registry else []), *progress_files]]

    def default_plans() -> list[LoadedPlan]:
        out = []
        for where in plan_set.locations:
            with contextlib.suppress(DataError):
                out.append(load_plan(where.plan, where.plan_name))
        return out

    def default_registries() -> list[LoadedRegistry]:
        out = []
        for where in plan_set.locations:
            registry = where.registry()
            if registry:
                with contextlib.suppress(DataError):
                    out.append(load_registry(*registry))
        return out

    outcome = validate_files(
        targets, default_plans, today or _today(), default_registries, found=found
    )
    problems = tuple(layout) + outcome.problems
    return Validation(problems, outcome.files, strict)


def _linked(targets: list[tuple[Path, str]]) -> list[tuple[Path, str]]:
    """The targets, then the files that go with each: plan, owners registry, progress."""
    from nq42cli.core.locate import locate

    out = list(targets)
    for path, shown in targets:
        # The folder holding the plan: a progress file's folder's parent, else its own.
        folder, named = (path.parent, Path(shown).parent)
        if folder.name == "progress":
            folder, named = folder.parent, named.parent
        plan = next((n for n in ("plan.yaml", "plan.yml") if (folder / n).is_file()), None)
        if plan is None:
            continue
        where = locate(str(named / plan))
        registry = where.registry()
        out += [(where.plan, where.plan_name), *([registry] if registry else [])]
        out += where.progress_files()
    return list(dict.fromkeys(out))


def init(
    directory: PathLike = ".",
    *,
    empty: bool = False,
    pinned: str | None = None,
    today: date | None = None,
) -> Initialized:
    """Lay out a data repository for the analyst's own plan, ready for CI.

    The bundled plan with its progress (or, ``empty``, an empty plan dated ``today``),
    ``data/progress/``, the owners registry when nq42 ships one, the JSON Schemas, a
    GitHub Actions workflow, a pre-commit configuration, a ``.yamllint`` and a README.
    ``pinned`` is the pip requirement CI and the hook install nq42 from (default
    ``nq42==`` this version). Raises :class:`UsageError`, writing nothing, when a file
    would be overwritten.
    """
    from nq42cli.core import scaffold
    from nq42cli.core.results_more import Initialized

    target = Path(directory)
    planned = scaffold.layout(empty=empty, pinned=pinned, today=today or _today())
    written = scaffold.write(target, planned)
    return Initialized(target, tuple(written), pinned or scaffold.requirement())


def migrate(
    files: Sequence[PathLike] | None = None,
    *,
    plan: PlanSource = None,
    write: bool = True,
) -> list[Migration]:
    """Rewrite the old day key ``on:`` as ``date:`` in progress and owners files.

    Without ``files``: the progress files and the owners registry of the plan nq42
    would use. Each file is rewritten atomically under its folder's lock, and only when
    it holds an old key, so running it twice changes nothing the second time. With
    ``write=False`` nothing is written: the result says what would change. Raises
    :class:`DataError` (every file's problems) for files that cannot be read as YAML,
    after migrating the others.
    """
    from nq42cli.core.migrate import migrate_file

    if files:
        targets = [(Path(f), str(f)) for f in files]
    else:
        found = _plan_set(plan)
        found.check()
        targets = []
        for where in found.locations:
            if where.bundled:
                msg = "the bundled plan's files are part of the package; give FILES or --plan"
                raise UsageError(msg, "FILES")
            registry = where.registry()
            targets += [*([registry] if registry else []), *where.progress_files()]
    done, problems = [], []
    for path, shown in targets:
        try:
            done.append(migrate_file(path, shown, write=write))
        except DataError as exc:
            problems += exc.problems
    if problems:
        raise DataError(problems)
    return done


def schema(name: str) -> Schema:
    """The JSON Schema of a file kind (``plan``, ``status``, ``owners``), from the models."""
    from nq42cli.core.results_more import Schema
    from nq42cli.core.schemas import SCHEMAS, schema_text

    if name not in SCHEMAS:
        known = ", ".join(SCHEMAS)
        raise UsageError(f"no schema '{name}'; choose from {known}", "NAME")
    return Schema(name, schema_text(name))


# --------------------------------------------------------------------------- time and text


@overload
def when(text: str, *, issued: date | None = None, exact: Literal[False] = False) -> WhenSpans: ...
@overload
def when(text: str, *, issued: date | None = None, exact: Literal[True]) -> WhenReading: ...
def when(text: str, *, issued: date | None = None, exact: bool = False) -> WhenSpans | WhenReading:
    """The time expressions in a sentence, or (``exact``) how a whole timing phrase reads.

    Without ``exact``: every dated shape and time keyword of ``text`` (in NFC), each with
    its offsets, read as a time of the duty or set aside with a reason code (a law's
    year, a horizon, a cited date, a number with no qualifier) — a
    :class:`WhenSpans`; it never raises, and ``result.read`` is empty when nothing was
    read. With ``exact``: ``text`` must read as one timing phrase, every word (what
    :func:`validate` does) — a :class:`WhenReading`, one window per part; a part that
    cannot be read raises :class:`TimeParseError` with its code and span.

    ``issued`` is the document's date: the year of '20/10' or 'hạn T7', the start of
    'từ nay'.
    """
    from nq42cli.core.results_more import WhenReading, WhenSpans

    if exact:
        from nq42cli.core.grammar import read_phrase

        return WhenReading(text, read_phrase(text, issued))
    from nq42cli.core.spans import find_spans
    from nq42cli.core.text import nfc

    shown = nfc(text)
    return WhenSpans(shown, find_spans(shown, issued))


def extract(
    document: PathLike,
    *,
    issued: date | None = None,
    number: str | None = None,
    name: str = "<draft>",
) -> DraftPlan:
    """Draft a plan file from a document (UTF-8 text or .docx): never refused, never discarded.

    Layouts (outlines, bullets, fields, task tables in pipes, tabs or PDF copies),
    headers and owner phrasings are read; every guess is marked ``review:`` with its
    reason, and ``result.coverage`` says what was seen and what was read. The draft is
    validated like any plan file as :func:`export` renders it (``"yaml"``):
    ``result.problems`` lists what fails, positioned in that file and named ``name``.
    ``issued`` and ``number`` supply the document's date and number when the text lacks
    them. A Word file (.docx) is read with its list numbers and tables (see
    :mod:`nq42cli.core.wordfile`). Raises :class:`UsageError` when the document does not
    exist and :class:`DataError` when it is neither UTF-8 text nor a readable .docx.
    """
    from nq42cli.core.extract import extract as draft_plan
    from nq42cli.core.fsio import UnusableFile, read_input
    from nq42cli.core.loader import load_plan_text
    from nq42cli.core.results_more import DraftPlan
    from nq42cli.core.text import UnwritableText, check_writable
    from nq42cli.core.wordfile import WORD_LINES_NOTE, is_zip

    path = Path(document)
    shown = str(document)
    if number is not None:
        try:
            check_writable(number, one_line=True)
        except UnwritableText as exc:
            raise UsageError(f"the number: {exc.message}", "--number") from None
    try:
        # Checked before it is read: a device or a 20 GB file is refused, a pipe read once.
        raw = read_input(path, pipes=True)
    except FileNotFoundError:
        raise UsageError(f"no such file: {shown}", "DOCUMENT") from None
    except UnusableFile as exc:
        if exc.code == "file.is_dir":
            raise UsageError(f"{shown} is a folder, not a file", "DOCUMENT") from None
        raise DataError([Problem(shown, 0, 0, exc.code, exc.message)]) from None
    except OSError as exc:
        msg = exc.strerror or str(exc)
        raise DataError([Problem(shown, 0, 0, "file.unreadable", msg)]) from None
    source = _document_text(raw, shown)
    drafted = draft_plan(source, issued=issued, number=number)
    if is_zip(raw):
        # The review marks' "line N" must mean something to a reader of the Word file.
        drafted.notes.insert(0, WORD_LINES_NOTE)
    result = DraftPlan(drafted, shown, name)
    # The comments of the file are one line each in either language, so the problems
    # found in the Vietnamese rendering are positioned for both.
    text = render(result, "yaml", "vi")
    assert isinstance(text, str)
    try:
        load_plan_text(text, name)
    except DataError as exc:
        return DraftPlan(result.draft, shown, name, tuple(exc.problems))
    return result


def _document_text(raw: bytes, shown: str) -> str:
    """The text of a document to draft from: UTF-8 text, or a Word file's text."""
    from nq42cli.core.wordfile import UnreadableWordFile, docx_text, is_zip, sniff_other_format

    if is_zip(raw):
        try:
            return docx_text(raw)
        except UnreadableWordFile as exc:
            msg = f"not a readable Word document: {exc}"
            raise DataError([Problem(shown, 0, 0, "file.not_docx", msg)]) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if kind := sniff_other_format(raw):
            msg = f"{kind}, not text: save it as .docx or copy its text into a .txt file"
        else:
            msg = f"not UTF-8 text ({exc.reason} at byte {exc.start})"
        raise DataError([Problem(shown, 0, 0, "file.not_utf8", msg)]) from None


def calendar(
    *,
    filters: Filters | None = None,
    plan: PlanSource = None,
    progress: PathLike | None = None,
    stamp: datetime | None = None,
    remind: timedelta | None = timedelta(days=14),
    name: str | None = None,
    use_index: bool = True,
    today: date | None = None,
    plan_ids: Sequence[str] | None = None,
) -> Calendar:
    """The binding deadlines of the duties passing ``filters``, for an iCalendar file.

    Deadlines met by ``stamp``'s day are marked done and carry no reminder. ``stamp`` is
    when the file is made (default: today at 00:00 UTC); ``remind`` the reminder's lead
    time (None: no reminder); ``name`` the calendar's name.
    """
    from nq42cli.core.results_more import Calendar

    when_made = stamp or datetime.combine(today or _today(), time(0), tzinfo=UTC)
    _in_range(when_made.date(), "stamp")
    source = _rows(plan, progress, use_index, today, plan_ids)
    rows = source.listing(when_made.date(), filters or Filters())
    shown = _shown_plans(source)
    title = ", ".join(h.name for h in shown) if shown else source.head().name
    return Calendar(rows, name or f"nq42 — {title}", when_made, remind, shown)


# --------------------------------------------------------------------------- output


def export(result: Result, fmt: Format | str, *, lang: str = "vi", bom: bool = False) -> bytes:
    """``result`` rendered in ``fmt`` as bytes, its words in ``lang`` (``vi`` or ``en``).

    ``bom`` starts a CSV with the byte-order mark Excel needs to read UTF-8. A format
    the result does not have raises :class:`UsageError` (see :func:`formats`).
    """
    return encode(render(result, fmt, lang), fmt, bom=bom)


# The results of the rarer calls are made on first use (nq42cli.core.results_more), so a
# warm query does not define them; they are this module's names all the same.
if not TYPE_CHECKING:
    from nq42cli.core.results import MORE as _RESULTS_MORE
    from nq42cli.core.results import lazy_more

    __getattr__, __dir__ = lazy_more(_RESULTS_MORE | {"Initialized", "Names"}, globals(), __name__)
