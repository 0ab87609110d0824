"""Spaces between Chinese characters: voice input puts them anywhere (明天 请 假 一 天), terse
messages put them between words and clauses (麻烦登记一下 老周明天去…). A space goes, or
becomes the clause bound or list mark it stands for; the text is read after this step and
the reason is cut from its result.
"""

from __future__ import annotations

import re

from bot.domain.pattern_gate import compile_lazy
from bot.domain.reader import lexicon as lx
from bot.domain.reader.frames import ONE_REFERRED, pronoun_asks
from bot.domain.reader.names import person_shaped
from bot.domain.reader.rosters import separated
from bot.domain.reader.text import normalize


def unspaced(text: str) -> str:
    """The message with voice input's character spacing undone (明 天 请 假 ， 去 医 院 →
    明天请假，去医院): where nearly every run between spaces is one character or one number,
    a single space says nothing and goes; a wider gap (two spaces or more) is the writer's own
    and stays one space (张 伟  陈 静, a roster; 刘 洋  12 月 3 日, a name and a date)."""
    if " " not in text:
        return text  # most messages: no search at all
    runs = text.split()
    if len(runs) < _SPACED_RUNS:
        return text
    single = sum(1 for run in runs if len(run) == 1 or _NUMBER.fullmatch(run) is not None)
    if single * _SPACED_SHARE < len(runs) * 10:
        return text  # words apart (明天 请假), not characters: join_spaces reads those
    return _GAP.sub(lambda gap: " " if len(gap.group(0)) > 1 else "", text.strip())


# Character spacing: at least six runs, nine in ten of them one character or one number.
_SPACED_RUNS = 6
_SPACED_SHARE = 11  # single * 11 >= runs * 10, i.e. at least 10 in 11
_NUMBER = compile_lazy(r"[0-9０-９]+(?:[.:：][0-9０-９]+)?")
_GAP = compile_lazy(r"[ \t\u3000]+")


def join_spaces(text: str, *, stops: bool = False) -> str:
    """The message with each space between Chinese characters removed or made a , or 、.
    With ``stops`` (the reader's own reading), a space after a sentence closed by 了 or a
    return, or after 报告领导, is a clause stop too; without, the text is joined as the
    learned second opinion was trained to see it."""
    if " " not in text and "\t" not in text and "\u3000" not in text:
        return text  # most messages: no search at all
    return _SPACES.sub(_joined_or_stop if stops else _joined, text)


def _joined_or_stop(space: re.Match[str]) -> str:
    before = space.string[: space.start()]
    if _REPORT_ADDRESS.fullmatch(before) is not None:
        return ","  # 报告领导 我已返回单位: the leader addressed, then the message
    left = _TOKEN_BEFORE.search(before)
    right = _TOKEN_AFTER.match(space.string, space.end())
    if left is not None and right is not None and _said_done(left.group(0), right.group(0)):
        return ","  # 学习班下午没课了 我回局里了: a sentence closed by 了, then the next
    if left is not None and right is not None and _leave_bound(left.group(0), right.group(0)):
        return ","  # 明天请假 情况晚点说, 带他去医院 请假一天: the leave is a clause of its own
    if _HEARSAY_AFTER.match(space.string, space.end()) is not None:
        return ","  # 请假 她 说 去给孩子办转学: what someone said opens a clause of its own
    if _TOLD_BEFORE.search(before) is not None:
        return ","  # 我 跟 您 说 一下 老 乜 今天 去…: the telling done, the news opens a clause
    return _joined(space)


# 说一下, 说 一 声, 报备 一下: the speaker's telling, closed, before what is told.
_TOLD_BEFORE = compile_lazy(r"(?:说|讲|报备|汇报|报)[ \t\u3000]*(?:一[ \t\u3000]*)?[下声]$")


# 她 说, 他说: a pronoun then 说 after a space, the words of the one reported on.
_HEARSAY_AFTER = compile_lazy(r"[他她]们?[ \t\u3000]*说(?![过好了])")


_SPACES = compile_lazy(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


def _joined(space: re.Match[str]) -> str:
    """Spaces between Chinese characters go, except the one closing an @mention and the one
    before a form's next field (请假人：王强 时间：…)."""
    before = space.string[: space.start()]
    at = before.rfind("@")
    if _FIELD.match(space.string, space.end()) is not None:
        return space.group(0)
    if at >= 0 and not re.search(r"\s", before[at:]):
        return space.group(0)
    if _WEEKDAY_BEFORE.search(before) and _WEEKDAY_AFTER.match(space.string, space.end()):
        return "、"  # 下周一 周三 周五上午: a list of days
    if _ADDRESS.fullmatch(before) is not None:
        if _named_apart(before, space):
            return "、"  # 李局 何副局长 今天…: two names standing apart are a list of who goes
        if pronoun_asks(space.string, space.end()):
            return ""  # 郑股长 今天晚到…，他微信让我说的: the name is whom 他 stands for
        return ","  # 李局 明天上午我去…: the leader addressed, then the message
    if _WORD_BEFORE.search(before) and _SUBJECT_AFTER.match(space.string, space.end()):
        return ","  # 麻烦登记一下 老周明天去…, 各位 我明天…: a new subject opens a clause
    if _DAY_BEFORE.search(before) and (day := _DAY_AFTER.match(space.string, space.end())):
        if space.string[day.end() : day.end() + 1] in (" ", "\t", "\u3000"):
            return "、"  # 明天 后天 去衡阳: each day standing alone, a list of days
        return ","  # 是后天 明天有会: two days side by side are two clauses
    left = _TOKEN_BEFORE.search(before)
    right = _TOKEN_AFTER.match(space.string, space.end())
    if left is not None and right is not None and _opens_clause(left.group(0), right.group(0)):
        return ","
    if left is not None and right is not None and _is_name(right.group(0)):
        if _is_name(left.group(0)):
            return "、"  # 张伟 陈静 孙丽 三个人 明天…: a list of names
        after = _TOKEN_AFTER.match(space.string, right.end() + 1)
        if after is not None and (after.group(0) == "和" or _is_name(after.group(0))):
            return ","  # 验收组 黄科 和 小周…: the list opens a clause of its own
    return ""


def _named_apart(before: str, space: re.Match[str]) -> bool:
    """The name before the space and the one after it each stand alone (李局 何副局长 今天…):
    a list of names, not the leader addressed (李局 小王明天… keeps the address)."""
    left = _TOKEN_BEFORE.search(before)
    right = _TOKEN_AFTER.match(space.string, space.end())
    return (
        left is not None
        and right is not None
        and lx.NAME.fullmatch(left.group(0)) is not None
        and _is_name(right.group(0))
        and space.string[right.end() : right.end() + 1] in (" ", "\t", "\u3000")
        and ONE_REFERRED.search(space.string) is None  # 晏主任 老符 今天…帮他请个假
    )


def _said_done(left: str, right: str) -> bool:
    """A run of words closed by a sentence particle (没课了, 好了啊) or by a return (已回)
    before a run of its own; not a slip owned (填错了 应该是…), which runs on into what it
    should be."""
    return (
        len(left) >= 3
        and left[-1] in "了啦啊呀吧哈"
        and len(right) >= 2
        and not left.endswith("错了")
    ) or (len(right) >= 2 and left.endswith(("已回", "刚回")))  # 我已回 材料交了


def _leave_bound(left: str, right: str) -> bool:
    """The leave asked for (请假, 请个假) is a clause of its own: words after it that are not
    its length (情况晚点说) open the next clause, and so does the leave after a place gone to
    (带他去医院 请假一天): joined, 请假情况 and 医院请假 would read as nouns."""
    if len(left) < 3 or len(right) < 2:
        return False  # 明天 请 假: voice input spells words apart
    if left.endswith(("请假", "请个假")) and _TIME_HEAD.search(left) is not None:
        return _LENGTH_HEAD.match(right) is None  # 下周的请假 取消了: the leave talked about
    return right.startswith("请") and _PLACE_END.search(left) is not None


# 请假 一天, 请假 半天, 请假 3天: the leave's length continues it.
_LENGTH_HEAD = compile_lazy(r"[一二两三四五六七八九十半几0-9０-９]")


def _opens_clause(left: str, right: str) -> bool:
    """明天上午请假 哦不对 是下午 上午要开会: a correction, or a time with words of its own
    after words that are not only a time, opens a clause."""
    if len(left) < 2:
        return False  # 明天 请 假: voice input spells words apart
    if _CORRECTION.match(right):
        return True
    head = _TIME_HEAD.match(right)
    return (
        head is not None
        and len(right) - head.end() >= 2
        and _ONLY_TIME.fullmatch(left) is None
        and (_TIME_HEAD.search(left) is not None or _PLACE_END.search(left) is not None)
    )


# 出去一下 到区税务局 今天不回来了: a place named closes the words before a time.
_PLACE_END = compile_lazy(r"[局院站库堤闸所厅委办镇乡村垸坝]$")


_CORRECTION = compile_lazy(r"(?:哦|啊|噢|呃)?(?:不对|不是|说错了|错了|口误)")
_TIME_WORD = (
    r"(?:[今明后昨]天|[上下中]午|晚上|早上|(?:下下?|本|这)?(?:周|星期|礼拜)[一二三四五六日天])"
)
_TIME_HEAD = compile_lazy(_TIME_WORD)
_ONLY_TIME = compile_lazy(rf"(?:到|至|从)?{_TIME_WORD}+")  # 是下午 closes a correction


def _is_name(token: str) -> bool:
    return (
        lx.NAME.fullmatch(token) is not None
        and token not in lx.NOT_SUBJECTS
        and _NOT_A_NAME.search(token) is None
    )


_NOT_A_NAME = compile_lazy(r"^周[一二三四五六日天末]|[段村镇乡河堤闸站库渠局股]$")
_DAY = r"(?:[今明后昨]天|[明后]儿)"
_DAY_BEFORE = compile_lazy(rf"(?<![\u4e00-\u9fff])(?:是|到|至)?{_DAY}$")
_DAY_AFTER = compile_lazy(rf"{_DAY}(?![\u4e00-\u9fff]?\s*(?:[到至~-]|$))")
_WEEKDAY = r"(?:周|星期|礼拜)[一二三四五六日天1-7]"
_WEEKDAY_BEFORE = compile_lazy(rf"(?<![\u4e00-\u9fff])(?:下下?|本|这)?{_WEEKDAY}(?:上午|下午)?$")
_WEEKDAY_AFTER = compile_lazy(rf"(?:下下?|本|这)?{_WEEKDAY}")
_TOKEN_BEFORE = compile_lazy(r"[\u4e00-\u9fff]+$")
_TOKEN_AFTER = compile_lazy(r"[\u4e00-\u9fff]+")


_WORD_BEFORE = compile_lazy(r"(?:^|[\s,，。.!！?？:：;；])[\u4e00-\u9fff]{2,}$")
_SUBJECT_AFTER = compile_lazy(
    rf"(?:我|本人|{lx.NAME.pattern})(?<![段村镇乡河堤闸站库渠])(?=[今明后下上这本周星礼\d去到在请休要和、])"
    r"[\u4e00-\u9fff]{2,}(?=$|[\s,，。.!！?？:：;；])"
)


_ADDRESS = compile_lazy(
    rf"\W*(?:@\S+\s*)?(?:各位)?(?:领导|局长|主任|书记|股长|局领导"
    rf"|{lx.NAME.pattern}(?<=[局长任记总科股]))(?:好|您好)?"
)
_REPORT_ADDRESS = compile_lazy(r"\W*(?:报告|汇报)(?:各位)?(?:领导|局长|局领导)(?:好|您好)?")
_FIELD = compile_lazy(r"[\u4e00-\u9fff]{1,5}[:：]")


def voice_stops(text: str) -> str:
    """A message with no stop at all (voice input drops them) with a clause stop put where a
    new clause plainly opens: a new time after words that are not a time (…对接审计整改，十一点半回;
    明天请假，下午到), a return after a finished deed (事办完了，已回办公室), the speaker after
    a sentence closed (会开完了，我回来了; 说一下，我下周二…). The reader sees the clauses a
    typed message has; a text with any stop of its own is left as it is."""
    if len(text) < _TWO_CLAUSES or _ANY_STOP.search(text) is not None:
        return text  # 明天请假: too short to hold two clauses; or stopped by the writer
    out: list[str] = []
    start = 0  # where the current clause began
    seen = normalize(text)  # same length: 夏午 read as 下午, 三点道五点 as 到
    for m in _OPENER.finditer(seen):
        at = m.start()
        if at - start < 2 or not _opens_here(seen, start, at, m):
            continue
        out.append(text[start:at])
        start = at
    if not out:
        return separated(text)
    out.append(text[start:])
    return separated(",".join(out))


def _opens_here(seen: str, start: int, at: int, m: re.Match[str]) -> bool:
    text = seen
    before = text[at - 1]
    if m.lastgroup == "time":
        left = text[start:at]
        return (
            before not in _TIME_LINKS
            and len(left) >= 3
            and _ONLY_TIME.fullmatch(left) is None
            and _SUBJECT_END.search(left[-_NAME_LONGEST:]) is None
            and _TIME_TAIL.match(text, m.end()) is None
            and _WORDS_AFTER.match(text, m.end()) is not None
            # one clause, one time: a new time opens a clause after one that had its own
            # time or named its place (…对接审计整改，十一点半回; not 欧阳晓峰和符琳今天…)
            and (
                _TIME_HEAD.search(left) is not None
                or _PLACE_GONE.search(left) is not None
                or seen.startswith(("现在", "马上"), at)
            )
        )
    if m.lastgroup == "done":
        return True
    if m.lastgroup == "back":
        return before in _CLOSED or _PLACE_END.match(before) is not None
    return before in _CLOSED or _TOLD_BEFORE.search(text, start, at) is not None  # who


_TWO_CLAUSES = 8  # 事办完了已回 (6) reads as it is; a dropped stop matters in longer talk
# Any stop, a line break or a space: the writer's own clause marks (then nothing is added);
# a colon or a question mark is no clause stop (报备：罗科长小谢今天去…下午回 has none).
_ANY_STOP = compile_lazy(r"[,，。.!！;；、\n\s~～…]")
_OPENER = compile_lazy(
    r"(?P<time>(?:大概|大约|预计|估计|可能|约)?(?:[今明后]天|[上下中]午|晚上|早上|明早|今早|现在"
    r"|马上|(?:下下?|本|这)?(?:周|星期|礼拜)[一二三四五六日天1-7]"
    r"|[一二三四五六七八九十两\d]{1,3}点|\d{1,2}月\d{1,2}[日号]))"
    r"|(?P<back>(?:已经?|刚刚?)(?:回|返|到))"
    r"|(?P<who>我(?![们局股办队单司的])|本人|[他她]们?)"
    # after a deed done or given up (办完了, 修好了, 不去了, 不参加了), the next clause
    r"|(?P<done>(?:(?<=[完好]了)|(?<=不[\u4e00-\u9fff]了)|(?<=不[\u4e00-\u9fff]{2}了))"
    r"(?![吗吧啊呀的呢哈啦么])(?=[\u4e00-\u9fff]{2}))"
)
# Before a time, what binds it to the words before it: a time (明天上午), a preposition
# (从, 到 and its slips 道 倒, 于, 在), a count (一下午), a subject (他们十点去).
_TIME_LINKS = frozenset(
    "从到至于在是起前后和与及或每等今明昨这本上下中周期拜天午晚早点半号日月第个两一二三四五六七八九十"
    "0123456789我他她们人的你您分刻大年—－-)）:：?？把被给对向跟为让叫比替帮道倒"
)
# A place gone to or stayed at closing the words (在区审计局, 去区委): not a unit as subject.
_PLACE_GONE = compile_lazy(r"[在去到赴回][\u4e00-\u9fff]{1,10}[局院站库堤闸所厅委办镇乡村垸坝里]$")
_WORDS_AFTER = compile_lazy(r"[\u4e00-\u9fff]")  # …开会上午: a time closing it opens nothing
_TIME_TAIL = compile_lazy(
    r"[的~\-]|[到至](?=[今明后这本下上中周星礼\d一二三四五六七八九十两])|以前|之前|前后"
)  # 明天的会, 周一到周三: one time
# Before a time, the one it belongs to (张局和小唐明天…, 规划股幸股长周四…, 三个人今天…).
_NAME_LONGEST = 7  # 欧阳副大队长: no name or subject is longer
_SUBJECT_END = compile_lazy(rf"(?:{lx.NAME.pattern}|我们?|[他她你您]们?|本人|大家|同志|人|位)$")
# A clause closed: a sentence particle or a finished deed.
_CLOSED = frozenset("了啦啊呀吧哈嘛完")


def clause_spaces(text: str) -> str:
    """A message whose only marks are spaces between clause-long runs (明天上午请假 去社保局
    补办医保卡 下午到): voice input that types a pause as a space; each such space is the stop
    the writer meant. Runs of words (明天 请假 一天) are left to :func:`join_spaces`."""
    if " " not in text and "\u3000" not in text:
        return text
    parts = _ANY_MARK.split(text)  # 各位领导，明天上午请假 去社保局 下午到，谢谢: each stretch
    if len(parts) == 1:
        return _clause_spaced(text)
    out, at = [], 0
    for part in parts:
        mark = text[at + len(part) : at + len(part) + 1]
        after_list = at > 0 and text[at - 1] in "、@"  # 周建华、罗平 今天…, @办公室 我…
        out.append((part if after_list else _clause_spaced(part)) + mark)
        at += len(part) + 1
    return "".join(out)


def _clause_spaced(stretch: str) -> str:
    """One stretch between marks, its gaps made stops where its runs are clause-long."""
    runs = stretch.split()
    if len(runs) < 2 or min(map(len, runs)) < _CLAUSE_LEAST:
        return stretch
    if sum(map(len, runs)) < _CLAUSE_MEAN * len(runs):
        return stretch
    return _CLAUSE_GAP.sub(_clause_gap, stretch)


def _clause_gap(gap: re.Match[str]) -> str:
    """A stop where the run after the gap opens a clause of its own (a new time with words
    after it, a return, the speaker, a condition); a list mark between times listed; else
    the gap as it is, for :func:`join_spaces` (下午两点半到四点半 区应急局开会: a time and its
    clause; 今天巡堤 姜畲段到响水段: words apart)."""
    left = _RUN_BEFORE.search(gap.string, 0, gap.start())
    right = _RUN_AFTER.match(gap.string, gap.end())
    if left is None or right is None:
        return gap.group(0)
    if _only_time(left.group(0)):
        listed = _LISTED_TIME.match(right.group(0)) is not None
        return "、" if listed else gap.group(0)  # 本周四下午 下周一上午请事假: times listed
    if _only_time(right.group(0)) or left.group(0).endswith("错了"):
        return gap.group(0)  # 填错了 应该是12月3号: the slip runs on into what it should be
    if _named_alone(left.group(0)):
        return gap.group(0)  # 王海涛 下午在响水乡…: a list's name and what it does, one clause
    return "," if _CLAUSE_OPENS.match(right.group(0)) is not None else gap.group(0)


# What opens a clause after a space: a time with words of its own (下午到, 今天上午调休), a
# return, the speaker, a condition, hearsay (…去河西泵站 听说配电柜跳闸了: why one goes).
_CLAUSE_OPENS = compile_lazy(
    r"(?:大概|大约|预计|估计|可能|约)?(?:[今明后昨]天|[上下中]午|晚上|早上|明早|今早|昨晚|现在|马上"
    r"|(?:下下?|本|这)?(?:周|星期|礼拜)[一二三四五六日天1-7]|[一二三四五六七八九十两\d]{1,3}点)"
    r"[\u4e00-\u9fff\d]"
    r"|(?:已经?|刚刚?)(?:回|返|到)|我(?![们局股办队单司的])|本人|如果|要是|假如|万一|听说|据说"
)


def _named_alone(run: str) -> bool:
    """王海涛, 欧阳晓东: a run that is a colleague's name and nothing else is the subject of
    the run after it, not a clause of its own."""
    return 2 <= len(run) <= 5 and lx.PERSON.fullmatch(run) is not None and person_shaped(run)


def _only_time(run: str) -> bool:
    """下午两点半到四点半, 二十分钟, 周四到周五两天; not 下午到 (an arrival)."""
    return _TIME_RUN.fullmatch(run) is not None and not run.endswith(("到", "至"))


_RUN_BEFORE = compile_lazy(r"[\u4e00-\u9fff\d:]+$")  # the words, not an emoji after them
_RUN_AFTER = compile_lazy(r"[\u4e00-\u9fff\d:]+")
_LISTED_TIME = compile_lazy(
    r"(?:下下?|本|这)?(?:周|星期|礼拜)[一二三四五六日天1-7]|\d{1,2}月\d{1,2}[日号]|[上下]午"
)
_TIME_RUN = compile_lazy(
    r"[今明后昨前天本这上下中午晚早凌晨周星期礼拜月日号零〇一二三四五六七八九十两半点到至分钟刻个小时整左右\d:]+"
)
_ANY_MARK = compile_lazy(r"[,，。.!！;；、:：?？\n@~～…]")
_CLAUSE_LEAST = 3  # no run shorter than three characters
_CLAUSE_MEAN = 5  # and five on average: clauses, not words
_CLAUSE_GAP = compile_lazy(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff\d])")
