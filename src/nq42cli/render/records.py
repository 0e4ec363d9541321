"""Rows as plain records: nested for JSON, flat for spreadsheets and tables of text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from nq42cli.core.vocab import Role

if TYPE_CHECKING:
    from nq42cli.core.queries import OwnerLine, Row
    from nq42cli.core.rules import RecordLike
    from nq42cli.core.windows import Window

__all__ = [
    "FLAT_COLUMNS",
    "adjustment_record",
    "flat_record",
    "nested_record",
    "owners_text",
    "progress_record",
    "window_record",
]

ROLE_VI = {Role.LEAD: "chủ trì", Role.PARTNER: "phối hợp", Role.RESPONSIBLE: "thực hiện"}


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
    if row.adjusted is not None:
        out.update(adjustment_record(row))
    out["completed_on"] = row.completed_on.isoformat() if row.completed_on else None
    return out


def adjustment_record(row: Row) -> dict[str, Any]:
    """An adjusted deadline for JSON: the plan's deadline beside the adjustment in force."""
    adj = row.adjusted
    if adj is None:
        return {}
    return {
        "original_deadline": row.original_deadline.isoformat() if row.original_deadline else None,
        "adjusted": {
            "on": adj.on.isoformat(),
            "deadline": adj.phrase,
            "evidence": adj.evidence,
            "windows": [window_record(w) for w in adj.windows],
        },
    }


def owners_text(owners: tuple[OwnerLine, ...], *, short: bool = False) -> str:
    """Owners on one line with their roles: 'Ban Kinh tế Trung ương (chủ trì); …'."""
    return "; ".join(f"{o.short if short else o.name} ({ROLE_VI[o.role]})" for o in owners)


def days_left_of(row: Row) -> int | None:
    """Days left to the deadline for open work (None once done or with no deadline)."""
    # Days left only mean something for open work; a done duty has none left to count.
    left = row.days_left
    return None if left is None or row.completed_on is not None else max(left, 0)


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
    "completed_on",
    "as_of",
    "original_deadline",
)


def flat_record(row: Row) -> dict[str, str | int | None]:
    """One row as flat cells, in :data:`FLAT_COLUMNS` order."""
    d = row.duty
    return {
        "id": d.id,
        "section": d.section,
        "owners": owners_text(row.owners),
        "text": d.text,
        "timing": d.timing,
        "windows": "; ".join(str(w) for w in d.windows),
        "deadline": row.deadline.isoformat() if row.deadline else None,
        "days_left": days_left_of(row),
        "days_late": row.days_late,
        "completed_on": row.completed_on.isoformat() if row.completed_on else None,
        "as_of": row.as_of.isoformat() if row.as_of else None,
        "original_deadline": row.original_deadline.isoformat() if row.original_deadline else None,
    }


def progress_record(r: RecordLike) -> dict[str, Any]:
    """One progress record for JSON: what the file holds, defaults left out."""
    out: dict[str, Any] = {"event": r.event.value, "on": r.on.isoformat()}
    for key in ("owner", "evidence", "note", "deadline", "by"):
        value = getattr(r, key)
        if value is not None:
            out[key] = value
    if r.force:
        out["force"] = True
    if r.recorded_at is not None:
        out["recorded_at"] = r.recorded_at.isoformat().replace("+00:00", "Z")
    return out
