"""The periodic report as one printable HTML page, with its pictures drawn as inline SVG.

Before the tables: the parts of each owner by class, as stacked bars, and a timeline of
the dated duties with the report's day marked. No script, no network, no external font
or style sheet: the file opens and prints the same anywhere. Every piece of text,
in the page and in the pictures, goes through :func:`html.escape`; nothing from the data
is ever markup. Printed, the page is A4 landscape; the tables' header row repeats on
every page and a duty's row is not split across pages.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING

from nq42cli.core.rules import Status, binding, in_force
from nq42cli.core.text import visible
from nq42cli.core.windows import WindowKind
from nq42cli.render.labels import label_of
from nq42cli.render.report_words import (
    appendix_rows,
    appendix_title,
    called,
    columns,
    day,
    figures,
    title_block,
    words,
)

if TYPE_CHECKING:
    from nq42cli.core.queries import Row
    from nq42cli.core.report import Appendix, PeriodicReport

__all__ = ["COLOURS", "render"]

COLOURS = {
    Status.DONE_ON_TIME: "#2e7d32",
    Status.DONE_LATE: "#ef9a00",
    Status.OPEN_IN_TIME: "#1565c0",
    Status.OPEN_OVERDUE: "#c62828",
    Status.ONGOING: "#7b1fa2",
    Status.NO_DEADLINE: "#9e9e9e",
}

# A picture is for an overview: past these, the tables carry the rest.
MAX_BARS = 40
MAX_TIMELINE = 80

_STYLE = """
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif;
  margin: 1.5rem; color: #000; font-size: 11pt; line-height: 1.3; }
.title { text-align: center; margin-bottom: 1rem; }
.title p { margin: .1rem 0; }
.title .issuer { font-weight: bold; text-align: left; }
.title .report { font-weight: bold; font-size: 14pt; margin-top: .6rem; }
.title .about { font-weight: bold; }
.title .as-of { font-style: italic; }
h2 { font-size: 12pt; margin: 1rem 0 .4rem; }
h2 .sub, caption .sub { font-weight: normal; }
caption.appendix-title { font-size: 12pt; font-weight: bold; text-align: left;
  padding: 0 0 .4rem; }
ul.figures { margin: 0 0 .8rem 1.2rem; padding: 0; }
ul.figures ul { margin: 0 0 0 1.2rem; padding: 0; }
figure { margin: .6rem 0 1rem; break-inside: avoid; }
figcaption { font-weight: bold; margin-bottom: .3rem; }
svg { max-width: 100%; height: auto; font-family: inherit; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; line-height: 1.2; }
th, td { border: 1px solid #333; padding: .2rem .3rem; vertical-align: top; text-align: left; }
th { background: #e6e6e6; text-align: center; }
td.stt { text-align: right; white-space: nowrap; }
col.stt { width: 3%; } col.duty { width: 31%; } col.lead { width: 11%; }
col.partner { width: 11%; } col.timing { width: 11%; } col.result { width: 21%; }
col.notes { width: 12%; }
tr.section td { font-weight: bold; background: #f2f2f2; }
tr.item td { font-weight: bold; font-style: italic; }
td .status { font-weight: bold; }
.open_overdue .status { color: #c62828; } .done_late .status { color: #a86b00; }
.done_on_time .status { color: #2e7d32; } .open_in_time .status { color: #1565c0; }
.ongoing .status { color: #7b1fa2; }
.appendix { margin-top: 1.2rem; }
.appendix.first { break-before: page; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; font-size: 10.5pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h2, tr.section, tr.item { break-after: avoid; }
  th, tr.section td { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  svg { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
""".strip()


def _e(text: str) -> str:
    return escape(visible(text), quote=True)


def _lines(text: str) -> str:
    # A cell's line breaks are ours; each line is data.
    return "<br>".join(_e(line) for line in text.split("\n") if line.strip())


def render(report: PeriodicReport, lang: str) -> str:
    """The report as an HTML document."""
    w = words(lang)
    block = title_block(report, lang)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{"vi" if lang == "vi" else "en"}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(' — '.join(block[-4:-1]))}</title>",
        f"<style>\n{_STYLE}\n</style>",
        "</head>",
        "<body>",
        '<header class="title">',
    ]
    classes = ["report", "about", "period", "as-of"]
    if report.issuer:
        classes.insert(0, "issuer")
    out += [f'<p class="{c}">{_e(t)}</p>' for c, t in zip(classes, block, strict=True)]
    out.append("</header>")
    out.append(f"<h2>{_e(w['figures'])}</h2>")
    out += _figures(report, lang)
    out += _bars(report, lang)
    out += _timeline(report, lang)
    for appendix in (report.appendix1, report.appendix2):
        out += _appendix(appendix, report, lang)
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def _figures(report: PeriodicReport, lang: str) -> list[str]:
    out = ['<ul class="figures">']
    nested = False
    for f in figures(report, lang):
        if f.level and not nested:
            out.append("<ul>")
            nested = True
        elif not f.level and nested:
            out.append("</ul>")
            nested = False
        out.append(f"<li>{_e(f.text)}</li>")
    if nested:
        out.append("</ul>")
    out.append("</ul>")
    return out


def _legend(lang: str, y: int, width: int) -> list[str]:
    # Three to a line: the Vietnamese labels are long.
    out = []
    step = width // 3
    for i, s in enumerate(Status):
        x, dy = (i % 3) * step, (i // 3) * 16
        out.append(f'<rect x="{x}" y="{y + dy}" width="12" height="12" fill="{COLOURS[s]}"/>')
        said = _e(label_of("status", s, lang))
        out.append(f'<text x="{x + 16}" y="{y + dy + 10}" font-size="11">{said}</text>')
    return out


def _bars(report: PeriodicReport, lang: str) -> list[str]:
    owners = [o for o in report.figures.classes if o.total][:MAX_BARS]
    if not owners:
        return []
    width, name_w, row_h = 1000, 330, 17
    most = max(o.total for o in owners)
    scale = (width - name_w - 40) / most
    height = len(owners) * row_h + 48
    out = [
        "<figure>",
        f"<figcaption>{_e(words(lang)['chart_bars'])}</figcaption>",
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" '
        f'aria-label="{_e(words(lang)["chart_bars"])}">',
    ]
    for i, o in enumerate(owners):
        y = i * row_h
        # The bar is labelled with the name in force; its tooltip adds the plan's.
        now = o.owner.on(report.as_of)[0]
        short = now if len(now) <= 46 else now[:45] + "…"
        full = called(o.owner, report.as_of, lang)
        out.append(
            f'<text x="{name_w - 6}" y="{y + 12}" font-size="12" text-anchor="end">'
            f"<title>{_e(full)}</title>{_e(short)}</text>"
        )
        x = float(name_w)
        for s, n in o.counts:
            if not n:
                continue
            out.append(
                f'<rect x="{x:.1f}" y="{y + 3}" width="{n * scale:.1f}" height="{row_h - 6}" '
                f'fill="{COLOURS[s]}"><title>{_e(label_of("status", s, lang))}: {n}</title></rect>'
            )
            x += n * scale
        out.append(f'<text x="{x + 4:.1f}" y="{y + 12}" font-size="11">{o.total}</text>')
    out += _legend(lang, len(owners) * row_h + 14, width)
    out += ["</svg>", "</figure>"]
    return out


def _dated(report: PeriodicReport) -> list[tuple[Row, list[tuple[date, date]], date | None]]:
    """Each dated duty, its binding windows' spans and the deadline judged."""
    out = []
    rows = [ln.row for ln in report.appendix1.lines] + list(report.later)
    for r in rows:
        windows = binding(in_force(r.duty.windows, r.records, report.as_of))
        spans = [
            (w.start or r.duty.plan_date, w.end)
            for w in windows
            if w.kind is WindowKind.DEADLINE and w.end is not None
        ]
        spans += [
            (w.start or r.duty.plan_date, w.end or max(report.period.end, report.as_of))
            for w in windows
            if w.kind is WindowKind.RECURRING
        ]
        out.append((r, spans, r.deadline))
    return out


def _timeline(report: PeriodicReport, lang: str) -> list[str]:
    rows = _dated(report)
    if not rows:
        return []
    shown = rows[:MAX_TIMELINE]
    days = [d for _, spans, _ in shown for span in spans for d in span]
    days += [d for _, _, d in shown if d is not None]
    first = min([*days, report.as_of])
    last = max([*days, report.as_of, report.period.end])
    first = date(first.year, ((first.month - 1) // 3) * 3 + 1, 1)
    end_q = ((last.month - 1) // 3) * 3 + 3
    last = (date(last.year + end_q // 12, end_q % 12 + 1, 1)) - timedelta(days=1)
    width, id_w, row_h, top = 1000, 70, 16, 34
    span_days = (last - first).days + 1
    scale = (width - id_w - 10) / span_days

    def x(d: date) -> float:
        return id_w + (d - first).days * scale

    height = top + len(shown) * row_h + 30
    said = words(lang)
    out = [
        "<figure>",
        f"<figcaption>{_e(said['chart_timeline'])}</figcaption>",
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{_e(said["chart_timeline"])}">',
    ]
    # Quarter ticks, the year written under its first quarter.
    q = first
    while q <= last:
        out.append(
            f'<line x1="{x(q):.1f}" y1="{top - 6}" x2="{x(q):.1f}" '
            f'y2="{top + len(shown) * row_h}" stroke="#ddd"/>'
        )
        quarter = (q.month - 1) // 3 + 1
        tick = f"{q.year}" if quarter == 1 else f"Q{quarter}"
        weight = ' font-weight="bold"' if quarter == 1 else ""
        out.append(f'<text x="{x(q) + 2:.1f}" y="{top - 10}" font-size="10"{weight}>{tick}</text>')
        q = date(q.year + (q.month + 2) // 12, (q.month + 2) % 12 + 1, 1)
    for i, (r, spans, deadline) in enumerate(shown):
        y = top + i * row_h
        colour = COLOURS[r.status]
        out.append(f'<text x="0" y="{y + 11}" font-size="11">{_e(r.duty.id)}</text>')
        for start, end in spans:
            a, b = max(start, first), min(end, last)
            out.append(
                f'<rect x="{x(a):.1f}" y="{y + 4}" width="{max(x(b) - x(a), 2):.1f}" '
                f'height="{row_h - 8}" fill="{colour}" fill-opacity="0.35"/>'
            )
        if deadline is not None and first <= deadline <= last:
            cx = x(deadline)
            out.append(
                f'<path d="M{cx:.1f} {y + 2} l5 6 l-5 6 l-5 -6 z" fill="{colour}">'
                f"<title>{_e(r.duty.id)}: {_e(label_of('status', r.status, lang))}, "
                f"{_e(day(deadline, lang))}</title></path>"
            )
    tx = x(report.as_of)
    bottom = top + len(shown) * row_h
    out.append(
        f'<line x1="{tx:.1f}" y1="{top - 4}" x2="{tx:.1f}" y2="{bottom}" '
        'stroke="#c62828" stroke-width="2" stroke-dasharray="4 2"/>'
    )
    today = said["chart_today"].format(day=day(report.as_of, lang))
    anchor = "end" if tx > width * 0.7 else "start"
    shift = -4 if anchor == "end" else 4
    out.append(
        f'<text x="{tx + shift:.1f}" y="{bottom + 14}" font-size="11" fill="#c62828" '
        f'text-anchor="{anchor}">{_e(today)}</text>'
    )
    out.append("</svg>")
    if len(rows) > len(shown):
        out.append(f"<p>{_e(said['chart_more'].format(n=len(rows) - len(shown)))}</p>")
    out.append("</figure>")
    return out


def _appendix(appendix: Appendix, report: PeriodicReport, lang: str) -> list[str]:
    name, about = appendix_title(appendix, report, lang)
    first = " first" if appendix.number == 1 else ""
    heading = f'{_e(name)}<br><span class="sub">{_e(about)}</span>'
    out = [f'<section class="appendix{first}">']
    if not appendix.lines:
        return [*out, f"<h2>{heading}</h2>", f"<p>{_e(words(lang)['empty'])}</p>", "</section>"]
    names = ("stt", "duty", "lead", "partner", "timing", "result", "notes")
    # The title is the table's caption, so a page never ends on a title without its table.
    out.append(f'<table><caption class="appendix-title">{heading}</caption>')
    out.append("<colgroup>" + "".join(f'<col class="{n}">' for n in names) + "</colgroup>")
    out.append("<thead><tr>" + "".join(f'<th scope="col">{_e(c)}</th>' for c in columns(lang)))
    out += ["</tr></thead>", "<tbody>"]
    for row in appendix_rows(appendix, lang):
        if row.kind != "duty":
            number, title = row.cells[:2]
            out.append(
                f'<tr class="{row.kind}"><td class="stt">{_e(number)}</td>'
                f'<td colspan="6">{_e(title)}</td></tr>'
            )
            continue
        status = row.status.value if row.status else ""
        cells = list(row.cells)
        first, _, rest = cells[5].partition("\n")
        result = f'<span class="status">{_e(first)}</span>' + (
            "<br>" + _lines(rest) if rest else ""
        )
        out.append(
            f'<tr class="{status}"><td class="stt">{_e(cells[0])}</td>'
            + "".join(f"<td>{_lines(c)}</td>" for c in cells[1:5])
            + f"<td>{result}</td><td>{_lines(cells[6])}</td></tr>"
        )
    out += ["</tbody>", "</table>", "</section>"]
    return out
