"""Sentences of the 整改台账 (xlsx), the 整改进展情况报告 draft (docx) and /evidence."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from messages.html import esc

# ---------------------------------------------------------------------- 台账
LEDGER_SHEET = "整改台账"
UPDATES_SHEET = "进展记录"
LEDGER_HEADERS = (
    "序号",
    "方面",
    "类别",
    "问题",
    "整改措施",
    "责任领导",
    "责任人",
    "整改时限",
    "状态",
    "最新进展",
    "进展条数",
    "佐证材料",
    "销号日期",
)
# Widths in characters (a Chinese character is two): about 260 in all, which prints on A4
# landscape at fit-to-width without shrinking the text past reading.
LEDGER_WIDTHS = (6, 16, 18, 22, 50, 10, 10, 12, 9, 36, 8, 22, 12)
UPDATE_HEADERS = ("序号", "问题", "日期", "填报人", "进展内容", "佐证材料")
UPDATE_WIDTHS = (6, 30, 17, 10, 70, 30)


def ledger_title(today: date) -> str:
    return f"巡察反馈问题整改台账（截至{today.year}年{today.month}月{today.day}日）"


def latest_progress(update: Any) -> str:
    """The ledger's 最新进展 cell: "2026-12-01：已完成3个村的资金抽查"."""
    return f"{update.at:%Y-%m-%d}：{update.text}"


def evidence_cell(files: Sequence[str]) -> str:
    if not files:
        return ""
    return f"{len(files)} 个：" + "、".join(files)


KIND_WORDS = {
    "photo": "照片",
    "document": "文件",
    "video": "视频",
    "voice": "语音",
    "audio": "音频",
}


def file_word(kind: str, file_name: str | None) -> str:
    return file_name or KIND_WORDS.get(kind, kind)


# ---------------------------------------------------------------------- 报告
REPORT_TITLE = "关于巡察反馈意见整改进展情况的报告"
NO_AREA = "其他方面"
NO_CATEGORY = "其他问题"
MEASURES_HEAD = "整改措施："
REPORT_STATUS = "整改状态：{status}。"
REPORT_DEADLINE = "整改时限：{deadline}。"
REPORT_OWNER = "责任领导：{leader}；责任人：{owner}。"
REPORT_LATEST = "最新进展（{day}，{author}）：{text}"
REPORT_NO_PROGRESS = "最新进展：暂无进展记录。"
REPORT_AS_STATED = "原报告所述整改情况：{text}"
REPORT_CLOSED = "已于{day}销号。"
REPORT_UNKNOWN = "未明确"
REPORT_FOOTER_LEFT = "第 "
REPORT_FOOTER_RIGHT = " 页"


def cn_day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def report_summary(today: date, total: int, counts: Mapping[str, int]) -> str:
    """截至2026年12月4日，25项问题已完成N项（其中已销号K项）、整改中M项…，完成率P%。"""
    done = counts.get("已完成", 0) + counts.get("已销号", 0)
    closed = counts.get("已销号", 0)
    parts = [f"已完成{done}项" + (f"（其中已销号{closed}项）" if closed else "")]
    for status in ("长期坚持", "整改中", "未启动"):
        if counts.get(status) or status == "整改中":
            parts.append(f"{status}{counts.get(status, 0)}项")
    share = round(done * 100 / total) if total else 0
    return f"截至{cn_day(today)}，{total}项问题" + "、".join(parts) + f"，完成率{share}%。"


def report_file_name(today: date) -> str:
    return f"整改进展情况报告-{today:%Y%m%d}.docx"


def ledger_file_name(today: date) -> str:
    return f"整改台账-{today:%Y%m%d}.xlsx"


# ---------------------------------------------------------------------- /export 台账|报告
LEDGER_WORDS = frozenset({"台账", "整改台账", "ledger"})
REPORT_WORDS = frozenset({"报告", "整改报告", "进展报告", "report"})
PRIVATE_ONLY = "整改台账和报告只在私聊中发送。请私聊我发送 /export 台账 或 /export 报告。"
NOT_IMPORTED = "还没有导入整改事项，无法导出。请管理员先私聊发送整改情况报告文件。"


def ledger_caption(today: date, items: int, updates: int) -> str:
    return f"整改台账（截至{cn_day(today)}）：{items} 项问题，{updates} 条进展。"


def report_caption(today: date, items: int) -> str:
    return (
        f"整改进展情况报告初稿（截至{cn_day(today)}，{items} 项问题），请在 Word/WPS 中修改定稿。"
    )


def cli_written(path: str, items: int, updates: int) -> str:
    return f"已导出 {path}：{items} 项问题，{updates} 条进展。"


def cli_bad_suffix(path: str) -> str:
    return f"--out：文件名“{path}”应以 .xlsx（整改台账）或 .docx（整改进展情况报告）结尾。"


CLI_NOT_IMPORTED = "数据库里还没有整改事项，请先运行 bureau-bot import-rectification FILE。"


# ---------------------------------------------------------------------- /evidence
EVIDENCE_USAGE = "用法：/evidence 12 —— 发送第 12 项问题的全部佐证材料（最新的在前）。"
EVIDENCE_LIMIT = 20  # files per request: a phone chat, not an archive


def no_evidence(number: int) -> str:
    return f"第 {number} 项还没有佐证材料。用 /progress {number} 进展 并附照片或文件即可上传。"


def evidence_heading(number: int, title: str, total: int, shown: int) -> str:
    head = f"第 {number} 项“{esc(title)}”的佐证材料共 {total} 个"
    if shown < total:
        return head + f"，以下是最新的 {shown} 个。"
    return head + "，最新的在前。"


def evidence_caption(number: int, author: str | None, at: datetime, text: str) -> str:
    note = text if len(text) <= 200 else text[:199] + "…"
    who = esc(author or "未知")
    return f"第 {number} 项 · {who} · {at:%Y-%m-%d %H:%M}\n{esc(note)}"


def evidence_failed(count: int) -> str:
    return f"有 {count} 个文件无法发送（可能已被 Telegram 清理）。"


CMD_EVIDENCE = "某项问题的佐证材料，如 /evidence 12"
