"""nq42 report: the periodic report through the core API and the CLI, in every format.

The plan is the bundled one, its progress in a copy (tests/progress_helpers.workspace),
and every answer is pinned with --as-of (or the period's end), so nothing depends on
today.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import docx
import openpyxl
import pytest

from nq42cli import api
from nq42cli.core.report import half_year, parse_report_period, period_kind
from nq42cli.core.windows import Period, TimeParseError
from nq42cli.render import report_json, report_words
from nq42cli.render.report_words import percent
from tests.conftest import run
from tests.progress_helpers import copy_workspace, workspace

FORMULA = '=HYPERLINK("http://evil.example","bấm")'
MARKUP = "<script>alert('x')</script> & <b>đậm</b>"


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real plan with three records: done on time, done late with markup, adjusted
    (recorded by the CLI once for the module; each test gets a copy of its own)."""
    root = tmp_path_factory.mktemp("report-plan")
    p = str(workspace(root))
    run("record", "IV.6.a", "--done", "--on", "2024-03-25", "--evidence", FORMULA, "--plan", p)
    run("record", "IV.4.b", "--done", "--on", "2024-04-02", "--evidence", MARKUP, "--plan", p)
    run(
        "record", "IV.3.a", "--deadline", "quý IV/2025", "--on", "2024-06-01",
        "--evidence", "Công văn thử nghiệm số 1", "--plan", p,
    )  # fmt: skip
    return root


@pytest.fixture
def plan(recorded: Path, tmp_path: Path) -> str:
    """A copy of its own of the real plan with the three records (``recorded``)."""
    return str(copy_workspace(recorded, tmp_path))


# --------------------------------------------------------------------------- periods


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2025H1", date(2025, 1, 1), date(2025, 6, 30)),
        ("H2/2025", date(2025, 7, 1), date(2025, 12, 31)),
        ("6 tháng đầu năm 2025", date(2025, 1, 1), date(2025, 6, 30)),
        ("6 tháng cuối năm 2025", date(2025, 7, 1), date(2025, 12, 31)),
        ("năm 2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("quý I/2025", date(2025, 1, 1), date(2025, 3, 31)),
        ("2025-03", date(2025, 3, 1), date(2025, 3, 31)),
    ],
)
def test_report_periods_read_every_way(text: str, start: date, end: date) -> None:
    """Half-years, years, quarters and months, compact and Vietnamese."""
    p = parse_report_period(text)
    assert (p.start, p.end) == (start, end)


def test_a_period_that_is_no_report_period_is_refused() -> None:
    """'2025H3' and 'đầu tháng 3/2025' are not periods a report covers."""
    for text in ("2025H3", "đầu tháng 3/2025"):
        with pytest.raises(TimeParseError):
            parse_report_period(text)
    assert period_kind(half_year(2025, 2)) == "half"
    assert period_kind(Period(date(2025, 1, 5), date(2025, 2, 1))) == "range"


def test_percentages_are_written_the_vietnamese_way() -> None:
    """62,5% in Vietnamese, 62.5% in English, no decimals when whole, a dash for 0/0."""
    assert percent(5, 8, "vi") == "62,5%"
    assert percent(5, 8, "en") == "62.5%"
    assert percent(1, 3, "vi") == "33,3%"
    assert percent(2, 2, "vi") == "100%"
    assert percent(0, 0, "vi") == "—"


# --------------------------------------------------------------------------- the model


def test_appendices_and_figures_of_the_real_plan(plan: str) -> None:
    """2024H1: the dated duties by section and item; the figures count them exactly."""
    r = api.report(parse_report_period("2024H1"), plan=plan, since=date(2024, 3, 31))
    assert r.as_of == date(2024, 6, 30)
    ids1 = [ln.row.duty.id for ln in r.appendix1.lines]
    # IV.3.a was due 30/06/2024 until its deadline moved to Q4/2025 on 01/06/2024.
    assert ids1 == ["II.1", "II.2", "II.3", "IV.2.a", "IV.4.b", "IV.6.a"]
    assert [b.id for b in r.appendix1.blocks] == ["II", "IV"]
    assert [i.id for i in r.appendix1.blocks[1].items] == ["IV.2", "IV.4", "IV.6"]
    assert [ln.stt for ln in r.appendix1.lines] == [1, 2, 3, 4, 5, 6]
    assert r.appendix2.lines[0].stt == 1
    f = r.figures
    # In the half-year: IV.2.a, IV.4.b and IV.6.a fell due (31/03/2024).
    assert (f.in_period.total, f.in_period.on_time, f.in_period.late) == (3, 1, 2)
    assert f.in_period.overdue == 0
    # To date also II.1, done on time (04/12/2023, recorded in the shipped progress).
    assert (f.to_date.total, f.to_date.done, f.to_date.overdue) == (6, 4, 2)
    assert f.changes is not None
    assert [x.duty.id for x in f.changes.newly_done] == ["IV.2.a", "IV.4.b"]
    assert [x.duty.id for x in f.changes.adjusted] == ["IV.3.a"]
    assert [x.duty.id for x in f.changes.newly_overdue] == []
    assert {ln.row.duty.id for ln in f.not_reported} >= {"II.3", "IV.4.a"}
    assert not {"II.1", "II.2", "IV.2.a", "IV.6.a"} & {ln.row.duty.id for ln in f.not_reported}
    assert f.behind[0].counts.overdue == 1
    assert all(o.counts.overdue for o in f.behind)


def test_the_index_and_the_plan_give_the_same_report(plan: str) -> None:
    """The report is built from the same rows whether the index serves or not."""
    period = parse_report_period("năm 2024")
    a = api.report(period, plan=plan, since=date(2024, 1, 1), use_index=True)
    b = api.report(period, plan=plan, since=date(2024, 1, 1), use_index=False)
    assert api.export(a, "json") == api.export(b, "json")


# --------------------------------------------------------------------------- the CLI


def test_json_through_the_cli(plan: str) -> None:
    """JSON: figures with their denominators, lines with result, notes and the original."""
    out = run("report", "--period", "2024H1", "--since", "2024-03-31", "-f", "json",
              "--plan", plan)  # fmt: skip
    doc = json.loads(out.stdout)
    assert doc["period"] == {
        "label": "2024H1",
        "kind": "half",
        "start": "2024-01-01",
        "end": "2024-06-30",
        "words": "6 tháng đầu năm 2024",
    }
    assert doc["figures"]["in_period"]["percent_done"] == 100.0
    assert doc["figures"]["sentences"][0] == (
        "Trong 6 tháng đầu năm 2024: 3/3 nhiệm vụ đến hạn đã hoàn thành, 100% "
        "(1 đúng hạn, 2 quá hạn); 0 nhiệm vụ quá hạn chưa hoàn thành; 0 nhiệm vụ còn trong hạn."
    )
    duties = {
        d["id"]: d for s in doc["appendix1"]["sections"] for i in s["items"] for d in i["duties"]
    }
    assert duties["IV.2.a"]["result"].startswith("Nghị quyết số 68/NQ-CP")
    assert duties["IV.2.a"]["notes"] == ["Hoàn thành chậm 39 ngày"]
    assert duties["II.3"]["reported"] is False
    assert duties["II.3"]["last_report"] is None
    assert "Chưa có báo cáo" in duties["II.3"]["notes"]
    # What was reported, when, the result: the status row's own (the rule book's).
    status = json.loads(
        run("status", "--as-of", "2024-06-30", "-f", "json", "--plan", plan).stdout
    )["duties"]
    for row in status:
        if row["id"] in duties:
            mine = duties[row["id"]]
            assert (mine["reported"], mine["last_report"], mine["result"]) == (
                row["reported"],
                row["last_report"],
                row["result"],
            )
    later = json.loads(run("report", "--year", "2025", "-f", "json", "--plan", plan).stdout)
    moved = {
        d["id"]: d for s in later["appendix1"]["sections"] for i in s["items"] for d in i["duties"]
    }["IV.3.a"]
    assert (moved["deadline"], moved["original_deadline"]) == ("2025-12-31", "2024-06-30")
    assert moved["adjusted"]["evidence"] == "Công văn thử nghiệm số 1"


def test_table_and_markdown_say_the_same(plan: str) -> None:
    """The terminal and Markdown carry the title block, the figures and both appendices."""
    table = run("report", "--period", "2024H1", "--plan", plan).stdout
    md = run("report", "--period", "2024H1", "-f", "md", "--plan", plan).stdout
    for text in (table, md):
        assert "BÁO CÁO" in text
        assert "PHỤ LỤC 1" in text
        assert "PHỤ LỤC 2" in text
        assert "3/3 nhiệm vụ đến hạn đã hoàn thành, 100%" in " ".join(text.split())
    assert r"\<script\>" in md
    en = run("report", "--period", "2024H1", "--plan", plan, "--lang", "en").stdout
    assert "APPENDIX 1" in en
    assert "PHỤ LỤC" not in en


def test_xlsx_prints_and_never_runs_a_formula(plan: str, tmp_path: Path) -> None:
    """A4 landscape, fit to width, header repeated, row heights, sections; text stays text."""
    target = tmp_path / "r.xlsx"
    out = run("report", "--period", "2024H1", "-f", "xlsx", "-o", str(target), "--plan", plan,
              "--issuer", "=1+1")  # fmt: skip
    assert "wrote" in out.stderr
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Tổng hợp", "Phụ lục 1", "Phụ lục 2"]
    ws = wb["Phụ lục 1"]
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize or 0) == 9  # A4
    assert ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr is not None
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    header = int(str(ws.print_title_rows).split(":")[0].lstrip("$"))
    assert [c.value for c in ws[header]][:2] == ["STT", "Nhiệm vụ"]
    assert ws.cell(row=1, column=1).value == "=1+1"
    assert ws.cell(row=1, column=1).data_type == "s"
    assert ws.cell(row=1, column=1).quotePrefix
    cells = {str(c.value): c for row in ws.iter_rows() for c in row if c.value}
    formula = next(c for v, c in cells.items() if v.endswith(FORMULA))
    assert formula.data_type == "s"
    assert formula.alignment.wrap_text
    assert ws.row_dimensions[formula.row].height >= 30
    assert "II" in cells
    assert "IV.2" in cells
    with zipfile.ZipFile(target) as z:
        sheets = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/work"))
    assert "<f>" not in sheets


def test_docx_is_a_landscape_document_with_a_repeated_header(plan: str, tmp_path: Path) -> None:
    """A4 landscape, the header row marked to repeat and kept whole, text as text."""
    target = tmp_path / "r.docx"
    run("report", "--period", "2024H1", "-f", "docx", "-o", str(target), "--plan", plan)
    document = docx.Document(str(target))
    section = document.sections[0]
    assert section.page_width is not None
    assert section.page_height is not None
    assert section.page_width > section.page_height
    assert round(section.page_width.mm) == 297
    first, second = document.tables
    assert first.rows[0].cells[0].text == "STT"
    xml = first._tbl.xml
    assert "<w:tblHeader/>" in xml
    header = first.rows[0]._tr.xml
    assert "<w:tblHeader/>" in header
    assert "<w:cantSplit/>" in header
    texts = [c.text for row in first.rows for c in row.cells]
    assert any(t.endswith(FORMULA) for t in texts)
    assert "II" in texts
    assert len(second.rows) > 10
    with zipfile.ZipFile(target) as z:
        body = z.read("word/document.xml").decode()
    assert "&lt;script&gt;" not in body or "<script>" not in body
    assert "fldSimple" not in body.split("<w:body>")[1].split("<w:sectPr")[0]


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_printable_with_pictures_and_no_script(plan: str) -> None:
    """Inline SVG bars and timeline, the report day marked, no script, markup escaped."""
    out = run("report", "--period", "2024H1", "-f", "html", "--plan", plan).stdout
    page = _Page()
    page.feed(out)
    assert "script" not in page.tags
    assert page.tags.count("svg") == 2
    assert "link" not in page.tags
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", out)
    assert "@import" not in out
    assert "@page { size: A4 landscape" in out
    assert "thead { display: table-header-group; }" in out
    assert MARKUP in "".join(page.text)
    assert "<b>đậm</b>" not in out
    assert "Ngày báo cáo 30/06/2024" in out


def test_bad_input_is_one_line_and_exit_2(plan: str, tmp_path: Path) -> None:
    """No period, two periods, a since after the day, xlsx to a terminal, an existing file."""
    cases = [
        ([], "give exactly one of --period"),
        (["--period", "2025H1", "--year", "2025"], "give exactly one of --period"),
        (["--period", "2025H1", "--since", "2025-07-01"], "is not before the report's day"),
        (["--period", "2025H1", "-f", "docx"], "docx is binary"),
        (["--from", "2025-01-01"], "--from and --to go together"),
    ]
    for args, message in cases:
        out = run("report", *args, "--plan", plan, code=2)
        assert message in " ".join(out.stderr.split()), out.stderr
        assert "Traceback" not in out.stderr
    target = tmp_path / "r.html"
    target.write_text("keep", encoding="utf-8")
    run("report", "--period", "2025H1", "-f", "html", "-o", str(target), "--plan", plan, code=2)
    assert target.read_text(encoding="utf-8") == "keep"


# --------------------------------------------------------------------------- deadline changes


def test_an_adjusted_deadline_binds_from_its_day_and_shows_the_original(plan: str) -> None:
    """IV.3.a: due 30/06/2024 in the plan, moved to Q4/2025 on 01/06/2024."""
    before = json.loads(run("overdue", "--as-of", "2024-05-31", "-f", "json",
                            "--plan", plan).stdout)  # fmt: skip
    after = json.loads(run("overdue", "--as-of", "2024-07-01", "-f", "json",
                           "--plan", plan).stdout)  # fmt: skip
    assert "IV.3.a" not in {r["id"] for r in before}
    assert "IV.3.a" not in {r["id"] for r in after}
    due = json.loads(run("due", "-q", "2025Q4", "--as-of", "2024-07-01", "-f", "json",
                         "--plan", plan).stdout)  # fmt: skip
    moved = next(r for r in due if r["id"] == "IV.3.a")
    assert (moved["deadline"], moved["original_deadline"]) == ("2025-12-31", "2024-06-30")
    history = json.loads(run("history", "IV.3.a", "--as-of", "2024-07-01", "-f", "json",
                             "--plan", plan).stdout)  # fmt: skip
    assert (history["deadline"], history["original_deadline"]) == ("2025-12-31", "2024-06-30")
    assert history["records"][0]["deadline"] == "quý IV/2025"
    csv = run("export", "status", "-f", "csv", "--as-of", "2024-07-01", "--plan", plan).stdout
    line = next(x for x in csv.splitlines() if x.startswith("IV.3.a,"))
    assert '2024-06-30,"quý IV/2025 (Công văn thử nghiệm số 1, 2024-06-01)"' in line


def test_an_adjustment_without_evidence_or_reading_is_refused(plan: str) -> None:
    """Refused with one line each, exit 2, nothing written."""
    folder = Path(plan).parent / "progress"
    before = sorted((p.name, p.read_bytes()) for p in folder.glob("*.yaml"))
    for args, message in (
        (["--deadline", "quý IV/2025"], "needs the document that decided it"),
        (["--deadline", "sớm nhất", "--evidence", "x"], "cannot read 'sớm'"),
        (["--deadline", "thường xuyên", "--evidence", "x"], "sets no deadline"),
        (["--deadline", "quý IV/2025", "--done", "--evidence", "x"], "not both"),
    ):
        out = run("record", "IV.2.b", *args, "--on", "2024-06-01", "--plan", plan, code=2)
        assert message in out.stderr
        assert len(out.stderr.strip().splitlines()) <= 6
    assert sorted((p.name, p.read_bytes()) for p in folder.glob("*.yaml")) == before


def test_a_phrase_that_no_longer_reads_is_a_validation_error(plan: str) -> None:
    """A hand-edited deadline record whose phrase does not read: file:line:col, exit 1."""
    path = Path(plan).parent / "progress" / "IV.3.a.yaml"
    text = path.read_text(encoding="utf-8").replace("quý IV/2025", "quý V/2025")
    path.write_text(text, encoding="utf-8")
    out = run("validate", "--plan", plan, code=1)
    said = out.stdout + out.stderr
    assert re.search(r"IV\.3\.a\.yaml:\d+:\d+: .*a quarter is I–IV", said), said
    run("report", "--period", "2025H1", "--plan", plan, code=1)


# --------------------------------------------------------------------------- timeline


def test_timeline_fits_80_columns_and_degrades_to_ascii(plan: str) -> None:
    """One line per duty, each at most 80 columns; with NO_COLOR only ASCII drawing."""
    env = {"COLUMNS": "80", "NO_COLOR": "1"}
    out = run("timeline", "--as-of", "2024-07-01", "--plan", plan, env=env).stdout
    lines = out.splitlines()
    assert all(len(line) <= 80 for line in lines), max(lines, key=len)
    duty_lines = [x for x in lines if re.match(r"^(II|III|IV|V)\.", x)]
    assert len(duty_lines) == 26
    drawing = "".join(x[7:] for x in duty_lines)
    assert not set(drawing) & set("█◆─┄│▼")
    assert "*" in drawing
    assert "|" in drawing
    iv2a = next(x for x in duty_lines if x.startswith("IV.2.a"))
    assert iv2a.endswith("xong quá hạn")
    section = run("timeline", "--as-of", "2024-07-01", "--section", "IV.6", "--plan", plan,
                  env=env).stdout  # fmt: skip
    assert [x.split()[0] for x in section.splitlines() if x.startswith("IV.")] == [
        "IV.6.a",
        "IV.6.b",
    ]


def test_timeline_in_colour_uses_the_drawing_characters(plan: str) -> None:
    """Without NO_COLOR the bars are block characters (colour itself is Rich's)."""
    env = {"COLUMNS": "100", "NO_COLOR": ""}
    out = run("timeline", "--as-of", "2024-07-01", "--plan", plan, env=env).stdout
    assert "◆" in out
    assert "█" in out
    assert all(len(line) <= 100 for line in out.splitlines())


def test_every_format_of_the_api_renders(plan: str) -> None:
    """The library API: one report, every registered format, both languages."""
    r = api.report(parse_report_period("2024"), plan=plan)
    for fmt in api.formats("periodic"):
        for lang in ("vi", "en"):
            data = api.export(r, fmt, lang=lang)
            assert data
    book = openpyxl.load_workbook(io.BytesIO(api.export(r, "xlsx")))
    assert book.sheetnames == ["Tổng hợp", "Phụ lục 1", "Phụ lục 2"]


# --------------------------------------------------------------------------- the owners registry


def test_group_members_are_counted_and_named_in_the_report(tmp_path: Path) -> None:
    """The shipped records of IV.6.a: 11/63 provinces done on 30/6/2025, the rest named."""
    plan = str(workspace(tmp_path))
    r = api.report(parse_report_period("2025H1"), plan=plan)
    line = next(ln for ln in r.appendix1.lines if ln.row.duty.id == "IV.6.a")
    (tally,) = line.members
    # The status row's own tally, judged member by member by the rule book.
    assert tally is line.row.members[0]
    assert (tally.total, tally.done, tally.done_on_time, tally.done_late) == (63, 11, 4, 7)
    assert line.members_in_progress == ("Thái Nguyên",)
    assert len(line.members_missing) == 51
    notes = report_words.notes(line, "vi")
    assert "Đang thực hiện (1): Thái Nguyên" in notes
    missing = next(n for n in notes if n.startswith("Chưa báo cáo (51): "))
    assert missing.endswith("và 39 đơn vị khác")
    cells = report_words.duty_cells(line, "vi")
    assert "11/63 tỉnh ủy, thành ủy đã báo cáo hoàn thành; 4 đúng hạn; 7 quá hạn" in cells[5]
    said = [f.text for f in report_words.figures(r, "vi")]
    head = "các tỉnh uỷ, thành uỷ, nhiệm vụ IV.6.a: 11/63 tỉnh ủy, thành ủy"
    assert any(t.startswith(head) for t in said)
    doc = json.loads(report_json.render(r, "en"))
    (group,) = doc["figures"]["members"]
    assert (group["duty"], group["members_total"], group["members_done_on_time"]) == (
        "IV.6.a",
        63,
        4,
    )
    assert group["members_in_progress"] == ["Thái Nguyên"]
    # After the merger of 01/7/2025 the 34 provinces of that day are counted, old records
    # carried into the provinces they merged into.
    later = api.report(parse_report_period("2025H2"), plan=plan)
    line = next(ln for ln in later.appendix1.lines if ln.row.duty.id == "IV.6.a")
    assert line.members[0].total == 34
    assert line.members[0].done == line.row.members[0].done


def test_owners_go_by_their_names_in_force(tmp_path: Path) -> None:
    """Ban Kinh tế Trung ương is Ban Chính sách, chiến lược Trung ương in a 2025 report."""
    plan = str(workspace(tmp_path))
    r = api.report(parse_report_period("2025H1"), plan=plan)
    iv4b = next(ln for ln in r.appendix1.lines if ln.row.duty.id == "IV.4.b")
    (lead,) = iv4b.leads
    assert report_words.called(lead, r.as_of, "vi") == (
        "Ban Chính sách, chiến lược Trung ương (Kế hoạch ghi: Ban Kinh tế Trung ương)"
    )
    owners = {o.key: report_words.called(o.owner, r.as_of, "vi") for o in r.figures.owners}
    assert owners["bkttw"].startswith("Ban Chính sách, chiến lược Trung ương")
    # The same report in 2024 names the plan's owner alone.
    early = api.report(parse_report_period("2024H1"), plan=plan)
    iv4b = next(ln for ln in early.appendix1.lines if ln.row.duty.id == "IV.4.b")
    assert report_words.called(iv4b.leads[0], early.as_of, "vi") == "Ban Kinh tế Trung ương"


@pytest.mark.parametrize(
    ("name", "ids"),
    [
        ("Ban Chính sách, chiến lược", {"IV.4.a", "IV.4.b", "V.3"}),
        ("ban chinh sach, chien luoc trung uong", {"IV.4.a", "IV.4.b", "V.3"}),
        ("Đồng Nai", {"IV.6.a", "IV.6.b"}),
    ],
)
def test_report_owner_matches_the_new_names(tmp_path: Path, name: str, ids: set[str]) -> None:
    """--owner takes a successor's or a member's name, in any spelling."""
    plan = str(workspace(tmp_path))
    doc = json.loads(
        run("report", "--period", "2025H1", "--owner", name, "-f", "json", "--plan", plan).stdout
    )
    found = {
        d["id"]
        for key in ("appendix1", "appendix2")
        for s in doc[key]["sections"]
        for i in s["items"]
        for d in i["duties"]
    }
    assert ids <= found
    assert "II.1" not in found


def test_the_xlsx_summary_counts_the_members(tmp_path: Path) -> None:
    """Tổng hợp holds a table of the group owners' members per duty: 63, 11 done, 4 on time."""
    plan = str(workspace(tmp_path))
    target = tmp_path / "r.xlsx"
    run("report", "--period", "2025H1", "-f", "xlsx", "-o", str(target), "--plan", plan)
    ws = openpyxl.load_workbook(target)["Tổng hợp"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    head = next(i for i, r in enumerate(rows) if r[0] == "Nhiệm vụ / cơ quan")
    assert rows[head][2:7] == [
        "Số thành viên",
        "Đã hoàn thành",
        "Đúng hạn",
        "Đang thực hiện",
        "Chưa có báo cáo",
    ]
    assert str(rows[head + 1][0]).startswith("IV.6.a\n")
    assert rows[head + 1][2:7] == [63, 11, 4, 1, 51]


def test_control_characters_never_reach_the_terminal(plan: str, tmp_path: Path) -> None:
    """An ESC or a bidi override in a note is shown escaped in the table, md and timeline."""
    hostile = "xong \x1b[31mđỏ\x1b[0m \u202egnal"
    run("record", "IV.2.c", "--note", hostile, "--on", "2024-05-01", "--plan", plan)
    for args in (
        ("report", "--period", "2024H1"),
        ("report", "--period", "2024H1", "-f", "md"),
        ("timeline", "--as-of", "2024-07-01"),
    ):
        out = run(*args, "--plan", plan).stdout
        assert "\x1b" not in out
        assert "\u202e" not in out
    table = run("report", "--period", "2024H1", "--plan", plan).stdout
    assert "\\x1b[31mđỏ" in table.replace("\n", "").replace("│", "").replace(" ", "")
    target = tmp_path / "r.docx"
    run("report", "--period", "2024H1", "-f", "docx", "-o", str(target), "--plan", plan)
    with zipfile.ZipFile(target) as z:
        assert "\x1b" not in z.read("word/document.xml").decode()
