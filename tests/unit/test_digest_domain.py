"""The digest's pure parts: weeks as people write them, the posting day, the figures."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.domain.digest import (
    Attendance,
    Change,
    IsoWeek,
    ItemRow,
    UpdateRow,
    WeekError,
    build_digest,
    latest_post,
    parse_week,
    posting_day,
    short_area,
)
from bot.domain.rectification import Status
from messages import digest as text

TZ = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 11, 25)  # Wednesday of 2026-W48


def weekdays_only(day: date) -> bool:
    return day.weekday() < 5


# ---------------------------------------------------------------------- weeks
@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("", IsoWeek(2026, 48)),
        ("本周", IsoWeek(2026, 48)),
        ("这周", IsoWeek(2026, 48)),
        ("上周", IsoWeek(2026, 47)),
        ("上星期", IsoWeek(2026, 47)),
        ("上上周", IsoWeek(2026, 46)),
        ("3周前", IsoWeek(2026, 45)),
        ("2026-W48", IsoWeek(2026, 48)),
        ("2026-w07", IsoWeek(2026, 7)),
        ("2026W1", IsoWeek(2026, 1)),
        ("2026年第30周", IsoWeek(2026, 30)),
        ("W40", IsoWeek(2026, 40)),
        ("第40周", IsoWeek(2026, 40)),
        ("2020-W53", IsoWeek(2020, 53)),
        ("2026-11-18", IsoWeek(2026, 47)),
        (" 上周 ", IsoWeek(2026, 47)),
    ],
)
def test_weeks_as_people_write_them(word, expected):
    assert parse_week(word, TODAY) == expected


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("下周", "format"),
        ("周报", "format"),
        ("2026-48", "format"),
        ("2026-W00", "no_such_week"),
        ("2025-W53", "no_such_week"),  # 2025 has 52 ISO weeks (2026 has 53)
        ("2026-W60", "no_such_week"),
        ("2026-02-30", "no_such_week"),
        ("2026-W49", "future"),
        ("2099-W01", "future"),
    ],
)
def test_bad_weeks_say_why(word, code):
    with pytest.raises(WeekError) as caught:
        parse_week(word, TODAY)
    assert caught.value.code == code
    assert text.bad_week(code, word)  # and there is a sentence for it


def test_iso_week_edges():
    week = IsoWeek(2026, 1)  # starts on Monday 29 December 2025
    assert week.monday == date(2025, 12, 29) and week.sunday == date(2026, 1, 4)
    assert week.shifted(-1) == IsoWeek(2025, 52)
    assert IsoWeek(2026, 52).shifted(1) == IsoWeek(2026, 53)
    assert IsoWeek(2026, 53).shifted(1) == IsoWeek(2027, 1)
    assert week.end(TZ) - week.start(TZ) == timedelta(days=7)
    assert week.label == "2026-W01"


# ---------------------------------------------------------------------- posting day
def test_posting_day_is_the_weekday_or_the_working_day_before():
    week = IsoWeek(2026, 48)
    assert posting_day(week, 5, weekdays_only) == date(2026, 11, 27)
    friday_off = lambda d: weekdays_only(d) and d != date(2026, 11, 27)  # noqa: E731
    assert posting_day(week, 5, friday_off) == date(2026, 11, 26)
    assert posting_day(week, 7, weekdays_only) == date(2026, 11, 27)  # Sunday → Friday


def test_a_week_without_working_days_keeps_its_day():
    assert posting_day(IsoWeek(2026, 48), 5, lambda d: False) == date(2026, 11, 27)


def test_posting_day_follows_the_statutory_calendar():
    from bot.domain.workcalendar import WorkCalendar

    calendar = WorkCalendar()
    # National Day 2026: Friday 2 October is a holiday, Wednesday 30 September is not.
    assert posting_day(IsoWeek(2026, 40), 5, calendar.is_workday) == date(2026, 9, 30)


def test_latest_post_is_this_weeks_once_due_else_last_weeks():
    at = time(17, 0)
    before = datetime(2026, 11, 27, 16, 59, tzinfo=TZ)
    post = latest_post(before, TZ, 5, at, weekdays_only)
    assert post.week == IsoWeek(2026, 47) and post.at == datetime(2026, 11, 20, 17, 0, tzinfo=TZ)
    on_time = datetime(2026, 11, 27, 17, 0, tzinfo=TZ)
    post = latest_post(on_time, TZ, 5, at, weekdays_only)
    assert post.week == IsoWeek(2026, 48) and not post.late(on_time)
    assert post.late(datetime(2026, 11, 28, 9, 0, tzinfo=TZ))
    monday = datetime(2026, 11, 30, 9, 0, tzinfo=TZ)
    assert latest_post(monday, TZ, 5, at, weekdays_only).week == IsoWeek(2026, 48)


# ---------------------------------------------------------------------- figures
def t(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=TZ)


def item(number: int, status: Status, **kw) -> ItemRow:
    values = {
        "title": f"事项{number}",
        "area": "甲方面" if number <= 2 else "乙方面",
        "owner": None,
        "deadline": None,
        "last_activity_at": t(1),
        "created_at": t(1),
    }
    values.update(kw)
    return ItemRow(number=number, status=status, **values)


def week_digest(**kw):
    items = [
        item(1, Status.CLOSED, owner="李四", last_activity_at=t(24)),
        item(
            2, Status.IN_PROGRESS, deadline=date(2026, 11, 20), owner="王五", last_activity_at=t(25)
        ),
        item(3, Status.NOT_STARTED, deadline=date(2026, 12, 4)),
        item(4, Status.DONE, last_activity_at=t(26)),
    ]
    changes = [
        Change(1, 1, t(1), None, Status.NOT_STARTED),
        Change(2, 2, t(1), None, Status.NOT_STARTED),
        Change(3, 3, t(1), None, Status.NOT_STARTED),
        Change(4, 4, t(1), None, Status.NOT_STARTED),
        Change(5, 1, t(10), Status.NOT_STARTED, Status.DONE),  # done before this week
        Change(6, 2, t(18), Status.NOT_STARTED, Status.IN_PROGRESS),
        Change(7, 1, t(24), Status.DONE, Status.CLOSED),  # closed this week
        Change(8, 4, t(26), Status.NOT_STARTED, Status.DONE),  # done this week
    ]
    updates = [
        UpdateRow(2, t(25), "王五", "检查取水户4家", 2),
        UpdateRow(2, t(25, 15), "王五", "约谈", 0),
        UpdateRow(4, t(26), "赵六", "完成", 1),
        UpdateRow(4, t(16), "赵六", "上周的", 0),  # outside the week: ignored
    ]
    return build_digest(
        IsoWeek(2026, 48),
        kw.get("now", t(27, 17)),
        TZ,
        items,
        changes,
        updates,
        {2: t(25, 15), 4: t(26)},
        Attendance(3, 2, 5, 4, 1, 2, 1),
        stalled_days=14,
        upcoming_days=14,
        trend_weeks=4,
    )


def test_headline_figures_and_change_since_last_week():
    d = week_digest()
    assert d.snapshot.total == 4
    assert d.snapshot.by_status == {
        Status.NOT_STARTED: 1,
        Status.IN_PROGRESS: 1,
        Status.DONE: 1,
        Status.LONG_TERM: 0,
        Status.CLOSED: 1,
    }
    assert d.snapshot.share == 0.5
    assert d.previous.by_status[Status.DONE] == 1 and d.previous.by_status[Status.NOT_STARTED] == 2
    assert d.previous.share == 0.25
    assert d.share_change() == 0.25
    assert d.change()[Status.CLOSED] == 1 and d.change()[Status.DONE] == 0


def test_lists_of_the_week():
    d = week_digest()
    assert [(r.number, r.status) for r in d.completed] == [(1, Status.CLOSED), (4, Status.DONE)]
    assert [(g.number, len(g.updates), g.evidence) for g in d.updates] == [(2, 2, 2), (4, 1, 1)]
    assert d.update_count == 3 and d.evidence_count == 3
    assert [(r.number, r.owner, r.days) for r in d.overdue] == [(2, "王五", 7)]
    assert [(r.number, r.days) for r in d.upcoming] == [(3, 7)]
    assert [(r.number, r.days) for r in d.stalled] == [(3, 26)]  # untouched since the 1st
    assert [(a.area, a.by_status[Status.CLOSED]) for a in d.areas] == [("甲方面", 1), ("乙方面", 0)]
    assert [(p.week.week, p.total, p.done) for p in d.trend] == [
        (45, 4, 0),
        (46, 4, 1),
        (47, 4, 1),
        (48, 4, 2),
    ]


def test_a_past_week_is_shown_as_it_stood_then():
    d = build_digest(
        IsoWeek(2026, 47),
        t(27, 17),
        TZ,
        [item(1, Status.CLOSED, last_activity_at=t(24))],
        [
            Change(1, 1, t(1), None, Status.NOT_STARTED),
            Change(2, 1, t(24), Status.NOT_STARTED, Status.CLOSED),
        ],
        [],
        {},
        Attendance(),
        stalled_days=14,
        upcoming_days=14,
    )
    assert d.as_of == datetime(2026, 11, 23, 0, 0, tzinfo=TZ)
    assert d.today == date(2026, 11, 22)
    assert d.snapshot.by_status[Status.NOT_STARTED] == 1 and d.snapshot.done == 0
    assert [(r.number, r.days) for r in d.stalled] == [(1, 21)]  # rebuilt, not today's mark


def test_json_carries_what_the_text_shows():
    d = week_digest()
    data = d.to_json()
    assert data["week"] == "2026-W48" and data["total"] == 4
    assert data["by_status"]["已销号"] == 1 and data["completion_share"] == 0.5
    assert data["change"]["completion_share"] == 0.25
    assert [i["number"] for i in data["completed_this_week"]] == [1, 4]
    assert data["updates"]["count"] == 3 and data["updates"]["evidence"] == 3
    assert data["overdue"][0]["days_overdue"] == 7 and data["overdue"][0]["owner"] == "王五"
    assert data["upcoming"]["items"][0]["days_left"] == 7
    assert data["stalled"]["items"][0]["number"] == 3
    assert data["attendance"] == {
        "leave": 3,
        "leave_people": 2,
        "away": 5,
        "away_people": 4,
        "unreported": 1,
        "partial": 2,
        "partial_people": 1,
    }
    body = "\n".join(text.render(d))
    assert "共 4 项，完成 2 项，完成率 50%" in body
    assert "较上周：完成率 +25.0 个百分点；已完成 +0" not in body
    assert "已销号 +1" in body and "未启动 -1" in body
    line = "请假 3 人次（2 人） · 外出 5 人次（4 人） · 晚到/早退 2 人次（1 人） · 未报备 1 人次"
    assert line in body


def test_no_items_at_all():
    d = build_digest(
        IsoWeek(2026, 48),
        t(27, 17),
        TZ,
        [],
        [],
        [],
        {},
        Attendance(),
        stalled_days=14,
        upcoming_days=14,
    )
    assert d.snapshot.total == 0 and d.snapshot.share is None and d.trend == []
    [body] = text.render(d)
    assert text.NOT_IMPORTED in body


def test_split_keeps_every_message_under_the_limit_and_whole_tags():
    lines = [f"<b>{n}</b> " + "长" * 90 for n in range(200)]
    messages = text.split_messages(lines)
    assert len(messages) > 3
    for body in messages:
        assert len(body) <= text.BUDGET
        assert body.count("<b>") == body.count("</b>")
    assert sum(m.count("<b>") for m in messages) == 200
    huge = text.split_messages(["<b>x</b>" + "<i>y</i>" * 1000])
    assert len(huge[0]) <= text.BUDGET and "<" not in re.sub(r"&lt;|&gt;", "", huge[0])


def test_short_area_drops_the_framing_words():
    assert (
        short_area("聚焦党组织领导班子和干部队伍建设方面存在的问题")
        == "党组织领导班子和干部队伍建设"
    )
    assert short_area(None) is None
    assert len(short_area("一" * 40) or "") == 16


def test_an_item_closed_and_reopened_in_the_week_is_not_completed():
    from bot.domain.digest import History

    items = [item(1, Status.IN_PROGRESS)]
    changes = [
        Change(1, 1, t(1), None, Status.NOT_STARTED),
        Change(2, 1, t(24), Status.NOT_STARTED, Status.CLOSED),
        Change(3, 1, t(25), Status.CLOSED, Status.IN_PROGRESS),  # reopened the next day
    ]
    history = History(items, changes)
    assert history.completed_between(t(23), t(28)) == []
    assert history.completed_between(t(23), t(24, 12)) == [1]
