"""`nq42 extract` on short pages: a signed letter of one or two requests, a news item
retelling a letter in a paragraph or two (branch z84a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from typing import Any

from nq42cli.core.extract import Draft, extract


def _lead(draft: Draft, duty: dict[str, Any]) -> list[str]:
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    refs = duty["owners"]
    leads = [r for r in refs if r["role"] == "lead"] or [
        r for r in refs if r["role"] == "responsible"
    ]
    return [r.get("as_written") or names[r["owner"]] for r in leads]


LETTER_HEAD = """\
VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 2345/VPCP-KGVX
V/v báo cáo tình hình cấp phát sách giáo khoa

Hà Nội, ngày 12 tháng 3 năm 2019

Kính gửi:
- Bộ Giáo dục và Đào tạo;
- Bộ Tài chính.

"""
LETTER_FOOT = """
Văn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, KGVX (2).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Nguyễn Văn A
"""


def test_letter_direction_after_the_speakers_colon() -> None:
    text = (
        LETTER_HEAD
        + "Xét đề nghị của Bộ Giáo dục và Đào tạo tại văn bản số 12/BGDĐT ngày 01 tháng 3 "
        "năm 2019, Phó Thủ tướng Trần Văn B có ý kiến như sau: Giao Bộ Giáo dục và Đào tạo "
        "chủ trì, phối hợp với Bộ Tài chính rà soát việc cấp phát sách giáo khoa, báo cáo "
        "Thủ tướng Chính phủ trước ngày 30 tháng 4 năm 2019.\n" + LETTER_FOOT
    )
    draft = extract(text)
    assert len(draft.duties) == 1
    duty = draft.duties[0]
    assert duty["text"].startswith("Giao Bộ Giáo dục và Đào tạo chủ trì")
    assert _lead(draft, duty) == ["Bộ Giáo dục và Đào tạo"]
    assert duty["windows"] == ["trước ngày 30/4/2019"]


def test_letter_request_after_a_colon_names_joint_owners() -> None:
    text = (
        LETTER_HEAD
        + "Gần đây báo chí phản ánh tình trạng thiếu sách giáo khoa ở một số địa phương. Về "
        "việc này, Thủ tướng Chính phủ Trần Văn C yêu cầu: Bộ Giáo dục và Đào tạo, Bộ Tài "
        "chính kiểm tra, báo cáo Thủ tướng Chính phủ về thông tin báo nêu.\n" + LETTER_FOOT
    )
    draft = extract(text)
    assert len(draft.duties) == 1
    duty = draft.duties[0]
    assert duty["text"].startswith("Bộ Giáo dục và Đào tạo, Bộ Tài chính kiểm tra")
    assert _lead(draft, duty) == ["Bộ Giáo dục và Đào tạo", "Bộ Tài chính"]
    assert duty["timing"] is None


def test_letter_paragraph_under_the_speakers_lead_in() -> None:
    text = (
        LETTER_HEAD
        + "Xét đề nghị của Bộ Giáo dục và Đào tạo tại văn bản số 12/BC-BGDĐT ngày 01 tháng 3 "
        "năm 2019, Phó Thủ tướng Trần Văn B có ý kiến như sau:\n\n"
        "Bộ Giáo dục và Đào tạo chịu trách nhiệm hướng dẫn, đôn đốc các địa phương cấp phát "
        "đủ sách giáo khoa cho học sinh vùng khó khăn.\n" + LETTER_FOOT
    )
    draft = extract(text)
    assert len(draft.duties) == 1
    duty = draft.duties[0]
    assert duty["text"].startswith("Bộ Giáo dục và Đào tạo chịu trách nhiệm")
    assert _lead(draft, duty) == ["Bộ Giáo dục và Đào tạo"]


def test_letter_request_after_its_reasons_with_no_empty_line() -> None:
    text = """\
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 881/BNN-KH
Hà Nội, ngày 20 tháng 5 năm 2022
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Ngày 10/3/2022, Bộ đã có Công văn số 300/BNN-KH đề nghị báo cáo kết quả trồng rừng năm 2021.
Tuy nhiên, đến nay Bộ chưa nhận được báo cáo của nhiều địa phương.
Do vậy, Bộ Nông nghiệp và Phát triển nông thôn trân trọng đề nghị Ủy ban nhân dân các tỉnh, \
thành phố trực thuộc Trung ương chỉ đạo Sở Nông nghiệp và Phát triển nông thôn tổng hợp, gửi \
báo cáo về Bộ trước ngày 10 tháng 6 năm 2022.
Trân trọng cảm ơn./.
"""
    draft = extract(text)
    assert len(draft.duties) == 1
    duty = draft.duties[0]
    assert duty["text"].startswith("Do vậy, Bộ Nông nghiệp và Phát triển nông thôn trân trọng")
    assert _lead(draft, duty) == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    assert duty["windows"] == ["trước ngày 10/6/2022"]


def test_short_page_reads_its_one_or_two_requests() -> None:
    text = (
        "Ngày 2/11, Bộ Công Thương đã yêu cầu giám đốc Sở Công Thương các tỉnh theo dõi "
        "tình hình cung ứng xăng dầu trên địa bàn.\n"
        "Các Sở báo cáo số cửa hàng ngừng bán, nguyên nhân và biện pháp khắc phục. Báo "
        "cáo gửi về Bộ Công Thương trước ngày 15/11/2023.\n"
        "Việc theo dõi này nhằm bảo đảm nguồn cung trong dịp cuối năm.\n"
        "Minh Anh\n"
    )
    draft = extract(text)
    texts = [d["text"] for d in draft.duties]
    assert any(t.startswith("Các Sở báo cáo số cửa hàng") for t in texts)
    dated = next(d for d in draft.duties if d["text"].startswith("Các Sở báo cáo"))
    assert dated["windows"] == ["trước ngày 15/11/2023"]


def test_short_page_request_behind_a_purpose_is_not_read() -> None:
    text = (
        "Đẩy nhanh giải ngân vốn đầu tư công\n"
        "Từ đầu năm đến nay, tỉnh mới giải ngân được 30% kế hoạch vốn được giao.\n"
        "Để khắc phục tình trạng chậm giải ngân, Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư "
        "khẩn trương hoàn thiện hồ sơ, báo cáo kết quả trước ngày 20.9.2022.\n"
    )
    assert extract(text).duties == []


def test_short_page_request_past_the_rules_it_rests_on() -> None:
    text = (
        "Ngày 5/3/2022, Văn phòng UBND tỉnh ban hành văn bản thông báo ý kiến của Chủ tịch "
        "UBND tỉnh về đơn của ông Trần Văn D.\n\n"
        "Tuy nhiên, đến nay Sở Xây dựng chưa báo cáo nội dung trên.\n\n"
        "Căn cứ quy chế làm việc của UBND tỉnh ban hành kèm theo Quyết định số "
        "05/2021/QĐ-UBND ngày 10/01/2021 của UBND tỉnh, Văn phòng UBND tỉnh đề nghị Sở Xây "
        "dựng khẩn trương báo cáo nội dung trên trước ngày 30/9/2022.\n\n"
        "Hải Yến\n"
    )
    draft = extract(text)
    assert len(draft.duties) == 1
    duty = draft.duties[0]
    assert duty["text"].startswith("Văn phòng UBND tỉnh đề nghị Sở Xây dựng")
    assert duty["windows"] == ["trước ngày 30/9/2022"]


def test_short_page_restarted_clauses_keep_their_own_time() -> None:
    text = (
        "Đồng thời, UBND tỉnh giao Sở Y tế chủ trì, phối hợp với các địa phương kiểm tra "
        "công tác tiêm chủng tại các trạm y tế xã; chủ trì, phối hợp với cơ quan liên quan "
        "chuẩn bị đủ vắc xin cho đợt tiêm mùa thu; chủ trì, phối hợp với Sở Tài chính rà "
        "soát kinh phí, gửi báo cáo về UBND tỉnh trước ngày 15/8/2021.\n"
    )
    draft = extract(text)
    assert len(draft.duties) == 3
    assert [d["timing"] is None for d in draft.duties] == [True, True, False]
    assert draft.duties[2]["windows"] == ["trước ngày 15/8/2021"]


def test_approval_of_a_named_body_acting_is_its_task() -> None:
    text = (
        LETTER_HEAD
        + "Xét đề nghị của Bộ Giáo dục và Đào tạo tại văn bản số 12/BGDĐT ngày 01 tháng 3 "
        "năm 2019, Thủ tướng Chính phủ có ý kiến như sau:\n\n"
        "1. Đồng ý Bộ Giáo dục và Đào tạo tổ chức Hội thảo quốc tế về sách giáo khoa từ ngày "
        "10 đến ngày 12 tháng 9 năm 2019 tại thành phố Đà Nẵng.\n\n"
        "2. Đồng ý với đề xuất của Bộ Giáo dục và Đào tạo về thành phần tham dự Hội thảo.\n"
        + LETTER_FOOT
    )
    draft = extract(text)
    assert len(draft.duties) == 1
    duty = draft.duties[0]
    assert duty["text"].startswith("Đồng ý Bộ Giáo dục và Đào tạo tổ chức")
    assert _lead(draft, duty) == ["Bộ Giáo dục và Đào tạo"]


def test_reported_request_behind_an_untimed_purpose_is_read() -> None:
    text = (
        "(TTX) - UBND tỉnh vừa ban hành Công văn 512 về kiểm tra an toàn hồ chứa nước.\n\n"
        "Để công tác kiểm tra hồ chứa hoàn thành đúng yêu cầu, UBND tỉnh yêu cầu UBND các "
        "huyện, thị xã tập trung chỉ đạo, kiểm tra, đôn đốc các chủ hồ rà soát phương án bảo "
        "vệ đập.\n\n"
        "Hồ chứa nước trên địa bàn tỉnh phần lớn được xây dựng từ lâu.\n"
    )
    draft = extract(text)
    assert [d["text"][:30] for d in draft.duties] == ["Để công tác kiểm tra hồ chứa h"]
    assert _lead(draft, draft.duties[0]) == ["UBND các huyện, thị xã"]


def test_report_of_issuing_that_tells_the_request() -> None:
    text = (
        "Thực hiện Công điện số 12/CĐ-BXD ngày 2-3-2021 của Bộ trưởng Bộ Xây dựng, UBND "
        "tỉnh vừa có văn bản giao Sở Xây dựng chủ trì, phối hợp với các sở, ngành liên quan "
        "kiểm tra an toàn các công trình nhà ở cao tầng; hoàn thành trong tháng 4-2021.\n\n"
        "Các công trình được kiểm tra phần lớn do doanh nghiệp tư nhân làm chủ đầu tư.\n\n"
        "MINH AN\n"
    )
    draft = extract(text)
    assert len(draft.duties) == 1
    duty = draft.duties[0]
    assert duty["text"].startswith("Thực hiện Công điện số 12/CĐ-BXD")
    assert duty["windows"] == ["tháng 4/2021"]


def test_short_page_with_its_byline_and_links() -> None:
    text = (
        "Thực hiện chỉ đạo của Thủ tướng Chính phủ, cơ quan bảo hiểm hướng dẫn chi trả "
        "sớm trợ cấp tháng 2/2026.\n"
        "Theo đó, Bộ Lao động - Thương binh và Xã hội đề nghị Ủy ban nhân dân các tỉnh chỉ "
        "đạo chi trả trợ cấp tháng 2/2026 trước ngày 10/02/2026.\n"
        "Người hưởng có thể nhận tại điểm chi trả hoặc qua tài khoản.\n"
        "Thu Hà\n"
        "05/01/2026, 08:15\n"
        "Chia sẻ\n"
        "Bình luận\n"
        "Tin liên quan\n"
        "Các bài mới\n"
    )
    draft = extract(text)
    assert [d["text"][:30] for d in draft.duties] == ["Theo đó, Bộ Lao động - Thương "]
    assert draft.duties[0]["windows"] == ["trước ngày 10/2/2026"]


def test_whole_article_reporting_no_document_is_no_short_page() -> None:
    # Under its title the page reports no document: its two requests are not enough.
    text = (
        "Tỉnh đẩy mạnh phòng chống bệnh tay chân miệng\n\n"
        "Những ngày qua, số ca mắc bệnh tay chân miệng tăng nhanh.\n\n"
        "Sở Y tế yêu cầu các trung tâm y tế huyện giám sát chặt chẽ các ca bệnh.\n\n"
        "Người dân được khuyến cáo rửa tay thường xuyên.\n"
    )
    assert extract(text).duties == []


def test_reported_page_accordingly_names_no_one() -> None:
    text = (
        "(PV) - UBND tỉnh vừa ban hành kế hoạch tổ chức Tháng hành động vì người cao tuổi "
        "năm 2023.\n\n"
        "Theo đó, tổ chức thăm hỏi, tặng quà người cao tuổi có hoàn cảnh khó khăn; thực "
        "hiện đầy đủ các chế độ, chính sách đối với người cao tuổi.\n\n"
        "Năm ngoái, toàn tỉnh có hơn 20 nghìn người cao tuổi được chúc thọ.\n"
    )
    draft = extract(text)
    # The run of ";" tasks is cut one task a clause (undated), as any request's is.
    assert [d["text"][:30] for d in draft.duties] == [
        "Theo đó, tổ chức thăm hỏi, tặn",
        "Thực hiện đầy đủ các chế độ, c",
    ]
    assert all(d["owners"] == [] for d in draft.duties)


def test_report_of_issuing_that_directs_named_bodies() -> None:
    text = (
        "(PV) - Để bảo đảm quyền lợi của người cao tuổi, UBND tỉnh vừa có công văn chỉ đạo "
        "UBND các huyện, thành phố, Sở Y tế rà soát danh sách người cao tuổi chưa có thẻ "
        "bảo hiểm y tế trên địa bàn.\n\n"
        "Năm ngoái, toàn tỉnh đã cấp hơn 5 nghìn thẻ.\n"
    )
    draft = extract(text)
    assert len(draft.duties) == 1
    duty = draft.duties[0]
    assert duty["text"].startswith("(PV) - Để bảo đảm quyền lợi")
    assert duty["timing"] is None


def test_letter_speaker_glued_to_the_frames_comma() -> None:
    text = (
        LETTER_HEAD
        + "Xét đề nghị của Bộ Giáo dục và Đào tạo tại văn bản số 12/BGDĐT ngày 01 tháng 3 "
        "năm 2019,Thủ tướng Chính phủ có ý kiến như sau:\n\n"
        "Sau khi Luật Giáo dục được Quốc hội thông qua, Bộ Giáo dục và Đào tạo căn cứ các "
        "quy định của Luật hoàn chỉnh đề án đổi mới sách giáo khoa trình Thủ tướng Chính "
        "phủ.\n" + LETTER_FOOT
    )
    draft = extract(text)
    assert len(draft.duties) == 1
    duty = draft.duties[0]
    assert duty["text"].startswith("Sau khi Luật Giáo dục được Quốc hội thông qua")
    assert _lead(draft, duty) == ["Bộ Giáo dục và Đào tạo"]


def test_letter_addressed_with_no_space_in_kinh_gui() -> None:
    text = LETTER_HEAD.replace(
        "Kính gửi:\n- Bộ Giáo dục và Đào tạo;\n- Bộ Tài chính.", "Kínhgửi: Bộ Giáo dục và Đào tạo"
    ) + (
        "Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ về việc cấp phát sách giáo khoa, "
        "Phó Thủ tướng Trần Văn B có ý kiến như sau:\n\n"
        "Giao Bộ Giáo dục và Đào tạo khẩn trương hướng dẫn các địa phương cấp phát sách giáo "
        "khoa cho học sinh vùng khó khăn.\n" + LETTER_FOOT
    )
    assert "Kínhgửi: Bộ Giáo dục và Đào tạo\n" in text
    draft = extract(text)
    assert len(draft.duties) == 1
    duty = draft.duties[0]
    assert duty["text"].startswith("Giao Bộ Giáo dục và Đào tạo khẩn trương")
    assert _lead(draft, duty) == ["Bộ Giáo dục và Đào tạo"]


def test_letter_lead_in_that_lost_its_sau() -> None:
    text = (
        LETTER_HEAD
        + "Xét đề nghị của Bộ Giáo dục và Đào tạo tại văn bản số 12/BGDĐT ngày 01 tháng 3 "
        "năm 2019, Phó Thủ tướng Trần Văn B có ý kiến như\n\n"
        "Bộ Giáo dục và Đào tạo chịu trách nhiệm hướng dẫn các địa phương cấp phát sách giáo "
        "khoa cho học sinh vùng khó khăn.\n" + LETTER_FOOT
    )
    draft = extract(text)
    assert len(draft.duties) == 1
    assert draft.duties[0]["text"].startswith("Bộ Giáo dục và Đào tạo chịu trách nhiệm")


def test_letter_speaker_named_with_the_office_in_full() -> None:
    text = (
        LETTER_HEAD
        + "Xét đề nghị của Bộ Giáo dục và Đào tạo tại Tờ trình số 12/TTr-BGDĐT ngày 01 tháng "
        "3 năm 2019, Phó Thủ tướng Chính phủ Trần Văn B có ý kiến như sau: Bộ Giáo dục và "
        "Đào tạo chủ trì, phối hợp với Bộ Tài chính hoàn thiện đề án, báo cáo Thủ tướng "
        "Chính phủ trong tháng 5 năm 2019.\n" + LETTER_FOOT
    )
    draft = extract(text)
    assert len(draft.duties) == 1
    duty = draft.duties[0]
    assert duty["text"].startswith("Bộ Giáo dục và Đào tạo chủ trì")
    assert duty["windows"] == ["tháng 5/2019"]


def test_letter_asks_its_addressee_by_the_honorific_kind() -> None:
    text = LETTER_HEAD.replace(
        "Kính gửi:\n- Bộ Giáo dục và Đào tạo;\n- Bộ Tài chính.", "Kính gửi: Bộ Giáo dục và Đào tạo"
    ) + (
        "Ngày 05 tháng 01 năm 2019, Văn phòng Chính phủ có văn bản số 100/VPCP-KGVX đề nghị "
        "quý Bộ xây dựng đề án cấp phát sách giáo khoa.\n\n"
        "Tuy nhiên đến nay, Văn phòng Chính phủ chưa nhận được đề án của quý Bộ.\n\n"
        "Văn phòng Chính phủ đề nghị quý Bộ khẩn trương có báo cáo về tình hình xây dựng "
        "đề án.\n" + LETTER_FOOT
    )
    draft = extract(text)
    assert [d["text"][:40] for d in draft.duties] == ["Văn phòng Chính phủ đề nghị quý Bộ khẩn "]


def test_page_opening_on_what_the_document_asks() -> None:
    text = (
        "Ảnh minh họa\n\n"
        "Văn bản yêu cầu Giám đốc Sở Y tế, Giám đốc Bệnh viện Đa khoa tỉnh kiểm tra công tác "
        "phòng chống dịch tại các cơ sở khám bệnh.\n\n"
        "Ngoài ra, Bộ Y tế cũng yêu cầu Giám đốc Sở Y tế báo cáo kết quả kiểm tra trước ngày "
        "15/3/2023.\n\n"
        "Lê Nam\n"
    )
    draft = extract(text)
    assert [d["text"][:20] for d in draft.duties] == [
        "Văn bản yêu cầu Giám",
        "Ngoài ra, Bộ Y tế cũ",
    ]
    assert draft.duties[1]["windows"] == ["trước ngày 15/3/2023"]
