"""nq42's test suite.

Bytecode. Under ``PYTHONDONTWRITEBYTECODE`` every run compiled nq42, the test modules
(rewritten by pytest for its asserts) and, in each child process, whatever it imports,
from source again: about 5 CPU-seconds per xdist worker and 2 per first child process.
The run keeps its bytecode in one private folder instead, never beside the sources
(``.pytest_cache/pyc``, ignored by git), and reuses it on the next run; Python checks each
file against its source's time and size before using it, as it does in ``__pycache__``.
"""

from __future__ import annotations

import sys
from pathlib import Path

PYC = Path(__file__).resolve().parent.parent / ".pytest_cache" / "pyc"
"""Where the test run and the processes it starts keep their bytecode."""

if "pytest" in sys.modules and sys.dont_write_bytecode and not sys.pycache_prefix:
    sys.pycache_prefix = str(PYC)
    sys.dont_write_bytecode = False
