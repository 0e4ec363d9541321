"""Text: ``file:line:col: message``, the form editors and compilers use; warnings say so."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from nq42cli.core.problems import Severity
from nq42cli.core.text import visible
from nq42cli.render.problems import where

if TYPE_CHECKING:
    from nq42cli.core.problems import Problem


def render(problems: Sequence[Problem], valid: bool) -> str:
    """One line per problem; control characters from the data are shown escaped."""
    del valid  # the exit code carries the verdict
    lines = [
        f"{where(p)}: {p.message}" + (" (warning)" if p.severity is Severity.WARNING else "")
        for p in problems
    ]
    return "".join(visible(line) + "\n" for line in lines)
