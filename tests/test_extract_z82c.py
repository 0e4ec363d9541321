"""`nq42 extract` on deadlines a text sets in shapes of its own (branch z82c).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import extract
from tests.extract_helpers import starting

TIMETABLE = """\
[ad_1]

Theo hướng dẫn này, ngày 5/5/2031 là hạn cuối các trường hoàn thành việc nhận hồ sơ đăng \
ký dự tuyển; gửi danh sách về Sở.

Ngày 12/5/2031: Kết thúc việc kiểm tra, cập nhật dữ liệu đăng ký dự tuyển.

Ngày 20/5/2031: Hạn cuối các trường gửi danh sách thí sinh về Sở.

Ngày 2/6/2031: Các trường công bố điểm chuẩn trúng tuyển.

Để tổ chức kỳ tuyển sinh đúng quy chế, Sở yêu cầu Hiệu trưởng các trường chuẩn bị chu đáo.
"""


def test_a_day_then_a_colon_is_a_timetable_step_due_that_day() -> None:
    # A page with no date: the steps' days carry their year.
    draft = extract(TIMETABLE)
    assert starting(draft, "Ngày 12/5/2031: Kết thúc")["windows"] == ["ngày 12/5/2031"]
    assert starting(draft, "Ngày 20/5/2031: Hạn cuối")["windows"] == ["ngày 20/5/2031"]


NARRATED = """\
Ngày 12/5/2031, Sở Giáo dục và Đào tạo đã tổ chức hội nghị tổng kết năm học.
"""


def test_a_day_then_a_comma_in_a_narration_stays_history() -> None:
    draft = extract(NARRATED, issued=date(2031, 6, 2), number="12/BC-SGDĐT")
    assert all(d["timing"] is None for d in draft.duties)


CLAUSE_THEN_END = """\
II. TỔ CHỨC THỰC HIỆN
1. Căn cứ vào kết quả rà soát đợt một, chậm nhất là ngày 20 tháng 8 năm 2031, Sở Tài chính \
tổng hợp danh mục dự án đề nghị điều chỉnh.
2. Căn cứ vào kết quả kiểm tra trong tháng 7 năm 2031, Sở Xây dựng đề xuất phương án xử lý.
"""


def test_an_end_between_commas_before_the_subject_is_the_acts() -> None:
    draft = extract(CLAUSE_THEN_END, issued=date(2031, 6, 2), number="7/KH-UBND")
    assert starting(draft, "Căn cứ vào kết quả rà soát")["windows"] == ["ngày 20/8/2031"]
    # The clause's own time tells what the work rests on: not the duty's.
    assert starting(draft, "Căn cứ vào kết quả kiểm tra")["timing"] is None


ONE_YEAR = """\
Sở Tài chính sẽ kiểm tra hàng loạt đơn vị trong năm 2031
=====================================================

Theo kế hoạch, Sở sẽ tiến hành kiểm tra việc quản lý tài sản công do Thanh tra Sở chủ trì \
đối với các đơn vị: Trường Cao đẳng Nghề Hòa Bình (quý II); Bệnh viện Đa khoa tỉnh (quý III); \
Trung tâm Y tế huyện Lạc Sơn (quý IV).

Nội dung kiểm tra là việc chấp hành các quy định về quản lý, sử dụng tài sản công tại đơn vị.
"""


def test_an_undated_page_that_names_one_year_gives_it_to_yearless_times() -> None:
    draft = extract(ONE_YEAR)
    assert draft.data["plan"]["date"] == "2031-01-01"
    assert not any("2000-01-01" in n for n in draft.notes)
    duty = starting(draft, "Trường Cao đẳng Nghề Hòa Bình")
    # The bracket stays in the text: the year is the page's, for the reader to check.
    assert duty["text"] == "Trường Cao đẳng Nghề Hòa Bình (quý II);"
    assert duty["windows"] == ["quý II/2031"]
    assert starting(draft, "Trung tâm Y tế")["windows"] == ["quý IV/2031"]


def test_an_undated_page_that_names_two_years_leaves_yearless_times_unread() -> None:
    text = ONE_YEAR.replace("Nội dung kiểm tra", "Năm 2030, Sở đã kiểm tra 12 đơn vị. Nội dung")
    draft = extract(text)
    assert draft.data["plan"]["date"] == "2000-01-01"
    assert starting(draft, "Trường Cao đẳng Nghề Hòa Bình")["timing"] is None


HANDED_ON = """\
II. TỔ CHỨC THỰC HIỆN
1. Yêu cầu chủ đầu tư dự án lập phương án xử lý sạt lở, gửi Sở Xây dựng chủ trì, phối hợp \
các sở liên quan thẩm định, báo cáo Ủy ban nhân dân thành phố trước ngày 15/9/2031.
2. Sở Xây dựng chủ trì, phối hợp các sở liên quan rà soát các dự án, báo cáo Ủy ban nhân dân \
thành phố trước ngày 20/9/2031.
"""


def test_an_end_after_the_work_is_handed_on_is_the_second_bodys() -> None:
    draft = extract(HANDED_ON, issued=date(2031, 8, 2), number="9/KH-UBND")
    assert starting(draft, "Yêu cầu chủ đầu tư")["timing"] is None
    assert starting(draft, "Sở Xây dựng chủ trì")["windows"] == ["trước ngày 20/9/2031"]


CLOCK = """\
II. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính tổng hợp ý kiến các sở, gửi Ủy ban nhân dân tỉnh trước 17 giờ ngày 12/9/2031.
2. Sở Nội vụ nộp báo cáo về Ủy ban nhân dân tỉnh chậm nhất là 10 giờ 30 ngày 20/9/2031.
3. Sở Y tế tổ chức hội nghị tập huấn từ 8 giờ 00 ngày 25/9/2031 tại hội trường Sở.
"""


def test_an_hour_between_the_qualifier_and_the_day_leaves_the_day_due() -> None:
    draft = extract(CLOCK, issued=date(2031, 8, 2), number="10/KH-UBND")
    # The day is due whatever the hour: "trước 17 giờ ngày 12/9" is due on the 12th.
    assert starting(draft, "Sở Tài chính tổng hợp")["windows"] == ["ngày 12/9/2031"]
    assert starting(draft, "Sở Nội vụ nộp báo cáo")["windows"] == ["ngày 20/9/2031"]
    # The hour a meeting starts at makes no deadline.
    assert starting(draft, "Sở Y tế tổ chức")["timing"] is None


CLOCK_OPENING = """\
II. TỔ CHỨC THỰC HIỆN
1. Chậm nhất là 17 giờ 00 ngày 12/9/2031, người đăng ký dự tuyển phải hoàn thành việc nộp hồ sơ.
"""


def test_an_hour_opening_a_rule_for_applicants_is_not_read() -> None:
    draft = extract(CLOCK_OPENING, issued=date(2031, 8, 2), number="11/KH-UBND")
    assert starting(draft, "Chậm nhất là 17 giờ 00")["timing"] is None


ABOVE_DONE_BY = """\
II. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân xã lập danh sách cử tri và niêm yết công khai tại trụ sở.
Ban công tác Mặt trận gửi biên bản hội nghị cử tri đến Ban Thường trực Ủy ban Mặt trận xã.
Việc gửi các biên bản nói trên phải hoàn thành chậm nhất là ngày 20 tháng 9 năm 2031.
"""


def test_a_paragraph_that_dates_the_act_above_gives_it_its_time() -> None:
    draft = extract(ABOVE_DONE_BY, issued=date(2031, 8, 2), number="12/HD-MTTQ")
    duty = starting(draft, "Ban công tác Mặt trận gửi biên bản")
    assert duty["windows"] == ["ngày 20/9/2031"]
    assert starting(draft, "Ủy ban nhân dân xã lập")["timing"] is None
    assert not any(d["text"].startswith("Việc gửi các biên bản") for d in draft.duties)


AIM_IN_BRACKETS = """\
II. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ hoàn thiện đề án sắp xếp các đơn vị sự nghiệp, trình Ủy ban nhân dân tỉnh \
trước ngày 20/9/2031 (phấn đấu hoàn thành trước ngày 10/9/2031).
2. Sở Tư pháp thẩm định dự thảo quyết định (hoàn thành trước ngày 25/9/2031).
"""


def test_an_aim_in_brackets_leaves_the_hard_end_beside_it_binding() -> None:
    draft = extract(AIM_IN_BRACKETS, issued=date(2031, 8, 2), number="13/KH-UBND")
    duty = starting(draft, "Sở Nội vụ hoàn thiện")
    assert "trước ngày 20/9/2031" in duty["windows"]
    assert len(duty["windows"]) == 2
    # A bracketed hard end alone is the duty's, taken out of the text as before.
    other = starting(draft, "Sở Tư pháp thẩm định")
    assert other["windows"] == ["trước ngày 25/9/2031"]
    assert "(hoàn thành" not in other["text"]


AFTER_THE_ACT = """\
II. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân các huyện chấm dứt hợp đồng đối với nhân viên bảo vệ tại các trường \
học trước ngày 30 tháng 9 năm 2031.
2. Sở Tài chính rà soát kinh phí đối với các dự án đã được phê duyệt trước ngày 30 tháng 6 \
năm 2031.
3. Đối với các hồ sơ nộp trước ngày 15 tháng 9 năm 2031, Sở Tư pháp giải quyết theo quy \
định cũ.
"""


def test_a_time_closing_an_act_on_something_named_with_doi_voi_is_the_acts() -> None:
    draft = extract(AFTER_THE_ACT, issued=date(2031, 8, 2), number="14/KH-UBND")
    assert starting(draft, "Ủy ban nhân dân các huyện chấm dứt")["windows"] == [
        "trước ngày 30/9/2031"
    ]
    # The phrase holds a verb of its own ("đã được phê duyệt"), or opens the sentence:
    # its time tells which things are meant.
    assert starting(draft, "Sở Tài chính rà soát")["timing"] is None
    assert starting(draft, "Đối với các hồ sơ")["timing"] is None


ENSURE_AFTER_PREVENT = """\
II. TỔ CHỨC THỰC HIỆN
1. Các cấp ủy sắp xếp cán bộ phù hợp, không để ảnh hưởng đến công tác chuẩn bị đại hội, \
bảo đảm trong tháng 10/2031 tổ chức xong đại hội cấp cơ sở.
2. Các cấp ủy tuyệt đối không để xảy ra tình trạng thiếu hàng hóa trong tháng 12/2031.
"""


def test_ensure_after_a_comma_ends_what_must_not_happen() -> None:
    draft = extract(ENSURE_AFTER_PREVENT, issued=date(2031, 8, 2), number="15/KH-TU")
    assert starting(draft, "Các cấp ủy sắp xếp")["windows"] == ["tháng 10/2031"]
    assert starting(draft, "Các cấp ủy tuyệt đối")["timing"] is None


BRACKET_BESIDE_OWN = """\
II. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp hoàn thành thẩm định hồ sơ trong ngày 12 tháng 9 năm 2031, trình Hội đồng \
nhân dân tỉnh thông qua tại kỳ họp chuyên đề (trước ngày 30 tháng 9 năm 2031).
"""


def test_a_bracketed_time_beside_the_sentences_own_keeps_both() -> None:
    draft = extract(BRACKET_BESIDE_OWN, issued=date(2031, 8, 2), number="16/KH-UBND")
    duty = starting(draft, "Sở Tư pháp hoàn thành")
    assert duty["windows"] == ["ngày 12/9/2031", "trước ngày 30/9/2031"]
    assert "(trước ngày" not in duty["text"]


def test_a_year_only_compared_with_leaves_the_one_year() -> None:
    text = ONE_YEAR.replace(
        "Nội dung kiểm tra", "Số sai phạm năm 2030 tăng so với năm 2029. Nội dung kiểm tra"
    )
    # 2030 is named as a fact of its own: two years, no one year.
    assert extract(text).data["plan"]["date"] == "2000-01-01"
    compared = ONE_YEAR.replace(
        "Nội dung kiểm tra", "Số đơn vị được kiểm tra tăng so với năm 2029. Nội dung kiểm tra"
    )
    draft = extract(compared)
    assert draft.data["plan"]["date"] == "2031-01-01"
    assert starting(draft, "Trường Cao đẳng Nghề Hòa Bình")["windows"] == ["quý II/2031"]


def test_a_horizon_a_cited_number_and_history_leave_the_one_year() -> None:
    text = ONE_YEAR.replace(
        "Nội dung kiểm tra",
        "Việc kiểm tra thực hiện Nghị quyết số 12/2029 về tài sản công đến năm 2035. Trước "
        "đó, vào cuối năm 2030 Sở cũng đã có văn bản nhắc nhở các đơn vị. Nội dung kiểm tra",
    )
    draft = extract(text)
    assert draft.data["plan"]["date"] == "2031-01-01"
    assert starting(draft, "Trường Cao đẳng Nghề Hòa Bình")["windows"] == ["quý II/2031"]
