"""Sentences about the working-day calendar: /holiday, /workday, /holidays."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from messages.absences import day_text
from messages.html import esc

CMD_HOLIDAY = "设定节假日，如 /holiday 2027-01-01 元旦"
CMD_WORKDAY = "设定调休上班日，如 /workday 2027-02-07"
CMD_HOLIDAYS = "查看某年的节假日与调休上班日，如 /holidays 2027"

HOLIDAY_USAGE = "用法：/holiday 日期 [名称]，例如 /holiday 2027-01-01 元旦"
WORKDAY_USAGE = "用法：/workday 日期 [说明]，例如 /workday 2027-02-07"
HOLIDAYS_USAGE = "用法：/holidays [年份]，例如 /holidays 2027"
BAD_DAY = "看不懂日期“{value}”。请写成 2027-01-01。"
BAD_YEAR = "年份应为 2000–2100 之间的四位数字，例如 2027。"

SOURCES = {
    "statutory": "国务院办公厅放假安排（chinese-calendar）",
    "holidays": "python-holidays 的节假日数据（调休上班日未必齐全，未经管理员确认）",
    "weekdays": "没有官方数据，暂按周一至周五上班计",
}


def bad_day(value: str) -> str:
    return BAD_DAY.format(value=esc(value[:30]))


def declared(day: date, workday: bool, name: str | None) -> str:
    what = "调休上班日" if workday else "节假日"
    label = f"（{esc(name)}）" if name else ""
    return f"已设定：{day_text(day)}为{what}{label}，即日起计算请假天数时生效。"


def listing(
    year: int,
    source: str,
    holidays: Sequence[tuple[date, str | None]],
    workdays: Sequence[tuple[date, str | None]],
    declared_days: Sequence[date],
) -> str:
    """A year's non-working weekdays and working weekends; ★ marks days an admin declared."""
    mine = set(declared_days)

    def line(day: date, name: str | None) -> str:
        mark = "★" if day in mine else "·"
        return f"{mark} {day_text(day)}" + (f" {esc(name)}" if name else "")

    lines = [f"<b>{year} 年节假日与调休</b>", f"来源：{SOURCES[source]}"]
    lines.append(f"节假日（{len(holidays)}天）" if holidays else "节假日：无")
    lines += [line(d, n) for d, n in holidays]
    lines.append(f"调休上班（{len(workdays)}天）" if workdays else "调休上班：无")
    lines += [line(d, n) for d, n in workdays]
    if mine:
        lines.append("★ 为管理员设定。")
    return "\n".join(lines)


def unconfirmed(years: Sequence[int]) -> str:
    """Added to a confirmation whose count rests on a year nobody has confirmed."""
    which = "、".join(str(y) for y in years)
    return (
        f"注意：{which} 年的节假日和调休安排尚未确认，天数按现有数据计算，"
        "可能有出入；管理员可用 /holiday、/workday 更正。"
    )
