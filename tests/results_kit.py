"""One small real result of every kind, built through the public API on a neutral plan.

The plan's own text is Latin filler and ASCII names, so that any Vietnamese or English
word in a rendering comes from nq42's label catalogue, not from the data; only the
timing phrases are Vietnamese (the plan's notation), and :data:`DATA_WORDS` lists them.
Its owners registry has a succession (Org Alpha → Org Gamma) and a group whose two
members merge (North Cell and South Cell → Twin Cell), so every format shows names in
force, member tallies and what was reported.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nq42cli import api
from nq42cli.render.report import listing_report, status_report

if TYPE_CHECKING:
    from nq42cli.core.results import PlansList

AS_OF = date(2024, 7, 15)

NEUTRAL_PLAN = """\
plan:
  id: "1-TEST"
  kind: "Program"
  number: "1-TEST"
  date: "2024-01-01"
  issuer: "Org Alpha"
  title: "Lorem ipsum"
sections:
  - id: "I"
    title: "Lorem"
    groups:
      - id: "I.1"
        heading: "Org Alpha"
owners:
  - key: alpha
    name: "Org Alpha"
    short: "OA"
    kind: body
  - key: beta
    name: "Org Beta"
    short: "OB"
    kind: body
  - key: cells
    name: "Cells"
    short: "CL"
    kind: group
duties:
  - id: "I.1.a"
    section: "I"
    group: "I.1"
    text: "Lorem ipsum dolor sit amet."
    owners:
      - owner: alpha
        role: lead
      - owner: beta
        role: partner
    timing: "hoàn thành trong quý I/2024"
    windows: ["quý I/2024"]
  - id: "I.1.b"
    section: "I"
    group: "I.1"
    text: "Consectetur adipiscing elit."
    owners:
      - owner: beta
        role: responsible
    timing: "thường xuyên"
    windows: ["thường xuyên"]
  - id: "I.1.c"
    section: "I"
    group: "I.1"
    text: "Sed do eiusmod tempor."
    owners:
      - owner: alpha
        role: responsible
    timing: "trước ngày 20/10 hằng năm"
    windows: ["trước ngày 20/10 hằng năm"]
  - id: "I.1.d"
    section: "I"
    group: "I.1"
    text: "Ut labore et dolore."
    owners:
      - owner: beta
        role: responsible
    timing: "hoàn thành trong quý II/2024"
    windows: ["quý II/2024"]
  - id: "I.1.e"
    section: "I"
    group: "I.1"
    text: "Quis nostrud exercitation."
    owners:
      - owner: cells
        role: responsible
    timing: "hoàn thành trong quý I/2024"
    windows: ["quý I/2024"]
"""

NEUTRAL_OWNERS = """\
registry:
  plan: "1-TEST"
  title: "Lorem"
units:
  - key: alpha
    name: "Org Alpha"
    short: "OA"
    until: "2024-05-31"
  - key: gamma
    name: "Org Gamma"
    short: "OG"
    from: "2024-06-01"
  - key: north
    name: "North Cell"
    short: "North"
    until: "2024-06-30"
  - key: south
    name: "South Cell"
    short: "South"
    until: "2024-06-30"
  - key: twin
    name: "Twin Cell"
    short: "Twin"
    from: "2024-07-01"
groups:
  - key: cells
    label: {vi: "cell", en: "cells"}
    members: [north, south, twin]
    sources:
      - url: "https://example.org/cells"
successions:
  - from: [alpha]
    to: gamma
    on: "2024-06-01"
    basis: decided
    instrument: "Act 5"
    instrument_date: "2024-05-20"
    sources:
      - url: "https://example.org/act-5"
  - from: [north, south]
    to: twin
    on: "2024-07-01"
    basis: announced
    instrument: null
    sources:
      - url: "https://example.org/twin"
"""

BROKEN_PLAN = "plan: {}\nsections: []\nowners: []\nduties: []\n"

WHEN_PHRASE = "hoàn thành trong quý II/2024 và thực hiện thường xuyên"
# A sentence with a time of the duty and numbers that are not (a cited date, a horizon).
WHEN_SENTENCE = "Lorem trước ngày 25/3/2025, ipsum 57/2024 ngày 22/12/2024, dolor đến năm 2030"

# The Vietnamese the data itself holds: the timing phrases and their windows as shown,
# and the phrase read by `when`.
DATA_WORDS = (
    WHEN_PHRASE,
    WHEN_SENTENCE,
    "hoàn thành trong quý I/2024",
    "hoàn thành trong quý II/2024",
    "thường xuyên",
    "trước ngày 20/10 hằng năm",
    "quý I/2024",
    "quý II/2024",
)


def neutral_workspace(root: Path) -> Path:
    """Write the neutral plan and two progress records under ``root``; return the plan."""
    root.mkdir(parents=True, exist_ok=True)
    plan = root / "plan.yaml"
    plan.write_text(NEUTRAL_PLAN, encoding="utf-8")
    (root / "owners.yaml").write_text(NEUTRAL_OWNERS, encoding="utf-8")
    stamp = datetime(2024, 7, 1, tzinfo=UTC)
    for event, on, note, evidence in (
        ("started", date(2024, 2, 1), "Kickoff", None),
        ("done", date(2024, 3, 20), None, "Doc 7"),
    ):
        api.append_record(
            "I.1.a",
            event,
            on=on,
            note=note,
            evidence=evidence,
            by="Ann",
            plan=plan,
            today=AS_OF,
            recorded_at=stamp,
        )
    # One member done, one at work: the group is neither done nor silent.
    api.append_record(
        "I.1.e",
        "done",
        on=date(2024, 3, 10),
        owner="north cell",
        evidence="Doc 9",
        plan=plan,
        today=AS_OF,
        recorded_at=stamp,
        source="https://example.org/doc-9",
    )
    api.append_record(
        "I.1.e",
        "progress",
        on=date(2024, 4, 2),
        owner="South",
        note="Draft 2",
        plan=plan,
        today=AS_OF,
        recorded_at=stamp,
    )
    return plan


def results(root: Path, lang: str = "vi") -> dict[str, Any]:
    """One result of every kind the registry knows, keyed by kind."""
    plan = neutral_workspace(root / "neutral")
    loaded = api.load(plan, today=AS_OF)
    broken = root / "broken.yaml"
    broken.write_text(BROKEN_PLAN, encoding="utf-8")
    document = root / "plan.txt"
    document.write_text(
        (Path(__file__).parent / "plans" / "tinh-uy-chuong-trinh.txt").read_text("utf-8"),
        encoding="utf-8",
    )
    listing = api.query(
        "due", as_of=AS_OF, period=api.parse_period("2024"), plan=loaded, use_index=False
    )
    table = api.status(as_of=AS_OF, plan=loaded)
    draft = api.extract(document)
    return {
        "listing": listing,
        "status": table,
        "report": status_report(table, lang),
        "detail": api.show("i.1.a", as_of=AS_OF, plan=loaded),
        "history": api.history("I.1.a", as_of=AS_OF, plan=loaded),
        "when": api.when(WHEN_PHRASE, exact=True),
        "spans": api.when(WHEN_SENTENCE),
        "draft": draft,
        "coverage": draft.coverage,
        "calendar": api.calendar(
            plan=loaded, stamp=datetime(2024, 7, 1, tzinfo=UTC), remind=timedelta(days=7)
        ),
        "schema": api.schema("plan"),
        "problems": api.validate([broken], today=AS_OF),
        "periodic": api.report(
            api.parse_report_period("2024"),
            since=date(2024, 3, 1),
            issuer="Org Alpha",
            plan=loaded,
        ),
        "timeline": api.timeline(as_of=AS_OF, plan=loaded),
        "recorded": api.append_record(
            "I.1.b", "note", on=AS_OF, note="Memo", plan=plan, today=AS_OF
        ),
        "owners": api.owners(as_of=AS_OF, plan=loaded),
        "owner": api.owner("Org Gamma", as_of=AS_OF, plan=loaded),
        "plans": _named_by_file_name(api.plans(as_of=AS_OF, plan=loaded)),
    }


def in_language(made: dict[str, Any], lang: str) -> dict[str, Any]:
    """``made`` (from :func:`results`) as ``results(root, lang)`` gives it: only the
    report, which is built in a language, differs."""
    return {k: status_report(made["status"], lang) if k == "report" else v for k, v in made.items()}


def _named_by_file_name(found: PlansList) -> PlansList:
    """The plans with each file by its name: the test's folder (pytest-of-USER/…) is no
    word of any language, yet a word finder would read one in it."""
    rows = [replace(line, file=Path(line.file).name) for line in found.rows]
    return replace(found, rows=rows)


def listing_report_of(root: Path, lang: str) -> Any:
    """A report built from a listing (the other way a report is made)."""
    plan = neutral_workspace(root / f"listing-report-{lang}")
    found = api.query("overdue", as_of=AS_OF, plan=plan, use_index=False, today=AS_OF)
    return listing_report(found, lang)
