"""Parsable: ``file:line:col: [error] message (code)``, as yamllint's parsable format."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nq42cli.core.text import visible
from nq42cli.render.problems import where

if TYPE_CHECKING:
    from nq42cli.core.results import Validation


def render(result: Validation, lang: str) -> str:
    """One line per problem with its severity and stable code, for tools to parse."""
    del lang  # messages are the core's, in English
    return "".join(
        visible(f"{where(p)}: [{p.severity}] {p.message} ({p.code})") + "\n"
        for p in result.problems
    )
