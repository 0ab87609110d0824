"""Chinese and Arabic numerals to numbers: the one numeral reader of every command.

Written here rather than taken from ``cn2an``: importing that package costs about 0.2 s at
start-up (issue 17 wants the bot answering within 1 s), and dates and clocks need only
whole numbers up to the thousands, 两, 廿/卅, 〇, full-width digits, digit-by-digit years
(二〇二六) and the odd decimal (1.5天, 一点五).
"""

from __future__ import annotations

from functools import lru_cache

DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_UNITS = {"十": 10, "百": 100, "千": 1000}
_OLD_TENS = {"廿": 20, "卅": 30}
_FULL_WIDTH = {c: chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)} | {0xFF0E: "."}


def _whole(text: str) -> int | None:
    """A whole Chinese numeral: 十二, 二十三, 一百零三, 两千零二十六, 廿三, 二〇二六, 1万."""
    if text.isascii() and text.isdigit():
        return int(text)
    if all(ch in DIGITS for ch in text):
        if len(text) == 1:
            return DIGITS[text]
        if len(text) == 2 and text[0] in "零〇":
            return DIGITS[text[1]]  # 九点零五
        if len(text) < 3 or "两" in text:
            return None  # 四两 is not 42
        return int("".join(str(DIGITS[ch]) for ch in text))  # 二〇二六
    total = section = 0
    current: int | None = None
    for ch in text:
        if ch in DIGITS:
            if current is not None and current != 0:
                return None  # 三五 inside a unit numeral is not a number
            current = DIGITS[ch]
        elif ch in _UNITS:
            if current == 0:
                return None
            section += (1 if current is None else current) * _UNITS[ch]
            current = None
        elif ch in _OLD_TENS:
            if current is not None or section:
                return None
            section = _OLD_TENS[ch]
        elif ch == "万":
            total += (section + (current or 0)) * 10000
            section, current = 0, None
        else:
            return None
    return total + section + (current or 0)


@lru_cache(maxsize=4096)
def to_number(text: str) -> float | None:
    """``"二十三"`` → 23, ``"1.5"`` → 1.5, ``"两"`` → 2, ``"１２"`` → 12; None otherwise."""
    text = text.strip().translate(_FULL_WIDTH)
    if not text:
        return None
    if text.isascii():
        try:
            return float(text) if "." in text else int(text)
        except ValueError:
            return None
    head, dot, tail = text.partition("点")
    if dot:  # 一点五 = 1.5
        whole = _whole(head) if head else None
        if whole is None or not tail or not all(ch in DIGITS for ch in tail):
            return None
        return float(f"{whole}.{''.join(str(DIGITS[ch]) for ch in tail)}")
    return _whole(text)


def to_int(text: str) -> int | None:
    """Like :func:`to_number` but only whole numbers."""
    value = to_number(text)
    if value is None or value != int(value):
        return None
    return int(value)
