"""`nq42 extract` on spurious deadlines and lead owners (branch z96d).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


OFFICE_CELLS = """\
PHỤ LỤC
NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH

STT
Nhiệm vụ
Sản phẩm
Thời gian hoàn thành
Chủ trì thực hiện
Phối hợp thực hiện
Theo dõi, kiểm tra, đôn đốc
1
Tổ chức kiểm tra tác phong, lề lối làm việc của công chức tại bộ phận một cửa các cấp.
Kết quả kiểm tra
Hằng năm
Văn phòng UBND tỉnh

Văn phòng UBND tỉnh
2
Công khai kết quả đánh giá Bộ chỉ số phục vụ người dân trên Trang thông tin điện tử.
Kết quả công khai
Hằng năm
Sở Nội vụ
Sở Tư pháp
Sở Nội vụ
3
Rà soát, công bố thủ tục hành chính nội bộ thuộc phạm vi quản lý bảo đảm kịp thời.
Quyết định công bố
Hằng năm
Sở Tư pháp
Văn phòng UBND tỉnh
Sở Nội vụ
"""


def test_office_of_a_body_alone_in_its_cell_is_one_name() -> None:
    draft = extract(OFFICE_CELLS, issued=date(2026, 3, 1), number="1/KH-UBND")
    duties = list(draft.duties)
    first = next(d for d in duties if d["text"].startswith("Tổ chức kiểm tra"))
    assert lead_names(draft, first) == ["Văn phòng UBND tỉnh"]
    third = next(d for d in duties if d["text"].startswith("Rà soát"))
    assert lead_names(draft, third) == ["Sở Tư pháp"]


CAMPAIGN = (
    "KẾ HOẠCH\n"
    "Phát động phong trào thi đua cải cách hành chính năm 2026\n\n"
    "I. NỘI DUNG THI ĐUA\n"
    "1. Các cơ quan, đơn vị đẩy mạnh cải cách thủ tục hành chính.\n"
    "II. THỜI GIAN THI ĐUA VÀ TIẾN ĐỘ THỰC HIỆN\n"
    "1. Thời gian thi đua\n"
    "Phong trào thi đua trong năm 2026 và tính đến hết ngày 31/12/2026.\n"
    "2. Tiến độ thực hiện\n"
    "a) Căn cứ Kế hoạch phát động thi đua của UBND tỉnh, các cơ quan, đơn vị, địa phương trên"
    " địa bàn tỉnh xây dựng Kế hoạch trong Quý I/2026 để tổ chức thực hiện.\n"
    "b) Quý I/2027, các cơ quan, đơn vị, địa phương đánh giá kết quả thực hiện phong trào thi"
    " đua và xét khen thưởng.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Thời gian thực hiện Kế hoạch: Từ khi ban hành đến hết năm 2030.\n"
    "2. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
)


def test_campaign_period_is_no_duty_and_its_schedule_steps_are() -> None:
    draft = extract(CAMPAIGN, issued=date(2026, 1, 10), number="2/KH-UBND")
    duties = _by_id(draft)
    assert "II.1" not in duties
    assert "III.1" not in duties
    assert duties["II.2.a"]["windows"] == ["quý I/2026"]
    assert duties["II.2.b"]["windows"] == ["quý I/2027"]
    assert not any(d["text"].startswith("THỜI GIAN") for d in draft.duties)
    assert lead_names(draft, duties["III.2"]) == ["Sở Nội vụ"]


DECIMAL_OWNERS = (
    "KẾ HOẠCH\n"
    "Phòng, chống ma túy giai đoạn 2026 - 2030\n\n"
    "III. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Nhiệm vụ của các cơ quan\n"
    "1.1. Sở Y tế\n"
    "Chủ trì điều trị nghiện ma túy tại các cơ sở y tế trên địa bàn tỉnh.\n"
    "1.2. Công an tỉnh\n"
    "Kiểm tra, đôn đốc các sở, ban, ngành và địa phương trong triển khai các biện pháp"
    " phòng, chống ma túy.\n"
)


def test_decimal_owner_heading_over_its_sentence_is_not_a_wrapped_name() -> None:
    draft = extract(DECIMAL_OWNERS, issued=date(2026, 1, 10), number="3/KH-UBND")
    duties = _by_id(draft)
    assert lead_names(draft, duties["III.1.2"]) == ["Công an tỉnh"]
    assert duties["III.1.2"]["text"].startswith("Kiểm tra, đôn đốc")


NEXT_MONTH = (
    "KẾ HOẠCH\n\n"
    "II. NHIỆM VỤ\n"
    "1. Sở Nội vụ tổng hợp, báo cáo kết quả tự đánh giá chỉ số cải cách hành chính trước ngày"
    " 05 của tháng liền kề.\n"
    "2. Sở Tư pháp báo cáo kế hoạch của tháng tiếp theo.\n"
)


def test_day_of_the_following_month_is_a_monthly_cycle() -> None:
    draft = extract(NEXT_MONTH, issued=date(2026, 1, 5), number="4/KH-UBND")
    duties = _by_id(draft)
    assert duties["II.1"]["windows"] == ["trước ngày 5 hằng tháng"]
    assert duties["II.2"]["timing"] is None


MONITOR_COLUMN = """\
PHỤ LỤC
NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH

STT
Nhiệm vụ
Sản phẩm
Thời gian hoàn thành
Chủ trì thực hiện
Phối hợp thực hiện
Theo dõi, kiểm tra, đôn đốc
I
Công tác chỉ đạo, điều hành
1
Tham mưu Ủy ban nhân dân tỉnh tự đánh giá chỉ số cải cách hành chính hằng tháng của tỉnh
Kết quả tự đánh giá chỉ số cải cách hành chính
Trước ngày 05 của tháng liền kề
Sở Nội vụ
Văn phòng UBND tỉnh; Sở Tư pháp; Sở Tài chính.
Sở Nội vụ
2
Tổ chức kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị trên địa bàn tỉnh
Kết quả kiểm tra
Hằng năm
Sở Tư pháp

Sở Nội vụ
3
Tham mưu ban hành Kế hoạch kiểm tra công tác cải cách hành chính trên địa bàn tỉnh hằng năm
Kế hoạch kiểm tra cải cách hành chính hằng năm của tỉnh
Ban hành kế hoạch trong tháng 01 hằng năm và tổ chức thực hiện
Sở Nội vụ
Các cơ quan, đơn vị, địa phương
Sở Nội vụ


Kế hoạch tự kiểm tra cải cách hành chính hằng năm của cơ quan, đơn vị, địa phương
Ban hành kế hoạch trong tháng 01 hằng năm
Các cơ quan, đơn vị, địa phương

Sở Nội vụ
"""


def test_monitor_column_after_the_owners_is_part_of_the_header() -> None:
    draft = extract(MONITOR_COLUMN, issued=date(2026, 3, 1), number="5/KH-UBND")
    first = next(d for d in draft.duties if d["text"].startswith("Tham mưu"))
    assert first["windows"] == ["trước ngày 5 hằng tháng"]
    second = next(d for d in draft.duties if d["text"].startswith("Tổ chức kiểm tra"))
    assert lead_names(draft, second) == ["Sở Tư pháp"]
    # A row split into sub-rows: read with the header's last column, its first owner leads.
    third = next(d for d in draft.duties if d["text"].startswith("Tham mưu ban hành"))
    assert lead_names(draft, third) == ["Sở Nội vụ"]
