"""Progress records and status classes, at the core: loading, checks, completion, classes."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nq42cli.core.loader import load_plan
from nq42cli.core.models import Duty, Plan
from nq42cli.core.problems import DataError
from nq42cli.core.progress import (
    DutyProgress,
    Event,
    Record,
    _ends_with_record_list,
    check_appended,
    check_records,
    completion,
    load_progress,
    parse_duty_text,
    record_yaml,
    required_parts,
)
from nq42cli.core.queries import entry
from nq42cli.core.rules import Verdict
from nq42cli.core.status import Status, classify, status_rows, summarize
from nq42cli.core.windows import WindowKind
from nq42cli.render.labels import label_of
from nq42cli.render.records import owner_line
from tests.conftest import PLAN
from tests.progress_helpers import BUNDLED_PROGRESS, PROGRESS, write_progress

TODAY = date(2026, 1, 1)


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(PLAN).plan


def duty(plan: Plan, duty_id: str) -> Duty:
    return next(d for d in plan.duties if d.id == duty_id)


def done(on: str, owner: str | None = None, *, force: bool = False) -> Record:
    return Record(
        event=Event.DONE, on=date.fromisoformat(on), owner=owner, evidence="doc", force=force
    )


def judged(plan: Plan, d: Duty, done_on: date | None, as_of: date) -> Verdict:
    """The verdict on ``d`` as of ``as_of`` when a whole-duty done is recorded on ``done_on``."""
    records = [done(done_on.isoformat())] if done_on else []
    return classify(entry(plan, d), records, as_of)


# --------------------------------------------------------------------------- shipped data


def test_bundled_progress_is_a_byte_identical_copy() -> None:
    """The package ships the same progress files as data/progress/."""
    ours = sorted(p.name for p in PROGRESS.iterdir())
    assert ours == sorted(p.name for p in BUNDLED_PROGRESS.iterdir())
    for name in ours:
        assert (PROGRESS / name).read_bytes() == (BUNDLED_PROGRESS / name).read_bytes(), name


def test_shipped_progress_says_iv2a_was_done_late(plan: Plan) -> None:
    """IV.2.a (due Q1/2024) was done by Nghị quyết 68/NQ-CP on 09/05/2024: 39 days late."""
    from nq42cli.core.owners import load_registry

    directory = load_registry(PROGRESS.parent / "owners.yaml").directory
    progress = load_progress(PROGRESS, plan, today=TODAY, directory=directory)
    assert sorted(progress.duties) == ["II.1", "II.2", "III.1", "IV.2.a", "IV.6.a"]
    rows = status_rows([plan], date(2024, 6, 1), records=progress.book(), directory=directory)
    [row] = [r for r in rows if r.duty.id == "IV.2.a"]
    assert row.status is Status.DONE_LATE
    assert row.deadline == date(2024, 3, 31)
    assert row.completed_on == date(2024, 5, 9)
    assert row.days_late == 39
    assert row.completion is not None
    assert row.completion.evidence[0].startswith("Nghị quyết số 68/NQ-CP ngày 09/5/2024")


# --------------------------------------------------------------------------- classes


def _deadline_duties(plan: Plan) -> list[str]:
    return [d.id for d in plan.duties if any(w.deadline for w in d.windows)]


def test_every_deadline_duty_either_side_of_its_deadline(plan: Plan) -> None:
    """Open: in time on the deadline day, overdue the day after; done: same boundary."""
    ids = _deadline_duties(plan)
    assert len(ids) == 8
    for duty_id in ids:
        d = duty(plan, duty_id)
        deadline = min(w.deadline for w in d.windows if w.deadline)
        before, after = deadline - timedelta(days=1), deadline + timedelta(days=1)
        assert judged(plan, d, None, before).status is Status.OPEN_IN_TIME, duty_id
        on_day = judged(plan, d, None, deadline)
        assert (on_day.status, on_day.days_left, on_day.days_late) == (
            Status.OPEN_IN_TIME,
            0,
            0,
        )
        late = judged(plan, d, None, after)
        assert (late.status, late.days_late) == (Status.OPEN_OVERDUE, 1), duty_id
        assert judged(plan, d, before, after).status is Status.DONE_ON_TIME
        assert judged(plan, d, deadline, after).status is Status.DONE_ON_TIME
        late_done = judged(plan, d, after, after + timedelta(days=5))
        assert (late_done.status, late_done.days_late) == (Status.DONE_LATE, 1), duty_id


def test_duties_without_deadline_are_ongoing_or_without_deadline(plan: Plan) -> None:
    """Ongoing parts make 'thực hiện thường xuyên'; per-schedule and undated: 'không thời hạn'."""
    for d in plan.duties:
        if any(w.deadline for w in d.windows):
            continue
        kinds = {w.kind for w in d.windows}
        want = Status.ONGOING if WindowKind.ONGOING in kinds else Status.NO_DEADLINE
        for day in (date(2023, 11, 27), date(2030, 1, 1)):
            assert judged(plan, d, None, day).status is want, d.id
    assert judged(plan, duty(plan, "V.1"), None, TODAY).status is Status.ONGOING
    assert judged(plan, duty(plan, "IV.1.b"), None, TODAY).status is Status.NO_DEADLINE
    assert judged(plan, duty(plan, "III.2"), None, TODAY).status is Status.NO_DEADLINE


def test_deadline_and_ongoing_duty_is_judged_by_its_deadline(plan: Plan) -> None:
    """IV.3.a: 'hoàn thành trong quý II/2024 và thực hiện thường xuyên' can be overdue."""
    d = duty(plan, "IV.3.a")
    assert judged(plan, d, None, date(2024, 7, 1)).status is Status.OPEN_OVERDUE


def test_labels_in_both_languages() -> None:
    """The Government's Vietnamese wording by default, English on request."""
    assert label_of("status", Status.OPEN_OVERDUE, "vi") == "chưa hoàn thành – quá hạn"
    assert label_of("status", Status.DONE_ON_TIME, "vi") == "hoàn thành đúng hạn"
    assert label_of("status", Status.DONE_LATE, "en") == "done late"
    assert label_of("status", Status.NO_DEADLINE, "vi") == "không thời hạn"


# --------------------------------------------------------------------------- completion


def test_whole_duty_done_completes_it(plan: Plan) -> None:
    """A done record without owner completes every part."""
    d = duty(plan, "IV.6.a")
    c = completion(d, [done("2024-03-01")], TODAY)
    assert c is not None
    assert c.on == date(2024, 3, 1)


def test_per_owner_parts_complete_it_on_the_last_day(plan: Plan) -> None:
    """IV.6.a has two responsible owners: done when both are, on the later day."""
    d = duty(plan, "IV.6.a")
    assert required_parts(d) == ("tinh_thanh_uy", "du_truc_thuoc_tw")
    one = [done("2024-03-01", "tinh_thanh_uy")]
    assert completion(d, one, TODAY) is None
    both = [*one, done("2024-04-10", "du_truc_thuoc_tw")]
    c = completion(d, both, TODAY)
    assert c is not None
    assert c.on == date(2024, 4, 10)
    assert judged(plan, d, c.on, TODAY).status is Status.DONE_LATE
    # As of a day before the second part, the duty is still open.
    assert completion(d, both, date(2024, 4, 9)) is None


def test_partners_need_not_report(plan: Plan) -> None:
    """IV.4.b: the lead's done completes it; the partners' parts are not required."""
    d = duty(plan, "IV.4.b")
    assert required_parts(d) == ("bkttw",)
    c = completion(d, [done("2024-03-30", "bkttw")], TODAY)
    assert c is not None
    assert c.on == date(2024, 3, 30)


def test_a_duty_with_only_partners_needs_them(plan: Plan) -> None:
    """IV.5.b names only a partner: that owner's done completes it."""
    assert required_parts(duty(plan, "IV.5.b")) == ("bo_nganh_tw",)


def test_a_duty_without_owners_needs_a_whole_duty_record(plan: Plan) -> None:
    """III.2 names no owner: only a done without owner completes it."""
    d = duty(plan, "III.2")
    assert required_parts(d) == ()
    assert completion(d, [], TODAY) is None
    assert completion(d, [done("2024-01-02")], TODAY) is not None


def test_the_earlier_rule_wins_and_forced_corrections_replace(plan: Plan) -> None:
    """Both rules met: the earlier day; a forced later record for the same part replaces it."""
    d = duty(plan, "IV.2.a")
    recs = [done("2024-05-09", "bcsd_cp"), done("2024-05-20")]
    c = completion(d, recs, TODAY)
    assert c is not None
    assert c.on == date(2024, 5, 9)
    corrected = [done("2024-05-20"), done("2024-05-09", force=True)]
    c = completion(d, corrected, TODAY)
    assert c is not None
    assert c.on == date(2024, 5, 9)


def test_summary_counts_per_class_and_per_owner(plan: Plan) -> None:
    """Counts add up to the duties; an owner's line says 'x/y đúng hạn'."""
    rows = status_rows([plan], date(2024, 6, 1))
    s = summarize(rows)
    assert s.total == 26 == sum(s.counts.values())
    assert s.counts[Status.OPEN_OVERDUE] == 6
    bkttw = next(o for o in s.owners if o.key == "bkttw")
    assert owner_line(bkttw, "vi") == (
        "Ban Kinh tế Trung ương: 0/1 đúng hạn; 1 chưa hoàn thành – quá hạn; "
        "1 thực hiện thường xuyên"
    )
    assert owner_line(bkttw, "en").startswith(
        "Ban Kinh tế Trung ương: 0/1 on time; 1 open, overdue"
    )
    quoc_hoi = next(o for o in s.owners if o.key == "dd_qh")
    assert (
        owner_line(quoc_hoi, "vi")
        == "Đảng đoàn Quốc hội: 1 thực hiện thường xuyên; 2 không thời hạn"
    )


# --------------------------------------------------------------------------- checks


def _problems(tmp_path: Path, plan: Plan, body: str, duty_id: str = "IV.6.a") -> list[str]:
    folder = tmp_path / "progress"
    write_progress(folder, duty_id, body)
    with pytest.raises(DataError) as err:
        load_progress(folder, plan, today=TODAY, shown="progress")
    return [str(p) for p in err.value.problems]


def test_cross_checks_point_at_the_record(tmp_path: Path, plan: Plan) -> None:
    """Each check names file:line:col of the offending value."""
    body = (
        '  - event: done\n    on: "2024-03-01"\n    owner: bkttw\n    evidence: "x"\n'
        '  - event: started\n    on: "2027-01-01"\n'
        '  - event: done\n    on: "2023-01-05"\n    evidence: "x"\n'
        '  - event: done\n    on: "2024-03-02"\n'
        '  - event: note\n    on: "2024-03-02"\n'
    )
    problems = _problems(tmp_path, plan, body)
    assert problems == [
        "progress/IV.6.a.yaml:6:12: 'bkttw' is not an owner of duty IV.6.a "
        "(its owners: tinh_thanh_uy, du_truc_thuoc_tw)",
        "progress/IV.6.a.yaml:9:9: 2027-01-01 is in the future (today is 2026-01-01)",
        "progress/IV.6.a.yaml:11:9: 2023-01-05 is before the plan existed (2023-11-27)",
        "progress/IV.6.a.yaml:13:12: a done record needs its evidence (document number, "
        "date, source)",
        "progress/IV.6.a.yaml:15:12: a note record needs its note",
    ]


def test_second_completion_needs_force(tmp_path: Path, plan: Plan) -> None:
    """A second done of the same part is an error unless it says force: true."""
    rec = '  - event: done\n    on: "2024-05-09"\n    evidence: "x"\n'
    problems = _problems(tmp_path, plan, rec + rec, "IV.2.a")
    assert problems == [
        "progress/IV.2.a.yaml:7:12: IV.2.a is already recorded as done on 2024-05-09; "
        "a correction or a repeat needs --force (force: true)"
    ]
    forced = rec + rec + "    force: true\n"
    folder = tmp_path / "ok"
    write_progress(folder, "IV.2.a", forced)
    assert len(load_progress(folder, plan, today=TODAY).records("IV.2.a")) == 2


def test_unknown_duty_wrong_file_wrong_plan_and_schema(tmp_path: Path, plan: Plan) -> None:
    """Unknown ids get a suggestion; a file must be named after its duty and plan."""
    rec = '  - event: note\n    on: "2024-01-01"\n    note: "x"\n'
    assert _problems(tmp_path / "a", plan, rec, "IV.2.aa") == [
        "progress/IV.2.aa.yaml:2:7: unknown duty 'IV.2.aa'; did you mean 'IV.2.a'?"
    ]
    folder = tmp_path / "b"
    path = write_progress(folder, "IV.2.a", rec)
    path.rename(folder / "IV.2.b.yaml")
    with pytest.raises(DataError) as err:
        load_progress(folder, plan, today=TODAY, shown="p")
    assert [str(p) for p in err.value.problems] == [
        "p/IV.2.b.yaml:2:7: the records of duty 'IV.2.a' belong in IV.2.a.yaml, not IV.2.b.yaml"
    ]
    assert _problems(tmp_path / "c", plan, rec.replace("2024-01-01", "09/05/2024")) == [
        "progress/IV.6.a.yaml:5:9: records[0].on: '09/05/2024': input should be a valid "
        "date or datetime, invalid character in year; write a day as YYYY-MM-DD (2023-11-27)"
    ]
    assert _problems(tmp_path / "d", plan, rec + "    colour: red\n") == [
        "progress/IV.6.a.yaml:7:5: records[0].colour: unknown key 'colour'; "
        "allowed here: event, on, owner, unit, evidence, note, deadline, source, excerpt, by, "
        "force, recorded_at"
    ]
    folder = tmp_path / "e"
    write_progress(folder, "IV.6.a", rec, plan="99-KH/TW")
    with pytest.raises(DataError, match="records are for plan '99-KH/TW'"):
        load_progress(folder, plan, today=TODAY)


def test_missing_folder_has_no_progress_and_strays_are_ignored(tmp_path: Path, plan: Plan) -> None:
    """No folder: no records. Lock files and temp files of a killed write are skipped."""
    assert load_progress(tmp_path / "none", plan, today=TODAY).duties == {}
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / ".nq42.lock").write_text("")
    (folder / ".IV.2.a.yaml.abc.tmp").write_text("plan: [half")
    (folder / "README.md").write_text("notes")
    assert load_progress(folder, plan, today=TODAY).duties == {}


_text = st.text(min_size=1, max_size=40).filter(lambda s: s.strip() != "")


@given(evidence=_text, note=_text, by=_text)
def test_written_records_read_back_unchanged(evidence: str, note: str, by: str) -> None:
    """Whatever text a record holds, the YAML nq42 writes parses back to the same record."""
    plan = load_plan(PLAN).plan
    rec = Record(event=Event.DONE, on=date(2024, 5, 9), evidence=evidence, note=note, by=by)
    text = 'plan: "19-KH/TW"\nduty: "IV.2.a"\nrecords:\n' + record_yaml(rec)
    doc = parse_duty_text(text, "t.yaml", plan, today=None)
    assert doc.records == [rec]


# --------------------------------------------------------------------------- appending

_NOTE = Record(event=Event.NOTE, on=date(2024, 6, 1), note="họp rà soát")


@pytest.mark.parametrize(
    ("records", "one_hunk"),
    [
        # As nq42 writes it: the new item is appended as text.
        ('  - event: started\n    on: "2024-01-02"\n', True),
        ('  - event: started\n    on: "2024-01-02"\n# a comment at the end\n', True),
        # Hand-written shapes: checked by parsing the result, or written anew.
        ('- event: started\n  on: "2024-01-02"\n', False),
        ("[]\n", False),
        ('  - {event: started, on: "2024-01-02"}\n', True),
    ],
)
def test_an_append_extends_the_list_whatever_its_shape(
    plan: Plan, tmp_path: Path, records: str, one_hunk: bool
) -> None:
    """The new text holds the old records and the new one; nq42's own layout gains one hunk."""
    from nq42cli.core.progress import appended_text, parse_duty_source, read_progress

    path = write_progress(tmp_path, "IV.2.a", records.removeprefix("[]\n"))
    if records == "[]\n":
        path.write_text('plan: "19-KH/TW"\nduty: "IV.2.a"\nrecords: []\n', encoding="utf-8")
    old_text = path.read_text(encoding="utf-8")
    source = read_progress(old_text, "t.yaml")
    old = parse_duty_source(source, plan, today=None, expected="IV.2.a")

    def check(text: str) -> DutyProgress:
        return parse_duty_text(text, "t.yaml", plan, today=None, expected="IV.2.a")

    from nq42cli.core.fastyaml import LazySource

    plain = isinstance(source, LazySource)
    new = appended_text(old_text, old, plan, "IV.2.a", _NOTE, check, plain=plain)
    assert parse_duty_text(new, "t.yaml", plan, today=None).records == [*old.records, _NOTE]
    assert new.startswith(old_text) is one_hunk


def test_record_reads_a_long_history_once(
    plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Appending to a file of many records parses that history once, not three times."""
    from nq42cli.core import fastyaml, yamlsrc
    from nq42cli.core.locate import locate
    from nq42cli.core.record import append_record

    items = "".join(
        f'  - event: note\n    on: "2024-01-{1 + i % 28:02d}"\n    note: "n{i}"\n'
        for i in range(300)
    )
    folder = tmp_path / "progress"
    write_progress(folder, "IV.2.a", items)
    big: list[int] = []
    fast, full = fastyaml.read_fast, yamlsrc.read_yaml

    def counted_fast(text: str, path: str) -> object:
        if text.count("\n") > 100:
            big.append(1)
        return fast(text, path)

    def counted_full(text: str, path: str) -> object:
        if text.count("\n") > 100:
            big.append(1)
        return full(text, path)

    monkeypatch.setattr(fastyaml, "read_fast", counted_fast)
    monkeypatch.setattr(yamlsrc, "read_yaml", counted_full)
    monkeypatch.setattr("nq42cli.core.progress.read_yaml", counted_full)
    where = locate(PLAN, folder)
    d = duty(plan, "IV.2.a")
    append_record(where, plan, d, Event.NOTE, date(2024, 6, 1), today=TODAY, note="x")
    assert len(big) == 1
    records = load_progress(folder, plan, today=TODAY).records("IV.2.a")
    assert len(records) == 301


# --------------------------------------------------------------------------- appending

_EVENTS = st.sampled_from([Event.DONE, Event.DONE, Event.NOTE, Event.STARTED])
_DAYS = st.integers(min_value=0, max_value=12).map(lambda n: date(2024, 1, 1) + timedelta(30 * n))


@st.composite
def _record(draw: st.DrawFn, owners: list[str]) -> Record:
    event = draw(_EVENTS)
    return Record(
        event=event,
        on=draw(_DAYS),
        owner=draw(st.sampled_from([None, *owners])),
        evidence="doc" if event is Event.DONE else None,
        note="x" if event is Event.NOTE else None,
        force=draw(st.booleans()),
    )


@given(data=st.data())
def test_an_append_is_checked_as_the_whole_history_would_be(
    plan: Plan, data: st.DataObject
) -> None:
    """check_appended gives check_records' findings for the new record, history checked once.

    Histories hold records dated after ``today`` too (the clock went back), where the
    whole history is checked again.
    """
    d = duty(plan, "IV.2.a")
    owners = [r.owner for r in d.owners]
    history: list[Record] = []
    for rec in data.draw(st.lists(_record(owners), max_size=8)):
        # Only a history that loads (clean with no today) is ever appended to.
        if not [f for f in check_records([*history, rec], d, plan, None) if f[0] == len(history)]:
            history.append(rec)
    new = data.draw(_record(owners))
    today = data.draw(_DAYS)
    whole = [
        (code, msg)
        for i, code, msg, _ in check_records([*history, new], d, plan, today)
        if i == len(history)
    ]
    assert check_appended(history, new, d, plan, today) == whole


# The list check as it was first written, one regular expression over every line: the
# reference the faster check (two scans keyed on newlines) must agree with.
_BLANK_OR_NOTE = r" *\n|#[^\n]*\n"
_REFERENCE = re.compile(
    rf"(?:{_BLANK_OR_NOTE})*  - [^\n\t\r]*\n(?:{_BLANK_OR_NOTE}|  +[^ \n\t\r][^\n\t\r]*\n)*"
)
_LINES = st.sampled_from(
    ["", " ", "   ", "#", "# c", " # c", "  # c", "  - a", "  -a", "  -", "    b: 1", " x", "x",
     "- a", "  x", "records:", "  records:"]
)  # fmt: skip


@given(st.lists(_LINES, max_size=8), st.sampled_from(["records:", "records:  ", "records: []"]))
def test_the_record_list_check_agrees_with_its_reference(lines: list[str], key: str) -> None:
    """An item appended at the end extends the list exactly when the reference says so."""
    text = 'plan: "x"\n' + key + "\n" + "".join(line + "\n" for line in lines)
    # As first written: the last top-level "records:", then the whole rest by the regex.
    start = text.rfind("\nrecords:") + 1
    end = text.find("\n", start)
    expected = (
        text[start:end].rstrip(" ") == "records:"
        and _REFERENCE.fullmatch(text, end + 1) is not None
    )
    assert _ends_with_record_list(text) == expected
