"""Reminder schedule rules: parse a Chinese schedule expression and compute firing times.

Pure logic (no Telegram, no SQLite, no clock of its own): the feature module passes ``now``,
the office time zone and the ``WorkCalendar``. The pieces live in ``bot.domain.schedules``
(model, calendar rules, time of day, cron, parser); this module is the one to import.

Supported, schedule first and reminder text after it::

    每周一 08:30 …        每周一、三、五 9点 …     每周一至五 …       周一至周五 …
    每天 17:00 …          工作日 8:20 …（法定工作日，含调休上班日）
    每月1日 9:00 …        每月15号 …（没有该日的月份跳过）   每年12月1日 …
    12月1日 9:00 …（已过则明年）   2026-12-01 09:00 …   2026年12月1日 …
    今天 16:30 …   明天下午3点 …   后天 …   明早8点 …   周三 …   下周一 …   3号 …
    大后天 …   下下周一 …   礼拜三 …   12.7 …   12/7 …   十二月七日 …   月底 …   这周末 …
    （一次性的日子由日期引擎 bot.domain.chinese_dates 读：今天起最近的那一天，
      与 /whosout、/duty 同义）
    16:30 …（今天，已过则明天）
    4月至9月 每天 8:00 …   4-9月 工作日 8:00 …   11月至次年3月 每周一 …
    cron 0 9 * * 1-5 …   或   0 9 * * 1-5 …（crontab 的星期编号：0/7 = 周日）

Without a time of day a date rule fires at ``DEFAULT_AT`` (09:00).
"""

from __future__ import annotations

from .schedules.errors import ERROR_CODES, ScheduleError
from .schedules.model import KINDS, Schedule, WorkdayCalendar
from .schedules.parser import DEFAULT_AT, ParsedReminder, parse_reminder

__all__ = [
    "DEFAULT_AT",
    "ERROR_CODES",
    "KINDS",
    "ParsedReminder",
    "Schedule",
    "ScheduleError",
    "WorkdayCalendar",
    "parse_reminder",
]
