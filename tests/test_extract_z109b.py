"""`nq42 extract` on short news pages retelling a congress timetable (branch z109b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date

from nq42cli.core.extract import extract
from tests.extract_helpers import lead_names

TWO_CONGRESSES = (
    "Hoàn thành đại hội điểm Hội Cựu chiến binh cấp xã\n\n"
    "12/03/2026 09:15\n\n"
    "Đến hết ngày 10.3, các huyện trong tỉnh đã tổ chức xong đại hội điểm Hội Cựu chiến"
    " binh cấp xã nhiệm kỳ 2026-2031.\n\n"
    "Các đại hội điểm đều diễn ra đúng hướng dẫn, bầu ban chấp hành từ 15 - 21 người.\n\n"
    "Theo kế hoạch, Đại hội Hội Cựu chiến binh cấp huyện nhiệm kỳ 2026-2031 sẽ hoàn thành"
    " trước ngày 30.6.2026 và Đại hội Hội Cựu chiến binh tỉnh hoàn thành trong tháng"
    " 9.2026.\n\n"
    "MINH AN\n"
)


def test_short_page_two_congress_timetable_is_two_duties_lead_null() -> None:
    draft = extract(TWO_CONGRESSES, issued=date(2026, 3, 12))
    steps = [d for d in draft.duties if "Đại hội Hội Cựu chiến binh" in d["text"]]
    assert len(steps) == 2
    first, second = steps
    # The plan's lead-in stays with the first step.
    assert first["text"].startswith("Theo kế hoạch, Đại hội Hội Cựu chiến binh cấp huyện")
    assert second["text"].startswith("Đại hội Hội Cựu chiến binh tỉnh hoàn thành")
    assert lead_names(draft, first) == []
    assert lead_names(draft, second) == []
    assert first["windows"] == ["trước ngày 30/6/2026"]
    assert second["windows"] == ["tháng 9/2026"]
    # The count's day (past) and the page's posting date are no duty's.
    assert not any("10/3" in " ".join(d.get("windows") or []) for d in draft.duties)


ONE_UNDATED_STEP = TWO_CONGRESSES.replace(
    "Đại hội Hội Cựu chiến binh tỉnh hoàn thành trong tháng 9.2026",
    "Đại hội Hội Cựu chiến binh tỉnh hoàn thành sau đó",
)


def test_short_page_timetable_step_without_its_own_time_is_no_split() -> None:
    draft = extract(ONE_UNDATED_STEP, issued=date(2026, 3, 12))
    assert not any(d["text"].startswith("Đại hội Hội Cựu chiến binh tỉnh") for d in draft.duties)


LATER_SENTENCE = (
    "Đã có 320 cơ sở hội tổ chức đại hội nhiệm kỳ 2026 - 2031\n\n"
    "LAN ANH |\n\n"
    "Theo tổng hợp của Tỉnh hội, đến ngày 20.4, toàn tỉnh có 320/410 cơ sở hội tổ chức"
    " xong đại hội.\n\n"
    "Đến nay đã có 3/18 đơn vị cấp huyện tổ chức thành công đại hội nhiệm kỳ 2026 – 2031."
    " Theo lịch đăng ký, dự kiến đại hội của các cơ sở hội sẽ hoàn thành trước ngày"
    " 20.5.2026; đại hội hội cấp huyện hoàn thành trước ngày 30.7.2026.\n\n"
    "LAN ANH\n"
)


def test_short_page_timetable_as_a_paragraphs_last_sentence_is_its_steps() -> None:
    draft = extract(LATER_SENTENCE, issued=date(2026, 4, 22))
    steps = [d for d in draft.duties if "hoàn thành trước ngày" in d["text"]]
    assert [d["text"][:40] for d in steps] == [
        "Theo lịch đăng ký, dự kiến đại hội của c",
        "đại hội hội cấp huyện hoàn thành trước n",
    ]
    assert all(lead_names(draft, d) == [] for d in steps)
    assert [d["windows"] for d in steps] == [["trước ngày 20/5/2026"], ["trước ngày 30/7/2026"]]
    # The report before the timetable (a count, done) is no duty.
    assert not any(d["text"].startswith("Đến nay") for d in draft.duties)
