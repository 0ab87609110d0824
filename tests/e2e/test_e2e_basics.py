"""`bureau-bot run` as its own process, over real HTTP, against the Bot API emulator."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import drive

pytestmark = pytest.mark.e2e


def test_two_users_in_the_group_get_answers(emulator, running_bot):
    records = drive(
        emulator,
        "say 11:Alice:/start",
        "say 12:Bob:/start",
        "say 12:Bob:/iam 李四",
        "say 11:Alice:/members",
    )
    replies = [r for r in records if r["type"] == "reply" and r["method"] == "sendMessage"]
    by_step = {}
    for reply in replies:
        by_step.setdefault(reply["step"], []).append(reply["text"])
    assert by_step[1][0].startswith("Alice，您好")
    assert by_step[2][0].startswith("Bob，您好")
    assert "已登记您的实名：李四" in by_step[3][0]
    assert "李四" in by_step[4][0] and "共 2 人" in by_step[4][0]
    log = running_bot.stop()
    assert "Traceback" not in log


def test_a_foreign_group_gets_silence(emulator, running_bot):
    import subprocess
    import sys

    from tests.e2e.conftest import EMULATOR, TOKEN

    result = subprocess.run(
        [
            sys.executable,
            str(EMULATOR / "drive.py"),
            "--url",
            emulator,
            "--token",
            TOKEN,
            "--chat-id",
            "-100999",
            "--timeout",
            "3",
            "--say",
            "13:Carol:/start",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1  # the step timed out: no answer at all
    assert '"type": "reply"' not in result.stdout
    assert "not allowed" in running_bot.stop()
