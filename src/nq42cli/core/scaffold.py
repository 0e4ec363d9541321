"""An analyst's own data repository, laid out ready for CI: what ``nq42 init`` writes.

The plan and its records belong in the analyst's repository, not in nq42's. A new one
gets the plan (the bundled one with its sourced progress, or an empty one to fill in),
``progress/``, the owners registry when this nq42 ships one, the JSON Schemas the
plan's ``$schema`` line points at, a GitHub Actions workflow, a pre-commit
configuration, a ``.yamllint`` for long Vietnamese lines and a README.

The ``$schema`` line of the plan points at ``../schema/plan.schema.json``, a copy of
the schema this nq42 generates, written beside the data: nq42 has no published URL to
point at, a copy works offline and in every editor, and it matches the pinned nq42
exactly (the workflow checks that it still does).

The workflow and the pre-commit hook install nq42 from one pinned pip requirement
(``nq42==VERSION`` by default; a git tag or a wheel works too). Nothing is written
unless every file can be: an existing file is never replaced.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from pathlib import Path

from nq42cli import __version__
from nq42cli.core.errors import UsageError
from nq42cli.core.fsio import TargetExists, atomic_write
from nq42cli.core.schemas import SCHEMAS, schema_text

__all__ = ["Planned", "layout", "requirement", "write"]

_PROGRESS_GITIGNORE = ".nq42.lock\n.*.tmp\n"


@dataclass(frozen=True, slots=True)
class Planned:
    """One file of the layout: its path in the repository (with ``/``) and its bytes."""

    path: str
    data: bytes


def requirement(version: str = __version__) -> str:
    """The pip requirement the workflow and the hook pin by default: this very nq42."""
    return f"nq42=={version}"


def _template(name: str) -> str:
    return (files("nq42cli") / "data" / "scaffold" / name).read_text(encoding="utf-8")


def _fill(text: str, values: dict[str, str]) -> bytes:
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    return text.encode()


def layout(
    *, empty: bool = False, pinned: str | None = None, today: date, title: str = ""
) -> list[Planned]:
    """Every file of a new data repository, in the order they are written.

    ``empty``: an empty plan dated ``today`` instead of the bundled one. ``pinned``:
    the pip requirement of nq42 for CI and the hook (default :func:`requirement`).
    ``title``: the README's heading (default: the plan's).
    """
    data = files("nq42cli") / "data"
    values = {
        "VERSION": __version__,
        "REQUIREMENT": pinned or requirement(),
        "ID": "01-KH",
        "DATE": today.isoformat(),
    }
    out: list[Planned] = []
    if empty:
        out.append(Planned("data/plan.yaml", _fill(_template("empty-plan.yaml"), values)))
        heading = title or "Kế hoạch"
    else:
        out.append(Planned("data/plan.yaml", (data / "plan.yaml").read_bytes()))
        for entry in sorted((data / "progress").iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".yaml"):
                out.append(Planned(f"data/progress/{entry.name}", entry.read_bytes()))
        heading = title or "Kế hoạch 19-KH/TW thực hiện Nghị quyết 42-NQ/TW"
    out.append(Planned("data/progress/.gitignore", _PROGRESS_GITIGNORE.encode()))
    # The owners registry, when this nq42 ships one (data/owners.yaml in the package).
    owners = data / "owners.yaml"
    if not empty and owners.is_file():
        out.append(Planned("data/owners.yaml", owners.read_bytes()))
    for name in SCHEMAS:
        out.append(Planned(f"schema/{name}.schema.json", schema_text(name).encode()))
    values["TITLE"] = heading
    out += [
        Planned(".github/workflows/nq42.yml", _fill(_template("workflow.yml"), values)),
        Planned(".pre-commit-config.yaml", _fill(_template("pre-commit-config.yaml"), values)),
        Planned(".yamllint", _fill(_template("yamllint"), values)),
        Planned(".gitignore", _fill(_template("gitignore"), values)),
        Planned("README.md", _fill(_template("README.md"), values)),
    ]
    return out


def write(target: Path, planned: list[Planned]) -> list[Path]:
    """Write ``planned`` under ``target`` (created if missing); return the paths written.

    Refuses (:class:`UsageError`, nothing written) when ``target`` is a file or when
    any of the files exists already. Each file is written atomically and never over
    another one, even one that appears meanwhile.
    """
    if target.exists() and not target.is_dir():
        raise UsageError(f"{target} is a file, not a folder", "DIR")
    taken = [p.path for p in planned if (target / p.path).exists()]
    if taken:
        shown = ", ".join(taken[:5]) + (f" and {len(taken) - 5} more" if len(taken) > 5 else "")
        msg = f"{target} already holds {shown}; nq42 init never overwrites: choose a new folder"
        raise UsageError(msg, "DIR")
    written = []
    for p in planned:
        path = target / p.path
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            atomic_write(path, p.data, overwrite=False)
        except TargetExists:
            raise UsageError(f"{path} appeared while writing; nothing replaced", "DIR") from None
        written.append(path)
    return written
