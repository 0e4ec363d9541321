"""Reports: the tables an analyst hands upward, as typed cells, before any format.

A :class:`Report` is a titled table plus a summary table (and, for a status table with
group owners, a sheet of their members), its words in one language (:mod:`.labels`).
Cells keep their types (text, whole numbers, dates) so the xlsx renderer can store real
dates and numbers, while the text formats (Markdown, HTML) print them in ISO form.
Building the report once and rendering it per format keeps every export showing the
same columns and numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from nq42cli.render.labels import label_of, word
from nq42cli.render.records import days_left_of, owners_text, rollup_line

if TYPE_CHECKING:
    from nq42cli.core.queries import Row
    from nq42cli.core.results import Listing, StatusTable

__all__ = [
    "Cell",
    "Report",
    "Sheet",
    "adjustment_text",
    "cell_text",
    "listing_report",
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
    """What an export holds: a title, a line saying as of when, the table, the summary.

    ``row_classes`` tags the table's rows (with status codes) for formats that can
    colour them (HTML). ``extra`` holds further sheets (the members of group owners),
    shown after the summary by the formats that have room for more than one table.
    """

    KIND: ClassVar[str] = "report"
    title: str
    subtitle: str
    table: Sheet
    summary: Sheet
    lang: str = "vi"
    row_classes: tuple[str, ...] = ()
    extra: tuple[Sheet, ...] = ()


def cell_text(value: Cell) -> str:
    """A cell as text: ISO dates, empty for nothing."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


_STATUS_HEADS = (
    "head.id",
    "head.section",
    "head.owners",
    "head.duty",
    "head.timing",
    "head.deadline",
    "head.status",
    "head.days_late",
    "head.completed_on",
    "head.parts",
    "head.evidence",
    "head.last_report",
    "head.result",
    "head.original_deadline",
    "head.adjusted",
)

_MEMBER_HEADS = (
    "members.head.duty",
    "members.head.group",
    "members.head.total",
    "members.head.done",
    "members.head.on_time",
    "members.head.late",
    "members.head.in_progress",
    "members.head.not_reported",
)


def _adjusted_columns(
    heads: tuple[str, ...], table: tuple[tuple[Cell, ...], ...], rows: list[Row], n: int
) -> tuple[tuple[str, ...], tuple[tuple[Cell, ...], ...]]:
    """The columns, without the last ``n`` when no row's deadline was adjusted.

    Those columns show the plan's deadline beside an adjusted one; a table with no
    adjusted deadline is not given empty columns for them.
    """
    if any(r.adjusted is not None for r in rows):
        return heads, table
    return heads[:-n], tuple(cells[:-n] for cells in table)


def _with_plan(
    heads: tuple[str, ...], table: tuple[tuple[Cell, ...], ...], rows: list[Row], several: bool
) -> tuple[tuple[str, ...], tuple[tuple[Cell, ...], ...]]:
    """With several plans, a first column naming each row's plan (a spreadsheet filters it)."""
    if not several:
        return heads, table
    return ("head.plan", *heads), tuple(
        (r.plan, *cells) for r, cells in zip(rows, table, strict=True)
    )


def adjustment_text(row: Row, lang: str) -> str | None:
    """'quý IV/2024 (Quyết định …, 01/03/2024)': the adjusted deadline and its decision."""
    adj = row.adjusted
    if adj is None:
        return None
    return word("report.adjusted", lang, phrase=adj.phrase, evidence=adj.evidence, day=adj.on)


def _result(r: Row, lang: str) -> str | None:
    """The current result cell; the plans that carry the duty out on lines of their own."""
    said = r.result if r.reported else word("report.not_reported", lang)
    if not r.children:
        return said
    return "\n".join([*([said] if said else []), *(rollup_line(c, lang) for c in r.children)])


def status_report(result: StatusTable, lang: str) -> Report:
    """The status table and its summary (per class, then per reporting owner)."""
    from nq42cli.core.status import DEADLINE_CLASSES, Status

    rows = result.rows
    summary = result.summary
    table = tuple(
        (
            r.duty.id,
            r.duty.group or r.duty.section,
            owners_text(r.owners, lang, day=result.as_of),
            r.duty.text,
            r.duty.timing or "; ".join(str(w) for w in r.duty.windows),
            r.deadline,
            label_of("status", r.status, lang),
            r.days_late,
            r.completed_on,
            f"{r.parts[0]}/{r.parts[1]}" if r.parts[1] else None,
            "; ".join(r.completion.evidence) if r.completion else None,
            r.last_report,
            _result(r, lang),
            r.original_deadline,
            adjustment_text(r, lang),
        )
        for r in rows
    )
    classes = list(Status)
    columns = (
        word("summary.owner", lang),
        word("summary.duties", lang),
        word("summary.on_time", lang),
        *(label_of("status", s, lang) for s in classes),
    )
    with_deadline = sum(summary.counts[s] for s in DEADLINE_CLASSES)
    lines: list[tuple[Cell, ...]] = [
        (
            word("summary.all", lang),
            summary.total,
            f"{summary.counts[Status.DONE_ON_TIME]}/{with_deadline}",
            *(summary.counts[s] for s in classes),
        )
    ]
    for o in summary.owners:
        now = o.on(result.as_of)[0]
        lines.append(
            (
                now if now == o.name else word("owner.plan_name", lang, name=now, plan=o.name),
                sum(o.counts.values()),
                f"{o.counts[Status.DONE_ON_TIME]}/{o.with_deadline}",
                *(o.counts[s] for s in classes),
            )
        )
    for _, name, counts in summary.plans:
        lines.append(
            (
                name,
                sum(counts.values()),
                f"{counts[Status.DONE_ON_TIME]}/{sum(counts[s] for s in DEADLINE_CLASSES)}",
                *(counts[s] for s in classes),
            )
        )
    lines.append(
        (word("summary.not_reported", lang, n=summary.not_reported), summary.not_reported)
        + (None,) * (len(columns) - 2)
    )
    lines.append(
        (word("summary.in_progress", lang, n=summary.in_progress), summary.in_progress)
        + (None,) * (len(columns) - 2)
    )
    members = tuple(
        (
            duty,
            t.label(lang),
            t.total,
            t.done,
            t.done_on_time if t.deadline else None,
            t.done_late if t.deadline else None,
            ", ".join(t.in_progress) or None,
            ", ".join(t.not_reported) or None,
        )
        for duty, t in summary.groups
    )
    extra = (
        (Sheet(word("members.sheet", lang), tuple(word(h, lang) for h in _MEMBER_HEADS), members),)
        if members
        else ()
    )
    heads, cells = _adjusted_columns(_STATUS_HEADS, table, rows, 2)
    heads, cells = _with_plan(heads, cells, rows, len(result.plans) > 1)
    return Report(
        word("report.status_title", lang, plan=result.plan),
        word("report.as_of", lang, day=result.as_of),
        Sheet(word("report.duties", lang), tuple(word(h, lang) for h in heads), cells),
        Sheet(word("report.summary", lang), columns, tuple(lines)),
        lang,
        tuple(r.status.value for r in rows),
        extra,
    )


_LISTING_HEADS = (
    "head.id",
    "head.section",
    "head.owners",
    "head.duty",
    "head.timing",
    "head.windows",
    "head.deadline",
    "head.days_left",
    "head.days_late",
    "head.since",
    "head.completed_on",
    "head.original_deadline",
)


def listing_title(result: Listing, lang: str) -> str:
    """'Đến hạn trong 2024Q1', 'Overdue', …: what the rows answer."""
    title = word(f"listing.{result.query.value}", lang)
    if result.period is not None:
        title = word("listing.in_period", lang, title=title, period=result.period.label)
    return title


def listing_report(result: Listing, lang: str) -> Report:
    """A due/overdue/ongoing/list answer as a report; the summary counts late, done, open."""
    # The same cells as the CSV of the same rows (records.flat_record), dates kept as
    # dates so a spreadsheet can sort and filter them.
    rows = result.rows
    table = tuple(
        (
            r.duty.id,
            r.duty.section,
            owners_text(r.owners, lang),
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
    )
    from nq42cli.core.rules import Status

    done = sum(1 for r in rows if r.verdict.done)
    late = sum(1 for r in rows if r.status is Status.OPEN_OVERDUE)
    summary: list[tuple[Cell, ...]] = [
        (word("summary.duties", lang), len(rows)),
        (word("summary.done", lang), done),
    ]
    if result.timed:
        summary += [
            (word("summary.late", lang), late),
            (word("summary.open", lang), len(rows) - late - done),
        ]
    shows_day = result.as_of is not None and result.query.value != "list"
    heads, cells = _adjusted_columns(_LISTING_HEADS, table, rows, 1)
    heads, cells = _with_plan(heads, cells, rows, len(result.plans) > 1)
    return Report(
        listing_title(result, lang),
        word("report.as_of", lang, day=result.as_of) if shows_day else "",
        Sheet(word("report.duties", lang), tuple(word(h, lang) for h in heads), cells),
        Sheet(
            word("report.summary", lang),
            (word("summary.what", lang), word("summary.count", lang)),
            tuple(summary),
        ),
        lang,
    )
