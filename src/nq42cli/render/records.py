"""Rows as plain records: nested for JSON, flat for CSV; the same fields in both.

Keys are names for scripts (English, stable); the values that are words (an owner's
role, a status's label) are in the language asked for, from :mod:`.labels`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from nq42cli.render.labels import label_of, word

if TYPE_CHECKING:
    from nq42cli.core.queries import OwnerLine, Row
    from nq42cli.core.rules import RecordLike
    from nq42cli.core.status import OwnerSummary
    from nq42cli.core.windows import Window

__all__ = [
    "FLAT_COLUMNS",
    "STATUS_COLUMNS",
    "days_left_of",
    "flat_record",
    "nested_record",
    "owner_line",
    "owners_text",
    "progress_record",
    "status_flat",
    "status_record",
    "window_record",
]


def window_record(w: Window) -> dict[str, Any]:
    """A window as JSON: kind, ISO start and end, recurrence, flags and its text.

    ``every`` is null for a window that does not recur; ``anchor`` is a recurring
    window's due day as "MM-DD" (yearly) or "DD" (monthly), null for the cycle's end.
    """
    anchor = None
    if w.anchor is not None:
        month, day = w.anchor
        anchor = f"{month:02d}-{day:02d}" if month else f"{day:02d}"
    return {
        "kind": w.kind.value,
        "start": w.start.isoformat() if w.start else None,
        "end": w.end.isoformat() if w.end else None,
        "every": w.every.value if w.every else None,
        "anchor": anchor,
        "flags": sorted(f.value for f in w.flags),
        "text": str(w),
    }


def _owner(o: OwnerLine) -> dict[str, Any]:
    return {
        "key": o.key,
        "name": o.name,
        "short": o.short,
        "role": o.role.value,
        "as_written": o.as_written,
    }


def nested_record(row: Row) -> dict[str, Any]:
    """Everything about a row, for JSON."""
    d = row.duty
    out: dict[str, Any] = {
        "id": d.id,
        "plan": row.plan,
        "section": d.section,
        "group": d.group,
        "text": d.text,
        "owners": [_owner(o) for o in row.owners],
        "timing": d.timing,
        "windows": [window_record(w) for w in d.windows],
    }
    if row.as_of is not None:
        out["as_of"] = row.as_of.isoformat()
    if row.deadline is not None:
        out["deadline"] = row.deadline.isoformat()
        out["days_left"] = days_left_of(row)
        out["days_late"] = row.days_late
    if row.since is not None:
        out["since"] = row.since.isoformat()
    out["completed_on"] = row.completed_on.isoformat() if row.completed_on else None
    return out


def owners_text(owners: tuple[OwnerLine, ...], lang: str, *, short: bool = False) -> str:
    """Owners on one line with their roles: 'Ban Kinh tế Trung ương (chủ trì); …'."""
    return "; ".join(
        f"{o.short if short else o.name} ({label_of('role', o.role, lang)})" for o in owners
    )


def days_left_of(row: Row) -> int | None:
    """Days left to the deadline for open work (None once done or with no deadline)."""
    return row.days_left


FLAT_COLUMNS = (
    "id",
    "section",
    "owners",
    "text",
    "timing",
    "windows",
    "deadline",
    "days_left",
    "days_late",
    "since",
    "completed_on",
    "as_of",
)


def flat_record(row: Row, lang: str) -> dict[str, str | int | None]:
    """One row as flat cells, in :data:`FLAT_COLUMNS` order."""
    d = row.duty
    return {
        "id": d.id,
        "section": d.section,
        "owners": owners_text(row.owners, lang),
        "text": d.text,
        "timing": d.timing,
        "windows": "; ".join(str(w) for w in d.windows),
        "deadline": row.deadline.isoformat() if row.deadline else None,
        "days_left": days_left_of(row),
        "days_late": row.days_late,
        "since": row.since.isoformat() if row.since else None,
        "completed_on": row.completed_on.isoformat() if row.completed_on else None,
        "as_of": row.as_of.isoformat() if row.as_of else None,
    }


def status_record(r: Row, lang: str) -> dict[str, Any]:
    """One duty of the status table, for JSON.

    ``status`` is a stable code (done_on_time, done_late, open_in_time, open_overdue,
    ongoing, no_deadline); ``label`` is its words in ``lang``.
    """
    rec = nested_record(r)
    for key in ("as_of", "days_left", "days_late"):
        rec.pop(key, None)
    rec["deadline"] = r.deadline.isoformat() if r.deadline else None
    rec.update(
        {
            "status": r.status.value,
            "label": label_of("status", r.status, lang),
            "days_late": r.days_late,
            "days_left": r.days_left,
            "completed_on": r.completed_on.isoformat() if r.completed_on else None,
            "evidence": list(r.completion.evidence) if r.completion else [],
            "started_on": r.started_on.isoformat() if r.started_on else None,
            "parts": {"done": r.parts[0], "required": r.parts[1]},
            "owner_status": {k: v.value for k, v in r.owner_status},
        }
    )
    return rec


STATUS_COLUMNS = (
    "id",
    "section",
    "group",
    "owners",
    "text",
    "timing",
    "windows",
    "deadline",
    "status",
    "label",
    "days_late",
    "days_left",
    "completed_on",
    "evidence",
    "started_on",
    "parts_done",
    "parts_required",
    "as_of",
)


def status_flat(r: Row, lang: str) -> dict[str, str | int | None]:
    """:func:`status_record` as flat cells, in :data:`STATUS_COLUMNS` order."""
    d = r.duty
    return {
        "id": d.id,
        "section": d.section,
        "group": d.group,
        "owners": owners_text(r.owners, lang),
        "text": d.text,
        "timing": d.timing,
        "windows": "; ".join(str(w) for w in d.windows),
        "deadline": r.deadline.isoformat() if r.deadline else None,
        "status": r.status.value,
        "label": label_of("status", r.status, lang),
        "days_late": r.days_late,
        "days_left": r.days_left,
        "completed_on": r.completed_on.isoformat() if r.completed_on else None,
        "evidence": "; ".join(r.completion.evidence) if r.completion else None,
        "started_on": r.started_on.isoformat() if r.started_on else None,
        "parts_done": r.parts[0],
        "parts_required": r.parts[1],
        "as_of": r.as_of.isoformat() if r.as_of else None,
    }


def owner_line(o: OwnerSummary, lang: str) -> str:
    """'Ban Kinh tế Trung ương: 1/2 đúng hạn; 1 chưa hoàn thành – quá hạn; …'.

    The 'x/y đúng hạn' part counts duties with a deadline; an owner with none gets
    only its other counts.
    """
    from nq42cli.core.status import Status

    head = []
    if o.with_deadline:
        on_time = o.counts[Status.DONE_ON_TIME]
        head = [f"{on_time}/{o.with_deadline} {word('status.on_time_short', lang)}"]
    rest = [
        f"{n} {label_of('status', s, lang)}"
        for s, n in o.counts.items()
        if n and s is not Status.DONE_ON_TIME
    ]
    return f"{o.name}: " + "; ".join(head + rest)


def progress_record(r: RecordLike) -> dict[str, Any]:
    """One progress record for JSON: what the file holds, defaults left out."""
    out: dict[str, Any] = {"event": r.event.value, "on": r.on.isoformat()}
    for key in ("owner", "evidence", "note", "by"):
        value = getattr(r, key)
        if value is not None:
            out[key] = value
    if r.force:
        out["force"] = True
    if r.recorded_at is not None:
        out["recorded_at"] = r.recorded_at.isoformat().replace("+00:00", "Z")
    return out
