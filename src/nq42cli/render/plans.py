"""``nq42 plans``: the plans read, as a tree, with their duties counted as of a day.

One line per plan, each under the plan it implements (when that plan is read too):
its id, its document (kind, number, date), what it implements and which of that plan's
duties it carries out, its file, and its duties by class as the rule book judges them
on the day. The table and Markdown are for people (words in ``--lang``); JSON and CSV
hold the same, with English keys and codes, for scripts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from nq42cli.core.rules import Status
from nq42cli.core.text import visible
from nq42cli.render.labels import word

if TYPE_CHECKING:
    from nq42cli.core.plans import PlanLine
    from nq42cli.core.results import PlansList

__all__ = ["COLUMNS", "render_csv", "render_json", "render_md", "render_table"]

COLUMNS = (
    "id",
    "kind",
    "number",
    "date",
    "issuer",
    "file",
    "depth",
    "parent",
    "implements",
    "serves",
    "duties",
    "done",
    "done_on_time",
    "done_late",
    "open_in_time",
    "open_overdue",
    "ongoing",
    "no_deadline",
    "as_of",
)
"""The CSV columns: the JSON's keys, flat (``by_status`` spread out, ``serves`` joined)."""


def _implements(line: PlanLine, lang: str) -> str:
    parent = line.parent or line.head.implements or ""
    if parent and line.serves:
        return word("plans.duty_of", lang, plan=parent, duties=", ".join(line.serves))
    return parent


def _cells(line: PlanLine, lang: str) -> list[str]:
    c = line.counts
    # The branch is joined to the id, so a narrow column never wraps between them.
    name = ("  " * (line.depth - 1) + "└─" if line.depth else "") + line.head.id
    return [
        name,
        f"{line.head.kind} {line.head.number}, {line.head.date.isoformat()}",
        _implements(line, lang),
        line.file,
        str(c.total),
        str(c.done),
        str(c.overdue),
        str(c.count(Status.OPEN_IN_TIME)),
    ]


_HEADS = (
    "plans.plan",
    "plans.document",
    "plans.implements",
    "plans.file",
    "plans.duties",
    "plans.done",
    "plans.overdue",
    "plans.in_time",
)


def render_table(result: PlansList, lang: str) -> str:
    """The plans as a Rich table, a tree by indentation, and how many there are.

    Each plan's file is shown under its id, dimmed, to keep the table to 80 columns.
    """
    from rich.table import Table
    from rich.text import Text

    from nq42cli.render.table import console

    title = word("plans.title", lang, day=result.as_of.isoformat())
    table = Table(title=Text(title, style="bold"), title_justify="left", show_lines=True)
    table.add_column(word("plans.plan", lang), ratio=2, overflow="fold")
    table.add_column(word("plans.document", lang), ratio=2, overflow="fold")
    table.add_column(word("plans.implements", lang), ratio=2, overflow="fold")
    for head in _HEADS[4:]:
        table.add_column(word(head, lang), justify="right", max_width=6)
    for line in result.rows:
        cells = [Text(visible(c)) for c in _cells(line, lang)]
        name = cells[0]
        name.stylize("bold")
        name.append("\n" + visible(line.file), style="dim")
        if line.counts.overdue:
            cells[6].stylize("bold red")
        table.add_row(name, cells[1], cells[2], *cells[4:])
    out = console()
    with out.capture() as cap:
        out.print(table)
        out.print(Text(word("plans.count", lang, n=len(result.rows))))
    return cap.get()


def render_md(result: PlansList, lang: str) -> str:
    """A title, the table (ids indented under their parent) and how many plans."""
    from nq42cli.render.safety import md_cell

    heads = [word(h, lang) for h in _HEADS]
    lines = [
        f"# {word('plans.title', lang, day=result.as_of.isoformat())}",
        "",
        "| " + " | ".join(heads) + " |",
        "|" + "---|" * len(heads),
    ]
    for line in result.rows:
        cells = _cells(line, lang)
        # Markdown drops leading spaces: the tree is drawn with the branch alone.
        cells[0] = ("└─" * line.depth) + line.head.id
        lines.append("| " + " | ".join(md_cell(c) for c in cells) + " |")
    lines += ["", word("plans.count", lang, n=len(result.rows)), ""]
    return "\n".join(lines)


def record(line: PlanLine, as_of: str) -> dict[str, Any]:
    """One plan for JSON: its head, file, place in the tree and counts."""
    c = line.counts
    h = line.head
    return {
        "id": h.id,
        "kind": h.kind,
        "number": h.number,
        "date": h.date.isoformat(),
        "issuer": h.issuer,
        "title": h.title,
        "file": line.file,
        "depth": line.depth,
        "parent": line.parent,
        "implements": h.implements,
        "implements_duty": h.implements_duty,
        "serves": list(line.serves),
        "duties": c.total,
        "done": c.done,
        "by_status": {s.value: c.count(s) for s in Status},
        "as_of": as_of,
    }


def render_json(result: PlansList, lang: str) -> str:
    """``{as_of, plans: [...]}``, the plans in tree order."""
    from nq42cli.render.json_ import dump

    del lang  # codes and data, no words
    day = result.as_of.isoformat()
    return dump({"as_of": day, "plans": [record(line, day) for line in result.rows]})


def render_csv(result: PlansList, lang: str) -> str:
    """One line per plan (:data:`COLUMNS`), formula cells neutralised."""
    import csv
    import io

    from nq42cli.render.safety import spreadsheet_safe

    del lang
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    day = result.as_of.isoformat()
    for line in result.rows:
        rec = record(line, day)
        flat: dict[str, Any] = {
            **{k: rec[k] for k in COLUMNS if k in rec and k not in ("serves",)},
            "serves": "; ".join(rec["serves"]),
            **rec["by_status"],
        }
        writer.writerow(
            spreadsheet_safe(v) if isinstance(v, str) else ("" if v is None else str(v))
            for v in (flat.get(k) for k in COLUMNS)
        )
    return out.getvalue()
