"""Sentences about importing a rectification report: its warnings and why it was refused.

The domain hands back codes with numbers (``ImportWarning(code, data)``,
``NotAReportError.code``); the wording lives here so it can change without touching parsing.
Nothing here comes from what a person typed, so no escaping is needed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol


class WarningLike(Protocol):
    """Anything with a warning ``code`` and its ``data`` (the domain's ``ImportWarning``)."""

    code: str
    data: Mapping[str, Any]


def count_mismatch(stated: int, found: int) -> str:
    return f"文中写明 {stated} 条问题，实际识别到 {found} 条，请核对原文。"


def renumbered(count: int) -> str:
    return f"原文问题编号不连续（如按类别分别从 1 编号），已按出现顺序统一编为 1–{count} 号。"


def numbering_gap(missing: list[int]) -> str:
    numbers = "、".join(str(n) for n in missing)
    return f"问题编号缺少第 {numbers} 号，请核对原文是否漏项。"


def no_measures(no: int) -> str:
    return f"第 {no} 条问题没有识别到整改措施。"


_WARNINGS: dict[str, Callable[..., str]] = {
    "count_mismatch": count_mismatch,
    "renumbered": renumbered,
    "numbering_gap": numbering_gap,
    "no_measures": no_measures,
}

_ERRORS = {
    "empty": "文件是空的，没有可导入的内容。",
    "no_items": (
        "没有在文件中识别到整改问题。请发送整改情况报告正文，问题应带编号，"
        "如“（1）……。一是……”“1.……”或“问题1：……”，也可以是带“问题”“整改措施”表头的表格。"
    ),
    "too_large": "文件太大（超过 2 MB），请只发送整改报告正文。",
}


def render_warning(warning: WarningLike) -> str:
    """One warning as a sentence; an unknown code still says something useful."""
    render = _WARNINGS.get(warning.code)
    if render is None:
        return f"导入提示：{warning.code}"
    return render(**warning.data)


def render_warnings(warnings: Iterable[WarningLike]) -> list[str]:
    """All warnings, one sentence each, in the order found."""
    return [render_warning(w) for w in warnings]


def render_error(code: str) -> str:
    """Why a file was not imported (``NotAReportError.code``)."""
    return _ERRORS.get(code, "无法读取这份整改报告。")
