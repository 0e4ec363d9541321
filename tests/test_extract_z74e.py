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
