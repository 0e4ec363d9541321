"""A derived index of a valid plan, so queries read only the rows they return.

Reading and validating a plan costs YAML parsing and pydantic (seconds at 100,000
duties, and 250 ms of imports even for the bundled plan). Once a plan has been found
valid, nq42 stores what the queries need in an SQLite file (standard library) in the
user cache directory, indexed by deadline, owner and id. Later runs on the same bytes
answer from it without importing pydantic or YAML.

Safety, in order of importance:

- It can never answer for a plan that differs from the file: the cache file is named
  by the SHA-256 of the bytes of every input file (the plan, and later progress files)
  with nq42's version and this module's schema, and the bytes are hashed on every run.
- It is written whole or not at all: a temporary file in the same folder, fsynced and
  renamed over the final name. Two processes racing both write complete files; the
  last rename wins and both files hold the same answer.
- A cache file that is unreadable, truncated or of another schema is a miss: the plan
  is read again and the file rebuilt. Any failure to write it only costs speed.
- ``--no-cache`` (or ``NQ42_NO_CACHE=1``) bypasses it entirely.

The folder is ``$NQ42_CACHE_DIR``, else ``$XDG_CACHE_HOME/nq42``, else ``~/.cache/nq42``.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from nq42cli import __version__
from nq42cli.core.queries import Filters, OwnerLine, Row
from nq42cli.core.vocab import Role
from nq42cli.core.windows import Flag, Period, Window, WindowKind

if TYPE_CHECKING:
    from nq42cli.core.loader import LoadedPlan
    from nq42cli.core.models import Plan

    Loader = Callable[[Path, str], LoadedPlan]

__all__ = [
    "CachedDuty",
    "Index",
    "PlanRows",
    "RowSource",
    "build",
    "cache_dir",
    "cache_key",
    "open_source",
]

# Bump when the tables or what they hold change: old files then stop matching.
SCHEMA = 1
KEEP = 8  # cache files kept; older ones are removed when a new one is written
_ALL = Filters()

_TABLES = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE duty (
    ord INTEGER PRIMARY KEY, id TEXT NOT NULL, section TEXT NOT NULL, grp TEXT,
    text TEXT NOT NULL, timing TEXT, windows TEXT NOT NULL, owners TEXT NOT NULL
);
CREATE TABLE win (
    duty INTEGER NOT NULL, ord INTEGER NOT NULL, kind TEXT NOT NULL,
    start TEXT, end TEXT, deadline TEXT, PRIMARY KEY (duty, ord)
) WITHOUT ROWID;
CREATE TABLE duty_owner (
    owner TEXT NOT NULL, duty INTEGER NOT NULL, role TEXT NOT NULL,
    PRIMARY KEY (owner, duty, role)
) WITHOUT ROWID;
CREATE INDEX duty_by_id ON duty (id);
CREATE INDEX win_by_deadline ON win (deadline, duty, ord) WHERE deadline IS NOT NULL;
CREATE INDEX win_by_kind ON win (kind, duty, ord);
"""


@dataclass(frozen=True, slots=True)
class CachedDuty:
    """The part of a duty that rows and renderers read (see ``queries.DutyView``)."""

    id: str
    section: str
    group: str | None
    text: str
    timing: str | None
    windows: tuple[Window, ...]


class RowSource(Protocol):
    """Where the listing commands get their rows: a loaded plan or its index."""

    def due(
        self,
        period: Period,
        as_of: date,
        filters: Filters = ...,
        completions: Mapping[str, date] | None = ...,
    ) -> list[Row]:
        """Duties due in ``period`` (see :func:`nq42cli.core.queries.due`)."""

    def overdue(
        self, as_of: date, filters: Filters = ..., completions: Mapping[str, date] | None = ...
    ) -> list[Row]:
        """Duties late on ``as_of`` (see :func:`nq42cli.core.queries.overdue`)."""

    def ongoing(
        self, as_of: date, filters: Filters = ..., completions: Mapping[str, date] | None = ...
    ) -> list[Row]:
        """Ongoing duties (see :func:`nq42cli.core.queries.ongoing`)."""

    def listing(
        self, filters: Filters = ..., completions: Mapping[str, date] | None = ...
    ) -> list[Row]:
        """Every duty (see :func:`nq42cli.core.queries.listing`)."""


# --------------------------------------------------------------------------- keys


def cache_key(files: Sequence[Path]) -> str:
    """SHA-256 of the bytes of ``files`` in order, with nq42's version and the schema.

    Raises :class:`OSError` when a file cannot be read (the caller then reads the plan
    the ordinary way, which reports the problem).
    """
    digest = hashlib.sha256(f"nq42 {__version__} cache {SCHEMA}\n".encode())
    for path in files:
        with path.open("rb") as fh:
            one = hashlib.file_digest(fh, "sha256").digest()
        # Each file's own digest, so that two files can never be split differently
        # into the same byte stream.
        digest.update(one)
    return digest.hexdigest()


def cache_dir() -> Path:
    """The folder cache files live in."""
    if explicit := os.environ.get("NQ42_CACHE_DIR"):
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "nq42"


# --------------------------------------------------------------------------- sources


class PlanRows:
    """Rows answered from loaded plans by :mod:`nq42cli.core.queries` (no cache)."""

    def __init__(self, plans: list[Plan]) -> None:
        self.plans = plans

    def due(
        self,
        period: Period,
        as_of: date,
        filters: Filters = _ALL,
        completions: Mapping[str, date] | None = None,
    ) -> list[Row]:
        """Duties due in ``period``."""
        from nq42cli.core import queries

        return queries.due(self.plans, period, as_of, filters, completions)

    def overdue(
        self,
        as_of: date,
        filters: Filters = _ALL,
        completions: Mapping[str, date] | None = None,
    ) -> list[Row]:
        """Duties late on ``as_of``."""
        from nq42cli.core import queries

        return queries.overdue(self.plans, as_of, filters, completions)

    def ongoing(
        self,
        as_of: date,
        filters: Filters = _ALL,
        completions: Mapping[str, date] | None = None,
    ) -> list[Row]:
        """Ongoing duties."""
        from nq42cli.core import queries

        return queries.ongoing(self.plans, as_of, filters, completions)

    def listing(
        self, filters: Filters = _ALL, completions: Mapping[str, date] | None = None
    ) -> list[Row]:
        """Every duty."""
        from nq42cli.core import queries

        return queries.listing(self.plans, filters, completions)


class Index:
    """Rows answered from a cache file; the same answers as :class:`PlanRows`."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        meta = dict(db.execute("SELECT k, v FROM meta").fetchall())
        self.plan_id = meta["plan_id"]
        self.plan_date = meta["plan_date"]

    def _fetch(
        self, picks: list[tuple[int, int | None]], filters: Filters
    ) -> list[tuple[int, CachedDuty, tuple[OwnerLine, ...], Window | None]]:
        """Duties by ``ord`` (with the window that matched), filtered, in plan order."""
        out = []
        wanted = dict(picks)
        ords = sorted(wanted)
        for chunk in range(0, len(ords), 500):
            part = ords[chunk : chunk + 500]
            marks = ",".join("?" * len(part))
            sql = f"SELECT ord, id, section, grp, text, timing, windows, owners FROM duty WHERE ord IN ({marks}) ORDER BY ord"  # noqa: E501 - only placeholders are interpolated
            for ord_, id_, section, grp, text, timing, windows, owners in self.db.execute(
                sql, part
            ):
                duty = CachedDuty(id_, section, grp, text, timing, _windows(windows))
                lines = _owners(owners)
                if not filters.accepts(duty, lines):
                    continue
                which = wanted[ord_]
                out.append((ord_, duty, lines, None if which is None else duty.windows[which]))
        return out

    def due(
        self,
        period: Period,
        as_of: date,
        filters: Filters = _ALL,
        completions: Mapping[str, date] | None = None,
    ) -> list[Row]:
        """Duties whose first deadline in ``period`` is its match, by deadline then plan order."""
        done = completions or {}
        picks = self.db.execute(
            "SELECT duty, MIN(ord) FROM win WHERE deadline BETWEEN ? AND ? GROUP BY duty",
            (period.start.isoformat(), period.end.isoformat()),
        ).fetchall()
        rows = [
            Row(self.plan_id, d, lines, as_of, w.deadline, w, completed_on=done.get(d.id))
            for _, d, lines, w in self._fetch(picks, filters)
            if w is not None
        ]
        return sorted(rows, key=lambda r: r.deadline or date.max)

    def overdue(
        self,
        as_of: date,
        filters: Filters = _ALL,
        completions: Mapping[str, date] | None = None,
    ) -> list[Row]:
        """Duties whose first deadline before ``as_of`` passed with no completion."""
        done = completions or {}
        picks = self.db.execute(
            "SELECT duty, MIN(ord) FROM win WHERE deadline < ? GROUP BY duty",
            (as_of.isoformat(),),
        ).fetchall()
        rows = [
            Row(self.plan_id, d, lines, as_of, w.deadline, w)
            for _, d, lines, w in self._fetch(picks, filters)
            if w is not None and d.id not in done
        ]
        return sorted(rows, key=lambda r: r.deadline or date.max)

    def ongoing(
        self,
        as_of: date,
        filters: Filters = _ALL,
        completions: Mapping[str, date] | None = None,
    ) -> list[Row]:
        """Duties with an ongoing part started by ``as_of`` and not ended, in plan order."""
        done = completions or {}
        day = as_of.isoformat()
        picks = self.db.execute(
            "SELECT duty, MIN(ord) FROM win WHERE kind = 'ongoing' "
            "AND COALESCE(start, ?) <= ? AND (end IS NULL OR ? <= end) GROUP BY duty",
            (self.plan_date, day, day),
        ).fetchall()
        plan_day = date.fromisoformat(self.plan_date)
        return [
            Row(
                self.plan_id,
                d,
                lines,
                as_of,
                window=w,
                since=w.start or plan_day,
                completed_on=done.get(d.id),
            )
            for _, d, lines, w in self._fetch(picks, filters)
            if w is not None
        ]

    def listing(
        self, filters: Filters = _ALL, completions: Mapping[str, date] | None = None
    ) -> list[Row]:
        """Every duty in plan order."""
        done = completions or {}
        picks: list[tuple[int, int | None]] = [
            (o, None) for (o,) in self.db.execute("SELECT ord FROM duty")
        ]
        return [
            Row(self.plan_id, d, lines, completed_on=done.get(d.id))
            for _, d, lines, _w in self._fetch(picks, filters)
        ]


_DAMAGE = (sqlite3.Error, ValueError, KeyError, TypeError)


class _Guarded:
    """An index that falls back to reading the plan (and rebuilding) if it turns out damaged.

    Damage can hide in pages a query reaches only later (a dropped table, a cut file
    that still opens), so every question is guarded, not only the opening.
    """

    def __init__(self, index: Index, rebuild: Callable[[], RowSource]) -> None:
        self.index = index
        self.rebuild = rebuild

    def due(
        self,
        period: Period,
        as_of: date,
        filters: Filters = _ALL,
        completions: Mapping[str, date] | None = None,
    ) -> list[Row]:
        """Duties due in ``period``."""
        try:
            return self.index.due(period, as_of, filters, completions)
        except _DAMAGE:
            return self.rebuild().due(period, as_of, filters, completions)

    def overdue(
        self,
        as_of: date,
        filters: Filters = _ALL,
        completions: Mapping[str, date] | None = None,
    ) -> list[Row]:
        """Duties late on ``as_of``."""
        try:
            return self.index.overdue(as_of, filters, completions)
        except _DAMAGE:
            return self.rebuild().overdue(as_of, filters, completions)

    def ongoing(
        self,
        as_of: date,
        filters: Filters = _ALL,
        completions: Mapping[str, date] | None = None,
    ) -> list[Row]:
        """Ongoing duties."""
        try:
            return self.index.ongoing(as_of, filters, completions)
        except _DAMAGE:
            return self.rebuild().ongoing(as_of, filters, completions)

    def listing(
        self, filters: Filters = _ALL, completions: Mapping[str, date] | None = None
    ) -> list[Row]:
        """Every duty."""
        try:
            return self.index.listing(filters, completions)
        except _DAMAGE:
            return self.rebuild().listing(filters, completions)


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
        )
        for kind, start, end, flags in json.loads(raw)
    )


@functools.lru_cache(maxsize=8192)
def _owners(raw: str) -> tuple[OwnerLine, ...]:
    return tuple(
        OwnerLine(key, name, short, Role(role), written)
        for key, name, short, role, written in json.loads(raw)
    )


# --------------------------------------------------------------------------- writing


def build(plan: Plan, key: str, target: Path) -> None:
    """Write the index of ``plan`` to ``target`` atomically (temp file, fsync, rename)."""
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
                        ("duties", str(len(plan.duties))),
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
                        )
                    )
                    for j, w in enumerate(duty.windows):
                        deadline = w.deadline.isoformat() if w.deadline else None
                        wins.append((i, j, *windows[j][:3], deadline))
                    owners += {(o.key, i, o.role.value) for o in lines}
                db.executemany("INSERT INTO duty VALUES (?, ?, ?, ?, ?, ?, ?, ?)", duties)
                db.executemany("INSERT INTO win VALUES (?, ?, ?, ?, ?, ?)", wins)
                db.executemany("INSERT INTO duty_owner VALUES (?, ?, ?)", owners)
        finally:
            db.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _prune(target)


def _prune(keep: Path) -> None:
    """Remove all but the most recent cache files, and temporary files left by crashes."""
    with contextlib.suppress(OSError):
        done: list[tuple[float, Path]] = []
        temporary: list[tuple[float, Path]] = []
        for p in keep.parent.glob("*.sqlite"):
            (temporary if p.name.startswith(".tmp-") else done).append((p.stat().st_mtime, p))
        old = [p for _, p in sorted(done, reverse=True) if p != keep][KEEP - 1 :]
        # A temporary file an hour old belongs to no running build.
        old += [p for mtime, p in temporary if mtime < time.time() - 3600]
        for p in old:
            with contextlib.suppress(OSError):
                p.unlink()


def _open(path: Path, key: str) -> Index | None:
    """The index at ``path`` if it is a complete file for ``key``, else ``None``."""
    try:
        size = path.stat().st_size
        # A URI opens the file read-only; as_uri() escapes '?', '#' and '%' in folder names.
        db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
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
    files: Sequence[Path], shown: str, *, use_cache: bool = True, load: Loader | None = None
) -> RowSource:
    """Rows for the plan ``files[0]`` (with the other ``files`` feeding the key).

    ``load(path, shown)`` reads and validates the plan (default: ``load_plan``); it is
    called when the cache cannot serve, and its errors propagate unchanged.
    """

    def read(path: Path) -> Plan:
        if load is not None:
            return load(path, shown).plan
        from nq42cli.core.loader import load_plan

        return load_plan(path, shown).plan

    if not use_cache:
        return PlanRows([read(files[0])])
    try:
        key = cache_key(files)
    except OSError:
        return PlanRows([read(files[0])])
    target = cache_dir() / f"{key}.sqlite"

    def rebuild() -> RowSource:
        plan = read(files[0])
        # The plan was read after the key was computed: store it only if the files still
        # hold the bytes the key names, so an edit in between can never be cached under
        # the old key.
        with contextlib.suppress(OSError, sqlite3.Error):
            if cache_key(files) == key:
                build(plan, key, target)
        return PlanRows([plan])

    index = _open(target, key)
    if index is None:
        return rebuild()
    return _Guarded(index, rebuild)
