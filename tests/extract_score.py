"""Score ``nq42 extract`` against the hand-built truth tables of ``tests/extract_corpus``.

For each document: the duties found (matched to truth by id, else by the start of the
text), the lead owners right (folded names; a list when the truth names joint owners),
the dated deadlines right (the earliest binding deadline, as the truth's conventions
say), and the spurious deadlines (a deadline on a duty whose truth has none, on a duty
the truth does not count, or read from a ``not_deadlines`` snippet). A truth note that
says "flag, do not fail" accepts either reading of that duty.

Run ``python -m tests.extract_score`` for the table (``--all`` adds the documents scored
unseen, ``--details SLUG`` lists every miss of one document, ``--totals`` sums each set).
"""

from __future__ import annotations

import argparse
import functools
import html
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from nq42cli.core.extract import Draft, extract, prepared
from nq42cli.core.text import fold
from nq42cli.core.windows import Flag, WindowKind, parse_window

CORPUS = Path(__file__).parent / "extract_corpus"
SPLIT: dict[str, list[str]] = yaml.safe_load((CORPUS / "SPLIT.yaml").read_text(encoding="utf-8"))
ALL: list[str] = [*SPLIT["dev"], *(SPLIT.get("unseen") or [])]
"""Every corpus document: those the rules were developed on, then those scored unseen."""


def set_of(slug: str) -> str:
    """Which set a document belongs to, as the score tables say it."""
    if slug in (SPLIT.get("unseen") or []):
        return "unseen"
    if slug in (SPLIT.get("was_unseen") or []):
        return "dev (unseen before)"
    return "dev (held out before)" if slug in (SPLIT.get("was_held_out") or []) else "dev"


FLAGGED = "flag, do not fail"


@dataclass
class Score:
    """One document's score; ``misses`` explains every point lost."""

    slug: str
    duties: int = 0
    found: int = 0
    lead_right: int = 0
    dated: int = 0
    dated_right: int = 0
    spurious: int = 0
    extra: int = 0
    misses: list[str] = field(default_factory=list)

    def ratios(self) -> dict[str, float]:
        """The three rates the targets are set on."""
        return {
            "found": self.found / self.duties if self.duties else 1.0,
            "lead": self.lead_right / self.duties if self.duties else 1.0,
            "dated": self.dated_right / self.dated if self.dated else 1.0,
        }


def _load(text: str) -> Any:
    # libyaml's loader where present: the truth tables are large, and the pure-Python
    # reader was a tenth of the test suite's time.
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@functools.cache
def meta(slug: str) -> dict[str, Any]:
    """A corpus document's meta.yaml (read once per run; callers only read it)."""
    data: dict[str, Any] = _load((CORPUS / slug / "meta.yaml").read_text("utf-8"))
    return data


# Every corpus document's draft and truth are kept for the run (1,090 documents on
# 2026-12-03, about 160 MB): the slow tests compare each copy with its original, and each
# test reads the documents in the same order, so a cache smaller than the corpus (1,024
# until then) evicted each document before the next test read it again.
CACHED = 1 << 13


@functools.lru_cache(maxsize=CACHED)
def truth(slug: str) -> dict[str, Any]:
    """A corpus document's truth.yaml (read once per run; callers only read it)."""
    data: dict[str, Any] = _load((CORPUS / slug / "truth.yaml").read_text("utf-8"))
    return data


def extract_draft(slug: str, source: str = "source.txt") -> Draft:
    """Extract's draft of a corpus document, given its date and number as a user would.

    Drafts are cached for the run: the scorer and the tests only read them. (The cache is
    keyed on both arguments however they are passed: ``extract_draft(slug)`` and
    ``draft_of(slug, "source.txt")`` are one draft, extracted once.)
    """
    return _extract_draft(slug, source)


@functools.lru_cache(maxsize=CACHED)
def _extract_draft(slug: str, source: str) -> Draft:
    return _extract(slug, (CORPUS / slug / source).read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=CACHED)
def _prepared_source(slug: str) -> str:
    return prepared((CORPUS / slug / "source.txt").read_text(encoding="utf-8"))


def extract_as_given(slug: str, text: str) -> Draft:
    """Extract's draft of ``text`` given a corpus document's date and number as a user would.

    A document whose copy gives no date or number (an article quoting it) is read without
    ``--issued`` or ``--number``. A copy that extract prepares to the same text as the
    document's ``source.txt`` (:func:`~nq42cli.core.extract.prepared`: only line ends or
    normalisation differ) is the original's draft, read once: extract reads nothing else,
    so the slow copy tests read each document's differing copies only.
    """
    if prepared(text) == _prepared_source(slug):
        return extract_draft(slug)
    return _extract(slug, text)


def _extract(slug: str, text: str) -> Draft:
    m = meta(slug)
    raw = m["date"]
    # A month alone ("2022-11", the day lost to the OCR) is no day a user could give.
    known = raw is None or isinstance(raw, date) or len(str(raw)) < len("2022-11-22")
    issued = raw if known else date.fromisoformat(str(raw))
    if not isinstance(issued, date):
        issued = None
    number = None if m["number"] is None else str(m["number"])
    return extract(text, issued=issued, number=number)


def draft_of(slug: str, source: str = "source.txt") -> dict[str, Any]:
    """The plan data of :func:`extract_draft`."""
    return extract_draft(slug, source).data


# Each duty's text is compared with every truth duty's start, and every copy's with the
# same truth's again: a pure function of its text.
@functools.lru_cache(maxsize=1 << 16)
def _norm(s: str) -> str:
    # A text_start copied from a page's source may keep its tags and entities: compared
    # as the page reads.
    s = html.unescape(_TAG.sub(" ", s))
    s = _MARKUP.sub(" ", s)
    s = _QUOTES.sub("", s)
    # The draft's text has no space before a comma or a stop ("QH13 , được" is printed so).
    s = _SPACE_BEFORE_STOP.sub(r"\1", s)
    return _SPACES.sub(" ", fold(s)).strip(" .,;:")


_TAG = re.compile(r"<[^<>\n]*>")
_MARKUP = re.compile(r"[*#|\\]")
_QUOTES = re.compile(r"[\"“”'‘’]")
_SPACE_BEFORE_STOP = re.compile(r"\s+([.;,])")
_SPACES = re.compile(r"\s+")


def _names(v: Any) -> list[str]:
    if v is None:
        return []
    return [v] if isinstance(v, str) else [str(x) for x in v]


def _our_lead(duty: dict[str, Any], owners: dict[str, dict[str, Any]]) -> set[str]:
    refs = duty.get("owners") or []
    leads = [r for r in refs if r["role"] == "lead"] or [
        r for r in refs if r["role"] == "responsible"
    ]
    return {_norm(r.get("as_written") or owners[r["owner"]]["name"]) for r in leads}


def _deadline(duty: dict[str, Any]) -> date | None:
    """The earliest binding deadline: hard ones first, a stretch aim only alone."""
    hard: list[date] = []
    soft: list[date] = []
    for text in duty.get("windows") or []:
        w = parse_window(text)
        if w.kind is WindowKind.DEADLINE and w.end is not None:
            (soft if Flag.STRETCH in w.flags else hard).append(w.end)
    pool = hard or soft
    return min(pool) if pool else None


def _match(truth_duties: list[dict[str, Any]], ours: list[dict[str, Any]]) -> dict[int, int]:
    """Truth index -> our index: by id, then by the start of the text."""
    taken: set[int] = set()
    out: dict[int, int] = {}
    by_id: dict[str, list[int]] = {}
    for j, d in enumerate(ours):
        by_id.setdefault(d["id"], []).append(j)
        if str(d.get("section", "")).startswith("PL"):
            by_id.setdefault("table:" + d["id"].rsplit(".", 1)[-1], []).append(j)
    texts = [_norm(d["text"]) for d in ours]
    for i, t in enumerate(truth_duties):
        key = str(t["id"])
        if str(t.get("section", "")).startswith("Phụ lục"):
            key = "table:" + key
        start = _norm(str(t["text_start"]))
        for j in by_id.get(key, []):
            if j not in taken and start[:12] in texts[j]:
                out[i] = j
                taken.add(j)
                break
    for i, t in enumerate(truth_duties):
        if i in out:
            continue
        start = _norm(str(t["text_start"]))
        for j, text in enumerate(texts):
            if j not in taken and (text.startswith(start) or start in text[: len(start) + 40]):
                out[i] = j
                taken.add(j)
                break
    return out


def score(
    slug: str,
    data: dict[str, Any] | None = None,
    source: str = "source.txt",
    *,
    strict: bool = False,
) -> Score:
    """Score one document (extracting it from ``source`` unless ``data`` is given).

    A truth note saying "flag, do not fail" makes the scorer accept any reading of that
    duty's lead and deadline (the corpus's rule: a careful reader could differ there);
    ``strict`` ignores those notes and holds every duty to the truth as written.
    """
    data = draft_of(slug, source) if data is None else data
    t = truth(slug)
    ours: list[dict[str, Any]] = data["duties"]
    owners = {o["key"]: o for o in data["owners"]}
    tds: list[dict[str, Any]] = t["duties"]
    result = Score(slug, duties=len(tds))
    matched = _match(tds, ours)
    not_deadlines = [_norm(n["text"]) for n in t.get("not_deadlines") or []]
    for i, td in enumerate(tds):
        flagged = not strict and FLAGGED in " ".join(str(td.get("note") or "").lower().split())
        want = td.get("deadline")
        if want:
            result.dated += 1
        j = matched.get(i)
        if j is None:
            result.misses.append(f"{td['id']}: not found ({td['text_start']!r})")
            continue
        result.found += 1
        ours_d = ours[j]
        lead = {_norm(n) for n in _names(td.get("lead"))}
        got = _our_lead(ours_d, owners)
        if got == lead or flagged:
            result.lead_right += 1
        else:
            result.misses.append(f"{td['id']}: lead {sorted(got)} != {sorted(lead)}")
        deadline = _deadline(ours_d)
        if want:
            if (deadline is not None and deadline.isoformat() == str(want)) or flagged:
                result.dated_right += 1
            else:
                result.misses.append(
                    f"{td['id']}: deadline {deadline} != {want} (timing {ours_d.get('timing')!r})"
                )
        elif deadline is not None and not flagged:
            result.spurious += 1
            result.misses.append(
                f"{td['id']}: SPURIOUS deadline {deadline} (timing {ours_d.get('timing')!r})"
            )
    taken = set(matched.values())
    for j, d in enumerate(ours):
        if j in taken:
            continue
        result.extra += 1
        deadline = _deadline(d)
        if deadline is not None:
            result.spurious += 1
            result.misses.append(
                f"{d['id']}: SPURIOUS deadline {deadline} on a duty the truth does not count "
                f"({d['text'][:60]!r}, timing {d.get('timing')!r})"
            )
        elif d.get("timing_source") == "text" and d.get("timing"):
            pass
    wanted = {j: tds[i].get("deadline") for i, j in matched.items()}
    _from_snippets(result, ours, wanted, not_deadlines)
    return result


def _from_snippets(
    result: Score, ours: list[dict[str, Any]], wanted: dict[int, Any], not_deadlines: list[str]
) -> None:
    """Count a wrong deadline read from a ``not_deadlines`` snippet as spurious.

    Unmatched duties and deadlines where the truth has none are counted by the caller.
    """
    for j, d in enumerate(ours):
        if d.get("timing_source") != "text" or not d.get("timing") or _deadline(d) is None:
            continue
        if j not in wanted or wanted[j] is None or str(wanted[j]) == str(_deadline(d)):
            continue
        said = _norm(str(d["timing"]))
        text = _norm(d["text"])
        if any(said and said in n and _snippet_in(n, said, text) for n in not_deadlines):
            result.spurious += 1
            result.misses.append(f"{d['id']}: SPURIOUS deadline from a not_deadlines snippet")


def _snippet_in(snippet: str, said: str, text: str) -> bool:
    """Whether the words around ``said`` in a not_deadlines snippet are in the duty's text.

    A timing phrase ("năm 2018") also occurs in unrelated snippets (a target's yearly
    levels); it comes from a snippet only when the snippet's words around it are the
    duty's own.
    """
    at = snippet.find(said)
    around = snippet[max(0, at - 25) : at + len(said) + 25].strip()
    return around in text


RECORDED = CORPUS / "SCORES.yaml"


_COUNTS = ("duties", "found", "lead_right", "dated", "dated_right", "spurious", "extra")


def _counts(s: Score) -> str:
    return ", ".join(f"{k}: {getattr(s, k)}" for k in _COUNTS)


def record() -> str:
    """SCORES.yaml: every document's counts, default and strict, as extract reads it now.

    tests/test_extract_corpus.py holds the live scores equal to these, and the tables in
    README.md and docs/extract-corpus.md are printed from them (no document is extracted
    for the docs).
    """
    out = [
        "# Scores of nq42 extract on the corpus (python -m tests.extract_score --record),",
        "# by the default scoring and, under 'strict', held to the truth as written.",
        "# tests/test_extract_corpus.py fails when a live score differs from these: lower is",
        "# a regression, higher asks for a new record. Documents in SPLIT.yaml's 'unseen'",
        "# were scored before any rule was written on them.",
    ]
    for slug in ALL:
        strict = _counts(score(slug, strict=True))
        out.append(f"{slug}: {{{_counts(score(slug))}, strict: {{{strict}}}}}")
    return "\n".join(out) + "\n"


def recorded(slug: str, *, strict: bool = False) -> Score:
    """The score SCORES.yaml records for ``slug`` (see :func:`record`)."""
    counts = _recorded()[slug]
    counts = counts["strict"] if strict else counts
    return Score(slug, **{k: counts[k] for k in _COUNTS})


@functools.cache
def _recorded() -> dict[str, Any]:
    got: dict[str, Any] = _load(RECORDED.read_text(encoding="utf-8"))
    return got


ROW = "| {slug} | {set} | {duties} | {found} | {lead} | {dated} | {dr} | {sp} | {extra} |"


def table(
    slugs: list[str], source: str = "source.txt", *, strict: bool = False, saved: bool = False
) -> str:
    """The score table for ``slugs`` (``saved``: as SCORES.yaml records them).

    docs/extract-corpus.md prints it for every document.
    """
    lines = [
        "| document | set | duties | found | lead right | dated | deadline right | spurious "
        "| extra |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for slug in slugs:
        s = recorded(slug, strict=strict) if saved else score(slug, source=source, strict=strict)
        r = s.ratios()
        lines.append(
            ROW.format(
                slug=slug,
                set=set_of(slug),
                duties=s.duties,
                found=f"{s.found} ({r['found']:.0%})",
                lead=f"{s.lead_right} ({r['lead']:.0%})",
                dated=s.dated,
                dr=f"{s.dated_right} ({r['dated']:.0%})" if s.dated else "—",
                sp=s.spurious,
                extra=s.extra,
            )
        )
    return "\n".join(lines)


def totals(*, saved: bool = False) -> str:
    """Each set's totals, by the default scoring and held to the truth as written
    (``saved``: as SCORES.yaml records them)."""
    lines = [
        "| set | scoring | documents | duties | found | lead right | dated | deadline right "
        "| spurious |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, label in (
        ("dev", "dev"),
        ("was_unseen", "of which unseen before"),
        ("unseen", "unseen"),
    ):
        slugs = list(SPLIT.get(name) or [])
        if not slugs:
            continue
        for strict in (False, True):
            scored = recorded if saved else score
            got = [scored(slug, strict=strict) for slug in slugs]
            duties = sum(s.duties for s in got)
            found = sum(s.found for s in got)
            lead = sum(s.lead_right for s in got)
            dated = sum(s.dated for s in got)
            right = sum(s.dated_right for s in got)
            lines.append(
                f"| {label} | {'strict' if strict else 'default'} | {len(slugs)} | {duties} "
                f"| {found} ({found / duties:.0%}) | {lead} ({lead / duties:.0%}) | {dated} "
                f"| {right} ({right / dated if dated else 1:.0%}) "
                f"| {sum(s.spurious for s in got)} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the score table (dev documents; ``--all`` adds the unseen ones)."""
    p = argparse.ArgumentParser(prog="python -m tests.extract_score")
    p.add_argument("--all", action="store_true", help="score the unseen documents too")
    p.add_argument("--details", metavar="SLUG", help="list every point lost on one document")
    p.add_argument("--source", default="source.txt", help="source.txt or source.plain.txt")
    p.add_argument(
        "--strict",
        action="store_true",
        help="ignore 'flag, do not fail' notes: the truth as written",
    )
    p.add_argument(
        "--record", action="store_true", help="write SCORES.yaml (the floor the test keeps)"
    )
    p.add_argument("--totals", action="store_true", help="each set's totals, default and strict")
    args = p.parse_args(argv)
    if args.totals:
        print(totals())
        return 0
    if args.record:
        RECORDED.write_text(record(), encoding="utf-8")
        return 0
    if args.details:
        s = score(args.details, source=args.source, strict=args.strict)
        print(
            f"{s.slug}: {s.found}/{s.duties} found, {s.lead_right} leads right, "
            f"{s.dated_right}/{s.dated} deadlines right, {s.spurious} spurious, {s.extra} extra"
        )
        print("\n".join(s.misses))
        return 0
    slugs = ALL if args.all else list(SPLIT["dev"])
    print(table(slugs, args.source, strict=args.strict))
    return 0


if __name__ == "__main__":
    sys.exit(main())
