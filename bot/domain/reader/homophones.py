"""Homophone slips of the reader's key words: 情假 for 请假, 夏午 for 下午, 出茶 for 出差.

Staff type through a pinyin keyboard or voice input, so a slipped key word is nearly always
a homophone of the right one, and a list of the slips seen so far never covers the next
one. ``homophones.json`` (built offline by bench/build_homophones.py) gives, for each key
word and each of its characters, the common characters with the same toneless pinyin.
:func:`corrected` rewrites the spans that sound like a key word but are not it; the reader
tries that text only when it is silent on the original, and only ever asks about the result.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

__all__ = ["TABLE_FILE", "corrected", "table"]

TABLE_FILE = "homophones.json"

# Index: the first character of a slip -> [(key word, the sets of its later characters)].
_Index = dict[str, list[tuple[str, tuple[frozenset[str], ...]]]]


# A slipped last character that opens a word with the character after it is that word:
# 请家人 is 请 + 家人, not 请假 + 人.
_WORD_AFTER = {"家": frozenset("人里属长乡庭")}


@cache
def table() -> dict[str, list[str]]:
    """The packaged table, read on the first silent message (never at the bot's start)."""
    text = resources.files("bot.domain.reader").joinpath(TABLE_FILE).read_text("utf-8")
    found = json.loads(text)
    if not isinstance(found, dict):
        raise ValueError(f"{TABLE_FILE}: not an object")
    return {str(word): [str(chars) for chars in sets] for word, sets in found.items()}


@cache
def _index() -> tuple[_Index, frozenset[str]]:
    """The table by first character, and every character a slip's later positions may hold
    (the cheap gate: a message with no such character holds no slip)."""
    index: _Index = {}
    later: set[str] = set()
    for word, sets in table().items():
        rest = tuple(frozenset(chars) for chars in sets[1:])
        for first in sets[0]:
            index.setdefault(first, []).append((word, rest))
        for chars in sets[1:]:
            later.update(chars)
    return index, frozenset(later)


def corrected(text: str) -> str | None:
    """``text`` with every homophone of a key word that is not the key word itself replaced
    by the key word (same length), or None when it holds none."""
    index, later = _index()
    if later.isdisjoint(text):
        return None
    out: list[str] = []
    changed = False
    i, n = 0, len(text)
    while i < n:
        for word, rest in index.get(text[i], ()):
            end = i + 1 + len(rest)
            if end <= n and all(text[i + 1 + k] in chars for k, chars in enumerate(rest)):
                span = text[i:end]
                if span != word and not _is_word_here(text, i, end) and not _opens_word(text, end):
                    out.append(word)
                    changed = True
                    i = end
                    break
        else:
            out.append(text[i])
            i += 1
    return "".join(out) if changed else None


def _opens_word(text: str, end: int) -> bool:
    """The span's last character opens a word with the next one (家人, 家里)."""
    return end < len(text) and text[end] in _WORD_AFTER.get(text[end - 1], ())


def _is_word_here(text: str, start: int, end: int) -> bool:
    """A span that is itself a key word's overlap (明天 inside 今明天) is left alone."""
    index, _ = _index()
    for j in range(max(0, start - 1), end):
        for word, _rest in index.get(text[j], ()):
            if text.startswith(word, j) and j != start:
                return True
    return False
