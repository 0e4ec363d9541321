"""The periodic report as Markdown: title block, summary, and the two appendix tables.

Every piece of text is escaped (:func:`nq42cli.render.safety.md_cell`); a cell's lines
are joined by ``<br>``, the one piece of HTML that GitHub-flavoured tables need, written
by nq42 between escaped lines, never taken from data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nq42cli.render.report_words import (
    appendix_rows,
    appendix_title,
    columns,
    figures,
    title_block,
    words,
)
from nq42cli.render.safety import md_cell

if TYPE_CHECKING:
    from nq42cli.core.report import Appendix, PeriodicReport

__all__ = ["render"]


def _cell(text: str) -> str:
    return "<br>".join(md_cell(line) for line in text.split("\n") if line.strip())


def render(report: PeriodicReport, lang: str) -> str:
    """The report as one Markdown document."""
    title = title_block(report, lang)
    # One paragraph a line: a title block's lines never run together.
    lines = [line for t in title[:-1] for line in (f"**{md_cell(t)}**", "")]
    lines += [f"*{md_cell(title[-1])}*", ""]
    lines += [f"## {md_cell(words(lang)['figures'])}", ""]
    for f in figures(report, lang):
        lines.append(("  " * f.level) + "- " + md_cell(f.text))
    for appendix in (report.appendix1, report.appendix2):
        lines += ["", *_appendix(appendix, report, lang)]
    return "\n".join(lines) + "\n"


def _appendix(appendix: Appendix, report: PeriodicReport, lang: str) -> list[str]:
    name, about = appendix_title(appendix, report, lang)
    out = [f"## {md_cell(name)}: {md_cell(about)}", ""]
    if not appendix.lines:
        return [*out, words(lang)["empty"]]
    cols = columns(lang)
    out.append("| " + " | ".join(md_cell(c) for c in cols) + " |")
    out.append("|" + "|".join("---" for _ in cols) + "|")
    for row in appendix_rows(appendix, lang):
        if row.kind == "duty":
            out.append("| " + " | ".join(_cell(c) for c in row.cells) + " |")
        else:
            number, title = (md_cell(c) for c in row.cells[:2])
            mark = "**" if row.kind == "section" else "*"
            out.append(f"| {mark}{number}{mark} | {mark}{title}{mark} |" + " |" * 5)
    return out
