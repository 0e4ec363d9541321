"""The README's first command works on the real plan."""

from __future__ import annotations

import json

from tests.conftest import PLAN, run


def test_due_2024q1_lists_the_three_duties() -> None:
    """IV.2.a, IV.4.b and IV.6.a fall due in Q1/2024."""
    out = run(
        "due", "--quarter", "2024Q1", "--as-of", "2024-01-15", "--plan", str(PLAN), "-f", "json"
    )
    assert [r["id"] for r in json.loads(out.stdout)] == ["IV.2.a", "IV.4.b", "IV.6.a"]
