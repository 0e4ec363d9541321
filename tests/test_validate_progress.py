"""`nq42 validate` checks progress files and their references to the plan."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import PLAN, ROOT, run


def _setup(tmp_path: Path, record: str, name: str = "IV.2.a.yaml") -> tuple[Path, Path]:
    shutil.copy(PLAN, tmp_path / "plan.yaml")
    folder = tmp_path / "progress"
    folder.mkdir()
    target = folder / name
    target.write_text(record, encoding="utf-8")
    return tmp_path / "plan.yaml", target


RECORD = 'plan: "19-KH/TW"\nduty: "{duty}"\nrecords:\n  - event: done\n    date: "{on}"\n{extra}'


def test_default_run_covers_the_plan_and_its_progress() -> None:
    """With no FILES, the plan, its owners registry and every progress file are checked."""
    result = run("validate", "--plan", str(PLAN))
    files = 2 + len(list((ROOT / "data" / "progress").glob("*.yaml")))
    assert f"{files} file(s) checked: {files} valid" in result.stderr


def test_a_progress_file_given_alone_is_checked_against_the_default_plan() -> None:
    """A progress file named on the command line is recognised by its keys."""
    run("validate", str(ROOT / "data" / "progress" / "IV.2.a.yaml"), "--plan", str(PLAN))


def test_references_to_the_plan_are_checked(tmp_path: Path) -> None:
    """An owner that is not the duty's owner is reported at its line, as JSON too."""
    text = RECORD.format(
        duty="IV.2.a", on="2024-05-09", extra="    owner: bkttw\n    evidence: x\n"
    )
    plan, target = _setup(tmp_path, text)
    out = run("validate", str(plan), str(target), "-f", "json", code=1)
    problems = json.loads(out.stdout)["problems"]
    assert [(p["path"], p["line"], p["code"]) for p in problems] == [
        (str(target), 6, "progress.not_owner")
    ]


def test_unknown_duty_and_future_date(tmp_path: Path) -> None:
    """A record for a duty that does not exist, or dated after today, is an error."""
    text = RECORD.format(duty="IV.2.x", on="2024-05-09", extra="    evidence: x\n")
    plan, target = _setup(tmp_path, text, "IV.2.x.yaml")
    out = run("validate", "--plan", str(plan), code=1).stdout
    assert f"{target}:2:7: unknown duty 'IV.2.x'; did you mean 'IV.2.a'?" in out or (
        f"{target}:2:7: unknown duty 'IV.2.x'" in out
    )
    target.unlink()
    text = RECORD.format(duty="IV.2.a", on="2199-01-01", extra="    evidence: x\n")
    (tmp_path / "progress" / "IV.2.a.yaml").write_text(text, encoding="utf-8")
    out = run("validate", "--plan", str(plan), code=1).stdout
    assert "is in the future" in out


def test_progress_of_another_plan(tmp_path: Path) -> None:
    """Records naming a plan that was not checked cannot be cross-checked: an error."""
    text = RECORD.format(duty="IV.2.a", on="2024-05-09", extra="    evidence: x\n").replace(
        "19-KH/TW", "99-KH/TW"
    )
    plan, target = _setup(tmp_path, text)
    out = run("validate", str(plan), str(target), code=1).stdout
    assert "progress for plan '99-KH/TW', but no such plan was checked" in out
