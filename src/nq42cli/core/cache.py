"""A derived index of a valid plan, so queries read only the rows they return.

Reading and validating a plan costs YAML parsing and pydantic (seconds at 100,000
duties, and 250 ms of imports even for the bundled plan). Once a plan has been found
valid, nq42 stores what the queries need in an SQLite file (standard library) in the
user cache directory, indexed by deadline, owner and id. Later runs on the same bytes
answer from it without importing pydantic or YAML.

Safety, in order of importance:

- It can never answer for a plan that differs from the file: the cache file is named
  by the SHA-256 of the name and bytes of every input file (the plan and its progress
  files) with nq42's version and this module's schema. A file's bytes are hashed
  again unless its stamp (device, inode, size, modification and change times) is the
  one they were hashed at, as git trusts its index (:class:`Digests`: the change time
  is set by every write and cannot be set back; a stamp is kept only once its change
  time is settled, and never on Windows, where no change time is kept). Only regular
  files are hashed (:func:`nq42cli.core.fsio.open_regular`): a
  plan that is a pipe or a device, or a progress file that is not a regular file, is
  never indexed, and the plan path reads or refuses it.
- It never answers for inputs the plan path would refuse: a progress file under
  another duty's name changes the key (names are hashed), and an index whose latest
  record is dated after today (the clock or the time zone moved back) is not used.
- It verifies itself: the SHA-256 of the index file is sealed beside it when it is
  written, and checked whenever the file is not exactly the one last checked (inode,
  size, modification and change times), so a damaged or edited index is rebuilt,
  never answered from.
- It answers with the same rules: the index only narrows the candidates, by the
  windows the rule book says bind (:func:`nq42cli.core.rules.binding`, asked when the
  index is built) and by every adjusted deadline recorded (each adjustment's windows
  are indexed beside the plan's, so a duty whose deadline was moved into a period is
  never missed; the rule book then decides which windows are in force); what is
  due, late or ongoing, and when a duty is complete, is decided by the rule book on the
  very same :class:`~nq42cli.core.queries.Entry` values a loaded plan gives
  (``queries.*_of``, ``status.status_of``).
- It is written whole or not at all: a temporary file in the same folder, fsynced and
  renamed over the final name. Two processes racing both write complete files; the
  last rename wins and both files hold the same answer.
- A cache file that is unreadable, truncated or of another schema is a miss: the plan
  is read again and the file rebuilt. Any failure to write it only costs speed.
- ``--no-cache`` (or ``NQ42_NO_CACHE=1``) bypasses it entirely.

Besides the duties and records it stores the owners registry of the plan, as the
:class:`~nq42cli.core.directory.Directory` JSON (its bytes are part of the key), so
group owners are judged member by member and owners show their later names on the
warm path too; and every record's unit, adjusted deadline, source and excerpt, so
status, history, the report and every export show what was reported and decided.

The folder is ``$NQ42_CACHE_DIR``, else ``$XDG_CACHE_HOME/nq42``, else the platform's user
cache folder; with no home folder at all, a private folder of this user's in the system's
temporary folder, else no index (:func:`cache_dir`).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import sqlite3
import stat
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from nq42cli.core import queries
from nq42cli.core.cachedir import cache_dir, code_stamp
from nq42cli.core.fsio import (
    atomic_write,
    check_regular_file,
    check_stat,
    open_regular,
    open_regular_fd,
    read_input,
)
from nq42cli.core.queries import (
    Entry,
    Filters,
    GroupLine,
    OwnerLine,
    PlanHead,
    Records,
    Row,
    SectionHead,
    head,
    outline,
)
from nq42cli.core.rules import Event, RecordLike, binding
from nq42cli.core.vocab import Role
from nq42cli.core.windows import Every, Flag, Period, Window, WindowKind

if TYPE_CHECKING:
    from nq42cli.core.directory import Directory
    from nq42cli.core.models import Plan
    from nq42cli.core.progress import Progress

    # Reads and validates the plan and its progress (the slow, exact path).
    Loader = Callable[[], tuple[Plan, Progress]]
    # Reads and validates the plan's owners registry, if it has one.
    RegistryLoader = Callable[[], Directory | None]

__all__ = [
    "Digests",
    "Index",
    "PlanRows",
    "RowSource",
    "build",
    "cache_dir",
    "cache_key",
    "index_path",
    "open_source",
]

# Bump when the tables or what they hold change: old files then stop matching.
SCHEMA = 7
# An index holds less than the plan; twice the largest plan nq42 reads is damage.
MAX_INDEX_BYTES = 512 * 2**20
KEEP = 8  # cache files kept per plan file; older ones are removed when a new one is written
KEEP_ALL = 256  # cache files kept in all, whatever plans they index
_ALL = Filters()

_TABLES = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE duty (
    ord INTEGER PRIMARY KEY, id TEXT NOT NULL, section TEXT NOT NULL, grp TEXT,
    text TEXT NOT NULL, timing TEXT, windows TEXT NOT NULL, owners TEXT NOT NULL,
    implements TEXT
);
CREATE TABLE win (
    duty INTEGER NOT NULL, ord INTEGER NOT NULL, kind TEXT NOT NULL,
    start TEXT, end TEXT, deadline TEXT, binds INTEGER NOT NULL, PRIMARY KEY (duty, ord)
) WITHOUT ROWID;
CREATE TABLE duty_owner (
    owner TEXT NOT NULL, duty INTEGER NOT NULL, role TEXT NOT NULL,
    PRIMARY KEY (owner, duty, role)
) WITHOUT ROWID;
CREATE TABLE owner_name (name TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE rec (
    duty TEXT NOT NULL, ord INTEGER NOT NULL, event TEXT NOT NULL, "on" TEXT NOT NULL,
    owner TEXT, unit TEXT, evidence TEXT, note TEXT, deadline TEXT, source TEXT, excerpt TEXT,
    by TEXT, force INTEGER NOT NULL, recorded_at TEXT, PRIMARY KEY (duty, ord)
) WITHOUT ROWID;
CREATE INDEX duty_by_id ON duty (id);
CREATE INDEX win_by_deadline ON win (deadline, duty, ord) WHERE deadline IS NOT NULL AND binds;
CREATE INDEX win_by_kind ON win (kind, duty, ord);
"""


class RowSource(Protocol):
    """Where the listing commands get their rows: a loaded plan or its index.

    Completions come from the source itself (its progress records), as of the day asked.
    """

    def due(self, period: Period, as_of: date, filters: Filters = ...) -> list[Row]:
        """Duties due in ``period`` (see :func:`nq42cli.core.queries.due`)."""

    def overdue(self, as_of: date, filters: Filters = ...) -> list[Row]:
        """Duties late on ``as_of`` (see :func:`nq42cli.core.queries.overdue`)."""

    def ongoing(self, as_of: date, filters: Filters = ...) -> list[Row]:
        """Ongoing duties (see :func:`nq42cli.core.queries.ongoing`)."""

    def listing(self, as_of: date, filters: Filters = ...) -> list[Row]:
        """Every duty (see :func:`nq42cli.core.queries.listing`)."""

    def status(self, as_of: date, filters: Filters = ...) -> list[Row]:
        """Every duty classified (see :func:`nq42cli.core.status.status_of`)."""

    def owners(self) -> list[OwnerLine]:
        """Every owner of the plan, in the plan's order (roles are not meaningful)."""

    def head(self) -> PlanHead:
        """The plan's id, kind, number, date, issuer and title."""

    def sections(self) -> list[SectionHead]:
        """The plan's sections with their titles and items' headings, in order."""

    def ids(self) -> list[str]:
        """Every duty id, in plan order."""

    def history(self, duty_id: str, as_of: date) -> tuple[Row, tuple[RecordLike, ...]] | None:
        """One duty's status row as of ``as_of`` and all its records (case-insensitive id)."""

    def links(self) -> list[tuple[str, tuple[str, ...]]]:
        """Each duty that names parent duties (``implements:``), with them, in plan order."""

    def vocabulary(self) -> tuple[list[str], list[queries.Heading]]:
        """What ``--owner`` and ``--section`` are checked against: names, duty headings."""


# --------------------------------------------------------------------------- keys


def cache_key(files: Sequence[str | os.PathLike[str]], digests: Digests | None = None) -> str:
    """SHA-256 of the names and bytes of ``files`` in order, with nq42's code and schema.

    Names count: a progress file's name says which duty it is for, and the plan path
    refuses one under another duty's name. Raises :class:`OSError` when a file cannot
    be read or is not a regular file (:class:`~nq42cli.core.fsio.UnusableFile`); the
    caller then reads the plan the ordinary way, which reports the problem. With
    ``digests``, a file whose stamp is unchanged since it was hashed is not read again.
    """
    known = digests if digests is not None else Digests(None)
    digest = hashlib.sha256(f"nq42 {code_stamp()} cache {SCHEMA}\n".encode())
    for path in files:
        # Each file's own digest, so that two files can never be split differently
        # into the same byte stream; the name's length first for the same reason.
        name = os.fsencode(os.path.basename(path))
        digest.update(len(name).to_bytes(8, "big") + name + known.digest(os.fspath(path)))
    return digest.hexdigest()


_CHUNK = 1 << 20

# A stamp is trusted only if its change time was this much older than the moment the
# bytes were read (git calls the others "racily clean"): any write after the read then
# gets a later change time, even where file systems keep times to a second or two
# (ext3, HFS+, FAT) and the clock they use is coarser than the one read here.
SETTLED_NS = 3_000_000_000
# Where change times can be trusted: on Windows st_ctime is the creation time, and the
# modification time can be set back by anyone, so every file is hashed every time.
STAMPS_TRUSTED = os.name == "posix"
_clock = time.time_ns  # the tests set it to place a change before or after the settling


class Digests:
    """The SHA-256 of input files by stamp, so that a warm answer reads only what changed.

    The stamp is (device, inode, size, modification time, change time), the test git
    makes of its index: every write sets the change time, and nothing can set it back
    (``utime`` sets it to now), so an unchanged stamp means unchanged bytes, and an
    edit within the same second, a restored modification time or a file replaced by
    another are all seen. A digest is kept only when the file's stamp was the same
    before and after the read and its change time was already :data:`SETTLED_NS` old
    (:meth:`digest`); a file changed just now is hashed again on every run until then.

    The digests live in one small JSON file per plan beside its indexes (``path``);
    an unreadable one is an empty one, and it is written back whole (:meth:`save`) only
    when it learnt something. ``path=None`` keeps nothing: every file is hashed.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path if STAMPS_TRUSTED else None
        self.known: dict[str, list[int | str]] = {}
        self.learnt = False
        if self.path is not None:
            with contextlib.suppress(OSError, ValueError):
                raw = json.loads(read_input(self.path, MAX_INDEX_BYTES))
                if (
                    isinstance(raw, dict)
                    and raw.get("v") == 1
                    and isinstance(raw.get("files"), dict)
                ):
                    self.known = raw["files"]

    def digest(self, path: str) -> bytes:
        """The SHA-256 of the bytes of the regular file at ``path`` (see :func:`cache_key`)."""
        info = os.stat(path)
        entry = self.known.get(path)
        # Only a regular file's stamp was ever kept: a pipe or a folder put in a file's
        # place never matches, and is refused below as open_regular_fd refuses it.
        if (
            type(entry) is list
            and len(entry) == 6
            and stat.S_ISREG(info.st_mode)
            and entry[:5]
            == [info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns]
            and type(hexdigest := entry[5]) is str
            and len(hexdigest) == 64
        ):
            with contextlib.suppress(ValueError):
                return bytes.fromhex(hexdigest)
        check_stat(path, info)
        now = _clock()
        found, stamp = _digest(path)
        if self.path is not None and stamp is not None and stamp[4] < now - SETTLED_NS:
            self.known[path] = [*stamp, found.hex()]
            self.learnt = True
        return found

    def save(self, keep: Sequence[str]) -> None:
        """Write what was learnt, keeping the digests of ``keep`` and a few others.

        Others: the files of other progress folders read beside the same plan, up to as
        many again, so that two folders used in turn do not undo each other's work.
        """
        if self.path is None or not self.learnt:
            return
        files = self.known
        if len(files) > 2 * len(keep) + 64:
            files = {p: files[p] for p in keep if p in files}
        with contextlib.suppress(OSError):  # (no cache folder yet: build() makes it)
            atomic_write(self.path, json.dumps({"v": 1, "files": files}).encode())
            self.learnt = False


def _file_stamp(info: os.stat_result) -> list[int]:
    return [info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns]


def _digest(path: str | os.PathLike[str]) -> tuple[bytes, list[int] | None]:
    """SHA-256 of a regular file's bytes, and its stamp if it did not change meanwhile.

    The file is checked as :func:`~nq42cli.core.fsio.open_regular` checks it (before the
    open and on the open file: a pipe, a device or an oversized file raises
    :class:`~nq42cli.core.fsio.UnusableFile`), then read with plain system calls: a cold
    answer hashes every progress file, and thousands of them must cost two reads each,
    not a buffered reader apiece.
    """
    fd = open_regular_fd(path)
    try:
        before = _file_stamp(os.fstat(fd))
        one = hashlib.sha256()
        while chunk := os.read(fd, _CHUNK):
            one.update(chunk)
        after = _file_stamp(os.fstat(fd))
        return one.digest(), before if before == after else None
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- sources


class PlanRows:
    """Rows answered from a loaded plan, its progress and its registry (no cache)."""

    def __init__(
        self, plan: Plan, progress: Progress | None = None, directory: Directory | None = None
    ) -> None:
        self.plan = plan
        self.progress = progress
        self.directory = directory

    def _records(self) -> Records:
        return self.progress.book() if self.progress is not None else {}

    def due(self, period: Period, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Duties due in ``period``."""
        return queries.due([self.plan], period, as_of, filters, self._records(), self.directory)

    def overdue(self, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Duties late on ``as_of``."""
        return queries.overdue([self.plan], as_of, filters, self._records(), self.directory)

    def ongoing(self, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Ongoing duties."""
        return queries.ongoing([self.plan], as_of, filters, self._records(), self.directory)

    def listing(self, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Every duty."""
        return queries.listing([self.plan], as_of, filters, self._records(), self.directory)

    def status(self, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Every duty classified."""
        from nq42cli.core.status import status_of

        found = queries.entries([self.plan], filters, self.directory)
        return status_of(found, as_of, self._records())

    def owners(self) -> list[OwnerLine]:
        """The plan's owners in order."""
        return [OwnerLine(o.key, o.name, o.short, Role.RESPONSIBLE) for o in self.plan.owners]

    def head(self) -> PlanHead:
        """The plan's id, kind, number, date, issuer and title."""
        return head(self.plan)

    def sections(self) -> list[SectionHead]:
        """The plan's sections with their items' headings."""
        return outline(self.plan)

    def ids(self) -> list[str]:
        """Every duty id, in plan order."""
        return [d.id for d in self.plan.duties]

    def history(self, duty_id: str, as_of: date) -> tuple[Row, tuple[RecordLike, ...]] | None:
        """One duty's status row as of ``as_of`` and all its records."""
        found = queries.find([self.plan], duty_id, self.directory)
        if found is None:
            return None
        records = self._records()
        from nq42cli.core.status import status_of

        (row,) = status_of([found], as_of, records)
        return row, tuple(records.get((found.plan, found.id), ()))

    def links(self) -> list[tuple[str, tuple[str, ...]]]:
        """Each duty that names parent duties, with them, in plan order."""
        return [(d.id, tuple(d.implements)) for d in self.plan.duties if d.implements]

    def vocabulary(self) -> tuple[list[str], list[queries.Heading]]:
        """The names ``--owner`` matches and the duties ``--section`` matches."""
        return queries.filter_vocabulary([self.plan], self.directory)


class _Rec(NamedTuple):
    """A progress record as the index stores it (see ``rules.RecordLike``)."""

    event: Event
    on: date
    owner: str | None
    unit: str | None
    evidence: str | None
    note: str | None
    deadline: str | None
    source: str | None
    excerpt: str | None
    by: str | None
    force: bool
    recorded_at: datetime | None


class Index:
    """Rows answered from a cache file; the same answers as :class:`PlanRows`.

    SQL narrows the candidates; the decisions are the ones ``queries`` makes on items.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        meta = dict(db.execute("SELECT k, v FROM meta").fetchall())
        self.plan_id = meta["plan_id"]
        self.plan_date = date.fromisoformat(meta["plan_date"])
        # The latest day a record names: the plan path refuses records dated after today.
        self.last_on = date.fromisoformat(meta["last_on"]) if meta.get("last_on") else None
        raw = meta.get("directory")
        self.directory = _directory(raw) if raw else None
        self._owned: dict[str, tuple[tuple[OwnerLine, ...], tuple[GroupLine, ...]]] = {}

    def _owner_lines(self, raw: str) -> tuple[tuple[OwnerLine, ...], tuple[GroupLine, ...]]:
        """A duty's owners (with later names and aliases) and group lines, once per list."""
        found = self._owned.get(raw)
        if found is None:
            lines = _owners(raw)
            d = self.directory
            if d is None:
                found = (lines, ())
            else:
                lines = tuple(
                    OwnerLine(
                        o.key,
                        o.name,
                        o.short,
                        o.role,
                        o.as_written,
                        d.later_names(o.key),
                        d.aliases(o.key),
                    )
                    for o in lines
                )
                found = (lines, _group_lines(d, [o.key for o in lines]))
            self._owned[raw] = found
        return found

    def _entries(self, ords: Sequence[int] | None, filters: Filters) -> list[Entry]:
        """Duties by ``ord`` (all when None) that pass ``filters``, in plan order."""
        self._check(filters)
        sql = "SELECT ord, id, section, grp, text, timing, windows, owners, implements FROM duty"
        if ords is None:
            chunks: list[tuple[str, Sequence[int]]] = [(sql + " ORDER BY ord", ())]
        else:
            wanted = sorted(set(ords))
            chunks = [
                (f"{sql} WHERE ord IN ({','.join('?' * len(part))}) ORDER BY ord", part)
                for part in (wanted[i : i + 500] for i in range(0, len(wanted), 500))
            ]
        out = []
        plan_id, plan_date = self.plan_id, self.plan_date
        for query, params in chunks:
            for _, id_, section, grp, text, timing, windows, owners, parents in self.db.execute(
                query, params
            ):
                lines, group_lines = self._owner_lines(owners)
                e = Entry(
                    plan_id,
                    plan_date,
                    id_,
                    section,
                    grp,
                    text,
                    timing,
                    _windows(windows),
                    lines,
                    group_lines,
                    tuple(json.loads(parents)) if parents else (),
                )
                if filters.accepts(e, e.owners):
                    out.append(e)
        return out

    def _check(self, filters: Filters) -> None:
        # The same refusal as on a loaded plan: a filter that names nothing is a typo.
        if filters.owner is None and filters.section is None:
            return
        queries.check_filters_against(filters, *self.vocabulary())

    def vocabulary(self) -> tuple[list[str], list[queries.Heading]]:
        """The names ``--owner`` matches and the duties ``--section`` matches."""
        names = [n for (n,) in self.db.execute("SELECT name FROM owner_name")]
        heads: list[queries.Heading] = [
            Entry(self.plan_id, self.plan_date, i, s, g, "", None, (), ())
            for i, s, g in self.db.execute("SELECT id, section, grp FROM duty ORDER BY ord")
        ]
        return names, heads

    def links(self) -> list[tuple[str, tuple[str, ...]]]:
        """Each duty that names parent duties, with them, in plan order."""
        sql = "SELECT id, implements FROM duty WHERE implements IS NOT NULL ORDER BY ord"
        return [(i, tuple(json.loads(raw))) for i, raw in self.db.execute(sql)]

    def _ords(self, sql: str, params: Sequence[object]) -> list[int]:
        return [o for (o,) in self.db.execute(sql, params)]

    def records(self, ids: Sequence[str] | None = None) -> Records:
        """The progress records of duties ``ids`` (all when None), in file order."""
        sql = (
            'SELECT duty, event, "on", owner, unit, evidence, note, deadline, source, excerpt, '
            "by, force, recorded_at FROM rec"
        )
        if ids is None:
            rows = list(self.db.execute(sql + " ORDER BY duty, ord"))
        else:
            rows = []
            wanted = sorted(set(ids))
            for i in range(0, len(wanted), 500):
                part = wanted[i : i + 500]
                marks = ",".join("?" * len(part))
                rows += self.db.execute(f"{sql} WHERE duty IN ({marks}) ORDER BY duty, ord", part)
        out: dict[tuple[str, str], list[RecordLike]] = {}
        for (
            duty,
            event,
            on,
            owner,
            unit,
            evidence,
            note,
            deadline,
            source,
            excerpt,
            by,
            force,
            at,
        ) in rows:
            out.setdefault((self.plan_id, duty), []).append(
                _Rec(
                    Event(event),
                    date.fromisoformat(on),
                    owner,
                    unit,
                    evidence,
                    note,
                    deadline,
                    source,
                    excerpt,
                    by,
                    bool(force),
                    datetime.fromisoformat(at) if at else None,
                )
            )
        return out

    def _has_records(self) -> bool:
        return self.db.execute("SELECT 1 FROM rec LIMIT 1").fetchone() is not None

    def _records_of(self, found: Sequence[Entry]) -> Records:
        if not found or not self._has_records():
            return {}
        return self.records(None if len(found) > 500 else [e.id for e in found])

    def due(self, period: Period, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Duties due in ``period``: binding deadlines in it, and every binding round."""
        ords = self._ords(
            "SELECT DISTINCT duty FROM win WHERE binds AND "
            "(deadline BETWEEN ? AND ? OR kind = 'recurring')",
            (period.start.isoformat(), period.end.isoformat()),
        )
        found = self._entries(ords, filters)
        return queries.due_of(found, period, as_of, self._records_of(found))

    def overdue(self, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Duties late on ``as_of``: a binding deadline before it, or a binding round."""
        ords = self._ords(
            "SELECT DISTINCT duty FROM win WHERE binds AND (deadline < ? OR kind = 'recurring')",
            (as_of.isoformat(),),
        )
        found = self._entries(ords, filters)
        return queries.overdue_of(found, as_of, self._records_of(found))

    def ongoing(self, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Duties with an ongoing or recurring part started by ``as_of`` and not ended."""
        day = as_of.isoformat()
        ords = self._ords(
            "SELECT DISTINCT duty FROM win WHERE kind IN ('ongoing', 'recurring') "
            "AND COALESCE(start, ?) <= ? AND (end IS NULL OR ? <= end)",
            (self.plan_date.isoformat(), day, day),
        )
        found = self._entries(ords, filters)
        return queries.ongoing_of(found, as_of, self._records_of(found))

    def listing(self, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Every duty in plan order."""
        found = self._entries(None, filters)
        return queries.listing_of(found, as_of, self._records_of(found))

    def status(self, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Every duty classified, in plan order."""
        found = self._entries(None, filters)
        from nq42cli.core.status import status_of

        return status_of(found, as_of, self._records_of(found))

    def owners(self) -> list[OwnerLine]:
        """The plan's owners in order."""
        raw = self.db.execute("SELECT v FROM meta WHERE k = 'owners'").fetchone()
        return [
            OwnerLine(key, name, short, Role.RESPONSIBLE) for key, name, short in json.loads(raw[0])
        ]

    def head(self) -> PlanHead:
        """The plan's id, kind, number, date, issuer and title."""
        raw = self.db.execute("SELECT v FROM meta WHERE k = 'head'").fetchone()
        pid, kind, number, day, issuer, title, parent, duty = json.loads(raw[0])
        return PlanHead(pid, kind, number, date.fromisoformat(day), issuer, title, parent, duty)

    def sections(self) -> list[SectionHead]:
        """The plan's sections with their items' headings."""
        raw = self.db.execute("SELECT v FROM meta WHERE k = 'sections'").fetchone()
        return [
            SectionHead(sid, title, tuple((g, h) for g, h in groups))
            for sid, title, groups in json.loads(raw[0])
        ]

    def ids(self) -> list[str]:
        """Every duty id, in plan order."""
        return [i for (i,) in self.db.execute("SELECT id FROM duty ORDER BY ord")]

    def history(self, duty_id: str, as_of: date) -> tuple[Row, tuple[RecordLike, ...]] | None:
        """One duty's status row as of ``as_of`` and all its records."""
        want = duty_id.strip().casefold()
        if want.isascii():
            # Ids are ASCII: SQLite's NOCASE is then the same comparison, without
            # bringing every id of a large plan into Python.
            sql = "SELECT ord FROM duty WHERE id = ? COLLATE NOCASE ORDER BY ord LIMIT 1"
            ords = [o for (o,) in self.db.execute(sql, (want,))]
        else:
            rows = self.db.execute("SELECT ord, id FROM duty ORDER BY ord")
            ords = [o for o, i in rows if i.casefold() == want][:1]
        found = self._entries(ords, _ALL)
        if not found:
            return None
        records = self.records([found[0].id])
        from nq42cli.core.status import status_of

        (row,) = status_of(found, as_of, records)
        return row, tuple(records.get((found[0].plan, found[0].id), ()))


_DAMAGE = (sqlite3.Error, ValueError, KeyError, TypeError)


class _Guarded:
    """An index that falls back to reading the plan (and rebuilding) if it turns out damaged.

    Damage can hide in pages a query reaches only later (a dropped table, a cut file
    that still opens), so every question is guarded, not only the opening.
    """

    def __init__(self, index: Index, rebuild: Callable[[], RowSource]) -> None:
        self.index = index
        self.rebuild = rebuild

    def due(self, period: Period, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Duties due in ``period``."""
        try:
            return self.index.due(period, as_of, filters)
        except _DAMAGE:
            return self.rebuild().due(period, as_of, filters)

    def overdue(self, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Duties late on ``as_of``."""
        try:
            return self.index.overdue(as_of, filters)
        except _DAMAGE:
            return self.rebuild().overdue(as_of, filters)

    def ongoing(self, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Ongoing duties."""
        try:
            return self.index.ongoing(as_of, filters)
        except _DAMAGE:
            return self.rebuild().ongoing(as_of, filters)

    def listing(self, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Every duty."""
        try:
            return self.index.listing(as_of, filters)
        except _DAMAGE:
            return self.rebuild().listing(as_of, filters)

    def status(self, as_of: date, filters: Filters = _ALL) -> list[Row]:
        """Every duty classified."""
        try:
            return self.index.status(as_of, filters)
        except _DAMAGE:
            return self.rebuild().status(as_of, filters)

    def owners(self) -> list[OwnerLine]:
        """The plan's owners in order."""
        try:
            return self.index.owners()
        except _DAMAGE:
            return self.rebuild().owners()

    def head(self) -> PlanHead:
        """The plan's id, kind, number, date, issuer and title."""
        try:
            return self.index.head()
        except _DAMAGE:
            return self.rebuild().head()

    def sections(self) -> list[SectionHead]:
        """The plan's sections with their items' headings."""
        try:
            return self.index.sections()
        except _DAMAGE:
            return self.rebuild().sections()

    def ids(self) -> list[str]:
        """Every duty id, in plan order."""
        try:
            return self.index.ids()
        except _DAMAGE:
            return self.rebuild().ids()

    def history(self, duty_id: str, as_of: date) -> tuple[Row, tuple[RecordLike, ...]] | None:
        """One duty's status row as of ``as_of`` and all its records."""
        try:
            return self.index.history(duty_id, as_of)
        except _DAMAGE:
            return self.rebuild().history(duty_id, as_of)

    def links(self) -> list[tuple[str, tuple[str, ...]]]:
        """Each duty that names parent duties, with them, in plan order."""
        try:
            return self.index.links()
        except _DAMAGE:
            return self.rebuild().links()

    def vocabulary(self) -> tuple[list[str], list[queries.Heading]]:
        """The names ``--owner`` matches and the duties ``--section`` matches."""
        try:
            return self.index.vocabulary()
        except _DAMAGE:
            return self.rebuild().vocabulary()


# Rows repeat a few hundred distinct window lists and owner lists; both decode to
# immutable values, so each distinct text is decoded once per run.
@functools.lru_cache(maxsize=8192)
def _windows(raw: str) -> tuple[Window, ...]:
    return tuple(
        Window(
            WindowKind(kind),
            date.fromisoformat(start) if start else None,
            date.fromisoformat(end) if end else None,
            frozenset(Flag(f) for f in flags),
            Every(every) if every else None,
            (anchor[0], anchor[1]) if anchor else None,
        )
        for kind, start, end, flags, every, anchor in json.loads(raw)
    )


@functools.lru_cache(maxsize=8)
def _directory(raw: str) -> Directory:
    from nq42cli.core.directory import Directory

    return Directory.from_json(raw)


def _group_lines(d: Directory, keys: Sequence[str]) -> tuple[GroupLine, ...]:
    out = []
    for key in keys:
        g = d.group(key)
        if g is not None:
            names = tuple((m, u.short if (u := d.unit(m)) else m) for m, _, _ in g.members.spans)
            out.append(GroupLine(g.key, g.label_vi, g.label_en, g.members, names))
    return tuple(out)


@functools.lru_cache(maxsize=8192)
def _owners(raw: str) -> tuple[OwnerLine, ...]:
    return tuple(
        OwnerLine(key, name, short, Role(role), written)
        for key, name, short, role, written in json.loads(raw)
    )


# --------------------------------------------------------------------------- writing


def build(
    plan: Plan,
    progress: Progress | None,
    key: str,
    target: Path,
    directory: Directory | None = None,
) -> None:
    """Write the index of ``plan`` (its progress, its registry) to ``target`` atomically."""
    import tempfile

    from nq42cli.core.queries import owner_lines

    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".sqlite")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        try:
            # No journal and no syncs while the private temporary file is written: it
            # becomes visible only by the rename below, after one fsync of the whole file.
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            db.executescript(_TABLES)
            with db:
                db.executemany(
                    "INSERT INTO meta VALUES (?, ?)",
                    [
                        ("key", key),
                        ("plan_id", plan.meta.id),
                        ("plan_date", plan.meta.date.isoformat()),
                        ("last_on", _last_on(progress)),
                        ("duties", str(len(plan.duties))),
                        (
                            "head",
                            json.dumps(
                                [
                                    plan.meta.id,
                                    plan.meta.kind,
                                    plan.meta.number,
                                    plan.meta.date.isoformat(),
                                    plan.meta.issuer,
                                    plan.meta.title,
                                    head(plan).implements,
                                    head(plan).implements_duty,
                                ],
                                ensure_ascii=False,
                            ),
                        ),
                        (
                            "owners",
                            json.dumps(
                                [[o.key, o.name, o.short] for o in plan.owners],
                                ensure_ascii=False,
                            ),
                        ),
                        (
                            "sections",
                            json.dumps(
                                [[s.id, s.title, list(s.groups)] for s in outline(plan)],
                                ensure_ascii=False,
                            ),
                        ),
                        ("directory", directory.to_json() if directory else ""),
                    ],
                )
                duties: list[tuple[object, ...]] = []
                wins: list[tuple[object, ...]] = []
                owners: list[tuple[str, int, str]] = []
                for i, duty in enumerate(plan.duties):
                    lines = owner_lines(plan, duty)
                    windows = [
                        [
                            w.kind.value,
                            w.start.isoformat() if w.start else None,
                            w.end.isoformat() if w.end else None,
                            sorted(f.value for f in w.flags),
                            w.every.value if w.every else None,
                            list(w.anchor) if w.anchor else None,
                        ]
                        for w in duty.windows
                    ]
                    duties.append(
                        (
                            i,
                            duty.id,
                            duty.section,
                            duty.group,
                            duty.text,
                            duty.timing,
                            json.dumps(windows, ensure_ascii=False),
                            json.dumps(
                                [
                                    [o.key, o.name, o.short, o.role.value, o.as_written]
                                    for o in lines
                                ],
                                ensure_ascii=False,
                            ),
                            (
                                json.dumps(duty.implements, ensure_ascii=False)
                                if duty.implements
                                else None
                            ),
                        )
                    )
                    # The rule book says which windows bind; the index only stores its answer.
                    binds = binding(duty.windows)
                    for j, w in enumerate(duty.windows):
                        deadline = w.deadline.isoformat() if w.deadline else None
                        wins.append((i, j, *windows[j][:3], deadline, int(w in binds)))
                    owners += {(o.key, i, o.role.value) for o in lines}
                db.executemany("INSERT INTO duty VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", duties)
                db.executemany("INSERT INTO win VALUES (?, ?, ?, ?, ?, ?, ?)", wins)
                db.executemany("INSERT INTO duty_owner VALUES (?, ?, ?)", owners)
                names = {n for o in plan.owners for n in (o.key, o.name, o.short)}
                if directory is not None:
                    names |= {n for o in plan.owners for n in directory.aliases(o.key)}
                names |= {r.as_written for d in plan.duties for r in d.owners if r.as_written}
                db.executemany("INSERT INTO owner_name VALUES (?)", [(n,) for n in names])
                recs = [
                    (
                        duty_id,
                        j,
                        r.event.value,
                        r.on.isoformat(),
                        r.owner,
                        r.unit,
                        r.evidence,
                        r.note,
                        r.deadline,
                        r.source,
                        r.excerpt,
                        r.by,
                        int(r.force),
                        r.recorded_at.isoformat() if r.recorded_at else None,
                    )
                    for duty_id, doc in (progress.duties.items() if progress else ())
                    for j, r in enumerate(doc.records)
                ]
                db.executemany(
                    "INSERT INTO rec VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", recs
                )
                moved = _adjusted(plan, progress)
                db.executemany("INSERT INTO win VALUES (?, ?, ?, ?, ?, ?, ?)", moved)
        finally:
            db.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    seal(target)
    _prune(target)


def _adjusted(plan: Plan, progress: Progress | None) -> list[tuple[object, ...]]:
    """Window rows for every adjusted deadline recorded, beside the plan's own.

    The prefilter must not miss a duty whose deadline was moved into a period; whether
    an adjustment is in force on a day is for the rule book to say, so every one is
    indexed as binding (a superset: the candidates are judged afterwards).
    """
    from nq42cli.core.rules import adjusted_windows

    if progress is None:
        return []
    ords = {d.id: i for i, d in enumerate(plan.duties)}
    out: list[tuple[object, ...]] = []
    for duty_id, doc in progress.duties.items():
        i = ords[duty_id]
        duty = plan.duties[i]
        # Window ords after the plan's own keep the keys unique.
        n = len(duty.windows)
        for rec in doc.records:
            if rec.event is not Event.DEADLINE or rec.deadline is None:
                continue
            for w in adjusted_windows(duty.windows, rec.deadline, rec.on):
                dated = w.kind in (WindowKind.DEADLINE, WindowKind.RECURRING)
                start = w.start.isoformat() if w.start else None
                end = w.end.isoformat() if w.end else None
                deadline = w.deadline.isoformat() if w.deadline else None
                out.append((i, n, w.kind.value, start, end, deadline, int(dated)))
                n += 1
    return out


def _last_on(progress: Progress | None) -> str:
    days = [r.on for doc in (progress.duties.values() if progress else ()) for r in doc.records]
    return max(days).isoformat() if days else ""


# --------------------------------------------------------------------------- the seal


def _seal_path(index: Path) -> Path:
    return index.with_name(index.name + "-seal")


def _stamp(info: os.stat_result) -> list[int]:
    # What changes whenever the file's bytes do: a write sets the modification and the
    # change time, and the change time cannot be set back (utime sets it to now).
    return [info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns]


def _file_digest(path: Path) -> str:
    with open_regular(path, MAX_INDEX_BYTES) as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def seal(index: Path) -> None:
    """Record beside ``index`` the SHA-256 of its bytes and the stamp they were read at."""
    digest = _file_digest(index)
    stamp = _stamp(check_regular_file(index, MAX_INDEX_BYTES))
    atomic_write(_seal_path(index), json.dumps({"sha256": digest, "stamp": stamp}).encode())


def _sealed(index: Path) -> bool:
    """Whether ``index`` holds exactly the bytes its seal names.

    The digest is recomputed only when the file is not the one last checked (another
    inode, size, or modification or change time): a warm answer costs one ``stat``.
    """
    try:
        info = check_regular_file(index, MAX_INDEX_BYTES)
        raw = json.loads(read_input(_seal_path(index), 4096))
        digest, stamp = raw["sha256"], raw["stamp"]
        if stamp == _stamp(info):
            return isinstance(digest, str)
        if _file_digest(index) != digest:
            return False
    except (OSError, ValueError, KeyError, TypeError):
        return False
    with contextlib.suppress(OSError):
        seal(index)  # the same bytes at a new stamp (a copied cache folder)
    return True


# An index is named by its plan file's tag and its key (before 0.3, by its key alone); a
# build's temporary file by mkstemp (see build()).
_OURS = r"(?:[0-9a-f]{12}-)?[0-9a-f]{64}\.sqlite|\.tmp-[A-Za-z0-9_]+\.sqlite"


def index_path(folder: Path, files: Sequence[str | os.PathLike[str]], key: str) -> Path:
    """Where the index of the plan whose input ``files`` (plan first) have ``key`` lives.

    The name starts with a tag of the plan file's path, so that old indexes are pruned
    per plan: the indexes of forty plans read together do not push each other out.
    """
    return folder / f"{_plan_tag(files)}-{key}.sqlite"


def _plan_tag(files: Sequence[str | os.PathLike[str]]) -> str:
    try:
        where = str(Path(files[0]).resolve())
    except (OSError, RuntimeError):
        where = os.fspath(files[0])
    return hashlib.sha256(os.fsencode(where)).hexdigest()[:12]


def _tag(path: Path) -> str:
    name = path.name
    return name[:12] if len(name) > 13 and name[12] == "-" else ""


def _prune(keep: Path) -> None:
    """Remove old cache files and temporary files left by crashes.

    Kept: the :data:`KEEP` most recent indexes of ``keep``'s plan file, and of all the
    others at most :data:`KEEP_ALL` in all.
    """
    with contextlib.suppress(OSError):
        done: list[tuple[float, Path]] = []
        temporary: list[tuple[float, Path]] = []
        for p in keep.parent.glob("*.sqlite"):
            # Only nq42's own files: NQ42_CACHE_DIR may name a folder holding others. (The
            # pattern is compiled here, once, when an index is written: never on a warm run.)
            if re.fullmatch(_OURS, p.name) is None:
                continue
            (temporary if p.name.startswith(".tmp-") else done).append((p.stat().st_mtime, p))
        newest = [p for _, p in sorted(done, reverse=True) if p != keep]
        mine = [p for p in newest if _tag(p) == _tag(keep)]
        others = [p for p in newest if _tag(p) != _tag(keep)]
        # The plan's own older indexes, then any beyond the cap on all of them.
        old = mine[KEEP - 1 :] + others[KEEP_ALL - KEEP :]
        # A temporary file an hour old belongs to no running build.
        old += [p for mtime, p in temporary if mtime < time.time() - 3600]
        for p in old:
            with contextlib.suppress(OSError):
                p.unlink()
            with contextlib.suppress(OSError):
                _seal_path(p).unlink()
        # The digests of a plan none of whose indexes is left.
        indexed = {_tag(p) for p in newest if p not in old} | {_tag(keep)}
        for p in keep.parent.glob("*.digests"):
            if re.fullmatch(r"[0-9a-f]{12}\.digests", p.name) and p.name[:12] not in indexed:
                with contextlib.suppress(OSError):
                    p.unlink()


def _open(path: Path, key: str) -> Index | None:
    """The index at ``path`` if it is a complete, sealed file for ``key``, else ``None``."""
    if not _sealed(path):
        return None
    try:
        size = path.stat().st_size
        # A URI opens the file read-only; as_uri() escapes '?', '#' and '%' in folder
        # names. immutable: the bytes were just verified, so no journal beside the file
        # (a planted hot journal) is ever read or applied, and nothing is locked.
        db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        (pages,) = db.execute("PRAGMA page_count").fetchone()
        (page_size,) = db.execute("PRAGMA page_size").fetchone()
        # A truncated file would otherwise answer from whatever pages are left.
        if pages * page_size != size:
            raise sqlite3.DatabaseError("truncated")
        meta = dict(db.execute("SELECT k, v FROM meta").fetchall())
        if meta.get("key") != key:
            raise sqlite3.DatabaseError("another plan")
        return Index(db)
    except _DAMAGE:
        db.close()
        return None


def open_source(
    files: Sequence[str | os.PathLike[str]],
    load: Loader,
    *,
    use_cache: bool = True,
    registry: RegistryLoader | None = None,
    today: date | None = None,
    index_only: bool = False,
) -> RowSource:
    """Rows for the plan whose input ``files`` (plan first, then registry and progress) are given.

    ``load()`` reads and validates the plan and its progress the slow, exact way, and
    ``registry()`` the plan's owners registry; they are called when the cache cannot
    serve, and their errors propagate unchanged. ``today`` is the day ``load()`` refuses
    records after: an index holding such a record (built when the clock or the time
    zone said otherwise) does not serve. With ``index_only``, whenever the index cannot
    serve, :class:`~nq42cli.core.errors.NotIndexed` is raised instead and nothing is read
    but the files' bytes (for the key).
    """
    from nq42cli.core.errors import NotIndexed

    def everything() -> tuple[Plan, Progress, Directory | None]:
        if index_only:
            raise NotIndexed(os.fspath(files[0]))
        plan, progress = load()
        return plan, progress, registry() if registry is not None else None

    folder = cache_dir() if use_cache else None
    if folder is None:
        return PlanRows(*everything())
    tag = _plan_tag(files)
    digests = Digests(folder / f"{tag}.digests")
    try:
        key = cache_key(files, digests)
    except OSError:
        return PlanRows(*everything())
    names = [os.fspath(f) for f in files]
    digests.save(names)
    target = folder / f"{tag}-{key}.sqlite"

    def rebuild() -> RowSource:
        plan, progress, directory = everything()
        # The files were read after the key was computed: store the index only if they
        # still hold the bytes the key names, so an edit in between can never be cached
        # under the old key.
        with contextlib.suppress(OSError, sqlite3.Error):
            if cache_key(files, digests) == key:
                build(plan, progress, key, target, directory)
        digests.save(names)
        return PlanRows(plan, progress, directory)

    index = _open(target, key)
    if index is None:
        return rebuild()
    if today is not None and index.last_on is not None and index.last_on > today:
        index.db.close()
        return rebuild()
    return _Guarded(index, rebuild)
