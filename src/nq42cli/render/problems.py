"""Reporters for validation problems: one small module per format, picked by name.

Each module has ``render(problems, valid) -> str``. Like the row renderers, a module is
imported only when its format is asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from nq42cli.core.problems import Problem

__all__ = ["ProblemFormat", "ProblemRenderer", "problem_renderer"]


class ProblemFormat(StrEnum):
    """Output formats of ``nq42 validate``."""

    TEXT = "text"
    PARSABLE = "parsable"
    GITHUB = "github"
    JSON = "json"


class ProblemRenderer(Protocol):
    """A format's entry point."""

    def __call__(self, problems: Sequence[Problem], valid: bool) -> str:
        """Render every problem; ``valid`` is the verdict of the whole run."""


_MODULES = {
    ProblemFormat.TEXT: "nq42cli.render.problems_text",
    ProblemFormat.PARSABLE: "nq42cli.render.problems_parsable",
    ProblemFormat.GITHUB: "nq42cli.render.problems_github",
    ProblemFormat.JSON: "nq42cli.render.problems_json",
}


def problem_renderer(fmt: ProblemFormat) -> ProblemRenderer:
    """Import and return the ``render`` function of ``fmt``'s module."""
    module = importlib.import_module(_MODULES[fmt])
    render: ProblemRenderer = module.render
    return render


def where(p: Problem) -> str:
    """``file:line:col`` (just ``file`` when the position is unknown)."""
    return f"{p.path}:{p.line}:{p.column}" if p.line else p.path
