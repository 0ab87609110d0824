"""整改周报 through the real Application: a week built with an injected clock and real
storage, posted by itself exactly once (restarts, downtime, holidays), /digest on demand,
long weeks cut under Telegram's limit, and the chart with and without a CJK font."""

from __future__ import annotations

import logging
import re
import warnings
from datetime import datetime

import pytest

from bot import charts
from bot.console import ConsoleSession
from bot.domain.digest import IsoWeek
from bot.domain.rectification_import import parse_rectification
from bot.usecases.digest import build
from messages import digest as text
from storage.audit import SYSTEM, Origin
from storage.notes import NewNote, NoteRepo
from storage.rectification import RectificationRepo
from tests.conftest import TZ, make_settings, texts
from tests.data import RECTIFICATION_REPORT

SEED = RECTIFICATION_REPORT
PNG = b"\x89PNG\r\n\x1a\n"
HEAD = "📊 整改周报"


def at(month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


FRIDAY_POST = at(12, 4, 17, 0)  # 2026-W49's digest is due then


def digests(outputs) -> list[str]:
    return [
        t
        for t, o in zip(texts(outputs), outputs, strict=True)
        if o.method == "sendMessage" and t.startswith(HEAD)
    ]


def photos(outputs) -> list:
    return [o for o in outputs if o.method == "sendPhoto"]


async def import_seed(chat: ConsoleSession) -> None:
    report = parse_rectification(SEED.read_text(encoding="utf-8"))
    await RectificationRepo(chat.services.db).import_report(report, chat.services.now(), SYSTEM)


async def build_week(chat: ConsoleSession, clock) -> None:
    """W47 import; W48 one item started; W49 (the week under test) progress, completions,
    a closure, a leave, a trip out and one person found 未报备."""
    clock.set(at(11, 16, 9))
    await chat.say("张三", "/start")  # the admin (first speaker)
    await chat.say("李四", "/start")
    await chat.say("王五", "/start")
    await import_seed(chat)
    await chat.say("张三", "/assign 12 李四")
    await chat.say("张三", "/assign 7 王五")
    await chat.say("张三", "/deadline 12 2026-12-10")
    await chat.say("张三", "/deadline 7 2026-11-27")
    clock.set(at(11, 24))
    await chat.say("张三", "/status 3 整改中")
    clock.set(at(11, 27, 17))
    assert len(digests(await chat.run_due())) == 1  # W48's, on time
    clock.set(at(12, 1))
    await chat.send_file(
        "李四", b"%PDF-1.4 check", "抽查记录.pdf", "/progress 12 已完成3个村的资金抽查"
    )
    await chat.say("李四", "明天请病假，发烧")
    clock.set(at(12, 2))
    await chat.say("王五", "/progress 7 联合执法检查取水户4家")
    await chat.say("张三", "/status 1 已完成")
    await chat.say("张三", "/status 2 已完成")
    await chat.say("张三", "/close 2")
    await chat.press("张三", "确认销号")
    clock.set(at(12, 3, 9))
    await chat.say("王五", "外出：姜畲大堤巡查，下午3点回")
    leader = await chat.services.members.find("张三")
    li = await chat.services.members.find("李四")
    assert leader and li
    await NoteRepo(chat.services.db).create(
        NewNote(
            leader.id, at(12, 3, 9, 10), None, "脱岗", "抽查二楼，李四不在岗", ((li.id, None),)
        ),
        Origin(leader.id, chat.group_id, 9999),
        at(12, 3, 9, 15),
    )


# ---------------------------------------------------------------------- the weekly post
async def test_the_week_figure_by_figure(chat, clock):
    await build_week(chat, clock)
    clock.set(at(12, 4, 16, 59))
    assert digests(await chat.run_due()) == []  # not yet
    clock.set(FRIDAY_POST)
    outputs = await chat.run_due()
    [post] = digests(outputs)
    lines = post.splitlines()
    assert lines[0] == "📊 整改周报 · 2026年第49周（11月30日—12月6日）"
    assert "补发" not in post
    assert "总体 共 25 项，完成 2 项，完成率 8%" in lines
    assert "未启动 20 · 整改中 3 · 已完成 1 · 长期坚持 0 · 已销号 1" in lines
    assert "较上周：完成率 +8.0 个百分点；未启动 -4，整改中 +2，已完成 +1，已销号 +1" in lines
    assert "本周进展 2 条（2 项，附件 1 个）" in lines
    completed = section(lines, "✅ 本周完成（2 项）")
    assert completed == [
        "· 1 思想认识上还不“深” · 已完成 · 未指定",
        "· 2 责任落实上还不“实” · 已销号 · 未指定",
    ]
    assert section(lines, "📝 本周进展（2 条）") == [
        "7 水资源执法缺位（1 条）",
        "· 12-02 王五：联合执法检查取水户4家",
        "12 下拨水利资金使用管理漏洞较多（1 条，📎1）",
        "· 12-01 李四：已完成3个村的资金抽查 📎1",
    ]
    assert section(lines, "🔴 逾期（1 项）") == ["· 7 水资源执法缺位 · 王五 · 逾期 7 天"]
    stalled = section(lines, "⏸ 停滞（14 天以上无进展）（20 项）")
    assert len(stalled) == 20 and stalled[0] == "· 4 对下属事业单位监管乏力 · 未指定 · 18 天"
    assert section(lines, "⏰ 14 天内到期（1 项）") == [
        "· 12 下拨水利资金使用管理漏洞较多 · 李四 · 12月10日（剩 6 天）"
    ]
    assert "👥 本周考勤 请假 1 人次（1 人） · 外出 1 人次（1 人） · 未报备 1 人次" in lines
    [photo] = photos(outputs)
    assert photo.chat_id == chat.group_id
    assert photo.file_bytes and photo.file_bytes.startswith(PNG)
    assert photo.file_name == "digest-2026-W49.png"
    assert "2026年第49周整改周报附图" in (photo.text or "")
    # The same figures for scripts.
    data = (await build(chat.services, IsoWeek(2026, 49), FRIDAY_POST)).to_json()
    assert data["by_status"] == {"未启动": 20, "整改中": 3, "已完成": 1, "长期坚持": 0, "已销号": 1}
    assert data["completion_share"] == 0.08 and data["change"]["completion_share"] == 0.08
    assert data["previous"]["by_status"]["整改中"] == 1
    assert [t["completed"] for t in data["trend"]] == [0, 0, 2]
    assert data["attendance"]["unreported"] == 1
    # Once: later the same day nothing more.
    clock.set(at(12, 4, 17, 30))
    assert digests(await chat.run_due()) == []


def section(lines: list[str], heading: str) -> list[str]:
    start = lines.index(heading) + 1
    end = next((i for i in range(start, len(lines)) if not lines[i]), len(lines))
    return lines[start:end]


async def test_no_double_post_after_a_restart(settings, clock):
    clock.set(at(11, 16, 9))
    first = await ConsoleSession.open(settings, clock)
    await first.say("张三", "/start")
    await import_seed(first)
    clock.set(FRIDAY_POST)
    outputs = await first.run_due()
    assert len(digests(outputs)) == 1 and len(photos(outputs)) == 1
    await first.close()
    clock.set(at(12, 4, 17, 1))
    second = await ConsoleSession.open(settings, clock)
    try:
        outputs = await second.run_due()
        assert digests(outputs) == [] and photos(outputs) == []
    finally:
        await second.close()


async def test_a_digest_missed_while_down_is_posted_at_start_marked_late(settings, clock):
    clock.set(at(11, 16, 9))
    first = await ConsoleSession.open(settings, clock)
    await first.say("张三", "/start")
    await import_seed(first)
    await first.close()
    clock.set(at(12, 7, 9))  # Monday: Friday's post never went out
    second = await ConsoleSession.open(settings, clock)
    try:
        [post] = digests(await second.run_due())
        assert "2026年第49周" in post
        assert "⚠️ 补发：本周报应于 12月4日（周五）17:00 发出，当时机器人未在运行。" in post
        assert digests(await second.run_due()) == []
    finally:
        await second.close()


async def test_a_fresh_install_owes_no_earlier_digest(chat, clock):
    clock.set(at(12, 2, 9))  # Wednesday; last week's digest time had no items behind it
    await chat.say("张三", "/start")
    await import_seed(chat)
    assert digests(await chat.run_due()) == []


async def test_holiday_friday_posts_the_working_day_before(tmp_path, clock):
    settings = make_settings(tmp_path, office={"extra_holidays": ["2026-12-04"]})
    clock.set(at(11, 30, 9))
    session = await ConsoleSession.open(settings, clock)
    try:
        await session.say("张三", "/start")
        await import_seed(session)
        clock.set(at(12, 3, 16, 59))
        assert digests(await session.run_due()) == []
        clock.set(at(12, 3, 17, 0))
        assert len(digests(await session.run_due())) == 1
        clock.set(FRIDAY_POST)
        assert digests(await session.run_due()) == []
    finally:
        await session.close()


async def test_configured_day_and_time(tmp_path, clock):
    settings = make_settings(tmp_path, digest={"weekday": 1, "post_time": "09:30"})
    clock.set(at(11, 16, 10))  # after W47's 09:30: no digest owed for it
    session = await ConsoleSession.open(settings, clock)
    try:
        await session.say("张三", "/start")
        await import_seed(session)
        clock.set(at(11, 23, 9, 29))
        assert digests(await session.run_due()) == []
        clock.set(at(11, 23, 9, 30))
        [post] = digests(await session.run_due())
        assert "2026年第48周" in post
    finally:
        await session.close()


# ---------------------------------------------------------------------- empty weeks
async def test_no_items_at_all(chat, clock):
    await chat.say("张三", "/start")
    clock.set(FRIDAY_POST)
    assert digests(await chat.run_due()) == []  # nothing to report: no post
    outputs = await chat.say("李四", "/digest")
    assert text.NOT_IMPORTED in texts(outputs)[0]
    assert photos(outputs) == []


async def test_items_with_no_activity_this_week(chat, clock):
    clock.set(at(11, 16, 9))
    await chat.say("张三", "/start")
    await import_seed(chat)
    clock.set(FRIDAY_POST)
    outputs = await chat.run_due()
    [post] = digests(outputs)
    lines = post.splitlines()
    assert "总体 共 25 项，完成 0 项，完成率 0%" in lines
    assert "较上周：完成率 持平；各状态无变化" in lines
    assert "本周进展 0 条（0 项，附件 0 个）" in lines
    assert "✅ 本周完成：无" in lines and "📝 本周进展：无" in lines
    assert "🔴 逾期：无" in lines and "⏰ 14 天内到期：无" in lines
    assert len(section(lines, "⏸ 停滞（14 天以上无进展）（25 项）")) == 25
    assert "👥 本周考勤 请假 0 人次（0 人） · 外出 0 人次（0 人） · 未报备 0 人次" in lines
    assert len(photos(outputs)) == 1


# ---------------------------------------------------------------------- /digest
async def test_digest_on_demand_for_any_member(chat, clock):
    await build_week(chat, clock)
    clock.set(at(12, 7, 9))  # Monday of W50
    outputs = await chat.say("李四", "/digest 上周")
    [post] = digests(outputs)
    assert "2026年第49周" in post and "补发" not in post
    assert "完成率 8%" in post and len(photos(outputs)) == 1
    [this_week] = digests(await chat.say("王五", "/digest"))
    assert "2026年第50周" in this_week and "本周进展 0 条" in this_week
    [earlier] = digests(await chat.say("王五", "/digest 2026-W48"))
    assert "未启动 24 · 整改中 1 · 已完成 0 · 长期坚持 0 · 已销号 0" in earlier


@pytest.mark.parametrize(
    ("argument", "answer"),
    [
        ("2026-W99", "没有“2026-W99”这一周"),
        ("下个月", "“下个月”不是周次"),
        ("2030-W01", "“2030-W01”还没到"),
        ("<b>" * 20, "不是周次"),
    ],
)
async def test_bad_weeks_get_a_clear_reply(chat, argument, answer):
    [reply] = texts(await chat.say("李四", f"/digest {argument}"))
    assert answer in reply


async def test_a_week_with_100_updates_is_cut_under_the_limit(chat, clock):
    clock.set(at(11, 16, 9))
    await chat.say("张三", "/start")
    await import_seed(chat)
    clock.set(at(12, 1, 8))
    for n in range(100):
        clock.advance(minutes=3)
        item = n % 25 + 1
        body = f"第{n + 1}次进展：完成<现场>检查 & 整改台账更新，涉及村组资金核查与问题清单销号" * 2
        await chat.say("张三", f"/progress {item} {body}")
    clock.set(at(12, 4, 16))
    outputs = await chat.say("李四", "/digest")
    messages = [o for o in outputs if o.method == "sendMessage"]
    assert len(messages) >= 3
    for i, message in enumerate(messages, 1):
        body = message.text or ""
        assert len(body) <= 4096
        assert body.count("<b>") == body.count("</b>")
        assert not re.search(r"<[^>]*$", body) and "<现场>" not in body
        if i > 1:
            assert body.startswith(f"📊 <b>整改周报 · 2026年第49周（续 {i}/{len(messages)}）</b>")
    shown = "\n".join(texts(messages))
    assert "本周进展 100 条（25 项，附件 0 个）" in shown
    assert len(re.findall(r"^· 12-0\d \S+：第\d+次进展", shown, re.M)) == 100
    assert "&lt;现场&gt;" in "".join(m.text or "" for m in messages)


# ---------------------------------------------------------------------- the chart
async def week_digest(chat, clock):
    await build_week(chat, clock)
    return await build(chat.services, IsoWeek(2026, 49), FRIDAY_POST)


def glyph_warnings(caught) -> list[str]:
    return [str(w.message) for w in caught if "missing from" in str(w.message)]


async def test_chart_is_a_png_with_chinese_labels(chat, clock):
    if charts.find_cjk_font() is None:
        pytest.fail(
            "no CJK font for the digest chart: install one (as root: apt-get install "
            "fonts-wqy-microhei; `make test` and .ci/run do this when run as root)",
            pytrace=False,
        )
    digest = await week_digest(chat, clock)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        chart = charts.render_digest_chart(digest)
    assert chart.png.startswith(PNG) and len(chart.png) > 20_000
    assert chart.cjk and glyph_warnings(caught) == []
    assert len(chart.areas) == 3
    assert "缺少中文字体" not in text.caption(digest.week, chart.cjk, chart.areas)


async def test_without_a_cjk_font_the_chart_falls_back_and_says_so(
    chat, clock, monkeypatch, caplog
):
    digest = await week_digest(chat, clock)
    monkeypatch.setattr(charts, "find_cjk_font", lambda: None)
    with (
        caplog.at_level(logging.WARNING, logger="bot.charts"),
        warnings.catch_warnings(record=True) as caught,
    ):
        warnings.simplefilter("always")
        chart = charts.render_digest_chart(digest)
    assert chart.png.startswith(PNG) and len(chart.png) > 10_000
    assert not chart.cjk
    assert glyph_warnings(caught) == []  # every label drawable: no empty boxes
    assert any("no CJK font" in r.getMessage() for r in caplog.records)
    caption = text.caption(digest.week, chart.cjk, chart.areas)
    assert "缺少中文字体" in caption and "A1 贯彻落实党的理论路线方针政策" in caption
    clock.set(FRIDAY_POST)
    [photo] = photos(await chat.run_due())
    assert "缺少中文字体" in (photo.text or "")
