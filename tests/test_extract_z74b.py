"""`nq42 extract` on documents whose shape hid their text (branch z74b).

Each text here is small and made up for the case it pins; the real documents are scored
in tests/test_extract_corpus.py.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from nq42cli.core.markup import as_read


def _owners(draft: Draft, duty: dict[str, Any]) -> list[tuple[str, str]]:
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    return [(r.get("as_written") or names[r["owner"]], r["role"]) for r in duty["owners"]]


# A site generator's content file: JSON front matter, then a digest's plain paragraphs
# under topic lines, parted by lines holding one space.
DIGEST = (
    "---json\n"
    "{\n"
    '    "title": "Chỉ đạo nổi bật trong tuần",\n'
    '    "date": "04-03-2019 08:30:00",\n'
    '    "tag": []\n'
    "}\n"
    "---\n"
    "Giám sát dịch bệnh trên đàn gia súc\n"
    " \n"
    "Tại Chỉ thị 99/CT-TTg về phòng, chống dịch bệnh, Thủ tướng Chính phủ yêu cầu Bộ Nông "
    "nghiệp và Phát triển nông thôn chủ trì, phối hợp với các địa phương giám sát chặt chẽ "
    "dịch bệnh trên đàn gia súc.\n"
    " \n"
    "Nâng cao chất lượng dịch vụ công\n"
    " \n"
    "Thủ tướng Chính phủ yêu cầu Bộ Thông tin và Truyền thông rà soát các dịch vụ công trực "
    "tuyến, bảo đảm người dân sử dụng thuận tiện."
)


def test_a_content_files_plain_paragraphs_are_read_as_a_pages() -> None:
    draft = extract(DIGEST)
    texts = [d["text"] for d in draft.duties]
    assert len(texts) == 2, texts
    assert not any("json" in t or '"title"' in t for t in texts)
    first, second = draft.duties
    assert ("Bộ Nông nghiệp và Phát triển nông thôn", "lead") in _owners(draft, first)
    assert second["text"].startswith("Thủ tướng Chính phủ yêu cầu Bộ Thông tin")
    assert [n for n, _ in _owners(draft, second)] == ["Bộ Thông tin và Truyền thông"]


PHOTOS = (
    "<p>Sáng 5/3, Hội đồng nhân dân huyện họp phiên bất thường.</p>\n"
    "<table>\n<tbody>\n"
    '<tr><td><img alt="" src="https://example.org/anh1.jpg" /></td></tr>\n'
    "<tr><td>To&agrave;n cảnh phi&ecirc;n họp</td></tr>\n"
    "</tbody>\n</table>\n"
    "<p><br />\nHĐND huyện y&ecirc;u cầu UBND huyện r&agrave; so&aacute;t c&aacute;c "
    "c&ocirc;ng tr&igrave;nh chậm tiến độ.</p>\n"
    "<p>Theo Cổng th&ocirc;ng tin điện tử huyện</p>\n"
)


def test_a_photo_table_of_one_column_reads_as_its_caption_line() -> None:
    read = as_read(PHOTOS)
    assert read.undone in (("html",), ("fragment",))
    assert "|" not in read.text
    assert "\nToàn cảnh phiên họp\n" in read.text
    assert "HĐND huyện yêu cầu UBND huyện rà soát các công trình chậm tiến độ." in read.text


def test_a_table_of_several_columns_stays_a_table() -> None:
    page = (
        "<p>Phân công như sau.</p>\n<table>\n"
        "<tr><td>1</td><td>Rà soát công trình</td><td>Phòng Kinh tế</td></tr>\n"
        "<tr><td>Nhóm nhiệm vụ khác</td></tr>\n"
        "</table>\n<p>Các phòng thực hiện.</p>\n"
    )
    read = as_read(page)
    assert "| 1 | Rà soát công trình | Phòng Kinh tế |" in read.text
    assert "| Nhóm nhiệm vụ khác |" in read.text


# A council's closing speech on a news page: a request after a sentence of context, a
# "for now" connective before the bodies, the deputies addressed as "các vị đại biểu".
SPEECH = (
    "Phát biểu bế mạc kỳ họp, Chủ tịch HĐND huyện nhấn mạnh, năm 2022 là năm có ý nghĩa "
    "quan trọng.\n\n"
    "Tình hình còn nhiều khó khăn, thách thức. Do đó, HĐND huyện đề nghị UBND huyện khẩn "
    "trương triển khai các nghị quyết đã được thông qua.\n\n"
    "Trước mắt, UBND huyện, các phòng, ban cần tập trung rà soát tiến độ các công trình.\n\n"
    "Đề nghị các vị đại biểu HĐND huyện tổ chức tốt việc tiếp xúc cử tri sau kỳ họp.\n"
)


def test_a_speechs_requests_after_context_and_connectives_are_read() -> None:
    draft = extract(SPEECH)
    got = {d["text"][:25]: [n for n, _ in _owners(draft, d)] for d in draft.duties}
    assert got.get("Do đó, HĐND huyện đề nghị") == ["UBND huyện"], got
    assert got.get("Trước mắt, UBND huyện, cá", [""])[0] == "UBND huyện", got
    assert got.get("Đề nghị các vị đại biểu H") == ["các vị đại biểu HĐND huyện"], got
    assert not any(t.startswith(("Phát biểu", "Tình hình")) for t in got)


def test_state_agencies_and_staff_named_by_function_own_their_requests() -> None:
    text = (
        "Đẩy mạnh cải cách thủ tục\n \n"
        "Tại Chỉ thị 98/CT-TTg về cải cách, Thủ tướng Chính phủ kêu gọi các hiệp hội tham gia "
        "góp ý. Thủ tướng Chính phủ yêu cầu cơ quan quản lý nhà nước các cấp "
        "hướng dẫn doanh nghiệp về thủ tục đầu tư.\n \n"
        "Đối với cán bộ, công chức, viên chức và người lao động, Thủ tướng Chính phủ yêu cầu "
        "trong thực thi công vụ phải tuân thủ kỷ luật hành chính."
    )
    draft = extract("---\ntitle: Tin tuần\n---\n" + text)
    got = {d["text"][:30]: [n for n, _ in _owners(draft, d)] for d in draft.duties}
    assert ["cơ quan quản lý nhà nước các cấp"] in got.values(), got
    assert ["cán bộ, công chức, viên chức và người lao động"] in got.values(), got


def test_an_asked_bodys_undated_tasks_run_in_after_sau_colon_are_each_a_duty() -> None:
    page = (
        "<p>Bộ Y tế vừa có công văn gửi các địa phương về phòng, chống sốt xuất huyết.</p>\n"
        "<p>Để chủ động phòng bệnh, Bộ Y tế đề nghị Chủ tịch Ủy ban nhân dân các tỉnh chỉ đạo "
        "Sở Y tế triển khai các nội dung sau: Rà soát các ổ dịch cũ trên địa bàn; tổ chức "
        "chiến dịch diệt lăng quăng tại khu dân cư; báo cáo tình hình dịch về Bộ Y tế.</p>\n"
        "<p>Bộ cũng lưu ý các địa phương bảo đảm đủ thuốc, vật tư.</p>\n"
    )
    draft = extract(page)
    texts = [d["text"] for d in draft.duties]
    for start in ("Rà soát các ổ dịch cũ", "tổ chức chiến dịch diệt", "báo cáo tình hình dịch"):
        duty = next((d for d in draft.duties if d["text"].startswith(start)), None)
        assert duty is not None, texts
        assert [n for n, _ in _owners(draft, duty)] == ["Chủ tịch Ủy ban nhân dân các tỉnh"]


def test_the_day_a_cited_letter_was_issued_is_no_deadline() -> None:
    text = "---\ntitle: Tin địa phương\n---\n" + (
        "Sở Xây dựng chủ trì, phối hợp với các sở liên quan khẩn trương thực hiện ý kiến chỉ "
        "đạo của Bộ trưởng tại công văn ban hành vào ngày 12.5 về quy hoạch khu du lịch.\n\n"
        "Ủy ban nhân dân quận báo cáo kết quả trước ngày 25.5.\n"
    )
    draft = extract(text, issued=date(2019, 5, 15))
    first = next(d for d in draft.duties if d["text"].startswith("Sở Xây dựng"))
    assert not any("12" in w and "5" in w for w in first.get("windows") or []), first
    second = next(d for d in draft.duties if "trước ngày 25.5" in d["text"])
    assert second["windows"], second
    assert "2019" in str(second["windows"]), second
