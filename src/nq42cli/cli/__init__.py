"""The ``nq42`` command line: parse options, call :mod:`nq42cli.api`, render the result.

``app`` is the typer app and ``main`` runs it; the ``nq42`` script and ``python -m
nq42cli`` start in :func:`nq42cli.quick.main`, which answers a warm read-only question
before this package (and typer) is imported and calls ``main`` otherwise. The package's
modules:

- :mod:`.app`: the root app, its callback, and the one table registering every command;
- :mod:`.options`: shared option types, parsers, output writing, and the one place the
  library's errors become messages and exit codes;
- :mod:`.listing` (due, overdue, ongoing, list, show), :mod:`.progress` (record,
  history, status), :mod:`.export` (export …), :mod:`.validate` (validate, schema),
  :mod:`.time` (when, extract).

Every module imports only typer and the standard library at module level (ruff's TID253
and ``tests/test_imports.py`` hold it to that): ``--help`` and machine formats start
fast, and the core and renderers load inside the commands that need them.
"""

from nq42cli.cli.app import app, main

__all__ = ["app", "main"]
