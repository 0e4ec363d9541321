"""The header of a Party or State document: kind, number, date, issuer, title, source.

Party plans, Government resolutions, Politburo conclusions, programmes and appendices
all open the same way: the issuer in capitals (``BAN CHẤP HÀNH TRUNG ƯƠNG / ĐẢNG ĐOÀN
QUỐC HỘI``, ``CHÍNH PHỦ``, ``ỦY BAN NHÂN DÂN THÀNH PHỐ …``) beside the national motto,
the number (``Số: 03/NQ-CP``, ``Số 3260-KH/ĐĐQH15``), the place and date (``Hà Nội,
ngày 10 tháng 01 năm 2025``), the kind in capitals (``KẾ HOẠCH``, ``NGHỊ QUYẾT``,
``KẾT LUẬN``, ``CHƯƠNG TRÌNH HÀNH ĐỘNG``, ``QUYẾT ĐỊNH``, ``PHỤ LỤC``), the title, and a
preamble that names the document implemented ("Thực hiện Nghị quyết số 57-NQ/TW ngày
22/12/2024 của Bộ Chính trị về …"). :func:`read_header` reads those lines; whatever
it cannot find stays ``None`` for the caller to fill from the user's options.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from datetime import date

from nq42cli.core.bodies import BODIES, Body
from nq42cli.core.text import fold, fold_aligned

__all__ = ["KIND_TITLE", "Header", "implements", "kind_from_number", "read_header"]

# A line that is only a document's kind (in capitals, or a markdown heading).
KIND_TITLE = re.compile(
    r"^(ke hoach|chuong trinh hanh dong|chuong trinh|nghi quyet|quyet dinh|ket luan|chi thi"
    r"|de an|thong bao|huong dan|phu luc)(?:\s+(?:so\s+)?([ivxlc]+|\d+))?\b(.{0,60})$"
)
_KIND_WORDS = {
    "ke hoach": "Kế hoạch",
    "chuong trinh hanh dong": "Chương trình hành động",
    "chuong trinh": "Chương trình",
    "nghi quyet": "Nghị quyết",
    "quyet dinh": "Quyết định",
    "ket luan": "Kết luận",
    "chi thi": "Chỉ thị",
    "de an": "Đề án",
    "thong bao": "Thông báo",
    "huong dan": "Hướng dẫn",
    "phu luc": "Phụ lục",
}
# Kind from the code in a document's number ("127-KL/TW", "03/NQ-CP", "19-KH/TW").
_CODES = {
    "KH": "Kế hoạch",
    "KL": "Kết luận",
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "CTR": "Chương trình",
    "CTHĐ": "Chương trình hành động",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
}
_NUMBER = re.compile(r"^so\s*:?\s*(?P<n>[0-9][^\s,]*)")
_DATE = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})")
# A working copy or a draft leaves the day, often the month too, blank for the signer to
# fill ("Lâm Đồng, ngày      tháng 01 năm 2026", "ngày … tháng … năm 2026"): the year
# (and the month) it prints still bound the document's date.
_BLANK_DATE = re.compile(r"ngay[\s._…-]*thang\s*(?:(\d{1,2})(?!\d))?[\s._…-]*nam\s+(\d{4})(?!\d)")
# The dateline ("Hà Nội, ngày …") and an appendix caption ("(Kèm theo Quyết định số …
# ngày …") carry the date within their first words. A date after a time word ("hoàn
# thành trước ngày 28 tháng 02 năm 2025", "vào ngày 19 tháng 4 năm 2025") or deep in a
# sentence (a cited decree's date) is a deadline, an event or a citation: an article
# quoting a document runs its sentences above the first numbered part, and taking such a
# date for the document's would set aside every earlier deadline as history.
_TIMED = re.compile(r"(?:^|\s)(?:truoc|den|vao|tu|het|cham nhat(?: la)?|trong|han)\s*$")
_DATELINE_LEAD = 60
_MOTTO = re.compile(
    r"^(?:cong hoa xa hoi chu nghia viet nam|dang cong san viet nam|doc lap - tu do"
    r"|doc lap, tu do)"
)
_IMPLEMENTS = re.compile(
    r"(?P<what>Nghị quyết|Kết luận|Chỉ thị|Quyết định|Kế hoạch|Luật|Nghị định)\s+số\s+"
    r"(?P<n>[0-9][^\s,;()]*),?\s+ngày\s+(?P<d>\d{1,2}(?:/\d{1,2}/\d{4}|\s+tháng\s+\d{1,2}"
    r"\s+năm\s+\d{4}))(?:\s+của\s+(?P<issuer>[^,;()]+?))?\s+(?P<title>về\s[^;()]+?)"
    r"\s*(?:\(sau đây|[;.]|,\s*[^,]*ban hành|$)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Header:
    """What a document's opening lines say about it (``None``: not said)."""

    kind: str | None = None
    number: str | None = None
    # The first day the dateline allows when it leaves the day blank: 1 <month> <year>,
    # or 1 January when the month is blank too (None: no such dateline).
    blank_from: date | None = None
    date: date | None = None
    issuer: str | None = None
    issuer_from_caps: bool = False
    title: list[str] = field(default_factory=list)
    preamble: str = ""


def kind_from_number(number: str) -> str | None:
    """The kind a number's code names: ``127-KL/TW`` is a Kết luận."""
    for part in re.split(r"[-/]", number.upper()):
        if part in _CODES:
            return _CODES[part]
    return None


def _caps_run(text: str) -> int | None:
    """Where a line's words in capitals give way to a word in lowercase, if they do."""
    for w in re.finditer(r"\S+", text):
        first = next((c for c in w.group() if c.isalpha()), "")
        if first.islower():
            head = text[: w.start()]
            if any(c.isalpha() for c in head) and not any(c.islower() for c in head):
                return w.start()
            return None
    return None


def kind_title(text: str) -> tuple[str, str] | None:
    """``(kind, rest)`` when a line is a kind title ("KẾ HOẠCH", "PHỤ LỤC II")."""
    got = _kind_title(text)
    if got is None and (cut := _caps_run(text)) is not None:
        # A title in capitals with the line under it run on ("CHƯƠNG TRÌNH HÀNH ĐỘNG
        # thực hiện Nghị quyết số …": a copy that joined the wrapped lines) is the title.
        got = _kind_title(text[:cut])
        if got is not None:
            return (got[0], text[len(text[:cut].rstrip(" :.*#")) - len(got[1]) :].strip())
    return got


# "Phụ lục 1: DANH MỤC NHIỆM VỤ … CÓ THỜI HẠN HOÀN THÀNH THÁNG 3-5/2025": an appendix's
# number and its title in capitals on one line, the title longer than a kind line's tail.
_APPENDIX_TITLED = re.compile(r"^(phu luc)\s+(?:so\s+)?([ivxlc]+|\d+)\s*[:.–-]\s*(\S.{60,})$")


def _kind_title(text: str) -> tuple[str, str] | None:
    f = fold(text).strip(" :.*#")
    m = KIND_TITLE.match(f) or _APPENDIX_TITLED.match(f)
    # "QUYẾT ĐỊNH:" opens a decision's articles, not a part; "PHỤ LỤC 01:" with its
    # number and nothing after it opens an appendix whose title is on the next line.
    numbered_appendix = (
        m is not None and m.group(1) == "phu luc" and m.group(2) and not m.group(3).strip()
    )
    if m is None or (text.rstrip().endswith(":") and not numbered_appendix):
        return None
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters) >= 0.8 * max(len(letters), 1)
    # "Phụ lục" alone on its line (a Gazette copy sets the word in title case above the
    # appendix's title in capitals) opens an appendix as "PHỤ LỤC" does.
    alone = m.group(1) == "phu luc" and not m.group(3).strip() and text.lstrip(" *#")[:1].isupper()
    if not upper and not alone:
        return None
    kind = _KIND_WORDS[m.group(1)]
    number = (m.group(2) or "").upper()
    return (f"{kind} {number}".strip(), m.group(3).strip())


def read_header(lines: list[str], bodies: tuple[Body, ...] = BODIES) -> Header:
    """Read the header from the lines before the document's first numbered part."""
    h = Header()
    state = "top"
    caps: list[str] = []
    for line in lines:
        f = fold(line)
        if (m := _NUMBER.match(f)) is not None and h.number is None:
            h.number = line[m.start("n") : m.end("n")].strip(" .;")
            continue
        if (m := _DATE.search(f)) is not None and h.date is None and state == "top":
            lead = f[: m.start()]
            if len(lead.strip()) > _DATELINE_LEAD or _TIMED.search(lead):
                continue
            with contextlib.suppress(ValueError):  # "ngày 31 tháng 2": not a date
                h.date = date(int(m[3]), int(m[2]), int(m[1]))
            continue
        if (m := _BLANK_DATE.search(f)) is not None and h.blank_from is None and state == "top":
            lead = f[: m.start()]
            if len(lead.strip()) <= _DATELINE_LEAD and not _TIMED.search(lead):
                with contextlib.suppress(ValueError):  # "tháng 13": not a month
                    h.blank_from = date(int(m[2]), int(m[1] or 1), 1)
                continue
        if state == "top" and _MOTTO.match(f):
            continue
        if (kt := kind_title(line)) is not None and h.kind is None:
            h.kind = kt[0]
            if kt[1]:
                h.title.append(line[len(line) - len(kt[1]) :].strip())
            state = "title"
            continue
        if state == "top":
            bare = _no_motto(line)
            if _upper(bare) and not f.startswith(("so ", "so:")):
                caps.append(bare)
            continue
        preamble = f.startswith(("thuc hien", "can cu", "de ", "tai ", "nham"))
        # The first line under the kind is its title ("KẾ HOẠCH / Thực hiện Nghị quyết
        # số …"), unless it reads as the preamble that opens the body.
        opens_body = bool(h.title) or line.rstrip().endswith(":") or "ban hanh" in f
        if state == "title" and preamble and len(line) > 60 and opens_body:
            h.preamble, state = line, "preamble"
            continue
        if state == "title" and _upper(line) and h.title and _is_issuer(line, bodies):
            continue  # "CHÍNH PHỦ" repeated above the preamble of a decree
        if state == "title":
            h.title.append(line)
        elif state == "preamble":
            h.preamble = f"{h.preamble} {line}"
    if caps:
        h.issuer, h.issuer_from_caps = _issuer(caps, bodies), True
    return h


_MOTTO_AT = re.compile(
    r"cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do|dang cong san viet nam"
)


def _no_motto(line: str) -> str:
    """A header line without the national motto beside the issuer, nor rules "-----"."""
    m = _MOTTO_AT.search(fold_aligned(line))
    if m is not None:
        line = line[: m.start()]
    return re.sub(r"\s*[-–_]{3,}\s*", " ", line).strip()


def _is_issuer(line: str, bodies: tuple[Body, ...]) -> bool:
    f = fold(line)
    return any(fold(b.name) == f for b in bodies)


def _issuer(caps: list[str], bodies: tuple[Body, ...]) -> str:
    """The issuing body: the last capitals line of the header block that names one."""
    for line in reversed(caps):
        f = fold(line).strip(" -")
        body = next((b for b in bodies if fold(b.name) == f), None)
        if body is not None:
            return body.name
    # "BAN CHẤP HÀNH TRUNG ƯƠNG / ĐẢNG ĐOÀN QUỐC HỘI": the body is the last line.
    last = caps[-1].strip(" -")
    low = last.lower()
    if len(caps) > 1 and _LOCALITY.match(fold(last)):
        # "ỦY BAN NHÂN DÂN / TỈNH BẮC NAM": the body of that locality.
        head = caps[-2].strip(" -").lower()
        words = low.split()
        kind = 2 if fold(" ".join(words[:2])) == "thanh pho" else 1
        place = " ".join([*words[:kind], *(w[:1].upper() + w[1:] for w in words[kind:])])
        return f"{head[:1].upper()}{head[1:]} {place}"
    return low[:1].upper() + low[1:]


_LOCALITY = re.compile(r"(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong)\s+\S")


def _upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def implements(text: str) -> dict[str, str] | None:
    """The document a preamble or title says is implemented, if it names one."""
    m = _IMPLEMENTS.search(text)
    if m is None:
        return None
    raw = m["d"]
    if "/" in raw:
        d, mo, y = (int(x) for x in raw.split("/"))
    else:
        nums = [int(x) for x in re.findall(r"\d+", raw)]
        d, mo, y = nums[0], nums[1], nums[2]
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    return {
        "number": m["n"],
        "date": day.isoformat(),
        "issuer": (m["issuer"] or "").strip() or "(chưa rõ)",
        "title": m["title"].strip(),
    }


# A news page about a document reports its issuing in its opening lines, with the number
# and the date: "Văn phòng Chính phủ vừa ban hành Thông báo số 285/TB-VPCP ngày 5/6/2025 …"
# or "Ngày 17/9/2025, Ban chấp hành Trung ương đã ban hành Công văn 9671-CV/BTCTW …". Only
# an issuing verb right before the kind and number makes it the page's document: a cited
# earlier one ("Thực hiện Công văn số … ngày …") has none.
_ISSUED_VERB = r"(?:(?:vừa|đã)\s+(?:ký\s+)?ban\s+hành|vừa\s+ký|ký\s+ban\s+hành|vừa\s+có)"
_ISSUED_KIND = (
    r"(?:Thông\s+báo|Công\s+văn|Văn\s+bản|Quyết\s+định|Chỉ\s+thị|Nghị\s+quyết|Kết\s+luận"
    r"|Kế\s+hoạch|Chương\s+trình|Hướng\s+dẫn|Thông\s+tư|Nghị\s+định|Công\s+điện)"
)
_ISSUED_NUMBER = r"(?:số\s+)?\d[\w./-]*[/-][\w./-]*\w"
_FULL_DATE = r"(?P<d>\d{1,2}[/-]\d{1,2}[/-]\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"
_ISSUED_AFTER = re.compile(
    rf"{_ISSUED_VERB}\s+{_ISSUED_KIND}\s+{_ISSUED_NUMBER},?\s+ngày\s+{_FULL_DATE}",
    re.IGNORECASE,
)
_ISSUED_OPENING = re.compile(
    rf"^ngày\s+{_FULL_DATE}\s*,[^.;]{{1,160}}?{_ISSUED_VERB}\s+{_ISSUED_KIND}\s+{_ISSUED_NUMBER}",
    re.IGNORECASE,
)
_REPORT_LINES = 3  # non-empty lines after the title: a page's lead paragraph
_REPORT_YEARS = (1945, 2100)  # the years the time grammar reads


def issuing_report(text: str) -> date | None:
    """The date a page's lead paragraph gives to the issuing of the document it is about."""
    lines = [s for s in (ln.strip(" \t#*>") for ln in text.splitlines()) if s]
    for line in lines[1 : 1 + _REPORT_LINES]:
        m = _ISSUED_AFTER.search(line) or _ISSUED_OPENING.match(line)
        if m is None:
            continue
        d, mo, y = (int(x) for x in re.findall(r"\d+", m["d"]))
        if not _REPORT_YEARS[0] <= y <= _REPORT_YEARS[1]:
            # "Ngày 15/9/2205, … đã ban hành …": a slip; a year no time of nq42 reads
            # would set every deadline of the page aside as history.
            return None
        try:
            return date(y, mo, d)
        except ValueError:
            return None
    return None


# An appendix's caption, a line of its own, names the document it is attached to: "(Kèm
# theo Quyết định số 123/QĐ-UBND ngày 5 tháng 3 năm 2025 của …)"; its number may be
# printed "100 /NQ-CP". Inside a sentence ("… Quy chế … (Ban hành kèm theo Quyết định số
# 884/QĐ-BTC ngày …)") it cites another document.
_CAPTION = re.compile(
    r"^\(\s*(?:ban hanh )?kem theo [^()]{0,80}?\bso\s*:?\s*(?P<n>[0-9][^\s,()]*(?:\s+/[^\s,()]+)?)"
    r"\s*,?\s*ngay\s+(?:(?P<d>\d{1,2})\s+thang\s+(?P<m>\d{1,2})\s+nam\s+(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})\s*/\s*(?P<y2>\d{4}))"
)
# A page's field of the document's data: "Ngày ban hành: 05/03/2025", its value on the
# same line or, in a scraped table, on the next cell's line.
_ISSUED_FIELD = re.compile(r"^ngay ban hanh\s*:\s*(?P<v>.*)$")
_DMY = re.compile(
    r"^(?:(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"
    r"|ngay (?P<d2>\d{1,2}) thang (?P<m2>\d{1,2}) nam (?P<y2>\d{4}))\b"
)


def _ymd(m: re.Match[str]) -> date | None:
    d, mo, y = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])
    try:
        return date(int(y), int(mo), int(d))
    except ValueError:  # "ngày 31 tháng 2": not a date
        return None


def own_date(text: str, number: str | None) -> date | None:
    """The document's date its appendix caption or its data field gives, or None.

    For a text whose header has no date. A caption "(Kèm theo Quyết định số 123/QĐ-UBND
    ngày 5 tháng 3 năm 2025 …)" names the document itself when its number is the
    header's, or, the header having no number, when every caption names the same
    document on the same day; a caption naming another number attaches to some other
    document. A field "Ngày ban hành: 05/03/2025" is the page's data on the document.
    """
    key = fold(number).replace(" ", "") if number else None
    lines = [fold(x.replace("*", " ")).strip(" |>-_") for x in text.splitlines()]
    seen: set[tuple[str, date]] = set()
    for k in range(len(lines)):
        # The caption's date may wrap onto its next line.
        m = _CAPTION.match(" ".join(lines[k : k + 2]))
        if m is not None and (got := _ymd(m)) is not None:
            seen.add((m["n"].replace(" ", ""), got))
    if key is not None:
        mine = {d for n, d in seen if n == key}
        if len(mine) == 1:
            return mine.pop()
    elif len(seen) == 1:
        return next(iter(seen))[1]
    for k, line in enumerate(lines):
        if (f := _ISSUED_FIELD.match(line)) is None:
            continue
        value = f["v"].strip(" |")
        if not value:
            # The value in the next cell, past the table's bars.
            value = next((x for x in lines[k + 1 : k + 4] if x.strip(" |")), "")
        if (v := _DMY.match(value.strip(" |"))) is not None:
            return _ymd(v)
        return None
    return None
