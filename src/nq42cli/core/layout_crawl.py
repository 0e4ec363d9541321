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

__all__ = ["crawled_cuts"]

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


def crawled_cuts(line: str) -> list[str]:
    """``line`` cut where a crawler ran a page's separate lines together (or ``[line]``)."""
    return _signed_title(line) or _captioned(line) or [line]


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
