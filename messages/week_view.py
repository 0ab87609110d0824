"""Sentences of the week and month views of who is out (/whosout 本周, /calendar)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from bot.domain.office import OfficeHours
from messages.absences import day_text
from messages.html import esc

CMD_CALENDAR = "请假外出日历图，如 /calendar 本周、/calendar 下周"
SPAN_NAMES = {"week": "本周", "next_week": "下周"}
CHART_KINDS_TITLE = "图例"
HOLIDAY_CELL = "休"
ALL_PRESENT = "全员在岗。"
EVERY_DAY_PRESENT = "每个工作日都全员在岗。"


@dataclass(frozen=True)
class DayLine:
    name: str
    kind: str
    start: datetime
    end: datetime
    reason: str | None


def span_title(kind: str, first: date, last: date, today: date, department: str | None) -> str:
    """ "本周（11月30日–12月6日）", "12月", "2027年1月", with the department in front."""
    if kind in SPAN_NAMES:
        name = f"{SPAN_NAMES[kind]}（{first.month}月{first.day}日–{last.month}月{last.day}日）"
    elif first.year == today.year:
        name = f"{first.month}月"
    else:
        name = f"{first.year}年{first.month}月"
    return f"{esc(department)} · {name}" if department else name


def part_of_day(start: datetime, end: datetime, office: OfficeHours) -> str:
    span = (start.time().replace(second=0, microsecond=0), end.time().replace(second=0))
    if span == (office.day_start, office.day_end):
        return "全天"
    if span == (office.day_start, office.am_end):
        return "上午"
    if span == (office.pm_start, office.day_end):
        return "下午"
    return f"{span[0]:%H:%M}–{span[1]:%H:%M}"


def days_view(
    title: str,
    days: Sequence[tuple[date, Sequence[DayLine]]],
    show_private: bool,
    private_kinds: Collection[str],
    office: OfficeHours,
    *,
    skip_quiet: bool,
) -> str:
    """A block per working day; a month leaves out the days everyone was in."""
    out = [f"<b>{title}不在岗情况</b>"]
    if not days:
        out.append("这段时间没有工作日。")
        return "\n".join(out)
    if not any(lines for _day, lines in days):
        out.append(EVERY_DAY_PRESENT)
        return "\n".join(out)
    quiet = 0
    for day, lines in days:
        if not lines and skip_quiet:
            quiet += 1
            continue
        out.append("")
        out.append(f"<b>{day_text(day)}</b>")
        if not lines:
            out.append(ALL_PRESENT)
        for line in lines:
            entry = (
                f"· {esc(line.name)} {esc(line.kind)} {part_of_day(line.start, line.end, office)}"
            )
            if line.reason and (show_private or line.kind not in private_kinds):
                entry += f"（{esc(line.reason)}）"
            out.append(entry)
    if skip_quiet and quiet:
        out.append("")
        out.append("其余工作日全员在岗。")
    return "\n".join(out)


def bad_month(value: str) -> str:
    return f"没有“{esc(value[:20])}”这个月份。请写 1–12 月，例如 /whosout 12月。"


def unknown_department(value: str, known: Sequence[str]) -> str:
    head = f"名册里没有“{esc(value[:20])}”这个部门。"
    if not known:
        return head + "名册里还没有登记部门，请管理员导入名册（bureau-bot import-members）。"
    return head + "现有部门：" + "、".join(esc(k) for k in known) + "。"


def calendar_empty(title: str) -> str:
    return f"{title}全员在岗，没有请假或外出。"


def calendar_caption(title: str, people: int) -> str:
    return f"{title}请假外出日历：{people} 人有请假或外出。"


CALENDAR_USAGE = "用法：/calendar 本周、/calendar 下周、/calendar 12月 或 /calendar 工程股。"


def chart_title(title: str) -> str:
    return f"{title} 请假外出日历"


def weekday_label(day: date, workday_weekend: bool) -> str:
    names = "一二三四五六日"
    return f"{day.month}/{day.day}\n周{names[day.weekday()]}" + (
        "\n(班)" if workday_weekend else ""
    )
