"""nq42 export: each format read back by a real reader; no formulas, no markup, no clobbering."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import run
from tests.progress_helpers import copy_workspace, workspace

FORMULA = '=HYPERLINK("http://evil.example","bấm")'
MARKUP = "<script>alert('x')</script> & <b>đậm</b>"


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real plan, its progress, and two records with hostile evidence (recorded by
    the CLI once for the module; each test gets a copy of its own)."""
    root = tmp_path_factory.mktemp("exports-plan")
    p = str(workspace(root))
    run("record", "IV.6.a", "--done", "--on", "2024-03-25", "--evidence", FORMULA, "--plan", p)
    run("record", "IV.4.b", "--done", "--on", "2024-04-02", "--evidence", MARKUP, "--plan", p)
    return root


@pytest.fixture
def plan(recorded: Path, tmp_path: Path) -> str:
    """A copy of its own of the real plan with the two records (``recorded``)."""
    return str(copy_workspace(recorded, tmp_path))


def export(plan: str, *args: str, code: int = 0) -> str:
    out = run("export", *args, "--plan", plan, "--as-of", "2024-06-01", code=code)
    return out.stdout + out.stderr


def test_csv_file_has_a_bom_and_neutralised_formulas(plan: str, tmp_path: Path) -> None:
    """Excel-ready CSV: UTF-8 BOM, Vietnamese intact, formula cells start with an apostrophe."""
    target = tmp_path / "status.csv"
    assert "wrote" in export(plan, "status", "-f", "csv", "-o", str(target))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    # Column names are English for scripts; the words in the cells follow --lang.
    assert rows[0][:4] == ["id", "section", "group", "owners"]
    assert len(rows) == 27
    by_id = {r[0]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    assert by_id["IV.2.a"]["status"] == "done_late"
    assert by_id["IV.2.a"]["label"] == "hoàn thành quá hạn"
    assert by_id["IV.2.a"]["deadline"] == "2024-03-31"
    assert by_id["IV.2.a"]["days_late"] == "39"
    assert by_id["IV.6.a"]["evidence"] == "'" + FORMULA
    assert by_id["IV.6.a"]["label"] == "hoàn thành đúng hạn"


def test_csv_to_stdout_has_no_bom(plan: str) -> None:
    """-o - (and no -o) writes to stdout, without the BOM."""
    out = run("export", "status", "-f", "csv", "-o", "-", "--plan", plan, "--as-of", "2024-06-01")
    assert out.stdout.startswith("id,")
    assert len(list(csv.reader(io.StringIO(out.stdout)))) == 27


def test_xlsx_is_a_real_workbook(plan: str, tmp_path: Path) -> None:
    """Bold frozen header, autofilter, fitted widths, date cells, text never a formula."""
    target = tmp_path / "status.xlsx"
    export(plan, "status", "-f", "xlsx", "-o", str(target), "--lang", "en")
    wb = openpyxl.load_workbook(target)
    # The table, the summary, and the members of the group owners (IV.6.a, IV.6.b).
    assert wb.sheetnames == ["Duties", "Summary", "Members"]
    ws = wb["Duties"]
    header = [c.value for c in ws[1]]
    assert header[:7] == [
        "ID",
        "Section",
        "Owners",
        "Duty",
        "Timing (as written)",
        "Deadline",
        "Status",
    ]
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:M27"
    assert ws.max_row == 27
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    deadline = rows["IV.2.a"][5]
    assert isinstance(deadline, openpyxl.cell.cell.Cell)
    assert deadline.is_date
    assert deadline.value == datetime(2024, 3, 31)
    assert rows["IV.2.a"][8].value == datetime(2024, 5, 9)
    assert rows["IV.2.a"][7].value == 39
    assert rows["IV.2.a"][6].value == "done late"
    evidence = rows["IV.6.a"][10]
    assert evidence.value == FORMULA
    assert evidence.data_type == "s"
    assert evidence.quotePrefix
    widths = {k: v.width for k, v in ws.column_dimensions.items()}
    assert widths["A"] == len("IV.2.a") + 2
    # The long text columns share the print width (tests/test_xlsx_print.py).
    assert widths["D"] == max(widths.values())
    # What was reported: the day of the last report and the current result.
    assert header[11:] == ["Last report", "Current result"]
    assert rows["IV.2.a"][11].value == datetime(2024, 5, 9)
    assert rows["V.2"][12].value == "nothing reported"
    summary = wb["Summary"]
    assert [c.value for c in summary[2]][:3] == ["All duties", 26, "2/8"]
    assert summary.freeze_panes == "A2"
    # The whole-duty record of 25/03/2024 answers for every member, on time.
    members = {r[0]: r for r in wb["Members"].iter_rows(min_row=2, values_only=True)}
    assert members["IV.6.a"][:6] == ("IV.6.a", "provincial party committees", 63, 63, 63, 0)


def _html(text: str) -> tuple[list[str], list[list[str]], dict[str, str]]:
    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[str] = []
            self.rows: list[list[str]] = []
            self.cell: list[str] | None = None
            self.attrs: dict[str, str] = {}

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.tags.append(tag)
            if tag == "html":
                self.attrs = {k: v or "" for k, v in attrs}
            if tag == "tr":
                self.rows.append([])
            if tag in ("td", "th"):
                self.cell = []

        def handle_endtag(self, tag: str) -> None:
            if tag in ("td", "th") and self.cell is not None:
                self.rows[-1].append("".join(self.cell))
                self.cell = None

        def handle_data(self, data: str) -> None:
            if self.cell is not None:
                self.cell.append(data)

    reader = Reader()
    reader.feed(text)
    reader.close()
    return reader.tags, reader.rows, reader.attrs


def test_html_is_self_contained_escaped_and_printable(plan: str, tmp_path: Path) -> None:
    """One file, no scripts or links, the hostile evidence shown as text, a print style."""
    target = tmp_path / "status.html"
    export(plan, "status", "-f", "html", "-o", str(target))
    text = target.read_text(encoding="utf-8")
    tags, rows, attrs = _html(text)
    assert attrs == {"lang": "vi"}
    assert "script" not in tags
    assert "b" not in tags
    assert "link" not in tags
    assert "img" not in tags
    assert "@media print" in text
    assert "thead { display: table-header-group; }" in text
    by_id = {r[0]: r for r in rows if r}
    assert by_id["IV.4.b"][-1] == MARKUP
    assert by_id["IV.2.a"][6] == "hoàn thành quá hạn"
    assert rows[0][0] == "Mã"
    assert by_id["Tất cả nhiệm vụ"][:3] == ["Tất cả nhiệm vụ", "26", "2/8"]


def test_markdown_export(plan: str) -> None:
    """A heading, the as-of line, a pipe table, and the summary table."""
    out = export(plan, "status", "-f", "md", "--section", "IV.4", "--lang", "en")
    lines = out.splitlines()
    assert lines[:3] == ["# Progress of Kế hoạch 19-KH/TW", "", "As of 2024-06-01."]
    assert any(
        line.startswith("| IV.4.b | IV.4 | Ban Kinh tế Trung ương (lead);") for line in lines
    )
    [row] = [line for line in lines if line.startswith("| IV.4.b ")]
    assert row.endswith(r" | \<script\>alert('x')\</script\> & \<b\>đậm\</b\> |")
    assert "## Summary" in lines


def test_json_export_matches_status_json(plan: str) -> None:
    """export status -f json is the status command's JSON."""
    exported = json.loads(export(plan, "status", "-f", "json"))
    shown = run("status", "-f", "json", "--plan", plan, "--as-of", "2024-06-01").stdout
    assert exported == json.loads(shown)


def test_refuses_to_overwrite_without_force(plan: str, tmp_path: Path) -> None:
    """An existing file is kept unless --force; the replacement is atomic (no temp left)."""
    target = tmp_path / "out.csv"
    target.write_text("keep me")
    out = export(plan, "status", "-o", str(target), code=2)
    assert "exists; add --force to replace it" in out
    assert target.read_text() == "keep me"
    export(plan, "status", "-o", str(target), "--force")
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_output_errors(plan: str, tmp_path: Path) -> None:
    """xlsx needs a file; a missing folder or a folder as target are clear errors."""
    assert "xlsx is binary" in export(plan, "status", "-f", "xlsx", code=2)
    missing = str(tmp_path / "no" / "x.csv")
    assert "does not exist" in export(plan, "status", "-o", missing, code=2)
    assert "is a folder" in export(plan, "status", "-o", str(tmp_path), code=2)


def test_due_overdue_ongoing_exports(plan: str, tmp_path: Path) -> None:
    """The query exports take the period options and recorded completions."""
    target = tmp_path / "due.xlsx"
    export(plan, "due", "--quarter", "2024Q1", "-f", "xlsx", "-o", str(target))
    ws = openpyxl.load_workbook(target).worksheets[0]
    header = [c.value for c in ws[1]]
    got = {
        r[0]: dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)
    }
    assert list(got) == ["IV.2.a", "IV.4.b", "IV.6.a"]
    assert got["IV.2.a"]["Ngày hoàn thành"] == datetime(2024, 5, 9)
    assert got["IV.2.a"]["Số ngày quá hạn"] == 39
    assert got["IV.6.a"]["Số ngày quá hạn"] == 0
    overdue = export(plan, "overdue", "-f", "csv")
    ids = [r[0] for r in csv.reader(io.StringIO(overdue))][1:]
    # II.1, the national conference, was held on 04/12/2023 (a shipped, sourced record).
    assert ids == ["II.2", "II.3"]
    ongoing = json.loads(export(plan, "ongoing", "-f", "json"))
    assert "V.1" in [r["id"] for r in ongoing]
    html = export(plan, "due", "--from", "2024-01-01", "--to", "2024-06-30", "-f", "html")
    assert "<h1>Đến hạn trong 2024-01-01..2024-06-30</h1>" in html
    html_en = export(
        plan, "due", "--from", "2024-01-01", "--to", "2024-06-30", "-f", "html", "--lang", "en"
    )
    assert "<h1>Due in 2024-01-01..2024-06-30</h1>" in html_en
    assert "give exactly one of" in export(plan, "due", "-f", "csv", code=2)
