"""Mechanisms of reader pass 24 (blind files 106–109: leaders and section chiefs about
themselves and their people, field staff by voice; everyday non-reports beside real reports),
on sentences of our own beside the corpus case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read on Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, cancel, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-106.jsonl", "BD0095"), ("train-106.jsonl", "BD0152"), ("train-107.jsonl", "BD0195"),
    ("train-107.jsonl", "BD0228"), ("train-107.jsonl", "BD0305"), ("train-108.jsonl", "BE0012"),
    ("train-108.jsonl", "BE0137"), ("train-106.jsonl", "BD0103"), ("train-107.jsonl", "BD0236"),
    ("train-107.jsonl", "BD0295"), ("train-108.jsonl", "BE0149"), ("train-109.jsonl", "BE0201"),
    ("train-108.jsonl", "BE0095"), ("train-108.jsonl", "BE0166"), ("train-109.jsonl", "BE0222"),
    ("train-108.jsonl", "BE0065"), ("train-108.jsonl", "BE0004"), ("train-106.jsonl", "BD0015"),
    ("train-106.jsonl", "BD0163"), ("train-109.jsonl", "BE0244"), ("train-109.jsonl", "BE0317"),
    ("train-107.jsonl", "BD0332"), ("train-106.jsonl", "BD0052"),
    ("train-107.jsonl", "BD0320"),
]  # fmt: skip


AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # Work told in the perfective (检查了…, 调试了…, 参加了…会, 做完了, 整改到位了) while the day's
    # outing is under way is work done, not an outing; a return or more still to do after it
    # keeps the outing, and so does the going itself (去市局参加培训).
    (_at(16, 58), "今天在桃源泵站检查了冬季防冻措施，水管都包好了。", None),
    (_at(16, 30), "今天在金霞泵站检修了两台水泵，都修好了", None),
    (_at(16, 40), "今天去市局参加了汛期总结会，材料明天报", None),
    (_at(17, 5), "今天在白沙洲走访了三户移民，明天写报告", None),
    (_at(16, 20), "下午在城南闸站调试了启闭机，明天接着调", None),
    (_at(16, 10), "今天在莲花垸复查了险情整改，都到位了", None),
    (AT10, "今天在金霞泵站检查了一下，下午回", new("外出", "11-26 10:00", "11-26 17:30")),
    (AT10, "上午在区财政局核查了账目，还没弄完，中午回", new("外出", "11-26 08:30", "11-26 12:00")),
    (_at(9, 0), "今天去市局参加培训", new("培训", "11-26 09:00", "11-26 17:30")),
    (AT10, "今天上午去医院复查了，下午来上班", new("病假", "11-26 08:30", "11-26 12:00")),
    # 去不了市局了, 参加不了…的会了 (a place or an event between 去不了 and its 了), and 不用去 a
    # unit outside the building: the speaker's own going withdrawn; 不用去会议室了 or 大家不用去
    # tells everyone, 明天市局我去不了，你们去吧 hands it on.
    (AT10, "明天去不了区财政局了，对账的事让小周去", cancel("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "我周五去不了岳阳了，学习班让老郑顶上", cancel("培训", "11-27 08:30", "11-27 17:30")),
    (AT10, "下周一参加不了市局的会了，让小彭替我", cancel("会议", "11-30 08:30", "11-30 17:30")),
    (AT10, "明天下午的会取消了，不用去市水利局了", cancel("会议", "11-27 14:30", "11-27 17:30")),
    (AT10, "周五的培训取消了，不用去区党校了", cancel("培训", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天市局我去不了，你们去吧", None),
    (AT10, "大家不用去区发改局了，会取消了", None),
    (AT10, "视频会议取消了，不用去会议室了", None),
    (AT10, "周五的培训我去不了，已经请过假了", cancel("培训", "11-27 08:30", "11-27 17:30")),
    # A space beside a leave asked for with its day (明天请假 情况晚点说) or after a place gone
    # to (在医院 请假一天) bounds the leave's clause; its length after it (请假 一天) continues
    # it, and a leave talked about (下周的请假 取消了) is not cut off.
    (_at(21, 0), "明天请假 情况晚点说", new("请假", "11-27 08:30", "11-27 17:30")),
    (AT10, "下午请假 家里有点事", new("请假", "11-26 14:30", "11-26 17:30")),
    (_at(7, 48), "今天孩子发烧在家带他去医院 请假一天", new("请假", "11-26 08:30", "11-26 17:30")),
    (_at(7, 48), "老人住院了我在医院 请假一天", new("请假", "11-26 08:30", "11-26 17:30")),
    (AT10, "明天请假 一天", new("请假", "11-27 08:30", "11-27 17:30")),
    (AT10, "下周的请假 取消了 周三不请了", cancel("请假", "12-02 08:30", "12-02 17:30")),
    (AT10, "请假 审批 流程 是 怎样 的", None),
    # The morning in a clause telling what happened (拉了一早上, 今天早上…住院了) dates a leave
    # whose own clause names no time, without bounding it; the half the leave names, or an
    # afternoon in which someone went home, stays.
    (_at(7, 20), "昨晚吃坏了肚子，今天拉了一早上，请病假",
     new("病假", "11-26 08:30", "11-26 17:30")),
    (_at(8, 10), "帮老胡请个假，他今天早上摔了一跤进医院了",
     new("病假", "11-26 08:30", "11-26 17:30", "老胡")),
    (_at(7, 40), "今天早上吐了好几次，请病假", new("病假", "11-26 08:30", "11-26 17:30")),
    (_at(7, 40), "今天上午请假，早上发烧了", new("病假", "11-26 08:30", "11-26 12:00")),
    (_at(7, 40), "上午请个假，去医院", new("病假", "11-26 08:30", "11-26 12:00")),
    (_at(15, 0), "帮刘洋请个假，他今天下午发烧回去了",
     new("病假", "11-26 14:30", "11-26 17:30", "刘洋")),
    # A celebration (婚礼, 喜酒) is the speaker's own affair: a leave. Under a 请假人 label a
    # going read from the errand alone is the leave; 事由：外出踏勘 says the outing outright.
    # 异地就医备案 is paperwork, not health.
    (_at(15, 50), "我明天不来了，去县里吃喜酒", new("请假", "11-27 08:30", "11-27 17:30")),
    (_at(15, 50), "明天去长沙参加同学婚礼", new("请假", "11-27 08:30", "11-27 17:30")),
    (AT10, "请假人：王强\n事由：回老家办事\n时间：12月3日",
     new("请假", "12-03 08:30", "12-03 17:30", "王强")),
    (AT10, "请假人：邓雅琴\n事由：外出踏勘\n地点：洞井街道圭塘河段\n时间：11月27日上午",
     new("外出", "11-27 08:30", "11-27 12:00", "邓雅琴")),
    (_at(9, 0), "下午我去趟区医保局办异地就医备案，三点半左右回",
     new("外出", "11-26 14:30", "11-26 15:30")),
    (_at(9, 0), "下午去医院看病，三点半回", new("病假", "11-26 14:30", "11-26 15:30")),
    # Leaving at a clock for a workplace or the office's business (我四点走，去区政府送材料) is
    # the outing setting off; for the family (接孩子, 家长会) it stays early leave. A works
    # named, then the speaker going over to see to it, is an outing, not lateness.
    (_at(13, 38), "我四点走，去区政府送材料", new("外出", "11-26 16:00", "11-26 17:30")),
    (_at(13, 38), "我三点半走，去市局开会", new("会议", "11-26 15:30", "11-26 17:30")),
    (_at(13, 38), "我三点走，去区检察院送卷宗", new("外出", "11-26 15:00", "11-26 17:30")),
    (_at(13, 38), "我三点走，去接孩子", new("早退", "11-26 15:00", "11-26 17:30")),
    (_at(13, 38), "今天我四点一刻走，孩子学校开家长会", new("早退", "11-26 16:15", "11-26 17:30")),
    (_at(7, 15), "早上闸站报警，我先过去看一下，估计十点到局里",
     new("外出", "11-26 08:30", "11-26 10:00")),
    (_at(7, 15), "堤上发现渗水，我先过去看看，十一点到局里",
     new("外出", "11-26 08:30", "11-26 11:00")),
    (_at(7, 15), "我先送孩子去医院，十点到局里", new("晚到", "11-26 08:30", "11-26 10:00")),
    (_at(7, 15), "泵站那边你先过去看一下", None),
    # 不去单位了, 不去局里了: not coming in, so away (where the speaker is said beside it); 不去
    # 市局了 withdraws a going.
    (_at(7, 30), "今早去荷塘泵站抢修，上午不去单位了", new("外出", "11-26 08:30", "11-26 12:00")),
    (_at(7, 30), "上午不去单位了，在家等修水管的", new("请假", "11-26 08:30", "11-26 12:00")),
    (_at(7, 30), "明天上午不去局里了，直接去区财政局", new("外出", "11-27 08:30", "11-27 12:00")),
    (_at(7, 30), "明天不去市局了", cancel("外出", "11-27 08:30", "11-27 17:30")),
    # A unit before a name in a list (和工程股胡股长, 股里的小卢) qualifies the name; it holds
    # no 和, so the name before 和 is one of the list.
    (AT10, "李局和工程股胡股长明天上午去市局开会",
     new("会议", "11-27 08:30", "11-27 12:00", "李局", "胡股长")),
    (AT10, "陈主任和规划股刘工明天去省厅汇报",
     new("外出", "11-27 08:30", "11-27 17:30", "陈主任", "刘工")),
    (AT10, "股里的小卢和小蒋明天去市局", new("外出", "11-27 08:30", "11-27 17:30", "小卢", "小蒋")),
    (AT10, "工程股胡股长明天上午去市局开会", new("会议", "11-27 08:30", "11-27 12:00", "胡股长")),
    (AT10, "小王和办公室的小李明天去市局",
     new("外出", "11-27 08:30", "11-27 17:30", "小王", "小李")),
    # A wish compared (比我还想请假) is chatter; the day spent told in the perfective (跑了一天)
    # is work done; something handed out and collected (单位发苹果，到办公室领) is a notice.
    (AT10, "这台机器比我还想请假", None),
    (AT10, "打印机又卡纸了，它比我还想请假", None),
    (AT10, "明天我请假", new("请假", "11-27 08:30", "11-27 17:30")),
    (_at(15, 5), "今天在外面跑了一天，腿都断了哈哈", None),
    (_at(16, 5), "今天在堤上走了一天，累死了", None),
    (_at(17, 40), "工会发了电影票，明天下午到工会办公室领", None),
    (_at(17, 40), "单位发年货了，明天上午十点到一楼领", None),
    (AT10, "我明天上午去区财政局领支票，十一点回", new("外出", "11-27 08:30", "11-27 11:00")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
