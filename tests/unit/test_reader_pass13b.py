"""Mechanisms of the thirteenth reader pass, second half (blind files 70–71), on sentences
of our own.

The files hold voice input and typing slips, outings with no leave word, forms and
cancellations. Each row sits beside a contrast that must read differently. Times are
``"MM-DD HH:MM"`` in 2026, Asia/Shanghai; rows are read at Thursday
2026-11-26 09:15 (MON: Monday 2026-11-23 09:15).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.unit.test_reader_pass7 import THU, Row, amend, back, cancel, check_row, new

MON = datetime(2026, 11, 23, 9, 15, tzinfo=ZoneInfo("Asia/Shanghai"))

CASES: list[tuple[datetime, str, Row]] = [
    # A visiting party as the subject (检查组, 市局的人, 专家) coming or not: their visit.
    (THU, "督查组后天上午到，先去看北湖泵站", None),
    (THU, "省厅的专家明天不来了，大家不用等", None),
    (THU, "设计院的人明早九点到，直接去现场", None),
    (THU, "我明早九点半到，先去南湖闸站看看", new("外出", "11-27 09:30", "11-27 17:30")),
    (THU, "市局的人明早九点半到，我下午去北湖泵站", new("外出", "11-27 14:30", "11-27 17:30")),
    # A junior addressed by name, then an errand and no 我: an order, not an outing.
    (THU, "小罗，明天上午去趟区水文站把雨量数据拷回来", None),
    (THU, "小罗：下午去区档案馆把图纸借回来", None),
    (THU, "小罗，明天上午我去趟区水文站拷数据", new("外出", "11-27 08:30", "11-27 12:00")),
    # A heading naming a procedure or rule: how it is done.
    (THU, "外出报备流程：\n1. 群里说一声\n2. 回来后销假", None),
    (THU, "请假须知：三天以内股长批，明天起执行", None),
    (THU, "外出报备：\n明天上午去区财政局对账", new("外出", "11-27 08:30", "11-27 12:00")),
    # A meeting named by what it is for, called off and moved, or with what nobody need do.
    (THU, "周四的局务会取消，改到下周一", None),
    (THU, "下午的碰头会取消了，大家不用去会议室了", None),
    (THU, "周五的培训取消了，不用去市里了", None),
    (THU, "下午的碰头会我不去了", cancel("会议", "11-26 14:30", "11-26 17:30")),
    (THU, "下周一的调度会不去了，不用等我", cancel("会议", "11-30 08:30", "11-30 17:30")),
    # Beside leave, a part that only goes somewhere is what the leave is for, not a leave day.
    (THU, "周六去长沙看场球赛，周一请一天假", new("请假", "11-30 08:30", "11-30 17:30")),
    (THU, "周日回老家吃喜酒，周一上午请半天假", new("请假", "11-30 08:30", "11-30 12:00")),
    (THU, "周一请一天假，周六去长沙看球赛", new("请假", "11-30 08:30", "11-30 17:30")),
    (THU, "周一上午去审计局，周三下午去财政局", new("外出", "11-30 08:30", "11-30 12:00")),
    # A question passed on (帮我问下…): nobody reports.
    (THU, "帮我问下老周 他明天出差回来没有", None),
    (THU, "帮忙问一下小刘周五是不是去省厅开会", None),
    (THU, "帮我跟股长说一下，我明天上午请假", new("请假", "11-27 08:30", "11-27 12:00")),
    # Voice input's filler at the opening (那个就是, 那个我是说) is no correction.
    (THU, "那个就是我明天上午请个假 家里有点事", new("请假", "11-27 08:30", "11-27 12:00")),
    (THU, "那个我是说我明天外出 去区里对账 下午回来", new("外出", "11-27 08:30", "11-27 17:30")),
    (THU, "那个外出改到周五了", amend("外出", "11-27 08:30", "11-27 17:30")),
    # A false start (小 小罗, 我 我明天): the word as meant.
    (THU, "小 小罗明天病假 他让我说一声", new("病假", "11-27 08:30", "11-27 17:30", "小罗")),
    (THU, "我 我明天上午晚到一小时", new("晚到", "11-27 08:30", "11-27 09:30")),
    (THU, "好 好的 收到", None),
    # A withdrawal, then how the event goes on without the speaker: why, not a notice.
    (THU, "明天不去市里开会了，改由分管领导参加", cancel("会议", "11-27 08:30", "11-27 17:30")),
    (THU, "周五去省厅开会 不去了 改成线上", cancel("会议", "11-27 08:30", "11-27 17:30")),
    (THU, "周五的培训我不去了，改成线上", cancel("培训", "11-27 08:30", "11-27 17:30")),
    (THU, "周五的培训取消了，改成线上", None),
    # Typing slips of day words and of 事假 (厚天, 名天, 名早, 一天是假), read as meant.
    (THU, "名天上午调休 补上周六值班的", new("调休", "11-27 08:30", "11-27 12:00")),
    (THU, "名早的车去岳阳出差 两天", new("出差", "11-27 08:30", "11-28 17:30")),
    (MON, "厚天上午去区里培训", new("培训", "11-25 08:30", "11-25 12:00")),
    (THU, "我明天想请一天是假 回老家办点手续", new("事假", "11-27 08:30", "11-27 17:30")),
    (THU, "名单明天交给办公室", None),
    (THU, "明天请一天假，他说的那天是假的", new("请假", "11-27 08:30", "11-27 17:30")),
    # 调休 补国庆值班的: the duty after the time off is what it makes up, not when it is.
    (THU, "明天上午调休 补国庆值班的", new("调休", "11-27 08:30", "11-27 12:00")),
    (THU, "明天值班 周一调休", new("调休", "11-30 08:30", "11-30 17:30")),
    # A line with nothing but a day, then the speaker's line: that day is the report's.
    (THU, "各位领导：\n下周一（11月30日）上午\n我去区审计局配合审计\n下午正常上班",
     new("外出", "11-30 08:30", "11-30 12:00")),
    (THU, "明天上午\n我去区审计局配合审计\n下午在局里", new("外出", "11-27 08:30", "11-27 12:00")),
    (THU, "报表已经交了\n我去区审计局配合审计\n下午正常上班", new("外出", "11-26 09:15", None)),
    # A range and its count of days in a clause of their own (周四到周五两天) narrow the report.
    (THU, "我下周一出差 去常德 周一到周二两天", new("出差", "11-30 08:30", "12-01 17:30")),
    (THU, "我下周一出差，周一到周三三天", new("出差", "11-30 08:30", "12-02 17:30")),
    (THU, "下周一请假，周二到周三两天在局里值班", new("请假", "11-30 08:30", "11-30 17:30")),
    # A withdrawn lateness, how late it was to be said in a clause of its own: its length.
    (THU, "明早不晚到了，原来说的晚一小时", cancel("晚到", "11-27 08:30", "11-27 09:30")),
    (THU, "周五不晚到了，本来说晚半小时", cancel("晚到", "11-27 08:30", "11-27 09:00")),
    (THU, "明早不晚到了", cancel("晚到", "11-27 08:30", "11-27 12:00")),
    # A time right after a fetching verb (取上周送检的…) dates the thing, not the outing.
    (THU, "去区档案馆取上周的报告，11点前回", new("外出", "11-26 09:15", "11-26 11:00")),
    (THU, "去市监测站取上周送检的水样，十一点前回", new("外出", "11-26 09:15", "11-26 11:00")),
    (THU, "上周去区档案馆取了报告", None),
    # 去交一下…: the speaker goes to pay; …交一下 alone is an instruction.
    (THU, "去交一下评审的专家费，十分钟就回", new("外出", "11-26 09:15", "11-26 09:25")),
    (THU, "去交一下物业费，半小时就回", new("外出", "11-26 09:15", "11-26 09:45")),
    (THU, "物业费交一下，十分钟后我来收", None),
    # Held on a work site (现场走不开) is no leave; watching over a site's work is an outing.
    (THU, "泵站那边走不开，今天下午还在北湖泵站盯安装", new("外出", "11-26 14:30", "11-26 17:30")),
    (THU, "家里走不开，今天下午不来了", new("请假", "11-26 14:30", "11-26 17:30")),
    (THU, "明天下午盯北湖泵站拆除现场", new("外出", "11-27 14:30", "11-27 17:30")),
    (THU, "施工现场要盯紧，大家注意安全", None),
    (THU, "家里装修要盯着", None),
    # A return form's field naming the leave (原假期：…) is not when work resumes.
    (THU, "销假\n原假期：11月23日至27日年假\n返岗：今天已到岗", back("11-26 09:15")),
    (THU, "销假\n原假期：11月23日至27日年假\n返岗：下周一", back("11-30 08:30")),
    (THU, "销假\n返岗：下周一", back("11-30 08:30")),
    # A trip somewhere dropped with 不跑了.
    (THU, "明天去金霞闸站那趟不跑了", cancel("外出", "11-27 08:30", "11-27 17:30")),
    (THU, "这周跑了三趟闸站，不跑了", None),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_reads_the_message(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)
