"""One sending policy for every scheduled post: claim, send, record Telegram's answer.

- ``RetryAfter``: wait what Telegram asks (up to :data:`PATIENCE`) and try again; longer
  waits are left to the next heartbeat.
- A network error or a timeout: the part stays pending; the next heartbeat or the next start
  sends it again, marked 补发 when it is late by then.
- ``Forbidden`` or another refusal: the post is given up, with one log line and one notice
  to the admins.
- A post of several parts (the digest: its text and its chart) is done when every part is
  sent; a retry sends only the parts not yet sent, in order.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, TypeVar

from telegram import InlineKeyboardMarkup, InputFile, Message
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application
from telegram.warnings import PTBDeprecationWarning

from bot.domain.roles import Role
from bot.services import Services
from messages import outbox as text
from messages.paging import split_message
from storage.outbox import Part, Pending

log = logging.getLogger(__name__)
PATIENCE = 60.0  # seconds of RetryAfter waited in place; beyond it, the next heartbeat
LATE_AFTER = timedelta(minutes=10)  # a retry this long after the first try says 补发
_TRIES = 3
_NETWORK_PAUSES = (0.0, 1.0, 3.0)  # before the 2nd, 3rd and 4th try of an answer
T = TypeVar("T")

App = Application[Any, Any, Any, Any, Any, Any]
sleep = asyncio.sleep  # the one real wait: Telegram's flood control asks for it


async def retrying(call: Callable[[], Awaitable[T]]) -> T:
    """An answer to a person (a report's confirmation), tried again after Telegram's flood
    control and after network errors; a refusal (``BadRequest``, ``Forbidden``) is raised
    at once, as is the last failure."""
    for attempt, pause in enumerate((*_NETWORK_PAUSES, None)):
        try:
            return await call()
        except RetryAfter as exc:
            wait = retry_after(exc)
            if pause is None or wait > PATIENCE:
                raise
            await sleep(wait)
        except (BadRequest, Forbidden):
            raise
        except NetworkError as exc:
            if pause is None:
                raise
            log.warning("answer not sent (%s); try %s again", exc, attempt + 2)
            await sleep(pause)
    raise AssertionError("unreachable")


def text_parts(body: str, **options: Any) -> list[Part]:
    """A text post in as many messages as Telegram's limit needs."""
    return [Part("sendMessage", chunk, options=options) for chunk in split_message(body)]


async def unclaimed(svc: Services, posts: dict[str, int]) -> dict[str, int]:
    """Of these posts (key → chat), those not claimed yet: read before building a post, so
    the heartbeat neither builds nor writes anything once a post is out."""
    done = await svc.outbox.claimed(list(posts))
    return {key: chat for key, chat in posts.items() if key not in done}


async def post(
    app: App,
    post_key: str,
    chat_id: int,
    parts: list[Part],
    due_at: datetime,
    expires_at: datetime | None = None,
) -> bool:
    """Claim the post (unless claimed before) and send what is pending of it. True when
    every part is sent by the time this returns."""
    return await post_all(app, [(post_key, chat_id, parts)], due_at, expires_at)


async def post_all(
    app: App,
    posts: list[tuple[str, int, list[Part]]],
    due_at: datetime,
    expires_at: datetime | None = None,
) -> bool:
    """Several posts claimed together (a notice to a group and to leaders), then sent."""
    svc: Services = app.bot_data["services"]
    await svc.outbox.claim(posts, due_at, expires_at, svc.now())
    done = True
    for post_key, _, _ in posts:
        done = await deliver(app, post_key) and done
    return done


async def notify_once(
    app: App,
    key: str,
    messages: list[tuple[int, str]],
    due_at: datetime,
    expires_at: datetime | None = None,
    *,
    late_marked: bool = False,
) -> bool:
    """A notice to one or several chats (chat, text), sent once, as posts ``key@<chat>``;
    True when this call claimed it. Keys known to be out are remembered, so the 30-second
    heartbeat does not ask again."""
    svc: Services = app.bot_data["services"]
    known = svc.outbox_known
    if key in known:
        return False
    known.add(key)
    if await svc.outbox.group_claimed(key):
        return False
    by_chat: dict[int, list[Part]] = {}
    for chat_id, body in messages:
        parts = [replace(p, late_marked=late_marked) for p in text_parts(body)]
        by_chat.setdefault(chat_id, []).extend(parts)
    posts = [(f"{key}@{chat_id}", chat_id, parts) for chat_id, parts in by_chat.items()]
    if not posts:
        return False
    await post_all(app, posts, due_at, expires_at)
    return True


async def deliver(app: App, post_key: str | None = None) -> bool:
    """Send the pending parts (of one post, or of all); True when nothing is left pending."""
    svc: Services = app.bot_data["services"]
    async with svc.outbox_lock:  # one sender: a heartbeat and a feature never send one part twice
        blocked: set[str] = set()
        for part in await svc.outbox.waiting(post_key):
            if part.post_key in blocked:
                continue  # an earlier part is not out yet: keep the order
            if not await _send_part(app, svc, part):
                blocked.add(part.post_key)
        return not blocked


async def _send_part(app: App, svc: Services, part: Pending) -> bool:
    now = svc.now()
    if part.expires_at is not None and now >= part.expires_at:
        log.warning("post %s part %s expired unsent; dropped", part.post_key, part.part)
        await svc.outbox.failed(part.post_key, "expired", now)
        return False
    content = part.content
    body = content.text
    # Late against its first try: a post first built late says so itself (or needs not).
    if now - max(part.due_at, part.claimed_at) >= LATE_AFTER and not content.late_marked and body:
        body = text.late(body)
    for _ in range(_TRIES):
        try:
            sent = await _call(app, part.chat_id, content, body)
        except RetryAfter as exc:
            wait = retry_after(exc)
            if wait > PATIENCE:
                await svc.outbox.attempted(part.id, f"retry after {wait:.0f}s")
                return False
            log.info("post %s: flood control, waiting %.0f s", part.post_key, wait)
            await sleep(wait)
            continue
        except (Forbidden, BadRequest) as exc:
            if content.fallback is not None:
                part, content, body = _fell_back(part, content, exc)
                continue
            await _give_up(app, svc, part, str(exc))
            return False
        except NetworkError as exc:  # TimedOut included; BadRequest handled above
            log.warning("post %s part %s: %s; will retry", part.post_key, part.part, exc)
            await svc.outbox.attempted(part.id, str(exc))
            return False
        except TelegramError as exc:
            await _give_up(app, svc, part, str(exc))
            return False
        await svc.outbox.sent(part.id, sent.message_id if sent else None, svc.now())
        return True
    await svc.outbox.attempted(part.id, "flood control")
    return False


def _fell_back(part: Pending, content: Part, exc: TelegramError) -> tuple[Pending, Part, str]:
    """The chat refused (a person who never opened a private chat with the bot): the same
    part goes to its fallback chat instead, in the same try."""
    assert content.fallback is not None
    chat_id, body, options = content.fallback
    log.info(
        "post %s: %s refused (%s); sent to %s instead", part.post_key, part.chat_id, exc, chat_id
    )
    moved = Part("sendMessage", body, late_marked=content.late_marked, options=options)
    return replace(part, chat_id=chat_id, content=moved), moved, body


def retry_after(exc: RetryAfter) -> float:
    """Seconds Telegram asks to wait (PTB 22 warns that the attribute becomes a timedelta;
    both forms are read)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(value)


async def _call(app: App, chat_id: int, content: Part, body: str) -> Message:
    options = _restored(app, content.options)
    if content.method == "sendPhoto":
        assert content.file is not None
        photo = InputFile(content.file, filename=content.file_name or "chart.png")
        return await app.bot.send_photo(chat_id, photo, caption=body or None, **options)
    return await app.bot.send_message(chat_id, body, **options)


def _restored(app: App, options: dict[str, Any]) -> dict[str, Any]:
    """Buttons come out of the outbox as Telegram's dict; PTB wants the keyboard object."""
    markup = options.get("reply_markup")
    if isinstance(markup, dict) and "inline_keyboard" in markup:
        return {**options, "reply_markup": InlineKeyboardMarkup.de_json(markup, app.bot)}
    return options


async def _give_up(app: App, svc: Services, part: Pending, reason: str) -> None:
    """Refused for good: one log line, and one notice to the admins the first time a chat
    refuses (never through the outbox, so a refused notice cannot loop)."""
    log.error(
        "post %s to %s refused by Telegram (%s); given up", part.post_key, part.chat_id, reason
    )
    await svc.outbox.failed(part.post_key, reason, svc.now())
    if await svc.outbox.refused_before(part.chat_id, part.post_key):
        return  # the admins know this chat refuses (a leader's summary would tell them daily)
    notice = text.refused(str(part.chat_id), part.post_key, reason)
    for member in await svc.members.all():
        if member.role != Role.ADMIN or member.tg_user_id is None:
            continue
        if member.tg_user_id == part.chat_id:
            continue
        try:
            await app.bot.send_message(member.tg_user_id, notice)
        except TelegramError as exc:
            log.warning("admin %s could not be told: %s", member.id, exc)
