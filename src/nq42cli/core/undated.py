"""Reading a text whose own date is not known: what it shows has already passed.

``nq42 extract`` without ``--issued`` on a text that prints no date of its own (a news
page about a document, a copy whose header was lost) has no day to set history apart
from deadlines: every dated time would read as a deadline, "trước ngày 25/11/2016" in a
page's background as much as the document's own "trước ngày 30/7/2017". A careful reader
without the date still knows two things from the words:

- the document was written no earlier than any day it cites a document of ("Tờ trình số
  263/TTr-CP ngày 08 tháng 8 năm 2022" exists, so the text is later) and any day it
  narrates as done ("Trước đó vào ngày 6/1/2017, Bộ Tài chính đã gửi …"):
  :func:`earliest_date` gives the latest such day, and a time ending before it is
  history;
- a time the text narrates as done ("Đến hết tháng 6/2017, vốn đã giao là …", "…, trong
  6 tháng đầu năm 2017, đã có thêm …", "Thủ tướng đã quyết định thành lập Tổ công tác vào
  tháng 8/2016") tells when something happened, never when a duty is due:
  :func:`narrated_past`.

A text with its date given needs neither: a time before that date is history already
(:func:`nq42cli.core.spans.find_spans`), and a guessed narration could only cost it a
deadline.
"""

from __future__ import annotations

import re
from datetime import date

from nq42cli.core.grammar import YEAR_FROM_CONTEXT
from nq42cli.core.spans import Span, find_spans
from nq42cli.core.text import fold, fold_aligned
from nq42cli.core.windows import WindowKind

__all__ = ["earliest_date", "narrated_past", "posted_date", "the_one_year"]

_YEARS = range(1945, 2101)
_DMY = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
_WORDS = r"(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>\d{4})"
_DAY = rf"(?:{_DMY}|{_WORDS})"
# A document cited with its number and day: it exists, so the citing text is later. A
# document's number has its code after a slash or dash ("263/TTr-CP", "150-KL/TW"); a
# plain count ("tổ máy số 1 ngày 02/9/2025") is a unit's, its day an event's.
_CITED = re.compile(rf"\bso\s*:?\s*\d+[/-][^\s,;()]*[a-z][^\s,;()]*\s*,?\s*\(?\s*ngay\s+{_DAY}")
# A day opening a clause whose verb is marked done: "Trước đó vào ngày 6/1/2017, Bộ Tài
# chính đã gửi …", "Ngày 17/9/2025, … đã ban hành …", "Chiều 4/7/2017, … vừa chủ trì …";
# the place may follow the day ("Ngày 11/01/2010 tại Hà Nội, Bộ … đã tổ chức Hội nghị …").
_NARRATED_DAY = re.compile(
    rf"(?:^|[.;:\n]\s*|,\s*)(?:truoc do,?\s+)?(?:vao\s+)?(?:(?:sang|chieu|toi|trua)\s+)?"
    rf"(?:ngay\s+)?{_DAY}(?:\s+tai\s+[^\d,.;:\n]{{1,40}})?\s*,(?P<rest>[^.;:\n]{{0,160}})"
)
# A word of obligation, aim or the future in a clause makes it a duty's, not a narration.
# Read with marks: folded, "cần" is "cán" (cán bộ), "để" is "đề" (đề án); "giao thông"
# (transport, "Bộ Giao thông vận tải") assigns nothing.
_OBLIGATION = re.compile(
    r"(?<!\w)(?:phải|cần|sẽ|giao(?!\s+thông)|yêu cầu|đề nghị|chỉ đạo|để|nhằm|kế hoạch|dự kiến"
    r"|phấn đấu|mục tiêu|khẩn trương|chậm nhất|trước|tiếp tục)(?!\w)",
    re.IGNORECASE,
)
# The verbs a duty opens with: before the done verb they make the clause a duty's ("Trong
# năm 2025, hoàn thành các nhiệm vụ đã được giao"); after a comma past it, they open one.
_DUTY_VERB = re.compile(
    r"(?<!\w)(?:trình|tập trung|hoàn thành|chủ trì|phối hợp|tổ chức|thực hiện|triển khai"
    r"|bảo đảm|đảm bảo|xây dựng|ban hành|rà soát|báo cáo)(?!\w)",
    re.IGNORECASE,
)
_SUBJECT_WORDS = 12
# Marks kept: folded, "đã" (done) reads as "da", as "đá" (stone) and "dạ" do.
_DONE = re.compile(r"(?<!\w)(?:đã|vừa)(?!\w)", re.IGNORECASE)


def _day(m: re.Match[str]) -> date | None:
    d, mo, y = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])
    if int(y) not in _YEARS:  # "Ngày 15/9/2205": a slip, no day to bound anything by
        return None
    try:
        return date(int(y), int(mo), int(d))
    except ValueError:
        return None


def _done_next(rest_src: str) -> bool:
    """Whether a clause's verb, a few subject words in, is marked done ("Bộ … đã gửi")."""
    m = _DONE.search(rest_src)
    if m is None:
        return False
    subject = rest_src[: m.start()]
    return (
        len(subject.split()) <= _SUBJECT_WORDS
        and not _OBLIGATION.search(subject)
        and not _DUTY_VERB.search(subject)
    )


# A news page's posting stamp on a line of its own near its top: "09:10, 14/10/2021",
# "15/08/2019 - 08:34", "Chính trị - Ngày đăng : 21:37, 09/03/2021". The page was posted
# then: the day has passed.
_POSTED = re.compile(
    rf"^[^\n]{{0,40}}?(?:ngay dang\s*:\s*)?(?:\d{{1,2}}:\d{{2}}\s*,?\s*{_DMY}"
    r"|(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4})\s*-?\s*\d{1,2}:\d{2})\s*$"
)
_POSTED_LINES = 8  # how far down a page its stamp stands


def posted_date(text: str) -> date | None:
    """The day a news page's stamp says it was posted (see ``_POSTED``), or None."""
    lines = [x for x in text.splitlines() if x.strip()][:_POSTED_LINES]
    for x in lines:
        m = _POSTED.match(fold(x).strip())
        if m is not None and (m["d"] or m["d2"]):
            return _day(m)
    return None


def earliest_date(text: str) -> date | None:
    """The latest day the text shows has passed: a day it cites a document of or narrates."""
    f = fold_aligned(text)
    days: list[date] = []
    for m in _CITED.finditer(f):
        if (d := _day(m)) is not None:
            days.append(d)
    for m in _NARRATED_DAY.finditer(f):
        if _done_next(text[m.start("rest") : m.end("rest")]) and (d := _day(m)) is not None:
            days.append(d)
    return max(days) if days else None


# The qualifiers of a time that can tell when something happened ("vào tháng 8/2016",
# "trong 6 tháng đầu năm 2017", "đến hết tháng 6/2017"); "trước", "chậm nhất" set ends.
_EVENT_QUAL = re.compile(r"^(?:vao|trong|o|hoi|den het|tinh den|het)\b")
# A full stop ends a clause; one inside a number ("303.075 tỷ") does not.
_CLAUSE_END = re.compile(r"[.;:](?=\s|$)|\n")
# Closing a clause, only "đã" tells the verb's act is done ("vừa … vừa …" is "both").
_DONE_BEFORE = re.compile(r"(?<!\w)đã(?!\w)", re.IGNORECASE)
_POSTPOSED_CHARS = 200
_OPENS_DUTY = re.compile(rf",\s*(?:{_DUTY_VERB.pattern})", re.IGNORECASE)


_BEFORE_THAT = re.compile(r"^\s*truoc do\s*,\s*$")


def narrated_past(text: str, sp: Span) -> bool:
    """Whether a time in ``text`` tells when something was done, not when a duty is due.

    Two shapes: the time opens a clause whose verb, a few subject words on, is marked
    done ("Đến hết tháng 6/2017, vốn đã giao …"; "…, trong 6 tháng đầu năm 2017, đã có
    thêm …"); or it closes a clause whose verb is ("Thủ tướng đã quyết định thành lập Tổ
    công tác vào tháng 8/2016"), with no word of obligation between the verb and it.
    """
    said = fold(sp.text).strip()
    if not _EVENT_QUAL.match(said):
        return False
    before = text[: sp.start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    lead = before[cut:]
    after = text[sp.end :]
    opens = not lead.strip() or lead.rstrip().endswith(",")
    # "Trước đó, vào cuối năm 2016 Thủ tướng … cũng đã có văn bản …": after "before that"
    # the time may run into its clause's subject with no comma; the clause is history all
    # the same when its verb is marked done.
    before_that = _BEFORE_THAT.match(fold(lead)) is not None
    if opens and (after.lstrip().startswith(",") or before_that):
        rest = after.lstrip().removeprefix(",")
        stop = _CLAUSE_END.search(rest)
        if _done_next(rest[: stop.start()] if stop else rest):
            return True
    near = lead[-_POSTPOSED_CHARS:]
    done = list(_DONE_BEFORE.finditer(near))
    if not done:
        return False
    between = near[done[-1].end() :]
    return not _OBLIGATION.search(between) and not _OPENS_DUTY.search(between)


_FOUR_DIGITS = re.compile(r"\d{4}")
_NOT_ITS_YEAR = frozenset(
    ["span.horizon", "span.period", "span.document_number", "span.citation", "span.name"]
)
_A_YEAR = re.compile(r"(?<!\d)(?:19[4-9]\d|20\d\d)(?!\d)")
# A link, a document's number with its year ("109/2022/NĐ-CP", "số 35/2016"), the past a
# figure is compared with ("tăng so với tháng 4 năm 2016", "cùng kỳ năm 2016").
_NOT_A_YEAR = re.compile(
    r"\S*://\S*|\S*/\d{4}/\S*|\d+/\d{4}/[^\s,;.]*|\S+\.(?:jpg|png|html?)\S*"
    r"|\bsố\s+\d+/\d{4}\b|(?:so với|cùng kỳ)[^.;,\n]{0,40}",
    re.IGNORECASE,
)


def the_one_year(text: str) -> int | None:
    """The one year every due time the text writes in full falls in; None if not one.

    A page with no date that sets "Trường Đại học Điện lực (quý II); … (quý IV)" and
    "báo cáo … trong quý IV/2019" plans one year: the quarters and days it leaves the
    year off are in it. Another year the text names as its own ("trong năm 2016", "b)
    Năm 2022") leaves it open; a horizon, a cited document's number or day, a year
    compared with and a time told as done do not.
    """
    years: set[int] = set()
    lines: list[str] = []
    for line in text.splitlines():
        if _FOUR_DIGITS.search(line) is None:
            continue
        kept = line
        for sp in find_spans(line):
            if sp.code in _NOT_ITS_YEAR or (sp.read and narrated_past(line, sp)):
                # "đến năm 2020" (a horizon), "Nghị quyết 35/2016", "Trước đó, vào cuối năm
                # 2016 Thủ tướng … cũng đã có văn bản …" (history): no year of the text's.
                kept = kept[: sp.start] + " " * (sp.end - sp.start) + kept[sp.end :]
                continue
            for r in sp.readings if sp.read else ():
                w = r.window
                if YEAR_FROM_CONTEXT in r.notes or w.kind is not WindowKind.DEADLINE:
                    continue
                if w.end is not None:
                    years.add(w.end.year)
        lines.append(kept)
    if len(years) != 1:
        return None
    # "a) Năm 2021", "b) Năm 2022" as headings, a day cited in passing: any other year
    # the text names (but in a link or a document's number) leaves it open too.
    bare = _NOT_A_YEAR.sub(" ", "\n".join(lines))
    named = {int(m.group()) for m in _A_YEAR.finditer(bare)}
    return years.pop() if named == years else None
