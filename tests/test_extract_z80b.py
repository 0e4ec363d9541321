"""`nq42 extract` on who owns a letter's or a dispatch's items (branch z80b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract


def _by_text(draft: Draft, start: str) -> dict[str, Any]:
    return next(d for d in draft.duties if d["text"].startswith(start))


def _lead(draft: Draft, duty: dict[str, Any]) -> list[str]:
    """The names the duty's lead (or its joint owners) are written with."""
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    refs = duty.get("owners") or []
    leads = [r for r in refs if r["role"] == "lead"] or [
        r for r in refs if r["role"] == "responsible"
    ]
    return [r.get("as_written") or names[r["owner"]] for r in leads]


SLASHED_LETTER = """\
SỞ NÔNG NGHIỆP TỈNH AN PHÚ

Số: 12/SNN-KH
V/v tăng cường phòng chống dịch bệnh gia súc

Kính gửi: Phòng Nông nghiệp các huyện, thị xã.

Thời gian qua, dịch bệnh trên đàn gia súc diễn biến phức tạp.

Để chủ động phòng chống dịch, Sở Nông nghiệp yêu cầu Phòng Nông nghiệp các huyện,
thị xã thực hiện một số nội dung sau:

1/ Rà soát tổng đàn gia súc trên địa bàn, lập danh sách hộ chăn nuôi.

2/ Tổ chức tiêm phòng đợt hai cho đàn trâu, bò.

3/ Tăng cường kiểm tra việc vận chuyển gia súc qua địa bàn.
"""


def test_slashed_numbers_are_items_owned_by_the_lead_in() -> None:
    draft = extract(SLASHED_LETTER, issued=date(2026, 3, 2), number="12/SNN-KH")
    for start in ("Rà soát tổng đàn", "Tổ chức tiêm phòng", "Tăng cường kiểm tra"):
        duty = _by_text(draft, start)
        assert _lead(draft, duty) == ["Phòng Nông nghiệp các huyện, thị xã"]


DASHED_DISPATCH = """\
Thủ tướng Chính phủ vừa ký Công điện về việc bảo đảm an toàn hồ đập mùa mưa lũ.
Công điện nêu: thời gian qua mưa lớn kéo dài đã gây sạt lở tại nhiều địa phương. Thủ tướng yêu cầu:
1- Chủ tịch Ủy ban nhân dân các tỉnh miền núi phía Bắc:
a) Kiểm tra ngay các hồ chứa xung yếu, có phương án xả lũ an toàn.
b) Sơ tán người dân khỏi vùng nguy hiểm trước khi có mưa lớn.
2- Giao Bộ Nông nghiệp và Môi trường theo dõi sát tình hình, hướng dẫn các địa phương.
3- Giao Phó Thủ tướng Chính phủ Lê Văn An chỉ đạo các địa phương thực hiện Công điện này.
"""


def test_dashed_numbers_head_their_points_and_own_their_items() -> None:
    draft = extract(DASHED_DISPATCH)
    for start in ("Kiểm tra ngay các hồ chứa", "Sơ tán người dân"):
        duty = _by_text(draft, start)
        assert _lead(draft, duty) == ["Chủ tịch Ủy ban nhân dân các tỉnh miền núi phía Bắc"]
    assert _lead(draft, _by_text(draft, "Giao Bộ Nông nghiệp")) == ["Bộ Nông nghiệp và Môi trường"]
    assert _lead(draft, _by_text(draft, "Giao Phó Thủ tướng")) == [
        "Phó Thủ tướng Chính phủ Lê Văn An"
    ]


def test_a_lone_dashed_number_is_no_item() -> None:
    text = (
        "KẾ HOẠCH\nTriển khai công tác năm 2026\n\n"
        "1. Sở Tài chính rà soát các khoản chi theo khoản\n"
        "3 - Điều 12 Luật Ngân sách nhà nước.\n"
        "2. Sở Nội vụ rà soát biên chế.\n"
    )
    draft = extract(text, issued=date(2026, 1, 5), number="3/KH-UBND")
    assert [d["text"][:20] for d in draft.duties] == [
        "Sở Tài chính rà soát",
        "Sở Nội vụ rà soát bi",
    ]


def test_a_time_in_a_relative_clause_is_no_deadline() -> None:
    text = (
        "1/ Thay đổi về bảo hiểm thất nghiệp:\n\n"
        "Các doanh nghiệp có người lao động làm việc trước tháng 3 năm 2026 mà hợp đồng "
        "còn hiệu lực trong năm 2026, phải được doanh nghiệp lập hồ sơ tham gia.\n\n"
        "2/ Thay đổi về mức đóng:\n\n"
        "Các doanh nghiệp điều chỉnh mức đóng theo quy định mới.\n"
    )
    draft = extract(text, issued=date(2026, 1, 5), number="4/BHXH")
    duty = _by_text(draft, "Thay đổi về bảo hiểm")
    assert duty["windows"] == ["không thời hạn"]
    assert draft.coverage.set_aside["span.scope"] == 2


HEAD_OF_UNIT_LETTER = """\
TỔNG CỤC HẢI QUAN

Số: 77/TCHQ-GSQL
V/v tăng cường kiểm soát hàng hóa

Kính gửi: Cục Hải quan các tỉnh, thành phố.

Qua theo dõi tình hình, Tổng cục Hải quan yêu cầu đồng chí Cục trưởng Cục Hải quan các
tỉnh, thành phố chỉ đạo thực hiện:

1. Tăng cường kiểm tra hàng hóa nhập khẩu qua cửa khẩu.

2. Rà soát danh mục doanh nghiệp có rủi ro cao.
"""


def test_head_of_a_unit_addressed_by_honorific_owns_the_items() -> None:
    draft = extract(HEAD_OF_UNIT_LETTER, issued=date(2026, 5, 4), number="77/TCHQ-GSQL")
    for start in ("Tăng cường kiểm tra hàng hóa", "Rà soát danh mục"):
        duty = _by_text(draft, start)
        assert _lead(draft, duty) == ["Cục trưởng Cục Hải quan các tỉnh, thành phố"]


def test_resolve_and_strive_end_the_name() -> None:
    text = (
        "KẾT LUẬN\nCủa Thường trực Ủy ban nhân dân tỉnh\n\n"
        "1. Yêu cầu Sở Xây dựng quyết tâm, nỗ lực hoàn thành tuyến đường tỉnh 10.\n"
        "2. Sở Giao thông vận tải bám sát chỉ đạo của Tỉnh ủy về phân cấp quản lý.\n"
    )
    draft = extract(text, issued=date(2026, 2, 1), number="5/KL-UBND")
    assert _lead(draft, _by_text(draft, "Yêu cầu Sở Xây dựng")) == ["Sở Xây dựng"]
    assert _lead(draft, _by_text(draft, "Sở Giao thông")) == ["Sở Giao thông vận tải"]


def test_topic_then_coordinate_with_a_named_body() -> None:
    text = (
        "KẾT LUẬN\nCủa Thường trực Ủy ban nhân dân tỉnh\n\n"
        "1. Sở Xây dựng tiếp tục hoàn thiện hồ sơ dự án, lưu ý các nội dung sau:\n"
        "a) Về tổng mức đầu tư: rà soát kỹ suất đầu tư của dự án.\n"
        "b) Về nguồn vốn: phối hợp với Sở Tài chính để cân đối nguồn vốn ngân sách.\n"
    )
    draft = extract(text, issued=date(2026, 2, 1), number="6/KL-UBND")
    assert _lead(draft, _by_text(draft, "Về nguồn vốn")) == ["Sở Tài chính"]
    assert _lead(draft, _by_text(draft, "Về tổng mức")) == ["Sở Xây dựng"]


REPORTED_LETTER = """\
UBND tỉnh An Phú vừa có văn bản yêu cầu các sở, ngành chấn chỉnh công tác quản lý khoáng sản.

Theo đó, lãnh đạo tỉnh yêu cầu Sở Nông nghiệp và Môi trường rà soát toàn bộ giấy phép khai thác khoáng sản đã cấp.

Tỉnh cũng giao Sở Xây dựng chủ trì cùng Sở Tư pháp rà soát các quy định về vật liệu xây dựng, báo cáo lãnh đạo tỉnh trong tháng 3/2026.

Về quản lý bến bãi, Sở Giao thông vận tải chủ trì kiểm tra các bến thủy nội địa.

Quý II năm nay đến Quý III năm nay, Công an tỉnh kiểm tra các điểm khai thác trái phép.

Quyết định cũng giao Sở Tài chính chủ trì bố trí kinh phí cho công tác kiểm tra.

UBND các huyện, thị xã tuyệt đối không cấp phép mới các điểm tập kết cát trái phép.

Sở Công Thương nêu cao trách nhiệm là cơ quan tham mưu về thị trường vật liệu.

Giao Phó Chủ tịch UBND tỉnh An Phú Trần Văn Bình, Trưởng Ban Chỉ đạo chống khai thác trái phép của tỉnh trực tiếp chỉ đạo các ngành thực hiện.
"""  # noqa: E501


def test_a_report_names_whom_the_letter_asks() -> None:
    draft = extract(REPORTED_LETTER, issued=date(2026, 2, 1))
    assert _lead(draft, _by_text(draft, "UBND tỉnh An Phú")) == ["các sở, ngành"]
    assert _lead(draft, _by_text(draft, "Theo đó, lãnh đạo tỉnh")) == [
        "Sở Nông nghiệp và Môi trường"
    ]
    assert _lead(draft, _by_text(draft, "Tỉnh cũng giao")) == ["Sở Xây dựng"]
    assert _lead(draft, _by_text(draft, "Quyết định cũng giao")) == ["Sở Tài chính"]


def test_a_time_or_a_topic_before_the_subject_is_no_owner() -> None:
    draft = extract(REPORTED_LETTER, issued=date(2026, 2, 1))
    assert _lead(draft, _by_text(draft, "Về quản lý bến bãi")) == ["Sở Giao thông vận tải"]
    assert _lead(draft, _by_text(draft, "Quý II năm nay")) == ["Công an tỉnh"]


def test_words_of_how_the_body_acts_end_its_name() -> None:
    draft = extract(REPORTED_LETTER, issued=date(2026, 2, 1))
    assert _lead(draft, _by_text(draft, "UBND các huyện")) == ["UBND các huyện, thị xã"]
    assert _lead(draft, _by_text(draft, "Sở Công Thương nêu cao")) == ["Sở Công Thương"]


def test_a_named_office_holder_is_owner_once_without_his_other_post() -> None:
    draft = extract(REPORTED_LETTER, issued=date(2026, 2, 1))
    assert _lead(draft, _by_text(draft, "Giao Phó Chủ tịch")) == [
        "Phó Chủ tịch UBND tỉnh An Phú Trần Văn Bình"
    ]
    text = (
        "Thủ tướng yêu cầu:\n"
        "1. Giao Phó Thủ tướng Chính phủ Lê Văn An, Phó Trưởng Ban Thường trực Ban Chỉ đạo "
        "các công trình, dự án trọng điểm ngành năng lượng trực tiếp chỉ đạo các bộ.\n"
        "2. Giao Phó Thủ tướng Lê Văn An, Bộ trưởng Bộ Tài chính Hồ Văn Bảy chỉ đạo việc "
        "bố trí vốn.\n"
    )
    draft = extract(text, issued=date(2026, 2, 1))
    assert _lead(draft, _by_text(draft, "Giao Phó Thủ tướng Chính phủ")) == [
        "Phó Thủ tướng Chính phủ Lê Văn An"
    ]
    assert _lead(draft, _by_text(draft, "Giao Phó Thủ tướng Lê")) == [
        "Phó Thủ tướng Lê Văn An",
        "Bộ trưởng Bộ Tài chính Hồ Văn Bảy",
    ]


def test_said_ends_the_speakers_name() -> None:
    text = (
        "Phó Thủ tướng chủ trì cuộc họp Ban Chỉ đạo điều hành giá 6 tháng cuối năm 2026.\n\n"
        "Cục trưởng Cục Quản lý giá, Bộ Tài chính Lê Văn Ba cho biết, theo diễn biến giá tiêu "
        "dùng 6 tháng đầu năm, mặt bằng giá giảm dần, tạo dư địa cho điều hành trong 6 tháng "
        "cuối năm. Phó Thủ tướng yêu cầu Bộ Giao thông vận tải báo cáo việc điều chỉnh giá "
        "dịch vụ tại các trạm thu phí.\n"
    )
    draft = extract(text, issued=date(2026, 7, 1))
    said = [d for d in draft.duties if d["text"].startswith("Cục trưởng")]
    assert all(d["windows"] == ["không thời hạn"] for d in said)


PLURAL_LETTER = """\
TỔNG CỤC HẢI QUAN

Số: 78/TCHQ-GSQL
V/v tăng cường chống buôn lậu

Kính gửi: Cục Hải quan các tỉnh, thành phố.

Để hoàn thành nhiệm vụ năm 2026, Tổng cục Hải quan yêu cầu Cục Hải quan các tỉnh, thành
phố thực hiện một số giải pháp sau:

1/ Các Cục Hải quan rà soát lại kế hoạch kiểm tra sau thông quan.

- Trên cơ sở kế hoạch kiểm tra đã được phê duyệt, tập trung phân tích để lựa chọn các
doanh nghiệp có rủi ro cao, các doanh nghiệp nhiều năm chưa được kiểm tra.

2/ Tăng cường kiểm soát hàng hóa quá cảnh qua cửa khẩu. Theo đó, mỗi đội kiểm soát phải
phối hợp với lực lượng biên phòng tuần tra trên tuyến biên giới.

- Phân công cán bộ theo dõi hàng hóa quá cảnh.

- Đánh giá thi đua đối với các đội kiểm soát.
"""


def test_the_plural_of_the_addressee_and_its_points_keep_the_addressee() -> None:
    draft = extract(PLURAL_LETTER, issued=date(2026, 5, 4), number="78/TCHQ-GSQL")
    want = ["Cục Hải quan các tỉnh, thành phố"]
    assert _lead(draft, _by_text(draft, "Các Cục Hải quan rà soát")) == want
    # "…, tập trung phân tích … các doanh nghiệp …": the verb after the opener; the
    # businesses chosen are no subject.
    assert _lead(draft, _by_text(draft, "Trên cơ sở kế hoạch")) == want


def test_an_item_told_in_two_sentences_is_a_duty_over_its_points() -> None:
    draft = extract(PLURAL_LETTER, issued=date(2026, 5, 4), number="78/TCHQ-GSQL")
    want = ["Cục Hải quan các tỉnh, thành phố"]
    assert _lead(draft, _by_text(draft, "Tăng cường kiểm soát hàng hóa")) == want
    assert _lead(draft, _by_text(draft, "Phân công cán bộ")) == want
    assert _lead(draft, _by_text(draft, "Đánh giá thi đua")) == want


def test_a_request_after_a_time_or_a_connective_names_its_bodies() -> None:
    text = (
        "UBND tỉnh An Phú vừa có văn bản yêu cầu các sở, ngành xử lý ô nhiễm môi trường tại "
        "các làng nghề.\n\n"
        "Theo đó, lãnh đạo tỉnh yêu cầu Sở Nông nghiệp và Môi trường kiểm tra các cơ sở "
        "sản xuất trong làng nghề.\n\n"
        "Đồng thời Chủ tịch UBND tỉnh An Phú đề nghị trong thời gian tới Huyện ủy, UBND "
        "huyện Tân Lập cần quyết liệt hơn nữa trong xử lý ô nhiễm môi trường.\n\n"
        "Đồng thời đề nghị Thường trực Huyện ủy, BTV huyện ủy Bình Xuyên nghiêm túc rút "
        "kinh nghiệm.\n"
    )
    draft = extract(text, issued=date(2026, 3, 1))
    assert _lead(draft, _by_text(draft, "Đồng thời Chủ tịch")) == [
        "Huyện ủy",
        "UBND huyện Tân Lập",
    ]
    assert _lead(draft, _by_text(draft, "Đồng thời đề nghị")) == [
        "Thường trực Huyện ủy",
        "BTV huyện ủy Bình Xuyên",
    ]


def test_examples_after_such_as_are_no_owners() -> None:
    text = (
        "Kính gửi: Chi cục Thuế các khu vực.\n\n"
        "Cục Thuế đề nghị Chi cục Thuế các khu vực:\n\n"
        "- Tiếp tục phối hợp với các cơ quan liên quan như: Công an, Quản lý thị trường, "
        "Ngân hàng thương mại, ... để quản lý chặt chẽ hoạt động kinh doanh trực tuyến.\n\n"
        "- Tăng cường tuyên truyền, hướng dẫn người nộp thuế.\n"
    )
    draft = extract(text, issued=date(2026, 3, 1), number="9/CT-TTKT")
    assert _lead(draft, _by_text(draft, "Tiếp tục phối hợp")) == ["Chi cục Thuế các khu vực"]


def test_a_request_later_in_an_unowned_sentence_names_its_bodies() -> None:
    text = (
        "Thường trực Chính phủ kết luận như sau:\n"
        "1. Nghị quyết của Trung ương là văn bản rất quan trọng, yêu cầu các bộ, ngành, "
        "địa phương thực hiện nghiêm túc, hiệu quả.\n"
        "2. Thời gian qua, Bộ Xây dựng đã nỗ lực chuẩn bị hồ sơ dự án. Thường trực Chính "
        "phủ biểu dương Bộ Xây dựng; yêu cầu các bộ, cơ quan tiếp tục phát huy tinh thần này.\n"
        "3. Bộ Xây dựng khẩn trương hoàn thiện hồ sơ dự án.\n"
    )
    draft = extract(text, issued=date(2026, 3, 1))
    assert _lead(draft, _by_text(draft, "Nghị quyết của Trung ương")) == [
        "các bộ, ngành, địa phương"
    ]
    assert _lead(draft, _by_text(draft, "Thời gian qua")) == ["các bộ, cơ quan"]


def test_the_leadership_asks_a_list_after_a_connective() -> None:
    text = REPORTED_LETTER + (
        "\nĐặc biệt, lãnh đạo tỉnh yêu cầu Sở Quy hoạch Kiến trúc, Viện Quy hoạch xây dựng "
        "tỉnh An Phú, UBND các huyện, thị xã tiếp tục công bố, công khai quy hoạch.\n"
    )
    draft = extract(text, issued=date(2026, 2, 1))
    assert _lead(draft, _by_text(draft, "Đặc biệt, lãnh đạo tỉnh")) == [
        "Sở Quy hoạch Kiến trúc",
        "Viện Quy hoạch xây dựng tỉnh An Phú",
        "UBND các huyện, thị xã",
    ]


def test_places_listed_with_their_figures_are_no_subject() -> None:
    text = HEAD_OF_UNIT_LETTER.replace(
        "2. Rà soát danh mục",
        "Đối với một số Cục Hải quan có tỷ lệ kiểm tra còn thấp như: Lạng Sơn (45,2%), "
        "Quảng Ninh (50,1%), TP Hồ Chí Minh (52%)... kịp thời đề ra các biện pháp tăng cường "
        "nhân lực.\n\n2. Rà soát danh mục",
    )
    draft = extract(text, issued=date(2026, 5, 4), number="77/TCHQ-GSQL")
    assert _lead(draft, _by_text(draft, "Đối với một số")) == [
        "Cục trưởng Cục Hải quan các tỉnh, thành phố"
    ]


def test_a_file_proposing_an_award_asks_no_one() -> None:
    text = (
        "KẾ HOẠCH\nKhen thưởng công tác bầu cử\n\n"
        "I. THỦ TỤC HỒ SƠ\n"
        "1. Hồ sơ trình, đề nghị Chủ tịch UBND tỉnh khen thưởng gửi về Sở Nội vụ trước "
        "ngày 31/3/2026 để tổng hợp, thẩm định.\n"
        "2. Sở Nội vụ tổng hợp hồ sơ khen thưởng.\n"
    )
    draft = extract(text, issued=date(2026, 1, 5), number="5/KH-UBND")
    assert _lead(draft, _by_text(draft, "Hồ sơ trình")) == []


def test_a_subject_keeping_on_before_the_points_owns_them() -> None:
    text = (
        "Ngày 10/3/2026, Bảo hiểm xã hội Việt Nam ban hành Công văn 812/BHXH-QLT về phát "
        "triển người tham gia bảo hiểm.\n\n"
        "Giám đốc BHXH cấp tỉnh tiếp tục tập trung rà soát, xác định đối tượng chưa tham "
        "gia, cụ thể giải pháp cho từng nhóm đối tượng như sau:\n\n"
        "(1) Về nhóm người lao động: phối hợp với cơ quan thuế rà soát doanh nghiệp.\n\n"
        "(2) Về nhóm hộ gia đình:\n\n"
        "- Nhóm NSNN hỗ trợ đóng tập trung chủ yếu nhóm đối tượng sau:\n\n"
        "+ Học sinh, sinh viên: lập danh sách tham gia ngay từ đầu năm học.\n"
    )
    draft = extract(text, issued=date(2026, 3, 12))
    for start in ("Về nhóm người lao động", "Học sinh, sinh viên"):
        assert _lead(draft, _by_text(draft, start)) == ["Giám đốc BHXH cấp tỉnh"]


def test_a_letter_asking_its_addressee_by_its_kind() -> None:
    text = (
        "SỞ CÔNG THƯƠNG TỈNH AN PHÚ\n\n"
        "Số: 55/SCT-QLCN\n"
        "V/v thực hiện quy định về an toàn hóa chất\n\n"
        "Kính gửi: Công ty cổ phần Hóa chất Bình Minh\n\n"
        "Để bảo đảm an toàn trong sản xuất, Sở Công Thương đề nghị Công ty thực hiện đầy đủ "
        "các nội dung sau:\n"
        "1. Rà soát kế hoạch phòng ngừa sự cố hóa chất.\n"
        "2. Tổ chức diễn tập ứng phó sự cố.\n"
    )
    draft = extract(text, issued=date(2026, 4, 1), number="55/SCT-QLCN")
    for start in ("Rà soát kế hoạch", "Tổ chức diễn tập"):
        assert _lead(draft, _by_text(draft, start)) == ["Công ty cổ phần Hóa chất Bình Minh"]


def test_the_bodies_a_letter_guides_own_its_points() -> None:
    text = (
        "BỘ Y TẾ\n\nSố: 88/BYT-KHTC\nV/v xây dựng dự toán năm 2027\n\n"
        "Kính gửi: Sở Y tế các tỉnh, thành phố.\n\n"
        "Thực hiện Chỉ thị của Thủ tướng Chính phủ về xây dựng dự toán năm 2027, Bộ hướng "
        "dẫn Sở Y tế các tỉnh, thành phố xây dựng dự toán chi sự nghiệp y tế như sau:\n\n"
        "1. Rà soát các khoản chi thường xuyên năm 2026.\n\n"
        "2. Lập dự toán chi năm 2027 gửi Bộ trước ngày 30/7/2026.\n"
    )
    draft = extract(text, issued=date(2026, 6, 1), number="88/BYT-KHTC")
    for start in ("Rà soát các khoản", "Lập dự toán"):
        assert _lead(draft, _by_text(draft, start)) == ["Sở Y tế các tỉnh, thành phố"]


def test_a_request_closing_on_the_names_it_asks_leads_into_the_items() -> None:
    lines = [
        "VĂN PHÒNG CHÍNH PHỦ",
        "Số: 1234/VPCP-KTTH",
        "V/v Chương trình phát triển thương mại điện tử",
        "Kính gửi: Bộ Công Thương.",
        "Xét đề nghị của Bộ Công Thương tại Tờ trình số 12/TTr-BCT ngày 07 tháng 02 năm",
        "2026 về Chương trình phát triển thương mại điện tử, Phó Thủ tướng Lê Văn An yêu",
        "cầu Bộ Công Thương:",
        "1. Chủ động xây dựng kế hoạch triển khai Chương trình.",
        "2. Tổng hợp kết quả thực hiện, báo cáo Thủ tướng Chính phủ.",
    ]
    for sep in ("\n", "\n\n"):
        draft = extract(sep.join(lines) + "\n", issued=date(2026, 3, 12), number="1234/VPCP-KTTH")
        for start in ("Chủ động xây dựng", "Tổng hợp kết quả"):
            assert _lead(draft, _by_text(draft, start)) == ["Bộ Công Thương"]


def test_what_was_decided_after_a_topic_names_no_owner() -> None:
    text = (
        "Thường trực Ủy ban nhân dân tỉnh kết luận như sau:\n"
        "1. Thường trực Ủy ban nhân dân tỉnh yêu cầu Sở Xây dựng hoàn thiện hồ sơ dự án, "
        "lưu ý một số nội dung sau:\n"
        "a) Về quy mô: Ban Thường vụ Tỉnh ủy đã thống nhất quy mô 4 làn xe, đáp ứng yêu cầu "
        "phát triển. Sở Xây dựng phối hợp với Sở Tài chính cân đối nguồn vốn.\n"
        "b) Về tiến độ: rà soát các mốc thời gian thực hiện dự án.\n"
    )
    draft = extract(text, issued=date(2026, 3, 1))
    quy_mo = [d for d in draft.duties if d["text"].startswith("Về quy mô")]
    assert len(quy_mo) == 1
    assert _lead(draft, quy_mo[0]) == ["Sở Xây dựng"]
