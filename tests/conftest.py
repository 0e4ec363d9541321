"""Shared test helpers: run the CLI in-process, pin the terminal, find the real plan."""

from __future__ import annotations

import functools
import math
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from typer.testing import Result

    from nq42cli.core.rules import RecordLike

# What this module imports for the tests (hypothesis, typer, nq42 itself, yaml) it
# imports on first use: under xdist the controlling process loads this conftest too but
# runs no test, and importing them there cost it about a CPU-second a run.

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "data" / "plan.yaml"
# The plan's text: the shared seed when it is beside the project, else the copy kept with
# the tests (test_plan_data checks the two are the same), so a fresh clone runs every test.
SHARED_SEED = ROOT.parent / "shared" / "seed" / "ke-hoach-thuc-hien-nq42.txt"
SEED = ROOT / "tests" / "fixtures" / "ke-hoach-thuc-hien-nq42.txt"

# Property tests must not depend on how fast the machine is: no per-example deadline, no
# "data generation too slow" health check, and the same examples on every run and machine
# (derandomize, no example database), so a slow or busy CI cannot fail where a laptop
# passed. The number of examples is set here, once (a test that names its own count, for
# examples much dearer or cheaper than most, names its CI count through scaled() below, so
# it follows the profile): 25 in the README's run, which keeps it
# under a minute on two busy cores; HYPOTHESIS_PROFILE=ci draws 200 (.ci/run runs every
# property test so, `-m hypothesis`), and HYPOTHESIS_PROFILE=explore 1,000 fresh random
# ones per test to look further. They are loaded before any test module is collected
# (pytest_configure below, or the first scaled()), never in the xdist controller.
CI_EXAMPLES = 200


@functools.cache
def load_profiles() -> None:
    """Register the profiles and load the run's (once)."""
    from hypothesis import HealthCheck, settings

    settings.register_profile(
        "nq42",
        max_examples=25,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    settings.register_profile("ci", parent=settings.get_profile("nq42"), max_examples=CI_EXAMPLES)
    settings.register_profile(
        "explore",
        parent=settings.get_profile("nq42"),
        derandomize=False,
        max_examples=1000,
    )
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "nq42"))


def scaled(ci_examples: int) -> int:
    """The examples for a test that names its own count: ``ci_examples`` under
    HYPOTHESIS_PROFILE=ci, and the same share of the loaded profile's count elsewhere
    (an eighth in the default run, five times under explore), never fewer than 10.

    A test whose examples are much dearer or cheaper than the profile's usual one sets
    its CI count through this, so the default run stays fast while CI runs as many as
    the test asked for: ``@settings(max_examples=scaled(300))``.
    """
    from hypothesis import settings

    load_profiles()
    share = settings().max_examples * ci_examples / CI_EXAMPLES
    return max(min(10, ci_examples), math.ceil(share))


posix_only = pytest.mark.skipif(
    sys.platform == "win32", reason="POSIX only: signals, fork, devices or file modes"
)
"""For the tests that exercise POSIX itself (kill -9, fork, /dev/zero, umask modes)."""

POSIX_ONLY_MODULES = ("fcntl",)
POSIX_ONLY_CALLS = ("fchmod",)


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--without-posix``: run as on Windows, with the POSIX-only modules and calls gone."""
    parser.addoption(
        "--without-posix",
        action="store_true",
        help="hide fcntl and os.fchmod (as on Windows) before any test imports them",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Hide the POSIX-only modules and calls when ``--without-posix`` is given.

    nq42 and filelock import them lazily, so hiding them here, before the first test,
    makes every later import see a Windows-like standard library: ``import fcntl``
    raises ImportError and ``os.fchmod`` is not there. filelock is dropped from
    ``sys.modules`` so that it chooses its lock again without fcntl.
    """
    runs_tests = hasattr(config, "workerinput") or not getattr(config.option, "numprocesses", None)
    if runs_tests:  # a worker, or a run without xdist: not the xdist controller
        load_profiles()
    if not config.getoption("--without-posix"):
        return
    for name in POSIX_ONLY_MODULES:
        sys.modules[name] = None  # type: ignore[assignment]
    for name in POSIX_ONLY_CALLS:
        if hasattr(os, name):
            delattr(os, name)
    for name in [m for m in sys.modules if m == "filelock" or m.startswith("filelock.")]:
        del sys.modules[name]


def posix_hidden(config: pytest.Config) -> bool:
    """Whether this run hides the POSIX-only modules (``--without-posix``)."""
    return bool(config.getoption("--without-posix"))


@pytest.fixture(autouse=True, scope="session")
def _plain_terminal() -> Iterator[None]:
    """Under GITHUB_ACTIONS typer and Rich turn colour on; tests compare plain text."""
    saved = {
        k: os.environ.get(k)
        for k in (
            "_TYPER_FORCE_DISABLE_TERMINAL",
            "TERMINAL_WIDTH",
            "COLUMNS",
            "NO_COLOR",
            "GITHUB_ACTIONS",
            "NQ42_PLAN",
            "NQ42_CACHE_DIR",
            "NQ42_NO_CACHE",
            "PYTHONDONTWRITEBYTECODE",
            "PYTHONPYCACHEPREFIX",
        )
    }
    os.environ.update(
        {
            "_TYPER_FORCE_DISABLE_TERMINAL": "1",
            "TERMINAL_WIDTH": "3000",
            "COLUMNS": "3000",
            "NO_COLOR": "1",
        }
    )
    os.environ.pop("GITHUB_ACTIONS", None)
    os.environ.pop("NQ42_PLAN", None)
    os.environ.pop("NQ42_NO_CACHE", None)
    # The plan index (core.cache) goes to a private folder, never the user's cache.
    os.environ["NQ42_CACHE_DIR"] = tempfile.mkdtemp(prefix="nq42-test-cache-")
    # The suite starts a few hundred nq42 processes. Where nq42 has no bytecode beside
    # its source (an editable checkout under PYTHONDONTWRITEBYTECODE) each would compile
    # it again (about 0.1 s of CPU each): they share the run's private folder instead
    # (tests/__init__.py). An installed nq42 has its bytecode: they read it, as it is.
    if sys.pycache_prefix:
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = sys.pycache_prefix
    yield
    shutil.rmtree(os.environ["NQ42_CACHE_DIR"], ignore_errors=True)
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(autouse=True, scope="session")
def _command_built_once() -> Iterator[None]:
    """Build the click command of ``app`` once for the whole run.

    Typer rebuilds it from the function signatures on every ``CliRunner.invoke`` (about
    35 ms for nq42's commands), which was most of each CLI test's time. The command is
    the same object a real ``nq42`` process builds once at start.
    """
    import typer.main
    import typer.testing

    from nq42cli.cli import app

    built = typer.main.get_command(app)

    def cached(given: typer.Typer) -> Any:
        return built if given is app else typer.main.get_command(given)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(typer.testing, "_get_command", cached)
        yield


@pytest.fixture(scope="session")
def kit_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One result of every kind (tests/results_kit.py), built once per worker for the
    tests that only render them (test_output_pipeline, test_labels): building them
    writes a workspace and runs most of the API, several times the cost of rendering."""
    from tests.results_kit import results

    return results(tmp_path_factory.mktemp("kit"))


# The encoding of the streams the CLI is given: the run's PYTHONIOENCODING (.ci/run runs
# the CLI tests once with cp1258, Vietnamese Windows' code page), else UTF-8.
STREAM_CHARSET = os.environ.get("PYTHONIOENCODING", "").partition(":")[0] or "utf-8"


def read_yaml(path: Path) -> Any:
    """A test's own YAML file (a manifest, a corpus), read with libyaml where present.

    Collecting reads several of them in every xdist worker; libyaml's reader gives the
    same data as PyYAML's pure-Python one (checked for each of these files) in a tenth
    of the time. What nq42 itself reads is never read this way.
    """
    import yaml

    return yaml.load(
        path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )


def run(*args: str, code: int = 0, env: dict[str, str] | None = None) -> Result:
    """Run ``nq42 ARGS`` in-process and check its exit code."""
    from typer.testing import CliRunner

    from nq42cli.cli import app

    runner = CliRunner(charset=STREAM_CHARSET)
    result = runner.invoke(app, list(args), catch_exceptions=False, env=env)
    # A stream that cannot hold Vietnamese is switched to UTF-8 (nq42cli.streams):
    # the bytes are UTF-8 whatever the charset, and are read so.
    runner.charset = "utf-8"
    assert result.exit_code == code, result.output + result.stderr
    return result


def check_jsonschema(schema: Path, instance: Path) -> tuple[int, str]:
    """check-jsonschema's own command on ``instance``, in this process: (exit code, output).

    An independent validator's verdict is what the tests check, not its start-up: a
    process of its own cost about 0.6 CPU-s to start, three times a run.
    """
    from check_jsonschema.cli.main_command import main
    from click.testing import CliRunner

    argv = ["--schemafile", str(schema), str(instance)]
    result = CliRunner().invoke(main, argv, catch_exceptions=False)
    return result.exit_code, result.output


class _ByDuty(Mapping[tuple[str, str], Sequence["RecordLike"]]):
    """Progress records by duty id, whatever the plan (what the query tests need)."""

    def __init__(self, by_id: dict[str, list[RecordLike]]) -> None:
        self._by_id = by_id

    def __getitem__(self, key: tuple[str, str]) -> Sequence[RecordLike]:
        return self._by_id[key[1]]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(("", k) for k in self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)


def done_records(days: Mapping[str, date]) -> Mapping[tuple[str, str], Sequence[RecordLike]]:
    """A whole-duty ``done`` record on each given day, by duty id."""
    from nq42cli.core.progress import Record
    from nq42cli.core.rules import Event

    return _ByDuty(
        {k: [Record(event=Event.DONE, on=day, evidence="doc")] for k, day in days.items()}
    )


def pytest_collection_finish(session: pytest.Session) -> None:
    """Keep the cyclic collector off what every test shares, as the CLI keeps it off.

    By the end of collection a worker holds every test module, typer's app, pydantic's
    schemas and hypothesis: hundreds of thousands of long-lived objects that each full
    collection would walk again, thousands of times over a run (about a sixth of the
    suite's CPU). Frozen, they are never scanned; the thresholds let the in-process CLI
    runs (which build and drop large acyclic data, like the real ``nq42`` that turns the
    collector off: ``cli/app.py``) allocate freely between collections. Memory is still
    freed by reference counting, and cycles still collected.
    """
    import gc

    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
