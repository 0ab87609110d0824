import asyncio
import sqlite3
from datetime import UTC, datetime

import pytest

from storage.db import Database, DatabaseTooNew, Migration, bundled_migrations, split_statements


async def test_fresh_file_is_migrated_with_pragmas(tmp_path):
    db = await Database.open(tmp_path / "sub" / "a.sqlite3")
    try:
        assert await db.schema_version() == bundled_migrations()[-1].version
        assert (await db.fetchval("PRAGMA journal_mode")).lower() == "wal"
        assert await db.fetchval("PRAGMA foreign_keys") == 1
        assert await db.fetchval("PRAGMA busy_timeout") == 5000
        assert await db.fetchval("PRAGMA cache_size") == -32 * 1024  # KiB: flat with history
        names = {
            r[0] for r in await db.fetchall("SELECT name FROM sqlite_master WHERE type='table'")
        }
        assert {"members", "audit", "seen_updates", "kv", "schema_migrations"} <= names
    finally:
        await db.close()


async def test_reopening_applies_nothing_twice(tmp_path):
    path = tmp_path / "a.sqlite3"
    await (await Database.open(path)).close()
    db = await Database.open(path)
    try:
        assert await db.migrate(bundled_migrations()) == []
        count = await db.fetchval("SELECT COUNT(*) FROM schema_migrations")
        assert count == len(bundled_migrations())
    finally:
        await db.close()


async def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "a.sqlite3"
    await (await Database.open(path)).close()
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO schema_migrations VALUES (999, '0999_future.sql', 'x')")
    with pytest.raises(DatabaseTooNew) as caught:
        await Database.open(path)
    assert caught.value.found == 999


async def test_failing_migration_leaves_nothing_behind(tmp_path):
    path = tmp_path / "a.sqlite3"
    good = bundled_migrations()
    bad = Migration(
        good[-1].version + 1, "bad.sql", "CREATE TABLE half (x);\nINSERT INTO nowhere VALUES (1);"
    )
    with pytest.raises(sqlite3.OperationalError):
        await Database.open(path, [*good, bad])
    db = await Database.open(path)
    try:
        assert await db.fetchval("SELECT name FROM sqlite_master WHERE name = 'half'") is None
        assert await db.schema_version() == good[-1].version
    finally:
        await db.close()


async def test_transaction_rolls_back_on_error(tmp_path):
    db = await Database.open(tmp_path / "a.sqlite3")
    try:

        async def failing_change() -> None:
            async with db.transaction() as conn:
                await conn.execute("INSERT INTO kv VALUES ('a', '1')")
                raise RuntimeError("boom")

        with pytest.raises(RuntimeError, match="boom"):
            await failing_change()
        assert await db.fetchval("SELECT COUNT(*) FROM kv") == 0
    finally:
        await db.close()


async def test_backup_is_a_consistent_copy(tmp_path):
    db = await Database.open(tmp_path / "a.sqlite3")
    try:
        async with db.transaction() as conn:
            await conn.execute("INSERT INTO kv VALUES ('k', 'v')")
        await db.backup_to(tmp_path / "copy.sqlite3")
    finally:
        await db.close()
    with sqlite3.connect(tmp_path / "copy.sqlite3") as raw:
        assert raw.execute("SELECT value FROM kv WHERE key='k'").fetchone() == ("v",)


def test_split_statements_handles_semicolons_in_strings():
    script = "-- c\nCREATE TABLE t (x TEXT DEFAULT ';');\nINSERT INTO t VALUES ('a;b');\n"
    assert len(split_statements(script)) == 2
    with pytest.raises(ValueError, match="incomplete SQL"):
        split_statements("CREATE TABLE t (x")


def test_naive_datetime_is_refused():
    from storage.db import to_db_time

    with pytest.raises(ValueError, match="naive"):
        to_db_time(datetime(2026, 1, 1))
    assert to_db_time(datetime(2026, 1, 1, tzinfo=UTC)) == "2026-01-01T00:00:00+00:00"


async def test_a_migration_numbered_below_the_highest_applied_is_still_applied(tmp_path):
    """Two lines of work merged: 0009 reached a database before 0007 existed."""
    path = tmp_path / "a.sqlite3"
    good = bundled_migrations()
    first = [m for m in good if m.version <= 5]
    late = Migration(9, "0009_late.sql", "CREATE TABLE late (x);")
    middle = Migration(7, "0007_middle.sql", "CREATE TABLE middle (x);")
    await (await Database.open(path, [*first, late])).close()
    db = await Database.open(path, [*first, middle, late])
    try:
        assert await db.fetchval("SELECT name FROM sqlite_master WHERE name = 'middle'") == "middle"
        assert await db.fetchval("SELECT COUNT(*) FROM schema_migrations") == len(first) + 2
        assert await db.migrate([*first, middle, late]) == []
    finally:
        await db.close()


def _kv(path, key: str) -> str | None:
    """What another connection (another process, a restart) finds in the file."""
    with sqlite3.connect(path) as raw:
        row = raw.execute("SELECT value FROM kv WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _put(key: str, value: str):
    return lambda conn: conn.execute("INSERT OR REPLACE INTO kv VALUES (?, ?)", (key, value))


async def test_a_deferred_write_is_seen_by_the_next_read_and_made_at_a_clean_stop(tmp_path):
    path = tmp_path / "a.sqlite3"
    db = await Database.open(path)
    try:
        db.defer(_put("reply", "41"))
        assert _kv(path, "reply") is None  # not written yet: it waits for a trip
        assert await db.fetchval("SELECT value FROM kv WHERE key = 'reply'") == "41"
        assert _kv(path, "reply") == "41"
        db.defer(_put("reply", "42"))
        await db.execute("UPDATE kv SET value = value || '!' WHERE key = 'reply'")
        assert _kv(path, "reply") == "42!"  # made before the statement that followed it
        db.defer(_put("last", "43"))
    finally:
        await db.close()
    assert _kv(path, "last") == "43"


async def test_a_deferred_write_rides_in_the_next_write_not_in_the_gates_read(tmp_path):
    path = tmp_path / "a.sqlite3"
    db = await Database.open(path)
    try:
        db.defer(_put("reply", "41"))
        seen = await db.read_alone(
            lambda conn: conn.execute("SELECT COUNT(*) FROM kv").fetchone()[0]
        )
        assert seen == 0 and _kv(path, "reply") is None
        await db.in_one_trip(_put("record", "1"))
        assert (_kv(path, "reply"), _kv(path, "record")) == ("41", "1")
        db.defer(_put("reply", "44"))
        async with db.transaction() as conn:
            await conn.execute("INSERT INTO kv VALUES ('other', '2')")
        assert _kv(path, "reply") == "44"
    finally:
        await db.close()


async def test_a_deferred_write_survives_the_failure_of_the_trip_it_rode_in(tmp_path):
    path = tmp_path / "a.sqlite3"
    db = await Database.open(path)
    try:
        db.defer(_put("reply", "41"))

        def failing(conn: sqlite3.Connection) -> None:
            conn.execute("INSERT INTO kv VALUES ('half', '1')")
            raise RuntimeError("boom")

        with pytest.raises(RuntimeError, match="boom"):
            await db.in_one_trip(failing)
        assert (_kv(path, "reply"), _kv(path, "half")) == (None, None)  # rolled back, kept
        with pytest.raises(RuntimeError, match="boom"):
            async with db.transaction():
                raise RuntimeError("boom")
        assert _kv(path, "reply") is None
        await db.flush_deferred()
        assert _kv(path, "reply") == "41"
    finally:
        await db.close()


async def test_a_deferred_write_is_made_on_its_own_when_no_trip_comes(tmp_path, monkeypatch):
    import storage.db

    monkeypatch.setattr(storage.db, "DEFERRED_SECONDS", 0.0)
    path = tmp_path / "a.sqlite3"
    db = await Database.open(path)
    try:
        db.defer(_put("reply", "41"))
        for _ in range(10):  # turns of the loop, no time: the timer is due at once
            if db._flushing is not None:
                break
            await asyncio.sleep(0)
        assert db._flushing is not None
        await db._flushing
        assert _kv(path, "reply") == "41"
    finally:
        await db.close()


async def test_a_write_deferred_after_a_trip_took_the_last_one_is_still_made_alone(
    tmp_path, monkeypatch
):
    # The timer is no longer cancelled when a trip takes the deferred writes: it must then
    # still make (or hand on) whatever is deferred after that trip.
    import storage.db

    monkeypatch.setattr(storage.db, "DEFERRED_SECONDS", 0.0)
    path = tmp_path / "a.sqlite3"
    db = await Database.open(path)
    try:
        db.defer(_put("reply", "41"))
        await db.in_one_trip(_put("record", "1"))  # takes 41 with it
        db.defer(_put("later", "42"))
        for _ in range(20):  # turns of the loop, no time: the timer is due at once
            if _kv(path, "later") == "42":
                break
            if db._flushing is not None:
                await db._flushing
            await asyncio.sleep(0)
        assert (_kv(path, "reply"), _kv(path, "later")) == ("41", "42")
    finally:
        await db.close()
