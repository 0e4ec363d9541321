"""The quick path answers exactly as typer does, or leaves the run to typer.

``nq42cli.quick`` reads the plain shape of a read-only question before typer is
imported. Its option table must be typer's own (checked against the click commands
typer builds), and every answer it gives must be the bytes the typer command prints.
"""

from __future__ import annotations

import enum
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main

from nq42cli import quick
from nq42cli.cli import app
from tests.conftest import PLAN, ROOT, posix_only, run

PLANSETS = ROOT / "tests" / "plansets"


def _commands() -> dict[str, object]:
    group = typer.main.get_command(app)
    return dict(group.commands)  # type: ignore[attr-defined]


def test_the_option_table_is_typers() -> None:
    """Every option, choice, argument and environment variable of the quick table is typer's."""
    commands = _commands()
    for name, table in quick.OPTIONS.items():
        command = commands[name]
        options: dict[str, str] = {}
        arguments: list[str] = []
        for param in command.params:  # type: ignore[attr-defined]
            if param.param_type_name == "argument":
                arguments.append(param.name)
                continue
            if param.name == "help":
                continue
            assert not param.is_flag, (name, param.name)  # the quick parser has no flags
            options.update(dict.fromkeys([*param.opts, *param.secondary_opts], param.name))
            # click's Choice (typer < 0.29) or typer's own descriptor (typer 0.29).
            kind = getattr(param, "type", None) or getattr(param, "type_descriptor", None)
            choices = getattr(kind, "choices", None)
            if choices is not None:
                values = tuple(c.value if isinstance(c, enum.Enum) else c for c in choices)
                assert quick.CHOICES[name][param.name] == values, (name, param.name)
            if param.envvar:
                assert quick.ENVVARS[param.name] == param.envvar
            else:
                assert param.name not in quick.ENVVARS
        assert options == table, name
        assert tuple(arguments) == quick.ARGUMENTS.get(name, ())


ASKED = [
    ["due", "-q", "2024Q1", "--as-of", "2024-03-15", "--plan", str(PLAN), "-f", "json"],
    ["due", "--quarter=2024Q1", "--as-of", "15/03/2024", "--plan", str(PLAN)],
    ["due", "--from", "2024-01-01", "--to", "2024-06-30", "--plan", str(PLAN), "-f", "csv"],
    ["due", "-y", "2025", "--plan", str(PLAN), "-f", "md", "--lang", "en", "--as-of", "2024-01-01"],
    ["overdue", "--as-of", "2024-04-01", "--plan", str(PLAN), "--owner", "ban kinh te"],
    ["overdue", "--as-of", "2024-06-01", "--plan", str(PLAN), "-f", "json", "--role", "lead"],
    ["ongoing", "--as-of", "2024-04-01", "--plan", str(PLAN), "--section", "IV", "-f", "csv"],
    ["list", "--plan", str(PLAN), "--search", "thể chế hoá", "--as-of", "2024-06-30"],
    ["status", "--as-of", "2024-06-30", "--plan", str(PLAN), "-f", "json"],
    ["status", "--as-of", "2024-06-30", "--plan", str(PLAN), "--section", "IV.4", "--lang", "en"],
    ["history", "IV.2.a", "--as-of", "2024-06-30", "--plan", str(PLAN), "-f", "json"],
    ["history", "iv.2.a", "--as-of", "2024-06-30", "--plan", str(PLAN)],
]


@pytest.mark.parametrize("argv", ASKED, ids=lambda a: " ".join(a[:3]))
def test_quick_answers_are_typers_byte_for_byte(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """With a warm index the quick path answers, and prints what the typer command prints."""
    expected = run(*argv).stdout  # typer's answer; it also writes the index
    assert quick.answered(argv)
    # Both write the same text to sys.stdout; click's runner reads CRLF back as LF.
    assert capsys.readouterr().out.replace("\r\n", "\n") == expected


DECLINED = [
    ["due", "-q", "2024Q1", "--help"],
    ["due", "-q2024Q1", "--plan", str(PLAN)],
    ["due", "-f=json", "-q", "2024Q1", "--plan", str(PLAN)],
    ["due", "-q", "2024Q1", "-f", "JSON", "--plan", str(PLAN)],
    ["due", "-q", "2024Q1", "-q", "2024Q2", "--plan", str(PLAN)],
    ["due", "-q", "2024Q1", "-y", "2024", "--plan", str(PLAN)],
    ["due", "-q", "2024Q5", "--plan", str(PLAN)],
    ["due", "--from", "2024-06-01", "--to", "2024-01-01", "--plan", str(PLAN)],
    ["due", "--plan", str(PLAN)],
    ["overdue", "--as-of", "31/02/2024", "--plan", str(PLAN)],
    ["overdue", "--owner", "no such body", "--plan", str(PLAN)],
    ["overdue", "--plan", str(PLAN), "extra"],
    ["overdue", "--plan"],
    ["--no-cache", "overdue", "--plan", str(PLAN)],
    ["show", "IV.2.a", "--plan", str(PLAN)],
    ["history", "IV.9.z", "--plan", str(PLAN)],
    ["record", "IV.2.a", "--done"],
    ["overdue", "--plan", str(PLAN), "--plan-id", "19-KH/TW"],
    ["overdue", "--plan", str(PLAN), "--plan", str(PLANSETS)],
    [],
]


@pytest.mark.parametrize("argv", DECLINED, ids=lambda a: " ".join(a[:4]))
def test_anything_else_is_left_to_typer(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Help, odd spellings, bad values, errors: the quick path prints nothing and declines."""
    run("list", "--plan", str(PLAN), "-f", "json")  # the index is warm
    assert not quick.answered(argv)
    assert capsys.readouterr().out == ""


def test_without_an_index_typer_reads_the_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No index of these bytes: declined before any YAML is read (typer then builds it)."""
    monkeypatch.setenv("NQ42_CACHE_DIR", str(tmp_path / "empty-cache"))
    argv = ["overdue", "--as-of", "2024-04-01", "--plan", str(PLAN), "-f", "json"]
    assert not quick.answered(argv)
    assert capsys.readouterr().out == ""
    assert not (tmp_path / "empty-cache").exists()


def test_environment_options_are_read_as_typer_reads_them(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """NQ42_PLAN stands for --plan; NQ42_NO_CACHE leaves the run to typer."""
    argv = ["overdue", "--as-of", "2024-04-01", "-f", "json"]
    monkeypatch.setenv("NQ42_PLAN", str(PLAN))
    expected = run(*argv).stdout
    assert quick.answered(argv)
    assert capsys.readouterr().out == expected
    monkeypatch.setenv("NQ42_NO_CACHE", "1")
    assert not quick.answered(argv)
    monkeypatch.delenv("NQ42_NO_CACHE")
    monkeypatch.setenv("NQ42_PLAN", "")
    assert not quick.answered(argv)


@pytest.mark.parametrize(
    "how", ["plans folder", "plans/ beside data/", "NQ42_PLAN with several paths"]
)
def test_several_plans_are_left_to_typer(
    how: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Several plans found any way: declined even with every plan's index warm.

    The full run checks the links between the plans and names each row's plan; the
    quick path answers for one plan only.
    """
    import shutil

    shutil.copytree(PLAN.parent, tmp_path / "data")
    for name in ("45-ctr-tu", "221-kl-tw"):
        shutil.copytree(PLANSETS / name, tmp_path / "plans" / name)
    plan, plans = tmp_path / "data" / "plan.yaml", tmp_path / "plans"
    argv = ["overdue", "--as-of", "2026-11-30", "-f", "json"]
    if how == "plans folder":
        argv += ["--plan", str(plans)]
    elif how == "plans/ beside data/":
        monkeypatch.chdir(tmp_path)
    else:
        monkeypatch.setenv("NQ42_PLAN", os.pathsep.join([str(plan), str(plans)]))
    for one in (plan, plans / "45-ctr-tu" / "plan.yaml", plans / "221-kl-tw" / "plan.yaml"):
        run("overdue", "--as-of", "2026-11-30", "-f", "json", "--plan", str(one))
        assert quick.answered(["overdue", "--as-of", "2026-11-30", "--plan", str(one)])
    capsys.readouterr()
    expected = run(*argv).stdout
    assert '"plan": "45-CTr/TU"' in expected
    assert not quick.answered(argv)
    assert capsys.readouterr().out == ""


# --------------------------------------------------------------------------- main's rules


def test_long_tables_are_typers_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Past LEAN_ROWS (lean drawing) and past MAX_ROWS (the cap and its line): the same bytes."""
    from nq42cli.render import lean, table
    from tests.test_lean_table import _plan_with

    monkeypatch.setattr(table, "MAX_ROWS", lean.LEAN_ROWS + 20)
    plan = str(_plan_with(tmp_path, lean.LEAN_ROWS + 50))
    for argv in (
        ["list", "--plan", plan, "--as-of", "2024-06-01", "--lang", "en"],
        ["status", "--plan", plan, "--as-of", "2024-06-01"],
    ):
        expected = run(*argv).stdout
        assert "… " in expected, argv[0]  # the cap's line: "… and 30 more rows …"
        assert " 30 " in expected, argv[0]
        assert quick.answered(argv)
        assert capsys.readouterr().out.replace("\r\n", "\n") == expected


def test_text_is_escaped_as_typer_escapes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plan whose text carries control characters and markup: escaped the same way."""
    plan = tmp_path / "plan.yaml"
    text = PLAN.read_text(encoding="utf-8")
    first = "Chỉ đạo xây dựng"
    assert first in text
    plan.write_text(text.replace(first, "[red]Chỉ đạo\\x1b[2J xây dựng", 1), encoding="utf-8")
    argv = ["list", "--plan", str(plan), "--as-of", "2024-06-30", "-f", "json"]
    for asked in (argv, argv[:-2]):
        expected = run(*asked).stdout
        assert "\x1b" not in expected
        assert quick.answered(asked)
        assert capsys.readouterr().out.replace("\r\n", "\n") == expected


def _copy(tmp_path: Path) -> Path:
    """The real plan with a progress folder of its own (one record), in ``tmp_path``."""
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(PLAN.read_bytes())
    (tmp_path / "progress").mkdir()
    run("record", "IV.2.a", "--note", "Đã họp", "--on", "2024-03-01", "--plan", str(plan))
    return plan


@posix_only
def test_a_progress_file_that_is_not_a_regular_file_is_never_opened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A named pipe or a link to a device among the progress files: declined, at once."""
    plan = _copy(tmp_path)
    argv = ["overdue", "--as-of", "2024-06-01", "--plan", str(plan), "-f", "json"]
    run(*argv)
    assert quick.answered(argv)  # warm
    capsys.readouterr()
    fifo = tmp_path / "progress" / "IV.2.b.yaml"
    os.mkfifo(fifo)  # nobody writes to it: opening it blocking would hang
    assert not quick.answered(argv)
    fifo.unlink()
    (tmp_path / "progress" / "IV.2.b.yaml").symlink_to("/dev/zero")
    assert not quick.answered(argv)
    assert capsys.readouterr().out == ""


def test_a_progress_file_under_another_name_is_not_answered_from_the_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Names are in the index's key: the same bytes under another duty's name are typer's."""
    plan = _copy(tmp_path)
    argv = ["history", "IV.2.a", "--as-of", "2024-06-01", "--plan", str(plan), "-f", "json"]
    run(*argv)
    assert quick.answered(argv)
    capsys.readouterr()
    (tmp_path / "progress" / "IV.2.a.yaml").rename(tmp_path / "progress" / "IV.2.b.yaml")
    assert not quick.answered(argv)
    assert capsys.readouterr().out == ""


# A typer that cannot be imported: a run that reaches typer fails loudly.
_NO_TYPER = "raise SystemExit('typer was imported')\n"


def _script(
    tmp_path: Path, args: list[str], poison: bool, **popen: Any
) -> subprocess.CompletedProcess[bytes]:
    """``python -m nq42cli ARGS`` as the ``nq42`` script runs, with a cp1258 stdout."""
    blocked = tmp_path / "no-typer"
    blocked.mkdir(exist_ok=True)
    (blocked / "typer.py").write_text(_NO_TYPER)
    path = [*([str(blocked)] if poison else []), str(ROOT / "src")]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(path),
        "PYTHONIOENCODING": "cp1258",
        "NQ42_CACHE_DIR": str(tmp_path / "cache"),
        "NO_COLOR": "1",
        "COLUMNS": "100",
    }
    popen.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(
        [sys.executable, "-m", "nq42cli", *args],
        stderr=subprocess.PIPE,
        env=env,
        check=False,
        timeout=120,
        **popen,
    )


WARM = ["due", "-q", "2024Q1", "--as-of", "2024-01-15", "--plan", str(PLAN)]


@pytest.mark.process
def test_a_legacy_code_page_gets_utf8_from_the_quick_path_too(tmp_path: Path) -> None:
    """PYTHONIOENCODING=cp1258: cold (typer) and warm (no typer at all) print the same UTF-8."""
    cold = _script(tmp_path, WARM, poison=False)
    warm = _script(tmp_path, WARM, poison=True)
    assert (cold.returncode, warm.returncode) == (0, 0), warm.stderr
    assert warm.stdout == cold.stdout
    assert "Chỉ đạo".encode() in warm.stdout  # UTF-8, not cp1258's decomposed letters


@pytest.mark.process
@posix_only
def test_a_full_disk_is_the_same_one_line_on_the_quick_path(tmp_path: Path) -> None:
    """`nq42 due … > /dev/full` with a warm index: exit 1 and typer's one line, no traceback.

    JSON is written by the quick path itself (typer is never imported); a table is
    declined as Rich touches the stream while drawing, and typer says the same line.
    """
    # The index is warmed by the very code the runs below use (the source tree): an
    # installed nq42 keys its index by its own files, so it would warm another one.
    assert _script(tmp_path, WARM, poison=False).returncode == 0
    line = b"Error: cannot write the output: No space left on device\n"
    with open("/dev/full", "wb") as full:
        for args, poison in (([*WARM, "-f", "json"], True), (WARM, False)):
            warm = _script(tmp_path, args, poison=poison, stdout=full)
            cold = _script(tmp_path, ["--no-cache", *args], poison=False, stdout=full)
            assert (warm.returncode, warm.stderr) == (1, line), args
            assert (cold.returncode, cold.stderr) == (1, line), args
