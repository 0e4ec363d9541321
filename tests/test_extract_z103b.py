"""`nq42 extract` reads a deadline the same however it is written (branch z103b).

Each text here is small and made up for the case it pins: the same plan written with
another harmless habit (a day's separators, a two-figure year, the words of a limit, the
time put first) must give the same duties, owners and deadlines.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from nq42cli.core.extract import Draft, extract
from nq42cli.core.spans import find_spans
from nq42cli.core.windows import parse_phrase
from tests.extract_helpers import lead_names


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


TIMELINE = """\
KẾ HOẠCH
Tuyển sinh năm 2026

Theo kế hoạch của Sở Giáo dục và Đào tạo, các mốc thời gian như sau.

Ngày 10/11/2025, Sở Giáo dục và Đào tạo hoàn thành việc ban hành hướng dẫn tuyển sinh.

Ngày 15/2/2026, các trường trung học phổ thông hoàn thành công bố thông tin tuyển sinh.

Ngày 15/5/2026, Phòng Quản lý thi hoàn thành tập huấn phần mềm tuyển sinh.
"""
_DAY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


@pytest.mark.parametrize(
    "write",
    [
        r"\1/\2/\3",
        r"\1-\2-\3",
        r"\1.\2.\3",
        r"\1 tháng \2 năm \3",
    ],
)
def test_a_timeline_of_dated_paragraphs_reads_alike_whatever_the_days_separators(
    write: str,
) -> None:
    draft = extract(_DAY.sub(write, TIMELINE), issued=date(2025, 11, 1), number="1/KH-SGDĐT")
    got = [(lead_names(draft, d), d["windows"]) for d in draft.duties]
    assert got == [
        (["Sở Giáo dục và Đào tạo"], ["ngày 10/11/2025"]),
        (["các trường trung học phổ thông"], ["ngày 15/2/2026"]),
        (["Phòng Quản lý thi"], ["ngày 15/5/2026"]),
    ]


LIMITS = """\
KẾ HOẠCH
Triển khai sắp xếp tổ chức bộ máy

II. NHIỆM VỤ CỤ THỂ

1. Sở Nội vụ
a) Rà soát, tổng hợp danh sách cán bộ dôi dư, gửi Sở Tài chính không quá ngày 15/12/2025.
b) Xây dựng phương án bố trí cán bộ, trình Ủy ban nhân dân tỉnh hạn chót ngày 20/12/2025.
c) Hoàn thiện hồ sơ sắp xếp, báo cáo Bộ Nội vụ chậm nhất 25/12/2025.
d) Tổng kết việc sắp xếp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/01/26.
đ) Báo cáo kết quả thí điểm, hoàn thành trước ngày 30 tháng 6/2026.
2. Sở Tài chính
- Trước ngày 27/12/2025, tiếp thu ý kiến góp ý của các sở, ngành, Ủy ban nhân dân các huyện,\
 hoàn thiện dự toán kinh phí.
"""


def test_the_words_of_a_limit_and_how_its_day_is_written_give_the_same_deadline() -> None:
    duties = _by_id(extract(LIMITS, issued=date(2025, 12, 1), number="2/KH-UBND"))
    # "không quá ngày" is "chậm nhất ngày"; a year in two figures is this century's; a
    # day in words with its month and year in figures is one day.
    assert duties["II.1.a"]["windows"] == ["ngày 15/12/2025"]
    assert duties["II.1.b"]["windows"] == ["ngày 20/12/2025"]
    assert duties["II.1.c"]["windows"] == ["ngày 25/12/2025"]
    assert duties["II.1.d"]["windows"] == ["trước ngày 15/1/2026"]
    assert duties["II.1.đ"]["windows"] == ["trước ngày 30/6/2026"]


def test_a_limit_put_before_the_task_leaves_the_owner_above_it() -> None:
    draft = extract(LIMITS, issued=date(2025, 12, 1), number="2/KH-UBND")
    duty = _by_id(draft)["II.2.a"]
    # The bodies whose comments are taken in are no subject: the time opens the sentence.
    assert lead_names(draft, duty) == ["Sở Tài chính"]
    assert duty["windows"] == ["trước ngày 27/12/2025"]


LATE_NOTICE = """\
THÔNG BÁO
Kết luận của Bộ trưởng tại cuộc họp ngày 15/5/2025

Sau khi nghe báo cáo, Bộ trưởng kết luận như sau:

1. Giao Vụ Tổ chức cán bộ khẩn trương hoàn thiện dự thảo Nghị định, gửi Bộ Tư pháp thẩm định\
 chậm nhất 20/5/2025.

2. Giao Vụ Pháp chế hoàn thiện hồ sơ, trình Chính phủ hạn chót ngày 21/5/2025.
"""


def test_a_limit_that_lapsed_days_before_the_signing_is_kept_in_any_of_its_words() -> None:
    # Signed on 22/5: a due day of the week before is the late task's, not history,
    # "ngày" written or not, "chậm nhất" or "hạn chót".
    duties = _by_id(extract(LATE_NOTICE, issued=date(2025, 5, 22), number="3/TB-BNV"))
    assert duties["S.1"]["windows"] == ["ngày 20/5/2025"]
    assert duties["S.2"]["windows"] == ["ngày 21/5/2025"]


SENT_BACK = """\
Kính gửi: Các sở, ban, ngành tỉnh.

Để có cơ sở tổng hợp, tham mưu UBND tỉnh, Sở Công Thương đề nghị các cơ quan, đơn vị nghiên\
 cứu hồ sơ, tài liệu gửi kèm, cụ thể:
- Tham gia ý kiến đối với toàn bộ nội dung đề xuất tại Báo cáo số 42/BC-SCT của Sở Công Thương.
- Trước ngày 28.7.2026, văn bản tham gia ý kiến đề nghị gửi về Sở Công Thương.
"""


def test_a_sending_line_written_time_first_dates_the_request_above_it() -> None:
    draft = extract(SENT_BACK, issued=date(2026, 7, 20), number="4/SCT-QLCN")
    assert [d["windows"] for d in draft.duties] == [["trước ngày 28/7/2026"]]
    assert draft.duties[0]["text"].startswith("Tham gia ý kiến")


def test_a_filing_window_written_with_dots_is_no_deadline() -> None:
    text = "Thời hạn nhận hồ sơ đăng ký dự tuyển từ ngày 01.8.2026 đến ngày 25.8.2026: từ 08h"
    spans = find_spans(text, date(2026, 7, 20))
    assert [sp.read for sp in spans] == [False, False]


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("trước ngày 15/3/25", date(2025, 3, 14)),
        ("ngày 30.6.25", date(2025, 6, 30)),
        ("31/5/25", date(2025, 5, 31)),
        ("trước ngày 30 tháng 6/2026", date(2026, 6, 29)),
    ],
)
def test_phrases_of_one_day_in_other_habits(phrase: str, due: date) -> None:
    assert [w.end for w in parse_phrase(phrase)] == [due]


def test_khong_qua_is_a_limit_only_as_a_pair() -> None:
    spans = find_spans("Gửi báo cáo không quá ngày 10/3/2026.", date(2026, 1, 5))
    assert [(sp.text, [r.window.end for r in sp.readings]) for sp in spans] == [
        ("không quá ngày 10/3/2026", [date(2026, 3, 10)])
    ]
    # "kết quả" is no limit: the span starts at the time's own qualifier.
    spans = find_spans("Báo cáo kết quả thực hiện trước ngày 15/12/2014.", date(2014, 5, 1))
    assert [sp.text for sp in spans] == ["thực hiện trước ngày 15/12/2014"]


@pytest.mark.parametrize(
    "text", ["Mục 1.2.10 quy định chi tiết", "Tỷ số 1/2/25 trận", "tăng 3/4/25%"]
)
def test_numbers_that_look_like_a_short_day_are_not_read(text: str) -> None:
    assert not any(sp.read for sp in find_spans(text, date(2025, 1, 1)))


OPENED_BY_THE_LIMIT = """\
HƯỚNG DẪN
Tổ chức hội nghị hiệp thương

II. NỘI DUNG

1. Hội nghị thông qua biên bản và danh sách những người đủ tiêu chuẩn ứng cử.

2. Hạn chót ngày 22 tháng 02 năm 2026, Ban Thường trực Ủy ban Mặt trận Tổ quốc tỉnh gửi biên\
 bản hội nghị đến Hội đồng bầu cử quốc gia.

3. Không quá ngày 24 tháng 02 năm 2026, Ban Thường trực Ủy ban Mặt trận Tổ quốc tỉnh gửi danh\
 sách đến Ủy ban bầu cử tỉnh.
"""


def test_a_sentence_opened_by_its_limit_in_other_words_names_its_subject() -> None:
    draft = extract(OPENED_BY_THE_LIMIT, issued=date(2026, 1, 20), number="5/HD-MTTQ")
    duties = _by_id(draft)
    for key, due in (("II.2", "ngày 22/2/2026"), ("II.3", "ngày 24/2/2026")):
        assert lead_names(draft, duties[key]) == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc tỉnh"]
        assert duties[key]["windows"] == [due]
