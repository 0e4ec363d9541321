"""How reading a Word file (``nq42 extract plan.docx``) scales, against what it costs.

Reading a .docx must stay a small part of drafting from it and linear in its size: no
list counter or merged cell may make a row wait on every row before it. This measures,
it does not assert: a real task table (NQ 03's 140 rows) repeated to about 100 KB, 400 KB
and 1.6 MB of text, written as a Word file with python-docx (the table a Word table), is
read by :func:`nq42cli.core.wordfile.docx_text`; baselines measured in the same run on the
same file: unzipping it and parsing its XML (the least any reader must do), and drafting
the plan from the text read (what the user waits for anyway).

Usage:
    python benchmarks/docx_read.py            # writes benchmarks/DOCX.md
    python benchmarks/docx_read.py --quick    # the two smaller sizes, printed only
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import platform
import re
import statistics
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from nq42cli.core.extract import extract  # noqa: E402
from nq42cli.core.wordfile import docx_text  # noqa: E402

CORPUS = HERE.parent / "tests" / "extract_corpus"
KB = 1024


def _docx(rows: int) -> tuple[bytes, int]:
    """A Word file of NQ 03's task rows repeated ``rows`` times, and its text's size."""
    import docx

    text = (CORPUS / "nq-03-nq-cp-2025" / "source.txt").read_text(encoding="utf-8")
    table_rows = [x for x in text.splitlines() if re.match(r"^\| \d+\.", x)]
    doc = docx.Document()
    doc.add_paragraph("PHỤ LỤC II")
    head = ["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian"]
    table = doc.add_table(rows=1, cols=len(head))
    for place, h in zip(table.rows[0].cells, head, strict=True):
        place.text = h
    size = 0
    for i in range(rows):
        row = table_rows[i % len(table_rows)]
        cells = [c.strip() for c in row.strip().strip("|").split("|")][: len(head)]
        cells[0] = f"{i + 1}."
        # add_row's cells, not table.cell(i, k): that walks the whole grid each time.
        for place, c in zip(table.add_row().cells, cells, strict=False):
            place.text = re.sub(r"<br\s*/?>", " ", c)
        size += len(row.encode("utf-8"))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue(), size


def _unzip_parse(raw: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(raw)) as box:
        ET.fromstring(box.read("word/document.xml"))


def _median(fn: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    """Measure, print the table, and write benchmarks/DOCX.md (not with --quick)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    sizes = [250, 1000] if args.quick else [250, 1000, 4000]
    lines = [
        "| rows | text | .docx | unzip+parse ms | read ms | × unzip+parse | ms per KB "
        "| extract ms | read / extract |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for rows in sizes:
        raw, size = _docx(rows)
        base = _median(lambda raw=raw: _unzip_parse(raw))
        read = _median(lambda raw=raw: docx_text(raw))
        text = docx_text(raw)
        draft = _median(lambda text=text: extract(text), runs=1)
        lines.append(
            f"| {rows:,} | {size // KB:,} KB | {len(raw) // KB:,} KB | {base:,.0f} | "
            f"{read:,.0f} | {read / base:.1f}× | {read / (size / KB):.2f} | {draft:,.0f} | "
            f"{read / draft:.0%} |"
        )
    table = "\n".join(lines)
    print(table)
    if args.quick:
        return
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    (HERE / "DOCX.md").write_text(
        "# Reading a Word file (`nq42 extract plan.docx`)\n\n"
        f"- Date: {stamp}; {platform.machine()}, Python {platform.python_version()}\n"
        "- Reproduce: `python benchmarks/docx_read.py` (median of 3 runs; extract once).\n"
        "- Baselines, same run, same file: unzipping it and parsing its XML (the least any\n"
        "  reader must do); drafting the plan from the text read (what the user waits for).\n"
        "- Linear time shows as a flat *ms per KB* and a flat *× unzip+parse* down the table.\n\n"
        f"{table}\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
