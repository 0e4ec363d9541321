"""Text from a plan is data: never markup, never a terminal command, never a formula.

A valid plan whose texts hold Rich markup, an ANSI "clear screen", a bidi override,
zero-width joiners, combining marks and spreadsheet formulas goes through every output
format. The table shows the markup literally and the controls escaped, with every line
of the same width; JSON keeps the exact data while escaping what a terminal would act
on; CSV and Markdown neutralise formulas and escape what would split or format a cell.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console

from nq42cli.core import queries
from nq42cli.core.loader import load_plan
from nq42cli.core.results import Listing, QueryKind
from nq42cli.core.text import visible
from nq42cli.render import table
from nq42cli.render.safety import json_safe, md_cell, spreadsheet_safe
from tests.conftest import run

MARKUP = "[red]x[/red] [link=https://evil.example]bấm[/link]"
CLEAR = "\x1b[2J\x1b]0;owned\x07"
BIDI = "\u202egnp.exe"
ZERO_WIDTH = "a\u200db\u200bc\u2060d\ufeffe\u00adf \U0001f468\u200d\U0001f469\u200d\U0001f467"
COMBINING = "x\u0301\u0323y\u0302"  # marks with no precomposed letter: stay combining
NFD = unicodedata.normalize("NFD", "Nghị quyết")
FORMULA = '=HYPERLINK("https://evil.example","bấm")'

HOSTILE_PLAN = f"""\
plan:
  id: 19-KH/TW
  kind: Kế hoạch
  number: 19-KH/TW
  date: "2023-11-27"
  issuer: Bộ Chính trị
  title: "thực hiện Nghị quyết số 42-NQ/TW"
sections:
  - id: IV
    title: "[bold]NHIỆM VỤ[/bold] \\e[31m"
    groups:
      - id: IV.2
        heading: "Ban cán sự đảng Chính phủ"
owners:
  - key: bcsd_cp
    name: "Ban cán sự [blink]đảng[/blink] Chính phủ"
    short: "[red]BCSĐCP[/red]"
    kind: body
  - key: tinh_uy
    name: "Các tỉnh uỷ \\u202e"
    short: "TU\\e[5m"
    kind: group
duties:
  - id: IV.2.a
    section: IV
    group: IV.2
    text: "{MARKUP} \\e[2J\\e]0;owned\\a \\u202egnp.exe a\\u200db\\u200bc\\u2060d\\ufeffe\\u00adf \
\\U0001f468\\u200d\\U0001f469\\u200d\\U0001f467 x\\u0301\\u0323y\\u0302 {NFD} \
| pipe | `code` *bold* <b>html</b> &amp;"
    owners:
      - owner: bcsd_cp
        role: lead
      - owner: tinh_uy
        role: responsible
    timing: "hoàn thành trong quý I/2024"
    windows:
      - "quý I/2024"
  - id: IV.2.b
    section: IV
    group: IV.2
    text: '{FORMULA}'
    owners:
      - owner: bcsd_cp
        role: lead
      - owner: tinh_uy
        role: partner
    timing: "hoàn thành trong quý I/2024"
    windows:
      - "quý I/2024"
"""

RAW_DANGERS = ["\x1b", "\x07", "\u202e", "\u200d", "\u200b", "\u2060", "\ufeff", "\u00ad"]


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """The hostile-text plan, written to a file."""
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE_PLAN, encoding="utf-8")
    return path


def test_hostile_plan_is_valid_and_keeps_its_text(hostile: Path) -> None:
    """The plan loads: the dangerous text is data, stored as written (NFD made NFC)."""
    plan = load_plan(hostile).plan
    text = plan.duties[0].text
    for part in (
        MARKUP,
        CLEAR,
        BIDI,
        ZERO_WIDTH,
        *(unicodedata.normalize("NFC", t) for t in (COMBINING, NFD)),
    ):
        assert part in text
    assert plan.duties[1].text == FORMULA


def _args(command: str, hostile: Path) -> list[str]:
    if command == "due":
        return ["due", "-q", "2024Q1", "--as-of", "2024-01-15", "--plan", str(hostile)]
    if command == "show":
        return ["show", "IV.2.a", "--plan", str(hostile)]
    return [command, "--as-of", "2024-06-01", "--plan", str(hostile)]


@pytest.mark.parametrize("command", ["due", "overdue", "show"])
def test_table_shows_markup_literally_and_controls_escaped(command: str, hostile: Path) -> None:
    """Markup shows as typed; ESC, BEL, bidi and zero-width characters show as escapes."""
    out = run(*_args(command, hostile)).stdout
    assert "[red]x[/red]" in out
    assert "\\x1b[2J" in out
    assert "\\u202e" in out
    assert "\\u200d" in out
    for ch in RAW_DANGERS:
        assert ch not in out, repr(ch)
    assert "Nghị quyết" in out  # NFD in the file, NFC on screen


def test_list_shows_owner_markup_literally(hostile: Path) -> None:
    """Owner names and short names from the plan are not markup either."""
    out = run("list", "--plan", str(hostile)).stdout
    assert "[red]BCSĐCP[/red]" in out
    assert "TU\\x1b[5m" in out
    assert "\\x0a" not in out  # the line break between two owners is ours, not escaped
    for ch in RAW_DANGERS:
        assert ch not in out, repr(ch)


def _terminal_width(line: str) -> int:
    """Columns a terminal gives a line, counted code point by code point as wcwidth does.

    Deliberately not Rich's measure: Rich joins ``a``, ZWJ, ``b`` into one cell while a
    terminal draws two, and that disagreement is what breaks a table's borders.
    """
    width = 0
    for ch in line:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return width


@pytest.mark.parametrize("width", ["60", "80", "120"])
def test_table_lines_all_have_the_same_width(width: str, hostile: Path) -> None:
    """Zero-width and combining characters do not shift a column: every line is as wide."""
    env = {"COLUMNS": width, "TERMINAL_WIDTH": width}
    out = run("due", "-q", "2024Q1", "--as-of", "2024-01-15", "--plan", str(hostile), env=env)
    lines = [ln for ln in out.stdout.splitlines() if ln[:1] in "┏┃┡│├└"]
    assert len(lines) > 5
    assert {cell_len(ln) for ln in lines} == {int(width)}
    assert {_terminal_width(ln) for ln in lines} == {int(width)}


def test_colour_terminal_gets_only_our_own_styles(hostile: Path) -> None:
    """On a colour terminal the only escape sequences are the table's own colours."""
    plan = load_plan(hostile).plan
    from datetime import date

    from nq42cli.core.windows import Period

    period = Period.quarter(2024, 1)
    rows = queries.due([plan], period, date(2024, 1, 15))
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, color_system="truecolor", width=100)
    console.print(table.build(Listing(QueryKind.DUE, rows, date(2024, 1, 15), period), "vi"))
    raw = buffer.getvalue()
    without_sgr = re.sub(r"\x1b\[[0-9;]*m", "", raw)
    assert "\x1b" not in without_sgr  # no clear-screen, title or link sequence got through
    assert "[red]x[/red]" in without_sgr
    assert "\x1b]8;" not in raw  # [link=…] did not become a hyperlink


def test_json_keeps_the_data_and_escapes_what_a_terminal_would_act_on(hostile: Path) -> None:
    """JSON decodes to the exact text; the raw output holds no control or bidi character."""
    out = run(*_args("due", hostile), "-f", "json").stdout
    for ch in RAW_DANGERS:
        assert ch not in out, repr(ch)
    text = json.loads(out)[0]["text"]
    assert CLEAR in text
    assert BIDI in text
    assert ZERO_WIDTH in text
    shown = run("show", "IV.2.a", "--plan", str(hostile), "-f", "json").stdout
    assert "\u202e" not in shown
    assert json.loads(shown)["text"] == text


def test_csv_neutralises_formulas_and_controls(hostile: Path) -> None:
    """CSV cells never start a formula; ESC and bidi arrive escaped, not raw."""
    out = run(*_args("due", hostile), "-f", "csv").stdout
    for ch in RAW_DANGERS:
        assert ch not in out, repr(ch)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["id"] for r in rows] == ["IV.2.a", "IV.2.b"]
    assert rows[1]["text"] == "'" + FORMULA
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_markdown_escapes_pipes_markup_and_formulas(hostile: Path) -> None:
    """Markdown rows keep their column count; markup and HTML are escaped."""
    out = run(*_args("due", hostile), "-f", "md").stdout
    for ch in RAW_DANGERS:
        assert ch not in out, repr(ch)
    lines = out.splitlines()
    header = next(ln for ln in lines if ln.startswith("| Mã"))
    columns = header.count("|")
    body = [ln for ln in lines if ln.startswith("| IV.")]
    assert len(body) == 2
    for line in body:
        assert len(re.findall(r"(?<!\\)\|", line)) == columns, line
    assert "\\| pipe \\|" in body[0]
    assert "\\<b\\>html\\</b\\>" in body[0]
    assert "\\*bold\\*" in body[0]
    assert "\\&amp;" in body[0]
    assert "| \\=HYPERLINK(" in body[1]


def test_validate_messages_show_controls_escaped(tmp_path: Path) -> None:
    """A problem message quoting hostile text (an unknown key with ESC) prints it escaped."""
    path = tmp_path / "bad.yaml"
    path.write_text(HOSTILE_PLAN.replace("    section: IV\n", '    "\\e[2Jx": 1\n', 1))
    out = run("validate", str(path), code=1).stdout
    assert "\x1b" not in out
    assert "unknown key '\\x1b[2Jx'" in out


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\\x09=1"),
        ("\r=1", "'\\x0d=1"),
        ("＝1+1", "'＝1+1"),
        ("  =1+1", "'  =1+1"),
        ("Nghị quyết = 42", "Nghị quyết = 42"),
        ("a\x1b[2Jb", "a\\x1b[2Jb"),
    ],
)
def test_spreadsheet_safe(cell: str, safe: str) -> None:
    """Formula starters get an apostrophe; controls are shown escaped; text is untouched."""
    assert spreadsheet_safe(cell) == safe


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("a | b", "a \\| b"),
        ("a\\b", "a\\\\b"),
        ("=1+1", "\\=1+1"),
        ("-1", "\\-1"),
        ("two\nlines", "two lines"),
        ("[x](http://e)", "\\[x\\](http://e)"),
        ("&lt;", "\\&lt;"),
        ("A & B", "A & B"),
        ("a\u202eb", "a\\u202eb"),
    ],
)
def test_md_cell(cell: str, safe: str) -> None:
    """Pipes, backslashes, markup, entities, formulas and controls are escaped."""
    assert md_cell(cell) == safe


def test_json_safe_round_trips() -> None:
    """json_safe changes the JSON text, never the data it decodes to."""
    data = {"t": "a\x1b\x9b\u202e\u200d\U000e0041b ệ"}
    raw = json.dumps(data, ensure_ascii=False)
    safe = json_safe(raw)
    assert json.loads(safe) == data
    assert all(ch not in safe for ch in "\x9b\u202e\u200d\U000e0041")
    assert "ệ" in safe


def test_visible_escapes_every_control_and_format_character() -> None:
    """Every character of Unicode categories Cc, Cf, Zl and Zp is shown as an escape."""
    leaked = [
        hex(c)
        for c in range(sys.maxunicode + 1)
        if unicodedata.category(chr(c)) in ("Cc", "Cf", "Zl", "Zp") and visible(chr(c)) == chr(c)
    ]
    assert leaked == []
    assert visible("Nghị quyết \u0301") == "Nghị quyết \u0301"  # combining marks are text


def test_the_fast_scan_finds_exactly_the_class() -> None:
    """CharClass's scan (BMP table plus one astral range) escapes what the exact class
    does, over every code point of the BMP and a deterministic sample of the astral
    planes, and finds the same first character.

    The scan stops at every astral character and confirms it against the exact class in
    Python, so a walk of all 1,048,576 astral code points cost most of a CPU-second; the
    astral ones are alike but for membership, so the sample keeps every astral member of
    the class with both its neighbours (each edge of each range), the first two and last
    two code points of every plane, and every 97th astral code point besides.
    """
    from nq42cli.core.text import UNSAFE_CLASS, unsafe_chars, unwritable

    exact = re.compile(f"[{UNSAFE_CLASS}]")
    astral = "".join(chr(c) for c in range(0x10000, sys.maxunicode + 1))
    members = [0x10000 + m.start() for m in exact.finditer(astral)]
    planes = [p * 0x10000 + d for p in range(1, 17) for d in (0, 1, 0xFFFE, 0xFFFF)]
    sample = {*members, *(m - 1 for m in members), *(m + 1 for m in members), *planes}
    sample |= set(range(0x10000, sys.maxunicode + 1, 97))
    assert len(members) > 100
    kept = [c for c in sorted(sample) if 0x10000 <= c <= sys.maxunicode]
    every = "".join(chr(c) for c in [*range(0x10000), *kept])
    assert unsafe_chars().sub(lambda ch: f"<{ord(ch)}>", every) == exact.sub(
        lambda m: f"<{ord(m.group())}>", every
    )
    first = unsafe_chars().search("ab\U0001f600\U000e0041")
    assert first is not None
    assert first.group() == "\U000e0041"
    # The first character the scan stops at: a member, none, or only astral non-members.
    for text in ["", "ab", "a\x07b\U000e0041", "\U0001f600", "\U0001f600x\U0001f601", every]:
        got, want = unsafe_chars().search(text), exact.search(text)
        assert (got and (got.start(), got.group())) == (want and (want.start(), want.group()))
    assert unwritable("nghị quyết \U0001f600") is None
    assert unwritable("\U0001f600\U0010ffff") is not None
