"""The SQLite connection: pragmas, numbered migrations, and one-transaction-per-change.

One aiosqlite connection serves the whole bot. Handlers run concurrently on one event loop,
so every use of the connection (reads included) takes ``_lock``: otherwise a read could see
another handler's transaction half done, or two ``BEGIN``s could interleave.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import re
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

log = logging.getLogger(__name__)
T = TypeVar("T")

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
CACHE_KIB = 32 * 1024  # SQLite's page cache for the one connection, at most
DEFERRED_SECONDS = 1.0  # a deferred write waits at most this long for a trip to ride in
Deferred = Callable[[sqlite3.Connection], object]


@dataclass
class UpdateMark:
    """The "handled" mark of the Telegram update being handled in this task: written in the
    transaction of the update's first change, so the change and the mark commit together
    (a kill between them cannot leave a record without its mark, or a mark without its
    record)."""

    update_id: int
    at: str
    done: bool = False


current_update: contextvars.ContextVar[UpdateMark | None] = contextvars.ContextVar(
    "current_update", default=None
)

_MARK_SQL = (
    "INSERT OR IGNORE INTO seen_updates(update_id, seen_at) VALUES (?, ?)",
    "UPDATE inbox SET handled_at = ? WHERE update_id = ? AND handled_at IS NULL",
)


def _pending_mark() -> UpdateMark | None:
    mark = current_update.get()
    return mark if mark is not None and not mark.done else None


@contextmanager
def unmarked() -> Iterator[None]:
    """Writes that are safe to repeat (refreshing a member's name) and must not count as
    the update's handling: the mark waits for the change that matters."""
    token = current_update.set(None)
    try:
        yield
    finally:
        current_update.reset(token)


def write_mark(conn: sqlite3.Connection, mark: UpdateMark) -> None:
    conn.execute(_MARK_SQL[0], (mark.update_id, mark.at))
    conn.execute(_MARK_SQL[1], (mark.at, mark.update_id))


class DatabaseTooNew(Exception):
    """The file was migrated by a newer version of the bot than this one."""

    def __init__(self, found: int, known: int) -> None:
        super().__init__(f"database schema {found} is newer than this code's {known}")
        self.found = found
        self.known = known


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def bundled_migrations() -> list[Migration]:
    """The ``storage/migrations/NNNN_name.sql`` files, in order."""
    found: list[Migration] = []
    for entry in resources.files("storage.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two migrations share a number: {versions}")
    return found


def split_statements(script: str) -> list[str]:
    """Split a SQL script into statements (``executescript`` would commit on its own)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not all(
        part.strip().startswith("--") for part in buffer.strip().splitlines()
    ):
        raise ValueError(f"incomplete SQL statement at the end of a migration: {buffer[:80]!r}")
    return statements


def utc_now_text() -> str:
    return to_db_time(datetime.now(UTC))


def to_db_time(instant: datetime) -> str:
    """Instants are stored as UTC ISO text, which sorts in time order."""
    if instant.tzinfo is None:
        raise ValueError("naive datetime given to storage; instants must be timezone-aware")
    return instant.astimezone(UTC).isoformat(timespec="seconds")


def from_db_time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def db_time(text: str) -> datetime:
    """A NOT NULL time column (typed as such, unlike :func:`from_db_time`)."""
    return datetime.fromisoformat(text)


class Database:
    """A single aiosqlite connection with a lock, opened and migrated by :meth:`open`."""

    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self._conn = conn
        self._lock = asyncio.Lock()
        self.path = path
        self._deferred: list[Deferred] = []
        self._timer: asyncio.TimerHandle | None = None
        self._flushing: asyncio.Task[None] | None = None

    @classmethod
    async def open(
        cls, path: Path | str, migrations: Sequence[Migration] | None = None
    ) -> Database:
        path = Path(path)
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(str(path), isolation_level=None)
        conn.row_factory = aiosqlite.Row
        try:
            await conn.execute("PRAGMA journal_mode=WAL")
            await conn.execute("PRAGMA foreign_keys=ON")
            await conn.execute("PRAGMA busy_timeout=5000")
            await conn.execute("PRAGMA synchronous=NORMAL")
            # A report writes into seven indexes of absences; once the history outgrows the
            # default 2 MiB page cache, their inner pages are read from the file again on
            # every report (SQLite CPU per report 0.27 ms new, 0.42 ms with 1,000,000 older
            # absences; 0.28 ms with this). Pages are cached as they are used, so a young
            # database stays small in memory (docs/performance.md, issue 17).
            await conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            db = cls(conn, path)
            await db.migrate(bundled_migrations() if migrations is None else migrations)
        except BaseException:
            await conn.close()
            raise
        return db

    async def close(self) -> None:
        """Writes still deferred are made first: a clean stop loses none of them."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        async with self._lock:
            works = self._take_deferred()
            if works:
                await self._conn._execute(_flush, self._conn._conn, works)
            await self._conn.close()

    # ------------------------------------------------------------- deferred writes
    def defer(self, work: Deferred) -> None:
        """Write later: ``work`` (plain sqlite3 calls, safe to repeat) rides in the next trip
        to aiosqlite's thread, whatever it is, ahead of that trip's own work, or is made on
        its own within :data:`DEFERRED_SECONDS` when no trip comes, and always at
        :meth:`close`. Every read but the gate's (:meth:`read_alone`) makes it first, so
        nothing reads around it; a kill loses what was deferred in the last second.

        Only for writes whose loss at a kill is acceptable: the confirmation's message id
        (a trip of its own on every report otherwise; docs/performance.md, issue 17)."""
        self._deferred.append(work)
        self._arm()

    def _arm(self) -> None:
        """One timer at a time, left running when a trip takes the writes (it then finds
        nothing to do): setting and cancelling one per report cost 0.012 ms of the path."""
        if self._timer is None:
            loop = asyncio.get_running_loop()
            self._timer = loop.call_later(DEFERRED_SECONDS, self._flush_later)

    def _take_deferred(self) -> list[Deferred]:
        works, self._deferred = self._deferred, []
        return works

    def _give_back(self, works: list[Deferred]) -> None:
        """A trip that carried deferred writes failed: they wait for the next one."""
        if works:
            self._deferred[:0] = works
            self._arm()

    def _flush_later(self) -> None:
        self._timer = None
        if not self._deferred:
            return
        if self._flushing is not None and not self._flushing.done():
            self._arm()  # the flush under way may have taken its writes already: look again
            return
        self._flushing = asyncio.get_running_loop().create_task(self.flush_deferred())

    async def flush_deferred(self) -> None:
        """Make the deferred writes now (the timer's work; tests call it too)."""
        async with self._lock:
            works = self._take_deferred()
            if not works:
                return
            try:
                await self._conn._execute(_flush, self._conn._conn, works)
            except Exception:
                log.exception("deferred writes failed; tried again with the next trip")
                self._give_back(works)

    async def schema_version(self) -> int:
        async with self._lock:
            return await self._version()

    async def _version(self) -> int:
        await self._conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        async with self._conn.execute(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations"
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def migrate(self, migrations: Sequence[Migration]) -> list[int]:
        """Apply the migrations this file lacks, each in one transaction with its version.

        "Lacks" is by number, not "above the highest applied": a migration that lands after
        a higher-numbered one (two branches of work merged) is still applied."""
        applied: list[int] = []
        async with self._lock:
            current = await self._version()
            known = migrations[-1].version if migrations else 0
            if current > known:
                raise DatabaseTooNew(current, known)
            async with self._conn.execute("SELECT version FROM schema_migrations") as cur:
                done = {int(row[0]) for row in await cur.fetchall()}
            for migration in migrations:
                if migration.version in done:
                    continue
                await self._conn.execute("BEGIN IMMEDIATE")
                try:
                    for statement in split_statements(migration.sql):
                        await self._conn.execute(statement)
                    await self._conn.execute(
                        "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?,?,?)",
                        (migration.version, migration.name, utc_now_text()),
                    )
                    top = max(current, migration.version)
                    await self._conn.execute(f"PRAGMA user_version={int(top)}")
                    await self._conn.execute("COMMIT")
                except BaseException:
                    await self._conn.execute("ROLLBACK")
                    raise
                log.info("applied migration %s", migration.name)
                applied.append(migration.version)
        return applied

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One change = one transaction: everything inside commits together or not at all."""
        async with self._lock:
            mark = _pending_mark()
            works = self._take_deferred()
            try:
                # BEGIN and the deferred writes, if any, in one trip.
                await self._conn._execute(_begin, self._conn._conn, works)
            except BaseException:
                self._give_back(works)
                raise
            try:
                if mark is not None:
                    await self._conn.execute(_MARK_SQL[0], (mark.update_id, mark.at))
                    await self._conn.execute(_MARK_SQL[1], (mark.at, mark.update_id))
                yield self._conn
            except BaseException:
                await self._conn.execute("ROLLBACK")
                self._give_back(works)
                raise
            await self._conn.execute("COMMIT")
            if mark is not None:
                mark.done = True

    async def in_one_trip(
        self,
        work: Callable[[sqlite3.Connection], T],
        *,
        reads_only: bool = False,
    ) -> T:
        """Run ``work`` (plain sqlite3 calls) as one transaction in aiosqlite's worker thread.

        Every ``await conn.execute`` is a trip to that thread and back; a change made of
        BEGIN, a few statements and COMMIT is cheaper as one trip, which matters on the
        busiest path (a report). aiosqlite offers no public call for this, so it uses its
        ``_execute``, the method all of aiosqlite's own calls go through.

        ``reads_only`` work takes no write lock and does not carry the update's mark. Writes
        deferred (:meth:`defer`) are made in the same transaction, first.
        """
        mark = None if reads_only else _pending_mark()

        async with self._lock:
            works = self._take_deferred()
            begin = "BEGIN" if reads_only and not works else "BEGIN IMMEDIATE"

            def transaction(raw: sqlite3.Connection) -> T:
                raw.execute(begin)
                try:
                    for deferred in works:
                        deferred(raw)
                    if mark is not None:
                        write_mark(raw, mark)
                    result = work(raw)
                except BaseException:
                    raw.execute("ROLLBACK")
                    raise
                raw.execute("COMMIT")
                return result

            try:
                result = await self._conn._execute(transaction, self._conn._conn)
            except BaseException:
                self._give_back(works)
                raise
        if mark is not None:
            mark.done = True
        return result

    async def read_alone(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """``work``, one read statement (plain sqlite3), in aiosqlite's thread without a
        transaction (a statement is its own snapshot) and leaving the deferred writes to the
        next trip: for the gate's read, which touches no table they write."""
        async with self._lock:
            return await self._conn._execute(work, self._conn._conn)

    async def finish_update(self, mark: UpdateMark) -> None:
        """The mark of an update whose handling changed nothing (or is over)."""
        if mark.done:
            return
        with unmarked():
            await self.in_one_trip(lambda conn: write_mark(conn, mark))
        mark.done = True

    async def execute(self, sql: str, params: Iterable[Any] = ()) -> int:
        """One statement on its own: SQLite makes a single statement atomic by itself, so it
        needs no BEGIN/COMMIT (two trips to aiosqlite's thread fewer). Returns the rowcount.
        A write made while an update's mark is pending carries the mark in one transaction."""
        if _pending_mark() is not None and sql.lstrip()[:6].upper() != "SELECT":
            return await self.in_one_trip(lambda conn: conn.execute(sql, tuple(params)).rowcount)
        async with self._lock:
            if self._deferred:
                return await self._after_deferred(
                    lambda raw: raw.execute(sql, tuple(params)).rowcount
                )
            cursor = await self._conn.execute(sql, tuple(params))
            return cursor.rowcount  # the cursor needs no close: it holds no open statement

    async def _after_deferred(self, statement: Callable[[sqlite3.Connection], T]) -> T:
        """The deferred writes (their own transaction), then ``statement`` on its own, in
        one trip; the caller holds the lock."""
        works = self._take_deferred()
        try:
            return await self._conn._execute(_flush_then, self._conn._conn, works, statement)
        except BaseException:
            self._give_back(works)
            raise

    async def fetchall(self, sql: str, params: Iterable[Any] = ()) -> list[aiosqlite.Row]:
        # One trip to aiosqlite's thread instead of three (execute, fetch, close): the trips,
        # not SQLite, are most of the cost of a small query.
        async with self._lock:
            if self._deferred:
                return await self._after_deferred(
                    lambda raw: raw.execute(sql, tuple(params)).fetchall()
                )
            return list(await self._conn.execute_fetchall(sql, tuple(params)))

    async def fetchone(self, sql: str, params: Iterable[Any] = ()) -> aiosqlite.Row | None:
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None

    async def fetchval(self, sql: str, params: Iterable[Any] = ()) -> Any:
        row = await self.fetchone(sql, params)
        return None if row is None else row[0]

    async def trace(self, callback: Callable[[str], Any] | None) -> None:
        """Every statement run from now on, with its values, goes to ``callback`` (None
        stops it): the query-plan tests use it to see what the read paths really ask."""
        if callback is None:
            await self._conn.set_trace_callback(None)  # type: ignore[arg-type]  # sqlite3 takes None
        else:
            await self._conn.set_trace_callback(callback)

    async def backup_to(self, target: Path) -> None:
        """An online, consistent copy (SQLite's backup API) while the bot keeps running."""
        async with self._lock:
            if self._deferred:
                await self._after_deferred(lambda raw: None)
            # The copy is opened with plain sqlite3 in a worker thread: a target that cannot
            # be opened fails there and leaves no aiosqlite thread behind that would answer a
            # closed event loop ("Event loop is closed" after the CLI's one-line error).
            dest = await asyncio.to_thread(sqlite3.connect, str(target), check_same_thread=False)
            try:
                await self._conn.backup(dest)
            finally:
                dest.close()


def _run_all(raw: sqlite3.Connection, works: list[Deferred]) -> None:
    for work in works:
        work(raw)


def _begin(raw: sqlite3.Connection, works: list[Deferred]) -> None:
    """BEGIN IMMEDIATE, then the deferred writes (a failure leaves no transaction open)."""
    raw.execute("BEGIN IMMEDIATE")
    try:
        _run_all(raw, works)
    except BaseException:
        raw.execute("ROLLBACK")
        raise


def _flush(raw: sqlite3.Connection, works: list[Deferred]) -> None:
    """Deferred writes in one transaction of their own (in aiosqlite's thread)."""
    _begin(raw, works)
    raw.execute("COMMIT")


def _flush_then(
    raw: sqlite3.Connection, works: list[Deferred], statement: Callable[[sqlite3.Connection], T]
) -> T:
    if works:
        _flush(raw, works)
    return statement(raw)
