"""A drafted plan as the YAML file ``nq42 extract`` writes, notes and problems as comments.

The notes and the coverage report go at the top, so the analyst reads them first; the
problems validation found go at the end, so the line numbers they give stay those of
the file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import yaml

from nq42cli.render.coverage import coverage_lines

if TYPE_CHECKING:
    from nq42cli.core.extract import Draft
    from nq42cli.core.problems import Problem

__all__ = ["render_draft", "render_problems"]


def render_draft(draft: Draft) -> str:
    """The plan file's text: a header of comments, then the YAML."""
    head = [
        "# Draft plan written by `nq42 extract`: check every duty marked `review:` and",
        "# the notes below before relying on it.",
    ]
    head += [f"# NOTE: {_one_line(n)}" for n in draft.notes]
    head += [f"# {_one_line(line)}" for line in coverage_lines(draft)]
    body = yaml.safe_dump(draft.data, allow_unicode=True, sort_keys=False, width=1_000_000)
    return "\n".join(head) + "\n" + body


def render_problems(problems: list[Problem]) -> str:
    """Comment lines listing the problems validation found, appended to the draft."""
    lines = [
        "",
        "# PROBLEMS found when this draft was validated (fix them, then run",
        "# `nq42 validate` on this file):",
    ]
    lines += [f"# {_one_line(str(p))}" for p in problems]
    return "\n".join(lines) + "\n"


def _one_line(s: str) -> str:
    return " ".join(s.split())
