"""The reason a report gives: what is left once times, key words and courtesies are gone.

"明天下午请假半天，孩子家长会" → 孩子家长会; "外出：姜畲大堤巡查，下午3点回" → 姜畲大堤巡查.
For duty kinds the key word stays when there is more (去长沙出差 reads better than 去长沙).
The reason is cut from the original message, so it reads as the person wrote it.
"""

from __future__ import annotations

import re

from bot.domain.pattern_gate import Pattern, compile_gated, compile_lazy
from bot.domain.reader import lexicon as lx
from bot.domain.reader.expressions import Skeleton
from bot.domain.reader.intent import Intent, dots

_LEAVE_WORDS = (lx.LEAVE_VERB, lx.SPECIFIC_LEAVE, compile_gated(r"请假|休假|告假"))
_OUT_WORDS = (lx.OUT_STRONG, lx.REPORTING, lx.OUT_PLAIN)
_TIME_WORDS = (
    lx.RETURN_TIME,
    lx.LATE_DUR,
    lx.EARLY_DUR,
    lx.LATE_WORD,
    lx.EARLY_WORD,
    lx.LATE_BARE,
    lx.REQUEST,
    lx.OWN_REQUEST,
    compile_gated(r"能不能|可不可以|能否|可否"),
    lx.STAY_AWAY,
    lx.BY_CLOSING,
    lx.RESUME_AT,
    lx.RETURN_THEN,
    lx.RETURN_AT,
    lx.OPEN_RETURN,
    lx.UNTIL,  # 培训到周五: the end, not why
    compile_gated(r"(?:马上|很快|一会儿?)回来?"),
    compile_gated(rf"起不来|拉?了一(?=[{lx.TC}])"),  # 拉了一晚上, 今天起不来: how bad, not why
    compile_gated(r"@\S+"),
    lx.FORM_HEADING,  # 外出登记 heading a form names its kind, not why
    # 下周请年假：周一、周三 — the week word its weekdays took over
    compile_gated(r"(?:下下?|本|这)(?:周|星期|礼拜)(?![一二三四五六日天\d末])"),
    # Reporting for someone and form labels say nothing about why: 帮刘洋报个外出, 类型：.
    compile_gated(
        r"报个|报一下|说一声|(?:请假|外出)?(?:人员?|类型|类别|时间|起止时间|日期|地点|去向|事由|姓名|所在股室|股室|部门)[:：]"
        r"|特?代为(?:报备|请假)?|回来时间(?:不定|不确定|待定|说不准)"
    ),
    # 以下人员…：, and a label said before its value without a colon (时间 明天上午)
    compile_gated(rf"以下(?:人员|同志|同事)|(?:时间|日期|事由)(?=[{lx.TC}])"),
    # who asked for the report, and where the speaker is at work: 小王让我统一报, 下午在局里
    compile_gated(r"(?:让|叫|托)我(?:统一|帮忙?|代)?|(?<!不)在(?:局里|单位|办公室)(?=\W|$)"),
    # the train taken says how, not why: 坐六点半的车去省里
    compile_gated(rf"(?:坐|乘|赶)[{lx.TC}]的(?:车|火车|高铁|动车|飞机|航班|班车|大巴)"),
    # how the colleague passed it on: 发消息给我说…, 打电话给我让我在群里说一下
    compile_gated(
        r"(?:发消息|发微信|打电话|打了电话|来电话)给我(?:说|让我[^,。\n]{0,8}?说一下)?"
        r"|刚?给我[打发](?:了个?|过)?(?:电话|消息|微信|短信)说"
    ),
    # a letter's furniture: 关于请假的报告, 局领导：, 现申请, 时间为, 报告人：…
    compile_gated(
        r"关于[^\n]{0,12}的(?:报告|请示)|(?:局|各位)?领导[:：]|(?:报告|请示)[\u4e00-\u9fff]{0,3}[局长任记][:：]|现?申请|时间为|(?:报告|申请)人[:：]\S*"
        r"|(?m:^\s*[\u4e00-\u9fff]{2,6}[:：]\s*$)"  # the addressee's line: 局办公室：
    ),
    # 莲花垸我去不了，明天请假: the task missed because of the leave, not why
    compile_gated(rf"[^{lx.STOP}]{{0,10}}?我(?:就|都|也)?(?:去不了|参加不了|去不成)"),
)
_CHUNKS = compile_gated(r"[^·,.;:!?。、\s()\[\]【】\"'“”‘’\ue000-\ue002]+")
_LEAD = compile_lazy(
    r"^(?:我们(?:股|办|队|单位)|另外|对了|顺便|补充一下|我|本人|刚刚?|因为|因|由于|需要|需|要|想|打算|准备|计划|预计|现在|已经|已|就|也|都|是|原因是|原因|的|一会儿?"
    r"|事由|理由|主要是|主要|大概|左右|到时|起|开始|从|和|及|并|再|先)+"
)
_TRAIL = compile_gated(
    r"(?:了|的|吧|啊|呀|哦|呢|哈|一下|一趟|左右|需要|特此|谢谢|起|开始|以后|之后|前|后|估计|大概)+$"
)
_STOP = frozenset(
    {
        "开始", "以后", "之后", "以前", "之前", "左右", "一直", "期间", "特此", "请批准",
        "请领导批准", "望批准", "请审批", "谢谢", "领导", "各位领导", "领导好", "报告", "您好",
        "你好", "大家好", "麻烦了", "收到", "全天", "整天", "出差", "培训", "开会", "会议",
        "请知悉", "知悉", "在岗", "预计", "回来", "返回", "辛苦", "辛苦了", "请假", "外出",
        "报备", "特此报备", "请个假", "一天", "半天", "上班", "销假", "正常上班", "单位",
        "回单位", "补报", "补个报备", "一趟", "一下", "报告领导", "领导您好", "到岗", "到单位",
        "下班", "接到通知", "收到通知", "不是", "出发", "各位早", "大家早", "早上好",
        "当日返回", "当天返回", "当日往返", "当天往返", "特此报告", "工作", "因工作需要",
        "妥否", "请批示", "请批", "麻烦您批", "麻烦批", "您批", "批一下",
    }
)  # fmt: skip
_CJK = compile_gated(r"[\u4e00-\u9fff]")
# 有事打我电话, 有事找小李: how to reach them, not why they are away.
_CONTACT = compile_lazy(r"电话|手机|微信|联系|有事找|有事请找|打我|直接找|可以找|请找")
_COMPANION = compile_gated(r"(?:我|本人)?[和跟与同][\u4e00-\u9fff]{1,4}(?:一起)?")
_ASKED = compile_lazy(r"(?:已经?)?[向跟给找][\u4e00-\u9fff]{1,4}(?:请示|报告|汇报|说过|说了)?过?")


def _not_a_reason(chunk: str) -> bool:
    """How to reach them (有事打我电话), who else goes (我和小李), whom they asked (已向王局),
    or a bare name (张三：)."""
    return (
        _CONTACT.search(chunk) is not None
        or _COMPANION.fullmatch(chunk) is not None
        or _ASKED.fullmatch(chunk) is not None
        or lx.THIRD_PERSON.fullmatch(chunk) is not None
        or _UNIT.fullmatch(chunk) is not None
        or _SIGNED.fullmatch(chunk) is not None
    )


# 工程股 刘洋 at a letter's foot: who signs it.
_SIGNED = compile_gated(rf"[\u4e00-\u9fff]{{0,4}}(?:股室|科室|股|办|中心|大队)\s*{lx.NAME.pattern}")


_UNIT = compile_gated(
    r"咱?[\u4e00-\u9fff]{0,4}(?:股室|科室|股|办|中心|大队|(?<!排)队|组)(?:的|拟派|派)?"
)


def _combined(patterns: tuple[Pattern, ...]) -> Pattern:
    """One pattern for several (their group names dropped): one scan instead of many."""
    return compile_gated("|".join(_NAMED.sub("(?:", p.pattern) for p in patterns))


_NAMED = re.compile(r"\(\?P<\w+>")  # used at import, by _combined
_NOT_REASON_LEAVE = _combined(_TIME_WORDS + _LEAVE_WORDS + _OUT_WORDS)
_NOT_REASON_DUTY = _combined(_TIME_WORDS + _LEAVE_WORDS + (lx.REPORTING,))


def _blank(text: str, pattern: Pattern) -> str:
    return pattern.sub(dots, text)


def extract_reason(original: str, skeleton: Skeleton, intent: Intent) -> str | None:
    """The reason, in the words of ``original``, or None when the message gives none."""
    duty = intent.kind in ("出差", "培训", "会议")
    text = _blank(intent.text, _NOT_REASON_DUTY if duty else _NOT_REASON_LEAVE)
    pieces: list[str] = []
    for m in _CHUNKS.finditer(text):
        chunk = m.group(0)
        lead = _LEAD.match(chunk)
        start = m.start() + (lead.end() if lead else 0)
        trail = _TRAIL.search(text, start, m.end())
        end = trail.start() if trail else m.end()
        words = text[start:end]
        if len(_CJK.findall(words)) < 2 or words in _STOP or _not_a_reason(chunk):
            continue
        pieces.append(original[skeleton.where[start] : skeleton.where[end - 1] + 1])
    return "，".join(pieces) or None
