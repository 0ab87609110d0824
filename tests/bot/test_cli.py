"""The command line as scripts use it: a separate process, exit codes, one-line errors."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.conftest import cli

ROOT = Path(__file__).resolve().parents[2]


run = cli  # the name these tests (and their importers) use


def one_line_error(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_console_script_prints_help_and_members(tmp_path):
    result = run(tmp_path, stdin="/start\n/help\n/iam 张三\n@李四: /start\n/members\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "张三> /help" in out and "工作群助手可用命令（您的身份：管理员）" in out
    assert "李四> /start" in out and "李四，您好" in out
    assert "1. 张三 · 管理员" in out and "共 2 人" in out
    assert result.stderr == ""


def test_console_keeps_state_between_runs(tmp_path):
    assert run(tmp_path, "console", "--as", "王五", stdin="/start\n").returncode == 0
    second = run(tmp_path, "console", "--as", "赵六", stdin="/members\n")
    assert "王五 · 管理员" in second.stdout and "赵六" in second.stdout


def test_broken_config_file_exits_2_with_one_line(tmp_path):
    (tmp_path / "config.toml").write_text("[telegram]\ngroup_ids = 5\n", encoding="utf-8")
    result = run(tmp_path, "console")
    assert result.returncode == 2
    assert "telegram.group_ids" in one_line_error(result)


def test_bad_environment_value_exits_2(tmp_path):
    result = run(tmp_path, "console", env={"BUREAU_BOT_OFFICE__TIMEZONE": "Nowhere/City"})
    assert result.returncode == 2
    assert "office.timezone" in one_line_error(result)


def test_explicit_missing_config_exits_2(tmp_path):
    result = run(tmp_path, "backup", "x.sqlite3", "--config", "missing.toml")
    assert result.returncode == 2
    assert "找不到配置文件" in one_line_error(result)


def test_bad_now_exits_2(tmp_path):
    result = run(tmp_path, "console", "--now", "昨天")
    assert result.returncode == 2
    assert "--now" in one_line_error(result)


def test_console_now_sets_the_clock(tmp_path):
    result = run(tmp_path, "console", "--now", "2026-12-01T09:00:00+08:00", stdin="/start\n")
    assert result.returncode == 0, result.stderr


def test_newer_database_is_refused(tmp_path):
    assert run(tmp_path, "console", stdin="").returncode == 0
    with sqlite3.connect(tmp_path / "db.sqlite3") as raw:
        raw.execute("INSERT INTO schema_migrations VALUES (999, '0999_x.sql', 'x')")
    result = run(tmp_path, "console", stdin="/start\n")
    assert result.returncode == 2
    assert "数据库结构版本为 999" in one_line_error(result)


def test_not_a_database_is_a_clear_error(tmp_path):
    (tmp_path / "db.sqlite3").write_text("hello, I am not SQLite" * 100)
    result = run(tmp_path, "console", stdin="")
    assert result.returncode == 1
    assert "数据库错误" in one_line_error(result)


def test_import_members_csv_is_rerunnable(tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "姓名,部门,入职日期,角色\n张三,办公室,2015-07-01,管理员\n李四,工程股,,\n", encoding="utf-8"
    )
    first = run(tmp_path, "import-members", str(roster))
    assert first.returncode == 0 and "新增 2 人" in first.stdout
    second = run(tmp_path, "import-members", str(roster))
    assert "新增 0 人，更新 0 人，未变 2 人" in second.stdout
    listing = run(tmp_path, "console", "--as", "张三", stdin="/members\n").stdout
    assert "张三 · 办公室 · 管理员" in listing and "李四 · 工程股 · （未关联账号）" in listing


def test_import_members_xlsx_and_gbk_csv(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["姓名", "部门", "入职日期", "角色", "Telegram用户名"])
    book.active.append(["王五", "堤防中心", "2001-09-01", "领导", "@wangwu"])
    book.save(tmp_path / "roster.xlsx")
    assert "新增 1 人" in run(tmp_path, "import-members", str(tmp_path / "roster.xlsx")).stdout
    (tmp_path / "gbk.csv").write_bytes("姓名,部门\n赵六,办公室\n".encode("gb18030"))
    assert "新增 1 人" in run(tmp_path, "import-members", str(tmp_path / "gbk.csv")).stdout


@pytest.mark.parametrize(
    ("content", "name", "needle"),
    [
        (None, "missing.csv", "找不到文件"),
        (b"", "empty.csv", "文件是空的"),
        ("部门\n办公室\n".encode(), "noname.csv", "找不到“姓名”列"),
        ("姓名,角色\n张三,局长\n".encode(), "role.csv", "第 2 行，角色"),
        (b"PK\x03\x04garbage", "bad.xlsx", "不是有效的 xlsx"),
        (b"x", "roster.pdf", "不支持的文件类型"),
    ],
)
def test_import_members_bad_files(tmp_path, content, name, needle):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = run(tmp_path, "import-members", str(path))
    assert result.returncode == 1
    assert needle in one_line_error(result)
    if (tmp_path / "db.sqlite3").exists():  # nothing recorded half
        with sqlite3.connect(tmp_path / "db.sqlite3") as raw:
            assert raw.execute("SELECT COUNT(*) FROM members").fetchone() == (0,)


def test_backup_and_refusal_to_overwrite(tmp_path):
    run(tmp_path, "console", stdin="/start\n")
    first = run(tmp_path, "backup", "copy.sqlite3")
    assert first.returncode == 0 and "已备份" in first.stdout
    with sqlite3.connect(tmp_path / "copy.sqlite3") as raw:
        assert raw.execute("SELECT real_name FROM members").fetchone() == ("张三",)
    again = run(tmp_path, "backup", "copy.sqlite3")
    assert again.returncode == 1 and "不会覆盖" in one_line_error(again)


def test_health_fails_without_a_heartbeat(tmp_path):
    run(tmp_path, "console", stdin="/start\n")
    result = run(tmp_path, "health")
    assert result.returncode == 1
    assert "从未报告心跳" in one_line_error(result)


def test_run_without_token_says_so(tmp_path):
    result = run(tmp_path, "run")
    assert result.returncode == 2
    assert "telegram.token 未设置" in one_line_error(result)


def test_run_with_unreachable_api_is_one_line(tmp_path):
    env = {
        "BUREAU_BOT_TELEGRAM__TOKEN": "123:abc",
        "BUREAU_BOT_TELEGRAM__BASE_URL": "http://127.0.0.1:9/bot",
    }
    result = run(tmp_path, "run", env=env)
    assert result.returncode == 1
    assert "无法连接 Telegram" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("position", ["before", "after"])
def test_config_is_read_before_or_after_the_subcommand(tmp_path, position):
    (tmp_path / "other.toml").write_text('[office]\ntimezone = "Nowhere/City"\n', encoding="utf-8")
    args = (
        ["--config", "other.toml", "health"]
        if position == "before"
        else ["health", "--config", "other.toml"]
    )
    result = run(tmp_path, *args)
    assert result.returncode == 2
    assert "office.timezone" in one_line_error(result)


def test_console_time_line_moves_the_clock_and_runs_due_work(tmp_path):
    script = "外出：水文站，下午3点回\n时间: 15:20\n时间: 明天\n/whosout\n"
    result = run(tmp_path, "console", "--now", "2026-11-30T10:00:00+08:00", stdin=script)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "—— 时间：11月30日（周一）15:20 ——" in out
    assert "张三，您报备的外出（水文站）预计 15:00 返回" in out  # the reminder fell due
    assert "（时间格式应为 15:10 或 2026-11-30T15:10:00+08:00）" in out
    assert "张三> 时间" not in out
