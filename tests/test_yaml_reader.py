"""The event-driven YAML reader: the values it builds, where it says they are, what it refuses."""

from __future__ import annotations

import pytest

from nq42cli.core.problems import DataError
from nq42cli.core.yamlsrc import MAX_DEPTH, MAX_PROBLEMS, _Builder, _Events, decode, read_yaml


def _codes(text: str) -> list[tuple[str, int, int]]:
    with pytest.raises(DataError) as info:
        read_yaml(text, "f.yaml")
    return [(p.code, p.line, p.column) for p in info.value.problems]


def test_scalars_are_typed_as_a_plan_needs() -> None:
    """Only true/false are booleans, dates stay text, YAML 1.1 octal stays text."""
    text = "a: NO\nb: yes\nc: true\nd: 2024-02-30\ne: 1_000\nf: 017\ng: 1.5\nh: ~\ni: '42'\n"
    data = read_yaml(text, "f.yaml").data
    assert data == {
        "a": "NO",
        "b": "yes",
        "c": True,
        "d": "2024-02-30",
        "e": 1000,
        "f": "017",
        "g": 1.5,
        "h": None,
        "i": "42",
    }


def test_text_is_stored_nfc() -> None:
    """Decomposed keys and values come out composed."""
    data = read_yaml("Nghi\u0323: quye\u0302\u0301t\n", "f.yaml").data
    assert data == {"Nghị": "quyết"}


def test_positions_of_keys_and_values() -> None:
    """Every value and key has its 1-based line and column, nested ones included."""
    source = read_yaml("plan:\n  id: x\nduties:\n  - id: IV.1\n    owners: [a, b]\n", "f.yaml")
    assert source.values[("plan", "id")] == (2, 7)
    assert source.keys[("plan", "id")] == (2, 3)
    assert source.values[("duties", 0, "owners", 1)] == (5, 17)
    assert source.position(("duties", 0, "missing")) == (4, 5)
    assert source.position(("duties", 0, "owners", 1), key=True) == (5, 17)


def test_refused_values_leave_no_data_and_no_positions() -> None:
    """A duplicate key's value is read but neither kept nor given a position."""
    builder = _Builder("f.yaml")
    builder.run(_Events("a: 1\na: {x: [1, 2]}\nb: 2\n"))
    assert builder.source.data == {"a": 1, "b": 2}
    assert ("a", "x") not in builder.source.values
    assert [p.code for p in builder.problems] == ["yaml.duplicate_key"]


def test_every_alias_is_reported_where_it_stands() -> None:
    """Each alias is one problem at its own position; the anchor itself is harmless."""
    assert _codes("a: &x 1\nb: [*x, 2, {c: *x}]\n") == [
        ("yaml.alias", 2, 5),
        ("yaml.alias", 2, 16),
    ]


def test_depth_is_refused_at_the_first_level_too_deep() -> None:
    """Nesting one level past MAX_DEPTH is refused at that level's position."""
    ok = "a: " + "{b: " * (MAX_DEPTH - 1) + "1" + "}" * (MAX_DEPTH - 1) + "\n"
    read_yaml(ok, "f.yaml")
    deep = "a: " + "{b: " * MAX_DEPTH + "1" + "}" * MAX_DEPTH + "\n"
    assert _codes(deep) == [("yaml.depth", 1, 4 + 4 * (MAX_DEPTH - 1))]


def test_reading_stops_after_max_problems() -> None:
    """Past MAX_PROBLEMS the reader stops, with one last problem saying so."""
    codes = _codes("a: &a 1\nb: [" + "*a, " * (MAX_PROBLEMS * 3) + "]\n")
    assert len(codes) == MAX_PROBLEMS + 1
    assert codes[-1][0] == "yaml.too_many"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a: 1\n---\nb: 2\n", "yaml.syntax"),
        ("<<: {a: 1}\n", "yaml.merge"),
        ("a: !!python/tuple [1]\n", "yaml.tag"),
        ("? [a]\n: 1\n", "yaml.key"),
        ("1: a\n", "yaml.key"),
        ("a:\n\t- 1\n", "yaml.tab"),
        ("a: b\x1bc\n", "file.control_char"),
        ("", "file.empty"),
    ],
)
def test_refusals(text: str, code: str) -> None:
    """Each YAML feature a plan has no use for is one positioned problem."""
    assert [c for c, _, _ in _codes(text)] == [code]


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        ("plan: kế hoạch\n".encode("utf-16"), "UTF-16"),
        ("plan: kế hoạch\n".encode("utf-16-le"), "UTF-16"),
        ("plan: kế hoạch\n".encode("utf-32"), "UTF-32"),
        (b"plan: x\n\x00\x01\x02", "binary"),
        (b"plan: K\xea\xec ho\xb5ch\n", "not UTF-8"),  # "Kế hoạch" in Windows-1258
    ],
)
def test_encodings_other_than_utf8_are_named(raw: bytes, says: str) -> None:
    """A file in another encoding is refused with a message that names what it is."""
    with pytest.raises(DataError) as info:
        decode(raw, "f.yaml")
    assert says in info.value.problems[0].message


def test_utf8_bom_is_dropped() -> None:
    """A UTF-8 byte order mark is accepted and not part of the text."""
    assert decode(b"\xef\xbb\xbfplan: x\n", "f.yaml") == "plan: x\n"
