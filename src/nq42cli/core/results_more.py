"""The typed results of the rarer calls, made the first time one is asked for.

Defining a frozen dataclass costs about a millisecond (its methods are compiled when the
class is made), and a warm ``nq42 due`` answers in a few tens of milliseconds. So the
results of the everyday questions (:class:`~nq42cli.core.results.Listing`,
``StatusTable``, ``History``) are made in :mod:`nq42cli.core.results`, and these here,
when :mod:`nq42cli.core.results` or :mod:`nq42cli.api` is first asked for one of them
(both name them all: import them from there).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from nq42cli.core.problems import Problem, Severity

if TYPE_CHECKING:
    from nq42cli.core.extract import Draft
    from nq42cli.core.grammar import Reading
    from nq42cli.core.models import Plan
    from nq42cli.core.ownership import OwnerDetail, OwnerRow
    from nq42cli.core.plans import PlanLine
    from nq42cli.core.queries import PlanHead, Row
    from nq42cli.core.rules import Event
    from nq42cli.core.spans import Span

__all__ = [
    "Calendar",
    "CoverageReport",
    "Detail",
    "DraftPlan",
    "Initialized",
    "Names",
    "OwnerStory",
    "OwnersList",
    "PlansList",
    "Recorded",
    "Schema",
    "Timeline",
    "Validation",
    "WhenReading",
    "WhenSpans",
]


@dataclass(frozen=True)
class Detail:
    """Everything about one duty (``nq42 show``)."""

    KIND: ClassVar[str] = "detail"
    row: Row
    plan: Plan
    plans: tuple[PlanHead, ...] = ()
    """The plans read with it, when more than one."""


@dataclass(frozen=True)
class WhenReading:
    """How a whole timing phrase reads: one window per part (``nq42 when --exact``)."""

    KIND: ClassVar[str] = "when"
    text: str
    readings: list[Reading]


@dataclass(frozen=True)
class WhenSpans:
    """The time expressions found in a sentence (``nq42 when``).

    Each span is read (its windows) or set aside with a reason code; offsets are into
    ``text``, the sentence in NFC.
    """

    KIND: ClassVar[str] = "spans"
    text: str
    spans: list[Span]

    @property
    def read(self) -> list[Span]:
        """The spans read as a time of the duty."""
        return [sp for sp in self.spans if sp.read]

    @property
    def readings(self) -> list[Reading]:
        """Every window read, in the order of the text."""
        return [r for sp in self.spans for r in sp.readings]


@dataclass(frozen=True)
class CoverageReport:
    """What ``extract`` saw in a document and what it read, so "0 due" is never "0 read"."""

    KIND: ClassVar[str] = "coverage"
    draft: Draft


@dataclass(frozen=True)
class DraftPlan:
    """A plan file drafted from a document's text, and what validating it found.

    The draft is never discarded: ``problems`` are the validation problems of the file
    as rendered (``api.export(result, "yaml")``), positioned in it and named ``name``;
    an empty tuple means the file is a valid plan. ``document`` is the text's path.
    """

    KIND: ClassVar[str] = "draft"
    draft: Draft
    document: str
    name: str = "<draft>"
    problems: tuple[Problem, ...] = ()

    @property
    def valid(self) -> bool:
        """Whether the draft validates as a plan file."""
        return not self.problems

    @property
    def coverage(self) -> CoverageReport:
        """The coverage report of the extraction."""
        return CoverageReport(self.draft)


@dataclass(frozen=True)
class Validation:
    """Every problem found in the files checked, sorted by file and position."""

    KIND: ClassVar[str] = "problems"
    problems: tuple[Problem, ...]
    files: int
    strict: bool = False

    @property
    def errors(self) -> tuple[Problem, ...]:
        """The problems that make a file invalid."""
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """The problems that fail only under ``strict``."""
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)

    @property
    def failing(self) -> tuple[Problem, ...]:
        """The problems that fail the run (warnings too, under ``strict``)."""
        return self.problems if self.strict else self.errors

    @property
    def valid(self) -> bool:
        """No failing problem."""
        return not self.failing

    @property
    def invalid_files(self) -> int:
        """How many files have a failing problem."""
        return len({p.path for p in self.failing})


@dataclass(frozen=True)
class Calendar:
    """The deadlines of some duties, for an iCalendar file.

    ``stamp`` is when the file is made (every event's DTSTAMP); ``remind`` how long
    before each deadline its reminder fires (None: no reminder).
    """

    KIND: ClassVar[str] = "calendar"
    rows: list[Row]
    name: str
    stamp: datetime
    remind: timedelta | None = timedelta(days=14)
    plans: tuple[PlanHead, ...] = ()
    """The plans answered for, when more than one (events then name their plan)."""


@dataclass(frozen=True)
class Timeline:
    """Duties on a time axis (``nq42 timeline``): each row's windows in force, judged.

    ``start``/``end`` bound the axis when given; otherwise it spans the rows' windows
    and ``as_of``.
    """

    KIND: ClassVar[str] = "timeline"
    rows: list[Row]
    as_of: date
    start: date | None = None
    end: date | None = None
    plans: tuple[PlanHead, ...] = ()
    """The plans answered for, when more than one."""


@dataclass(frozen=True)
class Schema:
    """The JSON Schema of a file kind, as text."""

    KIND: ClassVar[str] = "schema"
    name: str
    text: str


@dataclass(frozen=True)
class Recorded:
    """A progress record that has been appended, and the file it went to."""

    KIND: ClassVar[str] = "recorded"
    duty: str
    owner: str | None
    event: Event
    on: date
    path: str
    unit: str | None = None
    """The registry unit that acted (a member of a group owner, or a successor)."""


@dataclass(frozen=True)
class OwnersList:
    """The plan's owners as of a day, with the registry's names and members (``nq42 owners``)."""

    KIND: ClassVar[str] = "owners"
    rows: list[OwnerRow]
    as_of: date
    plan: str
    registry: bool
    """Whether the plan has an owners registry (without one, owners are the plan's)."""


@dataclass(frozen=True)
class OwnerStory:
    """One body's history and its duties (``nq42 owners show NAME``)."""

    KIND: ClassVar[str] = "owner"
    detail: OwnerDetail
    as_of: date


@dataclass(frozen=True)
class PlansList:
    """The plans read, as a tree with their counts as of a day (``nq42 plans``)."""

    KIND: ClassVar[str] = "plans"
    rows: list[PlanLine]
    as_of: date


@dataclass(frozen=True, slots=True)
class Names:
    """What a plan names, for completion: duty ids, items and sections, owners."""

    ids: tuple[str, ...]
    items: tuple[str, ...]
    sections: tuple[str, ...]
    owners: tuple[tuple[str, str, str], ...]
    """Each owner's key, short name and name, in plan order."""
    plans: tuple[str, ...] = ()
    """The ids of the plans read (what ``--plan-id`` takes)."""


@dataclass(frozen=True, slots=True)
class Initialized:
    """What :func:`nq42cli.api.init` wrote: the repository's folder and every file, in order."""

    directory: Path
    files: tuple[Path, ...]
    pinned: str
