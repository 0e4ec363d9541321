"""`nq42 extract` on lead owners in notices of conclusions, conference reports and
leaders' instructions (round z74e).

Each text here is small and made up for the case it pins; the real documents are scored
in tests/test_extract_corpus.py.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from nq42cli.core.ownerfind import Registry, subject


def _owners(draft: Draft, duty: dict[str, Any]) -> list[tuple[str, str]]:
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    return [(r.get("as_written") or names[r["owner"]], r["role"]) for r in duty["owners"]]


def _responsible(text: str) -> list[str] | None:
    got = subject(text, Registry())
    return None if got is None else [n.written for n in got.responsible]


def _leads(text: str) -> list[str] | None:
    got = subject(text, Registry())
    return None if got is None else [n.written for n in got.leads]


def test_a_besides_connective_then_a_body_names_the_owner() -> None:
    """ "Bên cạnh đó, Sở X tăng cường …": the report's "besides", then who; straight into
    the verb it names no one."""
    assert _responsible("Bên cạnh đó, các cơ quan chuyên môn tăng cường kiểm tra chợ.") == [
        "các cơ quan chuyên môn"
    ]
    assert _responsible("Bên cạnh đó, Sở Xây dựng rà soát lại quy hoạch bến xe.") == ["Sở Xây dựng"]
    assert (
        subject("Bên cạnh đó, tăng cường kiểm tra việc chấp hành của Sở Y tế.", Registry()) is None
    )


def test_the_head_of_government_directing_gives_the_work_to_whom_he_directs() -> None:
    """ "Phó Thủ tướng (Nguyễn Văn A) chỉ đạo các bộ, ngành đẩy mạnh …": a report quoting the
    head of government; whom he directs owns the work. "Giao Phó Thủ tướng … chỉ đạo …" gives
    the deputy the directing; "Thủ tướng Chính phủ chỉ đạo …", the office alone, stays."""
    assert _responsible("Phó Thủ tướng chỉ đạo các bộ, ngành đẩy mạnh cải cách thủ tục.") == [
        "các bộ, ngành"
    ]
    assert _leads(
        "Thủ tướng Lê Văn Bình cũng chỉ đạo Bộ Tài chính chủ trì, phối hợp với Bộ Công Thương "
        "rà soát giá vật tư."
    ) == ["Bộ Tài chính"]
    assert _responsible(
        "Giao Phó Thủ tướng Nguyễn Văn Cường chỉ đạo các bộ, cơ quan xử lý dứt điểm vướng mắc."
    ) == ["Phó Thủ tướng Nguyễn Văn Cường"]
    assert _responsible(
        "Thủ tướng Chính phủ chỉ đạo các cơ quan phát động phong trào thi đua."
    ) == ["Thủ tướng Chính phủ"]


NEWS_CONFERENCE = (
    "# Phó Thủ tướng chỉ đạo phòng chống dịch cúm gia cầm\n\n"
    "Phó Thủ tướng Trần Văn Dũng yêu cầu Bộ Y tế khẩn trương rà soát các ổ dịch.\n\n"
    "Bên cạnh đó, Phó Thủ tướng chỉ đạo các địa phương tăng cường kiểm soát vận chuyển"
    " gia cầm.\n\n"
    "Bên cạnh đó, các ngành chức năng đẩy mạnh hợp tác quốc tế trong phòng, chống dịch"
    " bệnh.\n"
)


def test_a_conference_report_s_besides_paragraphs_name_their_own_owners() -> None:
    draft = extract(NEWS_CONFERENCE, issued=date(2019, 5, 13))
    got = {d["text"][:30]: _owners(draft, d) for d in draft.duties}
    assert got["Bên cạnh đó, Phó Thủ tướng chỉ"] == [("các địa phương", "responsible")]
    assert got["Bên cạnh đó, các ngành chức nă"] == [("các ngành chức năng", "responsible")]


def test_a_plural_s_relative_clause_is_part_of_the_name_up_to_the_modal() -> None:
    """ "… yêu cầu các tỉnh mà báo chí nêu tên cần kiểm tra …": which ones the plural means
    is said by its "mà" clause, kept with the name; with no modal after it the name ends at
    "mà" ("Chủ tịch UBND tỉnh mà đã được giải quyết …")."""
    assert _responsible(
        "Bộ trưởng yêu cầu các tỉnh mà báo chí nêu tên cần kiểm tra, xử lý ngay vi phạm."
    ) == ["các tỉnh mà báo chí nêu tên"]
    assert _responsible("Các đơn vị mà đã được giao nhiệm vụ, tiếp tục thực hiện.") == [
        "Các đơn vị"
    ]


def test_besides_after_a_comma_is_no_part_of_the_name() -> None:
    """ "… đề nghị các cơ quan báo chí, bên cạnh phản ánh …, cần …": an aside, not a body."""
    assert _responsible(
        "Ông Lê Văn Hùng đề nghị các cơ quan báo chí, bên cạnh phản ánh hạn chế cần "
        "biểu dương điển hình tiên tiến."
    ) == ["các cơ quan báo chí"]


def test_hence_and_connectives_run_into_a_request_name_whom_it_asks() -> None:
    """ "Từ đó, X yêu cầu Y …" and "Đồng thời yêu cầu Y và Z, nghiên cứu …" (no comma after
    the connective): whom the request names owns it."""
    assert _responsible("Từ đó, Thủ tướng yêu cầu Sở Y tế rà soát lại quy trình.") == ["Sở Y tế"]
    assert _responsible("Thời gian tới, Thủ tướng yêu cầu Bộ Tài chính rà soát giá.") == [
        "Bộ Tài chính"
    ]
    assert _responsible(
        "Đồng thời yêu cầu Bộ Công Thương và các địa phương, nghiên cứu phương án thay thế."
    ) == ["Bộ Công Thương", "các địa phương"]
    assert subject("Đồng thời yêu cầu tăng cường kiểm tra chợ đầu mối.", Registry()) is None


def test_a_steering_committee_named_for_what_it_fights_keeps_its_name() -> None:
    """ "Ban Chỉ đạo quốc gia phòng chống dịch …": what the board is for, part of its name."""
    assert _responsible(
        "Các bộ, ngành, Ban Chỉ đạo quốc gia phòng chống cúm gia cầm cần thường xuyên "
        "kiểm tra các địa phương."
    ) == ["Các bộ, ngành", "Ban Chỉ đạo quốc gia phòng chống cúm gia cầm"]


def test_a_lone_letter_after_a_list_cut_at_the_line_s_end_is_no_body() -> None:
    """ "2.1. Giao Thủ trưởng các Vụ, Cục, d" over points (a column cut mid-word): the points
    are the heads' of departments; the letter names no one."""
    text = (
        "THÔNG BÁO\nKết luận của Tổng cục trưởng tại hội nghị\n\n"
        "2. Nhiệm vụ công tác trong thời gian tới\n"
        "2.1. Giao Thủ trưởng các Vụ, Cục, d\n"
        "- Tiếp tục bám sát các chỉ đạo của Chính phủ.\n"
        "- Tổng hợp, đánh giá việc thực hiện nhiệm vụ năm 2024.\n"
    )
    draft = extract(text, issued=date(2024, 10, 1))
    assert [_owners(draft, d) for d in draft.duties] == [
        [("Thủ trưởng các Vụ, Cục", "responsible")]
    ] * 2


def test_a_province_by_its_name_ends_at_the_verb_in_lower_case() -> None:
    """ "Tỉnh Hà Giang quy hoạch, nghiên cứu …": the place's name, then its verb."""
    assert _responsible("Tỉnh Hà Giang quy hoạch, nghiên cứu phương án tái định cư.") == [
        "Tỉnh Hà Giang"
    ]
    assert _responsible("Tỉnh Hà Giang và tỉnh Cao Bằng rà soát các điểm sạt lở.") == [
        "Tỉnh Hà Giang",
        "tỉnh Cao Bằng",
    ]


def test_a_manner_adverb_after_a_plural_opens_the_verb() -> None:
    """ "… đề nghị các đơn vị thần tốc lấy mẫu …", "Các cơ quan sớm bàn giao …": how the work
    is done (with lightning speed, quickly, early, resolutely), never the plural's kind."""
    assert _responsible("Ban chỉ đạo đề nghị các đơn vị thần tốc lấy mẫu xét nghiệm.") == [
        "các đơn vị"
    ]
    assert _responsible("Các địa phương nhanh chóng khắc phục hậu quả bão.") == ["Các địa phương"]
    assert _responsible("Các cơ quan sớm bàn giao mặt bằng cho nhà thầu.") == ["Các cơ quan"]
    assert _responsible("Các sở quyết liệt triển khai các giải pháp.") == ["Các sở"]


def test_every_bank_of_the_system_is_a_body_of_its_own_after_and() -> None:
    """ "Ngân hàng Nhà nước và toàn hệ thống ngân hàng thương mại": two owners."""
    assert _responsible(
        "Ngân hàng Nhà nước Việt Nam và toàn hệ thống ngân hàng thương mại cần giảm lãi suất."
    ) == ["Ngân hàng Nhà nước Việt Nam", "toàn hệ thống ngân hàng thương mại"]


NOTICE_NEEDS = (
    "# Thông báo kết luận về tín dụng\n\n"
    "Năm 2026 có ý nghĩa quan trọng, ngành ngân hàng phải đi đầu trong việc thúc đẩy tăng"
    " trưởng. Để đạt được mục tiêu trên, Ngân hàng Nhà nước Việt Nam và các ngân hàng thương"
    " mại cần chủ động thực hiện các nhiệm vụ sau:\n\n"
    "(1) Tiếp tục tiết giảm chi phí hoạt động.\n\n"
    "(2) Tập trung tín dụng vào các lĩnh vực ưu tiên.\n"
)


def test_a_notice_s_lead_in_naming_who_needs_to_act_gives_them_the_points() -> None:
    """ "…. Để đạt được mục tiêu trên, X và Y cần … thực hiện các nhiệm vụ sau:" over "(1)",
    "(2)": the bodies named once, as the subject of "cần" in the last sentence, own them."""
    draft = extract(NOTICE_NEEDS, issued=date(2026, 2, 25))
    want = [
        ("Ngân hàng Nhà nước Việt Nam", "responsible"),
        ("các ngân hàng thương mại", "responsible"),
    ]
    assert [_owners(draft, d) for d in draft.duties] == [want, want]


def test_the_head_of_government_pointing_out_then_who_does_it() -> None:
    """ "Trong đó, Thủ tướng Chính phủ chỉ rõ, Bộ X chủ trì …": the body after the speaker's
    comma owns the work, never the speaker."""
    assert _leads(
        "Trong đó, Thủ tướng Chính phủ chỉ rõ, Bộ Xây dựng chủ trì xây dựng các tiêu chuẩn "
        "kỹ thuật liên quan."
    ) == ["Bộ Xây dựng"]
