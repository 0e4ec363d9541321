"""The line ``nq42 record`` prints once a record has landed.

It is an acknowledgement for logs and scripts, like ``validate``'s summary line, so it
reads the same in every language: ``recorded: IV.2.a done on 2024-05-09 → FILE``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nq42cli.core.results import Recorded

__all__ = ["render"]


def render(result: Recorded, lang: str) -> str:
    """One line: the duty (and owner, and unit), the event, its day and the file written."""
    from nq42cli.core.text import visible

    del lang
    who = f"{result.owner}, unit {result.unit}" if result.unit else result.owner
    part = f" (owner {who})" if who else ""
    day = result.on.isoformat()
    # The path is the caller's (--status): shown escaped, like every name a user gave.
    return (
        visible(f"recorded: {result.duty}{part} {result.event.value} on {day} → {result.path}")
        + "\n"
    )
