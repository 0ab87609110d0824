"""Sentences about the flood-season duty roster (值班表) and check-ins (值班登记)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from messages.html import esc

CMD_DUTY = "查看值班表，如 /duty 明天"
CMD_CHECKIN = "值班登记（值班人员到岗后发送）"

_WEEKDAYS = "一二三四五六日"
_FIELDS = {"header": "表头", "date": "日期", "name": "姓名", "role": "角色"}
_HEADER = "第一行应为表头：日期,姓名,角色（角色写 带班 或 值班），或 日期,带班,值班"
IMPORT_HINT = f"请把值班表（CSV 或 xlsx）作为文件私聊发给我，并在说明里写“值班表”。{_HEADER}。"


def day_text(day: date) -> str:
    """ "2026年6月1日（周一）"."""
    return f"{day.year}年{day.month}月{day.day}日（周{_WEEKDAYS[day.weekday()]}）"


def _short_day(day: date) -> str:
    return f"{day.month}月{day.day}日（周{_WEEKDAYS[day.weekday()]}）"


def _hm(moment: datetime | time) -> str:
    return f"{moment:%H:%M}"


def _names(names: Sequence[str]) -> str:
    return "、".join(esc(n) for n in names) if names else "（未安排）"


def roster(
    day: date,
    leads: Sequence[str],
    duties: Sequence[tuple[str, datetime | None]],
    *,
    today: date,
) -> str:
    """``/duty``: who leads, who is on duty and (for today and earlier) who checked in."""
    if not leads and not duties:
        return f"{day_text(day)}没有值班安排。"
    lines = [f"<b>{day_text(day)}值班</b>", f"带班：{_names(leads)}"]
    shown = []
    for name, checked in duties:
        if day > today:
            shown.append(esc(name))
        elif checked is not None:
            shown.append(f"{esc(name)}（已登记 {_hm(checked)}）")
        else:
            shown.append(f"{esc(name)}（未登记）")
    lines.append(f"值班：{'、'.join(shown) if shown else '（未安排）'}")
    return "\n".join(lines)


def bad_day(text: str) -> str:
    return f"没看懂日期“{esc(text[:20])}”。请写 今天、明天、6月1日、2026-06-01 或 周三。"


def morning_post(
    day: date, leads: Sequence[str], duties: Sequence[str], deadline: time, *, late: bool
) -> str:
    head = "【今日值班】" + ("（补发）" if late else "")
    return "\n".join(
        [
            f"<b>{head}{day_text(day)}</b>",
            f"带班：{_names(leads)}",
            f"值班：{_names(duties)}",
            f"值班人员到岗后请发送 /checkin 登记（{_hm(deadline)} 前）。",
        ]
    )


def roster_missing(day: date) -> str:
    return (
        f"提示（管理员）：今天（{_short_day(day)}）在防汛值班期内，但值班表中没有今天的安排。"
        "请导入值班表：bureau-bot import-duty 文件，或" + IMPORT_HINT
    )


def nudge_group(mention_html: str, deadline: time) -> str:
    """``mention_html`` is already escaped."""
    return (
        f"{mention_html} 您今天值班，截至 {_hm(deadline)} 还没有值班登记，请到岗后发送 /checkin。"
    )


def nudge_lead(name: str, day: date, deadline: time) -> str:
    return f"提示：{esc(name)} 今天（{_short_day(day)}）值班，截至 {_hm(deadline)} 还没有值班登记。"


def absence_warning(
    name: str, role: str, day: date, kind: str, start: datetime, end: datetime, *, tomorrow: bool
) -> str:
    when = "明天" if tomorrow else "今天"
    period = f"{start.month}月{start.day}日 {_hm(start)} 至 {end.month}月{end.day}日 {_hm(end)}"
    return (
        f"提示：{esc(name)} {when}（{_short_day(day)}）{role}，但已报备{esc(kind)}（{period}）。"
        "请及时安排替班，并更新值班表。"
    )


def checkin_done(name: str, at: datetime, deadline: time) -> str:
    late = f"，晚于 {_hm(deadline)}" if at.time() > deadline else ""
    return f"{esc(name)} 值班登记成功（{_hm(at)}{late}）。"


def checkin_again(at: datetime) -> str:
    return f"您今天已于 {_hm(at)} 登记过了。"


def not_on_duty(day: date) -> str:
    return f"您今天（{_short_day(day)}）不在值班表上，无需登记。如有调班，请联系管理员更新值班表。"


def note_too_long(limit: int) -> str:
    return f"登记备注太长了（最多 {limit} 个字）。"


# --- import -------------------------------------------------------------------------------


def roster_error(line: int, field: str, problem: str, value: object) -> str:
    """One line: where, which field, what was expected."""
    what = {
        "empty": f"文件是空的，{_HEADER}",
        "no_date_column": f"找不到“日期”列，{_HEADER}",
        "no_name_column": f"找不到“姓名”列（或“带班”“值班”列），{_HEADER}",
        "no_rows": "表中没有值班安排",
        "missing": "不能为空",
        "too_long": f"太长（最多 {value} 个字）",
        "bad_role": f"“{value}”不是值班角色，应为 带班 或 值班",
        "bad_date": f"“{value}”不是日期，应如 2026-06-01",
        "no_year": f"“{value}”缺少年份，应如 2026-06-01",
        "out_of_range": f"“{value}”不在合理范围内",
    }.get(problem)
    if problem == "duplicate" and isinstance(value, tuple):
        what = f"“{value[0]}”与第 {value[1]} 行重复"
    return f"值班表错误：第 {line} 行，{_FIELDS.get(field, field)}：{what or problem}"


def unknown_people(names: Sequence[tuple[str, int]]) -> str:
    listed = "、".join(f"{name}（第 {line} 行）" for name, line in names[:10])
    more = f"等 {len(names)} 人" if len(names) > 10 else ""
    return (
        f"值班表错误：{listed}{more}不在成员名单中。"
        "请先导入名册（bureau-bot import-members），或核对姓名后重新导入。"
    )


def imported(days: int, added: int, removed: int, unchanged: int) -> str:
    return f"值班表已导入：共 {days} 天，新增 {added} 条，移除 {removed} 条，未变 {unchanged} 条。"


def file_error(problem: str) -> str:
    what = {
        "too_large": "文件太大（最多 10 MB）",
        "bad_type": "不支持这种文件，请用 .csv 或 .xlsx",
        "encoding": "无法识别文件编码，请另存为 UTF-8 的 CSV",
        "bad_xlsx": "不是有效的 xlsx 工作簿",
        "too_large_unpacked": "文件解压后太大（最多 20 MB），请只保留值班表本身",
        "too_many_rows": "行数太多（最多 100000 行）",
    }.get(problem, "无法读取这个文件")
    return f"值班表错误：{what}。"
