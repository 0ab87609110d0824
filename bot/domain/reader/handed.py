"""A report handed on for a colleague, read as the colleague's own words.

Why: who a report is for is said by the frame around it, not by the report. 替小李报个备：她
明天上午去区法院出庭 says what 我明天上午去区法院出庭 says, for 小李; the reader reads the
second, so it must read the first exactly so. Rather than a rule per frame and per body, the
frame's grammar is parsed once here: who it names, and the body with that person put back
in the speaker's place (她 → 我). The caller reads that body as any self-report and only
puts the colleague into ``people``; a body it reads as a report the speaker would write for
themself is never silenced by the frame around it.

The frames (each an opening or a closing clause; the words of the act in one list, ACT):
- 替/帮/代/给 X 报个备 / 报一下 / 请个假 / 说一声 …: 替小李报个备：…, 代小蒋请个假，…
- X 让/叫/托/请 我（帮他）… : 陈主任让我说一声，…, 龙海波托我报一下，…
- the body, then …，（他）让我在群里说一声: 贺文杰后天请事假，他让我说一声
An act that names a kind (请个假, 报个外出) stays before the body as the speaker's own words
(请个假，明天…); one that says only that it is told (报备一下, 说一声) is left out.

With no frame, the colleague the message opens with is its subject (老孙路上堵车了，晚到半
小时): :func:`opening_name`, the last of the rules' ways to find who (intent._people), for a
name of a sure shape whatever word its predicate opens with. And the other way round, a
colleague sent somewhere (请刘工明天去市局送材料) is an order, no one's report: :func:`sent`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain.pattern_gate import compile_gated, compile_lazy
from bot.domain.reader import lexicon as lx
from bot.domain.reader.expressions import Point, Range, expressions
from bot.domain.reader.names import (
    COMPOUND_SURNAMES,
    LAO_XIAO_WORDS,
    SURNAME_CHARS,
    WORDLIKE,
    called,
    name_end,
    person_shaped,
    rare_surname,
    slot_name,
    title_of,
)
from bot.domain.reader.text import normalize

__all__ = [
    "ACT",
    "PREDICATE_OPENER",
    "Handed",
    "handed_on",
    "opening_name",
    "relayed_name",
    "sent",
    "sure_name",
]


@dataclass(frozen=True, slots=True)
class Handed:
    """Who the report is for, and the message as the speaker would write it for themself."""

    people: tuple[str, ...]
    plain: str  # the body as the speaker's own words with no subject: 明天请假
    own: str  # the same with 我 (我明天请假): read alike, not always the same; read second
    about: str  # the body told of them (小李送孩子去医院了): read when neither reads
    them: str = ""  # who 我 stands for in the words read (她, or the name): for the reason
    relayed: bool = False  # passed on from a call (刚才老吴打电话说…): taken only when sure


_PUNCT = r"[\s,，:：.。;；!！、~～]"
# Whom it is told to (…跟大家说一下, 在群里报一下), before the act.
_TOLD = (
    r"(?:在群里|在这|在群上|跟大家|给大家|向大家|和大家|跟领导|向领导|给领导|跟办公室|向办公室)?"
)
# The acts of handing a report on. A kind in the act (假, 外出 …) is what the report is.
_KIND_IN_ACT = r"假|外出|出差|培训|调休|会议"
ACT = (
    r"(?:补?报(?:个|一下|下)?备(?:一下)?(?:外出|出差|培训|请假)?|补报(?:一下)?|补个报备"
    r"|报(?:一下|一声|下(?![午班周个月半])|(?=[:：]))"
    rf"|报个?(?:{_KIND_IN_ACT}|[事病年婚丧产]假|请假)"
    r"|说(?:一声|一下)|讲(?:一声|一下)|打个招呼|知会一声|请示(?:一下)?"
    r"|请(?:个|一下|[一两二三四五六七八九十半\d]{1,3}个?(?:天|周|小时))?[事病年婚丧]?假"
    r"|销(?:个|一下)?假)"
)
_HELPING = r"(?:帮|替|代|给)?(?:[他她]|忙)?"  # 让我帮他…, 托我代…
_NAME_SLOT = r"(?P<name>[^\s,，:：.。;；!！、~～我你]{1,10}?)"
# 替小李报个备：…, 帮忙给刘洋请个假，…, 代黄股长报备一下，…
# 今天的会我替李局说一下：…, 局务会我替王股长说一下：…: the business the colleague misses named
# first, then the speaker; a day it names (周三的会) is the body's day when the body has none.
_TOPIC_FIRST = (
    r"(?:(?:(?P<day>(?:[^\s,，:：.。;；!！?？我你的]|(?<=\d)\.(?=\d)){1,8})的)?[^\s,，:：.。;；!！?？我你的]{0,6}?"
    r"(?:会|事情?|活动?|班)我)?"
)
# 早上好，帮付强说一下，…: a greeting before the frame; 我替小石说一下 …: the speaker named
# before doing it; 替我们陈主任报一下: the colleague called as one of us.
_GREETING_WORDS = "早上好|早安|大家好|各位好|大家早|各位早|早"
_GREETING = rf"(?:(?:{_GREETING_WORDS})[,，!！~～\s]+)?"
_FOR = compile_gated(
    rf"^{_PUNCT}*{_GREETING}{_TOPIC_FIRST}(?:(?:我|本人)(?=[替帮代]))?(?:麻烦)?(?:替|帮忙?给?|代|给)"
    rf"(?:同事|我们(?:股室|科室|股|科|办|室|中心|队|站)?的?)?{_NAME_SLOT}(?:同志)?"
    rf"(?P<act>{_TOLD}{ACT}){_PUNCT}+"
)
# 陈主任让我说一声，…, 龙海波托我报一下：…, 老谭让我帮他请个假，…
_ASKED = compile_gated(
    rf"^{_PUNCT}*(?:同事)?{_NAME_SLOT}(?:同志)?(?:让|叫|托|请|要)我{_HELPING}"
    rf"(?P<act>{_TOLD}{ACT}){_PUNCT}+"
)
# 刚才老吴打电话说，他…, 老宁刚才来电话，说他…, 早上老覃打电话说今天…: a colleague's call or
# message passed on, the caller opening the message; when they called (刚才, 早上) times the
# call, not the absence, and what they said is their own report.
_WHEN_CALLED = r"刚才|刚刚|刚|今天早上|昨天晚上|早上|今早|一早|上午|中午|下午|晚上|昨晚|昨天|今天"
_CALL_TIME = rf"(?:{_WHEN_CALLED})?"
_CALLED = compile_gated(
    rf"^{_PUNCT}*{_GREETING}{_CALL_TIME}(?:同事)?(?!{_WHEN_CALLED}|[明后]天)"
    rf"{_NAME_SLOT}(?:同志)?{_CALL_TIME}"  # not 给我打电话说: the rules' _REFERS_BACK
    r"(?P<act>(?:打|来|打来|发|发来|回)(?:了|过)?个?(?:电话|消息|微信|短信|信息)|来电)"
    rf"(?:来|过来)?(?:{_PUNCT}*(?:说|讲)(?![过好的出一下]|明(?!天)|不[出准定清]))?{_PUNCT}*"
)
# …，他让我在群里说一声 / …，让我报一下 / …，托我帮她请个假: the frame closing the message
# (托我跟大家说: at the message's end 说 needs no 一声).
_CLOSING = compile_gated(
    rf"{_PUNCT}+(?:[他她](?:刚才)?)?(?:让|叫|托|请|要)我{_HELPING}"
    rf"(?P<act>{_TOLD}(?:{ACT}|说)){_PUNCT}*$"
)
# Who, before the name: 同事, 我们股的, 档案室的.
_OUR_UNIT = compile_gated(r"^(?:同事|我们?(?:股室|科室|股|科|办|室|中心|队|站)的?)")
_SPLIT = compile_lazy(r"[、和与及]")
# 他/她 standing for the colleague (not 其他, 他们, 他人).
_PRONOUN = compile_gated(r"(?<!其)[他她](?![们人乡])")
_SPEAKER = compile_lazy(r"我|本人")
_DOING_FOR = compile_lazy(r"[替帮代给]")
_WITH = frozenset("和跟与同及、们的")
# What follows a name in the subject's place: not a vocative's comma, not 你, not its own
# 的/说 (小王你…, 老周，…, 张局说…, 小李的事).
_NOT_PREDICATE = compile_lazy(r"\s|[,，:：.。;；!！、~～你您的说讲让叫和跟与及@们]|家(?!里)|$")


def _who(slot: str) -> tuple[str, ...]:
    """The colleagues a frame's slot names (小王和小李, 档案室的慕容东), or () when it is not
    a way to call colleagues (领导, 大家, 我)."""
    names: list[str] = []
    for part in _SPLIT.split(_OUR_UNIT.sub("", slot)):
        name = lx.DEPT_PREFIX.sub("", part)
        if not name or name in lx.NOT_NAMES or name in lx.NOT_SUBJECTS:
            return ()
        if not (person_shaped(name) or called(name) or slot_name(name, loose=True)):
            return ()
        names.append(name)
    return tuple(names)


def _as_own(body: str, names: tuple[str, ...]) -> tuple[str, str] | None:
    """The body with the colleague put in the speaker's place (他/她 and the name → 我), and
    the same opening with no subject, as self-reports mostly do (她明天请假 → 明天请假): the
    reader reads the two alike, not always the same. None when the speaker is in the body
    already (她跟我…: two people, not one handed on)."""
    if _SPEAKER.search(body) is not None:
        return None
    body = body.lstrip()
    if len(names) == 1:
        body = body.replace(names[0], "我")
    own = _PRONOUN.sub("我", body)
    subject = own.startswith("我") and own[1:2] not in _WITH
    return own, own[1:] if subject else own  # not 我和小王…: the speaker goes with someone


def _about(body: str, names: tuple[str, ...]) -> str:
    """The body told of the colleague: the name as its subject, in the pronoun's place."""
    who = "、".join(names)
    body = body.lstrip()
    if body.startswith(names[0]):
        return body
    told = _PRONOUN.sub(who, body, count=1)
    return told if told != body else who + body


def _kept(act: str) -> str:
    """The act as the speaker's own words when it names a kind (请个假), else nothing."""
    return act + "，" if re.search(_KIND_IN_ACT, act) else ""


def _names_day(text: str) -> bool:
    """Whether the text names a day (周三, 明天, 12/23), not only a half or a clock."""
    return any(
        isinstance(e, Range) or (isinstance(e, Point) and e.date is not None)
        for e in expressions(normalize(text))
    )


# A slot that names no one by name: a bare title (股长, 主任) or a unit (规划股, 防汛办).
_NO_ONE_NAMED = compile_lazy(
    r"股|长|副?(?:局长|股长|科长|站长|队长|所长|主任)|[\u4e00-\u9fff]{2,6}(?:股|办|科|室|中心|队)"
)


def _handed(text: str, m: re.Match[str], relayed: bool = False) -> Handed | None:
    """The report an opening frame ``m`` hands on: the words after it, for whom it names."""
    names = _who(m["name"])
    body = text[m.end() :]
    found = opening_name(body) if _NO_ONE_NAMED.fullmatch(m["name"]) else None
    if found is not None:  # 代我们股长请个假：罗股长…; 替规划股说一声：牛股长…
        names = (body[found[0] : found[1]],)
    day = m.groupdict().get("day")
    if day and _names_day(day) and not _names_day(body):
        body = day + body  # 周三的会我替李局说一下：李局上午在市局…: the day is 周三
    own = _as_own(body, names) if names and body.strip() else None
    if own is None:
        return None
    act, said = _kept(m["act"]), _PRONOUN.search(body)
    them = said.group(0) if said is not None else names[0]
    plain = own[0] if relayed else own[1]  # the caller's words keep who (他家里漏水了…)
    return Handed(names, act + plain, act + own[0], _about(body, names), them, relayed)


def handed_on(text: str) -> Handed | None:
    """The report ``text`` hands on for a colleague by a frame (替X报个备, X让我说一声, …，
    他让我报一下), or None when no such frame holds it."""
    called = _CALLED.match(text)  # 刚才老吴打电话说，他…: no 我, no 替
    relay = _handed(text, called, relayed=True) if called is not None else None
    if relay is not None:
        return relay
    if "我" not in text and _DOING_FOR.search(text) is None:
        return None  # every frame has 我 (让我) or a preposition of doing for (替, 帮 …)
    for frame in (_FOR, _ASKED):
        m = frame.match(text)
        framed = _handed(text, m) if m is not None else None
        if framed is not None:
            return framed
    first = _act_first(text)
    if first is not None:
        return first
    closing = _CLOSING.search(text)
    if closing is None:
        return None
    body = text[: closing.start()]
    found = opening_name(body, asked=True)
    if found is None:
        return None
    start, end = found
    rest = body[end:].lstrip()
    if _SPEAKER.search(rest) is not None:
        return None
    act, words = _kept(closing["act"]), _PRONOUN.sub("我", rest)
    said = _PRONOUN.search(rest)
    them = said.group(0) if said is not None else body[start:end]
    return Handed((body[start:end],), act + words, act + "我" + words, body, them)


# 代报石海明天请事假, 代报 小苗 今天…, 帮报一下：…: the act of handing on first, then who.
_ACT_FIRST = compile_gated(rf"^{_PUNCT}*(?:代为?|帮忙?|替)报(?:一下|个备|备)?{_PUNCT}*")


# What follows a full name of two, no character of a longer given name: a day, a half, a pause.
_DAY_OR_OPENER = compile_lazy(
    r"[今明后昨前大]天|[上下中]午|早上|晚上|[这下本上]周|周[一二三四五六日天末]|[\s\d]"
)


def _act_first(text: str) -> Handed | None:
    """The report handed on by the act opening it (代报石海明天…), the colleague named right
    after it, as a subject of a sure shape; None when no such frame holds it."""
    act = _ACT_FIRST.match(text)
    if act is None:
        return None
    start = act.end()
    m = lx.PERSON.match(text, start)
    if m is None:
        return None
    for end in (name_end(text, start, m.end()), m.end()):
        name = text[start:end]
        bounded = _DAY_OR_OPENER.match(text, end) is not None or _OPENER.match(text, end)
        short = bool(bounded) and len(name) == 2 and slot_name(name) and name[0] not in WORDLIKE
        shaped = _sure(name) or short  # 代报石海明天…, not 朱晓 of 代报朱晓明因…
        spaced = text[end : end + 1].isspace()  # 代报 小苗 今天…: voice input's pauses
        if shaped and (spaced or _NOT_PREDICATE.match(text, end) is None):
            names = _who(name)
            body = text[end:]
            own = _as_own(body, names) if names and body.strip() else None
            if own is None:
                return None
            said = _PRONOUN.search(body)
            them = said.group(0) if said is not None else name
            return Handed(names, own[1], own[0], _about(body, names), them)
    return None


def opening_name(text: str, asked: bool = False) -> tuple[int, int] | None:
    """Where the colleague the message opens with stands as its subject (老孙 of 老孙路上堵
    车了，晚到半小时; 周建华 of 周建华现在出去一趟…), or None. Only a name of a sure shape:
    老/小 + a surname, a surname with a title, or a full name of plain characters with a
    surname that is no everyday word; and what follows starts its predicate, not a vocative's
    pause (小王，…; 张局 今天…), 你, a list (小王和小李 is the subject patterns' work) or a
    word (车子, 周四, 向大家). ``asked``: a closing frame says someone else is meant, so a
    name no inventory holds (郈鹏) is taken by its place too."""
    start = len(text) - len(text.lstrip(_LEAD))
    hello = _HELLO.match(text, start)  # 早 小伍今天请假…: a greeting, then the colleague
    start = hello.end() if hello is not None else start
    if text.startswith(("同事", "同志"), start):
        start += 2
    m = lx.PERSON.match(text, start)
    if m is None and not asked:
        return None  # most messages: no name opens them, and only a closing frame asks on
    end = name_end(text, start, m.end()) if m is not None else -1
    two = m is not None and end == start + 2  # 谭国庆老婆…: only a short name may grow
    subject = lx.SUBJECT.match(text, start) if two else None
    if subject is not None and subject.start("names") == start and _sure(subject["names"]):
        end = max(end, subject.end("names"))  # 谭国庆老婆生了: the whole name, by what follows
    if m is not None and m.end() < end and _OPENER.match(text, m.end()):
        end = m.end()  # 欧阳娜出去一下: 出 opens the predicate, it is not in the name
    short = start + (3 if text[start : start + 2] in COMPOUND_SURNAMES else 2)
    if end == short and _sure(text[start : end + 1]) and _OPENER.match(text, end + 1):
        end += 1  # 龙海波马上去…: a given name of two, then what opens a predicate
    slotted = False
    if m is None and asked:
        slot = lx.SLOT.match(text, start)
        slotted = slot is not None and slot_name(slot["names"], loose=True)
        end = slot.end("names") if slot is not None and slotted else end
    if end < 0 or _NOT_PREDICATE.match(text, end) is not None:
        return None
    # a name of the inventory is taken only in a sure shape (曾志 of 曾志强 is none); the slot
    # only serves a surname no inventory holds (郈鹏)
    return (start, end) if slotted or _sure(text[start:end]) else None


# 杜娟说…, 小任刚才说…: a colleague's words passed on (not 说明, 说过, 说一声, 说不准).
_RELAYS = compile_gated(
    r"(?:刚才|刚刚|早上|也)?(?:说|讲)(?![明过好的出一下]|不[出准定清])[,，:：\s]*"
)


def relayed_name(text: str) -> tuple[int, int] | None:
    """Where the colleague stands whose words the message passes on (杜娟 of 杜娟说今天下午不请
    了; 小任 of 小任说今天上午的假不请了), or None. A report relayed in the colleague's words
    with no 我 (the caller checks) is theirs, as 李股长说他今天晚到 is: only a name of a sure
    shape, at the start, and 说 then what was said."""
    start = len(text) - len(text.lstrip(_LEAD))
    m = lx.PERSON.match(text, start)
    if m is None:
        return None
    for end in (name_end(text, start, m.end()), m.end()):
        name = text[start:end]
        said = _sure(name) or (len(name) == 2 and slot_name(name) and name[0] not in WORDLIKE)
        if said and _RELAYS.match(text, end) is not None:
            return start, end  # 杜娟说…: a place does not speak, so a short full name is one
    return None


# Words that open a predicate with a character a given name may have (马上, 出去, 感冒 …):
# after them a third character belongs to the name (龙海波马上去…, not 龙海 + 波马上).
_OPENER = compile_lazy(
    r"马上|出|刚|正在|已|因|感冒|发烧|生病|身体|陪|带|开|参加|值|跑|得|需|想|准备|计划|估计"
    r"|可能|先|一直|全天|腰|胃|头|孩子|爱人|老婆|父亲|母亲|家里|请|休|调休|[年病事婚产丧]假|培训"
    r"|晚到|迟到|早退|早走"
)
_LEAD = " \t\n·,，:：.。;；!！、~～"
_HELLO = compile_lazy(rf"(?:{_GREETING_WORDS})[\s,，!！~～]+")
_DAY_OR_COUNT = frozenset("一二三四五六七八九十日末几两")


def _sure(name: str) -> bool:
    """Whether ``name`` can only be a way to call a colleague where it opens a message."""
    if name in lx.NOT_NAMES or name in lx.NOT_SUBJECTS or name[:2] in lx.NOT_SUBJECTS:
        return False
    if name[0] in "老小" and len(name) == 2:
        return name not in LAO_XIAO_WORDS and (name[1] in SURNAME_CHARS or rare_surname(name[1]))
    title = title_of(name)
    if title:
        core = name[: -len(title)]
        compound = core[:2] in COMPOUND_SURNAMES
        if len(title) == 1 and len(core) > (2 if compound else 1):
            return False  # 李局, 张工: a one-character title follows a surname; 金融局 is a bureau
        surname = compound or core[0] in SURNAME_CHARS or rare_surname(core)
        return surname and len(core) <= 4 and person_shaped(name)
    compound = name[:2] in COMPOUND_SURNAMES
    given = name[2:] if compound else name[1:]
    return (
        (len(given) == 2 or compound)  # 刘洋: the subject patterns' (杨梅洲 is a place)
        and slot_name(name)
        and name[0] not in WORDLIKE
        and not any(c in _DAY_OR_COUNT for c in given)
    )


sure_name = _sure  # for others_back: a name of a sure shape opening its message
PREDICATE_OPENER = _OPENER  # and the words that open a predicate after a name


# 请刘工明天去市局…, 让小韩下午跑一趟财政局, 叫老周参加…: a colleague sent (a causative verb,
# the colleague, then going, being somewhere or taking part), by a message with no 我 and no
# leave in it: an order or a request to them, no one's report (王局让我去… has the speaker
# sent: a report; 请王局批一下明天的假 asks for the speaker's leave).
# 明天下午请办公室小潘去…: the time may come first, the colleague's unit before the name.
_SENDS = compile_gated(rf"^{_PUNCT}*(?:[{lx.TC}][\s,]*)?(?:请|让|叫|派|麻烦)")
_THEIR_UNIT = compile_lazy(
    r"[\u4e00-\u9fff]{0,4}?(?:股室|科室|办公室|股|中心|大队)的?(?=[小老]|[\u4e00-\u9fff]{2})"
)
_GOES = compile_gated(
    r"(?:同志)?[^。;；!！?？\n]{0,24}?"
    r"(?:去|到|赴|跑|前往|参加|出席|列席|值班|在|盯|配合|陪|带队|下乡|出车|出差|培训|开会|巡)"
)
_NOT_SENT = compile_lazy(r"我|本人|假")


def sent(text: str) -> bool:
    """Whether the message sends a colleague somewhere (请刘工明天去市局送材料): not a report."""
    m = _SENDS.match(text)
    if m is None or _NOT_SENT.search(text) is not None:
        return False
    unit = _THEIR_UNIT.match(text, m.end())
    start = m.end() if unit is None else unit.end()
    person = lx.PERSON.match(text, start)
    if person is None:
        return False
    end = name_end(text, start, person.end())
    return bool(_who(text[start:end])) and _GOES.match(text, end) is not None
