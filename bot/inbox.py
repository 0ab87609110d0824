"""Fetching updates so that none is lost: poll, store, confirm, handle from the store.

python-telegram-bot's ``Updater`` confirms an update to Telegram (the next ``getUpdates``
offset) as soon as it has it in memory, so a kill or ``docker stop`` mid-burst lost every
update still queued. Here the Application keeps its handlers and Bot, and only the fetching
is ours: each batch is written to the ``inbox`` table together with the next offset before
the next ``getUpdates`` call confirms it; each stored update is then handled, and marked
handled in the transaction of its first change (:class:`storage.db.UpdateMark`). On start,
what is left in the inbox is handled before polling resumes.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
import time
from typing import Any

from telegram import Update
from telegram.error import InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application

from bot import heap
from bot.outbox import retry_after
from storage.db import UpdateMark, current_update, to_db_time
from storage.inbox import InboxRepo, Stored

log = logging.getLogger(__name__)
# After SIGTERM no update is started later than this, and the one being handled then is
# cancelled CUT_SECONDS after: all done well inside Docker's 10 s grace before its SIGKILL.
DRAIN_SECONDS = 7.0
CUT_SECONDS = 1.0
_BACKOFF = (1.0, 2.0, 5.0, 10.0, 30.0)


class MarkingApplication(Application[Any, Any, Any, Any, Any, Any]):
    """The Application, with each update's "handled" mark written with its first change,
    or after its handlers ran when they changed nothing. The console and the tests feed
    updates here too, so the mark works the same everywhere."""

    async def process_update(self, update: object) -> None:
        svc = self.bot_data.get("services")
        if not isinstance(update, Update) or svc is None:
            await super().process_update(update)
            return
        mark = UpdateMark(update.update_id, to_db_time(svc.now()))
        token = current_update.set(mark)
        try:
            await super().process_update(update)
        finally:
            current_update.reset(token)
        try:
            await svc.db.finish_update(mark)  # not reached when cancelled: handled again later
        except sqlite3.Error:
            # The database is locked or full: the update stays unhandled in the inbox and is
            # handled again later; what the handlers changed already carries the mark.
            log.warning(
                "update %s: could not mark it handled; it will be read again",
                update.update_id,
                exc_info=True,
            )


async def drain(
    app: Application[Any, Any, Any, Any, Any, Any],
    *,
    until: float | None = None,
    stop: asyncio.Event | None = None,
) -> int:
    """Handle the stored updates not handled yet, oldest first; stop at ``until``
    (``time.monotonic()``) or once ``stop`` is set, and leave the rest stored. Returns how
    many were handled."""
    repo = InboxRepo(app.bot_data["services"].db)
    handled = 0
    while True:
        batch = await repo.waiting()
        if not batch:
            return handled
        for stored in batch:
            if until is not None and time.monotonic() >= until:
                return handled
            if stop is not None and stop.is_set():
                return handled
            if until is None:
                await _handle(app, stored)
            else:
                # The last one may wait on the rate limiter: cancelled before Docker's
                # SIGKILL, its record stands and an answer that never left is owed.
                try:
                    await asyncio.wait_for(
                        _handle(app, stored), until + CUT_SECONDS - time.monotonic()
                    )
                except TimeoutError:
                    log.warning("update %s cut off at the end of the stop", stored.update_id)
                    return handled
            handled += 1


async def _handle(app: Application[Any, Any, Any, Any, Any, Any], stored: Stored) -> None:
    try:
        update = Update.de_json(json.loads(stored.payload), app.bot)
    except (ValueError, TypeError, KeyError) as exc:
        log.error("stored update %s is unreadable (%s); set aside", stored.update_id, exc)
        mark = UpdateMark(stored.update_id, to_db_time(app.bot_data["services"].now()))
        await app.bot_data["services"].db.finish_update(mark)
        return
    await app.process_update(update)


async def resume(app: Application[Any, Any, Any, Any, Any, Any]) -> int:
    """On start: count this start against what is left, then handle it."""
    repo = InboxRepo(app.bot_data["services"].db)
    for update_id in await repo.note_start():
        log.error("update %s was being handled at three stops in a row; set aside", update_id)
    left = await repo.count_waiting()
    if left:
        log.info("handling %s update(s) left in the inbox", left)
    return await drain(app)


async def poll(
    app: Application[Any, Any, Any, Any, Any, Any],
    stop: asyncio.Event,
    *,
    poll_timeout: int,
    allowed_updates: list[str] | None = None,
) -> None:
    """Long-poll until ``stop`` is set; every batch stored before it is confirmed."""
    svc = app.bot_data["services"]
    repo = svc.inbox
    offset = await repo.offset()
    failures = 0
    # getUpdates is refused while a webhook is set; pending updates stay at Telegram.
    await app.bot.delete_webhook(drop_pending_updates=False)
    running = False  # the first call does not wait: it shows Telegram answers, and says so
    trimmed = False
    while not stop.is_set():
        wait = poll_timeout if running else 0
        fetch = asyncio.ensure_future(
            app.bot.get_updates(
                offset=offset,
                timeout=wait,
                allowed_updates=allowed_updates,
                read_timeout=wait + 10,
            )
        )
        stopped = asyncio.ensure_future(stop.wait())
        await asyncio.wait({fetch, stopped}, return_when=asyncio.FIRST_COMPLETED)
        stopped.cancel()
        if not fetch.done():
            fetch.cancel()  # nothing fetched is lost: the offset was not moved on
            return
        try:
            updates = fetch.result()
        except InvalidToken:
            raise
        except RetryAfter as exc:
            await _pause(stop, retry_after(exc))
            continue
        except (NetworkError, TelegramError) as exc:
            delay = _BACKOFF[min(failures, len(_BACKOFF) - 1)]
            failures += 1
            log.warning("getUpdates failed (%s); again in %.0f s", exc, delay)
            await _pause(stop, delay)
            continue
        failures = 0
        if not running:
            running = True
            log.info("bot running as @%s", app.bot.username)
        if updates:
            offset = updates[-1].update_id + 1
            batch = [
                Stored(u.update_id, json.dumps(u.to_dict(), ensure_ascii=False)) for u in updates
            ]
            await repo.store(batch, offset, svc.now())
        await drain(app, stop=stop)
        if not updates and not trimmed:
            # The first wait with nothing to do: the heap's pages that start-up freed go back
            # to the system (0.2-0.3 MB of idle RSS; a trim any earlier is refilled by then).
            heap.give_back()
            trimmed = True


async def _pause(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)
