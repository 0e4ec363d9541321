"""JSON: an array of row objects (see :func:`nq42cli.render.records.nested_record`)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from nq42cli.render.records import nested_record
from nq42cli.render.safety import json_safe

if TYPE_CHECKING:
    from nq42cli.core.queries import Row
    from nq42cli.render import View


def render(rows: list[Row], view: View) -> str:
    """Render rows as a JSON array, UTF-8 text kept readable (only unsafe characters escaped)."""
    return (
        json_safe(json.dumps([nested_record(r) for r in rows], ensure_ascii=False, indent=2)) + "\n"
    )
