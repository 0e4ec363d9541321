"""A drafted plan file (``nq42 extract``): the YAML the core wrote and validated."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nq42cli.core.results import DraftPlan

__all__ = ["render"]


def render(result: DraftPlan, lang: str) -> str:
    """The plan file's text, exactly as validated (its keys are the schema's)."""
    del lang
    return result.text
