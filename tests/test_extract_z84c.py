"""`nq42 extract` on owner names in signed texts, OCR'd copies among them (branch z84c).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract


def _lead(draft: Draft, duty: dict[str, Any]) -> list[str]:
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    return [r.get("as_written") or names[r["owner"]] for r in duty["owners"] if r["role"] == "lead"]


def test_owner_item_leading_and_doing_with_no_object_owns_its_points() -> None:
    text = (
        "II. NHIỆM VỤ\n"
        "1. Sở Công Thương chủ trì, phối hợp thực hiện\n"
        "a) Kiểm tra thị trường hàng hóa trong mùa lễ hội.\n"
        "b) Phối hợp với các huyện bảo đảm nguồn cung hàng thiết yếu.\n"
        "2. Sở Y tế chủ trì, phối hợp thực hiện\n"
        "a) Bố trí đủ thuốc, vật tư y tế cho các bệnh viện.\n"
    )
    draft = extract(text, issued=date(2023, 1, 5), number="1/CT-UBND")
    leads = [_lead(draft, d) for d in draft.duties]
    assert leads == [["Sở Công Thương"], ["Sở Công Thương"], ["Sở Y tế"]]


def test_speaker_comma_after_request_does_not_join_the_list() -> None:
    text = (
        "Họp về nguồn cung xăng dầu\n \n"
        "Chiều 1/3, Phó Thủ tướng Nguyễn Văn An chủ trì cuộc họp về nguồn cung xăng dầu.\n \n"
        "Phó Thủ tướng Nguyễn Văn An yêu cầu, Bộ Công Thương rà soát nguồn cung xăng dầu "
        "cho các tỉnh miền núi.\n \n"
        "Phó Thủ tướng yêu cầu, Bộ Tài chính và UBND tỉnh Lào Cai chỉ đạo các đơn vị tiến "
        "hành kiểm tra giá bán lẻ.\n"
    )
    draft = extract("---\ntitle: Tin tuần\n---\n" + text)
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    got = [[names[r["owner"]] for r in d["owners"]] for d in draft.duties]
    assert ["Bộ Công Thương"] in got, got
    assert ["Bộ Tài chính", "UBND tỉnh Lào Cai"] in got, got


def test_bare_page_numbers_in_turn_leave_the_owner_name_whole() -> None:
    filler = "".join(
        f"- Kiểm tra việc thực hiện nội dung số {k} trên địa bàn.\n" for k in range(14)
    )
    text = (
        "II. NHIỆM VỤ\n"
        "1. Sở Tài chính:\n"
        "a) Bố trí kinh phí cho công tác phòng chống lụt bão.\n"
        + filler
        + "2\n"
        + filler
        + "2. Sở Y tế chủ động phối hợp Sở Lao động - Thương binh và\n"
        "-\n"
        "3\n"
        "\n"
        "Xã hội bảo đảm thuốc, vật tư y tế cho người dân vùng lũ.\n"
    )
    draft = extract(text, issued=date(2024, 9, 1), number="1/CT-UBND")
    texts = [d["text"] for d in draft.duties]
    assert "2" not in texts
    assert "3" not in texts
    whole = "Sở Y tế chủ động phối hợp Sở Lao động - Thương binh và Xã hội"
    assert any(t.startswith(whole) for t in texts), texts


def test_bodies_joined_after_a_grounds_opener_are_no_subject() -> None:
    text = (
        "II. NHIỆM VỤ\n"
        "1. Chủ tịch UBND các huyện:\n"
        "- Căn cứ tình hình thực tế, mức nước các hồ, quyết định việc tạm dừng khai thác; "
        "đồng thời phối hợp với Sở Nông nghiệp, Công an tỉnh và các lực lượng chức năng "
        "hướng dẫn người dân đi lại an toàn.\n"
    )
    draft = extract(text, issued=date(2024, 9, 1), number="1/CT-UBND")
    (duty,) = draft.duties
    assert _lead(draft, duty) == [] or _lead(draft, duty) == ["Chủ tịch UBND các huyện"]
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    roles = {names[r["owner"]]: r["role"] for r in duty["owners"]}
    assert roles.get("Chủ tịch UBND các huyện") in ("lead", "responsible")
    assert roles.get("Công an tỉnh") != "responsible"


def test_heading_naming_the_work_as_a_bodys_own_gives_it_the_points() -> None:
    text = (
        "II. NHIỆM VỤ CỤ THỂ\n"
        "1. Tổ chức hội nghị sơ kết công tác dân số năm 2023.\n"
        "2. Tiếp tục thực hiện các nhiệm vụ thường xuyên của Ban Chỉ đạo công tác dân số\n"
        "- Tham mưu kiện toàn Ban Chỉ đạo công tác dân số các huyện.\n"
        "- Tổ chức kiểm tra việc thực hiện chính sách dân số tại cơ sở.\n"
    )
    draft = extract(text, issued=date(2023, 3, 1), number="1/CTr-BCĐ")
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    owned = [[names[r["owner"]] for r in d["owners"]] for d in draft.duties[-2:]]
    assert owned == [["Ban Chỉ đạo công tác dân số"]] * 2, owned


def test_item_broken_on_a_comma_or_a_bodys_kind_goes_on_past_an_empty_line() -> None:
    text = (
        "II. NHIỆM VỤ\n"
        "1. UBND huyện An Lão:\n"
        "a) Rà soát các hộ nghèo cần hỗ trợ nhà ở trên địa bàn huyện.\n"
        "\n"
        "b) Phối hợp chặt chẽ với Ủy ban MTTQ Việt Nam huyện, Ban Quản lý\n"
        "\n"
        "Khu công nghiệp Phú Tài và các đơn vị liên quan vận động nguồn lực hỗ trợ.\n"
        "\n"
        "2. Sở Xây dựng phối hợp với Sở Tài chính,\n"
        "\n"
        "Sở Nội vụ và các cơ quan liên quan hướng dẫn thiết kế mẫu nhà ở.\n"
    )
    draft = extract(text, issued=date(2024, 12, 1), number="1/TB-UBND")
    texts = [d["text"] for d in draft.duties]
    assert len(texts) == 3, texts
    assert texts[1].endswith("vận động nguồn lực hỗ trợ."), texts
    assert texts[2].startswith("Sở Xây dựng phối hợp với Sở Tài chính, Sở Nội vụ"), texts


def test_numbered_names_of_counted_programmes_are_no_tasks() -> None:
    text = (
        "II. NHIỆM VỤ\n"
        "1. UBND huyện An Lão:\n"
        "a) Khẩn trương phê duyệt danh sách hộ được hỗ trợ thuộc 02 Chương trình: (1) Hỗ "
        "trợ nhà ở cho người có công; (2) Xóa nhà tạm cho hộ nghèo. Không để trùng lắp "
        "đối tượng.\n"
        "b) Báo cáo kết quả về UBND tỉnh hằng tháng.\n"
    )
    draft = extract(text, issued=date(2024, 12, 1), number="1/TB-UBND")
    texts = [d["text"] for d in draft.duties]
    assert len(texts) == 2, texts
    assert texts[0].startswith("Khẩn trương phê duyệt danh sách"), texts


def test_telling_businesses_what_to_know_is_a_task_not_a_notice_closing() -> None:
    text = (
        "II. NHIỆM VỤ\n"
        "1. Sở Tài chính: Bố trí kinh phí cho việc triển khai hóa đơn điện tử.\n"
        "2. Sở Công Thương: Kịp thời thông báo cho các hợp tác xã mới thành lập biết chủ "
        "trương của tỉnh về chuyển đổi số và hướng dẫn việc đăng ký tài khoản giao dịch.\n"
        "3. Sở Y tế: Kiểm tra việc sử dụng hóa đơn điện tử tại các cơ sở y tế.\n"
    )
    draft = extract(text, issued=date(2021, 1, 5), number="1/CT-UBND")
    texts = [d["text"] for d in draft.duties]
    assert any("Kịp thời thông báo cho các hợp tác xã" in t for t in texts), texts


def test_speck_before_an_items_number_goes() -> None:
    text = (
        "II. NHIỆM VỤ\n"
        "1. Sở Tài chính: Bố trí kinh phí cho việc triển khai hóa đơn điện tử.\n"
        "._2. Hội Nông dân tỉnh: Tuyên truyền, hướng dẫn hội viên sử dụng hóa đơn điện tử.\n"
    )
    draft = extract(text, issued=date(2021, 1, 5), number="1/CT-UBND")
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    owned = [[names[r["owner"]] for r in d["owners"]] for d in draft.duties]
    assert owned == [["Sở Tài chính"], ["Hội Nông dân tỉnh"]], owned


def test_bullets_giving_each_recipient_its_figure_are_one_actions_content() -> None:
    text = (
        "QUYẾT ĐỊNH:\n"
        "Điều 1.\n"
        "1. Bộ Nông nghiệp xuất cấp không thu tiền 300 tấn hạt giống lúa cho các tỉnh: "
        "Yên Bái, Lạng Sơn, cụ thể:\n"
        "- Tỉnh Yên Bái: 200 tấn hạt giống lúa;\n"
        "- Tỉnh Lạng Sơn: 100 tấn hạt giống lúa.\n"
        "2. Ủy ban nhân dân các tỉnh tổ chức tiếp nhận, phân phối kịp thời.\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
    )
    draft = extract(text, issued=date(2024, 9, 15), number="1/QĐ-TTg")
    texts = [d["text"] for d in draft.duties]
    assert len(texts) == 2, texts
    assert texts[0].startswith("Bộ Nông nghiệp xuất cấp"), texts
    assert "Tỉnh Lạng Sơn: 100 tấn" in texts[0], texts


def test_recipients_line_after_a_stamps_speck_ends_the_body() -> None:
    text = (
        "II. NHIỆM VỤ\n"
        "1. Sở Tài chính bố trí kinh phí cho công tác phòng chống lụt bão.\n"
        "2. Sở Y tế bảo đảm thuốc cho người dân vùng lũ.\n"
        '" Nơi nhận: "kq, CHỦ TỊCH\n'
        "- Như trên;\n"
        "- Văn phòng Chính phủ;\n"
        "- Lưu: VT, KT.\n"
    )
    draft = extract(text, issued=date(2024, 9, 15), number="1/CT-UBND")
    texts = [d["text"] for d in draft.duties]
    assert len(texts) == 2, texts


def test_a_level_of_government_opening_a_schedule_line_owns_it() -> None:
    text = (
        "Thời hạn hoàn thành báo cáo rà soát hộ nghèo năm 2024\n\n"
        "Theo Thông tư số 07/2024/TT-BLĐTBXH, thời hạn báo cáo như sau:\n\n"
        "- Cấp xã hoàn thành và báo cáo kết quả trước ngày 15/11/2024;\n"
        "- Cấp huyện tổng hợp và báo cáo kết quả trước ngày 30/11/2024./.\n"
    )
    draft = extract(text, issued=date(2024, 10, 1))
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    owned = [[names[r["owner"]] for r in d["owners"]] for d in draft.duties]
    assert owned == [["Cấp xã"], ["Cấp huyện"]], owned


def test_heads_of_agencies_in_small_letters_after_a_request_are_asked() -> None:
    text = (
        "Tăng cường phòng cháy tại nhà trọ\n\n"
        "UBND tỉnh Hà Nam cũng yêu cầu thủ trưởng cơ quan, đơn vị, địa phương cần phân "
        "công cán bộ trực tiếp kiểm tra các nhà trọ trên địa bàn.\n"
    )
    draft = extract("---\ntitle: Tin tuần\n---\n" + text)
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    owned = [[names[r["owner"]] for r in d["owners"]] for d in draft.duties]
    assert owned == [["thủ trưởng cơ quan, đơn vị, địa phương"]], owned


def test_a_provinces_leadership_named_with_its_place_asks_after_a_purpose() -> None:
    text = (
        "II. NHIỆM VỤ\n"
        "1. Để thực hiện cam kết giữa UBND tỉnh Long An với Thủ tướng Chính phủ, lãnh đạo "
        "tỉnh Long An yêu cầu các huyện có dự án trọng điểm phải hoàn thành phê duyệt phương "
        "án bồi thường, tính toán các phương án tái định cư cho người dân.\n"
        "2. UBND tỉnh Long An cũng đã chỉ đạo cho Sở Tài chính tập trung thẩm định giá đất "
        "cho các dự án.\n"
    )
    draft = extract(text, issued=date(2024, 9, 20), number="1/TB-UBND")
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    owned = [[names[r["owner"]] for r in d["owners"]] for d in draft.duties]
    assert owned == [["các huyện có dự án trọng điểm"], ["Sở Tài chính"]], owned


def test_organisations_after_cac_in_a_subject_list_are_named_not_organised() -> None:
    text = (
        "II. NHIỆM VỤ\n"
        "1. Các cơ quan, đơn vị, các tổ chức và doanh nghiệp trên địa bàn tỉnh chủ động bố "
        "trí kế hoạch trực Tết.\n"
    )
    draft = extract(text, issued=date(2021, 12, 24), number="1/CT-UBND")
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    (duty,) = draft.duties
    owned = [names[r["owner"]] for r in duty["owners"]]
    assert "các tổ chức và doanh nghiệp trên địa bàn tỉnh" in owned, owned


def test_request_scope_before_the_asked_bodies_and_the_chosen_party() -> None:
    text = (
        "II. NHIỆM VỤ\n"
        "1. Phát biểu tại Hội nghị, ông Trần Văn B, Bí thư Tỉnh ủy yêu cầu trong quá trình "
        "chuẩn bị đại hội, các cấp ủy đảng cần nghiêm túc rút kinh nghiệm.\n"
        "2. Ban Thường vụ Tỉnh ủy chọn Đảng bộ huyện Tân Phú tổ chức đại hội điểm.\n"
        "3. Đảng bộ Công ty Điện lực tỉnh được chọn tổ chức đại hội bầu Bí thư trực tiếp.\n"
    )
    draft = extract(text, issued=date(2024, 10, 8), number="1/KH-TU")
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    owned = [[names[r["owner"]] for r in d["owners"]] for d in draft.duties]
    assert owned == [
        ["các cấp ủy đảng"],
        ["Đảng bộ huyện Tân Phú"],
        ["Đảng bộ Công ty Điện lực tỉnh"],
    ], owned


def test_reporting_regime_after_the_items_is_not_the_last_items_points() -> None:
    text = (
        "II. NHIỆM VỤ\n"
        "1. Sở Y tế bố trí đủ thuốc, vật tư y tế cho các bệnh viện trong dịp Tết.\n"
        "\n"
        "2. Các sở, ngành, địa phương chủ động bố trí kế hoạch trực Tết.\n"
        "\n"
        "Chế độ báo cáo:\n"
        "\n"
        "- Báo cáo công tác chuẩn bị Tết, gửi trước ngày 20/01/2023;\n"
        "\n"
        "- Báo cáo tổng hợp tình hình sau Tết, gửi trước ngày 30/01/2023.\n"
    )
    draft = extract(text, issued=date(2023, 1, 5), number="1/CT-UBND")
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    reports = [d for d in draft.duties if d["text"].startswith("Báo cáo")]
    assert len(reports) == 2, [d["text"] for d in draft.duties]
    assert all(
        "Các sở, ngành, địa phương" not in [names[r["owner"]] for r in d["owners"]] for d in reports
    ), reports
