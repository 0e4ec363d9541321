"""Small readers of an extract draft that the made-up-text tests share."""

from __future__ import annotations

from typing import Any

from nq42cli.core.extract import Draft


def starting(draft: Draft, start: str) -> dict[str, Any]:
    """The first duty whose text starts with ``start``."""
    return next(d for d in draft.duties if d["text"].startswith(start))


def lead_names(draft: Draft, duty: dict[str, Any]) -> list[str]:
    """The names of ``duty``'s leads (or joint owners), as written."""
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    return [
        r.get("as_written") or names[r["owner"]]
        for r in duty["owners"]
        if r["role"] in ("lead", "responsible")
    ]


def owner_names(draft: Draft, duty: dict[str, Any]) -> list[str]:
    """The names of all ``duty``'s owners, whatever their role, as written."""
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    return [r.get("as_written") or names[r["owner"]] for r in duty["owners"]]
