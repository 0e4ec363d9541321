"""`nq42 extract` on lead owners and scanned labels of plans and reports (branch z87c).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import owner_names


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


REPORTED_POINTS = (
    "Sáng 12/9, UBND tỉnh Hòa Bình họp báo về tình hình kinh tế 8 tháng đầu năm.\n"
    "Trong quý IV, để hoàn thành các chỉ tiêu đề ra năm 2025, UBND tỉnh Hòa Bình yêu cầu "
    "các sở, ngành, địa phương tập trung vào một số nội dung như: Đẩy nhanh tiến độ giải "
    "ngân vốn đầu tư công, nhất là các công trình giao thông trọng điểm.\n"
    "Rà soát, tháo gỡ vướng mắc về đất đai cho các dự án đang triển khai.\n"
)


def test_request_run_into_its_first_point_gives_the_point() -> None:
    draft = extract(REPORTED_POINTS, issued=date(2025, 9, 12))
    first = draft.duties[0]
    assert first["text"].startswith("Đẩy nhanh tiến độ giải ngân")
    assert "sở" in " ".join(owner_names(draft, first))


def test_request_run_into_its_first_point_is_a_valid_plan() -> None:
    # The window stays the lead-in's ("Trong quý IV"), which the cut text no longer
    # holds: the draft quotes it as a time given to the work, not from its text, so
    # it is a plan file `nq42 validate` accepts.
    from nq42cli.core.loader import load_plan_text
    from nq42cli.render.draft import plan_text

    draft = extract(REPORTED_POINTS, issued=date(2025, 9, 12))
    first = draft.duties[0]
    assert first["timing"] == "Trong quý IV"
    assert first.get("timing_source") != "text"
    load_plan_text(plan_text(draft, "vi"), "<draft>")


SPECKED_POINTS = (
    "KẾ HOẠCH\n"
    "Phòng chống đuối nước cho trẻ em năm 2026\n"
    "\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "\n"
    "_a) Trung tâm Kiểm soát bệnh tật tỉnh có trách nhiệm:\n"
    "\n"
    "- Xây dựng tài liệu hướng dẫn sơ cứu đuối nước.\n"
    "\n"
    "- Tổ chức tập huấn cho nhân viên y tế thôn bản.\n"
    "\n"
    "b) Hội Chữ thập đỏ tỉnh phối hợp tuyên truyền kỹ năng an toàn.\n"
    "\n"
    "c) Trung tâm Y tế các huyện tổ chức thống kê các trường hợp đuối nước.\n"
    "\n"
    ": d) Bệnh viện Đa khoa tỉnh bảo đảm cấp cứu kịp thời các ca đuối nước.\n"
)


def test_scan_specks_before_a_points_letter() -> None:
    draft = extract(SPECKED_POINTS, issued=date(2026, 3, 2), number="15/KH-SYT")
    duties = _by_id(draft)
    assert "II.a.1" in duties
    assert owner_names(draft, duties["II.a.1"]) == ["Trung tâm Kiểm soát bệnh tật tỉnh"]
    assert duties["II.d"]["text"].startswith("Bệnh viện Đa khoa tỉnh bảo đảm")


FOCAL_POINT = (
    "KẾ HOẠCH\n"
    "Rà soát trang thiết bị y tế năm 2026\n"
    "\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "\n"
    "1. Giao phòng Nghiệp vụ Dược Sở Y tế là đầu mối tổng hợp số liệu và báo cáo Giám "
    "đốc Sở.\n"
    "\n"
    "2. Giao Trung tâm Kiểm nghiệm tỉnh là đơn vị thường trực, theo dõi việc thực hiện.\n"
)


def test_focal_role_after_a_given_body_ends_its_name() -> None:
    draft = extract(FOCAL_POINT, issued=date(2026, 4, 1), number="20/KH-SYT")
    duties = _by_id(draft)
    assert owner_names(draft, duties["II.1"]) == ["phòng Nghiệp vụ Dược Sở Y tế"]
    assert owner_names(draft, duties["II.2"]) == ["Trung tâm Kiểm nghiệm tỉnh"]


BARRED_TITLES = (
    "CHƯƠNG TRÌNH PHỐI HỢP\n"
    "Xây dựng đời sống văn hóa năm 2026\n"
    "\n"
    "I. MỤC ĐÍCH\n"
    "\n"
    "Nâng cao đời sống tinh thần của người lao động.\n"
    "\n"
    "II. YÊU CẦU\n"
    "\n"
    "Phối hợp thường xuyên, thiết thực.\n"
    "\n"
    "| TH. NỘI DUNG PHỐI HỢP\n"
    "\n"
    "1. Tổ chức hội thi văn nghệ quần chúng cho người lao động.\n"
    "\n"
    "IV. PHÂN CÔNG TRÁCH NHIỆM\n"
    "\n"
    "1. Sở Văn hóa và Thể thao: |\n"
    "\n"
    "Hướng dẫn chuyên môn cho các đội văn nghệ cơ sở.\n"
    "\n"
    "Cử cán bộ tham gia ban giám khảo các hội thi.\n"
)


def test_scanned_roman_and_barred_lead_in() -> None:
    draft = extract(BARRED_TITLES, issued=date(2026, 5, 4), number="3/CTPH")
    duties = _by_id(draft)
    assert "III.1" in duties
    owned = [d for d in draft.duties if d["id"].startswith("IV.1")]
    assert len(owned) == 2
    assert all(owner_names(draft, d) == ["Sở Văn hóa và Thể thao"] for d in owned)


def test_times_a_cycle_is_no_quarter_or_month() -> None:
    text = (
        "KẾ HOẠCH\n"
        "Hoạt động thể thao năm 2026\n"
        "\n"
        "I. NỘI DUNG\n"
        "\n"
        "1. Công đoàn tỉnh tổ chức sân chơi cuối tuần (mỗi quý 1 lần).\n"
        "\n"
        "2. Công đoàn tỉnh tổ chức giao lưu bóng đá (mỗi tháng 2 lần).\n"
    )
    draft = extract(text, issued=date(2026, 1, 5), number="4/KH-CĐ")
    duties = _by_id(draft)
    assert duties["I.1"]["windows"] == ["hằng quý"]
    assert duties["I.2"]["windows"] == ["hằng tháng"]


def test_court_president_after_other_heads_is_an_owner_of_its_own() -> None:
    text = (
        "CHỈ THỊ\n"
        "Về tăng cường cải cách tư pháp năm 2026\n"
        "\n"
        "1. Đề nghị Giám đốc Công an tỉnh, Viện trưởng Viện kiểm sát nhân dân tỉnh, Chánh án "
        "Tòa án nhân dân tỉnh chỉ đạo thực hiện:\n"
        "\n"
        "- Đẩy nhanh việc giải quyết các vụ án kinh tế.\n"
    )
    draft = extract(text, issued=date(2026, 2, 9), number="2/CT-UBND")
    duty = draft.duties[0]
    assert owner_names(draft, duty) == [
        "Giám đốc Công an tỉnh",
        "Viện trưởng Viện kiểm sát nhân dân tỉnh",
        "Chánh án Tòa án nhân dân tỉnh",
    ]


def test_dash_speck_inside_a_sentence_is_no_bullet() -> None:
    text = (
        "THÔNG BÁO\n"
        "Về bảo đảm an ninh khu ký túc xá\n"
        "\n"
        "Ban giám hiệu đề nghị:\n"
        "1. Phòng Hành chính bố trí thêm camera ở cổng ký túc xá.\n"
        "2. Phòng Công tác Sinh viên phối hợp với Hội sinh viên thành lập các\n"
        "- tổ tự quản an ninh tại từng tầng ký túc xá.\n"
        "3. Phòng Quản trị sửa chữa hệ thống chiếu sáng.\n"
    )
    draft = extract(text, issued=date(2026, 3, 9), number="5/TB-BGH")
    texts = [d["text"] for d in draft.duties]
    assert any(t.startswith("Phòng Công tác Sinh viên") and "tổ tự quản" in t for t in texts)


def test_department_heads_then_district_chairs_are_two_owners() -> None:
    text = (
        "CHỈ THỊ\n"
        "Về tăng cường công tác cải cách hành chính năm 2026\n"
        "\n"
        "1. Thủ trưởng các sở, ban ngành tỉnh, Chủ tịch UBND cấp huyện\n"
        "\n"
        "a) Rà soát, công khai các thủ tục hành chính thuộc thẩm quyền.\n"
    )
    draft = extract(text, issued=date(2026, 2, 9), number="3/CT-UBND")
    duty = draft.duties[0]
    assert owner_names(draft, duty) == [
        "Thủ trưởng các sở, ban ngành tỉnh",
        "Chủ tịch UBND cấp huyện",
    ]


NEWS_FACTS = (
    "Năm 2025, tỉnh Hà Giang được Thủ tướng Chính phủ giao gần 5.100 tỷ đồng vốn đầu tư "
    "công, tăng 900 tỷ đồng so với năm trước.\n"
    "UBND tỉnh Hà Giang yêu cầu các chủ đầu tư giải ngân hết vốn trước ngày 31/12/2025.\n"
)


def test_funds_allotted_for_a_year_set_no_deadline() -> None:
    draft = extract(NEWS_FACTS, issued=date(2025, 10, 2))
    allotted, asked = draft.duties
    assert allotted["timing"] is None
    assert asked["windows"] == ["trước ngày 31/12/2025"]


def test_scanned_g_after_a_points_bullets() -> None:
    text = (
        "KẾ HOẠCH\n"
        "Phòng chống dịch sốt xuất huyết năm 2026\n"
        "\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "\n"
        "a) Sở Y tế chủ trì tổ chức thực hiện kế hoạch.\n"
        "b) Sở Tài chính bố trí kinh phí.\n"
        "c) Sở Giáo dục và Đào tạo tuyên truyền trong trường học.\n"
        "d) Đài Phát thanh và Truyền hình tỉnh đưa tin thường xuyên.\n"
        "đ) Hội Chữ thập đỏ tỉnh vận động tình nguyện viên.\n"
        "e) Bệnh viện Đa khoa tỉnh:\n"
        "- Bảo đảm thuốc, dịch truyền cấp cứu.\n"
        "- Tập huấn điều trị cho tuyến dưới.\n"
        "ø) Công an tỉnh bảo đảm an ninh tại các điểm phun hóa chất.\n"
    )
    draft = extract(text, issued=date(2026, 4, 6), number="9/KH-UBND")
    duties = _by_id(draft)
    assert duties["II.g"]["text"].startswith("Công an tỉnh")


def test_publishing_verb_ends_the_owners_name() -> None:
    text = (
        "QUYẾT ĐỊNH\n"
        "Về chính sách phát triển cây giống năm 2026\n"
        "\n"
        "Điều 5. Trách nhiệm thi hành\n"
        "\n"
        "a) Ủy ban nhân dân cấp tỉnh công bố giá cây giống lâm nghiệp trên địa bàn.\n"
    )
    draft = extract(text, issued=date(2026, 6, 1), number="12/2026/QĐ-TTg")
    assert owner_names(draft, draft.duties[0]) == ["Ủy ban nhân dân cấp tỉnh"]


def test_colon_speck_before_a_dash_bullet() -> None:
    text = (
        "KẾ HOẠCH\n"
        "Thi hành án năm 2026\n"
        "\n"
        "I. TRÁCH NHIỆM\n"
        "\n"
        "a) Cục Thi hành án dân sự tỉnh:\n"
        "\n"
        "- Theo dõi việc thi hành các bản án hành chính.\n"
        "\n"
        ": - Thống kê kết quả thi hành án định kỳ hằng năm.\n"
    )
    draft = extract(text, issued=date(2026, 1, 12), number="2/KH-UBND")
    bullets = [d for d in draft.duties if d["id"].startswith("I.a.")]
    assert [d["text"][:8] for d in bullets] == ["Theo dõi", "Thống kê"]
    assert all(owner_names(draft, d) == ["Cục Thi hành án dân sự tỉnh"] for d in bullets)
