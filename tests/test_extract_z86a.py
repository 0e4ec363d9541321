"""`nq42 extract` on owner names in signed documents (branch z86a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import extract
from nq42cli.core.text import fold
from tests.extract_helpers import lead_names, starting

REGISTER = (
    "DANH SÁCH NHIỆM VỤ\n"
    "TT\tTên nhiệm vụ\tĐơn vị /Cá nhân đầu mối\tĐơn vị /Cá nhân phối hợp\tThời hạn HT\tTrạng thái\n"
    '1\tRà soát quy chế đào tạo liên thông\t"Vụ GDĐT\nViện KHCN\n"\t\t30/06/2017\tĐang thực hiện\n'
    '2\tXây dựng cơ sở dữ liệu giảng viên\t"Cục NGCB\nVụ GDĐT\nDự án PTGV\n"\t\t30/09/2017\t'
    "Đang thực hiện\n"
    '3\tHoàn thiện thủ tục góp vốn\t"Công ty TNHH MTV Hoàng Long\n"\t\t30/10/2017\t'
    "Đang thực hiện\n"
    "4\tBáo cáo tình hình quyết toán\tVụ KHTC Bộ GDĐT\t\t30/11/2017\tĐang thực hiện\n"
)


def test_register_cell_of_units_one_a_line_parts_at_each_abbreviation() -> None:
    draft = extract(REGISTER, issued=date(2017, 4, 11), number="1/DS-BGDĐT")
    assert lead_names(draft, starting(draft, "Rà soát quy chế")) == ["Vụ GDĐT", "Viện KHCN"]
    assert lead_names(draft, starting(draft, "Xây dựng cơ sở")) == [
        "Cục NGCB",
        "Vụ GDĐT",
        "Dự án PTGV",
    ]
    # One more abbreviation, or whose unit it is, is the same name.
    assert lead_names(draft, starting(draft, "Hoàn thiện thủ tục")) == [
        "Công ty TNHH MTV Hoàng Long"
    ]
    assert lead_names(draft, starting(draft, "Báo cáo tình hình")) == ["Vụ KHTC Bộ GDĐT"]


UNPRINTED = """\
QUYẾT ĐỊNH
Điều 1. Tổ chức thực hiện
1. Các Bộ: Tư pháp, Nội vụ, Ngoại giao
a) Rà soát quy định về hợp tác quốc tế trong lĩnh vực được giao.
b) Báo cáo kết quả thực hiện trước ngày 30 tháng 6 năm 2026.
2. Các Bộ: Tài chính, Xây dựng chủ động bố trí kinh phí thực hiện đề án.
"""

PRINTED = """\
QUYẾT ĐỊNH
Điều 1. Bộ Tài chính, Bộ Xây dựng và Bộ Nội vụ thống nhất phương án sắp xếp trụ sở.
Điều 2. Tổ chức thực hiện
1. Các Bộ: Tài chính, Xây dựng chủ động bố trí kinh phí thực hiện đề án.
2. Các Đảng uỷ: Chính phủ; Quốc hội lãnh đạo việc sơ kết nghị quyết.
"""


def test_distributive_list_of_names_never_printed_is_kept_as_written() -> None:
    draft = extract(UNPRINTED, issued=date(2026, 1, 5), number="1/QĐ-TTg")
    assert set(lead_names(draft, starting(draft, "Rà soát quy định"))) == {
        "Các Bộ: Tư pháp, Nội vụ, Ngoại giao"
    }
    assert set(lead_names(draft, starting(draft, "Các Bộ: Tài chính"))) == {
        "Các Bộ: Tài chính, Xây dựng"
    }


def test_distributive_list_of_printed_names_or_parted_by_semicolons_is_expanded() -> None:
    draft = extract(PRINTED, issued=date(2026, 1, 5), number="1/QĐ-TTg")
    assert set(lead_names(draft, starting(draft, "Các Bộ: Tài chính"))) == {
        "Bộ Tài chính",
        "Bộ Xây dựng",
    }
    assert set(lead_names(draft, starting(draft, "Các Đảng uỷ"))) == {
        "Đảng uỷ Chính phủ",
        "Đảng uỷ Quốc hội",
    }


TITLED = """\
CÔNG ĐIỆN
1. Bộ trưởng các Bộ: Tư pháp, Công an, Ngoại giao chủ động rà soát hồ sơ tồn đọng.
2. Bộ trưởng các Bộ: Tài chính, Nội vụ; Chủ tịch Ủy ban nhân dân các tỉnh miền núi chỉ đạo \
kiểm tra việc chi trả chế độ.
"""


def test_office_holders_of_a_colon_list_are_one_phrase() -> None:
    draft = extract(TITLED, issued=date(2026, 1, 5), number="1/CĐ-TTg")
    assert lead_names(draft, starting(draft, "Bộ trưởng các Bộ: Tư pháp")) == [
        "Bộ trưởng các Bộ: Tư pháp, Công an, Ngoại giao"
    ]
    assert lead_names(draft, starting(draft, "Bộ trưởng các Bộ: Tài chính")) == [
        "Bộ trưởng các Bộ: Tài chính, Nội vụ",
        "Chủ tịch Ủy ban nhân dân các tỉnh miền núi",
    ]


def test_provinces_listed_after_their_kind_and_level_stay_with_the_owner() -> None:
    text = (
        "CÔNG ĐIỆN\n"
        "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Sơn La, "
        "Điện Biên, Lai Châu chủ động sơ tán người dân khỏi vùng nguy hiểm.\n"
    )
    draft = extract(text, issued=date(2026, 1, 5), number="1/CĐ-TTg")
    assert lead_names(draft, starting(draft, "Chủ tịch")) == [
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Sơn La, "
        "Điện Biên, Lai Châu"
    ]


def test_communes_listed_after_their_kind_make_an_owner_heading() -> None:
    text = (
        "KẾ HOẠCH\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. UBND các xã: Tân Lập, Tân Hòa, Phú\n"
        "Xuân, Phú Lâm\n"
        "- Rà soát danh sách hộ nghèo trên địa bàn.\n"
        "- Tổng hợp kết quả gửi Sở Nội vụ.\n"
    )
    draft = extract(text, issued=date(2026, 1, 5), number="1/KH-UBND")
    assert lead_names(draft, starting(draft, "Rà soát danh sách")) == [
        "UBND các xã: Tân Lập, Tân Hòa, Phú Xuân, Phú Lâm"
    ]


def test_communes_then_a_colon_and_the_duty_keep_the_duty_out_of_the_name() -> None:
    text = (
        "QUY ĐỊNH\n"
        "Điều 5. Trách nhiệm thực hiện\n"
        "1. Ủy ban nhân dân các xã, phường: Tổng hợp, báo cáo giá cả thị trường trên địa bàn.\n"
    )
    draft = extract(text, issued=date(2026, 1, 5), number="1/QĐ-UBND")
    assert lead_names(draft, starting(draft, "Ủy ban nhân dân")) == [
        "Ủy ban nhân dân các xã, phường"
    ]


FULL_NAMES = (
    "DANH SÁCH NHIỆM VỤ\n"
    "TT\tTên nhiệm vụ\tĐơn vị /Cá nhân đầu mối\tĐơn vị /Cá nhân phối hợp\tThời hạn HT\tTrạng thái\n"
    '1\tTổng hợp báo cáo công tác thi đua năm học\t"Văn phòng Bộ\nVụ Thi đua Khen thưởng\n'
    'Thanh tra\n"\t\t30/06/2017\tĐang thực hiện\n'
    '2\tBồi dưỡng hiệu trưởng các trường phổ thông\t"Cục Nhà giáo và Cán bộ quản lý giáo dục\n"'
    "\t\t30/09/2017\tĐang thực hiện\n"
    '3\tRà soát chương trình đào tạo giáo viên\t"Vụ Giáo dục Đại học\n'
    'phối hợp các trường sư phạm\n"'
    "\t\t30/10/2017\tĐang thực hiện\n"
)


def test_register_cell_of_full_unit_names_one_a_line_is_a_list() -> None:
    draft = extract(FULL_NAMES, issued=date(2017, 4, 11), number="1/DS-BGDĐT")
    assert lead_names(draft, starting(draft, "Tổng hợp báo cáo")) == [
        "Văn phòng Bộ",
        "Vụ Thi đua Khen thưởng",
        "Thanh tra",
    ]
    # "Cán bộ quản lý" (managers) is a noun of the name, not its verb.
    assert lead_names(draft, starting(draft, "Bồi dưỡng")) == [
        "Cục Nhà giáo và Cán bộ quản lý giáo dục"
    ]
    # A line that opens no unit: the cell's lines are one text.
    assert lead_names(draft, starting(draft, "Rà soát chương trình")) == ["Vụ Giáo dục Đại học"]


def test_heads_of_every_province_who_direct_own_the_work() -> None:
    text = (
        "CÔNG ĐIỆN\n"
        "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các "
        "ngành, Ủy ban nhân dân cấp xã phối hợp với Mặt trận Tổ quốc rà soát danh sách đối tượng.\n"
        "2. Thứ trưởng Nguyễn Văn An chỉ đạo Vụ Kế hoạch chủ trì, phối hợp với Cục Thống kê "
        "tổng hợp số liệu.\n"
    )
    draft = extract(text, issued=date(2026, 1, 5), number="1/CĐ-TTg")
    assert lead_names(draft, starting(draft, "Chủ tịch")) == [
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
    ]
    # A named leader who supervises stands aside for the unit he directs to lead.
    assert lead_names(draft, starting(draft, "Thứ trưởng")) == ["Vụ Kế hoạch"]


def test_scanned_chi_tri_reads_as_chu_tri() -> None:
    text = (
        "THÔNG BÁO\n"
        "1. Ban Quản lý rủi ro chi trì, phối hợp với Vụ Kê khai xây dựng quy trình đối soát.\n"
    )
    draft = extract(text, issued=date(2024, 9, 5), number="1/TB-TCT")
    duty = starting(draft, "Ban Quản lý")
    assert lead_names(draft, duty) == ["Ban Quản lý rủi ro"]


def test_party_committees_of_every_province_and_branch_are_one_collective() -> None:
    # As a sentence's subject; an owner heading of the same words lists each kind (the
    # seed plan's "6. Các tỉnh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương").
    text = (
        "HƯỚNG DẪN\n"
        "1. Các tỉnh uỷ, thành uỷ, các ban đảng, đảng uỷ trực thuộc Trung ương tổ chức quán "
        "triệt nghị quyết.\n"
        "2. Các tỉnh ủy, thành ủy, Bộ Nội vụ tổng hợp kết quả.\n"
    )
    draft = extract(text, issued=date(2025, 6, 5), number="1-HD/BTGDVTW")
    assert lead_names(draft, starting(draft, "Các tỉnh uỷ")) == [
        "Các tỉnh uỷ, thành uỷ, các ban đảng, đảng uỷ trực thuộc Trung ương"
    ]
    # The known collective keeps the body list's spelling.
    assert [fold(n) for n in lead_names(draft, starting(draft, "Các tỉnh ủy"))] == [
        "cac tinh uy, thanh uy",
        "bo noi vu",
    ]


def test_introduces_and_balances_end_the_name() -> None:
    text = (
        "CÔNG VĂN\n"
        "1. Sở Y tế giới thiệu người bệnh đi giám định khả năng lao động.\n"
        "2. Sở Tài chính cân đối nguồn ngân sách để chi trả trợ cấp.\n"
    )
    draft = extract(text, issued=date(2025, 6, 5), number="1/UBND-VX")
    assert lead_names(draft, starting(draft, "Sở Y tế")) == ["Sở Y tế"]
    assert lead_names(draft, starting(draft, "Sở Tài chính")) == ["Sở Tài chính"]


def test_role_words_capitalised_on_the_line_after_a_bare_heading_open_the_duty() -> None:
    text = (
        "QUYẾT ĐỊNH\n"
        "Điều 2. Tổ chức thực hiện\n"
        "1. Bộ Ngoại giao\n"
        "Đồng chủ trì với Bộ Công Thương, phối hợp với các cơ quan liên quan xúc tiến "
        "thương mại ở thị trường mới.\n"
    )
    draft = extract(text, issued=date(2026, 1, 5), number="1/QĐ-TTg")
    duty = starting(draft, "Bộ Ngoại giao")
    assert lead_names(draft, duty) == ["Bộ Ngoại giao", "Bộ Công Thương"]


GUIDED = """\
BỘ NỘI VỤ
Số: 12/BNV-KHTC
Hà Nội, ngày 03 tháng 7 năm 2025
Kính gửi: Giám đốc Sở Nội vụ các tỉnh, thành phố trực thuộc Trung ương
Thực hiện Chỉ thị của Thủ tướng Chính phủ về xây dựng dự toán ngân sách năm 2026, Bộ hướng \
dẫn Sở Nội vụ các tỉnh, thành phố xây dựng dự toán kinh phí chi trả chế độ năm 2026 như sau:
I. Đánh giá tình hình thực hiện năm 2025
1. Tổng hợp số đối tượng đang hưởng chế độ trên địa bàn.
2. Báo cáo những khó khăn, vướng mắc trong chi trả.
II. Xây dựng dự toán năm 2026
1. Lập dự toán kinh phí chi trả theo mức chuẩn mới.
2. Thuyết minh chi tiết cơ sở tính toán từng khoản chi.
"""


def test_a_letter_guiding_bodies_gives_them_every_section() -> None:
    draft = extract(GUIDED, issued=date(2025, 7, 3), number="12/BNV-KHTC")
    for start in ("Tổng hợp số", "Báo cáo những", "Lập dự toán", "Thuyết minh"):
        assert lead_names(draft, starting(draft, start)) == ["Sở Nội vụ các tỉnh, thành phố"], start


def test_units_named_by_a_passive_clause_run_to_the_predicate() -> None:
    text = (
        "HƯỚNG DẪN\n"
        "1. Các cơ quan, đơn vị được phân bổ chỉ tiêu tuyển dụng công chức năm 2026 thực hiện "
        "việc thông báo tuyển dụng công khai.\n"
    )
    draft = extract(text, issued=date(2026, 1, 5), number="1/HD-SNV")
    assert lead_names(draft, starting(draft, "Các cơ quan")) == [
        "Các cơ quan, đơn vị được phân bổ chỉ tiêu tuyển dụng công chức năm 2026"
    ]


def test_an_office_named_by_its_function_owns_the_points_it_leads_into() -> None:
    text = (
        "QUY ĐỊNH\n"
        "Điều 8. Ủy ban nhân dân cấp huyện\n"
        "1. Ủy ban nhân dân cấp huyện chịu trách nhiệm quản lý chất lượng công trình.\n"
        "2. Phòng có chức năng quản lý đô thị thuộc Ủy ban nhân dân cấp huyện có trách nhiệm "
        "giúp Ủy ban nhân dân cấp huyện thực hiện các nội dung sau:\n"
        "a) Hướng dẫn Ủy ban nhân dân cấp xã thực hiện các quy định về trật tự xây dựng;\n"
        "b) Kiểm tra định kỳ công trình trên địa bàn.\n"
    )
    draft = extract(text, issued=date(2022, 3, 1), number="06/2022/QĐ-UBND")
    for start in ("Hướng dẫn Ủy ban", "Kiểm tra định kỳ"):
        assert lead_names(draft, starting(draft, start)) == [
            "Phòng có chức năng quản lý đô thị thuộc Ủy ban nhân dân cấp huyện"
        ], start


def test_a_department_named_by_its_sector_keeps_which_goods_it_manages() -> None:
    text = (
        "QUY ĐỊNH\n"
        "Điều 5. Định giá hàng hóa\n"
        "1. Sở quản lý ngành, lĩnh vực đối với hàng hóa, dịch vụ (quy định tại Phụ lục 01) có "
        "trách nhiệm lập phương án giá trình Ủy ban nhân dân tỉnh.\n"
    )
    draft = extract(text, issued=date(2024, 10, 1), number="70/2024/QĐ-UBND")
    assert lead_names(draft, starting(draft, "Sở quản lý")) == [
        "Sở quản lý ngành, lĩnh vực đối với hàng hóa, dịch vụ"
    ]
