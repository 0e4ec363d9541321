"""Helpers for the progress tests: a scratch copy of the real plan and its progress."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import ROOT

PROGRESS = ROOT / "data" / "progress"
BUNDLED_PROGRESS = ROOT / "src" / "nq42cli" / "data" / "progress"


def workspace(tmp: Path) -> Path:
    """Copy data/plan.yaml and data/progress/ under ``tmp``; return the plan's path."""
    data = tmp / "data"
    data.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "data" / "plan.yaml", data / "plan.yaml")
    shutil.copytree(PROGRESS, data / "progress")
    return data / "plan.yaml"


def write_progress(folder: Path, duty: str, records_yaml: str, plan: str = "19-KH/TW") -> Path:
    """Write a progress file by hand (``records_yaml`` is the indented list)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{duty}.yaml"
    path.write_text(f'plan: "{plan}"\nduty: "{duty}"\nrecords:\n{records_yaml}', encoding="utf-8")
    return path
