"""`nq42 extract` on news pages retelling a congress timetable (branch z98b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import Draft, extract
from nq42cli.core.spans import find_spans


def _deadlines(draft: Draft) -> list[tuple[str, str | None]]:
    return [(d["text"][:30], d.get("timing")) for d in draft.duties]


AFTER_THEO_DO = (
    "Các địa phương đẩy nhanh việc tổ chức Đại hội Hội Cựu chiến binh các cấp\n"
    "\n"
    "Theo Chỉ thị của Ban Bí thư về lãnh đạo đại hội Hội Cựu chiến binh các cấp, cần "
    "tổ chức đại hội các cấp theo đúng tiến độ.\n"
    "\n"
    "Theo đó, Đại hội Hội Cựu chiến binh cấp cơ sở hoàn thành trong quý I/2027; Đại "
    "hội Hội Cựu chiến binh cấp huyện hoàn thành trong quý II/2027; Đại hội Hội Cựu "
    "chiến binh cấp tỉnh hoàn thành trong quý III/2027; Đại hội đại biểu toàn quốc "
    "Hội Cựu chiến binh tổ chức vào cuối quý IV/2027.\n"
    "\n"
    "Cho đến nay, hầu hết các địa phương đều đã tích cực triển khai việc tổ chức đại "
    "hội các cấp.\n"
)


def test_congress_steps_after_theo_do_are_duties_each_with_its_quarter() -> None:
    draft = extract(AFTER_THEO_DO, issued=date(2027, 1, 10))
    assert [t for _, t in _deadlines(draft)] == [
        "hoàn thành trong quý I/2027",
        "hoàn thành trong quý II/2027",
        "hoàn thành trong quý III/2027",
        "vào cuối quý IV/2027",
    ]
    # What the page reports done since is no duty.
    assert not any(d["text"].startswith("Cho đến nay") for d in draft.duties)


RUN_ON_WITH_VA = (
    "Mặt trận các xã tổ chức xong đại hội\n"
    "Theo kế hoạch tổ chức đại hội Mặt trận các cấp trong tỉnh, đại hội Mặt trận cấp "
    "xã tổ chức từ quý IV/2026 và hoàn thành trước tháng 3.2027. Việc tổ chức đại hội "
    "Mặt trận cấp huyện sẽ hoàn thành trước tháng 5.2027 và Đại hội Mặt trận tỉnh "
    "hoàn thành trước tháng 7.2027.\n"
    "Theo báo tỉnh\n"
)


def test_congress_steps_run_on_as_sentences_and_after_va() -> None:
    draft = extract(RUN_ON_WITH_VA, issued=date(2026, 9, 1))
    got = _deadlines(draft)
    assert [t for _, t in got] == [
        "từ quý IV/2026 và hoàn thành trước tháng 3.2027",
        "hoàn thành trước tháng 5.2027",
        "hoàn thành trước tháng 7.2027",
    ]
    assert got[2][0].startswith("Đại hội Mặt trận tỉnh")


CUT_OFF = (
    "Huyện ủy quán triệt kế hoạch tổ chức đại hội đảng bộ các cấp\n"
    "Tại hội nghị, các đại biểu được quán triệt Kế hoạch của Ban Chấp hành Đảng bộ "
    "huyện về tổ chức đại hội đảng bộ các cấp.\n"
    "Thời gian tiến hành đại hội các cấp, chi bộ trực thuộc đảng ủy cơ sở chuẩn bị "
    "các điều kiện tổ chức đại hội hoàn thành trước ngày 31-1-2027; đối với cấp cơ "
    "sở, tiến hành công tác chuẩn bị đại hội hoàn thành trước ngày 31-3-2027; đảng bộ "
    "cơ sở tổ chức đại hội điểm hoàn thành trước ngày 15-2-2027; đối với các đảng bộ "
    "cơ sở được chỉ đạo tổ chức đại hội đi\n"
)


def test_congress_steps_drop_the_step_the_page_cut_off() -> None:
    draft = extract(CUT_OFF, issued=date(2026, 8, 5))
    got = _deadlines(draft)
    assert [t for _, t in got] == [
        "hoàn thành trước ngày 31-1-2027",
        "hoàn thành trước ngày 31-3-2027",
        "hoàn thành trước ngày 15-2-2027",
    ]


NOT_ALL_FINISHED = (
    "Hội nghị triển khai công tác đại hội\n"
    "Theo đó, Đại hội Hội Nông dân cấp cơ sở hoàn thành trong quý I/2027; các cấp Hội "
    "tiếp tục vận động hội viên tham gia phong trào thi đua; Đại hội Hội Nông dân cấp "
    "tỉnh hoàn thành trong quý III/2027.\n"
)


def test_steps_not_each_finished_by_a_period_are_no_timetable() -> None:
    draft = extract(NOT_ALL_FINISHED, issued=date(2027, 1, 10))
    assert len(draft.duties) < 3


TWO_LEVELS = (
    "Ban Thường vụ Tỉnh ủy giao Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh chỉ đạo việc xây dựng "
    "kế hoạch tổ chức đại hội, nội dung văn kiện, công tác nhân sự.\n"
    "Ban Thường vụ Tỉnh ủy giao Ban Tổ chức Tỉnh ủy hướng dẫn công tác nhân sự đại hội.\n"
    "Thời gian tiến hành đại hội phụ nữ cấp cơ sở, cấp huyện hoàn thành trong quý II năm "
    "2027 và Đại hội đại biểu Phụ nữ tỉnh hoàn thành trong quý III năm 2027.\n"
    "Minh Anh\n"
)


def test_timetable_opening_its_sentence_reads_two_levels() -> None:
    draft = extract(TWO_LEVELS, issued=date(2027, 1, 10))
    got = _deadlines(draft)
    assert [t for _, t in got][-2:] == [
        "hoàn thành trong quý II năm 2027",
        "hoàn thành trong quý III năm 2027",
    ]
    assert got[-2][0].startswith("Thời gian tiến hành đại hội")
    assert got[-1][0].startswith("Đại hội đại biểu Phụ nữ tỉnh")


DIRECTION_OF_WORK = (
    "THÔNG BÁO\n"
    "KẾT LUẬN CỦA BỘ CHÍNH TRỊ\n"
    "về tình hình thực hiện Nghị quyết số 20-NQ/TW\n"
    "\n"
    "Bộ Chính trị đã thảo luận và kết luận:\n"
    "\n"
    "1. Định hướng triển khai thực hiện Nghị quyết trong thời gian tới\n"
    "\n"
    "- Tập trung hoàn thiện thể chế, chính sách huy động các nguồn lực phát triển đô "
    "thị.\n"
    "\n"
    "- Đảng đoàn Quốc hội chỉ đạo việc sửa đổi, bổ sung các luật liên quan.\n"
    "\n"
    "- Ban cán sự đảng Chính phủ chỉ đạo sửa đổi, bổ sung các văn bản dưới luật.\n"
)


def test_direction_of_implementation_heading_is_over_tasks_not_targets() -> None:
    draft = extract(DIRECTION_OF_WORK, issued=date(2027, 3, 30), number="60-TB/TW")
    texts = [d["text"] for d in draft.duties]
    assert any(t.startswith("Tập trung hoàn thiện thể chế") for t in texts)
    assert any(t.startswith("Đảng đoàn Quốc hội chỉ đạo") for t in texts)
    assert any(t.startswith("Ban cán sự đảng Chính phủ") for t in texts)


COUNCIL_ARTICLE = (
    "NGHỊ QUYẾT\n"
    "Về chương trình giám sát của Hội đồng nhân dân tỉnh năm 2027\n"
    "Điều 1. Thông qua chương trình giám sát của Hội đồng nhân dân tỉnh năm 2027.\n"
    "Điều 2. Hội đồng nhân dân tỉnh giao Thường trực Hội đồng nhân dân tỉnh tổ chức "
    "thực hiện Nghị quyết; tổng hợp và báo cáo kết quả giám sát.\n"
    "Ủy ban nhân dân tỉnh và các cơ quan liên quan có trách nhiệm báo cáo và cung cấp "
    "đầy đủ, kịp thời những thông tin cần thiết theo yêu cầu của chủ thể giám sát.\n"
    "Hội đồng nhân dân tỉnh giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội "
    "đồng nhân dân tỉnh giám sát quá trình thực hiện Nghị quyết.\n"
    "Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 13 tháng 7 năm 2026 "
    "và có hiệu lực từ ngày thông qua./.\n"
)


def test_article_paragraphs_naming_who_acts_beside_its_validity_are_duties() -> None:
    draft = extract(COUNCIL_ARTICLE, issued=date(2026, 7, 13), number="80/NQ-HĐND")
    texts = [d["text"] for d in draft.duties]
    assert any(t.startswith("Hội đồng nhân dân tỉnh giao Thường trực") for t in texts)
    assert any(t.startswith("Ủy ban nhân dân tỉnh và các cơ quan") for t in texts)
    # The supervision formula and the validity are no duties.
    assert not any("giám sát quá trình" in t for t in texts)
    assert not any(t.startswith("Nghị quyết này") for t in texts)


DEVELOPMENT_DIRECTIONS = (
    "NGHỊ QUYẾT\n"
    "về xây dựng hệ thống kết cấu hạ tầng đồng bộ\n"
    "\n"
    "III. ĐỊNH HƯỚNG PHÁT TRIỂN HỆ THỐNG KẾT CẤU HẠ TẦNG\n"
    "1- Định hướng phát triển hạ tầng cung cấp điện\n"
    "\n"
    "Thực hiện đúng tiến độ các nhà máy điện theo quy hoạch, ưu tiên các nhà máy có "
    "công suất lớn.\n"
    "\n"
    "Thực hiện sử dụng điện tiết kiệm và hiệu quả. Phấn đấu giảm hệ số đàn hồi "
    "điện/GDP còn 1,0 vào năm 2030.\n"
    "\n"
    "2- Định hướng phát triển hạ tầng y tế\n"
    "\n"
    "Phát triển hạ tầng y tế. Phấn đấu đạt tối thiểu 23 giường bệnh/10.000 dân vào "
    "năm 2028 và 26 giường bệnh/10.000 dân vào năm 2030.\n"
)


def test_development_direction_without_a_year_is_over_work_and_its_levels_no_deadline() -> None:
    draft = extract(DEVELOPMENT_DIRECTIONS, issued=date(2026, 1, 16), number="13-NQ/TW")
    texts = {d["text"][:30]: d for d in draft.duties}
    assert any(t.startswith("Thực hiện đúng tiến độ") for t in texts)
    assert any(t.startswith("Phát triển hạ tầng y tế") for t in texts)
    # The levels striven for by a year are targets, never deadlines.
    for d in draft.duties:
        assert d.get("timing") is None, d["text"]


def test_level_striven_for_by_a_year_is_a_target_but_a_finishing_verb_keeps_it() -> None:
    issued = date(2026, 1, 16)
    striven = "Phấn đấu giảm hệ số đàn hồi điện/GDP còn 1,0 vào năm 2030."
    assert [s.code for s in find_spans(striven, issued)] == ["span.target"]
    beds = "Phấn đấu đạt tối thiểu 23 giường bệnh/10.000 dân vào năm 2028."
    assert [s.code for s in find_spans(beds, issued)] == ["span.target"]
    finished = "Phấn đấu hoàn thành 600 km đường cao tốc vào năm 2030."
    assert [s.code for s in find_spans(finished, issued)] == [None]
