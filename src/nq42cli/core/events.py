"""An event's particulars: the section that says when, where and for whom it is held.

A plan that holds one event (an examination, a training course, a conference) describes
it in a section of fields — "1. Thời gian kiểm tra: 13h30’ ngày 07/7/2026 (Thứ Ba).",
"2. Địa điểm: …", "3. Đối tượng: …", "4. Nội dung kiểm tra …" — and gives the work in
another ("III. TỔ CHỨC THỰC HIỆN": "1. Tổ chức kiểm tra …"). The fields are no work
(nothing in them is to be done) and their time is no deadline of theirs; it is the day
of the event, so the duty that holds the event ("Tổ chức kiểm tra …", "Giao phòng X tổ
chức huấn luyện, kiểm tra …") is due then. This module reads such a section's labels
and its time; the extractor skips the section and dates that duty.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from nq42cli.core.text import fold

__all__ = ["Event", "holds", "particulars"]


@dataclass(slots=True)
class Event:
    """An event's name words (``kiem tra``, folded), its days, and the words they are read from."""

    nouns: list[str] = field(default_factory=list)
    days: list[date] = field(default_factory=list)
    words: str = ""
    line: int = 0


# A label's field words; what else the label says names the event ("Thời gian kiểm tra",
# "Thời gian, đối tượng kiểm tra", "Nội dung huấn luyện").
_KINDS = ("thoi gian", "dia diem", "doi tuong", "thanh phan", "noi dung", "hinh thuc")
# "Thành phần tham dự Hội nghị", "Thành phần dự hội nghị": who attends is the field;
# the event is what follows.
_KIND = rf"(?:{'|'.join(_KINDS)})(?:(?<=thanh phan) (?:tham du|tham gia|du))?"
_LABEL = re.compile(
    rf"^(?P<kinds>{_KIND}(?:\s*(?:,|va)\s*{_KIND})*)"
    r"(?P<noun>(?:\s+[a-z]+){0,3})\s*$"
)
# Words after a field's name that say it is a task's own field, not an event's.
_TASK_WORDS = frozenset(["thuc hien", "hoan thanh", "trien khai", "bao cao", "to chuc"])
# Who comes or where: without one of them the fields are a task's, not an event's.
_GATHERING = ("dia diem", "doi tuong", "thanh phan")
_DAY = re.compile(r"\bngay\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\b")
# "1,5 ngày (bắt đầu từ 13h30 thứ Hai ngày 06/7/2026)": a length in days, then its start.
_LASTS = re.compile(r"^(\d{1,2}(?:[,.]5)?)\s+ngay\b.{0,40}?\b(?:bat dau )?tu\b")
_LABEL_WORDS = 8  # a field's label is a few words


def _label(text: str) -> str | None:
    """A line's field label, folded: the words before its colon, or the line if short."""
    f = fold(text).strip(" .*")
    head, colon, _ = f.partition(":")
    if not colon and len(f.split()) > _LABEL_WORDS:
        return None
    return head.strip()


def particulars(items: list[tuple[str, str, list[str], int]]) -> Event | None:
    """The event a section's items describe, or None when one of them is anything else.

    ``items``: each item's first line as printed (its label's words), its text, the texts
    under it and its line. Every item must be a
    field of an event (its label a field's name and at most the event's name: "Thời
    gian kiểm tra", "Địa điểm", "Đối tượng", "Nội dung huấn luyện"), one of them its
    time with a day in it, one who comes or where. A bare "Nội dung:" heads a plan's
    tasks, and "Thời gian thực hiện" is a task's field: neither describes an event.
    """
    kinds: set[str] = set()
    nouns: list[str] = []
    event = Event()
    for head, text, under, line in items:
        label = _label(head)
        m = _LABEL.match(label) if label is not None else None
        if m is None:
            return None
        here = {k for k in _KINDS if k in m["kinds"]}
        noun = m["noun"].strip()
        if noun in _TASK_WORDS or (here == {"noi dung"} and not noun):
            return None
        kinds |= here
        if noun and noun not in nouns:
            nouns.append(noun)
        if "thoi gian" in here:
            # "Đợt 1: Từ 13h30’ ngày 02/6/2026 (Thứ Ba)." under the label: each sitting's
            # line that names a day, the lines of who sits left out.
            pieces = [text.partition(":")[2].strip(), *under]
            words = "; ".join(p.rstrip(" .;") for p in pieces if _DAY.search(fold(p)))
            event.days, event.words, event.line = _days(words), words, line
    if "thoi gian" not in kinds or not kinds & set(_GATHERING) or not event.days or not nouns:
        return None
    event.nouns = nouns
    return event


def _days(words: str) -> list[date]:
    """The days an event's time names: each "ngày D/M/YYYY", or the last of a length."""
    f = fold(words)
    days: list[date] = []
    for m in _DAY.finditer(f):
        try:
            days.append(date(int(m[3]), int(m[2]), int(m[1])))
        except ValueError:
            continue
    if len(days) == 1 and (lasts := _LASTS.match(f)) is not None:
        # "1,5 ngày … từ … ngày 06/7": the event runs to its last day.
        length = math.ceil(float(lasts[1].replace(",", ".")))
        return [days[0] + timedelta(days=length - 1)]
    return sorted(dict.fromkeys(days))


def holds(text: str, event: Event, owners: list[str]) -> bool:
    """Whether a duty's work is to hold the event: "Tổ chức kiểm tra …", opening its text.

    Its owner may come first ("Giao phòng X tổ chức huấn luyện, kiểm tra …", ``owners``
    the names it was read from); work that only prepares for it ("Chuẩn bị các điều kiện
    … để tổ chức kiểm tra") is not it.
    """
    f = re.sub(r"^giao\s+", "", fold(text).strip())
    for name in sorted((fold(n) for n in owners), key=len, reverse=True):
        if name and f.startswith(name + " "):
            f = f[len(name) :].strip()
            break
    nouns = "|".join(re.escape(n) for n in event.nouns)
    return bool(re.match(rf"^to chuc\s+(?:{nouns})\b", f))
