"""The calendar beyond chinese-calendar: python-holidays for 2027, admins' days from the chat."""

from __future__ import annotations

from datetime import datetime

from tests.conftest import TZ, texts


async def test_a_2027_leave_counts_new_year_as_a_holiday_and_says_it_is_unconfirmed(chat, clock):
    clock.set(datetime(2026, 12, 28, 9, 0, tzinfo=TZ))
    [answer] = texts(await chat.say("张三", "12月31日到1月4日请年假"))
    # Thu 31 Dec, (Fri 1 Jan 元旦, weekend), Mon 4 Jan: 2 working days, not 3.
    assert "2 个工作日" in answer
    assert "2027 年的节假日和调休安排尚未确认" in answer


async def test_a_correction_into_2027_says_the_count_is_unconfirmed(chat, clock):
    clock.set(datetime(2026, 12, 28, 9, 0, tzinfo=TZ))
    [first] = texts(await chat.say("张三", "12月29日请年假"))
    assert "尚未确认" not in first
    [amended] = texts(await chat.say("张三", "说错了，改为12月29日到1月4日"))
    assert (
        amended.startswith("已更正：张三 年假") and "2027 年的节假日和调休安排尚未确认" in amended
    )


async def test_holiday_and_workday_change_the_next_count_without_restart(chat, clock):
    await chat.say("张三", "/start")  # the first speaker: admin
    clock.set(datetime(2026, 12, 28, 9, 0, tzinfo=TZ))
    [refused] = texts(await chat.say("李四", "/holiday 2027-01-04 补假"))
    assert "管理员" in refused
    [done] = texts(await chat.say("张三", "/holiday 2027-01-04 元旦补假"))
    assert done.startswith("已设定：1月4日（周一）为节假日（元旦补假）")
    [answer] = texts(await chat.say("张三", "12月31日到1月5日请年假"))
    assert "2 个工作日" in answer  # 31 Dec and 5 Jan; 1–4 Jan off
    assert "尚未确认" not in answer  # an admin has looked at 2027
    await chat.say("张三", "/workday 2027-01-02")
    [again] = texts(await chat.say("李四", "12月31日到1月5日请年假"))
    assert "3 个工作日" in again
    [listing] = texts(await chat.say("李四", "/holidays 2027"))
    assert "★ 1月4日（周一） 元旦补假" in listing
    assert "★ 1月2日（周六）" in listing and "· 1月1日（周五） 元旦" in listing


async def test_declared_days_survive_a_restart(chat, clock, settings):
    from bot.console import ConsoleSession

    await chat.say("张三", "/holiday 2027-03-01 局里放假")
    again = await ConsoleSession.open(settings, clock, default_speaker="张三")
    try:
        assert not again.services.calendar.is_workday(datetime(2027, 3, 1).date())
    finally:
        await again.close()


async def test_bad_days_get_the_usage_or_a_short_reply(chat):
    await chat.say("张三", "/start")
    assert texts(await chat.say("张三", "/holiday")) == [
        "用法：/holiday 日期 [名称]，例如 /holiday 2027-01-01 元旦"
    ]
    assert texts(await chat.say("张三", "/holiday 2027-02-30"))[0].startswith("看不懂日期")
    assert texts(await chat.say("张三", "/holidays 天天")) == [
        "年份应为 2000–2100 之间的四位数字，例如 2027。"
    ]


def test_the_export_command_counts_days_declared_in_the_chat(tmp_path):
    from tests.bot.test_attendance_export import column, load, row_of
    from tests.bot.test_cli import run

    def workdays() -> int:
        out = tmp_path / "jan.xlsx"
        result = run(tmp_path, "export", "attendance", "--month", "2027-01", "--out", str(out))
        assert result.returncode == 0, result.stderr
        ws = load(out.read_bytes())["出勤汇总"]
        return ws.cell(row_of(ws, "张三"), column(ws, "应出勤天数")).value

    script = "/start\n1月5日请假\n"
    assert (
        run(tmp_path, "console", "--now", "2026-12-28T09:00:00+08:00", stdin=script).returncode == 0
    )
    assert workdays() == 20  # 21 weekdays, 元旦 off (python-holidays)
    assert run(tmp_path, "console", stdin="/holiday 2027-01-04 补假\n").returncode == 0
    assert workdays() == 19
