"""How fast ``nq42 extract`` reads the corpus, against another checkout of it.

The corpus (``tests/extract_corpus``) is what analysts' documents look like, and the slow
tests extract it several times over; a change made for speed must read it faster and
draft the same. This times :func:`nq42cli.core.extract.extract` over every ``--step``-th
corpus document in one process per checkout, each run's CPU time taken as a ratio to a
baseline measured in the same process (NFD-normalising, case-folding and splitting the
same texts into words ten times, the standard library only, so no change to nq42 moves
it). Runs of the two checkouts alternate, so a machine's load falls on both alike.

Usage:
    python benchmarks/extract_corpus_speed.py --base ../main   # this checkout against ../main
    python benchmarks/extract_corpus_speed.py --one            # one run of this checkout
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
import unicodedata
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _one(step: int) -> dict[str, float]:
    """Time this interpreter's nq42 on the sample: extract's CPU seconds and the baseline's."""
    from tests.extract_score import ALL, CORPUS, meta

    from nq42cli.core.extract import extract

    docs = []
    for slug in ALL[::step]:
        m = meta(slug)
        raw = m["date"]
        known = raw is None or isinstance(raw, date) or len(str(raw)) < len("2022-11-22")
        issued = raw if known else date.fromisoformat(str(raw))
        number = None if m["number"] is None else str(m["number"])
        text = (CORPUS / slug / "source.txt").read_text("utf-8")
        docs.append((text, issued if isinstance(issued, date) else None, number))

    def base() -> float:
        t = time.process_time()
        for text, _, _ in docs:
            for _ in range(10):
                re.findall(r"\w+", unicodedata.normalize("NFD", text).casefold())
        return time.process_time() - t

    b = base()
    t = time.process_time()
    for text, issued, number in docs:
        extract(text, issued=issued, number=number)
    e = time.process_time() - t
    b = (b + base()) / 2
    return {"documents": len(docs), "extract": e, "baseline": b, "ratio": e / b}


def _run(root: Path, step: int) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=f"{root / 'src'}{os.pathsep}{root}")
    out = subprocess.run(
        [sys.executable, str(HERE / "extract_corpus_speed.py"), "--one", "--step", str(step)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    got: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return got


def main(argv: list[str] | None = None) -> int:
    """Measure and print."""
    p = argparse.ArgumentParser(prog="python benchmarks/extract_corpus_speed.py")
    p.add_argument("--base", type=Path, help="another checkout to measure against")
    p.add_argument("--step", type=int, default=8, help="every step-th corpus document")
    p.add_argument("--runs", type=int, default=3, help="runs of each checkout")
    p.add_argument("--one", action="store_true", help="one run here, printed as JSON")
    args = p.parse_args(argv)
    if args.one:
        print(json.dumps(_one(args.step)))
        return 0
    here = HERE.parent
    trees = [("base", args.base.resolve())] if args.base else []
    trees.append(("this", here))
    ratios: dict[str, list[float]] = {name: [] for name, _ in trees}
    for _ in range(args.runs):
        for name, root in trees:
            got = _run(root, args.step)
            ratios[name].append(got["ratio"])
            print(
                f"{name}: {got['documents']:.0f} documents, extract {got['extract']:.2f} s CPU, "
                f"baseline {got['baseline']:.3f} s, × baseline {got['ratio']:.1f}",
                flush=True,
            )
    med = {name: statistics.median(r) for name, r in ratios.items()}
    print(" | ".join(f"{name}: median × baseline {m:.1f}" for name, m in med.items()))
    if args.base:
        print(f"this / base: {med['this'] / med['base']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
