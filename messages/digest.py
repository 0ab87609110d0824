"""The weekly rectification digest (整改周报) as people read it: the post, cut into messages
under Telegram's limit at line boundaries, the chart's labels and caption, and the replies
to /digest and ``bureau-bot digest``.

Each line is whole HTML (every tag it opens, it closes), so a cut between lines never
breaks a tag. User text (titles, names, progress) is shortened first, then escaped.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from html import unescape
from typing import TYPE_CHECKING

from messages.html import esc

if TYPE_CHECKING:
    from bot.domain.digest import Digest, IsoWeek, ItemRef

CMD_DIGEST = "整改周报，可加周次：/digest 上周、/digest 2026-W48"
MESSAGE_LIMIT = 4096  # Telegram's limit for one message
BUDGET = 3900  # what we fill, leaving room for the continuation heading
TITLE_WIDTH = 20
NAME_WIDTH = 8
UPDATE_WIDTH = 60
WEEKDAYS = "一二三四五六日"
STATUS_ORDER = ("未启动", "整改中", "已完成", "长期坚持", "已销号")

NOT_IMPORTED = "还没有导入整改事项，暂无整改周报。请管理员在私聊中把整改报告发给我。"


def _cut(text: str | None, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _md(day: date) -> str:
    return f"{day.month}月{day.day}日"


def _weekday(day: date) -> str:
    return f"周{WEEKDAYS[day.weekday()]}"


def week_name(week: IsoWeek) -> str:
    return f"{week.year}年第{week.week}周"


def week_span(week: IsoWeek) -> str:
    return f"{_md(week.monday)}—{_md(week.sunday)}"


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.0f}%"


def _points(delta: float) -> str:
    value = round(delta * 100, 1)
    return "持平" if value == 0 else f"{value:+.1f} 个百分点"


def _owner(name: str | None) -> str:
    return esc(_cut(name, NAME_WIDTH)) if name else "未指定"


def _item(ref: ItemRef) -> str:
    return f"<b>{ref.number}</b> {esc(_cut(ref.title, TITLE_WIDTH))}"


# ---------------------------------------------------------------------- the post
def late_note(due: datetime) -> str:
    return (
        f"⚠️ 补发：本周报应于 {_md(due.date())}（{_weekday(due.date())}）{due:%H:%M} 发出，"
        "当时机器人未在运行。"
    )


def digest_lines(d: Digest, late_due: datetime | None = None) -> list[str]:
    """The post as lines; "" separates sections."""
    lines = [f"📊 <b>整改周报 · {week_name(d.week)}</b>（{week_span(d.week)}）"]
    if late_due is not None:
        lines.append(late_note(late_due))
    if d.snapshot.total == 0:
        lines.append(NOT_IMPORTED)
        return lines
    shot = d.snapshot
    lines += [
        "",
        f"<b>总体</b> 共 {shot.total} 项，完成 {shot.done} 项，完成率 {_percent(shot.share)}",
        " · ".join(f"{s} {shot.by_status.get(s, 0)}" for s in STATUS_ORDER),  # type: ignore[call-overload]
        _change_line(d),
        f"本周进展 {d.update_count} 条（{len(d.updates)} 项，附件 {d.evidence_count} 个）",
    ]
    lines += _section(
        "✅ 本周完成",
        "项",
        [f"· {_item(r)} · {r.status.value} · {_owner(r.owner)}" for r in d.completed],
    )
    progress: list[str] = []
    for group in d.updates:
        files = f"，📎{group.evidence}" if group.evidence else ""
        title = esc(_cut(group.title, TITLE_WIDTH))
        progress.append(f"<b>{group.number}</b> {title}（{len(group.updates)} 条{files}）")
        for u in group.updates:
            at = u.at.astimezone(d.as_of.tzinfo)
            said = esc(_cut(u.text, UPDATE_WIDTH))
            clip = f" 📎{u.evidence}" if u.evidence else ""
            progress.append(f"· {at.month}-{at.day:02d} {_owner(u.author)}：{said}{clip}")
    lines += _section("📝 本周进展", "条", progress, count=d.update_count)
    lines += _section(
        "🔴 逾期",
        "项",
        [f"· {_item(r)} · {_owner(r.owner)} · 逾期 {r.days} 天" for r in d.overdue],
    )
    lines += _section(
        f"⏸ 停滞（{d.stalled_days} 天以上无进展）",
        "项",
        [f"· {_item(r)} · {_owner(r.owner)} · {r.days} 天" for r in d.stalled],
    )
    lines += _section(
        f"⏰ {d.upcoming_days} 天内到期",
        "项",
        [f"· {_item(r)} · {_owner(r.owner)} · {_due(r)}" for r in d.upcoming],
    )
    lines += ["", attendance_line(d)]
    lines.append("发送 /item 编号 看详情；/digest 上周 看上周周报")
    return lines


def _change_line(d: Digest) -> str:
    if d.previous.total == 0:
        return "较上周：上周尚无整改事项"
    parts = []
    share = d.share_change()
    if share is not None:
        parts.append(f"完成率 {_points(share)}")
    new = d.snapshot.total - d.previous.total
    if new:
        parts.append(f"事项 {new:+d}")
    changed = [f"{s.value} {n:+d}" for s, n in d.change().items() if n]
    parts.append("，".join(changed) if changed else "各状态无变化")
    return "较上周：" + "；".join(parts)


def _due(ref: ItemRef) -> str:
    assert ref.deadline is not None
    if ref.days == 0:
        return f"{_md(ref.deadline)}（今天到期）"
    return f"{_md(ref.deadline)}（剩 {ref.days} 天）"


def _section(title: str, unit: str, body: list[str], count: int | None = None) -> list[str]:
    if not body:
        return ["", f"<b>{title}</b>：无"]
    return ["", f"<b>{title}（{len(body) if count is None else count} {unit}）</b>", *body]


def attendance_line(d: Digest) -> str:
    a = d.attendance
    parts = [
        f"请假 {a.leave} 人次（{a.leave_people} 人）",
        f"外出 {a.away} 人次（{a.away_people} 人）",
    ]
    if a.partial:
        parts.append(f"晚到/早退 {a.partial} 人次（{a.partial_people} 人）")
    if a.unreported is not None:
        parts.append(f"未报备 {a.unreported} 人次")
    return "<b>👥 本周考勤</b> " + " · ".join(parts)


def continued(week: IsoWeek, part: int, parts: int) -> str:
    return f"📊 <b>整改周报 · {week_name(week)}（续 {part}/{parts}）</b>"


def split_messages(lines: list[str], heading: str | None = None, budget: int = BUDGET) -> list[str]:
    """Lines packed into messages of at most ``budget`` characters, cut only between lines
    (a line longer than that is cut with an ellipsis, never inside a tag: see _fit)."""
    chunks: list[list[str]] = []
    current: list[str] = []
    size = 0
    for line in (_fit(line, budget) for line in lines):
        if current and size + len(line) + 1 > budget:
            chunks.append(current)
            current, size = [], 0
        if not current and not line:
            continue  # no message starts with a blank line
        current.append(line)
        size += len(line) + 1
    if current:
        chunks.append(current)
    return ["\n".join(chunk).strip("\n") for chunk in chunks]


def _fit(line: str, budget: int) -> str:
    if len(line) <= budget:
        return line
    plain = unescape(re.sub(r"<[^>]+>", "", line))  # lose the formatting, keep the words
    return esc(plain[: budget // 2 - 1] + "…")


def render(d: Digest, late_due: datetime | None = None) -> list[str]:
    """The post as Telegram messages; parts after the first carry a "续 2/3" heading."""
    messages = split_messages(digest_lines(d, late_due))
    if len(messages) == 1:
        return messages
    return [
        body if i == 0 else f"{continued(d.week, i + 1, len(messages))}\n{body}"
        for i, body in enumerate(messages)
    ]


# ---------------------------------------------------------------------- the chart
CHART_TITLE = "整改周报 · {week}"
CHART_AREAS = "各方面整改状态（项）"
CHART_TREND = "完成率（已完成＋已销号）"
CHART_NO_AREA = "未分方面"
# Without a CJK font the picture is labelled in English and area numbers (never tofu boxes).
CHART_TITLE_ASCII = "Rectification digest {week}"
CHART_AREAS_ASCII = "Status by area (items)"
CHART_TREND_ASCII = "Completion share (done + closed)"
STATUS_ASCII = {
    "未启动": "Not started",
    "整改中": "In progress",
    "已完成": "Done",
    "长期坚持": "Ongoing",
    "已销号": "Closed",
}


def area_key(index: int) -> str:
    return f"A{index}"


def caption(week: IsoWeek, cjk: bool, areas: list[str]) -> str:
    text = f"📊 {week_name(week)}整改周报附图：各方面整改状态、近几周完成率。"
    if not cjk:
        keys = "；".join(f"{area_key(i)} {esc(_cut(a, 24))}" for i, a in enumerate(areas, 1))
        text += f"\n（服务器缺少中文字体，图中文字以英文和编号标注：{keys}）"
    return text[:1000]


# ---------------------------------------------------------------------- replies and CLI
def bad_week(code: str, value: str) -> str:
    shown = esc(_cut(value, 20))
    if code == "future":
        return f"“{shown}”还没到。整改周报只能看本周和以前的周。"
    if code == "no_such_week":
        return f"没有“{shown}”这一周：周次应在 1 到 52（有的年份 53）之间。"
    return f"“{shown}”不是周次。可以这样写：/digest、/digest 上周、/digest 2026-W48、/digest 第48周"


def cli_bad_week(code: str, value: str) -> str:
    if code == "future":
        return f"--week 的值 {value!r} 是将来的周：只能生成本周或以前的整改周报"
    if code == "no_such_week":
        return f"--week 的值 {value!r} 不存在：周次应在 1 到 52（有的年份 53）之间，如 2026-W48"
    return f"--week 的值 {value!r} 不是周次：应写成 2026-W48（也可写 本周、上周）"


def cli_png_written(path: str, cjk: bool) -> str:
    note = "" if cjk else "（未找到中文字体，图中以英文和编号标注）"
    return f"已写入周报图：{path}{note}"


def cli_png_skipped() -> str:
    return "没有整改事项，未生成周报图"


def cli_cannot_write(path: str, detail: str) -> str:
    return f"无法写入 {path}（{detail}）"
