"""How Chinese place names are built: a modifier (a proper name, a level, a task), then a
head noun that says what kind of place it is (局 站 闸 堤 垸 库 镇 村 公司 中心 桥 码头 …).

The reader meets a new place in nearly every outing, named whatever the map calls it, so it
cannot know the names; it knows the heads. ``HEADS`` is the one list of them, grouped by what
they name (the 通名 of a place name: water works, settlements, offices, firms, transport,
the land); :mod:`bot.domain.reader.lexicon` builds its place words from it, and
:func:`ends_in_place` tells the homophone fallback that 商务 in 区商务局 and 肖家 in 肖家垸
are part of a name, not slips of 上午 and 销假.
"""

from __future__ import annotations

import re

__all__ = ["HEADS", "NAME_HEADS", "ends_in_place"]

# Heads by what they name; each alternative is a regex fragment, longest first in its group.
_WATER_WORKS = (
    r"电排站|排灌站|闸站|泵站|水文站|水电站|水厂|水库|山塘|大堤|堤段|灌区|渠道|干渠"
    r"|堤|垸|坝|圩|闸|渠|涵"
)
_SETTLEMENTS = r"社区|街道|小区|新村|镇|乡|村|寨|庄|铺"
_OFFICES = r"中心|政府|法院|检察院|党校|局|厅|委|院|所|站|办|处|队"
_FIRMS = r"公司|企业|银行|医院|学校|项目部|指挥部|厂|场|馆|基地|园区"
_TRANSPORT = r"大桥|桥|码头|渡口|港口|港|服务区|收费站|隧道|机场|高铁站|火车站|车站"
_LAND = r"河|江|湖|洲|湾"
HEADS = "|".join((_WATER_WORKS, _SETTLEMENTS, _OFFICES, _FIRMS, _TRANSPORT, _LAND))
# Where someone works, named by them: 去老李那边, 到设计院刘工那儿 (a place, though no head).
THEIR_PLACE = r"那边|那里|那儿"
# Heads that close a name and never open a clause (unlike 区, 市, 县: 区里开会): what follows
# a slip's span here makes the span a name's modifier. 局长, 院长, 站长 are titles, 局里 home.
NAME_HEADS = re.compile(
    r"(?:电排站|排灌站|闸站|泵站|水文站|水电站|水厂|水库|山塘|大堤|堤段|灌区|渠道|社区|街道|小区"
    r"|中心|政府|法院|检察院|公司|银行|医院|学校|大桥|码头|渡口|服务区|收费站"
    r"|[局厅站闸堤垸坝圩镇村院所桥港厂馆])(?![里长])"
)


# What may stand between a span and the head of the name it is in: the rest of the modifier
# (肖家 in 去肖家垸), never a verb, a particle or a time (夏午去闸站 is a slip before a trip).
_NOT_IN_NAME = re.compile(r"[去到在赴回和跟及与的了是要就再点时分半天午]")
_REST_OF_NAME = re.compile(rf"(?:(?!{_NOT_IN_NAME.pattern})[\u4e00-\u9fff]){{0,2}}")


def ends_in_place(text: str, end: int) -> bool:
    """The span ending at ``end`` is a place name's modifier, or part of it: a head follows
    at once or after at most two more of the name's characters (区商务局, 去肖家垸), so it is
    a name whatever words it sounds like."""
    if end and _NOT_IN_NAME.match(text, end - 1):
        return False  # 捕去水库了: a span ending in a verb is no modifier (不去 slipped)
    rest = _REST_OF_NAME.match(text, end)
    assert rest is not None  # it may match nothing
    return any(NAME_HEADS.match(text, at) for at in range(end, rest.end() + 1))
