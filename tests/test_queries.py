"""Due, overdue and ongoing on the real plan, through the core API and the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from nq42cli.core import queries
from nq42cli.core.loader import load_plan
from nq42cli.core.models import Plan
from nq42cli.core.queries import Filters
from nq42cli.core.vocab import Role
from nq42cli.core.windows import Period, parse_period
from tests.conftest import PLAN, done_records, run


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(PLAN).plan


def ids(rows: list[queries.Row]) -> list[str]:
    return [r.duty.id for r in rows]


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("2023Q4", ["II.1", "II.2", "II.3"]),
        ("2024Q1", ["IV.2.a", "IV.4.b", "IV.6.a"]),
        ("2024Q2", ["IV.3.a"]),
        ("2024Q3", []),
        ("2025", ["IV.2.b"]),
        ("2023-12", ["II.1", "II.2", "II.3"]),
    ],
)
def test_due_by_period(plan: Plan, period: str, expected: list[str]) -> None:
    """A duty is due in a period when the last day of a deadline window falls in it."""
    p = parse_period(period)
    assert ids(queries.due([plan], p, date(2024, 1, 1))) == expected


def test_due_in_a_custom_range(plan: Plan) -> None:
    """--from/--to: II.1 ends 10/12/2023, the month-long deadlines on 31/12."""
    p = Period(date(2023, 12, 1), date(2023, 12, 15))
    assert ids(queries.due([plan], p, date(2023, 12, 1))) == ["II.1"]


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (date(2023, 12, 10), []),  # II.1 is due by the end of 10/12: not yet late
        (date(2023, 12, 11), ["II.1"]),
        (date(2023, 12, 31), ["II.1"]),
        (date(2024, 1, 1), ["II.1", "II.2", "II.3"]),
        (date(2024, 3, 31), ["II.1", "II.2", "II.3"]),  # Q1 duties are not late on 31/03
        (date(2024, 4, 1), ["II.1", "II.2", "II.3", "IV.2.a", "IV.4.b", "IV.6.a"]),
        (date(2024, 7, 1), ["II.1", "II.2", "II.3", "IV.2.a", "IV.4.b", "IV.6.a", "IV.3.a"]),
        (
            date(2026, 1, 1),
            ["II.1", "II.2", "II.3", "IV.2.a", "IV.4.b", "IV.6.a", "IV.3.a", "IV.2.b"],
        ),
    ],
)
def test_overdue_as_of(plan: Plan, as_of: date, expected: list[str]) -> None:
    """Overdue means the deadline's last day is before as_of and nothing is recorded."""
    assert ids(queries.overdue([plan], as_of)) == expected


def test_completion_clears_overdue(plan: Plan) -> None:
    """A recorded completion takes a duty off the overdue list from its day on."""
    done = done_records({"IV.2.a": date(2024, 5, 9)})
    # Records dated after as_of are not known yet.
    assert "IV.2.a" in ids(queries.overdue([plan], date(2024, 5, 8), records=done))
    assert "IV.2.a" not in ids(queries.overdue([plan], date(2024, 5, 9), records=done))


def test_days_late_counts_from_the_deadline(plan: Plan) -> None:
    """One day after the last day of Q1 is one day late, with no days left."""
    row = next(r for r in queries.overdue([plan], date(2024, 4, 1)) if r.duty.id == "IV.2.a")
    assert (row.days_left, row.days_late) == (0, 1)


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (date(2023, 11, 26), ["IV.1.c", "IV.2.c", "IV.2.d", "IV.3.b"]),
        (
            date(2023, 11, 27),
            ["II.2", "IV.1.c", "IV.2.c", "IV.2.d", "IV.3.a", "IV.3.b", "V.1", "V.3"],
        ),
        (
            date(2023, 12, 1),
            [
                "II.2",
                "IV.1.c",
                "IV.2.c",
                "IV.2.d",
                "IV.3.a",
                "IV.3.b",
                "IV.4.a",
                "IV.6.b",
                "V.1",
                "V.3",
            ],
        ),
        (
            date(2024, 4, 1),
            [
                "II.2",
                "IV.1.c",
                "IV.2.c",
                "IV.2.d",
                "IV.3.a",
                "IV.3.b",
                "IV.4.a",
                "IV.4.b",
                "IV.6.b",
                "V.1",
                "V.3",
            ],
        ),
    ],
)
def test_ongoing_as_of(plan: Plan, as_of: date, expected: list[str]) -> None:
    """Ongoing parts count from their start; 'thường xuyên' from the plan's date (27/11/2023)."""
    assert ids(queries.ongoing([plan], as_of)) == expected


def test_per_schedule_and_undated_are_never_due_but_listed(plan: Plan) -> None:
    """IV.1.b (theo tiến độ) and undated duties appear in list only."""
    everything = ids(queries.listing([plan], date(2024, 1, 1)))
    assert len(everything) == 26
    assert "IV.1.b" in everything
    far = Period(date(1900, 1, 1), date(2200, 12, 31))
    due_ids = ids(queries.due([plan], far, date(2024, 1, 1)))
    assert "IV.1.b" not in due_ids
    assert "III.1" not in due_ids


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(owner="ban kinh te"), ["IV.4.a", "IV.4.b", "V.3"]),
        (Filters(owner="BKTTW", role=Role.LEAD), ["IV.4.b", "V.3"]),
        (Filters(owner="Ban Kinh tế Trung ương", role=Role.PARTNER), ["IV.4.a"]),
        # "bí thư tỉnh uỷ, thành uỷ, …" (II.3, V.2) also names the provinces
        (Filters(owner="tinh uy"), ["II.3", "IV.6.a", "IV.6.b", "V.2"]),
        (Filters(owner="TỈNH ỦY"), ["II.3", "IV.6.a", "IV.6.b", "V.2"]),  # "ủy" finds "uỷ"
        (Filters(owner="tinh_thanh_uy"), ["IV.6.a", "IV.6.b"]),
        (Filters(section="III"), ["III.1", "III.2", "III.3", "III.4", "III.5"]),
        (Filters(section="iv.2"), ["IV.2.a", "IV.2.b", "IV.2.c", "IV.2.d"]),
        (Filters(search="thể chế hóa"), ["III.3", "IV.1.a"]),  # the plan spells it "hoá"
        (Filters(search="SO HOA"), ["IV.2.d"]),
        (Filters(role=Role.LEAD, section="V"), ["V.3"]),
    ],
)
def test_filters(plan: Plan, filters: Filters, expected: list[str]) -> None:
    """Filters ignore case, accents and tone placement; owner and role apply together."""
    assert ids(queries.listing([plan], date(2024, 1, 1), filters)) == expected


def test_due_json_shape() -> None:
    """The JSON rows carry id, section, text, owners, timing, windows, deadline and days."""
    out = run(
        "due", "--quarter", "quý I/2024", "--as-of", "2024-03-01", "-f", "json", "--plan", str(PLAN)
    )
    rows = json.loads(out.stdout)
    first = rows[0]
    assert first["id"] == "IV.2.a"
    assert first["section"] == "IV"
    assert first["text"].startswith("Chỉ đạo xây dựng, ban hành Chương trình hành động")
    assert first["owners"] == [
        {
            "key": "bcsd_cp",
            "name": "Ban cán sự đảng Chính phủ",
            "short": "BCSĐCP",
            "name_now": "Ban cán sự đảng Chính phủ",
            "short_now": "BCSĐCP",
            "role": "responsible",
            "as_written": None,
        }
    ]
    assert first["timing"] == "hoàn thành trong quý I/2024"
    assert first["windows"] == [
        {
            "kind": "deadline",
            "start": "2024-01-01",
            "end": "2024-03-31",
            "every": None,
            "anchor": None,
            "flags": [],
            "text": "quý I/2024",
        }
    ]
    assert first["deadline"] == "2024-03-31"
    assert first["days_left"] == 30
    assert first["days_late"] == 0
    assert first["as_of"] == "2024-03-01"


@pytest.mark.parametrize(
    "args",
    [
        ["--quarter", "2024Q1"],
        ["--quarter", "Q1/2024"],
        ["--quarter", "quý I/2024"],
        ["--quarter", "quy i/2024"],
        ["--from", "2024-01-01", "--to", "2024-03-31"],
        ["--from", "01/01/2024", "--to", "31/03/2024"],
    ],
)
def test_due_quarter_spellings_on_the_cli(args: list[str]) -> None:
    """Every spelling of Q1/2024 gives the same three duties."""
    out = run("due", *args, "--as-of", "2024-01-01", "-f", "json", "--plan", str(PLAN))
    assert [r["id"] for r in json.loads(out.stdout)] == ["IV.2.a", "IV.4.b", "IV.6.a"]


def test_month_and_year_on_the_cli() -> None:
    """--month and --year select their periods."""
    out = run(
        "due", "--month", "2023-12", "--as-of", "2024-01-01", "-f", "json", "--plan", str(PLAN)
    )
    assert [r["id"] for r in json.loads(out.stdout)] == ["II.1", "II.2", "II.3"]
    out = run("due", "--year", "2025", "--as-of", "2024-01-01", "-f", "json", "--plan", str(PLAN))
    assert [r["id"] for r in json.loads(out.stdout)] == ["IV.2.b"]


def test_overdue_and_ongoing_on_the_cli() -> None:
    """overdue and ongoing answer as of the given day, with the filters."""
    out = run(
        "overdue",
        "--as-of",
        "2024-04-01",
        "--owner",
        "ban can su dang chinh phu",
        "-f",
        "json",
        "--plan",
        str(PLAN),
    )
    assert [r["id"] for r in json.loads(out.stdout)] == ["IV.2.a"]
    out = run(
        "ongoing", "--as-of", "2024-04-01", "--section", "IV.4", "-f", "json", "--plan", str(PLAN)
    )
    rows = json.loads(out.stdout)
    assert [(r["id"], r["since"]) for r in rows] == [
        ("IV.4.a", "2023-12-01"),
        ("IV.4.b", "2024-04-01"),
    ]


def test_csv_and_markdown_exact() -> None:
    """CSV and Markdown outputs are stable text."""
    out = run(
        "due", "--quarter", "2024Q2", "--as-of", "2024-06-01", "-f", "csv", "--plan", str(PLAN)
    )
    assert (
        out.stdout.splitlines()[0]
        == "id,section,owners,text,timing,windows,deadline,days_left,days_late,since,completed_on,"
        "as_of,reported,last_report,result,original_deadline"
    )
    assert out.stdout.splitlines()[1].startswith(
        "IV.3.a,IV,Đảng đoàn Mặt trận Tổ quốc Việt Nam (thực hiện);"
    )
    assert out.stdout.splitlines()[1].endswith(
        ",quý II/2024; thường xuyên,2024-06-30,29,0,,,2024-06-01,no,,,"
    )
    md = run("due", "--quarter", "2024Q2", "--as-of", "2024-06-01", "-f", "md", "--plan", str(PLAN))
    lines = md.stdout.splitlines()
    # Markdown is for people: its words follow --lang (Vietnamese by default).
    assert lines[0] == "# Đến hạn trong 2024Q2"
    assert lines[2] == "Tính đến ngày 01/06/2024."
    assert lines[4] == (
        "| Mã | Mục | Cơ quan chủ trì / thực hiện | Nhiệm vụ | Thời hạn (theo văn bản) "
        "| Khung thời gian | Hạn | Số ngày còn lại | Số ngày quá hạn | Thực hiện từ ngày "
        "| Ngày hoàn thành |"
    )
    assert lines[6].startswith("| IV.3.a | IV |")


def test_a_finished_duty_is_as_late_as_its_completion() -> None:
    """IV.2.a, done 09/05/2024, stays 39 days late; nothing is left to count down."""
    out = run("due", "-q", "2024Q1", "--as-of", "2026-11-29", "-f", "json", "--plan", str(PLAN))
    row = json.loads(out.stdout)[0]
    assert (row["id"], row["completed_on"], row["days_late"], row["days_left"]) == (
        "IV.2.a",
        "2024-05-09",
        39,
        None,
    )
    csv_line = run(
        "due", "-q", "2024Q1", "--as-of", "2026-11-29", "-f", "csv", "--plan", str(PLAN)
    ).stdout.splitlines()[1]
    # Owners go by the name in force; the last report is the completion's own record.
    assert csv_line.startswith(
        "IV.2.a,IV,Đảng ủy Chính phủ (Kế hoạch ghi: Ban cán sự đảng Chính phủ) (thực hiện),"
    )
    assert ",2024-03-31,,39,,2024-05-09,2026-11-29,yes,2024-05-09,Nghị quyết số 68/NQ-CP" in (
        csv_line
    )
    # No adjusted deadline: the original_deadline column, last, is empty.
    assert csv_line.endswith("Nghị quyết số 42-NQ/TW,")


def test_default_plan_is_found_from_any_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no ./data/plan.yaml, the bundled plan answers."""
    monkeypatch.chdir(tmp_path)
    out = run("due", "--quarter", "2024Q1", "--as-of", "2024-01-01", "-f", "json")
    assert len(json.loads(out.stdout)) == 3


def test_nq42_plan_env_selects_the_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """NQ42_PLAN points at another plan file."""
    other = tmp_path / "other.yaml"
    other.write_text(
        PLAN.read_text(encoding="utf-8")
        .replace('"quý I/2024"', '"quý II/2024"', 1)
        .replace("hoàn thành trong quý I/2024", "hoàn thành trong quý II/2024", 1),
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    out = run(
        "due",
        "--quarter",
        "2024Q1",
        "--as-of",
        "2024-01-01",
        "-f",
        "json",
        env={"NQ42_PLAN": str(other)},
    )
    assert [r["id"] for r in json.loads(out.stdout)] == ["IV.4.b", "IV.6.a"]
