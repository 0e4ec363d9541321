"""Several plans at once (issue 13): every row names its plan, children roll up to parents.

The plans are the bundled 19-KH/TW and the two fixtures of ``tests/plansets`` (a
fictional provincial programme that implements 19-KH/TW IV.6.a and serves IV.6.b, and
the real Kết luận 221-KL/TW beside it), copied with the bundled progress records so a
test can record in its copy. One plan alone must print what it always printed.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from nq42cli import api
from nq42cli.core.rules import Status
from tests.conftest import PLAN, ROOT, run

AS_OF = "2026-11-30"
PLANSETS = ROOT / "tests" / "plansets"
IDS = ["19-KH/TW", "45-CTr/TU", "221-KL/TW"]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A plan repository: data/ (the bundled plan, owners, progress) and plans/ beside it."""
    shutil.copytree(PLAN.parent, tmp_path / "data")
    for name in ("45-ctr-tu", "221-kl-tw"):
        shutil.copytree(PLANSETS / name, tmp_path / "plans" / name)
    return tmp_path


def several(repo: Path) -> list[str]:
    """``--plan`` repeated: the plan file, then the plans folder."""
    return ["--plan", str(repo / "data" / "plan.yaml"), "--plan", str(repo / "plans")]


def cells(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_plans_lists_the_tree_with_counts(repo: Path) -> None:
    """`nq42 plans`: each plan under the one it implements, its duties counted as of a day."""
    doc = json.loads(run("plans", *several(repo), "--as-of", AS_OF, "-f", "json").stdout)
    by_id = {p["id"]: p for p in doc["plans"]}
    assert [p["id"] for p in doc["plans"]] == IDS
    child = by_id["45-CTr/TU"]
    assert (child["parent"], child["depth"], child["implements_duty"]) == ("19-KH/TW", 1, "IV.6.a")
    assert by_id["221-KL/TW"]["parent"] is None
    assert {k: (p["duties"], p["by_status"]["open_overdue"]) for k, p in by_id.items()} == {
        "19-KH/TW": (26, 6),
        "45-CTr/TU": (10, 4),
        "221-KL/TW": (6, 2),
    }
    table = run("plans", *several(repo), "--as-of", AS_OF, "--lang", "en").stdout
    assert "└─45-CTr/TU" in table
    assert "3 plans" in table


def test_plans_folder_beside_data_is_read(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With no --plan, ./data/plan.yaml and every plan in ./plans/ are read together."""
    monkeypatch.chdir(repo)
    monkeypatch.delenv("NQ42_PLAN", raising=False)
    doc = json.loads(run("plans", "--as-of", AS_OF, "-f", "json").stdout)
    assert [p["id"] for p in doc["plans"]] == IDS
    rows = json.loads(run("overdue", "--as-of", AS_OF, "-f", "json").stdout)
    assert {r["plan"] for r in rows} == set(IDS)


def test_a_plans_folder_without_data_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder that happens to be called plans/ (drafts, a scratch folder) with no data/
    beside it changes nothing: the bundled plan answers, and no command complains."""
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "draft.yaml").write_text("not: a plan\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NQ42_PLAN", raising=False)
    doc = json.loads(run("plans", "--as-of", AS_OF, "-f", "json").stdout)
    assert [p["id"] for p in doc["plans"]] == ["19-KH/TW"]
    assert "19-KH/TW" in run("owners", "--as-of", AS_OF).stdout


def test_one_plan_prints_no_plan_column() -> None:
    """The bundled plan alone: no plan column, no PLAN: prefix, no plan key added."""
    flat = run("overdue", "--plan", str(PLAN), "--as-of", AS_OF, "-f", "csv").stdout
    assert "plan" not in flat.splitlines()[0].split(",")
    status = run("status", "--plan", str(PLAN), "--as-of", AS_OF, "-f", "csv").stdout
    header = status.splitlines()[0].split(",")
    assert header[-1] == "adjusted"
    assert "children" not in header
    table = run("overdue", "--plan", str(PLAN), "--as-of", AS_OF).stdout
    assert "19-KH/TW:" not in table
    history = json.loads(
        run("history", "IV.2.a", "--plan", str(PLAN), "--as-of", AS_OF, "-f", "json").stdout
    )
    assert "plan" not in history
    assert "children" not in history


def test_rows_across_plans_name_their_plan(repo: Path) -> None:
    """overdue over three plans: PLAN:ID in the table, plan in JSON, CSV and XLSX."""
    args = ("overdue", *several(repo), "--as-of", AS_OF)
    rows = json.loads(run(*args, "-f", "json").stdout)
    assert {(r["plan"], r["id"]) for r in rows} >= {
        ("19-KH/TW", "IV.2.b"),
        ("45-CTr/TU", "II.1"),
        ("221-KL/TW", "S.4.p1"),
    }
    table = run(*args, "--lang", "en").stdout
    for plan in IDS:
        assert f"{plan}:" in table
    flat = cells(run(*args, "-f", "csv").stdout)
    assert [(r["plan"], r["id"]) for r in flat] == [(r["plan"], r["id"]) for r in rows]
    out = repo / "overdue.xlsx"
    run("export", *args, "-f", "xlsx", "-o", str(out))
    sheet = load_workbook(out).worksheets[0]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    head = next(i for i, row in enumerate(values) if row[0] == "Kế hoạch")
    assert values[head][1] == "Mã"
    listed = [(row[0], row[1]) for row in values[head + 1 :] if row[0] in IDS]
    assert listed == [(r["plan"], r["id"]) for r in rows]


def test_due_quarter_across_plans(repo: Path) -> None:
    """due: a quarter's deadlines of every plan, each with its plan."""
    rows = json.loads(
        run("due", "--quarter", "2026Q2", *several(repo), "--as-of", AS_OF, "-f", "json").stdout
    )
    assert ("45-CTr/TU", "II.1") in {(r["plan"], r["id"]) for r in rows}


def test_status_rolls_a_child_plan_up_to_its_parent_duty(repo: Path) -> None:
    """A child plan's duties show beside the parent duty they carry out, never in its class."""
    args = ("status", *several(repo), "--as-of", AS_OF, "-f", "json")

    def parent() -> dict[str, Any]:
        doc = json.loads(run(*args).stdout)
        return next(d for d in doc["duties"] if (d["plan"], d["id"]) == ("19-KH/TW", "IV.6.a"))

    before = parent()
    [rollup] = before["children"]
    assert (rollup["plan"], rollup["duties"], rollup["done"]) == ("45-CTr/TU", 4, 0)
    run(
        "record",
        "45-CTr/TU:II.1",
        "--done",
        "--on",
        "2026-06-01",
        "--evidence",
        "Báo cáo số 1-BC/TU (fixture)",
        "--by",
        "test",
        *several(repo),
    )
    after = parent()
    [rollup] = after["children"]
    assert (rollup["duties"], rollup["done"]) == (4, 1)
    assert "1/4" in rollup["line"]
    assert after["status"] == before["status"] == "open_overdue"
    doc = json.loads(run(*args).stdout)
    by_plan = {p["plan"]: p for p in doc["summary"]["by_plan"]}
    assert by_plan["45-CTr/TU"]["by_status"]["done_on_time"] == 1
    assert sum(p["total"] for p in by_plan.values()) == len(doc["duties"])
    flat = cells(run("status", *several(repo), "--as-of", AS_OF, "-f", "csv").stdout)
    row = next(r for r in flat if (r["plan"], r["id"]) == ("19-KH/TW", "IV.6.a"))
    assert row["children"].startswith("Chương trình hành động 45-CTr/TU: 1/4")
    table = run("status", *several(repo), "--as-of", AS_OF, "--section", "IV.6").stdout
    assert "45-CTr/TU: 1/4" in table


def test_history_across_plans_needs_the_plan_where_ids_clash(repo: Path) -> None:
    """II.1 is a duty of two plans: PLAN:ID is asked for; with it, history names the plan."""
    clash = run("history", "II.1", *several(repo), "--as-of", AS_OF, code=2)
    assert "19-KH/TW:II.1" in clash.stderr
    assert "45-CTr/TU:II.1" in clash.stderr
    doc = json.loads(
        run("history", "45-CTr/TU:II.1", *several(repo), "--as-of", AS_OF, "-f", "json").stdout
    )
    assert (doc["plan"], doc["id"], doc["status"]) == ("45-CTr/TU", "II.1", "open_overdue")
    parent = run("history", "19-KH/TW:IV.6.a", *several(repo), "--as-of", AS_OF).stdout
    assert "19-KH/TW:IV.6.a" in parent
    assert "45-CTr/TU: 0/4" in parent


def test_calendar_names_each_events_plan(repo: Path) -> None:
    """ICS over several plans: summaries say PLAN:ID, UIDs stay distinct for clashing ids."""
    out = repo / "all.ics"
    run("export", "ics", *several(repo), "-o", str(out))
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    summaries = [str(e["SUMMARY"]) for e in events]
    # A deadline met is marked with a tick before the id.
    assert any(s.startswith("45-CTr/TU:II.1 ") for s in summaries)
    assert any(s.startswith("✓ 19-KH/TW:II.1 ") for s in summaries)
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids))


def test_report_counts_each_plan(repo: Path) -> None:
    """The periodic report over plans: every plan named and counted, PLAN:ID in the lists."""
    args = ("report", "--period", "2026H1", *several(repo), "--since", "2025-12-31")
    doc = json.loads(run(*args, "-f", "json").stdout)
    assert sorted(p["id"] for p in doc["plans"]) == sorted(IDS)
    assert doc["plans"][0]["id"] == "19-KH/TW"  # the first plan heads the report
    by_plan = {p["plan"]: p["to_date"] for p in doc["figures"]["by_plan"]}
    assert set(by_plan) == set(IDS)
    assert "221-KL/TW:S.4.p1" in doc["figures"]["changes"]["newly_overdue"]
    sections = doc["appendix1"]["sections"]
    assert {s["id"].split(":")[0] for s in sections} == set(IDS)
    duties = [d for s in sections for item in s["items"] for d in item["duties"]]
    [parent] = [d for d in duties if (d["plan"], d["id"]) == ("19-KH/TW", "IV.6.a")]
    assert [c["plan"] for c in parent["children"]] == ["45-CTr/TU"]
    words = run(*args, "--lang", "en").stdout
    assert "Kết luận 221-KL/TW" in words
    for fmt in ("docx", "xlsx", "html"):
        out = repo / f"report.{fmt}"
        run(*args, "-f", fmt, "-o", str(out))
        assert out.stat().st_size > 0


def test_api_answers_over_several_plans(repo: Path) -> None:
    """The library: load_plans checks the links; status and report count each plan."""
    plans = [repo / "data" / "plan.yaml", repo / "plans"]
    loaded = api.load_plans(plans, today=date(2026, 11, 30))
    # Files in the order given, a plans folder's plans by folder name.
    assert [p.plan.meta.number for p in loaded.plans] == ["19-KH/TW", "221-KL/TW", "45-CTr/TU"]
    listed = api.plans(as_of=date(2026, 11, 30), plan=plans)
    assert [(line.head.id, line.depth) for line in listed.rows] == [
        ("19-KH/TW", 0),
        ("45-CTr/TU", 1),
        ("221-KL/TW", 0),
    ]
    table = api.status(as_of=date(2026, 11, 30), plan=plans)
    counts = {plan_id: c for plan_id, _, c in table.summary.plans}
    assert counts["221-KL/TW"][Status.OPEN_OVERDUE] == 2
    parent = next(r for r in table.rows if r.duty.qualified == "19-KH/TW:IV.6.a")
    assert [(c.plan, c.total) for c in parent.children] == [("45-CTr/TU", 4)]
    only = api.status(as_of=date(2026, 11, 30), plan=plans, plan_ids=["221-KL/TW"])
    assert {r.plan for r in only.rows} == {"221-KL/TW"}
    period = api.parse_report_period("2026H1")
    report = api.report(period, plan=plans)
    assert sorted(p.head.id for p in report.figures.plans) == sorted(IDS)
    assert report.name(parent) == "19-KH/TW:IV.6.a"
