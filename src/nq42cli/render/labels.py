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
    "event.progress": ("đang thực hiện", "in progress"),
    "event.deadline": ("điều chỉnh hạn", "deadline adjusted"),
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
    "table.original": ("(ban đầu: {windows})", "(originally: {windows})"),
    "table.original_day": ("ban đầu\n{day}", "originally\n{day}"),
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
    "status_table.result": ("Kết quả hiện nay", "Current result"),
    "status_table.reported_on": ("báo cáo ngày {day}", "reported {day}"),
    # ---- what has been reported (no record is not a finding), and group members
    "report.not_reported": ("chưa có báo cáo", "nothing reported"),
    "report.in_progress": ("đang thực hiện", "in progress"),
    "summary.not_reported": ("{n} nhiệm vụ chưa có báo cáo", "{n} with nothing reported"),
    "summary.in_progress": ("{n} nhiệm vụ đang thực hiện", "{n} in progress"),
    "members.done": (
        "{done}/{total} {label} đã báo cáo hoàn thành",
        "{done}/{total} {label} reported done",
    ),
    "members.on_time": ("{n} đúng hạn", "{n} on time"),
    "members.late": ("{n} quá hạn", "{n} late"),
    "members.in_progress": ("{n} đang thực hiện", "{n} in progress"),
    "members.not_reported": ("{n} chưa có báo cáo", "{n} nothing reported"),
    "members.of_duty": ("{id} · {line}", "{id} · {line}"),
    "members.sheet": ("Thành viên", "Members"),
    "members.head.duty": ("Mã nhiệm vụ", "Duty"),
    "members.head.group": ("Nhóm", "Group"),
    "members.head.total": ("Số thành viên", "Members"),
    "members.head.done": ("Đã báo cáo hoàn thành", "Reported done"),
    "members.head.on_time": ("Đúng hạn", "On time"),
    "members.head.late": ("Quá hạn", "Late"),
    "members.head.in_progress": ("Đang thực hiện (tên)", "In progress (names)"),
    "members.head.not_reported": ("Chưa có báo cáo (tên)", "Nothing reported (names)"),
    # ---- owners over time (nq42 owners, owners show, and every table's owner cell)
    "owner.plan_name": ("{name} (Kế hoạch ghi: {plan})", "{name} (the plan: {plan})"),
    "owner_kind.body": ("cơ quan", "body"),
    "owner_kind.group": ("nhóm", "group"),
    "owner_kind.people": ("cá nhân", "office holders"),
    "owners.title": ("Cơ quan thực hiện {plan}, tính đến {day}", "Owners of {plan} as of {day}"),
    "owners.key": ("Khóa", "Key"),
    "owners.name": ("Tên hiện nay", "Name now"),
    "owners.kind": ("Loại", "Kind"),
    "owners.former": ("Tên gọi qua các thời kỳ", "Names over time"),
    "owners.members": ("Thành viên", "Members"),
    "owners.duties": ("Nhiệm vụ", "Duties"),
    "owners.count": ("{n} {label}", "{n} {label}"),
    "owners.no_registry": (
        "Kế hoạch chưa có sổ đăng ký cơ quan (owners.yaml): tên gọi như Kế hoạch ghi.",
        "The plan has no owners registry (owners.yaml): names are as the plan gives them.",
    ),
    "owners.span": ("{name} ({first} – {last})", "{name} ({first} – {last})"),
    "owners.open": ("…", "…"),
    "owner.title": ("{name} ({key})", "{name} ({key})"),
    "owner.life": ("Thời gian tồn tại", "Existed"),
    "owner.names": ("Tên gọi", "Names"),
    "owner.before": ("Hình thành từ", "Formed from"),
    "owner.after": ("Được kế thừa bởi", "Succeeded by"),
    "owner.succession": (
        "{names} → {to}, từ ngày {day} ({basis}); {instrument}",
        "{names} → {to}, from {day} ({basis}); {instrument}",
    ),
    "owner.basis.decided": ("ngày quyết định", "date of the decision"),
    "owner.basis.announced": ("ngày công bố", "date announced"),
    "owner.basis.effective": ("ngày có hiệu lực", "date in effect"),
    "owner.no_instrument": ("chưa tìm thấy số văn bản", "instrument number not found"),
    "owner.sources": ("Nguồn", "Sources"),
    "owner.member_of": ("Thành viên của", "Member of"),
    "owner.members": ("Thành viên", "Members"),
    "owner.holds": ("Giữ vị trí của (trong Kế hoạch)", "Holds the place of (in the plan)"),
    "owner.duties": ("Nhiệm vụ trong Kế hoạch", "Duties in the plan"),
    "owner.none": ("—", "—"),
    # ---- several plans: nq42 plans, roll-ups of a child plan's duties, the plan column
    "rollup.line": (
        "{name}: {done}/{total} nhiệm vụ hoàn thành, {overdue} quá hạn",
        "{name}: {done}/{total} duties done, {overdue} overdue",
    ),
    "plans.title": ("Các kế hoạch (tính đến {day})", "Plans (as of {day})"),
    "plans.plan": ("Kế hoạch", "Plan"),
    "plans.document": ("Văn bản", "Document"),
    "plans.date": ("Ngày", "Date"),
    "plans.file": ("Tệp", "File"),
    "plans.implements": ("Thực hiện", "Implements"),
    "plans.duties": ("Nhiệm vụ", "Duties"),
    "plans.done": ("Hoàn thành", "Done"),
    "plans.overdue": ("Quá hạn", "Overdue"),
    "plans.in_time": ("Trong hạn", "In time"),
    "plans.ongoing": ("Thường xuyên", "Ongoing"),
    "plans.undated": ("Không thời hạn", "No deadline"),
    "plans.duty_of": ("{plan} ({duties})", "{plan} ({duties})"),
    "plans.count": ("{n} kế hoạch", "{n} plans"),
    "head.plan": ("Kế hoạch", "Plan"),
    "report.plans": ("Theo kế hoạch:", "By plan:"),
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
    "head.last_report": ("Báo cáo gần nhất", "Last report"),
    "head.result": ("Kết quả hiện nay", "Current result"),
    "head.original_deadline": ("Hạn ban đầu", "Original deadline"),
    "head.adjusted": ("Điều chỉnh thời hạn", "Deadline adjusted"),
    "report.adjusted": (
        "{phrase} ({evidence}, {day:%d/%m/%Y})",
        "{phrase} ({evidence}, {day:%Y-%m-%d})",
    ),
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
    "detail.children": ("Kế hoạch thực hiện", "Carried out by"),
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
    "history.adjusted": (
        "; điều chỉnh ngày {on} theo {evidence}, hạn ban đầu {original}",
        "; adjusted on {on} by {evidence}, originally due {original}",
    ),
    # ---- how a phrase reads (nq42 when)
    "when.words": ("Cụm từ", "Words"),
    "when.kind": ("Loại", "Kind"),
    "when.start": ("Từ ngày", "Start"),
    "when.end": ("Đến ngày", "End"),
    "when.every": ("Lặp lại", "Every"),
    "when.anchor": ("{every}, hạn {anchor}", "{every}, due {anchor}"),
    "when.flags": ("Ghi chú", "Flags"),
    "when.reads_as": ("Đọc là", "Reads as"),
    "when.at": ("Vị trí", "At"),
    "when.aside": ("Đã thấy, không đọc là thời hạn", "Seen, not read"),
    "when.why": ("Lý do", "Why"),
    # ---- why a time expression in running text was set aside (core.spans codes)
    "span.citation": ("ngày của văn bản được dẫn", "date of a document cited"),
    "span.document_number": ("số hiệu văn bản", "document number"),
    "span.horizon": ("mốc tầm nhìn", "horizon"),
    "span.period": ("giai đoạn được nêu", "period named"),
    "span.name": ("một phần của tên gọi", "part of a name"),
    "span.unqualified": ("không có từ nào cho biết là thời hạn", "no word says it is a time"),
    "span.anchor": ("ngày của kỳ lặp lại", "day of a recurrence"),
    "span.unreadable": ("không đọc được", "unreadable"),
    "span.scope": ("phạm vi của mệnh đề mở đầu", "scope of an opening clause"),
    "span.target": ("năm của một chỉ tiêu", "year of a target"),
    "span.past": ("ngày trước ngày ban hành văn bản", "day before the document's date"),
    # ---- what extract saw and read (its coverage report)
    "coverage.prefix": ("KẾT QUẢ ĐỌC", "COVERAGE"),
    "coverage.duties": (
        "{n} nhiệm vụ: {deadline} có thời hạn, {recurring} định kỳ, {ongoing} thường xuyên,"
        " {per_schedule} theo tiến độ, {undated} không thời hạn; {reviews} cần rà soát",
        "{n} duties: {deadline} with a deadline, {recurring} recurring, {ongoing} ongoing,"
        " {per_schedule} per schedule, {undated} undated; {reviews} marked for review",
    ),
    "coverage.dated": (
        "cụm thời gian trong nhiệm vụ: thấy {seen}, đọc {read}, để riêng {aside}",
        "dated phrases in duties: {seen} seen, {read} read, {aside} set aside",
    ),
    "coverage.outside": (
        "{n} cụm ngoài nhiệm vụ (mục đích, phần mở đầu, đề mục)",
        "{n} outside duties (purposes, preamble, headings)",
    ),
    "coverage.task_table": (
        "bảng tại dòng {line} ({form}): {rows} dòng ({groups} dòng tên nhóm,"
        " {continued} dòng nối sang trang) -> {duties} nhiệm vụ",
        "table at line {line} ({form}): {rows} rows ({groups} group headings,"
        " {continued} page-split continuations) -> {duties} duties",
    ),
    "coverage.table_skipped": ("để riêng {n}: {which}", "{n} set aside: {which}"),
    "coverage.indicators": (
        "bảng tại dòng {line}: {rows} chỉ tiêu (mục tiêu), không phải nhiệm vụ",
        "table at line {line}: {rows} indicators (targets), not duties",
    ),
    "coverage.other_table": (
        "bảng tại dòng {line}: không phải bảng nhiệm vụ, {rows} dòng",
        "table at line {line}: not a task table, {rows} rows",
    ),
    "coverage.owners": (
        "cơ quan: {none} nhiệm vụ không nêu cơ quan; {unknown} cơ quan ngoài danh mục",
        "owners: {none} duties name no owner; {unknown} owners not in the body list",
    ),
    "coverage.not_duties": ("không phải nhiệm vụ: {which}", "not duties: {which}"),
    "coverage.run_on": (
        "{n} dòng quá dài (mất ngắt đoạn) được tách thành {m} đoạn",
        "{n} over-long lines (paragraph breaks lost) split into {m} paragraphs",
    ),
    "form.pipe": ("kẻ bằng |", "pipes"),
    "form.bare": ("kẻ bằng | chỉ giữa các ô", "pipes between cells only"),
    "form.tsv": ("cách bằng tab", "tabs"),
    "form.cells": ("mỗi ô một dòng", "one cell per line"),
    "form.bars": ("mỗi ô một dòng, giữa các dòng |", "one cell per line, between | lines"),
    "form.layout": ("các ô cạnh nhau theo vị trí", "cells side by side, by position"),
    "form.columns": ("chép từng cột một", "copied column by column"),
    "form.ocr": (
        "bản quét OCR, các ô xen kẽ từng dòng",
        "OCR of a scan, cells interleaved line by line",
    ),
    "row.header_repeated": ("dòng {line}: tiêu đề lặp lại", "line {line}: the header repeated"),
    "row.group_cells": (
        "dòng {line}: ô bên cạnh tên nhóm ({cells})",
        "line {line}: cells beside a group heading ({cells})",
    ),
    "row.not_a_row": (
        "dòng {line}: không phải dòng nhiệm vụ ({cells})",
        "line {line}: not a task row ({cells})",
    ),
    "skip.outside": ("đoạn ngoài các phần đánh số", "text outside the numbered parts"),
    "skip.article": ("điều khoản của quyết định", "article of the decision"),
    "skip.footnote": ("chú thích", "footnote"),
    "skip.procedure": ("quy định thủ tục", "procedure"),
    "skip.funding": ("kinh phí", "funding"),
    "skip.encouragement": ("khuyến khích", "encouragement"),
    "skip.suspension": ("tạm dừng", "suspension"),
    "skip.approval": ("đồng ý, ghi nhận (không giao việc)", "approval or assessment, no task"),
    "skip.event_fields": (
        "thông tin về sự kiện (thời gian, địa điểm, thành phần), không giao việc",
        "an event's particulars (time, place, participants), no task",
    ),
    "skip.time_rule": (
        "câu nói thời gian tiến hành (không giao việc)",
        "a sentence saying when something runs, no task",
    ),
    "skip.cited_work": (
        "việc giao trong văn bản được dẫn (không phải của văn bản này)",
        "work a cited document assigns, not this one",
    ),
    "skip.sending_time": (
        "dòng hạn gửi báo cáo (hạn đã gán cho các yêu cầu ở trên)",
        "a send-by line (its date given to the requests above)",
    ),
    "skip.target": ("chỉ tiêu", "target"),
    "skip.lifetime": ("thời gian tồn tại của tổ chức", "a temporary body's lifetime"),
    "skip.narration": (
        "câu tường thuật của bản tin (không giao việc)",
        "a news report's narration, no task",
    ),
    "skip.news_opening": (
        "lời mở đầu bản tin (cuộc họp đã diễn ra)",
        "a news report's opening (the meeting held)",
    ),
    "skip.validity": ("hiệu lực của văn bản", "the document's period of validity"),
    "skip.execution": ("điều khoản giao thi hành văn bản", "who executes the document"),
    "skip.assessment": ("kết quả, hạn chế đã qua", "results or shortcomings told, no task"),
    "skip.pointer": ("lời dẫn tới phụ lục", "pointer to an appendix"),
    "skip.attachment_note": (
        "ghi chú phụ lục kèm theo văn bản",
        "an appendix's note of the document it goes with",
    ),
    "skip.closing": ("lời kết của thông báo", "a notice's closing line"),
    "skip.plan_closing": ("lời kết của kế hoạch", "a plan's closing line"),
    "skip.quantity": ("số lượng, số tiền sau nhãn", "a count or a sum after its label"),
    "skip.caption": ("chú thích ảnh của bài viết", "an article's picture caption"),
    "skip.commentary": ("lời tổng kết của bài viết", "an article's summing up"),
    "skip.session": (
        "lịch kỳ họp đã định (không giao việc)",
        "a session's date as scheduled, no task",
    ),
    "skip.schedule": (
        "thời gian tổ chức đợt kiểm tra, cuộc họp (không giao việc)",
        "when an inspection or meeting is held, no task",
    ),
    "skip.particulars": (
        "thời gian, địa điểm, đối tượng của sự kiện (không giao việc)",
        "an event's time, place and participants, no task",
    ),
    "skip.empty": ("mục không có nội dung", "item with no words"),
    "skip.intro": ("lời dẫn danh sách bên dưới", "introduction to the list below"),
    "skip.restatement": ("lời tóm tắt nhắc lại các mục trên", "summary restating the items above"),
    "skip.summary": (
        "câu tóm lược các mục trên (Trên đây là …)",
        "a sentence summing up the items above (Trên đây là …)",
    ),
    "skip.empty_owner_heading": (
        "đề mục cơ quan không có nội dung",
        "owner heading with nothing under it",
    ),
    "skip.time_heading": (
        "đề mục thời gian của các điểm bên dưới",
        "time heading over the points below",
    ),
    "skip.time_cell": (
        "ô thời gian của bảng tách khỏi dòng của nó",
        "a table's time cell cut from its row",
    ),
    "skip.owner_lead_in": (
        "lời dẫn nêu cơ quan của các điểm bên dưới",
        "lead-in naming the owners of the points below",
    ),
    "skip.topic_heading": ("đề mục chủ đề", "topic heading"),
    "skip.question": ("câu hỏi của trang hỏi đáp", "a Q&A page's own question"),
    "skip.scope": (
        "đối tượng, phạm vi, thời gian của kế hoạch",
        "whom, where and when the plan covers, no task",
    ),
    "skip.powers": ("quyền hạn (không phải nhiệm vụ)", "powers, not duties"),
    "skip.members": ("danh sách thành viên", "list of members"),
    "skip.slogans": ("khẩu hiệu tuyên truyền", "slogans to display, no task"),
    "skip.normative": (
        "điều khoản quy định (không phải nhiệm vụ)",
        "articles of the rule, not duties",
    ),
    # ---- the comments of a drafted plan file (nq42 extract)
    "draft.head": (
        "Bản dự thảo do `nq42 extract` viết: kiểm tra mọi nhiệm vụ có `review:`",
        "Draft plan written by `nq42 extract`: check every duty marked `review:`",
    ),
    "draft.head2": (
        "và các ghi chú dưới đây trước khi sử dụng.",
        "and the notes below before relying on it.",
    ),
    "draft.note": ("GHI CHÚ: {note}", "NOTE: {note}"),
    "draft.problems": (
        "LỖI phát hiện khi kiểm tra bản dự thảo (sửa rồi chạy",
        "PROBLEMS found when this draft was validated (fix them, then run",
    ),
    "draft.problems2": ("`nq42 validate` với tệp này):", "`nq42 validate` on this file):"),
    # ---- the periodic report (nq42 report): title block, figures, appendices
    "periodic.report": ("BÁO CÁO", "REPORT"),
    "periodic.about": (
        "Tình hình thực hiện {kind} số {number}, ngày {date} của {issuer}",
        "Progress of {kind} {number} of {date} by {issuer}",
    ),
    "periodic.about_also": (
        "và {kind} số {number}, ngày {date} của {issuer}",
        "and {kind} {number} of {date} by {issuer}",
    ),
    "periodic.plans_head": (
        "Theo kế hoạch (các nhiệm vụ đã đến hạn):",
        "By plan (duties due so far):",
    ),
    "periodic.plan": (
        "{name}: {done}/{total} đã hoàn thành, {pct} ({on_time} đúng hạn); {overdue} quá hạn",
        "{name}: {done} of {total} done, {pct} ({on_time} on time); {overdue} overdue",
    ),
    "periodic.period": ("({period})", "({period})"),
    "periodic.as_of": ("Số liệu tính đến ngày {day}", "Figures as of {day}"),
    "periodic.year": ("năm {y}", "{y}"),
    "periodic.half1": ("6 tháng đầu năm {y}", "first half of {y}"),
    "periodic.half2": ("6 tháng cuối năm {y}", "second half of {y}"),
    "periodic.quarter": ("quý {q} năm {y}", "Q{q} {y}"),
    "periodic.month": ("tháng {m} năm {y}", "{m} {y}"),
    "periodic.range": ("từ ngày {a} đến ngày {b}", "{a} to {b}"),
    "periodic.figures": ("Tổng hợp", "Summary"),
    "periodic.in_period": (
        (
            "Trong {period}: {done}/{total} nhiệm vụ đến hạn đã hoàn thành, {pct} ({on_time} đúng "
            "hạn, {late} quá hạn); {overdue} nhiệm vụ quá hạn chưa hoàn thành; {open} nhiệm vụ "
            "còn trong hạn."
        ),
        (
            "In {period}: {done} of {total} duties due were done, {pct} ({on_time} on time, "
            "{late} late); {overdue} overdue and open; {open} open in time."
        ),
    ),
    "periodic.none_in_period": (
        "Trong {period} không có nhiệm vụ nào đến hạn.",
        "No duty fell due in {period}.",
    ),
    "periodic.to_date": (
        (
            "Lũy kế đến ngày {day}: {done}/{total} nhiệm vụ đã đến hạn đã hoàn thành, {pct} "
            "({on_time} đúng hạn, {late} quá hạn); {overdue} nhiệm vụ quá hạn chưa hoàn thành."
        ),
        (
            "To {day}: {done} of {total} duties due so far were done, {pct} ({on_time} on time, "
            "{late} late); {overdue} overdue and open."
        ),
    ),
    "periodic.none_to_date": (
        "Đến ngày {day} chưa có nhiệm vụ nào đến hạn.",
        "No duty had fallen due by {day}.",
    ),
    "periodic.rest": (
        (
            "{ongoing} nhiệm vụ thực hiện thường xuyên, {undated} nhiệm vụ không thời hạn (Phụ "
            "lục 2); {later} nhiệm vụ chưa đến hạn{ids}."
        ),
        "{ongoing} ongoing and {undated} undated duties (Appendix 2); {later} not yet due{ids}.",
    ),
    "periodic.owners": (
        "Theo cơ quan (các nhiệm vụ đã đến hạn, phần việc của cơ quan chủ trì):",
        "By owner (duties due so far, each reporting owner's part):",
    ),
    "periodic.owner": (
        "{name}: {done}/{total} đã hoàn thành, {pct} ({on_time} đúng hạn); {overdue} quá hạn",
        "{name}: {done} of {total} done, {pct} ({on_time} on time); {overdue} overdue",
    ),
    "periodic.members_head": (
        "Theo thành viên (các cơ quan báo cáo theo từng thành viên):",
        "By member (owners that report member by member):",
    ),
    "periodic.members": ("{name}, nhiệm vụ {duty}: {line}", "{name}, duty {duty}: {line}"),
    "periodic.members_missing": (": {names}", ": {names}"),
    "periodic.behind": ("Cơ quan chậm nhất: {list}.", "Most behind: {list}."),
    "periodic.behind_one": (
        "{name} ({n} nhiệm vụ quá hạn, tổng {days} ngày)",
        "{name} ({n} overdue, {days} days in all)",
    ),
    "periodic.behind_none": (
        "Không có cơ quan nào có nhiệm vụ quá hạn.",
        "No owner has an overdue duty.",
    ),
    "periodic.not_reported": (
        "Chưa có báo cáo: {n} nhiệm vụ ({ids}).",
        "Nothing reported: {n} duties ({ids}).",
    ),
    "periodic.all_reported": (
        "Mọi nhiệm vụ đều đã có báo cáo.",
        "Every duty has been reported on.",
    ),
    "periodic.changes": ("Thay đổi từ ngày {day}: {parts}.", "Since {day}: {parts}."),
    "periodic.newly_done": ("hoàn thành mới {ids}", "newly done {ids}"),
    "periodic.newly_overdue": ("quá hạn mới {ids}", "newly overdue {ids}"),
    "periodic.adjusted": ("điều chỉnh thời hạn {ids}", "deadline adjusted {ids}"),
    "periodic.no_change": ("Không có thay đổi từ ngày {day}.", "Nothing changed since {day}."),
    "periodic.appendix1": ("PHỤ LỤC 1", "APPENDIX 1"),
    "periodic.appendix1_about": (
        "Nhiệm vụ có thời hạn đến ngày {day}",
        "Duties with a deadline up to {day}",
    ),
    "periodic.appendix2": ("PHỤ LỤC 2", "APPENDIX 2"),
    "periodic.appendix2_about": (
        "Nhiệm vụ thực hiện thường xuyên và nhiệm vụ không thời hạn",
        "Ongoing and undated duties",
    ),
    "periodic.empty": ("Không có nhiệm vụ.", "No duties."),
    "periodic.deadline": ("hạn {day}", "due {day}"),
    "periodic.adjusted_cell": (
        "điều chỉnh ngày {on}; ban đầu: {timing} (hạn {original})",
        "adjusted on {on}; originally: {timing} (due {original})",
    ),
    "periodic.completed": ("{label}, ngày {day}", "{label}, {day}"),
    "periodic.evidence": ("Minh chứng: {text}", "Evidence: {text}"),
    "periodic.late_open": ("Quá hạn {n} ngày", "{n} days overdue"),
    "periodic.late_done": ("Hoàn thành chậm {n} ngày", "Done {n} days late"),
    "periodic.left": ("Còn {n} ngày", "{n} days left"),
    "periodic.unreported": ("Chưa có báo cáo", "Nothing reported"),
    "periodic.last_report": ("Báo cáo gần nhất: {day}", "Last report: {day}"),
    "periodic.adjusted_note": (
        "Thời hạn điều chỉnh theo {evidence} (ngày {on}); hạn ban đầu {original}",
        "Deadline adjusted by {evidence} ({on}); originally due {original}",
    ),
    "periodic.stretch": ("Chưa đạt mục tiêu phấn đấu ({day})", "Stretch aim missed ({day})"),
    "periodic.substantially": ("Mốc cơ bản hoàn thành", "A 'substantially done' deadline"),
    "periodic.missing": ("Chưa báo cáo ({n}): {names}", "Not reported ({n}): {names}"),
    "periodic.under_way": ("Đang thực hiện ({n}): {names}", "In progress ({n}): {names}"),
    "periodic.and_more": ("và {n} đơn vị khác", "and {n} more"),
    "periodic.col0": ("STT", "No."),
    "periodic.col1": ("Nhiệm vụ", "Duty"),
    "periodic.col2": ("Cơ quan chủ trì", "Lead"),
    "periodic.col3": ("Cơ quan phối hợp", "Partners"),
    "periodic.col4": ("Thời hạn", "Deadline"),
    "periodic.col5": ("Tình hình thực hiện / Kết quả", "Progress / result"),
    "periodic.col6": ("Ghi chú", "Notes"),
    "periodic.chart_bars": (
        "Phần việc của từng cơ quan theo tình trạng",
        "Each owner's parts by class",
    ),
    "periodic.chart_timeline": (
        "Thời hạn các nhiệm vụ có thời hạn",
        "Deadlines of the dated duties",
    ),
    "periodic.chart_today": ("Ngày báo cáo {day}", "Report day {day}"),
    "periodic.chart_more": (
        "… và {n} nhiệm vụ khác (xem Phụ lục 1)",
        "… and {n} more duties (see Appendix 1)",
    ),
    "periodic.sheet0": ("Tổng hợp", "Summary"),
    "periodic.sheet1": ("Phụ lục 1", "Appendix 1"),
    "periodic.sheet2": ("Phụ lục 2", "Appendix 2"),
    "periodic.owner_col0": ("Cơ quan", "Owner"),
    "periodic.owner_col1": ("Đã đến hạn", "Due so far"),
    "periodic.owner_col2": ("Đã hoàn thành", "Done"),
    "periodic.owner_col3": ("Đúng hạn", "On time"),
    "periodic.owner_col4": ("Quá hạn chưa hoàn thành", "Overdue and open"),
    "periodic.owner_col5": ("Tỷ lệ", "Rate"),
    "periodic.member_col0": ("Nhiệm vụ / cơ quan", "Duty / owner"),
    "periodic.member_col1": ("Số thành viên", "Members"),
    "periodic.member_col2": ("Đã hoàn thành", "Done"),
    "periodic.member_col3": ("Đúng hạn", "On time"),
    "periodic.member_col4": ("Đang thực hiện", "In progress"),
    "periodic.member_col5": ("Chưa có báo cáo", "Nothing reported"),
    # ---- duties on a time axis (nq42 timeline)
    "timeline.title": ("Tiến độ các nhiệm vụ (tính đến {day})", "Duties over time (as of {day})"),
    "timeline.none": ("Không có nhiệm vụ.", "No duties."),
    "timeline.unit_1": ("mỗi ô một tháng", "one cell a month"),
    "timeline.unit_3": ("mỗi ô một quý", "one cell a quarter"),
    "timeline.unit_12": ("mỗi ô một năm", "one cell a year"),
    "timeline.done_on_time": ("xong đúng hạn", "done on time"),
    "timeline.done_late": ("xong quá hạn", "done late"),
    "timeline.open_in_time": ("còn trong hạn", "open in time"),
    "timeline.open_overdue": ("quá hạn", "overdue"),
    "timeline.ongoing": ("thường xuyên", "ongoing"),
    "timeline.no_deadline": ("không thời hạn", "no deadline"),
    "timeline.legend": (
        "{window} thời hạn  {deadline} hạn  {ongoing} thường xuyên  {recurring} định kỳ  "
        "{today} ngày {day}",
        "{window} window  {deadline} deadline  {ongoing} ongoing  {recurring} recurring  "
        "{today} {day}",
    ),
    # ---- calendar events (nq42 export ics)
    "ics.summary": ("{id} — {owners}: hạn {window}", "{id} — {owners}: due {window}"),
    "ics.summary_alone": ("{id}: hạn {window}", "{id}: due {window}"),
    "ics.timing": ("Thời hạn: {timing}", "Timing: {timing}"),
    "ics.original": ("Thời hạn ban đầu: {timing}", "Original timing: {timing}"),
    "ics.adjusted": (
        "Điều chỉnh ngày {day:%d/%m/%Y} theo {evidence}",
        "Adjusted on {day:%Y-%m-%d} by {evidence}",
    ),
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
