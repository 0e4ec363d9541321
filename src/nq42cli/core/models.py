"""The plan's data model: documents, sections, owners and duties, validated by pydantic.

Shapes and field-level grammar live here; checks that need the whole file (references,
duplicate ids, timing cross-checks) live in :mod:`nq42cli.core.checks`, so that each
finding can carry its own position instead of failing the whole model at once.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from nq42cli.core.text import nfc, unwritable
from nq42cli.core.vocab import OwnerKind, Role
from nq42cli.core.windows import (
    TimeParseError,
    Window,
    day_range_error,
    parse_window,
    render_window,
)

__all__ = [
    "Document",
    "Duty",
    "Group",
    "Owner",
    "OwnerKind",
    "OwnerRef",
    "Plan",
    "Role",
    "Section",
    "WindowField",
]


def _window(value: Any) -> Window:
    if isinstance(value, Window):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("time.not_text", "a window is written as text, e.g. 'quý I/2024'")
    try:
        return parse_window(value)
    except TimeParseError as exc:
        raise PydanticCustomError(exc.code, exc.message) from None


WindowField = Annotated[
    Window,
    PlainValidator(_window),
    PlainSerializer(render_window, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "description": "One time window: 'quý I/2024', 'tháng 12/2023', 'đầu tháng 12/2023', "
            "'năm 2025', '2023-2025', 'thường xuyên', 'từ năm 2023', 'theo tiến độ', "
            "'không thời hạn'.",
            "examples": ["quý I/2024", "từ tháng 12/2023", "thường xuyên"],
            "minLength": 1,
            "pattern": r"\S",
        }
    ),
]


def _text(value: Any, *, one_line: bool = False) -> str:
    # Stored text is NFC whatever the editor wrote, so matching and display agree, and it
    # is text every file nq42 writes can hold (no lone surrogates, no non-characters).
    if not isinstance(value, str):
        raise PydanticCustomError("string_type", "should be text")
    if (why := unwritable(value, one_line=one_line)) is not None:
        raise PydanticCustomError("text.unwritable", why)
    text = nfc(value).strip()
    if not text:
        raise PydanticCustomError("string_empty", "should not be empty")
    return text


def _line(value: Any) -> str:
    return _text(value, one_line=True)


# Text is stripped before it is checked, so the schema asks for one non-space character.
Text = Annotated[
    str,
    PlainValidator(_text),
    WithJsonSchema({"type": "string", "minLength": 1, "pattern": r"\S"}),
]
# A document's kind and number head the files nq42 writes (each progress file's first
# line): one line, no control characters.
Line = Annotated[
    str,
    PlainValidator(_line),
    WithJsonSchema(
        {
            "type": "string",
            "minLength": 1,
            "pattern": r"^[^\x00-\x1f\x7f-\x9f]*\S[^\x00-\x1f\x7f-\x9f]*$",
        }
    ),
]


def _day_as_text(value: Any) -> Any:
    # pydantic reads a number as a Unix timestamp (date: 0 is 1970-01-01, date:
    # 1701043200 is 2023-11-27): in a hand-written file that is a slip, never a date.
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise PydanticCustomError("date_type", "a date is written as text, e.g. '2023-11-27'")
    return value


def _day_in_range(value: date) -> date:
    # 0001-01-01 and 9999-12-31 are real dates but no plan's: a phrase that borrows the
    # plan's year, or a day after it, would leave the calendar.
    if (why := day_range_error(value)) is not None:
        raise PydanticCustomError("time.out_of_range", why)
    return value


Day = Annotated[date, BeforeValidator(_day_as_text), AfterValidator(_day_in_range)]
# Ids follow the document's numbering, whose letters include đ ("II.6.đ").
Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9Đđ][A-Za-z0-9Đđ._-]*$")]
Key = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_]*$")]


def _one_or_many(value: Any) -> Any:
    # "implements: IV.6.b" reads as the list of one id it means.
    return [value] if isinstance(value, str) else value


_ID_PATTERN = r"^[A-Za-z0-9Đđ][A-Za-z0-9Đđ._-]*$"
# The duties of the implemented plan a duty carries out: one id, or a list of them.
ParentIds = Annotated[
    list[Id],
    BeforeValidator(_one_or_many),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": _ID_PATTERN},
                {"type": "array", "items": {"type": "string", "pattern": _ID_PATTERN}},
            ],
            "description": "The duty (or duties) of the plan this plan implements that this "
            "duty carries out: 'IV.6.b' or ['IV.6.a', 'IV.6.b'].",
        }
    ),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def day_given_once(data: Any) -> Any:
    """A record's day is ``date`` (``on`` is its old name, still read): not both.

    Used ``mode="before"`` by the progress records and the owners registry's successions.
    """
    if isinstance(data, dict) and "date" in data and "on" in data:
        msg = "the day is given twice, as 'date' and as 'on' (its old name); keep 'date'"
        raise PydanticCustomError("date_twice", msg)
    return data


class Succession(_Model):
    """Who took over an owner's duties, and when (the 2025 reorganisation)."""

    owner: Key
    on: Day
    how: Literal["renamed", "merged"] = "merged"


class Owner(_Model):
    """A body named once in the plan file and referenced by key from duties."""

    key: Key
    name: Text
    short: Text
    kind: OwnerKind
    members: list[Text] = Field(default_factory=list, description="A group's members, if listed.")
    succeeded_by: Succession | None = None


class OwnerRef(_Model):
    """One owner of one duty, with its role and the words the plan used for it."""

    owner: Key
    role: Role
    as_written: Text | None = None


class Duty(_Model):
    """One numbered task of the plan, with its verbatim text and its timing."""

    id: Id
    section: Id
    group: Id | None = None
    text: Text
    owners: list[OwnerRef] = Field(default_factory=list)
    timing: Text | None = Field(None, description="The verbatim timing phrase of the source.")
    timing_source: Literal["marked", "text"] = Field(
        "marked",
        description="'marked': the source's italic timing phrase; 'text': quoted from the text.",
    )
    windows: list[WindowField] = Field(min_length=1)
    review: Text | None = Field(
        None,
        description="What a drafted duty needs checked by hand (set by 'nq42 extract').",
    )
    implements: ParentIds = Field(
        default_factory=list,
        description="The duties of the implemented plan (plan.implements) this duty carries "
        "out; its progress rolls up to them. Default: the plan's own implements.duty.",
    )


class Group(_Model):
    """A numbered item of a section whose heading names the owners (IV.1 … IV.6)."""

    id: Id
    heading: Text


class Section(_Model):
    """A Roman-numbered part of the plan."""

    id: Id
    title: Text
    groups: list[Group] = Field(default_factory=list)


class Signer(_Model):
    """Who signed, and in what capacity (T/M Bộ Chính trị)."""

    name: Text
    capacity: Text


class Resolution(_Model):
    """The document a plan implements: a resolution, or another plan, tracked or not.

    When ``number`` names a plan nq42 tracks beside this one (its ``plan.id`` or
    ``plan.number``), the two are linked: ``duty`` names the duty of that plan this plan
    carries out as a whole (the Government's programme is 19-KH/TW's IV.2.a), and the
    progress of this plan's duties rolls up to it (see :mod:`nq42cli.core.rules`).
    """

    number: Text
    date: Day
    issuer: Text
    title: Text
    duty: Id | None = Field(
        None,
        description="The duty of the implemented plan this plan carries out as a whole "
        "(IV.2.a), when that plan is tracked beside this one.",
    )


class Purpose(_Model):
    """One of section I's purposes."""

    id: Id
    text: Text


class Document(_Model):
    """The plan document itself: number, date, issuer, signer and what it implements."""

    id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9./_-]*$")]
    kind: Line
    number: Line
    date: Day
    issuer: Text
    title: Text
    signer: Signer | None = None
    implements: Resolution | None = None
    preamble: Text | None = None
    purposes: list[Purpose] = Field(default_factory=list)
    recipients: list[Text] = Field(default_factory=list)


class Plan(_Model):
    """A whole plan file."""

    meta: Document = Field(alias="plan")
    sections: list[Section]
    owners: list[Owner]
    duties: list[Duty]

    @cached_property
    def owners_by_key(self) -> dict[str, Owner]:
        """Owners by key (keys are checked when the plan is loaded)."""
        return {o.key: o for o in self.owners}

    @cached_property
    def duties_by_id(self) -> dict[str, Duty]:
        """Duties by id, the first of each id (ids are checked when the plan is loaded).

        Progress files are matched to their duty through this table, so reading N files
        costs N look-ups, not N scans of the plan.
        """
        found: dict[str, Duty] = {}
        for duty in self.duties:
            found.setdefault(duty.id, duty)
        return found
