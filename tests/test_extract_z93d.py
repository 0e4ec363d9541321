"""`nq42 extract` on lead owners named once, above or beside the points they own
(branch z93d).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import extract
from nq42cli.core.text import fold
from tests.extract_helpers import lead_names, starting

FOCUS_LEAD_IN = """\
# Toàn văn Công điện 09/CĐ-UBND 2026 về phòng chống cháy rừng?

Ngày 02/3/2026, Ủy ban nhân dân tỉnh Lâm Đồng đã ban hành Công điện 09/CĐ-UBND năm 2026 về \
phòng chống cháy rừng.

Theo đó, Chủ tịch UBND các huyện, thành phố tập trung chỉ đạo, triển khai đồng bộ các nội dung sau:

- Chịu trách nhiệm toàn diện trong công tác phòng cháy rừng trên địa bàn.

- Tổ chức tuyên truyền, vận động người dân không đốt nương rẫy trong mùa khô.

- Tăng cường phối hợp với các sở, ngành liên quan để xử lý các vụ việc phức tạp.
"""


def test_a_lead_in_whose_subject_focuses_on_the_points_owns_them() -> None:
    draft = extract(FOCUS_LEAD_IN, issued=date(2026, 3, 2), number="09/CĐ-UBND")
    head = "Chủ tịch UBND các huyện, thành phố"
    for start in ("Chịu trách nhiệm toàn diện", "Tổ chức tuyên truyền", "Tăng cường phối hợp"):
        assert lead_names(draft, starting(draft, start)) == [head]


MANNER_AFTER_PLURAL = """\
# Sở Giáo dục và Đào tạo yêu cầu bảo đảm an toàn trường học ra sao?

Ngày 05/9/2026, Sở Giáo dục và Đào tạo đã ban hành Công văn 5100/SGDĐT-CTTT về an toàn trường học.

Nhằm nâng cao hiệu quả công tác bảo đảm an toàn trường học, Sở Giáo dục và Đào tạo đề nghị \
các đơn vị thực hiện nghiêm túc một số nội dung như sau:

**(1) **Rà soát hệ thống camera an ninh tại cổng trường.

**(2) **Phân công cán bộ trực bảo vệ trong giờ học.
"""


def test_a_verb_done_some_way_after_a_plural_head_is_its_predicate() -> None:
    draft = extract(MANNER_AFTER_PLURAL, issued=date(2026, 9, 5), number="5100/SGDĐT-CTTT")
    # "các đơn vị thực hiện" could name the units that carry out; "thực hiện nghiêm túc"
    # (carry out strictly) cannot: the verb is the request's.
    for start in ("Rà soát hệ thống camera", "Phân công cán bộ trực"):
        assert lead_names(draft, starting(draft, start)) == ["các đơn vị"]


OWES_AFTER_PLURAL = """\
# Toàn văn Quyết định 3700/QĐ-UBND năm 2026 về kế hoạch đầu tư công?

Ngày 14/11/2026, Ủy ban nhân dân tỉnh đã ban hành Quyết định 3700/QĐ-UBND năm 2026.

Theo đó, tại Điều 4 Quyết định 3700/QĐ-UBND năm 2026 quy định về tổ chức thực hiện như sau:

**(1) Các chủ đầu tư có trách nhiệm: **

- Đẩy nhanh tiến độ thi công các dự án chuyển tiếp.

- Lập hồ sơ thanh toán ngay khi có khối lượng được nghiệm thu.

**(2) Sở Tài chính: **

- Tổng hợp tình hình giải ngân, báo cáo Ủy ban nhân dân tỉnh.
"""


def test_what_a_plural_owes_is_no_word_of_its_name() -> None:
    draft = extract(OWES_AFTER_PLURAL, issued=date(2026, 11, 14), number="3700/QĐ-UBND")
    for start in ("Đẩy nhanh tiến độ", "Lập hồ sơ thanh toán"):
        assert lead_names(draft, starting(draft, start)) == ["Các chủ đầu tư"]


STILL_AFTER_NAME = """\
# Hướng dẫn 1000/HD-SNV sắp xếp tổ dân cư thế nào?

Ngày 24/7/2026, Sở Nội vụ ban hành Hướng dẫn 1000/HD-SNV năm 2026 về sắp xếp tổ dân cư.

Cụ thể, việc sắp xếp tổ dân cư theo Hướng dẫn 1000/HD-SNV năm 2026 như sau:

**Nội dung phương án sắp xếp tổ dân cư**

- Phần I: Sự cần thiết, căn cứ xây dựng phương án;

- Phần II: Thực trạng và phương án sắp xếp;

- Phần III: Tổ chức thực hiện.

**Cơ quan triển khai thực hiện **

Ủy ban nhân dân phường, xã, đặc khu còn duy trì mô hình tổ dân cư chịu trách nhiệm thực hiện.

**Trình tự thực hiện **

- Ủy ban nhân dân phường, xã, đặc khu căn cứ số tổ dân cư hiện có xây dựng phương án sắp xếp.

- Xây dựng kế hoạch lấy ý kiến cử tri trên địa bàn.

- Báo cáo kết quả lấy ý kiến cử tri về việc sắp xếp.
"""


def test_still_and_a_verb_end_an_owners_name() -> None:
    draft = extract(STILL_AFTER_NAME, issued=date(2026, 7, 24), number="1000/HD-SNV")
    # "còn duy trì …" (still keep) says which communes; the name ends before it.
    communes = "Ủy ban nhân dân phường, xã, đặc khu"
    assert lead_names(draft, starting(draft, "Ủy ban nhân dân phường")) == [communes]


DISSEMINATE = """\
# Sở Giáo dục và Đào tạo đề nghị quản lý các khoản thu đầu năm học ra sao?

Ngày 19/9/2026, Sở Giáo dục và Đào tạo đã có Công văn 2600/SGDĐT-KHTC năm 2026 về quản lý thu, chi.

Theo nội dung Công văn 2600/SGDĐT-KHTC năm 2026, Sở Giáo dục và Đào tạo đề nghị quản lý các \
khoản thu, với một số nội dung cụ thể như sau:

**(1) Về triển khai công tác hướng dẫn thu học phí**

- Đề nghị các cơ quan, đơn vị phổ biến và thực hiện đúng các quy định về học phí.

- Đề nghị Thủ trưởng các đơn vị công khai các khoản thu trước khi thu.
"""


def test_disseminate_is_the_requests_verb() -> None:
    draft = extract(DISSEMINATE, issued=date(2026, 9, 19), number="2600/SGDĐT-KHTC")
    duty = starting(draft, "Đề nghị các cơ quan, đơn vị phổ biến")
    assert lead_names(draft, duty) == ["các cơ quan, đơn vị"]


DIRECTS_OVER_ROMAN_POINTS = """\
# Lộ trình sắp xếp bộ máy mới nhất 2026?

Ngày 20/3/2026, Ban Chỉ đạo Trung ương đã ban hành Công văn 50-CV/BCĐ năm 2026 về Kế hoạch \
tiếp tục sắp xếp tổ chức bộ máy.

Cụ thể, lộ trình được Ban Chỉ đạo Trung ương nêu rõ như sau:

**- Đảng ủy Quốc hội chủ trì, phối hợp với Ban Tổ chức Trung ương hoàn thiện Đề án** \
trước ngày 25/3/2026

**- Đảng ủy Chính phủ lãnh đạo, chỉ đạo: **

(i) Hướng dẫn việc xây dựng Đề án sắp xếp các đơn vị hành chính,

(ii) Triển khai Đề án tổ chức lại hệ thống thanh tra **(hoàn thành trước ngày 30/4/2026)**.

(iii) Tiếp tục nghiên cứu phương án sắp xếp các cơ quan thuế, kho bạc nhà nước.
"""


def test_a_bullet_that_directs_owns_the_roman_points_under_it() -> None:
    draft = extract(DIRECTS_OVER_ROMAN_POINTS, issued=date(2026, 3, 20), number="50-CV/BCĐ")
    for start in ("Hướng dẫn việc xây dựng", "Triển khai Đề án", "Tiếp tục nghiên cứu"):
        names = lead_names(draft, starting(draft, start))
        assert [fold(n) for n in names] == [fold("Đảng ủy Chính phủ")]
    assert starting(draft, "Triển khai Đề án")["windows"] == ["trước ngày 30/4/2026"]


PARAGRAPH_AFTER_OWNERS_POINTS = """\
# Yêu cầu tăng cường bảo vệ bí mật nhà nước của Thủ tướng gồm những gì?

Căn cứ Chỉ thị 40/CT-TTg năm 2026, Thủ tướng Chính phủ yêu cầu như sau:

**(1)** Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh

- Tổ chức tự rà soát, đánh giá các nhiệm vụ bảo vệ bí mật nhà nước.

- Nâng cao vai trò, trách nhiệm của người đứng đầu.

Chấp hành nghiêm các quy định về bảo vệ bí mật nhà nước trong quá trình sắp xếp bộ máy.

**(2)** Bộ trưởng Bộ Công an chỉ đạo các đơn vị tăng cường quản lý nhà nước về bảo vệ bí mật.
"""


def test_a_paragraph_naming_no_subject_after_an_owners_points_is_that_owners() -> None:
    draft = extract(PARAGRAPH_AFTER_OWNERS_POINTS, issued=date(2026, 5, 1), number="40/CT-TTg")
    heads = "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh"
    for start in ("Tổ chức tự rà soát", "Nâng cao vai trò", "Chấp hành nghiêm"):
        assert lead_names(draft, starting(draft, start)) == [heads]


DIRECTS_HEADING = """\
# Yêu cầu tăng cường bảo vệ bí mật nhà nước của Thủ tướng gồm những gì?

Căn cứ Chỉ thị 40/CT-TTg năm 2026, Thủ tướng Chính phủ yêu cầu như sau:

**(1)** Bộ trưởng Bộ Công an chỉ đạo Công an các đơn vị

- Chủ trì, phối hợp với các cơ quan liên quan xây dựng Luật Bảo vệ bí mật nhà nước (sửa đổi).

- Tăng cường công tác quản lý nhà nước về bảo vệ bí mật nhà nước.

**(2)** Bộ trưởng Bộ Quốc phòng chỉ đạo các đơn vị tăng cường kiểm tra việc bảo vệ bí mật.
"""


def test_a_heading_saying_who_directs_whom_gives_its_points_the_director() -> None:
    draft = extract(DIRECTS_HEADING, issued=date(2026, 5, 1), number="40/CT-TTg")
    for start in ("Chủ trì, phối hợp với", "Tăng cường công tác quản lý"):
        assert lead_names(draft, starting(draft, start)) == ["Bộ trưởng Bộ Công an"]


RIGHTS_AND_DUTIES_OF = """\
# Toàn văn Quyết định 5000/QĐ-UBND kiểm tra thi hành pháp luật năm 2026 ra sao?

Ngày 23/9/2026, Chủ tịch UBND thành phố ban hành Quyết định 5000/QĐ-UBND năm 2026 về kiểm tra \
thi hành pháp luật.

Theo đó, nội dung tại Quyết định 5000/QĐ-UBND như sau:

**(1) Nội dung kiểm tra**

- Việc áp dụng pháp luật về xử lý vi phạm hành chính.

**(2) Quyền và trách nhiệm của đơn vị được kiểm tra**

- Xây dựng báo cáo theo đề cương gửi về cơ quan thường trực của Đoàn kiểm tra.

- Cung cấp thông tin, hồ sơ tài liệu trung thực, kịp thời.
"""


def test_rights_and_duties_of_a_party_give_it_the_points() -> None:
    draft = extract(RIGHTS_AND_DUTIES_OF, issued=date(2026, 9, 23), number="5000/QĐ-UBND")
    for start in ("Xây dựng báo cáo theo", "Cung cấp thông tin"):
        assert lead_names(draft, starting(draft, start)) == ["đơn vị được kiểm tra"]


SCHOOL_AS_SUBJECT = """\
# Sở Giáo dục và Đào tạo hướng dẫn vận động tài trợ ra sao?

Ngày 19/9/2026, Sở Giáo dục và Đào tạo đã có Công văn 2600/SGDĐT-KHTC năm 2026 về quản lý thu, chi.

**(2) Về việc vận động, tiếp nhận và sử dụng nguồn tài trợ**

- Nhà trường lập kế hoạch vận động tài trợ, xác định rõ mục đích và dự toán kinh phí.

- Cơ sở giáo dục có trách nhiệm công khai tài chính các khoản tài trợ.
"""


def test_the_school_is_a_subject() -> None:
    draft = extract(SCHOOL_AS_SUBJECT, issued=date(2026, 9, 19), number="2600/SGDĐT-KHTC")
    assert lead_names(draft, starting(draft, "Nhà trường lập kế hoạch")) == ["Nhà trường"]
