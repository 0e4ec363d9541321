"""Reports: the tables an analyst hands upward, as typed cells, before any format.

A :class:`Report` is a titled table plus a summary table. Cells keep their types (text,
whole numbers, dates) so the xlsx renderer can store real dates and numbers, while the
text formats (CSV, Markdown, HTML) print them in ISO form. Building the report once and
rendering it per format keeps every export showing the same columns and numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from nq42cli.render.records import days_left_of, owners_text

if TYPE_CHECKING:
    from nq42cli.core.queries import PlanHead, Row
    from nq42cli.core.status import Summary
    from nq42cli.render import View

__all__ = [
    "Cell",
    "Report",
    "Sheet",
    "adjustment_text",
    "cell_text",
    "rows_report",
    "status_report",
]

Cell = str | int | date | None


@dataclass(frozen=True)
class Sheet:
    """A named table: column headers and rows of typed cells."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class Report:
    """What an export holds: a title, a line saying as of when, the table, the summary."""

    title: str
    subtitle: str
    table: Sheet
    summary: Sheet
    lang: str = "en"


def cell_text(value: Cell) -> str:
    """A cell as text: ISO dates, empty for nothing."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


_STATUS_HEADERS = {
    "vi": (
        "Mã",
        "Mục",
        "Cơ quan chủ trì / thực hiện",
        "Nhiệm vụ",
        "Thời hạn (theo văn bản)",
        "Hạn",
        "Tình trạng",
        "Số ngày quá hạn",
        "Ngày hoàn thành",
        "Phần đã báo cáo",
        "Kết quả / minh chứng",
        "Hạn ban đầu",
        "Điều chỉnh thời hạn",
    ),
    "en": (
        "ID",
        "Section",
        "Owners",
        "Duty",
        "Timing (as written)",
        "Deadline",
        "Status",
        "Days late",
        "Completed on",
        "Parts reported",
        "Evidence",
        "Original deadline",
        "Deadline adjusted",
    ),
}

_TEXTS = {
    "vi": {
        "title": "Tình hình thực hiện {plan}",
        "as_of": "Tính đến ngày {day:%d/%m/%Y}.",
        "table": "Nhiệm vụ",
        "summary": "Tổng hợp",
        "owner": "Cơ quan / nhóm",
        "duties": "Số nhiệm vụ",
        "on_time": "Đúng hạn / có thời hạn",
        "all": "Tất cả nhiệm vụ",
    },
    "en": {
        "title": "Progress of {plan}",
        "as_of": "As of {day:%Y-%m-%d}.",
        "table": "Duties",
        "summary": "Summary",
        "owner": "Owner",
        "duties": "Duties",
        "on_time": "On time / with deadline",
        "all": "All duties",
    },
}


def adjustment_text(row: Row, lang: str) -> str | None:
    """'quý IV/2024 (Quyết định …, 01/03/2024)': the adjusted deadline and its decision."""
    adj = row.adjusted
    if adj is None:
        return None
    day = f"{adj.on:%d/%m/%Y}" if lang == "vi" else adj.on.isoformat()
    return f"{adj.phrase} ({adj.evidence}, {day})"


def status_report(rows: list[Row], summary: Summary, plan: PlanHead, lang: str) -> Report:
    """The status table and its summary (per class, then per reporting owner)."""
    from nq42cli.core.status import DEADLINE_CLASSES, Status, label

    t = _TEXTS[lang]
    table = tuple(
        (
            r.duty.id,
            r.duty.group or r.duty.section,
            owners_text(r.owners),
            r.duty.text,
            r.duty.timing or "; ".join(str(w) for w in r.duty.windows),
            r.deadline,
            label(r.status, lang),
            r.days_late,
            r.completed_on,
            f"{r.parts[0]}/{r.parts[1]}" if r.parts[1] else None,
            "; ".join(r.completion.evidence) if r.completion else None,
            r.original_deadline,
            adjustment_text(r, lang),
        )
        for r in rows
    )
    classes = list(Status)
    columns = (t["owner"], t["duties"], t["on_time"], *(label(s, lang) for s in classes))
    with_deadline = sum(summary.counts[s] for s in DEADLINE_CLASSES)
    lines: list[tuple[Cell, ...]] = [
        (
            t["all"],
            summary.total,
            f"{summary.counts[Status.DONE_ON_TIME]}/{with_deadline}",
            *(summary.counts[s] for s in classes),
        )
    ]
    for o in summary.owners:
        lines.append(
            (
                o.name,
                sum(o.counts.values()),
                f"{o.counts[Status.DONE_ON_TIME]}/{o.with_deadline}",
                *(o.counts[s] for s in classes),
            )
        )
    as_of = rows[0].as_of if rows and rows[0].as_of else None
    return Report(
        t["title"].format(plan=plan.name),
        t["as_of"].format(day=as_of) if as_of else "",
        Sheet(t["table"], _STATUS_HEADERS[lang], table),
        Sheet(t["summary"], columns, tuple(lines)),
        lang,
    )


_ROW_COLUMNS = (
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
    "original_deadline",
)


def rows_report(rows: list[Row], view: View) -> Report:
    """A due/overdue/ongoing answer as a report; the summary counts late, done and open."""
    # The same cells as `nq42 due -f csv` (records.flat_record), dates kept as dates so
    # a spreadsheet can sort and filter them.
    table = [
        (
            r.duty.id,
            r.duty.section,
            owners_text(r.owners),
            r.duty.text,
            r.duty.timing,
            "; ".join(str(w) for w in r.duty.windows),
            r.deadline,
            days_left_of(r),
            r.days_late,
            r.since,
            r.completed_on,
            r.original_deadline,
        )
        for r in rows
    ]
    from nq42cli.core.rules import Status

    done = sum(1 for r in rows if r.verdict.done)
    late = sum(1 for r in rows if r.status is Status.OPEN_OVERDUE)
    summary: list[tuple[Cell, ...]] = [("duties", len(rows)), ("done", done)]
    if view.kind in ("due", "overdue"):
        summary += [("late", late), ("open in time", len(rows) - late - done)]
    title = {"due": "Due", "overdue": "Overdue", "ongoing": "Ongoing"}.get(view.kind, view.kind)
    if view.period:
        title += f" in {view.period}"
    return Report(
        title,
        f"As of {view.as_of.isoformat()}." if view.as_of else "",
        Sheet(view.kind, _ROW_COLUMNS, tuple(table)),
        Sheet("summary", ("what", "count"), tuple(summary)),
    )
