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
from nq42cli.render.records import (
    group_record,
    nested_record,
    owner_line,
    plan_line,
    progress_record,
    reported_cells,
    rollup_record,
    status_record,
)
from nq42cli.render.safety import json_safe

if TYPE_CHECKING:
    from nq42cli.core.directory import SuccessionInfo
    from nq42cli.core.ownership import NameSpan
    from nq42cli.core.results import (
        Detail,
        History,
        Listing,
        OwnersList,
        OwnerStory,
        Schema,
        StatusTable,
    )

__all__ = [
    "Raw",
    "dump",
    "pretty",
    "render_detail",
    "render_history",
    "render_listing",
    "render_owner",
    "render_owners",
    "render_schema",
    "render_status",
]


def dump(doc: Any) -> str:
    """``doc`` as indented JSON text, safe to print on a terminal.

    The text is exactly ``json.dumps(doc, ensure_ascii=False, indent=2)``; see
    :func:`pretty` for why it is not made by that call.
    """
    return json_safe(pretty(doc)) + "\n"


class Raw(str):
    """JSON text already made (at indent 0), placed as it is by :func:`pretty`."""

    __slots__ = ()


_STR = json.encoder.encode_basestring  # the C function behind ensure_ascii=False


def pretty(value: Any, indent: str = "") -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` for the data renderers make.

    With an indent, the standard library encodes in Python, one generator per
    container; a status table of 100,000 duties took 15 s there. This is the same
    text from one tight function (strings by the same C encoder, leaves without a
    call of their own), and it places :class:`Raw` pieces (JSON made once for many
    rows) as they are. Anything but str, int, bool, None, list, tuple, dict with text
    keys and Raw is left to ``json.dumps``; ``tests/test_json_pretty.py`` compares the
    two on generated documents.
    """
    kind = type(value)
    if kind is str:
        return _STR(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = indent + "  "
        items: list[str] = []
        add = items.append
        try:
            # Text, null and whole numbers (most values of a row) are written here, not
            # by a call each: at 100,000 rows the calls were half the time.
            for k, v in value.items():
                of = type(v)
                if of is str:
                    add(_STR(k) + ": " + _STR(v))
                elif v is None:
                    add(_STR(k) + ": null")
                elif of is int:
                    add(_STR(k) + ": " + int.__repr__(v))
                else:
                    add(_STR(k) + ": " + pretty(v, inner))
        except TypeError:  # a key that is not text: json.dumps says how it reads
            items = []
        if items:
            return "{\n" + inner + (",\n" + inner).join(items) + "\n" + indent + "}"
    elif kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = indent + "  "
        items = [_STR(v) if type(v) is str else pretty(v, inner) for v in value]
        return "[\n" + inner + (",\n" + inner).join(items) + "\n" + indent + "]"
    elif value is None:
        return "null"
    elif kind is bool:
        return "true" if value else "false"
    elif kind is int:
        return int.__repr__(value)
    elif kind is Raw:
        return value.replace("\n", "\n" + indent) if indent else str(value)
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + indent) if indent else text


class _Pieces:
    """JSON of the parts many rows share (window lists), made once each.

    Rows of one answer hold the very same tuple for equal window lists (the index
    decodes each distinct list once), so pieces are keyed by identity; the
    tuple is kept with its text so that its id cannot be reused meanwhile.
    """

    def __init__(self) -> None:
        self._made: dict[int, tuple[object, Raw]] = {}

    def of(self, value: tuple[Any, ...], make: Any) -> Raw:
        found = self._made.get(id(value))
        if found is None:
            found = self._made[id(value)] = (value, Raw(pretty(make(value))))
        return found[1]


def _shared(record: dict[str, Any], row: Any, pieces: _Pieces) -> dict[str, Any]:
    # The windows of a row's record, as a piece made once per distinct window list (a
    # large plan repeats a few hundred; its owner lists hardly repeat).
    record["windows"] = pieces.of(row.duty.windows, lambda _: record["windows"])
    return record


def render_listing(result: Listing, lang: str) -> str:
    """An array of row objects (see :func:`~nq42cli.render.records.nested_record`)."""
    del lang  # rows hold codes and data, no words
    pieces = _Pieces()
    return dump([_shared(nested_record(r), r, pieces) for r in result.rows])


def render_detail(result: Detail, lang: str) -> str:
    """One row object, as in a listing."""
    del lang
    return dump(nested_record(result.row))


def render_status(result: StatusTable, lang: str) -> str:
    """One object: ``as_of``, ``lang``, ``duties`` (status records) and ``summary``.

    The summary counts the duties with nothing reported (``not_reported``) and those in
    progress, gives each owner's name in force (``name_now``), and each group owner's
    members per duty (``groups``).
    """
    from nq42cli.core.status import Status

    summary = result.summary
    pieces = _Pieces()
    doc: dict[str, Any] = {
        "as_of": result.as_of.isoformat(),
        "lang": lang,
        "duties": [_shared(status_record(r, lang), r, pieces) for r in result.rows],
        "summary": {
            "total": summary.total,
            "by_status": {s.value: summary.counts[s] for s in Status},
            "not_reported": summary.not_reported,
            "in_progress": summary.in_progress,
            "by_owner": [
                {
                    "key": o.key,
                    "name": o.name,
                    "name_now": o.on(result.as_of)[0],
                    "on_time": o.counts[Status.DONE_ON_TIME],
                    "with_deadline": o.with_deadline,
                    "by_status": {s.value: o.counts[s] for s in Status},
                    "line": owner_line(o, lang, result.as_of),
                }
                for o in summary.owners
            ],
            "groups": [{"duty": d, **group_record(t, lang)} for d, t in summary.groups],
        },
    }
    if summary.plans:
        # Several plans read: each one's counts (one plan's summary is the one above).
        doc["summary"]["by_plan"] = [
            {
                "plan": plan_id,
                "name": name,
                "total": sum(counts.values()),
                "by_status": {s.value: counts[s] for s in Status},
                "line": plan_line(name, counts, lang),
            }
            for plan_id, name, counts in summary.plans
        ]
    return dump(doc)


def render_history(result: History, lang: str) -> str:
    """The duty's class as of the day and every record, oldest first."""
    state = result.state
    doc: dict[str, Any] = {
        "id": result.duty.id,
        # Over several plans, which one the duty is in (one plan's history is as it was).
        **({"plan": result.duty.plan} if len(result.plans) > 1 else {}),
        "as_of": result.as_of.isoformat(),
        "status": state.status.value,
        "label": label_of("status", state.status, lang),
        "deadline": state.deadline.isoformat() if state.deadline else None,
        "original_deadline": (
            state.original_deadline.isoformat() if state.original_deadline else None
        ),
        "completed_on": state.completed_on.isoformat() if state.completed_on else None,
        **reported_cells(state),
        "groups": [group_record(t, lang) for t in state.members],
        "records": [progress_record(r) for r in result.records],
    }
    if state.children:
        doc["children"] = [rollup_record(c, lang) for c in state.children]
    return dump(doc)


def render_schema(result: Schema, lang: str) -> str:
    """The schema's text as generated (it is JSON already)."""
    del lang
    return result.text


def render_owners(result: OwnersList, lang: str) -> str:
    """``{as_of, plan, registry, owners: [...]}``; each owner with its names and members."""
    del lang  # names and codes, no words
    return dump(
        {
            "as_of": result.as_of.isoformat(),
            "plan": result.plan,
            "registry": result.registry,
            "owners": [
                {
                    "key": r.key,
                    "kind": r.kind,
                    "name": r.plan_name,
                    "name_now": r.name,
                    "short_now": r.short,
                    "names": [_span_record(s) for s in r.names],
                    "members": list(r.members),
                    "members_total": len(r.members) if r.label_vi else None,
                    "duties": list(r.duties),
                }
                for r in result.rows
            ],
        }
    )


def _span_record(s: NameSpan) -> dict[str, Any]:
    return {
        "name": s.name,
        "short": s.short,
        "from": s.first.isoformat() if s.first else None,
        "until": s.last.isoformat() if s.last else None,
        "unit": s.unit,
    }


def render_owner(result: OwnerStory, lang: str) -> str:
    """The body's story as one object (dates ISO, successions with instrument and sources)."""
    del lang
    d = result.detail

    def succession(s: SuccessionInfo) -> dict[str, Any]:
        return {
            "from": list(s.sources),
            "to": s.to,
            "on": s.on.isoformat(),
            "basis": s.basis,
            "instrument": s.instrument,
            "instrument_date": s.instrument_date.isoformat() if s.instrument_date else None,
            "issuer": s.issuer,
            "caveat": s.caveat,
            "sources": list(dict.fromkeys(s.urls)),
        }

    return dump(
        {
            "key": d.key,
            "name": d.name,
            "short": d.short,
            "from": d.first.isoformat() if d.first else None,
            "until": d.last.isoformat() if d.last else None,
            "names": [_span_record(s) for s in d.names],
            "formed_from": [succession(s) for s, _ in d.before],
            "succeeded_by": [succession(s) for s, _ in d.after],
            "member_of": [
                {
                    "group": g,
                    "from": a.isoformat() if a else None,
                    "until": b.isoformat() if b else None,
                }
                for g, _, a, b in d.member_of
            ],
            "members": [
                {
                    "unit": m,
                    "name": n,
                    "from": a.isoformat() if a else None,
                    "until": b.isoformat() if b else None,
                }
                for m, n, a, b in d.members
            ],
            "holds": list(d.holds),
            "duties": [
                {"id": x.id, "owner": x.owner, "role": x.role, "text": x.text} for x in d.duties
            ],
        }
    )
