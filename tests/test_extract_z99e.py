"""`nq42 extract` on hard-wrapped copies: long lines cut at 80 columns (branch z99e).

An e-mail, a PDF viewer's copy or a news page saved as text cuts each line over the
width where a space stood. Each text here is small and made up for the case it pins;
its wrapped copy must read as the original.
"""

from __future__ import annotations

import textwrap
from datetime import date
from typing import Any

from nq42cli.core.extract import extract
from nq42cli.core.layout import Line, pieces


def _wrap(text: str) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) > 90:
            out.extend(textwrap.wrap(line, 80, break_long_words=False, break_on_hyphens=False))
        else:
            out.append(line)
    return "\n".join(out)


def _read(text: str) -> list[tuple[str, list[str], list[str], str]]:
    draft = extract(text, issued=date(2026, 3, 10))
    duties: list[dict[str, Any]] = draft.duties
    return [
        (d["id"], [o["owner"] for o in d["owners"]], d.get("windows") or [], d["text"])
        for d in duties
    ]


# A news page saved as text: a setext title, a link's long address run into the lead,
# its rule, and paragraphs one a line with no blank line between them.
NEWS = (
    "Thủ tướng yêu cầu đẩy nhanh giải ngân vốn đầu tư công trong năm 2026\n"
    "==================================================================\n\n"
    "[Xem chi tiết](https://example.vn/thu-tuong-yeu-cau-day-nhanh-giai-ngan-von-dau-tu"
    "-cong-nam-2026-va-cac-nam-tiep-theo-123456.html)"
    "Thủ tướng Chính phủ vừa ký Công điện về việc đẩy nhanh giải ngân vốn đầu tư công.\n"
    + "-"
    * 110
    + "\n\n"
    "Thủ tướng Chính phủ đã ký Công điện số 12/CĐ-TTg ngày 10/3/2026 về việc đẩy nhanh"
    " tiến độ giải ngân vốn đầu tư công năm 2026.\n"
    "Theo đó, Thủ tướng yêu cầu Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan rà"
    " soát, điều chuyển vốn của các dự án chậm giải ngân sang các dự án có khả năng giải"
    " ngân tốt, báo cáo Thủ tướng Chính phủ trước ngày 30/4/2026.\n"
    "Bộ Xây dựng khẩn trương hướng dẫn các địa phương tháo gỡ vướng mắc về vật liệu xây"
    " dựng thông thường cho các công trình giao thông trọng điểm, hoàn thành trong tháng"
    " 5/2026.\n"
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập trung đẩy nhanh công"
    " tác bồi thường, hỗ trợ, tái định cư, bàn giao mặt bằng sạch cho các dự án đúng tiến"
    " độ đã cam kết.\n"
    "Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này, báo cáo Thủ"
    " tướng Chính phủ những vấn đề phát sinh vượt thẩm quyền.\n"
)


def test_wrapped_news_page_reads_as_the_original() -> None:
    original = _read(NEWS)
    assert [(i, o, w) for i, o, w, _ in original][1:3] == [
        ("S.2", ["bo_tai_chinh", "cac_bo_co_quan"], ["trước ngày 30/4/2026"]),
        ("S.3", ["bo_xay_dung"], ["tháng 5/2026"]),
    ]
    assert _read(_wrap(NEWS)) == original


# A page kept in a program's record (a mock news item's fields), its strings cut by the
# wrap over lines, in double and in single quotes.
RECORD = (
    "{\n"
    '  source: "https://example.vn/tin-tuc/thu-tuong-chi-thi-ve-phong-chong-thien-tai-2026.html",\n'
    '  title: "Thủ tướng chỉ thị về phòng, chống thiên tai",\n'
    "  content: [\n"
    '    { text: "Thủ tướng Chính phủ vừa ký Chỉ thị số 5/CT-TTg về tăng cường công tác'
    ' phòng, chống thiên tai năm 2026." },\n'
    '    { text: "Thủ tướng yêu cầu Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với các'
    ' bộ, ngành rà soát phương án ứng phó với bão mạnh, hoàn thành trước ngày 15/6/2026." },\n'
    "    { text: 'Bộ Công Thương chỉ đạo các chủ hồ thủy điện thực hiện nghiêm quy trình vận"
    " hành liên hồ chứa, bảo đảm an toàn cho hạ du trong mùa mưa lũ.' },\n"
    "  ],\n"
    "}\n"
)


def test_wrapped_program_record_reads_as_the_original() -> None:
    original = _read(RECORD)
    assert ("S.2", ["bo_nnmt", "bo_nganh_tw"], ["trước ngày 15/6/2026"]) in [
        (i, o, w) for i, o, w, _ in original
    ]
    assert _read(_wrap(RECORD)) == original


# A page's title as long as the width, its body's paragraphs wrapped under it with no
# blank line: a capital after the title opens the body, no wrap of the title.
TITLE = "Bộ Giáo dục và Đào tạo yêu cầu kiểm tra cơ sở mầm non tư thục trước ngày 10.2"
BODY = (
    "Sau vụ việc bạo hành trẻ tại một nhóm lớp tư thục, Bộ Giáo dục và Đào tạo đã có văn"
    " bản gửi các sở giáo dục và đào tạo về công tác quản lý các cơ sở.\n"
    "Bộ yêu cầu Sở Giáo dục và Đào tạo các tỉnh, thành phố tăng cường kiểm tra các nhóm"
    " lớp độc lập tư thục, xử lý nghiêm các sai phạm theo quy định.\n"
    "Các sở báo cáo kết quả kiểm tra về Bộ Giáo dục và Đào tạo để tổng hợp, báo cáo Thủ"
    " tướng Chính phủ theo quy định.\n"
)


def test_title_as_long_as_the_width_stands_alone() -> None:
    assert len(TITLE) <= 80 < len(TITLE) + len(" Sau")
    read = pieces(_wrap(f"{TITLE}\n{BODY}"))
    lines = [p for p in read if isinstance(p, Line)]
    assert len(lines) == len(read)  # prose only: no table read
    assert lines[0].text == TITLE
    assert lines[1].text.startswith("Sau vụ việc")
    assert lines[1].text.endswith("các cơ sở.")


# A static site's post: its front matter's fields one a line, then the paragraphs.
POST = (
    "---\n"
    "layout: post\n"
    'title: "Thành phố yêu cầu đẩy nhanh tiến độ giải phóng mặt bằng tuyến đường vành đai"\n'
    "date: 2026-03-24 00:00:01\n"
    "author: example.vn\n"
    "tags:\n"
    "  - Giao thông\n"
    "---\n\n"
    "Ủy ban nhân dân Thành phố vừa có văn bản chỉ đạo về việc đẩy nhanh tiến độ giải phóng"
    " mặt bằng tuyến đường vành đai.\n"
    "Ủy ban nhân dân Thành phố giao Sở Xây dựng chủ trì, phối hợp với các quận, huyện rà soát"
    " các vướng mắc trong công tác giải phóng mặt bằng, báo cáo trước ngày 15/4/2026.\n"
    "Sở Tài chính bố trí đủ vốn cho công tác bồi thường, hỗ trợ, tái định cư của dự án theo"
    " kế hoạch đã được phê duyệt.\n"
)


def test_wrapped_post_with_front_matter_reads_as_the_original() -> None:
    original = _read(POST)
    assert any(w == ["trước ngày 15/4/2026"] for _, _, w, _ in original)
    assert _read(_wrap(POST)) == original
