"""`nq42 extract` on news pages retelling a directive or a letter in paragraphs (branch z80a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import extract
from nq42cli.core.loader import load_plan_text
from nq42cli.core.markup import as_read
from nq42cli.render.draft import plan_text
from tests.extract_helpers import lead_names as _lead
from tests.extract_helpers import starting as _starting

RECORD = (
    '12,Giáo dục,"Theo Chỉ thị, Thủ tướng Chính phủ yêu cầu Bộ Y tế khẩn trương rà soát '
    "danh mục thuốc thiết yếu, bảo đảm đủ thuốc cho các cơ sở khám bệnh.\n"
    "Hướng dẫn các địa phương tổ chức tiêm chủng mở rộng, không để thiếu vắc xin.\n"
    'Thủ tướng cũng yêu cầu Bộ Tài chính bố trí kinh phí cho chương trình ""Sức khỏe '
    'học đường"".\n'
    'Đồng thời yêu cầu Bộ Công an chỉ đạo lực lượng bảo đảm an ninh tại các điểm tiêm."'
)


def test_a_data_sets_row_is_read_as_its_text() -> None:
    read = as_read(RECORD)
    assert read.undone == ("record",)
    assert read.text.startswith("Theo Chỉ thị, Thủ tướng")
    assert '"Sức khỏe học đường"' in read.text
    draft = extract(RECORD, issued=date(2024, 11, 20))
    assert _lead(draft, _starting(draft, "Theo Chỉ thị, Thủ tướng")) == ["Bộ Y tế"]
    assert any(d["text"].startswith("Hướng dẫn các địa phương") for d in draft.duties)
    assert not any(d["text"].startswith("12,") for d in draft.duties)


def test_a_text_with_a_comma_before_a_quote_is_no_row() -> None:
    text = 'Bộ Y tế, "Sở Y tế" và các đơn vị triển khai.\nBáo cáo trước ngày 30/6/2024.\n'
    assert as_read(text).undone == ()


REPORTED = (
    "Tỉnh đẩy mạnh phòng chống dịch sốt xuất huyết\n"
    "\n"
    "(BTN) - UBND tỉnh vừa ban hành kế hoạch phòng chống dịch sốt xuất huyết trong mùa mưa.\n"
    "\n"
    "Theo đó, UBND tỉnh yêu cầu Sở Y tế tổ chức phun hóa chất diệt muỗi tại các ổ dịch, "
    "giám sát chặt chẽ các ca bệnh.\n"
    "\n"
    "Ngoài ra, UBND tỉnh cũng giao Sở Tài chính bố trí kinh phí mua hóa chất trước ngày "
    "15/8/2019.\n"
    "\n"
    "Được biết, từ đầu năm đến nay toàn tỉnh ghi nhận 320 ca mắc sốt xuất huyết.\n"
)


def test_a_news_page_reporting_a_plan_reads_its_two_requests() -> None:
    draft = extract(REPORTED, issued=date(2019, 7, 30))
    assert _lead(draft, _starting(draft, "Theo đó, UBND tỉnh yêu cầu")) == ["Sở Y tế"]
    tai_chinh = _starting(draft, "Ngoài ra, UBND tỉnh cũng giao")
    assert _lead(draft, tai_chinh) == ["Sở Tài chính"]
    assert tai_chinh["windows"] == ["trước ngày 15/8/2019"]
    assert not any(d["text"].startswith("Được biết") for d in draft.duties)


def test_a_page_with_no_report_of_a_document_keeps_needing_three_requests() -> None:
    # The same two requests with no press tag and no report of an issuing: an excerpt
    # with too few owned paragraphs to read as an article's items.
    text = REPORTED.replace("(BTN) - UBND tỉnh vừa ban hành kế hoạch", "Mùa mưa, công tác")
    assert extract(text, issued=date(2019, 7, 30)).duties == []


FINISHED = (
    "Phó Thủ tướng chỉ đạo kiểm tra dự án cầu cảng\n"
    "\n"
    "Văn phòng Chính phủ vừa có văn bản truyền đạt ý kiến chỉ đạo của Phó Thủ tướng về dự án "
    "cầu cảng.\n"
    "\n"
    "Phó Thủ tướng giao Bộ Xây dựng chủ trì, phối hợp với Bộ Tài chính kiểm tra hồ sơ dự án "
    "cầu cảng.\n"
    "\n"
    "Hoàn thành việc kiểm tra và báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 9 năm 2023.\n"
)


def test_finishing_the_work_just_asked_by_a_date_is_its_deadline() -> None:
    draft = extract(FINISHED, issued=date(2023, 8, 20))
    check = _starting(draft, "Phó Thủ tướng giao Bộ Xây dựng")
    assert _lead(draft, check) == ["Bộ Xây dựng"]
    assert check["windows"] == ["trước ngày 15/9/2023"]
    assert not any(d["text"].startswith("Hoàn thành") for d in draft.duties)


FOLLOWED = (
    "Thủ tướng chỉ đạo bảo đảm nước sạch cho vùng hạn hán\n"
    "\n"
    "(TTXVN) - Đây là chỉ đạo của Thủ tướng Chính phủ.\n"
    "\n"
    "Tiếp theo chỉ đạo tại Công văn số 1234/VPCP-NN ngày 5/3/2020, Thủ tướng Chính phủ yêu "
    "cầu Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp Bộ Tài chính hỗ trợ ngay "
    "nước sạch cho người dân vùng hạn hán.\n"
    "\n"
    "Thủ tướng yêu cầu đối với vấn đề vượt thẩm quyền, báo cáo Thủ tướng Chính phủ xem xét, "
    "chậm nhất trước ngày 20/3/2020.\n"
)


def test_a_request_following_an_earlier_letter_and_the_speaker_asking_on() -> None:
    draft = extract(FOLLOWED, issued=date(2020, 3, 10))
    first = _starting(draft, "Tiếp theo chỉ đạo tại Công văn")
    assert _lead(draft, first) == ["Bộ Nông nghiệp và Phát triển nông thôn"]
    on = _starting(draft, "Thủ tướng yêu cầu đối với vấn đề")
    assert _lead(draft, on) == ["Bộ Nông nghiệp và Phát triển nông thôn"]
    assert on["windows"] == ["trước ngày 20/3/2020"]


BANK = (
    "Ngân hàng Nhà nước yêu cầu kiểm soát lãi suất cho vay\n"
    "\n"
    "(VNA) - Ngân hàng Nhà nước vừa ban hành văn bản về lãi suất cho vay.\n"
    "\n"
    "Cụ thể, để hỗ trợ doanh nghiệp phục hồi sản xuất, Thống đốc yêu cầu các ngân hàng "
    "thương mại ấn định lãi suất cho vay ngắn hạn không vượt quá 6%/năm.\n"
    "\n"
    "Cũng theo văn bản này, các chi nhánh Ngân hàng Nhà nước tỉnh, thành phố cần thực hiện "
    "giám sát các ngân hàng trên địa bàn.\n"
)


def test_a_governor_asks_and_a_source_once_more_opens_the_next_request() -> None:
    draft = extract(BANK, issued=date(2021, 4, 2))
    asked = _starting(draft, "Cụ thể, để hỗ trợ doanh nghiệp")
    assert _lead(draft, asked) == ["các ngân hàng thương mại"]
    branches = _starting(draft, "Cũng theo văn bản này")
    assert _lead(draft, branches) == ["các chi nhánh Ngân hàng Nhà nước tỉnh, thành phố"]


DECISION_NEWS = (
    '7,Kinh tế,"Quyết định nêu rõ, trong tháng 6/2023, UBND tỉnh Bình Định hoàn thành đề án '
    "phát triển cảng biển, gửi Bộ Giao thông vận tải thẩm định.\n"
    "Quý III năm nay đến Quý I năm tới, Bộ Giao thông vận tải chủ trì thẩm định đề án cảng "
    "biển.\n"
    "Quyết định cũng giao Bộ Tài chính chủ trì hướng dẫn cơ chế tài chính cho cảng biển.\n"
    "Về quy hoạch cảng cạn, Bộ Xây dựng chủ trì rà soát quy hoạch các khu cảng cạn.\n"
    "Ông Trần Văn B, Bí thư Tỉnh ủy cho biết: “Ban cán sự Đảng UBND tỉnh chủ động phối hợp "
    'với các sở để hoàn thành đề án trong Quý IV năm 2023.”"'
)


def test_a_retold_decision_names_who_does_each_task() -> None:
    draft = extract(DECISION_NEWS, issued=date(2023, 5, 10))
    first = _starting(draft, "Quyết định nêu rõ, trong tháng 6/2023")
    assert _lead(draft, first) == ["UBND tỉnh Bình Định"]
    quarters = _starting(draft, "Quý III năm nay đến Quý I năm tới")
    assert _lead(draft, quarters) == ["Bộ Giao thông vận tải"]
    finance = _starting(draft, "Quyết định cũng giao Bộ Tài chính")
    assert _lead(draft, finance) == ["Bộ Tài chính"]
    topic = _starting(draft, "Về quy hoạch cảng cạn")
    assert _lead(draft, topic) == ["Bộ Xây dựng"]
    quoted = _starting(draft, "Ban cán sự Đảng UBND tỉnh chủ động")
    assert _lead(draft, quoted) == ["Ban cán sự Đảng UBND tỉnh"]
    assert not any(d["text"].startswith("Ông Trần Văn B") for d in draft.duties)


def test_resolve_and_closeness_end_a_body_name() -> None:
    text = (
        "1. Thường trực Chính phủ yêu cầu Bộ Công Thương quyết tâm, nỗ lực hoàn thiện hồ sơ "
        "dự án điện gió.\n"
        "2. Bộ Công Thương bám sát chỉ đạo của Chính phủ về phân cấp cho địa phương.\n"
    )
    draft = extract(text, issued=date(2024, 10, 5), number="1/TB-VPCP")
    for d in draft.duties:
        assert _lead(draft, d) == ["Bộ Công Thương"]


def test_a_long_purpose_before_the_head_of_government_asking() -> None:
    purpose = (
        "Để thực hiện thắng lợi các chỉ tiêu phát triển kinh tế - xã hội năm 2023, phấn đấu "
        "hoàn thành kế hoạch đầu tư công trung hạn, bảo đảm an sinh xã hội, chăm lo đời sống "
        "người dân, nhất là người có công, hộ nghèo, đồng bào dân tộc thiểu số, lập thành tích "
        "chào mừng các ngày lễ lớn của đất nước, đại hội các cấp và kỷ niệm các sự kiện trọng "
        "đại trong năm, Thủ tướng Chính phủ yêu cầu các bộ, cơ quan ngang bộ tiếp tục quán "
        "triệt sâu rộng các chủ trương về thi đua.\n"
    )
    text = (
        "1. Bộ Nội vụ hướng dẫn tổ chức phong trào thi đua.\n"
        f"2. {purpose}"
        "3. Bộ Tài chính bố trí kinh phí khen thưởng.\n"
    )
    assert purpose.index("Thủ tướng") > 300
    draft = extract(text, issued=date(2023, 2, 1), number="1/CT-TTg")
    assert _lead(draft, _starting(draft, "Để thực hiện thắng lợi")) == ["các bộ, cơ quan ngang bộ"]


def test_numbers_inside_a_bracket_list_what_the_sentence_names() -> None:
    text = (
        "1. Bộ Xây dựng hướng dẫn mẫu nhà ở.\n"
        "2. Quán triệt phương châm xã hội hóa, quyết tâm đến ngày 31 tháng 12 năm 2025 hoàn "
        "thành mục tiêu hỗ trợ nhà ở (bao gồm cả 3 chương trình: (1) Hỗ trợ nhà ở cho người có "
        "công; (2) Hỗ trợ nhà ở theo chương trình mục tiêu quốc gia và (3) Xoá nhà tạm cho "
        "người dân).\n"
        "3. Bộ Tài chính bố trí kinh phí.\n"
    )
    draft = extract(text, issued=date(2024, 10, 5), number="1/CĐ-TTg")
    second = _starting(draft, "Quán triệt phương châm")
    assert "(3) Xoá nhà tạm" in second["text"]
    assert not any(d["text"].startswith("Hỗ trợ nhà ở") for d in draft.duties)


def test_a_long_matter_before_the_deputy_prime_minister_assigning() -> None:
    text = (
        "Phó Thủ tướng chỉ đạo kiểm tra gói thầu cầu cảng\n"
        "\n"
        "Văn phòng Chính phủ vừa có văn bản số 12/VPCP-CN truyền đạt ý kiến chỉ đạo của Phó "
        "Thủ tướng về gói thầu cầu cảng.\n"
        "\n"
        "Liên quan đến việc lựa chọn nhà thầu thi công xây dựng Gói thầu xây dựng cầu cảng số 3 "
        "thuộc Dự án mở rộng cảng biển quốc tế khu vực phía Nam tỉnh Bà Rịa - Vũng Tàu (giai "
        "đoạn hai) do Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh làm chủ "
        "đầu tư, Phó Thủ tướng Lê Văn C giao Bộ Tài chính chủ trì kiểm tra việc lựa chọn nhà "
        "thầu.\n"
        "\n"
        "Hoàn thành việc kiểm tra và báo cáo Thủ tướng Chính phủ trước ngày 20 tháng 8 năm "
        "2023.\n"
    )
    assert text.index(", Phó Thủ tướng Lê") - text.index("Liên quan") > 200
    draft = extract(text, issued=date(2023, 8, 1))
    check = _starting(draft, "Liên quan đến việc lựa chọn")
    assert _lead(draft, check) == ["Bộ Tài chính"]
    assert check["windows"] == ["trước ngày 20/8/2023"]


def test_a_meeting_news_page_and_its_framed_sentences() -> None:
    text = (
        "Đẩy nhanh tiến độ khu tái định cư cảng cá\n"
        "\n"
        "Đó là ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh tại buổi làm việc về dự án cảng cá.\n"
        "\n"
        "Theo báo cáo của UBND huyện, đến nay dự án đã hoàn thành 60% khối lượng.\n"
        "\n"
        "Phát biểu kết luận, Phó Chủ tịch UBND tỉnh đánh giá cao nỗ lực của các đơn vị. Thời "
        "gian tới, Phó Chủ tịch UBND tỉnh đề nghị các ngành, đơn vị tập trung đẩy nhanh tiến độ "
        "dự án. Trong công tác bồi thường, tập trung cao khu tái định cư và bố trí kinh phí hạ "
        "tầng. Trong tháng 4, phê duyệt phương án bồi thường cho các hộ còn lại.\n"
    )
    draft = extract(text, issued=date(2019, 3, 5))
    asked = _starting(draft, "Thời gian tới, Phó Chủ tịch")
    assert _lead(draft, asked) == ["các ngành, đơn vị"]
    april = _starting(draft, "Trong tháng 4, phê duyệt")
    assert _lead(draft, april) == ["các ngành, đơn vị"]
    assert april["windows"] == ["tháng 4/2019"]
    assert _starting(draft, "Trong công tác bồi thường")["windows"] == ["không thời hạn"]


def test_a_yearless_day_says_the_year_of_the_full_date_before_it() -> None:
    text = (
        "(BQN) - UBND tỉnh vừa ban hành Kế hoạch số 55/KH-UBND điều tra hộ nghèo.\n"
        "\n"
        "Theo kế hoạch, việc điều tra tiến hành từ ngày 1-8 đến hết ngày 30-11-2019. Trước "
        "ngày 20-9, UBND các huyện phải báo cáo sơ bộ kết quả về Sở Lao động - Thương binh và "
        "Xã hội.\n"
    )
    # No date given: the page's own full date suggests the year, said in the review; the
    # draft reads no deadline, as `nq42 validate` reads its timing with the draft's date.
    draft = extract(text)
    report = _starting(draft, "Trước ngày 20-9")
    assert report["windows"] == ["không thời hạn"]
    assert "the date's before it is in 2019: give --issued" in report["review"]
    load_plan_text(plan_text(draft, "vi"), "<draft>")
    dated = extract(text, issued=date(2019, 7, 25))
    assert _starting(dated, "Trước ngày 20-9")["windows"] == ["trước ngày 20/9/2019"]
    lone = text.replace("30-11-2019", "30-11")
    assert "give --issued" not in (_starting(extract(lone), "Trước ngày 20-9")["review"] or "")


def test_a_paragraph_restating_its_subheading_keeps_it_as_its_start() -> None:
    text = (
        "Các bộ, ngành tổ chức phát động phong trào thi đua.\n"
        "\n"
        "Các địa phương tổ chức tốt hội nghị điển hình tiên tiến.\n"
        "\n"
        "Tăng cường công tác quản lý nhà nước về thi đua\n"
        "\n"
        "Thủ tướng Chính phủ yêu cầu Bộ Nội vụ chủ trì hướng dẫn, kiểm tra việc thực hiện Chỉ "
        "thị này.\n"
        "\n"
        "Tăng cường công tác quản lý nhà nước về thi đua. Tiếp tục tham mưu triển khai các "
        "phong trào thi đua do Thủ tướng Chính phủ phát động.\n"
    )
    draft = extract(text, issued=date(2024, 11, 1))
    restated = _starting(draft, "Tăng cường công tác quản lý nhà nước về thi đua. Tiếp tục")
    assert _lead(draft, restated) == ["Bộ Nội vụ"]
    assert not any(d["text"].startswith("Tiếp tục tham mưu") for d in draft.duties)
