"""Classify each duty as of a day, the way the Government's task tracking does.

A duty with a deadline is *hoàn thành đúng hạn* (done on or before its deadline),
*hoàn thành quá hạn* (done after it), *chưa hoàn thành – trong hạn* (open, deadline not
passed) or *chưa hoàn thành – quá hạn* (open, deadline passed). A duty without a deadline
is *thực hiện thường xuyên* when it has an ongoing part, else *không thời hạn*
(per-schedule and undated duties).

Decisions:

- A deadline ends at the end of its day: on the deadline itself a duty is still in time.
- A duty with several deadline windows is judged by the earliest. Progress is recorded
  per duty, not per window, so there is no telling which stage a completion belongs to;
  the earliest deadline is the first report the plan demands, and ``overdue`` already
  calls a duty late once its first deadline has passed. (No duty of 19-KH/TW has two.)
- A duty with a deadline and an ongoing part ("hoàn thành trong quý II/2024 và thực hiện
  thường xuyên") is classified by its deadline: that is the part that can be late.
- Records dated after ``as_of`` are not known yet as of that day.
- Per-owner counts use each owner's own part (its ``done`` record or the whole duty's)
  and count only the owners that must report (not partners; see
  :func:`nq42cli.core.progress.required_parts`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from nq42cli.core.models import Duty, Plan
from nq42cli.core.progress import (
    Completion,
    Progress,
    Record,
    completion,
    owner_completion,
    parts_done,
    required_parts,
    started_on,
)
from nq42cli.core.queries import Filters, Row, check_filters, owner_lines
from nq42cli.core.windows import WindowKind

__all__ = [
    "LABELS",
    "Status",
    "StatusRow",
    "Summary",
    "classify",
    "label",
    "status_rows",
    "summarize",
]


class Status(StrEnum):
    """The class of a duty as of a day."""

    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    OPEN_IN_TIME = "open_in_time"
    OPEN_OVERDUE = "open_overdue"
    ONGOING = "ongoing"
    NO_DEADLINE = "no_deadline"


DEADLINE_CLASSES = (
    Status.DONE_ON_TIME,
    Status.DONE_LATE,
    Status.OPEN_IN_TIME,
    Status.OPEN_OVERDUE,
)

LABELS: dict[str, dict[Status, str]] = {
    "vi": {
        Status.DONE_ON_TIME: "hoàn thành đúng hạn",
        Status.DONE_LATE: "hoàn thành quá hạn",
        Status.OPEN_IN_TIME: "chưa hoàn thành – trong hạn",
        Status.OPEN_OVERDUE: "chưa hoàn thành – quá hạn",
        Status.ONGOING: "thực hiện thường xuyên",
        Status.NO_DEADLINE: "không thời hạn",
    },
    "en": {
        Status.DONE_ON_TIME: "done on time",
        Status.DONE_LATE: "done late",
        Status.OPEN_IN_TIME: "open, in time",
        Status.OPEN_OVERDUE: "open, overdue",
        Status.ONGOING: "ongoing",
        Status.NO_DEADLINE: "no deadline",
    },
}


ON_TIME_SHORT = {"vi": "đúng hạn", "en": "on time"}


def label(status: Status, lang: str = "vi") -> str:
    """The status's words in ``lang`` (vi or en)."""
    return LABELS[lang][status]


@dataclass(frozen=True)
class Classified:
    """A class with the deadline it was judged against and how late it is."""

    status: Status
    deadline: date | None = None
    days_late: int | None = None
    days_left: int | None = None


def classify(duty: Duty, done: date | None, as_of: date) -> Classified:
    """Classify ``duty`` as of ``as_of``, given the day it was complete (if it was)."""
    deadlines = sorted(w.deadline for w in duty.windows if w.deadline is not None)
    if not deadlines:
        if any(w.kind is WindowKind.ONGOING for w in duty.windows):
            return Classified(Status.ONGOING)
        return Classified(Status.NO_DEADLINE)
    deadline = deadlines[0]
    if done is not None:
        late = (done - deadline).days
        status = Status.DONE_LATE if late > 0 else Status.DONE_ON_TIME
        return Classified(status, deadline, max(late, 0), None)
    late = (as_of - deadline).days
    if late > 0:
        return Classified(Status.OPEN_OVERDUE, deadline, late, 0)
    return Classified(Status.OPEN_IN_TIME, deadline, None, -late)


@dataclass(frozen=True)
class StatusRow:
    """One duty's line of the status table."""

    row: Row
    status: Status
    deadline: date | None
    days_late: int | None
    days_left: int | None
    completion: Completion | None
    started_on: date | None
    parts: tuple[int, int]
    owner_status: dict[str, Status] = field(default_factory=dict)
    records: tuple[Record, ...] = ()

    @property
    def completed_on(self) -> date | None:
        """The completion day, if complete."""
        return self.completion.on if self.completion else None


def status_rows(
    plan: Plan, progress: Progress, as_of: date, filters: Filters | None = None
) -> list[StatusRow]:
    """Every duty passing ``filters``, classified as of ``as_of``, in plan order."""
    filters = filters or Filters()
    check_filters([plan], filters)
    out = []
    for duty in plan.duties:
        owners = owner_lines(plan, duty)
        if not filters.accepts(duty, owners):
            continue
        records = progress.records(duty.id)
        done = completion(duty, records, as_of)
        cls = classify(duty, done.on if done else None, as_of)
        per_owner = {}
        for key in required_parts(duty):
            part = owner_completion(duty, records, as_of, key)
            per_owner[key] = classify(duty, part.on if part else None, as_of).status
        row = Row(
            plan.meta.id, duty, owners, as_of, cls.deadline, completed_on=done.on if done else None
        )
        out.append(
            StatusRow(
                row,
                cls.status,
                cls.deadline,
                cls.days_late,
                cls.days_left,
                done,
                started_on(records, as_of),
                parts_done(duty, records, as_of),
                per_owner,
                tuple(r for r in records if r.on <= as_of),
            )
        )
    return out


@dataclass(frozen=True)
class OwnerSummary:
    """One owner's counts: per class, over the duties it must report on."""

    key: str
    name: str
    short: str
    counts: dict[Status, int]

    @property
    def with_deadline(self) -> int:
        """How many of its duties have a deadline."""
        return sum(self.counts[s] for s in DEADLINE_CLASSES)

    def line(self, lang: str = "vi") -> str:
        """'Ban Kinh tế Trung ương: 1/2 đúng hạn; 1 chưa hoàn thành – quá hạn; …'.

        The 'x/y đúng hạn' part counts duties with a deadline; an owner with none
        gets only its other counts.
        """
        head = []
        if self.with_deadline:
            on_time = self.counts[Status.DONE_ON_TIME]
            head = [f"{on_time}/{self.with_deadline} {ON_TIME_SHORT[lang]}"]
        rest = [
            f"{n} {label(s, lang)}"
            for s, n in self.counts.items()
            if n and s is not Status.DONE_ON_TIME
        ]
        return f"{self.name}: " + "; ".join(head + rest)


@dataclass(frozen=True)
class Summary:
    """Counts per class over all rows, and per owner."""

    total: int
    counts: dict[Status, int]
    owners: tuple[OwnerSummary, ...]


def summarize(rows: Iterable[StatusRow], plan: Plan) -> Summary:
    """Count rows per class, and each reporting owner's parts per class (plan order)."""
    rows = list(rows)
    counts = dict.fromkeys(Status, 0)
    per_owner: dict[str, dict[Status, int]] = {}
    for r in rows:
        counts[r.status] += 1
        for key, st in r.owner_status.items():
            per_owner.setdefault(key, dict.fromkeys(Status, 0))[st] += 1
    owners = tuple(
        OwnerSummary(o.key, o.name, o.short, per_owner[o.key])
        for o in plan.owners
        if o.key in per_owner
    )
    return Summary(len(rows), counts, owners)
