"""`nq42 extract` on decisions a legal portal's crawler flattened (branch z107a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from nq42cli.core.layout_crawl import crawled_cuts, crawled_joins
from tests.extract_helpers import lead_names


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


SIGNED_PLAN = """\
Quyết định 12/QĐ-BXD
BỘ XÂY DỰNG --------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 12/QĐ-BXD
Hà Nội, ngày 05 tháng 02 năm 2026 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH KIỂM TRA NHÀ Ở NĂM 2026
Điều 1.
Ban hành kèm theo Quyết định này Kế hoạch kiểm tra nhà ở năm 2026.
Điều 2.
Quyết định này có hiệu lực thi hành kể từ ngày ký./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Văn Tâm KẾ HOẠCH KIỂM TRA NHÀ Ở NĂM 2026 (Ban hành kèm theo \
Quyết định số 12/QĐ-BXD ngày 05 tháng 02 năm 2026 của Bộ trưởng Bộ Xây dựng)
I. NỘI DUNG
a) Kiểm tra việc quản lý quỹ nhà ở công vụ tại các địa phương
- Đơn vị chủ trì: Cục Quản lý nhà và thị trường bất động sản.
- Đơn vị phối hợp: Thanh tra Bộ.
- Thời gian thực hiện: Quý II/2026.
b) Tổng hợp kết quả kiểm tra, báo cáo Bộ trưởng
- Đơn vị chủ trì: Thanh tra Bộ.
- Thời gian thực hiện: Quý IV/2026.
"""


def test_plan_after_signature_run_into_its_title_is_read() -> None:
    draft = extract(SIGNED_PLAN, issued=date(2026, 2, 5))
    duties = _by_id(draft)
    assert lead_names(draft, duties["I.a"]) == ["Cục Quản lý nhà và thị trường bất động sản"]
    assert duties["I.a"]["windows"] == ["quý II/2026"]
    assert lead_names(draft, duties["I.b"]) == ["Thanh tra Bộ"]


def test_signature_cut_keeps_signer_and_title_apart() -> None:
    cut = crawled_cuts("BỘ TRƯỞNG Trần Văn An CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA NGÀNH XÂY DỰNG NĂM 2026")
    assert cut == ["BỘ TRƯỞNG Trần Văn An", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "CỦA NGÀNH XÂY DỰNG NĂM 2026"]
    # A heading in capitals naming a person is no signature.
    assert crawled_cuts("ỦY BAN NHÂN DÂN Tỉnh Kon Tum KẾ HOẠCH") == [
        "ỦY BAN NHÂN DÂN Tỉnh Kon Tum KẾ HOẠCH"
    ]


def test_caption_and_opening_paragraph_are_cut_apart() -> None:
    cut = crawled_cuts(
        "PHỤ LỤC 01 DANH MỤC VĂN BẢN NĂM 2026 (Kèm theo Quyết định số 5/QĐ-BXD ngày 08 tháng 01"
        " năm 2026) Thực hiện Nghị quyết số 01/NQ-CP, Bộ ban hành Chương trình."
    )
    assert cut[0] == "PHỤ LỤC 01 DANH MỤC VĂN BẢN NĂM 2026"
    assert cut[1].startswith("(Kèm theo")
    assert cut[2].startswith("Thực hiện")


LONG = "Tiếp tục triển khai các nhiệm vụ điều tra cơ bản địa chất về khoáng sản, bảo đảm"


def test_crawled_break_before_a_year_is_joined() -> None:
    rows, base = crawled_joins(
        [
            f"{LONG} định hướng chiến lược đến năm 2030, tầm nhìn đến năm",
            "2045. Xây dựng Luật.",
            "x",
        ]
    )
    assert rows[0].endswith("tầm nhìn đến năm 2045. Xây dựng Luật.")
    assert base == [1, 3]
    # A short line (a wrapped copy's) and a bullet after a colon stay apart.
    assert crawled_joins(["đến năm", "2045. Xây dựng"])[0] == ["đến năm", "2045. Xây dựng"]
    assert len(crawled_joins([f"{LONG} như sau:", "- Xây dựng kế hoạch"])[0]) == 2


def test_dash_pair_broken_by_the_crawler_is_joined() -> None:
    rows, _ = crawled_joins(
        [f"{LONG} theo yêu cầu của kế hoạch phát triển kinh tế", "- xã hội năm 2024."]
    )
    assert rows == [f"{LONG} theo yêu cầu của kế hoạch phát triển kinh tế - xã hội năm 2024."]


def test_lone_number_heading_and_first_subitem_are_cut() -> None:
    cut = crawled_cuts("Nhiệm vụ và giải pháp chủ yếu 2.1. Tiếp tục rà soát thể chế", "2.")
    assert cut == ["Nhiệm vụ và giải pháp chủ yếu", "2.1. Tiếp tục rà soát thể chế"]
    assert crawled_cuts("Nhiệm vụ và giải pháp chủ yếu 2.1. Tiếp tục", "Căn cứ") == [
        "Nhiệm vụ và giải pháp chủ yếu 2.1. Tiếp tục"
    ]


def test_portal_prefix_before_each_article_goes() -> None:
    rows, base = crawled_joins(
        ["Quyết định 12/QĐ-BYT năm 2026. Điều 2. Sửa đổi khoản 1 như sau:", "Căn cứ Luật."]
    )
    assert rows == ["Điều 2. Sửa đổi khoản 1 như sau:", "Căn cứ Luật."]
    assert base == [1, 2]
