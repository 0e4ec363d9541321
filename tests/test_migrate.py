"""The day key: ``date:`` written, the old ``on:`` still read, warned about, migrated.

YAML 1.1 readers (PyYAML) read a bare ``on`` key as the boolean True. Old files must
keep working, ``validate`` must say how to move on, and ``nq42 migrate`` must change
nothing but the keys, once.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from nq42cli.core.loader import load_plan
from nq42cli.core.migrate import rewrite
from nq42cli.core.progress import load_progress
from tests.conftest import PLAN, ROOT, run
from tests.progress_helpers import workspace

OLD = (
    "# Progress of duty IV.6.a, written before 0.2.0.\r\n"
    'plan: "19-KH/TW"\r\n'
    'duty: "IV.6.a"\r\n'
    "records:\r\n"
    "  - event: note\r\n"
    "    on: '2024-02-01'\r\n"
    '    note: "on: the key in a note stays as it is"\r\n'
    "  - event: note\r\n"
    '    "on": "2024-02-02"\r\n'
    "    note: |\r\n"
    "      on: a line of a block scalar stays too\r\n"
    "  - {event: note, on: 2024-02-03, note: flow style}\r\n"
)


def _old_workspace(tmp_path: Path) -> tuple[Path, Path]:
    plan = workspace(tmp_path)
    target = plan.parent / "progress" / "IV.6.a.yaml"
    target.write_bytes(b"\xef\xbb\xbf" + OLD.encode())
    return plan, target


def test_pyyaml_reads_the_shipped_files_without_a_boolean_key() -> None:
    """The point of the change: every day in the shipped files is a 'date' string to PyYAML."""
    for path in [*sorted((ROOT / "data" / "progress").glob("*.yaml")), ROOT / "data/owners.yaml"]:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        items = data.get("records", []) + data.get("successions", [])
        assert items, path
        for item in items:
            assert True not in item, path
            assert isinstance(item["date"], str), path


def test_old_files_still_read_and_validate_says_how_to_migrate(tmp_path: Path) -> None:
    """on: (plain, quoted, flow) still reads; validate warns once, at the first old key."""
    plan, target = _old_workspace(tmp_path)
    records = load_progress(target.parent, load_plan(plan).plan, today=None).records("IV.6.a")
    assert [r.on.isoformat() for r in records[-3:]] == ["2024-02-01", "2024-02-02", "2024-02-03"]
    out = run("validate", "--plan", str(plan), "-f", "json")
    (warning,) = json.loads(out.stdout)["problems"]
    assert (warning["path"], warning["line"], warning["column"]) == (str(target), 6, 5)
    assert warning["code"] == "yaml.old_date_key"
    assert warning["message"].startswith("'on:' (and 2 more in this file) is read as the boolean")
    assert f"nq42 migrate {target}" in warning["message"]
    run("validate", "--plan", str(plan), "--strict", code=1)


def test_migrate_changes_only_the_keys_and_only_once(tmp_path: Path) -> None:
    """BOM, CRLF, quoting, comments and notes that say 'on:' stay; records mean the same."""
    plan, target = _old_workspace(tmp_path)
    plan_obj = load_plan(plan).plan
    before = load_progress(target.parent, plan_obj, today=None).records("IV.6.a")
    run("migrate", "--plan", str(plan), "--check", code=1)
    out = run("migrate", "--plan", str(plan))
    assert f"{target}: 3 'on:' key(s) rewritten as 'date:'" in out.stderr
    new = target.read_bytes()
    assert (
        new
        == b"\xef\xbb\xbf"
        + OLD.replace("    on: '", "    date: '")
        .replace('    "on": ', '    "date": ')
        .replace("{event: note, on: ", "{event: note, date: ")
        .encode()
    )
    after = load_progress(target.parent, plan_obj, today=None).records("IV.6.a")
    assert after == before
    # Again: nothing to do, nothing written.
    stamp = target.stat().st_mtime_ns
    out = run("migrate", "--plan", str(plan))
    assert f"{target}: already uses 'date:'" in out.stderr
    assert target.stat().st_mtime_ns == stamp
    assert target.read_bytes() == new
    run("migrate", "--plan", str(plan), "--check")
    run("validate", "--plan", str(plan), "--strict")


def test_migrate_the_owners_registry_and_its_successions(tmp_path: Path) -> None:
    """The registry's successions move to date: too, and the registry stays valid."""
    plan = workspace(tmp_path)
    owners = plan.parent / "owners.yaml"
    shutil.copy(ROOT / "data" / "owners.yaml", owners)
    owners.write_text(_unmigrated(owners.read_text(encoding="utf-8")), encoding="utf-8")
    assert "yaml.old_date_key" in run("validate", "--plan", str(plan), "-f", "parsable").stdout
    run("migrate", str(owners))
    assert owners.read_bytes() == (ROOT / "data" / "owners.yaml").read_bytes()
    run("validate", "--plan", str(plan), "--strict")
    assert not (plan.parent / ".nq42.lock").exists()  # no lock file beside the registry


def _unmigrated(text: str) -> str:
    """The registry as it was written before 0.2.0: each succession's day under 'on:'."""
    from nq42cli.core.yamlsrc import read_yaml

    source = read_yaml(text, "owners.yaml")
    lines = text.splitlines(keepends=True)
    for i in range(len(source.data["successions"])):
        line, col = source.position(("successions", i, "date"), key=True)
        at = lines[line - 1]
        assert at[col - 1 : col + 4] == "date:"
        lines[line - 1] = at[: col - 1] + "on:" + at[col + 4 :]
    return "".join(lines)


def test_new_records_are_written_with_date(tmp_path: Path) -> None:
    """nq42 record writes date:, also when appending to a file still using on:."""
    plan, target = _old_workspace(tmp_path)
    run("record", "IV.6.a", "--note", "mới", "--on", "2024-03-01", "--plan", str(plan))
    data = yaml.safe_load(target.read_text(encoding="utf-8-sig"))
    assert data["records"][-1]["date"] == "2024-03-01"


def test_a_day_given_twice_is_an_error(tmp_path: Path) -> None:
    """date: and on: in one record: which one is meant? Refused, at the record."""
    plan, target = _old_workspace(tmp_path)
    text = 'plan: "19-KH/TW"\nduty: "IV.6.a"\nrecords:\n  - event: note\n'
    target.write_text(text + '    date: "2024-02-01"\n    on: "2024-02-02"\n    note: x\n')
    out = run("validate", "--plan", str(plan), "-f", "parsable", code=1).stdout
    assert f"{target}:4:5: [error] " in out
    assert "the day is given twice, as 'date' and as 'on'" in out


def test_migrate_refuses_what_it_cannot_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that is not YAML: exit 1 with its position; a missing file: exit 2."""
    broken = tmp_path / "IV.2.a.yaml"
    broken.write_text("records: [\n", encoding="utf-8")
    out = run("migrate", str(broken), code=1)
    assert f"{broken}:2:1: YAML syntax" in out.stderr
    run("migrate", str(tmp_path / "none.yaml"), code=2)
    assert rewrite("records: []\n", "x")[1] == 0
    prose = tmp_path / "notes.yaml"
    prose.write_text("Xin chào.\n", encoding="utf-8")
    assert "not a progress file or an owners registry" in run("migrate", str(prose), code=1).stderr
    monkeypatch.chdir(tmp_path)  # no ./data/plan.yaml: the bundled plan
    run("migrate", code=2)  # its files are the package's


def test_the_schemas_describe_date() -> None:
    """Editors see 'date' (and the old name in its description)."""
    schema = json.loads((ROOT / "schema" / "status.schema.json").read_text(encoding="utf-8"))
    record = schema["$defs"]["Record"]
    assert "date" in record["required"]
    assert "on" not in record["properties"]
    assert "'on'" in record["properties"]["date"]["description"]
    assert PLAN.exists()
