"""Shell completion of duty ids, sections and items, and owners, from the plan in use.

Completion is asked for as a shell asks: the ``_NQ42_COMPLETE`` variable set, the
command line in ``COMP_WORDS`` (bash) or ``_TYPER_COMPLETE_ARGS`` (zsh).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nq42cli.cli import app
from tests.conftest import PLAN


def bash(line: str, env: dict[str, str] | None = None) -> list[str]:
    """What bash would offer for the last word of ``line`` ('' for a new word)."""
    words = line.split(" ")
    result = CliRunner().invoke(
        app,
        [],
        prog_name="nq42",
        env={
            "_NQ42_COMPLETE": "complete_bash",
            "COMP_WORDS": line,
            "COMP_CWORD": str(len(words) - 1),
            **(env or {}),
        },
    )
    assert result.exit_code == 0, result.output
    return result.stdout.split()


def zsh(line: str) -> str:
    """The zsh completion script's answer (carries each owner's name as help)."""
    env = {"_NQ42_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": line}
    result = CliRunner().invoke(app, [], prog_name="nq42", env=env)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_show_completes_duty_ids() -> None:
    """`nq42 show IV.2<TAB>` offers the duties of item IV.2, in plan order."""
    assert bash(f"nq42 show --plan {PLAN} IV.2") == ["IV.2.a", "IV.2.b", "IV.2.c", "IV.2.d"]
    assert bash("nq42 history V.") == ["V.1", "V.2", "V.3"]
    assert bash("nq42 record IX") == []


def test_section_completes_sections_then_items_then_ids() -> None:
    """--section offers sections, then items, then duty ids."""
    offered = bash("nq42 list --section IV")
    assert offered[:7] == ["IV", "IV.1", "IV.2", "IV.3", "IV.4", "IV.5", "IV.6"]
    assert "IV.2.a" in offered
    assert bash("nq42 due --section II.") == ["II.1", "II.2", "II.3"]


def test_owner_completes_names_of_the_plan_and_its_registry() -> None:
    """--owner offers the names --owner takes (tests/test_owners.py has the rest)."""
    assert bash("nq42 overdue --owner bk") == ["bkTTW"]
    assert "BCSĐCP" in zsh("nq42 due --owner BC")


def test_completion_reads_the_plan_given(tmp_path: Path) -> None:
    """--plan (or NQ42_PLAN) typed before the word is the plan completion reads."""
    text = PLAN.read_text(encoding="utf-8").replace("id: IV.2.d", "id: IV.2.e", 1)
    other = tmp_path / "plan.yaml"
    other.write_text(text, encoding="utf-8")
    assert bash(f"nq42 show --plan {other} IV.2.")[-1] == "IV.2.e"
    assert bash("nq42 show IV.2.", env={"NQ42_PLAN": str(other)})[-1] == "IV.2.e"


def test_a_plan_that_cannot_be_read_offers_nothing(tmp_path: Path) -> None:
    """No traceback and no message in the middle of a command line: just no words."""
    broken = tmp_path / "plan.yaml"
    broken.write_text("plan: [\n", encoding="utf-8")
    assert bash(f"nq42 show --plan {broken} IV") == []
    assert bash(f"nq42 due --plan {tmp_path / 'none.yaml'} --owner b") == []


PROBE = """
import atexit, json, sys
atexit.register(lambda: sys.stderr.write("MODULES " + json.dumps(sorted(sys.modules)) + "\\n"))
sys.argv = ["nq42"]
from nq42cli.cli import main
main()
"""


@pytest.mark.process
def test_warm_completion_is_served_by_the_index(tmp_path: Path) -> None:
    """Once the index exists, completing never reads the plan: no YAML, no models.

    (typer's completion machinery itself loads Rich and pydantic: the framework's floor.)
    """
    line = f"nq42 show --plan {PLAN} IV.6"
    # Cold, in-process (its modules are not what is checked): the plan is read and indexed.
    assert bash(line, {"NQ42_CACHE_DIR": str(tmp_path)}) == ["IV.6.a", "IV.6.b"]
    env = {
        **os.environ,
        "NQ42_CACHE_DIR": str(tmp_path),
        "_NQ42_COMPLETE": "complete_bash",
        "COMP_WORDS": line,
        "COMP_CWORD": "4",
    }
    # Warm, in a fresh process: the index answers.
    proc = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["IV.6.a", "IV.6.b"]
    line = next(x for x in proc.stderr.splitlines() if x.startswith("MODULES "))
    modules = set(json.loads(line.removeprefix("MODULES ")))
    assert "yaml" not in {m.split(".")[0] for m in modules}
    slow = {"nq42cli.core.loader", "nq42cli.core.models", "nq42cli.core.yamlsrc"}
    assert not modules & slow
