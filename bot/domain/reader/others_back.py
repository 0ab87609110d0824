"""A colleague's return told by someone else in the group: 老王回来了, 小李已经到岗了, 刘股长从
省厅回来了, 张工泵站的机组修好了，人已经回到局里.

Why: a plain statement that a colleague is back is, to the group, the colleague's 销假 told
for them; blind writers label it so (a return, ``people`` naming the colleague). The same
words with anything else said (老周回来了，欢迎归队; 陈主任回来了，要签字的抓紧去; 老陈探亲假
回来了 带了一箱橘子) are news, and a question (老王回来了吗), hearsay (听说…), a thing (快递回
来了) or a meal (吃完饭回来了) is none. So the message is parsed as a whole into clauses, and
it is a colleague's return only when every clause is one of a few kinds: the colleague (with
an errand finished: 开完会, 红旗闸站看完了), back (回来了, 已从泵站回来, 回到局里, 到岗了),
arrived (刚到单位), work resumed (说下午能上班), an errand gone well (那边很快) or the act of
reporting it (销假, 帮他销个假, 报一下). Whether the speaker reports for the colleague or only
tells the news the words cannot say, so the reading is asked about; an act of reporting
makes it a record. The rules read first; this runs only where they are silent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain.pattern_gate import compile_gated, compile_lazy
from bot.domain.reader import lexicon as lx
from bot.domain.reader.handed import PREDICATE_OPENER, sure_name
from bot.domain.reader.names import (
    COMPOUND_SURNAMES,
    LAO_XIAO_WORDS,
    NOT_GIVEN,
    SURNAME_CHARS,
    WORDLIKE,
    rare_surname,
    slot_name,
    title_of,
)
from bot.domain.reader.text import normalize

__all__ = ["ToldBack", "heard_back", "told_back"]


@dataclass(frozen=True, slots=True)
class ToldBack:
    """Whose return the message tells, and whether it says it is reporting it."""

    people: tuple[str, ...]
    reported: bool  # 销假, 报一下, 帮他销个假: an act of reporting, not news only


# A word of being back, without which nothing here is read (one gated search per message).
_GATE = compile_gated(r"回|到|返|归|上班")
# What the message must not hold anywhere: a question, the speaker (their own talk about
# others' whereabouts is the rules' to read), hearsay or a sighting, a meal or a break, a
# time of another day.
_REFUSED = compile_gated(
    r"我|本人|听说|据说|好像|似乎|看见|看到|见到|群里说|欢迎"
    r"|吃|饭|午休|食堂|抽烟|厕所|洗手间|散步|快递"
    r"|明天|后天|下周|周[一二三四五六日天末]|星期|礼拜|号|[点时][半钟]?(?:左右)?(?:回|到)"
)
# A return seen or heard of: 看到…, 刚看见…, 我看…, 听说…, 据说…, 群里说….
_HEARD = compile_gated(r"(?:刚才?|我)?(?:看到|看见|见到|听说|听人说|据说|我看|群里说)")
# Clause boundaries: the normalised stops, and the spaces of voice input and phone typing.
_CLAUSES = compile_lazy(rf"[{lx.STOP}\s!~]+")
# An @ of someone opening the message, and the particles closing a clause (回来了哈).
_ADDRESSED = compile_gated(r"^(?:@\S+\s*)+")
_PARTICLE = compile_gated(r"(?<=[了啦])(?:哈|啊|呀|哦|喔|嘛|咯|哈哈)$")
# A clause of its own saying to whom the message is said (各位, 各位领导, 大家好).
_ADDRESS = compile_gated(r"(?:各位|大家|全体)(?:领导|同事|同志)?们?好?|领导们?好?")
# Who the clause is about, said again: 人已经回到局里, 他刚回到局里, 都回局里了.
_SUBJECT_AGAIN = r"(?:人|他|她|他们|她们|两人|俩人|两个人|大家)?(?:也|都)?"
# Adverbs of a return done (已, 刚) or of today.
_DONE = r"(?:已经?|刚刚?|今天|现在|就|也|都|提前|顺利|安全)*"
_AT_WORK = r"(?:单位|局里|办公室|岗位|局机关|机关)"
# An errand finished, named by its verb (开完会, 看完病, 巡完堤, 检查完, 处理完了).
_ERRAND_DONE = (
    r"(?:检查|处理|体检|调试|测量|巡查|[开看办巡考拔做忙跑取送交查测修弄干挂打录])完"
    r"[\u4e00-\u9fff]{0,3}?"
)
# Back: 回来了, 回到局里, 回单位了, 到岗了, 已经到了, 已从泵站回来; an errand finished then back
# (开完会回来了, 拔完牙回单位了).
_BACK = compile_gated(
    rf"{_SUBJECT_AGAIN}(?P<done>{_DONE})(?:说)?"
    rf"(?:从[^{lx.STOP}\s]{{1,10}}?)?"
    rf"(?:{_ERRAND_DONE}(?:就|已经?)?)?"
    rf"(?P<verb>回来上班|回来|回到{_AT_WORK}|回{_AT_WORK}|回局|到{_AT_WORK}|到岗|返岗|回岗|归队"
    rf"|返回{_AT_WORK}|在{_AT_WORK}|到|上班)(?P<le>了|啦)?"
)
# What opens a predicate after a name: the reader's list (马上, 出, 刚, 已, 因, 身体, 培训 …)
# and the words a return or an errand opens with here.
_OPENS = compile_lazy(
    rf"(?:{PREDICATE_OPENER.pattern})|(?:人|他|她|都|也)?(?:已|刚|从|回|到|今天|现在|说|那边|这边|提前"
    rf"|{_ERRAND_DONE}|检查|处理|体检|调试|测量|巡查|巡堤|观测|病|的事|家里|出院)"
)
_BACK_VERB = compile_lazy(r"回|到|从|去|[开看办巡考拔做忙跑取送交查测修弄干挂打]完")
# An errand finished or gone well (红旗闸站看完了, 机组修好了, 观测提前结束了, 那边很快, 调试顺
# 利): what the colleague was away for.
_JOB = compile_gated(
    rf"{_SUBJECT_AGAIN}(?:说)?(?![的])[^{lx.STOP}\s]{{0,14}}?"
    r"(?:[做看修办开查测弄忙干跑取送交拔检验理]完(?:了|毕|[\u4e00-\u9fff]{1,4}?了)?"
    r"|好(?:了|多了|些了)|出院了|结束了?|顺利|很快|办妥了?|搞定了?|完事了?)"
)
# Work resumed the same day (说下午能上班, 已经正常上班了).
_RESUMED = compile_gated(
    rf"{_SUBJECT_AGAIN}(?:说)?(?:下午|现在|马上)?(?:就|能|可以|会|已经?|正常|照常)*(?:来|回来)?上班了?"
)
# The act of reporting it: 销假, 帮他销个假, 替她报一下, 跟大家说一声.
_REPORTING = compile_gated(
    r"(?:麻烦)?(?:帮|替|给|代)?(?:他|她|他们|其)?"
    r"(?:销(?:个|一下)?假|销一下|报一下|报备一下|报个备|说一声|跟大家说(?:一声|一下))(?:哈|啊|吧)?"
)
# Words of negation or doubt inside a clause: 还没回来, 没到岗, 不回来了.
_NEGATED = compile_gated(r"没|未|不|别")
# Names listed: 刘洋、小周, 老何和小邓; or run together (刘洋小周, 老何小邓).
_NAME_SEP = compile_lazy(r"[、和与及]")
# What every way to call a colleague read here opens with (see _one_name and sure_name): 老
# or 小, a surname of the inventory; else a compound surname or a rare character.
_NAME_OPENERS = frozenset("老小" + SURNAME_CHARS)


def told_back(text: str) -> ToldBack | None:
    """The colleagues whose return the message tells as a plain statement, or None."""
    norm = normalize(text).strip()
    if not norm or _GATE.search(norm) is None or _REFUSED.search(norm) is not None:
        return None
    return _parsed(norm)


def heard_back(text: str) -> bool:
    """看到贺局到单位了, 我看老王回来了, 听说小李已经到岗了: a colleague's return seen or heard
    of, in the words of a plain one after the seeing or hearing: news, nobody's report."""
    norm = normalize(text).strip()
    heard = _HEARD.match(norm)
    if heard is None or _GATE.search(norm) is None:
        return False
    rest = norm[heard.end() :]
    return _REFUSED.search(rest) is None and _parsed(rest) is not None


def _parsed(norm: str) -> ToldBack | None:
    """The whole message as clauses of a colleague's return (see the module's docstring)."""
    if lx.QUESTION.search(norm) is not None:
        return None
    norm = _ADDRESSED.sub("", norm)  # @全体成员 老王回来了: to whom, not who is back
    clauses = [_PARTICLE.sub("", c) for c in _CLAUSES.split(norm)]
    clauses = [c for c in clauses if c]
    if not clauses or len(clauses) > 4:
        return None
    if len(clauses) > 1 and _addressed(clauses[0]):
        clauses = clauses[1:]  # 各位，…; 陈主任，小李已经到岗了: to whom it is said
    opened = _opened(clauses[0]) if clauses else None
    if opened is None:
        return None
    people, back, reported = opened
    for clause in clauses[1:]:
        kind = _clause_kind(clause)
        if kind is None:
            return None
        back = back or kind == "back"
        reported = reported or kind == "reporting"
    return ToldBack(people, reported) if back else None


def _addressed(clause: str) -> bool:
    """The clause only says to whom the message is said: 各位, 陈主任."""
    return _ADDRESS.fullmatch(clause) is not None or (
        len(clause) <= 6 and _names(clause) is not None
    )


def _opened(clause: str) -> tuple[tuple[str, ...], bool, bool] | None:
    """The names opening the first clause and what follows them (back, or an errand over):
    (names, back, reported), or None when the clause opens with no colleague. Where the
    names could end at more than one place (谭晓 or 谭晓燕 before 病好多了), the longest
    after which a predicate opens (病, 已, 从, 开完…) is taken, else the shortest that reads
    (names of two outnumber those of three two to one in the group's messages)."""
    if not _may_open_name(clause):
        return None  # most messages: no cut below can give a name (a cheap test first)
    read: list[tuple[tuple[str, ...], bool, bool]] = []
    for cut in range(2, min(len(clause), 13)):
        if clause[cut] in "老小、和与及" or _titled(clause, cut):
            continue  # 刘洋小周…, 老何和小邓…, 谢主|任: the names go on
        names = _names(clause[:cut])
        if names is None or _adverb_in_name(clause, cut):
            continue
        kind = _clause_kind(clause[cut:])
        if kind in ("back", "job"):
            read.append((names, kind == "back", _OPENS.match(clause, cut) is not None))
    opening = [(names, back) for names, back, opens in read if opens]
    names, back = opening[-1] if opening else read[0][:2] if read else ((), False)
    return (names, back, False) if names else None


def _titled(clause: str, cut: int) -> bool:
    """谢主 of 谢主任: the characters after the cut complete a title of the name before it."""
    return any(
        sure_name(clause[:end]) and title_of(clause[:end])
        for end in (cut + 1, cut + 2)
        if end <= len(clause)
    )


def _adverb_in_name(clause: str, cut: int) -> bool:
    """刘洋刚 of 刘洋刚回来了: 刚 before being back is "just", not a given name's end."""
    return clause[cut - 1] in "刚才" and cut >= 3 and _BACK_VERB.match(clause, cut) is not None


def _clause_kind(clause: str) -> str | None:
    """What a clause after the names is: back, job (an errand over), resumed, reporting."""
    if _REPORTING.fullmatch(clause) is not None:
        return "reporting"
    if _NEGATED.search(clause) is not None:
        return None
    back = _BACK.fullmatch(clause)
    if back is not None and (back["le"] or back["done"]) and _back_said(back):
        return "back"
    if _RESUMED.fullmatch(clause) is not None:
        return "resumed"
    if _JOB.fullmatch(clause) is not None:
        return "job"
    return None


def _back_said(back: re.Match[str]) -> bool:
    """到, 上班 and 在单位 say back only when said done (已经到了, 已经上班了, 人已经在局里了;
    not 到了 of a parcel nor 在办公室 of where someone is)."""
    verb = back["verb"]
    if verb.startswith("在"):
        return bool(back["done"] or back["le"])  # 人在办公室了, 已经在局里
    return bool(back["done"]) or verb not in ("到", "上班")


def _names(span: str) -> tuple[str, ...] | None:
    """``span`` as one or more colleagues' names (刘洋, 老何和小邓, 刘洋小周), or None."""
    if not _may_open_name(span):
        return None
    parts = [p for p in _NAME_SEP.split(span)] if _NAME_SEP.search(span) else [span]
    found: list[str] = []
    for part in parts:
        run = _run_of_names(part)
        if run is None:
            return None
        found.extend(run)
    return tuple(found)


def _may_open_name(span: str) -> bool:
    """Whether a name can open ``span``: what every name :func:`_one_name` takes opens with
    (its first character, or a compound surname), tested before the costlier shapes."""
    return bool(span) and (
        span[0] in _NAME_OPENERS or span[:2] in COMPOUND_SURNAMES or rare_surname(span)
    )


def _run_of_names(span: str) -> list[str] | None:
    """Names run together with no mark between (刘洋小周): each a way to call a colleague."""
    if _one_name(span):
        return [span]
    for cut in range(2, len(span) - 1):
        if span[cut] in "老小" and _one_name(span[:cut]):
            rest = _run_of_names(span[cut:])
            if rest is not None:
                return [span[:cut], *rest]
    return None


def _one_name(name: str) -> bool:
    """A way to call a colleague of a sure shape (老王, 李局, 刘股长, 张建国), or a full name
    of two whose surname is no everyday word (程雪): the predicate after it is the frame."""
    if len(name) < 2 or name[-1] in "老小" or name in lx.NOT_NAMES or name in lx.NOT_SUBJECTS:
        return False  # 刘洋小 of 刘洋小周: the next name begins
    if name in COMPOUND_SURNAMES:
        return False  # 欧阳 of 欧阳晓峰: a surname alone calls nobody
    if any(sure_name(name[:k]) and title_of(name[:k]) for k in range(2, len(name))):
        return False  # 张工红 of 张工红旗闸站…: a name with its title ends there
    if sure_name(name):
        return True
    if name[0] in "老小":  # 老蒯, 小糜: any surname, not a word (小组) nor kin (老爸)
        return len(name) == 2 and name not in LAO_XIAO_WORDS and name[1] not in NOT_GIVEN
    if name[:2] in COMPOUND_SURNAMES:  # 司马飞: a compound surname is never a word's start
        return 3 <= len(name) <= 4 and not any(c in NOT_GIVEN for c in name[2:])
    return len(name) == 2 and slot_name(name) and name[0] not in WORDLIKE
