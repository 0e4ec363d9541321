"""`nq42 extract` on timetables retold in running text (branch z96b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import extract
from tests.extract_helpers import lead_names
from tests.extract_score import _deadline

MILESTONES_SEMI = (
    "Sửa đổi khung thời gian năm học\n\n"
    "UBND tỉnh vừa ban hành Quyết định số 12/QĐ-UBND sửa đổi khung thời gian năm học.\n\n"
    "Theo đó, khung thời gian năm học 2030-2031 được sửa đổi như sau: Kết thúc năm học trước"
    " ngày 15-7-2031; Xét công nhận hoàn thành chương trình tiểu học trước ngày 31-7-2031;"
    " Hoàn thành tuyển sinh vào lớp 6 trước ngày 15-8-2031.\n"
)


def test_milestones_after_a_lead_in_are_unowned_dated_duties() -> None:
    draft = extract(MILESTONES_SEMI)
    got = {d["text"][:20]: d for d in draft.duties}
    ends = got["Kết thúc năm học trư"]
    assert lead_names(draft, ends) == []
    assert str(_deadline(ends)) == "2031-07-14"
    assert str(_deadline(got["Xét công nhận hoàn t"])) == "2031-07-30"
    assert str(_deadline(got["Hoàn thành tuyển sin"])) == "2031-08-14"


MILESTONES_RUN_ON = (
    "Bộ sửa đổi khung thời gian năm học.\n\n"
    "Theo đó, một số mốc thời gian thay đổi như sau: Kết thúc học kỳ I trước ngày 20/1/2031,"
    " hoàn thành chương trình học kỳ II trước ngày 11/7/2031 và kết thúc năm học trước ngày"
    " 15/7/2031.\n"
)


def test_milestones_run_on_with_commas_are_cut_after_each_day() -> None:
    draft = extract(MILESTONES_RUN_ON, issued=date(2031, 1, 2))
    dates = sorted(str(_deadline(d)) for d in draft.duties if _deadline(d) is not None)
    assert dates == ["2031-01-19", "2031-07-10", "2031-07-14"]
    assert any(d["text"].startswith("kết thúc năm học trước") for d in draft.duties)


NOT_MILESTONES = (
    "Bộ sửa đổi khung thời gian năm học.\n\n"
    "Theo đó, một số nội dung thay đổi như sau: học sinh được nghỉ Tết từ ngày 10/2/2031,"
    " giáo viên nghỉ hè và năm học có 35 tuần.\n"
)


def test_a_lead_in_over_facts_without_due_days_gives_no_deadline() -> None:
    draft = extract(NOT_MILESTONES, issued=date(2031, 1, 2))
    assert all(_deadline(d) is None for d in draft.duties)


MILESTONE_SENTENCES = (
    "UBND tỉnh ban hành khung thời gian năm học\n\n"
    "UBND tỉnh vừa ban hành Quyết định số 7/QĐ-UBND về khung thời gian năm học 2030-2031.\n\n"
    "Theo đó, ngày tựu trường là ngày 20-8-2030. Ngày khai giảng là ngày 5-9-2030. Thời gian"
    " kết thúc năm học trước ngày 31-5-2031.\n\n"
    "Thời gian xét công nhận hoàn thành chương trình tiểu học trước ngày 15-6-2031; xét công"
    " nhận tốt nghiệp THCS trước ngày 25-5-2031. Hoàn thành tuyển sinh vào lớp 10 trước ngày"
    " 31-7-2031.\n"
)


def test_milestone_sentences_each_with_a_dated_day_are_duties() -> None:
    draft = extract(MILESTONE_SENTENCES)
    got = {d["text"][:24]: str(_deadline(d)) for d in draft.duties}
    assert got["Thời gian kết thúc năm h"] == "2031-05-30"
    assert got["Thời gian xét công nhận "] == "2031-06-14"
    assert got["xét công nhận tốt nghiệp"] == "2031-05-24"
    assert got["Hoàn thành tuyển sinh và"] == "2031-07-30"
    # The calendar's event days are no deadlines.
    assert all(_deadline(d) is None for d in draft.duties if "tựu trường" in d["text"])


ONE_MILESTONE = (
    "UBND tỉnh ban hành khung thời gian năm học\n\n"
    "Theo đó, ngày tựu trường là ngày 20-8-2030. Thời gian kết thúc năm học trước ngày"
    " 31-5-2031.\n"
)


def test_one_milestone_sentence_alone_is_not_cut_out() -> None:
    draft = extract(ONE_MILESTONE)
    assert not any(d["text"].startswith("Thời gian kết thúc") for d in draft.duties)


FORECAST_STEPS = (
    "Huyện X triển khai kế hoạch chuẩn bị đại hội\n\n"
    "Ban Thường vụ Huyện ủy X dự kiến: từ tháng 7 đến tháng 12-2029 triển khai quán triệt các"
    " chỉ thị về công tác tổ chức đại hội; từ tháng 1 đến tháng 3-2030 sẽ tiến hành đại hội các"
    " chi bộ trực thuộc Đảng bộ cơ sở; từ tháng 6 đến tháng 8-2030 tiến hành đại hội Đảng bộ"
    " huyện. Đảng bộ xã Y sẽ tiến hành đại hội điểm trước ngày 31-12-2029; Chi bộ Khối Vận"
    " huyện sẽ tiến hành đại hội điểm trước ngày 31-1-2030.\n"
)


def test_a_bodys_forecast_timetable_gives_each_step_its_months() -> None:
    draft = extract(FORECAST_STEPS)
    got = {d["text"][:24]: str(_deadline(d)) for d in draft.duties}
    assert got["từ tháng 7 đến tháng 12-"] == "2029-12-31"
    assert got["từ tháng 1 đến tháng 3-2"] == "2030-03-31"
    assert got["từ tháng 6 đến tháng 8-2"] == "2030-08-31"
    assert got["Đảng bộ xã Y sẽ tiến hàn"] == "2029-12-30"
    assert got["Chi bộ Khối Vận huyện sẽ"] == "2030-01-30"


PHASES = (
    "Tỉnh triển khai thí điểm sổ sức khỏe điện tử\n\n"
    "Vừa qua, UBND tỉnh ban hành Kế hoạch số 19/KH-UBND về việc triển khai sổ sức khỏe điện tử.\n\n"
    "Lộ trình triển khai bao gồm 02 giai đoạn:\n\n"
    "Giai đoạn 1:\n\n"
    "Hoàn thành xây dựng kế hoạch triển khai; rà soát và cấp mã cơ sở khám, chữa bệnh. Thời"
    " gian hoàn thành giai đoạn 01 trước ngày 31/12/2030.\n\n"
    "Giai đoạn 2:\n\n"
    "Triển khai tập huấn cho các cơ sở khám bệnh, chữa bệnh. Thời gian thực hiện theo hướng"
    " dẫn của Bộ Y tế.\n"
)


def test_phase_labels_over_their_work_are_items() -> None:
    draft = extract(PHASES)
    texts = {d["text"][:40]: d for d in draft.duties}
    first = next(d for t, d in texts.items() if t.startswith("Giai đoạn 1: Hoàn thành"))
    second = next(d for t, d in texts.items() if t.startswith("Giai đoạn 2: Triển khai"))
    assert str(_deadline(first)) == "2030-12-30"
    assert _deadline(second) is None


POSTED_PAGE = (
    "09:10, 14/10/2031\n\n"
    "Đẩy nhanh công tác lập quy hoạch sử dụng đất\n\n"
    "UBND tỉnh vừa có văn bản gửi Sở Tài nguyên và Môi trường, UBND các huyện về việc đẩy"
    " nhanh công tác lập quy hoạch sử dụng đất.\n\n"
    "UBND tỉnh yêu cầu UBND các huyện, thị xã, thành phố khẩn trương hoàn thiện việc lập quy"
    " hoạch sử dụng đất; gửi hồ sơ về Sở Tài nguyên và Môi trường trước ngày 28-10.\n"
)


def test_a_pages_posting_stamp_gives_the_year_its_days_leave_off() -> None:
    draft = extract(POSTED_PAGE)
    assert draft.data["plan"]["date"] == "2031-10-14"
    assert [str(_deadline(d)) for d in draft.duties if _deadline(d)] == ["2031-10-27"]


def test_without_a_stamp_a_day_without_its_year_stays_undated() -> None:
    draft = extract(POSTED_PAGE.split("\n\n", 1)[1])
    assert draft.duties
    assert all(_deadline(d) is None for d in draft.duties)


DIRECTED_STEPS = (
    "Đại hội Đảng bộ huyện hoàn thành trước tháng 7.2030\n\n"
    "Ngày 27.8, Huyện ủy X tổ chức hội nghị triển khai các văn bản về đại hội Đảng bộ các cấp.\n\n"
    "Huyện ủy X chỉ đạo, đại hội chi bộ trực thuộc đảng ủy cơ sở thời gian hoàn thành trong quý"
    " IV.2029; đại hội chi bộ, đảng bộ cơ quan thời gian hoàn thành trong tháng 4.2030; đại hội"
    " đảng bộ xã, thị trấn hoàn thành trong tháng 5.2030; Đại hội Đảng bộ huyện hoàn thành"
    " trước tháng 7.2030.\n"
)


def test_a_directed_timetable_of_finished_steps_gives_each_its_time() -> None:
    draft = extract(DIRECTED_STEPS, issued=date(2029, 8, 27))
    got = {d["text"][:24]: str(_deadline(d)) for d in draft.duties}
    assert got["đại hội chi bộ trực thuộ"] == "2029-12-31"
    assert got["đại hội chi bộ, đảng bộ "] == "2030-04-30"
    assert got["đại hội đảng bộ xã, thị "] == "2030-05-31"


LAST_DAY_FIRST = (
    "Theo hướng dẫn này, ngày 25/5/2030 là hạn cuối các trường THPT hoàn thành xét điều kiện"
    " dự thi; bàn giao hồ sơ đăng ký dự thi về Sở GD&ĐT.\n\n"
    "Ngày 27/5/2030: Kết thúc việc kiểm tra, cập nhật dữ liệu đăng ký dự thi.\n\n"
    "Ngày 7/6/2030: Hạn cuối các trường THPT in và phát Giấy báo dự thi.\n\n"
    "Ngày 30/7/2030: Báo cáo kết quả tốt nghiệp THPT chính thức với Bộ GD&ĐT.\n"
)


def test_a_timelines_first_day_told_as_its_last_day_is_an_entry() -> None:
    draft = extract(LAST_DAY_FIRST, issued=date(2030, 5, 1))
    first = next(d for d in draft.duties if "ngày 25/5/2030 là hạn cuối" in d["text"])
    assert str(_deadline(first)) == "2030-05-25"
