"""`nq42 extract` on a department's short OCR'd letters (branch z89b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import extract
from tests.extract_helpers import lead_names

HEAD = (
    "UBND TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "SỞ Y TẾ Độc lập - Tự do - Hạnh phúc\n\n"
    "Số: 120/SYT-NVY An Giang, ngày 02 tháng 10 năm 2017\n"
    "V/v báo cáo hoạt động chuyên môn\n\n"
)
ADDRESSEES = (
    "Kính gửi:\n"
    "- Giám đốc các bệnh viện trong tỉnh;\n"
    "- Giám đốc trung tâm y tế huyện, thị, thành phố.\n"
    "(sau đây gọi chung là thủ trưởng các đơn vị)\n\n"
)
CLOSING = (
    "Mọi thông tin chi tiết xin liên hệ Phòng Nghiệp vụ Y, số điện thoại: 0296.3852.111./.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)


def _only(text: str) -> dict[str, object]:
    draft = extract(text, issued=date(2017, 10, 2), number="120/SYT-NVY")
    assert len(draft.duties) == 1, [d["text"] for d in draft.duties]
    return draft.duties[0] | {"leads": lead_names(draft, draft.duties[0])}


def test_head_of_department_asks_past_the_frame_and_is_due_by_the_next_request() -> None:
    text = (
        HEAD
        + ADDRESSEES
        + "Thực hiện Công văn số 1881/KCB-QLCL ngày 22 tháng 9 năm 2017 của Cục Quản lý Khám,\n"
        "chữa bệnh về việc báo cáo kết quả thực hiện Đề án, Giám đốc Sở Y tê yêu câu thủ\n"
        "trưởng các đơn vị rà soát và khẩn trương chỉ đạo báo cáo kết quả thực hiện Đề án.\n\n"
        "Đề nghị các đơn vị hoàn chỉnh báo cáo và nhập liệu trước ngày 15/10/2017 để Bộ Y tế\n"
        "tổng hợp báo cáo Thủ tướng Chính phủ.\n\n" + CLOSING
    )
    duty = _only(text)
    assert str(duty["text"]).startswith("Giám đốc Sở Y tê yêu câu thủ trưởng")
    assert duty["leads"] == ["thủ trưởng các đơn vị"]
    assert duty["windows"] == ["trước ngày 15/10/2017"]


def test_sending_back_paragraph_dates_the_request_just_above_it() -> None:
    request = (
        "Giám đốc Sở Y tế đề nghị thủ trưởng các đơn vị báo cáo hoạt động chuyên môn năm\n"
        "2017 theo biểu mẫu đính kèm.\n\n"
    )
    sent = (
        "_ Văn bản báo cáo của các đơn vị gửi về Phòng Nghiệp vụ Y - Sở Y tế chậm nhất ngày\n"
        "20/10/2017 và qua địa chỉ email.\n\n"
    )
    duty = _only(HEAD + ADDRESSEES + request + sent + CLOSING)
    assert duty["windows"] == ["ngày 20/10/2017"]
    # A note between them may be due then too, or not: the date is nobody's for sure.
    note = "Lưu ý: Các phòng khám ngoài giờ tại địa phương do Phòng Y tế tổng hợp.\n\n"
    duty = _only(HEAD + ADDRESSEES + request + note + sent + CLOSING)
    assert duty["windows"] == ["không thời hạn"]


def test_stamp_read_into_the_addressee_line_and_units_that_watch() -> None:
    text = (
        HEAD + "HÓA. xốc] Kính gửi: Các cơ sở y tế trên địa bàn tỉnh.\n\n"
        "Căn cứ Công điện khẩn số 1407/CĐ-BYT ngày 23/9/2017 của Bộ Y tế về việc ứng phó bão.\n\n"
        "Sở Y tế yêu cầu các đơn vị theo dõi chặt chẽ diễn biến của mưa bão, khẩn trương\n"
        "triển khai kế hoạch ứng phó, tổ chức trực cấp cứu sẵn sàng.\n\n" + CLOSING
    )
    duty = _only(text)
    assert str(duty["text"]).startswith("Sở Y tế yêu cầu các đơn vị theo dõi")
    assert duty["leads"] == ["các đơn vị"]


def test_ask_after_the_purpose_sentence_and_recipients_without_their_line() -> None:
    text = (
        HEAD
        + ADDRESSEES
        + "Nhằm nâng cao kiến thức cho bác sỹ chuyên ngành (theo quy định Thông tư số\n"
        "22/2013/TT-BYT ngày 02/8/2013 của Bộ Y tế). Giám đôc Sở Y tê đê nghị thủ trưởng các\n"
        "đơn vị cử cán bộ tham dự tập huấn theo nội dung công văn trên.\n\n"
        "Thông tin chi tiết xin liên hệ Phòng Nghiệp vụ Y, ĐT: 02.973.872.704. “sử\n\n"
        "“Nhưệp ¿fo GIÁM BỐC\n- BGĐ SYT (để b/c);\n- Lưu: VT, NVY.\n"
    )
    duty = _only(text)
    assert str(duty["text"]).startswith("Giám đôc Sở Y tê đê nghị thủ trưởng")
    assert duty["leads"] == ["thủ trưởng các đơn vị"]


def test_purpose_misread_with_the_wrong_tone_still_frames_the_request() -> None:
    text = (
        HEAD
        + ADDRESSEES
        + "Đề kịp thời báo cáo về Bộ Y tế, Giám đốc Sở Y tế yêu cầu thủ trưởng các đơn vị\n"
        "chỉ đạo báo cáo nhanh theo Công văn số 1985/SYT-NVY ngày 17/9/2017.\n\n"
        "Văn bản báo cáo của các đơn vị xin gửi về Sở Y tế qua phòng Nghiệp vụ Y chậm nhất\n"
        "ngày 14/10/2017.\n\n" + CLOSING
    )
    duty = _only(text)
    assert duty["leads"] == ["thủ trưởng các đơn vị"]
    assert duty["windows"] == ["ngày 14/10/2017"]


def test_speck_after_a_dash_leaves_the_field_a_field() -> None:
    text = (
        "THÔNG BÁO\n\nVề lịch nghiệm thu đề tài năm 2017\n\n"
        "Sở Y tế thông báo lịch nghiệm thu đề tài năm 2017 như sau:\n\n"
        "1. Về lịch nghiệm thu đề tài:\n\n"
        "1.1 Hội đồng khối Nội - Nhi (Hội đồng 1):\n\n"
        "-_ Thời gian: ngày 20/10/2017\n\n"
        "-_ Địa điểm: Hội trường nhỏ Sở Y tế.\n\n"
        "1.2 Hội đồng khối Ngoại - Sản (Hội đồng 2):\n\n"
        "-_ Thời gian: ngày 27/10/2017\n\n"
        "-_ Địa điểm: Hội trường lớn Sở Y tế.\n"
    )
    draft = extract(text, issued=date(2017, 10, 2), number="1972/TB-SYT")
    assert [d["text"][:9] for d in draft.duties] == ["Hội đồng ", "Hội đồng "]
    assert [d["windows"] for d in draft.duties] == [["ngày 20/10/2017"], ["ngày 27/10/2017"]]


def test_first_item_number_read_with_dashes_around_it() -> None:
    text = (
        HEAD + "Kính gửi: Thủ trưởng các cơ sở y tế trong tỉnh.\n\n"
        "Thực hiện Công văn số 1141/MT-YT ngày 24 tháng 9 năm 2017 của Cục Quản lý Môi trường\n"
        "Y tế, Giám đốc Sở Y tế yêu cầu thủ trưởng các cơ sở y tế chỉ đạo thực hiện những nội\n"
        "dung như sau:\n\n"
        "- 1, Thực hiện nghiêm các quy định của pháp luật về quản lý chất thải y tế.\n\n"
        "2. Tăng cường đào tạo, tập huấn, phổ biến pháp luật về quản lý chất thải y tế.\n\n"
        + CLOSING
    )
    draft = extract(text, issued=date(2017, 10, 2), number="2082/SYT-NVY")
    first = next(d for d in draft.duties if d["text"].startswith("Thực hiện nghiêm"))
    assert first["id"].endswith("1")
    assert lead_names(draft, first) == ["thủ trưởng các cơ sở y tế"]


def test_specks_after_an_item_sentence_leave_it_a_sentence() -> None:
    text = (
        HEAD + "Kính gửi: Thủ trưởng các cơ sở y tế trong tỉnh.\n\n"
        "Thực hiện Công văn số 1141/MT-YT ngày 24 tháng 9 năm 2017 của Cục Quản lý Môi trường\n"
        "Y tế, Giám đốc Sở Y tế yêu cầu thủ trưởng các cơ sở y tế chỉ đạo thực hiện những nội\n"
        "dung như sau:\n\n"
        "1. Thực hiện nghiêm các quy định của pháp luật về quản lý chất thải y tế.\n\n"
        "2. Tăng cường đào tạo, tập huấn, phổ biến pháp luật tại đơn vị. ˆˆ\n\n"
        "Nhận được Công văn yêu cầu thủ trưởng các cơ sở y tế khẩn trương chỉ đạo thực hiện,\n"
        "mọi thông tin chi tiết xin liên hệ Phòng Nghiệp vụ Y, số điện thoại: 0296.3852.111./.\n"
    )
    draft = extract(text, issued=date(2017, 10, 2), number="2082/SYT-NVY")
    assert any(d["text"].startswith("Tăng cường đào tạo") for d in draft.duties)
