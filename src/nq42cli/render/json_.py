"""JSON: stable English keys for scripts; text kept readable, only unsafe characters escaped.

Every document is indented UTF-8 with a final newline. Characters a terminal would act
on or hide are escaped (:func:`~nq42cli.render.safety.json_safe`); the data decodes the
same. Values that are words (a status's ``label``, an owner's summary ``line``) follow
the language; codes (``status``, ``role``, ``kind``) never do.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from nq42cli.render.labels import label_of
from nq42cli.render.records import nested_record, owner_line, progress_record, status_record
from nq42cli.render.safety import json_safe

if TYPE_CHECKING:
    from nq42cli.core.results import Detail, History, Listing, Schema, StatusTable

__all__ = [
    "dump",
    "render_detail",
    "render_history",
    "render_listing",
    "render_schema",
    "render_status",
]


def dump(doc: Any) -> str:
    """``doc`` as indented JSON text, safe to print on a terminal."""
    return json_safe(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"


def render_listing(result: Listing, lang: str) -> str:
    """An array of row objects (see :func:`~nq42cli.render.records.nested_record`)."""
    del lang  # rows hold codes and data, no words
    return dump([nested_record(r) for r in result.rows])


def render_detail(result: Detail, lang: str) -> str:
    """One row object, as in a listing."""
    del lang
    return dump(nested_record(result.row))


def render_status(result: StatusTable, lang: str) -> str:
    """One object: ``as_of``, ``lang``, ``duties`` (status records) and ``summary``."""
    from nq42cli.core.status import Status

    summary = result.summary
    doc = {
        "as_of": result.as_of.isoformat(),
        "lang": lang,
        "duties": [status_record(r, lang) for r in result.rows],
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
                    "line": owner_line(o, lang),
                }
                for o in summary.owners
            ],
        },
    }
    return dump(doc)


def render_history(result: History, lang: str) -> str:
    """The duty's class as of the day and every record, oldest first."""
    state = result.state
    doc = {
        "id": result.duty.id,
        "as_of": result.as_of.isoformat(),
        "status": state.status.value,
        "label": label_of("status", state.status, lang),
        "deadline": state.deadline.isoformat() if state.deadline else None,
        "completed_on": state.completed_on.isoformat() if state.completed_on else None,
        "records": [progress_record(r) for r in result.records],
    }
    return dump(doc)


def render_schema(result: Schema, lang: str) -> str:
    """The schema's text as generated (it is JSON already)."""
    del lang
    return result.text
