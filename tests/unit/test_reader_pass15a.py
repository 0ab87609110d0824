"""Who a report made for someone else is for: the frames of pass 15a (blind files 72–77).

Each construction has its corpus case (read fully right against its label in the training
file) and variants of our own with other names, among them names generated the way
``bench/measure_names.py`` makes them (a seeded draw of every shape: 尉迟建怡, 夔娜旭,
敖莉芳工程师 …), plus near misses that must stay silent or name nobody. Rows are read at
Tuesday 2026-12-01 09:00; a row gives whether the message is a report and, if so, its people.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.domain.absence_reader import read_report
from bot.domain.reader.names import called, person_shaped
from tests.unit.corpus_cases import check_corpus_case

TZ = ZoneInfo("Asia/Shanghai")
TUE = datetime(2026, 12, 1, 9, 0, tzinfo=TZ)

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-74.jsonl", i)
    for i in (
        "AF0022", "AF0023", "AF0068", "AF0072", "AF0075", "AF0086", "AF0094", "AF0099",
        "AF0100", "AF0108", "AF0114", "AF0124", "AF0152", "AF0169",
    )
] + [
    ("train-75.jsonl", i)
    for i in (
        "AF0193", "AF0216", "AF0270", "AF0275", "AF0277", "AF0284", "AF0289", "AF0305",
        "AF0306", "AF0310", "AF0315",
    )
] + [("train-77.jsonl", "AH0304"), ("train-77.jsonl", "AH0282")]  # fmt: skip


@pytest.mark.parametrize(("file", "ident"), FIXED)
def test_corpus_case_read_right(file: str, ident: str) -> None:
    check_corpus_case(file, ident)


# (message, the people of the report; None: no report at all)
WHO: list[tuple[str, tuple[str, ...] | None]] = [
    # What befalls the person named just before it makes the name the subject: health,
    # family, leave asked of the speaker, the car they drive.
    ("老暴感冒了，今天和明天都请病假", ("老暴",)),
    ("小贺发烧了，今天请病假", ("小贺",)),
    ("尉迟建怡住院了，今天到周五请病假", ("尉迟建怡",)),
    ("小娄跟我请假了，今天回老家，请两天事假", ("小娄",)),
    ("夔娜旭家孩子住院，她今明两天请假", ("夔娜旭",)),
    ("廖德轩同志父亲病危，12月2日至12月4日请假", ("廖德轩",)),
    ("司机班老覃今天出车去省厅送材料，晚上回", ("老覃",)),
    # Kin is nobody's colleague: 小孩, 老人 are words, the leave is the speaker's.
    ("小孩今天发烧，我请假一天", ()),
    ("老人住院了，我今天请假", ()),
    # A department before the name (督查室的, 司机班).
    ("替档案室的慕容东报一下：她下周一至周二参加市里的培训", ("慕容东",)),
    # 向X请示 / 向您请示: whom the speaker asks, not who is away.
    ("向卫总请示：本人拟于12月7日至12月11日休年休假五天", ()),
    ("向您请示：本人明天请事假一天，望批准。", ()),
    # A form's list ends where the next clause begins (…，预计下午返回).
    ("报告：今日派员赴石潭镇察看险情，人员：施梅、伍磊，预计下午返回。", ("施梅", "伍磊")),
    # 他/她 refers back to the colleague the message opens with.
    ("冼工的事跟大家说一下，他爷爷昨晚走了，今天起请丧假三天", ("冼工",)),
    ("敖莉芳工程师的事跟大家说一下，她外婆昨晚走了，今天起请丧假三天", ("敖莉芳工程师",)),
    ("呼延春忠今天调休，上周末他加了一天班", ("呼延春忠",)),
    ("逄强洋今天调休，上周六他加了一天班", ("逄强洋",)),
    ("丽娟她身体不舒服，今天上午请假，下午看情况", ("丽娟",)),
    ("秀英她今天请病假，发烧了", ("秀英",)),
    ("同事谷雨今天请假，她说身体不舒服，让我代为转达", ("谷雨",)),
    ("苟工这周在区委党校参加中青班，今天到周五，他让我在群里说一下", ("苟工",)),
    ("暴刚蓉这周在省厅跟班学习，今天到周五，她让我在群里说一下", ("暴刚蓉",)),
    # …给我发消息说: the colleague's own message to the speaker.
    ("甄工早上给我发消息说重感冒，今明两天请病假", ("甄工",)),
    ("昝楠昊早上给我发微信说发烧了，今天请病假", ("昝楠昊",)),
    # The speaker between the name and the pronoun: the pronoun is no evidence.
    ("小王的报表我来弄，明天我请假一天，有事找他", ()),
    # Lists: the same verb after each name, or one colleague a line.
    (
        "规划股今天两人外出：符晓东去区自然资源局对接，禹婷去龙口水库踏勘，都是全天",
        ("符晓东", "禹婷"),
    ),
    ("今天两人外出：幸波健去区财政局对账，澹台德去区税务局办税，都是全天", ("幸波健", "澹台德")),
    (
        "汇报一下，今天三位同志外出：\n1. 高媛 赴响水乡泵站\n2. 尹慧宇 赴区财政局"
        "\n3. 甄志刚 赴闸站\n均为全天",
        ("高媛", "尹慧宇", "甄志刚"),
    ),
    (
        "今日外出：\n1、阮股长 区政府 汇报项目进展\n2、小禹 区财政局 送资料\n——办公室",
        ("阮股长", "小禹"),
    ),
    ("报告：今天我股两人外出——\n施梅：区财政局 对账\n伍磊：区税务局 办税", ("施梅", "伍磊")),
    # A rare-surname name beside a known-shaped one, after a greeting.
    ("早上好，阚工和小褚今天去凤形山水库测渗流量，五点前回局", ("阚工", "小褚")),
    ("报下备，郗工和小阙去东风水库查看闸门，中午回来", ("郗工", "小阙")),
    ("报下备，亓玲和小贺去东风水库查看闸门，中午回来", ("亓玲", "小贺")),
    # A hand-over after a colleague's leave with its days named arranges the absence; with a
    # week only, it is news of who covers.
    ("尉迟建怡下周一开始休婚假，连休15天，她手头的报账工作暂时交给小伍", ("尉迟建怡",)),
    ("廖德轩12月7日到9日休年假，他的工作暂时交给施梅", ("廖德轩",)),
    ("卫总的年假我这边批了，他12月7日到9日休，大家有事提前找他", ("卫总",)),
    ("小田下周休产假，她的报表以后由小罗负责汇总", None),
    ("淳于佳昊家里有事请了三天假，他的工作由小周代", ("淳于佳昊",)),
    # The colleague to be reached directly (有事找他) is news of them, unless the speaker
    # approved the leave.
    ("柳队长明天出差，有事提前找他", None),
    ("老贺下周休年假的事局长已经同意了，他那块工作我先盯着", None),
    # The named colleague's own word (她说…, 她刚给我发的微信) is the source, not hearsay.
    ("佘永红 今天 上午 请假 她 说 去 给 孩子 办 转学", ("佘永红",)),
    ("夔薇 今天 下午 请假 她 说 去 医院 复查", ("夔薇",)),
    ("高媛今天上午在家等燃气公司上门，下午来上班，她刚给我发的消息", ("高媛",)),
    ("明天有事给我发消息", None),
    # An outing schedule by name, one colleague a line (外出安排 is a noun: nobody assigns).
    (
        "工程股明日外出安排：\n- 伍磊：白沙泵站 汛后检查\n- 昝楠昊：白沙泵站 汛后检查\n时间：全天",
        ("伍磊", "昝楠昊"),
    ),
    ("体检安排：\n- 伍磊：上午\n- 施梅：下午\n地点：区人民医院", None),
    # 给 + kin + an errand is for the family, no 给X请假 (办退休: 休 is no leave).
    ("明天上午晚点到，十点左右，去社保局给父亲办退休认证", ()),
    ("今天下午去社保局给父亲办退休手续，请半天假", ()),
    # Near misses: an instruction, a question about someone, someone asked for.
    ("小贺你明天去区财政局把表交了", None),
    ("冼工在吗？", None),
    ("同事谷雨在吗，她的报表交了没有？", None),
    ("早上好，阚工和小褚今天去凤形山水库测渗流量吗？", None),
    ("检查组今天下午去白沙泵站，她说要查台账", ()),  # a body goes: whoever is away, no name
    ("汇报一下：\n1. 高媛 负责材料\n2. 尹慧宇 负责联络", None),
]


@pytest.mark.parametrize(("text", "people"), WHO)
def test_who_the_report_is_for(text: str, people: tuple[str, ...] | None) -> None:
    got = read_report(text, TUE)
    if people is None:
        assert not got.is_report
        return
    assert got.is_report
    assert tuple(got.people) == people


@pytest.mark.parametrize(
    ("name", "shaped"),
    [("小孩", False), ("老人", False), ("小时", True), ("老毛", True), ("小糜", True),
     ("老蒯", True), ("小程", True)],
)  # fmt: skip
def test_lao_xiao_words(name: str, shaped: bool) -> None:
    """老/小 + a character that makes a word is no colleague unless the character is a
    surname of the inventory (时, 毛); any other 老X/小X is."""
    assert person_shaped(name) is shaped


@pytest.mark.parametrize(
    ("name", "ok"),
    [("谷雨", True), ("仲孙浩", True), ("阙股长", True), ("丽娟", True), ("伍楠庆所长", True),
     ("通知", True), ("检查组", False), ("孩子", False), ("小孩", False), ("明天", False),
     ("阙", False)],
)  # fmt: skip
def test_called_by_a_pronoun(name: str, ok: bool) -> None:
    """The shape a name needs where a pronoun refers back to it: any surname, no word check
    (谷雨), but none of grammar, time, place or kin (通知 passes the shape; the frame that
    takes it asks for a time or the pronoun right after it)."""
    assert called(name) is ok
