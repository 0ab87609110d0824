"""The calendar part of a reminder ("每周一", "工作日", "12月1日", "明天"…), without the time.

Each reader looks at the text at one position and returns a ``Rule`` or None. The recurring
rules (每天, 工作日, 每周X, 每月N日, 每年M月D日, seasons) are the reminder's own; a one-off day
is read by the date engine (``bot.domain.chinese_dates``), forward, so that "3号", "下下周一"
or "12.7" mean in /remind the day they mean in /whosout and /duty. A one-off rule carries the
dates it may mean, in order ("周一" is today's unless its time has gone, then next week's),
and the caller picks the first that is still ahead once the time of day is known.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NoReturn

from bot.domain.chinese_dates.dates import AM, EVENING, DateSpec, resolve_date, safe_date
from bot.domain.chinese_dates.days import widen
from bot.domain.chinese_dates.lexer import WEEKDAY_CHARS, lex

from .errors import ScheduleError
from .timeofday import NUM, number

_MAX_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # leap year: any year may do
_WEEKDAY_DIGITS = {str(n): n - 1 for n in range(1, 8)}
_NUMERAL_CHARS = "0123456789零〇一二两三四五六七八九十"

_DAILY = re.compile(r"每一?[天日]")
_WORKDAYS = re.compile(r"(?:每个?)?工作日")
_WEEKLY = re.compile(r"每个?(?:周|星期|礼拜)")
_MONTHLY = re.compile(rf"每个?月(?:的)?\s*(?:(?P<d>{NUM})\s*[日号])?")
_YEARLY = re.compile(rf"每年\s*(?P<m>{NUM})\s*月\s*(?P<d>{NUM})\s*[日号]")
# "下周一、三": the week word swallows the 周, so the weekday list follows directly.
_WEEK_DAY = re.compile(r"(?P<which>本周|这周|这个?星期|本星期|下下周|下周|下个?星期|下个?礼拜)?")
_SEASON = re.compile(
    rf"(?:每年)?\s*(?P<a>{NUM})\s*月?份?\s*(?:至|到|-|~|—)\s*"
    rf"(?:次年|第二年|翌年|来年)?\s*(?P<b>{NUM})\s*月份?"
)
_PREFIX = re.compile(r"周|星期|礼拜")
_RANGE = re.compile(r"至|到|-|~|—")
_LIST = re.compile(r"、|,|和|及|与|/")


@dataclass(frozen=True)
class Rule:
    """A recognised calendar rule; ``dates`` is set for one-offs only."""

    kind: str
    end: int
    weekdays: tuple[int, ...] = ()
    month_day: int | None = None
    months: tuple[int, ...] = ()
    dates: Callable[[], Iterator[date]] | None = field(default=None, compare=False)
    period_hint: str | None = None


def read_season(scan: str, pos: int) -> tuple[tuple[int, ...], int] | None:
    """A season such as "4月至9月", "4-9月", "11月至次年3月" (wrapping over the new year)."""
    match = _SEASON.match(scan, pos)
    if match is None:
        return None
    first, last = number(match["a"]), number(match["b"])
    for month in (first, last):
        if not 1 <= month <= 12:
            raise ScheduleError("bad_season", reason="month", month=month)
    return _cyclic_span(first, last, 1, 12), match.end()


def read_rule(scan: str, pos: int, today: date) -> Rule | None:
    """The first calendar rule at ``pos``, or None if the text does not start with one."""
    for reader in _READERS:
        rule = reader(scan, pos, today)
        if rule is not None:
            return rule
    return None


def time_only(end: int, today: date) -> Rule:
    """Just a time ("16:30 交材料"): today, or tomorrow if that time has gone."""
    return _once(end, lambda: iter((today, today + timedelta(days=1))))


def check_month_day(month: int, day: int, year: int | None = None) -> None:
    """Raise ``bad_date`` for 13月 or 2月30日 (and 2月29日 in a given non-leap year)."""
    if not 1 <= month <= 12:
        raise ScheduleError("bad_date", reason="month", month=month)
    if not 1 <= day <= _MAX_DAYS[month - 1]:
        raise ScheduleError("bad_date", reason="day", month=month, day=day)
    if year is not None and safe_date(year, month, day) is None:
        raise ScheduleError("bad_date", reason="day", year=year, month=month, day=day)


# --- recurring ----------------------------------------------------------------------------


def _daily(scan: str, pos: int, today: date) -> Rule | None:
    match = _DAILY.match(scan, pos)
    return Rule("daily", match.end()) if match else None


def _workdays(scan: str, pos: int, today: date) -> Rule | None:
    match = _WORKDAYS.match(scan, pos)
    return Rule("workdays", match.end()) if match else None


def _weekly(scan: str, pos: int, today: date) -> Rule | None:
    match = _WEEKLY.match(scan, pos)
    if match is None:
        return None
    if scan.startswith("末", match.end()):
        return Rule("weekly", match.end() + 1, weekdays=(5, 6))
    days, end = _weekday_list(scan, match.end())
    return Rule("weekly", end, weekdays=days)


def _monthly(scan: str, pos: int, today: date) -> Rule | None:
    match = _MONTHLY.match(scan, pos)
    if match is None:
        return None
    if match["d"] is None:
        raise ScheduleError("bad_date", reason="month_day_missing")
    day = number(match["d"])
    if not 1 <= day <= 31:
        raise ScheduleError("bad_date", reason="month_day", day=day)
    return Rule("monthly", match.end(), month_day=day)


def _yearly(scan: str, pos: int, today: date) -> Rule | None:
    """Yearly ("每年12月1日") is monthly limited to one month: no extra kind to store."""
    match = _YEARLY.match(scan, pos)
    if match is None:
        return None
    month, day = number(match["m"]), number(match["d"])
    check_month_day(month, day)
    return Rule("monthly", match.end(), month_day=day, months=(month,))


# --- one-off ------------------------------------------------------------------------------

# What a day word of the engine carries for the time of day: "明早 8点" is 08:00, "今晚 8点"
# 20:00 (``read_time``'s period words).
_PART_HINTS = {AM: "早", EVENING: "晚"}
# Shapes of a date the engine declines because a number is out of range (13月1日, 12月32日,
# 32号, 2026-13-01): read only to say what is wrong, never to pick a day.
_DATE_SHAPE = re.compile(
    rf"(?P<y>\d{{4}})\s*[-/.年]\s*(?P<ym>{NUM})\s*[-/.月]\s*(?P<yd>{NUM})"
    rf"|(?P<m>{NUM})\s*月\s*(?P<md>{NUM})"
    rf"|(?P<d>{NUM})\s*[号日]"
)


def _once(end: int, dates: Callable[[], Iterator[date]], hint: str | None = None) -> Rule:
    return Rule("once", end, dates=dates, period_hint=hint)


def _one_off(scan: str, pos: int, today: date) -> Rule | None:
    """A one-off day, read by the date engine forward exactly as /whosout and /duty read it.

    The engine gives the first day on or after today the words can mean; when the words leave
    the day open (周三, 3号, 12月1日) the next such day is offered too, for when the time of
    day has already gone ("周一 9:00" said on a Monday at 10:00 is next Monday), and 周末
    offers its Sunday after its Saturday.
    """
    tokens = lex(widen(scan[pos:]))
    if not tokens or tokens[0].start != 0 or not isinstance(tokens[0].value, DateSpec):
        _refuse_bad_date(scan, pos)
        return None
    spec, end = tokens[0].value, pos + tokens[0].end
    if spec.form in ("week", "span", "wds"):
        return None  # 下周, 明后两天: not one day
    if spec.form == "md" and _RANGE.match(scan, end):
        # "4月1日至9月30日": seasons are whole months; a one-off on 4月1日 would be a surprise.
        raise ScheduleError("bad_season", reason="days")
    found = resolve_date(spec, today)
    if found is None:
        _refuse_missing_day(spec, today)
    first, last = found

    def dates() -> Iterator[date]:
        yield first
        if last != first:  # 周末 said on Saturday after its time: Sunday is still the weekend
            yield last
        elif _open(spec):
            later = resolve_date(spec, today, anchor=first + timedelta(days=1))
            if later is not None:
                yield later[0]

    return _once(end, dates, _PART_HINTS.get(spec.part or ""))


def _open(spec: DateSpec) -> bool:
    """Words that name the next of several days (周三, 3号, 12月1日), not one fixed day."""
    if spec.form == "wd":
        return spec.week is None
    if spec.form == "md":
        return spec.year_rel is None
    return spec.form == "d" and spec.month_rel is None and spec.year_rel is None


def _refuse_missing_day(spec: DateSpec, today: date) -> NoReturn:
    """2月30日, 2026-02-29, 下月31号 when next month has 30 days: a clear error, not silence."""
    year = spec.year
    if year is None and spec.year_rel is not None:
        year = today.year + spec.year_rel
    month = spec.month
    if month is None and spec.day is not None:  # 下个月31号: the month the words fixed
        year, month0 = divmod(
            (year or today.year) * 12 + today.month - 1 + (spec.month_rel or 0), 12
        )
        month = month0 + 1
    if month is not None and spec.day is not None:
        check_month_day(month, spec.day, year)
    raise ScheduleError("bad_date", day=spec.day)


def _refuse_bad_date(scan: str, pos: int) -> None:
    """Raise ``bad_date`` for a date-shaped start the engine could not read; else None."""
    match = _DATE_SHAPE.match(scan, pos)
    if match is None:
        return
    if match["d"] is not None:
        day = number(match["d"])
        if not 1 <= day <= 31:
            raise ScheduleError("bad_date", reason="month_day", day=day)
        return
    year = int(match["y"]) if match["y"] else None
    check_month_day(number(match["ym"] or match["m"]), number(match["yd"] or match["md"]), year)


def _weekday_series(scan: str, pos: int, today: date) -> Rule | None:
    """ "周一至周五", "周一、三、五" without 每 are weekly; one weekday is the engine's one-off.

    Reading the list first also keeps the clear errors: "周八" (no such day), "下周 开会" (which
    day?), "下周一、三" (one reminder, one day).
    """
    which = _WEEK_DAY.match(scan, pos)
    assert which is not None  # the pattern is optional, so it always matches
    if which["which"] is None and not _PREFIX.match(scan, pos):
        return None
    after = _PREFIX.match(scan, which.end())
    if scan.startswith("末", after.end() if after else which.end()):
        return None  # 周末, 这周末: the engine's Saturday
    days, end = _weekday_list(scan, which.end())
    if len(days) == 1:
        return None
    if which["which"] is None:
        return Rule("weekly", end, weekdays=days)
    raise ScheduleError("unknown", reason="weekday_list")


# Order matters: longer, more specific forms first ("每年12月1日" before "12月1日").
_READERS = (
    _daily,
    _workdays,
    _weekly,
    _monthly,
    _yearly,
    _weekday_series,
    _one_off,
)


# --- helpers ------------------------------------------------------------------------------


def _weekday_list(scan: str, pos: int) -> tuple[tuple[int, ...], int]:
    """Weekday lists after 每周/周: "一、三、五", "一三五", "一至五", "周一到周五", "1,3,5"."""
    days: list[int] = []
    day, pos = _one_weekday(scan, pos)
    while True:
        ranged = _RANGE.match(scan, pos)
        if ranged:
            last, pos = _one_weekday(scan, ranged.end())
            days.extend(_cyclic_span(day, last, 0, 6))
        else:
            days.append(day)
        nxt = _next_weekday(scan, pos)
        if nxt is None:
            return tuple(sorted(set(days))), pos
        day, pos = nxt


def _next_weekday(scan: str, pos: int) -> tuple[int, int] | None:
    """The next item of a list, or None where the list (and the rule) ends."""
    if scan[pos : pos + 1] in WEEKDAY_CHARS:  # "一三五": adjacent characters
        return WEEKDAY_CHARS[scan[pos]], pos + 1
    sep = _LIST.match(scan, pos)
    if sep is None:
        return None
    after = sep.end()
    char = scan[after : after + 1]
    # "、" always continues a list ("每周六、日"); after a comma only an unmistakable day does,
    # so "每周一，日常巡查" keeps its text. A numeral is read so that "每周一、八" is an error.
    looks_like_day = (
        _PREFIX.match(scan, after)
        or char in _NUMERAL_CHARS
        or (char in WEEKDAY_CHARS and sep[0] != ",")
    )
    return _one_weekday(scan, after) if looks_like_day else None


def _one_weekday(scan: str, pos: int) -> tuple[int, int]:
    prefix = _PREFIX.match(scan, pos)
    if prefix:
        pos = prefix.end()
    char = scan[pos : pos + 1]
    if char in WEEKDAY_CHARS:
        return WEEKDAY_CHARS[char], pos + 1
    token = re.match(r"\d+|[零〇一二两三四五六七八九十]+", scan[pos:])
    if token and token[0] in _WEEKDAY_DIGITS:
        return _WEEKDAY_DIGITS[token[0]], pos + 1
    if token:
        raise ScheduleError("bad_weekday", token=token[0])
    raise ScheduleError("bad_weekday", reason="missing")


def _cyclic_span(first: int, last: int, low: int, high: int) -> tuple[int, ...]:
    """first..last inclusive, wrapping past ``high`` back to ``low`` (周五至周一, 11月至3月)."""
    if first <= last:
        return tuple(range(first, last + 1))
    return tuple(range(first, high + 1)) + tuple(range(low, last + 1))
