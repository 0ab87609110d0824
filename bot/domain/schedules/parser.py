"""Reading "<schedule> <reminder text>" as written in the chat.

The schedule comes first, then the text: "每周一 08:30 堤防巡查，请各责任人按时出发". Matching is
done on a copy with full-width ASCII folded to half-width ("８：３０" → "8:30"); the fold maps
one character to one character, so positions found in the copy cut the original text and the
reminder keeps its own punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from . import cron
from .errors import ScheduleError
from .model import Schedule, WorkdayCalendar, is_later, wall_clock
from .rules import Rule, read_rule, read_season, time_only
from .timeofday import read_time

#: The time a date rule fires when none is written ("每月1日 交报表"): the start of the
#: morning's work, after the 08:30 sign-in, when people read the group.
DEFAULT_AT = time(9, 0)

_FULLWIDTH = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20}
_SPACE = re.compile(r"\s*")
_SEPARATORS = re.compile(r"[\s,;:、。!?\-—~]*")
_AND = re.compile(r"\s*(?:、|,|和|及|与|/)\s*")
_CRON_PREFIX = re.compile(r"cron\b\s*:?\s*", re.IGNORECASE)
_CRON_FIELD = r"[0-9a-zA-Z*/,\-]+"
_CRON = re.compile(rf"(?=[0-9*])((?:{_CRON_FIELD}\s+){{4}}{_CRON_FIELD})(?=\s|$)")


@dataclass(frozen=True)
class ParsedReminder:
    """What ``/remind`` understood: when, and what to post."""

    schedule: Schedule
    text: str


def parse_reminder(text: str, now: datetime, calendar: WorkdayCalendar) -> ParsedReminder:
    """Parse a reminder request; ``now`` (aware) decides "明天", year roll-over and "past".

    ``now`` must be in the office time zone: its tzinfo is the zone "今天" and "9:00" mean.

    Raises ``ScheduleError`` with a code from ``errors.ERROR_CODES``; schedule problems are
    reported before a missing reminder text, since fixing the schedule comes first.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    scan = (text or "").translate(_FULLWIDTH)
    pos = _SPACE.match(scan, 0).end()  # type: ignore[union-attr]
    if pos == len(scan):
        raise ScheduleError("empty")
    schedule, pos = _read_cron(scan, pos) or _read_calendar(scan, pos, now)
    _check_fires(schedule, now, calendar)
    body = text[_SEPARATORS.match(scan, pos).end() :].strip()  # type: ignore[union-attr]
    if not body:
        raise ScheduleError("no_text")
    return ParsedReminder(schedule, body)


def _read_cron(scan: str, pos: int) -> tuple[Schedule, int] | None:
    """Cron, as "cron 0 9 * * 1-5 …" or the bare five fields; "cron" + anything else is wrong."""
    prefix = _CRON_PREFIX.match(scan, pos)
    start = prefix.end() if prefix else pos
    match = _CRON.match(scan, start)
    if match is None:
        if prefix:
            raise ScheduleError("bad_cron", expr=scan[start:].strip()[:40], reason="fields")
        return None
    return Schedule("cron", None, cron=cron.validate(match[1])), match.end()


def _read_calendar(scan: str, pos: int, now: datetime) -> tuple[Schedule, int]:
    months: tuple[int, ...] = ()
    season = read_season(scan, pos)
    if season:
        months, pos = season[0], _skip(scan, season[1])
    rule = read_rule(scan, pos, now.date())
    if rule:
        pos = _skip(scan, rule.end)
    found = read_time(scan, pos, rule.period_hint if rule else None)
    if rule is None and found is None:
        raise ScheduleError("unknown")
    if found and _another_time(scan, found.end):
        raise ScheduleError("bad_time", reason="several")
    at = found.at if found else DEFAULT_AT
    end = found.end if found else pos
    if rule is None:
        # A season with only a time means every day of it; a bare time means its next occurrence.
        rule = Rule("daily", end) if months else time_only(end, now.date())
    return _build(rule, at, months, now), end


def _build(rule: Rule, at: time, months: tuple[int, ...], now: datetime) -> Schedule:
    if rule.kind == "once":
        if months:
            raise ScheduleError("bad_season", reason="once")
        assert rule.dates is not None
        return Schedule("once", at, date=_first_ahead(rule, at, now))
    if months and rule.months:
        raise ScheduleError("bad_season", reason="twice")
    return Schedule(
        rule.kind,
        at,
        weekdays=rule.weekdays,
        month_day=rule.month_day,
        months=rule.months or months,
    )


def _another_time(scan: str, pos: int) -> bool:
    """ "每天8点、17点": one reminder has one time; better say so than post "17点 …" at 8."""
    sep = _AND.match(scan, pos)
    return sep is not None and read_time(scan, sep.end()) is not None


def _first_ahead(rule: Rule, at: time, now: datetime) -> date:
    """The first of the rule's dates whose moment is still ahead of ``now``."""
    assert rule.dates is not None
    assert now.tzinfo is not None
    first: date | None = None
    for day in rule.dates():
        first = first or day
        if is_later(wall_clock(day, at, now.tzinfo), now):
            return day
    raise ScheduleError(
        "in_past", date=first.isoformat() if first else None, at=at.strftime("%H:%M")
    )


def _check_fires(schedule: Schedule, now: datetime, calendar: WorkdayCalendar) -> None:
    """A rule that can never fire ("0 9 31 2 *", 每月31日 in a 30-day season) is refused."""
    tz: tzinfo = now.tzinfo  # type: ignore[assignment]
    if schedule.next_after(now, tz, calendar) is not None:
        return
    if schedule.kind == "cron":
        raise ScheduleError("bad_cron", expr=schedule.cron, reason="never")
    raise ScheduleError("bad_date", reason="never")


def _skip(scan: str, pos: int) -> int:
    return _SPACE.match(scan, pos).end()  # type: ignore[union-attr]
