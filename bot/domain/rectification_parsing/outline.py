"""Reading a report laid out as numbered headings, like the seed.

The steps: number-style of every line; chapters about the work in general are set aside;
the item level is chosen (the deepest level phrased as shortcomings, checked against the
stated total); the levels above it become 方面 and 大类; the lines under an item are its body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.domain.rectification_parsing.item_text import build_item
from bot.domain.rectification_parsing.layout import Entry, Group, Layout
from bot.domain.rectification_parsing.markers import CIRCLED, PROBLEM, RANK, Marker, read_marker
from bot.domain.rectification_parsing.stated import StatedTotals
from bot.domain.rectification_parsing.wording import (
    is_area_title,
    is_closing,
    is_general_chapter,
    is_problem_like,
)

_HEADING_END = re.compile(r"[。：:]")
_PROBLEM_SHARE = 0.5


@dataclass
class _Heading:
    line: int
    style: str
    ordinal: int
    title: str


@dataclass
class _RawItem:
    line: int
    no: int
    head: str
    body: list[str] = field(default_factory=list)
    headings: dict[str, _Heading] = field(default_factory=dict)


def read_outline(lines: list[str], stated: StatedTotals) -> Layout | None:
    """The problems of a heading-numbered report, or ``None`` when it has no numbering."""
    markers = [read_marker(line) for line in lines]
    excluded = _excluded(markers)
    item_style = _item_style(markers, excluded, stated)
    if item_style is None:
        return None
    first = _first_item_line(markers, excluded, item_style)
    parents = _parent_styles(markers, excluded, item_style, first)
    raw = _walk(lines, markers, excluded, item_style, parents)
    if parents:  # numbered steps in a preamble, before any heading, are not problems
        raw = [r for r in raw if r.headings or _problem_like(Marker(item_style, r.no, r.head))]
    if not raw:
        return None
    levels = _levels(raw, parents)
    entries = [_entry(item, levels) for item in raw]
    return Layout(entries, raw[0].line, structured=item_style == PROBLEM)


def _first_item_line(markers: list[Marker | None], excluded: list[bool], style: str) -> int:
    """The first problem, skipping numbered steps that a preamble may list before it."""
    lines = [i for i, m in enumerate(markers) if _is(m, style) and not excluded[i]]
    liked = (i for i in lines if _problem_like(markers[i]))  # type: ignore[arg-type]
    return next(liked, lines[0])


def _is(marker: Marker | None, style: str) -> bool:
    return marker is not None and marker.style == style


def heading_title(text: str) -> str:
    """A heading's name: its words up to the first full stop or colon."""
    match = _HEADING_END.search(text)
    if match and match.start() >= 2:
        text = text[: match.start()]
    return text.strip(" \t；;，,。")


def _problem_like(marker: Marker) -> bool:
    return marker.style == PROBLEM or is_problem_like(heading_title(marker.rest))


def _excluded(markers: list[Marker | None]) -> list[bool]:
    """Lines inside chapters about the work in general ("整改工作开展情况", "下一步工作打算").

    A chapter is set aside only when nothing under it reads as a problem, so a chapter
    named "整改进展情况" that does list problems is kept. Linear: each chapter's end comes
    from a backwards scan, its problem count from prefix sums.
    """
    size = len(markers)
    ends = _chapter_ends(markers)
    problems = [0]
    for marker in markers:
        problems.append(problems[-1] + (1 if marker and _problem_like(marker) else 0))
    delta = [0] * (size + 1)
    for i, marker in enumerate(markers):
        if marker is None or marker.style in (CIRCLED, PROBLEM):
            continue
        title = heading_title(marker.rest)
        if not is_general_chapter(title) or is_problem_like(title):
            continue
        if problems[ends[i]] - problems[i + 1] == 0:
            delta[i] += 1
            delta[ends[i]] -= 1
    out, depth = [], 0
    for i in range(size):
        depth += delta[i]
        out.append(depth > 0)
    return out


def _chapter_ends(markers: list[Marker | None]) -> list[int]:
    """For each numbered line, the next line numbered at the same or a shallower level."""
    size = len(markers)
    next_at_rank = [size] * (max(RANK.values()) + 1)
    ends = [size] * size
    for i in range(size - 1, -1, -1):
        marker = markers[i]
        if marker is None:
            continue
        ends[i] = min(next_at_rank[: marker.rank + 1])
        next_at_rank[marker.rank] = i
    return ends


def _item_style(
    markers: list[Marker | None], excluded: list[bool], stated: StatedTotals
) -> str | None:
    """The numbering style of the problems themselves.

    ``问题N：`` wins outright. Otherwise the deepest level whose headings mostly read as
    shortcomings, preferring one whose count equals the stated total; measures numbered
    "1." or "（1）" read as actions, so they are not taken for problems.
    """
    lines_by_style: dict[str, list[int]] = {}
    liked: dict[str, int] = {}
    for i, marker in enumerate(markers):
        if marker is None or excluded[i] or marker.style == CIRCLED:
            continue
        lines_by_style.setdefault(marker.style, []).append(i)
        liked[marker.style] = liked.get(marker.style, 0) + _problem_like(marker)
    if not lines_by_style:
        return None
    if PROBLEM in lines_by_style:
        return PROBLEM
    deepest_first = sorted(lines_by_style, key=RANK.__getitem__, reverse=True)

    def count(style: str) -> int:
        return len(lines_by_style[style])

    def matches_total(style: str) -> bool:
        return stated.before(lines_by_style[style][0]) == count(style)

    def reads_as_problems(style: str) -> bool:
        return liked[style] >= _PROBLEM_SHARE * count(style)

    for test in (
        lambda s: matches_total(s) and reads_as_problems(s),
        reads_as_problems,
        matches_total,
    ):
        chosen = next((s for s in deepest_first if test(s)), None)
        if chosen is not None:
            return chosen
    return deepest_first[0]


def _parent_styles(
    markers: list[Marker | None], excluded: list[bool], item_style: str, first: int
) -> list[str]:
    """Heading styles above the items, outermost first: shallower, and used before item one."""
    found = {
        m.style
        for i, m in enumerate(markers[:first])
        if m is not None and not excluded[i] and m.style not in (CIRCLED, PROBLEM)
    }
    return sorted((s for s in found if RANK[s] < RANK[item_style]), key=RANK.__getitem__)


def _walk(
    lines: list[str],
    markers: list[Marker | None],
    excluded: list[bool],
    item_style: str,
    parents: list[str],
) -> list[_RawItem]:
    """Collect items with the headings above them and the lines under them."""
    tail = _closing_start(lines, markers, excluded, item_style)
    headings: dict[str, _Heading] = {}
    items: list[_RawItem] = []
    current: _RawItem | None = None
    for i, line in enumerate(lines[:tail]):
        marker = markers[i]
        if marker is not None and marker.style in parents:
            current = None
            _drop_from(headings, marker.style, parents)
            if not excluded[i]:
                title = heading_title(marker.rest)
                headings[marker.style] = _Heading(i, marker.style, marker.ordinal, title)
        elif excluded[i]:
            current = None
        elif marker is not None and marker.style == item_style:
            current = _RawItem(i, marker.ordinal, marker.rest, headings=dict(headings))
            items.append(current)
        elif current is not None:
            current.body.append(line)
    return items


def _drop_from(headings: dict[str, _Heading], style: str, parents: list[str]) -> None:
    for deeper in parents[parents.index(style) :]:
        headings.pop(deeper, None)


def _closing_start(
    lines: list[str], markers: list[Marker | None], excluded: list[bool], item_style: str
) -> int:
    """Where the closing (下一步…, contacts, signature) starts after the last item."""
    last = max(i for i, m in enumerate(markers) if _is(m, item_style) and not excluded[i])
    for i in range(last + 1, len(lines)):
        following = lines[i + 1] if i + 1 < len(lines) else None
        if markers[i] is None and is_closing(lines[i], following):
            return i
    return len(lines)


@dataclass(frozen=True)
class _Levels:
    area: str | None
    category: str | None


def _levels(items: list[_RawItem], parents: list[str]) -> _Levels:
    """Which heading styles are the 方面 and the 大类.

    The two levels nearest the items count; an outer level with a single heading that is
    not a 方面 ("二、巡察反馈问题整改情况") is a chapter around the list, not an area.
    """
    used = [s for s in parents if any(s in item.headings for item in items)][-2:]
    if len(used) == 2 and _single_non_area(items, used[0]):
        used = used[1:]
    if len(used) == 2:
        return _Levels(used[0], used[1])
    if len(used) == 1:
        if _single_non_area(items, used[0]):
            return _Levels(None, None)
        titles = _titles(items, used[0])
        return _Levels(used[0], None) if any(map(is_area_title, titles)) else _Levels(None, used[0])
    return _Levels(None, None)


def _titles(items: Iterable[_RawItem], style: str) -> list[str]:
    return [item.headings[style].title for item in items if style in item.headings]


def _single_non_area(items: list[_RawItem], style: str) -> bool:
    lines = {item.headings[style].line for item in items if style in item.headings}
    return len(lines) == 1 and not any(map(is_area_title, _titles(items, style)))


def _entry(item: _RawItem, levels: _Levels) -> Entry:
    def group(style: str | None) -> Group | None:
        heading = item.headings.get(style) if style else None
        return Group(heading.line, heading.title, heading.ordinal) if heading else None

    parsed = build_item(item.no, item.head, item.body)
    return Entry(parsed, group(levels.area), group(levels.category))
