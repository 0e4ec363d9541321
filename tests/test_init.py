"""``nq42 init``: the analyst's data repository, and the CI files nq42 ships and writes.

The workflows and the composite action are checked against the schemas GitHub's own
tooling publishes (check-jsonschema's vendored ``github-workflows`` and
``github-actions``), the pre-commit files with pre-commit's own loaders, and the YAML
with yamllint and the shipped ``.yamllint``. The hook itself runs through pre-commit in
``tests/test_ci_precommit.py``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from nq42cli import __version__
from tests.conftest import ROOT, run

BUNDLED = ROOT / "src" / "nq42cli" / "data"
FILES = [
    "data/plan.yaml",
    "data/owners.yaml",
    *(f"data/progress/{p.name}" for p in sorted((BUNDLED / "progress").glob("*.yaml"))),
    "data/progress/.gitignore",
    "schema/owners.schema.json",
    "schema/plan.schema.json",
    "schema/status.schema.json",
    ".github/workflows/nq42.yml",
    ".pre-commit-config.yaml",
    ".yamllint",
    ".gitignore",
    "README.md",
]


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One fresh repository for the read-only checks below."""
    target = tmp_path_factory.mktemp("init") / "ke-hoach"
    run("init", str(target))
    return target


def test_init_lays_out_a_repository_that_validates(repo: Path) -> None:
    """The bundled plan and its progress, schemas, CI files and a README; all valid."""
    assert sorted(_tree(repo)) == sorted(FILES)
    assert (repo / "data/plan.yaml").read_bytes() == (ROOT / "data/plan.yaml").read_bytes()
    out = run("validate", "--plan", str(repo / "data/plan.yaml"), "--strict")
    n = len([f for f in FILES if f.startswith("data/") and f.endswith(".yaml")])
    assert f"{n} file(s) checked: {n} valid" in out.stderr


def test_the_schema_line_points_inside_the_repository(repo: Path) -> None:
    """$schema is a path relative to the plan, to the schema this nq42 generates."""
    first = (repo / "data/plan.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/plan.schema.json"
    schema = repo / "data" / "../schema/plan.schema.json"
    assert json.loads(schema.read_text(encoding="utf-8")) == json.loads(
        run("schema", "plan").stdout
    )


def test_init_never_overwrites(tmp_path: Path) -> None:
    """A second init into the same folder is refused (exit 2) and changes nothing."""
    target = tmp_path / "repo"
    run("init", str(target))
    (target / "data/plan.yaml").write_bytes(b"mine")
    before = _tree(target)
    out = run("init", str(target), code=2)
    assert "never overwrites" in out.stderr
    assert _tree(target) == before
    # One existing file is enough to refuse, and then nothing else is written either.
    other = tmp_path / "other"
    (other / "data").mkdir(parents=True)
    (other / "README.md").write_text("notes", encoding="utf-8")
    run("init", str(other), code=2)
    assert _tree(other) == {"README.md": b"notes"}
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert "is a file, not a folder" in run("init", str(tmp_path / "file"), code=2).stderr


def test_empty_plan_and_pinned_requirement(tmp_path: Path) -> None:
    """--empty: a valid empty plan dated today, no progress or registry; --nq42 pins."""
    target = tmp_path / "new"
    pin = "nq42 @ git+https://example.invalid/nq42@v9.9.9"
    run("init", str(target), "--empty", "--nq42", pin)
    assert not (target / "data/progress/IV.2.a.yaml").exists()
    assert not (target / "data/owners.yaml").exists()
    run("validate", "--plan", str(target / "data/plan.yaml"), "--strict")
    workflow = (target / ".github/workflows/nq42.yml").read_text(encoding="utf-8")
    hooks = (target / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert f'NQ42: "{pin}"' in workflow
    assert f'additional_dependencies: ["{pin}"]' in hooks


def test_the_default_pin_is_this_version(repo: Path) -> None:
    """Without --nq42, CI and the hook install exactly the nq42 that wrote them."""
    workflow = (repo / ".github/workflows/nq42.yml").read_text(encoding="utf-8")
    assert f'NQ42: "nq42=={__version__}"' in workflow


# --------------------------------------------------------------------------- CI files


def _yaml12(path: Path) -> Any:
    # YAML 1.2, as GitHub reads it: "on" is a key, not the boolean True.
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def _schema_errors(name: str, path: Path) -> list[str]:
    from check_jsonschema.builtin_schemas import get_builtin_schema
    from jsonschema.validators import validator_for

    schema = get_builtin_schema(f"vendor.{name}")
    validator = validator_for(schema)(schema)
    return [e.message for e in validator.iter_errors(_yaml12(path))]


def test_workflows_and_action_match_githubs_schemas(repo: Path) -> None:
    """nq42's CI workflow, the one init writes, and action.yml validate."""
    assert _schema_errors("github-workflows", ROOT / ".github/workflows/ci.yml") == []
    assert _schema_errors("github-workflows", repo / ".github/workflows/nq42.yml") == []
    assert _schema_errors("github-actions", ROOT / "action.yml") == []


def test_the_schemas_catch_a_broken_workflow(tmp_path: Path) -> None:
    """The check means something: a step with neither run nor uses is refused."""
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - name: x\n",
        encoding="utf-8",
    )
    assert _schema_errors("github-workflows", bad) != []


def test_pre_commit_files_load_in_pre_commit(repo: Path) -> None:
    """pre-commit's own loaders accept the hook manifest and the generated config."""
    from pre_commit.clientlib import load_config, load_manifest

    (hook,) = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))
    config = load_config(str(repo / ".pre-commit-config.yaml"))
    local = config["repos"][0]["hooks"][0]
    # The generated hook is nq42's own, pinned.
    for key in ("id", "entry", "language", "files", "types"):
        assert local[key] == hook[key], key
    assert local["additional_dependencies"] == [f"nq42=={__version__}"]


def _yamllint(folder: Path, config: Path) -> list[str]:
    from yamllint import linter
    from yamllint.config import YamlLintConfig

    conf = YamlLintConfig(file=str(config))
    found = []
    # Top-level entries, then their trees, leaving out virtual environments and caches.
    skip = {".venv", ".git", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis"}
    paths = []
    for top in sorted(folder.iterdir()):
        if top.name in skip or top.name.endswith(".egg-info"):
            continue
        paths += [top] if top.is_file() else sorted(top.rglob("*"))
    seen: set[bytes] = set()
    for path in paths:
        rel = path.relative_to(folder).as_posix()
        if path.suffix not in (".yaml", ".yml") or conf.is_file_ignored(rel):
            continue
        raw = path.read_bytes()
        if raw in seen:  # the package's copies of data/ files: linted once
            continue
        seen.add(raw)
        text = path.read_text(encoding="utf-8")
        found += [f"{rel}:{p.line}:{p.column}: {p.desc}" for p in linter.run(text, conf, rel)]
    return sorted(set(found))


def test_a_new_repository_passes_yamllint(repo: Path) -> None:
    """Every YAML file init writes passes yamllint --strict with the .yamllint it writes."""
    assert _yamllint(repo, repo / ".yamllint") == []


def test_nq42s_own_yaml_passes_yamllint(tmp_path: Path) -> None:
    """The YAML nq42 ships (plan, progress, hooks, workflows, action) passes its .yamllint.

    Only what a user receives: the test corpora are many and are linted by .ci/run's
    `yamllint --strict .` over the whole repository.
    """
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    for name in ("data", "src", ".github", "action.yml", ".pre-commit-hooks.yaml"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, shipped / name)
        elif (ROOT / name).is_file():
            shutil.copy2(ROOT / name, shipped / name)
    assert _yamllint(shipped, ROOT / ".yamllint") == []


def test_linked_checks_plan_registry_and_progress_together(tmp_path: Path) -> None:
    """validate --linked (the hook): any one file of the repository brings the others."""
    target = tmp_path / "repo"
    run("init", str(target))
    data = target / "data"
    n = len([f for f in FILES if f.startswith("data/") and f.endswith(".yaml")])
    for one in ("owners.yaml", "progress/IV.2.a.yaml"):
        out = run("validate", "--linked", str(data / one))
        assert f"{n} file(s) checked: {n} valid" in out.stderr, one
    # A plan change that drops a duty fails the records that name it.
    plan = (data / "plan.yaml").read_text(encoding="utf-8")
    (data / "plan.yaml").write_text(plan.replace("id: IV.2.a\n", "id: IV.2.z\n"), "utf-8")
    out = run("validate", "--linked", str(data / "plan.yaml"), "-f", "parsable", code=1)
    assert "IV.2.a.yaml" in out.stdout
    assert "(progress.unknown_duty)" in out.stdout
