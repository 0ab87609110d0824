"""Who is out over more than a day: ``/whosout 本周|下周|12月|工程股`` and ``/calendar``.

:func:`read_span` is the one place that reads these words; the single-day path of /whosout
(明天, 周三, 12月3日) stays with the Chinese date reader, and returns to it when this
function says "not mine" (``None``). Pure: departments and "today" come in as values.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from bot.domain.attendance import AbsenceItem
from bot.domain.attendance_sheet import DayMark, day_mark
from bot.domain.office import OfficeHours
from bot.domain.rectification_parsing.text import cn_to_int

THIS_WEEK = frozenset({"本周", "这周", "本星期", "这星期", "这个星期", "本礼拜", "这礼拜"})
NEXT_WEEK = frozenset({"下周", "下星期", "下个星期", "下礼拜"})
THIS_MONTH = frozenset({"本月", "这个月", "这月"})
NEXT_MONTH = frozenset({"下月", "下个月"})
_MONTH = re.compile(r"^(?:(\d{4})\s*年\s*)?(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份)?$")
# Words that name a unit: an unknown one is answered as a department, not as a date.
_UNIT = re.compile(r"(股|科|室|办公室|中心|队|站|所|部|组|处)$")


class SpanError(ValueError):
    """A word that reads as a span or a department but names none."""

    def __init__(self, code: str, value: str) -> None:
        super().__init__(code)
        self.code = code  # "month" | "department"
        self.value = value


@dataclass(frozen=True)
class Span:
    kind: str  # "week" | "next_week" | "month"
    first: date
    last: date
    department: str | None = None

    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]


def week_of(today: date, weeks_ahead: int = 0) -> tuple[date, date]:
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=weeks_ahead)
    return monday, monday + timedelta(days=6)


def _month(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def read_span(argument: str, today: date, departments: Collection[str]) -> Span | None:
    """本周, 下周, 12月, 2027年1月, 本月, a department, or a department and one of those.

    ``None`` when the words are something else (a single day: the caller's date reader);
    :class:`SpanError` for 13月 or an unknown 某某股.
    """
    words = argument.split()
    if not words or len(words) > 2:
        return None
    department = None
    span: Span | None = None
    for word in words:
        if word in departments:
            department = word
            continue
        found = _span_word(word, today)
        if found is None:
            if _UNIT.search(word) and len(word) <= 12:
                raise SpanError("department", word)
            return None
        span = found
    if span is None:
        first, last = week_of(today)
        span = Span("week", first, last)
    return Span(span.kind, span.first, span.last, department)


def _span_word(word: str, today: date) -> Span | None:
    if word in THIS_WEEK:
        return Span("week", *week_of(today))
    if word in NEXT_WEEK:
        return Span("next_week", *week_of(today, 1))
    if word in THIS_MONTH:
        return Span("month", *_month(today.year, today.month))
    if word in NEXT_MONTH:
        return Span("month", *_month(today.year + (today.month == 12), today.month % 12 + 1))
    match = _MONTH.match(word)
    if match is None:
        return None
    month = cn_to_int(match.group(2))
    if month is None or not 1 <= month <= 12:
        raise SpanError("month", word)
    if match.group(1):
        year = int(match.group(1))
        if not 2000 <= year <= 2100:
            raise SpanError("month", word)
    else:  # a month already over means next year's: people ask about what is coming
        year = today.year if month >= today.month else today.year + 1
    return Span("month", *_month(year, month))


@dataclass(frozen=True)
class Slice:
    """One absence on one working day, cut to that day's office hours."""

    member_id: int
    kind: str
    start: datetime
    end: datetime
    reason: str | None


def by_day(
    absences: Iterable[AbsenceItem],
    days: Iterable[date],
    is_workday: Callable[[date], bool],
    office: OfficeHours,
    tz: tzinfo,
) -> dict[date, list[Slice]]:
    """Working days → who is out that day, in the order the absences came."""
    items = list(absences)
    out: dict[date, list[Slice]] = {}
    for day in days:
        if not is_workday(day):
            continue
        opens = datetime.combine(day, office.day_start, tzinfo=tz)
        closes = datetime.combine(day, office.day_end, tzinfo=tz)
        out[day] = [
            Slice(a.member_id, a.kind, max(a.start, opens), min(a.end, closes), a.reason)
            for a in items
            if a.start < closes and a.end > opens
        ]
    return out


def grid(
    people: Iterable[int],
    absences: Iterable[AbsenceItem],
    days: Iterable[date],
    is_workday: Callable[[date], bool],
    office: OfficeHours,
    tz: tzinfo,
) -> dict[tuple[int, date], DayMark]:
    """The calendar's cells: (member, working day) → the 考勤表 mark of that day."""
    items = list(absences)
    out = {}
    for member_id in people:
        mine = [a for a in items if a.member_id == member_id]
        for day in days:
            if is_workday(day):
                out[(member_id, day)] = day_mark(day, mine, office, tz)
    return out
