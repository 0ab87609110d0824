"""Who a person is in a message: the surname inventory and the shapes of a name.

Why: a reader that knows only the surnames its training messages used misses a colleague
called 符, 甄 or 欧阳 on the first day. The inventory here is the language's, not the
corpus's: the ~300 most common single surnames of the Ministry of Public Security's
household-register ranking (公安部户政管理研究中心, 2019 and 2020 reports, which together
cover well over 95 % of the population) and the compound surnames of 《百家姓》 still in use.
``bench/measure_names.py`` swaps generated names of every shape into the training messages
and measures how often the reading survives.

Some surnames are everyday words too (方便, 高速, 向前, 于是, 全体, 时间): those stand for a
person only where the shape or the frame says so (a title, 老/小, a frame such as 帮X请假);
``WORDLIKE`` lists them, and the patterns in :mod:`bot.domain.reader.lexicon` use the two
classes.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

__all__ = [
    "ALONE", "COMPOUND_SURNAMES", "LAO_XIAO_WORDS", "NOT_GIVEN", "SURNAME_CHARS",
    "TITLES", "TITLE_WORDS", "WORDLIKE",
    "called", "given_shaped", "has_rare", "name_end", "nickname", "person_shaped", "rare_surname",
    "slot_name", "title_of",
]  # fmt: skip

WORDS_FILE = "surname_words.json"
COMMON_FILE = "common_chars.txt"

# Ranks 1–100, then 101–200, then 201–300 or so (ranking of 2019–2020; order within a line
# roughly by frequency).
_RANKED = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶"
    "程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛"
    "郝顾龚邵万覃武钱戴严莫孔向常汤"
    "康易乔赖文施洪辛柯庄樊牛左葛安齐鲁殷兰翟申伍倪聂颜温欧涂祝季单耿关包俞尚裴焦柳梅甘舒"
    "盛童凌毕卓谷蓝项成詹游华邢宁路解岳靳窦阮祁纪古丘苗房邬骆屈符牟滕宫栾饶时冉管晏幸桂连"
    "艾鲍车宗柏麻原湛戚鞠商米池匡吉戈储巫景霍娄卜姬仇郁杭隋闵"
    "农全郎明雍甄国阳东粟封冷习卫占虞居井寇荆帅勾鄢喻芦闻檀盖邝蒲苟边竺亢茅邰瞿冀"
    "植敖阎缪卞蒙师司揭麦谈狄支达智咸鄂郜门楚冼秋班钮薄廉衡浦鲜庞奚贝尤禹蔺晋汝宿"
    "乐丛岑苑褚危惠邸柴尉佟兆隆晁展沙付侍简过茹战粱皮来蔚劳鞠候"
)  # 於 is left out: the reader reads it as 于 (text.normalize maps traditional forms); 区
# too: in a district bureau 区 opens 区委, 区长, 区财政局 far more often than it names someone
COMPOUND_SURNAMES = frozenset(
    (
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "令狐",
        "皇甫",
        "慕容",
        "司徒",
        "尉迟",
        "公孙",
        "夏侯",
        "宇文",
        "长孙",
        "端木",
        "南宫",
        "独孤",
        "轩辕",
        "呼延",
        "澹台",
        "申屠",
        "闻人",
        "钟离",
        "宗政",
        "濮阳",
        "淳于",
    )
)  # fmt: skip  (西门 第五 单于 are left out: in a message they are a gate, an ordinal, a title)
SURNAME_CHARS = "".join(dict.fromkeys(_RANKED))  # each once, in rank order

# Surnames that open everyday words or are function words (班的, 项目, 管理, 农村, 麻烦, 舒服,
# 毕业, 符合, 单位, 宁可, 全体, 时间, 成立, 原来, 过去, 明天, 安排, 司机 …): a name only with a
# title or after 老/小 (车股长, 单副主任, 老管), with a given name that makes no word with it
# (管浩, 符琳: surname_words.json), or in a frame that names a person (帮X请假, 请假人：X).
# 万 于 向 方 金 文 包 左 蒙 open words too but stand alone as surnames, as they always have
# here (蒙姐): the words they open are vetoed one by one (lexicon.NOT_SUBJECTS).
WORDLIKE = frozenset(
    "车单宁官幸桂全时成原连过来明东国阳司师门乐战展简米商路关安常华古解支达智衡尚谈居井"
    "边占封冷习卫盖宿劳皮班项管农沙舒岳纪季候房麻梅温辛廉柳杭靳储植景危庄谷蓝池娄茅秋薄柴"
    "齐盛游宗尤晋惠兆隆侍鲜苗粱蔚毕符荆宫"
)
# Surnames that stand alone before a given name (刘洋, 符琳, 甄伟): the ranking less WORDLIKE.
ALONE = "".join(c for c in SURNAME_CHARS if c not in WORDLIKE)

# Titles after a surname or a full name (李局, 罗科长, 欧阳工程师, 张建国局长). The order is
# the one the patterns have always tried (局 before 局长: 李局长 is read as written by the
# frames that follow it), longer compound titles first.
TITLES = (
    "工程师|副主任|副股长|大队长|副大队长|副队长|副站长|副所长|副书记|副科长"
    "|工|局|总|主任|科长|股长|站长|所长|书记|队长|部长|处长|师傅|会计|老师|局长|副局长"
)
TITLE_WORDS = tuple(sorted(TITLES.split("|"), key=len, reverse=True))  # longest first
# The titles by their last character, each list in TITLE_WORDS' order: title_of tries only
# those a name can end with (one or two, sixteen for 长; not all 27 at every cut of every name).
_TITLES_ENDING: dict[str, tuple[str, ...]] = {
    last: tuple(t for t in TITLE_WORDS if t[-1] == last) for last in {t[-1] for t in TITLE_WORDS}
}


# Characters of grammar, time and place that no given name uses (班的人, 时间到了, 原来在):
# after a word-like surname they end the name's shape.
NOT_GIVEN = frozenset(
    "的了们里上下在是有与及人都也要会去到回来过着把被给从向对说让叫请这那个些么呢吗吧啊哦嗯就还"
    "再又很太更最不没别可能得地年月日号点分时周天午早晚今明后前间边面头外内中次位名件项份种样"
    "所以因为如果但而且并或者等家局股办室队站院市县区乡镇村路河堤送坏修停走跑拿放"
    "他她我你您妈爸爷奶婆哥姐弟妹儿孩丈岳父母爱"
)

# 老/小 + a character that makes an everyday word, not a colleague (老家, 小时, 小孩, 老人):
# the common two-character words opening with 老 or 小 (小程, 老总 call someone as often as
# they are words, and stay names). Any other 老X/小X is a way to call
# someone, whatever X is (老蒯, 小糜: surnames no inventory holds).
_LAO_XIAO = (
    "老家老人老师老婆老公老板老伴老乡老同老城老区老旧老房老化老年老大老二老三老是"
    "老地老样老毛老规老百老屋老时老街老宅老小老母老父老爷老太老表老领老干小时小区小孩"
    "小心小组小学小朋小事小车小会小型小修小雨小班小结小姨小舅小叔小伙小姑小儿小便小女"
    "小猫小狗小卖小麦小满小年小寒小暑小城小长小半小问小店小于小路小河小桥小吃小病"
    "小手小妹小弟小宝小的小点小一小两"
)
LAO_XIAO_WORDS = frozenset(_LAO_XIAO[i : i + 2] for i in range(0, len(_LAO_XIAO), 2))


@cache
def _words() -> tuple[dict[str, str], frozenset[str]]:
    """{word-like surname: the second characters of the words it opens}, and the words a
    word-like surname makes with a title (全局, 班主任); read on first use."""
    text = resources.files("bot.domain.reader").joinpath(WORDS_FILE).read_text("utf-8")
    found = json.loads(text)
    if not isinstance(found, dict):
        raise ValueError(f"{WORDS_FILE}: not an object")
    given = {str(k): str(v) for k, v in found["given"].items()}
    return given, frozenset(str(w) for w in found["titled"])


def given_shaped(name: str) -> bool:
    """管浩, 农辉媛 but not 管理, 季度, 班的人: after a word-like surname, a given name that
    opens no everyday word with it and has no character of grammar, time or place."""
    given = name[1:]
    return (
        1 <= len(given) <= 2
        and not any(c in NOT_GIVEN for c in given)
        and given[0] not in _words()[0].get(name[0], "")
    )


_PREPOSITIONS = frozenset("跟和同与替帮陪叫")
_PRONOUNS = frozenset("我你您他她")


_LATE_OR_EARLY = frozenset({"晚到", "迟到", "早退", "早走"})


_ELDER = ("大哥", "大姐")


def name_end(text: str, start: int, end: int) -> int:
    """Where the name at text[start:end] ends when one more character belongs to it:
    皇甫晨 of 皇甫晨鹏的事假, 端木瑞 of 端木瑞慧家里…, read short by a pattern that takes the
    shortest name. It does when that character can be in a given name and what follows it
    cannot (的, 家, a time, a comma, the end): 刘洋感冒了 stays 刘洋. A surname with 大哥 or
    大姐 (周大哥, 黎大姐) is how an older colleague is called: the whole of it is the name."""
    if end - start == 2 and text[start] not in "老小" and text[end - 1 : end + 1] in _ELDER:
        return end + 1
    if end >= len(text) or text[start] in "老小" or not person_shaped(text[start : end + 1]):
        return end
    nxt, after = text[end], text[end + 1 : end + 2]
    given = end - start - (2 if text[start : start + 2] in COMPOUND_SURNAMES else 1)
    if given != 1 or not "\u4e00" <= nxt <= "\u9fff" or nxt in NOT_GIVEN:
        return end
    if nxt in _PREPOSITIONS and after in _PRONOUNS:
        return end  # 刘洋跟我说…, 刘洋和我…: a preposition before a pronoun, not a given name
    if nxt + after in _LATE_OR_EARLY:
        return end  # 何平迟到一个小时: 迟 opens the predicate
    return end + 1 if not after or after in NOT_GIVEN or not "\u4e00" <= after <= "\u9fff" else end


def title_of(name: str) -> str:
    """The title ``name`` ends with (局长 of 张建国局长), longest first; "" when none or when
    the title is all there is."""
    if not name:
        return ""
    ending = _TITLES_ENDING.get(name[-1], ())
    return next((t for t in ending if name.endswith(t) and len(name) > len(t)), "")


def _plain(chars: str) -> bool:
    """Only Chinese characters, none of grammar, time, place or kin (:data:`NOT_GIVEN`)."""
    return not any(c in NOT_GIVEN or not "\u4e00" <= c <= "\u9fff" for c in chars)


def slot_name(name: str, loose: bool = False) -> bool:
    """A name found only by where it stands (郈鹏 in 郈鹏今天晚到…让我报一下): two or three
    characters (four with a compound surname), none of grammar, time, place or kin, opening
    with a surname of the inventory (not as a word: 管理, 安排) or with a rare character; with
    ``loose``, with any surname (漆凤娟 beside 佘鑫杰, or named by who asked: 沃娜鹏…让我)."""
    longest = 4 if name[:2] in COMPOUND_SURNAMES else 3
    return (
        2 <= len(name) <= longest
        and _plain(name)
        and name[0] not in "老小"
        and (
            loose or name[0] in SURNAME_CHARS or name[:2] in COMPOUND_SURNAMES or rare_surname(name)
        )
        and (name[0] not in WORDLIKE or given_shaped(name))
    )


def rare_surname(name: str) -> bool:
    """The name opens with a character outside the 3,755 common ones (GB 2312 level 1): 郈, 訾,
    璩. A surname outside the inventory mostly is such a character; a common one in the
    subject's place opens a word (医生让我…, 同志们)."""
    return _rare().match(name) is not None


def has_rare(text: str) -> bool:
    """Whether any Chinese character of ``text`` is outside the common ones, so the slot is not
    searched in the messages that have none: one search in C over the whole text."""
    return _rare().search(text) is not None


@cache
def _rare() -> re.Pattern[str]:
    """A Chinese character (U+4E00–U+9FFF) that is not in GB 2312 level 1, the list of
    ``common_chars.txt`` (bench/build_common_chars.py writes it from the codec). Read on
    first use and held as one character class (about 3 kB compiled), not a set of 3,755
    strings (0.4 MB) nor the GB 2312 codec, whose module and tables cost the bot about
    0.1 MB of idle memory (docs/performance.md, issue 17)."""
    common = resources.files("bot.domain.reader").joinpath(COMMON_FILE).read_text("utf-8")
    return re.compile(f"[\u4e00-\u9fff](?<![{common.strip()}])")


# Cities a trip goes to: 岳阳的差提前回来了 names the place, never a colleague called 岳阳.
CITY_NAMES = (
    "北京", "长沙", "株洲", "湘潭", "衡阳", "岳阳", "常德", "益阳", "娄底", "邵阳", "郴州",
    "永州", "怀化", "张家界", "吉首", "韶山", "湘乡", "浏阳", "宁乡", "醴陵", "武汉", "广州",
    "上海", "南京", "杭州",
)  # fmt: skip
_CITY_SET = frozenset(CITY_NAMES)


# How colleagues call one another besides 老/小: 阿 before a character of the given name
# (阿斌), 哥/姐 after a surname, an order of birth or a trait (宁姐, 三哥, 胖哥). Kin and
# strangers take the same shapes (阿姨, 表哥, 大姐, 帅哥, 的哥): those characters are left out.
NICKNAME = r"阿[\u4e00-\u9fff]|[\u4e00-\u9fff][哥姐](?![哥姐夫妹])" + rf"|[大二][{SURNAME_CHARS}]"
_NOT_AFTER_A = frozenset("姨婆公伯叔爸妈嫂爷奶舅哥姐妹弟拉门")
_NOT_BEFORE_SIBLING = frozenset("表堂亲大小老帅美靓空阿")


def birth_order(name: str) -> bool:
    """大刘, 二刘: two colleagues of one surname told apart by age, the way 小刘 is called."""
    return len(name) == 2 and name[0] in "大二" and name[1] in SURNAME_CHARS


def nickname(name: str) -> bool:
    """阿斌, 宁姐, 三哥, 胖哥: a colleague called as friends call one another; not 阿姨, 表哥,
    大姐, 帅哥 (kin or a stranger) nor a character of grammar or place (的哥, 我姐)."""
    if len(name) != 2 or name[0] in NOT_GIVEN:
        return False
    if name[0] == "阿":
        return name[1] not in NOT_GIVEN and name[1] not in _NOT_AFTER_A
    return name[1] in "哥姐" and name[0] not in _NOT_BEFORE_SIBLING and name[0] not in "哥姐"


def person_shaped(name: str) -> bool:
    """Whether ``name`` has the shape of a way to call a colleague: 老/小 + one character, a
    surname with a title, a name of two to four characters (a compound surname's up to five),
    or a full name with a title (张建国局长); after a word-like surname with no title, only a
    given name that makes no everyday word with it."""
    if name in _CITY_SET:
        return False
    if len(name) == 2 and (name[1] in "哥姐" or name[0] == "阿"):
        return nickname(name)  # 宁姐, 阿斌; 表哥, 阿姨 are kin
    if name[:2] in LAO_XIAO_WORDS and name[1] not in SURNAME_CHARS:
        return False  # 小孩发烧, 老人住院: kin or a word (小时, 老毛 stay: 时, 毛 are surnames)
    compound = name[:2] in COMPOUND_SURNAMES
    title = title_of(name)
    if not compound and name[0] in WORDLIKE:
        if not title:
            return given_shaped(name)  # 管理, 季度, 班的人: words, not names
        if name in _words()[1]:
            return False  # 全局, 班主任: words made of a surname and a title
    if 2 <= len(name) <= (5 if compound else 4):
        return True
    return bool(title) and 2 <= len(name) - len(title) <= (4 if compound else 3)


def called(name: str) -> bool:
    """A colleague called by name where the message itself says a person is meant, by a
    他/她 that refers back (仲孙浩…，他…; 丽娟她…; 同事谷雨…，她说…; 阙股长…，他让我…): two to
    three characters (four with a compound surname), or a title after one to three, none of
    grammar, time, place or kin, no body (检查组), and no 老/小 word. Any surname, and no word
    check: the pronoun is the evidence (谷雨 is a solar term and a name)."""
    title = title_of(name)
    core = name[: len(name) - len(title)]
    longest = 4 if name[:2] in COMPOUND_SURNAMES else 3
    return (
        (1 if title else 2) <= len(core) <= longest
        and _plain(core)
        and (name[:2] not in LAO_XIAO_WORDS or name[1] in SURNAME_CHARS)
        and core[-1] not in _BODIES
    )


# The last character of a body, not a person (检查组, 考察团, 办公厅, 指挥部 …), for
# :func:`called` which has no word check of its own.
_BODIES = frozenset("组团部处科委厅社司厂")
