"""Load and check a plan file: YAML with positions → pydantic → whole-file checks.

Every finding becomes a :class:`Problem` with ``file:line:col``; all of a file's
problems are reported at once, not only the first.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from nq42cli.core.models import Duty, Plan
from nq42cli.core.problems import DataError, Problem, Severity
from nq42cli.core.text import contains_folded
from nq42cli.core.windows import TimeParseError, WindowKind, parse_phrase
from nq42cli.core.yamlsrc import Loc, Source, read_file, read_yaml

__all__ = ["LoadedPlan", "check_plan", "load_plan", "load_plan_text"]


@dataclass(frozen=True)
class LoadedPlan:
    """A valid plan, where it came from, and its warnings."""

    plan: Plan
    path: str
    warnings: tuple[Problem, ...] = ()


def load_plan(path: Path, shown: str | None = None) -> LoadedPlan:
    """Read, validate and check the plan at ``path``; raise :class:`DataError` if invalid."""
    name = shown or str(path)
    try:
        text = read_file(path)
    except DataError as exc:
        raise DataError([_rename(p, name) for p in exc.problems]) from None
    return load_plan_text(text, name)


def load_plan_text(text: str, path: str) -> LoadedPlan:
    """Validate plan YAML given as text; ``path`` is only used in messages."""
    from nq42cli.core.fastyaml import read_fast

    # Plain block YAML (every plan nq42 writes) is read fast; anything else, and the
    # positions of any problem, come from the full reader.
    fast = read_fast(text, path)
    source = fast if fast is not None else read_yaml(text, path)
    if not isinstance(source.data, dict):
        kind = "a list" if isinstance(source.data, list) else "a single value"
        msg = f"a plan file is a mapping with plan, sections, owners and duties, not {kind}"
        raise DataError([Problem(path, 1, 1, "plan.not_mapping", msg)])
    try:
        plan = Plan.model_validate(source.data)
    except ValidationError as exc:
        raise DataError(list(pydantic_problems(exc, source))) from None
    problems = list(check_plan(plan, source))
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        raise DataError(problems)
    return LoadedPlan(plan, path, tuple(problems))


def _rename(p: Problem, path: str) -> Problem:
    return Problem(path, p.line, p.column, p.code, p.message, p.severity)


def pydantic_problems(exc: ValidationError, source: Source) -> Iterator[Problem]:
    """Turn each pydantic error into a positioned problem with a stable code."""
    for err in exc.errors(include_url=False):
        loc: Loc = tuple(err["loc"])
        kind = err["type"]
        where = _dotted(loc)
        if kind == "extra_forbidden":
            line, col = source.position(loc, key=True)
            message = f"{where}: unknown key '{loc[-1]}'"
        elif kind == "missing":
            line, col = source.position(loc[:-1])
            message = f"{_dotted(loc[:-1]) or 'file'}: missing '{loc[-1]}'"
        else:
            line, col = source.position(loc)
            message = f"{where}: {_message(err)}"
        code = kind if "." in kind else f"schema.{kind}"
        yield Problem(source.path, line, col, code, message)


def _message(err: Any) -> str:
    msg = str(err["msg"])
    value = err.get("input")
    if err["type"].startswith(("date", "string_pattern")) and isinstance(value, str):
        return f"'{value}': {msg[0].lower()}{msg[1:]}"
    return msg[0].lower() + msg[1:] if msg[:1].isupper() and msg[1:2].islower() else msg


def _dotted(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def check_plan(plan: Plan, source: Source | None = None) -> Iterator[Problem]:
    """Whole-file checks: unique ids, references, numbering, timing against windows."""
    path = source.path if source else "<plan>"

    def at(loc: Loc, code: str, message: str, *, warning: bool = False) -> Problem:
        line, col = source.position(loc) if source else (0, 0)
        sev = Severity.WARNING if warning else Severity.ERROR
        return Problem(path, line, col, code, message, sev)

    owner_keys: dict[str, int] = {}
    for i, owner in enumerate(plan.owners):
        if owner.key in owner_keys:
            yield at(("owners", i, "key"), "plan.duplicate_owner", f"owner '{owner.key}' twice")
        owner_keys.setdefault(owner.key, i)
    for i, owner in enumerate(plan.owners):
        if owner.succeeded_by and owner.succeeded_by.owner not in owner_keys:
            loc: Loc = ("owners", i, "succeeded_by", "owner")
            yield at(
                loc, "plan.unknown_owner", _unknown("owner", owner.succeeded_by.owner, owner_keys)
            )
    sections = {s.id: {g.id for g in s.groups} for s in plan.sections}
    seen: set[str] = set()
    for i, duty in enumerate(plan.duties):
        if duty.id in seen:
            yield at(("duties", i, "id"), "plan.duplicate_id", f"duty id '{duty.id}' is used twice")
        seen.add(duty.id)
        if duty.section not in sections:
            yield at(
                ("duties", i, "section"),
                "plan.unknown_section",
                _unknown("section", duty.section, sections),
            )
        elif duty.group is not None and duty.group not in sections[duty.section]:
            groups = sections[duty.section]
            yield at(
                ("duties", i, "group"), "plan.unknown_group", _unknown("group", duty.group, groups)
            )
        parent = duty.group or duty.section
        if not duty.id.startswith(parent + "."):
            what = "group" if duty.group else "section"
            msg = f"duty id '{duty.id}' should start with '{parent}.' (its {what})"
            yield at(("duties", i, "id"), "plan.id_mismatch", msg)
        for j, ref in enumerate(duty.owners):
            if ref.owner not in owner_keys:
                yield at(
                    ("duties", i, "owners", j, "owner"),
                    "plan.unknown_owner",
                    _unknown("owner", ref.owner, owner_keys),
                )
        yield from _check_timing(duty, i, plan, at)


def _check_timing(duty: Duty, i: int, plan: Plan, at: Any) -> Iterator[Problem]:
    windows = duty.windows
    if duty.timing is None:
        if [w.kind for w in windows] != [WindowKind.UNDATED]:
            msg = (
                "windows given but no timing phrase; quote the source's phrase in 'timing' "
                "or write 'không thời hạn'"
            )
            yield at(("duties", i, "windows"), "plan.timing_missing", msg)
    else:
        if duty.timing_source == "text" and not contains_folded(duty.text, duty.timing):
            msg = f"timing '{duty.timing}' is marked as quoted from the text, which lacks it"
            yield at(("duties", i, "timing"), "plan.timing_not_in_text", msg)
        try:
            read = parse_phrase(duty.timing)
        except TimeParseError as exc:
            yield at(("duties", i, "timing"), exc.code, exc.message)
        else:
            if read != windows:
                said = ", ".join(str(w) for w in read)
                wrote = ", ".join(str(w) for w in windows)
                msg = f"windows [{wrote}] do not match the timing phrase, which reads as [{said}]"
                yield at(("duties", i, "windows"), "plan.timing_mismatch", msg)
    for j, w in enumerate(windows):
        if w.deadline is not None and w.deadline < plan.meta.date:
            msg = f"deadline {w.deadline} is before the plan's own date {plan.meta.date}"
            yield at(("duties", i, "windows", j), "plan.deadline_before_plan", msg, warning=True)


def _unknown(what: str, value: str, known: Any) -> str:
    close = difflib.get_close_matches(value, list(known), n=1)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return f"unknown {what} '{value}'{hint}"
