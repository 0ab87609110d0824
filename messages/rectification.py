"""Sentences about rectification items (整改事项): lists, the card, replies, reminders.

Every user-supplied string (titles and names come from documents and people) is escaped.
Lines stay short: leaders read these on a phone.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from messages.html import esc

CMD_ITEMS = "整改事项清单，可加 状态/方面/@人/逾期"
CMD_ITEM = "查看一项整改，如 /item 12"
CMD_PROGRESS = "报进展，如 /progress 12 已完成资金抽查（可附照片）"
CMD_MEASURE = "措施状态，如 /measure 12 2 已完成"
CMD_ASSIGN = "指定责任人，如 /assign 12 @张三"
CMD_DEADLINE = "设整改时限，如 /deadline 12 2026-12-31"
CMD_STATUS = "改整改状态，如 /status 12 整改中"
CMD_CLOSE = "销号，如 /close 12"
CMD_MINE = "我负责的整改事项"
CMD_OVERDUE = "逾期的整改事项"
CMD_STALLED = "长期没有进展的整改事项"

ITEM_USAGE = "用法：/item 12（整改事项编号）"
PROGRESS_USAGE = (
    "用法：/progress 12 进展内容，例如：/progress 12 已完成3个村的资金抽查\n"
    "也可以发照片或文件，说明写 /progress 12 …"
)
PROGRESS_EMPTY = "请在编号后写上进展内容，例如：/progress {no} 已完成3个村的资金抽查"
MEASURE_USAGE = "用法：/measure 12 2 已完成（事项编号、措施序号、状态：未完成/整改中/已完成）"
ASSIGN_USAGE = "用法：/assign 12 @张三（或真实姓名）；指定责任领导：/assign 12 张三 领导"
DEADLINE_USAGE = "用法：/deadline 12 2026-12-31（也可写 12月31日、年底、月底；写“无”清除）"
STATUS_USAGE = "用法：/status 12 整改中（可选：未启动、整改中、已完成、长期坚持）"
CLOSE_USAGE = "用法：/close 12"
NOT_IMPORTED = "还没有导入整改事项。请管理员在私聊中把整改报告（.txt 或 .docx）发给我。"
CHANGED_MEANWHILE = "这项整改刚被别人更新了，请发送 /item {no} 查看后再试。"
LEADERS_ONLY_CLOSE = "销号只有领导可以操作。"
LEADERS_ONLY = "这项操作只有领导可以进行。"

LABEL_PROGRESS = "记进展"
LABEL_CLOSE = "销号"
LABEL_CONFIRM_CLOSE = "确认销号"
LABEL_CANCEL = "取消"


def label_measure(position: int) -> str:
    return f"措施{position}完成"


def _day(value: date | None) -> str:
    return value.isoformat() if value else "未定"


def _short_day(value: date, today: date) -> str:
    return f"{value.month}月{value.day}日" if value.year == today.year else value.isoformat()


def _when(at: datetime, today: date) -> str:
    day = f"{at.month}-{at.day:02d}" if at.year == today.year else at.date().isoformat()
    return f"{day} {at:%H:%M}"


def bad_item_no(word: str) -> str:
    return f"“{esc(word[:20])}”不是整改事项编号，请写数字，例如 /item 12"


def no_such_item(number: int, count: int, lowest: int, highest: int) -> str:
    if count == 0:
        return NOT_IMPORTED
    return (
        f"没有第 {number} 项整改事项。现有 {count} 项（{lowest}–{highest} 号），发送 /items 查看。"
    )


def not_allowed(number: int, owner: str | None) -> str:
    who = f"责任人（{esc(owner)}）" if owner else "责任人"
    return f"第 {number} 项只有{who}或领导可以更新。如需负责此项，请领导用 /assign {number} 指定。"


def deadline_phrase(light: str, deadline: date | None, today: date) -> str:
    if deadline is None:
        return "无时限"
    days = (deadline - today).days
    if light == "✅":
        return f"时限 {_short_day(deadline, today)}"
    if days < 0:
        return f"逾期 {-days} 天"
    if days == 0:
        return "今天到期"
    return f"剩 {days} 天"


def item_line(
    light: str,
    number: int,
    title: str,
    status: str,
    owner: str | None,
    deadline: date | None,
    today: date,
) -> str:
    parts = [f"{light} <b>{number}</b> {esc(title)}", status]
    parts.append(esc(owner) if owner else "未指定")
    if status not in ("已销号", "已完成"):
        parts.append(deadline_phrase(light, deadline, today))
    return " · ".join(parts)


def items_summary(heading: str, counts: dict[str, int], total: int) -> str:
    shown = " ".join(f"{light}{n}" for light, n in counts.items() if n)
    return f"<b>{esc(heading)}</b>（{total} 项）{shown}"


def items_legend(yellow_days: int) -> str:
    return f"🔴逾期 🟡{yellow_days}天内到期 🟢正常 ⚪无时限 ✅已销号 · /item 编号 看详情"


def items_heading(kind: str, value: str = "") -> str:
    return {
        "all": "整改事项",
        "status": f"整改事项 · {value}",
        "overdue": "逾期整改事项",
        "open": "未销号整改事项",
        "person": f"{value} 负责的整改事项",
        "text": f"整改事项 · 含“{value}”",
        "mine": "我负责的整改事项",
        "stalled": f"{value} 天以上没有进展的整改事项",
    }[kind]


def items_empty(kind: str, value: str = "") -> str:
    return {
        "all": NOT_IMPORTED,
        "status": f"没有状态为“{esc(value)}”的整改事项。",
        "overdue": "没有逾期的整改事项。👍",
        "open": "整改事项已全部销号。👍",
        "person": f"{esc(value)} 名下没有整改事项。",
        "text": f"没有找到含“{esc(value)}”的整改事项。"
        "可写状态（整改中）、逾期、@人，或方面、类别里的词。",
        "mine": "您名下没有整改事项。领导可以用 /assign 编号 @您 指定。",
        "stalled": f"所有未完成的整改事项在 {esc(value)} 天内都有进展。👍",
    }[kind]


def area_heading(area: str | None) -> str:
    return f"<b>【{esc(area)}】</b>" if area else ""


def stalled_line(number: int, title: str, owner: str | None, days: int) -> str:
    who = esc(owner) if owner else "未指定"
    return f"⏸ <b>{number}</b> {esc(title)} · {who} · {days} 天无进展"


# ---------------------------------------------------------------------- the card
def card(
    *,
    number: int,
    title: str,
    light: str,
    status: str,
    area: str | None,
    category: str | None,
    owner: str | None,
    owner_unit: str | None,
    leader: str | None,
    deadline: date | None,
    deadline_text: str | None,
    today: date,
    measures: Iterable[tuple[int, str, str]],
    updates: Iterable[tuple[datetime, str | None, str, int]],
    update_count: int,
    evidence_count: int,
    report_progress: str | None,
) -> str:
    lines = [f"{light} <b>第 {number} 项　{esc(title)}</b>"]
    if area:
        lines.append(f"方面：{esc(area)}")
    if category:
        lines.append(f"类别：{esc(category)}")
    phrase = deadline_phrase(light, deadline, today) if status not in ("已销号", "已完成") else ""
    lines.append(f"状态：{status}" + (f"（{phrase}）" if phrase and deadline else ""))
    who = esc(owner) if owner else "未指定"
    if owner_unit:
        who += f"（{esc(owner_unit)}）"
    lines.append(f"责任人：{who}" + (f" · 责任领导：{esc(leader)}" if leader else ""))
    limit = _day(deadline)
    if deadline_text and deadline_text != limit:
        limit += f"（原文：{esc(deadline_text)}）"
    lines.append(f"整改时限：{limit}")
    measure_lines = [
        f"{'✅' if state == '已完成' else '🔄' if state == '整改中' else '⬜'} {pos}. {esc(text)}"
        for pos, text, state in measures
    ]
    if measure_lines:
        lines.append("")
        lines.append("<b>整改措施</b>")
        lines.extend(measure_lines)
    if report_progress:
        lines.append("")
        lines.append(f"报告所载整改情况：{esc(report_progress)}")
    lines.append("")
    update_lines = [
        f"· {_when(at, today)} {esc(author or '（系统）')}：{esc(text)}"
        + (f" 📎{files}" if files else "")
        for at, author, text, files in updates
    ]
    if update_lines:
        lines.append(f"<b>最近进展</b>（共 {update_count} 条，附件 {evidence_count} 个）")
        lines.extend(update_lines)
    else:
        lines.append("还没有进展记录。")
    lines.append(f"报进展：/progress {number} 内容，或回复本消息发照片/文件")
    return "\n".join(lines)


# ---------------------------------------------------------------------- replies
def progress_recorded(number: int, title: str, files: int, old: str, new: str) -> str:
    text = f"已记录第 {number} 项进展（{esc(title)}）"
    if files:
        text += f"，附件 {files} 个"
    text += "。"
    if old != new:
        text += f"\n状态：{old} → {new}"
    return text


def progress_corrected(number: int) -> str:
    return f"已按修改后的消息更正第 {number} 项的这条进展。"


def progress_on_closed(number: int) -> str:
    return f"第 {number} 项已销号。如需继续整改，请领导先发送 /status {number} 整改中。"


def evidence_needs_text(number: int) -> str:
    return f"已收到附件。请在说明里写上进展内容，例如：/progress {number} 现场整改照片"


def progress_hint(number: int) -> str:
    return (
        f"报第 {number} 项进展：发送 /progress {number} 进展内容；"
        "有照片或文件时，回复这张卡片发送，或在说明里写 /progress 编号 内容。"
    )


def measure_no_such(number: int, position: int, count: int) -> str:
    if count == 0:
        return f"第 {number} 项没有列出整改措施。"
    return f"第 {number} 项只有 {count} 条措施（1–{count}），没有第 {position} 条。"


def measure_bad_status(word: str) -> str:
    return f"“{esc(word[:20])}”不是措施状态，请写 未完成、整改中 或 已完成。"


def measure_set(number: int, position: int, old: str, new: str, all_done: bool) -> str:
    if old == new:
        return f"第 {number} 项第 {position} 条措施已经是“{new}”。"
    text = f"第 {number} 项第 {position} 条措施：{old} → {new}。"
    if all_done:
        text += f"\n全部措施已完成，可发送 /status {number} 已完成。"
    return text


def unknown_person(who: str) -> str:
    return f"找不到“{esc(who[:30])}”。请写 @用户名 或已登记的真实姓名（对方可先发送 /iam 姓名）。"


def assigned(number: int, name: str, leader: bool, changed: bool) -> str:
    role = "责任领导" if leader else "责任人"
    if not changed:
        return f"第 {number} 项的{role}已经是 {esc(name)}。"
    return f"已指定 {esc(name)} 为第 {number} 项的{role}。"


def bad_date(word: str) -> str:
    return f"看不懂日期“{esc(word[:20])}”。请写 2026-12-31、12月31日、年底 或 月底。"


def deadline_set(number: int, day: date | None, changed: bool, today: date) -> str:
    if day is None:
        return f"已清除第 {number} 项的整改时限。" if changed else f"第 {number} 项本来就没有时限。"
    if not changed:
        return f"第 {number} 项的整改时限已经是 {day.isoformat()}。"
    text = f"已将第 {number} 项的整改时限设为 {day.isoformat()}。"
    if day < today:
        text += "\n注意：这个日期已经过去，该项会显示为逾期。"
    return text


def bad_status(word: str) -> str:
    return f"“{esc(word[:20])}”不是整改状态，请写 未启动、整改中、已完成 或 长期坚持。"


def status_refused(reason: str, number: int, status: str) -> str:
    return {
        "same": f"第 {number} 项已经是“{status}”。",
        "use_close": f"销号请由领导发送 /close {number}。",
        "closed_leader_only": f"第 {number} 项已销号，只有领导可以重新打开。",
    }[reason]


def status_set(number: int, old: str, new: str) -> str:
    return f"第 {number} 项状态：{old} → {new}。"


def already_closed(number: int) -> str:
    return f"第 {number} 项已经销号。"


def close_confirm(number: int, title: str, status: str) -> str:
    text = f"第 {number} 项（{esc(title)}）还没有任何佐证材料（照片或文件）"
    if status != "已完成":
        text += f"，当前状态为“{status}”"
    return text + "。仍要销号吗？"


def closed(number: int, title: str, who: str) -> str:
    return f"✅ 第 {number} 项（{esc(title)}）已销号（{esc(who)}）。"


def close_cancelled(number: int) -> str:
    return f"已取消，第 {number} 项未销号。"


# ---------------------------------------------------------------------- import in chat
IMPORT_ADMIN_ONLY = "只有管理员可以导入整改报告。"
IMPORT_TYPES = "请发送 .txt 或 .docx 格式的整改报告。"


def import_too_big(limit_mb: int) -> str:
    return f"文件太大（超过 {limit_mb} MB），请只发送整改报告正文。"


def import_unreadable(kind: str) -> str:
    return {
        "docx": "这个 .docx 文件打不开，请用 Word 或 WPS 另存为 .docx 后再发，或发送 .txt。",
        "encoding": "读不出这个文本文件的文字，请另存为 UTF-8 编码的 .txt 再发。",
        "download": "没能下载这个文件，请稍后再发一次。",
        "unpacked": "这个文件解压后太大（超过 20 MB），没有读取。请只保留整改报告正文后再发。",
    }[kind]


def import_summary(
    *,
    areas: int,
    categories: int,
    items: int,
    measures: int,
    added: int,
    updated: int,
    unchanged: int,
    not_in_file: list[int],
    warnings: list[str],
    dry_run: bool = False,
) -> str:
    head = "试读整改报告（未写入）" if dry_run else "已导入整改报告"
    lines = [
        f"{head}：{areas} 个方面、{categories} 个类别、{items} 项问题、{measures} 条措施。",
        f"新增 {added} 项，更新 {updated} 项，未变 {unchanged} 项。",
    ]
    if not_in_file:
        shown = "、".join(str(n) for n in not_in_file[:20]) + (
            "等" if len(not_in_file) > 20 else ""
        )
        lines.append(f"库中另有 {len(not_in_file)} 项不在本文件中（{shown} 号），已保留。")
    lines.extend(f"⚠️ {esc(w)}" for w in warnings)
    if not dry_run:
        lines.append("发送 /items 查看清单。")
    return "\n".join(lines)


# ---------------------------------------------------------------------- reminders
def reminder_line(number: int, title: str, owner: str | None, kind: str, days: int) -> str:
    who = esc(owner) if owner else "未指定责任人"
    if kind == "overdue":
        when = f"已逾期 {days} 天"
    elif days == 1:
        when = "明天到期"
    else:
        when = f"{days} 天后到期"
    return f"<b>{number}</b> {esc(title)} · {who} · {when}"


def reminder_group(lines: list[str]) -> str:
    return "⏰ <b>整改时限提醒</b>\n" + "\n".join(lines) + "\n报进展：/progress 编号 内容"


def reminder_private(lines: list[str]) -> str:
    return (
        "⏰ <b>您负责的整改事项时限提醒</b>\n"
        + "\n".join(lines)
        + ("\n报进展：/progress 编号 内容；完成后请附佐证材料。")
    )


def cli_file_error(path: str, problem: str) -> str:
    """One line on stderr for `bureau-bot import-rectification` (plain text, no HTML)."""
    return f"错误：{path}：{problem}"


def cli_warning(warning: str) -> str:
    return f"注意：{warning}"
