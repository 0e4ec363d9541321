"""`nq42 extract`: lead owners read whole, without the role or the verb after them (z101d).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names


def _by_text(draft: Draft, start: str) -> dict[str, Any]:
    return next(d for d in draft.duties if d["text"].startswith(start))


HELD_ROLE_AFTER_COMMA = """\
THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại cuộc họp Ban Chỉ đạo

1. Các bộ, ngành tập trung thực hiện các nhiệm vụ được giao.
2. Bộ Nội vụ, cơ quan thường trực của Ban Chỉ đạo:
- Tổng hợp kết quả thực hiện các nhiệm vụ cải cách hành chính, báo cáo Thủ tướng Chính phủ.
- Hướng dẫn các bộ, ngành đánh giá chỉ số cải cách hành chính năm 2026.
"""


def test_role_set_off_by_a_comma_is_not_the_lead_name() -> None:
    draft = extract(HELD_ROLE_AFTER_COMMA, issued=date(2026, 1, 5), number="1/TB-VPCP")
    for start in ("Tổng hợp kết quả", "Hướng dẫn các bộ"):
        assert lead_names(draft, _by_text(draft, start)) == ["Bộ Nội vụ"]


HELD_ROLE_OCR_JOINED = """\
QUYẾT ĐỊNH
Ban hành Kế hoạch hành động vì sự tiến bộ của phụ nữ

Điều 2. Tổ chức thực hiện
1. Sở Kế hoạch và Đầu tư - cơquan thường trực Ban vì sự tiến bộ phụ nữ tỉnh giúp Ban tham mưu \
Ủy ban nhân dân tỉnh chỉ đạo triển khai Kế hoạch hành động.
"""


def test_role_after_a_dash_with_the_space_lost_is_not_the_lead_name() -> None:
    draft = extract(HELD_ROLE_OCR_JOINED, issued=date(2026, 1, 5), number="2/QĐ-UBND")
    duty = _by_text(draft, "Sở Kế hoạch và Đầu tư")
    assert lead_names(draft, duty) == ["Sở Kế hoạch và Đầu tư"]


HEADING_THEN_ROLE = """\
KẾ HOẠCH
Tổ chức chương trình hướng nghiệp năm học 2026 - 2027

III. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
Chủ trì chỉ đạo các trường trung học phổ thông tham gia chương trình.
2. Tạp chí Giáo dục Thành phố
Là cơ quan thường trực, đầu mối triển khai thực hiện kế hoạch; chịu trách nhiệm về kinh phí \
tổ chức chương trình.
"""


def test_paragraph_opening_with_its_role_after_an_owner_heading() -> None:
    draft = extract(HEADING_THEN_ROLE, issued=date(2026, 1, 5), number="3/KH-SGDĐT")
    # The heading is read into its paragraph ("Tạp chí … Là cơ quan thường trực, …").
    duty = _by_text(draft, "Tạp chí Giáo dục")
    assert "Là cơ quan thường trực" in duty["text"]
    assert lead_names(draft, duty) == ["Tạp chí Giáo dục Thành phố"]


PROCEDURE_VERBS = """\
HƯỚNG DẪN
Một số nội dung về công tác đảng viên

II. QUY TRÌNH
1. Đảng ủy cơ sở xét, gửi hồ sơ đề nghị công nhận đảng viên chính thức lên cấp trên.
2. Trung tâm Công nghệ thông tin nâng cấp các phần mềm nghiệp vụ bảo đảm kết nối dữ liệu.
3. Ủy ban nhân dân tỉnh tìm giải pháp, nhanh chóng đưa dự án vào hoạt động.
4. Hội đồng xét tuyển tổ chức kiểm tra hồ sơ của người dự tuyển.
"""


def test_procedure_verbs_end_the_lead_name() -> None:
    draft = extract(PROCEDURE_VERBS, issued=date(2026, 1, 5), number="4/HD-BTC")
    assert lead_names(draft, _by_text(draft, "Đảng ủy cơ sở")) == ["Đảng ủy cơ sở"]
    assert lead_names(draft, _by_text(draft, "Trung tâm Công nghệ")) == [
        "Trung tâm Công nghệ thông tin"
    ]
    assert lead_names(draft, _by_text(draft, "Ủy ban nhân dân tỉnh")) == ["Ủy ban nhân dân tỉnh"]


CASES_THEN_OWNER = """\
HƯỚNG DẪN
Xét tặng Huy hiệu Đảng

II. QUY TRÌNH
1. Tổ chức trao tặng
a) Chi bộ lập danh sách đảng viên đủ tiêu chuẩn.
b) Các trường hợp đảng viên ốm, không có mặt tại địa phương, Ban Thường vụ Đảng ủy phân công \
cấp ủy trao tặng Huy hiệu Đảng cho đảng viên.
"""


def test_cases_clause_opens_before_the_owner() -> None:
    draft = extract(CASES_THEN_OWNER, issued=date(2026, 1, 5), number="5/HD-BTCTU")
    duty = _by_text(draft, "Các trường hợp")
    assert lead_names(draft, duty) == ["Ban Thường vụ Đảng ủy"]


GIVEN_TASKS = """\
KẾ HOẠCH
Cải cách hành chính năm 2026

III. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành căn cứ nhiệm vụ được giao xây dựng kế hoạch triển khai.
2. Cơ quan, đơn vị được giao nhiệm vụ theo dõi, kiểm tra, đôn đốc tại Phụ lục kèm theo Kế \
hoạch này thường xuyên kiểm tra, đôn đốc và hướng dẫn các cơ quan, đơn vị.
3. Các đơn vị được giao nhiệm vụ trong Kế hoạch khẩn trương tổ chức triển khai thực hiện.
"""


def test_units_named_by_the_tasks_the_plan_gave_them() -> None:
    draft = extract(GIVEN_TASKS, issued=date(2026, 1, 5), number="6/KH-UBND")
    assert lead_names(draft, _by_text(draft, "Cơ quan, đơn vị được giao")) == [
        "Cơ quan, đơn vị được giao nhiệm vụ theo dõi, kiểm tra, đôn đốc tại Phụ lục kèm theo"
        " Kế hoạch này"
    ]
    assert lead_names(draft, _by_text(draft, "Các đơn vị được giao")) == [
        "Các đơn vị được giao nhiệm vụ trong Kế hoạch"
    ]


WHEN_OR_HOW = """\
KẾ HOẠCH
Thực hiện chỉ thị về các dự án chậm triển khai

III. TỔ CHỨC THỰC HIỆN
1. Các đơn vị định kỳ 6 tháng báo cáo kết quả thực hiện về Sở Tài chính.
2. Các địa phương bằng nhiều hình thức linh hoạt tuyên truyền đến người dân.
3. Cục Xúc tiến thương mại trong tháng 10/2026 tổ chức hội nghị kết nối giao thương.
"""


def test_when_or_how_before_the_verb_ends_the_lead_name() -> None:
    draft = extract(WHEN_OR_HOW, issued=date(2026, 1, 5), number="7/KH-UBND")
    assert lead_names(draft, _by_text(draft, "Các đơn vị định kỳ")) == ["Các đơn vị"]
    assert lead_names(draft, _by_text(draft, "Các địa phương")) == ["Các địa phương"]
    assert lead_names(draft, _by_text(draft, "Cục Xúc tiến")) == ["Cục Xúc tiến thương mại"]


HEADINGS_RUN_INTO_PARAGRAPHS = """\
HƯỚNG DẪN
Xét tặng Huy hiệu Đảng

II. QUY TRÌNH
      1.2. Chi bộ
      Trên cơ sở tờ khai của đảng viên, xét nếu có đủ tiêu chuẩn theo quy định thì
đề nghị cấp ủy cấp trên trực tiếp xem xét tặng Huy hiệu Đảng.
      1.3. Ban Xây dựng Đảng cấp ủy
      - Ban Xây dựng Đảng cấp ủy ghi sổ Huy hiệu Đảng, danh sách đảng viên được tặng.
"""


def test_paragraph_opening_words_and_a_record_verb_end_the_lead_name() -> None:
    draft = extract(HEADINGS_RUN_INTO_PARAGRAPHS, issued=date(2026, 1, 5), number="8/HD-BTCTU")
    duty = next(d for d in draft.duties if "Trên cơ sở tờ khai" in d["text"])
    assert lead_names(draft, duty) == ["Chi bộ"]
    duty = next(d for d in draft.duties if "ghi sổ" in d["text"])
    assert lead_names(draft, duty) == ["Ban Xây dựng Đảng cấp ủy"]


def test_bodies_of_their_own_kind_keep_the_given_tasks_aside() -> None:
    text = (
        "THÔNG BÁO\nKết luận của Phó Thủ tướng\n\n"
        "1. Các bộ, ngành khác được giao nhiệm vụ, dự án tại Quyết định số 12 của Thủ tướng"
        " Chính phủ nhanh chóng xác định kinh phí thực hiện.\n"
    )
    draft = extract(text, issued=date(2026, 1, 5), number="9/TB-VPCP")
    assert lead_names(draft, _by_text(draft, "Các bộ, ngành khác")) == ["Các bộ, ngành khác"]
