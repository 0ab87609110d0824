"""Mechanisms of the tenth reader pass (blind files 58–61), each on sentences of our own.

Most rows are messages that look like reports and are not (the pass's priority: quietness
on non-reports), each beside a contrast that must stay a report. Times are ``"MM-DD HH:MM"``
in 2026, Asia/Shanghai; most rows are read at Thursday 2026-11-26 09:15.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.test_reader_pass7 import THU, TZ, Row, amend, back, check_row, new

THU1620 = datetime(2026, 11, 26, 16, 20, tzinfo=TZ)
THU1500 = datetime(2026, 11, 26, 15, 0, tzinfo=TZ)
THU0900 = datetime(2026, 11, 26, 9, 0, tzinfo=TZ)


CASES: list[tuple[datetime, str, Row]] = [
    # Others come to us (到局里调研, 到我区检查, 在我们局搞联调): a visit received.
    (THU, "市长下周二到局里视察防汛物资仓库", None),
    (THU, "省厅检查组明天下午到我区暗访河长制落实", None),
    (THU, "市水文局周五在我们局调试遥测设备，会议室借用一天", None),
    (THU, "区水利局下周三在我们这开现场会，会场布置一下", None),
    (THU, "我明天到局里开会", None),  # unchanged: the speaker at the office
    (THU, "明天去市局开会，下午回", new("会议", "11-27 08:30", "11-27 17:30")),
    (THU, "周四上午县长来巡堤，工程股陪同", None),
    # 是…的 tells a meeting as done (在…开的协调会) once its half is over.
    (THU1620, "上午在花石镇开的协调会，村里意见不大", None),
    (THU, "明天上午在花石镇开协调会", new("会议", "11-27 08:30", "11-27 12:00")),
    # Leave talked about, not taken: 休不完, 没机会休, 请假比…还难.
    (THU, "今年的年假还有5天，看样子是休不完了", None),
    (THU, "攒了三天调休，一直没时间休", None),
    (THU, "请假比登天还难", None),
    (THU, "年假还剩3天，下周一到周三休", new("年假", "11-30 08:30", "12-02 17:30")),
    # A span gone by in the absence's own clause; beside it, it is only the reason.
    (THU, "上个月请年假回了趟老家，家里都挺好", None),
    (THU, "后天调休一天，上个月防汛加班攒的", new("调休", "11-30 08:30", "11-30 17:30")),
    (THU, "去档案室拿一下上个月的考勤表，十分钟回", new("外出", "11-26 09:15", "11-26 09:25")),
    # Reported speech: someone else's words carry the times.
    (THU, "刚才在食堂碰到王局，他说今天下午的会照开", None),
    (THU, "现在去一趟南堤，他说有处护坡塌了", new("外出", "11-26 09:15", None)),
    # A notice's text put right is not the speaker's record.
    (THU, "昨天发的通知里的时间有误，讲座是周五下午", None),
    (THU, "我刚才说错了，培训是周五不是周四", amend("培训", "11-27 08:30", "11-27 17:30")),
    # Another unit as the opening subject, nobody named, no 我: its news.
    (THU, "区自然资源局下周起搬到新大楼办公，以后送件别走错", None),
    (THU, "下午水保中心在开验收会，走廊里说话小声点", None),
    (THU, "各位，防汛办的冬季演练改到12月10日上午，地点在南湖闸站", None),
    (THU, "办公室下周二组织体检，八点前到区医院空腹抽血", None),
    (THU, "明天上午我在办公室，下午去区里开会", new("会议", "11-27 14:30", "11-27 17:30")),
    (THU, "工程股的小何明天去九华镇验收", new("外出", "11-27 08:30", "11-27 17:30", "小何")),
    # All staff, or some colleagues left unnamed: not one's own absence.
    (THU, "12月3日下午全局干部参加廉政教育讲座", None),
    (THU, "下周有两个同事休婚假，手头的事提前交接", None),
    # People picked out by a need, told to act themselves.
    (THU, "需要休年假的自己和股长商量时间", None),
    # 请大家喝喜酒 is a treat, not a notice; 请大家… is still one.
    (THU, "12月7日起休婚假，共13天，回来请大家吃喜糖", new("婚假", "12-07 08:30", "12-19 17:30")),
    (THU, "12月7日起请大家按时交考勤表", None),
    # Voice slips: 请家 for 请假 (请家人 is a word), 开惠 for 开会.
    (THU, "明天请家一天", new("请假", "11-27 08:30", "11-27 17:30")),
    (THU, "明天请家人来帮忙", None),
    (THU, "下午去区政府开惠，五点回", new("会议", "11-26 14:30", "11-26 17:00")),
    # 本人 in a form's 人员 field is the speaker, nobody named.
    (THU, "外出报备\n事由：去南湖闸站巡查\n时间：今天14:00-16:00\n人员：本人",
     new("外出", "11-26 14:00", "11-26 16:00")),
    # 没什么事 is no question; 几点回说不好 an open return, not a question.
    (THU1620, "我回来了，闸上没什么事", back("11-26 16:20")),
    (THU, "我现在去河口看看水情 几点回说不好", new("外出", "11-26 09:15", None)),
    (THU, "你几点回？", None),
    # 帮X报下: a report for X (报下午 is the afternoon).
    (THU, "帮小龚报下，他下午三点去区档案馆查资料，不回来了",
     new("外出", "11-26 15:00", "11-26 17:30", "小龚")),
    # 根据…规定 is the ground of a request, not a rule told.
    (THU, "本人根据有关规定，申请休年假3天，自11月30日起，望批准",
     new("年假", "11-30 08:30", "12-02 17:30")),
    (THU, "年假按规定要提前一周申请", None),
    # A length told for a half under way counts from now (下午…，一个半小时回 at 15:00).
    (THU1500, "下午出去一下，一个半小时回", new("外出", "11-26 15:00", "11-26 16:30")),
    (THU1500, "下午出去一下，四点半回", new("外出", "11-26 15:00", "11-26 16:30")),
    (THU0900, "上午去趟财政局，半小时回", new("外出", "11-26 09:00", "11-26 09:30")),
    # A work finished between the clock and 回 (四点半开完回单位): the return's time.
    (THU, "下午去区里开个会 四点半开完回单位", new("会议", "11-26 14:30", "11-26 16:30")),
    (THU, "明天上午去市局办事，十一点办完就回来", new("外出", "11-27 08:30", "11-27 11:00")),
    # 兹有我局职工X于…: a role word between the unit and the name.
    (THU, "报告：兹有我局职工罗斌于12月2日赴市水利局报送材料，当日返回。特此报备。",
     new("外出", "12-02 08:30", "12-02 17:30", "罗斌")),
    (THU, "干部培训下周一开始", None),
    # The overtime's length in another clause is not the leave's (周末两天值班，下周二调休).
    (THU, "周末两天值班，下周二调休", new("调休", "12-01 08:30", "12-01 17:30")),
    (THU, "下周一开始调休，共两天", new("调休", "11-30 08:30", "12-01 17:30")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_reads_the_message(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)
