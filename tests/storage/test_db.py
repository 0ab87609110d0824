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
