"""Property-based tests (hypothesis): the window grammar, the loader, and the queries.

- Every window the grammar can express renders to text that parses back to itself.
- No string makes the time parsers raise anything but :class:`TimeParseError`.
- Random damage to the real plan (deleted lines, swapped characters, truncation, stray
  bytes) never gets an exception past the CLI: exit 0 or 1 with messages, never a trace.
- For random small plans, dates and completions, ``due``, ``overdue`` and ``ongoing``
  agree with a reference written plainly from the README's definitions.

Example counts, the (absent) deadline and the fixed examples come from the suite's
Hypothesis profile in ``tests/conftest.py``.
"""

from __future__ import annotations

import calendar
import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from nq42cli.cli import app
from nq42cli.core import queries
from nq42cli.core.loader import load_plan_text
from nq42cli.core.models import Duty, Plan
from nq42cli.core.problems import DataError, Problem
from nq42cli.core.windows import (
    MAX_YEAR,
    MIN_YEAR,
    Flag,
    Period,
    TimeParseError,
    Window,
    WindowKind,
    parse_day,
    parse_period,
    parse_phrase,
    parse_window,
    render_window,
)
from nq42cli.core.yamlsrc import decode
from tests.conftest import PLAN, done_records, scaled

# The profile in tests/conftest.py sets the count and makes every run draw the same
# examples, so CI never flakes; HYPOTHESIS_PROFILE=explore looks further. (While these
# tests were written, 12,000 randomly damaged plans and 6,000 random value swaps also went
# through the loader in a throwaway script: no exception but DataError.)
FAST = settings()
# Each example runs the CLI twice: fewer of them (40 under CI, scaled to the profile),
# and a fixture reused across examples on purpose (one scratch file, rewritten by each).
SLOW = settings(
    max_examples=scaled(40),
    suppress_health_check=[
        *settings.get_profile("nq42").suppress_health_check,
        HealthCheck.function_scoped_fixture,
    ],
)

# --------------------------------------------------------------------------- windows

years = st.integers(MIN_YEAR, MAX_YEAR)
months = st.integers(1, 12)
days = st.dates(date(MIN_YEAR, 1, 1), date(MAX_YEAR, 12, 31))


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _spans(ys: st.SearchStrategy[int], ds: st.SearchStrategy[date]) -> st.SearchStrategy[Any]:
    """Every (start, end) of a deadline the grammar can write: the grammar's shapes."""
    return st.one_of(
        ys.map(lambda y: (date(y, 1, 1), date(y, 12, 31))),  # năm 2025
        st.tuples(ys, ys)
        .filter(lambda ab: ab[0] < ab[1])
        .map(lambda ab: (date(ab[0], 1, 1), date(ab[1], 12, 31))),  # 2023-2025
        st.tuples(ys, months).map(lambda t: (date(t[0], t[1], 1), _month_end(*t))),  # tháng
        st.tuples(ys, st.integers(1, 4)).map(
            lambda t: (date(t[0], 3 * t[1] - 2, 1), _month_end(t[0], 3 * t[1]))  # quý
        ),
        st.tuples(ys, months).map(lambda t: (date(t[0], t[1], 1), date(t[0], t[1], 10))),
        ds.map(lambda d: (d, d)),  # ngày
    )


def window_strategy(
    ys: st.SearchStrategy[int] = years, ds: st.SearchStrategy[date] = days
) -> st.SearchStrategy[Window]:
    """Any window the plan notation can express."""
    deadline = st.builds(
        lambda span, flagged: Window(
            WindowKind.DEADLINE,
            span[0],
            span[1],
            frozenset({Flag.SUBSTANTIALLY}) if flagged else frozenset(),
        ),
        _spans(ys, ds),
        st.booleans(),
    )
    ongoing = st.builds(lambda d: Window(WindowKind.ONGOING, d, None), st.none() | ds)
    fixed = st.sampled_from([Window(WindowKind.PER_SCHEDULE), Window(WindowKind.UNDATED)])
    return st.one_of(deadline, ongoing, fixed)


@FAST
@given(window_strategy())
def test_every_window_renders_and_parses_back(w: Window) -> None:
    """render_window(w) is text that parse_window reads back as exactly w."""
    text = render_window(w)
    assert parse_window(text) == w
    assert parse_phrase(text) == [w]


@FAST
@given(
    st.lists(
        window_strategy().filter(lambda w: w.kind is not WindowKind.PER_SCHEDULE),
        min_size=1,
        max_size=3,
    ),
    st.booleans(),
    st.sampled_from([" và ", "; ", ", "]),
)
def test_several_windows_in_one_phrase_parse_back_in_order(
    ws: list[Window], per_schedule_last: bool, sep: str
) -> None:
    """Windows joined as plans join them ("và", ";") parse back to the same list.

    "theo tiến độ" is only ever last: the grammar reads it to the end of the phrase, as
    the plan writes it ("theo tiến độ quy định đối với từng nhiệm vụ…").
    """
    if per_schedule_last:
        ws = [*ws, Window(WindowKind.PER_SCHEDULE)]
    assert parse_phrase(sep.join(render_window(w) for w in ws)) == ws


@FAST
@given(window_strategy())
def test_rendered_window_survives_nfd_and_case(w: Window) -> None:
    """The same text decomposed (NFD) or upper-cased reads as the same window."""
    import unicodedata

    text = render_window(w)
    assert parse_window(unicodedata.normalize("NFD", text)) == w
    assert parse_window(text.upper()) == w


# Words and marks the grammar knows, so random phrases reach deep into the parser.
_TOKENS = [
    "quý",
    "Quý",
    "quy",
    "I",
    "II",
    "IV",
    "V",
    "VI",
    "0",
    "4",
    "5",
    "13",
    "tháng",
    "năm",
    "ngày",
    "từ",
    "đến",
    "đầu",
    "cơ bản",
    "hoàn thành",
    "trong",
    "thường xuyên",
    "theo tiến độ",
    "không thời hạn",
    "các năm",
    "và",
    "giai đoạn",
    "Q",
    "q2",
    "/",
    "-",
    "–",
    ",",
    ";",
    "(",
    ")",
    "2024",
    "2023",
    "1899",
    "2201",
    "9999",
    "0000",
    "30/02/2024",
    "31/12/2023",
    "2024Q1",
    "2024-13",
    "2025-2023",
    "٢٠٢٤",
    "２０２４",
    "\u0301",
    "\u200b",
    "\x00",
]
phrases = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(_TOKENS), max_size=8).map(" ".join),
    st.lists(st.sampled_from(_TOKENS), max_size=8).map("".join),
)


@FAST
@given(phrases)
def test_time_parsers_raise_only_their_own_error(text: str) -> None:
    """No string makes parse_phrase, parse_window, parse_period or parse_day crash."""
    for parse in (parse_phrase, parse_window, parse_period, parse_day):
        error: TimeParseError | None = None
        try:
            parse(text)
        except TimeParseError as exc:
            error = exc
        if error is not None:
            assert error.code.startswith("time.")
            assert error.message


@FAST
@given(phrases, st.sampled_from(["quarter", "month", "year"]))
def test_period_parser_with_a_unit_raises_only_its_own_error(text: str, unit: str) -> None:
    """parse_period with a unit (--quarter, --month, --year) never crashes either."""
    try:
        period = parse_period(text, unit)
    except TimeParseError:
        return
    assert period.start <= period.end


# --------------------------------------------------------------------------- the loader

REAL = PLAN.read_bytes()


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    """One file, rewritten by each example, for the CLI to read."""
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder) / "plan.yaml"


def _validate_exit(path: Path) -> int:
    result = CliRunner().invoke(app, ["validate", str(path)], catch_exceptions=False)
    assert "Traceback" not in result.output
    return result.exit_code


def _mutate(data: st.DataObject) -> bytes:
    lines = REAL.split(b"\n")
    how = data.draw(st.sampled_from(["delete", "swap", "truncate", "insert", "duplicate"]))
    if how == "delete":
        i = data.draw(st.integers(0, len(lines) - 1))
        return b"\n".join(lines[:i] + lines[i + 1 :])
    if how == "duplicate":
        i = data.draw(st.integers(0, len(lines) - 1))
        return b"\n".join(lines[: i + 1] + lines[i:])
    i = data.draw(st.integers(0, len(REAL) - 2))
    if how == "swap":
        return REAL[:i] + REAL[i + 1 : i + 2] + REAL[i : i + 1] + REAL[i + 2 :]
    if how == "truncate":
        return REAL[:i]
    junk = data.draw(st.sampled_from([b"\t", b":", b"'", b'"', b"[", b"&a ", b"*a", b"\xff", b"-"]))
    return REAL[:i] + junk + REAL[i:]


@SLOW
@given(st.data())
def test_damaged_real_plan_never_escapes_the_cli(scratch: Path, data: st.DataObject) -> None:
    """A randomly damaged plan gives exit 0 or 1 from validate and from due, no exception."""
    scratch.write_bytes(_mutate(data))
    assert _validate_exit(scratch) in (0, 1)
    result = CliRunner().invoke(
        app,
        ["due", "-q", "2024Q1", "--as-of", "2024-01-15", "--plan", str(scratch)],
        catch_exceptions=False,
    )
    assert result.exit_code in (0, 1)


def _byte_kind(b: int) -> str:
    """What a byte is to a YAML reader: a structural character, a letter, a digit, or the
    lead or continuation byte of a multi-byte UTF-8 letter."""
    if b >= 0x80:
        return "cont" if b < 0xC0 else "lead"
    c = chr(b)
    if c in ":\"'- \n#[]{},":
        return c
    return "alpha" if c.isalpha() else "digit" if c.isdigit() else "punct"


def _cut_kind(n: int) -> tuple[object, ...]:
    """The kind of a cut at byte ``n``: the bytes either side of it, the kind of line it
    falls in (list item, key, comment, other), that line's indent, and whether the cut
    is before or after the line's first colon."""
    start = REAL.rfind(b"\n", 0, n) + 1
    end = REAL.find(b"\n", n)
    line = REAL[start : end if end != -1 else len(REAL)]
    body = line.lstrip(b" ")
    kind = (
        "item"
        if body.startswith(b"- ")
        else "comment"
        if body.startswith(b"#")
        else "key"
        if b": " in body or body.endswith(b":")
        else "other"
    )
    colon = line.find(b":")
    where = "before" if colon == -1 or n - start <= colon else "after"
    after = _byte_kind(REAL[n]) if n < len(REAL) else "eof"
    return (_byte_kind(REAL[n - 1]), after, kind, len(line) - len(body), where)


def test_truncation_at_many_byte_offsets_is_always_a_clean_answer() -> None:
    """The real plan cut at each of its first 200 bytes, and at one cut of every kind found
    among every 41st byte after that, loads or fails cleanly.

    Cuts fall inside multi-byte Vietnamese letters, quotes and keys alike; each gives a
    valid plan or positioned problems, never another exception. Past the first 200 bytes
    the cuts at every 41st byte are a deterministic sample: the first of each kind
    (_cut_kind: the bytes either side, the kind and indent of the line, before or after
    its colon) is kept, every kind of them, about 100 of the 490 cuts. Each load reads the
    whole prefix, so this keeps about an eighth of the bytes read.
    """
    kinds: set[tuple[object, ...]] = set()
    offsets = list(range(200))
    for n in range(200, len(REAL), 41):
        if _cut_kind(n) not in kinds:
            kinds.add(_cut_kind(n))
            offsets.append(n)
    assert len(kinds) > 50
    outcomes = {"ok": 0, "problems": 0}
    for n in offsets:
        problems: list[Problem] = []
        try:
            load_plan_text(decode(REAL[:n], "cut.yaml"), "cut.yaml")
        except DataError as exc:
            problems = exc.problems
        outcomes["problems" if problems else "ok"] += 1
        assert all(p.line >= 1 and p.column >= 1 for p in problems), (n, problems)
    assert outcomes["problems"] > 0


# --------------------------------------------------------------------------- queries

near_years = st.integers(2022, 2027)
near_days = st.dates(date(2022, 1, 1), date(2027, 12, 31))
OWNER = {"key": "bo", "name": "Bộ Kế hoạch", "short": "BKH", "kind": "body"}


@st.composite
def small_plans(draw: st.DrawFn) -> Plan:
    """A valid plan of 1-6 duties with random windows around 2022-2027."""
    windows = window_strategy(near_years, near_days)
    duties = [
        {
            "id": f"IV.{i}",
            "section": "IV",
            "text": f"Nhiệm vụ {i}",
            "owners": [{"owner": "bo", "role": "lead"}],
            "windows": [render_window(w) for w in draw(st.lists(windows, min_size=1, max_size=3))],
        }
        for i in range(1, draw(st.integers(1, 6)) + 1)
    ]
    meta = {
        "id": "KH",
        "kind": "Kế hoạch",
        "number": "1-KH",
        "date": draw(near_days).isoformat(),
        "issuer": "Bộ Chính trị",
        "title": "thử",
    }
    sections = [{"id": "IV", "title": "NHIỆM VỤ"}]
    data = {"plan": meta, "sections": sections, "owners": [OWNER], "duties": duties}
    return Plan.model_validate(data)


periods = st.one_of(
    st.tuples(near_years, st.integers(1, 4)).map(lambda t: Period.quarter(*t)),
    st.tuples(near_years, months).map(lambda t: Period.month(*t)),
    near_years.map(Period.year),
    st.tuples(near_days, st.integers(0, 400)).map(
        lambda t: Period(t[0], t[0] + timedelta(days=t[1]))
    ),
)


def _completions(plan: Plan, data: st.DataObject) -> dict[str, date]:
    ids = [d.id for d in plan.duties]
    chosen = data.draw(st.lists(st.sampled_from(ids), unique=True, max_size=len(ids)))
    return {i: data.draw(near_days) for i in chosen}


def _deadlines(duty: Duty) -> list[date]:
    return [w.end for w in duty.windows if w.kind == "deadline" and w.end is not None]


@given(small_plans(), periods, near_days, st.data())
def test_due_agrees_with_a_plain_reference(
    plan: Plan, period: Period, as_of: date, data: st.DataObject
) -> None:
    """due: duties with a deadline's last day inside the period, by deadline, plan order kept."""
    done = _completions(plan, data)
    rows = queries.due([plan], period, as_of, records=done_records(done))
    expected = []
    by_id = {d.id: d for d in plan.duties}
    for duty in plan.duties:
        inside = [d for d in _deadlines(duty) if period.start <= d <= period.end]
        if inside:
            expected.append(duty.id)
    assert sorted(r.duty.id for r in rows) == sorted(expected)
    for r in rows:
        assert r.deadline is not None
        assert period.start <= r.deadline <= period.end
        assert r.deadline in _deadlines(by_id[r.duty.id])
        known = done.get(r.duty.id)
        known = known if known is not None and known <= as_of else None
        assert r.completed_on == known
        assert r.days_left == (None if known else max((r.deadline - as_of).days, 0))
    assert [r.deadline for r in rows] == sorted(r.deadline for r in rows if r.deadline)


@given(small_plans(), near_days, st.data())
def test_overdue_agrees_with_a_plain_reference(
    plan: Plan, as_of: date, data: st.DataObject
) -> None:
    """overdue: a deadline's last day before as_of and no completion recorded."""
    done = _completions(plan, data)
    rows = queries.overdue([plan], as_of, records=done_records(done))
    expected = [
        duty.id
        for duty in plan.duties
        if not (duty.id in done and done[duty.id] <= as_of)
        and any(d < as_of for d in _deadlines(duty))
    ]
    assert sorted(r.duty.id for r in rows) == sorted(expected)
    for r in rows:
        assert r.deadline is not None
        assert r.deadline < as_of
        assert r.days_left == 0
        assert r.days_late == (as_of - r.deadline).days


@given(small_plans(), near_days)
def test_ongoing_agrees_with_a_plain_reference(plan: Plan, as_of: date) -> None:
    """ongoing: an ongoing part started on or before as_of (plan date if none) and not ended."""
    rows = queries.ongoing([plan], as_of)
    expected = []
    for duty in plan.duties:
        for w in duty.windows:
            if w.kind != "ongoing":
                continue
            started = w.start if w.start is not None else plan.meta.date
            ended = w.end is not None and w.end < as_of
            if started <= as_of and not ended:
                expected.append(duty.id)
                break
    assert [r.duty.id for r in rows] == expected
    for r in rows:
        assert r.since is not None
        assert r.since <= as_of
