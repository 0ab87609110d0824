"""Whether a send has reached the wire: the one fact that decides if an interrupted answer
may be sent again.

The Bot API has no idempotent send. An answer interrupted before its request left the bot
(held by the rate limiter, or cancelled at the end of ``docker stop``'s grace period) is
certainly not in the chat and is owed; one interrupted after it left may already be shown,
and sending it again would show it twice. The transports call :func:`leaving` as a request
goes out; a sender that cares opens an :class:`Attempt` around its send.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from telegram.request import HTTPXRequest, RequestData


@dataclass
class Attempt:
    on_wire: bool = False


_current: ContextVar[Attempt | None] = ContextVar("bureau_bot_send_attempt", default=None)


@contextmanager
def attempt() -> Iterator[Attempt]:
    """An attempt whose ``on_wire`` turns true once any request of it has left the bot."""
    current = Attempt()
    token = _current.set(current)
    try:
        yield current
    finally:
        _current.reset(token)


def leaving() -> None:
    """Called by a transport as a request goes out (in the sender's task)."""
    current = _current.get()
    if current is not None:
        current.on_wire = True


class WireRequest(HTTPXRequest):
    """PTB's HTTPX transport, telling :func:`leaving` before each request goes out (after
    the rate limiter let it through)."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        leaving()
        return await super().do_request(
            url,
            method,
            request_data,
            read_timeout=read_timeout,
            write_timeout=write_timeout,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
        )
