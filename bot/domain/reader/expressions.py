"""Raw pieces grouped into what a sentence means by a time: points, ranges and durations.

``明天`` ``下午`` ``3点`` side by side are one point; two points joined by 到/至/- are a
range. The *skeleton* is the message with each expression replaced by one placeholder
character, so the patterns that look for intent (请假, 回, 晚到 …) see ``P回`` instead of
every way of writing a time, and their matches map back to the expression.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from bot.domain.chinese_dates.dates import Clock, DateSpec, Duration
from bot.domain.chinese_dates.lexer import Token, lex
from bot.domain.chinese_dates.numerals import to_int
from bot.domain.pattern_gate import compile_lazy

POINT, RANGE, DUR = "\ue000", "\ue001", "\ue002"
ANY = f"[{POINT}{RANGE}{DUR}]"


@dataclass(slots=True)
class Point:
    """A moment or stretch named by date, part of day and clock, any of them missing."""

    start: int
    end: int
    date: DateSpec | None = None
    part: str | None = None
    clock: Clock | None = None


@dataclass(slots=True)
class Range:
    """``first`` to ``last``, both included (周三到周五 is Wednesday morning to Friday night)."""

    start: int
    end: int
    first: Point
    last: Point


@dataclass(slots=True)
class Span:
    """A duration as an expression."""

    start: int
    end: int
    duration: Duration


Expr = Point | Range | Span

_JOIN_GAP = compile_lazy(r"[\s的)]*")
_WEEKDAY_GAP = compile_lazy(r"[\s,(的]*")
_RANGE_GAP = compile_lazy(r"\s*(?:一直到|直到|到|至|~|-)\s*")
_BETWEEN_GAP = compile_lazy(r"\s*[和与跟]\s*")
_FROM = compile_lazy(r"(?:从|自)\s*$")
_BETWEEN_TAIL = compile_lazy(r"\s*之间")


def _joins(point: Point, token: Token, gap: str) -> bool:
    """Whether ``token`` continues ``point`` (明天 + 下午 + 3点) rather than starting anew."""
    if token.kind == "date":
        if point.date is None or point.part is not None or point.clock is not None:
            return False
        spec = token.value
        assert isinstance(spec, DateSpec)
        one_weekday = point.date.is_weekday != spec.is_weekday  # 12月3日（周四）
        if "," in gap and point.date.is_weekday and spec.form == "rel":
            return False  # 是下周一，明天有检查: a day of its own opens the next clause
        return one_weekday and _WEEKDAY_GAP.fullmatch(gap) is not None
    if _JOIN_GAP.fullmatch(gap) is None:
        return False
    if token.kind == "part":
        return point.part is None and point.clock is None
    return token.kind == "clock" and point.clock is None


def _add(point: Point, token: Token) -> None:
    point.end = token.end
    if token.kind == "date":
        spec = token.value
        assert isinstance(spec, DateSpec)
        if point.date is None or point.date.is_weekday:
            point.date = spec
            point.part = point.part or spec.part
    elif token.kind == "part":
        point.part = token.value  # type: ignore[assignment]
    else:
        point.clock = token.value  # type: ignore[assignment]


def _new_point(token: Token) -> Point:
    point = Point(token.start, token.end)
    _add(point, token)
    return point


def _group(text: str, tokens: list[Token]) -> list[Expr]:
    out: list[Expr] = []
    current: Point | None = None
    for token in tokens:
        gap = text[current.end : token.start] if current is not None else ""
        if token.kind in ("date", "part", "clock"):
            if current is not None and _joins(current, token, gap):
                _add(current, token)
                continue
            if current is not None:
                out.append(current)
            current = _new_point(token)
            continue
        if token.kind == "hrange":
            assert isinstance(token.value, tuple)  # the lexer's hrange: (first, last) clocks
            first_clock: Clock | None = token.value[0]
            last_clock: Clock | None = token.value[1]
            if current is not None and current.clock is None and _JOIN_GAP.fullmatch(gap):
                base, current = current, None  # 明天3到5点
            else:
                if current is not None:
                    out.append(current)
                base, current = Point(token.start, token.start), None
            first = Point(base.start, token.end, base.date, base.part, first_clock)
            last = Point(token.end, token.end, base.date, base.part, last_clock)
            out.append(Range(base.start, token.end, first, last))
            continue
        if current is not None:
            out.append(current)
            current = None
        out.append(Span(token.start, token.end, token.value))  # type: ignore[arg-type]
    if current is not None:
        out.append(current)
    return _ranges(text, out)


def _ranges(text: str, exprs: list[Expr]) -> list[Expr]:
    """Join ``point 到 point`` (and ``point 和 point 之间``) into ranges."""
    out: list[Expr] = []
    i = 0
    while i < len(exprs):
        here = exprs[i]
        there = exprs[i + 1] if i + 1 < len(exprs) else None
        if isinstance(here, Point) and isinstance(there, Point):
            gap = text[here.end : there.start]
            end = there.end
            joined = _RANGE_GAP.fullmatch(gap) is not None
            if not joined and _BETWEEN_GAP.fullmatch(gap):
                tail = _BETWEEN_TAIL.match(text, there.end)
                if tail is not None:
                    joined, end = True, tail.end()
            if joined:
                start = here.start
                lead = _FROM.search(text, 0, here.start)
                if lead is not None:
                    start = lead.start()
                out.append(Range(start, end, here, there))
                i += 2
                continue
        out.append(here)
        i += 1
    return out


def expressions(text: str) -> list[Expr]:
    """The time expressions of a normalised message, in order."""
    exprs = _week_then_days(_group(text, lex(text)))
    return _under_heading(text, exprs) if "\n" in text or ":" in text else exprs


def _week_then_days(exprs: list[Expr]) -> list[Expr]:
    """下周请年假：周一、周三 — the week names where a list of bare weekdays after it falls;
    the week itself is then no period of its own."""
    dropped: list[Expr] = []
    for i, expr in enumerate(exprs):
        date = expr.date if isinstance(expr, Point) else None
        if date is None or date.form != "week" or date.week is None:
            continue
        days: list[Point] = []
        for later in exprs[i + 1 :]:
            spec = later.date if isinstance(later, Point) else None
            if spec is None:
                continue
            if spec.form != "wd" or spec.week is not None:
                break
            days.append(later)  # type: ignore[arg-type]
        if len(days) >= 2:
            for day in days:
                assert day.date is not None
                day.date = replace(day.date, week=date.week)
            dropped.append(expr)
    if not dropped:
        return exprs  # nearly every message: no week before its weekdays
    return [e for e in exprs if not any(e is d for d in dropped)]


@dataclass(slots=True)
class Skeleton:
    """The message with every time expression replaced by one placeholder character.

    ``text`` is what intent patterns search; ``where[i]`` is the position in the message of
    skeleton character ``i``; ``exprs_at[i]`` the expression behind a placeholder at ``i``.
    """

    text: str
    where: list[int]
    exprs_at: dict[int, Expr] = field(default_factory=dict)

    @classmethod
    def build(cls, text: str, exprs: list[Expr]) -> Skeleton:
        pieces: list[str] = []
        where: list[int] = []
        exprs_at: dict[int, Expr] = {}
        done = 0
        for expr in exprs:
            pieces.append(text[done : expr.start])
            where.extend(range(done, expr.start))
            exprs_at[len(where)] = expr
            pieces.append(
                POINT if isinstance(expr, Point) else RANGE if isinstance(expr, Range) else DUR
            )
            where.append(expr.start)
            done = expr.end
        pieces.append(text[done:])
        where.extend(range(done, len(text)))
        return cls("".join(pieces), where, exprs_at)

    def exprs_in(
        self, start: int, end: int, skip: frozenset[int] | set[int] = frozenset()
    ) -> list[Expr]:
        """Expressions whose placeholders lie in ``[start, end)``, except those at ``skip``."""
        return [e for i, e in self.exprs_at.items() if start <= i < end and i not in skip]


# A first line that heads the lines beneath it (报一下下周外出：, 【下周值班外出】, 12月外出计划):
# it ends in a colon, sits in brackets, or is a plan's title.
_HEADING = compile_lazy(
    r"[^\S\n]*(?:[【\[][^\n】\]]{1,20}[】\]]|[^\n]{1,24}?(?:[:：]|安排|计划|行程|去向|报备|外出))"
    r"[^\S\n]*\n"
)
# The same heading closed by a colon with its first item on the same line (下周外出：周二…).
_HEADING_WIDTH = 24
_HEADING_ON_LINE = compile_lazy(rf"[^\S\n]*[^\n:]{{1,{_HEADING_WIDTH}}}:")
# The month a heading names with no day of its own (12月外出计划, 下个月请假安排).
_HEADING_MONTH = compile_lazy(
    r"(?:(?<![\d年])(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?(?![\d底末初中旬])"
    r"|(?P<r>本月|这个?月|当月|下个?月|次月))"
)


def _under_heading(text: str, exprs: list[Expr]) -> list[Expr]:
    """报一下下周外出：\n周二上午 吴涛… — a heading naming a week (or a month) is where the bare
    days beneath it fall: each bare weekday (bare 号 day) takes the heading's week (month),
    a day that names its own (下下周一) keeps it, and the heading's week, once the lines name
    their days, is no period of its own. Only a heading on the first line (or, on a single
    line, before its colon: 下周外出：周二上午…), with no day of its own, anchors anything;
    every other message is returned as it came."""
    line_end = text.find("\n")
    if line_end < 0:  # 下周外出：周二上午去区法院: a heading before a colon, on one line
        line_end = text.find(":")
        if not 0 < line_end <= _HEADING_WIDTH:
            return exprs
    if not exprs or exprs[-1].start < line_end:
        return exprs  # nothing beneath the first line to place (the cheap test first)
    above = [e for e in exprs if e.start < line_end]
    below = exprs[len(above) :]
    if len(above) > 1:
        return exprs
    if above:
        week = above[0]
        if (
            not isinstance(week, Point)
            or week.date is None
            or week.date.form != "week"
            or week.date.week is None
            or week.part is not None
            or week.clock is not None
        ):
            return exprs
        anchor = _in_week(week.date.week)
    else:
        month = _HEADING_MONTH.search(text, 0, line_end) if "月" in text[:line_end] else None
        if month is None:
            return exprs
        anchor = _in_month(month)
    if (_HEADING if text[line_end] == "\n" else _HEADING_ON_LINE).match(text) is None:
        return exprs
    said = [_anchored(e, anchor) for e in below]
    if above and not any(isinstance(e, (Point, Range)) for e in said):
        return exprs  # 下周出差：\n大概三天: no day beneath, the week is the period
    return said


_HEADING_WEEK = compile_lazy(r"(?:下下|下|本|这|今)个?(?:周|礼拜|星期)(?![一二三四五六日天末])")


def under_heading(text: str) -> bool:
    """Whether the message opens with a heading naming a week or a month (下周外出：\n…), so
    its lines are read together: a line read alone would lose the heading's week."""
    line_end = text.find("\n")
    if line_end < 0 or not any(w in text[:line_end] for w in ("周", "礼拜", "星期", "月")):
        return False
    head = _HEADING.match(text)
    if head is None:
        return False
    return bool(
        _HEADING_WEEK.search(text, 0, head.end()) or _HEADING_MONTH.search(text, 0, head.end())
    )


def heading_alone(text: str) -> bool:
    """报一下下周外出： sent on its own, the list to follow in the next message: a heading that
    names a week or a month, not the sender away all of it. Asked about, never recorded."""
    line = text.strip()
    if "\n" in line or not line.endswith((":", "：", "】", "]")):
        return False
    return under_heading(line + "\n")


def _in_week(week: int) -> Callable[[DateSpec], DateSpec]:
    def anchor(spec: DateSpec) -> DateSpec:
        bare = spec.form in ("wd", "wds") and spec.week is None
        return replace(spec, week=week) if bare else spec

    return anchor


def _in_month(m: re.Match[str]) -> Callable[[DateSpec], DateSpec]:
    said = m["m"]
    month = None if said is None else to_int(said)
    offset = 0 if m["r"] is None else 1 if m["r"][0] in "下次" else 0

    def anchor(spec: DateSpec) -> DateSpec:
        if spec.form != "d" or spec.month_rel is not None or spec.year_rel is not None:
            return spec
        if month is None:
            return replace(spec, month_rel=offset)
        return replace(spec, form="md", month=month) if 1 <= month <= 12 else spec

    return anchor


def _anchored(expr: Expr, anchor: Callable[[DateSpec], DateSpec]) -> Expr:
    """The expression with its bare day placed by the heading's ``anchor``."""
    if isinstance(expr, Point):
        if expr.date is None:
            return expr
        spec = anchor(expr.date)
        if spec.form == "after" and spec.base is not None:  # 周三去长沙，次日回
            spec = replace(spec, base=anchor(spec.base))
        return expr if spec is expr.date else replace(expr, date=spec)
    if isinstance(expr, Range):
        first, last = _anchored(expr.first, anchor), _anchored(expr.last, anchor)
        assert isinstance(first, Point) and isinstance(last, Point)
        return replace(expr, first=first, last=last)
    return expr
