"""The reader's table: each message with an injected ``now`` and the full expected report.

Every row states everything: whether it is a report, action, kind, start, end, reason and
people. Times are written ``"MM-DD HH:MM"`` in the year of ``now`` (or with a year when it
differs) and mean Asia/Shanghai. Most rows read at Thursday 2026-11-26 09:15.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.domain.absence_reader import NOT_A_REPORT, Report, read_report
from bot.domain.office import OfficeHours
from bot.domain.workcalendar import WorkCalendar

TZ = ZoneInfo("Asia/Shanghai")
THU = datetime(2026, 11, 26, 9, 15, tzinfo=TZ)  # a Thursday, mid-morning
THU1500 = datetime(2026, 11, 26, 15, 0, tzinfo=TZ)  # the same day, afternoon
MON = datetime(2026, 11, 23, 7, 50, tzinfo=TZ)  # before the working day
FRI1659 = datetime(2026, 11, 27, 16, 59, tzinfo=TZ)  # "now is Friday 16:59"
EVE = datetime(2026, 11, 26, 19, 30, tzinfo=TZ)  # after work
SAT = datetime(2026, 11, 28, 10, 0, tzinfo=TZ)
SEP30 = datetime(2026, 9, 30, 10, 0, tzinfo=TZ)  # the day before National Day
OCT9 = datetime(2026, 10, 9, 10, 0, tzinfo=TZ)  # Friday before the worked Saturday


def _at(text: str | None, year: int) -> datetime | None:
    if text is None:
        return None
    if text.count("-") == 1:
        text = f"{year}-{text}"
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


class Expected:
    """An expected report with times still as text; made concrete once ``now`` is known."""

    def __init__(self, action: str | None, kind: str | None, start: str | None, end: str | None,
                 reason: str | None = None, people: tuple[str, ...] = ()) -> None:  # fmt: skip
        self.action, self.kind, self.start, self.end = action, kind, start, end
        self.reason, self.people = reason, people

    def report(self, now: datetime) -> Report:
        if self.action is None:
            return NOT_A_REPORT
        return Report(
            True,
            self.action,
            self.kind,
            _at(self.start, now.year),
            _at(self.end, now.year),
            self.reason,
            self.people,
        )


def new(kind: str, start: str | None, end: str | None, reason: str | None,
        people: tuple[str, ...] = ()) -> Expected:  # fmt: skip
    return Expected("new", kind, start, end, reason, people)


def back(end: str, people: tuple[str, ...] = ()) -> Expected:
    return Expected("return", "销假", None, end, None, people)


def cancel(kind: str, start: str | None, end: str | None, people: tuple[str, ...] = ()) -> Expected:
    return Expected("cancel", kind, start, end, None, people)


def amend(
    kind: str | None, start: str | None, end: str | None, people: tuple[str, ...] = ()
) -> Expected:
    return Expected("amend", kind, start, end, None, people)


NO = Expected(None, None, None, None)

CASES: list[tuple[datetime, str, Expected]] = [
    # --- The two examples of DESIGN and the issue
    (THU, "明天下午请假半天，孩子家长会", new("请假", "11-27 14:30", "11-27 17:30", "孩子家长会")),
    (
        THU,
        "外出：姜畲大堤巡查，下午3点回",
        new("外出", "11-26 09:15", "11-26 15:00", "姜畲大堤巡查"),
    ),
    # --- Relative days
    (THU, "我明天请假", new("请假", "11-27 08:30", "11-27 17:30", None)),
    (THU, "今天请假", new("请假", "11-26 08:30", "11-26 17:30", None)),
    (THU, "后天请假", new("请假", "11-28 08:30", "11-28 17:30", None)),
    (THU, "大后天请事假", new("事假", "11-29 08:30", "11-29 17:30", None)),
    (THU, "今天下午请假", new("请假", "11-26 14:30", "11-26 17:30", None)),
    (THU, "明天上午请病假，去医院复查", new("病假", "11-27 08:30", "11-27 12:00", "去医院复查")),
    (MON, "今天上午请假", new("请假", "11-23 08:30", "11-23 12:00", None)),
    (FRI1659, "明天请假", new("请假", "11-28 08:30", "11-28 17:30", None)),
    # --- Weekdays: a bare weekday is the next on or after today; 本周/下周 name the week
    (THU, "周四请假", new("请假", "11-26 08:30", "11-26 17:30", None)),
    (THU, "星期二请年假", new("年假", "12-01 08:30", "12-01 17:30", None)),
    (THU, "礼拜五请假", new("请假", "11-27 08:30", "11-27 17:30", None)),
    (THU, "本周四请假", new("请假", "11-26 08:30", "11-26 17:30", None)),
    (THU, "下周三请假", new("请假", "12-02 08:30", "12-02 17:30", None)),
    (THU, "周4请假", new("请假", "11-26 08:30", "11-26 17:30", None)),
    (THU, "这周五下午调休", new("调休", "11-27 14:30", "11-27 17:30", None)),
    (THU, "下个星期一请假", new("请假", "11-30 08:30", "11-30 17:30", None)),
    (THU, "本周一请假，补报", new("请假", "11-23 08:30", "11-23 17:30", None)),
    (THU, "周日请假", new("请假", "11-29 08:30", "11-29 17:30", None)),
    # --- Dates: 3号 rolls to next month once past, 12月3日 to next year; 本月 does not roll
    (THU, "11月28日请假", new("请假", "11-28 08:30", "11-28 17:30", None)),
    (THU, "11.30请假", new("请假", "11-30 08:30", "11-30 17:30", None)),
    (THU, "11/30请假", new("请假", "11-30 08:30", "11-30 17:30", None)),
    (THU, "2026-11-30请假", new("请假", "11-30 08:30", "11-30 17:30", None)),
    (THU, "8号请假", new("请假", "12-08 08:30", "12-08 17:30", None)),
    (THU, "26号请假", new("请假", "11-26 08:30", "11-26 17:30", None)),
    (THU, "元月8号请假", new("请假", "2027-01-08 08:30", "2027-01-08 17:30", None)),
    (THU, "廿三日请假", new("请假", "12-23 08:30", "12-23 17:30", None)),
    (THU, "本月15日请假", new("请假", "11-15 08:30", "11-15 17:30", None)),
    (THU, "12月3日请事假", new("事假", "12-03 08:30", "12-03 17:30", None)),
    (THU, "3月5日请假", new("请假", "2027-03-05 08:30", "2027-03-05 17:30", None)),
    (THU, "十二月三日请假", new("请假", "12-03 08:30", "12-03 17:30", None)),
    (THU, "2026年12月1日请年假", new("年假", "12-01 08:30", "12-01 17:30", None)),
    (THU, "下月3号请婚假", new("婚假", "12-03 08:30", "12-03 17:30", None)),
    # --- Ranges, both ends included; the end is read against the start
    (THU, "5日至7日请假", new("请假", "12-05 08:30", "12-07 17:30", None)),
    (THU, "周二到周四请年假", new("年假", "12-01 08:30", "12-03 17:30", None)),
    (THU, "明后两天请假", new("请假", "11-27 08:30", "11-28 17:30", None)),
    (THU, "2号到4号出差", new("出差", "12-02 08:30", "12-04 17:30", None)),
    (THU, "11月30日至12月2日培训，在省厅", NO),
    (THU, "周三下午到周五请假", new("请假", "12-02 14:30", "12-04 17:30", None)),
    (THU, "明天上午到后天下午请假", new("请假", "11-27 08:30", "11-28 17:30", None)),
    (THU, "下周一至周五休年假", new("年假", "11-30 08:30", "12-04 17:30", None)),
    (THU, "今明两天请假", new("请假", "11-26 08:30", "11-27 17:30", None)),
    (THU, "12月28日到1月3日休年假", new("年假", "12-28 08:30", "2027-01-03 17:30", None)),
    # --- Durations: days are working days counted in halves from now; hours on the clock
    (THU, "请假两天", new("请假", "11-26 08:30", "11-27 17:30", None)),
    (THU, "明天请假两天", new("请假", "11-27 08:30", "11-30 17:30", None)),
    (THU, "周五请假两天", new("请假", "11-27 08:30", "11-30 17:30", None)),
    (THU, "请假半天", new("请假", "11-26 14:30", "11-26 17:30", None)),
    (THU1500, "请假半天", new("请假", "11-27 08:30", "11-27 12:00", None)),
    (THU, "明天请假半天", new("请假", "11-27 08:30", "11-27 12:00", None)),
    (THU, "请假两天半", new("请假", "11-26 08:30", "11-30 12:00", None)),
    (THU, "下午请假三个小时", new("请假", "11-26 14:30", "11-26 17:30", None)),
    (THU, "请假一个半小时", new("请假", "11-26 09:15", "11-26 10:45", None)),
    (THU, "外出四十分钟", new("外出", "11-26 09:15", "11-26 09:55", None)),
    (THU, "请假一周", new("请假", "11-26 08:30", "12-02 17:30", None)),
    (THU, "请3天假", new("请假", "11-26 08:30", "11-30 17:30", None)),
    (THU, "请1.5天假", new("请假", "11-26 08:30", "11-27 12:00", None)),
    # --- Clock times: a bare hour 1-7 is afternoon, 8-11 morning
    (THU, "十点外出", new("外出", "11-26 10:00", "11-26 17:30", None)),
    (THU, "十点半外出，12点回", new("外出", "11-26 10:30", "11-26 12:00", None)),
    (THU, "下午4点外出", new("外出", "11-26 16:00", "11-26 17:30", None)),
    (THU, "16:30外出，17:30回", new("外出", "11-26 16:30", "11-26 17:30", None)),
    (THU, "2点一刻出去，3点回", new("外出", "11-26 14:15", "11-26 15:00", None)),
    (THU, "明天上午10点到12点外出", new("外出", "11-27 10:00", "11-27 12:00", None)),
    (THU, "明天上午9点到下午3点请假", new("请假", "11-27 09:00", "11-27 15:00", None)),
    (THU, "下午2点半到4点外出", new("外出", "11-26 14:30", "11-26 16:00", None)),
    (THU, "上午10点请假", new("请假", "11-26 10:00", "11-26 12:00", None)),
    (THU, "明天10点以后请假", new("请假", "11-27 10:00", "11-27 17:30", None)),
    # --- Half days; 半天 alone is the half not yet started
    (THU, "下午请假", new("请假", "11-26 14:30", "11-26 17:30", None)),
    (THU, "明天全天请假", new("请假", "11-27 08:30", "11-27 17:30", None)),
    (THU, "明天上午请假半天", new("请假", "11-27 08:30", "11-27 12:00", None)),
    (THU, "下午外出半天", new("外出", "11-26 14:30", "11-26 17:30", None)),
    (THU, "明天下半天请假", new("请假", "11-27 14:30", "11-27 17:30", None)),
    (THU, "明天一整天请假", new("请假", "11-27 08:30", "11-27 17:30", None)),
    # --- Return times: only a return time given, the absence starts now
    (THU, "下午4点回来", new("外出", "11-26 09:15", "11-26 16:00", None)),
    (THU, "半小时回", new("外出", "11-26 09:15", "11-26 09:45", None)),
    (THU, "出去一下，一小时后回来", new("外出", "11-26 09:15", "11-26 10:15", None)),
    (THU, "下午去水文站，4点回", new("外出", "11-26 14:30", "11-26 16:00", "去水文站")),
    (THU, "明天出差，周五回", new("出差", "11-27 08:30", "11-27 17:30", None)),
    (THU, "今天晚上7点出去，9点回", new("外出", "11-26 19:00", "11-26 21:00", None)),
    (THU, "外出办事，11点前回", new("外出", "11-26 09:15", "11-26 11:00", "办事")),
    (THU, "下周一出差，周三回来上班", new("出差", "11-30 08:30", "12-01 17:30", None)),
    # --- Late arrival and leaving early
    (THU, "晚到半小时", new("晚到", "11-26 08:30", "11-26 09:00", None)),
    (THU, "明天晚到一小时，送孩子上学", new("晚到", "11-27 08:30", "11-27 09:30", "送孩子上学")),
    (THU, "今天迟到20分钟", new("晚到", "11-26 08:30", "11-26 08:50", None)),
    (
        THU,
        "今天10点到岗，上午去医院拿报告",
        new("晚到", "11-26 08:30", "11-26 10:00", "去医院拿报告"),
    ),
    (THU, "早退一小时", new("早退", "11-26 16:30", "11-26 17:30", None)),
    (THU, "下午4点早退，接孩子", new("早退", "11-26 16:00", "11-26 17:30", "接孩子")),
    (THU, "今天提前半小时下班", new("早退", "11-26 17:00", "11-26 17:30", None)),
    (THU, "明天下午4点提前走", new("早退", "11-27 16:00", "11-27 17:30", None)),
    (THU, "晚半小时到", new("晚到", "11-26 08:30", "11-26 09:00", None)),
    (THU, "周五早退半小时", new("早退", "11-27 17:00", "11-27 17:30", None)),
    # --- Reports for others
    (THU, "代王强请假", new("请假", None, None, None, people=("王强",))),
    (THU, "帮小陈请个假，明天", new("请假", "11-27 08:30", "11-27 17:30", None, people=("小陈",))),
    (
        THU,
        "替刘工报备，去大堤巡查，下午4点回",
        new("外出", "11-26 09:15", "11-26 16:00", "去大堤巡查", people=("刘工",)),
    ),
    (THU, "给老周请两天假", new("请假", "11-26 08:30", "11-27 17:30", None, people=("老周",))),
    (
        THU,
        "代张三、李四请假，明天上午",
        new("请假", "11-27 08:30", "11-27 12:00", None, people=("张三", "李四")),
    ),
    (
        THU,
        "帮王强同志请病假，今天",
        new("病假", "11-26 08:30", "11-26 17:30", None, people=("王强",)),
    ),
    (THU, "帮我请个假，明天", new("请假", "11-27 08:30", "11-27 17:30", None)),
    # --- Return (销假): end = when work resumed, start null
    (THU, "代王强销假", back("11-26 09:15", people=("王强",))),
    (THU, "销假", back("11-26 09:15")),
    (THU, "回来了", back("11-26 09:15")),
    (THU, "我回来了", back("11-26 09:15")),
    (THU, "已返岗", back("11-26 09:15")),
    (THU, "我10点就回来了", back("11-26 10:00")),
    (THU, "巡查完毕，我回来了", back("11-26 09:15")),
    (THU, "外出结束，已回单位", back("11-26 09:15")),
    (THU, "我从姜畲大堤回来了", back("11-26 09:15")),
    (THU, "提前回来了，已到岗", back("11-26 09:15")),
    (THU, "明天销假上班", back("11-27 08:30")),
    # --- Cancellation: the withdrawn period
    (THU, "后天不请假了", cancel("请假", "11-28 08:30", "11-28 17:30")),
    (THU, "取消明天的请假", cancel("请假", "11-27 08:30", "11-27 17:30")),
    (THU, "明天下午的外出取消", cancel("外出", "11-27 14:30", "11-27 17:30")),
    (THU, "年假不休了", cancel("年假", None, None)),
    (THU, "明天不出差了", cancel("出差", "11-27 08:30", "11-27 17:30")),
    (THU, "撤销周五的请假", cancel("请假", "11-27 08:30", "11-27 17:30")),
    (THU, "不请了", cancel("请假", None, None)),
    (THU, "明天的假不请了", cancel("请假", "11-27 08:30", "11-27 17:30")),
    # --- Correction: the new period, null where it belongs to the earlier message
    (THU, "说错了，是周二下午不是周一", amend(None, "12-01 14:30", "12-01 17:30")),
    (THU, "不是周一，是周二", amend(None, "12-01 08:30", "12-01 17:30")),
    (THU, "更正：改为周三", amend(None, "12-02 08:30", "12-02 17:30")),
    (THU, "明天上午改为下午", amend(None, "11-27 14:30", "11-27 17:30")),
    (THU, "病假改为年假", amend("年假", None, None)),
    (THU, "外出改为下午4点回", amend("外出", None, "11-26 16:00")),
    (THU, "请假延长到周五", amend("请假", None, "11-27 17:30")),
    (THU, "更正：明天下午请假，不是上午", amend("请假", "11-27 14:30", "11-27 17:30")),
    (THU, "写错了，应该是12月3日", amend(None, "12-03 08:30", "12-03 17:30")),
    (THU, "请假改到下周一", amend("请假", "11-30 08:30", "11-30 17:30")),
    # --- One-character typos of the key words
    (THU, "情假一天", new("请假", "11-26 08:30", "11-26 17:30", None)),
    (THU, "明天清假", new("请假", "11-27 08:30", "11-27 17:30", None)),
    (THU, "外初办事，半小时回", new("外出", "11-26 09:15", "11-26 09:45", "办事")),
    (THU, "下午岀差", new("出差", "11-26 14:30", "11-26 17:30", None)),
    (THU, "消假", back("11-26 09:15")),
    (THU, "明天请事价", new("事假", "11-27 08:30", "11-27 17:30", None)),
    (THU, "明天调修", new("调休", "11-27 08:30", "11-27 17:30", None)),
    (THU, "已反岗", back("11-26 09:15")),
    # --- Reasons
    (THU, "因家中有事，明天请事假一天", new("事假", "11-27 08:30", "11-27 17:30", "家中有事")),
    (THU, "病假一天，发烧", new("病假", "11-26 08:30", "11-26 17:30", "发烧")),
    (THU, "我明天去长沙出差，周五回", new("出差", "11-27 08:30", "11-27 17:30", "去长沙出差")),
    (THU, "下午去区水利局开会，5点回", new("会议", "11-26 14:30", "11-26 17:00", "去区水利局开会")),
    (THU, "领导，明天请假一天，请批准", new("请假", "11-27 08:30", "11-27 17:30", None)),
    (THU, "请假两天，回老家", new("请假", "11-26 08:30", "11-27 17:30", "回老家")),
    (THU, "我明天请假，有事打我电话", new("请假", "11-27 08:30", "11-27 17:30", None)),
    (THU, "明天请事假，去办户口。特此报备", new("事假", "11-27 08:30", "11-27 17:30", "去办户口")),
    (
        THU,
        "明天全天在区里参加防汛培训",
        new("培训", "11-27 08:30", "11-27 17:30", "在区里参加防汛培训"),
    ),
    (THU, "明天一天都在市里开会", new("会议", "11-27 08:30", "11-27 17:30", "在市里开会")),
    # --- Not reports: questions, notices, reminders, greetings, news about others
    (THU, "下午谁有空陪我去趟水文站？", NO),
    (THU, "明天请假要找谁批？", NO),
    (THU, "周五前把请假条交给办公室小刘", NO),
    (THU, "早上好", NO),
    (THU, "明天见", NO),
    (THU, "周末愉快", NO),
    (THU, "通知：明天上午9点在三楼会议室召开防汛工作会议，请各股室负责人准时参加", NO),
    (THU, "明天上午9点开会", NO),
    (THU, "明天下午的会议取消了", NO),
    (THU, "会议改为下午3点", NO),
    (THU, "今年的年假还剩几天？", NO),
    (THU, "年假怎么算", NO),
    (THU, "下周一调休上班", NO),
    (THU, "国庆放假安排：10月1日至7日放假调休，共7天", NO),
    (THU, "请各位明天上午9点准时参加防汛培训", NO),
    (THU, "小王明天请假", new("请假", "11-27 08:30", "11-27 17:30", None, ("小王",))),
    (THU, "他明天请假", NO),
    (THU, "张工明天出差", new("出差", "11-27 08:30", "11-27 17:30", None, ("张工",))),
    (THU, "王强明天请假", new("请假", "11-27 08:30", "11-27 17:30", None, ("王强",))),
    (THU, "帮他请个假", NO),
    (THU, "我想明天请假一天，可以吗", new("请假", "11-27 08:30", "11-27 17:30", None)),
    (THU, "请假需提前一天报备", NO),
    (THU, "请假的同志请补交请假条", NO),
    (THU, "今天外出巡堤的人员注意安全", NO),
    (THU, "昨天谁迟到了？", NO),
    (THU, "迟到的同志要写说明", NO),
    (THU, "快递回来了", NO),
    (THU, "老王回来了吗", NO),
    (THU, "老王回来了", NO),
    (THU, "如果明天下雨就请假", NO),
    (THU, "我也想请假", NO),
    (THU, "我没请假", NO),
    (THU, "8号楼三楼会议室", NO),
    (THU, "3号闸明天下午开闸放水", NO),
    (THU, "今天的雨下了三个小时", NO),
    (THU, "明天晚点到", new("晚到", "11-27 08:30", None, None)),
    (THU, "下午5点半下班", NO),
    (THU, "虚情假意", NO),
    (THU, "大家周五下午3点到会议室集合", NO),
    (THU, "记得明天带上请假单", NO),
    (THU, "张三你明天几点回来？", NO),
    (THU, "这周的防汛值班表已经发群里了", NO),
    # --- The statutory calendar: National Day 2026 (Oct 1-7 off, Sat Oct 10 worked) and weekends
    (SEP30, "10月8日请假两天", new("请假", "10-08 08:30", "10-09 17:30", None)),
    (SEP30, "10月9日到10日请假", new("请假", "10-09 08:30", "10-10 17:30", None)),
    (SEP30, "请假三天", new("请假", "09-30 08:30", "10-09 17:30", None)),
    (OCT9, "明天请假", new("请假", "10-10 08:30", "10-10 17:30", None)),
    (OCT9, "请假两天", new("请假", "10-09 08:30", "10-10 17:30", None)),
    (SAT, "请假两天", new("请假", "11-30 08:30", "12-01 17:30", None)),
    (SAT, "周一请假", new("请假", "11-30 08:30", "11-30 17:30", None)),
    (FRI1659, "请假半天", new("请假", "11-30 08:30", "11-30 12:00", None)),
    (FRI1659, "早退半小时", new("早退", "11-27 17:00", "11-27 17:30", None)),
    (EVE, "明天下午外出，3点回", new("外出", "11-27 14:30", "11-27 15:00", None)),
    (EVE, "请假一天", new("请假", "11-27 08:30", "11-27 17:30", None)),
    # --- More reports and non-reports seen in the group
    (THU, "今天的会改到明天上午", NO),
    (THU, "外出", new("外出", "11-26 09:15", None, None)),
    (THU, "出差", new("出差", None, None, None)),
    (THU, "请假", new("请假", None, None, None)),
    (THU, "报备：明天去市局送材料", new("外出", "11-27 08:30", "11-27 17:30", "去市局送材料")),
    (
        THU,
        "明天上午去市局送材料，特此报备",
        new("外出", "11-27 08:30", "11-27 12:00", "去市局送材料"),
    ),
    (THU, "下午出去一趟", new("外出", "11-26 14:30", "11-26 17:30", None)),
    (THU, "今天下午去医院看病，请假", new("病假", "11-26 14:30", "11-26 17:30", "去医院看病")),
    (THU, "明天請假", new("请假", "11-27 08:30", "11-27 17:30", None)),
    (THU, "１１月３０日请假", new("请假", "11-30 08:30", "11-30 17:30", None)),
    (THU, "明天8:30-12:00请假", new("请假", "11-27 08:30", "11-27 12:00", None)),
    (THU, "周三 下午 请假", new("请假", "12-02 14:30", "12-02 17:30", None)),
    (THU, "@张局 明天请假", new("请假", "11-27 08:30", "11-27 17:30", None)),
    (THU, "明天下午三点开会，请准时参加", NO),
    (THU, "各位，明天请假的同志请在群里报备", NO),
    (THU, "辛苦了", NO),
    (THU, "收到", NO),
    (THU, "明天早上8点集合去大堤", NO),
    (THU, "明天的活动取消了", NO),
    (THU, "下午3点前回复", NO),
    (THU, "5点前回家", NO),
    (THU, "周五前报送材料", NO),
    (THU, "我今天值班", NO),
    (THU, "周三（12月2日）请假", new("请假", "12-02 08:30", "12-02 17:30", None)),
    (THU, "12月3日（周四）下午请假", new("请假", "12-03 14:30", "12-03 17:30", None)),
    (THU, "2027年1月5日请假", new("请假", "2027-01-05 08:30", "2027-01-05 17:30", None)),
    (THU, "明天请假，后天回来上班", new("请假", "11-27 08:30", "11-27 17:30", None)),
    (
        THU,
        "11月30日至12月2日在省厅参加培训",
        new("培训", "11-30 08:30", "12-02 17:30", "在省厅参加培训"),
    ),
    (THU, "下周请年假", new("年假", "11-30 08:30", "12-04 17:30", None)),
    (THU, "明天上午晚到，10点左右到", new("晚到", "11-27 08:30", "11-27 10:00", None)),
    (THU, "明天上午10点到岗", new("晚到", "11-27 08:30", "11-27 10:00", None)),
    (THU, "本人明天请年假一天", new("年假", "11-27 08:30", "11-27 17:30", None)),
    (
        THU,
        "我明天下午外出，去姜畲大堤巡查，5点前回",
        new("外出", "11-27 14:30", "11-27 17:00", "去姜畲大堤巡查"),
    ),
    (
        THU,
        "报告：因孩子生病，今天下午请假半天，望批准",
        new("请假", "11-26 14:30", "11-26 17:30", "孩子生病"),
    ),
    (THU, "下周二到周四去北京出差", new("出差", "12-01 08:30", "12-03 17:30", "去北京出差")),
    (THU, "下周一全天在市局参加会议", new("会议", "11-30 08:30", "11-30 17:30", "在市局参加会议")),
    (THU, "我下午4点要提前走，家里有事", new("早退", "11-26 16:00", "11-26 17:30", "家里有事")),
    (THU, "下午3点出去办事，4点半回", new("外出", "11-26 15:00", "11-26 16:30", "办事")),
    (THU, "我现在出去一下，大概一个小时", new("外出", "11-26 09:15", "11-26 10:15", None)),
    (THU, "明天早上8点到9点外出", new("外出", "11-27 08:00", "11-27 09:00", None)),
    (
        THU,
        "今天上午9点半到11点去水文站，外出报备",
        new("外出", "11-26 09:30", "11-26 11:00", "去水文站"),
    ),
    (THU, "下周三请婚假，一周", new("婚假", "12-02 08:30", "12-08 17:30", None)),
    (THU, "请产假，从12月1日开始", new("产假", "12-01 08:30", None, None)),
    (THU, "从明天起请假三天", new("请假", "11-27 08:30", "12-01 17:30", None)),
    (THU, "明天开始休年假，到周五", new("年假", "11-27 08:30", "11-27 17:30", None)),
    (THU, "明天起休年假", new("年假", "11-27 08:30", None, None)),
    (THU1500, "今天下午外出，去水文站", new("外出", "11-26 14:30", "11-26 17:30", "去水文站")),
    (THU1500, "下午请假两小时", new("请假", "11-26 15:00", "11-26 17:00", None)),
    (THU, "下午请假两小时", new("请假", "11-26 14:30", "11-26 16:30", None)),
    (THU, "明天上午10点外出，下午2点回来", new("外出", "11-27 10:00", "11-27 14:00", None)),
    # --- Messages as people write them: prefixes, courtesies, several lines, emoji
    (THU, "请假：明天下午", new("请假", "11-27 14:30", "11-27 17:30", None)),
    (THU, "外出：下午去水文站", new("外出", "11-26 14:30", "11-26 17:30", "去水文站")),
    (THU, "请假：周三到周五，回老家", new("请假", "12-02 08:30", "12-04 17:30", "回老家")),
    (THU, "外出：明天下午", new("外出", "11-27 14:30", "11-27 17:30", None)),
    (
        THU,
        "各位领导：本人因孩子生病，明天（11月27日）请事假一天，望批准！",
        new("事假", "11-27 08:30", "11-27 17:30", "孩子生病"),
    ),
    (THU, "明天请假一天😊", new("请假", "11-27 08:30", "11-27 17:30", None)),
    (
        THU,
        "报告领导\n明天上午请假半天\n去医院体检",
        new("病假", "11-27 08:30", "11-27 12:00", "去医院体检"),
    ),
    (
        THU,
        "外出：去区财政局办事，预计11点左右回来",
        new("外出", "11-26 09:15", "11-26 11:00", "去区财政局办事"),
    ),
    (THU, "替老周去开会，下午4点回", new("会议", "11-26 09:15", "11-26 16:00", "替老周去开会")),
    (THU, "帮小王去拿快递", NO),
    (THU, "我和小李明天下午外出", new("外出", "11-27 14:30", "11-27 17:30", None)),
    (THU, "请假条已交，明天请事假一天", new("事假", "11-27 08:30", "11-27 17:30", None)),
    (THU, "下午去医院打针，请假两小时", new("病假", "11-26 14:30", "11-26 16:30", "去医院打针")),
    (THU, "今天身体不舒服，请假一天", new("病假", "11-26 08:30", "11-26 17:30", "身体不舒服")),
    (THU, "小王，明天帮我请个假", new("请假", "11-27 08:30", "11-27 17:30", None)),
    (THU, "下午我去督查，外出", new("外出", "11-26 14:30", "11-26 17:30", "去督查")),
    (THU, "本周五下午去市局汇报，外出", new("外出", "11-27 14:30", "11-27 17:30", "去市局汇报")),
    (THU, "下周一到周三到长沙培训", new("培训", "11-30 08:30", "12-02 17:30", "到长沙培训")),
    (THU, "明天到北京出差三天", new("出差", "11-27 08:30", "11-29 17:30", "到北京出差")),
    (THU, "明天开始出差，一周", new("出差", "11-27 08:30", "12-03 17:30", None)),
    (THU, "出差回来了", back("11-26 09:15")),
    (THU, "我已经回到单位", back("11-26 09:15")),
    (THU, "刚回来", back("11-26 09:15")),
    (THU, "回来啦", back("11-26 09:15")),
    (THU, "回单位了", back("11-26 09:15")),
    (THU, "我到了", back("11-26 09:15")),
    (THU, "11点回", new("外出", "11-26 09:15", "11-26 11:00", None)),
    (THU, "10点半左右回来", new("外出", "11-26 09:15", "11-26 10:30", None)),
    (THU, "下午2点出去，3点回来", new("外出", "11-26 14:00", "11-26 15:00", None)),
    (THU, "明天上午请假，下午正常上班", new("请假", "11-27 08:30", "11-27 12:00", None)),
    (THU, "明天请一天假", new("请假", "11-27 08:30", "11-27 17:30", None)),
    (THU, "周五请一上午假", new("请假", "11-27 08:30", "11-27 12:00", None)),
    (THU, "下午请两个小时假", new("请假", "11-26 14:30", "11-26 16:30", None)),
    (THU, "今天下午3点后请假", new("请假", "11-26 15:00", "11-26 17:30", None)),
    (THU, "请假到下午3点", new("请假", "11-26 09:15", "11-26 15:00", None)),
    (THU, "今天请假到周五", new("请假", "11-26 08:30", "11-27 17:30", None)),
    (THU, "上午请假到10点", new("请假", "11-26 08:30", "11-26 10:00", None)),
    # --- Edge cases: the word 通知, overtime days, lists, self-corrections inside a report
    (THU, "接到通知，明天去市里开会", new("会议", "11-27 08:30", "11-27 17:30", "去市里开会")),
    (
        THU,
        "明天去市局送统计报表，外出",
        new("外出", "11-27 08:30", "11-27 17:30", "去市局送统计报表"),
    ),
    (THU, "【通知】明天上午9点开会", NO),
    (THU, "通知：明天全体人员参加培训", NO),
    (THU, "下午到三楼会议室开会", NO),
    (THU, "今天外出", new("外出", "11-26 09:15", "11-26 17:30", None)),
    (THU, "替刘工报备", new("外出", "11-26 09:15", None, None, people=("刘工",))),
    (THU, "代王强请假，明天", new("请假", "11-27 08:30", "11-27 17:30", None, people=("王强",))),
    (THU, "我请假", new("请假", None, None, None)),
    (THU, "明天休年假，周一回来上班", new("年假", "11-27 08:30", "11-27 17:30", None)),
    (THU, "12月3日到5日休年假", new("年假", "12-03 08:30", "12-05 17:30", None)),
    (THU, "下周五请假", new("请假", "12-04 08:30", "12-04 17:30", None)),
    (THU, "这周六加班，下周一调休", new("调休", "11-30 08:30", "11-30 17:30", "加班")),
    (THU, "明天下午请假，不是上午", new("请假", "11-27 14:30", "11-27 17:30", None)),
    (THU, "我们下午开会", NO),
    (THU, "已向王局请假，明天休年假", new("年假", "11-27 08:30", "11-27 17:30", None)),
    (THU, "跟领导请过假了，明天上午去医院", new("病假", "11-27 08:30", "11-27 12:00", "去医院")),
    # issue 11: the shape of a report (outings, clocks, colleagues, health, returns, slips)
    (
        THU,
        "下午去区发改局交项目申报材料",
        new("外出", "11-26 14:30", "11-26 17:30", "去区发改局交项目申报材料"),
    ),
    (THU, "九点半到十一点去区法院旁听", new("外出", "11-26 09:30", "11-26 11:00", "去区法院旁听")),
    (
        THU,
        "明天跟局长去湘乡看灌区",
        new("外出", "11-27 08:30", "11-27 17:30", "跟局长去湘乡看灌区"),
    ),
    (
        THU,
        "今天都在泵站调试设备，不在局里",
        new("外出", "11-26 09:15", "11-26 17:30", "在泵站调试设备，不在局里"),
    ),
    (
        THU,
        "马上去堤上看管涌，说不准几点回",
        new("外出", "11-26 09:15", None, "马上去堤上看管涌，说不准几点回"),
    ),
    (
        THU,
        "１０：００－１１：３０去区法院出庭",
        new("外出", "11-26 10:00", "11-26 11:30", "去区法院出庭"),
    ),
    (THU, "下午2点半—4点半去区人社局", new("外出", "11-26 14:30", "11-26 16:30", "去区人社局")),
    (THU, "12.7去市局送材料", new("外出", "12-07 08:30", "12-07 17:30", "去市局送材料")),
    (THU, "12/7去市局送材料", new("外出", "12-07 08:30", "12-07 17:30", "去市局送材料")),
    (THU, "十二月七日到市局开会", new("会议", "12-07 08:30", "12-07 17:30", "到市局开会")),
    (THU, "周3去区里开会", new("会议", "12-02 08:30", "12-02 17:30", "去区里开会")),
    (THU, "礼拜五去灌区", new("外出", "11-27 08:30", "11-27 17:30", "去灌区")),
    (
        THU,
        "明天上午去县里开会，下午回单位",
        new("会议", "11-27 08:30", "11-27 12:00", "去县里开会"),
    ),
    (THU, "下周二的学习班我不去了", cancel("培训", "12-01 08:30", "12-01 17:30")),
    (THU, "明天请假，不对，是后天", new("请假", "11-28 08:30", "11-28 17:30", None)),
    (THU, "出去办事，三点半回，哦不，四点回", new("外出", "11-26 09:15", "11-26 16:00", "办事")),
    (
        THU,
        "帮刘洋报个外出，他今天去十万垅大堤巡查，下午4点回",
        new("外出", "11-26 09:15", "11-26 16:00", "去十万垅大堤巡查", ("刘洋",)),
    ),
    (
        THU,
        "老李和小张今天去市局",
        new("外出", "11-26 09:15", "11-26 17:30", "去市局", ("老李", "小张")),
    ),
    (THU, "李四（工程股）后天调休", new("调休", "11-28 08:30", "11-28 17:30", None, ("李四",))),
    (
        THU,
        "请假人：周敏\n请假类型：年假\n请假时间：11月30日至12月2日",
        new("年假", "11-30 08:30", "12-02 17:30", None, ("周敏",)),
    ),
    (THU, "今天身体不舒服，在家休息", new("病假", "11-26 08:30", "11-26 17:30", "身体不舒服")),
    (THU, "我明天不来了", new("请假", "11-27 08:30", "11-27 17:30", None)),
    (THU, "明天上午晚到一会，送孩子看病", new("晚到", "11-27 08:30", None, "送孩子看病")),
    (THU, "下午早点走，4点走", new("早退", "11-26 16:00", "11-26 17:30", None)),
    (
        THU,
        "周一上午想请个假去趟医院，可以吗？",
        new("病假", "11-30 08:30", "11-30 12:00", "去趟医院"),
    ),
    (THU, "明天 请 假 一 天", new("请假", "11-27 08:30", "11-27 17:30", None)),
    (THU, "明天夏午去水文站", new("外出", "11-27 14:30", "11-27 17:30", "去水文站")),
    (THU, "下周一起休婚假，共13天", new("婚假", "11-30 08:30", "12-12 17:30", None)),
    (THU, "差旅费报销什么时候截止", NO),
    (THU, "请假系统登不上了", NO),
    (THU, "明天检查组来，所有人在岗", NO),
    (THU, "下周的学习改为线上", NO),
    (THU, "小王你明天去不去市局？", NO),
    (THU, "小何，明天的会议你代我去一下", NO),
    (THU, "这周的学习会推迟到下周了", NO),
    (THU, "上周去泵站检查的记录表交一下", NO),
    (THU, "我已经回到局里了", back("11-26 09:15")),
    (THU, "婚假休完了，下周一正常上班", back("11-30 08:30")),
    (THU, "今天请事假，明天正常上班", new("事假", "11-26 08:30", "11-26 17:30", None)),
    (
        THU,
        "明早6点半的火车去长沙出差，周五晚上回",
        new("出差", "11-27 08:30", "11-27 17:30", "火车去长沙出差"),
    ),
    (
        THU,
        "10点去区信访局接访，估计中午回",
        new("外出", "11-26 10:00", "11-26 12:00", "去区信访局接访"),
    ),
    (THU, "晚到，在医院排队", new("晚到", "11-26 08:30", None, "在医院排队")),
    (THU, "今天晚点到，九点半左右", new("晚到", "11-26 08:30", "11-26 09:30", None)),
    (
        THU,
        "陪领导去市局汇报，今天上午不在局里",
        new("外出", "11-26 08:30", "11-26 12:00", "陪领导去市局汇报，不在局里"),
    ),
    (
        THU,
        "马上出车送专家去韶山，中午回",
        new("外出", "11-26 09:15", "11-26 12:00", "马上出车送专家去韶山"),
    ),
    (THU, "明天下午请假，哦不，是上午", new("请假", "11-27 08:30", "11-27 12:00", None)),
    (THU, "下午两点去区委开会", new("会议", "11-26 14:00", "11-26 17:30", "去区委开会")),
    (
        THU,
        "今天上午请病假，昨晚发烧到半夜",
        new("病假", "11-26 08:30", "11-26 12:00", "发烧到半夜"),
    ),
    (THU, "小李你下午去一趟区局", NO),
    (THU, "今天上午去泵站检查了，设备运行正常", NO),
    (THU, "昨天去区里开会的材料放在你桌上了", NO),
    (THU, "明天局里停电检修，电脑资料提前保存", NO),
    (THU, "今天全天在区防指值班", new("外出", "11-26 08:30", "11-26 17:30", "在区防指值班")),
    (THU, "下午去趟税务局 三点多回", new("外出", "11-26 14:30", "11-26 15:00", "去趟税务局")),
    (THU, "今天早上车坏了，九点半才能到", new("晚到", "11-26 08:30", "11-26 09:30", "车坏")),
    (THU, "下周三去长沙出差，周五回", new("出差", "12-02 08:30", "12-04 17:30", "去长沙出差")),
    (THU, "小刘明天去不去市里", NO),
    (THU, "下周一二三请年假", new("年假", "11-30 08:30", "12-02 17:30", None)),
    (THU, "我母亲去世了，请丧假三天", new("丧假", "11-26 08:30", "11-30 17:30", "母亲去世")),
    (THU, "今年的年休假请在12月31日前休完", NO),
    (THU, "周五团建，下午四点出发", NO),
    (THU, "刚才去泵站看了一下，水位正常", NO),
    (THU, "周五的培训不去了，单位有事走不开", cancel("培训", "11-27 08:30", "11-27 17:30")),
    (THU, "下周二下午的假我撤销了", cancel("请假", "12-01 14:30", "12-01 17:30")),
    (
        THU,
        "下午请两个小时，去社区开证明，两点半到四点半",
        new("请假", "11-26 14:30", "11-26 16:30", "去社区开证明"),
    ),
    (
        THU,
        "下周二上午区水务局约谈，我十点过去，十一点半回",
        new("外出", "12-01 10:00", "12-01 11:30", "区水务局约谈，过去"),
    ),
    (
        THU,
        "领导 明天早上孩子开学典礼 晚点到 大概十点",
        new("晚到", "11-27 08:30", "11-27 10:00", "孩子开学典礼"),
    ),
    (
        THU,
        "下午两点半开始在区水务局开会 开到几点不知道",
        new("会议", "11-26 14:30", "11-26 17:30", "在区水务局开会开到几点不知道"),
    ),
]


def test_the_table_is_large_enough() -> None:
    assert len(CASES) >= 150
    assert len({(now, text) for now, text, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(
    ("now", "text", "expected"), CASES, ids=[f"{t}@{n:%m%d%H%M}" for n, t, _ in CASES]
)
def test_reads_the_report(now: datetime, text: str, expected: Expected) -> None:
    assert replace(read_report(text, now), ask=False) == expected.report(now)  # ask: below


def test_this_week_said_on_sunday_is_strict_and_asked() -> None:
    sunday = datetime(2026, 11, 29, 10, 0, tzinfo=TZ)
    report = read_report("这周一请假", sunday)
    assert report.start == _at("11-23 08:30", 2026)
    assert report.ask


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        ("明天请假", False),
        ("下午去区发改局交材料，4点回", False),
        ("我下午在区法院旁听", False),
        ("老李和小张今天去市局", True),  # about colleagues, not said to be a report
        ("帮刘洋报个外出，他今天去大堤巡查，下午4点回", False),
        ("下午在区政府对接项目", True),  # no leave or duty word, nobody said
        ("从12月1日开始休产假", True),  # 产假 with no end is asked about
        ("晚到，在医院排队", True),  # arrival not said
        ("马上去堤上看看，说不准几点回", False),
    ],
)
def test_doubtful_reports_are_asked_about(text: str, ask: bool) -> None:
    report = read_report(text, THU)
    assert report.is_report
    assert report.ask is ask


def test_json_shape_follows_the_contract() -> None:
    report = read_report("明天下午请假半天，孩子家长会", THU)
    assert report.to_json() == {
        "is_report": True,
        "action": "new",
        "kind": "请假",
        "start": "2026-11-27T14:30:00+08:00",
        "end": "2026-11-27T17:30:00+08:00",
        "reason": "孩子家长会",
        "people": [],
        "ask": False,
        "periods": None,
    }


def test_days_named_apart_are_periods_of_their_own() -> None:
    report = read_report("周三、周一请假", THU)
    assert [(a.strftime("%m-%d %H:%M"), b.strftime("%m-%d %H:%M")) for a, b in report.periods] == [
        ("11-30 08:30", "11-30 17:30"),
        ("12-02 08:30", "12-02 17:30"),
    ]
    assert (report.start, report.end) == report.periods[0]
    following = read_report("周三周四两天出差", THU)  # one after the other: one period
    assert following.periods == ()
    assert (following.start, following.end) == (_at("12-02 08:30", 2026), _at("12-03 17:30", 2026))


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "周四上午请假，周五下午请假",
            [("11-26 08:30", "11-26 12:00"), ("11-27 14:30", "11-27 17:30")],
        ),
        (
            "下周一上午去审计局，下周三下午去财政局",
            [("11-30 08:30", "11-30 12:00"), ("12-02 14:30", "12-02 17:30")],
        ),
        (
            "下周二、下周四上午请假",
            [("12-01 08:30", "12-01 12:00"), ("12-03 08:30", "12-03 12:00")],
        ),
    ],
)
def test_each_part_with_its_own_day_is_a_period(text: str, periods: list[tuple[str, str]]) -> None:
    report = read_report(text, THU)
    assert [
        (a.strftime("%m-%d %H:%M"), b.strftime("%m-%d %H:%M")) for a, b in report.periods
    ] == periods
    assert (report.start, report.end) == report.periods[0]


def test_json_of_a_non_report_is_all_null() -> None:
    assert read_report("早上好", THU).to_json() == {
        "is_report": False,
        "action": None,
        "kind": None,
        "start": None,
        "end": None,
        "reason": None,
        "people": None,
        "ask": None,
        "periods": None,
    }


def test_people_are_a_list_in_json() -> None:
    assert read_report("代张三、李四请假，明天上午", THU).to_json()["people"] == ["张三", "李四"]


def test_results_are_in_the_zone_of_now() -> None:
    utc_now = THU.astimezone(UTC)
    report = read_report("明天下午请假", utc_now)
    assert report.start is not None
    assert report.start.tzinfo is UTC
    offset = timezone(timedelta(hours=8))
    report = read_report("明天下午请假", THU.astimezone(offset))
    assert report.to_json()["start"] == "2026-11-27T14:30:00+08:00"


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        read_report("明天请假", THU.replace(tzinfo=None))


@pytest.mark.parametrize("text", ["", "   ", "请假" * 200])
def test_empty_and_overlong_messages_are_not_reports(text: str) -> None:
    assert read_report(text, THU) is NOT_A_REPORT


def test_office_hours_are_configuration() -> None:
    office = OfficeHours(
        day_start=datetime(2000, 1, 1, 9).time(), day_end=datetime(2000, 1, 1, 18).time()
    )
    report = read_report("明天请假", THU, office=office)
    assert (report.start, report.end) == (_at("11-27 09:00", 2026), _at("11-27 18:00", 2026))


def test_configured_holidays_count_for_leave_days() -> None:
    calendar = WorkCalendar(extra_holidays=[datetime(2026, 11, 27).date()])
    report = read_report("请假两天", THU, calendar=calendar)
    assert report.end == _at("11-30 17:30", 2026)  # Thursday, then Monday


def test_reading_is_pure() -> None:
    first = read_report("外出：姜畲大堤巡查，下午3点回", THU)
    assert read_report("外出：姜畲大堤巡查，下午3点回", THU) == first
