"""Load and check a plan file: YAML with positions → pydantic → whole-file checks.

Every finding becomes a :class:`Problem` with ``file:line:col``; all of a file's
problems are reported at once, not only the first.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from nq42cli.core.models import Document, Duty, Owner, Plan, Section
from nq42cli.core.problems import MAX_PROBLEMS, DataError, Problem, Severity, capped
from nq42cli.core.text import closest, contains_folded
from nq42cli.core.windows import MAX_PHRASE, TimeParseError, WindowKind, parse_phrase
from nq42cli.core.yamlsrc import Loc, Source, read_file, read_yaml

__all__ = ["MAX_PHRASE", "LoadedPlan", "check_plan", "load_plan", "load_plan_text"]


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


# A process that answers many questions (a test suite, a notebook, a server) reads the same
# plan text again and again, often under other names (copies in other folders). Keyed by
# the whole text, so an edited file is never answered from here; the models are frozen.
# Only plans of ordinary size are kept: holding a 100,000-duty plan after its use would
# double a large run's memory.
_LOADED: dict[str, LoadedPlan] = {}
_LOADED_MAX = 4
_LOADED_TEXT_MAX = 1 << 20


def load_plan_text(text: str, path: str) -> LoadedPlan:
    """Validate plan YAML given as text; ``path`` is only used in messages."""
    if len(text) > _LOADED_TEXT_MAX:
        return _load_plan_text(text, path)
    hit = _LOADED.get(text)
    if hit is None:
        hit = _LOADED[text] = _load_plan_text(text, path)
        if len(_LOADED) > _LOADED_MAX:
            _LOADED.pop(next(iter(_LOADED)))
    if hit.path == path:
        return hit
    warnings = tuple(_rename(p, path) if p.path == hit.path else p for p in hit.warnings)
    return LoadedPlan(hit.plan, path, warnings)


def _load_plan_text(text: str, path: str) -> LoadedPlan:
    from nq42cli.core.fastyaml import read_fast

    # Plain block YAML (every plan nq42 writes) is read fast; anything else, and the
    # positions of any problem, come from the full reader.
    fast = read_fast(text, path)
    source = fast if fast is not None else read_yaml(text, path)
    if not isinstance(source.data, dict):
        kind = "a list" if isinstance(source.data, list) else "a single value"
        msg = f"a plan file is a mapping with plan, sections, owners and duties, not {kind}"
        raise DataError([Problem(path, 1, 1, "plan.not_mapping", msg)])
    # Each list is capped (problems.capped): checking stops after MAX_PROBLEMS, so a file
    # of 100,000 slips costs what 200 do.
    too_long = capped(_long_phrases(source))
    if too_long:
        raise DataError(too_long)
    try:
        plan = Plan.model_validate(source.data)
    except ValidationError as exc:
        problems = capped(pydantic_problems(exc, source))
        if len(problems) < MAX_PROBLEMS:
            problems += _partial_checks(source)
        raise DataError(capped(problems)) from None
    problems = capped(check_plan(plan, source))
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        raise DataError(problems)
    return LoadedPlan(plan, path, tuple(problems))


def _partial_checks(source: Source) -> list[Problem]:
    """Whole-file checks of the duties that passed schema validation, when a file has not.

    A slip in one duty should not hide a duplicate id or an unknown owner in another:
    every problem of the file is reported in one run. This needs the document, sections
    and owners to be valid (references are checked against them); if they are not, their
    own errors come first and the references are checked once they are fixed.
    """
    data = source.data
    duties = data.get("duties")
    if not isinstance(duties, list):
        return []
    try:
        meta = Document.model_validate(data.get("plan"))
        sections = [Section.model_validate(s) for s in data.get("sections") or []]
        owners = [Owner.model_validate(o) for o in data.get("owners") or []]
    except (ValidationError, TypeError):
        return []
    good: list[Duty] = []
    index: list[int] = []
    for i, raw in enumerate(duties):
        try:
            good.append(Duty.model_validate(raw))
        except ValidationError:
            continue
        index.append(i)
    plan = Plan.model_construct(meta=meta, sections=sections, owners=owners, duties=good)
    errors = (p for p in check_plan(plan, source, index) if p.severity is Severity.ERROR)
    return capped(errors)


def _long_phrases(source: Source) -> Iterator[Problem]:
    """Refuse time phrases far longer than any plan writes, before the grammar reads them.

    The grammar's cost grows faster than the phrase's length; a pasted paragraph in
    ``timing`` must be a quick, clear error rather than seconds of work.
    """
    duties = source.data.get("duties")
    if not isinstance(duties, list):
        return
    for i, duty in enumerate(duties):
        if not isinstance(duty, dict):
            continue
        phrases: list[tuple[Loc, Any]] = [(("duties", i, "timing"), duty.get("timing"))]
        windows = duty.get("windows")
        if isinstance(windows, list):
            phrases += [(("duties", i, "windows", j), w) for j, w in enumerate(windows)]
        for loc, phrase in phrases:
            if isinstance(phrase, str) and len(phrase) > MAX_PHRASE:
                line, col = source.position(loc)
                msg = (
                    f"{_dotted(loc)}: a time phrase of {len(phrase)} characters; "
                    f"timing is at most {MAX_PHRASE} (put the rest in 'text')"
                )
                yield Problem(source.path, line, col, "time.too_long", msg)


def _rename(p: Problem, path: str) -> Problem:
    return Problem(path, p.line, p.column, p.code, p.message, p.severity)


def pydantic_problems(
    exc: ValidationError, source: Source, root: type[BaseModel] = Plan
) -> Iterator[Problem]:
    """Turn each pydantic error into a positioned problem with a stable code.

    ``root`` is the model the file was validated as, for naming the keys allowed where
    an unknown one stands.
    """
    for err in exc.errors(include_url=False):
        loc: Loc = tuple(err["loc"])
        kind = err["type"]
        where = _dotted(loc) + _duty_of(loc, source)
        if kind == "extra_forbidden":
            line, col = source.position(loc, key=True)
            message = f"{where}: unknown key '{loc[-1]}'{_allowed(loc, root)}"
        elif kind == "missing":
            line, col = source.position(loc[:-1])
            parent = _dotted(loc[:-1]) + _duty_of(loc, source)
            message = f"{parent or 'file'}: missing '{loc[-1]}'"
        else:
            line, col = source.position(loc)
            message = f"{where}: {_message(err)}"
        code = kind if "." in kind else f"schema.{kind}"
        yield Problem(source.path, line, col, code, message)


def _duty_of(loc: Loc, source: Source) -> str:
    """Name the duty a problem is in: 'duties[11]' alone makes the reader count."""
    if len(loc) < 2 or loc[0] != "duties" or not isinstance(loc[1], int):
        return ""
    try:
        duty_id = source.data["duties"][loc[1]]["id"]
    except (KeyError, IndexError, TypeError):
        return ""
    return f" (duty {duty_id})" if isinstance(duty_id, str) else ""


def _allowed(loc: Loc, root: type[BaseModel]) -> str:
    """Say which keys may stand where an unknown one was written."""
    model: type[BaseModel] | None = root
    for part in loc[:-1]:
        if isinstance(part, int) or model is None:
            continue
        fields = {f.alias or n: f for n, f in model.model_fields.items()}
        model = _model_in(fields[part].annotation) if part in fields else None
    if model is None:
        return ""
    keys = [f.alias or n for n, f in model.model_fields.items()]
    close = closest(str(loc[-1]), keys)
    if close:
        return f"; did you mean '{close[0]}'?"
    return "; allowed here: " + ", ".join(keys)


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model inside ``list[Owner]``, ``Signer | None`` and the like."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        if (found := _model_in(arg)) is not None:
            return found
    return None


def _message(err: Any) -> str:
    msg = str(err["msg"])
    value = err.get("input")
    if err["type"].startswith("date") and isinstance(value, str):
        return f"'{value}': {msg[0].lower()}{msg[1:]}; write a day as YYYY-MM-DD (2023-11-27)"
    if err["type"].startswith(("date", "string_pattern")) and isinstance(value, str):
        return f"'{value}': {msg[0].lower()}{msg[1:]}"
    return msg[0].lower() + msg[1:] if msg[:1].isupper() and msg[1:2].islower() else msg


def _dotted(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def check_plan(
    plan: Plan, source: Source | None = None, duty_index: Sequence[int] | None = None
) -> Iterator[Problem]:
    """Whole-file checks: unique ids, references, numbering, timing against windows.

    ``duty_index`` maps the position of each duty in ``plan`` to its position in the
    file, for a partial plan built from the duties that passed schema validation.
    """
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
    # Ids are looked up ignoring case (`nq42 record iv.2.a`), and name files on disks
    # that ignore case: two ids that differ only by case are one id used twice.
    seen: dict[str, str] = {}
    for n, duty in enumerate(plan.duties):
        i = duty_index[n] if duty_index is not None else n
        first = seen.get(duty.id.casefold())
        if first is None:
            seen[duty.id.casefold()] = duty.id
        elif first == duty.id:
            yield at(("duties", i, "id"), "plan.duplicate_id", f"duty id '{duty.id}' is used twice")
        else:
            msg = f"duty id '{duty.id}' differs from '{first}' only by case; ids ignore case"
            yield at(("duties", i, "id"), "plan.duplicate_id", msg)
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
        # A timing quoted from the text may join several of its phrases with "; ".
        quoted = [part for part in duty.timing.split("; ") if part.strip()]
        if duty.timing_source == "text" and not all(contains_folded(duty.text, p) for p in quoted):
            msg = f"timing '{duty.timing}' is marked as quoted from the text, which lacks it"
            yield at(("duties", i, "timing"), "plan.timing_not_in_text", msg)
        try:
            read = parse_phrase(duty.timing, plan.meta.date)
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
            msg = (
                f"deadline {w.deadline} is before the plan's own date {plan.meta.date}; "
                "check the year in 'timing' and 'windows'"
            )
            yield at(("duties", i, "windows", j), "plan.deadline_before_plan", msg, warning=True)


def _unknown(what: str, value: str, known: Any) -> str:
    close = closest(value, known)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return f"unknown {what} '{value}'{hint}"
