"""`nq42 extract` made faster with the same drafts (branch z103c).

The speed-ups memoise pure functions and skip tests that cannot hold; these pin that
each reads as before: folding by a translation table, a line's label read once, a name
list read past the inside of its words, and a document read twice in one run.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, _label, extract
from nq42cli.core.layout import Line
from nq42cli.core.ownerfind import _all_caps
from nq42cli.core.text import _fold_char, fold_aligned
from tests.extract_helpers import lead_names


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


def test_aligned_folding_is_a_fold_a_character() -> None:
    for text in (
        "Bộ Tài chính chủ trì, hoàn thành trước ngày 30/6/2026.",
        "ĐIỀU 2. Quý IV/2025 – Ủy ban nhân dân",
        "Hoa\u0301 do\u0300n\u00a0\t\u200bx",  # NFD marks, a no-break space, a tab
        "\udce1 \U0001f600 \u2028 ǅ",  # a lone surrogate, an astral symbol, a titlecase letter
    ):
        got = fold_aligned(text)
        assert got == "".join(_fold_char(c) for c in text)
        assert len(got) == len(text)


def test_a_cached_label_is_a_new_node_each_time() -> None:
    first = _label(Line(3, "1. Bộ Tài chính chủ trì xây dựng đề án."))
    again = _label(Line(9, "1. Bộ Tài chính chủ trì xây dựng đề án.", heading=2))
    assert first is not None
    assert again is not None
    assert (first.kind, first.label, first.line) == ("arabic", "1", 3)
    assert (again.line, again.heading) == (9, 2)
    first.children.append(again)
    assert again.children == []
    assert first is not again
    # The line as written decides a listed point's letter: "- **a)**" is the point's.
    listed = _label(Line(1, "- a) Các bộ rà soát", raw="- **a)** Các bộ rà soát"))
    plain = _label(Line(1, "- a) Các bộ rà soát", raw="- a) Các bộ rà soát"))
    assert listed is not None
    assert (listed.kind, listed.label) == ("letter", "a")
    assert plain is not None
    assert plain.kind == "dash"


def test_all_capitals_wants_four_capital_letters() -> None:
    assert _all_caps("BỘ TÀI CHÍNH")
    assert not _all_caps("BỘ Y")  # three letters
    assert not _all_caps("BỘ TÀI chính")
    assert _all_caps("UBND, 2026 - SỞ")


CONCLUSION = """\
KẾT LUẬN

1. Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng hoàn thiện đề án, trình Thủ tướng Chính \
phủ trước ngày 30/6/2026.
2. Sở quản lý ngành, lĩnh vực đối với hàng hóa, dịch vụ có trách nhiệm kiểm tra giá, báo cáo \
trong quý III/2026.
3. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tổ chức tuyên truyền thường xuyên.
"""


def test_names_end_where_they_did_and_a_second_reading_is_the_same() -> None:
    draft = extract(CONCLUSION, issued=date(2026, 1, 5), number="1/KL-TW")
    duties = _by_id(draft)
    assert lead_names(draft, duties["S.1"]) == ["Bộ Tài chính"]
    assert duties["S.1"]["windows"] == ["trước ngày 30/6/2026"]
    assert lead_names(draft, duties["S.2"]) == [
        "Sở quản lý ngành, lĩnh vực đối với hàng hóa, dịch vụ"
    ]
    assert duties["S.2"]["windows"] == ["quý III/2026"]
    assert lead_names(draft, duties["S.3"]) == [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
    ]
    assert duties["S.3"]["windows"] == ["thường xuyên"]
    # The caches filled by the first reading give the second the same draft.
    assert extract(CONCLUSION, issued=date(2026, 1, 5), number="1/KL-TW").data == draft.data
