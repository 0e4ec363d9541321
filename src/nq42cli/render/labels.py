"""Every word nq42 prints around the data, in Vietnamese and English: one catalogue.

Renderers never write a header, a title or a status in a language of their own: they
ask :func:`word` for it, in the language asked for. Tables, Markdown, HTML, Excel and
calendars speak that language (Vietnamese by default, the analysts' language; English
with ``--lang en``). JSON keys and CSV column names are not words but names, and stay
English for scripts; the values they hold that are words (a status's ``label``, an
owner's role) follow the language.

Each entry is ``key: (vi, en)``. A template's ``{fields}`` are the same in both
languages (a test checks it), so a caller never depends on the language to fill them.
Text that belongs to the data (a duty's text, the plan's own timing phrase, an owner's
name) is never translated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nq42cli.core.errors import UsageError

if TYPE_CHECKING:
    from enum import StrEnum

__all__ = ["LABELS", "LANGS", "check_lang", "label_of", "word"]

LANGS = ("vi", "en")
"""The languages of the catalogue; the first is the default."""

LABELS: dict[str, tuple[str, str]] = {
    # ---- the six classes of a duty (README: "Progress and the status table")
    "status.done_on_time": ("hoàn thành đúng hạn", "done on time"),
    "status.done_late": ("hoàn thành quá hạn", "done late"),
    "status.open_in_time": ("chưa hoàn thành – trong hạn", "open, in time"),
    "status.open_overdue": ("chưa hoàn thành – quá hạn", "open, overdue"),
    "status.ongoing": ("thực hiện thường xuyên", "ongoing"),
    "status.no_deadline": ("không thời hạn", "no deadline"),
    "status.on_time_short": ("đúng hạn", "on time"),
    # ---- an owner's role in a duty, and what a progress record says happened
    "role.lead": ("chủ trì", "lead"),
    "role.partner": ("phối hợp", "partner"),
    "role.responsible": ("thực hiện", "responsible"),
    "event.started": ("bắt đầu", "started"),
    "event.done": ("hoàn thành", "done"),
    "event.note": ("ghi chú", "note"),
    # ---- windows: kind, recurrence, flags (and a reading's note)
    "kind.deadline": ("có thời hạn", "deadline"),
    "kind.ongoing": ("thường xuyên", "ongoing"),
    "kind.recurring": ("định kỳ", "recurring"),
    "kind.per_schedule": ("theo tiến độ", "per schedule"),
    "kind.undated": ("không thời hạn", "undated"),
    "every.year": ("hằng năm", "yearly"),
    "every.half_year": ("6 tháng một lần", "half-yearly"),
    "every.quarter": ("hằng quý", "quarterly"),
    "every.month": ("hằng tháng", "monthly"),
    "flag.substantially": ("cơ bản hoàn thành", "substantially"),
    "flag.stretch": ("phấn đấu", "stretch target"),
    "flag.approximate": ("ước chừng", "approximate"),
    "flag.before": ("trước ngày nêu", "before the day named"),
    "flag.year_from_context": ("năm theo ngày văn bản", "year from the document's date"),
    # ---- listings: titles, columns and the days cell of the terminal table
    "listing.due": ("Đến hạn", "Due"),
    "listing.overdue": ("Quá hạn", "Overdue"),
    "listing.ongoing": ("Thực hiện thường xuyên", "Ongoing"),
    "listing.list": ("Nhiệm vụ", "Duties"),
    "listing.in_period": ("{title} trong {period}", "{title} in {period}"),
    "listing.as_of": ("{title} (tính đến {day})", "{title} (as of {day})"),
    "col.id": ("Mã", "ID"),
    "col.owner": ("Cơ quan", "Owner"),
    "col.duty": ("Nhiệm vụ", "Duty"),
    "col.window": ("Thời hạn", "Window"),
    "col.days": ("Số ngày", "Days"),
    "col.since": ("Từ ngày", "Since"),
    "days.done_late": ("hoàn thành\nquá hạn\n{day}\n({n} ngày)", "done late\n{day}\n{n} days"),
    "days.done_on_time": ("hoàn thành\nđúng hạn\n{day}", "done on time\n{day}"),
    "days.late": ("quá {n} ngày", "{n} late"),
    "days.today": ("hôm nay", "today"),
    "days.left": ("còn {n} ngày", "{n} left"),
    "table.more": (
        "… và {n} dòng nữa không hiện trong bảng; xem đủ với --format csv, json hoặc md",
        "… and {n} more rows not shown in the table; see them all with --format csv, json or md",
    ),
    "count.one": ("{n} nhiệm vụ", "{n} duty"),
    "count.many": ("{n} nhiệm vụ", "{n} duties"),
    "count.split": (
        ": {late} quá hạn, {done} đã hoàn thành, {open} còn trong hạn",
        ": {late} late, {done} done, {open} open in time",
    ),
    # ---- the status table on a terminal
    "status_table.title": ("Tình hình thực hiện, tính đến {day}", "Status as of {day}"),
    "status_table.deadline": ("Hạn", "Deadline"),
    "status_table.status": ("Tình trạng", "Status"),
    "status_table.completed": ("Hoàn thành", "Completed"),
    "status_table.evidence": ("Minh chứng", "Evidence"),
    "status_table.days_late": ("{n} ngày quá hạn", "{n} days late"),
    "status_table.days_left": ("còn {n} ngày", "{n} days left"),
    "status_table.parts": ("{a}/{b} phần", "{a}/{b} parts"),
    "status_table.total": ("{n} nhiệm vụ", "{n} duties"),
    # ---- reports (Markdown, HTML, Excel): titles, sheets and column headers
    "report.status_title": ("Tình hình thực hiện {plan}", "Progress of {plan}"),
    "report.as_of": ("Tính đến ngày {day:%d/%m/%Y}.", "As of {day:%Y-%m-%d}."),
    "report.duties": ("Nhiệm vụ", "Duties"),
    "report.summary": ("Tổng hợp", "Summary"),
    "head.id": ("Mã", "ID"),
    "head.section": ("Mục", "Section"),
    "head.owners": ("Cơ quan chủ trì / thực hiện", "Owners"),
    "head.duty": ("Nhiệm vụ", "Duty"),
    "head.timing": ("Thời hạn (theo văn bản)", "Timing (as written)"),
    "head.windows": ("Khung thời gian", "Windows"),
    "head.deadline": ("Hạn", "Deadline"),
    "head.days_left": ("Số ngày còn lại", "Days left"),
    "head.days_late": ("Số ngày quá hạn", "Days late"),
    "head.since": ("Thực hiện từ ngày", "Since"),
    "head.completed_on": ("Ngày hoàn thành", "Completed on"),
    "head.status": ("Tình trạng", "Status"),
    "head.parts": ("Phần đã báo cáo", "Parts reported"),
    "head.evidence": ("Kết quả / minh chứng", "Evidence"),
    "summary.owner": ("Cơ quan / nhóm", "Owner"),
    "summary.duties": ("Số nhiệm vụ", "Duties"),
    "summary.on_time": ("Đúng hạn / có thời hạn", "On time / with deadline"),
    "summary.all": ("Tất cả nhiệm vụ", "All duties"),
    "summary.what": ("Nội dung", "What"),
    "summary.count": ("Số lượng", "Count"),
    "summary.done": ("Đã hoàn thành", "Done"),
    "summary.late": ("Quá hạn, chưa hoàn thành", "Late, not done"),
    "summary.open": ("Còn trong hạn", "Open, in time"),
    # ---- one duty in full (nq42 show)
    "detail.id": ("Mã", "ID"),
    "detail.plan": ("Kế hoạch", "Plan"),
    "detail.section": ("Mục", "Section"),
    "detail.item": ("Nhóm", "Item"),
    "detail.owner": ("Cơ quan", "Owner"),
    "detail.timing": ("Thời hạn", "Timing"),
    "detail.window": ("Khung thời gian", "Window"),
    "detail.done": ("Hoàn thành", "Done"),
    "detail.text": ("Nội dung", "Text"),
    "detail.plan_line": (
        "{kind} số {number} ({date:%d/%m/%Y})",
        "{kind} no. {number} ({date:%d/%m/%Y})",
    ),
    "detail.none_owner": ("— (kế hoạch không nêu)", "— (the plan names none)"),
    "detail.none_timing": ("— (kế hoạch không nêu)", "— (the plan gives none)"),
    "detail.as_written": ("nguyên văn", "as written"),
    "detail.recorded": (
        "{day} (đã ghi nhận; nq42 history {id})",
        "{day} (recorded; nq42 history {id})",
    ),
    # ---- a duty's records (nq42 history)
    "history.title": ("Quá trình thực hiện {id}", "History of {id}"),
    "history.number": ("#", "#"),
    "history.on": ("Ngày", "On"),
    "history.event": ("Sự kiện", "Event"),
    "history.owner": ("Cơ quan", "Owner"),
    "history.what": ("Minh chứng / ghi chú", "Evidence / note"),
    "history.by": ("Bởi", "By"),  # short: the column must fit 80 columns
    "history.recorded": ("Ghi lúc", "Recorded"),
    "history.forced": ("{event} (sửa)", "{event} (forced)"),
    "history.none": ("Chưa có ghi nhận nào cho {id}.", "No records for {id}."),
    "history.as_of": ("Tính đến {day}: {status}", "As of {day}: {status}"),
    "history.deadline": ("hạn {day}", "deadline {day}"),
    "history.late": ("quá hạn {n} ngày", "{n} days late"),
    "history.complete": ("hoàn thành ngày {day}", "complete on {day}"),
    "history.parts": ("{a}/{b} phần đã hoàn thành", "{a}/{b} parts done"),
    # ---- how a phrase reads (nq42 when)
    "when.words": ("Cụm từ", "Words"),
    "when.kind": ("Loại", "Kind"),
    "when.start": ("Từ ngày", "Start"),
    "when.end": ("Đến ngày", "End"),
    "when.every": ("Lặp lại", "Every"),
    "when.anchor": ("{every}, hạn {anchor}", "{every}, due {anchor}"),
    "when.flags": ("Ghi chú", "Flags"),
    "when.reads_as": ("Đọc là", "Reads as"),
    # ---- calendar events (nq42 export ics)
    "ics.summary": ("{id} — {owners}: hạn {window}", "{id} — {owners}: due {window}"),
    "ics.summary_alone": ("{id}: hạn {window}", "{id}: due {window}"),
    "ics.timing": ("Thời hạn: {timing}", "Timing: {timing}"),
    "ics.owners": ("Chủ thể: {owners}", "Owners: {owners}"),
    "ics.plan": ("Kế hoạch {plan}, nhiệm vụ {id}", "Plan {plan}, duty {id}"),
    "ics.done_summary": ("✓ {summary} (đã hoàn thành)", "✓ {summary} (done)"),
    "ics.done_on": ("Đã hoàn thành ngày {day:%d/%m/%Y}", "Done on {day:%Y-%m-%d}"),
}


def check_lang(lang: str) -> str:
    """``lang`` if the catalogue speaks it, else a :class:`UsageError`."""
    if lang not in LANGS:
        raise UsageError(f"no language '{lang}'; choose from {', '.join(LANGS)}", "--lang")
    return lang


def word(key: str, lang: str, /, **values: object) -> str:
    """The catalogue's words for ``key`` in ``lang``, with ``values`` filled in."""
    vi, en = LABELS[key]
    text = en if check_lang(lang) == "en" else vi
    return text.format(**values) if values else text


def label_of(prefix: str, value: StrEnum | str, lang: str) -> str:
    """The words for an enum member (or its code): ``label_of("role", Role.LEAD, "vi")``."""
    return word(f"{prefix}.{value}", lang)
