"""Date specs, clock times and durations, and how the office conventions resolve them.

Resolving has a direction: forward (reports, reminders, deadlines, /whosout, /duty) takes
the next day the words can mean, backward (discipline notes, which are about what was
seen) the latest one on or before today. Words that fix the day themselves (明天, 下周三,
2026-12-03) mean the same day in both directions.

A spec is what the words say (``下周三``, ``3号``, ``12月3日``); resolving it against today
applies DESIGN's conventions: a bare weekday is the next such day on or after today, 本周/
这周 X the day of this week (Monday–Sunday) and 下周 X of the next, 3号 this month's 3rd
unless it has passed, 12月3日 this year's unless it has passed. The end of a range is
resolved against its start instead of today (周五到周二 ends on the Tuesday after).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from importlib import resources

from bot.domain.office import OfficeHours

AM, NOON, PM, EVENING, DAWN, DAY = "am", "noon", "pm", "eve", "dawn", "day"


@dataclass(frozen=True, slots=True)
class DateSpec:
    """A date as written. ``form`` says which fields matter:

    ``mend`` the last day of a month (月底, 12月底, 年底); ``weekend`` Saturday and
    Sunday of week ``week`` (这周末); ``wds`` weekdays ``weekday`` to ``offset2``
    (周一二三); ``ymd``/``md``/``d`` absolute (year, month and day as given, relative
    year/month words in ``year_rel``/``month_rel``); ``rel`` today plus ``offset`` days;
    ``span`` today plus ``offset`` to today plus ``offset2`` (明后两天);
    ``wd`` a weekday in week ``week`` (None = the next on or after today); ``week`` the
    whole week ``week``; ``lunar`` day ``day`` of the lunar new year's first month (0: 除夕, the
    eve), ``offset2`` 1 where no 正月 was written (初八 alone names a day only near the
    festival); ``after`` ``offset`` days after the last day of ``base`` (周三去长沙，
    次日回: the day after a day named before). The lexer gives ``next`` (次日, 第二天) only
    while it looks for that day before it; ``offset2`` 1 there means no day before, no date.
    """

    form: str
    year: int | None = None
    year_rel: int | None = None
    month: int | None = None
    month_rel: int | None = None
    day: int | None = None
    offset: int = 0
    offset2: int = 0
    weekday: int = 0
    week: int | None = None
    part: str | None = None  # 今晚, 明早 name a part of the day as well
    base: DateSpec | None = None  # the day an ``after`` counts from

    @property
    def is_weekday(self) -> bool:
        return self.form == "wd"


@dataclass(frozen=True, slots=True)
class Clock:
    """A clock time as written: the hour before the office conventions apply."""

    hour: int
    minute: int = 0
    second: int = 0
    part: str | None = None  # 下午4点 carries its own part


@dataclass(frozen=True, slots=True)
class Duration:
    """``weeks`` and ``days`` are counted in working days for leave; ``seconds`` on the clock.

    ``mod`` is ``after`` for 两小时后 (a point that far from now), ``before`` for 两天前.
    """

    weeks: float = 0
    days: float = 0
    seconds: int = 0
    mod: str | None = None

    @property
    def in_days(self) -> bool:
        """Day-sized durations count working half-days; smaller ones count the clock."""
        return self.seconds == 0 and (self.days > 0 or self.weeks > 0)

    @property
    def working_days(self) -> float:
        return self.weeks * 5 + self.days

    @property
    def nominal_seconds(self) -> int:
        """Calendar length, as Recognizers counts it (a day is 86,400 s, a week 7 days)."""
        return round(self.weeks * 7 * 86400 + self.days * 86400 + self.seconds)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _month_end(year: int, month: int) -> date:
    year, month = _add_months(year, month, 1)
    return date(year, month, 1) - timedelta(days=1)


def _fits(found: date | None, base: date, backward: bool) -> bool:
    return found is not None and (found <= base if backward else found >= base)


def _resolve_absolute(
    spec: DateSpec, today: date, anchor: date | None, backward: bool = False
) -> date | None:
    base = anchor or today
    step = -1 if backward else 1
    if spec.year is not None and spec.month is not None and spec.day is not None:
        return safe_date(spec.year, spec.month, spec.day)
    if spec.month is not None and spec.day is not None:
        if spec.year_rel is not None:
            return safe_date(today.year + spec.year_rel, spec.month, spec.day)
        for years in range(9):  # 2月29日 waits for a leap year
            found = safe_date(base.year + step * years, spec.month, spec.day)
            if _fits(found, base, backward):
                return found
        return None
    if spec.day is None:
        return None
    if spec.month_rel is not None or spec.year_rel is not None:
        year, month = _add_months(
            today.year + (spec.year_rel or 0), today.month, spec.month_rel or 0
        )
        return safe_date(year, month, spec.day)
    for months in range(13):  # the 31st skips short months
        year, month = _add_months(base.year, base.month, step * months)
        found = safe_date(year, month, spec.day)
        if _fits(found, base, backward):
            return found
    return None


def _resolve_month_end(spec: DateSpec, today: date, backward: bool) -> date:
    """月底 this month's last day, 下月底 next month's, 12月底 December's (rolling on)."""
    if spec.month is None:
        year, month = _add_months(today.year, today.month, spec.month_rel or 0)
        return _month_end(year + (spec.year_rel or 0), month)
    if spec.year is not None:
        return _month_end(spec.year, spec.month)
    year = today.year + (spec.year_rel or 0)
    found = _month_end(year, spec.month)
    if spec.year_rel is None and not _fits(found, today, backward):  # 3月底 said in November
        found = _month_end(year + (-1 if backward else 1), spec.month)
    return found


_SPRING_FESTIVALS: dict[int, date] = {}


def spring_festival(year: int) -> date | None:
    """正月初一 of ``year`` (1901–2099), from the packaged table built by
    bench/build_lunar_new_year.py; read on the first lunar day a message names."""
    if not _SPRING_FESTIVALS:
        table = json.loads(
            resources.files("bot.domain.chinese_dates")
            .joinpath("lunar_new_year.json")
            .read_text("utf-8")
        )
        _SPRING_FESTIVALS.update(
            {int(y): date(int(y), int(md[:2]), int(md[3:])) for y, md in table.items()}
        )
    return _SPRING_FESTIVALS.get(year)


# 初八 alone is the new year's eighth day only this close to the festival; elsewhere (初三
# the school year, 初八 in another month) it names no day.
_BARE_LUNAR_REACH = timedelta(days=40)


def _resolve_lunar(spec: DateSpec, today: date, backward: bool) -> date | None:
    """正月初N (``day`` N, 0 for 除夕): the festival's day plus N − 1, in the year that makes
    it the next such day on or after today (the latest on or before, backward)."""
    years = (today.year + 1, today.year, today.year - 1)
    for year in reversed(years) if not backward else years:
        festival = spring_festival(year)
        if festival is None:
            continue
        found = festival + timedelta(days=spec.day - 1 if spec.day else -1)
        if _fits(found, today, backward):
            if spec.offset2 and abs(found - today) > _BARE_LUNAR_REACH:
                return None
            return found
    return None


def resolve_date(
    spec: DateSpec, today: date, anchor: date | None = None, backward: bool = False
) -> tuple[date, date] | None:
    """The first and last day the spec names (the same day for all but weeks and spans).

    ``backward`` reads words that leave the direction open (周三, 3号, 12月3日) as the
    latest such day on or before today instead of the next on or after it.
    """
    if spec.form in ("ymd", "md", "d"):
        found = _resolve_absolute(spec, today, anchor, backward)
        return None if found is None else (found, found)
    if spec.form == "mend":
        found = _resolve_month_end(spec, today, backward)
        return found, found
    if spec.form == "lunar":
        lunar = _resolve_lunar(spec, today, backward)
        return None if lunar is None else (lunar, lunar)
    if spec.form == "weekend":
        saturday = monday_of(today) + timedelta(days=7 * (spec.week or 0) + 5)
        return saturday, saturday + timedelta(days=1)
    if spec.form == "rel":
        found = today + timedelta(days=spec.offset)
        return found, found
    if spec.form == "after" and spec.base is not None:
        named = resolve_date(spec.base, today, anchor, backward)
        if named is None:
            return None
        found = named[1] + timedelta(days=spec.offset)
        return found, found
    if spec.form == "span":
        return today + timedelta(days=spec.offset), today + timedelta(days=spec.offset2)
    if spec.form == "wd":
        if spec.week is None:
            base = anchor or today
            shift = (spec.weekday - base.weekday()) % 7
            found = base - timedelta(days=(7 - shift) % 7) if backward else base + timedelta(shift)
        else:
            found = monday_of(today) + timedelta(days=7 * spec.week + spec.weekday)
        return found, found
    if spec.form == "week":
        first = monday_of(today) + timedelta(days=7 * (spec.week or 0))
        return first, first + timedelta(days=6)
    if spec.form == "wds":  # 周一二三: from the first day named to the last
        single = DateSpec("wd", weekday=spec.weekday, week=spec.week)
        span = resolve_date(single, today, anchor, backward)
        if span is None:
            return None
        return span[0], span[0] + timedelta(days=spec.offset2 - spec.weekday)
    return None


def days_from(spec: DateSpec, today: date) -> int | None:
    """Days from ``today`` to the one day ``spec`` names (0: today), None for more than one.

    Whether a message speaks of today is a matter of the day named, not of the word: 今天, 3号
    said on the 3rd, 12.3, 周四 said on a Thursday are all today.
    """
    found = resolve_date(spec, today)
    if found is None or found[0] != found[1]:
        return None
    return (found[0] - today).days


def part_times(part: str, office: OfficeHours) -> tuple[time, time]:
    """Clock limits of a part of the day under the office's hours."""
    if part == AM:
        return office.day_start, office.am_end
    if part == PM:
        return office.pm_start, office.day_end
    if part == NOON:
        return office.am_end, office.pm_start
    if part == EVENING:
        return max(office.day_end, time(18, 0)), time(22, 0)
    if part == DAWN:
        return time(0, 0), time(6, 0)
    return office.day_start, office.day_end


def adjust_hour(hour: int, part: str | None) -> int:
    """The 24-hour hour meant. Without a part, 1–7 is afternoon and 8–11 morning (DESIGN)."""
    if part in (PM, EVENING):
        return hour + 12 if hour < 12 else hour
    if part == NOON:
        return hour + 12 if 1 <= hour <= 5 else hour
    if part in (AM, DAWN):
        return hour
    return hour + 12 if 1 <= hour <= 7 else hour


def clock_time(clock: Clock, part: str | None = None) -> time:
    hour = adjust_hour(clock.hour, clock.part or part)
    if hour >= 24:
        return time(23, 59)
    return time(hour, clock.minute, clock.second)


def at(day: date, moment: time, tz: tzinfo | None) -> datetime:
    return datetime.combine(day, moment, tzinfo=tz)
