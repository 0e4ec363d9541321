"""Real processes without an interpreter's start-up: the CLI run in forked children.

The test process has imported nq42 and built the command once; a child ``fork()``s from
it, runs the command in-process and leaves with ``os._exit``. It is a real process (its
own pid, file descriptors and locks; it can be stopped and killed) that costs a few
milliseconds instead of the 0.3-0.6 s a fresh ``nq42`` takes to start.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import typer.main

from nq42cli.cli import app

__all__ = ["COMMAND", "EXIT_CRASHED", "exit_code", "run_together", "said", "spawn"]

# Built once here; every forked child reuses it instead of rebuilding it from ``app``.
COMMAND = typer.main.get_command(app)
EXIT_CRASHED = 70


def _child(
    args: Sequence[str],
    errors: Path,
    out: Path | None,
    gate: tuple[int, int] | None,
    env: Mapping[str, str],
    stop: bool,
) -> None:
    """In a forked child: run the CLI in-process and leave with its exit code."""
    code = EXIT_CRASHED
    try:
        sys.stdout = open(out or os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - _exit ends it
        sys.stderr = open(errors, "a", encoding="utf-8")  # noqa: SIM115
        os.environ.update(env)
        if not stop:
            # As on Windows: no SIGSTOP (the fault hook then ends the process itself).
            delattr(signal, "SIGSTOP")
        if gate is not None:
            os.close(gate[1])
            os.read(gate[0], 1)  # blocks until the parent closes its end: all start at once
        try:
            COMMAND.main(list(args), prog_name="nq42", standalone_mode=True)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    except BaseException as exc:
        with contextlib.suppress(Exception):
            sys.stderr.write(f"crashed: {exc!r}\n")
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)


def spawn(
    args: Sequence[str],
    errors: Path,
    *,
    out: Path | None = None,
    gate: tuple[int, int] | None = None,
    env: Mapping[str, str] | None = None,
    stop: bool = True,
) -> int:
    """Start ``nq42 ARGS`` in a forked child; its stderr is appended to ``errors``, its
    stdout goes to ``out`` (or nowhere), ``env`` is added to its environment, and with
    ``stop=False`` it has no SIGSTOP. Returns the child's pid."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        _child(args, errors, out, gate, env or {}, stop)
    return pid


def said(errors: Path) -> str:
    """What the children wrote on stderr so far."""
    return errors.read_text(encoding="utf-8") if errors.exists() else ""


def exit_code(pid: int) -> int | None:
    """The child's exit code, or None when SIGKILL ended it."""
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return None
    return os.waitstatus_to_exitcode(status)


def run_together(
    argv: Sequence[Sequence[str]],
    errors: Path,
    outs: Sequence[Path | None] | None = None,
    env: Mapping[str, str] | None = None,
) -> list[int | None]:
    """Start one child per argument list, all released at the same instant; their codes."""
    gate = os.pipe()
    outs = outs or [None] * len(argv)
    pids = [spawn(a, errors, out=o, gate=gate, env=env) for a, o in zip(argv, outs, strict=True)]
    os.close(gate[0])
    os.close(gate[1])  # every child now reads end-of-file and starts
    return [exit_code(pid) for pid in pids]
