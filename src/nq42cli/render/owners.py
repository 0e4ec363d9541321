"""``nq42 owners`` and ``nq42 owners show NAME`` on a terminal (their JSON: :mod:`.json_`).

The table lists each owner of the plan with the name in force on the day (the plan's
beside it), the names its place went by, its members and its duties; the story of one
body lists its names and life, what it was formed from and what succeeded it (with the
instrument, or that its number was not found, and the sources), the groups it belonged
to, its members and the duties of the plan it has. Words come from :mod:`.labels`;
names, instruments and URLs are data, shown as written and escaped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text

from nq42cli.core.text import visible
from nq42cli.render.labels import label_of, word
from nq42cli.render.table import console, limited, more

if TYPE_CHECKING:
    from datetime import date

    from nq42cli.core.directory import SuccessionInfo
    from nq42cli.core.ownership import NameSpan
    from nq42cli.core.results import OwnersList, OwnerStory

__all__ = ["render_list_table", "render_story_table"]


def _day(d: date | None, lang: str) -> str:
    return d.isoformat() if d else word("owners.open", lang)


def _span(s: NameSpan, lang: str) -> str:
    if s.first is None and s.last is None:
        return s.name
    return word(
        "owners.span", lang, name=s.name, first=_day(s.first, lang), last=_day(s.last, lang)
    )


def _lines(items: list[str]) -> Text:
    # Escape each line, then join: the line breaks are ours, not the data's.
    return Text("\n".join(visible(x) for x in items))


def render_list_table(result: OwnersList, lang: str) -> str:
    """One line per owner of the plan: key, name now, kind, names over time, members, duties."""
    title = word("owners.title", lang, plan=result.plan, day=result.as_of.isoformat())
    table = Table(
        title=Text(title, style="bold"), title_justify="left", expand=True, show_lines=True
    )
    table.add_column(word("owners.key", lang), ratio=2, overflow="fold")
    table.add_column(word("owners.name", lang), ratio=3, overflow="fold")
    table.add_column(word("owners.kind", lang), no_wrap=True)
    table.add_column(word("owners.former", lang), ratio=4, overflow="fold")
    table.add_column(word("owners.members", lang), ratio=3, overflow="fold")
    table.add_column(word("owners.duties", lang), ratio=2, overflow="fold")
    for r in limited(result.rows)[0]:
        name = (
            r.name
            if r.name == r.plan_name
            else word("owner.plan_name", lang, name=r.name, plan=r.plan_name)
        )
        former = [_span(s, lang) for s in r.names] if len(r.names) > 1 else []
        members: list[str] = []
        if r.members:
            label = r.label_en if lang == "en" else r.label_vi
            members = [
                word("owners.count", lang, n=len(r.members), label=label or ""),
                ", ".join(r.members),
            ]
        table.add_row(
            Text(r.key, style="bold"),
            Text(visible(name)),
            Text(label_of("owner_kind", r.kind, lang)),
            _lines(former),
            _lines(members),
            Text("\n".join(r.duties)),
        )
    out = console()
    with out.capture() as cap:
        out.print(table)
        if hidden := limited(result.rows)[1]:
            out.print(more(hidden, lang))
        if not result.registry:
            out.print(Text(word("owners.no_registry", lang), style="dim"))
    return cap.get()


def _succession(s: SuccessionInfo, names: str, to: str, lang: str) -> str:
    instrument = s.instrument_text() if s.instrument else word("owner.no_instrument", lang)
    basis = word(f"owner.basis.{s.basis}", lang)
    return word(
        "owner.succession",
        lang,
        names=names,
        to=to,
        day=s.on.isoformat(),
        basis=basis,
        instrument=instrument,
    )


def render_story_table(result: OwnerStory, lang: str) -> str:
    """The body's story as labelled lines, then its duties."""
    d = result.detail
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")

    def add(key: str, *values: str) -> None:
        grid.add_row(Text(word(key, lang)), _lines(list(values) or [word("owner.none", lang)]))

    add("owner.life", f"{_day(d.first, lang)} – {_day(d.last, lang)}")
    add("owner.names", *(_span(s, lang) for s in d.names))
    for s, names in d.before:
        add("owner.before", _succession(s, ", ".join(names), d.name, lang))
        if s.caveat:
            grid.add_row(Text(""), Text(visible(s.caveat), style="dim"))
        _sources(grid, s, lang)
    for s, to in d.after:
        add("owner.after", _succession(s, d.name, to, lang))
        if s.caveat:
            grid.add_row(Text(""), Text(visible(s.caveat), style="dim"))
        _sources(grid, s, lang)
    for _, label, first, last in d.member_of:
        add("owner.member_of", f"{label} ({_day(first, lang)} – {_day(last, lang)})")
    if d.members:
        add(
            "owner.members",
            *(f"{n} ({_day(a, lang)} – {_day(b, lang)})" for _, n, a, b in d.members),
        )
    if d.holds:
        add("owner.holds", ", ".join(d.holds))
    add(
        "owner.duties",
        *(f"{x.id} ({x.owner}, {label_of('role', x.role, lang)}): {x.text}" for x in d.duties),
    )
    out = console()
    with out.capture() as cap:
        out.print(Text(visible(word("owner.title", lang, name=d.name, key=d.key)), style="bold"))
        out.print(grid)
    return cap.get()


def _sources(grid: Table, s: SuccessionInfo, lang: str) -> None:
    if s.urls:
        urls = _lines(list(dict.fromkeys(s.urls)))
        urls.stylize("dim")
        grid.add_row(Text(word("owner.sources", lang), style="dim"), urls)
