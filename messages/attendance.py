"""Sentences and headers of the monthly attendance workbook (考勤月报)."""

from __future__ import annotations

from collections.abc import Sequence

from messages.html import esc

CMD_EXPORT = "导出月度考勤工作簿（仅私聊），如 /export 2026-11"

SHEET_SUMMARY = "出勤汇总"
SHEET_RECORDS = "明细"
TOTAL = "合计"
NOTE_PREFIX = "督查·"

PRIVATE_ONLY = "考勤工作簿含个人请假事由，只在私聊中发送。请私聊我发送 /export 2026-11。"

MONTH_ERRORS = {
    "empty": "请写月份，例如 2026-11、2026年11月 或 11月。",
    "format": "看不懂月份“{value}”。请写成 2026-11、2026年11月 或 11月。",
    "range": "月份“{value}”不存在：月份应为 1–12，年份 2000–2100，例如 2026-11。",
}

RECORD_HEADERS = ("日期", "姓名", "类别", "开始", "结束", "事由/核对", "来源消息")
RECORD_WIDTHS = (12, 10, 14, 17, 17, 30, 50)
# With 请假审批 on: two more columns on each sheet.
APPROVAL_RECORD_HEADERS = ("审批状态", "审批人")
APPROVAL_RECORD_WIDTHS = (10, 10)
APPROVAL_SUMMARY_HEADERS = ("待审批请假（天）", "未批准请假（天）")


def summary_headers(day_kinds: Sequence[str], categories: Sequence[str]) -> list[str]:
    return [
        "姓名",
        "部门",
        "应出勤天数",
        *(f"{kind}（天）" for kind in day_kinds),
        "请假合计（天）",
        "外出次数",
        "外出时长（小时）",
        *(f"{NOTE_PREFIX}{category}" for category in categories),
        "未报备次数",
        "值班登记次数",
    ]


def month_error(code: str, value: str) -> str:
    return MONTH_ERRORS.get(code, MONTH_ERRORS["format"]).format(value=value[:30])


def cli_month_error(code: str, value: str) -> str:
    return "--month：" + month_error(code, value)


def no_data(label: str) -> str:
    return f"{label} 没有任何请假、外出、督查或值班记录，未生成工作簿。"


def no_members() -> str:
    return "名册里还没有任何成员，无法生成考勤工作簿。"


def file_name(label: str) -> str:
    return f"attendance-{label}.xlsx"


def caption(label: str, members: int, records: int) -> str:
    return f"{esc(label)} 考勤工作簿：{members} 人，{records} 条明细。"


def written(path: str, members: int, records: int) -> str:
    return f"已导出 {path}：{members} 人，{records} 条明细。"


def cannot_write(path: str, detail: str) -> str:
    return f"错误：无法写入 {path}（{detail}）"
