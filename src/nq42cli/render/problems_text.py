"""Text: ``file:line:col: message``, the form editors and compilers use; warnings say so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nq42cli.core.problems import Severity
from nq42cli.core.text import visible
from nq42cli.render.problems import where

if TYPE_CHECKING:
    from nq42cli.core.results import Validation


def render(result: Validation, lang: str) -> str:
    """One line per problem; control characters from the data are shown escaped."""
    del lang  # messages are the core's, in English; the exit code carries the verdict
    lines = [
        f"{where(p)}: {p.message}" + (" (warning)" if p.severity is Severity.WARNING else "")
        for p in result.problems
    ]
    return "".join(visible(line) + "\n" for line in lines)
