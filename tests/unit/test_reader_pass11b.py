"""Mechanisms of the eleventh reader pass, second half (blind files 64–65: typos and voice
input, returns, late arrival and early leave), each on sentences of our own.

Each mechanism has rows beside a contrast that must read differently. Times are
``"MM-DD HH:MM"`` in 2026, Asia/Shanghai; most rows are read at Thursday 2026-11-26 09:15.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.domain.absence_reader import read_report
from tests.unit.test_reader_pass7 import THU, TZ, Row, back, cancel, check_row, new

THU1350 = datetime(2026, 11, 26, 13, 50, tzinfo=TZ)
THU0940 = datetime(2026, 11, 26, 9, 40, tzinfo=TZ)
THU0750 = datetime(2026, 11, 26, 7, 50, tzinfo=TZ)

CASES: list[tuple[datetime, str, Row]] = [
    # Voice and pinyin slips read as the key word only where it fits: 店 for 点 after a
    # number and before a verb, 办 for 半 after N点, 粥 for 周 and 星七 for 星期 before a
    # weekday, 仨/俩 before a counter, 倒岗 after 已/刚, 尚班, 小假 alone after an arrival.
    (THU, "下五两店去区税务局 四点前回", new("外出", "11-26 14:00", "11-26 16:00")),
    (THU, "九点办去区档案馆 十点回", new("外出", "11-26 09:30", "11-26 10:00")),
    (THU, "下午三点办的手续", None),
    (THU, "下粥二请假", new("请假", "12-01 08:30", "12-01 17:30")),
    (THU, "粥三去市局开会", new("会议", "12-02 08:30", "12-02 17:30")),
    (THU, "星七五请假", new("请假", "11-27 08:30", "11-27 17:30")),
    (THU, "下周二请俩天事假", new("事假", "12-01 08:30", "12-02 17:30")),
    (THU, "刚倒岗", back("11-26 09:15")),
    (THU, "两个班组轮流倒岗", None),
    (THU, "到了 小假", back("11-26 09:15")),
    (THU, "元旦想放个小假", None),
    (THU, "我下无去趟泵站", new("外出", "11-26 14:30", "11-26 17:30")),
    (THU, "天下无难事，只怕有心人", None),
    # The leave (or the family affair it was for) is over and work resumes on a day named:
    # a return ending when work resumes; over with no day back is no return.
    (THU, "陪产假休满了 周一来上班", back("11-30 08:30")),
    (THU, "老家的丧事办完了，明天就来", back("11-27 08:30")),
    (THU, "丧事办完了，谢谢大家", None),
    (THU, "家里的事处理完了，明天回单位", back("11-27 08:30")),
    # 刚回来 opening the message with no time of its own: back now, whatever comes after.
    (THU, "刚回来，明天的会我参加", back("11-26 09:15")),
    # Back earlier than planned (比计划早回来一天), or 回了 as the whole message.
    (THU1350, "长沙的事办完了，比原计划早回来两天，明天正常上班", back("11-27 08:30")),
    (THU1350, "比他早回来半天", None),
    (THU1350, "回了", back("11-26 13:50")),
    (THU1350, "消息回了", None),
    # Back at one's post said as being there (人已经在单位了), or 已回 closing a run of words;
    # 报告领导 opening a message addresses it like 领导, before a space.
    (THU1350, "人已经在单位了", back("11-26 13:50")),
    (THU1350, "他已经在单位了", None),
    (THU1350, "我已回 材料交了", back("11-26 13:50")),
    (THU1350, "报告领导 我已返回单位", back("11-26 13:50")),
    (THU1350, "报告领导 明天请假一天", new("请假", "11-27 08:30", "11-27 17:30")),
    # A return said in ordinary words: 刚回 opening its own clause, 这会儿已经回局里了, a
    # sentence closed by 了 before 我回局里了 (a space is its stop), 有什么事可以找我 (no question).
    (THU, "刚回，区档案馆的资料拿到了", back("11-26 09:15")),
    (THU, "刚回家", None),
    (THU, "我这会儿已经回局里了", back("11-26 09:15")),
    (THU1350, "下午没活了 我回局里了", back("11-26 13:50")),
    (THU1350, "下午没活了 我回家了", None),
    (THU, "我回来了 有什么事可以找我", back("11-26 09:15")),
    (THU, "你们有什么事找我吗", None),
    # A colleague's return reported for them (帮X销个假, X…回来了，我帮他说一声); told alone,
    # it is their return too, asked about (blind labels: test_reader_othersback).
    (THU, "帮小孙销个假，他已经到单位了", back("11-26 09:15", "小孙")),
    (THU, "小孙到单位了吗", None),
    (THU, "老罗从市局回来了，我帮他说一声", back("11-26 09:15", "老罗")),
    (THU, "老罗从市局回来了", back("11-26 09:15", "老罗")),
    # Back from where the colleague was away, said as done (已经从…回来了): a return for them,
    # asked about; bare news or a question is none.
    (THU, "老罗已经从市局回来了", back("11-26 09:15", "老罗")),
    (THU, "老罗已经从市局回来了吗", None),
    # Lateness and leaving early talked about, not reported: those late as a kind, many
    # people late, one occurrence referred to, how something counts, a colleague late again.
    (THU, "晚到的先在前台签个字", None),
    (THU, "我今天晚到半小时", new("晚到", "11-26 08:30", "11-26 09:00")),
    (THU, "这周好几个同事都迟到", None),
    (THU, "请假那回的假条我补了", None),
    (THU, "半天病假算事假还是病假", None),
    (THU, "明天下午请半天假，算调休", new("调休", "11-27 14:30", "11-27 17:30")),
    (THU0940, "小邓今天又迟到了，上周也是", None),
    (THU0940, "小邓今天晚到半小时，路上堵车，我帮他报一下",
     new("晚到", "11-26 08:30", "11-26 09:00", "小邓")),
    (THU, "不好意思 我又迟到了 九点到", new("晚到", "11-26 08:30", "11-26 09:00")),
    (THU, "迟到早退都要扣分", None),
    (THU, "今天晚到半小时，扣我半天工资也认了", new("晚到", "11-26 08:30", "11-26 09:00")),
    # A thing named after the trip (出差票据) is its topic.
    (THU, "出差票据月底前交财务", None),
    (THU, "下周一出差三天", new("出差", "11-30 08:30", "12-02 17:30")),
    # 先走 with a length leaves early; 约/大约 may stand before the length of lateness.
    (THU, "我先走二十分钟", new("早退", "11-26 17:10", "11-26 17:30")),
    (THU, "大家先走，我锁门", None),
    (THU1350, "今天提早半小时走 接孩子", new("早退", "11-26 17:00", "11-26 17:30")),
    (THU1350, "下午的会提早半小时开", None),
    # 报备 with no place or errand names no kind: the lateness does.
    (THU, "报备一下：今天迟到大约十分钟", new("晚到", "11-26 08:30", "11-26 08:40")),
    (THU, "报备：下午去区水务局送材料", new("外出", "11-26 14:30", "11-26 17:30")),
    # A day off named in another clause (周六去长沙喝喜酒) is the reason's, not the day left
    # early; a day in the leaving's own clause is.
    (THU, "四点走哈 周六去长沙喝喜酒", new("早退", "11-26 16:00", "11-26 17:30")),
    (THU, "明天四点走 周末回老家", new("早退", "11-27 16:00", "11-27 17:30")),
    # 晚到一点 is "a little" when no clock part follows; the arrival said after it ends it.
    (THU0750, "今天晚到一点 九点半到", new("晚到", "11-26 08:30", "11-26 09:30")),
    (THU0750, "今天晚到一点", new("晚到", "11-26 08:30", None)),
    # 撤了 after the leave's own word withdraws it.
    (THU, "下周二的调休撤了，那天有会", cancel("调休", "12-01 08:30", "12-01 17:30")),
    (THU, "防汛物资撤了", None),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_reads_the_message(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


def test_a_colleague_back_is_asked_about() -> None:
    """Said about a colleague with no word of reporting for them: asked, never recorded."""
    assert read_report("老罗已经从市局回来了", THU).ask
