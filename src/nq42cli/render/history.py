"""The terminal view of ``nq42 history``: one line per record, then the duty's status."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text

from nq42cli.core.status import label
from nq42cli.core.text import visible
from nq42cli.render.table import console

if TYPE_CHECKING:
    from collections.abc import Sequence

    from nq42cli.core.queries import Entry, Row
    from nq42cli.core.rules import RecordLike

__all__ = ["render"]

_WORDS: dict[str, dict[str, Any]] = {
    "vi": {
        "as_of": "Tính đến {day}: ",
        "deadline": "hạn",
        "late": "quá hạn {n} ngày",
        "complete": "hoàn thành ngày {day}",
        "parts": "{a}/{b} phần đã hoàn thành",
        "title": "Quá trình thực hiện {id}",
        "heads": (
            "#",
            "Ngày",
            "Sự kiện",
            "Cơ quan",
            "Minh chứng / ghi chú",
            "Bởi",
            "Ghi lúc",
        ),
        "events": {
            "started": "bắt đầu",
            "done": "hoàn thành",
            "note": "ghi chú",
            "deadline": "điều chỉnh hạn",
        },
        "adjusted": "; điều chỉnh ngày {on} theo {evidence}, hạn ban đầu {original}",
        "forced": " (sửa)",
        "none": "Chưa có ghi nhận nào cho {id}.",
    },
    "en": {
        "as_of": "As of {day}: ",
        "deadline": "deadline",
        "late": "{n} days late",
        "complete": "complete on {day}",
        "parts": "{a}/{b} parts done",
        "title": "History of {id}",
        "heads": ("#", "On", "Event", "Owner", "Evidence / note", "By", "Recorded"),
        "events": {"started": "started", "done": "done", "note": "note", "deadline": "deadline"},
        "adjusted": "; adjusted on {on} by {evidence}, originally due {original}",
        "forced": " (forced)",
        "none": "No records for {id}.",
    },
}


def render(duty: Entry, records: Sequence[RecordLike], state: Row, lang: str) -> str:
    """Records oldest first (as appended), then where the duty stands as of the day."""
    w = _WORDS[lang]
    heads = w["heads"]
    table = Table(
        title=Text(w["title"].format(id=duty.id), style="bold"), title_justify="left", expand=True
    )
    table.add_column(heads[0], justify="right", no_wrap=True)
    table.add_column(heads[1], no_wrap=True)
    table.add_column(heads[2], no_wrap=True)
    table.add_column(heads[3], ratio=1, min_width=6, overflow="fold")
    table.add_column(heads[4], ratio=4, min_width=20, overflow="fold")
    table.add_column(heads[5], ratio=1, min_width=6, overflow="fold")
    table.add_column(heads[6], no_wrap=True)
    for i, r in enumerate(records, 1):
        event = w["events"][r.event.value] + (w["forced"] if r.force else "")
        what = "; ".join(x for x in (r.deadline, r.evidence, r.note) if x)
        table.add_row(
            Text(str(i)),
            Text(r.on.isoformat()),
            Text(event),
            Text(visible(r.owner or "—")),
            Text(visible(what)),
            Text(visible(r.by or "")),
            Text(_stamp(r)),
        )
    day = state.as_of.isoformat() if state.as_of else ""
    line = w["as_of"].format(day=day) + label(state.status, lang)
    if state.deadline is not None:
        line += f" ({w['deadline']} {state.deadline.isoformat()}"
        if state.days_late:
            line += ", " + w["late"].format(n=state.days_late)
        line += ")"
    adj = state.adjusted
    if adj is not None:
        original = state.original_deadline.isoformat() if state.original_deadline else "—"
        line += w["adjusted"].format(
            on=adj.on.isoformat(), evidence=visible(adj.evidence), original=original
        )
    if state.completed_on is not None:
        line += "; " + w["complete"].format(day=state.completed_on.isoformat())
    elif state.parts[1] > 1:
        line += "; " + w["parts"].format(a=state.parts[0], b=state.parts[1])
    out = console()
    with out.capture() as cap:
        if records:
            out.print(table)
        else:
            out.print(Text(w["none"].format(id=duty.id)))
        out.print(Text(line))
    return cap.get()


def _stamp(r: RecordLike) -> str:
    if r.recorded_at is None:
        return ""
    from datetime import UTC

    at = r.recorded_at.astimezone(UTC) if r.recorded_at.tzinfo else r.recorded_at
    # The day is enough on a terminal; --format json has the full UTC time.
    return at.date().isoformat()
