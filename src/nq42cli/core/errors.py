"""The library's typed errors: what went wrong, for the caller to report.

The core never prints and never exits. It raises one of these (or one of the errors
kept beside the code that raises them), and a caller decides what to do; the command
line turns each into a one-line message and an exit code at its edge:

=========================================  ==============================================  ====
error                                      means                                           exit
=========================================  ==============================================  ====
:class:`~nq42cli.core.problems.DataError`  invalid input files, every problem positioned   1
:class:`RecordRefused`                     a record the progress checks refuse             1 / 2
:class:`~nq42cli.core.fsio.LockTimeout`    another process held the progress folder        1
:class:`~nq42cli.core.queries.FilterError` a filter that names nothing in the plan         2
:class:`UsageError`                        an argument the caller got wrong                2
=========================================  ==============================================  ====

A data error whose every problem is ``file.missing`` or ``file.is_dir`` names a path
that cannot be used at all, which is a usage error (2) too.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["USAGE_CODES", "NotIndexed", "RecordRefused", "UsageError"]

USAGE_CODES = frozenset({"file.missing", "file.is_dir"})
"""Problem codes that mean "this path cannot be used", not "this file is invalid"."""


class UsageError(Exception):
    """An argument the caller got wrong: an unknown id or owner, a bad date or value.

    Not a :class:`ValueError`: code that treats a ``ValueError`` as damaged data (the
    index does) must never mistake a caller's typo for it.

    ``option`` names the argument as the command line spells it (``--owner``, ``ID``),
    so a message can point at it; None when no single argument is at fault.
    """

    def __init__(self, message: str, option: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.option = option


class RecordRefused(Exception):
    """The checks refuse a new progress record; nothing was written.

    ``findings`` are ``(code, message)`` pairs from
    :func:`nq42cli.core.progress.check_records`. A second completion of the same part
    (``progress.second_done``) is a fact about the data (exit 1: add ``force`` for a
    correction); every other finding is an argument to fix (exit 2).
    """

    def __init__(self, findings: Sequence[tuple[str, str]]) -> None:
        super().__init__("; ".join(m for _, m in findings))
        self.findings = tuple(findings)

    @property
    def messages(self) -> list[str]:
        """One message per finding."""
        return [m for _, m in self.findings]

    @property
    def usage(self) -> bool:
        """Whether an argument is at fault (rather than the records already there)."""
        return any(code != "progress.second_done" for code, _ in self.findings)


class NotIndexed(Exception):
    """No index of exactly these files' bytes exists, and the caller asked for none other.

    Raised only when a question is asked with ``index_only`` (what the command line's
    quick path does); nothing was parsed. Ask again without it to read the plan.
    """
