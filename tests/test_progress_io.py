"""Record writes survive a kill or Ctrl-C in the middle of the write, and git merges cleanly.

Kills at every step of the write and concurrent writers are tested, faster, by forked
processes in ``tests/test_durability.py``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from nq42cli.core import fsio
from nq42cli.core.loader import load_plan
from nq42cli.core.progress import load_progress
from tests.conftest import posix_only, run
from tests.progress_helpers import registry_beside, workspace


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("NQ42_PLAN", None)
    env["NO_COLOR"] = "1"
    return env


def _record_args(plan: Path, note: str) -> list[str]:
    return ["record", "IV.2.a", "--note", note, "--on", "2024-06-01", "--plan", str(plan)]


@pytest.mark.process
@posix_only
def test_ctrl_c_in_the_middle_of_the_write_leaves_the_old_file_and_no_temp(
    tmp_path: Path,
) -> None:
    """Ctrl-C in the middle of the write: the file is exactly as it was, and the clean-up
    removes the half-written temp file.

    The real CLI runs in a child process that stops itself once half its data is in the
    temp file (the test-only NQ42_TEST_FAULT_AT hook), so the signal lands there on any
    machine: SIGINT is sent while it is stopped and delivered as it is let go again.
    (kill -9 at that step: tests/test_durability.py::test_the_installed_script_survives_kill_9.)
    """
    plan = workspace(tmp_path)
    target = plan.parent / "progress" / "IV.2.a.yaml"
    before = target.read_bytes()
    proc = subprocess.Popen(
        [sys.executable, "-m", "nq42cli", *_record_args(plan, "lost")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**_env(), fsio.FAULT_ENV: "temp-half"},
    )
    _, status = os.waitpid(proc.pid, os.WUNTRACED)
    assert os.WIFSTOPPED(status), proc.communicate()
    temps = list(target.parent.glob(".IV.2.a.yaml.*.tmp"))
    assert len(temps) == 1
    assert 0 < temps[0].stat().st_size < len(before) + 100
    proc.send_signal(signal.SIGINT)
    proc.send_signal(signal.SIGCONT)
    _, err = proc.communicate()
    assert proc.returncode not in (0, None), err
    assert b"Traceback" not in err
    assert target.read_bytes() == before
    assert list(target.parent.glob(".*.tmp")) == []
    # The folder still loads and the lock is free.
    plan_obj = load_plan(plan).plan
    folder = plan.parent / "progress"
    found = load_progress(folder, plan_obj, today=None, directory=registry_beside(folder))
    assert len(found.records("IV.2.a"))
    run(*_record_args(plan, "kept"), env={"NQ42_LOCK_TIMEOUT": "0"})
    assert target.read_bytes().startswith(before)
    assert list(target.parent.glob(".*.tmp")) == []


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_two_branches_recording_different_duties_merge_cleanly(tmp_path: Path) -> None:
    """Real git: record IV.6.a on one branch, IV.4.b on another, merge, and both count."""
    plan = workspace(tmp_path)
    repo = tmp_path

    def git(*args: str) -> str:
        env = {
            **_env(),
            "GIT_AUTHOR_NAME": "A",
            "GIT_AUTHOR_EMAIL": "a@example.org",
            "GIT_COMMITTER_NAME": "A",
            "GIT_COMMITTER_EMAIL": "a@example.org",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_CONFIG_NOSYSTEM": "1",
        }
        done = subprocess.run(
            ["git", *args], cwd=repo, capture_output=True, text=True, env=env, check=False
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    def nq42(*args: str) -> str:
        # In-process: what is tested is git's merge of the files nq42 writes.
        return run(*args, "--plan", str(plan)).stdout

    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-q", "-m", "plan and progress")
    git("checkout", "-q", "-b", "lan")
    nq42("record", "IV.6.a", "--done", "--on", "2024-03-25", "--evidence", "KH 01", "--by", "Lan")
    # IV.6.a ships with sourced records: the record is appended to its file.
    assert git("status", "--porcelain").split() == ["M", "data/progress/IV.6.a.yaml"]
    git("add", "-A")
    git("commit", "-q", "-m", "IV.6.a done")
    git("checkout", "-q", "main")
    git("checkout", "-q", "-b", "minh")
    nq42("record", "IV.4.b", "--done", "--on", "2024-04-02", "--evidence", "KH 02", "--by", "Minh")
    nq42("record", "IV.2.a", "--note", "Công báo", "--on", "2024-05-20", "--by", "Minh")
    git("add", "-A")
    git("commit", "-q", "-m", "IV.4.b done, IV.2.a note")
    git("merge", "-q", "--no-edit", "lan")
    assert git("status", "--porcelain") == ""
    data = json.loads(nq42("status", "--as-of", "2024-06-01", "-f", "json"))
    classes = {d["id"]: (d["status"], d["completed_on"]) for d in data["duties"]}
    assert classes["IV.6.a"] == ("done_on_time", "2024-03-25")
    assert classes["IV.4.b"] == ("done_late", "2024-04-02")
    assert classes["IV.2.a"] == ("done_late", "2024-05-09")
