"""Builds the python-telegram-bot Application from the configuration.

The same function serves production (HTTPS to Telegram or a self-hosted Bot API server via
``base_url``), the offline console and the tests; they differ only in the ``request`` (the
transport) and the clock they pass.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseHandler,
    CallbackContext,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
)
from telegram.request import BaseRequest

from bot import outbox
from bot.clock import Clock
from bot.config import Settings
from bot.context import CONTEXT_TYPES
from bot.features import FEATURES
from bot.features.common import is_command
from bot.features.errors import on_error
from bot.inbox import MarkingApplication
from bot.services import Services, open_services
from bot.wire import WireRequest
from storage.db import Database, to_db_time

log = logging.getLogger(__name__)
HEARTBEAT_SECONDS = 30
CONSOLE_TOKEN = "1000001:offline-console"

App = Application[Any, Any, Any, Any, Any, Any]


async def create_app(
    settings: Settings,
    clock: Clock,
    *,
    request: BaseRequest | None = None,
    console: bool = False,
    extra_groups: frozenset[int] = frozenset(),
) -> App:
    """Open storage and build the Application with every feature registered."""
    svc = await open_services(settings, clock, console=console, extra_groups=extra_groups)
    token = settings.telegram.token.get_secret_value() if settings.telegram.token else CONSOLE_TOKEN
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram.base_url)
        .base_file_url(settings.telegram.base_file_url)
        .defaults(Defaults(tzinfo=svc.tz, parse_mode=ParseMode.HTML))
        .application_class(MarkingApplication)
        .context_types(CONTEXT_TYPES)
        .updater(None)  # bot.inbox fetches: an update is confirmed only once it is stored
    )
    if request is None:
        # One HTTP client for getUpdates and every other call (PTB builds two by default):
        # each client loads its own TLS context and CA bundle, ~0.8 MB of idle RSS. The pool
        # is PTB's default for the bot's calls; a long poll holds one of its connections.
        request = WireRequest(connection_pool_size=256)
    builder = builder.request(request).get_updates_request(request)
    if settings.telegram.rate_limit and not console:
        # PTB types the limiter's per-call argument as None on a builder made without one.
        limiter: Any = AIORateLimiter(max_retries=2)
        builder = builder.rate_limiter(limiter)
    app = builder.build()
    app.bot_data["services"] = svc
    app.bot_data["features"] = FEATURES
    for feature in FEATURES:
        feature.register(app)
        svc.due_work.extend(feature.due_work)
    _one_check_for_commands(app)
    app.add_error_handler(on_error)
    return app


class CommandsAndButtons(BaseHandler[Update, Any, None]):
    """A group of command and button handlers behind one check: an update that is neither a
    command nor a button press (every report) is turned away at once instead of by each of
    the 46 handlers in turn (0.01 ms of a report's path, docs/performance.md). Anything
    else goes to the first handler that takes it, in registration order, as PTB would."""

    def __init__(self, handlers: list[BaseHandler[Any, Any, Any]]) -> None:
        super().__init__(_never_called)
        self.handlers = handlers

    def check_update(self, update: object) -> tuple[BaseHandler[Any, Any, Any], object] | None:
        if not isinstance(update, Update):
            return None
        if update.callback_query is None:
            message = update.effective_message
            if message is None or not is_command(message):
                return None  # what CommandHandler checks first
        for handler in self.handlers:
            check = handler.check_update(update)
            if check is not None and check is not False:
                return handler, check
        return None

    async def handle_update(
        self,
        update: Update,
        application: Application[Any, Any, Any, Any, Any, Any],
        check_result: object,
        context: Any,
    ) -> None:
        handler, check = cast(tuple[BaseHandler[Any, Any, Any], object], check_result)
        await handler.handle_update(update, application, check, context)


async def _never_called(update: object, context: object) -> None:
    raise AssertionError("CommandsAndButtons hands each update to one of its handlers")


def _one_check_for_commands(app: App) -> None:
    """Each group made only of command and button handlers that block as PTB's default does
    (the one check must block as they do) becomes one :class:`CommandsAndButtons`."""
    for group, handlers in app.handlers.items():
        joined = CommandsAndButtons(list(handlers))
        if len(handlers) > 1 and all(
            type(h) in (CommandHandler, CallbackQueryHandler) and h.block is joined.block
            for h in handlers
        ):
            app.handlers[group] = [joined]


async def startup(app: App) -> None:
    """Run once the Application is initialised: roles, housekeeping, feature hooks, heartbeat."""
    svc: Services = app.bot_data["services"]
    now = svc.now()
    roles = svc.settings.roles
    await svc.members.apply_config_roles(roles.admins, roles.leaders, now)
    await forget_old_updates(svc, now)
    for feature in app.bot_data["features"]:
        if feature.startup is not None:
            await feature.startup(app, svc)
    await outbox.deliver(app)  # posts a kill or an outage left half sent
    if app.job_queue is not None:
        app.job_queue.run_repeating(_heartbeat, interval=HEARTBEAT_SECONDS, first=HEARTBEAT_SECONDS)


async def forget_old_updates(svc: Services, now: datetime) -> None:
    """Update ids are kept a week to drop re-deliveries. Telegram numbers updates in sequence
    but may start anywhere after a week without any, so older ids must not linger."""
    await svc.db.execute(
        "DELETE FROM seen_updates WHERE seen_at < ?", (to_db_time(now - timedelta(days=7)),)
    )
    await svc.inbox.forget(now - timedelta(days=7))
    svc.updates_forgotten_at = now


async def _heartbeat(context: CallbackContext[Any, Any, Any, Any]) -> None:
    svc: Services = context.application.bot_data["services"]
    await run_due(context.application, svc.now())
    if svc.now() - (svc.updates_forgotten_at or svc.now()) > timedelta(hours=6):
        await forget_old_updates(svc, svc.now())
    if svc.console:
        return
    async with svc.db.transaction() as conn:  # read by `bureau-bot health`
        await conn.execute(
            "INSERT INTO kv(key, value) VALUES ('heartbeat', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (to_db_time(datetime.now(UTC)),),
        )


async def heartbeat_age(db: Database) -> float | None:
    """Seconds since the running bot last beat (real time, not the injected clock)."""
    value = await db.fetchval("SELECT value FROM kv WHERE key = 'heartbeat'")
    if value is None:
        return None
    return (datetime.now(UTC) - datetime.fromisoformat(value)).total_seconds()


async def run_due(app: App, now: datetime) -> None:
    """Let every feature do the scheduled work that is due at ``now``.

    Each piece of due work claims its posts in the outbox before sending, so calling this
    twice (heartbeat and console, or after a restart) repeats nothing; what is still pending
    (a network error, a kill mid-send) is sent again here.
    """
    svc: Services = app.bot_data["services"]
    async with svc.due_lock:
        for work in svc.due_work:
            try:
                await work(app, now)
            except Exception:
                log.exception("scheduled work %s failed", getattr(work, "__qualname__", work))
        try:
            await outbox.deliver(app)  # what a network error or a kill left pending
        except Exception:
            log.exception("the outbox could not be delivered")


async def close(app: App) -> None:
    svc: Services | None = app.bot_data.get("services")
    if svc is not None:
        await svc.db.close()
