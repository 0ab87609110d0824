"""The ``bureau-bot`` command line. See DESIGN.md, "The command-line contract".

Every failure a person can cause (a bad setting, a missing file, a wrong date) ends as one
line on stderr and a non-zero exit status: 2 for configuration and usage, 1 otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sqlite3
import sys
from collections.abc import Callable, Coroutine
from datetime import datetime
from pathlib import Path
from typing import Any

from bot import heap
from bot.config import ConfigError, Settings, load_settings
from messages import cli as text

log = logging.getLogger("bot")


class CliError(Exception):
    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def _parser() -> argparse.ArgumentParser:
    # --config may stand before or after the subcommand. SUPPRESS keeps a subparser's
    # default from overwriting a value given before the subcommand's name.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config", type=Path, default=argparse.SUPPRESS, help="配置文件（默认 ./config.toml）"
    )
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
    rect = sub.add_parser("import-rectification", parents=[common], help="导入整改情况报告")
    rect.add_argument("file", type=Path)
    rect.add_argument("--dry-run", action="store_true", help="只读取，不写入数据库")
    rect.add_argument("--json", action="store_true", help="以 JSON 输出识别结果")
    duty = sub.add_parser("import-duty", parents=[common], help="导入值班表（CSV 或 xlsx）")
    duty.add_argument("file", type=Path)
    backup = sub.add_parser("backup", parents=[common], help="在线备份数据库")
    backup.add_argument("path", type=Path)
    sub.add_parser("health", parents=[common], help="健康检查：心跳是否新鲜")
    parse = sub.add_parser("parse", parents=[common], help="把一条消息读成报备（JSON）")
    parse.add_argument("text", nargs="?", default=None, help="消息原文")
    parse.add_argument("--now", default=None, help="当作此刻（ISO 8601，默认现在）")
    parse.add_argument("--jsonl", action="store_true", help='从标准输入逐行读 {"text":…, "now":…}')
    export = sub.add_parser("export", parents=[common], help="导出").add_subparsers(
        dest="what", required=True
    )
    attendance = export.add_parser("attendance", parents=[common], help="月度考勤工作簿（xlsx）")
    attendance.add_argument("--month", default=None, help="月份，如 2026-11")
    attendance.add_argument("--year", default=None, help="年份，如 2026：年度出勤汇总")
    attendance.add_argument("--out", type=Path, help="输出文件（默认 attendance-YYYY-MM.xlsx）")
    attendance.add_argument(
        "--now", default=None, help="截至此刻（ISO 8601，默认现在）：此后的工作日不计实出勤"
    )
    rectification = export.add_parser(
        "rectification", parents=[common], help="整改台账（xlsx）或整改进展情况报告（docx）"
    )
    rectification.add_argument(
        "--out", type=Path, required=True, help="输出文件：.xlsx 为台账，.docx 为报告"
    )
    digest = sub.add_parser("digest", parents=[common], help="整改周报（离线）")
    digest.add_argument("--week", default=None, help="周次，如 2026-W48、上周（默认本周）")
    digest.add_argument("--json", action="store_true", help="以 JSON 输出周报的全部数字")
    digest.add_argument("--png", type=Path, default=None, help="把周报图写到此文件")
    digest.add_argument("--now", default=None, help="按此时刻生成（ISO 8601，默认现在）")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings(getattr(args, "config", None))
        # Only the long-running bot logs at the configured level; one-shot commands and the
        # console keep stderr for warnings and their one-line errors.
        command = args.command or ("run" if settings.telegram.token else "console")
        _setup_logging(settings, quiet=command != "run")
        return asyncio.run(_COMMANDS[command](settings, args))
    except ConfigError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        return 130
    except (OSError, sqlite3.Error) as exc:  # the disk, the file system, a locked database
        log.debug("command failed", exc_info=True)
        print(text.unexpected(str(exc) or type(exc).__name__), file=sys.stderr)
        return 1


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


def _require_database(settings: Settings) -> None:
    """Commands that read an existing database (backup, export, health) refuse a path that
    names none: opening it would create an empty database and report on that."""
    path = settings.database.path
    if str(path) != ":memory:" and not path.is_file():
        raise CliError(text.database_missing(str(path)))


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
    import time

    from telegram import Update
    from telegram.error import InvalidToken, TelegramError

    from bot.app import close, create_app, startup
    from bot.clock import SystemClock
    from bot.inbox import DRAIN_SECONDS, drain, poll, resume

    if settings.telegram.token is None:
        raise CliError(text.token_missing(), 2)
    # Before aiosqlite's first thread: one malloc heap, not one per thread (a second arena
    # held 0.45 MB in about half the starts; docs/performance.md, Lean pass 3).
    heap.one_arena()
    # Clear errors for a bad database first. Closing this connection also returns what
    # migrating a fresh database leaves in it: one open instead of two idles 1 MB higher.
    await (await _open_db(settings)).close()
    app = await create_app(settings, SystemClock())
    stop = asyncio.Event()
    grace_ends: list[float] = []  # counted from the signal, not from the end of polling

    def on_signal() -> None:
        if not stop.is_set():
            grace_ends.append(time.monotonic() + DRAIN_SECONDS)
        stop.set()

    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, on_signal)
    try:
        async with app:
            await startup(app)
            await app.start()
            await resume(app)  # what a kill or a stop left in the inbox, before polling
            await poll(
                app,
                stop,
                poll_timeout=settings.telegram.poll_timeout,
                allowed_updates=Update.ALL_TYPES,
            )
            # SIGTERM (docker stop): handle what fits in the grace period; the rest stays
            # stored and is handled at the next start.
            await drain(app, until=grace_ends[0] if grace_ends else time.monotonic())
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
        entries = parse_roster(await asyncio.to_thread(read_rows, args.file))
    except TableError as exc:
        raise CliError(text.table_error(str(args.file), exc.problem, exc.detail)) from None
    except RosterError as exc:
        raise CliError(
            roster_text.roster_error(exc.line, exc.field, exc.problem, exc.value)
        ) from None
    db = await _open_db(settings)
    try:
        added, updated, unchanged = await MemberRepo(db).import_roster(entries, SystemClock().now())
    finally:
        await db.close()
    print(roster_text.roster_imported(added, updated, unchanged))
    return 0


async def cmd_import_rectification(settings: Settings, args: argparse.Namespace) -> int:
    import json

    from bot.clock import SystemClock
    from bot.domain.rectification_import import NotAReportError
    from bot.usecases.rectification_import import MAX_FILE_BYTES, read_report_file, summary
    from bot.zipbudget import TooLarge
    from messages import rectification as rect_text
    from messages.rectification_import import render_error, render_warnings
    from storage.audit import SYSTEM
    from storage.rectification import RectificationRepo

    path: Path = args.file
    try:
        data = await asyncio.to_thread(path.read_bytes)
    except FileNotFoundError:
        raise CliError(text.file_missing(str(path))) from None
    except OSError as exc:
        raise CliError(text.file_unreadable(str(path), exc.strerror or str(exc))) from None
    if len(data) > MAX_FILE_BYTES:
        problem = rect_text.import_too_big(MAX_FILE_BYTES // (1024 * 1024))
        raise CliError(rect_text.cli_file_error(str(path), problem))
    try:
        report = await asyncio.to_thread(read_report_file, data, path.suffix.lower())
    except TooLarge:
        problem = rect_text.import_unreadable("unpacked")
        raise CliError(rect_text.cli_file_error(str(path), problem)) from None
    except NotAReportError as exc:
        raise CliError(rect_text.cli_file_error(str(path), render_error(exc.code))) from None
    except ValueError:  # not a .docx, or bytes that are no text encoding
        kind = "docx" if path.suffix.lower() == ".docx" else "encoding"
        problem = rect_text.import_unreadable(kind)
        raise CliError(rect_text.cli_file_error(str(path), problem)) from None
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
        for warning in render_warnings(report.warnings):
            print(rect_text.cli_warning(warning), file=sys.stderr)
    if args.json and args.dry_run:
        return 0
    if args.dry_run and not settings.database.path.exists():
        from storage.db import Database

        db = await Database.open(":memory:")  # a dry run creates no database file
    else:
        db = await _open_db(settings)
    try:
        repo = RectificationRepo(db)
        result = await repo.import_report(report, SystemClock().now(), SYSTEM, dry_run=args.dry_run)
    finally:
        await db.close()
    if not args.json:
        from messages.html import plain

        print(plain(summary(report, result, dry_run=args.dry_run)))
    return 0


async def cmd_import_duty(settings: Settings, args: argparse.Namespace) -> int:
    from bot.clock import SystemClock
    from bot.domain.duty_roster import DutyRosterError
    from bot.tabular import TableError, read_rows
    from bot.usecases.duty_import import UnknownPeople, import_duty
    from messages import duty as duty_text
    from storage.duty import DutyRepo
    from storage.members import MemberRepo

    try:
        rows = await asyncio.to_thread(read_rows, args.file)
    except TableError as exc:
        raise CliError(text.table_error(str(args.file), exc.problem, exc.detail)) from None
    db = await _open_db(settings)
    try:
        now = SystemClock().now().astimezone(settings.office.tz)
        result = await import_duty(MemberRepo(db), DutyRepo(db), rows, now)
    except DutyRosterError as exc:
        problem = duty_text.roster_error(exc.line, exc.field, exc.problem, exc.value)
        raise CliError(problem) from None
    except UnknownPeople as exc:
        raise CliError(duty_text.unknown_people(exc.names)) from None
    finally:
        await db.close()
    print(duty_text.imported(result.days, result.added, result.removed, result.unchanged))
    return 0


async def cmd_backup(settings: Settings, args: argparse.Namespace) -> int:
    target: Path = args.path
    if target.exists():
        raise CliError(text.backup_target_exists(str(target)))
    _require_database(settings)
    db = await _open_db(settings)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        await db.backup_to(target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):  # no half-written copy left behind
            target.unlink(missing_ok=True)
        raise CliError(text.backup_failed(str(target), str(exc))) from None
    finally:
        await db.close()
    print(text.backup_done(str(target), target.stat().st_size))
    return 0


async def cmd_health(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import heartbeat_age

    _require_database(settings)
    db = await _open_db(settings)
    try:
        age = await heartbeat_age(db)
    finally:
        await db.close()
    if age is None or age > 120:
        raise CliError(text.unhealthy(age))
    print(text.healthy(age))
    return 0


async def cmd_export(settings: Settings, args: argparse.Namespace) -> int:
    from bot.usecases.attendance import ExportError, check_usage, export_to_file
    from bot.usecases.rectification_export import check_out

    try:
        if args.what == "rectification":
            check_out(args.out)
        else:
            check_usage(args.month, args.year)
    except ExportError as exc:
        raise CliError(str(exc), exc.status) from None
    _require_database(settings)
    await (await _open_db(settings)).close()
    try:
        if args.what == "rectification":
            from bot.usecases import rectification_export

            print(await rectification_export.export_to_file(settings, args.out))
        else:
            now = parse_now(args.now, settings)
            print(await export_to_file(settings, args.month, args.out, args.year, now))
    except ExportError as exc:
        raise CliError(str(exc), exc.status) from None
    return 0


async def cmd_digest(settings: Settings, args: argparse.Namespace) -> int:
    from bot.usecases.digest import DigestCliError, digest_cli

    now = parse_now(args.now, settings)
    await (await _open_db(settings)).close()  # clear errors for a bad database first
    try:
        result = await digest_cli(settings, args.week, as_json=args.json, png=args.png, now=now)
    except DigestCliError as exc:
        raise CliError(str(exc), exc.status) from None
    print(result.stdout)
    if result.stderr:
        print(result.stderr, file=sys.stderr)
    return 0


async def cmd_parse(settings: Settings, args: argparse.Namespace) -> int:
    """The reader alone, for scripts: one JSON object per message (DESIGN's contract)."""
    import json

    from bot.clock import SystemClock
    from bot.domain.absence_reader import read_report
    from bot.domain.bounds import within
    from bot.domain.workcalendar import WorkCalendar

    office = settings.office
    calendar = WorkCalendar(office.extra_holidays, office.extra_workdays)
    default_now = parse_now(args.now, settings) or SystemClock().now().astimezone(office.tz)

    def read(body: str, now: datetime, number: int = 1) -> str:
        report = read_report(body, now, office.hours(), calendar)
        found = report.to_json()
        if report.out_of_range:
            found["error"] = text.parse_out_of_range(number)
        return json.dumps(found, ensure_ascii=False)

    if not args.jsonl:
        if args.text is None:
            raise CliError(text.parse_needs_text(), 2)
        print(read(args.text, default_now))
        return 0
    failures = 0
    message: str | None
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():  # still one answer per line, so outputs pair with inputs
            print(read("", default_now))
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError("no text")
        except ValueError:
            item, message = None, text.parse_bad_line(number)
        else:
            message = None
            try:
                now = (parse_now(item["now"], settings) if item.get("now") else None) or default_now
                if not within(now, None):
                    raise CliError("now out of range")
            except CliError:
                message = text.parse_bad_now(number, str(item.get("now")))
        if message is None and item is not None:
            try:
                print(read(item["text"], now, number))
                continue
            except Exception:  # one bad line must not end the batch
                log.exception("parse: line %d failed", number)
                message = text.parse_failed(number)
        failures += 1
        print(json.dumps({"error": message}, ensure_ascii=False))
        print(message, file=sys.stderr)
    return 1 if failures else 0


_COMMANDS: dict[str, Callable[[Settings, argparse.Namespace], Coroutine[Any, Any, int]]] = {
    "run": cmd_run,
    "console": cmd_console,
    "import-members": cmd_import_members,
    "import-rectification": cmd_import_rectification,
    "import-duty": cmd_import_duty,
    "backup": cmd_backup,
    "health": cmd_health,
    "parse": cmd_parse,
    "export": cmd_export,
    "digest": cmd_digest,
}


if __name__ == "__main__":
    sys.exit(main())
