"""The plan file itself: complete, verbatim, and shipped unchanged in the package."""

from __future__ import annotations

import re
import unicodedata

import pytest

from nq42cli.core.loader import load_plan
from nq42cli.core.text import fold
from tests.conftest import PLAN, ROOT, SEED, SHARED_SEED

IDS = [
    "II.1",
    "II.2",
    "II.3",
    "III.1",
    "III.2",
    "III.3",
    "III.4",
    "III.5",
    "IV.1.a",
    "IV.1.b",
    "IV.1.c",
    "IV.2.a",
    "IV.2.b",
    "IV.2.c",
    "IV.2.d",
    "IV.3.a",
    "IV.3.b",
    "IV.4.a",
    "IV.4.b",
    "IV.5.a",
    "IV.5.b",
    "IV.6.a",
    "IV.6.b",
    "V.1",
    "V.2",
    "V.3",
]


def test_every_duty_in_order() -> None:
    """All 26 duties of sections II–V, numbered as the plan numbers them."""
    plan = load_plan(PLAN).plan
    assert [d.id for d in plan.duties] == IDS
    assert plan.meta.number == "19-KH/TW"
    assert plan.meta.date.isoformat() == "2023-11-27"
    assert plan.meta.implements is not None
    assert plan.meta.implements.number == "42-NQ/TW"
    assert [p.id for p in plan.meta.purposes] == ["I.1", "I.2"]


def test_bundled_copy_is_identical() -> None:
    """The package ships the same plan; run `cp data/plan.yaml src/nq42cli/data/` if not."""
    bundled = ROOT / "src" / "nq42cli" / "data" / "plan.yaml"
    assert bundled.read_bytes() == PLAN.read_bytes()


def test_plan_file_is_nfc() -> None:
    """The file is stored in NFC so byte-level tools (grep, diff) agree with nq42."""
    text = PLAN.read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="the shared seed is not beside the project")
def test_fixture_is_the_shared_seed() -> None:
    """The tests' copy of the plan text is the shared seed, byte for byte."""
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()


def test_texts_and_timings_are_verbatim() -> None:
    """Each duty's text and timing phrase occur in the seed (page breaks joined)."""
    seed = re.sub(r"\s+", " ", SEED.read_text(encoding="utf-8"))
    plan = load_plan(PLAN).plan
    for duty in plan.duties:
        body = duty.text.rstrip(".")
        assert body in seed, duty.id
        if duty.timing and duty.timing_source == "marked":
            assert f"{body} (*{duty.timing}*)" in seed, duty.id
    # Every marked phrase of the seed is some duty's timing: none was left out.
    marked = set(re.findall(r"\(\*(.+?)\*\)", seed))
    assert marked == {d.timing for d in plan.duties if d.timing_source == "marked" and d.timing}


def test_owner_names_fold_apart() -> None:
    """No two owners share a folded name, so --owner never confuses two bodies."""
    plan = load_plan(PLAN).plan
    names = [fold(o.name) for o in plan.owners]
    assert len(names) == len(set(names))
