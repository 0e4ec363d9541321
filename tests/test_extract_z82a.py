"""`nq42 extract` on news pages that retell a letter's or a meeting's requests (branch z82a).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from nq42cli.core.extract import extract
from tests.extract_helpers import lead_names, starting

# A news page retelling a directive: the owner is named once, its ";" tasks run on.
RETOLD = (
    "Chỉ đạo bảo vệ rừng mùa khô\n"
    "Thủ tướng Chính phủ vừa có Chỉ thị số 07/CT-TTg về tăng cường phòng cháy rừng mùa khô.\n"
    "Thủ tướng Chính phủ yêu cầu Bộ Nông nghiệp và Phát triển nông thôn có trách nhiệm chủ trì, "
    "phối hợp với các địa phương kiểm tra toàn bộ phương án phòng cháy rừng tại các khu rừng "
    "đặc dụng; xây dựng bộ công cụ cảnh báo sớm nguy cơ cháy rừng cho các tỉnh Tây Nguyên và "
    "Nam Bộ; hoàn thiện quy định về trách nhiệm của chủ rừng trong công tác phòng cháy rừng.\n"
    "Bộ Công an tăng cường điều tra, xử lý nghiêm các vụ đốt rừng trái phép trên địa bàn cả "
    "nước; chỉ đạo lực lượng cảnh sát phòng cháy hỗ trợ địa phương tại các khu rừng trọng điểm.\n"
    "Bộ Quốc phòng chỉ đạo các đơn vị quân đội đóng quân gần rừng sẵn sàng lực lượng chữa cháy "
    "khi có yêu cầu của địa phương.\n"
)


def test_request_sentence_runs_its_owners_tasks_as_clauses() -> None:
    draft = extract(RETOLD)
    first = starting(draft, "Thủ tướng Chính phủ yêu cầu Bộ Nông nghiệp")
    assert first["text"].rstrip(";").endswith("đặc dụng")
    for start in ("Xây dựng bộ công cụ cảnh báo", "Hoàn thiện quy định về trách nhiệm"):
        duty = starting(draft, start)
        assert lead_names(draft, duty) == ["Bộ Nông nghiệp và Phát triển nông thôn"]
    police = starting(draft, "Chỉ đạo lực lượng cảnh sát")
    assert lead_names(draft, police) == ["Bộ Công an"]


# A digest's sentence opening with the document it sums up stays one task.
DIGEST = (
    "---\n"
    "title: Chỉ đạo, điều hành nổi bật trong tuần\n"
    "---\n"
    "Chấn chỉnh công tác văn thư, lưu trữ\n"
    "Tại Chỉ thị số 31/CT-TTg về chấn chỉnh công tác văn thư, Thủ tướng Chính phủ yêu cầu các "
    "Bộ, ngành, địa phương rà soát toàn bộ quy chế văn thư, lưu trữ của cơ quan, đơn vị mình; "
    "quán triệt đến từng cán bộ, công chức việc lập hồ sơ điện tử đúng quy định hiện hành; "
    "cụ thể hóa trách nhiệm của người đứng đầu trong việc quản lý văn bản đi, văn bản đến.\n"
    "Bộ Nội vụ hướng dẫn các địa phương triển khai lưu trữ điện tử thống nhất trong cả nước.\n"
    "Bộ Tài chính bố trí kinh phí cho việc số hóa tài liệu lưu trữ của các bộ, ngành.\n"
)


def test_digest_sentence_citing_a_document_stays_whole() -> None:
    draft = extract(DIGEST)
    whole = starting(draft, "Thủ tướng Chính phủ yêu cầu các Bộ")
    assert "cụ thể hóa trách nhiệm" in whole["text"]
    assert not any(d["text"].startswith("Quán triệt đến từng") for d in draft.duties)


# A passage taken up at "Theo đó, …": the page turns to what the document it named asks.
TAKEN_UP = (
    "Theo đó, UBND tỉnh đề nghị các sở, ngành tiếp tục rà soát, tháo gỡ vướng mắc cho các dự án "
    "khu công nghiệp đang chậm tiến độ. Chủ động đề xuất cơ chế hỗ trợ nhà đầu tư hoàn thiện thủ "
    "tục đất đai, môi trường theo quy định.\n"
    "Sở Kế hoạch và Đầu tư chịu trách nhiệm theo dõi, tổng hợp tình hình thực hiện và báo cáo "
    "UBND tỉnh theo quy định.\n"
    "Minh Anh\n"
)


def test_passage_taken_up_after_theo_do_reads_its_requests() -> None:
    draft = extract(TAKEN_UP)
    first = starting(draft, "Theo đó, UBND tỉnh đề nghị các sở, ngành")
    assert lead_names(draft, first) == ["các sở, ngành"]
    more = starting(draft, "Chủ động đề xuất cơ chế")
    assert lead_names(draft, more) == ["các sở, ngành"]
    planning = starting(draft, "Sở Kế hoạch và Đầu tư chịu trách nhiệm")
    assert lead_names(draft, planning) == ["Sở Kế hoạch và Đầu tư"]


# A page's lead naming the body and the plan it issued, with no "vừa" or "đã".
ISSUED_LEAD = (
    "Kế hoạch phòng, chống đuối nước trẻ em\n"
    "\n"
    "UBND tỉnh ban hành Kế hoạch phòng, chống đuối nước trẻ em giai đoạn 2026 - 2030 (Kế hoạch "
    "số 45/KH-UBND, ngày 02/3/2026).\n"
    "\n"
    "Sở Giáo dục và Đào tạo chủ trì hướng dẫn các trường học tổ chức dạy bơi an toàn cho học "
    "sinh. Xây dựng tài liệu kỹ năng phòng tránh đuối nước cho giáo viên.\n"
)


def test_page_lead_issuing_a_plan_reads_its_requests() -> None:
    draft = extract(ISSUED_LEAD)
    schools = starting(draft, "Sở Giáo dục và Đào tạo chủ trì")
    assert lead_names(draft, schools) == ["Sở Giáo dục và Đào tạo"]
    material = starting(draft, "Xây dựng tài liệu kỹ năng")
    assert lead_names(draft, material) == ["Sở Giáo dục và Đào tạo"]


# A stored passage broken off mid-sentence: its last paragraph is a task, not a subheading.
BROKEN_OFF = (
    "Theo đó, UBND tỉnh giao Sở Y tế chủ trì, phối hợp với các địa phương tổ chức tiêm vắc xin "
    "sởi cho trẻ em trong độ tuổi tại các trạm y tế xã. Báo cáo kết quả về UBND tỉnh.\n"
    "\n"
    "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế và UBND các huyện, thành phố "
    "tuyên truyền cho phụ huynh học sinh về lợi ích của tiêm chủng, kiểm tra sổ tiêm chủng của "
    "trẻ khi nhập học, phối hợp với trạm y tế tiêm bù cho các"
)


def test_passage_broken_off_keeps_its_last_task() -> None:
    draft = extract(BROKEN_OFF)
    last = starting(draft, "Sở Giáo dục và Đào tạo chủ trì")
    assert lead_names(draft, last) == ["Sở Giáo dục và Đào tạo"]


# An encouragement alone is no duty; one going on with the state's own actions is.
ENCOURAGED = (
    "KẾ HOẠCH\n"
    "Phát triển du lịch nông thôn năm 2026\n"
    "II. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Khuyến khích người dân tham gia phát triển du lịch cộng đồng tại các thôn, bản.\n"
    "2. Khuyến khích doanh nghiệp đầu tư vào các điểm du lịch nông thôn; xây dựng cơ chế hỗ "
    "trợ lãi suất cho các hộ làm du lịch; tổ chức tập huấn kỹ năng đón khách cho người dân.\n"
    "3. Rà soát, công bố danh mục điểm du lịch nông thôn tiêu biểu của tỉnh.\n"
)


def test_encouragement_going_on_with_actions_is_a_duty() -> None:
    draft = extract(ENCOURAGED, number="12/KH-UBND")
    texts = [d["text"] for d in draft.duties]
    assert any(t.startswith("Khuyến khích doanh nghiệp đầu tư") for t in texts)
    assert not any(t.startswith("Khuyến khích người dân") for t in texts)
    assert any(t.startswith("Rà soát, công bố danh mục") for t in texts)


# A bold heading whose closing mark lost a star ("**…:*") closes on its own line: the
# bold item below it is not swallowed into it.
SLIPPED_BOLD = (
    "Bộ Tài chính đề nghị:\n"
    "\n"
    "**Đối với các Bộ, cơ quan ngang Bộ:*\n"
    "\n"
    "**(1) Khẩn trương rà soát tài sản công** của các đơn vị thuộc phạm vi quản lý; trên cơ sở "
    "đó:\n"
    "\n"
    "- Lập danh mục trụ sở dôi dư sau sắp xếp và đề xuất phương án xử lý theo quy định.\n"
    "\n"
    "- Bàn giao xe ô tô không còn nhu cầu sử dụng cho cơ quan có thẩm quyền điều chuyển.\n"
    "\n"
    "**(2) Báo cáo tiến độ xử lý** các cơ sở nhà, đất dôi dư về Bộ Tài chính hằng tuần.\n"
)


def test_slipped_bold_heading_does_not_swallow_the_item_below() -> None:
    draft = extract(SLIPPED_BOLD, number="8/BTC-QLCS")
    texts = [d["text"] for d in draft.duties]
    assert any(t.startswith("Khẩn trương rà soát tài sản công") for t in texts)
    assert any(t.startswith("Báo cáo tiến độ xử lý") for t in texts)
    assert not any(t.startswith("Đối với các Bộ") for t in texts)


# A page summing up a plan's tasks and solutions as one run of ";" items: one task each.
SUMMED_UP = (
    "Kế hoạch phòng, chống tai nạn thương tích trẻ em\n"
    "\n"
    "UBND tỉnh ban hành Kế hoạch phòng, chống tai nạn thương tích trẻ em năm 2026 (Kế hoạch số "
    "21/KH-UBND, ngày 10/3/2026).\n"
    "\n"
    "Theo đó, về nhiệm vụ, giải pháp: tuyên truyền, phổ biến kiến thức phòng tránh tai nạn "
    "thương tích cho cha mẹ; rà soát, khắc phục các điểm nguy cơ gây tai nạn tại trường học; "
    "xây dựng ngôi nhà an toàn; kiểm tra việc bảo đảm an toàn tại các khu vui chơi.\n"
    "\n"
    "Sở Y tế chủ trì hướng dẫn sơ cứu, cấp cứu tai nạn thương tích tại cơ sở.\n"
)


def test_summed_up_tasks_are_one_duty_each() -> None:
    draft = extract(SUMMED_UP)
    for start in (
        "tuyên truyền, phổ biến kiến thức",
        "rà soát, khắc phục các điểm nguy cơ",
        "xây dựng ngôi nhà an toàn",
        "kiểm tra việc bảo đảm an toàn",
    ):
        assert lead_names(draft, starting(draft, start)) == []
    assert lead_names(draft, starting(draft, "Sở Y tế chủ trì")) == ["Sở Y tế"]


# "…; trình Thủ tướng phê duyệt chiến lược …": a submission naming new work is a task;
# "…; báo cáo Thủ tướng kết quả thực hiện" sends the same task's result back.
SUBMITS = (
    "Chỉ đạo phát triển năng lượng tái tạo\n"
    "Thủ tướng Chính phủ vừa có Chỉ thị số 09/CT-TTg về phát triển năng lượng tái tạo.\n"
    "Thủ tướng Chính phủ yêu cầu Bộ Công Thương có trách nhiệm chủ trì, phối hợp với các địa "
    "phương rà soát tiềm năng điện gió ngoài khơi của các vùng biển; hoàn thiện bộ tiêu chí lựa "
    "chọn nhà đầu tư các dự án điện gió ngoài khơi; trình Thủ tướng Chính phủ phê duyệt chiến "
    "lược phát triển điện gió ngoài khơi các giai đoạn tiếp theo; báo cáo Thủ tướng Chính phủ "
    "kết quả thực hiện các nhiệm vụ được giao trong chỉ thị.\n"
    "Bộ Tài chính chủ trì hướng dẫn cơ chế ưu đãi thuế cho các dự án năng lượng tái tạo.\n"
    "Bộ Khoa học và Công nghệ ban hành tiêu chuẩn kỹ thuật cho tua bin điện gió ngoài khơi.\n"
)


def test_submission_naming_new_work_is_a_clause_of_its_own() -> None:
    draft = extract(SUBMITS)
    submit = starting(draft, "Trình Thủ tướng Chính phủ phê duyệt chiến lược")
    assert lead_names(draft, submit) == ["Bộ Công Thương"]
    assert "báo cáo Thủ tướng Chính phủ kết quả" in submit["text"]
