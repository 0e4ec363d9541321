"""One duty in full, for ``nq42 show``: every field as a labelled line, the verbatim text too.

Labels, roles, window kinds and flags are in the language asked for (:mod:`.labels`);
the plan's own words (text, timing, the owners' names, a window as written) are data
and are shown as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nq42cli.render.labels import label_of, word
from nq42cli.render.records import duty_id, owner_name, rollup_line

if TYPE_CHECKING:
    from nq42cli.core.results import Detail

__all__ = ["render"]


def render(result: Detail, lang: str) -> str:
    """Labelled lines, as terminal text."""
    from rich.table import Table
    from rich.text import Text

    from nq42cli.core.text import visible
    from nq42cli.render.table import console

    row, plan = result.row, result.plan
    d = row.duty
    section = next((s for s in plan.sections if s.id == d.section), None)
    group = next((g for s in plan.sections for g in s.groups if g.id == d.group), None)
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    # Fold, never cut: a long word (a URL, a document number) is shown whole.
    grid.add_column(overflow="fold")

    def add(key: str, value: str) -> None:
        grid.add_row(Text(word(f"detail.{key}", lang)), Text(visible(value)))

    meta = plan.meta
    add("id", duty_id(d, len(result.plans) > 1))
    add("plan", word("detail.plan_line", lang, kind=meta.kind, number=meta.number, date=meta.date))
    add("section", f"{d.section}. {section.title}" if section else d.section)
    if group is not None:
        add("item", f"{group.id}. {group.heading}")
    for o in row.owners:
        written = f" — {word('detail.as_written', lang)}: “{o.as_written}”" if o.as_written else ""
        name = owner_name(o, row.as_of, lang)
        add("owner", f"{name} ({o.short}) — {label_of('role', o.role, lang)}{written}")
    if not row.owners:
        add("owner", word("detail.none_owner", lang))
    add("timing", d.timing or word("detail.none_timing", lang))
    for w in d.windows:
        span = " → ".join(x.isoformat() if x else "…" for x in (w.start, w.end))
        flags = ", ".join(sorted(label_of("flag", f, lang) for f in w.flags))
        line = f"{label_of('kind', w.kind, lang)}: {w}"
        line += (f" ({span})" if w.start or w.end else "") + (f" [{flags}]" if flags else "")
        add("window", line)
    if row.completed_on is not None:
        add("done", word("detail.recorded", lang, day=row.completed_on.isoformat(), id=d.id))
    for child in row.children:
        add("children", rollup_line(child, lang))
    add("text", d.text)
    out = console()
    with out.capture() as cap:
        out.print(grid)
    return cap.get()
