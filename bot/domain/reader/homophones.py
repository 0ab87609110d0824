"""Sound and shape slips of the reader's key words: 情假 for 请假, 夏午 for 下午, 牛 for 午.

Staff type through a pinyin keyboard or voice input, so a slipped key word is nearly always
a homophone of the right one, and a list of the slips seen so far never covers the next
one. ``homophones.json`` (built offline by bench/build_homophones.py) gives, for each key
word and each of its characters, the common characters with the same toneless pinyin;
``lookalikes.json`` adds the characters of like shape (形近字: 午/牛, 休/体, 调/凋), the
slips of stroke and handwriting input. :func:`corrected` rewrites the spans that sound or
look like a key word but are not it, unless the slip is a common word of its own or forms
one with a neighbour (``slip_words.json``: 消防 in 去区消防, 早上 in 早上雾大, 家人). The
reader tries the corrected text where the rules are silent, and where it reads otherwise
than the original (赔产假 read as 产假, 捕去了 as going); either way it only ever asks.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from bot.domain.reader import places

__all__ = ["LOOKALIKES_FILE", "TABLE_FILE", "WORDS_FILE", "corrected", "lookalikes", "table"]

TABLE_FILE = "homophones.json"
LOOKALIKES_FILE = "lookalikes.json"
WORDS_FILE = "slip_words.json"

# Index: the first character of a slip -> [(key word, the characters its later positions
# may hold, one string each: small, and ``in`` on one character is a set test)].
_Index = dict[str, tuple[tuple[str, tuple[str, ...]], ...]]


def _load(name: str) -> object:
    return json.loads(resources.files("bot.domain.reader").joinpath(name).read_text("utf-8"))


def _sets(name: str) -> dict[str, list[str]]:
    found = _load(name)
    if not isinstance(found, dict):
        raise ValueError(f"{name}: not an object")
    return {str(word): [str(chars) for chars in sets] for word, sets in found.items()}


@cache
def table() -> dict[str, list[str]]:
    """The homophone table, read on the first message that needs it (never at the bot's
    start)."""
    return _sets(TABLE_FILE)


def lookalikes() -> dict[str, list[str]]:
    """The look-alike table: the same key words, characters of like shape. Read by
    :func:`_index` once and not held: only the index merged from both tables is needed."""
    return _sets(LOOKALIKES_FILE)


@cache
def _words() -> str:
    """The common two-character words, sorted and written one after another: one string of
    fixed-width records (0.2 MB held, where a table by first character held 1.4 MB)."""
    found = _load(WORDS_FILE)
    if not isinstance(found, dict) or not isinstance(found.get("pairs"), str):
        raise ValueError(f"{WORDS_FILE}: no pairs")
    pairs: str = found["pairs"]
    return pairs


def _is_word(pair: str) -> bool:
    """Binary search over the fixed-width records of :func:`_words`."""
    if len(pair) != 2:
        return False
    words = _words()
    low, high = 0, len(words) // 2
    while low < high:
        mid = (low + high) // 2
        if words[2 * mid : 2 * mid + 2] < pair:
            low = mid + 1
        else:
            high = mid
    return words[2 * low : 2 * low + 2] == pair


@cache
def _index() -> tuple[_Index, re.Pattern[str]]:
    """Both tables by first character, and where a slip may start: a character that opens
    one before a character that may follow it (the cheap scan: most messages hold none).
    Each key word's entry is one object that every first character's tuple shares (a
    quarter of the memory of an entry per character)."""
    found: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    seconds: set[str] = set()
    shapes = lookalikes()
    for word, sets in table().items():
        merged = [a + b for a, b in zip(sets, shapes.get(word, sets), strict=True)]
        entry = (word, tuple(merged[1:]))
        for first in set(merged[0]):
            found.setdefault(first, []).append(entry)
        seconds.update(merged[1])
    # 赔产假 is 陪产假 before any 产假: longest key words first
    index = {
        first: tuple(sorted(e, key=lambda entry: -len(entry[0]))) for first, e in found.items()
    }
    firsts = re.escape("".join(sorted(index)))
    # the first character consumed, not looked ahead at: the engine skips to it by its class
    return index, re.compile(f"[{firsts}](?=[{re.escape(''.join(sorted(seconds)))}])")


def corrected(text: str, *, strict: bool = True) -> str | None:
    """``text`` with every slip of a key word that is not the key word itself replaced by the
    key word (same length), or None when it holds none. Not ``strict`` (for a text the rules
    are silent on, where a wrong guess costs a question, not a changed reading), a slip that
    is a word of its own is corrected too (休婚嫁)."""
    index, starts = _index()
    out: list[str] = []
    done = 0  # text[:done] is in out
    size = len(text)
    for m in starts.finditer(text):
        i = m.start()
        if i < done:
            continue
        for word, rest in index[text[i]]:
            end = i + 1 + len(rest)
            if (
                end <= size
                and text[i + 1] in rest[0]  # every key word has two characters or more
                and not text.startswith(word, i)
                and all(text[i + 1 + k] in chars for k, chars in enumerate(rest))
                and _a_slip(text, i, word, strict)
            ):
                out += (text[done:i], word)
                done = end
                break
    return "".join(out) + text[done:] if out else None


def _a_slip(text: str, start: int, word: str, strict: bool) -> bool:
    """The span at ``start`` is a slip of ``word``: it touches no key word that is really
    there (明天 inside 今明天), is no common word where ``strict`` (晚稻), and its edges form
    none with the characters beside it (早上雾大, 去区消防, 请家人), unless that character
    belongs to a word of its own (今天下务: 天 is 今天's; 铭天下午: 下 is 下午's), or the word
    is a key word (四点板) or opens with a clock word's numeral (十一奠: 十一 is a number)."""
    end = start + len(word)
    if places.ends_in_place(text, end):
        return False  # 区商务局, 肖家垸: a place's own name, not 上午 or 销假
    slipped = [start + k for k, c in enumerate(word) if text[start + k] != c]
    if len(slipped) > 1 and any(text[at] in _SOLE_SLIPS for at in slipped):
        return False  # 市价 is no 事假; 婚价 is 婚假
    if _touches_key_word(text, start, end, slipped):
        return False
    if _is_word(text[end - 1 : end + 1]) and text[end : end + 2] not in table():
        return False  # 请家人, 去区消防; not 铭天下午, where 下 is 下午's
    if strict and _is_word(text[start:end]):
        return False
    if any(
        _is_word(text[at : at + 2])
        for at in range(start, end - 1)
        if len(word) > 2 and (at in slipped or (strict and at + 1 in slipped))
    ):
        return False  # 请家人 is no 请假人: the slip opens 家人 (where strict, ends one too)
    left = text[max(0, start - 1) : start + 1]
    return not (
        _is_word(left)
        and left not in table()  # 四点板: 四点 is a key word, and 点半 may follow it
        and len(table()[word][0]) > 1  # 十一奠: a clock word's numeral never slips
        and not _is_word(text[max(0, start - 2) : start])  # 参加倍训: 加 is 参加's
    )


# Slips that are words of their own so often (价: 物价, 市价, 单价) that they count only as
# the one slip of a key word typed right otherwise (婚价, 病价), never beside another (市价).
_SOLE_SLIPS = frozenset("价")


def _touches_key_word(text: str, start: int, end: int, slipped: list[int]) -> bool:
    """A key word really in the text covers a character the correction would change."""
    index, _ = _index()
    for j in range(max(0, start - 2), end):
        for word, _rest in index.get(text[j], ()):
            if (
                j != start
                and text.startswith(word, j)
                and any(j <= at < j + len(word) for at in slipped)
            ):
                return True
    return False


def common_word(pair: str) -> bool:
    """``pair`` is a common two-character word (:data:`WORDS_FILE`), for the fuzzy twins."""
    return _is_word(pair)
