"""Record writes survive a kill in the middle of the write, and git merges cleanly.

Kills at random moments (hundreds of them) and concurrent writers are tested, faster, by
forked processes in ``tests/test_durability.py``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nq42cli.core.loader import load_plan
from nq42cli.core.progress import load_progress
from tests.conftest import posix_only
from tests.progress_helpers import registry_beside, workspace

# Runs the real CLI in a child process, with the file write slowed down at its midpoint
# so the parent can kill it while the temporary file is half written.
SLOW_WRITE = """
import os, sys, time
from pathlib import Path
import nq42cli.core.fsio as fsio
marker = Path(sys.argv[1])
real = fsio._write_all
def slow(fd, data):
    half = len(data) // 2
    real(fd, data[:half])
    os.fsync(fd)
    marker.write_text("half")
    time.sleep(60)
    real(fd, data[half:])
fsio._write_all = slow
from nq42cli.cli import app
app(sys.argv[2:], prog_name="nq42")
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("NQ42_PLAN", None)
    env["NO_COLOR"] = "1"
    return env


def _wait_for(path: Path, proc: subprocess.Popen[bytes], seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while not path.exists():
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"writer ended early: {out!r} {err!r}")
        if time.monotonic() > end:
            proc.kill()
            pytest.fail("writer never reached the middle of its write")
        time.sleep(0.02)


def _record_args(plan: Path, note: str) -> list[str]:
    return ["record", "IV.2.a", "--note", note, "--on", "2024-06-01", "--plan", str(plan)]


@posix_only
@pytest.mark.parametrize("signame", ["SIGKILL", "SIGINT"])
def test_a_write_killed_midway_leaves_the_old_file(tmp_path: Path, signame: str) -> None:
    """kill -9 or Ctrl-C in the middle of the write: the file is exactly as it was."""
    sig = getattr(signal, signame)
    plan = workspace(tmp_path)
    target = plan.parent / "progress" / "IV.2.a.yaml"
    before = target.read_bytes()
    marker = tmp_path / "half"
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITE, str(marker), *_record_args(plan, "lost")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    _wait_for(marker, proc)
    temps = list(target.parent.glob(".IV.2.a.yaml.*.tmp"))
    assert len(temps) == 1
    assert 0 < temps[0].stat().st_size < len(before) + 100
    proc.send_signal(sig)
    proc.communicate(timeout=30)
    assert proc.returncode != 0
    assert target.read_bytes() == before
    if sig is signal.SIGINT:
        # Ctrl-C runs the clean-up: no temporary file is left behind.
        assert list(target.parent.glob(".*.tmp")) == []
    # The folder still loads (a leftover temp file is ignored), and the lock is free.
    plan_obj = load_plan(plan).plan
    folder = plan.parent / "progress"
    found = load_progress(folder, plan_obj, today=None, directory=registry_beside(folder))
    assert len(found.records("IV.2.a"))
    done = subprocess.run(
        [sys.executable, "-m", "nq42cli", *_record_args(plan, "kept")],
        capture_output=True,
        env=_env(),
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(before)


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
        done = subprocess.run(
            [sys.executable, "-m", "nq42cli", *args, "--plan", str(plan)],
            capture_output=True,
            text=True,
            env=_env(),
            cwd=repo,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

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
