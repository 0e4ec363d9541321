"""The rule book (core.rules): each rule pinned, and every command that classifies agreeing.

The differential property test at the end generates plans with every kind of window,
owners that are single bodies or groups whose members change (a merger), and progress
records of the duty, its owners and single members, with adjusted deadlines of every
shape among them, and checks for many days that ``overdue``, ``status``, ``due``, the
index, the periodic report and the calendar export tell one story (members judged
against the deadline in force for the whole duty); a day-by-day reference pins when a
group is complete member by member.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import astuple
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from dateutil.rrule import rrulestr
from hypothesis import event, given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from icalendar import Event as IcsEvent

from nq42cli.core.cache import Index, PlanRows, build
from nq42cli.core.directory import Directory, GroupInfo, SuccessionInfo, Unit
from nq42cli.core.models import Plan
from nq42cli.core.progress import DutyProgress, Progress, Record
from nq42cli.core.queries import Filters, Row, due, overdue
from nq42cli.core.report import PeriodicReport, build_report
from nq42cli.core.results import Calendar as CalendarResult
from nq42cli.core.rules import (
    Event,
    Membership,
    MemberState,
    RecordLike,
    Status,
    binding,
    completion_of,
    deadlines_between,
    falls_due_by,
    in_force,
    judge,
    last_done,
    member_standings,
    round_verdicts,
)
from nq42cli.core.status import status_rows
from nq42cli.core.windows import Every, Flag, Period, Window, WindowKind, parse_phrase
from nq42cli.render import ics
from tests.conftest import run, scaled

PLAN_DAY = date(2023, 11, 27)


def _w(phrase: str) -> list[Window]:
    return parse_phrase(phrase, PLAN_DAY)


def _done(day: str, owner: str | None = None, unit: str | None = None) -> Record:
    return Record(
        event=Event.DONE, on=date.fromisoformat(day), owner=owner, unit=unit, evidence="doc"
    )


# A group owner whose members change: a and b until 30/6/2025, merged into ab from
# 01/7/2025; c throughout. The shape of the 2025 merger of provinces, in small.
MERGER = date(2025, 7, 1)
EVE = MERGER - timedelta(days=1)
MEMBERS = Membership(
    (("a", None, EVE), ("b", None, EVE), ("c", None, None), ("ab", MERGER, None)),
    (("ab", ("a", "b")),),
)
DIRECTORY = Directory(
    "KH",
    (
        Unit("a", "Tỉnh ủy A", "A", end=EVE),
        Unit("b", "Tỉnh ủy B", "B", end=EVE),
        Unit("c", "Tỉnh ủy C", "C"),
        Unit("ab", "Tỉnh ủy A", "A", start=MERGER),
    ),
    (GroupInfo("nhom", "tỉnh ủy", "committees", MEMBERS),),
    (SuccessionInfo(("a", "b"), "ab", MERGER, "effective"),),
)
GROUPS = {"nhom": MEMBERS}


def _plan(
    *duties: tuple[str, list[Window]],
    day: date = PLAN_DAY,
    roles: Sequence[Sequence[tuple[str, str]]] | None = None,
) -> Plan:
    owners = roles or [[("bo", "lead")]] * len(duties)
    return Plan.model_validate(
        {
            "plan": {
                "id": "KH",
                "kind": "Kế hoạch",
                "number": "1-KH",
                "date": day.isoformat(),
                "issuer": "Bộ Chính trị",
                "title": "thử",
            },
            "sections": [{"id": "IV", "title": "NHIỆM VỤ"}],
            "owners": [
                {"key": "bo", "name": "Bộ Kế hoạch", "short": "BKH", "kind": "body"},
                {"key": "so", "name": "Sở Tài chính", "short": "STC", "kind": "body"},
                {"key": "nhom", "name": "các tỉnh uỷ", "short": "Tỉnh uỷ", "kind": "group"},
            ],
            "duties": [
                {
                    "id": duty_id,
                    "section": "IV",
                    "text": f"Nhiệm vụ {duty_id}",
                    "owners": [{"owner": o, "role": r} for o, r in who],
                    "windows": windows,
                }
                for (duty_id, windows), who in zip(duties, owners, strict=True)
            ],
        }
    )


# --------------------------------------------------------------------------- the issue's case


STRETCH = "hoàn thành trong quý III/2026, phấn đấu hoàn thành trong tháng 8/2026"
YEARLY = "trước ngày 20/10 hằng năm"


def test_stretch_and_yearly_tell_one_story() -> None:
    """As of 15/09/2026 the stretch duty is in time (its aim missed) and the yearly report late.

    The yearly report's 2025 round (due 19/10/2025) was never settled, so it is overdue
    in both ``overdue`` and ``status``; the stretch duty is due 30/09/2026 and open.
    """
    plan = _plan(("IV.1", _w(STRETCH)), ("IV.2", _w(YEARLY)))
    day = date(2026, 9, 15)
    late = overdue([plan], day)
    rows = {r.duty.id: r for r in status_rows([plan], day)}
    assert [r.duty.id for r in late] == ["IV.2"]
    assert rows["IV.2"].status is Status.OPEN_OVERDUE
    assert rows["IV.2"].deadline == late[0].deadline == date(2025, 10, 19)
    stretch = rows["IV.1"].verdict
    assert (stretch.status, stretch.deadline) == (Status.OPEN_IN_TIME, date(2026, 9, 30))
    assert stretch.stretch == date(2026, 8, 31)
    assert stretch.stretch_missed


def test_the_issue_case_through_the_cli(tmp_path: Path) -> None:
    """`overdue` and `status` of the installed CLI agree on the issue's plan."""
    plan = _plan(("IV.1", _w(STRETCH)), ("IV.2", _w(YEARLY)))
    path = tmp_path / "plan.yaml"
    path.write_text(_yaml(plan), encoding="utf-8")
    args = ("--plan", str(path), "--as-of", "2026-09-15", "-f", "json")
    import json

    late = json.loads(run("overdue", *args).stdout)
    assert run("validate", "--plan", str(path)).exit_code == 0
    status = json.loads(run("status", *args).stdout)
    assert [r["id"] for r in late] == ["IV.2"]
    classes = {d["id"]: d["status"] for d in status["duties"]}
    assert classes == {"IV.1": "open_in_time", "IV.2": "open_overdue"}


def _yaml(plan: Plan) -> str:
    """The plan as a file, each duty quoting the phrase its windows were read from."""
    import yaml

    data = plan.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    for spec, phrase in zip(data["duties"], (STRETCH, YEARLY), strict=True):
        spec["timing"] = phrase
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


# --------------------------------------------------------------------------- single rules


def test_a_stretch_aim_alone_binds() -> None:
    """'phấn đấu trong tháng 8/2026' with no other deadline is the deadline."""
    (w,) = _w("phấn đấu trong tháng 8/2026")
    assert binding([w]) == (w,)
    v = judge([w], PLAN_DAY, date(2026, 9, 1), (), [])
    assert (v.status, v.deadline) == (Status.OPEN_OVERDUE, date(2026, 8, 31))


def test_a_substantially_deadline_binds_and_is_flagged() -> None:
    """'cơ bản hoàn thành … 2025' is due 31/12/2025 and says it is a cơ bản deadline."""
    ws = _w("cơ bản hoàn thành trong năm 2025")
    v = judge(ws, PLAN_DAY, date(2026, 1, 1), (), [])
    assert (v.status, v.deadline, v.substantially) == (
        Status.OPEN_OVERDUE,
        date(2025, 12, 31),
        True,
    )


def test_several_deadlines_worst_verdict_stands() -> None:
    """Done between the first and second deadline: late on the first, so done late."""
    ws = _w("quý I/2024") + _w("quý IV/2024")
    v = judge(ws, PLAN_DAY, date(2025, 1, 1), (), [_done("2024-05-01")])
    assert (v.status, v.deadline, v.days_late) == (Status.DONE_LATE, date(2024, 3, 31), 31)
    v = judge(ws, PLAN_DAY, date(2024, 5, 1), (), [])
    assert (v.status, v.deadline) == (Status.OPEN_OVERDUE, date(2024, 3, 31))


def test_recurring_rounds_on_time_late_and_missed() -> None:
    """A late report settles last year's round; one sent near the next due day is that year's."""
    (w,) = _w(YEARLY)
    late = [_done("2024-10-25")]
    rounds = round_verdicts(w, PLAN_DAY, (), late, date(2025, 11, 1))
    assert [(v.deadline, v.status) for v in rounds] == [
        (date(2024, 10, 19), Status.DONE_LATE),
        (date(2025, 10, 19), Status.OPEN_OVERDUE),
        (date(2026, 10, 19), Status.OPEN_IN_TIME),
    ]
    # Missed 2024, then 2025 on time: not overdue once 2025's round is the latest due.
    on_time = [_done("2025-10-01")]
    assert judge([w], PLAN_DAY, date(2025, 11, 1), (), on_time).status is Status.OPEN_IN_TIME
    assert judge([w], PLAN_DAY, date(2025, 9, 1), (), on_time).status is Status.OPEN_OVERDUE
    # Until 2025's due day the missing 2024 report is what is overdue.
    assert judge([w], PLAN_DAY, date(2025, 10, 5), (), on_time).status is Status.OPEN_OVERDUE
    # Every report in its own cycle: the current round is done on time, early.
    both = [_done("2024-10-01"), _done("2025-10-01")]
    v = judge([w], PLAN_DAY, date(2025, 10, 5), (), both)
    assert (v.status, v.deadline) == (Status.DONE_ON_TIME, date(2025, 10, 19))


def test_recurring_parts_each_report() -> None:
    """With two reporting owners a round is settled when both have reported within it."""
    (w,) = _w("hằng quý")
    recs = [_done("2024-02-01", "bo")]
    v = judge([w], PLAN_DAY, date(2024, 4, 2), ("bo", "so"), recs)
    assert (v.status, v.deadline) == (Status.OPEN_OVERDUE, date(2024, 3, 31))
    recs.append(_done("2024-03-30", "so"))
    v = judge([w], PLAN_DAY, date(2024, 4, 2), ("bo", "so"), recs)
    assert (v.status, v.deadline) == (Status.OPEN_IN_TIME, date(2024, 6, 30))


def test_far_periods_do_not_overflow() -> None:
    """`due --from 0001-01-01 --to 9999-12-31` with a monthly window answers."""
    plan = _plan(("IV.1", _w("hằng tháng")))
    rows = due([plan], Period(date(1, 1, 1), date(9999, 12, 31)), date(2024, 1, 1))
    assert [r.deadline for r in rows] == [date(2023, 11, 30)]


def test_ongoing_and_undated_classes() -> None:
    """No binding deadline: 'thường xuyên' is ongoing; per schedule and undated have none."""
    assert judge(_w("thường xuyên"), PLAN_DAY, PLAN_DAY, (), []).status is Status.ONGOING
    assert judge(_w("theo tiến độ"), PLAN_DAY, PLAN_DAY, (), []).status is Status.NO_DEADLINE
    assert judge(_w("không thời hạn"), PLAN_DAY, PLAN_DAY, (), []).status is Status.NO_DEADLINE


# --------------------------------------------------------------------------- group owners


def _judge(recs: Sequence[Record], day: date) -> tuple[Status, date | None]:
    v = judge(_w("quý I/2024"), PLAN_DAY, day, ("nhom",), recs, GROUPS)
    return v.status, v.completed_on


def test_a_group_is_done_when_every_member_due_is() -> None:
    """Members report one by one; the group's part is done on the last member's day."""
    recs = [_done("2024-02-01", "nhom", "a"), _done("2024-03-10", "nhom", "b")]
    assert _judge(recs, date(2024, 6, 1)) == (Status.OPEN_OVERDUE, None)  # c is missing
    recs.append(_done("2024-04-05", "nhom", "c"))
    assert _judge(recs, date(2024, 6, 1)) == (Status.DONE_LATE, date(2024, 4, 5))


def test_one_members_record_no_longer_completes_the_group() -> None:
    """The issue's bug: one province's record used to mark the whole group done."""
    one = [_done("2024-02-01", "nhom", "a")]
    assert _judge(one, date(2024, 6, 1))[0] is Status.OPEN_OVERDUE
    # A record of the group as a whole (no unit) still completes its part, as before.
    whole = [_done("2024-02-01", "nhom")]
    assert _judge(whole, date(2024, 6, 1))[0] is Status.DONE_ON_TIME


def _states(recs: Sequence[Record], day: date) -> dict[str, MemberState]:
    v = judge(_w("quý I/2024"), PLAN_DAY, day, ("nhom",), recs, GROUPS)
    return {m.unit: m.state for m in member_standings("nhom", MEMBERS, recs, v)}


def test_an_old_units_record_carries_into_the_unit_it_merged_into() -> None:
    """After the merger ab is done when a and b both were (on the later day), or itself."""
    recs = [_done("2024-02-01", "nhom", "a"), _done("2024-05-01", "nhom", "b")]
    day = date(2025, 8, 1)
    assert _states(recs, day) == {"c": MemberState.NOT_REPORTED, "ab": MemberState.DONE_LATE}
    # c reports in 2025: the group is complete on that day (ab already was, through a, b).
    recs.append(_done("2025-09-01", "nhom", "c"))
    assert _judge(recs, date(2025, 10, 1)) == (Status.DONE_LATE, date(2025, 9, 1))
    # Only a reported: ab is in progress (reported through a), not done, until it reports.
    partial = [_done("2024-02-01", "nhom", "a"), _done("2024-03-01", "nhom", "c")]
    assert _judge(partial, day)[0] is Status.OPEN_OVERDUE
    assert _states(partial, day) == {"c": MemberState.DONE_ON_TIME, "ab": MemberState.IN_PROGRESS}
    partial.append(_done("2025-07-15", "nhom", "ab"))
    assert _judge(partial, day) == (Status.DONE_LATE, date(2025, 7, 15))


def test_members_are_counted_on_the_day_asked() -> None:
    """Before the merger the group has a, b, c; after it, c and ab."""
    assert list(_states([], date(2024, 6, 1))) == ["a", "b", "c"]
    assert list(_states([], date(2025, 7, 1))) == ["c", "ab"]


def _reference_group_done(records: Sequence[RecordLike], as_of: date, start: date) -> date | None:
    """Day by day: the first day every member of that day was done by then (plain loops)."""
    done = {
        unit: rec.on
        for (owner, unit), rec in last_done(records, as_of, GROUPS).items()
        if owner == "nhom" and unit is not None
    }
    formed = dict(MEMBERS.formed_from)

    def when(unit: str) -> date | None:
        options = [d for d in (done.get(unit),) if d is not None]
        carried = [when(p) for p in formed.get(unit, ())]
        if carried and all(d is not None for d in carried):
            options.append(max(d for d in carried if d is not None))
        return min(options) if options else None

    day = start
    while day <= as_of:
        members = MEMBERS.on(day)
        if members and all((w := when(u)) is not None and w <= day for u in members):
            return day
        day += timedelta(days=1)
    return None


@st.composite
def member_records(draw: st.DrawFn) -> list[Record]:
    """Member-level done records of units alive on their day."""
    out = []
    for _ in range(draw(st.integers(0, 6))):
        on = draw(st.dates(date(2024, 1, 1), date(2026, 12, 31)))
        unit = draw(st.sampled_from(MEMBERS.on(on)))
        out.append(_done(on.isoformat(), "nhom", unit))
    return out


@settings(max_examples=scaled(60), deadline=None, derandomize=True)
@given(member_records(), st.dates(date(2024, 1, 1), date(2026, 12, 31)))
def test_group_completion_matches_a_day_by_day_reference(
    records: list[Record], as_of: date
) -> None:
    """completion_of over members agrees with walking the calendar one day at a time."""
    got = completion_of(("nhom",), records, as_of, GROUPS)
    want = _reference_group_done(records, as_of, date(2024, 1, 1))
    assert (got.on if got else None) == want


# --------------------------------------------------------------------------- differential

years = st.integers(2023, 2027)
days = st.dates(date(2023, 1, 1), date(2028, 12, 31))


@st.composite
def windows(draw: st.DrawFn) -> Window:
    """Any window kind the rule book knows, with bounds or without."""
    kind = draw(st.sampled_from(list(WindowKind)))
    if kind is WindowKind.DEADLINE:
        a, b = sorted((draw(days), draw(days)))
        flags = draw(
            st.sampled_from(
                [frozenset(), frozenset({Flag.STRETCH}), frozenset({Flag.SUBSTANTIALLY})]
            )
        )
        return Window(kind, a, b, flags)
    if kind is WindowKind.RECURRING:
        every = draw(st.sampled_from(list(Every)))
        if every is Every.YEAR:
            anchor = draw(st.none() | st.tuples(st.integers(1, 12), st.integers(1, 31)))
            if anchor is not None and anchor[1] > 29 and anchor[0] == 2:
                anchor = (2, 29)
        elif every is Every.MONTH:
            anchor = draw(st.none() | st.tuples(st.just(0), st.integers(1, 31)))
        else:
            # The grammar reads no anchor day for quarters and half-years.
            anchor = None
        start = draw(st.none() | days)
        end = draw(st.none() | days)
        if start is not None and end is not None and end < start:
            start, end = end, start
        return Window(kind, start, end, frozenset(), every, anchor)
    if kind is WindowKind.ONGOING:
        start = draw(st.none() | days)
        end = draw(st.none() | days)
        if start is not None and end is not None and end < start:
            start, end = end, start
        return Window(kind, start, end)
    return Window(kind)


ADJUSTED = st.sampled_from(
    [
        "quý {q}/{y}",
        "năm {y}",
        "tháng {m}/{y}",
        "ngày 15/{m}/{y}",
        "phấn đấu trong tháng {m}/{y}",
        "hoàn thành trong quý {q}/{y} và thực hiện thường xuyên",
        "trước ngày 20/10 hằng năm",
        "hằng quý",
    ]
)


def adjustments(plan_day: date) -> st.SearchStrategy[Record]:
    """A deadline record: an adjusted deadline of every shape, from its day on."""
    return st.builds(
        lambda phrase, y, q, m, on: Record(
            event=Event.DEADLINE,
            on=on,
            deadline=phrase.format(y=y, q=["I", "II", "III", "IV"][q - 1], m=m),
            evidence="Quyết định điều chỉnh",
        ),
        ADJUSTED,
        st.integers(2023, 2028),
        st.integers(1, 4),
        st.integers(1, 12),
        st.dates(plan_day, date(2028, 12, 31)),
    )


@st.composite
def plans_with_progress(draw: st.DrawFn) -> tuple[Plan, Progress]:
    """1–5 duties with 1–3 windows each, owners that must report, and records."""
    n = draw(st.integers(1, 5))
    duties = []
    for i in range(1, n + 1):
        ws = draw(st.lists(windows(), min_size=1, max_size=3))
        roles = draw(
            st.sampled_from(
                [
                    [("bo", "lead")],
                    [("bo", "lead"), ("so", "partner")],
                    [("bo", "responsible"), ("so", "responsible")],
                    [("nhom", "responsible")],
                    [("nhom", "responsible"), ("so", "responsible")],
                    [("bo", "lead"), ("nhom", "partner")],
                ]
            )
        )
        duties.append((f"IV.{i}", ws, roles))
    plan_day = draw(st.dates(date(2023, 1, 1), date(2024, 6, 30)))
    plan = _plan(*((d, ws) for d, ws, _ in duties), day=plan_day, roles=[r for *_, r in duties])
    docs: dict[str, DutyProgress] = {}
    for duty_id, _, roles in duties:
        owners = [o for o, _ in roles]
        # Group members' records and adjusted deadlines in the same duties: a member is
        # judged against the deadline in force for the whole duty.
        record = records_of(owners, plan_day) | records_of(owners, plan_day)
        recs = [draw(record | adjustments(plan_day)) for _ in range(draw(st.integers(0, 5)))]
        if recs:
            docs[duty_id] = DutyProgress(plan="KH", duty=duty_id, records=recs)
    return plan, Progress(None, docs)


@st.composite
def records_of(draw: st.DrawFn, owners: list[str], plan_day: date) -> Record:
    """A record of the duty, of one owner, or of one member of the group alive that day."""
    ev = draw(st.sampled_from([Event.DONE, Event.DONE, Event.STARTED, Event.PROGRESS, Event.NOTE]))
    on = draw(st.dates(plan_day, date(2028, 12, 31)))
    owner = draw(st.sampled_from([None, *owners]))
    unit = None
    if owner == "nhom":
        unit = draw(st.sampled_from([None, *MEMBERS.on(on)]))
    text = "kết quả" if ev in (Event.PROGRESS, Event.NOTE) else None
    return Record(
        event=ev,
        on=on,
        owner=owner,
        unit=unit,
        evidence="doc" if ev is Event.DONE else None,
        note=text,
    )


def _shape(rows: Sequence[Row]) -> list[tuple[object, ...]]:
    return [
        (
            r.duty.id,
            r.status,
            r.deadline,
            r.completed_on,
            r.days_left,
            r.days_late,
            r.since,
            r.verdict.stretch_missed,
            r.owner_status,
            r.reported,
            r.last_report,
            r.result,
            tuple((t.owner, t.standings, t.deadline) for t in r.members),
            r.original_deadline,
            r.adjusted,
        )
        for r in rows
    ]


# Examples, deadline and derandomizing: the suite's profile (tests/conftest.py).
@given(plans_with_progress(), st.lists(days, min_size=1, max_size=4), years, st.integers(1, 4))
def test_every_command_tells_one_story(
    pp: tuple[Plan, Progress], as_ofs: list[date], year: int, quarter: int
) -> None:
    """overdue = status's overdue; due agrees with classes; index = no cache; ICS = deadlines."""
    plan, progress = pp
    plain = PlanRows(plan, progress, DIRECTORY)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "index.sqlite"
        build(plan, progress, "k", target, DIRECTORY)
        db = sqlite3.connect(target)
        try:
            index = Index(db)
            for as_of in as_ofs:
                _check_one_day(plan, plain, index, as_of, Period.quarter(year, quarter))
                # What the examples covered (pytest --hypothesis-show-statistics).
                for r in plain.status(as_of, Filters()):
                    event(f"class {r.status.value}")
                    if any(w.kind is WindowKind.RECURRING for w in r.duty.windows):
                        event("recurring duty")
                    if r.verdict.stretch_missed:
                        event("stretch missed")
                    if r.adjusted is not None:
                        event("adjusted deadline")
                    for t in r.members:
                        event(f"group: {t.done}/{t.total} done")
                        if r.adjusted is not None:
                            event("group with an adjusted deadline")
        finally:
            db.close()
    _check_calendar(plan, plain, as_ofs[0])


def _check_one_day(plan: Plan, plain: PlanRows, index: Index, as_of: date, period: Period) -> None:
    everything = Filters()
    status = plain.status(as_of, everything)
    # The index answers exactly as the plan read with --no-cache.
    assert _shape(index.status(as_of, everything)) == _shape(status)
    assert _shape(index.overdue(as_of)) == _shape(plain.overdue(as_of))
    assert _shape(index.due(period, as_of)) == _shape(plain.due(period, as_of))
    assert _shape(index.ongoing(as_of)) == _shape(plain.ongoing(as_of))
    assert _shape(index.listing(as_of)) == _shape(plain.listing(as_of))
    # overdue is exactly what status classes overdue, judged against the same deadline.
    late = plain.overdue(as_of)
    by_id = {r.duty.id: r for r in status}
    assert {r.duty.id for r in late} == {
        r.duty.id for r in status if r.status is Status.OPEN_OVERDUE
    }
    for r in late:
        assert (r.deadline, r.days_late) == (by_id[r.duty.id].deadline, by_id[r.duty.id].days_late)
    # An adjusted deadline is for the whole duty: each member of a group owner is judged
    # against the deadline the duty is judged against; and it is never a report.
    for r in status:
        assert r.reported == any(rec.event is not Event.DEADLINE for rec in r.records)
        for t in r.members:
            assert t.deadline == r.deadline
            for m in t.standings:
                if m.completion is not None and r.deadline is not None:
                    late_ = m.completion.on > r.deadline
                    want = MemberState.DONE_LATE if late_ else MemberState.DONE_ON_TIME
                    assert m.state is want
    # due agrees with the classes: a duty whose judged deadline is in the period is due in
    # it; every due row's deadline binds and falls inside; with one binding window the
    # due row's verdict on that deadline is the status's verdict.
    rows = {r.duty.id: r for r in plain.due(period, as_of)}
    for r in status:
        if r.deadline is not None and r.deadline in period:
            assert r.duty.id in rows
    for duty_id, r in rows.items():
        assert r.deadline is not None
        assert r.deadline in period
        e = by_id[duty_id].duty
        ws = in_force(e.windows, r.records, as_of)
        assert r.deadline in {
            d.due for d in deadlines_between(ws, e.plan_date, period.start, period.end)
        }
        if len(binding(ws)) == 1 and by_id[duty_id].deadline == r.deadline:
            assert r.status is by_id[duty_id].status
    # The periodic report reads the same rows: the index and the plan give the same one,
    # its Phụ lục 1 holds exactly the duties with a deadline in force by the period's end,
    # and its figures count the due rows.
    built = [build_report(src, period, as_of=as_of) for src in (plain, index)]
    assert _report_shape(built[0]) == _report_shape(built[1])
    dated = [ln.row.duty.id for ln in built[0].appendix1.lines]
    assert set(dated) == {
        r.duty.id
        for r in status
        if falls_due_by(in_force(r.duty.windows, r.records, as_of), r.duty.plan_date, period.end)
    }
    assert built[0].figures.in_period.total == len(plain.due(period, as_of))
    # Its member figures are the status rows' own tallies, nothing recounted.
    tallies = {(r.duty.id, t.owner): t for r in status for t in r.members}
    for figures in built[0].figures.members:
        assert figures.tally == tallies[(figures.duty, figures.owner.key)]
    # ongoing rows are the duties with a running ongoing or recurring part.
    for r in plain.ongoing(as_of):
        assert r.since is not None
        assert r.since <= as_of


def _report_shape(r: PeriodicReport) -> tuple[object, ...]:
    f = r.figures
    return (
        [ln.row.duty.id for ln in r.appendix1.lines],
        [ln.row.duty.id for ln in r.appendix2.lines],
        astuple(f.in_period),
        astuple(f.to_date),
        (f.not_yet_due, f.ongoing, f.undated),
        [(o.key, astuple(o.counts), o.days_late) for o in f.owners],
        [ln.row.duty.id for ln in f.not_reported],
        [(ln.reported, ln.last_report, ln.result) for ln in r.appendix1.lines],
        [(m.duty, m.owner.key, m.tally.standings, m.tally.deadline) for m in f.members],
    )


def _check_calendar(plan: Plan, plain: PlanRows, as_of: date) -> None:
    """The calendar holds exactly the binding deadlines and rounds, done ones marked."""
    rows = plain.listing(as_of)
    stamp = datetime.combine(as_of, datetime.min.time(), tzinfo=UTC)
    result = CalendarResult(rows, "t", stamp, timedelta(days=3))
    cal = Calendar.from_ical(ics.render(result, "vi"))
    lo, hi = date(2020, 1, 1), date(2031, 12, 31)
    found: dict[str, list[date]] = {}
    overrides: dict[tuple[str, date], bool] = {}
    masters: dict[str, str] = {}
    for e in cal.walk("VEVENT"):
        assert isinstance(e, IcsEvent)
        duty_id = str(e["summary"]).removeprefix("✓ ").split(" ")[0].rstrip(":")
        start = e.decoded("dtstart")
        if "recurrence-id" in e:
            overrides[(str(e["uid"]), start)] = str(e["summary"]).startswith("✓")
            continue
        if "rrule" in e:
            raw = e["rrule"].to_ical()
            rule = raw.decode() if isinstance(raw, bytes) else str(raw)
            occ = rrulestr(rule, dtstart=datetime.combine(start, datetime.min.time()))
            days_ = [
                d.date()
                for d in occ.between(
                    datetime(*lo.timetuple()[:3]), datetime(*hi.timetuple()[:3]), inc=True
                )
            ]
            masters[str(e["uid"])] = duty_id
        else:
            days_ = [start] if lo <= start <= hi else []
        found.setdefault(duty_id, []).extend(days_)
    for r in rows:
        duty = r.duty
        ws = in_force(duty.windows, r.records, as_of)
        want = sorted(d.due for d in deadlines_between(ws, duty.plan_date, lo, hi))
        assert sorted(found.get(duty.id, [])) == want, duty.id
    # Every override marks a settled round of its window.
    for (uid, _), marked in overrides.items():
        assert marked
        assert uid in masters


@pytest.mark.parametrize(
    "as_of",
    [date(2024, 1, 1), date(2024, 3, 31), date(2025, 6, 30), date(2025, 7, 1), date(2026, 9, 15)],
)
def test_index_and_plan_agree_on_the_real_plan(as_of: date) -> None:
    """The bundled plan and its shipped progress: index and plan give the same status."""
    from nq42cli.core.loader import load_plan
    from nq42cli.core.owners import load_registry
    from nq42cli.core.progress import load_progress
    from tests.conftest import PLAN

    plan = load_plan(PLAN).plan
    directory = load_registry(PLAN.parent / "owners.yaml").directory
    progress = load_progress(PLAN.parent / "progress", plan, today=None, directory=directory)
    plain = PlanRows(plan, progress, directory)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "i.sqlite"
        build(plan, progress, "k", target, directory)
        db = sqlite3.connect(target)
        try:
            _check_one_day(plan, plain, Index(db), as_of, Period.year(as_of.year))
        finally:
            db.close()
