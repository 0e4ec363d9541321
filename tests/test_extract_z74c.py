"""`nq42 extract` on procedures' steps, articles of responsibility and Front guidance (branch z74c).

Each text here is made up for the case it pins; the real documents are scored in
tests/test_extract_corpus.py.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from nq42cli.core.ownerfind import Registry, subject


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


def _names(draft: Draft, duty: dict[str, Any]) -> list[tuple[str, str]]:
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    return [(r.get("as_written") or names[r["owner"]], r["role"]) for r in duty["owners"]]


def test_step_verbs_end_the_actor_name() -> None:
    """ "… triệu tập …", "… chuyển biên bản …", "… xác nhận …": a step's verb ends its actor."""
    reg = Registry()
    for text, name in [
        (
            "Trưởng Ban công tác Mặt trận khu phố triệu tập cuộc họp cử tri.",
            "Trưởng Ban công tác Mặt trận khu phố",
        ),
        ("Ủy ban bầu cử phường chuyển danh sách cử tri đến Ủy ban xã.", "Ủy ban bầu cử phường"),
        ("Phòng Nội vụ huyện xác nhận vào bản khai và trả lại hồ sơ.", "Phòng Nội vụ huyện"),
    ]:
        got = subject(text, reg)
        assert got is not None
        assert [n.written for n in got.leads + got.responsible] == [name]


def test_step_items_owned_by_their_actor() -> None:
    text = """KẾ HOẠCH
Tổ chức hội nghị cử tri

I. NHIỆM VỤ
1. Trưởng Ban công tác Mặt trận khu phố triệu tập hội nghị cử tri nơi cư trú.
2. Ban công tác Mặt trận khu phố chuyển biên bản hội nghị đến Ủy ban nhân dân phường.
"""
    d = extract(text, issued=date(2025, 12, 1))
    got = _by_id(d)
    assert _names(d, got["I.1"]) == [("Trưởng Ban công tác Mặt trận khu phố", "responsible")]
    assert _names(d, got["I.2"]) == [("Ban công tác Mặt trận khu phố", "responsible")]


_PROCEDURE = """QUYẾT ĐỊNH
Về chế độ hỗ trợ người có công

Điều 5. Hồ sơ, trình tự giải quyết chế độ hỗ trợ

1. Hồ sơ đề nghị hỗ trợ gồm: bản khai của người đề nghị; giấy tờ chứng minh.

2. Trình tự giải quyết chế độ hỗ trợ được thực hiện như sau:

a) Người đề nghị lập bản khai và nộp hồ sơ cho Ủy ban nhân dân cấp xã;

b) Ủy ban nhân dân cấp xã tiếp nhận hồ sơ, kiểm tra, tổng hợp báo cáo Phòng Nội vụ;

c) Phòng Nội vụ xét duyệt, tổng hợp báo cáo Sở Nội vụ;

d) Sở Nội vụ thẩm định, trình Ủy ban nhân dân cấp tỉnh;

đ) Ủy ban nhân dân cấp tỉnh ra quyết định hưởng chế độ hỗ trợ.

Điều 6. Trách nhiệm thi hành

1. Bộ Nội vụ có trách nhiệm hướng dẫn thực hiện Quyết định này.
"""


def test_procedure_steps_of_authorities_are_duties() -> None:
    """A procedure whose steps pass a case from one state body to the next: each is work."""
    d = extract(_PROCEDURE, issued=date(2024, 5, 10))
    got = _by_id(d)
    assert {"D5.2.b", "D5.2.c", "D5.2.d", "D5.2.đ"} <= set(got)
    assert "D5.2.a" not in got  # the applicant's own step
    assert "D5.1" not in got  # the files to submit: the rule's content
    assert _names(d, got["D5.2.c"]) == [("Phòng Nội vụ", "responsible")]
    assert _names(d, got["D5.2.đ"]) == [("Ủy ban nhân dân cấp tỉnh", "responsible")]
    assert all(got[k].get("deadline") is None for k in got if k.startswith("D5"))


def test_procedure_of_applicants_or_with_an_intake_date_stays_aside() -> None:
    """Steps done by the applicant, or a procedure with a date (its intake window): no duty."""
    applicants = _PROCEDURE.replace("b) Ủy ban nhân dân cấp xã", "b) Doanh nghiệp").replace(
        "c) Phòng Nội vụ", "c) Người lao động"
    )
    applicants = applicants.replace("d) Sở Nội vụ", "d) Doanh nghiệp")
    d = extract(applicants, issued=date(2024, 5, 10))
    assert not [k for k in _by_id(d) if k.startswith("D5")]
    dated = _PROCEDURE.replace(
        "ra quyết định hưởng chế độ hỗ trợ.",
        "ra quyết định hưởng chế độ hỗ trợ. Thời gian tiếp nhận hồ sơ chậm nhất đến hết ngày "
        "15 tháng 8 năm 2024.",
    )
    d = extract(dated, issued=date(2024, 5, 10))
    assert not [k for k in _by_id(d) if k.startswith("D5")]


def test_report_contents_under_a_task_are_one_duty() -> None:
    """ "… báo cáo Chủ tịch UBND tỉnh. Báo cáo bao gồm các nội dung sau:": points are contents."""
    text = """QUY CHẾ
Phối hợp tổng hợp ý kiến cử tri

Điều 9. Báo cáo trước kỳ họp

1. Chậm nhất là 20 ngày trước ngày khai mạc kỳ họp, các sở, ngành có Báo cáo
kết quả xử lý ý kiến cử tri, gửi Ủy ban nhân dân tỉnh.
Báo cáo bao gồm các nội dung sau:

a) Số ý kiến đã nhận;

b) Kết quả xử lý, trả lời.

2. Chậm nhất là 20 ngày trước ngày khai mạc kỳ họp, Ủy ban nhân dân cấp huyện
lập báo cáo kết quả, gửi Văn phòng Ủy ban nhân dân tỉnh. Báo cáo gồm các nội dung sau:

a) Số ý kiến đã nhận;

b) Những việc còn tồn đọng.
"""
    d = extract(text, issued=date(2025, 3, 1))
    got = _by_id(d)
    assert {"D9.1", "D9.2"} <= set(got)
    assert not [k for k in got if k.startswith(("D9.1.", "D9.2."))]
    assert _names(d, got["D9.1"]) == [("các sở, ngành", "responsible")]
    assert "Kết quả xử lý, trả lời" in got["D9.1"]["text"]


def test_points_after_a_plain_lead_in_stay_duties() -> None:
    """A lead-in that only introduces tasks ("… thực hiện các nội dung sau:") keeps its points."""
    text = """KẾ HOẠCH
Thực hiện năm 2025

I. NHIỆM VỤ
1. Sở Nội vụ thực hiện các nội dung sau:
a) Rà soát đội ngũ công chức;
b) Tổ chức tập huấn nghiệp vụ.
"""
    d = extract(text, issued=date(2025, 3, 1))
    assert {"I.1.a", "I.1.b"} <= set(_by_id(d))


_CLOSING = """KẾ HOẠCH
Lấy ý kiến cử tri

II. TRÁCH NHIỆM XÁC MINH
1. Đối với vụ việc ở cơ quan thì cơ quan quản lý người ứng cử có trách nhiệm xác minh.
2. Đối với vụ việc ở thôn thì Ủy ban nhân dân xã có trách nhiệm xác minh, trả lời.
3. Chậm nhất là ngày 12 tháng 3 năm 2026, việc xác minh và trả lời phải được tiến hành xong.
"""


def test_closing_date_of_the_items_above() -> None:
    """ "Chậm nhất …, việc … phải được tiến hành xong.": the items' date, no duty of its own."""
    d = extract(_CLOSING, issued=date(2026, 2, 1))
    got = _by_id(d)
    assert "II.3" not in got
    assert got["II.1"]["windows"] == ["ngày 12/3/2026"]
    assert got["II.2"]["windows"] == ["ngày 12/3/2026"]


def test_closing_date_after_a_pointer_to_the_law_stays_a_duty() -> None:
    """After "1. Trách nhiệm … thực hiện theo quy định tại Điều 46 …" the date is the duty."""
    text = _CLOSING.replace(
        "1. Đối với vụ việc ở cơ quan thì cơ quan quản lý người ứng cử có trách nhiệm xác minh.",
        "1. Trách nhiệm xác minh được thực hiện theo quy định tại Điều 46 của Luật Bầu cử.",
    ).replace(
        "2. Đối với vụ việc ở thôn thì Ủy ban nhân dân xã có trách nhiệm xác minh, trả lời.\n", ""
    )
    d = extract(text, issued=date(2026, 2, 1))
    assert "II.3" in _by_id(d)


def test_request_heading_with_its_role_names_the_body() -> None:
    """ "2. Đề nghị Ủy ban nhân dân phường phối hợp" over points: the body owns them."""
    text = """KẾ HOẠCH
Tổ chức hội nghị cử tri

III. TỔ CHỨC THỰC HIỆN
1. Ban Thường trực Ủy ban Mặt trận Tổ quốc phường
- Tổ chức các hội nghị cử tri theo kế hoạch.
2. Đề nghị Ủy ban nhân dân phường phối hợp
- Chỉ đạo Công an phường bảo đảm an ninh trật tự tại các điểm hội nghị.
- Bố trí địa điểm tổ chức hội nghị.
"""
    d = extract(text, issued=date(2026, 1, 5))
    got = _by_id(d)
    assert _names(d, got["III.2.a"]) == [("Ủy ban nhân dân phường", "responsible")]
    assert _names(d, got["III.2.b"]) == [("Ủy ban nhân dân phường", "responsible")]


def test_procedure_steps_on_their_own_lines_are_items() -> None:
    """ "Bước 1: …", "Bước 2: …" over "- Thành phần: …" lines: each step is one item."""
    text = """HƯỚNG DẪN
Trình tự giới thiệu người ứng cử

I. ĐỐI VỚI CÁC CƠ QUAN, ĐƠN VỊ
Thực hiện quy trình 2 bước sau:
Bước 1: Họp lãnh đạo đơn vị dự kiến người giới thiệu.
- Thành phần: Lãnh đạo đơn vị.
- Nội dung: Thảo luận, dự kiến người giới thiệu.
- Biểu mẫu: Lập Biên bản theo Mẫu số 02.
Bước 2: Hội nghị cử tri nơi công tác.
- Chủ trì: Người đứng đầu cơ quan.
- Nội dung: Lấy ý kiến nhận xét và tín nhiệm.
- Biểu mẫu: Lập Biên bản theo Mẫu số 01.
"""
    d = extract(text, issued=date(2025, 12, 1))
    got = _by_id(d)
    assert got["I.1"]["text"].startswith("Họp lãnh đạo đơn vị dự kiến người giới thiệu")
    assert got["I.2"]["text"].startswith("Hội nghị cử tri nơi công tác")
    assert not any(x["text"].startswith("Bước") for x in d.duties)


def test_numbered_task_holding_its_own_fields() -> None:
    """ "1.1. Nội dung: …" over "- Thời gian: …", "- Đơn vị chủ trì: …": one fielded duty."""
    text = """KẾ HOẠCH
Tổ chức hiệp thương

II. NỘI DUNG, TIẾN ĐỘ THỰC HIỆN
1. Hội nghị hiệp thương lần thứ nhất.
1.1. Nội dung: Thỏa thuận về cơ cấu, thành phần, số lượng người ứng cử.
- Thời gian: Chậm nhất ngày 10/12/2025.
- Đơn vị chủ trì: Ban Thường trực Ủy ban Mặt trận Tổ quốc phường.
- Kết quả: Biên bản hội nghị.
1.2. Báo cáo kết quả hội nghị
- Gửi biên bản hội nghị đến Ủy ban bầu cử phường.
"""
    d = extract(text, issued=date(2025, 11, 20))
    got = _by_id(d)
    assert "II.1" not in got
    duty = got["II.1.1"]
    assert duty["text"].startswith("Thỏa thuận về cơ cấu")
    assert _names(d, duty) == [("Ban Thường trực Ủy ban Mặt trận Tổ quốc phường", "lead")]
    assert duty["windows"] == ["ngày 10/12/2025"]


def test_locality_kinds_run_on_to_the_last() -> None:
    """ "Chủ tịch Ủy ban nhân dân các Huyện, Thị xã, Thành phố": one collective, capitals or not."""
    reg = Registry()
    for text in [
        "Chủ tịch Ủy ban nhân dân các Huyện, Thị xã, Thành phố có trách nhiệm chỉ đạo.",
        "Ủy ban nhân dân các huyện, thị xã, Thành phố trực thuộc tỉnh có trách nhiệm báo cáo.",
    ]:
        got = subject(text, reg)
        assert got is not None
        names = [n.written for n in got.leads + got.responsible]
        assert len(names) == 1
        assert names[0].endswith(("Thành phố", "trực thuộc tỉnh"))
