"""`nq42 extract` on owners a letter defines by alias and OCR'd task tables (branch z96c).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from nq42cli.core.ownerfind import Registry, split_names
from tests.extract_helpers import lead_names


def _by_text(draft: Draft, start: str) -> dict[str, Any]:
    return next(d for d in draft.duties if d["text"].startswith(start))


DEFINED = """\
BỘ CÔNG AN
Số: 12/BCA-C04
V/v triển khai Chương trình

Kính gửi: Các bộ, cơ quan trung ương.

Để triển khai Chương trình, Bộ Công an đề nghị các cơ quan chủ dự án, tiểu dự án
thành phần (gọi là chủ dự án thành phần), các bộ và UBND cấp tỉnh được giao vốn thực
hiện Chương trình (gọi là cơ quan chủ quản Chương trình) thực hiện một số nội dung sau:

1. Về công tác chuẩn bị: Chủ dự án thành phần, cơ quan chủ quản Chương trình chủ động
bố trí ngân sách để thực hiện các nhiệm vụ chuẩn bị đầu tư.

2. Chủ dự án thành phần:

a) Lập kế hoạch giai đoạn 2026-2030 của dự án thành phần.

b) Xây dựng chỉ số giám sát, đánh giá dự án thành phần.
"""


def test_defined_short_names_are_owners_and_part_a_list() -> None:
    draft = extract(DEFINED, issued=date(2025, 9, 15), number="12/BCA-C04")
    first = _by_text(draft, "Về công tác chuẩn bị")
    assert sorted(lead_names(draft, first)) == [
        "Chủ dự án thành phần",
        "cơ quan chủ quản Chương trình",
    ]
    for start in ("Lập kế hoạch", "Xây dựng chỉ số"):
        assert lead_names(draft, _by_text(draft, start)) == ["Chủ dự án thành phần"]


def test_short_words_and_lists_of_kinds_are_not_defined_as_bodies() -> None:
    r = Registry()
    got = r.define(
        "các tổ chức (sau đây gọi là đơn vị) và các thôn (sau đây gọi chung là thôn, tổ dân"
        " phố) thực hiện Kế hoạch (sau đây gọi tắt là Kế hoạch thi đua)"
    )
    assert got == []
    # An apposition after a known body stays one name when the text defines nothing.
    assert split_names("Sở Y tế, cơ quan chủ quản Chương trình", r) == [
        "Sở Y tế, cơ quan chủ quản Chương trình"
    ]


TABLES = """\
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 20/TB-STTTT
THÔNG BÁO
Nhiệm vụ trọng tâm của các phòng

Giám đốc Sở giao nhiệm vụ trọng tâm năm 2012 cho các phòng (theo biểu đính kèm).

Nơi nhận:
- Lưu: VT.

1. Phòng Công nghệ*thông tin (3 NV trọng tâm):
Chỉ tiêu định Thời gian
TT Nhiệm vụ lượng hoàn thành
1 | Giải quyết hồ sơ công việc kịp thời, đúng quy định 90% hồ sơ Tháng
và trước thời hạn 12/2012
Tham mưu xây dựng Quy định về quản lý mạng WAN của tỉnh Bắc Tháng
2 | Giang và mạng truyền số liệu chuyên dùng 9/2012
- 50% Trang TTĐT đăng tải thủ tục hành chính cấp độ 3 - Tháng
3 | và thực hiện đúng quy định 10/2012
2. Phòng Kế hoạch, Tài chính (3 NV trọng tâm):
: Chỉ tiêu định Thời gian
„ Nhiệm vụ lượng hoàn thành
1 | Tham mưu lập dự toán ngân sách năm 2013 của Sở Tháng
theo đúng quy định 8/2012
2 | Thẩm định các dự án ứng dụng công nghệ thông tin Tháng
của các đơn vị 11/2012
3 | Phấn đấu tổng doanh thu đạt 1.700.000 đồng trong năm Tháng
và báo cáo 12/2012
4 | Quản lý tài chính, tài sản của Sở theo đúng quy định Tháng
hiện hành 12/2012
"""


def test_ocr_tables_under_owner_headings_read_each_office_s_rows() -> None:
    draft = extract(TABLES, issued=date(2012, 3, 5), number="20/TB-STTTT")
    first = _by_text(draft, "Giải quyết hồ sơ")
    assert lead_names(draft, first) == ["Phòng Công nghệ thông tin"]
    assert not any(d["text"].startswith("Phòng") for d in draft.duties)
    assert first["windows"] == ["tháng 12/2012"]
    share = _by_text(draft, "50% Trang TTĐT")
    assert share["windows"] == ["tháng 10/2012"]
    # A name cut by the wrap ("tỉnh Bắc" / "Giang") opens no row of its own.
    assert _by_text(draft, "Tham mưu xây dựng")["windows"] == ["tháng 9/2012"]
    assert not any(d["text"].startswith("Giang") for d in draft.duties)
    # The second office's header lost its "TT": its heading still owns its rows.
    budget = _by_text(draft, "Tham mưu lập dự toán")
    assert lead_names(draft, budget) == ["Phòng Kế hoạch, Tài chính"]
    assert budget["windows"] == ["tháng 8/2012"]
    # "Phấn đấu … đạt <số>" is a target among the tasks, no duty with a deadline.
    assert not any(d["text"].startswith("Phấn đấu") for d in draft.duties)


LAND = """\
ỦY BAN NHÂN DÂN HUYỆN AN PHÚ
Số: 04/TB-UBND
THÔNG BÁO
Về việc thu hồi đất

4. Tổ chức thực hiện:
a) Chủ đầu tư có trách nhiệm:
- Phối hợp với Ủy ban nhân dân xã kiểm kê đất đai và tài sản gắn liền với đất.
b) Tổ chức làm nhiệm vụ bồi thường có trách nhiệm:
Tiến hành kiểm kê đất đai, tài sản gắn liền với đất và lập phương án bồi
thường, hỗ trợ và tái định cư trên địa bàn.
"""


def test_the_body_charged_with_compensation_is_an_owner() -> None:
    draft = extract(LAND, issued=date(2023, 2, 8), number="04/TB-UBND")
    survey = _by_text(draft, "Tiến hành kiểm kê")
    assert lead_names(draft, survey) == ["Tổ chức làm nhiệm vụ bồi thường"]


def test_a_spaced_copy_s_owner_heading_still_opens_the_tables_after_the_signature() -> None:
    # A web page's or pdftotext's copy sets an empty line after the heading's colon: the
    # tables sent with the notice are still its list of tasks, not the Nơi nhận's lines.
    spaced = TABLES.replace("trọng tâm):\n", "trọng tâm):\n\n")
    draft = extract(spaced, issued=date(2012, 3, 5), number="20/TB-STTTT")
    first = _by_text(draft, "Giải quyết hồ sơ")
    assert lead_names(draft, first) == ["Phòng Công nghệ thông tin"]
    assert first["windows"] == ["tháng 12/2012"]
    budget = _by_text(draft, "Tham mưu lập dự toán")
    assert lead_names(draft, budget) == ["Phòng Kế hoạch, Tài chính"]
