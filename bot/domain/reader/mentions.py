"""The date-time extraction layer on its own: every time expression with its resolved value.

This is the layer where Recognizers-Text's conventions and ours mostly agree, so its
reference cases run here (tests/unit/test_recognizers_cases.py). ``read_report`` does not
use it; it shares the lexer, grouping and resolution underneath.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bot.domain.office import OfficeHours
from bot.domain.pattern_gate import compile_lazy
from bot.domain.reader.expressions import Point, Range, Span, expressions
from bot.domain.reader.resolve import Context, Interval, resolve_point, resolve_range
from bot.domain.reader.text import normalize
from bot.domain.workcalendar import WorkCalendar

_DEFAULT_CALENDAR = WorkCalendar()  # one, so a missing year is warned about once
_BEFORE = compile_lazy(r"\s*(?:之前|以前|前)")
_AFTER = compile_lazy(r"\s*(?:之后|以后|后)")


@dataclass(frozen=True, slots=True)
class Mention:
    """One expression: ``type`` as Recognizers names it; ``mod`` before/after for 3点前 …"""

    text: str
    type: str  # date daterange time timerange datetime datetimerange duration
    value: date | time | datetime | None = None
    start: date | time | datetime | None = None
    end: date | time | datetime | None = None
    seconds: int | None = None
    mod: str | None = None


def extract_mentions(
    text: str,
    now: datetime,
    office: OfficeHours | None = None,
    calendar: WorkCalendar | None = None,
) -> list[Mention]:
    """All time expressions of ``text`` resolved against ``now``."""
    norm = normalize(text)
    ctx = Context(now, office or OfficeHours(), calendar or _DEFAULT_CALENDAR)
    out: list[Mention] = []
    default_day: date | None = None
    for expr in expressions(norm):
        mention: Mention | None
        if isinstance(expr, Span):
            mention = _span(norm, expr, ctx)
        elif isinstance(expr, Range):
            mention = _range(norm, expr, ctx, default_day)
        else:
            mention = _point(norm, expr, ctx, default_day)
            if expr.date is not None and mention is not None:
                default_day = _day_of(mention)
        if mention is not None:
            out.append(mention)
    return out


def _day_of(mention: Mention) -> date | None:
    value = mention.value or mention.start or mention.end
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def _naive(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None)


def _point(text: str, point: Point, ctx: Context, default_day: date | None) -> Mention | None:
    found = resolve_point(point, ctx, default_day)
    if found is None:
        return None
    span = text[point.start : point.end]
    mod_match = _BEFORE.match(text, point.end) or _AFTER.match(text, point.end)
    if mod_match is not None and found.grain == "clock":
        mod = "before" if _BEFORE.match(text, point.end) else "after"
        moment: time | datetime = found.start.time() if point.date is None else _naive(found.start)
        kind = "timerange" if point.date is None else "datetimerange"
        full = text[point.start : mod_match.end()]
        if mod == "before":
            return Mention(full, kind, end=moment, mod=mod)
        return Mention(full, kind, start=moment, mod=mod)
    return _plain_point(span, point, found)


def _plain_point(span: str, point: Point, found: Interval) -> Mention:
    if point.date is None:
        if found.grain == "clock":
            return Mention(span, "time", value=found.start.time())
        return Mention(span, "timerange", start=found.start.time(), end=found.end.time())
    if found.grain == "clock":
        return Mention(span, "datetime", value=_naive(found.start))
    if found.grain == "part":
        return Mention(span, "datetimerange", start=_naive(found.start), end=_naive(found.end))
    if found.first_day != found.last_day:
        return Mention(span, "daterange", start=found.first_day, end=found.last_day)
    return Mention(span, "date", value=found.first_day)


def _range(text: str, span: Range, ctx: Context, default_day: date | None) -> Mention | None:
    found = resolve_range(span, ctx, default_day)
    if found is None:
        return None
    words = text[span.start : span.end]
    dated = span.first.date is not None or span.last.date is not None
    if found.grain == "day":
        return Mention(words, "daterange", start=found.first_day, end=found.last_day)
    if not dated:
        return Mention(words, "timerange", start=found.start.time(), end=found.end.time())
    return Mention(words, "datetimerange", start=_naive(found.start), end=_naive(found.end))


def _span(text: str, span: Span, ctx: Context) -> Mention:
    words = text[span.start : span.end]
    length = span.duration
    if length.mod is None:
        return Mention(words, "duration", seconds=length.nominal_seconds)
    sign = 1 if length.mod == "after" else -1
    if length.in_days:
        days = length.weeks * 7 + length.days
        return Mention(words, "date", value=ctx.today + timedelta(days=sign * days))
    moment = ctx.now + timedelta(seconds=sign * length.nominal_seconds)
    return Mention(words, "datetime", value=_naive(moment))
