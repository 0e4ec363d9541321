"""Helpers for the progress tests: a scratch copy of the real plan and its progress."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from tests.conftest import ROOT

if TYPE_CHECKING:
    from nq42cli.core.directory import Directory

PROGRESS = ROOT / "data" / "progress"
BUNDLED_PROGRESS = ROOT / "src" / "nq42cli" / "data" / "progress"


def workspace(tmp: Path) -> Path:
    """Copy data/ (plan, owners registry, progress) under ``tmp``; return the plan's path."""
    data = tmp / "data"
    data.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "data" / "plan.yaml", data / "plan.yaml")
    shutil.copy(ROOT / "data" / "owners.yaml", data / "owners.yaml")
    shutil.copytree(PROGRESS, data / "progress")
    return data / "plan.yaml"


def copy_workspace(made: Path, tmp: Path) -> Path:
    """Copy the workspace that :func:`workspace` (and whatever was recorded into it) made
    under ``made`` to ``tmp``; return the copy's plan.

    For the tests that each want the same recorded workspace of their own: recording it
    once per module and copying it is a fraction of recording it again for each test.
    """
    shutil.copytree(made / "data", tmp / "data")
    return tmp / "data" / "plan.yaml"


def registry_beside(folder: Path) -> Directory | None:
    """The owners registry of the plan whose progress ``folder`` is (None: it has none)."""
    from nq42cli.core.owners import load_registry

    path = folder.parent / "owners.yaml"
    return load_registry(path).directory if path.is_file() else None


def write_progress(folder: Path, duty: str, records_yaml: str, plan: str = "19-KH/TW") -> Path:
    """Write a progress file by hand (``records_yaml`` is the indented list)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{duty}.yaml"
    path.write_text(f'plan: "{plan}"\nduty: "{duty}"\nrecords:\n{records_yaml}', encoding="utf-8")
    return path
