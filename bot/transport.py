"""An in-process Bot API: the transport the console and the bot-level tests plug into
python-telegram-bot in place of HTTPS to Telegram.

Only the transport is replaced: the real ``Application``, ``Bot``, handlers, ``Defaults`` and
serialisation all run. It answers the methods this bot uses the way Telegram does, including
Telegram's errors that a bot must cope with (an edit that changes nothing, an unknown chat or
message), and records every output so a console can print it and a test can read it.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.clock import Clock
from bot.wire import leaving

BOT_ID = 1000001
BOT_USERNAME = "BureauWorkBot"


class ApiError(Exception):
    def __init__(self, code: int, description: str) -> None:
        super().__init__(description)
        self.code = code
        self.description = description


@dataclass
class Output:
    """Something the bot did that a person would see."""

    method: str
    chat_id: int | None
    message_id: int | None = None
    text: str | None = None
    parse_mode: str | None = None
    buttons: list[list[dict[str, Any]]] = field(default_factory=list)
    reply_to: int | None = None
    file_name: str | None = None
    file_bytes: bytes | None = None
    show_alert: bool = False

    def labels(self) -> list[str]:
        return [b["text"] for row in self.buttons for b in row]


@dataclass
class Fault:
    """A failure Telegram (or the network to it) causes, for the next ``times`` calls of
    ``method`` (to ``chat_id``, when given): ``retry_after`` (429, flood control), ``network``
    (the connection drops before Telegram has the request), ``timeout``, ``forbidden``
    (403: the bot was blocked or removed) or ``hang`` (no answer until the caller is
    cancelled, as when the process dies mid-send)."""

    method: str
    kind: str
    times: int = 1
    chat_id: int | None = None
    retry_after: int = 3


class LocalBotApi(BaseRequest):
    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self.faults: list[Fault] = []
        self.hanging = asyncio.Event()  # set when a call meets a ``hang`` fault
        self.outputs: list[Output] = []
        self.listeners: list[Callable[[Output], None]] = []
        self.chats: dict[int, dict[str, Any]] = {}
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.files: dict[str, bytes] = {}
        self.file_names: dict[str, str] = {}  # a document's name, kept when it is sent on
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self._next_message: dict[int, int] = {}
        self.bot_user = {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "工作群助手",
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": True,
            "supports_inline_queries": False,
        }

    # ----------------------------------------------------------------- the chat side
    def add_chat(self, chat: dict[str, Any]) -> None:
        self.chats[int(chat["id"])] = chat

    def next_message_id(self, chat_id: int) -> int:
        """Message ids are per chat, shared by people and the bot, as in Telegram."""
        value = self._next_message.get(chat_id, 0) + 1
        self._next_message[chat_id] = value
        return value

    def remember(self, chat_id: int, message: dict[str, Any]) -> None:
        self.messages[(chat_id, int(message["message_id"]))] = message
        for kind in ("document", "video", "audio"):
            media = message.get(kind)
            if isinstance(media, dict) and media.get("file_name"):
                self.file_names[media["file_id"]] = media["file_name"]

    def store_file(self, data: bytes) -> tuple[str, str]:
        """Keep an uploaded file; returns (file_id, file_unique_id)."""
        digest = hashlib.sha1(data).hexdigest()[:16]
        file_id = f"local-{digest}"
        self.files[file_id] = data
        return file_id, digest

    # ----------------------------------------------------------------- BaseRequest
    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = None,
        write_timeout: object = None,
        connect_timeout: object = None,
        pool_timeout: object = None,
    ) -> tuple[int, bytes]:
        leaving()  # as PTB's HTTPX transport does in bot.wire.WireRequest
        if method == "GET" and "/file/" in url:
            file_id = url.rsplit("/", 1)[-1]
            if file_id in self.files:
                return 200, self.files[file_id]
            return 404, b"not found"
        api_method = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        uploads = (
            request_data.multipart_data if request_data and request_data.contains_files else {}
        )
        fault = self._fault(api_method, params)
        if fault == "hang":
            self.hanging.set()
            await asyncio.Event().wait()  # until cancelled: the process dying mid-send
        if isinstance(fault, tuple):
            return fault
        handler = getattr(self, f"_api_{api_method}", None)
        try:
            if handler is None:
                raise ApiError(400, f"Bad Request: method {api_method} is not emulated")
            result = handler(params, uploads)
        except ApiError as exc:
            body = {"ok": False, "error_code": exc.code, "description": exc.description}
            return exc.code, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": result}, ensure_ascii=False).encode()

    def fail(
        self, method: str, kind: str, times: int = 1, chat_id: int | None = None, **extra: Any
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail as ``kind`` (see :class:`Fault`)."""
        self.faults.append(Fault(method, kind, times, chat_id, **extra))

    def _fault(self, method: str, params: dict[str, Any]) -> tuple[int, bytes] | str | None:
        for fault in self.faults:
            if fault.method != method or fault.times <= 0:
                continue
            if fault.chat_id is not None and str(params.get("chat_id")) != str(fault.chat_id):
                continue
            fault.times -= 1
            if fault.kind == "hang":
                return "hang"
            if fault.kind == "network":
                raise NetworkError("httpx.RemoteProtocolError: Server disconnected")
            if fault.kind == "timeout":
                raise TimedOut("Timed out")
            if fault.kind == "retry_after":
                body = {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {fault.retry_after}",
                    "parameters": {"retry_after": fault.retry_after},
                }
                return 429, json.dumps(body).encode()
            body = {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked"}
            return 403, json.dumps(body).encode()
        return None

    # ----------------------------------------------------------------- helpers
    def _emit(self, output: Output) -> None:
        self.outputs.append(output)
        for listener in self.listeners:
            listener(output)

    def _chat(self, chat_id: Any) -> dict[str, Any]:
        try:
            chat = self.chats.get(int(chat_id))
        except (TypeError, ValueError):
            chat = None
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        return chat

    def _new_message(self, chat_id: int, **content: Any) -> dict[str, Any]:
        chat = self._chat(chat_id)
        message = {
            "message_id": self.next_message_id(chat["id"]),
            "date": int(self._clock.now().timestamp()),
            "chat": chat,
            "from": self.bot_user,
            **{k: v for k, v in content.items() if v is not None},
        }
        self.remember(chat["id"], message)
        return message

    def _existing(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params.get("chat_id"))
        message = self.messages.get((chat["id"], int(params.get("message_id", 0))))
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        return message

    @staticmethod
    def _buttons(params: dict[str, Any]) -> list[list[dict[str, Any]]]:
        markup = params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        return list((markup or {}).get("inline_keyboard") or [])

    @staticmethod
    def _reply_to(params: dict[str, Any]) -> int | None:
        reply = params.get("reply_parameters")
        if isinstance(reply, str):
            reply = json.loads(reply)
        if isinstance(reply, dict):
            return int(reply["message_id"])
        return int(params["reply_to_message_id"]) if params.get("reply_to_message_id") else None

    def _check_text(self, text: Any) -> str:
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(text) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return text

    # ----------------------------------------------------------------- methods
    def _api_getMe(self, params: dict, uploads: dict) -> dict:
        return self.bot_user

    def _api_setMyCommands(self, params: dict, uploads: dict) -> bool:
        scope = params.get("scope") or {"type": "default"}
        self.commands[json.dumps(scope, sort_keys=True)] = list(params.get("commands") or [])
        return True

    def _api_deleteMyCommands(self, params: dict, uploads: dict) -> bool:
        scope = params.get("scope") or {"type": "default"}
        self.commands.pop(json.dumps(scope, sort_keys=True), None)
        return True

    def _api_deleteWebhook(self, params: dict, uploads: dict) -> bool:
        return True

    def _api_sendChatAction(self, params: dict, uploads: dict) -> bool:
        self._chat(params.get("chat_id"))
        return True

    def _api_getChat(self, params: dict, uploads: dict) -> dict:
        return self._chat(params.get("chat_id"))

    def _api_sendMessage(self, params: dict, uploads: dict) -> dict:
        text = self._check_text(params.get("text"))
        message = self._new_message(
            int(params["chat_id"]), text=text, reply_markup=params.get("reply_markup")
        )
        self._emit(
            Output(
                "sendMessage",
                message["chat"]["id"],
                message["message_id"],
                text=text,
                parse_mode=params.get("parse_mode"),
                buttons=self._buttons(params),
                reply_to=self._reply_to(params),
            )
        )
        return message

    def _api_editMessageText(self, params: dict, uploads: dict) -> dict:
        message = self._existing(params)
        text = self._check_text(params.get("text"))
        markup = params.get("reply_markup")
        if message.get("text") == text and message.get("reply_markup") == markup:
            raise ApiError(400, "Bad Request: message is not modified")
        message["text"] = text
        message["reply_markup"] = markup
        message["edit_date"] = int(self._clock.now().timestamp())
        self._emit(
            Output(
                "editMessageText",
                message["chat"]["id"],
                message["message_id"],
                text=text,
                parse_mode=params.get("parse_mode"),
                buttons=self._buttons(params),
            )
        )
        return message

    def _api_editMessageReplyMarkup(self, params: dict, uploads: dict) -> dict:
        message = self._existing(params)
        markup = params.get("reply_markup")
        if message.get("reply_markup") == markup:
            raise ApiError(400, "Bad Request: message is not modified")
        message["reply_markup"] = markup
        self._emit(
            Output(
                "editMessageReplyMarkup",
                message["chat"]["id"],
                message["message_id"],
                buttons=self._buttons(params),
            )
        )
        return message

    def _api_deleteMessage(self, params: dict, uploads: dict) -> bool:
        message = self._existing(params)
        del self.messages[(message["chat"]["id"], message["message_id"])]
        self._emit(Output("deleteMessage", message["chat"]["id"], message["message_id"]))
        return True

    def _api_answerCallbackQuery(self, params: dict, uploads: dict) -> bool:
        if params.get("text"):
            self._emit(
                Output(
                    "answerCallbackQuery",
                    None,
                    text=params["text"],
                    show_alert=bool(params.get("show_alert")),
                )
            )
        return True

    def _upload(self, params: dict, uploads: dict, field_name: str) -> tuple[str, str, str, bytes]:
        if field_name in uploads:
            file_name, data, _mime = uploads[field_name]
            data = bytes(data)
            file_id, unique = self.store_file(data)
            return file_id, unique, file_name or field_name, data
        given = params.get(field_name)
        if not isinstance(given, str) or given not in self.files:
            raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        file_id = given
        data = self.files[file_id]
        name = self.file_names.get(file_id, field_name)
        return file_id, hashlib.sha1(data).hexdigest()[:16], name, data

    def _send_file(self, params: dict, uploads: dict, kind: str) -> dict:
        file_id, unique, file_name, data = self._upload(params, uploads, kind)
        if kind == "photo":
            content: Any = [
                {
                    "file_id": file_id,
                    "file_unique_id": unique,
                    "width": 1,
                    "height": 1,
                    "file_size": len(data),
                }
            ]
        else:
            content = {
                "file_id": file_id,
                "file_unique_id": unique,
                "file_name": file_name,
                "file_size": len(data),
            }
            if kind != "document":  # what Telegram always says of a video, voice or audio
                content.update(duration=1, **({"width": 1, "height": 1} if kind == "video" else {}))
        caption = params.get("caption")
        message = self._new_message(
            int(params["chat_id"]),
            caption=caption,
            reply_markup=params.get("reply_markup"),
            **{kind: content},
        )
        self._emit(
            Output(
                "send" + kind.capitalize(),
                message["chat"]["id"],
                message["message_id"],
                text=caption,
                parse_mode=params.get("parse_mode"),
                buttons=self._buttons(params),
                reply_to=self._reply_to(params),
                file_name=file_name,
                file_bytes=data,
            )
        )
        return message

    def _api_sendPhoto(self, params: dict, uploads: dict) -> dict:
        return self._send_file(params, uploads, "photo")

    def _api_sendDocument(self, params: dict, uploads: dict) -> dict:
        return self._send_file(params, uploads, "document")

    def _api_sendVideo(self, params: dict, uploads: dict) -> dict:
        return self._send_file(params, uploads, "video")

    def _api_sendVoice(self, params: dict, uploads: dict) -> dict:
        return self._send_file(params, uploads, "voice")

    def _api_sendAudio(self, params: dict, uploads: dict) -> dict:
        return self._send_file(params, uploads, "audio")

    def _api_getFile(self, params: dict, uploads: dict) -> dict:
        file_id = params.get("file_id")
        if file_id not in self.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        data = self.files[file_id]
        return {
            "file_id": file_id,
            "file_unique_id": hashlib.sha1(data).hexdigest()[:16],
            "file_size": len(data),
            "file_path": file_id,
        }
