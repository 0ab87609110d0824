"""Mechanisms of the eleventh reader pass, first half (blind files 62–63: reporting for others,
forms with labelled fields, corrections, cancellations), each on sentences of our own.

Each mechanism has a contrast beside it that must read differently. Times are
``"MM-DD HH:MM"`` in 2026, Asia/Shanghai; most rows are read at Thursday 2026-11-26 09:15.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.test_reader_pass7 import THU, TZ, Row, amend, back, cancel, check_row, new

THU1500 = datetime(2026, 11, 26, 15, 0, tzinfo=TZ)
WED1202 = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)


CASES: list[tuple[datetime, str, Row]] = [
    # A form's heading names its kind (晚到报备, 【会议报备】), whatever its fields say.
    (THU, "早退报备\n时间：今天下午4点\n原因：去学校接孩子",
     new("早退", "11-26 16:00", "11-26 17:30")),
    (THU, "晚到报备\n预计到岗：10:00\n原因：在家等维修师傅",
     new("晚到", "11-26 08:30", "11-26 10:00")),
    (THU, "【会议报备】\n参会人员：谭股长\n会议：全市河湖长制工作会\n时间：12月3日下午\n地点：市局",
     new("会议", "12-03 14:30", "12-03 17:30", "谭股长")),
    (THU, "培训报备\n参训人员：陶敏、余芳\n内容：防汛抢险技能\n时间：12月1日-12月2日",
     new("培训", "12-01 08:30", "12-02 17:30", "陶敏", "余芳")),
    # …and a form talked about, or a template of empty fields, is nobody's report.
    (THU, "会议报备：下周起所有会议报备都发这个群", None),
    (THU, "培训报备\n以后培训报备请写清楚时间地点", None),
    (THU, "外出报备格式：人员、去向、时间，缺项的一律退回", None),
    (THU, "外出人员：\n去向：\n时间：\n以后照这个填了发群里", None),
    # A unit or a role before the name in a person field (农水股 唐晓, 司机老喻, 参会：).
    (THU, "外出人员：规划股 孔丽\n去向：区自然资源局\n时间：明天上午",
     new("外出", "11-27 08:30", "11-27 12:00", "孔丽")),
    (THU, "外出\n人员：分管副局长 严局、司机老喻\n去向：市水利局\n时间：14:00-17:00",
     new("外出", "11-26 14:00", "11-26 17:00", "严局", "老喻")),
    (THU, "人员：财务股全体\n时间：明天上午\n地点：三楼会议室", None),
    (THU, "会议报备\n时间：明天下午\n内容：汛后总结\n地点：三楼会议室", None),
    (THU, "带队：分管副局长\n时间：明天\n去向：县里", None),
    # A form's task or destination at a place is the outing (任务：…闸站…检修).
    (THU, "人员：邹工、宋涛\n任务：杨梅洲闸站启闭机检修\n时间：明天全天",
     new("外出", "11-27 08:30", "11-27 17:30", "邹工", "宋涛")),
    # A group counted or called whole, its members in brackets; a unit in brackets is not.
    (THU, "防汛办三人（龙工、许燕、小饶）明天去湘江大堤巡查",
     new("外出", "11-27 08:30", "11-27 17:30", "龙工", "许燕", "小饶")),
    (THU, "小贺（农水股）周五调休", new("调休", "11-27 08:30", "11-27 17:30", "小贺")),
    # 代X报：… is a report for X, the unit before the name left out.
    (THU, "代规划股郑敏报：周五在白石镇蹲点督导",
     new("外出", "11-27 08:30", "11-27 17:30", "郑敏")),
    # One colleague going with or driving another: both are away (not 我陪…).
    (THU, "小金陪王局去市水利局汇报，十一点回",
     new("外出", "11-26 09:15", "11-26 11:00", "小金", "王局")),
    (THU, "老喻现在开车送李书记去区委，半小时回",
     new("外出", "11-26 09:15", "11-26 09:45", "老喻", "李书记")),
    (THU, "小金去市水利局送材料，十一点回", new("外出", "11-26 09:15", "11-26 11:00", "小金")),
    # A notice corrected, a how-to question, a past report talked about: quiet.
    (THU, "更正一下上午的通知，体检改在12月3日", None),
    (THU, "更正：我的年假是12月3日，不是12月2日", amend("年假", "12-03 08:30", "12-03 17:30")),
    (THU, "病假时间报错了怎么改？", None),
    (THU, "病假时间报错了，是周五不是周四", amend("病假", "11-27 08:30", "11-27 17:30")),
    (THU, "上周一小罗代老严报的事假，手续还没补", None),
    (THU, "小罗代老严报个事假，周五一天", new("事假", "11-27 08:30", "11-27 17:30", "老严")),
    # An absence dropped in other words (不用了, 撤了, 算了) or by its own word (早走的那个取消).
    (THU, "周五请的年假不用了，项目要验收", cancel("年假", "11-27 08:30", "11-27 17:30")),
    (THU, "明天的调休我撤了", cancel("调休", "11-27 08:30", "11-27 17:30")),
    (THU, "下午四点早走的事算了", cancel("早退", "11-26 16:00", "11-26 17:30")),
    (THU, "下午三点半早走的那个取消", cancel("早退", "11-26 15:30", "11-26 17:30")),
    (THU, "周五请年假，材料不用了", new("年假", "11-27 08:30", "11-27 17:30")),
    (THU, "这个月的打卡记录不要了", None),
    # Lateness and leaving early corrected stay lateness and leaving early.
    (THU, "晚到时间改一下，十点到，不是九点半", amend("晚到", "11-26 08:30", "11-26 10:00")),
    (THU, "刚报的早退改成四点半走", amend("早退", "11-26 16:30", "11-26 17:30")),
    (THU, "刚才说的明天晚到改成晚到一个小时，要先去社保局",
     amend("晚到", "11-27 08:30", "11-27 09:30")),
    (THU, "培训日期记错了，是下周二到周三", amend("培训", "12-01 08:30", "12-02 17:30")),
    (THU, "报表改一下，十点前交", None),
    (THU, "刚报的材料改成明天交", None),
    (THU, "施工延长两天，现在是周五验收", None),
    (THU, "请假人：乔伟\n部门：\n时间：明天\n事由：",
     new("请假", "11-27 08:30", "11-27 17:30", "乔伟")),
    # One leave kind put right for another; 时间不变 says what stays.
    (THU, "明天不是病假，是调休，时间不变", amend("调休", "11-27 08:30", "11-27 17:30")),
    (THU, "会议时间不变，地点改到三楼", None),
    # A temperature taken is the speaker's health.
    (THU, "早上测了38.2，今天在家歇一天", new("病假", "11-26 08:30", "11-26 17:30")),
    (THU, "今天在家歇一天，家里装空调", new("请假", "11-26 08:30", "11-26 17:30")),
    # 报个假 is a leave; 报个外出 stays an outing.
    (THU, "替小雷报个假，他明天上午去车管所换驾照，下午来",
     new("请假", "11-27 08:30", "11-27 12:00", "小雷")),
    (THU, "替小雷报个外出，他明天上午去车管所送材料",
     new("外出", "11-27 08:30", "11-27 12:00", "小雷")),
    # A leave that leaves and comes back at clock times ends at the return.
    (THU, "明天下午请假去办证，三点走五点回", new("请假", "11-27 15:00", "11-27 17:00")),
    (THU, "明天下午三点走，早退", new("早退", "11-27 15:00", "11-27 17:30")),
    # Whether one comes back at all, open: said, not asked; straight home ends at closing.
    (THU, "现在去区应急局开会，下午回不回来不确定", new("会议", "11-26 09:15", None)),
    (THU, "你下午回不回来？", None),
    (THU, "明天去不去市局还不知道", None),
    (THU1500, "现在去区档案馆送资料，送完直接下班", new("外出", "11-26 15:00", "11-26 17:30")),
    (THU1500, "现在去区档案馆送资料，说不准几点回", new("外出", "11-26 15:00", None)),
    # Back earlier than planned, in those words.
    (THU, "常德的事办完了，比计划早回来两天，明天正常上班", back("11-27 08:30")),
    # A leave whose last day is today is over, work resumes; a last day ahead is the leave's end.
    (THU, "婚假到今天结束，明天回来上班", back("11-27 08:30")),
    (THU, "下周一起休年假，到周三结束，周四上班", new("年假", "11-30 08:30", "12-02 17:30")),
    # A range begun and not over is this year's; one not begun is as it reads.
    (WED1202, "培训延长一天，现在是11月30日到12月4日", amend("培训", "11-30 08:30", "12-04 17:30")),
    (WED1202, "12月8日到12月11日去长沙出差", new("出差", "12-08 08:30", "12-11 17:30")),
    # A message correcting itself in passing (嗯不是…是…) keeps the half said with the wrong day,
    # and lateness corrected stays lateness whatever errand follows.
    (THU, "周五上午去区财政局对账，嗯不是周五是下周一", new("外出", "11-30 08:30", "11-30 12:00")),
    (THU, "下周一请假，不对，是下周二", new("请假", "12-01 08:30", "12-01 17:30")),
    (THU, "明天晚到半小时 哦不 晚到一小时 要去医院取药", new("晚到", "11-27 08:30", "11-27 09:30")),
    (THU, "明天上午去医院取药", new("病假", "11-27 08:30", "11-27 12:00")),
    # A half said as how long the errand takes (估计一下午) narrows the day; 下午看情况 does not.
    (THU, "明天去花石镇看渠道渗漏，估计一下午", new("外出", "11-27 14:30", "11-27 17:30")),
    (THU, "明天去花石镇看渠道渗漏，下午看情况", new("外出", "11-27 08:30", "11-27 17:30")),
    # Colleagues counted, then named between commas; counted and not named, nobody's report.
    (THU, "工程股的三位同事，龙飞、许燕和小饶，下周二去株洲学习闸站自动化",
     new("培训", "12-01 08:30", "12-01 17:30", "龙飞", "许燕", "小饶")),
    (THU, "下周二有三位同事去株洲学习，名单另发", None),
    # A correction keeps the leave named before when it names none anew, and a length in a
    # clause with words of its own (医生让多歇一天) is why, not how long; 共三天 alone is.
    (THU, "我的病假更正为今明两天，医生让多歇一天", amend("病假", "11-26 08:30", "11-27 17:30")),
    (THU, "更正：年假改为12月14日起，共三天", amend("年假", "12-14 08:30", "12-16 17:30")),
    (THU, "明天的事假改成病假，医院开了证明", amend("病假", "11-27 08:30", "11-27 17:30")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_reads_the_message(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)
