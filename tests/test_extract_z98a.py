"""`nq42 extract` on ward plans' task fields and lead owners (branch z98a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names, starting


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


WARD_FIELDS = """\
KẾ HOẠCH
Triển khai công tác phổ biến pháp luật trên địa bàn phường năm 2025

II. NỘI DUNG TRIỂN KHAI THỰC HIỆN
1. Xây dựng, ban hành các văn bản hướng dẫn triển khai công tác phổ biến
- Bộ phận tham mưu: bộ phận Tư pháp - Hộ tịch.
- Bộ phận phối hợp: Các bộ phận, ngành, đoàn thể có liên quan.
- Thời gian thực hiện: tháng 4 năm 2025
2. Tổ chức tập huấn cho đội ngũ cán bộ làm công tác hòa giải ở cơ sở
- Bộ phận chủ trì: bộ phận Văn hóa - Xã hội.
- Bộ phận phối hợp: Các bộ phận, ngành, đoàn thể có liên quan.
- Thời gian thực hiện: Quý 3 năm 2025.
3. Kiểm tra, đánh giá kết quả thực hiện công tác phổ biến pháp luật
- Cơ quan chủ trì: Hội đồng phối hợp phổ biến pháp luật phường.
- Bộ phận tham mưu thực hiện: bộ phận Tư pháp - Hộ tịch.
- Thời gian thực hiện: trong năm 2025.
"""


def test_ward_task_fields_are_its_lead_partners_and_time_not_duties() -> None:
    draft = extract(WARD_FIELDS, issued=date(2025, 3, 24), number="447/KH-UBND")
    duties = _by_id(draft)
    assert sorted(duties) == ["II.1", "II.2", "II.3"]
    assert lead_names(draft, duties["II.1"]) == ["bộ phận Tư pháp - Hộ tịch"]
    assert duties["II.1"]["windows"] == ["tháng 4/2025"]
    assert lead_names(draft, duties["II.2"]) == ["bộ phận Văn hóa - Xã hội"]
    assert duties["II.2"]["timing"] == "Quý 3 năm 2025"
    # Beside a "chủ trì" field the advising office helps; it does not lead.
    assert lead_names(draft, duties["II.3"]) == ["Hội đồng phối hợp phổ biến pháp luật phường"]


WARD_OFFICES = """\
KẾ HOẠCH
Triển khai công tác phổ biến pháp luật trên địa bàn phường năm 2025

III. TỔ CHỨC THỰC HIỆN
a) Bộ phận Văn hoá - Thông tin phối hợp với bộ phận Tư pháp tăng cường truyền thông.
b) Bộ phận Tài chính - Kế toán tham mưu UBND Phường bố trí kinh phí thực hiện Kế hoạch này.
"""


def test_ward_office_named_bo_phan_leads_its_sentence() -> None:
    draft = extract(WARD_OFFICES, issued=date(2025, 3, 24), number="447/KH-UBND")
    duties = _by_id(draft)
    assert lead_names(draft, duties["III.a"]) == ["Bộ phận Văn hoá - Thông tin"]
    assert lead_names(draft, duties["III.b"]) == ["Bộ phận Tài chính - Kế toán"]


# A layout copy: each paragraph's first line indented, its wraps flush left.
WARD_HEADINGS = (
    "CÔNG VĂN\n"
    "Về việc triển khai chứng thực bản sao điện tử\n\n"
    "      Chủ tịch Ủy ban nhân dân Phường chỉ đạo như sau:\n"
    "     1. Giao bộ phận Văn hóa - Thông tin\n"
    "     Chủ động đăng tải tuyên truyền rộng rãi trên các phương tiện như trang\n"
    "điện tử Phường 1, truyền thanh không dây để người dân được biết.\n"
    "     2. Bộ phận Tư pháp\n"
    "      Có trách nhiệm tổng hợp khó khăn, vướng mắc trong quá trình triển khai\n"
    "thực hiện, báo cáo Ủy ban nhân dân thành phố xem xét, chỉ đạo./.\n"
)


def test_owner_heading_then_indented_paragraph_is_not_one_wrapped_line() -> None:
    draft = extract(WARD_HEADINGS, issued=date(2025, 3, 10), number="397/UBND")
    one = starting(draft, "Chủ động đăng tải")
    two = starting(draft, "Có trách nhiệm tổng hợp")
    assert lead_names(draft, one) == ["bộ phận Văn hóa - Thông tin"]
    assert lead_names(draft, two) == ["Bộ phận Tư pháp"]


WORKING_GROUPS = """\
KẾ HOẠCH
Giám sát việc thực hiện chính sách hỗ trợ

I. TỔ CHỨC GIÁM SÁT
a) Tổ công tác số 01: tổ chức làm việc trực tiếp với UBND thành phố Thuận An.
b) Tổ công tác số 02: tổ chức làm việc trực tiếp với UBND thành phố Dĩ An.

II. PHÂN CÔNG
1. Các Tổ công tác chủ động sắp xếp thời gian làm việc với địa phương.
2. Thư ký các Tổ công tác giúp Tổ trưởng xây dựng báo cáo kết quả giám sát.
"""


def test_working_groups_and_their_clerks_lead_their_points() -> None:
    draft = extract(WORKING_GROUPS, issued=date(2021, 8, 2), number="11/KH-ĐGS")
    assert lead_names(draft, starting(draft, "Tổ công tác số 02")) == ["Tổ công tác số 02"]
    assert lead_names(draft, starting(draft, "Các Tổ công tác")) == ["Các Tổ công tác"]
    assert lead_names(draft, starting(draft, "Thư ký các Tổ")) == ["Thư ký các Tổ công tác"]


PARTY_GUIDE = """\
HƯỚNG DẪN
Nghiệp vụ công tác đảng viên

1. Công nhận đảng viên chính thức
1.1. Chi bộ (kể cả chi bộ cơ sở)
- Lập danh sách đảng viên dự bị, báo cáo cấp ủy cấp trên cho học lớp bồi dưỡng đảng viên mới.
- Hướng dẫn đảng viên dự bị làm bản tự kiểm điểm và các thủ tục có liên quan.
1.2. Đảng ủy cơ sở (hoặc ban thường vụ cấp ủy cấp trên (đối với chi bộ thôn))
- Thẩm định hồ sơ đề nghị công nhận đảng viên chính thức của chi bộ trực thuộc.
"""


def test_party_cell_heading_keeps_the_bracket_that_widens_it() -> None:
    draft = extract(PARTY_GUIDE, issued=date(2025, 11, 20), number="38-HD/BTCTU")
    cell = starting(draft, "Lập danh sách đảng viên dự bị")
    assert lead_names(draft, cell) == ["Chi bộ (kể cả chi bộ cơ sở)"]
    committee = starting(draft, "Thẩm định hồ sơ")
    assert lead_names(draft, committee) == [
        "Đảng ủy cơ sở (hoặc ban thường vụ cấp ủy cấp trên (đối với chi bộ thôn))"
    ]
