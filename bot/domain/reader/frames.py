"""Words that frame a report without saying anything about the absence, found in one place.

A report is often wrapped: an address to its reader before it (王局，…, 各位领导好，…), an act
of reporting named before or after it (报备：…, 汇报一下，…, …，跟办公室报备一下) and a
closing formula (…，特此报备, …，请知悉, …，谢谢). None of these says who is away, when, or
why, so the message reads as the same message without them; left in, their words were read
as if they did (报备 as an outing, 特此 as a person, the colon after 报备 as a clock time).

The frame is recognised by its grammar, not by a list of whole phrases: a clause (between
stops) that is nothing but [speaker] [to whom] ACT [一下/一声] [to whom] [如下], where ACT is
one of the verbs of telling and reporting, or a closing (请/望 … 知悉, 谢谢 …, 请 … 批准),
and at the very start an address that :data:`lexicon.VOCATIVE` already knows. A clause
that says anything more (外出报备, 帮小李报个备, 你跟李局说一下) is not a frame.

The reader reads the message without its frames (:func:`unframed`); only an act of
reporting also says "this is a report", so where the text without it says nothing the
caller reads the whole message as before.
"""

from __future__ import annotations

import re

from bot.domain.pattern_gate import compile_gated, compile_lazy
from bot.domain.reader import lexicon as lx
from bot.domain.reader.text import normalize

__all__ = ["Unframed", "unframed"]

# Whom the report is told to: the group, the office, a leader or colleague by name or title.
_TO_WHOM = (
    r"(?:各位|诸位|全体)?(?:领导|局领导|所领导|大家|同事|同志|同仁|办公室|局办|单位|局里|组织)们?"
    rf"|{lx.NAME.pattern}"
)
# The verbs of reporting and telling; 说/讲/报 only with their complement (说一下, 报一声).
_ACT = (
    r"(?:报备|报个备|备个案|备案|报告|汇报|说明|通报|告知|知会|禀报|告诉)(?:一下|一声|下)?"
    r"|(?:说|讲|报|打个招呼|打声招呼)(?:一下|一声|下)"
)
# [我/本人/特此/现] [向/跟/给 whom] ACT [whom] [如下]: 报备, 报告领导, 向局里汇报一下, 特此报备.
_PERFORMATIVE = (
    rf"(?:我|本人)?(?:特此|现|在此|特)?(?:(?:向|跟|给|和)(?:{_TO_WHOM}))?"
    rf"(?:{_ACT})(?:{_TO_WHOM})?(?:如下)?"
)
# 请知悉, 望各位领导周知, 谢谢领导, 请批准: said to the reader, closing the message.
_CLOSING = (
    rf"(?:请|望|敬请|烦请|特请)?(?:{_TO_WHOM})?(?:知悉|周知|知晓|悉知)(?:为盼|即可)?"
    rf"|(?:谢谢|多谢|感谢)(?:您|你|各位|大家|领导|各位领导)?了?"
    rf"|(?:请|望|恳请|敬请)(?:{_TO_WHOM})?(?:批准|审批|批示)"
)
PERFORMATIVE = compile_lazy(rf"(?:{_PERFORMATIVE})")
CLOSING = compile_lazy(rf"(?:{_CLOSING})")
# Cheap test first: a frame uses one of these words (most messages hold none of them).
_FRAME_WORD = compile_gated(r"报|告|汇|说|讲|备|知|谢|批|招呼")
# A clause ends at a stop, a colon or a space (报备 今天晚到: voice input's pause).
_CLAUSE = re.compile(r"([^,.;:!?。\s~]*)([,.;:!?。\s~]*)")
_ADDRESS_END = re.compile(r"[,.;:!。\s~]+")


class Unframed:
    """The message without its frames, and whether one of them was an act of reporting."""

    __slots__ = ("reported", "text")

    def __init__(self, text: str, reported: bool) -> None:
        self.text = text
        self.reported = reported


def _is_frame(clause: str) -> str | None:
    """What the clause is: an act of reporting ("act"), a closing ("closing"), or None."""
    if not clause:
        return None
    if PERFORMATIVE.fullmatch(clause) is not None:
        return "act"
    if CLOSING.fullmatch(clause) is not None:
        return "closing"
    return None


def _address_end(norm: str) -> int:
    """Where an address to the reader at the start ends (王局，, 各位领导好), else 0: only
    with a stop after it or a greeting closing it (局长明天去… names who goes)."""
    m = lx.VOCATIVE.match(norm)
    if m is None or not m.group(0):
        return 0
    after = _ADDRESS_END.match(norm, m.end())
    if after is not None:
        return after.end()
    return m.end() if m.group(0).endswith("好") else 0


def unframed(text: str) -> Unframed:
    """``text`` with its address and every clause that only frames it taken out; the text
    itself when it has none, which is nearly every message. Matched on the normalised text
    (same length: full-width stops, traditional characters), cut from ``text``."""
    norm = normalize(text)
    start = _address_end(norm)
    if _FRAME_WORD.search(norm) is None:
        return Unframed(text[start:], False)
    spans = [(m.span(1), m.span(2)) for m in _CLAUSE.finditer(norm, start) if m[0]]
    kept: list[int] = []
    reported = False
    for at, ((a, b), _stop) in enumerate(spans):
        frame = _is_frame(norm[a:b])
        if frame is None:
            kept.append(at)
        reported = reported or frame == "act"
    if len(kept) == len(spans):
        return Unframed(text[start:], False)
    if not kept:
        return Unframed("", reported)
    # the last clause kept ends as the message ended (…送老人去车站，特此报备 → …送老人去车站)
    last = kept[-1]
    trim = ",，：:、 \t"
    ending = text[slice(*spans[last][1])].rstrip(trim) or text[slice(*spans[-1][1])].strip(trim)
    body = "".join(text[spans[i][0][0] : spans[i][1][1]] for i in kept[:-1])
    return Unframed(body + text[spans[last][0][0] : spans[last][0][1]] + ending, reported)
