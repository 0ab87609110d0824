"""Reading a time of day written the way people in the bureau write it.

"08:30", "8：30", "9.30", "9点", "九点半", "八点二十", "3点一刻", "下午3点", "晚上8点半",
"17时30分".
The hour convention follows the office rules for reports: a bare "N点" with N from 1 to 7 and
no 上午/下午 is afternoon (nobody sets a 3 a.m. reminder), while "HH:MM" is read as a 24-hour
clock, since people who type a colon write 17:00 for five in the afternoon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from bot.domain.chinese_dates.numerals import to_int

from .errors import ScheduleError

CN_DIGITS = "零〇一二两三四五六七八九十百千"
NUM = rf"(?:\d+|[{CN_DIGITS}]+)"

_MORNING = ("上午", "早上", "早晨", "清早", "早")
_EVENING = ("下午", "午后", "傍晚", "晚上", "晚间", "夜里", "晚")
_PERIODS = ("凌晨", "中午", *_MORNING, *_EVENING)
_PERIOD = "|".join(sorted(_PERIODS, key=len, reverse=True))

_TIME = re.compile(
    rf"(?P<period>{_PERIOD})?\s*"
    rf"(?:(?P<ch>\d{{1,2}})\s*(?::\s*(?P<cm>\d{{1,2}})|\.(?P<dm>\d\d))(?![\d.])"
    rf"|(?P<h>{NUM})\s*(?:点钟?|时)"
    rf"(?:(?P<half>半|一刻|三刻|整)|(?P<m>{NUM})分?)?)"
)
# Only the two-character words: a text may well begin with 早 or 晚 ("早操", "晚会").
_PERIOD_ONLY = re.compile("|".join(p for p in _PERIODS if len(p) > 1))
_QUARTERS = {"半": 30, "一刻": 15, "三刻": 45, "整": 0}


def number(text: str) -> int:
    """Arabic or Chinese numerals ("15", "十五", "两", "零五") as an int."""
    value = to_int(text)
    if value is None:
        raise ScheduleError("unknown", token=text)
    return value


@dataclass(frozen=True)
class FoundTime:
    at: time
    end: int


def read_time(scan: str, pos: int, period_hint: str | None = None) -> FoundTime | None:
    """The time of day starting at ``pos`` in ``scan``, or None if there is none.

    ``period_hint`` carries the 早/晚 of "明早"/"今晚" when the text itself names no period.
    Raises ``bad_time`` for a period without an hour ("明天下午 开会") or an impossible time.
    """
    match = _TIME.match(scan, pos)
    if match is None:
        alone = _PERIOD_ONLY.match(scan, pos)
        if alone or period_hint:
            raise ScheduleError("bad_time", reason="period_only", value=alone and alone[0])
        return None
    period = match["period"] or period_hint
    raw = match[0].strip()
    if match["ch"] is not None:
        hour, minute, clock = int(match["ch"]), int(match["cm"] or match["dm"]), True
    else:
        hour, clock = number(match["h"]), False
        minute = _QUARTERS[match["half"]] if match["half"] else number(match["m"] or "0")
    return FoundTime(_combine(hour, minute, period, clock, raw), match.end())


def _combine(hour: int, minute: int, period: str | None, clock: bool, raw: str) -> time:
    if minute > 59:
        raise ScheduleError("bad_time", reason="minute", value=raw, hour=hour, minute=minute)
    if hour > 23:
        raise ScheduleError("bad_time", reason="hour", value=raw, hour=hour, minute=minute)
    return time(_apply_period(hour, period, clock, raw), minute)


def _apply_period(hour: int, period: str | None, clock: bool, raw: str) -> int:
    if period is None:
        return hour + 12 if not clock and 1 <= hour <= 7 else hour
    if period in _MORNING:
        if hour > 12:
            raise ScheduleError("bad_time", reason="period", value=raw)
        return hour
    if period == "凌晨":
        if hour > 6 and hour != 12:
            raise ScheduleError("bad_time", reason="period", value=raw)
        return 0 if hour == 12 else hour
    if period == "中午":
        return hour + 12 if 1 <= hour <= 3 else hour
    # Afternoon/evening: "晚上12点" could be either midnight; make the person say which.
    if hour == 12 and period != "下午":
        raise ScheduleError("bad_time", reason="midnight", value=raw)
    return hour + 12 if hour < 12 else hour
