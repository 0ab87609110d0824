"""Rectification items (整改问题): status words, the 督办 light, stalled items, and reading
the arguments people type after /item, /deadline, /status and /items.

Pure: no Telegram, no storage. The clock's "today" is always passed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from bot.domain.chinese_dates import FORWARD, read_day


class Status(StrEnum):
    NOT_STARTED = "未启动"
    IN_PROGRESS = "整改中"
    DONE = "已完成"
    LONG_TERM = "长期坚持"
    CLOSED = "已销号"


STATUSES = tuple(Status)
OPEN_STATUSES = (Status.NOT_STARTED, Status.IN_PROGRESS, Status.LONG_TERM)

_STATUS_WORDS = {
    "未启动": Status.NOT_STARTED,
    "未开始": Status.NOT_STARTED,
    "整改中": Status.IN_PROGRESS,
    "进行中": Status.IN_PROGRESS,
    "推进中": Status.IN_PROGRESS,
    "已完成": Status.DONE,
    "完成": Status.DONE,
    "已整改": Status.DONE,
    "长期坚持": Status.LONG_TERM,
    "长期": Status.LONG_TERM,
    "已销号": Status.CLOSED,
    "销号": Status.CLOSED,
}


def parse_status(word: str) -> Status | None:
    return _STATUS_WORDS.get(word.strip())


class MeasureStatus(StrEnum):
    OPEN = "未完成"
    DOING = "整改中"
    DONE = "已完成"


_MEASURE_WORDS = {
    "未完成": MeasureStatus.OPEN,
    "未启动": MeasureStatus.OPEN,
    "未开始": MeasureStatus.OPEN,
    "整改中": MeasureStatus.DOING,
    "进行中": MeasureStatus.DOING,
    "已完成": MeasureStatus.DONE,
    "完成": MeasureStatus.DONE,
}


def parse_measure_status(word: str) -> MeasureStatus | None:
    return _MEASURE_WORDS.get(word.strip())


# ---------------------------------------------------------------------- transitions
class Refusal(StrEnum):
    """Why a status change is not allowed (messages.rectification words each)."""

    SAME = "same"
    USE_CLOSE = "use_close"  # 已销号 only through /close, which leaders use
    CLOSED_LEADER_ONLY = "closed_leader_only"  # reopening a closed item


def check_transition(old: Status, new: Status, *, is_leader: bool) -> Refusal | None:
    """``None`` when ``old`` → ``new`` is allowed for this person."""
    if old == new:
        return Refusal.SAME
    if new == Status.CLOSED:
        return Refusal.USE_CLOSE
    if old == Status.CLOSED and not is_leader:
        return Refusal.CLOSED_LEADER_ONLY
    return None


def status_after_progress(old: Status) -> Status:
    """A progress report on an item nobody had started means it has started."""
    return Status.IN_PROGRESS if old == Status.NOT_STARTED else old


def status_after_import(old: Status, stated: Status | None) -> Status | None:
    """The status a re-imported report sets, or None to leave it: a closed item (销号) stays
    closed whatever a revised document says, and an unchanged status is no change."""
    if stated is None or old in (Status.CLOSED, stated):
        return None
    return stated


# Open items: what /overdue, /stalled and the deadline reminders look at.
OPEN_STATUSES = (Status.NOT_STARTED, Status.IN_PROGRESS, Status.LONG_TERM)


# ---------------------------------------------------------------------- lights
class Light(StrEnum):
    GREEN = "🟢"
    YELLOW = "🟡"
    RED = "🔴"
    NONE = "⚪"
    CLOSED = "✅"


def light(status: Status, deadline: date | None, today: date, yellow_days: int = 7) -> Light:
    """The 督办 light: red past the deadline, yellow within ``yellow_days`` of it.

    Finished work (已完成, waiting to be 销号) is green whatever the date: the owner has done
    their part, the remaining step is the leaders'.
    """
    if status == Status.CLOSED:
        return Light.CLOSED
    if status == Status.DONE:
        return Light.GREEN
    if deadline is None:
        return Light.NONE
    if today > deadline:
        return Light.RED
    if (deadline - today).days <= yellow_days:
        return Light.YELLOW
    return Light.GREEN


def is_overdue(status: Status, deadline: date | None, today: date) -> bool:
    return light(status, deadline, today) == Light.RED


def is_stalled(status: Status, last_activity: datetime, now: datetime, days: int) -> bool:
    """Open work without a word for ``days`` days (import or assignment counts as a word)."""
    return status in OPEN_STATUSES and now - last_activity >= timedelta(days=days)


# ---------------------------------------------------------------------- reminders
@dataclass(frozen=True)
class ReminderDue:
    kind: str  # "before7", "before1", "overdue"
    days: int  # days left (before) or days past (overdue)


OVERDUE_CATCH_UP_DAYS = 7  # a bot that was down a few days still says it once, not years later


def reminder_due(
    status: Status, deadline: date | None, today: date, days_before: tuple[int, ...]
) -> ReminderDue | None:
    """Which deadline reminder applies today, if any.

    Each stage is one reminder: ``before7`` covers days 7..2 left (so a bot that was down on
    day 7 still says it on day 5), ``before1`` the last day; ``overdue`` starts the day after.
    """
    if deadline is None or status not in OPEN_STATUSES:
        return None
    left = (deadline - today).days
    if left >= 1:
        stages = sorted(d for d in days_before if d >= 1)
        for stage in stages:
            if left <= stage:
                return ReminderDue(f"before{stage}", left)
        return None
    past = -left
    if 1 <= past <= OVERDUE_CATCH_UP_DAYS:
        return ReminderDue("overdue", past)
    return None


# ---------------------------------------------------------------------- arguments
_ITEM_NO = re.compile(r"^(?:第|#|No\.?)?\s*(\d{1,6})\s*(?:号|项|条)?$", re.I)
MAX_ITEM_NO = 99999


def parse_item_no(word: str) -> int | None:
    """``12``, ``12号``, ``第12项``, ``#12`` → 12; anything else → None (0 is a number too)."""
    match = _ITEM_NO.match(word.strip())
    if not match:
        return None
    value = int(match.group(1))
    return value if value <= MAX_ITEM_NO else None


CLEAR_WORDS = frozenset({"无", "清除", "取消", "不限", "长期"})


class DateError(ValueError):
    """A deadline that does not read as a day."""


def parse_deadline(word: str, today: date) -> date | None:
    """2026-12-31, 2026年12月31日, 12月31日 (next year once past), 年底, 月底, 下周五 → a day,
    read forward by the date engine every command shares.

    Returns None for a word that clears the deadline (无, 清除); raises :class:`DateError`.
    """
    text = word.strip()
    if text in CLEAR_WORDS:
        return None
    day = read_day(text, today, FORWARD) if text else None
    if day is None:
        raise DateError
    return day


# ---------------------------------------------------------------------- /items filter
@dataclass(frozen=True)
class ItemFilter:
    """What ``/items`` shows: everything, one status, overdue ones, one person's, or a text
    found in the area, category or title."""

    kind: str  # all | status | overdue | open | person | text
    value: str = ""


_OVERDUE_WORDS = frozenset({"逾期", "超期", "过期", "红灯", "overdue"})
_OPEN_WORDS = frozenset({"未销号", "未完成", "在办", "open"})


def parse_item_filter(args: str) -> ItemFilter:
    text = args.strip()
    if not text or text in {"全部", "所有", "all"}:
        return ItemFilter("all")
    if text in _OVERDUE_WORDS:
        return ItemFilter("overdue")
    if text in _OPEN_WORDS:
        return ItemFilter("open")
    status = parse_status(text)
    if status is not None:
        return ItemFilter("status", status.value)
    if text.startswith("@"):
        return ItemFilter("person", text)
    return ItemFilter("text", text)


def decode_text(data: bytes) -> str:
    """A text file's characters: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030
    (what Chinese Windows saves as "ANSI"). Raises UnicodeDecodeError when none fits."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def matches_text(needle: str, *haystacks: str | None) -> bool:
    return any(needle in (h or "") for h in haystacks)


def shorten(text: str, limit: int) -> str:
    """Titles on one phone line: cut with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
