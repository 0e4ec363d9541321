"""`nq42 extract` on the owners of departments' letters and notices (branch z99b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names, starting


def _draft(text: str) -> Draft:
    return extract(text, issued=date(2026, 1, 5), number="12/SGDĐT-VP")


STAFF_HEADING = """\
BỘ X
Số: 1/BX-VP
V/v triển khai kết luận
Kính gửi: Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ
Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ, Bộ trưởng giao:
1. Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ
- Nghiên cứu, tham mưu Lãnh đạo Bộ các chính sách mới.
- Ứng dụng mạnh mẽ khoa học công nghệ, chuyển đổi số.
2. Vụ Tổ chức cán bộ
- Đề xuất hoàn thiện quy định về tổ chức bộ máy.
"""


def test_staff_offices_named_by_a_list_of_roles_head_their_points() -> None:
    draft = _draft(STAFF_HEADING)
    heads = "Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ"
    assert lead_names(draft, starting(draft, "Nghiên cứu, tham mưu")) == [heads]
    assert lead_names(draft, starting(draft, "Ứng dụng mạnh mẽ")) == [heads]
    assert lead_names(draft, starting(draft, "Đề xuất hoàn thiện")) == ["Vụ Tổ chức cán bộ"]


STEPS = """\
KẾ HOẠCH
Khảo sát sự hài lòng năm 2026
1. Nội dung và quy trình thực hiện
- Bước 1: Phòng Đào tạo cung cấp danh sách sinh viên.
- Bước 2: Trung tâm Quản lý chất lượng thông báo kế hoạch, thời gian, hình thức khảo sát.
- Bước 3: Phòng Công tác sinh viên thông báo lịch khảo sát đến sinh viên.
- Bước 4: Doanh nghiệp viễn thông bảo đảm đường truyền.
"""


def test_notifies_ends_the_name_before_it() -> None:
    draft = _draft(STEPS)
    assert lead_names(draft, starting(draft, "Bước 2")) == ["Trung tâm Quản lý chất lượng"]
    assert lead_names(draft, starting(draft, "Bước 3")) == ["Phòng Công tác sinh viên"]
    # "viễn thông bảo đảm" folds to the same letters: the name keeps its "thông".
    assert lead_names(draft, starting(draft, "Bước 4")) == ["Doanh nghiệp viễn thông"]


ENTERPRISES = """\
UBND TỈNH X
SỞ TÀI CHÍNH
Số: 12/STC-QLG
V/v kê khai giá
Kính gửi: Các doanh nghiệp kinh doanh xăng dầu trên địa bàn tỉnh
Thực hiện chỉ đạo của UBND tỉnh, Sở Tài chính yêu cầu các doanh nghiệp thực hiện một số \
nội dung sau:
1. Thực hiện kê khai giá theo quy định.
2. Niêm yết giá bán công khai tại cửa hàng.
Sở Tài chính đề nghị các doanh nghiệp nghiêm túc thực hiện./.
"""


def test_lead_in_asking_a_plural_ends_the_name_at_its_verb() -> None:
    draft = _draft(ENTERPRISES)
    assert lead_names(draft, starting(draft, "Thực hiện kê khai")) == ["các doanh nghiệp"]
    assert lead_names(draft, starting(draft, "Niêm yết giá")) == ["các doanh nghiệp"]
    assert lead_names(draft, starting(draft, "Sở Tài chính đề nghị")) == ["các doanh nghiệp"]


PRINCIPALS = """\
UBND TỈNH X
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 12/SGDĐT-VP
V/v tổ chức kỳ thi
Kính gửi: Hiệu trưởng các trường trung học phổ thông
Sở Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường THPT thực hiện các nhiệm vụ sau:
1. Tổ chức ôn tập cho học sinh.
2. Gửi danh sách học sinh về Sở trước ngày 15/5/2026.
"""


def test_heads_of_schools_asked_by_a_letter_own_its_points() -> None:
    draft = _draft(PRINCIPALS)
    first = starting(draft, "Tổ chức ôn tập")
    assert lead_names(draft, first) == ["Hiệu trưởng các trường THPT"]
    second = starting(draft, "Gửi danh sách")
    assert lead_names(draft, second) == ["Hiệu trưởng các trường THPT"]
    assert second["windows"] == ["trước ngày 15/5/2026"]


OFFICES = """\
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh
II. KẾT LUẬN
1. Tổng Giám đốc Tập đoàn Điện lực Việt Nam chỉ đạo kiểm tra lưới điện.
2. Chánh án Tòa án nhân dân tỉnh chỉ đạo đưa vụ án ra xét xử.
3. Phó Giám đốc Sở Y tế chỉ đạo kiểm tra các cơ sở khám bệnh.
"""


def test_heads_of_a_corporation_a_court_and_a_deputy_director_are_owners() -> None:
    draft = _draft(OFFICES)
    assert lead_names(draft, starting(draft, "Tổng Giám đốc")) == [
        "Tổng Giám đốc Tập đoàn Điện lực Việt Nam"
    ]
    assert lead_names(draft, starting(draft, "Chánh án")) == ["Chánh án Tòa án nhân dân tỉnh"]
    assert lead_names(draft, starting(draft, "Phó Giám đốc")) == ["Phó Giám đốc Sở Y tế"]


BOARD_AND_DIRECTOR = """\
CHỈ THỊ
Về đẩy mạnh phong trào thi đua
II. NHIỆM VỤ
1. Thủ trưởng các sở - ngành thành phố, Chủ tịch Ủy ban nhân dân các quận - huyện, Chủ tịch \
Hội đồng quản trị, Tổng Giám đốc các doanh nghiệp trực thuộc tổ chức phát động phong trào thi đua.
"""


def test_board_chair_and_director_of_the_same_bodies_are_one_owner() -> None:
    draft = _draft(BOARD_AND_DIRECTOR)
    assert lead_names(draft, starting(draft, "Thủ trưởng")) == [
        "Thủ trưởng các sở - ngành thành phố",
        "Chủ tịch Ủy ban nhân dân các quận - huyện",
        "Chủ tịch Hội đồng quản trị, Tổng Giám đốc các doanh nghiệp trực thuộc",
    ]


FACULTIES = """\
KẾ HOẠCH
Khảo sát sự hài lòng của sinh viên năm 2026
5. Phân công trách nhiệm
- Khoa Công nghệ Cơ khí, Khoa Công nghệ Thông tin và Khoa Thương mại phối hợp triển khai \
khảo sát đến sinh viên thuộc khoa.
- Các khoa theo dõi, đôn đốc sinh viên hoàn thành khảo sát.
- Khoa học và công nghệ được ứng dụng trong khảo sát.
"""


def test_faculties_of_a_university_are_owners_and_science_is_not() -> None:
    draft = _draft(FACULTIES)
    assert lead_names(draft, starting(draft, "Khoa Công nghệ Cơ khí")) == [
        "Khoa Công nghệ Cơ khí",
        "Khoa Công nghệ Thông tin",
        "Khoa Thương mại",
    ]
    assert lead_names(draft, starting(draft, "Các khoa theo dõi")) == ["Các khoa"]
    assert lead_names(draft, starting(draft, "Khoa học và công nghệ")) == []


ADDRESSED_THEN_ASKED = """\
UBND TỈNH X
SỞ NỘI VỤ
Số: 12/SNV-VP
V/v triển khai nhiệm vụ
Kính gửi: Các sở, ban, ngành tỉnh
Sở Nội vụ đề nghị các cơ quan, đơn vị triển khai các nội dung sau:
Đối với các sở, ban, ngành:
- Rà soát vị trí việc làm.
- Báo cáo kết quả trước ngày 30/6/2026.
Đối với UBND các xã, phường:
- Rà soát biên chế công chức cấp xã.
"""


def test_one_line_addressee_without_a_stop_ends_where_the_request_begins() -> None:
    draft = _draft(ADDRESSED_THEN_ASKED)
    first = starting(draft, "Rà soát vị trí")
    assert lead_names(draft, first) == ["các sở, ban, ngành"]
    second = starting(draft, "Báo cáo kết quả")
    assert lead_names(draft, second) == ["các sở, ban, ngành"]
    assert second["windows"] == ["trước ngày 30/6/2026"]
    assert lead_names(draft, starting(draft, "Rà soát biên chế")) == ["UBND các xã, phường"]
