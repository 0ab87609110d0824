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
from bot.domain.reader.names import LAO_XIAO_WORDS, person_shaped
from bot.domain.reader.text import normalize

__all__ = ["Unframed", "unframed"]

# Whom the report is told to: the group, the office, a leader or colleague by name or title.
_TO_GROUP = (
    r"(?:各位|诸位|全体)?(?:领导|局领导|所领导|大家|同事|同志|同仁|办公室|局办|单位|局里|组织)们?"
)
_TO_WHOM = rf"{_TO_GROUP}|(?!周[一二三四五六日天末]){lx.NAME.pattern}"  # 周三 is a day
# The verbs of reporting and telling; 说/讲/报 only with their complement (说一下, 报一声).
_ACT = (
    r"(?:报备|报个备|备个案|备案|报告|汇报|说明|通报|告知|知会|禀报|告诉)(?:一下|一声|下(?!\s*[下周午月个班半]))?"
    r"|(?:说|讲|报|打个招呼|打声招呼)(?:一下|一声|下(?!\s*[下周午月个班半]))"
)
# The same acts told outright (报备一下, 说一声): a frame even run on to the report.
_ACT_TOLD = r"(?:报备|报个备|备案|报告|汇报|说明|通报|知会|说|讲|报)(?:一下|一声)|报个备"
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
# Voice input drops the stop: 报备下周一去市局…, 我报备一下周四…: an act opening the message
# run on to a day, 我 or a colleague; 报备 and an act told outright (说一下) run on to
# anything but the word they begin (报备人：…, 报备单, 报备的事: a form's field, a thing).
OPENING_ACT = compile_lazy(
    rf"(?:我|本人)?(?:特此|现|在此|特)?(?:(?:向|跟|给|和)(?:{_TO_WHOM}))?"
    rf"(?:(?:{_ACT})(?:{_TO_GROUP})?"
    rf"(?=[今明后昨下上本这周星我老小\d〇二三四五六七八九十两]|一(?![下声])|{lx.NAME.pattern})"
    rf"|(?:{_ACT_TOLD}|报备)(?![人单表制系格的了过时信情内流材记登员要都需必须得应呢吗吧]))"
)
# …改为后天报备一下, …周五跟张科长报备一下: an act told outright closing the message.
CLOSING_ACT = compile_lazy(rf"(?:我|本人)?(?:(?:向|跟|给|和)(?:{_TO_WHOM}))?(?:{_ACT_TOLD})$")
# Before an act, these make it done for or asked of someone (帮我报备一下, 让他说一声,
# 请假的报一下).
_NOT_OWN_ACT = "帮替代给请让叫托烦他她你您也要去再的"
# …小王让我统一报一下: the act in a clause where someone has it done is theirs, not a frame.
_FOR_SOMEONE = compile_lazy(r"帮|替|代|让|叫|托")
CLOSING = compile_lazy(rf"(?:{_CLOSING})")
# Cheap test first: a frame uses one of these words (most messages hold none of them).
_FRAME_WORD = compile_gated(
    r"报备|报个备|备个?案|报告|汇报|说明|通报|告[知诉]|知会|禀报|[说讲报](?:一[下声]|下)"
    r"|招呼|知悉|周知|知晓|悉知|谢|批准|审批|批示"
)
# A clause ends at a stop, a colon or a space (报备 今天晚到: voice input's pause).
_CLAUSE = re.compile(r"([^,.;:!?。\s~]*)([,.;:!?。\s~]*)")
_ADDRESS_END = re.compile(r"[,.;:!。\s~]+")
_NAME_APART = compile_lazy(rf"[ \t\u3000]+(?:{lx.NAME.pattern})[ \t\u3000]")
# 晏主任 老符 今天…帮他请个假: one colleague referred back to, so the first name is addressed.
ONE_REFERRED = compile_lazy(r"[他她](?!们)")
# 他让我说的, 她微信托我…: the one referred back to asks the speaker to tell.
_PRONOUN_ASKS = compile_lazy(r"[他她](?!们)[^,.;:!?。\n]{0,4}?(?:让|叫|托|请)我")


def pronoun_asks(text: str, start: int) -> bool:
    """After ``start``, a 他/她 asks the speaker to tell (他微信让我说的) and no colleague is
    named before it: the name before ``start`` is whom the pronoun stands for, no address."""
    asks = _PRONOUN_ASKS.search(text, start)
    return asks is not None and not any(
        _named(n[0]) for n in lx.NAME.finditer(text, start, asks.start())
    )


def _named(word: str) -> bool:
    """A colleague named (小张, 刘洋), not a word that has a name's shape (小时)."""
    return word[:2] not in LAO_XIAO_WORDS and person_shaped(word)


class Unframed:
    """The message without its frames; whether one of them was an act of reporting; and the
    message with only its closings taken out (``told``: the act and the address kept)."""

    __slots__ = ("reported", "text", "told")

    def __init__(self, text: str, reported: bool, told: str = "") -> None:
        self.text = text
        self.reported = reported
        self.told = told or text


# 报备下 周一…: the 下 after the act opens the day (下周, 下午), voice input's space or not.
_DAY_AFTER_XIA = compile_lazy(r"\s*[下周午月个班半]")


def _is_frame(clause: str, after: str = "") -> str | None:
    """What the clause is: an act of reporting ("act"), a closing ("closing"), or None;
    ``after``, the text that follows it."""
    if not clause or (
        clause.endswith("下") and not clause.endswith("一下") and _DAY_AFTER_XIA.match(after)
    ):
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
    if after is not None and _NAME_APART.match(norm, m.end()) and not ONE_REFERRED.search(norm):
        return 0  # 李局 何副局长 今天…: two names standing apart are who goes, not an address
    if after is not None and after.group(0).isspace() and pronoun_asks(norm, m.end()):
        return 0  # 郑股长 今天晚到半小时，…他微信让我说的: the one the pronoun stands for
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
        return Unframed(text[start:], False, text)
    reported = False
    first = _CLAUSE.match(norm, start)
    framed = first is not None and _is_frame(first[1], norm[first.end(1) :])
    opening = OPENING_ACT.match(norm, start) if not framed else None
    if opening is not None and opening.end() < len(norm):
        start, reported = opening.end(), True
    spans = [(m.span(1), m.span(2)) for m in _CLAUSE.finditer(norm, start) if m[0]]
    whole = list(spans)
    if spans:
        (a, b), stop = spans[-1]
        closing = CLOSING_ACT.search(norm, a, b) if _is_frame(norm[a:b]) is None else None
        if (
            closing is not None
            and closing.start() > a
            and norm[closing.start() - 1] not in _NOT_OWN_ACT
            and _FOR_SOMEONE.search(norm, a, closing.start()) is None
        ):
            spans[-1] = ((a, closing.start()), stop)
            reported = True
    kept: list[int] = []
    closings: set[int] = set()
    for at, ((a, b), _stop) in enumerate(spans):
        frame = _is_frame(norm[a:b], norm[b:])
        if frame == "act" and at and _done_for_someone(norm, spans[at - 1]):
            frame = None  # 孙丽 今天 调休 帮她 说一声: voice input's space inside the clause
        if frame is None:
            kept.append(at)
        elif frame == "closing":
            closings.add(at)
        reported = reported or frame == "act"
    if len(kept) == len(spans) and not reported:
        return Unframed(text[start:], False, text)
    told = [at for at in range(len(spans)) if at not in closings]
    head = text[: whole[0][0][0]] if whole else text
    return Unframed(_joined(text, spans, kept), reported, head + _joined(text, whole, told))


def _done_for_someone(norm: str, before: tuple[tuple[int, int], tuple[int, int]]) -> bool:
    """The clause before, cut off by a space alone, has the act done for someone (帮她)."""
    (a, b), (c, d) = before
    return not norm[c:d].strip() and _FOR_SOMEONE.search(norm, a, b) is not None


def _joined(
    text: str, spans: list[tuple[tuple[int, int], tuple[int, int]]], kept: list[int]
) -> str:
    """The clauses ``kept``, each with its stop; the last ends as the message ended
    (…送老人去车站，特此报备 → …送老人去车站)."""
    if not kept:
        return ""
    last = kept[-1]
    trim = ",，：:、 \t"
    ending = text[slice(*spans[last][1])].rstrip(trim) or text[slice(*spans[-1][1])].strip(trim)
    body = "".join(text[spans[i][0][0] : spans[i][1][1]] for i in kept[:-1])
    return body + text[spans[last][0][0] : spans[last][0][1]] + ending
