"""The weekly rectification digest (整改周报): weeks as people write them, the posting-day
rule, and every figure the post shows, computed from plain rows.

Pure: no Telegram, no storage, no clock. "Now", the time zone and the working-day calendar
are passed in. Statuses at a past instant are rebuilt from the status history, so a digest
of an earlier week shows that week as it stood then, not as it stands today.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from bot.domain.rectification import STATUSES, Status, is_overdue, is_stalled

DONE_STATUSES = frozenset({Status.DONE, Status.CLOSED})
# A post that goes out this long after its time (the bot was down) says it is late (补发).
LATE_AFTER = timedelta(minutes=15)


# ---------------------------------------------------------------------- weeks
@dataclass(frozen=True, order=True)
class IsoWeek:
    year: int
    week: int

    @classmethod
    def of(cls, day: date) -> IsoWeek:
        year, week, _ = day.isocalendar()
        return cls(year, week)

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.week:02d}"

    def day(self, weekday: int) -> date:
        """The day of this week, ISO numbering: 1 Monday … 7 Sunday."""
        return date.fromisocalendar(self.year, self.week, weekday)

    @property
    def monday(self) -> date:
        return self.day(1)

    @property
    def sunday(self) -> date:
        return self.day(7)

    def shifted(self, weeks: int) -> IsoWeek:
        return IsoWeek.of(self.monday + timedelta(weeks=weeks))

    def start(self, tz: tzinfo) -> datetime:
        return datetime.combine(self.monday, time(0), tzinfo=tz)

    def end(self, tz: tzinfo) -> datetime:
        """Exclusive: Monday 00:00 of the next week."""
        return datetime.combine(self.monday + timedelta(days=7), time(0), tzinfo=tz)


class WeekError(ValueError):
    """A week argument that names no week. ``code``: format | no_such_week | future."""

    def __init__(self, code: str, value: str) -> None:
        super().__init__(f"{code}: {value}")
        self.code = code
        self.value = value


_THIS = frozenset({"", "本周", "这周", "本星期", "这星期", "这个星期", "本礼拜", "这礼拜", "this"})
_BACK = {"上周": 1, "上星期": 1, "上个星期": 1, "上礼拜": 1, "上一周": 1, "last": 1}
_BACK |= {"上上周": 2, "上上星期": 2, "上上个星期": 2}
_FULL = re.compile(r"^(\d{4})\s*[-_ ]?\s*[Ww]\s*(\d{1,2})$")
_FULL_ZH = re.compile(r"^(\d{4})\s*年\s*第?\s*(\d{1,2})\s*周$")
_BARE = re.compile(r"^(?:[Ww]\s*(\d{1,2})|第\s*(\d{1,2})\s*周)$")
_AGO = re.compile(r"^(\d{1,2})\s*周前$")
_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_week(text: str, today: date) -> IsoWeek:
    """``2026-W48``, ``2026年第48周``, ``W48``/``第48周`` (this year), ``本周``, ``上周``,
    ``上上周``, ``3周前``, or a day ``2026-11-25`` (its week). Never a week after today's.

    Raises :class:`WeekError`.
    """
    word = text.strip().replace("－", "-").replace("—", "-")
    this = IsoWeek.of(today)
    if word.lower() in _THIS:
        return this
    if word.lower() in _BACK:
        return this.shifted(-_BACK[word.lower()])
    year: int | None = None
    number: int | None = None
    if match := _AGO.match(word):
        return this.shifted(-int(match.group(1)))
    if match := (_FULL.match(word) or _FULL_ZH.match(word)):
        year, number = int(match.group(1)), int(match.group(2))
    elif match := _BARE.match(word):
        year, number = this.year, int(match.group(1) or match.group(2))
    elif match := _DATE.match(word):
        try:
            week = IsoWeek.of(date(*map(int, match.groups())))
        except ValueError:
            raise WeekError("no_such_week", text) from None
        return _not_future(week, this, text)
    else:
        raise WeekError("format", text)
    try:
        date.fromisocalendar(year, number, 1)
    except ValueError:
        raise WeekError("no_such_week", text) from None
    return _not_future(IsoWeek(year, number), this, text)


def _not_future(week: IsoWeek, this: IsoWeek, text: str) -> IsoWeek:
    if week > this:
        raise WeekError("future", text)
    return week


# ---------------------------------------------------------------------- when to post
def posting_day(week: IsoWeek, weekday: int, is_workday: Callable[[date], bool]) -> date:
    """The configured weekday of ``week``; on a holiday the working day before it, within
    the same week. A week with no working day up to then keeps the configured day, so every
    week still gets its digest (and never one that lands in the week before)."""
    target = week.day(weekday)
    day = target
    while day >= week.monday:
        if is_workday(day):
            return day
        day -= timedelta(days=1)
    return target


@dataclass(frozen=True)
class ScheduledPost:
    week: IsoWeek
    at: datetime  # the instant it was due

    def late(self, now: datetime) -> bool:
        return now - self.at > LATE_AFTER


def latest_post(
    now: datetime, tz: tzinfo, weekday: int, at: time, is_workday: Callable[[date], bool]
) -> ScheduledPost:
    """The most recent digest that was due at or before ``now``: this week's once its time
    has come, else last week's (which a bot that was down then still owes)."""
    this = IsoWeek.of(now.astimezone(tz).date())
    for week in (this, this.shifted(-1)):
        due = datetime.combine(posting_day(week, weekday, is_workday), at, tzinfo=tz)
        if due <= now:
            return ScheduledPost(week, due)
    raise AssertionError("last week's posting day always lies before this week")


# ---------------------------------------------------------------------- inputs
@dataclass(frozen=True)
class ItemRow:
    number: int
    title: str
    area: str | None
    status: Status
    owner: str | None
    deadline: date | None
    last_activity_at: datetime
    created_at: datetime


@dataclass(frozen=True)
class Change:
    """A status change; ``seq`` is the order it was recorded in (ties and clock skew)."""

    seq: int
    number: int
    at: datetime
    old_status: Status | None
    new_status: Status


@dataclass(frozen=True)
class UpdateRow:
    number: int
    at: datetime
    author: str | None
    text: str
    evidence: int


@dataclass(frozen=True)
class Attendance:
    leave: int = 0  # absence records of a leave kind overlapping the week
    leave_people: int = 0
    away: int = 0  # 外出 出差 培训 会议
    away_people: int = 0
    unreported: int | None = None  # people found 未报备 in discipline notes; None: no notes
    partial: int = 0  # 晚到 早退
    partial_people: int = 0


# ---------------------------------------------------------------------- figures
@dataclass(frozen=True)
class Snapshot:
    total: int
    by_status: dict[Status, int]

    @property
    def done(self) -> int:
        return sum(n for s, n in self.by_status.items() if s in DONE_STATUSES)

    @property
    def share(self) -> float | None:
        """Completed (已完成 or 已销号) out of all items; None with no items."""
        return self.done / self.total if self.total else None


@dataclass(frozen=True)
class ItemRef:
    number: int
    title: str
    owner: str | None
    status: Status
    deadline: date | None = None
    days: int | None = None  # overdue by, idle for, or left, as the list says


@dataclass(frozen=True)
class ItemUpdates:
    number: int
    title: str
    updates: tuple[UpdateRow, ...]

    @property
    def evidence(self) -> int:
        return sum(u.evidence for u in self.updates)


@dataclass(frozen=True)
class AreaCount:
    area: str | None
    by_status: dict[Status, int]


@dataclass(frozen=True)
class TrendPoint:
    week: IsoWeek
    total: int
    done: int

    @property
    def share(self) -> float | None:
        return self.done / self.total if self.total else None


@dataclass(frozen=True)
class Digest:
    week: IsoWeek
    as_of: datetime  # the figures' instant: now within the week, else the week's end
    today: date  # the day deadlines are counted from
    snapshot: Snapshot
    previous: Snapshot  # at the end of the week before
    completed: list[ItemRef]
    updates: list[ItemUpdates]
    overdue: list[ItemRef]
    stalled: list[ItemRef]
    stalled_days: int
    upcoming: list[ItemRef]
    upcoming_days: int
    attendance: Attendance
    areas: list[AreaCount]
    trend: list[TrendPoint] = field(default_factory=list)

    @property
    def update_count(self) -> int:
        return sum(len(i.updates) for i in self.updates)

    @property
    def evidence_count(self) -> int:
        return sum(i.evidence for i in self.updates)

    def change(self) -> dict[Status, int]:
        return {s: self.snapshot.by_status[s] - self.previous.by_status[s] for s in STATUSES}

    def share_change(self) -> float | None:
        now, before = self.snapshot.share, self.previous.share
        return None if now is None or before is None else now - before

    def to_json(self) -> dict[str, Any]:
        """Every figure the text shows, for scripts (``bureau-bot digest --json``)."""
        return {
            "week": self.week.label,
            "first_day": self.week.monday.isoformat(),
            "last_day": self.week.sunday.isoformat(),
            "as_of": self.as_of.isoformat(),
            "total": self.snapshot.total,
            "by_status": _statuses(self.snapshot.by_status),
            "completed": self.snapshot.done,
            "completion_share": _round(self.snapshot.share),
            "previous": {
                "week": self.week.shifted(-1).label,
                "total": self.previous.total,
                "by_status": _statuses(self.previous.by_status),
                "completed": self.previous.done,
                "completion_share": _round(self.previous.share),
            },
            "change": {
                "total": self.snapshot.total - self.previous.total,
                "by_status": _statuses(self.change()),
                "completion_share": _round(self.share_change()),
            },
            "completed_this_week": [_ref(r) for r in self.completed],
            "updates": {
                "count": self.update_count,
                "items": len(self.updates),
                "evidence": self.evidence_count,
                "by_item": [
                    {
                        "number": i.number,
                        "title": i.title,
                        "evidence": i.evidence,
                        "updates": [
                            {
                                "at": u.at.astimezone(self.as_of.tzinfo).isoformat(),
                                "author": u.author,
                                "text": u.text,
                                "evidence": u.evidence,
                            }
                            for u in i.updates
                        ],
                    }
                    for i in self.updates
                ],
            },
            "overdue": [_ref(r, "days_overdue") for r in self.overdue],
            "stalled": {
                "days": self.stalled_days,
                "items": [_ref(r, "days_idle") for r in self.stalled],
            },
            "upcoming": {
                "days": self.upcoming_days,
                "items": [_ref(r, "days_left") for r in self.upcoming],
            },
            "attendance": {
                "leave": self.attendance.leave,
                "leave_people": self.attendance.leave_people,
                "away": self.attendance.away,
                "away_people": self.attendance.away_people,
                "unreported": self.attendance.unreported,
                "partial": self.attendance.partial,
                "partial_people": self.attendance.partial_people,
            },
            "areas": [{"area": a.area, "by_status": _statuses(a.by_status)} for a in self.areas],
            "trend": [
                {
                    "week": p.week.label,
                    "total": p.total,
                    "completed": p.done,
                    "share": _round(p.share),
                }
                for p in self.trend
            ],
        }


def _statuses(counts: dict[Status, int]) -> dict[str, int]:
    return {s.value: counts.get(s, 0) for s in STATUSES}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _ref(ref: ItemRef, days_key: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "number": ref.number,
        "title": ref.title,
        "owner": ref.owner,
        "status": ref.status.value,
        "deadline": ref.deadline.isoformat() if ref.deadline else None,
    }
    if days_key is not None:
        out[days_key] = ref.days
    return out


# ---------------------------------------------------------------------- building
class History:
    """Each item's status at any instant, rebuilt from the recorded changes."""

    def __init__(self, items: Sequence[ItemRow], changes: Iterable[Change]) -> None:
        self._items = {i.number: i for i in items}
        self._changes: dict[int, list[Change]] = {}
        for change in sorted(changes, key=lambda c: c.seq):
            self._changes.setdefault(change.number, []).append(change)

    def statuses_at(self, instant: datetime) -> dict[int, Status]:
        """Items that existed before ``instant``, with the status they had then."""
        out: dict[int, Status] = {}
        for number, item in self._items.items():
            changes = self._changes.get(number)
            if not changes:  # no history recorded: trust the row as it is
                if item.created_at < instant:
                    out[number] = item.status
                continue
            status = None
            for change in changes:  # in recording order: the last one before wins
                if change.at < instant:
                    status = change.new_status
            if status is not None:
                out[number] = status
        return out

    def last_change_before(self, number: int, instant: datetime) -> datetime | None:
        times = [c.at for c in self._changes.get(number, ()) if c.at < instant]
        return max(times) if times else None

    def completed_between(self, start: datetime, end: datetime) -> list[int]:
        """Items that became 已完成 or 已销号 in [start, end) and still were at ``end``
        (one closed and reopened within the week is not completed), in item order."""
        at_end = self.statuses_at(end)
        found = {
            c.number
            for changes in self._changes.values()
            for c in changes
            if start <= c.at < end
            and c.new_status in DONE_STATUSES
            and c.old_status != c.new_status
            and at_end.get(c.number) in DONE_STATUSES
        }
        return sorted(found)


def snapshot(statuses: dict[int, Status]) -> Snapshot:
    counts = dict.fromkeys(STATUSES, 0)
    for status in statuses.values():
        counts[status] += 1
    return Snapshot(len(statuses), counts)


def cutoff(week: IsoWeek, now: datetime, tz: tzinfo) -> datetime:
    """What the digest counts is what happened before this instant: everything up to and
    including ``now`` (stored times are whole seconds), and nothing after the week."""
    return min(now + timedelta(microseconds=1), week.end(tz))


def build_digest(
    week: IsoWeek,
    now: datetime,
    tz: tzinfo,
    items: Sequence[ItemRow],
    changes: Iterable[Change],
    updates: Sequence[UpdateRow],
    last_update_before: dict[int, datetime],
    attendance: Attendance,
    *,
    stalled_days: int,
    upcoming_days: int,
    trend_weeks: int = 12,
) -> Digest:
    """The digest of ``week`` as it stands at ``now`` (or at the week's end, once past).

    ``updates`` are the week's progress updates up to then; ``last_update_before`` each
    item's latest update before the figures' instant (for a past week's stalled list).
    """
    as_of = min(now, week.end(tz))
    limit = cutoff(week, now, tz)
    today = (as_of - timedelta(microseconds=1)).astimezone(tz).date()
    history = History(items, changes)
    statuses = history.statuses_at(limit)
    by_number = {i.number: i for i in items}

    def ref(number: int, days: int | None = None) -> ItemRef:
        item = by_number[number]
        return ItemRef(number, item.title, item.owner, statuses[number], item.deadline, days)

    start = week.start(tz)
    completed = [ref(n) for n in history.completed_between(start, limit) if n in statuses]
    grouped: dict[int, list[UpdateRow]] = {}
    for update in sorted(updates, key=lambda u: (u.number, u.at)):
        if update.number in by_number and start <= update.at < limit:
            grouped.setdefault(update.number, []).append(update)
    week_updates = [
        ItemUpdates(n, by_number[n].title, tuple(rows)) for n, rows in sorted(grouped.items())
    ]
    overdue, stalled, upcoming = [], [], []
    for number in sorted(statuses):
        item, status = by_number[number], statuses[number]
        if is_overdue(status, item.deadline, today):
            assert item.deadline is not None
            overdue.append(ref(number, (today - item.deadline).days))
        elif (
            item.deadline is not None
            and status not in DONE_STATUSES
            and 0 <= (item.deadline - today).days <= upcoming_days
        ):
            upcoming.append(ref(number, (item.deadline - today).days))
        last = _last_activity(item, history, last_update_before.get(number), limit)
        if is_stalled(status, last, as_of, stalled_days):
            stalled.append((last, ref(number, (as_of - last).days)))
    overdue.sort(key=lambda r: (r.deadline, r.number))
    upcoming.sort(key=lambda r: (r.deadline, r.number))
    return Digest(
        week=week,
        as_of=as_of,
        today=today,
        snapshot=snapshot(statuses),
        previous=snapshot(history.statuses_at(week.start(tz))),
        completed=completed,
        updates=week_updates,
        overdue=overdue,
        stalled=[r for _last, r in sorted(stalled, key=lambda p: (p[0], p[1].number))],
        stalled_days=stalled_days,
        upcoming=upcoming,
        upcoming_days=upcoming_days,
        attendance=attendance,
        areas=_areas(items, statuses),
        trend=_trend(history, week, limit, tz, trend_weeks),
    )


def _last_activity(
    item: ItemRow, history: History, last_update: datetime | None, limit: datetime
) -> datetime:
    """The /stalled rule's "last word": the item's own mark when it is before ``limit``
    (then it is exact); for an earlier week, rebuilt from updates and status changes."""
    if item.last_activity_at < limit:
        return item.last_activity_at
    changed = history.last_change_before(item.number, limit)
    return max(t for t in (item.created_at, last_update, changed) if t is not None)


def _areas(items: Sequence[ItemRow], statuses: dict[int, Status]) -> list[AreaCount]:
    areas: dict[str | None, dict[Status, int]] = {}
    for item in sorted(items, key=lambda i: i.number):
        if item.number in statuses:
            counts = areas.setdefault(item.area, dict.fromkeys(STATUSES, 0))
            counts[statuses[item.number]] += 1
    return [AreaCount(area, counts) for area, counts in areas.items()]


def _trend(
    history: History, week: IsoWeek, limit: datetime, tz: tzinfo, weeks: int
) -> list[TrendPoint]:
    """Completion at the end of each of the last ``weeks`` weeks (the last one: up to
    ``limit``), from the first week that had items."""
    points: list[TrendPoint] = []
    for back in range(weeks - 1, -1, -1):
        w = week.shifted(-back)
        instant = min(w.end(tz), limit)
        shot = snapshot(history.statuses_at(instant))
        if shot.total or points:
            points.append(TrendPoint(w, shot.total, shot.done))
    return points


AREA_PREFIXES = ("聚焦",)
AREA_SUFFIXES = ("方面存在的问题", "存在的问题", "方面的问题", "的问题", "方面")


def short_area(area: str | None, limit: int = 16) -> str | None:
    """An area heading short enough for a chart label: the report's framing words off."""
    if area is None:
        return None
    text = re.sub(r"^[（(]?[一二三四五六七八九十]+[)）、.]\s*", "", area.strip())
    for prefix in AREA_PREFIXES:
        text = text.removeprefix(prefix)
    for suffix in AREA_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix) + 2:
            text = text[: -len(suffix)]
            break
    text = text.rstrip("的")
    return text if len(text) <= limit else text[: limit - 1] + "…"
