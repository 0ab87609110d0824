"""Who goes and when it is told: an outing allotted to a count of people, or told after it
is over as work done, is no report of the speaker's.

**Allotted.** The subject a terse report drops is the speaker (明天下午去区财政局开会). Where
the message says who goes by a count of people (工程股去两个人, 各股室派一人, 办公室出一个人,
两名同志参加) and the speaker is not in it, the outing is an arrangement: the count answers
"who goes", and a count is nobody in particular. (带两个人去 is the speaker taking people
along; 一个人去 is going alone: neither is a count of goers.)

**Asked of me.** The mood that makes a message no report is the mood of its own clauses: a
question someone else put to the speaker, told (小王问我明天去不去，我明天下午去区财政局), is
the other person's question, not one the message asks; its words are left out where the
reader looks for a question (:data:`ASKED_OF_ME`).

**Told after.** An absence report looks forward: the speaker says where they will be (or
are) so that the office knows. The same words told after the outing is over, with its
result (下午去区财政局把材料交了，已办好 at 17:40; 上午跑了一趟区财政局，批文拿到了 at
14:00), are an account of work done: nobody is away any more and nothing is asked of the
office. What tells them apart is not the outing but the time it is told at and the aspect
it is told in:

- **over**: the whole period the rules read ends on the day it is said, at or before the
  moment it is said (a past day is the resolver's to ask about);
- **told done**: the message marks completion, by the perfective 了, the adverb 已/已经, a
  result complement (办完, 交好, 办妥, 拿到), or an outcome (顺利, 一切正常, 没问题).

Over and told done: silence. Over but not told done (下午3点到5点去区档案馆查资料 said at 17:40)
is a doubtful report: asked, never recorded. A report made late on purpose says so (补报,
忘了报, 补个备) and is left as read. Where the message names a day otherwise than as today
(12-03, 周三, 明天) a period read as today's may be a misread date: asked, never silenced
(so is one in a text with slips of key words, 夏午: the caller's to see).
Only outings, meetings, training and trips: they are work, so telling them afterwards is
news of work; leave told afterwards is still leave taken.
"""

from __future__ import annotations

from datetime import datetime

from bot.domain.pattern_gate import compile_gated
from bot.domain.reader import lexicon as lx

__all__ = ["ASKED_OF_ME", "OVER_DONE", "OVER_UNTOLD", "allotted", "told_after"]

# 小王问我明天去不去, 领导问过我…: someone else's question to the speaker, told (to the
# clause's end): neither a question the message asks nor anything the speaker says they do.
ASKED_OF_ME = compile_gated(
    rf"(?:{lx.NAME.pattern}|[他她]|领导|局长|主任|书记|有人|别人|同事|家里人|老婆|老公|爱人)"
    rf"(?:也|又|刚才|刚|昨天|今天|早上)?问(?:过|了)?我[^{lx.STOP}]*"
)

OVER_DONE = "done"  # over and told done: work told, no report
OVER_UNTOLD = "over"  # over, nothing says it is done: a doubtful report, asked

_DUTY = frozenset({"外出", "会议", "培训", "出差"})

# Completion: the perfective 了 after a verb (not 为了, 了解, 不了, 算了), 已/已经, a verb with its
# result (办完, 交好, 办妥, 领到, 拿回来), an outcome told (顺利, 一切正常, 没问题, 搞定).
_DONE = compile_gated(
    r"(?<![为除算不])了(?![解结不])|已"
    r"|[办看交开查送做弄谈签对跑审验核问学听](?:完|好|妥|掉)|完毕|结束|搞定|办妥"
    r"|[拿领取要借][到回]|顺利|一切正常|正常|没(?:有|什么|啥)?问题|无异常"
)
# A day named otherwise than as today (明天, 周三, 3号, 12-03): a period read as today's and over
# may be a date the reader did not understand, so it is only ever asked about.
_OTHER_DAY = compile_gated(r"[号日月周明]|星期|礼拜|后天|\d\s*[-./／]\s*\d")


def told_after(text: str, kind: str | None, end: datetime | None, now: datetime) -> str | None:
    """:data:`OVER_DONE` or :data:`OVER_UNTOLD` when a new absence of ``kind`` ending at
    ``end`` is over at ``now`` and not reported late on purpose; None otherwise (the reading
    stands)."""
    if kind not in _DUTY or end is None or end > now or end.date() != now.date():
        return None  # not over, or over on another day (a past day is asked about as such)
    if lx.LATE_REPORT.search(text) is not None:
        return None
    if _DONE.search(text) is None or _OTHER_DAY.search(text) is not None:
        return OVER_UNTOLD  # a day named beside it: a date misread may have made it today's
    return OVER_DONE


# A count of people as who goes: 去两个人, 派一人, 出一个人, 抽调两名同志; 两个人参加, 三名同志去
# (one alone only after a verb of sending: 一个人去 is going alone).
_COUNT = r"(?:[一两二三四五六七八九十几]+|\d+)\s*(?:个|名|位)?"
_COUNTED_GOERS = compile_gated(
    rf"(?<!带)(?:去|派|选派|出|抽|抽调|来|安排)\s*{_COUNT}(?:人|同志|同事|代表|干部)"
    r"|(?<![带和跟与同一])(?:[两二三四五六七八九十几]+|\d+)\s*(?:个|名|位)?(?:人|同志|同事)"
    r"(?:都)?(?:参加|参会|出席|去)"
)


# 带农水股两个同事去, 带上队里三个人: the count is who the speaker takes along.
_TAKEN_ALONG = compile_gated(
    rf"带(?:着|了|上)?[^{lx.STOP}]{{0,6}}?{_COUNT}(?:人|同志|同事)(?:一起|一道)?(?:去|到|下)"
)


def allotted(text: str) -> bool:
    """Whether ``text`` says who goes by a count of people, with the speaker not in it."""
    return (
        _COUNTED_GOERS.search(text) is not None
        and lx.SPEAKER.search(text) is None
        and _TAKEN_ALONG.search(text) is None
    )
