"""Sentences of leave approval (请假审批): the card's line, the approver's message, refusals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from messages.html import esc

CMD_PENDING = "待审批的请假"
CMD_DEPT = "股室负责人与分管领导，如 /dept 工程股 分管 @zhaoju"

BUTTON_APPROVE = "同意"
BUTTON_REJECT = "驳回"

NOT_APPROVER = "您不是这条请假的审批人，不能审批。"
OWN_REQUEST = "不能审批自己的请假。"
ALREADY_DECIDED = "这条请假已经审批过了。"
WITHDRAWN = "这条请假已撤销或已更改，无需审批。"
APPROVED_ALERT = "已同意。"
REJECTED_DONE = "已驳回，并已告知申请人。"
REASON_TOO_LONG = "理由太长了，请用一两句话（不超过 100 字）。"
DISABLED = "本群未启用请假审批（配置 approval.enabled）。"
NOTHING_PENDING = "没有待审批的请假。"
DEPT_USAGE = (
    "用法：/dept 工程股 分管 @用户名（分管领导），/dept 工程股 负责人 @用户名（股室负责人）；"
    "只发 /dept 查看各股室。局长用 /role @用户名 局长 设置。"
)
DEPT_BAD_NAME = "股室名称应为 2–20 个字。"
POST_NEEDS_DEPT = "股室负责人需写明股室，如 /role @wanggu 股室负责人 工程股。"
_LEVEL_PHRASE = {"股室负责人": "股室负责人", "分管领导": "分管领导", "局长": "局长", "领导": "领导"}


@dataclass(frozen=True)
class RequestView:
    """One request as people read it (all plain text; rendered here with escaping)."""

    name: str
    kind: str
    period: str
    amount: str
    reason: str | None
    approver: str | None
    level: str


def card_line(status: str, approver: str | None, reason: str | None, name: str | None) -> str:
    """The line under the group card: who approves, or what they decided."""
    who = f"{esc(name)}：" if name else ""
    if status == "已批准":
        return f"{who}✅ 已批准（{esc(approver or '')}）"
    if status == "未批准":
        because = f"：{esc(reason)}" if reason else ""
        return f"{who}❌ 未批准{because}（{esc(approver or '')}）"
    if approver is None:
        return f"{who}⏳ 待审批：暂无审批人，请管理员用 /role 或 /dept 设置"
    return f"{who}⏳ 待审批，审批人：{esc(approver)}"


def notice(view: RequestView, reminder: bool = False) -> str:
    """The approver's private message with 同意/驳回."""
    head = "⏰ 提醒：以下请假仍在等您审批" if reminder else "📝 请假审批"
    lines = [
        f"<b>{head}</b>",
        f"{esc(view.name)} {esc(view.kind)} {esc(view.period)}，{esc(view.amount)}",
    ]
    if view.reason:
        lines.append(f"事由：{esc(view.reason)}")
    lines.append(f"（按规定由{_LEVEL_PHRASE.get(view.level, view.level)}审批）")
    return "\n".join(lines)


def notice_decided(view: RequestView, status: str, by: str, reason: str | None) -> str:
    body = notice(view)
    if status == "已批准":
        return f"{body}\n✅ 已同意（{esc(by)}）"
    because = f"：{esc(reason)}" if reason else ""
    return f"{body}\n❌ 已驳回{because}（{esc(by)}）"


def notice_withdrawn(view: RequestView) -> str:
    return f"{notice(view)}\n（申请人已撤销或更改，无需审批）"


def ask_reason(minutes: int) -> str:
    return f"请直接回复驳回理由（{minutes} 分钟内，一句话即可），收到后即驳回并告知申请人。"


def told_reporter(view: RequestView, status: str, by: str, reason: str | None) -> str:
    what = f"{esc(view.name)} 的{esc(view.kind)}（{esc(view.period)}）"
    if status == "已批准":
        return f"✅ {what}已获 {esc(by)} 批准。"
    because = f"，理由：{esc(reason)}" if reason else ""
    return f"❌ {what}未获批准（{esc(by)}）{because}。如需调整，请在群里更正或撤销。"


def pending_list(items: Sequence[tuple[RequestView, str]]) -> str:
    """items: (request, how long it has waited)."""
    if not items:
        return NOTHING_PENDING
    lines = [f"<b>待审批的请假（{len(items)}）</b>"]
    for index, (view, waited) in enumerate(items, start=1):
        approver = esc(view.approver) if view.approver else "暂无审批人"
        lines.append(
            f"{index}. {esc(view.name)} {esc(view.kind)} {esc(view.period)}，{esc(view.amount)}"
            f" · 审批人 {approver} · 已等 {esc(waited)}"
        )
    return "\n".join(lines)


def summary_section(items: Sequence[tuple[RequestView, str]]) -> str:
    """The leaders' daily summary: what is still waiting."""
    if not items:
        return ""
    return "\n\n" + pending_list(items)


def waited(minutes: int) -> str:
    if minutes < 60:
        return f"{minutes} 分钟"
    if minutes < 48 * 60:
        return f"{minutes // 60} 小时"
    return f"{minutes // (24 * 60)} 天"


def post_set(name: str, post: str, department: str | None, changed: bool) -> str:
    where = f"{esc(department)}的" if department else ""
    if not changed:
        return f"{esc(name)} 已经是{where}{post}。"
    return f"已将 {esc(name)} 设为{where}{post}。"


def departments(rows: Sequence[tuple[str, str | None, str | None]], chief: str | None) -> str:
    """rows: (department, head, supervisor)."""
    lines = ["<b>股室与审批人</b>", f"局长：{esc(chief) if chief else '未设置'}"]
    for name, head, supervisor in rows:
        lines.append(
            f"· {esc(name)}：负责人 {esc(head) if head else '未设置'}，"
            f"分管 {esc(supervisor) if supervisor else '未设置'}"
        )
    if not rows:
        lines.append("（还没有股室：导入名册或用 /dept 设置）")
    return "\n".join(lines)
