"""JSON: an array of row objects (see :func:`nq42cli.render.records.nested_record`)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from nq42cli.render.records import nested_record
from nq42cli.render.safety import json_safe

if TYPE_CHECKING:
    from nq42cli.core.queries import Row
    from nq42cli.core.status import Summary
    from nq42cli.render import View


def render(rows: list[Row], view: View) -> str:
    """Render rows as a JSON array, UTF-8 text kept readable (only unsafe characters escaped)."""
    return (
        json_safe(json.dumps([nested_record(r) for r in rows], ensure_ascii=False, indent=2)) + "\n"
    )


def render_status(rows: list[Row], summary: Summary, lang: str) -> str:
    """Render the status table as one JSON object: as_of, duties, summary.

    ``status`` is a stable code (done_on_time, done_late, open_in_time, open_overdue,
    ongoing, no_deadline); ``label`` is its words in ``lang``.
    """
    from nq42cli.core.status import Status, label

    as_of = rows[0].as_of if rows else None
    duties = []
    for r in rows:
        rec = nested_record(r)
        rec.pop("as_of", None)
        rec.pop("days_left", None)
        rec.pop("days_late", None)
        rec["deadline"] = r.deadline.isoformat() if r.deadline else None
        rec.update(
            {
                "status": r.status.value,
                "label": label(r.status, lang),
                "days_late": r.days_late,
                "days_left": r.days_left,
                "completed_on": r.completed_on.isoformat() if r.completed_on else None,
                "evidence": list(r.completion.evidence) if r.completion else [],
                "started_on": r.started_on.isoformat() if r.started_on else None,
                "parts": {"done": r.parts[0], "required": r.parts[1]},
                "owner_status": {k: v.value for k, v in r.owner_status},
            }
        )
        duties.append(rec)
    out = {
        "as_of": as_of.isoformat() if as_of else None,
        "lang": lang,
        "duties": duties,
        "summary": {
            "total": summary.total,
            "by_status": {s.value: summary.counts[s] for s in Status},
            "by_owner": [
                {
                    "key": o.key,
                    "name": o.name,
                    "on_time": o.counts[Status.DONE_ON_TIME],
                    "with_deadline": o.with_deadline,
                    "by_status": {s.value: o.counts[s] for s in Status},
                    "line": o.line(lang),
                }
                for o in summary.owners
            ],
        },
    }
    return json_safe(json.dumps(out, ensure_ascii=False, indent=2)) + "\n"
