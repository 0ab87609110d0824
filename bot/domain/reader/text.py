"""Normalisation of a chat message before it is read.

Every step keeps the text the same length, character for character, so a position found in
the normalised text is also the position in the original; the reason is cut from the
original with those positions and reads exactly as the person wrote it.
"""

from __future__ import annotations

import re

from bot.domain.pattern_gate import compile_gated, compile_lazy

# Full-width ASCII (０-９, ：, ，, ？ …) to ASCII; a few dashes and the ideographic space.
_TABLE: dict[int, str] = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_TABLE.update(
    {ord(k): v for k, v in {"\u3000": " ", "—": "-", "–": "-", "〜": "~", "﹣": "-"}.items()}
)
# Traditional forms that appear in date words and key words; messages from Hong Kong or
# Taiwan phones, and Recognizers' own cases, use them.
_TRADITIONAL = (
    "週周禮礼後后點点時时鐘钟號号個个請请銷销這这兩两來来開开會会議议給给幫帮間间當当還还"
    "嗎吗誰谁說说錯错為为報报備备崗岗調调產产喪丧護护親亲離离歸归單单從从於于與与麼么"
    "聽听貨货門门際际辦办樣样裡里裏里從从對对應应週周晝昼"
    # places, errands, health and trips: 醫院, 區政府, 縣裡, 發燒, 頭疼, 檢查, 車站 …
    "醫医區区縣县鄉乡鎮镇場场廳厅處处發发燒烧頭头腳脚腦脑藥药療疗檢检驗验車车參参"
    "練练訓训學学習习務务長长問问題题遲迟關关讓让帶带媽妈爺爷婦妇歲岁實实東东動动過过"
)
_TABLE.update({ord(_TRADITIONAL[i]): _TRADITIONAL[i + 1] for i in range(0, len(_TRADITIONAL), 2)})

# One-character typos of the key words, each to the word meant. Only slips that are
# homophones or look-alikes are listed; a real word with another meaning is left alone
# (销价, 出岔, 返港, 是假 …) and 情假 inside 虚情假意 is not a typo.
_TYPOS: dict[str, tuple[str, ...]] = {
    "请假": (
        "情假",
        "清假",
        "晴假",
        "青假",
        "轻假",
        "倾假",
        "请叚",
        "请价",
        "请驾",
        "请架",
        "请暇",
        "请加",
        "请家",
    ),
    "外出": ("外初", "外岀", "外础", "外除"),
    "下午": ("夏午", "吓午"),
    "晚到": ("晚导", "晚道", "完到", "晚倒"),
    "培训": ("陪训", "赔训", "培驯", "陪驯", "培迅", "培巡"),
    "开会": ("开汇", "开绘", "开惠"),
    "上午": ("尚午", "上无"),
    "请个假": ("情个假", "清个假", "轻个假", "请个价", "请个驾"),
    "明天": ("明填", "明田", "名天", "明添"),
    "后天": ("后田", "后填"),
    "肚子": ("杜子",),
    "出差": ("岀差", "初差", "出茶", "出叉"),
    "销假": ("消假", "宵假", "削假", "销叚", "销加"),
    "报备": ("抱备", "报被", "报倍", "报背", "包备", "保备"),
    "返岗": ("反岗", "饭岗", "返刚", "返钢", "返纲"),
    "调休": ("调修", "掉休", "条休"),
    "病假": ("并假", "病叚", "病价", "病加"),
    "年假": ("年叚", "念假", "年价"),
    "早退": ("早推", "早腿"),
    "事假": ("事叚", "事价"),
    "休假": ("修假", "休叚"),
}
_NOT_AFTER = {
    "情假": "(?!意)",
    "早推": "(?![进广出动行])",  # 早推进 is a word
    "年价": "(?!格|值)",
    "请加": "(?![强快班入大紧微油上工个]|一下|一点)",  # 请加强, 请加班 are words
    "病加": "(?![重剧])",  # 病加重
    "请家": "(?![人里属长政教乡访宴乐具电])",  # 请家人帮忙, 请家政 are words
    "上无": "(?![法人])",  # 上无法, 上无人 are words
}
_TYPO_TO_WORD = {typo: word for word, typos in _TYPOS.items() for typo in typos}
_TYPO_RE = compile_lazy(
    "|".join(re.escape(t) + _NOT_AFTER.get(t, "") for t in sorted(_TYPO_TO_WORD))
)


# 上五/下五 are voice-input slips of 上午/下午, unless a clock follows (早上五点, 下五点半).
_HALF_SLIP = compile_gated(r"(?<![早晚])([上下])五(?![点到时分十\d个天至\-~:])")


# 周三、五 and 周一、二两天 elide the second 周: the separator becomes it (same length).
_ELIDED_DAY = compile_lazy(
    r"(?<=(?:周|期|拜)[一二三四五六日天1-7])[、,和与及](?=[一二三四五六日天1-7](?![点号日天个月时:\d十]))"
)


def _elided_days(text: str) -> str:
    for _ in range(3):  # 周一、二、三: each separator after a weekday once it is one
        fixed = _ELIDED_DAY.sub("周", text)
        if fixed == text:
            break
        text = fixed
    return text


# 情一天假, 清两天假: a homophone of 请 before a count and 假 (the count is never a word).
_ASK_SLIP = compile_gated(
    r"(?<!虚)[情清晴青轻](?=[个一二两三四五六七八九十半几\d]{1,3}[天日周个]?假)"
)


# 下周一至下周三（12月14日—16日）: a range restated in brackets after a day says it again.
_RESTATED = compile_gated(
    r"(?<=[一二三四五六日\d号])[(（][^()（）]{2,20}?[-—~至到][^()（）]{1,12}[)）]"
    # 本周四周五（12日、13日）: the days listed again by their dates
    r"|(?<=[一二三四五六日天])[(（]\d{1,2}[日号]?(?:[、,，]\d{1,2}[日号]?)+[)）]"
    # 明天（11月3日）, 明日（11月9日）, 周五（12.4）: one day said again by its date
    r"|(?<=[今明后][天日]|[周期拜][一二三四五六日天])[(（](?:\d{1,2}月\d{1,2}[日号]?|\d{1,2}[日号]|\d{1,2}[./]\d{1,2})[)）]"
)


def _restated(text: str) -> str:
    return _RESTATED.sub(lambda m: " " * len(m.group(0)), text)


# 2026-12-28至12-30: after a date and 至, a month-day with a dash is the range's end date.
_DASHED_END = compile_lazy(r"(?<=\d[至到~])(1[0-2]|0?[1-9])-(3[01]|[12]\d|0?[1-9])(?![\d\-:点时])")


# Voice and pinyin slips that only read as the key word in a time or return context, one
# character each: 三店 (点) before a verb or 半, 两点办 (半) before a verb, 粥五 / 星七一 (周,
# 星期), 仨天 / 俩小时 (colloquial 三 / 两 before a counter), 已倒岗 (到岗), 尚班 (上班), 下无
# (下午; not 天下无敌), 小假 (销假) standing alone after an arrival. Each is read as the word
# only where the word fits.
_SOUND_SLIPS = compile_gated(
    r"(?<=[一二三四五六七八九十两\d])店(?=[半前后回去到走左出钟]|$|[,，。\s])"
    r"|(?:(?<=^)|(?<=[下本这上,，。\s]))[粥州舟](?=[一二三四五六日末1-7](?![个天号组村队条次期年级]))"
    r"|(?<=星)[七其](?=[一二三四五六日天1-7])"
    r"|[仨俩](?=[天小个钟周星礼月半])"
    r"|(?<=[已刚])倒岗|(?<=经)倒岗|尚班|(?<![天])下无(?![法人敌双])"
)
# 两点办去 (半), 已到岗 小假 (销假): their gates' characters (办, 小) are in many messages, so
# each is tried only when the two characters stand together.
_HALF_AFTER_CLOCK = compile_gated(
    r"(?<=[一二三四五六七八九十两\d]点)办(?=[去回到走前出左]|$|[,，。\s])"
)
_CLOSE_SLIP = compile_gated(r"(?:(?<=^)|(?<=[岗到来了,，。\s]))小假(?=$|[,，。!！\s了])")
# 晚到一点 (九点钟能到): "a little", not one o'clock, when no 半/刻/钟 of a clock follows.
_A_LITTLE = compile_gated(
    r"(晚到|晚来|迟到)一点(?=儿|$|[,，。!！\s]|[一二三四五六七八九十两\d]{1,2}[点:])"
)
# Key-word slips that are words elsewhere, read as the key word only where the word fits: 晚刀
# (晚到), 到单为了 (单位) after an arrival, 销价 (销假) standing alone after one, 一个半消时
# (小时) after a count, 婚假修完 (休完) after a leave.
_WORD_SLIPS = compile_gated(
    r"晚刀(?![口工法伤片子具])|(?<=[到回在])单为(?=了|$|[,，。!！\s])"
    r"|(?:(?<=^)|(?<=[岗到来了位,，。\s]))销价(?=$|[,，。!！\s了])"
    r"|(?<=[个半])消时|(?<=[婚年产丧病事]假)修(?=完)"
)
_WORD_SLIP_TO: dict[str, str] = {
    "晚刀": "晚到", "单为": "单位", "销价": "销假", "消时": "小时", "修": "休",
}  # fmt: skip
_SLIP_TO: dict[str, str] = {
    "店": "点", "粥": "周", "州": "周", "舟": "周", "七": "期", "其": "期",
    "仨": "三", "俩": "两", "倒岗": "到岗", "尚班": "上班", "下无": "下午",
}  # fmt: skip


def _a_little(m: re.Match[str]) -> str:
    """晚到一点 → 晚到一些 (a function, not the template r"\1一些": the engine hands a template
    to the re module's Python at every call, matched or not)."""
    return m.group(1) + "一些"


def read_slips(norm: str) -> str:
    """The normalised text with the sound slips above read as the words meant (same length).
    Kept out of :func:`normalize` because the learned second opinion was trained on that
    function's output and must keep seeing the text as it did."""
    norm = _SOUND_SLIPS.sub(lambda m: _SLIP_TO[m.group(0)], _A_LITTLE.sub(_a_little, norm))
    if "点办" in norm:
        norm = _HALF_AFTER_CLOCK.sub("半", norm)
    if "小假" in norm:
        norm = _CLOSE_SLIP.sub("销假", norm)
    return _WORD_SLIPS.sub(lambda m: _WORD_SLIP_TO[m.group(0)], norm)


# The last few texts normalised and their results: a message is normalised by the reader
# and again by the learned second opinion (bot.domain.reader.report_model), which sees it as
# the reader's own reading does. Strings are immutable, so a result kept is always right.
_RECENT: dict[str, str] = {}
_RECENT_MAX = 8


def normalize(text: str) -> str:
    """Full-width to ASCII, traditional to simplified, typos fixed; same length as ``text``."""
    found = _RECENT.get(text)
    if found is None:
        if len(_RECENT) >= _RECENT_MAX:
            _RECENT.clear()
        found = _RECENT[text] = _normalize(text)
    return found


def _normalize(text: str) -> str:
    out = _HALF_SLIP.sub(r"\1午", text.translate(_TABLE))
    if "-" in out:
        out = _DASHED_END.sub(r"\1.\2", out)
    if "(" in out or "（" in out:
        out = _restated(out)
    if "、" in out or "," in out or "和" in out or "与" in out or "及" in out:
        out = _elided_days(out)
    if "假" in out:
        out = _ASK_SLIP.sub("请", out)
    if _TYPO_RE.search(out) is None:
        return out
    return _TYPO_RE.sub(lambda m: _TYPO_TO_WORD[m.group(0)], out)
