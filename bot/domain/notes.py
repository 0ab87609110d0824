"""Discipline notes (作风督查记录) as leaders write them: the category, the checked time, the
people named, and which absence report covered a person at that time. Also the month words
the attendance export takes ("2026-11", "2026年11月", "11月").

Times in a note look back: "9:10" is today at 9:10, "周三" the latest Wednesday on or before
today, so they are read here rather than by the absence reader, whose days look forward.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bot.domain.office import OfficeHours

CATEGORIES = ("迟到", "早退", "脱岗", "未报备外出", "工作纪律", "其他")
OTHER = "其他"
# Categories that are about a person: a note of one of these must name someone. They are
# also the absence categories, the only ones checked against reports (已报备/未报备): a
# note about playing games at the desk says nothing about whether anyone reported leave.
PERSONAL_CATEGORIES = frozenset({"迟到", "早退", "脱岗", "未报备外出"})
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


_FULL_WIDTH = str.maketrans("０１２３４５６７８９：", "0123456789:")
_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_NUM = r"(?:\d{1,2}|[零〇一二两三四五六七八九十]{1,3})"
_WEEKDAYS = "一二三四五六日天"

_YMD = re.compile(r"(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_MD = re.compile(rf"({_NUM})\s*月\s*({_NUM})\s*[日号]")
_DOM = re.compile(rf"(?<![月\d])({_NUM})\s*[日号](?![楼房室门窗])")
_REL = re.compile(r"(今天|今日|今早|今晨|今晚|昨天|昨日|昨早|昨晚|前天|明天|明日|后天)")
_WEEK = re.compile(rf"(上上|上|本|这|下下|下)?\s*(?:周|星期|礼拜)([{_WEEKDAYS}])")
_PART = re.compile(r"(上午|早上|早晨|清晨|中午|午间|下午|傍晚|晚上|夜间)")
_COLON = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])")
_HOUR = re.compile(
    rf"(?<![快早多慢差有好])({_NUM})\s*[点時时]\s*(?:(半)|(一刻)|(三刻)|({_NUM})\s*分?)?"
)


def _cn_int(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    if token == "十":
        return 10
    if token.startswith("十"):
        rest = _CN_DIGITS.get(token[1:])
        return None if rest is None else 10 + rest
    if token.endswith("十") and len(token) == 2:
        head = _CN_DIGITS.get(token[0])
        return None if head is None else head * 10
    if "十" in token:
        head, _, tail = token.partition("十")
        a, b = _CN_DIGITS.get(head), _CN_DIGITS.get(tail)
        return None if a is None or b is None else a * 10 + b
    if len(token) == 1:
        return _CN_DIGITS.get(token)
    return None


def _part_of(word: str) -> str:
    if word in ("上午", "早上", "早晨", "清晨"):
        return "am"
    if word in ("中午", "午间"):
        return "noon"
    if word in ("下午",):
        return "pm"
    return "evening"


def _part_span(part: str, office: OfficeHours) -> tuple[time, time]:
    return {
        "am": (office.day_start, office.am_end),
        "noon": (office.am_end, office.pm_start),
        "pm": (office.pm_start, office.day_end),
        "evening": (office.day_end, time(23, 59)),
    }[part]


def read_day(text: str, today: date) -> date | None:
    """The day a note or a listing names, looking back; None when it names none.

    Raises :class:`NoteTimeError` ``bad_date`` for an impossible date (2月30日) and
    ``future`` for 明天 and the like.
    """
    text = text.translate(_FULL_WIDTH)
    if (m := _YMD.search(text)) is not None:
        return _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(0))
    if (m := _MD.search(text)) is not None:
        month, day = _cn_int(m.group(1)), _cn_int(m.group(2))
        if month is None or day is None:
            raise NoteTimeError("bad_date", m.group(0))
        found = _safe(today.year, month, day, m.group(0))
        return found if found <= today else _safe(today.year - 1, month, day, m.group(0))
    if (m := _REL.search(text)) is not None:
        word = m.group(1)
        if word[0] in "明后":
            raise NoteTimeError("future", word)
        back = {"今": 0, "昨": 1, "前": 2}[word[0]]
        return today - timedelta(days=back)
    if (m := _WEEK.search(text)) is not None:
        if (m.group(1) or "").startswith("下"):
            raise NoteTimeError("future", m.group(0))  # 下周一: a check not yet held
        weekday = _WEEKDAYS.index(m.group(2))
        weekday = min(weekday, 6)  # 周日 and 周天 are both Sunday
        monday = today - timedelta(days=today.weekday())
        weeks_back = {"上上": 2, "上": 1}.get(m.group(1) or "", 0)
        found = monday - timedelta(weeks=weeks_back) + timedelta(days=weekday)
        if m.group(1) in ("本", "这") and found > today:
            raise NoteTimeError("future", m.group(0))
        if not m.group(1) and found > today:
            found -= timedelta(weeks=1)
        return found
    if (m := _DOM.search(text)) is not None:
        day = _cn_int(m.group(1))
        if day is None:
            raise NoteTimeError("bad_date", m.group(0))
        found_or_none = _try(today.year, today.month, day)
        if found_or_none is None or found_or_none > today:
            prev = today.replace(day=1) - timedelta(days=1)
            found_or_none = _try(prev.year, prev.month, day)
        if found_or_none is None:
            raise NoteTimeError("bad_date", m.group(0))
        return found_or_none
    return None


def _try(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _safe(year: int, month: int, day: int, said: str) -> date:
    found = _try(year, month, day)
    if found is None:
        raise NoteTimeError("bad_date", said)
    return found


def _clock(text: str, part: str | None) -> time | None:
    hour = minute = None
    if (m := _COLON.search(text)) is not None:
        hour, minute = int(m.group(1)), int(m.group(2))
    elif (m := _HOUR.search(text)) is not None:
        hour = _cn_int(m.group(1))
        if m.group(2):
            minute = 30
        elif m.group(3):
            minute = 15
        elif m.group(4):
            minute = 45
        elif m.group(5):
            minute = _cn_int(m.group(5))
        else:
            minute = 0
    if hour is None or minute is None:
        return None
    if hour > 23 or minute > 59:
        raise NoteTimeError("bad_date", m.group(0) if m else text)
    if (part in ("pm", "evening") and hour < 12) or (part == "noon" and hour < 3):
        hour += 12
    elif part is None and 1 <= hour <= 7:
        hour += 12  # a bare hour 1–7 is afternoon (office convention)
    return time(hour, minute)


def read_checked_time(text: str, now: datetime, office: OfficeHours) -> CheckedTime:
    """The time a note is about, in ``now``'s time zone. No time words: ``now``.

    A clock time (9:10, 9点10分, 下午3点) gives an instant; a day or a half day without a
    clock (今天上午, 昨天) gives a span, cut off at ``now``.
    """
    clean = text.translate(_FULL_WIDTH)
    today = now.date()
    day = read_day(clean, today)
    part_match = _PART.search(clean)
    part = _part_of(part_match.group(1)) if part_match else None
    if part is None and (rel := _REL.search(clean)) is not None:
        part = {"早": "am", "晨": "am", "晚": "evening"}.get(rel.group(1)[-1])
    clock = _clock(clean, part)
    if day is None and part is None and clock is None:
        return CheckedTime(now, None, said=False)
    day = day or today
    tz = now.tzinfo
    if clock is not None:
        at, until = datetime.combine(day, clock, tzinfo=tz), None
    else:
        first, last = _part_span(part, office) if part else (office.day_start, office.day_end)
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
    value = text.strip().translate(_FULL_WIDTH)
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
        month_or_none = _cn_int(m.group(1))
        if month_or_none is None or not 1 <= month_or_none <= 12:
            raise MonthError("range", text.strip())
        year = today.year if month_or_none <= today.month else today.year - 1
        return year, month_or_none
    raise MonthError("format", text.strip())


def looks_like_month(text: str) -> bool:
    try:
        read_month(text, date(2000, 1, 1))
    except MonthError as exc:
        return exc.code == "range"
    return True


def month_days(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


_TIME_WORDS = re.compile(
    r"[\d:：.．,，、\s]|点半?|[上下中]午|早上|晚上|今天|昨天|前天|[上本这]?周[一二三四五六日天]|星期.|礼拜.|\d*[月号日]"
)


def has_substance(body: str) -> bool:
    """Whether a note says anything beyond its time ("/note 9:10" alone records nothing)."""
    return len(_TIME_WORDS.sub("", body)) >= 2
