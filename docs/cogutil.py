"""Helpers for README examples: run nq42 in-process and print a console block for cog.

`cog -r -I docs README.md` regenerates the examples from the real output; CI runs
`cog --check -I docs README.md`, so the README cannot drift from what nq42 prints.
"""

from __future__ import annotations

import os
import shlex

import cog  # type: ignore[import-not-found]
from typer.testing import CliRunner

from nq42cli.cli import app

ENV = {
    "COLUMNS": "100",
    "NO_COLOR": "1",
    "_TYPER_FORCE_DISABLE_TERMINAL": "1",
    "TERMINAL_WIDTH": "100",
}


def console(command: str, *, cwd: str | None = None, lines: int | None = None) -> None:
    """Emit a ```console block with ``$ nq42 COMMAND`` and what it printed."""
    here = os.getcwd()
    if cwd:
        os.chdir(cwd)
    try:
        result = CliRunner().invoke(app, shlex.split(command), env=ENV)
    finally:
        os.chdir(here)
    out = (result.stdout + result.stderr).rstrip("\n").splitlines()
    out = [line.rstrip() for line in out]
    if lines is not None and len(out) > lines:
        out = [*out[:lines], "…"]
    cog.outl("```console")
    cog.outl(f"$ nq42 {command}")
    for line in out:
        cog.outl(line)
    cog.outl("```")


def console_in_copy(command: str, files: dict[str, str]) -> None:
    """Like :func:`console`, run in a fresh folder holding copies of ``files``.

    ``files`` maps the name used in ``command`` to a path from the repository's root, so
    an example that writes a file (``extract … -o plan.yaml``) writes it somewhere
    harmless and shows short names.
    """
    import shutil
    import tempfile
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        for name, src in files.items():
            shutil.copy(root / src, Path(tmp) / name)
        console(command, cwd=tmp)
