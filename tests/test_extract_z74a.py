"""`nq42 extract`: a Government resolution or directive retold body by body in running text.

Each text here is small and made up for the shape it pins; the real documents are
scored in tests/test_extract_corpus.py.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract


def _owners(draft: Draft, duty: dict[str, Any]) -> list[tuple[str, str]]:
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    return [(r.get("as_written") or names[r["owner"]], r["role"]) for r in duty["owners"]]


def _leads(draft: Draft, duty: dict[str, Any]) -> list[str]:
    got = _owners(draft, duty)
    return [n for n, r in got if r == "lead"] or [n for n, r in got if r == "responsible"]


def _starting(draft: Draft, words: str) -> dict[str, Any]:
    found = [d for d in draft.duties if d["text"].startswith(words)]
    assert len(found) == 1, [d["text"][:60] for d in draft.duties]
    return found[0]


RETOLD = """\
Chính phủ ban hành Nghị quyết phiên họp thường kỳ tháng 3

Bộ Xây dựng rà soát quy chuẩn về nhà ở xã hội, hoàn thiện hồ sơ dự án. Hướng dẫn các \
tỉnh lập danh mục dự án nhà ở cho công nhân. Tập trung tháo gỡ vướng mắc về thủ tục đất \
đai của các dự án đang triển khai.

Bộ Y tế nâng cao chất lượng khám bệnh tại tuyến xã. Tăng cường kiểm tra an toàn thực phẩm \
tại các bếp ăn tập thể.

Bộ Tư pháp theo dõi thi hành pháp luật về xử lý vi phạm hành chính.

Ngoài ra, Bộ trưởng lưu ý chuẩn bị tốt hội nghị của ngành. Hoàn thành tổng kết công tác \
trước ngày 15/8 để báo cáo Chính phủ.
"""


def test_a_retold_bodys_later_action_sentences_are_its_tasks_each() -> None:
    """Each later sentence opening with an action is one more task of the paragraph's owner."""
    draft = extract(RETOLD, issued=date(2026, 4, 2))
    for words in ("Bộ Xây dựng rà soát", "Hướng dẫn các tỉnh", "Tập trung tháo gỡ"):
        assert _leads(draft, _starting(draft, words)) == ["Bộ Xây dựng"]
    for words in ("Bộ Y tế nâng cao", "Tăng cường kiểm tra"):
        assert _leads(draft, _starting(draft, words)) == ["Bộ Y tế"]
    # A paragraph going on in the report's own words keeps its dated sentence: the date
    # is not made the deadline of a task cut loose from it.
    assert not any(d["text"].startswith("Hoàn thành tổng kết") for d in draft.duties)


HAS_A_MEASURE = """\
Chính phủ ban hành Nghị quyết phiên họp thường kỳ tháng 9

Chính phủ yêu cầu Bộ Xây dựng có giải pháp gỡ vướng cho các dự án nhà ở thương mại.

Bộ Quốc phòng có phương án bảo đảm an toàn cho tàu cá trên biển.

Bộ Ngoại giao có kế hoạch đón đoàn đại biểu cấp cao dự hội nghị.
"""


def test_a_body_that_is_to_have_a_measure_is_named_without_it() -> None:
    """ "X có giải pháp / phương án / kế hoạch …": the verb phrase, not a word of X's name."""
    draft = extract(HAS_A_MEASURE, issued=date(2026, 9, 30))
    assert _leads(draft, _starting(draft, "Chính phủ yêu cầu Bộ Xây dựng")) == ["Bộ Xây dựng"]
    assert _leads(draft, _starting(draft, "Bộ Quốc phòng có")) == ["Bộ Quốc phòng"]
    assert _leads(draft, _starting(draft, "Bộ Ngoại giao có")) == ["Bộ Ngoại giao"]


CODE_ENDED = """\
Chính phủ ban hành Nghị quyết phiên họp thường kỳ tháng 5

Bộ Công Thương theo dõi sát thị trường xăng dầu, bảo đảm đủ nguồn cung cho sản xuất. \
Rà soát, sửa đổi Nghị định số 95/2021/NĐ-CP. Khẩn trương hoàn thiện, trình Chính phủ \
dự thảo Nghị định về kinh doanh khí. Báo cáo Thủ tướng Chính phủ kết quả trước ngày \
20/6/2026.

Bộ Tài chính tiếp tục cơ cấu lại ngân sách nhà nước, siết chặt kỷ luật tài chính.

Bộ Nội vụ hoàn thiện đề án vị trí việc làm trong các cơ quan hành chính.
"""


def test_a_sentence_ending_on_a_documents_code_ends_and_a_report_back_stays() -> None:
    """ "… số 95/2021/NĐ-CP. Khẩn trương …": the code ends a sentence; the next is a task.
    "Báo cáo … trước ngày …" closing the paragraph is when the task above is due."""
    draft = extract(CODE_ENDED, issued=date(2026, 5, 30))
    first = _starting(draft, "Rà soát, sửa đổi Nghị định")
    assert first["text"].endswith("95/2021/NĐ-CP.")
    more = _starting(draft, "Khẩn trương hoàn thiện")
    assert _leads(draft, more) == ["Bộ Công Thương"]
    assert more["text"].endswith("trước ngày 20/6/2026.")
    assert not any(d["text"].startswith("Báo cáo Thủ tướng") for d in draft.duties)


HEAD_GIVES = """\
Thủ tướng ban hành Chỉ thị về thúc đẩy giải ngân vốn đầu tư công

Thủ tướng Chính phủ giao các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh tiếp tục rà \
soát danh mục dự án chậm giải ngân.

Bộ Tài chính tổng hợp tình hình giải ngân của các bộ, địa phương.

Bộ Xây dựng đôn đốc các dự án giao thông trọng điểm.
"""


def test_the_heads_giao_names_the_bodies_after_it_in_lower_case() -> None:
    """ "Thủ tướng Chính phủ giao các bộ, …": the head assigns; the bodies own the work."""
    draft = extract(HEAD_GIVES, issued=date(2026, 7, 1))
    duty = _starting(draft, "Thủ tướng Chính phủ giao")
    leads = _leads(draft, duty)
    assert leads
    assert not any(n.startswith("Thủ tướng") for n in leads)
    assert any(n.startswith("các bộ") for n in leads)


GOES_ON_WITH_A_YEAR = """\
Chính phủ ban hành Nghị quyết phiên họp thường kỳ tháng 4

Bộ Giáo dục và Đào tạo hoàn thiện chương trình giáo dục phổ thông.

Bên cạnh đó, hướng dẫn các địa phương bồi dưỡng giáo viên. Tổ chức tốt kỳ thi tốt nghiệp \
trung học phổ thông năm 2026, bảo đảm nghiêm túc, khách quan.

Bộ Y tế nâng cao chất lượng khám bệnh tại tuyến xã.

Bộ Nội vụ hoàn thiện đề án vị trí việc làm trong các cơ quan hành chính.
"""


def test_a_year_no_word_makes_the_duties_does_not_keep_a_sentence_in_its_paragraph() -> None:
    """ "Tổ chức tốt kỳ thi … năm 2026" names the exam's year, no deadline: a task of its own."""
    draft = extract(GOES_ON_WITH_A_YEAR, issued=date(2026, 5, 4))
    exam = _starting(draft, "Tổ chức tốt kỳ thi")
    assert _leads(draft, exam) == ["Bộ Giáo dục và Đào tạo"]
    assert _starting(draft, "Bên cạnh đó").get("text", "").endswith("bồi dưỡng giáo viên.")
