"""`nq42 extract` on lead owners named once, above or beside the points they own
(branch z93d).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import extract
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
