"""Time expressions found inside running text (``nq42 when``, ``nq42 extract``).

A duty's sentence mixes its own time ("báo cáo Bộ Chính trị *trước ngày 25/3/2025*")
with numbers that are not: the date of the resolution it implements, a law's year
"(2013)", a strategy's horizon "đến năm 2030", a plan's name "kế hoạch hằng năm và 5
năm". :func:`find_spans` finds every dated shape and keyword the grammar knows
(:mod:`nq42cli.core.grammar`), decides from the words around it whether it is a time *of
the duty*, and reads the ones that are, each with its offsets in the text.

Precision comes before recall: a shape is read only when the text says it is a time
(a qualifier such as ``trong``, ``trước``, ``chậm nhất``, ``vào``, ``đến hết``, ``từ``
before it, or a clause that opens with it: "Năm 2025, hoàn thành …"). Everything else
is kept as a span that was *seen but not read*, with a stable reason code, so a caller
can count and show it ("0 due" must never hide "0 read"):

============================  ======================================================
``span.citation``             the date of a document cited ("Nghị quyết số 57-NQ/TW
                              ngày 22/12/2024", "Luật … (2013)")
``span.document_number``      a number carrying a year ("109/2022/NĐ-CP")
``span.horizon``              a strategy's horizon ("đến năm 2030", "tầm nhìn đến
                              năm 2050", "từ nay đến năm 2020")
``span.period``               a period named, not a deadline ("giai đoạn 2021-2030")
``span.name``                 part of a name or a noun's modifier ("kế hoạch hằng năm
                              và 5 năm", "kinh phí chi thường xuyên")
``span.unqualified``          a date with nothing saying it is the duty's time
``span.anchor``               a day without a year in a sentence that recurs: the
                              round's day, not a one-off deadline
``span.scope``                inside an opening "Đối với …" clause: which tasks, not
                              when
``span.target``               the year of a target, a level to reach ("phấn đấu đến
                              hết năm 2025, 100% hồ sơ …", "năm 2018 đạt 99%")
``span.past``                 a day before the document's own date, or a date opening
                              a clause that tells what was done ("người hoạt động
                              cách mạng trước ngày 01/01/1945", "Ngày 15/3/2025, Bộ
                              Chính trị đã ban hành …"): history, never a deadline
``span.unreadable``           the grammar could not read the words (a bad day, no year)
============================  ======================================================

A text that is nothing but a time phrase (a table's time cell, a field "Thời gian thực
hiện: …", a bracketed "(quý I/2024)", what a user types to ``nq42 when``) is read as
written, as :func:`nq42cli.core.grammar.read_phrase` reads it. A field or cell that holds
more words is read for the time it opens with ("Tháng 11, 12/2013 và kiện toàn thường
xuyên") and the times its words qualify; a date further in ("Theo Kế hoạch số 5/KH ngày
…") needs a qualifier like any running text. Approximate readings
(parts of a month, quarter or year, ``khoảng``) carry the note ``approximate``.

Offsets are into the NFC form of the text (what every nq42 text is stored as).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from nq42cli.core.grammar import (
    _PATTERNS,
    _QUAL,
    _QUAL_CANON,
    Reading,
    _aligned_fold,
    _Atom,
    _scan,
    read_phrase,
)
from nq42cli.core.text import fold, fold_aligned, nfc
from nq42cli.core.windows import Flag, TimeParseError, WindowKind

__all__ = ["APPROXIMATE", "Span", "find_spans", "read_cell"]

# A note on a reading: its edges are a convention ("đầu tháng" = days 1-10), not the text's.
APPROXIMATE = "approximate"

_APPROX_SHAPES = frozenset({"part_month", "part_quarter", "part_year", "months_part"})


@dataclass(frozen=True, slots=True)
class Span:
    """Words of a text that name a time: read (``readings``) or seen and set aside."""

    start: int
    end: int
    text: str
    readings: tuple[Reading, ...] = ()
    code: str | None = None  # why it was not read (``span.horizon`` …); None when read
    reason: str | None = None

    @property
    def read(self) -> bool:
        """Whether the words were read as a time of the duty."""
        return self.code is None

    @property
    def approximate(self) -> bool:
        """Whether a reading's edges are a convention rather than the text's."""
        return any(APPROXIMATE in r.notes for r in self.readings)

    def reading_at(self, reading: Reading) -> tuple[int, int]:
        """Where one of the span's readings was read from: its ``[start, end)`` in the text.

        A span may hold several readings ("trước ngày 18/5; trước ngày 30/11 hàng năm");
        each is shown at its own words, and at the whole span where its words are not
        found verbatim inside it.
        """
        at = self.text.find(reading.text)
        if at < 0:
            return self.start, self.end
        return self.start + at, self.start + at + len(reading.text)


# In running text the per-schedule keyword takes its clause, not the rest of the text.
_SPAN_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("per_schedule", re.compile(r"\btheo (?:tien do|lo trinh)\b(?:(?!\bva\b)[^,;.()\n])*"))
] + [(n, p) for n, p in _PATTERNS if n != "per_schedule"]

# Words a qualifier run before a shape may hold ("thực hiện cơ bản hoàn thành trong").
_QUAL_WORDS = frozenset(
    [
        "trong", "truoc", "cham", "nhat", "la", "den", "het", "tu", "ke", "bat", "dau", "vao",
        "khoang", "du", "kien", "phan", "co", "ban", "hoan", "thanh", "xong", "toi", "thuc",
        "hien", "ket", "chot",
    ]
)  # fmt: skip
_WORD_BACK = re.compile(r"([a-z0-9]+)[ \t]*$")
_PAREN = re.compile(r"\(([^()\n]{1,300})\)")
_BARE_YEAR = re.compile(r"^\W*\d{4}\W*$")
_DOC_NUMBER_AFTER = re.compile(r"\s*/\s*\S")
_DOC_NUMBER_BEFORE = re.compile(r"\bso\s*:?\s*$")
_CITED = re.compile(
    r"(?:\b\d+[a-z0-9.]*\s*[-/]\s*[a-z]{1,12}(?:\s*[-/]\s*[a-z0-9]+)*|\bso\s*:?\s*\S+)\s*,?\s*$"
    r"|\b(?:luat|bo luat|hien phap|phap lenh|nghi dinh|nghi quyet|quyet dinh|chi thi|ket luan"
    r"|thong tu|cong van|to trinh|thong bao|dieu le|van ban|hoi nghi|phien hop|ky hop)\b"
    r"[^;:()]{0,100}$"
)
_HORIZON_BEFORE = re.compile(r"\b(?:tam nhin|dinh huong|tu nay)(?:\s+\S+){0,2}\s*$")
# "Từ nay đến đầu năm 2026, hoàn thành xây dựng … chuyên trang …": a span from now to a
# month or a part of a year that opens a clause finishing something bounds that work,
# an end to finish by, not a horizon.
_FROM_NOW_BEFORE = re.compile(r"(?:^|[.;:\n]\s*)tu nay\s*$")
_FINISH_AFTER = re.compile(r"^\s*,\s*(?:phai |can )?(?:co ban )?hoan thanh\b")
_PERIOD_WORDS = re.compile(
    r"^(?:giai doan|thoi ky|nhiem ky)\b|\b(?:giai doan|thoi ky|nhiem ky)\s*$"
)
# "năm kết thúc nhiệm kỳ …", "năm cuối giai đoạn …": "kết thúc" after the noun "năm"
# says which year the period ends with, not a qualifier of the duty's time.
_YEAR_THAT_ENDS = re.compile(r"\bnam\s*$")
# Nouns a recurrence or "thường xuyên" qualifies instead of timing the duty.
_NAME_NOUNS = re.compile(
    r"\b(?:ke hoach|chuong trinh|ngan sach|du toan|khen thuong|thi dua|bao cao cong tac"
    r"|phong trao)\b(?:\s+[^\s,;:.()]+){0,6}\s*$"
)
_MODIFIED_NOUNS = re.compile(
    r"\b(?:chi|phong trao|nhiem vu|cac nhiem vu|hoat dong|chat che|mot cach)\s*,?\s*$"
    r"|\bchuong trinh(?:\s+[^\s,;:.()]+){0,3}\s*$"
)
# "Xây dựng kịch bản thúc đẩy tăng trưởng từ nay đến hết năm 2025": a plan or scenario
# named, then the span it covers ("từ nay đến …"), not when it is to be drawn up.
# "tổ chức phát động đợt thi đua đặc biệt từ nay đến hết năm 2025": a campaign named,
# then the span it runs over, not when it is to be launched.
_PLAN_NOUN = (
    r"\b(?:kich ban|ke hoach|phuong an|chuong trinh|dot thi dua|chien dich|cuoc van dong)\b"
    r"(?:\s+(?!(?:hoan thanh|xong|truoc|trong|va|de)\b)[^\s,;:.()]+){0,6}\s*"
)
_PLAN_COVERS = re.compile(_PLAN_NOUN + r"$")
_PLAN_COVERS_TO = re.compile(_PLAN_NOUN + r"tu nay\s*$")
_PLAN_PERIOD = "the span a plan, scenario or campaign named before it covers, not a deadline"
_PLAN_PERIODS = re.compile(r"^\s*(?:va|,)\s*\d+\s+nam\b")
_YEARS_ONLY = re.compile(
    r"^\s*(?:giai đoạn\s+|giai doan\s+)?\d{4}\s*[-–]\s*\d{4}\s*$", re.IGNORECASE
)
_NAMED_BEFORE = re.compile(
    r"\b(?:giai doan|thoi ky|nhiem ky|chien luoc|ke hoach|chuong trinh|de an|du an|quy hoach"
    r"|tong ket|so ket|nam thuc hien|khoa)\b[^()]{0,80}$"
)
# "các tháng cao điểm (…)": the bracket spells out the months the noun names.
_MONTHS_NAMED = re.compile(r"\b(?:cac|nhung) thang\b[^,;.:()]{0,60}?[\s(]*$")
# "bảo đảm kịp tiến độ trình Quốc hội tại Kỳ họp thứ 10 Quốc hội khóa XV (": the pace of
# a session's schedule, with the session named right before a bracket.
_SESSION_BEFORE = re.compile(
    r"\b(?:kip|theo|dap ung) tien do\b[^()\n;.]{0,40}?\b(?:ky hop|phien hop)\s+thu\s+\S+"
    r"[^()\n]{0,40}?[\s(]*$"
)
# A level to reach in the clause: a target, whose year is never a deadline.
_TARGET = re.compile(
    r"\b(?:phan dau|dat|ty le|toi thieu|it nhat)\b[^;.:]{0,80}?\d+(?:[.,]\d+)?\s*%"
    r"|\d+(?:[.,]\d+)?\s*%\s*[^;.:]{0,60}\bdat\b"
    # "hoàn thành mục tiêu xây dựng 1 triệu căn hộ … trước năm 2030": a count to reach.
    r"|\bmuc tieu\b[^;.:]{0,40}?\b\d+(?:[.,]\d+)?\s+(?:trieu|nghin|ngan|ty|van)\b"
)
# A share that reaches a state ("100% hồ sơ được số hóa"): a target when no qualifier
# makes its date the duty's time ("Năm 2025, 100% hồ sơ được số hóa").
_RESULT = re.compile(r"\d+(?:[.,]\d+)?\s*%\s*[^;.:]{0,60}\b(?:duoc|co muc)\b")
# A clause that tells what has been done ("đã", folded together with "đa-"/"dã"; the
# words after it tell them apart): history, never a deadline.
_NARRATED = re.compile(
    r"\bda\s+(?:ban hanh|duoc|hoan thanh|thuc hien|to chuc|co|dat|trien khai|phe duyet"
    r"|thong qua|ky|giam|tang|xay dung|chi dao|tong ket|so ket|cho y kien|ket luan)\b"
    # "Ngày 20/7/2018, Ủy ban nhân dân tỉnh nhận được Văn bản số …": the day a letter came
    # in, told as what happened.
    r"|\bnhan duoc\s+(?:van ban|cong van|bao cao|to trinh|thu|don|ho so|quyet dinh|ke hoach"
    r"|thong bao|giay moi)\b"
)
# A time label inside running text: "…; thời gian hoàn thành: quý II/2025".
_INLINE_FIELD = re.compile(
    r"\b(?:thoi gian(?: thuc hien| hoan thanh| trien khai)?|thoi han(?: hoan thanh| thuc hien"
    r"| trinh| ban hanh)?|tien do(?: thuc hien| hoan thanh)?)\s*:\s*$"
)
# "- Tiến độ hoàn thành hồ sơ đất đai, được bàn giao đất: Quý I/2026;", "Thời hạn nộp báo
# cáo: …": a label opening its line or sentence, "tiến độ"/"thời gian"/"thời hạn" and the
# work it times (words only), then a colon; the time after it is that work's.
_WORK_LABEL_BEFORE = re.compile(
    r"(?:^|[.;\n])\s*(?:[-+*•]\s*|[a-z0-9]{1,3}[.)]\s*)?(?:tien do|thoi gian|thoi han)"
    r"(?:\s+[a-z]+){1,16}"
    r"(?:,(?:\s+[a-z]+){1,6})?\s*:\s*$"
)
# "Thời gian chậm nhất gửi báo cáo về Ban Thường trực … ngày 23/3/2026": a label that opens
# its sentence and names the latest day of a sending; the day closes it, unqualified.
_LATEST_LABEL_BEFORE = re.compile(
    r"(?:^|[.;:]\s*)thoi (?:gian|han) cham nhat\s+(?:gui|nop|bao cao|trinh)\b"
    r"(?:(?!\bso\s*\d)[^.;:()])*$"
)
# A period counted from an event ("trong thời hạn 03 ngày làm việc kể từ ngày …",
# "chậm nhất sau 15 ngày kể từ …", "trong vòng 10 ngày sau khi …"), then a purpose ("để …")
# that hands the result on: whatever day follows is the purpose's.
_RELATIVE_THEN_PURPOSE = re.compile(
    r"\b(?:trong (?:thoi han|vong|khoang)|cham nhat(?: la)?(?: sau)?|sau)\s+\d{1,3}\s*"
    r"(?:\(\s*[a-z ]+\)\s*)?(?:ngay|tuan|thang)(?: lam viec)?\s*,?\s*"
    r"(?:ke tu|sau khi|tinh tu)\b"
)
# Read with marks: folded, "tính đến" (as of) is "tỉnh đến" ("… UBND tỉnh đến ngày …").
_IN_FORCE_BEFORE = re.compile(r"\bco hieu luc(?: thi hanh)?(?: ke)?\s*$")
_AS_OF_BEFORE = re.compile(r"\b[tT]ính\s*$")
# Folded, "để" (so that) and "đề" ("đề nghị") are one word: the purpose is read with marks.
_PURPOSE_WORD = re.compile(r"\sđể\s")
_TASKS_DUE = re.compile(
    r"\b(?:nhiem vu|viec|cong viec|noi dung) co (?:thoi )?han(?: hoan thanh)?\s*$"
)
# "hoàn thành các nhiệm vụ chính trị được giao trong năm 2017", "nhất là các nhiệm vụ giao
# hoàn thành trong năm 2026": the year the tasks were given (or fall due) names which
# tasks, as "đạt và vượt các mục tiêu đề ra trong năm 2026" names which goals; the duty
# that mentions them has no time of its own there.
# ("Triển khai theo mục tiêu đề ra hoàn thành trong năm 2025": the duty's own verb.)
_TASKS_GIVEN = re.compile(
    r"\b(?:(?:nhiem vu|chi tieu|cong viec)(?: chinh tri| trong tam| trong diem)?"
    r" (?:da )?(?:duoc )?giao(?: hoan thanh)?|cac (?:muc tieu|chi tieu) (?:da )?de ra)\s*$"
)
# "đối với các nhiệm vụ … trong năm 2025": the time names which tasks; an obligation
# after the scope ("đối với các bệnh viện … phải báo cáo … trước ngày …") closes it, and
# the time is the clause's.
# "Đối với điều hành giá cả một số mặt hàng, như việc điều chỉnh giá điện trong năm 2019":
# ", như …" gives examples of the scope, and the scope runs on through them.
# "Đối với các chi bộ trực thuộc Đảng bộ xã X sẽ tiến hành đại hội trước ngày …": the
# congress the scope's units will hold closes it as an obligation does.
_SCOPE = re.compile(
    r"\bdoi voi\b(?:(?!\b(?:phai|can|co trach nhiem"
    r"|se (?:tien hanh|to chuc) (?:dai hoi|ky hop|hoi nghi))\b)"
    r"(?:[^,;:.()]|,\s*(?:chang han )?nhu\s+(?!cau\b)))*$"
)
# The phrase after a verb and its object, with no verb of its own, and the time closing
# the sentence: "Kết thúc hoạt động đối với người hoạt động không chuyên trách tại cấp xã
# trước ngày 31/5/2026." ends the act. One that opens its clause ("Đối với …", "Riêng
# đối với …"), or holds a verb ("… đối với các dự án đã báo cáo … trước ngày …"), or goes
# on past the time ("… đối với kế hoạch vốn … đến ngày 15/5 các bộ … chưa phân bổ"),
# names which tasks.
_SCOPE_AFTER_ACT = re.compile(
    r"[^\W\d_]\s+(?:[^\W\d_]+\s+){1,6}doi voi\b(?:(?!\b(?:da|duoc|dang|se|co|la)\b)[^,;:.()])*$"
)
_OPENS_CLAUSE = re.compile(r"(?:^|[.;:,(\n])\s*(?:[-+*•]\s*)?(?:\w+\s+){0,1}doi voi\b")
_CLOSES = re.compile(r"\s*(?:[.;]|$)")
_ARISEN_BEFORE = re.compile(r"\bco phat sinh\b[^;:.()]{0,80}$")
# "bảo đảm mục tiêu đến hết năm 2025 …", "hoàn thành 5.000 km vào năm 2030": the noun
# "mục tiêu" or a quantity with its unit right before the qualifier: the target's year.
# "hoàn thành GPMB toàn bộ 75 ha trong Quý III/2026" is not one: "toàn bộ" (all of) makes
# the quantity the known size of the site the work covers, an end to finish, not a level.
_TARGET_BEFORE = re.compile(
    r"(?:\bmuc tieu|(?<![\d.,])(?<!\btoan bo )\d[\d.,]*\s*"
    r"(?:km|ha|m2|m3|mw|kw|tan|trieu tan|nghin tan))\s*$"
    # "phấn đấu vượt chỉ tiêu 100.000 căn trong năm 2025": a count a quota names, then its year.
    r"|\b(?:muc tieu|chi tieu)\b[^;.:()]{0,40}?\d[\d.,]*\s+[^\s\d;.:,()]+\s*$"
)
# "cập nhật lại tiến độ thi công theo mục tiêu hoàn thành thông tuyến … trong năm 2025":
# the work follows a target, and the year is the target's (not after a comma, and not
# when the time's own words finish something: "theo mục tiêu đề ra, hoàn thành trong …").
_FOLLOWS_TARGET_BEFORE = re.compile(r"\btheo (?:cac )?muc tieu\s+[^;.:(),\s][^;.:(),]{2,100}$")
_FINISHING = re.compile(r"\b(?:hoan thanh|xong)\b")
# "theo lộ trình đạt mức phát thải ròng bằng "0" vào năm 2050", "hướng tới xây dựng Sa Pa
# trở thành khu du lịch quốc gia xanh … vào năm 2030": the state an aim or a roadmap
# reaches, and the year it is reached in; the work done towards it has no end there.
_AIMED_LEVEL_BEFORE = re.compile(
    r"\b(?:muc tieu|lo trinh|huong toi)\b[^;.:()]{0,120}?\b(?:dat|tro thanh)\b[^;.:()]{0,100}"
    r"\b(?:vao )?(?:nam\s*)?$"
    # "… nhằm đưa nước ta cơ bản trở thành nước công nghiệp … vào năm 2020": the state the
    # work's purpose is to reach, and the year it is reached in.
    r"|\b(?:nham|de)\b[^;.:()]{0,80}?\btro thanh\b[^;.:()]{0,100}\bvao (?:nam\s*)?$"
)
# "… hướng tới mục tiêu phát thải ròng bằng "0" trước năm 2050": the national aim a task
# serves and the year it is to be met before; no end of the task's own.
_AIMED_BEFORE_YEAR_BEFORE = re.compile(r"\bhuong toi muc tieu\b[^;.:()]{0,100}$")
# "Phấn đấu giảm hệ số đàn hồi điện/GDP còn 1,0 vào năm 2020", "Phấn đấu đạt tối thiểu
# 23 giường bệnh/10.000 dân vào năm 2015": a level striven for, a figure before the year;
# a finishing verb gives the year back to the work ("phấn đấu hoàn thành 600 km …").
_STRIVEN_LEVEL_BEFORE = re.compile(
    r"\bphan dau\b(?:(?!\b(?:hoan thanh|xong|nam)\b)(?:[^;.:()]|[.,](?=\d))){0,80}?"
    r"(?<![\d/.-])\d+(?:[.,]\d+)*(?![/.-]?\d)"
    r"(?:(?!\b(?:hoan thanh|xong)\b)(?:[^;.:()]|[.,](?=\d))){0,80}?\bvao (?:nam\s*)?$"
)
# "Nâng cao nhận thức cho 50% lãnh đạo …, 100% lãnh đạo ban ngành, đoàn thể vào năm
# 2020", "… đạt 3% GDP vào năm 2030": a share and what it is of, then "vào năm": the
# level to reach by that year (a finishing verb between gives the year back to the work).
_SHARE_BY_BEFORE = re.compile(
    r"(?<!\bhoan thanh )(?<!\bhoan thanh \d)(?<!\bhoan thanh \d\d)(?<!\bhoan thanh \d\d\d)"
    r"\b\d+(?:[.,]\d+)?\s*%\)?(?:(?!\b(?:hoan thanh|xong)\b)[^;.:%()]){0,60}$"
)
# "Nhà Văn hoá lao động tỉnh (dự kiến hoạt động vào năm 2020)": the year a place is
# expected to open, said of it; no work is due then.
_EXPECTED_TO_RUN_BEFORE = re.compile(r"\bdu kien (?:di vao |dua vao )?(?:hoat dong|van hanh)\s*$")
# "Mục tiêu hoàn thành, bảo đảm đạt 3.000 Km đường cao tốc trong năm 2025 là không thay
# đổi.": a sentence whose subject is the target states it; its year is the target's.
_TARGET_SENTENCE = re.compile(r"(?:^|[.!?\n])[\s*#>+•-]*mục tiêu\b(?:[^.!?\n;:]|[.,](?=\d))*$")
# "Lãnh đạo 4 tỉnh đều cam kết hoàn thành các Dự án trong năm 2025": a pledge the bodies
# have made, reported; its year is what they promised, not a deadline this text sets.
_PLEDGED_BEFORE = re.compile(r"\b(?:deu|da) cam ket\b[^;.:()]{0,120}$")
# "tuyệt đối không để xảy ra thiếu lương thực, thực phẩm trong những tháng cuối năm": the
# period in which something must not happen, not an end (a deadline's verb in between,
# "không để chậm trễ, hoàn thành trong …", gives the time back to the duty).
# "Phương án … đã được thông qua … được tiếp tục thực hiện đến hết năm 2025": how long
# something already decided stays in force (a transitional rule), not work's deadline.
_STAYS_IN_FORCE_BEFORE = re.compile(r"\bduoc tiep tuc (?:(?:thuc hien|ap dung|su dung)\s*)?$")
# "Các bộ phận thường trực hoạt động từ nay đến hết tháng 10/2025": how long a body set up
# works (its term), not when its work is due; "các hoạt động" is the noun, not the verb.
_IN_FORCE = "how long a thing decided stays in force or a body works, not a deadline"
_OPERATES_BEFORE = re.compile(
    r"(?<!\bcac )(?<!\bnhung )(?<!\bmoi )(?<!\bto chuc )(?<!\btrien khai )(?<!\bthuc hien )"
    r"\bhoat dong(?:\s+tu nay)?\s*$"
)
# "Thời hạn tiếp nhận đề nghị hỗ trợ chậm nhất đến hết ngày 20 tháng 12 năm 2021": the
# window in which applicants may file, their entitlement's end, not work's deadline.
_RECEIVING_BEFORE = re.compile(
    r"\bthoi (?:han|gian) (?:tiep nhan|nhan|nop)(?: (?:ho so|de nghi|don))?\b[^.;:]{0,60}$"
)
# "Cán bộ, công chức … được nghỉ tết Âm lịch năm 2026 từ thứ Hai ngày 16 … đến hết thứ
# Sáu ngày 20 tháng 02 năm 2026", "… được hoán đổi ngày làm việc từ … sang thứ Bảy …",
# "(làm bù vào thứ Bảy ngày 22 tháng 8 năm 2026)": the days of a break granted (or the
# day worked in its place), what people are entitled to, not work's deadline.
_DAYS_OFF_BEFORE = re.compile(
    r"\bduoc (?:nghi|hoan doi ngay)\b[^.;:]{0,140}$|\blam bu(?: vao)?(?: ngay)?\s*$"
)
_PREVENTED_BEFORE = re.compile(
    # "không chấp nhận giảm vốn … trong năm 2017": a refusal's period, as "không để …".
    # "xem xét không tổ chức kiểm tra định kỳ trong năm 2020", "Chưa thực hiện điều chỉnh
    # tăng giá trong Quý I và Quý II năm 2020": an act held back for the period, the same.
    r"\b(?:khong (?:de|cho|chap nhan|to chuc|thuc hien)|chua (?:thuc hien|to chuc|ap dung))\b"
    # "không để ảnh hưởng đến …, bảo đảm trong tháng 3/2025 tiến hành …": after a comma,
    # "bảo đảm" opens the work to be done, as a deadline's verb does.
    r"(?:(?!\b(?:hoan thanh|xong|bao cao|trinh|ban hanh|gui)\b|,\s*(?:bao dam|dam bao)\b)"
    r"[^;.:]){0,100}$"
)
# "… các trạm thu phí đã quyết toán trong năm 2017": "đã" and its verb right before the
# time tell when something was done (the thing the duty is about), not a deadline.
# Read with its marks: "giảm tối đa giấy tờ trong năm 2025" folds alike.
# "… để có thể triển khai trong năm 2026": the same, with its modal. "… tháo gỡ các khó
# khăn để tạo điều kiện, giúp đỡ các doanh nghiệp … có bước phát triển trong năm 2010":
# the time of what the help is for, unless a verb of finishing or handing on comes between.
# So for what the work is to bring about: "… đề xuất phương án xử lý để sớm tái khởi động,
# nâng cao hiệu quả các dự án … trong năm 2017", and for what it is to step up: "Nghiên
# cứu đề xuất … dự án đường dây … để tăng cường nhập khẩu điện từ Lào trong năm 2025".
_PUT_TO_USE_BEFORE = re.compile(
    r"\sde (?:co the )?(?:trien khai|ap dung|su dung|van hanh)\s*$"
    r"|\sde (?:som )?(?:tao dieu kien|giup do|ho tro|tai khoi dong|nang cao hieu qua"
    r"|tang cuong|thuc day|day manh"
    # "Nghiên cứu nhu cầu … để chuẩn bị cho việc mở 4 ngành đào tạo mới trong năm 2017":
    # the year of what the study readies for, not of the study.
    r"|chuan bi cho(?: viec)?)\b"
    r"(?:(?!\b(?:hoan thanh|xong|bao cao|trinh|ban hanh|gui|nop)\b)[^;.:()]){0,150}$"
)
# "cân đối số vốn còn lại …, bảo đảm đủ để hoàn thành dự án trong năm 2021": the time of
# what the sum is to be enough for; the balancing itself has no end there.
_ENOUGH_FOR_BEFORE = re.compile(r"\b(?:bao dam|dam bao|bo tri) du(?: von)? de\b[^;.:()]{0,100}$")
_DONE_BEFORE = re.compile(r"(?<!\w)đã\s+(?:được\s+)?\w+(?:\s+\w+)?\s+(?:trong\s+)?(?:năm\s+)?$")
# "thời gian qua, chúng ta đang triển khai … 2 chương trình: Xóa nhà tạm … trong năm
# 2025": what has been under way lately; the clause's time names the work, not a deadline.
_LATELY_BEFORE = re.compile(r"\bthoi gian qua\b[^.;]{0,200}$")
# "… thực hiện trong năm 2014 và số lượng sẽ thực hiện năm tiếp theo": what falls in one
# year set beside what falls in the next; the year splits the content, not a deadline.
_NEXT_YEARS_SHARE_AFTER = re.compile(
    r"^\s*,?\s*va\s+(?!(?:cac|nhung)\s+nam\b)[^.;:()]{1,60}?\bnam\s+(?:tiep theo|sau|ke tiep)\b"
)
# "báo cáo kết quả thực hiện việc hỗ trợ trong năm 2014 và khi kết thúc Chương trình về
# Bộ Xây dựng": a year right after what a report of results or of the state of things is
# about names the period it reports on (the report's own time is its cycle or event).
_REPORTED_YEAR_BEFORE = re.compile(
    r"\bbao cao (?:ket qua|tinh hinh)\b"
    r"(?:(?!\b(?:truoc|cham nhat|gui|nop|trinh|ve|cho|hoan thanh|xong)\b)[^;.:,()]){0,80}$"
)
# "… nhấn mạnh, trong quý 3, các bộ, ngành, địa phương đã triển khai nghiêm túc …": a time
# put before its clause's subject, whose verb tells what was done (not "đã được …", a
# thing done before, which the clause's duty may still be about).
_DONE_AFTER = re.compile(r"^\s*,\s*(?!đã\b)\w[^.;:!?\n]{0,80}?\sđã\s+(?!được\b)\w")
# "Ngày 09/7/2025, Văn Phòng Thành ủy … có Công văn 86-CV/VPTU …", "Ngày 25/9/2025, Bộ
# GD&ĐT ban hành Công điện 1638/CĐ-BGDĐT …": a page's news of a document issued, its
# number named; the day it was issued, with or without "đã".
_ISSUED_AFTER = re.compile(
    r"^\s*,\s*\w[^.;:!?\n]{0,100}?\s(?:đã\s+)?(?:ban hành|có|ký(?: ban hành)?|phát hành)\s+"
    r"(?:công văn|văn bản|kế hoạch|quyết định|thông báo|chỉ thị|hướng dẫn|công điện|nghị quyết"
    r"|kết luận|thông tư|nghị định|chương trình)\s+(?:số\s+)?\d"
)
# "chúng ta có cơ sở để tin tưởng trong năm 2025 sẽ hoàn thành …": an expectation.
# "báo cáo 8 giờ sáng hàng ngày, từ 29/4 - 04/5/2025": the days a daily round runs over,
# each day's report due; the window's last day is no deadline of the duty.
_DAILY_BEFORE = re.compile(
    r"\b(?:hang|moi) ngay\s*,?\s*(?:tu (?:ngay )?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s*)?$"
)
_FREQUENCY = re.compile(r"\btan suat\b|\b\d+\s*(?:dot|lan)\s*/\s*(?:thang|nam|quy|tuan)\b")
# A count reached, right after a day: "(lũy kế …) đến 01/6/2026 đạt 18 ha".
_REACHED_AFTER = re.compile(r"^\s*,?\s*(?:da\s+)?dat\s+(?:duoc\s+)?\d")
# "Đến cuối tháng 9/2024, tỉnh X mới giải ngân được …", "… mới chỉ đạt …": so much so far.
_PROGRESS_AFTER = re.compile(
    r"^\s*,\s*[^,.;:]{1,60}?\bmoi (?:chi )?(?:dat\b|(?:giai ngan|hoan thanh|thu|thuc hien)"
    r" duoc\b)"
)
# "Năm 2024, tỉnh X được giao (giải ngân) hơn 20.400 tỷ đồng": a sum allotted for the year.
_ALLOTTED_AFTER = re.compile(
    r"^\s*,\s*[^,.;:]{1,60}?\bduoc giao\b(?: giai ngan\b)?[^.;:,]{0,30}?\d[\d.,]*\s*"
    r"(?:ty|trieu|nghin)\s*dong\b"
)
_EXPECTED_BEFORE = re.compile(
    r"\b(?:tin tuong|ky vong|hy vong|du bao)\s*$"
    # "Chúng tôi mong muốn triển khai dự án trong năm 2025": a wish a speaker voices.
    r"|\bmong muon\b[^;.:()]{0,100}$"
)
# "…; dự kiến trong năm 2024 sẽ hoàn thành một số hạng mục", "dự kiến trong tháng 12/2024,
# Bộ sẽ hoàn thành thủ tục …": what a report expects of work under way ("dự kiến" before the
# time, "sẽ" after it in its clause), the time of a forecast; a plan's own "dự kiến" field
# or "dự kiến trình …" names no "sẽ".
_FORECAST_BEFORE = re.compile(r"(?:^|[;,.:]\s*|\s)du kien\s*$")
_WILL_AFTER = re.compile(r"\s*,?\s*(?:[^,.;:()]{1,50}?\s)?se\s+(?!phai\b)\w")
# "Toàn bộ dự án nút giao … sẽ hoàn thành vào năm 2025.": a project as the subject, its
# completion foretold.
_PROJECT_WILL_BEFORE = re.compile(
    r"(?:^|[.;:]\s*)(?:toan bo )?(?:du an|cong trinh)\b[^,.;:()]{0,80}\bse (?:duoc )?"
    r"(?:(?:hoan thanh|dua vao (?:su dung|khai thac|van hanh)|thong xe|khanh thanh)\s*)?$"
)
# "… thống nhất sử dụng nguồn vốn dự phòng ngân sách Trung ương trong năm 2024": which
# year's funds are used, not when anything is due.
_FUNDS_USED_BEFORE = re.compile(r"\bsu dung (?:nguon )?(?:von|ngan sach)\b[^,.;:()]{0,60}$")
# "Việt Nam với mục tiêu … thu nhập cao vào năm 2045 và mục tiêu giảm lượng phát thải khí
# nhà kính (Net Zero) vào năm 2050": an aim held ("với/và mục tiêu …"), and the year it is
# to be met in; whatever work the sentence goes on to give has no end there.
_AIM_HELD_BEFORE = re.compile(r"\b(?:voi|va) (?:cac |nhung )?muc tieu\b[^;.:!?\n]{0,150}$")
# "Công chức mới được tiếp nhận, tuyển dụng trong năm 2025", "các Luật, Nghị định mới ban
# hành trong năm 2025": "mới" (newly) and a done act describe the noun before them (the
# people or papers it picks out), not when work is due.
_NEWLY_ACT = (
    r"(?:ban hanh|tiep nhan|tuyen dung|bo nhiem|thanh lap|dieu dong|luan chuyen|phe duyet"
    r"|sap xep|sap nhap|hop nhat|nghi huu|dua vao (?:su dung|hoat dong))"
)
_NEWLY_DONE_BEFORE = re.compile(
    rf"\bmoi (?:duoc )?{_NEWLY_ACT}(?:\s*,\s*(?:va )?{_NEWLY_ACT}|\s+va\s+{_NEWLY_ACT})*\s*$"
)
# "Huy động nguồn lực … gắn với việc hoàn thành chương trình xóa nhà tạm … trong năm
# 2025": the work is tied to a programme's completion, whose year that is, not the duty's.
_TIED_TO_BEFORE = re.compile(
    r"\bgan (?:lien )?voi (?:viec )?(?:hoan thanh|thuc hien|muc tieu)\b[^;.:()]{0,100}$"
)
# "Từ nay đến hết năm 2025 chỉ còn gần 2 tháng": the time left, context not a deadline.
_TIME_LEFT_AFTER = re.compile(
    r"^[\s,]*(?:chi )?con (?:(?:gan|khoang|hon|chua day|duoi|it hon) )?"
    r"\d+\s*(?:ngay|tuan|thang|nam)\b"
)
# Only a comma or spaces between "thường xuyên, liên tục" and the "trong …" it runs over.
_ONGOING_SPAN_GAP = re.compile(r"^[\s,]*$")
_CYCLE_WORDS = re.compile(r"\b(?:dinh ky|hang|moi|lan)\b")
_JOIN = re.compile(r"^[\s,;]*(?:(?:va|den|den het|toi|hoac)\b|[-–])?[\s,;]*$")
# "hằng năm (trước ngày 15 tháng 11)": a recurrence's day given in brackets after it.
_JOIN_BRACKET = re.compile(r"^\s*\(\s*$")
_RECUR_OPEN = re.compile(r"\bh[aă]ng (?:nam|thang|quy)\s*$")
# "định kỳ 6 tháng (", "định kỳ 6 tháng (…) và năm (": a cycle named in the clause just
# before a bracket; and a bracket holding only days with no year ("trước ngày 15/6").
_PERIODIC_BEFORE = re.compile(r"\bdinh ky\b[^.;:]{0,50}$")
_YEARLESS_DAYS = re.compile(
    r"^\s*(?:(?:truoc|cham nhat(?: la)?|vao)\s+)?ngay\s+\d{1,2}\s*[/.]\s*\d{1,2}\s*$"
)
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")
_CLAUSE_OPEN = re.compile(r"(?:^|[.;:(\n]|^\s*[-+*•])[\s*\"“]*$")
_CLAUSE_CLOSE = re.compile(r"^[\s*]*(?:[,:;)]|va\b|$)")
# "… khảo sát hạ tầng cụm công nghiệp; Quý III/2025.", "… - Tháng 6/2025": set off after
# the work by ";", "." or a dash, the time alone closes the text: the work's time.
# A timetable's step opening with its months, then its act: "…; từ tháng 4 đến tháng
# 6-2020 tiến hành đại hội các chi bộ …" (what is done in those months, by their end).
_STEP_ACT_AFTER = re.compile(
    r"^\s*(?:se\s+)?(?:tien hanh|trien khai|to chuc|hoan thanh|thuc hien|xay dung|ra soat"
    r"|tong ket|so ket)\b"
)
# "ngày 25/5/2017 là hạn cuối các trường … hoàn thành …": the day named the last one.
_LAST_DAY_AFTER = re.compile(r"^\s*(?:se )?la (?:han cuoi|han chot|thoi han cuoi cung)\b")
_TAIL_OPEN = re.compile(r"(?:[.;]|\s[-–])[\s*]*$")
_ENDS_TEXT = re.compile(r"^[\s*]*[.;]?[\s*]*$")
# "Tổ chức Khai giảng năm học mới: Ngày 05/9/2024 (thứ Năm).": a day with its weekday as
# the whole value after a label's colon is the day the item is held, a schedule's entry.
_WEEKDAY_CLOSE = re.compile(
    r"^\s*\(\s*(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\s*\)[\s*]*(?:[.,;]|$)"
)
_DAY_SHAPES = frozenset(
    {"day", "day_words", "day_noyear", "day_only", "day_range", "day_list", "day_span", "days_span"}
)
_YEARLESS = frozenset({"day_noyear", "day_only"})
# "trước 30/6, các trường …", "chậm nhất 9.3.": a bare pair after "trước" or "chậm nhất"
# that closes its clause is a day; a fraction runs on into its noun ("trước 1/2 nhiệm kỳ").
_LIMIT_PAIR_ENDS = re.compile(r"[^\S\n]*(?:[.,;:()*]|\n|$|(?:de|hoac)\s)")
# Shapes whose year may go unsaid ("trong Quý I", "chậm nhất tháng 6", "ngày 15 tháng 6").
_PART_OF_A_YEAR = frozenset({"day_words", "quarter", "month", "month_num"})
# A yearless day "of the year before": the year before whichever year a cycle is for.
_OF_THE_YEAR_BEFORE = re.compile(
    # "… trước ngày 10/12 của từng giai đoạn": the day in each period, never one date.
    r"\s*,?\s*cua (?:nam (?:truoc|lien truoc|ke truoc)|(?:tung|moi) (?:giai doan|ky|nam|dot))\b"
    # "… trước ngày 15 tháng 02 của năm liền kề sau năm báo cáo", "đến ngày 31 tháng 12 của
    # năm thống kê": the day counts from each round's year (the year reported, counted or
    # assessed), so every round's, never one date.
    r"|\s*,?\s*cua nam (?:lien ke sau|ke tiep sau|bao cao|thong ke|danh gia)\b"
    # "… có đủ tuổi đảng từ ngày 01/12 của năm trước đến hết tháng 02 trong năm.": "in the
    # year" with no year named is each year's (not "trong năm nay", "trong năm 2026").
    r"|\s*trong nam\s*(?:[.;,)]|$)"
    # "… từ ngày giấy phép có hiệu lực đến ngày 31 tháng 12 cùng năm": the year of the
    # event just named (each licence's), never the document's.
    r"|\s*cung nam\b(?!\s*\d)"
)
_MIN_YEAR, _MAX_YEAR = 1945, 2100


def find_spans(text: str, issued: date | None = None, *, field: bool = False) -> list[Span]:
    """Every time expression in ``text``, in order: read, or set aside with a reason.

    ``issued`` (the document's date) gives the year of a day written without one and
    the start of "từ nay". ``field``: the text is a time field or a table's time cell
    ("Thời gian thực hiện: Tháng 11, 12/2013 và bổ sung hàng năm"), so a shape needs no
    qualifier to be read, and a date before the document's own is read all the same
    (the field says it is the duty's time: a task set late, as written). Never raises on
    any text.
    """
    return list(_find_spans(nfc(text), issued, field))


# A document asks for the same sentence's spans again (its duty, its lead-in, its
# coverage count), and copies of a document (a Word file, a PDF's text, the markdown)
# hold the same sentences; spans are frozen, so one reading serves every caller. Room
# for a few hundred documents' sentences: a few tens of megabytes at most.
@functools.lru_cache(maxsize=1 << 16)
def _find_spans(text: str, issued: date | None, field: bool) -> tuple[Span, ...]:
    if not text.strip():
        return ()
    spans = [
        _last_year(text, sp) for sp in _spans(text, 0, len(text), issued, top=True, field=field)
    ]
    return tuple(spans if field else [_not_past(sp, issued) for sp in spans])


# "năm ngoái": last year, whatever the words before it ("vào giữa năm ngoái").
_LAST_YEAR_AFTER = re.compile(r"^\s+ngo[aá]i\b", re.IGNORECASE)


def _last_year(text: str, sp: Span) -> Span:
    """A span on "… năm" that the text goes on as "năm ngoái" (last year) is history.

    "sau khi người dân phản ánh mùi hôi vào giữa năm ngoái, …": the shape reads "vào
    giữa năm" as this year's, but the word after it puts the time a year back.
    """
    if not sp.read or not fold(sp.text).endswith("nam"):
        return sp
    if not _LAST_YEAR_AFTER.match(text[sp.end :]):
        return sp
    why = "a time of last year ('năm ngoái'): history, not a deadline"
    return Span(sp.start, sp.end, sp.text, code="span.past", reason=why)


def _not_past(sp: Span, issued: date | None) -> Span:
    """A read span whose deadlines all end before the document's date is history."""
    if issued is None or not sp.readings:
        return sp
    ends = [r.window.end for r in sp.readings if r.window.kind is WindowKind.DEADLINE]
    if ends and len(ends) == len(sp.readings) and all(e is not None and e < issued for e in ends):
        if _DUE_TODAY.match(fold(sp.text)) and all(e == issued - timedelta(days=1) for e in ends):
            # "… trước ngày 26/11/2025" in a dispatch of 26/11/2025: the day before its own
            # day only by the day-before rule; the printed day is today, a deadline it sets.
            return sp
        if _DUE_DAY.match(fold(sp.text)) and all(
            e is not None and e > issued - timedelta(days=_LATE_SIGNING_DAYS) for e in ends
        ):
            return sp
        why = "a day before the document's own date: history, not a deadline it sets"
        return Span(sp.start, sp.end, sp.text, code="span.past", reason=why)
    starts = [r.window.start for r in sp.readings if r.window.kind is WindowKind.DEADLINE]
    if sp.text.lstrip(_EDGE_LEFT)[:1].isdigit() and any(
        _years_under_way(r.window.start, r.window.end, issued) for r in sp.readings
    ):
        # "Đào tạo CNTT …: 2002 - 2010" in a plan of 2010, "2010 - 2020; chỉ đạo …" in a
        # letter of 2012: bare years of a span already running when the document was
        # written are the period it reports on or works within, not an end it sets (a
        # qualifier gives the end back: "Kết thúc nhiệm kỳ 2021-2026, hoàn thành …").
        why = "a span of years begun before the document's year: a period, not a deadline"
        return Span(sp.start, sp.end, sp.text, code="span.period", reason=why)
    if any(s is not None and s.year < issued.year - _HISTORY_YEARS for s in starts):
        # "80 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2027)": an anniversary's
        # years, from a day long before the document; no duty's window opens there.
        why = "a span from long before the document's date: history, not a deadline it sets"
        return Span(sp.start, sp.end, sp.text, code="span.past", reason=why)
    return sp


def _years_under_way(start: date | None, end: date | None, issued: date) -> bool:
    return (
        start is not None
        and end is not None
        and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
        and start.year < end.year
        and start.year < issued.year
    )


# "trước ngày …": a deadline before a printed day.
# "trước 26/11/2025" is the same limit without its "ngày".
_DUE_TODAY = re.compile(r"^\W*truoc (?:ngay\b|(?=\d))")
# "chậm nhất ngày 20/5/2025", "trước 08h00 ngày 20/5/2025" in a notice signed on 22/5: a
# notice of a meeting's conclusions is often signed days after the meeting that set the
# day, and a day qualified as due that lapsed within the week before the signing is still
# the duty's deadline as given (a late task, as a time field's). A week back or more,
# history ("trước ngày 20/11/2025" in a dispatch of 26/11/2025).
# The limit in any of its words ("hạn chót", "không quá"), "ngày" written or not.
_DUE_DAY = re.compile(
    r"^\W*(?:truoc|cham nhat(?: la)?|han chot(?: la)?|khong qua)"
    r"(?: \d{1,2}\s*(?:h|gio)\s*\d{0,2})? (?:ngay\b|(?=\d{1,2}\s*[/.-]\s*\d))"
)
_LATE_SIGNING_DAYS = 7
# A deadline window opening more years than this before the document is history.
_HISTORY_YEARS = 10


def read_cell(text: str, issued: date | None = None) -> list[Span]:
    """Read a text that should be only a time phrase: a table's time cell, a field.

    When the whole text reads as a phrase and nothing in it is set aside, the result is
    one span with the exact reading; otherwise the spans found in it as running text.
    """
    return find_spans(text, issued)


def _spans(
    text: str, lo: int, hi: int, issued: date | None, *, top: bool, field: bool = False
) -> list[Span]:
    """The spans of ``text[lo:hi]``: one whole reading if it is a time phrase."""
    part = text[lo:hi]
    # Keep brackets (the grammar reads them as spaces): they bound clauses here.
    s = "".join(c if c in "()" else f for c, f in zip(part, _aligned_fold(part), strict=True))
    claimed = [False] * len(s)
    exact = _exact(part, issued)
    spans: list[Span] = []
    if top and exact is None:
        for m in _PAREN.finditer(part):
            if _RECUR_OPEN.search(_aligned_fold(part[max(0, m.start() - 16) : m.start()])):
                continue  # "hằng năm (trước ngày 15 tháng 11)": read with its recurrence
            if _PERIODIC_BEFORE.search(
                _aligned_fold(part[max(0, m.start() - 60) : m.start()])
            ) and _YEARLESS_DAYS.match(_aligned_fold(m.group(1))):
                # "báo cáo định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)":
                # a periodic report's day in each cycle, no one-off deadline; set aside.
                why = "the day a periodic report is due in each cycle, not a one-off deadline"
                a, b = m.span(1)
                spans.append(Span(a, b, part[a:b], code="span.name", reason=why))
                for i in range(m.start(), m.end()):
                    claimed[i] = True
                continue
            got = _bracketed(part, m, issued)
            if got:
                spans += got
                for i in range(m.start(), m.end()):
                    claimed[i] = True
    atoms = _scan(s, part, _SPAN_PATTERNS, lenient=True, claimed=claimed)
    if exact is not None and len(_scan(s, part, lenient=True)) != len(atoms):
        # The whole-phrase reading swallowed words ("theo tiến độ chung (… chậm nhất
        # ngày 12/3/2025)"): read the parts as running text instead.
        exact = None
    seen = _judged(s, atoms, cell=field, whole=exact is not None, src=part)
    if exact is not None and all(v.code is None for v in seen):
        a = len(part) - len(part.lstrip(_EDGE_LEFT))
        b = len(part.rstrip(_EDGE_RIGHT))
        shapes = {v.atom.shape for v in seen}
        spans = [Span(a, b, part[a:b], _noted(exact, shapes))]
    else:
        spans += _grouped(part, s, seen, issued)
    if lo:
        spans = [
            Span(sp.start + lo, sp.end + lo, sp.text, sp.readings, sp.code, sp.reason)
            for sp in spans
        ]
    return sorted(spans, key=lambda sp: sp.start)


_EDGE_LEFT = ' \t\n*("“'
_EDGE_RIGHT = ' \t\n*).;,:"”'


# No time phrase is longer than this; a longer text is running text, never read whole.
_PHRASE_MAX = 400


def _exact(part: str, issued: date | None) -> list[Reading] | None:
    if not part.strip(_EDGE_LEFT + _EDGE_RIGHT) or len(part) > _PHRASE_MAX:
        return None
    got = _read(part, issued)
    return None if isinstance(got, TimeParseError) else list(got)


@functools.lru_cache(maxsize=1 << 15)
def _read(phrase: str, issued: date | None) -> tuple[Reading, ...] | TimeParseError:
    """A phrase's reading or its error; documents repeat their phrases, read each once."""
    try:
        return tuple(read_phrase(phrase, issued))
    except TimeParseError as exc:
        # Kept without its traceback: the frames would keep every caller's text alive.
        return exc.with_traceback(None)


def _noted(readings: list[Reading], shapes: set[str]) -> tuple[Reading, ...]:
    if not shapes & _APPROX_SHAPES:
        return tuple(readings)
    out = []
    for r in readings:
        rough = Flag.APPROXIMATE in r.window.flags or r.window.kind is WindowKind.DEADLINE
        notes = (*r.notes, APPROXIMATE) if rough and APPROXIMATE not in r.notes else r.notes
        out.append(Reading(r.window, r.text, tuple(notes)))
    return tuple(out)


_BARE_DAY = re.compile(r"\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*$")
_STOPPED_BEFORE = re.compile(r"[^\W_][)\]\"”]?\.\s*\(\s*$")
_EXPECTED_SITTING = re.compile(r"\s*du kien (?:to chuc|hop|dien ra)\b")
_SESSION_AHEAD = re.compile(
    r"\b(?:tai|vao|trinh|truoc|cho)\s+(?:ky|phien|hoi|cuoc)\s+(?:hop|nghi)\b[^();.]{0,80}?[\s(]*$"
)
_SESSION_NAMED = re.compile(r"\b(?:ky hop|phien hop)\b[^.;:,]{0,60}$")
_DAY_DUE = re.compile(r"\b(?:trong|truoc|cham nhat(?: trong)?|vao) ngay \d{1,2}\b")
_DUE_WORDS = re.compile(r"\W*(?:truoc|cham nhat|han|hoan thanh|xong)\b")


# A period's start given as a numbered week of the school or work year: "từ tuần 22".
_WEEK_FROM = re.compile(r"\b(?:tu|bat dau)\s+tuan\s+(?:thu\s+)?\d{1,2}\s*$")


def _bracketed(text: str, m: re.Match[str], issued: date | None) -> list[Span]:
    """A bracket holding only a time phrase: read whole; a bare year: a citation."""
    inner = m.group(1)
    a, b = m.span(1)
    if _BARE_YEAR.match(inner):
        # "Luật Khoa học và Công nghệ (2013)": the year of the law, never a deadline.
        return [Span(a, b, text[a:b], code="span.citation", reason="the year of a law or document")]
    got = _periods_named(text, m, issued)
    if got is not None:
        return got
    whole = _exact(inner, issued)
    if whole is None:
        return []
    if (
        all(r.window.start == r.window.end for r in whole)
        and not _DUE_WORDS.match(_aligned_fold(inner))
        and _names_a_day(text[max(0, a - 160) : a])
    ):
        # "hưởng ứng “Ngày Quốc tế xóa bỏ … trẻ em gái” (ngày 25/11)": the day a named
        # observance falls on, not when the work that marks it is due.
        why = "the day a named observance ('Ngày …') falls on, not a deadline"
        return [Span(a, b, text[a:b], code="span.name", reason=why)]
    if (
        all(r.window.start == r.window.end for r in whole)
        and _BARE_DAY.match(inner)
        and _STOPPED_BEFORE.search(text, 0, a)
        and not text[b:].strip(" \t)*")
    ):
        # "… theo từng đơn vị bầu cử (chậm nhất 25 ngày - Khoản 2 Điều 58). (24/04/2021)": a
        # bare day in brackets after the sentence's full stop, closing the text, stamps it
        # (the day a page lists or posts it); a deadline is said within the sentence.
        why = "a date stamp after the sentence's end (the day it is listed or posted)"
        return [Span(a, b, text[a:b], code="span.name", reason=why)]
    if not _DUE_WORDS.match(_aligned_fold(inner)) and _marks_an_occasion(text, a, whole):
        # "Để hưởng ứng Tháng hành động phòng, chống ma túy (tháng 6); Ngày quốc tế … và
        # Ngày toàn dân phòng, chống ma túy (ngày 26/6), …": the month or day an occasion
        # the work marks falls in, not when the work is due.
        why = "the time of a named occasion the work marks ('hưởng ứng Tháng …'), not a deadline"
        return [Span(a, b, text[a:b], code="span.name", reason=why)]
    if _WEEK_FROM.search(_aligned_fold(text[max(0, a - 60) : a - 1])) and not _DUE_WORDS.match(
        _aligned_fold(inner)
    ):
        # "Khóa 2021 bắt đầu học từ tuần 22 (ngày 26/12/2022)": the day the numbered week
        # a period starts from opens on, a start, never a deadline.
        why = "the first day of the week a period starts from, not a deadline"
        return [Span(a, b, text[a:b], code="span.period", reason=why)]
    if _MONTHS_NAMED.search(_aligned_fold(text[max(0, a - 90) : a])):
        # "trong các tháng cao điểm nắng nóng (tháng 4, 5, 6, 7)": which months, not when.
        why = "the months a noun before it names, not a deadline"
        return [Span(a, b, text[a:b], code="span.name", reason=why)]
    if _SESSION_BEFORE.search(_aligned_fold(text[max(0, a - 90) : a])):
        # "kịp tiến độ trình Quốc hội tại Kỳ họp thứ 10 Quốc hội khóa XV (tháng 10 năm
        # 2025)": when the session the work keeps pace with meets, not the duty's deadline.
        why = "the time of a session or meeting named before it, not a deadline"
        return [Span(a, b, text[a:b], code="span.period", reason=why)]
    if _EXPECTED_SITTING.match(_aligned_fold(inner)) and _SESSION_AHEAD.search(
        _aligned_fold(text[max(0, a - 120) : a])
    ):
        # "… báo cáo kết quả thực hiện tại Kỳ họp thứ Sáu, HĐND tỉnh (dự kiến tổ chức tháng
        # 12/2017)": an aside on when the session the work is brought to is expected to
        # sit; the work is due at the session, whenever it meets.
        why = "the expected time of a session or meeting named before it, not a deadline"
        return [Span(a, b, text[a:b], code="span.period", reason=why)]
    clause = _aligned_fold(text[max(text.rfind(".", 0, a), text.rfind(";", 0, a), 0) : a])
    if (
        _SESSION_NAMED.search(clause)
        and _DAY_DUE.search(clause)
        and not _DUE_WORDS.match(_aligned_fold(inner))
    ):
        # "Giao X trong ngày 21 tháng 01 năm 2025 có văn bản … đăng ký … vào kỳ họp bất
        # thường lần thứ 9 (đầu tháng 2 năm 2025)": beside the day the duty is due, when
        # the session named before it sits ("(trước ngày …)" is still a deadline; "trình
        # … tại Phiên họp thứ 42 (tháng 02/2025)" alone is the duty's time).
        why = "when a session named before it sits, beside the duty's own day"
        return [Span(a, b, text[a:b], code="span.period", reason=why)]
    if _YEARS_ONLY.match(inner) and _NAMED_BEFORE.search(_aligned_fold(text[max(0, a - 90) : a])):
        # "Chương trình mục tiêu quốc gia … (2021-2025)": the programme's years.
        why = "the years of a programme, plan or period named before it"
        return [Span(a, b, text[a:b], code="span.period", reason=why)]
    return _spans(text, a, b, issued, top=False)


# "Báo cáo … theo giai đoạn (từ năm 2025 - 2026; 2027 - 2028; 2029 - 2030)": the periods
# a report runs by, listed; "Kết thúc thời gian tạm dừng đóng (hết tháng 6/2020), …":
# when a period named before it ends, the event the duty follows. Neither is a deadline.
_PERIODS_BEFORE = re.compile(
    r"\btheo (?:tung |cac |moi )?(?:giai doan|thoi ky)\s*$"
    r"|\b(?:ket thuc|het) (?:thoi gian|thoi han|giai doan|thoi ky)\b[^()]{0,60}$"
)


def _periods_named(text: str, m: re.Match[str], issued: date | None) -> list[Span] | None:
    """The times in a bracket that lists periods or says when one named ends, or None."""
    a, b = m.span(1)
    if not _PERIODS_BEFORE.search(_aligned_fold(text[max(0, a - 90) : a - 1])):
        return None
    got = [sp for sp in _spans(text, a, b, issued, top=False) if sp.read]
    if not got or _DUE_WORDS.match(_aligned_fold(m.group(1))):
        # "theo từng giai đoạn (trước ngày 15/12/2026)": a deadline's own words, read.
        return None
    why = "the periods a report runs by or when one named ends, not a deadline"
    return [Span(sp.start, sp.end, sp.text, code="span.period", reason=why) for sp in got]


# The name of an observance right before a bracket: “Ngày …” in quotes, or "Ngày" with a
# capitalised word after it ("Ngày Pháp luật Việt Nam"); never a date ("Ngày 15/3 (thứ Hai)").
_NAMED_DAY = re.compile(
    r"(?:[“\"]\s*Ngày\s+[^\W\d][^“”\"()\n.;]{0,150}[”\"]"
    r"|(?<!\w)Ngày\s+(?=[^\W\d_])(?=[^a-zà-ỹđ])[^()\n.;:,]{0,150}?)\s*\(\s*$"
)


# An occasion's name mid-sentence, right before a bracket: "Tháng" or "Ngày" capitalised
# after a word, then its words ("Tháng hành động vì trẻ em (", "Ngày toàn dân phòng,
# chống ma túy ("); and the words that say the work marks it, earlier in the sentence.
_OCCASION_NAMED = re.compile(
    r"(?<=[\w,;] )(?P<w>Ngày|Tháng)\s+(?=[^\W\d_])[^()\n.;:]{0,120}?\s*\(\s*$"
)
_MARKS_OCCASION = re.compile(r"\b(?:huong ung|ky niem|chao mung|nhan dip)\b")


def _marks_an_occasion(text: str, a: int, whole: list[Reading]) -> bool:
    """Whether a bracket at ``a`` gives the day or month of an occasion the work marks."""
    before = text[max(0, a - 160) : a]
    m = _OCCASION_NAMED.search(before)
    if m is None:
        return False
    day = m["w"] == "Ngày"
    for r in whole:
        w = r.window
        if w.kind is not WindowKind.DEADLINE or w.start is None or w.end is None:
            return False
        if day and w.start != w.end:
            return False
        one_month = (w.start.year, w.start.month) == (w.end.year, w.end.month)
        if not day and (w.start.day != 1 or not one_month):
            return False
    stop = max(text.rfind(".", 0, a), 0)
    return bool(_MARKS_OCCASION.search(_aligned_fold(text[max(stop, a - 300) : a])))


def _names_a_day(before: str) -> bool:
    """Whether the words before a bracket end with the name of an observed day."""
    return _NAMED_DAY.search(before) is not None


# --------------------------------------------------------------------------- running text


@dataclass(slots=True)
class _Seen:
    atom: _Atom
    start: int  # where its qualifier words begin
    qual: str
    code: str | None = None
    reason: str | None = None


def _judged(
    s: str, atoms: list[_Atom], *, cell: bool, whole: bool = False, src: str = ""
) -> list[_Seen]:
    """Judge every atom of a text.

    ``whole``: the text reads as one time phrase (every atom is its time); ``cell``: a
    field or cell, whose leading run of times needs no qualifier. ``src``: the text
    itself (``s`` folded), for a word folding cannot tell apart ("đã" from "tối đa").
    """
    ends = [m.start() for m in _SENTENCE_END.finditer(s)]
    seen = [_seen(s, t) for t in atoms]
    recur = ([t.a for t in atoms if t.kind == "recur"], [t.b for t in atoms if t.kind == "recur"])
    lead = 0  # where the field's leading time run ends: a cell reads only that run
    for v in seen:
        opening = whole or (
            cell
            and (not s[lead : v.start].strip(_FIELD_EDGE) or bool(_JOIN.match(s[lead : v.start])))
        )
        _judge(s, v, ends, recur, cell=opening, src=src)
        if cell and v.code == "span.period" and (v.qual == "trong" or whole):
            # A time cell's "Hoàn thành trong giai đoạn 2026 - 2027", "Giai đoạn 2026 -
            # 2030": the work's own span.
            v.code = v.reason = None
        if opening and v.code is None:
            lead = v.atom.b
    for prev, v in itertools.pairwise(seen):
        # "tiến hành thường xuyên, liên tục trong năm 2025": the span the ongoing work
        # runs over, not a deadline.
        if (
            prev.atom.kind == "ongoing"
            and prev.code is None
            and v.code is None
            and v.qual == "trong"
            and v.atom.kind == "span"
            and _ONGOING_SPAN_GAP.match(s[prev.atom.b : v.start])
        ):
            v.code, v.reason = "span.period", "the span an ongoing duty runs over, not a deadline"
        # "Từ nay đến hết năm 2025 chỉ còn …": "từ nay" goes with the time left.
        if (
            prev.atom.kind == "now"
            and v.code == "span.horizon"
            and v.reason == _TIME_LEFT
            and _JOIN.match(s[prev.atom.b : v.start])
        ):
            prev.code, prev.reason = v.code, v.reason
        # "… Kế hoạch hằng năm (trước ngày 15 tháng 11)": a day with no year right after
        # it makes the recurrence the duty's cycle, not a plan's name.
        if (
            prev.code == "span.name"
            and prev.atom.kind == "recur"
            and v.code is None
            and (v.atom.shape in _YEARLESS or (v.atom.shape == "day_words" and v.atom.year is None))
            and (_JOIN.match(gap := s[prev.atom.b : v.start]) or _JOIN_BRACKET.match(gap))
        ):
            prev.code = prev.reason = None
        # "trong quý II và quý III/2025": the qualifier covers the shapes it joins.
        if (
            v.code == "span.unqualified"
            and prev.code is None
            and prev.qual
            and prev.atom.kind == v.atom.kind == "span"
            and _JOIN.match(s[prev.atom.b : v.start])
        ):
            v.code = v.reason = None
    return seen


_FIELD_EDGE = ' \t\n*-+:("“'
# A schedule's time cell that gives the hours before the day ("Từ 20 giờ 15 phút - 20 giờ
# 45 phút ngày 23 tháng 1", "8h00 ngày 5/3"): the cell still opens with the row's time.
_CLOCK = r"\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut)?)?"
_CLOCKS = rf"\s*(?:(?:tu|den|luc|vao)\s+)?{_CLOCK}(?:\s*(?:-|–|den)\s*{_CLOCK})?\s*,?\s*"
_CLOCKS_LEAD = re.compile(rf"^{_CLOCKS}(?=ngay\b)")


def clock_lead(text: str) -> int:
    """How many characters of hours open ``text`` before its day ("Từ 8 giờ - 10 giờ ngày …")."""
    m = _CLOCKS_LEAD.match(fold_aligned(text))
    return m.end() if m is not None else 0


_TIME_LEFT = "the time left until then ('chỉ còn 2 tháng'): context, not a deadline"


def _grouped(text: str, s: str, seen: list[_Seen], issued: date | None) -> list[Span]:
    out: list[Span] = []
    group: list[_Seen] = []
    for v in seen:
        if v.code is not None:
            a, b = v.start, v.atom.b
            out.append(Span(a, b, text[a:b], code=v.code, reason=v.reason))
            continue
        gap = s[group[-1].atom.b : v.start] if group else ""
        if group and (
            _JOIN.match(gap) or (group[-1].atom.kind == "recur" and _JOIN_BRACKET.match(gap))
        ):
            group.append(v)
            continue
        if group:
            out += _read_group(text, group, issued)
        group = [v]
    if group:
        out += _read_group(text, group, issued)
    return out


# "chậm nhất là 17 giờ 00 ngày 01/02/2026", "trước 16h ngày 9-2": the hour a day's
# deadline falls at, between the qualifier and the day.
_CLOCK_BEFORE = re.compile(
    r"\b\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut)?)?(?:\s+(?:sang|chieu|trua|toi))?\s*,?\s*$"
)


_EVENT_HOUR_BEFORE = re.compile(
    r"\b(?:ket thuc|bat dau|dien ra|khai mac|be mac|to chuc|hop|tien hanh)\s+vao\s*$"
)


# Shapes whose match opens with their own "từ" ("từ ngày 15 - 20/12", "từ ngày 15/11-15/12").
_OWN_FROM = frozenset({"day_range", "days_span"})


def _seen(s: str, t: _Atom) -> _Seen:
    """The atom with the run of qualifier words just before it.

    An hour between them ("chậm nhất là 17 giờ 00 ngày 01/02/2026") is passed over: the
    qualifier is the day's, and the span is the day alone (the day is due whatever the
    hour, and the grammar reads no hours: "trước 16h ngày 9-2" is due on the 9th).
    """
    clock = _CLOCK_BEFORE.search(s, max(0, t.a - 20), t.a)
    start = clock.start() if clock is not None else t.a
    while True:
        # Look back a few characters only: the scan must stay linear in the text.
        lo = max(0, start - 24)
        m = _WORD_BACK.search(s, lo, start)
        if m is None or (m.start(1) == lo and lo > 0):
            break
        # "hạn" alone is no qualifier ("nhiệm vụ có thời hạn hoàn thành trong …" names
        # the tasks); "hạn chót" (the last day allowed) is one.
        # "không quá" (no later than) is one as a pair only: "kết quả", "qua" are not.
        word = m.group(1)
        if word not in _QUAL_WORDS and not (
            (word == "han" and s.startswith("chot", start))
            or (word == "khong" and s.startswith("qua ", start))
            or (word == "qua" and s.endswith("khong ", 0, m.start(1)))
        ):
            break
        start = m.start(1)
    quals = _QUAL.findall(s[start : t.a])
    qual = _QUAL_CANON.get(quals[-1], quals[-1]) if quals else ""
    if not qual and t.shape in _OWN_FROM and s.startswith("tu ", t.a):
        # "… tổ chức Tháng hành động từ ngày 15/11-15/12 trên phạm vi …": the shape holds
        # its own "từ"; it bounds the work as a "từ" before it would.
        qual = "tu"
    if clock is not None and (
        qual not in ("cham nhat", "truoc", "vao")
        or not s[max(0, start - 3) : start].strip(" *-")
        # "… và kết thúc vào 17 giờ 00 ngày 01/02/2026", "khai mạc vào 8 giờ ngày …": the
        # hour a window or an event starts or ends; "gửi báo cáo vào 8 giờ sáng ngày …" is
        # the hour a step is due.
        or (
            qual == "vao"
            and _EVENT_HOUR_BEFORE.search(s, max(0, clock.start() - 30), clock.start())
        )
    ):
        # "Từ 09h30 ngày 22/6", "Đến 12h00 ngày 21/11, toàn tỉnh ghi nhận …": an hour
        # something starts at or a count is taken at, not a day's deadline. Opening a
        # sentence ("Chậm nhất là 17 giờ 00 ngày …, người ứng cử phải nộp …") the hour
        # sets a filing time for whoever the rule is about, not for the sentence's doer.
        start, qual = t.a, ""
    return _Seen(t, t.a if clock is not None else start, qual)


def _judge(
    s: str,
    v: _Seen,
    ends: list[int],
    recur: tuple[list[int], list[int]],
    *,
    cell: bool,
    src: str = "",
) -> None:
    """Decide whether a shape is a time of the duty; set a reason code when it is not."""
    t = v.atom
    before = s[max(0, v.start - 120) : v.start]
    after = s[t.b : t.b + 40]
    if t.year is not None and t.year != 0 and not _MIN_YEAR <= t.year <= _MAX_YEAR:
        v.code, v.reason = "span.unreadable", "a number out of the range of years"
        return
    if t.kind == "recur":
        if _NAME_NOUNS.search(before) or _PLAN_PERIODS.match(after):
            v.code, v.reason = "span.name", "names a kind of plan or budget, not the duty's cycle"
        elif not cell and v.qual and not _CYCLE_WORDS.search(s[t.a : t.b]):
            v.code, v.reason = "span.unqualified", "a length of time ('trong 6 tháng'), not a cycle"
        return
    if t.kind == "ongoing":
        if not cell and (
            _MODIFIED_NOUNS.search(before) or re.match(r"\s*,\s*(?:sau rong|hieu qua)\b", after)
        ):
            v.code, v.reason = "span.name", "describes a noun, not when the duty is done"
        return
    if t.kind == "onward" and (v.qual == "den" or _HORIZON_BEFORE.search(before)):
        # "từ nay đến năm 2020 và những năm tiếp theo": the horizon of a programme.
        v.code, v.reason = "span.horizon", "a horizon ('đến năm … và những năm tiếp theo')"
        return
    if t.kind in ("per_schedule", "undated", "onward"):
        return
    if re.match(r"\s+hoc\b", after) and s[t.a : t.b].endswith("nam"):
        # "cuối năm học 2025-2026": a school year, not the calendar's.
        v.code, v.reason = "span.name", "a school year, not a calendar year"
        return
    numbered = not v.qual and s[t.a : t.a + 1].isdigit() and _DOC_NUMBER_BEFORE.search(before)
    if _DOC_NUMBER_AFTER.match(after) or numbered:
        v.code, v.reason = "span.document_number", "part of a document's number"
        return
    if _SCOPE.search(before) and not (
        _CLOSES.match(after)
        and _SCOPE_AFTER_ACT.search(before)
        and not _OPENS_CLAUSE.search(before[before.rfind("doi voi") - 12 :])
    ):
        v.code, v.reason = "span.scope", "names which tasks ('đối với …'), not when"
        return
    if got := _others_time(s, src, v, ends, before):
        v.code, v.reason = got
        return
    if t.kind == "span" and _TIME_LEFT_AFTER.match(after):
        v.code, v.reason = "span.horizon", _TIME_LEFT
        return
    if t.kind == "now":
        _judge_now(s, v, before)
        return
    if v.qual in ("den", "den het", "het") and (
        _PLAN_COVERS_TO.search(before)
        # "hoàn thiện các kịch bản tăng trưởng và phương án chỉ đạo điều hành đến cuối năm
        # 2020": a year (or its part) right after the plan named is the span it covers.
        or (t.shape not in _DAY_SHAPES and _PLAN_COVERS.search(before))
    ):
        v.code, v.reason = "span.period", _PLAN_PERIOD
        return
    if v.qual == "den" and t.shape in ("year", "years_span", "years_list"):
        v.code, v.reason = "span.horizon", "a horizon ('đến năm …'), not a deadline"
        return
    if (
        v.qual in ("", "den")
        and _HORIZON_BEFORE.search(before)
        and not (_FROM_NOW_BEFORE.search(before) and _FINISH_AFTER.match(after))
    ):
        v.code, v.reason = "span.horizon", "a horizon ('tầm nhìn', 'định hướng đến …')"
        return
    if (
        t.shape == "years_span"
        and (_PERIOD_WORDS.search(s[t.a : t.b]) or _PERIOD_WORDS.search(before))
        and (
            v.qual not in ("truoc", "cham nhat", "den het", "het")
            # "… năm 2025 - năm kết thúc nhiệm kỳ 2021-2026": the year that ends the term,
            # a noun's description, not by when the duty is done.
            or _YEAR_THAT_ENDS.search(before)
        )
    ):
        v.code, v.reason = "span.period", "a period named, not a deadline"
        return
    if t.shape in _YEARLESS or (t.shape in _PART_OF_A_YEAR and t.year is None):
        if _OF_THE_YEAR_BEFORE.match(after):
            # "đề xuất văn bản cho năm sau … trước ngày 01 tháng 12 của năm trước": the day
            # in the year before each year's programme, so every year's, never one date.
            v.code, v.reason = "span.anchor", "a day of every year or period ('… của năm trước')"
            return
        if _day_of_an_earlier_recurrence(s, v, ends, recur):
            # "Hằng năm, tiến hành rà soát … trong Quý I và báo cáo … trong Quý II, chậm
            # nhất tháng 6": a quarter or month with no year is each year's, too.
            v.code, v.reason = "span.anchor", "the day of a recurrence named before it"
            return
        if t.next_year and any(at < t.a for at in recur[0]):
            # "Các bộ định kỳ hằng năm gửi báo cáo … Bộ X tổng hợp, báo cáo Thủ tướng trước
            # ngày 30 tháng 01 của năm tiếp theo": "the year after" has no year of its own;
            # after a yearly cycle named earlier in the item it is each round's next year.
            v.code, v.reason = "span.anchor", "the next year of a cycle named before it"
            return
        if (
            _REPORT_OF_A_CYCLE.search(_sentence(s, ends, t.a))
            and not _recurs_in_sentence(ends, recur, t.a)
        ) or _FOR_A_CYCLE_REPORT.match(after):
            # "Báo cáo 06 tháng gửi trước ngày 20 tháng 6 và báo cáo năm gửi trước ngày 20
            # tháng 01 năm sau": a periodic report's day, each period's, with no year; so
            # too a day with its report in brackets ("trước ngày 20 tháng 6 (đối với báo
            # cáo 6 tháng) và trước ngày 20 tháng 12 (đối với báo cáo năm)").
            v.code, v.reason = "span.anchor", "the day a periodic report is due, each period"
            return
        if (
            t.shape == "day_noyear"
            and not s[t.a : t.b].startswith("ngay")
            and not (v.qual in ("truoc", "cham nhat") and _LIMIT_PAIR_ENDS.match(after))
        ):
            v.code, v.reason = "span.unqualified", "a number pair, not written as a day"
            return
    _judge_date(s, v, before, after, cell=cell, src=src)


def _others_time(
    s: str, src: str, v: _Seen, ends: list[int], before: str
) -> tuple[str, str] | None:
    """The code and reason of a time in the duty's text that is not its own.

    Other tasks' time, a next step's, or the day figures are counted to.
    """
    if v.qual in ("den", "den het") and _AS_OF_BEFORE.search(src[max(0, v.start - 12) : v.start]):
        # "báo cáo số liệu (tính đến ngày 30/6/2026)", "số liệu tính đến hết tháng
        # 1/2027": the day the figures are counted up to, not when the report is due.
        return "span.name", "the day figures are counted to ('tính đến …'), not a deadline"
    if v.qual in ("tu", "ke tu") and _IN_FORCE_BEFORE.search(before):
        # "hướng dẫn thực hiện Luật Địa chất và khoáng sản có hiệu lực từ ngày 01/7/2026":
        # the day a text named takes effect, not when the work on it is done ("bảo đảm
        # có hiệu lực trước ngày …" is a deadline all the same).
        return "span.name", "the day a text takes effect ('có hiệu lực từ …'), not the duty's"
    if _TASKS_DUE.search(before):
        # "nhất là 44 nhiệm vụ có thời hạn hoàn thành trong quý II năm 2026": the time of
        # the tasks a noun names, not of the duty that mentions them.
        return "span.scope", "the deadline of tasks a noun names, not the duty's"
    if v.qual in ("trong", "vao") and _TASKS_GIVEN.search(before):
        return "span.scope", "the year of the tasks a noun names ('nhiệm vụ được giao trong …')"
    lo = _sentence_start(ends, v.start)
    period = _RELATIVE_THEN_PURPOSE.search(s, lo, v.start)
    if period and _PURPOSE_WORD.search(src[period.end() : v.start].lower()):
        # "… gửi Sở X trong thời hạn 03 ngày làm việc kể từ ngày kết thúc cuộc họp để Sở X
        # tổng hợp, báo cáo UBND tỉnh trước ngày 05/6/2026": the duty's own time is the
        # period counted from an event; a day after the purpose's "để" is the next step's.
        return "span.scope", "the day of the step a purpose names, not the duty's"
    return None


def _judge_now(s: str, v: _Seen, before: str) -> None:
    """A "từ nay": a horizon before "đến năm …", a plan's span after a plan named."""
    nxt = s[v.atom.b : v.atom.b + 30]
    if re.match(r"\s*den\s+nam\b", nxt):
        v.code, v.reason = "span.horizon", "a horizon ('từ nay đến năm …')"
    elif _PLAN_COVERS.search(before) and re.match(r"\s*den\b", nxt):
        v.code, v.reason = "span.period", _PLAN_PERIOD


def _day_of_an_earlier_recurrence(
    s: str, v: _Seen, ends: list[int], recur: tuple[list[int], list[int]]
) -> bool:
    """Whether a day without a year is the day of a recurrence named before it.

    "Định kỳ hằng năm, các sở báo cáo … trước ngày 15/12": the day belongs to the
    recurrence earlier in the sentence, and is no deadline of its own.
    """
    recur_at, recur_end = recur
    t = v.atom
    i = bisect.bisect_left(recur_at, _sentence_start(ends, t.a))
    j = bisect.bisect_left(recur_at, t.a) - 1
    # "Hằng tháng, trước ngày 20": next to its recurrence, the day is read with it.
    gap = s[recur_end[j] : v.start] if j >= 0 else ""
    beside = j >= 0 and (_JOIN.match(gap) or _JOIN_BRACKET.match(gap)) is not None
    # "báo cáo 6 tháng trước ngày 18/5 và báo cáo năm trước ngày 30/11 hằng năm": a day
    # right before its own recurrence is that one's day, whatever recurs before it.
    k = bisect.bisect_left(recur_at, t.b)
    owned = k < len(recur_at) and not s[t.b : recur_at[k]].strip()
    return i < len(recur_at) and recur_at[i] < t.a and not beside and not owned


# "báo cáo … tại phiên họp (thường kỳ) tháng …": the session the report is due at.
_AT_SESSION = re.compile(
    r"\b(?:bao cao|trinh)\b[^.;:]{0,200}\btai (?:cac )?(?:phien hop|ky hop)(?: thuong ky)?\s*$"
)


# "Chuẩn bị danh sách gồm: Danh sách người dừng tham gia … trong năm 2025": a list named as
# an item (the clause opens with "Danh sách"), whose time tells which people it holds.
_LIST_ITEM_BEFORE = re.compile(
    r"(?:[:;\n]\s*[-+*•]?\s*)danh sach\b"
    r"(?:(?!\b(?:gui|nop|bao cao|trinh|hoan thanh|lap|phe duyet|cap nhat)\b)[^;.:()\n]){0,100}$"
)


# "Đối với doanh nghiệp, hợp tác xã mới thành lập trong năm 2013 hoạt động … không đủ 12
# tháng thì xác định …": a time inside a case's condition, up to its "thì", says which
# cases the rule is for, not when work is done. No obligation may come between the case
# and the time ("Đối với …, các sở phải hoàn thành trong …": the time is then the duty's).
_CASE_BEFORE = re.compile(
    r"\b(?:doi voi|truong hop)\b"
    r"(?:(?!\b(?:phai|can|co trach nhiem|hoan thanh|xong|bao cao|trinh|gui|nop)\b)[^;:.()\n])*$"
)
_CASE_THEN_AFTER = re.compile(r"^[^;:.()\n]{0,200}?\sthì\s", re.IGNORECASE)
# "… của các tháng hoạt động sản xuất kinh doanh trong năm 2013": the year picks out
# which months a sum runs over, not an end.
_MONTHS_OF_BEFORE = re.compile(r"\b(?:cac|nhung) thang\b[^,;.:()\n]{0,60}?\s*$")


# "… hợp đồng lao động có thời hạn từ 03 tháng trở lên trước tháng 01 năm 2015 mà hợp đồng
# lao động tiếp tục có giá trị trong năm 2015, chưa được tham gia …": a time right before
# "mà", or inside the "mà" clause that follows a noun, says which contracts (people,
# cases) are meant, not when work is due; so does "Đến ngày … mà chưa …" (a condition). No
# obligation may come between "mà" and the time ("… mà các sở phải hoàn thành trong …"),
# and "mà còn" ("không chỉ … mà còn …") joins two parts of one statement.
_WHICH_AFTER = re.compile(r"^\s*mà\s+(?!còn\b)", re.IGNORECASE)
_WHICH_BEFORE = re.compile(
    r"\smà\s+(?!còn\b)"
    r"(?:(?!\b(?:phải|cần|có trách nhiệm|hoàn thành|xong|báo cáo|trình|gửi|nộp)\b)[^;:.()\n,])*$",
    re.IGNORECASE,
)


def _relative(v: _Seen, src: str) -> tuple[str, str] | None:
    """Why a time says which things a relative "mà" clause picks out; None if it does not."""
    if not src or v.qual not in ("", "trong", "truoc", "den", "den het", "het", "tu"):
        return None
    if _WHICH_AFTER.match(src[v.atom.b : v.atom.b + 20]) or _WHICH_BEFORE.search(
        src[max(0, v.start - 200) : v.start]
    ):
        return "span.scope", "names which things are meant ('… trước tháng … mà …'), not when"
    return None


def _counted(v: _Seen, after: str, s: str) -> tuple[str, str] | None:
    """Why a day is when a report's figure was taken, not a day work is due, or None.

    "Lũy kế GPMB đến 01/6/2026 đạt 18 ha": a count reached by that day. "Đến cuối tháng
    9/2024, tỉnh X mới giải ngân được hơn 7.800 tỷ đồng": the progress made so far ("mới
    … được", only so much), a report's cut-off. "Năm 2024, tỉnh X được giao giải ngân hơn
    20.400 tỷ đồng": the year of a sum allotted, the budget's year.
    """
    if v.qual == "den" and v.atom.shape in _DAY_SHAPES and _REACHED_AFTER.match(after):
        return "span.past", "the day a figure reached was counted ('đến … đạt 18 ha')"
    if v.qual.startswith("den") and _PROGRESS_AFTER.match(after):
        return "span.past", "the cut-off of progress made so far ('đến …, X mới … được')"
    if not v.qual and _ALLOTTED_AFTER.match(s[v.atom.b : v.atom.b + 120]):
        return "span.period", "the year of a sum allotted ('Năm …, X được giao … tỷ đồng')"
    return None


def _which(s: str, v: _Seen, src: str) -> tuple[str, str] | None:
    """Why a time says which cases or months a rule is for, not when; None if it does not."""
    # "Trong trường hợp đến hết tháng 6/2020 dịch … vẫn chưa thuyên giảm, … thì …": a case
    # whose condition runs to a day is as much a condition as one in it.
    if v.qual not in ("", "trong", "den", "den het", "het"):
        return None
    if (
        src
        and _CASE_BEFORE.search(s, max(0, v.start - 200), v.start)
        and _CASE_THEN_AFTER.match(src[v.atom.b : v.atom.b + 220])
    ):
        return "span.scope", "names which cases ('Đối với … thì'), not when"
    if v.qual == "trong" and _MONTHS_OF_BEFORE.search(s, max(0, v.start - 120), v.start):
        return "span.scope", "names which months ('các tháng … trong năm'), not when"
    if v.qual == "trong" and _HOLIDAYS_BEFORE.search(s, max(0, v.start - 60), v.start):
        return "span.scope", "names which holidays ('các ngày lễ lớn trong năm'), not when"
    return None


# "Gắn công tác tổ chức đại hội với việc tổ chức các ngày lễ lớn trong năm 2025": the
# year the holidays fall in picks them out; the work runs with them, due by no end.
_HOLIDAYS_BEFORE = re.compile(
    r"\b(?:cac|nhung) (?:ngay le|ngay ky niem|su kien|dip le)(?: lon| quan trong| trong dai)*\s*$"
)


# "(dự kiến họp kiểm điểm vào ngày 19/11/2025)": an aside on a meeting planned, not when
# the duty is done.
_PLANNED_MEETING_BEFORE = re.compile(r"\(\s*du kien (?:hop|to chuc hop|hoi nghi)\b[^()]{0,60}$")

# "Hội nghị đã tập trung được trí tuệ …; xác định … nhiệm vụ năm 2010, … để tạo ra những
# chuyển biến mạnh trong năm 2010": in a sentence that tells what was done (a short
# subject then "đã"; not "các Nghị quyết … đã ban hành", a noun's relative clause), the
# time after its purpose "để" is what the act aimed at, not work due. A request in between
# ("đề nghị", "giao", "phải") opens a task of its own, whose time it is.
_ASKS = r"(?!\b(?:đề nghị|yêu cầu|giao|chỉ đạo|cần|phải)\b)"
_AIM_OF_DONE_BEFORE = re.compile(
    r"(?:^|[.!?\n])[\s\-+*•]*(?:(?!\b(?:có trách nhiệm|cần|phải|rà soát)\b)[^.!?\n;,:]){1,40}?"
    rf"(?<!\w)đã\s+(?!được\b)(?:{_ASKS}[^.!?\n]){{0,500}}?(?<!\w)để\s+(?:{_ASKS}[^.!?\n]){{0,150}}$"
)

# "Năm 2010, thành phố tiếp tục thực hiện chủ đề năm: "Năm 2010 - năm thực hiện nếp sống
# văn minh …"": a year's theme (a slogan the year carries), and the year it names, not
# when any work ends.
_THEME = re.compile(r"\bchu de (?:cua )?nam\b")
_THEME_NAMED_AFTER = re.compile(r"^\s*[\"”]?\s*[-–]\s*nam\s+(?!\d)")

# "… đã được đề ra tại … Kết luận của Bộ trưởng tại Hội nghị An toàn giao thông toàn quốc
# tổ chức vào ngày 12/01/2010": the conclusion cited was given at that meeting, so its day
# dates the source, as a document's "ngày …" does; never "phục vụ Hội nghị … tổ chức vào
# quý I" (a meeting ahead, which bounds the work for it).
_SOURCE_MEETING_BEFORE = re.compile(
    r"\b(?:ket luan|thong bao ket luan|y kien chi dao|chi dao)\b[^;:()]{0,120}"
    r"\btai (?:hoi nghi|phien hop|cuoc hop|ky hop)\b[^;:()]{0,80}\bto chuc\s*$"
)
# "… tại công văn ban hành vào ngày 12.5 …", "văn bản được ký vào ngày 3/2": the day a
# document named just before was issued or signed, not a time of the duty.
_ISSUED_ON_BEFORE = re.compile(
    r"\b(?:cong van|van ban|cong dien|quyet dinh|chi thi|thong bao|ke hoach|nghi quyet"
    r"|ket luan|thong tu|nghi dinh|to trinh)"
    r"(?:\s+[^\s;:()]+){0,3}?\s+(?:duoc\s+|da\s+)?(?:ban hanh|ky)\s*$"
)

# "Xác định nhiệm vụ thu thập thông tin dân cư … là nhiệm vụ trọng tâm của chính quyền các
# cấp trong năm 2017", "đề nghị các địa phương … trong năm 2025 xác định nhiệm vụ … là nhiệm
# vụ chính trị hàng đầu": a designation (X is a priority, a criterion) holds for the year;
# the year says when it is the priority, not when anything is due. A verb of finishing
# after the designation ("…, hoàn thành trong năm 2025") gives the time back to the duty.
_DESIGNATION = (
    r"\bxac dinh\b[^;.:()]{0,200}?\bla (?:mot trong (?:nhung|cac) )?"
    r"(?:nhiem vu|tieu chi|khau|giai phap|uu tien)\b"
)
_DESIGNATED_BEFORE = re.compile(
    _DESIGNATION
    + r"(?:(?!(?<!muc do )\b(?:hoan thanh|xong|bao cao|trinh|ban hanh|gui|nop)\b)[^;.:()]){0,150}$"
)
_DESIGNATES_AFTER = re.compile(r"^\s*,?\s*" + _DESIGNATION)

# "Hội nghị … dự kiến diễn ra vào ngày 16/4": "diễn ra" (takes place) has an event as its
# subject, so the date is when the event happens, not when a body's work is due.
_TAKES_PLACE_BEFORE = re.compile(r"\bdien ra\s*$")
# "… xử lý đơn thư … và các chỉ đạo của Giám đốc Sở trong tháng 1 năm 2017": the month
# the directions named were given in, what the work answers to, not when it is due.
_DIRECTED_IN_BEFORE = re.compile(r"\bcac (?:y kien )?chi dao cua (?:[^\s;:.,()]+\s+){1,5}$")


def _cited_day(before: str) -> str | None:
    """Why a day after "vào" is a cited one (a meeting's, a document's issue), or None."""
    if _SOURCE_MEETING_BEFORE.search(before):
        return "the day of the meeting a cited conclusion came from"
    if _ISSUED_ON_BEFORE.search(before):
        return "the date of a document cited"
    return None


# "… giữ chi phối 51% đến hết năm 2020", "tạm dừng đóng vào quỹ hưu trí … đến tháng 6
# năm 2020": how long a state is kept or a suspension lasts, not when work is due.
_KEPT_UNTIL_BEFORE = re.compile(
    r"\b(?:giu|tam dung|tam hoan|tam ngung)\b(?:\s+[^\s,;.:()]+){0,8}\s*$"
)
# "triển khai quyết liệt trong những tháng cuối năm và cả năm 2025", "… trong những
# tháng cuối năm và dịp Tết Nguyên đán 2026": the last months joined to a longer span or
# a season: the stretch the work runs over, not an end.
_LAST_MONTHS = re.compile(r"\b(?:nhung|cac) thang cuoi nam\b")
_LONGER_SPAN_AFTER = re.compile(r"^\s*(?:,|va)\s*(?:ca\s+)?(?:nam\s+\d{4}|dip\b)")


# "tích cực tham gia phong trào thi đua “Chung tay xóa nhà tạm … trong năm 2025”": a time
# inside the quoted name of a movement, campaign or slogan is part of the name.
# Read on the text itself: folding blanks the quotes out.
# So is one in the quoted title a page's closing line names ("Trên đây là "Yêu cầu công
# bố mức thưởng Tết 2026 trước ngày 20/12 với doanh nghiệp …"").
_QUOTED_NAME_BEFORE = re.compile(
    r"(?<![\w“\"])(?:phong trào|cuộc vận động|chiến dịch|chủ đề|khẩu hiệu|trên đây là)(?!\w)"
    r"(?:\s+[^\s“\"]+){0,3}\s*[“\"][^”\"\n]{0,200}$",
    re.IGNORECASE,
)
# "lập tiến độ chi tiết theo tuần, tháng đến hết năm 2026": a schedule drawn up, then the
# span it must cover, not when it is to be drawn up.
_SCHEDULE_COVERS = re.compile(r"\b(?:lap|xay dung) tien do\b[^;:.()]{0,40}$")


def _kept_or_issued(s: str, v: _Seen, before: str, after: str, src: str) -> tuple[str, str] | None:
    """Why a time is a cited day or directions' time, a state's length or a stretch; else None."""
    if v.qual == "trong" and _DIRECTED_IN_BEFORE.search(before):
        return "span.past", "the time the directions named were given ('chỉ đạo của …')"
    t = v.atom
    if src and _QUOTED_NAME_BEFORE.search(src[max(0, v.start - 240) : v.start]):
        return "span.name", "inside the quoted name of a movement or campaign"
    if v.qual in ("den", "den het", "het") and _SCHEDULE_COVERS.search(before):
        return "span.period", _PLAN_PERIOD
    if v.qual in ("vao", "") and t.shape in _DAY_SHAPES and _ISSUED_ON_BEFORE.search(before):
        return "span.citation", "the day a document cited was issued ('công văn ban hành vào …')"
    if v.qual in ("den", "den het", "het") and _KEPT_UNTIL_BEFORE.search(before):
        return "span.period", "how long a state is kept or a suspension lasts ('giữ … đến …')"
    if v.qual not in ("truoc", "cham nhat") and _DAYS_OFF_BEFORE.search(before):
        return "span.period", "the days of a break granted ('được nghỉ …'), not a deadline"
    if (
        v.qual in ("trong", "")
        and _LAST_MONTHS.search(s[v.start : t.b])
        and _LONGER_SPAN_AFTER.match(after)
    ):
        return "span.period", "the last months joined to a longer span: a stretch, not an end"
    return None


# "… khảo sát hạ tầng cụm công nghiệp Quý III/2025": a quarter or month closing the text
# with a capital mid-sentence, after a word of the work: the next line's (or the next
# cell's) time, joined on when the lines were read as one.
_CELL_SHAPES = frozenset(
    {"quarter", "quarter_pair", "month", "month_list", "month_span", "month_pair"}
)


def _capital_tail(s: str, v: _Seen, src: str) -> bool:
    at = v.start
    if not src or at < 2 or at >= len(src) or not src[at].isupper() or v.qual:
        return False
    return s[at - 1] == " " and s[at - 2].isalpha()


def _step_months(s: str, v: _Seen, after: str, clause: str) -> bool:
    """Whether a span of months opens a timetable's step, its act after it.

    "…; từ tháng 1 đến tháng 3-2020 sẽ tiến hành đại hội …": what is done in those months,
    by their end (a narrated one, "… đã tổ chức …", is no step).
    """
    return (
        v.atom.shape == "month_span"
        and s.startswith("tu ", v.start)
        and _CLAUSE_OPEN.search(s[max(0, v.start - 8) : v.start]) is not None
        and _STEP_ACT_AFTER.match(after) is not None
        and not _NARRATED.search(clause)
    )


def _judge_date(s: str, v: _Seen, before: str, after: str, *, cell: bool, src: str = "") -> None:
    """The last checks on a date: a citation, a target, a qualifier, a clause it opens."""
    t = v.atom
    if not v.qual and t.shape in _DAY_SHAPES and _CITED.search(before):
        v.code, v.reason = "span.citation", "the date of a document cited"
        return
    if v.qual == "vao" and t.shape in _DAY_SHAPES and (cited := _cited_day(before)):
        v.code, v.reason = "span.citation", cited
        return
    clause = _clause(s, v.start, t.b)
    if (
        not_when := _themed_or_aimed(s, v, clause, after, src)
        or _which(s, v, src)
        or _relative(v, src)
        or _counted(v, after, s)
        or _kept_or_issued(s, v, before, after, src)
        or _act_commented(v, after, src)
        or _daily_window(v, before)
    ) is not None:
        v.code, v.reason = not_when
        return
    if v.qual not in ("truoc", "cham nhat") and (
        _TARGET_BEFORE.search(before)
        or (_FOLLOWS_TARGET_BEFORE.search(before) and not _FINISHING.search(s[v.start : t.a]))
        or _PLEDGED_BEFORE.search(before)
        or _TARGET_SENTENCE.search(_sentence_so_far(src, t.a))
        or (
            v.qual in ("vao", "")
            and t.shape == "year"
            and (
                _AIMED_LEVEL_BEFORE.search(s[max(0, v.start - 120) : t.a])
                or _STRIVEN_LEVEL_BEFORE.search(s[max(0, v.start - 160) : t.a])
                or _SHARE_BY_BEFORE.search(before)
                or _EXPECTED_TO_RUN_BEFORE.search(before)
            )
        )
    ):
        v.code, v.reason = "span.target", "the year of a target (a level to reach), not a deadline"
        return
    if (not_due := _aimed_newly_or_tied(s, v, before)) is not None:
        v.code, v.reason = not_due
        return
    if v.qual in ("", "trong", "den") and _FREQUENCY.search(clause):
        # "tần suất: Tháng 3, 4 và tháng 9 đến tháng 11 tần suất quan trắc 02 đợt/tháng":
        # the months a sampling cycle runs in, not an end.
        v.code, v.reason = "span.period", "the months a frequency holds in ('tần suất …'), a cycle"
        return
    if v.qual in ("trong", "") and _LATELY_BEFORE.search(s[max(0, v.start - 200) : t.a]):
        why = "in a clause telling what has been under way lately ('thời gian qua, …')"
        v.code, v.reason = "span.past", why
        return
    if v.qual not in ("truoc", "cham nhat") and _PLANNED_MEETING_BEFORE.search(before):
        v.code, v.reason = "span.period", "the day of a meeting planned ('dự kiến họp'), an aside"
        return
    if v.qual not in ("truoc", "cham nhat") and _TAKES_PLACE_BEFORE.search(before):
        v.code, v.reason = "span.period", "the day an event takes place ('diễn ra vào …')"
        return
    if v.qual in ("trong", "") and _ARISEN_BEFORE.search(before):
        # "các cơ quan … có phát sinh người có nghĩa vụ kê khai … trong năm 2025 … thì thực
        # hiện bàn giao": the time tells which cases arose, not when the duty is done.
        v.code, v.reason = "span.scope", "names what arose in the period ('có phát sinh …')"
        return
    if v.qual in ("trong", "") and _DONE_BEFORE.search(src[max(0, v.start - 40) : t.a].lower()):
        v.code, v.reason = "span.past", "the time of something done ('đã … trong …')"
        return
    if v.qual in ("trong", "") and _LIST_ITEM_BEFORE.search(before):
        v.code, v.reason = "span.name", "tells which people a list holds, not when"
        return
    if v.qual in ("trong", "") and _PREVENTED_BEFORE.search(s[max(0, v.start - 100) : t.a]):
        why = "the period in which something must not happen ('không để … trong …')"
        v.code, v.reason = "span.period", why
        return
    if _RECEIVING_BEFORE.search(before):
        v.code, v.reason = "span.period", "the window for filing applications, not a deadline"
        return
    if v.qual in ("den", "den het", "het") and (
        _STAYS_IN_FORCE_BEFORE.search(before) or _OPERATES_BEFORE.search(before)
    ):
        v.code, v.reason = "span.period", _IN_FORCE
        return
    if v.qual not in ("truoc", "cham nhat") and _NEXT_YEARS_SHARE_AFTER.match(after):
        why = "one year's share beside the next year's ('… năm 2014 và số lượng … năm tiếp theo')"
        v.code, v.reason = "span.period", why
        return
    targeted = _TARGET.search(clause) is not None and not _handed_on(s, v)
    if targeted or (not v.qual and not cell and _RESULT.search(clause)):
        v.code, v.reason = "span.target", "the year of a target (a level to reach), not a deadline"
        return
    if (
        v.qual
        or cell
        or _INLINE_FIELD.search(before)
        or _LATEST_LABEL_BEFORE.search(before)
        or (("tien do" in before or "thoi " in before) and _WORK_LABEL_BEFORE.search(before))
        or _finished_on(s, v)
        or _step_months(s, v, after, clause)
        or _LAST_DAY_AFTER.match(after) is not None
    ):
        # qualified, in a field or cell, after "…; thời gian hoàn thành: …" or "Thời hạn
        # chậm nhất gửi …", or "bảo đảm hoàn thành ngày 19 tháng 12 năm 2025" (the day it
        # is done by)
        return
    if t.shape in ("month", "month_num") and _AT_SESSION.search(before):
        return  # "báo cáo … tại phiên họp tháng 9 năm 2022": reported at that month's session
    colon = s[max(0, v.start - 3) : v.start].rstrip().endswith(":")
    if t.shape in _DAY_SHAPES and colon and _WEEKDAY_CLOSE.match(after):
        return
    if (
        t.shape not in ("year", "years_span")
        and _ENDS_TEXT.match(after)
        and (
            _TAIL_OPEN.search(s[max(0, v.start - 8) : v.start])
            or (t.shape in _CELL_SHAPES and _capital_tail(s, v, src))
        )
    ):
        return
    if _CLAUSE_OPEN.search(s[max(0, v.start - 8) : v.start]) and _CLAUSE_CLOSE.match(after):
        if _NARRATED.search(clause):
            # "Ngày 15/3/2025, Bộ Chính trị đã ban hành …": what was done, not a task.
            v.code, v.reason = "span.past", "opens a clause that tells what was done"
        return  # "Năm 2025, hoàn thành …", "Quý I/2025: …"
    v.code, v.reason = (
        "span.unqualified",
        "no trước/trong/chậm nhất/vào… says it is the duty's time",
    )


# ""Việc yêu cầu các doanh nghiệp gửi báo cáo … trước ngày 25/12/2025 giúp nâng cao tính
# minh bạch …"": a sentence whose subject is an act ("Việc …") and whose verb, right after
# the time, says what the act brings; the time is the act's, told of, not set here.
_ACT_AS_SUBJECT = re.compile(r"(?:^|[.!?\n])[\s\"“”*>-]*việc\b[^.!?\n;:]{0,250}$")
_BRINGS_AFTER = re.compile(r"\s*(?:se\s+)?(?:giup|gop phan|cho thay|the hien)\b")


def _daily_window(v: _Seen, before: str) -> tuple[str, str] | None:
    """The code and reason of a window a daily round runs over (see ``_DAILY_BEFORE``)."""
    if v.qual in ("tu", "den", "den het", "trong") and _DAILY_BEFORE.search(before):
        return "span.period", "the days a daily round runs over ('hàng ngày, từ …')"
    return None


def _act_commented(v: _Seen, after: str, src: str) -> tuple[str, str] | None:
    """Why a time is that of an act a sentence comments on; None if it is not."""
    if not _BRINGS_AFTER.match(after) or not _ACT_AS_SUBJECT.search(
        _sentence_so_far(src, v.atom.a)
    ):
        return None
    return "span.scope", "the time of an act the sentence comments on ('Việc … giúp …')"


def _aimed_newly_or_tied(s: str, v: _Seen, before: str) -> tuple[str, str] | None:
    """Why a time is a hope's, an aim's, a newly done act's or a tied goal's; None if none."""
    if v.qual == "truoc" and v.atom.shape == "year" and _AIMED_BEFORE_YEAR_BEFORE.search(before):
        return "span.target", "the year of a target (a level to reach), not a deadline"
    if _EXPECTED_BEFORE.search(before):
        return "span.target", "the year of an expectation or a wish ('tin tưởng …'), not a deadline"
    if (
        (_FORECAST_BEFORE.search(before) or s.startswith("du kien ", v.start))
        and _WILL_AFTER.match(s, v.atom.b, min(len(s), v.atom.b + 80)) is not None
    ) or _PROJECT_WILL_BEFORE.search(before):
        return (
            "span.target",
            "what is expected of work under way ('dự kiến … sẽ …'), not a deadline",
        )
    if v.qual in ("trong", "") and _FUNDS_USED_BEFORE.search(before):
        return "span.name", "the year of the funds a sentence names ('sử dụng nguồn vốn …')"
    lo = max(0, v.start - 170)
    if v.qual == "vao" and v.atom.shape == "year" and _AIM_HELD_BEFORE.search(s, lo, v.start):
        return "span.target", "the year an aim held is to be met ('với mục tiêu …')"
    if v.qual not in ("trong", "vao", ""):
        return None
    if _NEWLY_DONE_BEFORE.search(before):
        return "span.past", "what was newly done picks out a noun ('mới ban hành …')"
    if _TIED_TO_BEFORE.search(before):
        return "span.scope", "the time of what the work is tied to ('gắn với việc hoàn thành …')"
    return None


# A day written right after an obliged finishing ("bảo đảm hoàn thành ngày 19 tháng 12
# năm 2025", "phải hoàn thành ngày …") is when the work must be done by: the obligation
# rules out a report's or a document's day ("kết quả hoàn thành ngày 5/3 của Bộ").
_FINISHED_ON = re.compile(r"\b(?:bao dam|dam bao|phai|can) hoan thanh\s*$")


def _finished_on(s: str, v: _Seen) -> bool:
    t = v.atom
    before = s[max(0, v.start - 30) : t.a]
    return t.shape in ("day", "day_words") and _FINISHED_ON.search(before) is not None


# "…, trình Thủ tướng phê duyệt trong tháng 11": after a target, a verb that hands the
# work on (submit, report) opens the clause the time belongs to.
_HANDED_ON = re.compile(r",\s*(?:trinh|bao cao)\b[^,;]*$")


def _themed_or_aimed(s: str, v: _Seen, clause: str, after: str, src: str) -> tuple[str, str] | None:
    """Why a time is a theme's, an aim's or a designation's, not a deadline; None if none."""
    if v.qual not in ("", "trong"):
        return None
    if _ENOUGH_FOR_BEFORE.search(s[max(0, v.start - 120) : v.start]):
        return "span.scope", "the time of what a sum is enough for ('bảo đảm đủ để …')"
    if _PUT_TO_USE_BEFORE.search(s[max(0, v.start - 200) : v.start]):
        # "trình Thủ tướng Đề án thí điểm … để triển khai trong năm 2010": the year the
        # thing is to be used in, after its purpose "để"; not when the duty is done.
        return "span.scope", "the time of what the work is for ('để triển khai …')"
    if v.atom.shape == "year" and _REPORTED_YEAR_BEFORE.search(s[max(0, v.start - 120) : v.start]):
        return "span.period", "the year a report of results covers, not its due date"
    if v.atom.shape == "year" and (_THEME.search(clause) or _THEME_NAMED_AFTER.match(after)):
        return "span.name", "the year a theme is given to ('chủ đề năm'), not an end"
    if _AIM_OF_DONE_BEFORE.search(_sentence_so_far(src, v.atom.a)):
        return "span.past", "the aim of something done ('đã … để … trong …'), not a deadline"
    if _DONE_AFTER.match(src[v.atom.b : v.atom.b + 150].lower()):
        return "span.past", "the time a report tells what was done in ('trong quý 3, X đã …')"
    if _ISSUED_AFTER.match(src[v.atom.b : v.atom.b + 200].lower()):
        return "span.citation", "the day a document named was issued ('Ngày …, X ban hành …')"
    if _DESIGNATED_BEFORE.search(s[max(0, v.start - 350) : v.start]) or _DESIGNATES_AFTER.match(
        s[v.atom.b : v.atom.b + 300]
    ):
        return "span.period", "the year a designation holds ('xác định X là nhiệm vụ trọng tâm …')"
    return None


def _sentence_so_far(src: str, pos: int) -> str:
    """The sentence up to ``pos``, lowercased, whole from its start or else empty."""
    lo = max(0, pos - 700)
    seg = src[lo:pos].lower()
    if lo:
        m = re.search(r"[.!?\n]", seg)
        seg = seg[m.start() :] if m else ""
    return seg


def _handed_on(s: str, v: _Seen) -> bool:
    """Whether a verb handing the work on follows the targets before a date.

    "… đạt tối thiểu 30%, trình … phê duyệt trong tháng 11": every target of the clause
    comes before the date, and "trình" stands between them and it.
    """
    a, b = v.start, v.atom.b
    lo = max(*(s.rfind(c, max(0, a - 200), a) for c in ".;:\n"), a - 201) + 1
    his = [i for i in (s.find(c, b, b + 200) for c in ".;:\n") if i >= 0]
    hi = min(his) if his else min(len(s), b + 200)
    if _TARGET.search(s, b, hi) is not None:
        return False
    ends = [m.end() for m in _TARGET.finditer(s, lo, a)]
    return bool(ends) and _HANDED_ON.search(s[ends[-1] : a]) is not None


def _clause(s: str, a: int, b: int) -> str:
    """The clause around ``s[a:b]``: from the last "." ";" ":" before it to the next one."""
    lo = max(*(s.rfind(c, max(0, a - 200), a) for c in ".;:\n"), a - 201)
    # A colon right after the words opens what they time ("Năm 2025: đạt 99% …").
    after = b + 3 if s[b : b + 3].lstrip().startswith(":") else b
    his = [i for i in (s.find(c, after, b + 200) for c in ".;:\n") if i >= 0]
    return s[lo + 1 : min(his) if his else min(len(s), b + 200)]


# A report named by its period ("báo cáo 06 tháng", "báo cáo quý", "báo cáo năm", "báo
# cáo định kỳ"), not one year's ("báo cáo năm 2025").
_REPORT_OF_A_CYCLE = re.compile(
    r"\bbao cao (?:0?6 thang|sau thang|quy|nam|thang|hang (?:nam|quy|thang)|dinh ky)\b"
    r"(?!\s*(?:\d|nay\b|[ivx]+\b))"
)


_FOR_A_CYCLE_REPORT = re.compile(
    r"\s*\(\s*(?:doi voi |voi |cho )?(?:ky )?bao cao (?:0?6 thang|sau thang|quy|nam|thang"
    r"|hang (?:nam|quy|thang)|dinh ky)\b"
)


def _recurs_in_sentence(ends: list[int], recur: tuple[list[int], list[int]], pos: int) -> bool:
    """Whether a recurrence is named in the sentence around ``pos`` (it binds the day)."""
    i = bisect.bisect_left(ends, pos)
    lo, hi = _sentence_start(ends, pos), ends[i] if i < len(ends) else 1 << 30
    return any(lo <= at < hi for at in recur[0])


def _sentence(s: str, ends: list[int], pos: int) -> str:
    """The sentence around ``pos``."""
    i = bisect.bisect_left(ends, pos)
    return s[_sentence_start(ends, pos) : ends[i] if i < len(ends) else len(s)]


def _sentence_start(ends: list[int], pos: int) -> int:
    i = bisect.bisect_left(ends, pos)
    return ends[i - 1] + 1 if i else 0


def _read_group(text: str, group: list[_Seen], issued: date | None) -> list[Span]:
    a, b = group[0].start, group[-1].atom.b
    b = a + len(text[a:b].rstrip())
    phrase = text[a:b]
    got = _read(phrase, issued)
    if isinstance(got, TimeParseError):
        return [Span(a, b, phrase, code="span.unreadable", reason=got.message)]
    readings = list(got)
    shapes = {v.atom.shape for v in group}
    return [Span(a, b, phrase, _noted(readings, shapes))]
