"""The coverage report of ``nq42 extract``: what was seen in the document, what was read.

An analyst must be able to tell "no duty is due" from "no duty was read". The report
counts the duties by timing, the time expressions seen in duties and how many were read
(and why the others were set aside), the tables and their rows against the duties made
from them, and the owners the draft could not resolve.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nq42cli.core.extract import Draft

__all__ = ["coverage_lines"]

_REASONS = {
    "span.citation": "date of a document cited",
    "span.document_number": "document number",
    "span.horizon": "horizon",
    "span.period": "period named",
    "span.name": "part of a name",
    "span.unqualified": "no word says it is the duty's time",
    "span.anchor": "day of a recurrence",
    "span.unreadable": "unreadable",
    "span.scope": "scope of an opening clause",
}


def coverage_lines(draft: Draft) -> list[str]:
    """The report, one line per topic, plain text."""
    c = draft.coverage
    k = c.kinds
    out = [
        f"COVERAGE: {len(draft.duties)} duties: {k['deadline']} with a deadline, "
        f"{k['recurring']} recurring, {k['ongoing']} ongoing, {k['per_schedule']} per schedule, "
        f"{k['undated']} undated; {draft.reviews} marked for review",
    ]
    aside = sum(c.set_aside.values())
    reasons = ", ".join(f"{n} {_REASONS.get(code, code)}" for code, n in c.set_aside.most_common())
    out.append(
        f"COVERAGE: dated phrases in duties: {c.dated_seen} seen, {c.dated_seen - aside} read, "
        f"{aside} set aside"
        + (f" ({reasons})" if reasons else "")
        + f"; {c.outside} outside duties (purposes, preamble, headings)"
    )
    for t in c.tables:
        if t["kind"] == "tasks":
            line = (
                f"COVERAGE: table at line {t['line']} ({t['form']}): {t['rows']} rows"
                f" ({t.get('groups', 0)} group headings, {t.get('continued', 0)} page-split"
                f" continuations) -> {t['duties']} duties"
            )
            skipped = t.get("skipped") or []
            if skipped:
                line += f"; {len(skipped)} set aside: " + "; ".join(skipped[:3])
            out.append(line)
        elif t["kind"] == "indicators":
            out.append(
                f"COVERAGE: table at line {t['line']}: {t['rows']} indicators (targets), not duties"
            )
        else:
            out.append(f"COVERAGE: table at line {t['line']}: not a task table, {t['rows']} rows")
    out.append(
        f"COVERAGE: owners: {c.no_owner} duties name no owner; "
        f"{len(c.unknown_owners)} owners not in the body list"
    )
    if c.skipped:
        out.append(
            "COVERAGE: not duties: " + ", ".join(f"{n} {why}" for why, n in c.skipped.most_common())
        )
    return out
