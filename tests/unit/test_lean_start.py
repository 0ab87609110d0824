"""`bureau-bot run` loads only what the first update needs (issue 17: start-up under a
second, idle RSS under 60 MB). Checked in a fresh interpreter by what ``import bot.app``
leaves in ``sys.modules``, never by timing."""

from __future__ import annotations

import json
import subprocess
import sys

# Loaded where they are used (a workbook, a document, a chart, a calendar import), never at
# start. httpx._main is httpx's command-line tool (rich, click, pygments).
HEAVY = ("openpyxl", "docx", "matplotlib", "lxml", "PIL", "holidays", "numpy", "rich")


def _fresh(code: str) -> str:
    """What ``code`` prints, run in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout


def test_starting_the_bot_loads_no_heavy_module():
    code = (
        "import json, sys, bot.app, bot.inbox\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})))"
    )
    assert json.loads(_fresh(code)) == []


def test_httpx_command_line_tool_is_not_imported():
    code = "import sys, bot.app, httpx\nprint(sys.modules.get('httpx._main', 'absent'))"
    assert _fresh(code).strip() == "None"


# The bot's own modules that no report needs, loaded by the command, import, export or due
# post that uses them: the report parser, the schedule grammar, the workbooks, the week
# view, the digest's builder and chart.
LATER = (
    "bot.domain.rectification_import",
    "bot.domain.rectification_parsing.outline",
    "bot.usecases.rectification_import",
    "bot.zipbudget",
    "bot.domain.schedule_rules",
    "bot.domain.schedules.parser",
    "bot.usecases.attendance",
    "bot.usecases.rectification_export",
    "bot.workbook",
    "bot.domain.week_view",
    "bot.domain.attendance",
    "bot.usecases.digest",
    "bot.charts",
    # APScheduler's cron trigger: a cron reminder only (the heartbeat is an interval job)
    "bot.domain.schedules.cron",
    "apscheduler.triggers.cron",
)


def test_starting_the_bot_leaves_what_no_report_needs_for_later():
    code = (
        "import json, sys, bot.__main__, bot.app, bot.inbox\n"
        f"print(json.dumps(sorted(m for m in {LATER!r} if m in sys.modules)))"
    )
    assert json.loads(_fresh(code)) == []


def test_starting_the_bot_compiles_none_of_the_readers_patterns():
    # The reader's ~200 patterns are compiled when a message first needs them
    # (bot.domain.pattern_gate): a start-up compiles none of them.
    code = (
        "import gc, bot.app, bot.inbox\n"
        "from bot.domain.pattern_gate import Gated, Lazy\n"
        "objs = gc.get_objects()\n"
        "gated = [o for o in objs if isinstance(o, Gated)]\n"
        "lazy = [o for o in objs if isinstance(o, Lazy)]\n"
        "done = sum(o._compiled is not None or o._gate is not None for o in gated)\n"
        "done += sum('_compiled' in vars(o) for o in lazy)\n"
        "print(len(gated), len(lazy), done)\n"
    )
    gated, lazy, compiled = map(int, _fresh(code).split())
    assert gated > 60
    assert lazy > 60
    assert compiled == 0


def test_reading_a_report_leaves_the_chinese_codecs_unloaded():
    # Rare characters are told by bot/domain/reader/common_chars.txt, not by the GB 2312
    # codec, whose module and tables cost about 0.1 MB of idle memory.
    code = (
        "import sys\n"
        "from datetime import datetime, timedelta, timezone\n"
        "from bot.domain.absence_reader import read_report\n"
        "now = datetime(2026, 11, 2, 9, 0, tzinfo=timezone(timedelta(hours=8)))\n"
        "assert read_report('明天上午请假，孩子家长会', now).is_report\n"
        "assert read_report('郈鹏今天晚到半个钟头，让我报一下', now).is_report\n"
        "print(sorted(m for m in sys.modules if m in ('encodings.gb2312', '_codecs_cn')))\n"
    )
    assert json.loads(_fresh(code).replace("'", '"')) == []
