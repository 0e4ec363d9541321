"""Small vocabularies shared by the core and the CLI, kept free of heavy imports.

The CLI needs these enums to declare its options; importing them must not pull in
pydantic or YAML, which would slow every command's start.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "LETTERS",
    "WHOLE_DAY",
    "WHOLE_DAY_FOLDED",
    "OwnerKind",
    "Role",
    "roman_numeral",
    "roman_value",
]

LETTERS = "abcdđeghiklmnopqrstuvxy"
"""Position letters of unnumbered points, in the order Vietnamese documents letter them."""

WHOLE_DAY = (
    r"\d{1,2}(?:/\d{1,2}/(?:\d{4}|[0-4]\d)|-\d{1,2}-\d{4}|\.\d{1,2}\.\d{4}"
    r"|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})(?![\d/])"
)
"""A day with its year as plans write it (regex source, no groups): "15/2/2026", "15-2-2026",
"15.2.2026", "15 tháng 2 năm 2026", "15/2/26" — one habit of writing, the same day; a rule
that keys on a whole day takes them all, so the same sentence is read the same whichever was
typed (the time grammar reads them all alike)."""
WHOLE_DAY_FOLDED = WHOLE_DAY.replace("tháng", "thang").replace("năm", "nam")
""":data:`WHOLE_DAY` in folded text (:func:`nq42cli.core.text.fold`)."""

_ROMAN_DIGITS = (("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90),
                 ("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4),
                 ("I", 1))  # fmt: skip


def roman_value(numeral: str) -> int:
    """The value of a roman numeral of section labels (I, V, X, L, C; "IX" is 9)."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for k, ch in enumerate(numeral):
        v = values[ch]
        total += -v if k + 1 < len(numeral) and values[numeral[k + 1]] > v else v
    return total


def roman_numeral(value: int) -> str:
    """``value`` as a roman numeral ("XIV"): for 1–399, the inverse of roman_value.

    Above 399 (a long Word or web list's counter) it goes on with D and M.
    """
    out = ""
    for digits, worth in _ROMAN_DIGITS:
        count, value = divmod(value, worth)
        out += digits * count
    return out


class Role(StrEnum):
    """An owner's part in a duty: chủ trì, phối hợp, or plainly responsible."""

    LEAD = "lead"
    PARTNER = "partner"
    RESPONSIBLE = "responsible"


class OwnerKind(StrEnum):
    """What an owner is: one body, a group of bodies (34 provinces), or office holders."""

    BODY = "body"
    GROUP = "group"
    PEOPLE = "people"
