"""`bureau-bot digest [--week W] [--json] [--png PATH]` as scripts use it."""

from __future__ import annotations

import json

from bot.clock import ManualClock
from bot.console import ConsoleSession
from tests.bot.test_cli import one_line_error, run
from tests.bot.test_digest import PNG, at, build_week
from tests.conftest import make_settings

FRIDAY = "2026-12-04T17:00:00+08:00"


async def filled(tmp_path) -> None:
    """The database `run` points at, filled through the chat with an injected clock."""
    settings = make_settings(tmp_path, database={"path": str(tmp_path / "db.sqlite3")})
    clock = ManualClock(at(11, 16, 9))
    session = await ConsoleSession.open(settings, clock)
    try:
        await build_week(session, clock)
    finally:
        await session.close()


async def test_json_carries_every_figure_of_the_text(tmp_path):
    await filled(tmp_path)
    result = run(tmp_path, "digest", "--week", "2026-W49", "--json", "--now", FRIDAY)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["week"] == "2026-W49" and data["total"] == 25
    assert data["by_status"] == {"未启动": 20, "整改中": 3, "已完成": 1, "长期坚持": 0, "已销号": 1}
    assert data["completed"] == 2 and data["completion_share"] == 0.08
    assert data["change"]["by_status"] == {
        "未启动": -4,
        "整改中": 2,
        "已完成": 1,
        "长期坚持": 0,
        "已销号": 1,
    }
    assert [i["number"] for i in data["completed_this_week"]] == [1, 2]
    assert data["updates"]["count"] == 2 and data["updates"]["evidence"] == 1
    assert data["updates"]["by_item"][1]["updates"][0]["author"] == "李四"
    assert data["overdue"] == [
        {
            "number": 7,
            "title": "水资源执法缺位",
            "owner": "王五",
            "status": "整改中",
            "deadline": "2026-11-27",
            "days_overdue": 7,
        }
    ]
    assert len(data["stalled"]["items"]) == 20 and data["stalled"]["days"] == 14
    assert data["upcoming"]["items"][0]["days_left"] == 6
    assert data["attendance"] == {
        "leave": 1,
        "leave_people": 1,
        "away": 1,
        "away_people": 1,
        "unreported": 1,
        "partial": 0,
        "partial_people": 0,
    }
    assert [a["by_status"]["未启动"] for a in data["areas"]] == [5, 8, 7]
    assert "chart" not in data
    plain = run(tmp_path, "digest", "--week", "2026-W49", "--now", FRIDAY)
    assert plain.returncode == 0, plain.stderr
    assert "总体 共 25 项，完成 2 项，完成率 8%" in plain.stdout and "<b>" not in plain.stdout
    assert "· 7 水资源执法缺位 · 王五 · 逾期 7 天" in plain.stdout


async def test_png_is_written_and_named_in_the_json(tmp_path):
    await filled(tmp_path)
    target = tmp_path / "out" / "digest.png"
    result = run(
        tmp_path,
        "digest",
        "--week",
        "上周",
        "--json",
        "--png",
        str(target),
        "--now",
        "2026-12-07T09:00:00+08:00",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["week"] == "2026-W49"
    assert target.read_bytes().startswith(PNG) and target.stat().st_size > 20_000
    assert data["chart"]["path"] == str(target)
    assert "已写入周报图" in result.stderr


async def test_default_week_is_the_current_one(tmp_path):
    await filled(tmp_path)
    result = run(tmp_path, "digest", "--json", "--now", "2026-12-02T12:00:00+08:00")
    assert json.loads(result.stdout)["week"] == "2026-W49"


def test_bad_weeks_are_one_line_and_exit_2(tmp_path):
    for week, words in (
        ("2026-W99", "不存在"),
        ("next", "不是周次"),
        ("2099-W01", "将来的周"),
    ):
        result = run(tmp_path, "digest", "--week", week, "--json")
        assert result.returncode == 2
        assert words in one_line_error(result)
        assert result.stdout == ""


def test_an_empty_database_has_a_digest_without_a_chart(tmp_path):
    target = tmp_path / "digest.png"
    result = run(tmp_path, "digest", "--json", "--png", str(target))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["total"] == 0 and data["completion_share"] is None
    assert not target.exists() and "未生成周报图" in result.stderr
