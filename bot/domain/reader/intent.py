"""Whether a message is an absence report, and which: action, kind and the people it is for.

Conservative by design: a false record is worse than silence, so anything that reads as a
question, a notice, a rule, a hypothesis or news about someone else is not a report.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.domain.pattern_gate import AnyOf, Blanking, Pattern, compile_gated, compile_lazy
from bot.domain.reader import lexicon as lx
from bot.domain.reader.expressions import ANY, DUR, POINT, RANGE, Point, Range, Skeleton, Span
from bot.domain.reader.handed import opening_name, relayed_name, sent
from bot.domain.reader.mood import ASKED_OF_ME
from bot.domain.reader.names import (
    CITY_NAMES,
    NOT_GIVEN,
    birth_order,
    called,
    has_rare,
    name_end,
    person_shaped,
    rare_surname,
    slot_name,
)
from bot.domain.reader.names import WORDLIKE as _WORDLIKE

_CLAUSE_ENDS = frozenset(",.;:!?。\n")  # a set, not a pattern: tested one character at a time
_CLAUSE_END = compile_lazy("[,.;:!?。\n]")  # the same, for one scan of a whole text
_TIME = compile_lazy(ANY)
_STRIP = compile_gated(rf"@\S+|[\s{POINT}{RANGE}{DUR}·]")
_PRONOUNS = compile_lazy("[我你他她们]")
_HE_SHE = compile_gated("(?<!其)[他她]")
_ONE_OF_THEM = compile_gated("(?<!其)[他她](?!们)")  # 有事找他们: how to reach all those away
_BARE_BEFORE = compile_gated(r"[我的假]|本人|请假|外出|出差")
DUTY = ("出差", "培训", "会议", "外出")
_GOING = compile_lazy(r"去|参加|赴")
# 四点走, 三点就走了 (就…了: about to happen, not done): leaving at a clock time.
_BARE_LEAVING = compile_lazy(
    rf"{POINT}(?:左右|以后|之后)?(?:(?:就|要|得|可以|能|准时|按时)?走(?![了访过])|就(?:要|得)?走了(?![吗吧么?]))"
    # 四点半走了 家里水管爆了: 走了 at a clock with why after it, said as a leaving to come
    rf"|{POINT}走了(?=[\s,，][^吗吧么?？]+$)"
)
# 说不准几点回 says the return is open; it asks nobody anything.
_UNSURE = compile_gated(
    # 等下再看几点能到, 到时候看几点回: the hour to be seen later, not asked of anyone
    r"(?:说不准|说不好|不确定|不知道|不晓得|不一定|还不清楚|不好说|(?:再|到时候?|等下|回头)看看?)"
    r"[^,.;:!?。\n]{0,4}?(?:几点|什么时候|多久|哪天)"
    r"|(?:几点|什么时候|多久|哪天)[^,.;:!?。\n]{0,3}?(?:不知道|不晓得|说不准|说不好|不清楚|不确定|不好说|不一定|待定|再说|再定|再告诉|再通知|再报)"
    # 具体什么假等他回来再补: which leave it is, left to be filled in later, asks nobody
    r"|(?:什么|哪种|哪类|哪个)(?:假|类型|性质)[^,.;:!?。\n]{0,8}?(?:再补|后补|补报|补办|再说|再定|再报|待定)"
    # 谁找他们打电话: whoever wants them, how to reach them; an indefinite 谁, no question
    r"|谁(?:有事)?(?:要)?找[^,.;:!?。\n]{0,4}?(?:打|联系|电话|手机|微信)"
    # 有什么事可以找我了: an indefinite 什么, the speaker reachable again, no question
    r"|有什么(?:事|问题)[^,.;:!?。\n]{0,6}?(?:找|联系|叫|打电话给)我"
    # 下午回不回来不确定: whether the speaker is back, then that it is not known, is said, not
    # asked (去不去还不知道 leaves the whole plan open, see UNSETTLED)
    r"|回不回(?:来|单位|局里)?[^,.;:!?。\n]{0,3}?(?:不确定|说不准|说不好|不好说|不一定|不知道|还不清楚|待定)"
)
# Reporting for colleagues in so many words: a form field, 让我帮他, 报告/报备 to leaders.
_FORMAL = compile_gated(
    r"让我(?!们)|叫我(?!们)|托我|请假人|申请人|人员[:：]|姓名[:：]|报告|报备|我股|我局|我办|我科(?!目)|我室"
    # the colleague told the speaker, who passes it on: 早上发消息给我说烧到38度, 特代为报备
    r"|报一下[:：]|(?:电话|消息|微信|短信)(?:给|跟)我|给我[打发](?:了个?|过)?(?:电话|消息|微信|短信)说|(?:给|跟)我说(?:[他她]|一声)|告诉我[他她]|代为|代其|统一报"
)
_ASKS_OTHERS = compile_lazy(
    r"谁|你们?[^,.;:!?。\n]{0,12}[吗呢?]"
    r"|有没有人[^,.;:!?。\n]{0,3}?(?:一起|同去|作伴)"  # 有没有人一起去爬昭山？: an invitation
)
# 明天全股都去莲花垸…，早上7点半局门口出发: a whole unit or everyone sent somewhere, in any
# clause; the clause that names the kind (出发) may be another one.
_GROUP_SENT = compile_gated(
    r"(?<![跟和同与陪随带领])(?:全股|全办|全队|全局|全站|全中心|全体|全员|所有人|大家|各股室?|各科室|各单位)"
    r"(?:人员|同志|同事)?(?:都|统一|一起|一律)?(?:要|得|须)?(?:去|赴|前往|参加)"
)


@dataclass(frozen=True, slots=True)
class Intent:
    """What the message does. ``scope`` is the skeleton span holding the period meant."""

    action: str
    kind: str | None
    people: tuple[str, ...]
    text: str  # the skeleton with neutral phrases and the for-others phrase blanked
    scope: tuple[int, int]
    end_only: bool = False
    anchor_scope: tuple[int, int] | None = None  # amend: where the earlier period was named
    timing_only: bool = False  # 晚到半小时: a report only through lateness or leaving early
    doubt: bool = False  # likely a report, but read from weak cues: ask before recording
    at: int = -1  # where the kind was said: its clause holds the period meant


def blank(text: str, start: int, end: int) -> str:
    return text[:start] + "·" * (end - start) + text[end:]


def dots(m: re.Match[str]) -> str:
    """A match blanked, same length (one function for every blanking, not a lambda made at
    each call)."""
    return "·" * len(m.group(0))


def _blank_all(text: str, pattern: Pattern) -> str:
    return pattern.sub(dots, text)


# The clause ends of the last few texts asked about: a reading asks clause_around about the
# same text at several positions (six a message on the case table, 641 texts for 4,800 calls),
# so each text is scanned once and every later question is two bisections. Strings are
# immutable, so a result kept is always right.
_ENDS: dict[str, list[int]] = {}
_ENDS_MAX = 16


def _clause_ends(text: str) -> list[int]:
    found = _ENDS.get(text)
    if found is None:
        if len(_ENDS) >= _ENDS_MAX:
            _ENDS.clear()
        found = _ENDS[text] = [m.start() for m in _CLAUSE_END.finditer(text)]
    return found


def clause_around(text: str, pos: int) -> tuple[int, int]:
    """Where the clause holding ``pos`` starts and ends (commas, stops and lines end one)."""
    if 0 <= pos <= len(text):
        ends = _clause_ends(text)
        at = bisect_left(ends, pos)  # ends[at - 1] < pos <= ends[at]
        return (ends[at - 1] + 1 if at else 0), (ends[at] if at < len(ends) else len(text))
    # a position outside the text: the walk as it always was (it raises past the end)
    start = pos
    while start > 0 and text[start - 1] not in _CLAUSE_ENDS:
        start -= 1
    end = pos
    while end < len(text) and text[end] not in _CLAUSE_ENDS:
        end += 1
    return start, end


def _sentence_around(text: str, pos: int) -> str:
    for m in lx.SENTENCE.finditer(text):
        if m.start() <= pos < max(m.end(), m.start() + 1):
            return m.group(0)
    return text


def _is_question(text: str, pos: int) -> bool:
    """A question, unless it is the reporter's own request (…请个假，可以吗？)."""
    sentence = _UNSURE.sub("", _sentence_around(text, pos))
    if lx.QUESTION.search(sentence) is None:
        return False
    sentence = lx.CHECK_WHETHER.sub("", sentence)  # 去泵站看看电机是否正常: what the trip checks
    if lx.QUESTION.search(sentence) is None:
        return False
    if lx.HOW_TO.search(sentence) is not None:
        return True  # 请假时间写错了怎么改？: how to, never a request of one's own
    request = lx.REQUEST.sub("", sentence)
    if _own(text, sentence):
        request = lx.OWN_REQUEST.sub("", request)
    if request != sentence:
        return lx.QUESTION.search(request.replace("?", "")) is not None
    # 请个假，可以吗 may span two sentences: the request closes the message.
    return lx.REQUEST.search(text[pos:]) is None or "你" in sentence


def _own(text: str, sentence: str) -> bool:
    """我…能请个假吗, or 能不能明天请一天假？家里有事: the request is the speaker's own."""
    if lx.THIRD_PERSON.match(sentence.lstrip()) is not None or "你" in sentence:
        return False
    if lx.SPEAKER.search(text) is not None:
        return True
    rest = text[text.find(sentence) + len(sentence) :]
    return bool(rest.strip()) and lx.QUESTION.search(rest) is None and "还是" not in rest


def _someone_else(text: str, pos: int) -> bool:
    """Whether the clause names another person as the one who is away."""
    start, _ = clause_around(text, pos)
    prefix = _STRIP.sub("", text[start:pos])
    if not prefix or lx.SPEAKER.search(prefix) or prefix[:2] in lx.NOT_SUBJECTS:
        return False  # 我们股 is the unit, not the speaker (see _group_goes)
    return (
        lx.PRONOUN.search(prefix) is not None
        or lx.THIRD_PERSON.fullmatch(prefix) is not None
        or (_group_goes(prefix) and not _body_after_time(text, start, pos, prefix))
        or _THING.search(prefix) is not None  # 局里的车明天去市里: a thing goes, not a person
    )


_THING = compile_lazy(r"(?:局里|单位|局|办|股|队|公家)的(?:车|车子)$")
_GOING_VERB = compile_gated(r"去|赴|前往|到|参加")


def _body_after_time(text: str, start: int, pos: int, prefix: str) -> bool:
    """下午两点半至五点半 区河长办 开调度会: a body of the district or the city (区…办, 市…局)
    right after the clause's time, then 开…, is where the speaker's meeting is held, not a
    unit of ours (上午区应急指挥中心视频会 is the body's own meeting)."""
    at_time = text[start : start + 1] in lx.TC
    return at_time and prefix[:1] in "区市县省" and text[pos : pos + 1] == "开"


def _group_goes(prefix: str) -> bool:
    """工程股下周一…, 全股去市局参加培训: a unit as the subject, alone or before where it goes,
    is a plan for a group, nobody reported."""
    unit = lx.GROUP_SUBJECT.match(prefix)
    if unit is None:
        return False
    return unit.end() == len(prefix) or _GOING_VERB.match(prefix, unit.end()) is not None


def _doubled(name: str, names: list[str]) -> bool:
    """小周和阳阳, 婷婷、小刘: a character said twice is how a young colleague is called, when
    listed beside a name of the usual shape (alone, 天天 or 刚刚 is an adverb)."""
    return (
        len(name) == 2
        and name[0] == name[1]
        and name[0] not in NOT_GIVEN
        and any(n != name and person_shaped(n) for n in names)
    )


def _valid_names(names: list[str]) -> bool:
    return (
        bool(names)
        and all(
            (person_shaped(n) or _doubled(n, names))
            and not _PRONOUNS.search(n)
            and n != "本人"  # 人员：本人 in a form is the speaker
            and n[-1] not in "说讲让叫的"  # 张局说下午…: whom the speaker quotes; 周涛的年假
            and n not in lx.NOT_NAMES
            and n[:2] not in lx.NOT_SUBJECTS
            and n not in lx.NOT_SUBJECTS
            and (not birth_order(n) or any(not birth_order(m) for m in names))
            for n in names
        )
    )


# 工程股, 规划办: a unit's name closing where a name was read (程股 of 工程股熊伟).
_UNIT_TAIL = compile_lazy(r"[\u4e00-\u9fff][\u4e00-\u9fff]+(?:股|办|室|科|队)$")


def _named(text: str) -> tuple[tuple[str, ...], str] | None:
    """Names from a form field, from "X让我帮他…", a group in brackets, or as the subject
    of a clause."""
    asked = lx.ASKED_BY_PRONOUN.search(text)
    if asked is not None and lx.ASKED_BY.search(text) is None:
        m = lx.PERSON.search(text, 0, asked.start())  # 小鲁妈妈住院了，她让我…: 小鲁
        if m is not None and m.start() > 0 and _UNIT_TAIL.match(text, m.start() - 1, m.end()):
            m = lx.PERSON.search(text, m.end(), asked.start())  # 工程股熊伟: 程股 ends a unit
        subject = lx.SUBJECT.search(text, 0, asked.start())  # 龙海波今天去…: the whole name
        if subject is not None and m is not None and subject.start("names") == m.start():
            m = re.compile(re.escape(subject["names"])).search(text, m.start())
        slot = _slot(text, asked.start(), told=True, asked=True)  # 沃娜鹏今天…他…让我报一下
        if slot is not None and (m is None or slot[1].start("names") < m.start()):
            return slot[0], blank(text, asked.start(), asked.end())
        inside = m is not None and m.start() > 0 and "\u4e00" <= text[m.start() - 1] <= "\u9fff"
        if m is not None and inside and text[m.start()] in _WORDLIKE:
            m = None  # 嵇红梅发烧了: 梅发 inside a name is no name of its own
        if m is not None:
            name = text[m.start() : name_end(text, m.start(), m.end())]  # 皇甫晨鹏的事假
            if _valid_names([name]):
                return (name,), blank(text, asked.start(), asked.end())
    escort = lx.ESCORT.search(text)
    if escort is not None and _valid_names([escort["names"], escort["other"]]):
        both = (escort["names"], escort["other"])
        return both, blank(blank(text, *escort.span("names")), *escort.span("other"))
    said = lx.PRONOUN_SUBJECT.search(text)
    first = lx.PERSON.match(text.lstrip())
    if said is not None and first is not None and _valid_names([first.group(0)]):
        lead = len(text) - len(text.lstrip())
        end = name_end(text, lead, first.end() + lead)  # 蔺小娟家孩子…，她…: the whole name
        rest = text[end : said.start()]
        if lx.SELF.search(rest) is None and lx.NAME.search(rest) is None:
            return (text[lead:end],), blank(text, said.start(), said.end())
    roster = _roster(text) if "\n" in text else None
    if roster is not None:
        return roster
    listed = lx.CLOSING_LIST.search(text)
    if listed is not None and _valid_names(names := _split_names(listed["names"])):
        return tuple(names), blank(text, *listed.span("names"))
    patterns = (
        lx.FORM_PERSON, lx.ASKED_BY, lx.GROUP, lx.BRACKETED, lx.APPOSED, lx.COMPANION,
        lx.SUBJECT, lx.NAME_LINE, lx.WITHDRAWN,
    )  # fmt: skip
    owner = () if lx.SELF.search(text) else (lx.OWNER_OPENS,)
    for pattern in (*patterns, lx.POSSESSOR, *owner):
        m = pattern.search(text)
        if pattern is lx.ASKED_BY and m is not None:
            listed = lx.SUBJECT.search(text, 0, m.start())
            if listed is not None and m["names"] in listed["names"]:
                m = listed  # 小王、小陈…，小王让我统一报一下: both are away
            if m is not None and text.startswith("代报", m.end()):
                later = lx.SUBJECT.search(text, m.end()) or lx.SLOT.search(text, m.end())
                if later is not None and _valid_names(_split_names(later["names"])):
                    m = later  # 郜股长让我代报：仉建国今天…: who goes, not who asked
        if m is None or (pattern is lx.FORM_PERSON and lx.SELF.search(text, 0, m.start())):
            continue
        group = "names" if m["names"] is not None else "said"  # a form field without its colon
        names = _split_names(m[group])
        if pattern is lx.SUBJECT and not _valid_names(names) and not person_shaped(names[0]):
            later = lx.SUBJECT.search(text, m.start("names") + 1)  # 区委办来电，李局…: a word
            if later is not None and _valid_names(_split_names(later["names"])):
                m, names = later, _split_names(later["names"])  # first, then the name
        if pattern is lx.SUBJECT and _valid_names(names):
            names, text = _parallel(text, m, names)  # 1. 龚建平 赴…\n2. 蒲小玲 赴…
        if _valid_names(names):
            whole = (lx.SUBJECT, lx.GROUP, lx.BRACKETED, lx.APPOSED, lx.NAME_LINE, lx.COMPANION)
            end = m.end() if pattern in whole else m.end(group)
            grouped = (lx.GROUP, lx.BRACKETED, lx.APPOSED, lx.COMPANION)
            begin = m.start() if pattern in grouped else m.start(group)
            return tuple(names), blank(text, begin, end)
    return None


def _parallel(text: str, first: re.Match[str], names: list[str]) -> tuple[list[str], str]:
    """符晓东去…，禹婷去…; 1. 龚建平 赴…\n2. 蒲小玲 赴…: clauses (or list items) that open with
    a name and go on with the same verb as the first are one list; every name is away.
    Returns the names and the text with the later ones blanked (the first is blanked by the
    caller)."""
    verb = text[first.end() : first.end() + 1]
    if verb not in "去赴到在" or not verb:
        return names, text
    found = list(names)
    for m in lx.SUBJECT.finditer(text, first.end()):
        more = _split_names(m["names"])
        opens = text[: m.start("names")].rstrip(" \t、)）-·•*0123456789")[-1:]
        if text[m.end() : m.end() + 1] != verb or opens not in lx.STOP or not _valid_names(more):
            continue
        found.extend(n for n in more if n not in found)
        text = blank(text, m.start("names"), m.end("names"))
    return found, text


# A roster, one colleague a line: 1、闵股长 区政府 汇报…, - 祁连生：东风水库 汛后检查, 蒲小玲：区
# 财政局 对账: a list marker, or the name and a colon, opening the line.
_ROSTER_ITEM = compile_gated(
    r"(?m)^[ \t]*(?:(?P<mark>(?:\d{1,2}|[一二三四五六七八九十])[.、)）]|[-·•*])[ \t]*)?"
    rf"(?:(?P<called>[\u4e00-\u9fff]{{2,4}}?)[:：]|(?P<name>{lx.PERSON.pattern}))"
)


def _roster(text: str) -> tuple[tuple[str, ...], str] | None:
    """Two or more lines each opening with a colleague, after a list marker or before a
    colon, and going on with where they go or what they do there: all of them are away."""
    found: list[str] = []
    kept = text
    for m in _ROSTER_ITEM.finditer(text):
        if m["called"] is not None:
            start, end = m.span("called")  # 昝楠昊：白沙泵站…: a rare surname too, by its colon
            if not (rare_surname(m["called"]) or lx.PERSON.fullmatch(m["called"])):
                continue
        elif m["mark"] is not None:
            start = m.start("name")
            subject = lx.SUBJECT.match(text, start)  # 1. 龚建平 赴…: the whole name
            end = subject.end("names") if subject else name_end(text, start, m.end("name"))
            if end - start == 2 and text[end : end + 1] == "刚":
                end += 1  # 3. 甄志刚 赴…: in a list item 刚 ends the name, it is no "just"
        else:
            continue
        name = text[start:end]
        line_end = text.find("\n", end)
        rest = text[end : len(text) if line_end < 0 else line_end]
        if not _valid_names([name]) or not (lx.MOVE.search(rest) or _ROSTER_PLACE.search(rest)):
            continue
        found.append(name)
        kept = blank(kept, start, end)
    return (tuple(found), kept) if len(found) >= 2 else None


_ROSTER_PLACE = compile_gated(rf"^[:：]?[^{lx.STOP}]{{0,12}}?(?:{lx.PLACE_WORDS})")


def _split_names(listed: str) -> list[str]:
    listed = _UNIT_SAID.sub("", listed)  # 小刘（工程股）和老谭: the unit said of one of them
    names = [n.strip() for n in lx.NAME_SPLIT.split(re.sub(r"[，\s]", ",", listed))]
    return [lx.ROLE_PREFIX.sub("", lx.DEPT_PREFIX.sub("", n)) for n in names if n]


_UNIT_SAID = compile_lazy(r"[(（][^)）]{1,8}[)）]")
# 帮我们股小何报一下: the speaker's unit before the name, not the speaker.
_CHIEF = compile_gated(r"(?:[股科站队所局]长|主任)")
_OUR_UNIT = compile_gated(
    r"^我(?:们|们的)?(?:股室|科室|股|科|办|室|中心|队|站)的?(?=[\u4e00-\u9fff]{2})"
    r"|^我们的?(?=(?:[股科站队所局]长|主任)$)"  # 帮我们股长报一下: our chief, not the speaker
)


def _people(text: str) -> tuple[tuple[str, ...], str] | None:
    """Names a report is made for, and the text with that phrase blanked; None if unclear."""
    m = lx.FOR_OTHERS.search(text)
    if m is None:
        return (
            _named(text)
            or _reported_for(text)
            or _slotted(text)
            or _antecedent(text)
            or _caller(text)
            or _opening(text)
            or ((), text)
        )
    if m.group(0)[0] == "给" and text.startswith("报的", m.end()):
        return _named(text) or ((), text)  # 给局里报的外出: sent to the office, not for it
    said = [n for n in lx.NAME_SPLIT.split(_OUR_UNIT.sub("", m["names"])) if n]
    names = [lx.DEPT_PREFIX.sub("", n) for n in said]
    end = m.start() + len(m.group(0).rstrip(lx.TC))  # times after the names stay
    if m.group(0)[0] == "给" and (
        _TOLD_ME.match(m["names"]) is not None or lx.FAMILY.match(m["names"]) is not None
    ):
        found = _named(text) or _slotted(text) or _antecedent(text)
        return found or ((), text)  # 甄工早上给我发消息说…; 给父亲办退休…: no 给X请假
    if (
        names in (["我"], ["本人"])
        or (bool(said) and said[0].startswith("我"))  # 帮我跟办公室说一声: for the speaker
        or all(n in lx.NOT_NAMES for n in names)
    ):
        return (), blank(text, m.start(), end)
    if _COUNTED.fullmatch(m["names"]) is not None:
        rest = blank(text, m.start(), end)  # 帮两个人报一下：文静今天…，段勇下午…
        listed = _all_subjects(rest) or _slotted(rest)
        if listed is not None or m["names"][-1] != "下":
            return listed  # 帮两位报一下 and no names after: for whom? (一下 is no count)
    if names and all(_CHIEF.fullmatch(n) for n in names):
        rest = blank(text, m.start(), end)  # 帮我们股长报一下 罗股长今天…: the chief named after
        return _named(rest) or _slotted(rest) or (tuple(names), rest)
    if not _valid_names(names):
        named = _named(text) or _slotted(text)  # 帮他请假 … 请假人：刘洋
        return None if named is None else named  # 帮他请假: for someone, but whom?
    return tuple(names), blank(text, m.start(), end)


# 他/她 as the subject or the owner of what follows (他爷爷…, 她今明两天…, 他让我…, 她说…), or
# the colleague's own message to the speaker (给我发消息说…, 跟我说…): someone named before.
_REFERS_BACK = compile_gated(
    r"(?<![其吉])[他她](?!们|人|乡|日|国|妈)"
    r"|(?<=[\u4e00-\u9fff\ue000-\ue002])(?:给|跟|和|向)我(?:发|打|来)?了?个?(?:消息|微信|短信|电话|信息)?说"
)
_TOLD_ME = compile_gated(r"我(?:发|打|来)了?个?(?:消息|微信|短信|电话|信息)|我说")
# Who the message opens with: after a colleague's role (同事谷雨), a name as far as a time,
# 的, the pronoun, a space or a clause's end.
_TITLE_END = compile_gated(rf"(?:{lx.LONGEST_TITLE})$")
_OPENS = compile_gated(r"[\s·,:]*(?:同事|同志)?")
_RUN = compile_gated(rf"[\u4e00-\u9fff]{{2,6}}?(?=[{lx.TC}\s{lx.STOP}]|的|[他她]|$)")


def _antecedent(text: str) -> tuple[tuple[str, ...], str] | None:
    """冼工的事跟大家说一下，他爷爷…; 丽娟她身体不舒服…; 仲孙浩今天调休，…他加了一天班: the
    colleague the message opens with, when a later 他/她 (or 给我发消息说) refers back to
    them and the speaker is not the subject between. Only where no other frame found a
    name (a fallback: one search for the pronoun on the other messages)."""
    back = _REFERS_BACK.search(text)
    if back is None:
        return None
    opens = _OPENS.match(text)
    start = opens.end() if opens is not None else 0
    m = lx.PERSON.match(text, start)
    end = name_end(text, start, m.end()) if m is not None else -1
    if m is None or not _valid_names([text[start:end]]):
        run = _RUN.match(text, start)
        if run is None or not called(run.group(0)) or run.group(0) in lx.NOT_NAMES:
            return None
        end = run.end()
        if text[end : end + 1] not in "他她" and not (
            text[max(start - 2, 0) : start] in ("同事", "同志")
            or rare_surname(run.group(0))
            or text[end : end + 1] in lx.TC
        ):
            return None  # 通知的…: no more than a word before the pronoun
    whole = _RUN.match(text, start)
    if (
        whole is not None
        and whole.end() > end
        and called(whole.group(0))
        and _TITLE_END.search(whole.group(0)) is not None
    ):
        end = whole.end()  # 敖莉芳工程师的事…: the full name with its title
    name = text[start:end]
    if end > back.start() or name[:2] in lx.NOT_SUBJECTS or name in lx.NOT_SUBJECTS:
        return None
    if lx.SPEAKER.search(text, end, back.start()) is not None:
        return None  # 小李的活我来干，他…: the speaker comes between
    return (name,), blank(text, start, end)


def _caller(text: str) -> tuple[tuple[str, ...], str] | None:
    """刚接到黄局电话，他今天上午在区政府开会: the caller named where the call is received,
    when a later 他/她 refers back to them and the speaker is not the subject between."""
    m = lx.CALLER.search(text)
    if m is None or not _valid_names(names := _split_names(m["names"])):
        return None
    back = _REFERS_BACK.search(text, m.end())
    if back is None or lx.SPEAKER.search(text, m.end(), back.start()) is not None:
        return None
    return tuple(names), blank(text, *m.span("names"))


def _with_companion(people: tuple[str, ...], text: str) -> tuple[tuple[str, ...], str]:
    """王局刚来电话，他和李科长今天在市局开会: the one named after 他和 goes too."""
    m = lx.PRONOUN_COMPANION.search(text) if people else None
    if m is None or not _valid_names(more := _split_names(m["names"])):
        return people, text
    return people + tuple(n for n in more if n not in people), blank(text, m.start() + 1, m.end())


def _slotted(text: str) -> tuple[tuple[str, ...], str] | None:
    """郈鹏今天晚到半个钟头…让我报一下, 我股隗洋同志明天…: names no pattern knew, in the
    subject's place before the speaker is named (or after 我和), when the message says
    someone else is meant or the names open with a rare character (郈, 訾: never a word in
    the subject's place). Only for what the other frames left nameless."""
    told = lx.SOMEONE_ELSE.search(text) is not None
    if not told and not has_rare(text):
        return None  # most self-reports: nothing says someone else, no rare name to find
    found = _slot(text, len(text), told)
    if found is not None:
        m = found[1]
        return found[0], blank(text, m.start("names"), m.end())  # 派规划股··赴: as SUBJECT
    mate = lx.COMPANION_SLOT.search(text)
    if mate is not None:
        names = _split_names(mate["names"])
        if all(slot_name(n) for n in names) and _valid_names(names):
            return tuple(names), blank(text, mate.start("names"), mate.end("names"))
    return None


def _slot(
    text: str, end: int, told: bool, asked: bool = False
) -> tuple[tuple[str, ...], re.Match[str]] | None:
    """The first names in the subject's place before ``end`` and before any 我, each shaped
    as a name, taken when they all open with a rare surname, when the message says someone
    else is meant (``told``) and one at least has a surname of the inventory or a rare one,
    or when the caller found who asked (``asked``: 沃娜鹏今天…，他…让我报一下)."""
    pos = 0
    while (m := lx.SLOT.search(text, pos, end)) is not None:
        pos = m.end()
        if lx.SPEAKER.search(text, 0, m.start("names")) is not None:
            return None  # 我帮…, 本人…: the speaker comes first
        comma = m["names"].find(",")
        if comma > 0 and not slot_name(m["names"][:comma], loose=True):
            pos = m.start("names") + comma + 1  # 早上好,阚工和小褚…: a greeting, then names
            continue
        names = _split_names(m["names"])
        known = [lx.NAME.fullmatch(n) is not None for n in names]  # 阚工和小褚: 小褚 as ever
        shaped = (k or slot_name(n, loose=True) for n, k in zip(names, known, strict=True))
        if not names or not all(shaped):
            continue
        if not _valid_names(names):
            continue
        rare = [rare_surname(n) for n in names]
        if asked or (any(rare) and all(r or k for r, k in zip(rare, known, strict=True))):
            return tuple(names), m
        if told and any(map(slot_name, names)):
            return tuple(names), m
    return None


def _opening(text: str) -> tuple[tuple[str, ...], str] | None:
    """老孙路上堵车了，晚到半小时; 周建华现在出去一趟…: the colleague the message opens with,
    as its subject, whatever the predicate starts with (the subject patterns list only the
    words a predicate usually opens with). Last of the frames: no other named anyone."""
    if lx.SPEAKER.search(text) is not None:
        return None
    found = opening_name(text) or relayed_name(text)  # 杜娟说…不请了: whose words are passed on
    if found is None:
        return None
    return (text[found[0] : found[1]],), blank(text, *found)


def _reported_for(text: str) -> tuple[tuple[str, ...], str] | None:
    """更正：上午报的何工出差…: whose absence, reported before, the message is about."""
    m = lx.REPORTED_FOR.search(text)
    if m is None or not _valid_names([m["names"]]):
        return None
    return (m["names"],), blank(text, m.start("names"), m.end("names"))


_COUNTED = compile_gated(r"(?:[两二三四五六七八九几\d]|一下)(?:位|个人?|名)(?:同事|同志)?")


def _all_subjects(text: str) -> tuple[tuple[str, ...], str] | None:
    """Every colleague named as the subject of a clause, in order (文静…，段勇…)."""
    names: list[str] = []
    for m in lx.SUBJECT.finditer(text):
        found = [lx.DEPT_PREFIX.sub("", n.strip()) for n in lx.NAME_SPLIT.split(m["names"])]
        found = [n for n in found if n]
        if not _valid_names(found):
            return None
        names.extend(n for n in found if n not in names)
        text = blank(text, m.start(), m.end())
    return (tuple(names), text) if names else None


def _leave_kind(text: str) -> tuple[str | None, int, bool]:
    """The leave kind named, where, and whether a verb (请/休) makes it an act, not a topic."""
    specific = lx.SPECIFIC_LEAVE.search(text)
    verb = lx.LEAVE_VERB.search(text)
    if specific is not None:
        acted = verb is not None or _TIME.search(text) is not None
        pos = (
            verb.start()
            if verb is not None and verb.start() < specific.start()
            else specific.start()
        )
        return lx.LEAVE_KINDS[specific.group(0)], pos, acted
    if verb is not None:
        return _health("请假", text, lx.OWN_HEALTH), verb.start(), True
    away = lx.STAY_AWAY.search(text) or _bare_away(text)
    if away is not None:
        return _away_kind(text), away.start(), _TIME.search(text) is not None
    return _unwell_until(text)


def _bare_away(text: str) -> re.Match[str] | None:
    """娃打疫苗，下午不在: a bare 不在 after a time is the speaker's absence only when the
    message gives a family reason (李主任今天不在 is news)."""
    if lx.FAMILY.search(text) is None:
        return None
    away = lx.AWAY_BARE.search(text)
    return None if away is None or _someone_named_before(text, away.start()) else away


def _someone_named_before(text: str, pos: int) -> bool:
    """易志华家里老人走了, 李主任今天不在: a colleague named in the clause before ``pos`` is
    whose family or whose absence it is."""
    start = clause_around(text, pos)[0]
    return any(  # 老师来电话孩子在学校…: the teacher is nobody's colleague here
        m.group(0)[:2] not in lx.NOT_NAMES for m in lx.THIRD_PERSON.finditer(text, start, pos)
    )


def _away_kind(text: str) -> str:
    """走不开，我就在大堤上了; 在区委配合谈话，上午不过来了: away at a place elsewhere is an
    outing; for the speaker's health a sick leave; for the family or the home a leave."""
    kind = _health("请假", text, lx.OWN_HEALTH)
    if kind == "病假" or lx.FAMILY.search(text) is not None or lx.MOVE.search(text) is None:
        return kind
    if lx.PRIVATE_ERRAND.search(text) is not None:
        return kind  # 上午不过来了 去区不动产中心办过户: the speaker's own business, a leave
    duty = _duty_kind(text)[0]  # 上午在区应急局开会，不过来了: what is done there names it
    return duty if duty in ("会议", "培训", "出差") else "外出"


def _errand_kind(text: str) -> str:
    """An errand for the family (在医院陪老人, 送孩子去学校) is a leave, not an outing, and
    the speaker's own hospital visit a sick leave (WRITING.md's settled readings)."""
    kind = _health("外出", text, _SYMPTOMS)
    family = lx.FAMILY.search(text)
    if kind == "外出" and family is not None and not _someone_named_before(text, family.start()):
        return "请假"
    if kind == "外出" and lx.PRIVATE_OCCASION.search(text) is not None:
        return "请假"  # 去长沙参加同学婚礼: a celebration is the speaker's own affair
    if kind == "外出" and lx.KIN.search(text) is None and lx.HOSPITAL_VISIT.search(text):
        return "病假"  # 下午去医院拿检查结果: the speaker's own hospital visit (WRITING.md)
    return kind


def _unwell_until(text: str) -> tuple[str | None, int, bool]:
    """我早上起来有点发烧，下午再过来: the speaker's own symptom and when work resumes make a
    sick leave until then, with no leave word."""
    resumes = lx.RESUME_AT.search(text)
    if resumes is None:
        return _unwell_home(text)
    if lx.SPEAKER.search(text) is None or lx.KIN.search(text) is not None:
        return _family_until(text)
    unwell = _OWN_SYMPTOMS.search(text, 0, resumes.start())
    if unwell is None:
        return _family_until(text)
    return "病假", unwell.start(), True


def _unwell_home(text: str) -> tuple[str | None, int, bool]:
    """下午不舒服先回去了, 头疼得厉害，回家躺着: one's own symptom, then going home from work,
    is a sick leave from then; a child's, told by the speaker, a leave."""
    home = lx.HOME_NOW.search(text)
    if home is None:
        return None, -1, False
    unwell = _OWN_SYMPTOMS.search(text, 0, home.start())
    if unwell is None or home.start() - unwell.end() > 8:
        return None, -1, False
    family = lx.FAMILY.search(text, 0, unwell.start())
    if family is not None:  # 孩子发烧，我先回去了: a family affair, a leave
        return ("请假", family.start(), True) if lx.SPEAKER.search(text) else (None, -1, False)
    if lx.KIN.search(text) is not None or _someone_named_before(text, unwell.start()):
        return None, -1, False
    return "病假", unwell.start(), True


def _family_until(text: str) -> tuple[str | None, int, bool]:
    """孩子学校开运动会要家长陪，下午到单位: a family or home affair, then when work resumes,
    is a leave until then (weak: a clock arrival said outright stays lateness)."""
    resumes = lx.RESUME_AT.search(text)
    if resumes is None:
        return None, -1, False
    family = lx.FAMILY.search(text, 0, resumes.start())
    if family is None:
        return None, -1, False
    return "请假", family.start(), False


_SYMPTOMS = compile_gated(lx.HEALTH.pattern.replace("|医院", "").replace("|看病", ""))
# Any ailing body part too (膝盖肿了，下午再过来), where a going home or a return to work
# already makes the report.
_OWN_SYMPTOMS = compile_gated(lx.OWN_HEALTH.pattern.replace("|医院", "").replace("|看病", ""))


def _health(kind: str, text: str, words: Pattern) -> str:
    """A leave for the reporter's own health is 病假 (孩子发烧 is not the reporter's)."""
    if words.search(text) is not None and lx.KIN.search(text) is None:
        return "病假"
    return kind


# The training words inside a meeting's name (学习中心组扩大会议, 培训工作推进会).
_MEETING_NAMED = compile_gated(
    r"[^,.;:!?。\n]{0,10}?(?:会议|(?:扩大|推进|调度|部署|座谈|动员)会)(?![室纪记精材])"
)


def _duty_kind(text: str) -> tuple[str | None, int, bool]:
    """出差, 培训, 会议 or 外出, where, and whether it is strong enough on its own."""
    attends = lx.ATTEND.search(_blank_all(text, _OFF_TO_EAT)) is not None  # 吃饭去了 goes nowhere
    for pattern, kind, needs_attend in (
        (lx.TRIP, "出差", False),
        (lx.TRAINING_WORDS, "培训", True),
        (lx.MEETING_WORDS, "会议", True),
        (lx.OUT_STRONG, "外出", False),
    ):
        m = pattern.search(text)
        if m is not None and kind in ("培训", "会议") and _event_fetched(text, m):
            continue  # 去区气象局拿…会商材料: the event names the papers fetched
        if m is not None and kind in ("培训", "会议") and _taken_there(text, m):
            continue  # 送局领导去区政府开会: the event is theirs, the speaker drives
        if m is not None and kind in ("培训", "会议") and _by_the_way(text, m):
            continue  # 去区应急局交名单，顺便开个短会: the errand is what the outing is
        if m is not None and kind == "培训" and attends:
            named = _MEETING_NAMED.match(text, m.end())  # 理论学习中心组扩大会议: a meeting
            if named is not None:
                return "会议", named.end() - 2, False
        if m is not None and (attends or not needs_attend):
            return kind, m.start(), not needs_attend  # 会议的材料: a meeting needs a time
        if m is not None:
            if lx.HOME_MEETING.search(text, *clause_around(text, m.start())) is not None:
                continue  # 上午到大堤看险情，下午局里开会: held here; the going beside it counts
            return None, -1, False  # 培训 named, nobody said to attend: a topic
    m = lx.OUT_WEAK.search(text) or next(
        (  # 关于赴省水利厅汇报工作的报告 names a letter; the errand told after it counts
            move
            for move in lx.MOVE.finditer(text)
            if _thing_after(text, move.start(), move.end(), move.end() + 8) is None
        ),
        None,
    )
    if m is not None:
        return _errand_kind(text), m.start(), False
    # 报备 says a report is made, and an outing only when nothing else says what it is
    # (替刘工报备; 报备人：… 去向：…); 报备：今天晚到 is a lateness, 报备：胃疼，去医院 a sick leave
    m = lx.REPORTING.search(text)
    return ("外出", m.start(), True) if m is not None else (None, -1, False)


def _event_fetched(text: str, m: re.Match[str]) -> bool:
    """去区气象局拿冬季降水预报会商材料: a meeting or training word right before papers, with
    a going and a verb of fetching before it in its clause, names what the errand fetches."""
    if _PAPERS.match(text, m.end()) is None:
        return False
    start = clause_around(text, m.start())[0]
    going = lx.MOVE.search(text, start, m.start())
    if going is None:
        return False
    return any(p.search(text, going.start(), m.start()) for p in (_FETCH, _PAPERWORK_DONE))


def _taken_there(text: str, m: re.Match[str]) -> bool:
    """送局领导去区政府开会, 开车送冯股去市局开会: someone taken to the event in its clause
    (not 陪, who goes along to it): the speaker drives them, an outing of the speaker's."""
    return _TAKEN.search(text, clause_around(text, m.start())[0], m.end()) is not None


def _by_the_way(text: str, m: re.Match[str]) -> bool:
    """去区应急局交防汛责任人名单，顺便开个短会: a meeting or course said 顺便 in its own
    clause after the errand gone on is a part of that errand, not what the outing is."""
    start = clause_around(text, m.start())[0]
    aside = _BY_THE_WAY.search(text, start, m.start())
    return aside is not None and lx.MOVE.search(text, 0, start) is not None


_BY_THE_WAY = compile_gated(r"顺便|顺带|顺道|顺路")
_TAKEN = compile_gated(
    r"送(?!材料|文件|资料|报表|东西|件|表|票|样|货|标书|公文)[^,.;:!?。\n去到]{1,8}(?:去|到)"
)


# 交培训结业材料, 办培训学时登记: the event's papers or records, a word of them between.
_PAPERS = compile_gated(
    r"的?[\u4e00-\u9fff]{0,4}?的?(?:材料|资料|纪要|文件|通知|记录|课件|讲义|PPT|ppt|登记|证书|手续)"
)
_PAPERWORK_DONE = compile_lazy(r"办(?![公事会])")  # 办…登记, 办…手续: paperwork done there
_FORM_LABEL = compile_lazy(r"请假(?=人员?\s*[:：])")


def kind_of(text: str) -> tuple[str | None, int, bool]:
    """Leave before duty: 请假去市里开会 is leave; a form's 类型 field names the kind outright,
    and its 事由 does too when the 请假人 label is the only leave word (事由：外出踏勘)."""
    form = lx.FORM_KIND.search(text)
    if form is not None:
        return form["kind"], form.start("kind"), True
    heading = lx.FORM_HEADING.search(text)
    if (
        heading is not None
        and _TIME.search(text) is not None  # a form with its time field
        and lx.FORM_HERE.search(text) is None  # 地点：三楼会议室: in the building
    ):
        kind = heading["kind"]
        return lx.HEADING_KINDS.get(kind, kind), heading.start("kind"), True
    label = _FORM_LABEL.search(text)
    if label is not None:
        found = _kind_of(blank(text, label.start(), label.end()))
        if found[0] == "外出" and not found[2] and not _off_to_work(text):
            # 请假人：… 事由：回老家处理房屋过户: a going read from the errand alone is the
            # leave the label asks for (事由：外出踏勘 says the outing outright; 事由：赴省水利厅
            # 对接项目, the office's business at an office, is the outing too)
            return _visiting(_health("请假", text, lx.OWN_HEALTH), text), label.start(), True
        if found[0] is not None:
            return found
    kind, pos, strong = _kind_of(text)
    return _visiting(kind, text), pos, strong


# 事由：探亲, 请假回新疆探亲: a leave to visit one's parents or spouse far away is the statutory
# 探亲假 (counted in calendar days), whatever leave word asked for it.
_VISITING_KIN = compile_gated(r"探亲(?!假)")


def _visiting(kind: str | None, text: str) -> str | None:
    return "探亲假" if kind == "请假" and _VISITING_KIN.search(text) is not None else kind


def _kind_of(text: str) -> tuple[str | None, int, bool]:
    kind, pos, strong = _leave_kind(text)
    held = _HELD_ON_SITE.search(text) if kind is not None else None
    if held is not None and held.start("w") == pos:
        return _kind_of(blank(text, held.start(), held.end()))  # 现场走不开: at work there
    if kind is not None:
        return kind, pos, strong
    found = _duty_kind(text)
    if found[0] is None and (site := _ON_SITE.search(text)) is not None:
        return "外出", site.start(), False  # 今天下午盯云湖桥闸拆除现场: on a work site
    if found[0] is None and (guard := _GUARDING.search(text)) is not None:
        return "外出", guard.start("w"), False  # 今天金霞闸站放水，我要守一天: on guard there
    weak = found[0] is None or (found[0] == "外出" and not found[2])
    if weak and (called := _CALLED_OUT.search(text)) is not None:
        return "外出", called.start("w"), True  # 闸站报警，我先过去看一下: called out there
    return found


# 盯…现场, 盯…施工: watching over work on a site, away from the office.
_ON_SITE = compile_gated(rf"盯[^{lx.STOP}]{{0,12}}?(?:现场|工地|施工)")
# 闸站放水，我要守一天: a works named, then the speaker keeping watch there for a stretch.
_GUARDING = compile_gated(
    rf"(?:闸站|泵站|闸|堤|水库|现场|工地|垸)[^{lx.STOP}]{{0,8}}[,，]?[^{lx.STOP}]{{0,4}}?"
    rf"(?P<w>守)(?:一整?)?[{lx.TC}]"  # 守一天, 守一下午 (the times are placeholders here)
)
# 闸站报警，我先过去看一下: a works named, then the speaker going over to see to it.
_CALLED_OUT = compile_gated(
    rf"(?:闸站|泵站|闸|堤|水库|现场|工地|垸|渠)[^{lx.STOP}]{{0,8}}[,，]?[^{lx.STOP}]{{0,6}}?"
    r"(?P<w>过去)(?:看|查|处理|盯|守)(?![了过])"
)
# 现场走不开, 工地上走不开: held at a work site, which is no leave (家里走不开 is).
_HELD_ON_SITE = compile_gated(
    r"(?:现场|工地|闸站|泵站|堤上|大堤|那边)(?:上|这边|那边)?(?:实在|暂时)?(?P<w>走不开)"
)


# 本人因孩子学校召开家长会，…: the cause the leave is asked for, its own clause.
_CAUSE_CLAUSE = compile_gated(r"(?:因为?|由于)[^,，。;；!！?？\n]+")


def _family_cause_blanked(own: str) -> str:
    """The clause with a family cause (因孩子学校召开家长会) blanked: what the family's school
    or home holds is why the speaker is away, no notice of the bureau's."""
    cause = _CAUSE_CLAUSE.search(own)
    if cause is None or lx.FAMILY.search(own, cause.start(), cause.end()) is None:
        return own
    return blank(own, cause.start(), cause.end())


def _vetoed(text: str, pos: int, people: tuple[str, ...] = ()) -> bool:
    own = _own_clause(text, pos, people)  # 明天我请假一天，大家直接找小李: the notice is an aside
    return (
        _is_question(text, pos)
        or _ASKS_OTHERS.search(_UNSURE.sub("", text)) is not None
        or (_GROUP_SENT.search(text) is not None and lx.SPEAKER.search(text) is None)
        or (not people and _someone_else(text, pos))
        or lx.NOTICE.search(
            _family_cause_blanked(_cover_blanked(_named_notice(own, people), pos, people, text))
        )
        is not None
        or lx.VISITING.search(own) is not None
        or lx.LEAVE_TALK.search(text) is not None
        or _lateness_talked(text)
        or _gone_by(text, pos)
        or _task_set(own)
        or _supposed(text, own, pos, people)
        or lx.KIN_AWAY.search(own) is not None
        or (own is not text and lx.CONDITION.search(text) is not None)
        or _unsettled(text)
        or _instructed(_cover_blanked(text, pos, people))
        or (lx.APPROVE.search(text) is not None and lx.SPEAKER.search(text) is None)
        or (lx.ADDRESSED.search(text) is not None and lx.SELF.search(text) is None)
    )


# 通知：田主任、柳工…赴…: a notice's heading before the colleagues it names as going.
_NOTICE_HEADING = compile_gated(r"^\W*【?通知(?:一下)?(?:[:：】,]|\s*\n)\s*")


def _named_notice(own: str, people: tuple[str, ...]) -> str:
    """``own`` with a notice's heading blanked where the colleagues found open what follows
    it (通知：刘家湾闸站站长小包、技术员老郁，…赴…): it tells of them, not to everyone."""
    heading = _NOTICE_HEADING.match(own) if people else None
    after = own[heading.end() : heading.end() + 16] if heading is not None else ""
    if heading is None or (people[0] not in after and "··" not in after):
        return own  # (the names found are blanked by now: their dots stand in their place)
    return blank(own, heading.start(), heading.end())


# 麻烦陈主任帮我签个到, 有事微信发我, 需要签字的找李局: who covers for the speaker and how to
# reach them, said after their own absence, is no order or notice to the group.
_COVER_ASIDE = compile_gated(
    rf"(?:麻烦|请)?[^{lx.STOP}你]{{1,5}}?帮我[^{lx.STOP}]*"
    rf"|(?:有事|急事|需要[^{lx.STOP}你]{{0,6}}?的(?:事)?|要[^{lx.STOP}的你]{{1,4}}的)"
    rf"[^{lx.STOP}你]{{0,8}}?(?:找|发我|联系|打我|电话|微信)[^{lx.STOP}]*"
    # 对方通知由分管领导参加: who attends in the speaker's place, after their withdrawal
    rf"|[^{lx.STOP}你我]{{0,6}}?(?<![理自])由[^{lx.STOP}你我]{{1,6}}?(?:参加|参会|出席|代[为替]?(?:参加|去))"
)


def _cover_blanked(text: str, pos: int, people: tuple[str, ...], whole: str | None = None) -> str:
    """``text`` with the cover and contact asides after the clause of the speaker's own
    absence at ``pos`` blanked (none where someone is named or spoken to before it); an
    own clause cut from ``whole`` holds no aside."""
    if whole is not None and text is not whole:
        return text
    if people or not 0 <= pos < len(text) or _COVER_ASIDE.search(text) is None:
        return text  # (no aside anywhere, as in most messages: no clause to find)
    if lx.ADDRESSED.search(text, 0, pos) is not None:
        return text
    end = clause_around(text, pos)[1]
    if _COVER_ASIDE.search(text, end) is None:
        return text
    return text[:end] + _blank_all(text[end:], _COVER_ASIDE)


def _instructed(text: str) -> bool:
    """An instruction to someone (报表交一下, 你去…); 去交一下专家费 is the speaker's errand."""
    text = _blank_all(text, _SPARE_ME)  # 周一去市局开会，别给我排值班: what follows from it
    m = lx.INSTRUCTION.search(text)
    while m is not None and (
        (m.group(0) == "交一下" and _errand_of_going(text, m.start()))
        or (m.group(0) == "给我" and _handed_for_own_going(text, m.start()))
    ):
        m = lx.INSTRUCTION.search(text, m.end())
    return m is not None


# 我下午两点半去区交通局，函给我吧: the speaker's own going said in a clause before
_OWN_GOING = compile_gated(rf"(?:我|本人)[^{lx.STOP}]{{0,12}}?(?:去|赴|前往|过去)")


def _handed_for_own_going(text: str, pos: int) -> bool:
    """…，函给我吧 after the speaker's own going said before it: a thing handed to the
    speaker for the errand, not the listener sent anywhere."""
    return _OWN_GOING.search(text, 0, pos) is not None


# 别给我排值班, 不要安排我值班: the speaker asks to be left off a rota while away.
_SPARE_ME = compile_gated(r"(?:别|不要)(?:给我|把我)?(?:排|安排)我?(?:的|去)?(?:值班|夜班|班)")


def _errand_of_going(text: str, pos: int) -> bool:
    """去交一下, 去区人社局交一下材料: the errand of a going in its own clause."""
    return _GOING_BEFORE.search(text, clause_around(text, pos)[0], pos) is not None


def _lateness_talked(text: str) -> bool:
    """迟到的就不追究了, 这个不算迟到吧, 小陈又晚到了: lateness as a topic, not reported."""
    if lx.LATENESS_TALK.search(text) is not None:
        return True
    return lx.LATE_AGAIN.search(text) is not None and lx.SELF.search(text) is None


def _gone_by(text: str, pos: int) -> bool:
    """上个月休年假去了趟云南: the absence's own clause sits in a span gone by (a clause
    beside it, 明天请调休，上个月值了两个周末, is only the reason)."""
    if pos < 0:
        return False
    start, end = clause_around(text, pos)
    if lx.LEISURE_DONE.search(text, start, end) is not None:
        return True  # 周末去长沙看了场球赛: the trip is over, told for fun
    if lx.RESTED_WELL.search(text, start) is not None and lx.RESUME_AT.search(text) is None:
        return True  # 在家休息了两天 好多了: the rest is over (…明天来上班 is a return)
    return lx.PAST_SPAN.search(text, start, pos + 1) is not None  # 拿上个月的数据: a thing


def _timed(text: str) -> bool:
    return _TIME.search(text) is not None or lx.NOW_WORDS.search(text) is not None


def _supposed(text: str, own: str, pos: int, people: tuple[str, ...] = ()) -> bool:
    """如果, 听说…: a hypothesis or hearsay. Hearsay after the absence's clause (现在去一趟大堤，
    听说有个涵管在冒水) is why the speaker goes, not what is reported. With the colleague
    named, 他说/她说 is their own word for the absence told (佘永红今天上午请假 她说去…)."""
    end = clause_around(text, pos)[1] if own is text and pos >= 0 else len(own)
    said = lx.REPORTED.search(own)  # 他说今天下午的会照开: someone else's words
    if said is not None and people and "们" not in said.group(0):
        said = None  # the named colleague's own word
    if said is not None and (said.start() <= end or not _timed(own[: said.start()])):
        return True
    first = lx.HYPOTHETICAL.search(own)
    if first is None:
        return False
    for m in lx.HYPOTHETICAL.finditer(own, first.start()):
        heard = m.group(0).startswith("听") or m.group(0) == "据说"
        # pos is a place in text; in the absence's own clause (own is not text) a year gone
        # by dates the absence's clause itself, never a thing talked about beside it
        if (heard and m.start() > end) or (own is text and _thing_dated(own, m, pos)):
            continue
        if m.group(0) == "的话" and m.start() > end and lx.RETURN_IF.match(own, m.start()):
            continue  # 今天去新桥闸检修，闸门正常的话下午回: the condition is on the return only
        if m.group(0).startswith("没") and _AGAIN_ON.search(own, m.end()) is not None:
            continue  # 今天没去成市局，明天再去: what fell through is done again on a day named
        return True
    return False


# 明天再去, 下周一再休: done again on a day of its own, in a clause after the one that fell through
_AGAIN_ON = compile_gated(rf"[,，;；。\s][{lx.TC}](?:就|还)?(?:再|重新)(?:去|跑|休|请)")
_PAST_DATED = frozenset({"去年", "前年", "上次", "上回"})


def _thing_dated(text: str, past: re.Match[str], pos: int) -> bool:
    """下午去区法院出庭，案子是去年那起非法采砂的: a year gone by in another clause than the
    absence's, which has its own time, dates a thing talked about, not the absence."""
    if past.group(0) not in _PAST_DATED or pos < 0:
        return False
    start, end = clause_around(text, pos)
    if start <= past.start() < end:
        return False
    return any(c in lx.TC for c in text[start:end])


def _task_set(text: str) -> bool:
    """把材料交到办公室 tells someone what to do; after the speaker's own going (去…对账，顺便
    把单子送过去) it is what the outing is for."""
    task = lx.TASK.search(text)
    if task is None:
        return False
    done = task.group(0).endswith("补上") or text.startswith("了", task.end())
    if done and _TIME_OFF_BEFORE.search(text, 0, task.start()):
        # 下周三请调休，把十月份防汛的补上: what the time off makes up; 周五调休一天，周四晚上
        # 把材料交了: the speaker's own handover before it
        return False
    if _held_up_first(text, task.start()):
        return False  # 九点到，先把车送去年检: the speaker's own car, what holds them up
    return _GOING_BEFORE.search(text, 0, task.start()) is None


def _held_up_first(text: str, task: int) -> bool:
    """先把车送去年检 after the speaker's arrival time (九点到): what the speaker does first on
    the way in, not a task set (把闸站检修记录补齐 is one)."""
    if text[task - 1 : task] != "先" or lx.LATE_AT.search(text, 0, task) is None:
        return False
    return lx.HELD_UP.search(text, task, clause_around(text, task)[1]) is not None


_GOING_BEFORE = compile_gated(r"去|赴|前往|到[^,.;:!?。\n]{1,8}?(?:局|院|站|所|厅|委|办|中心|政府)")
_TIME_OFF_BEFORE = compile_gated(r"调休|补休|请[^,.;:!?。\n]{0,4}?假|[年事]假|休假")


def _unsettled(text: str) -> bool:
    """下周可能要去省里出差，还没定: the plan is open. 回来时间还没定 (返程时间待定) leaves
    only the end open."""
    for m in lx.UNSETTLED.finditer(text):
        start, _ = clause_around(text, m.start())
        if "回" not in text[start : m.start()] and "返" not in text[start : m.start()]:
            return True
    return False


def _headed_clause(text: str, pos: int) -> tuple[int, int]:
    """The clause around pos; when it is a heading (会议：明天九点在三楼开), with the clause the
    heading introduces, which says what the heading's word alone does not."""
    start, end = clause_around(text, pos)
    if end < len(text) and text[end] in ":：":
        end = clause_around(text, end + 1)[1]
    return start, end


def _own_clause(text: str, pos: int, people: tuple[str, ...]) -> str:
    """The clause saying 我…<time>…<absence>, when there is one: rules and asides in other
    clauses do not undo it. Otherwise the whole message counts."""
    if people or pos < 0:
        return text
    start, end = clause_around(text, pos)
    clause = text[start:end]
    if lx.SPEAKER.search(clause) is None and start > 1 and _TIME.search(clause) is not None:
        # 我这几天都在医院，先请三天事假: the speaker, said in the clause before, goes on
        before = clause_around(text, start - 2)[0]
        if lx.SPEAKER.match(text, before) is not None:
            start, clause = before, text[before:end]
    if lx.SPEAKER.search(clause) is None or _TIME.search(clause) is None:
        return text
    return clause


class _Silence:
    """A reader recognised the shape of the message and found it is not a report."""


SILENCE = _Silence()
Verdict = Intent | _Silence | None  # None: not this reader's kind of message, ask the next


def read_intent(skeleton: Skeleton) -> Intent | None:
    """The intent of a message, or None when it is not a report.

    Corrections are tried first (说错了 … 不是 … may contain anything), then returns,
    cancellations and finally new reports.
    """
    found = judged(skeleton)
    return found if isinstance(found, Intent) else None


def judged(skeleton: Skeleton) -> Intent | _Silence | None:
    """The intent; :data:`SILENCE` when the message was recognised and refused (a notice, a
    question, news of others, a negation …); None when no reader found a report's shape in
    it at all (the only silence the silence net may speak into)."""
    told_all = lx.TELLING.search(skeleton.text) is not None  # 跟大家说一声: said for someone
    text = _neutral(skeleton.text)
    if lx.NOTICE_FIXED.search(text) is not None or lx.NOTICE_CORRECTED.search(text) is not None:
        return SILENCE  # 刚才那个通知里的日期错了: a notice put right, not one's own record
    if _tool_says_first(text):
        return SILENCE  # 机器人把我的年假算成了一天: what the record shows, talked about
    if len(lx.EMPTY_FIELD.findall(text)) >= 2 and _TIME.search(text) is None:
        return SILENCE  # 请假人：\n类型：\n时间：: a template to copy, nobody reported
    text = _blank_all(text, lx.FORM_TALK)  # 出差报备格式：人员、地点…: the form as a topic
    if _PROCEDURE.match(text) is not None:
        return SILENCE  # 销假流程：\n1. 群里说一声…: how it is done, nobody's absence
    if lx.RULE_CITED.match(text) is not None and lx.SELF.search(text) is None:
        return SILENCE  # 按规定，…年休假为十天: the rule cited, nobody's leave
    if _ASK_FOR_ME.match(text) is not None:
        return SILENCE  # 帮我问下小赵他后天回来没有: a question passed on, nobody reports
    if sent(text):
        return SILENCE  # 请刘工明天去市局送材料: a colleague sent, no one reports
    if lx.SELF.search(text) is None and _visitors_or_junior(text):
        return SILENCE
    found = _people(text)
    if found is None:
        return SILENCE  # 帮他请假: for someone, but whom?
    found = _with_companion(*found)
    said = text
    people, text = found
    titled = lx.TITLE_PERSON.match(skeleton.text) if not people else None
    if titled is not None and _valid_names(_split_names(titled["names"])):
        people = tuple(_split_names(titled["names"]))  # 关于刘洋同志请假的报告: whose (the
        text = blank(text, *titled.span("names"))  # title line itself is blanked as neutral)
    unsure_who = lx.SELF.search(said) is None and (
        lx.BARE_TITLE.search(skeleton.text) is not None
        or lx.FORWARDED.search(skeleton.text) is not None
        or (not people and _told_about(said))
    )
    ended = _leave_ended(skeleton) if lx.LEAVE_ENDS.search(text) else _no_reading
    moved = _moved_by_goer(skeleton)
    readers = (_self_corrected, _put_off_here, moved, _amend, ended, _return, _cancel)
    for reader in (*readers, _new):
        verdict = reader(text, people)
        if verdict is None:
            continue
        if not isinstance(verdict, Intent):
            return SILENCE
        if verdict.action == "amend" and record_asked(said):
            return SILENCE  # 考勤表谁在统计？我周二那天是外出不是请假: the record asked about
        if _other_unit_news(said, people, verdict):
            return SILENCE  # 区财政局下周一起搬到…, 防汛办的演练改到…: another unit's news
        if _news_of_others(said, people, verdict):
            return SILENCE  # 区河堤事务中心向党组汇报了…, 一半人下乡去了: news, nobody's report
        if verdict.action == "new" and _only_talked_about(said):
            return SILENCE  # 本来想调休的，结果…; 出差三回了; 调休攒了五天: no absence reported
        banter = lx.LAUGHTER.search(said) is not None and lx.FOR_OTHERS.search(said) is None
        if people and banter and not _said_by_self(said) and not told_all:
            return SILENCE  # 哈哈，老周说他周末值班要带钓竿去闸站😂: banter about a colleague
        if people and verdict.action in ("new", "return") and _hearsay(said) and not told_all:
            if verdict.action == "return" and not _own_return(said) and not _back_from_away(said):
                return SILENCE  # 老王回来了 is news, not his return reported
            if verdict.action == "return":
                return replace(verdict, doubt=True)  # 郑浩婚假休完了，明天正式上班
            handed = lx.HANDOVER.search(said) and _ONE_OF_THEM.search(said)
            if handed and not _arranged(said, skeleton):
                return SILENCE  # 小毛请产假之后她的档案工作交给小胡了: who covers, not a report
            return replace(verdict, doubt=True)
        if people and _hearsay(said) and lx.POSSESSOR.search(said) is None and not told_all:
            return replace(verdict, doubt=True)  # 李局今天去开会了，下午的会改到明天: news
        if unsure_who and verdict.action == "new":
            return replace(verdict, doubt=True)  # 局长明天去省厅开会: whose trip is it?
        return verdict
    return None


# 应急局今天下午的会延期了，我下午在局里; 培训班延到下周了，这周二到周四我都在岗: an event put
# off or called off, then the speaker at work on the days named (or 那天, the event's day).
_PUT_OFF = compile_gated(r"延期|推迟|延后|延到|推到|顺延|改期|取消|不办了|不搞了|不开了")
_HERE_INSTEAD = compile_gated(
    rf"(?:我|[他她](?!们)|(?<=[{lx.STOP}])(?=[{lx.TC}]在))"  # …取消了，周四上午在局里: the speaker
    rf"[^{lx.STOP}]{{0,8}}?(?:都|还是|就|正常|照常)?(?P<here>在(?:局里|单位|岗|办公室)(?:上班)?)"
    rf"(?=$|[{lx.STOP}\s])"
)
_COURSE_OFF = compile_gated(r"学习(?![材资文笔心记])")  # 株洲的学习取消了: the course


# What an event put off or moved is, by its name, in this order: a course or a meeting
# (株洲的学习取消了 is the course put off; a bare 会 only counts where it is moved).
_PUT_OFF_EVENTS = ((lx.TRAINING_WORDS, "培训"), (_COURSE_OFF, "培训"), (lx.MEETING_WORDS, "会议"))
_MOVED_EVENTS = ((lx.TRAINING_WORDS, "培训"), (lx.MEETING_WORDS, "会议"), (lx.BARE_MEETING, "会议"))


def _event_named(text: str, end: int, events: tuple[tuple[Pattern, str], ...]) -> str | None:
    """The kind of the first of ``events`` whose pattern names the event in ``text[:end]``."""
    return next((named for pattern, named in events if pattern.search(text, 0, end)), None)


def _put_off_here(text: str, people: tuple[str, ...]) -> Verdict:
    """The event put off, the speaker at work instead: a cancel of the event on the days the
    speaker names as at work (else the event's own day)."""
    here = _HERE_INSTEAD.search(text)
    if here is None or lx.QUESTION.search(text) is not None:
        return None
    if bool(people) != (here.group(0)[0] in "他她"):
        return None  # 胡主任今天的检查推迟了，他在局里: the colleague named, referred back to
    off = _PUT_OFF.search(text, 0, here.start())
    if off is None:
        return None
    start, _ = clause_around(text, off.start())
    h_start, h_end = clause_around(text, here.start())
    if h_start <= off.start():
        return None  # one clause: 我在单位等，会推迟了 is no event of the speaker's
    event = text[start : off.start()]
    kind, _, _ = kind_of(event)
    if kind in (None, "外出"):
        kind = _event_named(event, len(event), _PUT_OFF_EVENTS) or kind
    if kind is None and lx.FIELD_ERRAND.search(event) is not None:
        kind = "外出"  # 周四那次开庭取消了…周四上午在局里: an errand that takes one out
    if kind is None or kind in ("晚到", "早退"):
        return None
    scope = (h_start, h_end) if _TIME.search(text, h_start, h_end) else (start, off.start())
    if _TIME.search(text, *scope) is None:
        return None
    # the days at work are the days withdrawn here, not work beside an absence (IN_OFFICE_THEN)
    text = text[: here.start("here")] + " " * len(here["here"]) + text[here.end("here") :]
    return Intent("cancel", kind, people, text, scope)


# 社团年检改到后天上午了，今天不去; 执行局改约到下午了，所以上午在局里，下午2点半过去; 邱局的培训
# 改成周三开始了: an event or errand moved to a new time, and the message ties the one who goes
# to it (the old day's going withdrawn, the old day at work, the going at the new time, or the
# event named as a colleague's). The goer's absence moves with it: an amend to the new time.
# Without a tie (会议改到周四，请各位准时参加) the event moved for everyone says nothing.
_MOVED_TO = compile_gated(rf"(?:{lx.AMEND_SHIFT.pattern})|改约到|改期到|延期到|顺延到")
# 今天不去, 明天就不过去了, 上午不下去了: the old day's going withdrawn, in a clause of its own
_OLD_DAY_OFF = compile_gated(
    rf"[{lx.TC}](?:就|都|先|我)?(?:不(?:去|过去|下去|跑)|去不了)了?(?=$|[{lx.STOP}\s])"
    rf"|(?:^|[{lx.STOP}])(?:就|都|先|我)?(?:不(?:去|过去|下去)|去不了)了(?=$|[{lx.STOP}\s])"
)
# 上午在局里, 今天在单位: the old day (a time before it) spent at work
_OLD_DAY_AT_WORK = compile_gated(
    rf"[{lx.TC}][^{lx.STOP}{lx.TC}]{{0,4}}?(?:在(?:局里|单位|岗|办公室)(?:上班)?|来上班)"
    rf"(?=$|[{lx.STOP}\s])"
)
# 下午2点半过去, 周二上午去: the going at the new time, ending its clause
_GOES_AT = compile_gated(rf"[{lx.TC}](?:再|就|我)?(?:过去|去|出发)(?:吧|的)?(?=$|[{lx.STOP}\s])")


def _moved_by_goer(skeleton: Skeleton) -> Callable[[str, tuple[str, ...]], Verdict]:
    """The reader below, with the skeleton's expressions at hand (a new time of a whole week
    is put off, not a new period)."""

    def read(text: str, people: tuple[str, ...]) -> Verdict:
        return _moved(skeleton, text, people)

    return read


def _moved(skeleton: Skeleton, text: str, people: tuple[str, ...]) -> Verdict:
    """An event or errand moved to a new time, tied to the one who goes: an amend to the new
    time (kind restated only where the message names a meeting, a training or the going).
    Moved to a whole week away with the old day at work (推到下下周了，明天我在单位): a cancel
    of the day at work, as 26f's put-off-here reads it."""
    shift = _MOVED_TO.search(text)
    if shift is None or lx.QUESTION.search(text) is not None:
        return None
    if lx.NOTICE.search(text) is not None or lx.HOUSE_EVENT_MOVED.search(text) is not None:
        return None  # 会议改到周四，请各位准时参加: moved for everyone
    only = _ONLY.match(text, shift.end())
    new_at = only.end() if only else shift.end()
    if _TIME.match(text, new_at) is None:
        return None  # 改为只参加周四一天: the new time follows the shift
    if _EVERYONE.search(text) is not None:
        # 检查改到周五了，大家今天不去了: everyone's going, nobody's absence
        return SILENCE if lx.SELF.search(text) is None and not people else None
    start, end = clause_around(text, shift.start())
    moved = text[start : shift.start()]
    if "假" in text or "出差" in text[: shift.start()] or lx.CANCEL.search(moved) is not None:
        return None  # 年假改到周四, 老邓的出差改为…: the absence itself, the amend reader's
    rest = text[:start] + " " * (end - start) + text[end:]
    owner = bool(people) and (
        _POSSESSED.match(text) is not None or _TIMES_SAID.fullmatch(moved) is not None
    )
    going = _GOES_AT.search(text, shift.end())
    goes = going is not None
    at_work = _OLD_DAY_AT_WORK.search(rest)
    if not (owner or goes or _OLD_DAY_OFF.search(rest) or at_work):
        return None
    new = skeleton.exprs_at.get(new_at)
    far = isinstance(new, Point) and new.date is not None and new.date.form == "week"
    nxt = clause_around(text, end + 1)[1] if end < len(text) else end
    if end < len(text) and _only_time(text[end + 1 : nxt]):
        end = nxt  # 改成周三开始了，周三到周五: the days follow in a clause of their own
    kind = _event_named(text, shift.start(), _MOVED_EVENTS)
    if kind is None and goes:
        kind = "外出"
    if far:
        if at_work is None or goes or owner:
            return None  # 改到下周了，下周去: no day given for the new going
        scope = clause_around(text, at_work.start())
        text = blank(text, at_work.start() + 1, at_work.end())  # the day at work is the one off
        return Intent("cancel", kind or "外出", people, text, scope)
    scope = (shift.end(), end)
    if going is not None and going.start() >= end:
        scope = clause_around(text, going.start())  # …改到周二了，周二上午去: said there in full
    return Intent("amend", kind, people, text, scope, anchor_scope=(0, shift.start()))


_EVERYONE = compile_gated(r"大家|各位|全体|所有人|咱们")
# 童欣说3号下午的: a colleague's word on the day of theirs that moves
_TIMES_SAID = compile_gated(rf"[^{lx.STOP}的]{{1,6}}?说[{lx.TC}]+的?")
_ONLY = compile_lazy(r"(?:只(?:参加|去|开|休)?)?")
# 邱局的培训, 管工的时间, 陈主任明天的会: the thing moved named as a colleague's
_POSSESSED = compile_gated(
    rf"^\W*[^{lx.STOP}的]{{1,6}}的[^{lx.STOP}]{{0,4}}?(?:会|培训|学习|时间|行程|安排)"
)


def _tool_says_first(text: str) -> bool:
    """What the system or the bot shows or counted (lexicon.TOOL_SAYS), with no time said in
    a clause before it: the message is about the record. After a report's own time
    (明天请假一天，系统一直显示提交失败) the complaint is an aside, and the report is read."""
    m = lx.TOOL_SAYS.search(text)
    if m is None:
        return False
    opening = clause_around(text, m.start())[0]
    return not any(c in lx.TC for c in text[:opening])


def _only_time(clause: str) -> bool:
    """周三到周五: a clause of times alone."""
    return _TIME.search(clause) is not None and not _STRIP.sub("", clause).strip("了")


# Blanked in this order (one scan for all their gates: pattern_gate.Blanking).
# A form's handover or contact line (交接：财务报销审核暂停一天, 联系方式：…): what is covered
# while the reporter is away and how to reach them, no notice or errand of its own.
_HANDOVER_FIELD = compile_gated(
    r"(?m)^[^\S\n]*(?:工作)?(?:交接|代理人?|代班人?|联系方式|联系电话)(?:事项|人|安排)?[:：][^\n]*"
)


_NEUTRAL_BLANKED = Blanking(
    # the facility first: 请假系统又进不去了 is one outage, not 请假系统 then 不去了 (a cancel)
    lx.OUTAGE,
    lx.NEUTRAL,
    lx.TELLING,
    lx.VOCATIVE,  # 领导，… / 王局：… address the reader of the report
    lx.TELLING_NAMED,  # …，跟陈主任报备一下: told to, not who is away
    lx.FAVOUR,  # …，顺便帮你带: a favour along the speaker's way
    ASKED_OF_ME,  # 小王问我明天去不去，…: their question, told
    lx.TOLD_ME,  # 王局说明天我去…: the speaker's own errand
    lx.APP_PART,  # 销假按钮找不到了: a part of the app, not an act
    lx.OUTAGE,  # 报备系统今天下午升级: the facility, not an absence
    _HANDOVER_FIELD,  # 交接：报销审核暂停一天: what is covered
    lx.KINDS_LISTED,  # 请假、外出都在系统里提交: kinds as types
)


def _neutral(text: str) -> str:
    """The skeleton with what says nothing about an absence blanked: neutral phrases, the
    group told (跟大家说一声), the reader of the report addressed, whose words the speaker's
    errand is (王局说…), parts of the app and kinds listed as types."""
    return _NEUTRAL_BLANKED(text)


# A heading that names a procedure or a rule (销假流程：, 请假须知：): how things are done.
_PROCEDURE = compile_gated(
    r"\W*[^\n:：]{0,8}?(?:流程|步骤|须知|注意事项|办法|规定|指南|程序)(?:说明)?\s*[:：]"
)
# 帮我问下…, 帮忙问一下…: the speaker has someone ask a question for them.
_ASK_FOR_ME = compile_gated(r"\W*(?:麻烦|请)?(?:你|您)?帮(?:我|忙)(?:问|打听)")
# A visiting party as the subject (检查组明天不来了, 市局的人明早九点半到): their visit.
_VISITORS = compile_gated(
    rf"\W*(?:[{lx.TC}][\s,]*)?(?![在等去到找陪接送跟和给])(?:[\u4e00-\u9fff]{{0,5}}?(?:局|厅|委|办|院|站|所|中心|公司|单位|部门|[市区省县]里)的(?:人|同志|专家)"
    r"|[\u4e00-\u9fff]{0,8}?(?:检查|督查|督导|调研|考核|验收|巡查|巡视|审计|评审|专家)组"
    # 审计局说下午不来了: another body, by its word, coming or not
    r"|[\u4e00-\u9fff]{1,5}?(?:局|厅|委|院|中心|公司)(?:说|讲|来电|通知|回复)"
    rf"|专家们?|客人们?|考察团)[^{lx.STOP}]{{0,12}}?(?:不|没)?(?:来|到)(?![{lx.TC}])"
)
# 小彭，下午去趟区发改局…: a junior addressed by name, then an errand with no 我: an order.
_JUNIOR_ADDRESSED = compile_gated(r"\W*[小老][\u4e00-\u9fff](?:[,:]|\s+)")
_ORDERED = compile_gated(
    rf"(?:去|到|跑)(?:趟|一趟|一下)|把[^{lx.STOP}]{{1,12}}?(?:拿|取|带|送|领|借)"
)
_FOR_HIM = compile_gated(r"[他她]")


def _arranged(said: str, skeleton: Skeleton) -> bool:
    """A colleague's leave with its days or its length told, then its work handed to someone
    named (小湛下周一开始休婚假…，她手头的…交给小伍; 小李…请了三天假，他的工作由小周代), or a
    leave the speaker approved (喻工的年假我这边批了): the absence reported, with its
    arrangement. A week only (小田下周休产假，她的报表由小罗负责) or the colleague to be
    reached directly (张股长明天出差，有事提前找他) stays news of who covers."""
    if _APPROVED_BY_ME.search(said) is not None:
        return True
    for handed in lx.HANDOVER.finditer(said):
        personal = "他" in handed.group(0) or "她" in handed.group(0)
        if not personal and said[handed.end() : handed.end() + 1] not in ("他", "她"):
            return _day_named(skeleton, handed.start())
    return False


_APPROVED_BY_ME = compile_gated(r"我(?:这边|这里)?(?:已经?)?(?:批了|批准了|同意了)")


def _day_named(skeleton: Skeleton, end: int) -> bool:
    """Whether a day or a length is told before ``end`` (下周一, 11月16日, 三天; not 下周)."""
    for at, expr in skeleton.exprs_at.items():
        if at >= end:
            continue
        if isinstance(expr, Span):
            return True  # a length: 请了三天假
        point = expr.first if isinstance(expr, Range) else expr
        date = point.date if isinstance(point, Point) else None
        if date is not None and date.form not in ("week", "mend", "weekend"):
            return True
    return False


def _visitors_or_junior(text: str) -> bool:
    """With no 我 in the message: a visiting party coming (or not) is their news, and an
    errand set to a junior addressed by name is an order, not the speaker's outing."""
    if _VISITORS.match(text) is not None:
        return True
    return (
        _JUNIOR_ADDRESSED.match(text) is not None
        and _ORDERED.search(text) is not None
        and _FOR_HIM.search(text) is None
        and lx.LEAVE_VERB.search(text) is None
    )


_KEY_WORDS = (
    lx.LEAVE_VERB, lx.SPECIFIC_LEAVE, lx.TRIP, lx.TRAINING_WORDS, lx.MEETING_WORDS,
    lx.OUT_STRONG, lx.REPORTING, lx.OUT_WEAK,
)  # fmt: skip


def _other_unit_news(said: str, people: tuple[str, ...], verdict: Intent) -> bool:
    """Another unit opens the message as its subject, nobody is named and the speaker is not
    in it: a plan or change of that unit (returns and cancels keep their own readers)."""
    return (
        verdict.action in ("new", "amend")
        and not people
        and lx.SELF.search(said) is None
        and lx.OTHER_UNIT.search(said) is not None
    )


def _news_of_others(said: str, people: tuple[str, ...], verdict: Intent) -> bool:
    """A unit's work told as done, colleagues counted but not named (一半人, 好几个人) as the
    subject, or the group urged (各位…赶紧休), with nobody named and no 我: news of others or
    advice to them, not an absence reported."""
    return (
        verdict.action == "new"
        and not people
        and lx.SELF.search(said) is None
        and any(p.search(said) is not None for p in (lx.UNIT_DONE, lx.CROWD, lx.EXHORT))
    )


_TALKED_ABOUT = (lx.TALLY, lx.BALANCE, lx.BACK_SINCE)
_DAY_MARKS = frozenset(lx.POINT + lx.RANGE)


def _only_talked_about(said: str) -> bool:
    """An absence counted, kept as a balance, or over and told by what came after, with no
    day named after it (年假攒了十天，下周一到周五休五天 is a report); or one that fell through
    (本来想…的，结果…: its day is what came instead), the time of a favour, how they are
    to be reported from now on, or how they were in the old days (我们那时候请个假…): talk
    about absences, none of them reported."""
    talk = (lx.FELL_THROUGH, lx.THANKS_FOR, lx.RULE_FROM_NOW, lx.OLD_DAYS)
    if any(p.search(said) is not None for p in talk):
        return True
    for pattern in _TALKED_ABOUT:
        m = pattern.search(said)
        if m is not None and _DAY_MARKS.isdisjoint(said[m.end() :]):
            return True
    return False


def _told_about(text: str) -> bool:
    """小李家里有事请了三天假，他的工作…: a colleague named first, then 他/她, and no 我."""
    m = lx.NAME.match(text.lstrip())
    named = m is not None and m.group(0)[:2] not in lx.NOT_SUBJECTS
    return named and _HE_SHE.search(text) is not None


def _no_strong_word(text: str) -> bool:
    """Only going somewhere (去现场, 下乡) or an errand: no leave, trip, meeting or 外出 word."""
    return not any(p.search(text) for p in _KEY_WORDS[:-1])


def _weak_cue(text: str) -> bool:
    """Read from going somewhere or staying away only, no leave or duty word at all."""
    return not any(p.search(text) for p in _KEY_WORDS)


def _no_reading(text: str, people: tuple[str, ...]) -> Verdict:
    return None


def _leave_ended(skeleton: Skeleton) -> Callable[[str, tuple[str, ...]], Verdict]:
    """产假到今天结束，明天回来上班: a leave whose last day is today or gone, then work resumed,
    is a return (to a day ahead, 到周五结束，下周一上班, it is the leave's own end)."""

    def read(text: str, people: tuple[str, ...]) -> Verdict:
        m = lx.LEAVE_ENDS.search(text)
        if m is None or lx.BACK_TO_WORK.search(text, m.end()) is None:
            return None
        point = skeleton.exprs_at.get(m.start("t"))
        if not isinstance(point, Point) or point.date is None or point.part or point.clock:
            return None
        if point.date.form != "rel" or point.date.offset > 0:
            return None
        if _vetoed(text, m.start(), people):
            return SILENCE
        return Intent("return", "销假", people, text, (0, len(text)))

    return read


def _own_return(text: str) -> bool:
    """郑浩婚假休完了，明天上班: the leave named and work resumed, not just 回来了."""
    ended = lx.SPECIFIC_LEAVE.search(text) or lx.ENDED_EARLY.search(text)  # 小王培训提前结束了
    if _CLOSED_OUT.search(text) is not None:
        return True  # 小张已从市局回来，销一下外出: the record closed in so many words
    if _backed_to_work(text) is not None:
        return True  # 钟队长、易工明天返回，后天正常上班: back, and the day work resumes
    back = lx.BACK_TO_WORK.search(text) or _BACK_TO_OFFICE.search(text)
    return ended is not None and back is not None


# 邵股长的培训提前结束了，下午就回单位: back at the office after the business ended early.
_BACK_TO_OFFICE = compile_gated(r"回(?:到)?(?:单位|局里|办公室|岗位)")


# 老周已经从灌区回来了: back from where the colleague was away, said as done (已, 刚): a
# return, asked about (…回来了，刚到局里 stays news: test_reader_pass7).
_BACK_FROM_AWAY = compile_gated(r"(?:已经?|刚刚?)从[^,.;:!?。\n]{1,10}回(?:来|到)")


def _back_from_away(text: str) -> bool:
    return _BACK_FROM_AWAY.search(text) is not None and lx.QUESTION.search(text) is None


_CLOSED_OUT = compile_gated(r"销(?:一下|个|了)?(?:假|外出|出差|报备)|销一下|销了")


def _hearsay(text: str) -> bool:
    """老李和小张今天去市局: about colleagues, but not said to be a report for them."""
    said_for = (lx.FOR_OTHERS, lx.ASKED_BY, lx.ASKED_BY_PRONOUN, lx.GROUP, lx.FORM_PERSON, _FORMAL)
    return not any(p.search(text) for p in said_for)


def _said_then(text: str, pos: int) -> bool:
    """上午说错了 出差是…: the only time before the correction is when the earlier message
    was sent, so the message corrects that one (an amend), not itself."""
    said = lx.SAID_WRONG_AT.match(text, max(pos - 1, 0))
    return said is not None and _TIME.search(text, 0, said.start()) is None


def _self_corrected(text: str, people: tuple[str, ...]) -> Verdict:
    """明天请假，不对，是后天: one new report, for the reading after the correction."""
    m = lx.SELF_CORRECT.search(text)
    if m is None or _TIME.search(text, 0, m.start()) is None or _said_then(text, m.start()):
        return None
    begin, finish = m.start("new"), m.end("new")
    wrong = _WRONG_RESTATED.match(text, begin) if text[m.start() : begin].endswith("不是") else None
    if wrong is not None:
        begin = wrong.end()  # 哦不是周四，是周五下午: the wrong day said again, then the right one
    new = text[begin:finish]
    kind, _, named = _amended_kind(new)  # 晚到一小时 哦不 晚到两小时 要去医院…: still lateness
    retimed = _DAYS_OR_TIMES.search(new) is not None
    relength = not retimed and DUR in new  # 请假两天，不对，三天: only the length changes
    if not (retimed or relength) and (kind is None or lx.SPECIFIC_LEAVE.search(new) is None):
        return None  # only a leave kind may be corrected alone: 明天请事假，不对是年假
    verdict = _new(text[: m.start()], people)
    if verdict is None and retimed and kind is not None:
        verdict = _new(text[begin:], people)  # 12/1不对 是11/30 上午去…交材料
    if not isinstance(verdict, Intent):
        return verdict
    if retimed:
        last_time = max(t.start() for t in _TIME.finditer(text, 0, m.start()))
        old_start, _ = clause_around(text, last_time)
        kept = blank(text, old_start, begin)  # the corrected words are gone
        kept = _context_after(kept, begin)
    else:
        kept = blank(text, m.start(), begin)  # the day stands, the kind changes
        if relength:
            kept = kept[: m.start()].replace(DUR, "·") + kept[m.start() :]
    said_before = lx.EARLIER.search(text)  # 刚才说的…说错了: amend it (the 说错 may follow)
    earlier = said_before is not None and said_before.start() < m.start()
    return Intent(
        "amend" if earlier else "new",
        # 是今天上午，人在医院排队: where the speaker is does not change the kind said
        verdict.kind if kind is None or (kind in DUTY and not named) else kind,
        people,
        kept,
        (begin, finish) if earlier else (0, len(text)),
        anchor_scope=(0, m.start()),  # 明天下午请假，哦不，是上午: still tomorrow
        timing_only=verdict.timing_only,
    )


# 哦不是周四，是周五: after 不是 the wrong value is said again before the right one.
_WRONG_RESTATED = compile_gated(
    rf"[^,.;:!?。\n是]{{1,10}}(?:[,\s]+(?:应该|应|而)?|(?=是[{POINT}{RANGE}]))是"
)


_DAYS_OR_TIMES = compile_lazy(f"[{POINT}{RANGE}]")
_PART = compile_gated(r"[^,.;:!?。\n]+")
_FILLER = compile_gated(r"[都是均为只各全就的请假吧啊哦]")


def _context_after(text: str, start: int) -> str:
    """是后天请假，明天有会: after the corrected time's clause, a clause with a time of its own
    and no absence in it is why, not when."""
    first = _TIME.search(text, start)
    if first is None:
        return text
    _, end = clause_around(text, first.start())
    for part in _PART.finditer(text, end):
        said = part.group(0)
        words = _STRIP.sub("", _FILLER.sub("", said))  # 下午半天 narrows; 明天有会 is context
        if _TIME.search(said) and words and kind_of(said)[0] is None:
            text = blank(text, part.start(), part.end())
    return text


def _amend(text: str, people: tuple[str, ...]) -> Verdict:
    scope, end_only, strong = _amend_scope(text)
    if scope is None:
        return None
    if lx.HOUSE_EVENT_MOVED.search(text) is not None:
        return None  # 那天股里的例会改到上午吧: the unit's gathering moved, no absence amended
    if not strong and _event_rescheduled(text, people):
        return SILENCE  # 下周二的省厅视频会改为下周三上午九点: the event itself moved, told to all
    if not strong and _event_moved(text):
        return None  # 述职会取消了，改到下周: the event moved and I am not going; a cancel
    if _other_thing_moved(text):
        return None  # 明天下午不请假了，事情推到下周了: withdrawn; what moved is something else
    if not strong and business_moved_after(text) is not None:
        return None  # 陈主任下午不在，去区政府开会了，合同会签改明天: the signing moved
    wrong = lx.IS_NOT.search(text)
    if wrong is not None and wrong.start("new") == scope[0] and wrong.end() < scope[1]:
        text = blank(text, wrong.end("new"), wrong.end())  # the wrong value is no part of it
    new_text = text[scope[0] : scope[1]]
    has_time = _TIME.search(new_text) is not None
    kind, pos, _ = _amended_kind(new_text)
    if kind in DUTY and pos > clause_around(new_text, 0)[1]:
        # 年假改成12月8日至11日，7号要陪领导去市局: the leave moved is named before the shift;
        # the errand in a later clause is why, not a new kind
        moved = _amended_kind(text[: scope[0]])[0]
        if moved is not None and moved not in DUTY:
            kind, pos = moved, -1
    if kind == "请假" and lx.LEAVE_VERB.search(new_text) is None:
        kind = None  # 病假更正为今明两天，医生让多休息: no leave named anew, the one before stays
    trip_before = lx.TRIP.search(text, 0, scope[0]) is not None
    if kind in ("外出", "早退") and trip_before and _SETS_OFF.search(new_text):
        kind = "出差"  # 浏阳出差改成周三出发了: setting off restates no kind, the trip moved
    restated = kind is not None  # 更正：是事假 names what the correction is
    topic = False
    if kind is None:
        kind, pos, _ = _amended_kind(text)
        duty_named = _DUTY_NAMED.search(text, 0, scope[0]) is not None  # 不去市局开会了: 会议
        if kind in DUTY and not duty_named and _own_going_put_off(text, scope[0]):
            kind = None  # 今天下午不去党校了，改明天下午: the going moved, no kind restated
        topic = kind == "外出" and _GOING_AS_TOPIC.search(text, 0, scope[0]) is not None
        if topic:
            kind = None  # 周五去区法院的事改为下周一上午: the going names what moved
    elif pos >= 0:
        pos += scope[0]
    if kind is None and _said_wrong(text) and has_time:
        named_events = (
            (lx.TRAINING_WORDS, "培训"),
            (lx.MEETING_WORDS, "会议"),
            (lx.BARE_MEETING, "会议"),  # 更正：明天的会是下午
            (lx.FIELD_WORK, "外出"),  # 更正：渠道测量是明天下午
        )
        for pattern, named in named_events:
            if pattern.search(text):  # 更正：周四的会议改到周五: the meeting is the one moved
                kind = named
                break
    for pattern in (lx.NOT_IS, lx.IS_NOT):  # 明天不是病假是事假: the kind after 是 is meant
        said = pattern.search(text)
        if said is None:
            continue
        meant = kind_of(said["new"])[0]
        if meant is not None and meant != kind_of(said["old"])[0]:
            kind = meant
    ret = lx.RETURN_TIME.search(new_text)
    ranged = ret is not None and RANGE in new_text[: ret.start()]  # 培训是周一到周二，周三回来
    # 改成周三出发了，还是周四回: the day it sets off changes too, not only the return
    ranged = ranged or (ret is not None and _SETS_OFF.search(new_text, 0, ret.start()) is not None)
    returning = (ret is not None and not ranged) or (
        lx.RETURN_FIELD.search(text, 0, scope[0]) is not None
    )
    keyworded = kind is not None or returning or topic
    if not (has_time or (kind is not None and scope[1] > scope[0])):
        return None
    if not (has_time or restated or returning):
        return None  # 我请假那天的活是老李帮忙顶的: nothing about the period is corrected
    if not strong and not keyworded:
        return None
    denied_by = _kind_negated(text, pos) if kind is not None and pos >= scope[0] else None
    if denied_by is not None:
        # 说错了，周二不请假，是下周三请假: the old value denied, then the kind said anew
        after = denied_by.end()
        again, found, _ = _amended_kind(text[after : scope[1]])
        if again is None:
            return SILENCE  # 学习改为周四下午在三楼，不用外出: the new reading is no absence
        denied = max(clause_around(text, pos)[0], scope[0])
        text = blank(text, denied, after)  # 周二不请假: the value denied is no part of it
        kind, pos = again, after + found
    kept = _blank_all(text, _TIME_KEPT)  # 是年假，时间不变: what stays, not a notice's rule
    if _vetoed(kept, pos if pos >= 0 else scope[0], people):
        return SILENCE
    return Intent(
        "amend",
        kind,
        people,
        text,
        scope,
        end_only=end_only or returning,
        anchor_scope=(0, scope[0]),
    )


def record_asked(text: str) -> bool:
    """考勤表谁在统计？…: a question about the attendance record; a correction beside it is
    the record's keeping, asked of whoever keeps it, not an absence amended."""
    return lx.ATTENDANCE_RECORD.search(text) is not None and lx.QUESTION.search(text) is not None


def _kind_negated(text: str, pos: int) -> re.Match[str] | None:
    """The negation saying the kind word at ``pos`` is not done (不用外出, 不必出差), if any:
    it names no absence."""
    if pos < 0:
        return None
    return next((m for m in lx.NEGATED.finditer(text) if m.start() <= pos < m.end()), None)


def _amended_kind(text: str) -> tuple[str | None, int, bool]:
    """The kind a correction is about; lateness or leaving early said in it (改成晚到两个小时，
    明早要先去车管所) outweighs an errand that is only the reason."""
    kind, pos, strong = kind_of(text)
    if strong and kind is not None:
        return kind, pos, strong
    timing = _late_or_early(text)
    if timing is not None:
        return timing[1], timing[0], True
    return kind, pos, strong


# 下周二的省厅视频会改为…: the words right before the shift name an event by its day (的).
_EVENT_BEFORE_SHIFT = compile_gated(
    rf"的[^{lx.STOP}的]{{0,10}}?(?:会|会议|培训|学习|学习班|学习会)(?:时间)?(?:也|又|已经?)?$"
)


def _event_rescheduled(text: str, people: tuple[str, ...]) -> bool:
    """A meeting or training of a day moved to another, with nobody named, no 我 and no
    going: the event's new time told to all (我下周二的会改到…, 去省厅的会改到… are the
    speaker's own amendment, 更正：… is made strong before this)."""
    if people or lx.SELF.search(text) is not None or _GOING_OUT.search(text) is not None:
        return False
    shift = lx.AMEND_SHIFT.search(text)
    if shift is None:
        return False
    start, _ = clause_around(text, shift.start())
    return _EVENT_BEFORE_SHIFT.search(text[start : shift.start()]) is not None


_GOING_OUT = compile_lazy(r"去|赴|前往|参加")


# 换成小谢去, 改派老邓参加: a colleague after the shift, then going or attending: a substitute.
_SUBSTITUTE = compile_gated(
    rf"[^{lx.STOP}]{{1,6}}?(?:去|参加|参会|代)(?:了|吧|啊)?(?=[{lx.STOP}]|$)"
)


def _event_moved(text: str) -> bool:
    """A meeting or a training moved to another day while the speaker withdraws (会改到明天了，
    我下午不出去了). Leave moved (年假取消，改成周四) is the speaker's own amendment."""
    shift = lx.AMEND_SHIFT.search(text)
    if shift is None or lx.CANCEL.search(text) is None:
        return False
    if _goes_then(text, shift):
        return False  # 培训改期了，我改为12月15日至16日去: the speaker goes then
    if _SUBSTITUTE.match(text, shift.end()) is not None:
        return False  # 那个会我去不了了，换成小谢去: someone else goes, the event stays put
    kind, _, _ = kind_of(text[: shift.start()])
    return kind not in lx.LEAVE_KINDS.values() and kind != "请假"


def _goes_then(text: str, shift: re.Match[str]) -> bool:
    """我改为12月15日至16日去: after the move the speaker still goes, at the new time."""
    return _STILL_GOING.match(text, shift.end()) is not None and (
        lx.SPEAKER.search(text, *clause_around(text, shift.start())) is not None
    )


_STILL_GOING = compile_gated(
    rf"[^,.;:!?。\n]{{0,3}}[{POINT}{RANGE}][^,.;:!?。\n]{{0,3}}(?:去|参加|过去)"
)


def _other_thing_moved(text: str) -> bool:
    shift = lx.AMEND_SHIFT.search(text)
    if shift is None or lx.CANCEL.search(text, 0, shift.start()) is None:
        return False
    if _goes_then(text, shift):
        return False
    start, end = clause_around(text, shift.start())
    clause = text[start:end]
    if _VAGUE_LATER.match(text, shift.end()):
        return True  # 年假不休了，改到下个月: put off to no day, so withdrawn
    moved = _STRIP.sub("", text[start : shift.start()])  # 事情推到下周: something is named
    # 护照改到下周去办: the going after the new time is when the errand is done, not what moved
    return bool(moved) and "假" not in clause and kind_of(text[start : shift.end()])[0] is None


def business_moved_after(text: str) -> tuple[int, int] | None:
    """The clause, after a clause naming an absence, that moves some business named by no
    kind (…去区政府开会了，合同会签改明天): that business moved, its time no part of the
    absence; None where there is none."""
    shift = lx.AMEND_SHIFT.search(text)
    if shift is None:
        return None
    start, end = clause_around(text, shift.start())
    if start == 0 or "假" in text[start:end] or kind_of(text[start:end])[0] is not None:
        return None
    moved = _SHIFT_FILLER.sub("", _STRIP.sub("", text[start : shift.start()]))
    return (start, end) if moved and kind_of(text[:start])[0] is not None else None


# 现在改到下下周, 那就改到: words before a shift that name nothing moved
_SHIFT_FILLER = compile_gated(r"现在|已经|那就|还是|[又也就都我再那]|时间|日期")


# 下周一那天不休了，只休周五: what stays is not withdrawn.
_STAYS = compile_lazy(r"只(?:休|请|去|调)|还是(?:休|请|去)|照常(?:休|请)")
_VAGUE_LATER = compile_lazy(r"下个?月|明年|年后|节后|以后再|另行|再说|再定|待定")


_LENGTH_ONLY = compile_lazy(
    rf"[,，]\s*(?:(?:共|一共|总共)?[{DUR}](?:左右)?|(?:到|至|休到|请到){POINT})(?=$|[,.;!?。\n])"
)


def _lengths_after(text: str, end: int) -> int:
    """不是下周二，是下周三去株洲出差，两天 (or …开始休，到23号): a length or an end in the next
    clause belongs to it."""
    m = _LENGTH_ONLY.match(text, end)
    return m.end() if m is not None else end


def _amend_scope(text: str) -> tuple[tuple[int, int] | None, bool, bool]:
    """Where the corrected period is named, whether only its end changes, how sure we are."""
    m = lx.NOT_SAID_BEFORE.search(text)
    if m is not None and _TIME.search(m["new"]) and _TIME.search(m["old"]):
        return (m.start("new"), m.end("new")), False, True  # …，不是上次说的周三: the old denied
    for pattern in (lx.NOT_IS, lx.IS_NOT, lx.SAID_IS):
        m = pattern.search(text)
        if m is not None and _TIME.search(m["new"]) and _TIME.search(m["old"]):
            # 是22号开始，不是21号，共两天: the length after the wrong value is the new one's
            return (m.start("new"), _lengths_after(text, max(m.end("new"), m.end()))), False, True
    for pattern in (lx.NOT_IS, lx.IS_NOT):  # 明天不是事假 是年假: one leave kind for another
        m = pattern.search(text)
        if m is not None and _kind_swapped(m["old"], m["new"]):
            return (m.start("new"), _new_end(text, m.start("new"))), False, True
    strong = _said_wrong(text)
    m = lx.AMEND_EXTEND.search(text)
    if m is not None:
        return (m.end(), _new_end(text, m.end())), True, strong is not None
    m = lx.AMEND_SHIFT.search(text)
    if m is not None:
        # 明天上午改为下午: a time on both sides is a correction even without 更正; 刚报的…改成
        # names the speaker's own report as the one changed.
        sure = (
            strong is not None
            or _only_times_before(text, m.start())
            or _own_put_off(text, m)
            or _own_earlier(text, m.start())
            or _treatment_moved(text, m)
        )
        if not sure and _OPENS_WITH_SHIFT.match(text) is not None:
            # 改到下周四上午，周三要陪孩子: the day in the reason is no part of the new period
            end = _lengths_after(text, clause_around(text, m.end())[1])
            return (m.end(), end), False, True
        return (m.end(), _new_end(text, m.end())), False, sure
    if strong is not None:
        return (strong.end(), _new_end(text, strong.end(), sentence=False)), False, True
    kept = _KEPT_FIRST.search(text)
    if kept is not None:
        end = clause_around(text, kept.end())[1]
        if _TIME.search(text, kept.end(), end) and lx.CANCEL.search(text, end):
            return (kept.end(), end), False, True  # 调休只要下周四一天，周五不调了
    return None, False, False


_SETS_OFF = compile_gated(rf"[{lx.TC}](?:就|再)?(?:出发|动身|走)")
# 改为12月2日到3日 opening the message, nothing named as moved: the speaker's own report of
# the message before is what changes (会议改到… names the thing moved).
_OPENS_WITH_SHIFT = compile_gated(r"^\W*(?:时间|日期)?(?:改为|改成|改到|调整为|调为)")
# 调休只要下周四一天，周五不调了: what is kept said first restates the period (an amend);
# 下周一那天不休了，只休周五 opens with the withdrawal and stays a cancel.
_KEPT_FIRST = compile_gated(r"^[^,.;:!?。\n]{0,6}?只(?:要|休|请|调|去)")


_TIME_KEPT = compile_gated(r"(?:时间|日期|天数)(?:不变|照旧|没变|一样)")


# 那个我是说…, 那个就是…: voice input's filler at the opening, not 那个 (the one said) changed;
# so with its sounds before (嗯 那个 就是…) or a greeting after (那个大家好 就是…).
_FILLER_OPENING = compile_gated(
    rf"\W*(?:{lx.VOICE_SOUND}\W*)*那个[\s,]*"
    r"(?:(?:大家|各位|领导)?(?:早上好|上午好|下午好|好|早)[\s,!]*)?(?=我是说|就是|嗯|呃|额|啊)"
)


def _said_wrong(text: str) -> re.Match[str] | None:
    """更正, 说错了 …, or the time of one's own absence changed in so many words."""
    m = lx.AMEND_STRONG.search(text)
    if m is not None and m.group(0).startswith("那个"):
        filler = _FILLER_OPENING.match(text)
        if filler is not None and filler.end() > m.start():
            m = lx.AMEND_STRONG.search(text, filler.end())
    if m is not None and _is_question(text, m.start()):
        return None  # 发票抬头写错了能重开吗？: asked about something written wrong, no correction
    return m or lx.OWN_TIME_CHANGED.search(text)


def _own_earlier(text: str, pos: int) -> bool:
    """刚报的下午早退，改成五点走: the speaker's earlier report of an absence (not 刚报的材料)."""
    return lx.EARLIER.search(text, 0, pos) is not None and _amended_kind(text[:pos])[0] is not None


def _kind_swapped(old: str, new: str) -> bool:
    """不是事假，是年假: a leave kind said wrong and put right (the same kind twice is not)."""
    said = lx.SPECIFIC_LEAVE.fullmatch(_STRIP.sub("", old))
    meant = lx.SPECIFIC_LEAVE.match(_STRIP.sub("", new))
    return (
        said is not None
        and meant is not None
        and lx.LEAVE_KINDS[said.group(0)] != lx.LEAVE_KINDS[meant.group(0)]
    )


def _own_put_off(text: str, shift: re.Match[str]) -> bool:
    """明天上午的外出取消，改成下周一上午: the speaker's own absence withdrawn, then a day for
    it, is that absence moved (an amend), not a cancel."""
    return (
        lx.OWN_WITHDRAWN.search(text, 0, shift.start()) is not None
        and _TIME.match(text, shift.end()) is not None
    )


_DUTY_NAMED = compile_gated(r"培训|学习|上课|开会|会议|参会|出差|的会|[学习培训]班")


# 去区发改局的时间, 去区法院的事, 去黄材水库那个安排, 去县里的是: a going named only as what
# a correction moves (restating no kind; 明天去护潭乡改成后天去 says the going anew).
_GOING_AS_TOPIC = compile_gated(
    r"(?:去|到)[^,.;:!?。\n]{1,10}?(?:的(?:时间|事|安排|行程|计划|是)|那个(?:安排|事|行程|计划))"
)


def _own_going_put_off(text: str, new_at: int) -> bool:
    """今天下午不去党校了，改明天下午: the speaker's bare going (不去…了) withdrawn, then moved."""
    return lx.OWN_GOING_WITHDRAWN.search(text, 0, clause_around(text, new_at)[0]) is not None


def _treatment_moved(text: str, shift: re.Match[str]) -> bool:
    """肠镜改期了，改到下周四: the speaker's own treatment moved to a day is their sick leave
    moved (孩子的复查改到… is the child's; …改到周二了，周一不请了 withdraws the day, a cancel)."""
    return (
        lx.CANCEL.search(text) is None
        and _SYMPTOMS.search(text, 0, shift.start()) is not None
        and lx.KIN.search(text) is None
        and _TIME.match(text, shift.end()) is not None
    )


def _only_times_before(text: str, pos: int) -> bool:
    """明天上午改为下午 corrects a period; 今天的会改到明天上午 moves something else."""
    start, _ = clause_around(text, pos)
    before = text[start:pos]
    return _TIME.search(before) is not None and not _BARE_BEFORE.sub("", _STRIP.sub("", before))


_SENTENCE_END = compile_lazy(r"[。!?\n]")
# 病假是明天 今天我在, 是周五，今天正常上班: the old day said to be at work, no part of it.
_OLD_PART = compile_gated(
    rf",?而?不是|[,\s](?=[{lx.TC}](?:我|人)?(?:在|在岗|在单位|正常上班|照常上班)(?:的|呢)?(?:$|[{lx.STOP}\s]))"
)


def _new_end(text: str, pos: int, sentence: bool = True) -> int:
    """Where the corrected part stops: the sentence end, or 不是 (the old part follows)."""
    end = len(text)
    if sentence:
        m = _SENTENCE_END.search(text, pos)
        end = m.start() if m else end
    old = _OLD_PART.search(text, pos, end)
    return old.start() if old else end


def _return(text: str, people: tuple[str, ...]) -> Verdict:
    well = lx.RECOVERED.search(text) or lx.ENDED_EARLY.search(text)  # 审查提前结束了
    back = well is not None and lx.BACK_TO_WORK.search(text, well.end()) is not None
    if well is not None and back and _TIME.search(text) and not lx.CANCEL.search(text):
        if _vetoed(text, well.start(), people):
            return SILENCE
        return Intent("return", "销假", people, text, (0, len(text)))  # 病好了，明天正常上班
    over = _over_and_back(text, people) or _back_then_work(text, people)
    if over is not None:
        return over
    for m in lx.RETURN_DONE.finditer(text):
        start, _ = clause_around(text, m.start())
        if _leave_withdrawn_before(text, start):
            return None  # 今天的事假不请了，已经到单位: cancelled, not returned from (_cancel)
        prefix = _without_named(_STRIP.sub("", text[start : m.start()]), people)
        said = m.group(0)
        # 婚假休完了, 上午的病假销了, 看完了，已回 (an errand finished, then back)
        own = "销" in said or "假" in said or "结束" in said or said[0] in "完妥好找"
        if not own and prefix and lx.RETURN_PREFIX.fullmatch(prefix) is None:
            continue  # 快递回来了 is not the sender coming back
        back_at = m.end() - 1 if said[0] in "完妥好找" else m.start()  # 事情办完了，已经回来了
        if _vetoed(text, back_at, people):
            return SILENCE
        if not own and "从" in said and lx.WORK_DONE.search(_blank_all(text, _ERRAND_SETTLED)):
            return SILENCE  # 刚从水库回来，水位正常: a work report
        if not own and "销" not in text and _WORK_TO_FOLLOW.search(text) is not None:
            return SILENCE  # 开协调会，刚回来 会议纪要晚点发: the errand's work told
        here = clause_around(text, m.start())
        if said[0] == "已" and _TIME.search(text, here[0]) is None and start > 0:
            # 学习班下午不上了，我已经回办公室: back already, now; the earlier clause's half is
            # the course's, not the return's
            return Intent("return", "销假", people, text, here)
        return Intent("return", "销假", people, text, (0, len(text)))
    return None


def _leave_withdrawn_before(text: str, clause_start: int) -> bool:
    """今天的事假不请了，已经到单位; 调休不休了，我已经到单位: a leave withdrawn in a clause
    before the arrival at work never began, so the message cancels it. The rest of a leave
    begun dropped (剩下那天年假不休了) is still a return."""
    withdrawn = lx.CANCEL.search(text, 0, clause_start)
    if withdrawn is None or "剩" in text or not any(c in withdrawn.group(0) for c in "请休消撤"):
        return False
    return _LEAVE_NAMED.search(text, 0, withdrawn.end()) is not None


# 事假, 年假, 调休, 请假: a leave of one's own named (not 外出 or 培训, whose end is a return).
_LEAVE_NAMED = compile_gated(r"假|调休")


# 事办完了, 事情都办好了: the speaker's own errand settled, which tells of the outing, not of
# the work found (水位正常, 渗水点处理好了).
_ERRAND_SETTLED = compile_gated(r"事(?:情|儿)?(?:都|也|已经?)?(?:办|弄)(?:完|好|妥)了?")
# 会议纪要晚点发, 照片稍后发群里: what the errand produced (a blanked event document, ··), still
# to be sent; beside a return it tells the work, as the corpus's non-reports of a meeting
# over (纪要明天发) do.
_WORK_TO_FOLLOW = compile_gated(
    r"(?:纪要|照片|记录|数据|资料|材料|情况|简报|·{2,})[^,.;:!?。\n]{0,3}?"
    r"(?:晚点|晚些|稍后|回头|随后|待会儿?|等会儿?|等下)[^,.;:!?。\n]{0,2}?(?:发|传|整理|汇报)"
)


def _without_named(prefix: str, people: tuple[str, ...]) -> str:
    """小王从区法院回来了，我帮他说一声: the colleague reported for opens the return's clause as
    its subject, like 我 in the speaker's own."""
    for name in people:
        if prefix.startswith(name):
            return prefix[len(name) :].removeprefix("同志")
    return prefix


def _over_and_back(text: str, people: tuple[str, ...]) -> Verdict:
    """产假休满了，下周一回单位上班; 丧事办完了 明天来上班: the leave (or the affair it was for)
    is over and work resumes on the day named: a return, ending when work resumes."""
    over = lx.LEAVE_OVER.search(text)
    if over is None:
        return _work_over_and_back(text, people)
    withdrawn = lx.CANCEL.search(text)
    if withdrawn is not None and not over.start() <= withdrawn.start() < over.end():
        return None  # (假就不续了, 还剩几天不休了: the rest dropped is the leave over)
    resume = lx.RESUME_DAY.search(text)
    if resume is None:
        return None
    if _vetoed(text, over.start(), people):
        return SILENCE
    return Intent("return", "销假", people, text, (resume.start("t"), resume.end()))


def _work_over_and_back(text: str, people: tuple[str, ...]) -> Verdict:
    """挂完水了，下午去单位上班; 报告提前改完了，明天回局里上班: what the speaker was away for
    finished, then work resumed at the day or half named, closing its clause: a return."""
    over = lx.WORK_OVER.search(text)
    if over is None or lx.CANCEL.search(text) is not None or lx.QUESTION.search(text):
        return None
    resume = lx.RESUME_DAY.search(text, over.end())
    if resume is None or lx.RESUME_CLOSES.match(text, resume.end()) is None:
        return None
    if "上班" not in resume.group(0) or _vetoed(text, over.start(), people):
        return None
    if "回" not in resume.group(0) and "去" not in resume.group(0):
        return None  # 车修完了，明天上班: a thing done, nobody said to be away from work
    return Intent("return", "销假", people, text, (resume.start("t"), resume.end()))


# 明天返回, 周五回来: the day one comes back, closing its clause.
_BACK_ON = compile_gated(rf"[{lx.TC}](?:就|能|会|再)?(?:回来|返回|返程|回单位|回局里)(?=[,\s])")


def _back_then_work(text: str, people: tuple[str, ...]) -> Verdict:
    """钟队长、易工、小包明天返回，后天正常上班: coming back on one day and at work on the
    next named is a return, ending when work resumes (as a leave over and work resumed)."""
    back = _backed_to_work(text)
    if back is None or _vetoed(text, back.start(), people):
        return None
    return Intent("return", "销假", people, text, (back.start("t"), back.end()))


def _backed_to_work(text: str) -> re.Match[str] | None:
    """The day work resumes after the day one comes back (明天返回，后天正常上班), where no
    absence is named before the coming back (明天出差，周五回来，… is the trip told ahead)."""
    back = _BACK_ON.search(text)
    if back is None or lx.CANCEL.search(text) is not None or lx.QUESTION.search(text):
        return None
    if kind_of(text[: back.start()])[0] is not None:
        return None
    resume = lx.RESUME_DAY.search(text, back.end())
    if resume is None or lx.RESUME_CLOSES.match(text, resume.end()) is None:
        return None
    return resume if "上班" in resume.group(0) else None


# 那我把你排上…, 那就给你…: the speaker arranges for the one addressed as a consequence, so
# the withdrawal before it (said with no 我) is theirs, repeated back (那你不用订票了: 你 is
# told what follows from the speaker's own withdrawal, which stays a cancel).
_ECHOED = compile_gated(r"那(?:我|就|我就)?(?:把|给|让|替)你(?!们)")


# 明天的晚到, 周五早走的那个: lateness or leaving early named as the thing withdrawn.
_TIMING_NAMED = compile_gated(r"晚到|迟到|晚来|早退|早走")


def _cancel(text: str, people: tuple[str, ...]) -> Verdict:
    m = lx.CANCEL.search(text) or _TRIP_DROPPED.search(text)
    if m is not None and m.group(0) == "作废" and _lapses(text, m.start()):
        m = None  # 年假赶紧休，别到时候作废了: a warning that it lapses, nothing withdrawn
    skipped = lx.HOUSE_EVENT_SKIPPED.search(text)
    if m is not None and skipped is not None and skipped.start() <= m.start() < skipped.end():
        m = None  # 年假早就批了，大扫除就不参加了: the gathering is skipped, the leave stands
    if m is None:
        m = lx.DROPPED.search(text)
        if m is None or _TIME.search(text) is None:
            return None  # 请假就算了: dropped in other words, with no day, is only talk
    if lx.SELF.search(text, 0, m.start()) is None and _ECHOED.search(text, m.end()) is not None:
        return SILENCE  # 周三年假不休了那我把你排上值班了啊: the addressee's withdrawal, echoed
    if _unwell_stays_home(text, m):  # 发烧38度5，今天去不了了: too unwell to come in (来不了了)
        return _new(text[: m.start()] + "来不了了" + text[m.end() :], people)
    scope = (0, len(text))
    if _other_thing_moved(text):
        shift = lx.AMEND_SHIFT.search(text)
        assert shift is not None
        scope = (0, clause_around(text, shift.start())[0])  # what moved is not what is withdrawn
    kept = _STAYS.search(text, m.end())
    if kept is not None:
        scope = (scope[0], min(scope[1], clause_around(text, kept.start())[0]))  # 只休周五
    if _event_moved(text):
        shift = lx.AMEND_SHIFT.search(text)
        assert shift is not None
        scope = (0, shift.start())  # 会改到明天了: what is withdrawn is the day it was on
        start, end = clause_around(text, shift.start())
    else:
        start, end = clause_around(text, m.start())
    kind, pos, _ = kind_of(text[start:end])  # 周五的培训不去了，单位有事走不开: the 培训
    pos = pos + start if kind is not None else pos
    meeting = lx.BARE_MEETING.search(text, start, end) or _COMPOUND_MEETING.search(
        text, scope[0] if start > m.start() else start, end
    )  # 下午的局务会取消，改到周四: the meeting named where it is called off
    errand = _ERRAND_CANCELLED.search(text, start, m.start()) if start < m.start() else None
    if any(p.search(text, start, end) for p in (lx.TRAINING_WORDS, lx.MEETING_WORDS)):
        errand = None  # 周四的学习班取消了: the training named is what is withdrawn
    if meeting is not None and (kind is None or _weak_cue(text[start:end])):
        kind, pos = "会议", meeting.start()
    elif errand is not None and (
        kind is None or (kind == "请假" and not lx.LEAVE_NOUN.search(text))
    ):
        kind, pos = "外出", errand.start()  # 我周五的踏勘取消了, 明天的巡堤取消了: an outing
    elif kind is None and lx.HEALTH.search(text, start, end) and lx.KIN.search(text) is None:
        kind = "病假"  # 明天的理疗取消了: the speaker's treatment withdrawn, so the sick leave
    elif kind in (None, "外出") and lx.LEAVE_NOUN.search(text, *clause_around(text, m.start())):
        kind = None  # 那个假不请了，样片改周末去看了: the leave named where it is withdrawn (below)
    elif kind is None or _weak_cue(text[start:end]):
        kind, pos, _ = kind_of(text)
        if kind is not None and not start <= pos < end and _goes_instead(text, start, end, pos):
            return None  # 周四我不参加执法巡查了，那天要去省厅培训: the training is new
    late = _TIMING_NAMED.search(text, start, m.start()) if kind == "外出" else None
    if late is not None:  # 明天的晚到取消: the lateness named is what is withdrawn, no going
        kind, pos = ("早退" if late.group(0) in ("早退", "早走") else "晚到"), late.start()
    if kind is None:  # 下周三上午的培训取消了: the event named where it is called off
        for pattern, named in ((lx.TRAINING_WORDS, "培训"), (lx.MEETING_WORDS, "会议")):
            if pattern.search(text, start, end) is not None:
                kind = named
                break
    implied = next(
        (
            lx.CANCEL_IMPLIES[w.group(0)]
            for w in lx.CANCEL.finditer(text)
            if w.group(0) in lx.CANCEL_IMPLIES
        ),
        None,
    )
    if kind is None:  # 四点半早走的那个取消: lateness or leaving early withdrawn
        timing = _late_or_early(text[start:end])
        kind = timing[1] if timing is not None else None
    if kind is None and lx.LEAVE_NOUN.search(text, *clause_around(text, m.start())):
        kind = "请假"  # 明天上午的假取消，…不用去了: the leave withdrawn, not the going it spares
    if kind is None:
        kind = implied or ("请假" if "请" in m.group(0) or "休" in m.group(0) else None)
    if kind is None and lx.LEAVE_NOUN.search(text):
        kind = "请假"  # 明天的假取消
    if kind == "请假" and "假" not in text:
        # 那个复查改到周二了，周一不请了: no leave word, the reason names it (the sick leave);
        # 下午请假作废，医院改约了 withdraws the leave as it was said
        kind = _health(kind, text, lx.OWN_HEALTH)
    if kind == "外出":
        kind = _event_called_off(text, end) or kind
    if kind is None:
        return None
    if kind in ("晚到", "早退") and _TIME.search(text) is None:
        return SILENCE  # 以后不迟到了 is a promise; 下周二那个我不晚到了 withdraws one
    nobody = (
        lx.SELF.search(text) is None and not people and _GOING.search(_NEEDNT.sub("", text)) is None
    )
    # 后天下午的会取消了: a meeting called off, told with its time, is likely the speaker's
    # own attendance withdrawn (asked about); moved or put off (推迟, 改到), it is a notice.
    needless = _NEEDNT.search(text)
    dropped = needless is not None and any(
        p.match(text, needless.start()) is not None for p in (_NEEDNT_BARE, _NEEDNT_AWAY)
    )
    called_off = (m.group(0) == "取消" or dropped) and _TIME.search(text) is not None
    if (
        kind in ("会议", "培训")
        and nobody
        and (not called_off or lx.AMEND_SHIFT.search(text) or _LATER_NOTICE.search(text))
    ):
        return SILENCE  # 会议取消 is a notice; 取消，另行通知 is the organiser's word
    if kind in ("会议", "培训") and nobody and needless is not None and not dropped:
        return SILENCE  # 视频会议取消了，不用去会议室了: what everyone need not do, a notice
    if kind in ("会议", "培训") and _away_instead(text, start, end):
        # 明天的会我就不参加了，在鹤岭镇那边盯土方: the meeting at home is skipped for work
        # elsewhere, which is the absence
        day_only = "".join(c if c in lx.TC else " " for c in text[start:end])  # its day only
        found = _new(text[:start] + day_only + text[end:], people)
        if isinstance(found, Intent) and found.kind == "外出":
            return found
    if _vetoed(_why_blanked(text, kind, m), pos if pos >= 0 else m.start(), people):
        return SILENCE
    doubt = kind in ("会议", "培训") and nobody
    return Intent("cancel", kind, people, text, scope, doubt=doubt)


def _away_instead(text: str, start: int, end: int) -> bool:
    """The withdrawn clause (text[start:end]) names no place or going; the clause after it
    has the speaker somewhere of their own (在鹤岭镇那边盯土方, 要去区法院出庭)."""
    if _TRAVELS.search(text, start, end) or lx.MOVE.search(text, start, end):
        return False
    after = text[end:]
    if lx.CANCEL.search(after) is not None:
        return False  # 培训取消了，我不去长沙了: the going is withdrawn as well
    return bool(lx.MOVE.search(after) or _ON_SITE.search(after) or _AWAY_THERE.search(after))


_AWAY_THERE = compile_gated(rf"在[^{lx.STOP}]{{1,10}}?(?:那边|那里|现场|工地)")


def _unwell_stays_home(text: str, withdrawn: re.Match[str]) -> bool:
    """今天去不了了 after a symptom, right after the day with nothing named to go to (no place,
    event or errand before it), is the speaker not coming in: a sick leave, read by
    :func:`_new` (明天的会去不了了 withdraws the meeting)."""
    # 头昏 上午先不过去了 下午来上班: 过去 is coming in, for a day or a half (先 or 就 between)
    if withdrawn.group(0) not in ("去不了了", "不过去了") or lx.HEALTH.search(text) is None:
        return False
    before = text[: withdrawn.start()].rstrip()
    before = before[:-1] if before[-1:] in "先就" else before
    return before[-1:] in lx.TC and _GOING.search(before) is None


def _goes_instead(text: str, start: int, end: int, pos: int) -> bool:
    """The withdrawal (text[start:end]) going nowhere and naming no kind (不参加执法巡查了),
    the kind read in another clause going somewhere of the speaker's own (那天要去省厅培训):
    what is done instead, a new absence (不去市局开会了，改成视频会 stays withdrawn)."""
    if (
        pos < end
        or _TRAVELS.search(text, start, end) is not None
        or lx.MOVE.search(text, start, end)
    ):
        return False  # 本来要去档案馆，取消了: what was withdrawn comes first
    if lx.AMEND_SHIFT.search(text) is not None or lx.CANCEL.search(text, end) is not None:
        return False
    other = clause_around(text, pos)
    return _TRAVELS.search(text, *other) is not None and not _someone_else(text, pos)


_TRAVELS = compile_lazy(r"去|赴|前往")


def _lapses(text: str, pos: int) -> bool:
    """作废 at ``pos`` said of a leave running out unused (别…作废, 不休就作废)."""
    m = lx.LAPSE.search(text, clause_around(text, pos)[0], pos + 2)
    return m is not None and m.end() == pos + 2


# 去荷塘垸那趟不跑了: a trip somewhere dropped, said with 跑 (a run out to a place).
_TRIP_DROPPED = compile_gated(r"(?<=[趟次])(?:就|也|先)?不跑了")
# 不去区委开会了，换成分管领导参加 / …不去了，改成线上: how the event goes on without the
# speaker, after the withdrawal; it says why, and is no notice.
_GOES_ON = compile_gated(
    rf"[,\s]\s*(?:会议?|培训)?(?:也)?(?:换成|改成|改为|改由|换)[^{lx.STOP}]{{0,10}}?"
    rf"(?:参加|去|出席|线上|视频|网上)(?:了|参会|开|开会)?(?=[{lx.STOP}]|$)"
)


def _why_blanked(text: str, kind: str, withdrawn: re.Match[str]) -> str:
    """明天的年假不休了，省厅要来检查: after a leave of one's own withdrawn in its own clause,
    the clauses that follow say why (a visit, a notice heard); they make it no notice. So do
    the clauses before a withdrawal the speaker owns (明天检查组来，我原定去市里开会的取消了)."""
    text = _goes_on_blanked(text, withdrawn.end())
    own = clause_around(text, withdrawn.start())[0]
    if own > 0 and lx.SELF.search(text, own, withdrawn.start()) is not None:
        text = blank(text, 0, own)
    if kind in DUTY or kind in ("晚到", "早退"):
        return text
    end = clause_around(text, withdrawn.start())[1]
    if lx.LEAVE_NOUN.search(text, 0, end) is None and kind != "调休":
        return text  # the leave is said in the clause that withdraws it (的年假不休了)
    if _ASKED_AFTER.search(text, end) is not None:
        return text  # 调休不休了能不能挪到下个月？: what follows asks, it says no why
    return blank(text, end, len(text))


_ASKED_AFTER = compile_gated(r"[?？]")


def _goes_on_blanked(text: str, after: int) -> str:
    m = _GOES_ON.search(text, after)
    return text if m is None else blank(text, m.start(), m.end())


# 下午的局务会, 周四的调度会: a meeting named by what it is for, where it is called off.
_COMPOUND_MEETING = compile_gated(
    r"的[\u4e00-\u9fff]{1,3}(?<![机社体学聚理领约误开])会(?![计员长议场所室])"
)
# 会商会取消，另行通知; 时间另定; 下周再通知: the organiser's promise of a later notice (an attendee
# withdrawn has nothing to announce).
_LATER_NOTICE = compile_lazy(
    r"另行(?:通知|安排)|(?:时间|日期)另[定行]|另定时间|再(?:另行)?通知(?!我)"
)
# 不用去会议室了, 大家不必等: what the listeners need not do (the going is not the speaker's).
_NEEDNT = compile_gated(r"(?:大家|都)?(?:不用|不必|无需|无须)(?:再)?(?:去|跑|等)")
# 周五的培训取消了，不用去了: no one told, nowhere named, the clause closed: the speaker's own
# going dropped (不用去会议室了 and 大家不用去了 tell the listeners).
_NEEDNT_BARE = compile_gated(rf"(?:不用|不必)(?:再)?去了(?=$|[{lx.STOP}\s])")
# 周四上午的会取消了，不用去区发改局了: another unit's seat named, outside the building (not
# 会议室): the speaker's own going there dropped, as the bare 不用去了.
_NEEDNT_AWAY = compile_gated(
    r"(?:不用|不必)(?:再)?去(?:[区市省县][\u4e00-\u9fff]{0,8}?(?:局|委|厅|政府|党校|法院|中心)|党校)了"
)


# 不去市局了，会改期了: the reason after the withdrawal names what the going was for; so does
# the event put off in the clause before it (市防汛办的会延期了，礼拜三不去了).
# 延期了，…: the event put off closes its clause, and the withdrawal follows
_REASON_THEN = compile_gated(r"了?[,，。\s]")
_EVENT_OFF = compile_gated(
    r"(?:[,，。\s](?:那个|这个)?|的)(?P<ev>会议?|培训|学习班?)(?:也|都)?"
    r"(?:改期|推迟|延期|取消|不开|改时间|延后)"
)


def _event_called_off(text: str, after: int) -> str | None:
    m = _EVENT_OFF.search(text, max(after - 1, 0))
    if m is None:
        before = _EVENT_OFF.search(text, 0, max(after - 1, 0))
        m = before if before is not None and _REASON_THEN.match(text, before.end()) else None
    if m is None:
        return None
    return "会议" if m["ev"].startswith("会") else "培训"


# 周五的踏勘, 明天的巡堤 withdrawn: an errand done away from the office.
_ERRAND_CANCELLED = compile_gated(
    rf"的(?:{lx.ERRAND})(?=[^{lx.STOP}]{{0,3}}$|[^{lx.STOP}]{{0,3}}(?:取消|不去|撤))"
    # 明天下午出庭的事取消了: an errand that goes out by itself, named by its day as an affair
    rf"|(?<=[{lx.TC}])(?:出庭|开庭|应诉|接访|走访|调研|巡堤|巡查|巡河|督查|督导|踏勘|勘察|出车)"
    rf"(?=的事(?:情|儿)?(?:也|就)?(?:$|取消|不去|撤))"  # (searched up to the withdrawal)
)


# 动员会开完了, 会议结束了, 开完会了: a meeting over, at the clause's opening, before what
# follows it.
_MEETING_OVER = compile_gated(
    rf"(?:^|(?<=[{lx.STOP}\s]))[^{lx.STOP}{lx.TC}\s你您他她我]{{0,8}}?会议?(?:已经?|刚刚?|刚才)?"
    r"(?:开完了|结束了|散了)(?=[\s,，。]+\S)"
    # 开完会了 现在去区应急局送报表: the meeting over said verb first
    rf"|(?:^|(?<=[{lx.STOP}\s]))(?:已经?|刚刚?|刚才)?开完会了?(?=[\s,，。]+\S)"
)


# 区里开信访联席会, 市里召开防汛会: a meeting a body holds, said as what the body does.
_BODY_HOLDS = compile_gated(
    rf"(?:^|(?<=[{lx.STOP}{lx.TC}\s]))(?:区里|市里|省里|县里|区委|区政府|市局|省厅)(?:要|将)?"
    rf"(?:开|召开|举行)[^{lx.STOP}]{{0,10}}?会(?![^{lx.STOP}]*?(?:参加|参会|出席))"
)


_ATTENDS = compile_gated(r"参加|参会|出席|列席|开会")
# 明早的高铁去长沙，省厅开全省防御会: the going to another city is the way to the body's
# meeting, no errand of its own (湘潭 is the bureau's own city).
_TO_CITY = compile_gated(
    rf"(?:去|赴|到|前往)(?:{'|'.join(c for c in CITY_NAMES if c != '湘潭')}|省城|省里)"
    rf"(?=$|[{lx.STOP}\s])"
)


_NEW_BLANKED = Blanking(
    lx.HOUSE_EVENT_SKIPPED,  # 周五的例会我不参加了，要去…: not what is away
    _MEETING_OVER,  # 动员会开完了 我现在去九华片区: what comes after it
)


def _new(text: str, people: tuple[str, ...]) -> Verdict:
    text = _NEW_BLANKED(_missed_blanked(text))
    kind, pos, strong = kind_of(text)
    if kind == "会议" and _BODY_HOLDS.search(text) is not None:
        # 区里开信访联席会，我代表局里去信访大厅接访: the body's meeting is the occasion, the
        # speaker's own errand beside it is what they are away for
        rest = _blank_all(text, _BODY_HOLDS)
        other = kind_of(rest)
        if other[0] == "外出" and _ATTENDS.search(rest) is None and not _TO_CITY.search(rest):
            kind, pos, strong = other
    if kind in ("会议", "培训") and lx.HOME_MEETING.search(text, *clause_around(text, pos)):
        # 明天上午局里开会，下午去市局: the meeting is in the building; the going beside it,
        # in a clause of its own, is what the speaker is away for
        home = clause_around(text, pos)
        other = kind_of(blank(text, *home))
        if other[0] is not None and other[0] != kind:
            kind, pos, strong = other
            outside = (
                m.start() for m in lx.MOVE.finditer(text) if not home[0] <= m.start() < home[1]
            )
            goes = next(outside, None)
            if home[0] <= pos < home[1] and goes is not None:
                pos = goes  # the going's own clause, not the blanked meeting's (CM0014)
    timed = _TIME.search(text) is not None or lx.NOW_WORDS.search(text) is not None
    returning = (
        lx.RETURN_TIME.search(text) or lx.RETURN_AT.search(text) or lx.RETURN_THEN.search(text)
    )
    late_or_early = _late_or_early(text)
    # 上午在家等燃气公司上门，十点半到单位: a leave read from a home or health errand, with
    # no leave word, gives way to the arrival said outright (lateness)
    unworded = kind in ("请假", "病假") and lx.LEAVE_VERB.search(text) is None
    timing_only = late_or_early is not None and (
        kind is None or ((not strong or unworded) and _timing_explicit(text))
    )
    if late_or_early is not None and _only_reported(text, kind, pos):
        timing_only = True  # 报备：今日迟到约20分钟: 报备 names no kind, the lateness does
    if late_or_early is not None and not timing_only and not strong and _held_up(text):
        timing_only = True  # 九点半到等燃气公司上门检修: what holds the speaker up, no going
    if late_or_early is not None and not timing_only and _arrives_after_errand(text):
        timing_only = True  # 明早九点半到，先去银行办点事: the errand is why the speaker is late
    if late_or_early is not None and not timing_only and _private_then_arrival(text, kind):
        timing_only = True  # 早上去车管所考科目一，十点半到单位: lateness, not an outing
    leaves = late_or_early is not None and late_or_early[1] == "早退"
    if timing_only and leaves and kind in DUTY and returning is not None:
        timing_only = False  # 下午去区财政局跑一下，3点走，5点左右回: when the outing leaves
    if timing_only and leaves and kind in DUTY and _leaves_for_work(text, pos):
        timing_only = False  # 我三点走，去区法院出庭: when the outing leaves
    if timing_only and late_or_early is not None:
        pos, kind = late_or_early
        strong = True
    from_return = kind is None and returning is not None
    excused = _EXCUSED_FROM.search(text) if kind == "请假" else None
    if excused is not None:
        # 下午的党建学习请个假，三点到五点在区里开年度考核会: excused from a gathering at home
        # for a meeting or training elsewhere, which is the absence
        after = clause_around(text, excused.start())[1]
        other = kind_of(text[after:])
        if other[0] in ("会议", "培训") and _somewhere(text[after:]):
            kind, pos = other[0], other[1] + after
    if kind is None and not returning:
        going = _TRAVELS.search(text)
        if going is not None and _thing_after(text, going.start(), going.end(), going.end() + 16):
            return SILENCE  # 去区委汇报的PPT我放共享盘了: a thing of the errand, nobody goes
    if from_return and returning is not None:
        # 明天上午看牙，下午回单位: away until the return for the speaker's health (or the
        # family's errand) is a leave, as an errand gone to is (_errand_kind)
        kind, pos, strong = _errand_kind(text), returning.start(), True
    if kind is None:
        return None
    if not strong and not (timed or returning):
        return None
    if lx.NEGATED.search(text) is not None:
        return SILENCE  # 我没请假, 明天不用外出
    left_out = lx.LEFT_OUT.search(text)
    if left_out is not None and _TRAVELS.search(text, left_out.end()) is None:
        return SILENCE  # 明天去省里汇报不带我了，我正常上班: the others go, not the speaker
    if lx.NONE_OF.search(text, *clause_around(text, max(pos, 0))) is not None:
        return SILENCE  # 收到，本周无外出: nothing to report
    if not timed and lx.AFFAIR.search(text, max(pos, 0)) is not None:
        return SILENCE  # 小陈请假的事我已经跟局长说了: an affair, no absence told
    if not timed and _DURING.match(text, max(pos, 0)) is not None:
        return SILENCE  # 我请假那天的活是老李帮忙顶的: the leave is when something else happened
    if _vetoed(_name_blanked(text, kind, pos), pos, people):
        return SILENCE
    if lx.THAT_ONE.search(text) is not None:
        return SILENCE  # 在区政府开的那个会，主要讲…: talked about
    if _back_from(text, pos):
        return SILENCE  # 刚才李局从区里开会回来，说…: the meeting is over, its news told
    if _assigned(text):
        return SILENCE  # 王局安排小罗明天去龙王庙水库，小罗收到请回复: an assignment
    if kind in ("会议", "培训") and lx.MEETING_HERE.search(text, *_headed_clause(text, pos)):
        return SILENCE  # 我明天上午在三楼开会, 会议：明天九点在三楼开: in the building
    if kind in ("会议", "培训") and _held_here(text):
        return SILENCE  # 明天十点跟水务集团的对接会，…，在局里开: held in the building
    if kind in ("会议", "培训") and _held_here(text, lx.ONLINE):
        return SILENCE  # 今天的培训线上参加，会议号会前发: attended from the desk
    if kind == "会议" and _video_here(text) and not _said_by_self(text):
        return SILENCE  # 下周二上午九点视频会议，各乡镇水管站一起参加: nobody goes anywhere
    if kind in ("会议", "培训") and _TASK_TAKEN.search(text) and lx.MOVE.search(text) is None:
        return SILENCE  # 领导，明天的会我来准备材料: a task for the event taken on
    if kind in ("会议", "培训") and _ON_TIME.search(text) and not _somewhere(text):
        return SILENCE  # 下午的会我准时到: there on time, going nowhere
    if kind in ("会议", "培训") and _document_of_event(text, pos):
        return SILENCE  # 下午的协调会资料我放你桌上了: the event names a document
    if kind == "外出" and _GOING_NAMES_PLACE.match(text, max(pos, 0)) is not None:
        return SILENCE  # 要去的堤段路不好走: the place gone to names a thing, no going told
    thing = _thing_after(text, pos, pos, pos + 16)
    if kind in DUTY and thing is not None and (kind in ("会议", "培训") or thing["noun"] != "报告"):
        return SILENCE  # 去区里开会的材料, 上周去北京出差的费用 (外出的报告 is the report itself)
    resumes = lx.RESUME_AT.search(text) is not None  # …，下午来上班: an absence until then
    resumes = resumes or lx.AWAY_BARE.search(text) is not None  # 复查了 上午不在: away, said
    if (
        returning is None
        and not resumes
        and lx.WORK_DONE.search(text)
        and _no_strong_word(text)
        and lx.GOING_NOW.search(text) is None  # 我现在下去…，堤上发现一处管涌: why one goes
    ):
        return SILENCE  # 上午去泵站检查了，设备运行正常: a work report
    if kind == "外出" and _for_a_meal(text, pos):
        return SILENCE  # 中午都出去吃吧, 回来吃饭的跟我说一声: the lunch break, nobody away
    weak = returning is None and not timing_only and not _said_by_self(text) and _weak_cue(text)
    return Intent(
        "new",
        kind,
        people,
        _without_house_move(text, pos),
        (0, len(text)),
        timing_only=bool(timing_only),
        doubt=weak,
        at=-1 if from_return else pos,  # the return's clause is not the outing's
    )


# 出去吃, 回来吃饭, 回家吃: a going whose purpose is a meal (the going verb right before 吃).
_MEAL = compile_gated(r"(?:出去|回来|回家|回去|去)吃(?!药|亏|苦|不消)")
# 吃饭去了, 先去吃饭了, 吃午饭去: the speaker off to eat, which attends nothing.
_OFF_TO_EAT = compile_gated(
    r"吃(?:个|了)?[午中晚早]?饭去了?|(?:出)?去吃(?:个)?[午中晚早]?饭了?(?![^,.;:!?。\n]*(?:参加|开会))"
)


def _for_a_meal(text: str, pos: int) -> bool:
    """The going read is for a meal (出去吃, 回来吃饭), and no other clause goes anywhere
    (去市局送材料，回来吃中饭 is an outing that ends at lunch)."""
    meal = _MEAL.search(text, *clause_around(text, max(pos, 0)))
    if meal is None:
        return False
    rest = blank(text, meal.start(), meal.end())
    return lx.MOVE.search(rest) is None and lx.OUT_WEAK.search(rest) is None


def _somewhere(text: str) -> bool:
    """A going (去 赴 前往) or a place named where the event is held (在区政府开会)."""
    return _TRAVELS.search(text) is not None or _HELD_AT.search(text) is not None


_HELD_AT = compile_gated(rf"在[^{lx.STOP}]{{0,10}}?(?:{lx.PLACE_WORDS})")
# 要去的堤段, 去的泵站: a going that only names the place, a noun after 的 (去的是市局 says
# where the speaker goes).
_GOING_NAMES_PLACE = compile_gated(r"(?:去|到)的(?!是|话|时候|路上)[\u4e00-\u9fff]")
# 我准时到, 按时参加: the speaker there on time.
_ON_TIME = compile_gated(r"(?:准时|按时)(?:到|参加|参会|过来|出席)")
# 下午的党建学习请个假, 周五的例会请一下假: leave asked from a gathering at home.
_EXCUSED_FROM = compile_gated(
    r"的(?:党建|政治|理论|业务)?(?:学习|例会|周会|会)(?:我)?请(?:个|一下)?假"
)
# 九点那个视频会, 三点的局务会: an event named by its own time, beside a report with its own.
_TIME_NAMED_EVENT = compile_gated(rf"[{lx.TC}](?:那个|那场|那次|的)")


def _missed_blanked(text: str) -> str:
    """推进会我参加不了，要去市局送清单: the event missed is no kind of the report when another
    clause says what the speaker does instead; its words go, its day stays (下周一下午)."""
    missed = lx.MISSED_EVENT.search(text)
    if missed is None:
        return text
    start, end = clause_around(text, missed.start())
    if lx.REPORTED.search(text, start, end) is not None:
        return text  # 他说今天下午的会照开: someone's words, the whole message their news
    kept = lx.TC + "我"  # the day and the speaker stay
    own_time = any(c in lx.TC for c in text[:start])  # the report's own time told first
    anaphor = "那天" in text  # 周五上午的局务会我参加不了，那天上午…: 那天 needs the day kept
    if own_time and not anaphor and _TIME_NAMED_EVENT.search(text, start, end) is not None:
        kept = "我"  # 明天上午请假，…，九点那个视频会让小周替我参加: the 九点 is the meeting's
    rest = text[:start] + "".join(c if c in kept else "·" for c in text[start:end]) + text[end:]
    return rest if kind_of(rest)[0] is not None else text


# 明天的会我来准备材料, 培训我来负责签到: the speaker takes on a task for the event.
_TASK_TAKEN = compile_gated(
    r"我来(?:准备|负责|安排|组织|主持|记录|通知|对接|整理|筹备|协调|拟|写|弄|做|搞|订|联系)"
)


# A meeting held by video (视频会议, 电视电话会): attended where one sits, unless someone goes
# (去市里开…视频会) or sits elsewhere for it (在市局开视频会).
_VIDEO_MEETING = compile_gated(r"视频会|电视电话会")
_SITS_AT = compile_gated(r"在[^,.;:!?。\n]{1,10}?(?:开|参加|参会)")


def _video_here(text: str) -> bool:
    if not _held_here(text, _VIDEO_MEETING):
        return False
    return _SITS_AT.search(text) is None or lx.HELD_HERE.search(text) is not None


def _held_here(text: str, where: Pattern = lx.HELD_HERE) -> bool:
    """The meeting placed in the building by a clause of its own (or attended online), no
    clause of the message going anywhere (我明天去区水利局开调度会，在三楼 still goes)."""
    if where.search(text) is None:
        return False
    going = (clause_around(text, m.start()) for m in _GOING.finditer(text))
    return not any(lx.MOVE.search(text, start, end) for start, end in going)


def _document_of_event(text: str, pos: int) -> bool:
    """协调会资料, 会议通知 in the clause of the event, nobody going anywhere in it: the
    event only names the document (去区里送会议材料 is an outing)."""
    start, end = clause_around(text, max(pos, 0))
    if lx.EVENT_DOCUMENT.search(text, start, end) is None:
        return False
    return lx.MOVE.search(text, start, end) is None and _GOING_OUT.search(text, start, end) is None


def _name_blanked(text: str, kind: str, pos: int) -> str:
    """开防冻保暖协调会, 参加安全注意事项培训: words inside the event's own name (保暖, 注意)
    name what it is about; they are no reminder to anyone."""
    pattern = {"会议": lx.MEETING_WORDS, "培训": lx.TRAINING_WORDS}.get(kind)
    named = pattern.match(text, pos) if pattern is not None and pos >= 0 else None
    if named is None:
        return text
    start, end = pos + 1, named.end() - 1
    opened = text.rfind("参加", clause_around(text, pos)[0], pos)  # 参加…培训: the name before
    if opened >= 0:
        start = min(start, opened + 2)
    if end - start < 2:
        return text
    inner = "".join(c if c in lx.TC else "·" for c in text[start:end])
    return text[:start] + inner + text[end:]


def _without_house_move(text: str, pos: int) -> str:
    """…去区委参加述职会\n那天股里的例会改到上午吧: the unit's gathering moved after the report
    is no part of its period (its clause blanked, times and all)."""
    m = lx.HOUSE_EVENT_MOVED.search(text, max(pos, 0))
    if m is None:
        return text
    start, end = clause_around(text, m.start())
    return blank(text, start, end) if start > pos else text


def _only_reported(text: str, kind: str | None, pos: int) -> bool:
    """外出 read from 报备 alone, with no place or errand: the word says a report is made,
    not what it is."""
    return (
        kind == "外出"
        and pos >= 0
        and lx.REPORTING.match(text, pos) is not None
        and lx.MOVE.search(text) is None
    )


def _timing_explicit(text: str) -> bool:
    """Lateness or leaving early said in so many words (晚到, 早走, 四点走, 到岗): only asked
    when a weak kind word competes with it, so most messages never pay for these searches."""
    return bool(
        _BARE_LEAVING.search(text)
        or lx.LATE_WORD.search(text)
        or lx.EARLY_WORD.search(text)
        or lx.LATE_DUR.search(text)
        or lx.EARLY_DUR.search(text)
        or "到岗" in text
        or (kept_by(text, len(text)) and _arrives_at_work(text))
    )


def _arrives_at_work(text: str) -> bool:
    """明天九点到单位，早上送老人去车站: a family errand, then the arrival at work by a clock
    time, is lateness said outright (an errand for the office before it stays an outing)."""
    late = lx.LATE_AT.search(text)
    return late is not None and late["verb"] not in ("到", "来")


def _private_then_arrival(text: str, kind: str | None) -> bool:
    """A duty word (去, 开会) read from the speaker's own business (办点事, 接我妈, 家长会)
    before an arrival at a clock time: the errand is why they are late, not an outing."""
    late = lx.LATE_AT.search(text)
    if kind not in DUTY or late is None:
        return False
    return lx.PRIVATE_ERRAND.search(text) is not None or lx.FAMILY.search(text) is not None


def _said_by_self(text: str) -> bool:
    return lx.SELF.search(text) is not None or lx.NOW_WORDS.search(text) is not None


# 给单位的, 帮老李的, 替局里的: whose thing it is, right before it: the errand is done for them.
_FOR_WHOM = compile_lazy(rf"[给帮替为][^{lx.STOP}的]{{1,4}}$")
# A verb before the thing makes the thing the errand's object (去档案馆查…的资料, 去财政局送…的
# 报表, 去市局报…的材料), not what an event left behind (去区里开会的材料).
_FETCH = compile_lazy(r"查|取|拿|送|领|调阅|借|复印|收集|抄|核对|打印|报|交|递")


def _thing_after(text: str, errand: int, start: int, end: int) -> re.Match[str] | None:
    """The thing an event left behind (去区里开会的材料, 去水文站拿的数据) in text[start:end],
    unless a verb from the errand on makes it what the outing is for (去区档案馆查…的资料)."""
    thing = lx.ERRAND_NOUN.search(text, start, end)
    called = _JUST_CALLED.search(text, max(thing.start() - 6, 0)) if thing is not None else None
    if thing is not None and called is not None and called.end() == thing.end():
        return None  # 参加紧急会议 刚接的通知: the call that sends one, nothing left behind
    if thing is not None and _FOR_WHOM.search(text, max(errand, 0), thing.start()) is not None:
        return None  # 去车管所给单位的车办过户: the thing of the one the errand is for
    written_up = thing is not None and thing["noun"] == "情况"  # 检查的情况我写好了: found
    if thing is not None and not written_up and _FETCH.search(text, errand, thing.start()):
        # a verb right before 的 in the errand's own clause (去水文站拿的数据) is inside the
        # phrase naming the thing: got, not to get
        fetched = _FETCH.finditer(text, errand, thing.start())
        own_clause = _CLAUSE_ENDS.isdisjoint(text[max(errand, 0) : thing.start()])
        if not own_clause or any(not _got_thing(text, f, thing.start()) for f in fetched):
            return None
    if thing is not None and thing["noun"] in _VEHICLES:
        # 早上七点的车 is the speaker's departure; 坐去市里开会的车: the speaker rides
        if text[thing.start() - 1 : thing.start()] in lx.TC:
            return None
        if _RIDE.search(text, clause_around(text, errand)[0], thing.start()) is not None:
            return None
    return thing


def _got_thing(text: str, verb: re.Match[str], thing: int) -> bool:
    """The verb closes the phrase naming the thing (拿的数据), not a word of it (检查的资料)."""
    return verb.end() == thing and text[verb.start() - 1 : verb.start()] not in _WORD_BEFORE


# 刚接的通知, 刚来的电话: a call just received (lexicon.NOW_WORDS reads it as going now).
_JUST_CALLED = compile_gated(r"刚刚?(?:接到?|来|收到)的(?:通知|电话)")
_WORD_BEFORE = frozenset("检调审排督核巡抽备")  # 检查 调查 审查 … 调取: 查/取 ends a word
_VEHICLES = frozenset({"车", "车子", "大巴", "中巴", "班车", "专车", "公车"})
_RIDE = compile_lazy(r"坐|乘|搭|赶|上了|跟|蹭")  # 跟防汛办的车去…: riding along


_DURING = compile_gated(r"[^,.;:!?。\n]{0,4}?(?:那天|那几天|那两天|期间|的时候|那段时间)")
_BACK_FROM = compile_gated(rf"从[^{lx.STOP}]{{1,12}}?回(?:来|到)")


def _back_from(text: str, pos: int) -> bool:
    """The event named inside 从…回来 (从区里开会回来) is over: no new absence."""
    return any(m.start() < pos < m.end() for m in _BACK_FROM.finditer(text))


def _assigned(text: str) -> bool:
    """Named colleagues given a task (安排/派 X 去…) with no word of reporting it upward and
    no 我: the sender arranges, nobody reports an absence."""
    return (
        lx.ASSIGNS.search(text) is not None
        and lx.UPWARD.search(text) is None
        and lx.SPEAKER.search(text) is None
    )


def kept_by(text: str, pos: int) -> bool:
    """上午看牙，十点半到; 送孩子上学，九点到: the speaker's health or family before a bare
    到 makes it the arrival at work."""
    if lx.HEALTH.search(text) is not None or lx.FAMILY.search(text) is not None:
        return True
    if lx.PRIVATE_ERRAND.search(text) is not None or _OWN_AFFAIR.search(text) is not None:
        return True  # 补个胎，九点一刻到; 早上有个体检 十点半到: the speaker's own business first
    late = lx.LATE_AT.match(text, pos)  # 九点半到，先去银行: an errand done first keeps it too
    if late is not None and lx.OVERSLEPT.search(text) is not None:
        return late.end() == clause_around(text, pos)[1]  # 起晚了，九点一刻到 (not 九点到市局)
    return late is not None and (
        _errand_first(text, late) or _held_up_after(text, late) or _held_up_before(text, late)
    )


# 明天早上有个体检, 早上有点事: the speaker's own check-up or affair, with no place to go to.
_OWN_AFFAIR = compile_gated(r"体检|有(?:一?点|个)(?:急|私)?事(?:情|儿)?")


def _held_up(text: str) -> bool:
    late = lx.LATE_AT.search(text)
    return late is not None and _held_up_after(text, late)


def _held_up_after(text: str, late: re.Match[str]) -> bool:
    """八点四十到，电动车没电了: a bare arrival time opening the message, then in the next
    clause what holds the speaker up (lx.HELD_UP) is the speaker's own late arrival."""
    if late["verb"] not in ("到", "来") or late.end() >= len(text):
        return False
    start, end = clause_around(text, late.start())
    if start != 0 or _BARE_OPENING.fullmatch(text, start, late.start("verb")) is None:
        return False
    if end != late.end():  # 今天八点五十到路上有点事: voice input, no stop after 到
        return lx.HELD_UP.search(text, late.end(), min(end, late.end() + 7)) is not None
    return lx.HELD_UP.search(text, end + 1, clause_around(text, end + 1)[1]) is not None


def _held_up_before(text: str, late: re.Match[str]) -> bool:
    """路上堵 九点到, 公交没赶上，九点二十到: the way in holding the speaker up (lx.ON_THE_WAY),
    said before a bare arrival time that closes the message, makes it their late arrival, as
    said after it does; not where the message goes somewhere (坐公交去区法院，九点到)."""
    if late["verb"] not in ("到", "来") or text[late.end() :].strip(" ，,。.!！~～"):
        return False
    before = text[: late.start()]
    return lx.ON_THE_WAY.search(before) is not None and _GOING_BEFORE.search(before) is None


_ERRAND_FIRST = compile_gated(r"\s*(?:我|本人)?(?:要|得|需要)?先(?:去|到|把|送|办|跑|处理)")
_BARE_OPENING = compile_gated(rf"\s*(?:我|本人|·+)?{POINT}+\s*")  # ·: a name reported for


def _arrives_after_errand(text: str) -> bool:
    late = lx.LATE_AT.search(text)
    return late is not None and _errand_first(text, late)


def _errand_first(text: str, late: re.Match[str]) -> bool:
    """明早九点半到，先去银行办点事: the speaker's bare arrival (nobody else named, nothing
    after 到) and then, in the next clause with no new subject, what comes first (先…)."""
    if late["verb"] not in ("到", "来") or late.end() >= len(text):
        return False
    start, end = clause_around(text, late.start())
    joined = end != late.end() and _ERRAND_FIRST.match(text, late.end()) is not None
    if (end != late.end() and not joined) or _BARE_OPENING.fullmatch(
        text, start, late.start("verb")
    ) is None:
        return False
    after = late.end() if joined else end + 1  # 九点四十到 先去…: a voice pause, no comma
    if _ERRAND_FIRST.match(text, after) is None:
        return False
    first = text[after : clause_around(text, after)[1]]
    # 先去趟社保局: one's own papers, though the place is a 局
    return lx.PRIVATE_ERRAND.search(first) is not None or _FOR_THE_OFFICE.search(first) is None


# 先去市局送材料 is the office's errand: the morning stays an outing.
_FOR_THE_OFFICE = compile_gated(
    r"[局厅委会]|政府|法院|检察院|中心|[水泵闸]站|水库|堤|现场|工地|材料|文件|报表|资料"
)


def _off_to_work(text: str) -> bool:
    """我先走了，去区财政局送材料: leaving for a workplace or the office's business is an
    outing setting off, not leaving early (我先走了 去接孩子 is)."""
    if _FOR_THE_OFFICE.search(text) is None:
        return False
    return lx.PRIVATE_ERRAND.search(text) is None and lx.FAMILY.search(text) is None


def _leaves_for_work(text: str, pos: int) -> bool:
    """我三点走，去区法院出庭: leaving at a clock (no word of leaving early) for a workplace
    or the office's business named after it is the outing setting off (我三点走，去接孩子 is
    early leave)."""
    if lx.EARLY_WORD.search(text) is not None or _FOR_THE_OFFICE.search(text, pos) is None:
        return False
    return lx.PRIVATE_ERRAND.search(text) is None and lx.FAMILY.search(text) is None  # 家长会


def _goes_to(text: str, late: re.Match[str]) -> bool:
    """上午到银行送材料: a bare 到 with a place after it is a going there, not the arrival at
    work (so the bank is the outing's place, not the speaker's own errand first); 十点到局
    is the bureau, 九点四十到 先去… (spaces joined: 到先去) what comes before the arrival."""
    after = text[late.end() : late.end() + 1]
    if late["verb"] != "到" or after == "" or after in " 局先在再":
        return False
    return lx.MOVE.match(text, late.start("verb")) is not None


# Every reading _late_or_early makes opens with one of these (1 message in 100 has one).
_LATE_OR_EARLY = AnyOf(
    lx.LATE_DUR, lx.EARLY_DUR, lx.LATE_AT, lx.EARLY_AT, lx.EARLY_FOR, lx.LATE_BARE,
    lx.EARLY_BARE, lx.LEAVING_FIRST,
)  # fmt: skip


def _late_or_early(text: str) -> tuple[int, str] | None:
    """Where lateness (晚到) or leaving early (早退) is reported, and which."""
    if not _LATE_OR_EARLY.search(text):
        return None  # (one search says none of them matches)
    for pattern, kind in ((lx.LATE_DUR, "晚到"), (lx.EARLY_DUR, "早退")):
        m = pattern.search(text)
        if m is not None:
            return m.start(), kind
    late = lx.LATE_AT.search(text)
    if (
        late is not None
        and not _goes_to(text, late)
        and (
            late["verb"] not in ("到", "来")
            or lx.LATE_WORD.search(text)
            or kept_by(text, late.start())
            or lx.ONLY_ARRIVAL.fullmatch(text) is not None
        )
    ):
        return late.start(), "晚到"
    early = lx.EARLY_AT.search(text)
    bare = _BARE_LEAVING.search(text)  # 四点走, 4点一刻以后走: leaving at a clock time
    if early is not None and (
        early["verb"] not in ("走", "离开") or lx.EARLY_WORD.search(text) or bare
    ):
        return early.start(), "早退"
    early = lx.EARLY_FOR.search(text)
    if early is not None:
        return early.start(), "早退"
    bare = lx.LATE_BARE.search(text)
    if bare is not None:
        return bare.start(), "晚到"
    early_word = lx.EARLY_BARE.search(text)
    if early_word is not None and _TIME.search(text) is not None:
        return early_word.start(), "早退"  # 4点去接孩子，早走一会儿
    gone = lx.LEAVING_FIRST.search(text)
    if gone is not None and not _off_to_work(text):
        return gone.start(), "早退"  # 我先走了 去接孩子: leaving now, before the others
    return None


# --- the silence net: a guessed reading where the rules are silent ---------------------------

# What a message says on purpose that makes it no new absence of anyone's: the net never
# speaks over these (a question, a negation, a notice, a cancellation, a hypothesis, a
# return or a correction, work told as done, an order to someone). Named, so the measurement
# (bench/measure_silence_net.py) can say which one keeps which message silent.
REFUSALS: tuple[tuple[str, Pattern], ...] = (
    ("negated", lx.NEGATED),
    ("cancel", lx.CANCEL),
    ("dropped", lx.DROPPED),
    ("notice", lx.NOTICE),
    ("notice fixed", lx.NOTICE_FIXED),
    ("notice corrected", lx.NOTICE_CORRECTED),
    ("tool says", lx.TOOL_SAYS),
    ("form talk", lx.FORM_TALK),
    ("condition", lx.CONDITION),
    ("hypothetical", lx.HYPOTHETICAL),
    ("unsettled", lx.UNSETTLED),
    ("leave talk", lx.LEAVE_TALK),
    ("lateness talk", lx.LATENESS_TALK),
    ("late again", lx.LATE_AGAIN),
    ("visiting", lx.VISITING),
    ("past span", lx.PAST_SPAN),
    ("leisure done", lx.LEISURE_DONE),
    ("work done", lx.WORK_DONE),
    ("return", lx.RETURN_DONE),
    ("amend", lx.AMEND_STRONG),
    ("amend shift", lx.AMEND_SHIFT),
    ("task", lx.TASK),
    ("kin away", lx.KIN_AWAY),
    ("meeting here", lx.MEETING_HERE),
)


def refusal(skeleton: Skeleton) -> str | None:
    """The name of the deliberate refusal a message holds, or None (see :data:`REFUSALS`)."""
    text = _neutral(skeleton.text)
    for name, pattern in REFUSALS:
        if pattern.search(text) is not None:
            return name
    if any(_is_question(text, m.start()) for m in lx.QUESTION.finditer(text)):
        return "question"
    if _ASKS_OTHERS.search(_UNSURE.sub("", text)) is not None:
        return "asks others"
    if _PROCEDURE.match(text) is not None or _ASK_FOR_ME.match(text) is not None:
        return "procedure"
    if len(lx.EMPTY_FIELD.findall(text)) >= 2:
        return "template"
    if lx.SELF.search(text) is None and _visitors_or_junior(text):
        return "visitors"
    if _instructed(text) or _assigned(text):
        return "instruction"
    if lx.SELF.search(text) is None and (
        lx.ADDRESSED.search(text) is not None or lx.APPROVE.search(text) is not None
    ):
        return "addressed"  # 刘洋，你明天早点去北湖泵站: told to someone
    if lx.THAT_ONE.search(text) is not None or _back_from(text, len(text)):
        return "talked about"
    return None


def guess_intent(skeleton: Skeleton) -> Intent | None:
    """A new absence read from general cues where the rules found none, always in doubt (it
    is only ever asked about): None when the message holds a deliberate refusal or names
    someone unclearly (帮他…: whom?). The kind is the rules' own cue when there is one,
    else a meeting, training, trip, lateness, health, an errand or a family affair by its
    words, else 请假; the people are those the rules would name."""
    if refusal(skeleton) is not None:
        return None
    found = _people(_neutral(skeleton.text))
    if found is None:
        return None
    people, text = found
    late_or_early = _late_or_early(text)
    kind, pos, _ = kind_of(text)
    timing = kind is None and late_or_early is not None
    if timing and late_or_early is not None:
        pos, kind = late_or_early
    elif kind is None:
        kind, pos = _guessed_kind(text, people)
    if kind is None or (not people and pos >= 0 and _someone_else(text, pos)):
        return None  # no cue to read a kind from, or 他明天请假: someone else's
    return Intent("new", kind, people, text, (0, len(text)), timing_only=timing, doubt=True, at=pos)


def _guessed_kind(text: str, people: tuple[str, ...]) -> tuple[str | None, int]:
    """The kind by the words of the language alone, where the rules' cues (kind_of) name
    none: the speaker's health; a meeting or training someone goes to (我, those named, a
    place elsewhere); going somewhere or staying at a place (an outing, or a leave for the
    family's errand); a family affair the speaker has (我, 有事); None with no cue at all. A
    meeting or training nobody is said to go to, held nowhere named, stays a topic, as the
    rules have it (明天上午9点开会 tells the group of one)."""
    m = lx.HEALTH.search(text)
    if m is not None and lx.KIN.search(text) is None:
        return "病假", m.start()
    event = lx.TRAINING_WORDS.search(text) or lx.MEETING_WORDS.search(text)
    if event is not None:  # 参会人员：李局、陈主任: those named go to it
        if not people and lx.SELF.search(text) is None and lx.MOVE.search(text) is None:
            return None, -1  # 明天上午9点开会: a meeting told, nobody said to go to it
        return ("培训" if lx.TRAINING_WORDS.match(text, event.start()) else "会议"), event.start()
    m = lx.OUT_WEAK.search(text) or lx.MOVE.search(text) or lx.STAYING.search(text)
    if m is not None:
        return _errand_kind(text), m.start()
    m = lx.FAMILY.search(text)
    if m is None or (lx.SELF.search(text) is None and _AFFAIR_AT_HOME.search(text) is None):
        return None, -1  # 明天去家里看看: a visit home, nobody said to be away
    return "请假", m.start()


# 家里有事, 孩子有点事: an affair of the family's that keeps the speaker away.
_AFFAIR_AT_HOME = compile_gated(r"有(?:点|些|一点|急)?事")


# What the net reads with no time said: only an outing, a meeting or a training set out for now.
_SET_OUT_KINDS = frozenset({"外出", "会议", "培训"})


def outing_now(skeleton: Skeleton) -> Intent | None:
    """The silence net's guess for a message that names no time at all (去区公安分局调卷宗,
    闸门那边漏水我直接过去了): the speaker, or those named, setting out now for a place
    elsewhere or a field errand (lx.SETTING_OUT, lx.OUT_WEAK), with nothing that makes it
    something else than an outing now (lx.NOT_SETTING_OUT: done, planned, a habit, a need,
    talked about, someone else's, not going, leisure) and no refusal of the net's. Read as
    guess_intent reads it (外出, or 会议/培训 by its cues; the setting out itself where it
    has none); the period is from now, open (WRITING.md), set by the reader. None for
    anything else."""
    if skeleton.exprs_at:
        return None
    text = _neutral(skeleton.text)
    text = lx.SENT_PASSIVE.sub(r"去\g<by>", text)  # 被区政府叫去开会: goes, to who called them
    going = lx.SETTING_OUT.search(text) or lx.OUT_WEAK.search(text)
    # 不知道什么时候回: the return left open, not a time (时候) talked about
    told = _blank_all(text, lx.OPEN_RETURN) if going is not None else text
    if going is None or lx.NOT_SETTING_OUT.search(told) is not None:
        return None
    if refusal(skeleton) is not None or (found := _people(text)) is None:
        return None
    people, text = found
    kind, pos, _ = kind_of(text)
    if kind is None:
        kind, pos = _guessed_kind(text, people)
    if kind is None:  # 跑一趟区财政局: the setting out is the cue
        kind, pos = _errand_kind(text), going.start()
    if kind not in _SET_OUT_KINDS or (not people and pos >= 0 and _someone_else(text, pos)):
        return None
    return Intent("new", kind, people, text, (0, len(text)), doubt=True, at=pos)
