"""The command line's contract under bad paths: one line, non-zero, nothing created."""

from __future__ import annotations

import pytest

from tests.bot.test_cli import one_line_error, run


@pytest.mark.parametrize(
    "command",
    [
        ("backup", "copy.sqlite3"),
        ("health",),
        ("export", "attendance", "--month", "2026-11"),
    ],
)
def test_a_mistyped_database_path_is_refused_and_not_created(tmp_path, command):
    env = {"BUREAU_BOT_DATABASE__PATH": str(tmp_path / "bureua.sqlite3")}  # a typo
    result = run(tmp_path, *command, env=env)
    assert result.returncode == 1
    assert "数据库" in one_line_error(result) and "不存在" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no empty database, no copy


def test_backup_to_an_unwritable_target_is_one_line_and_leaves_nothing(tmp_path):
    run(tmp_path, "console", stdin="/start\n")
    (tmp_path / "afile").write_text("x")
    for target in ("afile/copy.sqlite3", "/proc/copy.sqlite3"):
        result = run(tmp_path, "backup", target)
        assert result.returncode == 1
        assert "无法写入备份" in one_line_error(result)
    assert sorted(p.name for p in tmp_path.iterdir() if "copy" in p.name) == []


def test_backup_of_a_file_that_is_no_database_is_one_line(tmp_path):
    (tmp_path / "db.sqlite3").write_bytes(b"this is not SQLite" * 100)
    result = run(tmp_path, "backup", "copy.sqlite3")
    assert result.returncode == 1
    assert "数据库错误" in one_line_error(result)
    assert not (tmp_path / "copy.sqlite3").exists()
