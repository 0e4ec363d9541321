"""`nq42 extract` on prose that retells a document's requests (branch z88c).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import extract
from tests.extract_helpers import lead_names, starting

ISSUED_PLAN_NEWS = (
    "Thứ Hai, 12/10/2020, 08:15 [GMT+7]\n\n"
    "Kiểm tra an toàn thực phẩm dịp cuối năm\n\n"
    "(Baotinh.vn)-UBND tỉnh vừa ban hành Kế hoạch yêu cầu các huyện, thị xã kiểm tra an toàn"
    " thực phẩm tại các chợ đầu mối trên địa bàn tỉnh. Mục tiêu nhằm bảo đảm sức khỏe của"
    " người dân trong dịp cuối năm.\n"
)


def test_news_lead_reporting_a_capitalised_plan_names_whom_it_asks() -> None:
    draft = extract(ISSUED_PLAN_NEWS, issued=date(2020, 10, 12))
    duty = starting(draft, "(Baotinh.vn)-UBND tỉnh vừa ban hành Kế hoạch")
    assert lead_names(draft, duty) == ["các huyện, thị xã"]
    assert duty["windows"] == ["không thời hạn"]


def test_lead_reporting_an_issued_plan_without_a_tag_names_whom_it_asks() -> None:
    text = ISSUED_PLAN_NEWS.replace("(Baotinh.vn)-", "")
    draft = extract(text, issued=date(2020, 10, 12))
    duty = starting(draft, "UBND tỉnh vừa ban hành Kế hoạch")
    assert lead_names(draft, duty) == ["các huyện, thị xã"]


TAGGED_NEWS_OF_AN_ACT = (
    "Hơn 2 tỷ đồng mua quà tặng người có công dịp Tết\n\n"
    "(Baotinh.vn) - Chủ tịch UBND tỉnh vừa ký quyết định cấp kinh phí hơn 2 tỷ đồng mua quà"
    " tặng người có công dịp Tết Nguyên đán năm 2024.\n\n"
    "Lãnh đạo tỉnh thăm hỏi một gia đình chính sách tại huyện Hương Sơn. (Tháng 5/2023)\n\n"
    "UBND tỉnh giao Sở Tài chính, Kho bạc Nhà nước tỉnh thực hiện cấp phát kinh phí kịp"
    " thời, đúng quy định.\n\n"
    "Sở Lao động - Thương binh và Xã hội chịu trách nhiệm quản lý, sử dụng nguồn kinh phí được"
    " cấp theo chế độ quy định.\n"
)


def test_tagged_lead_telling_an_act_is_no_task_and_dates_nothing() -> None:
    draft = extract(TAGGED_NEWS_OF_AN_ACT, issued=date(2024, 1, 10))
    assert not any(d["text"].startswith("Lãnh đạo tỉnh thăm hỏi") for d in draft.duties)
    assert all(d["windows"] == ["không thời hạn"] for d in draft.duties)
    duty = starting(draft, "UBND tỉnh giao Sở Tài chính")
    assert lead_names(draft, duty) == ["Sở Tài chính", "Kho bạc Nhà nước tỉnh"]


CASCADE_NEWS = (
    "Thứ Ba, 10/09/2019, 10:00 [GMT+7]\n\n"
    "Điều tra lao động việc làm trên địa bàn tỉnh\n\n"
    "(Baotinh.vn)-UBND tỉnh vừa ban hành Kế hoạch yêu cầu các sở, ngành liên quan điều tra lao"
    " động, việc làm trên địa bàn tỉnh năm 2019. Mục tiêu nhằm nắm chắc số người trong độ tuổi"
    " lao động. Các huyện, thị xã phải lập danh sách người lao động của địa phương mình.\n\n"
    "Thời gian thực hiện từ ngày 1/10/2019 đến hết ngày 15/11/2019. Các xã, phường, thị trấn"
    " tổng hợp kết quả điều tra báo cáo UBND huyện trước ngày 20/11/2019. Các huyện, thị xã"
    " tổng hợp kết quả báo cáo UBND tỉnh trước ngày 30/11/2019.\n"
)


def test_later_sentences_of_a_paragraph_giving_bodies_bound_work_are_their_tasks() -> None:
    draft = extract(CASCADE_NEWS, issued=date(2019, 9, 10))
    communes = starting(draft, "Các xã, phường, thị trấn tổng hợp")
    assert lead_names(draft, communes) == ["Các xã, phường, thị trấn"]
    assert communes["windows"] == ["trước ngày 20/11/2019"]
    districts = starting(draft, "Các huyện, thị xã tổng hợp")
    assert lead_names(draft, districts) == ["Các huyện, thị xã"]
    assert districts["windows"] == ["trước ngày 30/11/2019"]
    # The window the levels work in is the plan's own task, no one's; no earlier duty
    # takes its date.
    window = starting(draft, "Thời gian thực hiện từ ngày 1/10/2019")
    assert lead_names(draft, window) == []
    assert window["windows"][-1].endswith("đến hết ngày 15/11/2019")
    assert starting(draft, "Các huyện, thị xã phải lập")["windows"] == ["không thời hạn"]


NARRATED_LATER = (
    "Kiểm tra an toàn thực phẩm\n\n"
    "Theo báo cáo, năm 2019 toàn tỉnh có 12 vụ ngộ độc thực phẩm. Sở Y tế đã kiểm tra 300 cơ sở"
    " trước ngày 30/11/2019. UBND tỉnh yêu cầu Sở Y tế tăng cường kiểm tra các bếp ăn tập thể.\n"
)


def test_a_later_sentence_telling_what_a_body_did_is_no_task() -> None:
    draft = extract(NARRATED_LATER, issued=date(2019, 12, 10))
    assert not any(d["text"].startswith("Sở Y tế đã kiểm tra") for d in draft.duties)
    assert all(d["windows"] == ["không thời hạn"] for d in draft.duties)


KIND_NAMED = """\
KẾ HOẠCH
Phòng chống tai nạn thương tích năm 2018

IV. TỔ CHỨC THỰC HIỆN

a) Bệnh viện đa khoa tuyến tỉnh, huyện

- Có trách nhiệm hướng dẫn tập huấn chuyên môn về xử trí, cấp cứu nạn nhân.

- Bảo đảm xe cứu thương để tiếp nhận chuyển viện kịp thời.

b) Trường hợp có trách nhiệm giải trình thì báo cáo bằng văn bản.
"""


def test_a_point_naming_a_body_by_its_kind_in_lower_case_heads_its_tasks() -> None:
    draft = extract(KIND_NAMED, issued=date(2018, 3, 1), number="12/KH-SYT")
    first = starting(draft, "Có trách nhiệm hướng dẫn tập huấn")
    assert lead_names(draft, first) == ["Bệnh viện đa khoa tuyến tỉnh, huyện"]
    assert lead_names(draft, starting(draft, "Bảo đảm xe cứu thương")) == [
        "Bệnh viện đa khoa tuyến tỉnh, huyện"
    ]
    assert lead_names(draft, starting(draft, "Trường hợp có trách nhiệm")) == []


STRAY_MARK_HEADING = """\
KẾ HOẠCH
Kiểm tra chất lượng bệnh viện năm 2017

VIII. Tổ chức thực hiện:

1. Các đơn vị:

- Tổ chức tự kiểm tra, đánh giá và báo cáo bằng văn bản về Sở Y tế.

2. Sở Y tế: "

- Kiểm tra, đánh giá chất lượng bệnh viện tại các đơn vị theo kế hoạch.

- Tổng hợp kết quả kiểm tra, báo cáo Bộ Y tế.
"""


def test_a_scans_stray_mark_after_an_owner_headings_colon_keeps_it_a_heading() -> None:
    draft = extract(STRAY_MARK_HEADING, issued=date(2017, 10, 1), number="20/KH-SYT")
    for start in ("Kiểm tra, đánh giá chất lượng", "Tổng hợp kết quả kiểm tra"):
        assert lead_names(draft, starting(draft, start)) == ["Sở Y tế"]


SITUATION_THEN_SPEAKER = (
    "Tỉnh X: 20 trẻ em bị đuối nước trong 6 tháng đầu năm\n\n"
    "Thống kê của ngành LĐ-TB&XH tỉnh cho thấy, trong 6 tháng đầu năm, có 20 trẻ em bị đuối"
    " nước.\n\n"
    "Trước tình hình còn nhiều trẻ em bị đuối nước, ông Nguyễn Văn A, Phó Chủ tịch UBND tỉnh,"
    " đã chỉ đạo Sở LĐ-TB&XH phối hợp tổ chức tập huấn kỹ năng phòng, chống đuối nước cho trẻ"
    " em.\n\n"
    "Trước diễn biến phức tạp của mùa mưa bão, Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các"
    " huyện chỉ đạo kiểm tra các điểm có nguy cơ sạt lở.\n\n"
    "Phó Chủ tịch UBND tỉnh cũng đề nghị Sở Giáo dục và Đào tạo tăng cường dạy bơi cho học"
    " sinh trong dịp hè.\n"
)


def test_a_request_after_the_situation_it_answers_and_a_named_speaker_is_its_owners() -> None:
    draft = extract(SITUATION_THEN_SPEAKER, issued=date(2022, 7, 1))
    trained = next(d for d in draft.duties if "tổ chức tập huấn kỹ năng" in d["text"])
    assert lead_names(draft, trained) == ["Sở LĐ-TB&XH"]
    checked = next(d for d in draft.duties if "các điểm có nguy cơ sạt lở" in d["text"])
    assert lead_names(draft, checked) == ["Chủ tịch UBND các huyện"]
    assert all(d["windows"] == ["không thời hạn"] for d in draft.duties)
