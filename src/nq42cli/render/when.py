"""How ``nq42 when`` shows the reading of a time phrase: JSON, or a Rich table.

JSON holds codes (``deadline``, ``year``, ``before``) for scripts; the table puts them in
words, in the language asked for (:mod:`.labels`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from nq42cli.render.labels import label_of, word
from nq42cli.render.records import window_record

if TYPE_CHECKING:
    from nq42cli.core.grammar import Reading
    from nq42cli.core.results import WhenReading

__all__ = ["reading_record", "render_json", "render_table"]


def reading_record(r: Reading) -> dict[str, Any]:
    """One reading: the window's record, its flags with the reading's notes, the words."""
    out = window_record(r.window)
    out["flags"] = r.flags
    out["verbatim"] = r.text
    return out


def render_json(result: WhenReading, lang: str) -> str:
    """``{"text": …, "windows": [...]}`` as indented JSON."""
    from nq42cli.render.json_ import dump

    del lang  # codes only
    return dump({"text": result.text, "windows": [reading_record(r) for r in result.readings]})


def render_table(result: WhenReading, lang: str) -> str:
    """A table of the windows, one row each, with the words each was read from."""
    from rich.table import Table
    from rich.text import Text

    from nq42cli.core.text import visible
    from nq42cli.render.table import console

    table = Table(title=Text(visible(result.text)), title_justify="left", expand=False)
    for key in ("words", "kind", "start", "end", "every", "flags", "reads_as"):
        table.add_column(word(f"when.{key}", lang))
    for r in result.readings:
        rec = reading_record(r)
        every = label_of("every", rec["every"], lang) if rec["every"] else "—"
        if rec["anchor"]:
            every = word("when.anchor", lang, every=every, anchor=rec["anchor"])
        cells = [
            r.text,
            label_of("kind", rec["kind"], lang),
            rec["start"] or "—",
            rec["end"] or "—",
            every,
            ", ".join(label_of("flag", f, lang) for f in rec["flags"]) or "—",
            rec["text"],
        ]
        table.add_row(*(Text(visible(c)) for c in cells))
    out = console()
    with out.capture() as cap:
        out.print(table)
    return cap.get()
