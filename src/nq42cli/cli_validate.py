"""``nq42 validate``: check input files and report every problem in a CI-friendly format.

Exit codes: 0 every file valid; 1 an error (or, with ``--strict``, a warning) was found;
2 usage: an option is wrong or a named file does not exist.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from nq42cli.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, PlanOpt, _plan_path, _today, app
from nq42cli.render.problems import ProblemFormat

if TYPE_CHECKING:
    from nq42cli.core.loader import LoadedPlan

_USAGE_CODES = frozenset({"file.missing", "file.is_dir"})


def _auto_format() -> ProblemFormat:
    # GitHub sets GITHUB_ACTIONS=true in every workflow step; annotations are what a
    # reviewer sees there, so that is the default in that one place.
    return (
        ProblemFormat.GITHUB if os.environ.get("GITHUB_ACTIONS") == "true" else ProblemFormat.TEXT
    )


def _default_targets(plan: Path | None) -> list[tuple[Path, str]]:
    """The plan nq42 would use and every progress file beside it."""
    from nq42cli.core.progress import SUFFIX

    path, shown = _plan_path(plan)
    targets = [(path, shown)]
    folder = path.parent / "progress"
    if folder.is_dir():
        base = (
            "<bundled progress>" if shown.startswith("<") else str(Path(shown).parent / "progress")
        )
        targets += [
            (f, f"{base}/{f.name}")
            for f in sorted(folder.iterdir())
            if f.suffix == SUFFIX and not f.name.startswith(".")
        ]
    return targets


@app.command()
def validate(
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Plan or progress files to check. Default: the plan nq42 would use and its "
            "progress folder.",
            show_default=False,
        ),
    ] = None,
    plan: PlanOpt = None,
    fmt: Annotated[
        ProblemFormat | None,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="text (file:line:col: message), parsable (with \\[severity] and (code)), "
            "github (workflow annotations) or json. Default: github when GITHUB_ACTIONS=true, "
            "else text.",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail on warnings too, not only on errors.")
    ] = False,
) -> None:
    """Check plan and progress files; report every problem of every file, sorted by position.

    Without FILES: the plan nq42 would use and the progress files beside it.

    Exit 0: every file valid. 1: an error (or a warning, with --strict).
    2: a named file does not exist.

    Example: nq42 validate data/plan.yaml --format parsable --strict
    """
    from nq42cli.core.validation import validate_files
    from nq42cli.render.problems import problem_renderer

    chosen = fmt or _auto_format()
    targets = [(f, str(f)) for f in files] if files else _default_targets(plan)

    def default_plans() -> list[LoadedPlan]:
        from nq42cli.core.loader import load_plan
        from nq42cli.core.problems import DataError

        try:
            return [load_plan(*_plan_path(plan))]
        except DataError:
            return []

    outcome = validate_files(targets, default_plans, _today())
    valid = outcome.valid(strict=strict)
    sys.stdout.write(problem_renderer(chosen)(outcome.problems, valid))
    sys.stdout.flush()
    if chosen is not ProblemFormat.JSON:
        bad = len({p.path for p in (outcome.problems if strict else outcome.errors)})
        typer.echo(
            f"{outcome.files} file(s) checked: {outcome.files - bad} valid, {bad} invalid, "
            f"{len(outcome.errors)} error(s), {len(outcome.warnings)} warning(s)"
            + (" (--strict: warnings fail)" if strict and outcome.warnings else ""),
            err=True,
        )
    if any(p.code in _USAGE_CODES for p in outcome.problems):
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(EXIT_OK if valid else EXIT_PROBLEMS)
