"""JSON: ``{"valid": bool, "problems": [{path, line, column, code, severity, message}]}``."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nq42cli.core.results import Validation


def render(result: Validation, lang: str) -> str:
    """One object for the whole run; text kept readable (no ASCII escapes)."""
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
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
