"""Sentences about reminders: /remind and its answers, the list, and the reminder itself.

Schedules in words and schedule errors come from :mod:`messages.schedules`; everything a
person typed is escaped here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from messages.html import esc
from messages.schedules import fire_time

CMD_REMIND = "设置提醒，如 /remind 每周一 08:30 堤防巡查"
CMD_REMINDERS = "查看提醒（编号、时间、下次提醒）"
CMD_UNREMIND = "删除提醒，如 /unremind 3"
CMD_PAUSE = "暂停提醒，如 /pause 3"
CMD_RESUME = "恢复提醒，如 /resume 3"

EXAMPLES = (
    "可以这样写：\n"
    "/remind 每周一 08:30 堤防巡查，请各责任人按时出发\n"
    "/remind 工作日 8:20 交日报\n"
    "/remind 每月1日 9:00 报送上月工作总结\n"
    "/remind 4月至9月 每天 8:00 防汛值班交接\n"
    "/remind 明天下午3点 党组会"
)
NEED_NUMBER = "请写提醒编号，例如 /{command} 3（编号见 /reminders）。"
NO_REMINDERS = "还没有提醒。用 /remind 设置，" + EXAMPLES
LIST_LIMIT = 30


def usage(problem: str) -> str:
    """A refused /remind: the schedule's problem, then examples to copy."""
    return f"{esc(problem)}\n{EXAMPLES}"


def text_too_long(limit: int) -> str:
    return f"提醒内容太长了（最多 {limit} 个字），请精简后再设置。"


def too_many(limit: int) -> str:
    return f"您已有 {limit} 条提醒，已到上限。请先用 /unremind 删除不再需要的提醒。"


def need_number(command: str) -> str:
    return NEED_NUMBER.format(command=command)


def not_found(number: str) -> str:
    return f"没有编号为 {esc(number[:20])} 的提醒（见 /reminders）。"


def not_yours(number: int, owner: str) -> str:
    return f"提醒 #{number} 是 {esc(owner)} 设置的，只有设置人、领导或管理员可以修改。"


def created(
    number: int,
    rule: str,
    text: str,
    times: Sequence[datetime],
    *,
    personal: bool,
    in_group: bool,
    missing_years: Iterable[int] = (),
) -> str:
    if personal:
        kind, where = (
            "个人提醒",
            "到时私聊提醒您" + ("，无法私聊时在群里提醒您" if in_group else ""),
        )
    else:
        kind, where = "群提醒", "到时发到本群"
    lines = [
        f"好的，已设置{kind} #{number}（{where}）。",
        f"时间：{esc(rule)}",
        f"内容：{esc(text)}",
    ]
    if len(times) == 1:
        lines.append(f"提醒时间：{fire_time(times[0])}")
    else:
        lines.append(f"接下来{'三' if len(times) == 3 else len(times)}次：")
        lines += [f"· {fire_time(t)}" for t in times]
    for year in sorted(set(missing_years)):
        lines.append(
            f"注：{year}年的法定节假日安排尚未收录，其中的工作日按现有数据计算，"
            "调休上班日可能缺失（管理员可用 /holiday、/workday 补充）。"
        )
    lines.append(f"查看：/reminders　暂停：/pause {number}　删除：/unremind {number}")
    return "\n".join(lines)


@dataclass(frozen=True)
class Listed:
    number: int
    rule: str
    text: str
    next_time: datetime | None
    owner: str
    personal: bool
    paused: bool


def listing(items: Sequence[Listed]) -> str:
    if not items:
        return NO_REMINDERS
    lines = ["<b>提醒</b>"]
    for item in items[:LIST_LIMIT]:
        flags = "".join(
            flag for flag, on in (("（个人）", item.personal), ("（已暂停）", item.paused)) if on
        )
        short = item.text if len(item.text) <= 30 else item.text[:29] + "…"
        lines.append(f"#{item.number} {esc(item.rule)}{flags} · {esc(short)}")
        if item.paused:
            nxt = f"已暂停，恢复请发 /resume {item.number}"
        elif item.next_time is not None:
            nxt = f"下次：{fire_time(item.next_time)}"
        else:
            nxt = "不会再提醒"
        lines.append(f"　　{nxt}（{esc(item.owner)}设置）")
    if len(items) > LIST_LIMIT:
        lines.append(f"……另有 {len(items) - LIST_LIMIT} 条未列出。")
    lines.append(f"共 {len(items)} 条。删除 /unremind 编号，暂停 /pause 编号，恢复 /resume 编号。")
    return "\n".join(lines)


def deleted(number: int, text: str) -> str:
    short = text if len(text) <= 30 else text[:29] + "…"
    return f"已删除提醒 #{number}：{esc(short)}"


def paused(number: int) -> str:
    return f"已暂停提醒 #{number}。恢复请发 /resume {number}。"


def already_paused(number: int) -> str:
    return f"提醒 #{number} 已经是暂停状态。恢复请发 /resume {number}。"


def not_paused(number: int) -> str:
    return f"提醒 #{number} 没有暂停，无需恢复。"


def finished(number: int) -> str:
    return f"提醒 #{number} 已经结束（一次性提醒已发出或时间已过），如需再提醒请重新设置。"


def resumed(number: int, next_time: datetime) -> str:
    return f"已恢复提醒 #{number}，下次：{fire_time(next_time)}。"


def resumed_never(number: int) -> str:
    return f"提醒 #{number} 的时间已经过去，不会再提醒，已将其结束。"


def reminder(
    number: int, text: str, *, late_from: datetime | None = None, mention: str | None = None
) -> str:
    """The reminder as posted. ``mention`` is pre-built HTML (see :func:`mention`)."""
    head = f"⏰ <b>提醒 #{number}</b>"
    if late_from is not None:
        head = f"⏰ <b>提醒 #{number}（补发）</b>"
    body = f"{head}：{esc(text)}"
    if mention:
        body = f"{mention} {body}"
    if late_from is not None:
        body += f"\n（原定 {fire_time(late_from)}，助手当时未在运行，现补发）"
    return body


def mention(name: str, tg_user_id: int | None) -> str:
    if tg_user_id is None:
        return esc(name)
    return f'<a href="tg://user?id={int(tg_user_id)}">{esc(name)}</a>'


def calendar_missing(year: int) -> str:
    return (
        f"提示（管理员）：节假日数据中还没有 {year} 年的法定放假和调休安排（国务院通知）。"
        f"{year} 年的“工作日”提醒和考勤暂按 python-holidays 的节假日计算（调休上班日可能缺失），"
        f"没有数据时按周一至周五。请用 /holidays {year} 核对，用 /holiday、/workday 补充或更正，"
        "即时生效，无需重启。"
    )
