"""Findings about input files: one :class:`Problem` type feeds every output format."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

__all__ = ["MAX_PROBLEMS", "DataError", "Problem", "Severity", "capped"]

MAX_PROBLEMS = 200
"""Problems kept for one file (or one progress folder): enough to fix a file by.

Past it, checking stops (a file of 100,000 unknown keys or of 10,000 repeated
completions is one mistake, not 100,000 lines to read), which keeps the work and the
report bounded whatever the input.
"""


class Severity(StrEnum):
    """Errors make data invalid; warnings only fail under ``--strict``."""

    ERROR = "error"
    WARNING = "warning"


class Problem(NamedTuple):
    """One finding at a position in a file (1-based line and column; 0 when unknown)."""

    path: str
    line: int
    column: int
    code: str
    message: str
    severity: Severity = Severity.ERROR

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order by file, then position, so reports read top to bottom."""
        return (self.path, self.line, self.column, self.code)

    def __str__(self) -> str:
        where = self.path
        if self.line:
            where += f":{self.line}:{self.column}"
        return f"{where}: {self.message}"


def capped(problems: Iterable[Problem], limit: int = MAX_PROBLEMS) -> list[Problem]:
    """At most ``limit`` of ``problems`` (consumed lazily), then one that says it stopped.

    The verdict stays exact: when only warnings were kept, the rest is read on (warnings
    cost nothing to find) until an error turns up, which is kept too, so a file is never
    taken for valid because its errors came after its first ``limit`` warnings.
    """
    out: list[Problem] = []
    errors = False
    for p in problems:
        if len(out) < limit:
            out.append(p)
            errors = errors or p.severity is Severity.ERROR
            continue
        if not errors and p.severity is not Severity.ERROR:
            continue
        if not errors:
            out.append(p)
        last = out[-1]
        msg = f"stopped after {limit} problems; fix these first"
        out.append(Problem(last.path, last.line, last.column, "file.too_many", msg))
        break
    return out


class DataError(Exception):
    """Invalid input data: carries every problem found, for the CLI to report."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = sorted(problems, key=Problem.sort_key)


def display_path(path: Path) -> str:
    """Show a path relative to the working directory when it is below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
