"""Rules about absences that are not about reading Chinese: which reports need a question
before they are recorded, how an amendment or a withdrawal applies to an earlier record,
and the statutory annual-leave entitlement."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from bot.domain.leave_days import leave_days
from bot.domain.office import OfficeHours
from bot.domain.vocabulary import AbsenceKind
from bot.domain.workcalendar import WorkCalendar

K = AbsenceKind
_LEAVE = [K.PERSONAL, K.SICK, K.ANNUAL, K.TIME_OFF, K.MARRIAGE, K.MATERNITY, K.PATERNITY]
_LEAVE += [K.BEREAVEMENT, K.FAMILY_VISIT, K.NURSING, K.LEAVE]
LEAVE_KINDS: tuple[str, ...] = tuple(str(k) for k in _LEAVE)
DUTY_KINDS: tuple[str, ...] = tuple(str(k) for k in (K.OUTING, K.TRIP, K.TRAINING, K.MEETING))
# Late arrival and leaving early: reported, counted in hours and times, never in days of
# leave, and never 未报备 once reported.
PARTIAL_KINDS: tuple[str, ...] = (str(K.LATE), str(K.EARLY))
# Reasons for leave of every kind are personal ("父亲住院", "父亲去世"): never shown in the
# group, only to leaders in private. Only the work destinations of duty kinds are public.
PRIVATE_REASON_KINDS = frozenset(LEAVE_KINDS)
GENERIC_KIND = str(K.LEAVE)
_YES = frozenset(
    {"是", "是的", "对", "对的", "确认", "确定", "好", "好的", "嗯", "记吧", "记录", "要"}
)
_NO = frozenset({"不是", "不对", "不", "不用", "不用了", "不要", "取消", "算了", "不记", "否"})
_ANSWER_NOISE = str.maketrans("", "", " ，。！!,.~～")


@dataclass(frozen=True)
class Period:
    start: datetime
    end: datetime


def yes_or_no(text: str) -> bool | None:
    """A typed answer to a yes/no question: True, False, or None when it is neither."""
    word = text.translate(_ANSWER_NOISE)
    return True if word in _YES else False if word in _NO else None


def kind_matches(asked: str | None, kind: str) -> bool:
    """Whether a cancellation of ``asked`` (培训, 请假 …) may mean a record of ``kind``:
    a generic 请假 means any leave, 外出 any duty away, other kinds themselves (or a
    generic record)."""
    if asked is None or asked == kind:
        return True
    if asked == GENERIC_KIND:
        return kind in LEAVE_KINDS
    if asked == "外出":
        return kind in DUTY_KINDS
    return kind == GENERIC_KIND and asked in LEAVE_KINDS


def from_office_start(start: datetime, end: datetime, office: OfficeHours, tz: tzinfo) -> datetime:
    """An absence reported before the office opens counts from the opening (07:50 外出，
    下午3点回 is away from 08:30), as long as it runs past it."""
    local = start.astimezone(tz)
    opening = datetime.combine(local.date(), office.day_start, tzinfo=tz)
    return opening if local < opening < end else start


def is_office_span(start: datetime, end: datetime, office: OfficeHours, tz: tzinfo) -> bool:
    """Whether both ends fall on half-day boundaries (a 会议 全天 is a working day, not 9 hours)."""
    marks = {office.day_start, office.am_end, office.pm_start, office.day_end}
    return {start.astimezone(tz).time(), end.astimezone(tz).time()} <= marks


def annual_entitlement(hire_date: date | None, year: int) -> float:
    """Days of paid annual leave for ``year`` (职工带薪年休假条例, art. 3).

    Service is counted in whole years completed on 1 January of that year: under 1 year 0,
    1 to under 10 years 5 days, 10 to under 20 years 10 days, 20 years and more 15 days.
    Without a hire date we cannot know, so 0 (an admin can set an override).
    """
    if hire_date is None:
        return 0.0
    first = date(year, 1, 1)
    years = (
        first.year - hire_date.year - ((first.month, first.day) < (hire_date.month, hire_date.day))
    )
    if years < 1:
        return 0.0
    if years < 10:
        return 5.0
    if years < 20:
        return 10.0
    return 15.0


def doubt(
    start: datetime | None,
    end: datetime | None,
    now: datetime,
    days: float,
    max_days: float,
) -> str | None:
    """Why a new report should be asked about before it is recorded, or None.

    ``no_date``: we do not know when; ``end_before_start``; ``too_long`` (more working days
    than ``max_days``, usually a typo); ``past``: it ended before today began.
    """
    if start is None or end is None:
        return "no_date"
    if end <= start:
        return "end_before_start"
    if days > max_days:
        return "too_long"
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if end <= today:
        return "past"
    return None


# 女职工劳动保护特别规定 (2012) 第七条: 98 days of maternity leave; provinces add more, so a
# longer stretch is said in the report or corrected afterwards.
MATERNITY_DAYS = 98


def complete_period(
    start: datetime | None,
    end: datetime | None,
    now: datetime,
    office: OfficeHours,
    kind: str | None = None,
) -> tuple[datetime | None, datetime | None]:
    """Fill what a report leaves open: a start with no end lasts to the end of that working
    day (or one hour when given after hours), but 产假 its statutory 98 calendar days, never
    one day; an end with no start starts now."""
    if start is not None and end is None and kind == AbsenceKind.MATERNITY:
        last = start.date() + timedelta(days=MATERNITY_DAYS - 1)
        end = datetime.combine(last, office.day_end, start.tzinfo)
    if start is not None and end is None:
        close = start.replace(hour=office.day_end.hour, minute=office.day_end.minute, second=0)
        end = close if close > start else start + timedelta(hours=1)
    if end is not None and start is None:
        start = min(now, end - timedelta(minutes=1))
    return start, end


def amendable(said: str | None, kind: str) -> bool:
    """Whether a correction that names ``said`` may move a record of ``kind``: leave (late
    and early included) for leave, duty away for duty away. 明天的事假改成年假 moves the leave;
    省厅的会改到周四 never moves the speaker's 年假, whatever record came last."""
    if said is None:
        return True
    personal = frozenset(LEAVE_KINDS) | frozenset(PARTIAL_KINDS)
    return (said in personal) == (kind in personal)


def merge_amendment(
    old_kind: str,
    old: Period,
    old_reason: str | None,
    kind: str | None,
    start: datetime | None,
    end: datetime | None,
    reason: str | None,
) -> tuple[str, Period, str | None]:
    """An amendment gives the new period with null where a part belongs to the earlier
    record; a generic 请假 does not overwrite a specific kind. Only a new start said: a leave
    keeps its end (年假改为周三起), unless that end comes first; a course, meeting, trip or
    outing of several days keeps its length, since the event moved (培训改到周三开始了)."""
    new_kind = (
        old_kind
        if kind in (None, GENERIC_KIND) and old_kind != GENERIC_KIND
        else (kind or old_kind)
    )
    new_start = start or old.start
    new_end = end or old.end
    moved_event = new_kind in DUTY_KINDS and old.end.date() > old.start.date()
    if start is not None and end is None and (new_end <= new_start or moved_event):
        # "改为周二" moves the whole absence: keep its length.
        new_end = new_start + (old.end - old.start)
    return new_kind, Period(new_start, new_end), reason or old_reason


def withdraw(absence: Period, withdrawn: Period | None) -> Period | str | None:
    """What is left of ``absence`` once ``withdrawn`` is taken back.

    Returns ``"all"`` when nothing is left, a shorter :class:`Period` when the withdrawn part
    is at one end, ``None`` when they do not overlap, and ``"split"`` when it is in the middle
    (the caller asks the person to report the two parts again).
    """
    if withdrawn is None:
        return "all"
    if withdrawn.end <= absence.start or withdrawn.start >= absence.end:
        return None
    if withdrawn.start <= absence.start and withdrawn.end >= absence.end:
        return "all"
    if withdrawn.start <= absence.start:
        return Period(withdrawn.end, absence.end)
    if withdrawn.end >= absence.end:
        return Period(absence.start, withdrawn.start)
    return "split"


def count_days(
    start: datetime, end: datetime, office: OfficeHours, calendar: WorkCalendar, tz: tzinfo
) -> float:
    """Working days an absence covers (half-day precision); see :mod:`bot.domain.leave_days`.

    Office hours are wall-clock times of the office, so both ends are first put in its time
    zone: an instant read back from storage is in UTC, where 08:30 would be 00:30.
    """
    return leave_days(start.astimezone(tz), end.astimezone(tz), office, calendar)


def snap_to_office(
    period: Period, office: OfficeHours, calendar: WorkCalendar, tz: tzinfo
) -> Period:
    """After part of an absence is withdrawn, a cut at a day's opening time belongs to the
    working day before (周三到周五, 周五不请了 → Wednesday 08:30 to Thursday 17:30), and a
    cut at closing time to the working day after."""
    start, end = period.start.astimezone(tz), period.end.astimezone(tz)
    if end.time() == office.day_start:
        day = calendar.previous_workday(end.date(), include_today=False)
        end = datetime.combine(day, office.day_end, tzinfo=tz)
    if start.time() == office.day_end:
        day = calendar.next_workday(start.date(), include_today=False)
        start = datetime.combine(day, office.day_start, tzinfo=tz)
    return Period(start, end) if end > start else period


_CANCEL_WORDS = {"培训": "培训", "学习班": "培训", "会议": "会议", "开会": "会议", "会": "会议"}
_CANCEL_WORDS |= {"出差": "出差", "外出": "外出"}
_NAMED = "|".join(sorted(_CANCEL_WORDS, key=len, reverse=True))
_BARE_CANCEL = re.compile(
    rf"^(?:我的?)?(?:(?:取消|不去|不参加)了?(?P<a>{_NAMED})了?"
    rf"|(?P<b>{_NAMED})(?:取消了?|不去了|不参加了|取消不去了))$"
)
_NOISE = re.compile(r"[\s，。！!,.~～、]+")


def bare_cancellation(text: str) -> str | None:
    """The kind a two-word cancellation names ("取消培训", "会不去了"), or None. Such a message
    names no day and, on its own, could be news for everyone ("培训取消了"): the caller acts on
    it only when the speaker has a record of that kind still to come."""
    found = _BARE_CANCEL.match(_NOISE.sub("", text))
    if found is None:
        return None
    return _CANCEL_WORDS[found.group("a") or found.group("b")]
