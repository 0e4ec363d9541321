"""Shared helpers of the reporters for validation problems (``problems_*`` modules).

Each format is one small module with ``render(result, lang) -> str``, registered in
:mod:`nq42cli.render` and imported only when its format is asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nq42cli.core.problems import Problem

__all__ = ["where"]


def where(p: Problem) -> str:
    """``file:line:col`` (just ``file`` when the position is unknown)."""
    return f"{p.path}:{p.line}:{p.column}" if p.line else p.path
