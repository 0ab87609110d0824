"""Numbered headings: which numbering style a line starts with, and where headings run on.

Chinese official documents nest 一、 > （一） > 1. > （1） > ①; a report uses some of these
levels, in that order, so a style's rank tells its depth whatever levels are missing.
``问题1：`` marks a problem explicitly and is always the item level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain.rectification_parsing.text import cn_to_int

CN = "一二三四五六七八九十"

PART, CN_TOP, CN_PAREN, NUM, NUM_PAREN, CIRCLED, PROBLEM = (
    "part",
    "cn",
    "cn_paren",
    "num",
    "num_paren",
    "circled",
    "problem",
)
RANK = {PART: 0, CN_TOP: 1, CN_PAREN: 2, NUM: 3, NUM_PAREN: 4, CIRCLED: 5, PROBLEM: 6}

# A dot after a number is a list marker unless a digit follows (3.5万元), except a year (1.2023年).
_DOT = r"(?:[、．]|\.(?!\d)|\.(?=\d{4}年))"
_LINE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (PART, re.compile(rf"第([{CN}百零\d]{{1,4}})(?:部分|章)\s*[、，,:：.．]?\s*")),
    (
        PROBLEM,
        re.compile(
            rf"(?:存在|反馈)?问题\s*[（(]?\s*(\d{{1,3}}|[{CN}]{{1,3}})\s*[）)]?\s*[：:、.．]\s*"
        ),
    ),
    (CN_PAREN, re.compile(rf"[（(]\s*([{CN}]{{1,3}})\s*[）)]\s*[、.．]?\s*")),
    (NUM_PAREN, re.compile(r"(?:[（(]\s*(\d{1,3})\s*[）)]|(\d{1,3})\s*[）)])\s*[、.．]?\s*")),
    (CN_TOP, re.compile(rf"([{CN}]{{1,3}})\s*[、.．]\s*")),
    (NUM, re.compile(rf"(\d{{1,3}})\s*{_DOT}\s*")),
    (CIRCLED, re.compile(r"([\u2460-\u2473\u2474-\u2487])\s*")),
)

# Markers that may follow a heading on the same line ("…方面存在的问题8.重业务轻党建…").
_EMBEDDED = re.compile(
    rf"(?P<cn_paren>[（(]\s*[{CN}]{{1,3}}\s*[）)])"
    rf"|(?P<num_paren>[（(]\s*\d{{1,3}}\s*[）)])"
    rf"|(?P<problem>问题\s*\d{{1,3}}\s*[：:])"
    rf"|(?<![\d.．])(?P<num>\d{{1,3}}\s*{_DOT})"
    rf"|(?<![{CN}])(?P<cn>[{CN}]{{1,3}}、)"
)
_RUN_ON_WINDOW = 64  # a heading that runs on is short; never look deep into a paragraph
_RUN_ON_MAX_TITLE = 60


@dataclass(frozen=True)
class Marker:
    """A numbered line: its numbering ``style``, the number, and the text after the number."""

    style: str
    ordinal: int
    rest: str

    @property
    def rank(self) -> int:
        return RANK[self.style]


def read_marker(line: str) -> Marker | None:
    """The numbering a line starts with, or ``None`` for plain text."""
    text = line.strip(" \t")
    for style, pattern in _LINE_PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        ordinal = _ordinal(style, next(g for g in match.groups() if g is not None))
        if ordinal is not None:
            return Marker(style, ordinal, text[match.end() :].strip(" \t"))
    return None


def _ordinal(style: str, token: str) -> int | None:
    if style == CIRCLED:
        code = ord(token)
        return code - 0x2460 + 1 if code <= 0x2473 else code - 0x2474 + 1
    return cn_to_int(token)


def split_run_ons(lines: list[str]) -> list[str]:
    """Put a heading that runs into a deeper one ("（三）…问题8.重业务…") on lines of its own.

    A split needs the deeper marker to carry the next number of its style (or 1, when the
    document restarts numbering), and the text before it to be a short heading, so numbers
    inside sentences never split a paragraph.
    """
    last: dict[str, int] = {}
    out: list[str] = []
    for line in lines:
        out.extend(_split_line(line, last))
    return out


def _split_line(line: str, last: dict[str, int]) -> list[str]:
    pieces: list[str] = []
    while True:
        marker = read_marker(line)
        if marker is None:
            return [*pieces, line]
        last[marker.style] = marker.ordinal
        cut = _run_on_cut(line, marker, last)
        if cut is None:
            return [*pieces, line]
        pieces.append(line[:cut].strip(" \t"))
        line = line[cut:]


def _run_on_cut(line: str, marker: Marker, last: dict[str, int]) -> int | None:
    """Where in ``line`` a deeper heading begins, or ``None``."""
    offset = len(line) - len(marker.rest)
    window = marker.rest[:_RUN_ON_WINDOW]
    for match in _EMBEDDED.finditer(window):
        style = match.lastgroup or ""
        title = window[: match.start()]
        if len(title) < 2 or len(title) > _RUN_ON_MAX_TITLE or "。" in title[:-1]:
            continue
        found = read_marker(match.group())
        if found is None or found.style != style or RANK[style] <= marker.rank:
            continue
        if found.ordinal in (1, last.get(style, 0) + 1):
            return offset + match.start()
    return None
