"""The fast reader gives the full reader's data, or gives up; positions stay exact."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks import generate
from hypothesis import given
from hypothesis import strategies as st

from nq42cli.core.fastyaml import read_fast
from nq42cli.core.problems import DataError
from nq42cli.core.yamlsrc import read_yaml
from tests.conftest import PLAN, run


def same_as_full(text: str) -> bool:
    """True when the fast reader read ``text``; asserts it read what the full reader reads."""
    fast = read_fast(text, "f.yaml")
    if fast is None:
        return False
    assert fast.data == read_yaml(text, "f.yaml").data
    return True


def test_real_plan_is_read_fast_and_identically() -> None:
    """The real plan is plain block YAML: the fast reader takes it and agrees."""
    assert same_as_full(PLAN.read_text(encoding="utf-8"))


def test_generated_plan_is_read_fast_and_identically() -> None:
    """A generated 300-duty plan (the benchmark's shape) reads the same both ways."""
    assert same_as_full(generate.plan_text(300, seed=7))


@pytest.mark.parametrize(
    "text",
    [
        "a: [1, 2]\n",
        "a: {b: 1}\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: |\n  text\n",
        "a: >\n  text\n",
        "a: plain\n  continued\n",
        'a: "two\n  lines"\n',
        "a: 'it''s\n  more'\n",
        "a:\tb\n",
        "a: 1\na: 2\n",
        '"a": 1\n',
        'a: "esc\\u0041"\n',
        "---\na: 1\n",
        "a: 1\n...\n",
        "%YAML 1.1\n---\na: 1\n",
        "<<: {a: 1}\n",
        "a: b: c\n",
        "a: - b\n",
        "- a\n- b\n",
        "a:\n  - - b\n",
        "a: ? b\n",
        "a: x\x07y\n",
        "a: x\r\nb: y\r\n",
        "a: 'x' y\n",
        'a: "x"y\n',
        "",
        "# only a comment\n",
        "  a: 1\n",
        "a:\n    b: 1\n  c: 2\n",
        "null: 1\n",
        "1: a\n",
        "a: @x\n",
        "a: `x`\n",
        "a: x\u2028y\n",
        "a: x\x85y\n",
        "a: x\u2029y\n",
        "".join(" " * i + "a:\n" for i in range(1200)),
        "a:\n" + "".join(" " * (2 * i) + "- b:\n" for i in range(1200)),
        # A list item's later keys (read inline for a history): a repeated key, an escape,
        # a quote inside the value, text after the closing quote.
        'r:\n  - a: "1"\n    b: "x"\n    b: "y"\n',
        'r:\n  - a: "1"\n    b: "x\\ty"\n',
        'r:\n  - a: "1"\n    b: "x"y"\n',
        'r:\n  - a: "1"\n    b: "x" y\n',
        # A word met first as a value is no plain key for that: the full reader refuses it.
        "a: null\nnull: 1\n",
        'a: true\nr:\n  - true: "x"\n',
        # A repeated key in an item of a run read at once (the last item is read line by
        # line: the repeat is in the first).
        'r:\n  - a: "1"\n    a: "2"\n  - a: "3"\n  - a: "4"\n',
    ],
)
def test_gives_up_on_what_it_does_not_handle(text: str) -> None:
    """Flow, anchors, tags, block and multi-line scalars, escapes, tabs, CRs, dup keys …."""
    assert read_fast(text, "f.yaml") is None


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: 1.5\nc: true\nd: false\ne: null\nf: ~\ng:\nh: yes\ni: NO\nj: 2023-11-27\n",
        "a: 0x1F\nb: 017\nc: 1_000\nd: .inf\ne: -.5e3\nf: 1:30\ng: -x\nh: +1\n",
        "a: x # comment\nb: x#y\nc: 'q' # c\nd: \"q\"  # c\ne: 'it''s'\n",
        "a:\n- 1\n- b: 2\n  c: 3\n-\n  d: 4\n- # c\n  e: 5\n",
        "a:\n  b:\n    c: [ ]\n  d: []\n  e: {}\n",
        "k: Uỷ ban\nl: Ủy ban\nm: 'Ủy ban'\n",
        "\ufeffa: 1\n",
        "a: 1",
        "a: x  \n",
        "a: \nb:  # c\n",
        "list:\n  - 'x'\n  - \"y\"\n  - z\n",
        # A progress history's shape: keys met before, quoted values closing their line.
        'r:\n  - a: "1"\n    b: "x"\n    c: "y"  # c\n    d: "Ủy ban"\n    f: ""\n'
        '  - a: "2"\n    b: "x \' y"\n    c: 3\n    d: z\n',
    ],
)
def test_reads_the_plain_block_forms_like_the_full_reader(text: str) -> None:
    """Scalars of every kind the resolver knows, comments, compact and nested sequences."""
    fast = read_fast(text, "f.yaml")
    if fast is not None:
        assert fast.data == read_yaml(text, "f.yaml").data
    else:
        # "[ ]" with a space is a flow form it leaves to the full reader.
        assert "[ ]" in text


KEYS = st.sampled_from(["a", "b", "id", "null", "1", "x_y", "<<", "a b"])
SCALARS = st.sampled_from(
    [
        "1", "x", "'q'", '"q"', "null", "true", "no", "1.5", "2024-01-01", "x # c", "x#y",
        "[]", "{}", "'it''s'", "a: b", "- x", "&a x", "*a", "!t x", "|", ">", '"x', "'x",
        "quý I/2024", "Ủy ban", "0o7", "+1", ".5", "~", "", "x\u2028y", "x\x85y", "\ufeffx",
        "x\ty", '"x\\ty"', "x\x7fy",
    ]
)  # fmt: skip


@st.composite
def documents(draw: st.DrawFn) -> str:
    """Random block documents built from plausible and implausible lines."""
    lines = []
    for _ in range(draw(st.integers(1, 12))):
        indent = " " * draw(st.sampled_from([0, 0, 2, 4, 6, 3]))
        kind = draw(st.sampled_from(["kv", "key", "item", "itemkv", "comment", "blank"]))
        key, value = draw(KEYS), draw(SCALARS)
        lines.append(
            {
                "kv": f"{indent}{key}: {value}",
                "key": f"{indent}{key}:",
                "item": f"{indent}- {value}",
                "itemkv": f"{indent}- {key}: {value}",
                "comment": f"{indent}# note",
                "blank": "",
            }[kind]
        )
    return "\n".join(lines) + "\n"


@given(documents())
def test_never_disagrees_with_the_full_reader(text: str) -> None:
    """On any document: the fast reader gives up, or the full reader reads the same data."""
    fast = read_fast(text, "f.yaml")
    if fast is None:
        return
    try:
        full = read_yaml(text, "f.yaml")
    except DataError as exc:  # pragma: no cover - the property under test
        pytest.fail(f"fast reader accepted what the full reader rejects: {exc}")
    assert fast.data == full.data


def test_errors_keep_exact_positions(tmp_path: Path) -> None:
    """A fast-read plan with a bad window is reported at the window's own line and column."""
    text = PLAN.read_text(encoding="utf-8")
    bad = text.replace('      - "quý I/2024"', '      - "quý V/2024"', 1)
    line = bad[: bad.index('"quý V/2024"')].count("\n") + 1
    plan = tmp_path / "plan.yaml"
    plan.write_text(bad, encoding="utf-8")
    assert read_fast(bad, str(plan)) is not None
    out = run("validate", str(plan), code=1)
    assert f"{plan}:{line}:9: " in out.stdout
    assert "a quarter is I–IV" in out.stdout


WORDS = st.sampled_from(
    [
        "x", "Ủy ban", "quý I/2024", "1", "-1", "0x1F", "1.5", "true", "no", "null", "~",
        "2023-11-27", "a#b", "a # b", "it's", 'say "hi"', "a: b", "[]", "- x", "", " x",
        "x ", "%x", "@x", "x\u00a0y", "\ufeffx",
    ]
)  # fmt: skip
KEY_NAMES = st.sampled_from(["a", "b", "id", "text", "windows", "owners", "x_1"])


def _scalar(draw: st.DrawFn, word: str) -> str:
    style = draw(st.sampled_from(["plain", "single", "double"]))
    if style == "single":
        return "'" + word.replace("'", "''") + "'"
    if style == "double" and '"' not in word:
        return '"' + word + '"'
    return word


@st.composite
def block_documents(draw: st.DrawFn) -> str:
    """Well-formed block documents of nested mappings and sequences, in varied styles."""
    lines: list[str] = []

    def value(indent: int, depth: int) -> None:
        kind = draw(st.sampled_from(["map", "seq"] if depth == 0 else ["map", "seq", "scalar"]))
        if kind == "scalar" or depth > 3:
            return
        if kind == "map":
            for key in draw(st.lists(KEY_NAMES, min_size=1, max_size=3, unique=True)):
                entry(indent, key, depth)
        else:
            for _ in range(draw(st.integers(1, 3))):
                if draw(st.booleans()):
                    lines.append(" " * indent + "- " + _scalar(draw, draw(WORDS)))
                else:
                    keys = draw(st.lists(KEY_NAMES, min_size=1, max_size=3, unique=True))
                    first, *rest = keys
                    lines.append(" " * indent + f"- {first}: " + _scalar(draw, draw(WORDS)))
                    for key in rest:
                        entry(indent + 2, key, depth + 1)
        if draw(st.booleans()):
            lines.append(" " * indent + "# a comment")

    def entry(indent: int, key: str, depth: int) -> None:
        if depth < 3 and draw(st.booleans()):
            lines.append(" " * indent + f"{key}:")
            nested = draw(st.sampled_from([2, 4]))
            before = len(lines)
            value(indent + nested, depth + 1)
            if len(lines) == before:
                lines[-1] += " " + _scalar(draw, draw(WORDS))
        else:
            lines.append(" " * indent + f"{key}: " + _scalar(draw, draw(WORDS)))

    value(0, 0)
    return "\n".join(lines) + "\n"


@given(block_documents())
def test_block_documents_read_the_same(text: str) -> None:
    """On well-formed block YAML: the fast reader gives up, or reads what the full one reads."""
    fast = read_fast(text, "f.yaml")
    if fast is None:
        return
    assert fast.data == read_yaml(text, "f.yaml").data


# ---------------------------------------------------------------- histories as nq42 writes

# Mostly what nq42 writes, some of what a hand edit may bring.
HISTORY_KEYS = st.sampled_from(
    ["event", "date", "note", "by"] * 6 + ["owner", "force", "on", "yes", "null", "true", "_x"]
)
HISTORY_VALUES = st.sampled_from(
    ['"Báo cáo tiến độ"', '"2024-01-01"', '"Lan"', "note"] * 8
    + [
        '"Báo cáo tiến độ"', '"Ba\u0301o ca\u0301o"', '"2024-01-01"', '""', '"Lan"', "note",
        "done", "true", "no", "null", "on", "1", "1.5", "2024-01-01", "x_y", "-1", ".5",
        '"a # b"', '"x" # c', '"x"  ', "'q'", '"esc\\n"', "", "x y", "a#b", "[]",
    ]
)  # fmt: skip


@st.composite
def histories(draw: st.DrawFn) -> str:
    """Progress histories: mostly nq42's own layout, with hand edits in between."""
    lines = ["# Progress of duty IV.2.a.", 'plan: "19-KH/TW"', 'duty: "IV.2.a"', "records:"]
    indent = " " * draw(st.sampled_from([2, 2, 2, 0, 4]))
    for _ in range(draw(st.integers(0, 8))):
        unique = draw(st.integers(0, 3)) > 0
        keys = draw(st.lists(HISTORY_KEYS, min_size=1, max_size=4, unique=unique))
        for n, key in enumerate(keys):
            value = draw(HISTORY_VALUES)
            lead = indent + ("- " if n == 0 else "  ")
            lines.append(f"{lead}{key}: {value}".rstrip(" ") if value else f"{lead}{key}:")
        if draw(st.integers(0, 7)) == 0:
            lines.append(draw(st.sampled_from(["", "# a comment", indent + "  # c", "x: 1"])))
    text = "\n".join(lines)
    return text if draw(st.integers(0, 4)) == 0 else text + "\n"


def _line_by_line(text: str) -> object:
    """What the fast reader gives with every list item read line by line."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("nq42cli.core.fastyaml._Reader._items", lambda *_: False)
        fast = read_fast(text, "f.yaml")
    return None if fast is None else fast.data


@given(histories())
def test_histories_read_as_line_by_line_and_as_the_full_reader(text: str) -> None:
    """A run of items read at once gives what the line reader and the full reader give."""
    fast = read_fast(text, "f.yaml")
    assert (None if fast is None else fast.data) == _line_by_line(text)
    if fast is not None:
        assert fast.data == read_yaml(text, "f.yaml").data


@pytest.mark.parametrize(
    "text",
    [
        # A history nq42 wrote, a comment inside the list, a missing last newline, a null
        # value, NFD text, a bare "on" key, bare words the resolver reads as data.
        'plan: "p"\nrecords:\n  - event: note\n    date: "2024-01-01"\n    note: "a"\n'
        '  - event: note\n    date: "2024-01-02"\n    note: "b"\n',
        'r:\n  - a: "1"\n  # c\n    b: "2"\n  - a: "3"\n\n  - a: "4"\n  - a: "5"\n',
        'r:\n  - a: "1"\n  - a: "2"\n  - a: "3"',
        'r:\n  - a: "1"\n    b:\n  - a: "2"\n    b: null\n  - a: "3"\n',
        'r:\n  - a: "Ba\u0301o ca\u0301o"\n  - a: "Ủy ban"\n  - a: "x"\n',
        'r:\n  - on: "2024-01-01"\n  - on: "2024-01-02"\n  - on: x\n',
        "r:\n  - a: yes\n    b: true\n  - a: null\n    b: 1\n  - a: 2024-01-01\n    b: 0x1F\n"
        "  - a: on\n",
        'r:\n- a: "1"\n  b: x\n- a: "2"\n  b: y\nz: 1\n',
    ],
)
def test_history_edge_cases_read_the_same(text: str) -> None:
    """Each reads as the line reader and the full reader read it."""
    fast = read_fast(text, "f.yaml")
    assert fast is not None
    assert fast.data == _line_by_line(text) == read_yaml(text, "f.yaml").data


def test_a_long_history_is_read_item_runs_at_once() -> None:
    """nq42's own layout goes through the run reader (not only the line reader)."""
    text = 'plan: "p"\nduty: "d"\nrecords:\n' + "".join(
        f'  - event: note\n    date: "2024-01-{1 + i % 28:02d}"\n    note: "lần {i}"\n'
        for i in range(50)
    )
    calls: list[bool] = []
    from nq42cli.core import fastyaml

    items = fastyaml._Reader._items

    def spy(self: fastyaml._Reader, indent: int, out: list[object]) -> bool:
        calls.append(items(self, indent, out))
        return calls[-1]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(fastyaml._Reader, "_items", spy)
        fast = read_fast(text, "f.yaml")
    assert fast is not None
    assert calls[0] is True
    assert fast.data == _line_by_line(text) == read_yaml(text, "f.yaml").data
    assert len(fast.data["records"]) == 50
