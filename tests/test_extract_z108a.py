"""`nq42 extract` on the articles of ministries' decisions (branch z108a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names


def _by_text(draft: Draft, start: str) -> dict[str, Any]:
    return next(d for d in draft.duties if d["text"].startswith(start))


DECISION = (
    "QUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này danh mục mã dùng chung.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký, ban hành.\n\n"
    "Điều 3.Quy định áp dụng đối với danh mục mã xét nghiệm Cơ sở khám bệnh, chữa bệnh"
    " sử dụng mã chỉ số xét nghiệm tại các phụ lục ban hành kèm theo Quyết định số 12/QĐ-BYT.\n"
    "Đối với các chỉ số chưa có tại các phụ lục, các cơ sở khám bệnh, chữa bệnh tiếp tục"
    " thực hiện theo Phụ lục 11 cho đến khi có văn bản quy định thay thế.\n\n"
    "Điều 4.\n"
    "Các danh mục mã ban hành kèm theo Quyết định này là dữ liệu đầu vào. Các cơ sở khám"
    " bệnh, chữa bệnh và cơ quan bảo hiểm xã hội có trách nhiệm cập nhật các danh mục mã"
    " vào phần mềm chậm nhất ngày 01 tháng 8 năm 2025.\n\n"
    "Điều 5.\n"
    "Chánh Văn phòng Bộ, Vụ trưởng các Vụ chịu trách nhiệm thi hành Quyết định này./.\n"
)


def test_closing_articles_that_assign_work_are_duties() -> None:
    draft = extract(DECISION, issued=date(2025, 6, 19), number="2010/QĐ-BYT")
    uses = _by_text(draft, "Cơ sở khám bệnh, chữa bệnh sử dụng")
    assert lead_names(draft, uses) == ["Cơ sở khám bệnh, chữa bệnh"]
    _by_text(draft, "Đối với các chỉ số chưa có")
    update = next(d for d in draft.duties if "có trách nhiệm cập nhật" in d["text"])
    assert "dữ liệu đầu vào" not in update["text"]
    assert update["windows"] == ["ngày 1/8/2025"]
    assert not any("thi hành Quyết định" in d["text"] for d in draft.duties)
    assert not any("có hiệu lực" in d["text"] for d in draft.duties)


AMENDING = (
    "QUYẾT ĐỊNH:\n\n"
    "Điều 1. Sửa đổi, bổ sung một số quy định tại Quyết định số 130/QĐ-BYT\n"
    "1. Sửa đổi, bổ sung khoản 3 Điều 4 như sau:\n"
    "Các cơ sở khám bệnh, chữa bệnh và cơ quan bảo hiểm xã hội có trách nhiệm thực hiện"
    " kiểm thử việc gửi và nhận dữ liệu điện tử kể từ ngày 01 tháng 4 năm 2024.\n"
    "2. Sửa đổi, bổ sung khoản 4 Điều 4 như sau:\n"
    "Các cơ sở khám bệnh, chữa bệnh có trách nhiệm chính thức gửi dữ liệu điện tử.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký, ban hành.\n"
)


def test_amended_wording_is_the_duty_not_the_amending_formula() -> None:
    draft = extract(AMENDING, issued=date(2023, 12, 29), number="4750/QĐ-BYT")
    test = _by_text(draft, "Các cơ sở khám bệnh, chữa bệnh và cơ quan bảo hiểm xã hội")
    assert "Sửa đổi" not in test["text"]
    assert lead_names(draft, test) == [
        "Các cơ sở khám bệnh, chữa bệnh",
        "cơ quan bảo hiểm xã hội",
    ]
    _by_text(draft, "Các cơ sở khám bệnh, chữa bệnh có trách nhiệm chính thức")
    assert not any(d["text"].startswith("Sửa đổi") for d in draft.duties)


LETTER = (
    "Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n"
    "Để bảo đảm cơ sở khám bệnh, chữa bệnh hoạt động theo đúng quy định, Bộ Y tế đề nghị"
    " Đ/c Chủ tịch UBND tỉnh, thành phố tiếp tục chỉ đạo thực hiện một số nội dung sau:\n"
    "1. Đầu tư, nâng cấp trang thiết bị y tế đối với cơ sở khám bệnh, chữa bệnh trên địa bàn.\n"
    "2. Chỉ đạo Sở Y tế thực hiện nghiêm túc việc cấp chứng chỉ hành nghề.\n"
    "Trân trọng cảm ơn./.\n"
)


def test_abbreviated_honorific_before_the_office_asked() -> None:
    draft = extract(LETTER, issued=date(2014, 1, 27), number="384/BYT-KCB")
    first = _by_text(draft, "Đầu tư, nâng cấp")
    assert lead_names(draft, first) == ["Chủ tịch UBND tỉnh, thành phố"]


PROCEDURE = (
    "QUYẾT ĐỊNH:\n\n"
    "Điều 9. Quy trình giám định điều kiện thanh toán thuốc\n"
    "1. Thu thập tài liệu, cập nhật danh mục thuốc\n"
    "1.1. Trung tâm Giám định cập nhật danh mục thuốc trúng thầu lên Cổng tiếp nhận.\n"
    "1.2. BHXH tỉnh\n"
    "1.2.1. Hướng dẫn cơ sở khám bệnh, chữa bệnh gửi tài liệu lên Cổng tiếp nhận.\n"
    "1.2.2. Cập nhật danh mục thuốc mua sắm lên phần mềm Giám định.\n"
    "2. Giám định danh mục thuốc\n"
    "2.1. Phần mềm Giám định đối chiếu danh mục thuốc.\n"
)


def test_a_numbered_body_heads_its_deeper_steps() -> None:
    draft = extract(PROCEDURE, issued=date(2022, 12, 12), number="3618/QĐ-BHXH")
    for start in ("Hướng dẫn cơ sở khám bệnh", "Cập nhật danh mục thuốc mua sắm"):
        assert lead_names(draft, _by_text(draft, start)) == ["BHXH tỉnh"]
