"""`nq42 extract` on news pages retelling a leader's requests inside sentences (branch z80e).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names as _lead


def _texts(draft: Draft) -> list[str]:
    return [d["text"] for d in draft.duties]


CLAUSES = (
    "Tỉnh đẩy mạnh phát triển du lịch cộng đồng\n"
    "\n"
    "(BQN) - UBND tỉnh vừa ban hành kế hoạch phát triển du lịch cộng đồng giai đoạn tới.\n"
    "\n"
    "Theo đó, UBND tỉnh yêu cầu Sở Nông nghiệp và Môi trường hướng dẫn các hợp tác xã làm "
    "sản phẩm đặc trưng cho từng vùng; bảo đảm nguồn nguyên liệu sạch cho các cơ sở chế biến.\n"
    "\n"
    "Bên cạnh đó, tập trung hỗ trợ các hộ dân đăng ký nhãn hiệu cho sản phẩm địa phương; "
    "đẩy mạnh quảng bá sản phẩm trên các sàn thương mại điện tử lớn; "
    "tăng cường kiểm tra chất lượng hàng hóa tại các điểm bán cho du khách.\n"
    "\n"
    "Ngoài ra, UBND tỉnh cũng giao Sở Tài chính bố trí kinh phí hỗ trợ các hộ làm du lịch.\n"
    "\n"
    "Được biết, năm qua toàn tỉnh đón 1,2 triệu lượt khách du lịch cộng đồng.\n"
)


def test_action_clauses_of_a_reported_request_are_tasks_each() -> None:
    draft = extract(CLAUSES, issued=date(2026, 3, 12), number="1/TB")
    texts = _texts(draft)
    starts = [
        t for t in texts if t.startswith(("Theo đó, UBND", "Đẩy mạnh quảng", "Tăng cường kiểm"))
    ]
    assert len(starts) == 3, texts
    for d in draft.duties:
        if d["text"].startswith(("Đẩy mạnh quảng", "Tăng cường kiểm")):
            assert _lead(draft, d) == ["Sở Nông nghiệp và Môi trường"]


DATED_RUN = CLAUSES.replace("cho du khách.", "cho du khách trong quý II/2026.")


def test_action_clauses_stay_whole_when_a_time_follows() -> None:
    draft = extract(DATED_RUN, issued=date(2026, 3, 12), number="1/TB")
    texts = _texts(draft)
    assert not any(t.startswith("Đẩy mạnh quảng") for t in texts), texts
    asked = next(d for d in draft.duties if d["text"].startswith("Bên cạnh đó"))
    assert asked["windows"] == ["quý II/2026"]


def test_the_requests_own_sentence_keeps_its_clauses() -> None:
    draft = extract(CLAUSES, issued=date(2026, 3, 12), number="1/TB")
    assert not any(t.startswith("Bảo đảm nguồn") for t in _texts(draft)), _texts(draft)


SECOND_NAME = (
    "Tỉnh làm việc với huyện miền núi\n"
    "\n"
    "(BĐ) - Chiều 5/4, Chủ tịch UBND tỉnh có buổi làm việc với huyện Sơn Lâm về tình hình "
    "phát triển kinh tế - xã hội.\n"
    "\n"
    "Người đứng đầu chính quyền tỉnh yêu cầu huyện Sơn Lâm tập trung giải quyết dứt điểm "
    "các công trình còn dở dang do huyện làm chủ đầu tư.\n"
    "\n"
    "Đồng chí Trần Văn Bình cũng đề nghị UBND huyện Sơn Lâm rà soát lại các đơn vị sự "
    "nghiệp công lập trên địa bàn.\n"
    "\n"
    "Sở Tài chính bố trí kinh phí hỗ trợ huyện xây dựng trường học.\n"
)


def test_a_leader_named_again_asks_a_place_or_a_body() -> None:
    draft = extract(SECOND_NAME, issued=date(2025, 4, 5), number="1/TB")
    by_start = {d["text"][:20]: d for d in draft.duties}
    head = next(d for d in draft.duties if d["text"].startswith("Người đứng đầu"))
    assert _lead(draft, head) == ["huyện Sơn Lâm"]
    comrade = next(d for d in draft.duties if d["text"].startswith("Đồng chí Trần"))
    assert _lead(draft, comrade) == ["UBND huyện Sơn Lâm"], by_start


TIMELINE = (
    "Lịch tuyển sinh lớp 10 năm học 2026 - 2027\n"
    "\n"
    "Theo hướng dẫn của Sở, các mốc thời gian được quy định cụ thể như sau.\n"
    "\n"
    "Ngày 10/5/2026: Các trường THCS hoàn thành việc thu phiếu đăng ký dự tuyển của học sinh.\n"
    "\n"
    "Ngày 20/5/2026: Các trường THPT công bố danh sách học sinh đăng ký dự tuyển.\n"
    "\n"
    "Ngày 1-2/6/2026: Tổ chức kỳ thi tuyển sinh tại các điểm thi.\n"
    "\n"
    "Được biết, năm nay toàn tỉnh có hơn 15.000 học sinh dự tuyển.\n"
)


def test_a_timeline_of_dated_paragraphs_is_read_as_items() -> None:
    draft = extract(TIMELINE, issued=date(2026, 4, 20), number="1/HD")
    texts = _texts(draft)
    assert [t[:14] for t in texts] == ["Ngày 10/5/2026", "Ngày 20/5/2026", "Ngày 1-2/6/202"], texts


def test_two_dated_paragraphs_are_no_timeline() -> None:
    short = TIMELINE.replace("Ngày 1-2/6/2026: ", "Sau đó, ")
    assert not any(
        t.startswith("Ngày 10/5") for t in _texts(extract(short, issued=date(2026, 4, 20)))
    )


def test_a_leader_by_name_after_a_topic_asks_no_one() -> None:
    from nq42cli.core.bodies import BODIES
    from nq42cli.core.ownerfind import Registry, asks_no_one

    registry = Registry(BODIES)
    asked = (
        "Đối với việc phát triển du lịch trong thời gian tới, đồng chí Trần Văn Bình yêu cầu "
        "tập trung hoàn thiện hạ tầng các điểm đến."
    )
    assert asks_no_one(asked, registry)
    named = asked.replace("yêu cầu tập trung", "yêu cầu Sở Du lịch tập trung")
    assert not asks_no_one(named, registry)
    narrated = asked.replace("đồng chí Trần Văn Bình", "đồng chí bí thư")
    assert not asks_no_one(narrated, registry)
