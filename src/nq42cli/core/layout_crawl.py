"""Lines back from a legal portal's page that a crawler saved as text.

A crawler that keeps a page's block elements as lines but joins what the page set apart
inside one block gives a document whose units run into each other on one line:

- the signature block and the title of the plan issued with the decision ("BỘ TRƯỞNG
  Đặng Quốc Khánh CHƯƠNG TRÌNH HÀNH ĐỘNG …", "KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh Trung Tụng
  KẾ HOẠCH …"): read as one line, the signature swallows the plan's title and every
  line after it reads as the signature's tail, so the plan is never read;
- the plan's caption and its opening paragraph ("(Kèm theo Quyết định số … ) Thực hiện
  các Nghị quyết …");
- a section's heading in capitals and its first paragraph ("I. BỐI CẢNH, TÌNH HÌNH
  CHUNG Năm 2023 là …").

:func:`crawled_cuts` cuts such a line back into the lines the page showed.
"""

from __future__ import annotations

import re

from nq42cli.core.docheader import KIND_TITLE
from nq42cli.core.text import fold, fold_aligned

__all__ = ["crawled_cuts", "crawled_joins"]

# Vietnamese capitals and small letters: in U+1EA0–U+1EF9 ("Ạ" … "ỹ") they alternate.
_UP = "A-ZÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĐĨŨƠƯ" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA, 2))
_LO = "a-zà-ãè-êìíò-õùúýăđĩũơư" + "".join(chr(c) for c in range(0x1EA1, 0x1EFA, 2))
# A word in capitals ("BỘ", "TN&MT", "KT.", "T/M"), a word of a person's name ("Đặng").
_CAPS_WORD = rf"[{_UP}][{_UP}&/.-]*"
_NAME_WORD = rf"[{_UP}][{_LO}]+"
# "KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh Trung Tụng KẾ HOẠCH …": the signer's office in capitals,
# perhaps "(Đã ký)", the signer's name (two to five words), then a title in capitals.
_SIGNED_TITLE = re.compile(
    rf"^(?P<sig>(?:{_CAPS_WORD}\s+){{1,14}}(?:[(\[][Đđ]ã ký[)\]]\s+)?"
    rf"(?:{_NAME_WORD}\s+){{1,4}}{_NAME_WORD})\s+(?P<title>{_CAPS_WORD}\s+{_CAPS_WORD}\b.*)$"
)
# The office a signature names: a head of a body or the body a signer signs for.
_OFFICE = re.compile(
    r"\b(?:truong|chu tich|giam doc|thu tuong|bi thu|chu nhiem|thong doc|tong kiem toan"
    r"|chanh an|vien truong|tong thu ky|t/?m|k/?t|tl|tuq)\b"
)
# The titles a plan or a list issued with a decision bears.
_ISSUED_TITLE = re.compile(
    r"^(?:ke hoach|chuong trinh|de an|quy che|quy dinh|phu luc|danh muc|huong dan|phuong an"
    r"|dieu le|noi quy|bang)\b"
)


def crawled_cuts(line: str, above: str = "") -> list[str]:
    """``line`` cut where a crawler ran a page's separate lines together (or ``[line]``).

    ``above`` is the line before it.
    """
    return _signed_title(line) or _captioned(line) or _first_subitem(line, above) or [line]


# "2." alone on its line, then "Nhiệm vụ và giải pháp chủ yếu 2.1. Tiếp tục …": the
# number's heading with its first numbered item run on. A heading is a few words, with
# no sentence's end in it.
_LONE_NUMBER = re.compile(r"^\s*(\d{1,2})\.\s*$")
_HEADING_WORDS = 20


def _first_subitem(line: str, above: str) -> list[str]:
    lone = _LONE_NUMBER.match(above)
    if lone is None or not line[:1].isupper():
        return []
    first = re.search(rf"\s{lone[1]}\.1\.\s+(?=[{_UP}])", line)
    if first is None:
        return []
    head = line[: first.start()].strip()
    if len(head.split()) > _HEADING_WORDS or re.search(r"[.;!?]\s", head):
        return []
    return [head, line[first.start() :].strip()]


def _captioned(line: str) -> list[str]:
    """A title in capitals, its caption and the plan's opening paragraph on one line."""
    cap = _CAPTION.search(fold_aligned(line))
    if cap is None:
        return []
    head, caption, tail = (
        line[: cap.start()].strip(),
        line[cap.start() : cap.end()],
        line[cap.end() :].strip(),
    )
    letters = [c for c in head if c.isalpha()]
    if not letters or any(c.islower() for c in letters) or len(letters) < 12:
        return []
    if tail and not tail[:1].isupper():
        return []
    return [x for x in (head, caption, tail) if x]


# "(Kèm theo Quyết định số 59/QĐ-BTNMT … )", "(Ban hành kèm theo …)": the caption under an
# issued plan's title.
_CAPTION = re.compile(r"\((?:ban hanh )?kem theo\b[^()]*\)")


def _signed_title(line: str) -> list[str]:
    m = _SIGNED_TITLE.match(line.strip())
    if m is None:
        return []
    sig, title = m["sig"], m["title"]
    # The office is in capitals before the name: "BỘ TRƯỞNG", "TM. ỦY BAN NHÂN DÂN".
    office = re.match(rf"^(?:{_CAPS_WORD}\s+)+", sig)
    if (
        office is None
        or not _OFFICE.search(fold(office[0]))
        or not _ISSUED_TITLE.match(fold(title))
    ):
        return []
    return [sig, *_title_lines(title)]


def _title_lines(title: str) -> list[str]:
    """A plan's title as the page set it: its kind, its name, its caption, what follows.

    The kind alone on its line ("KẾ HOẠCH") opens the plan as a typed copy's does; the
    caption and the paragraph after it are the next lines.
    """
    out: list[str] = []
    f = fold_aligned(title)
    cap = _CAPTION.search(f)
    head, tail = (title[: cap.start()], title[cap.start() :]) if cap else (title, "")
    kind = KIND_TITLE.match(fold(head).split(" (", 1)[0][:40])
    words = kind[1] if kind else ""
    if words and kind is not None and kind[2] is None:
        cut = len(words)
        out += [head[:cut].strip(), head[cut:].strip()]
    else:
        out.append(head.strip())
    if cap is not None:
        end = cap.end() - cap.start()
        out += [tail[:end].strip(), tail[end:].strip()]
    return [x for x in out if x]


# A line a page showed as one paragraph, far longer than any wrapped copy's line: a break
# after it that leaves a sentence open is the crawler's, not a wrap's.
_PARAGRAPH_CHARS = 120
# Its second half opens with what the first half's last words ask for: a year after "năm",
# "đến năm", "giai đoạn 2022" ("2045. Xây dựng …", "- 2025, tầm nhìn …"), or the second
# word of a pair joined by a dash ("… kinh tế" / "- xã hội …").
_OPEN_END = re.compile(r"(?:\bnam|\bden|\btu|\b(?:19|20)\d\d)$")
_YEAR_ON = re.compile(r"^(?:-\s*)?(?:19|20)\d\d(?:[.,]\s|\s+[a-zđ]|$)")
_DASH_WORD = re.compile(r"^-\s+\w")


# "Quyết định 4750/QĐ-BYT năm 2023. Điều 2. Sửa đổi …": the portal heads each article
# with the document's short name; read so, no line opens an article.
_ARTICLE_PREFIX = re.compile(
    r"^[A-ZĐ][\w ]{2,30}? \d+[\w/.-]*/[\w/.-]+ năm (?:19|20)\d\d\.\s+(?=Điều \d+[a-zđ]?\s*[.:])"
)


def crawled_joins(rows: list[str]) -> tuple[list[str], list[int]]:
    """``rows`` with a paragraph's crawled break undone, and each row's source line (from 1).

    The short name the portal puts before each article goes too.
    """
    out: list[str] = []
    base: list[int] = []
    for k, raw in enumerate(rows):
        row = _ARTICLE_PREFIX.sub("", raw)
        if out and _continues(out[-1], row):
            out[-1] = out[-1].rstrip() + " " + row.strip()
            continue
        out.append(row)
        base.append(k + 1)
    return out, base


def _continues(above: str, row: str) -> bool:
    above, row = above.rstrip(), row.strip()
    if len(above) <= _PARAGRAPH_CHARS or not row or above[-1:] in '.;:!?…)”"':
        return False
    end = fold(above[-12:])
    if _YEAR_ON.match(row):
        return bool(_OPEN_END.search(end))
    if not _DASH_WORD.match(row):
        return False
    # "… kinh tế" / "- xã hội …", "… KINH TẾ" / "- XÃ HỘI …": the word after the dash in the
    # case of the word before it.
    last, first = above.split()[-1], row[1:].split()[0]
    return (
        last.isalpha()
        and first.isalpha()
        and last.islower() == first.islower()
        and not (first[:1].isupper() and first[1:].islower())
    )
