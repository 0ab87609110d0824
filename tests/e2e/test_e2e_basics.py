"""`bureau-bot run` as its own process, over real HTTP, against the Bot API double."""

from __future__ import annotations

import pytest

from tests.e2e.group import SILENCE, Group, Person, texts

pytestmark = pytest.mark.e2e

ALICE = Person(11, "Alice", "alice")
BOB = Person(12, "Bob", "bob")
CAROL = Person(13, "Carol", "carol")


def test_two_users_in_the_group_get_answers(double, running_bot):
    group = Group(double)
    [alice_start] = texts(group.say(ALICE, "/start"))
    [bob_start] = texts(group.say(BOB, "/start"))
    [iam] = texts(group.say(BOB, "/iam 李四"))
    [members] = texts(group.say(ALICE, "/members"))
    assert alice_start.startswith("Alice，您好")
    assert bob_start.startswith("Bob，您好")
    assert "已登记您的实名：李四" in iam
    assert "李四" in members and "共 2 人" in members
    log = running_bot.stop()
    assert "Traceback" not in log


def test_the_bot_starts_with_its_menu_published(double, running_bot):
    """At start the bot asks who it is, publishes its command menu and leaves webhooks."""
    assert double.calls("getMe") and double.calls("deleteWebhook")
    names = [c["command"] for c in double.commands()]
    assert {"start", "help", "whosout"} <= set(names)
    assert double.calls("getUpdates")
    assert "Traceback" not in running_bot.stop()


def test_a_foreign_group_gets_silence(double, running_bot):
    stranger = Group(double, chat_id=-100999, title="别的群")
    assert stranger.say(CAROL, "/start", expect=0, timeout=SILENCE) == []
    assert double.sent(-100999) == []
    assert "not allowed" in running_bot.stop()
