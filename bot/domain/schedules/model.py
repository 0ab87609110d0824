"""The ``Schedule`` value: what a stored reminder means, and when it fires next.

A schedule is wall-clock time in the office's zone ("every Monday 08:30"), not a fixed interval,
so firing times are computed per calendar day and converted to instants only at the end. The
value is frozen and JSON-serialisable because it lives in a SQLite row and the JobQueue is
rebuilt from those rows at every start.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, Protocol

from .errors import ScheduleError

KINDS = ("once", "daily", "weekly", "monthly", "workdays", "cron")
ALL_MONTHS = tuple(range(1, 13))
# Longest wait a sane rule can have: a 29 February rule waits up to 8 years across 2100.
_HORIZON = timedelta(days=366 * 9)


class WorkdayCalendar(Protocol):
    """What the rules need from ``bot.domain.workcalendar.WorkCalendar``."""

    def is_workday(self, day: date) -> bool: ...


@dataclass(frozen=True)
class Schedule:
    """When a reminder fires.

    ``months`` restricts any recurring kind to a season (empty = all year). A ``monthly`` rule
    on a day some months lack (29–31) simply skips those months, as cron does: "每月31日" fires
    on 31 January, 31 March, … and never on 30 April. One-offs and cron take no ``months``
    (cron has its own month field).
    """

    kind: str
    at: time | None
    weekdays: tuple[int, ...] = ()
    month_day: int | None = None
    date: date | None = None
    months: tuple[int, ...] = field(default=())
    cron: str | None = None

    def __post_init__(self) -> None:
        # Normalised so that equal rules compare equal and serialise identically.
        weekdays = tuple(sorted(set(self.weekdays)))
        months = tuple(sorted(set(self.months)))
        object.__setattr__(self, "weekdays", weekdays)
        object.__setattr__(self, "months", () if months == ALL_MONTHS else months)
        self._validate()

    def _validate(self) -> None:
        if self.kind not in KINDS:
            raise ScheduleError("invalid", field="kind", value=self.kind)
        if not all(1 <= m <= 12 for m in self.months):
            raise ScheduleError("invalid", field="months", value=self.months)
        if not all(0 <= d <= 6 for d in self.weekdays):
            raise ScheduleError("invalid", field="weekdays", value=self.weekdays)
        if self.kind == "cron":
            self._validate_cron()
            return
        if not isinstance(self.at, time) or self.at.tzinfo is not None:
            raise ScheduleError("invalid", field="at", value=self.at)
        expected = {
            "weekdays": self.kind == "weekly",
            "month_day": self.kind == "monthly",
            "date": self.kind == "once",
        }
        present = {
            "weekdays": bool(self.weekdays),
            "month_day": self.month_day is not None,
            "date": self.date is not None,
        }
        for name, wanted in expected.items():
            if wanted != present[name]:
                raise ScheduleError("invalid", field=name, value=getattr(self, name))
        if self.month_day is not None and not 1 <= self.month_day <= 31:
            raise ScheduleError("invalid", field="month_day", value=self.month_day)
        if self.kind == "once" and self.months:
            raise ScheduleError("invalid", field="months", value=self.months)

    def _validate_cron(self) -> None:
        extras = (self.at, self.month_day, self.date)
        if not self.cron or any(v is not None for v in extras) or self.weekdays or self.months:
            raise ScheduleError("invalid", field="cron", value=self.cron)
        from . import cron  # APScheduler's cron trigger: loaded by a cron rule only

        object.__setattr__(self, "cron", cron.validate(self.cron))

    # --- storage -------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; every key is always present so stored rows share one shape."""
        return {
            "kind": self.kind,
            "at": self.at.isoformat(timespec="minutes") if self.at else None,
            "weekdays": list(self.weekdays),
            "month_day": self.month_day,
            "date": self.date.isoformat() if self.date else None,
            "months": list(self.months),
            "cron": self.cron,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Schedule:
        """Inverse of ``to_dict``; a damaged row raises ``ScheduleError('invalid')``."""
        try:
            return cls(
                kind=d["kind"],
                at=time.fromisoformat(d["at"]) if d.get("at") else None,
                weekdays=tuple(int(x) for x in d.get("weekdays") or ()),
                month_day=d.get("month_day"),
                date=date.fromisoformat(d["date"]) if d.get("date") else None,
                months=tuple(int(x) for x in d.get("months") or ()),
                cron=d.get("cron"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, ScheduleError):
                raise
            raise ScheduleError("invalid", field="dict", value=repr(exc)) from exc

    # --- firing times --------------------------------------------------------------------

    def next_after(
        self, instant: datetime, tz: tzinfo, calendar: WorkdayCalendar
    ) -> datetime | None:
        """The first firing strictly after ``instant`` (aware), as an aware time in ``tz``.

        None when a one-off has passed, or a rule can never fire again (e.g. "每月31日" limited
        to a season of 30-day months).
        """
        if instant.tzinfo is None:
            raise ValueError("instant must be timezone-aware")
        if self.kind == "cron":
            assert self.cron is not None
            from . import cron

            return cron.next_fire(self.cron, instant, tz)
        assert self.at is not None
        if self.kind == "once":
            assert self.date is not None
            fire = wall_clock(self.date, self.at, tz)
            return fire if is_later(fire, instant) else None
        return self._next_recurring(instant, tz, calendar)

    def next_times(
        self, instant: datetime, tz: tzinfo, calendar: WorkdayCalendar, n: int = 3
    ) -> list[datetime]:
        """Up to ``n`` firings after ``instant``, earliest first (fewer if the rule runs out)."""
        out: list[datetime] = []
        current = instant
        while len(out) < n:
            fire = self.next_after(current, tz, calendar)
            if fire is None:
                break
            out.append(fire)
            current = fire
        return out

    def _next_recurring(
        self, instant: datetime, tz: tzinfo, calendar: WorkdayCalendar
    ) -> datetime | None:
        assert self.at is not None
        day = instant.astimezone(tz).date()
        limit = day + _HORIZON
        while day <= limit:
            if self.months and day.month not in self.months:
                day = _first_of_next_month(day)  # out of season: skip the whole month at once
                continue
            if self._matches(day, calendar):
                fire = wall_clock(day, self.at, tz)
                if is_later(fire, instant):
                    return fire
            day += timedelta(days=1)
        return None

    def _matches(self, day: dt.date, calendar: WorkdayCalendar) -> bool:
        if self.kind == "daily":
            return True
        if self.kind == "weekly":
            return day.weekday() in self.weekdays
        if self.kind == "monthly":
            return day.day == self.month_day
        return calendar.is_workday(day)  # "workdays"


def wall_clock(day: date, at: time, tz: tzinfo) -> datetime:
    """``day`` at ``at`` on the office's clock, as an aware instant.

    A wall time inside a spring-forward gap does not exist; the round trip through UTC moves it
    to the equivalent instant after the gap (as cron does) instead of returning an impossible
    time. An ambiguous fall-back time takes its first occurrence (fold=0).
    """
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC).astimezone(tz)


def is_later(a: datetime, b: datetime) -> bool:
    """``a > b`` as instants. Python compares two datetimes sharing a tzinfo by wall clock,
    ignoring the offset, which goes wrong in a repeated fall-back hour."""
    return a.timestamp() > b.timestamp()


def _first_of_next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)
