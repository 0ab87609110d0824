"""Start and end of the absence a report means.

The office conventions live here: N days of leave are N working days counted in half-days
from the first half that applies; 半天 with no half named is the half not yet started; a
return time alone or a duration alone starts now; a date without times is a whole working
day; 外出 and the other duty kinds may start now, leave starts on half-day boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from bot.domain.bounds import check_count
from bot.domain.chinese_dates.dates import AM, NOON, PM, Duration, at, part_times
from bot.domain.pattern_gate import compile_gated, compile_lazy
from bot.domain.reader import lexicon as lx
from bot.domain.reader.expressions import Expr, Point, Range, Skeleton, Span
from bot.domain.reader.intent import DUTY, Intent, clause_around, kept_by
from bot.domain.reader.resolve import Context, Interval, resolve_point, resolve_range


@dataclass(frozen=True, slots=True)
class Period:
    """``start``/``end`` of the (first) period; ``periods`` all of them when a message
    names several apart (周二、周四上午请假), else empty."""

    start: datetime | None
    end: datetime | None
    periods: tuple[tuple[datetime, datetime], ...] = ()


# Counted in calendar days, not working days (DESIGN): statutory leave and being away.
CALENDAR_KINDS = frozenset({"婚假", "产假", "陪产假", "探亲假", *DUTY})
_OPEN_END = compile_lazy(r"不定|说不准|说不好|不确定|不好说|不知道几点|不晓得几点|待定")
_LIST_GAP = compile_gated(r"[\s、,和与及跟]*")
_ITEM_GAP = compile_gated(r"\s*[、和与及]\s*")


NO_PERIOD = Period(None, None)


# --- half-day slots ------------------------------------------------------------------------


def _slot_start(ctx: Context, day: date, half: int) -> datetime:
    return at(day, ctx.office.day_start if half == 0 else ctx.office.pm_start, ctx.tz)


def _slot_end(ctx: Context, day: date, half: int) -> datetime:
    return at(day, ctx.office.am_end if half == 0 else ctx.office.day_end, ctx.tz)


def _working_slot(ctx: Context, day: date, half: int) -> tuple[date, int]:
    """The slot itself if on a working day, else the next working morning."""
    if ctx.is_workday(day):
        return day, half
    return ctx.next_workday(day), 0


def _unstarted_slot(ctx: Context, day: date) -> tuple[date, int]:
    """半天 without a half named: the half of ``day`` not yet started (DESIGN)."""
    if day != ctx.today:
        return _working_slot(ctx, day, 0)
    moment = ctx.now.time()
    if ctx.is_workday(day) and moment < ctx.office.day_start:
        return day, 0
    if ctx.is_workday(day) and moment < ctx.office.pm_start:
        return day, 1
    return ctx.next_workday(day, include_today=False), 0


def _current_slot(ctx: Context) -> tuple[tuple[date, int], datetime]:
    """The slot a leave starting now begins in, and the start itself."""
    today, moment = ctx.today, ctx.now.time()
    office = ctx.office
    if not ctx.is_workday(today) or moment >= office.day_end:
        day = ctx.next_workday(today, include_today=False)
        return (day, 0), ctx.day_start(day)
    if moment < office.day_start:
        return (today, 0), ctx.day_start(today)
    return (today, 0 if moment < office.am_end else 1), ctx.minute


def _whole_days_from_now(ctx: Context) -> tuple[date, int]:
    """N days with no start said: today if said before noon on a working day, else the next
    working day (DESIGN), from the morning either way."""
    today = ctx.today
    if ctx.is_workday(today) and ctx.now.time() < ctx.office.am_end:
        return today, 0
    return ctx.next_workday(today, include_today=False), 0


def _end_after_halves(ctx: Context, slot: tuple[date, int], halves: int) -> datetime:
    """The end of the ``halves``-th half-day from ``slot``, counted arithmetically: after the
    slot's own day, every further pair of halves is one working day."""
    check_count(halves / 2)
    day, half = slot
    steps = max(halves, 1) - 1
    if steps and half == 0:
        half, steps = 1, steps - 1
    if not steps:
        return _slot_end(ctx, day, half)
    later = ctx.calendar.nth_workday(day + timedelta(days=1), (steps + 1) // 2)
    return _slot_end(ctx, later, 0 if steps % 2 else 1)


def _by_calendar_days(ctx: Context, head: Interval | None, length: Duration) -> Period:
    """婚假 共13天 from a Monday ends 12 calendar days later (DESIGN)."""
    days = max(1, round(length.weeks * 7 + length.days + 0.49))
    if head is None:
        slot, start = _current_slot(ctx)
        first = slot[0]
    else:
        first, start = head.first_day, head.start
    return Period(start, ctx.day_end(first + timedelta(days=days - 1)))


def _by_days(ctx: Context, head: Interval | None, length: Duration, kind: str | None) -> Period:
    """N working days (half-day precision) from the point named, or from now."""
    if kind in CALENDAR_KINDS and length.working_days >= 1:
        return _by_calendar_days(ctx, head, length)
    halves = max(1, round(length.working_days * 2))
    if head is None:
        if halves == 1:
            slot = _unstarted_slot(ctx, ctx.today)
            return Period(_slot_start(ctx, *slot), _slot_end(ctx, *slot))
        slot = _whole_days_from_now(ctx)
        return Period(_slot_start(ctx, *slot), _end_after_halves(ctx, slot, halves))
    if head.grain == "clock":
        half = 0 if head.start.time() < ctx.office.am_end else 1
        return Period(head.start, _end_after_halves(ctx, (head.first_day, half), halves))
    if head.grain == "part":
        half = 1 if head.part == PM else 0
        slot = _working_slot(ctx, head.first_day, half)
    elif halves == 1:
        slot = _unstarted_slot(ctx, head.first_day)
    else:
        slot = _working_slot(ctx, head.first_day, 0)
    return Period(_slot_start(ctx, *slot), _end_after_halves(ctx, slot, halves))


# --- composing -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Pieces:
    ranges: list[Range]
    points: list[Point]
    spans: list[Span]


def _split(exprs: list[Expr], skip: Expr | None) -> _Pieces:
    pieces = _Pieces([], [], [])
    for expr in exprs:
        if expr is skip:
            continue
        if isinstance(expr, Range):
            pieces.ranges.append(expr)
        elif isinstance(expr, Point):
            pieces.points.append(expr)
        elif expr.duration.mod is None:
            pieces.spans.append(expr)
    return pieces


def first_day(exprs: list[Expr], ctx: Context) -> date | None:
    """The first date a message names; later bare times (5点回) fall on it."""
    for expr in exprs:
        if isinstance(expr, Point) and expr.date is not None:
            found = resolve_point(expr, ctx)
            return found.first_day if found else None
        if isinstance(expr, Range) and (expr.first.date is not None):
            found = resolve_range(expr, ctx)
            return found.first_day if found else None
    return None


def _clock_end(point: Point, head: Interval, ctx: Context, duty: bool) -> datetime | None:
    """From 10点 to the end of its half (if named) or of the day: an outing that says when
    it leaves but not when it is back ends 17:30 (DESIGN); "回来时间不定" leaves it open."""
    if duty and ctx.text and _OPEN_END.search(ctx.text):
        return None
    named = point.clock.part if point.clock else None
    if named is None and not (point.date is not None and point.date.part == point.part):
        named = point.part  # 上午十点 narrows to the morning; 明早七点的车 does not
    if named == AM and head.start < ctx.day_start(head.first_day):
        named = None  # 早上六点半出发: setting out before the day begins says nothing of the end
    if named in (AM, PM):
        return at(head.first_day, part_times(named, ctx.office)[1], ctx.tz)
    return ctx.day_end(head.first_day)


def _narrowed(found: Interval, begin: time, finish: time, part: str, ctx: Context) -> Interval:
    day = found.first_day
    return Interval(at(day, begin, ctx.tz), at(day, finish, ctx.tz), "part", day, day, part)


def _listed(points: list[tuple[Point, Interval]], ctx: Context) -> Period | None:
    """周二、周四上午请假: several days named as a list are periods of their own; days that
    follow each other (周三周四两天出差) make one period."""
    if len(points) < 2 or not ctx.text:
        return None
    if points[0][0].date is None:
        return None  # 拉了一晚上，今天请假: the night is not a period
    for (before, _), (after, _) in pairwise(points):
        if after.date is None or not _LIST_GAP.fullmatch(ctx.text, before.end, after.start):
            return None
    shared = points[-1][1]
    if shared.grain == "part" and shared.part is not None:  # 周二、周四上午: both mornings
        begin, finish = part_times(shared.part, ctx.office)
        points = [
            (
                point,
                _narrowed(found, begin, finish, shared.part, ctx)
                if found.grain == "day"
                else found,
            )
            for point, found in points
        ]
    merged: list[tuple[Interval, Interval]] = []
    for _, found in sorted(points, key=lambda p: p[1].start):
        if merged:
            head, tail = merged[-1]
            whole = tail.grain == found.grain == "day"
            # 周三周四 is one run; 本周五、下周一 are two days apart, a weekend between
            if whole and found.first_day == tail.last_day + timedelta(days=1):
                merged[-1] = (head, found)
                continue
        merged.append((found, found))
    periods = tuple((head.start, tail.end) for head, tail in merged)
    if len(periods) == 1:
        return Period(*periods[0])
    return Period(periods[0][0], periods[0][1], periods)


def _from_points(
    pieces: _Pieces,
    ctx: Context,
    day: date | None,
    duty: bool,
    open_end: bool = False,
    kind: str | None = None,
    from_now: bool = True,
) -> Period:
    resolved: list[tuple[Point, Interval]] = []
    for point in pieces.points:
        found = resolve_point(point, ctx, default_day=day, anchor=_weekday_anchor(point, resolved))
        if found is None:
            continue
        if point.date is None and resolved and _narrows(resolved[-1][1], found):
            # 周五请一上午假, 上午…十点过去: narrower wins. A half keeps the day it narrows
            # as its word, so 周三周五两天下午 is still a list of days.
            said = resolved[-1][0] if found.grain == "part" else point
            resolved[-1] = (said, found)
        elif duty and point.date is None and resolved and _half_after_clock(resolved[-1][1], found):
            # 九点开始…参加述职会，上午: the clock starts a duty, the half after it ends it
            # (a leave keeps its half: 预约的十点 上午请假)
            resolved[-1] = (resolved[-1][0], replace(found, start=resolved[-1][1].start))
        else:
            resolved.append((point, found))
        if point.date is not None:
            day = found.last_day
    if not resolved:
        return NO_PERIOD
    ahead = [(p, f) for p, f in resolved if f.last_day >= ctx.today]
    if ahead and len(ahead) < len(resolved):
        resolved = ahead  # 外婆昨晚过世，今天起请三天: the past day is what happened
    point, head = resolved[0]
    listed = _listed(resolved, ctx)
    if listed is not None:
        return listed
    if pieces.spans:
        return _with_length(ctx, head, pieces.spans[0].duration, kind)
    if len(resolved) > 1:  # 周一到周三 written loosely: from the first to the last day named
        return Period(min(f.start for _, f in resolved), max(f.end for _, f in resolved))
    if head.grain == "clock":
        return Period(head.start, _clock_end(point, head, ctx, duty))
    if open_end and head.grain == "day":
        return Period(head.start, None)  # 从12月1日开始请产假: the end is not said
    return Period(_now_if_inside(head, ctx, duty and from_now), head.end)


def _listed_ranges(
    exprs: list[Expr], skip: Expr | None, ctx: Context, day: date | None
) -> Period | None:
    """上午九点到十点、下午三点到四点 / 周一至周二、周四: a list holding ranges is one period
    per item; an item without a day of its own falls on the day before it."""
    items = [e for e in exprs if e is not skip and isinstance(e, Range | Point)]
    if len(items) < 2 or not ctx.text:
        return None
    for before, after in pairwise(items):
        gap = ctx.text[before.end : after.start]
        if not _ITEM_GAP.fullmatch(gap):
            return None  # only a list set apart by 、 or 和 (周一到周三 下午 is one period)
    found: list[Interval] = []
    for item in items:
        if isinstance(item, Range):
            got = resolve_range(item, ctx, day)
        else:
            bare = item.date is not None and item.date.form == "wd" and item.date.week is None
            anchor = day if bare and found else None  # 下周一至周二、周四: that week's Thursday
            got = resolve_point(item, ctx, default_day=day, anchor=anchor)
        if got is None:
            return None
        found.append(got)
        day = got.last_day
    found.sort(key=lambda f: f.start)
    if any(b.start < a.end for a, b in pairwise(found)):
        return None  # overlapping items restate one period
    periods = tuple((f.start, f.end) for f in found)
    return Period(periods[0][0], periods[0][1], periods)


def _weekday_anchor(point: Point, before: list[tuple[Point, Interval]]) -> date | None:
    """周三周四: the Thursday after that Wednesday, even said on a Thursday."""
    if not before or point.date is None or point.date.form != "wd" or point.date.week is not None:
        return None
    last, found = before[-1]
    if last.date is None or last.date.form != "wd" or last.date.weekday >= point.date.weekday:
        return None
    return found.last_day


def _narrows(before: Interval, found: Interval) -> bool:
    """A half within a whole day, or a clock within a half, on the same day."""
    if _whole_day(before, found.first_day):
        return True
    same = before.first_day == found.first_day == before.last_day
    return (
        same
        and before.grain == "part"
        and found.grain == "clock"
        and before.start <= found.start <= before.end
    )


def _half_after_clock(before: Interval, found: Interval) -> bool:
    """A half named after a clock inside it, on the same day (九点开始…，上午)."""
    return (
        before.grain == "clock"
        and found.grain == "part"
        and before.first_day == found.first_day == found.last_day
        and found.start <= before.start < found.end
    )


def _whole_day(found: Interval, day: date) -> bool:
    return found.grain == "day" and found.first_day == found.last_day == day


def _now_if_inside(head: Interval, ctx: Context, duty: bool) -> datetime:
    """外出 this afternoon, said at 15:00, starts at 15:00; leave keeps its half-day start."""
    if duty and head.grain == "day" and head.start <= ctx.now < head.end:
        # 今天在…盯施工，下午回 said at 09:10: a return said makes the stay an outing of today,
        # away from the moment it is said (WRITING.md: only a return time given)
        staying = lx.STAYING.search(ctx.text) and _BACK_AT.search(ctx.text) is None
        return head.start if staying else ctx.minute
    return head.start


# 下午回, 下午5点回, 四点半回单位: the return's time said, in the message as written.
_BACK_AT = compile_gated(
    r"(?:[午点半时刻]|\d:\d\d)(?:左右|前后|之前|以前|前)?(?:就|能|再)?回(?!家|老家)"
)


def _with_length(
    ctx: Context, head: Interval | None, length: Duration, kind: str | None = None
) -> Period:
    """A duration from the point named (下午请假两小时), or from now when none is."""
    if length.in_days:
        return _by_days(ctx, head, length, kind)
    # Hours count from now once the named half has begun, for leave as well.
    start = ctx.minute if head is None or head.start <= ctx.now < head.end else head.start
    return Period(start, start + timedelta(seconds=length.seconds))


def compose(
    exprs: list[Expr],
    ctx: Context,
    kind: str | None,
    ret: re.Match[str] | None = None,
    skeleton: Skeleton | None = None,
    allow_now: bool = True,
    default_day: date | None = None,
) -> Period:
    """The period of a new report (or of the part of one a cancel or amend names)."""
    duty = kind in DUTY
    ret_expr = skeleton.exprs_at.get(ret.start("t")) if ret is not None and skeleton else None
    pieces = _split(exprs, ret_expr)
    # 六点半的高铁去广州，周六回: the return's day is not when the outing leaves
    named = [e for e in exprs if e is not ret_expr]
    day = default_day or first_day(named, ctx)
    if day is not None and day < ctx.today and allow_now and default_day is None:
        # 昨晚巡堤到半夜，今天上午调休，下午到岗: the night gone by is why, the day is today's
        day = (
            first_day([e for e in named if (first_day([e], ctx) or ctx.today) >= ctx.today], ctx)
            or day
        )
    several = _listed_ranges(exprs, ret_expr, ctx, day) if pieces.ranges else None
    if several is not None:
        return several
    if pieces.ranges:
        found = resolve_range(pieces.ranges[0], ctx, day)
        period = NO_PERIOD if found is None else Period(found.start, found.end)
    elif pieces.points:
        open_end = skeleton is not None and any(  # 凌晨开始拉肚子: the illness set in then
            lx.SYMPTOM_SET_IN.match(skeleton.text, m.start()) is None
            for m in lx.SINCE.finditer(skeleton.text)
        )
        period = _from_points(pieces, ctx, day, duty, open_end, kind, from_now=allow_now)
    elif pieces.spans and allow_now:
        period = _with_length(ctx, None, pieces.spans[0].duration, kind)
    else:
        period = NO_PERIOD
    counted = bool(pieces.spans) and pieces.spans[0].duration.in_days
    if ret_expr is not None and ret is not None and not (counted and period.end is not None):
        listed = period
        # 早上八点半我直接去…，下午回: a clock says when it sets out, not a morning away
        clocked = any(isinstance(p, Point) and p.clock is not None for p in pieces.points)
        period = _with_return(
            period, ret_expr, ret, ctx, day, allow_now, leave=not duty, clocked=clocked
        )
        if listed.periods and (period.start, period.end) == (listed.start, listed.end):
            period = listed  # 周三、周四上午去…，下午回局里: back as each morning ends
    elif period.start is None and allow_now and kind == "外出":
        period = Period(ctx.minute, None)
    elif period.start is None and allow_now and duty and ctx.text and lx.NOW_WORDS.search(ctx.text):
        period = Period(ctx.minute, period.end)  # 马上去区政府参加紧急会议: from now
    return _office_start(period, ctx) if duty and allow_now and not pieces.ranges else period


# 6点的飞机, 七点的高铁: a journey's departure, office time on any day (WRITING.md)
_TRAVEL_START = compile_lazy(r"的(?:车|火车|高铁|动车|飞机|航班|班车|大巴)")


def _office_start(period: Period, ctx: Context) -> Period:
    """明早6点半的火车 or 马上去 said at 08:10: away from office start (office time); a day
    off is no office time, except for a trip's early departure, which starts at its opening."""
    start = period.start
    if start is None or period.periods:
        return period
    opening = ctx.day_start(start.date())
    if start < opening and (ctx.is_workday(start.date()) or _TRAVEL_START.search(ctx.text)):
        return Period(opening, period.end)
    return period


def _part_return(found: Interval, ctx: Context, morning: bool) -> datetime:
    """中午回 12:00; 下午回 17:30, or 12:00 after a morning away (上午去县里，下午回单位);
    晚上回 17:30 that day (office time, DESIGN)."""
    day, office = found.first_day, ctx.office
    if found.part in (AM, NOON) or (found.part == PM and morning):
        return at(day, office.am_end, ctx.tz)
    return ctx.day_end(day)


def _return_end(
    expr: Expr,
    ret: re.Match[str] | None,
    ctx: Context,
    day: date | None,
    base: datetime | None,
    morning: bool = False,
    leave: bool = False,
) -> datetime | None:
    """When a "<time> 回" brings the person back."""
    if isinstance(expr, Span):
        return (base or ctx.minute) + timedelta(seconds=expr.duration.nominal_seconds)
    if isinstance(expr, Range):
        found = resolve_range(expr, ctx, day)
        return None if found is None else found.end
    weekday = expr.date is not None and expr.date.form == "wd" and expr.date.week is None
    anchor = base.date() if base is not None and weekday else None  # 下周三出差，周五回
    found = resolve_point(
        expr, ctx, default_day=day or (base.date() if base else None), anchor=anchor
    )
    if found is None:
        return None
    if ret is not None and ret.groupdict().get("verb") == "回不来" and found.grain == "day":
        return ctx.day_end(found.last_day)  # 今天回不来了: away to the end of that day
    resume = ret is not None and ret.groupdict().get("verb") in lx.RESUME_VERBS
    back = ret is not None and str(ret.groupdict().get("verb") or "").startswith(("回", "返"))
    resume = resume or (leave and back and found.grain == "day")  # 周一请年假，周二回来
    if found.grain == "part":
        return _part_return(found, ctx, resume or morning)
    if resume and found.grain == "day" and base is not None and found.first_day > base.date():
        # 明天正常上班: the absence ends with the working day before (its 17:30)
        before = found.first_day - timedelta(days=1)
        while before > base.date() and not ctx.is_workday(before):
            before -= timedelta(days=1)
        return ctx.day_end(before)
    end = found.start if resume or found.grain == "clock" else found.end
    if (
        base is not None
        and end < base
        and base.hour >= 12
        and found.grain == "clock"
        and end.hour < 12
    ):
        explicit = expr.part or (expr.clock.part if expr.clock else None)
        if explicit is None:
            end += timedelta(hours=12)  # 晚上7点出去，9点回
    return end


def _with_return(
    period: Period,
    expr: Expr,
    ret: re.Match[str],
    ctx: Context,
    day: date | None,
    allow_now: bool,
    leave: bool = False,
    clocked: bool = False,
) -> Period:
    start = period.start
    if start is None and allow_now:
        start = ctx.minute
        half = isinstance(expr, Point) and expr.clock is None and expr.part is not None
        if leave and half and ctx.now.time() < ctx.office.am_end:
            # 早上起来发烧，下午来上班 at 08:40: the morning's leave, from its start
            start = ctx.day_start(ctx.today)
    end = period.end
    # 上午去县里开会，下午回单位: back after a morning away; not after 早上七点出发
    morning = (
        end is not None
        and start is not None
        and end.time() <= ctx.office.am_end
        and start.time() == ctx.office.day_start
        and not clocked  # 上午八点半去…，下午回 sets out at a clock, as 上午十点 does
    )
    if (
        start is not None
        and end is not None
        and end.date() == start.date()
        and end.time() < ctx.office.am_end
        and isinstance(expr, Point)
        and (expr.date, expr.clock, expr.part) == (None, None, PM)
    ):
        return period  # 上午9点到11点半在…，下午回单位: the morning's end said by its clock
    return Period(start, _return_end(expr, ret, ctx, day, start, morning, leave))


# --- late arrival, leaving early, return -----------------------------------------------------


def _day_of(exprs: list[Expr], ctx: Context) -> date:
    return first_day(exprs, ctx) or ctx.today


def _own_day_of(exprs: list[Expr], skeleton: Skeleton, text: str, pos: int, ctx: Context) -> date:
    """The day of an early leave said at ``pos``: a day off named in another clause
    (三点半走，周末回老家) is when the reason happens, not the day left early."""
    start, end = clause_around(text, pos)
    where = {id(e): i for i, e in skeleton.exprs_at.items()}
    return _day_of(
        [e for e in exprs if start <= where.get(id(e), -1) < end or not _day_off(e, ctx)], ctx
    )


def _day_off(expr: Expr, ctx: Context) -> bool:
    day = first_day([expr], ctx)
    return day is not None and not ctx.is_workday(day)


def _late_day(exprs: list[Expr], skeleton: Skeleton, text: str, pos: int, ctx: Context) -> date:
    """昨晚照顾孩子一夜没睡，今天上午晚到: the day named in the lateness's own clause; a day in
    another clause (the night gone by) is why, not the day arrived late."""
    if pos >= 0:
        start, end = clause_around(text, pos)
        where = {id(e): i for i, e in skeleton.exprs_at.items()}
        own = first_day([e for e in exprs if start <= where.get(id(e), -1) < end], ctx)
        if own is not None:
            return own
    return _day_of(exprs, ctx)


def late_period(
    intent: Intent, skeleton: Skeleton, exprs: list[Expr], ctx: Context
) -> Period | None:
    """晚到半小时 = 08:30–09:00; 10点到岗 = 08:30–10:00."""
    text = intent.text
    day = _late_day(exprs, skeleton, text, intent.at, ctx)
    m = lx.LATE_DUR.search(text)
    if m is not None:
        span = skeleton.exprs_at.get(m.start("t") if m["t"] else m.start("t2"))
        if isinstance(span, Span):
            start = ctx.day_start(day)
            return Period(start, start + timedelta(seconds=span.duration.nominal_seconds))
    arrivals = list(lx.LATE_AT.finditer(text))
    for i, m in enumerate(arrivals):
        bare = m["verb"] in ("到", "来") and lx.LATE_WORD.search(text) is None
        if bare and not kept_by(text, m.start()) and lx.ONLY_ARRIVAL.fullmatch(text) is None:
            continue  # 上午看牙，十点半到 counts: arrival after the speaker's own reason
        if text.startswith("不了", m.end()) and i + 1 < len(arrivals):
            continue  # 九点前到不了，九点半到: the bound missed, then the arrival said
        point = skeleton.exprs_at.get(m.start("t"))
        if isinstance(point, Point) and point.clock is not None:
            found = resolve_point(point, ctx, default_day=day)
            if found is not None and found.start > ctx.day_start(found.first_day):
                if found.start.time() == ctx.office.pm_start and _morning_off(intent, exprs):
                    # 上午请个假…，下午两点半到岗: back at the afternoon's opening is 下午到岗,
                    # so the morning's leave ends with the morning
                    return Period(
                        ctx.day_start(found.first_day),
                        at(found.first_day, ctx.office.am_end, ctx.tz),
                    )
                return Period(ctx.day_start(found.first_day), found.start)
    m = lx.LATE_BARE.search(text)
    if m is not None:  # 晚到，在医院排队: from office start, the arrival not said
        start = ctx.day_start(day)
        if lx.LATE_DUR.search(text) is not None:
            return None
        for expr in exprs:  # 今天晚到，估计十点: the clock said elsewhere is the arrival
            if isinstance(expr, Point) and expr.clock is not None and expr.start > m.start():
                found = resolve_point(expr, ctx, default_day=start.date())
                if found is not None and found.start > start:
                    return Period(start, found.start)
        length = _late_length(exprs, m.start())
        return Period(start, None if length is None else start + length)
    return None


def _morning_off(intent: Intent, exprs: list[Expr]) -> bool:
    """A leave (not a lateness) said for the morning half (上午请个假)."""
    return (
        intent.kind not in ("晚到", None)
        and intent.kind not in DUTY
        and any(isinstance(e, Point) and e.part == AM and e.clock is None for e in exprs)
    )


def _late_length(exprs: list[Expr], after: int) -> timedelta | None:
    """晚到 堵车 十分钟左右: a length of hours or minutes said after a bare lateness, in a
    clause of its own, is how late; days (孩子病了三天) are why, not how late."""
    for expr in exprs:
        if isinstance(expr, Span) and expr.start > after:
            seconds = expr.duration.nominal_seconds
            if 0 < seconds <= _LATE_MOST:
                return timedelta(seconds=seconds)
    return None


_LATE_MOST = 3 * 3600


def early_period(
    intent: Intent, skeleton: Skeleton, exprs: list[Expr], ctx: Context
) -> Period | None:
    """早退一小时 = 16:30–17:30; 下午4点提前走 = 16:00–17:30."""
    text = intent.text
    m = lx.EARLY_DUR.search(text)
    if m is not None:
        span = skeleton.exprs_at.get(m.start(next(g for g in ("t", "t2", "t3") if m[g])))
        if isinstance(span, Span):
            end = ctx.day_end(_own_day_of(exprs, skeleton, text, m.start(), ctx))
            return Period(end - timedelta(seconds=span.duration.nominal_seconds), end)
    for m in lx.EARLY_AT.finditer(text):
        if m["verb"] == "离开" and lx.EARLY_WORD.search(text) is None:
            continue
        point = skeleton.exprs_at.get(m.start("t"))
        if isinstance(point, Point) and point.clock is not None:
            day = _own_day_of(exprs, skeleton, text, m.start(), ctx)
            found = resolve_point(point, ctx, default_day=day)
            if found is None:
                continue
            day = found.first_day
            if ctx.day_start(day) < found.start < ctx.day_end(day):
                return Period(found.start, ctx.day_end(day))  # 早上7点走 is setting out
    said = lx.EARLY_BARE.search(text) or lx.EARLY_FOR.search(text)  # 4点有个事要走
    if intent.kind == "早退" and said:
        for expr in exprs:  # 4点去接孩子，早走一会儿: from the clock said elsewhere
            if isinstance(expr, Point) and expr.clock is not None:
                found = resolve_point(expr, ctx, default_day=_day_of(exprs, ctx))
                day = found.first_day if found is not None else ctx.today
                if found is not None and ctx.day_start(day) < found.start < ctx.day_end(day):
                    return Period(found.start, ctx.day_end(day))
    if intent.kind == "早退" and lx.LEAVING_FIRST.search(text) and _no_clock_today(exprs, ctx):
        end = ctx.day_end(ctx.today)  # 我先走了 (no time said): from now to the day's end
        if ctx.day_start(ctx.today) < ctx.now < end:
            return Period(ctx.minute, end)
    return None


def _no_clock_today(exprs: list[Expr], ctx: Context) -> bool:
    """No clock or range said, and no day but today (还有四十分钟下班 is how long is left)."""
    if any(isinstance(e, Range) or (isinstance(e, Point) and e.clock) for e in exprs):
        return False
    return first_day(exprs, ctx) in (None, ctx.today)


def resumed_at(exprs: list[Expr], ctx: Context) -> datetime:
    """When work resumed: the time stated (10点就回来了), a clock before a half (下午的事办完了，
    三点回的单位), else now."""
    clocked = [e for e in exprs if isinstance(e, Point) and e.clock is not None]
    for expr in [*clocked, *(e for e in exprs if e not in clocked)]:
        point = expr.first if isinstance(expr, Range) else expr
        if not isinstance(point, Point):
            continue
        found = resolve_point(point, ctx)
        if found is None:
            continue
        if found.grain == "day" and found.first_day == ctx.today:
            return max(ctx.minute, found.start)  # 今天正常上班 said at 8:05: back at 8:30
        if found.grain == "part" and found.start <= ctx.now <= found.end:
            return ctx.minute  # 销假，下午的事办完了: back now
        if found.grain == "part" and found.end <= ctx.now and found.first_day == ctx.today:
            return ctx.minute  # 早上的晚到销一下, said later
        return found.start
    return ctx.minute
