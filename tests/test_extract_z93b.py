"""`nq42 extract` on development documents that read too little (branch z93b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names


def _by_text(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["text"][:30]: d for d in draft.duties}


def _starts(draft: Draft) -> list[str]:
    return [d["text"][:30] for d in draft.duties]


NEWS_ASKS_ABOVE_ITEMS = """\
## Thủ tướng chỉ đạo đẩy mạnh chuyển đổi số trong các cơ quan hành chính

Thủ tướng Chính phủ đã ký Công điện số 99/CĐ-TTg ngày 12/6/2026 gửi Bộ trưởng; Chủ tịch \
UBND các tỉnh chỉ đạo đẩy mạnh chuyển đổi số.

Trên cơ sở nội dung các nghị định, Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các tỉnh, \
thành phố trực thuộc Trung ương nghiên cứu kỹ lưỡng các quy định để triển khai đầy đủ;

Bộ trưởng, Thủ trưởng cơ quan ngang Bộ hoàn thành các thông tư hướng dẫn trước ngày \
30/6/2026.

## Khẩn trương số hóa hồ sơ

Theo báo cáo, các bộ đã rà soát tổng thể 5.076 văn bản thuộc phạm vi quản lý.

Cụ thể, có 2.718 thủ tục được số hóa trong năm qua.

Bộ trưởng Bộ Nội vụ cũng nêu 2 nhóm kiến nghị:

1. Các Bộ, cơ quan ngang Bộ khẩn trương công bố thủ tục hành chính theo thẩm quyền.

2. Chính quyền địa phương tổ chức tập huấn các nội dung điều chỉnh.
"""


def test_news_request_ending_in_a_semicolon_above_a_subheading_is_read() -> None:
    draft = extract(NEWS_ASKS_ABOVE_ITEMS, issued=date(2026, 6, 12), number="99/CĐ-TTg")
    starts = _starts(draft)
    # The request's ground ("Trên cơ sở …,") is cut off: the speaker's request opens it.
    assert starts[0].startswith("Thủ tướng Chính phủ yêu cầu")
    duties = _by_text(draft)
    assert lead_names(draft, duties[starts[0]]) == [
        "Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương"
    ]
    ministers = next(d for d in draft.duties if d["text"].startswith("Bộ trưởng, Thủ trưởng"))
    assert ministers["windows"] == ["trước ngày 30/6/2026"]
    # The page's own account under the subheading, before the items, is no work.
    assert not any(
        s.startswith(("Theo báo cáo", "Cụ thể, có", "Bộ trưởng Bộ Nội vụ")) for s in starts
    )
    assert any(s.startswith("Các Bộ, cơ quan ngang Bộ khẩn") for s in starts)


PROCEDURE = """\
ỦY BAN NHÂN DÂN TỈNH X

Số: 12/2026/QĐ-UBND

QUYẾT ĐỊNH

Ban hành Quy trình rà soát đối tượng hỗ trợ nhà ở

**Điều 4. Quy trình rà soát đối tượng hỗ trợ nhà ở**

a) Thời hạn rà soát đối tượng

Ủy ban nhân dân cấp xã thực hiện các công việc sau:

**Bước 1. **Ủy ban nhân dân cấp xã tiếp nhận, kiểm tra hồ sơ và giao Phòng Văn hóa - \
Xã hội thẩm tra, xác minh hồ sơ.

**Bước 2. **Ủy ban nhân dân cấp xã trả kết quả đến cá nhân, hộ gia đình.

Nơi nhận kết quả.

- Tại Bộ phận Tiếp nhận và Trả kết quả cấp xã;

- Hoặc qua dịch vụ bưu chính công ích.

**Điều 5. Lựa chọn hình thức bố trí dân cư**

Ủy ban nhân dân cấp xã phối hợp Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh lựa chọn hình \
thức bố trí dân cư.

*Mẫu 01*

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

Độc lập - Tự do - Hạnh phúc

**ĐƠN ĐĂNG KÝ ĐƯỢC HỖ TRỢ NHÀ Ở**

Kính gửi: Ủy ban nhân dân xã ……………………..

Tôi tên là: ………………………… Năm sinh: ……………

Tôi cam kết thực hiện đúng các quy định của Nhà nước.
"""


def test_procedure_steps_numbered_with_a_dot_are_items() -> None:
    draft = extract(PROCEDURE, issued=date(2026, 3, 1), number="12/2026/QĐ-UBND")
    duties = _by_text(draft)
    step = duties["Ủy ban nhân dân cấp xã tiếp nh"]
    assert lead_names(draft, step) == ["Ủy ban nhân dân cấp xã"]
    assert step["id"].endswith(".1")


def test_where_results_are_received_is_no_recipients_list_and_a_form_closes_the_text() -> None:
    draft = extract(PROCEDURE, issued=date(2026, 3, 1), number="12/2026/QĐ-UBND")
    starts = _starts(draft)
    # "Nơi nhận kết quả." is a field of the step: the articles after it are still read.
    assert "Ủy ban nhân dân cấp xã phối hợ" in starts
    # The form under "Mẫu 01" and its motto is a blank to fill in, no work.
    assert not any(s.startswith(("Tôi ", "Kính gửi", "ĐƠN ĐĂNG KÝ")) for s in starts)


QA_WITH_FINES = """\
# Tăng cường bảo đảm an toàn giao thông dịp Tết

## Tăng cường bảo đảm an toàn giao thông dịp Tết

Ngày 16/01/2026, Phó Thủ tướng ban hành Công điện 9/CĐ-TTg về an toàn giao thông dịp Tết.

Để bảo đảm an toàn giao thông dịp Tết, Thủ tướng Chính phủ yêu cầu các bộ, cơ quan, địa \
phương chú trọng một số nội dung sau:

- Có kế hoạch đáp ứng nhu cầu đi lại tăng cao trong dịp Tết.

- Giao Ủy ban An toàn giao thông Quốc gia theo dõi, đôn đốc việc thực hiện Công điện này, \
báo cáo Thủ tướng Chính phủ trước 15 giờ ngày 02/02/2026.

**Lái xe khi đã uống rượu bia thì bị phạt bao nhiêu?**

Ngày 26/12/2024, Chính phủ ban hành Nghị định 168/2024/NĐ-CP quy định xử phạt vi phạm \
hành chính về trật tự, an toàn giao thông.

Trong đó, quy định các mức phạt như sau:

*(1) Đối với người lái xe máy*

Phạt tiền từ 2.000.000 đồng đến 3.000.000 đồng.

*(2) Đối với người lái xe ô tô*

Phạt tiền từ 6.000.000 đồng đến 8.000.000 đồng.
"""


def test_an_answer_telling_when_a_decree_was_made_quotes_law() -> None:
    draft = extract(QA_WITH_FINES, issued=date(2026, 1, 16), number="9/CĐ-TTg")
    starts = _starts(draft)
    # The decree's fines, numbered "(1)", "(2)", are the law's: the telegram's bullets
    # above them are the page's items.
    assert not any(s.startswith(("Đối với người", "Phạt tiền")) for s in starts)
    duties = _by_text(draft)
    first = duties["Có kế hoạch đáp ứng nhu cầu đi"]
    assert lead_names(draft, first) == ["các bộ, cơ quan, địa phương"]
    assert duties["Giao Ủy ban An toàn giao thông"]["windows"] == ["ngày 2/2/2026"]


RECEIVE_AND_PERSEVERE = """\
BỘ GIÁO DỤC VÀ ĐÀO TẠO

Số: 77/BGDĐT-GDPT

V/v triển khai Hội thi an toàn giao thông

1. Các Sở GDĐT nhận Công văn và triển khai Hội thi tới các trường trung học.

2. Các cơ quan truyền thông kiên trì tuyên truyền Nhân dân không lái xe sau khi uống rượu bia.
"""


def test_receiving_the_letter_and_persevering_end_a_name() -> None:
    draft = extract(RECEIVE_AND_PERSEVERE, issued=date(2026, 11, 25), number="77/BGDĐT-GDPT")
    duties = _by_text(draft)
    assert lead_names(draft, duties["Các Sở GDĐT nhận Công văn và t"]) == ["Các Sở GDĐT"]
    assert lead_names(draft, duties["Các cơ quan truyền thông kiên "]) == [
        "Các cơ quan truyền thông"
    ]


LEAD_IN_WITH_ITS_OWN_WORK = """\
# Thủ tướng yêu cầu chấn chỉnh công tác tuyển sinh

Ngày 07/02/2026, Thủ tướng Chính phủ ký Công điện 12/CĐ-TTg về công tác tuyển sinh.

Theo đó, Thủ tướng Chính phủ yêu cầu:

- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập trung chỉ đạo \
thực hiện đồng bộ các giải pháp và chịu trách nhiệm toàn diện về công tác tuyển sinh trên \
địa bàn, trong đó lưu ý một số nội dung sau:

+ Chỉ đạo các cơ quan liên quan chuẩn bị tốt các điều kiện tổ chức tuyển sinh.

+ Bố trí nguồn ngân sách của địa phương cho các trường học.

- Bộ trưởng Bộ Giáo dục và Đào tạo:

+ Hướng dẫn các nhà trường thực hiện nghiêm quy định về tuyển sinh.
"""


def test_a_lead_in_with_its_own_work_before_its_points_is_a_duty_too() -> None:
    draft = extract(LEAD_IN_WITH_ITS_OWN_WORK, issued=date(2026, 2, 7), number="12/CĐ-TTg")
    duties = _by_text(draft)
    chairman = "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
    assert lead_names(draft, duties["Chủ tịch Ủy ban nhân dân các t"]) == [chairman]
    assert lead_names(draft, duties["Chỉ đạo các cơ quan liên quan "]) == [chairman]
    # An owner's bare heading ("- Bộ trưởng …:") stays no task.
    assert not any(s.startswith("Bộ trưởng Bộ Giáo dục") for s in _starts(draft))


COUNCIL_PRINCIPLES = """\
HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI

Số: 70/2026/NQ-HĐND

NGHỊ QUYẾT

Quy định đầu tư hạ tầng nhà ở xã hội

**Điều 3. Nguyên tắc đầu tư xây dựng các công trình hạ tầng**

1. Hội đồng nhân dân Thành phố thống nhất giao Ủy ban nhân dân Thành phố bố trí nguồn \
vốn từ ngân sách của Thành phố để đầu tư xây dựng các công trình hạ tầng.

2. Kinh phí đầu tư xây dựng các công trình hạ tầng không tính vào giá nhà ở xã hội.

**Điều 4. Tổ chức thực hiện**

Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Nghị quyết này.
"""


def test_a_council_assigning_work_among_its_principles_gives_a_duty() -> None:
    draft = extract(COUNCIL_PRINCIPLES, issued=date(2026, 7, 1), number="70/2026/NQ-HĐND")
    duties = _by_text(draft)
    assigned = duties["Hội đồng nhân dân Thành phố th"]
    assert lead_names(draft, assigned) == ["Ủy ban nhân dân Thành phố"]
    # The other principles stay the rule's content.
    assert not any(s.startswith("Kinh phí đầu tư") for s in _starts(draft))


OWN_DECREE_RETOLD = """\
# Năm 2027, kế hoạch bồi dưỡng giáo viên theo Nghị định 400 ra sao?

**Năm 2027, kế hoạch bồi dưỡng giáo viên theo Nghị định 400 ra sao?**

Ngày 5/12/2026, Chính phủ ban hành Nghị định 400/2026/NĐ-CP quy định về kế hoạch bồi \
dưỡng giáo viên.

**(1)** Kế hoạch 5 năm bồi dưỡng giáo viên theo Mẫu số 1

- Đơn vị xây dựng kế hoạch: Bộ Giáo dục và Đào tạo;

- Thời hạn ban hành kế hoạch: Kế hoạch được ban hành trước ngày 31 tháng 12 năm 2026;

**(2)** Kế hoạch hằng năm bồi dưỡng giáo viên theo Mẫu số 2

- Đơn vị xây dựng kế hoạch: Ủy ban nhân dân cấp tỉnh;
"""


def test_an_answer_telling_when_the_page_own_decree_was_made_is_kept() -> None:
    # The page asks what Nghị định 400 plans: the answer telling when it was made goes on
    # to retell it, and its items are the page's duties (the fines of a decree the page
    # only cites are not: see the test above).
    draft = extract(OWN_DECREE_RETOLD, issued=date(2026, 12, 5), number="400/2026/NĐ-CP")
    duties = _by_text(draft)
    five = duties["Kế hoạch 5 năm bồi dưỡng giáo "]
    assert lead_names(draft, five) == ["Bộ Giáo dục và Đào tạo"]
    assert five["windows"] == ["trước ngày 31/12/2026"]
    assert lead_names(draft, duties["Kế hoạch hằng năm bồi dưỡng gi"]) == [
        "Ủy ban nhân dân cấp tỉnh"
    ]
