"""Reading 整改时限 ("2023年12月底", "长期坚持") into a day and a status hint.

The raw wording is kept elsewhere; here we only say which day it means, taking the last day
of a month, quarter or year when the text names only that, because a deadline is met by
the end of the period it names.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from bot.domain.chinese_dates.dates import DateSpec, resolve_date
from bot.domain.chinese_dates.days import widen
from bot.domain.chinese_dates.lexer import lex
from bot.domain.rectification_parsing.text import cn_to_int

LONG_TERM = "长期坚持"
DONE = "已完成"
IN_PROGRESS = "整改中"

_FULL = re.compile(r"(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?")
_MONTH = re.compile(r"(\d{4})\s*(?:年|[.\-/])\s*(\d{1,2})\s*月?\s*(上旬|中旬|下旬)?")
_QUARTER = re.compile(r"(\d{4})\s*年\s*(?:第)?([一二三四1-4])\s*季度")
_HALF = re.compile(r"(\d{4})\s*年\s*(上半年|下半年)")
_YEAR = re.compile(r"(\d{4})\s*年\s*(?:底|末|年底|年末|内|前|全年|\s*$)")

_LONG_TERM = re.compile(r"长期坚持|长期|常态化|持续推进|持续整改")
_DONE_WORD = re.compile(
    r"^(?:已完成|已全部完成|已整改到位|已整改完成|已整改|整改完成|已办结|已销号)(?:[。，,；;！!]|$)"
)
_DONE = re.compile(r"^(?:已经?|均已)?(?:全部)?(?:完成|整改到位|整改完成|办结|销号)|^已完成|^已整改")
_IN_PROGRESS = re.compile(r"正在|整改中|推进中|持续推进|逐步|尚未完成|未完成")


def deadline_date(text: str | None) -> date | None:
    """The day a deadline means, or ``None`` when it names none (长期坚持, 立行立改)."""
    if not text:
        return None
    full = _FULL.search(text)
    if full:  # a whole date that does not exist (2月30日) means no day, not the month's end
        return _safe_date(*map(int, full.groups()))
    dated = _engine_date(text)
    if dated is not None:
        return dated
    for reader in (_read_quarter, _read_half, _read_month, _read_year):
        day = reader(text)
        if day is not None:
            return day
    return None


def _engine_date(text: str) -> date | None:
    """A day with its year as the date engine reads it (二〇二三年十二月底, 2023年12月31日);
    periods the engine does not name (quarters, halves, 上旬) are read below."""
    for token in lex(widen(text)):
        spec = token.value
        if not isinstance(spec, DateSpec) or spec.year is None or spec.form not in ("ymd", "mend"):
            continue
        if spec.form == "ymd" and re.match(r"\s*[上中下]旬", text[token.end :]):
            continue
        days = resolve_date(spec, date(spec.year, 1, 1))
        return days[0] if days else None
    return None


def _read_month(text: str) -> date | None:
    match = _MONTH.search(text)
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    part = {"上旬": 10, "中旬": 20}.get(match.group(3) or "")
    if not 1 <= month <= 12:
        return None
    return _safe_date(year, month, part or calendar.monthrange(year, month)[1])


def _read_quarter(text: str) -> date | None:
    match = _QUARTER.search(text)
    if not match:
        return None
    quarter = cn_to_int(match.group(2)) or 4
    month = quarter * 3
    year = int(match.group(1))
    return _safe_date(year, month, calendar.monthrange(year, month)[1])


def _read_half(text: str) -> date | None:
    match = _HALF.search(text)
    if not match:
        return None
    year = int(match.group(1))
    return date(year, 6, 30) if match.group(2) == "上半年" else date(year, 12, 31)


def _read_year(text: str) -> date | None:
    match = _YEAR.search(text)
    return _safe_date(int(match.group(1)), 12, 31) if match else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def status_hint(deadline: str | None, progress: str | None) -> str | None:
    """长期坚持 when the text says so, else 已完成 or 整改中 from the progress wording."""
    if (deadline and _LONG_TERM.search(deadline)) or (progress and "长期坚持" in progress):
        return LONG_TERM
    if not progress:
        return None
    text = progress.strip()
    # "已完成安全鉴定9座，其余5座正在鉴定" is partly done: only a bare 已完成 beats 正在.
    if _DONE_WORD.match(text):
        return DONE
    if _IN_PROGRESS.search(text):
        return IN_PROGRESS
    return DONE if _DONE.search(text) else None
