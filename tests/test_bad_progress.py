"""The bad-input corpus for PROGRESS files: every broken or hostile file, its codes and places.

``tests/bad_inputs/bad_progress/expected.yaml`` says, for each case (a folder holding one
progress file), the exit code and the ``code@line:col`` problems ``nq42 validate FILE``
must report, and where ``nq42 status --status FOLDER`` reports differently, what it must
report. Both commands run in-process with exceptions let through, so a traceback fails
the test; ``nq42 record`` into a copy of each folder must refuse to touch the broken file.
"""

from __future__ import annotations

import functools
import re
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from nq42cli.core.directory import Directory
from nq42cli.core.loader import load_plan
from nq42cli.core.models import Plan
from nq42cli.core.owners import load_registry
from nq42cli.core.problems import DataError
from nq42cli.core.progress import load_progress
from tests.conftest import PLAN, read_yaml, run

# Not bad_inputs/progress: that would be the progress folder of the plan corpus files.
CORPUS = Path(__file__).parent / "bad_inputs" / "bad_progress"
MANIFEST = CORPUS / "expected.yaml"


def _parse(text: str) -> tuple[str, int, int]:
    code, at = text.split("@")
    line, col = at.split(":")
    return code, int(line), int(col)


@dataclass(frozen=True)
class Case:
    """One corpus entry: a folder, its one file, and what nq42 must say about it."""

    name: str
    about: str
    file: str
    exit: int
    problems: tuple[tuple[str, int, int], ...]
    status: tuple[tuple[str, int, int], ...]

    @property
    def folder(self) -> Path:
        return CORPUS / self.name

    @property
    def path(self) -> Path:
        return self.folder / self.file


def _cases() -> list[Case]:
    raw = read_yaml(MANIFEST)
    out = []
    for name, entry in raw.items():
        problems = tuple(_parse(p) for p in entry["problems"])
        status = tuple(_parse(p) for p in entry.get("status", entry["problems"]))
        out.append(Case(name, entry["about"], entry["file"], entry["exit"], problems, status))
    return out


CASES = _cases()
IDS = [c.name for c in CASES]
PARSABLE = re.compile(r"(.+):(\d+):(\d+): \[error\] .+ \(([a-z_]+\.[a-z_]+)\)")


@functools.cache
def _plan() -> Plan:
    return load_plan(PLAN).plan


@functools.cache
def _directory() -> Directory:
    """The owners registry beside the plan: units in progress files are checked against it."""
    return load_registry(PLAN.parent / "owners.yaml").directory


def _check(found: list[tuple[str, int, int]], expected: tuple[tuple[str, int, int], ...]) -> None:
    assert {code for code, _, _ in found} == {code for code, _, _ in expected}, found
    for want in expected:
        assert want in found, (want, found)


def test_corpus_and_manifest_agree() -> None:
    """Each case folder holds exactly its one file; 40+ cases, all of them bad."""
    folders = {p.name for p in CORPUS.iterdir() if p.is_dir()}
    assert folders == set(IDS)
    for case in CASES:
        assert [p.name for p in case.folder.iterdir()] == [case.file]
        assert case.exit == 1
        assert case.problems
        assert case.status
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_validate_reports_the_expected_codes_and_positions(case: Case) -> None:
    """`nq42 validate FILE` exits 1 and reports exactly the expected codes, each as
    FILE:line:col (the parsable format adds the code). No clock here: the alias bomb's
    bounded cost is held by the shared reader's memory test in test_bad_inputs.py, and
    the work of the large cases is counted in tests/test_hostile.py."""
    args = ["validate", str(case.path), "--plan", str(PLAN), "-f", "parsable"]
    result = run(*args, code=case.exit)
    # The corpus gives its days with the old key 'on:', still read, with one warning per
    # file (tests/test_migrate.py): the problems pinned here are the others.
    lines = [x for x in result.stdout.splitlines() if not x.endswith("(yaml.old_date_key)")]
    found = [PARSABLE.fullmatch(line) for line in lines]
    assert all(found), lines
    assert {m.group(1) for m in found if m} == {str(case.path)}
    _check([(m.group(4), int(m.group(2)), int(m.group(3))) for m in found if m], case.problems)
    assert "\x1b" not in result.stdout + result.stderr


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_status_refuses_the_folder_with_the_expected_positions(case: Case) -> None:
    """`nq42 status --status FOLDER` exits 1, prints nothing on stdout and each problem
    as FOLDER/FILE:line:col on stderr; the loader reports exactly the expected codes."""
    with pytest.raises(DataError) as caught:
        load_progress(case.folder, _plan(), today=date.today(), directory=_directory())
    _check([(p.code, p.line, p.column) for p in caught.value.problems], case.status)
    args = ["--status", str(case.folder), "--plan", str(PLAN), "--as-of", "2024-06-30"]
    result = run("status", *args, code=case.exit)
    assert result.stdout == ""
    for _, line, col in case.status:
        assert f"{case.folder}/{case.file}:{line}:{col}: " in result.stderr
    assert "\x1b" not in result.stderr


# Cases where recording into the folder is refused for another reason than the file:
# the file names a duty the plan does not have, so there is no duty to record.
RECORD_USAGE = {"unknown_duty": 2}


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_record_never_rewrites_a_broken_file(case: Case, tmp_path: Path) -> None:
    """`nq42 record` on the duty a broken file is named after refuses it and leaves the
    file byte for byte as it was: a broken file is fixed by a person, not overwritten.

    The one exception is a future date, which `record` does not check in old records
    (the date was checked when written): the record lands, appended after the old text.
    """
    folder = tmp_path / case.name
    shutil.copytree(case.folder, folder)
    target = folder / case.file
    before = target.read_bytes()
    duty = case.file.removesuffix(".yaml")
    code = RECORD_USAGE.get(case.name, 0 if case.name == "future_date" else 1)
    args = ["record", duty, "--note", "x", "--on", "2024-06-01"]
    run(*args, "--plan", str(PLAN), "--status", str(folder), code=code)
    if code == 0:
        assert target.read_bytes().startswith(before)
    else:
        assert target.read_bytes() == before
    assert list(folder.glob(".*.tmp")) == []
