"""``nq42 schema``: the JSON Schema is generated, committed, and accepted by another validator."""

from __future__ import annotations

import json
from pathlib import Path

from nq42cli.core.schemas import SCHEMAS, schema_text
from tests.conftest import PLAN, ROOT, check_jsonschema, run

COMMITTED = ROOT / "schema"


def test_committed_schemas_match_the_models() -> None:
    """schema/<name>.schema.json is exactly what the models generate (run `nq42 schema`)."""
    for name in SCHEMAS:
        committed = (COMMITTED / f"{name}.schema.json").read_text(encoding="utf-8")
        assert committed == schema_text(name), (
            f"schema/{name}.schema.json is stale: nq42 schema {name} > schema/{name}.schema.json"
        )


def test_schema_command_prints_the_plan_schema() -> None:
    """`nq42 schema plan` prints draft 2020-12 JSON Schema with the file's own key names."""
    doc = json.loads(run("schema", "plan").stdout)
    assert doc["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert doc["required"] == ["plan", "sections", "owners", "duties"]
    assert doc["additionalProperties"] is False


def test_windows_and_text_are_described_sensibly() -> None:
    """Windows are strings with the grammar in the description; text needs a non-space."""
    defs = json.loads(run("schema", "plan").stdout)["$defs"]
    window = defs["Duty"]["properties"]["windows"]["items"]
    assert window["type"] == "string"
    assert "quý I/2024" in window["examples"]
    assert "thường xuyên" in window["description"]
    text = defs["Duty"]["properties"]["text"]
    assert text == {"type": "string", "minLength": 1, "pattern": r"\S", "title": "Text"}
    assert defs["OwnerRef"]["properties"]["role"] == {"$ref": "#/$defs/Role"}
    assert defs["Role"]["enum"] == ["lead", "partner", "responsible"]


def test_unknown_schema_name_is_a_usage_error() -> None:
    """`nq42 schema nope` exits 2 and names the valid choice."""
    assert "no schema 'nope'; choose from plan" in run("schema", "nope", code=2).stderr


def test_plan_file_points_editors_at_the_schema() -> None:
    """data/plan.yaml's first line is the yaml-language-server modeline, and the file exists."""
    first = PLAN.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/plan.schema.json"
    assert (PLAN.parent / "../schema/plan.schema.json").resolve().is_file()


def test_registry_file_points_editors_at_its_schema() -> None:
    """data/owners.yaml's first line is the modeline of schema/owners.schema.json."""
    owners = PLAN.parent / "owners.yaml"
    first = owners.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/owners.schema.json"
    assert (COMMITTED / "owners.schema.json").is_file()


def test_check_jsonschema_accepts_the_real_plan() -> None:
    """An independent validator (check-jsonschema) accepts data/plan.yaml."""
    code, output = check_jsonschema(COMMITTED / "plan.schema.json", PLAN)
    assert code == 0, output


def test_check_jsonschema_rejects_a_broken_plan(tmp_path: Path) -> None:
    """The committed schema is strict: check-jsonschema rejects an unknown key, role, blank text."""
    text = PLAN.read_text(encoding="utf-8")
    text = text.replace('    short: "BBT"\n', '    short: "BBT"\n    colour: red\n', 1)
    text = text.replace("role: responsible", "role: boss", 1)
    text = text.replace("  issuer: Bộ Chính trị\n", '  issuer: "  "\n', 1)
    bad = tmp_path / "plan.yaml"
    bad.write_text(text, encoding="utf-8")
    code, output = check_jsonschema(COMMITTED / "plan.schema.json", bad)
    assert code == 1
    for expected in ("colour", "'boss' is not one of", "$.plan.issuer"):
        assert expected in output, output
