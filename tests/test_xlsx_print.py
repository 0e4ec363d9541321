"""The status workbook prints: A4 landscape, fitted to width, header on every page, and
rows as tall as their wrapped text. Read back with openpyxl; printed by LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from nq42cli.render.xlsx import PRINT_WIDTH, fit_widths, lines_needed
from tests.conftest import PLAN, run


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "status.xlsx"
    run("export", "status", "-f", "xlsx", "-o", str(path), "--as-of", "2024-06-30",
        "--plan", str(PLAN))  # fmt: skip
    return path


def test_every_sheet_prints_a4_landscape_fit_to_width_with_its_header(workbook: Path) -> None:
    """Page set-up of both sheets: A4, landscape, 1 page wide, header row repeated."""
    wb = load_workbook(workbook)
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert str(ws.page_setup.paperSize) == str(ws.PAPERSIZE_A4)
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
        props = ws.sheet_properties.pageSetUpPr
        assert props is not None
        assert props.fitToPage
        assert ws.print_title_rows == "$1:$1"


def test_rows_are_as_tall_as_their_wrapped_text(workbook: Path) -> None:
    """Every text cell wraps, and its row is tall enough for its lines."""
    ws = load_workbook(workbook).worksheets[0]
    widths = [ws.column_dimensions[c].width for c in "ABCDEFGHIJK"]
    assert sum(widths) <= PRINT_WIDTH
    tallest = 0.0
    for row in ws.iter_rows(min_row=2):
        index = row[0].row
        assert index is not None
        height = ws.row_dimensions[index].height
        assert height is not None
        for cell, width in zip(row, widths, strict=False):
            if isinstance(cell.value, str):
                assert cell.alignment.wrap_text
                assert height >= 14 * lines_needed(cell.value, width)
        tallest = max(tallest, height)
    assert tallest > 150  # IV.1.a's long text takes a dozen lines and more
    assert ws["A1"].alignment.wrap_text  # headers wrap too ("Số ngày quá hạn")


def test_fit_widths_narrows_only_wide_columns() -> None:
    """Wide text columns share the print width; ids and dates keep theirs."""
    assert fit_widths([8, 60, 60, 60, 60, 12]) == [8, 45, 45, 45, 45, 12]
    assert sum(fit_widths([8, *[60] * 9])) <= PRINT_WIDTH  # down to 14 each at most
    assert fit_widths([10, 20]) == [10, 20]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_it_with_the_header_on_every_page(
    workbook: Path, tmp_path: Path
) -> None:
    """LibreOffice's own print: A4 landscape pages, each starting with the header row."""
    if shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None:
        pytest.skip("poppler-utils is not installed")
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(workbook)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    pdf = tmp_path / "status.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "841.89 x 595.3" in info.stdout  # A4 landscape, in points
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    assert len(pages) >= 3
    table = [p for p in pages if "IV.2.a" in p or "III.1" in p or "V.3" in p]
    assert table
    for page in table:
        assert page.lstrip().startswith("Mã"), page[:200]
