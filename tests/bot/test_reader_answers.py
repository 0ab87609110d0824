"""The reader's three answers in the chat (issue 11): record, ask with a one-tap 记录, or
silence; and several periods in one message recorded as several absences."""

from __future__ import annotations

from tests.bot.test_absences import rows
from tests.conftest import texts


async def test_a_doubtful_report_is_asked_and_recorded_with_one_tap(chat):
    [question] = await chat.say("张三", "下午在区政府对接项目")
    assert texts([question])[0].startswith("这是要报备吗？外出 11月30日（周一）")
    assert question.labels() == ["记录", "不是报备"]
    assert await rows(chat) == []
    recorded = texts(await chat.press("张三", "记录"))
    assert recorded[0].startswith("已记录：张三 外出 11月30日（周一）")
    assert [r["kind"] for r in await rows(chat)] == ["外出"]


async def test_not_a_report_records_nothing(chat):
    await chat.say("张三", "下午在区政府对接项目")
    await chat.press("张三", "不是报备")
    assert await rows(chat) == []


async def test_chatter_with_time_words_stays_silent(chat):
    assert await chat.say("张三", "上周去泵站检查的记录表交一下，周三前给我") == []
    assert await chat.say("张三", "这周的学习会推迟到下周了") == []
    assert await rows(chat) == []


async def test_days_named_apart_record_the_first_and_ask_for_the_rest(chat):
    answer, rest = texts(await chat.say("张三", "周二、周四上午请假"))
    assert answer.startswith("已记录：张三 请假 12月1日（周二）上午")
    assert rest.startswith("这条消息里还有其他时段：12月3日（周四）上午")
    assert [(r["kind"], r["days"]) for r in await rows(chat)] == [("请假", 0.5)]


async def test_a_record_the_model_doubts_is_asked_and_its_button_records_the_reading(chat):
    # The rules alone read 请假 for tomorrow here; the learned second opinion finds the
    # text unlike a report, so the bot asks instead of recording.
    [question] = await chat.say("张三", "请假条模板发群里了，明天请假的按这个填")
    assert texts([question])[0].startswith("这是要报备吗？请假 12月1日（周二）")
    assert question.labels() == ["记录", "不是报备"]
    assert await rows(chat) == []
    recorded = texts(await chat.press("张三", "记录"))
    assert recorded[0].startswith("已记录：张三 请假 12月1日（周二）")
    assert [(r["kind"], r["days"]) for r in await rows(chat)] == [("请假", 1.0)]


async def test_a_record_the_model_doubts_is_dropped_by_not_a_report(chat):
    await chat.say("张三", "请假条模板发群里了，明天请假的按这个填")
    await chat.press("张三", "不是报备")
    assert await rows(chat) == []


async def test_a_report_the_model_trusts_is_recorded_without_a_question(chat):
    [answer] = texts(await chat.say("张三", "我明天请假"))
    assert answer.startswith("已记录：张三 请假 12月1日（周二）")
    assert [r["kind"] for r in await rows(chat)] == ["请假"]


async def test_a_homophone_slip_is_asked_and_recorded_only_on_its_tap(chat):
    # 婚家 for 婚假: the rules are silent, the corrected reading is offered as a question.
    [question] = await chat.say("张三", "明天上午婚家")
    assert texts([question])[0].startswith("这是要报备吗？婚假 12月1日（周二）上午")
    assert question.labels() == ["记录", "不是报备"]
    assert await rows(chat) == []
    recorded = texts(await chat.press("张三", "记录"))
    assert recorded[0].startswith("已记录：张三 婚假 12月1日（周二）上午")
    assert [(r["kind"], r["days"]) for r in await rows(chat)] == [("婚假", 0.5)]


async def test_a_slip_the_rules_misread_is_asked_with_the_corrected_reading(chat):
    # 下牛 (牛 looks like 午): the rules alone would record a whole day of leave; the
    # corrected reading, the afternoon, is offered as a question and nothing is recorded.
    [question] = await chat.say("张三", "明天下牛请假")
    assert texts([question])[0].startswith("这是要报备吗？请假 12月1日（周二）下午")
    assert question.labels() == ["记录", "不是报备"]
    assert await rows(chat) == []
    recorded = texts(await chat.press("张三", "记录"))
    assert recorded[0].startswith("已记录：张三 请假 12月1日（周二）下午")
    assert [(r["kind"], r["days"]) for r in await rows(chat)] == [("请假", 0.5)]


async def test_a_report_the_rules_are_silent_on_is_asked_by_the_silence_net(chat):
    # A terse note with no reader's shape (no 我, no attend word the rules know): the model
    # is sure it is a report and the net reads a meeting elsewhere for the morning named;
    # one tap records it.
    [question] = await chat.say("张三", "明天上午 市防指视频调度会 在区应急局参会")
    assert texts([question])[0].startswith("这是要报备吗？会议 12月1日（周二）上午")
    assert question.labels() == ["记录", "不是报备"]
    assert await rows(chat) == []
    recorded = texts(await chat.press("张三", "记录"))
    assert recorded[0].startswith("已记录：张三 会议 12月1日（周二）上午")
    assert [(r["kind"], r["days"]) for r in await rows(chat)] == [("会议", 0.5)]


async def test_an_outing_set_out_now_with_no_time_is_asked_from_now(chat):
    # No time at all, no leave word: the speaker leaves now for an errand elsewhere. The net
    # asks about an outing from now, its return open; one tap records it.
    [question] = await chat.say("张三", "去区公安分局调卷宗")
    assert texts([question])[0].startswith("这是要报备吗？外出 11月30日（周一） 09:00")
    assert question.labels() == ["记录", "不是报备"]
    assert await rows(chat) == []
    recorded = texts(await chat.press("张三", "记录"))
    assert recorded[0].startswith("已记录：张三 外出 11月30日（周一）")
    assert [r["kind"] for r in await rows(chat)] == ["外出"]


async def test_the_same_words_in_a_plan_or_an_instruction_stay_silent(chat):
    assert await chat.say("张三", "我打算去区财政局") == []
    assert await chat.say("张三", "请张工去区财政局调卷宗") == []
    assert await chat.say("张三", "去了趟区财政局") == []
    assert await rows(chat) == []


async def test_chatter_the_model_finds_report_like_stays_silent_without_a_cue(chat):
    # The model finds it report-like, but nothing in it says anyone is away: silence.
    assert await chat.say("张三", "下午我都在办公室，有事打我座机") == []
    assert await chat.say("张三", "明天上午9点开会") == []
    assert await rows(chat) == []
