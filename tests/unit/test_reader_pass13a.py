"""Mechanisms of the thirteenth reader pass, first half (blind files 68–69), on sentences of
our own.

The files hold everyday non-reports (plans that fell through, tallies, balances, trips told
by what came after), reports for colleagues with rare surnames and roles, and messages of
several lines with one report among requests and work told. Each row sits beside a contrast
that must read differently. Times are ``"MM-DD HH:MM"`` in 2026, Asia/Shanghai; rows are read
at Thursday 2026-11-26 09:15. The last test reads every piece of the bureau's published
rectification notice (none is a report) at two times.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from bot.domain.absence_reader import read_report
from tests.unit.test_reader_pass7 import THU, TZ, Row, amend, back, cancel, check_row, new

CASES: list[tuple[datetime, str, Row]] = [
    # Surnames that are everyday words (车, 单, 宁) are names only before a title; rare
    # surnames (邬, 滕) stand alone.
    (THU, "车股长明天去市局开会", new("会议", "11-27 08:30", "11-27 17:30", "车股长")),
    (THU, "车坏了，明天去市局开会", new("会议", "11-27 08:30", "11-27 17:30")),
    (THU, "单副主任下周一休年假", new("年假", "11-30 08:30", "11-30 17:30", "单副主任")),
    (THU, "单位明天组织体检", None),
    (THU, "宁主任明天晚到半小时", new("晚到", "11-27 08:30", "11-27 09:00", "宁主任")),
    (THU, "邬队长明天去区法院出庭", new("外出", "11-27 08:30", "11-27 17:30", "邬队长")),
    (THU, "滕飞明天去岳阳培训", new("培训", "11-27 08:30", "11-27 17:30", "滕飞")),
    # A role before the name (副站长罗平), a two-character surname (欧阳), a colleague leading
    # a group (李局带队) name who is away; a bare title does not.
    (THU, "副站长罗平明天去省厅参加培训", new("培训", "11-27 08:30", "11-27 17:30", "罗平")),
    (THU, "站长明天去省厅参加培训", new("培训", "11-27 08:30", "11-27 17:30")),
    (THU, "欧阳股长下周一休年假", new("年假", "11-30 08:30", "11-30 17:30", "欧阳股长")),
    (THU, "李局带队去岳阳考察，周一出发，周三回",
     new("出差", "11-30 08:30", "12-02 17:30", "李局")),
    (THU, "李局去岳阳考察的材料准备好了", None),
    # A correction of an absence reported earlier, named by whose it is (报的小李年假).
    (THU, "更正：昨天报的小李年假是周五，不是周四",
     ("amend", "年假", "11-27 08:30", "11-27 17:30", ("小李",))),
    (THU, "更正：昨天报的年假是周五，不是周四", amend("年假", "11-27 08:30", "11-27 17:30")),
    # A unit's work told as done, colleagues counted but not named, the group urged: news or
    # advice, nobody's absence; with 我 it is the speaker's own.
    (THU, "区防汛办昨天向局党组汇报了汛后检查情况", None),
    (THU, "12月1日工程股召开了冬修动员会", None),
    (THU, "今天股里好几个人都请假了", None),
    (THU, "今天局里不少人下乡了", None),
    (THU, "今天我下乡了，下午回", new("外出", "11-26 09:15", "11-26 17:30")),
    (THU, "大家的调休抓紧休完，年底清零", None),
    (THU, "大家好，我明天调休", new("调休", "11-27 08:30", "11-27 17:30")),
    # A leave lapsing unused (不休就作废) is a warning; 作废 of a day named withdraws it.
    (THU, "年假不休就作废了", None),
    (THU, "明天的年假作废，不休了", cancel("年假", "11-27 08:30", "11-27 17:30")),
    # A part of the leave app, kinds listed as types: things talked about.
    (THU, "新系统的销假按钮在哪", None),
    (THU, "我回来了，销假", back("11-26 09:15")),
    (THU, "外出、出差统一在新系统里报", None),
    (THU, "明天去区里外出一天", new("外出", "11-27 08:30", "11-27 17:30")),
    # How absences are to be reported from now on: a rule, not one absence.
    (THU, "以后外出在钉钉上报", None),
    (THU, "今后请假一律先在系统里填单", None),
    (THU, "明天外出，已在系统里报", new("外出", "11-27 08:30", "11-27 17:30")),
    # Someone's words giving the speaker an errand: the speaker is away, not the one quoted.
    (THU, "科长刚才说明天我去市局送材料", new("外出", "11-27 08:30", "11-27 17:30")),
    (THU, "王局刚才说明天我去市局开会", new("会议", "11-27 08:30", "11-27 17:30")),
    (THU, "科长刚才说明天他去市局送材料", None),
    # Absences talked about: fell through, counted, kept as a balance, over and told by what
    # came after, the time of a favour. A day named after them makes a report again.
    (THU, "原本打算下周休年假的，结果项目验收定在下周", None),
    (THU, "原本打算下周休年假，现在改到下下周", amend("年假", "12-07 08:30", "12-11 17:30")),
    (THU, "这周已经请了两次假了，不好意思再请", None),
    (THU, "这周已经请了两次假了，明天还得请一天", new("请假", "11-27 08:30", "11-27 17:30")),
    (THU, "年假攒了十天，留着春节休", None),
    (THU, "年假攒了十天，下周一到周五休五天", new("年假", "11-30 08:30", "12-04 17:30")),
    (THU, "上周请了三天假回老家，回来发现活都堆着", None),
    (THU, "去长沙出差三天回来胖了两斤", None),
    (THU, "下周请三天假回老家，回来再说", new("请假", "11-30 08:30", "12-02 17:30")),
    (THU, "谢谢小周请假期间帮我值班", None),
    (THU, "谢谢小周，我明天请假一天", new("请假", "11-27 08:30", "11-27 17:30")),
    # Under a heading of today's work, a line with its own day is the report, on that day.
    (THU, "今日工作：\n1、北堤巡查正常\n2、台账已更新\n另外，明天下午我去区档案馆查资料",
     new("外出", "11-27 14:30", "11-27 17:30")),
    (THU, "今日工作：\n1、北堤巡查正常\n2、明天下午补台账", None),
    # After a first line of the speaker's own work done (even naming 报销), a line with its own
    # day is read alone.
    (THU, "差旅报销单我交好了\n明天早上晚到半小时，孩子打疫苗",
     new("晚到", "11-27 08:30", "11-27 09:00")),
    (THU, "报销单我交好了\n明天上午全局大扫除", None),
    # A closing line asking someone for something is set aside; a notice stays a notice.
    (THU, "大家好\n我明天上午去区水务局对账\n@小罗 你把上月报表发我一下",
     new("外出", "11-27 08:30", "11-27 12:00")),
    (THU, "大家好\n明天上午全局大扫除\n@小罗 你把上月报表发我一下", None),
    (THU, "收到\n我下午去南湖闸站看看\n周五的值班麻烦谁帮我顶一下",
     new("外出", "11-26 14:30", "11-26 17:30")),
    # The office's own gatherings skipped or moved: no absence withdrawn or amended.
    (THU, "我明天不过来了，调休早就批了，全局大扫除就不参加了",
     new("调休", "11-27 08:30", "11-27 17:30")),
    (THU, "后天的大扫除我就不参加了", None),
    (THU, "周四下午我去市局参加评审会\n那天股里的例会改到上午吧",
     new("会议", "11-26 14:30", "11-26 17:30")),
    (THU, "股里的例会改到上午", None),
    (THU, "更正：我周四的会改到周五", amend("会议", "11-27 08:30", "11-27 17:30")),
    # A clock, an affair of one's own, then leaving: leaving early.
    (THU, "我下午三点有点事得走", new("早退", "11-26 15:00", "11-26 17:30")),
    (THU, "我三点半家里有事要先走", new("早退", "11-26 15:30", "11-26 17:30")),
    (THU, "三点有个事要商量，大家先别走", None),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_reads_the_message(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


_NOTICE = Path(__file__).parents[1] / "data" / "rectification-report-2023-06.txt"
_PIECES = [
    p.strip() for p in re.split(r"[。；\n]", _NOTICE.read_text("utf-8")) if len(p.strip()) >= 4
]


@pytest.mark.parametrize(
    "now", [datetime(2026, 11, 30, 10, 0, tzinfo=TZ), datetime(2026, 12, 3, 16, 40, tzinfo=TZ)]
)
def test_the_rectification_notice_reports_nothing(now: datetime) -> None:
    """The bureau's published rectification notice: units' work told (区河堤事务中心向党组
    汇报了…), rules and plans; no piece is anyone's absence, none is recorded or asked."""
    assert len(_PIECES) == 163
    read = {p: read_report(p, now) for p in _PIECES}
    assert [p for p, r in read.items() if r.is_report] == []
