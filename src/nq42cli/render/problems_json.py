"""JSON: ``{"valid": bool, "problems": [{path, line, column, code, severity, message}]}``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nq42cli.core.problems import Problem


def render(problems: Sequence[Problem], valid: bool) -> str:
    """One object for the whole run; text kept readable (no ASCII escapes)."""
    doc = {
        "valid": valid,
        "problems": [
            {
                "path": p.path,
                "line": p.line,
                "column": p.column,
                "code": p.code,
                "severity": str(p.severity),
                "message": p.message,
            }
            for p in problems
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
