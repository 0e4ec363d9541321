"""Property: every window the grammar can hold renders to notation that reads back to it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from nq42cli.core.windows import Every, Flag, Window, WindowKind, parse_window, render_window

DAYS = st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31))
SPAN_FLAGS = st.frozensets(st.sampled_from([Flag.SUBSTANTIALLY, Flag.STRETCH, Flag.APPROXIMATE]))


@st.composite
def deadlines(draw: st.DrawFn) -> Window:
    start = draw(DAYS)
    if draw(st.booleans()):
        flags = draw(st.frozensets(st.sampled_from([Flag.SUBSTANTIALLY, Flag.STRETCH])))
        return Window(WindowKind.DEADLINE, start, start, flags | {Flag.BEFORE})
    end = start + timedelta(days=draw(st.integers(0, 4000)))
    return Window(WindowKind.DEADLINE, start, end, draw(SPAN_FLAGS))


@st.composite
def ongoings(draw: st.DrawFn) -> Window:
    start = draw(DAYS)
    end = draw(st.none() | st.integers(0, 4000).map(lambda n: start + timedelta(days=n)))
    return Window(WindowKind.ONGOING, start, end)


@st.composite
def recurrings(draw: st.DrawFn) -> Window:
    every = draw(st.sampled_from(list(Every)))
    anchor: tuple[int, int] | None = None
    if every is Every.YEAR and draw(st.booleans()):
        day = draw(st.dates(min_value=date(2001, 1, 1), max_value=date(2001, 12, 31)))
        anchor = (day.month, day.day)
    elif every is Every.MONTH and draw(st.booleans()):
        anchor = (0, draw(st.integers(1, 28)))
    flags = frozenset({Flag.BEFORE}) if anchor and draw(st.booleans()) else frozenset()
    start = draw(st.none() | DAYS)
    end = draw(st.none() | DAYS)
    if start is not None and end is not None and end < start:
        start, end = end, start
    return Window(WindowKind.RECURRING, start, end, flags, every, anchor)


@given(deadlines() | ongoings() | recurrings())
def test_render_then_parse_is_identity(w: Window) -> None:
    """parse_window(render_window(w)) == w for deadlines, ongoing and recurring windows."""
    assert parse_window(render_window(w)) == w, render_window(w)


# The folded words and marks time phrases are made of, and a few that are not: a text
# of them has every shape's letters but no digit.
_WORDS = [
    *re.findall(
        r"\S+",
        "ngay thang nam quy tuan hang moi dinh ky tu den truoc cham nhat het trong vao dau"
        " giua cuoi thuong trung ha sau chin nhung cac va giai doan nhiem thoi tiep theo ke"
        " i ii iii iv v x t q la lan mot / - . , ; ( ) :",
    ),
    " ",
]


@given(st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join))
def test_a_shape_said_to_need_a_digit_matches_no_text_without_one(text: str) -> None:
    """``_scan`` skips these shapes on a digit-free sentence: each must match none."""
    from nq42cli.core.grammar import _PATTERNS, NEEDS_A_DIGIT

    assert {name for name, _ in _PATTERNS} >= NEEDS_A_DIGIT
    for name, pattern in _PATTERNS:
        if name in NEEDS_A_DIGIT:
            assert pattern.search(text) is None, name
