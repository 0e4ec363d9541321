"""GitHub Actions workflow commands: ``::error file=…,line=…,col=…,title=…::message``.

GitHub turns these lines into annotations on the pull request's diff. Values are
escaped exactly as the Actions toolkit (``@actions/core``) does, so a message with a
newline, a colon or a comma can neither break the command nor inject another one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nq42cli.core.text import visible

if TYPE_CHECKING:
    from nq42cli.core.problems import Problem
    from nq42cli.core.results import Validation


def escape_data(text: str) -> str:
    """Escape a command's message (toolkit ``escapeData``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (toolkit ``escapeProperty``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(p: Problem) -> str:
    """The workflow command of one problem (no position when it is unknown)."""
    props = [("file", p.path)]
    if p.line:
        props += [("line", str(p.line)), ("col", str(p.column))]
    props.append(("title", f"nq42 {p.code}"))
    joined = ",".join(f"{k}={escape_property(visible(v))}" for k, v in props)
    return f"::{p.severity} {joined}::{escape_data(visible(p.message))}"


def render(result: Validation, lang: str) -> str:
    """One workflow command per problem (``::error`` or ``::warning``)."""
    del lang  # messages are the core's, in English
    return "".join(command(p) + "\n" for p in result.problems)
