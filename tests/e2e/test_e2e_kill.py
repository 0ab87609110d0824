"""The kill test: `bureau-bot run` killed with SIGKILL in the middle of a burst of reports,
started again, and counted from the database.

500 distinct reports from 50 people wait at the Bot API double; the bot is killed once it has
confirmed ``kill_after`` of them, started again on the same database, and left to finish.
Then every report must be recorded exactly once and no report confirmed twice. The price of
that, counted and reported (docs/reliability.md): the one confirmation on its way at a
SIGKILL is not sent again, since Telegram may already have shown it.

Only two things here touch the double: ``inject`` (a person writes in the group) and
``answers`` (what the bot sent).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.e2e.botapi_double import BotApiDouble, Sent
from tests.e2e.conftest import GROUP_ID, RunningBot, _wait_until_polling
from tests.e2e.group import Person, database_path, launch

pytestmark = pytest.mark.e2e

PEOPLE = [Person(5000 + i, f"员工{i:02d}", f"staff{i:02d}") for i in range(50)]
PER_PERSON = 10
TOTAL = len(PEOPLE) * PER_PERSON
OFFICE_TZ = ZoneInfo("Asia/Shanghai")
# How long a burst may take before the test gives up waiting: a ceiling, not a pause (each
# wait ends as soon as the count is reached). 500 reports take 10-20 s on a quiet machine; a
# helper saw one left unhandled at 60 s with six test suites sharing two cores.
FINISH_SECONDS = 180.0


def report(person: int, k: int) -> str:
    """Person ``person``'s report number ``k``: a trip on its own day, so no two of one
    person's reports overlap (an overlap is asked about, not recorded). The tag K12-3 makes
    each text unique; a bare 12-3 would be a second day (December 3rd)."""
    day = datetime.now(OFFICE_TZ).date() + timedelta(days=2 + k)
    return f"{day.month}月{day.day}日出差，去姜畲大堤检查K{person}-{k}"


# ---------------------------------------------------------------------- the double
GROUP = {"id": GROUP_ID, "type": "supergroup", "title": "区水利局工作群"}


def inject(double: BotApiDouble, who: Person, text: str) -> None:
    double.send_message(who.user, GROUP, text)


def answers(double: BotApiDouble) -> list[Sent]:
    """Every message the bot sent to the group so far."""
    return double.sent(GROUP_ID, "sendMessage")


# ---------------------------------------------------------------------- the bot
def start_bot(double: BotApiDouble, tmp_path: Path, run: int, limiter: bool = False) -> RunningBot:
    env = {"BUREAU_BOT_LOGGING__LEVEL": "INFO"}
    if limiter:  # the default: python-telegram-bot's AIORateLimiter, 20 a minute per group
        env["BUREAU_BOT_TELEGRAM__RATE_LIMIT"] = "true"
    bot = launch(double, tmp_path, tmp_path / f"bot-{run}.log", env)
    _wait_until_polling(bot)
    return bot


@pytest.mark.parametrize(
    ("sig", "kill_after"),
    [(signal.SIGKILL, 60), (signal.SIGKILL, 150), (signal.SIGKILL, 320), (signal.SIGTERM, 150)],
    ids=["kill-60", "kill-150", "kill-320", "term-150"],
)
def test_a_stop_mid_burst_loses_and_doubles_nothing(double, tmp_path, sig, kill_after):
    """SIGKILL: no clean-up of any kind. SIGTERM (docker stop): the bot stops fetching,
    handles what it can in its grace period and leaves the rest stored."""
    double.reset()
    for k in range(PER_PERSON):
        for i, person in enumerate(PEOPLE):
            inject(double, person, report(i, k))

    confirmations: Counter[int] = Counter()

    def watch(until: float, enough: int) -> None:
        while time.monotonic() < until and len(confirmations) < enough:
            confirmations.clear()
            confirmations.update(a.reply_to for a in answers(double) if a.reply_to is not None)
            time.sleep(0.005)

    first = start_bot(double, tmp_path, 1)
    try:
        watch(time.monotonic() + FINISH_SECONDS, kill_after)
        assert len(confirmations) >= kill_after, first.log.read_text()[-3000:]
        # Seeing a confirmation arrive is the very moment the bot has not yet recorded it:
        # a kill then would nearly always land in the one window the design leaves open.
        # A random pause of a few handling cycles makes the moment arbitrary.
        time.sleep(random.uniform(0.0, 0.05))
    finally:
        first.process.send_signal(sig)
        first.process.wait(timeout=30)
    at_kill = len(confirmations)
    with sqlite3.connect(database_path(tmp_path)) as db:
        stored = db.execute("SELECT COUNT(*) FROM inbox WHERE handled_at IS NULL").fetchone()[0]

    second = start_bot(double, tmp_path, 2)
    try:
        # All but the one a SIGKILL may leave unsent; the last, and a late duplicate, would
        # arrive in the pause after.
        watch(time.monotonic() + FINISH_SECONDS, TOTAL - (1 if sig == signal.SIGKILL else 0))
        time.sleep(0.5)
        watch(time.monotonic() + 0.5, TOTAL + 1)
    finally:
        log = second.stop()

    per_message = records_per_message(tmp_path)
    with sqlite3.connect(database_path(tmp_path)) as db:
        waiting = db.execute("SELECT COUNT(*) FROM inbox WHERE handled_at IS NULL").fetchone()[0]
    recorded = len(per_message)
    doubled_records = sum(1 for _, n in per_message if n > 1)
    doubled_answers = sum(1 for n in confirmations.values() if n > 1)
    figures = (
        f"{signal.Signals(sig).name} after {kill_after} (saw {at_kill}, {stored} left stored): "
        f"sent {TOTAL}, recorded {recorded}, "
        f"doubled {doubled_records}, confirmed {len(confirmations)}, "
        f"confirmed twice {doubled_answers}, unanswered {TOTAL - len(confirmations)}, "
        f"left in inbox {waiting}"
    )
    print(figures)
    _note(figures)
    assert recorded == TOTAL and doubled_records == 0, f"{figures}\n{log[-3000:]}"
    assert waiting == 0, figures
    assert doubled_answers == 0, figures
    # Updates are handled one at a time: at most the one confirmation on its way at the kill
    # is left unsent (SIGTERM lets it finish).
    unanswered = TOTAL - len(confirmations)
    assert unanswered <= (1 if sig == signal.SIGKILL else 0), f"{figures}\n{log[-3000:]}"


def test_docker_stop_with_the_rate_limiter_loses_nothing(double, tmp_path):
    """`docker stop` as Docker does it (SIGTERM, 10 s, SIGKILL) with the default rate limiter,
    which holds the group's answers to 20 a minute: the updates it was holding back stay in
    the inbox and are handled after the restart (issue 13 measured 34 of 60 lost here)."""
    double.reset()
    people = PEOPLE[:20]
    for k in range(2):
        for i, person in enumerate(people):
            inject(double, person, report(i, k))
    total = 2 * len(people)

    def confirmed() -> Counter[int]:
        return Counter(a.reply_to for a in answers(double) if a.reply_to is not None)

    first = start_bot(double, tmp_path, 1, limiter=True)
    try:
        deadline = time.monotonic() + FINISH_SECONDS
        while time.monotonic() < deadline and len(confirmed()) < 20:
            time.sleep(0.01)  # the limiter's burst; the rest are held back
    finally:
        first.stop(grace=10)  # Docker's default
    at_stop = len(confirmed())

    second = start_bot(double, tmp_path, 2, limiter=True)
    try:
        deadline = time.monotonic() + FINISH_SECONDS
        while time.monotonic() < deadline and len(confirmed()) < total:
            time.sleep(0.01)
        time.sleep(0.5)  # a late duplicate would arrive now
    finally:
        log = second.stop()
    per_message = records_per_message(tmp_path)
    counts = confirmed()
    figures = (
        f"docker stop with the rate limiter after {at_stop} answers: sent {total}, "
        f"recorded {len(per_message)}, doubled {sum(1 for _, n in per_message if n > 1)}, "
        f"confirmed {len(counts)}, confirmed twice {sum(1 for n in counts.values() if n > 1)}"
    )
    print(figures)
    _note(figures)
    assert len(per_message) == total and all(n == 1 for _, n in per_message), figures
    assert len(counts) == total and max(counts.values()) == 1, f"{figures}\n{log[-3000:]}"


def records_per_message(tmp_path: Path) -> list[tuple[int, int]]:
    """(source message, how many records it made), from the database."""
    with sqlite3.connect(database_path(tmp_path)) as db:
        return db.execute(
            "SELECT source_message_id, COUNT(*) FROM absences GROUP BY source_message_id"
        ).fetchall()


def _note(line: str) -> None:
    """Figures for docs/reliability.md, when asked for (KILL_TEST_FIGURES=path)."""
    target = os.environ.get("KILL_TEST_FIGURES")
    if target:
        with open(target, "a", encoding="utf-8") as sink:
            sink.write(line + "\n")
