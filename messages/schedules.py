"""Chinese sentences about reminder schedules: the rule in words, and why one was refused.

``describe`` is what ``/reminders`` lists and ``/remind`` echoes back, so the person can check
it was understood; ``error_text`` is the one-sentence answer for each ``ScheduleError`` code.
Plain text: callers escape it for HTML like any other string.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.domain.schedule_rules import Schedule, ScheduleError

WEEKDAYS = "一二三四五六日"
EXAMPLE = "例如“每周一 08:30 堤防巡查”"


def describe(schedule: Schedule) -> str:
    """The rule in words: "每周一 08:30", "工作日 08:20（含调休上班日）", "每年4月至9月 每天 08:00"…

    Monthly rules on the 29th–31st say that months without that day are skipped.
    """
    if schedule.kind == "cron":
        return f"cron: {schedule.cron}"
    assert schedule.at is not None
    at = schedule.at.strftime("%H:%M")
    if schedule.kind == "once":
        assert schedule.date is not None
        return f"{_date(schedule.date)} {at}（一次）"
    if schedule.kind == "monthly" and len(schedule.months) == 1:
        return f"每年{schedule.months[0]}月{schedule.month_day}日 {at}"
    text = f"{_rule(schedule)} {at}"
    if schedule.kind == "workdays":
        text += "（含调休上班日）"
    if schedule.kind == "monthly" and (schedule.month_day or 0) > 28:
        text += f"（没有{schedule.month_day}日的月份不提醒）"
    if schedule.months:
        text = f"每年{months_text(schedule.months)} {text}"
    return text


def fire_time(moment: datetime) -> str:
    """One firing as people read it: "2026年10月5日（周一）08:30"."""
    return f"{_date(moment.date())}（周{WEEKDAYS[moment.weekday()]}）{moment:%H:%M}"


def weekdays_text(days: tuple[int, ...]) -> str:
    """Weekdays as "一", "一、三、五" or "一至五" (runs of three or more become a range)."""
    parts = []
    for first, last in _runs(sorted(days)):
        if last - first >= 2:
            parts.append(f"{WEEKDAYS[first]}至{WEEKDAYS[last]}")
        else:
            parts.extend(WEEKDAYS[d] for d in range(first, last + 1))
    return "、".join(parts)


def months_text(months: tuple[int, ...]) -> str:
    """Months as "4月至9月", "11月至次年3月" (over the new year), or "1、3、5月"."""
    chosen = set(months)
    starts = [m for m in sorted(chosen) if (m - 2) % 12 + 1 not in chosen]
    if len(starts) == 1 and len(chosen) > 1:
        first = starts[0]
        last = (first + len(chosen) - 2) % 12 + 1
        return f"{first}月至{'次年' if last < first else ''}{last}月"
    return "、".join(str(m) for m in sorted(chosen)) + "月"


def error_text(error: ScheduleError) -> str:
    """The sentence answering a refused schedule: what was wrong and what is expected."""
    render = _ERRORS.get(error.code, _ERRORS["unknown"])
    return render(error.detail)


# --- error sentences ----------------------------------------------------------------------


def _bad_weekday(d: dict[str, Any]) -> str:
    if d.get("token"):
        return f"没有“周{d['token']}”，请写周一到周日。"
    return f"每周几？请写周一到周日，{EXAMPLE}。"


def _bad_time(d: dict[str, Any]) -> str:
    reason, value = d.get("reason"), d.get("value")
    if reason == "hour":
        return f"时间不对：{d.get('hour')}点不存在，小时应在0到23之间。"
    if reason == "minute":
        return f"时间不对：{value} 不存在，分钟应在00到59之间。"
    if reason == "midnight":
        return f"“{value}”是哪个半夜？请写 0:00 或 23:59。"
    if reason == "several":
        return "一条提醒只能设一个时间，请分成几条设置。"
    if reason == "period_only":
        return "请写明几点，例如“下午3点”或“15:00”。"
    return f"时间不对：“{value}”前后矛盾，请写成“8:30”或“下午3点”这样。"


def _bad_date(d: dict[str, Any]) -> str:
    reason = d.get("reason")
    if reason == "month":
        return f"日期不对：没有{d.get('month')}月，月份应在1到12之间。"
    if reason == "day":
        year = f"{d['year']}年" if d.get("year") else ""
        return f"日期不对：{year}{d.get('month')}月没有{d.get('day')}日。"
    if reason == "month_day_missing":
        return "每月几号？请写成“每月1日 9:00 …”这样。"
    if reason == "month_day":
        return f"日期不对：没有{d.get('day')}日，请写1到31日。"
    if reason == "never":
        return "这样设置永远不会提醒（所选月份都没有这一天），请换一个日期。"
    return "日期不对，请写成“12月1日”或“2026-12-01”这样。"


def _bad_cron(d: dict[str, Any]) -> str:
    if d.get("reason") == "never":
        return f"cron 表达式“{d.get('expr')}”永远不会触发，请检查日和月。"
    return (
        f"cron 表达式不对：“{d.get('expr')}”。应为5段：分 时 日 月 星期，"
        "例如“0 9 * * 1-5”（星期按 crontab：0和7为周日）。"
    )


def _bad_season(d: dict[str, Any]) -> str:
    if d.get("reason") == "month":
        return f"月份不对：没有{d.get('month')}月，请写成“4月至9月”这样。"
    if d.get("reason") == "days":
        return "季节请按整月写，例如“4月至9月 每天 8:00 …”。"
    if d.get("reason") == "twice":
        return "月份写了两次，请只保留一处，例如“4月至9月 每月1日”。"
    return "“4月至9月”这样的季节只能配合重复提醒（每天、每周、工作日、每月）。"


def _in_past(d: dict[str, Any]) -> str:
    when = d.get("date") or ""
    if when:
        when = _date(date.fromisoformat(when))
    return f"{when} {d.get('at', '')} 已经过去了，请写一个将来的时间。".lstrip()


_ERRORS: dict[str, Callable[[dict[str, Any]], str]] = {
    "empty": lambda d: f"请写上提醒的时间和内容，{EXAMPLE}。",
    "no_text": lambda d: "请写上提醒的内容。",
    "bad_weekday": _bad_weekday,
    "bad_time": _bad_time,
    "bad_date": _bad_date,
    "bad_cron": _bad_cron,
    "bad_season": _bad_season,
    "in_past": _in_past,
    "unknown": lambda d: (
        "没看懂提醒时间。请以时间开头，例如“每周一 08:30 堤防巡查”“工作日 8:20 交日报”"
        "“12月1日 9:00 党组会”。"
    ),
    "invalid": lambda d: "这条提醒的设置已损坏，请删除后重新设置。",
}


# --- helpers ------------------------------------------------------------------------------


def _rule(schedule: Schedule) -> str:
    if schedule.kind == "weekly":
        return f"每周{weekdays_text(schedule.weekdays)}"
    if schedule.kind == "monthly":
        return f"每月{schedule.month_day}日"
    return {"daily": "每天", "workdays": "工作日"}[schedule.kind]


def _date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _runs(days: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for day in days:
        if runs and runs[-1][1] == day - 1:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs
