"""Splitting "一是…二是…", "1.…2.…", "①…②…", "（1）…（2）…" into separate measures.

Each list is followed by its own next number (二 after 一), and a marker counts only at the
start of a line or after punctuation, so "统一是" or "12.5" never split a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot.domain.rectification_parsing.text import int_to_cn

_BOUNDARY = r"(?<![^\n \t。；;：:，,！!？?、）)】\]])"
_MAX_MEASURES = 99  # 一是…九十九是; no real list is longer


def _yishi(k: int) -> str:
    return f"{int_to_cn(k)}是"


def _di(k: int) -> str:
    return f"第{int_to_cn(k)}[，,、：:]"


def _circled(k: int) -> str:
    return f"[{chr(0x2460 + k - 1)}{chr(0x2474 + k - 1)}]" if k <= 20 else "(?!)"


def _paren(k: int) -> str:
    return rf"(?:[（(]\s*{k}\s*[）)]|{k}[）)])"


def _dot(k: int) -> str:
    return rf"{k}\s*(?:[、．]|\.(?!\d))"


_FAMILIES: tuple[Callable[[int], str], ...] = (_yishi, _di, _circled, _paren, _dot)


@lru_cache(maxsize=1024)
def _pattern(family: int, k: int) -> re.Pattern[str]:
    return re.compile(_BOUNDARY + _FAMILIES[family](k) + r"\s*")


def first_marker(text: str) -> int | None:
    """Where the earliest list ("一是", "1.", "①"…) starts in ``text``, or ``None``."""
    found = _first_family(text)
    return None if found is None else found[1]


def _first_family(text: str) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    for family in range(len(_FAMILIES)):
        match = _pattern(family, 1).search(text)
        if match and (best is None or match.start() < best[1]):
            best = (family, match.start())
    return best


def split_enumerated(text: str) -> tuple[str, list[str]]:
    """``text`` as (the words before the list, the list entries without their numbers).

    Without a list the entries are empty and everything is the first part.
    """
    found = _first_family(text)
    if found is None:
        return text, []
    family, start = found
    preface, entries = text[:start], []
    match = _pattern(family, 1).match(text, start)
    k = 1
    while match is not None:
        following = None
        if k < _MAX_MEASURES:
            following = _pattern(family, k + 1).search(text, match.end())
        end = following.start() if following else len(text)
        entries.append(text[match.end() : end])
        match, k = following, k + 1
    return preface, entries
