"""The command line: bad input, show, list, validate, and text that must stay text."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from tests.conftest import PLAN, run

GOOD = PLAN.read_text(encoding="utf-8")


def write(tmp_path: Path, text: str, name: str = "plan.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    """1-based line of the first occurrence of ``needle``."""
    return text[: text.index(needle)].count("\n") + 1


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["due", "--quarter", "2024Q5"], "a quarter is I–IV"),
        (["due", "--quarter", "quý V/2024"], "a quarter is I–IV"),
        (["due", "--quarter", "2024-03"], "is a month, not a quarter"),
        (["due", "--month", "13/2024"], "a month is 1–12"),
        (["due"], "give exactly one of"),
        (["due", "--quarter", "2024Q1", "--year", "2024"], "give exactly one of"),
        (["due", "--from", "2024-01-01"], "--from and --to go together"),
        (["due", "--from", "2024-03-01", "--to", "2024-01-01"], "before --from"),
        (["overdue", "--as-of", "2024-13-01"], "not a real day"),
        (["overdue", "--as-of", "tomorrow"], "not a date"),
        (["list", "--format", "nope"], "nope"),
        (["list", "--role", "boss"], "boss"),
        (["show", "NO.SUCH.ID"], "no duty 'NO.SUCH.ID'"),
        (["show", "IV.2.x"], "did you mean"),
        (["due", "--quater", "2024Q1"], "--quater"),
    ],
)
def test_usage_errors_exit_2(args: list[str], words: str) -> None:
    """Bad option values are usage errors: one message, exit 2, no traceback."""
    result = run(*args, "--plan", str(PLAN), code=2)
    assert words in result.output + result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_missing_plan_is_a_usage_error(tmp_path: Path) -> None:
    """A plan path that does not exist: the path and 'no such file', exit 2."""
    result = run("list", "--plan", str(tmp_path / "nope.yaml"), code=2)
    assert f"{tmp_path / 'nope.yaml'}: no such file" in result.stderr


def test_plan_that_is_a_folder(tmp_path: Path) -> None:
    """A folder given as the plan is refused clearly."""
    result = run("list", "--plan", str(tmp_path), code=2)
    assert "is a folder" in result.stderr


def test_broken_yaml_names_file_line_column(tmp_path: Path) -> None:
    """Broken YAML: file:line:col and exit 1, for every command that reads the plan."""
    bad = write(tmp_path, "duties:\n  - id: X\n    due: quý V/2024\n  - [unclosed\n")
    for args in (["validate", str(bad)], ["due", "--quarter", "2024Q1", "--plan", str(bad)]):
        result = run(*args, code=1)
        text = result.output + result.stderr
        assert f"{bad}:5:1: YAML syntax" in text
        assert "Traceback" not in text


def test_duplicate_ids_and_unknown_owner_are_all_reported(tmp_path: Path) -> None:
    """Every problem of the file is listed at its position, not only the first."""
    text = GOOD.replace("  - id: II.2\n", "  - id: II.1\n", 1).replace(
        "owner: btgtw", "owner: btgw", 1
    )
    bad = write(tmp_path, text)
    result = run("validate", str(bad), code=1)
    id_line = line_of(text, '  - id: II.1\n    section: II\n    text: "Ban Tuyên giáo')
    owner_line = line_of(text, "owner: btgw")
    assert f"{bad}:{id_line}:9: duty id 'II.1' is used twice" in result.stdout
    assert f"{bad}:{owner_line}:16: unknown owner 'btgw'; did you mean 'btgtw'?" in result.stdout


def test_impossible_window_in_the_plan(tmp_path: Path) -> None:
    """A window like 'quý V/2024' in the plan is reported at its line."""
    text = GOOD.replace('      - "quý I/2024"\n', '      - "quý V/2024"\n', 1)
    bad = write(tmp_path, text)
    result = run("validate", str(bad), code=1)
    line = line_of(text, '"quý V/2024"')
    assert (
        f"{bad}:{line}:9: duties[11].windows[0] (duty IV.2.a): 'quý V/2024': a quarter is I–IV"
        in result.stdout
    )


def test_transcription_slip_is_caught(tmp_path: Path) -> None:
    """Windows that disagree with the verbatim timing phrase are an error."""
    text = GOOD.replace('      - "quý I/2024"\n', '      - "quý II/2024"\n', 1)
    bad = write(tmp_path, text)
    result = run("validate", str(bad), code=1)
    assert "do not match the timing phrase, which reads as [quý I/2024]" in result.stdout


def test_bad_date_and_unknown_key(tmp_path: Path) -> None:
    """A date like 2024-02-30 and an unknown key are positioned errors."""
    text = GOOD.replace('date: "2023-11-27"', 'date: "2024-02-30"', 1).replace(
        "  issuer: Bộ Chính trị\n", "  issuer: Bộ Chính trị\n  colour: red\n", 1
    )
    bad = write(tmp_path, text)
    out = run("validate", str(bad), code=1).stdout
    assert f"{bad}:{line_of(text, '2024-02-30')}:9: plan.date: '2024-02-30'" in out
    assert f"{bad}:{line_of(text, 'colour')}:3: plan.colour: unknown key 'colour'" in out


def test_validate_real_plan_is_clean() -> None:
    """The shipped plan validates with no problems."""
    result = run("validate", str(PLAN))
    assert result.stdout == ""
    assert "1 valid, 0 invalid" in result.stderr


def test_markup_and_escapes_in_data_are_shown_as_text(tmp_path: Path) -> None:
    """`[red]` stays literal; ESC is shown as \\x1b, never sent to the terminal."""
    text = GOOD.replace(
        "Chỉ đạo xây dựng, ban hành Chương trình",
        "[red]x[/red] \x1b[2J Chỉ đạo xây dựng, ban hành Chương trình",
        1,
    ).replace("\x1b", "\\e")
    bad = write(tmp_path, text)
    # Markdown escapes the brackets so they render as typed, not as a link.
    for fmt, literal in (("table", "[red]x[/red]"), ("md", r"\[red\]x\[/red\]")):
        out = run(
            "due", "--quarter", "2024Q1", "--as-of", "2024-01-01", "--plan", str(bad), "-f", fmt
        )
        assert literal in out.stdout
        assert "\x1b" not in out.stdout
        assert "x1b" in out.stdout
    shown = run("show", "IV.2.a", "--plan", str(bad)).stdout
    assert "[red]x[/red]" in shown
    assert "\x1b" not in shown


def test_no_color_codes_when_not_a_terminal() -> None:
    """Output to a pipe carries no ANSI colour codes."""
    out = run("due", "--quarter", "2024Q1", "--as-of", "2024-06-01", "--plan", str(PLAN))
    assert "\x1b[" not in out.stdout
    assert "IV.2.a" in out.stdout
    assert "3 nhiệm vụ: 2 quá hạn, 1 đã hoàn thành, 0 còn trong hạn" in out.stdout


def test_show_prints_everything_about_a_duty() -> None:
    """show: owners with roles, timing, windows with ISO dates, verbatim text."""
    out = run("show", "iv.4.b", "--plan", str(PLAN), "--as-of", "2024-06-30").stdout
    assert "IV.4.b" in out
    assert "Ban Kinh tế Trung ương (BKTTW) — chủ trì" in out
    # After the 2025 succession the owner goes by the name in force, the plan's beside it.
    later = run("show", "iv.4.b", "--plan", str(PLAN), "--as-of", "2025-06-30").stdout
    assert (
        "Ban Chính sách, chiến lược Trung ương (Kế hoạch ghi: Ban Kinh tế Trung ương) (BKTTW)"
        in " ".join(later.split())
    )
    assert "hoàn thành kế hoạch trong quý I/2024; tổ chức thực hiện từ quý II/2024" in out
    assert "có thời hạn: quý I/2024 (2024-01-01 → 2024-03-31)" in out
    assert "thường xuyên: từ quý II/2024 (2024-04-01 → …)" in out
    # The plan's own words (timing, windows as written) stay; the labels speak English.
    en = run("show", "iv.4.b", "--plan", str(PLAN), "--lang", "en", "--as-of", "2024-06-30").stdout
    assert "Ban Kinh tế Trung ương (BKTTW) — lead" in en
    assert "deadline: quý I/2024 (2024-01-01 → 2024-03-31)" in en
    assert "ongoing: từ quý II/2024 (2024-04-01 → …)" in en
    data = json.loads(run("show", "IV.4.b", "--plan", str(PLAN), "-f", "json").stdout)
    assert data["id"] == "IV.4.b"
    assert [o["role"] for o in data["owners"]] == ["lead", "partner", "partner", "partner"]


def test_list_shows_every_duty() -> None:
    """list covers dated, ongoing, per-schedule and undated duties alike."""
    rows = json.loads(run("list", "--plan", str(PLAN), "-f", "json").stdout)
    assert len(rows) == 26
    assert rows[0]["id"] == "II.1"
    assert rows[-1]["id"] == "V.3"
    kinds = {w["kind"] for r in rows for w in r["windows"]}
    assert kinds == {"deadline", "ongoing", "per_schedule", "undated"}


def test_version() -> None:
    """--version prints the version."""
    assert run("--version").stdout.startswith("nq42 ")


def test_table_lists_each_responsible_owner_on_its_own_line() -> None:
    """Owner names are separated by real line breaks, not escaped ones."""
    out = run("due", "--quarter", "2024Q1", "--as-of", "2024-01-01", "--plan", str(PLAN)).stdout
    assert "\\x0a" not in out
    assert "ĐU trực thuộc TW" in out


def test_schema_errors_do_not_hide_reference_errors(tmp_path: Path) -> None:
    """A bad window in one duty and an unknown owner in another are both reported."""
    text = GOOD.replace('      - "quý I/2024"\n', '      - "quý V/2024"\n', 1).replace(
        "owner: btgtw", "owner: btgw", 1
    )
    bad = write(tmp_path, text)
    out = run("validate", str(bad), code=1).stdout
    assert "a quarter is I–IV" in out
    assert "unknown owner 'btgw'; did you mean 'btgtw'?" in out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["overdue", "--owner", "xyz"], "no owner matches 'xyz'"),
        (["status", "--owner", "ban kin te"], "did you mean"),
        (["list", "--section", "VI"], "no section or item 'VI' has duties"),
        (["due", "-q", "2024Q1", "--section", "IV.9"], "no section or item 'IV.9'"),
    ],
)
def test_a_filter_that_matches_nothing_is_a_typo(args: list[str], words: str) -> None:
    """An empty table would read as 'nothing is due': a filter naming nothing exits 2."""
    result = run(*args, "--plan", str(PLAN), code=2)
    assert words in result.output + result.stderr


def test_list_and_show_carry_recorded_completions() -> None:
    """list and show read the progress beside the plan, as due and overdue do."""
    rows = json.loads(run("list", "--plan", str(PLAN), "-f", "json").stdout)
    assert {r["id"]: r["completed_on"] for r in rows if r["completed_on"]} == {
        "II.1": "2023-12-04",
        "IV.2.a": "2024-05-09",
    }
    assert "Hoàn thành       2024-05-09" in run("show", "IV.2.a", "--plan", str(PLAN)).stdout
    shown_en = run("show", "IV.2.a", "--plan", str(PLAN), "--lang", "en").stdout
    assert "Done     2024-05-09" in shown_en
    shown = json.loads(run("show", "IV.2.a", "--plan", str(PLAN), "-f", "json").stdout)
    assert shown["completed_on"] == "2024-05-09"


def test_show_offers_only_its_formats_and_explains_an_item_id() -> None:
    """show takes table or json; an item id lists the item's duties."""
    run("show", "IV.2.a", "--plan", str(PLAN), "-f", "csv", code=2)
    result = run("show", "IV.2", "--plan", str(PLAN), code=2)
    assert "'IV.2' is an item; its duties are IV.2.a, IV.2.b, IV.2.c, IV.2.d" in " ".join(
        (result.output + result.stderr).replace("│", " ").split()
    )


def test_help_text_is_not_eaten_as_markup() -> None:
    """Square brackets in help text show as typed."""
    assert "[severity]" in run("validate", "--help", env={"COLUMNS": "200"}).stdout


def test_help_paragraphs_reflow_to_the_terminal() -> None:
    """Each help paragraph is one run of text that Rich wraps to the terminal's width; the
    docstring's own line breaks (at 88 columns) would leave a short line every few lines
    of an 80-column terminal. An example and an exit code keep their own line."""
    from nq42cli.cli.app import COMMANDS

    for command in COMMANDS:
        width = {"COLUMNS": "80", "TERMINAL_WIDTH": "80"}
        shown = run(*command.path, "--help", env=width).stdout
        prose = shown.split("╭")[0].splitlines()[3:]  # the usage line and the summary
        for line, after in itertools.pairwise([*prose, ""]):
            text, nxt = line.strip(), after.strip()
            if text and nxt and not re.match(r"Example|\d+:", nxt):
                assert len(line.rstrip()) >= 60, (command.path, line, after)
