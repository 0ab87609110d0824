"""Chinese and Arabic numerals to numbers.

``cn2an`` does the Chinese numerals, but one call costs about 20 µs, so results are cached:
a chat uses a few dozen distinct numerals (两, 三, 十五, 二十八 …) over and over.
"""

from __future__ import annotations

from functools import lru_cache

import cn2an

# cn2an does not know the old forms for twenty and thirty (廿三日 = the 23rd).
_OLD_FORMS = (("廿", "二十"), ("卅", "三十"), ("〇", "零"))


@lru_cache(maxsize=4096)
def to_number(text: str) -> float | None:
    """``"二十三"`` → 23, ``"1.5"`` → 1.5, ``"两"`` → 2; None when it is not a numeral."""
    text = text.strip()
    if not text:
        return None
    if text.isascii():
        try:
            return float(text) if "." in text else int(text)
        except ValueError:
            return None
    for old, new in _OLD_FORMS:
        text = text.replace(old, new)
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, IndexError):
        return None
    return value


def to_int(text: str) -> int | None:
    """Like :func:`to_number` but only whole numbers."""
    value = to_number(text)
    if value is None or value != int(value):
        return None
    return int(value)
