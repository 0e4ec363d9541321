"""Rows as plain records: nested for JSON, flat for CSV; the same fields in both.

Keys are names for scripts (English, stable); the values that are words (an owner's
role, a status's label) are in the language asked for, from :mod:`.labels`.

Every row says what has been reported (``reported``, ``last_report``, ``result``: no
record is not a finding), and every owner both its name in the plan (``name``) and the
name in force on the row's day (``name_now``; the same when nothing changed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from nq42cli.render.labels import label_of, word

if TYPE_CHECKING:
    from datetime import date

    from rich.text import Text

    from nq42cli.core.queries import Entry, OwnerLine, Row
    from nq42cli.core.rules import RecordLike, Rollup, Status
    from nq42cli.core.status import GroupTally, OwnerSummary
    from nq42cli.core.windows import Window

__all__ = [
    "FLAT_COLUMNS",
    "PLAN_COLUMNS",
    "STATUS_COLUMNS",
    "STATUS_PLAN_COLUMNS",
    "adjustment_record",
    "adjustment_text",
    "days_left_of",
    "duty_id",
    "flat_record",
    "group_line",
    "group_record",
    "id_cell",
    "nested_record",
    "owner_line",
    "owner_name",
    "owners_text",
    "plan_line",
    "progress_record",
    "reported_cells",
    "rollup_line",
    "rollup_record",
    "status_flat",
    "status_record",
    "window_record",
]


def duty_id(duty: Entry, several: bool) -> str:
    """How a view names a duty: its id, or ``PLAN:ID`` where several plans are shown."""
    return duty.qualified if several else duty.id


def id_cell(duty: Entry, several: bool) -> Text:
    """A table's id cell: the id in bold; where several plans are shown, ``PLAN:`` above it.

    Two lines keep the column as narrow as one plan's ids, and read as ``PLAN:ID``.
    """
    from rich.text import Text

    from nq42cli.core.text import visible

    cell = Text(style="bold")
    if several:
        cell.append(visible(duty.plan) + ":\n", style="dim")
    cell.append(visible(duty.id))
    return cell


def rollup_line(r: Rollup, lang: str) -> str:
    """'Chương trình hành động 45-CTr/TU: 2/10 nhiệm vụ hoàn thành, 1 quá hạn'."""
    return word("rollup.line", lang, name=r.name, done=r.done, total=r.total, overdue=r.overdue)


def plan_line(name: str, counts: dict[Status, int], lang: str) -> str:
    """'Kết luận 221-KL/TW: 6 nhiệm vụ; 2 chưa hoàn thành – quá hạn; …' (non-zero classes)."""
    from nq42cli.core.rules import Status

    total = sum(counts.values())
    parts = [word("status_table.total", lang, n=total)]
    parts += [f"{n} {label_of('status', s, lang)}" for s in Status if (n := counts[s])]
    return f"{name}: " + "; ".join(parts)


def rollup_record(r: Rollup, lang: str) -> dict[str, Any]:
    """A child plan's duties that carry out a duty, for JSON: counts by class and a line."""
    return {
        "plan": r.plan,
        "name": r.name,
        "duties": r.total,
        "done": r.done,
        "by_status": {s.value: n for s, n in r.counts},
        "line": rollup_line(r, lang),
    }


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


def _owner(o: OwnerLine, day: date | None) -> dict[str, Any]:
    name_now, short_now = o.on(day)
    return {
        "key": o.key,
        "name": o.name,
        "short": o.short,
        "name_now": name_now,
        "short_now": short_now,
        "role": o.role.value,
        "as_written": o.as_written,
    }


def owner_name(o: OwnerLine, day: date | None, lang: str, *, short: bool = False) -> str:
    """The name in force on ``day``, with the plan's beside it where it differs."""
    name_now, short_now = o.on(day)
    now, plan = (short_now, o.short) if short else (name_now, o.name)
    return now if now == plan else word("owner.plan_name", lang, name=now, plan=plan)


def reported_cells(row: Row) -> dict[str, Any]:
    """What has been reported on a row: ``reported``, ``last_report``, ``result``."""
    return {
        "reported": row.reported,
        "last_report": row.last_report.isoformat() if row.last_report else None,
        "result": row.result,
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
        "owners": [_owner(o, row.as_of) for o in row.owners],
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
    out.update(reported_cells(row))
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


def owners_text(
    owners: tuple[OwnerLine, ...], lang: str, *, short: bool = False, day: date | None = None
) -> str:
    """Owners on one line with their roles: 'Ban Kinh tế Trung ương (chủ trì); …'.

    With ``day``, each goes by the name in force then, the plan's name beside it.
    """
    return "; ".join(
        f"{owner_name(o, day, lang, short=short)} ({label_of('role', o.role, lang)})"
        for o in owners
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
    "reported",
    "last_report",
    "result",
    "original_deadline",
)
"""The CSV columns of a query's rows; ``plan`` (the duty's plan id) follows them where
several plans are read (:data:`PLAN_COLUMNS`), so one plan's CSV is as it always was."""

PLAN_COLUMNS = ("plan",)
"""The columns added to a query's CSV when several plans are read."""


def flat_record(row: Row, lang: str) -> dict[str, str | int | None]:
    """One row as flat cells, in :data:`FLAT_COLUMNS` order."""
    d = row.duty
    return {
        "id": d.id,
        "section": d.section,
        "owners": owners_text(row.owners, lang, day=row.as_of),
        "text": d.text,
        "timing": d.timing,
        "windows": "; ".join(str(w) for w in d.windows),
        "deadline": row.deadline.isoformat() if row.deadline else None,
        "days_left": days_left_of(row),
        "days_late": row.days_late,
        "since": row.since.isoformat() if row.since else None,
        "completed_on": row.completed_on.isoformat() if row.completed_on else None,
        "as_of": row.as_of.isoformat() if row.as_of else None,
        **_flat_reported(row),
        "original_deadline": row.original_deadline.isoformat() if row.original_deadline else None,
        "plan": row.plan,
    }


def _flat_reported(row: Row) -> dict[str, str | int | None]:
    cells = reported_cells(row)
    return {**cells, "reported": "yes" if cells["reported"] else "no"}


def group_record(t: GroupTally, lang: str) -> dict[str, Any]:
    """One group owner's members on a duty, for JSON (names as written in the registry)."""
    return {
        "owner": t.owner,
        "label": t.label(lang),
        "members_total": t.total,
        "members_done": t.done,
        "members_done_on_time": t.done_on_time,
        "members_done_late": t.done_late,
        "members_in_progress": t.in_progress,
        "members_not_reported": t.not_reported,
        "line": group_line(t, lang),
    }


def group_line(t: GroupTally, lang: str) -> str:
    """'11/63 tỉnh ủy, thành ủy đã báo cáo hoàn thành; 4 đúng hạn; 7 quá hạn; …'."""
    parts = [word("members.done", lang, done=t.done, total=t.total, label=t.label(lang))]
    if t.deadline is not None:
        # On time and late mean something only against a deadline.
        parts.append(word("members.on_time", lang, n=t.done_on_time))
        if t.done_late:
            parts.append(word("members.late", lang, n=t.done_late))
    if t.in_progress:
        parts.append(word("members.in_progress", lang, n=len(t.in_progress)))
    parts.append(word("members.not_reported", lang, n=len(t.not_reported)))
    return "; ".join(parts)


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
            "groups": [group_record(t, lang) for t in r.members],
        }
    )
    if r.children:
        # Only a duty another plan read with it carries out has children.
        rec["children"] = [rollup_record(c, lang) for c in r.children]
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
    "reported",
    "last_report",
    "result",
    "members",
    "original_deadline",
    "adjusted",
)
"""The CSV columns of the status table; :data:`STATUS_PLAN_COLUMNS` follow them where
several plans are read."""

STATUS_PLAN_COLUMNS = ("plan", "children")
"""The status CSV's columns over several plans: the duty's plan, and the roll-up lines of
the plans that carry the duty out."""


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
        **_flat_reported(r),
        "members": " | ".join(group_line(t, lang) for t in r.members) or None,
        "original_deadline": r.original_deadline.isoformat() if r.original_deadline else None,
        "adjusted": adjustment_text(r),
        "plan": r.plan,
        "children": " | ".join(rollup_line(c, lang) for c in r.children) or None,
    }


def adjustment_text(r: Row) -> str | None:
    """'quý IV/2024 (Quyết định …, 2024-03-01)': an adjusted deadline and its decision."""
    adj = r.adjusted
    return f"{adj.phrase} ({adj.evidence}, {adj.on.isoformat()})" if adj else None


def owner_line(o: OwnerSummary, lang: str, day: date | None = None) -> str:
    """'Ban Kinh tế Trung ương: 1/2 đúng hạn; 1 chưa hoàn thành – quá hạn; …'.

    The 'x/y đúng hạn' part counts duties with a deadline; an owner with none gets
    only its other counts. With ``day``, the owner goes by the name in force then.
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
    name = o.name
    now = o.on(day)[0]
    if now != name:
        name = word("owner.plan_name", lang, name=now, plan=o.name)
    return f"{name}: " + "; ".join(head + rest)


def progress_record(r: RecordLike) -> dict[str, Any]:
    """One progress record for JSON: what the file holds, defaults left out."""
    out: dict[str, Any] = {"event": r.event.value, "on": r.on.isoformat()}
    for key in ("owner", "unit", "evidence", "note", "deadline", "source", "excerpt", "by"):
        value = getattr(r, key)
        if value is not None:
            out[key] = value
    if r.force:
        out["force"] = True
    if r.recorded_at is not None:
        out["recorded_at"] = r.recorded_at.isoformat().replace("+00:00", "Z")
    return out
