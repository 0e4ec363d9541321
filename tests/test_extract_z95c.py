"""`nq42 extract` on points and owners under a body's heading (branch z95c).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract


def _duty(draft: Draft, start: str) -> dict[str, Any]:
    (found,) = [d for d in draft.duties if d["text"].startswith(start)]
    return found


def _lead(draft: Draft, start: str) -> list[str]:
    owners = _duty(draft, start)["owners"] or []
    return [o["owner"] for o in owners if o["role"] in ("lead", "responsible")]


FIELDED_POINTS_UNDER_TITLE = """\
UBND TỈNH X
BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ
Số: 12/BCĐ
V/v triển khai các nhiệm vụ trọng tâm

Kính gửi: Các sở, ban, ngành thuộc tỉnh.

UBND tỉnh yêu cầu các sở, ban, ngành, địa phương tập trung thực hiện một số nội dung sau:
1. Hoàn thiện hạ tầng công nghệ thông tin
(1) Tiếp tục nâng cấp hệ thống hạ tầng kỹ thuật dùng chung trên toàn tỉnh.
- Đơn vị chủ trì thực hiện: Sở Khoa học và Công nghệ.
- Thời gian hoàn thành: Thực hiện thường xuyên.
(2) Sao lưu, duy trì các cơ sở dữ liệu trong hệ thống cũ.
- Đơn vị chủ trì thực hiện: Văn phòng UBND tỉnh.
- Thời gian hoàn thành: Trong tháng 8/2025.
2. Hoàn thiện cơ cấu tổ chức cấp xã
(1) Xây dựng và phê duyệt đề án tổ chức các phòng nghiệp vụ thuộc UBND cấp xã.
- Đơn vị chủ trì thực hiện: Sở Nội vụ.
- Thời gian hoàn thành: Trong tháng 9/2025.
"""


def test_numbered_points_right_under_a_title_line_are_not_its_words() -> None:
    # "(1) …" on the line after "1. Hoàn thiện …" with no empty line: the title ends,
    # its points begin (not joined to the title, nor read as footnotes).
    draft = extract(FIELDED_POINTS_UNDER_TITLE, issued=date(2025, 8, 1))
    assert len(draft.duties) == 3
    assert _lead(draft, "Sao lưu") == ["van_phong_ubnd_tinh"]
    # A lone "(1)" under "2. …" stays the item's own words.
    assert _lead(draft, "Hoàn thiện cơ cấu tổ chức cấp xã (1) Xây dựng") == ["so_noi_vu"]
    assert _duty(draft, "Sao lưu")["windows"] == ["tháng 8/2025"]


ASSIGNED_UNDER_TOPIC = """\
UBND TỈNH X
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại Hội nghị cải cách hành chính
I. KẾT QUẢ
Năm 2025 đạt kết quả tốt.
II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI
Để nâng cao hiệu quả công tác, đồng chí Phó Chủ tịch UBND tỉnh yêu cầu các sở, ban, \
ngành tập trung thực hiện tốt các nhiệm vụ sau:
1. Về cải cách thể chế
Giao Sở Tư pháp chủ trì, phối hợp với các cơ quan, đơn vị liên quan:
a) Tổ chức rà soát toàn bộ hệ thống văn bản quy phạm pháp luật.
b) Kịp thời tham mưu sửa đổi các văn bản không còn phù hợp.
2. Về cải cách tổ chức bộ máy
Giao Sở Nội vụ:
a) Tiếp tục đề xuất UBND tỉnh cải cách bộ máy, biên chế.
b) Tăng cường công tác đào tạo, bồi dưỡng công chức.
"""


def test_assignment_under_a_topic_title_owns_its_points() -> None:
    # "Giao Sở Tư pháp chủ trì …:" on the line after "1. Về cải cách thể chế": a lead-in
    # of its own, naming the owner of a), b); the section's "các sở, ban, ngành" does not.
    draft = extract(ASSIGNED_UNDER_TOPIC, issued=date(2026, 1, 25))
    assert _lead(draft, "Tổ chức rà soát") == ["so_tu_phap"]
    assert _lead(draft, "Kịp thời tham mưu") == ["so_tu_phap"]
    assert _lead(draft, "Tiếp tục đề xuất") == ["so_noi_vu"]
    assert _lead(draft, "Tăng cường công tác") == ["so_noi_vu"]


LETTER_TO_ITS_ADDRESSEES = """\
UBND TỈNH X
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 21/SNNMT-KS
V/v thực hiện Luật Địa chất và khoáng sản

Kính gửi: Các tổ chức, cá nhân hoạt động khoáng sản trên địa bàn tỉnh.

Nhằm thực hiện đúng các quy định pháp luật mới về khoáng sản, Sở Nông nghiệp và Môi \
trường tỉnh X yêu cầu các tổ chức, cá nhân hoạt động khoáng sản trên địa bàn tỉnh X thực \
hiện nghiêm túc một số nội dung sau:
I. Đối với các dự án đã được cấp phép khai thác
1. Rà soát toàn bộ hồ sơ pháp lý trong quá trình hoạt động khoáng sản.
2. Thực hiện đối chiếu thông tin giữa giấy phép và chủ trương đầu tư.
II. Trong quá trình hoạt động khai thác khoáng sản
1. Thực hiện bảo vệ khoáng sản trong phạm vi khu vực được phép khai thác.
2. Lắp đặt thiết bị cân để kiểm soát sản lượng khoáng sản khai thác.
"""


def test_letter_asking_its_addressees_gives_them_every_section() -> None:
    # The lead-in asks the very bodies the letter is addressed to: the sections after it
    # are stages of their work, the second as much theirs as the first.
    draft = extract(LETTER_TO_ITS_ADDRESSEES, issued=date(2025, 8, 1))
    first = _lead(draft, "Rà soát toàn bộ")
    assert first
    assert _lead(draft, "Thực hiện bảo vệ khoáng sản") == first
    assert _lead(draft, "Lắp đặt thiết bị cân") == first
