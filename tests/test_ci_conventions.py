"""Shell and packaging conventions: help with examples, completion, version, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from nq42cli import __version__
from nq42cli.cli import app
from tests.conftest import PLAN, run


def _commands() -> list[tuple[str, ...]]:
    """Every registered command path, sub-apps' commands included (the root is ``()``)."""
    found: list[tuple[str, ...]] = []

    # Typer ships its own copy of click, so groups are recognised by their commands.
    def walk(cmd: Any, path: tuple[str, ...]) -> None:
        found.append(path)
        for name, sub in (getattr(cmd, "commands", None) or {}).items():
            walk(sub, (*path, name))

    walk(typer.main.get_command(app), ())
    return found


def test_every_help_has_an_example() -> None:
    """`--help` of every command and group, the root included, shows an 'Example: nq42 …' line."""
    assert "Example: nq42 due --quarter 2024Q1" in run("--help").stdout
    for path in _commands()[1:]:
        out = run(*path, "--help").stdout
        expected = " ".join(("Example: nq42", *path))
        assert expected in out, f"nq42 {' '.join(path)} --help lacks '{expected} …'"


def test_version() -> None:
    """`nq42 --version` prints the package version."""
    assert run("--version").stdout == f"nq42 {__version__}\n"


def test_shell_completion_is_enabled() -> None:
    """Typer's completion works: the script for bash, and completing a command name."""
    runner = CliRunner()
    script = runner.invoke(app, ["--show-completion", "bash"], prog_name="nq42")
    assert script.exit_code == 0
    assert "_NQ42_COMPLETE=complete_bash" in script.output
    env = {"_NQ42_COMPLETE": "complete_bash", "COMP_WORDS": "nq42 val", "COMP_CWORD": "1"}
    assert runner.invoke(app, [], prog_name="nq42", env=env).output == "validate\n"
    env = {"_NQ42_COMPLETE": "complete_bash", "COMP_WORDS": "nq42 validate -f ", "COMP_CWORD": "3"}
    choices = runner.invoke(app, [], prog_name="nq42", env=env).output.split()
    assert choices == ["text", "parsable", "github", "json"]
    assert "--install-completion" in run("--help").stdout


def _module(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nq42cli", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        encoding="utf-8",
    )


@pytest.mark.process
def test_python_dash_m(tmp_path: Path) -> None:
    """`python -m nq42cli` is the same CLI: version, a valid plan, an invalid one (no traceback)."""
    assert _module("--version").stdout == f"nq42 {__version__}\n"
    ok = _module("validate", str(PLAN), "-f", "json")
    assert (ok.returncode, ok.stdout) == (0, '{\n  "valid": true,\n  "problems": []\n}\n')
    bad = tmp_path / "plan.yaml"
    bad.write_text("plan: [\n", encoding="utf-8")
    failed = _module("validate", str(bad))
    assert failed.returncode == 1
    assert failed.stdout.startswith(f"{bad}:2:1: YAML syntax:")
    assert "Traceback" not in failed.stderr


# Exit codes of every command: 0 ok, 1 problems or invalid data, 2 usage. The table in
# README says the same; a command that is added must be added here too.
BROKEN = "<broken plan>"
STATUS = "<empty progress folder>"
NOT_A_PLAN = "<a text that is not a plan>"
ROOT = Path(__file__).resolve().parent.parent
EXIT_CASES: dict[tuple[str, ...], dict[int, list[str] | None]] = {
    (): {0: ["--version"], 1: None, 2: ["no-such-command"]},
    ("due",): {
        0: ["--quarter", "2024Q1", "--as-of", "2024-01-15"],
        1: ["--quarter", "2024Q1", "--as-of", "2024-01-15", "--plan", BROKEN],
        2: ["--quarter", "2024Q5"],
    },
    ("overdue",): {
        0: ["--as-of", "2024-04-01"],
        1: ["--as-of", "2024-04-01", "--plan", BROKEN],
        2: ["--as-of", "2024-13-01"],
    },
    ("ongoing",): {
        0: ["--as-of", "2024-01-15"],
        1: ["--as-of", "2024-01-15", "--plan", BROKEN],
        2: ["--role", "boss"],
    },
    ("list",): {0: [], 1: ["--plan", BROKEN], 2: ["--format", "xml"]},
    ("show",): {0: ["IV.2.a"], 1: ["IV.2.a", "--plan", BROKEN], 2: ["IV.9.z"]},
    ("plans",): {0: ["--as-of", "2026-11-30"], 1: ["--plan", BROKEN], 2: ["--plan-id", "68/NQ-CP"]},
    ("validate",): {0: [str(PLAN)], 1: [BROKEN], 2: ["no-such-file.yaml"]},
    ("schema",): {0: ["plan"], 1: None, 2: ["progress-of-nothing"]},
    ("export",): {0: ["--help"], 1: None, 2: ["pdf"]},
    ("export", "ics"): {0: [], 1: ["--plan", BROKEN], 2: ["--remind", "soon"]},
    ("export", "status"): {
        0: ["-f", "json", "--as-of", "2024-06-30"],
        1: ["--as-of", "2024-06-30", "--plan", BROKEN],
        2: ["-f", "pdf"],
    },
    ("export", "due"): {
        0: ["--quarter", "2024Q1", "-f", "csv", "--as-of", "2024-06-30"],
        1: ["--quarter", "2024Q1", "--plan", BROKEN],
        2: ["--quarter", "2024Q5"],
    },
    ("export", "overdue"): {
        0: ["-f", "md", "--as-of", "2024-06-30"],
        1: ["--as-of", "2024-06-30", "--plan", BROKEN],
        2: ["-f", "xlsx"],  # binary without -o
    },
    ("export", "ongoing"): {
        0: ["-f", "html", "--as-of", "2024-06-30"],
        1: ["--as-of", "2024-06-30", "--plan", BROKEN],
        2: ["--as-of", "2024-02-30"],
    },
    ("status",): {
        0: ["--as-of", "2024-06-30"],
        1: ["--as-of", "2024-06-30", "--plan", BROKEN],
        2: ["--lang", "fr"],
    },
    ("when",): {0: ["quý I/2024"], 1: ["hoàn thành sớm"], 2: ["quý I/2024", "-f", "xml"]},
    ("extract",): {
        0: [str(ROOT / "tests" / "plans" / "bo-ke-hoach.txt"), "-o", "-"],
        1: [NOT_A_PLAN, "-o", "-"],
        2: ["no-such-document.txt"],
    },
    ("history",): {0: ["IV.2.a"], 1: ["IV.2.a", "--plan", BROKEN], 2: ["IV.9.z"]},
    ("init",): {0: [STATUS], 1: None, 2: [NOT_A_PLAN]},
    ("migrate",): {0: ["--plan", str(PLAN), "--check"], 1: [NOT_A_PLAN], 2: ["none.yaml"]},
    ("report",): {
        0: ["--period", "2025H1", "-f", "json"],
        1: ["--period", "2025H1", "--plan", BROKEN],
        2: ["--period", "2025H3"],
    },
    ("timeline",): {
        0: ["--as-of", "2025-06-30"],
        1: ["--as-of", "2025-06-30", "--plan", BROKEN],
        2: ["--as-of", "2025-02-30"],
    },
    ("owners",): {
        0: ["--as-of", "2025-08-01"],
        1: ["--plan", BROKEN],
        2: ["--as-of", "2025-13-01"],
    },
    ("owners", "show"): {0: ["Đồng Nai"], 1: ["bkttw", "--plan", BROKEN], 2: ["Atlantis"]},
    ("record",): {
        0: ["IV.6.a", "--done", "--on", "2024-03-28", "--evidence", "x", "--status", STATUS],
        1: [
            "IV.6.a",
            "--done",
            "--on",
            "2024-03-28",
            "--evidence",
            "x",
            "--plan",
            BROKEN,
            "--status",
            STATUS,
        ],
        2: ["IV.9.z", "--done", "--on", "2024-03-28", "--evidence", "x", "--status", STATUS],
    },
}
TAKES_PLAN = {
    ("due",),
    ("overdue",),
    ("ongoing",),
    ("list",),
    ("show",),
    ("plans",),
    ("status",),
    ("history",),
    ("record",),
    ("report",),
    ("timeline",),
    ("owners",),
    ("owners", "show"),
    ("export", "ics"),
    ("export", "status"),
    ("export", "due"),
    ("export", "overdue"),
    ("export", "ongoing"),
}


def test_exit_code_table_covers_every_command() -> None:
    """Each registered command has its exit codes pinned below (and documented)."""
    assert sorted(EXIT_CASES) == sorted(_commands())
    doc = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for path in _commands():
        if path:
            assert f"| `nq42 {' '.join(path)}` |" in doc, path


@pytest.mark.parametrize("path", sorted(EXIT_CASES), ids=lambda p: " ".join(p) or "nq42")
def test_exit_codes(path: tuple[str, ...], tmp_path: Path) -> None:
    """0 ok, 1 invalid data, 2 usage, for each command (None: that code cannot happen)."""
    broken = tmp_path / "plan.yaml"
    broken.write_text("plan: {}\nsections: []\nowners: []\nduties: []\n", encoding="utf-8")
    for code, args in EXIT_CASES[path].items():
        if args is None:
            continue
        status = tmp_path / f"progress-{code}"
        status.mkdir()
        prose = tmp_path / "prose.txt"
        prose.write_text("Xin chào.\n", encoding="utf-8")
        swap = {BROKEN: str(broken), STATUS: str(status), NOT_A_PLAN: str(prose)}
        argv = [swap.get(a, a) for a in args]
        if path in TAKES_PLAN and "--plan" not in argv:
            argv += ["--plan", str(PLAN)]
        result = run(*path, *argv, code=code)
        if code == 2:
            assert "Traceback" not in result.output + result.stderr
