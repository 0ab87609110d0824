"""晚到 and 早退 (issue 11): reported absences of hours, shown in /whosout and the morning
post with their times, counted in the workbook as 晚到/早退次数, never as days or 未报备."""

from __future__ import annotations

import io

from tests.conftest import texts


def _summary(data: bytes) -> dict[str, object]:
    from openpyxl import load_workbook

    ws = load_workbook(io.BytesIO(data))["出勤汇总"]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == "张三")
    return dict(zip(header, row, strict=True))


def _sheet_marks(data: bytes) -> list[object]:
    from openpyxl import load_workbook

    ws = load_workbook(io.BytesIO(data))["考勤表"]
    return next(r for r in ws.iter_rows(values_only=True) if r[1] == "张三")


async def test_late_arrival_is_shown_and_counted_in_hours(chat, clock):
    [recorded] = texts(await chat.say("张三", "明天晚到一小时，送孩子看病"))
    assert recorded.startswith("已记录：张三 晚到 12月1日（周二） 08:30–09:30")
    assert "工作日" not in recorded  # hours, not days
    assert "1 小时" in recorded
    today = texts(await chat.say("李四", "/whosout"))[0]
    assert "张三" not in today
    tomorrow = texts(await chat.say("李四", "/whosout 明天"))[0]
    assert "晚到（1人）" in tomorrow and "张三" in tomorrow and "08:30–09:30" in tomorrow
    await chat.say("张三", "周四下午早退一小时")
    clock.advance(days=4)  # the days worked: an export before them marks none
    outputs = await chat.say("张三", "/export 2026-12", private=True)
    [document] = [o for o in outputs if o.file_bytes]
    summary = _summary(document.file_bytes)
    assert summary["晚到次数"] == 1 and summary["早退次数"] == 1
    assert summary["请假合计（天）"] == 0 and summary["请假（天）"] == 0
    assert summary["未报备次数"] == 0
    assert _sheet_marks(document.file_bytes)[3] == "√"  # 1 Dec: at work, an hour late
