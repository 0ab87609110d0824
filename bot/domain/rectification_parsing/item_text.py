"""Turning one problem's text into a :class:`ParsedItem`: title, measures and labelled fields.

The text is the problem's line after its number plus the lines under it. Labels such as
整改措施： 整改情况： 责任单位： switch what the following words are; without labels the
words after the title are the measures, as in the seed ("（1）思想认识上还不“深”。一是…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.domain.rectification_parsing.deadlines import deadline_date, status_hint
from bot.domain.rectification_parsing.enumeration import first_marker, split_enumerated
from bot.domain.rectification_parsing.models import ParsedItem

MEASURES, PROGRESS, DESCRIPTION, IGNORED = "measures", "progress", "description", "ignored"

_FIELD_LABELS = {
    "owner_unit": ("责任单位", "牵头单位", "责任部门", "牵头部门", "责任股室", "责任科室"),
    "leader": ("责任领导", "牵头领导", "分管领导", "领导责任人"),
    "owner": ("具体责任人", "责任人", "经办人"),
    "deadline": (
        "整改时限",
        "完成时限",
        "整改期限",
        "时限要求",
        "完成时间",
        "整改时间",
        "办结时限",
    ),
}
_SECTION_LABELS = {
    MEASURES: ("整改措施", "具体措施", "整改举措", "主要措施", "措施"),
    PROGRESS: ("整改情况", "整改进展", "进展情况", "完成情况", "整改成效", "落实情况", "整改结果"),
    DESCRIPTION: ("问题描述", "具体表现", "存在问题", "问题表现", "主要表现", "问题"),
    IGNORED: ("整改目标", "目标"),
}
_SHORT = {"措施", "问题", "目标"}  # too common inside sentences: labels only at a line's start

_LABEL_NAME = {lab: name for name, labs in _FIELD_LABELS.items() for lab in labs}
_LABEL_NAME.update({lab: name for name, labs in _SECTION_LABELS.items() for lab in labs})


def _alternation(labels: list[str]) -> str:
    return "|".join(re.escape(lab) for lab in sorted(labels, key=len, reverse=True))


_AT_START = re.compile(
    rf"[【\[]?(?P<label>{_alternation(list(_LABEL_NAME))})[】\]]?\s*(?:[：:]\s*|$)"
)
_INSIDE = re.compile(
    r"(?<![^\s。；;，,！!？?（(）)])"
    rf"(?P<label>{_alternation([lab for lab in _LABEL_NAME if lab not in _SHORT])})\s*[：:]\s*"
)
_TITLE_PREFIX = re.compile(r"(?:巡察组|巡视组)?(?:反馈|存在|指出)?的?问题(?:表现|描述)?\s*[：:]\s*")
_SENTENCE_END = re.compile(r"[。！？!?]")
_DANGLING_BRACKET = re.compile(r"[（(](?=[。；;，,]|$)")  # left behind by a removed （责任单位：…）
_MAX_VALUE = 120  # a unit, a name or a deadline; never a paragraph
_FIELD_END = re.compile(r"[）)。；;]")
_TRIM = " \t；;，,、：:"
_VALUE_TRIM = " \t；;，,。、（）()【】[]"


@dataclass
class _Sections:
    """Words collected per section, and the labelled fields."""

    parts: dict[str, list[str]] = field(
        default_factory=lambda: {MEASURES: [], PROGRESS: [], DESCRIPTION: [], IGNORED: []}
    )
    fields: dict[str, str] = field(default_factory=dict)
    current: str = MEASURES
    labelled_measures: bool = False

    def add(self, text: str) -> None:
        if text.strip(_TRIM + "。！？!?（()）"):
            self.parts[self.current].append(text)

    def switch(self, section: str) -> None:
        # Unlabelled words before an explicit 整改措施： describe the problem, not its fix.
        if section == MEASURES and not self.labelled_measures:
            self.parts[DESCRIPTION].extend(self.parts[MEASURES])
            self.parts[MEASURES] = []
            self.labelled_measures = True
        self.current = section


def build_item(no: int, head: str, body: list[str]) -> ParsedItem:
    """The item numbered ``no`` from its heading text ``head`` and the lines under it."""
    title, rest = split_title(head)
    sections = _Sections()
    for line in [rest, *body]:
        _read_line(line, sections)
    measures, preface = _measures(sections.parts[MEASURES])
    description = _join([*sections.parts[DESCRIPTION], preface])
    if not title and description:
        title, description = description, None
    progress = _join(sections.parts[PROGRESS])
    deadline = sections.fields.get("deadline")
    return ParsedItem(
        no=no,
        title=title,
        measures=measures,
        owner_unit=sections.fields.get("owner_unit"),
        owner=sections.fields.get("owner"),
        deadline=deadline,
        deadline_date=deadline_date(deadline),
        progress=progress,
        status_hint=status_hint(deadline, progress),
        leader=sections.fields.get("leader"),
        description=description,
    )


def split_title(head: str) -> tuple[str, str]:
    """The problem's title and the words after it, cut at the first full stop, label or list."""
    head = head.strip(" \t")
    prefix = _TITLE_PREFIX.match(head)
    if prefix:
        head = head[prefix.end() :]
    cuts = [m.start() for m in (_SENTENCE_END.search(head), _INSIDE.search(head)) if m]
    listed = first_marker(head)
    if listed is not None:
        cuts.append(listed)
    if not cuts:
        return head.strip(_TRIM + "。（("), ""
    cut = min(cuts)
    rest = head[cut + 1 :] if _SENTENCE_END.match(head, cut) else head[cut:]
    return head[:cut].strip(_TRIM + "。（("), rest


def _read_line(line: str, sections: _Sections) -> None:
    """Feed one line: a leading label switches section; labelled fields are taken out."""
    text = line.strip(" \t")
    start = _AT_START.match(text)
    pos = 0
    if start:
        pos = start.end()
        if _apply_label(start.group("label"), sections) in _FIELD_LABELS:
            pos = _take_field(text, start, sections)
    while (match := _INSIDE.search(text, pos)) is not None:
        sections.add(text[pos : match.start()])
        pos = match.end()
        if _apply_label(match.group("label"), sections) in _FIELD_LABELS:
            pos = _take_field(text, match, sections)
    sections.add(text[pos:])


def _take_field(text: str, label: re.Match[str], sections: _Sections) -> int:
    """Store a field's value; return where the words after it resume.

    A value ends at the next label, a closing bracket or a full stop, so
    "（责任单位：办公室）。二是…" keeps "二是…" among the measures.
    """
    window = min(len(text), label.end() + _MAX_VALUE)  # bounded, so many labels stay linear
    stop = resume = window
    end = _FIELD_END.search(text, label.end(), window)
    if end:
        stop, resume = end.start(), end.end()
    following = _INSIDE.search(text, label.end(), window)
    if following and following.start() < stop:
        stop = resume = following.start()
    name = _LABEL_NAME[label.group("label")]
    sections.fields.setdefault(name, text[label.end() : stop].strip(_VALUE_TRIM))
    return resume


def _apply_label(label: str, sections: _Sections) -> str:
    """Switch section for a section label; return the label's meaning."""
    name = _LABEL_NAME[label]
    if name in _SECTION_LABELS:
        sections.switch(name)
    return name


def _measures(lines: list[str]) -> tuple[list[str], str]:
    """The measures in ``lines`` and any words before a numbered list."""
    preface, entries = split_enumerated("\n".join(lines))
    if not entries:
        return [m for m in (_clean(line) for line in lines) if m], ""
    return [m for m in (_clean(entry) for entry in entries) if m], _clean(preface)


def _clean(text: str) -> str:
    """One measure on one line, without list punctuation at its ends."""
    joined = "".join(part.strip(" \t") for part in text.split("\n"))
    return _DANGLING_BRACKET.sub("", joined).strip(_TRIM + "（(")


def _join(parts: list[str]) -> str | None:
    text = "".join(_clean(part) for part in parts if _clean(part))
    return text or None
