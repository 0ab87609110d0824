"""Sentences and headers of the monthly attendance workbook (考勤月报)."""

from __future__ import annotations

from collections.abc import Sequence

from messages.html import esc

CMD_EXPORT = (
    "导出考勤工作簿、整改台账或报告（仅私聊），如 /export 2026-11、/export 台账、/export 报告"
)

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
RECORD_WIDTHS = (14, 12, 16, 19, 19, 32, 52)
# With 请假审批 on: two more columns on each sheet.
APPROVAL_RECORD_HEADERS = ("审批状态", "审批人")
APPROVAL_RECORD_WIDTHS = (10, 10)
APPROVAL_SUMMARY_HEADERS = ("待审批请假（天）", "未批准请假（天）")


def summary_headers(
    day_kinds: Sequence[str], categories: Sequence[str], partial_kinds: Sequence[str]
) -> list[str]:
    return [
        "姓名",
        "部门",
        "应出勤天数",
        *(f"{kind}（天）" for kind in day_kinds),
        "请假合计（天）",
        "外出次数",
        "外出时长（小时）",
        *(f"{kind}次数" for kind in partial_kinds),
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


# ---------------------------------------------------------------------- 考勤表
SHEET_MARKS = "考勤表"
WEEKDAY_MARKS = "一二三四五六日"
ADJUSTED_WORKDAY = "班"  # a weekend day worked (调休上班)
HOLIDAY = "休"  # a weekday holiday
MARK_HEADERS_HEAD = ("序号", "姓名", "部门")
OTHER_LEAVE = "其他假"
MARK_TAIL = ("应出勤天数", "实出勤天数")
MARK_LEGEND = (
    "说明：√ 出勤；事 事假；病 病假；年 年休假；调 调休；婚 婚假；产 产假；丧 丧假；"
    "差 出差；外 外出；培 培训；会 会议；陪 探 护 假 其他假；○ 半天（如“事○”为半天事假、"
    "半天出勤）；“事/外”为上午、下午各一项。灰色为周末和法定节假日，“班”为调休上班日。"
    "差、外、培、会计入实出勤。"
)
SIGNATURES = (
    "制表人：＿＿＿＿＿＿　　　科室负责人：＿＿＿＿＿＿　　　分管领导：＿＿＿＿＿＿"
    "　　　填报日期：　　　　年　　月　　日"
)


def marks_title(year: int, month: int) -> str:
    return f"{year}年{month}月考勤表"


def day_header(day: int, weekday: int, workday: bool) -> str:
    """ "10\n六" (a Saturday), "10\n班" (a Saturday worked), "1\n休" (a weekday holiday)."""
    if workday and weekday >= 5:
        return f"{day}\n{ADJUSTED_WORKDAY}"
    if not workday and weekday < 5:
        return f"{day}\n{HOLIDAY}"
    return f"{day}\n{WEEKDAY_MARKS[weekday]}"


def count_header(mark: str) -> str:
    return OTHER_LEAVE if mark == "其他" else mark


# ---------------------------------------------------------------------- the year
SHEET_YEAR = "年度出勤汇总"
YEAR_NOTES = "备注"
YEAR_ON_DUTY = "实出勤天数"
YEAR_BAD = "--year：请写四位年份，例如 2026。"
MONTH_OR_YEAR = "请写 --month 2026-11（月度工作簿）或 --year 2026（年度汇总），二者选一。"


def year_title(year: int) -> str:
    return f"{year}年度出勤情况汇总（列入年度绩效考核）"


def year_file_name(year: int) -> str:
    return f"attendance-{year}.xlsx"


def year_note(unreported_months: dict[int, int]) -> str:
    if not unreported_months:
        return ""
    return "未报备：" + "、".join(f"{m}月{n}次" for m, n in unreported_months.items())


def year_written(path: str, members: int, year: int) -> str:
    return f"已导出 {path}：{year} 年度出勤汇总，{members} 人。"
