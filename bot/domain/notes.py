"""Discipline notes (作风督查记录) as leaders write them: the category, the checked time, the
people named, and which absence report covered a person at that time. Also the month words
the attendance export takes ("2026-11", "2026年11月", "11月").

Times in a note look back: "9:10" is today at 9:10, "周三" the latest Wednesday on or before
today: the date engine (:mod:`bot.domain.chinese_dates`) reads them backward.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.domain.chinese_dates import BACKWARD, DayNotFound, find_day
from bot.domain.chinese_dates.dates import DAY, Clock, DateSpec, clock_time, part_times
from bot.domain.chinese_dates.days import widen
from bot.domain.chinese_dates.lexer import Token, lex
from bot.domain.chinese_dates.numerals import to_int
from bot.domain.office import OfficeHours
from bot.domain.vocabulary import NoteCategory

CATEGORIES: tuple[str, ...] = tuple(NoteCategory)  # in the order buttons and sheets show them
OTHER = NoteCategory.OTHER.value
# Categories that are about a person: a note of one of these must name someone. They are
# also the absence categories, the only ones checked against reports (已报备/未报备): a
# note about playing games at the desk says nothing about whether anyone reported leave.
PERSONAL_CATEGORIES = frozenset(
    {
        NoteCategory.LATE,
        NoteCategory.EARLY,
        NoteCategory.OFF_POST,
        NoteCategory.UNREPORTED_OUTING,
    }
)
ABSENCE_CATEGORIES = PERSONAL_CATEGORIES


def checks_cover(category: str) -> bool:
    """Whether a note of ``category`` is cross-checked with absence reports."""
    return category in ABSENCE_CATEGORIES


# First match wins, so the specific comes before the general (未报备外出 before 脱岗).
_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "未报备外出",
        (
            "未报备外出",
            "外出未报备",
            "未报备",
            "没报备",
            "没有报备",
            "擅自外出",
            "私自外出",
            "无故外出",
        ),
    ),
    ("迟到", ("迟到", "晚到", "未按时到岗", "没按时到岗", "未按时上班")),
    ("早退", ("早退", "提前离岗", "提前下班", "提前离开", "提前走")),
    (
        "脱岗",
        ("脱岗", "不在岗", "未在岗", "没在岗", "离岗", "空岗", "不在办公室", "不在位", "人不在"),
    ),
    (
        "工作纪律",
        (
            "工作纪律",
            "纪律",
            "玩手机",
            "玩游戏",
            "打游戏",
            "睡觉",
            "看视频",
            "炒股",
            "网购",
            "闲聊",
            "串岗",
            "着装",
            "饮酒",
            "喝酒",
        ),
    ),
)

MAX_AGE = timedelta(days=366)  # older notes are a typo more often than a real record
FUTURE_SLACK = timedelta(minutes=1)


def category_of(text: str) -> str:
    """The category a note's words suggest; 其他 when none does."""
    for category, words in _KEYWORDS:
        if any(word in text for word in words):
            return category
    return OTHER


def has_category_word(text: str) -> bool:
    return category_of(text) != OTHER or "其他" in text


# ---------------------------------------------------------------------- time words
class NoteTimeError(ValueError):
    """``code``: ``future`` (after now), ``too_old`` (over a year ago), ``bad_date``."""

    def __init__(self, code: str, value: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.value = value


@dataclass(frozen=True)
class CheckedTime:
    """When the check happened: an instant, or a span (今天上午) clipped to now."""

    at: datetime
    until: datetime | None
    said: bool  # False when the note gave no time (it is now)


_NUM = r"(?:\d{1,2}|[零〇一二两三四五六七八九十]{1,3})"
# Shapes of a date or clock that the engine refused as impossible (2026-13-01, 25:10).
_IMPOSSIBLE = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|(?<![\d:])\d{1,2}\s*:\s*\d{2}"
)


def read_day(text: str, today: date) -> date | None:
    """The day a note or a listing names, looking back; None when it names none.

    Read by the date engine backward ("周三" the latest Wednesday on or before today).
    Raises :class:`NoteTimeError` ``bad_date`` for an impossible date (2月30日) and
    ``future`` for 明天 and the like.
    """
    try:
        found = find_day(text, today, BACKWARD)
    except DayNotFound as error:
        raise NoteTimeError("bad_date", error.said) from None
    if found is None:
        return None
    if found.day > today:
        raise NoteTimeError("future", text[found.start : found.end])
    return found.day


def _part_and_clock(tokens: list[Token]) -> tuple[str | None, Clock | None]:
    """The first part of the day (下午, or the 晚 of 今晚) and the first clock time."""
    part: str | None = None
    clock: Clock | None = None
    for token in tokens:
        value = token.value
        if token.kind == "part" and part is None:
            part = str(value)
        elif token.kind == "date" and isinstance(value, DateSpec) and part is None:
            part = value.part
        elif token.kind == "clock" and clock is None and isinstance(value, Clock):
            clock = value
        elif token.kind == "hrange" and clock is None and isinstance(value, tuple):
            clock = value[0]
    return part, clock


def read_checked_time(text: str, now: datetime, office: OfficeHours) -> CheckedTime:
    """The time a note is about, in ``now``'s time zone. No time words: ``now``.

    A clock time (9:10, 9点10分, 下午3点) gives an instant; a day or a half day without a
    clock (今天上午, 昨天) gives a span, cut off at ``now``.
    """
    clean = widen(text)
    today = now.date()
    day = read_day(clean, today)
    part, clock = _part_and_clock(lex(clean))
    if day is None and part is None and clock is None:
        impossible = _IMPOSSIBLE.search(clean)
        if impossible is not None:
            raise NoteTimeError("bad_date", impossible.group(0))
        return CheckedTime(now, None, said=False)
    day = day or today
    tz = now.tzinfo
    if clock is not None:
        at, until = datetime.combine(day, clock_time(clock, part), tzinfo=tz), None
    else:
        first, last = part_times(part or DAY, office)
        at, until = datetime.combine(day, first, tzinfo=tz), datetime.combine(day, last, tzinfo=tz)
    if at > now + FUTURE_SLACK:
        raise NoteTimeError("future", f"{at:%m-%d %H:%M}")
    if at < now - MAX_AGE:
        raise NoteTimeError("too_old", day.isoformat())
    if until is not None and until > now:
        until = max(now, at)
    return CheckedTime(at, until, said=True)


# ---------------------------------------------------------------------- people
_HANDLE = re.compile(r"@([A-Za-z][A-Za-z0-9_]{2,31}|[\u4e00-\u9fa5·]{1,20})")
_STOP = re.compile(r"[\s,，。；;、:：!！?？()（）]")


@dataclass(frozen=True)
class PeopleFound:
    member_ids: tuple[int, ...]
    unknown: tuple[str, ...]  # @handles that are nobody we know


def find_people(text: str, names: Mapping[str, int], usernames: Mapping[str, int]) -> PeopleFound:
    """The members a note names: ``@username``, ``@实名`` and plain real names in the text.

    ``names`` maps real (or display) names to member ids, ``usernames`` lower-case Telegram
    usernames. A Chinese ``@李四不在岗`` takes the longest known name it starts with.
    """
    found: list[int] = []
    unknown: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _HANDLE.finditer(text):
        handle = m.group(1)
        if handle.isascii():
            member = usernames.get(handle.lower())
            if member is None and handle in names:
                member = names[handle]
            if member is None:
                unknown.append("@" + handle)
            else:
                found.append(member)
            spans.append((m.start(), m.end()))
            continue
        name = next((handle[:n] for n in range(len(handle), 1, -1) if handle[:n] in names), None)
        if name is None:
            word = _STOP.split(handle, maxsplit=1)[0][:4]
            unknown.append("@" + word)
            spans.append((m.start(), m.start() + 1 + len(word)))
        else:
            found.append(names[name])
            spans.append((m.start(), m.start() + 1 + len(name)))
    taken = [False] * len(text)
    for start, end in spans:
        for i in range(start, end):
            taken[i] = True
    for name in sorted((n for n in names if len(n) >= 2), key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(taken[start:end]):
                found.append(names[name])
                for i in range(start, end):
                    taken[i] = True
            start = text.find(name, end)
    return PeopleFound(tuple(dict.fromkeys(found)), tuple(dict.fromkeys(unknown)))


# ---------------------------------------------------------------------- cross-check
@dataclass(frozen=True)
class Cover:
    """An effective absence report, as the cross-check needs it."""

    absence_id: int
    member_id: int
    kind: str
    start: datetime
    end: datetime
    reported_at: datetime


def covering(
    covers: Iterable[Cover],
    member_id: int,
    at: datetime,
    until: datetime | None,
    written_at: datetime,
) -> Cover | None:
    """The report that covers ``member_id`` at the checked time, or None (未报备).

    Only reports made before the note was written count: a 补报 after being found out does
    not turn a note into 已报备. An instant is covered by a report that contains it; a span
    (今天上午) by the report that overlaps it most.
    """
    best: tuple[timedelta, Cover] | None = None
    for cover in covers:
        if cover.member_id != member_id or cover.reported_at > written_at:
            continue
        if until is None or until <= at:
            if cover.start <= at < cover.end:
                overlap = cover.end - cover.start
            else:
                continue
        else:
            overlap = min(cover.end, until) - max(cover.start, at)
            if overlap <= timedelta(0):
                continue
        if best is None or overlap > best[0]:
            best = (overlap, cover)
    return best[1] if best else None


# ---------------------------------------------------------------------- months
class MonthError(ValueError):
    """``code``: ``empty``, ``format`` (not a month), ``range`` (month 13, year 1999)."""

    def __init__(self, code: str, value: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.value = value


_MONTH_FULL = re.compile(r"^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?(?:份)?$")
_MONTH_COMPACT = re.compile(r"^(\d{4})(\d{2})$")
_MONTH_BARE = re.compile(rf"^({_NUM})\s*月(?:份)?$")


def read_month(text: str, today: date) -> tuple[int, int]:
    """(year, month) from "2026-11", "2026/11", "2026年11月", "202611", "11月", "本月", "上月".

    A bare month is the latest such month that has begun.
    """
    value = widen(text.strip())
    if not value:
        raise MonthError("empty")
    if value in ("本月", "这个月", "当月", "这月"):
        return today.year, today.month
    if value in ("上月", "上个月"):
        prev = today.replace(day=1) - timedelta(days=1)
        return prev.year, prev.month
    m = _MONTH_FULL.match(value) or _MONTH_COMPACT.match(value)
    if m is not None:
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12 or not 2000 <= year <= 2100:
            raise MonthError("range", text.strip())
        return year, month
    m = _MONTH_BARE.match(value)
    if m is not None:
        month_or_none = to_int(m.group(1))
        if month_or_none is None or not 1 <= month_or_none <= 12:
            raise MonthError("range", text.strip())
        year = today.year if month_or_none <= today.month else today.year - 1
        return year, month_or_none
    raise MonthError("format", text.strip())


def month_days(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


_SEPARATORS = re.compile(r"[\d:.,、\s]")


def has_substance(body: str) -> bool:
    """Whether a note says anything beyond its time ("/note 9:10" alone records nothing)."""
    clean = widen(body)
    kept, done = [], 0
    for token in lex(clean):
        kept.append(clean[done : token.start])
        done = token.end
    kept.append(clean[done:])
    return len(_SEPARATORS.sub("", "".join(kept))) >= 2
