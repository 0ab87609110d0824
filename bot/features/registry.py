"""How a feature module plugs into the application.

Each module in ``bot/features`` exposes ``FEATURE = Feature(...)``: its commands (for
``/help`` and ``setMyCommands``), a ``register`` function that adds its handlers, and
optionally a start-up hook and scheduled work. :data:`bot.features.FEATURES` lists them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from telegram.ext import Application

from bot.domain.roles import Role
from bot.services import DueWork, Services


@dataclass(frozen=True)
class CommandInfo:
    name: str
    description: str
    role: Role = Role.MEMBER


@dataclass(frozen=True)
class Feature:
    name: str
    register: Callable[[Application[Any, Any, Any, Any, Any, Any]], None]
    commands: tuple[CommandInfo, ...] = ()
    startup: (
        Callable[[Application[Any, Any, Any, Any, Any, Any], Services], Awaitable[None]] | None
    ) = None
    due_work: tuple[DueWork, ...] = field(default=())
