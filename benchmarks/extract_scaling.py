"""How ``nq42 extract`` and ``nq42 when`` scale with the size of their input.

Both must run in time linear in the input: no regular expression may backtrack over a
long line, no step may compare every block with every other. This measures, it does not
assert: for inputs of 64 KB, 256 KB and 1 MB of three shapes — a real conclusion repeated
(many short duties), a task table repeated (long pipe rows), and one line with no break
(the worst case for the sentence scanner) — it times :func:`nq42cli.core.extract.extract`
and :func:`nq42cli.core.spans.find_spans`, and a baseline measured in the same run on
the same text (folding it and splitting it into words, the least any reader must do).
Linear scaling shows as a time per KB that stays flat as the size grows, and as a ratio
to the baseline that stays flat too.

Usage:
    python benchmarks/extract_scaling.py            # writes benchmarks/EXTRACT.md
    python benchmarks/extract_scaling.py --quick    # 64 KB and 256 KB, printed only
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "tests" / "extract_corpus"
KB = 1024


def _conclusion(size: int) -> str:
    text = (CORPUS / "kl-127-kl-tw-2025" / "source.txt").read_text(encoding="utf-8")
    head, rest = text.split("## II-", 1)
    body, tail = rest.split("## III-", 1)
    items = re.split(r"(?m)^#+ \d+\. ", body.split("\n", 1)[1])[1:]
    parts = [head, "## II- NỘI DUNG, TIẾN ĐỘ THỰC HIỆN\n\n"]
    n = 0
    while sum(map(len, parts)) < size:
        parts.append(f"### {n + 1}. {items[n % len(items)]}")
        n += 1
    return "".join(parts) + "## III- TỔ CHỨC THỰC HIỆN" + tail


def _table(size: int) -> str:
    text = (CORPUS / "nq-03-nq-cp-2025" / "source.txt").read_text(encoding="utf-8")
    rows = [x for x in text.splitlines() if re.match(r"^\| \d+\.", x)]
    head = "PHỤ LỤC II\n\n| TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả "
    head += "| Thời gian hoàn thành |\n|---|---|---|---|---|---|\n"
    out = [head]
    k = 0
    while sum(map(len, out)) < size:
        row = rows[k % len(rows)]
        out.append(re.sub(r"^\| \d+\.", f"| {k + 1}.", row) + "\n")
        k += 1
    return "".join(out)


def _one_line(size: int) -> str:
    unit = "Bộ Y tế báo cáo trước ngày 20/10/2025 theo Nghị quyết số 57-NQ/TW ngày 22/12/2024, "
    return "I. NHIỆM VỤ\n\n1. " + (unit * (size // len(unit) + 1))[:size]


def _cold() -> None:
    """Empty the caches a run fills, so that every run starts as a first one would."""
    from nq42cli.core import extract, grammar, layout, spans, text, windows

    for cached in (
        text.fold,
        text._fold_char,
        spans._read,
        windows._windows_of,
        grammar._aligned_fold,
        layout.clean,
        extract._label_read,
        extract._sentence_key,
    ):
        cached.cache_clear()
    text._ALIGNED.clear()


def _time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        _cold()
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    """Measure and print (and with the full run, write EXTRACT.md)."""
    from nq42cli.core.extract import extract
    from nq42cli.core.spans import find_spans
    from nq42cli.core.text import fold_aligned

    p = argparse.ArgumentParser(prog="python benchmarks/extract_scaling.py")
    p.add_argument("--quick", action="store_true", help="64 KB and 256 KB only, no file")
    args = p.parse_args(argv)
    sizes = [64 * KB, 256 * KB] + ([] if args.quick else [1024 * KB])
    runs = 1 if args.quick else 3
    issued = date(2025, 1, 10)
    lines = [
        "| input | size | extract ms | ms per KB | × baseline | when ms | ms per KB | duties |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, make in (
        ("conclusion, repeated", _conclusion),
        ("task table, repeated", _table),
        ("one line, no break", _one_line),
    ):
        for size in sizes:
            text = make(size)
            kb = len(text.encode("utf-8")) / KB

            def base(t: str = text) -> object:
                return re.findall(r"\w+", fold_aligned(t))

            b = _time(base, runs)
            e = _time(lambda t=text: extract(t, issued=issued), runs)
            w = _time(lambda t=text: find_spans(t, issued), runs)
            duties = len(extract(text, issued=issued).duties)
            lines.append(
                f"| {name} | {kb:,.0f} KB | {e * 1000:,.0f} | {e * 1000 / kb:.2f} | "
                f"{e / b:,.0f}× | {w * 1000:,.0f} | {w * 1000 / kb:.2f} | {duties:,} |"
            )
            print(lines[-1], flush=True)
    if not args.quick:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        doc = [
            "# Scaling of `nq42 extract` and `nq42 when`",
            "",
            f"- Date: {stamp}; {platform.machine()}, Python {platform.python_version()}",
            "- Reproduce: `python benchmarks/extract_scaling.py` (median of 3 runs each, every",
            "  run cold: the caches of folded words and read phrases emptied first).",
            "- Baseline: folding the same text and splitting it into words, in the same run.",
            "- Linear time shows as a flat *ms per KB* and a flat *× baseline* down each input.",
            "",
            *lines,
            "",
            *_accuracy(),
        ]
        (HERE / "EXTRACT.md").write_text("\n".join(doc), encoding="utf-8")
    return 0


def _accuracy() -> list[str]:
    """The corpus scores by set, measured in the same run (README.md has them by document)."""
    sys.path.insert(0, str(HERE.parent))
    from tests.extract_score import totals  # the repository's scorer, found by path

    return [
        "## What it reads right",
        "",
        "`python -m tests.extract_score --totals` on `tests/extract_corpus/`: *dev* documents",
        "are those the rules were written on; *unseen* ones were scored once, with the rules",
        "frozen, before any rule was written on them (`SPLIT.yaml`); *of which unseen before*",
        "are dev documents that were scored so once (their unseen scores: README.md, 'How well",
        "it reads real documents'). *strict* holds every duty to the truth as written ('flag,",
        "do not fail' notes ignored).",
        "",
        totals(),
        "",
    ]


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    sys.exit(main())
