"""Draft a plan file from the text of an implementation plan (``nq42 extract``).

The text is read the way Party plans are laid out: a title block (kind, title, the
preamble naming the resolution implemented), Roman-numbered sections (``I-``, ``II.``),
numbered items (``1.``), and under an item that names its owners, bullets or lettered
points (``- ``, ``a)``) that become duties ``IV.2.a``, ``IV.2.b``… Section I's
numbered items are the plan's purposes. Then the ``Nơi nhận`` list and the signature.

Owners come from the item's heading and from ``chủ trì`` / ``phối hợp với`` phrases,
matched against :data:`nq42cli.core.bodies.BODIES` with case, accents and tone
placement folded. Timing comes from the parenthesised phrases (``(*quý I/2024*)``),
read by the time grammar; failing that from ``thường xuyên`` or ``hằng năm`` in the
text. Lines a page break split are joined back.

Nothing is dropped: a paragraph that is not numbered, an owner not in the body list, a
timing phrase the grammar cannot read are all kept and marked in the duty's ``review``
field (or the draft's header notes), so the analyst checks them before the draft is
used. This module is pure: text in, data and notes out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from nq42cli.core.bodies import BODIES, Body
from nq42cli.core.grammar import read_phrase
from nq42cli.core.text import fold, nfc
from nq42cli.core.vocab import OwnerKind, Role
from nq42cli.core.windows import TimeParseError, render_window

__all__ = ["Draft", "draft_text", "extract"]

_SECTION = re.compile(r"^(?P<id>[IVXLC]+)\s*[-.–)]\s*(?P<text>\S.*)$")
_ITEM = re.compile(r"^(?P<id>\d{1,2})\s*[.)]\s+(?P<text>\S.*)$")
_LETTER = re.compile(r"^(?P<id>[a-zđ])\s*\)\s+(?P<text>\S.*)$")
_BULLET = re.compile(r"^[-–•+]\s+(?P<text>\S.*)$")
_TERMINAL = (".", ";", ":", "!", "?", ")")
_MARKED = re.compile(r"\s*\(\s*\*(?P<t>[^*()]+)\*\s*\)")
_PAREN = re.compile(r"\s*\((?P<t>[^()]+)\)")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"

# Words a body's name starts with, folded: an unknown name that starts so is taken as a
# body (and marked for review) rather than as the start of the duty's verb phrase.
_BODY_WORDS = re.compile(
    r"(?:cac\s+)?(?:bo|ban|so|uy ban|ubnd|van phong|dang doan|dang uy|hoi|tong cuc|cuc|vien"
    r"|truong|cong an|mat tran|lien doan|hoi dong|thanh tra|toa an|ngan hang|dai|bao"
    r"|thong tan xa|tinh uy|thanh uy|huyen uy|quan uy|doan|co quan|don vi|dia phuong"
    r"|doanh nghiep|tap doan|tong cong ty|bao hiem xa hoi|kho bac)\b"
)
# Where a duty's verb phrase starts: an owner name found before one of these ends there.
_VERBS = re.compile(
    r"\s(?:xay dung|to chuc|huong dan|lanh dao|chi dao|thuc hien|ra soat|nghien cuu"
    r"|trien khai|tham muu|theo doi|de xuat|ban hanh|kiem tra|tuyen truyen|hoan thien"
    r"|bao cao|giam sat|tong hop|danh gia|phoi hop|chu tri|chiu trach nhiem|tang cuong"
    r"|day manh|thuong xuyen|dinh ky|bo tri|quan triet|cu the hoa|sua doi|trinh|tu trung"
    r"|khan truong|tiep tuc|nang cao|tap trung|du thao|cap nhat)\b"
)
_TEXT_TIMING = re.compile(
    r"\b(?:thuong xuyen|(?:dinh ky\s+)?hang (?:nam|quy|thang)|(?:dinh ky\s+)?hang nam)\b"
)


@dataclass
class Draft:
    """A drafted plan: the data of a plan file and the notes for the analyst."""

    data: dict[str, Any]
    notes: list[str] = field(default_factory=list)

    @property
    def duties(self) -> list[dict[str, Any]]:
        """The drafted duties."""
        duties: list[dict[str, Any]] = self.data["duties"]
        return duties

    @property
    def reviews(self) -> int:
        """How many duties are marked for review."""
        return sum(1 for d in self.duties if d.get("review"))


@dataclass
class _Block:
    kind: str  # "section", "item", "letter", "bullet", "para"
    ident: str
    text: str
    line: int


# --------------------------------------------------------------------------- entry point


def draft_text(draft: Draft) -> str:
    """The draft as a plan file: a header pointing at what to review, then the YAML."""
    import yaml

    head = [
        "# Draft plan written by `nq42 extract`: check every duty marked `review:` and",
        "# the notes below before relying on it.",
    ]
    head += [f"# NOTE: {n}" for n in draft.notes]
    body = yaml.safe_dump(draft.data, allow_unicode=True, sort_keys=False, width=1_000_000)
    return "\n".join(head) + "\n" + body


def extract(
    text: str,
    *,
    issued: date | None = None,
    number: str | None = None,
    bodies: tuple[Body, ...] = BODIES,
) -> Draft:
    """Draft a plan from ``text``.

    ``issued`` and ``number`` supply the plan's date and number when the text lacks
    them (the seed's text has neither); without them a placeholder is written and noted.
    """
    lines = [_clean(line) for line in nfc(text).splitlines()]
    first = next((i for i, line in enumerate(lines) if _SECTION.match(line)), None)
    if first is None:
        msg = "no Roman-numbered section (I-, II-, …) found: is this a plan text?"
        raise ValueError(msg)
    end = next(
        (i for i in range(first, len(lines)) if fold(lines[i]).startswith("noi nhan")),
        len(lines),
    )
    notes: list[str] = []
    meta = _meta(lines[:first], lines[end:], issued, number, notes, bodies)
    when = date.fromisoformat(meta["date"])
    builder = _Builder(_Owners(bodies), when)
    builder.walk(_blocks(lines[first:end], first))
    meta["purposes"] = builder.purposes
    data = {
        "plan": meta,
        "sections": builder.sections,
        "owners": builder.owners.used(),
        "duties": builder.duties,
    }
    return Draft(data, notes + builder.notes)


def _clean(line: str) -> str:
    # Non-breaking and zero-width spaces come from PDF and web copies.
    line = line.replace("\u00a0", " ").replace("\u200b", "")
    return re.sub(r"[ \t]+", " ", line).strip()


# --------------------------------------------------------------------------- blocks


def _blocks(lines: list[str], offset: int) -> list[_Block]:
    """Group lines into headings, items, bullets and paragraphs, joining split lines."""
    out: list[_Block] = []
    for i, line in enumerate(lines):
        if not line:
            continue
        start = _start(line, offset + i + 1)
        prev = out[-1] if out else None
        # A line that starts in lower case, or follows a block that did not end a
        # sentence, continues that block: a page break or a wrapped line split it.
        continues = (
            prev is not None
            and prev.kind != "section"
            and (line[0].islower() or not prev.text.endswith(_TERMINAL))
        )
        if start is None:
            if continues and prev is not None:
                prev.text = f"{prev.text} {line}"
                continue
            out.append(_Block("para", "", line, offset + i + 1))
            continue
        out.append(start)
    return out


def _start(line: str, number: int) -> _Block | None:
    for kind, pattern in (
        ("section", _SECTION),
        ("item", _ITEM),
        ("letter", _LETTER),
        ("bullet", _BULLET),
    ):
        if m := pattern.match(line):
            ident = m.groupdict().get("id") or ""
            if kind == "section" and not _is_roman(ident):
                continue
            return _Block(kind, ident, m["text"], number)
    return None


def _is_roman(s: str) -> bool:
    return re.fullmatch(r"X{0,3}(?:IX|IV|V?I{0,3})", s) is not None and s != ""


# --------------------------------------------------------------------------- owners


class _Owners:
    """Finds bodies in text and remembers the owners a draft uses, in first-use order."""

    def __init__(self, bodies: tuple[Body, ...]) -> None:
        spellings = [(fold(sp), b) for b in bodies for sp in b.spellings]
        self._spellings = sorted(spellings, key=lambda e: -len(e[0]))
        self._used: dict[str, dict[str, Any]] = {}
        self.unknown: set[str] = set()

    def used(self) -> list[dict[str, Any]]:
        """The owners block of the plan file."""
        return list(self._used.values())

    def known_at(self, folded: str, pos: int) -> tuple[Body, int] | None:
        """The longest known body spelled at ``pos`` (an optional "các" before it)."""
        starts = [pos]
        if folded.startswith("cac ", pos):
            starts.append(pos + 4)
        for at in starts:
            for sp, body in self._spellings:
                end = at + len(sp)
                if folded.startswith(sp, at) and (end == len(folded) or not folded[end].isalnum()):
                    return body, end
        return None

    def use_known(self, body: Body) -> str:
        self._used.setdefault(
            body.key,
            {"key": body.key, "name": body.name, "short": body.short, "kind": body.kind.value},
        )
        return body.key

    def use_unknown(self, name: str) -> str:
        key = re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")[:40] or "owner"
        if key[0].isdigit():
            key = "o_" + key
        base, n = key, 2
        while key in self._used and self._used[key]["name"] != name:
            key, n = f"{base}_{n}", n + 1
        kind = OwnerKind.GROUP if fold(name).startswith("cac ") else OwnerKind.BODY
        self._used.setdefault(key, {"key": key, "name": name, "short": name, "kind": kind.value})
        self.unknown.add(key)
        return key


@dataclass
class _Found:
    key: str
    written: str
    known: bool


def _aligned(text: str) -> str:
    """Fold character by character, so offsets in the result are offsets in ``text``."""
    out = []
    for ch in text:
        f = fold(ch) if not ch.isspace() else " "
        out.append(f if len(f) == 1 else (ch.lower()[:1] or " "))
    return "".join(out)


def _owner_list(
    owners: _Owners, text: str, pos: int, *, unknown: bool, until: int | None = None
) -> tuple[list[_Found], int]:
    """Read a list of owners ("A, B và C có liên quan") starting at ``pos``."""
    folded = _aligned(text)
    limit = len(text) if until is None else until
    found: list[_Found] = []
    end = pos
    while pos < limit:
        while pos < limit and folded[pos] == " ":
            pos += 1
        if folded.startswith("cac dong chi ", pos):
            pos += len("cac dong chi ")
        hit = owners.known_at(folded, pos)
        if hit is not None and hit[1] <= limit and not (unknown and _goes_on(folded, hit[1])):
            body, stop = hit
            found.append(_Found(owners.use_known(body), text[pos:stop], known=True))
        elif unknown and _BODY_WORDS.match(folded, pos):
            stop = _unknown_end(owners, folded, pos, limit)
            if stop <= pos:
                break
            name = text[pos:stop].strip(" ,;")
            found.append(_Found(owners.use_unknown(name), name, known=False))
        else:
            break
        pos = end = stop
        if folded.startswith(" co lien quan", pos):
            pos = end = pos + len(" co lien quan")
        for sep in (", ", " va ", "; "):
            if folded.startswith(sep, pos):
                pos += len(sep)
                break
        else:
            break
    return found, end


def _goes_on(folded: str, end: int) -> bool:
    """Whether a name goes on past a known body ("Mặt trận Tổ quốc Việt Nam tỉnh")."""
    return (
        re.match(r"\s+(?:tinh|thanh pho|huyen|xa|phuong|cap (?:tinh|huyen|xa))\b", folded[end:])
        is not None
    )


def _unknown_end(owners: _Owners, folded: str, pos: int, limit: int) -> int:
    """Where an unknown body's name ends: a verb, ";", or a separator before a body.

    A comma or "và" ends the name only when another body follows, so "Sở Văn hoá,
    Thể thao và Du lịch" stays one name.
    """
    stops = [limit]
    m = re.compile(_VERBS.pattern + r"|;|\s+co lien quan\b").search(folded, pos, limit)
    if m is not None:
        stops.append(m.start())
    for sep in re.compile(r",\s*|\s+va\s+").finditer(folded, pos, min(stops)):
        after = sep.end()
        if _BODY_WORDS.match(folded, after) or owners.known_at(folded, after) is not None:
            stops.append(sep.start())
            break
    return min(stops)


# --------------------------------------------------------------------------- building


class _Builder:
    """Walks the blocks and builds sections, groups, purposes and duties."""

    def __init__(self, owners: _Owners, when: date) -> None:
        self.owners = owners
        self.when = when
        self.sections: list[dict[str, Any]] = []
        self.duties: list[dict[str, Any]] = []
        self.purposes: list[dict[str, Any]] = []
        self.notes: list[str] = []

    def walk(self, blocks: list[_Block]) -> None:
        section: dict[str, Any] | None = None
        group: tuple[str, list[_Found]] | None = None
        letters = 0
        loose = 0
        for i, b in enumerate(blocks):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if b.kind == "section":
                section = {"id": b.ident, "title": b.text.strip()}
                self.sections.append(section)
                group, loose, letters = None, 0, 0
                continue
            if section is None:  # pragma: no cover - blocks start at a section
                continue
            sid = section["id"]
            purposes = re.match(r"muc (?:dich|tieu)", fold(section["title"])) is not None
            if b.kind == "item" and purposes:
                self.purposes.append({"id": f"{sid}.{b.ident}", "text": b.text})
                continue
            # An item whose points follow is a heading naming their owners, unless it
            # ends a sentence: then it is a duty, and the points are loose.
            heads = not b.text.endswith((".", ";", ")"))
            if b.kind == "item" and heads and nxt is not None and nxt.kind in ("bullet", "letter"):
                gid = f"{sid}.{b.ident}"
                heading = b.text.rstrip(" :.")
                section.setdefault("groups", []).append({"id": gid, "heading": heading})
                group = (gid, self._heading_owners(heading, gid))
                letters = 0
                continue
            if b.kind == "item":
                group, letters = None, 0
                self._duty(f"{sid}.{b.ident}", sid, None, b.text, [], b.line)
                continue
            if b.kind in ("bullet", "letter"):
                parent = group[0] if group else sid
                letter = b.ident if b.kind == "letter" else _LETTERS[letters % 26]
                letters += 1
                review = None if group else "a bullet outside a numbered item; check its id"
                self._duty(
                    f"{parent}.{letter}",
                    sid,
                    group[0] if group else None,
                    b.text,
                    group[1] if group else [],
                    b.line,
                    review,
                )
                continue
            # A paragraph that is not numbered: kept at the section's level with its own
            # owners, for the analyst to place.
            loose += 1
            self._duty(
                f"{sid}.x{loose}",
                sid,
                None,
                b.text,
                [],
                b.line,
                "not numbered in the source; placed here for review",
            )

    def _heading_owners(self, heading: str, gid: str) -> list[_Found]:
        """Owners named by an item's heading: every part of it is an owner."""
        found: list[_Found] = []
        folded = _aligned(heading)
        pos = 0
        while pos < len(heading):
            got, end = _owner_list(self.owners, heading, pos, unknown=False)
            found += got
            pos = end
            # Whatever the body list does not know, up to the next comma or "và", is
            # kept as an owner of its own for the analyst to check.
            while pos < len(heading) and heading[pos] in " ,;":
                pos += 1
            if folded.startswith("va ", pos):
                pos += 3
            if pos >= len(heading):
                break
            stop = _next_sep(self.owners, folded, pos)
            name = heading[pos:stop].strip(" ,;")
            if name:
                found.append(_Found(self.owners.use_unknown(name), name, known=False))
            pos = stop
        if any(not f.known for f in found):
            names = ", ".join(f.written for f in found if not f.known)
            self.notes.append(f"{gid}: owners not in the body list, keys made up: {names}")
        return found

    def _duty(
        self,
        ident: str,
        section: str,
        group: str | None,
        raw: str,
        heading: list[_Found],
        line: int,
        review: str | None = None,
    ) -> None:
        reviews = [review] if review else []
        text, timing, source, windows = self._timing(raw, reviews)
        refs = self._roles(text, heading, reviews)
        duty: dict[str, Any] = {"id": ident, "section": section}
        if group is not None:
            duty["group"] = group
        duty["text"] = text
        duty["owners"] = refs
        duty["timing"] = timing
        if source == "text":
            duty["timing_source"] = "text"
        duty["windows"] = windows
        if not refs:
            reviews.append("the source names no owner")
        if reviews:
            duty["review"] = f"line {line}: " + "; ".join(reviews)
        self.duties.append(duty)

    def _timing(self, raw: str, reviews: list[str]) -> tuple[str, str | None, str, list[str]]:
        """Take the timing phrases out of the text; read them."""
        text = raw
        phrases: list[str] = []
        for pattern, marked in ((_MARKED, True), (_PAREN, False)):
            for m in list(pattern.finditer(text)):
                phrase = m["t"].strip()
                try:
                    read_phrase(phrase, self.when)
                except TimeParseError as exc:
                    if marked:
                        reviews.append(f"timing '{phrase}' not read ({exc.message})")
                        text = text.replace(m.group(0), "", 1)
                    continue
                phrases.append(phrase)
                text = text.replace(m.group(0), "", 1)
        text = re.sub(r"\s+([.;,])", r"\1", text).strip()
        source = "marked"
        if not phrases:
            folded = _aligned(text)
            said = _TEXT_TIMING.search(folded)
            if said is not None:
                phrases.append(text[said.start() : said.end()])
                source = "text"
        if not phrases:
            return text, None, source, ["không thời hạn"]
        timing = "; ".join(phrases)
        windows = [render_window(r.window) for r in read_phrase(timing, self.when)]
        return text, timing, source, windows

    def _roles(self, text: str, heading: list[_Found], reviews: list[str]) -> list[dict[str, Any]]:
        """Owners and roles from the heading and the chủ trì / phối hợp phrases."""
        folded = _aligned(text)
        lead: list[_Found] = []
        partners: list[_Found] = []
        responsible: list[_Found] = []
        if heading:
            if folded.startswith("chu tri"):
                lead = heading
                partners = self._partners(text, folded, len("chu tri"))
            elif folded.startswith("phoi hop voi "):
                lead, _ = _owner_list(self.owners, text, len("phoi hop voi "), unknown=True)
                partners = heading
            elif folded.startswith("phoi hop"):
                partners = heading
            else:
                responsible = heading
        else:
            chair = re.search(r"\bchu tri\b", folded)
            until = chair.start() if chair is not None and chair.start() < 300 else None
            subject, end = _owner_list(self.owners, text, 0, unknown=until is not None, until=until)
            chairs = re.compile(r"\s*chu tri\b").match(folded, end)
            if subject and chairs is not None:
                lead = subject
                partners = self._partners(text, folded, chairs.end())
            else:
                responsible = subject
        out: list[dict[str, Any]] = []
        seen: set[str] = set()
        for role, found in ((Role.LEAD, lead), (Role.RESPONSIBLE, responsible)):
            self._add(out, seen, role, found)
        self._add(out, seen, Role.PARTNER, partners)
        made_up = [f.written for f in lead + partners + responsible if not f.known]
        if made_up and not heading:
            reviews.append("owners not in the body list, keys made up: " + ", ".join(made_up))
        return out

    def _partners(self, text: str, folded: str, pos: int) -> list[_Found]:
        m = re.compile(r",?\s*phoi hop voi\s+").match(folded, pos)
        if m is None:
            return []
        found, _ = _owner_list(self.owners, text, m.end(), unknown=True)
        return found

    def _add(
        self, out: list[dict[str, Any]], seen: set[str], role: Role, found: list[_Found]
    ) -> None:
        for f in found:
            if f.key in seen:
                continue
            seen.add(f.key)
            ref: dict[str, Any] = {"owner": f.key, "role": role.value}
            name = next(o["name"] for o in self.owners.used() if o["key"] == f.key)
            if f.known and fold(f.written) != fold(name):
                ref["as_written"] = f.written
            out.append(ref)


def _next_sep(owners: _Owners, folded: str, pos: int) -> int:
    """The end of one owner in a heading: a comma, or "và" before another body."""
    for m in re.compile(r",|;|\s+va\s+").finditer(folded, pos):
        if m.group(0) in ",;":
            return m.start()
        after = m.end()
        if _BODY_WORDS.match(folded, after) or owners.known_at(folded, after) is not None:
            return m.start()
    return len(folded)


# --------------------------------------------------------------------------- metadata

_KINDS = ("chuong trinh hanh dong", "ke hoach", "chuong trinh", "de an", "chi thi", "ket luan")
_NUMBER = re.compile(r"^so\s*:?\s*(?P<n>[0-9][^\s,]*)", re.IGNORECASE)
_DATE_LINE = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})")
_IMPLEMENTS = re.compile(
    r"(?P<what>Nghị quyết|Kết luận|Chỉ thị|Quyết định)\s+số\s+(?P<n>[^\s,]+),?\s+ngày\s+"
    r"(?P<d>\d{1,2}/\d{1,2}/\d{4})\s+của\s+(?P<issuer>.+?)\s+(?P<title>về\s.+?)"
    r"\s*(?:\(sau đây|,\s*[^,]*ban hành|$)"
)


def _meta(
    head: list[str],
    tail: list[str],
    issued: date | None,
    number: str | None,
    notes: list[str],
    bodies: tuple[Body, ...],
) -> dict[str, Any]:
    kind, title, preamble, found_number, found_date = _head(head)
    meta: dict[str, Any] = {}
    implements = _implements(preamble)
    plan_date = issued or found_date
    if plan_date is None:
        plan_date = date.fromisoformat(implements["date"]) if implements else date(2000, 1, 1)
        notes.append(
            "plan: the text gives no date; "
            + ("the resolution's date" if implements else "2000-01-01")
            + " stands in (give --issued)"
        )
    plan_number = number or found_number
    if plan_number is None:
        plan_number = "DRAFT"
        notes.append("plan: the text gives no number; 'DRAFT' stands in (give --number)")
    issuer, signer = _signature(tail, preamble, bodies, notes)
    if issuer is None:
        issuer = "(chưa rõ)"
        notes.append("plan: no issuer found (no T/M line, no '… ban hành'); fill it in")
    meta["id"] = re.sub(r"[^A-Za-z0-9./_-]", "-", plan_number)
    meta["kind"] = kind
    meta["number"] = plan_number
    meta["date"] = plan_date.isoformat()
    meta["issuer"] = issuer
    meta["title"] = " ".join(title) or "(chưa rõ)"
    if not title:
        notes.append("plan: no title found under the kind line; fill it in")
    if signer is not None:
        meta["signer"] = signer
    if implements is not None:
        meta["implements"] = implements
    if preamble:
        meta["preamble"] = preamble
    meta["purposes"] = []
    meta["recipients"] = _recipients(tail)
    return meta


def _head(head: list[str]) -> tuple[str, list[str], str, str | None, date | None]:
    """Kind, title lines, preamble, number and date from the lines above section I."""
    lines = [line for line in head if line]
    kind, title, preamble = "Kế hoạch", [], ""
    found_number: str | None = None
    found_date: date | None = None
    state = "top"
    for line in lines:
        f = fold(line)
        if (m := _NUMBER.match(f)) is not None and found_number is None:
            found_number = line[m.start("n") : m.end("n")]
            continue
        if (m := _DATE_LINE.search(f)) is not None and found_date is None and state == "top":
            found_date = date(int(m[3]), int(m[2]), int(m[1]))
            continue
        if state == "top" and f in _KINDS:
            kind = line[:1] + line[1:].lower()
            state = "title"
            continue
        if state == "title" and (f.startswith(("thuc hien", "can cu", "de ")) and len(line) > 80):
            preamble, state = line, "preamble"
            continue
        if state == "title":
            title.append(line)
        elif state == "preamble":
            preamble = f"{preamble} {line}"
    return kind, title, preamble, found_number, found_date


def _implements(preamble: str) -> dict[str, Any] | None:
    m = _IMPLEMENTS.search(preamble)
    if m is None:
        return None
    d, mo, y = (int(x) for x in m["d"].split("/"))
    return {
        "number": m["n"],
        "date": date(y, mo, d).isoformat(),
        "issuer": m["issuer"].strip(),
        "title": m["title"].strip(),
    }


def _signature(
    tail: list[str], preamble: str, bodies: tuple[Body, ...], notes: list[str]
) -> tuple[str | None, dict[str, str] | None]:
    issuer: str | None = None
    signer = None
    for i, line in enumerate(tail):
        m = re.match(r"^(T/M|TM\.?|K/T|KT\.?)\s+(?P<who>.+)$", line)
        if m is None:
            continue
        who = fold(m["who"])
        body = next((b for b in bodies if fold(b.name) == who), None)
        issuer = body.name if body else _sentence_case(m["who"])
        if body is None:
            notes.append(f"plan: issuer '{issuer}' is taken from the T/M line; check its spelling")
        names = [x for x in tail[i + 1 :] if x and not _upper(x) and not x.startswith("(")]
        if names:
            signer = {"name": names[-1], "capacity": f"{m[1]} {issuer}"}
        break
    if issuer is None and (m2 := re.search(r"\),?\s*(?P<who>[^,()]+?)\s+ban hành", preamble)):
        issuer = m2["who"].strip()
    return issuer, signer


def _upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _sentence_case(s: str) -> str:
    low = s.lower()
    return low[:1].upper() + low[1:]


def _recipients(tail: list[str]) -> list[str]:
    out: list[str] = []
    started = False
    for line in tail:
        if not line:
            continue
        if fold(line).startswith("noi nhan"):
            started = True
            rest = line.split(":", 1)[1].strip() if ":" in line else ""
            if rest:
                out.append(rest)
            continue
        if not started:
            continue
        if re.match(r"^(T/M|TM\.?|K/T|KT\.?)\s", line) or _upper(line):
            break
        bullet = _BULLET.match(line) or re.match(r"^[-–]\s*(?P<text>\S.*)$", line)
        item = bullet["text"] if bullet else line
        if out and (bullet is None or item[:1].islower()):
            out[-1] = f"{out[-1]} {item}"
        else:
            out.append(item)
    return [r.rstrip(" ,;.") for r in out if r.rstrip(" ,;.")]
