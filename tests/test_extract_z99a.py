"""`nq42 extract` on the owners of Party committees' guides (branch z99a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import extract
from tests.extract_helpers import lead_names, owner_names, starting

ORGAN_STEPS = """\
HƯỚNG DẪN
Nghiệp vụ công tác đảng viên

I. CHUYỂN SINH HOẠT ĐẢNG
1. Quy trình thực hiện
1.1. Bước 1: Tiếp nhận hồ sơ
- Ban tuyên giáo (hoặc ban dân vận) đảng ủy cấp trên trực tiếp của tổ chức cơ sở đảng tiếp nhận \
hồ sơ đảng viên chuyển đến.
- Sau khi có quyết định, ban tổ chức (hoặc ban xây dựng đảng) cấp ủy phối hợp với văn phòng \
đảng ủy lập danh sách đảng viên.
- Bộ phận giúp việc đảng ủy tổng hợp hồ sơ, báo cáo ban thường vụ.
"""


def test_party_organ_named_in_lower_case_with_its_alternative_leads() -> None:
    draft = extract(ORGAN_STEPS, issued=date(2025, 11, 3), number="5-HD/BTCTU")
    first = starting(draft, "Ban tuyên giáo")
    assert lead_names(draft, first) == [
        "Ban tuyên giáo (hoặc ban dân vận) đảng ủy cấp trên trực tiếp của tổ chức cơ sở đảng"
    ]
    second = starting(draft, "Sau khi có quyết định")
    assert lead_names(draft, second) == ["ban tổ chức (hoặc ban xây dựng đảng) cấp ủy"]
    assert owner_names(draft, second)[1:] == ["văn phòng đảng ủy"]
    assert lead_names(draft, starting(draft, "Bộ phận giúp việc")) == ["Bộ phận giúp việc đảng ủy"]


ASKING_ARTICLE = """\
NGHỊ QUYẾT
Về kết quả giám sát việc quản lý chợ

QUYẾT NGHỊ:
Điều 1. Hội đồng nhân dân tỉnh tán thành Báo cáo kết quả giám sát.
Điều 2. Hội đồng nhân dân
tỉnh yêu cầu Ủy ban nhân dân tỉnh tập trung thực hiện một số nhiệm vụ, giải
pháp chủ yếu sau:
1. Chỉ đạo Sở Công Thương rà soát quy hoạch mạng lưới chợ.
2. Thực hiện công khai danh mục
các chợ xuống cấp.
Điều 3. Tổ chức thực hiện.
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
"""


def test_article_whose_title_asks_a_body_gives_it_the_points() -> None:
    draft = extract(ASKING_ARTICLE, issued=date(2024, 7, 14), number="8/NQ-HĐND")
    for start in ("Chỉ đạo Sở Công Thương", "Thực hiện công khai"):
        assert lead_names(draft, starting(draft, start)) == ["Ủy ban nhân dân tỉnh"]


OPENED_STEPS = """\
KẾ HOẠCH
Kiểm tra công tác cải cách hành chính

V. TỔ CHỨC THỰC HIỆN
1. Bộ Nội vụ chủ trì tổ chức Đoàn kiểm tra theo nội dung kế hoạch.
2. Kết thúc mỗi cuộc kiểm tra, Văn phòng Chính phủ thông báo ý kiến kết luận đến các cơ quan \
được kiểm tra.
3. Trong vòng 25 ngày làm việc kể từ khi chi bộ ra nghị quyết, đảng ủy cơ sở phải xem xét, \
ra nghị quyết.
"""


def test_subject_after_an_event_or_a_time_limit_named_in_lower_case() -> None:
    draft = extract(OPENED_STEPS, issued=date(2021, 5, 4), number="46/KH-BCĐCCHC")
    assert lead_names(draft, starting(draft, "Kết thúc mỗi cuộc")) == ["Văn phòng Chính phủ"]
    assert lead_names(draft, starting(draft, "Trong vòng 25 ngày")) == ["đảng ủy cơ sở"]


LEVEL_ABOVE = """\
HƯỚNG DẪN
Quản lý hồ sơ đảng viên

I. NỘI DUNG
1. Đảng viên chuyển sinh hoạt đảng đi: Ban tổ chức (hoặc ban xây dựng đảng) cấp ủy cấp \
trên cơ sở kiểm tra thông tin trên hồ sơ điện tử của đảng viên.
2. Cấp ủy cơ sở phối hợp với ban tổ chức cấp ủy cấp trên cơ sở nhập thông tin của đảng viên \
trên phần mềm.
"""


def test_committee_above_the_grassroots_keeps_its_level_in_its_name() -> None:
    draft = extract(LEVEL_ABOVE, issued=date(2025, 11, 3), number="7-HD/BTCTU")
    moved = starting(draft, "Đảng viên chuyển sinh hoạt")
    assert lead_names(draft, moved) == [
        "Ban tổ chức (hoặc ban xây dựng đảng) cấp ủy cấp trên cơ sở"
    ]
    entered = starting(draft, "Cấp ủy cơ sở phối hợp")
    assert owner_names(draft, entered) == ["Cấp ủy cơ sở", "ban tổ chức cấp ủy cấp trên cơ sở"]


CONGRESSES = """\
KẾ HOẠCH
Tổ chức đại hội đảng bộ các cấp

II. NHIỆM VỤ
1. Đại hội đại biểu Đảng bộ tỉnh hoàn thành trước ngày 31/10/2020.
2. Đại hội thể thao toàn quốc tổ chức vào tháng 12/2020.
"""


def test_a_congress_as_subject_is_held_by_its_party_organisation() -> None:
    draft = extract(CONGRESSES, issued=date(2019, 12, 2), number="207-KH/TU")
    assert lead_names(draft, starting(draft, "Đại hội đại biểu")) == ["Đảng bộ tỉnh"]
    assert lead_names(draft, starting(draft, "Đại hội thể thao")) == []
