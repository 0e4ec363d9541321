"""The bad-input corpus: every broken or hostile plan file gets its exit code and problems.

``tests/bad_inputs/expected.yaml`` says, for each file, the exit code and the problem
codes with positions nq42 must report. Each file goes through ``nq42 validate`` and
``nq42 due``; the codes are read from the loader itself, since the text output shows
positions and messages but not codes. Multi-megabyte inputs are generated here rather
than committed, and the files that look slow (alias bomb, deep nesting, megabytes) also
run in a real process with a timeout and under tracemalloc, so a hang or a blow-up fails
the test instead of the machine.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tracemalloc
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from nq42cli.core.loader import load_plan
from nq42cli.core.problems import DataError, Problem
from nq42cli.core.yamlsrc import MAX_PROBLEMS
from tests.conftest import PLAN, posix_only, read_yaml, run

CORPUS = Path(__file__).parent / "bad_inputs"
MANIFEST = CORPUS / "expected.yaml"
PARSABLE = re.compile(r"(.+):(\d+):(\d+): \[error\] .+ \(([a-z_]+\.[a-z_]+)\)")


@dataclass(frozen=True)
class Expected:
    """One corpus entry: the file, what it is, its exit code and expected problems."""

    name: str
    about: str
    exit: int
    problems: tuple[tuple[str, int, int], ...]

    @property
    def path(self) -> Path:
        return CORPUS / self.name

    @property
    def codes(self) -> set[str]:
        return {code for code, _, _ in self.problems}


def _parse_problem(text: str) -> tuple[str, int, int]:
    code, at = text.split("@")
    line, col = at.split(":")
    return code, int(line), int(col)


def _manifest() -> list[Expected]:
    raw = read_yaml(MANIFEST)
    return [
        Expected(
            name,
            entry["about"],
            entry["exit"],
            tuple(_parse_problem(p) for p in entry["problems"]),
        )
        for name, entry in raw.items()
    ]


ENTRIES = _manifest()
IDS = [e.name for e in ENTRIES]


def _problems(path: Path) -> list[Problem]:
    try:
        loaded = load_plan(path, path.name)
    except DataError as exc:
        return exc.problems
    return list(loaded.warnings)


def test_corpus_and_manifest_agree() -> None:
    """Every corpus file has an entry, every entry a file, and 40+ of them are bad."""
    on_disk = {p.name for p in CORPUS.iterdir() if p.is_file() and p.name != MANIFEST.name}
    assert on_disk == {e.name for e in ENTRIES}
    assert sum(1 for e in ENTRIES if e.exit != 0) >= 40
    assert all(e.problems for e in ENTRIES if e.exit != 0)


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_loader_reports_the_expected_codes_and_positions(entry: Expected) -> None:
    """The loader reports exactly the expected codes, each at its expected line:col."""
    problems = _problems(entry.path)
    assert {p.code for p in problems} == entry.codes
    found = {(p.code, p.line, p.column) for p in problems}
    for want in entry.problems:
        assert want in found, (want, [str(p) for p in problems])


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_validate_exit_code_and_positions(entry: Expected) -> None:
    """`nq42 validate FILE` exits as expected and prints FILE:line:col for each problem."""
    result = run("validate", str(entry.path), code=entry.exit)
    assert "Traceback" not in result.output + result.stderr
    for _, line, col in entry.problems:
        assert f"{entry.path}:{line}:{col}: " in result.stdout
    # Text from a hostile file never reaches the terminal raw.
    assert "\x1b" not in result.stdout
    assert "\x07" not in result.stdout


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_due_refuses_bad_plans_with_the_same_positions(entry: Expected) -> None:
    """`nq42 due --plan FILE` exits as validate does; the problems go to stderr."""
    result = run(
        "due",
        "--quarter",
        "2024Q1",
        "--as-of",
        "2024-01-15",
        "--plan",
        str(entry.path),
        "-f",
        "json",
        code=entry.exit,
    )
    assert "Traceback" not in result.output + result.stderr
    if entry.exit == 0:
        assert [r["id"] for r in json.loads(result.stdout)] == ["IV.2.a"]
        return
    assert result.stdout == ""
    for _, line, col in entry.problems:
        assert f"{entry.path}:{line}:{col}: " in result.stderr


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_table_output_path_exits_the_same(entry: Expected) -> None:
    """The table renderer path (the default format) exits as the JSON path does."""
    result = run("list", "--plan", str(entry.path), code=entry.exit)
    assert "Traceback" not in result.output + result.stderr


def test_unclosed_quote_points_back_at_the_quote() -> None:
    """A forgotten closing quote fails lines later; the message names where it opened."""
    result = run("validate", str(CORPUS / "syntax_unclosed_double_quote.yaml"), code=1)
    assert "is the quote opened at 27:11 closed?" in result.stdout


# --------------------------------------------------------------------------- odd but valid


def _odd_variants() -> dict[str, bytes]:
    raw = PLAN.read_bytes()
    text = raw.decode("utf-8")
    nfd = unicodedata.normalize("NFD", text)
    return {
        "bom": b"\xef\xbb\xbf" + raw,
        "crlf": text.replace("\n", "\r\n").encode(),
        "nfd": nfd.encode(),
        "all_three": b"\xef\xbb\xbf" + nfd.replace("\n", "\r\n").encode(),
    }


@pytest.mark.parametrize("variant", sorted(_odd_variants()))
def test_odd_but_valid_real_plan_loads_to_the_same_duties(variant: str, tmp_path: Path) -> None:
    """A BOM, CRLF line ends or NFD text load, normalised, to exactly the real plan."""
    path = tmp_path / "plan.yaml"
    path.write_bytes(_odd_variants()[variant])
    # The same registry and progress beside it: the answers, not only the duties, agree.
    shutil.copy(PLAN.parent / "owners.yaml", tmp_path / "owners.yaml")
    shutil.copytree(PLAN.parent / "progress", tmp_path / "progress")
    assert load_plan(path).plan.model_dump() == load_plan(PLAN).plan.model_dump()
    args = ("due", "--quarter", "2024Q1", "--as-of", "2024-01-15", "-f", "json")
    odd = run(*args, "--plan", str(path))
    assert json.loads(odd.stdout) == json.loads(run(*args, "--plan", str(PLAN)).stdout)


def test_nfd_text_is_stored_as_nfc() -> None:
    """Decomposed Vietnamese in the file is stored composed (NFC), keys included."""
    plan = load_plan(CORPUS / "ok_nfd.yaml").plan
    assert plan.meta.kind == "Kế hoạch"
    assert all(unicodedata.is_normalized("NFC", d.text) for d in plan.duties)


# --------------------------------------------------------------------------- in a real process


def _big_inputs() -> dict[str, tuple[bytes, str]]:
    """Multi-megabyte hostile files, built here rather than committed: (bytes, code)."""
    base = (CORPUS / "ok_crlf.yaml").read_bytes().decode().replace("\r\n", "\n")
    head, duties = base.split("duties:\n")
    one = duties.split("  - id: IV.2.b")[0]
    many = "".join(one.replace("IV.2.a", f"IV.2.{i}") for i in range(7200))
    return {
        "many_duties_tab_at_end": ((head + "duties:\n" + many + "\tx: 1\n").encode(), "yaml.tab"),
        "eight_mb_text_then_tab": (
            base.replace("Chỉ đạo", "Chỉ đạo " + "rất dài " * 800_000).encode() + b"\tx\n",
            "yaml.tab",
        ),
        "four_mb_unclosed_quote": (
            (base + 'extra: "' + "không đóng " * 400_000 + "\n").encode(),
            "yaml.syntax",
        ),
        "three_mb_timing": (
            base.replace('"thực hiện từ năm 2023"', '"' + "từ năm 2023 " * 250_000 + '"').encode(),
            "time.too_long",
        ),
        "four_mb_binary": (random.Random(6).randbytes(4_000_000), "file.binary"),
        "four_mb_cp1258": (b"plan:\n  kind: K\xea\xec ho\xb5ch\n" * 150_000, "file.encoding"),
        "one_mb_open_brackets": (b"plan: " + b"[" * 1_000_000, "yaml.depth"),
        "two_mb_of_aliases": (b"a: &a x\nb: [" + b"*a, " * 500_000 + b"]\n", "yaml.alias"),
    }


# Named here so that collecting the tests does not build megabytes (each xdist worker
# collects); a test checks the list against what _big_inputs builds.
BIG_INPUTS = [
    "eight_mb_text_then_tab",
    "four_mb_binary",
    "four_mb_cp1258",
    "four_mb_unclosed_quote",
    "many_duties_tab_at_end",
    "one_mb_open_brackets",
    "three_mb_timing",
    "two_mb_of_aliases",
]
SLOW_LOOKING = ["alias_bomb.yaml", "deep_nesting_flow.yaml", "deep_nesting_block.yaml"]


@pytest.fixture(scope="module")
def big_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    """The generated big files, written once for this module."""
    folder = tmp_path_factory.mktemp("big")
    out = {}
    for name, (data, code) in _big_inputs().items():
        path = folder / f"{name}.yaml"
        path.write_bytes(data)
        out[name] = (path, code)
    return out


def test_big_inputs_are_megabytes(big_files: dict[str, tuple[Path, str]]) -> None:
    """The generated inputs really are megabytes (the bracket one aside): the test means it."""
    assert sorted(big_files) == BIG_INPUTS
    sizes = {n: p.stat().st_size for n, (p, _) in big_files.items()}
    assert all(s >= 2_000_000 for n, s in sizes.items() if not n.startswith("one_mb")), sizes


@pytest.mark.process
@pytest.mark.parametrize(
    "which", ["slow-looking", pytest.param("megabytes too", marks=pytest.mark.slow)]
)
def test_big_and_slow_looking_files_are_refused_in_a_process(
    big_files: dict[str, tuple[Path, str]], which: str
) -> None:
    """The alias bomb and deep nesting (and, under ``-m slow``, which .ci/run runs, the
    generated multi-megabyte files too: reading 30 MB of hostile YAML is seconds of CPU)
    all given to one real `nq42 validate` process: exit 1, no traceback, and for each file
    exactly its own problem code, at most MAX_PROBLEMS (+1 for "too many") times.

    One process for all of them: each file's cost is what is tested, not start-up. The
    timeout is only a guard against a hang (the run takes seconds).
    """
    by_name = {e.name: e for e in ENTRIES}
    expected = {str(CORPUS / name): by_name[name].codes for name in SLOW_LOOKING}
    if which == "megabytes too":
        expected |= {str(path): {code} for path, code in big_files.values()}
    done = subprocess.run(
        [sys.executable, "-m", "nq42cli", "validate", "-f", "parsable", *expected],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "NO_COLOR": "1"},
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    found: dict[str, list[str]] = {}
    for line in done.stdout.splitlines():
        m = PARSABLE.fullmatch(line)
        assert m, line
        found.setdefault(m.group(1), []).append(m.group(4))
    assert {f: set(codes) - {"yaml.too_many"} for f, codes in found.items()} == expected
    assert all(len(codes) <= MAX_PROBLEMS + 1 for codes in found.values())
    assert done.stderr.startswith(f"{len(expected)} file(s) checked: 0 valid"), done.stderr


@pytest.mark.parametrize(
    ("name", "budget"),
    [
        ("alias_bomb.yaml", 1_000_000),
        ("deep_nesting_flow.yaml", 1_000_000),
        ("deep_nesting_block.yaml", 1_000_000),
        ("deep_nesting_in_duty.yaml", 1_000_000),
    ],
)
def test_memory_stays_bounded_on_bombs(name: str, budget: int) -> None:
    """Alias bomb and deep nesting are refused early: under 1 MB of Python allocations."""
    tracemalloc.start()
    try:
        problems = _problems(CORPUS / name)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert problems
    assert peak < budget, peak


def test_memory_of_a_big_file_is_a_small_multiple_of_its_size(
    big_files: dict[str, tuple[Path, str]],
) -> None:
    """An 8 MB file costs a few times its size in memory, not the 20x of a node tree."""
    path, _ = big_files["eight_mb_text_then_tab"]
    tracemalloc.start()
    try:
        _problems(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10 * path.stat().st_size, peak  # measured: 5.5x (bytes, text, value, NFC)


def test_missing_plan_and_folder_plan_are_usage_errors(tmp_path: Path) -> None:
    """A plan path that does not exist or is a folder: exit 2 with a message, no output."""
    for path in (tmp_path / "nope.yaml", tmp_path):
        result = run(
            "due", "--quarter", "2024Q1", "--as-of", "2024-01-15", "--plan", str(path), code=2
        )
        assert result.stdout == ""
        assert str(path) in result.stderr


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_pure_python_parser_reports_the_same_codes(
    entry: Expected, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without libyaml (PyYAML's pure-Python parser) every file gets the same codes.

    Positions may differ by a column where the two parsers stop at different points
    (libyaml scans 1000 open brackets ahead before it stops).
    """
    from nq42cli.core import yamlsrc

    monkeypatch.setattr(yamlsrc, "_Events", yamlsrc._PyEvents)
    assert {p.code for p in _problems(entry.path)} == entry.codes


def test_garbage_collector_is_back_on_after_any_outcome() -> None:
    """The reader pauses the garbage collector while it builds; every exit turns it back on."""
    import gc

    for name in ("alias_bomb.yaml", "deep_nesting_flow.yaml", "syntax_tab_indent.yaml"):
        _problems(CORPUS / name)
        assert gc.isenabled(), name
    load_plan(PLAN)
    assert gc.isenabled()


@posix_only
def test_a_device_is_refused_not_read() -> None:
    """`--plan /dev/zero` is an error at once, not an endless read filling memory."""
    result = run("validate", "/dev/zero", code=1)
    assert "/dev/zero: is a device, not a file" in result.stdout
    assert {p.code for p in _problems(Path("/dev/zero"))} == {"file.not_regular"}


def test_a_file_past_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past MAX_FILE_BYTES the read stops: file.too_large, whatever the content."""
    from nq42cli.core import yamlsrc

    monkeypatch.setattr(yamlsrc, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.yaml"
    path.write_bytes(PLAN.read_bytes())
    assert {p.code for p in _problems(path)} == {"file.too_large"}
    path.write_bytes(PLAN.read_bytes()[:1000])
    assert "file.too_large" not in {p.code for p in _problems(path)}


def test_a_pipe_is_read_like_a_file() -> None:
    """A pipe (what `<(git show main:data/plan.yaml)` gives) is read once, not refused."""
    import threading

    read_end, write_end = os.pipe()
    data = PLAN.read_bytes()
    # The writer exists before the read starts, as with a shell's process substitution.
    writer = threading.Thread(target=_write_and_close, args=(write_end, data))
    writer.start()
    try:
        plan = load_plan(Path(f"/dev/fd/{read_end}")).plan
    finally:
        writer.join()
        os.close(read_end)
    assert len(plan.duties) == len(load_plan(PLAN).plan.duties)


def _write_and_close(fd: int, data: bytes) -> None:
    with os.fdopen(fd, "wb") as stream:
        stream.write(data)
