"""Every real phrase of tests/time_corpus.yaml reads as its recorded reading."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nq42cli.core.grammar import read_phrase
from nq42cli.core.windows import parse_phrase, render_window
from tests.conftest import read_yaml, run

CORPUS: list[dict[str, Any]] = read_yaml(Path(__file__).parent / "time_corpus.yaml")


def _reading(text: str, issued: str | None) -> list[dict[str, Any]]:
    day = date.fromisoformat(issued) if issued else None
    return [
        {
            "kind": r.window.kind.value,
            "start": r.window.start.isoformat() if r.window.start else None,
            "end": r.window.end.isoformat() if r.window.end else None,
            "every": r.window.every.value if r.window.every else None,
            "flags": r.flags,
        }
        for r in read_phrase(text, day)
    ]


def test_corpus_is_large_and_sourced() -> None:
    """The corpus holds at least 80 phrases, each naming where it came from."""
    assert len(CORPUS) >= 80
    assert all(e["source"].strip() for e in CORPUS)
    assert len({e["text"] for e in CORPUS}) == len(CORPUS)


@pytest.mark.parametrize("entry", CORPUS, ids=[e["text"][:40] for e in CORPUS])
def test_corpus_phrase_reads_as_recorded(entry: dict[str, Any]) -> None:
    """The phrase gives exactly the recorded windows, flags included."""
    assert _reading(entry["text"], entry.get("issued")) == entry["windows"]


@pytest.mark.parametrize("entry", CORPUS, ids=[e["text"][:40] for e in CORPUS])
def test_corpus_reading_renders_back(entry: dict[str, Any]) -> None:
    """Each window's plan notation reads back as the same window (what extract writes)."""
    issued = entry.get("issued")
    for w in parse_phrase(entry["text"], date.fromisoformat(issued) if issued else None):
        assert parse_phrase(render_window(w)) == [w]


def test_when_json_matches_corpus_for_a_recurring_phrase() -> None:
    """`nq42 when -f json` gives the corpus reading for 'định kỳ 6 tháng, hằng năm'."""
    entry = next(e for e in CORPUS if e["text"] == "định kỳ 6 tháng, hằng năm")
    out = json.loads(run("when", entry["text"], "-f", "json").stdout)
    assert out["text"] == entry["text"]
    got = [{k: w[k] for k in ("kind", "start", "end", "every", "flags")} for w in out["windows"]]
    assert got == entry["windows"]
