"""Cleaning raw report text and reading Chinese numerals.

Reports arrive from Word, WPS, e-mail and chat: with a BOM, CRLF, full-width digits and
spaces, zero-width characters. Everything downstream assumes those are gone.
"""

from __future__ import annotations

from bot.domain.chinese_dates.numerals import to_int

MAX_BYTES = 2 * 1024 * 1024  # a real report is tens of kilobytes; this is far beyond one

_FULLWIDTH_DIGITS = {ord("０") + i: ord("0") + i for i in range(10)}
_SPACES = {ord(ch): " " for ch in "\u00a0\u2002\u2003\u2004\u2005\u2006\u2009\u202f\u3000"}
_INVISIBLE = {ord(ch): None for ch in "\ufeff\u200b\u200c\u200d\u2060"}
_TRANSLATE = {**_FULLWIDTH_DIGITS, **_SPACES, **_INVISIBLE}

_CN_SMALL = "零一二三四五六七八九"


def too_large(text: str) -> bool:
    """True when the UTF-8 size exceeds :data:`MAX_BYTES`, without encoding small texts."""
    if len(text) > MAX_BYTES:
        return True
    if len(text) * 4 <= MAX_BYTES:
        return False
    return len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES


def clean_lines(text: str) -> list[str]:
    """The non-blank lines, normalised; tabs are kept because they separate table cells."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TRANSLATE)
    lines = (line.strip(" ") for line in text.split("\n"))
    return [line for line in lines if line.strip(" \t")]


def cn_to_int(word: str) -> int | None:
    """一 → 1, 十二 → 12, 二十五 → 25, 一百零三 → 103; digits pass through; else ``None``.

    The date engine's numerals, so every command counts the same way.
    """
    return to_int(word) if word and not word[0].isspace() else None


def int_to_cn(number: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 25 → 二十五 (1–99, the range of 一是/二是 lists)."""
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_SMALL[tens] + "十")
    return head + (_CN_SMALL[ones] if ones else "")
