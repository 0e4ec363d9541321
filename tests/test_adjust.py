"""Adjusted deadlines: the rule book reads them from their day on; the index never misses them.

An adjustment is for the whole duty: every member of a group owner is judged against it,
one member cannot record its own, and a decision is never a report.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nq42cli.core.cache import Index, PlanRows, build
from nq42cli.core.loader import load_plan
from nq42cli.core.progress import DutyProgress, Progress, Record, check_records
from nq42cli.core.rules import (
    Event,
    Status,
    adjusted_windows,
    in_force,
    judge,
    latest_report,
    reports,
)
from nq42cli.core.windows import Period, TimeParseError, WindowKind, parse_phrase
from tests.conftest import PLAN, run
from tests.progress_helpers import workspace

PLAN_DAY = date(2023, 11, 27)
MOVED = Record(
    event=Event.DEADLINE,
    on=date(2024, 3, 1),
    deadline="quý IV/2024",
    evidence="Quyết định số 99-QĐ/TW ngày 01/3/2024",
)


def test_from_its_day_the_adjusted_deadline_binds() -> None:
    """Before 01/03/2024 the plan's Q1 deadline holds; from then on, Q4/2024's."""
    windows = parse_phrase("hoàn thành trong quý I/2024", PLAN_DAY)
    before = judge(windows, PLAN_DAY, date(2024, 2, 29), ("bo",), [MOVED])
    assert (before.deadline, before.adjusted) == (date(2024, 3, 31), None)
    after = judge(windows, PLAN_DAY, date(2024, 4, 1), ("bo",), [MOVED])
    assert after.status is Status.OPEN_IN_TIME
    assert after.deadline == date(2024, 12, 31)
    assert after.original_deadline == date(2024, 3, 31)
    assert after.adjusted is not None
    assert after.adjusted.evidence == MOVED.evidence
    late = judge(windows, PLAN_DAY, date(2025, 1, 2), ("bo",), [MOVED])
    assert (late.status, late.days_late) == (Status.OPEN_OVERDUE, 2)


def test_the_latest_adjustment_wins_and_ongoing_parts_stay() -> None:
    """A second adjustment replaces the first; 'thường xuyên' beside the deadline stays."""
    windows = parse_phrase("hoàn thành trong quý II/2024 và thực hiện thường xuyên", PLAN_DAY)
    again = Record(event=Event.DEADLINE, on=date(2024, 9, 1), deadline="năm 2025", evidence="QĐ 2")
    ws = in_force(windows, [MOVED, again], date(2024, 10, 1))
    assert [w.kind for w in ws] == [WindowKind.DEADLINE, WindowKind.ONGOING]
    assert ws[0].end == date(2025, 12, 31)
    assert in_force(windows, [MOVED, again], date(2024, 8, 1))[0].end == date(2024, 12, 31)


def test_a_phrase_with_no_deadline_or_no_reading_is_refused() -> None:
    """'thường xuyên' sets no deadline; 'sớm' is not time."""
    with pytest.raises(TimeParseError) as err:
        adjusted_windows((), "thường xuyên", PLAN_DAY)
    assert err.value.code == "time.no_deadline"
    with pytest.raises(TimeParseError):
        adjusted_windows((), "hoàn thành sớm", PLAN_DAY)


def test_records_are_checked() -> None:
    """No evidence, an owner, no phrase, a phrase that does not read: each its own code."""
    plan = load_plan(PLAN).plan
    duty = next(d for d in plan.duties if d.id == "IV.2.a")
    bad = [
        Record(event=Event.DEADLINE, on=date(2024, 3, 1), deadline="quý IV/2024"),
        Record(
            event=Event.DEADLINE,
            on=date(2024, 3, 1),
            deadline="quý IV/2024",
            evidence="QĐ",
            owner="bcsd_cp",
        ),
        Record(event=Event.DEADLINE, on=date(2024, 3, 1), evidence="QĐ"),
        Record(event=Event.DEADLINE, on=date(2024, 3, 1), deadline="quý V/2024", evidence="QĐ"),
        Record(event=Event.NOTE, on=date(2024, 3, 1), note="x", deadline="quý IV/2024"),
    ]
    codes = [(i, code) for i, code, _, _ in check_records(bad, duty, plan, None)]
    assert codes == [
        (0, "progress.no_evidence"),
        (1, "progress.deadline_owner"),
        (2, "progress.no_deadline"),
        (3, "progress.bad_deadline"),
        (4, "progress.stray_deadline"),
    ]


def test_the_index_finds_a_deadline_moved_into_a_period(tmp_path: Path) -> None:
    """IV.2.a moved from Q1/2024 to Q4/2024 is due in 2024Q4 from the index as from the plan."""
    plan = load_plan(PLAN).plan
    progress = Progress(
        None, {"IV.2.a": DutyProgress(plan=plan.meta.id, duty="IV.2.a", records=[MOVED])}
    )
    target = tmp_path / "i.sqlite"
    build(plan, progress, "k", target)
    db = sqlite3.connect(target)
    try:
        index = Index(db)
        plain = PlanRows(plan, progress)
        q4 = Period.quarter(2024, 4)
        for source in (index, plain):
            rows = source.due(q4, date(2024, 10, 1))
            assert [r.duty.id for r in rows] == ["IV.2.a"]
            assert rows[0].original_deadline == date(2024, 3, 31)
            q1 = Period.quarter(2024, 1)
            assert "IV.2.a" not in {r.duty.id for r in source.due(q1, date(2024, 10, 1))}
            # Before the decision, the plan's quarter holds.
            assert "IV.2.a" in {r.duty.id for r in source.due(q1, date(2024, 2, 1))}
    finally:
        db.close()


# --------------------------------------------------------------------------- group owners


def test_an_adjustment_binds_every_member_of_a_group_owner(tmp_path: Path) -> None:
    """IV.6.a moved to Q4/2024: a province done in July is done on time, as is the duty's."""
    plan = str(workspace(tmp_path))
    before = _iv6a(run("status", "--as-of", "2024-12-31", "-f", "json", "--plan", plan).stdout)
    (group,) = [g for g in before["groups"] if g["owner"] == "tinh_thanh_uy"]
    assert group["members_done_late"] > 0
    run(
        "record", "IV.6.a", "--deadline", "quý IV/2024", "--on", "2024-03-30",
        "--evidence", "Công văn thử nghiệm điều chỉnh thời hạn", "--plan", plan,
    )  # fmt: skip
    after = _iv6a(run("status", "--as-of", "2024-12-31", "-f", "json", "--plan", plan).stdout)
    assert (after["deadline"], after["original_deadline"]) == ("2024-12-31", "2024-03-31")
    (moved,) = [g for g in after["groups"] if g["owner"] == "tinh_thanh_uy"]
    # Every member is judged against the same adjusted deadline: those late against
    # 31/03/2024 and done by 31/12/2024 are on time now.
    assert moved["members_done_late"] == 0
    assert (
        moved["members_done_on_time"]
        == group["members_done_on_time"] + (group["members_done_late"])
    )
    # A decision is not a report: the last report and the result stay the members'.
    assert (after["last_report"], after["result"]) == (before["last_report"], before["result"])


def _iv6a(out: str) -> dict[str, Any]:
    rows: list[dict[str, Any]] = json.loads(out)["duties"]
    return next(r for r in rows if r["id"] == "IV.6.a")


def test_one_member_cannot_record_a_deadline_of_its_own(tmp_path: Path) -> None:
    """--deadline with --owner is refused before anything is written (exit 2)."""
    plan = workspace(tmp_path)
    path = plan.parent / "progress" / "IV.6.a.yaml"
    old = path.read_bytes()
    out = run(
        "record", "IV.6.a", "--deadline", "quý IV/2024", "--owner", "Đồng Nai",
        "--on", "2024-03-30", "--evidence", "Công văn", "--plan", str(plan), code=2,
    )  # fmt: skip
    assert "an adjusted deadline is for the whole duty" in " ".join(out.stderr.split())
    assert path.read_bytes() == old


def test_a_deadline_record_is_not_a_report() -> None:
    """A duty with only an adjustment is still 'nothing reported', with no result."""
    assert reports([MOVED]) == ()
    assert latest_report([MOVED]) is None
    plan = load_plan(PLAN).plan
    progress = Progress(
        None, {"IV.2.a": DutyProgress(plan=plan.meta.id, duty="IV.2.a", records=[MOVED])}
    )
    (row,) = [r for r in PlanRows(plan, progress).status(date(2024, 4, 1)) if r.duty.id == "IV.2.a"]
    assert row.adjusted is not None
    assert (row.reported, row.last_report, row.result, row.started_on) == (False, None, None, None)
