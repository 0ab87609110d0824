"""The calendar part of a reminder ("每周一", "工作日", "12月1日", "明天"…), without the time.

Each reader looks at the text at one position and returns a ``Rule`` or None. A one-off rule
carries the dates it may mean, in order ("12月1日" is this year's unless past, then next
year's), and the caller picks the first that is still ahead once the time of day is known.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.domain.chinese_dates.dates import DateSpec, resolve_date
from bot.domain.chinese_dates.days import widen
from bot.domain.chinese_dates.lexer import lex

from .errors import ScheduleError
from .timeofday import NUM, number

_MAX_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # leap year: any year may do
_WEEKDAY_CHARS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEKDAY_DIGITS = {str(n): n - 1 for n in range(1, 8)}
_NUMERAL_CHARS = "0123456789零〇一二两三四五六七八九十"

_DAILY = re.compile(r"每一?[天日]")
_WORKDAYS = re.compile(r"(?:每个?)?工作日")
_WEEKLY = re.compile(r"每个?(?:周|星期|礼拜)")
_MONTHLY = re.compile(rf"每个?月(?:的)?\s*(?:(?P<d>{NUM})\s*[日号])?")
_YEARLY = re.compile(rf"每年\s*(?P<m>{NUM})\s*月\s*(?P<d>{NUM})\s*[日号]")
_ISO_DATE = re.compile(r"(?P<y>\d{4})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})(?!\d)")
_FULL_DATE = re.compile(
    rf"(?P<y>\d{{4}}|[零〇一二三四五六七八九]{{4}})\s*年\s*(?P<m>{NUM})\s*月\s*(?P<d>{NUM})\s*[日号]?"
)
_MONTH_DATE = re.compile(rf"(?P<m>{NUM})\s*月\s*(?P<d>{NUM})\s*[日号]")
_RELATIVE = re.compile(r"大后天|后天|明天|明日|今天|今日|明早|明晚|今早|今晚")
_RELATIVE_DAYS = {"今": 0, "明": 1, "后": 2, "大": 3}
# "下周一": the week word swallows the 周, so the weekday list follows directly.
_WEEK_DAY = re.compile(r"(?P<which>本周|这周|这个?星期|本星期|下下周|下周|下个?星期|下个?礼拜)?")
_DAY_OF_MONTH = re.compile(rf"(?P<d>{NUM})\s*[号日]")
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
    if year is not None and _valid(year, month, day) is None:
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


def _engine_day(scan: str, pos: int, today: date) -> Rule | None:
    """Any other day the date engine reads forward (12.3, 月底, 这周末), so /remind takes
    the same day words as every command; tried after the reminder's own shapes."""
    head = widen(scan[pos : pos + 24])
    tokens = lex(head)
    if not tokens or tokens[0].start != 0 or not isinstance(tokens[0].value, DateSpec):
        return None
    spec = tokens[0].value
    if spec.form in ("week", "span") or spec.part is not None:
        return None
    days = resolve_date(spec, today)
    if days is None:
        return None
    return _once(pos + tokens[0].end, lambda: iter((days[0],)))


def _once(end: int, dates: Callable[[], Iterator[date]], hint: str | None = None) -> Rule:
    return Rule("once", end, dates=dates, period_hint=hint)


def _dated(scan: str, pos: int, today: date) -> Rule | None:
    """A date with its year ("2026-12-01", "2026年12月1日"): fixed, so possibly past."""
    match = _ISO_DATE.match(scan, pos) or _FULL_DATE.match(scan, pos)
    if match is None:
        return None
    year, month, day = number(match["y"]), number(match["m"]), number(match["d"])
    check_month_day(month, day, year)
    return _once(match.end(), lambda: iter((date(year, month, day),)))


def _month_date(scan: str, pos: int, today: date) -> Rule | None:
    """A date without a year ("12月1日"): this year's, next year's once past (2月29日: leap)."""
    match = _MONTH_DATE.match(scan, pos)
    if match is None:
        return None
    month, day = number(match["m"]), number(match["d"])
    check_month_day(month, day)
    if _RANGE.match(scan, match.end()):
        # "4月1日至9月30日": seasons are whole months; a one-off on 4月1日 would be a surprise.
        raise ScheduleError("bad_season", reason="days")

    def dates() -> Iterator[date]:
        for year in range(today.year, today.year + 9):
            found = _valid(year, month, day)
            if found:
                yield found

    return _once(match.end(), dates)


def _relative(scan: str, pos: int, today: date) -> Rule | None:
    """Relative days: "今天", "明天", "后天", and "明早"/"今晚" whose 早/晚 sets the period."""
    match = _RELATIVE.match(scan, pos)
    if match is None:
        return None
    word = match[0]
    day = today + timedelta(days=_RELATIVE_DAYS[word[0]])
    hint = word[1] if word[1] in "早晚" else None
    return _once(match.end(), lambda: iter((day,)), hint)


def _week_day(scan: str, pos: int, today: date) -> Rule | None:
    """A weekday: "周三" (on or after today), "本周五", "下周一"; "周一至周五" is weekly."""
    which = _WEEK_DAY.match(scan, pos)
    assert which is not None  # the pattern is optional, so it always matches
    if which["which"] is None and not _PREFIX.match(scan, pos):
        return None
    days, end = _weekday_list(scan, which.end())
    if which["which"] is None and len(days) > 1:
        return Rule("weekly", end, weekdays=days)
    if len(days) > 1:
        raise ScheduleError("unknown", reason="weekday_list")
    monday = today - timedelta(days=today.weekday())
    if which["which"] is None:
        first = today + timedelta(days=(days[0] - today.weekday()) % 7)
        return _once(end, lambda: iter((first, first + timedelta(days=7))))
    weeks = {"下": 1, "下下": 2}.get(which["which"].rstrip("周个星期礼拜"), 0)
    day = monday + timedelta(days=7 * weeks + days[0])
    return _once(end, lambda: iter((day,)))


def _day_of_month(scan: str, pos: int, today: date) -> Rule | None:
    """A bare day ("3号"): this month's 3rd unless past, then the next month having it."""
    match = _DAY_OF_MONTH.match(scan, pos)
    if match is None:
        return None
    day = number(match["d"])
    if not 1 <= day <= 31:
        raise ScheduleError("bad_date", reason="month_day", day=day)

    def dates() -> Iterator[date]:
        for k in range(13):
            year, month0 = divmod(today.month - 1 + k, 12)
            found = _valid(today.year + year, month0 + 1, day)
            if found:
                yield found

    return _once(match.end(), dates)


# Order matters: longer, more specific forms first ("每年12月1日" before "12月1日").
_READERS = (
    _daily,
    _workdays,
    _weekly,
    _monthly,
    _yearly,
    _dated,
    _month_date,
    _relative,
    _week_day,
    _day_of_month,
    _engine_day,
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
    if scan[pos : pos + 1] in _WEEKDAY_CHARS:  # "一三五": adjacent characters
        return _WEEKDAY_CHARS[scan[pos]], pos + 1
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
        or (char in _WEEKDAY_CHARS and sep[0] != ",")
    )
    return _one_weekday(scan, after) if looks_like_day else None


def _one_weekday(scan: str, pos: int) -> tuple[int, int]:
    prefix = _PREFIX.match(scan, pos)
    if prefix:
        pos = prefix.end()
    char = scan[pos : pos + 1]
    if char in _WEEKDAY_CHARS:
        return _WEEKDAY_CHARS[char], pos + 1
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


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
