"""`nq42 extract` on dates that are not a duty's time, and due-date fields (branch z80c).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


def _timings(draft: Draft) -> list[Any]:
    return [d["timing"] for d in draft.duties]


PLAN_HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH AN HÒA\n"
    "Số: 12/KH-UBND\n"
    "An Hòa, ngày 05 tháng 3 năm 2025\n"
    "KẾ HOẠCH\n"
    "Triển khai công tác năm 2025\n"
    "I. NHIỆM VỤ\n"
)


def test_due_date_field_under_a_point_is_its_time() -> None:
    text = PLAN_HEAD + (
        "1. Sở Tư pháp chủ trì xây dựng các văn bản sau:\n"
        "a) Quyết định quy định chi tiết về hòa giải ở cơ sở.\n"
        "- Cơ quan phối hợp: Sở Nội vụ, Sở Tài chính.\n"
        "- Thời gian trình: Tháng 6 năm 2025.\n"
        "b) Quyết định về quản lý cộng tác viên.\n"
        "- Cơ quan phối hợp: Sở Nội vụ.\n"
        "- Hạn nộp báo cáo: Trước ngày 15/8/2025.\n"
    )
    draft = extract(text, issued=date(2025, 3, 5), number="12/KH-UBND")
    assert [d["text"] for d in draft.duties if "Thời gian trình" in d["text"]] == []
    assert [d["text"] for d in draft.duties if "Hạn nộp" in d["text"]] == []
    windows = [d["windows"] for d in draft.duties]
    assert ["tháng 6/2025"] in windows
    assert ["trước ngày 15/8/2025"] in windows or ["ngày 14/8/2025"] in windows


def test_due_date_label_before_a_sentence_is_no_field() -> None:
    # "c) Thời hạn gửi báo cáo: Các cơ quan … gửi …": a rule with its own subject.
    text = PLAN_HEAD + (
        "1. Chế độ báo cáo:\n"
        "a) Sở Công Thương tổng hợp tình hình giá cả trên địa bàn.\n"
        "b) Thời hạn gửi báo cáo: Các sở, ngành định kỳ gửi báo cáo về Sở Tài chính "
        "trước ngày 05 của tháng tiếp theo.\n"
    )
    draft = extract(text, issued=date(2025, 3, 5), number="12/KH-UBND")
    assert any(d["text"].startswith("Thời hạn gửi báo cáo: Các sở") for d in draft.duties)


def test_year_of_an_aim_held_is_no_deadline() -> None:
    text = PLAN_HEAD + (
        "1. Trong bối cảnh mới, tỉnh với mục tiêu trở thành trung tâm công nghiệp vào năm "
        "2035 và mục tiêu giảm phát thải khí nhà kính (trung hòa các-bon) vào năm 2045, "
        "Sở Công Thương chủ trì rà soát các cơ chế hỗ trợ doanh nghiệp.\n"
    )
    draft = extract(text, issued=date(2025, 3, 5), number="12/KH-UBND")
    assert _timings(draft) == [None]


def test_newly_done_act_picks_out_a_noun() -> None:
    text = PLAN_HEAD + (
        "1. Các cơ quan, đơn vị lập danh sách người có nghĩa vụ kê khai lần đầu, gồm:\n"
        "- Viên chức mới được tuyển dụng, tiếp nhận trong năm 2025;\n"
        "2. Sở Tư pháp tổ chức phổ biến các luật mới ban hành trong năm 2025.\n"
    )
    draft = extract(text, issued=date(2025, 3, 5), number="12/KH-UBND")
    assert all(d["timing"] is None for d in draft.duties)


def test_day_a_letter_was_received_is_history() -> None:
    text = (
        "Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Nội vụ và thủ trưởng các đơn vị liên quan "
        "phối hợp rà soát biên chế các cơ quan, đơn vị.\n"
        "Ngày 12/5/2024, Ủy ban nhân dân tỉnh nhận được Công văn số 88/BNV-TCBC ngày "
        "10/5/2024 của Bộ Nội vụ về việc rà soát biên chế năm 2024.\n"
        "Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo:\n"
        "Giao Sở Nội vụ chủ trì rà soát biên chế các cơ quan, đơn vị.\n"
    )
    draft = extract(text)
    assert all(d["timing"] is None for d in draft.duties)


def test_year_of_a_goal_the_work_is_tied_to_is_no_deadline() -> None:
    text = PLAN_HEAD + (
        "1. Các huyện huy động nguồn lực của cộng đồng để hỗ trợ sửa chữa nhà ở cho hộ "
        "nghèo, gắn với việc hoàn thành chương trình nhà ở an toàn trong năm 2025.\n"
    )
    draft = extract(text, issued=date(2025, 3, 5), number="12/KH-UBND")
    assert _timings(draft) == [None]


def test_span_a_campaign_runs_over_is_no_deadline() -> None:
    text = PLAN_HEAD + (
        "1. Các sở, ngành tổ chức phát động đợt thi đua cao điểm từ nay đến hết năm 2025 "
        "nhằm hoàn thành các chỉ tiêu kinh tế - xã hội.\n"
    )
    draft = extract(text, issued=date(2025, 3, 5), number="12/KH-UBND")
    assert all(w != ["năm 2025"] for w in (d["windows"] for d in draft.duties))
    assert all(d["timing"] is None or "2025" not in str(d["windows"]) for d in draft.duties)


REGISTER = (
    "DANH SÁCH NHIỆM VỤ\n"
    "TT\tTên nhiệm vụ\tĐơn vị /Cá nhân đầu mối\tĐơn vị /Cá nhân phối hợp\tThời hạn HT\tTrạng thái\n"
    "1\tXây dựng quy chế thi nâng hạng giáo viên, gửi lấy ý kiến rộng rãi trong tháng 2 năm "
    "2017\tCục Nhà giáo\tVụ Pháp chế\t01/01/1970\tĐang thực hiện\n"
    "2\tRà soát chương trình đào tạo giáo viên mầm non\tVụ Giáo dục Mầm non\t\t30/06/2017\t"
    "Đang thực hiện\n"
    "3\tKhảo sát nhu cầu nhân lực để chuẩn bị cho việc mở ngành đào tạo mới trong năm 2017"
    "\tVụ Giáo dục Đại học\t\t\tĐang thực hiện\n"
)


def test_register_row_with_an_empty_time_cell_takes_its_task_words() -> None:
    draft = extract(REGISTER, issued=date(2017, 4, 11), number="1/DS-BGDĐT")
    duties = _by_id(draft)
    # The empty date: the task's own month, though it is before the register's date.
    assert duties["T.1"]["windows"] == ["tháng 2/2017"]
    assert duties["T.2"]["windows"] == ["ngày 30/6/2017"]
    # "để chuẩn bị cho việc mở ngành … trong năm 2017": the year of what it readies for.
    assert duties["T.3"]["timing"] is None


def test_from_now_to_a_part_of_a_year_before_finishing_is_a_deadline() -> None:
    text = PLAN_HEAD + (
        "1. Sở Văn hóa đẩy mạnh quảng bá du lịch. Từ nay đến đầu năm 2026, hoàn thành xây "
        "dựng trang thông tin về di sản của tỉnh.\n"
        "2. Sở Du lịch tiếp tục nghiên cứu sản phẩm du lịch từ nay đến năm 2030.\n"
    )
    draft = extract(text, issued=date(2025, 3, 5), number="12/KH-UBND")
    duties = {d["text"][:12]: d for d in draft.duties}
    first = next(d for k, d in duties.items() if k.startswith("Sở Văn hóa"))
    assert first["timing"] == "Từ nay đến đầu năm 2026"
    second = next(d for k, d in duties.items() if k.startswith("Sở Du lịch"))
    assert second["timing"] is None or "2030" not in str(second["windows"])


def test_a_transaction_is_no_giving_of_work() -> None:
    # "giao dịch" (a transaction) is not "giao" (to give work): the sentence goes on with
    # the task, and the time sentence closing the paragraph is the task's.
    text = (
        "Bộ trưởng Bộ Tài chính vừa có văn bản chỉ đạo các đơn vị thuộc Bộ tăng cường quản "
        "lý thị trường chứng khoán. Trong đó yêu cầu Thủ trưởng các đơn vị khẩn trương tổ "
        "chức thực hiện các nhiệm vụ.\n"
        "Cụ thể, Cục Quản lý giá chủ trì, phối hợp với các đơn vị liên quan tăng cường "
        "truyền thông, hướng dẫn nhà đầu tư thận trọng khi mua bán trên các sàn ngoại. Đặc "
        "biệt, tuyệt đối không thực hiện giao dịch với các sàn khi chưa được Bộ Tài chính "
        "cấp phép hoạt động. Thời gian thực hiện trong tháng 10/2024.\n"
        "Trong tháng 11/2024, Vụ Pháp chế chủ trì, phối hợp với các đơn vị liên quan rà soát "
        "các quy định về sàn giao dịch.\n"
        "Vụ Tổ chức cán bộ chủ trì, phối hợp với các đơn vị liên quan kiện toàn bộ máy.\n"
    )
    draft = extract(text)
    task = next(d for d in draft.duties if d["text"].startswith("Cụ thể, Cục Quản lý giá"))
    assert "tuyệt đối không thực hiện giao dịch" in task["text"]
    assert task["windows"] == ["tháng 10/2024"]
    assert not any(d["text"].startswith("Đặc biệt") for d in draft.duties)


def test_a_wish_voiced_and_a_closing_title_give_no_deadline() -> None:
    text = (
        "Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Xây dựng và thủ trưởng các đơn vị liên quan "
        "phối hợp đẩy nhanh giải phóng mặt bằng tuyến đường ven biển.\n"
        "Phó Chủ tịch UBND tỉnh cho hay, công tác bồi thường của tỉnh rất thuận lợi. Chúng "
        "tôi mong muốn khởi công dự án trong năm 2026.\n"
        "Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo:\n"
        "Giao Sở Xây dựng chủ trì rà soát hồ sơ dự án.\n"
        'Trên đây là "Yêu cầu báo cáo tiến độ dự án trước ngày 15/11/2025 với các chủ đầu '
        'tư trên địa bàn tỉnh".\n'
    )
    draft = extract(text)
    assert len(draft.duties) >= 3
    assert all(d["timing"] is None for d in draft.duties)
