"""One duty in full, for ``nq42 show``: every field, the verbatim text included."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from nq42cli.render import DetailFormat
from nq42cli.render.records import ROLE_VI, nested_record

if TYPE_CHECKING:
    from nq42cli.core.models import Plan
    from nq42cli.core.queries import Row


_LABELS = {
    "vi": {
        "ID": "Mã",
        "Plan": "Kế hoạch",
        "Section": "Mục",
        "Item": "Nhóm",
        "Owner": "Cơ quan",
        "Timing": "Thời hạn",
        "Window": "Khung thời gian",
        "Done": "Hoàn thành",
        "Text": "Nội dung",
        "none_owner": "— (kế hoạch không nêu)",
        "none_timing": "— (kế hoạch không nêu)",
        "as_written": "nguyên văn",
        "recorded": "đã ghi nhận",
    },
    "en": {
        "none_owner": "— (the plan names none)",
        "none_timing": "— (the plan gives none)",
        "as_written": "as written",
        "recorded": "recorded",
    },
}


def render(row: Row, plan: Plan, fmt: DetailFormat, lang: str = "vi") -> str:
    """Render a duty as JSON, or as labelled lines (table, csv and md print the same)."""
    if fmt is DetailFormat.JSON:
        from nq42cli.render.safety import json_safe

        return json_safe(json.dumps(nested_record(row), ensure_ascii=False, indent=2)) + "\n"
    return _text(row, plan, lang)


def _text(row: Row, plan: Plan, lang: str) -> str:
    from rich.table import Table
    from rich.text import Text

    from nq42cli.core.text import visible
    from nq42cli.render.table import console

    d = row.duty
    section = next((s for s in plan.sections if s.id == d.section), None)
    group = next((g for s in plan.sections for g in s.groups if g.id == d.group), None)
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()

    words = _LABELS.get(lang, _LABELS["vi"])

    def add(label: str, value: str) -> None:
        grid.add_row(Text(words.get(label, label)), Text(visible(value)))

    add("ID", d.id)
    add("Plan", f"{plan.meta.kind} số {plan.meta.number} ({plan.meta.date:%d/%m/%Y})")
    add("Section", f"{d.section}. {section.title}" if section else d.section)
    if group is not None:
        add("Item", f"{group.id}. {group.heading}")
    for o in row.owners:
        written = f" — {words['as_written']}: “{o.as_written}”" if o.as_written else ""
        add("Owner", f"{o.name} ({o.short}) — {ROLE_VI[o.role]} / {o.role.value}{written}")
    if not row.owners:
        add("Owner", words["none_owner"])
    add("Timing", d.timing or words["none_timing"])
    for w in d.windows:
        span = " → ".join(x.isoformat() if x else "…" for x in (w.start, w.end))
        flags = f" [{', '.join(sorted(w.flags))}]" if w.flags else ""
        add("Window", f"{w.kind.value}: {w}" + (f" ({span})" if w.start or w.end else "") + flags)
    if row.completed_on is not None:
        add("Done", f"{row.completed_on.isoformat()} ({words['recorded']}; nq42 history {d.id})")
    add("Text", d.text)
    out = console()
    with out.capture() as cap:
        out.print(grid)
    return cap.get()
