"""``nq42 export ics``: deadlines as all-day calendar events, checked with icalendar's parser."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from tests.conftest import PLAN, posix_only, run

DEADLINES = {
    # (duty, window index): due day, from data/plan.yaml
    ("II.1", 0): date(2023, 12, 10),
    ("II.2", 0): date(2023, 12, 31),
    ("II.3", 0): date(2023, 12, 31),
    ("IV.2.a", 0): date(2024, 3, 31),
    ("IV.2.b", 0): date(2025, 12, 31),
    ("IV.3.a", 0): date(2024, 6, 30),
    ("IV.4.b", 0): date(2024, 3, 31),
    ("IV.6.a", 0): date(2024, 3, 31),
}


def _events(data: bytes) -> dict[str, Event]:
    cal = Calendar.from_ical(data)
    events = [e for e in cal.walk("VEVENT") if isinstance(e, Event)]
    by_id = {str(e["summary"]).removeprefix("✓ ").split(" ")[0].rstrip(":"): e for e in events}
    assert len(by_id) == len(events)
    return by_id


def _export(*args: str, code: int = 0) -> bytes:
    return run("export", "ics", "--plan", str(PLAN), *args, code=code).stdout_bytes


def test_one_all_day_event_per_deadline() -> None:
    """Every deadline window is an event on its due day; ongoing/undated parts are not."""
    events = _events(_export())
    assert sorted(events) == sorted(d for d, _ in DEADLINES)
    for (duty, _), due in DEADLINES.items():
        event = events[duty]
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert type(start) is date  # VALUE=DATE: no time, so no time-zone shift
        assert (start, end) == (due, due + timedelta(days=1))
    raw = _export().decode()
    assert raw.count("DTSTART;VALUE=DATE:") == len(DEADLINES)
    assert "IV.1.c" not in raw  # "từ năm 2023" is ongoing only


def test_summary_and_description() -> None:
    """Summary has the duty id, owners' short names and the window; description the text."""
    event = _events(_export())["IV.4.b"]
    assert str(event["summary"]) == (
        "IV.4.b — BKTTW · Các ban đảng · BCSĐ, ĐĐ · ĐU trực thuộc TW: hạn quý I/2024"
    )
    description = str(event["description"])
    assert description.startswith(
        "Chủ trì, phối hợp với các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc "
        "Trung ương xây dựng kế hoạch kiểm tra, giám sát việc triển khai thực hiện Nghị quyết.\n\n"
    )
    assert "Thời hạn: hoàn thành kế hoạch trong quý I/2024; tổ chức thực hiện từ quý II/2024" in (
        description
    )
    assert "Ban Kinh tế Trung ương (chủ trì)" in description
    assert str(event["transp"]) == "TRANSPARENT"


def test_uids_are_stable_and_unique() -> None:
    """UIDs hash plan/duty/window, so a new export updates the events it replaces."""
    first, second = _events(_export()), _events(_export("--remind", "3d"))
    assert {k: str(e["uid"]) for k, e in first.items()} == {
        k: str(e["uid"]) for k, e in second.items()
    }
    expected = hashlib.sha256(b"19-KH/TW/IV.2.a/0").hexdigest()[:32] + "@nq42"
    assert str(first["IV.2.a"]["uid"]) == expected
    assert len({str(e["uid"]) for e in first.values()}) == len(first)


def test_reminder_lead_time() -> None:
    """--remind sets the alarm before the deadline: 14 days by default, weeks, or none."""
    for args, lead in (((), 14), (("--remind", "2w"), 14), (("--remind", "3d"), 3)):
        event = _events(_export(*args))["IV.6.a"]
        (alarm,) = event.subcomponents
        assert alarm.name == "VALARM"
        assert str(alarm["action"]) == "DISPLAY"
        assert alarm.decoded("trigger") == timedelta(days=-lead)
    assert all(not e.subcomponents for e in _events(_export("--remind", "none")).values())


def test_a_deadline_met_is_marked_done_and_reminds_no_one() -> None:
    """IV.2.a was done on 09/05/2024 (shipped progress): its event says so, with no alarm."""
    event = _events(_export())["IV.2.a"]
    assert str(event["summary"]).startswith("✓ IV.2.a")
    assert str(event["summary"]).endswith("(đã hoàn thành)")
    assert "Đã hoàn thành ngày 09/05/2024" in str(event["description"])
    assert not event.subcomponents


def test_bad_remind_is_a_usage_error() -> None:
    """An unreadable --remind exits 2 and says what to write."""
    out = run("export", "ics", "--remind", "soon", code=2)
    assert "write days or weeks (14d, 2w) or 'none'" in out.stderr


def test_owner_filter() -> None:
    """--owner keeps the deadlines of that owner's duties (folded match, like other commands)."""
    assert sorted(_events(_export("--owner", "ban kinh te"))) == ["IV.4.b"]
    assert sorted(_events(_export("--owner", "BCSĐCP"))) == ["IV.2.a", "IV.2.b"]
    # An owner that matches nothing is a typo to report, not an empty calendar.
    out = run("export", "ics", "--plan", str(PLAN), "--owner", "nobody", code=2)
    assert "no owner matches 'nobody'" in out.output + out.stderr


def test_output_file_atomic_and_no_clobber(tmp_path: Path) -> None:
    """-o writes the file; an existing one needs --force; no temporary file is left behind."""
    target = tmp_path / "plan.ics"
    run("export", "ics", "--plan", str(PLAN), "-o", str(target))
    assert len(_events(target.read_bytes())) == len(DEADLINES)
    target.write_bytes(b"keep me")
    out = run("export", "ics", "--plan", str(PLAN), "-o", str(target), code=2)
    assert "exists; add --force" in out.stderr
    assert target.read_bytes() == b"keep me"
    run("export", "ics", "--plan", str(PLAN), "-o", str(target), "--force")
    assert len(_events(target.read_bytes())) == len(DEADLINES)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.ics"]
    run("export", "ics", "-o", str(tmp_path / "no" / "x.ics"), code=2)


def test_dash_writes_to_stdout() -> None:
    """-o - is standard output, with the CRLF line ends RFC 5545 asks for."""
    data = run("export", "ics", "--plan", str(PLAN), "-o", "-").stdout_bytes
    assert data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))


def test_text_from_data_cannot_inject(tmp_path: Path) -> None:
    """Control characters show escaped; newlines and ; , are escaped so no property is added."""
    text = PLAN.read_text(encoding="utf-8").replace(
        "Chỉ đạo xây dựng, ban hành Chương trình",
        "Chỉ đạo\\e[2J xây dựng\\nEND:VEVENT; ban hành Chương trình",
        1,
    )
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    data = run("export", "ics", "--plan", str(plan)).stdout_bytes
    assert b"\x1b" not in data
    assert data.count(b"\r\nEND:VEVENT\r\n") == len(DEADLINES)
    description = str(_events(data)["IV.2.a"]["description"])
    # A line break stays a line break in the description (icalendar writes it as \n).
    assert description.startswith("Chỉ đạo\\x1b[2J xây dựng\nEND:VEVENT; ban hành")


def test_invalid_plan_exits_1(tmp_path: Path) -> None:
    """A plan with errors gives its problems on stderr, exit 1, and no calendar."""
    plan = tmp_path / "plan.yaml"
    plan.write_text("plan: {}\n", encoding="utf-8")
    out = run("export", "ics", "--plan", str(plan), code=1)
    assert out.stdout == ""
    assert f"{plan}:1:7: plan: missing 'id'" in out.stderr


@posix_only
def test_written_file_has_the_usual_mode(tmp_path: Path) -> None:
    """The atomic write does not leave the private mode of its temporary file (umask 022)."""
    import os

    old = os.umask(0o022)
    try:
        target = tmp_path / "plan.ics"
        run("export", "ics", "--plan", str(PLAN), "-o", str(target))
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o644


def test_a_recurring_window_is_one_event_with_its_rounds(tmp_path: Path) -> None:
    """'trước ngày 20/10 hằng năm': one event with an RRULE whose occurrences are the
    rounds (19/10, the day before), a settled round overridden as done with no alarm.

    Also checked by hand with khal and calcurse (docs/ci.md says what each shows).
    """
    from dateutil.rrule import rrulestr

    text = PLAN.read_text(encoding="utf-8")
    start = text.index("  - id: V.3")
    yearly = "trước ngày 20/10 hằng năm"
    v3 = text[start:].replace(
        '    timing: "thường xuyên"\n    timing_source: text\n    windows:\n      - "thường xuyên"',
        f'    timing: "{yearly}"\n    windows:\n      - "{yearly}"',
    )
    plan = tmp_path / "data" / "plan.yaml"
    plan.parent.mkdir()
    plan.write_text(text[:start] + v3, encoding="utf-8")
    run("record", "V.3", "--done", "--on", "2024-10-15", "--evidence", "Báo cáo số 1",
        "--plan", str(plan))  # fmt: skip
    cal = Calendar.from_ical(run("export", "ics", "--plan", str(plan)).stdout_bytes)
    v3_events = [
        e for e in cal.walk("VEVENT") if str(e["summary"]).removeprefix("✓ ").startswith("V.3 ")
    ]
    (master,) = [e for e in v3_events if "recurrence-id" not in e]
    (settled,) = [e for e in v3_events if "recurrence-id" in e]
    assert master.decoded("dtstart") == date(2024, 10, 19)
    raw = master["rrule"].to_ical()
    rule = raw.decode() if isinstance(raw, bytes) else str(raw)
    assert rule == "FREQ=YEARLY;BYMONTHDAY=19;BYMONTH=10"
    rounds = rrulestr(rule, dtstart=datetime(2024, 10, 19))
    shown = rounds.between(datetime(2024, 1, 1), datetime(2026, 12, 31), inc=True)
    assert [d.date() for d in shown] == [date(2024 + i, 10, 19) for i in range(3)]
    assert len(master.subcomponents) == 1  # open rounds remind
    assert settled.decoded("recurrence-id") == date(2024, 10, 19)
    assert str(settled["uid"]) == str(master["uid"])
    assert str(settled["summary"]).startswith("✓ V.3")
    assert "Đã hoàn thành ngày 15/10/2024" in str(settled["description"])
    assert not settled.subcomponents  # done: no alarm
