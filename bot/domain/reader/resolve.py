"""Turning points and ranges into instants, under the office's hours and today's date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from weakref import WeakKeyDictionary

from bot.domain.chinese_dates.dates import AM, NOON, PM, at, clock_time, part_times, resolve_date
from bot.domain.office import OfficeHours
from bot.domain.reader.expressions import Point, Range
from bot.domain.workcalendar import WorkCalendar

# chinese-calendar validates every date against its tables (~20 µs a call); a reader asks
# about the same few dates again and again, so answers are kept per calendar object.
_WORKDAYS: WeakKeyDictionary[WorkCalendar, dict[date, bool]] = WeakKeyDictionary()


def is_workday(calendar: WorkCalendar, day: date) -> bool:
    known = _WORKDAYS.get(calendar)
    if known is None:
        known = _WORKDAYS[calendar] = {}
    answer = known.get(day)
    if answer is None:
        answer = known[day] = calendar.is_workday(day)
    return answer


@dataclass(frozen=True, slots=True)
class Context:
    """What reading needs besides the text: the clock, office hours and the work calendar."""

    now: datetime
    office: OfficeHours
    calendar: WorkCalendar
    text: str = ""  # the normalised message, for the gaps between expressions

    @property
    def today(self) -> date:
        return self.now.date()

    @property
    def tz(self) -> tzinfo | None:
        return self.now.tzinfo

    @property
    def minute(self) -> datetime:
        """Now, to the minute: records and replies never show seconds."""
        return self.now.replace(second=0, microsecond=0)

    def is_workday(self, day: date) -> bool:
        return is_workday(self.calendar, day)

    def next_workday(self, day: date, include_today: bool = True) -> date:
        """The first working day on or after ``day`` (after it, if not ``include_today``)."""
        if not include_today:
            day += timedelta(days=1)
        for _ in range(60):  # no run of holidays is this long
            if self.is_workday(day):
                return day
            day += timedelta(days=1)
        return day

    def day_start(self, day: date) -> datetime:
        return at(day, self.office.day_start, self.tz)

    def day_end(self, day: date) -> datetime:
        return at(day, self.office.day_end, self.tz)


@dataclass(frozen=True, slots=True)
class Interval:
    """A resolved point: ``grain`` is day, part or clock; ``part`` the half used for clocks."""

    start: datetime
    end: datetime
    grain: str
    first_day: date
    last_day: date
    part: str | None


def _working_bounds(first: date, last: date, ctx: Context) -> tuple[date, date]:
    """下周 means its working days: first and last working day of the stretch."""
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    working = [day for day in days if ctx.is_workday(day)]
    return (working[0], working[-1]) if working else (first, last)


# Resolved points by everything the answer depends on. A reading resolves its first point
# two to four times (the day it names, the period, each clause), and a day's messages name
# the same few points (明天, 下午, 周五); the answers are immutable. The time zone is keyed by
# identity: zones equal by offset may differ in name, which the instants would carry.
_RESOLVED: dict[tuple[object, ...], Interval | None] = {}
_RESOLVED_MAX = 4096


def resolve_point(
    point: Point,
    ctx: Context,
    default_day: date | None = None,
    anchor: date | None = None,
    inherit_part: str | None = None,
) -> Interval | None:
    """The instants a point names; a date without times is the whole working day."""
    now = ctx.now  # ctx.today and ctx.tz, without their properties' calls
    key = (
        point.date,
        point.part,
        point.clock,
        default_day if point.date is None else None,  # a dated point ignores it
        anchor,
        inherit_part,
        now.date(),
        id(now.tzinfo),
        ctx.office,
        ctx.calendar,
    )
    try:
        return _RESOLVED[key]
    except KeyError:
        pass
    found = _resolve_point(point, ctx, default_day, anchor, inherit_part)
    if len(_RESOLVED) >= _RESOLVED_MAX:
        _RESOLVED.clear()
    _RESOLVED[key] = found
    return found


def _resolve_point(
    point: Point,
    ctx: Context,
    default_day: date | None,
    anchor: date | None,
    inherit_part: str | None,
) -> Interval | None:
    if point.date is not None:
        days = resolve_date(point.date, ctx.today, anchor)
        if days is None:
            return None
        if point.date.form == "week":
            days = _working_bounds(days[0], days[1], ctx)
    else:
        day = default_day or ctx.today
        days = (day, day)
    first, last = days
    if point.clock is not None:
        part = point.clock.part or point.part or inherit_part
        moment = clock_time(point.clock, part)
        instant = at(first, moment, ctx.tz)
        used = part or (PM if moment.hour >= 12 else AM)
        return Interval(instant, instant, "clock", first, first, used)
    if point.part is not None:
        begin, finish = part_times(point.part, ctx.office)
        return Interval(
            at(first, begin, ctx.tz), at(last, finish, ctx.tz), "part", first, last, point.part
        )
    return Interval(ctx.day_start(first), ctx.day_end(last), "day", first, last, None)


def resolve_range(span: Range, ctx: Context, default_day: date | None = None) -> Interval | None:
    """From the start of ``first`` to the end of ``last``; ``last`` is read against ``first``."""
    head = resolve_point(span.first, ctx, default_day)
    if head is None:
        return None
    head = _under_way(span, head, ctx)
    last = span.last
    tail = resolve_point(
        last,
        ctx,
        default_day=head.last_day,
        anchor=head.first_day if last.date is not None else None,
        inherit_part=head.part if head.grain != "day" else None,
    )
    if tail is None:
        return None
    end = tail.end
    if last.part == NOON and last.clock is None:
        end = tail.start  # 从今天下午到明天中午: until noon, 12:00 (中午 = 12:00)
    explicit_part = last.part or (last.clock.part if last.clock else None)
    if end < head.start and tail.grain == "clock" and explicit_part is None and end.hour < 12:
        end += timedelta(hours=12)  # 上午9点到1点 ends at 13:00
    return Interval(head.start, end, _grain(head, tail), head.first_day, tail.last_day, head.part)


def _under_way(span: Range, head: Interval, ctx: Context) -> Interval:
    """12月8日到12月11日 said on the 9th: a range already begun and not yet over is this one,
    not next year's (a past day alone still rolls on, DESIGN)."""
    spec = span.first.date
    if (
        spec is None
        or spec.form not in ("md", "d")
        or spec.year is not None
        or spec.year_rel is not None
        or spec.month_rel is not None
        or head.first_day <= ctx.today
    ):
        return head
    since = date(ctx.today.year, 1, 1) if spec.form == "md" else ctx.today.replace(day=1)
    begun = resolve_point(span.first, ctx, anchor=since)
    if begun is None or begun.first_day >= ctx.today:
        return head
    last = span.last
    tail = resolve_point(
        last, ctx, default_day=begun.last_day, anchor=begun.first_day if last.date else None
    )
    if tail is None or tail.last_day < ctx.today or tail.last_day >= head.first_day:
        return head
    return begun


def _grain(head: Interval, tail: Interval) -> str:
    if "clock" in (head.grain, tail.grain):
        return "clock"
    return "part" if "part" in (head.grain, tail.grain) else "day"
