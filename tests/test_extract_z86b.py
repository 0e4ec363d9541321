"""`nq42 extract` on deadlines as signed and scanned plans print them (branch z86b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


def _plan(body: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\n\nKẾ HOẠCH\nTriển khai công tác năm 2025\n\n"
        "I. NHIỆM VỤ CỤ THỂ\n" + body
    )


def test_month_named_in_words_before_its_year() -> None:
    draft = extract(
        _plan(
            "1. Phòng Nội vụ tổng hợp danh sách, hoàn thành trong tháng Sáu năm 2025.\n"
            "2. Phòng Tài chính báo cáo kết quả trước ngày 15 tháng Mười hai năm 2025.\n"
        ),
        issued=date(2025, 3, 3),
    )
    duties = _by_id(draft)
    assert duties["I.1"]["windows"] == ["tháng 6/2025"]
    assert duties["I.2"]["windows"] == ["trước ngày 15/12/2025"]


def test_month_name_without_a_year_is_no_time() -> None:
    draft = extract(
        _plan("1. Phòng Văn hóa tổ chức kỷ niệm Cách mạng tháng Tám thành công.\n"),
        issued=date(2025, 3, 3),
    )
    assert _by_id(draft)["I.1"]["timing"] is None


def test_scanned_quarter_numerals() -> None:
    draft = extract(
        _plan(
            "1. Phòng Nội vụ rà soát hồ sơ, hoàn thành trong Quý LII năm 2025.\n"
            "2. Phòng Tư pháp tập huấn cán bộ trong quý 1V/2025.\n"
            "3. Phòng Y tế kiểm tra cơ sở trong Quý IlI/2025.\n"
            "4. Phòng Kinh tế khảo sát cụm công nghiệp trong Ouý IV/2025.\n"
        ),
        issued=date(2025, 3, 3),
    )
    duties = _by_id(draft)
    assert duties["I.1"]["windows"] == ["quý III/2025"]
    assert duties["I.2"]["windows"] == ["quý IV/2025"]
    assert duties["I.3"]["windows"] == ["quý III/2025"]
    assert duties["I.4"]["windows"] == ["quý IV/2025"]


def test_fund_number_is_no_quarter() -> None:
    draft = extract(
        _plan("1. Phòng Tài chính quyết toán Quỹ 111/2025 theo quy định.\n"),
        issued=date(2025, 3, 3),
    )
    assert _by_id(draft)["I.1"]["timing"] is None


def test_day_split_by_a_scan() -> None:
    draft = extract(
        _plan("1. Phòng Kinh tế gửi báo cáo về Ủy ban trước ngày 3 1/10/2025.\n"),
        issued=date(2025, 3, 3),
    )
    assert _by_id(draft)["I.1"]["windows"] == ["trước ngày 31/10/2025"]


def test_days_of_two_months_joined_by_a_dash() -> None:
    draft = extract(
        _plan(
            "1. Phòng Lao động tổ chức Tháng hành động, thực hiện từ ngày 15/11-15/12/2025.\n"
            "2. Phòng Giáo dục tổ chức ngày hội đọc sách (từ ngày 20/4 - 5/5).\n"
        ),
        issued=date(2025, 3, 3),
    )
    duties = _by_id(draft)
    assert duties["I.1"]["windows"] == ["ngày 15/11/2025 - ngày 15/12/2025"]
    assert duties["I.2"]["windows"] == ["ngày 20/4/2025 - ngày 5/5/2025"]


def test_scanned_quarter_heading_dates_its_items() -> None:
    draft = extract(
        _plan(
            "1. Quý LII năm 2025\n"
            "1.1. Tổ chức sơ kết công tác thi đua 6 tháng đầu năm;\n"
            "1.2. Tập huấn nghiệp vụ cho cán bộ làm công tác thi đua.\n"
            "2. Quý IV năm 2025\n"
            "2.1. Tổng kết công tác thi đua năm 2025.\n"
        ),
        issued=date(2025, 3, 3),
    )
    duties = _by_id(draft)
    assert duties["I.1.1"]["windows"] == ["quý III/2025"]
    assert duties["I.1.2"]["windows"] == ["quý III/2025"]


def test_scanned_letters_in_a_date() -> None:
    draft = extract(
        _plan(
            "1. Phòng Nội vụ trình phương án sắp xếp trước ngày 3O/6/2025.\n"
            "2. Phòng Tư pháp rà soát văn bản, hoàn thành trong tháng 1O/2025.\n"
            "3. Phòng Y tế báo cáo kết quả trước ngày l5/7/2025.\n"
        ),
        issued=date(2025, 3, 3),
    )
    duties = _by_id(draft)
    assert duties["I.1"]["windows"] == ["trước ngày 30/6/2025"]
    assert duties["I.2"]["windows"] == ["tháng 10/2025"]
    assert duties["I.3"]["windows"] == ["trước ngày 15/7/2025"]


def test_time_of_an_occasion_the_work_marks() -> None:
    draft = extract(
        _plan(
            "1. Để hưởng ứng Tháng hành động vì an toàn thực phẩm (tháng 5); Ngày toàn dân "
            "phòng, chống thiên tai (ngày 22/5), Phòng Nông nghiệp tổ chức tuyên truyền.\n"
            "2. Phòng Văn hóa tổ chức ra quân Tháng Thanh niên (tháng 3/2025).\n"
        ),
        issued=date(2025, 3, 3),
    )
    duties = _by_id(draft)
    assert duties["I.1"]["timing"] is None
    assert duties["I.2"]["windows"] == ["tháng 3/2025"]


def test_work_label_times_the_work_after_its_colon() -> None:
    draft = extract(
        _plan(
            "1. Phòng Quản lý đô thị triển khai các bước của dự án:\n"
            "- Tiến độ giải phóng mặt bằng, bàn giao đất sạch: Quý III/2026;\n"
            "- Tiến độ hoàn thành công trình và đưa vào sử dụng: Quý IV/2027.\n"
        ),
        issued=date(2025, 3, 3),
    )
    windows = [d["windows"] for d in draft.duties]
    assert ["quý III/2026"] in windows
    assert ["quý IV/2027"] in windows


def test_word_glued_to_its_figures() -> None:
    draft = extract(
        _plan(
            "1. Phòng Nội vụ trình đề án vị trí việc làm trước ngày30/6/2025.\n"
            "2. Phòng Tư pháp tổng kết công tác hòa giải trong tháng9/2025.\n"
            "3. Phòng Y tế sơ kết công tác phòng dịch trong QuýIII/2025.\n"
        ),
        issued=date(2025, 3, 3),
    )
    duties = _by_id(draft)
    assert duties["I.1"]["windows"] == ["trước ngày 30/6/2025"]
    assert duties["I.2"]["windows"] == ["tháng 9/2025"]
    assert duties["I.3"]["windows"] == ["quý III/2025"]


def test_done_by_line_under_the_work_dates_it() -> None:
    draft = extract(
        _plan(
            "1. Phòng Nội vụ rà soát, bổ sung quy hoạch cán bộ các cơ quan;\n"
            "Hoàn thành trước ngày 30/6/2025.\n"
            "2. Phòng Tư pháp rà soát văn bản quy phạm pháp luật của huyện.\n"
            "Thời hạn hoàn thành: Quý III/2025.\n"
        ),
        issued=date(2025, 3, 3),
    )
    duties = _by_id(draft)
    assert duties["I.1"]["windows"] == ["trước ngày 30/6/2025"]
    assert duties["I.2"]["windows"] == ["quý III/2025"]
    assert not any(".x" in d["id"] for d in draft.duties)


def test_two_quarters_joined_by_a_dash_end_with_the_later() -> None:
    draft = extract(
        _plan(
            "1. Phòng Nội vụ tổ chức thi tuyển công chức trong Quý II - III/2025.\n"
            "2. Phòng Tư pháp sơ kết công tác hòa giải trong Quý IV-2025.\n"
        ),
        issued=date(2025, 3, 3),
    )
    duties = _by_id(draft)
    assert duties["I.1"]["windows"] == ["tháng 4 - tháng 9/2025"]
    assert duties["I.2"]["windows"] == ["quý IV/2025"]


def test_days_of_one_month_listed() -> None:
    draft = extract(
        _plan(
            "1. Phòng Văn hóa tổ chức Liên hoan văn nghệ quần chúng vào các ngày 15, 16/7/2025.\n"
            "2. Phòng Giáo dục tổ chức tập huấn giáo viên vào ngày 20 và 21/8/2025.\n"
        ),
        issued=date(2025, 3, 3),
    )
    duties = _by_id(draft)
    assert duties["I.1"]["windows"] == ["ngày 15/7/2025 - ngày 16/7/2025"]
    assert duties["I.2"]["windows"] == ["ngày 20/8/2025 - ngày 21/8/2025"]


def test_time_set_off_at_the_end_of_the_work() -> None:
    draft = extract(
        _plan(
            "1. Phòng Kinh tế khảo sát hạ tầng các cụm công nghiệp - Quý III/2025.\n"
            "2. Phòng Nội vụ rà soát vị trí việc làm các cơ quan; tháng 9/2025.\n"
            "3. Phòng Tài chính tổng hợp kết quả thu ngân sách; năm 2025.\n"
        ),
        issued=date(2025, 3, 3),
    )
    duties = _by_id(draft)
    assert duties["I.1"]["windows"] == ["quý III/2025"]
    assert duties["I.2"]["windows"] == ["tháng 9/2025"]
    assert duties["I.3"]["timing"] is None


def test_step_with_its_own_end_dates_the_work_under_it() -> None:
    draft = extract(
        _plan(
            "1. Giai đoạn chuẩn bị (hoàn thành trước ngày 15/6/2025):\n"
            "a) Phòng Nội vụ xây dựng kế hoạch chi tiết;\n"
            "b) Phòng Tài chính bố trí kinh phí.\n"
            "2. Giai đoạn tổng kết (Quý IV/2025):\n"
            "a) Phòng Nội vụ tổng hợp báo cáo;\n"
            "b) Văn phòng tổ chức hội nghị tổng kết trước ngày 20/12/2025.\n"
            "3. Giai đoạn kiểm tra (từ ngày 01/10 đến ngày 30/11/2025):\n"
            "a) Phòng Nội vụ kiểm tra các xã;\n"
            "b) Phòng Tư pháp kiểm tra hồ sơ.\n"
        ),
        issued=date(2025, 3, 3),
    )
    duties = _by_id(draft)
    assert duties["I.1.a"]["windows"] == ["trước ngày 15/6/2025"]
    assert duties["I.1.b"]["windows"] == ["trước ngày 15/6/2025"]
    assert duties["I.2.a"]["windows"] == ["quý IV/2025"]
    assert duties["I.2.b"]["windows"] == ["trước ngày 20/12/2025"]
    # A stretch from one day to another is a period, not the step's end.
    assert duties["I.3.a"]["timing"] is None


def test_periodic_report_days_in_brackets_are_no_deadlines() -> None:
    draft = extract(
        _plan(
            "1. Phòng Nội vụ báo cáo kết quả định kỳ 6 tháng (trước ngày 15/6) và năm "
            "(trước ngày 15/12) về Ủy ban nhân dân huyện.\n"
            "2. Phòng Tư pháp báo cáo kết quả sơ kết (trước ngày 15/6).\n"
        ),
        issued=date(2025, 3, 3),
    )
    duties = _by_id(draft)
    assert duties["I.1"]["windows"] == ["định kỳ 6 tháng"]
    assert duties["I.2"]["windows"] == ["trước ngày 15/6/2025"]


def test_time_on_the_next_line_joined_to_the_work() -> None:
    draft = extract(
        _plan(
            "1. Phòng Kinh tế khảo sát hạ tầng các cụm công nghiệp\n"
            "Quý III/2025\n"
            "2. Phòng Nội vụ rà soát hồ sơ cán bộ tháng 6/2025\n"
        ),
        issued=date(2025, 3, 3),
    )
    duties = _by_id(draft)
    assert duties["I.1"]["windows"] == ["quý III/2025"]
    # Lower case, run on in the sentence: which records, not when.
    assert duties["I.2"]["timing"] is None


def test_month_named_in_words_as_a_block_heading() -> None:
    draft = extract(
        _plan(
            "1. Tháng Sáu năm 2025\n"
            "1.1. Tổ chức sơ kết công tác thi đua;\n"
            "1.2. Tập huấn nghiệp vụ cho cán bộ làm công tác thi đua.\n"
            "2. Tháng Mười hai năm 2025\n"
            "2.1. Tổng kết công tác thi đua.\n"
        ),
        issued=date(2025, 3, 3),
    )
    duties = _by_id(draft)
    assert duties["I.1.1"]["windows"] == ["tháng 6/2025"]
    assert duties["I.1.2"]["windows"] == ["tháng 6/2025"]
    assert duties["I.2.1"]["windows"] == ["tháng 12/2025"]
