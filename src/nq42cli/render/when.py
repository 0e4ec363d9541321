"""How ``nq42 when`` shows what it read: JSON or a Rich table.

Two shapes: the readings of a whole phrase (``--exact``), and the time expressions found
in a sentence, each with its offsets, read or set aside with the reason.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from nq42cli.render.records import window_record

if TYPE_CHECKING:
    from rich.text import Text

    from nq42cli.core.grammar import Reading
    from nq42cli.core.spans import Span

__all__ = [
    "highlighted",
    "reading_record",
    "render_json",
    "render_spans_json",
    "render_spans_table",
    "render_table",
]


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


# --------------------------------------------------------------------------- spans


def _span_record(sp: Span) -> dict[str, Any]:
    return {
        "at": [sp.start, sp.end],
        "words": sp.text,
        "read": sp.read,
        "windows": [reading_record(r) for r in sp.readings],
        "code": sp.code,
        "reason": sp.reason,
    }


def render_spans_json(text: str, spans: list[Span]) -> str:
    """``{"text", "windows", "spans"}``: every window read, and every span with offsets.

    ``windows`` lists the readings in order (each with ``verbatim`` and ``at``, its
    ``[start, end)`` offsets in ``text``); ``spans`` lists the expressions found, read or
    set aside (``read: false`` with ``code`` and ``reason``).
    """
    windows = []
    for sp in spans:
        for r in sp.readings:
            rec = reading_record(r)
            at = text.find(r.text, sp.start)
            rec["at"] = [at, at + len(r.text)] if at >= 0 else [sp.start, sp.end]
            windows.append(rec)
    doc = {"text": text, "windows": windows, "spans": [_span_record(sp) for sp in spans]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def highlighted(text: str, spans: list[Span]) -> Text:
    """The text with read spans underlined in bold and set-aside ones struck through."""
    from rich.text import Text

    from nq42cli.core.text import visible

    out = Text()
    pos = 0
    for sp in sorted(spans, key=lambda s: s.start):
        if sp.start < pos:
            continue
        out.append(visible(text[pos : sp.start]))
        style = "bold underline" if sp.read else "dim strike"
        out.append(visible(text[sp.start : sp.end]), style=style)
        pos = sp.end
    out.append(visible(text[pos:]))
    return out


def render_spans_table(text: str, spans: list[Span]) -> str:
    """The sentence with its time expressions marked and a row per window read.

    A second table lists the expressions seen but not read, with the reason.
    """
    from rich.table import Table
    from rich.text import Text

    from nq42cli.core.text import visible
    from nq42cli.render.table import console

    read = [sp for sp in spans if sp.read]
    table = Table(title=highlighted(text, spans), title_justify="left", expand=False)
    for name in ("Words", "At", "Kind", "Start", "End", "Every", "Flags", "Reads as"):
        table.add_column(name, overflow="fold")
    for sp in read:
        for r in sp.readings:
            rec = reading_record(r)
            every = rec["every"] or "—"
            if rec["anchor"]:
                every += f" @ {rec['anchor']}"
            cells = [
                r.text,
                f"{sp.start}–{sp.end}",
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
        aside = [sp for sp in spans if not sp.read]
        if aside:
            other = Table(title="Seen, not read", title_justify="left", expand=False)
            for name in ("Words", "At", "Why"):
                other.add_column(name, overflow="fold")
            for sp in aside:
                cells = [sp.text, f"{sp.start}–{sp.end}", f"{sp.reason} [{sp.code}]"]
                other.add_row(*(Text(visible(c)) for c in cells))
            out.print(other)
    return cap.get()
