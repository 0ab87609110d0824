"""A Telegram Bot API double for end-to-end tests: a small aiohttp server the project owns.

The bot under test talks to it over real HTTP exactly as to Telegram (point
``telegram.base_url`` at ``{double.url}/bot`` and ``telegram.base_file_url`` at
``{double.url}/file/bot``); the test drives it from the other side through plain Python
methods. It runs on 127.0.0.1, on a free port, in a thread with its own event loop::

    with BotApiDouble(token="123456:TEST") as double:
        double.send_message(ZHANG, GROUP, "明天上午请假")
        [reply] = double.wait_sent(1)
        double.fail_next("sendMessage", status=429, retry_after=1, times=2)

What it serves, at ``{url}/bot<token>/<method>`` (GET or POST; parameters as a query string,
JSON, form-encoded or multipart, as Telegram accepts them): ``getMe``, ``getUpdates`` (long
polling with ``offset``, ``limit``, ``timeout``, ``allowed_updates``; an update is delivered
again until a later ``offset`` confirms it), ``sendMessage``, ``editMessageText``,
``editMessageCaption``, ``editMessageReplyMarkup``, ``deleteMessage``,
``answerCallbackQuery``, ``sendPhoto`` and ``sendDocument`` (multipart uploads; the bytes are
kept), ``getFile``, ``sendChatAction``, ``getChat``, ``setMyCommands``, ``getMyCommands``,
``deleteMyCommands``, ``setWebhook``, ``deleteWebhook``, ``getWebhookInfo``, ``logOut`` and
``close``; files at ``{url}/file/bot<token>/<file_path>``.

Errors look like Telegram's: the HTTP status, and ``{"ok": false, "error_code": …,
"description": …}`` with ``parameters.retry_after`` on 429. A wrong token gets 401
``Unauthorized``, an unknown method 404 ``Not Found``, an empty text, an edit of an unknown
message, an edit that changes nothing, a stale callback query 400 with Telegram's wording.

Not served: webhooks (beyond storing the URL), inline mode, media groups, payments.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
import json
import mimetypes
import re
import socket
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

# Telegram's own wording for errors a test injects without giving one.
DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: chat not found",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running",
    429: "Too Many Requests: retry after {retry_after}",
    500: "Internal Server Error",
    502: "Bad Gateway",
}
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
STALE_QUERY = "Bad Request: query is too old and response timeout expired or query ID is invalid"

# How a form or multipart value is decoded (Telegram reads them the same way).
JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "entities",
        "caption_entities",
        "reply_parameters",
        "link_preview_options",
        "commands",
        "scope",
        "allowed_updates",
        "media",
    }
)
INT_FIELDS = frozenset(
    {
        "chat_id",
        "message_id",
        "offset",
        "limit",
        "timeout",
        "user_id",
        "reply_to_message_id",
        "message_thread_id",
        "cache_time",
    }
)
BOOL_FIELDS = frozenset(
    {
        "show_alert",
        "disable_notification",
        "protect_content",
        "drop_pending_updates",
        "allow_sending_without_reply",
        "disable_web_page_preview",
        "has_spoiler",
        "disable_content_type_detection",
    }
)
OUTPUT_METHODS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "editMessageText",
        "editMessageCaption",
        "editMessageReplyMarkup",
        "deleteMessage",
        "answerCallbackQuery",
    }
)


class ApiError(Exception):
    """A Bot API error answer: raised by a method, turned into Telegram's error body."""

    def __init__(self, status: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


@dataclass
class Sent:
    """One thing the bot did that a person would see, in the order the double received it.

    ``text`` is the message text or the caption; ``reply_to`` the id of the message it
    quotes; ``file_bytes``/``file_name`` what a sendPhoto/sendDocument uploaded; ``params``
    every parameter the bot sent, decoded (ints, booleans and JSON objects as such).
    """

    method: str
    chat_id: int | None
    message_id: int | None = None
    text: str | None = None
    reply_markup: dict[str, Any] | None = None
    reply_to: int | None = None
    show_alert: bool = False
    callback_query_id: str | None = None
    file_name: str | None = None
    file_bytes: bytes | None = None
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def buttons(self) -> list[str]:
        """The labels of its inline keyboard, row by row."""
        keyboard = (self.reply_markup or {}).get("inline_keyboard") or []
        return [button["text"] for row in keyboard for button in row]


@dataclass
class Call:
    """One request the bot made, answered or not (``status`` 0: dropped)."""

    method: str
    params: dict[str, Any]
    status: int


@dataclass
class _Fault:
    kind: str  # "error", "drop" or "stall"
    status: int = 0
    body: dict[str, Any] | None = None
    seconds: float = 0.0


@dataclass
class StoredFile:
    """A file the double serves: sent by a user, or uploaded by the bot."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    file_name: str | None = None
    mime_type: str | None = None

    def ids(self) -> dict[str, Any]:
        """The fields every Telegram file object carries."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.data),
        }


def telegram_error(
    status: int,
    description: str | None = None,
    *,
    retry_after: int | None = None,
    parameters: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The body Telegram answers an error with, e.g. for 429::

    {"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 3",
     "parameters": {"retry_after": 3}}
    """
    if status == 429 and retry_after is None:
        retry_after = 1
    if description is None:
        description = DEFAULT_DESCRIPTIONS.get(status, f"Error {status}")
        description = description.format(retry_after=retry_after)
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    extra = dict(parameters or {})
    if retry_after is not None:
        extra["retry_after"] = retry_after
    if extra:
        body["parameters"] = extra
    return body


class BotApiDouble:
    """The Bot API as one bot sees it, and a control panel for the test.

    Every test-side method is safe to call from the test's thread while the bot is talking
    to the server. Users and chats are Telegram objects as dicts (``{"id": 201, "is_bot":
    False, "first_name": "张三"}``, ``{"id": -100…, "type": "supergroup", "title": …}``); a
    chat may also be given by its id alone. Message ids are counted per chat, one sequence
    for people and the bot, as in Telegram.
    """

    def __init__(
        self,
        token: str,
        *,
        username: str = "BureauTestBot",
        first_name: str = "工作群助手",
        max_poll_timeout: float = 30.0,
    ) -> None:
        match = re.fullmatch(r"(\d+):\S+", token)
        assert match, f"a bot token looks like 123456:ABC, not {token!r}"
        self.token = token
        self.bot_user = {
            "id": int(match.group(1)),
            "is_bot": True,
            "first_name": first_name,
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": True,
            "supports_inline_queries": False,
        }
        self.max_poll_timeout = max_poll_timeout
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._update_ids = itertools.count(1)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._pollers: set[asyncio.Future[None]] = set()
        self._stopping: asyncio.Event | None = None
        self.url = ""
        self._clear()

    def _clear(self) -> None:
        self._pending: list[dict[str, Any]] = []
        self._delivered: set[int] = set()
        self._allowed: list[str] = []
        self._webhook = ""
        self._chats: dict[int, dict[str, Any]] = {}
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._bot_message_ids: dict[int, list[int]] = defaultdict(list)
        self._next_message_id: dict[int, int] = defaultdict(int)
        self._callbacks: dict[str, dict[str, Any]] = {}
        self._files: dict[str, StoredFile] = {}
        self._commands: dict[str, list[dict[str, Any]]] = {}
        self._faults: dict[str, deque[_Fault]] = defaultdict(deque)
        self._sent: list[Sent] = []
        self._calls: list[Call] = []

    # ================================================================== life cycle
    def start(self) -> BotApiDouble:
        """Serve on a free 127.0.0.1 port in a daemon thread; returns once it listens."""
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        ready = threading.Event()
        failure: list[BaseException] = []

        def serve() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self._serve(sock))
            except BaseException as exc:  # reported to start()'s caller
                failure.append(exc)
                ready.set()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

        self._thread = threading.Thread(target=serve, name="botapi-double", daemon=True)
        self._thread.start()
        assert ready.wait(30), "the Bot API double did not start"
        if failure:
            raise failure[0]
        return self

    async def _serve(self, sock: socket.socket) -> None:
        self._stopping = asyncio.Event()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
        await self._runner.setup()
        await web.SockSite(self._runner, sock).start()

    def stop(self) -> None:
        """Answer the open long polls, close the server and end its thread."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None or not thread.is_alive():
            return

        async def shutdown() -> None:
            assert self._stopping is not None and self._runner is not None
            self._stopping.set()
            self._wake_pollers()
            await self._runner.cleanup()

        with suppress(Exception):
            asyncio.run_coroutine_threadsafe(shutdown(), loop).result(15)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(15)

    def __enter__(self) -> BotApiDouble:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def reset(self) -> None:
        """Forget everything (updates, messages, files, outputs, faults) but keep serving.

        Update ids keep growing, as Telegram's do, so a bot that already polled never
        mistakes a new update for one it confirmed.
        """
        with self._lock:
            self._clear()
            self._changed.notify_all()

    # ================================================================== the people's side
    def send_message(
        self,
        user: dict[str, Any],
        chat: dict[str, Any] | int,
        text: str,
        *,
        message_id: int | None = None,
        date: int | None = None,
        reply_to: int | None = None,
    ) -> dict[str, Any]:
        """``user`` writes ``text`` in ``chat``; returns the update. A leading ``/command``
        carries its ``bot_command`` entity, as Telegram adds it."""
        message = self.message(user, chat, text, message_id=message_id, date=date)
        if reply_to is not None:
            with self._lock:
                quoted = self._messages.get((message["chat"]["id"], reply_to))
            message["reply_to_message"] = copy.deepcopy(quoted) if quoted else None
        return self.send_update({"message": message})

    def edit_message(
        self, user: dict[str, Any], chat: dict[str, Any] | int, message_id: int, text: str
    ) -> dict[str, Any]:
        """``user`` edits their message ``message_id`` to ``text``; returns the update."""
        with self._lock:
            original = self._messages.get((self._chat(chat)["id"], message_id))
        message = self.message(
            user,
            chat,
            text,
            message_id=message_id,
            date=original["date"] if original else int(time.time()),
        )
        message["edit_date"] = int(time.time())
        return self.send_update({"edited_message": message})

    def send_document(
        self,
        user: dict[str, Any],
        chat: dict[str, Any] | int,
        data: bytes,
        file_name: str,
        *,
        caption: str | None = None,
        mime_type: str | None = None,
    ) -> dict[str, Any]:
        """``user`` sends a file; the bot can fetch it with getFile and the download path."""
        mime = mime_type or mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        stored = self.add_file(data, "documents", file_name=file_name, mime_type=mime)
        document = {**stored.ids(), "file_name": file_name, "mime_type": mime}
        return self._send_file_message(user, chat, "document", document, caption)

    def send_photo(
        self,
        user: dict[str, Any],
        chat: dict[str, Any] | int,
        data: bytes,
        *,
        caption: str | None = None,
        width: int = 640,
        height: int = 480,
    ) -> dict[str, Any]:
        """``user`` sends a photo (one size, as the PhotoSize list Telegram sends)."""
        stored = self.add_file(data, "photos", file_name=None, mime_type="image/jpeg")
        photo = [{**stored.ids(), "width": width, "height": height}]
        return self._send_file_message(user, chat, "photo", photo, caption)

    def _send_file_message(
        self,
        user: dict[str, Any],
        chat: dict[str, Any] | int,
        kind: str,
        content: Any,
        caption: str | None,
    ) -> dict[str, Any]:
        message = self.message(user, chat, None)
        message[kind] = content
        if caption is not None:
            message["caption"] = caption
        return self.send_update({"message": message})

    def press(
        self,
        user: dict[str, Any],
        chat: dict[str, Any] | int,
        label: str,
        message_id: int | None = None,
    ) -> dict[str, Any]:
        """``user`` presses the inline button labelled (or carrying the callback data)
        ``label`` on the bot's message ``message_id``, or on the newest bot message in
        ``chat`` that has one; returns the ``callback_query`` update."""
        chat_id = self._chat(chat)["id"]
        with self._lock:
            ids = [message_id] if message_id is not None else self._bot_message_ids[chat_id][::-1]
            for mid in ids:
                message = self._messages.get((chat_id, mid))
                keyboard = ((message or {}).get("reply_markup") or {}).get("inline_keyboard")
                for button in (b for row in keyboard or [] for b in row):
                    if label in (button.get("text"), button.get("callback_data")):
                        query_id = str(next(self._update_ids) * 1000 + 7)
                        self._callbacks[query_id] = {"chat_id": chat_id, "answered": False}
                        query = {
                            "id": query_id,
                            "from": user,
                            "message": copy.deepcopy(message),
                            "chat_instance": str(chat_id),
                            "data": button.get("callback_data"),
                        }
                        return self.send_update({"callback_query": query})
        where = f"message {message_id}" if message_id is not None else "any bot message"
        raise LookupError(f"no button {label!r} on {where} in chat {chat_id}")

    def send_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue any update (its ``update_id`` is replaced by a fresh one, as for a
        re-delivery); returns it as the bot will receive it."""
        update = {k: v for k, v in update.items() if k != "update_id"}
        with self._lock:
            update = {"update_id": next(self._update_ids), **copy.deepcopy(update)}
            for kind in ("message", "edited_message"):
                message = update.get(kind)
                if isinstance(message, dict) and "chat" in message:
                    self._chats.setdefault(message["chat"]["id"], message["chat"])
                    key = (message["chat"]["id"], message["message_id"])
                    self._messages[key] = message
                    counter = self._next_message_id[message["chat"]["id"]]
                    self._next_message_id[message["chat"]["id"]] = max(
                        counter, message["message_id"]
                    )
            self._pending.append(update)
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._wake_pollers)
        return update

    def message(
        self,
        user: dict[str, Any],
        chat: dict[str, Any] | int,
        text: str | None,
        *,
        message_id: int | None = None,
        date: int | None = None,
    ) -> dict[str, Any]:
        """A message as Telegram sends it (not queued: for ``send_update``). Without
        ``message_id`` it takes the chat's next one."""
        chat_object = self._chat(chat)
        with self._lock:
            if message_id is None:
                message_id = self._new_message_id(chat_object["id"])
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": date if date is not None else int(time.time()),
            "chat": chat_object,
            "from": user,
        }
        if text is not None:
            message["text"] = text
            command = re.match(r"/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?", text)
            if command:
                length = len(command.group(0))
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return message

    def add_file(
        self,
        data: bytes,
        folder: str = "documents",
        *,
        file_name: str | None = None,
        mime_type: str | None = None,
    ) -> StoredFile:
        """Keep ``data`` as a Telegram file (getFile and the download path serve it)."""
        with self._lock:
            number = len(self._files) + 1
            suffix = re.sub(r"[^.\w]", "", "." + file_name.rsplit(".", 1)[-1]) if file_name else ""
            stored = StoredFile(
                file_id=f"DBL-{folder}-{number}-{next(self._update_ids)}",
                file_unique_id=f"DBLU{number}",
                file_path=f"{folder}/file_{number}{suffix if '.' in (file_name or '') else ''}",
                data=bytes(data),
                file_name=file_name,
                mime_type=mime_type,
            )
            self._files[stored.file_id] = stored
            return stored

    # ================================================================== reading the bot
    def sent(self, chat_id: int | None = None, method: str | None = None) -> list[Sent]:
        """Everything the bot did so far (messages, edits, deletions, callback answers),
        in order, optionally of one chat or one method."""
        with self._lock:
            return [
                s
                for s in self._sent
                if (chat_id is None or s.chat_id == chat_id)
                and (method is None or s.method == method)
            ]

    def calls(self, method: str | None = None) -> list[Call]:
        """Every request the bot made (status 0: the double dropped the connection)."""
        with self._lock:
            return [c for c in self._calls if method is None or c.method == method]

    def wait(self, condition: Callable[[], bool], timeout: float = 15.0) -> bool:
        """Block until ``condition()`` holds (checked whenever the bot made a request), at
        most ``timeout`` seconds; returns whether it held."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not condition():
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(left)
            return True

    def wait_sent(
        self, count: int = 1, *, after: int = 0, chat_id: int | None = None, timeout: float = 15.0
    ) -> list[Sent]:
        """The outputs after the first ``after`` ones (of ``chat_id``) once there are at
        least ``count`` of them; AssertionError after ``timeout`` seconds."""
        got = lambda: self.sent(chat_id)[after:]  # noqa: E731
        assert self.wait(lambda: len(got()) >= count, timeout), (
            f"waited {timeout}s for {count} output(s) of the bot, got {got()}"
        )
        return got()

    def delivered(self) -> set[int]:
        """The ids of the updates getUpdates has handed out (confirmed or not)."""
        with self._lock:
            return set(self._delivered)

    def pending(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by the bot."""
        with self._lock:
            return copy.deepcopy(self._pending)

    def commands(self, scope: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """The command menu the bot published for ``scope`` (default: the default scope)."""
        with self._lock:
            return list(self._commands.get(_scope_key(scope), []))

    def file_bytes(self, file_id: str) -> bytes:
        """The bytes behind a file id (one a user sent, or the bot uploaded)."""
        with self._lock:
            return self._files[file_id].data

    # ================================================================== faults
    def fail_next(
        self,
        method: str,
        status: int = 429,
        *,
        retry_after: int | None = None,
        description: str | None = None,
        parameters: dict[str, Any] | None = None,
        times: int = 1,
    ) -> None:
        """The next ``times`` calls of ``method`` answer HTTP ``status`` with Telegram's
        error body, and do nothing else. A 429 carries ``parameters.retry_after`` (default
        1) and the description "Too Many Requests: retry after N"; other statuses get
        Telegram's usual wording unless ``description`` is given (400 "Bad Request: chat
        not found", 403 "Forbidden: bot was blocked by the user", 502 "Bad Gateway"…).
        ``parameters`` adds fields, e.g. ``{"migrate_to_chat_id": -100…}``."""
        body = telegram_error(status, description, retry_after=retry_after, parameters=parameters)
        self._add_fault(method, _Fault("error", status=status, body=body), times)

    def drop_next(self, method: str, *, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` get no answer: the connection is closed
        (the client sees "server disconnected"); nothing is done."""
        self._add_fault(method, _Fault("drop"), times)

    def stall_next(self, method: str, seconds: float, *, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` wait ``seconds`` before being handled
        normally (a client with a shorter read timeout gives up first; the call may still
        take effect, as with Telegram)."""
        self._add_fault(method, _Fault("stall", seconds=seconds), times)

    def clear_faults(self) -> None:
        """Forget the faults not yet used."""
        with self._lock:
            self._faults.clear()

    def faults_left(self, method: str) -> int:
        """How many injected faults ``method`` still has to meet."""
        with self._lock:
            return len(self._faults.get(method, ()))

    def _add_fault(self, method: str, fault: _Fault, times: int) -> None:
        assert times >= 1
        with self._lock:
            self._faults[method].extend(copy.deepcopy(fault) for _ in range(times))

    # ================================================================== the server side
    async def _handle_method(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return _error_response(telegram_error(401))
        try:
            params, uploads = await _read_params(request)
        except (ValueError, UnicodeDecodeError) as exc:
            return _error_response(telegram_error(400, f"Bad Request: {exc}"))
        with self._lock:
            fault = self._faults[method].popleft() if self._faults.get(method) else None
        if fault is not None and fault.kind == "stall":
            assert self._stopping is not None
            with suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), fault.seconds)
        if fault is not None and fault.kind == "drop":
            self._record(Call(method, params, 0))
            if request.transport is not None:
                request.transport.abort()  # aiohttp writes nothing to an aborted transport
            return web.Response()
        if fault is not None and fault.kind == "error":
            assert fault.body is not None
            self._record(Call(method, params, fault.status))
            return _error_response(fault.body)
        try:
            if method == "getUpdates":
                result = await self._get_updates(params)
            else:
                handler = getattr(self, f"_api_{method}", None)
                if handler is None:
                    raise ApiError(404, "Not Found")
                with self._lock:
                    result = handler(params, uploads)
        except ApiError as exc:
            self._record(Call(method, params, exc.status))
            body = telegram_error(exc.status, exc.description, parameters=exc.parameters)
            return _error_response(body)
        self._record(Call(method, params, 200))
        return web.json_response(
            {"ok": True, "result": result}, dumps=lambda o: json.dumps(o, ensure_ascii=False)
        )

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error_response(telegram_error(401))
        path = request.match_info["path"]
        with self._lock:
            found = next((f for f in self._files.values() if f.file_path == path), None)
        if found is None:
            return _error_response(telegram_error(404))
        return web.Response(body=found.data, content_type="application/octet-stream")

    def _record(self, call: Call) -> None:
        with self._lock:
            self._calls.append(call)
            self._changed.notify_all()

    def _emit(self, sent: Sent) -> None:
        self._sent.append(sent)
        self._changed.notify_all()

    def _wake_pollers(self) -> None:
        for poller in list(self._pollers):
            if not poller.done():
                poller.set_result(None)
        self._pollers.clear()

    # ------------------------------------------------------------------ updates
    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        assert self._stopping is not None
        timeout = min(float(params.get("timeout") or 0), self.max_poll_timeout)
        deadline = time.monotonic() + timeout
        with self._lock:
            if self._webhook:
                raise ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
            if params.get("allowed_updates") is not None:
                self._allowed = list(params["allowed_updates"])
        while True:
            with self._lock:
                ready = self._take(params.get("offset"), int(params.get("limit") or 100))
            left = deadline - time.monotonic()
            if ready or left <= 0 or self._stopping.is_set():
                return ready
            poller: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._pollers.add(poller)
            try:
                with suppress(TimeoutError):
                    await asyncio.wait_for(poller, left)
            finally:
                self._pollers.discard(poller)

    def _take(self, offset: int | None, limit: int) -> list[dict[str, Any]]:
        """Confirm what ``offset`` confirms and hand out what is left (at most ``limit``)."""
        if offset is not None and offset < 0:
            self._pending = self._pending[offset:]
        elif offset is not None:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        if self._allowed:
            self._pending = [u for u in self._pending if _kind(u) in self._allowed]
        ready = copy.deepcopy(self._pending[: max(1, min(limit, 100))])
        self._delivered.update(u["update_id"] for u in ready)
        return ready

    # ------------------------------------------------------------------ helpers
    def _chat(self, chat: dict[str, Any] | int | str | None) -> dict[str, Any]:
        if isinstance(chat, dict):
            with self._lock:
                self._chats.setdefault(int(chat["id"]), chat)
            return chat
        try:
            chat_id = int(chat)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise ApiError(400, "Bad Request: chat not found") from None
        with self._lock:
            known = self._chats.get(chat_id)
        if known is not None:
            return known
        if chat_id < 0:
            return {"id": chat_id, "type": "supergroup", "title": f"Chat {chat_id}"}
        return {"id": chat_id, "type": "private", "first_name": f"User {chat_id}"}

    def _new_message_id(self, chat_id: int) -> int:
        self._next_message_id[chat_id] += 1
        return self._next_message_id[chat_id]

    def _need_chat(self, params: dict[str, Any]) -> dict[str, Any]:
        if params.get("chat_id") in (None, ""):
            raise ApiError(400, "Bad Request: chat_id is empty")
        return self._chat(params["chat_id"])

    def _bot_message(self, chat: dict[str, Any], params: dict[str, Any], **content: Any) -> dict:
        message = {
            "message_id": self._new_message_id(chat["id"]),
            "from": self.bot_user,
            "date": int(time.time()),
            "chat": chat,
            **{k: v for k, v in content.items() if v is not None},
        }
        if isinstance(params.get("reply_markup"), dict):
            message["reply_markup"] = params["reply_markup"]
        quoted = self._messages.get((chat["id"], _reply_to(params) or 0))
        if quoted is not None:
            message["reply_to_message"] = {
                k: v for k, v in quoted.items() if k != "reply_to_message"
            }
        self._messages[(chat["id"], message["message_id"])] = message
        self._bot_message_ids[chat["id"]].append(message["message_id"])
        return message

    def _existing(self, params: dict[str, Any], action: str) -> dict[str, Any]:
        if params.get("inline_message_id"):
            raise ApiError(400, "Bad Request: inline messages are not served by the double")
        chat = self._need_chat(params)
        message = self._messages.get((chat["id"], params.get("message_id") or 0))
        if message is None or message["message_id"] not in self._bot_message_ids[chat["id"]]:
            raise ApiError(400, f"Bad Request: message to {action} not found")
        return message

    @staticmethod
    def _check_text(text: Any, limit: int = 4096, what: str = "message text") -> str:
        if text is None or not str(text).strip():
            raise ApiError(400, f"Bad Request: {what} is empty")
        if len(str(text)) > limit:
            raise ApiError(400, "Bad Request: message is too long")
        return str(text)

    def _upload(
        self, params: dict[str, Any], uploads: dict[str, StoredFile], kind: str
    ) -> StoredFile:
        value = params.get(kind)
        if kind in uploads:
            return uploads[kind]
        if isinstance(value, str) and value.startswith("attach://") and value[9:] in uploads:
            return uploads[value[9:]]
        if isinstance(value, str) and value in self._files:
            return self._files[value]
        raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")

    # ================================================================== Bot API methods
    def _api_getMe(self, params: dict, uploads: dict) -> dict[str, Any]:
        return self.bot_user

    def _api_logOut(self, params: dict, uploads: dict) -> bool:
        return True

    def _api_close(self, params: dict, uploads: dict) -> bool:
        return True

    def _api_setWebhook(self, params: dict, uploads: dict) -> bool:
        self._webhook = str(params.get("url") or "")
        return True

    def _api_deleteWebhook(self, params: dict, uploads: dict) -> bool:
        self._webhook = ""
        if params.get("drop_pending_updates"):
            self._pending.clear()
        return True

    def _api_getWebhookInfo(self, params: dict, uploads: dict) -> dict[str, Any]:
        return {
            "url": self._webhook,
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }

    def _api_setMyCommands(self, params: dict, uploads: dict) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        self._commands[_scope_key(params.get("scope"))] = commands
        return True

    def _api_getMyCommands(self, params: dict, uploads: dict) -> list[dict[str, Any]]:
        return list(self._commands.get(_scope_key(params.get("scope")), []))

    def _api_deleteMyCommands(self, params: dict, uploads: dict) -> bool:
        self._commands.pop(_scope_key(params.get("scope")), None)
        return True

    def _api_getChat(self, params: dict, uploads: dict) -> dict[str, Any]:
        return {**self._need_chat(params), "accent_color_id": 0, "max_reaction_count": 11}

    def _api_sendChatAction(self, params: dict, uploads: dict) -> bool:
        self._need_chat(params)
        return True

    def _api_sendMessage(self, params: dict, uploads: dict) -> dict[str, Any]:
        chat = self._need_chat(params)
        text = self._check_text(params.get("text"))
        message = self._bot_message(chat, params, text=text, entities=params.get("entities"))
        self._emit(
            Sent(
                "sendMessage",
                chat["id"],
                message["message_id"],
                text=text,
                reply_markup=message.get("reply_markup"),
                reply_to=_reply_to(params),
                params=params,
            )
        )
        return message

    def _send_file(self, params: dict, uploads: dict, kind: str) -> dict[str, Any]:
        chat = self._need_chat(params)
        stored = self._upload(params, uploads, kind)
        caption = params.get("caption")
        if caption is not None and len(str(caption)) > 1024:
            raise ApiError(400, "Bad Request: message caption is too long")
        base = stored.ids()
        content: Any = (
            [{**base, "width": 1, "height": 1}]
            if kind == "photo"
            else {**base, "file_name": stored.file_name, "mime_type": stored.mime_type}
        )
        message = self._bot_message(chat, params, caption=caption, **{kind: content})
        self._emit(
            Sent(
                "send" + kind.capitalize(),
                chat["id"],
                message["message_id"],
                text=caption,
                reply_markup=message.get("reply_markup"),
                reply_to=_reply_to(params),
                file_name=stored.file_name,
                file_bytes=stored.data,
                params={k: v for k, v in params.items() if k != kind},
            )
        )
        return message

    def _api_sendPhoto(self, params: dict, uploads: dict) -> dict[str, Any]:
        return self._send_file(params, uploads, "photo")

    def _api_sendDocument(self, params: dict, uploads: dict) -> dict[str, Any]:
        return self._send_file(params, uploads, "document")

    def _edit(self, method: str, params: dict, keys: tuple[str, ...]) -> dict[str, Any]:
        message = self._existing(params, "edit")
        updated = dict(message)
        for key in keys:  # as in Telegram, what is left out (e.g. the keyboard) goes away
            if params.get(key) is not None:
                updated[key] = params[key]
            else:
                updated.pop(key, None)
        if all(updated.get(k) == message.get(k) for k in keys):
            raise ApiError(400, NOT_MODIFIED)
        updated["edit_date"] = int(time.time())
        message.clear()
        message.update(updated)
        self._emit(
            Sent(
                method,
                message["chat"]["id"],
                message["message_id"],
                text=message.get("text", message.get("caption")),
                reply_markup=message.get("reply_markup"),
                params=params,
            )
        )
        return message

    def _api_editMessageText(self, params: dict, uploads: dict) -> dict[str, Any]:
        self._check_text(params.get("text"))
        return self._edit("editMessageText", params, ("text", "entities", "reply_markup"))

    def _api_editMessageCaption(self, params: dict, uploads: dict) -> dict[str, Any]:
        return self._edit("editMessageCaption", params, ("caption", "reply_markup"))

    def _api_editMessageReplyMarkup(self, params: dict, uploads: dict) -> dict[str, Any]:
        return self._edit("editMessageReplyMarkup", params, ("reply_markup",))

    def _api_deleteMessage(self, params: dict, uploads: dict) -> bool:
        chat = self._need_chat(params)
        key = (chat["id"], params.get("message_id") or 0)
        if key not in self._messages:
            raise ApiError(400, "Bad Request: message to delete not found")
        del self._messages[key]
        self._emit(Sent("deleteMessage", chat["id"], key[1], params=params))
        return True

    def _api_answerCallbackQuery(self, params: dict, uploads: dict) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        query = self._callbacks.get(query_id)
        if query is None or query["answered"]:
            raise ApiError(400, STALE_QUERY)
        query["answered"] = True
        self._emit(
            Sent(
                "answerCallbackQuery",
                query["chat_id"],
                text=params.get("text"),
                show_alert=bool(params.get("show_alert")),
                callback_query_id=query_id,
                params=params,
            )
        )
        return True

    def _api_getFile(self, params: dict, uploads: dict) -> dict[str, Any]:
        stored = self._files.get(str(params.get("file_id") or ""))
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {**stored.ids(), "file_path": stored.file_path}


# ====================================================================== request parsing
async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, StoredFile]]:
    """The parameters of a call from its query string and body (JSON, form or multipart),
    decoded as Telegram reads them; uploaded files by field name."""
    raw: dict[str, Any] = dict(request.query)
    uploads: dict[str, StoredFile] = {}
    if request.can_read_body:
        if request.content_type == "application/json":
            body = await request.json()
            if not isinstance(body, dict):
                raise ValueError("the JSON body must be an object")
            raw.update(body)
        elif request.content_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
            for name, value in (await request.post()).items():
                if isinstance(value, web.FileField):
                    uploads[name] = StoredFile(
                        file_id="",
                        file_unique_id="",
                        file_path="",
                        data=value.file.read(),
                        file_name=value.filename,
                        mime_type=value.content_type,
                    )
                else:
                    raw[name] = value
    return {name: _decode(name, value) for name, value in raw.items()}, uploads


def _decode(name: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if name in JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            raise ValueError(f"can't parse {name} JSON object") from None
    if name in INT_FIELDS and re.fullmatch(r"-?\d+", value):
        return int(value)
    if name in BOOL_FIELDS:
        return value.lower() in ("true", "1")
    return value


def _error_response(body: dict[str, Any]) -> web.Response:
    return web.json_response(body, status=int(body["error_code"]))


def _scope_key(scope: Any) -> str:
    return json.dumps(scope or {"type": "default"}, sort_keys=True)


def _reply_to(params: dict[str, Any]) -> int | None:
    reply = params.get("reply_parameters")
    value = reply.get("message_id") if isinstance(reply, dict) else None
    value = value if value is not None else params.get("reply_to_message_id")
    return int(value) if value is not None else None


def _kind(update: dict[str, Any]) -> str:
    return next((k for k in update if k != "update_id"), "")
