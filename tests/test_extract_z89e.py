"""`nq42 extract` on news pages retelling a leader's directions (branch z89e).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.bodies import BODIES
from nq42cli.core.extract import extract
from nq42cli.core.ownerfind import Registry, subject
from tests.extract_helpers import lead_names


def _asked(text: str) -> list[str]:
    got = subject(text, Registry(BODIES))
    assert got is not None
    return [n.written for n in [*got.leads, *got.responsible]]


def test_head_of_government_who_has_assigned() -> None:
    assert _asked("Thủ tướng đã giao Bộ Tài chính chủ trì, phối hợp với các bộ.") == [
        "Bộ Tài chính"
    ]
    assert _asked("Về việc này,Thủ tướng đã giao Bộ Y tế chủ trì kiểm tra.") == ["Bộ Y tế"]


def test_local_leader_named_by_the_place_he_heads() -> None:
    text = "Phó Chủ tịch huyện đã giao Phòng Tài chính tham mưu UBND huyện lập kế hoạch."
    assert _asked(text) == ["Phòng Tài chính"]


def test_page_cites_its_document_then_the_leader_who_assigns() -> None:
    text = "Theo Thông báo số 12/TB-UBND này, ông Minh đã giao Sở Xây dựng rà soát hồ sơ."
    assert _asked(text) == ["Sở Xây dựng"]
    assert _asked("Theo đó, ông Minh đã giao Sở Xây dựng chủ trì kiểm tra.") == ["Sở Xây dựng"]
    assert _asked("Ngoài ra, ông Minh cũng giao Sở Nội vụ chủ trì, phối hợp.") == ["Sở Nội vụ"]


def test_timetable_step_opening_with_its_limit_or_span() -> None:
    assert _asked("Trước 10/5, Sở Y tế nộp kế hoạch cho UBND tỉnh.") == ["Sở Y tế"]
    assert _asked("Từ ngày 1/6 đến ngày 10/6, Sở Y tế tổ chức kiểm tra.") == ["Sở Y tế"]
    assert _asked("Ngày 18/5, Sở Y tế sẽ công bố kế hoạch.") == ["Sở Y tế"]


def test_a_day_alone_opening_a_report_is_not_read_as_a_step() -> None:
    # "Ngày 7-2, X ban hành thông báo …" tells what was done as often as what is due.
    assert subject("Ngày 7-2, UBND phường Hòa Bình ban hành thông báo.", Registry(BODIES)) is None


PAGE = (
    "Tàu cá hư hỏng: Thủ tướng yêu cầu làm rõ\n"
    "Thủ tướng vừa yêu cầu làm rõ việc đóng tàu cá theo Nghị định 67 mà báo chí nêu.\n"
    "Thời gian qua, nhiều cơ quan báo chí đã phản ánh về tàu cá tại một số địa phương. "
    "Tàu mới đi vào hoạt động nhưng trục trặc liên tục. "
    "Về việc này,Thủ tướng đã giao Bộ Nông nghiệp và Phát triển nông thôn chủ trì, kiểm tra, "
    "làm rõ các vấn đề báo chí phản ánh, báo cáo Thủ tướng trước ngày 30/6/2017. "
    "Trước đó, ngư dân đã phản ánh tình trạng tàu cá có nhiều vấn đề. "
    "Được biết, hiện các cơ quan đang kiểm tra tại địa phương."
)


def test_scraped_page_retelling_the_assignment_made() -> None:
    draft = extract(PAGE, issued=date(2017, 5, 20))
    asked = [d for d in draft.duties if "đã giao Bộ Nông nghiệp" in d["text"]]
    assert len(asked) == 1
    assert lead_names(draft, asked[0]) == ["Bộ Nông nghiệp và Phát triển nông thôn"]
    assert asked[0]["windows"] == ["ngày 29/6/2017"] or "30/6/2017" in str(asked[0]["timing"])


NARRATED_PAGE = (
    "Nhà hàng nổi trên hồ vẫn mở cửa\n"
    "Mặc cho chính quyền đã ra quyết định di dời, các nhà hàng nổi vẫn mở cửa.\n"
    "Theo yêu cầu của UBND phường Hòa Bình, trước 16h ngày 9-2, các doanh nghiệp kinh doanh "
    "nhà hàng nổi phải tháo dỡ các công trình vi phạm. Tuy nhiên, theo ghi nhận của phóng viên "
    "sáng 10-2, các nhà hàng vẫn mở cửa. Có nhà hàng chỉ tháo dỡ để đối phó. Các nhà hàng khác "
    "cũng vậy. Ban quản lý Hồ Tây chỉ biết ngày 8-2, UBND quận Hòa Bình đã ban hành kết luận về "
    "công tác di dời. Theo Thông báo số 38/TB-UBND này, Phó Chủ tịch quận đã giao Phòng Quản lý "
    "đô thị tham mưu UBND quận xây dựng kế hoạch di dời xong trước ngày 15-2. Người dân mong "
    "thành phố thực hiện quyết liệt việc di dời."
)


def test_scraped_page_a_body_told_done_is_no_request_to_count() -> None:
    draft = extract(NARRATED_PAGE, issued=date(2017, 2, 8))
    texts = [d["text"] for d in draft.duties]
    assert not any(t.startswith(("Ban quản lý Hồ Tây", "Tuy nhiên", "Người dân")) for t in texts)
    given = [d for d in draft.duties if "đã giao Phòng Quản lý đô thị" in d["text"]]
    assert len(given) == 1
    assert lead_names(draft, given[0]) == ["Phòng Quản lý đô thị"]
