"""The coverage report of ``nq42 extract``: what was seen in the document, what was read.

An analyst must be able to tell "no duty is due" from "no duty was read". The report
counts the duties by timing, the time expressions seen in duties and how many were read
(and why the others were set aside), the tables and their rows against the duties made
from them, and the owners the draft could not resolve. As plain lines (on stderr and in
the draft's header, in the language asked for) or as JSON (codes, for scripts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from nq42cli.render.labels import word

if TYPE_CHECKING:
    from nq42cli.core.extract import Draft
    from nq42cli.core.results import CoverageReport

__all__ = ["coverage_lines", "render_json", "render_text"]

_KINDS = ("deadline", "recurring", "ongoing", "per_schedule", "undated")


def _table_line(t: dict[str, Any], lang: str) -> str:
    if t["kind"] == "tasks":
        line = word(
            "coverage.task_table",
            lang,
            line=t["line"],
            form=word(f"form.{t['form']}", lang),
            rows=t["rows"],
            groups=t.get("groups", 0),
            continued=t.get("continued", 0),
            duties=t["duties"],
        )
        skipped = t.get("skipped") or []
        if skipped:
            which = "; ".join(
                word(f"row.{code}", lang, line=at, cells=cells) for at, code, cells in skipped[:3]
            )
            line += "; " + word("coverage.table_skipped", lang, n=len(skipped), which=which)
        return line
    if t["kind"] == "indicators":
        return word("coverage.indicators", lang, line=t["line"], rows=t["rows"])
    return word("coverage.other_table", lang, line=t["line"], rows=t["rows"])


def coverage_lines(draft: Draft, lang: str) -> list[str]:
    """The report, one line per topic, each starting with its prefix.

    The number of lines does not depend on ``lang`` (a drafted file's problems are
    positioned by line, in either language).
    """
    c = draft.coverage
    counts = {k: c.kinds[k] for k in _KINDS}
    body = [word("coverage.duties", lang, n=len(draft.duties), reviews=draft.reviews, **counts)]
    if c.run_on_lines:
        # Said first: every later count was read from paragraphs the extractor cut itself.
        body.append(word("coverage.run_on", lang, n=c.run_on_lines, m=c.run_on_paragraphs))
    aside = sum(c.set_aside.values())
    dated = word("coverage.dated", lang, seen=c.dated_seen, read=c.dated_seen - aside, aside=aside)
    if aside:
        reasons = ", ".join(
            f"{n} {word(code, lang)}" for code, n in sorted(c.set_aside.items(), key=_most)
        )
        dated += f" ({reasons})"
    body.append(dated + "; " + word("coverage.outside", lang, n=c.outside))
    body += [_table_line(t, lang) for t in c.tables]
    body.append(word("coverage.owners", lang, none=c.no_owner, unknown=len(c.unknown_owners)))
    if c.skipped:
        which = ", ".join(
            f"{n} {word(f'skip.{code}', lang)}" for code, n in sorted(c.skipped.items(), key=_most)
        )
        body.append(word("coverage.not_duties", lang, which=which))
    prefix = word("coverage.prefix", lang)
    return [f"{prefix}: {' '.join(line.split())}" for line in body]


def _most(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def render_text(result: CoverageReport, lang: str) -> str:
    """The report as lines of text."""
    return "".join(f"{line}\n" for line in coverage_lines(result.draft, lang))


def render_json(result: CoverageReport, lang: str) -> str:
    """The report's counts as JSON: codes and numbers, the same in either language."""
    from nq42cli.render.json_ import dump

    del lang  # codes only
    draft = result.draft
    c = draft.coverage
    return dump(
        {
            "duties": len(draft.duties),
            "kinds": {k: c.kinds[k] for k in _KINDS},
            "reviews": draft.reviews,
            "dated": {
                "seen": c.dated_seen,
                "read": c.dated_seen - sum(c.set_aside.values()),
                "set_aside": dict(sorted(c.set_aside.items())),
                "outside_duties": c.outside,
            },
            "tables": [{**t, "skipped": [list(s) for s in t.get("skipped", [])]} for t in c.tables],
            "owners": {"no_owner": c.no_owner, "unknown": list(c.unknown_owners)},
            "not_duties": dict(sorted(c.skipped.items())),
        }
    )
