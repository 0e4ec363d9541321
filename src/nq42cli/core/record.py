"""Appending one progress record: the transaction behind ``nq42 record``.

:func:`append_record` resolves the owner (with the plan's owners registry: a member
of a group owner, or the body that held an owner's place on the record's day, by any
of its names), builds the record, then, under the progress folder's lock, reads the
duty's file, checks the new record against the records already there, appends it and
replaces the file atomically. Nothing is written unless the whole
record lands: a refused record or a lock held too long leaves the old file byte for
byte, and a failed write (a full or read-only disk, a folder that may not be written)
leaves no temporary file and no new empty folder either.

Errors are typed (see :mod:`nq42cli.core.errors`): :class:`UsageError` for an argument
to fix, :class:`RecordRefused` for findings of the progress checks,
:class:`~nq42cli.core.fsio.LockTimeout` for a lock held by another process, and
:class:`~nq42cli.core.problems.DataError` for files that cannot be read or written.
"""

from __future__ import annotations

import contextlib
import math
import os
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from nq42cli.core.errors import RecordRefused, UsageError
from nq42cli.core.fsio import (
    LOCK_NAME,
    LOCK_TIMEOUT,
    LockTimeout,
    atomic_write,
    locked,
    remove_stale_temps,
)
from nq42cli.core.problems import DataError, Problem
from nq42cli.core.results import Recorded
from nq42cli.core.rules import Event

if TYPE_CHECKING:
    from collections.abc import Callable

    from nq42cli.core.checked import Summary
    from nq42cli.core.directory import Directory
    from nq42cli.core.locate import Location
    from nq42cli.core.models import Duty, Plan
    from nq42cli.core.progress import DutyProgress, Record

__all__ = [
    "LOCK_TIMEOUT_ENV",
    "append_record",
    "new_record",
    "parse_lock_timeout",
    "resolve_part",
]

LOCK_TIMEOUT_ENV = "NQ42_LOCK_TIMEOUT"


def parse_lock_timeout(raw: str | None) -> float:
    """Seconds to wait for the folder's lock, as written in ``NQ42_LOCK_TIMEOUT``.

    Unset or blank: :data:`~nq42cli.core.fsio.LOCK_TIMEOUT`. Anything but a finite
    number of seconds, 0 or more, is a :class:`UsageError`.
    """
    if raw is None or not raw.strip():
        return LOCK_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not 0 <= value < math.inf:
        msg = f"{LOCK_TIMEOUT_ENV} is {raw!r}; give a number of seconds (0 or more)"
        raise UsageError(msg, LOCK_TIMEOUT_ENV)
    return value


def resolve_owner_key(plan: Plan, duty: Duty, owner: str) -> str:
    """The key of the owner of ``duty`` that ``owner`` names (key, name or short name)."""
    from nq42cli.core.progress import resolve_owner

    key = resolve_owner(duty, plan, owner)
    if key is None:
        # At most 30 named: a message is not a listing.
        known = ", ".join(
            f"{r.owner} ({plan.owners_by_key[r.owner].short})" for r in duty.owners[:30]
        ) + (f" and {len(duty.owners) - 30} more" if len(duty.owners) > 30 else "")
        msg = f"'{owner}' is not an owner of {duty.id}; its owners: {known or 'none'}"
        raise UsageError(msg, "--owner")
    return key


def resolve_part(
    plan: Plan, duty: Duty, owner: str, on: date, directory: Directory | None
) -> tuple[str, str | None]:
    """``(owner key, unit key or None)`` of the part of ``duty`` that ``owner`` names on ``on``.

    Without a registry, as :func:`resolve_owner_key`. With one, see
    :meth:`nq42cli.core.directory.Directory.resolve_part`.
    """
    if directory is None:
        return resolve_owner_key(plan, duty, owner), None
    from nq42cli.core.directory import ResolveError

    by_key = plan.owners_by_key
    owners = [(r.owner, by_key[r.owner].name, by_key[r.owner].short) for r in duty.owners]
    try:
        found = directory.resolve_part(duty.id, owners, owner, on)
    except ResolveError as exc:
        raise UsageError(exc.message, "--owner") from None
    return found.owner, found.unit


def new_record(
    event: Event,
    on: date,
    *,
    owner: str | None = None,
    unit: str | None = None,
    evidence: str | None = None,
    note: str | None = None,
    deadline: str | None = None,
    source: str | None = None,
    excerpt: str | None = None,
    by: str | None = None,
    force: bool = False,
    recorded_at: datetime | None = None,
) -> Record:
    """A record checked on its own (text fields non-empty, keys and URLs well formed)."""
    from pydantic import ValidationError

    from nq42cli.core.progress import Record

    try:
        return Record(
            event=event,
            on=on,
            owner=owner,
            unit=unit,
            evidence=evidence,
            note=note,
            deadline=deadline,
            source=source,
            excerpt=excerpt,
            by=by,
            force=force,
            recorded_at=recorded_at,
        )
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        raise UsageError(str(err["msg"]), "--" + str(err["loc"][0])) from None


def append_record(
    location: Location,
    plan: Plan,
    duty: Duty,
    event: Event,
    on: date,
    *,
    today: date,
    owner: str | None = None,
    evidence: str | None = None,
    note: str | None = None,
    deadline: str | None = None,
    by: str | None = None,
    force: bool = False,
    recorded_at: datetime | None = None,
    lock_timeout: float = LOCK_TIMEOUT,
    directory: Directory | None = None,
    source: str | None = None,
    excerpt: str | None = None,
    cache: Path | None = None,
) -> Recorded:
    """Append a record to ``duty``'s progress file in ``location``'s progress folder.

    ``owner`` (a key, a name or a short name; with ``directory``, also a member's or a
    successor's name) records one part; without it the record is for the whole duty.
    A ``deadline`` record carries the adjusted timing phrase in ``deadline`` (read by
    the plan's grammar; refused when it does not read or sets no deadline, without
    ``evidence``, or with ``owner``: an adjustment is for the whole duty, every owner
    and every member of a group owner alike). ``today`` is the real day: a record dated
    after it is refused. See the module's docstring for what is refused and what is
    guaranteed. ``cache`` is the cache folder where what the checks learnt of the file
    is kept for the next append (:mod:`nq42cli.core.checked`); ``None`` keeps nothing.
    """
    if event is Event.DEADLINE and owner is not None:
        # One deadline binds every owner and every member of a group owner: a member
        # cannot be late against a day of its own while the duty is judged on another.
        msg = (
            "an adjusted deadline is for the whole duty, every owner and every member of "
            "a group owner alike; leave out --owner"
        )
        raise UsageError(msg, "--owner")
    key, unit = (
        resolve_part(plan, duty, owner, on, directory) if owner is not None else (None, None)
    )
    location.check_writable()
    rec = new_record(
        event,
        on,
        owner=key,
        unit=unit,
        evidence=evidence,
        note=note,
        deadline=deadline,
        source=source,
        excerpt=excerpt,
        by=by,
        force=force,
        recorded_at=recorded_at,
    )
    path = _append(
        location.progress,
        location.progress_name,
        plan,
        duty,
        rec,
        today,
        lock_timeout,
        directory,
        cache,
    )
    return Recorded(duty.id, key, event, on, path, unit)


def _append(
    folder: Path,
    shown: str,
    plan: Plan,
    duty: Duty,
    rec: Record,
    today: date,
    timeout: float,
    directory: Directory | None = None,
    cache: Path | None = None,
) -> str:
    """Lock the folder, check the new record against the file, append it atomically."""
    from nq42cli.core.progress import SUFFIX, parse_duty_text, progress_file
    from nq42cli.core.yamlsrc import read_file

    path = progress_file(folder, duty.id)
    shown_file = f"{shown}/{path.name}"
    if folder.exists() and not folder.is_dir():
        raise DataError([Problem(shown, 0, 0, "file.not_dir", "is a file, not a progress folder")])
    new_folder = not folder.exists()

    def check(text: str) -> DutyProgress:
        return parse_duty_text(
            text, shown_file, plan, today=None, expected=duty.id, directory=directory
        )

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with locked(folder, timeout):
            # Under the lock no other writer is alive: a progress or .gitignore temp file
            # here is what a killed writer left behind.
            remove_stale_temps(folder, f".*{SUFFIX}.*.tmp")
            remove_stale_temps(folder, "..gitignore.*.tmp")
            ignore = folder / ".gitignore"
            if not os.path.lexists(ignore):
                # The lock file and interrupted writes' temp files stay out of git; a
                # writer killed before its .gitignore landed leaves it to the next one.
                # (Whatever stands there already, a link even, is left as it is.)
                atomic_write(ignore, f"{LOCK_NAME}\n.*.tmp\n".encode())
            old_text = read_file(path, pipes=False) if path.exists() else None
            text, kept = _checked_append(
                path, shown_file, old_text, plan, duty, rec, today, check, directory, cache
            )
            atomic_write(path, text.encode("utf-8"))
            if cache is not None:
                from nq42cli.core import checked

                checked.remember(cache, path, *kept)
    except LockTimeout as exc:
        # Name the folder as the caller named it, not as the lock saw it.
        raise LockTimeout(Path(shown), exc.timeout) from None
    except OSError as exc:
        _unmake(folder, new_folder)
        reason = exc.strerror or str(exc)
        raise DataError(
            [Problem(shown_file, 0, 0, "file.unwritable", f"{reason}; nothing was recorded")]
        ) from None
    return shown_file


def _checked_append(
    path: Path,
    shown_file: str,
    old_text: str | None,
    plan: Plan,
    duty: Duty,
    rec: Record,
    today: date,
    check: Callable[[str], DutyProgress],
    directory: Directory | None,
    cache: Path | None,
) -> tuple[str, list[tuple[str, Summary]]]:
    """The file's new text once ``rec`` is checked, and what to keep of both texts.

    Raises :class:`RecordRefused` with the checks' findings. ``old_text`` is read once;
    when its summary is kept (:mod:`nq42cli.core.checked`), it is not read again.
    """
    from nq42cli.core import checked
    from nq42cli.core.fastyaml import LazySource
    from nq42cli.core.progress import (
        appended_plain,
        appended_text,
        check_appended,
        check_new,
        parse_duty_source,
        read_progress,
    )

    old_key = None
    if cache is not None and old_text is not None:
        old_key = checked.history_key(old_text, plan, duty, directory)
        known = checked.recall(cache, path, old_key)
        # Checked before, byte for byte, under the same rules: only the new record is
        # checked, as check_appended does after a history that loads clean.
        if known is not None and known.plain and (known.latest is None or known.latest <= today):
            if findings := check_new(known.done, rec, duty, plan, today, directory):
                raise RecordRefused(findings)
            if (text := appended_plain(old_text, plan, duty.id, rec, check)) is not None:
                return text, _kept(old_key, known, old_text, text, plan, duty, rec, directory)
    # The one reading of the history: the checks and the append both use it.
    source = read_progress(old_text, shown_file) if old_text is not None else None
    old = (
        parse_duty_source(source, plan, today=None, expected=duty.id, directory=directory)
        if source is not None
        else None
    )
    previous = list(old.records) if old else []
    if findings := check_appended(previous, rec, duty, plan, today, directory):
        raise RecordRefused(findings)
    plain = source is None or isinstance(source, LazySource)
    text = appended_text(old_text, old, plan, duty.id, rec, check, plain=plain)
    if cache is None:
        return text, []
    known = checked.summarize(previous, duty, directory, plain=plain)
    return text, _kept(old_key, known, old_text, text, plan, duty, rec, directory)


def _kept(
    old_key: str | None,
    known: Summary,
    old_text: str | None,
    text: str,
    plan: Plan,
    duty: Duty,
    rec: Record,
    directory: Directory | None,
) -> list[tuple[str, Summary]]:
    """The summaries of the new text (first) and of the old one, to keep."""
    from nq42cli.core import checked
    from nq42cli.core.progress import header, record_yaml

    # The new text is plain when the old one was, the item was added as text and it
    # reads plain alone; a file written anew is read in full by the next append.
    item = record_yaml(rec)
    before = header(plan, duty.id) if old_text is None else _ended(old_text)
    plain = known.plain and text == before + item and _plain(header(plan, duty.id) + item)
    after = known.plus(rec, duty, directory)._replace(plain=plain)
    kept = [(checked.history_key(text, plan, duty, directory), after)]
    if old_key is not None:
        kept.append((old_key, known))
    return kept


def _ended(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"


def _plain(text: str) -> bool:
    """Whether the fast reader reads ``text`` (so the next append may add its item as text)."""
    from nq42cli.core.fastyaml import read_fast

    return read_fast(text, "") is not None


def _unmake(folder: Path, made: bool) -> None:
    # A folder this run created and could not record into holds at most its .gitignore
    # and the lock file: remove them and it, so a failed record leaves no trace. A folder
    # holding anything else is another writer's by now, and is left alone.
    ours = {".gitignore", LOCK_NAME}
    try:
        if not made or not {p.name for p in folder.iterdir()} <= ours:
            return
    except OSError:
        return
    for name in ours:
        with contextlib.suppress(OSError):
            (folder / name).unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()
