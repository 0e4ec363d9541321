"""The JSON renderer's own pretty-printer writes exactly what ``json.dumps`` writes."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from nq42cli.render.json_ import Raw, pretty

_leaves = st.none() | st.booleans() | st.integers() | st.text() | st.floats(allow_nan=False)
_docs = st.recursive(
    _leaves,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=30,
)


@given(_docs)
def test_pretty_is_json_dumps_with_indent_2(doc: Any) -> None:
    """Any document of text, numbers, booleans, nulls, lists and dicts: the same text."""
    assert pretty(doc) == json.dumps(doc, ensure_ascii=False, indent=2)


@given(_docs, _docs)
def test_a_raw_piece_is_placed_as_if_it_were_its_value(doc: Any, piece: Any) -> None:
    """JSON made once and placed as Raw reads exactly as the value written in its place."""
    whole = {"a": [doc, piece], "b": piece}
    made = Raw(pretty(piece))
    assert pretty({"a": [doc, made], "b": made}) == json.dumps(whole, ensure_ascii=False, indent=2)
