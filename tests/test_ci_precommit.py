"""The ``nq42-validate`` pre-commit hook, run by pre-commit's own ``try-repo``.

pre-commit installs the hook from a git repository: the test commits a copy of this
project (what a build needs, plus ``.pre-commit-hooks.yaml``) to a temporary repository
and points ``try-repo`` at it from data repositories made by ``nq42 init``. try-repo
builds a fresh environment every time (about ten seconds), so the runs go side by side.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, run

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")

GIT = ["git", "-c", "user.name=nq42 test", "-c", "user.email=test@nq42.invalid"]


def _git_repo(path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(path)], check=True)
    subprocess.run(["git", "add", "-A"], cwd=path, check=True)
    subprocess.run([*GIT, "commit", "-q", "-m", "test"], cwd=path, check=True)


def _hook_repo(tmp: Path) -> Path:
    repo = tmp / "nq42"
    repo.mkdir()
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, repo / name)
    shutil.copytree(ROOT / "src", repo / "src", ignore=shutil.ignore_patterns("__pycache__"))
    _git_repo(repo)
    return repo


def _data_repo(tmp: Path, name: str) -> Path:
    """A fresh ``nq42 init`` repository, committed, plus a YAML file the hook must skip."""
    repo = tmp / name
    run("init", str(repo))
    (repo / "notes.yaml").write_text("not: a plan\n", encoding="utf-8")  # not matched
    _git_repo(repo)
    return repo


def _stage(repo: Path, path: str, text: str) -> None:
    (repo / path).write_text(text, encoding="utf-8")
    subprocess.run(["git", "add", path], cwd=repo, check=True)


def test_manifest_offers_the_hook() -> None:
    """.pre-commit-hooks.yaml declares nq42-validate, a python hook running `nq42 validate`.

    ``--linked``: the files pre-commit passes are checked with the ones they go with.
    """
    manifest = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = manifest
    assert hook["id"] == "nq42-validate"
    assert hook["language"] == "python"
    assert hook["entry"] == "nq42 validate --linked"


@pytest.mark.slow
def test_try_repo_on_an_init_repository_catches_plan_progress_and_owners(tmp_path: Path) -> None:
    """Through pre-commit itself, on a fresh ``nq42 init`` repository.

    The whole repository passes. A commit that breaks the plan fails; so does one that
    adds only a progress file for a duty the plan does not have (``--linked`` checks it
    against the plan), and one that breaks the owners registry, when nq42 ships one.
    """
    hooks = _hook_repo(tmp_path)
    good = _data_repo(tmp_path, "good")
    runs: dict[str, tuple[Path, list[str]]] = {"good": (good, ["--all-files"])}
    plan = _data_repo(tmp_path, "plan")
    text = (plan / "data/plan.yaml").read_text(encoding="utf-8")
    _stage(plan, "data/plan.yaml", text.replace('- "quý I/2024"\n', '- "quý V/2024"\n', 1))
    runs["plan"] = (plan, [])
    progress = _data_repo(tmp_path, "progress")
    record = 'plan: "19-KH/TW"\nduty: "IX.9"\nrecords:\n  - event: note\n'
    _stage(progress, "data/progress/IX.9.yaml", record + '    date: "2024-05-09"\n')
    runs["progress"] = (progress, [])
    if (good / "data/owners.yaml").exists():  # the owners registry, once nq42 ships it
        owners = _data_repo(tmp_path, "owners")
        text = (owners / "data/owners.yaml").read_text(encoding="utf-8")
        _stage(owners, "data/owners.yaml", text + "\nbroken: [\n")
        runs["owners"] = (owners, [])
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "PRE_COMMIT_COLOR": "never"}
    # Byte-compiling the hook environment's packages takes a third of its install time.
    env |= {"PIP_NO_COMPILE": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("GITHUB_ACTIONS", None)
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(hooks), "nq42-validate"]
    cmd += ["--color", "never"]
    procs = {
        name: subprocess.Popen(
            cmd + extra,
            cwd=repo,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for name, (repo, extra) in runs.items()
    }
    out = {name: proc.communicate(timeout=600)[0] for name, proc in procs.items()}
    assert procs["good"].returncode == 0, out["good"]
    assert "Passed" in out["good"]
    for name in runs.keys() - {"good"}:
        assert procs[name].returncode == 1, out[name]
        assert "Failed" in out[name]
        assert "notes.yaml" not in out[name]
    assert "data/plan.yaml:" in out["plan"]
    assert "'quý V/2024': a quarter is I–IV (1–4)" in out["plan"]
    assert "data/progress/IX.9.yaml:2:7: unknown duty 'IX.9'" in out["progress"]
    if "owners" in out:
        assert "data/owners.yaml:" in out["owners"]
