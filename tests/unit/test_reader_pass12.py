"""Mechanisms of the twelfth reader pass (blind files 66–67), each on sentences of our own.

The files hold non-reports that look like reports and reports in hard registers (voice input
with no punctuation, typos, several lines with the report last). Each row sits beside a
contrast that must read differently. Times are ``"MM-DD HH:MM"`` in 2026, Asia/Shanghai;
rows are read at Thursday 2026-11-26 09:15.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.test_reader_pass7 import THU, Row, amend, back, cancel, check_row, new

CASES: list[tuple[datetime, str, Row]] = [
    # Key-word slips that are words elsewhere, read as the key word only where it fits.
    (THU, "今天堵车晚刀半小时", new("晚到", "11-26 08:30", "11-26 09:00")),
    (THU, "昨晚刀口疼了一夜，今天请假一天", new("请假", "11-26 08:30", "11-26 17:30")),
    (THU, "我已经回到单为了，销价", back("11-26 09:15")),
    (THU, "单为了这点事跑一趟不值得", None),
    (THU, "商场年底销价处理家电", None),
    (THU, "早上去医院抽血，晚到两个消时", new("晚到", "11-26 08:30", "11-26 10:30")),
    (THU, "年假修完了，明天上班", back("11-27 08:30")),
    (THU, "车修完了，明天上班", None),
    # 那回/那次 points back to a time gone by; after a day (周五那次) it names a plan.
    (THU, "那回我请了五天病假，回来活都堆着", None),
    (THU, "春节那回我休了一周年假，哪也没去", None),
    (THU, "周五那次外出改到周四上午", amend("外出", "11-26 08:30", "11-26 12:00")),
    # A schedule headed for everyone, people in batches: a notice.
    (THU, "值班安排：12月5日、6日两天，局机关分两批轮流值守", None),
    (THU, "明天上午九点，新进人员分两批到区医院体检", None),
    (THU, "下周一到周三休年假", new("年假", "11-30 08:30", "12-02 17:30")),
    # The day not yet picked (日子还没选好): a plan, not a report.
    (THU, "年后打算休几天年假，日子还没选好", None),
    (THU, "年后休几天年假，日子还没看好，定了再报", None),
    # An outing for pleasure told as done (看了场球赛, 钓了一天鱼) is over.
    (THU, "周末去岳阳钓了一天鱼，累坏了", None),
    (THU, "周末去长沙看了场球赛，太过瘾了", None),
    (THU, "明天去长沙看场球赛，请假一天", new("请假", "11-27 08:30", "11-27 17:30")),
    # Voice input with no punctuation: after other talk, the speaker turns to a day of their own.
    (THU, "刘股长早雨情报表发了我下午去北湖泵站看看五点前回",
     new("外出", "11-26 14:30", "11-26 17:00")),
    (THU, "刘股长早啊昨天的台账我补好了明天上午我去区档案馆查资料",
     new("外出", "11-27 08:30", "11-27 12:00")),
    (THU, "刘股长早如果下雨下午我去北湖泵站看看", None),
    # The turn names its own day: 今天 before it is the news's, not the outing's.
    (THU, "今天雨不大各闸站都正常我明天去北湖看看", new("外出", "11-27 08:30", "11-27 17:30")),
    (THU, "明天送孩子上学我上午晚点到", new("晚到", "11-27 08:30", None)),
    (THU, "国庆那回我请了五天假", None),
    # Several lines: greeting and work told, then a line opening with the speaker's day.
    (THU, "大家早\n周报已经交了\n明天上午去区水务局对接，下午在单位",
     new("外出", "11-27 08:30", "11-27 12:00")),
    (THU, "会议通知：\n明天上午去区水务局开会", None),
    (THU, "各位\n明天上午全局大扫除", None),
    # The speaker's bare arrival, then a private errand done first: lateness.
    (THU, "明早九点半到，先去银行办点事", new("晚到", "11-27 08:30", "11-27 09:30")),
    (THU, "我明天十点到，得先去车管所办个手续", new("晚到", "11-27 08:30", "11-27 10:00")),
    (THU, "明天九点半到，大家先去会议室", None),
    (THU, "明天九点半到，先去市局送个材料", new("外出", "11-27 09:30", "11-27 17:30")),
    # A withdrawal's reason naming the event moved (会改期了) says what the going was for.
    (THU, "我明天不去市局了，培训推迟了", cancel("培训", "11-27 08:30", "11-27 17:30")),
    (THU, "我下午不出去了，会议推迟到明天", cancel("会议", "11-26 14:30", "11-26 17:30")),
    (THU, "我明天不去市局了，车坏了", cancel("外出", "11-27 08:30", "11-27 17:30")),
    (THU, "明天不去泵站了，会议室要布置", cancel("外出", "11-27 08:30", "11-27 17:30")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_reads_the_message(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)
