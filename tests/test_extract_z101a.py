"""`nq42 extract` on duties told as prose, Q&A pages and quoted parts (branch z101a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import Draft, extract


def _texts(draft: Draft) -> list[str]:
    return [d["text"] for d in draft.duties]


PASSIVE_BULLET = """\
KẾ HOẠCH

II. NHIỆM VỤ

1. Xây dựng và ban hành mô hình kiến trúc kho dữ liệu hộ tịch:

- Xây dựng mô hình kiến trúc kho dữ liệu hộ tịch gồm kiến trúc dữ liệu và mô hình dữ liệu.

- Thiết lập cơ chế sao lưu, phục hồi dữ liệu định kỳ và khi có sự cố.

- Kiến trúc kho dữ liệu hộ tịch được theo dõi, đánh giá và cập nhật thường xuyên.
"""


def test_passive_and_thiet_lap_bullets_are_tasks_of_their_own() -> None:
    draft = extract(PASSIVE_BULLET, issued=date(2026, 1, 5), number="1/KH-UBND")
    texts = _texts(draft)
    assert any(t.startswith("Thiết lập cơ chế sao lưu") for t in texts)
    assert any(t.startswith("Kiến trúc kho dữ liệu hộ tịch được theo dõi") for t in texts)
    assert any(t.startswith("Xây dựng mô hình kiến trúc kho") for t in texts)


SPELLED_OUT = """\
KẾ HOẠCH

II. NHIỆM VỤ

1. Sửa đổi Quy chế quản lý kho dữ liệu hộ tịch để:

- Bảo đảm an toàn dữ liệu.

- Thông tin hộ tịch được chia sẻ đúng đối tượng.
"""


def test_points_completing_a_lead_in_stay_one_duty() -> None:
    draft = extract(SPELLED_OUT, issued=date(2026, 1, 5), number="2/KH-UBND")
    texts = _texts(draft)
    assert len(texts) == 1
    assert texts[0].startswith("Sửa đổi Quy chế")


QA_TARGETS_THEN_TASKS = """\
# Quyết định 88/QĐ-UBND 2025 về Kế hoạch chuyển đổi số của tỉnh ra sao?

Ngày 12/3/2025, UBND tỉnh ban hành Quyết định 88/QĐ-UBND năm 2025 về Kế hoạch chuyển đổi số.

Quyết định 88/QĐ-UBND 2025 về Kế hoạch chuyển đổi số của tỉnh ra sao? (Hình từ Internet)

**Mục tiêu chuyển đổi số theo Quyết định 88 ra sao?**

Căn cứ tại tiểu mục 1 Mục I Kế hoạch ban hành kèm theo Quyết định 88/QĐ-UBND năm 2025 quy \
định về mục tiêu như sau:

(1) Bảo đảm 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.

(2) Hoàn thành việc số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực.

(3) Bảo đảm 90% người dân được cấp tài khoản định danh điện tử.

**Nhiệm vụ chuyển đổi số theo Quyết định 88 được quy định như thế nào?**

Căn cứ tại tiểu mục 2 Mục II Kế hoạch ban hành kèm theo Quyết định 88/QĐ-UBND năm 2025 quy \
định về nhiệm vụ như sau:

- Rà soát, đánh giá hiện trạng hạ tầng công nghệ thông tin của các cơ quan.

- Tổ chức khảo sát mức độ hài lòng của người dân hằng năm.

- Xây dựng kho dữ liệu dùng chung của tỉnh.
"""


def test_qa_answer_on_targets_is_not_work_and_the_tasks_answer_is_read() -> None:
    draft = extract(QA_TARGETS_THEN_TASKS, issued=date(2025, 3, 12), number="88/QĐ-UBND")
    texts = _texts(draft)
    assert not any(t.startswith(("Bảo đảm 100%", "Hoàn thành việc số hóa")) for t in texts)
    assert any(t.startswith("Rà soát, đánh giá hiện trạng") for t in texts)
    assert any(t.startswith("Xây dựng kho dữ liệu dùng chung") for t in texts)


CAPTION_GLUED = (
    "Quảng Nam thực hiện chỉ đạo của Phó thủ tướng liên quan đến 'bãi biển Cửa Đại'\n"
    "Chiều 15.5, ông Lê Văn An, Chủ tịch UBND tỉnh Quảng Nam đã ký văn bản giao các sở, ngành "
    "và địa phương liên quan khẩn trương thực hiện chỉ đạo của Phó thủ tướng liên quan kiến nghị "
    "về điều chỉnh quy hoạch bãi biển Cửa Đại.\n"
    "Chủ tịch Quảng Nam Lê Văn An (đội mũ) trong lần kiểm tra bãi biển Cửa Đại vào tháng 3.2017 "
    "Theo đó, ông An đã giao Sở Xây dựng chủ trì, phối hợp với các Sở: TN-MT, Du lịch, UBND "
    "TP.Hội An và các cơ quan liên quan khẩn trương triển khai thực hiện ý kiến chỉ đạo của Phó "
    "thủ tướng tại công văn ban hành vào ngày 12.5. Ông An yêu cầu, các ngành báo cáo UBND tỉnh "
    "trước ngày 23.5 để tổng hợp, báo cáo Thủ tướng trước ngày 30.5. Chiều 15.5, trả lời phóng "
    "viên, ông An cho biết: “Các ngành sẽ rà soát các vấn đề liên quan rồi báo cáo Thủ tướng”. "
    "Trao đổi với PV, Phó chủ tịch UBND tỉnh cho hay, vấn đề này sẽ được đưa ra thảo luận tại "
    "cuộc họp giao ban. Hoàng Sơn\n"
)


def test_caption_glued_before_theo_do_is_cut_off_the_request() -> None:
    draft = extract(CAPTION_GLUED, issued=date(2017, 5, 15), number=None)
    texts = _texts(draft)
    assert not any(t.startswith("Chủ tịch Quảng Nam") for t in texts)
    assert any(t.startswith("Theo đó, ông An đã giao Sở Xây dựng") for t in texts)


def test_related_link_glued_before_theo_do_is_cut_off_the_request() -> None:
    text = CAPTION_GLUED.replace(
        "Chủ tịch Quảng Nam Lê Văn An (đội mũ) trong lần kiểm tra bãi biển Cửa Đại vào tháng"
        " 3.2017 ",
        "Ông An đã nhiều lần kiểm tra bãi biển. [Đề xuất thêm nhiều bãi biển điều chỉnh"
        " quy hoạch]  ",
    )
    draft = extract(text, issued=date(2017, 5, 15), number=None)
    texts = _texts(draft)
    assert any(t.startswith("Theo đó, ông An đã giao Sở Xây dựng") for t in texts)
