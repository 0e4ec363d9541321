"""The library API (nq42cli.api): what the CLI does, callable from Python, with typed errors.

The command line is tested through its own runner elsewhere; these tests pin the same
behaviour one layer down, where a script or a notebook meets it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from nq42cli import api
from nq42cli.core import fsio
from tests.conftest import PLAN
from tests.progress_helpers import workspace

Q1 = api.parse_period("2024Q1")


def test_load_finds_the_plan_and_its_progress() -> None:
    """A loaded plan knows where it came from and holds the recorded progress."""
    loaded = api.load(PLAN)
    assert loaded.location.plan == PLAN
    assert loaded.location.progress == PLAN.parent / "progress"
    assert [r.on for r in loaded.progress.records("IV.2.a")] == [date(2024, 5, 9)]


def test_load_reports_every_problem_with_its_position(tmp_path: Path) -> None:
    """An invalid plan raises DataError carrying positioned problems, nothing printed."""
    bad = tmp_path / "plan.yaml"
    bad.write_text("plan: [\n", encoding="utf-8")
    with pytest.raises(api.DataError) as caught:
        api.load(bad)
    [problem] = caught.value.problems
    assert (problem.path, problem.line, problem.code) == (str(bad), 2, "yaml.syntax")
    missing = tmp_path / "nowhere"
    with pytest.raises(api.DataError) as caught:
        api.load(PLAN, missing)
    assert [p.code for p in caught.value.problems] == ["file.missing"]


@pytest.mark.parametrize("what", ["due", "overdue", "ongoing", "list"])
def test_query_answers_the_same_from_the_index_the_plan_and_a_loaded_plan(what: str) -> None:
    """use_index only changes the speed: the rows are the same three ways."""
    day = date(2024, 4, 1)
    period = Q1 if what == "due" else None

    def ids(**source: object) -> list[tuple[str, date | None]]:
        found = api.query(what, as_of=day, period=period, **source)  # type: ignore[arg-type]
        assert found.query.value == what
        return [(r.duty.id, r.completed_on) for r in found.rows]

    cold = ids(plan=PLAN, use_index=False)
    assert cold == ids(plan=PLAN)  # builds the index
    assert cold == ids(plan=PLAN)  # served by it
    assert cold == ids(plan=api.load(PLAN))


def test_query_refuses_what_it_cannot_answer() -> None:
    """A due query needs a period; a filter naming nothing is a FilterError, not an empty list."""
    with pytest.raises(api.UsageError, match="needs a period"):
        api.query("due", as_of=date(2024, 4, 1), plan=PLAN)
    with pytest.raises(api.UsageError, match="no query 'late'"):
        api.query("late", as_of=date(2024, 4, 1), plan=PLAN)
    with pytest.raises(api.FilterError) as caught:
        api.query("list", as_of=date(2024, 4, 1), plan=PLAN, filters=api.Filters(section="VI"))
    assert caught.value.option == "--section"


def test_show_status_classify_and_history_agree() -> None:
    """IV.2.a, done 09/05/2024 against a Q1 deadline, reads the same in every view."""
    day = date(2024, 6, 30)
    loaded = api.load(PLAN)
    detail = api.show("iv.2.a", as_of=day, plan=loaded)
    assert (detail.row.duty.id, detail.row.completed_on) == ("IV.2.a", date(2024, 5, 9))
    state = api.classify("IV.2.a", as_of=day, plan=loaded)
    assert (state.status.value, state.days_late) == ("done_late", 39)
    table = api.status(as_of=day, plan=loaded, filters=api.Filters(section="IV.2"))
    assert [r.duty.id for r in table.rows] == ["IV.2.a", "IV.2.b", "IV.2.c", "IV.2.d"]
    assert table.plan == "Kế hoạch 19-KH/TW"
    history = api.history("IV.2.a", as_of=day, plan=loaded)
    assert history.state.status == state.status
    assert len(history.records) == 1
    with pytest.raises(api.UsageError) as caught:
        api.show("IV.2", as_of=day, plan=loaded)
    assert caught.value.option == "ID"
    assert "its duties are IV.2.a" in caught.value.message


def test_append_record_writes_and_the_next_answer_sees_it(tmp_path: Path) -> None:
    """A record lands in the duty's file, and the index answers with it at once."""
    plan = workspace(tmp_path)
    day = date(2024, 4, 1)
    assert "IV.6.a" in [r.duty.id for r in api.query("overdue", as_of=day, plan=plan).rows]
    done = api.append_record(
        "iv.6.a", "done", on=date(2024, 3, 28), evidence="CTr 01", by="Lan", plan=plan, today=day
    )
    assert (done.duty, done.event.value, done.owner) == ("IV.6.a", "done", None)
    assert done.path.endswith("progress/IV.6.a.yaml")
    assert "IV.6.a" not in [r.duty.id for r in api.query("overdue", as_of=day, plan=plan).rows]
    part = api.append_record("IV.4.b", "started", on=day, owner="ban kinh te", plan=plan, today=day)
    assert part.owner == "bkttw"


def test_append_record_raises_typed_errors_and_writes_nothing(tmp_path: Path) -> None:
    """Each refusal has its type; the files stay byte for byte."""
    plan = workspace(tmp_path)
    folder = plan.parent / "progress"

    def files() -> list[tuple[str, bytes]]:
        # The lock file stays once made (git-ignored): it is not a record.
        return sorted(
            (p.name, p.read_bytes()) for p in folder.iterdir() if p.name != fsio.LOCK_NAME
        )

    before = files()
    day = date(2024, 6, 1)

    def record(duty: str, event: str = "done", **fields: object) -> object:
        return api.append_record(
            duty,
            event,
            on=fields.pop("on", date(2024, 5, 20)),  # type: ignore[arg-type]
            plan=plan,
            today=day,
            **fields,  # type: ignore[arg-type]
        )

    with pytest.raises(api.UsageError) as usage:
        record("IV.9.z", evidence="x")
    assert usage.value.option == "ID"
    with pytest.raises(api.UsageError) as usage:
        record("IV.6.a", evidence="x", owner="bo y te")
    assert usage.value.option == "--owner"
    with pytest.raises(api.UsageError, match="no event 'finished'"):
        record("IV.6.a", "finished")
    with pytest.raises(api.RecordRefused) as refused:
        record("IV.2.a", evidence="again")  # already done on 09/05/2024
    assert not refused.value.usage
    assert "already recorded as done" in refused.value.messages[0]
    with pytest.raises(api.RecordRefused) as refused:
        record("IV.6.a")  # done without evidence
    assert refused.value.usage
    with pytest.raises(api.RecordRefused) as refused:
        record("IV.6.a", evidence="x", on=date(2024, 7, 1))  # after today
    assert refused.value.usage
    with fsio.locked(folder), pytest.raises(api.LockTimeout) as locked:
        record("IV.6.a", evidence="x", lock_timeout=0)
    assert locked.value.folder == folder
    assert files() == before


def test_the_bundled_plan_is_never_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a plan of one's own, recording asks for a progress folder."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(api.UsageError) as usage:
        api.append_record("IV.2.a", "note", note="x", on=date(2024, 6, 1))
    assert usage.value.option == "--status"
    mine = api.append_record("IV.2.a", "note", note="x", on=date(2024, 6, 1), progress="mine")
    assert mine.path == "mine/IV.2.a.yaml"


def test_validate_when_extract_schema_and_calendar(tmp_path: Path) -> None:
    """The checking and reading functions return results, never print, never exit."""
    assert api.validate([PLAN]).valid
    broken = tmp_path / "broken.yaml"
    broken.write_text("plan: {}\n", encoding="utf-8")
    checked = api.validate([PLAN, broken])
    assert (checked.files, checked.invalid_files, checked.valid) == (2, 1, False)
    phrase = "hoàn thành trong quý I/2024; tổ chức thực hiện từ quý II/2024"
    reading = api.when(phrase, exact=True)
    assert [r.window.kind.value for r in reading.readings] == ["deadline", "ongoing"]
    with pytest.raises(api.TimeParseError) as bad:
        api.when("hoàn thành sớm trong quý I/2024", exact=True)
    assert bad.value.code == "time.unreadable"
    found = api.when("hoàn thành sớm trong quý I/2024 theo Nghị quyết số 57-NQ/TW ngày 22/12/2024")
    assert [(sp.text, sp.code) for sp in found.spans] == [
        ("trong quý I/2024", None),
        ("ngày 22/12/2024", "span.citation"),
    ]
    assert [r.window.kind.value for r in found.readings] == ["deadline"]
    assert api.when("Chiến lược đến năm 2030").read == []
    assert json.loads(api.schema("plan").text)["title"] == "Plan"
    with pytest.raises(api.UsageError, match="no schema 'nope'"):
        api.schema("nope")
    prose = tmp_path / "prose.txt"
    prose.write_text("Xin chào.\n", encoding="utf-8")
    empty = api.extract(prose)  # never refused: a draft with no duty, its coverage says so
    assert (empty.draft.duties, empty.valid) == ([], True)
    assert '"duties": 0' in api.export(empty.coverage, "json").decode()
    with pytest.raises(api.UsageError):
        api.extract(tmp_path / "missing.txt")
    cal = api.calendar(plan=PLAN, filters=api.Filters(owner="BKTTW"))
    assert {r.duty.id for r in cal.rows} >= {"IV.4.b"}
    assert api.export(cal, "ics").startswith(b"BEGIN:VCALENDAR")


def test_export_gives_the_bytes_of_any_registered_format() -> None:
    """export() is the registry's bytes: the BOM only when asked, xlsx as a zip."""
    found = api.query("due", as_of=date(2024, 3, 15), period=Q1, plan=PLAN)
    assert api.export(found, "csv").startswith(b"id,section,")
    assert api.export(found, "csv", bom=True).startswith(b"\xef\xbb\xbfid,section,")
    assert api.export(found, "xlsx").startswith(b"PK")
    assert json.loads(api.export(found, "json"))[0]["id"] == "IV.2.a"
    assert "Due in 2024Q1" in api.export(found, "md", lang="en").decode()
    with pytest.raises(api.UsageError, match="listing has no format 'ics'"):
        api.export(found, "ics")
    assert "ics" not in api.formats("listing")


@pytest.mark.process
def test_importing_the_api_loads_no_yaml_pydantic_or_rich() -> None:
    """A script that answers from the index pays only for what it uses."""
    code = (
        "import sys, nq42cli.api\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'yaml', 'pydantic', 'rich'}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout == "[]\n"


def test_the_api_prints_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Reports are return values: a failing call prints nothing either."""
    api.status(as_of=date(2024, 6, 30), plan=PLAN)
    with pytest.raises(api.DataError):
        api.load(tmp_path / "missing.yaml")
    assert capsys.readouterr() == ("", "")
