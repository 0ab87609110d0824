"""A report handed on for a colleague reads as the colleague's own words
(bot/domain/reader/handed.py; measured by the **others** family of
bench/measure_invariance.py and its held-back set, bench/measure_others_heldback.py).

The frame says who (替X报个备, X让我说一声, …，他让我报一下, X as the subject), the body says
what: a framed message reads as its body written by the speaker for themself, with the
colleague in ``people``. Instructions and questions to a colleague, and a colleague sent
somewhere, stay silent; the speaker going with a colleague stays the speaker's own report.
Rows are read at Wednesday 2026-12-02 09:00; names and frames are our own, not the benches'.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.domain.absence_reader import read_report
from bot.domain.reader.handed import handed_on, opening_name, sent

TZ = ZoneInfo("Asia/Shanghai")
WED = datetime(2026, 12, 2, 9, 0, tzinfo=TZ)

# Self-reports, as the speaker writes them (我 or no subject), each read as a report.
OWN = [
    "明天请假一天，家里有事",
    "我下午去区法院出庭，四点回",
    "今天发烧，请病假",
    "我马上去城东泵站看一下，估计11点回",
    "下周一到周三去长沙出差",
    "周四上午在区委党校培训，下午回单位",
    "路上堵车了，晚到半小时",
]
# Frames handing one on, with the colleague's name and pronoun: {body} is the self-report
# with 他/她 in the speaker's place.
FRAMES = [
    ("替小蒋报个备：{body}", "小蒋", "她"),
    ("帮龙海波报一下，{body}", "龙海波", "他"),
    ("贺主任让我说一声，{body}", "贺主任", "他"),
    ("代欧阳娜请个假，{body}", "欧阳娜", "她"),
    ("老谭托我跟大家说一下，{body}", "老谭", "他"),
    ("同事阙鹏让我在群里报一下：{body}", "阙鹏", "他"),
]


def _handed(own: str, pronoun: str) -> str:
    return own.replace("我", pronoun) if "我" in own else pronoun + own


@pytest.mark.parametrize(("frame", "name", "pronoun"), FRAMES)
@pytest.mark.parametrize("own", OWN)
def test_framed_report_reads_as_the_colleagues_own_words(
    own: str, frame: str, name: str, pronoun: str
) -> None:
    """Whatever the frame, the report is the body's, made for the colleague named."""
    alone = read_report(own, WED)
    assert alone.is_report, own
    framed = read_report(frame.format(body=_handed(own, pronoun)), WED)
    assert framed.is_report
    if "请个假" in frame and alone.kind not in ("请假", "事假", "病假"):
        return  # 代…请个假 makes it leave: the kind is the frame's, the rest is checked above
    assert (framed.kind, framed.start, framed.end, framed.people) == (
        alone.kind,
        alone.start,
        alone.end,
        (name,),
    )


@pytest.mark.parametrize(
    ("text", "people", "plain"),
    [
        ("替老孙报个备，他去区法院出庭了", ("老孙",), "去区法院出庭了"),
        ("帮小李报个备 她送孩子去医院了", ("小李",), "送孩子去医院了"),
        ("陈主任让我说一声，他在区委开会", ("陈主任",), "在区委开会"),
        ("帮忙给刘洋请两天假，他老家有事", ("刘洋",), "请两天假，老家有事"),
        ("帮老汤补报一下：他今天休年假", ("老汤",), "今天休年假"),
        ("小罗让我帮她请个假，她孩子发烧了", ("小罗",), "请个假，孩子发烧了"),
        ("帮小王和小陈报一下，明天去市局", ("小王", "小陈"), "明天去市局"),
        ("替档案室的慕容东报一下：她下周一培训", ("慕容东",), "下周一培训"),
        ("谭国庆老婆生了，他休陪产假，让我跟大家说一声", ("谭国庆",), "老婆生了，我休陪产假"),
        ("郈鹏今天晚到半个钟头，让我报一下", ("郈鹏",), "今天晚到半个钟头"),
        ("贺文杰周三请假，他让我在群里说一声", ("贺文杰",), "周三请假"),  # not 贺文 + 杰周三
    ],
)
def test_frame_names_who_and_gives_the_body_as_own_words(
    text: str, people: tuple[str, ...], plain: str
) -> None:
    found = handed_on(text)
    assert found is not None
    assert (found.people, found.plain) == (people, plain)


@pytest.mark.parametrize(
    "text",
    [
        "帮我报个备：明天请假",  # for the speaker
        "给领导报一下：明天去市局",  # told to, not for
        "跟大家说一声，明天请假",
        "替老周去开会",  # going in someone's place
        "小李让我问一下，年假还剩几天",  # no act of handing a report on
        "替小李报个备：她跟我明天去市局",  # the speaker in the body: two people
        "王局让我下午去市局送材料",  # the speaker sent
    ],
)
def test_no_frame_handed_on(text: str) -> None:
    assert handed_on(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("老孙路上堵车了，晚到半小时", "老孙"),
        ("符股长下午出去办点事", "符股长"),
        ("龙海波马上去泵站", "龙海波"),
        ("欧阳娜出去一下", "欧阳娜"),
        ("车子在半路抛锚了", None),  # a word, not a name
        ("周四下午请假", None),  # a day
        ("向大家报个备：明天请假", None),
        ("老胃病又犯了，今天请病假", None),  # 老 + a word
        ("杨梅洲大堤那边有险情", None),  # two characters: the subject patterns' work
        ("小王你明天去市局", None),  # addressed
        ("张局 今天早上孩子吐了", None),  # a vocative's pause
        ("小王和小李明天去市局", None),  # a list
        ("金融局那边要材料，下午去送", None),  # a bureau: a one-character title follows a surname
        ("李局下午在区委开会", "李局"),
        ("欧阳局下午在区委开会", "欧阳局"),
    ],
)
def test_opening_name_only_of_sure_shape(text: str, name: str | None) -> None:
    found = opening_name(text)
    assert (text[found[0] : found[1]] if found else None) == name


# (message, people of the report; None: no report at all)
READ: list[tuple[str, tuple[str, ...] | None]] = [
    # the brief's probes and their like
    ("替老孙报个备，他去区法院出庭了", ("老孙",)),
    ("老孙马上去城东泵站看一下，估计11点回", ("老孙",)),
    ("老孙出去办点事 三点半回", ("老孙",)),
    ("龙海波马上去区财政局，估计11点回", ("龙海波",)),
    ("帮刘洋报一下，他今天去十万垅大堤巡查，下午4点回", ("刘洋",)),
    ("刘洋明天请假，他让我跟大家说一声", ("刘洋",)),
    ("代刘洋请两天假，他老家有事", ("刘洋",)),
    # the speaker going with a colleague: the speaker's own report
    ("明天陪李局去市局开会", ()),
    ("明天上午我陪段股长去青龙垸看渗漏点，下午回局里", ()),
    # instructions and questions to a colleague, a colleague sent: no report
    ("小王你明天去市局把材料送了", None),
    ("小王，明天去市局把材料送了", None),
    ("老周你是不是下午去区财政局？", None),
    ("请刘工明天去市局送材料", None),
    ("让小韩下午在区政务中心窗口值班", None),
    ("叫老周下午参加区里的调度会", None),
    ("麻烦小王明天跑一趟区财政局", None),
    ("王局让我说一声，明天上午九点在三楼开会，大家准时参加", None),
]


@pytest.mark.parametrize(("text", "people"), READ)
def test_read(text: str, people: tuple[str, ...] | None) -> None:
    found = read_report(text, WED)
    assert (found.people if found.is_report else None) == people


@pytest.mark.parametrize(
    ("text", "is_sent"),
    [
        ("请刘工明天去市局送材料", True),
        ("让小韩明天下午两点，在区纪委参加警示教育会", True),
        ("派小罗明天去龙王庙水库", True),
        ("王局让我明天去市局", False),
        ("请王局批准，明天请假", False),
        ("请大家明天准时参加", False),  # nobody named (a notice, read as one elsewhere)
    ],
)
def test_sent(text: str, is_sent: bool) -> None:
    assert sent(text) is is_sent


def test_frame_never_silences_what_the_speaker_would_report() -> None:
    """The guarantee, on a body the rules read only without 我 in one case and only with
    it in another: either way the framed message is the report the body makes."""
    for own in ("今天上午去区人社局送职称评审材料，下午来上班", "我中午出去一下，一点半回"):
        alone = read_report(own, WED)
        framed = read_report("小邓让我说一声，" + _handed(own, "他"), WED)
        assert replace(framed, reason=None, ask=False) == replace(
            alone, reason=None, ask=False, people=("小邓",)
        )


def test_closing_frame_takes_no_name_cut_short() -> None:
    """贺文杰单位有急事…，他让我说一声: 贺文 + 杰单位 is no sure name; the frame is left to the
    rules' own subject patterns rather than name 贺文."""
    found = handed_on("贺文杰单位有急事，明天请假，他让我说一声")
    assert found is None or found.people == ("贺文杰",)
