"""How ``nq42 when`` shows what it read: JSON, or a Rich table.

Two results: the readings of a whole phrase (:class:`~nq42cli.core.results.WhenReading`,
``--exact``), and the time expressions found in a sentence
(:class:`~nq42cli.core.results.WhenSpans`), each with its offsets, read or set aside
with the reason. JSON holds codes (``deadline``, ``span.horizon``) for scripts; the
tables put them in words, in the language asked for (:mod:`.labels`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from nq42cli.render.labels import label_of, word
from nq42cli.render.records import window_record

if TYPE_CHECKING:
    from rich.text import Text

    from nq42cli.core.grammar import Reading
    from nq42cli.core.results import WhenReading, WhenSpans
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


def render_json(result: WhenReading, lang: str) -> str:
    """``{"text": …, "windows": [...]}`` as indented JSON."""
    from nq42cli.render.json_ import dump

    del lang  # codes only
    return dump({"text": result.text, "windows": [reading_record(r) for r in result.readings]})


def _cells(r: Reading, lang: str) -> tuple[str, str, str, str, str, str]:
    """A reading's kind, start, end, recurrence, flags and reading, in words."""
    rec = reading_record(r)
    every = label_of("every", rec["every"], lang) if rec["every"] else "—"
    if rec["anchor"]:
        every = word("when.anchor", lang, every=every, anchor=rec["anchor"])
    return (
        label_of("kind", rec["kind"], lang),
        rec["start"] or "—",
        rec["end"] or "—",
        every,
        ", ".join(label_of("flag", f, lang) for f in rec["flags"]) or "—",
        rec["text"],
    )


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
        table.add_row(*(Text(visible(c)) for c in (r.text, *_cells(r, lang))))
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


def render_spans_json(result: WhenSpans, lang: str) -> str:
    """``{"text", "windows", "spans"}``: every window read, and every span with offsets.

    ``windows`` lists the readings in order (each with ``verbatim`` and ``at``, its
    ``[start, end)`` offsets in ``text``); ``spans`` lists the expressions found, read or
    set aside (``read: false`` with ``code`` and ``reason``).
    """
    from nq42cli.render.json_ import dump

    del lang  # codes only
    text = result.text
    windows = []
    for sp in result.spans:
        for r in sp.readings:
            rec = reading_record(r)
            rec["at"] = list(sp.reading_at(r))
            windows.append(rec)
    return dump(
        {"text": text, "windows": windows, "spans": [_span_record(sp) for sp in result.spans]}
    )


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


def _offsets(start: int, end: int) -> str:
    return f"{start}–{end}"


# The width from which a reading's eight columns fit on one line each.
_WIDE = 100


def render_spans_table(result: WhenSpans, lang: str) -> str:
    """The sentence with its time expressions marked and a row per window read.

    A second table lists the expressions seen but not read, with the reason.
    """
    from rich.table import Table
    from rich.text import Text

    from nq42cli.core.text import visible
    from nq42cli.render.table import console

    keys = ("words", "at", "kind", "start", "end", "every", "flags", "reads_as")
    rows = [
        (r.text, _offsets(*sp.reading_at(r)), *_cells(r, lang))
        for sp in result.spans
        for r in sp.readings
    ]
    out = console()
    if out.width >= _WIDE:
        table = Table(title=highlighted(result.text, result.spans), title_justify="left")
        table.expand = False
        for key in keys:
            # A day or an offset broken over two lines misreads: those stay whole, the
            # words wrap.
            whole = key in ("at", "start", "end")
            table.add_column(word(f"when.{key}", lang), overflow="fold", no_wrap=whole)
        for row in rows:
            table.add_row(*(Text(visible(c)) for c in row))
    else:
        # Eight columns in a narrow terminal leave each a few characters: "30/5/2025"
        # came out cut in two. There, each reading is a block of label and value.
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True)
        table.add_column(overflow="fold")
        for k, row in enumerate(rows):
            if k:
                table.add_row("", "")
            for key, cell in zip(keys, row, strict=True):
                table.add_row(word(f"when.{key}", lang), Text(visible(cell)))
    with out.capture() as cap:
        if out.width < _WIDE:
            out.print(highlighted(result.text, result.spans))
        out.print(table)
        aside = [sp for sp in result.spans if not sp.read]
        if aside:
            other = Table(title=word("when.aside", lang), title_justify="left", expand=False)
            for key in ("words", "at", "why"):
                other.add_column(word(f"when.{key}", lang), overflow="fold")
            for sp in aside:
                why = label_of("span", (sp.code or "span.unreadable").removeprefix("span."), lang)
                cells = (sp.text, _offsets(sp.start, sp.end), why)
                other.add_row(*(Text(visible(c)) for c in cells))
            out.print(other)
    return cap.get()
