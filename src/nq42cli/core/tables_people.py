"""Task tables whose owner column holds people: named staff and posts, not bodies.

A department's own plan may close with a table that shares the work among the members
of its working group — TT | Nhiệm vụ thực hiện | Người thực hiện | Ghi chú — whose owner
cells name officials ("Đỗ Mạnh Cường", "Nguyễn Thị Loan") or posts ("Tổ trưởng",
"Phó Trưởng phòng …"), one a line when Word's table is turned to text. The owner reader
knows bodies, not people; the column's header says its cells are people, so here a
person's name or a post is an owner's cell, and the lines of one cell are one list.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from nq42cli.core.text import fold

if TYPE_CHECKING:  # tables.py reads its people columns with this module
    from nq42cli.core.layout import Line
    from nq42cli.core.tables import CellTests

__all__ = [
    "PEOPLE_HEADER",
    "joined_people",
    "people_column",
    "people_rows",
    "people_tests",
    "person",
    "post",
]

# "Người thực hiện", "Cán bộ phụ trách", "Lãnh đạo chủ trì", "Người chịu trách nhiệm":
# a column of people, by the word that names who they are.
PEOPLE_HEADER = (
    r"^(?:nguoi|can bo|ca nhan|lanh dao|thanh vien|chuyen vien)"
    r"(?: (?:duoc giao|phu trach|chu tri))? (?:thuc hien|phu trach|chu tri|chiu trach nhiem)$"
    # "Họ và tên" beside "Chức vụ": a roster that shares out the work, one member a row.
    r"|^ho (?:va )?ten$"
)
_PEOPLE_HEADER = re.compile(PEOPLE_HEADER)
# Family names a Vietnamese name opens with: the common ones, which the name's other
# syllables (each capitalised) then follow.
SURNAMES = frozenset(
    ["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui",
     "do", "ho", "ngo", "duong", "ly", "dinh", "dao", "truong", "luong", "mai", "trinh",
     "doan", "lam", "ha", "to", "ta", "cao", "chu", "luu", "quach", "trieu", "thai", "kieu",
     "vuong", "nong", "lo", "hua", "giang", "tang", "khong", "phung", "au", "lai", "mac",
     "than", "tu", "bach", "dam", "diep", "hau", "luc", "ong", "quan", "sam", "tong", "ung",
     "vi", "la", "khuc", "nghiem", "han", "phi", "dong", "ninh"]
)  # fmt: skip
# An honorific before a name ("Đồng chí", "Đ/c", "Ông", "Bà"): not part of it.
_HONORIFIC = re.compile(r"^(?:đồng chí|đ/c|ông|bà|anh|chị)\s+", re.IGNORECASE)
# A post: "Tổ trưởng", "Phó Giám đốc Sở", "Trưởng phòng Quản lý Công nghiệp", "Chuyên viên".
_POST = re.compile(
    r"^(?:pho )?(?:giam doc|truong phong|truong ban|truong doan|to truong|to pho|chanh van phong"
    r"|chanh thanh tra|chuyen vien|thanh vien|lanh dao|ke toan|van thu|thu ky|can bo)\b"
)
_NAME_WORDS = (2, 5)  # a name's syllables, the family name's among them
_POST_WORDS = 10  # a post with its unit is a short line
_SYLLABLE = re.compile(r"^[^\W\d_]{1,7}$")
# A remark in brackets after a name or a post: "(Tổ trưởng)", "(chủ trì)".
_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")


def people_column(header_cell: str) -> bool:
    """Whether a table's owner column, by its header, holds people."""
    # Words as the header says them, however spaced (a justified PDF's doubled spaces).
    return bool(_PEOPLE_HEADER.match(" ".join(fold(header_cell).split()).strip(" .:*")))


def person(text: str) -> bool:
    """Whether ``text`` is one person's name or one post (a line of a people cell).

    A name: two to five syllables, the first a family name, the first and last
    capitalised (a middle one printed in lower case is a slip, "Nguyễn Thị thúy Nhung").
    """
    t = _HONORIFIC.sub("", _ASIDE.sub("", text.strip().rstrip(".,;"))).strip()
    words = t.split()
    t = " ".join(words)  # "Tổ  trưởng": a justified copy's doubled spaces
    if not words:
        return False
    if post(t):
        return True
    return (
        _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]
        and fold(words[0]) in SURNAMES
        and all(_SYLLABLE.match(w) for w in words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
    )


def post(text: str) -> bool:
    """Whether ``text`` is a post ("Tổ trưởng", "Thành viên (Chi hội trưởng …)"), not a name."""
    t = " ".join(_ASIDE.sub("", text.strip().rstrip(".,;")).split())
    return bool(_POST.match(fold(t))) and len(t.split()) <= _POST_WORDS and t[:1].isupper()


def _people(text: str) -> bool:
    names = [x for x in text.split(";") if x.strip()]
    return bool(names) and all(person(x) for x in names)


def people_tests(tests: CellTests) -> CellTests:
    """The cell tests of a people column: a person or a list of them is an owner's cell."""
    return replace(
        tests,
        is_owners=lambda t: _people(t) or tests.is_owners(t),
        opens_body=lambda t: person(t.split(";")[0]) or tests.opens_body(t),
        owner_tail=lambda t: "" if _people(t) else tests.owner_tail(t),
        trailing_body=lambda t: -1 if person(t) else tests.trailing_body(t),
    )


def joined_people(parts: list[str], *, posts_apart: bool = False) -> list[str]:
    """A row's pieces with each run of people's lines made one cell ("A; B; C").

    Word gives each name of a cell its own paragraph: lines of one cell, not a cell each.
    ``posts_apart``: the posts have a column of their own ("Họ và tên | Chức vụ"), so a
    post after a name opens the next cell.
    """
    out: list[str] = []
    run = False
    named = False  # the run so far holds a name
    for p in parts:
        here = person(p)
        # A name's words as written, however spaced ("Vũ  Việt  Linh" in a justified copy).
        one = " ".join(p.split()) if here else p
        if here and run and posts_apart and named and post(p):
            run = False
        joins = here and run
        named = (joins and named) or (here and not post(p))
        if joins:
            out[-1] = f"{out[-1]}; {one}"
        else:
            out.append(one)
        run = here
    return out


def people_rows(lines: list[Line]) -> list[tuple[str, int, list[str]]]:
    """The rows of a people table whose numbers the copy lost, by their positions.

    Word's automatic numbering is not text, so a copy may give no number at all: a row
    is its task's lines and then its people's, and the next row opens at the first line
    after them that is no person. Empty when a row would have no task or no people.
    """
    rows: list[tuple[int, list[str]]] = []
    run = False
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        here = person(text)
        if not rows or (run and not here):
            if here:
                return []
            rows.append((line.no, []))
        rows[-1][1].append(text)
        run = here
    if not rows or not all(any(person(p) for p in r) for _, r in rows):
        return []
    return [(str(k + 1), no, r) for k, (no, r) in enumerate(rows)]
