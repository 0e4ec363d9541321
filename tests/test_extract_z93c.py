"""`nq42 extract` on dates that are no deadline of the document drafted (branch z93c).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from nq42cli.core.spans import find_spans
from nq42cli.core.windows import parse_phrase, parse_window
from tests.extract_helpers import starting


def _by_text(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["text"][:30]: d for d in draft.duties}


def _starts(draft: Draft) -> list[str]:
    return [d["text"][:30] for d in draft.duties]


QA_PAGE_WITH_ANOTHER_PLAN = """\
# Thông báo 55/TB-UBND lịch nghỉ lễ Quốc khánh năm 2026 tại tỉnh Hòa Bình như thế nào?

Ngày 06/11/2025, UBND tỉnh Hòa Bình ban hành Thông báo 55/TB-UBND năm 2025 về nghỉ lễ \
Quốc khánh năm 2026.

Theo đó, Thông báo 55/TB-UBND cụ thể như sau:

**1. Lễ Quốc khánh năm 2026**

- Công chức, viên chức được nghỉ 04 ngày liên tục từ thứ Bảy ngày 29 tháng 8 năm 2026 đến \
hết thứ Ba ngày 01 tháng 9 năm 2026 (làm bù vào thứ Bảy ngày 22 tháng 8 năm 2026).

- Các cơ quan, đơn vị treo cờ Tổ quốc tại trụ sở đến hết ngày 02 tháng 9 năm 2026.

**Trên đây là thông tin về "Thông báo 55/TB-UBND lịch nghỉ lễ Quốc khánh năm 2026"**

**Lịch khám nghĩa vụ quân sự 2026 tại Hòa Bình khi nào? **

Ngày 7/8/2025, Ủy ban nhân dân tỉnh Hòa Bình đã ban hành Kế hoạch 21/KH-UBND năm 2025 về \
tuyển chọn và gọi công dân nhập ngũ năm 2026.

1 | Phúc tra nắm nguồn công dân sẵn sàng nhập ngũ | Hoàn thành trước ngày 15/8/2025 |
2 | Bình nghị | Hoàn thành trước ngày 03/01/2026. |
3 | Trao quyết định gọi nhập ngũ | Ngày 09/02/2026. |
"""


def test_qa_page_leaves_out_another_documents_timetable_and_days_off() -> None:
    draft = extract(QA_PAGE_WITH_ANOTHER_PLAN, issued=date(2025, 11, 6))
    starts = _starts(draft)
    # The page's aside on another plan (Kế hoạch 21, not the notice 55 its title asks
    # about) is that plan's work: none of its rows is a duty here.
    assert not any(s.startswith(("Phúc tra", "Bình nghị", "Trao quyết định")) for s in starts)
    duties = _by_text(draft)
    assert duties["Các cơ quan, đơn vị treo cờ Tổ"]["windows"] == ["ngày 2/9/2026"]
    # The days off granted (and the day worked in their place) are no deadline.
    days_off = duties["Công chức, viên chức được nghỉ"]
    assert not any("/2026" in w for w in days_off["windows"])


QA_PAGE_ANSWER_OF_ITS_OWN = """\
# Công văn 300/UBND-VX về phòng chống dịch sốt xuất huyết ra sao?

**NÓNG: Nghị định 73 thưởng Tết 2026 bao nhiêu phần trăm? **

**Mới: Bộ Nội vụ hướng dẫn khen thưởng theo Nghị định 73**

Ngày 10/3/2026, UBND tỉnh ban hành Công văn 300/UBND-VX về phòng chống dịch sốt xuất huyết.

Theo đó, Công văn 300/UBND-VX yêu cầu:

1. Sở Y tế chủ trì tổ chức phun hóa chất diệt muỗi tại các ổ dịch trước ngày 30/3/2026.

2. Ủy ban nhân dân các xã ra quân diệt lăng quăng trước ngày 15/4/2026.
"""


def test_an_answer_naming_the_pages_own_document_after_a_link_is_kept() -> None:
    # The link's "?" reads as a question and the next link names another decree; the
    # answer goes on to name the page's own dispatch, so it is the page's.
    draft = extract(QA_PAGE_ANSWER_OF_ITS_OWN, issued=date(2026, 3, 10))
    duties = _by_text(draft)
    assert duties["Sở Y tế chủ trì tổ chức phun h"]["windows"] == ["trước ngày 30/3/2026"]
    assert duties["Ủy ban nhân dân các xã ra quân"]["windows"] == ["trước ngày 15/4/2026"]


YEARLY_GUIDE = """\
HƯỚNG DẪN
Về kiểm điểm, đánh giá, xếp loại chất lượng

1. Thời điểm

1.1. Tại Khoản 2, quy định thời điểm thực hiện kiểm điểm, đánh giá, xếp loại chất lượng tập thể, \
cá nhân tiến hành vào dịp cuối năm và kết thúc trước ngày 31/12 hằng năm.

- Đối với các cơ quan, đơn vị có tính chất đặc thù theo chức năng, nhiệm vụ chưa tổng kết vào \
dịp cuối năm thì cấp trên trực tiếp có thẩm quyền quy định, hướng dẫn thực hiện hoàn thành \
trước ngày 15/01 năm sau.

1.2. Hồ sơ kiểm điểm được gửi về Ban Tổ chức trước ngày 01/02 năm sau.

1.3. Ban Tổ chức tổng hợp kết quả, báo cáo Thường trực trước ngày 01/03 năm sau.
"""


ONE_YEAR_PLAN = """\
KẾ HOẠCH
Tổng kết công tác năm 2025

1. Nhiệm vụ

1.1. Các phòng tổng kết công tác chuyên môn trong tháng 11/2025.

1.2. Văn phòng tổng hợp báo cáo tổng kết gửi Giám đốc trước ngày 15/01 năm sau.
"""


def test_the_next_year_after_a_yearly_time_is_each_rounds() -> None:
    draft = extract(YEARLY_GUIDE, issued=date(2025, 10, 31), number="43-HD/BTCTW")
    duties = _by_text(draft)
    for start in (
        "Đối với các cơ quan, đơn vị có",
        "Hồ sơ kiểm điểm được gửi về Ba",
        "Ban Tổ chức tổng hợp kết quả, ",
    ):
        windows = duties[start]["windows"]
        assert windows, start
        assert all("hằng năm" in w for w in windows), (start, windows)
        # The phrase written reads as the windows, so the draft loads as a plan; the
        # source's phrase is kept in the note.
        timing = duties[start]["timing"]
        assert parse_phrase(timing, date(2025, 10, 31)) == [parse_window(w) for w in windows]
        assert "năm sau" in duties[start]["review"]


def test_the_next_year_in_a_plan_for_one_year_stays_a_deadline() -> None:
    draft = extract(ONE_YEAR_PLAN, issued=date(2025, 10, 31), number="12/KH-VP")
    duties = _by_text(draft)
    assert duties["Văn phòng tổng hợp báo cáo tổn"]["windows"] == ["trước ngày 15/1/2026"]


def test_the_day_a_document_named_was_issued_is_no_deadline() -> None:
    for text in (
        "Ngày 09/7/2025, Văn phòng Thành ủy có Công văn 86-CV/VPTU hướng dẫn việc bảo đảm.",
        "Ngày 25/9/2025, Bộ Giáo dục và Đào tạo ban hành Công điện 1638/CĐ-BGDĐT về ứng phó bão.",
    ):
        spans = find_spans(text, date(2025, 7, 9))
        assert spans, text
        assert not spans[0].read, text
    # A day set for work, a paper named after it, stays the work's.
    spans = find_spans("Ngày 20/7/2025, các đơn vị gửi báo cáo về Sở Nội vụ.", date(2025, 7, 9))
    assert spans[0].read


EVENT_FIELDS = """\
# Toàn văn Công văn 500-CV/VPTW về tập huấn sử dụng phần mềm quản lý văn bản thế nào?

Ngày 20/11/2025, Văn phòng Trung ương Đảng ban hành Công văn 500-CV/VPTW về tập huấn.

Nội dung Công văn 500-CV/VPTW cụ thể như sau:

**(1) Thời gian, địa điểm **

**- Thời gian:** Tập huấn 1 ngày, thứ Năm, ngày 04/12/2025

**- Địa điểm:** Tại Phòng họp tầng 3, Trụ sở Văn phòng Trung ương Đảng.

**(2) Thời gian kiểm tra**

- Thời gian kiểm tra: Tháng 10, 11 năm 2025.

**(3) Tổ chức triển khai **

- Cục Chuyển đổi số chuẩn bị nội dung, tài liệu, giảng viên cho khóa tập huấn.

- Văn phòng các tỉnh uỷ chuẩn bị phòng họp trực tuyến.
"""


def test_a_title_of_event_fields_and_a_bare_inspection_time_are_no_duties() -> None:
    draft = extract(EVENT_FIELDS, issued=date(2025, 11, 20))
    starts = _starts(draft)
    assert not any(s.startswith(("Thời gian, địa điểm", "Thời gian kiểm tra")) for s in starts)
    assert "Cục Chuyển đổi số chuẩn bị nội" in starts


RESTATED_AFTER_QUOTE = """\
# Thủ tướng yêu cầu hướng dẫn quy trình sản xuất cà phê bền vững hoàn thành khi nào?

Ngày 20/5/2025, Thủ tướng Chính phủ ban hành Công điện 80/CĐ-TTg năm 2025.

Theo đó, tại Mục 1 Công điện 80/CĐ-TTg năm 2025 có quy định như sau:

1. Bộ trưởng Bộ Nông nghiệp và Môi trường:

- Hướng dẫn quy trình sản xuất cà phê an toàn, bền vững, hoàn thành trong Quý III năm 2025;

- Rà soát, sửa đổi các quy định về mã số vùng trồng.

Theo đó, tại Công điện 80/CĐ-TTg năm 2025 Thủ tướng Chính phủ yêu cầu Bộ trưởng Bộ Nông
nghiệp và Môi trường hướng dẫn quy trình sản xuất cà phê cần hoàn thành trong Quý III năm 2025.
"""


def test_a_sentence_summing_up_the_quoted_points_is_no_duty() -> None:
    draft = extract(RESTATED_AFTER_QUOTE, issued=date(2025, 5, 20), number="80/CĐ-TTg")
    starts = _starts(draft)
    # "Theo đó, …" before the quote leads into it; after the points it says one again.
    assert not any(s.startswith("Theo đó") for s in starts)
    assert starting(draft, "Hướng dẫn quy trình")["windows"] == ["quý III/2025"]
    # Its next line, as the page wrapped it, goes with it: not onto the point above.
    assert starting(draft, "Rà soát, sửa đổi")["windows"] == ["không thời hạn"]


def test_a_share_to_reach_by_a_year_is_a_target_not_a_deadline() -> None:
    issued = date(2017, 7, 9)
    for text in (
        "Nâng cao nhận thức cho 50% lãnh đạo các ban ngành, 100% lãnh đạo đoàn thể vào năm 2020.",
        "Tăng chi cho nghiên cứu khoa học lên 2% GDP vào năm 2020.",
        "Bố trí cán bộ Nhà Văn hoá lao động tỉnh (dự kiến hoạt động vào năm 2020).",
    ):
        spans = [sp for sp in find_spans(text, issued) if "2020" in sp.text]
        assert spans, text
        assert not spans[0].read, text
    # Work finished to a share by the year, or a year alone, stays the work's time.
    for text in (
        "Hoàn thành 100% công tác giải phóng mặt bằng vào năm 2018.",
        "Báo cáo kết quả thực hiện vào năm 2018.",
    ):
        assert find_spans(text, issued)[0].read, text


def test_a_title_question_wrapped_over_two_lines_still_asks() -> None:
    # A page saved as text wraps its long title; the page is still a Q&A page, and the
    # sentence summing up its quote is still no duty.
    title = RESTATED_AFTER_QUOTE.split("\n", 1)[0]
    wrapped = title[:60] + "\n" + title[60:]
    draft = extract(
        RESTATED_AFTER_QUOTE.replace(title, wrapped, 1),
        issued=date(2025, 5, 20),
        number="80/CĐ-TTg",
    )
    assert not any(s.startswith("Theo đó") for s in _starts(draft))
