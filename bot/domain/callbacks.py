"""One codec for every button's ``callback_data``: typed encode and decode.

Telegram hands back whatever string a client sends, so a pressed button is hostile input
like a message: ``rect:close:abc``, ``rect:``, a 30-digit id (SQLite cannot even bind it),
a prefix nobody issued. :func:`decode` turns only what :func:`encode` could have produced
into a :class:`Press`; everything else is ``None``, and the feature answers the press with
one short line (no exception, no apology in the group).

A family's actions and their argument shapes are listed in :data:`SHAPES`: ``ids`` is one
to ten record ids joined by ``.``, ``n`` one number, ``n:n`` two, ``n:w`` a number and one
of a few words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_ID = 2**63 - 1  # SQLite's INTEGER; anything larger is no id of ours
MAX_DATA = 64  # Telegram's limit for callback_data, in bytes
_NUMBER = re.compile(r"[0-9]{1,18}")
_ID_LIMIT = 10**18  # what _NUMBER reads: up to 18 digits
_MAX_IDS = 10  # ids one button may carry
_WORDS = frozenset({"today", "tmr", "no", "ok"})

ABSENCE, NOTE, RECT, APPROVAL = "abs", "note", "rect", "apv"
SHAPES: dict[str, dict[str, str]] = {
    # cx: the record meant by "要取消哪一条？"; cxno: none of them.
    ABSENCE: {"undo": "ids", "chg": "ids", "ann": "ids", "q": "n:w", "cx": "n", "cxno": "w"},
    NOTE: {"cat": "n", "del": "n", "back": "n", "set": "n:n"},
    RECT: {"hint": "n", "close": "n", "cy": "n", "cn": "n", "m": "n:n"},
    APPROVAL: {"ok": "n", "no": "n"},  # 同意 / 驳回 a request
}


@dataclass(frozen=True)
class Press:
    """A decoded button: its family, action, numbers (ids, positions) and word, if any."""

    family: str
    action: str
    numbers: tuple[int, ...]
    word: str | None = None

    @property
    def first(self) -> int:
        return self.numbers[0]


def encode(family: str, action: str, *numbers: int, word: str | None = None) -> str:
    """The ``callback_data`` for a button; raises ``ValueError`` for what decode refuses.

    Record ids (the buttons under every report's confirmation) are written straight when
    they are plainly valid: decoding them back costs 0.01 ms of a report's path, and
    ``test_callbacks`` holds this shortcut to what :func:`_checked_encode` gives."""
    if (
        word is None
        and SHAPES[family][action] == "ids"
        and 1 <= len(numbers) <= _MAX_IDS
        and all(type(n) is int and 0 <= n < _ID_LIMIT for n in numbers)
    ):
        data = f"{family}:{action}:{'.'.join(map(str, numbers))}"
        if len(data) <= MAX_DATA:  # ASCII: as many bytes as characters
            return data
    return _checked_encode(family, action, *numbers, word=word)


def _checked_encode(family: str, action: str, *numbers: int, word: str | None = None) -> str:
    """:func:`encode` by writing the data and decoding it back."""
    shape = SHAPES[family][action]
    if shape == "ids":
        argument = ".".join(str(n) for n in numbers)
    else:
        argument = ":".join([*(str(n) for n in numbers), *([word] if word else [])])
    data = f"{family}:{action}:{argument}"
    if decode(data) != Press(family, action, tuple(numbers), word):
        raise ValueError(f"cannot encode {data!r}")
    return data


def _number(text: str) -> int | None:
    if _NUMBER.fullmatch(text) is None:
        return None
    value = int(text)
    return value if value <= MAX_ID else None


def decode(data: str | None) -> Press | None:
    """The press ``data`` stands for, or ``None`` when it is none we could have issued."""
    if not data or len(data.encode()) > MAX_DATA:
        return None
    family, _, rest = data.partition(":")
    action, _, argument = rest.partition(":")
    shape = SHAPES.get(family, {}).get(action)
    if shape is None:
        return None
    if shape == "ids":
        parts = argument.split(".")
        if not 1 <= len(parts) <= _MAX_IDS:
            return None
        numbers = [_number(p) for p in parts]
        if any(n is None for n in numbers):
            return None
        return Press(family, action, tuple(n for n in numbers if n is not None))
    parts = argument.split(":")
    if len(parts) != len(shape.split(":")):
        return None
    found: list[int] = []
    word = None
    for part, kind in zip(parts, shape.split(":"), strict=True):
        if kind == "w":
            if part not in _WORDS:
                return None
            word = part
            continue
        number = _number(part)
        if number is None:
            return None
        found.append(number)
    return Press(family, action, tuple(found), word)
