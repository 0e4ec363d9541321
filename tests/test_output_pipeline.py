"""One output pipeline: every (result kind, format) pair renders something its reader parses.

The pairs are the registry itself (``nq42cli.render.REGISTRY``), so a format added to it
is walked here with no further test to write; each result is a small real one built
through the public API (``tests/results_kit.py``).
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from typing import Any

import docx
import icalendar
import openpyxl
import pytest
import yaml

from nq42cli.core import results as results_module
from nq42cli.core.errors import UsageError
from nq42cli.core.loader import load_plan_text
from nq42cli.core.report import PeriodicReport
from nq42cli.render import BINARY, REGISTRY, Format, formats, render
from nq42cli.render.report import Report


@pytest.fixture(scope="module")
def built(kit_results: dict[str, Any]) -> dict[str, Any]:
    """The results of every kind, built once for the run (tests/conftest.py)."""
    return kit_results


class _StrictHTML(HTMLParser):
    """Fails on a closing tag that does not close the innermost open element."""

    VOID = frozenset({"meta", "br", "img", "link", "hr", "input", "col"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, tag
        assert self.stack[-1] == tag, (tag, self.stack)
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _md_tables(text: str) -> list[list[str]]:
    tables: list[list[str]] = []
    current: list[str] = []
    for line in [*text.splitlines(), ""]:
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    return tables


PROBLEM_LINE = {
    Format.TEXT: re.compile(r"^\S+: .+$"),
    Format.PARSABLE: re.compile(r"^\S+: \[(error|warning)\] .+ \([a-z_.]+\)$"),
    Format.GITHUB: re.compile(r"^::(error|warning) file=[^:]+::.+$"),
}


def _check(kind: str, fmt: Format, out: str | bytes) -> None:  # noqa: PLR0915 - one per format
    if fmt in BINARY:
        assert isinstance(out, bytes)
    else:
        assert isinstance(out, str)
        assert out.endswith("\n")
    if fmt is Format.JSON:
        assert isinstance(out, str)
        assert json.loads(out)
    elif fmt is Format.CSV:
        assert isinstance(out, str)
        rows = list(csv.reader(io.StringIO(out)))
        assert len(rows) >= 2
        assert {len(r) for r in rows} == {len(rows[0])}
    elif fmt is Format.MD:
        assert isinstance(out, str)
        tables = _md_tables(out)
        assert tables
        for table in tables:
            widths = {len(re.findall(r"(?<!\\)\|", line)) for line in table}
            assert len(widths) == 1, table
            assert set(table[1].replace("|", "")) == {"-"}
    elif fmt is Format.HTML:
        assert isinstance(out, str)
        parser = _StrictHTML()
        parser.feed(out)
        parser.close()
        assert parser.stack == []
        assert "".join(parser.text).strip()
    elif fmt is Format.XLSX:
        assert isinstance(out, bytes)
        book = openpyxl.load_workbook(io.BytesIO(out))
        # The table and the summary; a status table with group owners adds their members,
        # a periodic report its two appendices.
        assert len(book.worksheets) in ((3,) if kind == "periodic" else (2, 3))
        assert all(ws.max_row >= 2 for ws in book.worksheets)
    elif fmt is Format.DOCX:
        assert isinstance(out, bytes)
        document = docx.Document(io.BytesIO(out))
        assert document.tables
        assert all(len(t.rows) >= 2 for t in document.tables)
    elif fmt is Format.ICS:
        assert isinstance(out, bytes)
        cal = icalendar.Calendar.from_ical(out)
        assert cal.walk("VEVENT")
    elif fmt is Format.YAML:
        assert isinstance(out, str)
        assert isinstance(yaml.safe_load(out), dict)
        load_plan_text(out, "<draft>")
    elif fmt is Format.TABLE:
        assert isinstance(out, str)
        assert "\x1b[" not in out
        assert out.strip()
    elif kind == "coverage":
        assert isinstance(out, str)
        prefix = out.split(":", 1)[0]
        assert all(line.startswith(f"{prefix}: ") for line in out.splitlines()), out
    elif kind == "recorded":
        assert isinstance(out, str)
        assert re.fullmatch(r"recorded: \S+ \w+ on \d{4}-\d\d-\d\d → .+\n", out)
    else:
        assert isinstance(out, str)
        lines = out.splitlines()
        assert lines
        assert all(PROBLEM_LINE[fmt].match(line) for line in lines), lines


@pytest.mark.parametrize(("kind", "fmt"), sorted(REGISTRY), ids=str)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_pair_renders_what_its_reader_parses(
    built: dict[str, Any], kind: str, fmt: Format, lang: str
) -> None:
    """Every registered (kind, format) pair, in both languages, parses with a real reader."""
    _check(kind, fmt, render(built[kind], fmt, lang))


def test_every_result_kind_has_a_format(built: dict[str, Any]) -> None:
    """Each result type of the core (and Report, PeriodicReport) is registered and built."""
    # Every name the module exports: the rarer results are made on first use.
    declared = [getattr(getattr(results_module, n), "KIND", None) for n in results_module.__all__]
    kinds = {k for k in declared if isinstance(k, str)} | {Report.KIND, PeriodicReport.KIND}
    assert kinds == {k for k, _ in REGISTRY}
    assert set(built) == kinds
    assert all(k == type(built[k]).KIND for k in kinds)


def test_an_unregistered_pair_is_a_usage_error(built: dict[str, Any]) -> None:
    """Asking for a format a result does not have names the formats it has."""
    with pytest.raises(UsageError, match="choose from table, json"):
        render(built["detail"], "csv")
    with pytest.raises(UsageError, match="no language 'fr'"):
        render(built["detail"], "json", "fr")
    assert formats("when") == (Format.TABLE, Format.JSON)
    assert formats("spans") == (Format.TABLE, Format.JSON)
    assert formats("coverage") == (Format.TEXT, Format.JSON)


@pytest.mark.process
def test_machine_formats_never_import_rich() -> None:
    """Renderer modules are imported by name, per format: only terminal tables load Rich."""
    modules = sorted(
        {target.partition(":")[0] for (_, fmt), target in REGISTRY.items() if fmt != Format.TABLE}
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout == "[]\n", out.stdout
    assert {"nq42cli.render.json_", "nq42cli.render.when"} <= set(modules)
