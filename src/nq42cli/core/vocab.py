"""Small vocabularies shared by the core and the CLI, kept free of heavy imports.

The CLI needs these enums to declare its options; importing them must not pull in
pydantic or YAML, which would slow every command's start.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["LETTERS", "OwnerKind", "Role"]

LETTERS = "abcdđeghiklmnopqrstuvxy"
"""Position letters of unnumbered points, in the order Vietnamese documents letter them."""


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
