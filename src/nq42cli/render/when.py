"""How ``nq42 when`` shows the reading of a time phrase: JSON or a Rich table."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from nq42cli.render.records import window_record

if TYPE_CHECKING:
    from nq42cli.core.grammar import Reading

__all__ = ["reading_record", "render_json", "render_table"]


def reading_record(r: Reading) -> dict[str, Any]:
    """One reading: the window's record, its flags with the reading's notes, the words."""
    out = window_record(r.window)
    out["flags"] = r.flags
    out["verbatim"] = r.text
    return out


def render_json(text: str, readings: list[Reading]) -> str:
    """``{"text": …, "windows": [...]}`` as indented JSON."""
    doc = {"text": text, "windows": [reading_record(r) for r in readings]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render_table(text: str, readings: list[Reading]) -> str:
    """A table of the windows, one row each, with the words each was read from."""
    from rich.table import Table
    from rich.text import Text

    from nq42cli.core.text import visible
    from nq42cli.render.table import console

    table = Table(title=Text(visible(text)), title_justify="left", expand=False)
    for name in ("Words", "Kind", "Start", "End", "Every", "Flags", "Reads as"):
        table.add_column(name)
    for r in readings:
        rec = reading_record(r)
        every = rec["every"] or "—"
        if rec["anchor"]:
            every += f" @ {rec['anchor']}"
        cells = [
            r.text,
            rec["kind"],
            rec["start"] or "—",
            rec["end"] or "—",
            every,
            ", ".join(rec["flags"]) or "—",
            rec["text"],
        ]
        table.add_row(*(Text(visible(c)) for c in cells))
    out = console()
    with out.capture() as cap:
        out.print(table)
    return cap.get()
