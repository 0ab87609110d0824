"""Mechanisms of reader pass 27d (blind files 150–151: follow-ups to earlier reports, returns,
cancellations, corrections, late arrivals and early departures, beside ordinary reports and
non-reports that look like follow-ups), on sentences of our own beside the corpus case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read on Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, amend, back, cancel, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-150.jsonl", "CE0005"), ("train-150.jsonl", "CE0025"), ("train-150.jsonl", "CE0075"),
    ("train-150.jsonl", "CE0076"), ("train-150.jsonl", "CE0078"), ("train-150.jsonl", "CE0079"),
    ("train-150.jsonl", "CE0082"), ("train-150.jsonl", "CE0089"), ("train-150.jsonl", "CE0093"),
    ("train-150.jsonl", "CE0100"), ("train-151.jsonl", "CE0152"), ("train-151.jsonl", "CE0153"),
    ("train-151.jsonl", "CE0170"), ("train-151.jsonl", "CE0180"), ("train-151.jsonl", "CE0214"),
    ("train-151.jsonl", "CE0219"), ("train-151.jsonl", "CE0221"), ("train-151.jsonl", "CE0223"),
    ("train-151.jsonl", "CE0229"), ("train-151.jsonl", "CE0233"), ("train-151.jsonl", "CE0234"),
    ("train-151.jsonl", "CE0281"), ("train-151.jsonl", "CE0282"), ("train-152.jsonl", "CF0066"),
]  # fmt: skip


AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # A leave or course said to be over in other words (期满, 用完, 结业, 结束调休, the rest
    # 不休了 or 不续了, 老家的事办妥了), with the day work resumes: a return, ending then. A
    # question about the days left, or news of a course over with nobody back, stays silent.
    (AT10, "市里的培训提前半天结业，下午回单位上班", back("11-26 14:30")),
    (AT10, "婚假期满，下周一正常上班", back("11-30 08:30")),
    (AT10, "病假用完了，明天到岗", back("11-27 08:30")),
    (AT10, "丧假还剩两天不休了，明天回来上班", back("11-27 08:30")),
    (AT10, "老家的事办妥了，下周一回来上班", back("11-30 08:30")),
    (AT10, "复查做完了，明天正常上班，假不续了", back("11-27 08:30")),
    (AT10, "本人于明日上午结束探亲假返岗", back("11-27 08:30")),
    (AT10, "区里的培训班今天结束，周一回局里", back("11-30 08:30")),
    (_at(11, 30), "调休提前结束，下午正常上班", back("11-26 14:30")),
    (AT10, "产假已满，下周一回来上班", back("11-30 08:30")),
    (AT10, "党校的培训班今天结业，明天回单位上班", back("11-27 08:30")),
    (AT10, "培训班今天结业，证书下周发", None),
    (AT10, "假期已满的同志请按时返岗", None),
    (AT10, "年假还剩几天", None),
    (AT10, "车修完了，明天上班", None),
    # 看完病了已到岗, 拔完牙了: the verb's object after 完 before the arrival is the errand
    # the speaker comes back from (挂完水了已回单位 read so before, kept).
    (_at(10, 40), "拔完牙了已到岗", back("11-26 10:40")),
    (_at(10, 40), "看完病了已到岗", back("11-26 10:40")),
    (_at(10, 40), "挂完水了已回单位", back("11-26 10:40")),
    # 帮X取消一下 / 撤一下 / 更正一下 / 改一下 before an absence: withdrawn or put right on
    # the colleague's behalf; 帮小王改一下报表 and 撤一下那条消息 are no absence.
    (AT10, "帮小吴取消一下周五的年假", cancel("年假", "11-27 08:30", "11-27 17:30", "小吴")),
    (AT10, "帮老刘撤一下明天的外出", cancel("外出", "11-27 08:30", "11-27 17:30", "老刘")),
    (AT10, "帮陈工更正一下：他的年假是周五，不是周四",
     ("amend", "年假", "11-27 08:30", "11-27 17:30", ("陈工",))),
    (AT10, "帮小王改一下报表，明天交", None),
    (AT10, "帮我撤一下刚才那条消息", None),
    # 一下 before a weekday is the verb's (撤一下周五): the day is this week's 周五, not 下周五.
    (AT10, "帮小李撤一下周五的调休", cancel("调休", "11-27 08:30", "11-27 17:30", "小李")),
    (AT10, "撤一下周五的年假", cancel("年假", "11-27 08:30", "11-27 17:30")),
    (AT10, "下周五请假", new("请假", "12-04 08:30", "12-04 17:30")),
    # Away until a return for the speaker's own health (拔牙, 理疗) is a sick leave, as an
    # errand to a hospital is; to a pump station it stays an outing.
    (AT10, "明天上午拔牙，下午回单位", new("病假", "11-27 08:30", "11-27 12:00")),
    (AT10, "下午去做理疗，四点回", new("病假", "11-26 14:30", "11-26 16:00")),
    (AT10, "明天上午去泵站，下午回单位", new("外出", "11-27 08:30", "11-27 12:00")),
    # One's own traffic ticket (处理违章, 交罚单) before an arrival by a clock: late, not out;
    # 查违章采砂 is the job.
    (AT10, "明早去交警队交个罚单，十点到单位", new("晚到", "11-27 08:30", "11-27 10:00")),
    (AT10, "明天去河道查违章采砂，下午回", new("外出", "11-27 08:30", "11-27 17:30")),
    # 更正为 names the new value; the old day said to be at work (今天我在) is no part of it.
    (AT10, "更正：周四的调休更正为周五", amend("调休", "11-27 08:30", "11-27 17:30")),
    (AT10, "搞错了 年假是周五 今天我在", amend("年假", "11-27 08:30", "11-27 17:30")),
    # The lateness named as the thing withdrawn (周五的晚到取消了): a lateness by its day, from
    # 08:30 with no end; one with its length keeps it.
    (AT10, "周五的晚到取消了", ("cancel", "晚到", "11-27 08:30", None, ())),
    (AT10, "明天不晚到了，原来说的晚一小时", cancel("晚到", "11-27 08:30", "11-27 09:30")),
    # 由X参加 after the speaker's withdrawal: who attends in their place, no notice.
    (AT10, "下午不去区水务局开会了，对方说由分管领导参加",
     cancel("会议", "11-26 14:30", "11-26 17:30")),
    (AT10, "明天的会由分管领导参加", None),
    # A message withdrawn as sent to the wrong group (发错群了，请忽略) is nobody's report;
    # one that goes on to report (发错群了，明天请假一天) still reports.
    (AT10, "刚才那条外出发错群了，请忽略", None),
    (AT10, "刚才发错群了，明天请假一天", new("请假", "11-27 08:30", "11-27 17:30")),
    # 的同志暂不出发: people picked out by what they were to do, told to hold: a notice.
    (AT10, "原定周五出发的同志暂不出发", None),
    # 去区委汇报的材料…: the going names a thing of the errand and no kind; the rules refuse it,
    # so the silence net (which only speaks where the rules found nothing) does not ask.
    (AT10, "明天去区委汇报的材料我还没写完", None),
    (AT10, "明天去区委汇报", new("外出", "11-27 08:30", "11-27 17:30")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
