"""Places and errands for the ``places`` family of bench/measure_invariance.py.

A report says where its writer goes (去区发改局, 在白沙泵站, 赴十万垅大堤) far more often than
it says 外出; the place's name is whatever the map calls it. This module finds the place names
in a training message by how Chinese place names are built (a modifier, then a head noun of a
known type: 垸, 大堤, 泵站, 水库, 镇, 灌区, 局, 公司, 医院 …) right after a verb of going or
being (去 到 赴 在 往), and makes new names of the same type from a fixed-seed generator of
plausible place words, none of which occurs in the training messages or the reader's tables.

It also finds a field errand that closes the clause after the place (巡查, 送材料, 调试设备)
and offers another of the same kind (an outing's errand for an outing's errand, never a
meeting or a course). Held-back shapes (other heads, a person's unit, an errand with no place)
are built here too; they are scored, never read while the reader is changed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "reader_corpus"
READER = ROOT / "bot" / "domain"

# Place types by head noun, longest heads first inside each type. The value is how a new name
# of that type is built from generated words: {a} one character, {ab} two, {f} a function.
HEADS: dict[str, tuple[str, ...]] = {
    "dike": ("湖堤段", "大堤", "堤段", "家垸", "垸", "堤"),
    "pump": ("电排站", "闸站", "泵站", "排灌站", "闸"),
    "reservoir": ("水库", "山塘"),
    "town": ("社区", "街道", "镇", "乡", "村"),
    "irrigation": ("灌区", "渠道", "干渠"),
    "office": ("局", "中心", "办", "厅"),
    "company": ("建设公司", "监理公司", "公司"),
    "hospital": ("医院",),
    "bank": ("银行",),
    "school": ("小学", "中学", "学校"),
}
_HEAD_TYPE = {head: kind for kind, heads in HEADS.items() for head in heads}
_ALL_HEADS = "|".join(sorted(_HEAD_TYPE, key=len, reverse=True))
# A place right after a verb of going or being: the modifier is one to seven characters that
# hold no verb, stop or time word; the head must not be the start of a longer word
# (局里 is home, 办事 and 办理 are errands, 中心组 a study group, 村里 a vague place).
_GO = r"(?:去|到|赴|在|往)"
# What a place's modifier never holds: a verb, a particle, a question word or a place whole
# (去银行办贷款 is a bank, not an office called 银行办).
_NOT_IN_NAME = (
    r"[去到赴在往回和跟与及把给从向对的了个一参开办交送看查检调巡哪里请假要说是有不也都就再还先"
    r"出发培训学习会议那这些考察接等修成周日月号天午点时领陪随带找]|银行|医院|中心|公司|机场"
)
PLACE = re.compile(
    rf"(?<={_GO})(?P<mod>(?:(?!{_NOT_IN_NAME})[\u4e00-\u9fff]){{1,7}}?)"
    rf"(?P<head>{_ALL_HEADS})(?![里组长理事公件楼子会室上下])"
)
# Modifiers that are no place of their own: 市局, 区里, 省厅, 本局, 我局, 上级, 各乡镇.
_NOT_MODIFIERS = re.compile(r"^(?:[市区县省本我该此这那各某上下两几全乡城]|[市区县省]里)$")
# 区河长办, 市防汛办: an office called 办 is named by its level or its task, never 公证处办.
_OFFICE_BAN = re.compile(r"^[区市县省]|[长汛]$")
_LEVEL = re.compile(r"^[市区县省]")
_CITIES = (
    "北京", "长沙", "株洲", "湘潭", "衡阳", "岳阳", "常德", "益阳", "娄底", "邵阳", "郴州",
    "永州", "怀化", "张家界", "吉首", "韶山", "湘乡", "浏阳", "宁乡", "醴陵", "武汉", "广州",
    "上海", "南京", "杭州",
)  # fmt: skip

# Generated place words: characters that make Chinese place names (landforms, plants,
# colours, good wishes), none of them a time, a leave, a person's title or a common verb.
_SYLLABLES = (
    "青石柳杨枫桂荷莲桃梅竹松云龙凤鹤金银铁玉白黄碧新古东西南北高平安宁兴旺福寿仁义泉溪湾塘"
    "港岭坪冲坳桥山洲岗丰裕合同清沙泥樟槐榆杉茶桑蓬芦苇鱼虾雁鹭燕鸭鹅莺麓涧潭湘资沅澧汀岚峰"
)
# Offices by what they do (区X局, 市X局, 省X厅, 区X中心, 区X办) that the reader's tables lack.
_FUNCTIONS = (
    "统计", "医保", "林业", "商务", "信访", "审计", "气象", "档案", "人防", "供销", "粮食",
    "地震", "机关事务", "数据资源", "退役军人事务", "市场监管", "文旅", "体育", "民宗", "侨务",
)  # fmt: skip
_SURNAMES = "陈周罗彭易谭龙贺曾邓汤毛蒋廖肖袁喻"


def _forbidden() -> str:
    """Every training message and every reader table, joined: a new name must be in none."""
    parts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("train-*.jsonl"))]
    parts += [p.read_text(encoding="utf-8") for p in sorted(READER.rglob("*.py"))]
    parts += [p.read_text(encoding="utf-8") for p in sorted(READER.rglob("*.json"))]
    return "\n".join(parts)


class Namer:
    """New place names from a fixed seed; the same message gets the same names on every run."""

    def __init__(self, seed: int = 20261201) -> None:
        self._seed = seed
        self._seen = _forbidden()

    def _word(self, rng: random.Random, size: int) -> str:
        for _ in range(200):
            word = "".join(rng.choice(_SYLLABLES) for _ in range(size))
            if len(set(word)) == size and word not in self._seen:
                return word
        raise RuntimeError("no unseen place word")

    def name(self, key: str, modifier: str, head: str) -> str:
        """A new name of the type ``head`` belongs to, for the original ``modifier``."""
        rng = random.Random(f"{self._seed}:{key}:{modifier}{head}")
        kind = _HEAD_TYPE[head]
        level = _LEVEL.match(modifier)
        if kind == "office" and level is not None and head in ("局", "厅", "中心", "办"):
            for _ in range(100):
                made = level.group() + rng.choice(_FUNCTIONS) + head
                if made not in self._seen:
                    return made
        if kind == "dike" and head == "家垸":
            return rng.choice(_SURNAMES) + head
        if kind == "company":
            return self._word(rng, 2) + head
        for _ in range(100):
            made = self._word(rng, 2) + head
            if made not in self._seen:
                return made
        raise RuntimeError("no unseen place name")


def places(text: str) -> Iterator[re.Match[str]]:
    """The place names in ``text`` that have a modifier of their own (not 市局, 区里)."""
    for m in PLACE.finditer(text):
        if _NOT_MODIFIERS.match(m.group("mod")):
            continue
        if m.group("head") == "办" and not _OFFICE_BAN.search(m.group("mod")):
            continue
        if any(city in m.group() for city in _CITIES):
            continue  # 湘乡, 韶山灌区: a city named, which makes the outing a trip
        yield m


def rename(text: str, key: str, namer: Namer, head: Callable[[str], str] | None = None) -> str:
    """``text`` with every place renamed; ``head`` (when given) picks another head for it."""
    out, last = [], 0
    for m in places(text):
        mod, old_head = m.group("mod"), m.group("head")
        if head is None:
            new = namer.name(key, mod, old_head)
        else:
            rng = random.Random(f"{key}:{m.start()}")
            new = head(namer._word(rng, 2))
        out.append(text[last : m.start()] + new)
        last = m.end()
    return "".join(out) + text[last:]


# Errands of an outing that close a clause after its place, and errands of the same kind the
# reader's tables do not list (an outing stays an outing; no meeting, course or health word).
_ERRAND_END = re.compile(
    r"(?P<errand>(?:巡查|检查|查看|察看|督查|督导|巡堤|踏勘|勘察|调试|检修|验收|测量|对接|协调|汇报"
    r"|送|交|取|拿|办|签|盖|核查|复核|调研|走访)[\u4e00-\u9fff]{0,8}?)"
    r"(?=[，,。；;！!]|$)"
)
_NEW_ERRANDS = (
    "核对台账", "收集资料", "拍照取证", "现场确认", "对账", "布置工作", "了解情况",
    "跟踪进度", "复印档案", "现场办公", "指导施工", "清点物资", "整理资料", "核实数据",
)  # fmt: skip


def swap_errand(text: str, key: str) -> str | None:
    """``text`` with the errand after its first place replaced by another outing errand."""
    for m in places(text):
        after = _ERRAND_END.match(text, m.end())
        if after is None:
            continue
        errand = after.group("errand")
        if re.search(r"[0-9一二三四五六七八九十两]|点|回|会|训|学|病|的|了|取消|改|不", errand):
            return None
        rng = random.Random(f"errand:{key}")
        new = rng.choice([e for e in _NEW_ERRANDS if e != errand])
        return text[: after.start()] + new + text[after.end() :]
    return None


# --- held back: other heads and shapes, written before any fix and never read for misses ---
HELD_HEADS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("XX水文站", lambda w: w + "水文站"),
    ("XX大桥", lambda w: w + "大桥"),
    ("XX工地", lambda w: w + "工地"),
    ("XX小区", lambda w: w + "小区"),
    ("XX服务区", lambda w: w + "服务区"),
    ("XX水厂", lambda w: w + "水厂"),
    ("XX码头", lambda w: w + "码头"),
)
HELD_PERSON_PLACE = ("老李那边", "市局老周那里", "设计院刘工那儿")


def person_place(text: str, key: str) -> str | None:
    """The first place named instead by a person's unit: 去老李那边, 到市局老周那里."""
    for m in places(text):
        rng = random.Random(f"person:{key}")
        return text[: m.start()] + rng.choice(HELD_PERSON_PLACE) + text[m.end() :]
    return None


_PLACE_AND_ERRAND = re.compile(
    r"(?P<go>去|赴|前往)(?P<rest>[^，,。；;！!]{1,16}?)(?=[，,。；;！!]|$)"
)
HELD_ERRANDS = ("办个证", "办个手续", "送个材料", "签个字", "盖个章")


def errand_no_place(text: str, key: str) -> str | None:
    """Going for an errand with no place: 下午去区发改局送材料 → 下午去办个手续."""
    for m in places(text):
        go = _PLACE_AND_ERRAND.search(text, max(0, m.start() - 2))
        if go is None or go.start() > m.start() or go.end() < m.end():
            return None
        if re.search(r"[0-9一二三四五六七八九十两]|点|回|会|训|学", go.group("rest")):
            return None
        rng = random.Random(f"noplace:{key}")
        return text[: go.start("rest")] + rng.choice(HELD_ERRANDS) + text[go.end() :]
    return None
