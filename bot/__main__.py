"""The ``bureau-bot`` command line. See DESIGN.md, "The command-line contract".

Every failure a person can cause (a bad setting, a missing file, a wrong date) ends as one
line on stderr and a non-zero exit status: 2 for configuration and usage, 1 otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Callable, Coroutine
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.config import ConfigError, Settings, load_settings
from messages import cli as text

log = logging.getLogger("bot")


class CliError(Exception):
    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, help="配置文件（默认 ./config.toml）")
    parser = argparse.ArgumentParser(
        prog="bureau-bot", description="区水利局工作群助手", parents=[common]
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", parents=[common], help="连接 Telegram 运行（长轮询）")
    console = sub.add_parser("console", parents=[common], help="离线控制台")
    console.add_argument("--as", dest="speaker", default=None, help="默认发言人")
    console.add_argument("--now", default=None, help="会话起始时间（ISO 8601）")
    members = sub.add_parser("import-members", parents=[common], help="导入名册（CSV 或 xlsx）")
    members.add_argument("file", type=Path)
    backup = sub.add_parser("backup", parents=[common], help="在线备份数据库")
    backup.add_argument("path", type=Path)
    sub.add_parser("health", parents=[common], help="健康检查：心跳是否新鲜")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
        _setup_logging(settings, quiet=args.command in (None, "console", "health"))
        command = args.command or ("run" if settings.telegram.token else "console")
        return asyncio.run(_COMMANDS[command](settings, args))
    except ConfigError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        return 130


def _setup_logging(settings: Settings, *, quiet: bool) -> None:
    level = logging.WARNING if quiet else getattr(logging, settings.logging.level)
    logging.basicConfig(
        level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


def parse_now(value: str | None, settings: Settings) -> datetime | None:
    if value is None:
        return None
    try:
        instant = datetime.fromisoformat(value)
    except ValueError:
        raise CliError(text.bad_now(value), 2) from None
    return instant if instant.tzinfo else instant.replace(tzinfo=settings.office.tz)


async def _open_db(settings: Settings) -> Any:
    from storage.db import Database, DatabaseTooNew

    try:
        return await Database.open(settings.database.path)
    except DatabaseTooNew as exc:
        raise CliError(text.database_too_new(exc.found, exc.known), 2) from None
    except (OSError, ValueError) as exc:
        raise CliError(text.database_unusable(str(settings.database.path), str(exc))) from None
    except Exception as exc:  # sqlite3.DatabaseError: not a database, locked, corrupt
        import sqlite3

        if isinstance(exc, sqlite3.Error):
            raise CliError(text.database_unusable(str(settings.database.path), str(exc))) from None
        raise


async def cmd_console(settings: Settings, args: argparse.Namespace) -> int:
    from bot.clock import ShiftedClock, SystemClock
    from bot.console import DEFAULT_SPEAKER, run_console

    start = parse_now(getattr(args, "now", None), settings)
    clock = ShiftedClock(start) if start else SystemClock()
    await (await _open_db(settings)).close()  # clear errors before the console starts
    speaker = getattr(args, "speaker", None) or DEFAULT_SPEAKER
    return await run_console(settings, clock, speaker, banner=text.no_token_console())


async def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    from telegram import Update
    from telegram.error import InvalidToken, TelegramError

    from bot.app import close, create_app, startup
    from bot.clock import SystemClock

    if settings.telegram.token is None:
        raise CliError(text.token_missing(), 2)
    await (await _open_db(settings)).close()
    app = await create_app(settings, SystemClock())
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        async with app:
            await startup(app)
            await app.start()
            assert app.updater is not None
            await app.updater.start_polling(
                allowed_updates=Update.ALL_TYPES, timeout=settings.telegram.poll_timeout
            )
            log.info("bot running as @%s", app.bot.username)
            await stop.wait()
            await app.updater.stop()
            await app.stop()
    except InvalidToken:
        raise CliError(text.token_rejected(), 2) from None
    except TelegramError as exc:
        raise CliError(text.telegram_unreachable(settings.telegram.base_url, str(exc))) from None
    finally:
        await close(app)
    return 0


async def cmd_import_members(settings: Settings, args: argparse.Namespace) -> int:
    from bot.clock import SystemClock
    from bot.domain.roster import RosterError, parse_roster
    from bot.tabular import TableError, read_rows
    from messages import roster as roster_text
    from storage.members import MemberRepo

    try:
        entries = parse_roster(read_rows(args.file))
    except TableError as exc:
        raise CliError(text.table_error(str(args.file), exc.problem, exc.detail)) from None
    except RosterError as exc:
        raise CliError(roster_text.roster_error(exc.line, exc.field, exc.problem, exc.value)) from None
    db = await _open_db(settings)
    try:
        added, updated, unchanged = await MemberRepo(db).import_roster(entries, SystemClock().now())
    finally:
        await db.close()
    print(roster_text.roster_imported(added, updated, unchanged))
    return 0


async def cmd_backup(settings: Settings, args: argparse.Namespace) -> int:
    target: Path = args.path
    if target.exists():
        raise CliError(text.backup_target_exists(str(target)))
    db = await _open_db(settings)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        await db.backup_to(target)
    except OSError as exc:
        raise CliError(text.file_unreadable(str(target), str(exc))) from None
    finally:
        await db.close()
    print(text.backup_done(str(target), target.stat().st_size))
    return 0


async def cmd_health(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import heartbeat_age

    db = await _open_db(settings)
    try:
        age = await heartbeat_age(db)
    finally:
        await db.close()
    if age is None or age > 120:
        raise CliError(text.unhealthy(age))
    print(text.healthy(age))
    return 0


_COMMANDS: dict[str, Callable[[Settings, argparse.Namespace], Coroutine[Any, Any, int]]] = {
    "run": cmd_run,
    "console": cmd_console,
    "import-members": cmd_import_members,
    "backup": cmd_backup,
    "health": cmd_health,
}


if __name__ == "__main__":
    sys.exit(main())
