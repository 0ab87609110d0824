"""Mechanisms of reader pass 16 (blind files 72–81), on sentences of our own beside the
corpus case.

Each construction the files showed the reader lacking is tried in other words, beside a
near miss that must read as before. Times are ``"MM-DD HH:MM"`` in 2026, Asia/Shanghai;
rows are read at Thursday 2026-11-26 09:15 unless they say otherwise.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.domain.absence_reader import read_report
from tests.unit.test_reader_pass7 import THU, Row, amend, check_row, new

TZ = ZoneInfo("Asia/Shanghai")


def _at(month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


CASES: list[tuple[datetime, str, Row]] = [
    # A part that only repeats the verb of the part before (也要请, 也休, 也去, 也是) is a
    # period of the same kind; 也要上班 is no such repeat.
    (THU, "下周二上午请假，周四上午也要上班", new("请假", "12-01 08:30", "12-01 12:00")),
    # 学习 at a place away (在市里学习…, 去…设计院学习, a long place name) is training; 学习材料
    # taken somewhere is still an errand.
    (
        _at(12, 4, 11, 30),
        "下周二至周三在市里学习河湖长制信息系统",
        new("培训", "12-08 08:30", "12-09 17:30"),
    ),
    (
        _at(11, 16, 10, 0),
        "11.18—11.20 去省水利水电勘测设计院学习",
        new("培训", "11-18 08:30", "11-20 17:30"),
    ),
    (THU, "下周一在省厅学习一天", new("培训", "11-30 08:30", "11-30 17:30")),
    (THU, "周五到周六在长沙学习水资源管理", new("培训", "11-27 08:30", "11-28 17:30")),
    (THU, "下周二至周三去省水利水电勘测设计院学习", new("培训", "12-01 08:30", "12-02 17:30")),
    # A health or home affair with no leave word, then the arrival by a morning clock with a
    # bare 到: lateness from 08:30; by a half (下午来) it stays the morning's leave, and a
    # leave word keeps the leave.
    (
        _at(11, 4, 7, 30),
        "早上去医院拿体检报告，九点半到",
        new("晚到", "11-04 08:30", "11-04 09:30"),
    ),
    (THU, "早上去医院看病，十点到", new("晚到", "11-26 08:30", "11-26 10:00")),
    (
        _at(11, 4, 7, 30),
        "早上在家等燃气公司上门，十点到",
        new("晚到", "11-04 08:30", "11-04 10:00"),
    ),
    (THU, "上午去社区医院输液，下午来", new("病假", "11-26 08:30", "11-26 12:00")),
    (THU, "明天上午去医院复查，请个假，十点到", new("病假", "11-27 08:30", "11-27 10:00")),
    # A day gone by (昨晚, 前天) in the reason's clause is why; the leave's half or clock said
    # with no day after it is today's. Leave told in the past tense keeps its day.
    (
        _at(11, 19, 8, 25),
        "昨晚孩子发烧守了一夜，上午请个假，下午到岗",
        new("请假", "11-19 08:30", "11-19 12:00"),
    ),
    (THU, "昨天加班到很晚，上午调休", new("调休", "11-26 08:30", "11-26 12:00")),
    (THU, "前天摔了一跤，上午去医院复查，请半天假", new("病假", "11-26 08:30", "11-26 12:00")),
    (THU, "昨天淋了雨，上午在家躺一下，下午来", new("病假", "11-26 08:30", "11-26 12:00")),
    # 明日（11月9日）, 今日（…）: a day restated in brackets by its date is one day, and the
    # half after the brackets is that day's.
    (
        _at(11, 8, 19, 40),
        "报告：明日（11月9日）上午本人陪同市水利局检查组赴易家湾闸站检查，下午正常到岗。",
        new("外出", "11-09 08:30", "11-09 12:00"),
    ),
    (THU, "本人明日（11月27日）下午赴区财政局对账", new("外出", "11-27 14:30", "11-27 17:30")),
    # An arrival at work (到岗) at a half after an outing or meeting ends it (到单位 did
    # already).
    (THU, "明天上午去闸站检查，下午到岗", new("外出", "11-27 08:30", "11-27 12:00")),
    (THU, "明天上午去市局开会，下午到岗", new("会议", "11-27 08:30", "11-27 12:00")),
    (THU, "明天上午去区财政局送材料，下午正常到岗", new("外出", "11-27 08:30", "11-27 12:00")),
    (THU, "明天上午去闸站检查，下午到单位", new("外出", "11-27 08:30", "11-27 12:00")),
    # 和/跟/陪 + a unit's colleagues: the speaker goes with them (neither the unit's news nor
    # people told); the unit's colleagues alone as the subject stay others' business.
    (
        _at(12, 9, 11, 45),
        "下午和规划股的同事去龙口乡踏勘新建泵站选址，五点回",
        new("外出", "12-09 14:30", "12-09 17:00"),
    ),
    (THU, "明天跟工程股的同事去泵站调试，下午回", new("外出", "11-27 08:30", "11-27 17:30")),
    (THU, "下午陪市局的同事去灌区看看，五点回", new("外出", "11-26 14:30", "11-26 17:00")),
    (THU, "规划股的同事下午去龙口乡踏勘", None),
    (THU, "年假没休完的同事在月底前报办公室", None),
    # 身体不太好 / 不大好 is the speaker's (or the colleague's) own health: 病假; a relative's
    # health stays 请假.
    (
        _at(12, 1, 8, 30),
        "老周说他今天身体不太好，在家休息，让我帮他报一下",
        new("病假", "12-01 08:30", "12-01 17:30", "老周"),
    ),
    (THU, "我今天身体不太好，在家休息", new("病假", "11-26 08:30", "11-26 17:30")),
    (THU, "身体不大好，下午请半天假", new("病假", "11-26 14:30", "11-26 17:30")),
    (THU, "家里老人身体不太好，下午请半天假", new("请假", "11-26 14:30", "11-26 17:30")),
    # 陪 + a health errand (陪产检, 陪…复查, 陪诊): someone else's health, a leave (请假); the
    # speaker's own 复查 stays 病假, and 陪 a visiting group stays an outing.
    (
        _at(11, 10, 17, 30),
        "周四上午我要去区妇幼保健院陪产检，请半天假",
        new("请假", "11-12 08:30", "11-12 12:00"),
    ),
    (THU, "明天下午陪我老婆去医院复查，请半天假", new("请假", "11-27 14:30", "11-27 17:30")),
    (THU, "明天上午陪诊，请半天假", new("请假", "11-27 08:30", "11-27 12:00")),
    (THU, "明天上午去医院复查，请半天假", new("病假", "11-27 08:30", "11-27 12:00")),
    # An absence reported after the fact in so many words (忘了报 补一下, 补报, 补个报备) is
    # reported, not work told as done; work told as done, and people told to report late,
    # stay silent.
    (
        _at(11, 10, 13, 10),
        "9:30-11:30 我在区法院旁听行政诉讼案 忘了报 补一下",
        new("外出", "11-10 09:30", "11-10 11:30"),
    ),
    (
        _at(11, 10, 13, 10),
        "上午9:30-11:30我去区法院旁听了，忘了报备，补报一下",
        new("外出", "11-10 09:30", "11-10 11:30"),
    ),
    (
        _at(11, 10, 13, 10),
        "上午去区财政局送材料了，补个报备",
        new("外出", "11-10 08:30", "11-10 12:00"),
    ),
    (_at(11, 10, 13, 10), "上午去区财政局送材料了，情况都谈妥了", None),
    (_at(11, 10, 13, 10), "上周外出没报的，今天补报", None),
    # The silence net's outing set out now: a return left open (不知道什么时候回, 不确定什么时候
    # 回) is not a time talked about (去的时候…); the outing is asked from now, return open.
    (
        _at(12, 11, 9, 40),
        "在去板塘泵站的路上，有个电机跳闸了，不知道什么时候回",
        new("外出", "12-11 09:40", None),
    ),
    (THU, "我去泉塘闸看看，不确定什么时候回", new("外出", "11-26 09:15", None)),
    (THU, "去泵站的时候记得带钥匙", None),
    (THU, "去泵站的时候不知道什么时候回", None),
    # A time alone in brackets at the end of a roster line (对账（上午）) annotates that line:
    # it narrows the day the heading names.
    (
        _at(12, 14, 8, 20),
        "报告：今天我股两人外出——\n蒲小玲：区财政局 对账（上午）\n伍佳：区税务局 办税（上午）",
        new("外出", "12-14 08:30", "12-14 12:00", "蒲小玲", "伍佳"),
    ),
    (
        _at(11, 10, 8, 45),
        "@全体成员\n今日外出：\n1、闵股长 区政府 汇报项目进展（上午）\n"
        "2、小蒲 区财政局 送资料（上午）\n——办公室",
        new("外出", "11-10 08:30", "11-10 12:00", "闵股长", "小蒲"),
    ),
    (
        THU,
        "明日外出：\n小王：区财政局 送报表（下午）\n小李：区税务局 办税（下午）",
        new("外出", "11-27 14:30", "11-27 17:30", "小王", "小李"),
    ),
    # Today's outing told at the day's end with what it found (进度正常, 机组运行良好, 已报
    # 维修) is a work report; a finding as a condition (情况正常就早点回) is not one.
    (_at(12, 14, 17, 0), "今天下午去双马垸看了冬修现场，进度正常", None),
    (_at(12, 7, 17, 30), "今天去楠竹山泵站巡检，两台机组振动偏大，已报维修", None),
    (_at(12, 7, 17, 30), "今天去泉塘闸巡检，设备运行良好", None),
    (
        _at(12, 14, 10, 0),
        "下午去泵站巡检，机组情况正常就早点回",
        new("外出", "12-14 14:30", "12-14 17:30"),
    ),
    # A meeting held by video with nobody going anywhere, told with no 我, is a notice; going
    # to it (去市里开…视频会) or sitting for it elsewhere (在市局开视频会) stays a meeting.
    (_at(11, 19, 9, 50), "下周二上午九点视频会议，各乡镇水管站一起参加", None),
    (THU, "明天下午三点省厅电视电话会议，防汛办参加", None),
    (THU, "下午三点到五点在市局开视频会", new("会议", "11-26 15:00", "11-26 17:00")),
    (THU, "明天去市里开全市水旱灾害防御视频会，一天", new("会议", "11-27 08:30", "11-27 17:30")),
    # Voice input: after the speaker's telling (说 一下, 说 一声) a space opens what is told,
    # so the colleague named next is who is away; the speaker's own 我 stays the speaker's.
    (
        _at(11, 24, 9, 0),
        "晏主任 我 跟 您 说 一下 老 乜 今天 去 区 信访 局 接访 一整天",
        new("外出", "11-24 08:30", "11-24 17:30", "老乜"),
    ),
    (THU, "跟 大家 说 一声 小 周 明天 请 假", new("请假", "11-27 08:30", "11-27 17:30", "小周")),
    (THU, "我 跟 您 说 一下 我 明天 请 假", new("请假", "11-27 08:30", "11-27 17:30")),
    # A weekday then, after a comma, a day of its own (是下周一，明天有检查) are two days in
    # two clauses, not one day restated: the correction's day stands.
    (
        _at(11, 5, 9, 48),
        "明天请假，不对，是下周一，明天有检查",
        new("请假", "11-09 08:30", "11-09 17:30"),
    ),
    (THU, "明天请假，哦不，是下周一，明天要迎检", new("请假", "11-30 08:30", "11-30 17:30")),
    (THU, "后天调休，说错了，是下周二，后天要值班", new("调休", "12-01 08:30", "12-01 17:30")),
    # In a correction, a day then 是 and another day (明天培训是后天) is the wrong day and the
    # right one, not a range; a half after 是 keeps the wrong one's day; a range said as such
    # (明天到后天是培训) stays a range.
    (
        _at(11, 25, 17, 45),
        "说错了，明天培训是后天，明天正常上班",
        amend("培训", "11-27 08:30", "11-27 17:30"),
    ),
    (THU, "更正：周五的会是下周一", amend("会议", "11-30 08:30", "11-30 17:30")),
    (THU, "更正：明天上午的会是下午", amend("会议", "11-27 14:30", "11-27 17:30")),
    (THU, "说错了，明天到后天是培训", amend("培训", "11-27 08:30", "11-28 17:30")),
    # A document named by the leave it records (年休假统计表, 休假计划表, 病假条) is the
    # document; the leave said beside it stays a report.
    (_at(11, 11, 16, 10), "今年的带薪年休假统计表，办公室明天收", None),
    (THU, "年假统计表明天交办公室", None),
    (THU, "明年的休假计划表下周一前交", None),
    (THU, "病假条明天补给办公室", None),
    (THU, "明天病假，病假条后补", new("病假", "11-27 08:30", "11-27 17:30")),
    # A task for the event taken on (明天的会我来准备材料, 我来负责签到), nobody going anywhere:
    # no absence; 我来不了 and going to the event stay reports.
    (_at(12, 22, 16, 0), "领导，明天的会我来准备材料", None),
    (THU, "明天的培训我来负责签到", None),
    (THU, "明天的会我来安排", None),
    (THU, "明天去市局开会，材料我来准备", new("会议", "11-27 08:30", "11-27 17:30")),
    (THU, "明天的会我来不了，在市局培训", new("培训", "11-27 08:30", "11-27 17:30")),
    # Days after said to be spent there too (明后两天也在那边, 后天还在那里) run the absence on to
    # their end; days well apart (下周一也在那边) are no continuation.
    (
        _at(12, 15, 10, 20),
        "李局今天下午去市委党校参加领导干部专题培训，明后两天也在那边",
        new("培训", "12-15 14:30", "12-17 17:30", "李局"),
    ),
    (THU, "我明天去长沙开会，后天也在那边", new("会议", "11-27 08:30", "11-28 17:30")),
    (THU, "明天去市局培训，后天还在那里", new("培训", "11-27 08:30", "11-28 17:30")),
    (
        _at(12, 15, 10, 20),
        "明天下午去泵站，下周一也在那边",
        new("外出", "12-16 14:30", "12-16 17:30"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_reads_the_message(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


def _periods(text: str, now: datetime = THU) -> list[tuple[str, str]]:
    got = read_report(text, now)
    assert got.is_report
    return [(a.strftime("%m-%d %H:%M"), b.strftime("%m-%d %H:%M")) for a, b in got.periods]


PERIODS: list[tuple[datetime, str, list[tuple[str, str]]]] = [
    (  # AJ0117
        _at(11, 20, 17, 25),
        "下周二上午请假，周四上午也要请，都是去医院做检查",
        [("11-24 08:30", "11-24 12:00"), ("11-26 08:30", "11-26 12:00")],
    ),
    (  # AJ0200
        _at(11, 13, 16, 50),
        "下周一上午请假，下周三下午也要请，孩子学校开运动会和家长会",
        [("11-16 08:30", "11-16 12:00"), ("11-18 14:30", "11-18 17:30")],
    ),
    (
        THU,
        "下周二上午调休，下周四下午也休",
        [("12-01 08:30", "12-01 12:00"), ("12-03 14:30", "12-03 17:30")],
    ),
    (
        THU,
        "周一去市局开会，周三也去",
        [("11-30 08:30", "11-30 17:30"), ("12-02 08:30", "12-02 17:30")],
    ),
    (
        THU,
        "下周一下午请假，下周五下午也是",
        [("11-30 14:30", "11-30 17:30"), ("12-04 14:30", "12-04 17:30")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "want"), PERIODS, ids=[t for _, t, _ in PERIODS])
def test_a_repeated_verb_is_a_period_of_its_own(
    now: datetime, text: str, want: list[tuple[str, str]]
) -> None:
    assert _periods(text, now) == want


def test_an_outing_with_its_return_open_is_asked_never_recorded() -> None:
    got = read_report("在去板塘泵站的路上，有个电机跳闸了，不知道什么时候回", _at(12, 11, 9, 40))
    assert got.is_report and got.ask
