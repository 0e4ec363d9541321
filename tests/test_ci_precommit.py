"""The ``nq42-validate`` pre-commit hook, run by pre-commit's own ``try-repo``.

pre-commit installs the hook from a git repository: the test commits a copy of this
project (what a build needs, plus ``.pre-commit-hooks.yaml``) to a temporary repository
and points ``try-repo`` at it from a second repository holding a plan. try-repo builds
a fresh environment every time (about ten seconds), so the good and the broken plan run
side by side.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import PLAN, ROOT

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


def _project(tmp: Path, name: str, plan_text: str) -> Path:
    repo = tmp / name
    (repo / "data").mkdir(parents=True)
    (repo / "data" / "plan.yaml").write_text(plan_text, encoding="utf-8")
    (repo / "notes.yaml").write_text("not: a plan\n", encoding="utf-8")  # not matched by files:
    _git_repo(repo)
    return repo


def test_manifest_offers_the_hook() -> None:
    """.pre-commit-hooks.yaml declares nq42-validate, a python hook running `nq42 validate`."""
    manifest = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = manifest
    assert hook["id"] == "nq42-validate"
    assert hook["language"] == "python"
    assert hook["entry"] == "nq42 validate"


@pytest.mark.slow
def test_try_repo_passes_a_good_plan_and_fails_a_broken_one(tmp_path: Path) -> None:
    """Through pre-commit itself: the real plan passes; a plan with a bad quarter fails."""
    hooks = _hook_repo(tmp_path)
    good_text = PLAN.read_text(encoding="utf-8")
    broken_text = good_text.replace('      - "quý I/2024"\n', '      - "quý V/2024"\n', 1)
    good = _project(tmp_path, "good", good_text)
    broken = _project(tmp_path, "broken", broken_text)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "PRE_COMMIT_COLOR": "never"}
    # Byte-compiling the hook environment's packages takes a third of its install time.
    env |= {"PIP_NO_COMPILE": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("GITHUB_ACTIONS", None)
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(hooks), "nq42-validate"]
    cmd += ["--all-files", "--color", "never"]
    procs = {
        name: subprocess.Popen(
            cmd, cwd=repo, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        for name, repo in (("good", good), ("broken", broken))
    }
    out = {name: proc.communicate(timeout=300)[0] for name, proc in procs.items()}
    assert procs["good"].returncode == 0, out["good"]
    assert "nq42 validate" in out["good"]
    assert "Passed" in out["good"]
    assert procs["broken"].returncode == 1, out["broken"]
    assert "Failed" in out["broken"]
    assert "data/plan.yaml:" in out["broken"]
    assert "'quý V/2024': a quarter is I–IV (1–4)" in out["broken"]
    assert "notes.yaml" not in out["broken"]
