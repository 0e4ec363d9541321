"""`nq42 extract` on who leads: lead-ins, labels and the names they give (branch z82b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import extract
from tests.extract_helpers import lead_names as _lead
from tests.extract_helpers import starting as _starting

SECTOR = """\
BÁO CÁO
Tổng kết công tác thống kê năm 2025

I. KẾT QUẢ ĐẠT ĐƯỢC
Năm qua, công tác thống kê đạt nhiều kết quả.

II. NHIỆM VỤ NĂM 2026
Năm 2026 là năm có nhiều sự kiện lớn.
Để hoàn thành chương trình công tác năm, toàn Ngành cần tập trung thực hiện tốt các \
nhiệm vụ trọng tâm sau:
1. Đổi mới công tác thu thập số liệu
1.1. Hoàn thiện bộ chỉ tiêu thống kê cấp xã.
1.2. Ứng dụng phần mềm nhập phiếu điều tra trên thiết bị di động.
2. Nâng cao chất lượng phổ biến thông tin thống kê.
"""


def test_the_whole_sector_after_a_purpose_leads_the_points() -> None:
    draft = extract(SECTOR, issued=date(2026, 1, 15), number="12/BC-TK")
    assert _lead(draft, _starting(draft, "Hoàn thiện bộ chỉ tiêu")) == ["toàn Ngành"]
    assert _lead(draft, _starting(draft, "Nâng cao chất lượng phổ")) == ["toàn Ngành"]


CONCRETE = """\
CHƯƠNG TRÌNH HÀNH ĐỘNG
I. MỤC TIÊU
1. Thống nhất nhận thức về chuyển đổi số.
II. NHIỆM VỤ CỤ THỂ
Để đạt được mục tiêu đề ra, các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh cần cụ \
thể hóa và tổ chức triển khai thực hiện các nhiệm vụ sau đây:
1. Hoàn thiện thể chế về dữ liệu số.
2. Phát triển hạ tầng số dùng chung.
"""


def test_bodies_told_to_make_the_tasks_concrete_do_not_own_them() -> None:
    draft = extract(CONCRETE, issued=date(2026, 1, 15), number="5/NQ-CP")
    assert _lead(draft, _starting(draft, "Hoàn thiện thể chế về")) == []


DASHED = """\
KẾ HOẠCH
III. TỔ CHỨC THỰC HIỆN
1. Trung tâm Kiểm soát bệnh tật tỉnh chủ trì hướng dẫn chuyên môn.
2. Các đơn vị trong tỉnh.
2.1 - Sở Y tế: tổng hợp nhu cầu vắc xin của các huyện.
2.2 – Sở Tài chính: bố trí kinh phí mua vắc xin.
"""


def test_a_dash_after_a_decimal_number_is_its_layout() -> None:
    draft = extract(DASHED, issued=date(2026, 1, 15), number="7/KH-UBND")
    duty = _starting(draft, "Sở Y tế: tổng hợp")
    assert duty["id"].endswith("2.1")
    assert _lead(draft, duty) == ["Sở Y tế"]
    assert _lead(draft, _starting(draft, "Sở Tài chính: bố trí")) == ["Sở Tài chính"]


CITY = """\
KẾT LUẬN
1. Giao UBND TP. Đà Nẵng, TP. Cần Thơ rà soát quy hoạch bến xe khách.
2. Sở Giao thông vận tải TP. Hải Phòng lập phương án phân luồng.
"""


def test_an_abbreviated_city_before_its_name_is_part_of_the_name() -> None:
    draft = extract(CITY, issued=date(2026, 1, 15), number="3/TB-VPCP")
    assert _lead(draft, _starting(draft, "Giao UBND TP.")) == ["UBND TP. Đà Nẵng", "TP. Cần Thơ"]
    assert _lead(draft, _starting(draft, "Sở Giao thông")) == [
        "Sở Giao thông vận tải TP. Hải Phòng"
    ]


DIRECTS = """\
CÔNG VĂN
Về việc bảo đảm an toàn dịp nghỉ lễ
Sở Y tế đề nghị các đơn vị chỉ đạo các trạm y tế trực thuộc thực hiện tốt các việc sau:
1. Bố trí đủ nhân lực trực cấp cứu trong các ngày nghỉ.
2. Dự trữ đủ thuốc và vật tư y tế.
"""


def test_units_directing_a_plural_of_others_are_named_alone() -> None:
    draft = extract(DIRECTS, issued=date(2026, 4, 20), number="9/SYT-NV")
    assert _lead(draft, _starting(draft, "Bố trí đủ nhân lực")) == ["các đơn vị"]


NEGATED = """\
KẾT LUẬN
1. Công an tỉnh không cấp phép cho phương tiện chưa đăng kiểm.
2. UBND huyện Lạc Sơn kiểm điểm trách nhiệm của các tập thể liên quan.
3. Các huyện không để người dân thiếu nước sinh hoạt.
4. UBND tỉnh thống nhất quản lý các cụm công nghiệp trên địa bàn.
5. Bộ Quốc phòng làm tốt công tác tìm kiếm cứu nạn.
6. Đề nghị Sở Xây dựng một mặt rà soát quỹ đất, mặt khác kêu gọi nhà đầu tư.
7. Sở Y tế nên tìm hiểu mô hình bác sĩ gia đình của các tỉnh bạn.
"""


def test_a_negation_or_a_review_verb_ends_the_name() -> None:
    draft = extract(NEGATED, issued=date(2026, 4, 20), number="4/TB-UBND")
    assert _lead(draft, _starting(draft, "Công an tỉnh không")) == ["Công an tỉnh"]
    assert _lead(draft, _starting(draft, "UBND huyện Lạc Sơn")) == ["UBND huyện Lạc Sơn"]
    assert _lead(draft, _starting(draft, "Các huyện không")) == ["Các huyện"]
    assert _lead(draft, _starting(draft, "UBND tỉnh thống nhất")) == ["UBND tỉnh"]
    assert _lead(draft, _starting(draft, "Bộ Quốc phòng làm tốt")) == ["Bộ Quốc phòng"]
    assert _lead(draft, _starting(draft, "Đề nghị Sở Xây dựng")) == ["Sở Xây dựng"]
    assert _lead(draft, _starting(draft, "Sở Y tế nên")) == ["Sở Y tế"]


UNIONS = """\
KẾ HOẠCH
IV. TỔ CHỨC THỰC HIỆN
1. Công đoàn cơ sở
a) Phối hợp với người sử dụng lao động tổ chức đối thoại tại nơi làm việc.
b) Thăm hỏi đoàn viên có hoàn cảnh khó khăn.
2. Công đoàn cấp trên trực tiếp cơ sở: hướng dẫn công đoàn cơ sở xây dựng thỏa ước lao động.
"""


def test_a_trade_union_named_in_lower_case_after_its_head_word() -> None:
    draft = extract(UNIONS, issued=date(2026, 4, 20), number="8/KH-CĐ")
    assert _lead(draft, _starting(draft, "Thăm hỏi đoàn viên")) == ["Công đoàn cơ sở"]
    duty = _starting(draft, "Công đoàn cấp trên")
    assert _lead(draft, duty) == ["Công đoàn cấp trên trực tiếp cơ sở"]


QUARTER = """\
QUYẾT ĐỊNH
Điều 1. Điều chỉnh tiến độ dự án như sau:
a) Tiến độ xây dựng nhà xưởng: Quý IV/2027.
b) Quỹ Đầu tư phát triển tỉnh bố trí vốn cho dự án.
"""


def test_a_quarter_after_a_colon_is_no_fund() -> None:
    draft = extract(QUARTER, issued=date(2026, 4, 20), number="15/QĐ-BQL")
    assert _lead(draft, _starting(draft, "Tiến độ xây dựng")) == []
    assert _lead(draft, _starting(draft, "Quỹ Đầu tư")) == ["Quỹ Đầu tư phát triển tỉnh"]


FIELDS = """\
PHỤ LỤC
| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Xây dựng quy định về tín chỉ nước sạch. | Bộ Xây dựng, các bộ, ngành quản lý lĩnh vực \
| Các địa phương | 2026 |
"""


def test_ministries_and_sectors_managing_the_field_are_one_plural() -> None:
    draft = extract(FIELDS, issued=date(2026, 4, 20), number="20/QĐ-TTg")
    duty = _starting(draft, "Xây dựng quy định về tín chỉ")
    assert _lead(draft, duty) == ["Bộ Xây dựng", "các bộ, ngành quản lý lĩnh vực"]


INSPECTED = """\
KẾ HOẠCH KIỂM TRA NĂM 2027
1. Kiểm tra an toàn thực phẩm do Chi cục Quản lý chất lượng chủ trì đối với các đơn vị:
- Công ty TNHH Thực phẩm Hồng Hà (quý II);
- Hợp tác xã Nông nghiệp Tân Lập (quý III).
"""


def test_units_a_lead_in_acts_on_are_no_owners() -> None:
    draft = extract(INSPECTED, issued=date(2027, 1, 10), number="3/KH-CCQLCL")
    duty = _starting(draft, "Công ty TNHH Thực phẩm")
    assert _lead(draft, duty) == ["Chi cục Quản lý chất lượng"]
    assert _lead(draft, _starting(draft, "Hợp tác xã")) == ["Chi cục Quản lý chất lượng"]


REFERRED = """\
THÔNG BÁO KẾT LUẬN
1. Về kế hoạch của Tổng công ty Đường sắt Việt Nam:
Tổng công ty Đường sắt Việt Nam đã đạt nhiều kết quả trong năm qua.
a) Tổng công ty cần rà soát lại phương án đầu tư đầu máy mới.
b) Vì vậy, Tổng công ty phải hoàn thiện Đề án tái cơ cấu trong năm 2027.
c) Yêu cầu Tổng công ty tính toán kỹ nhu cầu vốn trước khi vay.
"""


def test_a_body_referred_back_to_by_its_head_word() -> None:
    draft = extract(REFERRED, issued=date(2026, 4, 20), number="30/TB-VPCP")
    assert _lead(draft, _starting(draft, "Tổng công ty cần rà soát")) == ["Tổng công ty"]
    assert _lead(draft, _starting(draft, "Vì vậy, Tổng công ty")) == ["Tổng công ty"]
    assert _lead(draft, _starting(draft, "Yêu cầu Tổng công ty")) == ["Tổng công ty"]


GUIDED = """\
CÔNG VĂN
Kính gửi: Các trường đại học.
Nhằm nâng cao chất lượng dữ liệu, Bộ Giáo dục và Đào tạo hướng dẫn các cơ sở đào tạo \
triển khai báo cáo tuyển sinh như sau:
1. Các cơ sở đào tạo cập nhật danh sách thí sinh trúng tuyển.
2. Rà soát dữ liệu người học trước khi gửi.
"""


def test_a_letter_guiding_a_plural_gives_it_the_points() -> None:
    draft = extract(GUIDED, issued=date(2026, 8, 20), number="61/BGDĐT-GDĐH")
    assert _lead(draft, _starting(draft, "Rà soát dữ liệu người học")) == ["các cơ sở đào tạo"]


DISTRICTS = """\
CÔNG ĐIỆN
1. Giao UBND các huyện, thị xã, TP theo dõi chặt chẽ diễn biến mưa lũ trên địa bàn.
"""


def test_an_abbreviated_city_closes_a_run_of_locality_kinds() -> None:
    draft = extract(DISTRICTS, issued=date(2026, 10, 2), number="5/CĐ-UBND")
    duty = _starting(draft, "Giao UBND các huyện")
    assert _lead(draft, duty) == ["UBND các huyện, thị xã, TP"]


JOINED = """\
KẾ HOẠCH
IV. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa và Thể thao
a) Chủ trì tổ chức các lễ hội truyền thống.
b) Phối hợp với Sở Du lịch trong công tác quảng bá di sản văn hóa.
"""


def test_the_work_joined_in_after_a_partners_name_is_no_part_of_it() -> None:
    draft = extract(JOINED, issued=date(2026, 4, 20), number="40/KH-UBND")
    assert _lead(draft, _starting(draft, "Phối hợp với Sở Du lịch")) == ["Sở Du lịch"]


PREDICATES = """\
THÔNG BÁO
1. Vụ Chính sách thuế là đơn vị đầu mối tổng hợp ý kiến các cục.
2. Đài Phát thanh tỉnh đa dạng hóa các hình thức tuyên truyền.
3. Ban Quản lý khu kinh tế kêu gọi nhà đầu tư vào khu công nghiệp.
"""


def test_the_predicates_first_words_end_a_name() -> None:
    draft = extract(PREDICATES, issued=date(2027, 1, 10), number="6/TB-UBND")
    leads = [_lead(draft, d) for d in draft.duties]
    assert leads == [["Vụ Chính sách thuế"], ["Đài Phát thanh tỉnh"], ["Ban Quản lý khu kinh tế"]]


NAMED_PLURAL = """\
QUY ĐỊNH
Điều 5. Trách nhiệm các sở
1. Các Sở Y tế, Sở Tài chính, Sở Nội vụ phối hợp thẩm định đề án vị trí việc làm.
"""


def test_a_plural_before_named_bodies_of_one_kind_is_no_part_of_the_first() -> None:
    draft = extract(NAMED_PLURAL, issued=date(2026, 4, 20), number="12/2026/QĐ-UBND")
    duty = _starting(draft, "Các Sở Y tế")
    assert _lead(draft, duty) == ["Sở Y tế", "Sở Tài chính", "Sở Nội vụ"]
