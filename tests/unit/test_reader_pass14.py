"""Mechanisms of the fourteenth reader pass (blind files 72–75), on sentences of our own.

Each construction the files showed the reader lacking is tried in other words, beside a
near miss that must read differently. Times are ``"MM-DD HH:MM"`` in 2026, Asia/Shanghai;
rows are read at Thursday 2026-11-26 09:15 unless they say otherwise.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.domain.absence_reader import read_report
from tests.unit.test_reader_pass7 import THU, Row, amend, cancel, check_row, new

TZ = ZoneInfo("Asia/Shanghai")
THU0740 = datetime(2026, 11, 26, 7, 40, tzinfo=TZ)
THU1310 = datetime(2026, 11, 26, 13, 10, tzinfo=TZ)

CASES: list[tuple[datetime, str, Row]] = [
    # The speaker's own business before an arrival at a clock (办点事, 考科目, 接我爸, 家长会,
    # 补胎, 堵车) is lateness; an errand for the office before it stays an outing.
    (THU, "明天早上要去社保局办点事，九点半到单位", new("晚到", "11-27 08:30", "11-27 09:30")),
    (THU, "明天早上去车管所考科目二，十点左右到单位", new("晚到", "11-27 08:30", "11-27 10:00")),
    (THU, "明早去火车站接我爸，十点能到", new("晚到", "11-27 08:30", "11-27 10:00")),
    (THU, "明天上午去学校开家长会，十点半到", new("晚到", "11-27 08:30", "11-27 10:30")),
    (THU0740, "今早车胎扎了，补个胎，九点一刻到", new("晚到", "11-26 08:30", "11-26 09:15")),
    (THU0740, "早上堵在二桥上，九点半到", new("晚到", "11-26 08:30", "11-26 09:30")),
    (THU, "明天早上去区档案馆盖章，九点到单位", new("外出", "11-27 08:30", "11-27 09:00")),
    (THU, "明天上午去区里开会，十点到单位", new("会议", "11-27 08:30", "11-27 10:00")),
    # 三点就走了 (就…了: about to happen) is leaving early, whatever it is for.
    (THU, "今天三点就走了，去学校接孩子", new("早退", "11-26 15:00", "11-26 17:30")),
    (THU, "下午四点就得走了，晚上医院陪床", new("早退", "11-26 16:00", "11-26 17:30")),
    (THU, "老王昨天三点就走了", None),
    # A leave of one's own withdrawn in its own clause; the clause after says why.
    (THU, "不好意思，明天的年假不休了，省厅要来检查", cancel("年假", "11-27 08:30", "11-27 17:30")),
    (THU, "周五的调休不调了，局里要迎检", cancel("调休", "11-27 08:30", "11-27 17:30")),
    (THU, "明天省厅要来检查，年假一律不批", None),
    # Going home from work after one's own symptom is a sick leave from then; after a
    # child's, told by the speaker, a leave.
    (THU1310, "下午不舒服先回去了，跟股长说过了", new("病假", "11-26 14:30", "11-26 17:30")),
    (THU1310, "我头疼得厉害，先回家了", new("病假", "11-26 13:10", "11-26 17:30")),
    (THU1310, "孩子发烧，我先回去了", new("请假", "11-26 13:10", "11-26 17:30")),
    (THU1310, "孩子发烧了，老师让接回去了", None),
    (THU1310, "我现在去区中医院看看腰，弄完就回", new("病假", "11-26 13:10", None)),
    # Colleagues addressed before the speaker's own sentence; 的话 right after a day.
    (THU, "各位同事，我今天病了，喉咙肿得说不出话，请假一天",
     new("病假", "11-26 08:30", "11-26 17:30")),
    (THU, "各位同事，请于周五前提交年假计划", None),
    (THU, "明天的话我请个假哈，身体还没好利索", new("病假", "11-27 08:30", "11-27 17:30")),
    (THU, "如果明天下雨的话我就请假", None),
    # The office's facilities down are news, whatever report word they name.
    (THU, "报备系统今天下午升级，五点前暂停使用", None),
    (THU, "今天下午局里网络断了，请假系统用不了", None),
    (THU, "明天上午去泵站配合电力公司停电检修", new("外出", "11-27 08:30", "11-27 12:00")),
    # A meeting placed in the building by a clause of its own is held here.
    (THU, "明天上午十点跟区水务集团的对接会，小糜小阙一起参加，在局里开", None),
    (THU, "下午三点视频会，在二楼小会议室，农水股、规划股参加", None),
    (THU, "我明天下午去区水利局开调度会，在三楼", new("会议", "11-27 14:30", "11-27 17:30")),
    # A district body right after the time, then 开…会: where the speaker's meeting is.
    (THU, "今天下午两点半至五点半 区河长办 开季度调度会",
     new("会议", "11-26 14:30", "11-26 17:30")),
    (THU, "上午区应急指挥中心视频会，防汛办留一个人接电话", None),
    # A past year in an aside dates the thing talked about, not the absence.
    (THU, "下午去区法院出庭，案子是去年那起非法采砂的，估计开到五点",
     new("外出", "11-26 14:30", "11-26 17:00")),
    (THU, "去年我也去区法院出过庭", None),
    # Called away just now; going straight over there.
    (THU, "刚接到电话，赶去堤上看险情", new("外出", "11-26 09:15", None)),
    (THU, "刚接到通知，明天上午全体在三楼开会", None),
    (THU, "闸门那边漏水，我直接过去了，说不准几点回", new("外出", "11-26 09:15", None)),
    (THU, "好的，那我直接过去了", None),
    # The one reported before (昨天报的周四那个), then what it is now.
    (THU, "昨天报的周四那个，改到周五了，还是上午", amend(None, "11-27 08:30", "11-27 12:00")),
    (THU, "上午说的明天那个，改到下周一了", amend(None, "11-30 08:30", "11-30 17:30")),
    # Day words: 一下下周 is 一下 + 下周; 年底防汛…会 is a meeting's name; 两天后天 is 两天 + 后天.
    (THU, "周三全天在区政府参加年底防汛检查考评会", new("会议", "12-02 08:30", "12-02 17:30")),
    (THU, "明天 去 长沙 出茶 两天 后天 晚上 回", new("出差", "11-27 08:30", "11-28 17:30")),
    # 湘乡 is a city (days there are a trip); 河口镇 is in the district.
    (THU, "明后两天去湘乡那边看灌区渠系改造，后天晚上回",
     new("出差", "11-27 08:30", "11-28 17:30")),
    (THU, "明后两天去河口镇查冬修，后天晚上回", new("外出", "11-27 08:30", "11-28 17:30")),
    # A form's heading names the kind; 隐患复查 is a check of a thing; 回局时间 is a return.
    (THU, "【外出登记】\n人员：王强、李敏\n去向：湘江大堤K12+300段\n事由：管涌隐患复查\n"
     "时间：11月27日8:30-12:00", new("外出", "11-27 08:30", "11-27 12:00", "王强", "李敏")),
    (THU, "明天上午去医院复查，下午来上班", new("病假", "11-27 08:30", "11-27 12:00")),
    (THU, "报个备\n人员：王工、小李\n地点：湘江大堤易俗河段\n事由：冬季堤防隐患排查\n"
     "回局时间：下午4点",
     new("外出", "11-26 09:15", "11-26 16:00", "王工", "小李")),
    # Words inside an event's own name are no reminder; a course named by what it builds.
    (THU, "今天上午去区应急局开防冻保暖协调会", new("会议", "11-26 08:30", "11-26 12:00")),
    (THU, "天冷了，大家注意保暖，明天上午开会", None),
    (THU, "下周去市委党校读书班，周一到周五", new("培训", "11-30 08:30", "12-04 17:30")),
    (THU, "能力提升班的材料明天交", None),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_reads_the_message(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


def _days(text: str) -> list[tuple[str, str]]:
    got = read_report(text, THU)
    return [(a.strftime("%m-%d %H:%M"), b.strftime("%m-%d %H:%M")) for a, b in got.periods]


def test_a_half_restated_after_a_list_of_days_is_that_half_on_each() -> None:
    assert _days("周一周三下午我都要去区医院做理疗，下午请假") == [
        ("11-30 14:30", "11-30 17:30"),
        ("12-02 14:30", "12-02 17:30"),
    ]


def test_one_xia_then_next_week_is_next_week() -> None:
    assert _days("报一下下周的外出：周二、周四 白石港河段巡查 全天") == [
        ("12-01 08:30", "12-01 17:30"),
        ("12-03 08:30", "12-03 17:30"),
    ]
