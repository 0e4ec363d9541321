"""Where a plan and its progress live: the one place nq42 decides which files it reads.

The plan is the path given (``--plan``, ``NQ42_PLAN``), else ``./data/plan.yaml`` when
that file exists, else the plan bundled with the package, so ``nq42`` answers from any
folder. Its progress is the folder given (``--status``, ``NQ42_STATUS``), else
``progress/`` beside the plan. The bundled plan's progress is part of the installed
package: it is read, never written. Its owners registry is ``owners.yaml`` beside the
plan, when there is one (:mod:`nq42cli.core.owners`); a plan without one reads as
before, each owner one part.

Only the standard library is imported here: the index path of every query starts by
locating its files, and must not pay for YAML or pydantic.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from nq42cli.core.errors import UsageError
from nq42cli.core.problems import DataError, Problem

__all__ = [
    "BUNDLED_OWNERS",
    "BUNDLED_PLAN",
    "BUNDLED_PROGRESS",
    "PROGRESS_SUFFIX",
    "Location",
    "bundled_plan",
    "locate",
]

BUNDLED_PLAN = "<bundled plan.yaml>"
"""How messages name the plan shipped inside the package."""
BUNDLED_PROGRESS = "<bundled progress>"
"""How messages name that plan's progress folder."""
BUNDLED_OWNERS = "<bundled owners.yaml>"
"""How messages name that plan's owners registry."""
OWNERS_FILE = "owners.yaml"
PROGRESS_SUFFIX = ".yaml"

PathLike = str | os.PathLike[str]


@dataclass(frozen=True, slots=True)
class Location:
    """A plan file and its progress folder, each with the name messages show for it.

    ``bundled``: the plan is the package's own (its progress may not be written).
    ``progress_given``: the folder was named by the caller, so it must exist to be read.
    ``owners``: where the plan's owners registry would be (beside the plan).
    """

    plan: Path
    plan_name: str
    progress: Path
    progress_name: str
    bundled: bool = False
    progress_given: bool = False
    owners: Path | None = None
    owners_name: str | None = None

    def registry(self) -> tuple[Path, str] | None:
        """The owners registry and its shown name, if the plan has one.

        Anything under that name counts: a named pipe, a device or a folder there is
        read (and refused, by name), never taken for "no registry".
        """
        if self.owners is None or not os.path.lexists(self.owners):
            return None
        return self.owners, self.owners_name or str(self.owners)

    def progress_files(self) -> list[tuple[Path, str]]:
        """Every progress file in the folder with its shown name, sorted by name.

        Dotfiles are the lock file and the temporary files of an interrupted write.
        """
        return [(self.progress / n, f"{self.progress_name}/{n}") for n in self._progress_names()]

    def _progress_names(self) -> list[str]:
        if not self.progress.is_dir():
            return []
        # Names, not paths, are listed and sorted: every warm answer lists the folder,
        # and with thousands of files pathlib's objects cost more than the answer.
        with os.scandir(self.progress) as entries:
            return sorted(
                e.name
                for e in entries
                if e.name.endswith(PROGRESS_SUFFIX) and not e.name.startswith(".")
            )

    def input_files(self) -> list[str]:
        """The plan, its registry, then every progress file: the bytes an answer depends on."""
        registry = self.registry()
        owners = [os.fspath(registry[0])] if registry else []
        folder = os.fspath(self.progress)
        names = self._progress_names()
        return [os.fspath(self.plan), *owners, *(os.path.join(folder, n) for n in names)]

    def check_progress(self) -> None:
        """Refuse a progress folder that cannot be read as one.

        A folder named by the caller must exist (a typo would otherwise read as "no
        progress recorded"); a file where the folder should be is never read as empty.
        """
        if self.progress.exists():
            if not self.progress.is_dir():
                msg = "is a file, not a progress folder"
                raise DataError([Problem(self.progress_name, 0, 0, "file.not_dir", msg)])
        elif self.progress_given:
            msg = "no such progress folder"
            raise DataError([Problem(self.progress_name, 0, 0, "file.missing", msg)])

    def check_writable(self) -> None:
        """Refuse to write into the installed package's progress."""
        if self.bundled and not self.progress_given:
            msg = (
                "the bundled plan's progress is part of the installed package; "
                "record into a folder of your own with --status FOLDER"
            )
            raise UsageError(msg, "--status")


def bundled_plan() -> Path:
    """The plan shipped inside the package."""
    # The package is a plain folder (never zipped), so its data sits beside its modules;
    # importlib.resources would say the same after importing zipfile and more.
    return Path(__file__).resolve().parent.parent / "data" / "plan.yaml"


def locate(plan: PathLike | None = None, progress: PathLike | None = None) -> Location:
    """Find the plan and its progress folder (see the module's docstring for the order)."""
    if plan is not None:
        plan_path, plan_name, bundled = Path(plan), str(plan), False
    elif (local := Path("data") / "plan.yaml").is_file():
        plan_path, plan_name, bundled = local, str(local), False
    else:
        plan_path, plan_name, bundled = bundled_plan(), BUNDLED_PLAN, True
    owners = plan_path.parent / OWNERS_FILE
    owners_name = BUNDLED_OWNERS if bundled else str(Path(plan_name).parent / OWNERS_FILE)
    if progress is not None:
        return Location(
            plan_path, plan_name, Path(progress), str(progress), bundled, True, owners, owners_name
        )
    folder = plan_path.parent / "progress"
    shown = BUNDLED_PROGRESS if bundled else str(Path(plan_name).parent / "progress")
    return Location(plan_path, plan_name, folder, shown, bundled, False, owners, owners_name)
