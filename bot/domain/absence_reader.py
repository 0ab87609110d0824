"""Reads a Chinese chat message as an absence report (请假/外出报备) — pure, no I/O.

``read_report("明天下午请假半天，孩子家长会", now)`` gives the report of DESIGN's command-line
contract: action (new, return, cancel, amend), kind, start, end, reason and the people it
is for. Anything that is not plainly a report (a question, a notice, a reminder to others,
news about a colleague) is :data:`NOT_A_REPORT`: a false record is worse than silence.

The work happens in :mod:`bot.domain.reader`: normalise the text, find the time
expressions, read the intent from what is left, then resolve the period under the office
conventions (working day 08:30–17:30, working days from the statutory calendar).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from itertools import pairwise
from zoneinfo import ZoneInfo

from bot.domain.bounds import OutOfRange, within
from bot.domain.chinese_dates.dates import (
    AM,
    DAWN,
    DAY,
    EVENING,
    NOON,
    PM,
    clock_time,
    days_from,
    part_times,
)
from bot.domain.chinese_dates.lexer import lex
from bot.domain.office import OfficeHours
from bot.domain.pattern_gate import AnyOf, compile_gated, compile_lazy
from bot.domain.reader import lexicon as lx
from bot.domain.reader.expressions import (
    Expr,
    Point,
    Range,
    Skeleton,
    Span,
    expressions,
    heading_alone,
    under_heading,
)
from bot.domain.reader.frames import unframed
from bot.domain.reader.fuzzy import twin_corrected
from bot.domain.reader.handed import Handed, handed_on
from bot.domain.reader.homophones import corrected
from bot.domain.reader.intent import (
    DUTY,
    Intent,
    Verdict,
    business_moved_after,
    clause_around,
    guess_intent,
    judged,
    kind_of,
    outing_now,
    record_asked,
)
from bot.domain.reader.mood import OVER_DONE, allotted, told_after
from bot.domain.reader.others_back import heard_back, told_back
from bot.domain.reader.period import (
    CALENDAR_KINDS,
    Period,
    compose,
    early_period,
    first_day,
    late_period,
    resumed_at,
)
from bot.domain.reader.reason import extract_reason
from bot.domain.reader.report_model import MODEL, ReportModel
from bot.domain.reader.resolve import Context, resolve_point
from bot.domain.reader.spacing import clause_spaces, join_spaces, unspaced, voice_stops
from bot.domain.reader.text import normalize, read_slips
from bot.domain.vocabulary import AbsenceKind
from bot.domain.workcalendar import WorkCalendar

__all__ = ["NOT_A_REPORT", "Report", "gated", "read_report"]

MAX_LENGTH = 300


_DEFAULT_CALENDAR = WorkCalendar()
_DEFAULT_OFFICE = OfficeHours()
# Voice input's sounds opening the message, set off by a space or a mark (哎 …, 嗯，…), and
# 那个 so set off before the speaker (喂 那个 我现在去…): rules that look at the message's
# opening (^我…, ^已回) or at its clauses read past them.
_OPENING_SOUND = compile_gated(
    rf"^\s*(?:(?:{lx.VOICE_SOUND}+|那个(?=[\s,，、]+我))[\s,，、.。!！~～…]+)+"
)


@dataclass(frozen=True)
class Report:
    """What a message reports. Non-reports have ``is_report`` false and nothing else."""

    is_report: bool
    action: str | None  # "new" | "return" | "cancel" | "amend"
    kind: str | None
    start: datetime | None
    end: datetime | None
    reason: str | None
    people: tuple[str, ...] = ()
    # A count or a date outside bot.domain.bounds (请假999999天, 9999年…): refused, not read.
    out_of_range: bool = False
    ask: bool = False  # a likely report with something doubtful: confirm before recording
    periods: tuple[tuple[datetime, datetime], ...] = ()  # several periods apart, in order

    def to_json(self) -> dict[str, object]:
        """The contract's object: ISO 8601 instants with offset, people as a list; for a
        non-report everything but ``is_report`` is null (DESIGN's command-line contract)."""
        periods = [{"start": a.isoformat(), "end": b.isoformat()} for a, b in self.periods]
        found: dict[str, object] = {
            "is_report": self.is_report,
            "action": self.action,
            "kind": self.kind,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "reason": self.reason,
            "people": list(self.people) if self.is_report else None,
            "ask": self.ask if self.is_report else None,
            "periods": periods or None,
        }
        if self.out_of_range:
            found["out_of_range"] = True
        return found


NOT_A_REPORT = Report(False, None, None, None, None, None, ())
# The same non-report, told apart by identity only: the reading of a text in which no reader of
# the rules found a report's shape at all (intent.judged None), the only silence the silence
# net may speak into. Equal to NOT_A_REPORT in every field, so nothing else can tell them
# apart; read_report never returns it.
_SHAPELESS = Report(False, None, None, None, None, None, ())


def read_report(
    text: str,
    now: datetime,
    office: OfficeHours = _DEFAULT_OFFICE,
    calendar: WorkCalendar | None = None,
    *,
    second_opinion: bool = True,
) -> Report:
    """The report ``text`` makes, read at ``now`` (timezone-aware; results are in its zone).

    With ``second_opinion`` (the default), a new absence the rules would record is asked
    about instead when the learned model finds the text unlike a report
    (:mod:`bot.domain.reader.report_model`), and a text the rules stay silent on that the
    model is sure is a report may be asked about by the silence net (:func:`net_reading`);
    off, the rules' reading alone (for scoring). Either way, a text with sound or shape
    slips of key words is read again with them corrected (:mod:`bot.domain.reader.homophones`):
    where the rules are silent, or where the corrected text reads otherwise (赔产假 read as
    产假); that reading is only ever asked about.

    The message is read without the words that frame it (an address, an act of reporting,
    a closing: :mod:`bot.domain.reader.frames`); only where that says nothing is the whole
    message read (a greeting line may be what sets the speaker's own lines apart). A report
    handed on for a colleague (替小李报个备：她…, 陈主任让我说一声，他…) is read as the
    colleague's own words (:mod:`bot.domain.reader.handed`) and made for them."""
    text = unspaced(text)  # voice input's 明 天 请 假: every reading, the model's too, joined
    text = _OPENING_SOUND.sub("", text)  # 哎 我明天…: the sound is no word of the message
    found = _read_unframed(text, now, office, calendar, second_opinion)
    if found.action == "new" and not found.ask and heading_alone(text):
        return replace(found, ask=True)  # 报一下下周外出：, the list to follow in a message
    if found.action == "new" and not found.ask and _holiday_undated(text):
        return replace(found, ask=True)  # 春节前请两天年假: which two days, the engine can't say
    return found


# A holiday by its name, which the date engine does not place (元旦前, 春节后, 国庆前一天, 节前).
_HOLIDAY = compile_gated(
    r"元旦|春节|过年|年前|年后|国庆|清明|五一|劳动节|端午|中秋|节前|节后|假期前"
)


def _holiday_undated(text: str) -> bool:
    """春节前请两天年假: a holiday named where the message gives no day of its own, so a
    length counted from today (WRITING.md's reading of a length alone) is a guess: asked."""
    if _HOLIDAY.search(text) is None:
        return False
    return not any(
        isinstance(e, Range) or (isinstance(e, Point) and e.date is not None)
        for e in expressions(normalize(text))
    )


def _read_unframed(
    text: str,
    now: datetime,
    office: OfficeHours,
    calendar: WorkCalendar | None,
    second_opinion: bool,
) -> Report:
    """:func:`read_report` of a message without the words that frame it, where they say
    nothing; the whole message otherwise."""
    bare = unframed(text)
    if bare.text == text:
        return _read_report(text, now, office, calendar, second_opinion)
    found = read_report(bare.text, now, office, calendar, second_opinion=second_opinion)
    if not found.is_report:
        # an act of reporting may be all that makes it a report (报告：防汛办今日派员赴…);
        # it is read with the act, without the closing (…，请各位领导知悉)
        whole = _read_report(bare.told, now, office, calendar, second_opinion)
        # 王局，今天去区发改局对接了…: where the body alone says nothing, an address or a
        # closing adds no report; only a reading the whole message makes outright stands
        # (各位早上好\n今天上午我去…: the greeting line sets the speaker's own lines apart)
        return whole if bare.reported or not whole.ask else found
    if found.ask and bare.reported:
        # 报告：防汛办龙飞…今天去…: the act of reporting says the colleagues are reported,
        # not talked about; the body says the rest
        whole = _read_report(bare.told, now, office, calendar, second_opinion)
        if whole.is_report and not whole.ask:
            return replace(found, ask=False)
    return found


def _read_report(
    text: str,
    now: datetime,
    office: OfficeHours,
    calendar: WorkCalendar | None,
    second_opinion: bool,
) -> Report:
    """:func:`read_report` of a message read whole, frames and all: a report handed on for a
    colleague as their own words, else as written."""
    framed = handed_on(text) if len(text) <= MAX_LENGTH else None
    if framed is not None:
        own = _for_them(framed, now, office, calendar, second_opinion)
        if own is not None:
            return own
    return _read_as_written(text, now, office, calendar, second_opinion)


def _read_as_written(
    text: str,
    now: datetime,
    office: OfficeHours,
    calendar: WorkCalendar | None,
    second_opinion: bool,
) -> Report:
    """The rules' reading of the message, with the learned second opinion and the
    corrected slips (see :func:`read_report`)."""
    found = _read_message(text, now, office, calendar)
    if not found.is_report:
        back = _colleague_back(text, now)  # 老王回来了: the rules hear news, a return is likely
        if back is not None:
            return back
        # The net re-reads the whole text as the rules did, with their verdict; where they
        # found a report's shape (a refusal, or an intent whose period came to nothing) it
        # stays silent, so the model is not asked.
        shapeless = found is _SHAPELESS
        found = _slipped(text, now, office, calendar)
        if found.is_report or not second_opinion or not shapeless or not _net_may(text):
            return found
        return net_reading(text, now, office, calendar)
    if found.action == "new" and not found.people and allotted(text):
        return NOT_A_REPORT  # 明天下午去区财政局开会，工程股去两个人: an arrangement
    if found.action == "new" and found.kind in DUTY and _ended_news(text):
        return NOT_A_REPORT  # 区工会的培训下午结束了，证书下周发: news of the event
    if found.action == "new":  # 下午去区财政局把材料交了，已办好 at 17:40: work told, no report
        end = found.periods[-1][1] if found.periods else found.end
        told = told_after(text, found.kind, end, now)
        if told == OVER_DONE and corrected(text) is None:
            return NOT_A_REPORT  # (with a slip, 夏午 read as 上午 may be what put it past: asked)
        found = replace(found, ask=True) if told is not None else found
    found = gated(found, text) if second_opinion else found
    if found.action == "return":
        found = _whose_return(found, text)
    if found.action == "return" and not found.ask and _event_over_only(text):
        found = replace(found, ask=True)  # 档案馆培训结束了，明天起按新标准…: maybe news
    fixed = corrected(text) if len(text) <= MAX_LENGTH else None
    if fixed is None and found.ask and len(text) <= MAX_LENGTH:
        fixed = twin_corrected(text)  # a doubtful reading: 明天秦假一天 is no 秦假's leave
    if fixed is None:
        return found
    again = _read_message(fixed, now, office, calendar)
    if not again.is_report or replace(again, ask=found.ask, reason=found.reason) == found:
        return found  # the slip changes nothing the rules read (the reason is as typed)
    return replace(again, ask=True)


def _colleague_back(text: str, now: datetime) -> Report | None:
    """A colleague's return told as a plain statement (:mod:`bot.domain.reader.others_back`):
    their return now, asked about unless an act of reporting says it is reported."""
    told = told_back(text)
    if told is None:
        return None
    minute = now.replace(second=0, microsecond=0)
    return Report(
        True, "return", str(AbsenceKind.RETURN), None, minute, None, told.people,
        ask=not told.reported,
    )  # fmt: skip


def _whose_return(found: Report, text: str) -> Report:
    """A return the rules read where the message is a colleague's return told plainly: the
    colleagues its whole parse names (文斌观测提前结束了，刚回到局里 is no speaker's own;
    谭晓燕开完会回来了 names 谭晓燕, not 谭晓), recorded when an act of reporting says so
    (刘洋已经回到单位了，销假), asked when the rules took it for the speaker's own; one seen
    or heard of (看到贺局到单位了, 我看老王回来了) is news, not the speaker's own return."""
    told = told_back(text)
    if told is None:
        return NOT_A_REPORT if not found.people and heard_back(text) else found
    if not found.people:
        return replace(found, people=told.people, ask=found.ask or not told.reported)
    return replace(found, people=told.people, ask=found.ask and not told.reported)


def _ended_news(text: str) -> bool:
    """An event told as over (…结束了) with nobody said to go anywhere: news of it."""
    return lx.ENDED_NEWS.search(text) is not None and lx.GOING_SAID.search(text) is None


def _event_over_only(text: str) -> bool:
    """A return read from a course or meeting over alone (lexicon.EVENT_OVER), nobody said
    to come back and the speaker not named: it may be news of the event."""
    return lx.EVENT_OVER.search(text) is not None and lx.BACK_SAID.search(text) is None


def _net_may(text: str) -> bool:
    """Whether the silence net may read a message the rules are silent on: the model is
    sure of it, or it is nothing but a setting out (去法院, 到金霞垸巡堤), which the net
    itself still has to read as an outing now (it names no time, or it stays silent)."""
    if MODEL.sure(text):
        return True
    bare = "".join(text.split())  # 去 法 院, 到双马镇 看堤: voice input's spaces are no clause
    return (
        len(bare) <= lx.TELEGRAPH_LENGTH and lx.TELEGRAPH_OUTING.search(normalize(bare)) is not None
    )


_COUNTED = compile_lazy(r"[\d一二两三四五六七八九十几]+[个位名]")


def _for_them(
    handed: Handed,
    now: datetime,
    office: OfficeHours,
    calendar: WorkCalendar | None,
    second_opinion: bool,
) -> Report | None:
    """The report a frame hands on: the colleague's own words read as a self-report, made
    for them; where those words are no report, the body told of them (小李送孩子去医院了),
    as the rules read news of a colleague. None when neither reads as a report for them
    (then the message is read as it stands)."""
    own = read_report(handed.plain, now, office, calendar, second_opinion=second_opinion)
    if (not own.is_report or own.ask) and handed.plain != handed.own:
        # 我…: the speaker's clause is told from asides by its 我 (see intent._own_clause)
        alt = read_report(handed.own, now, office, calendar, second_opinion=second_opinion)
        if alt.is_report and (not own.is_report or not alt.ask):
            own = alt
    if own.is_report and own.ask and handed.relayed:
        return None  # 刚才李局打电话说明天的会改到下午: maybe news the caller passed on
    if own.is_report and (not own.people or "我" in handed.own):
        # the colleague in the speaker's place, anyone going with them besides
        people = handed.people + tuple(p for p in own.people if p not in handed.people)
        # every 我 in the words read stands for the colleague: the reason says them as written
        reason = own.reason.replace("我", handed.them) if own.reason else own.reason
        return replace(own, people=people, reason=reason)
    if (
        own.is_report
        and own.people
        and handed.plain.lstrip().startswith(own.people[0])
        and _COUNTED.match(handed.people[0]) is None  # 帮两个人报一下：…: the rules' lists
    ):
        return own  # 帮张工报一下：张伟今天…: the words name who is away themselves (张工 asked)
    told = read_report(handed.about, now, office, calendar, second_opinion=second_opinion)
    sure = not (told.ask and handed.relayed)
    if told.is_report and set(handed.people) <= set(told.people) and sure:
        return told
    return None


def _rules_or_guess(skeleton: Skeleton) -> Intent | None:
    """The rules' intent; where no reader of the rules found a report's shape at all (not
    where one recognised the message and refused it), the silence net's guess: from general
    cues where the message names a time, an outing set out for now where it names none."""
    found = judged(skeleton)
    if found is None and skeleton.exprs_at:
        return guess_intent(skeleton)
    if found is None:
        return outing_now(skeleton)  # 去区公安分局调卷宗: no time, setting out now
    return found if isinstance(found, Intent) else None


def net_reading(
    text: str,
    now: datetime,
    office: OfficeHours = _DEFAULT_OFFICE,
    calendar: WorkCalendar | None = None,
    intent_of: Callable[[Skeleton], Intent | None] = _rules_or_guess,
) -> Report:
    """The silence net's question for a message the rules are silent on (the caller has the
    model's word that it reads like a report): a new absence guessed from general cues, its
    period by the rules' own machinery; always asked about. Silence when the
    message holds a deliberate refusal, names no time, or its period is over before it is
    said (news)."""
    prepared = _prepared(text)
    if prepared is None:
        return NOT_A_REPORT
    text, calendar = prepared, calendar or _DEFAULT_CALENDAR
    found = _read(text, now, office, calendar, intent_of)
    if not found.is_report or found.action != "new" or found.out_of_range:
        return NOT_A_REPORT
    if not found.people and allotted(text):
        return NOT_A_REPORT  # …，工程股去两个人: who goes is a count, an arrangement
    if found.start is None or found.end is None:
        found = _set_out_now(found, text, Context(now, office, calendar, text))
    if found.start is None or found.start.date() < now.date():
        return NOT_A_REPORT  # 昨天去区里开会到六点才回: told after the day
    if found.end is not None and found.end <= now:
        return NOT_A_REPORT  # 上午去行政审批局把证领回来了 said at noon: over, news
    return replace(found, ask=True)


def _set_out_now(found: Report, text: str, ctx: Context) -> Report:
    """An outing, meeting or training the net reads in a message naming no time at all
    (去区公安分局调卷宗) is away from now (08:30 when said before it), back at an hour not
    said (WRITING.md), or at closing when the speaker does not come back (直接回家了); said
    after closing or on a day off, it is no absence from work (silence)."""
    if found.kind not in DUTY or _names_time(text):
        return found
    today = ctx.today
    if not ctx.is_workday(today) or ctx.now >= ctx.day_end(today):
        return NOT_A_REPORT
    start = max(ctx.minute, ctx.day_start(today))
    back = lx.NOT_COMING_BACK.search(text) or lx.BY_CLOSING.search(text)
    end = ctx.day_end(today) if back is not None else found.end
    return replace(found, start=start, end=end)


def _slipped(
    text: str, now: datetime, office: OfficeHours, calendar: WorkCalendar | None
) -> Report:
    """Silence, or a question when the text reads as a report with its homophone slips and
    fuzzy-pinyin twins of key words corrected (情假, 秦假 → 请假): a corrected slip is a
    guess, so it is never recorded."""
    if not text or len(text) > MAX_LENGTH:
        return NOT_A_REPORT
    fixed = corrected(text, strict=False)
    fixed = twin_corrected(fixed or text) or fixed  # 秦假: a fuzzy-pinyin twin of 请假
    if fixed is None:
        return NOT_A_REPORT
    found = _read_message(fixed, now, office, calendar)
    if not found.is_report:
        return NOT_A_REPORT
    if found.action == "new" and not _names_time(fixed):
        return NOT_A_REPORT  # a new absence guessed needs a day or a time (虚情假意)
    return replace(found, ask=True)  # a return needs none (提前秽来了, 帮他晓假)


# 外出：姜畲大堤巡查，下午3点回, 明天外出：…: the speaker's own kind written as the message's
# heading (a day may come first), the form the bot's help shows. The writer declares a
# report; the model, whose P for these terse forms sits near its threshold, does not
# second-guess it. Not 会议： or 培训： (a notice's heading) nor 销假.
_DECLARED = sorted(
    (
        str(k)
        for k in AbsenceKind
        if k not in (AbsenceKind.MEETING, AbsenceKind.TRAINING, AbsenceKind.RETURN)
    ),
    key=len,
    reverse=True,
)
# Gated: most messages hold no colon, and the engine is not asked there.
_KIND_HEADING = compile_gated(r"\s*[^，,。；;：:\n]{0,8}?(?:" + "|".join(_DECLARED) + r")\s*[:：]")


def gated(found: Report, text: str, model: ReportModel = MODEL) -> Report:
    """A record becomes a question when P(report | text) is below the model's threshold;
    silence, questions, returns, cancels and corrections are left as they are, and the
    reading itself (kind, dates, people) is never changed. A message headed by its kind
    (外出：…) is a declared report and is not doubted."""
    if not found.is_report or found.ask or found.action != "new" or found.out_of_range:
        return found
    if _KIND_HEADING.match(text):
        return found
    return replace(found, ask=True) if model.doubts(text) else found


def _prepared(text: str) -> str | None:
    """The text every reading starts from, or None when there is nothing to read (empty, or
    over :data:`MAX_LENGTH`): voice input's false starts dropped (老 老谭明天晚到)."""
    if not text or not text.strip() or len(text) > MAX_LENGTH:
        return None
    return _STUTTER.sub("", text) if " " in text else text


def _names_time(text: str) -> bool:
    """Whether the text names a day or a time at all (a guess needs one to stand on)."""
    return bool(expressions(read_slips(normalize(text))))


def _after_banter(text: str) -> str:
    """我中暑了。。开玩笑的…说正事：明天下午去…: only what follows the turn back to business
    is meant; the joke before it reports nothing."""
    turn = lx.BACK_TO_BUSINESS.search(text)
    if turn is None:
        return text
    rest = text[turn.end() :].lstrip(" \t:：,，。.!！~～")
    return rest or text


# Zones whose utcoffset is never None (a zone database's rules, a fixed offset): a ``now`` in
# one is aware without asking it (the ask looks the instant up in the zone's table).
_ALWAYS_AWARE = (ZoneInfo, timezone)


def _read_message(
    text: str, now: datetime, office: OfficeHours, calendar: WorkCalendar | None
) -> Report:
    zone = now.tzinfo
    if zone is None or (type(zone) not in _ALWAYS_AWARE and now.utcoffset() is None):
        raise ValueError("now must be timezone-aware")
    prepared = _prepared(text)
    if prepared is None:
        return NOT_A_REPORT
    text = _after_banter(prepared)
    calendar = calendar or _DEFAULT_CALENDAR
    own = _own_sentence(text)
    if own > 0 and _asks_then_wishes(text, own):
        pass  # 婚假可以分两次休吗？我想先休一周…: a plan hanging on the answer
    elif (
        own > 0
        and not _day_alone_before(text, own)
        and not under_heading(text)  # 下周安排：\n周一我去…: the heading's week is the line's
        and not _read(text[:own], now, office, calendar).is_report
    ):
        # 刚开完碰头会，大家辛苦了。我明天上午去区法院出庭: chatter, a notice or work told
        # first, then the speaker's own sentence; that sentence is the report.
        tail = _read(text[own:], now, office, calendar)
        # 考勤表谁在统计？我周二那天是外出不是请假: a correction of the record asked about
        about_record = tail.action == "amend" and record_asked(text[:own])
        if tail.is_report and not about_record:
            return tail
    turns = _later_turns(text)
    # 今天雨不大各站都正常我明天去北湖看看: the turn names its own day; 今天 is the news's
    if _day_turn(text, turns) and not _read(text[: turns[0]], now, office, calendar).is_report:
        tail = _read(text[turns[0] :], now, office, calendar)
        if tail.is_report:
            return tail
    for at in _under_work_heading(text):
        line = _read(text[at:], now, office, calendar)  # 今天巡查情况：…\n另：明天上午我…
        if line.is_report:
            return line
    whole = _read(text, now, office, calendar)
    if whole.is_report:
        return whole
    kept = _without_closing_asks(text)
    if kept != text:  # …明天早上晚到半小时\n@黎会计 麻烦先帮我收一下: the ask is beside it
        found = _read_message(kept, now, office, calendar)
        if found.is_report:
            return found
    for at in turns:
        if _read(text[:at], now, office, calendar).is_report:
            break
        # 各位领导好\n记录已经交了\n明天上午去区里…; 李局早昨晚雨量不大我上午去泵站…中午回
        tail = _read(text[at:], now, office, calendar)
        if tail.is_report:
            return tail
    return whole


# Typing slips of day words and leave kinds (厚天 for 后天, 名早 for 明早, 请一天是假 for 事假),
# read as meant where nothing else fits; same length, so positions stay.
_DAY_SLIPS = compile_gated(
    r"厚天|名(?=[天早晚])|(?<=[一两二三四五六七八九十半\d]天)是假(?![的话])|(?<=请个)是假"
)
_DAY_SLIP_TO = {"厚天": "后天", "名": "明", "是假": "事假"}


def _day_meant(m: re.Match[str]) -> str:
    return _DAY_SLIP_TO[m.group(0)]


# A lone character, a space, then a word opening with it (老 老谭, 刘 刘洋): a false start.
_STUTTER = compile_gated(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])\s+(?=\1)")


# After a line of greeting or work told, a line that opens with a day (明天上午去…); in voice
# input with no punctuation, the speaker turning to their own day (…都正常我上午去…,
# …补好了今天上午我去…). Not after a notice, a heading, someone's words or a condition.
_DAY_LINE = compile_gated(
    r"[\s]*(?:今天|明天|后天|明早|明晚|今早|下周|本周|这周|周[一二三四五六日末]|星期[一二三四五六日天]"
    r"|\d{1,2}月\d{1,2}[日号])"
)
_UNPUNCTUATED = compile_gated(r"[,，。.;；:：!！?？\n、]")
_VOICE_TURN = compile_gated(  # a day before 我 (今天上午我去) or right after it (我上午去)
    r"(?:[今明后]天|[上下中]午|早上|明早)(?:[上下中]午|早上)?我(?![们局股办队单司的])"
    r"|我(?=[今明后]天|[上下中]午|早上|现在|马上|一会|等会)"
)
_NAMES_DAY = compile_gated(r"[今明后]天")
_HEAD_BARS = compile_gated(r"说|让|叫|要求|安排|问|如果|假如|要是|万一|的话|通知|打算|想")


def _day_turn(text: str, turns: list[int]) -> bool:
    """A voice turn to 我 naming its own day (我明天…, 今天上午我…) after news with no 我
    in it (我爱人今天早上生了 我明天开始休… keeps the first part as the reason)."""
    if not turns or "\n" in text or " " in text or lx.SPEAKER.search(text, 0, turns[0]):
        return False
    return _NAMES_DAY.search(text, turns[0], turns[0] + 8) is not None


def _later_turns(text: str) -> list[int]:
    """Where the speaker's own report may begin after other talk with no sentence mark."""
    if "\n" in text:
        turns = []
        for m in re.finditer("\n", text):
            head = text[: m.end()].rstrip()
            if head.endswith((":", "：")) or lx.NOTICE.search(head) is not None:
                break
            if _DAY_LINE.match(text, m.end()) is not None and text[m.end() :].strip():
                turns.append(m.end())
        return turns
    if _UNPUNCTUATED.search(text) is not None:
        return []
    for m in _VOICE_TURN.finditer(text):
        if m.start() >= 4:
            return [] if _HEAD_BARS.search(text, 0, m.start()) is not None else [m.start()]
    return []


# The heading of a day's work told (今天巡查情况：, 今日工作汇报：): the lines under it are work
# done that day; a later line opening with a day of its own (另：明天上午我…) is the report, on
# its own day, not the heading's.
_WORK_HEADING = compile_gated(r"^\W*(?:今天|今日|本日)[^\n:：]{0,10}[:：][^\S\n]*\n")
# 报销的发票我贴好了\n明天早上晚到…: a first line of the speaker's own work done is no notice,
# whatever it names (报销), and the line after it with its own day is read alone.
_OWN_WORK_DONE = compile_gated(
    r"^[^\n]{0,12}我[^\n]{0,10}(?:好了|完了|交了|发了|报了|弄好|做好|贴好|交好)[^\n]{0,6}\n"
)
# 今日工作小结：, 本周工作汇报：: the message heads itself as an account of work, so what it
# tells of an outing already over is that work, not an absence reported.
_WORK_SUMMARY = compile_gated(
    r"(?:^|[,，:：\n])\W*(?:今天|今日|本日|当日|本周|这周|上午|下午)?的?工作(?:小结|总结|汇报|日志|简报|记录|情况)[:：]"
)
_AFTER_ASIDE = compile_gated(r"[^\S\n]*(?:另外?|还有|补充)[:：,，]?")


def _under_work_heading(text: str) -> list[int]:
    """Starts of the lines under a heading of today's work, or after a first line of the
    speaker's own work done, that open with their own day."""
    if _WORK_HEADING.match(text) is None and _OWN_WORK_DONE.match(text) is None:
        return []
    starts = []
    for m in re.finditer("\n", text):
        at = m.end()
        aside = _AFTER_ASIDE.match(text, at)
        at = aside.end() if aside is not None else at
        if _DAY_LINE.match(text, at) is not None:
            starts.append(at)
    return starts


# A closing line asking someone for something (@黎会计 麻烦先帮我收一下, 周五的值班麻烦谁帮我顶一下,
# 上午的会麻烦老易帮我记一下, …别迟到): a request beside the report, not part of it.
_CLOSING_ASK = compile_gated(r"\n[^\n]*(?:@|麻烦|帮我|帮忙|拜托|劳驾|你把|别迟到|准时到)[^\n]*\s*$")


def _without_closing_asks(text: str) -> str:
    """The message without its closing lines of requests, when a line of its own is left."""
    kept = text
    while (m := _CLOSING_ASK.search(kept)) is not None and kept.count("\n") > 1:
        kept = kept[: m.start()]
    return kept if "\n" in kept else text


# A sentence the speaker opens (另外我…, 对了，本人…, 下午两点半我要去…): where a report after
# other talk begins.
_SENTENCE_START = compile_gated(r"[。！？!?\n]")
_OWN_OPENING = compile_gated(
    r"[\s,，、…~]*(?:另外|对了|还有|顺便说一下|顺便|然后|再就是|补充一下|补充)?[\s,，、:：…~]*"
    r"[今明后天上下中午晚早周星期礼拜零〇一两二三四五六七八九十日号月点半刻时分\d:：./]{0,10}"
    r"(?:我(?![们局股办队单司])|本人)"
)


# 明天（12月3日）上午\n我去区审计局…: a line with nothing but a day, the report's own day.
_DAY_ALONE = compile_gated(
    r"[\s(（]*[今明后昨天上下中午晚早凌晨周星期礼拜零〇一两二三四五六七八九十日号月点半刻时分\d:：.()（）、-]{2,}\s*$"
)


def _day_alone_before(text: str, own: int) -> bool:
    """The line just before the speaker's sentence names only its day (a form's layout)."""
    head = text[:own].rstrip()
    line = head[head.rfind("\n") + 1 :]
    return "\n" in text[own - 1 : own] and _DAY_ALONE.match(line) is not None


_ASKED = compile_gated(r"[?？]|吗|能不能|可不可以")
_WISH = compile_gated(r"想|打算|准备|考虑")


def _asks_then_wishes(text: str, own: int) -> bool:
    """A question about the rules, then what the speaker would like with no day named."""
    tail = text[own:]
    return (
        _ASKED.search(text, 0, own) is not None
        and _WISH.search(tail) is not None
        and not any(t.kind == "date" for t in lex(read_slips(normalize(tail))))
    )


def _own_sentence(text: str) -> int:
    """Where the first sentence after the first one that the speaker opens begins, or 0."""
    for m in _SENTENCE_START.finditer(text):
        if _OWN_OPENING.match(text, m.end()) is not None and text[m.end() :].strip():
            return m.end()
    return 0


# …开防汛总结会，上午的: a half said alone as the message's last clause, an afterthought.
_HALF_AFTER = compile_gated(r"\s*[,，]\s*$")
_HALF_CLOSE = compile_gated(r"\s*的?\s*[。.!！~]*\s*$")


def _afterthought_half(exprs: list[Expr], norm: str) -> list[Expr]:
    """我１２月３日要去区应急局开防汛总结会，上午的: a half said alone after the message
    (上午的, 下午的) is the half of the one day named before it, no time of its own."""
    if len(exprs) != 2:
        return exprs
    day, half = exprs
    if (
        not isinstance(day, Point)
        or not isinstance(half, Point)
        or day.date is None
        or day.part is not None
        or day.clock is not None
        or half.date is not None
        or half.clock is not None
        or half.part not in (AM, PM)
        or _HALF_CLOSE.fullmatch(norm, half.end) is None
        or _HALF_AFTER.search(norm, day.end, half.start) is None
    ):
        return exprs
    return [replace(day, part=half.part)]


def _read(
    text: str,
    now: datetime,
    office: OfficeHours,
    calendar: WorkCalendar,
    intent_of: Callable[[Skeleton], Verdict] = judged,
) -> Report:
    """The reading of one stretch of text, its intent read by ``intent_of`` (the rules, or
    for the silence net the rules then a guess); :data:`_SHAPELESS` where it found no report's
    shape at all."""
    # voice input: 明天 请 假 一 天; 请假 去医院 下午到; 请假去医院下午到
    text = voice_stops(join_spaces(clause_spaces(text), stops=True))
    norm = _DAY_SLIPS.sub(_day_meant, read_slips(normalize(text)))
    exprs = _afterthought_half(expressions(norm), norm)
    skeleton = Skeleton.build(norm, exprs)
    _early_departures(skeleton, norm)
    found = intent_of(skeleton)
    if not isinstance(found, Intent):
        return _SHAPELESS if found is None else NOT_A_REPORT
    intent = _set_out_not_early(found, skeleton, office)
    ctx = Context(now, office, calendar, norm)
    intent = _family_half(intent, skeleton, exprs, ctx)
    intent = _duty_half(intent, skeleton, exprs, ctx)
    intent = _arrival_by_clock(intent, skeleton, exprs, ctx)
    try:
        period = _period(intent, skeleton, ctx)
    except (OutOfRange, OverflowError):  # a count or a date far outside the sane range
        return _refused(intent)
    if period is None:
        return NOT_A_REPORT
    if not within(period.start, period.end):
        return _refused(intent)
    if _done_and_told(intent, period, ctx) or _over_there_off_duty(intent, period, ctx):
        return NOT_A_REPORT
    if _family_day_off(intent, period, ctx):
        return NOT_A_REPORT
    period = _end_of_outing(intent, period, ctx)
    period = _stays_on(intent, period, skeleton, ctx)
    period = _from_now_in_this_half(intent, period, skeleton, ctx)
    period = _days_from_opening(intent, period, ctx)
    if _leaving_now(intent, period, ctx):
        opening = ctx.day_start(ctx.today)  # 我现在去泵站，下午在那边调试
        period = replace(period, start=max(ctx.minute, opening))
    if not skeleton.exprs_at:
        period = _unwell_from_now(intent, period, ctx)
    if _away_overnight(intent, period):
        intent = replace(intent, kind="出差")
    reason = extract_reason(text, skeleton, intent) if intent.action == "new" else None
    open_leave = intent.action == "new" and period.end is None and intent.kind not in DUTY
    # 这周一 said on a Sunday is read strictly (this past Monday) and asked about (DESIGN).
    past = intent.action == "new" and period.start is not None and period.start.date() < ctx.today
    return Report(
        True,
        intent.action,
        intent.kind,
        period.start,
        period.end,
        reason,
        intent.people,
        ask=intent.doubt or open_leave or past,
        periods=period.periods,
    )


_TRAVELS = compile_lazy(r"去|赴|前往")
_AT_WORK_TODAY = compile_gated(r"今天(?:照常|正常|按时)(?:上班|到岗)")
_TOLD = compile_gated(r"[请休报]的|的那(?:天|几天|次)")
# A place within the district (a town, a reservoir, a dyke): days there are not a trip.
_LOCAL = compile_gated(  # the place itself, before any errand (赴常德考察灌区 is in 常德)
    rf"(?!{lx.CITIES})(?:(?!{lx.ERRAND})[^,.;:!?。\n省市县京州沙]){{0,8}}?(?:镇|乡|村|水库|灌区|堤|闸|泵站|渠|工地|现场)"
)


def _away_overnight(intent: Intent, period: Period) -> bool:
    """明天一早去株洲，周五晚上回: going somewhere for days is a trip (出差), unless the
    sender called it 外出 or is only 在 a place nearby for those days (在县里做鉴定). A trip
    called off (去郴州的行程取消了，16日至18日正常上班) was a trip too."""
    if intent.action not in ("new", "cancel") or intent.kind != "外出":
        return False
    if lx.OUT_STRONG.search(intent.text):
        return False
    if _SAME_DAY_BACK.search(intent.text) is not None:
        return False  # 十四日至十六日…赴各县市区督查（当天往返）: out by day, home each night
    going = _TRAVELS.search(intent.text)
    if going is None:
        return _in_another_city(intent, period)  # 今明两天在长沙，省厅项目评审
    if _LOCAL.match(intent.text, going.end()) is not None:
        return False  # 明儿去河口镇查冬修进度，后儿回来: days out within the district
    start, end = period.start, period.end
    return start is not None and end is not None and end.date() > start.date()


_SAME_DAY_BACK = compile_gated(
    r"当[天日](?:往返|来回|回来(?!不)|返回|就回|回(?![不来]))|每天(?:都)?回"
)
# Being in another city (not a place of the district) for days is a trip.
_IN_CITY = compile_gated(
    r"在(?:长沙|北京|上海|广州|武汉|株洲|衡阳|岳阳|常德|益阳|娄底|邵阳|郴州|永州|怀化|张家界"
    r"|省城|省里|外地|外省|省[^,.;:!?。\n]{0,3}厅)"
)


def _in_another_city(intent: Intent, period: Period) -> bool:
    start, end = period.start, period.end
    return (
        _IN_CITY.search(intent.text) is not None
        and start is not None
        and end is not None
        and end.date() > start.date()
    )


# 坐六点半的车, 七点的高铁: a train or a bus at 5–7 o'clock leaves in the morning.
_VEHICLE = compile_lazy(rf"[{lx.P}](?=的(?:车|火车|高铁|动车|飞机|航班|班车|大巴))")


# 明天一早出发, 早上六点半出发去…: when the outing sets off, not the morning half it lasts.
_SETTING_OUT = compile_lazy(rf"[{lx.P}](?=[^{lx.STOP}]{{0,3}}?(?:出发|动身|走|去|赴|坐|乘))")
_EARLY_WORDS = compile_lazy(r"一早|大早|清早|早上|早晨")
# 上午八点半出发: a clock the outing sets off at; 上午 only says which eight o'clock.
_SETS_OFF = compile_lazy(rf"[{lx.P}](?=[就再才]?(?:出发|动身))")


# 我六点就到堤上了: an early hour at which the speaker already got somewhere (就…了).
_ALREADY_THERE = compile_lazy(
    rf"[{lx.P}](?=就(?:到|来|出发|过来|赶到)[^{lx.STOP}]{{0,8}}了(?:[{lx.STOP}\s]|$))"
)


# 明早我出车…，六点半出发: the morning said, a bare 5–7 o'clock the outing sets off at is in it.
_EARLY_SAID = compile_lazy(r"明早|今早|一早|大早|清早|早上|早晨")


def _early_departures(skeleton: Skeleton, norm: str) -> None:
    if lx.P not in skeleton.text:
        return  # every pattern below opens with a point's placeholder
    early = _EARLY_SAID.search(norm) is not None
    departures = _SETS_OFF.finditer(skeleton.text) if early else ()
    for m in (
        *_VEHICLE.finditer(skeleton.text),
        *_ALREADY_THERE.finditer(skeleton.text),
        *departures,
    ):
        point = skeleton.exprs_at.get(m.start())
        if not isinstance(point, Point) or point.part is not None or point.clock is None:
            continue
        if 5 <= point.clock.hour <= 7 and point.clock.part is None:
            point.clock = replace(point.clock, part=AM)
    for m in _SETTING_OUT.finditer(skeleton.text):
        point = skeleton.exprs_at.get(m.start())
        if not isinstance(point, Point):
            continue
        clock = point.clock
        sets_off = _SETS_OFF.match(skeleton.text, m.start()) is not None
        if sets_off and clock is not None and clock.part == AM and 8 <= clock.hour <= 11:
            # 上午九点出发: when it sets off, not the morning it lasts (8–11 are morning alone)
            point.clock = replace(clock, part=None)
            continue
        if point.part != AM:
            continue
        said = _EARLY_WORDS.search(norm, point.start, point.end)
        direct = "直接" in skeleton.text[m.start() : m.start() + 8]  # 早上我直接去金洲闸
        if said is None or (
            point.clock is None and said.group(0) in ("早上", "早晨") and not direct
        ):
            continue  # 早上去医院 may be the morning; 一早 and 早上七点 are when it sets off
        if point.clock is not None:
            point.clock = replace(point.clock, part=point.clock.part or AM)
        point.part = None


def _set_out_not_early(intent: Intent, skeleton: Skeleton, office: OfficeHours) -> Intent:
    """早上7点走 before the working day is setting out, not leaving early: the outing the
    message names is the report."""
    if intent.action != "new" or intent.kind != "早退" or not intent.timing_only:
        return intent
    m = lx.EARLY_AT.search(intent.text)
    point = skeleton.exprs_at.get(m.start("t")) if m is not None else None
    if not isinstance(point, Point) or point.clock is None:
        return intent
    if clock_time(point.clock, point.part) > office.day_start:
        return intent
    kind, pos, _ = kind_of(intent.text)
    if kind not in DUTY:
        return intent
    return replace(intent, kind=kind, timing_only=False, at=pos)


# 出去一下, 跑一趟, 去一趟: a brief errand, off now; a planned outing keeps the half it names.
_BRIEF = compile_gated(
    r"(?:出去|去|跑|出门)(?:一下|一趟|趟)"
    r"|去[^,.;:!?。\n]{1,8}?(?:看|查看|瞧|瞅)一下"  # 去龙王港闸看一下电机: a look and back
)


def _from_now_in_this_half(
    intent: Intent, period: Period, skeleton: Skeleton, ctx: Context
) -> Period:
    """上午跑一趟东干渠，十一点前后回 said at 08:50, 中午出去一下，一点半回 said at 12:05: a brief
    errand in the half under way starts now, as when only the return is given; a planned
    outing for the half (今天上午去东湖村走访，11点半前回) is that half."""
    start, end = period.start, period.end
    lengths = [
        e.duration.seconds
        for e in skeleton.exprs_at.values()
        if isinstance(e, Span) and e.duration.seconds and e.duration.mod is None
    ]
    by_length = (
        start is not None and len(lengths) == 1 and end == start + timedelta(seconds=lengths[0])
    )
    if (
        not _one_outing(intent, period)
        or start is None
        or end is None
        or intent.people
        or start.date() != ctx.today
        or not (start < ctx.now < end or (by_length and start < ctx.now))
        or _return_said(intent.text) is None
        or (not by_length and _BRIEF.search(intent.text) is None)
    ):
        return period  # 今天上午去东湖村走访，11点半前回 said at 08:35: the half named (WRITING)
    back = _return_said(intent.text)
    back_at = back.start("t") if back is not None and "t" in back.re.groupindex else -1
    named = [
        e
        for at, e in skeleton.exprs_at.items()
        if isinstance(e, Point) and e.clock is None and e.part in (AM, NOON, PM) and at != back_at
    ]  # 上午跑一趟市局，中午前回: the 中午 is the return's, not a half named for the outing
    if len(named) != 1 or (named[0].date is not None and not _is_today(named[0], ctx.today)):
        return period
    half = named[0].part
    if half is None or start.time() != part_times(half, ctx.office)[0]:
        return period  # 九点半出发…，中午回: the half named is the return's
    if by_length:  # 下午出去一下，一个半小时回 at 15:00: the length counts from now
        end = ctx.minute + timedelta(seconds=lengths[0])
    return replace(period, start=ctx.minute, end=end)


def _one_outing(intent: Intent, period: Period) -> bool:
    """A new absence on duty with one period from start to end."""
    return (
        intent.action == "new"
        and intent.kind in DUTY
        and period.start is not None
        and period.end is not None
        and not period.periods
    )


# 今天上午在家，下午到岗: a half spent at home, said as all there is to it, is a home affair.
_HOME_HALF = compile_gated(rf"[{lx.P}]在家(?=[{lx.STOP}]|$)")


def _family_half(intent: Intent, skeleton: Skeleton, exprs: list[Expr], ctx: Context) -> Intent:
    """上午孩子学校开运动会要家长陪，下午到单位: an arrival at a half, not a clock, after a
    family or home affair is a leave until then, not lateness (WRITING.md: family is 请假)."""
    timed = intent.timing_only
    family = (
        (
            lx.FAMILY.search(intent.text)
            or _HOME_HALF.search(intent.text)
            or lx.PRIVATE_ERRAND.search(intent.text)  # 上午去办房产证，下午来上班
        )
        if timed
        else None
    )
    unwell = (lx.HEALTH.search(intent.text) or lx.CHECKUP.search(intent.text)) if timed else None
    if (family is None and unwell is None) or intent.kind != "晚到":
        return intent
    if late_period(intent, skeleton, exprs, ctx) is not None:
        return intent  # 明早送老人去医院，十点到单位: lateness
    kind = "病假" if unwell is not None and lx.KIN.search(intent.text) is None else "请假"
    found = unwell if unwell is not None and kind == "病假" else family or unwell
    assert found is not None
    return replace(intent, kind=kind, timing_only=False, at=found.start())


def _duty_half(intent: Intent, skeleton: Skeleton, exprs: list[Expr], ctx: Context) -> Intent:
    """明天上午去闸站检查，下午到岗: an arrival at a half, not a clock, after an outing,
    meeting or training is when that absence ends, not lateness."""
    if intent.kind != "晚到" or not intent.timing_only or "到岗" not in intent.text:
        return intent
    if lx.FAMILY.search(intent.text) or lx.HEALTH.search(intent.text):
        return intent  # _family_half's
    kind, pos, _ = kind_of(intent.text)
    if kind not in DUTY or late_period(intent, skeleton, exprs, ctx) is not None:
        return intent
    return replace(intent, kind=kind, timing_only=False, at=pos)


def _arrival_by_clock(
    intent: Intent, skeleton: Skeleton, exprs: list[Expr], ctx: Context
) -> Intent:
    """早上去医院拿体检报告，九点半到: a health or family affair said with no leave word, then
    the arrival by a morning clock (not a half: 下午来 stays the morning's leave, above), is
    lateness from office start (WRITING.md's settled reading)."""
    if intent.action != "new" or intent.kind not in ("病假", "请假") or intent.timing_only:
        return intent
    if lx.LEAVE_VERB.search(intent.text) is not None or lx.LATE_AT.search(intent.text) is None:
        return intent
    late = replace(intent, kind="晚到", timing_only=True)
    found = late_period(late, skeleton, exprs, ctx)
    if found is None or found.end is None or found.end.hour >= 12:
        return intent  # 下午三点到单位: most of a day's leave, not a late start
    return late


# 明后两天也在那边, 周五也在那里: the days after still spent where the absence is.
_STAYS_ON = compile_gated(
    rf"(?P<t>[{lx.POINT}{lx.RANGE}])(?:也|还|都)+(?:要)?在(?:那边|那里|那儿|那)"
)


def _stays_on(intent: Intent, period: Period, skeleton: Skeleton, ctx: Context) -> Period:
    """李局今天下午去市委党校参加培训，明后两天也在那边: the absence runs on to the end of
    the days said to be spent there too."""
    if intent.action != "new" or intent.kind not in DUTY or period.end is None or period.periods:
        return period
    m = _STAYS_ON.search(intent.text)
    if m is None:
        return period
    expr = skeleton.exprs_at.get(m.start("t"))
    if expr is None or isinstance(expr, Span):
        return period
    more = compose([expr], ctx, intent.kind, allow_now=False)
    if more.start is None or more.end is None or more.end <= period.end:
        return period
    if (more.start.date() - period.end.date()).days > 3:
        return period  # days apart are no continuation
    return replace(period, end=more.end)


def _is_today(point: Point, today: date) -> bool:
    """The point names today, in whatever shape (今天, 3号 on the 3rd, 周四 on a Thursday)."""
    return point.date is not None and days_from(point.date, today) == 0


def _end_of_outing(intent: Intent, period: Period, ctx: Context) -> Period:
    """现在去区财政局，下班前回: back by 17:30; 我现在在闸口盯着，不确定几点回: away from now,
    the return open, a meeting's too (WRITING.md: an outing that says neither)."""
    start = period.start
    if intent.action != "new" or intent.kind not in DUTY or start is None or period.periods:
        return period
    if period.end is None and lx.BY_CLOSING.search(intent.text):
        return replace(period, end=ctx.day_end(start.date()))
    if period.end is None and lx.NOT_COMING_BACK.search(intent.text):
        return replace(period, end=ctx.day_end(start.date()))  # 现在去…，交完直接下班
    end = period.end
    if (
        end is not None
        and end.date() == start.date()
        and _SAME_DAY_BACK.search(intent.text) is not None
        and _return_said(intent.text) is None
    ):
        # 明天早上去株洲开会，当天回: back that day with no clock, by closing (as 晚上回)
        return replace(period, end=max(end, ctx.day_end(start.date())))
    if lx.OPEN_RETURN.search(intent.text) is None:
        return period
    if period.end is not None and _return_said(intent.text) is not None:
        return period  # 不知道什么时候搞完，五点前回: the return said still holds
    now = max(ctx.minute, ctx.day_start(ctx.today))
    going_now = lx.NOW_WORDS.search(lx.OPEN_RETURN.sub("", intent.text)) is not None
    if start.date() == ctx.today and start > now and not going_now:
        # 下午去区自然资源局 不知道几点回: it says when it leaves, not when it is back, so it
        # ends at closing (WRITING.md), not away from now
        return Period(start, ctx.day_end(ctx.today))
    if start.date() == ctx.today and lx.NOW_WORDS.search(intent.text):
        return Period(now, None)
    return Period(start, None)  # 下周一出差，具体回来时间还没定


def _days_from_opening(intent: Intent, period: Period, ctx: Context) -> Period:
    """我今天去市局学习班报到，培训到周五: days away from today start with the working day,
    not at the moment it is said (马上去 still starts now)."""
    start, end = period.start, period.end
    if (
        not _one_outing(intent, period)
        or start is None
        or end is None
        or start != ctx.minute
        or end.date() <= start.date()
        or lx.NOW_WORDS.search(intent.text) is not None
    ):
        return period
    return replace(period, start=ctx.day_start(ctx.today))


def _leaving_now(intent: Intent, period: Period, ctx: Context) -> bool:
    start = period.start
    return (
        intent.action == "new"
        and intent.kind in DUTY
        and start is not None
        and not period.periods
        and start.date() == ctx.today
        and ctx.now < start
        and lx.LEAVING_NOW.search(intent.text) is not None
    )


def _unwell_from_now(intent: Intent, period: Period, ctx: Context) -> Period:
    """不舒服先回家了, 我现在去医院看看腰: a leave with no time said at all, the speaker gone
    home (away until closing) or going now (back when it is done), starts now."""
    if intent.action != "new" or intent.kind not in ("病假", "请假") or period.start is not None:
        return period
    start = max(ctx.minute, ctx.day_start(ctx.today))
    if start >= ctx.day_end(ctx.today):
        return period
    if lx.HOME_NOW.search(intent.text) is not None and period.end is None:
        return Period(start, ctx.day_end(ctx.today))
    if lx.NOW_WORDS.search(intent.text) is not None:
        return replace(period, start=start)
    return period


def _refused(intent: Intent) -> Report:
    return Report(True, intent.action, intent.kind, None, None, None, intent.people, True)


# Times the message names that are not the absence: at work then, when the earlier report was
# sent, when the symptoms began.
_NOT_ABSENCE_TIMES = (
    lx.AT_WORK, lx.SAID_THEN, lx.WOKE_THEN, lx.ALL_THROUGH, lx.EACH_TIME, lx.LAST_ONE,
    lx.SPENT, lx.OVERTIME_LENGTH,
)  # fmt: skip


# 取上周送检的水样报告, 拿上个月的台账: a time right after a fetching verb dates the thing;
# 看望昨天摔伤的队员: after a verb of visiting, the one visited; 交月底的报表, 对一下年底的
# 专项资金: after a verb of handing in or checking, the thing worked on.
_THINGS_TIME = compile_gated(
    rf"(?:取|拿|领|借|调|查|抄|复印|打印|看望|探望|慰问|看看|交|送|对|核|对接|核对|汇总)"
    rf"(?:一下|回)?(?P<t>[{lx.TC}])"
    rf"[^{lx.STOP}{lx.TC}]{{0,6}}?的"
)
# 后天上午调休补国庆值班的: the time is the time off's, the duty after it what it makes up.
_OFF_TO_MAKE_UP = compile_gated(rf"(?P<t>[{lx.TC}])的?(?:调休|补休)[\s,]?补")


# 今天下午请假，上午正常上班: a half at work before the absence, said after it; so is the
# half the speaker is simply there (…，请事假，上午在 / 上午在单位).
_AT_WORK_BEFORE = compile_gated(
    rf"(?<=[{lx.STOP}])(?P<t>{lx.P})(?:都|就|还)?(?:(?:正常|照常)(?:上班|到岗|在岗)"
    rf"|在(?:单位|局里|岗|办公室|股里)?(?=$|[{lx.STOP}]))"
)


def _half_at_work(text: str, skeleton: Skeleton) -> set[int]:
    """A half of the day named alone, the speaker at work then (上午正常上班): no part of it."""
    found = set()
    for m in _AT_WORK_BEFORE.finditer(text):
        point = skeleton.exprs_at.get(m.start("t"))
        if isinstance(point, Point) and point.date is None:
            found.add(m.start("t"))
    return found


# 今天没去成市局: the day an outing fell through is not the one it is done again on.
# 昨天在审批局没领到，今天再去: so is the day an errand came to nothing.
_FELL_THROUGH = compile_gated(
    rf"(?P<t>[{lx.TC}])(?:[^{lx.STOP}{lx.TC}]{{0,3}}?没(?:去|休|请)成"
    rf"|[^{lx.STOP}{lx.TC}]{{0,8}}?没(?:领|办|拿|取|盖|签|交|见|批|约)(?:到|成|好|下来|上)"
    rf"(?=[^{lx.TC}]*[{lx.TC}]))"  # …，今天上午再去: only when another day is named after it
)
# 原假期：12月14日至16日年假, 请假时间：…: a return form's field naming the leave returned from.
_LEAVE_FIELD = compile_gated(
    rf"(?:原|原来的?|所请)?(?:假期|请假时间|休假时间|请假日期)[:\s]*(?P<t>[{lx.TC}])"
)
_WHICH_LEAVE = compile_gated(rf"(?P<t>[{lx.TC}])的[^{lx.STOP}]{{0,4}}?(?:假|出差|外出|培训)")
# 下午发烧回去了: the symptom sent the person home then.
# 五点前回不来就直接下班了: not back by then is the condition for going home from there, so
# the outing runs to closing; the hour is neither its return nor its start.
_HOME_IF_NOT_BACK = compile_gated(
    rf"(?P<t>[{lx.TC}])(?:之前|以前|前)?(?:回不来|回不去|赶不回来?)(?:的话)?[,，]?"
    r"(?:就|那就|我就)?(?:直接)?(?:下班|回家)"
)
_WENT_HOME = compile_lazy(r"[^,，。;；]{0,3}?(?:回去|回家|走)了")


# 昨天淋了雨，… / 家里老人昨晚突发心梗住院了，…: a clause opening with a day gone by (after
# whom it befell) and telling what happened (了), with more said after it.
_CAUSE_GONE_BY = compile_gated(
    rf"(?:^|(?<=[{lx.STOP}\s·]))[^{lx.STOP}{lx.TC}我·]{{0,8}}?(?P<t>[{lx.TC}])[^{lx.STOP}{lx.TC}]{{1,12}}?了[^{lx.STOP}{lx.TC}]{{0,4}}"
    rf"(?=[{lx.STOP}\s]+\S)"
)
_ABSENCE_SAID = compile_gated(r"假|休|请|报|外出|出差|培训|会|去|回|来|到")
_LEAVE_AFTER = compile_gated(r"假|休息|外出|出差|培训|不来|来不了|在家")


def _cause_gone_by(text: str, skeleton: Skeleton) -> set[int]:
    """昨天淋了雨，今早起来发烧了，请假一天: what befell the speaker on a day gone by, told
    before the leave said after it, is why; its day is not the leave's (then today's)."""
    found = set()
    for m in _CAUSE_GONE_BY.finditer(text):
        said = skeleton.exprs_at.get(m.start("t"))
        if not isinstance(said, Point) or said.date is None or said.clock is not None:
            continue
        past = said.date.form == "rel" and said.date.offset < 0
        told = _ABSENCE_SAID.search(text, m.start("t") + 1, m.end()) is None
        # 昨天易志华家里老人走了，…一起去看看: no leave after it, nothing to move
        if past and told and _LEAVE_AFTER.search(text, m.end()) is not None:
            found.add(m.start("t"))
    return found


# 婚假从周一开始, 从下周一起: the day the absence is said to start from.
_SAID_START = compile_gated(rf"从(?P<t>[{lx.TC}])(?:开始|起)")


# 周二结婚, 下周三搬家: a day of the speaker's own life event, which a leave is for.
_EVENT_DAY = compile_gated(
    rf"(?P<t>[{lx.TC}])(?:就|要)?(?:结婚|办酒|办婚礼|摆酒|领证|搬家|乔迁|做手术|动手术|手术|考试)"
)


def _before_said_start(text: str, skeleton: Skeleton) -> set[int]:
    """我周二结婚，婚假从周一开始: the day of a life event told before the day the absence is
    said to start from (从…开始) is the reason's day (the wedding's), not the absence's."""
    said = _SAID_START.search(text)
    if said is None:
        return set()
    return {m.start("t") for m in _EVENT_DAY.finditer(text, 0, said.start())}


# The times _period sets aside as no part of the absence, in the order they are asked (built
# once here, not a list per reading).
# 那边周三没人, 对方明天不在: the other side unavailable then (why the speaker goes another day).
_THEY_ARE_OFF = compile_gated(
    rf"(?:那边|对方|他们|人家)\s*(?P<t>[{lx.TC}])(?:都|也|正好)?(?:没人|不在|没空|不上班|不办公|休息)"
)
_NOT_ABSENCE = (
    *_NOT_ABSENCE_TIMES,
    lx.NOT_THIS,
    lx.NOT_BACK,
    lx.UNDECIDED,
    lx.TELL_LATER,
    _FELL_THROUGH,  # 今天没去成市局，明天再去: today's fell through
    lx.STILL_WAIT,  # …问过了，批复还得等一周: the thing's wait
    _HOME_IF_NOT_BACK,  # 五点前回不来就直接下班了: a condition's hour
)
_NOT_ABSENCE_NEW = (*_NOT_ABSENCE, lx.HERE_THEN)  # 下午我就来上班 is when a return resumes work
_NOT_ABSENCE_RETURN = (
    *_NOT_ABSENCE,
    _WHICH_LEAVE,  # 上周的病假销一下: which leave, not when work resumed
    _LEAVE_FIELD,  # 原假期：12月14日至16日: the leave, in a form
)
_ANY_NOT_ABSENCE_NEW = AnyOf(*_NOT_ABSENCE_NEW)
_ANY_NOT_ABSENCE_RETURN = AnyOf(*_NOT_ABSENCE_RETURN)


def _period(intent: Intent, skeleton: Skeleton, ctx: Context) -> Period | None:
    """Start and end for the intent; None when the message turns out to say nothing."""
    not_absence = _NOT_ABSENCE_NEW if intent.action != "return" else _NOT_ABSENCE_RETURN
    either = _ANY_NOT_ABSENCE_NEW if intent.action != "return" else _ANY_NOT_ABSENCE_RETURN
    at_work: set[int] = set()
    for p in not_absence if either.search(intent.text) else ():  # (one search says none)
        for m in p.finditer(intent.text):
            at_work.add(m.start("t"))
    if intent.action != "return":
        at_work.update(_half_at_work(intent.text, skeleton))  # 今天下午请假，上午正常上班
    theirs = {m.start("t") for m in _THEY_ARE_OFF.finditer(intent.text)}
    if len(skeleton.exprs_at) > len(theirs):  # 走访不去了 对方今天都不在: the only day said
        at_work.update(theirs)  # …，区发改局那边周三没人: when the other side is away, the why
    at_work.update(i for i in skeleton.exprs_at if intent.text[i] not in lx.TC)  # corrected away
    for m in lx.SYMPTOM_THEN.finditer(intent.text):
        onset = skeleton.exprs_at.get(m.start("t"))
        if not isinstance(onset, Point):
            continue
        if onset.part is None and onset.clock is None:
            if onset.date is not None and onset.date.form == "rel" and onset.date.offset < 0:
                at_work.add(m.start("t"))  # 我昨天发烧，今天下午来上班: when it began
            continue
        today = onset.date is None or _is_today(onset, ctx.today)
        if today and onset.part == PM and _WENT_HOME.match(intent.text, m.end()) is not None:
            continue  # 他今天下午发烧回去了: the morning was worked, away from the afternoon
        ahead = days_from(onset.date, ctx.today) if onset.date is not None else None
        if ahead is not None and ahead >= 0:
            # 今天早上发高烧了 … 请病假, 明天早上起不来了…请假: the day, not the morning
            onset.part = onset.clock = None
        else:
            at_work.add(m.start("t"))  # 昨晚发烧: when it began
    at_work.update(m.start("t") for m in lx.SYMPTOM_LASTED.finditer(intent.text))
    for m in lx.NIGHT_THROUGH.finditer(intent.text):
        night = skeleton.exprs_at.get(m.start("t"))
        if isinstance(night, Point) and night.part == EVENING and night.date is None:
            at_work.add(m.start("t"))  # 今天病假 拉肚子一晚上: the night it lasted
    at_work.update(_before_said_start(intent.text, skeleton))  # 我周二结婚，婚假从周一开始
    # 中午跟大家说个事：…: when the group is told (blanked in the intent's text, so read in
    # the skeleton's, whose positions are the same)
    at_work.update(m.start("t") for m in lx.TOLD_THEN.finditer(skeleton.text))
    if intent.action == "new":
        at_work.update(_cause_gone_by(intent.text, skeleton))  # 昨天淋了雨，今早…请假一天
    at_work.difference_update(m.start("t") for m in _OFF_TO_MAKE_UP.finditer(intent.text))
    at_work.update(m.start("t") for m in _THINGS_TIME.finditer(intent.text))  # 取上周送检的
    # 今天调休，昨晚加班到一点: when the night's work ended, neither the leave nor its end
    at_work.update(_night_worked_until(intent.text, skeleton))
    moved = business_moved_after(intent.text) if intent.action == "new" else None
    if moved is not None:  # …，合同会签改明天: the business's new day is not the absence's
        at_work.update(t for t in skeleton.exprs_at if moved[0] <= t < moved[1])
    first = min(skeleton.exprs_at, default=0)
    at_work.update(
        m.start("t") for m in lx.IN_OFFICE_THEN.finditer(intent.text) if m.start("t") > first
    )  # 上午在堤防中心开会，下午在局里 (but 明天上午在局里，下午去… names the day)
    if intent.action == "return":  # 产假到今天结束，明天上班: the last day is not the return
        at_work.update(m.start("t") for m in lx.LEAVE_ENDS.finditer(intent.text))
    exprs = skeleton.exprs_in(*intent.scope, skip=at_work)
    if intent.action == "return":
        resume = lx.RESUME_AT.search(intent.text)
        resumed = skeleton.exprs_at.get(resume.start("t")) if resume is not None else None
        later = resumed is not None and (first_day([resumed], ctx) or ctx.today) > ctx.today
        if _back_just_now(intent.text) and not later and not _back_then_resumes(intent.text):
            return Period(None, ctx.minute)  # 刚从市局回来，下午正常在单位: back now
        # 已经从省厅回来了，明天正常上班: back now, work resumes on the day named (WRITING.md)
        if resumed is not None and resumed in exprs:
            exprs = [resumed]  # 昨晚回来了，今天正常上班: the day work resumes, not the journey
        return Period(None, resumed_at(exprs, ctx))
    if intent.action == "cancel":
        exprs = _withdrawn_clause(intent, skeleton, exprs)
        withdrawn = compose(exprs, ctx, intent.kind, allow_now=False)
        if intent.kind == "晚到" and withdrawn.start is not None and not withdrawn.periods:
            on = withdrawn.start.date()  # 明天的晚到取消: lateness by its day alone, as said
            if (withdrawn.start, withdrawn.end) == (ctx.day_start(on), ctx.day_end(on)):
                return Period(withdrawn.start, None)
        return _half_given_back(withdrawn, intent, skeleton, ctx)
    if intent.action == "amend":
        at_work.update(m.start("t") for m in lx.NORMAL_DAY.finditer(intent.text))
        return _amended(intent, skeleton, ctx, at_work)
    returned = _return_said(intent.text)  # asked below twice: searched once
    for special in (late_period, early_period):
        if special is early_period and intent.kind != "早退" and returned:
            continue  # 3点走，5点左右回: when an absence leaves and returns, not leaving early
        found = special(intent, skeleton, exprs, ctx)
        if found is not None:
            return _on_each_day(found, exprs, ctx)
    if intent.timing_only:
        return None  # 明天上午到单位: no lateness after all
    text = intent.text
    several = _clause_periods(intent, skeleton, exprs, ctx)
    if several is not None:
        return several
    ends = (
        returned
        or _resumes(text, intent.at)
        or lx.UNTIL.search(text)
        or lx.NOT_BACK_BY.search(text)  # 五点半前回不去了: away until then, not from then
    )
    if ends is not None and ends.start("t") in at_work:
        ends = None  # 早上起来…: the time the symptoms began is no return
    if ends is not None and _small_hours(skeleton.exprs_at.get(ends.start("t"))):
        ends = None  # 昨晚加班到凌晨，今天上午调休: last night's work, not the return
    exprs = _kind_clause(intent, skeleton, exprs, ctx)
    said = skeleton.exprs_in(*intent.anchor_scope) if intent.anchor_scope else []
    day = first_day(said, ctx)  # a self-correction's day when it names only the half
    exprs = _half_kept(exprs, said)
    exprs = _leave_length_kept(intent.text, skeleton, exprs)
    if ends is None:
        exprs = _day_all_away(intent.text, skeleton, exprs)
    return compose(exprs, ctx, intent.kind, ret=ends, skeleton=skeleton, default_day=day)


# 请假半天, 请半天假, 休半天: the length the leave itself is asked for.
_LEAVE_LENGTH = compile_gated(rf"(?:请假|请|休)(?P<t>[{lx.D}])|请(?P<t2>[{lx.D}])假")


def _leave_length_kept(text: str, skeleton: Skeleton, exprs: list[Expr]) -> list[Expr]:
    """…办手续，预计两小时，请假半天: the length said with the leave is the absence's; a
    length said of the errand (预计两小时) is how long that takes."""
    if sum(isinstance(e, Span) for e in exprs) < 2:
        return exprs
    m = _LEAVE_LENGTH.search(text)
    own = skeleton.exprs_at.get(m.start("t") if m["t"] else m.start("t2")) if m else None
    if not isinstance(own, Span) or own not in exprs:
        return exprs
    return [e for e in exprs if not isinstance(e, Span) or e is own]


# 上午去区财政局，下午去发改局，今天都不在局里: the day said to be all away.
_DAY_ALL_AWAY = compile_gated(
    rf"(?P<t>[{lx.TC}])(?:一天|一整天|全天|整天)?都(?:不在(?!家)|在外面|在外头|在外边)"
)


def _day_all_away(text: str, skeleton: Skeleton, exprs: list[Expr]) -> list[Expr]:
    """今天都不在 after both its halves told one by one, each going somewhere (上午去…，下午
    去…), is that whole day, not the first half; a clock said beside it keeps its hour."""
    m = _DAY_ALL_AWAY.search(text)
    day = skeleton.exprs_at.get(m.start("t")) if m is not None else None
    if not isinstance(day, Point) or day.date is None or day.part is not None or day.clock:
        return exprs
    parts: set[str | None] = set()
    for at, e in skeleton.exprs_at.items():
        if e is day:
            continue
        if not isinstance(e, Point) or e.date not in (None, day.date) or e.clock is not None:
            return exprs
        if _HALF_GOES.match(text, at + 1) is None:
            return exprs  # 上午去…，下午在局里: only one half is away
        parts.add(e.part)
    return [day] if parts == {AM, PM} else exprs


_HALF_GOES = compile_lazy(r"\s*(?:还要?|再|又|要|得)?(?:去|到|赴|跑)")


def _half_given_back(found: Period, intent: Intent, skeleton: Skeleton, ctx: Context) -> Period:
    """明天的理疗取消了，周四下午照常上班: a whole day withdrawn, then a half of that same day
    at work as usual, is that half given back."""
    m = lx.NORMAL_DAY.search(intent.text)
    if m is None or found.start is None or found.end is None or found.periods:
        return found
    half = skeleton.exprs_at.get(m.start("t"))
    if not isinstance(half, Point) or half.part not in (AM, PM) or half.clock is not None:
        return found
    day = found.start.date()
    whole = found.start == ctx.day_start(day) and found.end == ctx.day_end(day)
    if not whole or (half.date is not None and first_day([half], ctx) != day):
        return found
    given = compose([replace(half, date=None)], ctx, intent.kind, allow_now=False, default_day=day)
    return given if given.start is not None else found


def _half_kept(exprs: list[Expr], said: list[Expr]) -> list[Expr]:
    """周四下午去区林业局对接，嗯不是周四是周五: a self-correction naming only the day keeps the
    half or clock said with the wrong one (Friday afternoon)."""
    new = [e for e in exprs if not isinstance(e, Span)]
    old = [e for e in said if not isinstance(e, Span)]
    if len(new) != 1 or len(old) != 1:
        return exprs
    point, wrong = new[0], old[0]
    if not isinstance(point, Point) or not isinstance(wrong, Point) or wrong.date is None:
        return exprs
    if point.date is None or point.part is not None or point.clock is not None:
        return exprs
    if wrong.part is None and wrong.clock is None:
        return exprs
    kept = replace(point, part=wrong.part, clock=wrong.clock)
    return [kept if e is point else e for e in exprs]


def _resumes(text: str, at: int) -> re.Match[str] | None:
    """When work resumes; not a day at work said in a clause before the absence's own
    (明天最后一天上班，后天开始休年假，到31号). A letter's closing formula (…，当日下午到岗，
    特此请假。) names the kind, not a clause of its own: the whole letter is the leave's."""
    if at >= 0 and _CLOSING_FORMULA.fullmatch(text, *clause_around(text, at)) is not None:
        at = -1
    return lx.RESUME_AT.search(text, 0 if at < 0 else clause_around(text, at)[0])


_CLOSING_FORMULA = compile_gated(r"\s*特此(?:请假|请示|报告|报备|申请)\s*")


# 昨晚加班到, 夜里值班到: the night's work until a time, right before it.
_WORKED_UNTIL = compile_gated(rf"[{lx.TC}](?:加班|值班|巡堤|巡查|熬夜)[^{lx.STOP}]{{0,3}}?到$")


def _night_worked_until(text: str, skeleton: Skeleton) -> set[int]:
    """今天调休，昨晚加班到一点: the clock at which last night's (or a past day's) work ended,
    its night or day named right before the work, is neither the leave nor its end."""
    found = set()
    for t in skeleton.exprs_at:
        if "到" not in text[max(0, t - 2) : t]:
            continue  # a match ends 到 at t, or 到 then a line's end (the pattern's $)
        m = _WORKED_UNTIL.search(text, 0, t)
        night = skeleton.exprs_at.get(m.start()) if m is not None else None
        if isinstance(night, Point) and (night.part in (EVENING, DAWN) or _days_ago(night)):
            found.add(t)  # 昨天加班到十点: yesterday's work, whatever its part of day
    return found


def _small_hours(expr: Expr | None) -> bool:
    """凌晨 with no day or clock of its own: the night before, never when work resumes."""
    if not isinstance(expr, Point):
        return False
    return expr.part == DAWN and expr.date is None and expr.clock is None


def _withdrawn_clause(intent: Intent, skeleton: Skeleton, exprs: list[Expr]) -> list[Expr]:
    """周五下午不去北干渠了，周四一次看完: the times of the clause that withdraws something;
    other clauses' times are what happens instead (户口周末能办)."""
    m = lx.CANCEL.search(intent.text) or lx.DROPPED.search(intent.text)
    if m is None:
        return exprs
    start, end = clause_around(intent.text, m.start())
    where = {id(e): i for i, e in skeleton.exprs_at.items()}
    inside = [e for e in exprs if start <= where.get(id(e), -1) < end]
    narrower = _day_of_week_withdrawn(intent.text, inside, exprs, where, end)
    if narrower is not None:
        return narrower
    if not any(isinstance(e, Point | Range) for e in inside) or len(inside) == len(exprs):
        return exprs
    if intent.kind == "晚到":  # 明早不晚到了，原来说的晚一小时: how late it was to be
        dated = {
            clause_around(intent.text, where.get(id(e), 0))
            for e in exprs
            if not isinstance(e, Span)
        }
        return [
            e
            for e in exprs
            if e in inside
            or (
                isinstance(e, Span) and clause_around(intent.text, where.get(id(e), 0)) not in dated
            )
        ]
    return inside


def _day_of_week_withdrawn(
    text: str, inside: list[Expr], exprs: list[Expr], where: dict[int, int], after: int
) -> list[Expr] | None:
    """下周的请假取消了，周三不请了: a week withdrawn, then a weekday withdrawn in a later
    clause, is that day of that week only."""
    if len(inside) != 1 or not isinstance(inside[0], Point):
        return None
    week = inside[0].date
    if week is None or week.form != "week" or inside[0].part or inside[0].clock:
        return None
    later = lx.CANCEL.search(text, after)
    if later is None:
        return None
    start, end = clause_around(text, later.start())
    days = [e for e in exprs if start <= where.get(id(e), -1) < end and isinstance(e, Point)]
    if len(days) != 1 or days[0].date is None or days[0].date.form != "wd":
        return None
    day = days[0]
    if day.date is not None and day.date.week is None:
        day = replace(day, date=replace(day.date, week=week.week))
    return [day]


_DAY_GAP = compile_gated(r"\s*[、和与及]?\s*")


def _on_each_day(found: Period, exprs: list[Expr], ctx: Context) -> Period:
    """下周一、下周二都晚到一个小时: lateness or leaving early on a list of days is the same
    hours on each of them."""
    if found.start is None or found.end is None or found.start.date() != found.end.date():
        return found
    dated = [e for e in exprs if isinstance(e, Point) and e.date is not None]
    if len(dated) < 2 or any(
        not _DAY_GAP.fullmatch(ctx.text[a.end : b.start]) for a, b in pairwise(dated)
    ):
        return found
    days: list[date] = []
    anchor = None
    for point in dated:
        bare = point.date is not None and point.date.form == "wd" and point.date.week is None
        got = resolve_point(point, ctx, anchor=anchor if bare else None)
        if got is None or got.first_day != got.last_day:
            return found
        days.append(got.first_day)
        anchor = got.first_day
    shifted = sorted(
        (
            found.start + timedelta(days=(day - found.start.date()).days),
            found.end + timedelta(days=(day - found.start.date()).days),
        )
        for day in set(days)
    )
    if len(shifted) < 2:
        return found
    return Period(shifted[0][0], shifted[0][1], tuple(shifted))


_JUST_BACK = compile_gated(
    r"(?:刚刚?|已经?)从[^,.;:!?。\n]{1,10}回(?:来|到)"
    r"|回(?:到)?(?:单位|局里|办公室)了"  # 学习班下午没课了，我回局里了: back now
    r"|已经?回到(?:单位|局里|办公室)"  # 已回到局里，下午的会我能参加: at the office now
    r"|刚刚?[^,.;:!?。\n]{1,6}?完[^,.;:!?。\n]{0,4}?回(?:来|到)"  # 刚办完事回来: arrived now
    r"|^\W*(?:我|人)?(?:刚刚?|已经?)回来了?(?=[,.;:!?。\n]|$)"  # 刚回来，明天的会我参加
    r"|(?:刚刚?|已经?)(?:到岗|到单位|到局里|到办公室)了?(?=[,.;:!?。\n]|$)"  # 今天销掉，已经到岗
)


def _back_just_now(text: str) -> bool:
    """刚从市局回来 with no time in its clause before it: back at the moment it is said (a
    time after it, 刚办完事回来下午在单位 run on, is when work goes on)."""
    m = _JUST_BACK.search(text)
    if m is None:
        return False
    start, _ = clause_around(text, m.start())
    return _TIMES.search(text, start, m.end()) is None


_TIMES = compile_gated(f"[{lx.TC}]")
# 已从省厅回来，下午正常上班, 刚从东坪垸回来，下午正常上班: back from away, then the half work
# resumes in (刚从市局回来，下午正常在单位 is at the office now: no work resuming named)
_BACK_FROM_AWAY_THEN = compile_gated(
    rf"(?:已经?|刚刚?)从[^{lx.STOP}]{{1,10}}回来了?[{lx.STOP}\s]"
    rf"|^\W*(?:我|人)?(?:刚刚?|已经?)回来了?[{lx.STOP}\s]"
    rf"|(?:现在|已经?|刚刚?)回到(?:局里|单位|办公室)了?[{lx.STOP}\s]"  # …，现在回到局里，下午…
)
# (下午来上班, 下午就回来上班 as well: the half work resumes in, whatever the verb)
_RESUMES_WORK = compile_gated(rf"[{lx.TC}](?:就|再)?(?:正常|照常|按时)?(?:来|回来)?(?:上班|到岗)")


def _back_then_resumes(text: str) -> bool:
    """已从省厅回来，下午正常上班 said at noon: the return told as done, work resuming
    at the half named, not at the moment it is said (WRITING.md: end 14:30)."""
    back = _BACK_FROM_AWAY_THEN.search(text)
    return back is not None and _RESUMES_WORK.search(text, back.end()) is not None


def _return_said(text: str) -> re.Match[str] | None:
    """The return time: 三点回不来，五点前回 names the return after the one ruled out."""
    found = list(lx.RETURN_TIME.finditer(text))
    said = [m for m in found if m["verb"] != "回不来"]
    if found and found[0]["verb"] == "回不来" and said:
        return said[0]
    if found:
        return found[0]
    return (
        lx.RETURN_AT.search(text)  # 预计返回：11:30
        or lx.RETURN_THEN.search(text)
        or lx.FIND_ME_AFTER.search(text)
    )


# 周二上午还要去一次 / 周四上午也要请 / 周三下午也请: a part that repeats the verb of the
# part before it (还/再/又/也 + the verb, or 也是/也一样 alone) is a period of the same kind.
_AGAIN = compile_lazy(
    r"(?:还|再|又)(?:要|得|需要?)?(?:去|跑)"
    r"|也(?:要|得|需要?|想)?(?:请|休|去|跑)"
    r"|也(?:是|一样)(?=\s*[,.;!?。\n]|$)"
)
_PART_END = compile_lazy(r"[,.;!?。\n、]")


def _clause_periods(
    intent: Intent, skeleton: Skeleton, exprs: list[Expr], ctx: Context
) -> Period | None:
    """周四上午请假，周五下午请假 / 周一上午去审计局，周三下午去财政局: each part that names
    its own day and says what it is gives a period of its own."""
    days_named = sum(
        isinstance(e, Range) or (isinstance(e, Point) and e.date is not None) for e in exprs
    )
    if days_named < 2:
        return None  # two parts with a day each need two days named (most reports name one)
    text = intent.text
    where = {id(e): i for i, e in skeleton.exprs_at.items()}
    dated: list[tuple[int, int, list[Expr]]] = []
    until = {m.start("t") for m in lx.UNTIL.finditer(text)}  # …，出差到12月3日: the trip's end
    start = 0
    for m in [*_PART_END.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        part = [e for e in exprs if start <= where.get(id(e), -1) < end]
        days = [
            e for e in part if (isinstance(e, Point) and e.date is not None) or isinstance(e, Range)
        ]
        if days and not all(where.get(id(e)) in until for e in days):
            dated.append((start, end, part))
        start = end + 1
    if len(dated) < 2:
        return None  # one part names a day at most (most reports): no periods apart
    found: list[tuple[datetime, datetime]] = []
    last: date | None = None  # 明天上午去审计局，下午2:30-4:00还要去…: the day carries on
    for start, end, part in dated:
        own = first_day(part, ctx)
        day, last = own or last, own or last
        again = _AGAIN.search(text, start, end) is not None  # 周二上午还要去一次
        if not again and not _part_of_kind(intent, text[start:end]):
            continue
        period = compose(part, ctx, intent.kind, default_day=None if own else day)
        told = period.end is not None and period.end.date() < ctx.today  # 昨晚过世: context
        told = told or _done_before_now(text[start:end], period, ctx)
        if period.start is not None and period.end is not None and not period.periods and not told:
            found.append((period.start, period.end))
    if len(found) < 2:
        return None
    found.sort()
    if any(b[0] < a[1] for a, b in pairwise(found)):
        return None  # overlapping parts restate one period
    return Period(found[0][0], found[0][1], tuple(found))


def _done_before_now(part: str, period: Period, ctx: Context) -> bool:
    """明天请病假，今天去医院挂了号 (said in the evening): an errand told as done (了) whose
    time is over when it is said is what led to the absence, not a period of it; a leave
    told as taken (今天上午请了假) is still one."""
    over = period.end is not None and period.end <= ctx.minute
    return over and "了" in part and _LEAVE_TAKEN.search(part) is None


_LEAVE_TAKEN = compile_lazy(r"[请休]|假")


def _part_of_kind(intent: Intent, part: str) -> bool:
    """Whether a part says what the absence is. Beside leave, a part that only goes
    somewhere (周六去长沙看场球赛，周一请一天假) is what the leave is for, not a leave day."""
    kind, _, strong = kind_of(part)
    if kind is None:
        # 明天上午做胃镜，后天上午还要复诊，两个上午请病假: the speaker's own health errand
        # on a day of its own is a day of the sick leave
        return intent.kind == "病假" and lx.OWN_HEALTH.search(part) is not None
    return strong or kind not in DUTY or intent.kind in DUTY


# 下午过去, 周五上午送过去: going over there at a time, the place left to the one asked
_BARE_OVER = compile_gated(rf"(?<=[{lx.TC}])[送拿带]?过去")


def _over_there_off_duty(intent: Intent, period: Period, ctx: Context) -> bool:
    """周末谁在局里？我要拿个U盘，下午过去 (said on a Saturday): going over there with no
    place named, on a day off, takes nobody away from work; said to 你 with no 我 (小王你
    周五上午送过去), it is who is told to go."""
    if intent.action != "new" or intent.at < 0 or period.start is None:
        return False
    if _BARE_OVER.match(intent.text, intent.at) is None:
        return False
    told = "你" in intent.text and lx.SPEAKER.search(intent.text) is None
    return told or not ctx.is_workday(period.start.date())


# 对方说, 他们答复, 那边回复: the other side's answer relayed.
_ANSWERED = compile_gated(r"(?:对方|他们|那边|人家)(?:说|讲|答复|回复|表示|反馈)")
_CLOSING = timedelta(minutes=30)


def _family_day_off(intent: Intent, period: Period, ctx: Context) -> bool:
    """周日去乡下给爷爷过生日: a family affair read as leave with no word of leave, on days
    off only, takes nobody away from work (周六请假 would still be a leave asked for)."""
    if intent.action != "new" or intent.kind != "请假" or period.start is None:
        return False
    if "假" in ctx.text or "休" in ctx.text:
        return False
    day, last = period.start.date(), (period.end or period.start).date()
    while day <= last:
        if ctx.is_workday(day):
            return False
        day += timedelta(days=1)
    return True


# 上周五去龙口闸检查了, 昨天下午去区里开的会, 在花石镇开的协调会 (是…的): told after it was done.
_DONE = compile_gated(r"了|过(?!去)|的[^,.;:!?。\n]{0,3}会|[开送交办签]的|完")


_UNREPORTED = compile_gated(r"[没未漏]报的")  # 上周外出没报的，今天补报: people told to


# How the work found things (进度正常, 机组运行良好, 闸门启闭正常), what was reported on
# (已报维修) and the work itself finished (检修完了, 批了一半), at the end of a clause: a
# condition (正常的话, 正常就回) or what comes after (开完了回家) is no finding.
_FOUND = compile_gated(
    r"(?:(?:进度|设备|机组|工况|水质|现场|闸门|启闭|水位|电机|线路|巡查|巡检|巡堤|巡河|检查|堤身|堤段)"
    r"[^,.;:!?。\n]{0,2}?(?:正常|良好|平稳)"
    r"|已(?:经)?上?报(?:维修|修|抢修|整改)"
    r"|(?:检修|维修|修|调试|巡查|巡检|检查|验收|测量|清点|安装|更换)完了"
    r"|了(?:一半|一部分|大半|大部分))"  # 批了一半: a partial result, so the errand was run
    r"(?=[,.;!?。\s]|$)"
)
# 会议精神明天传达: what the meeting decided is to be passed on, so the meeting is over (read in
# the message as said: the neutral blanking takes 会议精神 out of the intent's text).
_RELAYED = compile_gated(
    r"(?:会议精神|会议内容|会议要求|会议纪要)[^,.;:!?。\n]{0,6}?传达(?:一下)?(?=[,.;!?。\s]|$)"
)


def _done_and_told(intent: Intent, period: Period, ctx: Context) -> bool:
    """An outing or meeting that is over and told in the past tense is a work report, and so
    is a colleague's absence that is over and told without a word of reporting; leave told
    late (上周五请了病假) is still a report, asked about as a past day."""
    if intent.action == "return" and _RELAYED.search(ctx.text) is not None:
        return True  # 刚从市局开完会回来，会议精神下午传达: the meeting's business, not the return
    late = lx.LATE_REPORT.search(intent.text) if intent.action == "new" else None
    if late is not None and _UNREPORTED.search(intent.text) is None:
        return False  # 9:30-11:30 我在区法院旁听 忘了报 补一下: reported late, still reported
    over = period.end is not None and period.end <= ctx.now
    gone = period.end is not None and period.end.date() < ctx.today and intent.action == "new"
    if gone and intent.kind in DUTY:
        return True  # 昨天去区里开会到六点才回: a day gone by, told as news, not reported
    if gone and _TOLD.search(intent.text):
        return True  # 上周请的两天病假，病历已经交了: leave taken, now a topic
    if gone and _AT_WORK_TODAY.search(ctx.text) and "假" not in ctx.text:
        # 昨天去医院拿的检查结果没事，今天照常上班: at work today, yesterday's errand told (昨天
        # 请了一天病假，今天正常上班 may be leave reported late: asked, as a past day)
        return True
    if intent.action == "new" and intent.people and intent.doubt and over:
        return True  # 老刘上周休年假去海南了: a colleague's absence, over and only talked about
    if intent.action != "new" or intent.kind not in DUTY or intent.people:
        return False
    if over and _WORK_SUMMARY.search(ctx.text) is not None:
        return True  # 今日工作小结：上午在金霞灌区核查…，下午回单位汇总 at 17:35
    if not over and period.start is not None and period.start <= ctx.now:
        # 今天下午去莲花镇开了协调会，征地的事基本谈妥 at 17:20; …看了冬修现场，进度正常 at
        # 17:00: the work under way is done
        found = lx.WORK_DONE.search(intent.text) or _FOUND.search(intent.text)
        found = found or lx.WORK_PERFECTIVE.search(intent.text)
        over = bool(found or (intent.kind == "会议" and _RELAYED.search(ctx.text)))
        closing = period.end is not None and ctx.now >= period.end - _CLOSING
        if not over and closing and _ANSWERED.search(intent.text, max(intent.at, 0)):
            # 下午去区发改局，对方说项目批复下周出 at 17:25: what the other side answered,
            # told as the afternoon closes, is how it went
            return True
    elif over and _FOUND.search(intent.text) is not None:
        return True  # 今天去楠竹山泵站巡检，…，已报维修 at 17:30: the work reported on
    return over and _DONE.search(intent.text) is not None


def _kind_clause(intent: Intent, skeleton: Skeleton, exprs: list[Expr], ctx: Context) -> list[Expr]:
    """今天上午请病假，昨晚挂水到凌晨: the times in the clause that says what the absence is;
    other clauses' times are context. Lengths (共13天) count wherever they stand."""
    if intent.at < 0:
        return exprs
    text = intent.text
    start, end = clause_around(text, intent.at)
    where = {id(e): i for i, e in skeleton.exprs_at.items()}
    exprs = _event_halves(intent, exprs, where, spent=ctx.text)
    inside = [e for e in exprs if start <= where.get(id(e), -1) < end]
    if not any(isinstance(e, Point | Range) for e in inside):
        return _not_yesterday(_event_halves(intent, exprs, where, spent=None), text)
    if sum(not isinstance(e, Span) for e in exprs) < 2:
        return exprs
    until = {m.start("t") for m in lx.UNTIL.finditer(text)}  # 明天去武汉，出差到12月3日: its end
    dated = any(
        _first(e).date is not None
        for e in inside
        if not isinstance(e, Span) and where.get(id(e)) not in until
    )
    before = [e for e in exprs if where.get(id(e), -1) < start and not isinstance(e, Span)]
    # the nearest day before the clause (昨天淋了雨，今天头昏，上午在家躺一下: today)
    day = [e for e in before if _first(e).date is not None][-1:] if not dated else []
    if day and intent.action == "new" and _days_ago(_first(day[0])):
        # 昨晚孩子发烧守了一夜，上午请个假: the night gone by is why; the half is to come
        return [e for e in exprs if e in inside or isinstance(e, Span)]
    if day and (_first(day[0]).part is not None or _first(day[0]).clock is not None):
        # 明天上午在局里，下午去…: the day; 周一周三下午…，下午请假: each day of the list
        days = [replace(_first(e), part=None, clock=None) for e in _day_list(before, text, where)]
        return [*days, *(e for e in exprs if e in inside or _refines(e, ctx))]
    bare = [  # …，都是上午 / …，28号到30号 narrows; a dated line alone (a letter's date) does not
        e
        for e in exprs
        if not isinstance(e, Span)
        and (_first(e).date is None or isinstance(e, Range))
        and _bare_clause(text, where.get(id(e), -1))
    ]
    since = {m.start() for m in lx.SINCE.finditer(text)}  # 到11日止请事假，从下周一开始
    said_parts = {_first(e).part for e in inside if not isinstance(e, Span)} - {None}
    away = (  # …交年度资料，上午不在单位: a clause that says when the speaker is away narrows
        {
            id(e)
            for e in exprs
            if not isinstance(e, Span)
            and _first(e).date is None
            and _first(e).part not in said_parts  # 周二 周四 上午都要去…，上午不在: restated
            and _NOT_IN.search(text, *clause_around(text, where.get(id(e), 0))) is not None
        }
        if _NOT_IN.search(text) is not None
        else set()
    )
    half_day = any(isinstance(e, Span) and "半天" in ctx.text[e.start : e.end] for e in inside)
    return [
        e
        for e in exprs
        if e in inside
        or (
            (
                e in day
                or e in bare
                or (half_day and _half_why(text, where.get(id(e), -1), e))
                or _refines(e, ctx)
                or where.get(id(e)) in since
                or id(e) in away
                or _whole_half(text, where.get(id(e), -1), e)
                or _other_half_away(intent, where.get(id(e), -1), e, inside)
            )
            and not (isinstance(e, Span) and _overtime(text, where.get(id(e), -1)))
        )
    ]


def _day_list(before: list[Point | Range], text: str, where: dict[int, int]) -> list[Point | Range]:
    """The last dated expression before a clause, with the days listed right before it
    (周一周三下午, 周二、周四上午): a list of days shares the half said after it."""
    dated = [e for e in before if isinstance(e, Point) and e.date is not None]
    if not dated or dated[-1] is not before[-1]:
        return [e for e in before if _first(e).date is not None][-1:]
    run: list[Point | Range] = [dated[-1]]
    for e in reversed(dated[:-1]):
        a, b = where.get(id(e), -1), where.get(id(run[0]), -1)
        if a < 0 or b < 0 or not _DAY_GAP.fullmatch(text[a + 1 : b]) or e.part or e.clock:
            break
        run.insert(0, e)
    return run


# 今天请半天假，下午有事: the half named in the clause of why.
_HALF_WHY = compile_lazy(rf"[{lx.P}]\s*(?:有事|有点事|有个事|要|得|去|到|带|陪|送|接)")


def _half_why(text: str, pos: int, expr: Expr) -> bool:
    """今天请半天假，下午有事 / 下午要去医院: 半天 with its half said where the message says why
    is that half; a half only talked about (下午看情况) is context."""
    if pos < 0 or not isinstance(expr, Point) or expr.date is not None or expr.clock is not None:
        return False
    return expr.part in (AM, PM) and _HALF_WHY.match(text, pos) is not None


def _whole_half(text: str, pos: int, expr: Expr) -> bool:
    """…看堤身裂缝，估计一上午: a half said as how long it takes (一上午, 一整个下午) narrows
    the day to that half, unlike a bare 下午 elsewhere (下午看情况)."""
    if pos < 0 or not isinstance(expr, Point) or expr.date is not None or expr.clock is not None:
        return False
    return expr.part in (AM, PM) and text[max(pos - 3, 0) : pos].endswith(("一", "整个"))


def _other_half_away(intent: Intent, pos: int, expr: Expr, inside: list[Expr]) -> bool:
    """上午去区财政局，下午去发改局: the day's other half, in a clause of its own that goes
    somewhere too, is away as well; the absence is both halves (BB0228). A meeting held in
    the building (下午局里开会) is not away."""
    if intent.action != "new" or intent.kind not in DUTY or intent.timing_only or pos < 0:
        return False
    if not isinstance(expr, Point) or expr.date is not None or expr.clock is not None:
        return False
    halves = {e.part for e in inside if isinstance(e, Point) and e.part is not None}
    if expr.part not in (AM, PM) or halves != {PM if expr.part == AM else AM}:
        return False
    start, end = clause_around(intent.text, pos)
    if lx.HOME_MEETING.search(intent.text, start, end) is not None:
        return False
    return kind_of(intent.text[start:end])[0] in DUTY


_OVERTIME_AFTER = compile_gated(r"[\s的]?(?:加班|值班)")
_OVERTIME_BEFORE = ("加班", "值班", "加了", "值了")


def _overtime(text: str, pos: int) -> bool:
    """周末两天加班巡堤，下周一调休: a length in another clause that is the overtime worked, not
    the leave's."""
    if pos < 0:
        return False
    return (
        _OVERTIME_AFTER.match(text, pos + 1) is not None or text[pos - 2 : pos] in _OVERTIME_BEFORE
    )


# 上午不在单位, 下午不来了, 下午不在: a clause saying when the speaker is away.
def _event_halves(
    intent: Intent, exprs: list[Expr], where: dict[int, int], *, spent: str | None
) -> list[Expr]:
    """今天拉了一早上，请病假; 他今天早上胃出血住院了: the morning in a clause that tells what
    happened (the perfective 了) dates the leave, whose clause names no time, and does not bound
    it: the leave is the day's (他今天下午发烧回去了 is when the absence began: kept). Given
    the message ``spent``, only a morning counted right after the perfective (拉了一早上: how
    long it went on, never the leave's half; 请了一上午假 is; 摔了上午请假 names the leave's)
    in any clause."""
    if intent.kind not in _LEAVE_KINDS:
        return exprs
    text = intent.text
    out: list[Expr] = []
    for e in exprs:
        at = where.get(id(e), -1)
        morning = isinstance(e, Point) and e.part == AM and e.clock is None and at >= 0
        if spent is not None and isinstance(e, Point):
            counted = spent[e.start : e.start + 1] == "一"
            morning = morning and counted and _SPENT.match(text, max(at - 2, 0), at) is not None
        if morning and _HAPPENED.search(text, *clause_around(text, at)) is not None:
            assert isinstance(e, Point)
            out.append(replace(e, part=None))  # the same point, its half dropped
        else:
            out.append(e)
    return out


_LEAVE_KINDS = frozenset({*lx.LEAVE_KINDS.values(), "请假"})
# The perfective 了 after a verb (not 为了, 不了, 了解): a clause that tells what happened.
# Not after a verb negated (上午不来了: when the speaker is away, said ahead, not what happened).
_HAPPENED = compile_gated(r"(?<![为除算不])(?<!不[来去到在])了(?![解结不])")
# 拉了一早上, 疼了一早上: a verb's perfective right before the morning (not 请了, 休了).
_SPENT = compile_gated(r"[^请休]了$")


def _not_yesterday(exprs: list[Expr], text: str) -> list[Expr]:
    """红旗垸那段昨晚渗水，我直接到堤上了，回来时间说不准: a day gone by in another clause is why
    the speaker goes now, not when."""
    gone = [e for e in exprs if isinstance(e, Point) and _days_ago(e)]
    if not gone:
        return exprs
    # 前天摔了一跤，上午去医院复查，请半天假: a half or clock of no day said after it is today's
    later = any(
        isinstance(e, Point)
        and e.date is None
        and e.start > gone[-1].end
        and clause_around(text, e.start) != clause_around(text, gone[-1].start)
        for e in exprs
    )
    if lx.NOW_WORDS.search(text) is None and not later:
        return exprs
    return [e for e in exprs if e not in gone]


def _days_ago(point: Point) -> bool:
    spec = point.date
    return spec is not None and spec.form == "rel" and spec.offset < 0


_NOT_IN = compile_gated(rf"不在(?:局里|单位|办公室|岗|(?=$|[{lx.STOP}]))|不(?:过)?来了")


# 周四到周五两天: a range and its count of days, read as one time.
_DAYS_COUNTED = compile_gated(rf"(?<=[{lx.TC}])(?:共|一共|总共)?[两二三四五六七八九十]{{1,2}}天$")
_FILLER = compile_gated(rf"[\s{lx.TC}都是均为只各全就·]")


def _bare_clause(text: str, pos: int) -> bool:
    """A clause that is a time and nothing else (周五请半天，下午 / …，都是上午) narrows the
    report; a time with words of its own (下午看情况来) is context."""
    if pos < 0:
        return False
    if 0 < pos < len(text) - 1 and text[pos - 1] == "(" and text[pos + 1] == ")":
        return True  # 蒲小玲：区财政局 对账（上午）: a time alone in brackets annotates its line
    start, end = clause_around(text, pos)
    if start > 0 and start == pos and _HALF_GOING.match(text, pos) is not None:
        return True  # 明天要去市里办增容，上午去下午回: when, of the day, it goes
    return start > 0 and not _FILLER.sub("", _DAYS_COUNTED.sub("", text[start:end]))


# 上午去, 上午过去: a time and a bare going, opening its clause, the rest of it the return.
_HALF_GOING = compile_gated(rf"[{lx.P}](?:过)?去(?=$|[{lx.P}{lx.STOP}])")


def _first(expr: Point | Range) -> Point:
    return expr.first if isinstance(expr, Range) else expr


def _refines(expr: Expr, ctx: Context) -> bool:
    """A length, or clock times with no day of their own (…，三点到五点): they narrow the
    day the report names. A day or a bare 下午 elsewhere is context (下午看情况), and so is a
    clock outside office hours (晚上六点交班)."""
    if isinstance(expr, Span):
        return True
    first = expr.first if isinstance(expr, Range) else expr
    if first.date is not None:
        return False
    if first.clock is not None:
        moment = clock_time(first.clock, first.part)
        return ctx.office.day_start <= moment < ctx.office.day_end
    return first.part == DAY  # …，全天


def _timing_amended(
    intent: Intent, skeleton: Skeleton, exprs: list[Expr], ctx: Context
) -> Period | None:
    """改成五点走, 九点半到，不是九点: lateness or leaving early corrected is read as one, from
    the corrected part only."""
    start, end = intent.scope
    text = intent.text
    part = "·" * start + text[start:end] + "·" * (len(text) - end)
    late = intent.kind == "晚到"
    found = (late_period if late else early_period)(
        replace(intent, text=part), skeleton, exprs, ctx
    )
    if found is not None:
        return found
    for expr in exprs:  # 九点半到，不是九点: the clock corrected is the arrival (or departure)
        if not isinstance(expr, Point) or expr.clock is None:
            continue
        got = resolve_point(expr, ctx)
        if got is None or got.grain != "clock":
            continue
        opening, closing = ctx.day_start(got.first_day), ctx.day_end(got.first_day)
        if opening < got.start < closing:
            return Period(opening, got.start) if late else Period(got.start, closing)
    return None


def _amended(intent: Intent, skeleton: Skeleton, ctx: Context, at_work: set[int]) -> Period:
    """The corrected period only; what the correction does not restate stays null, and a
    time the sender is at work (下午我能来) is not part of it."""
    start, end = intent.scope
    exprs = skeleton.exprs_in(start, end, skip=at_work)
    anchor = intent.anchor_scope
    earlier = skeleton.exprs_in(*anchor, skip=at_work) if anchor else []
    day = first_day(earlier, ctx)  # 明天上午改为下午: the afternoon of that same day
    ret = lx.RETURN_TIME.search(intent.text, start, end)
    if intent.end_only:
        period = compose(
            exprs, ctx, intent.kind, ret=ret, skeleton=skeleton, allow_now=False, default_day=day
        )
        clock = ret is None and any(
            _first(e).clock is not None for e in exprs if not isinstance(e, Span)
        )
        if clock:
            return Period(None, period.start)  # 回来时间改为五点: 17:00
        return Period(_start_by_length(intent, exprs, period, ctx), period.end)
    if not exprs and intent.kind is not None:
        return compose(earlier, ctx, intent.kind, allow_now=False)  # 明天的病假改为事假: that day
    if intent.kind in ("晚到", "早退"):  # the day said before the change, when none after
        timed = _timing_amended(intent, skeleton, [*exprs, *earlier], ctx)
        if timed is not None:
            return timed
    exprs = _lengths_told(_day_put_right(exprs, skeleton, intent.text), skeleton, intent.text)
    period = compose(exprs, ctx, intent.kind, allow_now=False, default_day=day)
    if period.start is not None and not period.periods and _from_then_on(skeleton, exprs):
        return Period(period.start, None)  # the end stays the record's (merge_amendment)
    return period


# 培训改到下周二开始了, 年假改为周三起: only the new first day is said (起床, 起来 are no start).
_STARTS_THEN = compile_lazy(r"(?:开始|起)(?![床来身])")


def _from_then_on(skeleton: Skeleton, exprs: list[Expr]) -> bool:
    """A correction that names only the day the absence now starts from (培训改到下周二开始了)
    leaves its end, or its length, as recorded: one day said, followed by 开始 or 起."""
    if len(exprs) != 1 or not isinstance(exprs[0], Point):
        return False
    at = next((i for i, e in skeleton.exprs_at.items() if e is exprs[0]), None)
    return at is not None and _STARTS_THEN.match(skeleton.text, at + 1) is not None


def _start_by_length(
    intent: Intent, exprs: list[Expr], period: Period, ctx: Context
) -> datetime | None:
    """更正一下，衡阳的培训是3天，周三就回来: a length counted in calendar days and the day
    of return fix the first day (N days back from the return, inclusive)."""
    spans = [e for e in exprs if isinstance(e, Span) and e.duration.mod is None]
    if intent.kind not in CALENDAR_KINDS or len(spans) != 1 or period.end is None:
        return None
    length = spans[0].duration
    days = length.weeks * 7 + length.days
    if length.seconds or days < 1 or days != int(days) or days > 31:
        return None
    return ctx.day_start(period.end.date() - timedelta(days=int(days) - 1))


# 明天培训是后天, 周四的会是周五: the day said wrong, the event, then 是 and the day meant.
_DAY_IS_DAY = compile_gated(
    rf"(?P<old>{lx.POINT})的?[^{lx.STOP}{lx.TC}]{{0,6}}?(?<!不)是(?P<new>{lx.POINT})"
)


def _day_put_right(exprs: list[Expr], skeleton: Skeleton, text: str) -> list[Expr]:
    """说错了，明天培训是后天: in a correction, a day then 是 and another day is the wrong
    day and the right one, not a range from the first to the second."""
    m = _DAY_IS_DAY.search(text)
    if m is None:
        return exprs
    old, new = skeleton.exprs_at.get(m.start("old")), skeleton.exprs_at.get(m.start("new"))
    if not isinstance(old, Point) or not isinstance(new, Point):
        return exprs
    if old.date is None:
        return exprs
    if new.date is None:  # 明天上午的会是下午: the half put right keeps its day
        if new.part is None and new.clock is None:
            return exprs
        new = replace(new, date=old.date)
    return [new if e is skeleton.exprs_at.get(m.start("new")) else e for e in exprs if e is not old]


def _lengths_told(exprs: list[Expr], skeleton: Skeleton, text: str) -> list[Expr]:
    """更正为今明两天，医生让多休息一天: beside the days put right, a length in a clause with
    words of its own is why, not how long (…，两天 alone still is)."""
    if not any(isinstance(e, Point | Range) for e in exprs):
        return exprs
    where = {id(e): i for i, e in skeleton.exprs_at.items()}
    dated = [where.get(id(e), -1) for e in exprs if not isinstance(e, Span)]
    first = clause_around(text, min(dated))
    return [
        e
        for e in exprs
        if not isinstance(e, Span)
        or clause_around(text, where.get(id(e), -1)) == first
        or not _LENGTH_FILLER.sub("", text[slice(*clause_around(text, where.get(id(e), -1)))])
    ]


# 共13天, 还是三天, 为期两天: a clause that is a length and nothing else.
_LENGTH_FILLER = compile_gated(rf"[\s{lx.TC}都是均为只各全就·共总计期还连续合一]")
