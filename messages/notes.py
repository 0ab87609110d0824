"""Sentences about discipline notes (作风督查记录) and the leaders' daily summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from messages.absences import day_text
from messages.html import esc

CMD_NOTE = "记作风督查，如 /note 9:10 抽查二楼，李四不在岗（可回复某人消息或 @ 某人）"
CMD_NOTES = "查督查记录：/notes [日期|@人|月份]，如 /notes 昨天、/notes 11月"
CMD_EDITNOTE = "修改督查记录：/editnote 编号 新内容"
CMD_DELNOTE = "删除督查记录：/delnote 编号"

BUTTON_CATEGORY = "改类别"
BUTTON_DELETE = "删除记录"
BUTTON_BACK = "返回"

UNREPORTED = "未报备"
MAX_TEXT = 500

NOTE_USAGE = (
    "用法：/note [时间] 内容，例如“/note 9:10 抽查二楼，李四不在岗”。"
    "被检查人可以 @ 提及、回复其消息或写真实姓名；时间不写即为现在。"
)
NOTE_TOO_LONG = f"督查记录太长了（最多 {MAX_TEXT} 个字），请精简后再发。"
NOBODY = (
    "没有看出记的是谁。请写被检查人的真实姓名、@ 提及，或回复其消息后再发 /note；"
    "不针对个人的记录请写明类别，如“工作纪律”。"
)
NOT_YOURS = "只有记录人或管理员可以修改或删除这条督查记录。"
GONE = "这条督查记录已删除或不存在。"
EDIT_USAGE = "用法：/editnote 编号 新内容，例如 /editnote 12 9:20 李四迟到"
DELETE_USAGE = "用法：/delnote 编号，例如 /delnote 12"
NOTES_BAD = "看不懂“{value}”。请写日期（昨天、11月28日）、@某人或姓名、或月份（2026-11、11月）。"
CHOOSE_CATEGORY = "请选择类别："

TIME_ERRORS = {
    "future": "督查时间“{value}”还没到。请写已经发生的时间，如 9:10 或 今天上午。",
    "too_old": "督查时间“{value}”是一年多以前，请检查日期。",
    "bad_date": "看不懂时间“{value}”。请写成 9:10、今天上午、昨天下午3点 或 11月28日。",
}


@dataclass(frozen=True)
class PersonLine:
    name: str
    cover: str | None  # "事假 08:30–12:00" when covered, None when 未报备
    checked: bool = True  # False: the note's category is not about absence (no status)


@dataclass(frozen=True)
class NoteView:
    id: int
    when: str
    category: str
    people: Sequence[PersonLine]
    text: str
    author: str


def time_error(code: str, value: str) -> str:
    return TIME_ERRORS.get(code, TIME_ERRORS["bad_date"]).format(value=esc(value[:30]))


def unknown_people(handles: Sequence[str]) -> str:
    who = "、".join(esc(h[:20]) for h in handles)
    return f"找不到 {who}：不是本群已登记的成员。请用真实姓名或成员的 @用户名，未记录。"


def when_text(at: datetime, until: datetime | None) -> str:
    """ "11月30日（周一）09:10" or, for a span, "11月30日（周一）08:30–12:00"."""
    if until is None or until <= at:
        return f"{day_text(at.date())}{at:%H:%M}"
    if until.date() == at.date():
        return f"{day_text(at.date())}{at:%H:%M}–{until:%H:%M}"
    return f"{day_text(at.date())}{at:%H:%M}至{day_text(until.date())}{until:%H:%M}"


def cover_text(kind: str, start: datetime, end: datetime, day: date) -> str:
    """ "事假 08:30–12:00" on the note's day; dates when the report is on other days."""
    if start.date() == end.date() == day:
        return f"{kind} {start:%H:%M}–{end:%H:%M}"
    if start.date() == end.date():
        return f"{kind} {start.month}月{start.day}日 {start:%H:%M}–{end:%H:%M}"
    return (
        f"{kind} {start.month}月{start.day}日 {start:%H:%M}至{end.month}月{end.day}日 {end:%H:%M}"
    )


def status_text(cover: str | None, checked: bool = True) -> str:
    """What the workbook and the lists say about one person: 已报备（…）, 未报备, or nothing
    for a note that is not about absence."""
    if not checked:
        return ""
    return f"已报备（{cover}）" if cover else UNREPORTED


def recorded(view: NoteView, edited: bool = False) -> str:
    head = "已修改督查记录" if edited else "已记录作风督查"
    lines = [f"<b>{head} #{view.id}</b>：{esc(view.when)} · {esc(view.category)}"]
    for person in view.people:
        if not person.checked:
            lines.append(f"· {esc(person.name)}")
        elif person.cover:
            lines.append(f"· {esc(person.name)}：已报备（{esc(person.cover)}）")
        else:
            lines.append(f"· {esc(person.name)}：<b>未报备</b>（查无覆盖该时间的请假或外出报备）")
    lines.append(f"内容：{esc(view.text)}")
    lines.append(f"记录人：{esc(view.author)}")
    return "\n".join(lines)


def deleted(note_id: int) -> str:
    return f"已删除督查记录 #{note_id}（删除操作已记入审计记录）。"


def category_set(category: str) -> str:
    return f"类别已改为：{esc(category)}"


def _people_short(people: Sequence[PersonLine]) -> str:
    return "、".join(
        esc(p.name) + (f"（{'已报备' if p.cover else UNREPORTED}）" if p.checked else "")
        for p in people
    )


def listing(title: str, views: Sequence[NoteView], more: int) -> str:
    lines = [f"<b>{esc(title)}</b>"]
    if not views:
        lines.append("没有督查记录。")
    for view in views:
        who = _people_short(view.people)
        summary = view.text if len(view.text) <= 40 else view.text[:39] + "…"
        lines.append(
            f"#{view.id} {esc(view.when)} {esc(view.category)}"
            + (f" · {who}" if who else "")
            + f"\n    {esc(summary)}（{esc(view.author)}）"
        )
    if more:
        lines.append(f"……还有 {more} 条。完整记录请私聊我用 /export 导出月度工作簿。")
    return "\n".join(lines)


def list_title_day(day: date) -> str:
    return f"督查记录 · {day_text(day)}"


def list_title_month(year: int, month: int) -> str:
    return f"督查记录 · {year}年{month}月"


def list_title_person(name: str, year: int, month: int) -> str:
    return f"{name}的督查记录 · {year}年{month}月"


def bad_listing(value: str) -> str:
    return NOTES_BAD.format(value=esc(value[:30]))


# ---------------------------------------------------------------------- daily summary
@dataclass(frozen=True)
class OutLine:
    name: str
    kind: str
    end: datetime
    overdue: bool  # a 外出 whose return time passed without "我回来了"


def summary(
    day: date,
    notes: Sequence[NoteView],
    unreported: Sequence[tuple[str, str, str]],
    still_out: Sequence[OutLine],
) -> str:
    """The leaders' end-of-day summary. ``unreported``: (name, time, category)."""
    lines = [f"<b>督查与考勤小结 · {day_text(day)}</b>"]
    lines.append(f"今日督查记录（{len(notes)}条）" if notes else "今日督查记录：无")
    for view in notes:
        who = _people_short(view.people)
        head = f"· #{view.id} {esc(view.when[-5:])} {esc(view.category)}"
        lines.append(head + (f" · {who}" if who else ""))
    lines.append(f"未报备（{len(unreported)}人次）" if unreported else "未报备：无")
    for name, when, category in unreported:
        lines.append(f"· {esc(name)} {esc(when)} {esc(category)}")
    # A leave still running as planned is not the same as someone overdue (尚未销假).
    away = [o for o in still_out if not o.overdue]
    overdue = [o for o in still_out if o.overdue]
    if away:
        lines.append(f"休假中（{len(away)}人）")
    for out in away:
        if out.end.date() == day:
            lines.append(f"· {esc(out.name)} {esc(out.kind)}，至 {out.end:%H:%M}")
        else:
            until = f"{out.end.month}月{out.end.day}日 {out.end:%H:%M}"
            lines.append(f"· {esc(out.name)} {esc(out.kind)}，至 {until}")
    lines.append(f"仍未返岗（{len(overdue)}人）" if overdue else "仍未返岗：无")
    for out in overdue:
        lines.append(f"· {esc(out.name)} {esc(out.kind)}，预计 {out.end:%H:%M} 返回，尚未销假")
    return "\n".join(lines)
