"""The README's "Use from Python" example runs as written and prints what it shows.

The example is taken from the README itself and run as a doctest from the project folder
(where ``data/plan.yaml`` is), so the documented API cannot drift from the real one.
"""

from __future__ import annotations

import doctest
import re
import tempfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

README = ROOT / "README.md"


def _example() -> tuple[str, int]:
    """The ```pycon block of the "Use from Python" section, and its line in the README."""
    text = README.read_text(encoding="utf-8")
    section = text.index("\n## Use from Python\n")
    match = re.compile(r"```pycon\n(.*?)```", re.DOTALL).search(text, section)
    assert match is not None, "the section has no ```pycon example"
    assert text.find("\n## ", section + 1) > match.start(), "the example is in another section"
    return match.group(1), text.count("\n", 0, match.start(1))


def test_the_python_example_runs_as_shown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every statement runs and every shown result is what the library returns."""
    source, line = _example()
    monkeypatch.chdir(ROOT)
    # What the example records goes to this test's folder, not the system's temp.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    test = doctest.DocTestParser().get_doctest(source, {}, "README.md", str(README), line)
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)
    assert runner.tries >= 10
    assert [p.name for p in tmp_path.rglob("*.yaml")] == ["IV.6.a.yaml"]
