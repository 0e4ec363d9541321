"""Long listings are drawn by the lean renderer: every row, every word, in straight columns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from nq42cli.render import lean
from tests.conftest import run

_words = st.lists(st.text(alphabet="abcđệ ữ-/", min_size=1, max_size=30), min_size=1, max_size=12)


@given(_words, st.integers(min_value=1, max_value=40))
def test_wrapping_keeps_every_character_and_the_width(words: list[str], width: int) -> None:
    """Lines never pass the column; words fold only when wider than it; nothing is lost."""
    text = " ".join(words)
    lines = lean._wrap(text, width, wrap=True)
    assert all(cell_len(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def _plan_with(tmp_path: Path, duties: int) -> Path:
    """A valid plan of ``duties`` duties, made by the benchmarks' generator."""
    import importlib.util

    where = Path(__file__).resolve().parent.parent / "benchmarks" / "generate.py"
    spec = importlib.util.spec_from_file_location("generate", where)
    assert spec is not None
    assert spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    path = tmp_path / "plan.yaml"
    path.write_text(generate.plan_text(duties), encoding="utf-8")
    return path


def test_a_long_listing_is_drawn_whole_in_straight_columns(tmp_path: Path) -> None:
    """More rows than LEAN_ROWS: one block per duty, every line of the box equally wide."""
    plan = _plan_with(tmp_path, lean.LEAN_ROWS + 50)
    ids = [r["id"] for r in json.loads(run("list", "--plan", str(plan), "-f", "json").stdout)]
    out = run("list", "--plan", str(plan), env={"COLUMNS": "100"}).stdout
    box = [line for line in out.splitlines() if line[:1] in "┏┃┡│├└"]
    assert {cell_len(line) for line in box} == {100}
    firsts = [line.split("│")[1].strip() for line in box if line.startswith("│")]
    assert [i for i in firsts if i] == ids
    assert out.splitlines()[-1] == f"{len(ids)} nhiệm vụ"


def test_a_long_status_table_is_drawn_with_its_summary(tmp_path: Path) -> None:
    """The status table past LEAN_ROWS keeps its columns and the summary panel."""
    plan = _plan_with(tmp_path, lean.LEAN_ROWS + 10)
    asked = ("status", "--plan", str(plan), "--as-of", "2024-06-01", "--lang", "en")
    out = run(*asked, env={"COLUMNS": "120"}).stdout
    lines = out.splitlines()
    table = lines[: next(i for i, line in enumerate(lines) if line.startswith("└")) + 1]
    assert {cell_len(line) for line in table[1:]} == {120}
    assert "Summary" in out
    assert f"{lean.LEAN_ROWS + 10} duties" in out


def test_a_long_table_stops_at_max_rows_and_says_how_many_more(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lean drawing keeps the terminal cap: MAX_ROWS rows, then the line, then every count."""
    from nq42cli.render import table

    monkeypatch.setattr(table, "MAX_ROWS", lean.LEAN_ROWS + 20)
    plan = _plan_with(tmp_path, lean.LEAN_ROWS + 50)
    ids = [r["id"] for r in json.loads(run("list", "--plan", str(plan), "-f", "json").stdout)]
    out = run("list", "--plan", str(plan), "--lang", "en", env={"COLUMNS": "100"}).stdout
    firsts = [line.split("│")[1].strip() for line in out.splitlines() if line.startswith("│")]
    assert [i for i in firsts if i] == ids[: lean.LEAN_ROWS + 20]
    more = "… and 30 more rows not shown in the table; see them all with --format csv, json or md"
    assert out.splitlines()[-2:] == [more, f"{len(ids)} duties"]
    asked = ("status", "--plan", str(plan), "--as-of", "2024-06-01", "--lang", "en")
    lines = run(*asked, env={"COLUMNS": "120"}).stdout.splitlines()
    end = next(i for i, line in enumerate(lines) if line.startswith("└"))
    assert lines[end + 1] == more
    assert sum(1 for line in lines[:end] if line.startswith("├")) == lean.LEAN_ROWS + 19
