"""Findings about input files: one :class:`Problem` type feeds every output format."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

__all__ = ["DataError", "Problem", "Severity"]


class Severity(StrEnum):
    """Errors make data invalid; warnings only fail under ``--strict``."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
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
