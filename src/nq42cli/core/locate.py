"""Where plans and their progress live: the one place nq42 decides which files it reads.

One plan (:func:`locate`) is the path given (``--plan``, ``NQ42_PLAN``), else
``./data/plan.yaml`` when that file exists, else the plan bundled with the package, so
``nq42`` answers from any folder. Its progress is the folder given (``--status``,
``NQ42_STATUS``), else ``progress/`` beside the plan. The bundled plan's progress is
part of the installed package: it is read, never written. Its owners registry is
``owners.yaml`` beside the plan, when there is one (:mod:`nq42cli.core.owners`); a plan
without one reads as before, each owner one part.

Several plans (:func:`locate_plans`) are read together from:

- each path given (``--plan`` repeated; ``NQ42_PLAN`` holds several, separated by
  ``os.pathsep``): a plan file; a folder holding ``plan.yaml``, that plan; any other
  folder, a *plans folder*;
- without one: ``./data/plan.yaml`` if present, plus every plan of ``./plans/`` when that
  folder is there beside ``./data/``; neither: the bundled plan.

A plans folder holds one sub-folder per plan, and each keeps its files beside its plan
as a lone plan does::

    plans/
      45-ctr-tu/plan.yaml        the plan (plan.yml is read too)
      45-ctr-tu/progress/        its progress, one file per duty
      45-ctr-tu/owners.yaml      its owners registry, if it has one
      68-nq-cp/plan.yaml …

so the progress files of two plans never share a folder, and duty ids of different
plans (II.1 in both) never collide on disk. Hidden entries and files that are not YAML
(a README) are left alone; a YAML file lying loose in the plans folder is an error (it
would have no progress folder of its own: move it into a folder), a sub-folder with no
plan a warning.

Only the standard library is imported here: the index path of every query starts by
locating its files, and must not pay for YAML or pydantic.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from nq42cli.core.errors import UsageError
from nq42cli.core.problems import DataError, Problem, Severity

__all__ = [
    "BUNDLED_OWNERS",
    "BUNDLED_PLAN",
    "BUNDLED_PROGRESS",
    "PLANS_FOLDER",
    "PLAN_FILES",
    "PROGRESS_SUFFIX",
    "Location",
    "PlanSet",
    "bundled_plan",
    "locate",
    "locate_plans",
]

BUNDLED_PLAN = "<bundled plan.yaml>"
"""How messages name the plan shipped inside the package."""
BUNDLED_PROGRESS = "<bundled progress>"
"""How messages name that plan's progress folder."""
BUNDLED_OWNERS = "<bundled owners.yaml>"
"""How messages name that plan's owners registry."""
OWNERS_FILE = "owners.yaml"
PROGRESS_SUFFIX = ".yaml"
PLANS_FOLDER = "plans"
"""The folder beside ``data/`` that holds further plans, one sub-folder each."""
PLAN_FILES = ("plan.yaml", "plan.yml")
"""What a plan is called inside its folder."""

PathLike = str | os.PathLike[str]


class Location(NamedTuple):
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


class PlanSet(NamedTuple):
    """The plans read together, each with its progress folder, in the order found.

    ``problems`` are what is wrong with the layout of a plans folder (a plan file lying
    loose in it, a sub-folder with no plan): errors make the set unusable
    (:meth:`check`), warnings are only reported by ``validate``.
    """

    locations: tuple[Location, ...]
    problems: tuple[Problem, ...] = ()

    @property
    def single(self) -> Location | None:
        """The one plan, when there is exactly one."""
        return self.locations[0] if len(self.locations) == 1 else None

    def check(self) -> None:
        """Raise :class:`DataError` with the layout's errors, if it has any."""
        errors = [p for p in self.problems if p.severity is Severity.ERROR]
        if errors:
            raise DataError(errors)


def _plan_in(folder: Path) -> str | None:
    return next((n for n in PLAN_FILES if (folder / n).is_file()), None)


def _plans_folder(folder: Path, shown: str) -> tuple[list[Location], list[Problem]]:
    """The plans of a plans folder, by sub-folder name, and what is wrong with its layout."""
    found: list[Location] = []
    problems: list[Problem] = []
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        msg = f"cannot read the plans folder: {exc.strerror or exc}"
        return [], [Problem(shown, 0, 0, "file.unreadable", msg)]
    for entry in entries:
        if entry.name.startswith("."):
            continue
        name = str(Path(shown) / entry.name)
        if entry.is_dir():
            plan = _plan_in(entry)
            if plan is None:
                msg = (
                    "a folder in a plans folder holds one plan, as plan.yaml; "
                    "this one has none, so it is not read"
                )
                problems.append(Problem(name, 0, 0, "plans.no_plan", msg, Severity.WARNING))
                continue
            found.append(locate(str(Path(shown) / entry.name / plan)))
        elif entry.suffix in (".yaml", ".yml"):
            stem = entry.stem
            msg = (
                "a plan in a plans folder lives in a folder of its own, with its progress "
                f"beside it: move it to {Path(shown) / stem / 'plan.yaml'}"
            )
            problems.append(Problem(name, 0, 0, "plans.loose_file", msg))
    return found, problems


def locate_plans(
    plans: PathLike | Sequence[PathLike] | None = None, progress: PathLike | None = None
) -> PlanSet:
    """Find the plans to read together (see the module's docstring for where).

    ``progress`` (``--status``) names one plan's progress folder: with several plans it
    is refused (:class:`UsageError`), each keeping ``progress/`` beside its plan.
    """
    given: list[PathLike]
    if plans is None:
        given = []
    elif isinstance(plans, str | os.PathLike):
        given = [plans]
    else:
        given = list(plans)
    found: list[Location] = []
    problems: list[Problem] = []
    if given:
        for path in given:
            p = Path(path)
            if p.is_dir():
                own = _plan_in(p)
                if own is not None:
                    found.append(locate(str(Path(path) / own)))
                    continue
                more, wrong = _plans_folder(p, str(path))
                if not more and not wrong:
                    # No plan in it at all: refused as a folder given for a plan file.
                    found.append(locate(path))
                    continue
                found += more
                problems += wrong
            else:
                found.append(locate(path))
    else:
        if (Path("data") / "plan.yaml").is_file():
            found.append(locate())
        # Only beside data/: a folder that happens to be called plans/ (where someone
        # keeps their drafts, or in /tmp) must not change what a plain `nq42 due` reads.
        if Path("data").is_dir() and Path(PLANS_FOLDER).is_dir():
            more, wrong = _plans_folder(Path(PLANS_FOLDER), PLANS_FOLDER)
            found += more
            problems += wrong
        if not found:
            found.append(locate())
    unique: dict[str, Location] = {}
    for where in found:
        unique.setdefault(_same(where.plan), where)
    locations = tuple(unique.values())
    if progress is not None:
        if len(locations) > 1:
            msg = (
                f"--status names the progress folder of one plan, and {len(locations)} "
                "plans are read; each keeps its progress/ beside its plan file"
            )
            raise UsageError(msg, "--status")
        locations = (
            locations[0]._replace(
                progress=Path(progress),
                progress_name=str(progress),
                progress_given=True,
            ),
        )
    return PlanSet(locations, tuple(problems))


def _same(path: Path) -> str:
    # A plan named twice (data/plan.yaml and ./data/../data/plan.yaml) is read once.
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path)
