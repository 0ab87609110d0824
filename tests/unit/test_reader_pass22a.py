"""Mechanisms of reader pass 22a (blind files 96, 97, 100 and 101), on sentences of our own
beside the corpus case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read at Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.domain.absence_reader import read_report
from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, amend, back, cancel, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-96.jsonl", "AW0140"), ("train-100.jsonl", "AY0004"),
    ("train-100.jsonl", "AY0062"), ("train-100.jsonl", "AY0120"),
    ("train-96.jsonl", "AW0005"), ("train-101.jsonl", "AY0193"),
    ("train-101.jsonl", "AY0285"), ("train-100.jsonl", "AY0150"),
    ("train-96.jsonl", "AW0033"), ("train-100.jsonl", "AY0151"),
    ("train-101.jsonl", "AY0197"), ("train-100.jsonl", "AY0103"),
    ("train-96.jsonl", "AW0106"), ("train-97.jsonl", "AW0257"),
    ("train-100.jsonl", "AY0065"), ("train-100.jsonl", "AY0048"),
    ("train-101.jsonl", "AY0310"), ("train-100.jsonl", "AY0109"),
    ("train-101.jsonl", "AY0225"), ("train-101.jsonl", "AY0272"),
    ("train-101.jsonl", "AY0178"), ("train-101.jsonl", "AY0296"),
    ("train-100.jsonl", "AY0078"), ("train-100.jsonl", "AY0141"),
    ("train-101.jsonl", "AY0176"), ("train-101.jsonl", "AY0183"),
    ("train-101.jsonl", "AY0312"), ("train-100.jsonl", "AY0156"),
    ("train-97.jsonl", "AW0209"), ("train-97.jsonl", "AW0305"),
    ("train-97.jsonl", "AW0217"), ("train-96.jsonl", "AW0133"),
    ("train-101.jsonl", "AY0254"), ("train-97.jsonl", "AW0354"),
    ("train-101.jsonl", "AY0213"), ("train-101.jsonl", "AY0166"),
]  # fmt: skip


AT8 = _at(8, 0)
AT10 = _at(10, 0)
AT1240 = _at(12, 40)
AT1710 = _at(17, 10)

CASES: list[tuple[datetime, str, Row]] = [
    # The body in everyday words (落枕, 跑肚, 嗓子发不出声, 痛风) and its care (推拿, 看医生)
    # are the speaker's health: a leave is 病假, and an arrival after them is lateness;
    # going along for someone else's doctor stays 请假, the words in advice are nothing.
    (AT8, "落枕了脖子动不了，今天请假", new("病假", "11-26 08:30", "11-26 17:30")),
    (AT8, "早上起来落枕了，去推拿一下，十点到单位", new("晚到", "11-26 08:30", "11-26 10:00")),
    (AT8, "嗓子发不出声，上午去看医生，下午到岗", new("病假", "11-26 08:30", "11-26 12:00")),
    (AT10, "痛风又犯了 明天请假一天", new("病假", "11-27 08:30", "11-27 17:30")),
    (AT8, "陪老婆去看医生，明天请一天假", new("请假", "11-27 08:30", "11-27 17:30")),
    (AT8, "推拿店的发票能报销吗", None),
    (AT8, "大家少低头看手机，小心落枕", None),
    # Kin called as at home (老舅, 小姨, 大伯) are family: their illness or wedding makes the
    # speaker's leave 请假, and they are no colleague reported for.
    (AT10, "老舅住院了，明天请假去照顾", new("请假", "11-27 08:30", "11-27 17:30")),
    (AT10, "小姨明天结婚，我请一天假", new("请假", "11-27 08:30", "11-27 17:30")),
    (AT10, "老舅的事办好了，谢谢大家", None),
    # A colleague called by what they do before the name (司机老骆, 实习生小邬, 出纳小胡) is
    # the name's subject, as a title before it is; the job alone names nobody.
    (AT8, "驾驶员小彭今天出车去白石乡，下午回", new("外出", "11-26 08:30", "11-26 17:30", "小彭")),
    (AT8, "出纳小胡明天去区财政局对账", new("外出", "11-27 08:30", "11-27 17:30", "小胡")),
    (AT8, "实习生小邬明天请假回学校", new("请假", "11-27 08:30", "11-27 17:30", "小邬")),
    (AT8, "司机班明天统一去检车", None),
    (AT8, "保安说明天停电", None),
    # A character said twice (阳阳, 婷婷) listed beside a name is a colleague called as young
    # colleagues are; alone, or an adverb (天天), it is nobody.
    (AT8, "婷婷和小刘明天去市局培训", new("培训", "11-27 08:30", "11-27 17:30", "婷婷", "小刘")),
    (AT8, "小周和阳阳下午去荷塘乡", new("外出", "11-26 14:30", "11-26 17:30", "小周", "阳阳")),
    (AT8, "天天和小刘一起加班", None),
    # A colleague who goes with a group (陪审计组, 陪专家组) is away as one who goes with a
    # colleague is; one who went is told of, not reported.
    (AT8, "老李陪专家组明天去东风水库", new("外出", "11-27 08:30", "11-27 17:30", "老李")),
    (AT8, "上周老李陪专家组去过东风水库了", None),
    # What befell the speaker on a day gone by (昨天淋了雨, 昨晚痛风犯了), told before a leave
    # that names no day, is why: the leave is from today; a leave said of that day stays it,
    # and with no leave after it nothing is moved.
    (AT8, "昨天崴了脚，请一天病假", new("病假", "11-26 08:30", "11-26 17:30")),
    (AT8, "前天摔了一跤，腰还疼，请两天病假", new("病假", "11-26 08:30", "11-27 17:30")),
    (AT8, "昨天淋了雨，今早起来发烧了，请假一天", new("病假", "11-26 08:30", "11-26 17:30")),
    (AT8, "昨天请假了，忘了报", new("请假", "11-25 08:30", "11-25 17:30")),
    (AT8, "昨天易志华家里老人走了，股里的同志下班后一起去看看", None),
    (AT8, "昨天下雨了，大家出门注意安全", None),
    # What counts as what (提前打卡算早退, 超过十分钟算旷工) is a rule of attendance for all;
    # the speaker's own lateness, called so, stays a report.
    (AT8, "@所有人 12月起下班打卡改为17:30以后，提前打卡算早退", None),
    (AT8, "@所有人 12月起迟到超过十分钟算旷工", None),
    (AT8, "九点以后到的算迟到", None),
    (AT8, "我今天晚到半小时，按迟到算吧", new("晚到", "11-26 08:30", "11-26 09:00")),
    # Another body, by its word (审计局说, 设计院说), coming or not is its visit, nobody of
    # ours away; a body sending for the speaker stays the speaker's outing.
    (AT8, "审计局说下午不来了，改明天", None),
    (AT8, "设计院说明天上午来局里对图纸", None),
    (AT8, "财政局说下午让我过去一趟，三点回", new("外出", "11-26 14:30", "11-26 15:00")),
    # A change whose new reading says the absence is not needed (改为…在本局，不用外出) moves
    # the event and keeps everyone in; the speaker's own leave withdrawn and moved is amended.
    (AT8, "下周的学习改为周四下午在本局三楼，不用外出", None),
    (AT8, "周五的学习改为在本局，不必外出", None),
    (AT8, "下周一不请假了，改成下周二", amend("请假", "12-01 08:30", "12-01 17:30")),
    # A correction beside a question about the attendance record (考勤表谁在统计？) is the
    # record's keeping; a correction said outright, or a report after such a question, stands.
    (AT8, "这个月的考勤表谁在统计？我周二那天是外出不是请假", None),
    (AT8, "更正：下周三是外出不是请假", amend("外出", "12-02 08:30", "12-02 17:30")),
    (AT10, "考勤表交了吗？我明天去市局开会", new("会议", "11-27 08:30", "11-27 17:30")),
    # Back, said beside the speaker's own errand settled (事办完了, 的事处理好了，已回): the
    # return; what the work found (渗水点处理好了) after being back is a work report.
    (AT10, "各位，我刚从区里回来，事办完了", back("11-26 10:00")),
    (AT10, "刚从区政府回来，事情都办好了", back("11-26 10:00")),
    (AT10, "闸门的事处理好了，已回", back("11-26 10:00")),
    (AT10, "材料的事办妥了，人已回", back("11-26 10:00")),
    (AT10, "刚从堤上回来，渗水点已经处理好了", None),
    # Back from where the speaker went (去盘龙水库检查回来了) is a return, as 从…回来 is; a
    # thing fetched back (领回来了) or staying away (不回来了) is not.
    (_at(11, 30), "上午去泵站检查回来了", back("11-26 11:30")),
    (_at(11, 30), "去区政府送材料回来了，在办公室", back("11-26 11:30")),
    (AT10, "去区法院把判决书领回来了，已交档案室", None),
    (AT10, "下午四点去万楼那边交资料 不回来了", new("外出", "11-26 16:00", "11-26 17:30")),
    # Readings taken in the field (去测水位, 测一下流量) and being questioned or testifying
    # (做笔录, 作证, 调解) are errands done elsewhere, as 测量 is; the readings or the record
    # talked about are not.
    (AT10, "我现在去测水位，看情况回", new("外出", "11-26 10:00", None)),
    (AT10, "下午去测流量，五点回", new("外出", "11-26 14:30", "11-26 17:00")),
    (AT10, "下午去派出所做个笔录，四点回", new("外出", "11-26 14:30", "11-26 16:00")),
    (
        AT8,
        "明天上午十点区检察院找我去做个笔录，估计一个小时",
        new("外出", "11-27 10:00", "11-27 11:00"),
    ),
    (AT10, "水位测了吗", None),
    (AT10, "测水位的设备坏了", None),
    (AT10, "笔录已经签字了", None),
    # The day an errand came to nothing (昨天在审批局没领到) is not the day it is done again,
    # when that day is named after it; alone it is news.
    (
        AT8,
        "昨天在审批局没领到，今天上午再去一趟，十一点前回",
        new("外出", "11-26 08:30", "11-26 11:00"),
    ),
    (AT8, "昨天在区政务中心没办成，明天上午再去一趟", new("外出", "11-27 08:30", "11-27 12:00")),
    (AT8, "昨天去区政务中心没办成", None),
    # The speaker said as the subject of the clause before (我这几天都在医院，先请三天事假)
    # goes on into the leave's clause, so a greeting to colleagues (各位同事) is no notice;
    # what befell a relative on a day gone by (家里老人昨晚…住院了) is why, not the leave's day.
    (
        AT8,
        "家里老人昨晚突发心梗住院了，我这几天都在医院，先请三天事假",
        new("事假", "11-26 08:30", "11-30 17:30"),
    ),
    (AT8, "各位同事，我这两天在医院陪护，先请两天事假", new("事假", "11-26 08:30", "11-27 17:30")),
    (AT8, "我妈昨晚摔了一跤住院了，今天请假一天", new("请假", "11-26 08:30", "11-26 17:30")),
    (
        AT8,
        "各位同事 家里老人昨晚突发心梗住院了 我这几天都在医院 先请三天事假",
        new("事假", "11-26 08:30", "11-30 17:30"),
    ),
    (AT8, "各位同事，明天请假的同志先把工作交接好", None),
    (AT8, "各位同事，明天请假的同志先把工作交接好，我统计一下", None),
    (AT8, "我说一下，各位同事明天统一到三楼", None),
    # 给我妈, 给我爸: for the speaker's kin, no order to hand something to the speaker (给我).
    (AT8, "上午去医保局办备案，顺便给我妈开药，11点到", new("晚到", "11-26 08:30", "11-26 11:00")),
    (AT8, "明天早上给我爸去医院拿药，十点到单位", new("晚到", "11-27 08:30", "11-27 10:00")),
    (AT8, "小王，明天的材料给我", None),
    (AT8, "下午的会记录给我一份", None),
    # A turn back to business (说正事, 言归正传, 不闹了) ends the banter before it: what follows
    # is read alone, a report or not.
    (AT10, "我中暑了。开玩笑的。说正事：明天下午去开会", new("会议", "11-27 14:30", "11-27 17:30")),
    (AT10, "哈哈，我要去三亚了。言归正传，明天请年假", new("年假", "11-27 08:30", "11-27 17:30")),
    (AT10, "不闹了，说正事：明天的会大家准时参加", None),
    (AT10, "我要去马尔代夫了哈哈", None),
    # An errand that goes out by itself (出庭, 走访, 巡堤), named by its day as an affair (…的事)
    # and withdrawn, is the speaker's outing cancelled; asked about or handed on, it is not.
    (AT10, "明天下午出庭的事取消了，对方撤诉", cancel("外出", "11-27 14:30", "11-27 17:30")),
    (AT10, "周五走访的事取消了", cancel("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天巡堤的事也取消了，雨停了", cancel("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "出庭的事取消了吗", None),
    (AT10, "明天下午出庭的事你跟进一下", None),
    # When the group is told (中午跟大家说个事, 早上跟各位说一下) is no part of the absence.
    (AT1240, "中午跟大家说个事：下午陪老婆产检，请假", new("请假", "11-26 14:30", "11-26 17:30")),
    (AT10, "上午跟大家报备一下，下午去区财政局，四点回", new("外出", "11-26 14:30", "11-26 16:00")),
    (AT10, "早上跟各位说一下，明天我请一天年假", new("年假", "11-27 08:30", "11-27 17:30")),
    (AT10, "下午跟各位说一下考核的事", None),
    # The day of a life event (周二结婚, 下周三搬家) told before the day the absence is said to
    # start from (从周一开始) is the reason's day; without such a start nothing moves.
    (AT10, "我下周三结婚，婚假从下周一开始，一共十天", new("婚假", "11-30 08:30", "12-09 17:30")),
    (AT10, "我下周三搬家，从下周二开始请两天事假", new("事假", "12-01 08:30", "12-02 17:30")),
    (AT10, "下周三考试，从下周一开始大家复习", None),
    (AT10, "小李下周三结婚，大家从下周一开始准备", None),
    # Setting out at a clock (早上八点半, 上午八点半, as 上午十点) says when the outing leaves,
    # not that it is a morning away: 下午回 ends 17:30. A morning named with no clock (上午去
    # 泵站，下午回) is the morning's and ends at noon, as is one whose return is not said.
    (AT10, "明天早上八点半我直接去青龙垸，下午回", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "明早8点半直接去白石泵站，下午回", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天上午八点半我去区政府开会，会后回局", new("会议", "11-27 08:30", "11-27 12:00")),
    (AT10, "明天上午八点半去泵站，下午回", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天上午去泵站，下午回", new("外出", "11-27 08:30", "11-27 12:00")),
    # Time already spent at work (跑了一天, 开了一天, 忙了一上午) is no length of the absence
    # told after it; a leave counted (请了三天假) still is.
    (
        AT1710,
        "今天在工地跑了一天，累趴了。\n明天上午去医院复查，下午到岗。",
        new("病假", "11-27 08:30", "11-27 12:00"),
    ),
    (AT1710, "今天开会开了一天，明天上午调休", new("调休", "11-27 08:30", "11-27 12:00")),
    (AT10, "忙了一上午，下午请假回家休息", new("请假", "11-26 14:30", "11-26 17:30")),
    (AT10, "我请了两天假，从明天开始", new("请假", "11-27 08:30", "11-30 17:30")),
    # A trip to learn a trade (去衡阳学水利工程造价) is a course, as learning seconded to a
    # body with a long name is (在省水利水电勘测设计院跟班学习); a school or a quick look is not.
    (AT10, "下周一到周五去衡阳学水利工程造价", new("培训", "11-30 08:30", "12-04 17:30")),
    (AT10, "下周一至周三在省水利水电勘测设计院跟班学习", new("培训", "11-30 08:30", "12-02 17:30")),
    (AT10, "下午去学校接孩子", new("请假", "11-26 14:30", "11-26 17:30")),
    (AT10, "明天去区里学一下新系统", new("外出", "11-27 08:30", "11-27 17:30")),
    # A meeting over (动员会开完了), said before what the speaker does next, is no kind of
    # the absence; a meeting gone to next still is, and the meeting over alone is nothing.
    (AT10, "碰头会开完了，我现在去白石泵站，十二点回", new("外出", "11-26 10:00", "11-26 12:00")),
    (AT10, "调度会刚开完了，下午去区财政局对账", new("外出", "11-26 14:30", "11-26 17:30")),
    (AT10, "会议结束了，我下午去区里开另一个会", new("会议", "11-26 14:30", "11-26 17:30")),
    (AT10, "局务会开完了，下午大家正常上班", None),
    # Not coming in for the speaker's own business (办过户, 换驾照, 社保局办点事) is a leave;
    # not coming in for work done elsewhere (在区委配合谈话) stays an outing.
    (AT8, "下周一上午不过来了 去区不动产中心办过户", new("请假", "11-30 08:30", "11-30 12:00")),
    (AT8, "明天上午不过来了，去车管所换驾照", new("请假", "11-27 08:30", "11-27 12:00")),
    (AT8, "明天上午不过来了，去社保局办点事", new("请假", "11-27 08:30", "11-27 12:00")),
    (AT8, "上午不过来了，在区委配合谈话", new("外出", "11-26 08:30", "11-26 12:00")),
    # Receiving petitioners when someone came (接访来了个老上访户, 接访时来了两拨人) is work
    # told, with nobody gone; going to receive them is an outing.
    (AT10, "今天接访来了个老上访户，反映的还是那个排涝补偿的事", None),
    (AT10, "上午接访时来了两拨人", None),
    (AT10, "下午接访，五点回", new("外出", "11-26 14:30", "11-26 17:00")),
    (AT10, "明天上午去信访大厅接访", new("外出", "11-27 08:30", "11-27 12:00")),
    # 单位组织的那批: which batch, named by who organised it, is no notice of an arrangement;
    # the arrangement itself told (单位组织体检，…集合) still is.
    (
        AT8,
        "小蒋今天去区医院体检，单位组织的那批，十点左右到局里",
        new("晚到", "11-26 08:30", "11-26 10:00", "小蒋"),
    ),
    (
        AT8,
        "老周今天去医院体检，局里组织的那批，九点半到单位",
        new("晚到", "11-26 08:30", "11-26 09:30", "老周"),
    ),
    (AT8, "单位组织体检，明天上午八点半在大门口集合", None),
    (AT8, "局里组织的体检明天开始，大家空腹", None),
    # A meeting a body holds (区里开信访联席会) is the occasion: the speaker's own errand beside
    # it (去信访大厅接访, 去送材料) is what they are away for; going to the meeting itself
    # (我去参加, 去区政府开协调会) stays a meeting.
    (AT10, "明天上午区里开联席会，我去信访大厅接访", new("外出", "11-27 08:30", "11-27 12:00")),
    (AT10, "明天区里开会，我去送材料，中午回", new("外出", "11-27 08:30", "11-27 12:00")),
    (AT10, "明天上午区里开防汛会，我去参加", new("会议", "11-27 08:30", "11-27 12:00")),
    (AT10, "现在去区政府开协调会，下午回", new("会议", "11-26 10:00", "11-26 17:30")),
]


# Days listed for a half (周三、周四上午) with a return at the next half (下午回, 中午回): back
# as each morning ends, every day listed kept; one day alone keeps one period.
EACH_MORNING = [
    ("下周三、周四两天上午去区政务中心坐窗口，下午回局里", ["12-02", "12-03"]),
    ("周一、周三上午去白石泵站，中午回", ["11-30", "12-02"]),
    ("下周三上午去区政务中心坐窗口，下午回局里", []),
]


@pytest.mark.parametrize(("text", "days"), EACH_MORNING, ids=[t for t, _ in EACH_MORNING])
def test_each_morning(text: str, days: list[str]) -> None:
    got = read_report(text, AT10).to_json()
    assert got["kind"] == "外出"
    periods = got["periods"] or []
    assert isinstance(periods, list)
    want = [(f"2026-{d}T08:30:00+08:00", f"2026-{d}T12:00:00+08:00") for d in days]
    assert [(p["start"], p["end"]) for p in periods] == want


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
