"""``nq42 validate``: every problem of every file, in four formats, with exit codes CI trusts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nq42cli.core.problems import Problem, Severity
from nq42cli.core.text import visible
from nq42cli.render.problems_github import command, escape_data, escape_property
from tests.conftest import PLAN, run

IV2A_WINDOW = '    timing: "hoàn thành trong quý I/2024"\n    windows:\n      - "quý I/2024"\n'


def _variant(tmp_path: Path, name: str, *edits: tuple[str, str]) -> Path:
    """A copy of the real plan with each ``(old, new)`` edit applied once."""
    text = PLAN.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """A plan with three errors, written bottom-up in the file to test sorting."""
    return _variant(
        tmp_path,
        "broken.yaml",
        ('      - "quý I/2024"\n  - id: IV.2.b', '      - "quý V/2024"\n  - id: IV.2.b'),
        ('    short: "BBT"\n', '    short: "BBT"\n    colour: red\n'),
        ('  date: "2023-11-27"', '  date: "2023-13-27"'),
    )


@pytest.fixture
def early(tmp_path: Path) -> Path:
    """A valid plan with one warning: a deadline before the plan's own date."""
    return _variant(
        tmp_path,
        "early.yaml",
        (IV2A_WINDOW, IV2A_WINDOW.replace("2024", "2023")),
    )


def test_real_plan_is_valid() -> None:
    """The committed plan has no problem at all: no output, exit 0, summary on stderr."""
    out = run("validate", str(PLAN))
    assert out.stdout == ""
    assert "1 file(s) checked: 1 valid, 0 invalid, 0 error(s), 0 warning(s)" in out.stderr


def test_text_lists_every_error_sorted_by_position(broken: Path) -> None:
    """Text format is file:line:col: message, one line per problem, top of the file first."""
    out = run("validate", str(broken), code=1)
    lines = out.stdout.splitlines()
    assert len(lines) == 3
    positions = [tuple(int(n) for n in line.split(":")[1:3]) for line in lines]
    assert positions == sorted(positions)
    assert lines[0] == (
        f"{broken}:8:9: plan.date: '2023-13-27': input should be a valid date or datetime, "
        "month value is outside expected range of 1-12; write a day as YYYY-MM-DD (2023-11-27)"
    )
    assert lines[1].endswith(
        "owners[1].colour: unknown key 'colour'; allowed here: "
        "key, name, short, kind, members, succeeded_by"
    )
    assert lines[2].endswith(
        "duties[11].windows[0] (duty IV.2.a): 'quý V/2024': a quarter is I–IV (1–4)"
    )


def test_parsable_has_severity_and_code(broken: Path, early: Path) -> None:
    """Parsable format is file:line:col: [severity] message (code), files in the order given."""
    out = run("validate", str(early), str(broken), "--format", "parsable", code=1)
    lines = out.stdout.splitlines()
    assert lines[0] == (
        f"{early}:279:9: [warning] deadline 2023-03-31 is before the plan's own date 2023-11-27; "
        "check the year in 'timing' and 'windows' (plan.deadline_before_plan)"
    )
    assert lines[-1] == (
        f"{broken}:280:9: [error] duties[11].windows[0] (duty IV.2.a): 'quý V/2024': "
        "a quarter is I–IV (1–4) (time.bad_quarter)"
    )
    assert [line.split(":")[0] for line in lines] == [str(early)] * 1 + [str(broken)] * 3


def test_json_document(broken: Path) -> None:
    """JSON is one object: valid flag and problems with path, line, column, code, severity."""
    doc = json.loads(run("validate", str(broken), "-f", "json", code=1).stdout)
    assert doc["valid"] is False
    assert doc["problems"][2] == {
        "path": str(broken),
        "line": 280,
        "column": 9,
        "code": "time.bad_quarter",
        "severity": "error",
        "message": "duties[11].windows[0] (duty IV.2.a): 'quý V/2024': a quarter is I–IV (1–4)",
    }
    assert [p["code"] for p in doc["problems"]] == [
        "schema.date_from_datetime_parsing",
        "schema.extra_forbidden",
        "time.bad_quarter",
    ]


def test_warnings_pass_unless_strict(early: Path) -> None:
    """A warning is reported but passes; --strict makes the same run fail."""
    doc = json.loads(run("validate", str(early), "-f", "json").stdout)
    assert doc["valid"] is True
    assert [p["severity"] for p in doc["problems"]] == ["warning"]
    strict = json.loads(run("validate", str(early), "-f", "json", "--strict", code=1).stdout)
    assert strict["valid"] is False
    text = run("validate", str(early), "--strict", code=1)
    assert text.stdout.endswith("(warning)\n")
    assert "(--strict: warnings fail)" in text.stderr


def test_github_annotations(broken: Path, early: Path) -> None:
    """GitHub format emits ::error / ::warning workflow commands with escaped properties."""
    out = run("validate", str(broken), str(early), "-f", "github", code=1).stdout.splitlines()
    assert out[0] == (
        f"::error file={broken},line=8,col=9,title=nq42 schema.date_from_datetime_parsing::"
        "plan.date: '2023-13-27': input should be a valid date or datetime, month value is "
        "outside expected range of 1-12; write a day as YYYY-MM-DD (2023-11-27)"
    )
    assert out[-1].startswith(
        f"::warning file={early},line=279,col=9,title=nq42 plan.deadline_before_plan::"
    )


def test_github_is_default_under_actions(early: Path) -> None:
    """With GITHUB_ACTIONS=true and no --format, annotations are printed; --format wins."""
    auto = run("validate", str(early), env={"GITHUB_ACTIONS": "true"}).stdout
    assert auto.startswith("::warning file=")
    forced = run("validate", str(early), "-f", "text", env={"GITHUB_ACTIONS": "true"}).stdout
    assert forced.startswith(f"{early}:279:9: ")
    assert run("validate", str(early), env={"GITHUB_ACTIONS": "false"}).stdout.startswith(
        str(early)
    )


def test_github_escaping_follows_the_toolkit() -> None:
    """Data escapes % CR LF; properties also escape : and , (as @actions/core does)."""
    assert escape_data("50% a\r\nb") == "50%25 a%0D%0Ab"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    p = Problem("dir,x/a:b.yaml", 3, 4, "x.y", "bad: 100%, see", Severity.ERROR)
    assert (
        command(p)
        == "::error file=dir%2Cx/a%3Ab.yaml,line=3,col=4,title=nq42 x.y::bad: 100%25, see"
    )
    assert command(Problem("f.yaml", 0, 0, "file.empty", "file is empty")) == (
        "::error file=f.yaml,title=nq42 file.empty::file is empty"
    )


def test_control_characters_never_reach_the_terminal(tmp_path: Path) -> None:
    """A message quoting data with ESC or a newline shows it escaped in every format."""
    bad = _variant(
        tmp_path, "esc.yaml", ('    short: "BBT"\n', '    short: "BBT"\n    "x\\e[31m": 1\n')
    )
    for fmt in ("text", "parsable", "github"):
        out = run("validate", str(bad), "-f", fmt, code=1).stdout
        assert "\x1b" not in out
        assert "\\x1b[31m" in out
    doc = json.loads(run("validate", str(bad), "-f", "json", code=1).stdout)
    assert "\x1b" in doc["problems"][0]["message"]  # JSON escapes it itself


def test_every_file_is_reported(tmp_path: Path, broken: Path) -> None:
    """Several broken files: problems of all of them, each file once even if named twice."""
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    notyaml = tmp_path / "list.yaml"
    notyaml.write_text("- a\n- b\n", encoding="utf-8")
    doc = json.loads(
        run(
            "validate", str(empty), str(broken), str(notyaml), str(empty), "-f", "json", code=1
        ).stdout
    )
    assert [(p["path"], p["code"]) for p in doc["problems"]] == [
        (str(empty), "file.empty"),
        (str(broken), "schema.date_from_datetime_parsing"),
        (str(broken), "schema.extra_forbidden"),
        (str(broken), "time.bad_quarter"),
        (str(notyaml), "plan.not_mapping"),
    ]


def test_unknown_key_suggests_the_right_one(tmp_path: Path) -> None:
    """A misspelt key gets a 'did you mean' naming the key to write instead."""
    bad = _variant(tmp_path, "typo.yaml", ("    timing_source: text\n", "    timing_sorce: text\n"))
    out = run("validate", str(bad), code=1).stdout
    assert "unknown key 'timing_sorce'; did you mean 'timing_source'?" in out


def test_whole_file_checks_have_codes(tmp_path: Path) -> None:
    """Reference and numbering errors carry their plan.* codes and point at the value."""
    owner = '      - owner: bcsd_cp\n        role: responsible\n    timing: "hoàn thành trong quý I'
    bad = _variant(tmp_path, "refs.yaml", (owner, owner.replace("bcsd_cp", "bcsd_cq")))
    out = run("validate", str(bad), "-f", "parsable", code=1).stdout
    assert out == (
        f"{bad}:275:16: [error] unknown owner 'bcsd_cq'; did you mean 'bcsd_cp'? "
        "(plan.unknown_owner)\n"
    )


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    """A named file that does not exist is reported like any problem, and exits 2."""
    out = run("validate", str(PLAN), str(tmp_path / "nope.yaml"), "-f", "parsable", code=2)
    assert out.stdout == f"{tmp_path / 'nope.yaml'}: [error] no such file (file.missing)\n"


def test_default_is_the_plan_nq42_uses(tmp_path: Path, early: Path) -> None:
    """Without FILES, --plan (or NQ42_PLAN) names the file to check."""
    assert run("validate", "--plan", str(early)).stdout.startswith(f"{early}:279:9:")
    assert run("validate", env={"NQ42_PLAN": str(early)}).stdout.startswith(f"{early}:279:9:")


def test_bad_format_is_a_usage_error() -> None:
    """An unknown --format exits 2 naming the choices."""
    out = run("validate", str(PLAN), "-f", "xml", code=2)
    assert "parsable" in out.stderr


def test_a_new_file_kind_plugs_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Kinds are recognised by their top-level keys and checked after plans, seeing them.

    This is how progress files joined ``nq42 validate``: one ``register`` call.
    """
    from nq42cli.core import validation

    def check(path: Path, shown: str, context: validation.Context) -> list[Problem]:
        ids = {d.id for loaded in context.plans for d in loaded.plan.duties}
        return [Problem(shown, 1, 1, "records.unknown_duty", f"no duty X; plans have {len(ids)}")]

    monkeypatch.setattr(validation, "_KINDS", list(validation.kinds()))
    validation.register(validation.FileKind("notes", lambda d: "notes" in d, check))
    records = tmp_path / "notes.yaml"
    records.write_text("notes: []\n", encoding="utf-8")
    out = run("validate", str(records), str(PLAN), "-f", "parsable", code=1).stdout
    assert out == f"{records}:1:1: [error] no duty X; plans have 26 (records.unknown_duty)\n"


@given(path=st.text(min_size=1), message=st.text(), line=st.integers(0, 10**6))
def test_github_command_is_one_line_and_round_trips(path: str, message: str, line: int) -> None:
    """Whatever a path or message holds, the command is one line and decodes back exactly."""
    out = command(Problem(path, line, 1, "x.y", message))
    assert "\n" not in out
    assert "\r" not in out
    head, _, data = out[2:].partition("::")
    assert head.startswith("error file=")
    assert data.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%") == visible(message)
    file_value = head.removeprefix("error file=").split(",")[0]
    unescaped = file_value.replace("%2C", ",").replace("%3A", ":")
    assert unescaped.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%") == visible(path)
