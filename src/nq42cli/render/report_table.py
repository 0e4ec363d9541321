"""The periodic report on the terminal (Rich): title block, summary, the two appendices.

Cells are :class:`rich.text.Text` built from plain strings, never markup; text from data
goes through :func:`nq42cli.core.text.visible`. Section and item headings are rows of
their own, in bold, as in the printed appendices.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group
from rich.table import Table
from rich.text import Text

from nq42cli.core.text import visible
from nq42cli.render.report_words import (
    appendix_rows,
    appendix_title,
    columns,
    figures,
    title_block,
    words,
)
from nq42cli.render.status_table import _STYLES
from nq42cli.render.table import console

if TYPE_CHECKING:
    from nq42cli.core.report import Appendix, PeriodicReport

__all__ = ["render"]


def _text(cell: str, style: str = "") -> Text:
    # A cell's lines are ours; each line is data and shown escaped.
    return Text("\n".join(visible(line) for line in cell.split("\n")), style=style)


def render(report: PeriodicReport, lang: str) -> str:
    """The report as terminal text."""
    out = console()
    parts: list[Text | Table] = []
    block = title_block(report, lang)
    for i, line in enumerate(block):
        style = "bold" if i < len(block) - 1 else "italic"
        parts.append(Text(visible(line), style=style, justify="center"))
    parts.append(Text(""))
    parts.append(Text(words(lang)["figures"], style="bold"))
    # A grid keeps each sentence's wrapped lines under its own first line.
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    for f in figures(report, lang):
        grid.add_row(Text("    -" if f.level else "  -"), Text(visible(f.text)))
    parts.append(grid)
    for appendix in (report.appendix1, report.appendix2):
        parts.append(Text(""))
        parts.append(_appendix(appendix, report, lang))
    with out.capture() as cap:
        out.print(Group(*parts))
    return cap.get()


def _appendix(appendix: Appendix, report: PeriodicReport, lang: str) -> Table | Text:
    name, about = appendix_title(appendix, report, lang)
    title = Text(f"{name}: {about}", style="bold")
    if not appendix.lines:
        return Text.assemble(title, "\n", words(lang)["empty"])
    table = Table(title=title, title_justify="left", show_lines=True, expand=True)
    head = columns(lang)
    table.add_column(head[0], justify="right", no_wrap=True)
    table.add_column(head[1], ratio=5, min_width=16, overflow="fold")
    table.add_column(head[2], ratio=2, min_width=8, overflow="fold")
    table.add_column(head[3], ratio=2, min_width=8, overflow="fold")
    table.add_column(head[4], ratio=2, min_width=12, overflow="fold")
    table.add_column(head[5], ratio=3, min_width=12, overflow="fold")
    table.add_column(head[6], ratio=2, min_width=10, overflow="fold")
    for row in appendix_rows(appendix, lang):
        if row.kind == "duty":
            cells = [_text(c) for c in row.cells]
            if row.status is not None:
                first, _, rest = row.cells[5].partition("\n")
                cells[5] = _text(first, _STYLES[row.status])
                if rest:
                    cells[5].append("\n")
                    cells[5].append(_text(rest))
            table.add_row(*cells)
        else:
            style = "bold" if row.kind == "section" else "bold italic"
            table.add_row(
                Text(visible(row.cells[0]), style=style),
                Text(visible(row.cells[1]), style=style),
                *(Text("") for _ in range(5)),
            )
    return table
