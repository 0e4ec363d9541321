"""The periodic report as one JSON object, for scripts and other tools.

Keys are English and stable; ``sentences`` and ``label`` carry the words in the
report's language. Dates are ISO; percentages are numbers (62.5), or null with no
denominator.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from nq42cli.render.records import group_record, rollup_record, window_record
from nq42cli.render.report_words import appendix_title, called, figures, notes, period_words
from nq42cli.render.safety import json_safe

if TYPE_CHECKING:
    from datetime import date

    from nq42cli.core.queries import OwnerLine, PlanHead, Row
    from nq42cli.core.report import Appendix, Counts, Line, MemberFigures, PeriodicReport

__all__ = ["render"]


def _d(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _counts(c: Counts) -> dict[str, Any]:
    return {
        "total": c.total,
        "done": c.done,
        "on_time": c.on_time,
        "late": c.late,
        "overdue": c.overdue,
        "open_in_time": c.open_in_time,
        "percent_done": round(c.done * 100 / c.total, 1) if c.total else None,
    }


def _owner(o: OwnerLine, day: date, lang: str) -> dict[str, Any]:
    """An owner: its key, the plan's name, the name in force, and how the report calls it."""
    return {"key": o.key, "name": o.name, "name_now": o.on(day)[0], "said": called(o, day, lang)}


def _member(m: MemberFigures, day: date, lang: str) -> dict[str, Any]:
    """A group owner's members on one duty: the status JSON's group record, and the duty."""
    return {"duty": m.duty, "name": called(m.owner, day, lang), **group_record(m.tally, lang)}


def _ids(rows: tuple[Row, ...], report: PeriodicReport) -> list[str]:
    return [report.name(r) for r in rows]


def _line(ln: Line, lang: str) -> dict[str, Any]:
    from nq42cli.render.labels import label_of

    r = ln.row
    adj = r.adjusted
    return {
        "stt": ln.stt,
        "id": r.duty.id,
        "plan": r.plan,
        "text": r.duty.text,
        "leads": [_owner(o, r.as_of, lang) for o in ln.leads],
        "partners": [_owner(o, r.as_of, lang) for o in ln.partners],
        "timing": r.duty.timing,
        "windows": [window_record(w) for w in r.duty.windows],
        "deadline": _d(r.deadline),
        "original_deadline": _d(r.original_deadline),
        "adjusted": (
            {"on": adj.on.isoformat(), "deadline": adj.phrase, "evidence": adj.evidence}
            if adj
            else None
        ),
        "status": r.status.value,
        "label": label_of("status", r.status, lang),
        "completed_on": _d(r.completed_on),
        "days_late": r.days_late,
        "days_left": r.days_left if r.completed_on is None else None,
        "reported": ln.reported,
        "last_report": _d(ln.last_report),
        "result": ln.result,
        "evidence": list(ln.evidence),
        "notes": notes(ln, lang),
        "groups": [group_record(t, lang) for t in ln.members],
        **({"children": [rollup_record(c, lang) for c in r.children]} if r.children else {}),
    }


def _appendix(appendix: Appendix, report: PeriodicReport, lang: str) -> dict[str, Any]:
    name, about = appendix_title(appendix, report, lang)
    return {
        "title": name,
        "about": about,
        "sections": [
            {
                "id": b.id,
                "title": b.title,
                "items": [
                    {
                        "id": item.id,
                        "heading": item.heading,
                        "duties": [_line(ln, lang) for ln in item.lines],
                    }
                    for item in b.items
                ],
            }
            for b in appendix.blocks
        ],
    }


def _plan(h: PlanHead) -> dict[str, Any]:
    return {
        "id": h.id,
        "kind": h.kind,
        "number": h.number,
        "date": h.date.isoformat(),
        "issuer": h.issuer,
    }


def render(report: PeriodicReport, lang: str) -> str:
    """The report as indented JSON text."""
    f = report.figures
    h = report.head
    out: dict[str, Any] = {
        "plan": _plan(h),
        "issuer": report.issuer,
        "period": {
            "label": report.period.label,
            "kind": report.kind,
            "start": report.period.start.isoformat(),
            "end": report.period.end.isoformat(),
            "words": period_words(report, lang),
        },
        "as_of": report.as_of.isoformat(),
        "since": _d(report.since),
        "lang": lang,
        "figures": {
            "in_period": _counts(f.in_period),
            "in_period_duties": _ids(report.due_rows, report),
            "to_date": _counts(f.to_date),
            "not_yet_due": f.not_yet_due,
            "ongoing": f.ongoing,
            "undated": f.undated,
            "owners": [
                {
                    **_owner(o.owner, report.as_of, lang),
                    **_counts(o.counts),
                    "days_late": o.days_late,
                }
                for o in f.owners
            ],
            "members": [_member(m, report.as_of, lang) for m in f.members],
            "behind": [
                {
                    **_owner(o.owner, report.as_of, lang),
                    "overdue": o.counts.overdue,
                    "days_late": o.days_late,
                }
                for o in f.behind
            ],
            "not_reported": [report.name(ln.row) for ln in f.not_reported],
            "changes": (
                {
                    "since": f.changes.since.isoformat(),
                    "newly_done": _ids(f.changes.newly_done, report),
                    "newly_overdue": _ids(f.changes.newly_overdue, report),
                    "adjusted": _ids(f.changes.adjusted, report),
                }
                if f.changes
                else None
            ),
            "sentences": [x.text for x in figures(report, lang)],
        },
        "appendix1": _appendix(report.appendix1, report, lang),
        "appendix2": _appendix(report.appendix2, report, lang),
    }
    if report.several:
        out["plans"] = [_plan(p) for p in report.plans]
        out["figures"]["by_plan"] = [
            {"plan": p.head.id, "in_period": _counts(p.in_period), "to_date": _counts(p.to_date)}
            for p in f.plans
        ]
    return json_safe(json.dumps(out, ensure_ascii=False, indent=2)) + "\n"
