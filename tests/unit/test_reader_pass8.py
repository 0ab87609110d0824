"""Mechanisms of the eighth reader pass (blind files 50–53), each on sentences of our own.

Each row states whether the message is a report and, if so, action, kind, start, end and
people (the reason is the main table's business). Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; most rows are read at Thursday 2026-11-26 09:15.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.test_reader_pass7 import THU, THU1700, TZ, Row, amend, cancel, check_row, new

THU1450 = datetime(2026, 11, 26, 14, 50, tzinfo=TZ)
THU0750 = datetime(2026, 11, 26, 7, 50, tzinfo=TZ)


CASES: list[tuple[datetime, str, Row]] = [
    # Non-reports: people picked out by where they go or by attending, told what to do.
    (THU, "明天去县里验收的两位，记得带上图纸", None),
    (THU, "下午参加防汛会商的同事，两点在一楼集合", None),
    (THU, "参训的同志周一八点到党校报到", None),
    # A roster for a day; a deadline set for a unit or for everyone.
    (THU, "周日值班名单：小彭、老罗，早上八点到岗", None),
    (THU, "下周三的调度会材料，工程股周一前准备好", None),
    (THU, "出差发票本月25号前交到办公室", None),
    # Someone called to the speaker; a leader visiting us.
    (THU, "规划股的两位同事下午到我办公室来一下", None),
    (THU, "明天上午副区长来局里检查，会议室提前布置好", None),
    # A finding and what was arranged: work done, told.
    (THU1700, "下午去东湾闸巡查，发现三处裂缝，已安排维修", None),
    # A family member away is news; an idea turned down; a show of hands.
    (THU, "我爱人明天开始出差三天，这几天我得早点下班接孩子吗", None),
    (THU, "老公下周去北京培训，家里就剩我一个了", None),
    (THU, "孩子说让我请假带他去看海，我说做梦吧", None),
    (THU, "这个月加过班的举个手，统计一下调休", None),
    # A bare 会 the speaker has is a meeting (明天的会我得在…, 省厅的…会, 开一天会).
    (THU, "周五的会我要在区里，整天", new("会议", "11-27 08:30", "11-27 17:30")),
    (THU, "明天我在区政府开一天会，有事找小罗", new("会议", "11-27 08:30", "11-27 17:30")),
    (THU, "下午区应急局有个会我去参加", new("会议", "11-26 14:30", "11-26 17:30")),
    (THU, "周一一早去株洲，周二回，市里的防汛总结会", new("会议", "11-30 08:30", "12-01 17:30")),
    (THU, "明天上午区委的会我不去了", cancel("会议", "11-27 08:30", "11-27 12:00")),
    (THU, "这个机会难得，明天大家都去看看", None),
    # Training by secondment or by the class's name.
    (THU, "下周一到周三在市水利局跟岗学习", new("培训", "11-30 08:30", "12-02 17:30")),
    (THU, "明天下午在区委党校，青干班开班", new("培训", "11-27 14:30", "11-27 17:30")),
    # The throat is the speaker's own body.
    (THU, "喉咙痛得厉害，今天请假一天", new("病假", "11-26 08:30", "11-26 17:30")),
    # Days in another city, or at the provincial department, are a trip.
    (THU, "下周二到周四我人在郴州，跟水毁项目", new("出差", "12-01 08:30", "12-03 17:30")),
    (THU, "下周一到周三在省水利厅帮忙审材料", new("出差", "11-30 08:30", "12-02 17:30")),
    # A family errand is a leave (WRITING.md); a bare 不在 for the family; a colleague's family.
    (THU, "老人住院了，我今天上午在医院守着，中午回", new("请假", "11-26 08:30", "11-26 12:00")),
    (THU, "孩子打预防针，明天上午不在", new("请假", "11-27 08:30", "11-27 12:00")),
    (THU, "李主任今天不在，有事找我", None),
    (THU, "昨天小贺家里老人过世了，股里的同志下班后去看看", None),
    # Away at a place elsewhere (走不开, 不过来了) is an outing.
    (THU, "下午那边走不开，我就在东堤上守着，有事打我", new("外出", "11-26 14:30", "11-26 17:30")),
    (THU, "今天在区纪委配合调查，上午不过来了", new("外出", "11-26 08:30", "11-26 12:00")),
    # 上次那个 names a thing, not a past event; a time, a district bureau, its meeting.
    (THU, "我现在去北坝看看上次那个裂缝，十一点回", new("外出", "11-26 09:15", "11-26 11:00")),
    (THU, "下午三点到五点 区财政局开预算会", new("会议", "11-26 15:00", "11-26 17:00")),
    (THU, "下午在建工集团项目部，协调拆迁", new("外出", "11-26 14:30", "11-26 17:30")),
    # Arrival: 能到 at a clause's end; a family errand then the arrival is lateness, an
    # office errand then the arrival stays an outing.
    (THU, "早上车坏了，我九点四十能到", new("晚到", "11-26 08:30", "11-26 09:40")),
    (THU, "明早送老人去医院，十点到单位", new("晚到", "11-27 08:30", "11-27 10:00")),
    (THU, "明天早上去区财政局送报表，十点到单位", new("外出", "11-27 08:30", "11-27 10:00")),
    (THU, "牙疼得厉害，明天上午去医院，下午来上班", new("病假", "11-27 08:30", "11-27 12:00")),
    # Leaving at a clock time with 我 between (四点我得走, 我先撤); 明天应该能来 is the return.
    (THU, "周五下午四点我得走，去接老人回家", new("早退", "11-27 16:00", "11-27 17:30")),
    (THU, "今天四点半我先撤，赶火车", new("早退", "11-26 16:30", "11-26 17:30")),
    (THU, "鼻塞头疼 请一天病假 明天应该能来", new("病假", "11-26 08:30", "11-26 17:30")),
    # 给X，妥否，请批示 asks approval; X is who took the work over, not who is away.
    (THU, "本人拟于下周一至周三休年假，工作已交接给小罗，妥否，请批示",
     new("年假", "11-30 08:30", "12-02 17:30")),
    # A time right before 说错了/报错了 is when the earlier message was sent: an amend.
    (THU, "昨天报错了，培训是周一到周三", amend("培训", "11-30 08:30", "12-02 17:30")),
    (THU, "明天请假，说错了，是后天", new("请假", "11-28 08:30", "11-28 17:30")),
    # 回不去单位 is no cancel; 说的那个 names a thing mentioned, not an event talked about.
    (THU1450, "我人在北闸，闸门又卡住了，今天估计回不去单位了",
     new("外出", "11-26 14:50", "11-26 17:30")),
    (THU1450, "去河口镇了 看一下前天说的那个渗漏点 说不准几点回", new("外出", "11-26 14:50", None)),
    (THU, "今天下午在区政府开的那个会，主要讲冬修", None),
    # The speaker's own absence withdrawn, then a day for it: moved (an amend).
    (THU, "周五上午的外出取消，改成下周二上午", amend("外出", "12-01 08:30", "12-01 12:00")),
    (THU, "周五的会取消了，改到下周二", None),
    # Worn out (扛不住) is the speaker's health; 歇/休息 a day stays away.
    (THU1700, "实在撑不住了，明天歇一天", new("病假", "11-27 08:30", "11-27 17:30")),
    # A family or home affair, then work resumed at a half: a leave until then; at a clock,
    # lateness.
    (THU0750, "上午带孩子去打疫苗，下午到单位", new("请假", "11-26 08:30", "11-26 12:00")),
    (THU0750, "家里水管爆了，上午等师傅上门，下午到岗", new("请假", "11-26 08:30", "11-26 12:00")),
    (THU0750, "早上送孩子上学，九点二十到单位", new("晚到", "11-26 08:30", "11-26 09:20")),
    # Back when the errand is done (签完就回, 办完回来): away from now, return open.
    (THU1450, "在区财政局等批文，签完就回", new("外出", "11-26 14:50", None)),
    (THU1450, "我在区政务中心办证，办完回来", new("外出", "11-26 14:50", None)),
    # 到凌晨 is last night's work or treatment, never when work resumes.
    (THU0750, "昨晚抢险到凌晨，今天上午调休", new("调休", "11-26 08:30", "11-26 12:00")),
    (THU0750, "今天上午请病假，昨晚发烧输液到凌晨", new("病假", "11-26 08:30", "11-26 12:00")),
    # A clause saying which half the speaker stays away (下午不来了) names the 半天.
    (THU0750, "今天请假半天，下午不来了", new("请假", "11-26 14:30", "11-26 17:30")),
    (THU1700, "明天调休半天，上午不过来了", new("调休", "11-27 08:30", "11-27 12:00")),
    # Voice spacing: a place named, a space, then a time with words of its own opens a clause.
    (THU, "下午两点后去一趟区财政局 今天不回单位了", new("外出", "11-26 14:00", "11-26 17:30")),
    # Relatives and friends away are news; a condition opening the message makes a plan.
    (THU, "我弟弟下周去北京培训，让我帮他看房子", None),
    (THU, "同学明天来长沙出差，晚上约了吃饭", None),
    (THU, "如果批了的话，我下周就休年假", None),
    (THU, "要是有空的话，下午我去趟市局", None),
    (THU, "如果明天不下雨，我就去东堤看看", None),
    # A unit as the subject before where it goes: a plan for a group, nobody reported.
    (THU, "明天全股去市局参加培训，局里留小陈值班", None),
    (THU, "防汛办下午去东湖垸排查隐患", None),
    # A leader sending a named colleague is an assignment; sending the speaker, a report.
    (THU, "王局让小何下午去区财政局送报表", None),
    (THU, "王局让我下午去区财政局送报表", new("外出", "11-26 14:30", "11-26 17:30")),
    (THU, "刘洋让我代请假：他下午牙疼，请病假", new("病假", "11-26 14:30", "11-26 17:30", "刘洋")),
    # Everyone told to work as usual: a notice.
    (THU, "明天的培训取消了，大家正常上班", None),
    # The speaker's own hospital visit is a sick leave; fetching someone there is an outing.
    (THU, "我下午去区医院体检", new("病假", "11-26 14:30", "11-26 17:30")),
    (THU, "下午要去医院拿化验单，三点到四点不在", new("病假", "11-26 15:00", "11-26 16:00")),
    (THU, "下午去区医院送体检名单，四点回", new("外出", "11-26 14:30", "11-26 16:00")),
    # 过去帮忙: going over to help is an outing.
    (THU, "下午市里要人，我过去帮忙", new("外出", "11-26 14:30", "11-26 17:30")),
    # 我得过去 after the place that wants the speaker; a bare 到 after a health or family
    # reason is the arrival at work.
    (THU, "明天上午区纪委约谈，我得过去", new("外出", "11-27 08:30", "11-27 12:00")),
    (THU0750, "上午看牙，十点半到", new("晚到", "11-26 08:30", "11-26 10:30")),
    (THU0750, "送孩子去幼儿园，九点到", new("晚到", "11-26 08:30", "11-26 09:00")),
    (THU, "过去一年我们股出差了很多次", None),
    # 我们股 is the unit as the subject, not the speaker.
    (THU, "我们股明天要去现场验收", None),
    # A formal letter's 兹有…同志，因…: the colleague named is the one away.
    (THU, "兹有工程股刘洋同志，因家中有事，需于12月7日请事假一天，特此申请。",
     new("事假", "12-07 08:30", "12-07 17:30", "刘洋")),
    # A day gone by in another clause is why the speaker goes now, not when.
    (THU, "东堤那段昨晚渗水，我直接到堤上了，回来时间说不准", new("外出", "11-26 09:15", None)),
    (THU, "昨天那个涵管又冒水了，我马上过去看看", new("外出", "11-26 09:15", None)),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_reads_the_message(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)
