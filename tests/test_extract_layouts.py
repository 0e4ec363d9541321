"""`nq42 extract` on the layouts, owner phrasings, tables and headers of real documents.

Each text here is small and made up for the case it pins; the real documents are scored
in tests/test_extract_corpus.py.
"""

from __future__ import annotations

import re
import textwrap
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nq42cli.core.docheader import kind_title
from nq42cli.core.extract import Draft, extract
from nq42cli.core.grammar import read_phrase
from nq42cli.core.layout import Line, pieces
from nq42cli.core.loader import load_plan, load_plan_text
from nq42cli.core.ownerfind import Registry, asks_no_one, split_names, subject
from nq42cli.core.spans import find_spans
from nq42cli.core.tables import roles
from nq42cli.core.text import fold
from nq42cli.core.windows import TimeParseError, WindowKind, parse_window
from nq42cli.render.coverage import coverage_lines
from nq42cli.render.draft import plan_text
from tests.conftest import run, scaled
from tests.extract_helpers import starting as _starting

TABLES = Path(__file__).parent / "fixtures" / "tables"


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


def _owners(draft: Draft, duty: dict[str, Any]) -> list[tuple[str, str]]:
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    return [(r.get("as_written") or names[r["owner"]], r["role"]) for r in duty["owners"]]


def _valid(draft: Draft) -> None:
    load_plan_text(plan_text(draft, "vi"), "<draft>")


CONCLUSION = """\
Tại phiên họp ngày 28/2/2025, Bộ Chính trị, Ban Bí thư có ý kiến như sau:

## I- MỤC TIÊU, YÊU CẦU

1. Hoàn thành việc sắp xếp, trình Trung ương vào trung tuần tháng 4/2025.

## II- NỘI DUNG, TIẾN ĐỘ THỰC HIỆN

### 1. Xây dựng đề án sáp nhập đơn vị hành chính

- Giao Đảng uỷ Chính phủ chủ trì, phối hợp với Ban Tổ chức Trung ương, Đảng uỷ Mặt trận \
Tổ quốc, các đoàn thể Trung ương và các cơ quan liên quan nghiên cứu, xây dựng đề án.

#### - Đảng uỷ Chính phủ khẩn trương triển khai thực hiện, bảo đảm tiến độ cụ thể như sau:

+ Báo cáo Bộ Chính trị cho chủ trương chậm nhất ngày 09/3/2025.

+ Hoàn thiện đề án, báo cáo Bộ Chính trị trước ngày 27/3/2025.

## III- TỔ CHỨC THỰC HIỆN

**1. Ban Tổ chức Trung ương, Văn phòng Trung ương Đảng** chủ trì, phối hợp với các cơ quan \
liên quan theo dõi, đôn đốc thực hiện Kết luận này.

Trong quá trình thực hiện, nếu có vướng mắc, các cấp uỷ kịp thời báo cáo Bộ Chính trị./.
"""


def test_a_conclusion_in_markdown_with_lead_in_bullets() -> None:
    """Headings are topics, not owners; a lead-in's subject owns the + milestones below it."""
    draft = extract(CONCLUSION, issued=date(2025, 2, 28), number="127-KL/TW")
    d = _by_id(draft)
    assert list(d) == ["II.1.a", "II.1.b.1", "II.1.b.2", "III.1"]
    assert _owners(draft, d["II.1.a"]) == [
        ("Đảng uỷ Chính phủ", "lead"),
        ("Ban Tổ chức Trung ương", "partner"),
        ("Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương", "partner"),
        ("các cơ quan liên quan", "partner"),
    ]
    assert _owners(draft, d["II.1.b.1"]) == [("Đảng uỷ Chính phủ", "responsible")]
    assert d["II.1.b.1"]["windows"] == ["ngày 9/3/2025"]
    assert d["II.1.b.2"]["windows"] == ["trước ngày 27/3/2025"]
    assert _owners(draft, d["III.1"])[:2] == [
        ("Ban Tổ chức Trung ương", "lead"),
        ("Văn phòng Trung ương Đảng", "lead"),
    ]
    assert draft.data["plan"]["kind"] == "Kết luận"  # from the number's code
    # The target in Mục tiêu and the procedure for difficulties are not duties.
    assert draft.coverage.skipped["procedure"] == 1
    assert draft.data["plan"]["purposes"][0]["id"] == "I.1"
    _valid(draft)


ASSEMBLY = """\
**ĐẢNG ĐOÀN QUỐC HỘI**

Số 12-KH/ĐĐQH15

Hà Nội, ngày 10 tháng 01 năm 2025

**KẾ HOẠCH**

**triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về khoa học**

**II. PHÂN CÔNG NHIỆM VỤ**

**2.1. Để thể chế hoá Nghị quyết, Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:**

*   Khẩn trương rà soát pháp luật; thực hiện cơ bản hoàn thành trong năm 2025.
*   Chủ động xây dựng chương trình giám sát theo quy định.

**2.2. Các Ủy ban của Quốc hội thực hiện các nhiệm vụ sau:**

**a) Tổ đảng ở Thường trực Hội đồng Dân tộc**

*   Tham gia thẩm tra chính sách, pháp luật thuộc lĩnh vực dân tộc.
*   Giám sát việc thực hiện chính sách dân tộc trong Kế hoạch phát triển kinh tế - xã hội \
hằng năm và 5 năm.

**đ) Tổ đảng ở Thường trực Ủy ban Xã hội**

*   Chủ trì thẩm tra các dự án luật về lao động, việc làm.

**III. TỔ CHỨC THỰC HIỆN**

1.  Định kỳ, Thường trực Ủy ban Xã hội của Quốc hội chủ trì, phối hợp với Hội đồng Dân tộc, \
các Ủy ban của Quốc hội giúp Đảng đoàn Quốc hội triển khai Kế hoạch này.
2.  Văn phòng Quốc hội có trách nhiệm bảo đảm các điều kiện thực hiện Kế hoạch.

**Nơi nhận:**
*   Ban Bí thư Trung ương Đảng,

**T/M ĐẢNG ĐOÀN QUỐC HỘI**

**BÍ THƯ**

Trần Thanh Mẫn
"""


def test_an_assembly_plan_decimal_items_owner_letters_and_their_phrasings() -> None:
    """2.1 lead-ins, đ) owner headings, "Tham gia …", "Định kỳ, X chủ trì", "X có trách nhiệm"."""
    draft = extract(ASSEMBLY)
    d = _by_id(draft)
    assert list(d) == [
        "II.2.1.a", "II.2.1.b", "II.2.2.a.1", "II.2.2.a.2", "II.2.2.đ.1", "III.1", "III.2",
    ]  # fmt: skip
    meta = draft.data["plan"]
    assert (meta["number"], meta["date"], meta["issuer"]) == (
        "12-KH/ĐĐQH15",
        "2025-01-10",
        "Đảng đoàn Quốc hội",
    )
    assert meta["implements"]["number"] == "57-NQ/TW"
    assert _owners(draft, d["II.2.1.a"]) == [("Đảng đoàn Quốc hội", "responsible")]
    assert d["II.2.1.a"]["windows"] == ["cơ bản năm 2025"]
    # "Tham gia …": the heading's body takes part; nobody is named to lead.
    assert _owners(draft, d["II.2.2.a.1"]) == [
        ("Tổ đảng ở Thường trực Hội đồng Dân tộc", "partner")
    ]
    # "Kế hoạch … hằng năm và 5 năm" names plans; it is not the duty's cycle.
    assert d["II.2.2.a.2"]["windows"] == ["không thời hạn"]
    assert _owners(draft, d["II.2.2.đ.1"]) == [("Tổ đảng ở Thường trực Ủy ban Xã hội", "lead")]
    assert _owners(draft, d["III.1"]) == [
        ("Thường trực Ủy ban Xã hội của Quốc hội", "lead"),
        ("Hội đồng Dân tộc", "partner"),
        ("các Ủy ban của Quốc hội", "partner"),
    ]
    assert _owners(draft, d["III.2"]) == [("Văn phòng Quốc hội", "responsible")]
    assert draft.data["plan"]["signer"]["name"] == "Trần Thanh Mẫn"
    _valid(draft)


FIELDS = """\
I. NỘI DUNG

1. Tổ chức tuyên truyền, phổ biến pháp luật

- Cơ quan thực hiện: Bộ Công an, Bộ Tư pháp, Đài Truyền hình Việt Nam.

- Thời gian thực hiện: năm 2025 và các năm tiếp theo.

2. Rà soát văn bản quy phạm pháp luật

- Nội dung: rà soát các văn bản có liên quan.

- Thời gian thực hiện:

+ Các bộ, cơ quan ngang bộ gửi kết quả rà soát về Bộ Công an trước ngày 15 tháng 12 năm 2025.

+ Bộ Công an tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2025.

3. Xây dựng Nghị định

a) Nhiệm vụ:

- Xây dựng Nghị định quy định chi tiết Luật.

- Xây dựng Nghị định xử phạt vi phạm hành chính.

b) Cơ quan chủ trì: Bộ Công an.

c) Cơ quan phối hợp: Văn phòng Chính phủ, Bộ Tư pháp.

d) Thời gian thực hiện: Quý II/2026.

4. Báo cáo tình hình thực hiện

- Cơ quan thực hiện: Sở Nội vụ chủ trì; các sở, ban, ngành phối hợp.

- Thời gian thực hiện: Hằng tháng, trước ngày 20.
"""


def test_fields_give_owners_and_time_to_their_item() -> None:
    """Field labels are not duties; a time field's + steps with owners are the duties."""
    draft = extract(FIELDS, issued=date(2025, 11, 29), number="1/KH-BCA")
    d = _by_id(draft)
    assert list(d) == ["I.1", "I.2.a", "I.2.b", "I.3.a.1", "I.3.a.2", "I.4"]
    assert [n for n, _ in _owners(draft, d["I.1"])] == [
        "Bộ Công an",
        "Bộ Tư pháp",
        "Đài Truyền hình Việt Nam",
    ]
    assert d["I.1"]["windows"] == ["từ năm 2025"]
    assert d["I.2.a"]["windows"] == ["trước ngày 15/12/2025"]
    assert _owners(draft, d["I.2.b"]) == [("Bộ Công an", "responsible")]
    assert _owners(draft, d["I.3.a.2"]) == [
        ("Bộ Công an", "lead"),
        ("Văn phòng Chính phủ", "partner"),
        ("Bộ Tư pháp", "partner"),
    ]
    assert d["I.3.a.2"]["windows"] == ["quý II/2026"]
    assert _owners(draft, d["I.4"])[0] == ("Sở Nội vụ", "lead")
    assert d["I.4"]["windows"] == ["trước ngày 20 hằng tháng"]
    _valid(draft)


RESOLUTION = """\
CHÍNH PHỦ

Số: 99/NQ-CP

Hà Nội, ngày 09 tháng 5 năm 2024

NGHỊ QUYẾT

Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 42-NQ/TW ngày 24 tháng \
11 năm 2023 của Ban Chấp hành Trung ương Đảng về chính sách xã hội

Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.

Điều 2. Các Bộ trưởng chịu trách nhiệm thi hành Nghị quyết này./.

TM. CHÍNH PHỦ

PHỤ LỤC I

| TT | Chỉ tiêu | Đơn vị | Cơ quan chủ trì theo dõi |
|---|---|---|---|
| 1 | Tỷ lệ bao phủ bảo hiểm y tế | % | Bộ Y tế |

PHỤ LỤC II

| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm | Thời gian hoàn thành |
|---|---|---|---|---|---|
| **I.** | **Hoàn thiện thể chế** | | | | |
| 1. | Sửa đổi Luật Bảo hiểm xã hội (2014) | Bộ Nội vụ | Bộ Tư pháp; các bộ, ngành | Luật \
| Quý II/2025 |
| 2. | Xây dựng Đề án an sinh xã hội | Bộ Y tế, Bộ Tài chính | | Đề án | Nhiệm vụ thường xuyên |
| | giai đoạn 2026 - 2030 | | | | |
| 3. | Tổng kết thực hiện chính sách | Các bộ, ngành, địa phương | | Báo cáo | hằng năm |
"""


def test_a_resolution_its_indicator_table_and_task_table() -> None:
    """The decision's articles are not duties; indicators are targets; task rows are duties."""
    draft = extract(RESOLUTION)
    d = _by_id(draft)
    assert list(d) == ["PLII.1", "PLII.2", "PLII.3"]
    meta = draft.data["plan"]
    assert (meta["kind"], meta["number"], meta["date"]) == ("Nghị quyết", "99/NQ-CP", "2024-05-09")
    assert meta["implements"]["date"] == "2023-11-24"
    assert d["PLII.1"]["windows"] == ["quý II/2025"]  # not the law's "(2014)"
    assert _owners(draft, d["PLII.1"]) == [
        ("Bộ Nội vụ", "lead"),
        ("Bộ Tư pháp", "partner"),
        ("các bộ, ngành", "partner"),
    ]
    assert d["PLII.2"]["text"].startswith("Xây dựng Đề án an sinh xã hội giai đoạn 2026 - 2030")
    assert _owners(draft, d["PLII.2"]) == [
        ("Bộ Y tế", "responsible"),
        ("Bộ Tài chính", "responsible"),
    ]
    assert d["PLII.2"]["windows"] == ["thường xuyên"]
    assert d["PLII.3"]["windows"] == ["hằng năm"]
    kinds = [(t["kind"], t["rows"], t["duties"]) for t in draft.coverage.tables]
    assert kinds == [("indicators", 1, 0), ("tasks", 5, 3)]
    assert draft.coverage.tables[1]["continued"] == 1
    assert draft.coverage.skipped["article"] == 2
    _valid(draft)


def test_a_task_table_pasted_from_excel_or_copied_from_a_pdf() -> None:
    """The same 140 rows from tab-separated text and from one-cell-per-line PDF text."""
    for name in ("nq-03-phu-luc-2.tsv.txt", "nq-03-phu-luc-2.pdf.txt"):
        text = (TABLES / name).read_text(encoding="utf-8")
        draft = extract(text, issued=date(2025, 1, 9), number="03/NQ-CP")
        d = _by_id(draft)
        assert len(d) == 140, name
        assert d["PLII.1"]["windows"] == ["tháng 6/2025"], name
        assert d["PLII.139"]["windows"] == ["thường xuyên"], name
        assert _owners(draft, d["PLII.89"])[0] == ("Bộ Thông tin và Truyền thông", "lead"), name
        assert d["PLII.14"]["text"].startswith("Sửa đổi Luật Khoa học và Công nghệ (2013)"), name
        _valid(draft)


# A task table whose STT column is blank in every row, copied tab-separated: a header
# cell's own line break cuts the header in two ("Đơn vị" / "chủ trì"), a long task cell
# is broken over two lines (unquoted, as Word copies it), a last cell's break leaves its
# later line with no tab ("Giai đoạn" / "2026 - 2030").
BLANK_NUMBER_TSV = (
    "### Phụ lục\n\nDANH MỤC NHIỆM VỤ\n\n"
    "STT\tTên nhiệm vụ\tĐơn vị\nchủ trì\tĐơn vị phối hợp\tThời gian thực hiện\n"
    "\tXây dựng Chuẩn chương trình đào tạo về an toàn thông tin\tBộ Giáo dục và Đào tạo"
    "\tBộ Công an\tTháng 3/2027\n"
    "\tXây dựng cơ sở dữ liệu về nhân lực an toàn thông tin phục vụ"
    "\nquản lý, dự báo nhu cầu\tBộ Nội vụ\tBộ Công an\tGiai đoạn\n2026 - 2030\n"
    "\tHướng dẫn kết nối dữ liệu quốc gia\tBộ Công an\tBộ Nội vụ\tTháng 12/2026\n"
)


def test_a_tab_separated_table_whose_number_column_is_blank_in_every_row() -> None:
    """Each row under a blank STT column is a row of its own, lettered by its place; a
    header cut by its cell's line break is one header, and a row's cell of lines (the
    task's, the time's) is the row's."""
    draft = extract(BLANK_NUMBER_TSV, issued=date(2026, 8, 11), number="1528/QĐ-TTg")
    d = _by_id(draft)
    assert [(t["form"], t["kind"], t["duties"]) for t in draft.coverage.tables] == [
        ("tsv", "tasks", 3)
    ]
    assert list(d) == ["PL.a", "PL.b", "PL.c"]
    a, b, c = d.values()
    assert a["text"].startswith("Xây dựng Chuẩn chương trình đào tạo về an toàn thông tin")
    assert _owners(draft, a) == [("Bộ Giáo dục và Đào tạo", "lead"), ("Bộ Công an", "partner")]
    assert a["windows"] == ["tháng 3/2027"]
    assert b["text"].startswith(
        "Xây dựng cơ sở dữ liệu về nhân lực an toàn thông tin phục vụ quản lý"
    )
    assert _owners(draft, b) == [("Bộ Nội vụ", "lead"), ("Bộ Công an", "partner")]
    assert b["windows"] == ["2026-2030"]
    assert _owners(draft, c) == [("Bộ Công an", "lead"), ("Bộ Nội vụ", "partner")]
    assert c["windows"] == ["tháng 12/2026"]
    _valid(draft)


def test_ids_that_collide_are_made_unique_and_reported() -> None:
    """Two items numbered alike keep both duties, the second renamed and marked."""
    text = "I. NHIỆM VỤ\n\n1. Bộ Y tế xây dựng đề án.\n\n1. Bộ Tài chính bố trí kinh phí.\n"
    draft = extract(text, issued=date(2025, 1, 1))
    assert [x["id"] for x in draft.duties] == ["I.1", "I.1-2"]
    assert "used twice" in draft.duties[1]["review"]
    _valid(draft)


def test_every_guess_is_marked_for_review() -> None:
    """Approximate readings, dates set aside, made-up owners, no owner: all in `review`."""
    text = (
        "I. NHIỆM VỤ\n\n"
        "1. Sở Văn hóa tỉnh Bắc Nam trình Ủy ban vào đầu tháng 3/2025.\n\n"
        "2. Rà soát các quy định theo Nghị quyết số 57-NQ/TW ngày 22/12/2024, năm 2025 xong.\n"
    )
    d = _by_id(extract(text, issued=date(2025, 1, 1)))
    assert "approximate" in d["I.1"]["review"]
    assert "keys made up" in d["I.1"]["review"]
    assert "names no owner" in d["I.2"]["review"]
    assert "time seen, not read: 'năm 2025'" in d["I.2"]["review"]
    assert d["I.2"]["windows"] == ["không thời hạn"]


def test_cli_writes_a_draft_with_a_coverage_report(tmp_path: Path) -> None:
    """The coverage report counts what was seen and read; a past date is set aside."""
    src = tmp_path / "kh.txt"
    src.write_text(
        "I. NHIỆM VỤ\n\n1. Bộ Y tế xây dựng đề án (quý I/2024).\n\n"
        "2. Bộ Tài chính bố trí kinh phí (quý II/2025).\n",
        encoding="utf-8",
    )
    out = tmp_path / "plan.yaml"
    res = run("extract", str(src), "--issued", "2025-01-01", "-o", str(out), "--lang", "en")
    assert "COVERAGE: 2 duties: 1 with a deadline" in res.stderr
    assert "dated phrases in duties: 2 seen, 1 read, 1 set aside (1 day before" in res.stderr
    plan = load_plan(out).plan
    assert [d.id for d in plan.duties] == ["I.1", "I.2"]
    # A deadline before the document's own date would be history: never read, marked.
    assert plan.duties[0].windows[0].kind.value == "undated"
    assert "quý I/2024" in (plan.duties[0].review or "")
    run("validate", str(out), "--strict")


def test_cli_reports_zero_duties_read(tmp_path: Path) -> None:
    """A text with nothing numbered gives a draft with its header and exit 1, '0 duties'."""
    src = tmp_path / "x.txt"
    src.write_text("Một đoạn văn không có mục nào.\n", encoding="utf-8")
    out = tmp_path / "x.yaml"
    res = run("extract", str(src), "-o", str(out), code=1)
    assert "0 duties read" in res.stderr
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["duties"] == []


_PIECES = st.sampled_from(
    [
        "I. NHIỆM VỤ", "II- TỔ CHỨC THỰC HIỆN", "1. ", "2.1. ", "a) ", "đ) ", "- ", "+ ", "* ",
        "**", "## ", "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |", "| 1. | x | Bộ Y tế |",
        "|---|---|---|---|", "Bộ Y tế", "chủ trì, phối hợp với", "Ban Tổ chức Trung ương", "Giao ",
        "trước ngày 20/10/2025", "(quý I/2025)", "(*sau khi*)", "hằng năm", "đến năm 2030",
        "Cơ quan chủ trì:", "Thời gian thực hiện:", "Nơi nhận:", "KẾ HOẠCH", "PHỤ LỤC II",
        "STT", "Nhiệm vụ", "Thời gian hoàn thành", "\t", "./.", "Số: 1/KH", "ngày 1 tháng 2",
        "các Đảng uỷ: Chính phủ; Quốc hội", "Định kỳ, ", "có trách nhiệm", "(", ")", ",", ";", ":",
    ]
)  # fmt: skip


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_PIECES, max_size=6).map("".join), max_size=25).map("\n".join))
def test_extract_never_raises_and_its_draft_validates(text: str) -> None:
    """Any text made of the pieces real documents use gives a draft that validates."""
    draft = extract(text, issued=date(2025, 1, 1))
    rendered = plan_text(draft, "vi")
    assert isinstance(yaml.safe_load(rendered), dict)
    load_plan_text(rendered, "<draft>")


@settings(max_examples=scaled(100), deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_extract_never_raises_on_random_text(text: str) -> None:
    """Random characters never raise either."""
    draft = extract(text)
    assert isinstance(plan_text(draft, "vi"), str)


def test_cli_writes_an_invalid_draft_with_its_problems_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never discard a draft: written, problems at its end with positions in it, exit 1."""
    import nq42cli.core.extract as core

    real = core.extract

    def broken(text: str, **kw: Any) -> Draft:
        draft = real(text, **kw)
        draft.duties[0]["owners"] = [{"owner": "no_such_owner", "role": "lead"}]
        return draft

    monkeypatch.setattr(core, "extract", broken)
    src = tmp_path / "kh.txt"
    src.write_text("I. NHIỆM VỤ\n\n1. Bộ Y tế xây dựng đề án (quý I/2025).\n", encoding="utf-8")
    out = tmp_path / "plan.yaml"
    args = ("extract", str(src), "--issued", "2025-01-01", "-o", str(out), "--lang", "en")
    res = run(*args, code=1)
    assert f"{out}:" in res.stderr
    assert "unknown owner 'no_such_owner'" in res.stderr
    written = out.read_text(encoding="utf-8")
    assert "# PROBLEMS found when this draft was validated" in written
    line = int(res.stderr.split(f"{out}:")[1].split(":")[0])
    assert "no_such_owner" in written.splitlines()[line - 1]


MORE_LAYOUTS = """\
I. NHIỆM VỤ, GIẢI PHÁP

1. Về chính sách

a) Hoàn thiện chính sách ưu đãi người có công:

- Năm 2025:

+ Sửa đổi Nghị định về trợ cấp.

+ Rà soát đối tượng hưởng chính sách.

- Năm 2026: Tổng kết việc thực hiện.

II. TỔ CHỨC THỰC HIỆN

1.1. Chăm sóc người có công

a) Nhiệm vụ:

- Tổ chức thăm hỏi, tặng quà.

b) Cơ quan thực hiện:

- Chủ trì: Sở Lao động - Thương binh và Xã hội.

- Phối hợp: Sở Tài chính, Ủy ban nhân dân các quận, huyện.

c) Thời gian thực hiện: Quý IV/2025.

1.2. Xây dựng nhà tình nghĩa

- Cơ quan thực hiện: Sở Xây dựng (chủ trì); Sở Tài chính, Mặt trận Tổ quốc thành phố (phối hợp).

- Thời gian thực hiện: năm 2026.

2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố

- Vận động các tổ chức, cá nhân ủng hộ Quỹ Đền ơn đáp nghĩa¹.

¹ Quỹ được thành lập theo Quyết định số 12/QĐ-UBND ngày 01/01/2020.
"""


def test_time_lead_ins_owner_sub_fields_role_marks_requests_and_footnotes() -> None:
    """ "Năm 2025:" dates its points; "- Chủ trì:"/"- Phối hợp:" and "(chủ trì)" give roles."""
    draft = extract(MORE_LAYOUTS, issued=date(2025, 3, 1), number="9/KH-UBND")
    d = _by_id(draft)
    assert d["I.1.a.1.a"]["windows"] == ["năm 2025"]
    assert d["I.1.a.1.b"]["windows"] == ["năm 2025"]
    assert d["I.1.a.2"]["windows"] == ["năm 2026"]
    assert _owners(draft, d["II.1.1.a.1"]) == [
        ("Sở Lao động - Thương binh và Xã hội", "lead"),
        ("Sở Tài chính", "partner"),
        ("Ủy ban nhân dân các quận, huyện", "partner"),
    ]
    assert d["II.1.1.a.1"]["windows"] == ["quý IV/2025"]
    assert _owners(draft, d["II.1.2"]) == [
        ("Sở Xây dựng", "lead"),
        ("Sở Tài chính", "partner"),
        ("Mặt trận Tổ quốc thành phố", "partner"),
    ]
    assert _owners(draft, d["II.2.a"]) == [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "responsible")
    ]
    assert not any(x["text"].startswith("¹") for x in draft.duties)
    _valid(draft)


DECISION = """\
THỦ TƯỚNG CHÍNH PHỦ

Số: 7/QĐ-TTg

Hà Nội, ngày 26 tháng 6 năm 2018

QUYẾT ĐỊNH

Ban hành Kế hoạch thực hiện Chỉ thị số 14-CT/TW ngày 19 tháng 7 năm 2017 của Ban Bí thư

Điều 1. Ban hành Kế hoạch thực hiện Chỉ thị với các nội dung sau:

I. MỤC TIÊU

Đến năm 2020, phấn đấu 100% gia đình người có công có mức sống trung bình.

II. NHIỆM VỤ, GIẢI PHÁP

1. Rà soát, sửa đổi chính sách ưu đãi người có công (năm 2018).

Điều 2. Tổ chức thực hiện

1. Bộ Lao động - Thương binh và Xã hội chủ trì, phối hợp với các bộ, ngành hướng dẫn thực hiện.

2. Bộ Tài chính bảo đảm kinh phí hằng năm.

Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành./.
"""


def test_a_decision_with_its_plan_inside_article_1_and_duties_in_article_2() -> None:
    """Sections inside "Điều 1." are read; "Điều 2. Tổ chức thực hiện" assigns duties."""
    draft = extract(DECISION)
    d = _by_id(draft)
    assert list(d) == ["II.1", "D2.1", "D2.2"]
    assert d["II.1"]["windows"] == ["năm 2018"]
    assert _owners(draft, d["D2.1"])[0] == ("Bộ Lao động - Thương binh và Xã hội", "lead")
    assert draft.data["plan"]["kind"] == "Quyết định"
    assert draft.coverage.skipped["article"] == 2
    _valid(draft)


LEAD_INS = """\
I. NHIỆM VỤ

1. Nhiệm vụ

Nhà nước tập trung vào một số nội dung sau đây:

a) Rà soát chính sách đối với người cao tuổi.

2. Giải pháp

a) Hoàn thiện thể chế về chính sách trợ giúp xã hội:

- Nghiên cứu, xây dựng Nghị định về trợ giúp xã hội.

- Năm 2026: Tổng kết việc thực hiện chính sách.

b) Sửa đổi Luật Người cao tuổi để:

- Mở rộng đối tượng hưởng trợ cấp.

- Tăng mức trợ cấp hằng tháng.

c) Nâng cao hiệu quả quản lý nhà nước, cụ thể:

- Rà soát thủ tục hành chính.

- Xây dựng cơ sở dữ liệu.

d) Xây dựng Nghị định về chăm sóc người cao tuổi gồm:

- Cơ chế hỗ trợ chăm sóc tại cộng đồng.

- Chính sách khuyến khích doanh nghiệp.

đ) Về truyền thông:

- Tổ chức chiến dịch truyền thông.

e) Đẩy nhanh giải quyết hồ sơ tồn đọng với mục tiêu:

Giải quyết xong hồ sơ tồn đọng trong năm 2026.

g) Thực hiện công tác kiểm tra, thanh tra.

- Kiểm tra việc chi trả trợ cấp.

- Xử lý nghiêm các vi phạm.
"""


def test_a_lead_in_is_one_action_or_a_list_by_its_ending_and_its_bullets() -> None:
    """Bullets that act on their own are duties; bullets that complete one action are not.

    "Nhiệm vụ" alone (no owner or time field beside it) is a topic heading, not a field.
    """
    draft = extract(LEAD_INS, issued=date(2025, 3, 1), number="1/KH")
    d = _by_id(draft)
    assert list(d) == [
        "I.1.a",  # under "1. Nhiệm vụ", a heading
        "I.2.a.1", "I.2.a.2",  # bullets that open with a verb, or carry their own year
        "I.2.b",  # "… để:" — the bullets are its purpose
        "I.2.c.1", "I.2.c.2",  # ", cụ thể:" announces a list
        "I.2.d",  # "… gồm:" with noun bullets: its content
        "I.2.đ.1",  # "Về truyền thông:" is a topic
        "I.2.e",  # "… với mục tiêu:" and the paragraph that completes it
        "I.2.g.1", "I.2.g.2",  # a sentence with points that name no owner of their own
    ]  # fmt: skip
    assert d["I.2.a.2"]["windows"] == ["năm 2026"]
    assert "Mở rộng đối tượng" in d["I.2.b"]["text"]
    assert d["I.2.e"]["windows"] == ["năm 2026"]
    _valid(draft)


OWNER_PHRASINGS = """\
I. TỔ CHỨC THỰC HIỆN

1. Sở Y tế

a) Phối hợp với Sở Tư pháp và các cơ quan liên quan rà soát văn bản.

b) Căn cứ chức năng, nhiệm vụ, chủ động phối hợp với Sở Nội vụ trong việc kiện toàn tổ chức.

2. Bộ Thông tin và Truyền thông

Phối hợp với Bộ Y tế và Bộ Quốc phòng để tích hợp dữ liệu.

3. Đề nghị Ủy ban trung ương Mặt trận Tổ quốc Việt Nam chủ trì, phối hợp với các tổ chức \
chính trị - xã hội giám sát việc thực hiện.

4. Cơ cấu tổ chức của các đoàn kiểm tra liên ngành do Bộ Nội vụ hướng dẫn thực hiện.

5. Hằng năm, các bộ, ngành và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương báo \
cáo kết quả thực hiện.

II. NHIỆM VỤ CỤ THỂ

1.1. Chuyển đổi số

a) Nhiệm vụ:

- Phối hợp triển khai số hóa hồ sơ người có công.

b) Cơ quan thực hiện:

- Đơn vị chủ trì: Sở Khoa học và Công nghệ.

- Đơn vị phối hợp: Sở Tài chính.
"""


def test_owner_phrasings_passive_agents_collectives_and_fields() -> None:
    """Who leads when the sentence says so in the Government's and provinces' ways."""
    draft = extract(OWNER_PHRASINGS, issued=date(2025, 3, 1), number="1/KH")
    d = _by_id(draft)
    # "Phối hợp với <body> và <collective>": the body leads; the heading's owner and the
    # collective coordinate.
    assert _owners(draft, d["I.1.a"]) == [
        ("Sở Tư pháp", "lead"),
        ("Sở Y tế", "partner"),
        ("các cơ quan liên quan", "partner"),
    ]
    # An opening "Căn cứ …," and an adverb before the role verb.
    assert _owners(draft, d["I.1.b"]) == [("Sở Nội vụ", "lead"), ("Sở Y tế", "partner")]
    # A name ends where "để …" or "trong việc …" begins.
    assert _owners(draft, d["I.2"]) == [
        ("Bộ Y tế", "lead"),
        ("Bộ Quốc phòng", "lead"),
        ("Bộ Thông tin và Truyền thông", "partner"),
    ]
    assert _owners(draft, d["I.3"])[0] == ("Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam", "lead")
    # "… do Bộ Nội vụ hướng dẫn thực hiện.": the passive's agent does it.
    assert _owners(draft, d["I.4"]) == [("Bộ Nội vụ", "lead")]
    # The Government's formula, short form: one collective.
    assert _owners(draft, d["I.5"]) == [
        (
            "các bộ, ngành và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
            "responsible",
        )
    ]
    # Under owner fields, "- Phối hợp triển khai …" is still the field's lead's duty.
    assert _owners(draft, d["II.1.1.a.1"]) == [
        ("Sở Khoa học và Công nghệ", "lead"),
        ("Sở Tài chính", "partner"),
    ]
    _valid(draft)


PROVINCE_HEADER = """\
ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẮC NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND
Bắc Nam, ngày 12 tháng 3 năm 2025

KẾ HOẠCH
Thực hiện Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng

I. NHIỆM VỤ

1. Sở Nội vụ hướng dẫn, theo dõi việc thực hiện Kế hoạch./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A
"""


def test_a_provincial_header_motto_beside_the_issuer_and_a_deputy_signing() -> None:
    """The motto beside the issuer is not the issuer; "KT. CHỦ TỊCH" names no body."""
    draft = extract(PROVINCE_HEADER)
    meta = draft.data["plan"]
    assert meta["issuer"] == "Ủy ban nhân dân tỉnh Bắc Nam"
    assert meta["title"].startswith("Thực hiện Nghị quyết số 42-NQ/TW")
    assert meta["date"] == "2025-03-12"
    assert meta["signer"] == {"name": "Nguyễn Văn A", "capacity": "KT. Chủ tịch"}
    _valid(draft)


NOT_TASKS_AND_VERBS = """\
I. NHIỆM VỤ

1. Đồng ý với chủ trương điều chỉnh mức chuẩn trợ giúp xã hội từ ngày 01/7/2025.

2. Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.

3. Vụ Kế hoạch - Tài chính chủ trì, phối hợp với các đơn vị liên quan bố trí kinh phí.

4. Ban cán sự đảng Ủy ban nhân dân tỉnh:

a) Lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai trước ngày 28/02/2025.
"""


def test_approvals_pointers_departments_and_leading_a_body() -> None:
    """An approval and a pointer to the appendix are not tasks; "Vụ …" is a body; under
    an owner, "Lãnh đạo <body> …" is that owner's duty."""
    draft = extract(NOT_TASKS_AND_VERBS, issued=date(2025, 1, 20), number="1/KH")
    d = _by_id(draft)
    assert list(d) == ["I.3", "I.4.a"]
    assert draft.coverage.skipped["approval"] == 1
    assert draft.coverage.skipped["pointer"] == 1
    assert _owners(draft, d["I.3"])[0] == ("Vụ Kế hoạch - Tài chính", "lead")
    assert _owners(draft, d["I.4.a"]) == [("Ban cán sự đảng Ủy ban nhân dân tỉnh", "responsible")]
    _valid(draft)


HEADER_WORDINGS = """\
PHỤ LỤC

| STT | Tên văn bản | Cơ quan/đơn vị chủ trì | Cơ quan, đơn vị phối hợp | Cấp trình | Hạn |
|---|---|---|---|---|---|
| 1 | Nghị định về trợ giúp xã hội | Bộ Y tế | Bộ Tài chính | Chính phủ | Quý IV/2025 |

I. NHIỆM VỤ KHÁC

a. Rà soát chính sách đối với người cao tuổi.

b. Chi tiết tại Phụ lục kèm theo.
"""


def test_table_headers_in_other_wordings_and_letters_with_a_dot() -> None:
    """ "Cơ quan/đơn vị chủ trì", "Hạn"; "Cấp trình" is no owner; "a." letters."""
    draft = extract(HEADER_WORDINGS, issued=date(2025, 1, 1), number="2/KH")
    d = _by_id(draft)
    row = next(x for x in draft.duties if x["text"].startswith("Nghị định"))
    assert _owners(draft, row) == [("Bộ Y tế", "lead"), ("Bộ Tài chính", "partner")]
    assert row["windows"] == ["quý IV/2025"]
    assert "I.a" in d
    assert draft.coverage.skipped["pointer"] == 1
    _valid(draft)


OWNER_HEADINGS = """\
III. TỔ CHỨC THỰC HIỆN

1. Đối với Sở Y tế:

a) Chủ trì tổ chức triển khai Kế hoạch.

b) Phối hợp với Sở Tài chính tham mưu bố trí kinh phí.

2. Sở Giáo dục và Đào tạo có trách nhiệm:

- Tổng kết, đánh giá kết quả thực hiện vào cuối năm học 2025-2026.
"""


def test_owner_headings_with_doi_voi_and_a_school_year() -> None:
    """ "Đối với Sở Y tế:" heads its points; "cuối năm học 2025-2026" is no calendar date."""
    draft = extract(OWNER_HEADINGS, issued=date(2025, 3, 1), number="3/KH")
    d = _by_id(draft)
    assert _owners(draft, d["III.1.a"]) == [("Sở Y tế", "lead")]
    assert _owners(draft, d["III.1.b"]) == [("Sở Tài chính", "lead"), ("Sở Y tế", "partner")]
    assert d["III.2.a"]["windows"] == ["không thời hạn"]
    _valid(draft)


BRACKET_OWNERS = """\
I. NHIỆM VỤ

1. Xây dựng Đề án hỗ trợ người cao tuổi (Sở Y tế chủ trì, phối hợp với Sở Tài chính; \
hoàn thành trong quý II/2025).

2. Rà soát đối tượng hưởng trợ cấp (Cơ quan chủ trì: Sở Nội vụ; thời gian: tháng 6/2025).

3. Tổ chức hội nghị sơ kết (Sở Y tế, Sở Nội vụ thực hiện; quý IV/2025).

4. Phát triển dịch vụ theo hình thức hợp tác công tư (PPP).

5. Tổ trưởng Tổ đảng ở Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội có trách nhiệm \
lãnh đạo triển khai Kế hoạch.
"""


def test_owners_in_a_closing_bracket_and_the_assemblys_standing_bodies() -> None:
    """A bracket that ends a duty may name its owners and time; a bare acronym does not."""
    draft = extract(BRACKET_OWNERS, issued=date(2025, 1, 1), number="4/KH")
    d = _by_id(draft)
    assert _owners(draft, d["I.1"]) == [("Sở Y tế", "lead"), ("Sở Tài chính", "partner")]
    assert d["I.1"]["windows"] == ["quý II/2025"]
    assert _owners(draft, d["I.2"]) == [("Sở Nội vụ", "lead")]
    assert d["I.2"]["windows"] == ["tháng 6/2025"]
    assert _owners(draft, d["I.3"]) == [("Sở Y tế", "responsible"), ("Sở Nội vụ", "responsible")]
    assert d["I.3"]["windows"] == ["quý IV/2025"]
    assert _owners(draft, d["I.4"]) == []
    assert [n for n, _ in _owners(draft, d["I.5"])] == [
        "Tổ trưởng Tổ đảng ở Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội"
    ]
    _valid(draft)


def _gazette_page(no: int, body: str) -> str:
    return f"\nTẠP CHÍ ĐIỆN TỬ/Số 12/Ngày 02-03-2026 \n{no} \n \n \n{body}"


# A page holds a dozen lines or more: items that fill one.
def _fill(first: int) -> str:
    return "".join(
        f"{n}. Sở Y tế tổ chức tập huấn cho cộng tác viên ở xã thứ {n}.\n"
        for n in range(first, first + 12)
    )


GAZETTE = (
    "TẠP CHÍ ĐIỆN TỬ/Số 12/Ngày 02-03-2026 \n40 \n \nKẾ HOẠCH\nVề chăm sóc người cao tuổi\n"
    "I. NHIỆM VỤ\n"
    "1. Sở Y tế xây dựng đề án chăm sóc sức khỏe người cao tuổi tại cộng đồng, "
    "hoàn thành trong quý II/2026.\n"
    + _fill(2)
    + "14. Sở Tài chính bố trí kinh phí thực hiện theo Nghị quyết số 5-NQ/TU7 của\n"
    "Tỉnh ủy, bảo đảm đủ nguồn lực cho các địa phương trong tỉnh "
    "và các đơn vị có\nliên quan thực hiện chính sách\n"
    "Ký bởi: TẠP CHÍ ĐIỆN TỬ\nCơ quan: VĂN PHÒNG\nNgày ký: 2026-03-02 10:00:00 +07:00\n"
    + _gazette_page(
        41,
        "hỗ trợ người cao tuổi.\n"
        + _fill(15)
        + "27. Sở Nội vụ rà soát đội ngũ cộng tác viên công tác xã hội ở cơ sở, hoàn thành\n"
        "trong năm 2026.\n \n7 Nghị quyết số 5-NQ/TU ngày 01/01/2026 của Tỉnh ủy.\n",
    )
    + _gazette_page(
        42,
        "28. Sở Lao động tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.\n"
        "Ký bởi: TẠP CHÍ ĐIỆN TỬ\nCơ quan: VĂN PHÒNG\n",
    )
)


def test_page_headers_numbers_stamps_and_footnotes_of_a_printed_copy_are_dropped() -> None:
    """What a printed page adds is not text: running headers, page numbers, stamps, footnotes.

    The sentence a page break split reads on, and the stamp's and header's dates are no
    duty's deadline.
    """
    draft = extract(GAZETTE, issued=date(2026, 3, 1), number="12/KH")
    d = _by_id(draft)
    assert list(d) == [f"I.{n}" for n in range(1, 29)]
    assert d["I.14"]["text"].endswith("thực hiện chính sách hỗ trợ người cao tuổi.")
    assert d["I.14"]["windows"] == ["không thời hạn"]
    assert d["I.27"]["text"].endswith("trong năm 2026.")
    assert d["I.27"]["windows"] == ["năm 2026"]
    assert d["I.28"]["windows"] == ["trước ngày 15/12/2026"]
    assert not any("TẠP CHÍ" in x["text"] or "Ký bởi" in x["text"] for x in draft.duties)
    _valid(draft)


def test_a_number_beside_repeated_words_is_a_page_number_only_page_by_page() -> None:
    """Rows that open alike after their numbers are rows: the numbers are not pages in turn."""
    from nq42cli.core.layout import artefacts

    rows = []
    for n in (3, 7, 8, 9):
        rows += [f"{n}  ", "Thể chế hóa các chủ trương", *(["của Đảng về phát triển"] * 12)]
    assert artefacts(rows) == set()
    timed = []
    for n in (3, 4, 5, 6):
        timed += [*(["Xây dựng đề án"] * 12), "Quý IV/2026", f"{n}"]
    assert artefacts(timed) == set()


def test_a_short_page_does_not_hide_the_running_header() -> None:
    """A section's last page may hold a few lines: its header and number go all the same."""
    from nq42cli.core.layout import artefacts

    raw: list[str] = []
    for n, lines in ((52, 14), (53, 14), (54, 4), (55, 14), (56, 14)):
        raw += ["CÔNG BÁO/Số 277/Ngày 16-05-2026 ", f"{n} ", " "]
        raw += [f"Sở Y tế tổ chức tập huấn ở xã thứ {k}." for k in range(lines)]
    headers = {i for i, x in enumerate(raw) if x.startswith(("CÔNG BÁO", "5"))}
    assert headers <= artefacts(raw)
    short = [(52, 14), (53, 2), (54, 2), (55, 14)]  # pages of two lines are no pages
    raw = []
    for n, lines in short:
        raw += ["CÔNG BÁO/Số 277/Ngày 16-05-2026 ", f"{n} "]
        raw += [f"Sở Y tế tổ chức tập huấn ở xã thứ {k}." for k in range(lines)]
    assert artefacts(raw) == set()


def _bars(*rows: list[str]) -> str:
    out = []
    for row in rows:
        out.append("|")
        for cell in row:
            out += [cell, "|"] if cell else ["|"]
    return "\n".join(out) + "\n"


BAR_TABLE = "PHỤ LỤC II\nDANH MỤC NHIỆM VỤ\n" + _bars(
    ["**TT**", "**Nhiệm vụ**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**", "**Thời gian**"],
    ["**I**", "**Thể chế**"],
    ["1", "Xây dựng Nghị định về\nchăm sóc người cao tuổi.", "Bộ Y tế", "", "Tháng 6/2026"],
    ["2", "Sửa đổi Thông tư hướng dẫn.", "Bộ Y tế", "Bộ Tài chính", "Năm 2026"],
    ["**II**", "**Hạ tầng**"],
    ["*II.1*", "*Nhóm nền tảng*"],
    ["1", "Xây dựng cơ sở dữ liệu người cao tuổi.", "Bộ Công an (Trung tâm Dữ liệu)", "Các bộ, "
     "ngành", "Tháng 12/2026"],
)  # fmt: skip


def test_a_table_with_every_cell_between_bar_lines_and_numbers_restarting_per_group() -> None:
    """Cells between lines of '|': rows, groups, sub-groups; numbers start again per group.

    A restarting number is not an id: the group's number goes before it. An empty cell
    stays empty, and a unit in brackets after a body is not part of its name.
    """
    draft = extract(BAR_TABLE, issued=date(2026, 1, 1), number="5/QĐ")
    d = _by_id(draft)
    assert list(d) == ["PLII.I.1", "PLII.I.2", "PLII.II.1"]
    assert d["PLII.I.1"]["text"] == "Xây dựng Nghị định về chăm sóc người cao tuổi."
    assert _owners(draft, d["PLII.I.1"]) == [("Bộ Y tế", "lead")]
    assert d["PLII.I.1"]["windows"] == ["tháng 6/2026"]
    assert _owners(draft, d["PLII.I.2"]) == [("Bộ Y tế", "lead"), ("Bộ Tài chính", "partner")]
    assert _owners(draft, d["PLII.II.1"]) == [("Bộ Công an", "lead"), ("Các bộ, ngành", "partner")]
    assert draft.coverage.tables[0]["form"] == "bars"
    _valid(draft)


BROKEN_PIPES = """\
KẾ HOẠCH SỬA ĐỔI CÁC NGHỊ QUYẾT

| TT | Tên văn bản | Cơ quan trình | Cơ quan soạn thảo | Cơ quan thẩm tra | Tiến độ | |
|
| I. Văn bản của Hội đồng |
| |||||
| | Nghị quyết về tổ chức của Ban Dân tộc | Thường trực Hội đồng | Ban Dân tộc (Viện Nghiên \
cứu phối hợp chuẩn bị dự thảo)
| - Ủy ban Pháp luật chủ trì thẩm tra.
| Trình Hội đồng trước ngày 10/01/2025 | |
| Nghị quyết sửa đổi Quy chế làm việc của Hội đồng nhân dân tỉnh | Thường trực Hội đồng | Văn \
phòng Hội đồng | Ủy ban Pháp luật | Theo kết quả rà soát | ||
| Nghị quyết về khen thưởng | Thường trực Hội đồng |
Ban Công tác đại biểu (Văn phòng phối hợp) |
| Trình Hội đồng trong tháng 3/2025 | |
"""


def test_a_pipe_table_broken_over_lines_with_no_numbers_and_drafting_bodies() -> None:
    """A copy that broke rows over lines and left the number column empty is read row by row.

    Rows are lettered by their place in their group; a row that lost its empty number
    cell moves back in place; the drafting body leads, the submitting and reviewing
    bodies are noted beside the task (not partners), a helper in brackets coordinates.
    """
    draft = extract(BROKEN_PIPES, issued=date(2024, 12, 28), number="9/KH")
    d = _by_id(draft)
    assert list(d) == ["T.I.a", "T.I.b", "T.I.c"]
    a, b, c = d.values()
    assert a["text"].startswith("Nghị quyết về tổ chức của Ban Dân tộc [Cơ quan trình: Thường")
    assert "[Cơ quan thẩm tra: - Ủy ban Pháp luật chủ trì thẩm tra.]" in a["text"]
    assert _owners(draft, a) == [("Ban Dân tộc", "lead"), ("Viện Nghiên cứu", "partner")]
    assert a["windows"] == ["trước ngày 10/1/2025"]
    assert _owners(draft, b) == [("Văn phòng Hội đồng", "lead")]
    assert b["windows"] == ["không thời hạn"]
    assert "not read" in b["review"]
    assert _owners(draft, c) == [("Ban Công tác đại biểu", "lead"), ("Văn phòng", "partner")]
    assert c["windows"] == ["tháng 3/2025"]
    assert all("number column is empty" in x["review"] for x in (a, b, c))
    _valid(draft)


_PDF_HEADER = (
    "TT \nTên nhiệm vụ \nCơ quan  \nchủ trì  \nCơ quan  \nphối hợp  \n"
    "Kết quả \nThời gian \nhoàn thành \nGhi chú \n"
)
PDF_TABLE = (
    "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
    + _PDF_HEADER
    + "I. Chăm sóc sức khỏe người cao tuổi tại cộng đồng và \nphòng bệnh\n"
    "1. \n \nXây dựng Đề án chăm sóc người cao tuổi \ntại cộng đồng \n"
    "Các \nsở \nở \ntỉnh, \nỦy ban nhân \ndân cấp huyện \n"
    "Các cơ quan, tổ \nchức có liên quan \nĐề án \nQuý II/2026 \nVăn bản số 12 \n"
    "2  Tổ chức khám sức khỏe định kỳ cho người cao \ntuổi theo lộ trình phù hợp Sở Y tế \n"
    "Sở Tài chính, các \nđịa phương \nBáo cáo \nhằng năm \nTháng \n3/2026 \n"
    "3  Rà soát chính sách trợ giúp xã hội \n"
    "Sở Nội vụ \nCác sở,        \nban, ngành  Kế hoạch \n"
    "Tháng 9/2026 \n \n"
    + _PDF_HEADER.split("Kết quả", maxsplit=1)[0]
    + "Sở Nội vụ \nCác sở, ban, \nngành \nKế hoạch bổ sung \nTháng 12/2026 \n"
    "II. Phòng bệnh \n"
    "4.  Khám sàng lọc bệnh không lây nhiễm \nBệnh viện Đa khoa tỉnh \n"
    "Trung tâm Y tế \nBáo cáo \nThường xuyên \n"
)


def test_a_pdf_task_table_whose_cells_are_placed_by_what_they_hold() -> None:
    """A PDF copy's table: header cells wrapped, a word a line, cells sharing lines.

    A row starts at its number (alone, with a dot, or before its first words); a Roman
    number heads a group. Owner cells name bodies, the time cell is a time, a cell
    starts with a capital; a body's name that ends the task's line is the lead's cell; a
    second result and time under the same owners (after a page break and the header's
    first lines repeated) is the same row, due at the earlier date; a date before the
    document's is read from a time cell, and marked.
    """
    draft = extract(PDF_TABLE, issued=date(2026, 4, 1), number="7/QĐ")
    d = _by_id(draft)
    assert list(d) == ["PL.1", "PL.2", "PL.3", "PL.4"]
    one, two, three, four = d.values()
    assert one["text"] == "Xây dựng Đề án chăm sóc người cao tuổi tại cộng đồng [Sản phẩm: Đề án]"
    assert _owners(draft, one) == [
        ("Các sở ở tỉnh", "responsible"),
        ("Ủy ban nhân dân cấp huyện", "responsible"),
        ("các cơ quan, tổ chức có liên quan", "partner"),
    ]
    assert one["windows"] == ["quý II/2026"]
    assert two["text"].startswith("Tổ chức khám sức khỏe định kỳ cho người cao tuổi theo lộ trình")
    assert _owners(draft, two)[0] == ("Sở Y tế", "lead")
    assert two["windows"] == ["tháng 3/2026"]
    assert "before the document's own date" in two["review"]
    assert _owners(draft, three) == [("Sở Nội vụ", "lead"), ("Các sở, ban, ngành", "partner")]
    assert three["windows"] == ["tháng 9/2026", "tháng 12/2026"]
    assert _owners(draft, four) == [
        ("Bệnh viện Đa khoa tỉnh", "lead"),
        ("Trung tâm Y tế", "partner"),
    ]
    assert four["windows"] == ["thường xuyên"]
    assert all("one cell per line" in x["review"] for x in d.values())
    _valid(draft)


INLINE = """KẾT LUẬN
III. NHIỆM VỤ THỜI GIAN TỚI
1. Khẩn trương ban hành chiến lược dữ liệu: **(1)** Thanh tra tỉnh ban hành trước ngày
25 tháng 11 năm 2025; **(2)** Sở Tài chính chủ trì, phối hợp các sở hướng dẫn việc rà soát,
hoàn thành trước ngày 10 tháng 12 năm 2025; **(3)** các sở, ngành tập trung: **(i)**
Sửa đổi các quy định không còn phù hợp; **(ii)** Rà soát thủ tục hành chính liên thông.
2. Nhiệm vụ về chuyển đổi số
a) Sở Khoa học và Công nghệ: **(1)** trình Ủy ban nhân dân tỉnh Chương trình chuyển đổi số,
hoàn thành trong tháng 11 năm 2025; **(2)** đôn đốc các doanh nghiệp phủ sóng, phấn đấu đạt
500.000 thuê bao; **(3)** Phối hợp với các sở tháo gỡ vướng mắc của các dự án.
b) Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng Đề án gồm các nội dung: (1)
Rà soát mạng lưới cơ sở trợ giúp xã hội; (2) Sắp xếp lại các cơ sở công lập.
c) Sở Nội vụ xây dựng Cổng dịch vụ với 05 chức năng chính: (i) Lưu trữ hồ sơ; (ii) Định
danh điện tử; (iii) Ví điện tử.
"""


def test_tasks_numbered_inline_are_duties_of_their_own() -> None:
    """ "(1) …; (2) …" in a block's text: each numbered clause is a duty (ids by number).

    The opening words are the item's title (a heading) or its owner (the owner of every
    clause); "(3) các sở, ngành tập trung: (i) …; (ii) …" nests again. A sentence that
    names its owner and its action before the numbers is one duty the numbers spell out,
    and numbers before things, not actions ("(i) Lưu trữ hồ sơ"), stay in the text. A
    number written with its thousands apart ("500.000 thuê bao") opening a line is not an
    item's number, and a line that ends after "(1)" goes on.
    """
    draft = extract(INLINE, issued=date(2025, 11, 16))
    d = _by_id(draft)
    assert list(d) == [
        "III.1.1", "III.1.2", "III.1.3.i", "III.1.3.ii",
        "III.2.a.1", "III.2.a.2", "III.2.a.3", "III.2.b", "III.2.c",
    ]  # fmt: skip
    assert d["III.1.1"]["text"] == "Thanh tra tỉnh ban hành trước ngày 25 tháng 11 năm 2025"
    assert d["III.1.1"]["windows"] == ["trước ngày 25/11/2025"]
    assert _owners(draft, d["III.1.2"])[0] == ("Sở Tài chính", "lead")
    assert d["III.1.2"]["windows"] == ["trước ngày 10/12/2025"]
    assert _owners(draft, d["III.1.3.ii"]) == [("các sở, ngành", "responsible")]
    assert d["III.1.3.ii"]["text"].startswith("Rà soát thủ tục hành chính")
    assert d["III.2.a.1"]["windows"] == ["tháng 11/2025"]
    assert all(
        _owners(draft, d[k])[0] == ("Sở Khoa học và Công nghệ", "responsible")
        for k in ("III.2.a.1", "III.2.a.2", "III.2.a.3")
    )
    assert _owners(draft, d["III.2.c"]) == [("Sở Nội vụ", "responsible")]
    assert d["III.2.a.2"]["text"].endswith("500.000 thuê bao")
    assert "(1) Rà soát mạng lưới" in d["III.2.b"]["text"]
    assert "(i) Lưu trữ hồ sơ; (ii) Định danh" in d["III.2.c"]["text"]
    _valid(draft)


REQUESTS = """KẾ HOẠCH
I. NHIỆM VỤ
1. Yêu cầu các cấp uỷ, tổ chức đảng, các cơ quan chức năng trong quá trình triển khai cần
hết sức khẩn trương, chủ động, không để chậm trễ bất cứ công việc nào.
1.1. Tập trung lãnh đạo việc xây dựng văn kiện đại hội.
1.2. Bảo đảm kinh phí cho việc sắp xếp.
2. Quyết liệt trong chỉ đạo, điều hành: Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang
bộ, Chủ tịch Ủy ban nhân dân các tỉnh khẩn trương hoàn thành nhiệm vụ trong năm 2026.
3. Hoàn thiện thể chế: Các bộ khẩn trương trình Chính phủ ban hành các Nghị định.
4. Đề nghị các tổ chức cung cấp dịch vụ chi trả
a) Hưởng ứng phong trào thi đua chi trả không dùng tiền mặt;
b) Bố trí nguồn lực chi trả trực tiếp cho người cao tuổi.
5. Kinh phí thực hiện
a) Nhiệm vụ: Các đơn vị được giao lập dự toán kinh phí.
b) Cơ quan chủ trì: Sở Tài chính.
"""


def test_requests_titles_and_collectives_name_their_owners() -> None:
    """A request heading owns its points; a title's sentence names its owner.

    "Yêu cầu X … ." over numbered points: X owns them; "Đề nghị các tổ chức cung cấp
    dịch vụ chi trả" (a short heading, all of it a name) owns its lettered points.
    "Title: Các đồng chí Bộ trưởng, …, Chủ tịch … ký …": the office holders are one
    owner; "Các bộ khẩn trương trình …": "khẩn trương" opens the verb phrase. A field's
    owner stays the duty's owner ("Nhiệm vụ: Các đơn vị …" under "Cơ quan chủ trì").
    "các cấp uỷ, tổ chức đảng, các cơ quan chức năng" is one collective.
    """
    draft = extract(REQUESTS, issued=date(2026, 1, 5))
    d = _by_id(draft)
    for k in ("I.1.1", "I.1.2"):
        assert _owners(draft, d[k]) == [
            ("các cấp uỷ, tổ chức đảng, các cơ quan chức năng", "responsible")
        ]
    assert _owners(draft, d["I.2"]) == [
        (
            "Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân"
            " các tỉnh",
            "responsible",
        )
    ]
    assert _owners(draft, d["I.3"]) == [("Các bộ", "responsible")]
    for k in ("I.4.a", "I.4.b"):
        assert _owners(draft, d[k]) == [("các tổ chức cung cấp dịch vụ chi trả", "responsible")]
    assert _owners(draft, d["I.5"]) == [("Sở Tài chính", "lead")]
    _valid(draft)


WORK_IN_TARGETS = """KẾ HOẠCH
I. MỤC TIÊU
1. Phấn đấu đến cuối năm 2025 đạt 60% xã có nữ lãnh đạo.
2. Tháng hành động
a) Chủ đề: Bình đẳng giới trong kỷ nguyên số.
b) Các hoạt động chính

Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương thực hiện các hoạt động sau:

- Lồng ghép tổ chức Lễ phát động với hình thức phù hợp.
- Tăng cường truyền thông về chủ đề của Tháng hành động.
II. NHIỆM VỤ
1. Sở Nội vụ tổng hợp kết quả.
"""


def test_work_listed_in_a_targets_section_is_read() -> None:
    """A targets section is not duties, but the work it lists under an owner's lead-in is."""
    draft = extract(WORK_IN_TARGETS, issued=date(2025, 11, 18))
    d = _by_id(draft)
    assert list(d) == ["I.2.b.1", "I.2.b.2", "II.1"]
    for k in ("I.2.b.1", "I.2.b.2"):
        assert _owners(draft, d[k]) == [("các cơ quan, đơn vị, địa phương", "responsible")]
    _valid(draft)


DATED_ITEM_WITH_POINTS = """CHỈ THỊ
II. NHIỆM VỤ
1. Ban Thường vụ Tỉnh uỷ, Thành uỷ lãnh đạo việc sắp xếp thôn, tổ dân phố.
2. Ủy ban nhân dân các tỉnh, thành phố:
a) Kết thúc hoạt động của người hoạt động không chuyên trách tại cấp xã trước ngày 31
tháng 5 năm 2026. Khẩn trương ban hành phương án bố trí, sử dụng người hoạt động không
chuyên trách ở cấp xã.
- Lựa chọn, tiếp nhận vào làm công chức cấp xã các trường hợp đáp ứng yêu cầu.
- Giải quyết đầy đủ chế độ, chính sách đối với các trường hợp không tiếp tục bố trí.
"""


def test_a_dated_item_with_points_is_a_duty_and_so_are_its_points() -> None:
    """A long item that sets its own date is a duty even with points under it.

    "Ban Thường vụ Tỉnh uỷ, Thành uỷ" is one owner (the province's or the city's).
    """
    draft = extract(DATED_ITEM_WITH_POINTS, issued=date(2026, 5, 20))
    d = _by_id(draft)
    assert list(d) == ["II.1", "II.2.a", "II.2.a.1", "II.2.a.2"]
    assert _owners(draft, d["II.1"]) == [("Ban Thường vụ Tỉnh uỷ, Thành uỷ", "responsible")]
    assert d["II.2.a"]["windows"] == ["trước ngày 31/5/2026"]
    for k in ("II.2.a", "II.2.a.1", "II.2.a.2"):
        ((name, role),) = _owners(draft, d[k])
        assert (fold(name), role) == ("uy ban nhan dan cac tinh, thanh pho", "responsible")
    _valid(draft)


TITLE_CASE_APPENDIX = """NGHỊ QUYẾT
Phiên họp Chính phủ thường kỳ
I. Nhiệm vụ
1. Các bộ, cơ quan theo dõi sát tình hình, báo cáo kết quả thực hiện Nghị quyết này./.
TM. CHÍNH PHỦ
THỦ TƯỚNG
Nguyễn Văn A
Phụ lục
NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN
(Kèm theo Nghị quyết số 1/NQ-CP ngày 06 tháng 5 năm 2026 của Chính phủ)
1. Bộ Tài chính chủ trì, phối hợp với các cơ quan, địa phương:
a) Hoàn thiện phương án sắp xếp doanh nghiệp nhà nước, hoàn thành trong tháng 5 năm 2026.
b) Theo dõi, đôn đốc việc lập quy hoạch.
2. Bộ Y tế chủ trì, phối hợp với các cơ quan, địa phương:
a) Trình Chính phủ Nghị định về giá dịch vụ y tế trong quý II năm 2026.
"""


def test_an_appendix_titled_in_title_case_after_the_signature_is_read() -> None:
    """ "Phụ lục" alone on its line opens an appendix as "PHỤ LỤC" does, after the signature.

    Its owner headings own their lettered points; ids are the appendix's ("PL.1.a").
    """
    draft = extract(TITLE_CASE_APPENDIX, issued=date(2026, 5, 6))
    d = _by_id(draft)
    assert list(d) == ["I.1", "PL.1.a", "PL.1.b", "PL.2.a"]
    for k in ("PL.1.a", "PL.1.b"):
        assert _owners(draft, d[k]) == [
            ("Bộ Tài chính", "lead"),
            ("các cơ quan, địa phương", "partner"),
        ]
    assert d["PL.1.a"]["windows"] == ["tháng 5/2026"]
    assert _owners(draft, d["PL.2.a"])[0] == ("Bộ Y tế", "lead")
    _valid(draft)


NOT_DEADLINES_IN_BRACKETS = """KẾ HOẠCH
I. NHIỆM VỤ
1. Ủy ban nhân dân các tỉnh, thành phố:
a) Tiết kiệm điện trong các tháng cao điểm nắng nóng (tháng 4, 5, 6, 7), thực hiện tiết kiệm tối
thiểu 10% điện năng tiêu thụ.
b) Tổ chức các hoạt động kỷ niệm 80 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2027)
theo Kế hoạch của Thủ tướng Chính phủ.
c) Hoàn thành sắp xếp trụ sở dôi dư (quý II/2026).
"""


def test_months_a_noun_names_and_an_anniversary_span_are_no_deadlines() -> None:
    """A bracket spelling out "các tháng …" names months, not a deadline; a span opening
    decades before the document ("27/7/1947 - 27/7/2027") is an anniversary's years. A
    bracketed time after the task is still its deadline."""
    draft = extract(NOT_DEADLINES_IN_BRACKETS, issued=date(2026, 5, 6))
    d = _by_id(draft)
    assert d["I.1.a"]["windows"] == ["không thời hạn"]
    assert d["I.1.b"]["windows"] == ["không thời hạn"]
    assert d["I.1.c"]["windows"] == ["quý II/2026"]
    _valid(draft)


ASKED_IN_A_PARAGRAPH = """NGHỊ QUYẾT
II. Nhiệm vụ
3. Phương hướng, nhiệm vụ, giải pháp trọng tâm
Thời gian tới, dự báo tình hình thế giới tiếp tục biến động phức tạp.
Để hoàn thành các mục tiêu, nhiệm vụ của năm 2026, phấn đấu tốc độ tăng trưởng GDP cả năm
đạt từ 10% trở lên; Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch
Ủy ban nhân dân các tỉnh, thành phố phát huy tinh thần trách nhiệm, tập trung chỉ đạo, điều
hành các nhiệm vụ, giải pháp đã đề ra, trong đó chú trọng những nội dung sau:
a) Theo dõi chặt chẽ diễn biến tình hình thế giới, kịp thời tham mưu giải pháp điều hành.
Chuẩn bị kịch bản trong tình huống xung đột tiếp tục kéo dài.
b) Tập trung rà soát hệ thống pháp luật chuyên ngành.
c) Về nhiệm vụ cụ thể của các bộ, cơ quan, địa phương: Từng bộ, cơ quan, địa phương khẩn
trương tổ chức triển khai thực hiện những nội dung tại Phụ lục.
"""


def test_the_bodies_a_paragraph_asks_own_the_points_after_it() -> None:
    """ "…; Chính phủ yêu cầu X … những nội dung sau:" ends a paragraph: X owns the points
    below, across a point's own paragraph; a point naming its own subject after a title
    ("Về …: Từng bộ, cơ quan, địa phương …") keeps it."""
    draft = extract(ASKED_IN_A_PARAGRAPH, issued=date(2026, 5, 6))
    d = _by_id(draft)
    asked = (
        "các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"
    )
    for k in ("II.3.a", "II.3.b"):
        assert _owners(draft, d[k]) == [(asked, "responsible")]
    assert _owners(draft, d["II.3.c"]) == [("Từng bộ, cơ quan, địa phương", "responsible")]
    _valid(draft)


DECISION_AND_VALIDITY = """NGHỊ QUYẾT
Điều 1.
1. Đồng ý chủ trương chuyển giao nguyên trạng Trung tâm Văn hóa về Ủy ban nhân dân tỉnh quản
lý theo đề nghị của Bộ trưởng Bộ Văn hoá, Thể thao và Du lịch tại các Tờ trình:
Số 20/TTr-BVHTTDL ngày 11 tháng 5 năm 2026, số 19/TTr-BVHTTDL ngày 06 tháng 5 năm 2026.
Việc bàn giao và tiếp nhận phải hoàn thành trước ngày 01 tháng 7 năm 2026. Từ ngày 01
tháng 7 năm 2026, Ủy ban nhân dân tỉnh trực tiếp quản lý Trung tâm.
2. Giao Bộ Văn hoá, Thể thao và Du lịch:
a) Chủ trì thực hiện các thủ tục bàn giao theo quy định của pháp luật.
Điều 2. Hiệu lực thi hành
1. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành và được thực hiện đến hết
ngày 31 tháng 7 năm 2027.
2. Bộ Nội vụ hướng dẫn thực hiện Nghị quyết này.
"""


def test_a_decision_and_a_period_of_validity_are_no_duties() -> None:
    """ "Đồng ý chủ trương … tại các Tờ trình:" and the paragraph completing it decide, and
    the requirement after them ("Việc bàn giao … phải hoàn thành trước ngày …") is a duty
    of its own; "Nghị quyết này có hiệu lực … đến hết ngày 31 tháng 7 năm 2027" is the
    document's validity, whose end is no deadline."""
    draft = extract(DECISION_AND_VALIDITY, issued=date(2026, 5, 20))
    d = _by_id(draft)
    assert list(d) == ["D1.1.x2", "D1.2.a", "D2.2"]
    assert d["D1.1.x2"]["text"].startswith("Việc bàn giao và tiếp nhận")
    assert d["D1.1.x2"]["windows"][0] == "trước ngày 1/7/2026"
    assert all("2027" not in w for x in draft.duties for w in x["windows"])
    _valid(draft)


NAMES_AND_THEIR_ENDS = """NGHỊ QUYẾT
Điều 3. Tổ chức thực hiện
1. Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài
cốt liệt sĩ ban hành quy trình phối hợp để thực hiện xác định danh tính hài cốt liệt sĩ.
2. Kiểm toán nhà nước hằng năm thực hiện kiểm toán việc giao dự toán.
3. Ban Chỉ đạo tỉnh về phòng, chống thiên tai và tìm kiếm cứu nạn xây dựng kế hoạch ứng phó.
4. Các Bộ chủ chương trình và các bộ, cơ quan trung ương có liên quan nghiêm túc thực hiện
các nhiệm vụ được giao.
"""


def test_a_board_named_for_its_work_and_a_name_before_how_often() -> None:
    """ "Ban Chỉ đạo … về tìm kiếm, quy tập và xác định …": the verbs its topic joins by ","
    and "và" are its name; the verb after a noun is the duty's. "hằng năm" after a name
    says how often, and is never part of it; "trình" in "chương trình" submits nothing."""
    draft = extract(NAMES_AND_THEIR_ENDS, issued=date(2026, 5, 20))
    d = _by_id(draft)
    assert _owners(draft, d["D3.1"]) == [
        (
            "Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ",
            "responsible",
        )
    ]
    ((name, _),) = _owners(draft, d["D3.2"])
    assert fold(name) == "kiem toan nha nuoc"
    assert _owners(draft, d["D3.3"]) == [
        ("Ban Chỉ đạo tỉnh về phòng, chống thiên tai và tìm kiếm cứu nạn", "responsible")
    ]
    assert _owners(draft, d["D3.4"]) == [
        ("Các Bộ chủ chương trình", "responsible"),
        ("các bộ, cơ quan trung ương có liên quan", "responsible"),
    ]
    _valid(draft)


COLLECTIVES_IN_A_CELL = """NGHỊ QUYẾT
I. NHIỆM VỤ
1. Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương rà
soát văn bản quy phạm pháp luật.
2. Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực
thuộc trung ương
a) Lồng ghép các nhiệm vụ vào kế hoạch của ngành, địa phương.
b) Báo cáo kết quả thực hiện về Bộ Tư pháp.

PHỤ LỤC I

| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Tăng cường công tác lãnh đạo, chỉ đạo | Các bộ, cơ quan ngang bộ, Ủy ban nhân dân \
các tỉnh, thành phố trực thuộc trung ương | Các bộ, ngành liên quan | Thường xuyên |
| 2 | Rà soát quy hoạch đô thị | Bộ Xây dựng và các địa phương theo chức năng, nhiệm vụ \
được giao | Các bộ, cơ quan theo chức năng quản lý | Quý II/2026 |
"""


def test_a_cell_lists_the_ministries_and_the_provinces_as_two_owners() -> None:
    """In an owner cell, "Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, …" names two
    collectives owning the row jointly, and so it does as an owner heading (the names alone
    on their lines, the points they own under them); as a sentence's subject it stays one
    formula."""
    draft = extract(COLLECTIVES_IN_A_CELL, issued=date(2026, 4, 8))
    d = _by_id(draft)
    assert [fold(n) for n, _ in _owners(draft, d["I.1"])] == [
        "cac bo, co quan ngang bo, uy ban nhan dan cac tinh, thanh pho truc thuoc trung uong"
    ]
    for point in ("I.2.a", "I.2.b"):
        assert [(fold(n), r) for n, r in _owners(draft, d[point])] == [
            ("cac bo, co quan ngang bo", "responsible"),
            ("uy ban nhan dan cac tinh, thanh pho truc thuoc trung uong", "responsible"),
        ]
    lead = [(fold(n), r) for n, r in _owners(draft, d["PLI.1"]) if r != "partner"]
    assert lead == [
        ("cac bo, co quan ngang bo", "responsible"),
        ("uy ban nhan dan cac tinh, thanh pho truc thuoc trung uong", "responsible"),
    ]
    # A cell's names end before their scope "theo chức năng, nhiệm vụ được giao".
    assert _owners(draft, d["PLI.2"]) == [
        ("Bộ Xây dựng", "responsible"),
        ("các địa phương", "responsible"),
        ("Các bộ, cơ quan", "partner"),
    ]
    _valid(draft)


PDF_SUB_ROWS = (
    "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
    + _PDF_HEADER
    + "1. \nRà soát chính sách trợ giúp xã hội \nSở Nội vụ \nCác sở, ban, \nngành \n"
    "Kế hoạch \nQuý II/2026 \n"
    "2. \nSắp xếp các đơn vị sự nghiệp công lập \nCác sở, ban, \nngành \nSở Nội vụ \n"
    "Quyết định \nQuý III/2026 \n"
    "2.1 Theo dõi, tổng hợp việc sắp xếp đơn vị sự \nnghiệp công lập \nSở Nội vụ \n"
    "Các sở, ban, \nngành \nBáo cáo \nThường xuyên \n"
    "2.2 Sắp xếp các cơ sở y tế \nSở Y tế \nSở Tài chính \nĐề án \nQuý IV/2026 \n"
    "3. \nKhám sàng lọc bệnh không lây nhiễm \nBệnh viện Đa khoa tỉnh \n"
    "Trung tâm Y tế \nBáo cáo \nThường xuyên \n"
)


def test_a_pdf_task_tables_numbered_sub_rows_are_rows() -> None:
    """ "2.1 …", "2.2 …" under row 2, each with its owners and time, are rows of their own
    (the next in the sequence under the row above; row 3 goes on after them)."""
    draft = extract(PDF_SUB_ROWS, issued=date(2026, 4, 1), number="7/QĐ")
    d = _by_id(draft)
    assert list(d) == ["PL.1", "PL.2", "PL.2.1", "PL.2.2", "PL.3"]
    assert d["PL.2.1"]["text"].startswith("Theo dõi, tổng hợp việc sắp xếp đơn vị sự nghiệp")
    assert _owners(draft, d["PL.2.1"])[0] == ("Sở Nội vụ", "lead")
    assert d["PL.2.1"]["windows"] == ["thường xuyên"]
    assert _owners(draft, d["PL.2.2"]) == [("Sở Y tế", "lead"), ("Sở Tài chính", "partner")]
    assert d["PL.2.2"]["windows"] == ["quý IV/2026"]
    assert _owners(draft, d["PL.3"])[0] == ("Bệnh viện Đa khoa tỉnh", "lead")
    _valid(draft)


ASSESSMENT = """NGHỊ QUYẾT
II. Về tình hình kinh tế - xã hội tháng 4; nhiệm vụ tháng 5
1. Những kết quả nổi bật
Chính phủ thống nhất đánh giá: trong tháng 4 năm 2026, kinh tế vĩ mô ổn định.
Các lĩnh vực văn hóa, xã hội được chú trọng; trong 04 tháng đầu năm, các chương trình tín
dụng chính sách đã giải ngân gần 67,3 nghìn tỷ đồng.
2. Hạn chế, bất cập cần lưu ý
Tốc độ tăng thu ngân sách nhà nước trong tháng 4 thấp hơn cùng kỳ.
3. Nhiệm vụ trọng tâm
a) Bộ Tài chính trình Chính phủ phương án phân bổ vốn trong tháng 5 năm 2026.
"""


def test_results_and_shortcomings_told_in_paragraphs_are_no_duties() -> None:
    """ "1. Những kết quả nổi bật", "2. Hạn chế, bất cập cần lưu ý" over paragraphs (the
    heading's line run on into the first sentence or not) tell what was done: no duty,
    and their months are no deadlines."""
    draft = extract(ASSESSMENT, issued=date(2026, 5, 6))
    assert list(_by_id(draft)) == ["II.3.a"]
    assert draft.coverage.skipped["assessment"] == 2
    _valid(draft)


COURTS = """KẾ HOẠCH
III. NHIỆM VỤ
2. Các sở, ban, ngành, địa phương:
2.1. Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh
- Thực hiện tốt chức năng thực hành quyền công tố, xét xử các vụ án về ma túy.
- Tăng cường công tác kiến nghị phòng ngừa tội phạm ma túy.
"""


def test_the_procuracy_and_the_court_are_names_in_lower_case() -> None:
    """ "Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh": institution words carrying
    a lower-case name, as "Ủy ban nhân dân tỉnh" does; the request heading names both."""
    draft = extract(COURTS, issued=date(2025, 10, 1))
    for duty in draft.duties:
        assert _owners(draft, duty) == [
            ("Viện kiểm sát nhân dân tỉnh", "responsible"),
            ("Tòa án nhân dân tỉnh", "responsible"),
        ]
    assert len(draft.duties) == 2
    _valid(draft)


TASKS_DUE_NAMED = """NGHỊ QUYẾT
I. NHIỆM VỤ
1. Các bộ, cơ quan triển khai các nhiệm vụ theo Nghị quyết số 109/NQ-CP, nhất là 44 nhiệm vụ
có thời hạn hoàn thành trong quý II năm 2026; định kỳ hằng tháng báo cáo tiến độ.
2. Bộ Tài chính trình Chính phủ phương án phân bổ vốn, hoàn thành trong quý II năm 2026.
"""


def test_the_deadline_of_tasks_a_noun_names_is_not_the_duty_s() -> None:
    """ "… 44 nhiệm vụ có thời hạn hoàn thành trong quý II năm 2026" says when those tasks
    are due, not this duty; its own "định kỳ hằng tháng" stays."""
    draft = extract(TASKS_DUE_NAMED, issued=date(2026, 5, 6))
    d = _by_id(draft)
    assert d["I.1"]["windows"] == ["hằng tháng"]
    assert d["I.2"]["windows"] == ["quý II/2026"]
    _valid(draft)


RESTATED_OWNER = """KẾ HOẠCH
III. NHIỆM VỤ
2. Ủy ban nhân dân xã, phường
a) Rà soát, thống kê người sử dụng trái phép chất ma túy trên địa bàn.
b) Ủy ban nhân dân các xã, phường phân công cán bộ theo dõi người cai nghiện tự nguyện.
c) Công an tỉnh phối hợp hướng dẫn nghiệp vụ.
"""


def test_a_point_restating_its_heading_s_owner_keeps_the_heading_s_name() -> None:
    """ "Ủy ban nhân dân các xã, phường …" under "Ủy ban nhân dân xã, phường" names the
    same owner ("các" aside): the heading's name stands; another subject is its own."""
    draft = extract(RESTATED_OWNER, issued=date(2025, 10, 1))
    d = _by_id(draft)
    for k in ("III.2.a", "III.2.b"):
        assert _owners(draft, d[k]) == [("Ủy ban nhân dân xã, phường", "responsible")]
    assert _owners(draft, d["III.2.c"])[0][0] == "Công an tỉnh"
    _valid(draft)


LEVEL_ENDS_A_LIST = """KẾ HOẠCH
IV. TỔ CHỨC THỰC HIỆN
1. Căn cứ Kế hoạch này, các Sở, ban, ngành, đoàn thể cấp tỉnh, cơ quan ngành dọc đóng trên
địa bàn xây dựng kế hoạch thực hiện, hoàn thành trong tháng 11/2025.
2. Các sở, ban, ngành, cơ quan liên quan tổ chức tuyên truyền.
"""


def test_a_collective_closed_by_its_level_ends_before_another_kind() -> None:
    """ "các Sở, ban, ngành, đoàn thể cấp tỉnh, cơ quan ngành dọc …": "cấp tỉnh" closes the
    first collective, "cơ quan …" is a second; without a level the list stays one."""
    draft = extract(LEVEL_ENDS_A_LIST, issued=date(2025, 10, 1))
    d = _by_id(draft)
    assert [n for n, _ in _owners(draft, d["IV.1"])] == [
        "các Sở, ban, ngành, đoàn thể cấp tỉnh",
        "cơ quan ngành dọc đóng trên địa bàn",
    ]
    assert [n for n, _ in _owners(draft, d["IV.2"])] == ["Các sở, ban, ngành, cơ quan liên quan"]
    _valid(draft)


CONDITION_THEN_REQUEST = """NGHỊ QUYẾT
Điều 4. Kinh phí thực hiện
1. Trường hợp phát sinh các nội dung chi khác ngoài quy định tại Nghị quyết này, đề nghị Bộ
Nội vụ, Bộ Quốc phòng và Ủy ban nhân dân cấp tỉnh căn cứ tình hình thực tế để quyết định
mức chi cụ thể.
"""


def test_a_request_after_a_condition_names_the_subject() -> None:
    """ "Trường hợp …, đề nghị X, Y và Z căn cứ …": the condition opens the sentence, the
    request after its comma names who acts."""
    draft = extract(CONDITION_THEN_REQUEST, issued=date(2026, 5, 20))
    (duty,) = draft.duties
    assert [n for n, _ in _owners(draft, duty)] == [
        "Bộ Nội vụ",
        "Bộ Quốc phòng",
        "Ủy ban nhân dân cấp tỉnh",
    ]
    _valid(draft)


NOTICE_WITH_NUMBERED_POINTS = """THÔNG BÁO
Kết luận của Phó Thủ tướng tại cuộc họp về chương trình việc làm
1. Ghi nhận sự chuẩn bị của các Bộ.
2. Trong thời gian tới, yêu cầu các bộ, ngành thực hiện một số nhiệm vụ như sau:
(1) Giao Bộ Nội vụ chủ trì, phối hợp với Bộ Tài chính hoàn thiện hồ sơ chương trình,
trình Chính phủ trong tháng 12/2025.
(2) Giao Bộ Tài chính bố trí nguồn vốn của giai đoạn 2021
- 2025 chưa sử dụng hết cho chương trình.
3. Các bộ triển khai thực hiện theo nguyên tắc sau:
- Bảo đảm đồng bộ theo các nguyên tắc:
(1) Trung ương quản lý vĩ mô.
(2) Địa phương quyết định, địa phương làm.
Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, thực hiện./.
"""


def test_points_numbered_in_brackets_after_a_lead_in_are_tasks() -> None:
    """ "(1) …", "(2) …" opening lines right after a numbered item's lead-in ending in ":"
    are its tasks (not footnotes); after a bullet they spell out its content. A line
    "- 2025 …" after "… 2021" goes on with the span; a notice's closing line is no duty."""
    draft = extract(NOTICE_WITH_NUMBERED_POINTS, issued=date(2025, 11, 19))
    d = {k.split(".", 1)[1]: v for k, v in _by_id(draft).items()}
    assert d["2.1"]["text"].startswith("Giao Bộ Nội vụ chủ trì")
    assert [n for n, _ in _owners(draft, d["2.1"])] == ["Bộ Nội vụ", "Bộ Tài chính"]
    assert d["2.1"]["windows"] == ["tháng 12/2025"]
    assert "2021 - 2025" in d["2.2"]["text"]
    assert d["3.a"]["text"].startswith("Bảo đảm đồng bộ theo các nguyên tắc: (1) Trung ương")
    assert sorted(d) == ["2.1", "2.2", "3.a"]  # no closing line, no "2025 …" bullet
    _valid(draft)


FIELDS_AFTER_BULLETS = """KẾ HOẠCH
III. NHIỆM VỤ, GIẢI PHÁP
**1. Rà soát, kiện toàn đội ngũ cán bộ làm công tác pháp chế trên địa bàn tỉnh**

- Thường xuyên rà soát, kiện toàn đội ngũ cán bộ làm công tác pháp chế.

*Đơn vị chủ trì thực hiện: *Các Sở, ngành, UBND cấp xã.

*Đơn vị phối hợp: *Sở Nội vụ.

*Thời gian thực hiện: *Thường xuyên.

**2. Nâng cao năng lực cho đội ngũ cán bộ**

- Tổ chức giáo dục chính trị cho cán bộ.

- Nâng cao ý thức trách nhiệm của cán bộ.

*Đơn vị thực hiện: *Các Sở, ngành.

*Thời gian thực hiện: *Thường xuyên.

- Tổ chức tập huấn kỹ năng xây dựng pháp luật.

*Đơn vị chủ trì tham mưu thực hiện: *Sở Tư pháp.

*Đơn vị phối hợp thực hiện: *Các cơ quan, đơn vị liên quan.

*Thời gian thực hiện: *Năm 2026.

IV. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp tổng hợp, báo cáo kết quả thực hiện Kế hoạch hằng năm (trước ngày 15 tháng 11).
"""


def test_field_lines_after_bullets_belong_to_the_bullets_above_them() -> None:
    """ "Đơn vị chủ trì: …" lines with no label of their own are fields; each run of them
    gives owners and time to the bullets just above it (a lone bullet before fields is
    the item's task, not an apposition)."""
    draft = extract(FIELDS_AFTER_BULLETS, issued=date(2025, 11, 20))
    d = _by_id(draft)
    assert d["III.1.a"]["text"].startswith("Thường xuyên rà soát")
    assert _owners(draft, d["III.1.a"]) == [
        ("Các Sở, ngành", "lead"),
        ("UBND cấp xã", "lead"),
        ("Sở Nội vụ", "partner"),
    ]
    assert d["III.1.a"]["windows"] == ["thường xuyên"]
    for k in ("III.2.a", "III.2.b"):
        assert [n for n, _ in _owners(draft, d[k])] == ["Các Sở, ngành"]
    assert _owners(draft, d["III.2.c"])[0] == ("Sở Tư pháp", "lead")
    assert d["III.2.c"]["windows"] == ["năm 2026"]
    assert "III.2" not in d
    _valid(draft)


def test_a_day_in_brackets_after_a_yearly_recurrence_is_its_day() -> None:
    """ "… Kế hoạch hằng năm (trước ngày 15 tháng 11)": a yearly report due before 15/11,
    not a one-off deadline in the document's year."""
    draft = extract(FIELDS_AFTER_BULLETS, issued=date(2025, 11, 20))
    duty = _by_id(draft)["IV.1"]
    assert duty["windows"] == ["trước ngày 15/11 hằng năm"]


TOPIC_WITH_A_BRACKET = """THÔNG BÁO
Kết luận của Phó Thủ tướng tại buổi làm việc với tỉnh
II. Về các kiến nghị của tỉnh
1. Về bố trí các nguồn lực đầu tư cho ngành Giáo dục và Đào tạo của tỉnh (bảo đảm tỷ lệ \
phòng học, phòng công vụ, phòng nội trú/bán trú được kiên cố hóa đạt 100%): Giao Bộ Giáo \
dục và Đào tạo chủ trì, phối hợp với Bộ Tài chính nghiên cứu kiến nghị của tỉnh.
"""


def test_a_topic_title_with_a_bracket_before_its_colon_names_no_owner() -> None:
    """ "Về … (… 100%): Giao X chủ trì …": the sentence after the topic's colon (outside the
    bracket) names the owner, even when the topic is long."""
    draft = extract(TOPIC_WITH_A_BRACKET, issued=date(2025, 11, 20))
    (duty,) = draft.duties
    assert _owners(draft, duty) == [
        ("Bộ Giáo dục và Đào tạo", "lead"),
        ("Bộ Tài chính", "partner"),
    ]


PDF_TIME_FIRST_LISTS = (
    "PHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ\n"
    "TT \nNHIỆM VỤ \nTHỜI HẠN \nHOÀN THÀNH \nCƠ QUAN CHỦ TRÌ \nCƠ QUAN PHỐI HỢP \n"
    "I \nNhóm nhiệm vụ về thể chế \n"
    "1 \nRà soát các quy định về khoáng sản \nQuý III/2026 \n"
    "Bộ Công Thương Các bộ, cơ quan, địa \nphương \n"
    "2 \nSửa đổi quy định về đăng kiểm \nNăm 2026 \n"
    "1. Bộ Xây dựng chủ trì tổng hợp, \nđề xuất. \n"
    "2. Bộ Công an, các bộ, cơ quan \nrà soát trong lĩnh vực được giao \n"
    "Các địa phương \n"
    "3 \nHoàn thiện quy định về đấu thầu \nQuý IV/2026 \nBộ Tài chính \n"
    "Các bộ, cơ quan \n"
    "4 \nSố hoá dữ liệu về đất đai \nQuý II/2026 \n"
    "1. Bộ Tư pháp tổng hợp, đánh \ngiá việc số hoá. \n"
    "2. Các bộ, cơ quan rà soát, thực \nhiện trong lĩnh vực được giao. \n"
    "Các địa phương \n"
)


def test_a_pdf_table_with_its_time_before_owners_and_lists_in_its_owner_cells() -> None:
    """A header cell wrapped onto a line naming no column ("THỜI HẠN" / "HOÀN THÀNH") is
    one cell, so the time column comes before the owners; under rows numbered on lines of
    their own, "1. Bộ …", "2. Bộ …" inside a row are a list in its owner cell, not rows:
    each item's opening bodies own the task, led by the one item that says chủ trì. A name
    then "Các …" on one line are two owner cells."""
    draft = extract(PDF_TIME_FIRST_LISTS, issued=date(2026, 4, 1), number="9/NQ")
    d = _by_id(draft)
    assert list(d) == ["PL.1", "PL.2", "PL.3", "PL.4"]
    # The lead's name and the partners' first words on one line: two cells.
    assert _owners(draft, d["PL.1"]) == [
        ("Bộ Công Thương", "lead"),
        ("Các bộ, cơ quan, địa phương", "partner"),
    ]
    assert d["PL.1"]["windows"] == ["quý III/2026"]
    assert d["PL.2"]["windows"] == ["năm 2026"]
    # One item says its body chủ trì: it leads, the other items' bodies help.
    assert _owners(draft, d["PL.2"]) == [
        ("Bộ Xây dựng", "lead"),
        ("Bộ Công an", "partner"),
        ("các bộ, cơ quan", "partner"),
        ("Các địa phương", "partner"),
    ]
    # None does: the items' bodies own the task together.
    assert _owners(draft, d["PL.4"]) == [
        ("Bộ Tư pháp", "responsible"),
        ("Các bộ, cơ quan", "responsible"),
        ("Các địa phương", "partner"),
    ]
    assert d["PL.4"]["windows"] == ["quý II/2026"]
    assert _owners(draft, d["PL.3"]) == [("Bộ Tài chính", "lead"), ("Các bộ, cơ quan", "partner")]
    _valid(draft)


_LONG_CELL = "\n".join(f"- Nội dung thứ {k} của dự án được triển khai." for k in range(1, 16))
BAR_TABLE_LONG_CELLS = (
    "PHỤ LỤC II\nDANH MỤC DỰ ÁN\n"
    + _bars(
        ["**STT**", "**Tên dự án, nhiệm\nvụ**", "**Nội dung chính**", "**Cơ quan chủ trì[1]**",
         "**Cơ quan phối hợp**", "**Tình trạng**", "**Thời gian thực\nhiện**"],
        ["**I**", "**NHÓM DỰ ÁN THỂ CHẾ**"],
        ["1", "Xây dựng hệ thống kiểm kê phát thải", _LONG_CELL, "Bộ Công Thương",
         "- Bộ Xây dựng;\n- Bộ Tài chính", "Thực hiện mới",
         "Hoàn thành trong giai đoạn 2026 - 2027 và vận\nhành thường xuyên, liên tục"],
        ["2", "Xây dựng quy chuẩn khí thải", "- Rà soát quy chuẩn.", "Bộ Y tế",
         "Các cơ quan liên quan", "Đang thực hiện", "Năm 2026"],
        ["3", "Xây dựng bản đồ ô nhiễm", "- Lập bản đồ.", "Bộ Xây dựng",
         "Các cơ quan liên quan", "Thực hiện mới", "Giai đoạn 2026 - 2030"],
    )
    + "Ghi chú: danh mục được cập nhật hằng năm.\n"
)  # fmt: skip


def test_a_bar_table_with_long_cells_and_a_period_in_its_time_cell() -> None:
    """A cell between '|' lines may run over many lines (a content cell of bullets): the
    table goes on, and the words after its last '|' are text again. In a time cell,
    "Hoàn thành trong giai đoạn 2026 - 2027" or only "Giai đoạn 2026 - 2030" is the work's
    span, not a period named."""
    draft = extract(BAR_TABLE_LONG_CELLS, issued=date(2025, 11, 1), number="7/QĐ")
    d = _by_id(draft)
    assert list(d) == ["PLII.1", "PLII.2", "PLII.3"]
    assert d["PLII.3"]["windows"] == ["2026-2030"]
    assert _owners(draft, d["PLII.1"])[0] == ("Bộ Công Thương", "lead")
    assert d["PLII.1"]["windows"][0] == "2026-2027"
    assert d["PLII.2"]["windows"] == ["năm 2026"]
    _valid(draft)


def test_a_period_named_in_a_sentence_is_still_no_deadline() -> None:
    """Outside a time cell "trong giai đoạn 2026 - 2030" names a period: no deadline."""
    text = "KẾ HOẠCH\nII. NHIỆM VỤ\n1. Sở Y tế tăng cường kiểm tra trong giai đoạn 2026 - 2030.\n"
    draft = extract(text, issued=date(2025, 11, 1), number="8/KH")
    (duty,) = draft.duties
    assert duty["windows"] == ["không thời hạn"]


_CUT_HEADER = "TT \nNhiệm vụ \nCơ quan  \nchủ trì \nCơ quan \n phối hợp \nSản phẩm  \nThời gian  \n"
PDF_ROW_CUT_BY_A_PAGE = (
    "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
    + _CUT_HEADER
    + "1 \nRà soát quy định về hỗ trợ doanh \nnghiệp công nghệ số \nBộ Tài chính \n"
    "Bộ Công Thương \nQuyết định \nQuý II/2026 \n"
    "2 \nXây dựng tiêu chuẩn quốc gia cho \nBộ Khoa học và \nCơ quan, tổ chức \n"
    "Tiêu chuẩn, quy \nQuý IV/2026 \n"
    "\n \n"
    + _CUT_HEADER
    + "các nhóm sản phẩm công nghệ chiến \nlược, công nghệ lõi. \nCông nghệ \n"
    "và doanh nghiệp \nliên quan \nchuẩn được ban \nhành \n"
    "3 \nXây dựng cơ sở dữ liệu doanh nghiệp \nBộ Khoa học và \nCông nghệ \n"
    "Bộ Tài chính \nHệ thống \nQuý III/2026 \n"
)


def test_a_pdf_row_a_page_break_cuts_through_every_cell() -> None:
    """A page break cut every cell of a row: each cell's first line before it (the time
    cell whole), the other lines after the repeated header in the columns' order. The
    lines after the break go on with the cells that reached the page's foot: the time is
    the row's last cell, not glued to the words after it."""
    draft = extract(PDF_ROW_CUT_BY_A_PAGE, issued=date(2026, 3, 1), number="12/QĐ")
    d = _by_id(draft)
    assert list(d) == ["PL.1", "PL.2", "PL.3"]
    assert d["PL.2"]["text"].startswith(
        "Xây dựng tiêu chuẩn quốc gia cho các nhóm sản phẩm công nghệ chiến lược, công nghệ lõi."
    )
    assert _owners(draft, d["PL.2"])[0] == ("Bộ Khoa học và Công nghệ", "lead")
    assert d["PL.2"]["windows"] == ["quý IV/2026"]
    assert _owners(draft, d["PL.3"])[0] == ("Bộ Khoa học và Công nghệ", "lead")
    _valid(draft)


ARTICLE_QUOTING_PARTS = (
    "**Sở Y tế cần làm gì theo Kế hoạch mới của tỉnh?**\n\n"
    "Tại Mục 2 Kế hoạch của tỉnh, nhiệm vụ được giao như sau:\n\n"
    "**(1) Sở Y tế:**\n\n"
    "- Chủ trì, phối hợp với Sở Tài chính rà soát danh mục thuốc, hoàn thành trong tháng 10 "
    "năm 2025.\n\n"
    "- Hướng dẫn các bệnh viện triển khai bệnh án điện tử.\n\n"
    "**(2)** Sở Nội vụ chủ trì tổng hợp kết quả, hoàn thành trước ngày 15 tháng 12 năm 2025.\n\n"
    "**Các địa phương thực hiện ra sao?**\n\n"
    "Tại Mục 3 Kế hoạch của tỉnh như sau:\n\n"
    "**(1) Ủy ban nhân dân các huyện:**\n\n"
    "- Tuyên truyền cho người dân về bệnh án điện tử.\n\n"
    "**(2) **Đề nghị các doanh nghiệp tham gia cung cấp dữ liệu.\n"
)


def test_an_article_quoting_parts_reads_their_paren_items() -> None:
    """A text with no numbered label at all (an article quoting a document's parts):
    its "(1)", "(2)" items counting up from (1) are its items, owner headings over
    bullets or tasks of their own, and the count may start again; the article's
    questions between the parts are headings, not tasks."""
    draft = extract(ARTICLE_QUOTING_PARTS, issued=date(2025, 9, 1), number="5/KH")
    texts = [d["text"] for d in draft.duties]
    assert len(texts) == 5
    assert not any("?" in t or t.startswith("Tại Mục") for t in texts)
    first, second, third, fourth, fifth = draft.duties
    assert _owners(draft, first)[0] == ("Sở Y tế", "lead")
    assert first["windows"] == ["tháng 10/2025"]
    assert _owners(draft, second)[0][0] == "Sở Y tế"
    assert _owners(draft, third)[0] == ("Sở Nội vụ", "lead")
    assert third["windows"] == ["trước ngày 15/12/2025"]
    assert fourth["text"].startswith("Tuyên truyền")
    assert _owners(draft, fourth)[0][0] == "Ủy ban nhân dân các huyện"
    assert fifth["text"].startswith("Đề nghị các doanh nghiệp")
    _valid(draft)


def test_a_lone_paren_number_in_plain_prose_stays_a_paragraph() -> None:
    """One "(1)" with no "(2)" after it is no outline: nothing is read as an item."""
    text = "Bài viết\n\nTheo quy định, (1) là căn cứ.\n\n(1) Ghi chú của bài viết.\n"
    draft = extract(text, issued=date(2025, 9, 1), number="6/KH")
    assert draft.duties == []


def test_a_count_to_reach_named_as_a_target_sets_no_deadline() -> None:
    """A year after "hoàn thành mục tiêu xây dựng 5 nghìn căn hộ …" is the year of a
    target (a count to reach), not the duty's deadline; the same year on a task stays."""
    text = (
        "KẾ HOẠCH\nII. NHIỆM VỤ\n"
        "1. Sở Xây dựng hoàn thành mục tiêu xây dựng 5 nghìn căn hộ nhà ở xã hội trước năm 2030.\n"
        "2. Sở Xây dựng hoàn thành rà soát quỹ đất nhà ở xã hội trước năm 2030.\n"
    )
    draft = extract(text, issued=date(2025, 11, 1), number="9/KH")
    target, task = draft.duties
    assert target["windows"] == ["không thời hạn"]
    assert task["windows"] != ["không thời hạn"]


def test_a_request_leading_into_items_with_no_section_owns_them() -> None:
    """No section above the items: the request that leads into them ("Ban Thường vụ
    yêu cầu cấp uỷ, chính quyền các cấp …; tập trung các nội dung sau:") names their
    owners, a paragraph that names its own subject keeps it, and the request is a
    lead-in, not a task."""
    text = (
        "Bài viết về Kết luận của Ban Thường vụ.\n\n"
        "Ban Thường vụ yêu cầu cấp uỷ, chính quyền các cấp tiếp tục thực hiện quyết liệt "
        "các nhiệm vụ; tập trung các nội dung sau:\n\n"
        "(1) Đổi mới công tác quy hoạch đô thị.\n\n"
        "Các địa phương khẩn trương rà soát quy hoạch đô thị.\n\n"
        "Tăng cường quản lý trật tự xây dựng.\n\n"
        "(2) Trong năm 2026, hoàn thành việc sửa đổi quy định về quy hoạch.\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="7/KL")
    d = {x["text"][:20]: x for x in draft.duties}
    assert not any(t.startswith("Ban Thường vụ") for t in d)
    assert _owners(draft, d["Các địa phương khẩn "])[0][0] == "Các địa phương"
    assert _owners(draft, d["Tăng cường quản lý t"])[0][0] == "cấp uỷ, chính quyền các cấp"
    assert _owners(draft, d["Trong năm 2026, hoàn"])[0][0] == "cấp uỷ, chính quyền các cấp"
    assert d["Trong năm 2026, hoàn"]["windows"] == ["năm 2026"]
    _valid(draft)


def test_an_owner_heading_listing_ministries_and_provinces_names_two_collectives() -> None:
    """An owner heading "Đối với các bộ, ngành, Ủy ban nhân dân các tỉnh, thành phố:"
    over bullets lists two collectives that own the bullets jointly; the same words as a
    sentence's subject stay the one formula."""
    text = (
        "KẾ HOẠCH\nII. NHIỆM VỤ\n"
        "1. Đối với các bộ, ngành, Ủy ban nhân dân các tỉnh, thành phố:\n"
        "- Rà soát thủ tục hành chính, hoàn thành trong tháng 9 năm 2025.\n"
        "2. Các bộ, ngành, Ủy ban nhân dân các tỉnh, thành phố báo cáo kết quả hằng quý.\n"
    )
    draft = extract(text, issued=date(2025, 8, 1), number="10/KH")
    bullet, sentence = draft.duties
    assert [fold(n) for n, _ in _owners(draft, bullet)] == [
        "cac bo, nganh",
        "uy ban nhan dan cac tinh, thanh pho",
    ]
    assert len(_owners(draft, sentence)) == 1


def test_a_name_ends_before_when() -> None:
    """In "Đề nghị các tổ chức, cá nhân ngoài nhà nước khi tiếp nhận hồ sơ …", "khi"
    (when) opens a clause: the name ends before it."""
    text = (
        "KẾ HOẠCH\nII. NHIỆM VỤ\n"
        "1. Đề nghị các tổ chức, cá nhân ngoài nhà nước khi tiếp nhận hồ sơ không yêu cầu "
        "bản sao giấy tờ.\n"
    )
    draft = extract(text, issued=date(2025, 8, 1), number="11/KH")
    (duty,) = draft.duties
    assert _owners(draft, duty)[0][0] == "các tổ chức, cá nhân ngoài nhà nước"


PLAIN_OWNER_HEADINGS = (
    "Bài viết: Thủ tướng giao nhiệm vụ về chuyển đổi số.\n\n"
    "Theo Chỉ thị, nhiệm vụ cụ thể như sau:\n\n"
    "Bộ Công an:\n\n"
    "- Chủ trì, phối hợp với Bộ Tài chính triển khai định danh điện tử, hoàn thành trong "
    "tháng 10 năm 2025.\n\n"
    "- Nâng cấp ứng dụng định danh điện tử, thực hiện thường xuyên.\n\n"
    "Ủy ban nhân dân các tỉnh, thành phố:\n\n"
    "- Rà soát thủ tục hành chính, hoàn thành trong tháng 9 năm 2025.\n"
)


def test_a_plain_text_reads_its_owner_headings_over_bullets() -> None:
    """No numbered label at all: a line that only names owners and leads into bullets
    ("Bộ Công an:" then "- Chủ trì …") is an owner heading, its bullets its duties."""
    draft = extract(PLAIN_OWNER_HEADINGS, issued=date(2025, 8, 1), number="1/CT")
    first, second, third = draft.duties
    assert _owners(draft, first) == [("Bộ Công an", "lead"), ("Bộ Tài chính", "partner")]
    assert first["windows"] == ["tháng 10/2025"]
    assert _owners(draft, second)[0][0] == "Bộ Công an"
    assert fold(_owners(draft, third)[0][0]) == "uy ban nhan dan cac tinh, thanh pho"
    assert third["windows"] == ["tháng 9/2025"]
    _valid(draft)


def test_a_plain_text_reads_its_bullets_and_not_the_words_after_them() -> None:
    """Bullets with no label above them are the text's tasks, owned by the request that
    leads into them; the article's words after the last bullet are no task."""
    text = (
        "Bài viết về Chỉ thị.\n\n"
        "Chỉ thị yêu cầu Bộ Y tế thực hiện các nhiệm vụ sau:\n\n"
        "- Rà soát danh mục thuốc, hoàn thành trong tháng 10 năm 2025.\n\n"
        "- Hướng dẫn các bệnh viện triển khai bệnh án điện tử.\n\n"
        "Bài viết còn có ghi chú: xem thêm tại trang web.\n"
    )
    draft = extract(text, issued=date(2025, 8, 1), number="2/CT")
    assert [d["text"][:8] for d in draft.duties] == ["Rà soát ", "Hướng dẫ"]
    assert all(_owners(draft, d)[0][0] == "Bộ Y tế" for d in draft.duties)
    assert draft.duties[0]["windows"] == ["tháng 10/2025"]


def test_paren_notes_that_cite_documents_stay_footnotes() -> None:
    """Notes "(1) Nghị quyết số …", "(2) Quyết định số …" after a text's bullets cite
    the documents it names: footnotes, not items."""
    text = (
        "Bài viết về Chỉ thị.\n\n"
        "Chỉ thị yêu cầu Bộ Y tế thực hiện các nhiệm vụ sau:\n\n"
        "- Rà soát danh mục thuốc, hoàn thành trong tháng 10 năm 2025.\n\n"
        "(1) Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n\n"
        "(2) Quyết định số 123/QĐ-TTg ngày 01/02/2025 của Thủ tướng Chính phủ.\n"
    )
    draft = extract(text, issued=date(2025, 8, 1), number="3/CT")
    assert [d["text"][:8] for d in draft.duties] == ["Rà soát "]


def test_a_target_an_expectation_and_the_time_left_are_no_deadlines() -> None:
    """ "bảo đảm mục tiêu đến hết năm 2025 …", "hoàn thành 500 km vào năm 2030" (a target:
    the noun or a quantity with its unit before the time), "tin tưởng trong năm 2025 sẽ …"
    (an expectation) and "Từ nay đến hết năm 2025 chỉ còn gần 2 tháng" (the time left) give
    no deadline; a dated action beside them keeps its own."""
    text = (
        "THÔNG BÁO\nI. ĐÁNH GIÁ\n"
        "Chúng ta có cơ sở để tin tưởng trong năm 2025 sẽ hoàn thành các mục tiêu đề ra.\n"
        "II. NHIỆM VỤ\n"
        "Từ nay đến hết năm 2025 chỉ còn gần 2 tháng; do vậy, yêu cầu các bộ, ngành:\n"
        "a) Bộ Xây dựng theo dõi, đôn đốc các địa phương bảo đảm mục tiêu đến hết năm 2025 "
        "cả nước có khoảng 900 km đường ven biển.\n"
        "b) Bộ Tài chính ưu tiên các dự án trong danh mục hoàn thành 500 km vào năm 2030.\n"
        "c) Bộ Công Thương hoàn thành 20 km đường dây trước ngày 30/12/2025.\n"
    )
    draft = extract(text, issued=date(2025, 11, 1), number="9/TB")
    due = {d["id"]: d["windows"] for d in draft.duties if d["windows"] != ["không thời hạn"]}
    assert due == {"II.c": ["trước ngày 30/12/2025"]}


def test_ongoing_work_over_a_year_is_no_deadline() -> None:
    """ "tiến hành thường xuyên, liên tục trong năm 2025": the year is the span the ongoing
    work runs over, not its deadline."""
    text = (
        "KẾ HOẠCH\nII. NHIỆM VỤ\n"
        "1. Sở Tài chính tiến hành kiểm tra thường xuyên, liên tục trong năm 2025.\n"
        "2. Sở Y tế hoàn thành kiểm tra trong năm 2025.\n"
    )
    draft = extract(text, issued=date(2025, 3, 1), number="10/KH")
    d = _by_id(draft)
    assert "năm 2025" not in d["II.1"]["windows"]
    assert d["II.2"]["windows"] == ["năm 2025"]


PDF_OWNER_CELLS_WORD_BY_WORD = (
    "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
    "TT \nTên nhiệm vụ \nCơ quan \nchủ trì \nCơ \nquan \nphối hợp \nKết quả \nThời \nhạn \n"
    "1. \nTổ chức tuyên truyền về công tác phi chính phủ nước ngoài. \n"
    "Bộ Ngoại \ngiao \nCác \nBộ, \nngành, \nđịa \nphương, Ủy \nban Công tác \nvề \ncác \ntổ \n"
    "chức \nPCPNN, \nVTV, VOV \nHội nghị, tập huấn \nNăm 2026 \n"
    "2. \nNâng cao hiệu quả trao đổi thông tin giữa các cơ quan. \n"
    "Bộ Ngoại \ngiao \nCác \nBộ, \nngành, \nđịa \nphương \nBáo cáo \nNăm 2027 \n"
)


def test_pdf_owner_cells_cut_word_by_word_keep_one_lead() -> None:
    """A PDF table's owner cells cut one or two words a line: a line ending on "Các" runs
    on to the next, and an acronym after "các tổ chức" ends that body's name ("Ủy ban Công
    tác về các tổ chức PCPNN"), so the lead's cell is the one body before the partners'."""
    draft = extract(PDF_OWNER_CELLS_WORD_BY_WORD, issued=date(2026, 4, 6), number="100/NQ")
    d = _by_id(draft)
    assert list(d) == ["PL.1", "PL.2"]
    for k in ("PL.1", "PL.2"):
        assert [n for n, r in _owners(draft, d[k]) if r in ("lead", "responsible")] == [
            "Bộ Ngoại giao"
        ]
    _valid(draft)


def test_a_board_named_in_lower_case_after_a_comma_is_a_second_owner() -> None:
    """ "Bộ Ngoại giao, Ủy ban công tác phi chính phủ nước ngoài": an "Ủy ban" whose name
    goes on in lower case is a body all the same; the comma parts two joint owners."""
    text = (
        "KẾ HOẠCH\nII. NHIỆM VỤ\n"
        "1. Bộ Ngoại giao, Ủy ban công tác về người cao tuổi chủ trì rà soát chính sách.\n"
    )
    draft = extract(text, issued=date(2026, 4, 6), number="11/KH")
    (duty,) = draft.duties
    assert [n for n, _ in _owners(draft, duty)] == [
        "Bộ Ngoại giao",
        "Ủy ban công tác về người cao tuổi",
    ]


def test_phoi_hop_without_voi_under_an_owner_heading() -> None:
    """ "Phối hợp các cơ quan liên quan thực hiện …" under an owner heading: "với" left out,
    the collective is still the partner and the heading's body leads; a named body after
    it leads, the heading's body partners (as with "Phối hợp với")."""
    text = (
        "KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n"
        "- Phối hợp các cơ quan liên quan thực hiện việc giám sát đối với cấp xã.\n"
        "- Phối hợp Sở Tài chính bố trí kinh phí kiểm tra.\n"
    )
    draft = extract(text, issued=date(2025, 11, 1), number="12/KH")
    d = _by_id(draft)
    assert _owners(draft, d["IV.1.a"]) == [
        ("Sở Y tế", "responsible"),
        ("các cơ quan liên quan", "partner"),
    ]
    assert _owners(draft, d["IV.1.b"]) == [("Sở Tài chính", "lead"), ("Sở Y tế", "partner")]


def test_a_name_ends_before_its_grounds() -> None:
    """ "Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, chủ trì tổng hợp …": the
    name ends before "trên cơ sở"; the proposing bodies are sources, not owners."""
    text = (
        "KẾ HOẠCH\nIII. TỔ CHỨC THỰC HIỆN\n"
        "3. Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, địa phương, chủ trì "
        "tổng hợp trình cấp có thẩm quyền bố trí kinh phí.\n"
    )
    draft = extract(text, issued=date(2025, 11, 1), number="13/KH")
    (duty,) = draft.duties
    assert [n for n, r in _owners(draft, duty) if r in ("lead", "responsible")] == ["Sở Tài chính"]


# A PDF table whose "Đơn vị" cell spans several task rows: its number and name are
# printed in the middle of them (rows before it, rows after it).
SPREAD_UNIT_CELLS = """PHỤ LỤC
NHIỆM VỤ CỦA CÁC BỘ
STT
Đơn vị
Nhiệm vụ chủ trì
Đơn vị phối hợp
Thời gian
hoàn thành
Xây dựng quy chế quản lý hệ thống
dữ liệu dùng chung
(1) Bộ Tư pháp
(2) Bộ Công an
Quý IV/2026
1
Bộ Nội vụ
Rà soát vị trí việc làm của các
đơn vị sự nghiệp
Bộ Công an
Quý I/2027
Tổ chức tập huấn cho cán bộ
quản trị hệ thống
(1) Bộ Nội vụ
(2) Bộ Tài chính
Thường xuyên
2
Bộ Công an
Hướng dẫn kết nối dữ liệu
Bộ Tài chính
Tháng 6/2027
Tuyên truyền về lợi ích của
hệ thống dữ liệu
(1) Bộ Tư pháp
Trong năm 2027
"""


def test_a_unit_cell_printed_in_the_middle_of_its_rows() -> None:
    """ "Đơn vị" beside "Đơn vị phối hợp" is the lead's column; a unit's rows before its
    printed name are its own, a row whose partners name the next unit is not that unit's,
    and the row printed beside a name is that unit's."""
    draft = extract(SPREAD_UNIT_CELLS, issued=date(2026, 10, 1), number="9/NQ")
    got = {
        d["text"][:20]: [n for n, r in _owners(draft, d) if r in ("lead", "responsible")]
        for d in draft.duties
    }
    assert got == {
        "Xây dựng quy chế quả": ["Bộ Nội vụ"],
        "Rà soát vị trí việc ": ["Bộ Nội vụ"],
        "Tổ chức tập huấn cho": ["Bộ Công an"],
        "Hướng dẫn kết nối dữ": ["Bộ Công an"],
        "Tuyên truyền về lợi ": ["Bộ Công an"],
    }
    dated = {d["text"][:20]: d.get("timing") for d in draft.duties}
    assert dated["Xây dựng quy chế quả"] == "Quý IV/2026"
    assert dated["Tuyên truyền về lợi "] == "Trong năm 2027"
    _valid(draft)


def test_an_item_for_a_kind_of_body_is_that_bodys() -> None:
    """ "Đối với các đơn vị đã xây dựng …: Tiếp tục …": the bodies the item is for do it,
    and its text is the task after the colon; "Đối với các dự án …:" (a kind of work) is
    not an owner and stays in the text."""
    text = (
        "KẾ HOẠCH\nI. NHIỆM VỤ CHUNG\n"
        "1. Đối với các đơn vị đã có hệ thống riêng: Chuyển hệ thống về trung tâm "
        "trong Quý II/2027.\n"
        "2. Đối với các dự án chưa khởi công: Rà soát lại quy mô đầu tư.\n"
    )
    draft = extract(text, issued=date(2026, 10, 1), number="15/KH")
    d = _by_id(draft)
    assert d["I.1"]["text"].startswith("Chuyển hệ thống về trung tâm")
    assert _owners(draft, d["I.1"]) == [("các đơn vị đã có hệ thống riêng", "lead")]
    assert d["I.1"]["timing"] == "trong Quý II/2027"
    assert d["I.2"]["text"].startswith("Đối với các dự án chưa khởi công")
    assert _owners(draft, d["I.2"]) == []


def test_a_gazette_header_and_a_signers_stamp_are_the_pages() -> None:
    """ "CÔNG BÁO/Số 7 + 8/Ngày 01-9-2022" names itself a Gazette page's header, even on
    two pages; it goes with the page number beside it, and a stamp opening "Người ký:"
    goes with its fields, so neither joins the duty they interrupt."""
    text = (
        "KẾ HOẠCH\nII. NHIỆM VỤ\n"
        "1. Sở Tư pháp rà soát các văn bản quy phạm pháp luật\n\n"
        "CÔNG BÁO/Số 7 + 8/Ngày 01-9-2022\n73\n\n"
        "về công chứng.\n"
        "2. Sở Nội vụ tổng hợp kết quả.\n"
        "Người ký: Cổng Thông tin điện tử\nEmail: a@b.vn\nCơ quan: Văn phòng\n"
        "Thời gian ký: 05.09.2022 09:51:42 +07:00\n"
    )
    draft = extract(text, issued=date(2022, 9, 1), number="14/KH")
    d = _by_id(draft)
    assert d["II.1"]["text"].endswith("quy phạm pháp luật về công chứng.")
    assert d["II.2"]["text"] == "Sở Nội vụ tổng hợp kết quả."
    assert all(x.get("timing") is None for x in draft.duties)


def test_a_header_with_its_number_on_either_side_is_the_pages() -> None:
    """Odd pages print the number after the running header, even pages before it (and
    again): together the occurrences follow page by page, so all go, the repeated
    numbers too."""
    from nq42cli.core.layout import artefacts

    raw: list[str] = []
    for n in range(73, 78):
        body = [f"Sở Y tế tổ chức tập huấn ở xã thứ {k}." for k in range(14)]
        head = "CÔNG BÁO/Số 91 + 92/Ngày 03-11-2023 "
        raw += [head, f"{n} ", *body] if n % 2 else [f"{n} ", f"{n}", " ", head, *body]
    kept = [x for i, x in enumerate(raw) if i not in artefacts(raw)]
    assert all(x.startswith("Sở Y tế") for x in kept)
    assert len(kept) == 5 * 14


def test_an_articles_short_title_is_not_its_duty() -> None:
    """ "Điều 2. Phân công cơ quan thẩm tra" then "Phân công X chủ trì thẩm tra; Y, các Ủy
    ban khác tham gia thẩm tra …": the short title that does not run on is set apart,
    the body is the duty; "Phân công" assigns as "Giao" does, and the bodies that "tham
    gia" in the next clause are X's partners. "… do X trình Quốc hội …": X submits."""
    text = (
        "NGHỊ QUYẾT\nQUYẾT NGHỊ:\n"
        "Điều 1. Điều chỉnh Chương trình công tác năm 2027\n"
        "Bổ sung vào Chương trình dự thảo Nghị quyết về hội nghị do Ủy ban Thường vụ\n"
        "Quốc hội trình Quốc hội cho ý kiến tại kỳ họp thứ 5.\n"
        "Điều 2. Phân công cơ quan thẩm tra\n"
        "Phân công Ủy ban Pháp luật của Quốc hội chủ trì thẩm tra; Hội đồng Dân tộc,\n"
        "các Ủy ban khác của Quốc hội tham gia thẩm tra dự thảo Nghị quyết.\n"
    )
    draft = extract(text, issued=date(2026, 8, 17), number="30/2026/UBTVQH15")
    one, two = draft.duties
    assert one["text"].startswith("Bổ sung vào Chương trình")
    assert [(fold(n), r) for n, r in _owners(draft, one)] == [
        (fold("Ủy ban Thường vụ Quốc hội"), "lead")
    ]
    assert two["text"].startswith("Phân công Ủy ban Pháp luật")
    assert _owners(draft, two) == [
        ("Ủy ban Pháp luật của Quốc hội", "lead"),
        ("Hội đồng Dân tộc", "partner"),
        ("các Ủy ban khác của Quốc hội", "partner"),
    ]


def test_an_article_of_a_bodys_duties_is_that_bodys() -> None:
    """ "Điều 2. Nhiệm vụ của Ban Chỉ đạo:" over "1. …", "2. Phối hợp với các Bộ, cơ
    quan …": the body whose duties they are leads each (a collective it works with
    partners it)."""
    text = (
        "QUYẾT ĐỊNH\nQUYẾT ĐỊNH:\n"
        "Điều 1. Thành lập Ban Chỉ đạo quốc gia về dữ liệu.\n"
        "Điều 2. Nhiệm vụ của Ban Chỉ đạo:\n"
        "1. Nghiên cứu, xây dựng Đề án về dữ liệu quốc gia.\n"
        "2. Phối hợp với các Bộ, cơ quan nghiên cứu các chính sách liên quan.\n"
    )
    draft = extract(text, issued=date(2026, 5, 5), number="80/QĐ-TTg")
    d = _by_id(draft)
    assert [n for n, r in _owners(draft, d["D2.1"]) if r in ("lead", "responsible")] == [
        "Ban Chỉ đạo"
    ]
    assert [n for n, r in _owners(draft, d["D2.2"]) if r in ("lead", "responsible")] == [
        "Ban Chỉ đạo"
    ]


def test_cu_the_on_a_line_of_its_own_makes_the_item_a_lead_in() -> None:
    """ "3. Bộ Nội vụ tổ chức thực hiện … phụ trách." then "Cụ thể:" on a line of its own
    over "- " bullets: the item leads into them, its subject owns them ("Phối hợp với
    Bộ Ngoại giao …": the body named leads, the item's owner partners)."""
    text = (
        "QUYẾT ĐỊNH\nVI. TỔ CHỨC THỰC HIỆN\n"
        "3. Bộ Nội vụ tổ chức thực hiện các nhiệm vụ nêu trong Đề án.\n"
        "Cụ thể:\n"
        "- Phối hợp với Bộ Ngoại giao theo dõi, đánh giá chương trình;\n"
        "- Chủ trì xây dựng tài liệu bồi dưỡng.\n"
    )
    draft = extract(text, issued=date(2026, 5, 20), number="90/QĐ-TTg")
    d = _by_id(draft)
    assert list(d) == ["VI.3.a", "VI.3.b"]
    assert _owners(draft, d["VI.3.a"]) == [("Bộ Ngoại giao", "lead"), ("Bộ Nội vụ", "partner")]
    assert [n for n, r in _owners(draft, d["VI.3.b"]) if r in ("lead", "responsible")] == [
        "Bộ Nội vụ"
    ]


def test_an_appendix_titled_for_bodies_gives_them_its_duties() -> None:
    """ "Phụ lục I / NHIỆM VỤ CỦA CÁC BỘ, NGÀNH, ĐỊA PHƯƠNG TRONG TRIỂN KHAI …" over "I.
    NHIỆM VỤ CHUNG": its items are those bodies' duties; "Phối hợp chặt chẽ với Bộ Công
    an, …" (a manner before "với") gives the body named the lead, as "Phối hợp với" does."""
    text = (
        "Phụ lục I\nNHIỆM VỤ CỦA CÁC BỘ, NGÀNH, ĐỊA PHƯƠNG\nTRONG TRIỂN KHAI ĐỀ ÁN DỮ LIỆU\n"
        "I. NHIỆM VỤ CHUNG\n"
        "1. Phối hợp chặt chẽ với Bộ Công an trong quá trình thực hiện Đề án.\n"
        "2. Rà soát các trường thông tin trong cơ sở dữ liệu (Quý IV/2026).\n"
    )
    draft = extract(text, issued=date(2026, 10, 1), number="17/NQ-CP")
    one, two = draft.duties
    assert [n for n, r in _owners(draft, one) if r in ("lead", "responsible")] == ["Bộ Công an"]
    assert [fold(n) for n, r in _owners(draft, two) if r in ("lead", "responsible")] == [
        fold("các bộ, ngành, địa phương")
    ]


def test_a_boards_members_and_powers_are_not_duties() -> None:
    """ "Điều 1. Kiện toàn Ban Chỉ đạo …, gồm các thành viên sau đây:" lists who sits on
    it and "Điều 3. Quyền hạn của Ban Chỉ đạo" what it may do: neither is work given."""
    text = (
        "QUYẾT ĐỊNH\nQUYẾT ĐỊNH:\n"
        "Điều 1. Kiện toàn Ban Chỉ đạo quốc gia về dữ liệu, gồm các thành viên sau đây:\n"
        "1. Trưởng ban: Phó Thủ tướng Chính phủ.\n"
        "2. Các ủy viên:\n- Bộ trưởng Bộ Công an;\n- Bộ trưởng Bộ Tư pháp.\n"
        "Điều 2. Nhiệm vụ của Ban Chỉ đạo:\n"
        "1. Nghiên cứu, xây dựng Đề án về dữ liệu quốc gia.\n"
        "Điều 3. Quyền hạn của Ban Chỉ đạo\n"
        "1. Lập Tổ Biên tập giúp việc Ban Chỉ đạo.\n"
        "2. Mời lãnh đạo các Bộ tham dự các cuộc họp của Ban Chỉ đạo.\n"
    )
    draft = extract(text, issued=date(2026, 5, 5), number="81/QĐ-TTg")
    assert [d["id"] for d in draft.duties] == ["D2.1"]


def test_a_topic_then_an_assignment_in_lower_case() -> None:
    """ "Về đề nghị …: giao Bộ X chủ trì phối hợp với …": the assignment after the topic's
    colon names the owner though it opens in lower case; so after a later colon ("Về …: tăng
    …: giao …"), and after a topic that retells a long request; a name ends before "làm
    việc"."""
    long_topic = (
        "Về đề nghị bố trí vốn cho dự án đường ven biển " + "đoạn qua các xã ven biển " * 12
    )
    text = (
        "THÔNG BÁO\nIII. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH\n"
        "1. Về đề nghị sửa đổi thủ tục chuyển mục đích sử dụng rừng: giao Bộ Nông nghiệp "
        "và Môi trường chủ trì phối hợp với các Bộ liên quan nghiên cứu, đề xuất.\n"
        "2. Về hoạt động của cấp xã: tăng số lượng cấp phó: giao Bộ Nội vụ chủ trì, phối hợp "
        "với các cơ quan liên quan nghiên cứu, tổng hợp.\n"
        f"3. {long_topic.strip()}: giao Bộ Tài chính chủ trì phối hợp với Bộ Xây dựng xem xét.\n"
        "4. Về mở rộng nhà máy: giao Tập đoàn Dầu khí Việt Nam làm việc cụ thể với các nhà "
        "đầu tư để thống nhất kế hoạch.\n"
    )
    draft = extract(text, issued=date(2025, 11, 22), number="1/TB")
    d = _by_id(draft)
    assert _owners(draft, d["III.1"])[0] == ("Bộ Nông nghiệp và Môi trường", "lead")
    assert _owners(draft, d["III.2"])[0] == ("Bộ Nội vụ", "lead")
    assert _owners(draft, d["III.3"]) == [("Bộ Tài chính", "lead"), ("Bộ Xây dựng", "partner")]
    assert _owners(draft, d["III.4"]) == [("Tập đoàn Dầu khí Việt Nam", "responsible")]


def test_a_topic_item_with_two_subjects_is_split() -> None:
    """ "Về …: đề nghị A làm …, hoàn thành trong tháng 12 năm 2025; B hướng dẫn A …": each
    sentence or clause naming a subject of its own is a duty (.p1, .p2), with its own time; a
    sentence without one stays with the one before. What was agreed ("Các Bộ thống nhất …")
    or promised ("Chính phủ sẽ …") before an assignment keeps the item whole."""
    text = (
        "THÔNG BÁO\nIII. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH\n"
        "1. Về phủ sóng các thôn: đề nghị Tập đoàn Bưu chính Viễn thông Việt Nam triển khai "
        "thực hiện, hoàn thành trong tháng 12 năm 2025; Bộ Khoa học và Công nghệ hướng dẫn "
        "Tập đoàn nêu trên.\n"
        "2. Về kho dầu: với vai trò là chủ đầu tư, Tập đoàn Dầu khí Việt Nam chủ động làm việc "
        "với các đối tác. Để xác định vị trí, Ủy ban nhân dân tỉnh Thanh Hóa phối hợp với Bộ "
        "Công Thương rà soát quy hoạch. Đối với nội dung vượt thẩm quyền, báo cáo Thủ tướng "
        "Chính phủ trước ngày 25 tháng 12 năm 2025.\n"
        "3. Về Chương trình: Các Bộ, cơ quan thống nhất chỉ có một cơ quan chủ trì; giao Bộ "
        "Nông nghiệp và Môi trường chủ trì xây dựng hồ sơ.\n"
        "4. Về triển khai: Chính phủ sẽ phân công nhiệm vụ các bộ. Bộ Dân tộc và Tôn giáo chịu "
        "trách nhiệm hướng dẫn thực hiện.\n"
    )
    draft = extract(text, issued=date(2025, 11, 22), number="2/TB")
    d = _by_id(draft)
    assert _owners(draft, d["III.1.p1"]) == [
        ("Tập đoàn Bưu chính Viễn thông Việt Nam", "responsible")
    ]
    assert d["III.1.p1"]["windows"] == ["tháng 12/2025"]
    assert _owners(draft, d["III.1.p2"]) == [("Bộ Khoa học và Công nghệ", "responsible")]
    assert d["III.1.p2"]["windows"] == ["không thời hạn"]
    assert _owners(draft, d["III.2.p1"]) == [("Tập đoàn Dầu khí Việt Nam", "responsible")]
    assert d["III.2.p1"]["windows"] == ["không thời hạn"]
    assert d["III.2.p2"]["text"].startswith("Để xác định vị trí")
    assert _owners(draft, d["III.2.p2"])[0] == ("Ủy ban nhân dân tỉnh Thanh Hóa", "lead")
    assert d["III.2.p2"]["windows"] == ["trước ngày 25/12/2025"]
    assert "III.2.p3" not in d
    assert "III.3" in d
    assert "III.4" in d


def test_a_period_in_which_something_must_not_happen_is_no_deadline() -> None:
    """ "… không để xảy ra thiếu lương thực, thực phẩm trong những tháng cuối năm …": the
    period the duty covers, not its end; a deadline's verb after "không để" ("không để chậm
    trễ, hoàn thành trong tháng 12 năm 2025") keeps the date."""
    text = (
        "NGHỊ QUYẾT\nII. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Các bộ, cơ quan, địa phương đẩy mạnh sản xuất, tuyệt đối không để xảy ra thiếu "
        "lương thực, thực phẩm trong những tháng cuối năm và dịp Tết Nguyên đán 2026.\n"
        "2. Bộ Tài chính bố trí kinh phí, không để chậm trễ, hoàn thành trong tháng 12 năm "
        "2025.\n"
    )
    draft = extract(text, issued=date(2025, 11, 25), number="3/NQ-CP")
    d = _by_id(draft)
    assert d["II.1"]["windows"] == ["không thời hạn"]
    assert d["II.2"]["windows"] == ["tháng 12/2025"]


def test_the_issuers_request_and_more_name_ends() -> None:
    """ "Chính phủ trân trọng đề nghị X …" is a request to X; "Liên minh Hợp tác xã …" opens
    a body's name; a name ends before "xuất cấp", "khôi phục"."""
    text = (
        "NGHỊ QUYẾT\nII. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Liên minh Hợp tác xã Việt Nam và Liên minh Hợp tác xã cấp tỉnh rà soát phương án "
        "khoanh nợ.\n"
        "2. Bộ Y tế, các bộ, cơ quan liên quan xuất cấp theo thẩm quyền các loại hóa chất.\n"
        "3. Bộ Quốc phòng khôi phục sản xuất tại các vùng bị ảnh hưởng.\n"
        "4. Chính phủ trân trọng đề nghị Hội Chữ thập đỏ Việt Nam chủ động vận động, kêu gọi "
        "ủng hộ.\n"
    )
    draft = extract(text, issued=date(2025, 11, 25), number="4/NQ-CP")
    d = _by_id(draft)
    assert [n for n, _ in _owners(draft, d["II.1"])] == [
        "Liên minh Hợp tác xã Việt Nam",
        "Liên minh Hợp tác xã cấp tỉnh",
    ]
    assert [n for n, _ in _owners(draft, d["II.2"])] == ["Bộ Y tế", "các bộ, cơ quan liên quan"]
    assert [n for n, _ in _owners(draft, d["II.3"])] == ["Bộ Quốc phòng"]
    assert [n for n, _ in _owners(draft, d["II.4"])] == ["Hội Chữ thập đỏ Việt Nam"]


def test_an_unnumbered_owner_paragraph_owns_the_points_after_it() -> None:
    """ "Ủy ban nhân dân các tỉnh, thành phố:" and "Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt
    Nam:" as paragraphs under a numbered heading give the points after them their owner (the
    body that directs; the one directed is not an owner); the paragraph is no duty."""
    text = (
        "NGHỊ QUYẾT\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n1. Về nhà ở\n\n"
        "Ủy ban nhân dân các tỉnh, thành phố:\n\n"
        "a) Huy động các nguồn lực hỗ trợ Nhân dân sửa chữa nhà.\n\n"
        "b) Bố trí quỹ đất tái định cư.\n\n"
        "2. Về an sinh xã hội\n\n"
        "Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:\n\n"
        "a) Thực hiện chi trả gộp 03 tháng lương hưu.\n"
    )
    draft = extract(text, issued=date(2025, 11, 25), number="5/NQ-CP")
    d = _by_id(draft)
    for k in ("II.1.a", "II.1.b"):
        assert [fold(n) for n, _ in _owners(draft, d[k])] == ["uy ban nhan dan cac tinh, thanh pho"]
    assert [n for n, _ in _owners(draft, d["II.2.a"])] == ["Bộ Tài chính"]
    assert not [k for k in d if ".x" in k]


def test_owner_headings_of_a_directive() -> None:
    """ "7. Báo và Phát thanh, Truyền hình thành phố" (head, "và", a capital) is one body's
    heading; "11. Các đơn vị cấp nước sạch … có trách nhiệm" and "12. Các tổ chức, cá nhân và
    hộ gia đình khai thác … có trách nhiệm" over points are owner headings; "Phối hợp, tạo
    điều kiện cho …" names no partner, so the heading's owner does it."""
    text = (
        "CHỈ THỊ\n\n7. Báo và Phát thanh, Truyền hình thành phố\n\n"
        "a) Đẩy mạnh công tác tuyên truyền về tài nguyên nước.\n\n"
        "11. Các đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm\n\n"
        "a) Tiếp tục đầu tư mạng lưới cấp nước.\n\n"
        "b) Phối hợp, tạo điều kiện cho các tổ chức, cá nhân đấu nối nước sạch.\n\n"
        "12. Các tổ chức, cá nhân và hộ gia đình khai thác sử dụng tài nguyên nước dưới đất "
        "trên địa bàn có trách nhiệm\n\n"
        "a) Thực hiện các quy định về khai thác tài nguyên nước.\n"
    )
    draft = extract(text, issued=date(2025, 11, 18), number="9/CT-UBND")

    def who(start: str) -> list[str]:
        (duty,) = [d for d in draft.duties if d["text"].startswith(start)]
        return [n for n, _ in _owners(draft, duty)]

    assert who("Đẩy mạnh cô") == ["Báo và Phát thanh, Truyền hình thành phố"]
    assert who("Tiếp tục đầu") == ["Các đơn vị cấp nước sạch trên địa bàn thành phố"]
    assert who("Phối hợp, tạ") == ["Các đơn vị cấp nước sạch trên địa bàn thành phố"]
    assert who("Thực hiện cá") == [
        "Các tổ chức, cá nhân và hộ gia đình khai thác sử dụng tài nguyên nước dưới đất "
        "trên địa bàn"
    ]


def test_a_time_in_a_topic_gives_way_to_the_duty_s_own() -> None:
    """ "Về điều chuyển số vốn không giải ngân trong năm 2025: Ủy ban … báo cáo … trong Quý I
    năm 2026": the topic's year tells what it is about; the time after the colon is the
    duty's. A topic's time alone still counts."""
    text = (
        "THÔNG BÁO\n\nIII. VỀ MỘT SỐ KIẾN NGHỊ\n\n"
        "1. Về điều chuyển số vốn dư, không có khả năng giải ngân trong năm 2025: Ủy ban nhân "
        "dân tỉnh Thanh Hóa rà soát, báo cáo Thủ tướng Chính phủ trong Quý I năm 2026.\n\n"
        "2. Về bàn giao dự án trong năm 2025: Bộ Xây dựng khẩn trương thực hiện.\n"
    )
    draft = extract(text, issued=date(2025, 11, 22), number="6/TB")
    d = _by_id(draft)
    assert d["III.1"]["windows"] == ["quý I/2026"]
    assert d["III.2"]["windows"] == ["năm 2025"]


def test_a_list_of_groups_after_a_colon_is_kept_as_written() -> None:
    """ "đề nghị các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân
    đội tổ chức …": the groups' list after the colon is part of the name, kept as written."""
    text = (
        "THÔNG BÁO\n\nIII. KIẾN NGHỊ\n\n"
        "1. Các Bộ, cơ quan liên quan và các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công "
        "nghiệp - Viễn thông Quân đội theo chức năng, nhiệm vụ xử lý các kiến nghị.\n"
    )
    draft = extract(text, issued=date(2025, 11, 22), number="7/TB")
    (duty,) = draft.duties
    assert [n for n, _ in _owners(draft, duty)] == [
        "Các Bộ, cơ quan liên quan",
        "các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội",
    ]


def test_office_holders_assigned_by_the_issuer_are_one_phrase() -> None:
    """ "Ủy ban nhân dân tỉnh giao Giám đốc các sở, Thủ trưởng các ban, ngành … và Chủ tịch
    … , các cơ quan liên quan …": the bodies after "giao" own the duty, the office holders
    (a title with its plural) one phrase; "Các sở, cơ quan trực thuộc Sở và các cơ quan liên
    quan" is one collective too."""
    text = (
        "KẾ HOẠCH\n\nV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Các sở, cơ quan trực thuộc Sở và các cơ quan liên quan tổ chức triển khai thực "
        "hiện Kế hoạch.\n\n"
        "2. Ủy ban nhân dân tỉnh giao Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh và "
        "Chủ tịch Ủy ban nhân dân các xã, phường, các cơ quan liên quan theo chức năng, nhiệm "
        "vụ triển khai thực hiện.\n"
    )
    draft = extract(text, issued=date(2025, 11, 19), number="8/KH-UBND")
    d = _by_id(draft)
    assert [n for n, _ in _owners(draft, d["V.1"])] == [
        "Các sở, cơ quan trực thuộc Sở và các cơ quan liên quan"
    ]
    assert [n for n, _ in _owners(draft, d["V.2"])] == [
        "Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh và Chủ tịch Ủy ban nhân dân các "
        "xã, phường, các cơ quan liên quan"
    ]


def test_a_wrapped_request_before_the_items_names_their_owners() -> None:
    """A preamble whose last paragraph, wrapped over several lines, asks bodies to carry
    out "các nhiệm vụ … như sau:" gives its items without a subject those bodies; an item
    with its own subject keeps it."""
    text = (
        "CHỈ THỊ\n\nNhằm tăng cường công tác quản lý tài nguyên nước dưới đất trên địa bàn,\n"
        "Chủ tịch Ủy ban nhân dân thành phố yêu cầu Giám đốc, Thủ trưởng các sở,\n"
        "ban ngành, Chủ tịch Ủy ban nhân dân xã, phường và các đơn vị liên quan tập\n"
        "trung thực hiện các nhiệm vụ trọng tâm, cụ thể như sau:\n\n"
        "1. Sở Xây dựng rà soát các công trình cấp nước.\n\n"
        "2. Kết hợp hoặc luân phiên khai thác nước mặt với khai thác nước dưới đất.\n"
    )
    draft = extract(text, issued=date(2025, 11, 18), number="9/CT-UBND")
    by_start = {d["text"][:10]: d for d in draft.duties}
    assert [n for n, _ in _owners(draft, by_start["Sở Xây dựn"])] == ["Sở Xây dựng"]
    assert [n for n, _ in _owners(draft, by_start["Kết hợp ho"])] == [
        "Giám đốc, Thủ trưởng các sở, ban ngành, Chủ tịch Ủy ban nhân dân xã, phường và các "
        "đơn vị liên quan"
    ]


def test_a_front_and_its_member_organisations() -> None:
    """ "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên, các tổ chức
    chính trị xã hội, Hội Chữ thập đỏ Việt Nam": "tổ chức thành viên" is a noun, the members
    go with the Front, and the list names three owners."""
    text = (
        "NGHỊ QUYẾT\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
        "5. Chính phủ trân trọng đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các "
        "tổ chức thành viên, các tổ chức chính trị xã hội, Hội Chữ thập đỏ Việt Nam, theo "
        "nhiệm vụ, quyền hạn của mình chủ động vận động, kêu gọi ủng hộ.\n"
    )
    draft = extract(text, issued=date(2025, 11, 25), number="6/NQ-CP")
    (duty,) = draft.duties
    assert [n for n, _ in _owners(draft, duty)] == [
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên",
        "các tổ chức chính trị xã hội",
        "Hội Chữ thập đỏ Việt Nam",
    ]


def test_a_direction_among_shortcomings_is_a_duty() -> None:
    """Under "3. Một số tồn tại, hạn chế:", the paragraphs tell what fell short; one whose
    subject "cần …" (needs to) is a direction to it ("Tỉnh Thanh Hóa cần nỗ lực, khẩn
    trương khắc phục …"), numbered as the heading's paragraph."""
    text = (
        "THÔNG BÁO\n\nI. ĐÁNH GIÁ CHUNG\n\n3. Một số tồn tại, hạn chế, khó khăn:\n\n"
        "Tăng trưởng kinh tế của tỉnh chưa bền vững, chất lượng tăng trưởng hạn chế.\n\n"
        "Tỉnh Thanh Hóa cần nỗ lực, phấn đấu hơn nữa, khẩn trương khắc phục những tồn tại, "
        "hạn chế.\n"
    )
    draft = extract(text, issued=date(2025, 11, 22), number="9/TB")
    (duty,) = draft.duties
    assert duty["id"] == "I.3.p2"
    assert [n for n, _ in _owners(draft, duty)] == ["Tỉnh Thanh Hóa"]


def test_a_notice_s_shortest_closing_is_no_duty() -> None:
    """ "Văn phòng Chính phủ trân trọng thông báo./." closes a notice; no duty, no owner."""
    text = (
        "THÔNG BÁO\n\nIII. KIẾN NGHỊ\n\n1. Bộ Nội vụ nghiên cứu, tổng hợp, báo cáo Chính phủ.\n\n"
        "Văn phòng Chính phủ trân trọng thông báo./.\n"
    )
    draft = extract(text, issued=date(2025, 11, 22), number="10/TB")
    assert [d["id"] for d in draft.duties] == ["III.1"]


def test_a_table_of_proposals_assigned_to_the_bodies_in_charge() -> None:
    """An appendix that assigns proposals (TT | Tỉnh kiến nghị | Thông tin đề xuất | Bộ phụ
    trách …): the proposal is the task, the body "phụ trách" (in charge) leads, and the
    province that proposed it is no owner."""
    text = "PHỤ LỤC\nĐỀ XUẤT CỦA CÁC ĐỊA PHƯƠNG VÀ PHÂN CÔNG XỬ LÝ\n" + _bars(
        ["**TT**", "**Tỉnh kiến nghị**", "**Thông tin đề xuất**",
         "**Bộ phụ trách tiếp\nnhận, xử lý**"],
        ["1", "Lào Cai", "Đề nghị hỗ trợ kinh phí sửa chữa\ntrụ sở cấp xã.", "Bộ Tài chính"],
        ["2", "Cao Bằng, Hà Nội", "Đề nghị hướng dẫn thẩm quyền bổ nhiệm.",
         "Bộ Nội vụ; Bộ Tài\nchính"],
    )  # fmt: skip
    draft = extract(text, issued=date(2025, 12, 2), number="9/CV")
    d = _by_id(draft)
    assert list(d) == ["PL.1", "PL.2"]
    assert d["PL.1"]["text"] == "Đề nghị hỗ trợ kinh phí sửa chữa trụ sở cấp xã."
    assert _owners(draft, d["PL.1"]) == [("Bộ Tài chính", "lead")]
    assert [n for n, _ in _owners(draft, d["PL.2"])] == ["Bộ Nội vụ", "Bộ Tài chính"]
    _valid(draft)


def test_a_gap_in_a_copied_table_loses_a_group_heading() -> None:
    """A page dump cut a table ("…......" on a line of its own): the rows after the cut
    are still rows, though their numbers fall back; their lost group is the one before
    the group printed next (III before IV), and the gap is not a cell's words."""
    text = "PHỤ LỤC\n" + _bars(
        ["**TT**", "**Nội dung**", "**Chủ trì**", "**Phối hợp**", "**Thời gian**"],
        ["**I**", "**Văn bản**"],
        ["1", "Ban hành quy chế trực.", "Sở Nội vụ", "Sở Tư pháp", "2025"],
        ["2", "Ban hành quy chế phối hợp.", "Sở Xây dựng", "Sở Tài chính",
         "Thường xuyên\n….........."],
        ["2", "Thành lập bộ máy quản lý Quỹ.", "Sở Tài chính", "Sở Nội vụ", "2025"],
        ["3", "Duy trì Tổng đài 112.", "Bộ CHQS tỉnh", "Cơ quan liên quan", "2026"],
        ["**IV**", "**Diễn tập**"],
        ["1", "Diễn tập phòng thủ các cấp.", "Ban Chỉ huy", "Cơ quan liên quan", "2027"],
    )  # fmt: skip
    draft = extract(text, issued=date(2025, 11, 18), number="9/KH")
    d = _by_id(draft)
    assert list(d) == ["PL.I.1", "PL.I.2", "PL.III.2", "PL.III.3", "PL.IV.1"]
    assert d["PL.I.2"]["windows"] == ["thường xuyên"]
    assert d["PL.III.2"]["windows"] == ["năm 2025"]
    assert "a gap in the copy" in d["PL.III.2"]["review"]
    _valid(draft)


def test_a_span_of_quarters_or_months_ends_with_its_last_one() -> None:
    """A table's time cell "Quý IV/2025- Quý II/2026" (each end with its year) is one span,
    due at its last quarter's end, as a span of years is ("2025 - 2026"); so is a span of
    months; a span that runs backwards is not read."""

    def ends(phrase: str) -> list[date | None]:
        return [r.window.end for r in read_phrase(phrase, date(2025, 11, 24))]

    assert ends("Quý IV/2025- Quý II/2026") == [date(2026, 6, 30)]
    assert ends("quý 4 năm 2025 - quý 1 năm 2026") == [date(2026, 3, 31)]
    assert ends("Tháng 6/2025 - tháng 3/2026") == [date(2026, 3, 31)]
    with pytest.raises(TimeParseError):
        read_phrase("Quý II/2026 - Quý I/2026", date(2025, 11, 24))


def test_investors_and_providers_are_owners_not_a_verb() -> None:
    """ "các nhà đầu tư" (investors), "các nhà cung cấp dịch vụ" (providers): "nhà" before
    a verb makes who does it, a noun; a subject listing them after another body by a
    comma names two owners, and the duty's verb comes after them."""
    text = (
        "KẾ HOẠCH\n\nIV. KINH PHÍ\n\n"
        "Các doanh nghiệp viễn thông trên địa bàn Thành phố, các nhà đầu tư trong các khu "
        "công nghiệp chủ động bố trí kinh phí.\n\n"
        "Sở Tài chính, các nhà cung cấp dịch vụ phối hợp bảo đảm nguồn lực.\n"
    )
    draft = extract(text, issued=date(2025, 11, 24), number="9/KH")
    first, second = draft.duties
    assert [n for n, _ in _owners(draft, first)] == [
        "Các doanh nghiệp viễn thông trên địa bàn Thành phố",
        "các nhà đầu tư trong các khu công nghiệp",
    ]
    assert [n for n, _ in _owners(draft, second)] == ["Sở Tài chính", "các nhà cung cấp dịch vụ"]


def test_a_distributive_list_whose_last_name_holds_and() -> None:
    """ "các Bộ: Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công nghệ xây dựng …":
    each name takes the kind; "và" inside the last name joins no second owner."""
    text = (
        "CÔNG VĂN\n\n1. Về phân cấp\n\n1.2. Đối với các nhiệm vụ cần điều chỉnh thẩm quyền, "
        "yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công nghệ xây dựng "
        "phương án điều chỉnh thẩm quyền.\n"
    )
    draft = extract(text, issued=date(2025, 12, 2), number="9/CV")
    (duty,) = draft.duties
    assert sorted(n for n, _ in _owners(draft, duty)) == [
        "Bộ Khoa học và Công nghệ",
        "Bộ Nông nghiệp và Môi trường",
        "Bộ Xây dựng",
    ]


def test_a_weekday_before_a_day_only_labels_it() -> None:
    """ "trước Thứ Tư ngày 03/12/2025": the weekday labels the day ("Tư" is not "từ",
    from), so "trước" qualifies it: the day before. A comma after the weekday too."""

    def ends(phrase: str) -> list[date | None]:
        return [r.window.end for r in read_phrase(phrase, date(2025, 12, 1))]

    assert ends("trước Thứ Tư ngày 03/12/2025") == [date(2025, 12, 2)]
    assert ends("trước thứ Sáu, ngày 05/12/2025") == [date(2025, 12, 4)]
    assert ends("chậm nhất Chủ nhật ngày 07/12/2025") == [date(2025, 12, 7)]


_POINTED = (
    "CÔNG VĂN\n\n1. Về kiến nghị\n\n{item}\n\n"
    + "PHỤ LỤC\nPHÂN CÔNG XỬ LÝ\n"
    + _bars(
        ["**TT**", "**Tỉnh kiến nghị**", "**Thông tin đề xuất**", "**Bộ phụ trách**"],
        ["1", "Lào Cai", "Đề nghị hỗ trợ kinh phí sửa chữa trụ sở.", "Bộ Tài chính"],
        ["2", "Cao Bằng", "Đề nghị hướng dẫn thẩm quyền bổ nhiệm.", "Bộ Nội vụ"],
    )
)


def test_an_appendix_table_with_no_time_column_takes_the_date_of_the_item_pointing_to_it() -> None:
    """ "1.1. Khẩn trương xử lý các kiến nghị … (Phụ lục kèm theo), hoàn thành trước ngày
    15/12/2025": the appendix's rows are that item's work, due with it (review says so).
    A date that bounds a report, not the work, is not carried; nor is any when two items
    point to the appendix."""
    item = (
        "1.1. Các Bộ khẩn trương xử lý các kiến nghị của địa phương (Phụ lục kèm theo), "
        "hoàn thành trước ngày 15/12/2025."
    )
    draft = extract(_POINTED.format(item=item), issued=date(2025, 12, 2), number="9/CV")
    d = _by_id(draft)
    assert d["PL.1"]["windows"] == d["PL.2"]["windows"] == ["trước ngày 15/12/2025"]
    assert "points to this appendix" in d["PL.2"]["review"]
    _valid(draft)
    report = (
        "1.1. Các Bộ xử lý các kiến nghị của địa phương (Phụ lục kèm theo), báo cáo kết "
        "quả trước ngày 15/12/2025."
    )
    draft = extract(_POINTED.format(item=report), issued=date(2025, 12, 2), number="9/CV")
    assert _by_id(draft)["PL.1"]["windows"] == ["không thời hạn"]
    two = item + "\n\n1.2. Bộ Nội vụ rà soát, tổng hợp các kiến nghị (Phụ lục kèm theo)."
    draft = extract(_POINTED.format(item=two), issued=date(2025, 12, 2), number="9/CV")
    assert _by_id(draft)["PL.1"]["windows"] == ["không thời hạn"]


def test_the_bodies_a_sentence_requires_own_it() -> None:
    """ "Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã và
    các doanh nghiệp viễn thông … triển khai": as with "giao", the issuer requires; the
    bodies after "yêu cầu" own the duty, not the issuer."""
    text = (
        "KẾ HOẠCH\n\nV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Xây dựng chủ trì triển khai kế hoạch.\n\n"
        "Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã và "
        "các doanh nghiệp viễn thông nghiêm túc triển khai thực hiện.\n"
    )
    draft = extract(text, issued=date(2025, 11, 24), number="9/KH")
    assert [n for n, _ in _owners(draft, draft.duties[-1])] == [
        "các Sở, ban, ngành Thành phố",
        "UBND phường, xã",
        "các doanh nghiệp viễn thông",
    ]


def test_a_pointer_to_the_appendix_in_brackets_is_no_duty() -> None:
    """ "(Chi tiết Danh mục nhiệm vụ tại Phụ lục kèm theo)" on a line of its own after an
    item points to the appendix, as the same words without brackets do: no duty."""
    text = (
        "KẾ HOẠCH\n\nII. NỘI DUNG\n\n8. Sở Tài chính bố trí kinh phí thực hiện.\n\n"
        "(Chi tiết Danh mục nhiệm vụ tại Phụ lục kèm theo)\n"
    )
    draft = extract(text, issued=date(2025, 11, 18), number="9/KH")
    assert [d["id"] for d in draft.duties] == ["II.8"]


def test_an_owner_cell_listing_investors_and_providers_without_cac() -> None:
    """A table's lead cell "Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư": "nhà
    cung cấp …", "nhà đầu tư" open owners' names without "các" too; three owners."""
    text = "PHỤ LỤC\n" + _bars(
        ["**TT**", "**Nhiệm vụ**", "**Chủ trì**", "**Phối hợp**", "**Thời gian**"],
        ["1", "Triển khai ứng dụng IoT.", "Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư",
         "Sở Công Thương", "Thường xuyên"],
    )  # fmt: skip
    draft = extract(text, issued=date(2025, 11, 24), number="9/KH")
    (duty,) = draft.duties
    assert [n for n, r in _owners(draft, duty) if r != "partner"] == [
        "Doanh nghiệp",
        "nhà cung cấp dịch vụ IoT",
        "nhà đầu tư",
    ]


def test_a_normative_decision_s_rule_articles_are_not_duties() -> None:
    """A decision that lays down a rule: its articles on scope, conditions and the
    application procedure ("Điều 2. Đối tượng và điều kiện hỗ trợ", "Điều 3. Trình tự,
    thủ tục thực hiện") are the rule, and their dates no deadlines; the article on
    responsibilities assigns the work."""
    text = (
        "QUYẾT ĐỊNH\n\nĐiều 1. Phạm vi áp dụng\n"
        "Quyết định này quy định việc hỗ trợ học phí cho học viên.\n"
        "Điều 2. Đối tượng và điều kiện hỗ trợ\n"
        "1. Có hợp đồng học tập giao kết trước ngày 01 tháng 4 năm 2026.\n"
        "Điều 3. Trình tự, thủ tục thực hiện\n"
        "1. Cơ sở đào tạo gửi hồ sơ đến Ủy ban nhân dân cấp huyện.\n"
        "Thời gian tiếp nhận hồ sơ chậm nhất đến hết ngày 15 tháng 8 năm 2026.\n"
        "Điều 4. Trách nhiệm của các cơ quan liên quan\n"
        "1. Bộ Tài chính có trách nhiệm hướng dẫn việc thanh toán.\n"
    )
    draft = extract(text, issued=date(2026, 3, 28), number="11/2026/QĐ-TTg")
    (duty,) = draft.duties
    assert duty["id"] == "D4.1"
    assert [n for n, _ in _owners(draft, duty)] == ["Bộ Tài chính"]
    assert not duty.get("deadline")


def test_who_executes_the_decision_is_no_duty_even_numbered() -> None:
    """ "2. Bộ trưởng, … chịu trách nhiệm thi hành Quyết định này./." as a numbered point of
    the last article says who executes the text: no duty. A point there that gives work
    ("2. Bộ Nội vụ hướng dẫn thực hiện …") stays one."""
    text = (
        "QUYẾT ĐỊNH\n\nĐiều 2. Trách nhiệm của các cơ quan liên quan\n"
        "1. Bộ Tài chính có trách nhiệm hướng dẫn việc thanh toán.\n"
        "Điều 3. Hiệu lực thi hành\n"
        "1. Quyết định này có hiệu lực từ ngày ký ban hành.\n"
        "2. Bộ Nội vụ hướng dẫn thực hiện Quyết định này.\n"
        "3. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh chịu "
        "trách nhiệm thi hành Quyết định này./.\n"
    )
    draft = extract(text, issued=date(2026, 3, 28), number="12/2026/QĐ-TTg")
    assert [d["id"] for d in draft.duties] == ["D2.1", "D3.2"]


def test_a_party_the_rule_addresses_owns_its_points() -> None:
    """ "2. Người sử dụng lao động có trách nhiệm:" over "a) …", "b) …": a short noun phrase
    before "có trách nhiệm:" names the party whose points they are, though it is no body
    of the list."""
    text = (
        "QUYẾT ĐỊNH\n\nĐiều 4. Trách nhiệm của các bên\n"
        "1. Người sử dụng lao động có trách nhiệm:\n"
        "a) Tuyên truyền, phổ biến chính sách đến người lao động.\n"
        "b) Thực hiện chi trả tiền hỗ trợ.\n"
        "2. Bộ Tài chính có trách nhiệm:\na) Hướng dẫn việc thanh toán.\n"
    )
    draft = extract(text, issued=date(2026, 3, 28), number="13/2026/QĐ-TTg")
    d = _by_id(draft)
    assert list(d) == ["D4.1.a", "D4.1.b", "D4.2.a"]
    for k in ("D4.1.a", "D4.1.b"):
        assert [n for n, _ in _owners(draft, d[k])] == ["Người sử dụng lao động"]
    assert [n for n, _ in _owners(draft, d["D4.2.a"])] == ["Bộ Tài chính"]


def test_the_issuer_opening_a_conclusion_s_assignment_is_not_its_owner() -> None:
    """ "Bộ Chính trị giao Ban Tổ chức Trung ương:" over bullets, "Bộ Chính trị giao các cơ
    quan, ban đảng Trung ương tiếp tục …": the issuer speaks; the body after "giao" owns
    the work."""
    text = (
        "KẾT LUẬN\n\nBộ Chính trị giao Ban Tổ chức Trung ương:\n\n"
        "- Tổng hợp ý kiến tham gia của các cơ quan, hoàn thiện các Đề án.\n\n"
        "- Phối hợp các tỉnh ủy hoàn thiện phương án nhân sự.\n\n"
        "Bộ Chính trị giao các cơ quan, ban đảng Trung ương tiếp tục rà soát các văn bản.\n"
    )
    draft = extract(text, issued=date(2025, 5, 25), number="9-KL/TW")
    by_start = {d["text"][:10]: d for d in draft.duties}
    assert [n for n, _ in _owners(draft, by_start["Tổng hợp ý"])] == ["Ban Tổ chức Trung ương"]
    assert [n for n, _ in _owners(draft, by_start["Bộ Chính t"])] == [
        "các cơ quan, ban đảng Trung ương"
    ]


CONCLUSION_IN_PARAGRAPHS = """# Kết luận của Bộ Chính trị về sắp xếp bộ máy

Kết luận nêu rõ, sau khi xem xét báo cáo của Ban Tổ chức Trung ương, Bộ Chính trị kết luận như sau:

Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng tiếp tục làm tốt công tác tư tưởng.

Bộ Chính trị giao Đảng ủy Chính phủ lãnh đạo, chỉ đạo:

Khẩn trương hoàn thành dự thảo Nghị định về phân cấp, phân quyền;

Hướng dẫn tạm thời biên chế của các cơ quan chuyên môn, hoàn thành trong tháng 5/2025;

Đảng ủy Bộ Nội vụ chủ trì, phối hợp với các cơ quan có liên quan ban hành hướng dẫn.
"""


def test_a_conclusion_in_running_paragraphs() -> None:
    """After "… kết luận như sau:", a paragraph naming who does it opens an item, a lead-in
    naming an owner ("Bộ Chính trị giao Đảng ủy Chính phủ lãnh đạo, chỉ đạo:") owns the
    paragraphs after it that name none, and each paragraph is a duty."""
    draft = extract(CONCLUSION_IN_PARAGRAPHS, issued=date(2025, 5, 25), number="9-KL/TW")
    by_start = {d["text"][:10]: d for d in draft.duties}
    assert list(by_start) == ["Bộ Chính t", "Khẩn trươn", "Hướng dẫn ", "Đảng ủy Bộ"]

    def names(k: str) -> list[str]:
        return [fold(n) for n, _ in _owners(draft, by_start[k])]

    assert names("Bộ Chính t") == ["cac cap uy, to chuc dang"]
    for k in ("Khẩn trươn", "Hướng dẫn "):
        assert names(k) == ["dang uy chinh phu"]
    assert "5/2025" in str(by_start["Hướng dẫn "]["windows"])
    assert names("Đảng ủy Bộ")[0] == "dang uy bo noi vu"


def test_an_item_running_on_into_paragraphs_gives_them_its_owner() -> None:
    """ "2. Bộ Tài chính chủ động chuẩn bị …;" then paragraphs naming no owner ("Bảo đảm …",
    "Hoàn thành …"): the sentence runs on past ";", so the item is a duty and so is each
    paragraph, of the item's owner."""
    text = (
        "KẾT LUẬN\n\n1. Bộ Nội vụ hướng dẫn việc sắp xếp.\n\n"
        "2. Bộ Tài chính chủ động chuẩn bị các điều kiện cần thiết;\n\n"
        "Bảo đảm kinh phí cho các địa phương sau sắp xếp.\n\n"
        "Hoàn thành việc chi trả trước ngày 15/7/2025.\n"
    )
    draft = extract(text, issued=date(2025, 5, 25), number="10-KL/TW")
    d = _by_id(draft)
    assert list(d) == ["S.1", "S.2", "S.2.x1", "S.2.x2"]
    for k in ("S.2", "S.2.x1", "S.2.x2"):
        assert [n for n, _ in _owners(draft, d[k])] == ["Bộ Tài chính"]
    assert d["S.2.x2"]["windows"][0] == "trước ngày 15/7/2025"


BULLETED_CONCLUSION = """# Toàn văn Thông báo kết luận của Bộ Chính trị ra sao?

Tại phiên họp, xem xét đề nghị của Bộ Giáo dục và Đào tạo, Bộ Chính trị kết luận như sau:

- Thống nhất chủ trương đầu tư xây dựng trường học cho các xã biên giới.

Trước mắt, thí điểm đầu tư hoàn thành 100 trường trong năm 2025.

- Giao Đảng uỷ Chính phủ lãnh đạo, chỉ đạo triển khai thực hiện. Trong đó chỉ đạo:

(1) Đảng uỷ Bộ Giáo dục và Đào tạo chủ trì rà soát các quy định liên quan.

(2) Đảng uỷ Bộ Xây dựng chủ trì xây dựng các thiết kế mẫu.

- Giao Đảng uỷ Mặt trận Tổ quốc Việt Nam, các đoàn thể Trung ương phát động ủng hộ.

Trên đây là "Toàn văn Thông báo kết luận của Bộ Chính trị"

**Các hành vi nào bị nghiêm cấm trong khu vực biên giới?**

- Vượt biên giới làm ruộng, rẫy, săn bắn.

- Bắn súng qua biên giới, gây nổ trong vành đai biên giới.
"""


def test_a_conclusion_quoted_as_bullets_over_a_run_of_points() -> None:
    """After "… kết luận như sau:", the bullets are the items and the "(1)", "(2)" run the
    points of the bullet leading into it ("Trong đó chỉ đạo:"); the bullets after the
    article's "Trên đây là …" are its own Q&A, no duty."""
    draft = extract(BULLETED_CONCLUSION, issued=date(2025, 7, 18), number="11-TB/TW")
    by_start = {d["text"][:16]: d for d in draft.duties}
    assert not any(k.startswith(("Vượt", "Bắn")) for k in by_start)
    assert next(fold(n) for n, _ in _owners(draft, by_start["Đảng uỷ Bộ Giáo "])) == (
        "dang uy bo giao duc va dao tao"
    )
    assert by_start["Trước mắt, thí đ"]["windows"][0].endswith("2025")
    assert "Giao Đảng uỷ Mặt" in by_start


def test_a_lead_in_that_is_a_task_before_in_which() -> None:
    """ "Giao X lãnh đạo, chỉ đạo … triển khai thực hiện chủ trương trên. Trong đó chỉ đạo:"
    is a task of X's, and the points after it are read as well."""
    draft = extract(BULLETED_CONCLUSION, issued=date(2025, 7, 18), number="11-TB/TW")
    by_start = {d["text"][:16]: d for d in draft.duties}
    assert [fold(n) for n, _ in _owners(draft, by_start["Giao Đảng uỷ Chí"])] == [
        "dang uy chinh phu"
    ]
    assert "Đảng uỷ Bộ Xây d" in by_start


def test_the_front_s_party_committee_with_the_country_s_name_is_one_body() -> None:
    """ "Đảng uỷ Mặt trận Tổ quốc Việt Nam, các đoàn thể Trung ương" is the one body of the
    list, as without "Việt Nam" (the bundled owners.yaml spells it both ways)."""
    draft = extract(BULLETED_CONCLUSION, issued=date(2025, 7, 18), number="11-TB/TW")
    by_start = {d["text"][:16]: d for d in draft.duties}
    duty = by_start["Giao Đảng uỷ Mặt"]
    assert [o["owner"] for o in duty["owners"]] == ["du_mttq"]


def test_a_point_naming_its_heading_s_bodies_by_their_level() -> None:
    """Under "5. Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương có trách nhiệm:", a
    point whose subject is "Ủy ban nhân dân cấp tỉnh" names the same bodies by their
    level: the heading's name stands."""
    text = (
        "QUYẾT ĐỊNH\n\nĐiều 5. Trách nhiệm của các cơ quan liên quan\n"
        "1. Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương có trách nhiệm:\n"
        "a) Tổ chức triển khai thực hiện chính sách.\n"
        "b) Căn cứ vào tình hình thực tế, Ủy ban nhân dân cấp tỉnh báo cáo Hội đồng nhân "
        "dân cấp tỉnh quyết định.\n"
    )
    draft = extract(text, issued=date(2026, 3, 28), number="14/2026/QĐ-TTg")
    d = _by_id(draft)
    assert [n for n, _ in _owners(draft, d["D5.1.b"])] == [
        n for n, _ in _owners(draft, d["D5.1.a"])
    ]


def test_a_person_s_role_that_must_act_owns_the_point() -> None:
    """ "1. Người lao động phải kê khai trung thực …" names the party the rule addresses
    (a person's role before "phải"); "Việc bàn giao … phải hoàn thành …" names none."""
    text = (
        "QUYẾT ĐỊNH\n\nĐiều 4. Trách nhiệm của các bên\n"
        "1. Người lao động phải kê khai trung thực nội dung đề nghị.\n"
        "2. Việc bàn giao hồ sơ phải hoàn thành trong tháng.\n"
    )
    draft = extract(text, issued=date(2026, 3, 28), number="15/2026/QĐ-TTg")
    d = _by_id(draft)
    assert [n for n, _ in _owners(draft, d["D4.1"])] == ["Người lao động"]
    assert _owners(draft, d["D4.2"]) == []


def test_a_verb_is_not_a_newspaper_of_a_district() -> None:
    """ "a) Bảo quản, lưu trữ đơn đề nghị …" under an owner's lead-in: "Bảo quản" (keep)
    folds like "Báo quận", but a newspaper is named with a capital; the point is the
    heading's owner's."""
    text = (
        "QUYẾT ĐỊNH\n\nĐiều 4. Trách nhiệm\n1. Bộ Tài chính có trách nhiệm:\n"
        "a) Bảo quản, lưu trữ hồ sơ đề nghị hỗ trợ tối thiểu 5 năm.\n"
        "b) Hướng dẫn việc thanh toán.\n"
    )
    draft = extract(text, issued=date(2026, 3, 28), number="16/2026/QĐ-TTg")
    d = _by_id(draft)
    assert [n for n, _ in _owners(draft, d["D4.1.a"])] == ["Bộ Tài chính"]


def test_an_item_of_objectives_inside_the_content_is_no_duty() -> None:
    """ "1. Mục tiêu phát triển và tầm nhìn đến năm 2045" inside "II. NỘI DUNG CHỦ YẾU",
    over "a) Mục tiêu phát triển" and bullets: objectives and vision, as a Mục tiêu
    section's; the item after it ("2. Các chương trình …") is read."""
    text = (
        "KẾ HOẠCH\n\nII. NỘI DUNG CHỦ YẾU\n\n"
        "1. Mục tiêu phát triển và tầm nhìn đến năm 2045\n\na) Mục tiêu phát triển\n\n"
        "- Mạng lưới cơ sở văn hóa quốc gia đồng bộ, hiện đại.\n\n"
        "- Phát triển mạng lưới cơ sở thể thao gắn với cơ chế thị trường.\n\n"
        "2. Các chương trình, dự án triển khai thực hiện\n\n"
        "a) Ưu tiên tập trung nguồn lực nhà nước đầu tư phát triển mạng lưới.\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="17/QĐ-BVHTTDL")
    assert [d["text"][:8] for d in draft.duties] == ["Ưu tiên "]


def test_the_money_needed_and_its_shares_are_no_duties() -> None:
    """ "Nhu cầu vốn đầu tư … dự kiến khoảng 1.200 tỷ đồng …" and "- Ngân sách trung ương: để
    thực hiện …, chiếm khoảng 75% …": figures of the funding, no task; a task beside them
    is read."""
    text = (
        "KẾ HOẠCH\n\nII. NỘI DUNG\n\n4. Nguồn lực thực hiện\n\n"
        "Nhu cầu vốn đầu tư mạng lưới dự kiến khoảng 1.200 tỷ đồng, được huy động từ nhiều "
        "nguồn.\n\n"
        "- Ngân sách trung ương: để thực hiện các dự án thuộc Trung ương quản lý, chiếm khoảng "
        "75% tổng vốn đầu tư.\n\n"
        "- Vốn ngoài ngân sách và các nguồn vốn hợp pháp khác dự kiến 10%-15%.\n\n"
        "5. Bộ Tài chính bố trí vốn cho các dự án.\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="18/QĐ-BVHTTDL")
    assert [d["text"][:7] for d in draft.duties] == ["Bộ Tài "]


def test_a_bar_table_row_in_two_parts_under_one_number() -> None:
    """A row whose number cell spans two lines of the table (merged cells) prints its
    second line without the cells it shares: a task and its owner cell or two. That part
    is a duty of its own (id "<row>.p2"), with the row's time and partners when it has
    none; the rows after it are read, also after a row that is not full."""
    text = "PHỤ LỤC\n" + _bars(
        ["**TT**", "**Nhiệm vụ**", "**Chủ trì**", "**Phối hợp**", "**Thời gian**",
         "**Kết quả**", "**Kinh phí**"],
        ["**I**", "**Hạ tầng**"],
        ["1", "Xây dựng hạ tầng máy chủ cho hệ thống.", "Sở Tài chính", "Sở Nội vụ",
         "Quý IV/2026", "Hạ tầng", "Ngân sách"],
        ["Xây dựng hạ tầng dự phòng cho hệ thống.", "Công an tỉnh"],
        ["2", "Vận hành hệ thống thông suốt.", "Sở Tài chính", "Sở Nội vụ", "Quý II/2027"],
        ["Sao lưu dữ liệu của hệ thống.", "Sở Xây dựng", "Sở Tài chính"],
        ["3", "Cập nhật dữ liệu về trung tâm.", "Sở Nội vụ", "Sở Tài chính", "Năm 2027",
         "Dữ liệu"],
    )  # fmt: skip
    draft = extract(text, issued=date(2025, 11, 19), number="9/QĐ")
    d = _by_id(draft)
    assert list(d) == ["PL.1", "PL.1.p2", "PL.2", "PL.2.p2", "PL.3"]
    assert _owners(draft, d["PL.1.p2"]) == [("Công an tỉnh", "lead"), ("Sở Nội vụ", "partner")]
    assert d["PL.1.p2"]["windows"] == ["quý IV/2026"]
    assert _owners(draft, d["PL.2.p2"]) == [("Sở Xây dựng", "lead"), ("Sở Tài chính", "partner")]
    assert d["PL.2.p2"]["windows"] == ["quý II/2027"]
    assert d["PL.3"]["text"].startswith("Cập nhật dữ liệu")
    _valid(draft)


def test_a_sentence_on_that_basis_with_a_body_of_its_own_is_a_duty_of_its_own() -> None:
    """ "… Các báo cáo gửi Bộ Nội vụ trước ngày 05/12/2026. Trên cơ sở đó, Bộ Nội vụ tổng
    hợp, báo cáo Chính phủ trước ngày 10/12/2026": on that basis a named body does its own
    work with its own time: two duties, each with its owner and date. A collective
    subject after "Trên cơ sở đó," stays with the item."""
    text = (
        "THÔNG BÁO\n\n1. Các Bộ, cơ quan ngang Bộ thực hiện tốt các nội dung sau:\n"
        "- Khẩn trương hoàn thiện báo cáo tình hình thực hiện Nghị quyết. Các báo cáo gửi "
        "Bộ Nội vụ trước ngày 05 tháng 12 năm 2026. Trên cơ sở đó, Bộ Nội vụ tổng hợp, báo "
        "cáo Chính phủ trước ngày 10 tháng 12 năm 2026.\n"
        "- Rà soát các nhiệm vụ được giao. Trên cơ sở đó, các đơn vị chủ động đề xuất "
        "giải pháp.\n"
    )
    draft = extract(text, issued=date(2026, 11, 29), number="9/TB-VPCP")
    d = _by_id(draft)
    assert list(d) == ["S.1.a.p1", "S.1.a.p2", "S.1.b"]
    assert d["S.1.a.p1"]["windows"] == ["trước ngày 5/12/2026"]
    assert [n for n, _ in _owners(draft, d["S.1.a.p2"])] == ["Bộ Nội vụ"]
    assert d["S.1.a.p2"]["windows"] == ["trước ngày 10/12/2026"]
    _valid(draft)


def test_a_bar_table_cell_with_two_tasks_paired_with_two_owners() -> None:
    """A task cell printing two paragraphs (a line ends a sentence, the next opens with a
    capital) beside a lead cell with two names one a line, and a partner cell likewise:
    two tasks, paired with the owners in order; the time is shared. A lead cell whose
    name runs onto a second line beside one paragraph is one row."""
    text = "PHỤ LỤC\n" + _bars(
        ["**TT**", "**Nhiệm vụ**", "**Chủ trì**", "**Phối hợp**", "**Thời gian**"],
        ["1", "Bố trí nhân lực để thu thập\ndữ liệu của hệ thống.\nBố trí nhân lực để vận "
         "hành\nhệ thống.", "Sở Nội vụ\nSở Tài chính", "Sở Tài chính\nSở Nội vụ",
         "Năm 2026"],
        ["2", "Đào tạo cán bộ về an toàn\nthông tin.", "Sở Khoa học và Công nghệ, Trung "
         "tâm Chuyển đổi số\nThành phố", "Sở Nội vụ", "Năm 2027"],
    )  # fmt: skip
    draft = extract(text, issued=date(2025, 11, 19), number="9/QĐ")
    d = _by_id(draft)
    assert list(d) == ["PL.1", "PL.1.p2", "PL.2"]
    assert d["PL.1"]["text"] == "Bố trí nhân lực để thu thập dữ liệu của hệ thống."
    assert _owners(draft, d["PL.1"]) == [("Sở Nội vụ", "lead"), ("Sở Tài chính", "partner")]
    assert _owners(draft, d["PL.1.p2"]) == [("Sở Tài chính", "lead"), ("Sở Nội vụ", "partner")]
    assert d["PL.1.p2"]["windows"] == ["năm 2026"]
    _valid(draft)


def test_an_opener_then_the_verb_leaves_the_heading_s_owner_leading() -> None:
    """ "a) Trên cơ sở đề xuất của các sở, ngành, chủ trì tổng hợp … và phối hợp với các sở,
    Ủy ban nhân dân xã, phường bố trí kinh phí" under "2. Sở Tài chính": the verb follows
    the opener with no subject; the bodies named after it are not the subject."""
    text = (
        "KẾ HOẠCH\n\nIV. PHÂN CÔNG NHIỆM VỤ\n\n2. Sở Tài chính\n\n"
        "a) Trên cơ sở đề xuất kinh phí của các sở, ban, ngành, địa phương, chủ trì tổng "
        "hợp, trình cấp có thẩm quyền và phối hợp với các sở, ban, ngành, Ủy ban nhân dân "
        "xã, phường bố trí kinh phí thực hiện Kế hoạch.\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="19/KH-UBND")
    d = _by_id(draft)
    assert _owners(draft, d["IV.2.a"])[0] == ("Sở Tài chính", "lead")


def test_a_lead_in_that_takes_the_lead_over_named_projects_is_one_duty() -> None:
    """ "h) Chủ trì triển khai các nhiệm vụ được giao tại các dự án …, bao gồm:" over "- Dự
    án 1: …" bullets (one a label whose name wraps to the next line): the role, then one
    action; the bullets name the projects, its content."""
    text = (
        "KẾ HOẠCH\n\nIV. PHÂN CÔNG NHIỆM VỤ\n\n1. Công an tỉnh\n\n"
        "a) Hướng dẫn các địa phương rà soát địa bàn trọng điểm.\n\n"
        "b) Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại các dự án trong Chương "
        "trình, bao gồm:\n\n"
        "- Dự án 1: Phòng ngừa, đấu tranh tội phạm.\n\n"
        "- Dự án 3 (Tiểu dự án 2):\nNâng cao hiệu quả truyền thông ở cơ sở.\n\n"
        "- Dự án 9: Quản lý, giám sát, đánh giá Chương trình.\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="20/KH-UBND")
    d = _by_id(draft)
    assert sorted(d) == ["IV.1.a", "IV.1.b"]
    assert d["IV.1.b"]["text"].startswith("Chủ trì triển khai")
    assert "Tiểu dự án 2): Nâng cao" in d["IV.1.b"]["text"]
    assert _owners(draft, d["IV.1.b"])[0] == ("Công an tỉnh", "lead")


def test_the_members_listed_after_gom_own_nothing() -> None:
    """ "5. Kiện toàn Ban Chỉ đạo …, bao gồm: Trưởng Ban Chỉ đạo là Chủ tịch UBND tỉnh; …": the
    colon after "bao gồm" lists the members, not who does the duty (none is named)."""
    text = (
        "KẾ HOẠCH\n\nII. NỘI DUNG TRỌNG TÂM\n\n"
        "5. Củng cố, kiện toàn Ban Chỉ đạo công tác bảo vệ bí mật nhà nước tỉnh đảm bảo đúng "
        "thành phần, bao gồm: Trưởng Ban Chỉ đạo là Chủ tịch UBND tỉnh; Phó Trưởng Ban Chỉ đạo "
        "gồm đại diện lãnh đạo Văn phòng Tỉnh ủy và Công an tỉnh; thường trực Ban Chỉ đạo là "
        "Công an tỉnh.\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="21/KH-UBND")
    d = _by_id(draft)
    assert _owners(draft, d["II.5"]) == []


def test_a_list_ending_in_a_collective_with_its_clause_and_a_board_of_management() -> None:
    """ "Sở Tài chính, Ban quản lý Khu Kinh tế X, UBND cấp xã và các Sở, ban, ngành quản lý
    quy hoạch theo chức năng, nhiệm vụ được giao có trách nhiệm …": "Ban quản lý" is a
    head word (not a name and the verb "quản lý"); the last collective runs to "có trách
    nhiệm" (a relative clause), its scope ("theo chức năng …") left out. "Các Sở, ban,
    ngành, UBND cấp xã theo chức năng quản lý của mình, có trách nhiệm": the scope is
    not part of the name either."""
    text = (
        "CHỈ THỊ\n\nII. Trách nhiệm phối hợp\n\n"
        "1. Sở Tài chính, Sở Xây dựng, Ban quản lý Khu Kinh tế Vân Phong, UBND cấp xã và các "
        "Sở, ban, ngành quản lý quy hoạch theo chức năng, nhiệm vụ được giao có trách nhiệm "
        "phối hợp công bố thông tin quy hoạch.\n\n"
        "2. Các Sở, ban, ngành, UBND cấp xã theo chức năng quản lý của mình, có trách nhiệm "
        "phối hợp cung cấp thông tin.\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="22/CT-UBND")
    d = _by_id(draft)
    assert [n for n, _ in _owners(draft, d["II.1"])] == [
        "Sở Tài chính",
        "Sở Xây dựng",
        "Ban quản lý Khu Kinh tế Vân Phong",
        "UBND cấp xã",
        "các Sở, ban, ngành quản lý quy hoạch",
    ]
    assert [n for n, _ in _owners(draft, d["II.2"])] == ["Các Sở, ban, ngành", "UBND cấp xã"]


def test_the_tax_office_of_a_province_heads_its_points() -> None:
    """ "e) Thuế tỉnh Đắk Lắk" over "- Đánh giá …" bullets: the province's tax office (its name
    since 2025) owns them, not the owners of the lead-in above."""
    text = (
        "CHỈ THỊ\n\nI. Trách nhiệm phối hợp\n\n"
        "2. Các sở, ban, ngành, địa phương: chịu trách nhiệm các nội dung sau:\n\n"
        "a) Sở Xây dựng\n\n- Đánh giá sự phù hợp của dự án với quy hoạch xây dựng.\n\n"
        "b) Thuế tỉnh Đắk Lắk\n\n- Đánh giá về ưu đãi đầu tư và điều kiện hưởng ưu đãi.\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="23/CT-UBND")
    d = _by_id(draft)
    assert [n for n, _ in _owners(draft, d["I.2.b.1"])] == ["Thuế tỉnh Đắk Lắk"]


def test_agencies_named_by_their_role() -> None:
    """ "Cơ quan phối hợp có trách nhiệm …", "Cơ quan đăng ký đầu tư có trách nhiệm …": the
    agency is named by its role ("phối hợp") or its work ("đăng ký đầu tư", investment
    registration), no verb; "3. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án" over
    points is an owner heading, the whole line."""
    text = (
        "CHỈ THỊ\n\nII. Trách nhiệm phối hợp\n\n"
        "1. Cơ quan đăng ký đầu tư có trách nhiệm lấy ý kiến các đơn vị.\n\n"
        "2. Cơ quan phối hợp có trách nhiệm trả lời bằng văn bản đúng thời gian quy định.\n\n"
        "3. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án\n\n"
        "a) Hướng dẫn và tạo điều kiện giải quyết nhanh các thủ tục đầu tư.\n\n"
        "b) Chủ trì tham mưu giải quyết các khó khăn, vướng mắc của nhà đầu tư.\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="24/CT-UBND")
    d = _by_id(draft)
    assert [n for n, _ in _owners(draft, d["II.1"])] == ["Cơ quan đăng ký đầu tư"]
    assert [n for n, _ in _owners(draft, d["II.2"])] == ["Cơ quan phối hợp"]
    for k in ("II.3.a", "II.3.b"):
        assert [n for n, _ in _owners(draft, d[k])] == [
            "Cơ quan chủ trì giải quyết thủ tục đầu tư dự án"
        ]


def test_coordinating_with_a_list_that_opens_with_a_collective() -> None:
    """ "c) Phối hợp với các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố …
    triển khai …" under "1. Công an thành phố": the list opens with a collective, so it
    names partners; the heading's owner leads (a body named first would lead)."""
    text = (
        "KẾ HOẠCH\n\nIV. PHÂN CÔNG NHIỆM VỤ\n\n1. Công an thành phố\n\n"
        "a) Phối hợp với các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố "
        "triển khai các hoạt động phòng ngừa xã hội.\n\n"
        "b) Phối hợp với Sở Y tế và các cơ quan liên quan quản lý người nghiện.\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="25/KH-UBND")
    d = _by_id(draft)
    got = _owners(draft, d["IV.1.a"])
    assert got[0][0] == "Công an thành phố"
    assert got[0][1] != "partner"
    assert all(r == "partner" for _, r in got[1:])
    assert _owners(draft, d["IV.1.b"])[0] == ("Sở Y tế", "lead")


def test_coordinating_closely_with_the_forces_keeps_the_heading_leading() -> None:
    """ "đ) Phối hợp chặt chẽ các lực lượng, sử dụng đồng bộ …" under "1. Công an thành
    phố": "với" left out after the manner; "các lực lượng" is a collective, a partner;
    the heading's owner leads (not "no lead")."""
    text = (
        "KẾ HOẠCH\n\nIV. PHÂN CÔNG NHIỆM VỤ\n\n1. Công an thành phố\n\n"
        "a) Phối hợp chặt chẽ các lực lượng, sử dụng đồng bộ các biện pháp nghiệp vụ.\n\n"
        "b) Hướng dẫn các địa phương rà soát địa bàn trọng điểm.\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="26/KH-UBND")
    got = _owners(draft, _by_id(draft)["IV.1.a"])
    assert got[0][0] == "Công an thành phố"
    assert got[0][1] != "partner"
    assert got[1:] == [("các lực lượng", "partner")]


def test_a_joint_office_and_a_state_treasury_in_a_request() -> None:
    """ "Đề nghị …, Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh, …, Kiểm toán nhà nước khu
    vực II, Kho bạc nhà nước khu vực XI, …": the office serving both is one body; the
    treasury, "nhà nước" in lower case, is a body of its own."""
    text = (
        "KẾ HOẠCH\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
        "6. Đề nghị Văn phòng Tỉnh ủy, Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh, Thuế "
        "tỉnh, Kiểm toán nhà nước khu vực II, Kho bạc nhà nước khu vực XI tăng cường công tác "
        "bảo vệ bí mật nhà nước.\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="27/KH-UBND")
    assert [n for n, _ in _owners(draft, _by_id(draft)["III.6"])] == [
        "Văn phòng Tỉnh ủy",
        "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh",
        "Thuế tỉnh",
        "Kiểm toán nhà nước khu vực II",
        "Kho bạc nhà nước khu vực XI",
    ]


def test_an_article_retelling_tasks_in_unnumbered_paragraphs() -> None:
    """A news article retelling a plan's tasks, with no numbering at all: a paragraph that
    names who does it ("Trước ngày …, Bộ Y tế ban hành …", "**Về …**, theo Kế hoạch, UBND
    cấp tỉnh lập …") is a duty; the paragraphs after it that name no one are that owner's
    duties too; "Thời gian hoàn thành trước ngày …" on its own dates its whole run and is
    no duty; a line with no closing punctuation is a subheading; the article's own prose
    before the first owner is no duty. "Trước ngày 10/4/2025" is the day before."""
    text = (
        "# Nghị quyết về Kế hoạch sắp xếp\n\n"
        "Ngày 07/4/2025, Chính phủ ban hành Nghị quyết về Kế hoạch sắp xếp.\n\n"
        "Mục đích của Kế hoạch nhằm thực hiện nghiêm túc các Kết luận.\n\n"
        "Ban hành hướng dẫn về con dấu trước ngày 10/4/2025\n\n"
        "Bộ Tài chính chủ trì, phối hợp với các Bộ, ngành liên quan ban hành văn bản hướng "
        "dẫn về vốn đầu tư công.\n\n"
        "Tham mưu cấp có thẩm quyền hỗ trợ kinh phí cho các địa phương.\n\n"
        "Thời gian hoàn thành trước ngày 10/4/2025.\n\n"
        "Trước ngày 10/4/2025, **Bộ Công an** ban hành hướng dẫn thu hồi con dấu cũ.\n\n"
        "**Về sắp xếp cấp tỉnh**, theo Kế hoạch, UBND cấp tỉnh lập hồ sơ đề án trước "
        "ngày 01/5/2025.\n"
    )
    draft = extract(text, issued=date(2025, 4, 7), number="74/NQ-CP")
    duties = draft.data["duties"]
    assert len(duties) == 4
    texts = [d["text"] for d in duties]
    assert texts[0].startswith("Bộ Tài chính chủ trì")
    assert texts[1].startswith("Tham mưu cấp có thẩm quyền")
    assert texts[3].startswith("theo Kế hoạch, UBND cấp tỉnh")
    assert _owners(draft, duties[0])[0] == ("Bộ Tài chính", "lead")
    assert _owners(draft, duties[1])[0] == ("Bộ Tài chính", "lead")
    assert [n for n, _ in _owners(draft, duties[2])] == ["Bộ Công an"]
    assert [n for n, _ in _owners(draft, duties[3])] == ["UBND cấp tỉnh"]
    for d in duties[:3]:
        assert "trước ngày 10/4/2025" in (d["timing"] or "").lower()
    assert not any("Thời gian hoàn thành" in t for t in texts)


def test_an_article_retelling_a_conclusion_carries_owner_and_time_over_its_run() -> None:
    """An article on a conclusion: "Giao X: …" then "Lãnh đạo, chỉ đạo …" (a verb, not a
    body) goes on with X; a subheading between X's paragraphs does not end X's run; one
    sentence split by ";" over paragraphs shares the date printed at its end (or at its
    start); a bold owner's phrase before a colon leads into its tasks; a date in the middle
    of a ";" run stays its own part's."""
    text = (
        "## Nội dung Kết luận\n\n"
        "Giao Đảng ủy Chính phủ: Chỉ đạo hoàn thiện Đề án tổ chức lại hệ thống thanh tra.\n\n"
        "Lãnh đạo, chỉ đạo rà soát, tổ chức lại các đảng bộ doanh nghiệp.\n\n"
        "### Nghiên cứu sắp xếp cấp huyện\n\n"
        "Chủ trì, phối hợp với Ban Tổ chức Trung ương nghiên cứu định hướng sắp xếp cấp huyện;\n\n"
        "Xây dựng phương án sắp xếp cấp xã;\n\n"
        "Đề xuất sửa đổi quy định có liên quan, báo cáo Bộ Chính trị trong quý III/2025.\n\n"
        "**Bộ Nội vụ chủ trì, phối hợp với các Bộ, ngành liên quan ban hành**: Hướng dẫn "
        "việc kiện toàn tổ chức của HĐND;\n\n"
        "Hướng dẫn về tiêu chuẩn chức danh, hoàn thành trong tháng 5/2025;\n\n"
        "Sau đó, hướng dẫn về vị trí việc làm.\n\n"
        "Giao Quân ủy Trung ương chủ trì nghiên cứu định hướng sắp xếp tổ chức Quân đội.\n"
    )
    draft = extract(text, issued=date(2025, 2, 14), number="126-KL/TW")
    duties = {d["text"][:20]: d for d in draft.data["duties"]}
    lead = duties["Lãnh đạo, chỉ đạo rà"]
    assert [fold(n) for n, _ in _owners(draft, lead)] == ["dang uy chinh phu"]
    for start in ("Chủ trì, phối hợp vớ", "Xây dựng phương án s", "Đề xuất sửa đổi quy "):
        d = duties[start]
        assert fold(_owners(draft, d)[0][0]) == "dang uy chinh phu"
        assert "quý III/2025" in (d["timing"] or "")
    first = duties["Hướng dẫn việc kiện "]
    assert _owners(draft, first)[0] == ("Bộ Nội vụ", "lead")
    assert not first["timing"]
    assert not duties["Sau đó, hướng dẫn về"]["timing"]
    assert not any(k.startswith("Nghiên cứu sắp xếp") for k in duties)


def test_an_article_paragraph_with_two_owners_is_two_duties() -> None:
    """In an article's task paragraphs: a later sentence or ";" clause naming another owner
    is a duty of its own ("… Bộ Nội vụ lập hồ sơ …. Ủy ban Pháp luật và Tư pháp thẩm tra
    …"); a body named only at the end ("… của Bộ Chính trị, Ban Bí thư.") is no owner;
    "bộ, ngành trung ương" after "Căn cứ …," owns its sentence."""
    text = (
        "# Kế hoạch sắp xếp\n\n"
        "Đồng thời, xác định rõ các công việc nêu tại các Kết luận của Bộ Chính trị, Ban Bí "
        "thư.\n\n"
        "Căn cứ chức năng, nhiệm vụ được giao, bộ, ngành trung ương chủ động ban hành văn "
        "bản hướng dẫn.\n\n"
        "Trước ngày 10/4/2025, Bộ Dân tộc và Tôn giáo ban hành hướng dẫn về dân tộc; Bộ Văn hóa, "
        "Thể thao và Du lịch ban hành hướng dẫn về di tích.\n\n"
        "Trước ngày 30/5/2025, Bộ Nội vụ lập hồ sơ đề án. Ủy ban Pháp luật và Tư pháp thẩm "
        "tra, Quốc hội thông qua trước ngày 20/6/2025.\n"
    )
    draft = extract(text, issued=date(2025, 4, 7), number="74/NQ-CP")
    got = [(d["text"][:25], [fold(n) for n, _ in _owners(draft, d)]) for d in draft.data["duties"]]
    assert not any(t.startswith("Đồng thời") for t, _ in got)
    assert got[0] == ("Căn cứ chức năng, nhiệm v", ["bo, nganh trung uong"])
    assert got[1][1] == ["bo dan toc va ton giao"]
    assert got[2] == ("Bộ Văn hóa, Thể thao và D", ["bo van hoa, the thao va du lich"])
    assert got[3][1] == ["bo noi vu"]
    assert got[4][0].startswith("Ủy ban Pháp luật và Tư ph")
    assert "uy ban phap luat va tu phap" in got[4][1]
    assert len(got) == 5


def test_an_article_telling_what_the_conclusion_asks() -> None:
    """ "Theo đó, căn cứ … trong năm 2025 …, Kết luận nêu rõ yêu cầu các cấp uỷ …" and
    "Về … trong năm 2025 và nhiệm kỳ 2025 – 2030, Kết luận nêu rõ, giao X, Y …": the bodies
    asked own the paragraph; the time in the clause before them is not a deadline."""
    text = (
        "## Nội dung Kết luận\n\n"
        "Theo đó, căn cứ kế hoạch, lộ trình triển khai nhiệm vụ trong năm 2025 của các cơ "
        "quan, Kết luận nêu rõ yêu cầu các cấp uỷ trực thuộc Trung ương tập trung lãnh đạo "
        "thực hiện quyết liệt các nhiệm vụ.\n\n"
        "Về sắp xếp tổ chức bộ máy trong năm 2025 và nhiệm kỳ 2025 – 2030, Kết luận nêu rõ, "
        "giao Đảng ủy Quốc hội, Đảng uỷ Chính phủ tiếp tục nghiên cứu, đề xuất sửa đổi các "
        "quy định.\n\n"
        "Giao Quân ủy Trung ương chủ trì nghiên cứu định hướng sắp xếp tổ chức Quân đội.\n"
    )
    draft = extract(text, issued=date(2025, 2, 14), number="126-KL/TW")
    duties = draft.data["duties"]
    assert len(duties) == 3
    assert [fold(n) for n, _ in _owners(draft, duties[0])] == ["cac cap uy truc thuoc trung uong"]
    assert [fold(n) for n, _ in _owners(draft, duties[1])] == [
        "dang uy quoc hoi",
        "dang uy chinh phu",
    ]
    assert not duties[0]["timing"]
    assert not duties[1]["timing"]


def test_the_issuer_assigning_after_an_opening_clause() -> None:
    """ "Trong đó, Chính phủ giao Bộ Nội vụ tham mưu …": after the opening clause the
    issuer assigns; the body after "giao" owns the duty, not "Chính phủ giao Bộ Nội vụ"."""
    text = (
        "KẾ HOẠCH\n\nII. NHIỆM VỤ\n\n"
        "1. Trong đó, Chính phủ giao Bộ Nội vụ tham mưu, trình Chính phủ dự thảo Luật.\n"
    )
    draft = extract(text, issued=date(2025, 4, 7), number="74/NQ-CP")
    assert [n for n, _ in _owners(draft, _by_id(draft)["II.1"])] == ["Bộ Nội vụ"]


def test_time_fields_after_each_point_of_an_owner_heading() -> None:
    """A hard-wrapped copy: "-" alone on its line starts the point on the next line;
    under an owner heading ("1.2. Sở Nội vụ"), each point's own "Thời gian hoàn thành:"
    line gives that point's time (never the last one's to all), the heading owns them,
    and a last point with its time inline keeps it."""
    text = (
        "KẾ HOẠCH\n\nIV. NHIỆM VỤ CỤ THỂ\n\n1. Nhiệm vụ của các cơ quan\n\n"
        "1.1. Sở Y tế\n\n- Chỉ đạo chung việc rà soát.\n\n"
        "1.2. Sở Nội vụ\n\n"
        "-\nXây dựng kế hoạch rà soát hồ sơ.\n\nThời\ngian hoàn thành: Trước ngày 20/12/2025.\n\n"
        "- Hướng dẫn các xã rà soát hồ sơ.\n\nThời gian thực hiện: Từ tháng 12/2025 đến khi "
        "kết thúc rà soát.\n\n"
        "- Tổng hợp kết quả rà soát. Thời gian hoàn thành: Trước ngày 15/4/2026.\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="28/KH-UBND")
    d = _by_id(draft)
    assert d["IV.1.1.a"].get("timing") is None
    assert d["IV.1.2.a"]["text"].startswith("Xây dựng kế hoạch")
    assert d["IV.1.2.a"]["timing"] == "Trước ngày 20/12/2025"
    assert d["IV.1.2.b"]["timing"] == "Từ tháng 12/2025"
    assert d["IV.1.2.c"]["timing"] == "Trước ngày 15/4/2026"
    assert [n for n, r in _owners(draft, d["IV.1.2.a"]) if r != "partner"] == ["Sở Nội vụ"]
    assert [n for n, r in _owners(draft, d["IV.1.2.c"]) if r != "partner"] == ["Sở Nội vụ"]


def test_before_the_documents_own_day_is_a_deadline_it_sets() -> None:
    """ "… trước ngày 26/11/2025" in a text of 26/11/2025: only the day-before rule puts it
    before the document's day; the printed day is the document's own, a deadline it sets.
    A day printed before the document's own stays history."""
    text = (
        "CÔNG ĐIỆN\n\n1. Cơ quan thanh tra khẩn trương ban hành kết luận thanh tra trước ngày "
        "26/11/2025.\n\n2. Sở Xây dựng hoàn thành việc rà soát trước ngày 20/11/2025.\n"
    )
    draft = extract(text, issued=date(2025, 11, 26), number="23/CĐ-UBND")
    d = _by_id(draft)
    assert d["S.1"]["timing"] == "trước ngày 26/11/2025"
    assert d["S.2"].get("timing") is None


def test_an_owner_named_with_the_role_it_holds() -> None:
    """ "1.2. Sở Nội vụ - Cơ quan thường trực Ban Chỉ đạo" over points, and "Giao Bộ Tài
    chính - Cơ quan Thường trực Ban Chỉ đạo 12 đôn đốc …": the body owns them, the role
    after the dash is not part of its name."""
    text = (
        "KẾ HOẠCH\n\nIV. NHIỆM VỤ CỤ THỂ\n\n1. Nhiệm vụ của các cơ quan\n\n"
        "1.1. Sở Nội vụ - Cơ quan thường trực Ban Chỉ đạo\n\n"
        "- Tham mưu kế hoạch rà soát hồ sơ.\n\n- Tổng hợp kết quả rà soát.\n\n"
        "2. Giao Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 12 đôn đốc các bộ, cơ quan, "
        "địa phương khẩn trương triển khai thực hiện Kế hoạch này.\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="29/KH-UBND")
    d = _by_id(draft)
    assert [n for n, _ in _owners(draft, d["IV.1.1.a"])] == ["Sở Nội vụ"]
    assert [n for n, _ in _owners(draft, d["IV.1.1.b"])] == ["Sở Nội vụ"]
    assert [n for n, _ in _owners(draft, d["IV.2"])] == ["Bộ Tài chính"]


def test_two_months_of_a_year_after_thang() -> None:
    """ "Thời gian hoàn thành: Tháng 11 - 12/2025": two months, due at the end of the
    second (never the day 11/12/2025); "11 - 12/2025" with no "tháng" is still a day."""
    assert [r.window.end for r in read_phrase("Tháng 11 - 12/2025", date(2025, 11, 1))] == [
        date(2025, 12, 31)
    ]
    assert [r.window.end for r in read_phrase("11 - 12/2025", date(2025, 11, 1))] == [
        date(2025, 12, 11)
    ]
    text = (
        "KẾ HOẠCH\n\nIV. NHIỆM VỤ CỤ THỂ\n\n1. Sở Nội vụ\n\n"
        "- Hướng dẫn các xã rà soát hồ sơ.\n\nThời gian thực hiện: Tháng 11 - 12/2025.\n\n"
        "- Tổng hợp kết quả rà soát.\n\nThời gian hoàn thành: Tháng 01/2026.\n"
    )
    draft = extract(text, issued=date(2025, 11, 1), number="30/KH-UBND")
    assert _by_id(draft)["IV.1.a"]["timing"] == "Tháng 11 - 12/2025"


def test_duties_of_a_party_named_by_a_noun_phrase() -> None:
    """ "1.5. Trách nhiệm của đối tượng thực hiện kiểm kê:" over points: the party the
    heading names by a short noun phrase owns the points."""
    text = (
        "KẾ HOẠCH\n\nIV. NHIỆM VỤ CỤ THỂ\n\n1. Nhiệm vụ cụ thể\n\n"
        "1.1. Trách nhiệm của đối tượng thực hiện kiểm kê:\n\n"
        "- Thành lập Tổ kiểm kê tài sản.\n\n- Báo cáo kết quả kiểm kê cho cơ quan cấp trên.\n"
    )
    draft = extract(text, issued=date(2025, 11, 1), number="31/KH-UBND")
    d = _by_id(draft)
    assert [n for n, _ in _owners(draft, d["IV.1.1.a"])] == ["đối tượng thực hiện kiểm kê"]
    assert [n for n, _ in _owners(draft, d["IV.1.1.b"])] == ["đối tượng thực hiện kiểm kê"]


def test_a_completion_field_with_a_span_of_days_is_due_at_its_end() -> None:
    """ "Thời hạn hoàn thành: Từ ngày 01/01/2026 đến ngày 31/3/2026": the work is done by
    the last day (a deadline, its timing the span's own "đến ngày 31/3/2026", so that the
    draft validates: timing and windows read alike); the same span as "Thời gian thực
    hiện" stays a period."""
    text = (
        "KẾ HOẠCH\n\nIV. NHIỆM VỤ CỤ THỂ\n\n1. Sở Nội vụ\n\n"
        "- Thực hiện kiểm kê tài sản.\n\nThời hạn hoàn thành: Từ ngày 01/01/2026 đến ngày "
        "31/3/2026.\n\n- Theo dõi việc kiểm kê.\n\nThời gian thực hiện: Từ ngày 01/01/2026 "
        "đến ngày 31/3/2026.\n"
    )
    draft = extract(text, issued=date(2025, 11, 1), number="32/KH-UBND")
    d = _by_id(draft)
    assert d["IV.1.a"]["timing"] == "đến ngày 31/3/2026"
    assert d["IV.1.b"]["timing"] == "Từ ngày 01/01/2026 đến ngày 31/3/2026"
    load_plan_text(plan_text(draft, "vi"), "<draft>")
    done = [parse_window(w) for w in d["IV.1.a"]["windows"]]
    period = [parse_window(w) for w in d["IV.1.b"]["windows"]]
    assert [(w.kind, w.end) for w in done] == [(WindowKind.DEADLINE, date(2026, 3, 31))]
    assert [w.kind for w in period] == [WindowKind.ONGOING]


def test_a_subject_list_wrapped_after_a_semicolon() -> None:
    """ "3. Các bộ, cơ quan ngang bộ;" then, on the next line, "Ủy ban nhân dân các tỉnh và
    các cơ quan thanh tra căn cứ … khẩn trương …": one item, its subject's list wrapped
    after the semicolon (not a heading over a paragraph)."""
    text = (
        "CÔNG ĐIỆN\n\n1. Bộ Tài chính khẩn trương hướng dẫn việc rà soát.\n"
        "2. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;\n"
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và các cơ quan thanh tra "
        "khẩn trương triển khai các nhiệm vụ nêu trên.\n"
    )
    draft = extract(text, issued=date(2025, 11, 26), number="24/CĐ-UBND")
    d = _by_id(draft)
    assert d["S.2"]["text"].startswith("Các bộ, cơ quan ngang bộ")
    assert "khẩn trương triển khai" in d["S.2"]["text"]
    assert len(_owners(draft, d["S.2"])) >= 2


def test_sentences_with_own_subjects_share_a_closing_time_field() -> None:
    """ "2. Bộ Xây dựng hoàn thành việc cập nhật …. UBND tỉnh Lâm Đồng khẩn trương hoàn thành
    việc rà soát …. Thời hạn hoàn thành: trước ngày 30/11/2025.": two duties, each owned
    by its sentence's subject, each due by the closing time field. Sentences with one
    subject stay one duty."""
    text = (
        "CÔNG ĐIỆN\n\n1. Bộ Tài chính khẩn trương hướng dẫn việc rà soát.\n"
        "2. Bộ Xây dựng chủ trì hoàn thành việc cập nhật các dự án. UBND tỉnh Lâm Đồng khẩn "
        "trương hoàn thành việc rà soát các dự án. Thời hạn hoàn thành: trước ngày "
        "30/11/2025.\n"
        "3. Bộ Công an rà soát các dự án. Bộ Công an báo cáo kết quả. Thời hạn hoàn thành: "
        "trước ngày 30/12/2025.\n"
    )
    draft = extract(text, issued=date(2025, 11, 26), number="25/CĐ-UBND")
    d = _by_id(draft)
    assert d["S.2.p1"]["text"].startswith("Bộ Xây dựng")
    assert d["S.2.p2"]["text"].startswith("UBND tỉnh Lâm Đồng")
    assert d["S.2.p1"]["timing"] == d["S.2.p2"]["timing"] == "trước ngày 30/11/2025"
    assert [n for n, _ in _owners(draft, d["S.2.p2"])] == ["UBND tỉnh Lâm Đồng"]
    assert "S.3" in d


def test_the_employers_organisation_and_other_member_organisations() -> None:
    """ "…, tổ chức đại diện người sử dụng lao động và các tổ chức thành viên khác của Mặt
    trận tham gia …": the employers' organisation is a body ("tổ chức" a noun, "người sử
    dụng" who uses), and the Front's other member organisations are a body of their own."""
    text = (
        "NGHỊ QUYẾT\n\nĐiều 2. Tổ chức thực hiện\n\n"
        "1. Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, tổ chức đại diện người sử dụng lao "
        "động và các tổ chức thành viên khác của Mặt trận tham gia tuyên truyền, vận động.\n"
    )
    draft = extract(text, issued=date(2022, 8, 11), number="24/2022/UBTVQH15")
    names = [fold(n) for n, _ in _owners(draft, draft.duties[0])]
    assert "to chuc dai dien nguoi su dung lao dong" in names
    assert "cac to chuc thanh vien khac cua mat tran" in names


def test_a_report_at_a_months_session_is_due_that_month() -> None:
    """ "… báo cáo kết quả thực hiện … tại phiên họp tháng 9 năm 2022 của Ủy ban Thường vụ
    Quốc hội": the report is due at that month's session, by its end. A session's month
    with no report named stays unread."""
    text = (
        "NGHỊ QUYẾT\n\nĐiều 2. Tổ chức thực hiện\n\n"
        "1. Giao Chính phủ triển khai thực hiện việc chi trả, báo cáo kết quả thực hiện Nghị "
        "quyết này tại phiên họp tháng 9 năm 2022 của Ủy ban Thường vụ Quốc hội.\n\n"
        "2. Bộ Tài chính chuẩn bị tài liệu cho phiên họp tháng 10 năm 2022 của Ủy ban Thường vụ "
        "Quốc hội.\n"
    )
    draft = extract(text, issued=date(2022, 8, 11), number="24/2022/UBTVQH15")
    d = draft.duties
    assert d[0]["timing"] == "tháng 9 năm 2022"
    assert d[1].get("timing") is None


def test_delegations_and_deputies_in_a_list_of_bodies() -> None:
    """ "…, các Ủy ban khác của Quốc hội, Đoàn đại biểu Quốc hội, Đại biểu Quốc hội giám sát
    …": the delegations and the deputies, named in lower case after their first word, are
    owners of their own."""
    text = (
        "NGHỊ QUYẾT\n\nĐiều 2. Tổ chức thực hiện\n\n"
        "1. Hội đồng Dân tộc, các Ủy ban khác của Quốc hội, Đoàn đại biểu Quốc hội, Đại biểu "
        "Quốc hội giám sát việc thực hiện Nghị quyết này.\n"
    )
    draft = extract(text, issued=date(2022, 8, 11), number="24/2022/UBTVQH15")
    names = [n for n, _ in _owners(draft, draft.duties[0])]
    assert names[-3:] == [
        "các Ủy ban khác của Quốc hội",
        "Đoàn đại biểu Quốc hội",
        "Đại biểu Quốc hội",
    ]


# A news page retelling a conclusion's tasks, one paragraph a line between blank lines.
_NEWS = (
    "# Kết luận về sắp xếp tổ chức bộ máy\n\n"
    "Ngày 14/2/2025, Bộ Chính trị ban hành Kết luận về một số nội dung, nhiệm vụ tiếp tục "
    "sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị năm 2025.\n\n"
    "Bộ Chính trị giao Bộ Nội vụ chủ trì, phối hợp với Bộ Tài chính và các cơ quan liên quan "
    "hoàn thiện Đề án sắp xếp đơn vị hành chính các cấp, trình Chính phủ trước ngày "
    "25/3/2025.\n\n"
    "Bộ Chính trị giao Bộ Tài chính chủ trì, phối hợp với các bộ, ngành xây dựng phương án "
    "bố trí nguồn lực, bảo đảm hoàn thành các mục tiêu đề ra đến năm 2030.\n\n"
    "Bộ Chính trị giao Bộ Tư pháp chủ trì rà soát, đề xuất sửa đổi các văn bản quy phạm "
    "pháp luật có liên quan, báo cáo Bộ Chính trị trong quý II/2025.\n"
)


def _hard_wrapped(text: str, width: int) -> str:
    import textwrap

    out: list[str] = []
    for line in text.split("\n"):
        out.extend(textwrap.wrap(line, width, break_long_words=False) or [""])
    return "\n".join(out)


def _read(draft: Draft) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(d["id"], d.get("timing"), _owners(draft, d)) for d in draft.duties]


@pytest.mark.parametrize("width", [60, 72, 80])
def test_a_hard_wrapped_copy_of_blank_line_paragraphs_reads_as_the_original(width: int) -> None:
    """An e-mail or a saved news page wraps each paragraph at about 80 columns: a line with
    no blank before it, cut where the next word would not fit, goes on with its paragraph
    ("… trước ngày" then "25/3/2025.", "… đến năm" then "2030."): the same duties, owners
    and deadlines as the unwrapped text."""
    original = extract(_NEWS, issued=date(2025, 2, 14), number="126-KL/TW")
    wrapped = _hard_wrapped(_NEWS, width)
    assert wrapped.count("\n") > _NEWS.count("\n") + 4
    copy = extract(wrapped, issued=date(2025, 2, 14), number="126-KL/TW")
    assert _read(copy) == _read(original)
    timings = [d.get("timing") for d in original.duties]
    assert timings[0] == "trước ngày 25/3/2025"
    assert timings[-1] == "trong quý II/2025"


def test_the_wrap_breaks_at_the_deadline_phrase() -> None:
    """The cut falls inside the deadline's phrase: it is read joined, once."""
    from nq42cli.core.layout import Line, pieces

    text = (
        "Bộ Chính trị giao Bộ Nội vụ chủ trì, phối hợp với các cơ quan liên quan trước ngày\n"
        "25/3/2025 hoàn thiện Đề án, báo cáo Bộ Chính trị xem xét, quyết định theo quy định.\n"
        "\n"
        "Bộ Chính trị giao Bộ Tài chính chủ trì bố trí kinh phí thực hiện, hoàn thành đến năm\n"
        "2030 theo lộ trình đã được cấp có thẩm quyền phê duyệt, bảo đảm đúng quy định hiện.\n"
        "\n"
        "Bộ Chính trị giao Bộ Tư pháp rà soát các văn bản quy phạm pháp luật có liên quan,\n"
        "báo cáo kết quả trong quý II/2025 để tổng hợp, trình cấp có thẩm quyền xem xét.\n"
    )
    lines = [p for p in pieces(text) if isinstance(p, Line)]
    assert [x.no for x in lines] == [1, 4, 7]
    assert "trước ngày 25/3/2025 hoàn thiện" in lines[0].text
    assert "đến năm 2030 theo" in lines[1].text


def test_a_pdf_copy_with_no_blank_between_paragraphs_is_not_unwrapped_here() -> None:
    """A PDF copy's paragraphs follow each other with no blank line: a break where a short
    line ends a paragraph is as common as a cut, so no line is joined by the width (the
    labels' own rules join such a copy's lines)."""
    from nq42cli.core.layout import wrap_width

    raw = [
        "1. Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan tham mưu Ủy ban",
        "nhân dân tỉnh ban hành kế hoạch thực hiện.",
        "2. Sở Nội vụ chủ trì rà soát, sắp xếp tổ chức bộ máy các cơ quan chuyên môn thuộc",
        "Ủy ban nhân dân tỉnh.",
        "3. Sở Tư pháp thẩm định các văn bản.",
        "4. Sở Xây dựng hướng dẫn thực hiện.",
    ]
    assert wrap_width(raw) is None


def test_a_bullet_or_a_label_after_a_full_line_opens_its_own_line() -> None:
    """In a wrapped copy, a line opening with a bullet or a heading is never the line above's
    wrap, however full that line; nor is a label after a line that ends its phrase."""
    from nq42cli.core.layout import Line, pieces

    para = "Bộ Chính trị giao Ban Tổ chức Trung ương chủ trì, phối hợp với các cơ quan liên"
    text = (
        f"{para}\nquan thực hiện các nhiệm vụ sau, bảo đảm tiến độ theo kế hoạch đã đề ra:\n"
        f"- Tổng hợp ý kiến tham gia của các cơ quan, ban đảng.\n\n"
        + f"{para}\nquan thực hiện.\n\n"
        * 30
        + "Bộ Chính trị giao Ban Tổ chức Trung ương thực hiện các nhiệm vụ như sau:\n"
        "2. Điều chỉnh kế hoạch.\n\n"
        f"{para}\nXI. Giải quyết hồ sơ tồn đọng.\n"
    )
    lines = [p.text for p in pieces(text) if isinstance(p, Line)]
    assert lines[1] == "- Tổng hợp ý kiến tham gia của các cơ quan, ban đảng."
    assert lines[-2] == "2. Điều chỉnh kế hoạch."
    # A numeral after a line broken off mid-phrase ("… liên" then "XI. …"): the wrap's.
    assert lines[-1] == f"{para} XI. Giải quyết hồ sơ tồn đọng."


def test_numbered_points_with_bullets_between_them() -> None:
    """ "2. … như sau:" then "(1) Bộ … chỉ đạo …", its "- Chỉ đạo …", "- Chủ trì …", then
    "(2) Bộ …": the bullets are the first point's own; the run of numbers goes on (the
    points are tasks, not footnotes), and a bullet with no subject is the dated point's
    owner's, not the lead-in's."""
    text = (
        "THÔNG BÁO\n\n"
        "1. Ghi nhận sự nỗ lực của các bộ.\n"
        "2. Để hoàn thành dự án, yêu cầu Bộ Y tế và các bộ, cơ quan liên quan tiếp tục thực hiện "
        "các giải pháp, trong đó lưu ý một số nội dung như sau:\n"
        "(1) Bộ Y tế chỉ đạo các đơn vị liên quan tập trung tối đa nguồn lực, khẩn trương hoàn "
        "thiện hồ sơ thiết kế, hoàn thành việc xây dựng trước ngày 30 tháng 11 năm 2025.\n"
        "- Chỉ đạo các bệnh viện thúc đẩy công tác mua sắm thiết bị.\n"
        "- Chủ trì, phối hợp với Bộ Tài chính hoàn thiện hồ sơ.\n"
        "(2) Bộ Công an tiếp tục phối hợp, hướng dẫn các nhà thầu.\n"
        "(3) Bộ Xây dựng chỉ đạo các cơ quan liên quan thẩm định dự toán.\n"
    )
    draft = extract(text, issued=date(2025, 11, 24), number="1/TB-VPCP")
    firsts = [_owners(draft, d)[0][0] for d in draft.duties]
    assert firsts == ["Bộ Y tế", "Bộ Y tế", "Bộ Y tế", "Bộ Công an", "Bộ Xây dựng"]


def test_a_lead_in_naming_a_bodys_work_gives_it_the_bullets() -> None:
    """ "Một trong các công tác trọng tâm của Ủy ban … năm 2025 là …, cụ thể như sau:" and
    "Trong năm 2025, dự kiến tổ chức các phiên họp của Ủy ban … như sau:": the bullets
    with no subject are that body's work, also before the first bullet of a text."""
    text = (
        "Theo Nghị quyết, một trong những công tác trọng tâm của Ủy ban Thường vụ Quốc hội "
        "năm 2025 là chuẩn bị các kỳ họp, cụ thể:\n\n"
        "- Chỉ đạo triển khai các quy định của Nội quy kỳ họp Quốc hội.\n\n"
        "**Các phiên họp**\n\n"
        "Trong năm 2025, dự kiến tổ chức các phiên họp của Ủy ban Thường vụ Quốc hội như sau:\n\n"
        "- Tổ chức 12 phiên họp thường kỳ để xem xét các vấn đề thuộc thẩm quyền.\n"
    )
    draft = extract(text, issued=date(2024, 12, 1), number="1/NQ-UBTVQH15")
    first, last = draft.duties[0], draft.duties[-1]
    assert first["text"].startswith("Chỉ đạo")
    assert last["text"].startswith("Tổ chức 12")
    for d in (first, last):
        assert [fold(n) for n, _ in _owners(draft, d)] == ["uy ban thuong vu quoc hoi"]


def test_roman_numbered_points_after_a_request() -> None:
    """ "b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:" then "(i) Tập đoàn … báo cáo …",
    "(ii) Ủy ban nhân dân tỉnh … chỉ đạo …", "(iii) Giao Bộ …": a run counting up from
    (i) lists the item's points, each a duty of its own subject."""
    text = (
        "THÔNG BÁO\n\n"
        "1. Về dự án nhà máy điện\n"
        "a) Đánh giá cao nỗ lực của Chủ đầu tư dự án.\n"
        "b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:\n"
        "(i) Tập đoàn Điện lực Việt Nam báo cáo Thủ tướng Chính phủ về thời gian khánh "
        "thành dự án.\n"
        "(ii) Ủy ban nhân dân tỉnh Đồng Nai chỉ đạo đơn vị liên quan hoàn thành bàn giao "
        "mặt bằng trong tháng 11 năm 2025.\n"
        "(iii) Giao Bộ Công Thương nghiên cứu các đề xuất về cơ chế bán điện.\n"
        "c) Bộ Xây dựng hướng dẫn Chủ đầu tư các thủ tục cần thiết.\n"
    )
    draft = extract(text, issued=date(2025, 11, 28), number="1/TB-VPCP")
    firsts = [fold(_owners(draft, d)[0][0]) for d in draft.duties]
    assert firsts == [
        "tap doan dien luc viet nam",
        "uy ban nhan dan tinh dong nai",
        "bo cong thuong",
        "bo xay dung",
    ]


def test_an_articles_caption_and_summing_up_are_not_duties() -> None:
    """A news article's picture caption ("… (Hình từ Internet)", "… (Ảnh: …)") and its
    summing up of what it quoted ("Như vậy, Quốc hội sẽ họp … vào tháng 2/2025") are no
    task: neither is a duty, so neither sets a deadline."""
    text = (
        "Theo Nghị quyết, một trong những công tác trọng tâm của Ủy ban Thường vụ Quốc hội "
        "năm 2025 là chuẩn bị các kỳ họp, cụ thể:\n\n"
        "- Chỉ đạo triển khai các quy định của Nội quy kỳ họp Quốc hội.\n\n"
        "Như vậy, Quốc hội sẽ họp bất thường vào tháng 2/2025.\n\n"
        "*Quốc hội sẽ họp bất thường vào tháng 2/2025 (Hình từ Internet)*\n\n"
        "*Toàn cảnh phiên họp (Ảnh: Quochoi.vn)*\n\n"
        "- Tổ chức các hội nghị đại biểu Quốc hội hoạt động chuyên trách.\n"
    )
    draft = extract(text, issued=date(2024, 12, 1), number="1/NQ-UBTVQH15")
    assert [d["text"][:7] for d in draft.duties] == ["Chỉ đạo", "Tổ chức"]
    assert all(d.get("timing") is None for d in draft.duties)


def test_the_investor_is_an_owner() -> None:
    """ "Chủ đầu tư phối hợp chặt chẽ với …" and "Chủ đầu tư, trong phạm vi, trách nhiệm
    của mình, …": the project's investor, named by a common noun, is the subject ("đầu
    tư" after "chủ" is part of the name, not the verb)."""
    text = (
        "THÔNG BÁO\n\n"
        "1. Chủ đầu tư phối hợp chặt chẽ với các đơn vị liên quan hoàn thành nghiệm thu các "
        "hạng mục còn lại.\n"
        "2. Chủ đầu tư, trong phạm vi, trách nhiệm của mình, đẩy nhanh tiến độ thực hiện dự "
        "án.\n"
    )
    draft = extract(text, issued=date(2025, 11, 28), number="1/TB-VPCP")
    for d in draft.duties:
        assert _owners(draft, d)[0][0] == "Chủ đầu tư"


def test_the_honorific_before_an_office_holder_is_dropped() -> None:
    """ "Đồng chí Bộ trưởng Bộ Y tế, Thứ trưởng Bộ Y tế phụ trách lĩnh vực tiếp tục …": the
    owners are the office-holders; "Đồng chí" is a title, no part of the name."""
    text = (
        "THÔNG BÁO\n\n"
        "1. Đồng chí Bộ trưởng Bộ Y tế, Thứ trưởng Bộ Y tế phụ trách lĩnh vực tiếp tục bám "
        "sát tình hình thực tế.\n"
    )
    draft = extract(text, issued=date(2025, 11, 24), number="1/TB-VPCP")
    names = [n for n, _ in _owners(draft, draft.duties[0])]
    assert names == ["Bộ trưởng Bộ Y tế", "Thứ trưởng Bộ Y tế phụ trách lĩnh vực"]


def test_a_lead_in_opening_with_a_year_dates_its_points() -> None:
    """ "Trong năm 2025, dự kiến tổ chức các phiên họp của Ủy ban … như sau:" then bullets:
    the points are done within 2025; the paragraph after them is not ("**Công tác …**").
    "- Dự kiến nội dung … tại Phụ lục kèm theo …" points to the appendix: no task."""
    text = (
        "Trong năm 2025, dự kiến tổ chức các phiên họp của Ủy ban Thường vụ Quốc hội như sau:\n\n"
        "- Tổ chức 12 phiên họp thường kỳ để xem xét các vấn đề thuộc thẩm quyền.\n\n"
        "- Dự kiến nội dung và thời gian tổ chức các phiên họp thường kỳ của Ủy ban Thường vụ "
        "Quốc hội năm 2025 tại Phụ lục kèm theo Nghị quyết.\n\n"
        "- Tổ chức phiên họp chuyên đề để giải quyết các công việc cấp bách.\n\n"
        "**Công tác lập pháp năm 2025**\n\n"
        "- Tổ chức tổng kết việc thực hiện Đề án.\n"
    )
    draft = extract(text, issued=date(2024, 12, 1), number="1/NQ-UBTVQH15")
    got = [(d["text"][:9], d.get("timing")) for d in draft.duties]
    assert got[:2] == [("Tổ chức 1", "Trong năm 2025"), ("Tổ chức p", "Trong năm 2025")]
    assert all(t is None for _, t in got[2:])
    assert not any(d["text"].startswith("Dự kiến") for d in draft.duties)


def test_a_section_on_whom_where_and_when_a_plan_covers_is_no_duty() -> None:
    """ "II. ĐỐI TƯỢNG, PHẠM VI VÀ THỜI GIAN THỰC HIỆN" over "1. Đối tượng …", "2. Phạm vi
    …", "3. Thời gian thực hiện: Từ nay đến hết năm 2025": whom, where and when the plan
    covers, no task, and its period is no deadline. A campaign's "Đối tượng và thời gian
    thi đua" keeps its schedule."""
    text = (
        "KẾ HOẠCH\n\nI. ĐỐI TƯỢNG, PHẠM VI VÀ THỜI GIAN THỰC HIỆN\n\n"
        "1. Đối tượng thực hiện\n\nNgười dân, cán bộ, công chức và toàn xã hội.\n\n"
        "2. Phạm vi thực hiện\n\nKế hoạch được thực hiện trên phạm vi toàn tỉnh.\n\n"
        "3. Thời gian thực hiện:\n\nTừ nay đến hết năm 2025.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính bố trí kinh phí thực hiện.\n"
    )
    draft = extract(text, issued=date(2025, 11, 19), number="9/KH-UBND")
    assert [d["section"] for d in draft.duties] == ["II"]
    assert all(d.get("timing") is None for d in draft.duties)
    text = (
        "KẾ HOẠCH\n\nI. ĐỐI TƯỢNG VÀ THỜI GIAN THI ĐUA\n\n"
        "1. Đợt 01: tổ chức ra quân từ ngày 20/11/2025 đến ngày 03/12/2025.\n"
    )
    draft = extract(text, issued=date(2025, 11, 19), number="9/KH-UBND")
    assert [d["section"] for d in draft.duties] == ["I"]


def test_a_run_of_numbered_points_that_loses_one_number_goes_on() -> None:
    """ "(1) …" to "(4) …", then a paragraph where "(5)" lost its number, then
    "(6) …", "(7) …": the run goes on; "(6)" and "(7)" are points, not footnotes."""
    text = (
        "CÔNG ĐIỆN\n\n1. Chủ tịch Ủy ban nhân dân các tỉnh tập trung các nhiệm vụ sau:\n"
        "(1) Huy động lực lượng tiếp cận các hộ dân bị cô lập.\n"
        "(2) Hỗ trợ dọn dẹp nhà cửa, trường lớp.\n"
        "(3) Rà soát, tổng hợp thiệt hại.\n"
        "(4) Bố trí chỗ ở tạm cho các hộ dân.\n"
        "Tổ chức tiếp nhận và phân phối hàng cứu trợ.\n"
        "(6) Chủ động công bố thông tin về nhu cầu hàng hóa.\n"
        "(7) Ban hành các chính sách hỗ trợ người dân.\n"
    )
    draft = extract(text, issued=date(2025, 11, 23), number="9/CĐ-TTg")
    texts = [d["text"] for d in draft.duties]
    assert any(t.startswith("Chủ động công bố") for t in texts)
    assert any(t.startswith("Ban hành các chính sách") for t in texts)


def test_months_apart_in_one_year_are_rounds_each_dated() -> None:
    """ "quan trắc vào tháng 4 và tháng 8 năm 2026": two rounds, each by its month's end
    (not a span of months, which needs them in a row: "tháng 4 và tháng 5 năm 2026" is one
    window). Months out of order stay unread."""
    text = (
        "KẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Sở Y tế thực hiện quan trắc môi trường nước vào tháng 4 và tháng 8 năm 2026.\n\n"
        "2. Sở Y tế kiểm tra vào tháng 4 và tháng 5 năm 2026.\n\n"
        "3. Sở Y tế kiểm tra vào tháng 8 và tháng 4 năm 2026.\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="9/KH-UBND")
    d = _by_id(draft)
    assert d["I.1"]["timing"] == "vào tháng 4 và tháng 8 năm 2026"
    assert len(d["I.1"]["windows"]) == 2
    assert len(d["I.2"]["windows"]) == 1
    assert d["I.3"]["timing"] is None
    _valid(draft)


def test_ministers_with_their_plural_then_the_provinces_chairs_are_two_owners() -> None:
    """ "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh,
    thành phố …": the ministers (their plural named) and the provinces' chairs are two
    owners; a bare "Bộ trưởng, Thủ trưởng …, Chủ tịch …" stays one phrase."""
    text = (
        "CÔNG ĐIỆN\n\n"
        "1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, "
        "thành phố trực thuộc Trung ương chịu trách nhiệm về kết quả cắt giảm thủ tục.\n\n"
        "2. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành "
        "phố trực thuộc Trung ương chỉ đạo rà soát thủ tục.\n"
    )
    draft = extract(text, issued=date(2025, 11, 15), number="9/CĐ-TTg")
    first, second = draft.duties
    assert [n for n, _ in _owners(draft, first)] == [
        "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    ]
    assert len(_owners(draft, second)) == 1


def test_a_time_after_a_target_and_a_verb_handing_the_work_on_is_the_duties() -> None:
    """ "… bảo đảm đạt mục tiêu cắt giảm tối thiểu 30%, trình Thủ tướng Chính phủ phê duyệt
    trong tháng 11 năm 2025": the submission is due that month; the target comes before
    it. Without the verb ("… đạt tối thiểu 30% trong năm 2026") the year stays the
    target's."""
    text = (
        "CÔNG ĐIỆN\n\n"
        "1. Bộ Công Thương hoàn thành việc rà soát phương án bảo đảm đạt mục tiêu cắt giảm "
        "tối thiểu 30%, trình Thủ tướng Chính phủ phê duyệt trong tháng 11 năm 2025.\n\n"
        "2. Bộ Công Thương rà soát phương án bảo đảm đạt mục tiêu cắt giảm tối thiểu 30% "
        "trong năm 2026.\n"
    )
    draft = extract(text, issued=date(2025, 11, 15), number="9/CĐ-TTg")
    first, second = draft.duties
    assert first["timing"] == "trong tháng 11 năm 2025"
    assert second.get("timing") is None


def test_among_which_ends_an_owners_name() -> None:
    """ "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng
    tâm là các tỉnh: …:": "trong đó" (among which) ends the name; the focus is no owner."""
    text = (
        "CÔNG ĐIỆN\n\n"
        "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó "
        "trọng tâm là các tỉnh: Gia Lai và Lâm Đồng:\n"
        "a) Tổ chức xây dựng kế hoạch sửa chữa nhà ở cho các hộ dân.\n"
    )
    draft = extract(text, issued=date(2025, 11, 30), number="9/CĐ-TTg")
    names = [n for n, _ in _owners(draft, draft.duties[0])]
    assert names == ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng"]


def test_the_governor_of_the_state_bank_is_an_office() -> None:
    """ "Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo …": the Governor is an office holder
    like a minister, and owns the duty."""
    text = (
        "CÔNG ĐIỆN\n\n"
        "1. Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo các ngân hàng triển khai các chính "
        "sách tín dụng đối với doanh nghiệp bị thiệt hại.\n"
    )
    draft = extract(text, issued=date(2025, 11, 23), number="9/CĐ-TTg")
    names = [n for n, _ in _owners(draft, draft.duties[0])]
    assert names == ["Thống đốc Ngân hàng Nhà nước Việt Nam"]


def test_an_owners_lead_in_ending_with_its_completion_dates_its_points() -> None:
    """ "b) Các Bộ: Tài chính, Y tế khẩn trương khắc phục …, hoàn thành trong tháng 11 năm
    2025, cụ thể:" then "(1) Bộ Tài chính …", "(2) Bộ Y tế …": each point is due then; a
    point with its own date keeps it."""
    text = (
        "CÔNG ĐIỆN\n\n1. Các Bộ: Tài chính, Y tế khẩn trương khắc phục các bất cập của hệ "
        "thống thông tin, hoàn thành trong tháng 11 năm 2025, cụ thể:\n"
        "(1) Bộ Tài chính kết nối cơ sở dữ liệu đăng ký doanh nghiệp.\n"
        "(2) Bộ Y tế hoàn thành nâng cấp hệ thống trước ngày 15/11/2025.\n"
    )
    draft = extract(text, issued=date(2025, 11, 1), number="9/CĐ-TTg")
    timings = [d.get("timing") for d in draft.duties]
    assert timings[-2:] == ["hoàn thành trong tháng 11 năm 2025", "trước ngày 15/11/2025"]
    _valid(draft)


def test_a_capitalised_adverb_after_a_lower_case_word_ends_an_owners_name() -> None:
    """ "1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ" on its own line, then "Tập trung
    chỉ đạo …": the name ends before "Tập trung" (and "Khẩn trương")."""
    text = (
        "CÔNG ĐIỆN\n\n1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ\n"
        "Tập trung chỉ đạo hoàn thành sửa đổi các văn bản quy phạm pháp luật.\n\n"
        "2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố\n"
        "Khẩn trương rà soát, sửa đổi các quy định không phù hợp.\n"
    )
    draft = extract(text, issued=date(2025, 11, 15), number="9/CĐ-TTg")
    names = [[n for n, _ in _owners(draft, d)] for d in draft.duties]
    assert names == [
        ["Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ"],
        ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"],
    ]


def test_a_numbered_line_all_in_bold_naming_owners_is_their_heading() -> None:
    """ "**3. Sở Tư pháp, Sở Nội vụ**" then "Phối hợp với Sở Tài chính rà soát …" on the next
    line: the bold line heads the item; "Phối hợp với Y" under it makes Y the lead."""
    text = (
        "CÔNG VĂN\n\n**1. Sở Tư pháp, Sở Nội vụ**\n"
        "Phối hợp với Sở Tài chính rà soát các thủ tục hành chính, hoàn thành trong năm 2026.\n"
        "**2. Sở Y tế**\n"
        "Khẩn trương hoàn thiện quy trình cấp phép.\n"
    )
    draft = extract(text, issued=date(2025, 11, 20), number="9/UBND-VP")
    texts = [d["text"] for d in draft.duties]
    assert texts[0].startswith("Phối hợp với Sở Tài chính")
    assert texts[1].startswith("Khẩn trương")
    assert _owners(draft, draft.duties[0])[0] == ("Sở Tài chính", "lead")
    _valid(draft)


def test_a_sentence_giving_only_the_completion_goes_on_with_the_one_above() -> None:
    """ "… đã được phê duyệt." then "Đảm bảo hoàn thành trong quý I/2026." on the next line:
    the time of that duty, not one more duty."""
    text = (
        "CÔNG VĂN\n\n**1. Sở Y tế**\n"
        "Khẩn trương hoàn thiện quy trình cấp phép đã được phê duyệt.\n"
        "Đảm bảo hoàn thành trong quý I/2026.\n"
        "**2. Sở Nội vụ**\n"
        "Rà soát các thủ tục hành chính.\n"
    )
    draft = extract(text, issued=date(2025, 11, 20), number="9/UBND-VP")
    assert len(draft.duties) == 2
    assert draft.duties[0].get("timing") == "hoàn thành trong quý I/2026"
    _valid(draft)


def test_a_time_sentence_after_a_bullet_dates_that_bullet() -> None:
    """ "- … bảo đảm thống nhất." then "Thời gian hoàn thành trước ngày 31 tháng 12 năm 2025."
    on the next line: the bullet's time, not a duty of its own."""
    text = (
        "CÔNG VĂN\n\n1. Giao Sở Nội vụ\n"
        "- Phối hợp rà soát dữ liệu dân cư.\n"
        "- Tổ chức cập nhật dữ liệu; bảo đảm thống nhất.\n"
        "Thời gian hoàn thành trước ngày 31 tháng 12 năm 2025.\n"
    )
    draft = extract(text, issued=date(2025, 11, 20), number="9/UBND-VP")
    assert len(draft.duties) == 2
    assert draft.duties[1].get("timing") == "hoàn thành trước ngày 31 tháng 12 năm 2025"
    _valid(draft)


def test_a_capitalised_directing_verb_after_a_lower_case_word_ends_a_name() -> None:
    """ "1. Giao Công an Thành phố" then "Chỉ đạo Công an các phường …" on the next line, and
    "Theo dõi, đôn đốc …" after "Sở Xây dựng": the name ends before the verb; "Ban Chỉ đạo"
    (after a capitalised word) is a name."""
    text = (
        "CÔNG VĂN\n\n1. Giao Công an Thành phố\n"
        "Chỉ đạo Công an các phường phối hợp rà soát dữ liệu số nhà.\n"
        "2. Giao Sở Xây dựng\n"
        "Theo dõi, đôn đốc các phường cập nhật dữ liệu.\n"
        "3. Ban Chỉ đạo phòng, chống thiên tai Thành phố kiểm tra công tác ứng phó.\n"
    )
    draft = extract(text, issued=date(2025, 11, 20), number="9/UBND-VP")
    leads = [_owners(draft, d)[0][0] for d in draft.duties]
    assert leads == [
        "Công an Thành phố",
        "Sở Xây dựng",
        "Ban Chỉ đạo phòng, chống thiên tai Thành phố",
    ]
    _valid(draft)


def test_a_request_heading_answered_by_paragraphs_each_naming_who_acts() -> None:
    """ "1. Về kiến nghị …:" then "Giao Bộ Tài chính …" and "Sau khi …, Bộ Xây dựng …": a
    duty each, owned by the body each paragraph names."""
    text = (
        "THÔNG BÁO\n\n**II. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH**\n\n"
        "1. Về kiến nghị sớm ban hành cơ chế mới về phát triển vùng:\n\n"
        "Giao Bộ Tài chính khẩn trương hoàn thiện báo cáo sơ kết việc thực hiện cơ chế.\n\n"
        "Sau khi phương án được thông qua, Bộ Xây dựng khẩn trương báo cáo Thủ tướng "
        "Chính phủ.\n\n"
        "2. Về kiến nghị hỗ trợ vốn:\n\n"
        "Giao Bộ Tài chính nghiên cứu kiến nghị của Tỉnh.\n"
    )
    draft = extract(text, issued=date(2025, 11, 15), number="9/TB-VPCP")
    texts = [d["text"][:20] for d in draft.duties]
    assert texts == ["Giao Bộ Tài chính kh", "Sau khi phương án đư", "Về kiến nghị hỗ trợ "]
    assert _owners(draft, draft.duties[1])[0][0] == "Bộ Xây dựng"
    _valid(draft)


def test_an_assessment_section_keeps_only_its_paragraph_on_the_time_ahead() -> None:
    """ "I. ĐÁNH GIÁ CHUNG" over paragraphs: what was done is no duty (its year no deadline);
    "Trong thời gian tới, Tỉnh tổ chức …" is one."""
    text = (
        "THÔNG BÁO\n\n**I. ĐÁNH GIÁ CHUNG**\n\n"
        "Chương trình xóa nhà tạm trong năm 2025 đã được hoàn thành đảm bảo kế hoạch.\n\n"
        "Trong thời gian tới, Tỉnh tổ chức thực hiện nghiêm túc nhiệm vụ được giao.\n\n"
        "**II. NHIỆM VỤ**\n\n1. Bộ Tài chính rà soát các chỉ tiêu.\n"
    )
    draft = extract(text, issued=date(2025, 11, 15), number="9/TB-VPCP")
    texts = [d["text"][:20] for d in draft.duties]
    assert texts == ["Trong thời gian tới,", "Bộ Tài chính rà soát"]
    _valid(draft)


def test_a_place_that_needs_to_act_in_a_lead_in_owns_the_points_after_it() -> None:
    """ "Để tiếp tục …, tỉnh Đắk Lắk cần tiếp tục thực hiện … nội dung trọng tâm sau:" then
    "1. …", "2. …": the province does them."""
    text = (
        "THÔNG BÁO\n\n**II. MỘT SỐ NHIỆM VỤ**\n\n"
        "Để tiếp tục tháo gỡ các khó khăn, tỉnh Đắk Lắk cần tiếp tục thực hiện quyết liệt các "
        "chủ trương, trong đó lưu ý tập trung thực hiện một số nội dung trọng tâm sau:\n\n"
        "1. Rà soát các chỉ tiêu phát triển kinh tế - xã hội.\n\n"
        "2. Đẩy mạnh giải ngân đầu tư công.\n"
    )
    draft = extract(text, issued=date(2025, 11, 15), number="9/TB-VPCP")
    leads = [_owners(draft, d)[0][0] for d in draft.duties]
    assert leads == ["tỉnh Đắk Lắk", "tỉnh Đắk Lắk"]
    _valid(draft)


def test_a_line_whose_first_star_closes_an_italic_run_opens_none() -> None:
    """An italic quotation over more lines than a run is joined over closes on a line of its
    own ("… bền vững”*."): the next item is not joined to it."""
    text = (
        "CÔNG VĂN\n\n1. Bộ Công an chỉ đạo các lực lượng tiếp tục kiên trì với mục tiêu: *“Kiên\n"
        "quyết phòng ngừa,\nđấu tranh,\nngăn chặn,\nđẩy lùi,\ntiến tới chấm dứt,\n"
        "quét sạch tình trạng buôn lậu, góp phần phục vụ đất nước\n"
        "phát triển nhanh, bền vững”*.\n"
        "2. Các lực lượng chức năng phải liên tục ra quân để kịp thời phát hiện vi phạm.\n"
    )
    draft = extract(text, issued=date(2025, 11, 20), number="9/VPCP-V.I")
    assert [d["text"][:15] for d in draft.duties] == ["Bộ Công an chỉ ", "Các lực lượng c"]
    _valid(draft)


def test_ministers_and_provincial_chairs_joined_by_va_are_two_owners() -> None:
    """ "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ và Chủ tịch Ủy
    ban nhân dân các tỉnh …": two levels, two owners, as with a comma; "… và hệ thống các cơ
    quan báo chí" is an owner of its own."""
    text = (
        "CÔNG VĂN\n\n1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ "
        "và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các lực "
        "lượng chức năng quán triệt các ý kiến chỉ đạo.\n"
        "2. Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam và hệ thống các cơ quan báo chí "
        "phối hợp với các bộ tuyên truyền về tác hại của hàng giả.\n"
    )
    draft = extract(text, issued=date(2025, 11, 20), number="9/VPCP-V.I")
    names = [[n for n, r in _owners(draft, d) if r != "partner"] for d in draft.duties]
    assert names == [
        [
            "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
            "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        ],
        ["Đài Truyền hình Việt Nam", "Thông tấn xã Việt Nam", "hệ thống các cơ quan báo chí"],
    ]
    _valid(draft)


def test_phoi_hop_with_a_common_noun_first_keeps_the_heading_as_lead() -> None:
    """ "- Phối hợp chính quyền địa phương, Mặt trận cơ sở và các đoàn thể giám sát …" under
    "Đề nghị Hội Chữ thập đỏ tỉnh:": the list opens with a common noun in lower case, so the
    heading's owner leads and the bodies named are partners."""
    text = (
        "KẾ HOẠCH\n\n**III. TỔ CHỨC THỰC HIỆN**\n\n"
        "**1. Đề nghị Hội Chữ thập đỏ tỉnh:**\n\n"
        "- Phối hợp chính quyền địa phương, Mặt trận cơ sở và các đoàn thể giám sát việc phân "
        "bổ nguồn hỗ trợ.\n"
    )
    draft = extract(text, issued=date(2025, 11, 20), number="9/KH-UBND")
    owners = _owners(draft, draft.duties[0])
    assert [n for n, r in owners if r != "partner"] == ["Hội Chữ thập đỏ tỉnh"]
    _valid(draft)


def test_a_web_portal_and_a_broadcasting_system_are_owners_of_their_own() -> None:
    """ "**2. Sở Văn hóa, Thể thao và Du lịch, Cổng Thông tin điện tử tỉnh và hệ thống truyền
    thanh cơ sở:**" over a paragraph: three owners, not one."""
    text = (
        "KẾ HOẠCH\n\n**III. TỔ CHỨC THỰC HIỆN**\n\n"
        "**2. Sở Văn hóa, Thể thao và Du lịch, Cổng Thông tin điện tử tỉnh và hệ thống truyền "
        "thanh cơ sở:**\n\n"
        "Tăng cường thông tin, tuyên truyền về công tác cứu trợ.\n"
    )
    draft = extract(text, issued=date(2025, 11, 20), number="9/KH-UBND")
    names = [n for n, r in _owners(draft, draft.duties[0]) if r != "partner"]
    assert names == [
        "Sở Văn hóa, Thể thao và Du lịch",
        "Cổng Thông tin điện tử tỉnh",
        "hệ thống truyền thanh cơ sở",
    ]
    _valid(draft)


def test_a_table_rows_second_owner_line_joins_the_row() -> None:
    """A bar table's row whose task and time cells span two lines, each with its own lead
    and partners: the second line (owner cells only) is no duty of its own; its lead joins
    the row's (joint leads) and the row keeps its one time."""
    text = (
        "KẾ HOẠCH\n\n1. Bộ Tài chính triển khai các đề án tại Phụ lục.\n\n**PHỤ LỤC**\n\n"
        "|\nTT\n|\nTên đề án\n|\nCơ quan chủ trì\n|\nCơ quan phối hợp\n|\nThời hạn hoàn thành\n|\n"
        "|\n1\n|\nĐề án tuyên truyền về bảo vệ môi trường (ở trung ương và địa phương).\n|\n"
        "Bộ Tài chính\n|\nBộ Y tế; Bộ Công an\n|\n2030\n|\n"
        "|\nỦy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n|\n"
        "Các cơ quan báo chí tại địa phương\n|\n"
        "|\n2\n|\nĐề án xử lý các bãi chôn lấp rác thải.\n|\n"
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n|\nBộ Y tế\n|\n2030\n|\n"
    )
    draft = extract(text, issued=date(2025, 12, 3), number="1/KH-BTC")
    rows = [d for d in draft.duties if d["id"].startswith("PL")]
    assert [d["timing"] for d in rows] == ["2030", "2030"]
    leads = [n for n, role in _owners(draft, rows[0]) if role != "partner"]
    assert leads == ["Bộ Tài chính", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]


def test_a_bar_tables_group_row_with_its_title_in_the_number_cell() -> None:
    """A bar table whose group rows print the Roman number and the title in one cell
    ("I. NÂNG CAO NHẬN THỨC"), the first row after the header among them: the rows are
    read (the group row is no end of the table)."""
    text = (
        "KẾ HOẠCH\n\n1. Sở Tài chính triển khai các nhiệm vụ tại Phụ lục.\n\n**PHỤ LỤC**\n\n"
        "|\nSTT\n|\nTên nhiệm vụ\n|\nCơ quan chủ trì\n|\nCơ quan phối hợp\n|\n"
        "Thời gian hoàn thành\n|\n|\n**I.\nNÂNG CAO NHẬN THỨC**\n|\n"
        "|\n1\n|\nTriển khai nền tảng đào tạo trực tuyến cho người dân.\n|\nSở Tài chính\n|\n"
        "Các sở, ban, ngành tỉnh\n|\nThường xuyên\n|\n"
        "|\n**II. HOÀN THIỆN CƠ CHẾ**\n|\n"
        "|\n2\n|\nXây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số.\n|\nSở Nội vụ\n|\n"
        "Các sở, ban, ngành tỉnh\n|\nHằng năm\n|\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="1/KH-UBND")
    rows = [d for d in draft.duties if d["id"].startswith("PL")]
    assert [d["id"] for d in rows] == ["PL.1", "PL.2"]
    leads = [[n for n, role in _owners(draft, d) if role != "partner"] for d in rows]
    assert leads == [["Sở Tài chính"], ["Sở Nội vụ"]]


def test_the_old_spelling_qui_reads_as_a_quarter() -> None:
    """ "Quí IV-2025" (the old spelling of "Quý") is the fourth quarter: due 31/12/2025."""
    readings = read_phrase("Quí IV-2025", date(2025, 12, 1))
    assert [(r.window.kind, r.window.end) for r in readings] == [
        (WindowKind.DEADLINE, date(2025, 12, 31))
    ]
    text = "KẾ HOẠCH\n\n1. Sở Tài chính xây dựng Bộ tiêu chí, hoàn thành trong Quí IV/2025.\n"
    draft = extract(text, issued=date(2025, 12, 1), number="1/KH-UBND")
    assert draft.duties[0]["timing"] == "hoàn thành trong Quí IV/2025"


def test_a_sub_committee_that_assists_a_board_is_an_owner() -> None:
    """ "2. Tiểu ban giúp việc Ban Chỉ đạo 934" over "- " points: a sub-committee (named in
    lower case after "Tiểu ban"; "giúp việc" is its kind, no verb) owns them."""
    text = (
        "CÔNG VĂN\n\n**1. Vụ Tổ chức cán bộ**\n- Hướng dẫn các đơn vị đánh giá kết quả.\n"
        "**2. Tiểu ban giúp việc Ban Chỉ đạo 934**\n"
        "- Thực hiện phân công nhiệm vụ kịp thời cho các cơ quan, đơn vị.\n"
    )
    draft = extract(text, issued=date(2025, 11, 18), number="1/BVHTTDL-VP")
    names = [n for n, _ in _owners(draft, draft.duties[-1])]
    assert names == ["Tiểu ban giúp việc Ban Chỉ đạo 934"]


def test_an_owner_heading_naming_the_bodies_given_the_work() -> None:
    """ "1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ" over "- " points: the clause
    says which bodies; the whole line owns the points."""
    text = (
        "CÔNG VĂN\n\n**1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ**\n"
        "- Chịu trách nhiệm toàn diện trước Bộ trưởng về tiến độ triển khai.\n"
        "- Nghiêm túc thực hiện chế độ báo cáo.\n"
        "**2. Văn phòng Bộ**\n- Tổng hợp, báo cáo Bộ trưởng.\n"
    )
    draft = extract(text, issued=date(2025, 11, 18), number="1/BVHTTDL-VP")
    names = [[n for n, _ in _owners(draft, d)] for d in draft.duties]
    assert names[:2] == [["Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ"]] * 2


def test_days_listed_before_a_yearly_recurrence_recur_with_it() -> None:
    """ "trước ngày 01/6 và 15/11 hằng năm": "hằng năm" ends the list, both days recur
    (twice a year); neither is a dated deadline. Without it, each day is a deadline."""
    readings = read_phrase("trước ngày 01/6 và 15/11 hằng năm", date(2025, 12, 1))
    assert [r.window.kind for r in readings] == [WindowKind.RECURRING] * 2
    assert [r.window.anchor for r in readings] == [(5, 31), (11, 15)]
    plain = read_phrase("trước ngày 01/6 và 15/11", date(2025, 12, 1))
    assert [r.window.kind for r in plain] == [WindowKind.DEADLINE] * 2


def test_a_request_heading_with_a_colon_names_associations() -> None:
    """ "6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã
    Tỉnh" over points: the colon after "Đề nghị" is no part of a name, and "Hiệp hội" (an
    association) opens one; the three own the points."""
    text = (
        "KẾ HOẠCH\n\n**6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh "
        "Hợp tác xã Tỉnh**\n\na) Tuyên truyền, vận động hội viên tham gia chuyển đổi số.\n\n"
        "b) Tiếp nhận các kiến nghị của doanh nghiệp.\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="1/KH-UBND")
    names = [n for n, _ in _owners(draft, draft.duties[0])]
    assert names == ["Hiệp hội Doanh nghiệp tỉnh", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã Tỉnh"]


def test_an_owners_lead_in_under_a_topic_item_owns_its_points() -> None:
    """ "b) Hoàn thiện hạ tầng …" (a topic, no stop) then the unnumbered "Ủy ban nhân dân
    các tỉnh, thành phố trực thuộc trung ương:" then "- " points: the lead-in opens the
    item's points and its bodies own them."""
    text = (
        "NGHỊ QUYẾT\n\nIII. NHIỆM VỤ\n\n2. Về hạ tầng\n\n"
        "b) Hoàn thiện hạ tầng kỹ thuật về phân loại rác thải\n\n"
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:\n\n"
        "- Rà soát danh mục các dự án đầu tư hạ tầng kỹ thuật.\n\n"
        "- Bố trí đầy đủ phương tiện thu gom.\n\n"
        "c) Giảm thiểu phát sinh rác thải\n\n- Bộ Y tế ban hành hướng dẫn.\n"
    )
    draft = extract(text, issued=date(2025, 12, 3), number="1/NQ-CP")
    names = [[n for n, _ in _owners(draft, d)] for d in draft.duties]
    uy_ban = ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    assert names == [uy_ban, uy_ban, ["Bộ Y tế"]]


def test_a_table_cell_naming_units_by_the_work_they_were_given() -> None:
    """An owner cell "Các đơn vị được giao thực hiện TTHC": the units are named by the work
    given them; the whole cell is the name (not cut at "được giao")."""
    text = (
        "KẾ HOẠCH\n\n1. Các đơn vị thực hiện các nhiệm vụ tại Phụ lục.\n\n**PHỤ LỤC**\n\n"
        "|\nSTT\n|\nTên nhiệm vụ\n|\nCơ quan chủ trì\n|\nCơ quan phối hợp\n|\n"
        "Thời hạn hoàn thành\n|\n"
        "|\n1\n|\nRà soát, cấu trúc lại quy trình các dịch vụ công trực tuyến.\n|\n"
        "Các đơn vị được giao thực hiện TTHC\n|\nVăn phòng Bộ\n|\n31/12/2025\n|\n"
    )
    draft = extract(text, issued=date(2025, 11, 18), number="1/KH-BVHTTDL")
    row = next(d for d in draft.duties if d["id"].startswith("PL"))
    leads = [n for n, role in _owners(draft, row) if role != "partner"]
    assert leads == ["Các đơn vị được giao thực hiện TTHC"]


def test_an_appendix_attachment_note_is_no_duty() -> None:
    """ "* (Kèm theo Công văn số … của Bộ …)*" under an appendix's title, read as a bullet:
    the note of what the appendix goes with, no duty."""
    text = (
        "CÔNG VĂN\n\n**1. Văn phòng Bộ**\n- Tổng hợp, báo cáo Bộ trưởng.\n\n**PHỤ LỤC**\n"
        "DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM\n"
        "* (Kèm theo Công văn số 1/BVHTTDL-VP ngày 18/11/2025 của Bộ Văn hóa, Thể thao và "
        "Du lịch)*\n"
    )
    draft = extract(text, issued=date(2025, 11, 18), number="1/BVHTTDL-VP")
    assert not [d for d in draft.duties if "Kèm theo" in d["text"]]


def test_an_italic_purpose_run_in_before_the_owner_is_cut_off() -> None:
    """ "*Để xây dựng …,* Bộ Tài chính chủ trì …" in an article's unnumbered paragraphs: the
    italic purpose (or "*Về …,*" topic), its comma inside the emphasis, is the article's
    subheading run in; the duty is the sentence after it, with its owner and its time."""
    text = (
        "# Kết luận về nhà ở\n\n"
        "Thủ tướng đề nghị các bộ, ngành, địa phương tiếp tục chỉ đạo một số nhiệm vụ.\n\n"
        "*Để hướng dẫn thi hành Nghị quyết,* Bộ Tài chính chủ trì, phối hợp với các bộ, "
        "ngành liên quan xây dựng Nghị định, trình Chính phủ trong tháng 6 năm 2025.\n\n"
        "Bộ Y tế rà soát chính sách hỗ trợ có liên quan.\n\n"
        "Bộ Công an hướng dẫn việc cấp giấy tờ cho người dân.\n"
    )
    draft = extract(text, issued=date(2025, 6, 1), number="1/TB-VPCP")
    # The opening request ("Thủ tướng đề nghị các bộ, …") is a duty of its own.
    first = next(d for d in draft.duties if "Bộ Tài chính" in d["text"])
    assert first["text"].startswith("Bộ Tài chính chủ trì")
    assert _owners(draft, first)[0] == ("Bộ Tài chính", "lead")
    assert first["timing"] == "trong tháng 6 năm 2025"


def test_paren_items_after_a_paragraph_announcing_duties_are_duties() -> None:
    """ "… thì nhiệm vụ của Bộ Y tế bao gồm:" (a paragraph, no label) then "(1) …", "(2) …":
    the paragraph announces duties, so the numbered run is those duties, not footnotes."""
    text = (
        "# Nhiệm vụ của Bộ Y tế\n\n"
        "**Thuốc được hiểu như thế nào?**\n\n"
        "Căn cứ theo khoản 1 Điều 2 Luật Dược có quy định như sau:\n\n"
        "1. Thuốc là chế phẩm có chứa dược chất dùng cho người.\n\n"
        "2. Dược chất là chất có tác dụng dược lý dùng trong sản xuất thuốc.\n\n"
        "**Nhiệm vụ của Bộ Y tế bao gồm những gì?**\n\n"
        "Căn cứ theo Mục IV Thông báo 1/TB-VPCP năm 2025 thì nhiệm vụ của Bộ Y tế bao gồm:\n\n"
        "**(1)** Chủ trì, phối hợp với các cơ quan liên quan hoàn thiện dự thảo Luật, "
        "trình Chính phủ trong tháng 5 năm 2025.\n\n"
        "**(2)** Phối hợp với Bộ Tài chính nghiên cứu phương án bố trí kinh phí.\n\n"
        "**(3)** Chủ trì rà soát các thủ tục hành chính có liên quan.\n"
    )
    draft = extract(text, issued=date(2025, 3, 1), number="1/TB-VPCP")
    run = draft.duties[-3:]
    assert run[0]["text"].startswith("Chủ trì, phối hợp với các cơ quan")
    assert run[1]["text"].startswith("Phối hợp với Bộ Tài chính")
    assert run[0]["timing"] == "trong tháng 5 năm 2025"
    assert draft.coverage.skipped["footnote"] == 0


_TYPED_LIST = (
    "KẾ HOẠCH\nThực hiện chính sách nhà ở xã hội\n\n"
    "1. Hoàn thiện thể chế\n"
    "- Bộ Xây dựng chủ trì, phối hợp với Bộ Tài chính:\n"
    "+ Rà soát quy định về đối tượng được hỗ trợ, hoàn thành trước ngày 30/6/2025.\n"
    "+ Xây dựng dự thảo Nghị định, trình Chính phủ trong quý III/2025.\n"
    "- Bộ Tài chính bố trí kinh phí thực hiện. Thời gian: hằng năm.\n"
    "2. Tổ chức thực hiện\n"
    "- Ủy ban nhân dân các tỉnh báo cáo kết quả trước ngày 15/12/2025.\n"
)


def _duties_of(text: str) -> list[dict[str, Any]]:
    return extract(text, issued=date(2025, 3, 1), number="1/KH-BXD").duties


@pytest.mark.parametrize(
    ("dash", "plus"),
    [("\u2022\t", "o\t"), ("\uf0b7 ", "\uf0a7 "), ("\u25aa ", "\u25e6 "), ("- ", "\u2022 ")],
    ids=["word", "pdf-symbol", "squares", "dash-then-glyph"],
)
def test_a_list_copied_with_glyph_bullets_reads_as_typed(dash: str, plus: str) -> None:
    """A word processor's list copies its levels as glyphs ("•" then "o" before a tab; a
    PDF gives the Symbol font's private-use bullets): the first glyph met is the typed
    list's "-", a later one (or a glyph after typed dashes) its "+", so the lead-in still
    owns the items under it."""
    typed = _duties_of(_TYPED_LIST)
    lines = [
        dash + line[2:] if line.startswith("- ") else plus + line[2:] if line.startswith("+ ")
        else line
        for line in _TYPED_LIST.split("\n")
    ]  # fmt: skip
    copied = _duties_of("\n".join(lines))
    assert copied == typed
    assert len(typed) >= 4


def test_a_mark_with_no_word_after_it_ranks_no_level() -> None:
    """A scan's stamp debris read as a bullet ("+ ° ^ -" above the title) or a lone dash
    comes before the list: the glyph of the first item with words is still the list's
    "-", so the lead-in owns the items as in the typed list."""
    lines = [
        "\uf0b7 " + line[2:] if line.startswith("- ") else "\uf0a7 " + line[2:]
        if line.startswith("+ ") else line
        for line in _TYPED_LIST.split("\n")
    ]  # fmt: skip
    for typed, copied in (("+ ° ^ ˆ - `", "\uf0a7 ° ^ ˆ - `"), ("-", "-")):
        want = _duties_of("\n".join([typed, _TYPED_LIST]))
        assert _duties_of("\n".join([copied, *lines])) == want, copied
        assert len(want) >= 4


def test_no_break_and_zero_width_characters_read_as_the_plain_text() -> None:
    """A copy from Word or a web page: no-break and narrow spaces between words, zero-width
    spaces and soft hyphens inside them. They are spaces and nothing, as a reader sees."""
    varied = (
        _TYPED_LIST.replace("Bộ Xây dựng", "Bộ\u00a0Xây\u202fdựng")
        .replace("trước ngày 30/6/2025", "trước\u00a0ngày\u00a030/6/2025")
        .replace("Thời gian", "Thời\u200b gian")
        .replace("kinh phí", "kinh\u00ad phí")
        .replace(". Thời", ".\u00a0Thời")
    )
    assert _duties_of(varied) == _duties_of(_TYPED_LIST)


def test_typed_lists_are_left_as_written() -> None:
    """No glyph bullets: every line comes back unchanged (the rules read "-" and "+")."""
    from nq42cli.core.layout import glyph_bullets

    lines = [*_TYPED_LIST.split("\n"), "* markdown item", "  - nested", "-5 độ", "o không"]
    assert glyph_bullets(lines) == lines


def test_article_quote_ends_at_its_pointer_to_the_document() -> None:
    """An article quoting a plan's "(1)", "(2)" items, then "Xem chi tiết thêm tại Kế hoạch
    …", then a law it cites ("1. Người lao động …", "a) …"): the quote ends at the pointer,
    so the law's numbered clauses are not the outline and the "(1)" items are the duties."""
    text = (
        "# Kế hoạch tổ chức các hoạt động mừng năm mới\n\n"
        "Theo đó, UBND tỉnh tổ chức các hoạt động như sau:\n\n"
        "**(1) Chương trình nghệ thuật chào năm mới**\n\n"
        "Thời gian: Từ 20 giờ 00 ngày 31 tháng 12 năm 2025.\n\n"
        "**(2) Trang trí đèn trên các tuyến đường trung tâm.**\n\n"
        "**(3) Các hoạt động thể thao**\n\n"
        "- Giải chạy chào năm mới vào ngày 28 tháng 12 năm 2025 tại quảng trường.\n\n"
        "- Giải bơi lội (xã hội hóa).\n\n"
        "Xem chi tiết thêm tại Kế hoạch 9/KH-UBND năm 2025.\n\n"
        "Căn cứ Điều 98 Bộ luật Lao động 2019 như sau:\n\n"
        "1. Người lao động làm thêm giờ được trả lương như sau:\n\n"
        "a) Vào ngày thường, ít nhất bằng 150%;\n\n"
        "2. Chính phủ quy định chi tiết Điều này.\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="9/KH-UBND")
    texts = [d["text"] for d in draft.duties]
    assert texts[0].startswith("Chương trình nghệ thuật chào năm mới")
    assert any(t.startswith("Giải chạy chào năm mới") for t in texts)
    assert not any("Người lao động" in t or "150%" in t for t in texts)


def test_head_named_by_title_alone_who_assigns_is_not_the_owner() -> None:
    """ "Bộ trưởng giao Vụ Pháp chế chủ trì, phối hợp với … thực hiện các nhiệm vụ:": the
    issuer's head, named by title alone, assigns; the body after "giao" leads the points."""
    text = (
        "# Bộ chỉ đạo thực hiện kết luận\n\n"
        "Bộ trưởng yêu cầu các đơn vị bảo đảm chất lượng và tiến độ.\n\n"
        "**Bộ trưởng giao Vụ Pháp chế chủ trì, phối hợp với các đơn vị liên quan "
        "thực hiện các nhiệm vụ:**\n\n"
        "Một là, hoàn thiện dự thảo Nghị định, trình Chính phủ trước ngày 30/5/2025.\n\n"
        "Hai là, rà soát các văn bản quy phạm pháp luật có liên quan.\n\n"
        "**Giao Vụ Tổ chức cán bộ chủ trì**, phối hợp với các đơn vị liên quan tham mưu "
        "ban hành Thông tư hướng dẫn.\n\n"
        "**Giao Cục Văn thư tiếp tục đôn đốc** việc số hóa tài liệu.\n"
    )
    draft = extract(text, issued=date(2025, 5, 20), number="1/TB-BNV")
    first = next(d for d in draft.duties if d["text"].startswith("Một là"))
    assert _owners(draft, first)[0] == ("Vụ Pháp chế", "lead")


def test_paren_items_take_the_owner_of_the_paragraph_announcing_them() -> None:
    """ "… thì nhiệm vụ của Bộ Y tế bao gồm:" then "(1) Chủ trì …", "(2) …": the body whose
    duties the paragraph announces owns them (and leads those it "chủ trì")."""
    text = (
        "# Nhiệm vụ của Bộ Y tế\n\n"
        "Căn cứ theo khoản 1 Điều 2 Luật Dược có quy định như sau:\n\n"
        "1. Thuốc là chế phẩm có chứa dược chất dùng cho người.\n\n"
        "2. Dược chất là chất có tác dụng dược lý dùng trong sản xuất thuốc.\n\n"
        "Căn cứ theo Mục IV Thông báo 1/TB-VPCP năm 2025 thì nhiệm vụ của Bộ Y tế bao gồm:\n\n"
        "**(1)** Chủ trì, phối hợp với Bộ Tài chính hoàn thiện dự thảo Luật, "
        "trình Chính phủ trong tháng 5 năm 2025.\n\n"
        "**(2)** Chủ trì rà soát các thủ tục hành chính có liên quan.\n"
    )
    draft = extract(text, issued=date(2025, 3, 1), number="1/TB-VPCP")
    run = draft.duties[-2:]
    assert _owners(draft, run[0])[0] == ("Bộ Y tế", "lead")
    assert ("Bộ Tài chính", "partner") in _owners(draft, run[0])
    assert _owners(draft, run[1])[0][0] == "Bộ Y tế"


def test_a_city_and_a_province_named_as_subject_own_the_duty() -> None:
    """ "d) Thành phố Hồ Chí Minh, tỉnh Lâm Đồng đẩy nhanh …": the city and the province,
    by their names, own the point (not the section's lead-in owners); "Ủy ban nhân dân
    thành phố Hà Nội, Thành phố Hồ Chí Minh" stays one title over two places."""
    text = (
        "THÔNG BÁO\n\n"
        "I. NHIỆM VỤ TRỌNG TÂM\n\n"
        "Yêu cầu các bộ, ngành, địa phương liên quan:\n\n"
        "1. Đẩy nhanh thủ tục đầu tư các dự án\n\n"
        "a) Bộ Xây dựng hoàn thiện Báo cáo nghiên cứu khả thi, hoàn thành trong năm 2025.\n\n"
        "b) Thành phố Hồ Chí Minh, tỉnh Lâm Đồng đẩy nhanh việc lựa chọn nhà đầu tư.\n\n"
        "c) Ủy ban nhân dân thành phố Hà Nội, Thành phố Hồ Chí Minh rà soát quy hoạch.\n"
    )
    draft = extract(text, issued=date(2025, 11, 1), number="1/TB-VPCP")
    by_id = _by_id(draft)
    names = [n for n, _ in _owners(draft, by_id["I.1.b"])]
    assert names == ["Thành phố Hồ Chí Minh", "tỉnh Lâm Đồng"]
    assert len(_owners(draft, by_id["I.1.c"])) == 1


def test_head_named_by_title_alone_who_asks_is_not_the_owner() -> None:
    """ "Thủ tướng yêu cầu Đài Truyền hình Việt Nam, … đẩy mạnh …" in an article's running
    paragraphs: the head asks; the bodies after "yêu cầu" own the duty, a paragraph of its own."""
    text = (
        "# Thủ tướng yêu cầu đẩy nhanh tiến độ\n\n"
        "### Nội dung chính\n\n"
        "Thủ tướng hoan nghênh tinh thần tích cực của các bộ, địa phương.\n\n"
        "Bộ Quốc phòng, Bộ Công an tiếp tục huy động lực lượng hỗ trợ các địa phương.\n\n"
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tiếp tục tham gia hỗ trợ.\n\n"
        "Thủ tướng yêu cầu Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam đẩy mạnh "
        "công tác thông tin truyền thông.\n"
    )
    draft = extract(text, issued=date(2025, 7, 1), number="1/TB-VPCP")
    last = next(d for d in draft.duties if d["text"].startswith("Thủ tướng yêu cầu"))
    names = [n for n, _ in _owners(draft, last)]
    assert names == ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam"]


def test_time_in_a_clause_telling_what_has_been_under_way_lately_is_history() -> None:
    """ "thời gian qua, chúng ta đang triển khai 2 chương trình: Xóa nhà tạm … trong năm
    2025": the clause tells what has been under way; its time names the work, no deadline."""
    text = "Thời gian qua, chúng ta đang triển khai 2 chương trình: Xóa nhà tạm trong năm 2025."
    spans = find_spans(text, date(2025, 6, 1))
    assert spans
    assert all(not sp.readings for sp in spans)
    assert any(sp.code == "span.past" for sp in spans)
    kept = find_spans("Thời gian tới, hoàn thành xóa nhà tạm trong năm 2025.", date(2025, 6, 1))
    assert any(sp.readings for sp in kept)


def test_lettered_point_printed_with_its_items_number_nests_under_it() -> None:
    """ "2.1.a. Thành lập …" under "2.1. Bước 1:": a lettered point of 2.1, not item "2"
    with the words "1.a. …"."""
    text = (
        "KẾ HOẠCH\n\n"
        "II. NỘI DUNG THỰC HIỆN\n\n"
        "2. Trình tự thực hiện\n\n"
        "2.1. Bước 1:\n\n"
        "2.1.a. Ủy ban nhân dân cấp xã thành lập Tổ công tác.\n\n"
        "2.1.b. Ủy ban nhân dân cấp xã tiếp nhận hồ sơ.\n"
    )
    draft = extract(text, issued=date(2024, 6, 1), number="1/KH-UBND")
    by_id = _by_id(draft)
    assert by_id["II.2.1.a"]["text"].startswith("Ủy ban nhân dân cấp xã thành lập")
    assert by_id["II.2.1.b"]["text"].startswith("Ủy ban nhân dân cấp xã tiếp nhận")


def test_procedure_step_titled_then_told_who_does_it_is_one_duty() -> None:
    """ "2.2. Bước 2: Kiểm tra …." then "Ban Chỉ đạo … tổ chức kiểm tra …" and "Thời gian
    hoàn tất: trước ngày …": one duty, the paragraph's subject its owner, the closing line
    its time (not a second, dated duty for the paragraph)."""
    text = (
        "KẾ HOẠCH\n\n"
        "II. NỘI DUNG THỰC HIỆN\n\n"
        "2. Trình tự thực hiện\n\n"
        "2.2. Bước 2: Kiểm tra hiện trạng nhà ở.\n\n"
        "Ủy ban nhân dân cấp xã tổ chức kiểm tra hiện trạng nhà ở của từng hộ.\n\n"
        "Thời gian hoàn tất: trước ngày 25 tháng 7 năm 2024.\n\n"
        "2.3. Bước 3: Tổng hợp danh sách.\n\n"
        "Ủy ban nhân dân cấp huyện tổng hợp danh sách các hộ.\n"
    )
    draft = extract(text, issued=date(2024, 6, 1), number="1/KH-UBND")
    steps = [d for d in draft.duties if d["id"].startswith("II.2.")]
    assert [d["id"] for d in steps] == ["II.2.2", "II.2.3"]
    assert steps[0]["text"].startswith("Bước 2: Kiểm tra hiện trạng nhà ở. Ủy ban nhân dân cấp xã")
    assert _owners(draft, steps[0])[0][0] == "Ủy ban nhân dân cấp xã"
    assert steps[0]["windows"] == ["trước ngày 25/7/2024"]
    assert _owners(draft, steps[1])[0][0] == "Ủy ban nhân dân cấp huyện"
    assert steps[1]["windows"] == ["không thời hạn"]


def test_a_years_share_set_beside_the_next_years_is_no_deadline() -> None:
    """ "… phân định rõ số lượng thực hiện trong năm 2014 và số lượng sẽ thực hiện năm tiếp
    theo": the year splits the content; "trong năm 2014 và các năm tiếp theo" and a plain
    "hoàn thành trong năm 2014" keep their reading."""
    text = (
        "Đề án cần phân định rõ số lượng thực hiện trong năm 2014 "
        "và số lượng sẽ thực hiện năm tiếp theo."
    )
    spans = find_spans(text, date(2014, 6, 1))
    assert spans
    assert all(not sp.readings for sp in spans)
    assert any(sp.code == "span.period" for sp in spans)
    kept = find_spans("Hoàn thành việc hỗ trợ trong năm 2014.", date(2014, 6, 1))
    assert any(sp.readings for sp in kept)
    ongoing = find_spans("Bố trí vốn trong năm 2014 và các năm tiếp theo.", date(2014, 6, 1))
    assert any(sp.readings for sp in ongoing)


def test_at_the_years_end_then_who_reports_is_due_then() -> None:
    """ "Kết thúc năm 2013, Chính phủ báo cáo …": "kết thúc năm" is the year's end (as "hết
    năm"), and the body after the opening time owns the duty."""
    text = (
        "NGHỊ QUYẾT\n\n"
        "Điều 3.\n\n"
        "1. Kết thúc năm 2013, Chính phủ báo cáo Ủy ban thường vụ Quốc hội kết quả thực hiện.\n"
    )
    draft = extract(text, issued=date(2012, 5, 18), number="1/NQ-UBTVQH13")
    duty = draft.duties[0]
    assert duty["windows"] == ["năm 2013"]
    assert _owners(draft, duty)[0][0] == "Chính phủ"
    mid = find_spans("Bộ X tổng kết năm 2013 và triển khai nhiệm vụ.", date(2012, 5, 18))
    assert all(not sp.readings for sp in mid)


def test_inspect_and_check_opening_a_point_are_verbs_not_the_inspectorate() -> None:
    """ "Thanh tra, kiểm tra, xử lý theo thẩm quyền …" under an owner heading: the verbs
    inspect and check; the heading's owner keeps the point."""
    text = (
        "KẾ HOẠCH\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Sở Xây dựng\n\n"
        "a) Hướng dẫn các quận, huyện lập hồ sơ.\n\n"
        "b) Thanh tra, kiểm tra, xử lý theo thẩm quyền các hành vi vi phạm.\n"
    )
    draft = extract(text, issued=date(2014, 6, 1), number="1/KH-UBND")
    duty = _by_id(draft)["III.1.b"]
    assert [n for n, _ in _owners(draft, duty)] == ["Sở Xây dựng"]


def test_converter_page_break_mark_with_page_number_and_footer_is_the_pages() -> None:
    """ "--- PAGE BREAK ---" (a PDF converter's mark), the page's number just above it and
    a footer above two marks (spelled a little differently by the OCR each time): the
    page's, dropped, so a sentence the break split reads on and no footer is a duty."""
    footer = "THƯ VIỆN PHÁP LUẬT* Tel +84-28-3930 3279 * www.ThuVienPhapLuat.vn"
    text = (
        "II. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan báo cáo Thủ tướng\n\n"
        "2\n\n\n--- PAGE BREAK ---\n\n"
        "Chính phủ trong tháng 3 năm 2026.\n\n"
        "2. Bộ Công Thương rà soát các thủ tục.\n\n"
        f"{footer}\n\n\n--- PAGE BREAK ---\n\n"
        "3. Bộ Xây dựng chủ trì, phối hợp với các địa phương tổ chức triển khai "
        "rộng rãi Nghị quyết này.\n\n"
        f"{footer.replace('LUẬT', 'LUẬTT').replace('Tel', 'Tet')}\n\n\n--- PAGE BREAK ---\n\n"
        "4. Bộ Y tế theo dõi tình hình.\n\n"
        f"{footer.replace('Tel', 'Tek')}\n"
    )
    draft = extract(text, issued=date(2026, 1, 5), number="1/NQ-CP")
    texts = [d["text"] for d in draft.duties]
    assert len(texts) == 4
    assert texts[0].endswith("báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2026.")
    assert draft.duties[0]["timing"] == "trong tháng 3 năm 2026"
    assert not any("PAGE BREAK" in t or "ThuVienPhapLuat" in t for t in texts)


def test_ocr_misread_roman_section_numerals_are_read_back() -> None:
    """A scanned copy's section titles: "1. TINH THẦN …" for "I." (before "II."), "H. NỘI
    DUNG …" for "II." right after "I.", "II." again for "III.": read back, so the first
    section's items are the text's and the sections number in turn."""
    text = (
        "Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương:\n\n"
        "1. TINH THẦN CHỈ ĐẠO\n\n"
        "1. Quán triệt sâu sắc tinh thần chỉ đạo của Chính phủ.\n\n"
        "2. Tập trung thực hiện các nhiệm vụ phát triển kinh tế - xã hội.\n\n"
        "II. CÁC NHIỆM VỤ CỤ THỂ\n\n"
        "1. Bộ Tài chính rà soát các khoản thu.\n"
    )
    draft = extract(text, issued=date(2026, 1, 5), number="1/CT-TTg")
    ids = [d["id"] for d in draft.duties]
    assert ids[:2] == ["I.1", "I.2"]
    assert "II.1" in ids
    text = (
        "I. MỤC ĐÍCH\n\n- Hỗ trợ người lao động.\n\n"
        "H. NỘI DUNG\n\n1. Hỗ trợ bằng tiền\n\n"
        "đ) Thời gian hoàn thành chậm nhất vào ngày 31 tháng 12 năm 2026.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\n1. Bộ Tài chính rà soát các khoản thu.\n"
    )
    draft = extract(text, issued=date(2026, 1, 5), number="1/NQ-CP")
    ids = [d["id"] for d in draft.duties]
    assert ids == ["II.1.đ", "III.1"]
    # A document whose items are numbered in capitals, no roman title: left alone.
    plain = "1. MỤC ĐÍCH\n\n- Hỗ trợ.\n\n2. NHIỆM VỤ\n\na) Bộ Tài chính rà soát các khoản thu.\n"
    draft = extract(plain, issued=date(2026, 1, 5), number="1/KH-UBND")
    assert all(not d["id"].startswith("I.") for d in draft.duties)


def test_point_naming_the_rule_content_is_not_work() -> None:
    """ "a) Đối tượng áp dụng", "b) Mức hỗ trợ" in a policy's content, with their points and
    paragraphs: who qualifies and how much; their dates are the rule's, no deadline."""
    text = (
        "I. NỘI DUNG CHÍNH SÁCH\n\n"
        "1. Giảm mức đóng cho người sử dụng lao động\n\n"
        "a) Đối tượng áp dụng\n\n"
        "Người sử dụng lao động đang tham gia bảo hiểm trước ngày 01 tháng 10 năm 2026.\n\n"
        "b) Mức hỗ trợ\n\n"
        "- Dưới 12 tháng: hỗ trợ 1.000.000 đồng/người.\n\n"
        "c) Thời gian thực hiện việc hỗ trợ hoàn thành chậm nhất vào ngày 31 tháng 12 năm 2026.\n"
    )
    draft = extract(text, issued=date(2026, 9, 1), number="1/NQ-CP")
    assert [d["id"] for d in draft.duties] == ["I.1.c"]


def test_ocr_misread_point_letter_is_read_back() -> None:
    """ "©) Bộ …" (an OCR copy's "c)") is point c; "đ) 1 Đề nghị X …" (a stray mark read
    as a digit after the letter) asks X."""
    text = (
        "I. NHIỆM VỤ\n\n"
        "1. Tháo gỡ khó khăn\n\n"
        "a) Bộ Tài chính rà soát các khoản thu.\n\n"
        "b) Bộ Công Thương rà soát các thủ tục.\n\n"
        "©) Bộ Giao thông vận tải chủ trì, phối hợp với các Bộ, ngành liên quan tháo gỡ khó "
        "khăn cho ngành hàng không.\n\n"
        "d) Bộ Y tế theo dõi tình hình.\n\n"
        "đ) 1 Đề nghị Tổng Liên đoàn Lao động Việt Nam xem xét thời điểm đóng kinh phí.\n"
    )
    draft = extract(text, issued=date(2026, 1, 5), number="1/CT-TTg")
    by_id = _by_id(draft)
    assert next(n for n, _ in _owners(draft, by_id["I.1.c"])) == "Bộ Giao thông vận tải"
    assert [n for n, _ in _owners(draft, by_id["I.1.đ"])] == ["Tổng Liên đoàn Lao động Việt Nam"]


def test_bracketed_time_when_something_takes_effect_is_not_the_duty_timing() -> None:
    """ "… sau khi Hiệp định có hiệu lực (từ giữa năm 2026), báo cáo Thủ tướng Chính phủ
    trong tháng 3 năm 2026": the bracket says when the agreement takes effect; the duty is
    due by the report's month."""
    text = (
        "I. NHIỆM VỤ\n\n"
        "1. Bộ Công Thương chuẩn bị các điều kiện xuất khẩu sau khi Hiệp định có hiệu lực "
        "(từ giữa năm 2026), báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2026.\n"
    )
    draft = extract(text, issued=date(2026, 1, 5), number="1/CT-TTg")
    assert draft.duties[0]["timing_source"] == "text"
    assert "tháng 3/2026" in draft.duties[0]["windows"]


def test_bar_table_with_part_letters_and_sub_numbers_is_read_as_rows() -> None:
    """A one-cell-per-line table whose parts are lettered ("A") and whose rows are numbered
    under their group ("1.1", "2.1", "2.2") is read row by row, not cell by cell."""
    head = ["**STT**", "**Nhiệm vụ**", "**Đơn vị thực hiện**", "**Đơn vị phối hợp**"]
    rows = [
        [*head, "**Thời gian thực hiện**", "**Sản phẩm**"],
        ["**A**", "**PHÁT TRIỂN NỀN MÓNG**"],
        ["**I**", "**Hoàn thiện thể chế**"],
        ["1.1", "Rà soát các quy định pháp luật", "Sở Tư pháp", "Các sở", "2026 - 2030", "Văn bản"],
        ["**II**", "**Phát triển hạ tầng**"],
        ["2.1", "Triển khai hạ tầng số", "Sở Khoa học và Công nghệ", "Các sở", "2026", "Kế hoạch"],
        ["2.2", "Triển khai hạ tầng giao thông", "Sở Xây dựng", "Các sở", "2026", "Kế hoạch"],
    ]
    lines = ["|"]
    for row in rows:
        for cell in row:
            lines += [cell, "|"]
        lines.append("|")
    text = "PHỤ LỤC\n\n" + "\n".join(lines) + "\n"
    draft = extract(text, issued=date(2025, 11, 18), number="1/KH-UBND")
    assert [d["text"].split(" [")[0] for d in draft.duties] == [
        "Rà soát các quy định pháp luật",
        "Triển khai hạ tầng số",
        "Triển khai hạ tầng giao thông",
    ]
    assert [_owners(draft, d)[0][0] for d in draft.duties] == [
        "Sở Tư pháp",
        "Sở Khoa học và Công nghệ",
        "Sở Xây dựng",
    ]


def test_responsibility_heading_over_bullets_with_subjects_heads_duties() -> None:
    """ "2. Trách nhiệm thực hiện" with bullets that each name their own subject heads
    those duties (it is no owner field of its section); bullets that are fields ("- Đơn
    vị chủ trì: …") stay the item's owners."""
    text = (
        "KẾ HOẠCH\n\n"
        "**V. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN**\n\n"
        "**1. Thời gian thực hiện**\n\n"
        "Đợt thi đua được triển khai từ ngày ban hành Kế hoạch.\n\n"
        "**2. Trách nhiệm thực hiện**\n\n"
        "- Sở Văn hóa, Thể thao và Du lịch phối hợp với Ban Tuyên giáo chỉ đạo các cơ quan "
        "truyền thông.\n\n"
        "- Sở Nội vụ hướng dẫn khen thưởng Đợt thi đua.\n"
    )
    draft = extract(text, issued=date(2025, 6, 1), number="1/KH-UBND")
    by_id = _by_id(draft)
    assert by_id["V.2.a"]["text"].startswith("Sở Văn hóa, Thể thao và Du lịch phối hợp")
    assert _owners(draft, by_id["V.2.b"])[0][0] == "Sở Nội vụ"


def test_undated_sentence_with_subject_over_points_is_a_duty_owning_them() -> None:
    """ "1. Các cơ quan, đơn vị … xây dựng kế hoạch …." then bullets with no subject: the
    item is a duty itself and its bullets are its subject's."""
    text = (
        "KẾ HOẠCH\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Các cơ quan, đơn vị, địa phương căn cứ chức năng, nhiệm vụ được giao xây dựng "
        "kế hoạch triển khai thực hiện đợt thi đua.\n\n"
        "- Giới thiệu điển hình tiên tiến trong Đợt thi đua.\n\n"
        "- Báo cáo Ủy ban nhân dân tỉnh về kết quả Đợt thi đua.\n"
    )
    draft = extract(text, issued=date(2025, 6, 1), number="1/KH-UBND")
    by_id = _by_id(draft)
    assert by_id["IV.1"]["text"].startswith("Các cơ quan, đơn vị, địa phương căn cứ")
    assert _owners(draft, by_id["IV.1.b"])[0][0] == "Các cơ quan, đơn vị, địa phương"


def test_article_giving_work_to_a_named_body_owns_its_items() -> None:
    """ "Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo" over "1. Tổ chức …", "2. Chủ trì …":
    the body the article gives the work to leads each item."""
    text = (
        "QUYẾT ĐỊNH:\n\n"
        "Điều 1. Ban hành Kế hoạch thời gian năm học như sau:\n\n"
        "1. Học kỳ I từ ngày 05/9/2024.\n\n"
        "Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo\n\n"
        "1. Tổ chức chỉ đạo thực hiện hoàn thành Kế hoạch.\n\n"
        "2. Chủ trì hướng dẫn thực hiện Kế hoạch.\n"
    )
    draft = extract(text, issued=date(2024, 8, 10), number="1/QĐ-UBND")
    by_id = _by_id(draft)
    assert _owners(draft, by_id["D2.1"])[0][0] == "Giám đốc Sở Giáo dục và Đào tạo"
    assert _owners(draft, by_id["D2.2"])[0][0] == "Giám đốc Sở Giáo dục và Đào tạo"


def test_bare_time_heading_over_step_sentences_heads_duties() -> None:
    """ "3.1. Thời gian thực hiện" over bullets that each state a step ("- Phê duyệt danh
    sách …; thời gian hoàn thành trước ngày …", "- Bàn giao …"): each bullet is a duty with
    its own time or none; bullets opening with a time are stages of the item's time."""
    text = (
        "KẾ HOẠCH\n\n"
        "II. NỘI DUNG\n\n"
        "3. Thời gian thực hiện và chế độ báo cáo\n\n"
        "3.1. Thời gian thực hiện\n\n"
        "- Phê duyệt danh sách người có nghĩa vụ kê khai gửi Thanh tra tỉnh; thời gian "
        "hoàn thành trước ngày 20/12/2025.\n\n"
        "- Việc kê khai hoàn thành trước ngày 31/12/2025.\n\n"
        "- Bàn giao bản kê khai về Thanh tra tỉnh theo hướng dẫn.\n"
    )
    draft = extract(text, issued=date(2025, 12, 3), number="1/KH-UBND")
    by_id = _by_id(draft)
    assert by_id["II.3.1.a"]["windows"] == ["trước ngày 20/12/2025"]
    assert by_id["II.3.1.b"]["windows"] == ["trước ngày 31/12/2025"]
    assert by_id["II.3.1.c"]["windows"] == ["không thời hạn"]
    assert "II.3" not in by_id
    staged = text.replace("- Phê duyệt danh sách", "- Năm 2025: phê duyệt danh sách")
    assert "II.3.1.a" not in _by_id(extract(staged, issued=date(2025, 12, 3), number="1/KH-UBND"))


def test_heads_of_bodies_and_bodies_under_an_authority_lead_their_bullets() -> None:
    """ "2.1. Người đứng đầu sở, ban, ngành; Chủ tịch …; đơn vị thuộc thẩm quyền quản lý
    của Ủy ban nhân dân tỉnh có trách nhiệm:" over bullets: "Người đứng đầu" is an office,
    and "thuộc thẩm quyền quản lý của …" stays part of the name."""
    text = (
        "KẾ HOẠCH\n\n"
        "II. NỘI DUNG\n\n"
        "2. Tổ chức kê khai\n\n"
        "2.1. Người đứng đầu sở, ban, ngành; Chủ tịch Ủy ban nhân dân xã, phường; đơn vị "
        "thuộc thẩm quyền quản lý của Ủy ban nhân dân tỉnh có trách nhiệm:\n\n"
        "- Xây dựng kế hoạch triển khai.\n\n"
        "- Báo cáo kết quả kiểm soát.\n"
    )
    draft = extract(text, issued=date(2025, 12, 3), number="1/KH-UBND")
    names = [n for n, _ in _owners(draft, _by_id(draft)["II.2.1.b"])]
    assert names == [
        "Người đứng đầu sở, ban, ngành",
        "Chủ tịch Ủy ban nhân dân xã, phường",
        "đơn vị thuộc thẩm quyền quản lý của Ủy ban nhân dân tỉnh",
    ]


def test_closing_summary_restating_a_listed_date_is_not_a_duty() -> None:
    """An unnumbered "Theo đó, … chậm nhất trước ngày 15/02/2025." after numbered items,
    every date of it already an item's: a news page's summary, not a duty; with a date of
    its own it stays for review."""
    text = (
        "CÔNG ĐIỆN\n\n"
        "Thủ tướng Chính phủ yêu cầu:\n\n"
        "(1) Các bộ khẩn trương rà soát các dự án, gửi báo cáo chậm nhất trước ngày "
        "15 tháng 02 năm 2025.\n\n"
        "(2) Giao Bộ Tài chính tổng hợp, báo cáo Thủ tướng Chính phủ.\n\n"
        "Theo đó, Thủ tướng yêu cầu rà soát các dự án, gửi báo cáo chậm nhất trước ngày "
        "15/02/2025.\n"
    )
    draft = extract(text, issued=date(2025, 2, 8), number="13/CĐ-TTg")
    assert not [d for d in draft.data["duties"] if d["text"].startswith("Theo đó")]
    own = text.replace("trước ngày \n15/02/2025", "trước ngày 20/02/2025").replace(
        "15/02/2025.\n", "20/02/2025.\n"
    )
    draft = extract(own, issued=date(2025, 2, 8), number="13/CĐ-TTg")
    assert [d for d in draft.data["duties"] if d["text"].startswith("Theo đó")]


def test_summary_lines_after_a_theo_do_line_restating_listed_dates_are_not_duties() -> None:
    """ "Theo đó:" alone, then "Trước ngày 10/7/2025: các tỉnh hoàn thiện …" lines whose
    every date is already an item's: the summary retells the items, no duty and no
    deadline of its own; a line with a date of its own stays for review."""
    text = (
        "Bộ Nông nghiệp và Môi trường đề nghị như sau:\n\n"
        "1. Hoàn thiện hồ sơ địa giới đơn vị hành chính cấp tỉnh, gửi về Bộ trước ngày 10 "
        "tháng 7 năm 2025.\n\n"
        "2. Tổng hợp, hoàn thiện kết quả kiểm kê đất đai, giao nộp trước ngày 20 tháng 8 năm "
        "2025.\n\n"
        "Theo đó:\n\n"
        "**Trước ngày 10/7/2025:** các tỉnh hoàn thiện hồ sơ địa giới đơn vị hành chính.\n\n"
        "**Trước ngày 20/8/2025:** tổng hợp, hoàn thiện kết quả kiểm kê đất đai.\n"
    )
    draft = extract(text, issued=date(2025, 7, 2), number="3947/BNNMT-QLĐĐ")
    dated = sorted(d["timing"] for d in draft.data["duties"] if d.get("timing"))
    assert dated == ["trước ngày 10 tháng 7 năm 2025", "trước ngày 20 tháng 8 năm 2025"]
    own = text.replace("**Trước ngày 20/8/2025:**", "**Trước ngày 25/8/2025:**")
    draft = extract(own, issued=date(2025, 7, 2), number="3947/BNNMT-QLĐĐ")
    assert [d for d in draft.data["duties"] if d.get("timing") == "Trước ngày 25/8/2025"]


def test_a_summing_up_sentence_before_a_closing_request_is_left_out_of_it() -> None:
    """ "Trên đây là một số nội dung cần triển khai gấp trong tháng 12/2014 …. Bộ Tài chính
    đề nghị …": the first sentence sums up the list (its time is the items'); the request
    after it is the duty, without that time. In one sentence ("Trên đây là …, Ban Chỉ đạo
    đề nghị …") the paragraph stays whole."""
    text = (
        "Bộ Tài chính hướng dẫn như sau:\n\n"
        "1. Cục Thuế rà soát các hộ kinh doanh trong tháng 12/2014.\n\n"
        "2. Chi cục Thuế lập sổ bộ thuế trước ngày 15/01/2015.\n\n"
        "Trên đây là một số nội dung cần triển khai gấp trong tháng 12/2014 để thực hiện từ "
        "ngày 01/01/2015. Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh chỉ đạo Cục Thuế tổ "
        "chức thực hiện khẩn trương, kịp thời.\n"
    )
    draft = extract(text, issued=date(2014, 12, 1), number="17526/BTC-TCT")
    last = draft.data["duties"][-1]
    assert last["text"].startswith("Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh")
    assert last.get("timing") is None
    whole = text.replace("ngày 01/01/2015. Bộ Tài chính", "ngày 01/01/2015, Bộ Tài chính")
    draft = extract(whole, issued=date(2014, 12, 1), number="17526/BTC-TCT")
    assert draft.data["duties"][-1]["text"].startswith("Trên đây là một số nội dung")
    # what follows the summary is read as any paragraph: a standing procedure is no duty
    procedure = text.replace(
        "Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh chỉ đạo Cục Thuế tổ chức thực hiện "
        "khẩn trương, kịp thời.",
        "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Bộ Tài chính.",
    )
    draft = extract(procedure, issued=date(2014, 12, 1), number="17526/BTC-TCT")
    assert [d["text"][:14] for d in draft.data["duties"]] == ["Cục Thuế rà so", "Chi cục Thuế l"]


def test_a_basis_opening_the_first_of_two_dated_clauses_is_cut_off_it() -> None:
    """ "Căn cứ hướng dẫn của Bộ …, Sở Kế hoạch và Đầu tư nghiên cứu … vào tháng 3/2010;
    Uỷ ban nhân dân tỉnh yêu cầu … trước ngày 30/3/2010.": two duties, the first from
    its subject on; the basis names no owner."""
    text = (
        "CHỈ THỊ\n\n"
        "II. Tiến độ xây dựng kế hoạch\n\n"
        "Căn cứ hướng dẫn của Bộ Kế hoạch và Đầu tư, Sở Kế hoạch và Đầu tư nghiên cứu xây "
        "dựng khung hướng dẫn xây dựng kế hoạch vào tháng 3/2010; Uỷ ban nhân dân tỉnh yêu "
        "cầu thủ trưởng các sở, ngành khẩn trương xây dựng kế hoạch, gửi dự thảo báo cáo "
        "trước ngày 30/3/2010.\n"
    )
    draft = extract(text, issued=date(2010, 2, 1), number="05/CT-UBND")
    duties = draft.data["duties"]
    assert [d["text"][:32] for d in duties] == [
        "Sở Kế hoạch và Đầu tư nghiên cứu",
        "Uỷ ban nhân dân tỉnh yêu cầu thủ",
    ]
    assert [d["timing"] for d in duties] == ["vào tháng 3/2010", "trước ngày 30/3/2010"]
    assert [n for n, _ in _owners(draft, duties[0])] == ["Sở Kế hoạch và Đầu tư"]


def test_an_article_leading_into_one_fielded_task_is_no_duty_of_its_own() -> None:
    """ "Điều 2. Điều chỉnh nhiệm vụ … như sau:" over "1. Tên nhiệm vụ: …" and its owner and
    time fields: one duty, the task, with the fields' owner and time; the lead-in is none."""
    text = (
        "NGHỊ QUYẾT\n\n"
        "QUYẾT NGHỊ:\n\n"
        "Điều 1. Ban hành kèm theo Nghị quyết này Phụ lục danh mục các nhiệm vụ bổ sung.\n\n"
        "Điều 2. Điều chỉnh nhiệm vụ tại số thứ tự thứ 5 mục IV của Phụ lục như sau:\n\n"
        "1. Tên nhiệm vụ: Xây dựng Đề án phát triển mạng lưới chuyên gia pháp lý.\n\n"
        "2. Cơ quan chủ trì: Bộ Tư pháp.\n\n"
        "3. Cơ quan phối hợp: Các bộ, ngành.\n\n"
        "4. Kết quả: Quyết định của Thủ tướng Chính phủ phê duyệt Đề án.\n\n"
        "5. Thời gian hoàn thành: Quý IV/2026.\n\n"
        "Điều 3. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.\n"
    )
    draft = extract(text, issued=date(2026, 4, 6), number="97/NQ-CP")
    duties = draft.data["duties"]
    assert len(duties) == 1
    assert "Xây dựng Đề án phát triển mạng lưới" in duties[0]["text"]
    assert duties[0]["timing"] == "Quý IV/2026"
    assert [n for n, _ in _owners(draft, duties[0])][:1] == ["Bộ Tư pháp"]
    # a numbered item's own "… như sau:" is an action, and stays a duty beside its points
    item = (
        "KẾ HOẠCH\n\n"
        "II. NHIỆM VỤ\n\n"
        "1. Xây dựng Đề án phát triển mạng lưới chuyên gia như sau:\n\n"
        "a) Khảo sát nhu cầu của các bộ.\n\n"
        "b) Cơ quan chủ trì: Bộ Tư pháp.\n\n"
        "c) Thời gian hoàn thành: Quý IV/2026.\n"
    )
    draft = extract(item, issued=date(2026, 4, 6), number="9/KH-BTP")
    assert any(d["text"].startswith("Xây dựng Đề án") for d in draft.data["duties"])


_DIRECTIVE_QUOTED = (
    "# Bảo đảm cung ứng điện\n\n"
    "Theo Chỉ thị 01/CT-TTg năm 2025, để chủ động các giải pháp từ sớm, Thủ tướng Chính phủ "
    "chỉ thị yêu cầu Bộ trưởng Bộ Công Thương như sau:\n\n"
    "- Rà soát các quy định về giá điện;\n\n"
    "- Ban hành văn bản hướng dẫn trước ngày 01 tháng 02 năm 2025;\n\n"
    "- Chỉ đạo đẩy nhanh tiến độ các dự án, cụ thể:\n\n"
    "(1) Về các dự án nguồn điện:\n\n"
    "+ Chỉ đạo các địa phương lựa chọn nhà đầu tư.\n\n"
    "+ Tập trung chỉ đạo đầu tư dự án điện.\n\n"
    "(2) Về truyền tải điện:\n\n"
    "+ Chỉ đạo nghiên cứu đầu tư các dự án truyền tải điện.\n"
)


def test_paren_numbers_after_a_bullet_lead_in_are_its_points() -> None:
    """A news page quoting a directive's "- " bullets, one ending "…, cụ thể:" over "(1)",
    "(2)" topic lines: the numbers spell out that bullet, not the text's outline (the
    bullets above them are duties, not a preamble); the office holder the lead-in asks
    ("… yêu cầu Bộ trưởng Bộ X như sau:") owns them, without "như sau"."""
    draft = extract(_DIRECTIVE_QUOTED, issued=date(2025, 1, 3), number="1/CT-TTg")
    texts = [d["text"] for d in draft.data["duties"]]
    assert "Rà soát các quy định về giá điện;" in texts
    assert any(t.startswith("Ban hành văn bản hướng dẫn") for t in texts)
    assert any(t.startswith("Chỉ đạo nghiên cứu đầu tư") for t in texts)
    for d in draft.data["duties"]:
        assert [n for n, _ in _owners(draft, d)] == ["Bộ trưởng Bộ Công Thương"]


def test_second_request_after_bullets_heads_bullets_of_its_own() -> None:
    """After a request's "- " bullets, "Ngoài ra, Thủ tướng còn yêu cầu Chủ tịch …:" over
    bullets is a new lead-in beside them (not a paragraph of the last bullet): its bullets
    are the office holder it asks, and it is not a duty itself."""
    text = _DIRECTIVE_QUOTED + (
        "\nNgoài ra, Thủ tướng còn yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố "
        "trực thuộc trung ương:\n\n"
        "- Khẩn trương triển khai hiệu quả kế hoạch;\n\n"
        "- Chỉ đạo thực hiện tiết kiệm điện.\n"
    )
    draft = extract(text, issued=date(2025, 1, 3), number="1/CT-TTg")
    duties = {d["text"]: d for d in draft.data["duties"]}
    assert not [t for t in duties if t.startswith("Ngoài ra")]
    for t in ("Khẩn trương triển khai hiệu quả kế hoạch;", "Chỉ đạo thực hiện tiết kiệm điện."):
        assert [n for n, _ in _owners(draft, duties[t])] == [
            "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
        ]
    assert [n for n, _ in _owners(draft, duties["Rà soát các quy định về giá điện;"])] == [
        "Bộ trưởng Bộ Công Thương"
    ]


def test_numbered_texts_to_draft_are_one_duty_each_sharing_the_closing_date() -> None:
    """ "Giao Vụ X khẩn trương hoàn thiện dự thảo văn bản: (1) Nghị định …; (2) Nghị định
    … : (i) …; (ii) …. Hoàn thành trước ngày 25/5/2025.": each numbered text is a duty of
    its own, the principles (i), (ii) stay its content, and the closing date holds for
    both texts."""
    text = (
        "THÔNG BÁO\n\n"
        "1. Giao Vụ Pháp chế khẩn trương hoàn thiện dự thảo văn bản: (1) Nghị định về phân "
        "định thẩm quyền của chính quyền địa phương; (2) Nghị định về phân cấp trong quản "
        "lý nhà nước bảo đảm các nguyên tắc sau: (i) Trung ương tập trung quản lý vĩ mô; "
        "(ii) Rà soát, thực hiện phân cấp giữa các ngành. Hoàn thành trước ngày 25/5/2025.\n\n"
        "2. Giao Vụ Tổ chức - Biên chế xây dựng Nghị định trình Chính phủ.\n"
    )
    draft = extract(text, issued=date(2025, 5, 20), number="1/TB-BNV")
    texts = {d["text"][:30]: d for d in draft.data["duties"]}
    first = [d for t, d in texts.items() if t.startswith("Nghị định về phân định")]
    second = [d for t, d in texts.items() if t.startswith("Nghị định về phân cấp")]
    assert len(first) == 1
    assert len(second) == 1
    assert first[0]["windows"] == ["trước ngày 25/5/2025"]
    assert second[0]["windows"] == ["trước ngày 25/5/2025"]
    assert not [d for d in draft.data["duties"] if d["text"].startswith(("Trung ương", "Rà soát"))]
    # A list of a thing's parts under another verb stays in its text.
    parts = text.replace("hoàn thiện dự thảo văn bản:", "rà soát các tiêu chí sau:")
    draft = extract(parts, issued=date(2025, 5, 20), number="1/TB-BNV")
    assert not [d for d in draft.data["duties"] if d["text"].startswith("Nghị định về")]


def test_subjects_after_a_purpose_clause_own_the_lead_in_points() -> None:
    """ "Để toàn dân đồng lòng, …; các sở, ban, ngành, các doanh nghiệp, tổ chức Hội
    triển khai …, tập trung thực hiện các nội dung chủ yếu sau:" over numbered points:
    the bodies named after the ";" own them, "tổ chức Hội" (the associations) among
    them."""
    text = (
        "KẾ HOẠCH\n\n"
        "II. NỘI DUNG\n\n"
        "Để toàn dân đồng lòng, thi đua hành động, thực hiện thắng lợi các nhiệm vụ; các "
        "sở, ban, ngành, các doanh nghiệp, tổ chức Hội triển khai Đợt thi đua với tinh "
        "thần cao, tập trung thi đua thực hiện các nội dung chủ yếu sau:\n\n"
        "1. Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội.\n\n"
        "2. Thi đua xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh.\n"
    )
    draft = extract(text, issued=date(2025, 8, 1), number="1/KH-UBND")
    names = [n for n, _ in _owners(draft, _by_id(draft)["II.2"])]
    assert names == ["các sở, ban, ngành", "các doanh nghiệp", "tổ chức Hội"]
    # Without the purpose clause's subject after ";", nobody is made up.
    bare = text.replace(
        "; các sở, ban, ngành, các doanh nghiệp, tổ chức Hội triển khai", ", triển khai"
    )
    draft = extract(bare, issued=date(2025, 8, 1), number="1/KH-UBND")
    assert _owners(draft, _by_id(draft)["II.2"]) == []
    # "tổ chức Hội nghị" is a meeting to organise, not a body.
    meeting = "KẾ HOẠCH\n\nII. NỘI DUNG\n\n1. Các sở, ban, ngành, tổ chức Hội nghị sơ kết.\n"
    draft = extract(meeting, issued=date(2025, 8, 1), number="1/KH-UBND")
    assert [n for n, _ in _owners(draft, _by_id(draft)["II.1"])] == ["Các sở, ban, ngành"]


def test_an_ordinal_opening_is_read_past_to_the_subject() -> None:
    """ "Thứ hai, các chủ thể có liên quan phải nắm chắc …": the ordinal, then the subject
    right after its comma; "Thứ hai, chủ động phối hợp với …, trình Quốc hội …" names no
    subject (a body after a later comma is not one)."""
    registry = Registry()
    assert _written(
        "Thứ hai, các chủ thể có liên quan phải nắm chắc chủ trương.", "responsible"
    ) == ["các chủ thể có liên quan"]
    assert (
        subject(
            "Thứ hai, chủ động phối hợp để thẩm định 01 Đề án, trình Ủy ban Thường vụ Quốc "
            "hội, Quốc hội thông qua.",
            registry,
        )
        is None
    )


def _spaced_copy(text: str) -> str:
    """``text`` as a web page or pdftotext copies it: an empty line after each paragraph
    (a line of three words or more ending a sentence, before a line not in small letters).
    """
    lines = text.split("\n")
    out: list[str] = []
    for k, line in enumerate(lines):
        out.append(line)
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        s = line.strip()
        if (
            len(s.split()) >= 3
            and s.endswith((".", ";", ":", "*"))
            and nxt
            and nxt != "|"
            and not nxt[:1].islower()
        ):
            out.append("")
    return "\n".join(out)


def _reading(text: str) -> list[tuple[Any, ...]]:
    draft = extract(text, issued=date(2025, 11, 20), number="1/CĐ-TTg")
    return [(d["id"], d["text"], _owners(draft, d), d["windows"]) for d in draft.data["duties"]]


SPACED_OWNER_WRAP = (
    "CÔNG ĐIỆN\n"
    "Thủ tướng Chính phủ yêu cầu các cơ quan thực hiện các nội dung sau đây.\n"
    "1. Bộ Tài chính tổng hợp danh mục các dự án, hoàn thành trước ngày 30/11/2025.\n"
    "2. Bộ Xây dựng hướng dẫn các địa phương tháo gỡ vướng mắc về thủ tục đầu tư.\n"
    "3. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;\n"
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương căn cứ chức năng được\n"
    "giao khẩn trương triển khai các nhiệm vụ nêu trên.\n"
    "4. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này.\n"
    "Nơi nhận:\n"
    "- Như trên;\n"
    "- Lưu: VT, CN.\n"
)

SPACED_TIME_SENTENCE = (
    "CÔNG VĂN\n"
    "Bộ Văn hóa, Thể thao và Du lịch đề nghị các đơn vị thực hiện như sau.\n"
    "**1. Cục Điện ảnh**\n"
    "Phối hợp với Vụ Pháp chế hoàn thiện dự thảo Luật sửa đổi, bổ sung Luật Điện ảnh.\n"
    "**2. Cục Mỹ thuật, Nhiếp ảnh và Triển lãm**\n"
    "Khẩn trương hoàn thiện sửa đổi, bổ sung Nghị định về hoạt động mỹ thuật để thực\n"
    "thi các phương án cắt giảm thủ tục hành chính đã được phê duyệt.\n"
    "Đảm bảo **hoàn thành trong quý I/2026.**\n"
    "**3. Cục Báo chí**\n"
    "Rà soát các văn bản hướng dẫn Luật Báo chí, báo cáo kết quả về Vụ Pháp chế.\n"
    "Các đơn vị báo cáo kết quả thực hiện về Văn phòng Bộ để tổng hợp.\n"
)

SPACED_OPEN_EMPHASIS = (
    "CÔNG VĂN\n"
    "Ban Chỉ đạo đề nghị các bộ, cơ quan thực hiện các nội dung sau đây.\n"
    "1. Các bộ, cơ quan ngang bộ rà soát các nhiệm vụ được giao, báo cáo kết quả.\n"
    "**2. Đối với các nhiệm vụ cần điều chỉnh thẩm quyền giữa các cấp (danh mục gửi\n"
    "kèm), yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng;\n"
    "Khoa học và Công nghệ xây dựng phương án điều chỉnh thẩm quyền**, báo cáo Ban Chỉ\n"
    "đạo *trước ngày 15/12/2025*.\n"
    "3. Bộ Nội vụ tổng hợp kết quả thực hiện, báo cáo Ban Chỉ đạo theo quy định.\n"
    "Các bộ, cơ quan khẩn trương triển khai thực hiện các nội dung nêu trên.\n"
)

SPACED_BAR_CELL = "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n" + _bars(
    ["**STT**", "**Nhiệm vụ**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**", "**Thời gian**"],
    ["1", "Xây dựng hệ thống cảnh báo ô nhiễm không khí",
     "- Xây dựng trung tâm dữ liệu tích hợp các trạm quan trắc.\n"
     "- Phát triển mô hình dự báo chất lượng không khí.\n"
     "- Sản phẩm: hệ thống được vận hành chính thức.", "Bộ Nông nghiệp và Môi trường",
     "Bộ Xây dựng", "Năm 2027"],
    ["2", "Nghiên cứu nguồn gây ô nhiễm bụi mịn", "", "Bộ Y tế", "", "Năm 2026"],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [SPACED_OWNER_WRAP, SPACED_TIME_SENTENCE, SPACED_OPEN_EMPHASIS, SPACED_BAR_CELL],
    ids=["owner-list-wrap", "time-sentence", "open-emphasis", "bar-cell-paragraphs"],
)
def test_a_copy_with_an_empty_line_after_each_paragraph_reads_as_the_text(text: str) -> None:
    """A web page's or pdftotext's copy puts an empty line after every paragraph: it
    says no more than the sentence's mark before it. A subject's list wrapped after ";",
    a sentence giving only the time of the one above, an emphasis run open over a line's
    end, and a bar table's cell of several paragraphs read as in the text without them.
    """
    spaced = _spaced_copy(text)
    assert spaced.count("\n\n") >= 2
    assert _reading(spaced) == _reading(text)


BOLD_BEFORE_BRACKET = (
    "CÔNG VĂN\n"
    "Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau.\n"
    "**1. Ủy ban nhân dân xã:**\n"
    "- Phối hợp với chủ đầu tư chi trả cho các hộ di dời sớm nhất (xong\n"
    "**trước ngày 10/12/2025**); giải quyết dứt điểm các trường hợp còn vướng mắc\n"
    "xong **trước ngày 30/11/2025**.\n"
    "Các vị trí người dân đã đồng thuận phải bàn giao mặt bằng cho chủ đầu tư kịp thời.\n"
    "**2. Sở Tài chính:** bố trí kinh phí bồi thường theo quy định.\n"
)


def test_a_bold_run_closed_before_a_bracket_leaves_no_mark_and_opens_nothing() -> None:
    """ "(**trước ngày 10/12/2025**)" is a bracket around bold text, not a note's "(*"
    or "*)": no star is left in the duty, and no emphasis run stays open to swallow the
    next paragraph, in the text or in a copy with an empty line after each paragraph.
    """
    reading = _reading(BOLD_BEFORE_BRACKET)
    assert not any("*" in text for _, text, _, _ in reading)
    assert any(text.startswith("Các vị trí người dân") for _, text, _, _ in reading)
    assert _reading(_spaced_copy(BOLD_BEFORE_BRACKET)) == reading


def test_a_list_named_as_an_item_keeps_its_time() -> None:
    """ "Chuẩn bị danh sách gồm: Danh sách người dừng tham gia BHYT, BHXH trong năm 2025":
    the time tells which people the list holds, not when it is prepared; a list to be sent
    "trước ngày …" or "lập danh sách … trong tháng 9" keeps its deadline."""
    text = (
        "Chuẩn bị danh sách tiềm năng gồm: Danh sách người dừng tham gia BHYT, BHXH tự "
        "nguyện trong năm 2025; Danh sách người đến hạn phải đóng BHYT."
    )
    spans = find_spans(text, date(2025, 9, 1))
    assert [sp.code for sp in spans] == ["span.name"]
    kept = find_spans("Nhà trường lập danh sách học sinh trong tháng 9/2025.", date(2025, 9, 1))
    assert [sp.code for sp in kept] == [None]
    sent = find_spans("Thành phần: Danh sách học viên gửi trong tháng 10/2025.", date(2025, 9, 1))
    assert [sp.code for sp in sent] == [None]


def test_must_or_organise_after_a_plural_head_begins_the_duty() -> None:
    """ "Các địa phương phải động viên …", "Các địa phương tổ chức họp …": "phải" after a
    plural head, and "tổ chức" after "các địa phương", begin the duty; "các đoàn kiểm tra"
    keeps its kind word."""
    for text in (
        "Các địa phương phải động viên, phát huy tinh thần tự lực.",
        "Các địa phương tổ chức họp phân công rõ trách nhiệm.",
    ):
        assert _written(text, "responsible") == ["Các địa phương"]
    assert _written("Các đoàn kiểm tra phải báo cáo kết quả.", "responsible") == [
        "Các đoàn kiểm tra"
    ]


def test_a_long_request_retold_is_answered_after_its_first_colon() -> None:
    """ "1. Về đề nghị … (a request retold at length): Ủy ban nhân dân tỉnh X cần tiếp tục
    …": the subject after the first colon owns the answer, and "cần" (need) ends its name."""
    request = (
        "Về đề nghị các bộ, ngành quan tâm sớm rà soát, kịp thời ban hành các văn bản hướng "
        "dẫn chi tiết về chuyên môn, nghiệp vụ, chuyên ngành, bảo đảm thống nhất, đồng bộ, "
        "tránh chồng chéo về thẩm quyền; hoàn thiện quy trình pháp lý về đất đai, tài sản "
        "công để cắt giảm quy trình, đẩy nhanh tiến độ, tạo sự linh hoạt trong việc bố trí, "
        "xử lý trụ sở, cơ sở nhà đất dôi dư của địa phương"
    )
    assert len(request) > 320
    text = (
        "THÔNG BÁO\n\nII. VỀ CÁC ĐỀ XUẤT, KIẾN NGHỊ\n\n"
        f"1. {request}: Ủy ban nhân dân tỉnh Hà Giang cần tiếp tục rà soát các nội dung về "
        "phân cấp, phân quyền.\n\n"
        "2. Về đề nghị Bộ Nội vụ tham mưu ban hành cơ chế: Bộ Nội vụ nghiên cứu đề xuất.\n"
    )
    draft = extract(text, issued=date(2025, 8, 1), number="1/TB-VPCP")
    by_id = _by_id(draft)
    assert [n for n, _ in _owners(draft, by_id["II.1"])] == ["Ủy ban nhân dân tỉnh Hà Giang"]
    assert [n for n, _ in _owners(draft, by_id["II.2"])] == ["Bộ Nội vụ"]


def test_sending_someone_ends_the_name() -> None:
    """ "Yêu cầu Sở Tài nguyên và Môi trường cử ngay cán bộ …": "cử" (send) with whom or
    how begins the duty; the bare word folds like "cù", "cư" and is left alone."""
    got = subject("Yêu cầu Sở Tài nguyên và Môi trường cử ngay cán bộ có năng lực.", Registry())
    assert got is not None
    assert [n.written for n in got.responsible] == ["Sở Tài nguyên và Môi trường"]


def test_a_planned_meeting_in_brackets_sets_no_deadline() -> None:
    """ "… hằng ngày báo cáo kết quả (dự kiến họp kiểm điểm vào ngày 19/11/2025)": the day
    of a meeting planned, an aside; "Tổ chức họp kiểm điểm vào ngày …" keeps its day."""
    got = find_spans(
        "Hằng ngày báo cáo kết quả (dự kiến họp kiểm điểm vào ngày 19/11/2025).",
        date(2025, 11, 17),
    )
    assert [sp.code for sp in got if "19/11" in sp.text] == ["span.period"]
    kept = find_spans("Tổ chức họp kiểm điểm vào ngày 19/11/2025.", date(2025, 11, 17))
    assert [sp.code for sp in kept] == [None]


def test_a_label_alone_on_its_line_heads_the_words_after_it() -> None:
    """A copy without the bold that held "**IV.**" and its title together gives "IV." on
    a line, "PHÂN CÔNG NHIỆM VỤ" on the next, and "1." then "Sở Công Thương:": each label
    heads the words after it, as the bold copy reads. A number a wrap put first ("… Quốc
    hội khóa" then "XV.") stays the sentence's."""
    plain = (
        "KẾ HOẠCH\n\nI.\nMỤC TIÊU\n\nBảo đảm đời sống Nhân dân.\n\nII.\nPHÂN CÔNG NHIỆM VỤ\n\n"
        "1.\nSở Công Thương:\n\n- Chủ trì điều phối nguồn hàng hỗ trợ.\n\n"
        "- Báo cáo Ủy ban nhân dân tỉnh trước ngày 30/11/2025.\n\n"
        "2.\nSở Y tế:\n\n- Bảo đảm thuốc men cho Nhân dân, trình Quốc hội khóa\nXV.\n"
    )
    bold = (
        plain.replace("I.\nMỤC TIÊU", "**I.\nMỤC TIÊU**")
        .replace("II.\nPHÂN CÔNG NHIỆM VỤ", "**II.\nPHÂN CÔNG NHIỆM VỤ**")
        .replace("1.\nSở Công Thương:", "**1.\nSở Công Thương:**")
        .replace("2.\nSở Y tế:", "**2.\nSở Y tế:**")
    )
    got = []
    for text in (plain, bold):
        draft = extract(text, issued=date(2025, 11, 1), number="1/KH-UBND")
        by_id = _by_id(draft)
        got.append({k: (d["text"], [n for n, _ in _owners(draft, d)]) for k, d in by_id.items()})
    assert got[0] == got[1]
    assert set(got[0]) == {"II.1.a", "II.1.b", "II.2.a"}
    assert got[0]["II.2.a"][0].endswith("Quốc hội khóa XV.")
    assert got[0]["II.1.a"][1] == ["Sở Công Thương"]


def test_a_bar_table_cell_of_spaces_alone_is_an_empty_cell() -> None:
    """A group's row whose empty cells a copy gives as a line of spaces between two "|"
    lines (the "** **" of a markdown copy with its bold removed) is read as the table
    with empty cells: its rows go on, no blank line ends the table there."""
    spaced = BAR_TABLE.replace("|\n**Thể chế**\n|\n", "|\n**Thể chế**\n|\n \n|\n \n|\n")
    assert spaced != BAR_TABLE
    plain = spaced.replace("**", "").replace("*", "")
    for text in (spaced, plain):
        draft = extract(text, issued=date(2026, 1, 1), number="5/QĐ")
        d = _by_id(draft)
        assert list(d) == ["PLII.I.1", "PLII.I.2", "PLII.II.1"]
        assert d["PLII.I.2"]["windows"] == ["năm 2026"]


def test_a_kind_word_wrapped_under_a_section_title_is_the_title() -> None:
    """ "II. NỘI DUNG" then "KẾ HOẠCH" on the next line (a copy without the bold that
    held them together): the section's title wrapped, not a new document's kind; with a
    blank line between, "KẾ HOẠCH" still opens a part of its own."""
    text = (
        "KẾ HOẠCH\nQuan trắc môi trường\n\nI. MỤC TIÊU\n\nBảo đảm chất lượng nước.\n\n"
        "II. NỘI DUNG\nKẾ HOẠCH\n\n1. Sở Y tế tổ chức kiểm tra an toàn thực phẩm.\n\n"
        "2. Sở Tài chính bố trí kinh phí.\n"
    )
    draft = extract(text, issued=date(2026, 1, 1), number="1/KH-UBND")
    assert list(_by_id(draft)) == ["II.1", "II.2"]
    apart = text.replace("NỘI DUNG\nKẾ", "NỘI DUNG\n\nKẾ")
    assert list(_by_id(extract(apart, issued=date(2026, 1, 1), number="1/KH-UBND"))) == [
        "S.1",
        "S.2",
    ]


def test_a_copy_with_every_word_two_spaces_apart_reads_as_the_original() -> None:
    """A justified PDF's copy may set every word two spaces apart: it reads as the text
    with one space, so a line's gaps are not taken for cells set apart by spaces. A row's
    number two spaces before its cell keeps its gap; a text whose words are mostly one
    space apart is left as it is."""
    from nq42cli.core.layout import Line, pieces

    text = (
        "KẾ HOẠCH\nTriển khai công tác năm 2026\n\nII. NHIỆM VỤ\n\n"
        "1. Sở Y tế chủ trì tổ chức kiểm tra an toàn thực phẩm trước ngày 30/6/2026.\n\n"
        "2. Sở Tài chính bố trí kinh phí thực hiện kế hoạch trong quý III/2026.\n\n"
        "3. Sở Công Thương phối hợp với Sở Y tế kiểm tra thị trường hằng tháng.\n"
    )
    doubled = text.replace(" ", "  ")
    want = extract(text, issued=date(2026, 1, 1), number="1/KH-UBND")
    got = extract(doubled, issued=date(2026, 1, 1), number="1/KH-UBND")
    assert got.duties == want.duties
    assert [d["id"] for d in want.duties] == ["II.1", "II.2", "II.3"]
    rows = "12  Xây  dựng  Đề  án  về  chỉ  số  đánh  giá\n" * 3
    assert [x.raw for x in pieces(rows) if isinstance(x, Line)][:1] == [
        "12  Xây dựng Đề án về chỉ số đánh giá"
    ]
    kept = "Hai  khoảng trắng ở đây.\n"
    assert [x.raw for x in pieces(kept) if isinstance(x, Line)] == ["Hai  khoảng trắng ở đây."]


def test_a_quota_count_sets_no_deadline() -> None:
    """ "phấn đấu vượt chỉ tiêu 2.000 căn trong năm 2025": the year of a quota's count, a
    target; "hoàn thành chỉ tiêu trong năm 2025" with no count keeps its year."""
    got = find_spans(
        "Các huyện phải phấn đấu vượt chỉ tiêu 2.000 căn trong năm 2025.", date(2025, 3, 1)
    )
    assert [sp.code for sp in got] == ["span.target"]
    kept = find_spans("Các huyện hoàn thành chỉ tiêu trong năm 2025.", date(2025, 3, 1))
    assert [sp.code for sp in kept] == [None]


def test_a_session_month_kept_pace_with_sets_no_deadline() -> None:
    """ "bảo đảm kịp tiến độ trình Quốc hội tại Kỳ họp thứ 8 (tháng 5 năm 2026)": the month
    the session meets, a schedule kept pace with; without "kịp tiến độ" the month is read."""
    got = find_spans(
        "Hoàn thiện hồ sơ dự án Luật bảo đảm kịp tiến độ trình Quốc hội tại Kỳ họp thứ 8 "
        "Quốc hội khóa XVI (tháng 5 năm 2026).",
        date(2026, 1, 5),
    )
    assert [sp.code for sp in got if "tháng 5" in sp.text] == ["span.period"]
    kept = find_spans(
        "Trình Quốc hội thông qua tại Kỳ họp thứ 8 (tháng 5 năm 2026).", date(2026, 1, 5)
    )
    assert [sp.code for sp in kept if "tháng 5" in sp.text] == [None]


def test_cases_that_arose_in_a_year_set_no_deadline() -> None:
    """ "Các đơn vị có phát sinh người phải kê khai trong năm 2025 thì thực hiện …": the year
    tells which cases arose, not when the duty is done."""
    got = find_spans(
        "Các đơn vị có phát sinh người phải kê khai trong năm 2025 thì thực hiện bàn giao.",
        date(2025, 12, 2),
    )
    assert [sp.code for sp in got] == ["span.scope"]
    kept = find_spans("Các đơn vị thực hiện bàn giao trong năm 2025.", date(2025, 3, 1))
    assert [sp.code for sp in kept] == [None]


def test_also_need_and_steering_verbs_end_the_name() -> None:
    """ "Bộ Tài chính cũng được giao …" ("cũng", also), "Các địa phương cần …" /
    "… cải cách …" after a plural head, "… điều hành chính sách …": the duty has begun."""
    cases = {
        "Bộ Tài chính cũng được giao xây dựng chính sách thuê nhà.": ["Bộ Tài chính"],
        "Các địa phương cần cập nhật, công bố giá vật liệu.": ["Các địa phương"],
        "Yêu cầu các địa phương cải cách thủ tục hành chính.": ["các địa phương"],
        "Yêu cầu Ngân hàng Nhà nước Việt Nam điều hành chính sách tiền tệ linh hoạt.": [
            "Ngân hàng Nhà nước Việt Nam"
        ],
    }
    for text, want in cases.items():
        got = subject(text, Registry())
        assert got is not None, text
        assert [n.written for n in got.responsible] == want, text


def test_the_social_insurance_acronym_heads_a_name() -> None:
    """ "BHXH tỉnh chỉ đạo …", "BHXH tỉnh căn cứ …": "BHXH" (Bảo hiểm xã hội) heads a body's
    name as "UBND" does."""
    for text in (
        "BHXH tỉnh chỉ đạo BHXH cơ sở lập danh sách.",
        "BHXH tỉnh căn cứ số kinh phí huy động được để quyết định số lượng thẻ.",
    ):
        got = subject(text, Registry())
        assert got is not None, text
        assert [n.written for n in got.responsible] == ["BHXH tỉnh"], text


def test_a_role_aside_after_a_comma_ends_the_name() -> None:
    """ "Bộ Tài chính, với vai trò cơ quan thường trực …, sẽ phối hợp …": the role in an
    aside is not part of the name."""
    got = subject(
        "Bộ Tài chính, với vai trò Cơ quan Thường trực Ban Chỉ đạo, sẽ phối hợp với Văn phòng "
        "Chính phủ đôn đốc, kiểm tra.",
        Registry(),
    )
    assert got is not None
    assert [n.written for n in got.responsible] == ["Bộ Tài chính"]


def test_roman_points_under_a_schedule_heading_are_dated_duties() -> None:
    """ "(1) Nhiệm vụ chủ yếu" then "(i) …", "(ii) …" and "(2) Tiến độ thực hiện" then "(i)
    … trong tháng 5 năm 2025.", …, "(xii) …": each roman point is a duty with its own time,
    never the heading's whole schedule; a lead-in pointing to an appendix ("… nhiệm vụ của
    các bộ, ngành, địa phương tại Phụ lục II, … như sau:") gives the points no owner."""
    romans = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
    steps = "\n\n".join(
        f"({r}) Thực hiện bước công việc thứ {k} của dự án trong tháng {k} năm 2026."
        for k, r in enumerate(romans, 1)
    )
    text = (
        "Nhiệm vụ của các bộ, ngành, địa phương tại Phụ lục II, trong đó gồm một số nội "
        "dung chính như sau:\n\n*(1) Nhiệm vụ chủ yếu*\n\n"
        "(i) Bộ Xây dựng trình Thủ tướng Chính phủ phê duyệt dự án.\n\n"
        "(ii) Bộ Tài chính bố trí vốn cho dự án.\n\n"
        f"*(2) Tiến độ thực hiện*\n\n{steps}\n"
    )
    draft = extract(text, issued=date(2026, 1, 5), number="1/NQ-CP")
    by_text = {d["text"][:40]: d for d in draft.duties}
    assert len(draft.duties) == 14
    first = by_text["Bộ Xây dựng trình Thủ tướng Chính phủ ph"]
    assert [n for n, _ in _owners(draft, first)] == ["Bộ Xây dựng"]
    assert first["timing"] is None
    fifth = next(d for d in draft.duties if "thứ 5 " in d["text"])
    assert fifth["timing"] == "trong tháng 5 năm 2026"
    assert fifth["owners"] == []
    last = next(d for d in draft.duties if "thứ 12 " in d["text"])
    assert last["timing"] == "trong tháng 12 năm 2026"


NOTICE_SCHEDULE = """\
(1) Đánh giá cao sự nỗ lực của Bộ Xây dựng trong việc chuẩn bị báo cáo.

(2) Theo Chương trình, Quốc hội sẽ khai mạc kỳ họp bất thường lần thứ 9 vào ngày 12 tháng 02 \
năm 2026.

Phó Thủ tướng đồng ý với ý kiến của Bộ Tư pháp về việc trình Quốc hội theo thủ tục rút gọn.

(3) Bộ Xây dựng chủ trì, phối hợp với Bộ Tài chính hoàn thiện dự thảo Nghị quyết (Bộ Xây dựng \
thành lập Tổ công tác, chia thành 02 nhóm, gồm:

- Nhóm rà soát các cơ chế chung;

- Nhóm rà soát các cơ chế riêng).

(4) Về tiến độ trình:

Giao Bộ trưởng Bộ Xây dựng thừa ủy quyền của Thủ tướng Chính phủ trong ngày 21 tháng 01 năm \
2026 có văn bản đăng ký nội dung trình Quốc hội vào kỳ họp bất thường lần thứ 9 (đầu tháng 2 \
năm 2026).

Bộ Tư pháp hoàn thành thẩm định hồ sơ trong ngày 24 tháng 01 năm 2026.

Bộ Xây dựng thay mặt Chính phủ hoàn thiện hồ sơ, trình Chính phủ trong ngày 25 tháng 01 năm 2026.

*Trụ sở Quốc hội (Hình từ Internet)*
"""


def test_a_notice_schedule_of_submissions() -> None:
    """A notice as an article quotes it: a session opening as scheduled sets no task; bullets
    inside a bracket the item opens are its content; "Về tiến độ trình:" over paragraphs that
    each name who acts (and a picture caption) is a duty each; "thay mặt …", "thừa ủy quyền
    …" end the name; the session's time in brackets beside the duty's own day is no
    deadline."""
    draft = extract(NOTICE_SCHEDULE, issued=date(2026, 1, 21), number="1/TB-VPCP")
    texts = [d["text"] for d in draft.duties]
    assert not any("khai mạc" in t for t in texts)
    assert not any(t.startswith("Nhóm") for t in texts)
    assert not any("Hình từ Internet" in t for t in texts)
    item3 = next(d for d in draft.duties if d["text"].startswith("Bộ Xây dựng chủ trì"))
    assert "Nhóm rà soát các cơ chế riêng" in item3["text"]
    steps = [d for d in draft.duties if d["id"].startswith("S.4.")]
    assert [d["timing"] for d in steps] == [
        "trong ngày 21 tháng 01 năm 2026",
        "trong ngày 24 tháng 01 năm 2026",
        "trong ngày 25 tháng 01 năm 2026",
    ]
    assert [[n for n, _ in _owners(draft, d)] for d in steps] == [
        ["Bộ trưởng Bộ Xây dựng"],
        ["Bộ Tư pháp"],
        ["Bộ Xây dựng"],
    ]


def test_a_session_time_in_brackets_alone_is_the_submission_time() -> None:
    """ "Trình Ủy ban Thường vụ Quốc hội tại Phiên họp thứ 42 (tháng 02/2026)": with no
    day of its own, the session's month is the duty's time."""
    got = find_spans(
        "Trình Ủy ban Thường vụ Quốc hội tại Phiên họp thứ 42 (tháng 02/2026).", date(2026, 1, 5)
    )
    assert [sp.code for sp in got] == [None]


def test_a_long_heading_a_wrap_cut_goes_on_in_figures() -> None:
    """A markdown heading is one line, but an e-mail's or a saved page's wrap at 80
    columns cuts a long one: the piece that opens in small letters or figures ("đến năm
    2050") is the heading's end, not a paragraph of its own (a duty, with 2050 its
    deadline).
    """
    import textwrap

    from nq42cli.core.layout import Line, pieces

    heading = (
        "## Kế hoạch lập Điều chỉnh Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030,"
        " tầm nhìn đến năm 2050"
    )
    para = (
        "Ngày 28/10/2025, UBND tỉnh ban hành kế hoạch lập điều chỉnh quy hoạch tỉnh, giao các"
        " sở, ngành thực hiện các nhiệm vụ sau đây, bảo đảm đúng tiến độ, chất lượng theo quy"
        " định hiện hành; các sở chủ động phối hợp, báo cáo kết quả về Sở Tài chính để tổng hợp."
    )
    wrapped = "\n".join([*textwrap.wrap(heading, 80), "", *textwrap.wrap(para, 80)])
    assert wrapped.split("\n")[1] == "đến năm 2050"
    lines = [x for x in pieces(wrapped) if isinstance(x, Line)]
    assert (lines[0].text, lines[0].heading) == (heading.lstrip("# "), 2)


NEWS_RETELLING = """\
Căn cứ vào Mục II Thông báo số 1/TB-VPCP có nội dung như sau:

II. Các giải pháp cụ thể

1. Bộ Xây dựng rà soát các quy định hiện hành để triển khai ngay các tuyến đường kết nối.

2. Giao Ủy ban nhân dân tỉnh Đồng Nai nghiên cứu ngay tuyến đường sắt kết nối. Báo cáo Thủ \
tướng Chính phủ xin chủ trương trong tháng 8 năm 2025.

3. Bộ Tài chính hướng dẫn thủ tục thanh toán vốn cho các dự án.

[...]

Cụ thể, giao Ủy ban nhân dân tỉnh Đồng Nai nghiên cứu ngay tuyến đường sắt kết nối.

Báo cáo Thủ tướng Chính phủ xin chủ trương trong tháng 08/2025.
"""


def test_a_news_page_repeating_a_quoted_sentence_sets_no_deadline() -> None:
    """An unnumbered paragraph after the quoted items that repeats a sentence of one of
    them, its date written another way, is the article's retelling: no duty, no deadline."""
    draft = extract(NEWS_RETELLING, issued=date(2025, 8, 12), number="1/TB-VPCP")
    dated = [d for d in draft.duties if d["timing"]]
    assert [d["id"] for d in dated] == ["II.2"]
    assert not any(d["text"].startswith("Báo cáo") for d in draft.duties)


TELEGRAM_ITALIC_COMMA = """\
Theo Công điện 12/CĐ-TTg 2025*, *Thủ tướng Chính phủ yêu cầu như sau:

**(1) Bộ Văn hóa, Thể thao và Du lịch:**

- Chủ trì, phối hợp với các bộ, ngành rà soát kỹ các điều kiện cần thiết.

- Chủ trì tổng hợp nhu cầu kinh phí, gửi Bộ Tài chính trước ngày 10 tháng 9 năm 2025.

**(2) Bộ Tài chính** chủ trì, phối hợp với Bộ Văn hóa, Thể thao và Du lịch rà soát kinh phí.

**(3) Bộ Công an, Bộ Y tế **theo chức năng, nhiệm vụ được giao bảo đảm an ninh, trật tự.
"""


def test_a_comma_in_italics_opens_no_emphasis() -> None:
    """ "… 2025*, *Thủ tướng …": a run of emphasis holding no word opens and closes on
    its line; the bold "(1) …", "(2) …" items under the lead-in are read as items."""
    draft = extract(TELEGRAM_ITALIC_COMMA, issued=date(2025, 9, 2), number="12/CĐ-TTg")
    assert [d["id"] for d in draft.duties] == ["S.1.a", "S.1.b", "S.2", "S.3"]
    assert next(n for n, _ in _owners(draft, draft.duties[2])) == "Bộ Tài chính"


CONNECTIVE_BULLET = """\
Thủ tướng Chính phủ yêu cầu:

**(1) Bộ trưởng Bộ Xây dựng:**

- Đẩy mạnh truyền thông, công khai thông tin về thị trường bất động sản;

- Đồng thời, tăng cường kiểm soát các kênh thông tin không chính xác có thể gây tác động \
tiêu cực đến tâm lý nhân dân, nhà đầu tư, khách hàng và thị trường.

**(2) Văn phòng Chính phủ **

Theo chức năng nhiệm vụ đôn đốc các bộ, cơ quan, địa phương thực hiện nhiệm vụ được giao.
"""


def test_a_connective_before_the_verb_names_no_subject() -> None:
    """ "Đồng thời, tăng cường … tâm lý nhân dân, nhà đầu tư …": the connective leads into
    the verb; the names later in the sentence are not its subject (the heading owns it)."""
    draft = extract(CONNECTIVE_BULLET, issued=date(2025, 1, 15), number="3/CĐ-TTg")
    second = next(d for d in draft.duties if d["text"].startswith("Đồng thời"))
    assert [n for n, _ in _owners(draft, second)] == ["Bộ trưởng Bộ Xây dựng"]


UNDATED_DISPATCH = """CÔNG ĐIỆN

THỦ TƯỚNG CHÍNH PHỦ điện:

Trong 9 tháng năm 2024, kinh tế ổn định; tăng trưởng cao hơn năm 2023.
Thủ tướng Chính phủ yêu cầu các Bộ tập trung thực hiện các nhiệm vụ sau:

1. Bộ Tài chính hoàn thành đề án trong tháng 12 năm 2024.

2. Bộ Tài chính, Bộ Công Thương, Ngân hàng Nhà nước
Việt Nam: lập kế hoạch thu mua linh hoạt trong những tháng cuối năm; tăng cường
liên kết vùng nguyên liệu.

3. Bộ Xây dựng, Bộ Công an: rà soát quy chuẩn an toàn.
"""


def test_an_undated_text_sets_no_deadline_for_a_yearless_time() -> None:
    """With no date in the text, "trong những tháng cuối năm" is no deadline (never the
    stand-in's year 2000; the text names two years, so no one year is its); a time with
    its year is read as usual."""
    draft = extract(UNDATED_DISPATCH)
    item2 = next(d for d in draft.duties if "thu mua" in d["text"])
    assert item2["windows"] == ["không thời hạn"]
    assert "no deadline read" in item2["review"]
    item1 = next(d for d in draft.duties if "đề án" in d["text"])
    assert item1["windows"] == ["trong tháng 12/2024"] or "2024" in item1["windows"][0]


def test_a_long_owner_list_before_a_colon_is_not_the_duty_text() -> None:
    """ "2. Bộ Tài chính, Bộ Công Thương, Ngân hàng Nhà nước Việt Nam: lập kế hoạch …": two or more
    owners filling the opening words are the owners; the task after the colon is the text.
    A short pair of names before a colon stays in the text."""
    draft = extract(UNDATED_DISPATCH)
    item2 = next(d for d in draft.duties if "thu mua" in d["text"])
    assert item2["text"].startswith("lập kế hoạch thu mua")
    assert len(item2["owners"]) >= 2
    item3 = next(d for d in draft.duties if "quy chuẩn" in d["text"])
    assert item3["text"].startswith("Bộ Xây dựng, Bộ Công an:")


def _unwrapped(text: str) -> str:
    """A Word copy of a hard-wrapped text: a line going on in lowercase (not a point's
    letter "a) ") is joined to the line above."""
    return re.sub(
        r"(?<=[^\s|])[ \t]*\n(?![ \t]*[a-zđ][).] )(?=[ \t]*[a-zđ\u00e0-\u1ef9])",
        " ",
        text,
    )


def _duty_rows(draft: Draft) -> list[tuple[str, str, list[tuple[str, str]], Any]]:
    return [(d["id"], d["text"], _owners(draft, d), d["timing"]) for d in draft.duties]


def _reads_alike_unwrapped(text: str, issued: date, number: str) -> Draft:
    joined = _unwrapped(text)
    assert joined != text
    draft = extract(text, issued=issued, number=number)
    assert _duty_rows(extract(joined, issued=issued, number=number)) == _duty_rows(draft)
    return draft


RESOLUTION_THEN_PROGRAM = """\
CHÍNH PHỦ
Số: 7/NQ-CP

NGHỊ QUYẾT
Ban hành Chương trình hành động của Chính phủ
thực hiện Kết luận số 12-KL/TW ngày 02 tháng 3 năm 2026

Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính
phủ thực hiện Kết luận số 12-KL/TW.
Điều 2. Các bộ, cơ quan ngang bộ chịu trách nhiệm thi hành Nghị quyết này./.

CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ
thực hiện Kết luận số 12-KL/TW ngày 02 tháng 3 năm 2026 của Bộ Chính trị
về phát triển kinh tế biển

I. NHIỆM VỤ CỤ THỂ
1. Bộ Nông nghiệp và Môi trường chủ trì xây dựng Đề án phát triển kinh tế
biển bền vững, hoàn thành trong Quý III năm 2026.
2. Bộ Tài chính bố trí kinh phí thực hiện Chương trình hành động.
"""


def test_a_kind_title_run_on_with_the_line_under_it_still_opens_the_part() -> None:
    """ "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ thực hiện Kết luận số …" (a copy that
    joined the title's wrapped lines): the capitals open the program after a resolution
    closed by "./.", as the title alone on its line does."""
    draft = _reads_alike_unwrapped(RESOLUTION_THEN_PROGRAM, date(2026, 4, 6), "7/NQ-CP")
    assert len(draft.duties) == 2


def _gazette_pages() -> str:
    items = [
        f"{k}. Bộ Xây dựng chủ trì, phối hợp với các bộ, ngành và địa phương rà soát, "
        "hoàn thiện các quy định về quản lý chất lượng công trình, bảo đảm thống nhất "
        "giữa các văn bản quy phạm pháp luật, đơn giản hóa thủ tục hành chính, tăng "
        "cường phân cấp, phân quyền cho chính quyền địa phương, nâng cao hiệu lực, hiệu "
        "quả quản lý nhà nước trong lĩnh vực xây dựng, báo cáo Thủ tướng Chính phủ kết "
        "quả thực hiện trong tháng 12 năm 2026 và đề xuất các giải pháp tiếp theo."
        for k in range(1, 7)
    ]
    lines = ["KẾ HOẠCH", "Thực hiện Nghị quyết số 5/NQ-CP", "", "I. NHIỆM VỤ"]
    for item in items:
        lines += textwrap.wrap(item, 60)
    out, page = [], 40
    for k, line in enumerate(lines):
        if k and k % 14 == 0:
            out += ["", "CÔNG BÁO/Số 302/Ngày 02-06-2026", str(page), " ", " "]
            page += 1
        out.append(line)
    return "\n".join(out) + "\n"


def test_the_gazette_header_over_pages_that_hold_few_long_lines() -> None:
    """A page's length counts in characters too: a copy that joined each paragraph's
    wrapped lines prints a page as a line or two, and the Gazette's running header between
    them is still the page's, not the item's words."""
    text = _gazette_pages()
    draft = _reads_alike_unwrapped(text, date(2026, 6, 2), "9/KH-BXD")
    assert len(draft.duties) == 6
    assert not any("CÔNG BÁO" in d["text"] for d in draft.duties)


EMPHASIS_LEFT_OPEN = """\
**1. Về phân cấp, phân quyền**
*1.1. Đối với 30 nhiệm vụ cần ban hành văn bản hướng dẫn** (danh mục kèm theo),* các
bộ, cơ quan ngang bộ khẩn trương rà soát, ban hành các văn bản hướng dẫn tổ chức thực
hiện. *Thời hạn hoàn thành chậm nhất ngày 25/12/2025.*
*1.2. Đối với 10 nhiệm vụ cần điều chỉnh** (danh mục kèm theo),* yêu cầu các Bộ: Xây dựng;
Khoa học và Công nghệ xây dựng phương án điều chỉnh thẩm quyền, báo cáo Ban Chỉ đạo
*trước ngày 15/12/2025*.
*1.3.* Các bộ, cơ quan ngang bộ rà soát các quy định pháp luật chuyên ngành.
"""


def test_an_emphasis_run_left_open_stops_at_an_item_opening_a_run_of_its_own() -> None:
    """ "*1.1. … hướng dẫn** (…),* các bộ …" leaves a run open (its marks do not pair); the
    join it asks for stops at "*1.2. …", a line opening a run of its own over an item's
    label: the item is not swallowed, however long the line above."""
    draft = _reads_alike_unwrapped(EMPHASIS_LEFT_OPEN, date(2025, 12, 1), "174/CV-BCĐ")
    assert [d["id"] for d in draft.duties] == ["S.1.1", "S.1.2", "S.1.3"]


def test_a_season_every_year_is_a_recurrence_not_a_dated_span() -> None:
    """ "Từ tháng 3 đến tháng 11 hằng năm" is a season that comes round every year: one
    yearly reading due at the season's end, never the end of one year's November, with or
    without the document's date."""
    for issued in (None, date(2025, 6, 1)):
        got = read_phrase("Từ tháng 3 đến tháng 11 hằng năm", issued)
        assert len(got) == 1
        w = got[0].window
        assert w.kind is WindowKind.RECURRING
        assert (w.start, w.end, w.anchor) == (None, None, (11, 30))
    text = """KẾ HOẠCH
I. NHIỆM VỤ
1. Quan trắc môi trường vùng nuôi cá nước ngọt
a) Thời gian thực hiện: Từ tháng 3 đến tháng 11 hằng năm.
b) Sở Nông nghiệp và Môi trường tổ chức lấy mẫu, phân tích, thông báo kết quả.
"""
    draft = extract(text, issued=date(2025, 6, 1), number="9/KH-UBND")
    for d in draft.duties:
        for t in d.get("windows") or []:
            assert parse_window(t).kind is not WindowKind.DEADLINE, (d["id"], t)


def test_a_yearless_day_next_to_a_yearly_one_recurs_with_it() -> None:
    """ "trước ngày 18/5; trước ngày 30/11 hàng năm": "hàng năm" after the second day
    covers the first, as in "trước ngày 01/6 và 15/11 hằng năm"; neither is a date."""
    got = read_phrase("trước ngày 18/5; trước ngày 30/11 hàng năm", date(2025, 6, 1))
    assert [r.window.kind for r in got] == [WindowKind.RECURRING] * 2
    assert [r.window.anchor for r in got] == [(5, 17), (11, 29)]
    # A dated day before a yearly one keeps its date.
    got = read_phrase("trước ngày 18/5/2026; trước ngày 30/11 hàng năm", date(2025, 6, 1))
    assert [r.window.kind for r in got] == [WindowKind.DEADLINE, WindowKind.RECURRING]


def test_a_bar_table_goes_on_through_rows_labelled_by_a_letter_or_a_dash() -> None:
    """A cost table between lines of '|' lists, under a numbered row, rows labelled "a" or
    "-" (the parameters measured, with their counts and prices): they are rows of the
    table, not words after it, and none of their cells is drafted as a duty."""
    text = "PHỤ LỤC II\nDỰ TOÁN KINH PHÍ QUAN TRẮC\n" + _bars(
        ["**TT**", "**Chỉ tiêu**", "**Tần suất**", "**Số điểm**", "**Đơn giá**", "**Thành tiền**"],
        ["**I**", "**Quan trắc môi trường**", "**1.364.329**"],
        ["**1**", "**Mẫu nước nguồn cấp**", "**356.104**"],
        ["**a**", "**Các chỉ tiêu thủy lý**", "**257.625**"],
        ["*-*", "*Nhiệt độ nước*", "*2*", "*6*", "*95.614*", "*10.326.312*"],
        ["*-*", "*Oxy hòa tan (DO)*", "*2*", "*6*", "*109.451*", "*11.820.708*"],
        ["**1.2**", "**Mẫu nước trong ao nuôi**", "**72.313**"],
        ["*-*", "*Nhiệt độ nước*", "*2*", "*6*", "*95.614*", "*10.326.312*"],
        ["-", "Coliform", "2", "6", "98.521", "3.546.756"],
        ["**2**", "**Quan trắc đột xuất**", "**53.290**"],
    )  # fmt: skip
    draft = extract(text, issued=date(2025, 11, 25), number="9/KH-UBND")
    assert draft.duties == []
    assert draft.coverage.tables[0]["form"] == "bars"


def test_a_closing_line_and_a_count_after_its_label_are_no_duties() -> None:
    """ "Trên đây là Kế hoạch …" ends the plan, and "Số lượng: 5.000 cuốn." or "Thuê dịch
    vụ tin nhắn: 50.000.000 đồng/năm." give a count or a sum after its label: none is a
    duty. An owner's label before a task with a number stays a duty."""
    text = """KẾ HOẠCH
I. NHIỆM VỤ
1. Biên soạn tài liệu hướng dẫn kỹ thuật nuôi tôm
a) Sở Nông nghiệp và Môi trường biên soạn, in tài liệu cấp phát cho cán bộ cấp xã.
b) Số lượng: 5.000 cuốn.
c) Sở Y tế: tổ chức 02 lớp tập huấn cho cán bộ cấp xã.
2. Kinh phí
a) Thuê dịch vụ tin nhắn: 50.000.000 đồng/năm.
b) Hội nghị tuyên truyền: 02 hội nghị/năm × 50 đại biểu/hội nghị.
Trên đây là Kế hoạch biên soạn tài liệu hướng dẫn kỹ thuật nuôi tôm năm 2026 của tỉnh.
"""
    draft = extract(text, issued=date(2025, 11, 25), number="9/KH-UBND")
    texts = " ".join(d["text"] for d in draft.duties)
    assert "I.1.c" in [d["id"] for d in draft.duties]
    for gone in ("Số lượng", "Thuê dịch vụ", "Hội nghị tuyên truyền", "Trên đây"):
        assert gone not in texts


def test_a_page_summary_then_the_signed_text_reads_the_signed_text() -> None:
    """A legal library's page: an editor's summary restating the items as bullets,
    "Xem chi tiết tại Công điện …", then the signed text (issuer, national motto, numbered
    items). The signed text's items are the duties, not the summary's bullets alone."""
    text = """Bộ Xây dựng yêu cầu ứng phó mưa lũ
- Quán triệt chỉ đạo của Thủ tướng Chính phủ.
- Cục Đường bộ Việt Nam
+ Tổ chức phân luồng từ xa.
Xem chi tiết tại Công điện 9/CĐ-BXD ngày 22/11/2025.
BỘ XÂY DỰNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 9/CĐ-BXD
Bộ Xây dựng yêu cầu các cơ quan, đơn vị:
1. Quán triệt chỉ đạo của Thủ tướng Chính phủ.
2. Cục Đường bộ Việt Nam
- Tổ chức phân luồng từ xa.
3. Cục Kinh tế - Quản lý đầu tư xây dựng
- Kiểm tra, rà soát toàn bộ các công trường đang thi công.
"""
    # A plain copy breaks the motto after "XÃ HỘI".
    broken = text.replace("XÃ HỘI CHỦ NGHĨA", "XÃ HỘI\nCHỦ NGHĨA")
    for copy in (text, broken):
        draft = extract(copy, issued=date(2025, 11, 22), number="9/CĐ-BXD")
        texts = [d["text"] for d in draft.duties]
        assert any(t.startswith("Kiểm tra, rà soát toàn bộ các công trường") for t in texts)


def test_a_whole_collective_then_its_verb_ends_the_name() -> None:
    """ "các cơ quan rà soát lại …", "các địa phương lồng ghép …", "Các đơn vị tổ chức
    trực ban …": after a whole collective noun the verb begins the duty."""
    text = """KẾ HOẠCH
I. NHIỆM VỤ
1. Các cơ quan rà soát lại các chính sách liên quan tiếp cận vốn.
2. Các địa phương lồng ghép các chương trình mục tiêu quốc gia.
3. Các đơn vị tổ chức trực ban và thực hiện nghiêm túc chế độ báo cáo.
"""
    draft = extract(text, issued=date(2025, 6, 1), number="9/KH-UBND")
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    got = [names[r["owner"]] for d in draft.duties for r in d["owners"]]
    assert got == ["Các cơ quan", "Các địa phương", "Các đơn vị"]


def test_an_owner_heading_lists_local_associations_and_a_promotion_centre() -> None:
    """ "Đoàn TNCS Hồ Chí Minh tỉnh, Hội nông dân tỉnh, Hiệp hội doanh nghiệp tỉnh" are
    three owners; "Trung tâm Xúc tiến đầu tư, thương mại và du lịch" is one body (its
    "đầu tư" is what it promotes); "NHNN hướng dẫn …" names the bank."""
    text = """KẾ HOẠCH
I. NHIỆM VỤ
1. Trung tâm Xúc tiến đầu tư, thương mại và du lịch
- Tổ chức các chương trình hội chợ thương mại.
2. Đoàn TNCS Hồ Chí Minh tỉnh, Hội nông dân tỉnh, Hiệp hội doanh nghiệp tỉnh
- Đẩy mạnh tập huấn mô hình sản xuất tiên tiến.
3. NHNN hướng dẫn về điều kiện vay vốn mua nhà ở xã hội.
"""
    draft = extract(text, issued=date(2025, 6, 1), number="9/KH-UBND")
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    got = [[names[r["owner"]] for r in d["owners"]] for d in draft.duties]
    assert got == [
        ["Trung tâm Xúc tiến đầu tư, thương mại và du lịch"],
        ["Đoàn TNCS Hồ Chí Minh tỉnh", "Hội nông dân tỉnh", "Hiệp hội doanh nghiệp tỉnh"],
        ["NHNN"],
    ]


ROADMAP_YEARS = """KẾ HOẠCH
I. MỤC TIÊU
Nâng cao chất lượng dịch vụ.
H. NHIỆM VỤ
- Rà soát quy trình hỗ trợ.
HI. LỘ TRÌNH THỰC HIỆN
1. Giai đoạn đầu
a) Nam 2023
_ 7 Xây dựng khung dữ liệu hỗ trợ.
- Ban hành quy chế cập nhật thông tin.
b) Năm 2024

- Mở rộng dịch vụ giải đáp trực tuyến.

--- PAGE BREAK ---

5

__¬ Hoàn thiện bộ tiêu chí đánh giá.
"""


def test_a_roadmap_year_heading_without_colon_dates_its_points() -> None:
    """ "b) Năm 2024" (or its OCR "Nam 2023") over "-" points, no colon: the points are due
    at that year's end; a page's number among them is no duty. An OCR dash ("_ 7 ",
    "__¬ ") opens a point, and "HI." after "H." (OCR of "II.") is "III."."""
    draft = extract(ROADMAP_YEARS, issued=date(2023, 1, 5), number="1/KH-BTC")
    d = {x["id"]: x for x in draft.duties}
    for k, year in (("a.1", 2023), ("a.2", 2023), ("b.1", 2024)):
        assert [w.lower() for w in d[f"III.1.{k}"]["windows"]] == [f"năm {year}"]
    marked = next(x for x in draft.duties if "Hoàn thiện" in x["text"])
    assert [w.lower() for w in marked["windows"]] == ["năm 2024"]
    assert not any(x["text"] == "5" for x in draft.duties)
    assert d["II.a"]["text"].startswith("Rà soát")


def test_a_span_of_years_alone_on_a_line_is_no_duty() -> None:
    """ "2021-2025" on its own line (an OCR'd table's time cell cut from its row) is no
    duty and gives no deadline."""
    text = """KẾ HOẠCH
I. NHIỆM VỤ
Xây dựng hệ thống một cửa điện tử.
2021-2025
Tổng cục Thuế (Cục CNTT)
"""
    draft = extract(text, issued=date(2022, 11, 22), number="1/KH-BTC")
    assert not any(x["text"].strip() == "2021-2025" for x in draft.duties)


BARE_OWNER_LEAD_IN = """\
CÔNG ĐIỆN
Thủ tướng Chính phủ yêu cầu:

1. Bộ Xây dựng chủ trì, phối hợp với các bộ, cơ quan liên quan

a) Rà soát quy định về quản lý vật liệu xây dựng.

b) Tổng kết việc thực hiện đề án nhà ở.

2. Bộ Nội vụ phối hợp với các bộ, cơ quan liên quan nghiên cứu, đề xuất chính sách tiền lương.
"""


def test_an_item_naming_only_its_owners_without_a_colon_leads_into_its_points() -> None:
    """ "1. Bộ X chủ trì, phối hợp với các bộ, cơ quan liên quan" printed with no colon over
    "a) …", "b) …": nothing follows the owners, so the points are the lead's duties (the
    partners coordinate)."""
    draft = extract(BARE_OWNER_LEAD_IN, issued=date(2024, 11, 25), number="9/CĐ-TTg")
    got = _by_id(draft)
    for i in ("S.1.a", "S.1.b"):
        assert _owners(draft, got[i])[0] == ("Bộ Xây dựng", "lead"), i
        assert ("các bộ, cơ quan liên quan", "partner") in _owners(draft, got[i])
    assert _owners(draft, got["S.2"])[0] == ("Bộ Nội vụ", "lead")


def test_the_departments_of_a_directorate_by_name_are_owners() -> None:
    """ "các Cục Thuế", "các Chi cục Thuế" are bodies ("các Cục" plus their name); "các
    Cục: X, Y" is a list naming each, not one body "các Cục"."""
    registry = Registry()
    assert _written(
        "Đề nghị các Cục Thuế tổ chức thực hiện một số công việc sau:", "responsible"
    ) == ["các Cục Thuế"]
    assert _written("Các Chi cục Thuế rà soát hồ sơ hoàn thuế.", "responsible") == [
        "Các Chi cục Thuế"
    ]
    got = subject("Các Cục: Di sản văn hóa, Điện ảnh thực hiện.", registry)
    assert got is None or [n.written for n in got.responsible] != ["Các Cục"]


REQUESTED_DEPARTMENTS = """\
Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.

Thực hiện Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ, Tổng cục Thuế đề nghị
các Cục Thuế tổ chức thực hiện một số công việc sau:
1. Tăng cường kiểm tra hoàn thuế giá trị gia tăng.
2. Tăng cường công tác kiểm tra thuế trong lĩnh vực hóa đơn:
- Các Cục Thuế thực hiện triển khai áp dụng bộ chỉ số tiêu chí đánh giá rủi ro về hóa đơn.
3. Rà soát hồ sơ khai thuế của doanh nghiệp bất động sản.
"""


def test_a_bullet_restating_the_requested_owner_spells_out_its_lead_in() -> None:
    """A request to "các Cục Thuế" owns the list; "2. Tăng cường …:" with one bullet "- Các
    Cục Thuế thực hiện …" (the owner the item already has) is one duty, not a lead-in
    whose bullet names an owner of its own."""
    draft = extract(REQUESTED_DEPARTMENTS, issued=date(2023, 3, 1), number="9/TCT-TTKT")
    got = _by_id(draft)
    assert sorted(got) == ["S.1", "S.2", "S.3"]
    for d in got.values():
        assert [(n.lower(), r) for n, r in _owners(draft, d)] == [
            ("các cục thuế", "responsible")
        ], d["id"]
    assert "bộ chỉ số" in got["S.2"]["text"]


QUOTED_TOPIC_ASSIGNED = """\
THÔNG BÁO
2. Phân công thực hiện:
2.1. Giao Cục thuế DNL chủ trì, phối hợp với các Vụ, đơn vị có liên quan triển khai thực hiện.
2.2. Đối với nội dung phối hợp tại điểm 2 Mục III Bản Thỏa thuận: “Phối hợp hướng dẫn
chuyển đổi số ngành tài chính.” - giao Cục CNTT chủ trì, phối hợp với các Vụ, đơn vị có
liên quan triển khai thực hiện.
2.3. Đối với nội dung phối hợp tại điểm 4 Mục III Bản Thỏa thuận: “Phối hợp tuyên truyền
chính sách thuế ` - giao Văn phòng chủ trì, phối hợp với Tạp chí thuế triển khai thực hiện.
"""


def test_an_assignment_after_a_quoted_topic_names_its_lead() -> None:
    """ "Đối với nội dung …: “Phối hợp …” - giao X chủ trì …": the quoted words are the
    topic, the assignment after them names the lead (an OCR's "`" closes a quote too);
    "Cục thuế DNL" (a word in lower case, then its acronym) and "Văn phòng" before "chủ
    trì" (the issuer's own Office) are bodies."""
    draft = extract(QUOTED_TOPIC_ASSIGNED, issued=date(2022, 1, 10), number="8/TB-TCT")
    got = _by_id(draft)
    assert _owners(draft, got["S.2.1"])[0] == ("Cục thuế DNL", "lead")
    assert _owners(draft, got["S.2.2"])[0] == ("Cục CNTT", "lead")
    assert _owners(draft, got["S.2.3"])[0] == ("Văn phòng", "lead")


ACTION_THEN_LEAD_IN = """\
NGHỊ QUYẾT
III. NHIỆM VỤ, GIẢI PHÁP
**1\\. Hoàn thiện thể chế**

Tiếp tục thể chế hoá đầy đủ các nghị quyết của Trung ương về khoa học và công nghệ. \
Tập trung triển khai tốt các nội dung sau:

\\- Khẩn trương sửa đổi các quy định pháp luật về đầu tư công.

\\- Có cơ chế thí điểm công nghệ mới.
"""


def test_a_paragraph_with_an_action_before_its_lead_in_is_a_duty() -> None:
    """ "Tiếp tục thể chế hoá … . Tập trung triển khai tốt các nội dung sau:": the first
    sentence is an action of its own (a duty), the last the lead-in into the points."""
    draft = extract(ACTION_THEN_LEAD_IN, issued=date(2024, 12, 22), number="57-NQ/TW")
    texts = [d["text"] for d in draft.duties]
    assert any(t.startswith("Tiếp tục thể chế hoá đầy đủ") and "Tập trung" not in t for t in texts)
    assert any(t.startswith("Khẩn trương sửa đổi") for t in texts)
    assert len(draft.duties) == 3


_PROGRESS_ROWS = [
    [
        "TT",
        "NHIỆM VỤ",
        "KẾT QUẢ YÊU CẦU",
        "THỜI GIAN HOÀN THÀNH",
        "CƠ QUAN THỰC HIỆN",
        "TIẾN ĐỘ",
        "KẾT QUẢ HIỆN NAY",
    ],
    ["----"] * 7,
    ["**I**", "**Nhận thức**", "", "", "", "", ""],
    [
        "1.",
        "Xây dựng đề án đánh giá mức độ chuyển đổi số.",
        "Đề án",
        "Tháng 5/2025",
        "Bộ Nội vụ",
        "Đang thực hiện",
        "Bộ Tài chính sẽ hoàn thành trước ngày 28/6/2025",
    ],
    [
        "2.",
        "Ban hành văn bản hướng dẫn.",
        "Văn bản",
        "Tháng 3/2025",
        "Bộ Khoa học và Công nghệ",
        "Hoàn thành",
        "Ngày 31/3/2025 đã ban hành",
    ],
]
APPENDIX_TITLED_AFTER_SIGNATURE = (
    """\
Trên đây là báo cáo của Ban cán sự, đề nghị Văn phòng tổng hợp./.

**Nơi nhận:**
- Như trên,
- Lưu: VT.

**T/M BAN CÁN SỰ**
**Nguyễn Văn A**

## Phụ lục 1: DANH MỤC NHIỆM VỤ THỰC HIỆN NGHỊ QUYẾT CÓ THỜI HẠN HOÀN THÀNH THÁNG 3-5/2025
*(Kèm theo Văn bản số -CV/ĐU ngày tháng 5 năm 2025)*

"""
    + "\n".join("| " + " | ".join(r) + " |" for r in _PROGRESS_ROWS)
    + "\n"
)


def test_an_appendix_titled_on_its_number_line_opens_after_the_signature() -> None:
    """ "Phụ lục 1: DANH MỤC … (a title in capitals longer than a kind line's tail)" after
    the signature opens an appendix: its task table is read, headers in capitals."""
    draft = extract(APPENDIX_TITLED_AFTER_SIGNATURE, issued=date(2025, 5, 25), number="4-CV/ĐU")
    rows = [d for d in draft.duties if d["text"].startswith(("Xây dựng đề án", "Ban hành"))]
    assert len(rows) == 2
    assert [d["owners"][0]["owner"] for d in rows] == ["bo_noi_vu", "bo_khcn"]
    # The progress and current-result columns give neither owner nor time.
    assert [d.get("timing") for d in rows] == ["Tháng 5/2025", "Tháng 3/2025"]
    assert all(len(d["owners"]) == 1 for d in rows)
    # A sentence-case "Phụ lục 1: …" inside a paragraph is no appendix title.
    assert (
        kind_title("Phụ lục 1: danh mục các nhiệm vụ thực hiện nghị quyết có thời hạn tháng 5")
        is None
    )


def test_progress_and_current_result_columns_have_no_role_of_owner_or_time() -> None:
    """ "Tiến độ" beside "Thời gian hoàn thành" is progress made, whichever comes first;
    "Kết quả hiện nay" is a report, never the product; "Tiến độ" alone stays the time."""
    got = roles(["TT", "Nhiệm vụ", "Tiến độ", "Cơ quan chủ trì", "Kết quả hiện nay", "Thời gian"])
    assert got["time"] == 5
    assert "product" not in got
    assert got["status"] == 4
    got = roles(["TT", "Tên văn bản", "Cơ quan soạn thảo", "Tiến độ"])
    assert got["time"] == 3


ASSESSMENT_BULLETS = """THÔNG BÁO
Về triển khai nhiệm vụ tháng 10 năm 2025
1. Đánh giá tình hình thực hiện nhiệm vụ tháng 9 và 9 tháng đầu năm 2025:
Trong tháng 9 và 9 tháng đầu năm, ngành đã tích cực triển khai nhiệm vụ, đạt kết quả như:
- Tổng thu tháng 9/2025 ước đạt 100 tỷ đồng, bằng 8% dự toán.
- Trong 9 tháng đầu năm đã ban hành 1.000 quyết định hoàn thuế.
2. Nhiệm vụ trọng tâm tháng 10 năm 2025
2.1. Giao Vụ Kê khai
- Tổng hợp, báo cáo Tổng cục kết quả kê khai trước ngày 30/10/2025.
"""


def test_an_assessment_told_in_a_sentence_and_bullets_is_no_duty() -> None:
    """ "1. Đánh giá tình hình thực hiện …:" over "… đã triển khai … như:" and "- …"
    bullets of figures: results told; their months ("Trong tháng 9") are history, no
    deadline. The work of the next heading is read as before."""
    draft = extract(ASSESSMENT_BULLETS, issued=date(2025, 10, 14), number="9/TB-TCT")
    dated = [d["text"][:20] for d in draft.duties if d.get("windows")]
    assert dated == ["Tổng hợp, báo cáo Tổ"]


OCR_WRAPPED = """THÔNG BÁO
Về triển khai nhiệm vụ tháng 10 năm 2025
1. Nhiệm vụ trọng tâm
1.1. Giao Vụ Chính sách
- Vụ Chính sách chủ trì xây dựng kế hoạch sửa đổi Luật Quản lý thuế, báo cáo Tổng cục,

_ trình Bộ trước ngày 15/11/2025. _

- Tiếp tục phối hợp các đơn vị CS,

TTKT, CNTT hoàn thiện phương án ngừng xuất hóa đơn (thời hạn

20/10/2025).

- Khẩn trương báo cáo tình hình triển khai thực hiện Đề án

Xây dựng hệ thống phân tích dữ liệu, báo cáo Tổng cục trước ngày 20/12/2025.
"""


def test_ocr_lines_wrapped_across_an_empty_line_rejoin() -> None:
    """An OCR copy's empty lines inside a bullet: "_ trình Bộ …" (a stray mark, then a
    small letter) after a line left open, "20/10/2025)." closing a bracket opened above,
    "TTKT, CNTT …" going on with a list ended by a comma, and the name of "… Đề án"
    on the next line — each the rest of the bullet above, not a duty of its own."""
    draft = extract(OCR_WRAPPED, issued=date(2025, 10, 14), number="9/TB-TCT")
    assert [d["text"][:12] for d in draft.duties] == [
        "Vụ Chính sác",
        "Tiếp tục phố",
        "Khẩn trương ",
    ]
    assert all(d.get("windows") for d in draft.duties)


SPEAKER_AND_DEPUTY = """\
THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về sắp xếp doanh nghiệp

Phó Thủ tướng Chính phủ kết luận tại Thông báo 1/TB-VPCP năm 2025 như sau:

- Thống nhất nguyên tắc để báo cáo cấp có thẩm quyền về việc sắp xếp công ty.

- Nghiên cứu, rà soát, đánh giá kỹ lưỡng quy định của pháp luật có liên quan.

- Giao Phó Thủ tướng Chính phủ Trần Văn A trực tiếp chỉ đạo các bộ, ngành triển khai.
"""


def test_a_speaker_is_no_owner_and_a_deputy_prime_minister_is_one() -> None:
    """ "Phó Thủ tướng Chính phủ kết luận … như sau:" names who concludes, not who does
    the points (no owner, not "… kết luận tại Thông báo … như sau" as a body); "Giao Phó
    Thủ tướng Chính phủ Trần Văn A trực tiếp chỉ đạo …" names a deputy Prime Minister."""
    draft = extract(SPEAKER_AND_DEPUTY, issued=date(2025, 12, 3), number="1/TB-VPCP")
    owners = [_owners(draft, d) for d in draft.duties]
    assert owners[:2] == [[], []]
    assert [n for n, _ in owners[2]] == ["Phó Thủ tướng Chính phủ Trần Văn A"]
    assert not any("kết luận" in o["name"] for o in draft.data["owners"])


MEETING_REPORT = (
    "Phiên họp thứ hai Ban Chỉ đạo về phát triển giao thông\n"
    "Chiều 5/3, Ban Chỉ đạo đã họp. Phó Thủ tướng chủ trì phiên họp.\n"
    "\n"
    "Về kế hoạch năm 2026, Thủ tướng cơ bản nhất trí với dự thảo của Văn phòng; đề "
    "nghị trong quá trình thực hiện, tiếp tục bổ sung. Thủ tướng đánh giá cao đề xuất"
    " xây dựng bộ tiêu chí và yêu cầu khẩn trương hoàn thiện trong quý 2/2026.\n"
    "\n"
    "Về một số nhiệm vụ trọng tâm, Thủ tướng nêu rõ, Bộ Xây dựng chỉ đạo rà soát quy "
    "hoạch mạng lưới đường bộ. Bộ Tài chính bố trí vốn cho các dự án trọng điểm.\n"
    "\n"
    "Đối với các thành viên Ban Chỉ đạo, Thủ tướng yêu cầu: Bộ trưởng Bộ Công an chỉ "
    "đạo bảo đảm an ninh công trình. Bộ trưởng Bộ Công Thương chỉ đạo bảo đảm nguồn "
    "vật liệu.\n"
    "\n"
    "Bộ trưởng Bộ Nội vụ chỉ đạo bố trí cán bộ theo Nghị quyết số 18-NQ/TW. Thủ tướng"
    " chỉ rõ, từng thành viên Ban Chỉ đạo phải chủ động xây dựng chương trình hành "
    "động.\n"
    "\n"
)


def test_a_meeting_reports_speaker_requests_are_read_as_items() -> None:
    """A news report of a meeting: "Về …, Thủ tướng nêu rõ, X …" and "Đối với …, Thủ tướng
    yêu cầu: X …" name their owners after the speaker (each later sentence its own item);
    an unowned "Về …, Thủ tướng …" paragraph is split into its requests ("… và yêu cầu
    khẩn trương …" cut to what is asked), so its quarter is that request's, not the whole
    paragraph's; a sentence ending on a code ("18-NQ/TW.") ends before the next owner, and
    "Thủ tướng chỉ rõ, X phải …" is X's."""
    draft = extract(MEETING_REPORT, issued=date(2026, 3, 5), number="DRAFT")
    starts = [d["text"][:22] for d in draft.duties]
    for want in (
        "đề nghị trong quá trìn",
        "khẩn trương hoàn thiện",
        "Bộ Xây dựng chỉ đạo rà",
        "Bộ Tài chính bố trí vố",
        "Bộ trưởng Bộ Công an c",
        "Bộ trưởng Bộ Công Thươ",
        "Bộ trưởng Bộ Nội vụ ch",
        "từng thành viên Ban Ch",
    ):
        assert want in starts, (want, starts)
    dated = [d["text"][:22] for d in draft.duties if d.get("windows") != ["không thời hạn"]]
    assert dated == ["khẩn trương hoàn thiện"], dated


def test_a_doubled_copy_joins_a_wrapped_number_before_a_small_letter() -> None:
    """In a copy with every word two spaces apart, a line opening with a number before a
    small letter ("01  kho …", a count wrapped to the line's start) is the line's words,
    one space apart; a number before a capital keeps its gap (a row's number)."""
    from nq42cli.core.layout import Line, pieces

    text = ("Xây  dựng  mới\n01  kho  lưu  trữ  chuyên  dụng\n12  Xây  dựng  Đề  án\n") * 3
    raws = [x.raw for x in pieces(text) if isinstance(x, Line)]
    assert "01 kho lưu trữ chuyên dụng" in " ".join(raws)
    assert any(r.startswith("12  Xây dựng Đề án") for r in raws)


def test_a_cells_table_row_number_one_space_before_its_first_word() -> None:
    """An OCR'd table written one cell per line whose rows' numbers sit one space before
    the task's first word ("2 Tổ chức …"): each starts the next row, as with two spaces;
    a number out of sequence or before a small letter stays the cell's words."""
    one_space = PDF_TABLE.replace("2  Tổ chức", "2 Tổ chức").replace("3  Rà soát", "3 Rà soát")
    want = extract(PDF_TABLE, issued=date(2026, 4, 1), number="7/QĐ")
    got = extract(one_space, issued=date(2026, 4, 1), number="7/QĐ")
    assert list(_by_id(got)) == ["PL.1", "PL.2", "PL.3", "PL.4"]
    assert [d["windows"] for d in got.duties] == [d["windows"] for d in want.duties]
    wrapped = PDF_TABLE.replace("2  Tổ chức", "7 Tổ chức")
    assert "PL.2" not in _by_id(extract(wrapped, issued=date(2026, 4, 1), number="7/QĐ"))


OCR_MARKED_POINTS = """THÔNG BÁO
Về triển khai nhiệm vụ tháng 10 năm 2025
1. Nhiệm vụ trọng tâm
1.1. Giao Vụ Kê khai

- Tổng hợp, báo cáo Tổng cục kết quả kê khai.

_1.2. Giao Vụ Chính sách.

- Rà soát, hoàn thiện các đề án xây dựng văn bản.

~ Chủ trì, phối hợp với các đơn vị rà soát quy trình hoàn thuế.

¬ Tham mưu Tổng cục hướng dẫn các Cục Thuế triển khai dự toán.
"""


def test_ocr_marks_for_a_dash_or_before_a_heading_number_are_read_back() -> None:
    """An OCR copy's "~ " or "¬ " before a capitalised word is a "- " point; a mark
    glued to a heading's number ("_1.2. Giao Vụ …") is the heading, whose owner the
    points below take."""
    draft = extract(OCR_MARKED_POINTS, issued=date(2025, 10, 14), number="9/TB-TCT")
    got = [(d["text"][:10], _owners(draft, d)) for d in draft.duties]
    assert got == [
        ("Tổng hợp, ", [("Vụ Kê khai", "responsible")]),
        ("Rà soát, h", [("Vụ Chính sách", "responsible")]),
        ("Chủ trì, p", [("Vụ Chính sách", "lead"), ("các đơn vị", "partner")]),
        ("Tham mưu T", [("Vụ Chính sách", "responsible")]),
    ]


POLITICAL_SYSTEM = (
    "KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ\nvề tiếp tục thực hiện Nghị quyết số 99-NQ/TW\n"
    "Bộ Chính trị yêu cầu các cấp uỷ, tổ chức đảng, chính quyền, Mặt trận Tổ quốc Việt Nam"
    " và các tổ chức chính trị - xã hội tập trung thực hiện tốt một số nhiệm vụ trọng tâm sau:\n"
    "1. Nâng cao nhận thức về vai trò của khoa học, công nghệ.\n"
    "2. Tổ chức thực hiện tốt chiến lược phát triển.\n"
)


def test_the_party_formula_for_the_political_system_is_one_owner() -> None:
    """ "các cấp uỷ, tổ chức đảng, chính quyền, Mặt trận Tổ quốc Việt Nam và các tổ chức
    chính trị - xã hội" is one collective owner (CONVENTIONS §3), the front named in it
    not cut out."""
    draft = extract(POLITICAL_SYSTEM, issued=date(2024, 5, 20), number="99-KL/TW")
    whole = (
        "các cấp uỷ, tổ chức đảng, chính quyền, Mặt trận Tổ quốc Việt Nam và các tổ chức"
        " chính trị - xã hội"
    )
    assert [_owners(draft, d) for d in draft.duties] == [[(whole, "responsible")]] * 2


OCR_ROW_NUMBER_MID_CELL = (
    "Phụ lục II\nLỘ TRÌNH THỰC HIỆN\n"
    "STT Nội dung hoạt động Thời gian Đơn vị chủ trì Đơn vị phối hợp\n"
    "1 | Hiện đại hóa hệ thống kho bạc\n"
    "Nâng cấp, mở rộng các dịch vụ công trực tuyến\n"
    "trong lĩnh vực kho bạc đáp ứng quy định của Luật Cục Kho bạc Các đơn vị có liên quan\n"
    "1.1 | ngân sách, các nội dung sửa đổi chính sách, quy | 2021-2025 (Cục CNTT) trong ngành\n"
    "trình nghiệp vụ và tích hợp với Cổng dịch vụ công.\n"
    "Xây dựng kho dữ liệu dùng chung A A l .\n"
    "1.2 | phục vụ chỉ đạo điều hành | 2022-2024 Cục Kho bạc Các đơn vị có liên quan\n"
    "của Bộ. (Cục CNTT) trong ngành\n"
)


def test_an_ocr_row_number_mid_cell_starts_its_row_at_the_capital_above() -> None:
    """An OCR'd table row read line by line puts its number beside a middle line of its
    first cell ("1.1 | ngân sách, …", a small letter after the "|"): the row begins at
    the nearest line above that opens with a capital, not joined to the row before."""
    draft = extract(OCR_ROW_NUMBER_MID_CELL, issued=date(2022, 11, 22), number="9/QĐ-BTC")
    starts = [d["text"][:20] for d in draft.duties]
    assert "Nâng cấp, mở rộng cá" in starts
    assert "Xây dựng kho dữ liệu" in starts
    assert not any(s.startswith("|") for s in starts)


CELLS_NAMES = """KẾ HOẠCH
PHỤ LỤC
NHIỆM VỤ CỤ THỂ
STT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Sản phẩm
Thời gian hoàn thành
1.
Xây dựng Chương trình cắt giảm giấy phép tại các bộ, ngành
Văn phòng Chính phủ
Các bộ, ngành, địa phương
Nghị quyết của Chính phủ
6/2026
2.
Tham mưu Chính phủ thành lập Ủy ban Dữ liệu quốc gia
Bộ Công an
Quyết định của Thủ tướng Chính phủ
9/2026
"""


def test_a_pdf_table_keeps_a_body_named_whole_and_a_founded_body_in_the_task() -> None:
    """One cell per line: "Văn phòng Chính phủ" alone on a line is one body, not
    "Văn phòng" before a trailing "Chính phủ"; the body after "thành lập" is what the
    task founds (its object), not the lead's cell glued to the task's line."""
    draft = extract(CELLS_NAMES, issued=date(2026, 1, 5))
    one, two = _by_id(draft).values()
    assert _owners(draft, one) == [
        ("Văn phòng Chính phủ", "lead"),
        ("Các bộ, ngành, địa phương", "partner"),
    ]
    assert one["windows"] == ["tháng 6/2026"]
    assert two["text"].startswith("Tham mưu Chính phủ thành lập Ủy ban Dữ liệu quốc gia")
    assert _owners(draft, two) == [("Bộ Công an", "lead")]
    assert two["windows"] == ["tháng 9/2026"]


_TSV_HEAD = "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành"
_TSV_LAST = (
    "2\tHoàn thiện cơ sở dữ liệu dân cư\tBộ Công an\tCác bộ, ngành\tCơ sở dữ liệu\tQuý IV/2026"
)


@pytest.mark.parametrize(
    "first",
    [
        '1\t"Xây dựng Đề án chuyển đổi số\ntrong lĩnh vực y tế"\tBộ Y tế'
        '\t"Bộ Tài chính\nBộ Công an"\tĐề án\tTháng 6/2026',
        "1\tXây dựng Đề án chuyển đổi số\ntrong lĩnh vực y tế\tBộ Y tế\tBộ Tài chính\nBộ Công an"
        "\tĐề án\tTháng 6/2026",
    ],
    ids=["spreadsheet", "word"],
)
def test_a_tab_separated_table_whose_cells_keep_their_line_breaks(first: str) -> None:
    """A spreadsheet's copy (a cell of lines quoted) or Word's (unquoted) of a task table
    whose cells hold line breaks: the row goes on over the lines until it has the
    header's cells, and the table is read whole (it was lost at the first such row)."""
    text = f"KẾ HOẠCH\nTriển khai\n\nPhụ lục\nNHIỆM VỤ CỤ THỂ\n{_TSV_HEAD}\n{first}\n{_TSV_LAST}\n"
    draft = extract(text, issued=date(2026, 1, 5))
    one, two = _by_id(draft).values()
    assert one["text"] == "Xây dựng Đề án chuyển đổi số trong lĩnh vực y tế [Sản phẩm: Đề án]"
    assert _owners(draft, one) == [
        ("Bộ Y tế", "lead"),
        ("Bộ Tài chính", "partner"),
        ("Bộ Công an", "partner"),
    ]
    assert one["windows"] == ["tháng 6/2026"]
    assert _owners(draft, two)[0] == ("Bộ Công an", "lead")
    assert two["windows"] == ["quý IV/2026"]


_NESTED_TSV = (
    "QUYẾT ĐỊNH\nPhê duyệt Chương trình bảo vệ nguồn nước\n\nPHỤ LỤC\nNỘI DUNG CHƯƠNG TRÌNH\n"
    "TT\tNhóm hoạt động\tHoạt động\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\n"
    "a)\tNhóm hoạt động bảo vệ nguồn nước\n"
    "-\tRà soát quy hoạch vùng bảo hộ.\t+ Rà soát quy hoạch vùng bảo hộ vệ sinh khu vực lấy nước."
    "\tBộ Xây dựng\tBộ Tài chính, Ủy ban nhân dân tỉnh\t2026 - 2028\n"
    "\t\t+ Hỗ trợ lập bản đồ vùng bảo hộ vệ sinh cấp tỉnh.\tBộ Tài chính\tBộ Xây dựng"
    "\t2026 - 2029\n"
    "-\tTăng cường kiểm tra xả thải.\t+ Kiểm tra định kỳ các cơ sở xả thải lớn.\tBộ Công an"
    "\tỦy ban nhân dân tỉnh\t2026 - 2030\n"
)


def test_a_tab_table_of_nested_rows_goes_on_past_a_group_row_of_two_cells() -> None:
    """A tab copy of a task table whose rows nest: a group's row of its label and title
    only ("a)", tab, "Nhóm …": two cells where the header has six), then "-" sub-group rows and
    rows whose number and group cells are empty. The group's row is inside the table
    (the table was lost there), and the copy reads as the same table in pipes."""
    draft = extract(_NESTED_TSV, issued=date(2026, 3, 1), number="5/QĐ-TTg")
    rows = _NESTED_TSV.split("CHƯƠNG TRÌNH\n")[1].strip("\n").split("\n")
    piped = ["| " + " | ".join(r.split("\t")) + " |" for r in rows]
    piped.insert(1, "| " + " | ".join(["---"] * 6) + " |")
    head = _NESTED_TSV.split("TT\t", maxsplit=1)[0]
    as_pipes = extract(head + "\n".join(piped) + "\n", issued=date(2026, 3, 1), number="5/QĐ-TTg")
    d = _by_id(draft)
    assert list(d) == ["PL.a", "PL.b", "PL.c"]
    assert _owners(draft, d["PL.a"])[0] == ("Bộ Xây dựng", "lead")
    assert d["PL.a"]["windows"] == ["2026-2028"]
    assert _owners(draft, d["PL.b"]) == [("Bộ Tài chính", "lead"), ("Bộ Xây dựng", "partner")]
    assert d["PL.b"]["windows"] == ["2026-2029"]
    assert _owners(draft, d["PL.c"])[0] == ("Bộ Công an", "lead")
    assert d["PL.c"]["windows"] == ["2026-2030"]
    want = [(x["id"], x["text"], x["windows"]) for x in as_pipes.duties]
    assert [(x["id"], x["text"], x["windows"]) for x in draft.duties] == want


def test_a_word_tab_table_whose_last_cell_runs_on_lines_without_a_tab() -> None:
    """Word's copy of a tab table whose last cell (the time, here) holds a line break:
    the cell's later line has no tab; before a row opening with the next number (or a
    bold group number) it is that cell's words, and the table goes on."""
    text = (
        "KẾ HOẠCH\nTriển khai\n\nPhụ lục\nNHIỆM VỤ CỤ THỂ\n"
        "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n"
        "1\tXây dựng Đề án chuyển đổi số\tBộ Y tế\tTháng 6/2026\n"
        "(báo cáo kết quả)\n"
        "**II**\t**Thể chế**\t\t\n"
        "2\tHoàn thiện cơ sở dữ liệu dân cư\tBộ Công an\tQuý IV/2026\n"
    )
    draft = extract(text, issued=date(2026, 1, 5))
    d = _by_id(draft)
    assert len(d) == 2, list(d)
    one, two = d.values()
    assert _owners(draft, one) == [("Bộ Y tế", "lead")]
    assert one["windows"] == ["tháng 6/2026"]
    assert _owners(draft, two) == [("Bộ Công an", "lead")]
    assert two["windows"] == ["quý IV/2026"]


def test_a_role_word_or_a_verb_after_a_name_ends_it() -> None:
    """A name stops where its sentence's verb begins, however the line broke: a capitalised
    "Chủ trì" / "Phối hợp" after an owner heading's name, "chủ trì" after "các địa
    phương" (a whole noun), and "lập" (draws up) — but "độc lập" goes on the name."""
    registry = Registry()
    cases = [
        ("Bộ Công Thương Chủ trì, phối hợp với Bộ Y tế xây dựng kế hoạch.", ["Bộ Công Thương"]),
        ("Bộ Y tế Chủ trì xây dựng kế hoạch hằng năm.", ["Bộ Y tế"]),
        ("Các địa phương chủ trì, phối hợp với Bộ Y tế rà soát.", ["Các địa phương"]),
        ("Sở Tài chính lập thủ tục trình Ủy ban nhân dân Thành phố.", ["Sở Tài chính"]),
        ("Các bộ, cơ quan, địa phương lập danh mục dự án.", ["Các bộ, cơ quan, địa phương"]),
        ("Cơ quan độc lập thực hiện đánh giá.", ["Cơ quan độc lập"]),
        ("Phó Thủ tướng Lê Minh Khái sớm có ý kiến.", ["Phó Thủ tướng Lê Minh Khái"]),
        (
            "Ngân hàng Nhà nước Việt Nam quyết liệt triển khai gói tín dụng.",
            ["Ngân hàng Nhà nước Việt Nam"],
        ),
    ]
    for text, want in cases:
        got = subject(text, registry)
        assert got is not None, text
        assert [n.written for n in got.leads or got.responsible] == want, text


def test_an_owner_heading_whose_point_starts_capitalised_on_the_next_line() -> None:
    """ "3. Bộ Công Thương" then "Chủ trì, phối hợp với Bộ Y tế …" on the next line: the
    heading's body leads, the body after "phối hợp với" is its partner."""
    text = textwrap.dedent(
        """\
        KẾ HOẠCH
        II. TỔ CHỨC THỰC HIỆN
        1. Bộ Công Thương
        Chủ trì, phối hợp với Bộ Y tế xây dựng và triển khai kế hoạch hằng năm đào tạo
        nguồn nhân lực trong các ngành công nghiệp.
        2. Bộ Y tế
        Chủ trì xây dựng và triển khai kế hoạch đào tạo nguồn nhân lực trong ngành y tế.
        """
    )
    draft = extract(text)
    duties = _by_id(draft)
    assert _owners(draft, duties["II.1"])[0] == ("Bộ Công Thương", "lead")
    assert ("Bộ Y tế", "partner") in _owners(draft, duties["II.1"])
    assert _owners(draft, duties["II.2"])[0][0] == "Bộ Y tế"


def test_an_owner_label_run_into_a_point_that_only_joins_another_bodys_work() -> None:
    """ "2. Sở Tư pháp: Phối hợp với Công an tỉnh …": the label is the heading, the point
    has no subject, so the body named after "phối hợp với" leads (CONVENTIONS §3). A point
    that goes on with the labelled body's own work ("…; theo dõi, thông báo …") stays its
    duty, the other body a partner."""
    text = (
        "KẾ HOẠCH\nIII. TỔ CHỨC THỰC HIỆN\n"
        "1. Công an tỉnh: Chủ trì tham mưu triển khai Kế hoạch này.\n\n"
        "2. Sở Tư pháp: Phối hợp với Công an tỉnh kiểm tra việc thực hiện Luật. Phối hợp"
        " với Văn phòng UBND tỉnh tham mưu ban hành Quy chế.\n\n"
        "3. UBND các xã, phường: Phối hợp với Sở Tài chính triển khai Kế hoạch; theo dõi,"
        " thông báo kết quả trên hệ thống truyền thanh.\n"
    )
    draft = extract(text)
    duties = _by_id(draft)
    assert _owners(draft, duties["III.2"])[0] == ("Công an tỉnh", "lead")
    assert ("Sở Tư pháp", "partner") in _owners(draft, duties["III.2"])
    assert _owners(draft, duties["III.3"])[0][0] == "UBND các xã, phường"


def test_banks_and_facilities_after_va_are_bodies_of_their_own() -> None:
    """ "X và các ngân hàng thương mại …", "Bộ Giáo dục và Đào tạo và các cơ sở giáo dục,
    đào tạo …": the plural opens a second joint owner. After an opener, a clause that
    starts with a verb ("Căn cứ chức năng, nhiệm vụ, chỉ đạo các cơ sở …") names no
    subject: the bodies it directs are not one."""
    registry = Registry()
    cases = [
        (
            "Ngân hàng Nhà nước Việt Nam và các ngân hàng thương mại cổ phần triển khai gói.",
            ["Ngân hàng Nhà nước Việt Nam", "các ngân hàng thương mại cổ phần"],
        ),
        (
            "Bộ Giáo dục và Đào tạo và các cơ sở giáo dục, đào tạo triển khai chương trình.",
            ["Bộ Giáo dục và Đào tạo", "các cơ sở giáo dục, đào tạo"],
        ),
    ]
    for text, want in cases:
        got = subject(text, registry)
        assert got is not None, text
        assert [n.written for n in got.leads or got.responsible] == want, text
    directed = (
        "Căn cứ chức năng nhiệm vụ, chỉ đạo các cơ sở giáo dục nghề nghiệp lồng ghép nội dung."
    )
    assert subject(directed, registry) is None


def test_a_unit_owners_role_under_a_heading_of_units_is_the_points_subject() -> None:
    """ "4. Các cơ sở sản xuất giống:" then "- Chủ cơ sở có trách nhiệm giám sát …": the
    point names its own subject, the person who owns the unit (CONVENTIONS §3)."""
    text = (
        "KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n"
        "4. Các cơ sở sản xuất giống:\n"
        "- Chủ cơ sở có trách nhiệm giám sát chất lượng nước thải của cơ sở sản xuất.\n"
        "- Thực hiện các biện pháp phòng bệnh theo hướng dẫn.\n"
    )
    draft = extract(text)
    duties = _by_id(draft)
    assert _owners(draft, duties["IV.4.a"])[0][0] == "Chủ cơ sở"
    assert _owners(draft, duties["IV.4.b"])[0][0] == "Các cơ sở sản xuất giống"


QUOTED_DIRECTIVE = (
    "# Bảo đảm cung ứng điện\n\n"
    "Theo Chỉ thị 01/CT-TTg năm 2025, Thủ tướng Chính phủ yêu cầu Bộ trưởng Bộ Công Thương"
    " như sau:\n\n"
    "- Tập trung rà soát, điều chỉnh quy hoạch điện;\n\n"
    "Cập nhật, bổ sung các dự án nguồn điện mới, hoàn thành trước ngày 28 tháng 02 năm 2025.\n\n"
    "- Khẩn trương ban hành văn bản quy định chi tiết Luật Điện lực trước ngày 01 tháng 02"
    " năm 2025;\n\n"
    "- Chỉ đạo đẩy nhanh tiến độ các dự án trọng điểm của ngành điện, cụ thể:\n\n"
    "(1) Về các dự án nguồn điện:\n\n"
    "+ Đối với các dự án nguồn điện dự kiến vận hành vào năm 2025 (như: Nhơn Trạch 3,"
    " Nhơn Trạch 4, ...):\n\n"
    "Bộ Công Thương, UBND các tỉnh chỉ đạo đôn đốc các chủ đầu tư gửi cam kết tiến độ về"
    " Bộ Công Thương trước ngày 20 tháng 01 năm 2025.\n\n"
    "+ Tập trung hoàn thành đầu tư dự án điện hạt nhân Ninh Thuận trong 05 năm.\n"
)


def test_a_deadline_in_a_sentence_above_the_first_number_is_not_the_documents_date() -> None:
    """An article quoting a directive runs its sentences above any number: "hoàn thành
    trước ngày 28 tháng 02 năm 2025" there is a deadline, not the dateline, so the earlier
    deadlines are read instead of set aside as history."""
    draft = extract(QUOTED_DIRECTIVE)
    assert draft.data["plan"]["date"] != "2025-02-28"
    got = {d["text"][:20]: d["windows"] for d in draft.duties}
    assert got["Cập nhật, bổ sung cá"] == ["trước ngày 28/2/2025"]
    assert got["Khẩn trương ban hành"] == ["trước ngày 1/2/2025"]
    dateline = "Số: 12/KH-UBND\nHà Nội, ngày 03 tháng 01 năm 2025\nKẾ HOẠCH\nVề việc thử\n"
    assert extract(dateline + "1. Sở Nội vụ báo cáo.\n").data["plan"]["date"] == "2025-01-03"


def test_a_regarding_topic_over_a_paragraph_naming_who_acts_is_no_duty() -> None:
    """ "+ Đối với các dự án … (như: …):" names what the paragraph below is about; the
    paragraph names its own owners and date, and is the duty."""
    draft = extract(QUOTED_DIRECTIVE)
    duty = next(d for d in draft.duties if "cam kết" in d["text"])
    assert duty["text"].startswith("Bộ Công Thương, UBND các tỉnh chỉ đạo")
    assert duty["windows"] == ["trước ngày 20/1/2025"]
    assert _owners(draft, duty) == [
        ("Bộ Công Thương", "responsible"),
        ("UBND các tỉnh", "responsible"),
    ]
    assert not any(d["text"].startswith("Đối với") for d in draft.duties)


MEETING_PERIOD_TOPIC = (
    "# Phiên họp thứ nhất của Ban Chỉ đạo\n\n"
    "Chiều 20/1, Ban Chỉ đạo đã tổ chức Phiên họp thứ nhất.\n\n"
    "Về một số nhiệm vụ trọng tâm trong Quý I năm 2025, Tổng Bí thư nêu rõ, Bộ Nội vụ chỉ đạo"
    " xây dựng, ban hành kế hoạch thực hiện Nghị quyết số 57-NQ/TW. Bộ Công Thương chỉ đạo"
    " rà soát, bổ sung Quy hoạch điện VIII.\n\n"
    "Về tài chính, Tổng Bí thư nêu rõ, Bộ Tài chính chỉ đạo bố trí ngân sách nhà nước chi"
    " cho khoa học.\n\n"
    "Về hạ tầng, Tổng Bí thư nêu rõ, Bộ Công an chỉ đạo phát triển Trung tâm dữ liệu quốc"
    " gia.\n"
)


def test_a_topic_naming_the_tasks_of_a_period_dates_the_requests_split_from_it() -> None:
    """ "Về một số nhiệm vụ trọng tâm trong Quý I năm 2025, Tổng Bí thư nêu rõ, X …. Y …":
    the topic names the tasks by their period, so each request of the paragraph is due by
    its end; the next topic's requests are not."""
    draft = extract(MEETING_PERIOD_TOPIC, issued=date(2025, 1, 20))
    got = {d["text"][:14]: d["windows"] for d in draft.duties}
    assert got["Bộ Nội vụ chỉ "] == ["quý I/2025"]
    assert got["Bộ Công Thương"] == ["quý I/2025"]
    assert got["Bộ Tài chính c"] == ["không thời hạn"]
    assert got["Bộ Công an chỉ"] == ["không thời hạn"]


MARKDOWN_NUMBERED_HEADINGS = (
    "Ngày 14/4/2025, Ban Chỉ đạo ban hành Kế hoạch số 47-KH/BCĐ như sau:\n\n"
    "## Tổ chức thực hiện\n\n"
    "### 1. Các cấp ủy, tổ chức đảng, cơ quan, đơn vị và người đứng đầu\n\n"
    "(1) Bám sát nghị quyết, kết luận của Ban Chấp hành Trung ương.\n\n"
    "(2) Tập trung chỉ đạo, khẩn trương cụ thể hóa kế hoạch.\n\n"
    "### 2. Ban Tổ chức Trung ương chủ trì, phối hợp cùng các cơ quan liên quan:\n\n"
    "(1) Thường xuyên theo dõi, nắm chắc tình hình.\n\n"
    "(2) Kịp thời điều chỉnh, bổ sung các nội dung của Kế hoạch.\n"
)


def test_numbered_markdown_headings_over_paren_points_are_items() -> None:
    """ "### 1. <owner>" over "(1)", "(2)": the heading is a numbered item printed as a
    heading (not the article's subheading), and the "(1)" run under it is its points
    even with no ":" (a footnote never stands right under a heading)."""
    draft = extract(MARKDOWN_NUMBERED_HEADINGS, issued=date(2025, 4, 14))
    got = _by_id(draft)
    assert sorted(got) == ["S.1.1", "S.1.2", "S.2.1", "S.2.2"]
    assert got["S.1.1"]["text"].startswith("Bám sát nghị quyết")
    assert _owners(draft, got["S.2.1"])[0] == ("Ban Tổ chức Trung ương", "lead")
    assert got["S.2.1"]["windows"] == ["thường xuyên"]


NEWS_CONNECTIVE_THEN_SPEAKER = (
    "# Thủ tướng yêu cầu điều hành giá\n\n"
    "Cụ thể, Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương theo dõi sát diễn biến"
    " giá cả thị trường.\n\n"
    "Kiểm soát chặt chẽ đối với công tác kê khai giá.\n\n"
    "Về việc này, Thủ tướng Chính phủ giao Bộ Công an xử lý nghiêm các vi phạm.\n\n"
    "Bộ Giao thông vận tải tăng cường công tác kiểm tra.\n\n"
    "Bộ Y tế khẩn trương triển khai việc tính đúng giá xét nghiệm.\n"
)


def test_a_news_connective_before_the_head_of_government_asking_keeps_the_owner() -> None:
    """ "Cụ thể, Thủ tướng Chính phủ yêu cầu X …", "Về việc này, Thủ tướng Chính phủ giao
    X …": the report's connective, then the Prime Minister asking; X owns the paragraph
    (it opens an item, and the paragraph naming no one after it is X's too)."""
    draft = extract(NEWS_CONNECTIVE_THEN_SPEAKER, issued=date(2020, 11, 30))
    got = {d["text"][:12]: _owners(draft, d) for d in draft.duties}
    asked = [("các bộ, ngành, địa phương", "responsible")]
    assert got["Cụ thể, Thủ "] == asked
    assert got["Kiểm soát ch"] == asked
    assert got["Về việc này,"] == [("Bộ Công an", "responsible")]
    assert got["Bộ Y tế khẩn"] == [("Bộ Y tế", "responsible")]


NEWS_INLINE_SCHEDULE = (
    "Bộ sẽ thanh tra nhiều doanh nghiệp trong năm 2019\n"
    "==============================================\n\n"
    "Theo kế hoạch, Bộ sẽ tiến hành thanh tra do Thanh tra Bộ chủ trì đối với các đơn vị:"
    " Trường Đại học Điện lực (quý II); Trường Cao đẳng Công Thương (quý III); Tổng công ty"
    " Bia Hà Nội (quý IV).\n\n"
    "Thanh tra chuyên ngành do Cục Cạnh tranh chủ trì sẽ được tiến hành với các đơn vị gồm:"
    " Ngân hàng TMCP Phương Đông (quý I, II); Công ty tài chính HD (quý II, III). Hai đơn vị"
    " này có cùng nội dung thanh tra. Ngoài ra, Tổng công ty Phát điện 2 (quý III, IV) sẽ"
    " được tiến hành thanh tra về hoạt động điện lực.\n\n"
    "**Thanh Nguyễn**\n\n"
    "more- Theo kế hoạch thanh tra năm 2019, Bộ sẽ thanh tra hàng loạt doanh nghiệp.\n"
)


def test_a_news_schedule_listing_units_with_their_periods_inline() -> None:
    """ "… do X chủ trì đối với các đơn vị: A (quý II); B (quý III)": one task per unit,
    with its bracketed period (kept in the text: the page gives no date, the quarter's
    year is the one year the page names, 2019 — z82c); a later sentence naming one more
    unit with its period is one more; the summary after the byline is no task."""
    draft = extract(NEWS_INLINE_SCHEDULE)
    texts = [d["text"] for d in draft.duties]
    assert texts[0] == "Trường Đại học Điện lực (quý II);"
    assert "Ngân hàng TMCP Phương Đông (quý I, II);" in texts
    assert any(t.startswith("Tổng công ty Phát điện 2 (quý III, IV) sẽ") for t in texts)
    assert not any("năm 2019" in t for t in texts)
    assert draft.duties[0]["windows"] == ["quý II/2019"]


def test_a_window_of_two_quarters_ends_with_the_later_one() -> None:
    """ "quý I, II/2019" is one window, its deadline the end of quý II (as "Tháng 11,
    12/2013" ends in December); "quý II, II" (a slip) is quý II; a dated schedule reads
    its units' windows so."""
    end = {
        t: read_phrase(t, date(2019, 1, 1))[0].window.end
        for t in ("quý I, II/2019", "quý III, IV năm 2020", "quý II, II/2019")
    }
    assert end == {
        "quý I, II/2019": date(2019, 6, 30),
        "quý III, IV năm 2020": date(2020, 12, 31),
        "quý II, II/2019": date(2019, 6, 30),
    }
    draft = extract(NEWS_INLINE_SCHEDULE, issued=date(2019, 1, 10))
    got = {d["text"][:14]: parse_window(d["windows"][0]).end for d in draft.duties}
    assert got["Trường Đại học"] == date(2019, 6, 30)
    assert got["Ngân hàng TMCP"] == date(2019, 6, 30)
    assert got["Tổng công ty P"] == date(2019, 12, 31)


def _written(text: str, role: str) -> list[str]:
    """The names ``subject`` reads as the sentence's ``role`` ("leads" or "responsible"),
    as written."""
    got = subject(text, Registry())
    assert got is not None
    return [n.written for n in getattr(got, role)]


_NEWS_PAGE = """\
Bộ Tài chính đôn đốc cơ chế một cửa
===================================

Bộ Công Thương chủ trì, phối hợp với Bộ Tài chính hoàn thành kết nối hệ thống trước ngày 30/11/2020.

Đến ngày 30/9/2020, tổng số hồ sơ nhận qua hệ thống là 200.641 hồ sơ.

Bộ Tài chính đang chuẩn bị các điều kiện kỹ thuật, dự kiến kết nối trong năm 2020.

Bộ Y tế chủ trì rà soát thủ tục kiểm tra chuyên ngành, hoàn thành trong tháng 12/2020.

Khẩn trương hoàn thành việc sửa đổi quy chế trước ngày 30/10/2020.

![Hoàn thành kết nối trước 30/11/2020](https://example.vn/anh.jpg "Hoàn thành kết nối")

Hoàn thành kết nối hệ thống trước ngày 30/11/2020. Ảnh: Internet.
"""


def test_a_news_paragraph_that_assigns_nothing_dates_no_duty() -> None:
    """Figures to a date and what a body is doing are facts; requests keep their dates."""
    duties = extract(_NEWS_PAGE, issued=date(2020, 10, 1)).duties
    by_text = {d["text"][:20]: d for d in duties}
    assert "không thời hạn" in by_text["Đến ngày 30/9/2020, "]["windows"]
    assert "không thời hạn" in by_text["Bộ Tài chính đang ch"]["windows"]
    assert by_text["Bộ Công Thương chủ t"]["windows"] == ["trước ngày 30/11/2020"]
    assert by_text["Bộ Y tế chủ trì rà s"]["windows"] == ["tháng 12/2020"]
    assert by_text["Khẩn trương hoàn thà"]["windows"] == ["trước ngày 30/10/2020"]
    # The picture and its caption repeat the request: no duty of their own.
    assert not [d for d in duties if d["text"].startswith(("![", "Hoàn thành kết nối"))]


def test_a_labelled_point_with_no_directive_word_keeps_its_date() -> None:
    """A document's own list ("(viii) Đàm phán … trong tháng 11") is work, however worded."""
    text = (
        "1. Giao Bộ Tài chính:\n"
        "(i) Đàm phán, ký kết Hiệp định vay vốn trong tháng 11 năm 2025.\n"
        "(ii) Hội đồng thẩm định thẩm định Báo cáo trong tháng 8 năm 2025.\n"
    )
    duties = extract(text, issued=date(2025, 3, 1), number="1/KH-BXD").duties
    assert all(d["windows"] != ["không thời hạn"] for d in duties), duties


def test_a_time_in_a_purpose_or_scope_clause_before_the_subject_is_not_the_deadline() -> None:
    """ "Để … trong năm 2018, Thủ tướng yêu cầu …": the year frames the request."""
    text = (
        "Tin tức\n\n"
        "Để tiếp tục đẩy mạnh thực hiện Nghị quyết trong năm 2018, Thủ tướng Chính phủ yêu cầu "
        "các bộ, ngành, địa phương tập trung triển khai các nhiệm vụ được giao.\n\n"
        "Đối với việc điều chỉnh giá điện trong năm 2019, Bộ Công Thương chủ trì kiểm soát "
        "yếu tố đầu vào.\n\n"
        "Để bảo đảm tiến độ, Phó Thủ tướng yêu cầu Bộ Giao thông vận tải đưa dự án vào khai "
        "thác trước ngày 31/12/2020.\n"
    )
    duties = extract(text, issued=date(2018, 6, 1)).duties
    by_text = {d["text"][:12]: d for d in duties}
    assert by_text["Để tiếp tục "]["windows"] == ["không thời hạn"]
    assert by_text["Đối với việc"]["windows"] == ["không thời hạn"]
    assert by_text["Để bảo đảm t"]["windows"] == ["trước ngày 31/12/2020"]


def test_a_news_reports_tense_and_time_end_an_owners_name() -> None:
    """ "Bộ Nội vụ sẽ đẩy mạnh …", "Bộ Công Thương đã có …", "các đơn vị cần tập trung …",
    "…, DNNN trước ngày 15/1/2019 hoàn thành …": the tense word, "cần" after a plural head
    and a "trước ngày" date open the duty; none is part of the name."""
    registry = Registry()

    def names(text: str) -> list[str]:
        got = subject(text, registry)
        assert got is not None
        return [n.written for n in got.leads or got.responsible]

    assert names("Ngoài ra, Bộ Nội vụ sẽ đẩy mạnh công tác khen thưởng.") == ["Bộ Nội vụ"]
    assert names("Bộ Công Thương đã có văn bản gửi các tỉnh.") == ["Bộ Công Thương"]
    assert names("Các đơn vị cần tập trung chuẩn bị các nội dung.") == ["Các đơn vị"]
    assert names("Các tập đoàn, DNNN trước ngày 15/1/2019 hoàn thành phê duyệt.") == [
        "Các tập đoàn",
        "DNNN",
    ]


def test_a_speakers_request_names_the_body_asked_or_no_one() -> None:
    """ "Phó Thủ tướng … cũng yêu cầu Bộ X …", "Bộ trưởng … đề nghị người đứng đầu các đơn
    vị …": the body asked owns the duty, not the speaker; "Bộ trưởng … yêu cầu thành lập
    …" asks no one (no owner). "Phó Thủ tướng có yêu cầu …" is a noun, no request."""
    registry = Registry()
    assert _written(
        "Đồng thời, Phó Thủ tướng Thường trực Nguyễn Văn A cũng yêu cầu Bộ Kế hoạch và Đầu tư "
        "khẩn trương trình Thủ tướng Chính phủ.",
        "responsible",
    ) == ["Bộ Kế hoạch và Đầu tư"]
    assert _written(
        "Bộ trưởng Trần Văn B đề nghị người đứng đầu các đơn vị phối hợp chặt chẽ.", "responsible"
    ) == ["người đứng đầu các đơn vị"]
    asks = "Bộ trưởng Bộ Nội vụ Trần Văn B yêu cầu thành lập tổ công tác trao đổi."
    assert subject(asks, registry) is None
    assert asks_no_one(asks, registry)
    assert not asks_no_one("Phó Thủ tướng có yêu cầu cụ thể như sau:", registry)
    # In a news article's paragraphs the request is a task of its own, with no owner.
    article = (
        "Bộ Xây dựng chủ trì rà soát quy hoạch.\n\nBộ Tài chính sẽ hoàn thiện chính sách thuế."
        "\n\nChính phủ cũng yêu cầu ban hành cơ chế đột phá.\n\nBộ Công an tăng cường kiểm tra.\n"
    )
    draft = extract(article, issued=date(2025, 9, 1), number="1/TB-VPCP")
    duty = next(d for d in draft.data["duties"] if d["text"].startswith("Chính phủ cũng"))
    assert duty["owners"] == []
    duty = next(d for d in draft.data["duties"] if d["text"].startswith("Bộ Tài chính"))
    assert [n for n, _ in _owners(draft, duty)] == ["Bộ Tài chính"]


def test_a_news_reports_opening_and_leaders_are_read_to_the_subject() -> None:
    """ "Công văn nêu rõ, để …, Chính phủ yêu cầu các đồng chí Bộ trưởng, … tiếp tục …":
    the report's opening, the purpose, then the office holders asked; "Trong đó, lãnh đạo
    các địa phương và các bộ, cơ quan Trung ương phải …": the leaders, in lower case."""
    assert _written(
        "Công văn nêu rõ, để phấn đấu thực hiện các mục tiêu của năm 2020, Chính phủ yêu cầu "
        "các đồng chí Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh tiếp tục quán triệt.",
        "responsible",
    ) == ["các đồng chí Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh"]
    assert _written(
        "Trong đó, lãnh đạo các địa phương và các bộ, cơ quan Trung ương phải đi sâu, đi sát; "
        "xác định rõ vướng mắc đối với từng doanh nghiệp và trên từng địa bàn.",
        "responsible",
    ) == ["lãnh đạo các địa phương và các bộ, cơ quan Trung ương"]


def test_a_directive_lead_in_gives_the_bodies_directed_to_the_items() -> None:
    """ "…, Thủ tướng Chính phủ chỉ thị các Bộ, …, DNNN tăng cường …, đáp ứng các yêu
    cầu:" over "1. Quán triệt …": the bodies directed own the items without a subject; an
    item naming its own subject keeps it."""
    text = (
        "Để đẩy mạnh sắp xếp doanh nghiệp, Thủ tướng Chính phủ chỉ thị các Bộ, cơ quan ngang "
        "Bộ, tổng công ty nhà nước tăng cường chỉ đạo, đáp ứng các yêu cầu:\n\n"
        "1. Quán triệt sâu sắc các quan điểm về cơ cấu lại doanh nghiệp.\n\n"
        "2. Ủy ban Quản lý vốn nhà nước tại doanh nghiệp khẩn trương ổn định bộ máy.\n"
    )
    draft = extract(text, issued=date(2019, 1, 1), number="01/CT-TTg")
    duties = _by_id(draft)
    assert [n for n, _ in _owners(draft, duties["S.1"])] == [
        "các Bộ, cơ quan ngang Bộ, tổng công ty nhà nước"
    ]
    assert [n for n, _ in _owners(draft, duties["S.2"])] == [
        "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"
    ]


def test_a_news_reports_verbs_end_the_owners_name() -> None:
    """ "giao Bộ X điều hòa, bổ sung …", "Bộ A, Bộ B cân đối số vốn …", "Văn phòng … phân
    loại, làm rõ …", "Các bộ, ngành chuyển bản điện tử …", "Các địa phương tăng cường …":
    the verb opens the duty; it is not part of the name."""
    registry = Registry()

    def names(text: str) -> list[str]:
        got = subject(text, registry)
        assert got is not None
        return [n.written for n in got.leads or got.responsible]

    assert names("Trên cơ sở đó, giao Bộ Giao thông vận tải điều hòa kế hoạch vốn.") == [
        "Bộ Giao thông vận tải"
    ]
    assert names("Bộ Kế hoạch và Đầu tư, Bộ Giao thông vận tải cân đối số vốn còn lại.") == [
        "Bộ Kế hoạch và Đầu tư",
        "Bộ Giao thông vận tải",
    ]
    assert names("Văn phòng UBND tỉnh phân loại, làm rõ nội dung kiến nghị.") == [
        "Văn phòng UBND tỉnh"
    ]
    assert names("Các bộ, ngành chuyển bản điện tử các văn bản liên quan.") == ["Các bộ, ngành"]
    assert names("Các địa phương tăng cường kiểm tra việc trả lương.") == ["Các địa phương"]


def test_the_bodies_named_after_a_collectives_such_as_own_the_duty() -> None:
    """ "các đơn vị như Cổng thông tin điện tử Bộ Nội vụ, Báo Dân trí, Tạp chí … cần …":
    the bodies listed after "như" own it ("điện tử Bộ" is no "tu bổ"); "các đơn vị như
    trên" names none after it and stays the collective."""
    assert _written(
        "Trong công tác truyền thông, các đơn vị như Cổng thông tin điện tử Bộ Nội vụ, Báo "
        "Dân trí, Tạp chí Tổ chức nhà nước và Lao động, cần tiếp tục chú trọng cao.",
        "responsible",
    ) == [
        "Cổng thông tin điện tử Bộ Nội vụ",
        "Báo Dân trí",
        "Tạp chí Tổ chức nhà nước và Lao động",
    ]
    assert _written("Các đơn vị như trên cần tiếp tục chú trọng.", "responsible") == [
        "Các đơn vị như trên"
    ]


def test_a_distributive_list_split_by_commas_names_each_known_body() -> None:
    """ "các Bộ: Kế hoạch và Đầu tư, Tài chính và Văn phòng Chính phủ": two ministries
    (each known with its kind before it) and the Office; "các Bộ: Văn hóa, Thể thao và Du
    lịch; Tài chính" keeps the comma inside the one ministry's name."""
    assert _written(
        "Yêu cầu các Bộ: Kế hoạch và Đầu tư, Tài chính và Văn phòng Chính phủ khẩn trương "
        "tổng hợp tình hình.",
        "responsible",
    ) == [
        "Bộ Kế hoạch và Đầu tư",
        "Bộ Tài chính",
        "Văn phòng Chính phủ",
    ]
    assert _written(
        "Giao các Bộ: Văn hóa, Thể thao và Du lịch; Tài chính chủ trì rà soát.", "leads"
    ) == ["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Tài chính"]


def test_an_article_titled_with_a_partys_duties_is_that_partys() -> None:
    """ "Điều 31. Trách nhiệm của doanh nghiệp cho thuê lại" over points with no subject:
    the party the title names (a short common noun phrase, not a known body) owns them,
    even across a Gazette page break; "Định kỳ hằng quý báo cáo … gửi Chủ tịch …, Sở …"
    has no subject of its own (the bodies after it receive the report); an article of one
    paragraph keeps its title's owner."""
    text = (
        "NGHỊ ĐỊNH\n"
        "Điều 31. Trách nhiệm của doanh nghiệp cho thuê lại\n\n"
        "CÔNG BÁO/Số 1203 + 1204/Ngày 28-12-2020\n33\n\n"
        "1. Niêm yết công khai bản chính giấy phép tại trụ sở chính.\n"
        "2. Định kỳ 06 tháng và hằng năm, báo cáo tình hình hoạt động theo Mẫu số 09, gửi "
        "Chủ tịch Ủy ban nhân dân cấp tỉnh, Sở Tài chính nơi doanh nghiệp đặt trụ sở "
        "chính. Báo cáo 06 tháng gửi trước ngày 20 tháng 6 và báo cáo năm gửi trước ngày "
        "20 tháng 12.\n"
        "Điều 32. Trách nhiệm của ngân hàng nhận ký quỹ\n"
        "1. Định kỳ hằng quý báo cáo về tình hình ký quỹ gửi Chủ tịch Ủy ban nhân dân cấp "
        "tỉnh, Sở Tài chính trước ngày 15 của tháng đầu quý sau.\n"
        "2. Thực hiện đầy đủ trách nhiệm của ngân hàng nhận ký quỹ theo quy định.\n"
        "Điều 36. Trách nhiệm của Ngân hàng Nhà nước Việt Nam\n"
        "Thực hiện việc thanh tra, kiểm tra, giám sát các ngân hàng nhận ký quỹ.\n"
    )
    draft = extract(text, issued=date(2020, 12, 14), number="145/2020/NĐ-CP")
    d = _by_id(draft)
    for k in ("D31.1", "D31.2"):
        assert [n for n, _ in _owners(draft, d[k])] == ["doanh nghiệp cho thuê lại"]
    for k in ("D32.1", "D32.2"):
        assert [n for n, _ in _owners(draft, d[k])] == ["ngân hàng nhận ký quỹ"]
    d36 = [x for k, x in d.items() if k.startswith("D36")]
    assert [[n for n, _ in _owners(draft, x)] for x in d36] == [["Ngân hàng Nhà nước Việt Nam"]]
    # The yearly days of the reports recur; none is a deadline.
    assert d["D31.2"]["windows"] == ["hằng năm"]
    assert d["D32.1"]["windows"] == ["hằng quý"]
    # A title naming no party ("Điều 33. Trách nhiệm thi hành") gives no owner.
    plain = text.replace("Trách nhiệm của doanh nghiệp cho thuê lại", "Tổ chức thực hiện")
    draft = extract(plain, issued=date(2020, 12, 14), number="145/2020/NĐ-CP")
    assert _owners(draft, _by_id(draft)["D31.1"]) == []


def test_a_texts_own_end_of_validity_is_no_duty() -> None:
    """ "3. Nghị quyết này hết hiệu lực kể từ ngày 01 tháng 3 năm 2027, …": the
    resolution's own end, no task and no deadline."""
    text = (
        "NGHỊ QUYẾT\n"
        "Điều 6. Tổ chức thi hành\n"
        "1. Bộ Công Thương rà soát các văn bản quy phạm pháp luật.\n"
        "Điều 8. Hiệu lực thi hành\n"
        "1. Nghị quyết này có hiệu lực thi hành từ ngày 29 tháng 4 năm 2026.\n"
        "2. Nghị quyết này hết hiệu lực kể từ ngày 01 tháng 3 năm 2027, trừ trường hợp luật "
        "có quy định khác có hiệu lực trước ngày 01 tháng 3 năm 2027.\n"
        "3. Bộ trưởng các bộ hướng dẫn áp dụng Nghị quyết này.\n"
    )
    draft = extract(text, issued=date(2026, 4, 29), number="19/2026/NQ-CP")
    assert not [x for x in draft.duties if x["text"].startswith("Nghị quyết này")]
    assert not [x for x in draft.duties if "2027" in " ".join(x["windows"])]


def test_a_rule_on_when_the_texts_own_rules_lapse_is_no_duty() -> None:
    """ "4. Trường hợp luật, … thông tư … có hiệu lực trong khoảng thời gian từ ngày … đến
    hết ngày 28 tháng 02 năm 2027 thì các quy định tương ứng trong Nghị quyết này hết hiệu
    lực …": a rule of law on the text's own validity; the window's end is no deadline."""
    text = (
        "NGHỊ QUYẾT\n"
        "Điều 6. Tổ chức thi hành\n"
        "1. Bộ Công Thương rà soát các văn bản quy phạm pháp luật.\n"
        "Điều 8. Hiệu lực thi hành\n"
        "1. Nghị quyết này có hiệu lực thi hành từ ngày 29 tháng 4 năm 2026.\n"
        "2. Trường hợp luật, nghị định; thông tư của Bộ trưởng, Thủ trưởng cơ quan ngang bộ có "
        "quy định về thủ tục hành chính được ban hành và thời điểm có hiệu lực trong khoảng thời "
        "gian từ ngày Nghị quyết này được ký ban hành đến hết ngày 28 tháng 02 năm 2027 thì các "
        "quy định tương ứng trong Nghị quyết này hết hiệu lực kể từ thời điểm các văn bản đó có "
        "hiệu lực.\n"
        "3. Bộ trưởng các bộ hướng dẫn áp dụng Nghị quyết này.\n"
    )
    draft = extract(text, issued=date(2026, 4, 29), number="19/2026/NQ-CP")
    assert not [x for x in draft.duties if x["text"].startswith("Trường hợp")]
    assert not [x for x in draft.duties if "2027" in " ".join(x["windows"])]
    assert [x["text"][:20] for x in draft.duties if x["text"].startswith("Bộ")] == [
        "Bộ Công Thương rà so",
        "Bộ trưởng các bộ hướ",
    ]


def test_a_minister_who_details_a_rule_is_named_without_the_verb() -> None:
    """ "Bộ trưởng Bộ Nội vụ quy định chi tiết việc điều chỉnh …": "quy định chi tiết" is
    the minister's act, not part of the name (the noun "theo quy định" is no verb)."""
    assert _written(
        "Bộ trưởng Bộ Nội vụ quy định chi tiết việc điều chỉnh đối với đối tượng.", "responsible"
    ) == ["Bộ trưởng Bộ Nội vụ"]
    assert _written(
        "Bộ Tài chính hướng dẫn thực hiện theo quy định của pháp luật.", "responsible"
    ) == ["Bộ Tài chính"]


def test_office_holders_then_a_body_named_as_such_are_two_owners() -> None:
    """ "1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, / thành phố
    trực thuộc trung ương theo thẩm quyền:" over points: the office holders, then the
    provinces' people's committees (a body, no "Chủ tịch" before it); "Bộ trưởng, …,
    Chủ tịch Ủy ban nhân dân …" stays the one phrase of office holders."""
    text = (
        "NGHỊ QUYẾT\n"
        "Điều 4. Tổ chức thi hành\n"
        "1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Ủy ban nhân dân các tỉnh,\n"
        "thành phố trực thuộc trung ương theo thẩm quyền:\n"
        "a) Chịu trách nhiệm tổ chức thi hành Nghị quyết này;\n"
        "b) Công bố thủ tục hành chính theo quy định.\n"
    )
    draft = extract(text, issued=date(2026, 4, 29), number="23/2026/NQ-CP")
    names = [n for n, _ in _owners(draft, _by_id(draft)["D4.1.b"])]
    assert names == [
        "Bộ trưởng, Thủ trưởng cơ quan ngang bộ",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
    ]
    one = "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh"
    assert _written(one + " chịu trách nhiệm thi hành.", "responsible") == [one]


def test_a_procedure_scheduled_by_calendar_dates_is_work() -> None:
    """ "Điều 3. Trình tự, thủ tục thực hiện" whose steps set calendar dates ("Chậm nhất
    đến hết ngày 20 tháng 10 năm 2021, cơ quan bảo hiểm xã hội hoàn thành …") is a
    one-off scheme's schedule: its steps are duties, owned by the subjects the steps name
    after their time limits (the employer, the agency in lower case); a step that only
    closes the window for filing requests is no deadline."""
    text = (
        "QUYẾT ĐỊNH\n\n"
        "Điều 3. Trình tự, thủ tục thực hiện\n"
        "1. Đối với người lao động đang tham gia bảo hiểm thất nghiệp\n"
        "a) Cơ quan bảo hiểm xã hội lập danh sách người lao động, gửi người sử dụng lao "
        "động. Chậm nhất đến hết ngày 20 tháng 10 năm 2021, cơ quan bảo hiểm xã hội hoàn "
        "thành việc gửi danh sách.\n"
        "b) Trong thời hạn 05 ngày làm việc kể từ ngày nhận được danh sách, người sử dụng "
        "lao động công khai danh sách người lao động.\n"
        "2. Đối với người lao động đã dừng tham gia bảo hiểm thất nghiệp\n"
        "a) Người lao động đề nghị cơ quan bảo hiểm xã hội hỗ trợ. Thời hạn tiếp nhận đề "
        "nghị hỗ trợ chậm nhất đến hết ngày 20 tháng 12 năm 2021.\n"
        "b) Trong thời hạn 10 ngày làm việc kể từ ngày nhận được đề nghị, cơ quan bảo hiểm "
        "xã hội chi trả tiền hỗ trợ, thời gian hoàn thành chậm nhất vào ngày 31 tháng 12 năm "
        "2021.\n"
        "Điều 6. Tổ chức thực hiện\n"
        "1. Bộ Tài chính hướng dẫn thực hiện.\n"
    )
    draft = extract(text, issued=date(2021, 10, 1), number="28/2021/QĐ-TTg")
    d = _by_id(draft)
    assert d["D3.1.a"]["windows"] == ["ngày 20/10/2021"]
    assert [n for n, _ in _owners(draft, d["D3.1.a"])] == ["Cơ quan bảo hiểm xã hội"]
    assert [n for n, _ in _owners(draft, d["D3.1.b"])] == ["người sử dụng lao động"]
    assert [n for n, _ in _owners(draft, d["D3.2.b"])] == ["cơ quan bảo hiểm xã hội"]
    assert d["D3.2.b"]["windows"] == ["ngày 31/12/2021"]
    assert d["D3.2.a"]["windows"] == ["không thời hạn"]
    # With no calendar date but the filing window, the procedure stays the rule.
    standing = re.sub(r"Chậm nhất đến hết ngày 20 tháng 10 năm 2021, ", "", text)
    standing = standing.replace(
        ", thời gian hoàn thành chậm nhất vào ngày 31 tháng 12 năm\n2021", ""
    )
    standing = standing.replace(
        ", thời gian hoàn thành chậm nhất vào ngày 31 tháng 12 năm 2021", ""
    )
    draft = extract(standing, issued=date(2021, 10, 1), number="28/2021/QĐ-TTg")
    assert [x["id"] for x in draft.duties] == ["D6.1"]


def test_points_under_a_collective_title_name_their_own_parties() -> None:
    """ "Điều 26. Trách nhiệm của các cá nhân, tổ chức có liên quan" over points that each
    open with the parties they bind before "có trách nhiệm": those parties own them, split
    where a party's head noun recurs ("…, tổ chức hỗ trợ chi trả", "… và người sử dụng lao
    động"); under a named body's title the body keeps its points."""
    text = (
        "NGHỊ ĐỊNH\n"
        "Điều 26. Trách nhiệm của các cá nhân, tổ chức có liên quan\n"
        "1. Người tham gia đóng bảo hiểm xã hội, bảo hiểm y tế và người sử dụng lao động có "
        "trách nhiệm kê khai đầy đủ thông tin.\n"
        "2. Tổ chức hỗ trợ phát triển đối tượng, tổ chức hỗ trợ chi trả có trách nhiệm quản "
        "lý người hưởng.\n"
        "3. Trung tâm dịch vụ việc làm có trách nhiệm cung cấp hồ sơ.\n"
        "Điều 27. Trách nhiệm của Bộ Tài chính\n"
        "1. Trung tâm dịch vụ việc làm có trách nhiệm cung cấp hồ sơ cho Bộ.\n"
    )
    draft = extract(text, issued=date(2025, 8, 26), number="233/2025/NĐ-CP")
    d = _by_id(draft)
    assert [n for n, _ in _owners(draft, d["D26.1"])] == [
        "Người tham gia đóng bảo hiểm xã hội, bảo hiểm y tế",
        "người sử dụng lao động",
    ]
    assert [n for n, _ in _owners(draft, d["D26.2"])] == [
        "Tổ chức hỗ trợ phát triển đối tượng",
        "tổ chức hỗ trợ chi trả",
    ]
    assert [n for n, _ in _owners(draft, d["D26.3"])] == ["Trung tâm dịch vụ việc làm"]
    assert [n for n, _ in _owners(draft, d["D27.1"])] == ["Bộ Tài chính"]


# A scraped news page: title, sapo, then the WHOLE body on one line (its paragraph breaks,
# numbered items, bullets and a photo's caption run together). Made up.
_RUN_ON_BODY = (
    "Ảnh minh họa Theo báo cáo ngày 15.6.2017 của Bộ Nông nghiệp và Phát triển nông thôn, "
    "cả nước có 1.000 ổ dịch tại 2.5 nghìn thôn, trong đó TP. HCM có 12 ổ dịch. "
    "PGS.TS. Nguyễn Văn An cho biết dịch đã lan rộng ở nhiều tỉnh phía Bắc. "
    "Theo Điều 3. Nghị định 01/2017/NĐ-CP, các địa phương phải công bố dịch khi có ổ dịch mới. "
    "Tình hình chăn nuôi trong năm qua gặp nhiều khó khăn, giá thịt lợn giảm sâu, nhiều hộ chăn "
    "nuôi thua lỗ, bỏ chuồng, đàn gia súc giảm mạnh so với cùng kỳ năm trước. "
    "Để kịp thời khống chế dịch, Thủ tướng Chính phủ yêu cầu: "
    "1. Bộ Nông nghiệp và Phát triển nông thôn: a) Chỉ đạo các đơn vị chuyên môn giám sát chặt "
    "chẽ dịch bệnh trên địa bàn cả nước. b) Hoàn thành việc cung ứng vắc-xin trước ngày 30/6/2017. "
    "2. Bộ Y tế chủ trì, phối hợp với các địa phương tuyên truyền để người dân không sử dụng "
    "sản phẩm gia súc bị bệnh. "
    "3. Bộ Tài chính bố trí kinh phí hỗ trợ các địa phương theo khoản 1 Điều 5 Nghị định "
    "01/2017/NĐ-CP. Các nhiệm vụ nêu tại (1) phải được báo cáo kết quả hằng tuần. "
    "Ông cũng yêu cầu các tỉnh thực hiện ngay các việc sau: - Tiêu hủy gia súc bệnh theo đúng "
    "quy định. - Khử trùng chuồng trại, nơi buôn bán gia súc. "
    "Thứ nhất, UBND các tỉnh, thành phố rà soát toàn bộ cơ sở giết mổ trên địa bàn. "
    "Thứ hai, Bộ Công Thương chỉ đạo lực lượng quản lý thị trường kiểm soát việc vận chuyển "
    "gia súc. Hiện nay, công tác phòng chống dịch được các địa phương quan tâm, nhiều nơi đã "
    "thành lập đoàn kiểm tra liên ngành, tổ chức trực 24/24 giờ tại các chốt kiểm dịch động vật "
    "trên các tuyến đường chính. Nhiều địa phương đã chủ động bố trí kinh phí dự phòng cho "
    "công tác phòng, chống dịch bệnh trong những tháng tới."
)
_RUN_ON_NEWS = (
    "Thủ tướng giao nhiệm vụ phòng, chống dịch bệnh gia súc\n"
    "Thủ tướng Chính phủ vừa có Công điện yêu cầu các bộ, ngành, địa phương tập trung phòng, "
    "chống dịch bệnh gia súc.\n" + _RUN_ON_BODY + "\n"
)


def test_a_hard_wrapped_news_page_s_body_is_cut_as_the_original_s_one_line() -> None:
    from nq42cli.core.layout_runon import split_run_on

    # The page saved as text at 80 columns (an e-mail, a reader's copy): the body's
    # lines are one paragraph's, read whole, or the copy is one paragraph dated by any
    # date in the article.
    def wrap(text: str) -> str:
        return "\n".join(
            cut
            for line in text.split("\n")
            for cut in (
                textwrap.wrap(line, 80, break_long_words=False, break_on_hyphens=False)
                if len(line) > 90
                else [line]
            )
        )

    wrapped = wrap(_RUN_ON_NEWS)
    assert wrapped.count("\n") > 20
    got, want = split_run_on(wrapped), split_run_on(_RUN_ON_NEWS)
    body = [x for x in want.text.split("\n")[2:] if x]
    assert [x for x in got.text.split("\n") if x][-len(body) :] == body
    assert (got.lines, got.paragraphs, got.article) == (want.lines, want.paragraphs, want.article)
    # Every cut paragraph points at the first line of the body it was cut from.
    first = wrapped.split("\n").index(wrap(_RUN_ON_BODY).split("\n")[0]) + 1
    assert set(got.origin[-2 * len(body) : -1]) == {first}
    issued = date(2017, 6, 20)
    ours = extract(wrapped, issued=issued, number=None).duties
    theirs = extract(_RUN_ON_NEWS, issued=issued, number=None).duties
    assert [(d["text"], d.get("timing")) for d in ours] == [
        (d["text"], d.get("timing")) for d in theirs
    ]


def test_a_run_on_news_body_is_cut_at_sentence_ends_and_inline_labels() -> None:
    from nq42cli.core.layout_runon import RUN_ON_CHARS, split_run_on

    assert len(_RUN_ON_BODY) > RUN_ON_CHARS
    got = split_run_on(_RUN_ON_NEWS)
    lines = got.text.split("\n")
    paras = [x for x in lines[2:] if x]
    assert (got.lines, got.paragraphs) == (1, len(paras))
    # Blank lines between the paragraphs; all of them point at the source's line 3.
    assert lines[3] == ""
    assert len(lines) == 2 + 2 * len(paras)
    assert got.origin[:3] == [1, 2, 3]
    assert set(got.origin[2:-1]) == {3}
    starts = [p[:22] for p in paras]
    assert starts == [
        "Ảnh minh họa",  # a caption run in is cut off
        "Theo báo cáo ngày 15.6",  # "15.6.2017", "1.000", "2.5", "TP. HCM" not cut
        "PGS.TS. Nguyễn Văn An ",
        "Theo Điều 3. Nghị định",  # "Điều 3." is a reference, not a sentence's end
        "Tình hình chăn nuôi tr",
        "Để kịp thời khống chế ",
        "1. Bộ Nông nghiệp và P",
        "a) Chỉ đạo các đơn vị ",
        "b) Hoàn thành việc cun",
        "2. Bộ Y tế chủ trì, ph",
        "3. Bộ Tài chính bố trí",  # "khoản 1 Điều 5", "01/2017/NĐ-CP" not cut
        "Các nhiệm vụ nêu tại (",  # "(1)" referred back to is no label
        "Ông cũng yêu cầu các t",
        "- Tiêu hủy gia súc bện",
        "- Khử trùng chuồng trạ",
        "Thứ nhất, UBND các tỉn",
        "Thứ hai, Bộ Công Thươn",
        "Hiện nay, công tác phò",
        "Nhiều địa phương đã ch",
    ]


def test_a_run_on_news_body_gives_its_items_owners_and_deadline() -> None:
    draft = extract(_RUN_ON_NEWS, issued=date(2017, 6, 1), number="01/CĐ-TTg")

    def duty(start: str) -> dict[str, Any]:
        return next(d for d in draft.duties if d["text"].startswith(start))

    vaccine = duty("Hoàn thành việc cung ứng")
    assert _owners(draft, vaccine) == [("Bộ Nông nghiệp và Phát triển nông thôn", "responsible")]
    assert vaccine["windows"] == ["trước ngày 30/6/2017"]
    assert _owners(draft, duty("Bộ Y tế chủ trì"))[0] == ("Bộ Y tế", "lead")
    assert ("Bộ Công Thương", "responsible") in _owners(draft, duty("Thứ hai, Bộ Công Thương"))
    # No date of the run-on body but the vaccine's is read as a deadline.
    dated = [d for d in draft.duties if any(parse_window(w).end for w in d.get("windows", []))]
    assert dated == [vaccine]
    assert (draft.coverage.run_on_lines, draft.coverage.run_on_paragraphs) == (1, 19)
    lines = coverage_lines(draft, "en")
    assert (
        lines[1] == "COVERAGE: 1 over-long lines (paragraph breaks lost) split into 19 paragraphs"
    )


def test_long_lines_that_kept_their_breaks_are_not_cut() -> None:
    from nq42cli.core.layout_runon import split_run_on

    sentence = "Các bộ, ngành tiếp tục rà soát, hoàn thiện thể chế. "
    # A long list item, a long table row and one long sentence are the document's units.
    item = "- " + sentence * 40
    row = "| 1. | " + sentence * 40 + " | Bộ Tư pháp |"
    one = "Giao " + ", ".join(["Bộ Tư pháp rà soát văn bản"] * 80) + "."
    short = "\n".join([sentence * 5] * 4)
    for text in (item, row, one, short):
        got = split_run_on(text)
        assert (got.text, got.lines) == (text, 0)


def test_a_run_on_body_is_cut_where_a_list_line_or_a_lost_space_began() -> None:
    from nq42cli.core.layout_runon import split_run_on

    filler = "Hội nghị đánh giá kết quả thực hiện nhiệm vụ của các sở, ngành trong tháng qua. " * 20
    body = (
        filler + "Sở Y tế rà soát các cơ sở khám bệnh; tăng cường kiểm tra an toàn thực phẩm; "
        "Giao Sở Công Thương kiểm soát giá cả thị trường.Chủ tịch UBND tỉnh cũng yêu cầu "
        "TP.HCM và Th.S Lê Văn Bình báo cáo kết quả. 6 tháng cuối năm 2017, toàn ngành tập "
        "trung thanh tra các dự án."
    )
    paras = [x for x in split_run_on(body).text.split("\n") if x][20:]
    assert paras == [
        # A capital after ";" is a list's line; the lower-case clause stays in its sentence.
        "Sở Y tế rà soát các cơ sở khám bệnh; tăng cường kiểm tra an toàn thực phẩm;",
        "Giao Sở Công Thương kiểm soát giá cả thị trường.",  # ".C": the space was lost
        "Chủ tịch UBND tỉnh cũng yêu cầu TP.HCM và Th.S Lê Văn Bình báo cáo kết quả.",
        "6 tháng cuối năm 2017, toàn ngành tập trung thanh tra các dự án.",
    ]


def _doubled(text: str) -> str:
    return re.sub(r"(?<=\S) (?=\S)", "  ", text)


@pytest.mark.parametrize("copy", ["doubled", "glyphs"])
def test_rules_that_look_again_at_a_printed_line_read_its_copies_alike(copy: str) -> None:
    """A justified PDF's doubled spaces, a word processor's or a PDF's glyph bullets: the
    rules that read a duty's printed line again (a topic naming the tasks of a period, a
    labelled point kept dated though it names no directive) read the line as the pieces
    do, with one space and "-" bullets."""
    period = MEETING_PERIOD_TOPIC
    points = (
        "1. Giao Bộ Tài chính:\n"
        "- Hội đồng thẩm định thẩm định Báo cáo trong tháng 8 năm 2025.\n"
        "- Hội đồng thẩm định thẩm định Đề án trong tháng 11 năm 2025.\n"
    )
    if copy == "doubled":
        period, points = _doubled(period), _doubled(points)
    else:
        points = points.replace("- ", "\uf0b7 ")
    got = {d["text"][:14]: d["windows"] for d in extract(period, issued=date(2025, 1, 20)).duties}
    assert got["Bộ Nội vụ chỉ "] == ["quý I/2025"]
    assert got["Bộ Công Thương"] == ["quý I/2025"]
    duties = extract(points, issued=date(2025, 3, 1), number="1/KH-BXD").duties
    assert [d["windows"] for d in duties] == [["tháng 8/2025"], ["tháng 11/2025"]]


def test_a_plain_copy_of_a_numbered_heading_over_paren_points_lists_them() -> None:
    """The plain copy of "### 1. <owner>" over "(1)", "(2)": a numbered line of a few
    words that ends no sentence is that heading still, and the run under it its points,
    not footnotes."""
    text = re.sub(r"(?m)^#+ ", "", MARKDOWN_NUMBERED_HEADINGS)
    draft = extract(text, issued=date(2025, 4, 14))
    got = _by_id(draft)
    assert sorted(got) == ["S.1.1", "S.1.2", "S.2.1", "S.2.2"]
    assert got["S.1.1"]["text"].startswith("Bám sát nghị quyết")


def test_an_article_number_alone_takes_its_title_from_the_next_line() -> None:
    """ "Điều 5." alone, "Trách nhiệm của Ủy ban nhân dân cấp xã" on the next line (the
    bold that joined them lost): the line is the article's title, so its owner leads the
    points."""
    text = (
        "QUYẾT ĐỊNH\n\n"
        "Điều 5.\n"
        "Trách nhiệm của Ủy ban nhân dân cấp xã\n\n"
        "1. Chỉ đạo, giải quyết, xử lý các vi phạm về bảo vệ công trình điện lực.\n\n"
        "2. Tuyên truyền, phổ biến quy định của pháp luật về an toàn điện.\n"
    )
    draft = extract(text, issued=date(2025, 3, 1), number="27/2025/QĐ-UBND")
    owners = [_owners(draft, d) for d in draft.duties]
    assert len(owners) == 2
    assert all(o and o[0][0] == "Ủy ban nhân dân cấp xã" for o in owners), owners


def test_a_list_of_named_bodies_wrapped_after_a_semicolon_goes_on() -> None:
    """ "yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng;" then "Khoa học và Công
    nghệ xây dựng …": the ";" ends a name in the subject's list, not a sentence; the next
    line names the list's last body."""
    text = (
        "1. Nhiệm vụ\n\n"
        "1.2. Đối với các nhiệm vụ cần điều chỉnh thẩm quyền, yêu cầu các Bộ: Nông nghiệp"
        " và Môi trường; Xây dựng;\n"
        "Khoa học và Công nghệ xây dựng phương án đề xuất, báo cáo Chính phủ trước ngày"
        " 15/12/2025.\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="174/CV-BCĐ")
    assert len(draft.duties) == 1, draft.duties
    (duty,) = draft.duties
    assert duty["windows"] == ["trước ngày 15/12/2025"]
    names = [n for n, _ in _owners(draft, duty)]
    assert names[-1] == "Bộ Khoa học và Công nghệ", names


def test_a_spaced_dash_a_line_break_cut_to_a_line_start_is_no_bullet() -> None:
    """ "… đường dây 500 kV Vĩnh Tân - rẽ Sông Mây" then "- Tân Uyên, …": a full line of
    prose writing names with " - " broke mid-phrase before one; the dash joins the words
    around it, it opens no item (a list's items follow a ":" or one another)."""
    text = (
        "Thủ tướng Chính phủ vừa có Công điện về việc giải quyết vướng mắc trong công tác\n"
        "bồi thường giải phóng mặt bằng các công trình đường dây 500 kV.\n"
        "Để bảo đảm tiến độ vận hành các công trình đường dây 500 kV Vĩnh Tân - rẽ Sông Mây\n"
        "- Tân Uyên, Thủ tướng Chính phủ yêu cầu UBND tỉnh Bình Thuận hoàn thành phê duyệt\n"
        "giá đất cụ thể trong tháng 7/2017.\n"
        "Các nhiệm vụ gồm\n"
        "- Rà soát phương án bồi thường.\n"
    )
    texts = [p.text for p in pieces(text) if isinstance(p, Line)]
    assert any("rẽ Sông Mây - Tân Uyên, Thủ tướng" in t for t in texts), texts
    assert not any(t.startswith("- Tân Uyên") for t in texts), texts
    assert "- Rà soát phương án bồi thường." in texts, texts


_NEWS_MEETING = "\n\n".join(
    [
        "Phó Thủ tướng yêu cầu đẩy nhanh giải ngân vốn đầu tư công",
        "Bộ Tài chính rà soát các khoản chi trước ngày 15/7/2017.",
        (
            "Chiều 4/7, Phó Thủ tướng Trần Văn An chủ trì cuộc họp đánh giá tình hình "
            "thực hiện trong 6 tháng đầu năm."
        ),
        (
            "Về các giải pháp trung, dài hạn, Thủ tướng Chính phủ giao các bộ, ngành, địa"
            " phương tiếp tục thực hiện các nghị quyết; trong tháng 8 năm 2017 có báo cáo"
            " Chính phủ."
        ),
        (
            "Cụ thể, về công tác chi trả bồi thường, Phó Thủ tướng Thường trực yêu cầu "
            "các địa phương đẩy nhanh tiến độ chi trả, hoàn thành trước ngày 30/6/2017."
        ),
        (
            "Trước tình trạng trên, thừa ủy quyền của Thủ tướng Chính phủ, Phó Thủ tướng "
            "Trần Văn An vừa ký công văn số 204/TTg-ĐMDN về việc báo cáo giám sát tài "
            "chính yêu cầu các Bộ, cơ quan ngang Bộ kiểm điểm, làm rõ trách nhiệm trong "
            "tháng 2/2017."
        ),
        "Về thi công, Phó Thủ tướng yêu cầu quyết liệt đẩy nhanh tiến độ thi công.",
        "Về việc này, Thủ tướng Chính phủ giao Bộ Tài chính rà soát các khoản thu.",
        (
            "Về một số giải pháp cần thực hiện nhanh, Thủ tướng Chính phủ yêu cầu các Bộ,"
            " ngành liên quan triển khai trong tháng 6 năm 2017."
        ),
        "Cụ thể, Bộ Công Thương phải báo cáo Chính phủ kết quả rà soát các dự án.",
        (
            "Trong 6 tháng cuối năm, các ngành, các cấp phải thực hiện cho được mục tiêu "
            "kéo giảm số vụ tai nạn từ 5-10%."
        ),
        (
            "Ban Chỉ đạo cấp tỉnh thành lập trong Quý III/2017 và tự giải thể sau khi "
            "hoàn thành nhiệm vụ."
        ),
        (
            "Bộ Giao thông vận tải báo cáo việc điều chỉnh giá của các trạm thu phí đã "
            "quyết toán trong năm 2017."
        ),
    ]
)


def test_a_news_report_s_topic_opening_narration_and_lead_ins_are_no_duties() -> None:
    draft = extract(_NEWS_MEETING, issued=date(2017, 2, 1), number="01/TB-VPCP")
    got = {d["text"][:40]: d["windows"] for d in draft.duties}
    assert got == {
        "Bộ Tài chính rà soát các khoản chi trước": ["trước ngày 15/7/2017"],
        # A topic or reason clause before the speaker is cut: the duty is the request.
        "Thủ tướng Chính phủ giao các bộ, ngành, ": ["tháng 8/2017"],
        "Phó Thủ tướng Thường trực yêu cầu các đị": ["trước ngày 30/6/2017"],
        # A signed document's number and subject before "yêu cầu" are narration.
        "yêu cầu các Bộ, cơ quan ngang Bộ kiểm đi": ["tháng 2/2017"],
        # No one named after the speaker, or a pointer back: the sentence stays whole.
        "Về thi công, Phó Thủ tướng yêu cầu quyết": ["không thời hạn"],
        "Về việc này, Thủ tướng Chính phủ giao Bộ": ["không thời hạn"],
        # The lead-in "… triển khai trong tháng 6 năm 2017." before "Cụ thể, …" is no
        # duty; "Chiều 4/7, … chủ trì cuộc họp …" opens the report; a target to reach
        # "cho được" and a temporary body's lifetime assign nothing.
        "Cụ thể, Bộ Công Thương phải báo cáo Chín": ["không thời hạn"],
        # "đã quyết toán trong năm 2017": when something was done, no deadline.
        "Bộ Giao thông vận tải báo cáo việc điều ": ["không thời hạn"],
    }
    assert draft.coverage.skipped["news_opening"] == 1
    assert draft.coverage.skipped["intro"] == 1
    assert draft.coverage.skipped["target"] == 1
    assert draft.coverage.skipped["lifetime"] == 1


def test_words_folding_alike_are_read_with_their_marks() -> None:
    def read(text: str) -> list[tuple[str, bool]]:
        return [(sp.text, sp.read) for sp in find_spans(text, date(2017, 1, 5))]

    # "đầu tư năm 2025" is the year's investment, not "từ năm 2025" (from 2025 on).
    assert read("Phương án đầu tư năm 2025 được thông qua.") == [("năm 2025", False)]
    assert read("Tổ chức thực hiện từ năm 2025.") == [("Tổ chức thực hiện từ năm 2025", True)]
    assert read("trước Thứ Tư, ngày 03/12/2025") == [("trước Thứ Tư, ngày 03/12/2025", True)]
    # "đã quyết toán trong năm 2017" tells when it was done; "tối đa" is no "đã".
    assert read("các trạm đã quyết toán trong năm 2017 theo hướng giảm giá") == [
        ("trong năm 2017", False)
    ]
    assert read("giảm tối đa giấy tờ trong năm 2025") == [("trong năm 2025", True)]
    # "không chấp nhận … trong năm 2017": a period of refusal, as "không để …".
    assert read("Chính phủ không chấp nhận giảm vốn trong năm 2017.") == [("trong năm 2017", False)]


def test_a_run_on_body_is_cut_where_a_year_lost_its_space() -> None:
    from nq42cli.core.layout_runon import split_run_on

    filler = "Hội nghị đánh giá kết quả thực hiện nhiệm vụ của các sở, ngành trong tháng qua. " * 20
    body = filler + "Bộ Công Thương điều hành giá điện năm 2017.Bộ Giao thông vận tải báo cáo."
    paras = [x for x in split_run_on(body).text.split("\n") if x][20:]
    assert paras == [
        "Bộ Công Thương điều hành giá điện năm 2017.",
        "Bộ Giao thông vận tải báo cáo.",
    ]


def test_a_run_on_news_body_s_figures_and_reports_are_no_duties() -> None:
    filler = "Hội nghị đánh giá kết quả thực hiện nhiệm vụ của các sở, ngành trong tháng qua. " * 20
    body = (
        "Tính đến ngày 31/5/2017, 4 tỉnh đã giải ngân được 4.599 tỷ đồng. "
        + filler
        + "Theo Bộ Tài chính, kết quả giải ngân đạt 25,6% kế hoạch. Bộ Tài chính rà soát "
        "các khoản chi, báo cáo Thủ tướng trước ngày 15/7/2017. Các tỉnh rà soát, bảo đảm "
        "không còn người dân bị bỏ sót, bồi thường cho 1.000 người."
    )
    # A scraped page: title, sapo, then the whole body on one line.
    head = "Đẩy nhanh giải ngân vốn đầu tư công\nPhó Thủ tướng yêu cầu đẩy nhanh giải ngân.\n"
    text = head + body + "\n"
    draft = extract(text, issued=date(2017, 6, 1), number="01/TB-VPCP")
    starts = [d["text"][:20] for d in draft.duties]
    assert "Tính đến ngày 31/5/2" not in starts
    assert "Theo Bộ Tài chính, k" not in starts
    assert draft.coverage.skipped["narration"] == 2
    # A request stays, figures or not.
    assert "Bộ Tài chính rà soát" in starts
    assert "Các tỉnh rà soát, bả" in starts


def test_a_run_on_body_copied_with_doubled_spaces_is_cut_as_the_original() -> None:
    """A justified PDF's copy doubles the gaps between words: the run-on body is cut at
    the same places, its caption and labels found as in the single-spaced original, and
    a paragraph whose gaps alone pass the length is not cut."""
    from nq42cli.core.layout_runon import RUN_ON_CHARS, split_run_on

    doubled = re.sub(r"(?<=\S) (?=\S)", "  ", _RUN_ON_NEWS)
    want = [re.sub(r"\s+", " ", p) for p in split_run_on(_RUN_ON_NEWS).text.split("\n")]
    got = [re.sub(r"\s+", " ", p) for p in split_run_on(doubled).text.split("\n")]
    assert got == want
    paragraph = " ".join(["Bộ Y tế chủ trì rà soát các cơ sở."] * 36)
    assert len(paragraph) < RUN_ON_CHARS < len(paragraph.replace(" ", "  "))
    assert split_run_on(paragraph.replace(" ", "  ")).lines == 0


def test_a_news_page_s_tasks_in_the_future_or_as_obligations_are_read() -> None:
    # A scraped page: title, sapo, then the body's paragraphs on one line. Its tasks are
    # reported as what a named body will or must do, or its act after "Tới đây,",
    # "Đồng thời,", "Cũng theo yêu cầu của …,"; what a body did is narration.
    body = (
        "Cũng theo yêu cầu của lãnh đạo thành phố, trong tháng 9/2017, quận Ba Đình phải "
        "hoàn thành việc rà soát các công trình vi phạm. Đồng thời, quận Ba Đình chủ động "
        "rà soát các dự án chậm triển khai. Lãnh đạo quận Ba Đình phải giao trách nhiệm cụ "
        "thể cho các phường. Trước những vi phạm này, UBND quận đã chỉ đạo UBND phường đôn "
        "đốc và yêu cầu ông Nguyễn Văn A tháo dỡ xong trước ngày 25/6/2017. Theo UBND quận, "
        "từ năm 2008 đến nay mặt hồ được giao khoán cho các hộ dân nuôi cá. "
        + "Hội nghị đánh giá kết quả thực hiện nhiệm vụ của các phường trong tháng qua. "
        * 12
        + "Tới đây, lực lượng Công an mở đợt cao điểm đấu tranh với các hành vi vi phạm. "
        "Bộ Tài chính đã ban hành hướng dẫn về kinh phí."
    )
    head = "Xử lý vi phạm trên hồ\nThành phố yêu cầu xử lý nghiêm các vi phạm.\n"
    draft = extract(head + body + "\n", issued=date(2017, 7, 1), number="01/TB-UBND")
    by_start = {d["text"][:22]: d for d in draft.duties}
    assert "Cũng theo yêu cầu của " in by_start
    assert by_start["Cũng theo yêu cầu của "]["timing"] == "trong tháng 9/2017"
    assert "Đồng thời, quận Ba Đìn" in by_start
    assert "Lãnh đạo quận Ba Đình " in by_start
    assert "Tới đây, lực lượng Côn" in by_start
    # What a body did after a reason opening is no task, and its date no deadline.
    assert "Trước những vi phạm n" not in {s[:21] for s in by_start}
    assert all("25/6/2017" not in (d.get("timing") or "") for d in draft.duties)


_SHORT_PAGE_BODY = (
    "Chiều 4.7, Phó thủ tướng chủ trì cuộc họp về giải ngân vốn đầu tư công. Theo Bộ "
    "KH-ĐT, đến hết tháng 6 số vốn chưa giao là trên 4.000 tỉ đồng. Khó khăn hiện nằm ở "
    "việc giao vốn. Phó thủ tướng yêu cầu Bộ trưởng Bộ KH-ĐT tổ chức kiểm điểm trách "
    "nhiệm các cá nhân, báo cáo Thủ tướng Chính phủ trước ngày 30/7/2017. Ông Tuấn cho "
    "rằng việc giao vốn chậm đã ảnh hưởng tiêu cực. Đồng thời Phó thủ tướng yêu cầu Bộ "
    "KH-ĐT khẩn trương đề xuất sửa đổi các nghị định theo hình thức rút gọn. Chí Hiếu"
)


def test_a_short_scraped_page_s_body_is_cut_like_a_run_on_line() -> None:
    from nq42cli.core.layout_runon import RUN_ON_CHARS, split_run_on

    # Title, sapo, one body line: a scraped page, its body cut at any length.
    page = "Kiểm điểm việc chậm giải ngân\nChiều 4.7, cuộc họp đã diễn ra.\n" + _SHORT_PAGE_BODY
    assert len(_SHORT_PAGE_BODY) < RUN_ON_CHARS
    got = split_run_on(page)
    assert got.article
    assert got.lines == 1
    assert got.paragraphs >= 6
    # The same paragraph in a document of more lines is a paragraph, kept whole.
    doc = "KẾ HOẠCH\nThực hiện Nghị quyết\n\nI. MỤC TIÊU\n" + _SHORT_PAGE_BODY
    got = split_run_on(doc)
    assert not got.article
    assert got.lines == 0


def test_a_speaker_in_lower_case_or_by_name_asks_the_body_after_the_verb() -> None:
    reg = Registry()
    cases = {
        "Phó thủ tướng yêu cầu Bộ trưởng Bộ KH-ĐT tổ chức kiểm điểm trách nhiệm.": (
            "Bộ trưởng Bộ KH-ĐT"
        ),
        "Đồng thời Phó thủ tướng yêu cầu Bộ KH-ĐT khẩn trương đề xuất sửa đổi.": "Bộ KH-ĐT",
        "Ông Tuyến yêu cầu VNPT tổng hợp ý kiến của các sở ngành.": "VNPT",
    }
    for text, owner in cases.items():
        got = subject(text, reg)
        assert got is not None, text
        assert [n.written for n in got.responsible] == [owner], text
    # A person who only says something asks no one; a word in lower case is no name.
    assert subject("Ông Tuyến cho rằng việc cho ý kiến là không khó.", reg) is None
    assert subject("Ông ấy yêu cầu Bộ Y tế kiểm tra.", reg) is None


def test_a_short_scraped_page_with_two_requests_reads_them() -> None:
    page = "Kiểm điểm việc chậm giải ngân\nChiều 4.7, cuộc họp đã diễn ra.\n" + _SHORT_PAGE_BODY
    draft = extract(page, issued=date(2017, 7, 4), number="01/TB-VPCP")
    got = {d["text"][:30]: d for d in draft.duties}
    first = got["Phó thủ tướng yêu cầu Bộ trưởn"]
    assert first["timing"] == "trước ngày 30/7/2017"
    assert [o["owner"] for o in first["owners"]] == ["bo_truong_bo_kh_dt"]
    second = got["Đồng thời Phó thủ tướng yêu cầ"]
    assert [o["owner"] for o in second["owners"]] == ["bo_kh_dt"]
    assert second["timing"] is None
    # The figures, the opening and what someone said are the report's, not tasks.
    assert len(draft.duties) == 2
    # A page whose only named sentence tells a past act is left as it was.
    told = page.replace("yêu cầu Bộ trưởng", "đã gặp Bộ trưởng").replace(
        "Đồng thời Phó thủ tướng yêu cầu", "Đồng thời Phó thủ tướng đã gặp"
    )
    assert extract(told, issued=date(2017, 7, 4), number="01/TB-VPCP").duties == []


def test_a_scraped_page_s_request_behind_a_purpose_is_read_from_its_speaker() -> None:
    body = (
        "Thủ tướng Chính phủ vừa có Công điện về việc giải quyết vướng mắc trong công tác "
        "bồi thường. Đó là các công trình đường dây Tân Uyên. Để bảo đảm tiến độ vận hành "
        "các công trình trong năm 2018, Thủ tướng Chính phủ yêu cầu UBND tỉnh Bình Thuận "
        "khẩn trương hoàn thành phê duyệt giá đất cụ thể trong tháng 7/2017. Hoàng Anh"
    )
    page = "Công điện về bồi thường\nThủ tướng vừa có Công điện.\n" + body
    draft = extract(page, issued=date(2017, 7, 10), number="01/CĐ-TTg")
    assert [d["text"][:45] for d in draft.duties] == [
        "Thủ tướng Chính phủ yêu cầu UBND tỉnh Bình Th"
    ]
    (duty,) = draft.duties
    assert [o["owner"] for o in duty["owners"]] == ["ubnd_tinh_binh_thuan"]
    # The purpose's year is left with the purpose; the duty's own month is its deadline.
    assert duty["timing"] == "trong tháng 7/2017"
    assert duty["windows"] == ["tháng 7/2017"]
    # Behind a purpose, a speaker who does more than ask is not cut to.
    from nq42cli.core.extract import _past_purpose

    told = "Để giải quyết việc này, Ban Thường vụ thống nhất và giao UBND tỉnh Lào Cai xử lý."
    assert _past_purpose(told, Registry()) == told
    asked = "Để khắc phục việc này, đặc biệt nguy cơ sạt lở, UBND TP yêu cầu các sở xử lý."
    assert _past_purpose(asked, Registry()) == "UBND TP yêu cầu các sở xử lý."


def test_a_deputy_minister_s_request_after_a_topic_is_read_from_the_speaker() -> None:
    from nq42cli.core.extract import _past_topic

    text = (
        "Về nhiệm vụ trọng tâm trong quý 4, Thứ trưởng Vũ Thị Mai đề nghị Ban Chỉ đạo 389 "
        "các bộ, ngành, địa phương khẩn trương thực hiện chỉ đạo của Chính phủ."
    )
    rest = _past_topic(text, Registry())
    assert rest.startswith("Thứ trưởng Vũ Thị Mai đề nghị Ban Chỉ đạo 389")
    got = subject(rest, Registry())
    assert got is not None
    assert [n.written for n in got.responsible] == ["Ban Chỉ đạo 389 các bộ, ngành, địa phương"]


def test_a_page_s_date_is_read_from_the_report_of_its_document_s_issuing() -> None:
    from nq42cli.core.docheader import issuing_report

    after = (
        "# Tháo gỡ khó khăn cho các dự án giao thông\n\n"
        "### Nội dung chính\n\n"
        "Mục tiêu hoàn thành các dự án là không thay đổi\n\n"
        "Văn phòng Chính phủ vừa ban hành Thông báo số 12/TB-VPCP ngày 5/6/2025 kết luận "
        "của Phó Thủ tướng về các dự án giao thông.\n\n"
        "Phó Thủ tướng yêu cầu Bộ Xây dựng hoàn thành thủ tục trước ngày 30/9/2025.\n"
    )
    draft = extract(after)
    assert draft.data["plan"]["date"] == "2025-06-05"
    assert any("read from the report of its issuing" in n for n in draft.notes)
    opening = (
        "# Toàn văn Công văn 77-CV/BTCTW về biên chế\n\n"
        "Ngày 17/9/2025, Ban chấp hành Trung ương đã ban hành Công văn 77-CV/BTCTW năm 2025 "
        "về vị trí việc làm.\n"
    )
    assert issuing_report(opening) == date(2025, 9, 17)
    assert issuing_report(opening.replace("17/9/2025", "17 tháng 9 năm 2025")) == date(2025, 9, 17)
    # A cited earlier document is not the page's own; a date without its year is no date.
    cited = (
        "# Báo cáo tiến độ\n\n"
        "Thực hiện Công văn số 45/BXD-KHTC ngày 3/4/2024 của Bộ Xây dựng, các đơn vị báo cáo.\n"
    )
    assert issuing_report(cited) is None
    # Not its date: only a stand-in, the latest day it cites (the text is no older).
    assert extract(cited).data["plan"]["date"] == "2024-04-03"
    assert issuing_report(after.replace("5/6/2025", "5/6")) is None
    # Past the lead paragraph, a report is the story's, not the page's.
    deep = after.replace("### Nội dung chính", "Một\n\nHai\n\nBa")
    assert issuing_report(deep) is None


def _news_page(story: str) -> str:
    """A scraped news page: title, lead, and the story run on in one line."""
    return (
        "Nhiều bộ chưa gửi báo cáo giám sát tài chính\n"
        "Phó Thủ tướng vừa ký công văn gửi các Bộ, cơ quan ngang Bộ, UBND các tỉnh về việc "
        "báo cáo giám sát tài chính.\n"
        "Bộ Tài chính cho biết một số đơn vị thực hiện báo cáo chưa đầy đủ. "
        f"{story} Phó Thủ tướng yêu cầu các Bộ, cơ quan ngang Bộ kiểm điểm nghiêm túc việc "
        "báo cáo chậm, báo cáo Thủ tướng Chính phủ trước ngày 28/2/2017. Các cơ quan trên xử "
        "lý trách nhiệm đối với người đứng đầu doanh nghiệp.\n"
    )


def _deadlines(draft: Draft) -> set[date]:
    return {
        w.end
        for d in draft.data["duties"]
        for w in map(parse_window, d.get("windows") or [])
        if w.kind is WindowKind.DEADLINE and w.end is not None
    }


def test_an_undated_page_reads_a_time_before_a_day_it_cites_or_narrates_as_history() -> None:
    from nq42cli.core.undated import earliest_date

    page = _news_page(
        "Trước đó vào ngày 6/1/2017, Bộ Tài chính đã gửi Công văn số 211/BTC-TCDN báo cáo "
        "Thủ tướng Chính phủ. Tại công văn này, Bộ Tài chính đề nghị các cơ quan đại diện chủ "
        "sở hữu gửi Báo cáo kết quả giám sát tài chính về Bộ Tài chính trước ngày 25/11/2016."
    )
    assert earliest_date(page) == date(2017, 1, 6)
    draft = extract(page)
    assert _deadlines(draft) == {date(2017, 2, 27)}
    # The narrated day stands in as the plan's date, and the notes say so.
    assert draft.data["plan"]["date"] == "2017-01-06"
    assert any("narrates 2017-01-06 as past" in n and "stands in" in n for n in draft.notes)
    # A document cited with its number and day exists: the text is later.
    cited = "Sau khi xem xét Tờ trình số 263/TTr-CP ngày 08 tháng 8 năm 2022 của Chính phủ;"
    assert earliest_date(cited) == date(2022, 8, 8)
    # A unit's count is no document's number; a slip's year is no day; a duty's day is due.
    assert earliest_date("hòa lưới tổ máy số 1 ngày 02 tháng 9 năm 2025") is None
    assert earliest_date("Ngày 15/9/2205, Bảo hiểm xã hội đã ban hành Công văn 2244.") is None
    assert earliest_date("Ngày 30/6/2025, các bộ phải hoàn thành việc rà soát.") is None


@pytest.mark.parametrize(
    ("sentence", "narrated", "on_a_page"),
    [
        ("Đến hết tháng 6/2017, vốn đã giao là 303.075 tỷ đồng (bằng 98,7% kế hoạch).", True, True),
        (
            "Theo báo cáo của Tổng cục Hải quan, trong 6 tháng đầu năm 2017, đã có thêm 2 bộ.",
            True,
            False,
        ),
        ("Thủ tướng đã quyết định thành lập Tổ công tác vào tháng 8/2016.", True, True),
        (
            "Tổ công tác đã giúp kéo giảm số nhiệm vụ chậm trễ xuống còn 2% vào cuối năm 2016.",
            True,
            False,
        ),
        ("Các Bộ đã được giao nhiệm vụ phải hoàn thành báo cáo trong tháng 8/2017.", False, True),
        ("Trong năm 2017, hoàn thành các nhiệm vụ đã được giao.", False, False),
        ("Bộ đã xây dựng dự thảo, trình Thủ tướng trong tháng 12/2017.", False, False),
        ("Bộ Xây dựng hoàn thành thủ tục trước ngày 30/9/2017.", False, False),
        # After "Trước đó," the time runs into its subject with no comma.
        (
            "Trước đó, vào cuối năm 2016 Thủ tướng cũng đã có văn bản chỉ đạo về thanh tra.",
            True,
            False,
        ),
        ("Trước đó, trong tháng 8/2017 Bộ Xây dựng phải hoàn thành thủ tục.", False, False),
    ],
)
def test_an_undated_text_reads_a_time_it_narrates_as_done_as_history(
    sentence: str, narrated: bool, on_a_page: bool
) -> None:
    from nq42cli.core.undated import narrated_past

    spans = [sp for sp in find_spans(sentence) if sp.read]
    assert len(spans) == 1
    assert narrated_past(sentence, spans[0]) is narrated
    if on_a_page:
        # Without the page's date, the narrated time is no deadline; a duty's stays one.
        got = _deadlines(extract(_news_page(sentence)))
        assert date(2017, 2, 27) in got
        assert len(got) == (1 if narrated else 2)


def test_a_page_s_report_of_its_issuing_with_a_year_out_of_range_gives_no_date() -> None:
    from nq42cli.core.docheader import issuing_report

    opening = (
        "# Toàn văn Công văn 2244/BHXH-QLT\n\n"
        "Ngày 15/9/2205, Bảo hiểm xã hội Việt Nam đã ban hành Công văn 2244/BHXH-QLT năm 2025 "
        "về công tác thu.\n"
    )
    # A slip for 2025: taken as the date, it would set every 2025 deadline aside as history.
    assert issuing_report(opening) is None
    assert issuing_report(opening.replace("2205", "2025")) == date(2025, 9, 15)


def test_an_office_holder_in_lower_case_before_the_body_it_heads_is_an_owner() -> None:
    """News pages write "giám đốc Sở Y tế …", "chủ tịch UBND các tỉnh …" in lower case."""
    reg = Registry()
    cases = {
        "Bộ Y tế cũng yêu cầu giám đốc các cơ sở khám chữa bệnh chủ động kiểm tra.": (
            "giám đốc các cơ sở khám chữa bệnh"
        ),
        "Thủ tướng Chính phủ yêu cầu chủ tịch UBND các tỉnh chỉ đạo rà soát.": (
            "chủ tịch UBND các tỉnh"
        ),
        "Bộ Y tế yêu cầu giám đốc Sở Y tế các tỉnh tăng cường công tác tham mưu.": (
            "giám đốc Sở Y tế các tỉnh"
        ),
    }
    for text, owner in cases.items():
        got = subject(text, reg)
        assert got is not None, text
        assert [n.written for n in got.responsible] == [owner], text
    # Not before a body: the title in lower case is a word of the sentence.
    assert subject("Bộ Y tế yêu cầu giám đốc phải kiểm tra.", reg) is None


_TOPIC_PAGE = (
    "Nhà ở xã hội\nThủ tướng Chính phủ vừa có Chỉ thị yêu cầu các bộ, ngành phát triển "
    "nhà ở xã hội.\nVề nhiệm vụ, giải pháp phát triển nhà ở xã hội, Thủ tướng Chính phủ "
    "yêu cầu chủ tịch UBND các tỉnh, thành phố phải có trách nhiệm tạo môi trường thuận "
    "lợi về đất đai. Bộ Xây dựng nghiên cứu, ban hành bổ sung các quy chuẩn. Do đó, để "
    "kịp thời ngăn chặn hành vi gian lận, Bộ Y tế yêu cầu giám đốc Sở Y tế các tỉnh tăng "
    "cường công tác thanh tra. Về giải pháp nhanh, Thủ tướng Chính phủ yêu cầu các Bộ, "
    "ngành liên quan triển khai trong tháng 6 năm 2017. Cụ thể, Bộ Công Thương phải báo "
    "cáo Chính phủ kết quả rà soát các dự án. PHAN THẢO"
)


def test_a_scraped_page_s_request_after_a_topic_or_a_connected_purpose_is_read() -> None:
    """ "Về …, Thủ tướng yêu cầu X …" and "Do đó, để …, Bộ Y tế yêu cầu X …": from the speaker."""
    draft = extract(_TOPIC_PAGE, issued=date(2017, 4, 25), number="03/CT-TTg")
    texts = [d["text"] for d in draft.duties]
    assert texts[0].startswith("Thủ tướng Chính phủ yêu cầu chủ tịch UBND các tỉnh")
    assert _owners(draft, draft.duties[0]) == [("chủ tịch UBND các tỉnh, thành phố", "responsible")]
    assert texts[2].startswith("Bộ Y tế yêu cầu giám đốc Sở Y tế các tỉnh")
    assert _owners(draft, draft.duties[2]) == [("giám đốc Sở Y tế các tỉnh", "responsible")]
    # A request whose next sentence opens "Cụ thể, …" leads into it: no task, no date.
    assert not any(t.startswith("Thủ tướng Chính phủ yêu cầu các Bộ") for t in texts)
    assert all(d["timing"] is None for d in draft.duties)


_TWO_OWNERS_PAGE = (
    "Rà soát trang thiết bị y tế\nBộ Y tế vừa có công văn yêu cầu rà soát.\n"
    "Bộ Y tế yêu cầu các sở y tế và bệnh viện nêu trên rà soát, kiểm tra việc mua sắm. "
    "Đối với các sở y tế, Bộ Y tế yêu cầu báo cáo các nội dung trên về Vụ Trang thiết bị "
    "trước ngày 31.5.2017, còn đối với các bệnh viện tuyến trung ương nêu trên phải báo "
    "cáo nội dung Bộ Y tế yêu cầu trước ngày 29.5.2017. Các địa phương phải có báo cáo "
    "trước ngày 30/6 để Bộ Nội vụ tổng hợp báo cáo Chính phủ trước ngày 30/7. Các bộ phải "
    "có báo cáo trước ngày 15/6 để Bộ Nội vụ tổng hợp. Thùy Linh"
)


def test_a_second_owner_with_its_own_date_inside_one_sentence_is_its_own_duty() -> None:
    """ "…, còn đối với Y phải … trước ngày …", "… để Y tổng hợp … trước ngày …": two duties."""
    draft = extract(_TWO_OWNERS_PAGE, issued=date(2017, 5, 24), number="01/BYT")

    def got(start: str) -> dict[str, Any]:
        return next(d for d in draft.duties if d["text"].startswith(start))

    hospitals = got("còn đối với các bệnh viện")
    assert _owners(draft, hospitals) == [("các bệnh viện tuyến trung ương nêu trên", "responsible")]
    assert hospitals["windows"] == ["trước ngày 29/5/2017"]
    assert got("Đối với các sở y tế,")["windows"] == ["trước ngày 31/5/2017"]
    ministry = got("để Bộ Nội vụ tổng hợp")
    assert _owners(draft, ministry) == [("Bộ Nội vụ", "responsible")]
    assert ministry["windows"] == ["trước ngày 30/7/2017"]
    assert got("Các địa phương phải")["windows"] == ["trước ngày 30/6/2017"]
    # A purpose with no date of its own stays in its sentence's duty.
    whole = got("Các bộ phải có báo cáo")
    assert whole["text"].endswith("để Bộ Nội vụ tổng hợp.")
    assert not any(d["text"].startswith("để Bộ Nội vụ tổng hợp.") for d in draft.duties)


_PAST_REQUEST_PAGE = (
    "Cục yêu cầu báo cáo về khai thác đá\nSở phải báo cáo trước ngày 30-6-2017.\n"
    "Trước thông tin báo chí nêu về việc núi đá vôi bị khai thác tại phường Hà Tu, TP Hạ "
    "Long, Cục Di sản văn hóa (Bộ Văn hóa – Thể thao và Du lịch) đã có văn bản đề nghị Sở "
    "Văn hóa – Thể thao tỉnh Quảng Ninh chỉ đạo kiểm tra tình hình thực tế và có báo cáo "
    "về Bộ trước ngày 30-6-2017. Hình ảnh được cho là chụp tại khu vực khai thác đá. Được "
    "biết ngày 27-6, UBND tỉnh Quảng Ninh đã yêu cầu Sở Tài nguyên và Môi trường chủ trì "
    "xác minh phản ánh của người dân, kết quả báo cáo về UBND tỉnh trước ngày 5-7. CV"
)


def test_a_past_tense_report_of_a_live_request_is_the_duty_of_the_body_asked() -> None:
    """ "X đã có văn bản đề nghị Y …", "X đã yêu cầu Y …": Y's duty, read from X on."""
    reg = Registry()
    got = subject("UBND tỉnh đã yêu cầu Sở Xây dựng rà soát các dự án.", reg)
    assert got is not None
    assert [n.written for n in got.responsible] == ["Sở Xây dựng"]
    draft = extract(_PAST_REQUEST_PAGE, issued=date(2017, 6, 28), number="01/DSVH")
    texts = [d["text"] for d in draft.duties]
    assert texts[0].startswith("Cục Di sản văn hóa (Bộ Văn hóa – Thể thao và Du lịch) đã")
    assert _owners(draft, draft.duties[0]) == [
        ("Sở Văn hóa – Thể thao tỉnh Quảng Ninh", "responsible")
    ]
    assert draft.duties[0]["windows"] == ["trước ngày 30/6/2017"]
    # "Môi trường" in the name asked is no "mới" (just done): the request stays a duty.
    assert texts[1].startswith("UBND tỉnh Quảng Ninh đã yêu cầu Sở Tài nguyên và Môi trường")
    assert _owners(draft, draft.duties[1]) == [("Sở Tài nguyên và Môi trường", "lead")]
    assert draft.duties[1]["windows"] == ["trước ngày 5/7/2017"]
    # Read after its date, the request is history: no deadline comes from it.
    late = extract(_PAST_REQUEST_PAGE, issued=date(2017, 8, 1), number="01/DSVH")
    assert late.duties[0]["windows"] == ["không thời hạn"]


def test_a_locality_named_in_lower_case_owns_the_task_a_page_reports() -> None:
    """ "…, trong tháng 9/2017, quận Tây Hồ phải …", "Lãnh đạo quận Tây Hồ phải …"."""
    page = (
        "Xử lý vi phạm tại hồ\nPhó Chủ tịch UBND TP yêu cầu xử lý vi phạm.\n"
        "Cũng theo yêu cầu của lãnh đạo thành phố, trong tháng 9/2017, quận Tây Hồ phải "
        "hoàn thành việc rà soát các dự án. Đồng thời, quận Tây Hồ chủ động rà soát các "
        "dự án chậm triển khai. Lãnh đạo quận Tây Hồ phải giao trách nhiệm cụ thể cho các "
        "phường. Ông Thảo đã dựng 1 nhà gỗ. Đặng Nhật"
    )
    draft = extract(page, issued=date(2017, 7, 5), number="01/UBND")
    owners = {d["text"][:25]: _owners(draft, d) for d in draft.duties}
    assert owners["Cũng theo yêu cầu của lãn"] == [("quận Tây Hồ", "responsible")]
    assert owners["Đồng thời, quận Tây Hồ ch"] == [("quận Tây Hồ", "responsible")]
    assert owners["Lãnh đạo quận Tây Hồ phải"] == [("Lãnh đạo quận Tây Hồ", "responsible")]


def test_a_request_after_its_occasion_is_read_from_the_speaker() -> None:
    """ "Trước việc chỉ có 22 thủ tục … (đạt 17%), Phó Thủ tướng yêu cầu các bộ …"."""
    from nq42cli.core.extract import _past_source

    text = (
        "Trước việc chỉ có 22 thủ tục hành chính đưa vào Cơ chế một cửa (đạt 17%), Phó Thủ "
        "tướng yêu cầu các bộ, ngành hoàn thành kế hoạch đưa 130 thủ tục trong năm 2017."
    )
    assert _past_source(text, Registry()).startswith("Phó Thủ tướng yêu cầu các bộ, ngành")
    # No one asked by name: the sentence stays whole.
    told = "Trước việc chậm giải ngân, Phó Thủ tướng yêu cầu khẩn trương khắc phục."
    assert _past_source(told, Registry()) == told


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        # A word of the name that folds like a verb: "đua" (race) is not "đưa" (bring).
        (
            "Hội đồng Thi đua - Khen thưởng các cấp phân công rõ trách nhiệm.",
            "Hội đồng Thi đua - Khen thưởng các cấp",
        ),
        # When and how far the body acts, after its name.
        ("Giao Sở GTVT trong quý I/2017, hoàn thành các thủ tục di dời.", "Sở GTVT"),
        (
            "Phó Thủ tướng yêu cầu các bộ, ngành, địa phương trong thời gian tới cần tăng cường.",
            "các bộ, ngành, địa phương",
        ),
        (
            "Các bộ, ngành, địa phương tùy theo chức năng, nhiệm vụ phải quyết tâm thực hiện.",
            "Các bộ, ngành, địa phương",
        ),
        # The duty's verb phrase after a name.
        (
            "Ban Chỉ đạo Đề án 896 cấp tỉnh có nhiệm vụ ban hành Kế hoạch.",
            "Ban Chỉ đạo Đề án 896 cấp tỉnh",
        ),
        # A whole plural noun, then the duty's verb.
        ("Phó Thủ tướng yêu cầu các địa phương đẩy nhanh tiến độ kê khai.", "các địa phương"),
        ("Các cơ quan chú trọng phối hợp tổng kết.", "Các cơ quan"),
        ("Các cơ quan triển khai hiệu quả Kế hoạch số 19 của Ban Chỉ đạo.", "Các cơ quan"),
        ("Các cơ quan tăng cường phối hợp chỉ đạo.", "Các cơ quan"),
        # … while a kind word made of a verb stays in the name.
        ("Các cơ quan tiến hành tố tụng tăng cường phối hợp.", "Các cơ quan tiến hành tố tụng"),
        ("Các cơ quan chức năng tăng cường kiểm tra.", "Các cơ quan chức năng"),
    ],
)
def test_an_owner_s_name_ends_where_the_duty_or_its_time_begins(sentence: str, owner: str) -> None:
    got = subject(sentence, Registry())
    assert got is not None
    assert [n.written for n in got.responsible] == [owner]


def test_an_office_of_listed_provinces_keeps_its_list() -> None:
    # "… các tỉnh: A, B, C": the list says whose chairs; the name runs to the verb.
    got = subject(
        "Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai chỉ đạo ứng phó.",
        Registry(),
    )
    assert got is not None
    assert [n.written for n in got.responsible] == [
        "Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai"
    ]
    draft = extract(
        "II. NHIỆM VỤ\n"
        "2. Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa,\n"
        "Đắk Lắk, Gia Lai:\n"
        "- Cung ứng, tiếp tế kịp thời lương thực cho người dân.\n"
        "- Tổ chức khắc phục hậu quả mưa lũ.\n"
    )
    owners = {d["id"]: _owners(draft, d) for d in draft.data["duties"]}
    assert owners, draft.data["duties"]
    for got_owners in owners.values():
        assert [w for w, _ in got_owners] == [
            "Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai"
        ]


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        # The head of an office, by its title.
        (
            "Chánh Văn phòng Ban Chỉ đạo quốc gia theo dõi sát diễn biến.",
            "Chánh Văn phòng Ban Chỉ đạo quốc gia",
        ),
        # A unit whose kind and line of work are in lower case, then its proper name.
        ("Giao Công ty điện lực Đồng Nai rà soát các hạ tầng điện.", "Công ty điện lực Đồng Nai"),
        (
            "Yêu cầu Trung tâm phát triển quỹ đất Chi nhánh Gia Thuận tập trung cao.",
            "Trung tâm phát triển quỹ đất Chi nhánh Gia Thuận",
        ),
        # An office of each of the bodies, in lower case.
        (
            "Đề nghị thường trực các tỉnh uỷ, thành uỷ tiếp tục quan tâm lãnh đạo.",
            "thường trực các tỉnh uỷ, thành uỷ",
        ),
        (
            "Bộ Y tế cũng yêu cầu giám đốc các cơ sở khám chữa bệnh chủ động kiểm tra.",
            "giám đốc các cơ sở khám chữa bệnh",
        ),
        # A sector by its capitalised name.
        ("Phó Thủ tướng đề nghị ngành Thanh tra triển khai nghiêm túc.", "ngành Thanh tra"),
        # One body singled out from the rest.
        ("Riêng với Bộ TT&TT cần chỉ đạo cơ quan báo chí tăng cường đưa tin.", "Bộ TT&TT"),
    ],
)
def test_an_owner_named_by_a_lower_case_kind_or_singled_out_is_read(
    sentence: str, owner: str
) -> None:
    got = subject(sentence, Registry())
    assert got is not None
    assert [n.written for n in [*got.leads, *got.responsible]] == [owner]


def test_no_owner_where_a_unit_s_kind_is_followed_by_a_verb() -> None:
    # "Trung tâm xây dựng Kế hoạch": a verb among the lower-case words; no unit is named.
    assert subject("Trung tâm xây dựng Kế hoạch phát triển.", Registry()) is None
    # "các sở, ban, ngành Thành phố": one collective, the city's, not a sector of its own.
    got = subject("Các sở, ban, ngành Thành phố triển khai thực hiện.", Registry())
    assert got is not None
    assert [n.written for n in got.responsible] == ["Các sở, ban, ngành Thành phố"]


def test_a_province_by_its_name_owns_its_point() -> None:
    # "- Tỉnh X: task" under a lead-in asking the localities: the point names its own owner.
    draft = extract(
        "II. NHIỆM VỤ\n"
        "Phó Thủ tướng yêu cầu các địa phương khẩn trương giải quyết dứt điểm, cụ thể:\n"
        "- Tỉnh Tuyên Quang: Giải quyết dứt điểm công tác di dời hạ tầng kỹ thuật.\n"
        "- Tỉnh Cao Bằng: Hoàn thành di dời 01 vị trí đường điện cao thế còn lại.\n"
    )
    got = [[w for w, _ in _owners(draft, d)] for d in draft.data["duties"]]
    assert got == [["Tỉnh Tuyên Quang"], ["Tỉnh Cao Bằng"]]


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        # A council named by what it does: "thẩm định" is its kind, not its duty.
        (
            "Hội đồng thẩm định Nhà nước thẩm định, trình Thủ tướng Chính phủ quyết định.",
            "Hội đồng thẩm định Nhà nước",
        ),
        # Two fields of work joined by "và" in one name, then the duty's verb.
        (
            "Tổng cục Hải quan yêu cầu Cục Công nghệ thông tin và thống kê hải quan tổ chức trực.",
            "Cục Công nghệ thông tin và thống kê hải quan",
        ),
    ],
)
def test_a_name_made_of_work_words_runs_to_the_duty_s_verb(sentence: str, owner: str) -> None:
    got = subject(sentence, Registry())
    assert got is not None
    assert [n.written for n in got.responsible] == [owner]


def test_a_unit_s_kind_then_a_verb_and_a_known_body_then_its_work_are_not_one_name() -> None:
    # "Tổng công ty được giao …": no proper name follows the kind; no owner is read.
    assert subject("Tổng công ty được giao quản lý. Trên cơ sở đó.", Registry()) is None
    # After "và" the work is the duty's when no second verb follows its object.
    got = subject("Cục Thuế và tổ chức các hoạt động.", Registry())
    assert got is None or all("tổ chức" not in n.written for n in got.responsible)


def test_a_minister_who_directs_is_not_the_owner() -> None:
    # "Bộ trưởng … chỉ thị X …": the minister directs; X owns the work.
    got = subject(
        "Bộ trưởng Bộ Y tế chỉ thị Sở Y tế tỉnh, thành phố trực thuộc Trung ương thực hiện.",
        Registry(),
    )
    assert got is not None
    assert [n.written for n in got.responsible] == ["Sở Y tế tỉnh, thành phố trực thuộc Trung ương"]
    # The document "Chỉ thị số …", capitalised, is no verb of directing.
    got = subject("Ban Chỉ đạo thực hiện Chỉ thị số 40 báo cáo.", Registry())
    assert got is not None
    assert [n.written for n in got.responsible] == ["Ban Chỉ đạo"]


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # The condition names whose matter it is; the body after "thì" does the work.
        (
            "Đối với kiến nghị thuộc thẩm quyền của UBND tỉnh, Chủ tịch UBND tỉnh mà đã được "
            "giải quyết thì Văn phòng UBND tỉnh chủ trì, phối hợp với cơ quan liên quan rà soát.",
            "Văn phòng UBND tỉnh",
        ),
        # … after a time phrase and its comma; "sở, ban, ngành" without "các" is every one.
        (
            "Đối với kiến nghị vượt quá khả năng thì trong thời hạn 07 ngày làm việc, sở, ban, "
            "ngành cấp tỉnh phải có văn bản báo cáo.",
            "sở, ban, ngành cấp tỉnh",
        ),
        (
            "Trường hợp mức chi vượt mức quy định thì Thủ tướng Chính phủ điều chỉnh mức chi.",
            "Thủ tướng Chính phủ",
        ),
    ],
)
def test_the_owner_after_a_condition_s_then_does_the_work(sentence: str, lead: str) -> None:
    got = subject(sentence, Registry())
    assert got is not None
    assert [n.written for n in [*got.leads, *got.responsible]] == [lead]


def test_a_body_singled_out_by_doi_voi_is_asked() -> None:
    for sentence, owner in (
        ("Đối với Sở Xây dựng, khẩn trương đề xuất chương trình kiểm tra.", "Sở Xây dựng"),
        (
            "Đối với Thủ trưởng các đơn vị thuộc, trực thuộc quán triệt công chức, viên chức.",
            "Thủ trưởng các đơn vị thuộc, trực thuộc",
        ),
    ):
        got = subject(sentence, Registry())
        assert got is not None
        assert [n.written for n in got.responsible] == [owner]
    # A scope in lower case ("các huyện đang có dịch") names no one who acts.
    assert subject("Đối với các huyện đang có dịch, khẩn trương khoanh vùng.", Registry()) is None


def test_an_owner_field_s_scope_tail_is_no_part_of_the_name() -> None:
    # "theo quy định", "theo chức năng, nhiệm vụ": how the bodies are chosen.
    assert split_names("Các cơ quan, đơn vị theo quy định.", Registry(), cell=True) == [
        "Các cơ quan, đơn vị"
    ]
    assert split_names(
        "Sở Tài chính, các sở, ngành theo chức năng, nhiệm vụ", Registry(), cell=True
    ) == ["Sở Tài chính", "các sở, ngành"]
    # A name that is only the words keeps them (nothing before the tail).
    assert split_names("Sở Tư pháp", Registry()) == ["Sở Tư pháp"]


def test_the_youth_union_of_a_province_is_an_owner() -> None:
    # "Tỉnh đoàn", "Thành đoàn": named in lower case after the capital.
    got = subject("Tỉnh đoàn chỉ đạo các cơ sở đoàn tham gia.", Registry())
    assert got is not None
    assert [n.written for n in got.responsible] == ["Tỉnh đoàn"]
    draft = extract(
        "VI. TỔ CHỨC THỰC HIỆN\n14. Tỉnh\nđoàn\nChỉ đạo hệ thống tổ chức Đoàn các cấp.\n"
    )
    assert [[w for w, _ in _owners(draft, d)] for d in draft.data["duties"]] == [["Tỉnh đoàn"]]


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        # Bodies named by the role they were given, then the duty's verb.
        (
            "Sở, ban, ngành được giao chủ trì phải có văn bản báo cáo.",
            "Sở, ban, ngành được giao chủ trì",
        ),
        ("Cơ quan được giao chủ trì tổng hợp, báo cáo.", "Cơ quan được giao chủ trì"),
        # … and its own "có trách nhiệm", not the next clause's.
        (
            "Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành nhiệm vụ, các cơ "
            "quan phối hợp có trách nhiệm phối hợp.",
            "Các cơ quan, đơn vị được giao chủ trì",
        ),
    ],
)
def test_bodies_named_by_their_given_role(sentence: str, owner: str) -> None:
    got = subject(sentence, Registry())
    assert got is not None
    assert [n.written for n in got.responsible] == [owner]


# A lower-cased copy (an NLP corpus's): roman labels left capital only in their first
# letter, each number alone on its line, a section title with no stop above it.
_CASED = """\
Chỉ thị về công tác văn bản
Uỷ ban nhân dân thành phố yêu cầu các ngành thực hiện tốt các nhiệm vụ sau đây:
I.
Nâng cao nhận thức về công tác văn bản
1.
Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật.
Ii. tuân thủ trình tự, thủ tục xây dựng văn bản
1.
Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp tập huấn cán bộ.
2.
Sở Tài chính bố trí kinh phí cho công tác văn bản.
Iv. tổ chức thực hiện
1.
Sở Tư pháp đôn đốc, kiểm tra việc thực hiện Chỉ thị này.
"""


def test_title_cased_roman_labels_and_lone_numbers_under_a_title_open_their_items() -> None:
    draft = extract(_CASED, issued=date(2010, 2, 1), number="01/CT-UBND")
    got = _by_id(draft)
    assert sorted(got) == ["I.1", "II.1", "II.2", "IV.1"]
    assert [o for o, _ in _owners(draft, got["II.1"])] == ["Sở Nội vụ", "Sở Tư pháp"]
    assert got["IV.1"]["text"].startswith("Sở Tư pháp đôn đốc")
    # A word is no numeral: "Vì." or a numeral spelled wrongly ("Iiv.") stays text.
    from nq42cli.core.extract import _cased_romans

    lines = [Line(no=1, text="Iiv. tổ chức"), Line(no=2, text="Vi. nội dung")]
    assert [x.text for x in _cased_romans(lines)] == ["Iiv. tổ chức", "VI. nội dung"]


def test_a_yearless_day_of_the_year_before_is_no_date() -> None:
    text = (
        "Đề xuất văn bản đưa vào Chương trình lập quy cho năm sau phải gửi về Sở Tư pháp "
        "trước ngày 01 tháng 12 của năm trước."
    )
    (span,) = find_spans(text, date(2010, 2, 1))
    assert span.code == "span.anchor"
    assert not span.readings
    # With its year, or without "của năm trước", the day is read as before.
    (dated,) = find_spans(text.replace(" của năm trước", " năm 2010"), date(2010, 2, 1))
    assert dated.readings[0].window.end == date(2010, 11, 30)


def test_a_time_first_sentence_in_the_body_is_no_dateline() -> None:
    from nq42cli.core.docheader import read_header

    lines = [
        "Chỉ thị về công tác văn bản",
        "Chậm nhất là ngày 30 tháng 6 năm 2010 các cơ quan phải xây dựng xong quy trình.",
    ]
    assert read_header(lines).date is None
    assert read_header(["Hà Nội, ngày 30 tháng 6 năm 2010"]).date == date(2010, 6, 30)


_ONE_SENTENCE_A_LINE = """\
Thông báo kết luận về dạy nghề
Phó Thủ tướng đã có ý kiến kết luận như sau:
1. Những nhiệm vụ chính
a) Bộ Nông nghiệp và Phát triển nông thôn
- Chủ trì, phối hợp với Bộ Tài chính chuẩn bị phương án thí điểm cấp thẻ học nghề.
Trước ngày 08 tháng 3 năm 2010, Phó Thủ tướng sẽ chủ trì cuộc họp, nghe báo cáo về việc này;
b) Ngân hàng Chính sách Xã hội
Chủ trì hướng dẫn trình tự, thủ tục thực hiện chính sách tín dụng học nghề.
c) Đề nghị Hội Nông dân Việt Nam
Chỉ đạo các cấp Hội Nông dân Việt Nam thực hiện công tác tuyên truyền.
2. Nâng cao năng lực cán bộ pháp chế
a) Sở Nội vụ chủ trì xây dựng quy trình soạn thảo văn bản trong nội bộ cơ quan.
Chậm nhất là ngày 30 tháng 6 năm 2010 các cơ quan phải xây dựng xong quy trình và gửi Sở Tư pháp.
b) Sở Tư pháp đưa dự thảo văn bản lên trang thông tin điện tử.
Chậm nhất là cuối quý I năm 2010, những cơ quan đã có trang điện tử phải đưa dự thảo lên.
"""


def test_a_point_s_next_sentence_giving_only_its_time_joins_the_point() -> None:
    draft = extract(_ONE_SENTENCE_A_LINE, issued=date(2010, 2, 10), number="01/TB-VPCP")
    texts = [d["text"][:30] for d in draft.duties]
    # The meeting that hears the work, and the bare "các cơ quan phải …", date the point.
    assert not any(t.startswith(("Trước ngày 08", "Chậm nhất là ngày 30")) for t in texts)
    got = _by_id(draft)
    assert got["S.1.a.1"]["timing"] == "Trước ngày 08 tháng 3 năm 2010"
    assert next(o for o, _ in _owners(draft, got["S.1.a.1"])) == (
        "Bộ Nông nghiệp và Phát triển nông thôn"
    )
    assert got["S.2.a"]["timing"] == "Chậm nhất là ngày 30 tháng 6 năm 2010"
    # A subject of its own words ("những cơ quan … đã có trang …") stands apart.
    assert got["S.2.b"]["timing"] is None
    assert any(t.startswith("Chậm nhất là cuối quý I") for t in texts)


def test_a_point_s_time_sentence_cut_by_a_fixed_width_still_joins_the_point() -> None:
    # The same text cut at 60 columns: "… sẽ chủ trì" then "cuộc họp, nghe báo cáo …" —
    # the hearing that dates the point is read from the sentence whole.
    def wrap(text: str) -> str:
        return "\n".join(
            cut for line in text.split("\n") for cut in (textwrap.wrap(line, 60) or [""])
        )

    wrapped = wrap(_ONE_SENTENCE_A_LINE)
    assert "sẽ chủ trì\ncuộc họp" in wrapped
    draft = extract(wrapped, issued=date(2010, 2, 10), number="01/TB-VPCP")
    texts = [d["text"][:30] for d in draft.duties]
    assert not any(t.startswith("Trước ngày 08") for t in texts)
    got = _by_id(draft)
    assert got["S.1.a.1"]["timing"] == "Trước ngày 08 tháng 3 năm 2010"


def test_an_owner_heading_s_point_opening_with_a_capital_role_or_directing_verb() -> None:
    draft = extract(_ONE_SENTENCE_A_LINE, issued=date(2010, 2, 10), number="01/TB-VPCP")
    got = _by_id(draft)
    assert [o for o, _ in _owners(draft, got["S.1.b"])] == ["Ngân hàng Chính sách Xã hội"]
    assert [o for o, _ in _owners(draft, got["S.1.c"])] == ["Hội Nông dân Việt Nam"]
    # A name that goes on with its capitalised word is still one name.
    for text, name in {
        "Ban Chỉ đạo Tây Bắc chủ trì tổng kết.": "Ban Chỉ đạo Tây Bắc",
        "Hội đồng Phối hợp công tác phổ biến chủ trì tổng kết.": (
            "Hội đồng Phối hợp công tác phổ biến"
        ),
    }.items():
        got_subject = subject(text, Registry())
        assert got_subject is not None
        assert [n.written for n in got_subject.leads] == [name], text


_SUPERVISED = """\
Chỉ thị về xuất khẩu năm 2010
Bộ trưởng yêu cầu các đơn vị thuộc Bộ triển khai thực hiện những nhiệm vụ sau:
I. PHÂN CÔNG CHỈ ĐẠO
1. Các giải pháp kiểm soát nhập siêu
1.1. Thứ trưởng Đỗ Hữu Hào phối hợp với Thứ trưởng Nguyễn Thành Biên chỉ đạo Vụ Khoa học và Công nghệ chủ trì, phối hợp với Vụ Pháp chế:
- Khẩn trương ban hành danh mục hàng hoá nhóm 2 và xây dựng các quy chuẩn kỹ thuật tương ứng.
Hoàn thành trong quý II năm 2010.
- Công bố các biện pháp kỹ thuật và quy trình kiểm tra hàng hoá nhập khẩu thuộc nhóm 2.
"""  # noqa: E501


def test_a_leader_directing_a_body_to_lead_gives_the_body_and_a_bare_done_line_dates() -> None:
    draft = extract(_SUPERVISED, issued=date(2010, 2, 1), number="01/CT-BCT")
    got = _by_id(draft)
    assert sorted(got) == ["I.1.1.a", "I.1.1.b"]
    first = got["I.1.1.a"]
    assert _owners(draft, first)[0] == ("Vụ Khoa học và Công nghệ", "lead")
    assert not any(o.startswith("Thứ trưởng") for o, _ in _owners(draft, first))
    # "Hoàn thành trong quý II năm 2010." alone on the next line is the bullet's time.
    assert first["timing"] == "Hoàn thành trong quý II năm 2010"
    assert got["I.1.1.b"]["timing"] is None
    # A body (not a leader) that directs another stays the owner.
    got_subject = subject("Ủy ban nhân dân tỉnh chỉ đạo Sở Y tế chủ trì rà soát.", Registry())
    assert got_subject is not None
    assert [n.written for n in got_subject.responsible] == ["Ủy ban nhân dân tỉnh"]


def test_an_item_over_whole_sentences_a_line_is_their_topic_each_a_duty() -> None:
    text = (
        "Chỉ thị về phòng, chống tác hại thuốc lá\n"
        "Uỷ ban nhân dân quận yêu cầu các phòng, ban thực hiện các nội dung sau:\n"
        "1. Tăng cường các biện pháp phòng, chống tác hại của thuốc lá:\n"
        "Hàng năm tổ chức mít - tinh hưởng ứng Ngày Thế giới không thuốc lá.\n"
        "Tăng cường công tác tuyên truyền về tác hại của thuốc lá.\n"
        "Tại những nơi cấm hút thuốc lá phải treo biển có chữ cấm hút thuốc lá.\n"
        "2. Đẩy nhanh tiến độ xây dựng khu dân cư với mục tiêu:\n"
        "đến cuối năm mỗi phường có một khu phố không hút thuốc lá.\n"
    )
    draft = extract(text, issued=date(2010, 3, 1), number="01/CT-UBND")
    got = _by_id(draft)
    assert sorted(got) == ["S.1.p1", "S.1.p2", "S.1.p3", "S.2"]
    assert got["S.1.p1"]["text"].startswith("Hàng năm tổ chức")
    # One paragraph that completes its lead-in stays one duty with it.
    assert got["S.2"]["text"].startswith("Đẩy nhanh tiến độ")
    # A topic "Về …" over sentences (an account) is left whole.
    told = text.replace("1. Tăng cường các biện pháp", "1. Về các biện pháp")
    assert "S.1" in _by_id(extract(told, issued=date(2010, 3, 1), number="01/CT-UBND"))


def test_a_role_after_a_dash_and_meeting_plus_items_under_a_lead_in() -> None:
    text = (
        "Kế hoạch hỗ trợ hộ nghèo xây dựng nhà ở\n"
        "V. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Lao động - Thương binh và Xã hội - thường trực kế hoạch:\n"
        "- Tổng hợp kết quả thực hiện, báo cáo UBND Thành phố.\n"
        "2. Uỷ ban nhân dân xã / phường / thị trấn:\n"
        "- Hướng dẫn, kiểm tra đôn đốc các hộ xây dựng nhà ở:\n"
        "+ Họp với đại diện gia đình để thống nhất phương án triển khai.\n"
        "+ Vận động dòng họ, nhân dân hỗ trợ kinh phí, vật tư, ngày công.\n"
    )
    draft = extract(text, issued=date(2010, 1, 15), number="01/KH-UBND")
    got = _by_id(draft)
    assert [o for o, _ in _owners(draft, got["V.1.a"])] == ["Sở Lao động - Thương binh và Xã hội"]
    # Two "+" items each opening with an action (a meeting held is one) are two duties.
    assert {"V.2.a.1", "V.2.a.2"} <= set(got)
    assert got["V.2.a.1"]["text"].startswith("Họp với đại diện")


def test_a_limit_day_without_ngay_is_read_when_it_has_its_year() -> None:
    def ends(text: str) -> list[Any]:
        return [
            sp.readings[0].window.end if sp.readings else sp.code
            for sp in find_spans(text, date(2010, 2, 10))
        ]

    assert ends("cung cấp danh sách cho Bộ Nội vụ trước 10 tháng 3 năm 2010;") == [date(2010, 3, 9)]
    assert ends("chậm nhất là 15 tháng 4 năm 2010 phải xong") == [date(2010, 4, 15)]
    # Without a limit word, or without the year, the pair of numbers is no day.
    assert ends("trong vòng 10 tháng 3 năm 2010") == ["span.unqualified"]
    assert ends("hoàn thành trước 3 tháng") == []


def test_a_paragraph_naming_who_is_responsible_leads_into_the_items_after_it() -> None:
    text = (
        "Chỉ thị về công tác văn bản\n"
        "Uỷ ban nhân dân thành phố yêu cầu các ngành thực hiện tốt các nhiệm vụ sau đây:\n"
        "I. NÂNG CAO NHẬN THỨC\n"
        "Thủ trưởng các sở, ban, ngành; Chủ tịch Uỷ ban nhân dân quận - huyện có trách nhiệm:\n"
        "1. Quan tâm đúng mức đến công tác xây dựng văn bản.\n"
        "2. Tiếp tục tổ chức tập huấn nâng cao nghiệp vụ.\n"
        "II. NÂNG CAO NĂNG LỰC CÁN BỘ PHÁP CHẾ\n"
        "Để nâng cao năng lực của cán bộ pháp chế, Thủ trưởng các sở, ban, ngành có trách nhiệm:\n"
        "a) Kiện toàn tổ chức pháp chế tại cơ quan mình.\n"
    )
    draft = extract(text, issued=date(2010, 2, 1), number="01/CT-UBND")
    got = _by_id(draft)
    assert sorted(got) == ["I.1", "I.2", "II.a"]
    both = ["Thủ trưởng các sở, ban, ngành", "Chủ tịch Uỷ ban nhân dân quận - huyện"]
    assert [o for o, _ in _owners(draft, got["I.1"])] == both
    assert [o for o, _ in _owners(draft, got["II.a"])] == ["Thủ trưởng các sở, ban, ngành"]


def test_a_ministry_s_departments_named_with_a_capital_vu_are_owners() -> None:
    got = subject("Các Vụ Thị trường ngoài nước:", Registry())
    assert got is not None
    assert [n.written for n in got.responsible] == ["Các Vụ Thị trường ngoài nước"]
    # "các vụ việc", "các vụ án" are cases, not departments.
    assert subject("Các vụ việc phức tạp cần được xử lý dứt điểm.", Registry()) is None


def test_an_agency_named_by_the_role_it_was_given_keeps_its_whole_name() -> None:
    text = "Cơ quan được giao chủ trì soạn thảo văn bản có trách nhiệm tuân thủ đúng quy trình."
    got = subject(text, Registry())
    assert got is not None
    assert [n.written for n in got.responsible] == ["Cơ quan được giao chủ trì soạn thảo văn bản"]


def test_a_team_named_with_a_capital_is_a_body_of_its_own_in_a_list() -> None:
    reg = Registry()
    assert split_names_of("Phòng Kinh tế, Công an Kinh tế, Đội Quản lý thị trường 12 B", reg) == [
        "Phòng Kinh tế",
        "Công an Kinh tế",
        "Đội Quản lý thị trường 12 B",
    ]
    # "Đổi mới …", "Đối với …", "Đội ngũ …" (the same letters folded) name no body ("Đối
    # với Bộ Y tế, cần …" names Bộ Y tế, not a team: a test above).
    for text in (
        "Đổi mới công tác quản lý.",
        "Đối với các trường hợp khác, cần rà soát.",
        "Đội ngũ được tăng cường.",
    ):
        assert subject(text, reg) is None, text


def split_names_of(text: str, reg: Registry) -> list[str]:
    from nq42cli.core.ownerfind import split_names

    return split_names(text, reg)


def test_two_titles_joined_by_va_are_two_owners() -> None:
    reg = Registry()
    assert split_names_of("Lãnh đạo các sở, ban, ngành và Chủ tịch Uỷ ban nhân dân quận", reg) == [
        "Lãnh đạo các sở, ban, ngành",
        "Chủ tịch Uỷ ban nhân dân quận",
    ]
    # One title over a title-less body still covers both.
    assert split_names_of("Thủ trưởng các sở, ban, ngành và Ủy ban nhân dân các quận", reg) == [
        "Thủ trưởng các sở, ban, ngành và Ủy ban nhân dân các quận"
    ]


def test_a_heading_opening_with_de_cao_is_no_purpose_before_a_subject() -> None:
    reg = Registry()
    heading = (
        "Đề cao trách nhiệm của cơ quan chủ trì soạn thảo, mối quan hệ phối hợp của các ngành, "
        "các cấp trong công tác ban hành văn bản:"
    )
    assert subject(heading, reg) is None
    # "Để …, X …" still reads X after its purpose.
    got = subject("Để bảo đảm tiến độ, Bộ Y tế chủ trì rà soát.", reg)
    assert got is not None
    assert [n.written for n in got.leads] == ["Bộ Y tế"]


def test_a_paragraph_giving_a_duty_then_leading_into_points_is_both() -> None:
    text = (
        "Chỉ thị về kiểm tra văn bản\n"
        "Uỷ ban nhân dân thành phố yêu cầu các ngành thực hiện tốt các nhiệm vụ sau đây:\n"
        "III. NÂNG CAO CHẤT LƯỢNG KIỂM TRA VĂN BẢN\n"
        "Chủ tịch Uỷ ban nhân dân quận - huyện phải tuân thủ nghiêm chỉnh thủ tục kiểm tra "
        "văn bản; cần chấn chỉnh ngay một số nội dung sau:\n"
        "1. Thực hiện nghiêm chỉnh chế độ thông tin báo cáo.\n"
        "2. Chấn chỉnh công tác lưu trữ văn bản.\n"
    )
    draft = extract(text, issued=date(2010, 2, 1), number="01/CT-UBND")
    got = _by_id(draft)
    assert sorted(got) == ["III.1", "III.2", "III.p1"]
    assert got["III.p1"]["text"].startswith("Chủ tịch Uỷ ban nhân dân quận - huyện phải tuân thủ")
    for key in ("III.p1", "III.1", "III.2"):
        assert [o for o, _ in _owners(draft, got[key])] == ["Chủ tịch Uỷ ban nhân dân quận - huyện"]


def test_the_year_a_thing_made_is_to_be_used_in_is_no_deadline() -> None:
    text = "trình Thủ tướng Chính phủ Đề án thí điểm để triển khai trong năm 2010."
    (span,) = find_spans(text, date(2010, 2, 1))
    assert span.code == "span.scope"
    # The year the work is done in stays its deadline.
    (done,) = find_spans("Xây dựng kế hoạch để hoàn thành trong năm 2010.", date(2010, 2, 1))
    assert done.readings[0].window.end == date(2010, 12, 31)


def test_a_schedule_entry_s_owner_is_read_after_its_time_and_colon() -> None:
    reg = Registry()
    entry = "Cuối tháng 3 năm 2010: các cơ quan liên quan ở trung ương hoàn thành các văn bản."
    got = subject(entry, reg)
    assert got is not None
    assert [n.written for n in got.responsible] == ["các cơ quan liên quan ở trung ương"]
    # "Quý II/2026:" is a time, not a fund ("Quỹ"); "Tháng 7 năm 2010: có sơ kết" has no one.
    quarter = subject("Quý II/2026: Bộ Y tế trình Chính phủ.", reg)
    assert quarter is not None
    assert [n.written for n in quarter.responsible] == ["Bộ Y tế"]
    assert subject("Tháng 7 năm 2010: có sơ kết 06 tháng triển khai Đề án;", reg) is None


_PROJECT_DECISION = """Quyết định về việc phê duyệt đề án giao rừng
Ủy ban nhân dân tỉnh bắc kạn
Quyết định:
Điều 1. Phê duyệt Đề án, với những nội dung chính như sau:
1. Tổng dự toán kinh phí: 91.481.640.145đ
a) Kinh phí do ngân sách nhà nước cấp: 25.810.035.989đ
b) Phân kỳ đầu tư:
- Năm 2009: 1.300.000.000đ
- Năm 2010: 15.380.000.000đ
Điều 2. Tổ chức thực hiện:
1. Cơ quan chủ quản: UBND tỉnh Bắc Kạn:
- UBND tỉnh thành lập Ban điều hành Đề án.
- Chỉ đạo cơ quan chức năng của tỉnh phối hợp thực hiện việc giao rừng.
2. Cơ quan quản lý: Sở Nông nghiệp & PTNT tỉnh Bắc Kạn:
- Tham mưu giúp Uỷ ban nhân dân tỉnh triển khai đề án.
3. Sở Tài chính:
Bố trí kinh phí thực hiện đề án.
"""


def test_a_budget_phased_by_year_is_no_duty_and_a_role_label_names_no_owner() -> None:
    """ "- Năm 2010: 15.380.000.000đ" (a sum, its sign glued on); "Cơ quan chủ quản: X:"."""
    draft = extract(_PROJECT_DECISION, issued=None, number="1/QĐ")
    texts = [d["text"] for d in draft.duties]
    assert not any(t.startswith(("Năm 20", "Kinh phí", "Tổng dự toán")) for t in texts)
    assert all(w == ["không thời hạn"] for d in draft.duties for w in [d["windows"]])
    owners = {d["text"][:20]: _owners(draft, d) for d in draft.duties}
    assert owners["Chỉ đạo cơ quan chức"] == [("UBND tỉnh Bắc Kạn", "responsible")]
    assert owners["Tham mưu giúp Uỷ ban"] == [("Sở Nông nghiệp & PTNT tỉnh Bắc Kạn", "responsible")]
    assert owners["Bố trí kinh phí thực"] == [("Sở Tài chính", "responsible")]


_TITLE_CASED_ROMANS = """Chỉ thị về chấn chỉnh, tăng cường công tác xây dựng và kiểm tra văn bản
Sau hơn 04 năm thực hiện Luật, công tác xây dựng văn bản đã có chuyển biến tích cực.
Để đảm bảo thực hiện nghiêm Luật, Uỷ ban nhân dân thành phố chỉ thị:
I.
Nâng cao nhận thức về vị trí của công tác xây dựng văn bản
1.
Quan tâm đúng mức đến công tác xây dựng, kiểm tra, rà soát văn bản.
2.
Tiếp tục tổ chức tập huấn nâng cao nghiệp vụ cho cán bộ, công chức.
Ii. tổ chức thực hiện
1.
Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ tổ chức tổng kết trong quý I năm 2011.
2.
Sở Tài chính bố trí kinh phí thực hiện.
"""


def test_a_title_cased_roman_numeral_opens_a_section_and_its_lone_item_number() -> None:
    """ "Ii. tổ chức thực hiện" (a copy lower-cased after the first letter), then "1." alone."""
    draft = extract(_TITLE_CASED_ROMANS, issued=None, number="1/CT")
    assert [s["id"] for s in draft.data["sections"]] == ["I", "II"]
    by_id = _by_id(draft)
    assert {"I.1", "I.2", "II.1", "II.2"} <= set(by_id)
    assert by_id["II.1"]["text"].startswith("Sở Tư pháp chủ trì")
    assert _owners(draft, by_id["II.1"]) == [("Sở Tư pháp", "lead"), ("Sở Nội vụ", "partner")]
    assert by_id["II.1"]["windows"] == ["quý I/2011"]
    assert by_id["II.2"]["text"] == "Sở Tài chính bố trí kinh phí thực hiện."
    assert not any("Ii." in d["text"] for d in draft.duties)


def test_a_narrated_day_with_its_place_bounds_history_and_a_transport_body_asks_nothing() -> None:
    """ "Ngày 11/01/2010 tại Hà Nội, Bộ Giao thông vận tải đã tổ chức Hội nghị …"."""
    from nq42cli.core.undated import earliest_date

    told = "Ngày 11/01/2010 tại Hà Nội, Bộ Giao thông vận tải đã tổ chức Hội nghị tổng kết."
    assert earliest_date(told) == date(2010, 1, 11)
    # A clause that assigns ("giao") is still a duty's, not a narration.
    assert earliest_date("Ngày 11/01/2010 tại Hà Nội, Bộ giao Cục đã chuẩn bị báo cáo.") is None
    notice = (
        "Thông báo kết luận tại hội nghị tổng kết công tác năm 2009\n"
        f"{told}\n"
        "Trong năm 2009, được sự quan tâm của Chính phủ, Bộ đã thực hiện nhiều giải pháp.\n"
        "1. Cục Đường bộ hoàn thành đề án trong năm 2010.\n"
    )
    draft = extract(notice, issued=None, number="1/TB")
    due = [d["windows"] for d in draft.duties]
    assert ["năm 2009"] not in due  # the year the text tells of as done: history
    assert ["năm 2010"] in due


_RESULTS_REPORT = """Thông báo kết luận của lãnh đạo bộ tại hội nghị triển khai công tác năm 2010
Hội nghị đã đánh giá đúng kết quả công tác năm qua.
II. về kết quả công tác năm 2009
1. Những kết quả tích cực:
1.1. Công tác xây dựng pháp luật được triển khai theo đúng quy định trong năm 2009.
1.2. Thứ hai, Ngành đã tranh thủ sự phối hợp; đặc biệt sự phối hợp trong năm 2009 là bài học.
2. Hạn chế: một số đơn vị chưa hoàn thành báo cáo trước ngày 15/12/2009.
III. về phương hướng, nhiệm vụ công tác năm 2010
1. Cục Thi hành án dân sự hoàn thành đề án trong quý I năm 2010.
"""


def test_a_section_reporting_a_periods_results_assigns_nothing() -> None:
    """ "II. Về kết quả công tác năm 2009" over items of results, however they nest."""
    draft = extract(_RESULTS_REPORT, issued=None, number="1/TB")
    assert [d["id"] for d in draft.duties] == ["III.1"]
    assert draft.duties[0]["windows"] == ["quý I/2010"]


_RESPONSIBLE_LEAD_IN = """Chỉ thị về tăng cường công tác xây dựng văn bản
Để đảm bảo thực hiện nghiêm Luật, Uỷ ban nhân dân thành phố chỉ thị:
I. Nâng cao nhận thức về công tác xây dựng văn bản
Thủ trưởng các sở, ban, ngành; Chủ tịch Uỷ ban nhân dân quận - huyện có trách nhiệm:
1. Quan tâm đúng mức đến công tác xây dựng, kiểm tra văn bản.
2. Tiếp tục tổ chức tập huấn nâng cao nghiệp vụ cho cán bộ.
II. Nâng cao năng lực cán bộ pháp chế
Để nâng cao năng lực của cán bộ pháp chế, Thủ trưởng các sở, ban, ngành có trách nhiệm:
a) Kiện toàn tổ chức pháp chế theo quy định.
b) Xây dựng quy trình soạn thảo văn bản trong nội bộ cơ quan.
"""


def test_a_paragraph_naming_who_has_responsibility_owns_the_points_after_it() -> None:
    """ "X; Y có trách nhiệm:" (a purpose may open it) then "1." …: X and Y do them."""
    draft = extract(_RESPONSIBLE_LEAD_IN, issued=None, number="1/CT")
    by_id = _by_id(draft)
    both = [
        ("Thủ trưởng các sở, ban, ngành", "responsible"),
        ("Chủ tịch Uỷ ban nhân dân quận - huyện", "responsible"),
    ]
    assert _owners(draft, by_id["I.1"]) == both
    assert _owners(draft, by_id["I.2"]) == both
    heads = [("Thủ trưởng các sở, ban, ngành", "responsible")]
    assert _owners(draft, by_id["II.a"]) == heads
    assert _owners(draft, by_id["II.b"]) == heads
    # The lead-ins themselves are no duties.
    assert not any(d["text"].endswith("có trách nhiệm:") for d in draft.duties)


_PREAMBLE_ASKS = (
    (
        "Chỉ thị về tổ chức phát động phong trào thi đua yêu nước năm 2010\n"
        "Năm 2010 là năm cuối thực hiện các mục tiêu của Nghị quyết Đại hội Đảng bộ thành phố.\n"
        "Uỷ ban nhân dân thành phố chỉ thị Giám đốc các sở, Chủ tịch Uỷ ban nhân dân các quận, "
        "huyện tổ chức phát động phong trào thi đua để thực hiện tốt những nội dung trọng tâm "
        "sau đây:\n"
    )
    + """I.
Nội dung phong trào thi đua
1.
Tiếp tục quán triệt và thực hiện các chỉ thị của Bộ Chính trị về thi đua.
2.
Tập trung chỉ đạo việc tổ chức Hội nghị điển hình tiên tiến các cấp.
II. Tổ chức thực hiện
1. Sở Nội vụ hướng dẫn các đơn vị tổ chức phong trào thi đua.
2. Tổ chức tổng kết phong trào thi đua vào cuối năm.
"""
)


def test_a_preambles_closing_request_owns_the_list_that_follows() -> None:
    """ "UBND thành phố chỉ thị X, Y tổ chức … những nội dung trọng tâm sau đây:" then "I."."""
    draft = extract(_PREAMBLE_ASKS, issued=None, number="1/CT")
    by_id = _by_id(draft)
    asked = _owners(draft, by_id["I.1"])
    assert asked
    assert asked == _owners(draft, by_id["I.2"])
    assert "Giám đốc các sở" in asked[0][0]
    assert _owners(draft, by_id["II.1"]) == [("Sở Nội vụ", "responsible")]
    # The sections after the first name their own owners, or none.
    assert _owners(draft, by_id["II.2"]) == []


_OWNER_LINE_NO_COLON = """Chỉ thị về triển khai thực hiện luật trách nhiệm bồi thường
Để thi hành Luật này, Bộ trưởng Bộ Tư pháp chỉ thị:
1. Vụ Pháp luật dân sự - kinh tế
Đôn đốc các đơn vị có liên quan tổ chức thực hiện tốt Kế hoạch, có trách nhiệm sau đây:
a) Chủ trì, phối hợp với các đơn vị có liên quan xây dựng văn bản hướng dẫn.
b) Chủ trì, phối hợp với Vụ Tổ chức cán bộ đề xuất đầu mối quản lý công tác bồi thường.
2. Tổng cục Thi hành án dân sự
a) Rà soát các quyết định trong hoạt động thi hành án dân sự.
"""


def test_a_numbered_owner_line_without_colon_is_not_run_into_the_sentence_after_it() -> None:
    """ "1. Vụ Pháp luật dân sự - kinh tế" then "Đôn đốc …:" on the next line, one a line."""
    draft = extract(_OWNER_LINE_NO_COLON, issued=None, number="1/CT")
    by_id = _by_id(draft)
    vu = [("Vụ Pháp luật dân sự - kinh tế", "lead")]
    assert _owners(draft, by_id["S.1.a"])[0] == vu[0]
    assert _owners(draft, by_id["S.1.b"])[0] == vu[0]
    assert _owners(draft, by_id["S.2.a"]) == [("Tổng cục Thi hành án dân sự", "responsible")]


_TOPIC_THEN_DATED_SENTENCE = """Kế hoạch công tác tháng 3 năm 2010
I. Xây dựng văn bản quy phạm pháp luật
1. Văn bản trình Chính phủ
Bộ trình Chính phủ dự thảo Nghị định về chuẩn nghèo mới.
2. Văn bản Bộ trưởng ban hành theo thẩm quyền
Tháng 3, theo kế hoạch Bộ sẽ ban hành theo thẩm quyền 04 thông tư hướng dẫn.
3. Văn bản phối hợp với các bộ, ngành trong
quý I năm 2010 cần hoàn thành.
"""


def test_a_sentence_opening_with_its_time_is_not_a_wrap_of_the_topic_above() -> None:
    """ "2. Văn bản Bộ trưởng ban hành …" then "Tháng 3, theo kế hoạch Bộ sẽ …"."""
    draft = extract(_TOPIC_THEN_DATED_SENTENCE, issued=None, number="1/KH")
    texts = [d["text"] for d in draft.duties]
    assert any(t.startswith("Tháng 3, theo kế hoạch Bộ sẽ ban hành") for t in texts)
    assert not any(t.startswith("Văn bản Bộ trưởng ban hành") for t in texts)
    # A small letter goes on the line above, as before.
    assert any("trong quý I năm 2010 cần hoàn thành" in t for t in texts)


_TWO_DATED_CLAUSES = """Chỉ thị về việc xây dựng kế hoạch 5 năm 2011 - 2015
Uỷ ban nhân dân tỉnh chỉ thị các sở, ngành thực hiện các nội dung sau:
I. Phân công trách nhiệm
Sở Tài chính hướng dẫn các sở xây dựng kế hoạch thu, chi ngân sách nhà nước.
II. Tiến độ xây dựng kế hoạch
""" + (
    "Sở Kế hoạch và Đầu tư tổ chức hướng dẫn các sở, ngành vào tháng 3/2010; Uỷ ban nhân dân "
    "tỉnh yêu cầu thủ trưởng các sở, ngành gửi dự thảo báo cáo trước ngày 30/3/2010.\n"
    "Sở Nội vụ rà soát tổ chức bộ máy trong quý 2 năm 2010; thực hiện tổng hợp báo cáo "
    "trong tháng 6 năm 2010.\n"
)


def test_a_paragraph_of_two_clauses_each_with_its_owner_and_date_is_two_duties() -> None:
    """ "X … vào tháng 3/2010; UBND tỉnh yêu cầu Y … trước ngày 30/3/2010."."""
    draft = extract(_TWO_DATED_CLAUSES, issued=None, number="1/CT")
    texts = [d["text"] for d in draft.duties]
    first = next(d for d in draft.duties if d["text"].startswith("Sở Kế hoạch và Đầu tư"))
    assert first["text"].endswith("vào tháng 3/2010;")
    assert first["windows"] == ["tháng 3/2010"]
    second = next(d for d in draft.duties if d["text"].startswith("Uỷ ban nhân dân tỉnh yêu"))
    assert second["windows"] == ["trước ngày 30/3/2010"]
    # One owner for both clauses: one duty.
    assert any(t.startswith("Sở Nội vụ rà soát") and t.endswith("tháng 6 năm 2010.") for t in texts)


def test_what_a_body_is_subject_to_is_no_part_of_its_name() -> None:
    """ "Các Sở GTVT chịu sự quản lý Nhà nước chuyên ngành của Bộ … phát huy vai trò …"."""
    text = (
        "Các Sở GTVT chịu sự quản lý Nhà nước chuyên ngành của Bộ và quản lý hành chính của "
        "UBND tỉnh phát huy vai trò là cầu nối giữa Bộ GTVT và địa phương."
    )
    got = subject(text, Registry())
    assert got is not None
    assert [n.written for n in got.responsible] == ["Các Sở GTVT"]


_TOGETHER_WITH = """Chỉ thị về tăng cường kiểm tra vật liệu xây dựng
Uỷ ban nhân dân Thành phố yêu cầu các Sở, Ngành thực hiện tốt các nội dung sau:
1. Sở Giao thông vận tải:
- Chỉ đạo Thanh tra giao thông xử lý các phương tiện vi phạm.
- Phối hợp cùng với các Sở, Ngành, Quận, Huyện, Thị xã kiểm tra các công trình xây dựng.
- Phối hợp cùng Sở Xây dựng rà soát các điểm tập kết vật liệu.
"""


def test_coordinating_together_with_reads_as_coordinating_with() -> None:
    """ "Phối hợp cùng với các Sở, Ngành …" (a collective: the heading leads), "cùng Sở X"."""
    draft = extract(_TOGETHER_WITH, issued=None, number="1/CT")
    owners = {d["text"][:24]: _owners(draft, d) for d in draft.duties}
    assert owners["Phối hợp cùng với các Sở"] == [
        ("Sở Giao thông vận tải", "responsible"),
        ("các Sở, Ngành, Quận, Huyện, Thị xã", "partner"),
    ]
    assert owners["Phối hợp cùng Sở Xây dựn"] == [
        ("Sở Xây dựng", "lead"),
        ("Sở Giao thông vận tải", "partner"),
    ]


_TOPIC_PAST_THEN_TASK = """Thông báo ý kiến kết luận của Phó Thủ tướng về kế hoạch của Tổng công ty
Phó Thủ tướng kết luận như sau:
1. Về thực hiện kế hoạch năm 2005 và 5 năm 2001-2005:
Tổng công ty Hàng hải Việt Nam đã đạt được nhiều kết quả trong sản xuất kinh doanh.
Tổng công ty Hàng hải Việt Nam tiếp thu ý kiến các Bộ, ngành, sớm hoàn chỉnh báo cáo.
2. Về kế hoạch năm 2006:
Tổng công ty Hàng hải Việt Nam xây dựng phương án sắp xếp các doanh nghiệp thành viên.
"""


def test_a_topics_first_paragraph_telling_what_was_done_is_no_part_of_the_duty() -> None:
    """ "1. Về thực hiện …:" then "X đã đạt được …." and "X tiếp thu ý kiến …"."""
    draft = extract(_TOPIC_PAST_THEN_TASK, issued=None, number="1/TB")
    texts = [d["text"] for d in draft.duties]
    assert any(t.startswith("Tổng công ty Hàng hải Việt Nam tiếp thu") for t in texts)
    assert not any("đã đạt được" in t for t in texts)
    assert any("xây dựng phương án sắp xếp" in t for t in texts)


def test_a_bare_text_citing_a_past_day_stands_that_day_in_and_its_draft_validates(
    tmp_path: Path,
) -> None:
    """Without --issued and with no date of its own, a text citing a dated document has
    that day stand in as its date: "từ nay" is read from it, and the draft, read again
    by the loader from the plan's date, validates (it did not when 2000-01-01 stood in
    while the phrases were read from the cited day)."""
    from nq42cli import api

    src = tmp_path / "bai-bao.txt"
    src.write_text(
        "Phó Thủ tướng yêu cầu các bộ, ngành triển khai Quyết định số 1258/QĐ-TTg ngày "
        "17/8/2020 của Thủ tướng Chính phủ.\n\n"
        "1. Bộ Tài chính chủ trì, phối hợp với các bộ triển khai cơ chế một cửa từ nay.\n"
        "2. Bộ Công Thương hoàn thành rà soát trước ngày 30/9/2020.\n",
        encoding="utf-8",
    )
    got = api.extract(src)
    assert got.problems == ()
    assert got.draft.data["plan"]["date"] == "2020-08-17"
    assert any("2020-08-17" in n and "stands in" in n for n in got.draft.notes)


def test_a_numbered_owner_name_cut_by_a_wrap_is_one_name() -> None:
    """ "2. Sở" then "Xây dựng:" and "…, Cổng" then "Thông tin điện tử tỉnh …:" (a copy
    with its bold removed): the numbered line ends on a capitalised word of the name, so
    the next line finishes the name; it is not the item's first point."""
    text = textwrap.dedent(
        """\
        KẾ HOẠCH

        I. TỔ CHỨC THỰC HIỆN

        1. Sở
        Xây dựng:

        - Kiểm tra các công trình xây dựng trên địa bàn.

        2. Báo Đắk Lắk, Sở Văn hóa, Thể thao và Du lịch, Cổng
        Thông tin điện tử tỉnh:

        - Tuyên truyền về kế hoạch.
        """
    )
    duties = extract(text, issued=date(2025, 3, 1)).duties
    owners = [[o["owner"] for o in d["owners"]] for d in duties]
    assert owners[0] == ["so_xay_dung"]
    assert owners[1][-1] == "cong_thong_tin_dien_tu_tinh"


_TARGET_LEVELS = textwrap.dedent(
    """\
    Điều 1. Phê duyệt Chương trình phát triển nhà ở với các nội dung như sau:
    4. Phát triển nhà ở:
    4.2. Đối với điểm dân cư nông thôn:
    - Chú trọng triển khai công tác quy hoạch xây dựng điểm dân cư nông thôn.
    - Chỉ tiêu kinh tế kỹ thuật:
    + Số phòng tối thiểu mỗi căn hộ: 4 phòng / căn hộ vào năm 2010.
    + Hoàn thành việc xoá bỏ nhà ở tạm (tranh, tre, nứa, lá) vào năm 2020.
    Điều 2. Sở Xây dựng chủ trì hướng dẫn thực hiện chương trình trong quý II/2006.
    """
)


def test_lines_under_a_targets_lead_in_are_levels_to_reach_not_dated_duties() -> None:
    """ "- Chỉ tiêu kinh tế kỹ thuật:" over "+" lines: targets, whatever verb opens them."""
    draft = extract(_TARGET_LEVELS, issued=date(2006, 2, 1), number="1/QĐ")
    texts = [d["text"] for d in draft.duties]
    assert not any("nhà ở tạm" in t or "Số phòng" in t for t in texts)
    assert any("Chú trọng triển khai" in t for t in texts)
    assert [d["windows"] for d in draft.duties if "Sở Xây dựng" in d["text"]] == [["quý II/2006"]]
    assert all("năm 20" not in w for d in draft.duties for w in d["windows"])
    assert any("nhà ở tạm" in p["text"] for p in draft.data["plan"]["purposes"])


_AGREED_THEN_ASKED = (
    "Thông báo kết luận của Phó Thủ tướng tại cuộc họp Ban Chỉ đạo điều hành giá\n"
    "Phó Thủ tướng kết luận như sau:\n"
    "1. Đồng tình với nhận định của các thành viên Ban Chỉ đạo về các kịch bản điều hành giá"
    " trong năm 2019, Phó Thủ tướng đặt ra mục tiêu điều hành chỉ số giá tiêu dùng trong"
    " khoảng 3,3-3,9%.\n"
    "2. Bộ Tài chính báo cáo kết quả điều hành giá trong quý I/2019.\n"
)


def test_agreeing_with_an_assessment_dong_tinh_is_an_approval_not_a_duty() -> None:
    """ "Đồng tình với nhận định …, Phó Thủ tướng đặt ra mục tiêu …": as "Đồng ý …"."""
    draft = extract(_AGREED_THEN_ASKED, issued=date(2019, 2, 1), number="1/TB")
    texts = [d["text"] for d in draft.duties]
    assert not any(t.startswith("Đồng tình") for t in texts)
    assert [d["windows"] for d in draft.duties] == [["quý I/2019"]]


_INDICATORS = """Quyết định phê duyệt chương trình phát triển nhà ở
Điều 1. Phê duyệt Chương trình với các nội dung như sau:
1. Định hướng phát triển nhà ở đến năm 2020:
- Đẩy mạnh đầu tư phát triển nhà ở cho nhân dân.
- Chỉ tiêu kinh tế kỹ thuật:
+ Số phòng tối thiểu mỗi căn hộ: 4 phòng / căn hộ vào năm 2015.
+ Hoàn thành việc xoá bỏ nhà ở tạm vào năm 2020.
Điều 2. Tổ chức thực hiện
1. Sở Xây dựng theo dõi quá trình thực hiện chương trình.
"""


def test_lines_under_an_indicators_label_are_targets_not_dated_duties() -> None:
    """ "- Chỉ tiêu kinh tế kỹ thuật:" over "+ … vào năm 2020.": a level by a year, no task.

    And "1. Định hướng phát triển … đến năm 2020:" over bullets: a direction, no task.
    """
    draft = extract(_INDICATORS, issued=None, number="1/QĐ")
    texts = [d["text"] for d in draft.duties]
    assert not any("vào năm" in t for t in texts)
    # The orientation's own bullets are its direction, no task either.
    assert not any(t.startswith("Đẩy mạnh đầu tư") for t in texts)
    assert any(t.startswith("Sở Xây dựng theo dõi") for t in texts)
    assert all(not d["windows"] or d["windows"] == ["không thời hạn"] for d in draft.duties)


_GIVEN_ARTICLES = """Quyết định về việc uỷ quyền và giao nhiệm vụ cho ban quản lý khu công nghiệp
Quyết định:
Điều 1. Uỷ quyền Trưởng Ban quản lý Khu Nam trực tiếp thực hiện một số nhiệm vụ. Cụ thể như sau:
1. Về quản lý xây dựng:
a) Cấp, gia hạn Giấy phép xây dựng đối với công trình trong các Khu công nghiệp;
b) Phê duyệt quy hoạch tổng mặt bằng các dự án đầu tư.
Điều 2. Giao Ban quản lý Khu Nam trực tiếp tổ chức thực hiện một số nhiệm vụ như sau:
1. Về quy hoạch:
a) Thẩm định địa điểm đầu tư đối với các dự án nhóm B, C.
2. Về thiết kế:
Có ý kiến bằng văn bản về thiết kế cơ sở các dự án.
"""


def test_an_article_giving_or_delegating_work_to_a_body_makes_it_own_the_points() -> None:
    """ "Điều 1. Uỷ quyền Trưởng Ban quản lý … trực tiếp thực hiện …:", "Điều 2. Giao Ban …"."""
    draft = extract(_GIVEN_ARTICLES, issued=None, number="1/QĐ")
    owners = {d["text"][:20]: _owners(draft, d) for d in draft.duties}
    head = [("Trưởng Ban quản lý Khu Nam", "responsible")]
    board = [("Ban quản lý Khu Nam", "responsible")]
    assert owners["Cấp, gia hạn Giấy ph"] == head
    assert owners["Phê duyệt quy hoạch "] == head
    assert owners["Thẩm định địa điểm đ"] == board
    last = next(d for d in draft.duties if "Có ý kiến bằng văn bản" in d["text"])
    assert _owners(draft, last) == board


def test_the_head_of_a_management_board_is_one_office() -> None:
    """ "Trưởng Ban quản lý Khu kinh tế …": "quản lý" is the board's name, not a verb."""
    got = subject("Trưởng Ban quản lý Khu kinh tế Nam Bộ có trách nhiệm:", Registry())
    assert got is not None
    assert [n.written for n in got.responsible] == ["Trưởng Ban quản lý Khu kinh tế Nam Bộ"]


def test_a_plural_of_departments_by_their_role_ends_a_list_of_names() -> None:
    """ "Cục A, Cục B và các Vụ quản lý ngành ban hành …": "quản lý" names the kind."""
    got = subject(
        "Cục Hoá chất, Cục Quản lý thị trường và các Vụ quản lý ngành ban hành danh mục.",
        Registry(),
    )
    assert got is not None
    assert [n.written for n in got.responsible] == [
        "Cục Hoá chất",
        "Cục Quản lý thị trường",
        "các Vụ quản lý ngành",
    ]
    # Cases ("các vụ vi phạm") are no departments.
    assert subject("Các vụ vi phạm được xử lý nghiêm.", Registry()) is None


_LONE_PART_LETTERS = """Kế hoạch xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm
A.
Những nội dung chủ yếu của kế hoạch
1. Sở Kế hoạch và Đầu tư tổng hợp số liệu các ngành.
B.
Phân công thực hiện
1. Sở Tài chính cân đối nguồn vốn cho kế hoạch.
"""


def test_capital_letters_alone_in_turn_are_parts_whatever_the_case_of_their_titles() -> None:
    """ "A." then "Những nội dung chủ yếu …", "B." then "Phân công …": two parts."""
    draft = extract(_LONE_PART_LETTERS, issued=None, number="1/KH")
    assert [s["id"] for s in draft.data["sections"]] == ["A", "B"]
    assert draft.data["sections"][1]["title"] == "Phân công thực hiện"
    by_id = _by_id(draft)
    assert by_id["A.1"]["text"].startswith("Sở Kế hoạch và Đầu tư tổng hợp")
    assert by_id["B.1"]["text"].startswith("Sở Tài chính cân đối")


def test_one_capital_letter_alone_is_no_part() -> None:
    """ "B." alone once (no "A." before it) may be the end of "dự án nhóm" cut by a wrap."""
    text = _LONE_PART_LETTERS.replace("A.\n", "")
    draft = extract(text, issued=None, number="1/KH")
    assert [s["id"] for s in draft.data["sections"]] != ["A", "B"]


_MONTH_REPORT = """Báo cáo tình hình thực hiện nhiệm vụ tháng 02 và kế hoạch công tác tháng 03
A.
Thực hiện nhiệm vụ công tác tháng 02 năm 2010
1.
Văn bản trình Chính phủ
Bộ đã trình Chính phủ dự thảo Nghị định về mức lương tối thiểu.
2.
Tổ chức thanh tra việc thực hiện chính sách tại hai tỉnh.
B.
Nhiệm vụ công tác trọng tâm tháng 3 năm 2010
1.
Tổ chức Lễ phát động Tuần lễ quốc gia về an toàn vệ sinh lao động.
"""


def test_a_part_reporting_a_months_work_before_the_next_months_plan_is_no_task() -> None:
    """ "A. Thực hiện nhiệm vụ … tháng 02" then "B. Nhiệm vụ … tháng 3": A is a report."""
    draft = extract(_MONTH_REPORT, issued=None, number="1/BC")
    texts = [d["text"] for d in draft.duties]
    assert texts == ["Tổ chức Lễ phát động Tuần lễ quốc gia về an toàn vệ sinh lao động."]
    # The same part after the plan (or with no plan after it) stays work to do.
    swapped = _MONTH_REPORT.replace("tháng 3 năm 2010", "tháng 01 năm 2010")
    texts = [d["text"] for d in extract(swapped, issued=None, number="1/BC").duties]
    assert any("thanh tra" in t for t in texts)


_LABEL_TITLE_SENTENCE = """Chỉ thị về thực hiện nhiệm vụ quốc phòng địa phương năm 2010
Uỷ ban nhân dân Thành phố yêu cầu các Sở, ngành thực hiện tốt các nhiệm vụ sau:
1.
Nâng cao chất lượng công tác giáo dục quốc phòng - an ninh
Thường xuyên kiện toàn hoạt động của Hội đồng giáo dục quốc phòng an ninh các cấp.
Tổ chức bồi dưỡng kiến thức quốc phòng cho cán bộ đối tượng 2, 3.
2.
Bảo đảm ngân sách cho công tác quốc phòng địa phương
Bảo đảm ngân sách chi các nhiệm vụ quốc phòng địa phương, xây dựng công trình phòng thủ.
"""


def test_a_lone_labels_title_line_is_not_joined_to_the_sentence_after_it() -> None:
    """ "1." / "Nâng cao chất lượng …" (no stop) / "Thường xuyên kiện toàn … .": a title."""
    draft = extract(_LABEL_TITLE_SENTENCE, issued=None, number="1/CT")
    texts = [d["text"] for d in draft.duties]
    assert any(t.startswith("Thường xuyên kiện toàn") for t in texts)
    assert any(t.startswith("Bảo đảm ngân sách chi") for t in texts)
    assert not any(t.startswith(("Nâng cao chất lượng", "Bảo đảm ngân sách cho")) for t in texts)


def test_the_day_of_the_meeting_a_cited_conclusion_came_from_is_no_deadline() -> None:
    """ "… Kết luận của Bộ trưởng tại Hội nghị … tổ chức vào ngày 12/01/2010"; not "phục vụ"."""
    cited = (
        "Các cơ quan triển khai các giải pháp đã được đề ra tại Kết luận của Bộ trưởng tại "
        "Hội nghị An toàn giao thông toàn quốc tổ chức vào ngày 12/01/2010."
    )
    assert not any(sp.read for sp in find_spans(cited, None))
    ahead = "Vụ Vận tải chuẩn bị nội dung phục vụ Hội nghị vận tải tổ chức vào ngày 20/3/2010."
    assert any(sp.read for sp in find_spans(ahead, None))


def test_taking_in_the_debate_then_a_request_names_whom_it_asks() -> None:
    """ "Tiếp thu những ý kiến …, đề nghị các địa phương … cần …"; "Tiếp thu …, hoàn thiện"."""
    got = subject(
        "Tiếp thu những ý kiến đã thảo luận, đề nghị các địa phương, các đơn vị chức năng "
        "của Bộ cần triển khai các biện pháp quản lý.",
        Registry(),
    )
    assert got is not None
    assert [n.written for n in got.responsible] == [
        "các địa phương",
        "các đơn vị chức năng của Bộ",
    ]
    bare = "Tiếp thu ý kiến các Bộ, ngành, hoàn thiện Đề án, trình Thủ tướng Chính phủ."
    assert subject(bare, Registry()) is None


_PROVINCES_RESTATED = """Thông báo kết luận của Thứ trưởng về tôm giống
Thứ trưởng đã chỉ đạo:
1. Đối với các tỉnh nuôi tôm trọng điểm:
Các địa phương cần tổ chức việc đăng ký nhu cầu tôm giống theo cấp xã, cấp huyện.
Các cơ sở sản xuất giống phải báo cáo số lượng tôm bố mẹ nhập về.
"""


def test_the_provinces_a_heading_narrows_restated_as_the_localities_keep_its_name() -> None:
    """ "Đối với các tỉnh nuôi tôm trọng điểm:" over "Các địa phương cần …"; others stand."""
    draft = extract(_PROVINCES_RESTATED, issued=None, number="1/TB")
    owners = {d["text"][:14]: _owners(draft, d) for d in draft.duties}
    assert owners["Các địa phương"] == [("các tỉnh nuôi tôm trọng điểm", "responsible")]
    assert owners["Các cơ sở sản "][0][0].startswith("Các cơ sở")


_ASKED_OVER_A_SUBHEADING = """# Bảo đảm công tác y tế dịp Tết

Thực hiện Chỉ thị 45/CT-TTg ngày 18/12/2024 của Thủ tướng Chính phủ về việc đón Tết; Bộ \
trưởng Bộ Y tế chỉ thị Sở Y tế các tỉnh, thành phố thực hiện một số nhiệm vụ sau:

**Tăng cường giám sát dịch bệnh**

- Theo dõi, phát hiện sớm, xử lý kịp thời các ổ dịch bệnh truyền nhiễm.

- Phân công cán bộ trực 24/24 giờ trong thời gian nghỉ Tết.

**Phòng ngừa ngộ độc thực phẩm**

- Tăng cường kiểm tra an toàn thực phẩm trên địa bàn.
"""


def test_a_request_over_a_news_pages_bold_subheading_gives_the_bullets_their_owner() -> None:
    """ "…; Bộ trưởng Bộ Y tế chỉ thị Sở Y tế … thực hiện một số nhiệm vụ sau:" then a
    bold subheading over the bullets: the body directed owns them, as "X có trách nhiệm:"."""
    draft = extract(_ASKED_OVER_A_SUBHEADING, issued=date(2025, 1, 10))
    d = _by_id(draft)
    for k in ("S.a", "S.b", "S.c"):
        assert _owners(draft, d[k]) == [("Sở Y tế các tỉnh, thành phố", "responsible")]
    _valid(draft)


_CAPTIONED_UNDATED = """ỦY BAN NHÂN DÂN TỈNH A
Số: 123/QĐ-UBND

QUYẾT ĐỊNH
Về việc ban hành Kế hoạch chuyển đổi số

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số.
Điều 2. Sở Tài chính hoàn thành việc bố trí kinh phí trước ngày 30/6.

PHỤ LỤC
*(Kèm theo Quyết định số 123/QĐ-UBND ngày 5 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh)*
1. Sở Khoa học và Công nghệ xây dựng nền tảng số (Ban hành kèm theo Quyết định số 884/QĐ-BTC \
ngày 16 tháng 6 năm 2006 của Bộ Tài chính).
"""


def test_the_documents_own_appendix_caption_dates_a_text_without_a_dateline() -> None:
    """No date given nor in the header: "(Kèm theo Quyết định số 123/QĐ-UBND ngày 5 tháng 3
    năm 2025 …)", a caption of its own line with the header's number, dates it; a
    caption of another number, or one cited inside a sentence, does not."""

    def by_caption(text: str) -> bool:
        return any("appendix caption" in n for n in extract(text).notes)

    assert extract(_CAPTIONED_UNDATED).data["plan"]["date"] == "2025-03-05"
    assert by_caption(_CAPTIONED_UNDATED)
    assert not by_caption(_CAPTIONED_UNDATED.replace("số 123/QĐ-UBND ngày", "số 77/QĐ-UBND ngày"))
    given = extract(_CAPTIONED_UNDATED, issued=date(2025, 3, 6))
    assert given.data["plan"]["date"] == "2025-03-06"
    # No number in the header: the one caption on a line of its own still names it.
    numberless = _CAPTIONED_UNDATED.replace("Số: 123/QĐ-UBND\n", "")
    assert extract(numberless).data["plan"]["date"] == "2025-03-05"
    assert by_caption(numberless)
    cited_only = numberless.replace("(Kèm theo Quyết định số 123/QĐ-UBND ngày 5 tháng 3 năm", "(")
    assert not by_caption(cited_only)


_ISSUED_FIELD_PAGE = """Công văn về việc bảo đảm an toàn giao thông
|
**Số hiệu:**
|
96/CĐ-BXD
|
**Ngày ban hành:**
|
22/11/2025
|

Bộ Xây dựng yêu cầu các Sở Xây dựng:
1. Rà soát các điểm đen tai nạn giao thông, báo cáo trước ngày 15/12.
"""


def test_a_pages_issued_field_dates_a_text_without_a_dateline() -> None:
    """ "Ngày ban hành: 22/11/2025", its value in the next cell of a scraped table: the
    document's date when nothing else gives it; a given date wins."""
    assert extract(_ISSUED_FIELD_PAGE).data["plan"]["date"] == "2025-11-22"
    given = extract(_ISSUED_FIELD_PAGE, issued=date(2025, 11, 21))
    assert given.data["plan"]["date"] == "2025-11-21"


def test_a_name_cut_at_the_verb_after_a_joiner_drops_the_joiner() -> None:
    """ "X và <verb> …": the name-finder stops at the verb; "và" is no part of X's name."""
    text = textwrap.dedent(
        """\
        ## TỔ CHỨC THỰC HIỆN

        1. Sở Tư pháp chủ trì, phối hợp với các đơn vị liên quan, các Sở Nội vụ và tổ chức \
        pháp chế thuộc tỉnh trong việc rà soát văn bản, hoàn thành trước ngày 30/6/2026.
        """
    )
    draft = extract(text)
    names = [o["name"] for o in draft.data["owners"]]
    assert names, names
    assert not [n for n in names if re.search(r"(?:\svà|\scủa|,)$", n)], names


@pytest.mark.parametrize(
    "line",
    [
        "1. Bộ Tài chính đồng chủ trì với Bộ Xây dựng, phối hợp với Bộ Nội vụ rà soát các dự án.",
        "1. Giao Bộ Tài chính, đồng chủ trì cùng Bộ Xây dựng, phối hợp với Bộ Nội vụ rà soát.",
        "1. Bộ Tài chính và Bộ Xây dựng đồng chủ trì, phối hợp với Bộ Nội vụ rà soát các dự án.",
    ],
)
def test_joint_leads_are_both_leads_never_lead_and_partner(line: str) -> None:
    """ "X đồng chủ trì với Y": X and Y lead together; only "phối hợp với Z" is a partner."""
    draft = extract(line + "\n")
    (duty,) = draft.duties
    assert _owners(draft, duty) == [
        ("Bộ Tài chính", "lead"),
        ("Bộ Xây dựng", "lead"),
        ("Bộ Nội vụ", "partner"),
    ]


def test_a_request_over_a_subheading_copied_without_its_bold_still_gives_the_bullets() -> None:
    """The news page's bold subheading under "… chỉ thị X … sau:", copied without its
    bold (a line with no stop), still only titles the bullets: X owns them."""
    text = (
        "Thực hiện Chỉ thị 45/CT-TTg; Bộ trưởng Bộ Y tế chỉ thị Sở Y tế các tỉnh thực hiện "
        "một số nhiệm vụ sau:\n\n"
        "Tăng cường giám sát dịch bệnh tại cửa khẩu, không để dịch bệnh xâm nhập dịp Tết\n\n"
        "- Tham mưu Ủy ban nhân dân tỉnh tăng cường chỉ đạo phòng, chống dịch.\n\n"
        "- Phân công cán bộ trực 24/24 giờ trong thời gian nghỉ Tết.\n"
    )
    duties = extract(text, issued=date(2025, 1, 10)).duties
    assert len(duties) == 2
    assert all(d["owners"][0]["owner"] == duties[0]["owners"][0]["owner"] for d in duties)
    assert "y_te" in duties[0]["owners"][0]["owner"]


_NEWS_BOLD_SUBHEADING = """\
Thủ tướng chỉ thị đẩy mạnh cổ phần hóa
=====================================

Thủ tướng Chính phủ chỉ thị các Bộ, ngành, địa phương thực hiện các yêu cầu:

1. Rà soát danh mục doanh nghiệp cổ phần hóa.

2. Xác định rõ trách nhiệm cá nhân trong việc để chậm trễ.


**Trước 15/1/2019 hoàn thành phê duyệt phương án cơ cấu lại các doanh nghiệp**


Các Bộ, ngành, địa phương trước ngày 15/1/2019 hoàn thành việc phê duyệt phương án \
cơ cấu lại các doanh nghiệp thuộc lĩnh vực quản lý.
"""


def test_a_news_pages_bold_subheading_is_no_duty_and_its_date_no_deadline() -> None:
    """A whole line in bold with no stop between an article's paragraphs is its
    subheading: it titles the paragraph that states the task in full, so it is no duty
    of its own and its headline's date no deadline of a second copy of the task."""
    duties = extract(_NEWS_BOLD_SUBHEADING, issued=date(2019, 1, 5)).duties
    assert not any(d["text"].startswith("Trước 15/1/2019") for d in duties)
    dated = [d for d in duties if d["timing"]]
    assert [d["text"][:22] for d in dated] == ["Các Bộ, ngành, địa phư"]
    assert parse_window(dated[0]["windows"][0]).end == date(2019, 1, 14)


def test_a_news_pages_subheading_copied_without_its_bold_is_still_no_duty() -> None:
    """The same page pasted as plain text: the subheading's line is short, has no stop,
    stands alone between paragraphs on a page with no document's header, and the
    paragraph after it says it again in full. That shape is a headline, so it is no duty
    and its date no deadline; a short line the paragraph after it does not restate is
    still a duty with its date."""
    plain = _NEWS_BOLD_SUBHEADING.replace("**", "")
    duties = extract(plain, issued=date(2019, 1, 5)).duties
    assert not any(d["text"].startswith("Trước 15/1/2019") for d in duties)
    assert [d["text"][:22] for d in duties if d["timing"]] == ["Các Bộ, ngành, địa phư"]
    other = plain.replace("trước ngày 15/1/2019 hoàn thành việc phê duyệt phương án", "rà soát")
    duties = extract(other, issued=date(2019, 1, 5)).duties
    assert any(d["text"].startswith("Trước 15/1/2019") and d["timing"] for d in duties)


def test_a_topic_before_the_government_asking_a_body_is_the_reports_framing() -> None:
    """ "Về tình hình … năm 2020 và … năm 2021, Chính phủ giao Bộ X …": the Government
    speaks as a Prime Minister does in a meeting's report; the topic (and its years) is
    the report's framing, the duty is the request from the speaker on, owned by X."""
    text = (
        "Chính phủ dự kiến tốc độ tăng trưởng năm 2021\n"
        "=============================================\n\n"
        "Chính phủ yêu cầu Ngân hàng Nhà nước Việt Nam tiếp tục điều hành chính sách tiền tệ.\n\n"
        "Bộ Tài chính tiếp tục rà soát, đề xuất các chính sách thuế, phí hỗ trợ doanh nghiệp.\n\n"
        "Bộ Công Thương phối hợp xây dựng chương trình hành động, kế hoạch xúc tiến thương mại.\n\n"
        "Về tình hình kinh tế – xã hội năm 2020 và dự kiến kế hoạch năm 2021, Chính phủ giao "
        "Bộ Kế hoạch và Đầu tư tiếp tục rà soát, hoàn thiện các kịch bản tăng trưởng.\n"
    )
    draft = extract(text, issued=date(2020, 9, 5))
    last = draft.duties[-1]
    assert last["text"].startswith("Chính phủ giao Bộ Kế hoạch và Đầu tư tiếp tục rà soát")
    assert _owners(draft, last) == [("Bộ Kế hoạch và Đầu tư", "responsible")]


def test_the_end_of_a_year_then_who_opens_a_sentence() -> None:
    """ "Hết năm 2019, Bộ X sẽ phải …": the time opens the sentence, then who."""
    assert _written(
        "Hết năm 2019, Bộ Giao thông vận tải phải hoàn thành thu phí.", "responsible"
    ) == ["Bộ Giao thông vận tải"]
    assert _written("Đến hết năm 2019, Bộ Y tế phải hoàn thành.", "responsible") == ["Bộ Y tế"]


_NEWS_FORECAST_THEN_TASK = """\
Ban Chỉ đạo điều hành giá đặt mục tiêu kiểm soát CPI
====================================================

Về giá điện, Bộ Công Thương xây dựng kịch bản điều hành cả năm.

Năm 2019, Phó Thủ tướng Vương Đình Huệ cho rằng giá BOT sẽ cơ bản ổn định sau khi các \
trạm BOT điều chỉnh giảm giá trong năm 2018. Hết năm 2019, Bộ GTVT sẽ phải hoàn thành thu \
phí không dừng trên phạm vi toàn quốc.

Bộ Y tế bám sát việc thực hiện kết cấu chi phí tiền lương vào dịch vụ khám chữa bệnh.

Các bộ, ngành, địa phương tiếp tục cung cấp thông tin đầy đủ, kịp thời cho báo chí.
"""


def test_a_forecast_cut_from_a_paragraph_that_asks_gives_no_deadline() -> None:
    """A paragraph of a speaker's forecast ("Năm 2019, Phó Thủ tướng … cho rằng …") then a
    body's obligation ("Hết năm 2019, Bộ GTVT sẽ phải …"): two pieces; the obligation is
    due at the year's end, the forecast (which asks no one) has no deadline, though the
    paragraph it was cut from asks."""
    duties = extract(_NEWS_FORECAST_THEN_TASK, issued=date(2019, 1, 17)).duties
    by_start = {d["text"][:12]: d for d in duties}
    task = by_start["Hết năm 2019"]
    assert parse_window(task["windows"][0]).end == date(2019, 12, 31)
    forecast = by_start["Năm 2019, Ph"]
    assert forecast["windows"] == ["không thời hạn"]


def test_a_digests_headline_with_a_name_run_into_its_story_is_cut_off() -> None:
    """A digest runs each story's headline into its first sentence, and a headline names
    bodies with capitals ("Bộ Công thương sắp có phương án xử lý dự án kém hiệu quả Đại
    diện Bộ Công Thương cho biết, …"): the story starts at the opener all the same. A
    clause with a comma before a capitalised opener is a sentence's, not a headline."""
    from nq42cli.core.layout_runon import split_run_on

    body = (
        "Phó Thủ tướng yêu cầu Bộ Xây dựng xây dựng lộ trình thoái vốn tại doanh nghiệp. "
        "Bộ Công thương sắp có phương án xử lý dự án kém hiệu quả Đại diện Bộ Công Thương "
        "cho biết, Bộ đã giao Vụ Kế hoạch chủ trì lập báo cáo, báo cáo lãnh đạo Bộ trước "
        "ngày 10/2. Thứ trưởng yêu cầu các Tập đoàn rà soát lại các phương án xử lý. Các "
        "đơn vị, Tổng công ty Theo kế hoạch phải hoàn thành ngay trong tháng Hai."
    )
    text = "Điểm tin 6/2: Đề xuất phương án xử lý các dự án kém hiệu quả\nTóm tắt.\n" + body
    paras = [x for x in split_run_on(text).text.split("\n") if x][2:]
    assert paras[1] == "Bộ Công thương sắp có phương án xử lý dự án kém hiệu quả"
    assert paras[2].startswith("Đại diện Bộ Công Thương cho biết, Bộ đã giao Vụ Kế hoạch")
    assert paras[-1].startswith("Các đơn vị, Tổng công ty Theo kế hoạch phải")


CYCLE_OVER_A_SPAN = """\
ỦY BAN NHÂN DÂN TỈNH X

KẾ HOẠCH
Phát triển kỹ năng số

PHỤ LỤC

| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm | Thời gian thực hiện |
|---|---|---|---|---|---|
| 1 | Hàng năm sát hạch kỹ năng số | Sở Khoa học và Công nghệ | Sở Nội vụ | | 2026 - 2030 |
| 2 | Hàng năm tổ chức tập huấn cho cán bộ | Sở Nội vụ | | Báo cáo | Quý IV/2026 |
| 3 | Xây dựng bộ tiêu chí kỹ năng số | Sở Khoa học và Công nghệ | | Quyết định | 2026 - 2027 |
"""


def test_a_task_that_opens_with_its_cycle_recurs_over_a_span_of_years() -> None:
    """ "Hàng năm …" over the cell "2026 - 2030": yearly, no deadline at the span's end.

    A single period ("Quý IV/2026") stays the row's deadline, and a span of years over a
    task with no cycle of its own stays the span's end.
    """
    d = _by_id(extract(CYCLE_OVER_A_SPAN, issued=date(2025, 10, 1)))
    assert [(k, v["windows"]) for k, v in d.items()] == [
        ("PL.1", ["hằng năm"]),
        ("PL.2", ["quý IV/2026"]),
        ("PL.3", ["2026-2027"]),
    ]


def test_an_article_paragraphs_run_in_lead_in_before_dated_tasks() -> None:
    """ "X …, tổ chức thực hiện: A, hoàn thành trong Quý I năm 2022; B, hoàn thành trong
    tháng 2 năm 2022; C …": the lead-in run in before its ";" tasks, each with its own
    time, gives one duty per task, each X's and dated from its own clause (the lead-in is
    no duty). A colon before undated clauses leaves the paragraph whole."""
    text = (
        "Thủ tướng Chính phủ vừa ký Công điện về tiêm vaccine.\n\n"
        "Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương phối hợp chặt chẽ với các "
        "bộ, ngành tổ chức thực hiện: Đẩy mạnh tiêm vaccine mũi thứ 3, hoàn thành trong "
        "Quý I năm 2022; tiêm mũi thứ 2 cho trẻ em, hoàn thành trong tháng 2 năm 2022; "
        "chuẩn bị điều kiện tiêm cho trẻ em ngay sau khi được cung ứng vaccine.\n\n"
        "Bộ Y tế chủ trì, phối hợp với các bộ, ngành kiểm tra, hướng dẫn Chiến dịch.\n\n"
        "Bộ Tài chính chủ trì bảo đảm kinh phí cho các nội dung: mua vaccine; vận chuyển; "
        "bảo quản.\n"
    )
    draft = extract(text, issued=date(2022, 2, 23))
    duties = draft.data["duties"]
    texts = [d["text"] for d in duties]
    assert texts[0].startswith("Đẩy mạnh tiêm vaccine mũi thứ 3")
    assert texts[1].startswith("tiêm mũi thứ 2 cho trẻ em")
    assert texts[2].startswith("chuẩn bị điều kiện tiêm")
    assert [d["windows"] for d in duties[:2]] == [["quý I/2022"], ["tháng 2/2022"]]
    for d in duties[:3]:
        assert _owners(draft, d)[0][0].startswith("Chủ tịch UBND các tỉnh")
    assert not any(t.startswith("Chủ tịch UBND") for t in texts)
    assert texts[-1].startswith("Bộ Tài chính chủ trì bảo đảm kinh phí cho các nội dung: mua")


def test_a_letter_in_a_programs_string_reads_its_one_request() -> None:
    """A letter carried in a Python string among its record's fields: the string is the
    text, the record's fields are not; read as a record a program shows, its one
    unnumbered request is a duty, dated from its clause."""
    record = (
        '        doc_id="cv_3722",\n'
        '        title="Công văn 3722/VPCP-CN",\n'
        '        issuer="Văn phòng Chính phủ",\n'
        '        text="""VĂN PHÒNG CHÍNH PHỦ\n'
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Số: 3722/VPCP-CN\n\nHà Nội, ngày 28 tháng 4 năm 2026\n\n"
        "Xét đề nghị của Ủy ban nhân dân tỉnh Đồng Nai, Phó Thủ tướng có ý kiến như sau:\n\n"
        "Giao Bộ Tài chính có ý kiến đối với đề xuất nêu trên, gửi Văn phòng Chính phủ "
        "trước ngày 10 tháng 5 năm 2026 để báo cáo Thủ tướng Chính phủ.\n\n"
        "Văn phòng Chính phủ thông báo để các Bộ, cơ quan biết, thực hiện./.\n"
        '""",\n'
    )
    draft = extract(record)
    assert draft.notes[0].startswith("source: a program's source or data file")
    (duty,) = draft.data["duties"]
    assert duty["text"].startswith("Giao Bộ Tài chính có ý kiến")
    assert _owners(draft, duty)[0][0] == "Bộ Tài chính"
    assert duty["windows"] == ["trước ngày 10/5/2026"]


def test_a_connective_before_a_heads_request_names_who_is_asked() -> None:
    """ "Ngoài ra, Thủ tướng yêu cầu X chủ trì, phối hợp với Y …": the connective, then the
    head's request; X leads, Y partners. A connective straight before a verb still has
    no subject, whatever bodies its sentence names later."""
    registry = Registry()
    got = subject(
        "Ngoài ra, Thủ tướng yêu cầu Bộ Giáo dục và Đào tạo chủ trì, phối hợp chặt chẽ với "
        "Bộ Y tế tiếp tục hoàn thiện các hướng dẫn.",
        registry,
    )
    assert got is not None
    assert [n.written for n in got.leads] == ["Bộ Giáo dục và Đào tạo"]
    assert [n.written for n in got.partners] == ["Bộ Y tế"]
    bare = "Đồng thời, tăng cường kiểm soát thị trường, ổn định tâm lý nhân dân, nhà đầu tư."
    assert subject(bare, registry) is None


def test_an_occasion_sentence_before_the_body_that_asks() -> None:
    """ "Nhân dịp Đại hội …, nhiệm kỳ 2026 - 2031. UBND thành phố đề nghị X treo cờ … từ
    ngày … đến hết ngày …": in a record a program shows, the occasion is its own sentence;
    the request after it is the duty, X its owner (the name ends at "treo cờ"), dated by
    its window."""
    record = (
        'doc_id="tb_1",\ntitle="Thông báo treo cờ",\ntext="""THÔNG BÁO\nVề việc treo cờ Tổ quốc\n\n'
        "Nhân dịp Đại hội đại biểu toàn quốc lần thứ XI, nhiệm kỳ 2026 - 2031. Ủy ban nhân dân "
        "thành phố đề nghị các cơ quan, đơn vị và các hộ gia đình trên địa bàn Thành phố treo "
        'cờ Tổ quốc từ ngày 10/5/2026 đến hết ngày 14/5/2026.\n""",\n'
    )
    draft = extract(record, issued=date(2026, 4, 29))
    (duty,) = draft.data["duties"]
    assert duty["text"].startswith("Ủy ban nhân dân thành phố đề nghị các cơ quan, đơn vị")
    # The name ends at the act: "… trên địa bàn Thành phố", not "… treo cờ Tổ quốc …".
    assert [n for n, _ in _owners(draft, duty)][-1].endswith("trên địa bàn Thành phố")
    assert duty["windows"] == ["từ ngày 10/5/2026 đến hết ngày 14/5/2026"]


def test_a_steering_committee_asks_the_body_it_names() -> None:
    """ "Ban chỉ đạo phòng chống dịch TP đề nghị Sở Y tế thành phố chỉ đạo …": the committee's
    name holds "chỉ đạo" but it is who asks; the body it asks owns the request."""
    got = subject(
        "Ban chỉ đạo phòng chống Covid-19 TP HCM đề nghị Sở Y tế thành phố chỉ đạo các đơn vị "
        "chuẩn bị đầy đủ nguồn lực.",
        Registry(),
    )
    assert got is not None
    assert got.requested
    assert [n.written for n in got.leads + got.responsible] == ["Sở Y tế thành phố"]


_BACKGROUND_RUN_INTO_REQUEST = """\
                         Kính gửi:
                                      - Các sở, ban, ngành thuộc tỉnh;
                                      - Công an tỉnh.

            Ngày 29/6/2026, Bộ trưởng Bộ Xây dựng ban hành Quyết định số
     1074/QĐ-BXD về việc ban hành các giải pháp kỹ thuật nâng cao an toàn phòng
     cháy, chữa cháy cho các cơ sở, công trình không bảo đảm yêu cầu về phòng cháy
     và chữa cháy và không có khả năng khắc phục theo các tiêu chuẩn, quy chuẩn kỹ
     thuật tại thời điểm đưa vào hoạt động thuộc thẩm quyền quản lý của Bộ Xây
     dựng. Quyết định có hiệu lực kể từ ngày ký và giao Ủy ban nhân dân các tỉnh,
     thành phố trực thuộc Trung ương chỉ đạo, kiểm tra, hướng dẫn việc triển khai thực
     hiện các giải pháp kỹ thuật đối với các cơ sở, công trình thuộc đối tượng áp dụng,
     hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028.
            Để tổ chức triển khai thực hiện nghiêm túc Quyết định của Bộ Xây dựng
     trên địa bàn tỉnh, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Công an tỉnh, các sở,
     ban, ngành, đoàn thể; Ủy ban nhân dân các xã, phường tập trung thực hiện một số
     nhiệm vụ sau:
           1. Công an tỉnh, các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân
     các xã, phường
            Theo chức năng, nhiệm vụ, phạm vi quản lý tổ chức tuyên truyền, phổ biến
     và triển khai thực hiện đầy đủ các nội dung của Quyết định số 1074/QĐ-BXD.
       2. Giao Sở Xây dựng
      Chủ trì, phối hợp với Công an tỉnh hướng dẫn triển khai thực hiện Quyết định số
1074/QĐ-BXD, hoàn thành trước ngày 01 tháng 7 năm 2028.
"""


def test_background_run_into_the_request_over_the_items_is_no_duty() -> None:
    """A copy with no empty line between paragraphs runs the background (what the
    ministry decided and gave the provinces, with its end date) into the request that
    leads into the items: the request opens at a sentence's start, the background is
    the preamble's and its date no deadline."""
    duties = extract(_BACKGROUND_RUN_INTO_REQUEST, issued=date(2026, 7, 21)).duties
    assert not any("cháy, chữa cháy cho các cơ sở" in d["text"] for d in duties)
    dated = [d for d in duties if d["timing"]]
    # "2. Giao Sở Xây dựng" over its indented paragraph: the heading names the owner.
    assert [d["text"][:9] for d in dated] == ["Chủ trì, "]
    assert [o["owner"] for o in dated[0]["owners"] if o["role"] == "lead"] == ["so_xay_dung"]


def test_an_owner_heading_then_its_remit_on_the_next_line_is_no_wrap() -> None:
    """ "1. Công an tỉnh, … và Ủy ban nhân dân / các xã, phường" then "Theo chức năng,
    nhiệm vụ, …" with no empty line: no name goes on with "Theo chức năng"; the line opens
    the bodies' paragraph, and the heading's names stay whole."""
    draft = extract(_BACKGROUND_RUN_INTO_REQUEST, issued=date(2026, 7, 21))
    first = next(d for d in draft.duties if d["text"].startswith("Theo chức năng"))
    assert [n for n, _ in _owners(draft, first)] == [
        "Công an tỉnh",
        "các sở, ban, ngành, đoàn thể tỉnh",
        "Ủy ban nhân dân các xã, phường",
    ]


_UNNUMBERED_LETTER = """\
                       Kính gửi:
                                     - Các Sở: Nông nghiệp và Môi trường, Xây dựng,
                                       Công Thương;
                                     - Ủy ban nhân dân xã Văn Chấn.

      Ủy ban nhân dân tỉnh nhận được Văn bản số 28/CV-ĐĐT ngày 04/8/2026
về việc lấn chiếm, sử dụng trái phép đất hoạt động khoáng sản.
       Sau khi xem xét Chủ tịch Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và
Môi trường chủ trì, phối hợp với Sở Xây dựng, Sở Công Thương tổ chức xác minh, làm rõ
việc lấn chiếm theo nội dung đề nghị tại Văn bản số 28/CV-ĐĐT ngày 04/8/2026 nêu trên,
xử lý nghiêm các vi phạm (nếu có). Báo cáo kết quả thực hiện về Ủy ban nhân dân
tỉnh trước ngày 30/8/2026.
      Yêu cầu Sở Nông nghiệp và Môi trường, Sở Xây dựng, Sở Công Thương,
Ủy ban nhân dân xã Văn Chấn, các cơ quan, đơn vị liên quan triển khai thực hiện./.
"""


def test_an_unnumbered_letters_assigning_paragraph_is_its_duty() -> None:
    """A letter with no number, letter or bullet in its body (its only bullets whom it is
    sent to): the paragraph giving a body work is the duty, its subjectless sentence
    after with the report's date going on with it; the background (what was received)
    and the closing "Yêu cầu X, Y … triển khai thực hiện./." give none."""
    draft = extract(_UNNUMBERED_LETTER, issued=date(2026, 8, 10))
    assert len(draft.duties) == 1
    duty = draft.duties[0]
    assert duty["text"].startswith("Sau khi xem xét")
    assert _owners(draft, duty) == [
        ("Sở Nông nghiệp và Môi trường", "lead"),
        ("Sở Xây dựng", "partner"),
        ("Sở Công Thương", "partner"),
    ]
    assert parse_window(duty["windows"][0]).end == date(2026, 8, 29)


_REPORTED_CONCLUSIONS = """\
Theo thông báo, UBND tỉnh Bắc Nam cơ bản thống nhất phương án tuyến như báo cáo tại cuộc họp.

Về phân kỳ đầu tư, tỉnh yêu cầu tập trung triển khai cấp bách đoạn 1 và đoạn 2. Sở Xây dựng \
được giao khẩn trương tổ chức thẩm định, trình phê duyệt phương án tuyến trong tháng 3/2026. \
Riêng đoạn 3 sẽ thực hiện theo chỉ đạo trước đó của UBND tỉnh.

Liên quan đến các dự án đối ứng, tỉnh yêu cầu nghiên cứu áp dụng cơ chế đặc thù để lập quy \
hoạch dự án BT. Đối với 3 khu đất đối ứng, các sở, ngành và UBND các xã An Phú, Bình Minh \
được yêu cầu khẩn trương thực hiện theo chỉ đạo trước đó.

Về thủ tục đầu tư, UBND tỉnh giao Sở Tài chính khẩn trương chủ trì thẩm định chủ trương đầu tư.

Đối với các tuyến đường sắt, Sở Giao thông vận tải được giao chủ trì tham mưu văn bản báo cáo \
Thủ tướng Chính phủ.
"""


def test_a_reports_sentences_that_each_give_work_are_tasks_of_their_own() -> None:
    """A report of conclusions runs several tasks into one paragraph: a sentence that
    gives work ("Sở X được giao …", "… được yêu cầu …", "tỉnh yêu cầu …", after a code in
    capitals ending the one before, "… dự án BT.") is a task of its own, with its own
    date; a sentence giving none goes on with the one before it."""
    duties = extract(_REPORTED_CONCLUSIONS, issued=date(2026, 3, 20)).duties
    starts = [d["text"][:22] for d in duties]
    assert "Sở Xây dựng được giao " in starts
    assert "Đối với 3 khu đất đối " in starts
    assert not any(s.startswith("Riêng đoạn 3") for s in starts)
    dated = [d for d in duties if d["timing"]]
    assert [d["text"][:22] for d in dated] == ["Sở Xây dựng được giao "]
    assert parse_window(dated[0]["windows"][0]).end == date(2026, 3, 31)


_LONG_TOPICS_OVER_OWNED_PARAGRAPHS = """\
2. Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp hoàn thiện dự thảo Đề án, trình Thủ tướng \
Chính phủ trước ngày 20 tháng 10 năm 2024. Trong đó chú ý một số nội dung sau:
- Về việc xây dựng, trình cấp có thẩm quyền ban hành văn bản quy phạm về thí điểm sàn giao dịch:
Bộ Tài chính nghiên cứu kỹ lưỡng quy định của pháp luật hiện hành để xác định rõ loại văn bản.
- Về rà soát phân công nhiệm vụ của các Bộ ngành trong quản lý nhà nước đối với thị trường:
Bộ Tài chính căn cứ quy định của Luật Bảo vệ môi trường để phân công nhiệm vụ cho các Bộ.
Bộ Tư pháp thẩm định dự thảo Quyết định phê duyệt Đề án.
"""


def test_a_long_topic_over_paragraphs_naming_who_acts_is_no_duty() -> None:
    """ "- Về việc xây dựng … :" (a topic of any length) over paragraphs that each open with
    the body that acts: the topic only names what they are about; each paragraph is a
    duty of its own, its text from the body on."""
    draft = extract(_LONG_TOPICS_OVER_OWNED_PARAGRAPHS, issued=date(2024, 10, 14))
    starts = [d["text"][:22] for d in draft.duties]
    assert starts[1:] == [
        "Bộ Tài chính nghiên cứ",
        "Bộ Tài chính căn cứ qu",
        "Bộ Tư pháp thẩm định d",
    ]
    assert _owners(draft, draft.duties[3]) == [("Bộ Tư pháp", "responsible")]


def test_a_plans_closing_then_who_carries_it_out_is_a_generic_duty() -> None:
    """ "Trên đây là Kế hoạch … năm 2026." alone ends the plan; the sentence after it
    naming who is to carry it out is a generic duty of its own (the summary's year no
    deadline). Without such a sentence the closing gives none."""
    head = "KẾ HOẠCH\n\nI. NHIỆM VỤ\n\n1. Sở Công Thương rà soát quy hoạch các cụm công nghiệp.\n\n"
    closing = (
        "Trên đây là Kế hoạch thực hiện Nghị quyết số 34-NQ/TU về phát triển cụm công "
        "nghiệp năm 2026."
    )
    asked = " Yêu cầu các sở, ban, ngành của tỉnh triển khai thực hiện./."
    draft = extract(head + closing + asked + "\n", issued=date(2026, 3, 26))
    last = draft.duties[-1]
    assert last["text"].startswith("Yêu cầu các sở")
    assert _owners(draft, last) == [("các sở, ban, ngành của tỉnh", "responsible")]
    assert not last["timing"]
    alone = extract(head + closing + "/.\n", issued=date(2026, 3, 26))
    assert len(alone.duties) == 1


def test_a_section_title_naming_whose_main_duties_they_are_gives_their_owner() -> None:
    """ "II. NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG" over verb-first items: the
    body the title names does them; "Phối hợp với Bộ Tài chính …" under it is led by the
    body named after "với"."""
    text = (
        "KẾ HOẠCH\n\nII. NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n"
        "1. Xây dựng và ban hành Kế hoạch giảm nhẹ phát thải khí nhà kính.\n"
        "2. Phối hợp với Bộ Tài chính hoàn thiện Đề án phát triển thị trường các-bon.\n"
    )
    draft = extract(text, issued=date(2024, 8, 6))
    first, second = draft.duties
    assert fold(_owners(draft, first)[0][0]) == fold("Bộ Tài nguyên và Môi trường")
    assert _owners(draft, second)[0] == ("Bộ Tài chính", "lead")


def test_an_owners_action_then_cu_the_over_a_run_on_paragraph_is_one_duty() -> None:
    """ "5. Sở Khoa học và Công nghệ" then "Chủ trì phối hợp với … triển khai các nhiệm vụ
    về … . Cụ thể:" and "(i) …; (ii) …" in one paragraph: the sentence is the task, the
    paragraph only spells it out — one duty, the heading's body leading."""
    text = (
        "KẾ HOẠCH\n\nV. TỔ CHỨC THỰC HIỆN\n"
        "5. Sở Khoa học và Công nghệ\n"
        "Chủ trì phối hợp với các đơn vị triển khai các nhiệm vụ về chuyển giao, ứng\n"
        "dụng công nghệ cao trong công nghiệp. Cụ thể:\n"
        "(i) Rà soát trình độ công nghệ của doanh nghiệp; (ii) Tổ chức các chương trình hỗ trợ "
        "chuyển đổi số.\n"
        "6. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n"
    )
    draft = extract(text, issued=date(2026, 3, 26))
    first = draft.duties[0]
    assert "Chủ trì phối hợp" in first["text"]
    assert "(ii) Tổ chức" in first["text"]
    assert _owners(draft, first)[0] == ("Sở Khoa học và Công nghệ", "lead")
    assert len(draft.duties) == 2


def test_an_items_title_naming_whose_duties_they_are_gives_its_points_their_owner() -> None:
    """ "1. Trách nhiệm chung của các cơ quan, đơn vị" over verb-first "- " points: the
    bodies the title names own them, as a section's "Nhiệm vụ của …" does."""
    text = (
        "CÔNG VĂN\n\nChủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
        "1. Trách nhiệm chung của các cơ quan, đơn vị\n"
        "- Thực hiện thanh tra, kiểm tra có trọng tâm, trọng điểm.\n"
        "- Đề cao trách nhiệm của người đứng đầu trong việc bảo vệ khoáng sản.\n"
        "2. Thanh tra tỉnh\n"
        "- Chủ trì thanh tra hoạt động khoáng sản.\n"
    )
    draft = extract(text, issued=date(2026, 6, 11))
    assert [_owners(draft, d)[0][0] for d in draft.duties[:2]] == ["các cơ quan, đơn vị"] * 2


def test_a_points_own_sentence_over_bullets_with_wrapped_lines_is_its_duty() -> None:
    """ "a) Các sở, …; Ủy ban nhân dân các xã, phường … hoàn thành … ." over "- " bullets
    whose wrapped second steps a copy set apart as paragraphs: the point's sentence is a
    duty of its subject, not a heading of the bullets."""
    text = (
        "CÔNG VĂN\n\n7. Tổ chức thực hiện\n"
        "a) Các sở, ban, ngành; Ủy ban nhân dân các xã, phường khẩn trương tổ chức triển khai "
        "thực hiện; hoàn thành việc rà soát, phân loại tài sản theo đúng tiến độ quy định.\n"
        "- Báo cáo năm: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 15/12;\n"
        "Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh.\n"
        "- Báo cáo đột xuất: Theo yêu cầu của Ủy ban nhân dân tỉnh.\n"
    )
    draft = extract(text, issued=date(2026, 7, 10))
    first = draft.duties[0]
    assert first["text"].startswith("Các sở, ban, ngành; Ủy ban")
    assert [n for n, _ in _owners(draft, first)] == [
        "Các sở, ban, ngành",
        "Ủy ban nhân dân các xã, phường",
    ]


def test_a_collective_picked_out_by_what_it_was_given_owns_the_points_below() -> None:
    """ "4. Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao quản lý, sử dụng hoặc khai
    thác tài sản kết cấu hạ tầng" over "a) Thực hiện …": the clause says which bodies, the
    whole line is the owner. "Định kỳ hoặc đột xuất tổng hợp, báo cáo Ủy ban nhân dân
    tỉnh, Bộ Tài chính …" names no subject: the bodies after the verb are reported to."""
    text = (
        "CÔNG VĂN\n\n4. Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao quản lý, sử\n"
        "dụng hoặc khai thác tài sản kết cấu hạ tầng\n"
        "a) Thực hiện quản lý, sử dụng tài sản đúng mục đích.\n"
        "b) Thực hiện đầy đủ việc lập, quản lý hồ sơ tài sản.\n"
        "6. Sở Tài chính\n"
        "a) Phối hợp với các sở theo dõi, đôn đốc việc triển khai.\n"
        "b) Định kỳ hoặc đột xuất tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ\n"
        "Tài chính về tình hình quản lý tài sản theo quy định.\n"
    )
    draft = extract(text, issued=date(2026, 7, 10))
    owners = [_owners(draft, d)[0][0] for d in draft.duties]
    whole = (
        "Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao quản lý, sử dụng hoặc khai thác "
        "tài sản kết cấu hạ tầng"
    )
    assert owners[:2] == [whole, whole]
    assert owners[-1] == "Sở Tài chính"


@pytest.mark.parametrize(
    "line",
    [
        "Về phân kỳ đầu tư, thành phố yêu cầu tập trung triển khai cấp bách đoạn 1.",
        "Đáng chú ý, Hà Nội cũng yêu cầu chuẩn bị quy hoạch đồng bộ hai bên tuyến.",
        "Ngoài ra, tỉnh cũng yêu cầu nghiên cứu biện pháp trung chuyển hàng hóa.",
    ],
)
def test_a_place_asking_with_no_body_after_the_verb_asks_no_one(line: str) -> None:
    """A report names who asks by the place ("thành phố", "tỉnh", the city's name): with
    no body after "yêu cầu", the request is no one's in particular."""
    assert asks_no_one(line, Registry())


def test_a_place_asking_a_named_body_is_no_request_of_no_one() -> None:
    assert not asks_no_one("Thành phố yêu cầu Sở Xây dựng khẩn trương rà soát.", Registry())


def test_a_part_title_then_its_paragraph_on_the_next_line_is_no_wrap() -> None:
    """ "3. Tổ chức thực hiện" then "Thủ trưởng các sở, …; Chủ tịch … chịu trách nhiệm …"
    with no empty line: the title is whole; the paragraph's own subject owns it."""
    text = (
        "CÔNG VĂN\n\nChủ tịch Ủy ban nhân dân tỉnh yêu cầu Công an tỉnh thực hiện một số "
        "nhiệm vụ sau:\n"
        "1. Công an tỉnh\nTổ chức kiểm tra các cơ sở.\n"
        "3. Tổ chức thực hiện\n"
        "Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường "
        "chịu trách nhiệm tổ chức triển khai thực hiện nghiêm túc các nội dung nêu trên.\n"
    )
    draft = extract(text, issued=date(2026, 7, 21))
    last = draft.duties[-1]
    assert last["text"].startswith("Thủ trưởng các sở")
    assert [n for n, _ in _owners(draft, last)] == [
        "Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh",
        "Chủ tịch Ủy ban nhân dân các xã, phường",
    ]


def test_a_name_ends_before_gui_sends_but_not_inside_tien_gui() -> None:
    """ "Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 15/12": the bodies end before
    "gửi" (they send to Sở Tài chính); "tiền gửi" inside a name is no verb."""
    got = subject("Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 15/12;", Registry())
    assert got is not None
    assert [n.written for n in got.responsible] == ["Các cơ quan, đơn vị"]


def test_a_name_ends_before_san_tao_levels_the_ground() -> None:
    """ "Chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp san tạo mặt bằng, …": the
    owner ends before "san tạo" (levels the ground)."""
    got = subject(
        "Chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp san tạo mặt bằng, tạo mặt "
        "bằng sạch, thu hút các nhà đầu tư thứ cấp.",
        Registry(),
    )
    assert got is not None
    assert [n.written for n in got.responsible] == [
        "Chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp"
    ]


FLATTENED_TABLE = """QUYẾT ĐỊNH
Ban hành Kế hoạch triển khai Nghị định số 7/2026/NĐ-CP
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Nghị định.
PHỤ LỤC
KẾ HOẠCH TRIỂN KHAI NGHỊ ĐỊNH
| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |
| --- | --- | --- | --- |
Thời gian thực hiện
1
Phổ biến, hướng dẫn thực hiện Nghị định
a)
Tổ chức hội nghị phổ biến Nghị định đến các địa phương.
Cục Thủy sản
Vụ Pháp chế; các cơ quan, đơn vị có liên quan
Quý III/2026
b)
Biên soạn tài liệu hướng dẫn thực hiện Nghị định.
Cục Thủy sản
Vụ Pháp chế
Quý IV/2026
2
Xây dựng Thông tư hướng dẫn về nuôi trồng thủy sản trên biển, quy trình cấp phép và
Vụ Pháp chế
Cục Thủy sản
Quý II/2027
giám sát nuôi trồng thủy sản.
3
Theo dõi, đánh giá việc thi hành Nghị định.
Cục Thủy sản
Các cơ quan, đơn vị có liên quan
Thường xuyên
"""


def test_a_flattened_word_table_its_pipe_header_then_one_cell_per_line() -> None:
    """A Word table a docx-to-markdown converter flattened: its first row a pipe header
    with no rows under it, the header's last cell and every other cell on a line of its
    own. It is read one cell per line: a letter alone on its line ("a)") under a row is
    that row's sub-row, and the row whose only cell is its words titles them (no duty); a
    row cut by a page break with no header repeated gives each cell a line, the time
    last, then the task's other words, which go on with the task."""
    draft = extract(FLATTENED_TABLE, issued=date(2026, 6, 10), number="9/QĐ")
    d = {k: v for k, v in _by_id(draft).items() if k.startswith("T.")}
    assert list(d) == ["T.1.a", "T.1.b", "T.2", "T.3"]
    assert _owners(draft, d["T.1.a"]) == [
        ("Cục Thủy sản", "lead"),
        ("Vụ Pháp chế", "partner"),
        ("các cơ quan, đơn vị có liên quan", "partner"),
    ]
    assert d["T.1.a"]["windows"] == ["quý III/2026"]
    assert d["T.1.b"]["windows"] == ["quý IV/2026"]
    assert d["T.2"]["text"].endswith("quy trình cấp phép và giám sát nuôi trồng thủy sản.")
    assert _owners(draft, d["T.2"]) == [("Vụ Pháp chế", "lead"), ("Cục Thủy sản", "partner")]
    assert d["T.2"]["windows"] == ["quý II/2027"]
    assert d["T.3"]["windows"] == ["thường xuyên"]
    _valid(draft)


def test_a_pipe_header_with_rows_of_its_own_is_not_read_one_cell_per_line() -> None:
    """A pipe table that has its rows is read as pipes; a letter out of its sequence
    under a flattened table's row stays that row's words."""
    piped = (
        FLATTENED_TABLE.split("Thời gian thực hiện", maxsplit=1)[0].replace(
            "| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |",
            "| TT | Nội dung hoạt động | Cơ quan chủ trì | Thời gian |",
        )
        + "| 1 | Tổ chức hội nghị phổ biến Nghị định. | Cục Thủy sản | Quý III/2026 |\n"
    )
    d = _by_id(extract(piped, issued=date(2026, 6, 10), number="9/QĐ"))
    assert d["T.1"]["windows"] == ["quý III/2026"]
    skipped = FLATTENED_TABLE.replace("b)\n", "c)\n")
    d = _by_id(extract(skipped, issued=date(2026, 6, 10), number="9/QĐ"))
    assert "T.1.b" not in d
    assert "T.1.c" not in d


def test_a_pdftotext_layout_table_its_cells_side_by_side() -> None:
    """A task table as pdftotext -layout prints it (a made-up one): the header's cells
    wrapped over lines, each row's cells side by side around its middle line (its
    number), a task's line and the lead's first words one space apart, a supervisor's
    line and the time one space apart, a time cell split over two lines ("Trước ngày" /
    its date), a page number after a form feed, rows with no blank line between them, a
    Roman group and a sub-group. Each row keeps its own time: the supervisor column (a
    person) is no owner, and a row with no time cell gets none."""
    text = (TABLES / "made-up-layout.pdf.txt").read_text(encoding="utf-8")
    draft = extract(text, issued=date(2026, 9, 5), number="12-CTr/TU")
    d = _by_id(draft)
    assert list(d) == ["PL.I.1", "PL.I.2", "PL.II.1", "PL.II.2", "PL.II.3"]
    assert d["PL.I.1"]["text"].endswith("của cả hệ thống chính trị về y tế cơ sở.")
    assert _owners(draft, d["PL.I.1"]) == [("các cấp uỷ, tổ chức đảng", "lead")]
    assert d["PL.I.1"]["windows"] == ["trước ngày 30/11/2026"]
    assert _owners(draft, d["PL.I.2"]) == [("Đảng ủy Ủy ban nhân dân tỉnh", "lead")]
    assert d["PL.I.2"]["windows"] == ["trước ngày 31/12/2026"]
    assert d["PL.II.1"]["text"] == (
        "Đầu tư nâng cấp trạm y tế các xã, phường giai đoạn 2026 - 2030, tầm nhìn đến năm 2045"
    )
    assert _owners(draft, d["PL.II.1"]) == [("Đảng ủy UBND tỉnh", "lead")]
    assert d["PL.II.1"]["windows"] == ["2026-2028"]
    assert d["PL.II.2"]["windows"] == ["2027-2030"]
    assert d["PL.II.3"]["windows"] == ["không thời hạn"]
    assert all("printed side by side" in x["review"] for x in d.values())
    _valid(draft)


def test_a_layout_table_of_nested_rows_it_cannot_read_gives_no_deadline() -> None:
    """A task table as pdftotext -layout prints it (a made-up one) whose rows nest: a
    group row "a)" of one cell, sub-group rows numbered "-" whose group cell names a
    target ("bảo đảm mục tiêu 2,5 triệu ha … vào năm 2030"), and rows with no number
    that go on under them ("+ …"). With no numbered row the layout reader reads no grid,
    and the lines read as prose interleave cells and rows: the target's year, among
    another cell's words, is no deadline of any duty."""
    text = (TABLES / "made-up-layout-nested.pdf.txt").read_text(encoding="utf-8")
    draft = extract(text, issued=date(2026, 3, 1), number="5/QĐ-TTg")
    assert draft.duties
    assert all(x["windows"] == ["không thời hạn"] for x in draft.duties)
    assert any(
        "'vào năm 2030' is in a side-by-side table whose rows were not read" in x["review"]
        for x in draft.duties
    )
    _valid(draft)


def test_a_layout_table_header_with_no_lead_nor_time_column_is_not_read_by_position() -> None:
    """A header whose lines naming the lead and time columns are lost ("TT", the task's
    name, "thực hiện") names no column an owner or a time: no table is read by position."""
    text = (TABLES / "made-up-layout.pdf.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    at = next(k for k, x in enumerate(lines) if x.startswith("TT "))
    lines[at - 1] = ""  # the lead's and supervisor's header lines gone: one word left
    lines[at + 1] = ""
    draft = extract("\n".join(lines), issued=date(2026, 9, 5), number="12-CTr/TU")
    assert not any("printed side by side" in (x.get("review") or "") for x in draft.duties)


def test_a_layout_table_whose_cells_stand_at_their_rows_top() -> None:
    """A layout copy that sets each cell at its row's top (the number on the row's first
    line, no line above it under the header): each row's lines run to the next number,
    the last row's to a blank line (the text after the table is not its words); a time
    with no number ("Thường xuyên") stays the row's time."""
    text = (TABLES / "made-up-layout-top.pdf.txt").read_text(encoding="utf-8")
    draft = extract(text, issued=date(2026, 9, 5), number="12/KH")
    d = {k: v for k, v in _by_id(draft).items() if k.startswith("T.")}
    assert list(d) == ["T.1", "T.2", "T.3"]
    assert d["T.1"]["text"].endswith("giai đoạn 2026 - 2030, tầm nhìn đến năm 2045")
    assert d["T.1"]["windows"] == ["quý IV/2026"]
    assert d["T.2"]["text"].endswith("phù hợp với đơn vị hành chính mới")
    assert d["T.2"]["windows"] == ["năm 2027"]
    assert d["T.3"]["text"] == "Đào tạo, bồi dưỡng nhân lực y tế cơ sở"
    assert _owners(draft, d["T.3"]) == [
        ("Sở Y tế", "lead"),
        ("Sở Giáo dục và Đào tạo", "partner"),
    ]
    assert d["T.3"]["windows"] == ["thường xuyên"]


def test_a_layout_table_row_of_even_height_keeps_the_next_rows_first_line() -> None:
    """A layout row whose tallest cell has an even number of lines sets its number one
    line below its middle: more lines above than below. The next row's first line (its
    task's first words, a capital after a finished sentence, beside its time) is that
    row's, not the row above's, so the time there stays with its own row; a task's full
    line ending on a body's name ("… của Thủ tướng Chính phủ") within the task column's
    width is the task's words. A group's title wrapped around its Roman number is read
    whole, the next row's first line left to it."""
    text = (TABLES / "made-up-layout-even.pdf.txt").read_text(encoding="utf-8")
    draft = extract(text, issued=date(2026, 1, 5), number="3/KH")
    d = {k: v for k, v in _by_id(draft).items() if k.startswith("PL")}
    assert list(d) == ["PL.1", "PL.2", "PL.3"]
    assert d["PL.1"]["text"].startswith("Xây dựng, trình Thủ tướng Chính phủ ban hành kế")
    assert d["PL.1"]["windows"] == ["năm 2026"]
    assert d["PL.2"]["text"] == (
        "Xây dựng Quyết định của Thủ tướng Chính phủ ban hành tiêu chuẩn trạm y tế cho giai "
        "đoạn đến năm 2030."
    )
    assert _owners(draft, d["PL.2"])[0] == ("Bộ Y tế", "responsible")
    assert d["PL.2"]["windows"] == ["năm 2027"]
    assert d["PL.3"]["text"] == "Nghiên cứu, đề xuất cơ chế tài chính cho y tế cơ sở."
    assert _owners(draft, d["PL.3"]) == [("Bộ Tài chính", "lead"), ("Bộ Y tế", "partner")]
    assert d["PL.3"]["windows"] == ["2026-2028"]


CELL_LINES_TIME_NOTE = """QUYẾT ĐỊNH
Ban hành Kế hoạch triển khai Nghị định số 8/2026/NĐ-CP
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Nghị định.
PHỤ LỤC
DANH MỤC NHIỆM VỤ
TT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
1
Xây dựng Thông tư hướng dẫn cấp phép nuôi trồng thủy sản trên biển.
Bộ Nông nghiệp và Môi trường
Các bộ, ngành, cơ quan liên quan
2026 - 2027 Các Bộ: Tài chính, Xây dựng đã hoàn thành phần việc của mình
2
Tổ chức tập huấn cho cán bộ địa phương về cấp phép nuôi trồng thủy sản.
Bộ Nông nghiệp và Môi trường
Ủy ban nhân dân các tỉnh ven biển
Quý IV/2026
"""


def test_a_one_cell_per_line_time_cell_with_a_note_after_its_time() -> None:
    """A time cell copied one cell a line keeps its note after the time on the same line
    ("2026 - 2027 Các Bộ: … đã hoàn thành …"): the line is the row's time cell (its time
    read, as the grid's cell reads), not words a page break left in no cell."""
    draft = extract(CELL_LINES_TIME_NOTE, issued=date(2026, 3, 2), number="8/QĐ")
    d = _by_id(draft)
    assert list(d) == ["PL.1", "PL.2"]
    one, two = d.values()
    assert _owners(draft, one) == [
        ("Bộ Nông nghiệp và Môi trường", "lead"),
        ("Các bộ, ngành, cơ quan liên quan", "partner"),
    ]
    assert one["timing"] == "2026 - 2027"
    assert "placed in no cell" not in one.get("review", "")
    assert two["windows"] == ["quý IV/2026"]
    _valid(draft)


_OCR_TABLE = """\
TỈNH ỦY BẮC NAM ĐẢNG CỘNG SẢN VIỆT NAM
Số 99-NQ/TU Bắc Nam, ngày 05 tháng 12 năm 2025
NGHỊ QUYẾT
về nhiệm vụ năm 2026

===== Trang 7 =====
Lãnh đạo, cơ
STT Nhiệm vụ và chỉ tiêu Thời gian quan đơn vị chủ Lãnh đạo tỉnh phụ
hoàn thành trì phối hợp trách
HE |Hội Nông dân tỉnh
Đồng chí Phó Bí thư
Thành lập mới 40 tổ hội nông dân nghề nghiệp, 9 chỉ hội | Tháng  |Đồng chí Chủ tịch Tỉnh ủy
l : À s. l : Í b
nông dân nghề nghiệp. 12/2026 |Hội Nông dân tỉnh| Bí thư các xã
Nam tỉnh
ă + :z_ |Đồng chí Phó Bí thư
wx R `. Tháng Đồng chí Chủ tịch | „... Sš_ xã . | Tỉnh ủy, Chủ tịch
„__ [Tổ chức 12 lớp tập huấn kỹ thuật chăn nuôi cho hội viên
ở các xã vùng cao. 11/2026 Hội Nông dân tỉnh
Nam tỉnh
IV |Hội Cựu Chiến binh tỉnh
Đồng chí Phó Bí thư
l Phấn đấu giảm 15% hộ hội viên nghèo Tháng Đồng chí Chủ tịch
so với năm 2025. 12/2026 Hội CCB tỉnh
Nam tỉnh
Phối hợp với Bảo hiểm Xã hội tỉnh kiểm tra 30% số doanh nghiệp Thá Đ/c Chủ tịch
về việc chậm đóng bảo hiểm cho người lao động.
Đồng chí Phó Bí thư
s Xây dựng 06 mô hình Câu lạc bộ cựu chiến binh giúp nhau Tháng Đồng chí Chủ tịch
làm kinh tế. 10/2026 Hội CCB tỉnh
Nam tỉnh
Đồng chí Phó Bí thư
Tham mưu với tỉnh thành lập 01 mô hình nhà an toàn cho hội viên
Phát triển cộng đồng. 0/2026 Hội CCB tỉnh
Nam tỉnh
"""


def test_an_ocr_table_read_cell_by_cell_across_its_columns_anchors_rows_on_time_cells() -> None:
    """A made-up task table OCR'd from a rotated scan: cells interleaved line by line,
    group rows with misread numerals ("HE"; the next, "IV", reads clean and sets the
    sequence: III, IV), row numbers read as debris, "Tháng" and its "12/2026" on
    different lines, a task that starts below its time word, a repeated supervisor
    cell, a target row (not a task), a row whose time cell the OCR lost ("Thá", no
    date: undated) and a garbled "0/2026" (undated, never guessed)."""
    draft = extract(_OCR_TABLE, issued=date(2025, 12, 5), number="99-NQ/TU")
    d = {x["id"].split(".", 1)[1]: x for x in draft.data["duties"]}
    assert list(d) == ["III.1", "III.2", "IV.1", "IV.2", "IV.3"]
    assert d["III.1"]["text"].startswith("Thành lập mới 40 tổ hội nông dân nghề nghiệp")
    assert d["III.1"]["windows"] == ["tháng 12/2026"]
    assert d["III.2"]["text"].startswith("Tổ chức 12 lớp tập huấn")
    assert d["III.2"]["windows"] == ["tháng 11/2026"]
    assert _owners(draft, d["III.2"]) == [("Hội Nông dân tỉnh", "lead")]
    assert d["IV.1"]["text"].startswith("Phối hợp với Bảo hiểm Xã hội tỉnh")
    assert d["IV.1"]["windows"] == ["không thời hạn"]
    assert d["IV.2"]["text"].startswith("Xây dựng 06 mô hình")
    assert d["IV.2"]["windows"] == ["tháng 10/2026"]
    assert _owners(draft, d["IV.2"]) == [("Hội Cựu Chiến binh tỉnh", "lead")]
    assert d["IV.3"]["text"].startswith("Tham mưu với tỉnh")
    assert d["IV.3"]["windows"] == ["không thời hạn"]
    assert all("OCR'd table" in x["review"] for x in d.values())
    _valid(draft)


def test_month_year_lines_without_an_ocr_header_are_no_ocr_table() -> None:
    """The same lines with no "STT Nhiệm vụ … Thời gian" header: not read as a table, so
    no "MM/YYYY" of them becomes a deadline."""
    text = _OCR_TABLE.replace("STT Nhiệm vụ và chỉ tiêu Thời gian", "Ghi chú")
    draft = extract(text, issued=date(2025, 12, 5), number="99-NQ/TU")
    assert not any(x["review"] and "OCR'd table" in x["review"] for x in draft.data["duties"])


_OCR_SPAN_TABLE = """\
BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 77/QĐ-BXD Hà Nội, ngày 10 tháng 3 năm 2022

Phụ lục II

LỘ TRÌNH HIỆN ĐẠI HÓA HỆ THỐNG THÔNG TIN ĐẾN NĂM 2025

ns R Thời gian vs nhố
STT Nội dung hoạt động thực hiện Đơn vị chủ trì Đơn vị phối hợp
1 Phát triển hệ thống thông tin phục vụ người dân
Nâng cấp, mở rộng các dịch vụ công trực tuyến
trong lĩnh vực xây dựng đáp ứng quy định của
1.1 | luật và tích hợp với Cổng dịch vụ công | 2021-2025 Cục Tin học Các đơn vị có liên quan trong
quốc gia. (Văn phòng) và ngoài ngành
Hoàn thiện kiến trúc Cổng thông tin điện tử của
1.2 | ngành đã có trong giai đoạn 2016-2020 | 2022-2024 Cục Tin học Các đơn vị có liên quan
cung cấp dịch vụ cho doanh nghiệp. (Văn phòng) và ngoài ngành
2 | Xây dựng cơ sở dữ liệu chuyên ngành
Thu thập, chuẩn hóa và lưu trữ dữ liệu quy hoạch
2.1 | xây dựng của các tỉnh theo mô hình thống | 2022-2023 Cục Tin học Các đơn vị có liên quan
nhất. (Văn phòng) và ngoài ngành
"""


def test_an_ocr_table_whose_rows_centre_on_a_span_of_years() -> None:
    """A made-up roadmap table OCR'd across its columns (the Phụ lục's shape of a
    ministry's plan): a one-line header with its "Thời gian" a line above, Arabic group
    rows ("1 …", "2 | …") over decimal rows, each row's cells around its middle line,
    which holds its number, the task's middle words, its span of years and the lead's
    and partners' first words. The task opens on the line above and ends below it; the
    years a task names
    ("giai đoạn 2016-2020") are no time cell; the lead is the body before the partner
    cell's collective ("Các đơn vị …")."""
    draft = extract(_OCR_SPAN_TABLE, issued=date(2022, 3, 10), number="77/QĐ-BXD")
    d = {
        x["id"].rsplit(".", 2)[-2] + "." + x["id"].rsplit(".", 1)[-1]: x
        for x in draft.data["duties"]
    }
    assert list(d) == ["1.1", "1.2", "2.1"]
    assert d["1.1"]["text"].startswith("Nâng cấp, mở rộng các dịch vụ công trực tuyến")
    assert "Cổng dịch vụ công quốc gia." in d["1.1"]["text"]  # its line below the middle
    assert d["1.1"]["windows"] == ["2021-2025"]
    assert _owners(draft, d["1.1"]) == [("Cục Tin học", "lead")]
    assert d["1.2"]["text"].startswith("Hoàn thiện kiến trúc Cổng thông tin")
    assert d["1.2"]["windows"] == ["2022-2024"]
    assert d["2.1"]["text"].startswith("Thu thập, chuẩn hóa và lưu trữ")
    assert d["2.1"]["windows"] == ["2022-2023"]
    _valid(draft)


def test_topic_bullets_number_their_actions_inline_in_roman() -> None:
    """Made-up solutions (pdftotext, wrapped lines): a topic's bullet ("- Về …:") numbers
    its actions inline "(i) … (ii) …" with no Arabic run around them, and a wrapped line
    that opens with "(ii)" goes on with "(iii)", "(iv)" inline: each numbered action is a
    duty under its bullet; the topic label is not one."""
    text = textwrap.dedent(
        """\
        KẾ HOẠCH
        III. GIẢI PHÁP THỰC HIỆN
               1. Giải pháp về khoa học công nghệ và nguồn nhân lực
               - Về khoa học công nghệ: (i) Hỗ trợ doanh nghiệp đổi mới, nâng cấp công
        nghệ, thay thế thiết bị lạc hậu. (ii) Xây
        dựng chương trình hỗ trợ hoạt động nghiên cứu phát triển gắn với nhu cầu
        thực tiễn. (iii) Đôn đốc đẩy mạnh chuyển đổi số toàn diện trong doanh nghiệp.
               - Về nguồn nhân lực: (i) Đào tạo, bồi dưỡng nguồn nhân lực chất lượng cao
        cho công nghiệp xanh, công nghệ cao.
        (ii) Tổ chức đào tạo, bồi dưỡng thường xuyên cho cán bộ, công chức. (iii) Thu hút
        nguồn nhân lực chất lượng cao bằng chính sách đãi ngộ phù hợp.
        """
    )
    draft = extract(text, issued=date(2026, 3, 26), number="134/KH-UBND")
    d = _by_id(draft)
    assert list(d) == [
        "III.1.a.i",
        "III.1.a.ii",
        "III.1.a.iii",
        "III.1.b.i",
        "III.1.b.ii",
        "III.1.b.iii",
    ]
    assert d["III.1.a.ii"]["text"].startswith("Xây dựng chương trình hỗ trợ")
    assert d["III.1.b.ii"]["text"].startswith("Tổ chức đào tạo, bồi dưỡng thường xuyên")
    assert d["III.1.b.iii"]["text"].startswith("Thu hút nguồn nhân lực")
    _valid(draft)


def test_months_a_tasks_words_phrase_are_no_ocr_time_cells() -> None:
    """Under an OCR'd header, "trong tháng 12/2026 và …" lines are a task's own words (a
    time word before the month, small words after it), not rows' time cells: no table."""
    text = textwrap.dedent(
        """\
        STT Nhiệm vụ Thời gian Cơ quan chủ trì
        Kế hoạch giao các sở như sau.
        1. Sở Y tế xây dựng đề án trong tháng 3/2026 và báo cáo Ủy ban nhân dân tỉnh.
        2. Sở Tài chính trình phương án trước tháng 5/2026 để tổng hợp chung.
        3. Sở Nội vụ rà soát tổ chức bộ máy đến tháng 6/2026 và đề xuất sắp xếp.
        4. Sở Xây dựng lập quy hoạch vào tháng 9/2026 cho các xã.
        """
    )
    draft = extract(text, issued=date(2026, 1, 5), number="5/KH-UBND")
    assert not any("OCR'd table" in (x.get("review") or "") for x in draft.data["duties"])


def test_a_table_page_written_one_cell_per_line_goes_on_from_a_decimal_row() -> None:
    """A made-up later page of a roadmap table, its header repeated one cell per line and
    its rows going on from "5.7" (the earlier rows printed otherwise): a decimal number
    alone on its line opens each row ("6.1" under the next item too), and a row whose
    number was lost ("Triển khai …" after the row above's partner cell, with a second
    time cell) is a row of its own, numbered on."""
    text = textwrap.dedent(
        """\
        Phụ lục III

        STT

        Nội dung hoạt động

        Thời gian
        thực hiện

        Đơn vị chủ trì

        Đơn vị phối hợp

        5.7

        Tổ chức dữ liệu theo hướng tối ưu để cung cấp các
        dịch vụ khai thác dữ liệu.

        2021-2025

        Cục Tin học

        Các đơn vị có liên quan

        6.1

        Duy trì hoạt động thường xuyên của hệ thống hạ tầng
        kỹ thuật dùng chung.

        2022-2025

        Cục Tin học

        Các đơn vị có liên quan

        Triển khai Trung tâm dữ liệu chính và Trung tâm dữ
        liệu dự phòng của ngành.

        2022-2024

        Cục Tin học

        Các đơn vị có liên quan
        """
    )
    draft = extract(text, issued=date(2022, 3, 10), number="77/QĐ-BXD")
    d = {x["id"].split(".", 1)[1]: x for x in draft.data["duties"]}
    assert list(d) == ["5.7", "6.1", "6.2"]
    assert d["5.7"]["windows"] == ["2021-2025"]
    assert d["6.1"]["text"].startswith("Duy trì hoạt động thường xuyên")
    assert d["6.2"]["text"].startswith("Triển khai Trung tâm dữ liệu chính")
    assert d["6.2"]["windows"] == ["2022-2024"]
    assert _owners(draft, d["6.2"])[0] == ("Cục Tin học", "lead")
    _valid(draft)


def test_a_typed_table_copied_one_cell_a_line_is_not_read_as_an_ocr_scan() -> None:
    # Its header's cells one a line, as an OCR'd scan's may be, and clean "Tháng 4/2025"
    # time cells: the one-cell-a-line reader reads it whole, with its result columns.
    rows = [
        (
            "1.",
            "Xây dựng chương trình truyền thông về chuyển đổi số.",
            "Quyết định",
            "Tháng 4/2025",
            "Bộ Khoa học và Công nghệ",
        ),
        (
            "2.",
            "Ban hành quy định trách nhiệm người đứng đầu.",
            "Nghị định",
            "Tháng 5/2025",
            "Bộ Nội vụ",
        ),
        (
            "3.",
            "Xây dựng Đề án đánh giá mức độ hoàn thành nhiệm vụ.",
            "Đề án",
            "Tháng 3/2025",
            "Bộ Tài chính",
        ),
        (
            "4.",
            "Hoàn thiện cơ sở dữ liệu quốc gia về dân cư.",
            "Cơ sở dữ liệu",
            "Tháng 5/2025",
            "Bộ Công an",
        ),
    ]
    head = [
        "TT",
        "NHIỆM VỤ",
        "KẾT QUẢ YÊU CẦU",
        "THỜI GIAN HOÀN THÀNH",
        "CƠ QUAN THỰC HIỆN",
        "TIẾN ĐỘ",
    ]
    lines = ["Phụ lục 1: DANH MỤC NHIỆM VỤ", "", *head]
    for n, task, product, time, owner in rows:
        lines += [n, task, product, time, owner, "Hoàn thành"]
    draft = extract("\n".join(lines) + "\n", issued=None)
    got = [(d["id"], d["windows"], _owners(draft, d)) for d in draft.duties]
    assert got == [
        ("T.1", ["tháng 4/2025"], [("Bộ Khoa học và Công nghệ", "lead")]),
        ("T.2", ["tháng 5/2025"], [("Bộ Nội vụ", "lead")]),
        ("T.3", ["tháng 3/2025"], [("Bộ Tài chính", "lead")]),
        ("T.4", ["tháng 5/2025"], [("Bộ Công an", "lead")]),
    ]


RESTARTED_NEWS = """\
Tăng cường bảo đảm an toàn giao thông đường sắt

Đây là nội dung tại Thông báo kết luận của Phó Thủ tướng về an toàn giao thông tháng 5.

Phó Thủ tướng yêu cầu Bộ Giao thông vận tải rà soát quy định đào tạo lái xe trước ngày 30/6/2017.

Bộ Công an đẩy mạnh xử phạt thông qua dữ liệu hình ảnh trên các tuyến quốc lộ.

Tiếp tục chỉ đạo các Sở Giao thông vận tải làm gờ giảm tốc tại các điểm giao cắt; \
phối hợp với địa phương vận động nhân dân đóng góp kinh phí làm rào chắn... \
phối hợp đoàn thể tổ chức phong trào tự quản tại các điểm giao cắt.

Bộ Y tế kiểm tra sức khỏe lái xe, đồng thời phối hợp với Bộ Công an xét nghiệm ma túy.
"""


def test_a_reported_tasks_clause_restarting_with_phoi_hop_is_a_task_of_its_own() -> None:
    """A news page runs an owner's tasks together in one sentence; a ";" (or "...", or ",
    đồng thời") clause opening with "phối hợp" starts one more task of the same owner with
    partners of its own: it is a duty of its own, the first clause keeping its words."""
    draft = extract(RESTARTED_NEWS)
    texts = [d["text"] for d in draft.duties]
    assert any(t.startswith("Tiếp tục chỉ đạo các Sở") and t.endswith("giao cắt;") for t in texts)
    assert any(t.startswith("Phối hợp với địa phương vận động") for t in texts)
    assert any(t.startswith("Phối hợp đoàn thể tổ chức phong trào") for t in texts)
    assert any(t.startswith("Bộ Y tế kiểm tra sức khỏe lái xe") for t in texts)
    assert any(t.startswith("Đồng thời phối hợp với Bộ Công an") for t in texts)


def test_a_restarted_clause_with_a_date_of_its_own_stays_in_its_task() -> None:
    """The cut is not made where the clause after it carries a date: the task before would
    lose the time it is read with."""
    from nq42cli.core.extract import _split_restarted
    from nq42cli.core.layout import Line

    line = Line(1, "Bộ Y tế kiểm tra; phối hợp với Bộ Công an báo cáo trước ngày 30/6/2017.", 0)
    out, flags = _split_restarted([line], [True])
    assert [x.text for x in out] == [line.text]
    assert flags == [True]


NAMED_LATER_NEWS = """\
Ban Chỉ đạo điều hành giá họp phiên đầu năm

Bộ Công Thương sẽ phải bảo đảm cung cầu hàng hóa dịp Tết.

Phó Thủ tướng yêu cầu Bộ Tài chính xây dựng kịch bản điều hành giá cả năm.

Bộ Giao thông vận tải sẽ phải hoàn thành thu phí không dừng trên toàn quốc.

Về giá xăng dầu, cần bám sát giá thế giới và sử dụng hợp lý Quỹ bình ổn. \
Bộ Y tế chỉ đạo các bệnh viện thực hiện kết cấu chi phí vào giá dịch vụ. \
Mở rộng danh mục đấu thầu thuốc tập trung.
"""


def test_a_going_on_paragraphs_later_sentence_naming_an_owner_is_an_item() -> None:
    """A paragraph that goes on with the item above (no owner at its start) keeps its
    first words with that item; a later sentence opening with a named body is an item of
    that body's, the sentences after it naming no one going on with it (each opening with
    an action is one more task of that body's, see tests/test_extract_z74a.py)."""
    draft = extract(NAMED_LATER_NEWS)
    by_text = {d["text"][:30]: d for d in draft.duties}
    head = next(d for t, d in by_text.items() if t.startswith("Về giá xăng dầu"))
    assert head["text"].endswith("Quỹ bình ổn.")
    health = next(d for t, d in by_text.items() if t.startswith("Bộ Y tế chỉ đạo"))
    assert _owners(draft, health)[0][0] == "Bộ Y tế"
    more = next(d for t, d in by_text.items() if t.startswith("Mở rộng danh mục"))
    assert _owners(draft, more)[0][0] == "Bộ Y tế"


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (
            "Liên quan đến các sở, ngành khác, Chủ tịch TP Nguyễn Đức Chung yêu cầu, Sở Y tế "
            "kiểm tra an toàn thực phẩm.",
            "Sở Y tế kiểm tra an toàn thực phẩm.",
        ),
        (
            "Về giao thông, Chủ tịch UBND tỉnh yêu cầu: Sở Giao thông vận tải rà soát.",
            "Sở Giao thông vận tải rà soát.",
        ),
        (
            "Phó Thủ tướng Thường trực Trương Hòa Bình chỉ đạo, Bộ Xây dựng rà soát.",
            "Bộ Xây dựng rà soát.",
        ),
    ],
)
def test_a_city_chairman_or_standing_deputy_pm_speaking_before_the_owner(
    text: str, rest: str
) -> None:
    """A city's or province's chairman (or the standing Deputy PM) speaks as the PM does
    in a meeting's report: the owner he names after "yêu cầu," is the task's, and a topic
    opening "Liên quan đến …," (commas inside it) is cut with him."""
    from nq42cli.core.extract import _past_speaker

    assert _past_speaker(text) == rest


DIGEST_NEWS = """\
Điểm tin 6/2: Đề xuất phương án xử lý các dự án kém hiệu quả trong tháng 2
Phó Thủ tướng yêu cầu bảo đảm lợi ích Nhà nước khi thoái vốn; Bộ Công Thương yêu cầu \
các đơn vị rà soát các dự án kém hiệu quả trong tháng 2;... Đây là một số tin tức nổi bật \
trên Báo điện tử Xây dựng ngày 6/2.

Phó Thủ tướng yêu cầu Bộ Xây dựng xây dựng lộ trình thoái vốn tại doanh nghiệp.

Thứ trưởng Bộ Công Thương yêu cầu các Tập đoàn, Tổng công ty rà soát lại các phương án \
xử lý dự án.

Bộ Xây dựng sẽ phải báo cáo Thủ tướng kết quả thoái vốn.
"""


def test_a_news_digests_list_of_headlines_is_no_task() -> None:
    """A digest's lead lists its stories ("…;... Đây là một số tin tức nổi bật trên Báo …
    ngày 6/2."): each story tells its task below; the list is neither a task nor dated."""
    draft = extract(DIGEST_NEWS, issued=date(2017, 2, 6))
    texts = [d["text"] for d in draft.duties]
    assert not any("tin tức nổi bật" in t for t in texts)
    assert any(t.startswith("Phó Thủ tướng yêu cầu Bộ Xây dựng") for t in texts)
    assert all(d["windows"] == ["không thời hạn"] for d in draft.duties)


def test_a_speakers_reported_view_then_his_assignment_is_read_from_the_assignment() -> None:
    """ "Theo Chủ tịch UBND TP, hiện mô hình … chưa hiệu quả, giao Sở X rà soát …": the view
    is the report's; the task is the assignment after it. A view naming no one assigned
    stays whole."""
    from nq42cli.core.extract import _past_source

    text = (
        "Theo Chủ tịch UBND TP, hiện mô hình sản xuất rau sạch chưa hiệu quả, giao Sở Nông "
        "nghiệp và Phát triển nông thôn rà soát lại các dự án đầu tư."
    )
    assert _past_source(text, Registry()).startswith("giao Sở Nông nghiệp")
    told = "Theo Chủ tịch UBND TP, mô hình này chưa hiệu quả, giao thông còn ùn tắc."
    assert _past_source(told, Registry()) == told


CHAIR_CONCLUDES_NEWS = """\
Cần chia sẻ thông tin để chống buôn lậu hiệu quả

Theo Ban Chỉ đạo 389 quốc gia, 3 quý đầu năm 2020, lực lượng chức năng đã phát hiện 138.374 vụ việc.

Về nhiệm vụ trọng tâm trong quý 4, Thứ trưởng Vũ Thị Mai đề nghị Ban Chỉ đạo 389 các bộ, \
ngành, địa phương khẩn trương thực hiện chỉ đạo của Chính phủ.

Các bộ, ngành địa phương nâng cao năng lực nhận diện phương thức buôn lậu mới.

Tới đây, lực lượng Công an mở đợt cao điểm đấu tranh chống buôn lậu.
"""


def test_a_speakers_request_after_a_topic_on_a_plain_page_is_a_task() -> None:
    """A page set out in paragraphs (not scraped): "Về …, Thứ trưởng X đề nghị Y …" asks the
    body it names, so it counts among the page's tasks as on a scraped page."""
    draft = extract(CHAIR_CONCLUDES_NEWS, issued=date(2020, 10, 19))
    texts = [d["text"] for d in draft.duties]
    assert any("Thứ trưởng Vũ Thị Mai đề nghị Ban Chỉ đạo 389" in t for t in texts)
    assert any(t.startswith("Các bộ, ngành địa phương nâng cao") for t in texts)
    assert not any(t.startswith("Theo Ban Chỉ đạo 389 quốc gia") for t in texts)


def test_a_markdown_picture_with_tabs_in_its_caption_is_no_table_row() -> None:
    """A scraped page's photo keeps the tab before its credit in alt text and title: two
    tabs, three "cells", but one picture (read as a table, it would stop the page's
    paragraphs being cut into tasks)."""
    from nq42cli.core.layout import _table_at

    image = (
        "![Thứ trưởng phát biểu tại buổi giao ban\tẢnh: Q.H](https://example.vn/a.jpg "
        '"Thứ trưởng phát biểu tại buổi giao ban\tẢnh: Q.H")'
    )
    assert _table_at([image, "", "Thứ trưởng phát biểu."], 0) is None
    assert _table_at(["TT\tNhiệm vụ\tCơ quan", "1\tRà soát\tBộ Y tế"], 0) is not None


def test_a_going_on_paragraphs_announced_task_is_an_item() -> None:
    """ "… cần đầu tư trang thiết bị …. Tới đây, lực lượng Công an mở đợt cao điểm …": the
    announced act of a named force, after an opener, is cut from the paragraph as one
    more item."""
    from nq42cli.core.extract import _named_later

    text = (
        "Trong khi các đối tượng buôn lậu ngày càng manh động, cần đầu tư trang thiết bị. "
        "Tới đây, lực lượng Công an mở đợt cao điểm đấu tranh chống buôn lậu."
    )
    head, named = _named_later(text, Registry())
    assert head.endswith("cần đầu tư trang thiết bị.")
    assert named == ["Tới đây, lực lượng Công an mở đợt cao điểm đấu tranh chống buôn lậu."]


def test_a_reported_tasks_later_sentence_opening_with_a_connective_is_a_task() -> None:
    """ "… kiểm soát trong nội địa. Bên cạnh đó, tăng cường công tác phòng ngừa …": a later
    sentence the report adds with "Bên cạnh đó," / "Đồng thời," is one more task of the
    same owner; the sentence before keeps its full stop."""
    from nq42cli.core.extract import _split_restarted
    from nq42cli.core.layout import Line

    line = Line(
        1,
        "Lực lượng Hải quan tăng cường kiểm soát khu vực biên giới. Bên cạnh đó, tăng cường "
        "công tác phòng ngừa sai phạm trong đội ngũ cán bộ.",
        0,
    )
    out, flags = _split_restarted([line], [True])
    assert [x.text for x in out] == [
        "Lực lượng Hải quan tăng cường kiểm soát khu vực biên giới.",
        "Bên cạnh đó, tăng cường công tác phòng ngừa sai phạm trong đội ngũ cán bộ.",
    ]
    assert flags == [True, False]


def test_an_ocr_table_rows_partner_collective_on_a_line_of_its_own_opens_no_task() -> None:
    # A row's partner cell ("Các Vụ, đơn vị có liên quan") wrapped onto a line of its own,
    # as a hard-wrapped copy of an OCR'd page gives it: it is no task's first line.
    text = (
        "Thời gian\n"
        "STT Nội dung hoạt động thực hiện Đơn vị chủ trì Đơn vị phối hợp\n"
        "1 Nghiên cứu lý thuyết và lựa chọn một số mô hình dự 2024-2025 Tổng cục Thuế\n"
        "Các Vụ, đơn vị có liên quan\n"
        "báo thu NSNN phù hợp với một số sắc thuế chủ yếu. (Vụ DTTT) trong ngành Thuế\n"
        "\n"
        "2 Tiếp tục xây dựng và hoàn thiện kho cơ sở dữ liệu phục | 2021-2025 "
        "Tổng cục Thuế Các Vụ, đơn vị có liên quan\n"
        "vụ công tác phân tích, dự báo, lập dự toán thu NSNN. (Vụ DTTT) trong ngành Thuế\n"
        "\n"
        "3 Hoàn thiện các mô hình sẵn có và tiếp tục xây dựng các 2022-2025 "
        "Tổng cục Thuế Các Vụ, đơn vị có liên quan\n"
        "mô hình dự báo mới phục vụ công tác quản lý thuế. (Vụ DTTT) trong ngành Thuế\n"
    )
    got = [(d["id"], d["text"][:9], d["windows"]) for d in extract(text, issued=None).duties]
    assert got == [
        ("T.1", "Nghiên cứ", ["2024-2025"]),
        ("T.2", "Tiếp tục ", ["2021-2025"]),
        ("T.3", "Hoàn thiệ", ["2022-2025"]),
    ]


def test_a_list_titled_danh_muc_after_the_signature_is_read_as_an_appendix() -> None:
    # "DANH MỤC" alone in capitals after the Nơi nhận: the task table issued with the
    # decision (no "Phụ lục" word), whose rows are duties; the Nơi nhận's lines are not.
    text = textwrap.dedent("""\
        QUYẾT ĐỊNH
        Điều 1. Phê duyệt Đề án với những nội dung sau:
        1. Bộ Tài chính chủ trì tổ chức thực hiện Đề án.
        Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
        Nơi nhận:
        - Như Điều 2;
        - Lưu: VT.
        DANH MỤC
        CÁC NHIỆM VỤ THUỘC ĐỀ ÁN
        | TT | Tên nhiệm vụ | Thời gian thực hiện | Cơ quan chủ trì | Cơ quan phối hợp |
        | --- | --- | --- | --- | --- |
        | 1 | Thiết lập hệ thống kiểm kê quốc gia | 2012-2014 | Bộ Tài chính | Bộ Tư pháp |
        | 2 | Kiểm kê định kỳ | 2016-2020 | Bộ Tư pháp | Các Bộ, ngành liên quan |
        """)
    got = [
        (d["text"][:10], d["owners"][0]["owner"], d.get("windows"))
        for d in extract(text, issued=date(2012, 11, 21)).duties
        if d["windows"] != ["không thời hạn"]
    ]
    assert got == [
        ("Thiết lập ", "bo_tai_chinh", ["2012-2014"]),
        ("Kiểm kê đị", "bo_tu_phap", ["2016-2020"]),
    ]


def test_a_schedule_of_phases_dates_the_actions_under_each_phase() -> None:
    # "1. Tiến độ thực hiện" over "a) Giai đoạn 2012 - 2015:" and "b) Giai đoạn 2016 -
    # 2020:": each phase is the window of the actions under it, not one time for the
    # section, and a lead-in's "+" points under a phase are its actions, even after
    # "bao gồm:"; the funding item after it gets no time from the schedule.
    text = textwrap.dedent("""\
        IV. TIẾN ĐỘ VÀ KINH PHÍ THỰC HIỆN ĐỀ ÁN
        1. Tiến độ thực hiện
        a) Giai đoạn 2012 - 2015:
        - Thành lập Ban chỉ đạo thực hiện Đề án.
        - Xây dựng cơ sở dữ liệu về kiểm kê quốc gia.
        b) Giai đoạn 2016 - 2020:
        - Tiếp tục triển khai các nội dung chính của Đề án, bao gồm:
        + Kiểm kê khí nhà kính định kỳ;
        + Xây dựng báo cáo định kỳ về phát thải.
        - Tổng kết đánh giá hiệu quả thực hiện Đề án.
        2. Kinh phí thực hiện Đề án
        a) Từ ngân sách nhà nước là 120 tỷ đồng;
        b) Từ nguồn vốn ODA là 100 tỷ đồng.
        """)
    got = [
        (d["text"][:10], d.get("windows"))
        for d in extract(text, issued=date(2012, 11, 21)).duties
        if d["windows"] != ["không thời hạn"]
    ]
    assert got == [
        ("Thành lập ", ["2012-2015"]),
        ("Xây dựng c", ["2012-2015"]),
        ("Kiểm kê kh", ["2016-2020"]),
        ("Xây dựng b", ["2016-2020"]),
        ("Tổng kết đ", ["2016-2020"]),
    ]


def test_a_dash_in_an_unnumbered_tables_number_column_opens_a_subgroup_and_its_first_task() -> None:
    # "| - | <sub-group> | + <activity> | <chủ trì> | …" then rows with an empty number
    # cell: the dashed row carries the sub-group's first activity, a task as the rows
    # under it are.
    text = textwrap.dedent("""\
        PHỤ LỤC
        | TT | Nhóm hoạt động | Hoạt động | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
        | --- | --- | --- | --- | --- | --- |
        | a) | Nhóm hoạt động nhằm hạn chế mất rừng |
        | - | Rà soát. | + Rà soát, điều chỉnh. | Bộ Tài chính | Bộ Tư pháp | 2017 - 2020 |
        |  |  | + Hỗ trợ lập kế hoạch. | Bộ Tư pháp | Bộ Tài chính | 2018 - 2020 |
        | - | Hỗ trợ sản xuất. | + Thiết lập diễn đàn. | Bộ Tài chính | Bộ Tư pháp | 2017 - 2018 |
        """)
    got = [
        (d["text"][:12], d["owners"][0]["owner"], d["windows"])
        for d in extract(text, issued=date(2017, 4, 5)).duties
    ]
    assert got == [
        ("+ Rà soát, đ", "bo_tai_chinh", ["2017-2020"]),
        ("+ Hỗ trợ lập", "bo_tu_phap", ["2018-2020"]),
        ("+ Thiết lập ", "bo_tai_chinh", ["2017-2018"]),
    ]


def test_a_tables_time_cells_read_out_column_by_column_give_no_deadline() -> None:
    # A PDF's text of a task table read column by column: the time column's cells come
    # stacked in short lines, cut from their rows; none is the paragraph's deadline. A
    # sentence wrapped in a narrow column names its subject, or opens with no time.
    from nq42cli.core.bodies import BODIES
    from nq42cli.core.extract import _Extractor, _Node
    from nq42cli.core.layout import source_lines

    stacked = "Hàng năm\nHoàn thành xong,\ntrình trong tháng\n6/2025\nNgay sau khi có\nHĐND tỉnh\n"
    owned = "Năm 2025\nSở Xây dựng\nhoàn thành\ntrong tháng 6/2025\n"
    prose = "Rà soát quy hoạch\nhoàn thành xong,\ntrình trong tháng\n6/2025\n"
    got = []
    for text in (stacked, owned, prose):
        ex = _Extractor(BODIES)
        ex.issued = date(2024, 12, 1)
        ex._source = source_lines(text)
        got.append(ex._stacked_time_cells(_Node("para", "", text.replace("\n", " "), 1)))
    assert got == [True, False, False]


NEWS_PROGRESS_REPORT = "\n\n".join(
    [
        "Sáng 2/12, Chủ tịch UBND tỉnh kiểm tra tiến độ dự án xử lý nước thải.",
        (
            "Đối với gói thầu số 2, khối lượng hoàn thành đạt khoảng 98%. Đã dẫn nước thải "
            "về nhà máy từ 29/5/2024, dự kiến hoàn thành trong năm 2024. Ban QLDA đang chỉ "
            "đạo Nhà thầu tập trung thi công hoàn thành trong tháng 12/2024."
        ),
        (
            "Gói thầu số 4 đã thi công trở lại từ tháng 2/2024. Ban QLDA đang tập trung đôn "
            "đốc Nhà thầu thi công đẩy nhanh tiến độ, phấn đấu hoàn thành trong năm 2025."
        ),
        (
            "Chủ tịch UBND tỉnh giao Sở Xây dựng chủ trì, phối hợp với các sở, ngành hoàn "
            "thành hồ sơ trước ngày 31/12/2024."
        ),
        (
            "Chủ tịch UBND tỉnh yêu cầu các địa phương rà soát danh mục dự án, báo cáo "
            "trước ngày 15/12/2024."
        ),
        "Chủ tịch UBND tỉnh yêu cầu Sở Tài chính bố trí vốn cho dự án.",
    ]
)


def test_a_bodys_report_of_the_orders_it_is_giving_dates_no_duty() -> None:
    """ "Ban QLDA đang chỉ đạo Nhà thầu … hoàn thành trong tháng 12/2024": a body tells the
    orders it is giving another (a progress report); "đang" + a directive word no longer
    makes the paragraph one that assigns, so its dates are no deadlines. The chairman's
    orders keep theirs."""
    draft = extract(NEWS_PROGRESS_REPORT, issued=date(2024, 12, 2))
    timings = {" ".join(d["text"].split()[:7]): d.get("timing") for d in draft.duties}
    assert timings["Ban QLDA đang chỉ đạo Nhà thầu"] is None
    assert timings["Ban QLDA đang tập trung đôn đốc"] is None
    assert not any("từ tháng 2/2024" in (t or "") for t in timings.values())
    assert timings["Chủ tịch UBND tỉnh giao Sở Xây"] == "trước ngày 31/12/2024"
    assert timings["Chủ tịch UBND tỉnh yêu cầu các"] == "trước ngày 15/12/2024"


NEWS_MEETING_HELD = "\n\n".join(
    [
        (
            "Văn phòng Chính phủ vừa có Thông báo kết luận số 384/TB-VPCP của Thường trực "
            "Chính phủ tại cuộc họp về dự thảo Nghị định quy định mức thu lệ phí trước bạ. "
            "Cuộc họp được tổ chức vào ngày 15/8 do Thủ tướng Chính phủ chủ trì."
        ),
        (
            "Thường trực Chính phủ giao Bộ Tài chính tiếp thu ý kiến, hoàn thiện dự thảo "
            "Nghị định, trình Chính phủ trước ngày 18/8."
        ),
        (
            "Thường trực Chính phủ giao Bộ Công Thương chủ trì, phối hợp với các Bộ, cơ "
            "quan liên quan nghiên cứu, đề xuất chính sách trong tháng 9/2024."
        ),
        (
            "Ngày 23.8, tại Trụ sở Chính phủ, Phó Thủ tướng Chính phủ chủ trì phiên họp thứ "
            "3 của Ban Chỉ đạo."
        ),
    ]
)


def test_the_day_a_reported_meeting_was_held_is_no_deadline() -> None:
    """ "Cuộc họp được tổ chức vào ngày 15/8 do Thủ tướng … chủ trì.": when and by whom a
    meeting was held (its "chủ trì" the chair's); and "Ngày 23.8, tại …, Phó Thủ tướng …
    chủ trì phiên họp …" opens a report. Neither date is a deadline; the orders keep
    theirs."""
    draft = extract(NEWS_MEETING_HELD, issued=date(2024, 8, 24))
    timings = [d.get("timing") or "" for d in draft.duties]
    assert not any("15/8" in t or "23.8" in t for t in timings)
    assert any("trước ngày 18/8" in t for t in timings)
    assert any("trong tháng 9/2024" in t for t in timings)


def test_a_proposal_the_speaker_answers_is_cut_before_his_order() -> None:
    """ "Theo đó, người dân kiến nghị xây cầu …, Thủ tướng giao UBND tỉnh … hoàn thành chậm
    nhất vào cuối năm 2025": who proposed is no owner; the duty is the speaker's answer."""
    from nq42cli.core.extract import _past_topic

    text = (
        "Theo đó, người dân kiến nghị xây cầu Vân Hà qua sông Cầu, Thủ tướng giao UBND "
        "tỉnh Bắc Giang bố trí nguồn lực xây dựng, hoàn thành chậm nhất vào cuối năm 2025."
    )
    assert _past_topic(text, Registry()).startswith("Thủ tướng giao UBND tỉnh Bắc Giang")


def test_a_reports_count_of_tasks_given_assigns_nothing() -> None:
    """ "… kết quả thực hiện nhiệm vụ do Chính phủ giao có chuyển biến …. Trong 11 tháng năm
    2016, số nhiệm vụ quá hạn chỉ chiếm 3,2% …": the tasks a report counts, named by who
    gave them, give no work; the period is no deadline."""
    text = "\n\n".join(
        [
            "Bộ Công Thương chủ trì, phối hợp với Bộ Tài chính hoàn thành đề án trước ngày "
            "15/12/2016.",
            (
                "Kể từ khi Tổ công tác được thành lập, kết quả thực hiện nhiệm vụ do Chính "
                "phủ, Thủ tướng Chính phủ giao có chuyển biến rõ nét. Trong 11 tháng năm "
                "2016, số nhiệm vụ quá hạn chỉ chiếm 3,2%, giảm 13,8% so với cùng kỳ."
            ),
            "Bộ Y tế chủ trì rà soát thủ tục kiểm tra chuyên ngành, hoàn thành trong tháng "
            "12/2016.",
            "Bộ Tư pháp chủ trì thẩm định dự thảo, hoàn thành trước ngày 20/12/2016.",
        ]
    )
    draft = extract(text, issued=date(2016, 11, 30))
    by_text = {d["text"][:20]: d for d in draft.duties}
    assert "không thời hạn" in by_text["Kể từ khi Tổ công tá"]["windows"]
    assert by_text["Bộ Công Thương chủ t"]["windows"] == ["trước ngày 15/12/2016"]
    assert by_text["Bộ Y tế chủ trì rà s"]["windows"] == ["tháng 12/2016"]


NEWS_DIGEST_POST = (
    '---\nlayout: post\ntitle: " [Nội Bài] Mở rộng nhà ga T2"\n'
    "date: Sun, 19 May 2024 23:00:00 +0700\ncategories: entries VN\n---\n"
    "[Mở rộng nhà ga T2 sân bay Nội Bài](https://example.vn/mo-rong-t2.htm)\n\n"
    "![Mở rộng nhà ga T2](https://example.vn/anh.jpg)\n\n"
    "Sáng 19/5, Thủ tướng dự lễ khởi công dự án mở rộng nhà ga T2.\n\n"
    "Thủ tướng giao chủ đầu tư, ban quản lý dự án, nhà thầu thi công phải đẩy nhanh tiến độ "
    "dự án, đưa công trình vào khai thác trước ngày 31-12-2025.\n\n"
    "Dự án có tổng mức đầu tư hơn 4.900 tỷ đồng.\n"
)


def test_a_news_digests_post_reads_its_one_request_as_a_scraped_page() -> None:
    """A digest's post (front matter, the link to the article it copies, its picture, its
    paragraphs) has no structure but its paragraphs, as a scraped page: one request naming
    whom it asks is read, the narration around it is not."""
    duties = extract(NEWS_DIGEST_POST, issued=date(2024, 5, 19)).duties
    assert [(d["text"][:30], d["windows"]) for d in duties] == [
        ("Thủ tướng giao chủ đầu tư, ban", ["trước ngày 31/12/2025"])
    ]


def test_a_storm_dispatchs_keep_in_touch_and_grasp_verbs_end_an_owners_name() -> None:
    """ "Cơ quan chức năng giữ thông tin liên lạc …", "Bộ X nắm chắc tình hình …": the
    verb ends the owner's name."""
    for text, owner in (
        ("Cơ quan chức năng giữ thông tin liên lạc thường xuyên với chủ tàu.", "Cơ quan chức năng"),
        (
            "Bộ Tài nguyên và Môi trường nắm chắc tình hình, làm tốt dự báo.",
            "Bộ Tài nguyên và Môi trường",
        ),
    ):
        got = subject(text, Registry())
        assert got is not None
        assert [n.written for n in got.leads or got.responsible] == [owner]


_SIGNED_THEN_REGULATION = """\
ỦY BAN NHÂN DÂN
TỈNH KHÁNH AN

Số: 12/2024/QĐ-UBND

Khánh An, ngày 04 tháng 3 năm 2024

QUYẾT ĐỊNH
Ban hành Quy chế phối hợp quản lý giá

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý giá.
Điều 2. Chánh Văn phòng; Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn A

{title}
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc phối hợp quản lý giá.
Chương II
TRÁCH NHIỆM
Điều 2. Trách nhiệm của các cơ quan
1. Sở Tài chính chủ trì tổng hợp báo cáo giá thị trường.
2. Sở Công Thương có trách nhiệm kiểm tra việc niêm yết giá.
"""


@pytest.mark.parametrize("title", ["QUY CHẾ\n(Kèm theo Quyết định số 12/2024/QĐ-UBND)", ""])
def test_a_regulation_printed_after_the_decisions_signature_is_read(title: str) -> None:
    # The decision is signed, then the regulation it issues is printed under its own title
    # (or, in a copy that dropped it, from its first chapter): its articles hold the duties.
    draft = extract(_SIGNED_THEN_REGULATION.format(title=title))
    d = _by_id(draft)
    assert sorted(d) == ["D2.1", "D2.2"]
    assert _owners(draft, d["D2.1"]) == [("Sở Tài chính", "lead")]
    assert _owners(draft, d["D2.2"]) == [("Sở Công Thương", "responsible")]
    assert draft.data["plan"]["signer"]["name"] == "Nguyễn Văn A"


_STAMPED_NOTICE = """\
TRUNG TÂM CÔNG BÁO
VÀ TIN HỌC
ttcb@khanhan.gov.vn
09.01.2025 10:21:11 +07:00

ỦY BAN NHÂN DÂN
TỈNH KHÁNH AN

Số: 11 /TB-UBND

Khánh An, ngày 08 tháng 01 năm 2025

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp
Phó Chủ tịch UBND tỉnh kết luận và chỉ đạo như sau:
1. Công ty Cấp nước Khánh An khẩn trương rà soát toàn bộ quá trình cổ phần
hóa và đề xuất kế hoạch thực hiện đảm bảo khả thi.
Trường hợp không đảm bảo điều kiện cổ phần hóa thì phối hợp với các cơ
quan liên quan đề xuất hướng xử lý. Hoàn thành trước ngày 08/02/2025.
2. Giao Sở Tài chính chủ trì rà soát, tham mưu UBND tỉnh hướng giải quyết, đảm bảo việc

2
thực hiện theo đúng quy định. Hoàn thành trước ngày 20/02/2025.
3. Giao Sở Nội vụ rà soát bộ máy lãnh đạo của Công ty. Hoàn thành trước ngày 20/02/2025.
Nơi nhận:
- Lưu: VT.
"""


def test_a_signed_pdfs_stamp_a_page_number_and_a_branch_keep_a_notices_items() -> None:
    # The signing service's stamp ("09.01.2025 10:21:11") is no item "09."; the page
    # number a page break set inside item 2's sentence is no item "2"; a branch with no
    # subject ("Trường hợp … thì phối hợp …") after a line that ended a sentence is item 1's.
    draft = extract(_STAMPED_NOTICE)
    assert draft.data["plan"]["number"] == "11"
    assert draft.data["plan"]["date"] == "2025-01-08"
    got = [(d["id"], d["text"][:12], d["windows"]) for d in draft.duties]
    assert got == [
        ("S.1", "Công ty Cấp ", ["trước ngày 8/2/2025"]),
        ("S.2", "Giao Sở Tài ", ["trước ngày 20/2/2025"]),
        ("S.3", "Giao Sở Nội ", ["trước ngày 20/2/2025"]),
    ]
    assert "thực hiện theo đúng quy định" in draft.duties[1]["text"]


def test_a_letters_task_after_the_request_it_answers_opens_with_its_speaker() -> None:
    # "Kính gửi: <one body>" needs no stop; "Theo đề nghị của Bộ … , Chủ tịch UBND tỉnh
    # giao Sở … chủ trì …": the request answered frames the task, the body given it owns it.
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH AN\n\nSố: 507 /UBND-KGVX\n\n"
        "Khánh An, ngày 24 tháng 01 năm 2025\n\n"
        "V/v góp ý dự thảo Quyết định\n\n"
        "Kính gửi: Sở Thông tin và Truyền thông\n"
        "Theo đề nghị của Bộ Thông tin và Truyền thông tại Công văn số 202/BTTTT-KHTC\n"
        "ngày 21/01/2025 về việc góp ý dự thảo Quyết định sửa đổi Quyết định số\n"
        "2269/QĐ-TTg ngày 31/12/2021 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh giao\n"
        "Sở Thông tin và Truyền thông chủ trì, phối hợp với các cơ quan liên quan tham gia\n"
        "góp ý dự thảo; tổng hợp, báo cáo Bộ Thông tin và Truyền thông (trước\n"
        "ngày 10/02/2025)./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    draft = extract(text)
    assert len(draft.duties) == 1
    d = draft.duties[0]
    assert d["text"].startswith("Chủ tịch UBND tỉnh giao Sở Thông tin")
    assert _owners(draft, d)[0] == ("Sở Thông tin và Truyền thông", "lead")
    assert d["windows"] == ["trước ngày 10/2/2025"]


def test_a_regulations_article_titled_by_bodies_gives_them_its_subjectless_clauses() -> None:
    text = (
        "QUY ĐỊNH\nPhân công trách nhiệm quản lý chất lượng công trình\n"
        "Chương II\nPHÂN CÔNG TRÁCH NHIỆM\n"
        "Điều 4. Ủy ban nhân dân tỉnh\n"
        "1. Ủy ban nhân dân tỉnh thống nhất quản lý nhà nước về chất lượng công trình.\n"
        "2. Chỉ đạo, kiểm tra các cơ quan chuyên môn trực thuộc.\n"
        "Điều 5. Sở Công Thương, Sở Giao thông vận tải\n"
        "1. Sở Công Thương quản lý chất lượng công trình công nghiệp.\n"
        "2. Tổng hợp, báo cáo định kỳ cho Sở Xây dựng.\n"
    )
    draft = extract(text, issued=date(2022, 3, 4))
    d = _by_id(draft)
    assert _owners(draft, d["D4.2"]) == [("Ủy ban nhân dân tỉnh", "responsible")]
    assert [o for o, _ in _owners(draft, d["D5.2"])] == ["Sở Công Thương", "Sở Giao thông vận tải"]
    assert _owners(draft, d["D5.1"]) == [("Sở Công Thương", "responsible")]


def test_a_converters_markdown_clause_caption_and_listed_letters() -> None:
    # A converter's markdown: "**1.** <caption>:" with a hard line break over the clause's
    # sentence (the sentence is the work), and points set as list items "- **a)** …"
    # (the letter is the label, the dash only the list's layout).
    text = (
        "#### Điều 8. Cơ sở dữ liệu về giá\n\n"
        "**1.** Quản lý, vận hành Cơ sở dữ liệu về giá:  \n"
        "Sở Tài chính có trách nhiệm chủ trì quản trị hệ thống cơ sở dữ liệu về giá.\n\n"
        "**2.** Cập nhật thông tin dữ liệu:  \n\n"
        "- **a)** Các Sở quản lý ngành có trách nhiệm cập nhật giá hàng hóa.\n"
        "- **b)** Sở Tài chính có trách nhiệm cập nhật báo cáo giá thị trường.\n"
    )
    draft = extract(text, issued=date(2024, 12, 1))
    got = [(d["id"], d["text"][:22]) for d in draft.duties]
    assert got == [
        ("D8.1", "Sở Tài chính có trách "),
        ("D8.2.a", "Các Sở quản lý ngành c"),
        ("D8.2.b", "Sở Tài chính có trách "),
    ]


def test_a_closing_direction_line_gives_its_blocks_bullets_their_owners() -> None:
    # A Party programme closes each block of bullets with "Trách nhiệm chỉ đạo thực hiện:
    # A; B.": the bodies named see the bullets above it done.
    text = (
        "III. NHIỆM VỤ, GIẢI PHÁP\n\n"
        "3.4. Kiểm soát ô nhiễm môi trường nước\n\n"
        "- Phối hợp với các địa phương lân cận trong kiểm soát chất lượng nước sông.\n\n"
        "- Tăng cường đầu tư, nâng cấp năng lực quan trắc môi trường.\n\n"
        "Trách nhiệm chỉ đạo thực hiện: Các cấp ủy, tổ chức đảng; Đảng ủy Ủy ban nhân dân tỉnh.\n\n"
        "3.5. Bảo tồn thiên nhiên\n\n"
        "- Bảo vệ tốt diện tích rừng hiện có của tỉnh.\n\n"
        "Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.\n"
    )
    draft = extract(text, issued=date(2026, 1, 5))
    got = {d["id"]: [o for o, r in _owners(draft, d) if r != "partner"] for d in draft.duties}
    assert got == {
        "III.3.4.a": ["các cấp uỷ, tổ chức đảng", "Đảng ủy Ủy ban nhân dân tỉnh"],
        "III.3.4.b": ["các cấp uỷ, tổ chức đảng", "Đảng ủy Ủy ban nhân dân tỉnh"],
        "III.3.5.a": ["Đảng ủy Ủy ban nhân dân tỉnh"],
    }


def test_a_post_and_its_holders_name_heading_owns_the_points_below() -> None:
    # A decision sharing out a post's work: "1. Công chức …, Ông <Name>." over points.
    text = (
        "QUYẾT ĐỊNH:\n"
        "Điều 1: Phân công nhiệm vụ cụ thể đối với công chức Văn phòng - Thống kê:\n"
        "1. Công chức Văn phòng - Thống kê, Ông Nguyễn Văn Sang.\n"
        "a) Tham mưu, giúp Ủy ban nhân dân thị trấn trong lĩnh vực văn phòng.\n"
        "b) Trực tiếp thực hiện các nhiệm vụ sau:\n"
        "- Thực hiện công tác lưu trữ.\n"
        "2. Công chức Văn phòng - Thống kê, Bà Lê Thị Sáng.\n"
        "a) Thực hiện công tác văn thư.\n"
    )
    draft = extract(text, issued=date(2024, 5, 1))
    got = {d["id"]: [o for o, _ in _owners(draft, d)] for d in draft.duties}
    sang = ["Công chức Văn phòng - Thống kê, Ông Nguyễn Văn Sang"]
    assert got == {
        "D1.1.a": sang,
        "D1.1.b.1": sang,
        "D1.2.a": ["Công chức Văn phòng - Thống kê, Bà Lê Thị Sáng"],
    }


def test_a_captioned_clause_names_its_owner_after_the_caption() -> None:
    # "4. Trách nhiệm phối hợp trong tổ chức thực hiện" is a caption over the sentence
    # that names its subject; "7. …" / "- Dự toán kinh phí: X tổ chức lập …": after the
    # caption's colon the sentence names who does it, though the item's fields name none.
    text = (
        "Điều 1. Phê duyệt kế hoạch lập Chương trình\n"
        "1. Cơ quan thẩm định: Sở Xây dựng.\n"
        "2. Dự toán kinh phí\n"
        "- Dự toán kinh phí: Ủy ban nhân dân thành phố Tam An tổ chức lập dự toán kinh phí.\n"
        "- Nguồn vốn: Ngân sách thành phố.\n"
        "Điều 2. Trách nhiệm tổ chức thực hiện\n"
        "1. Bộ Y tế hướng dẫn thực hiện Nghị quyết này.\n"
        "2. Trách nhiệm phối hợp trong tổ chức thực hiện\n"
        "Các Bộ: Y tế, Công Thương và Ủy ban nhân dân tỉnh, thành phố có trách nhiệm "
        "hoàn thiện việc kết nối dữ liệu.\n"
    )
    draft = extract(text, issued=date(2024, 5, 1))
    d = {x["text"][:20]: x for x in draft.duties}
    kinh_phi = d["Dự toán kinh phí: Ủy"]
    assert [o for o, _ in _owners(draft, kinh_phi)] == ["Ủy ban nhân dân thành phố Tam An"]
    connect = d["Các Bộ: Y tế, Công T"]
    # The bodies the distributive list names own it (written as the list, "Các Bộ: Y tế,
    # Công Thương", where the text never prints each one's own name).
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    assert "Bộ Y tế" in [names[r["owner"]] for r in connect["owners"]]


def test_the_owners_of_works_are_owners_with_or_without_cac() -> None:
    # "Các chủ công trình hồ chứa …, thủy điện tổ chức trực ban …": who own the works.
    registry = Registry()
    got = subject(
        "Các chủ công trình hồ chứa nước thủy lợi, thủy điện tổ chức trực ban theo dõi.", registry
    )
    assert got is not None
    assert [n.written for n in got.responsible] == [
        "Các chủ công trình hồ chứa nước thủy lợi, thủy điện"
    ]
    got = subject("Chủ sở hữu công trình tổ chức kiểm tra định kỳ.", registry)
    assert got is not None
    assert [n.written for n in got.responsible] == ["Chủ sở hữu công trình"]


def test_a_converters_bold_point_caption_over_its_sentence() -> None:
    # "- **a) <caption in bold>**" with a hard line break, then the point's sentence: the
    # sentence is the point's work.
    text = (
        "#### Điều 4. Bình ổn giá\n\n"
        "**2.** Trách nhiệm trong việc thực hiện bình ổn giá:\n\n"
        "- **a) Việc thực hiện bình ổn giá trong trường hợp quy định tại Luật Giá**  \n"
        "Sở Tài chính có trách nhiệm tham mưu Ủy ban nhân dân Thành phố tổ chức bình ổn giá.\n"
    )
    draft = extract(text, issued=date(2024, 12, 1))
    got = [(d["id"], d["text"][:22]) for d in draft.duties]
    assert got == [("D4.2.a", "Sở Tài chính có trách ")]


def test_a_district_office_written_in_lower_case_is_an_owner() -> None:
    # A town's plan writes its offices in lower case before their names: "Giao phòng Tài
    # chính – Kế hoạch tham mưu …".
    got = subject("Giao phòng Tài chính – Kế hoạch tham mưu, bố trí kinh phí.", Registry())
    assert got is not None
    assert [n.written for n in got.responsible] == ["phòng Tài chính – Kế hoạch"]
    assert subject("Giao phòng họp số 2 cho hội nghị.", Registry()) is None


LOST_NUMBERS_TABLE = """\
Phụ lục X

LỘ TRÌNH HIỆN ĐẠI HÓA CƠ SỞ VẬT CHẤT ĐẾN NĂM 2025

STT

Nội dung hoạt động

Thời gian
thực hiện

Đơn vị chủ trì

Đơn vị phối hợp

Đầu tư xây dựng

Tiếp tục hoàn thành 86 dự án đang thực hiện dở dang
trong giai đoạn 2016-2020 gồm 32 dự án.

2021-2025

Tổng cục Thuế
(Vụ Tài vụ quản trị)

Khởi công xây dựng các dự án được Bộ Tài chính phê
duyệt, phấn đấu đưa vào sử dụng các dự án khởi công
trong giai đoạn 2021-2025.

2021-2025

Tổng cục Thuế
(Vụ Tài vụ quản trị)

Các Vụ, đơn vị có liên quan

1.3

Tiếp tục triển khai và hoàn thành thẩm tra phê duyệt
quyết toán 100% các dự án chuyển tiếp.

2021-2025

Tổng cục Thuế
(Vụ Tài vụ quản trị)

Các Vụ, đơn vị có liên quan

Mua sắm tài sản

Kịp thời thực hiện sắp xếp, xử lý trụ sở làm việc đảm bảo
việc quản lý, sử dụng trụ sở làm việc hiệu quả.

2021-2025

Tổng cục Thuế
(Vụ Tài vụ quản trị)

Các Vụ, đơn vị có liên quan

2.2

Hoàn thành trình cấp có thẩm quyền phê duyệt tiêu
chuẩn, định mức sử dụng xe ô tô chuyên dùng.

2023

Tổng cục Thuế
(Vụ Tài vụ quản trị)

Các Vụ, đơn vị có liên quan
trong và ngoài ngành Thuế



--- PAGE BREAK ---

Phấn đấu hoàn thành 100% kế hoạch mua sắm phương tiện, Tổng cục Thuế Các Vụ, đơn vị có liên quan
2.3 | trang thiết bị làm việc đảm bảo quy định. | 2021-2025 (Vụ Tài vụ quản trị) trong và ngoài ngành Thuế
3 | Cơ chế quản lý tài chính
3.1 | Xây dựng cơ chế quản lý tài chính gắn với cải cách | 2023-2025 | Tổng cục Thuế | Các Vụ
"""  # noqa: E501


def test_a_cell_per_line_table_whose_first_rows_and_group_rows_lost_their_numbers() -> None:
    """An OCR'd table one cell per line: rows before the first printed "1.3" are 1.1 and 1.2.

    Its group rows ("Đầu tư xây dựng", "Mua sắm tài sản") lost their numbers, and so did
    the row after a group's title (2.1, before the printed "2.2"); a task's last line that
    names a period ("trong giai đoạn 2021-2025.") is not its time cell; the next page,
    OCR'd across the columns, is not read into the table's last row.
    """
    draft = extract(LOST_NUMBERS_TABLE, issued=date(2022, 11, 22))
    # The rows' numbers as printed, whatever the appendix's id before them.
    rows = {".".join(d["id"].split(".")[-2:]): d for d in draft.duties}
    assert {"1.1", "1.2", "1.3", "2.1", "2.2"} <= set(rows)
    assert rows["1.1"]["text"].startswith("Tiếp tục hoàn thành 86 dự án")
    assert rows["1.2"]["text"].startswith("Khởi công xây dựng")
    assert rows["2.1"]["text"].startswith("Kịp thời thực hiện")  # the group's title dropped
    for key in ("1.1", "1.2", "1.3", "2.1", "2.2"):
        assert _owners(draft, rows[key])[0] == ("Tổng cục Thuế", "lead"), key
    assert [rows[k]["windows"] for k in ("1.1", "1.2", "1.3", "2.1")] == [["2021-2025"]] * 4
    assert rows["2.2"]["windows"] == ["năm 2023"]
    # The page read across the columns stays out of row 2.2.
    assert "Phấn đấu" not in rows["2.2"]["text"]
    assert any(d["text"].startswith("Phấn đấu hoàn thành") for d in draft.duties)
    _valid(draft)


COLUMN_BY_COLUMN_TABLE = """\
Phụ lục
CÁC NHIỆM VỤ TRỌNG TÂM
TT

1

2

3

4

Nhiệm vụ
Rà soát quy hoạch phát triển hệ thống cây xanh
đô thị đến năm 2030, tầm nhìn đến năm 2035.
Thực hiện hiệu quả Tết trồng cây “Đời đời
nhớ ơn Bác Hồ”.
Dự thảo Nghị quyết của HĐND tỉnh quy định
chính sách trồng cây xanh trên địa bàn tỉnh
Trình UBND tỉnh ban hành Đề án trồng cây.

Cơ quan chủ trì

Cơ quan phối hợp

Thời gian thực hiện

Sở Xây dựng

- Các sở, ban ngành có liên quan;
- UBND các huyện, thành phố.

Năm 2025

UBND các huyện, thành
phố

- Các sở, ban ngành có liên quan.

Sở Nông nghiệp và Phát
triển nông thôn

- Các sở, ban ngành có liên quan.

Sở Nông nghiệp và Phát
triển nông thôn

- UBND các huyện, thành phố.

Hàng năm
Quý I/2025

5

TT
5

6

Nhiệm vụ
Tăng cường thanh tra, kiểm tra công tác quy
hoạch, trồng, chăm sóc cây xanh.
Tăng cường công tác quản lý nhà nước; tập
trung rà soát, kiện toàn bộ máy.

Cơ quan chủ trì

Cơ quan phối hợp

Thời gian thực hiện

Thanh tra tỉnh

- Các sở, ban ngành có liên quan.

Hàng năm

Sở Nội vụ

- UBND các huyện, thành phố.

Quý I/2025
"""


def test_a_table_copied_column_by_column_pairs_rows_by_their_order() -> None:
    """pdftotext's column-at-a-time table: numbers, then tasks, then each row's other cells.

    A task opens with an action in capitals (row 4's first line follows no full stop);
    each owner's paragraph opens a row, its "- " lines are its partners. The first page's
    time cells are out of row order (rows 2 and 3 have none, row 4 two): none is read.
    """
    draft = extract(COLUMN_BY_COLUMN_TABLE, issued=date(2024, 11, 1))
    rows = {d["id"].rsplit(".", 1)[-1]: d for d in draft.duties}
    assert set(rows) == {"1", "2", "3", "4", "5", "6"}
    assert rows["3"]["text"].endswith("trên địa bàn tỉnh")
    assert rows["4"]["text"].startswith("Trình UBND tỉnh")
    assert _owners(draft, rows["1"]) == [
        ("Sở Xây dựng", "lead"),
        ("Các sở, ban ngành có liên quan", "partner"),
        ("UBND các huyện, thành phố", "partner"),
    ]
    assert _owners(draft, rows["2"])[0] == ("UBND các huyện, thành phố", "lead")
    assert _owners(draft, rows["3"])[0] == ("Sở Nông nghiệp và Phát triển nông thôn", "lead")
    assert [rows[k]["windows"] for k in "1234"] == [["không thời hạn"]] * 4
    assert _owners(draft, rows["5"])[0] == ("Thanh tra tỉnh", "lead")
    assert _owners(draft, rows["6"])[0] == ("Sở Nội vụ", "lead")
    assert rows["5"]["windows"] == ["hằng năm"]
    assert rows["6"]["windows"] == ["quý I/2025"]
    _valid(draft)


def test_a_collective_owner_cell_keeps_the_words_that_say_which_of_them() -> None:
    """ "Các cơ quan, … được giao nhiệm vụ có liên quan đến …": one owner, the whole cell.

    A collective's name goes on to say which of its bodies it means (the work given them,
    the field they work in, even past a comma); cut at its first words it names everyone.
    """
    text = (
        "Phụ lục\n\n"
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian thực hiện |\n"
        "|---|---|---|---|\n"
        "| 1 | Tập trung nghiên cứu, lựa chọn loại cây trồng | Các cơ quan, đơn vị, tổ chức, "
        "cá nhân được giao nhiệm vụ có liên quan đến trồng cây xanh | Năm 2025 |\n"
        "| 2 | Giữ gìn, phát huy giá trị của các cây cổ thụ | Các cơ quan, đơn vị có liên "
        "quan đến trồng, chăm sóc, bảo vệ cây xanh | Năm 2025 |\n"
        "| 3 | Tăng cường thanh tra, kiểm tra công tác quy hoạch | Thanh tra tỉnh | Năm 2025 |\n"
    )
    draft = extract(text, issued=date(2024, 11, 1))
    rows = {d["id"].rsplit(".", 1)[-1]: d for d in draft.duties}
    assert _owners(draft, rows["1"]) == [
        (
            "Các cơ quan, đơn vị, tổ chức, cá nhân được giao nhiệm vụ có liên quan đến "
            "trồng cây xanh",
            "lead",
        )
    ]
    assert _owners(draft, rows["2"]) == [
        ("Các cơ quan, đơn vị có liên quan đến trồng, chăm sóc, bảo vệ cây xanh", "lead")
    ]
    assert _owners(draft, rows["3"]) == [("Thanh tra tỉnh", "lead")]


def _news_lead_in(closing: str) -> str:
    return (
        "# Rà soát tiến độ các dự án giao thông\n\n"
        "Văn phòng Chính phủ vừa ban hành Thông báo kết luận của Phó Thủ tướng về tiến độ "
        "các dự án.\n\n"
        "Phó Thủ tướng yêu cầu các Bộ, ngành tập trung thực hiện các nhiệm vụ được giao.\n\n"
        "**Giải quyết dứt điểm các tồn tại về giải phóng mặt bằng**\n\n"
        "Đối với công tác giải phóng mặt bằng, Phó Thủ tướng yêu cầu các địa phương khẩn "
        f"trương giải quyết dứt điểm các tồn tại {closing}, cụ thể:\n\n"
        "- Tỉnh Cao Bằng: Hoàn thành di dời 01 vị trí đường điện cao thế còn lại.\n\n"
        "- Tỉnh Lạng Sơn: Hoàn thành di dời cột điện trước ngày 05 tháng 6 năm 2025.\n\n"
        "**Đẩy nhanh tiến độ thi công đi đôi với bảo đảm chất lượng**\n\n"
        "Về thi công, Phó Thủ tướng yêu cầu quyết liệt đẩy nhanh tiến độ thi công.\n"
    )


def test_a_lead_in_closing_on_its_deadline_dates_the_points_it_lists() -> None:
    """ "… yêu cầu các địa phương khẩn trương giải quyết dứt điểm các tồn tại trước ngày 10
    tháng 6 năm 2025, cụ thể:" then "- Tỉnh A: …", "- Tỉnh B: …": the points spell the
    action out place by place, each due the day before; a point with its own date keeps
    it, and the paragraph after the points is not theirs."""
    draft = extract(_news_lead_in("trước ngày 10 tháng 6 năm 2025"))
    due = {d["text"][:14]: d.get("timing") for d in draft.duties}
    assert due["Tỉnh Cao Bằng:"] == "trước ngày 10 tháng 6 năm 2025"
    assert due["Tỉnh Lạng Sơn:"] == "trước ngày 05 tháng 6 năm 2025"
    assert all(t is None for k, t in due.items() if not k.startswith("Tỉnh"))
    _valid(draft)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sở Kế hoạch và Đầu tư Hằng năm, trên cơ sở đề xuất của các đơn vị, tham mưu",
            "Sở Kế hoạch và Đầu tư",
        ),
        (
            "Sở Văn hóa và Thể thao Định kỳ 06 tháng, tổng hợp kết quả, báo cáo",
            "Sở Văn hóa và Thể thao",
        ),
        ("Ban Quản lý Hàng hải tổng hợp kết quả, báo cáo", "Ban Quản lý Hàng hải"),
    ],
)
def test_a_heading_run_into_its_paragraph_ends_the_name_at_a_capitalised_cycle(
    text: str, name: str
) -> None:
    """A PDF's "2. Sở X" over "Hằng năm, …" read as one line: the cycle opens the sentence.

    No body's name goes on with a capitalised "Hằng năm", "Định kỳ" (a word like "Hàng
    hải" is not a cycle).
    """
    got = subject(text, Registry())
    assert got is not None
    assert [n.written for n in got.responsible + got.leads] == [name]


_REQUEST_CLAUSE_AFTER_HANDOVER = """\
---
layout: post
title: " [Bình Minh] Sớm đưa chợ thị trấn Bình Minh vào hoạt động"
date: Thu, 12 Sep 2024 16:00:00 +0700
categories: entries VN
---
[Sớm đưa chợ thị trấn Bình Minh vào hoạt động](https://example.vn/cho-binh-minh.htm)

Sáng 11/9, Phó Chủ tịch UBND tỉnh Nguyễn Văn A kiểm tra tình hình chợ thị trấn Bình Minh.

Ông Nguyễn Văn A giao Sở Công Thương tiếp tục tham mưu UBND tỉnh về quản lý chợ trên toàn tỉnh. \
Đồng chí Nguyễn Văn A giao việc quản lý chợ thị trấn Bình Minh cho UBND huyện Bình Minh; yêu cầu \
huyện xây dựng phương án quản lý, khai thác chợ trước ngày 20-10; giao Sở Tài chính hướng dẫn \
huyện các thủ tục theo quy định.

Các sở, ngành liên quan sớm triển khai các công việc cần thiết để chợ đi vào hoạt động.
"""


def test_a_dated_request_after_a_semicolon_is_a_task_of_its_own() -> None:
    """A speaker's sentence hands a market over, then "; yêu cầu huyện … trước ngày 20-10;"
    asks the district (named by the clause before) for a plan by a day: the request is a
    task of its own, its day its own; the handover clause keeps no date."""
    duties = extract(_REQUEST_CLAUSE_AFTER_HANDOVER, issued=date(2024, 9, 12)).duties
    dated = [d for d in duties if d["timing"]]
    assert [d["text"][:30] for d in dated] == ["yêu cầu huyện xây dựng phương "]
    assert parse_window(dated[0]["windows"][0]).end == date(2024, 10, 19)
    handover = next(d for d in duties if d["text"].startswith("Đồng chí Nguyễn Văn A giao việc"))
    assert handover["timing"] is None
    assert any(d["text"].startswith("giao Sở Tài chính hướng dẫn") for d in duties)


def test_an_undated_request_after_a_semicolon_stays_in_its_sentence() -> None:
    """Without a day of its own, "; yêu cầu …" goes on with the sentence's subject."""
    text = _REQUEST_CLAUSE_AFTER_HANDOVER.replace(" trước ngày 20-10", "")
    duties = extract(text, issued=date(2024, 9, 12)).duties
    assert not any(d["text"].startswith("yêu cầu huyện") for d in duties)


def test_the_year_that_ends_a_term_is_no_deadline() -> None:
    """ "… năm 2025 - năm kết thúc nhiệm kỳ 2021-2026": "kết thúc" after the noun "năm"
    says which year ends the term; "kết thúc nhiệm kỳ …, hoàn thành …" still dates."""
    named = "Hoàn thiện Đề án năm 2025 - năm kết thúc nhiệm kỳ 2021-2026 của Đại hội."
    assert all(not sp.readings for sp in find_spans(named, date(2024, 8, 27)))
    kept = find_spans("Kết thúc nhiệm kỳ 2021-2026, hoàn thành việc sắp xếp.", date(2024, 8, 27))
    assert any(sp.readings for sp in kept)


def test_where_the_speaker_spoke_opens_his_request() -> None:
    """ "Phát biểu tại phiên họp, Thủ tướng … yêu cầu X …": the occasion, then whom he asks."""
    got = subject(
        "Phát biểu tại phiên họp, Thủ tướng Phạm Minh Chính yêu cầu các bộ, ngành, cơ quan, "
        "địa phương cần rà soát lại các chỉ tiêu.",
        Registry(),
    )
    assert got is not None
    assert [n.written for n in got.leads or got.responsible] == [
        "các bộ, ngành, cơ quan, địa phương"
    ]


_SCRAPED_MEETING = (
    '---\nlayout: post\ntitle: " [Nội Bài] Khởi công mở rộng nhà ga"\n'
    "date: Sun, 19 May 2024 23:00:00 +0700\ncategories: entries VN\n---\n"
    "[Khởi công mở rộng nhà ga](https://example.vn/nha-ga.htm)\n\n"
    "![Khởi công](https://example.vn/anh.jpg)\n\n"
    "Phát biểu tại lễ khởi công, Thủ tướng yêu cầu Bộ Giao thông vận tải chỉ đạo bảo đảm "
    "tiến độ, chất lượng công trình.\n\n"
    "Sáng 19/5, Thủ tướng Phạm Minh Chính dự lễ khởi công dự án. Đây là dự án trọng điểm "
    "khởi công trong tháng 5/2024.\n\n"
    "Theo hợp đồng, các gói thầu có thời gian 660 ngày (đến tháng 2-2026). Tuy nhiên, chủ đầu "
    "tư cam kết vượt tiến độ.\n\n"
    "Thủ tướng yêu cầu Bộ Tài chính bố trí vốn cho dự án.\n\n"
    "Thủ tướng yêu cầu Bộ Xây dựng hướng dẫn các thủ tục về xây dựng.\n"
)


def test_a_scraped_pages_opening_and_sourced_figures_go_on_with_no_request() -> None:
    """On a scraped page read as several requests, "Sáng 19/5, … dự lễ … . Đây là … tháng
    5/2024." (the event) and "Theo hợp đồng, … (đến tháng 2-2026)." (the contract's term)
    are the report's narration: no request goes on with them, no date is read from them."""
    duties = extract(_SCRAPED_MEETING, issued=date(2024, 5, 19)).duties
    assert [d["text"][:30] for d in duties] == [
        "Phát biểu tại lễ khởi công, Th",
        "Thủ tướng yêu cầu Bộ Tài chính",
        "Thủ tướng yêu cầu Bộ Xây dựng ",
    ]
    assert all(not d["timing"] for d in duties)


def test_the_year_an_aim_reaches_its_state_is_no_deadline() -> None:
    """ "… phù hợp với mục tiêu đạt mức phát thải ròng bằng "0" vào năm 2050", "hướng tới
    xây dựng X trở thành khu du lịch xanh … vào năm 2030": the year the aim's state is
    reached, not when the work is due; "hoàn thành lộ trình … vào năm 2025" still dates."""
    for text in (
        "Xây dựng các tiêu chuẩn phù hợp với mục tiêu đạt mức phát thải ròng bằng “0” "
        "vào năm 2050.",
        "Phát triển năng lượng tái tạo; hướng tới xây dựng Sa Pa trở thành khu du lịch quốc gia "
        "xanh, không rác thải nhựa vào năm 2030.",
    ):
        assert all(not sp.readings for sp in find_spans(text, date(2026, 1, 1)))
    kept = find_spans("Hoàn thành lộ trình chuyển đổi vào năm 2027.", date(2026, 1, 1))
    assert any(sp.readings for sp in kept)


def test_the_prime_minister_proposing_to_a_body_names_its_owner() -> None:
    """ "Thủ tướng đề nghị X (khi …) phải …": asked as by "yêu cầu", X owns the duty."""
    for text, who in (
        ("Thủ tướng đề nghị Bộ Tài chính phải sửa đổi quy trình.", "Bộ Tài chính"),
        (
            "Thủ tướng đề nghị Bộ trưởng, Thủ trưởng các cơ quan ngang bộ khi tham gia xây "
            "dựng pháp luật phải thay đổi.",
            "Bộ trưởng, Thủ trưởng các cơ quan ngang bộ",
        ),
    ):
        got = subject(text, Registry())
        assert got is not None
        assert got.requested
        assert [n.written for n in got.leads or got.responsible] == [who]


@pytest.mark.parametrize(
    "closing",
    [
        "vào tháng 6/2025",  # when an event is held, not a deadline
        "đến ngày 10/6/2025",  # a count to a date, as often as an end
        "trước năm 2030",  # a year alone: as often a horizon
        "đã xong trước ngày 10/6/2025",  # what was done: history
    ],
)
def test_a_lead_in_closing_on_no_deadline_dates_no_point(closing: str) -> None:
    """Only a "trước"/"chậm nhất" date with a day, month or quarter, closing the clause of
    an action not yet done, passes to the points."""
    draft = extract(_news_lead_in(closing))
    due = {d["text"][:14]: d.get("timing") for d in draft.duties}
    assert due["Tỉnh Cao Bằng:"] is None


def test_an_unnumbered_lead_in_closing_on_its_deadline_dates_its_points() -> None:
    """The same lead-in as an unnumbered paragraph of a notice's section, over lettered
    points: each point is due by the lead-in's date; the paragraph after them is not."""
    text = (
        "THÔNG BÁO\n\nI. NHIỆM VỤ\n\n"
        "Văn phòng Chính phủ đề nghị Ủy ban nhân dân các tỉnh khẩn trương hoàn thiện hồ sơ "
        "trước ngày 15 tháng 7 năm 2025, cụ thể:\n"
        "a) Rà soát danh mục dự án.\n"
        "b) Báo cáo kết quả rà soát.\n"
        "Bộ Xây dựng tiếp tục theo dõi, đôn đốc các địa phương.\n"
    )
    draft = extract(text, issued=date(2025, 7, 1), number="1/TB-VPCP")
    due = {d["text"][:12]: d.get("timing") for d in draft.duties}
    assert due["Rà soát danh"] == "trước ngày 15 tháng 7 năm 2025"
    assert due["Báo cáo kết "] == "trước ngày 15 tháng 7 năm 2025"
    assert due["Bộ Xây dựng "] is None
    _valid(draft)


def _monthly_plan(heading: str) -> str:
    return (
        "Báo cáo tình hình thực hiện nhiệm vụ công tác tháng 02 và kế hoạch công tác\n"
        "A.\nThực hiện nhiệm vụ công tác tháng 02 năm 2010\n"
        "I.\nXây dựng văn bản quy phạm pháp luật\n"
        "1.\nVăn bản trình Chính phủ, Thủ tướng Chính phủ\n"
        "Trong tháng, Bộ đã trình Chính phủ dự thảo Nghị định áp dụng mức lương tối thiểu.\n"
        f"B.\n{heading}\n"
        "I.\nXây dựng văn bản quy phạm pháp luật\n"
        "1.\nVăn bản trình Chính phủ, Thủ tướng Chính phủ\n"
        "Theo chương trình công tác của Chính phủ, tháng 03, Bộ có 02 đề án phải trình:\n"
        "- Dự thảo Nghị định quy định mức trợ cấp, phụ cấp ưu đãi người có công.\n"
        "- Dự thảo Quyết định của Thủ tướng Chính phủ về việc ban hành chuẩn nghèo mới.\n"
        "2.\nVăn bản Bộ trưởng ban hành theo thẩm quyền\n"
        "Tháng 3, theo kế hoạch Bộ sẽ ban hành theo thẩm quyền 04 thông tư hướng dẫn, chỉ "
        "đạo, điều hành các hoạt động quản lý nhà nước về lao động.\n"
    )


def test_a_yearless_month_takes_its_year_from_a_heading_naming_that_month() -> None:
    """A text with no date of its own: "B. Nhiệm vụ công tác trọng tâm tháng 3 năm 2010"
    over "Tháng 3, theo kế hoạch Bộ sẽ ban hành …": the month is March 2010. The draft's
    date is then a stand-in of another year, with which `nq42 validate` reads the phrase:
    the review says the heading's year and no deadline is read; with a date of 2010 the
    month is read. Under a heading naming another month (or none) the year stays unknown."""
    from nq42cli.core.loader import load_plan_text
    from nq42cli.render.draft import plan_text

    draft = extract(_monthly_plan("Nhiệm vụ công tác trọng tâm tháng 3 năm 2010"))
    [duty] = [d for d in draft.duties if d["text"].startswith("Tháng 3")]
    assert duty["windows"] == ["không thời hạn"]
    assert "the heading's is 2010: give --issued" in duty["review"]
    load_plan_text(plan_text(draft, "vi"), "<draft>")
    issued = date(2010, 2, 22)
    draft = extract(_monthly_plan("Nhiệm vụ công tác trọng tâm tháng 3 năm 2010"), issued=issued)
    [duty] = [d for d in draft.duties if d["text"].startswith("Tháng 3")]
    assert duty["windows"] == ["tháng 3/2010"]
    for other in ("Nhiệm vụ công tác trọng tâm tháng 4 năm 2010", "Nhiệm vụ công tác trọng tâm"):
        draft = extract(_monthly_plan(other))
        [duty] = [d for d in draft.duties if d["text"].startswith("Tháng 3")]
        assert duty["windows"] == ["không thời hạn"]


def test_a_later_sentence_giving_another_owner_work_is_a_duty_of_its_own() -> None:
    # A clause of two sentences, each opening with who acts: the body's duty, then its
    # head's; the ministers', then a ministry's "có trách nhiệm …". The date of the first
    # sentence stays with it.
    text = (
        "Điều 4. Tổ chức thực hiện\n\n"
        "1. Bộ Tài chính chịu trách nhiệm rà soát, đề xuất sửa đổi Luật Đầu tư.\n\n"
        "2. Ủy ban nhân dân cấp tỉnh có trách nhiệm tổ chức thực hiện Nghị quyết này trên "
        "địa bàn. Chủ tịch Ủy ban nhân dân cấp tỉnh tổ chức thực hiện nhiệm vụ được phân "
        "quyền tại Nghị quyết này.\n\n"
        "3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ ban hành tiêu chuẩn kỹ thuật trước "
        "ngày 01 tháng 7 năm 2026. Bộ Khoa học và Công nghệ có trách nhiệm phối hợp với các "
        "bộ, ngành để ban hành các quy chuẩn kỹ thuật.\n"
    )
    draft = extract(text, issued=date(2026, 5, 1))
    d = _by_id(draft)
    assert list(d) == ["D4.1", "D4.2.s1", "D4.2.s2", "D4.3.s1", "D4.3.s2"]
    assert _owners(draft, d["D4.2.s1"]) == [("Ủy ban nhân dân cấp tỉnh", "responsible")]
    assert _owners(draft, d["D4.2.s2"]) == [("Chủ tịch Ủy ban nhân dân cấp tỉnh", "responsible")]
    assert d["D4.3.s1"]["windows"] == ["trước ngày 1/7/2026"]
    assert _owners(draft, d["D4.3.s2"])[0] == ("Bộ Khoa học và Công nghệ", "responsible")
    assert d["D4.3.s2"]["windows"] == ["không thời hạn"]


def test_a_request_then_the_issuers_own_bodies_are_two_duties() -> None:
    # "Đề nghị <outside bodies> …. <own bodies> theo chức năng … tham mưu …": the request
    # and the instruction to the issuer's own bodies are separate work.
    text = (
        "Điều 3. Điều khoản thi hành\n\n"
        "1. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
        "2. Đề nghị Ủy ban Kiểm tra Tỉnh ủy, Ban Nội chính Tỉnh ủy phối hợp kiểm tra, giám "
        "sát trong quá trình thực hiện Quyết định này. Thanh tra tỉnh, Công an tỉnh theo "
        "chức năng, nhiệm vụ được giao tham mưu cho Ủy ban nhân dân tỉnh xử lý nghiêm các "
        "vi phạm.\n"
    )
    draft = extract(text, issued=date(2026, 5, 1))
    d = _by_id(draft)
    assert [k for k in d if k.startswith("D3.2")] == ["D3.2.s1", "D3.2.s2"]
    assert _owners(draft, d["D3.2.s2"]) == [
        ("Thanh tra tỉnh", "responsible"),
        ("Công an tỉnh", "responsible"),
    ]


def test_a_later_sentence_stays_with_its_item_unless_it_tells_another_owner_to_act() -> None:
    # Split: a subjectless duty of the heading's owner, then "Cơ quan, đơn vị được phân
    # công phải …" (the bodies named by the work they were given). Whole: the same owner
    # again, a frame before the subject, a "Việc …" statement; another owner whose
    # sentence carries the item's only date; another owner told nothing as a duty ("Sở
    # Tài chính tổng hợp …" after "Giao …"); what a head answers for.
    text = (
        "Điều 10. Trách nhiệm của Sở Nội vụ\n\n"
        "1. Chủ trì tham mưu giải quyết, trả lời kiến nghị của cử tri. Cơ quan, đơn vị được "
        "phân công phải gửi văn bản về kết quả giải quyết đến Sở Nội vụ để tổng hợp.\n\n"
        "2. Sở Nội vụ có trách nhiệm kiểm tra thông tin. Trong thời hạn 03 ngày làm việc, Sở "
        "Nội vụ có văn bản đôn đốc. Việc đôn đốc được thực hiện bằng văn bản.\n\n"
        "3. Sở Y tế chủ trì xây dựng đề án. Sở Tài chính có trách nhiệm thẩm định trước ngày "
        "30/6/2026.\n\n"
        "4. Giao Sở Công Thương kiểm tra thị trường. Sở Tài chính tổng hợp, báo cáo Ủy ban "
        "nhân dân tỉnh.\n\n"
        "5. Sở Xây dựng có trách nhiệm hướng dẫn. Chủ tịch Ủy ban nhân dân cấp xã chịu trách "
        "nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả.\n"
    )
    draft = extract(text, issued=date(2026, 5, 1))
    d = _by_id(draft)
    assert list(d) == ["D10.1.s1", "D10.1.s2", "D10.2", "D10.3", "D10.4", "D10.5"]
    assert _owners(draft, d["D10.1.s1"]) == [("Sở Nội vụ", "lead")]
    assert _owners(draft, d["D10.1.s2"]) == [("Cơ quan, đơn vị được phân công", "responsible")]
    assert d["D10.3"]["windows"] == ["trước ngày 30/6/2026"]


def test_a_later_sentence_opening_with_its_start_date_then_its_owner() -> None:
    # "…, gửi đến cơ quan thuế trước ngày 31/12/2013. Từ ngày 01/01/2014 cơ quan thuế phải
    # rà soát …": each sentence dated, the second's owner after the time it starts.
    text = (
        "Điều 3. Tổ chức thực hiện\n\n"
        "1. Thông báo đăng ký áp dụng phương pháp khấu trừ gửi đến cơ quan thuế trước ngày "
        "31/12/2013. Từ ngày 01/01/2014 cơ quan thuế phải rà soát những doanh nghiệp không "
        "đăng ký.\n"
    )
    draft = extract(text, issued=date(2013, 12, 18))
    d = _by_id(draft)
    assert list(d) == ["D3.1.s1", "D3.1.s2"]
    assert _owners(draft, d["D3.1.s2"]) == [("cơ quan thuế", "responsible")]
    assert d["D3.1.s1"]["windows"] == ["trước ngày 31/12/2013"]


CELL_PER_LINE_XONG = """KẾ HOẠCH
Phụ lục
MỘT SỐ NHIỆM VỤ TRỌNG TÂM CỦA CÁC SỞ, NGÀNH

TT
Tên nhiệm vụ
Sở, ngành chủ trì tham mưu
Đơn vị phối hợp thực hiện
Thời gian thực hiện
Ghi chú
1
Rà soát, cập nhật phương án quản lý về khoáng sản để tích hợp vào quy hoạch tỉnh.
Sở Nông nghiệp và Môi trường
Các Sở, ban, ngành và các địa phương liên quan
Xong trong tháng 5/2026

2
Xử lý dứt điểm các hành vi khai thác khoáng sản trái phép trên sông, suối.
Công an tỉnh
Các Sở, ban, ngành và địa phương
Xong trong Quý II/2026

3
Tham mưu trình kế hoạch đấu giá quyền khai thác khoáng sản.
Sở Nông nghiệp và Môi trường
Các Sở, ban, ngành liên quan
Hàng năm
"""


def test_a_time_cell_that_opens_with_xong_is_the_rows_time() -> None:
    """ "Xong trong tháng 5/2026" (done within May) is a time cell as "Hoàn thành trong …"
    is: "xong" opens time phrases the grammar reads whole, so the cell is the row's time."""
    draft = extract(CELL_PER_LINE_XONG, issued=date(2026, 3, 1), number="1/KH")
    d = _by_id(draft)
    assert [x["windows"] for x in d.values()] == [
        ["tháng 5/2026"],
        ["quý II/2026"],
        ["hằng năm"],
    ]


FIELDS_THEN_DECIMAL = """KẾ HOẠCH
II. NỘI DUNG, TIẾN ĐỘ THỰC HIỆN
1. Hội nghị lần thứ nhất.
1.1. Nội dung: Hiệp thương về cơ cấu người được giới thiệu.
- Thời gian: Dự kiến ngày 05/12/2025 (Chậm nhất ngày 10/12/2025).
- Đơn vị chủ trì: Ban Công tác mặt trận thôn.
1.2. Báo cáo kết quả Hội nghị
- Gửi biên bản Hội nghị đến Ban Thường trực ngay sau khi kết thúc hội nghị.
3. Hội nghị lần thứ ba
Nội dung: Lựa chọn, lập danh sách chính thức những người ứng cử.
- Thời gian: Dự kiến ngày 12/02/2026 (Chậm nhất ngày 20/02/2026).
- Đơn vị chủ trì: Ban Công tác mặt trận thôn.
3.3. Báo cáo kết quả Hội nghị
- Gửi Biên bản Hội nghị về Ban Thường trực ngay sau khi tổ chức hội nghị 01 ngày.
- Chuyển danh sách chính thức đến Ủy ban Bầu cử xã.
4. Quy định khác
"""


def test_a_decimal_point_after_an_items_fields_is_a_later_step_of_its_own() -> None:
    """ "3." with its "Nội dung:" and "- Thời gian:" fields, then "3.3. Báo cáo …": the
    decimal's number names item 3, so it closes the fields (not a bullet of "- Đơn vị chủ
    trì"), and its points take neither the fields' time nor their owner."""
    draft = extract(FIELDS_THEN_DECIMAL, issued=date(2025, 11, 1), number="1/KH")
    d = _by_id(draft)
    assert d["II.3"]["windows"] == ["khoảng ngày 12/2/2026", "ngày 20/2/2026"]
    assert _owners(draft, d["II.3"]) == [("Ban Công tác mặt trận thôn", "lead")]
    for key in ("II.3.3.a", "II.3.3.b"):
        assert d[key]["windows"] == ["không thời hạn"]
        assert _owners(draft, d[key]) == []


def test_a_provinces_so_nganh_chu_tri_header_is_the_lead_column() -> None:
    """ "Sở, ngành chủ trì tham mưu": a province's departments before the role word, as
    "Bộ, ngành chủ trì" is a ministry's; the column is the lead's, its rows' owners."""
    header = ["TT", "Tên nhiệm vụ", "Sở, ngành chủ trì tham mưu", "Đơn vị phối hợp thực hiện"]
    assert roles([*header, "Thời gian thực hiện", "Ghi chú"]) == {
        "number": 0,
        "task": 1,
        "lead": 2,
        "partners": 3,
        "time": 4,
        "note": 5,
    }
    draft = extract(CELL_PER_LINE_XONG, issued=date(2026, 3, 1), number="1/KH")
    first = _by_id(draft)["PL.1"]
    assert _owners(draft, first)[0] == ("Sở Nông nghiệp và Môi trường", "lead")


def test_a_cell_naming_so_xay_dung_is_no_drafters_header() -> None:
    """ "Sở Xây dựng" under a header is a body's name, not a "xây dựng" (drafting) column."""
    assert roles(["Sở Xây dựng"]) == {}


def test_roman_items_run_together_in_a_paragraph_are_the_items() -> None:
    """An article quoting a directive's lists as paragraphs of "(i) … (ii) … (iii) (iv) …".

    Each label counting on from "(i)" opens an item, whatever ends the item before it; an
    empty "(iii)" keeps its place; the lead-in above names the owners; the page's own
    question after the items ("Toàn văn Nghị quyết …?") ends the quote.
    """
    text = (
        "# Toàn văn Chỉ thị 9/CT-TTg về năm học mới?\n\n"
        "Thủ tướng Chính phủ yêu cầu Bộ Giáo dục và Đào tạo tập trung thực hiện một số "
        "nhiệm vụ trọng tâm sau:\n\n"
        "(i) Tập trung hoàn thiện hệ thống văn bản quy phạm pháp luật. (ii) Khẩn trương "
        "xây dựng Chương trình hành động theo tinh thần (iii) Hướng dẫn các địa phương "
        "rà soát quy hoạch mạng lưới trường, khởi công trong tháng 10 năm 2025.\n"
        "(i) Ban hành kế hoạch triển khai nhiệm vụ được phân cấp. (ii) (iii) Bố trí quỹ "
        "đất để xây dựng trường, lớp học.\n\n"
        "**Toàn văn Nghị quyết 8 của Chính phủ?**\n\n"
        "Ngày 15/9/2025, Chính phủ ban hành Nghị quyết 8/NQ-CP năm 2025 về Chương trình.\n"
    )
    draft = extract(text, issued=date(2025, 9, 15))
    got = [(d["text"][:22], d["windows"]) for d in draft.duties]
    assert got == [
        ("Tập trung hoàn thiện h", ["không thời hạn"]),
        ("Khẩn trương xây dựng C", ["không thời hạn"]),
        ("Hướng dẫn các địa phươ", ["tháng 10/2025"]),
        ("Ban hành kế hoạch triể", ["không thời hạn"]),
        ("Bố trí quỹ đất để xây ", ["không thời hạn"]),
    ]
    assert all(
        _owners(draft, d) == [("Bộ Giáo dục và Đào tạo", "responsible")] for d in draft.duties
    )
    _valid(draft)


def test_roman_points_inside_a_numbered_run_leave_its_count_alone() -> None:
    """ "(6) …, cụ thể: (i) … (ii) …" then "(7) …": the Arabic items go on past the points."""
    text = (
        "Theo Thông báo 6/TB-VPCP, ngành ngân hàng cần thực hiện:\n\n"
        "(1) Tiếp tục tiết giảm chi phí hoạt động.\n\n"
        "(2) Tham gia triển khai 3 đột phá chiến lược, cụ thể:\n\n"
        "(i) Tích cực tham gia xây dựng hệ thống luật pháp ngành ngân hàng;\n\n"
        "(ii) Huy động vốn để phục vụ phát triển hạ tầng chiến lược.\n\n"
        "(3) Khẩn trương triển khai các chương trình tín dụng nhà ở xã hội.\n"
    )
    draft = extract(text, issued=date(2025, 2, 25))
    starts = [d["text"][:20] for d in draft.duties]
    assert "Tiếp tục tiết giảm c" in starts
    assert "Khẩn trương triển kh" in starts


def test_a_qa_pages_answers_that_quote_a_law_are_not_the_notices_work() -> None:
    """A legal Q&A page: the notice it retells, then its own questions answered by laws.

    "Công trình trọng điểm quốc gia là gì?" answered "Căn cứ khoản 2 Điều 3 Thông tư …"
    quotes the law's clauses ("1. Mục tiêu trọng yếu: …"), which are no one's work; a
    question answered by retelling the notice stays.
    """
    text = (
        "# Nhiệm vụ trọng tâm theo Thông báo 9?\n\n"
        "Theo đó tại nội dung Thông báo 9, nhiệm vụ trọng tâm như sau:\n\n"
        "**(1) Đối với dự án cảng hàng không:**\n\n"
        "- Bộ Xây dựng chủ trì tổng hợp danh mục các dự án.\n\n"
        "- Các địa phương tiếp tục rà soát các dự án.\n\n"
        "**(2) Công tác chuẩn bị lễ khánh thành**\n\n"
        "- Đài Truyền hình Việt Nam xây dựng phim tư liệu.\n\n"
        "**Công trình trọng điểm quốc gia là gì?**\n\n"
        "Căn cứ khoản 2 Điều 3 Thông tư 30/2025/TT-BQP quy định như sau:\n\n"
        "1. Mục tiêu trọng yếu: Là các mục tiêu có tính chất quan trọng.\n\n"
        "2. Công trình trọng điểm quốc gia: Là công trình đặc biệt quan trọng.\n"
    )
    draft = extract(text, issued=date(2025, 12, 11))
    starts = [d["text"][:20] for d in draft.duties]
    assert starts == [
        "Bộ Xây dựng chủ trì ",
        "Các địa phương tiếp ",
        "Đài Truyền hình Việt",
    ]


def test_an_ocr_section_numeral_with_its_last_stroke_read_as_l() -> None:
    """ "IIL. NHIỆM VỤ VÀ GIẢI PHÁP" right after "II.": the OCR's "III.", its items its own."""
    text = (
        "I. QUAN ĐIỂM\n\n"
        "1. Dinh dưỡng là nền tảng phát triển.\n\n"
        "II. MỤC TIÊU\n\n"
        "1. Mục tiêu chung: cải thiện dinh dưỡng.\n\n"
        "IIL. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n\n"
        "1. Hoàn thiện cơ chế, chính sách về dinh dưỡng\n\n"
        "a) Rà soát, bổ sung các quy định pháp luật về dinh dưỡng.\n\n"
        "b) Đưa chỉ tiêu giảm suy dinh dưỡng vào kế hoạch của địa phương.\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Bộ Y tế chủ trì tổ chức thực hiện Chiến lược.\n"
    )
    ids = [d["id"] for d in extract(text, issued=date(2022, 1, 5)).duties]
    assert "III.1.a" in ids
    assert "III.1.b" in ids


def test_a_letters_points_under_a_note_lead_in_are_its_duties() -> None:
    """ "Một số vấn đề lưu ý:" after a letter's request, then "(1) …", "(2) …": each point
    tells its subject what to do, with its own time."""
    text = (
        "1. Về đánh giá, xếp loại chất lượng năm 2025\n\n"
        "Đề nghị các cơ quan, đơn vị tổ chức triển khai công tác đánh giá và hoàn thành "
        "trước ngày 05 tháng 12 năm 2025.\n\n"
        "*Một số vấn đề lưu ý:*\n\n"
        "(1) Người đứng đầu cơ quan chuyên môn xem xét, quyết định đánh giá đối với công "
        "chức thuộc thẩm quyền quản lý.\n\n"
        "(2) Các cơ quan, tổ chức, đơn vị gửi hồ sơ về Sở Nội vụ trước ngày 05 tháng 12 "
        "năm 2025 để tổng hợp.\n"
    )
    draft = extract(text, issued=date(2025, 11, 20))
    got = {d["text"][:25]: d["windows"] for d in draft.duties}
    assert got["Người đứng đầu cơ quan ch"] == ["không thời hạn"]
    assert got["Các cơ quan, tổ chức, đơn"] == ["trước ngày 5/12/2025"]


_FIELDED_ITEMS = """\
KẾ HOẠCH
Tổ chức các hội nghị
II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN
1. Xây dựng văn bản
1.1. Xây dựng và ban hành Hướng dẫn của Ban Thường trực về công tác bầu cử.
- Bảo đảm thống nhất với hướng dẫn của cấp trên; phù hợp với điều kiện thực tế.
- Các văn bản hướng dẫn phải thể hiện rõ vai trò, trách nhiệm của từng thành viên.
- Thời gian hoàn thành: Tháng 11/2025.
- Đơn vị chủ trì: Sở Nội vụ.
- Kết quả: Dự thảo Hướng dẫn.
1.2. Tham gia thực hiện các nhiệm vụ:
- Tham gia các phiên họp của Ủy ban bầu cử và góp ý vào các văn bản.
- Thời gian thực hiện: Tháng 12/2025.
- Đơn vị chủ trì: Sở Tư pháp.
- Kết quả: Báo cáo.
2. Hội nghị lần thứ ba
Nội dung: Lựa chọn, lập danh sách chính thức những người ứng cử.
- Thời gian: Chậm nhất ngày 20/02/2026.
- Thành phần: Ban Thường trực; đại diện các tổ chức thành viên; mời đại diện Sở Tư pháp.
- Đơn vị chủ trì: Sở Nội vụ.
- Kết quả: Biên bản Hội nghị.
2.3. Báo cáo kết quả Hội nghị
- Gửi Biên bản Hội nghị về Ban Thường trực ngay sau khi tổ chức hội nghị 01 ngày.
- Chuyển danh sách chính thức đến Ủy ban Bầu cử.
"""


def test_points_beside_an_items_fields_do_not_take_its_time() -> None:
    """A fielded item whose own sentence is the task keeps its time field; the "- " points
    beside the fields (requirements: "Bảo đảm …", "… phải …") are not due by that date.
    A lead-in ("1.2. Tham gia thực hiện các nhiệm vụ:") hands the time to its point."""
    draft = extract(_FIELDED_ITEMS, issued=date(2025, 11, 18), number="16/KH-MTTQ")
    got = _by_id(draft)
    assert got["II.1.1"]["timing"] == "Tháng 11/2025"
    for k in ("II.1.1.a", "II.1.1.b"):
        assert k not in got or not got[k].get("timing")
    assert got["II.1.2.a"]["timing"] == "Tháng 12/2025"


def test_a_meetings_attendees_are_a_field_and_a_numbered_item_never_sits_in_a_field() -> None:
    """ "- Thành phần: …" beside a meeting's time and host says who attends: a field, no
    duty. "2.3. Báo cáo …" after the fields of "2." is the item's next point, not a
    sub-point of its "- Kết quả:" field, so its bullets do not take the meeting's date."""
    draft = extract(_FIELDED_ITEMS, issued=date(2025, 11, 18), number="16/KH-MTTQ")
    got = _by_id(draft)
    assert not any(d["text"].startswith("Thành phần") for d in draft.duties)
    assert got["II.2"]["timing"] == "Chậm nhất ngày 20/02/2026"
    assert _owners(draft, got["II.2"]) == [("Sở Nội vụ", "lead")]
    for k in ("II.2.3.a", "II.2.3.b"):
        assert not got[k].get("timing")


def test_an_item_that_is_one_sentence_of_work_keeps_the_fields_after_its_points() -> None:
    """ "2.2. Tổ chức Hội nghị …." over requirement points, then its time and host with no
    "Kết quả" field: the fields are the item's (its sentence is the task), not the points'.
    A finding ("2.3. Việc … còn tình trạng …") with its fields is left as it was read."""
    text = (
        "KẾ HOẠCH\nTổ chức hội nghị\n"
        "II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN\n"
        "2. Tổ chức các hội nghị\n"
        "2.2. Tổ chức Hội nghị tiếp xúc cử tri để người ứng cử trình bày chương trình hành "
        "động theo hướng dẫn.\n"
        "- Việc tổ chức hội nghị phải bảo đảm đúng thành phần, thời gian, địa điểm.\n"
        "- Sở Tư pháp phối hợp với các thôn để tổ chức hội nghị hiệu quả, an toàn.\n"
        "- Thời gian hoàn thành: Quý I/2026;\n"
        "- Đơn vị chủ trì: Sở Nội vụ.\n"
    )
    draft = extract(text, issued=date(2025, 11, 18), number="16/KH-MTTQ")
    got = _by_id(draft)
    assert got["II.2.2"]["timing"] == "Quý I/2026"
    assert _owners(draft, got["II.2.2"]) == [("Sở Nội vụ", "lead")]
    for k in ("II.2.2.a", "II.2.2.b"):
        assert k not in got or not got[k].get("timing")


def test_a_section_of_slogans_holds_no_duty() -> None:
    """ "V. KHẨU HIỆU TUYÊN TRUYỀN" over "2. Ngày 15/3/2026, cử tri cả nước đi bầu cử …!":
    what the banners say; the election day a slogan names is no deadline."""
    text = (
        "KẾ HOẠCH\nTuyên truyền bầu cử\n"
        "IV. NHIỆM VỤ\n"
        "1. Sở Văn hóa treo băng rôn, khẩu hiệu trước ngày 01/3/2026.\n"
        "V. KHẨU HIỆU TUYÊN TRUYỀN\n"
        "1. Nhiệt liệt chào mừng Ngày bầu cử đại biểu Quốc hội khóa XVI!\n"
        "2. Ngày 15/3/2026, cử tri cả nước đi bầu cử đại biểu Quốc hội khóa XVI!\n"
    )
    draft = extract(text, issued=date(2025, 12, 1), number="1/KH-TBTT")
    assert [d["id"] for d in draft.duties] == ["IV.1"]
    assert draft.duties[0]["timing"] == "trước ngày 01/3/2026"


TWO_OWNER_FIELDS_ON_ONE_LINE = """KẾ HOẠCH
III. NHIỆM VỤ TRỌNG TÂM
1. Phát triển các khu, cụm công nghiệp theo hướng xanh
- Rà soát, tham mưu điều chỉnh quy hoạch các khu công nghiệp.
- Đôn đốc hoàn thiện hạ tầng kỹ thuật tại các cụm công nghiệp.
Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng, \
Văn phòng Sở.
"""


def test_a_lead_field_running_on_into_a_partner_field_after_a_semicolon() -> None:
    """ "Đơn vị chủ trì: A; Đơn vị phối hợp: B, C." on one line is two fields: A leads, B
    and C are partners (the second label is no part of a name, nor a joint lead)."""
    draft = extract(TWO_OWNER_FIELDS_ON_ONE_LINE, issued=date(2026, 1, 5))
    d = _by_id(draft)
    for k in ("III.1.a", "III.1.b"):
        assert _owners(draft, d[k]) == [
            ("Phòng Quản lý Công nghiệp", "lead"),
            ("Phòng Quản lý Năng lượng", "partner"),
            ("Văn phòng Sở", "partner"),
        ]
    _valid(draft)


POSTS_IN_CHARGE = """KẾ HOẠCH
III. TỔ CHỨC THỰC HIỆN
1. Ban Thường trực Ủy ban MTTQ Việt Nam xã
- Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Uỷ ban MTTQ Việt Nam xã lãnh đạo, chỉ \
đạo chung công tác bầu cử.
- Đồng chí Phó Chủ tịch Thường trực Ủy ban MTTQ xã trực tiếp tham mưu xây dựng nội dung.
3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội
- Chuẩn bị các điều kiện về cơ sở vật chất, tài liệu.
5. Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng
- Thực hiện nhiệm vụ theo phân công tại mục II Kế hoạch này.
7. Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng
- Bảo đảm thông tin liên lạc thông suốt, kịp thời.
8. Ban công tác Mặt trận các thôn trên địa bàn xã
Căn cứ Kế hoạch này, chủ động phối hợp thực hiện công tác bầu cử trên địa bàn thôn.
"""


def test_posts_named_by_the_field_they_are_in_charge_of_head_their_points() -> None:
    """ "3. Cán bộ phụ trách lĩnh vực …", "5. Các Phó chủ tịch phụ trách lĩnh vực A, B và
    C" over points: the post, by its field (commas and all), owns them. A Party committee
    seat then an office ("Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch …") is one person (a
    sentence's "Đồng chí" addresses the holder: dropped). "Căn cứ Kế hoạch này, …" under
    a heading opens the work: no part of the body's name."""
    draft = extract(POSTS_IN_CHARGE, issued=date(2025, 11, 18))
    d = _by_id(draft)
    assert [n for n, _ in _owners(draft, d["III.1.a"])] == [
        "Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Uỷ ban MTTQ Việt Nam xã"
    ]
    assert [n for n, _ in _owners(draft, d["III.1.b"])] == [
        "Phó Chủ tịch Thường trực Ủy ban MTTQ xã"
    ]
    assert [n for n, _ in _owners(draft, d["III.3.a"])] == [
        "Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"
    ]
    assert [n for n, _ in _owners(draft, d["III.5.a"])] == [
        "Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng"
    ]
    assert [n for n, _ in _owners(draft, d["III.7.a"])] == [
        "Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng"
    ]
    assert [n for n, _ in _owners(draft, d["III.8"])] == [
        "Ban công tác Mặt trận các thôn trên địa bàn xã"
    ]
    _valid(draft)


DUTY_OF_A_DESCRIBED_COLLECTIVE = """CÔNG VĂN
Chủ tịch Uỷ ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị, địa phương thực hiện tốt các \
nhiệm vụ sau:
1. Sở Công Thương
a) Rà soát các quy định hiện hành về quản lý vật liệu nổ công nghiệp.
2. Trách nhiệm của các tổ chức, doanh nghiệp hoạt động trong lĩnh vực có liên quan đến \
VLNCN, TCTN
a) Đẩy mạnh công tác tuyên truyền phòng chống cháy nổ.
b) Chấp hành nghiêm các quy định pháp luật về VLNCN, TCTN.
"""


def test_the_duties_of_a_collective_described_by_its_field_are_its_own() -> None:
    """ "2. Trách nhiệm của các tổ chức, doanh nghiệp hoạt động trong lĩnh vực …" over points:
    the collective with its description owns them (not the lead-in's addressees)."""
    draft = extract(DUTY_OF_A_DESCRIBED_COLLECTIVE, issued=date(2026, 1, 10))
    d = _by_id(draft)
    for k in ("S.2.a", "S.2.b"):
        assert [n for n, _ in _owners(draft, d[k])] == [
            "các tổ chức, doanh nghiệp hoạt động trong lĩnh vực có liên quan đến VLNCN, TCTN"
        ]
    _valid(draft)


def test_a_column_of_departments_that_lead_is_the_lead_column() -> None:
    """ "Sở, ngành chủ trì tham mưu": a province's table names the leading departments by
    their kind; the column is the lead's, beside "Đơn vị phối hợp thực hiện". Only as a
    kind in a list: a cell "Sở Xây dựng" is a body's name."""
    header = [
        "TT",
        "Tên nhiệm vụ",
        "Sở, ngành chủ trì tham mưu",
        "Đơn vị phối hợp thực hiện",
        "Thời gian thực hiện",
        "Ghi chú",
    ]
    assert roles(header) == {
        "number": 0,
        "task": 1,
        "lead": 2,
        "partners": 3,
        "time": 4,
        "note": 5,
    }
    # A body's own name in a cell is no column: "Sở Xây dựng", "Bộ Xây dựng" name no
    # drafting column; "Bộ chủ trì", "Bộ phối hợp" are a ministry's plan's columns.
    assert roles(["Sở Xây dựng"]) == {}
    assert roles(["Bộ Xây dựng"]) == {}
    assert roles(["TT", "Nhiệm vụ", "Bộ chủ trì", "Bộ phối hợp"]) == {
        "number": 0,
        "task": 1,
        "lead": 2,
        "partners": 3,
    }


ASKED_OVER_TWO_TASK_SECTIONS = """Kính gửi: Các cơ sở đào tạo trực thuộc Bộ

Bộ Văn hóa, Thể thao và Du lịch đề nghị các cơ sở đào tạo trực thuộc Bộ nghiêm túc thực \
hiện một số nhiệm vụ năm học 2025 - 2026 với các nội dung chủ yếu như sau:

I. NHIỆM VỤ CHUNG

Triển khai thực hiện các chủ trương, định hướng của Đảng về giáo dục và đào tạo.

II. NHIỆM VỤ CỤ THỂ

1. Tập trung hoàn thiện thể chế, cơ chế, chính sách

- Tiếp tục rà soát, sửa đổi, bổ sung các văn bản quy phạm pháp luật.

III. TỔ CHỨC THỰC HIỆN

1. Vụ Đào tạo theo dõi, đôn đốc việc thực hiện.
"""


def test_the_bodies_asked_own_each_section_of_tasks_in_a_row() -> None:
    """ "… đề nghị các cơ sở … thực hiện … như sau:" then "I. NHIỆM VỤ CHUNG" and "II.
    NHIỆM VỤ CỤ THỂ": both sections of tasks are the asked bodies' work; "III. TỔ CHỨC
    THỰC HIỆN" names its own owners."""
    draft = extract(ASKED_OVER_TWO_TASK_SECTIONS, issued=date(2025, 10, 20))
    asked = [("các cơ sở đào tạo trực thuộc Bộ", "responsible")]
    owned = [(x["text"][:10], _owners(draft, x)) for x in draft.duties]
    assert owned[0][1] == asked
    assert owned[1] == ("Tiếp tục r", asked)
    assert owned[2][1] == [("Vụ Đào tạo", "responsible")]
    _valid(draft)


HOLDER_IN_A_FIELD = """KẾ HOẠCH
II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN
1. Xây dựng, ban hành các văn bản hướng dẫn
1.1. Xây dựng và ban hành Hướng dẫn của Ban Thường trực về công tác bầu cử.
- Thời gian hoàn thành: Quý IV/2025.
- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát
- Đơn vị phối hợp: Các đ/c Phó chủ tịch, Trưởng đoàn thể xã.
"""


def test_an_office_holder_alone_in_a_field_is_written_as_printed() -> None:
    """ "Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, phụ trách …": a name standing
    alone in a field keeps its honorific as written (the owner's name drops it)."""
    draft = extract(HOLDER_IN_A_FIELD, issued=date(2025, 11, 18))
    duty = _by_id(draft)["II.1.1"]
    assert _owners(draft, duty)[0] == (
        "Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát",
        "lead",
    )
    names = {o["name"] for o in draft.data["owners"]}
    assert "Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát" in names
    _valid(draft)


def test_notifying_ends_the_name_of_the_body_that_notifies() -> None:
    """ "Trung tâm Điều độ Hệ thống điện Quốc gia thông báo cho các đơn vị …": "thông báo
    cho" is the body's verb, no word of its name."""
    got = subject(
        "Trung tâm Điều độ Hệ thống điện Quốc gia thông báo cho các đơn vị phát điện đảm "
        "bảo mức độ sẵn sàng.",
        Registry(),
    )
    assert got is not None
    assert [n.written for n in got.responsible + got.leads] == [
        "Trung tâm Điều độ Hệ thống điện Quốc gia"
    ]


HOLDERS_AS_LABELS = """KẾ HOẠCH
IV. TỔ CHỨC THỰC HIỆN
1. Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban Thường trực: Trực tiếp \
chỉ đạo chuẩn bị tốt các nội dung trang trí, khánh tiết.
2. Đồng chí Bí thư Đảng ủy trực tiếp chủ trì, chỉ đạo giải quyết dứt điểm các nội dung trên.
"""


def test_an_office_holder_labelling_the_work_after_a_colon_is_written_as_printed() -> None:
    """ "1. Đồng chí Phó Trưởng phòng … - Phó Trưởng tiểu ban Thường trực: Trực tiếp chỉ đạo
    …": the name stands alone before its colon, as in a heading, and keeps its honorific;
    "2. Đồng chí Bí thư Đảng ủy trực tiếp chủ trì …" addresses the holder in a sentence."""
    draft = extract(HOLDERS_AS_LABELS, issued=date(2025, 11, 20))
    d = _by_id(draft)
    assert [n for n, _ in _owners(draft, d["IV.1"])] == [
        "Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban Thường trực"
    ]
    assert [n for n, _ in _owners(draft, d["IV.2"])] == ["Bí thư Đảng ủy"]
    _valid(draft)


def test_a_groups_corporations_by_their_kind_are_a_second_owner() -> None:
    """ "Trung tâm Thông tin Điện lực, các Tổng công ty Điện lực cung cấp …": "các Tổng công
    ty …" names a group's corporations, an owner of its own after the comma."""
    got = subject(
        "Trung tâm Thông tin Điện lực, các Tổng công ty Điện lực cung cấp thông tin thường "
        "xuyên về tình hình cung ứng điện.",
        Registry(),
    )
    assert got is not None
    assert [n.written for n in got.responsible + got.leads] == [
        "Trung tâm Thông tin Điện lực",
        "các Tổng công ty Điện lực",
    ]


def test_a_city_asks_its_district_named_in_lower_case() -> None:
    """ "UBND TP giao quận Đống Đa phối hợp với …": the district is written in lower case
    before its capitalised name; it, not the city that asks, leads. In a list ("các
    huyện, thị xã Long Khánh") the town stays one of the collective's members."""
    got = subject(
        "UBND TP Hà Nội giao quận Hoàn Kiếm phối hợp với các đơn vị liên quan làm rõ.",
        Registry(),
    )
    assert got is not None
    assert [n.written for n in got.leads] == ["quận Hoàn Kiếm"]
    got = subject(
        "Ủy ban nhân dân các huyện, thị xã Long Khánh chủ trì thực hiện việc rà soát.",
        Registry(),
    )
    assert got is not None
    assert len(got.leads) == 1


_MATTER_THEN_LATELY = """\
---
layout: post
title: "Vụ lấp hồ gây xôn xao"
date: Thu, 26 Sep 2024 16:00:00 +0700
categories: entries VN
---
[Vụ lấp hồ gây xôn xao](https://example.vn/vu-lap-ho-20240926.htm)

Để thi công dự án, nhà thầu đã san lấp tạm khoảng 6.500m² mặt nước hồ.

Liên quan đến vụ việc, mới đây UBND TP Hà Nội giao quận Hoàn Kiếm phối hợp với các \
đơn vị liên quan làm rõ và xử lý thông tin phản ánh, báo cáo trước ngày 30/9/2024.

Theo tìm hiểu, dự án có tổng mức đầu tư hơn 297 tỉ đồng, thời gian thực hiện 415 ngày.
"""


def test_a_scraped_pages_request_after_its_matter_and_lately_is_read() -> None:
    """ "Liên quan đến vụ việc, mới đây UBND TP giao X …": the matter the report is about
    and when, then the body that asks and whom; the one request of the page, whole."""
    duties = extract(_MATTER_THEN_LATELY, issued=date(2024, 9, 26)).duties
    assert [(d["text"][:22], d["windows"]) for d in duties] == [
        ("Liên quan đến vụ việc,", ["trước ngày 30/9/2024"])
    ]
    assert [o["owner"] for o in duties[0]["owners"] if o["role"] == "lead"] == ["quan_hoan_kiem"]


_OWNER_LINES_OVER_ITEMS = """\
Tại Công văn số 12/CV-BCĐ, Ban Chỉ đạo đề nghị các bộ, địa phương thực hiện như sau:

*** Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương**

(1) Khẩn trương sắp xếp hệ thống tổ chức khuyến nông, hoàn thành trước ngày 15/8/2025.

(2) Bố trí viên chức khuyến nông cho cấp xã.

*** Bộ Nông nghiệp và Môi trường**

(1) Ban hành văn bản hướng dẫn chức năng, nhiệm vụ của tổ chức khuyến nông.

(2) Tăng cường tập huấn cho lực lượng cán bộ khuyến nông.
"""


def test_unlabelled_owner_lines_over_their_own_items_head_them() -> None:
    """A body's name on a line of its own (bold, no label) over items counted from (1),
    then another body's over (1) again: each name heads the items under it, as a
    lettered point's owner does."""
    duties = extract(_OWNER_LINES_OVER_ITEMS, issued=date(2025, 8, 1)).duties
    leads = [[o["owner"] for o in d["owners"]] for d in duties]
    assert len(duties) == 4
    assert leads[0] == leads[1] != leads[2]
    assert leads[2] == leads[3] == ["bo_nnmt"]
    assert duties[0]["windows"] == ["trước ngày 15/8/2025"]
    # So with plain names leading in with a colon.
    plain = re.sub(r"\*\*\* (.*)\*\*", r"\1:", _OWNER_LINES_OVER_ITEMS)
    assert "Bộ Nông nghiệp và Môi trường:\n" in plain
    duties = extract(plain, issued=date(2025, 8, 1)).duties
    assert [[o["owner"] for o in d["owners"]] for d in duties] == leads
    # So in the copy without its markdown, where the bold's stray "*" is a bullet.
    bullets = re.sub(r"\*\*\* (.*)\*\*", r"* \1", _OWNER_LINES_OVER_ITEMS)
    assert "\n* Bộ Nông nghiệp và Môi trường\n" in bullets
    duties = extract(bullets, issued=date(2025, 8, 1)).duties
    assert [[o["owner"] for o in d["owners"]] for d in duties] == leads


INSPECTION_PARTICULARS = """Kính gửi: Công ty cổ phần Xây dựng A
Sở Công Thương thông báo kế hoạch kiểm tra công tác nghiệm thu công trình, cụ thể như sau:
1. Giai đoạn kiểm tra: Giai đoạn hoàn thành thi công xây dựng công trình.
2. Thời gian kiểm tra: Ngày 31 tháng 03 năm 2026 (thứ Ba)
3. Địa điểm: Tại hiện trường công trình.
4. Nội dung kiểm tra:
- Kiểm tra hiện trường công trình, đối chiếu với hồ sơ hoàn công.
"""


def test_an_inspections_time_particular_holding_only_a_date_is_no_duty() -> None:
    """ "2. Thời gian kiểm tra: Ngày 31 tháng 03 năm 2026 (thứ Ba)" among the particulars of
    an inspection: the day it is held, nothing to do; its date is no deadline of its own."""
    draft = extract(INSPECTION_PARTICULARS, issued=date(2026, 3, 27))
    texts = [d["text"] for d in draft.duties]
    assert not any(t.startswith("Thời gian kiểm tra") for t in texts)
    assert any(t.startswith("Kiểm tra hiện trường") for t in texts)
    _valid(draft)


def test_a_run_in_list_finishing_a_prepositions_phrase_stays_one_task() -> None:
    """ "… gửi về Tập đoàn trong dịp: i) Giỗ Tổ … trước ngày 15/4/2024; ii) Lễ 30/4 …
    trước ngày 24/4/2024.": the colon leaves "trong dịp" open; its ";" parts are the
    occasions, each with its date, not tasks: one duty, dated from its first occasion."""
    text = (
        "Tập đoàn Điện lực Việt Nam vừa ký Công văn về bảo đảm cung cấp điện dịp lễ.\n\n"
        "Các Tổng công ty Điện lực lập kế hoạch bảo đảm cung cấp điện, gửi về Tập đoàn trong "
        "dịp: i) Giỗ Tổ Hùng Vương trước ngày 15/4/2024; ii) Lễ 30/4, 1/5 trước ngày "
        "24/4/2024.\n\n"
        "Trung tâm Điều độ Hệ thống điện Quốc gia chủ trì, phối hợp với các đơn vị kiểm tra, "
        "hướng dẫn vận hành.\n\n"
        "Bộ Tài chính chủ trì bảo đảm kinh phí cho các nội dung: mua sắm; vận chuyển.\n"
    )
    draft = extract(text, issued=date(2024, 4, 10))
    duties = draft.data["duties"]
    assert not any(d["text"].startswith(("i)", "ii)")) for d in duties)
    plan = next(d for d in duties if "lập kế hoạch" in d["text"])
    assert plan["text"].endswith("trước ngày 24/4/2024.")
    assert plan["windows"][0] == "trước ngày 15/4/2024"


def test_a_paragraph_asking_to_carry_out_the_points_after_its_colon_is_a_lead_in() -> None:
    """ "Công văn nêu rõ: Thực hiện Chỉ thị …, trong các ngày nghỉ Giỗ Tổ Hùng Vương
    (18/4/2024) …, Tập đoàn yêu cầu các đơn vị triển khai thực hiện:": the paragraphs after
    it are what to carry out; it is no duty, and the holidays' dates are no deadline."""
    text = (
        "Tập đoàn Điện lực Việt Nam (EVN) có Công văn về việc bảo đảm cung cấp điện dịp lễ."
        "\n\nCông văn nêu rõ: Thực hiện Chỉ thị số 14/CT-BCT của Bộ Công Thương, để bảo đảm "
        "cung cấp điện trong các ngày nghỉ Giỗ Tổ Hùng Vương (18/4/2024) và ngày Quốc tế Lao "
        "động (1/5/2024), Tập đoàn yêu cầu các đơn vị triển khai thực hiện:\n\n"
        "Thứ nhất, lập và thực hiện phương án bảo đảm cung ứng điện trong thời gian nghỉ lễ.\n\n"
        "Thứ hai, tăng cường kiểm tra, xử lý các khiếm khuyết trên lưới điện.\n\n"
        "Thứ ba, phối hợp với các cấp chính quyền địa phương tuyên truyền sử dụng điện an toàn."
        "\n\nThứ tư, Trung tâm Điều độ Hệ thống điện Quốc gia tính toán phương thức vận hành."
        "\n\nThứ năm, các Tổng công ty Điện lực chỉ đạo các Công ty Điện lực làm việc với UBND "
        "các tỉnh.\n\n"
        "Thứ sáu, Công ty Viễn thông Điện lực bảo đảm vận hành an toàn hệ thống đường truyền.\n"
    )
    duties = extract(text, issued=date(2024, 4, 10)).data["duties"]
    assert not any(d["text"].startswith("Công văn nêu rõ") for d in duties)
    assert any(d["text"].startswith("Thứ nhất, lập") for d in duties)
    assert not any(d.get("timing") for d in duties)


SUBMISSION_REVIEW = """SỞ NỘI VỤ
TỜ TRÌNH
Báo cáo, đề xuất phương án xử lý các hội cấp tỉnh
Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh
Sở Nội vụ báo cáo và đề xuất Chủ tịch Ủy ban nhân dân tỉnh như sau:
1. Kết quả rà soát và đề xuất
a) Kết quả thực hiện Công văn số 2769/UBND-NCKSTTHC
- 04 hội báo cáo đang chuẩn bị hồ sơ tổ chức đại hội, trong đó Hiệp hội Nước mắm dự kiến \
tổ chức đại hội vào ngày 18/12/2024.
b) Ý kiến đề xuất của Sở Nội vụ
- Đề nghị gia hạn thời gian tổ chức đại hội cho các hội đến ngày 31/12/2024.
2. Từ các nội dung trên, Sở Nội vụ tham mưu Chủ tịch Ủy ban nhân dân tỉnh các nội dung sau:
a) Văn bản yêu cầu các hội hoàn thành tổ chức đại hội nhiệm kỳ chậm nhất ngày 31/12/2024.
b) Giao Sở Nội vụ theo dõi việc thực hiện các nội dung trên.
"""


def test_a_submissions_review_and_proposal_sections_hold_no_duty() -> None:
    """ "1. Kết quả rà soát và đề xuất" over "a) Kết quả thực hiện …" (what the review
    found) and "b) Ý kiến đề xuất của Sở …" (what the body proposes): no duty, their dates
    no deadline; the section that asks for the decision ("2. … tham mưu … các nội dung
    sau:") is read."""
    duties = extract(SUBMISSION_REVIEW, issued=date(2024, 11, 28)).data["duties"]
    assert [(d["id"], d["windows"]) for d in duties] == [
        ("S.2.a", ["ngày 31/12/2024"]),
        ("S.2.b", ["không thời hạn"]),
    ]


def test_what_attendees_reported_at_a_meeting_is_no_duty() -> None:
    """ "Tại phiên họp, các bộ, ngành, địa phương báo cáo cụ thể … . Nhìn chung, … . Trong
    đó, chuẩn bị … khởi công … vào tháng 12/2025 …": what was reported, sentence after
    sentence; its month is a plan told, no deadline. The requests after it are read."""
    text = (
        "Thủ tướng Chính phủ chủ trì phiên họp thứ ba của Ban Chỉ đạo các công trình đường "
        "sắt.\n\n"
        "Tại phiên họp, các bộ, ngành, địa phương báo cáo cụ thể tình hình triển khai các dự "
        "án về: công tác lập báo cáo nghiên cứu khả thi; công tác giải phóng mặt bằng… Nhìn "
        "chung, việc triển khai các nhiệm vụ đang được triển khai tích cực. Trong đó, chuẩn "
        "bị các điều kiện để khởi công dự án tuyến đường sắt Lào Cai - Hà Nội vào tháng "
        "12/2025 như chỉ đạo của Thủ tướng Chính phủ.\n\n"
        "Thủ tướng yêu cầu Bộ Xây dựng hoàn thành báo cáo nghiên cứu khả thi trong tháng "
        "10/2025.\n\n"
        "Thủ tướng giao Bộ Tài chính bố trí đủ vốn cho các dự án đường sắt trong năm 2025.\n"
    )
    duties = extract(text, issued=date(2025, 7, 1)).data["duties"]
    assert [(d["id"], d["windows"]) for d in duties] == [
        ("S.1", ["không thời hạn"]),
        ("S.2", ["tháng 10/2025"]),
        ("S.3", ["năm 2025"]),
    ]


def test_a_request_after_a_decision_told_in_its_sentence_is_the_duty() -> None:
    """ "(1) Đối với …: Thủ tướng Chính phủ đã đồng ý chấp thuận …, đề nghị Bộ Tài chính
    tổng hợp, báo cáo …. Bộ Quốc phòng, Bộ Công an chịu trách nhiệm cập nhật …": the
    decision is no one's task; the request after the comma is one, and the next sentence,
    naming owners of its own, another."""
    text = (
        "Phó Thủ tướng Chính phủ kết luận như sau:\n\n"
        "(1) Đối với dự án thuộc trường hợp Thủ tướng Chính phủ chấp thuận chủ trương đầu tư: "
        "Thủ tướng Chính phủ đã đồng ý chấp thuận chủ trương đầu tư dự án, đề nghị Bộ Tài "
        "chính tổng hợp, báo cáo Thủ tướng Chính phủ. Bộ Quốc phòng, Bộ Công an chịu trách "
        "nhiệm cập nhật quy hoạch theo quy định.\n\n"
        "(2) Giao Bộ Xây dựng chủ trì rà soát, báo cáo Thủ tướng Chính phủ.\n\n"
        "(3) Giao Bộ Y tế hướng dẫn các địa phương.\n"
    )
    draft = extract(text, issued=date(2025, 2, 4))
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    got = [(d["text"][:30], [names[o["owner"]] for o in d["owners"]]) for d in draft.data["duties"]]
    assert got[:2] == [
        ("đề nghị Bộ Tài chính tổng hợp,", ["Bộ Tài chính"]),
        ("Bộ Quốc phòng, Bộ Công an chịu", ["Bộ Quốc phòng", "Bộ Công an"]),
    ]
    assert len(got) == 4


SPELLED_OUT_CHECKS = """KẾ HOẠCH
Kiểm tra, giám sát công tác bầu cử
I. NỘI DUNG KIỂM TRA, GIÁM SÁT
1. Kiểm tra việc hiệp thương về cơ cấu người ứng cử
- Kiểm tra việc hiệp thương thỏa thuận về cơ cấu, thành phần người ứng cử theo quy định. Cụ thể:
- Việc đảm bảo về tiêu chuẩn, cơ cấu người được giới thiệu ứng cử;
- Đảm bảo thời gian, quy trình tổ chức hội nghị hiệp thương.
* Thời gian thực hiện: Trong khoảng thời gian từ ngày 01/12/2025 đến ngày 14/12/2025.
2. Giám sát việc lập, niêm yết danh sách cử tri
Giám sát việc lập danh sách cử tri theo quy định của Luật Bầu cử. Cụ thể các nội dung:
- Cách tính tuổi của cử tri;
- Những trường hợp đặc biệt cần báo cáo rõ để hội nghị xem xét;
- Việc niêm yết danh sách cử tri.
* Thời gian thực hiện: Trong khoảng thời gian từ ngày 03/02/2026 đến ngày 15/03/2026.
"""


def test_an_action_then_cu_the_over_detail_points_is_one_duty() -> None:
    """ "2. Giám sát việc lập, niêm yết …" (a title) over "Giám sát việc lập danh sách …
    . Cụ thể các nội dung:" (its work said in full) and "- Cách tính tuổi …", "- Việc
    niêm yết …" (what is checked: no owner, no date, not all actions): one duty, the
    sentence's, dated by the item's time field. So a first bullet "- Kiểm tra … . Cụ
    thể:" over the bullets after it."""
    duties = extract(SPELLED_OUT_CHECKS, issued=date(2025, 11, 20)).data["duties"]
    got = [(d["id"], d["text"][:24], d["windows"]) for d in duties]
    assert got == [
        (
            "I.1.a",
            "Kiểm tra việc hiệp thươn",
            [
                "từ tháng 12/2025 đến hết ngày 14/12/2025",
            ],
        ),
        ("I.2", "Giám sát việc lập danh s", ["từ ngày 3/2/2026 đến hết ngày 15/3/2026"]),
    ]
    assert "Việc niêm yết danh sách cử tri" in duties[1]["text"]


def test_an_items_sentence_broken_off_after_its_role_goes_on_across_an_empty_line() -> None:
    """ "3. Bộ Quốc phòng chủ trì, phối hợp với … chuẩn bị tổ chức tốt" then, after an
    empty line, "Lễ kỷ niệm, … trong tháng 5 năm 2025.": one item, its month its own."""
    text = (
        "Phó Thủ tướng Chính phủ có ý kiến chỉ đạo như sau:\n\n"
        "1. Bộ Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan liên quan xây "
        "dựng kịch bản Lễ kỷ niệm, hoàn thành trước ngày 30 tháng 4 năm 2025.\n\n"
        "2. Bộ Quốc phòng chủ trì, phối hợp với các cơ quan liên quan chuẩn bị tổ chức tốt\n\n"
        "Lễ kỷ niệm, diễu binh, diễu hành; xây dựng Đề án diễu binh, trình Ban Chỉ đạo "
        "trong tháng 5 năm 2025.\n"
    )
    duties = extract(text, issued=date(2025, 4, 1)).data["duties"]
    assert [(d["id"], d["windows"]) for d in duties] == [
        ("S.1", ["trước ngày 30/4/2025"]),
        ("S.2", ["tháng 5/2025"]),
    ]
    assert duties[1]["text"].startswith("Bộ Quốc phòng chủ trì")


def test_a_news_pages_request_above_the_items_it_quotes_is_read() -> None:
    """A news page reports a request in a paragraph ("Chính phủ yêu cầu Bộ Quốc phòng, Bộ
    Công an phối hợp …"), then, under a subheading of its own, quotes a document's items
    "1. …", "2. …": the request is a duty beside the items; the page's story before it
    ("Tại Nghị quyết … đã được ban hành.") is not."""
    text = (
        "# Chính phủ yêu cầu chuẩn bị tổ chức diễu binh\n\n"
        "Tại Nghị quyết 124/NQ-CP phiên họp Chính phủ thường kỳ tháng 4 năm 2025 đã được "
        "Chính phủ ban hành.\n\n"
        "Chính phủ yêu cầu Bộ Quốc phòng, Bộ Công an phối hợp với các Bộ, cơ quan liên quan "
        "chủ động chuẩn bị tổ chức lễ diễu binh, duyệt binh.\n\n"
        "## Diễu binh diễn ra ở đâu?\n\n"
        "Căn cứ tại Công văn 2620/VPCP-KGVX năm 2025, Phó Thủ tướng có ý kiến như sau:\n\n"
        "1. Ủy ban nhân dân Thành phố Hà Nội chủ trì, phối hợp với các Bộ xây dựng Đề án "
        "tổng thể, trình Ban Chỉ đạo trước ngày 05 tháng 4 năm 2025.\n\n"
        "2. Bộ Văn hóa, Thể thao và Du lịch chủ trì xây dựng kịch bản Lễ kỷ niệm, hoàn thành "
        "trước ngày 30 tháng 4 năm 2025.\n"
    )
    duties = extract(text, issued=date(2025, 4, 1)).data["duties"]
    got = [(d["text"][:24], d["windows"]) for d in duties]
    assert got == [
        ("Chính phủ yêu cầu Bộ Quố", ["không thời hạn"]),
        ("Ủy ban nhân dân Thành ph", ["trước ngày 5/4/2025"]),
        ("Bộ Văn hóa, Thể thao và ", ["trước ngày 30/4/2025"]),
    ]


DATED_STEPS_UNDER_FIELDS = """KẾ HOẠCH
Tổ chức công tác bầu cử
II. NỘI DUNG
2. Tổ chức các hội nghị hiệp thương
2.1. Chuẩn bị các văn bản về nhân sự và tổ chức 3 Hội nghị hiệp thương.
- Nguyên tắc tổ chức hiệp thương: Bảo đảm dân chủ, công khai, đúng quy trình.
- Tài liệu phục vụ hội nghị: Gồm danh sách trích ngang người ứng cử, biên bản hội nghị.
(1) Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025 (trước ngày bầu cử 95 ngày).
(2) Tổ chức hiệp thương lần thứ hai: Chậm nhất ngày 03/02/2026 (trước ngày bầu cử 40 ngày).
- Thời gian hoàn thành: Quý IV/2025 và Quý I/2026;
- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã
- Kết quả: Hồ sơ nhân sự, các văn bản phục vụ các Hội nghị
2.2. Tổ chức Hội nghị tiếp xúc cử tri theo hướng dẫn.
- Thời gian hoàn thành: Quý I/2026;
- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã
"""


def test_dated_steps_counted_from_one_under_a_fielded_item_are_its_duties() -> None:
    """ "2.1. Chuẩn bị … tổ chức 3 Hội nghị …" over two "- Label: …" points, then "(1) Tổ
    chức hiệp thương lần thứ nhất: Chậm nhất ngày …", "(2) …" and the item's fields: the
    steps (no footnotes: each acts and is dated) are the duties, with the fields' owner;
    the item is not listed again, and the points beside the steps take no date."""
    draft = extract(DATED_STEPS_UNDER_FIELDS, issued=date(2025, 11, 20))
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    got = {
        d["text"][:30]: (d["windows"], [names[o["owner"]] for o in d["owners"]])
        for d in draft.data["duties"]
    }
    owner = ["Ban Thường trực Ủy ban MTTQ Việt Nam xã"]
    assert got["Tổ chức hiệp thương lần thứ nh"] == (["ngày 10/12/2025"], owner)
    assert got["Tổ chức hiệp thương lần thứ ha"] == (["ngày 3/2/2026"], owner)
    assert got["Nguyên tắc tổ chức hiệp thương"][0] == ["không thời hạn"]
    assert not any(t.startswith("Chuẩn bị các văn bản") for t in got)
    assert got["Tổ chức Hội nghị tiếp xúc cử t"][0] == ["quý I/2026"]


_NOTICE_BODIES = {
    "paragraphs": (
        "Ủy ban nhân dân tỉnh yêu cầu Sở Y tế báo cáo kết quả trước ngày 15/12/2025.\n\n"
        "Giao Sở Tài chính bố trí kinh phí trong năm 2026.\n\n"
        "Giao Sở Nội vụ hướng dẫn các xã triển khai trước ngày 30/6/2026.\n"
    ),
    "items": (
        "1. Sở Y tế báo cáo kết quả trước ngày 15/12/2025.\n"
        "2. Giao Sở Tài chính bố trí kinh phí trong năm 2026.\n"
    ),
    "bullets": (
        "- Sở Y tế báo cáo kết quả trước ngày 15/12/2025.\n"
        "- Sở Tài chính bố trí kinh phí trong năm 2026.\n"
    ),
}
_NOTICE_TITLES = {
    "alone": "THÔNG BÁO\n\n",
    "plan alone": "KẾ HOẠCH\n",
    "with subject": (
        "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 10/11/2025 về công "
        "tác phòng chống lụt bão năm 2025\n\n"
    ),
    "subject asking": (
        "THÔNG BÁO\nÝ kiến chỉ đạo của Chủ tịch UBND tỉnh giao Sở Xây dựng kiểm tra công "
        "trình trong tháng 12/2025\n\n"
    ),
    "plan with subject": "KẾ HOẠCH\nSở Y tế triển khai tiêm chủng trước ngày 31/12/2025\n",
    "bold": (
        "**THÔNG BÁO**\n\n**Kết luận của Phó Thủ tướng về dự án đường sắt trong tháng 12/2025**\n\n"
    ),
}


@pytest.mark.parametrize("title", sorted(_NOTICE_TITLES))
@pytest.mark.parametrize("body", sorted(_NOTICE_BODIES))
def test_a_headerless_notices_title_lines_are_no_duty_and_no_date(title: str, body: str) -> None:
    """ "THÔNG BÁO" / "KẾ HOẠCH" alone at the top of a text with no header, or with its
    subject line under it (dated, even naming a body and a verb): the title, never a duty,
    its date no deadline; the duties are the body's."""
    duties = extract(_NOTICE_TITLES[title] + _NOTICE_BODIES[body], issued=date(2025, 11, 20)).data[
        "duties"
    ]
    assert [d["windows"][0] for d in duties][:2] == ["trước ngày 15/12/2025", "năm 2026"]
    assert all(d["text"].startswith(("Ủy ban", "Giao", "Sở")) for d in duties)


def test_a_speakers_stress_run_in_before_his_request_is_cut_off() -> None:
    """ "Khẳng định việc … là nhiệm vụ chính trị quan trọng, Phó Chủ tịch UBND tỉnh Trần
    Châu yêu cầu Sở NN&PTNT …": the stress frames the request; the duty is read from the
    speaker, its owner the body asked."""
    text = (
        "Ngày 17.10, Đoàn công tác của Bộ NN&PTNT đã làm việc với UBND tỉnh.\n\n"
        "Khẳng định việc khắc phục cảnh báo của EC là nhiệm vụ chính trị quan trọng, Phó "
        "Chủ tịch UBND tỉnh Trần Châu yêu cầu Sở NN&PTNT xây dựng chương trình làm việc "
        "với Đoàn công tác.\n\n"
        "Ban quản lý các cảng cá thực hiện đúng chức năng, nhiệm vụ, quyền hạn.\n\n"
        "Bộ chỉ huy BĐBP tỉnh kiểm tra, giám sát tàu cá ra vào các cảng cá.\n\n"
        "Chi cục Thủy sản tỉnh phối hợp các huyện ven biển kiểm tra các phương tiện.\n"
    )
    draft = extract(text, issued=date(2018, 10, 18))
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    first = draft.data["duties"][0]
    assert first["text"].startswith("Phó Chủ tịch UBND tỉnh Trần Châu yêu cầu")
    assert [names[o["owner"]] for o in first["owners"]] == ["Sở NN&PTNT"]


ASSIGNED_IN_TIME_FIELD = """KẾ HOẠCH
Khắc phục hạn chế sau kiểm tra
II. NỘI DUNG
2.1. Việc tiếp nhận văn bản mật còn tình trạng chưa vào sổ.
- Nguyên nhân: Khâu tiếp nhận văn bản còn chưa chặt chẽ.
- Giải pháp thực hiện: Giao cán bộ được phân công thực hiện:
+ Thực hiện nghiêm các bước xử lý khi tiếp nhận văn bản mật;
+ Hướng dẫn các phòng ban lập sổ theo đúng mẫu.
- Thời gian thực hiện: Thực hiện thường xuyên từ tháng 6/2024; giao Văn phòng HĐND&UBND thị xã \
chủ trì tham mưu triển khai thực hiện đảm bảo theo quy định.
2.2. Việc bàn giao tài liệu mật trước khi chuyển công tác chưa thực hiện.
- Giải pháp thực hiện: Nâng cao trách nhiệm của người trực tiếp quản lý tài liệu mật.
- Thời gian thực hiện: Các cá nhân khi thôi việc, chuyển công tác. Giao phòng Nội vụ thị xã \
tham mưu, theo dõi việc thực hiện bàn giao tài liệu mật.
"""


def test_an_assignment_run_on_in_a_time_field_is_a_duty_of_its_own() -> None:
    """ "- Thời gian thực hiện: … từ tháng 6/2024; giao Văn phòng … chủ trì tham mưu …",
    "- Thời gian thực hiện: … . Giao phòng Nội vụ … theo dõi …": the field's time, then
    work given to a body by name — a duty with that owner, in the field's time."""
    draft = extract(ASSIGNED_IN_TIME_FIELD, issued=date(2024, 9, 9))
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    given = {
        d["text"][:16]: [names[o["owner"]] for o in d["owners"]]
        for d in draft.data["duties"]
        if d["text"].lower().startswith("giao ")
    }
    assert given == {
        "giao Văn phòng H": ["Văn phòng HĐND&UBND thị xã"],
        "Giao phòng Nội v": ["phòng Nội vụ thị xã"],
    }


def test_a_bodys_unit_in_a_bracket_closing_an_owner_heading_stays_with_it() -> None:
    """ "1. Sở Nội vụ (Ban Thi đua - Khen thưởng Thành phố):" over points: the unit that
    does the work is named with its body; an aside in a bracket ("(nếu có)") is not."""
    text = (
        "Điều 5. Quy trình xét tặng\n"
        "1. Sở Nội vụ (Ban Thi đua - Khen thưởng Thành phố):\n"
        "a) Rà soát, thẩm định hồ sơ theo quy định;\n"
        "b) Tổng hợp, trình Chủ tịch Ủy ban nhân dân Thành phố xem xét.\n"
        "2. Sở Tài chính (nếu có):\n"
        "a) Bố trí kinh phí khen thưởng.\n"
    )
    draft = extract(text, issued=date(2024, 9, 9))
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    owners = [[names[o["owner"]] for o in d["owners"]] for d in draft.data["duties"]]
    assert owners == [
        ["Sở Nội vụ (Ban Thi đua - Khen thưởng Thành phố)"],
        ["Sở Nội vụ (Ban Thi đua - Khen thưởng Thành phố)"],
        ["Sở Tài chính"],
    ]


_RETOLD_RESOLUTION_BODY = (
    "Tại Nghị quyết 99/NQ-CP phiên họp Chính phủ thường kỳ tháng 3/2019 vừa được ban hành, "
    "Chính phủ yêu cầu Bộ Giao thông vận tải chỉ đạo đẩy nhanh tiến độ thực hiện các dự án "
    "giao thông trọng điểm. Kịp thời hoàn thiện các điều kiện để Quốc hội xem xét dự án "
    "đường bộ cao tốc. Chủ trì, phối hợp với Bộ Tài chính tiếp tục rà soát, có giải pháp "
    "giảm phí tại một số trạm thu phí BOT trên nguyên tắc hài hòa lợi ích các bên. Văn Nam"
)


def test_a_scraped_page_retelling_a_document_reads_its_request_and_not_the_summary() -> None:
    """ "Tại Nghị quyết … vừa được ban hành, Chính phủ yêu cầu X …": the document retold is
    the report's opening; X owns the request. The page's summary, which the body says
    again in full, is no second duty (there its name was cut short: "Bộ Giao thông")."""
    from nq42cli.core.layout_runon import split_run_on

    sapo = (
        "Chính phủ yêu cầu Bộ Giao thông chủ trì, phối hợp với Bộ Tài chính tiếp tục rà soát, "
        "có giải pháp giảm phí tại một số trạm thu phí BOT."
    )
    page = f"Tiếp tục rà soát phí BOT\n{sapo}\n{_RETOLD_RESOLUTION_BODY}"
    assert split_run_on(page).summary == 2
    draft = extract(page)
    texts = [d["text"][:40] for d in draft.duties]
    assert "Chính phủ yêu cầu Bộ Giao thông chủ trì," not in texts
    assert _owners(draft, _starting(draft, "Chính phủ yêu cầu Bộ Giao")) == [
        ("Bộ Giao thông vận tải", "responsible")
    ]
    assert _owners(draft, _starting(draft, "Kịp thời hoàn thiện các đ")) == [
        ("Bộ Giao thông vận tải", "responsible")
    ]
    assert _owners(draft, _starting(draft, "Chủ trì, phối hợp với Bộ ")) == [
        ("Bộ Giao thông vận tải", "lead"),
        ("Bộ Tài chính", "partner"),
    ]
    # A summary in words of its own is not restated: it stays the page's first request.
    other = "Chính phủ giao các bộ tháo gỡ vướng mắc về phí giao thông trong năm nay cho dân."
    assert (
        split_run_on(f"Tiếp tục rà soát phí BOT\n{other}\n{_RETOLD_RESOLUTION_BODY}").summary == 0
    )


def test_a_letter_carrying_a_request_is_owned_by_whom_it_asks() -> None:
    """ "Bộ Y tế tiếp tục ra công văn lần thứ 2 đề nghị Sở Y …", "Sở X vừa có văn bản khẩn
    yêu cầu Y …": the letter is how the request came; who is asked owns it, also behind
    the report's "Liên quan đến …," opening on a scraped page."""
    reg = Registry()
    cases = {
        "Bộ Y tế tiếp tục ra công văn lần thứ 2 đề nghị Sở Y tế tỉnh Bắc Giang thành lập "
        "Hội đồng chuyên môn.": "Sở Y tế tỉnh Bắc Giang",
        "Sở Xây dựng vừa có văn bản khẩn yêu cầu UBND các quận, huyện kiểm tra.": (
            "UBND các quận, huyện"
        ),
    }
    for text, owner in cases.items():
        got = subject(text, reg)
        assert got is not None, text
        assert [n.written for n in got.responsible] == [owner], text
    body = (
        "Liên quan đến vụ một bệnh nhân tử vong tại phòng khám tư nhân vừa qua, Bộ Y tế tiếp "
        "tục ra công văn lần thứ 2 đề nghị Sở Y tế tỉnh Bắc Giang thành lập Hội đồng chuyên "
        "môn để xác định nguyên nhân tai biến. Đồng thời, phối hợp với các cơ quan chức năng "
        "để yêu cầu bác sĩ tường trình chi tiết quá trình khám bệnh. Trước đó, bệnh nhân đã "
        "đến khám lúc 16 giờ. Gia đình đã trình báo công an. Phóng viên"
    )
    page = f"Bộ Y tế ra văn bản lần 2\nBộ Y tế có văn bản về vụ việc.\n{body}"
    draft = extract(page)
    assert _owners(draft, _starting(draft, "Bộ Y tế tiếp tục ra công ")) == [
        ("Sở Y tế tỉnh Bắc Giang", "responsible")
    ]


def test_a_dated_sentence_sending_back_what_was_asked_dates_the_request() -> None:
    """ "Nội dung này cũng gửi về Sở X trước ngày …": the sentence points back at what was
    just asked; its date is that request's deadline, and it is no duty of its own."""
    body = (
        "Sở Xây dựng vừa có văn bản về việc rà soát các dự án nhà ở thương mại. Cụ thể, Sở "
        "Xây dựng yêu cầu UBND các quận, huyện rà soát, tổng hợp các dự án đầu tư xây dựng "
        "nhà ở thương mại trên địa bàn. Nội dung này cũng gửi về Sở Xây dựng trước ngày "
        "21/2/2017. Sở Xây dựng sẽ căn cứ vào kết quả rà soát để quản lý. Minh Anh"
    )
    page = f"Rà soát dự án nhà ở thương mại\nSở Xây dựng có văn bản rà soát.\n{body}"
    draft = extract(page, issued=date(2017, 2, 10))
    asked = _starting(draft, "Cụ thể, Sở Xây dựng yêu c")
    assert asked["windows"] == ["trước ngày 21/2/2017"]
    assert not any(d["text"].startswith("Nội dung này") for d in draft.duties)


def test_a_scraped_body_is_cut_where_a_lost_break_glued_two_words() -> None:
    """ "… sân golfVề các vấn đề …", "… của TP.Thủ tướng yêu cầu …": a subheading or a
    sentence glued to the next with neither break nor space; cut there."""
    from nq42cli.core.layout_runon import split_run_on

    body = (
        "Văn phòng Chính phủ vừa có thông báo kết luận của Thủ tướng. Bộ Giao thông vận tải "
        "thuê tư vấn lập phương án kết nối với các hệ thống chính của TP.Thủ tướng yêu cầu Bộ "
        "Giao thông vận tải báo cáo trước tháng 12/2017. Dừng hoạt động xây dựng sân golfVề "
        "các vấn đề liên quan, Thủ tướng yêu cầu Bộ Quốc phòng rà soát. Hoàng Anh"
    )
    got = split_run_on(f"Kết luận về sân bay\nThủ tướng có kết luận.\n{body}").text.split("\n")
    assert any(x.startswith("Thủ tướng yêu cầu Bộ Giao thông") for x in got)
    assert any(x.startswith("Về các vấn đề liên quan, Thủ tướng") for x in got)
    assert "Dừng hoạt động xây dựng sân golf" in got
    # A city written "TP.Hồ Chí Minh" keeps its dot; a word of mixed case ("eKYC") is no cut.
    kept = split_run_on(
        "Tin\nTóm tắt.\nSở A làm việc tại TP.Hồ Chí Minh. Dùng eKYC cho dân. Sở B họp. Sở C "
        "báo cáo. Sở D làm."
    ).text
    assert "TP.Hồ Chí Minh" in kept
    assert "eKYC cho dân" in kept


def test_a_conclusion_retold_ministry_by_ministry_asks_the_body_it_is_for() -> None:
    """ "Đối với Bộ Xây dựng, Phó Thủ tướng … yêu cầu tăng cường …": the request names no
    one after the speaker; the body the sentence is for is asked. A report's stress
    ("Đặc biệt, …") or what the speaker stressed ("Nhấn mạnh …, Phó Thủ tướng … giao X")
    opens before the speaker, and "mở các đợt …" is the asked body's act, not its name."""
    reg = Registry()
    got = subject(
        "Đối với Bộ Xây dựng, Phó Thủ tướng Thường trực Chính phủ yêu cầu tăng cường hướng "
        "dẫn sử dụng cát nhân tạo.",
        reg,
    )
    assert got is not None
    assert [n.written for n in got.responsible] == ["Bộ Xây dựng"]
    assert got.requested
    # A topic, not a body, before the comma: no owner is made up.
    assert (
        subject(
            "Đối với các dự án của Bộ Xây dựng, Phó Thủ tướng yêu cầu tăng cường kiểm tra.", reg
        )
        is None
    )
    got = subject(
        "Đặc biệt, Phó Thủ tướng Trương Hòa Bình yêu cầu Bộ Công an mở các đợt cao điểm tấn "
        "công tội phạm.",
        reg,
    )
    assert got is not None
    assert [n.written for n in got.responsible] == ["Bộ Công an"]
    got = subject(
        "Nhấn mạnh một số nhiệm vụ trọng tâm thời gian tới, Phó Thủ tướng Thường trực Chính "
        "phủ giao Bộ GTVT chủ trì, phối hợp với Bộ Tư pháp xây dựng Nghị định.",
        reg,
    )
    assert got is not None
    assert [n.written for n in got.leads] == ["Bộ GTVT"]
    assert [n.written for n in got.partners] == ["Bộ Tư pháp"]


def test_a_report_names_its_speaker_by_his_name_after_an_opening_clause() -> None:
    """ "Với quyết tâm …, ông Nguyễn Văn An đề nghị trong quý 3/2017, UBND thành phố sẽ …",
    "Liên quan đến …, ông Nguyễn Văn An lưu ý các địa phương …": the opening frames the
    request; the speaker is named by his name in lower-case "ông", and "lưu ý X" asks X."""
    reg = Registry()
    got = subject("ông Nguyễn Văn An lưu ý các địa phương sớm rà soát các điểm sạt lở.", reg)
    assert got is not None
    assert [n.written for n in got.responsible] == ["các địa phương"]
    assert subject("ông ấy lưu ý các địa phương sớm rà soát.", reg) is None
    body = (
        "Sau hai ngày làm việc, Hội nghị Thành ủy đã bế mạc chiều 28/6. Kinh tế tăng trưởng "
        "7,76%. Với quyết tâm cải cách hành chính, ông Nguyễn Văn An đề nghị trong quý 3/2017, "
        "Ủy ban nhân dân thành phố sẽ tổ chức hội nghị chuyên đề về cải cách hành chính. Liên "
        "quan đến các vấn đề cấp bách, ông Nguyễn Văn An lưu ý các địa phương sớm rà soát các "
        "điểm có nguy cơ sạt lở. Nhấn mạnh vai trò của báo chí, ông Nguyễn Văn An đề nghị các "
        "cơ quan báo chí tiếp tục thông tin những mặt tích cực. Thu Hà"
    )
    draft = extract(f"Bế mạc Hội nghị Thành ủy\nHội nghị đã bế mạc.\n{body}")
    first = _starting(draft, "ông Nguyễn Văn An đề nghị trong")
    assert _owners(draft, first) == [("Ủy ban nhân dân thành phố", "responsible")]
    assert first["windows"] == ["quý III/2017"]
    second = _starting(draft, "ông Nguyễn Văn An lưu ý")
    assert _owners(draft, second) == [("các địa phương", "responsible")]
    third = _starting(draft, "ông Nguyễn Văn An đề nghị các")
    assert _owners(draft, third) == [("các cơ quan báo chí", "responsible")]


EVENT_CARD = """\
KẾ HOẠCH
Huấn luyện kỹ thuật an toàn cho người quản lý

I. MỤC ĐÍCH, YÊU CẦU
1. Huấn luyện, kiểm tra kỹ thuật an toàn cho người quản lý.
II. NỘI DUNG
1. Thời gian: 1,5 ngày (bắt đầu từ 13h30 ngày 06/7/2026).
2. Địa điểm: Hội trường Sở Công Thương.
3. Đối tượng: Là người quản lý của các đơn vị trên địa bàn tỉnh.
4. Nội dung huấn luyện: Quy định tại Điều 7 Nghị định số 181/2024/NĐ-CP ngày 31/12/2024.
III. TỔ CHỨC THỰC HIỆN
1. Giao phòng Quản lý công nghiệp tổ chức huấn luyện, kiểm tra cho các đối tượng.
"""


def test_a_section_of_an_events_particulars_holds_no_duty() -> None:
    """ "II. NỘI DUNG" over "Thời gian: … ngày 06/7/2026", "Địa điểm: …", "Đối tượng: …",
    "Nội dung huấn luyện: …": when, where, for whom and on what the event is, no owner
    and no task field; neither the title nor the points are duties. The event's last day
    (a day and a half from 6 July) dates only the duty that holds the event ("Giao …
    tổ chức huấn luyện, kiểm tra …"), as the test after the people's tables shows."""
    duties = extract(EVENT_CARD, issued=date(2026, 6, 30)).data["duties"]
    assert [(d["id"], d["windows"]) for d in duties] == [("III.1", ["ngày 7/7/2026"])]


SENDING_LINE = """\
ỦY BAN NHÂN DÂN TỈNH X
Số: 12/UBND-KT
V/v báo cáo tình hình các khu công nghiệp

Kính gửi:
- Ban Quản lý Khu kinh tế tỉnh;
- Sở Công Thương.

Thực hiện ý kiến của Lãnh đạo UBND tỉnh, Văn phòng đề nghị các đơn vị báo cáo các nội dung sau:
1. Ban Quản lý Khu kinh tế tỉnh báo cáo tình hình thực hiện các dự án đầu tư.
2. Sở Công Thương báo cáo tình hình theo Nghị quyết số 34-NQ/TU ngày 27/12/2025 của Tỉnh ủy.
Báo cáo của các cơ quan, đơn vị gửi về UBND tỉnh trước ngày 12/6/2026 để tổng hợp.
"""


def test_a_sending_line_after_requests_dates_them_and_is_no_duty() -> None:
    """ "Báo cáo của các cơ quan, đơn vị gửi về UBND tỉnh trước ngày 12/6/2026" under the
    last of the numbered requests: a paper sent, no new work; its date bounds every
    request of the run. "34-NQ/TU ngày …": the code after the slash is no "từ" (from)."""
    duties = extract(SENDING_LINE, issued=date(2026, 6, 1)).data["duties"]
    assert [(d["id"], d["windows"]) for d in duties] == [
        ("S.1", ["trước ngày 12/6/2026"]),
        ("S.2", ["trước ngày 12/6/2026"]),
    ]


def test_a_sending_bullet_after_a_request_dates_it() -> None:
    """ "- Tham gia ý kiến …" then "- Văn bản tham gia ý kiến đề nghị gửi về Sở … trước
    ngày 28/7/2026.": the second bullet only says when the first's paper is due."""
    text = (
        "SỞ CÔNG THƯƠNG\nSố: 5/SCT-CN\nV/v tham gia ý kiến\n\n"
        "Kính gửi: Các Sở, ngành tỉnh.\n\n"
        "Sở Công Thương đề nghị các cơ quan, đơn vị nghiên cứu hồ sơ và tham gia ý kiến bằng "
        "văn bản, cụ thể như sau:\n"
        "- Tham gia ý kiến đối với toàn bộ nội dung đề xuất tại Báo cáo số 42/BC-SCT của Sở "
        "Công Thương.\n"
        "- Văn bản tham gia ý kiến đề nghị gửi về Sở Công Thương trước ngày 28/7/2026.\n"
    )
    duties = extract(text, issued=date(2026, 7, 20)).data["duties"]
    assert [d["windows"] for d in duties] == [["trước ngày 28/7/2026"]]
    assert duties[0]["text"].startswith("Tham gia ý kiến")


def test_the_work_a_cited_paper_gave_the_letters_sender_is_no_duty() -> None:
    """ "Thực hiện Văn bản số … của UBND tỉnh về việc …, trong đó giao Sở Công Thương …,
    báo cáo UBND tỉnh trước ngày 30/7/2026.": what the letter carries out, quoted; its
    date is the cited paper's. The request that follows is the letter's duty."""
    text = (
        "SỞ CÔNG THƯƠNG\nSố: 5/SCT-CN\nV/v tham gia ý kiến\n\n"
        "Kính gửi: Các Sở, ngành tỉnh.\n\n"
        "Thực hiện Văn bản số 7569/UBND-KT ngày 24/7/2026 của UBND tỉnh về việc tham mưu "
        "Phương án thành lập các cụm công nghiệp, trong đó giao Sở Công Thương chủ trì, "
        "phối hợp với Sở Tư pháp hoàn thiện nội dung, báo cáo UBND tỉnh trước ngày "
        "30/7/2026.\n"
        "Sở Công Thương đề nghị các cơ quan, đơn vị tham gia ý kiến bằng văn bản, cụ thể "
        "như sau:\n"
        "- Tham gia ý kiến đối với toàn bộ nội dung đề xuất tại Báo cáo số 42/BC-SCT.\n"
        "- Ý kiến tham gia đề nghị gửi về Sở Công Thương trước ngày 28/7/2026.\n"
    )
    duties = extract(text, issued=date(2026, 7, 25)).data["duties"]
    assert [(d["text"][:16], d["windows"]) for d in duties] == [
        ("Tham gia ý kiến ", ["trước ngày 28/7/2026"])
    ]


ROUNDS = """\
KẾ HOẠCH
Kiểm tra, giám sát công tác bầu cử

I. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN
1. Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026:
a) Nội dung kiểm tra (Đối với Ban công tác Mặt trận các thôn):
- Kiểm tra việc tổ chức Hội nghị Ban công tác Mặt trận.
- Kiểm tra việc giới thiệu người ứng cử (từ 17/12/2025 đến 25/01/2026).
2. Đợt 2: Từ ngày 23/02/2026 đến ngày 14/3/2026 gồm các nội dung chính:
- Giám sát việc lập và niêm yết danh sách cử tri.
3. Đợt 3: Từ ngày 15/3/2026 đến ngày bầu cử gồm các nội dung chính:
- Giám sát việc niêm yết danh sách người ứng cử.
"""


def test_a_rounds_days_date_the_checks_under_it() -> None:
    """ "1. Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026:" over its checks: each is done
    within the round, by its last day; a check's own bracketed days inside it likewise.
    "Đợt 3: Từ ngày 15/3/2026 đến ngày bầu cử": no last day, no deadline."""
    duties = extract(ROUNDS, issued=date(2025, 12, 10)).data["duties"]
    assert [(d["text"][:24], d["windows"]) for d in duties] == [
        ("Kiểm tra việc tổ chức Hộ", ["ngày 20/2/2026"]),
        ("Kiểm tra việc giới thiệu", ["ngày 25/1/2026"]),
        ("Giám sát việc lập và niê", ["ngày 14/3/2026"]),
        ("Giám sát việc niêm yết d", ["không thời hạn"]),
    ]


def test_a_sentence_telling_when_meetings_run_is_no_duty() -> None:
    """ "4.8. Thời gian tổ chức các hội nghị … được tiến hành từ ngày công bố danh sách
    (ngày 22 tháng 02 năm 2026) và kết thúc trước …": "Thời gian" its subject, the
    sentence says when the meetings run; no one is given work, the day no deadline."""
    text = (
        "HƯỚNG DẪN\nCông tác bầu cử\n\n"
        "4. Hội nghị tiếp xúc cử tri\n"
        "4.1. Ban Thường trực Ủy ban MTTQ xã phối hợp với Ủy ban nhân dân xã tổ chức hội "
        "nghị tiếp xúc cử tri.\n"
        "4.2. Thời gian tổ chức các hội nghị tiếp xúc cử tri được tiến hành từ ngày công bố "
        "danh sách chính thức những người ứng cử (ngày 22 tháng 02 năm 2026) và kết thúc "
        "trước thời điểm bắt đầu bỏ phiếu 24 giờ.\n"
    )
    duties = extract(text, issued=date(2025, 12, 10)).data["duties"]
    assert [(d["text"][:20], d["windows"]) for d in duties] == [
        ("Ban Thường trực Ủy b", ["không thời hạn"])
    ]


def test_a_time_of_last_year_is_history() -> None:
    """ "vào giữa năm ngoái": the shape "vào giữa năm" goes on as last year; not read."""
    spans = find_spans(
        "sau khi người dân phản ánh vào giữa năm ngoái, thành phố yêu cầu", date(2017, 6, 12)
    )
    assert [(sp.text, sp.read) for sp in spans] == [("vào giữa năm", False)]
    assert [sp.read for sp in find_spans("hoàn thành vào giữa năm nay", date(2017, 6, 12))] == [
        True
    ]


def test_news_narration_of_earlier_orders_and_a_promise_told_set_no_deadline() -> None:
    """A news body run on: "Trước đó, vào cuối năm 2016 Thủ tướng … cũng đã có văn bản
    …" tells an earlier order (its year history); "Ông Hùng cho biết đến cuối tháng
    2-2017 đề án … sẽ hoàn thành và sẽ trình … để có ý kiến chỉ đạo" tells a body's own
    plan, the guidance it seeks a noun. Neither is a duty with a deadline; "Nhấn mạnh
    …, Phó Thủ tướng giao Bộ GTVT …" is the speaker's request, read from the speaker."""
    text = (
        "Tăng cường quản lý khai thác cát sỏi\n"
        "Ngày 6/7, Phó Thủ tướng chủ trì hội nghị trực tuyến toàn quốc về khai thác cát. "
        "Nhấn mạnh một số nhiệm vụ trọng tâm thời gian tới, Phó Thủ tướng Thường trực Chính "
        "phủ giao Bộ GTVT chủ trì xây dựng dự thảo Nghị định về nạo vét, trình Thủ tướng "
        "trước ngày 30/9/2017. Trước đó, vào cuối năm 2016 Thủ tướng Nguyễn Xuân Phúc cũng "
        "đã có văn bản chỉ đạo về việc thanh tra, kiểm tra doanh nghiệp. Ông Hùng cho biết "
        "đến cuối tháng 2-2017 đề án báo cáo tổng thể sẽ hoàn thành và sẽ trình UBND TP để "
        "có ý kiến chỉ đạo.\n"
    )
    duties = extract(text).data["duties"]
    dated = [(d["text"][:30], d["windows"]) for d in duties if d["timing"]]
    assert dated == [("Phó Thủ tướng Thường trực Chín", ["trước ngày 30/9/2017"])]


OWN_REMIT_LETTER = """\
SỞ CÔNG THƯƠNG
Số: 12/SCT-CN
V/v báo cáo định kỳ hoạt động hóa chất

Kính gửi: Các đơn vị hoạt động hóa chất trên địa bàn tỉnh
Thực hiện ý kiến chỉ đạo của Cục Hóa chất tại Văn bản số 194/HC-CNHC ngày 05/02/2024 về việc đôn đốc cập nhật.
Ngày 19 tháng 12 năm 2025, Sở Công Thương có Văn bản số 3169/SCT-CN gửi các đơn vị báo cáo tình hình hoạt động hóa chất, với thời hạn trước ngày 05 tháng 02 năm 2026. Tuy nhiên đến nay, mới tiếp nhận được một số báo cáo.
Thực hiện chức năng, nhiệm vụ được giao, Sở Công Thương yêu cầu các đơn vị chưa thực hiện báo cáo khẩn trương thực hiện báo cáo trên hệ thống trước ngày 08 tháng 4 năm 2026.
Sở Công Thương yêu cầu các đơn vị nghiêm túc thực hiện./.
"""  # noqa: E501


def test_a_departments_dated_request_on_its_own_remit_is_the_letters_task() -> None:
    """A copy giving each paragraph one long line, no empty line between: a sentence
    ending such a line ends its paragraph. "Thực hiện chức năng, nhiệm vụ được giao, Sở
    … yêu cầu các đơn vị … trước ngày 08 tháng 4 năm 2026.": the request, dated, is the
    letter's task, its opening kept; the earlier letter's date told is none."""
    duties = extract(OWN_REMIT_LETTER, issued=date(2026, 4, 1)).data["duties"]
    assert [(d["text"][:22], d["windows"]) for d in duties] == [
        ("Thực hiện chức năng, n", ["trước ngày 8/4/2026"])
    ]


GROUPED_ALLOCATION = """ỦY BAN NHÂN DÂN TỈNH BẮC NAM
Số: 12/QĐ-UBND
QUYẾT ĐỊNH
Về việc phân bổ kế hoạch vốn năm 2024
Điều 1. Phân bổ kế hoạch vốn năm 2024 (Chi tiết tại Phụ lục 01 kèm theo).
Điều 2. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.

PHỤ LỤC 01:

DANH MỤC DỰ ÁN VÀ KẾ HOẠCH VỐN NĂM 2024

| S TT | Danh mục dự án/ Cơ quan, đơn vị, địa phương thực hiện | Kế hoạch vốn năm 2024 | Ghi chú |
|---|---|---|---|
|  | TỔNG SỐ | 9.000 |  |
| I | SỞ Y TẾ | 5.000 |  |
| 1 | Trung tâm Y tế huyện Đông: Xây dựng khoa Dược | 5.000 |  |
| II | HUYỆN NAM SƠN | 4.000 |  |
| 1 | Xây dựng mới Trạm y tế xã Nam Hà | 2.000 |  |
| 2 | Cải tạo Trạm y tế xã Nam Lộc | 2.000 |  |

{note}
"""


def test_a_tables_group_rows_name_the_owner_and_the_note_under_it_dates_its_rows() -> None:
    """A column "Danh mục dự án/ Cơ quan, đơn vị, địa phương thực hiện" lists the projects
    under group rows naming who carries them out (a department, a district in capitals):
    each project row is a duty of its group's body, numbered within its group. The binding
    note right under the table ("Ghi chú: … phải trình … trong tháng 3 năm 2024") dates
    every row; "PHỤ LỤC 01:" with its colon opens the appendix after the signature."""
    note = (
        "Ghi chú: Các cơ quan, đơn vị, địa phương được giao nhiệm vụ chuẩn bị đầu tư phải "
        "trình hồ sơ cho cấp có thẩm quyền trong tháng 3 năm 2024."
    )
    # "PHỤ LỤC 01:" opens an appendix; "QUYẾT ĐỊNH:" (the articles' opening) opens no part.
    assert kind_title("PHỤ LỤC 01:") == ("Phụ lục 01", "")
    assert kind_title("QUYẾT ĐỊNH:") is None
    draft = extract(GROUPED_ALLOCATION.format(note=note), issued=date(2024, 2, 1)).data
    names = {o["key"]: o["name"] for o in draft["owners"]}
    rows = [d for d in draft["duties"] if d["section"].startswith("PL")]
    assert [(d["id"], [names[r["owner"]] for r in d["owners"]], d["windows"]) for d in rows] == [
        ("PL01.I.1", ["SỞ Y TẾ"], ["tháng 3/2024"]),
        ("PL01.II.1", ["HUYỆN NAM SƠN"], ["tháng 3/2024"]),
        ("PL01.II.2", ["HUYỆN NAM SƠN"], ["tháng 3/2024"]),
    ]


@pytest.mark.parametrize(
    "note",
    [
        "Ghi chú: Số liệu tính đến tháng 12 năm 2023.",  # the figures' date, binds no one
        "Ghi chú: Các đơn vị phải hoàn thành trước ngày 01/01/2024.",  # before the text's day
        "",
    ],
)
def test_a_note_under_a_table_that_binds_no_row_dates_none(note: str) -> None:
    draft = extract(GROUPED_ALLOCATION.format(note=note), issued=date(2024, 2, 1)).data
    rows = [d for d in draft["duties"] if d["section"].startswith("PL")]
    assert len(rows) == 3
    assert all(d["windows"] == ["không thời hạn"] for d in rows)


def test_a_task_table_with_bars_between_its_cells_only_is_read() -> None:
    """ "TT | Nhiệm vụ | Cơ quan chủ trì | … | Thời gian trình" with a row a line and no
    bar at either end (a flattened Word table): the rows are read as a table's, a group
    row's title repeated in every cell is a group, and a time cell's year span is the
    span's end."""
    text = (
        "CHÍNH PHỦ\nSố: 5/NQ-CP\nNGHỊ QUYẾT\nVề chương trình hành động\n"
        "1. Các bộ, ngành triển khai thực hiện Nghị quyết này.\n\n"
        "PHỤ LỤC\n\nNHIỆM VỤ CỤ THỂ\n\n"
        "TT | Nhiệm vụ, đề án | Cơ quan chủ trì thực hiện | Cơ quan phối hợp thực hiện "
        "| Thời gian trình | Sản phẩm\n\n"
        "I | Hoàn thiện thể chế | Hoàn thiện thể chế | Hoàn thiện thể chế | Hoàn thiện thể "
        "chế | Hoàn thiện thể chế\n\n"
        "1 | Báo cáo tổng kết thi hành Luật | Bộ Tư pháp | Các bộ, ngành | 2024 | Báo cáo\n\n"
        "2 | Đề án phát triển viện nghiên cứu | Bộ Y tế | Các cơ quan liên quan | 2024-2026 "
        "| Đề án\n"
    )
    draft = extract(text, issued=date(2024, 2, 7)).data
    names = {o["key"]: o["name"] for o in draft["owners"]}
    rows = [d for d in draft["duties"] if d["section"].startswith("PL")]
    got = [
        (d["id"], [names[r["owner"]] for r in d["owners"] if r["role"] == "lead"], d["windows"])
        for d in rows
    ]
    assert [(i, lead) for i, lead, _ in got] == [("PL.1", ["Bộ Tư pháp"]), ("PL.2", ["Bộ Y tế"])]
    assert [parse_window(w[0]).end for _, _, w in got] == [date(2024, 12, 31), date(2026, 12, 31)]


LISTED_LAWS = """CHÍNH PHỦ
Số: 7/NQ-CP
NGHỊ QUYẾT
Về phân quyền, cắt giảm thủ tục hành chính
Điều 1. Sửa đổi, bãi bỏ một số quy định
1. Sửa đổi khoản 2 Điều 5 Nghị định số 10/2025/NĐ-CP.
2. Bãi bỏ số thứ tự 13 Phần I Phụ lục II; số thứ tự 45 Phần II Phụ lục II ban hành \
kèm theo Nghị quyết số 66.16/2026/NQ-CP.
Điều 2. Tổ chức thi hành
1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ có trách nhiệm:
a) Tham mưu cho Chính phủ trình ban hành văn bản theo Phụ lục II ban hành kèm theo Nghị \
quyết này, bảo đảm có hiệu lực trước ngày 01 tháng 3 năm 2027.
b) Công bố thủ tục hành chính theo quy định.
Điều 3. Nghị quyết này có hiệu lực từ ngày ký./.

Phụ lục II
DANH MỤC VĂN BẢN ĐƯỢC ĐỀ XUẤT SỬA ĐỔI
STT | DANH SÁCH CÁC VBQPPL SỬA ĐỔI, BỔ SUNG | ĐIỀU, KHOẢN CẦN SỬA ĐỔI | CƠ QUAN CHỦ TRÌ SOẠN THẢO
I | DANH SÁCH LUẬT |
1. | Luật Lưu trữ số 33/2024/QH15 | Khoản 2 Điều 53 | Bộ Nội vụ
2. | Luật Việc làm số 74/2025/QH15 | Điều 28 | Bộ Nội vụ
"""


def test_a_list_of_laws_with_its_drafting_body_is_a_task_table_due_with_its_pointer() -> None:
    """ "STT | DANH SÁCH CÁC VBQPPL … | … | CƠ QUAN CHỦ TRÌ SOẠN THẢO": a list with the body
    that drafts each is a task table. The one duty pointing to "Phụ lục II ban hành kèm theo
    Nghị quyết này" dates its rows; "Phụ lục II ban hành kèm theo Nghị quyết số 66.16/…"
    is another document's appendix, no second pointer."""
    draft = extract(LISTED_LAWS, issued=date(2026, 5, 18)).data
    names = {o["key"]: o["name"] for o in draft["owners"]}
    rows = [d for d in draft["duties"] if d["section"].startswith("PL")]
    assert [(names[d["owners"][0]["owner"]], d["windows"]) for d in rows] == [
        ("Bộ Nội vụ", ["trước ngày 1/3/2027"]),
        ("Bộ Nội vụ", ["trước ngày 1/3/2027"]),
    ]
    # The repeal naming another document's Phụ lục II is read, and points to none here.
    assert any(d["text"].startswith("Bãi bỏ số thứ tự 13") for d in draft["duties"])


ANNEXED_WITHOUT_PHU_LUC = """SỞ CÔNG THƯƠNG
Số: 9/KH-SCT
KẾ HOẠCH
Kiểm tra, cấp giấy chứng nhận huấn luyện
I. TỔ CHỨC THỰC HIỆN
1. Giao phòng Quản lý Công nghiệp chủ trì tổ chức kiểm tra.
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC

PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC KIỂM TRA
(Kèm theo Kế hoạch số 9/KH-SCT ngày 01/7/2026 của Sở Công Thương)

TT
Nhiệm vụ thực hiện
Người thực hiện
Ghi chú
1.
Xây dựng bài kiểm tra, đáp án
Vũ Việt Linh
2.
In ấn chứng chỉ
Vũ Việt Linh
"""


def test_an_appendix_titled_without_phu_luc_over_kem_theo_opens_after_the_signature() -> None:
    """ "PHÂN CÔNG NHIỆM VỤ …" in capitals over "(Kèm theo Kế hoạch số …)" after the Nơi
    nhận and signature is an appendix: its table ("Người thực hiện", the people who do
    each task) is read, each row a duty of the person named."""
    draft = extract(ANNEXED_WITHOUT_PHU_LUC, issued=date(2026, 7, 1)).data
    names = {o["key"]: o["name"] for o in draft["owners"]}
    rows = [d for d in draft["duties"] if d["section"].startswith("PL")]
    assert [(d["text"], [names[r["owner"]] for r in d["owners"]]) for d in rows] == [
        ("Xây dựng bài kiểm tra, đáp án", ["Vũ Việt Linh"]),
        ("In ấn chứng chỉ", ["Vũ Việt Linh"]),
    ]
    # A list annexed so whose title names no work (names, places) is no appendix of tasks.
    listed = ANNEXED_WITHOUT_PHU_LUC.split("PHÂN CÔNG", maxsplit=1)[0] + (
        "DANH SÁCH DỰ KIẾN TÊN GỌI CÁC TỈNH\n(Kèm theo Kế hoạch số 9/KH-SCT)\n\n"
        "1. Tỉnh Lai Châu.\n2. Tỉnh Điện Biên.\n"
    )
    duties = extract(listed, issued=date(2026, 7, 1)).data["duties"]
    assert [d["id"] for d in duties] == ["I.1"]


NOTICE_REQUIREMENTS = """SỞ CÔNG THƯƠNG
Kính gửi: Công ty TNHH MTV Minh Long
Sở Công Thương thông báo kết quả thẩm định như sau:
1. Kết luận:
- Hồ sơ đủ điều kiện để trình phê duyệt.
2. Yêu cầu đối với Công ty TNHH MTV Minh Long
- Tổ chức thực hiện đúng thiết kế xây dựng đã được thẩm định.
- Lưu trữ hồ sơ theo quy định của pháp luật về lưu trữ.
3. Yêu cầu đối với Công ty Cổ phần Thủy điện Nậm Pung
Để đảm bảo việc triển khai dự án đúng quy định, Sở Công Thương yêu cầu Công ty Cổ phần \
Thủy điện Nậm Pung thực hiện:
- Lập mã số thông tin dự án.
- Lắp đặt đầy đủ hệ thống quan trắc công trình.
"""


def test_a_notices_requirements_on_the_company_its_heading_names() -> None:
    """ "2. Yêu cầu đối với Công ty X" over bullets: the company named after "Yêu cầu đối
    với" owns them, as "Đối với X" would. The purpose-led lead-in under such a title
    ("Để đảm bảo …, Sở … yêu cầu Công ty Y thực hiện:") is a sentence of its own, not the
    title's second line."""
    duties = _by_id(extract(NOTICE_REQUIREMENTS, issued=date(2026, 3, 20)))
    owners = {i: [o["owner"] for o in d["owners"]] for i, d in duties.items()}
    assert owners["S.2.a"] == owners["S.2.b"] == ["cong_ty_tnhh_mtv_minh_long"]
    assert owners["S.3.a"] == owners["S.3.b"] == ["cong_ty_co_phan_thuy_dien_nam_pung"]
    assert not owners["S.1.a"]


def test_a_request_under_an_items_title_is_its_own_lead_in() -> None:
    """ "2. Các nội dung trọng tâm đơn vị cần thực hiện" then "Đề nghị các đơn vị hoạt động
    hóa chất … thực hiện các nội dung sau:": the request opens a sentence (no title's
    second line opens "Đề nghị"); the bodies it asks own the bullets."""
    text = (
        "SỞ CÔNG THƯƠNG\n"
        "Sở Công Thương hướng dẫn các nội dung sau:\n"
        "1. Các nội dung trọng tâm đơn vị cần nghiên cứu, thực hiện\n"
        "Đề nghị các đơn vị hoạt động hóa chất trên địa bàn tỉnh nghiên cứu và thực hiện "
        "đúng các quy định, trong đó chú trọng thực hiện các nội dung sau:\n"
        "- Rà soát danh mục hóa chất đang sản xuất, kinh doanh.\n"
        "- Cập nhật hồ sơ an toàn theo ngưỡng khối lượng mới.\n"
    )
    duties = _by_id(extract(text, issued=date(2026, 1, 20)))
    for i in ("S.1.a", "S.1.b"):
        assert [o["owner"] for o in duties[i]["owners"]] == [
            "cac_don_vi_hoat_dong_hoa_chat_tren_dia_b"
        ]


def test_the_duties_of_a_team_named_by_its_work() -> None:
    """ "Điều 2. Nhiệm vụ của Tổ tiếp công dân, xử lý khiếu nại, tố cáo:" over bullets: a
    team named by its kind and the work it was set up for (its verbs would end a body's
    name) owns them, the whole phrase its name."""
    text = (
        "QUYẾT ĐỊNH\n"
        "Điều 1. Thành lập Tổ tiếp công dân, xử lý khiếu nại, tố cáo phục vụ bầu cử, gồm:\n"
        "1. Bà Nguyễn Thị A - Tổ trưởng.\n"
        "2. Ông Trần Văn B - Tổ phó.\n"
        "Điều 2. Nhiệm vụ của Tổ tiếp công dân, xử lý khiếu nại, tố cáo:\n"
        "- Tiếp nhận, phân loại các đơn thư của công dân.\n"
        "- Tổng hợp, báo cáo Ban Thường trực các vụ việc phức tạp.\n"
        "Điều 3. Các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.\n"
    )
    draft = extract(text, issued=date(2026, 1, 12))
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    team = [d for d in draft.duties if d["id"].startswith("D2.")]
    assert len(team) == 2
    for d in team:
        assert [names[o["owner"]] for o in d["owners"]] == [
            "Tổ tiếp công dân, xử lý khiếu nại, tố cáo"
        ]


def test_the_writers_agreement_before_the_work_it_gives_is_no_duty() -> None:
    """ "1. Nhất trí chủ trương di dời …; Giao UBND phường X chủ trì …" and "Phòng Y cơ
    bản nhất trí với chủ trương …; đề nghị Phòng Z nghiên cứu, tổng hợp": the agreement is
    the writer's stand; the duty is the assignment after it, with its owner and month."""
    text = (
        "ỦY BAN NHÂN DÂN TỈNH\n"
        "Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n"
        "1. Nhất trí chủ trương di dời Cụm công nghiệp Đầm Sen theo Kế hoạch số 13/KH-UBND; "
        "Giao Ủy ban nhân dân phường Hòa Bình chủ trì xây dựng phương án di dời, hoàn thành "
        "trong tháng 9 năm 2026.\n"
        "2. Đối với Cụm công nghiệp Phú Lộc, giao UBND phường Văn Lang triển khai đầu tư "
        "hạ tầng kỹ thuật.\n"
        "3. Phòng Quản lý công nghiệp cơ bản nhất trí với chủ trương đầu tư dự án; đề nghị "
        "Phòng Kế hoạch - Tổng hợp nghiên cứu, tổng hợp.\n"
    )
    draft = extract(text, issued=date(2026, 6, 10))
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    duties = _by_id(draft)
    assert duties["S.1"]["text"].startswith("Giao Ủy ban nhân dân phường Hòa Bình")
    assert duties["S.1"]["windows"] == ["tháng 9/2026"]
    assert [names[o["owner"]] for o in duties["S.2"]["owners"]] == ["UBND phường Văn Lang"]
    assert duties["S.3"]["text"].startswith("đề nghị Phòng Kế hoạch - Tổng hợp")
    assert [names[o["owner"]] for o in duties["S.3"]["owners"]] == ["Phòng Kế hoạch - Tổng hợp"]


def test_a_reviewers_point_is_its_request() -> None:
    """ "a) Về hệ thống xử lý nước thải: Hồ sơ đang viện dẫn QCVN 40:2011/BTNMT, … đã được
    thay thế …; đề nghị cập nhật …": a topic, what the file says, then what the reviewer
    asks; the duty is the request. A point that gives work, reads a deadline or tells a
    body's agreement before its request stays whole."""
    text = (
        "PHÒNG QUẢN LÝ CÔNG NGHIỆP\n"
        "Phòng Quản lý công nghiệp có ý kiến tham gia như sau:\n"
        "1. Một số nội dung đề nghị làm rõ, bổ sung\n"
        "a) Về hệ thống xử lý nước thải: Hồ sơ đang viện dẫn QCVN 40:2011/BTNMT, trong khi "
        "quy chuẩn này đã được thay thế; đề nghị cập nhật quy chuẩn áp dụng.\n"
        "b) Về danh mục ngành nghề: Hồ sơ mới nêu định hướng chung. Đề nghị nhà đầu tư làm "
        "rõ danh mục ngành, nghề thu hút đầu tư.\n"
        "c) Về lao động: Rà soát nhu cầu lao động của dự án. Đề nghị nhà đầu tư bổ sung "
        "phương án nhà ở.\n"
        "d) Về hồ sơ: Việc hoàn thiện hồ sơ xong trước ngày 30/6/2026. Đề nghị nhà đầu tư "
        "bổ sung bản vẽ.\n"
        "đ) Về việc phê duyệt: Các Bộ, cơ quan thống nhất chỉ có một cơ quan chủ trì; giao "
        "Sở Công Thương hoàn thiện hồ sơ.\n"
    )
    draft = extract(text, issued=date(2026, 6, 19))
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    duties = _by_id(draft)
    assert duties["S.1.a"]["text"].startswith("đề nghị cập nhật quy chuẩn")
    assert duties["S.1.b"]["text"].startswith("Đề nghị nhà đầu tư làm rõ")
    assert [names[o["owner"]] for o in duties["S.1.b"]["owners"]] == ["nhà đầu tư"]
    assert duties["S.1.c"]["text"].startswith("Về lao động: Rà soát")
    assert duties["S.1.d"]["text"].startswith("Về hồ sơ: Việc hoàn thiện")
    assert duties["S.1.đ"]["text"].startswith("Về việc phê duyệt: Các Bộ")


def test_the_head_of_a_board_named_in_lower_case() -> None:
    """ "(1) Trưởng Ban công tác Mặt trận phối hợp với Bí thư chi bộ họp …; (2) Trưởng Ban
    công tác Mặt trận triệu tập …": the head of a board whose name runs in lower case up to
    the body it works for is an owner, so the numbered clauses are tasks of their own."""
    registry = Registry()
    got = subject("Trưởng Ban công tác Mặt trận phối hợp với Bí thư chi bộ họp dự kiến", registry)
    assert got is not None
    assert [n.written for n in got.leads] == ["Trưởng Ban công tác Mặt trận"]
    assert subject("Trưởng ban tổ chức hội nghị", registry) is None
    text = (
        "HƯỚNG DẪN\n"
        "Ban Thường trực hướng dẫn như sau:\n"
        "3.2. Đối với thôn dân cư: (1) Trưởng Ban công tác Mặt trận phối hợp với Bí thư chi "
        "bộ, Trưởng thôn họp dự kiến người giới thiệu; (2) Trưởng Ban công tác Mặt trận "
        "triệu tập hội nghị toàn bộ thành viên để thảo luận.\n"
        "* Lưu ý: Đối với thôn không được phân bổ thì không tổ chức hội nghị.\n"
    )
    duties = _by_id(extract(text, issued=date(2025, 12, 22)))
    assert duties["S.3.2.1"]["text"].startswith("Trưởng Ban công tác Mặt trận phối hợp")
    assert duties["S.3.2.2"]["text"].startswith("Trưởng Ban công tác Mặt trận triệu tập")


def test_a_minutes_ordinal_before_the_assignment() -> None:
    """ "Hai là, giao Sở Công Thương chủ trì, phối hợp …" and "Bốn là, đề nghị UBND phường
    Yên Bái khẩn trương …": past the minutes' ordinal, the sentence names who does it."""
    registry = Registry()
    got = subject(
        "Hai là, giao Sở Công Thương chủ trì, phối hợp các Sở, ngành dự thảo Đề án.", registry
    )
    assert got is not None
    assert got.assigned
    assert [n.written for n in got.leads] == ["Sở Công Thương"]
    got = subject("Bốn là, đề nghị UBND phường Yên Bái khẩn trương lập đoàn kiểm tra.", registry)
    assert got is not None
    assert got.requested
    assert [n.written for n in got.responsible] == ["UBND phường Yên Bái"]
    assert subject("Một là, thống nhất chủ trương di dời cụm công nghiệp.", registry) is None


def test_a_notice_to_one_investor_calls_it_by_its_role() -> None:
    """ "Kính gửi: Công ty Cổ phần Năng lượng X" then "2. Yêu cầu đối với chủ đầu tư": the
    heading names the one addressee by its role in the project; the points are its. A
    letter to several bodies keeps the role as written."""
    body = (
        "Sở Công Thương chấp thuận kết quả nghiệm thu như sau:\n"
        "1. Thông tin về công trình\n"
        "a) Tên công trình: Kho chứa vật liệu nổ công nghiệp.\n"
        "2. Yêu cầu đối với chủ đầu tư\n"
        "a) Lưu trữ hồ sơ công trình theo quy định.\n"
        "b) Quản lý, vận hành công trình theo đúng công năng.\n"
    )
    one = "SỞ CÔNG THƯƠNG\nKính gửi: Công ty Cổ phần Năng lượng Bảo Sơn\n" + body
    draft = extract(one, issued=date(2026, 6, 5))
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    duties = _by_id(draft)
    for i in ("S.2.a", "S.2.b"):
        assert [names[o["owner"]] for o in duties[i]["owners"]] == [
            "Công ty Cổ phần Năng lượng Bảo Sơn"
        ]
    many = "SỞ CÔNG THƯƠNG\nKính gửi:\n- Công ty Cổ phần A Lâm;\n- Công ty TNHH B Sơn.\n" + body
    draft = extract(many, issued=date(2026, 6, 5))
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    assert [names[o["owner"]] for o in _by_id(draft)["S.2.a"]["owners"]] == ["chủ đầu tư"]


def test_a_title_run_into_its_lead_in_on_one_line() -> None:
    """ "2. Tiếp nhận và xử lý đơn thư khiếu nại, tố cáo Ban Thường trực UBMTTQ xã thực hiện
    quy trình …, cụ thể:": the title breaks off where the body's name opens; the body owns
    the points. A name the title joins with "với" or "của" is no subject."""
    text = (
        "KẾ HOẠCH\n"
        "II. NỘI DUNG THỰC HIỆN\n"
        "1. Tiếp nhận và xử lý đơn thư khiếu nại, tố cáo Ban Thường trực UBMTTQ xã thực hiện "
        "quy trình xử lý đơn thư theo hướng dẫn, cụ thể:\n"
        "- Đối với khiếu nại về danh sách cử tri: Hướng dẫn công dân chuyển đơn đến Ủy ban "
        "nhân dân xã.\n"
        "- Đối với kiến nghị về công tác bầu cử: Chuyển đến Ủy ban Bầu cử xã.\n"
        "2. Phối hợp với Sở Tư pháp Kế hoạch số 12 thực hiện tuyên truyền, cụ thể:\n"
        "- Tuyên truyền Luật Bầu cử trên hệ thống loa.\n"
        "- Treo băng rôn tại các thôn.\n"
        "3. Tham mưu giải quyết kiến nghị thuộc thẩm quyền của UBND, Chủ tịch UBND cùng cấp "
        "như sau:\n"
        "- Tiếp nhận, phân loại kiến nghị.\n"
        "- Đề xuất hướng giải quyết.\n"
        "4. Từ các nội dung trên, Sở Nội vụ tham mưu Chủ tịch Ủy ban nhân dân tỉnh các nội "
        "dung sau:\n"
        "- Văn bản yêu cầu các hội hoàn thành đại hội.\n"
        "- Văn bản giải thể các hội không hoạt động.\n"
    )
    draft = extract(text, issued=date(2026, 1, 12))
    names = {o["key"]: o["name"] for o in draft.data["owners"]}
    duties = _by_id(draft)
    for i in ("II.1.a", "II.1.b"):
        assert [names[o["owner"]] for o in duties[i]["owners"]] == ["Ban Thường trực UBMTTQ xã"]
    assert all(names[o["owner"]] != "Sở Tư pháp Kế hoạch" for o in duties["II.2.a"]["owners"])
    # A capital past the first one, after "của": the title's own words, no subject.
    assert duties["II.3.a"]["owners"] == []
    # After an opener's comma, no title: the subject is the sentence's, read as before.
    assert duties["II.4.a"]["owners"] == []


PEOPLE_TABLE = """\
SỞ XÂY DỰNG
Số: 12/KH-SXD
KẾ HOẠCH
Sát hạch cấp chứng chỉ hành nghề

I. NỘI DUNG
1. Địa điểm: Hội trường Sở Xây dựng.
II. TỔ CHỨC THỰC HIỆN
Giao phòng Quản lý hoạt động xây dựng chuẩn bị các điều kiện tổ chức sát hạch./.

Nơi nhận:
- Ban Giám đốc Sở;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trần Văn Bình

PHÂN CÔNG NHIỆM VỤ CỦA TỔ SÁT HẠCH
(Kèm theo Kế hoạch số 12/KH-SXD ngày 05/3/2026 của Sở Xây dựng)

TT
Nhiệm vụ thực hiện
Người thực hiện
Ghi chú
{n1}
Lập danh sách thí sinh dự sát hạch
Lê Thị Hoa
Phạm Quốc Anh
{n2}
Soạn đề sát hạch, đáp án
Tổ trưởng
{n3}
Chấm bài, tổng hợp kết quả
Phạm Quốc Anh
Vũ thị Mai
Đồng chí Hoàng Minh Tuấn
"""


@pytest.mark.parametrize(
    "numbers", [("    1. ", "    2. ", "    3. "), ("", "", "")], ids=["numbered", "unnumbered"]
)
def test_a_task_table_whose_owner_column_holds_people(numbers: tuple[str, str, str]) -> None:
    """A table after the signature, titled in capitals over "(Kèm theo Kế hoạch …)" with
    no "Phụ lục", is an appendix; its "Người thực hiện" column names people and posts,
    one a line (Word's cells turned to text): each row's people own it jointly. Word's
    own row numbers may be lost: the rows are then told apart by where their people end.
    The signer is the signature's, not the table's last name."""
    n1, n2, n3 = numbers
    text = PEOPLE_TABLE.format(n1=n1, n2=n2, n3=n3)
    draft = extract(text, issued=date(2026, 3, 5), number="12/KH-SXD")
    d = _by_id(draft)
    assert [k for k in d if k.startswith("PL")] == ["PL.1", "PL.2", "PL.3"]
    assert d["PL.1"]["text"] == "Lập danh sách thí sinh dự sát hạch"
    assert _owners(draft, d["PL.1"]) == [
        ("Lê Thị Hoa", "responsible"),
        ("Phạm Quốc Anh", "responsible"),
    ]
    assert _owners(draft, d["PL.2"]) == [("Tổ trưởng", "lead")]
    assert [n for n, _ in _owners(draft, d["PL.3"])] == [
        "Phạm Quốc Anh",
        "Vũ thị Mai",
        "Hoàng Minh Tuấn",  # the honorific is no part of the name
    ]
    assert all(x["windows"] == ["không thời hạn"] for x in d.values())
    assert draft.data["plan"]["signer"]["name"] == "Trần Văn Bình"
    _valid(draft)


def test_a_captioned_list_after_the_signature_is_no_appendix_of_work() -> None:
    """A title in capitals over "(Kèm theo …)" with no table under it (a list of names)
    opens no appendix: its items are not duties."""
    text = PEOPLE_TABLE.split("TT\n", maxsplit=1)[0].replace(
        "PHÂN CÔNG NHIỆM VỤ CỦA TỔ SÁT HẠCH", "DANH SÁCH CÁC ĐƠN VỊ ĐĂNG KÝ SÁT HẠCH"
    )
    text += "1. Công ty cổ phần xây dựng số 1.\n2. Công ty TNHH Minh Long.\n"
    draft = extract(text, issued=date(2026, 3, 5), number="12/KH-SXD")
    assert not [d["id"] for d in draft.duties if d["id"].startswith("PL")]
    assert all("Công ty" not in d["text"] for d in draft.duties)


EVENT_PLAN = """\
SỞ Y TẾ
Số: 20/KH-SYT
KẾ HOẠCH
Tập huấn kỹ năng sơ cấp cứu

I. MỤC ĐÍCH
Nâng cao kỹ năng sơ cấp cứu cho nhân viên y tế cơ sở.
II. NỘI DUNG
{time}
2. Địa điểm: Hội trường Sở Y tế.
3. Đối tượng: Nhân viên y tế các trạm y tế xã.
4. Nội dung tập huấn
Kỹ năng sơ cấp cứu ban đầu theo hướng dẫn của Bộ Y tế.
III. TỔ CHỨC THỰC HIỆN
1. Giao phòng Nghiệp vụ Y tổ chức tập huấn cho các đối tượng nêu tại mục II.
2. Giao Văn phòng Sở chuẩn bị kinh phí, tài liệu để tổ chức tập huấn.
3. Trung tâm Kiểm soát bệnh tật báo cáo kết quả trước ngày 30/4/2026.
"""


@pytest.mark.parametrize(
    ("time", "windows"),
    [
        ("1. Thời gian tập huấn: 8h00’ ngày 10/3/2026 (Thứ Ba).", ["ngày 10/3/2026"]),
        ("1. Thời gian: 1,5 ngày (bắt đầu từ 13h30 thứ Hai ngày 09/3/2026).", ["ngày 10/3/2026"]),
        (
            "1. Thời gian, đối tượng tập huấn:\n1.1. Đợt 1: Từ 8h00 ngày 10/3/2026.\n"
            "Đối tượng: các trạm y tế từ số 01 đến số 20.\n1.2. Đợt 2: Từ 8h00 ngày 12/3/2026.",
            ["ngày 10/3/2026", "ngày 12/3/2026"],
        ),
    ],
    ids=["one-day", "a-day-and-a-half", "two-sittings"],
)
def test_an_event_section_dates_the_duty_that_holds_the_event(
    time: str, windows: list[str]
) -> None:
    """A section of an event's particulars (time, place, who, what is taught) gives no
    duty, and its time no deadline of its own: the duty that holds the event ("Giao X tổ
    chức tập huấn …") is due on the event's day (its last, for a length of days; each
    sitting's). The work preparing for it and a duty with its own date are left as they
    are."""
    text = EVENT_PLAN.replace("{time}", time)
    draft = extract(text, issued=date(2026, 3, 1), number="20/KH-SYT")
    d = _by_id(draft)
    assert not [k for k in d if k.startswith("II.")]
    assert d["III.1"]["windows"] == windows
    assert _owners(draft, d["III.1"]) == [("phòng Nghiệp vụ Y", "responsible")]
    assert d["III.2"]["windows"] == ["không thời hạn"]
    assert d["III.3"]["windows"] == ["trước ngày 30/4/2026"]
    _valid(draft)


def test_a_section_of_task_fields_is_no_event() -> None:
    """ "Nội dung:" with its tasks and "Thời gian thực hiện:" are a task's fields, not an
    event's particulars: the section's work is read as before."""
    text = EVENT_PLAN.replace(
        "{time}\n2. Địa điểm: Hội trường Sở Y tế.\n",
        "1. Nội dung: Tổ chức tập huấn cho nhân viên y tế.\n"
        "2. Thời gian thực hiện: tháng 3/2026.\n",
    )
    draft = extract(text, issued=date(2026, 3, 1), number="20/KH-SYT")
    assert [k for k in _by_id(draft) if k.startswith("II")]


_OCR_CELLS = """\
TỈNH ỦY BẮC NAM ĐẢNG CỘNG SẢN VIỆT NAM
Số 99-NQ/TU Bắc Nam, ngày 05 tháng 12 năm 2025
NGHỊ QUYẾT
về nhiệm vụ năm 2026

===== Trang 9 =====
Lãnh đạo, cơ
sẻ x6 Thời gian . „„ | Lãnh đạo, cơ quan đơnvị | Lãnh đạo tỉnh phụ
STT Nhiệm vụ và chỉ tiêu hoàn thành | chủ trì phối hợp trách
VHI |Liên hiệp các Hội KHKT tỉnh
Đồng chí Tổng . . _ |Đồng chí Phó Bí thư
Xây dựng mới 12 mô hình khoa học sáng tạo của các tổ chức, cá Tháng Thư ký Liên hiệp
nhân. 12/2026 các Hội KHKT ÙUEND+. ghuðex ong fnh Liên hiệp các Hội
Đồng chí Tổng . . _ |Đồng chí Phó Bí thư
Hoàn thành 100% nhiệm vụ tư vấn, phản biện và giám định xã| Tháng  |ThưkýLiênhiệp
hội 12/2026 các Hội KHKT UBND xã phường trong tĩnh Liên hiệp các Hội
Vận động 5.000 suất quà tết cho hộ nghèo, cận nghèo, có hoàn cảnh
khó khăn, | Quý 1/2026 xố có Hội Chữ thập đỏ trực thuộc; | ; “
Hoàn thành các chỉ tiêu về triển lãm, xuất bản theo Kế hoạch. 11/2026 | 2°" "SP đạo Sở
"""


def test_ocr_time_cells_with_an_owners_wrapped_words_or_debris_after_them() -> None:
    """In an OCR'd table a time cell may be followed by lower-case words: an owner cell's
    wrapped "các Hội KHKT" (a body), debris after the task's finished sentence ("… theo
    Kế hoạch. 11/2026 | 2°…"), or, after a cell's bar, "Quý 1/2026" (a quarter, not
    January): each is the row's time."""
    draft = extract(_OCR_CELLS, issued=date(2025, 12, 5), number="99-NQ/TU")
    rows = draft.data["duties"]
    assert len(rows) == 4
    assert rows[0]["text"].startswith("Xây dựng mới 12 mô hình")
    assert rows[2]["text"].startswith("Vận động 5.000 suất quà tết")
    assert [x["windows"] for x in rows] == [
        ["tháng 12/2026"],
        ["tháng 12/2026"],
        ["quý I/2026"],
        ["tháng 11/2026"],
    ]
    assert all(_owners(draft, x)[0] == ("Liên hiệp các Hội KHKT tỉnh", "lead") for x in rows)


def test_advisory_bodies_tham_muu_giup_viec_are_one_collective_name() -> None:
    """ "Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy" is one collective (the
    kind's fixed pair of nouns, the comma inside it); "Các cơ quan chuyên môn tham mưu
    Ủy ban nhân dân tỉnh …" advises, a verb after the name."""
    registry = Registry()
    got = subject(
        "Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy: Triển khai các nhiệm vụ.", registry
    )
    assert got is not None
    assert [n.written for n in got.leads + got.responsible] == [
        "Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy"
    ]
    got = subject(
        "Các cơ quan chuyên môn tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch.", registry
    )
    assert got is not None
    assert [n.written for n in got.leads + got.responsible] == ["Các cơ quan chuyên môn"]


def test_lanh_dao_chi_dao_opening_a_task_is_two_verbs_not_the_leadership() -> None:
    """ "Lãnh đạo, chỉ đạo triển khai …" opens with a pair of verbs (to lead, to direct):
    it names no owner; "Lãnh đạo Sở Y tế chỉ đạo …" names the department's leadership."""
    registry = Registry()
    assert subject("Lãnh đạo, chỉ đạo triển khai hiệu quả các nghị quyết.", registry) is None
    got = subject("Lãnh đạo Sở Y tế chỉ đạo triển khai.", registry)
    assert got is not None
    assert [n.written for n in got.leads + got.responsible] == ["Lãnh đạo Sở Y tế"]


def test_a_name_broken_at_its_dash_is_one_paragraph_in_a_wrapped_copy() -> None:
    """A wrap that broke "Sở Lao động – Thương binh và Xã hội" at its dash set the dash at
    the next line's start, where it reads as a bullet: the name's two halves tell the line
    goes on; a dash after other words is still a bullet."""
    from nq42cli.core.layout import _dash_cut

    cur = "gửi báo cáo tổng kết việc chi hỗ trợ về UBND tỉnh Mẫu Sơn (thông qua Sở Lao động"
    assert _dash_cut(cur, "– Thương binh và Xã hội) chậm nhất ngày 15/9/2022.")
    assert not _dash_cut(cur.replace("Lao động", "Tài chính"), "– Thương binh và Xã hội)")
    assert not _dash_cut(cur, "- Sở Tài chính bố trí kinh phí.")
