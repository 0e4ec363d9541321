"""The report as a person prints it: XLSX and DOCX through LibreOffice, HTML through Chromium.

Each file is converted to PDF by the real program (skipped when it is not installed;
``.ci/run`` installs both and runs these with ``-m slow``), and the PDF is read back: A4
landscape on every page, a bounded page count, and on every page of an appendix both the
first and the last column headers, so no column is split onto a page of its own and the
header row repeats.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run
from tests.progress_helpers import workspace

# A real office suite and browser take seconds per file: outside the default suite's
# minute, in .ci/run's `pytest -m slow` (which installs both).
pytestmark = pytest.mark.slow

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PDFINFO = shutil.which("pdfinfo")
PDFTOTEXT = shutil.which("pdftotext")

needs_poppler = pytest.mark.skipif(
    PDFINFO is None or PDFTOTEXT is None, reason="poppler-utils not installed"
)


def _pages(pdf: Path) -> list[tuple[float, float]]:
    """Each page's size in points."""
    assert PDFINFO is not None
    out = subprocess.run(
        [PDFINFO, "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return [
        (float(w), float(h))
        for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)
    ]


def _texts(pdf: Path, n: int) -> list[str]:
    assert PDFTOTEXT is not None
    return [
        subprocess.run(
            [PDFTOTEXT, "-f", str(i), "-l", str(i), "-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for i in range(1, n + 1)
    ]


def _check(pdf: Path, most: int) -> None:
    pages = _pages(pdf)
    assert 2 <= len(pages) <= most, len(pages)
    for w, h in pages:
        # A4 landscape: 841.9 x 595.3 points.
        assert abs(w - 841.9) < 2
        assert abs(h - 595.3) < 2
    texts = _texts(pdf, len(pages))
    table_pages = [t for t in texts if "STT" in t or re.search(r"^\s*\d+\s+[IV]+\.", t, re.M)]
    assert table_pages
    for text in table_pages:
        flat = " ".join(text.split())
        assert "STT" in flat
        assert "Ghi chú" in flat


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("print")
    plan = str(workspace(root))
    run("record", "IV.6.a", "--done", "--on", "2024-03-25", "--evidence", "Kế hoạch số 1",
        "--plan", plan)  # fmt: skip
    out = {}
    for fmt in ("xlsx", "docx", "html"):
        target = root / f"bao-cao-{fmt}.{fmt}"
        issuer = "BAN CHÍNH SÁCH, CHIẾN LƯỢC TRUNG ƯƠNG"
        run("report", "--period", "2025H1", "--since", "2024-12-31", "-f", fmt,
            "-o", str(target), "--plan", plan, "--issuer", issuer)  # fmt: skip
        out[fmt] = target
    return out


@needs_poppler
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice not installed")
def test_xlsx_and_docx_print_on_a4_landscape(files: dict[str, Path], tmp_path: Path) -> None:
    """LibreOffice prints both on A4 landscape, every appendix page with all its columns."""
    assert SOFFICE is not None
    profile = tmp_path / "profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(files["xlsx"]),
            str(files["docx"]),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    _check(tmp_path / "bao-cao-xlsx.pdf", 8)
    _check(tmp_path / "bao-cao-docx.pdf", 12)


@needs_poppler
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed")
def test_html_prints_on_a4_landscape(files: dict[str, Path], tmp_path: Path) -> None:
    """Headless Chromium prints the page on A4 landscape with the header on every page."""
    assert CHROMIUM is not None
    pdf = tmp_path / "html.pdf"
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'chromium'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            files["html"].as_uri(),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    _check(pdf, 10)
