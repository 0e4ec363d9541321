"""Machine formats load only what they need: no Rich, and no pydantic or YAML from the cache."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PLAN, run

# Every test here starts real processes: what a fresh interpreter imports is the point.
pytestmark = pytest.mark.process

# Runs the CLI in a fresh interpreter and prints, at exit, every module it loaded.
PROBE = """
import atexit, json, sys
atexit.register(lambda: sys.stderr.write("MODULES " + json.dumps(sorted(sys.modules)) + "\\n"))
sys.argv = ["nq42", *sys.argv[1:]]
from nq42cli.cli import main
main()
"""

# The ``nq42`` script itself: the quick path first, typer when it declines.
SCRIPT = PROBE.replace("from nq42cli.cli import main", "from nq42cli.quick import main")

# The framework floor: a one-command typer app; whatever it loads, nq42 may load too.
FLOOR = """
import atexit, json, sys
atexit.register(lambda: sys.stderr.write("MODULES " + json.dumps(sorted(sys.modules)) + "\\n"))
import typer
app = typer.Typer()
@app.command()
def main(x: str = "") -> None:
    print("ok")
app()
"""


def loaded(code: str, *args: str, cache: Path) -> set[str]:
    env = {**os.environ, "NQ42_CACHE_DIR": str(cache)}
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=False
    )
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stderr.splitlines() if x.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES ")))


def roots(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


def warm(*args: str, cache: Path) -> None:
    """Write the index of ``args``'s plan into ``cache``: in-process, as its modules are not
    what the test checks (the index is the same whoever writes it)."""
    run(*args, env={"NQ42_CACHE_DIR": str(cache)})


DUE = ("due", "-q", "2024Q1", "--as-of", "2024-01-15", "--plan", str(PLAN))


@pytest.mark.parametrize("fmt", ["json", "csv", "md"])
def test_machine_formats_never_load_rich(tmp_path: Path, fmt: str) -> None:
    """--format json/csv/md never imports Rich, whether the cache serves or not."""
    for _ in range(2):  # cold (plan read, index written), then warm (index)
        mods = loaded(PROBE, *DUE, "-f", fmt, cache=tmp_path)
        assert "rich" not in roots(mods)


def test_warm_json_loads_nothing_beyond_the_typer_floor(tmp_path: Path) -> None:
    """When the index serves: no YAML, no plan model; third-party modules only typer's own."""
    warm(*DUE, "-f", "json", cache=tmp_path)
    mods = loaded(PROBE, *DUE, "-f", "json", cache=tmp_path)
    assert "yaml" not in roots(mods)
    assert "nq42cli.core.models" not in mods
    assert "nq42cli.core.loader" not in mods
    floor = loaded(FLOOR, cache=tmp_path)
    stdlib = set(sys.stdlib_module_names)
    extra = {m for m in mods - floor if m.split(".")[0] not in stdlib | {"nq42cli"}}
    assert extra == set()
    # typer 0.29 imports pydantic to convert every option (pyproject keeps typer < 0.29).
    assert "pydantic" not in roots(mods)


def test_a_warm_question_never_imports_typer(tmp_path: Path) -> None:
    """The nq42 script answers a warm index's question with no typer, pydantic, YAML or Rich."""
    warm(*DUE, "-f", "json", cache=tmp_path)
    for fmt in ("json", "csv"):
        mods = loaded(SCRIPT, *DUE, "-f", fmt, cache=tmp_path)
        assert not roots(mods) & {"typer", "click", "pydantic", "yaml", "rich"}, fmt
    # On the whole run of a question typer must answer (here --help), it is typer's again.
    assert "typer" in roots(loaded(SCRIPT, "due", "--help", cache=tmp_path))


def test_cold_json_still_needs_no_rich_but_reads_the_plan(tmp_path: Path) -> None:
    """Without an index the plan is read and validated (YAML, models) — and Rich stays out."""
    mods = loaded(PROBE, "--no-cache", *DUE, "-f", "json", cache=tmp_path)
    assert "nq42cli.core.models" in mods
    assert "rich" not in roots(mods)


# What a warm answer of one plan never uses, so never loads: the several-plans layer, the
# results of the rarer commands (fifteen dataclasses), the progress-file reader, the
# grammar, the owners registry's reader; and for a listing, the status classes. Nor
# dataclasses (and its inspect): the answer path's value classes are named tuples, since
# defining a frozen dataclass costs about a millisecond on Python 3.11.
NOT_ON_THE_WARM_PATH = {
    "dataclasses",
    "inspect",
    "nq42cli.core.plans",
    "nq42cli.core.results_more",
    "nq42cli.core.progress",
    "nq42cli.core.grammar",
    "nq42cli.core.owners",
}


@pytest.mark.parametrize(
    ("question", "also_not"),
    [
        ((*DUE, "-f", "json"), {"nq42cli.core.status"}),
        (("status", "--as-of", "2024-06-01", "--plan", str(PLAN), "-f", "json"), set()),
        (("history", "IV.2.a", "--as-of", "2024-06-01", "--plan", str(PLAN), "-f", "json"), set()),
    ],
)
def test_a_warm_answer_loads_only_what_it_uses(
    tmp_path: Path, question: tuple[str, ...], also_not: set[str]
) -> None:
    """By the modules loaded, never by time: each was measured as start-up cost (issue 16)."""
    warm(*question, cache=tmp_path)
    mods = loaded(SCRIPT, *question, cache=tmp_path)
    assert "typer" not in roots(mods), "the quick path declined"
    unused = NOT_ON_THE_WARM_PATH | also_not
    assert mods.isdisjoint(unused), sorted(mods & unused)
