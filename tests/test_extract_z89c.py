"""`nq42 extract` on dispatches, letters and resolutions as legal pages and news retell them
(branch z89c).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from nq42cli.core.text import fold
from tests.extract_helpers import lead_names


def _by_text(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["text"][:30]: d for d in draft.duties}


def _starts(draft: Draft) -> list[str]:
    return [d["text"][:30] for d in draft.duties]


QA_PAGE = """\
# Công điện 77/CĐ-TTg 2026 về chuẩn bị lễ thông xe các tuyến đường ra sao?

**Công điện 77/CĐ-TTg 2026 về chuẩn bị lễ thông xe các tuyến đường ra sao?**

Ngày 03/3/2026, Thủ tướng Chính phủ đã có Công điện 77/CĐ-TTg năm 2026 về chuẩn bị lễ thông xe.

Trong đó, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực \
thuộc Trung ương chỉ đạo:

- Sở Xây dựng của tỉnh rà soát hạ tầng, bảo đảm an toàn giao thông tại khu vực lễ.

- Bố trí lực lượng hướng dẫn, phân luồng tại các nút giao chính.

**Trên đây là "Công điện 77 CĐ TTg 2026 về chuẩn bị lễ thông xe các tuyến đường"**

**Nội dung yêu cầu Tổng công ty Đường cao tốc thực hiện theo Công điện 77 ra sao?**

Tại Mục 4 Công điện 77 CĐ TTg 2026, nội dung yêu cầu Tổng công ty thực hiện như sau:

Chủ tịch Hội đồng thành viên Tổng công ty Đường cao tốc Việt Nam chỉ đạo:

**- Chủ trì, phối hợp với Cục Đường bộ chịu trách nhiệm về: **

(1) Lắp đặt biển báo tạm trên toàn tuyến trước ngày 20 tháng 3 năm 2026;

(2) Cung cấp phương tiện cứu hộ tại các trạm dừng nghỉ.

**- Tại các trạm thu phí: **

(1) Bố trí nhân sự trực 24/24 giờ trong dịp lễ;

(2) Niêm yết lịch thông xe tại cửa trạm.

**Tổ chức lễ thông xe công trình giao thông như thế nào?**

Việc tổ chức lễ thông xe được thực hiện theo Điều 12 Nghị định 145/2013/NĐ-CP như sau:

(1) Tổ chức lễ ở cấp quốc gia đối với công trình quan trọng;

(2) Tổ chức lễ ở cấp tỉnh đối với công trình khác.
"""


def test_qa_page_reads_both_quotes_and_drops_the_law_it_quotes() -> None:
    draft = extract(QA_PAGE, issued=date(2026, 3, 3), number="77/CĐ-TTg")
    starts = _starts(draft)
    # The answer quoting a decree's article ("… theo Điều 12 Nghị định … như sau:") is
    # the law's; the page's closing line and its questions are no tasks either.
    assert not any(
        s.startswith(("Tổ chức lễ ở cấp", "Trên đây là", "Nội dung yêu cầu")) for s in starts
    )
    duties = _by_text(draft)
    chairman = "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
    assert lead_names(draft, duties["Sở Xây dựng của tỉnh rà soát h"]) == [chairman]
    assert lead_names(draft, duties["Bố trí lực lượng hướng dẫn, ph"]) == [chairman]
    # "X chỉ đạo:" owns the bullets below; a bullet saying what it answers for, or where,
    # leads into its numbered tasks, each a duty (the last bullet's too).
    director = "Chủ tịch Hội đồng thành viên Tổng công ty Đường cao tốc Việt Nam"
    signs = duties["Lắp đặt biển báo tạm trên toàn"]
    assert lead_names(draft, signs) == [director]
    assert signs["windows"] == ["trước ngày 20/3/2026"]
    for start in (
        "Cung cấp phương tiện cứu hộ tạ",
        "Bố trí nhân sự trực 24/24 giờ ",
        "Niêm yết lịch thông xe tại cửa",
    ):
        assert lead_names(draft, duties[start]) == [director]


LAW_ARTICLE_TWO_DIGITS = """\
# Bộ Y tế yêu cầu tăng cường kiểm tra cơ sở bán lẻ thuốc thế nào?

Ngày 02/4/2026, Bộ Y tế ban hành Công văn 900/BYT-QLD về kiểm tra cơ sở bán lẻ thuốc. Bộ Y \
tế đề nghị Giám đốc Sở Y tế các tỉnh, thành phố thực hiện các nội dung sau:

- Tổ chức kiểm tra đột xuất các nhà thuốc trên địa bàn.

- Xử lý nghiêm các cơ sở vi phạm, báo cáo kết quả về Bộ Y tế theo địa chỉ: Cục Quản lý Dược, \
số 138A Giảng Võ, Hà Nội.

**Trên đây là "Công văn 900/BYT-QLD về kiểm tra cơ sở bán lẻ thuốc"**

**Nhà thuốc phải đáp ứng điều kiện gì?**

Căn cứ theo Điều 33 Luật Dược 2016 thì nhà thuốc phải đáp ứng các điều kiện sau:

(1) Có địa điểm cố định, diện tích phù hợp;

(2) Có người chịu trách nhiệm chuyên môn.

**Xử lý hình sự hành vi buôn bán thuốc giả như thế nào? **

Xử lý hình sự theo quy định từ Điều 193 đến Điều 195 Bộ luật Hình sự 2015 như sau:

- Điều 193 Bộ luật Hình sự 2015 quy định tội sản xuất, buôn bán hàng giả là thực phẩm.

- Điều 194 Bộ luật Hình sự 2015 quy định tội sản xuất, buôn bán hàng giả là thuốc.
"""


def test_answer_citing_an_article_of_two_digits_is_the_law_and_an_address_names_no_owner() -> None:
    draft = extract(LAW_ARTICLE_TWO_DIGITS, issued=date(2026, 4, 2), number="900/BYT-QLD")
    starts = _starts(draft)
    assert not any(s.startswith(("Có địa điểm", "Có người chịu", "Điều 19")) for s in starts)
    duties = _by_text(draft)
    head = "Giám đốc Sở Y tế các tỉnh, thành phố"
    assert lead_names(draft, duties["Tổ chức kiểm tra đột xuất các "]) == [head]
    # "… theo địa chỉ: Cục Quản lý Dược, …": where the report goes, not who reports.
    assert lead_names(draft, duties["Xử lý nghiêm các cơ sở vi phạm"]) == [head]


DASH_OWNERS_OVER_PLUS = """\
# Thủ tướng yêu cầu đẩy nhanh giải ngân vốn đầu tư công (Công điện 90/CĐ-TTg)

Ngày 10/5/2026, Thủ tướng đã có Công điện 90/CĐ-TTg về đẩy nhanh giải ngân vốn đầu tư công.

Cụ thể, để bảo đảm giải ngân hết kế hoạch vốn được giao, Thủ tướng Chính phủ yêu cầu:

- Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực \
thuộc trung ương tập trung thực hiện một số nhiệm vụ, cụ thể như sau:

+ Rà soát, điều chuyển vốn của các dự án chậm giải ngân sang dự án có khả năng giải ngân tốt.

+ Phân công lãnh đạo theo dõi, đôn đốc từng dự án trọng điểm.

- Bộ Tài chính (cơ quan tổng hợp):

+ Hướng dẫn các bộ, địa phương điều chỉnh kế hoạch vốn.

+ Tổng hợp, báo cáo Thủ tướng Chính phủ tình hình giải ngân hằng tháng.
"""


def test_dash_owner_heading_over_plus_tasks_keeps_the_block_above() -> None:
    draft = extract(DASH_OWNERS_OVER_PLUS, issued=date(2026, 5, 10), number="90/CĐ-TTg")
    duties = _by_text(draft)
    assert "Rà soát, điều chuyển vốn của c" in duties
    assert "Phân công lãnh đạo theo dõi, đ" in duties
    assert lead_names(draft, duties["Hướng dẫn các bộ, địa phương đ"]) == ["Bộ Tài chính"]


CAPACITY_AFTER_NAME = """\
# Bộ Tài chính yêu cầu chấn chỉnh hoạt động của doanh nghiệp nhà nước

Tại Công văn 500/BTC-TCDN ngày 05/6/2026 nêu rõ:

Để bảo đảm hoạt động của doanh nghiệp tuân thủ pháp luật, Bộ Tài chính đề nghị Ủy ban nhân \
dân tỉnh, thành phố trực thuộc Trung ương với vai trò là cơ quan đại diện chủ sở hữu chỉ đạo \
các doanh nghiệp thực hiện nghiêm các quy định, trong đó lưu ý một số nội dung sau:

- Tăng cường kiểm tra, giám sát hoạt động của doanh nghiệp trên địa bàn;

- Rà soát, hoàn thiện Điều lệ tổ chức và hoạt động của doanh nghiệp;

- Đánh giá mức vốn điều lệ cần thiết của doanh nghiệp.
"""


def test_the_capacity_a_body_acts_in_ends_its_name() -> None:
    draft = extract(CAPACITY_AFTER_NAME, issued=date(2026, 6, 5), number="500/BTC-TCDN")
    duties = _by_text(draft)
    name = "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"
    assert lead_names(draft, duties["Tăng cường kiểm tra, giám sát "]) == [name]


RESOLUTION_ARTICLES = """\
CHÍNH PHỦ
Số: 400/NQ-CP

NGHỊ QUYẾT
Về việc ký Hiệp định hợp tác hàng hải

Điều 1. Thông qua nội dung Hiệp định hợp tác hàng hải.

Điều 2. Bộ Xây dựng chịu trách nhiệm toàn diện về nội dung Hiệp định.

Điều 3. Bộ Ngoại giao hoàn tất các thủ tục đối ngoại theo quy định.
"""


def test_hoan_tat_is_a_verb_after_the_name() -> None:
    draft = extract(RESOLUTION_ARTICLES, issued=date(2026, 7, 1), number="400/NQ-CP")
    duties = _by_text(draft)
    assert lead_names(draft, duties["Bộ Ngoại giao hoàn tất các thủ"]) == ["Bộ Ngoại giao"]


NEWS_DISPATCH = """\
# Bàn giao mặt bằng đường vành đai đoạn qua hai tỉnh trước 20/8/2026

### Nội dung chính

Công nhân thi công trên công trường đường vành đai


Cụ thể, tại văn bản số 7001/VPCP-CN, Phó Thủ tướng yêu cầu Ủy ban nhân dân các tỉnh Bắc \
Ninh, Hưng Yên chỉ đạo các cơ quan chức năng giải quyết dứt điểm vướng mắc để bàn giao toàn \
bộ mặt bằng cho chủ đầu tư trước ngày 20/8/2026. Chủ tịch Ủy ban nhân dân các tỉnh Bắc Ninh, \
Hưng Yên chịu hoàn toàn trách nhiệm trước Chính phủ, Thủ tướng Chính phủ nếu tiếp tục chậm \
trễ.

Bộ Xây dựng tăng cường kiểm tra, giám sát các nhà thầu thi công bảo đảm chất lượng công trình.

"Các ban quản lý dự án khẩn trương lập kế hoạch chi tiết, hoàn thành đưa vào khai thác trong \
quý II/2027", Bộ trưởng chỉ đạo.

Tìm hiểu từ chủ đầu tư, kinh phí đầu tư đoạn tuyến khoảng hơn 900 tỷ đồng.

Theo Báo Điện tử Chính phủ

Tác giả: Minh An
"""


def test_news_item_citing_the_letter_reads_its_requests_and_a_quote_then_speaker() -> None:
    draft = extract(NEWS_DISPATCH)
    duties = _by_text(draft)
    first = duties["Cụ thể, tại văn bản số 7001/VP"]
    assert first["windows"] == ["trước ngày 20/8/2026"]
    assert lead_names(draft, duties["Bộ Xây dựng tăng cường kiểm tr"]) == ["Bộ Xây dựng"]
    quoted = duties["Các ban quản lý dự án khẩn trư"]
    assert quoted["windows"] == ["quý II/2027"]
    starts = _starts(draft)
    # What the work costs, as the report learnt it, is no task.
    assert not any(s.startswith("Tìm hiểu từ") for s in starts)


LETTER_RETOLD = """\
# Đã có Công văn 8100/VPCP-KSTT về việc xử lý hồ sơ trực tuyến quá hạn ra sao?

Ngày 6/9/2026, Văn phòng Chính phủ đã ban hành Công văn 8100/VPCP-KSTT năm 2026 về việc xử \
lý hồ sơ trực tuyến quá hạn.

Theo nội dung Công văn 8100/VPCP-KSTT năm 2026, qua theo dõi, vẫn còn 12.000 hồ sơ trực \
tuyến đang xử lý quá hạn.

Để tiếp tục nâng cao chất lượng phục vụ người dân, doanh nghiệp, Văn phòng Chính phủ trân \
trọng đề nghị đồng chí Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương, chỉ \
đạo các cơ quan, đơn vị rà soát, xử lý dứt điểm các hồ sơ quá hạn.
"""


def test_letter_retold_asks_the_comrade_chairman_past_its_purpose() -> None:
    draft = extract(LETTER_RETOLD, issued=date(2026, 9, 6), number="8100/VPCP-KSTT")
    (duty,) = draft.duties
    # The request opens the task; "đồng chí" in lower case is the honorific.
    assert duty["text"].startswith("Văn phòng Chính phủ trân trọng đề nghị")
    owners = {o["key"]: o for o in draft.data["owners"]}
    (ref,) = duty["owners"]
    assert owners[ref["owner"]]["name"] == (
        "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương"
    )


SITE_NOTICE = """\
CHÍNH PHỦ
Số: 410/NQ-CP

NGHỊ QUYẾT
Về dự án Luật Thư viện (sửa đổi)

Điều 1. Bộ Văn hóa, Thể thao và Du lịch hoàn thiện dự thảo Luật theo quy định.

Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký./.

TM. CHÍNH PHỦ
THỦ TƯỚNG

THÔNG BÁO
về Lưu trữ, Sử dụng Thông tin Khách hàng
Kính gửi: Quý Thành viên,
Quý Thành viên xác nhận giúp chúng tôi được tiếp tục lưu trữ thông tin.
- Bạn vừa bị Đăng xuất khỏi Tài khoản.
- Hỗ trợ: (028) 3930.3279
"""


def test_a_database_sites_notice_under_the_text_is_no_part_of_it() -> None:
    draft = extract(SITE_NOTICE, issued=date(2026, 10, 1), number="410/NQ-CP")
    starts = _starts(draft)
    assert any(s.startswith("Bộ Văn hóa, Thể thao") for s in starts)
    assert not any(s.startswith(("Bạn vừa bị", "Hỗ trợ", "Quý Thành viên")) for s in starts)


RESOLUTION_GIVEN = """\
CHÍNH PHỦ
Số: 420/NQ-CP

NGHỊ QUYẾT
Về dự thảo Nghị quyết của Quốc hội về thí điểm cơ chế đặc thù

Điều 1. Thông qua nội dung dự thảo Nghị quyết của Quốc hội về thí điểm cơ chế đặc thù.

Điều 2. Giao Bộ trưởng Bộ Tư pháp: (i) Thừa ủy quyền Thủ tướng Chính phủ, thay mặt \
Chính phủ ký Tờ trình của Chính phủ trình Quốc hội; (ii) Căn cứ ý kiến của cơ quan có \
thẩm quyền để hoàn thiện hồ sơ dự thảo Nghị quyết theo quy định.

Điều 3. Phân công Phó Thủ tướng Chính phủ chỉ đạo Bộ Tư pháp trong quá trình chỉnh lý, \
hoàn thiện dự thảo Nghị quyết.
Bộ trưởng Bộ Tư pháp, Thủ trưởng cơ quan có liên quan chịu trách nhiệm thi hành Nghị \
quyết này./.
"""


def test_resolution_gives_a_minister_numbered_tasks_and_an_article_above_execution() -> None:
    draft = extract(RESOLUTION_GIVEN, issued=date(2026, 11, 2), number="420/NQ-CP")
    duties = _by_text(draft)
    minister = "Bộ trưởng Bộ Tư pháp"
    # "Giao X: (i) …; (ii) …": each numbered clause is X's task, however it opens.
    assert lead_names(draft, duties["Thừa ủy quyền Thủ tướng Chính "]) == [minister]
    assert "Căn cứ ý kiến của cơ quan có t" in duties
    # The article's own sentence is work; the execution paragraph under it is not.
    assert lead_names(draft, duties["Phân công Phó Thủ tướng Chính "]) == [
        "Phó Thủ tướng Chính phủ"
    ]


DIRECTED_TO_DO = """\
# Toàn văn Công văn 8800/BYT-QLD năm 2026 về phòng chống hàng giả trong lĩnh vực y tế?

Ngày 06/11/2026, Bộ Y tế ban hành Công văn 8800/BYT-QLD năm 2026 về phòng chống hàng giả.

Trong Công văn 8800/BYT-QLD năm 2026, Bộ Y tế chỉ đạo Ủy ban nhân dân các tỉnh, thành phố \
một số nội dung sau:

(1) Tiếp tục triển khai thực hiện nghiêm các Công điện của Thủ tướng Chính phủ.

(2) Xây dựng Kế hoạch triển khai Chỉ thị của Thủ tướng Chính phủ về hàng giả.

(3) Chỉ đạo các cơ quan chức năng tăng cường công tác phối hợp trong đấu tranh hàng giả.
"""


def test_bodies_directed_to_do_what_follows_own_it() -> None:
    draft = extract(DIRECTED_TO_DO, issued=date(2026, 11, 6), number="8800/BYT-QLD")
    assert len(draft.duties) == 3
    for duty in draft.duties:
        assert [fold(n) for n in lead_names(draft, duty)] == ["uy ban nhan dan cac tinh, thanh pho"]


NEWS_LAST_PARAGRAPH_UNSTOPPED = """\
# Quyết liệt xử lý vướng mắc, đẩy nhanh tiến độ đường vành đai

### Nội dung chính


*Đường vành đai tăng tốc thi công*


Theo văn bản, Phó Thủ tướng yêu cầu Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh tập trung giải \
quyết những nội dung thuộc thẩm quyền, trong đó lưu ý:

Quyết liệt chỉ đạo các cơ quan chức năng bàn giao toàn bộ mặt bằng dự án trong tháng 10/2026.

Thành lập Tổ công tác tiếp công dân, giải quyết kiến nghị của người dân.

Bên cạnh đó, Phó Thủ tướng cũng giao Bộ Xây dựng chỉ đạo chủ đầu tư, nhà thầu tăng cường \
nhân lực, thiết bị để hoàn thành theo tiến độ đã cam kết.

Đồng thời, rà soát, chủ động bố trí nguồn vốn để sẵn sàng chi trả các chi phí hợp lý liên \
quan đến công tác bồi thường, hỗ trợ người dân

Theo Cổng thông tin điện tử Bộ Xây dựng

Tác giả: DT

Link bài viết gốc: https://example.vn/tin-tuc/duong-vanh-dai.aspx

Giờ đăng: 13/10/2026 08:23
"""


def test_news_item_cited_as_the_letter_and_its_last_paragraph_before_the_byline() -> None:
    draft = extract(NEWS_LAST_PARAGRAPH_UNSTOPPED)
    duties = _by_text(draft)
    chairman = "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh"
    assert lead_names(draft, duties["Quyết liệt chỉ đạo các cơ quan"]) == [chairman]
    assert duties["Quyết liệt chỉ đạo các cơ quan"]["windows"] == ["tháng 10/2026"]
    assert lead_names(draft, duties["Thành lập Tổ công tác tiếp côn"]) == [chairman]
    # The paragraph that lost its stop before the page's byline is a task still.
    assert any(d["text"].startswith("Đồng thời, rà soát") for d in draft.duties)


COMRADES_ALIKE = """\
# Cấm biển và sơ tán dân cư tránh bão số 15 theo Công điện 300 ra sao?

Tại Mục 2 Công điện 300/CĐ-TTg năm 2026, Thủ tướng Chính phủ yêu cầu như sau:

2. Đồng chí Bí thư, đồng chí Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển huy động \
cả hệ thống chính trị vào cuộc, trong đó:

- Thông tin kịp thời về diễn biến của bão đến chủ tàu và thuyền trưởng.

- Tổ chức sơ tán, di dời triệt để dân cư tại các khu vực nguy hiểm.
"""


def test_a_phrase_addressing_each_comrade_keeps_the_first_honorific() -> None:
    draft = extract(COMRADES_ALIKE, issued=date(2026, 11, 6), number="300/CĐ-TTg")
    whom = "Đồng chí Bí thư, đồng chí Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển"
    duties = _by_text(draft)
    assert lead_names(draft, duties["Thông tin kịp thời về diễn biế"]) == [whom]
    assert lead_names(draft, duties["Tổ chức sơ tán, di dời triệt đ"]) == [whom]


DIRECTS_OPENING = """\
# Nội dung yêu cầu Tập đoàn Điện lực thực hiện theo Công điện 310 ra sao?

Tại Mục 6 Công điện 310/CĐ-TTg năm 2026, nội dung yêu cầu Tập đoàn thực hiện như sau:

Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam chỉ đạo:

- Các công ty điện lực bảo đảm cung cấp điện ổn định cho các điểm tổ chức sự kiện.

- Bố trí lực lượng kỹ thuật trực tại các trạm biến áp.
"""


def test_the_one_who_directs_owns_the_points_that_name_whom_it_directs() -> None:
    draft = extract(DIRECTS_OPENING, issued=date(2026, 8, 1), number="310/CĐ-TTg")
    whom = "Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam"
    assert len(draft.duties) == 2
    for duty in draft.duties:
        assert lead_names(draft, duty) == [whom]
