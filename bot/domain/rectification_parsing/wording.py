"""Word lists that tell a problem from a measure, and a report's body from its frame.

Problems are phrased as shortcomings (不到位, 缺位, 薄弱); measures start with a verb (加强,
制定). Chapters on the work in general (整改工作开展情况, 下一步工作打算) and the closing
(联系电话, the signature) must not become items.
"""

from __future__ import annotations

import re

_PROBLEM = re.compile(
    "不够|不到位|不严|不足|不力|不强|不实|不深|不高|不规范|不及时|不明显|不畅|不全|不完善|"
    "不健全|不充分|不细|不准|不精|不落实|不清|不当|不扎实|不牢|不佳|不好|不一致|未|缺|乏|薄弱|"
    "滞后|差距|漏洞|问题|风险|偏|短板|弱化|淡化|虚化|懈怠|松懈|松散|欠|混乱|随意|违规|违反|"
    "超标|超支|挪用|失职|失察|形式主义|官僚主义|老好人|挑大梁|流于形式|走过场|较多|较大|较差|"
    "较弱|突出|隐患|难以|无序|缓慢|迟缓|迟到|早退|脱岗|时有发生|现象|严重|无法|不作为"
)
_ACTION_START = re.compile(
    "(?:针对|加强|制定|建立|完善|开展|组织|召开|落实|严格|健全|推进|强化|提高|提升|深化|规范|"
    "明确|坚持|持续|进一步|切实|全面|认真|及时|定期|按照|根据|对照|围绕|结合|督促|要求|实行|"
    "修订|印发|成立|举办|邀请|召集|安排|印制|杜绝|防止|避免)"
)
_EXCLUDED_CHAPTER = re.compile(
    "总体情况|开展情况|基本情况|进展情况|整体情况|主要做法|主要措施|工作措施|工作举措|下一步|"
    "下步|今后|工作打算|工作计划|工作安排|工作思路|体会|启示|主要成效|工作成效|取得成效"
)
_CLOSING = re.compile(
    r"(?:下一步|下步|今后|欢迎|联系电话|联系人|联系方式|邮政|通讯地址|电子邮箱|邮箱|特此|附件|"
    r"抄送|印发|此致)"
)
_DATE = re.compile(
    r"\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
    r"[一二三四五六七八九十]{1,3}日"
)
_SIGNATURE = re.compile(
    r"[^，。；,;：:]{2,30}(?:党组|党委|委员会|局|中心|办公室|政府|支部|公司|站|所|处|院|队|厅)"
)
_TITLE_HEAD = 40  # how much of a heading to judge; the rest is usually explanation


def is_problem_like(title: str) -> bool:
    """True for a shortcoming ("资金使用不规范"), false for an action ("制定学习计划")."""
    head = title.strip()[:_TITLE_HEAD]
    return bool(_PROBLEM.search(head)) and not _ACTION_START.match(head)


def is_general_chapter(title: str) -> bool:
    """A heading about the work in general or next steps, not a list of problems."""
    return bool(_EXCLUDED_CHAPTER.search(title)) and "问题" not in title


def is_closing(line: str, following: str | None) -> bool:
    """The report's closing: next steps, contacts, the date, or the signature above the date.

    A signature-like line ("某某镇水利站") counts only above a date or at the very end, so
    a last measure without a full stop ("报中心") is not cut off.
    """
    text = line.strip(" \t")
    if _CLOSING.match(text) or _DATE.fullmatch(text):
        return True
    if not _SIGNATURE.fullmatch(text):
        return False
    return following is None or bool(_DATE.fullmatch(following.strip(" \t")))


def is_area_title(title: str) -> bool:
    """A 方面 heading ("思想认识方面", "…方面存在的问题") rather than a chapter about status."""
    return "方面" in title
