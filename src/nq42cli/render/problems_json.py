"""JSON: ``{"valid": bool, "problems": [{path, line, column, code, severity, message}]}``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nq42cli.core.results import Validation


def render(result: Validation, lang: str) -> str:
    """One object for the whole run; text kept readable, unsafe characters escaped.

    The same escaping as every JSON document (:func:`nq42cli.render.json_.dump`): a
    message quoting a bidi override or a C1 control from a file cannot act on a terminal.
    """
    from nq42cli.render.json_ import dump

    del lang  # keys are names; messages are the core's, in English
    doc = {
        "valid": result.valid,
        "problems": [
            {
                "path": p.path,
                "line": p.line,
                "column": p.column,
                "code": p.code,
                "severity": str(p.severity),
                "message": p.message,
            }
            for p in result.problems
        ],
    }
    return dump(doc)
