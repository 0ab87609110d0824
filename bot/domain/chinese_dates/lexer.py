"""The raw date and time pieces of a normalised message.

Each kind of piece has its own pattern; every match of every pattern is a candidate and
the leftmost-longest candidates win (ties go to the pattern listed first). That keeps each
pattern simple: 下午4点 beats 下午, 大后天 beats 后天, 1.5天 beats the date 1.5, without
ordering tricks inside one huge alternation.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise
from operator import itemgetter

from bot.domain.chinese_dates.dates import (
    AM,
    DAWN,
    DAY,
    EVENING,
    NOON,
    PM,
    Clock,
    DateSpec,
    Duration,
)
from bot.domain.chinese_dates.numerals import to_int, to_number
from bot.domain.pattern_gate import Lazy, compile_lazy, required_chars


@dataclass(frozen=True, slots=True)
class Token:
    """One piece: ``kind`` is date, part, clock, hrange or dur; ``value`` its parsed form."""

    kind: str
    start: int
    end: int
    value: object


_DAY_NUM = (
    r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?"
    r"|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])"
)
_MONTH_NUM = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九]|元)"
_YEAR_NUM = (
    r"(?:\d{4}|\d{2}|[零〇一二三四五六七八九]{4}|[两二]千(?:零?[一二三四五六七八九十]{1,3})?)"
)
_HOUR_NUM = r"(?:\d{1,2}|[零一二两三四五六七八九十]{1,3})"
_MIN_NUM = r"(?:\d{1,2}|[零一二三四五六七八九十]{1,3})"
_NUM = r"(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百]+)"
# 8号楼, 3号闸, 1号泵站 are places, not days; 日常, 日报 are not days either.
_HAO = r"号(?![楼线门机院库闸站泵堤坝口桥渠井房室车厅文令件台位段点区组涵堰])"
_RI = r"日(?![常报志期程记子历])"
_YEAR_REL = {"今年": 0, "明年": 1, "去年": -1, "后年": 2, "前年": -2}
_MONTH_REL = {
    "本月": 0,
    "这个月": 0,
    "这月": 0,
    "当月": 0,
    "下月": 1,
    "下个月": 1,
    "上月": -1,
    "上个月": -1,
}
_WEEK_PREFIX = {
    "": None, "本": 0, "这": 0, "这个": 0, "今": 0, "下": 1, "下个": 1, "下下": 2, "下下个": 2,
    "上": -1, "上个": -1, "上上": -2, "上上个": -2,
}  # fmt: skip
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
#: The weekday characters after 周/星期/礼拜, Monday 0; /remind's weekly rules read them too.
WEEKDAY_CHARS = _WEEKDAY
_REL_DAYS = {
    "大前天": -3, "前天": -2, "昨天": -1, "昨日": -1, "昨儿": -1, "今天": 0, "今日": 0,
    "今儿": 0, "明天": 1, "明日": 1, "明儿": 1, "后天": 2, "后日": 2, "大后天": 3,
    "后儿": 2, "大后儿": 3, "前儿": -2,  # spoken (northern and south-western) forms
}  # fmt: skip
_REL_PARTS = {
    "今早": (0, AM), "今晨": (0, AM), "今晚": (0, EVENING), "今夜": (0, EVENING),
    "明早": (1, AM), "明晚": (1, EVENING), "昨晚": (-1, EVENING), "昨夜": (-1, EVENING),
}  # fmt: skip
_SPANS = {"今明两天": (0, 1), "今明两日": (0, 1), "今明天": (0, 1), "明后两天": (1, 2),
          "明后两日": (1, 2), "明后天": (1, 2)}  # fmt: skip
_PARTS = {
    "上午": AM, "早上": AM, "早晨": AM, "清早": AM, "一早": AM, "早间": AM, "大早": AM,
    "上半天": AM, "凌晨": DAWN, "中午": NOON, "午间": NOON, "晌午": NOON, "下午": PM,
    "午后": PM, "下半天": PM, "傍晚": EVENING, "晚上": EVENING, "晚间": EVENING,
    "夜里": EVENING, "夜间": EVENING, "夜晚": EVENING, "全天": DAY, "整天": DAY,
    "一整天": DAY, "白天": DAY, "早": AM, "晚": EVENING, "午饭": NOON,
}  # fmt: skip
_CLOCK_PART = (
    r"(?P<cp>上午|早上|早晨|一早|清早|凌晨|中午|午间|下午|午后|傍晚|晚上|晚间|夜里|夜间"
    r"|(?<![今明])早(?=\s*\d))?\s*"
)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _year(text: str) -> int | None:
    value = to_int(text)
    if value is None:
        return None
    if len(text) == 2 and text.isdigit():  # 18年 = 2018, 89年 = 1989
        return 2000 + value if value < 50 else 1900 + value
    return value


def _month(text: str) -> int | None:
    value = 1 if text == "元" else to_int(text)
    return value if value is not None and 1 <= value <= 12 else None


def _day(text: str) -> int | None:
    value = to_int(text)
    return value if value is not None and 1 <= value <= 31 else None


def _ymd(m: re.Match[str]) -> DateSpec | None:
    year, month, day = _year(m["y"]), _month(m["m"]), _day(m["d"])
    if year is None or month is None or day is None:
        return None
    return DateSpec("ymd", year=year, month=month, day=day)


def _md(m: re.Match[str]) -> DateSpec | None:
    month, day = _month(m["m"]), _day(m["d"])
    if month is None or day is None:
        return None
    year_rel = _YEAR_REL.get(m["yr"]) if m["yr"] else None
    return DateSpec("md", year_rel=year_rel, month=month, day=day)


def _dom(m: re.Match[str]) -> DateSpec | None:
    day = _day(m["d"])
    if day is None:
        return None
    year_rel = _YEAR_REL.get(m["yr"]) if m["yr"] else None
    month_rel = _MONTH_REL.get(m["mr"]) if m["mr"] else None
    if year_rel is not None and month_rel is None:
        month_rel = 0
    return DateSpec("d", year_rel=year_rel, month_rel=month_rel, day=day)


def _rel(m: re.Match[str]) -> DateSpec:
    word = m.group(0)
    if word in _REL_DAYS:
        return DateSpec("rel", offset=_REL_DAYS[word])
    if word in _REL_PARTS:
        offset, part = _REL_PARTS[word]
        return DateSpec("rel", offset=offset, part=part)
    first, last = _SPANS[word]
    return DateSpec("span", offset=first, offset2=last)


def _next_day(m: re.Match[str]) -> DateSpec:
    """次日, 翌日, 第二天: the day after the day named before (``lex`` finds it); 第二天 with
    none before it is no date (培训第二天 counts a course's days)."""
    return DateSpec("next", offset=1, offset2=1 if m.group(0).startswith("第") else 0)


def _after_named(tokens: list[Token]) -> list[Token]:
    """Each ``next`` date as the day after the date before it: 今天…次日 is 明天, 12月3日…次日
    the 4th; 次日 with no date before it is tomorrow."""
    out: list[Token] = []
    named: DateSpec | None = None
    for token in tokens:
        spec = token.value
        if token.kind == "date" and isinstance(spec, DateSpec):
            if spec.form == "next":
                if named is None:
                    if spec.offset2:
                        continue
                    spec = DateSpec("rel", offset=1)
                elif named.form == "rel":
                    spec = DateSpec("rel", offset=named.offset + 1)
                elif named.form == "span":
                    spec = DateSpec("rel", offset=named.offset2 + 1)
                else:
                    spec = DateSpec("after", offset=1, base=named)
                token = Token("date", token.start, token.end, spec)
            named = spec
        out.append(token)
    return out


def _weekday(m: re.Match[str]) -> DateSpec:
    number = m["wn"]
    weekday = int(number) - 1 if number.isdigit() else _WEEKDAY[number]
    return DateSpec("wd", weekday=weekday, week=_WEEK_PREFIX[m["wp"] or ""])


def _weekdays(m: re.Match[str]) -> DateSpec | list[Token] | None:
    """周一二三: Monday to Wednesday, when the days follow each other; 周一三五: Monday,
    Wednesday and Friday, a day each (the first is the weekday pattern's, the rest follow)."""
    days = [_WEEKDAY[c] for c in m["wl"]]
    week = _WEEK_PREFIX[m["wp"] or ""]
    if any(b <= a for a, b in pairwise(days)):
        return None
    if any(b != a + 1 for a, b in pairwise(days)):
        first = m.start("wl") + 1
        return [
            Token("date", i, i + 1, DateSpec("wd", weekday=day, week=week))
            for i, day in enumerate(days[1:], first)
        ]
    return DateSpec("wds", weekday=days[0], offset2=days[-1], week=week)


def _week(m: re.Match[str]) -> DateSpec:
    return DateSpec("week", week=_WEEK_PREFIX[m["kp"]])


def _edge(m: re.Match[str]) -> DateSpec:
    """月底, 下月底, 12月底, 年底: a month's last day; 月初, 12月初: its first."""
    if m["ye"]:
        if m["yn"]:
            return DateSpec("mend", year=int(m["yn"]), month=12)
        return DateSpec("mend", month=12, year_rel=_YEAR_REL.get((m["yr"] or "今") + "年", 0))
    month = _month(m["m"]) if m["m"] else None
    year = _year(m["y"]) if m["y"] else None
    if year is not None and month is not None:
        return DateSpec("mend", year=year, month=month) if m["e"] in "底末" else _first(year, month)
    month_rel = _MONTH_REL.get(m["mr"] + "月") if m["mr"] is not None else None
    if m["e"] in "底末":
        return DateSpec("mend", month=month, month_rel=month_rel)
    if month is not None:
        return DateSpec("md", month=month, day=1)
    return DateSpec("d", month_rel=month_rel, day=1)


def _first(year: int, month: int) -> DateSpec:
    return DateSpec("ymd", year=year, month=month, day=1)


def _weekend(m: re.Match[str]) -> DateSpec:
    return DateSpec("weekend", week=_WEEK_PREFIX[m["kp"] or ""] or 0)


def _lunar(m: re.Match[str]) -> DateSpec:
    """正月初八, 大年初二, 初八 alone (a day only near the festival, see ``resolve_date``),
    除夕: days of the lunar new year, as staff write the days around the Spring Festival."""
    if m["ld"] is None:
        return DateSpec("lunar", month=1, day=0)
    return DateSpec("lunar", month=1, day=_day(m["ld"]), offset2=0 if m["lm"] else 1)


def _minutes(m: re.Match[str]) -> int | None:
    if m["half"]:
        return 30
    if m["q"]:
        return 15 if m["q"] == "一" else 45
    if m["mi"]:
        return to_int(m["mi"])
    return 0


_SOFT_BEFORE_ONE = frozenset("早晚快慢多少好有差些再点")


def _clock(m: re.Match[str]) -> Clock | None:
    hour_text = m["h"]
    soft = m.start() > 0 and m.string[m.start() - 1] in _SOFT_BEFORE_ONE
    if not m["cp"] and hour_text == "一" and soft:
        return None  # 早一点到 is "a bit early", not one o'clock
    hour, minute = to_int(hour_text), _minutes(m)
    second = to_int(m["s"]) if m["s"] else 0
    if hour is None or minute is None or second is None:
        return None
    if not (0 <= hour <= 24 and 0 <= minute < 60 and 0 <= second < 60):
        return None
    return Clock(hour, minute, second, _PARTS.get(m["cp"]) if m["cp"] else None)


def _clock_before(m: re.Match[str]) -> Clock | None:
    """三点差一刻, 差十分三点: that many minutes before the hour."""
    hour = to_int(m["h"] or m["h2"])
    short = m["b"] or m["b2"]
    before = 15 if short.startswith("一刻") else to_int(short.rstrip("分钟"))
    if hour is None or before is None or not (1 <= hour <= 24 and 0 < before < 60):
        return None
    return Clock(hour - 1, 60 - before, 0, _PARTS.get(m["cp"]) if m["cp"] else None)


def _colon_clock(m: re.Match[str]) -> Clock | None:
    hour, minute = int(m["h"]), int(m["mi"])
    second = int(m["s"]) if m["s"] else 0
    if hour > 24:
        return None
    return Clock(hour, minute, second, _PARTS.get(m["cp"]) if m["cp"] else None)


def _hour_range(m: re.Match[str]) -> tuple[Clock, Clock] | None:
    first, last = to_int(m["h1"]), to_int(m["h2"])
    if first is None or last is None or first > 24 or last > 24:
        return None
    part = _PARTS.get(m["cp"]) if m["cp"] else None
    return Clock(first, part=part), Clock(last, part=part)


def _part(m: re.Match[str]) -> str:
    return _PARTS[m.group(0)]


_PIECE_RE = compile_lazy(
    rf"(?P<hd>{_NUM})\s*个\s*半天"
    rf"|(?P<dn>{_NUM})\s*个?\s*(?P<dh>半\s*)?(?:工作日|整天|天)(?P<dh2>半(?![小个钟]))?"
    r"|(?P<halfday>半\s*个?\s*(?:工作日|天|日))"
    rf"|(?P<wn>{_NUM})\s*个?\s*(?:星期|礼拜|周)"
    rf"|(?P<hn>{_NUM})\s*个?\s*(?P<hh>半\s*)?多?\s*(?:小时|钟头|个钟|时)"
    r"|(?P<halfhour>半\s*个?\s*多?\s*(?:小时|钟头|钟))"
    rf"|(?P<mn>{_NUM})\s*(?:来|多)?\s*分钟?"
    r"|(?P<qn>[一两三])\s*刻钟"
    r"|(?P<gb>个把)\s*(?:小时|钟头)"  # 个把小时: an hour or so
)


def _duration(m: re.Match[str]) -> Duration | None:
    weeks = days = 0.0
    seconds = 0.0
    for piece in _PIECE_RE.finditer(m["body"]):
        if piece["hd"]:
            days += _num(piece["hd"]) * 0.5
        elif piece["dn"]:
            days += _num(piece["dn"]) + (0.5 if piece["dh"] or piece["dh2"] else 0)
        elif piece["halfday"]:
            days += 0.5
        elif piece["wn"]:
            weeks += _num(piece["wn"])
        elif piece["hn"]:
            seconds += (_num(piece["hn"]) + (0.5 if piece["hh"] else 0)) * 3600
        elif piece["halfhour"]:
            seconds += 1800
        elif piece["mn"]:
            seconds += _num(piece["mn"]) * 60
        elif piece["qn"]:
            seconds += _num(piece["qn"]) * 900
        elif piece["gb"]:
            seconds += 3600
    if weeks == days == seconds == 0:
        return None
    mod_text = (m["mod"] or "").strip()
    mod = None if not mod_text else ("after" if mod_text.endswith("后") else "before")
    return Duration(weeks, days, round(seconds), mod)


def _num(text: str) -> float:
    value = to_number(text)
    return float(value) if value is not None else 0.0


_FIRST_PIECE = (
    rf"(?:{_NUM}\s*个\s*半天|{_NUM}\s*个?\s*(?:半\s*)?(?:工作日|整天|天)(?:半(?![小个钟]))?"
    r"|半\s*个?\s*(?:工作日|天|日)"
    # 38度5 周3: 周3 is a weekday after a number, not five weeks
    rf"|{_NUM}\s*个?\s*(?:星期|礼拜|周)(?![一二三四五六日天末]|[1-7](?![\d:.天个日小号]))"
    rf"|{_NUM}\s*个?\s*(?:半\s*)?多?\s*(?:小时|钟头|个钟)|半\s*个?\s*多?\s*(?:小时|钟头|钟)"
    # 二十来分钟: about twenty minutes; 个把小时: an hour or so
    rf"|{_NUM}\s*(?:来|多)?\s*分钟|[一两三]\s*刻钟|个把\s*(?:小时|钟头))"
)
_TAIL_PIECE = (
    rf"(?:{_NUM}\s*个?\s*(?:半\s*)?(?:工作日|整天|天)(?:半(?![小个钟]))?"
    rf"|{_NUM}\s*个?\s*(?:半\s*)?多?\s*(?:小时|钟头|个钟|时)|半\s*个?\s*(?:小时|钟头)"
    rf"|{_NUM}\s*(?:来|多)?\s*分钟?)"
)

_D = "0-9"
_CN = "零一二两三四五六七八九十"
_CP = "上早清一凌中午下傍晚夜"  # first characters of the parts of the day before a clock time


def _starting(heads: str, pattern: str) -> Lazy:
    """``pattern``, told which characters a match can start with.

    The lookahead lets the scan skip every other position cheaply; without it the longer
    patterns cost several times more on a typical message.
    """
    return compile_lazy(f"(?=[{heads}])(?:{pattern})")


# (kind, pattern, parser); the order breaks ties between candidates of equal extent.
_PATTERNS: list[tuple[str, Lazy, Callable[[re.Match[str]], object]]] = [
    (
        "date",
        _starting(
            _D,
            r"(?<![\d.])(?P<y>\d{4})\s*(?P<s>[-./])\s*(?P<m>\d{1,2})\s*(?P=s)\s*"
            r"(?P<d>\d{1,2})(?![\d.])(?:\s*[日号])?",
        ),
        _ymd,
    ),
    ("date", _starting(_D, r"(?<![\d.])(?P<y>\d{4}) (?P<m>\d{2}) (?P<d>\d{2})(?!\d)"), _ymd),
    (
        "date",
        _starting(
            _D + "零〇一二三四五六七八九两",
            rf"(?P<y>{_YEAR_NUM})\s*年\s*(?P<m>{_MONTH_NUM})\s*月份?\s*(?P<d>{_DAY_NUM})"
            rf"(?:\s*(?:{_RI}|{_HAO})|(?![\d零〇一二两三四五六七八九十廿卅个天人次点时]))",
        ),
        _ymd,
    ),
    (
        "date",
        _starting(
            _D + "今明去后前十一二三四五六七八九元",
            rf"(?<![\d年])(?:(?P<yr>今年|明年|去年|后年|前年))?(?P<m>{_MONTH_NUM})\s*月份?\s*"
            rf"(?P<d>{_DAY_NUM})"
            rf"(?:\s*(?:{_RI}|{_HAO})|(?![\d零〇一二两三四五六七八九十廿卅个天人次点时]))",
        ),
        _md,
    ),
    (
        "date",
        _starting(
            _D,
            r"(?<![\d./])(?<!\d:)(?P<yr>)(?P<m>1[0-2]|0?[1-9])\s*[./]\s*(?P<d>3[01]|[12]\d|0?[1-9])"
            r"(?:\s*[日号]|(?![\d./]|\s*(?:天|个|小时|时|分|%|元|万|米|倍|亿|公里|吨|方|级|度|千)))",
        ),
        _md,
    ),
    (
        "date",  # 12-3, 11-05: month and day with a hyphen; never 3-5号 (days 3 to 5), 2-3天,
        # 下午2-4 (hours) or a piece of 9:30-11:30, 2026-12-03, 0731-8888
        _starting(
            _D,
            r"(?<![\d./\-A-Za-z第])(?<!\d:)(?<!上午|下午|中午|晚上|早上|凌晨|傍晚)(?P<yr>)"
            r"(?P<m>1[0-2]|0?[1-9])-(?P<d>3[01]|[12]\d|0?[1-9])"
            r"(?![\d./\-:]|\s*(?:天|个|小时|时|分|点|号|日|%|元|万|米|倍|亿|公里|吨|方|级|度|千|人(?![在都])|名|位|次|岁|周|年(?!假)|月|期|届|层|页|楼|栋))",
        ),
        _md,
    ),
    (
        "date",
        _starting(
            _D + "今明去本这当下上一二三十廿卅四五六七八九",
            # 王局：11号…: after a colon a day still opens; 9:11号 is no day
            rf"(?<![\d./月年第])(?<!\d:)(?:(?P<yr>今年|明年|去年))?"
            rf"(?P<mr>本月|这个月|这月|当月|下个?月|上个?月)?(?P<d>{_DAY_NUM})\s*(?:{_HAO}|{_RI})",
        ),
        _dom,
    ),
    (
        "date",
        _starting(
            "大前昨今明后",
            rf"(?<![以之最然])(?:{_alternation([*_REL_DAYS, *_REL_PARTS, *_SPANS])})",
        ),
        _rel,
    ),
    (
        "date",
        _starting(
            "次翌第",
            r"(?<![这每一二两三四五六七八九十几数多上下本首同\d])次日(?![常报志程记])|翌日"
            r"|(?<!的)第二[天日](?![常报志程记])",
        ),
        _next_day,
    ),
    (
        "date",
        _starting(
            "上本这今下周星礼",
            # 撤一下周五的调休: 下 is the verb's 一下, the day is this week's 周五
            r"(?:(?P<wp>上上个?|上个?|本|这个?|今|(?<!一)下下个?|(?<!一)下个?)|(?<![零〇一二两三四五六七八九十\d每个])"
            r"|(?<=[周期拜][一二三四五六日天1-7]))"
            r"(?:周|星期|礼拜)(?P<wn>[一二三四五六日天]|[1-7](?![\d:.]))",  # 老周15:00 names no day
        ),
        _weekday,
    ),
    (
        "date",
        _starting(
            "上本这下",
            r"(?P<kp>上上个?|上个?|本|这个?|(?<!一)下下个?|下个?)(?:周|星期|礼拜)(?![一二三四五六日天1-7末])",
        ),
        _week,
    ),
    (
        "date",
        _starting(
            "上本这今下周星礼",
            r"(?:(?P<wp>上上个?|上个?|本|这个?|今|(?<!一)下下个?|下个?)|(?<![零〇一二两三四五六七八九十\d每个]))"
            r"(?:周|星期|礼拜)(?P<wl>[一二三四五六日]{2,5})(?![天个点时号日:\d半刻])",
        ),
        _weekdays,
    ),
    (
        "date",
        _starting(
            _D + "本这当下上月年零〇十一二三四五六七八九元今明去",
            rf"(?:(?P<mr>本|这个?|当|下个?|上个?)月|(?:(?P<y>\d{{4}}|[零〇一二三四五六七八九]{{4}})\s*年\s*|(?<![\d年]))"
            rf"(?P<m>{_MONTH_NUM})\s*月|(?<![正腊冬])月)(?P<e>底|末|初)(?![级期步稿])"
            # 年底考核组, 年底安全检查, 年底对账, 年底资金: the year's end naming a task or a sum,
            # not a day (年底的账, 年底的报表 too)
            r"|(?:(?P<yr>今|明|去)|(?P<yn>\d{4})\s*)?年(?P<ye>底|末)(?!的?[考检安工总评验决结述目任冲防冬水党对核盘审清资奖绩财账支付报])",
        ),
        _edge,
    ),
    (
        "date",
        _starting("上本这下周", r"(?P<kp>上上个?|上个?|本|这个?|(?<!一)下下个?|下个?)?周末"),
        _weekend,
    ),
    (
        "clock",
        _starting(
            _CP + _D,
            rf"{_CLOCK_PART}(?<!\d)(?<!\d:)(?P<h>\d{{1,2}})\s*:\s*(?P<mi>[0-5]\d)(?:\s*:\s*(?P<s>[0-5]\d))?(?![\d:])",
        ),
        _colon_clock,
    ),
    (
        "clock",  # 下午3.30 is a clock, not March 30 (12.7 stays a date)
        _starting(
            _CP,
            r"(?P<cp>上午|早上|早晨|中午|下午|傍晚|晚上)\s*(?P<h>1[0-2]|0?[1-9])\.(?P<mi>[0-5]\d)(?P<s>)(?![\d.])",
        ),
        _colon_clock,
    ),
    (
        "hrange",
        _starting(
            _CP + _D + _CN,
            rf"{_CLOCK_PART}(?P<h1>{_HOUR_NUM})\s*(?:到|至|-|~)\s*(?P<h2>{_HOUR_NUM})\s*(?:点钟?|时)(?![儿点])",
        ),
        _hour_range,
    ),
    (
        "clock",
        _starting(
            _CP + _D + _CN + "差",
            rf"{_CLOCK_PART}(?:(?P<h>{_HOUR_NUM})\s*(?:点钟?|时)差(?P<b>一刻钟?|{_MIN_NUM}分钟?)"
            rf"|差(?P<b2>一刻钟?|{_MIN_NUM}分钟?)(?P<h2>{_HOUR_NUM})\s*(?:点钟?|时)(?![半一三\d]))",
        ),
        _clock_before,
    ),
    (
        "clock",
        _starting(
            _CP + _D + _CN,
            # 周一十点: the weekday's 一 is no part of the hour (十点, not 一十点)
            rf"{_CLOCK_PART}(?:(?<![周期拜])|(?![一二三四五六七日天]))(?P<h>{_HOUR_NUM})\s*(?:点钟?|时)(?![儿点间候]|要求|意见|建议|内容|问题|工作|措施)"
            rf"(?:(?:(?P<half>半)(?![个小天钟])|(?P<q>[一三])刻(?!钟)"
            rf"|(?P<mi>{_MIN_NUM})(?:分(?!钟))?(?:(?P<s>{_MIN_NUM})秒)?(?![个天人位次小刻分钟\d])"
            r"|整))?",
        ),
        _clock,
    ),
    (
        "part",
        _starting(
            "上早清一大凌中午晌下傍晚夜全整白",
            # 早上好, 下午好: a greeting, not a time (下午好点了 is the speaker's health)
            rf"(?:{_alternation(k for k in _PARTS if len(k) > 1 and k != '午饭')})"
            r"(?!好(?![点些多好转]))"
            # 午饭前回: back by lunch, noon (午饭后 as a start is left open, WRITING.md)
            r"|午饭(?=\s*[之以]?前)"
            r"|(?<=[日号天])早(?![到来点些走退班饭餐安上半一二两三四五六七八九十个])"
            r"|(?<=[日号天])晚(?![到来点些走退班饭餐安上半一二两三四五六七八九十个\d])",
        ),
        _part,
    ),
    (
        "dur",
        _starting(
            _D + _CN + "百半个",
            # a digit goes on a number; a Chinese count after a date with a point or slash
            # starts anew, as after 日 (12.14一天 as 12月14日一天; 周5两天 stays 周五两天)
            rf"(?<![第那每零一二两三四五六七八九十百])"
            rf"(?:(?<![\d.])|(?<=[./]\d)(?![\d.])|(?<=[./]\d\d)(?![\d.]))"
            rf"(?:(?<=提前)|(?<=下班前)|(?<!前))(?P<body>{_FIRST_PIECE}"  # 下班前一个小时
            rf"(?:(?:又|零|加)?{_TAIL_PIECE})*)(?P<mod>\s*(?:以后|之后|后(?!天(?!气))|以前|之前|前(?!天)))?",
            # 出差两天后天晚上回: 两天 then 后天, not "two days later" then 天晚上
        ),
        _duration,
    ),
    (
        "date",
        _starting(
            "正大初除",
            # 初三学生, 初一年级, 最初, 当初, 起初: no day of the new year
            r"(?:(?P<lm>正月|大年)|(?<![月年最当起之期]))初(?P<ld>[一二三四五六七八九十])"
            r"(?![中级年班学生稿步期心次衷始见选审试赛])|除夕",
        ),
        _lunar,
    ),
]


# For each pattern above, characters at least one of which any match contains.
_NEEDS: list[frozenset[str]] = [
    frozenset("-./"),
    frozenset(" "),
    frozenset("年"),
    frozenset("月"),
    frozenset("./"),
    frozenset("-"),
    frozenset("日号"),
    frozenset("今明后昨前"),
    frozenset("次翌第"),
    frozenset("周期拜"),
    frozenset("周期拜"),
    frozenset("周期拜"),
    frozenset("底末初"),
    frozenset("末"),
    frozenset(":"),
    frozenset("."),
    frozenset("点时"),
    frozenset("差"),
    frozenset("点时"),
    frozenset("午早晨凌晚夜傍天"),
    frozenset("天日周期拜时钟分"),
    frozenset("初夕"),
]
assert len(_NEEDS) == len(_PATTERNS)
_NEXT_RANK = next(rank for rank, (_k, _p, parse) in enumerate(_PATTERNS) if parse is _next_day)
# Each pattern's own gate, derived from its syntax (:mod:`bot.domain.pattern_gate`), where it
# rules out messages the hand-written set above lets through (durations need 天 or 小时…,
# not the 日 of every dated message); None where it adds nothing.
_DERIVED: list[frozenset[str] | None] = [
    None if derived is None or derived >= need else derived
    for need, derived in zip(_NEEDS, (required_chars(p) for _, p, _ in _PATTERNS), strict=True)
]

# Both gates of every pattern in one table: for each character, bit ``rank`` when it is in
# ``_NEEDS[rank]`` and bit ``_SECOND + rank`` when it is in ``_DERIVED[rank]`` (that bit is
# set from the start for a pattern with no derived gate). A message's characters are looked
# up once in this one dictionary; asking 19 pairs of sets instead touched every set, which
# with the caches cold between two messages (in the bot) cost a third of the lexer's time
# (docs/performance.md, "Seventh look").
_SECOND = len(_PATTERNS)
_OPENS: dict[str, int] = {}
for _rank, (_need, _derived) in enumerate(zip(_NEEDS, _DERIVED, strict=True)):
    for _c in _need:
        _OPENS[_c] = _OPENS.get(_c, 0) | 1 << _rank
    for _c in _derived or ():
        _OPENS[_c] = _OPENS.get(_c, 0) | 1 << (_SECOND + _rank)
_UNGATED = sum(1 << (_SECOND + rank) for rank, derived in enumerate(_DERIVED) if derived is None)
_FIRST = (1 << _SECOND) - 1


# The characters any gate above holds: a message's own are met with them by one set
# operation in C, and only those few are looked up (most of a message's characters are none).
_OPENERS = frozenset(_OPENS)


def _open_ranks(text: str) -> int:
    """Bit ``rank`` set for each pattern both of whose gates hold a character of ``text``."""
    found = _UNGATED
    for c in _OPENERS.intersection(text):
        found |= _OPENS[c]
    return found & (found >> _SECOND) & _FIRST


def lex(text: str) -> list[Token]:
    """All date/time pieces of ``text``, in order, none overlapping."""
    candidates: list[tuple[int, int, int, Token]] = []
    ranks = _open_ranks(text)  # most patterns cannot match most messages; skip their scans
    following = False  # a 次日 / 第二天 found: it takes the day named before it
    while ranks:
        rank = (ranks & -ranks).bit_length() - 1
        ranks &= ranks - 1
        kind, pattern, parse = _PATTERNS[rank]
        search = pattern.search
        at = 0
        while (m := search(text, at)) is not None:
            value = parse(m) if m.end() > m.start() else None
            if value is None:
                # A match that names nothing gives its characters back: in 周四四点半 the clock
                # 四四点半 is no time, 四点半 after 周四 is; 周三十点 is 周三 then 十点.
                at = m.start() + 1
                continue
            at = m.end()
            following = following or rank == _NEXT_RANK
            if isinstance(value, list):  # several pieces from one match (周一三五)
                candidates.extend((t.start, -1, rank, t) for t in value)
                continue
            candidates.append(
                (m.start(), -(m.end() - m.start()), rank, Token(kind, m.start(), m.end(), value))
            )
    candidates.sort(key=_BY_PLACE)
    tokens: list[Token] = []
    reached = 0
    for start, _, _, token in candidates:
        if start >= reached:
            tokens.append(token)
            reached = token.end
        elif token.end > reached and token.kind in _AGAIN:
            return _after_named(_choose(text, candidates))  # rare: the careful way
    return _after_named(tokens) if following else tokens


_AGAIN = ("clock", "hrange")
# Candidates by start, longest first, then by rank (never by token): a C-level key.
_BY_PLACE = itemgetter(0, 1, 2)


def _choose(text: str, candidates: list[tuple[int, int, int, Token]]) -> list[Token]:
    """The leftmost-longest candidates, where a clock that began inside the piece before it
    is read from where that piece ends: in 下周一十六点 the clock 一十六点 began inside 下周一
    and what is left of it, 十六点, is the clock (the pattern's scan went on past it, so it
    is asked here again)."""
    tokens: list[Token] = []
    reached = 0
    i = 0
    while i < len(candidates):
        start, _, rank, token = candidates[i]
        i += 1
        if start >= reached:
            tokens.append(token)
            reached = token.end
        elif token.end > reached and token.kind in _AGAIN:
            again = _match_at(rank, text, reached)
            if again is not None:
                bisect.insort(candidates, again, lo=i)
    return tokens


def _match_at(rank: int, text: str, at: int) -> tuple[int, int, int, Token] | None:
    """Pattern ``rank``'s piece starting exactly at ``at``, as a candidate, if any."""
    kind, pattern, parse = _PATTERNS[rank]
    m = pattern.match(text, at)
    if m is None or m.end() == at:
        return None
    value = parse(m)
    if value is None or isinstance(value, list):
        return None
    return at, -(m.end() - at), rank, Token(kind, at, m.end(), value)
