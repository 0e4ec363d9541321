"""`nq42 extract` on documents quoted in legal Q&A pages, with the page's own questions
after them (branch z93a).

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


HEADED_QA = """\
# Nhiệm vụ trọng tâm về phòng chống dịch năm 2026 theo Quyết định 71

### Nội dung chính

## Nhiệm vụ trọng tâm về phòng chống dịch năm 2026 theo Quyết định 71

Căn cứ theo Mục II Chương trình công tác năm 2026 ban hành kèm theo Quyết định 71/QĐ-BCĐ \
năm 2026 thì các nhiệm vụ trọng tâm như sau:

- Tiếp tục kiện toàn thành viên Ban Chỉ đạo khi có thay đổi.

- Tăng cường kiểm tra, giám sát các địa phương trong phòng chống dịch.

*Nhiệm vụ trọng tâm về phòng chống dịch năm 2026 theo Quyết định 71 (Hình từ Internet)*

## 03 tiêu chí xác định ổ dịch theo Quyết định 72/QĐ-BYT

Tại Điều 1 Quyết định 72/QĐ-BYT năm 2026 quy định tiêu chí xác định ổ dịch như sau:

*(1) Về số ca bệnh*

- Có từ 02 ca bệnh trở lên trong 07 ngày.

*(2) Về địa bàn*

- Các ca bệnh ở cùng một thôn, tổ dân phố.

*(3) Về thời gian*

- Ca bệnh sau cách ca bệnh trước không quá 14 ngày.
"""


def test_page_heading_after_the_caption_quoting_another_decision_is_dropped() -> None:
    # Past the picture's caption the page sets its own questions as headings; one whose
    # answer quotes an article of another decision is that decision's, not the quoted
    # programme's: its "(1)", "(2)" … must not become the outline.
    draft = extract(HEADED_QA, issued=date(2026, 3, 1), number="71/QĐ-BCĐ")
    starts = _starts(draft)
    assert "Tiếp tục kiện toàn thành viên " in starts
    assert "Tăng cường kiểm tra, giám sát " in starts
    assert not any(s.startswith(("Có từ 02 ca", "Các ca bệnh", "Ca bệnh sau")) for s in starts)


LABELLED_LAW_ANSWER = """\
# Sẽ ban hành Thông tư hướng dẫn đăng ký thuế bằng số định danh cá nhân?

**Sẽ ban hành Thông tư hướng dẫn đăng ký thuế bằng số định danh cá nhân?**

Cụ thể, theo Chỉ thị 09/CT-TTg 2026 Thủ tướng Chính phủ yêu cầu Bộ Tài chính thực hiện \
những nhiệm vụ trọng tâm như sau:

- Ban hành Thông tư hướng dẫn đăng ký thuế đối với cá nhân bằng số định danh cá nhân.

- Hoàn thiện hệ thống hóa đơn điện tử, hoàn thành trong tháng 5 năm 2026.

*Cá nhân sẽ dùng số định danh thay mã số thuế? (Hình từ Internet)*

**Số định danh cá nhân được hiểu như thế nào?**

**(1) Số định danh cá nhân:**

Căn cứ theo Điều 12 Luật Căn cước 2023 quy định số định danh cá nhân như sau:

1. Số định danh cá nhân là dãy số tự nhiên gồm 12 chữ số.

2. Số định danh cá nhân do Bộ Công an thống nhất quản lý trên toàn quốc.

**Thời hiệu kỷ luật là bao lâu?**

Thời hiệu kỷ luật đảng viên được quy định tại điểm b khoản 2 Điều 4 Quy định 69-QĐ/TW năm \
2022, cụ thể như sau:

1. Thời hiệu kỷ luật là thời hạn được quy định trong Quy định này.

2. Thời hiệu kỷ luật được tính từ thời điểm xảy ra hành vi vi phạm.
"""


def test_law_answers_under_a_label_or_citing_a_party_regulation_are_dropped() -> None:
    draft = extract(LABELLED_LAW_ANSWER, issued=date(2026, 2, 11), number="09/CT-TTg")
    starts = _starts(draft)
    assert not any(s.startswith(("Số định danh", "Thời hiệu")) for s in starts)
    duties = _by_text(draft)
    assert lead_names(draft, duties["Ban hành Thông tư hướng dẫn đă"]) == ["Bộ Tài chính"]
    invoices = duties["Hoàn thiện hệ thống hóa đơn đi"]
    assert lead_names(draft, invoices) == ["Bộ Tài chính"]
    assert invoices["windows"] == ["tháng 5/2026"]


OWN_ARTICLE_TWO = """\
# Chấp thuận chủ trương đầu tư dự án Trường học quốc tế Phú Hòa

### Nội dung chính

## Chấp thuận chủ trương đầu tư dự án Trường học quốc tế Phú Hòa

Ngày 14 tháng 3 năm 2026, Ủy ban nhân dân tỉnh ban hành Quyết định 512/QĐ-UBND về chấp \
thuận chủ trương đầu tư dự án Trường học quốc tế Phú Hòa.

Tại Điều 1 Quyết định 512/QĐ-UBND với các nội dung như sau:

(1) Tên dự án: Trường học quốc tế Phú Hòa.

(2) Diện tích dự án: Khoảng 1,5 ha.

*Chấp thuận chủ trương đầu tư dự án Trường học quốc tế Phú Hòa (Hình từ Internet)*

## Tổ chức thực hiện chủ trương đầu tư dự án như thế nào?

Căn cứ tại Điều 2 Quyết định 512/QĐ-UBND năm 2026 về tổ chức thực hiện như sau:

(1) UBND thành phố Tuy Hòa đưa dự án vào kế hoạch sử dụng đất trong tháng 04/2026.

(2) Sở Tài chính:

- Đăng tải quyết định chấp thuận chủ trương đầu tư trên Hệ thống mạng đấu thầu quốc gia.

## Lựa chọn nhà đầu tư thực hiện dự án như thế nào?

Căn cứ tại Điều 29 Luật Đầu tư 2020 quy định lựa chọn nhà đầu tư như sau:

(1) Lựa chọn nhà đầu tư được tiến hành thông qua đấu giá hoặc đấu thầu.

(2) Việc lựa chọn nhà đầu tư được thực hiện sau khi chấp thuận chủ trương đầu tư.
"""


def test_answer_quoting_the_next_article_of_the_page_own_decision_is_kept() -> None:
    # "Căn cứ tại Điều 2 Quyết định 512/QĐ-UBND …" on a page retelling Quyết định 512: the
    # decision's own article that assigns its work; the Law on Investment after it is law.
    draft = extract(OWN_ARTICLE_TWO, issued=date(2026, 3, 14), number="512/QĐ-UBND")
    duties = _by_text(draft)
    plan = duties["UBND thành phố Tuy Hòa đưa dự "]
    assert lead_names(draft, plan) == ["UBND thành phố Tuy Hòa"]
    assert plan["windows"] == ["tháng 4/2026"]
    assert lead_names(draft, duties["Đăng tải quyết định chấp thuận"]) == ["Sở Tài chính"]
    assert not any(s.startswith(("Lựa chọn nhà đầu", "Việc lựa chọn")) for s in _starts(draft))


RETOLD_REQUEST = """\
# Khi nào nhà mạng chặn ứng dụng X tại Việt Nam?

## Khi nào nhà mạng chặn ứng dụng X tại Việt Nam?

Ngày 21/5/2026, Cục Viễn thông đã ban hành Công văn 2400/CVT-CS về việc ngăn chặn hoạt \
động của ứng dụng X.

Đề nghị các doanh nghiệp viễn thông triển khai các biện pháp ngăn chặn ứng dụng X, báo cáo \
kết quả thực hiện bằng văn bản về Cục Viễn thông trước ngày 02/6/2026.

Theo đó, các nhà mạng được yêu cầu báo cáo kết quả việc chặn ứng dụng X về Cục Viễn thông \
trước ngày 2/6/2026.

*(*) Trên đây là thông tin khi nào nhà mạng chặn ứng dụng X tại Việt Nam?*
"""


def test_page_retelling_the_request_above_in_the_passive_is_no_second_duty() -> None:
    draft = extract(RETOLD_REQUEST, issued=date(2026, 5, 21), number="2400/CVT-CS")
    starts = _starts(draft)
    assert "Đề nghị các doanh nghiệp viễn " in starts
    assert not any(s.startswith("Theo đó, các nhà mạng") for s in starts)


SCOPED_TIME_FIELD = """\
# Kế hoạch 300-KH/UBKTTW triển khai phần mềm ra sao?

Ngày 15/9/2026, Ủy ban Kiểm tra Trung ương ban hành Kế hoạch 300-KH/UBKTTW triển khai Phần \
mềm cơ sở dữ liệu.

Công tác triển khai Phần mềm được nêu tại Mục II Kế hoạch 300-KH/UBKTTW, cụ thể như sau:

- UBKT Trung ương: Xây dựng quy định quản lý, sử dụng Phần mềm.

- UBKT cấp tỉnh, cấp xã: Triển khai sử dụng Phần mềm khi đáp ứng đủ yêu cầu kết nối.

- Thời gian thực hiện: Trong tháng 10/2026 đối với UBKT Trung ương, đối với UBKT cấp tỉnh và \
cấp xã sẽ triển khai khi hạ tầng kết nối đáp ứng.
"""


def test_time_field_giving_each_scope_its_own_time_dates_no_item() -> None:
    draft = extract(SCOPED_TIME_FIELD, issued=date(2026, 9, 15), number="300-KH/UBKTTW")
    # "… tháng 10/2026 đối với A, đối với B … khi …": not the time of every item.
    for d in draft.duties:
        assert "tháng 10/2026" not in d["windows"], d["text"]


GENERAL_QA = """\
# Chính phủ yêu cầu phủ sóng 6G trên toàn quốc

### Nội dung chính

**Chính phủ yêu cầu phủ sóng 6G trên toàn quốc**

Cụ thể, ngày 07/02/2026, Chính phủ ban hành Nghị quyết 31/NQ-CP về phiên họp Chính phủ \
thường kỳ tháng 01/2026. Theo đó, Chính phủ yêu cầu Bộ Khoa học và Công nghệ:

- Chủ trì, phối hợp với các cơ quan mở rộng vùng phủ sóng 6G toàn quốc trong quý II năm 2026.

- Nghiên cứu, đề xuất cơ chế thúc đẩy doanh nghiệp công nghệ số.

*Chính phủ yêu cầu phủ sóng 6G trên toàn quốc (Hình ảnh từ Internet)*

**Mạng 6G khác gì so với mạng 5G?**

Công nghệ 6G đang thay đổi cách con người kết nối. Dưới đây là những xu hướng của 6G:

*(1) 6G Trở Thành Tiêu Chuẩn Mới*

- Tốc độ 6G cao gấp nhiều lần so với 5G.

*(2) Ứng Dụng 6G Trong Giáo Dục Và Giao Thông*

- Ứng dụng trong giáo dục, giao thông thông minh, y tế từ xa.
"""


def test_page_own_general_question_after_the_caption_is_no_outline() -> None:
    # Past the caption, a question whose answer cites no document and asks no one is
    # the page's own general knowledge: its "(1)", "(2)" … must not become the outline.
    draft = extract(GENERAL_QA, issued=date(2026, 2, 7), number="31/NQ-CP")
    starts = _starts(draft)
    assert not any(s.startswith(("Tốc độ 6G", "Ứng dụng trong")) for s in starts)
    duties = _by_text(draft)
    cover = duties["Chủ trì, phối hợp với các cơ q"]
    assert lead_names(draft, cover) == ["Bộ Khoa học và Công nghệ"]
    assert cover["windows"] == ["quý II/2026"]
    assert lead_names(draft, duties["Nghiên cứu, đề xuất cơ chế thú"]) == [
        "Bộ Khoa học và Công nghệ"
    ]


BOUND_LEAD_IN = """\
# Thu hồi toàn quốc lô sữa rửa mặt X của Công ty TNHH Y đúng không?

Ngày 27/5/2026, Bộ Y tế đã có Công văn 1500/QLD-MP về thu hồi mỹ phẩm vi phạm.

**Theo đó, Cục Quản lý Dược thông báo thu hồi toàn quốc lô sữa rửa mặt X như sau:**

- Đình chỉ lưu hành, thu hồi trên toàn quốc sản phẩm sữa rửa mặt X, số lô AB12.

- Lý do thu hồi: nhãn ghi không đúng thành phần công thức.

**Bên cạnh đó, công ty TNHH thương mại Hoàng Mai phải: **

- Gửi thông báo thu hồi tới những nơi phân phối, sử dụng sản phẩm nêu trên;

- Gửi báo cáo thu hồi sản phẩm về Cục Quản lý Dược trước ngày 26/6/2026.
"""


def test_lead_in_binding_a_lower_case_company_owns_the_bullets_below() -> None:
    # "Bên cạnh đó, công ty … phải:" between two runs of bullets: the company it names,
    # printed in lower case after the connective, owns the bullets below it.
    draft = extract(BOUND_LEAD_IN, issued=date(2026, 5, 27), number="1500/QLD-MP")
    duties = _by_text(draft)
    company = ["Công ty TNHH thương mại Hoàng Mai"]
    assert lead_names(draft, duties["Gửi thông báo thu hồi tới nhữn"]) == company
    report = duties["Gửi báo cáo thu hồi sản phẩm v"]
    assert lead_names(draft, report) == company
    assert report["windows"] == ["trước ngày 26/6/2026"]


PLAN_FIELDS = """\
# Năm 2027, kế hoạch bồi dưỡng giáo viên theo Nghị định 400 ra sao?

Ngày 5/12/2026, Chính phủ ban hành Nghị định 400/2026/NĐ-CP quy định về kế hoạch bồi \
dưỡng giáo viên.

Căn cứ khoản 2 Điều 1 Nghị định 400/2026/NĐ-CP quy định về kế hoạch bồi dưỡng giáo viên \
như sau:

**(1)** Kế hoạch 5 năm bồi dưỡng giáo viên theo Mẫu số 1

- Đơn vị xây dựng kế hoạch: Bộ Giáo dục và Đào tạo;

- Đơn vị nhận kế hoạch: Ủy ban nhân dân cấp tỉnh;

- Thời hạn ban hành kế hoạch: Kế hoạch được ban hành trước ngày 31 tháng 12 năm 2026;

**(2)** Kế hoạch hằng năm bồi dưỡng giáo viên theo Mẫu số 2

- Đơn vị xây dựng kế hoạch: Ủy ban nhân dân cấp tỉnh;

- Đơn vị nhận kế hoạch: Bộ Giáo dục và Đào tạo;
"""


def test_plan_drawer_field_owns_the_plan_and_its_receiver_does_not() -> None:
    # "Đơn vị xây dựng kế hoạch: X" names who draws the plan up; "Đơn vị nhận kế hoạch:
    # Y" who receives it, neither an owner nor a task; "Thời hạn ban hành kế hoạch: …" is
    # the item's time.
    draft = extract(PLAN_FIELDS, issued=date(2026, 12, 5), number="400/2026/NĐ-CP")
    duties = _by_text(draft)
    five = duties["Kế hoạch 5 năm bồi dưỡng giáo "]
    assert lead_names(draft, five) == ["Bộ Giáo dục và Đào tạo"]
    assert five["windows"] == ["trước ngày 31/12/2026"]
    yearly = duties["Kế hoạch hằng năm bồi dưỡng gi"]
    assert lead_names(draft, yearly) == ["Ủy ban nhân dân cấp tỉnh"]
    assert not any(s.startswith(("Đơn vị nhận", "Đơn vị xây dựng")) for s in _starts(draft))
