"""nq42's test suite.

Bytecode. Under ``PYTHONDONTWRITEBYTECODE`` an editable checkout has no bytecode for
nq42 itself, so every run compiled it again, in each xdist worker and in each process
the suite starts (about 5 CPU-seconds per worker and 0.1 per process). There, and only
there, the run keeps its bytecode in one private folder, never beside the sources
(``.pytest_cache/pyc``, ignored by git), and reuses it on the next run; Python checks
each file against its source's time and size before using it. An installed nq42 (``pip
install .``, the README's command) was compiled by pip: the run then reads the bytecode
pip, Python and every package wrote beside their sources, and compiles nothing.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

PYC = Path(__file__).resolve().parent.parent / ".pytest_cache" / "pyc"
"""Where the test run and the processes it starts keep their bytecode, when they must."""


def _nq42_uncompiled() -> bool:
    spec = importlib.util.find_spec("nq42cli")
    origin = spec.origin if spec is not None else None
    return origin is not None and not os.path.exists(importlib.util.cache_from_source(origin))


if (
    "pytest" in sys.modules
    and sys.dont_write_bytecode
    and not sys.pycache_prefix
    and _nq42_uncompiled()
):
    # (A prefix hides the bytecode beside every source: set only when nq42 has none.)
    sys.pycache_prefix = str(PYC)
    sys.dont_write_bytecode = False
