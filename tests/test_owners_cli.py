"""Group owners member by member, owners renamed in 2025, and what was reported, end to end.

Everything runs through the installed command line (``tests.conftest.run``) on a copy of
the real plan, its owners registry and its shipped, sourced progress, always ``--as-of``
a fixed day.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from nq42cli.cli import app
from tests.conftest import PLAN, run
from tests.progress_helpers import workspace


@pytest.fixture
def plan(tmp_path: Path) -> str:
    return str(workspace(tmp_path))


def _status(plan: str, day: str, *args: str) -> dict[str, Any]:
    out = run("status", "--plan", plan, "--as-of", day, "-f", "json", "--lang", "en", *args)
    data: dict[str, Any] = json.loads(out.stdout)
    return data


def _group(plan: str, day: str, duty: str = "IV.6.a") -> dict[str, Any]:
    data = _status(plan, day)
    duties = data["duties"]
    assert isinstance(duties, list)
    row = next(d for d in duties if d["id"] == duty)
    [group] = row["groups"]
    assert isinstance(group, dict)
    return group


# --------------------------------------------------------------------------- §2 members


def test_one_province_records_its_part_and_a_second_is_not_refused(plan: str) -> None:
    """The issue's example, for a province not yet in the shipped data: its part, by name."""
    before = _group(plan, "2024-03-31")
    assert (before["members_total"], before["members_done"]) == (63, 4)
    out = run(
        "record", "IV.6.a", "--owner", "Tỉnh uỷ Bắc Giang", "--done", "--on", "2024-03-28",
        "--evidence", "Chương trình hành động (ví dụ)", "--plan", plan,
    )  # fmt: skip
    assert "(owner tinh_thanh_uy, unit bac_giang) done on 2024-03-28" in out.stdout
    text = (Path(plan).parent / "progress" / "IV.6.a.yaml").read_text(encoding="utf-8")
    assert text.endswith(
        "    owner: tinh_thanh_uy\n    unit: bac_giang\n" + text[text.rindex("    evidence:") :]
    )
    # A second province the same day is its own part, not "already recorded".
    run(
        "record", "IV.6.a", "--owner", "bac kan", "--done", "--on", "2024-03-28",
        "--evidence", "Kế hoạch (ví dụ)", "--plan", plan,
    )  # fmt: skip
    after = _group(plan, "2024-03-31")
    assert (after["members_done"], after["members_done_on_time"]) == (6, 6)
    line = run("status", "--plan", plan, "--as-of", "2024-03-31", "--section", "IV.6").stdout
    flat = " ".join(line.replace("│", " ").split())
    assert "6/63 tỉnh ủy, thành ủy đã báo cáo hoàn thành; 6 đúng hạn" in flat


def test_the_same_province_twice_needs_force(plan: str) -> None:
    """Đồng Nai's programme is shipped (20/3/2024): recording it again is a correction."""
    out = run(
        "record", "IV.6.a", "--owner", "Đồng Nai", "--done", "--on", "2024-03-20",
        "--evidence", "Kế hoạch 332-KH/TU", "--plan", plan, code=1,
    )  # fmt: skip
    assert "member 'dong_nai' of 'tinh_thanh_uy' of IV.6.a is already recorded as done" in (
        out.stderr
    )


def test_counts_follow_the_2025_merger(plan: str) -> None:
    """63 until 30/6/2025, 34 from 01/7/2025; a merged unit is done when all it came from were."""
    old = _group(plan, "2025-06-30")
    assert (old["members_total"], old["members_done"], old["members_done_on_time"]) == (63, 11, 4)
    new = _group(plan, "2025-07-01")
    # Hà Nội, Quảng Ninh and Nghệ An were not merged and reported in 2024 (late).
    assert (new["members_total"], new["members_done"], new["members_done_on_time"]) == (34, 3, 0)
    # Đồng Nai (new) was formed from Đồng Nai and Bình Phước: half reported, so in progress.
    assert "Đồng Nai" in new["members_in_progress"]
    # When Bình Phước's record arrives (dated before the merger), the new Đồng Nai is done.
    run(
        "record", "IV.6.a", "--owner", "Bình Phước", "--done", "--on", "2024-06-05",
        "--evidence", "Kế hoạch (ví dụ)", "--plan", plan,
    )  # fmt: skip
    assert _group(plan, "2025-07-01")["members_done"] == 4


def test_a_unit_merged_away_is_refused_with_the_unit_to_name(plan: str) -> None:
    """Bình Phước after 30/6/2025 does not exist: the message names Tỉnh ủy Đồng Nai."""
    out = run(
        "record", "IV.6.b", "--owner", "Bình Phước", "--progress", "x", "--on", "2025-08-01",
        "--plan", plan, code=2,
    )  # fmt: skip
    msg = " ".join(out.stderr.replace("│", " ").split())
    assert "Tỉnh ủy Bình Phước (binh_phuoc) did not exist on 2025-08-01" in msg
    assert "write 'Tỉnh ủy Đồng Nai' (dong_nai_2025)" in msg


# --------------------------------------------------------------------------- §3 successions


def test_owner_filters_find_old_and_new_names() -> None:
    """--owner 'Ban Chính sách, chiến lược' finds Ban Kinh tế's duties; Đảng ủy Chính phủ IV.2's."""
    new = json.loads(
        run(
            "list", "--owner", "Ban Chính sách, chiến lược", "-f", "json", "--plan", str(PLAN)
        ).stdout
    )
    assert [r["id"] for r in new] == ["IV.4.a", "IV.4.b", "V.3"]
    gov = json.loads(
        run("list", "--owner", "Đảng ủy Chính phủ", "-f", "json", "--plan", str(PLAN)).stdout
    )
    assert {"IV.2.a", "IV.2.b", "IV.2.c", "IV.2.d"} <= {r["id"] for r in gov}
    # And the other way: the plan's own name still finds them.
    old = json.loads(
        run("list", "--owner", "ban kinh te", "-f", "json", "--plan", str(PLAN)).stdout
    )
    assert [r["id"] for r in old] == ["IV.4.a", "IV.4.b", "V.3"]


def test_tables_show_the_name_in_force_with_the_plans_beside_it() -> None:
    """As of 2025: BCSCLTW (the plan: BKTTW); as of 2024 the plan's name alone."""
    args = ("status", "--plan", str(PLAN), "--section", "IV.4", "--lang", "en")
    later = " ".join(run(*args, "--as-of", "2025-06-30").stdout.replace("│", " ").split())
    assert "BCSCLTW (the plan: BKTTW)" in later
    earlier = " ".join(run(*args, "--as-of", "2024-06-30").stdout.replace("│", " ").split())
    assert "BCSCLTW" not in earlier
    rows = json.loads(
        run("list", "--as-of", "2025-06-30", "-f", "json", "--plan", str(PLAN)).stdout
    )
    bkttw = next(o for r in rows for o in r["owners"] if o["key"] == "bkttw")
    assert (bkttw["name"], bkttw["name_now"]) == (
        "Ban Kinh tế Trung ương",
        "Ban Chính sách, chiến lược Trung ương",
    )


def test_a_successor_records_the_old_owners_part(plan: str) -> None:
    """After 24/01/2025 the new Ban records IV.4.b; the old name is refused with the new one."""
    run(
        "record", "IV.4.b", "--owner", "Ban Chính sách, chiến lược Trung ương", "--progress",
        "Đang xây dựng kế hoạch kiểm tra (ví dụ)", "--evidence", "Công văn (ví dụ)",
        "--on", "2025-03-03", "--plan", plan,
    )  # fmt: skip
    text = (Path(plan).parent / "progress" / "IV.4.b.yaml").read_text(encoding="utf-8")
    assert "  - event: progress\n" in text
    assert "    owner: bkttw\n    unit: bcsclttw\n" in text
    out = run(
        "record", "IV.4.b", "--owner", "Ban Kinh tế Trung ương", "--note", "x",
        "--on", "2025-03-04", "--plan", plan, code=2,
    )  # fmt: skip
    msg = " ".join(out.stderr.replace("│", " ").split())
    assert "Ban Kinh tế Trung ương (bkttw) did not exist on 2025-03-04" in msg
    assert "write 'Ban Chính sách, chiến lược Trung ương' (bcsclttw)" in msg


# --------------------------------------------------------------------------- §1 reported


def test_no_record_is_not_a_finding(plan: str) -> None:
    """II.1 is done on time (held 04/12/2023); rows say what was reported; tables mark none."""
    data = _status(plan, "2025-12-31")
    duties = {d["id"]: d for d in data["duties"]}
    assert duties["II.1"]["status"] == "done_on_time"
    assert duties["II.1"]["last_report"] == "2023-12-04"
    assert (duties["V.2"]["reported"], duties["V.2"]["result"]) == (False, None)
    assert duties["II.2"]["status"] == "open_overdue"
    assert duties["II.2"]["result"].startswith("Ban Tuyên giáo Trung ương ban hành kế hoạch")
    summary = data["summary"]
    assert summary["not_reported"] == sum(not d["reported"] for d in duties.values())
    table = run("status", "--plan", plan, "--as-of", "2025-12-31").stdout
    assert "chưa có báo cáo" in table
    assert "đang thực hiện" in table
    assert f"{summary['not_reported']} nhiệm vụ chưa có báo cáo" in table


def test_progress_shows_in_status_history_and_exports(plan: str) -> None:
    """record --progress: the current result, in status, history and every export."""
    run(
        "record", "IV.4.b", "--progress", "Dự thảo kế hoạch kiểm tra (ví dụ)", "--evidence",
        "Tờ trình (ví dụ)", "--on", "2024-04-10", "--source", "https://example.org/to-trinh",
        "--plan", plan,
    )  # fmt: skip
    row = next(d for d in _status(plan, "2024-06-30")["duties"] if d["id"] == "IV.4.b")
    assert (row["status"], row["reported"], row["last_report"]) == (
        "open_overdue",
        True,
        "2024-04-10",
    )
    assert row["result"] == "Dự thảo kế hoạch kiểm tra (ví dụ)"
    history = json.loads(
        run("history", "IV.4.b", "--as-of", "2024-06-30", "-f", "json", "--plan", plan).stdout
    )
    assert history["records"][-1]["event"] == "progress"
    assert history["records"][-1]["source"] == "https://example.org/to-trinh"
    assert history["result"] == "Dự thảo kế hoạch kiểm tra (ví dụ)"
    shown = run("history", "IV.4.b", "--as-of", "2024-06-30", "--plan", plan).stdout
    assert "đang thực hiện" in shown
    for fmt in ("csv", "md", "html"):
        out = run("export", "status", "-f", fmt, "--as-of", "2024-06-30", "--plan", plan).stdout
        assert "Dự thảo kế hoạch kiểm tra (ví dụ)" in out, fmt
    due = run("export", "due", "-q", "2024Q1", "-f", "csv", "--as-of", "2024-06-30", "--plan", plan)
    assert "Dự thảo kế hoạch kiểm tra (ví dụ)" in due.stdout


# --------------------------------------------------------------------------- nq42 owners


def test_owners_lists_current_and_former_names_and_members() -> None:
    """owners: every plan owner, the name in force, its names over time, its members."""
    data = json.loads(
        run("owners", "--as-of", "2025-08-01", "-f", "json", "--plan", str(PLAN)).stdout
    )
    by_key = {o["key"]: o for o in data["owners"]}
    assert by_key["bkttw"]["name_now"] == "Ban Chính sách, chiến lược Trung ương"
    assert [n["name"] for n in by_key["bkttw"]["names"]] == [
        "Ban Kinh tế Trung ương",
        "Ban Chính sách, chiến lược Trung ương",
    ]
    assert by_key["tinh_thanh_uy"]["members_total"] == 34
    before = json.loads(
        run("owners", "--as-of", "2024-01-01", "-f", "json", "--plan", str(PLAN)).stdout
    )
    assert next(o for o in before["owners"] if o["key"] == "tinh_thanh_uy")["members_total"] == 63
    table = run("owners", "--as-of", "2025-08-01", "--plan", str(PLAN)).stdout
    assert "Tên gọi qua các thời kỳ" in table


def test_owners_show_tells_one_bodys_story() -> None:
    """owners show NAME: any name of the body; its successions with instrument and sources."""
    story = json.loads(
        run("owners", "show", "ban chinh sach chien luoc", "-f", "json", "--plan", str(PLAN)).stdout
    )
    assert story["key"] == "bcsclttw"
    [before] = story["formed_from"]
    assert (before["from"], before["instrument"], before["on"]) == (
        ["bkttw"],
        "Quyết định số 247-QĐ/TW",
        "2025-01-24",
    )
    assert before["sources"][0].startswith("https://")
    assert [d["id"] for d in story["duties"]] == ["IV.4.a", "IV.4.b", "V.3"]
    merged = json.loads(run("owners", "show", "Đồng Nai", "-f", "json", "--plan", str(PLAN)).stdout)
    assert merged["key"] == "dong_nai_2025"
    assert merged["formed_from"][0]["from"] == ["dong_nai", "binh_phuoc"]
    # An announced merger whose decision number was not found says so.
    ban = run("owners", "show", "Ban Tuyên giáo và Dân vận", "--plan", str(PLAN), "--lang", "en")
    assert "instrument number not found" in ban.stdout
    out = run("owners", "show", "Ban Kinh tê Trung uong X", "--plan", str(PLAN), code=2)
    assert "did you mean" in out.stderr


def _complete(typed: str) -> list[str]:
    env = {
        "_NQ42_COMPLETE": "complete_bash",
        "COMP_WORDS": f"nq42 status --plan {PLAN} --owner {typed}",
        "COMP_CWORD": "5",
    }
    return CliRunner().invoke(app, [], prog_name="nq42", env=env).output.splitlines()


def test_completion_of_owner_offers_old_and_new_names() -> None:
    """Shell completion of --owner offers the registry's names, former and current."""
    found = _complete("Ban")
    assert "Ban Kinh tế Trung ương" in found
    assert "Ban Chính sách, chiến lược Trung ương" in found
    # Typed without accents: the rest of the name follows what was typed, and resolves.
    assert {"binh Phước", "binh Định"} <= set(_complete("binh"))


def test_validate_checks_the_registry_by_default(tmp_path: Path) -> None:
    """validate with no FILES checks owners.yaml too; a broken one is a positioned problem."""
    plan = workspace(tmp_path)
    registry = plan.parent / "owners.yaml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text.replace("      - bac_giang\n", "      - bac_giangg\n", 1), "utf-8")
    out = run("validate", "--plan", str(plan), "-f", "parsable", code=1).stdout
    assert "owners.yaml:" in out
    assert "unknown unit 'bac_giangg'; did you mean 'bac_giang'?" in out
    assert "(owners.unknown_unit)" in out
