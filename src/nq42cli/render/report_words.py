"""The periodic report in words: title block, figure sentences and appendix cells.

Every format of ``nq42 report`` (table, md, json, html, xlsx, docx) takes its words from
here, so they all say the same thing: Vietnamese by default, English with ``--lang en``;
dates dd/mm/yyyy in Vietnamese (ISO in English); percentages the Vietnamese way
("62,5%") with their denominator written out ("5/8 nhiệm vụ đến hạn đã hoàn thành").
Text from data files stays data: it is never formatted here, only placed.

Owners are named as they were called on the report's day, the plan's name beside a
changed one ("Ban Chính sách, chiến lược Trung ương (Kế hoạch ghi: Ban Kinh tế Trung
ương)"), as in every other view (:func:`nq42cli.render.records.owner_name`); a group
owner's members are counted with the words of the status table
(:func:`nq42cli.render.records.group_line`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from nq42cli.core.rules import Status
from nq42cli.core.windows import render_window
from nq42cli.render.labels import LABELS, LANGS, check_lang, label_of
from nq42cli.render.records import group_line, owner_name, rollup_line

if TYPE_CHECKING:
    from nq42cli.core.queries import OwnerLine, Row
    from nq42cli.core.report import (
        Appendix,
        Counts,
        Line,
        MemberFigures,
        OwnerFigures,
        PeriodicReport,
    )

__all__ = [
    "Cells",
    "Figure",
    "TableRow",
    "appendix_rows",
    "appendix_title",
    "called",
    "columns",
    "day",
    "figures",
    "percent",
    "period_words",
    "title_block",
    "words",
]

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@functools.cache
def words(lang: str) -> dict[str, str]:
    """The report's words in ``lang``, from the catalogue (:mod:`nq42cli.render.labels`)."""
    i = LANGS.index(check_lang(lang))
    return {
        key.removeprefix("periodic."): pair[i]
        for key, pair in LABELS.items()
        if key.startswith("periodic.")
    }


# Members named in a note before "and N more": a note names who is missing, it does
# not list 60 provinces.
NAMED = 12


def columns(lang: str) -> tuple[str, ...]:
    """The appendix columns."""
    w = words(lang)
    return tuple(w[f"col{i}"] for i in range(7))


def day(d: date, lang: str) -> str:
    """A date as the report writes it: dd/mm/yyyy in Vietnamese, ISO in English."""
    return f"{d:%d/%m/%Y}" if lang == "vi" else d.isoformat()


def percent(done: int, total: int, lang: str) -> str:
    """'62,5%' (Vietnamese decimal comma) or '62.5%'; one decimal, none when whole."""
    if total == 0:
        return "—"
    value = round(done * 100 / total, 1)
    text = f"{value:.1f}".removesuffix(".0")
    return (text.replace(".", ",") if lang == "vi" else text) + "%"


def period_words(report: PeriodicReport, lang: str) -> str:
    """How the period is said: '6 tháng đầu năm 2025', 'quý I năm 2025', 'năm 2025'."""
    w = words(lang)
    p = report.period
    kind = report.kind
    y = p.start.year
    if kind == "year":
        return w["year"].format(y=y)
    if kind == "half":
        return w["half1" if p.start.month == 1 else "half2"].format(y=y)
    if kind == "quarter":
        q = (p.start.month + 2) // 3
        return w["quarter"].format(q=ROMAN[q] if lang == "vi" else q, y=y)
    if kind == "month":
        m = p.start.month
        return w["month"].format(m=m if lang == "vi" else MONTHS_EN[m - 1], y=y)
    return w["range"].format(a=day(p.start, lang), b=day(p.end, lang))


def title_block(report: PeriodicReport, lang: str) -> list[str]:
    """Issuer (if given), 'BÁO CÁO', what about, the period, 'tính đến ngày …'.

    Over several plans, 'what about' names each of them, the first plan first.
    """
    w = words(lang)
    h = report.head
    lines = [report.issuer] if report.issuer else []
    lines += [
        w["report"],
        " ".join(
            [
                w["about"].format(
                    kind=h.kind, number=h.number, date=day(h.date, lang), issuer=h.issuer
                ),
                # Over several plans, the others follow the first on the same line, so
                # the block keeps its shape in every format.
                *(
                    w["about_also"].format(
                        kind=p.kind, number=p.number, date=day(p.date, lang), issuer=p.issuer
                    )
                    for p in report.plans
                    if p.id != h.id
                ),
            ]
        ),
        w["period"].format(period=period_words(report, lang)),
        w["as_of"].format(day=day(report.as_of, lang)),
    ]
    return lines


@dataclass(frozen=True)
class Figure:
    """One sentence of the summary; ``level`` 1 is a sub-point (one owner's line)."""

    text: str
    level: int = 0


def _ids(rows: tuple[Row, ...], report: PeriodicReport) -> str:
    return ", ".join(report.name(r) for r in rows)


def _counts(key: str, c: Counts, lang: str, **extra: str) -> str:
    return words(lang)[key].format(
        done=c.done,
        total=c.total,
        pct=percent(c.done, c.total, lang),
        on_time=c.on_time,
        late=c.late,
        overdue=c.overdue,
        open=c.open_in_time,
        **extra,
    )


def called(o: OwnerLine, day_: date, lang: str) -> str:
    """An owner as called on ``day_``, the plan's name beside a changed one."""
    return owner_name(o, day_, lang)


def _owner(o: OwnerFigures, day_: date, lang: str) -> str:
    c = o.counts
    return words(lang)["owner"].format(
        name=called(o.owner, day_, lang),
        done=c.done,
        total=c.total,
        pct=percent(c.done, c.total, lang),
        on_time=c.on_time,
        overdue=c.overdue,
    )


def _names(names: tuple[str, ...], lang: str) -> str:
    shown = ", ".join(names[:NAMED])
    if len(names) > NAMED:
        shown += " " + words(lang)["and_more"].format(n=len(names) - NAMED)
    return shown


def _member(m: MemberFigures, day_: date, lang: str) -> str:
    w = words(lang)
    t = m.tally
    text = w["members"].format(
        name=called(m.owner, day_, lang), duty=m.duty, line=group_line(t, lang)
    )
    if t.not_reported:
        text += w["members_missing"].format(names=_names(tuple(t.not_reported), lang))
    return text


def figures(report: PeriodicReport, lang: str) -> list[Figure]:
    """The summary, sentence by sentence, in the order a report gives it."""
    w = words(lang)
    f = report.figures
    period = period_words(report, lang)
    as_of = day(report.as_of, lang)
    out = []
    if f.in_period.total:
        out.append(Figure(_counts("in_period", f.in_period, lang, period=period)))
    else:
        out.append(Figure(w["none_in_period"].format(period=period)))
    if f.to_date.total:
        out.append(Figure(_counts("to_date", f.to_date, lang, day=as_of)))
    else:
        out.append(Figure(w["none_to_date"].format(day=as_of)))
    later = [report.name(r) for r in report.later]
    # A few not yet due are named; a long list would drown the summary.
    ids = f" ({', '.join(later)})" if later and len(later) <= NAMED else ""
    out.append(
        Figure(w["rest"].format(ongoing=f.ongoing, undated=f.undated, later=len(later), ids=ids))
    )
    if f.changes is not None:
        ch = f.changes
        parts = [
            w[key].format(ids=_ids(rows, report))
            for key, rows in (
                ("newly_done", ch.newly_done),
                ("newly_overdue", ch.newly_overdue),
                ("adjusted", ch.adjusted),
            )
            if rows
        ]
        since = day(ch.since, lang)
        if parts:
            out.append(Figure(w["changes"].format(day=since, parts="; ".join(parts))))
        else:
            out.append(Figure(w["no_change"].format(day=since)))
    if f.behind:
        listed = "; ".join(
            w["behind_one"].format(
                name=called(o.owner, report.as_of, lang), n=o.counts.overdue, days=o.days_late
            )
            for o in f.behind
        )
        out.append(Figure(w["behind"].format(list=listed)))
    else:
        out.append(Figure(w["behind_none"]))
    if f.not_reported:
        ids = ", ".join(report.name(ln.row) for ln in f.not_reported)
        out.append(Figure(w["not_reported"].format(n=len(f.not_reported), ids=ids)))
    else:
        out.append(Figure(w["all_reported"]))
    if f.plans:
        out.append(Figure(w["plans_head"]))
        out += [
            Figure(_counts("plan", p.to_date, lang, name=p.head.name), 1)
            for p in f.plans
            if p.to_date.total
        ]
    if f.owners:
        out.append(Figure(w["owners"]))
        out += [Figure(_owner(o, report.as_of, lang), 1) for o in f.owners]
    if f.members:
        out.append(Figure(w["members_head"]))
        out += [Figure(_member(m, report.as_of, lang), 1) for m in f.members]
    return out


def appendix_title(appendix: Appendix, report: PeriodicReport, lang: str) -> tuple[str, str]:
    """('PHỤ LỤC 1', 'Nhiệm vụ có thời hạn đến ngày 30/06/2025')."""
    w = words(lang)
    n = appendix.number
    return w[f"appendix{n}"], w[f"appendix{n}_about"].format(day=day(report.period.end, lang))


Cells = tuple[str, str, str, str, str, str, str]


@dataclass(frozen=True)
class TableRow:
    """One row of an appendix table: a section heading, an item heading, or a duty.

    ``cells`` hold the seven columns (a heading row has its number in the first and its
    title in the second); ``status`` is a duty's class (for colour), ``line`` its model.
    """

    kind: str
    cells: Cells
    status: Status | None = None
    line: Line | None = None


def appendix_rows(appendix: Appendix, lang: str) -> list[TableRow]:
    """The appendix as table rows: section rows, item rows, duty rows, in plan order."""
    out: list[TableRow] = []
    for block in appendix.blocks:
        out.append(TableRow("section", (block.id, block.title, "", "", "", "", "")))
        for item in block.items:
            if item.id is not None:
                heading = item.heading or ""
                out.append(TableRow("item", (item.id, heading, "", "", "", "", "")))
            out += [TableRow("duty", duty_cells(ln, lang), ln.row.status, ln) for ln in item.lines]
    return out


def duty_cells(ln: Line, lang: str) -> Cells:
    """The seven cells of one duty."""
    r = ln.row
    day_ = r.as_of
    return (
        str(ln.stt),
        f"{r.duty.id}. {r.duty.text}",
        "\n".join(called(o, day_, lang) for o in ln.leads),
        "\n".join(called(o, day_, lang) for o in ln.partners),
        _timing(r, lang),
        _progress(ln, lang),
        "\n".join(notes(ln, lang)),
    )


def _phrase(r: Row) -> str:
    return r.duty.timing or "; ".join(render_window(w) for w in r.duty.windows)


def _timing(r: Row, lang: str) -> str:
    w = words(lang)
    adj = r.adjusted
    text = adj.phrase if adj is not None else _phrase(r)
    if r.deadline is not None:
        text += "\n(" + w["deadline"].format(day=day(r.deadline, lang)) + ")"
    if adj is not None:
        original = day(r.original_deadline, lang) if r.original_deadline else "—"
        text += "\n" + w["adjusted_cell"].format(
            on=day(adj.on, lang), timing=_phrase(r), original=original
        )
    return text


def _progress(ln: Line, lang: str) -> str:
    w = words(lang)
    r = ln.row
    said = label_of("status", r.status, lang)
    if r.completed_on is not None and r.status is not Status.ONGOING:
        said = w["completed"].format(label=said, day=day(r.completed_on, lang))
    parts = [said[:1].upper() + said[1:]]
    # How far each group owner's members are: "11/63 tỉnh ủy, thành ủy đã báo cáo …".
    parts += [group_line(t, lang) for t in ln.members]
    # The plans that carry the duty out, beside its class (the rule book's roll-up).
    parts += [rollup_line(c, lang) for c in r.children]
    if ln.result:
        parts.append(ln.result)
    evidence = [e for e in ln.evidence if e != ln.result]
    if evidence:
        parts.append(w["evidence"].format(text="; ".join(evidence)))
    return "\n".join(parts)


def notes(ln: Line, lang: str) -> list[str]:
    """What the Ghi chú column says: lateness, silence, an adjusted deadline, members."""
    w = words(lang)
    r = ln.row
    out = []
    if r.status is Status.OPEN_OVERDUE and r.days_late:
        out.append(w["late_open"].format(n=r.days_late))
    elif r.status is Status.DONE_LATE and r.days_late:
        out.append(w["late_done"].format(n=r.days_late))
    elif r.status is Status.OPEN_IN_TIME and r.days_left is not None:
        out.append(w["left"].format(n=r.days_left))
    if r.verdict.stretch_missed and r.verdict.stretch is not None:
        out.append(w["stretch"].format(day=day(r.verdict.stretch, lang)))
    if r.verdict.substantially:
        out.append(w["substantially"])
    adj = r.adjusted
    if adj is not None:
        original = day(r.original_deadline, lang) if r.original_deadline else "—"
        out.append(
            w["adjusted_note"].format(
                evidence=adj.evidence, on=day(adj.on, lang), original=original
            )
        )
    under_way = ln.members_in_progress
    if under_way:
        out.append(w["under_way"].format(n=len(under_way), names=_names(under_way, lang)))
    missing = ln.members_missing
    if missing:
        out.append(w["missing"].format(n=len(missing), names=_names(missing, lang)))
    if not ln.reported or ln.last_report is None:
        out.append(w["unreported"])
    elif r.completed_on is None:
        out.append(w["last_report"].format(day=day(ln.last_report, lang)))
    return out
