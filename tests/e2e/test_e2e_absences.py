"""Absence reports in the work group, end to end: `bureau-bot run` as its own process,
several people in one group through the Bot API double over real HTTP.

The bot's clock is the real one here, so reports say 明天/后天 and the expected days are
worked out from today in the office's time zone.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.e2e.group import SILENCE, Group, Person, buttons, replied_to, texts

pytestmark = pytest.mark.e2e

OFFICE_TZ = ZoneInfo("Asia/Shanghai")
ZHANG = Person(201, "张三", "zhangsan")
LI = Person(202, "李四", "lisi")
WANG = Person(203, "王五", "wangwu")


def day_text(offset: int) -> str:
    """The day ``offset`` days from today as the bot writes it: 11月30日（周一）."""
    day = datetime.now(OFFICE_TZ).date() + timedelta(days=offset)
    return f"{day.month}月{day.day}日（周{'一二三四五六日'[day.weekday()]}）"


def one_of(*candidates: str):
    """Whether a text names one of the candidates: a day computed just before and just
    after a step, so a test crossing midnight in Shanghai does not fail."""
    return lambda text: any(c in text for c in candidates)


def test_report_undo_chatter_edit_and_whosout(double, running_bot):
    group = Group(double)

    # 张三 reports: one confirmation quoting his message, with 撤销 and 修改.
    tomorrow = day_text(1)
    [confirmation] = group.say(ZHANG, "明天下午请假半天，孩子家长会")
    assert confirmation.method == "sendMessage"
    body = confirmation.text
    assert body.startswith("已记录：张三 请假 ")
    assert one_of(tomorrow, day_text(1))(body)
    assert "下午 14:30–17:30" in body
    assert "孩子家长会" not in body  # reasons for leave stay out of the group
    assert {"撤销", "修改"} <= set(buttons(confirmation))
    assert replied_to(confirmation) is not None
    confirmation_id = confirmation.message_id

    # 李四 presses 撤销 under 张三's record: an alert for 李四 only, the record stays.
    [refusal] = group.press(LI, "撤销", confirmation_id)
    assert refusal.method == "answerCallbackQuery"
    assert refusal.show_alert is True
    assert "别人的记录" in refusal.text

    # 张三 presses it himself: the confirmation becomes "已撤销", its buttons gone.
    outputs = group.press(ZHANG, "撤销", confirmation_id, expect=2)
    assert {o.method for o in outputs} == {"answerCallbackQuery", "editMessageText"}
    [edited] = [o for o in outputs if o.method == "editMessageText"]
    assert edited.message_id == confirmation_id
    assert edited.text.startswith("已撤销：张三 请假 ")
    assert "下午 14:30–17:30" in edited.text
    assert not buttons(edited)

    # Chatter that mentions 下午 is not a report: no answer at all.
    assert group.say(WANG, "下午谁有空陪我去趟水文站？", expect=0, timeout=SILENCE) == []

    # 李四 reports; /whosout 明天 lists him and not the withdrawn report of 张三.
    sent_at = int(datetime.now().timestamp())
    # A health reason (复查) makes it 病假 (issue 11).
    [li_confirmation] = group.say(LI, "明天上午请假半天，去医院复查")
    assert li_confirmation.text.startswith("已记录：李四 病假 ")
    assert "上午 08:30–12:00" in li_confirmation.text
    report_id = replied_to(li_confirmation)
    assert report_id is not None

    [whosout] = group.say(WANG, "/whosout 明天")
    assert "不在岗情况" in whosout.text
    assert "李四" in whosout.text and "上午 08:30–12:00" in whosout.text
    assert "张三" not in whosout.text

    # 李四 edits his message to 后天: the record moves and the bot edits its confirmation.
    day_after = day_text(2)
    edit = group.message(LI, "后天上午请假半天，去医院复查", report_id, date=sent_at)
    edit["edit_date"] = int(datetime.now().timestamp())
    [moved] = group.deliver({"edited_message": edit})
    assert moved.method == "editMessageText"
    assert moved.message_id == li_confirmation.message_id
    assert moved.text.startswith("已记录：李四 病假 ")
    assert one_of(day_after, day_text(2))(moved.text)
    assert "上午 08:30–12:00" in moved.text
    assert {"撤销", "修改"} <= set(buttons(moved))

    [later] = group.say(ZHANG, "/whosout 后天")
    assert "李四" in later.text and "上午 08:30–12:00" in later.text
    assert "去医院复查" not in later.text
    [empty] = group.say(ZHANG, "/whosout 明天")
    assert "全员在岗" in empty.text

    # Nothing else was said in the group: one answer per step, nothing late.
    assert group.collect(expect=0, timeout=1) == []
    assert len(texts(group.outputs)) == 5
    log = running_bot.stop()
    assert "Traceback" not in log
