"""The record, history and status commands, and due/overdue reading recorded completions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PLAN, run
from tests.progress_helpers import workspace, write_progress


@pytest.fixture
def plan(tmp_path: Path) -> str:
    return str(workspace(tmp_path))


def progress_of(plan: str, duty: str) -> Path:
    return Path(plan).parent / "progress" / f"{duty}.yaml"


def history(plan: str, duty: str) -> dict[str, object]:
    out = run("history", duty, "--plan", plan, "--as-of", "2025-01-01", "-f", "json")
    result: dict[str, object] = json.loads(out.stdout)
    return result


# --------------------------------------------------------------------------- record


def test_record_appends_and_history_shows_it(plan: str) -> None:
    """Records are appended in order; the old text stays a prefix of the file."""
    path = progress_of(plan, "IV.2.a")
    before = path.read_text(encoding="utf-8")
    out = run(
        "record", "IV.2.a", "--note", "Công báo số 635-636", "--on", "2024-05-20",
        "--by", "Lan", "--plan", plan,
    )  # fmt: skip
    assert "recorded: IV.2.a note on 2024-05-20" in out.stdout
    after = path.read_text(encoding="utf-8")
    assert after.startswith(before)
    h = history(plan, "IV.2.a")
    assert h["status"] == "done_late"
    assert h["completed_on"] == "2024-05-09"
    records = h["records"]
    assert isinstance(records, list)
    assert [r["event"] for r in records] == ["done", "note"]
    assert records[1]["note"] == "Công báo số 635-636"
    assert records[1]["by"] == "Lan"
    assert "recorded_at" in records[1]


def test_record_a_new_duty_per_owner_until_complete(plan: str) -> None:
    """IV.6.a: each owner's part by name or key; complete when both are done."""
    args = ("--plan", plan, "--evidence", "Kế hoạch của tỉnh uỷ")
    run("record", "iv.6.a", "--done", "--on", "2024-03-20", "--owner", "tinh uy", *args)
    h = history(plan, "IV.6.a")
    assert (h["status"], h["completed_on"]) == ("open_overdue", None)
    run("record", "IV.6.a", "--done", "--on", "2024-04-15", "--owner", "du_truc_thuoc_tw", *args)
    h = history(plan, "IV.6.a")
    assert (h["status"], h["completed_on"]) == ("done_late", "2024-04-15")
    text = progress_of(plan, "IV.6.a").read_text(encoding="utf-8")
    assert text.startswith("# Progress of duty IV.6.a of Kế hoạch 19-KH/TW.\n")
    assert "owner: tinh_thanh_uy" in text
    table = run("history", "IV.6.a", "--plan", plan, "--as-of", "2025-01-01").stdout
    assert (
        "Tính đến 2025-01-01: hoàn thành quá hạn (hạn 2024-03-31, quá hạn 15 ngày); "
        "hoàn thành ngày 2024-04-15"
    ) in " ".join(table.split())
    en = run("history", "IV.6.a", "--plan", plan, "--as-of", "2025-01-01", "--lang", "en")
    assert "done late (deadline 2024-03-31, 15 days late); complete on 2024-04-15" in en.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["IV.9", "--note", "x"], 2, "no duty 'IV.9'; did you mean IV.6.b, IV.6.a, IV.5.b?"),
        (["IV.2.a", "--done", "--started", "--on", "2024-05-09"], 2, "not both"),
        (
            ["IV.2.a", "--on", "2024-05-09"],
            2,
            "give --done, --started, --progress RESULT, --deadline PHRASE or --note TEXT",
        ),
        (["IV.2.a", "--progress", "x", "--done", "--on", "2024-05-09"], 2, "not both"),
        (["IV.2.a", "--progress", "x", "--note", "y", "--on", "2024-05-09"], 2, "not both"),
        (["IV.2.a", "--note", "x", "--on", "2199-01-01"], 2, "2199-01-01 is in the future"),
        (["IV.2.a", "--note", "x", "--on", "2999-01-01"], 2, "outside the days nq42 works with"),
        (["IV.2.a", "--note", "x", "--on", "31/02/2024"], 2, "--on"),
        (["IV.6.a", "--started", "--on", "2023-11-01"], 2, "before the plan existed"),
        (["IV.6.a", "--done", "--on", "2024-03-01"], 2, "a done record needs its evidence"),
        (["IV.6.a", "--note", "x", "--owner", "bkttw"], 2, "'bkttw' is not an owner of IV.6.a"),
        (["IV.6.a", "--done", "--evidence", " "], 2, "should not be empty"),
        (
            ["IV.2.a", "--done", "--on", "2024-05-10", "--evidence", "x"],
            1,
            "IV.2.a is already recorded as done on 2024-05-09; a correction or a repeat "
            "needs --force",
        ),
    ],
)
def test_record_refuses_bad_input(plan: str, args: list[str], code: int, message: str) -> None:
    """Each mistake is one clear message with the right exit code; nothing is written."""
    folder = Path(plan).parent / "progress"
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    out = run("record", *args, "--plan", plan, code=code)
    assert message in " ".join(out.stderr.split()).replace("│", "").replace("  ", " ")
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.name != ".nq42.lock"}
    assert after == {k: v for k, v in before.items() if k != ".nq42.lock"}


def test_force_records_a_correction(plan: str) -> None:
    """With --force a second completion is appended and marked; the latest one counts."""
    run(
        "record", "IV.2.a", "--done", "--on", "2024-05-10", "--evidence", "x", "--force",
        "--plan", plan,
    )  # fmt: skip
    h = history(plan, "IV.2.a")
    records = h["records"]
    assert isinstance(records, list)
    assert records[-1]["force"] is True
    assert h["completed_on"] == "2024-05-10"


def test_record_refuses_an_invalid_existing_file(plan: str) -> None:
    """A hand-broken progress file is reported with its position, and left alone."""
    path = write_progress(Path(plan).parent / "progress", "IV.6.a", "  - event: finished\n")
    out = run("record", "IV.6.a", "--note", "x", "--on", "2024-01-01", "--plan", plan, code=1)
    assert (
        "IV.6.a.yaml:4:12: records[0].event: input should be "
        "'started', 'progress', 'done', 'note' or 'deadline'" in out.stderr
    )
    assert path.read_text(encoding="utf-8").endswith("  - event: finished\n")


def test_record_never_writes_into_the_bundled_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the bundled plan, record asks for --status instead of writing into the package."""
    monkeypatch.chdir(tmp_path)
    out = run("record", "IV.2.a", "--note", "x", "--on", "2024-06-01", code=2)
    assert "--status FOLDER" in out.stderr
    run("record", "IV.2.a", "--note", "x", "--on", "2024-06-01", "--status", "mine")
    assert (tmp_path / "mine" / "IV.2.a.yaml").is_file()
    assert (tmp_path / "mine" / ".gitignore").read_text() == ".nq42.lock\n.*.tmp\n"


# --------------------------------------------------------------------------- queries


def test_overdue_leaves_out_recorded_completions(plan: str) -> None:
    """IV.2.a is overdue on 2024-04-01 and no longer once its completion (09/05) is known."""

    def ids(day: str, *extra: str) -> list[str]:
        out = run("overdue", "--as-of", day, "--plan", plan, "-f", "json", *extra)
        return [r["id"] for r in json.loads(out.stdout)]

    assert "IV.2.a" in ids("2024-04-01")
    assert "IV.2.a" in ids("2024-05-08")
    assert "IV.2.a" not in ids("2024-05-09")
    empty = Path(plan).parent / "empty"
    empty.mkdir()
    assert "IV.2.a" in ids("2024-06-01", "--status", str(empty))


def test_due_shows_completion_dates(plan: str) -> None:
    """due lists completed duties too, with the day they were done."""
    out = run("due", "-q", "2024Q1", "--as-of", "2024-06-01", "--plan", plan, "-f", "json")
    rows = {r["id"]: r["completed_on"] for r in json.loads(out.stdout)}
    assert rows == {"IV.2.a": "2024-05-09", "IV.4.b": None, "IV.6.a": None}
    table = run(
        "due", "-q", "2024Q1", "--as-of", "2024-06-01", "--plan", plan, "--lang", "en"
    ).stdout
    assert "done late" in table
    assert "2024-05-09" in table
    assert "3 duties: 2 late, 1 done, 0 open in time" in table


def test_the_real_plan_uses_its_progress_by_default() -> None:
    """data/progress/ beside data/plan.yaml is read without --status."""
    out = run("overdue", "--as-of", "2024-06-01", "--plan", str(PLAN), "-f", "json")
    assert "IV.2.a" not in [r["id"] for r in json.loads(out.stdout)]


def test_the_bundled_plan_reads_its_bundled_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside a project folder, the installed package's plan and progress are used."""
    monkeypatch.chdir(tmp_path)
    out = run("status", "--as-of", "2024-06-01", "-f", "json")
    iv2a = next(d for d in json.loads(out.stdout)["duties"] if d["id"] == "IV.2.a")
    assert iv2a["completed_on"] == "2024-05-09"


def test_a_missing_status_folder_is_a_usage_error(plan: str) -> None:
    """--status naming nothing: exit 2 with the name."""
    out = run("status", "--plan", plan, "--status", "nowhere", "--as-of", "2024-06-01", code=2)
    assert "nowhere: no such progress folder" in out.stderr


def test_a_broken_progress_file_fails_queries_with_its_position(plan: str) -> None:
    """Invalid progress is never silently ignored."""
    write_progress(Path(plan).parent / "progress", "IV.6.a", '  - event: done\n    on: "x"\n')
    out = run("overdue", "--plan", plan, "--as-of", "2024-06-01", code=1)
    assert "IV.6.a.yaml:5:9: records[0].on: 'x': input should be a valid date" in out.stderr


# --------------------------------------------------------------------------- status


def test_status_json_shape(plan: str) -> None:
    """One object: as_of, lang, duties with class and evidence, summary per class and owner."""
    out = run("status", "--plan", plan, "--as-of", "2024-06-01", "-f", "json", "--lang", "en")
    data = json.loads(out.stdout)
    assert set(data) == {"as_of", "lang", "duties", "summary"}
    assert (data["as_of"], data["lang"]) == ("2024-06-01", "en")
    assert len(data["duties"]) == 26
    iv2a = next(d for d in data["duties"] if d["id"] == "IV.2.a")
    assert {
        k: iv2a[k] for k in ("status", "label", "deadline", "days_late", "completed_on", "parts")
    } == {
        "status": "done_late",
        "label": "done late",
        "deadline": "2024-03-31",
        "days_late": 39,
        "completed_on": "2024-05-09",
        "parts": {"done": 1, "required": 1},
    }
    assert iv2a["evidence"][0].startswith("Nghị quyết số 68/NQ-CP")
    summary = data["summary"]
    assert summary["total"] == 26
    # II.1, the national conference of 04/12/2023, ships as done (a sourced record).
    assert summary["by_status"] == {
        "done_on_time": 1,
        "done_late": 1,
        "open_in_time": 2,
        "open_overdue": 4,
        "ongoing": 8,
        "no_deadline": 10,
    }
    # No record is not a finding: every row says what was reported, the summary counts it.
    assert (iv2a["reported"], iv2a["last_report"]) == (True, "2024-05-09")
    assert iv2a["result"].startswith("Nghị quyết số 68/NQ-CP")
    iv4b = next(d for d in data["duties"] if d["id"] == "IV.4.b")
    assert (iv4b["reported"], iv4b["last_report"], iv4b["result"]) == (False, None, None)
    assert summary["not_reported"] == sum(not d["reported"] for d in data["duties"])
    iv6a = next(d for d in data["duties"] if d["id"] == "IV.6.a")
    [group] = iv6a["groups"]
    assert {k: group[k] for k in ("owner", "members_total", "members_done")} == {
        "owner": "tinh_thanh_uy",
        "members_total": 63,
        "members_done": 10,
    }
    assert group["members_done_on_time"] == 4
    assert group["members_in_progress"] == ["Thái Nguyên"]
    assert len(group["members_not_reported"]) == 63 - 10 - 1
    gov = next(o for o in summary["by_owner"] if o["key"] == "bcsd_cp")
    assert (gov["on_time"], gov["with_deadline"]) == (0, 2)


def test_status_table_and_summary_panel(plan: str) -> None:
    """Vietnamese labels by default, filtered by section, with the per-owner line."""
    out = run("status", "--plan", plan, "--as-of", "2024-06-01", "--section", "IV.2").stdout
    assert "Tình hình thực hiện, tính đến 2024-06-01" in out
    assert "hoàn thành quá hạn" in out
    assert "Tổng hợp" in out
    assert (
        "Ban cán sự đảng Chính phủ: 0/2 đúng hạn; 1 hoàn thành quá hạn; "
        "1 chưa hoàn thành – trong hạn; 2 thực hiện thường xuyên"
    ) in out
    assert "IV.3.a" not in out
    en = run("status", "--plan", plan, "--as-of", "2024-06-01", "--lang", "en").stdout
    assert "open, overdue" in en
    assert "Summary" in en


def test_status_owner_filter_and_text_formats(plan: str) -> None:
    """--owner keeps that owner's duties; csv and md print the same table."""
    out = run(
        "status", "--plan", plan, "--as-of", "2024-06-01", "--owner", "ban kinh te", "-f", "csv"
    )
    lines = out.stdout.splitlines()
    assert lines[0].startswith("id,section,group,owners,text,")
    assert [line.split(",")[0] for line in lines[1:]] == ["IV.4.a", "IV.4.b", "V.3"]
    md = run("status", "--plan", plan, "--as-of", "2024-06-01", "-f", "md", "--section", "IV.2")
    assert "| IV.2.a | IV.2 | Ban cán sự đảng Chính phủ (thực hiện) |" in md.stdout
    assert "| Tất cả nhiệm vụ | 4 | 0/2 | 0 | 1 | 1 | 0 | 2 | 0 |" in md.stdout


def test_hostile_evidence_is_shown_as_text(plan: str) -> None:
    """Escape codes are shown escaped and Rich markup is printed literally, never obeyed."""
    evidence = "\x1b[2J[red]QĐ 1[/red]"
    run("record", "IV.6.a", "--done", "--on", "2024-03-25", "--evidence", evidence, "--plan", plan)
    for args in (
        ("status", "--section", "IV.6", "--as-of", "2024-06-01"),
        ("history", "IV.6.a", "--as-of", "2024-06-01"),
    ):
        out = run(*args, "--plan", plan).stdout
        assert "\x1b" not in out
        assert "\\x1b[2J[red]QĐ 1[/red]" in out


def test_history_on_an_80_column_terminal_keeps_its_text_readable() -> None:
    """At 80 columns the author and time of writing give way to the evidence (no column
    folded a letter or two per line); from 100 columns they are shown."""
    args = ("history", "IV.2.a", "--plan", str(PLAN), "--as-of", "2025-01-01")
    narrow = run(*args, env={"COLUMNS": "80"}).stdout
    assert "Bởi" not in narrow
    assert "Ghi lúc" not in narrow
    assert "Nghị quyết số 68/NQ-CP" in narrow  # the evidence, unbroken
    assert max(len(line) for line in narrow.splitlines()) <= 80
    wide = run(*args, env={"COLUMNS": "120"}).stdout
    assert "Bởi" in wide
    assert "Ghi lúc" in wide
