"""A drafted plan as the YAML file ``nq42 extract`` writes, notes and problems as comments.

The notes and the coverage report go at the top, so the analyst reads them first; the
problems validation found go at the end, so the line numbers they give stay those of
the file. The comments speak the language asked for (:mod:`.labels`); every comment is
one line in either language, so the problems' positions hold for both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nq42cli.render.coverage import coverage_lines
from nq42cli.render.labels import word

if TYPE_CHECKING:
    from nq42cli.core.extract import Draft
    from nq42cli.core.results import DraftPlan

__all__ = ["plan_text", "render"]


def plan_text(draft: Draft, lang: str) -> str:
    """The plan file's text without problems: a header of comments, then the YAML."""
    import yaml

    head = [word("draft.head", lang), word("draft.head2", lang)]
    head += [word("draft.note", lang, note=n) for n in draft.notes]
    head += coverage_lines(draft, lang)
    # libyaml's emitter where present: five times faster, and the same text (checked on
    # every draft of the extract corpus).
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    body = yaml.dump(
        draft.data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1_000_000
    )
    return "".join(f"# {_one_line(line)}\n" for line in head) + body


def render(result: DraftPlan, lang: str) -> str:
    """The plan file as validated, then the problems validation found (if any)."""
    text = plan_text(result.draft, lang)
    if not result.problems:
        return text
    lines = ["", word("draft.problems", lang), word("draft.problems2", lang)]
    lines += [_one_line(str(p)) for p in result.problems]
    return text + "\n".join(f"# {line}".rstrip() if line else "" for line in lines) + "\n"


def _one_line(s: str) -> str:
    return " ".join(s.split())
