"""Crontab expressions, validated and evaluated with APScheduler 3 but with crontab's meaning.

Two mismatches make ``CronTrigger.from_crontab`` unsafe to feed raw user input:

* APScheduler 3 numbers weekdays from Monday = 0, crontab from Sunday = 0 (agronholm/apscheduler
  issue 286, kept for backwards compatibility), yet ``from_crontab`` passes the day-of-week
  field through unchanged, so ``1-5`` would fire Tuesday to Saturday. We parse that field
  ourselves and hand APScheduler weekday *names*, which are unambiguous.
* Crontab fires when day-of-month OR day-of-week matches if both are restricted (neither starts
  with ``*``); APScheduler requires both. We build one trigger per field and take the earlier.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo
from functools import lru_cache

from apscheduler.triggers.cron import CronTrigger

from .errors import ScheduleError

_CRONTAB_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")  # index = crontab number
_MONDAY_FIRST = (1, 2, 3, 4, 5, 6, 0)
_ITEM = re.compile(r"^(\*|[0-9a-z]+(?:-[0-9a-z]+)?)(?:/(\d+))?$")


def normalise(expr: str) -> str:
    """Single-spaced, lower-case, exactly five fields, or ``bad_cron``."""
    fields = expr.lower().split()
    if len(fields) != 5:
        raise ScheduleError("bad_cron", expr=expr.strip(), reason="fields")
    return " ".join(fields)


def _day_number(token: str, expr: str) -> int:
    if token.isdigit() and 0 <= int(token) <= 7:
        return int(token)
    if token in _CRONTAB_DAYS:
        return _CRONTAB_DAYS.index(token)
    raise ScheduleError("bad_cron", expr=expr, reason="day_of_week")


def crontab_weekdays(field: str, expr: str = "") -> frozenset[int]:
    """The crontab day-of-week field as a set of crontab numbers (0 = Sunday; 7 folds to 0)."""
    days: set[int] = set()
    for item in field.split(","):
        match = _ITEM.match(item)
        if not match:
            raise ScheduleError("bad_cron", expr=expr or field, reason="day_of_week")
        span, step_text = match.groups()
        step = int(step_text) if step_text else 1
        if span == "*":
            low, high = 0, 6
        elif "-" in span:
            first, last = span.split("-")
            low, high = _day_number(first, expr), _day_number(last, expr)
        else:
            low = _day_number(span, expr)
            high = 6 if step_text else low
        if step < 1 or low > high:
            raise ScheduleError("bad_cron", expr=expr or field, reason="day_of_week")
        days.update(n % 7 for n in range(low, high + 1, step))
    return frozenset(days)


def _apscheduler_weekdays(field: str, expr: str) -> str:
    if field == "*":
        return "*"
    days = crontab_weekdays(field, expr)
    return ",".join(_CRONTAB_DAYS[n] for n in _MONDAY_FIRST if n in days)


@lru_cache(maxsize=4096)
def _triggers(expr: str, tz: tzinfo) -> tuple[CronTrigger, ...]:
    minute, hour, day, month, weekday = expr.split()
    names = _apscheduler_weekdays(weekday, expr)

    def build(day_field: str, weekday_field: str) -> CronTrigger:
        fields = (minute, hour, day_field, month, weekday_field)
        try:
            return CronTrigger.from_crontab(" ".join(fields), timezone=tz)
        except ValueError as exc:
            raise ScheduleError("bad_cron", expr=expr, reason=str(exc)) from exc

    if day.startswith("*") or weekday.startswith("*"):
        return (build(day, names),)
    return build(day, "*"), build("*", names)


def validate(expr: str) -> str:
    """The normalised expression, or ``bad_cron`` if APScheduler (or we) reject it."""
    expr = normalise(expr)
    _triggers(expr, UTC)
    return expr


def next_fire(expr: str, instant: datetime, tz: tzinfo) -> datetime | None:
    """The first firing strictly after ``instant``, in ``tz``; None if it never fires again."""
    # APScheduler rounds "now" up to the whole second and may return it; nudging by 1 µs keeps
    # "strictly after" true when ``instant`` is itself a firing time.
    start = instant + timedelta(microseconds=1)
    times = [t.get_next_fire_time(None, start) for t in _triggers(normalise(expr), tz)]
    found = [t for t in times if t is not None]
    return min(found, key=datetime.timestamp).astimezone(tz) if found else None
