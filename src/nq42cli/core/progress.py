"""Progress records: what has been done on each duty, by whom, with what evidence.

Progress lives beside the plan, never inside it: a folder (``progress/`` next to the
plan file) with one YAML file per duty, ``IV.2.a.yaml``, holding an append-only list of
records. One file per duty is what keeps git merges clean: two analysts recording
different duties on two branches touch different files.

A record is ``started``, ``progress`` (work under way, with its current result in
``note``), ``done`` or ``note``, for the whole duty or, with ``owner``, for one owner's
part; with ``owner`` and ``unit``, for one member's part of a group owner (``owner:
tinh_thanh_uy``, ``unit: dong_nai``), or for the body that held the owner's place on
that day (``owner: bkttw``, ``unit: bcsclttw``). ``source`` is the URL where the
evidence can be checked and ``excerpt`` a short verbatim quote of it. A ``deadline``
record carries an adjusted deadline (``deadline: 'quý IV/2025'``) and the document that
decided it; it is for the whole duty only (every owner and every member of a group owner
alike), so it never names an owner or a unit. Files written before units existed read
as they always did. Completion rule (the rule book,
:mod:`nq42cli.core.rules`, decides; see :func:`completion`):

- a ``done`` record without owner completes the whole duty;
- otherwise the duty is complete when every owner that must report has a ``done``
  record; those are the owners that are not partners (phối hợp), or every owner when
  the plan names only partners; the completion day is the latest of their days;
- a group owner with members in the owners registry reports by its own ``done``, or
  member by member (see the rule book);
- when both rules are met, the duty was complete on the earlier of the two days.

With an owners registry (:mod:`nq42cli.core.owners`), a record must name units that
existed on its day: a body that had been succeeded (Ban Kinh tế Trung ương after
23/01/2025), a province merged away (Bình Phước after 30/6/2025) or a unit that is not
a member of the group it reports for is refused with the unit to write instead.

Records are never rewritten: a correction is a new record written with ``--force``
(``force: true``), and for each part the last ``done`` record in the file wins.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import (
    AfterValidator,
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    StringConstraints,
    ValidationError,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from nq42cli.core.loader import pydantic_problems
from nq42cli.core.models import Day, Duty, Plan, day_given_once
from nq42cli.core.problems import MAX_PROBLEMS, DataError, Problem, capped
from nq42cli.core.rules import (
    Completion,
    Event,
    Groups,
    Membership,
    PartKey,
    adjusted_windows,
    completion_of,
    last_done,
    owner_part,
    part_key,
    required_keys,
)
from nq42cli.core.text import closest, fold, nfc, unwritable, visible
from nq42cli.core.windows import TimeParseError, day_range_error
from nq42cli.core.yamlsrc import Loc, Source, read_file, read_yaml

if TYPE_CHECKING:
    from nq42cli.core.directory import Directory

__all__ = [
    "Completion",
    "DutyProgress",
    "Event",
    "Progress",
    "Record",
    "appended_plain",
    "check_appended",
    "check_new",
    "check_records",
    "completion",
    "done_by_part",
    "groups_of",
    "load_duty_file",
    "load_progress",
    "owner_completion",
    "parse_duty_source",
    "parse_duty_text",
    "progress_file",
    "read_progress",
    "required_parts",
    "resolve_owner",
]

SUFFIX = ".yaml"
# The events the checks test every record for, bound once: looking a member up on its
# enum class (Event.DONE) takes several times as long as a global, seven times a record.
_DONE, _NOTE, _PROGRESS, _DEADLINE = Event.DONE, Event.NOTE, Event.PROGRESS, Event.DEADLINE


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise PydanticCustomError("string_type", "should be text")
    # Refused where it enters (the command line, a file): what the file could not hold
    # would make the record unreadable once written. (ASCII holds none of it, and is NFC:
    # the names and numbers of a long history are checked for nothing more.)
    if value.isascii():
        text = value.strip()
    else:
        if (why := unwritable(value)) is not None:
            raise PydanticCustomError("text.unwritable", why)
        text = nfc(value).strip()
    if not text:
        raise PydanticCustomError("string_empty", "should not be empty")
    return text


Text = Annotated[str, PlainValidator(_text), WithJsonSchema({"type": "string", "minLength": 1})]


def _moment_in_range(value: datetime) -> datetime:
    # As written, before any time zone is applied: then no conversion can leave the calendar.
    if (why := day_range_error(value.date())) is not None:
        raise PydanticCustomError("time.out_of_range", why)
    return value


Moment = Annotated[datetime, AfterValidator(_moment_in_range)]
Key = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_]*$")]
Url = Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
# Ids follow the document's numbering, whose letters include đ ("II.6.đ").
Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9Đđ][A-Za-z0-9Đđ._-]*$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Record(_Model):
    """One thing that happened on a duty (or on one owner's part of it).

    The day is written ``date:``; ``on:``, its old name, is still read (YAML 1.1 readers
    take a bare ``on`` for ``True``: :mod:`nq42cli.core.migrate`). In Python it is ``on``.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    event: Event
    on: Day = Field(
        validation_alias=AliasChoices("date", "on"),
        description="The day it happened (not the day it was recorded). Also read as 'on', "
        "its old name.",
    )
    owner: Key | None = Field(None, description="Owner key for one owner's part; none: the duty.")
    unit: Key | None = Field(
        None,
        description="Registry unit that acted: a member of a group owner (one province), or "
        "the body that held the owner's place on that day (its successor).",
    )
    evidence: Text | None = Field(None, description="Document or public source; needed for done.")
    note: Text | None = Field(
        None, description="A note; for a progress record, the current result."
    )
    deadline: Text | None = Field(
        None,
        description="event deadline: the adjusted timing phrase, read by the plan's grammar "
        "('quý IV/2024'); in force from its 'date', for the whole duty.",
    )
    source: Url | None = Field(None, description="Where the evidence can be checked (URL).")
    excerpt: Text | None = Field(None, description="A short verbatim quote of the source.")
    by: Text | None = Field(None, description="Who recorded it.")
    force: bool = Field(False, description="Recorded with --force: a correction or a repeat.")
    recorded_at: Moment | None = None

    @model_validator(mode="before")
    @classmethod
    def _one_day(cls, data: Any) -> Any:
        return day_given_once(data)


class DutyProgress(_Model):
    """One progress file: the records of one duty of one plan, oldest first."""

    plan: Text
    duty: Id
    records: list[Record] = Field(default_factory=list)


@dataclass(frozen=True)
class Progress:
    """All progress of one plan, by duty id (files that exist only)."""

    folder: Path | None = None
    duties: dict[str, DutyProgress] = field(default_factory=dict)

    def records(self, duty_id: str) -> list[Record]:
        """The records of ``duty_id``, oldest first (empty when none)."""
        doc = self.duties.get(duty_id)
        return list(doc.records) if doc else []

    def book(self) -> dict[tuple[str, str], list[Record]]:
        """The records by (plan id, duty id), as the queries take them."""
        return {(doc.plan, doc.duty): list(doc.records) for doc in self.duties.values()}


def progress_file(folder: Path, duty_id: str) -> Path:
    """The file holding ``duty_id``'s records."""
    return folder / f"{duty_id}{SUFFIX}"


# --------------------------------------------------------------------------- loading


def load_progress(
    folder: Path,
    plan: Plan,
    *,
    today: date | None,
    shown: str | None = None,
    directory: Directory | None = None,
) -> Progress:
    """Load and check every progress file in ``folder``; a missing folder has none.

    ``today`` is the real day (records dated after it are errors); pass None to skip
    that check. ``directory`` is the owners registry, if the plan has one: units are
    checked against it. All problems of all files are raised together.
    """
    base = shown or str(folder)
    if not folder.exists():
        return Progress(folder)
    if not folder.is_dir():
        raise DataError([Problem(base, 0, 0, "file.not_dir", "is a file, not a progress folder")])
    duties: dict[str, DutyProgress] = {}
    problems: list[Problem] = []
    # Dotfiles are the lock file and temporary files of an interrupted write.
    for path in sorted(p for p in folder.iterdir() if p.suffix == SUFFIX and p.name[0] != "."):
        if len(problems) >= MAX_PROBLEMS:
            # As within a file: past this many problems, the rest is not worth reading.
            msg = f"stopped after {len(problems)} problems in progress files; fix these first"
            problems.append(Problem(base, 0, 0, "file.too_many", msg))
            break
        try:
            doc = load_duty_file(
                path, f"{base}/{path.name}", plan, today=today, directory=directory
            )
        except DataError as exc:
            problems += exc.problems
        else:
            if doc is not None:
                duties[doc.duty] = doc
    if problems:
        raise DataError(problems)
    return Progress(folder, duties)


def load_duty_file(
    path: Path,
    shown: str,
    plan: Plan,
    *,
    today: date | None,
    directory: Directory | None = None,
    pipes: bool = False,
) -> DutyProgress | None:
    """Load one duty's progress file; None when it does not exist.

    It must be a regular file (a named pipe or a device in a progress folder is a
    problem, never waited on); ``pipes`` lets a file named on the command line be a pipe.
    """
    if not path.exists():
        return None
    try:
        text = read_file(path, pipes=pipes)
    except DataError as exc:
        raise DataError([_rename(p, shown) for p in exc.problems]) from None
    return parse_duty_text(
        text, shown, plan, today=today, expected=path.name[: -len(SUFFIX)], directory=directory
    )


def _rename(p: Problem, path: str) -> Problem:
    return Problem(path, p.line, p.column, p.code, p.message, p.severity)


def parse_duty_text(
    text: str,
    shown: str,
    plan: Plan,
    *,
    today: date | None,
    expected: str | None = None,
    directory: Directory | None = None,
) -> DutyProgress:
    """Validate one progress file's text against the plan; raise :class:`DataError`."""
    source = read_progress(text, shown)
    return parse_duty_source(source, plan, today=today, expected=expected, directory=directory)


def read_progress(text: str, shown: str) -> Source:
    """A progress file's YAML: the fast reader for plain block YAML, else the full one.

    As for plans, positions (needed only for a problem) come from the full reader.
    """
    from nq42cli.core.fastyaml import read_fast

    fast = read_fast(text, shown)
    return fast if fast is not None else read_yaml(text, shown)


def parse_duty_source(
    source: Source,
    plan: Plan,
    *,
    today: date | None,
    expected: str | None = None,
    directory: Directory | None = None,
) -> DutyProgress:
    """Validate one progress file already read as YAML (so no caller parses it twice)."""
    shown = source.path
    if not isinstance(source.data, dict):
        msg = "a progress file is a mapping with plan, duty and records"
        raise DataError([Problem(shown, 1, 1, "progress.not_mapping", msg)])
    try:
        doc = DutyProgress.model_validate(source.data)
    except ValidationError as exc:
        raise DataError(capped(pydantic_problems(exc, source, DutyProgress))) from None
    problems = capped(_check_file(doc, plan, source, today, expected, directory))
    if problems:
        raise DataError(problems)
    return doc


def _check_file(
    doc: DutyProgress,
    plan: Plan,
    source: Source,
    today: date | None,
    expected: str | None,
    directory: Directory | None,
) -> Iterator[Problem]:
    def at(loc: Loc, code: str, message: str) -> Problem:
        line, col = source.position(loc)
        return Problem(source.path, line, col, code, message)

    if doc.plan != plan.meta.id:
        yield at(
            ("plan",),
            "progress.wrong_plan",
            f"records are for plan '{doc.plan}', not '{plan.meta.id}'",
        )
        return
    duty = plan.duties_by_id.get(doc.duty)
    if duty is None:
        close = closest(doc.duty, [d.id for d in plan.duties])
        hint = f"; did you mean '{close[0]}'?" if close else ""
        yield at(("duty",), "progress.unknown_duty", f"unknown duty '{doc.duty}'{hint}")
        return
    if expected is not None and expected != doc.duty:
        msg = (
            f"the records of duty '{doc.duty}' belong in {doc.duty}{SUFFIX}, not {expected}{SUFFIX}"
        )
        yield at(("duty",), "progress.wrong_file", msg)
    for i, code, message, key in check_records(doc.records, duty, plan, today, directory):
        # The day may be under its old name, 'on'.
        old = key == "date" and ("records", i, "date") not in source.values
        yield at(("records", i, "on" if old else key), code, message)


# --------------------------------------------------------------------------- checks


def groups_of(duty: Duty, directory: Directory | None) -> dict[str, Membership]:
    """The members of the duty's group owners that the registry lists."""
    if directory is None:
        return {}
    out = {}
    for ref in duty.owners:
        m = directory.membership(ref.owner)
        if m is not None:
            out[ref.owner] = m
    return out


def check_records(
    records: Sequence[Record],
    duty: Duty,
    plan: Plan,
    today: date | None,
    directory: Directory | None = None,
) -> Iterator[tuple[int, str, str, str]]:
    """Cross-check records against the plan: ``(index, code, message, field)`` per finding.

    The same checks serve a file being loaded and a record about to be appended (pass
    the old records plus the new one and keep the findings for the last index).
    """
    keys = [ref.owner for ref in duty.owners]
    groups = groups_of(duty, directory)
    # The last done record of each part among the records so far (rules.part_key): all
    # that "already done?" needs (rules.last_done), kept as records come, so the checks
    # of a file cost time linear in its records, not their square.
    last: dict[PartKey, Record] = {}
    # last's records as a list, made anew only when a done record changes it: a long
    # history is mostly notes, and a list per record was a third of the checks' time.
    done: list[Record] = []
    for i, rec in enumerate(records):
        found = [*_check_record(rec, keys, duty, plan, today), *_check_units(rec, duty, directory)]
        if not found:
            found = [*_check_second(rec, done, duty, groups)]
        for code, msg, key in found:
            yield i, code, msg, key
        # A record with its own errors does not count, so one mistake is reported once
        # and not again as "already done" against every later record.
        if not found and rec.event is _DONE:
            last[part_key(rec, groups)] = rec
            done = list(last.values())


def check_appended(
    previous: Sequence[Record],
    rec: Record,
    duty: Duty,
    plan: Plan,
    today: date,
    directory: Directory | None = None,
) -> list[tuple[str, str]]:
    """The findings ``(code, message)`` for ``rec`` appended after ``previous``.

    ``previous`` must be a history that :func:`check_records` found clean with no
    ``today`` (a file that loaded). Then, when none of it is dated after ``today``, every
    earlier record is clean as of ``today`` too (the date is the only check ``today``
    adds), so each done record counts in the order written, and only the new record
    needs checking: the history is not checked a second time. Otherwise (the clock went
    back) the whole history is checked again as of ``today``, as :func:`check_records`
    always does. Either way the findings are those :func:`check_records` gives for the
    last index of ``[*previous, rec]``.
    """
    if any(r.on > today for r in previous):
        n = len(previous)
        return [
            (code, msg)
            for i, code, msg, _ in check_records([*previous, rec], duty, plan, today, directory)
            if i == n
        ]
    return check_new(done_by_part(previous, duty, directory), rec, duty, plan, today, directory)


def done_by_part(
    records: Sequence[Record], duty: Duty, directory: Directory | None = None
) -> tuple[Record, ...]:
    """The last done record of each part of a clean history (``rules.part_key``).

    What "already done?" needs of the history, kept as :func:`check_records` keeps it.
    """
    groups = groups_of(duty, directory)
    last: dict[PartKey, Record] = {}
    for r in records:
        if r.event is _DONE:
            last[part_key(r, groups)] = r
    return tuple(last.values())


def check_new(
    done: Sequence[Record],
    rec: Record,
    duty: Duty,
    plan: Plan,
    today: date,
    directory: Directory | None = None,
) -> list[tuple[str, str]]:
    """The findings for ``rec`` after a clean history none of which is after ``today``.

    ``done`` is that history's last done record of each part (what
    :func:`check_appended` gathers, and :class:`~nq42cli.core.checked.Summary` keeps).
    """
    keys = [ref.owner for ref in duty.owners]
    found = list(_check_record(rec, keys, duty, plan, today))
    found += _check_units(rec, duty, directory)
    if not found:
        found += _check_second(rec, list(done), duty, groups_of(duty, directory))
    return [(code, msg) for code, msg, _ in found]


def _check_record(
    rec: Record,
    keys: list[str],
    duty: Duty,
    plan: Plan,
    today: date | None,
) -> Iterator[tuple[str, str, str]]:
    if rec.owner is not None and rec.owner not in keys:
        names = ", ".join(keys[:30]) + (f" and {len(keys) - 30} more" if len(keys) > 30 else "")
        names = names or "none"
        msg = f"'{rec.owner}' is not an owner of duty {duty.id} (its owners: {names})"
        yield "progress.not_owner", msg, "owner"
    if today is not None and rec.on > today:
        yield "progress.future", f"{rec.on} is in the future (today is {today})", "date"
    if rec.event is not _NOTE and rec.on < plan.meta.date:
        msg = f"{rec.on} is before the plan existed ({plan.meta.date})"
        yield "progress.before_plan", msg, "date"
    if rec.event is _DONE and rec.evidence is None:
        msg = "a done record needs its evidence (document number, date, source)"
        yield "progress.no_evidence", msg, "event"
    if rec.event is _NOTE and rec.note is None:
        yield "progress.no_note", "a note record needs its note", "event"
    if rec.event is _PROGRESS and rec.note is None:
        msg = "a progress record needs its current result in 'note' (record --progress TEXT)"
        yield "progress.no_result", msg, "event"
    yield from _check_adjustment(rec, duty)


def _check_units(
    rec: Record, duty: Duty, directory: Directory | None
) -> Iterator[tuple[str, str, str]]:
    """The units a record names existed on its day, and stood where it says."""
    if rec.owner is None or rec.owner not in [r.owner for r in duty.owners]:
        if rec.unit is not None and rec.owner is None:
            msg = (
                "a unit acts for an owner: add 'owner:' (the group it belongs to, "
                "or the body it succeeds)"
            )
            yield "progress.unit_without_owner", msg, "unit"
        return
    if directory is None:
        if rec.unit is not None:
            msg = f"unit '{rec.unit}' needs the owners registry (owners.yaml beside the plan)"
            yield "progress.no_registry", msg, "unit"
        return
    if rec.unit is None:
        owner = directory.unit(rec.owner)
        # A note may speak of any body; work and completions are done by one that exists.
        if owner is not None and not owner.alive(rec.on) and rec.event is not _NOTE:
            yield "progress.owner_gone", directory.gone(owner, rec.on, field="unit"), "owner"
        return
    unit = directory.unit(rec.unit)
    if unit is None:
        keys = [u.key for u in directory.units]
        close = closest(rec.unit, keys)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        yield "progress.unknown_unit", f"unknown unit '{rec.unit}'{hint}", "unit"
        return
    if not unit.alive(rec.on):
        yield "progress.unit_gone", directory.gone(unit, rec.on, field="unit"), "unit"
        return
    group = directory.group(rec.owner)
    if group is not None:
        if rec.unit not in group.members.on(rec.on):
            n = len(group.members.on(rec.on))
            msg = (
                f"{unit.name} ({rec.unit}) is not a member of '{rec.owner}' ({group.label_vi}) "
                f"on {rec.on}; write the key of one of its {n} members of that day "
                f"(nq42 owners show {rec.owner})"
            )
            yield "progress.not_member", msg, "unit"
        return
    holder = directory.holder_on(rec.owner, rec.on)
    if rec.unit not in (holder, rec.owner):
        held = directory.unit(holder)
        name = held.name if held else holder
        msg = (
            f"{unit.name} ({rec.unit}) did not hold the place of '{rec.owner}' on {rec.on}; "
            f"{name} did: write unit: {holder}"
        )
        yield "progress.not_holder", msg, "unit"


def _check_adjustment(rec: Record, duty: Duty) -> Iterator[tuple[str, str, str]]:
    """A deadline record: a phrase that still reads as a deadline, evidence, the whole duty."""
    if rec.event is not _DEADLINE:
        if rec.deadline is not None:
            msg = "only a deadline record (event: deadline) carries an adjusted deadline"
            yield "progress.stray_deadline", msg, "deadline"
        return
    if rec.evidence is None:
        msg = "an adjusted deadline needs the document that decided it (--evidence)"
        yield "progress.no_evidence", msg, "event"
    if rec.owner is not None:
        msg = (
            "an adjusted deadline is for the whole duty, every owner and every member "
            "alike; leave out the owner"
        )
        yield "progress.deadline_owner", msg, "owner"
    if rec.deadline is None:
        msg = "a deadline record needs the adjusted deadline (deadline: 'quý IV/2024')"
        yield "progress.no_deadline", msg, "event"
        return
    try:
        adjusted_windows(duty.windows, rec.deadline, rec.on)
    except TimeParseError as exc:
        yield "progress.bad_deadline", f"adjusted deadline of {duty.id}: {exc.message}", "deadline"


def _check_second(
    rec: Record, seen: Sequence[Record], duty: Duty, groups: Groups
) -> Iterator[tuple[str, str, str]]:
    if rec.event is not _DONE or rec.force:
        return
    member = rec.owner is not None and rec.unit is not None and rec.owner in groups
    if member:
        prior = last_done(seen, date.max, groups).get((rec.owner, rec.unit))
        already = prior.on if prior is not None else None
        part = f"member '{rec.unit}' of '{rec.owner}' of {duty.id}"
    elif rec.owner is None:
        done = completion(duty, seen, date.max, groups)
        already = done.on if done else None
        part = duty.id
    else:
        got = owner_completion(duty, seen, date.max, rec.owner, groups)
        already = got.on if got else None
        part = f"owner '{rec.owner}' of {duty.id}"
    if already is not None:
        msg = (
            f"{part} is already recorded as done on {already}; "
            "a correction or a repeat needs --force (force: true)"
        )
        yield "progress.second_done", msg, "event"


def resolve_owner(duty: Duty, plan: Plan, given: str) -> str | None:
    """The key of the owner of ``duty`` that ``given`` names (key, name or short name)."""
    want = fold(given)
    keys = [ref.owner for ref in duty.owners]
    for key in keys:
        if fold(key) == want:
            return key
    by_key = plan.owners_by_key
    exact = [k for k in keys if want in (fold(by_key[k].name), fold(by_key[k].short))]
    if exact:
        return exact[0]
    partial = [k for k in keys if want in fold(by_key[k].name) or want in fold(by_key[k].short)]
    return partial[0] if len(partial) == 1 else None


# --------------------------------------------------------------------------- completion


def required_parts(duty: Duty) -> tuple[str, ...]:
    """Owners whose ``done`` records together complete the duty (see module docstring)."""
    return required_keys((r.owner, r.role) for r in duty.owners)


def completion(
    duty: Duty, records: Sequence[Record], as_of: date, groups: Groups | None = None
) -> Completion | None:
    """When the duty was complete as of ``as_of`` (records dated later are not yet known)."""
    return completion_of(required_parts(duty), records, as_of, groups or {})


def owner_completion(
    duty: Duty,
    records: Sequence[Record],
    as_of: date,
    owner: str,
    groups: Groups | None = None,
) -> Completion | None:
    """When ``owner``'s part was complete: its own done record (or its members'), or the duty's."""
    return owner_part(records, as_of, owner, groups or {})


# --------------------------------------------------------------------------- writing


def header(plan: Plan, duty_id: str) -> str:
    """The first lines of a new progress file.

    The plan's words go into a comment line, escaped (:func:`~nq42cli.core.text.visible`):
    whatever a plan file holds, it can neither end the comment nor put a control
    character into a file YAML readers refuse.
    """
    about = visible(f"{duty_id} of {plan.meta.kind} {plan.meta.number}")
    return (
        f"# Progress of duty {about}.\n"
        "# Append-only: nq42 record adds records at the end; a correction is a new record.\n"
        f'plan: "{plan.meta.id}"\n'
        f'duty: "{duty_id}"\n'
        "records:\n"
    )


def record_yaml(rec: Record) -> str:
    """One record as a YAML list item, indented to sit under ``records:``.

    Text goes out as a double-quoted scalar (JSON string syntax is valid YAML), with
    every character YAML may not carry raw escaped, so any text reads back unchanged.
    """
    fields: list[tuple[str, str]] = [("event", rec.event.value), ("date", _q(rec.on.isoformat()))]
    if rec.owner is not None:
        fields.append(("owner", rec.owner))
    if rec.unit is not None:
        fields.append(("unit", rec.unit))
    for name in ("evidence", "note", "deadline", "source", "excerpt", "by"):
        value = getattr(rec, name)
        if value is not None:
            fields.append((name, _q(value)))
    if rec.force:
        fields.append(("force", "true"))
    if rec.recorded_at is not None:
        fields.append(("recorded_at", _q(rec.recorded_at.isoformat(timespec="seconds"))))
    lines = [f"    {k}: {v}\n" for k, v in fields]
    return "  - " + lines[0][4:] + "".join(lines[1:])


# YAML 1.1 readers refuse C1 controls, and treat NEL and the Unicode line and paragraph
# separators as line breaks; JSON leaves all of these raw.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def _q(text: str) -> str:
    quoted = json.dumps(text, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def appended_text(
    old_text: str | None,
    old: DutyProgress | None,
    plan: Plan,
    duty_id: str,
    rec: Record,
    check: Callable[[str], DutyProgress],
    *,
    plain: bool = False,
) -> str:
    """The file's new text: the old text (already parsed as ``old``) with ``rec`` appended.

    Appending text (not re-dumping) keeps the file's comments and makes the git diff one
    hunk at the end. The history is parsed once, by the caller: when the old file is
    ``plain`` (read by the fast reader: plain keys, every scalar on one line) and ends
    with its ``records:`` list written as nq42 writes it, an item appended at the end can
    only extend that list, and only the new record's own text is read back (``check`` of
    a one-record file) to prove it reads as ``rec``. Any other shape (``records: []``, a
    hand-edited layout) is checked by parsing the whole result; if appending would not
    extend the list, the whole file is written anew, which is still correct, only less
    pretty.
    """
    item = record_yaml(rec)
    if old_text is None or old is None:
        return header(plan, duty_id) + item
    text = old_text if old_text.endswith("\n") else old_text + "\n"
    candidate = text + item
    previous = list(old.records)
    if plain and _ends_with_record_list(text):
        if (found := appended_plain(old_text, plan, duty_id, rec, check)) is not None:
            return found
    else:
        try:
            parsed: DutyProgress | None = check(candidate)
        except DataError:
            parsed = None
        if parsed is not None and list(parsed.records) == [*previous, rec]:
            return candidate
    body = header(plan, duty_id)
    for r in [*previous, rec]:
        body += record_yaml(r)
    return body


def appended_plain(
    old_text: str, plan: Plan, duty_id: str, rec: Record, check: Callable[[str], DutyProgress]
) -> str | None:
    """``old_text`` (a plain file, valid) with ``rec`` appended as text, if that is provable.

    Provable when the file ends with its ``records:`` list written as nq42 writes it, so
    an item appended at the end can only extend that list, and the item read alone
    (``check`` of a one-record file) reads as ``rec``; else ``None``: the caller checks
    the whole result instead (:func:`appended_text`).
    """
    text = old_text if old_text.endswith("\n") else old_text + "\n"
    if not _ends_with_record_list(text):
        return None
    item = record_yaml(rec)
    try:
        alone: list[Record] | None = list(check(header(plan, duty_id) + item).records)
    except DataError:
        alone = None
    return text + item if alone == [rec] else None


def _ends_with_record_list(text: str) -> bool:
    """Whether the valid plain file ``text`` ends with ``records:`` and a list at indent 2.

    Then a line ``  - …`` appended at the end is one more item of that list: every line
    after the one top-level ``records:`` is blank, a comment, or indented by two spaces
    or more, so nothing after the key (no other key, no document marker) can take the
    new item; in a plain file no scalar spans lines, so no line is inside one.
    """
    at = text.rfind("\nrecords:")
    if at < 0 and not text.startswith("records:"):
        return False
    start = at + 1
    end = text.find("\n", start)
    if end < 0 or text[start:end].rstrip(" ") != "records:":
        return False
    # The first line that is not blank or a comment opens the list; after it, no line
    # may start at column 0 (but a comment) or with a single space. One scan each, for
    # lines of any kind: what follows a newline decides.
    first = _CONTENT_LINE.search(text, end)
    return (
        first is not None
        and text.startswith("  - ", first.end())
        and _NOT_IN_LIST.search(text, end) is None
    )


# A newline followed by a line that is not blank and not a comment at column 0.
_CONTENT_LINE = re.compile(r"\n(?! *\n|#)")
# A newline followed by a line that cannot be inside the list: text at column 0 that is
# not a comment, or one space and text.
_NOT_IN_LIST = re.compile(r"\n(?:[^ \n#]| [^ \n])")
