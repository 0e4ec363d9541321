"""`nq42 extract` on task registers kept as data: JSON records, CSV exports (branch z80d).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from nq42cli.core.registers import register_text
from nq42cli.core.tables import roles


def _by_text(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["text"]: d for d in draft.duties}


def _lead(draft: Draft, duty: dict[str, Any]) -> list[str]:
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    refs = duty["owners"]
    leads = [r for r in refs if r["role"] == "lead"] or [
        r for r in refs if r["role"] == "responsible"
    ]
    return [r.get("as_written") or names[r["owner"]] for r in leads]


RECORDS = json.dumps(
    [
        {
            "item_id": "KH-2027-01",
            "title": "Thông tư hướng dẫn quản lý kinh phí bồi dưỡng công chức ngành thuế",
            "deadline": "09/2027",
            "status": "Chưa ban hành",
            "assignee": "Trần Văn Bình",
            "department": "Phòng Chính sách thuế",
            "note": "",
        },
        {
            "item_id": "KH-2027-02",
            "title": "Quyết định ban hành quy trình kiểm tra hồ sơ hoàn thuế",
            "deadline": "11/2027",
            "status": "Đang soạn thảo",
            "assignee": "Lê Thị Hoa",
            "department": "Phòng Kiểm tra nội bộ",
            "note": "Đã xin ý kiến ngày 02/3/2027",
        },
    ],
    ensure_ascii=False,
    indent=2,
)


def test_json_records_are_a_task_table() -> None:
    draft = extract(RECORDS, issued=date(2027, 1, 15), number="1/KH-CT")
    duties = _by_text(draft)
    first = duties["Thông tư hướng dẫn quản lý kinh phí bồi dưỡng công chức ngành thuế"]
    second = duties["Quyết định ban hành quy trình kiểm tra hồ sơ hoàn thuế"]
    # The unit, not the official the task is assigned to, leads.
    assert _lead(draft, first) == ["Phòng Chính sách thuế"]
    assert _lead(draft, second) == ["Phòng Kiểm tra nội bộ"]
    assert first["timing"] == "09/2027"
    assert second["timing"] == "11/2027"
    assert len(draft.duties) == 2
    assert any("JSON list of task records" in n for n in draft.notes)


def test_json_records_with_vietnamese_keys_in_any_order() -> None:
    records = [
        {
            "thoi_han": "Quý III/2027",
            "donViChuTri": "Sở Nội vụ",
            "nhiem_vu": "Rà soát vị trí việc làm trong các cơ quan chuyên môn",
        },
        {
            "thoi_han": "Tháng 12/2027",
            "donViChuTri": "Sở Tài chính",
            "nhiem_vu": "Tổng hợp dự toán kinh phí thực hiện đề án",
        },
    ]
    draft = extract(json.dumps(records, ensure_ascii=False), issued=date(2027, 2, 1), number="2/KH")
    duties = _by_text(draft)
    duty = duties["Rà soát vị trí việc làm trong các cơ quan chuyên môn"]
    assert _lead(draft, duty) == ["Sở Nội vụ"]
    assert duty["timing"] == "Quý III/2027"
    assert _lead(draft, duties["Tổng hợp dự toán kinh phí thực hiện đề án"]) == ["Sở Tài chính"]


CSV = (
    '"Phụ lục II\nDANH MỤC DỰ ÁN CHUYỂN ĐỔI SỐ NĂM 2027",,,,,\r\n'
    "(Kèm theo Kế hoạch số   /KH-UBND của UBND tỉnh),,,,,\r\n"
    ",,,,,\r\n"
    'STT,Tên dự án,Tổng mức đầu tư,Chủ đầu tư,Thời gian thực hiện,"Ghi chú\n(tiến độ)"\r\n'
    "A,DỰ ÁN CHUYỂN TIẾP,,,,\r\n"
    "1,Nâng cấp trung tâm tích hợp dữ liệu tỉnh,12.500,Sở Khoa học và Công nghệ ,2026-2027,x\r\n"
    "B,DỰ ÁN KHỞI CÔNG MỚI,,,,\r\n"
    '2,"Số hóa hồ sơ đất đai, xây dựng cơ sở dữ liệu địa chính",8.000,'
    "Văn phòng Đăng ký đất đai,2027,\r\n"
    "3,Triển khai nền tảng họp trực tuyến cấp xã,3.200,Văn phòng UBND tỉnh,2027-2029,\r\n"
    ",Ghi chú: các chủ đầu tư cập nhật tiến độ hằng tháng.,,,,"
)


def test_csv_export_is_a_task_table_led_by_its_investor() -> None:
    draft = extract(CSV, issued=date(2027, 1, 10), number="3/KH-UBND")
    duties = _by_text(draft)
    first = duties["Nâng cấp trung tâm tích hợp dữ liệu tỉnh"]
    second = duties["Số hóa hồ sơ đất đai, xây dựng cơ sở dữ liệu địa chính"]
    third = duties["Triển khai nền tảng họp trực tuyến cấp xã"]
    assert _lead(draft, first) == ["Sở Khoa học và Công nghệ"]
    assert _lead(draft, second) == ["Văn phòng Đăng ký đất đai"]
    assert _lead(draft, third) == ["Văn phòng UBND tỉnh"]
    assert first["timing"] == "2026-2027"
    assert third["timing"] == "2027-2029"
    assert len(draft.duties) == 3
    # The rows above the header are the appendix's title; the closing note stays out of
    # the last row.
    assert draft.data["plan"]["kind"] == "Phụ lục II"
    assert "Ghi chú" not in third["text"]


def test_investor_column_leads_only_without_a_chu_tri_column() -> None:
    assert roles(["STT", "Tên dự án", "Chủ đầu tư", "Thời gian thực hiện"])["lead"] == 2
    both = roles(["STT", "Nhiệm vụ", "Chủ đầu tư", "Cơ quan chủ trì", "Thời hạn"])
    assert both["lead"] == 3


def test_other_data_and_prose_are_not_registers() -> None:
    # A news record (one object), records naming no owner and no time, and prose with
    # commas stay with the other readers.
    assert register_text(json.dumps({"title": "Tin tức", "content": "Nội dung bài, viết"})) is None
    listing = [{"title": "Bài một về cải cách"}, {"title": "Bài hai về chuyển đổi số"}]
    assert register_text(json.dumps(listing, ensure_ascii=False)) is None
    prose = (
        "Giao Sở Tài chính, Sở Nội vụ chủ trì, phối hợp với các sở, ngành rà soát, báo cáo.\n"
        "STT, Nhiệm vụ, Cơ quan chủ trì, Thời hạn\n"
        "Các sở, ngành, địa phương triển khai thực hiện, bảo đảm tiến độ.\n"
    )
    assert register_text(prose) is None


def test_records_under_a_plan_object() -> None:
    plan = {
        "title": "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027",
        "year": 2027,
        "tasks": [
            {
                "stt": 1,
                "noi_dung": "Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết",
                "co_quan_chu_tri": "Văn phòng UBND tỉnh",
                "co_quan_phoi_hop": ["Sở Tư pháp", "Sở Nội vụ"],
                "thoi_gian_hoan_thanh": "30/6/2027",
            },
            {
                "stt": 2,
                "noi_dung": "Đánh giá chỉ số hài lòng của người dân",
                "co_quan_chu_tri": "Sở Nội vụ",
                "co_quan_phoi_hop": [],
                "thoi_gian_hoan_thanh": "15/11/2027",
            },
        ],
    }
    draft = extract(json.dumps(plan, ensure_ascii=False), issued=date(2027, 1, 5), number="5/KH")
    duties = _by_text(draft)
    first = duties["Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết"]
    assert _lead(draft, first) == ["Văn phòng UBND tỉnh"]
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    partners = [names[r["owner"]] for r in first["owners"] if r["role"] == "partner"]
    assert partners == ["Sở Tư pháp", "Sở Nội vụ"]
    assert first["windows"] == ["ngày 30/6/2027"]
    assert _lead(draft, duties["Đánh giá chỉ số hài lòng của người dân"]) == ["Sở Nội vụ"]
    # The register's own header row names no issuer.
    assert "Stt" not in str(draft.data["plan"]["issuer"])


def test_csv_parted_by_semicolons() -> None:
    # Written for Excel: a byte-order mark before the first cell.
    text = (
        "\ufeffSTT;Nhiệm vụ;Cơ quan chủ trì;Thời hạn\n"
        "1;Xây dựng quy chế quản lý dữ liệu dùng chung;Sở Khoa học và Công nghệ;Quý II/2027\n"
        '2;"Tập huấn kỹ năng số cho cán bộ, công chức";Sở Nội vụ;Tháng 9/2027\n'
    )
    draft = extract(text, issued=date(2027, 1, 5), number="6/KH")
    duties = _by_text(draft)
    duty = duties["Tập huấn kỹ năng số cho cán bộ, công chức"]
    assert _lead(draft, duty) == ["Sở Nội vụ"]
    assert duty["timing"] == "Tháng 9/2027"
    assert len(draft.duties) == 2


def test_json_lines_records() -> None:
    lines = [
        {"task": "Cập nhật bản đồ số hạ tầng viễn thông", "unit": "Phòng Hạ tầng", "due": "8/2027"},
        {"task": "Kiểm tra an toàn thông tin các cổng", "unit": "Phòng An toàn", "due": "10/2027"},
    ]
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in lines)
    draft = extract(text, issued=date(2027, 1, 5), number="7/KH")
    duties = _by_text(draft)
    duty = duties["Kiểm tra an toàn thông tin các cổng"]
    assert _lead(draft, duty) == ["Phòng An toàn"]
    assert duty["timing"] == "10/2027"


def test_a_feed_of_articles_is_no_register() -> None:
    feed = [
        {"title": "Tỉnh họp bàn kế hoạch chuyển đổi số", "time": "09:30 21/9/2026", "url": "/a"},
        {"title": "Khởi công cầu vượt sông", "time": "14:00 22/9/2026", "url": "/b"},
    ]
    assert register_text(json.dumps(feed, ensure_ascii=False)) is None


TSV_EXPORT = (
    "\tTên nhiệm vụ\tNguồn chỉ đạo\tĐơn vị /Cá nhân đầu mối\tĐơn vị /Cá nhân phối hợp\t"
    "Thời hạn HT\tTrạng thái\n"
    "1\tHoàn thiện dự thảo quy chế thi đua khen thưởng năm học mới\t12/TB-BGDĐT\t"
    '"• Vụ Thi đua Khen thưởng \n• Vụ Tổ chức cán bộ"\t\t20/05/2027\n'
    "2\tRà soát hồ sơ đề nghị công nhận chuẩn quốc gia\t12/TB-BGDĐT\t• Cục Quản lý chất lượng\t"
    '"• Vụ Giáo dục Trung học \n• Vụ Pháp chế [+] Xem thêm"\t30/06/2027\n'
    "3\tTổng hợp kiến nghị của cử tri gửi tới kỳ họp\tQH XV\t• Văn phòng Bộ\t\t15/07/2027\n"
)


def test_tab_separated_export_with_quoted_cells() -> None:
    assert register_text(TSV_EXPORT) is not None
    draft = extract(TSV_EXPORT, issued=date(2027, 4, 1), number="8/DS")
    duties = _by_text(draft)
    assert len(draft.duties) == 3
    first = duties["Hoàn thiện dự thảo quy chế thi đua khen thưởng năm học mới"]
    assert _lead(draft, first) == ["Vụ Thi đua Khen thưởng", "Vụ Tổ chức cán bộ"]
    # The web view's "show more" link is no part of the last partner's name.
    second = duties["Rà soát hồ sơ đề nghị công nhận chuẩn quốc gia"]
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    partners = [names[r["owner"]] for r in second["owners"] if r["role"] == "partner"]
    assert partners == ["Vụ Giáo dục Trung học", "Vụ Pháp chế"]
    third = duties["Tổng hợp kiến nghị của cử tri gửi tới kỳ họp"]
    assert _lead(draft, third) == ["Văn phòng Bộ"]
    assert third["windows"] == ["ngày 15/7/2027"]
