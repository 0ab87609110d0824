"""Rare surnames (蔺 嵇 佘 阙 禤 …): colleagues the rules cannot name, for the silence net.

Why: the rules name colleagues by a list of common surnames (lexicon._SURNAMES), so
"嵇红梅发烧了来不了，帮她请两天病假" reads as news of someone unnamed and stays silent, and
"邝师傅今天出车…，下午四点左右回" as the speaker's own outing. The list cannot simply grow:
most surnames are everyday characters too (符合, 明天, 高兴). The surnames here are the rest
of the 百家姓 (仉 and 亓 from its compound ones, and the modern 禤 邝 冼 谌 蹇 眭) whose
character is rare (outside GB2312 level 1, the 3,755 common characters): in a work chat
such a character before a given name is a name. :func:`stand_in` swaps each for a common
surname, so the rules can read the message; what they read is only ever asked about, with
the real names put back (absence_reader._named_by_stand_in).
"""

from __future__ import annotations

__all__ = ["RARE_SURNAMES", "STAND_IN", "stand_in"]

RARE_SURNAMES = frozenset(
    "褚窦奚酆岑臧闵昝裘缪贲嵇荀芮羿邴隗宓郗栾钭郜邰蔺胥莘逄郦璩濮扈郏晏瞿庾暨阙殳夔厍晁訾阚"
    "乜蒯竺逯鄢缑郈佘佴谯笪佟禤邝冼仉亓谌蹇眭"
)
STAND_IN = "王"  # a surname every name pattern of the rules knows


def stand_in(text: str) -> tuple[str, tuple[int, ...]] | None:
    """``text`` with every rare surname that opens a name (a Han character follows; not
    after 小 or 老, which the rules read with any surname) replaced by :data:`STAND_IN`,
    and where; None when it holds none (the common case, one scan)."""
    if RARE_SURNAMES.isdisjoint(text):
        return None
    at = tuple(
        i
        for i, c in enumerate(text[:-1])
        if c in RARE_SURNAMES
        and "\u4e00" <= text[i + 1] <= "\u9fff"
        and text[i - 1 : i] not in ("小", "老")
    )
    if not at:
        return None
    chars = list(text)
    for i in at:
        chars[i] = STAND_IN
    return "".join(chars), at
