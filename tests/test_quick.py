"""The quick path answers exactly as typer does, or leaves the run to typer.

``nq42cli.quick`` reads the plain shape of a read-only question before typer is
imported. Its option table must be typer's own (checked against the click commands
typer builds), and every answer it gives must be the bytes the typer command prints.
"""

from __future__ import annotations

import enum
from pathlib import Path

import pytest
import typer.main

from nq42cli import quick
from nq42cli.cli import app
from tests.conftest import PLAN, run


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
