"""Issue 12's scenes played by ``bureau-bot console`` from a script kept in tests/data, the
way a newcomer would try them: the transcript must show the right outcome for each."""

from __future__ import annotations

from pathlib import Path

from tests.bot.test_cli import ROOT, run

SCRIPT = ROOT / "tests" / "data" / "console" / "conversation.txt"


def after(transcript: str, line: str, count: int = 1) -> list[str]:
    """The ``count`` lines printed after the first line equal to ``line``."""
    lines = transcript.splitlines()
    start = lines.index(line) + 1
    return [s.split(": ", 1)[-1].strip() for s in lines[start : start + count]]


def test_the_conversation_script(tmp_path: Path) -> None:
    result = run(
        tmp_path,
        "console",
        "--now",
        "2026-11-30T07:50:00+08:00",
        stdin=SCRIPT.read_text("utf-8"),
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Traceback" not in out + result.stderr
    # an outing reported at 07:50 counts from 08:30
    assert after(out, "王芳> 外出：姜畲大堤巡查，下午3点回") == [
        "已记录：王芳 外出 11月30日（周一） 08:30–15:00，6 小时 30 分钟"
    ]
    # 1. the typed answer is recorded; someone else's 周五 is not an answer
    assert after(out, "王磊> 周五") == ["李四> 周五"]
    assert after(out, "李四> 周五") == ["已记录：李四 请假 12月4日（周五）全天，1 个工作日"]
    # 3. 刘洋's outing is 刘洋's (王磊代报); 王磊's own is his own
    assert after(out, "王磊> 代刘洋报备外出，今天去十万垅大堤巡查，下午4点回", 3) == [
        "已记录：刘洋 外出 11月30日（周一） 09:00–16:00，7 小时",
        "事由：去十万垅大堤巡查",
        "（王磊代报）",
    ]
    assert after(out, "王磊> 外出：市局送材料，11点回")[0].startswith("已记录：王磊 外出")
    # 4. the training is cancelled and gone from /whosout; two candidates are asked about
    assert after(out, "李四> 我周三的培训取消了") == [
        "好的，已取消 李四 的培训：12月2日（周三）全天"
    ]
    assert after(out, "张三> /whosout 周三", 2)[1] == "全员在岗。"
    assert after(out, "李四> 我的培训取消了") == ["有 2 条记录可能是您要取消的，请选择："]
    assert "好的，已取消 李四 的培训：12月7日（周一）全天" in out
    # 5. the correction that changes nothing asks
    assert after(out, "刘洋> 说错了，产假是12月7日")[0].startswith("这条更正没有改动记录")
    assert "已更正" not in out
    # 6. the game-playing note has no 未报备; the note about nothing gets the usage
    assert after(out, "赵局> /note 9:30 检查发现王磊上班时间玩手机游戏", 2)[1] == "· 王磊"
    assert after(out, "赵局> /note 哈哈哈")[0].startswith("用法：/note")
    # 7. private reasons never reach the group; the meeting is a working day
    said_by_bot = "\n".join(line for line in out.splitlines() if ">" not in line.split(" ")[0])
    assert "父亲住院" not in said_by_bot and "发烧" not in said_by_bot
    assert after(out, "刘洋> 明天全天去市里开会") == [
        "已记录：刘洋 会议 12月1日（周二）全天，1 个工作日"
    ]
    assert after(out, "王磊> 后天请假") == ["请在工作群里报备，大家才能看到。"]
    # 2. back on time, nothing open (silence), back late at 15:20
    assert after(out, "王磊> 我回来了", 2) == [
        "欢迎回来，王磊！外出已于 11:00 结束，已记录销假。",
        "王磊> 我回来了",
    ]
    assert after(out, "王芳> 我回来了") == ["欢迎回来，王芳！外出已于 15:20 结束，已记录销假。"]
    summary = out[out.index("督查与考勤小结") :]
    assert "休假中（1人）" in summary and "· 陈静 病假，至 12月2日 17:30" in summary
    assert "仍未返岗（1人）" in summary and "王芳" not in summary.split("助手")[0]
    # the morning post: 王磊 once, 全天
    morning = out[out.index("今日在岗情况 · 12月1日") :]
    assert "· 王磊 12月1日（周二）全天" in morning and "请假（1人）" in morning
    assert "在岗 3 人，不在岗 4 人。" in morning
