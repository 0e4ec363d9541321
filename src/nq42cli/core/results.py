"""Typed results: what each library call answers, before any output format.

Every public function of :mod:`nq42cli.api` returns one of these, and every one can be
rendered by :func:`nq42cli.render.render` in the formats registered for its ``KIND``
(:func:`nq42cli.render.formats`). The command line does nothing else with them: it
asks the core for a result and renders it.

Only the standard library and light core modules are imported at run time; the
models behind some fields (pydantic) are named for the type checker only, so a query
answered from the index never loads them. The results of the everyday questions
(:class:`Listing`, :class:`StatusTable`, :class:`History`) are made here; the others are
made in :mod:`nq42cli.core.results_more` the first time one is asked for from this
module, so a warm ``nq42 due`` does not pay for defining thirteen dataclasses it never
uses; these three are named tuples, cheaper still to define (see
:class:`nq42cli.core.windows.Period`), each with its ``KIND`` on a subclass (a named
tuple's class body holds only fields). Import them from here either way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar, NamedTuple

if TYPE_CHECKING:
    from nq42cli.core.queries import Entry, PlanHead, Row
    from nq42cli.core.results_more import (
        Calendar,
        CoverageReport,
        Detail,
        DraftPlan,
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
    from nq42cli.core.rules import RecordLike
    from nq42cli.core.status import Summary
    from nq42cli.core.windows import Period

__all__ = [
    "Calendar",
    "CoverageReport",
    "Detail",
    "DraftPlan",
    "History",
    "Listing",
    "OwnerStory",
    "OwnersList",
    "PlansList",
    "QueryKind",
    "Recorded",
    "Schema",
    "StatusTable",
    "Timeline",
    "Validation",
    "WhenReading",
    "WhenSpans",
]


class QueryKind(StrEnum):
    """The questions a listing answers."""

    DUE = "due"
    OVERDUE = "overdue"
    ONGOING = "ongoing"
    LIST = "list"


class _Listing(NamedTuple):
    query: QueryKind
    rows: list[Row]
    as_of: date | None = None
    period: Period | None = None
    plans: tuple[PlanHead, ...] = ()


class Listing(_Listing):
    """The rows that answer a query (``nq42 due|overdue|ongoing|list``).

    ``as_of`` is the day asked about (completions are known as of it); ``period`` the
    period of a ``due`` query; ``plans`` the plans answered for, when more than one
    (rows then name their plan: ``PLAN:ID``).
    """

    __slots__ = ()
    KIND: ClassVar[str] = "listing"

    @property
    def timed(self) -> bool:
        """Whether the rows count days to or past a deadline (due, overdue)."""
        return self.query in (QueryKind.DUE, QueryKind.OVERDUE)


class _StatusTable(NamedTuple):
    rows: list[Row]
    summary: Summary
    as_of: date
    plan: str
    """The plan's kind and number, for titles: ``Kế hoạch 19-KH/TW`` (several, joined)."""
    plans: tuple[PlanHead, ...] = ()
    """The plans answered for, when more than one (see :class:`Listing`)."""


class StatusTable(_StatusTable):
    """Every duty classified as of a day, with the counts per class and per owner."""

    __slots__ = ()
    KIND: ClassVar[str] = "status"


class _History(NamedTuple):
    duty: Entry
    records: Sequence[RecordLike]
    state: Row
    as_of: date
    plans: tuple[PlanHead, ...] = ()
    """The plans read with it, when more than one."""


class History(_History):
    """A duty's progress records, oldest first, and its class as of a day."""

    __slots__ = ()
    KIND: ClassVar[str] = "history"


# The results of the rarer calls live in results_more, made on first use (see there).
MORE = frozenset(
    {
        "Calendar",
        "CoverageReport",
        "Detail",
        "DraftPlan",
        "OwnerStory",
        "OwnersList",
        "PlansList",
        "Recorded",
        "Schema",
        "Timeline",
        "Validation",
        "WhenReading",
        "WhenSpans",
    }
)


def lazy_more(
    names: frozenset[str], space: dict[str, object], module: str
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """A module's ``__getattr__`` and ``__dir__`` serving ``names`` from results_more.

    Each name is looked up once, then kept in the module's namespace ``space``; so
    ``from nq42cli.api import Detail`` works without a warm answer paying for it.
    """

    def getattr_(name: str) -> object:
        if name not in names:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        from nq42cli.core import results_more

        value = getattr(results_more, name)
        space[name] = value
        return value

    def dir_() -> list[str]:
        return sorted({*space, *names})

    return getattr_, dir_


if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_more(MORE, globals(), __name__)
