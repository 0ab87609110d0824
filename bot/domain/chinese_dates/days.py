"""A day named in a command's argument or a note, read with the engine's lexer.

``read_day("3号", today)`` is the day ``/whosout 3号`` and ``/duty 3号`` both mean; the
reader of reports resolves the same words to the same day. ``find_day`` looks for the first
day anywhere in a longer text (a note's "昨天上午9点抽查"), ``read_day`` wants the whole
argument to be the day (a part of the day or a clock time may follow it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.domain.chinese_dates.dates import DateSpec, resolve_date
from bot.domain.chinese_dates.lexer import Token, lex
from bot.domain.pattern_gate import compile_lazy

FORWARD, BACKWARD = "forward", "backward"

# Full-width digits and punctuation, the ideographic space and dashes: the lexer reads ASCII.
_WIDE = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)} | {
    0x3000: " ",
    ord("—"): "-",
    ord("–"): "-",
    ord("〜"): "~",
}
_FILLER = compile_lazy(r"[\s,.;:!?()、。的]*")


class DayNotFound(ValueError):
    """The words look like a date but name no real day (2月30日, 31号 in a short month)."""

    def __init__(self, said: str) -> None:
        super().__init__(said)
        self.said = said


@dataclass(frozen=True, slots=True)
class FoundDay:
    """The day a text names, where its words stand, and the last day for spans (这周末)."""

    day: date
    last: date
    start: int
    end: int


def widen(text: str) -> str:
    """The text as the lexer reads it (same length, so positions stay valid)."""
    return text.translate(_WIDE)


def _resolve(spec: DateSpec, token: Token, text: str, today: date, direction: str) -> FoundDay:
    days = resolve_date(spec, today, backward=direction == BACKWARD)
    if days is None:
        raise DayNotFound(text[token.start : token.end])
    return FoundDay(days[0], days[1], token.start, token.end)


def _date_token(tokens: list[Token], text: str) -> tuple[Token, DateSpec] | None:
    """The first date piece; 12月3日（周四） is the date, 周四 only confirms it."""
    for i, token in enumerate(tokens):
        if token.kind != "date":
            continue
        spec = token.value
        assert isinstance(spec, DateSpec)
        if spec.form == "wd" and i + 1 < len(tokens) and tokens[i + 1].kind == "date":
            following = tokens[i + 1].value
            gap = text[token.end : tokens[i + 1].start]
            if isinstance(following, DateSpec) and not following.is_weekday and not gap.strip():
                return tokens[i + 1], following
        return token, spec
    return None


def find_day(text: str, today: date, direction: str = FORWARD) -> FoundDay | None:
    """The first day ``text`` names anywhere, or None; :class:`DayNotFound` if impossible."""
    wide = widen(text)
    found = _date_token(lex(wide), wide)
    if found is None:
        return None
    return _resolve(found[1], found[0], wide, today, direction)


def read_day(text: str, today: date, direction: str = FORWARD) -> date | None:
    """The day a command's argument names: "" is today; None when it is not just a day.

    Forward for /whosout, /duty and /deadline (3号 is the next 3rd), backward for /notes
    (the last). A whole week (下周) is not a day.
    """
    wide = widen(text).strip()
    if not wide:
        return today
    tokens = lex(wide)
    covered = 0
    for token in tokens:
        if token.kind not in ("date", "part", "clock"):
            return None
        if not _FILLER.fullmatch(wide, covered, token.start):
            return None
        covered = token.end
    if not tokens or not _FILLER.fullmatch(wide, covered):
        return None
    found = _date_token(tokens, wide)
    if found is None:
        return today  # 下午: today's afternoon
    if found[1].form == "week":
        return None  # 下周 is a week, not a day
    try:
        return _resolve(found[1], found[0], wide, today, direction).day
    except DayNotFound:
        return None
