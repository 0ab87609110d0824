"""Sentences about absence reports, who is out, and annual leave."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from bot.domain.office import OfficeHours
from messages.html import esc

WEEKDAYS = "一二三四五六日"

CMD_LEAVE = "报请假（隐私模式下用），如 /leave 明天下午请假半天"
CMD_OUT = "报外出（隐私模式下用），如 /out 姜畲大堤巡查，下午3点回"
CMD_WHOSOUT = "今天或某天谁不在岗，如 /whosout 明天"
CMD_BALANCE = "年假余额，领导可查他人：/balance 张三"
CMD_ANNUAL = "设置某人某年的年假天数，如 /annual 张三 7 2026"

BUTTON_UNDO = "撤销"
BUTTON_CHANGE = "修改"
BUTTON_TO_ANNUAL = "改为年假"
BUTTON_CONFIRM = "确认记录"
BUTTON_CANCEL = "取消"
BUTTON_TODAY = "今天"
BUTTON_TOMORROW = "明天"
BUTTON_ADD_PERSON = "新增此人并记录"
BUTTON_RECORD = "记录"
BUTTON_NOT_REPORT = "不是报备"

NOT_IN_GROUP = "请在工作群里报备，大家才能看到。"
LEAVE_USAGE = "请在命令后写上请假的时间和事由，例如：/leave 明天下午请假半天，孩子家长会"
OUT_USAGE = "请在命令后写上外出的事由和返回时间，例如：/out 姜畲大堤巡查，下午3点回"
NOT_UNDERSTOOD = (
    "没看懂这条报备的时间。请写明日期或时间，例如“明天下午请假半天”或“外出，下午3点回”。"
)
NOTHING_TO_RETURN = "没有找到您正在进行的请假或外出记录，无需销假。"
NOTHING_TO_CANCEL = "没有找到对应的请假或外出记录。"
NOTHING_TO_AMEND = "没有找到可以更正的记录。请直接重新报备。"
SPLIT_CANCEL = "要取消的时间在这次请假的中间。已整条撤销，请把仍要请假的时间重新报一下。"
NOT_YOURS = "这是别人的记录，只有本人、报备人或管理员可以操作。"
ALREADY_DONE = "这条已经处理过了。"
QUESTION_EXPIRED = "这个问题已经处理过了。"
CHANGE_HINT = "请直接回复这条消息写明新的时间，例如“改为周二下午”；或编辑您的原消息。"
TOO_LONG = "报备内容太长了（最多 300 个字），请精简后再发。"
OUT_OF_RANGE = (
    "这个时间超出了可记录的范围（一次最长 366 天，年份在 2000–2100 年之间），没有记录。"
    "请检查天数或日期后重新报备。"
)
ANNUAL_USAGE = "用法：/annual 姓名 天数 [年份]，例如 /annual 张三 7 2026"
ANNUAL_BAD_DAYS = "天数应为 0–365 之间的数字（可以是 0.5 的倍数）。"
ANNUAL_BAD_YEAR = "年份应为四位数字，例如 2026。"
BAD_DATE = "看不懂这个日期：“{value}”。请写成 明天、周三、12月3日 或 2026-12-03。"
UNKNOWN_PERSON = "找不到“{who}”。请用已登记的真实姓名或 @用户名。"


@dataclass(frozen=True)
class AwayLine:
    """One person away, as /whosout and the morning post show them."""

    name: str
    kind: str
    start: datetime
    end: datetime
    reason: str | None


def day_text(day: date) -> str:
    return f"{day.month}月{day.day}日（周{WEEKDAYS[day.weekday()]}）"


def period_text(start: datetime, end: datetime, office: OfficeHours) -> str:
    """ "12月3日（周四）下午 14:30–17:30", "12月3日（周四）至12月5日（周六）", … (local times)."""
    s_time, e_time = (
        start.time().replace(second=0, microsecond=0),
        end.time().replace(second=0, microsecond=0),
    )
    clock = f"{s_time:%H:%M}–{e_time:%H:%M}"
    if start.date() == end.date():
        if (s_time, e_time) == (office.day_start, office.day_end):
            return f"{day_text(start.date())}全天"
        if (s_time, e_time) == (office.day_start, office.am_end):
            return f"{day_text(start.date())}上午 {clock}"
        if (s_time, e_time) == (office.pm_start, office.day_end):
            return f"{day_text(start.date())}下午 {clock}"
        return f"{day_text(start.date())} {clock}"
    head = day_text(start.date()) + ("" if s_time == office.day_start else f" {s_time:%H:%M}")
    tail = day_text(end.date()) + ("" if e_time == office.day_end else f" {e_time:%H:%M}")
    return f"{head}至{tail}"


def amount_text(start: datetime, end: datetime, days: float, by_hours: bool) -> str:
    if by_hours and start.date() == end.date():
        minutes = int((end - start).total_seconds() // 60)
        hours, rest = divmod(minutes, 60)
        parts = ([f"{hours} 小时"] if hours else []) + ([f"{rest} 分钟"] if rest else [])
        return " ".join(parts) or "0 分钟"
    return f"{days:g} 个工作日"


def recorded(
    names: Sequence[str],
    kind: str,
    period: str,
    amount: str,
    reason: str | None,
    reporter: str | None,
) -> str:
    who = "、".join(esc(n) for n in names)
    line = f"已记录：{who} {esc(kind)} {period}，{amount}"
    if reason:
        line += f"\n事由：{esc(reason)}"
    if reporter:
        line += f"\n（{esc(reporter)}代报）"
    return line


def annual_first(remaining: float) -> str:
    return f"按局里规定“有事先休年假”：您今年还有 {remaining:g} 天年假，可以改为年假。"


def undone(names: Sequence[str], kind: str, period: str) -> str:
    return f"已撤销：{'、'.join(esc(n) for n in names)} {esc(kind)} {period}"


def switched_to_annual(period: str) -> str:
    return f"已改为年假：{period}"


def returned(name: str, at: datetime, kind: str) -> str:
    return f"欢迎回来，{esc(name)}！{esc(kind)}已于 {at:%H:%M} 结束，已记录销假。"


def cancelled(name: str, kind: str, period: str) -> str:
    return f"好的，已取消 {esc(name)} 的{esc(kind)}：{period}"


def trimmed(name: str, kind: str, period: str) -> str:
    return f"好的，{esc(name)} 的{esc(kind)}已改为：{period}"


def amended(name: str, kind: str, period: str, amount: str) -> str:
    return f"已更正：{esc(name)} {esc(kind)} {period}，{amount}"


def question(problem: str, summary: str) -> str:
    return {
        "no_date": f"收到。请问是哪一天？（{summary}）",
        "end_before_start": f"结束时间早于开始时间，请重新说一下时间。（{summary}）",
        "too_long": f"这次超过 30 个工作日，是否确认记录？（{summary}）",
        "past": f"这是已经过去的日子，是补报吗？确认后记录。（{summary}）",
        "unknown_person": f"名册里没有“{summary}”。是否新增此人并记录？",
        "no_workday": f"这段时间都是节假日或周末，不占工作日。仍要记录吗？（{summary}）",
        "overlap": f"这段时间已有一条记录。是要再记一条吗？如是更正，请说“改为……”。（{summary}）",
        "doubtful": f"这是要报备吗？{summary}",
    }[problem]


def which_to_cancel(count: int) -> str:
    return f"有 {count} 条记录可能是您要取消的，请选择："


def amend_unchanged(name: str, kind: str, period: str) -> str:
    """A correction that would leave the record as it is: what was read, and a question."""
    return (
        f"这条更正没有改动记录：我读到的是 {esc(name)} {esc(kind)} {period}，与原记录相同。"
        "请问要改成什么时间？请写明起止日期，例如“改为12月7日到2027年3月31日”。"
    )


def other_periods(periods: Sequence[str]) -> str:
    """``periods`` are already readable period texts (escaped here)."""
    listed = "；".join(esc(p) for p in periods)
    return f"这条消息里还有其他时段：{listed}。请再发一条报备，以便分别记录。"


def question_dropped() -> str:
    return "好的，这条不记录。"


def return_reminder(name: str, kind: str, end: datetime, reason: str | None) -> str:
    what = f"（{esc(reason)}）" if reason else ""
    return (
        f"{esc(name)}，您报备的{esc(kind)}{what}预计 {end:%H:%M} 返回，现在已过时间。"
        "回到岗位后请在群里说一声“我回来了”。"
    )


def one_line_each(lines: Sequence[AwayLine]) -> list[AwayLine]:
    """One line per person: 上午事假 and 下午事假 read as 全天, not as two people away."""
    merged: dict[str, AwayLine] = {}
    for line in lines:
        seen = merged.get(line.name)
        if seen is None:
            merged[line.name] = line
            continue
        kinds = list(dict.fromkeys([*seen.kind.split("、"), line.kind]))
        reasons = [r for r in (seen.reason, line.reason) if r]
        merged[line.name] = AwayLine(
            line.name,
            "、".join(kinds),
            min(seen.start, line.start),
            max(seen.end, line.end),
            "；".join(dict.fromkeys(reasons)) or None,
        )
    return list(merged.values())


def whos_out(
    title: str,
    lines: Sequence[AwayLine],
    show_private: bool,
    private_kinds: frozenset[str],
    office: OfficeHours,
    present: int | None = None,
    extra: Sequence[str] = (),
) -> str:
    """Grouped by kind, each person once: "事假（2人）\n· 张三 下午 14:30–17:30"."""
    head = f"<b>{esc(title)}</b>"
    lines = one_line_each(lines)
    if not lines:
        body = ["全员在岗。"]
    else:
        body = []
        kinds: dict[str, list[AwayLine]] = {}
        for line in lines:
            kinds.setdefault(line.kind, []).append(line)
        for kind, people in kinds.items():
            body.append(f"{esc(kind)}（{len(people)}人）")
            for person in people:
                entry = f"· {esc(person.name)} {period_text(person.start, person.end, office)}"
                public = not any(k in private_kinds for k in person.kind.split("、"))
                if person.reason and (show_private or public):
                    entry += f"（{esc(person.reason)}）"
                body.append(entry)
    tail = list(extra)
    if present is not None:
        tail.append(f"在岗 {present} 人，不在岗 {len(lines)} 人。")
    return "\n".join([head, *body, *tail])


def morning_title(day: date) -> str:
    return f"今日在岗情况 · {day_text(day)}"


def whosout_title(day: date) -> str:
    return f"{day_text(day)}不在岗情况"


def balance(
    name: str, year: int, entitled: float, used: float, override: bool, hire_known: bool = True
) -> str:
    if override:
        source = "（管理员设定）"
    elif hire_known:
        source = "（按参加工作年限）"
    else:
        source = "（名册中没有参加工作日期，请管理员补录，或用 /annual 设定）"
    left = max(entitled - used, 0)
    return (
        f"<b>{esc(name)} {year} 年年假</b>\n"
        f"应休 {entitled:g} 天{source}\n已休 {used:g} 天\n剩余 {left:g} 天"
    )


def annual_set(name: str, year: int, days: float) -> str:
    return f"已将 {esc(name)} {year} 年的年假设为 {days:g} 天。"


def bad_date(value: str) -> str:
    return BAD_DATE.format(value=esc(value[:30]))


def unknown_person(who: str) -> str:
    return UNKNOWN_PERSON.format(who=esc(who[:30]))
