"""Configuration: ``config.toml`` overridden by ``BUREAU_BOT_<SECTION>__<KEY>`` variables.

The file is read with :mod:`tomllib` ourselves (so a syntax error names its line); the
environment is laid over it (it wins, which is what operators expect from a container) and
every section is checked against the dataclasses below by a small validator of our own.
That was pydantic-settings once: pydantic and its core were 11 MB of the running bot's 60 MB
of idle memory (issue 17), for twelve sections of flat values.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tomllib
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time
from functools import cache
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.domain.approval import DEFAULT_KINDS, Tier, parse_level
from bot.domain.office import OfficeHours
from messages import cli as cli_text

DEFAULT_CONFIG = Path("config.toml")
ENV_PREFIX = "BUREAU_BOT_"
ENV_NESTING = "__"


class Secret:
    """A value kept out of ``repr`` and logs (the bot's token)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def _bounded(default: Any, **bounds: float) -> Any:
    """A field with bounds (``ge``, ``gt``, ``le``; ``min_length`` for a list) that the
    validator checks."""
    return field(default=default, metadata=bounds)


@dataclass(kw_only=True)
class TelegramSettings:
    token: Secret | None = None
    base_url: str = "https://api.telegram.org/bot"
    base_file_url: str = "https://api.telegram.org/file/bot"
    group_ids: list[int] = field(default_factory=list)
    rate_limit: bool = True
    poll_timeout: int = _bounded(30, ge=0, le=600)

    @staticmethod
    def check_token(value: Secret | None, _: dict[str, Any]) -> Secret | None:
        if value is None or not value.get_secret_value().strip():
            return None
        head, _sep, tail = value.get_secret_value().partition(":")
        if not head.isdigit() or not tail:
            raise ValueError("a BotFather token of the form 123456:ABC…")
        return value


@dataclass(kw_only=True)
class RolesSettings:
    admins: list[int] = field(default_factory=list)
    leaders: list[int] = field(default_factory=list)


@dataclass(kw_only=True)
class DatabaseSettings:
    path: Path = Path("data/bureau.sqlite3")


@dataclass(kw_only=True)
class OfficeSettings:
    timezone: str = "Asia/Shanghai"
    day_start: time = time(8, 30)
    am_end: time = time(12, 0)
    pm_start: time = time(14, 30)
    day_end: time = time(17, 30)
    extra_holidays: list[date] = field(default_factory=list)
    extra_workdays: list[date] = field(default_factory=list)

    @staticmethod
    def check_timezone(value: str, _: dict[str, Any]) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("an IANA time zone such as Asia/Shanghai") from None
        return value

    def hours(self) -> OfficeHours:
        return OfficeHours(self.day_start, self.am_end, self.pm_start, self.day_end)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(kw_only=True)
class RectificationSettings:
    """整改事项: the 督办 light, /stalled and the deadline reminders."""

    stalled_days: int = _bounded(14, ge=1, le=365)
    yellow_days: int = _bounded(7, ge=0, le=90)
    remind_days_before: list[int] = field(default_factory=lambda: [7, 1])
    remind_at: time = time(9, 0)

    @staticmethod
    def check_remind_days_before(value: list[int], _: dict[str, Any]) -> list[int]:
        if any(d < 1 or d > 90 for d in value):
            raise ValueError("days between 1 and 90, e.g. [7, 1]")
        return sorted(set(value), reverse=True)


@dataclass(kw_only=True)
class LoggingSettings:
    level: str = "INFO"

    @staticmethod
    def check_level(value: str, _: dict[str, Any]) -> str:
        value = value.upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("one of DEBUG, INFO, WARNING, ERROR")
        return value


@dataclass(kw_only=True)
class AbsenceSettings:
    # The "今日在岗情况" post on working days; skipped when the bot starts after am_end.
    morning_post: bool = True
    morning_post_time: time = time(8, 20)
    # One private reminder when a 外出 return time has passed this long without a return.
    return_reminder: bool = True
    return_reminder_after_minutes: int = _bounded(10, ge=0, le=24 * 60)
    # How long the bot's question ("请问是哪一天？") takes a typed answer from the asker.
    answer_minutes: int = _bounded(30, ge=1, le=24 * 60)
    # Reports longer than this many working days are asked about before recording.
    max_working_days: float = _bounded(30, gt=0, le=365)


@dataclass(kw_only=True)
class RemindersSettings:
    """/remind: how late a missed reminder may still be sent (marked 补发) after downtime."""

    grace_minutes: int = _bounded(60, ge=0, le=24 * 60)
    # Active and paused reminders one person may have (leaders and admins included).
    max_per_person: int = _bounded(50, ge=1, le=10_000)


@dataclass(kw_only=True)
class DutySettings:
    """值班表: the flood season, the morning duty post and the check-in deadline."""

    season_start_month: int = _bounded(4, ge=1, le=12)
    season_end_month: int = _bounded(9, ge=1, le=12)
    post_time: time = time(8, 0)
    checkin_deadline: time = time(9, 0)

    @staticmethod
    def check_checkin_deadline(value: time, checked: dict[str, Any]) -> time:
        post = checked.get("post_time")
        if post is not None and value <= post:
            raise ValueError("a time after post_time, e.g. 09:00")
        return value


@dataclass(kw_only=True)
class NotesSettings:
    """作风督查: the leaders' end-of-day summary of notes, unreported absences, who is out."""

    leaders_summary: bool = True
    leaders_summary_time: time = time(17, 40)
    # A leaders' group to post the summary in; unset: each leader gets it in private.
    leaders_chat_id: int | None = None


@dataclass(kw_only=True)
class DigestSettings:
    """整改周报: the weekly rectification digest posted to the group, with a chart."""

    enabled: bool = True
    # ISO weekday, 1 Monday … 7 Sunday; on a holiday the working day before (same week).
    weekday: int = _bounded(5, ge=1, le=7)
    post_time: time = time(17, 0)
    # The "deadlines ahead" list covers this many days; the trend this many weeks.
    upcoming_days: int = _bounded(14, ge=1, le=90)
    trend_weeks: int = _bounded(12, ge=2, le=104)


@dataclass(kw_only=True)
class ApprovalTier:
    """One line of the approval table: up to ``max_days`` working days → ``approver``."""

    max_days: float | None = _bounded(None, gt=0, le=365)
    approver: str

    @staticmethod
    def check_approver(value: str, _: dict[str, Any]) -> str:
        if parse_level(value) is None:
            raise ValueError("one of 股室负责人, 分管领导, 局长")
        return value

    def tier(self) -> Tier:
        level = parse_level(self.approver)
        assert level is not None
        return Tier(self.max_days, level)


def _default_tiers() -> list[ApprovalTier]:
    return [
        ApprovalTier(max_days=1.0, approver="股室负责人"),
        ApprovalTier(max_days=3.0, approver="分管领导"),
        ApprovalTier(approver="局长"),
    ]


@dataclass(kw_only=True)
class ApprovalSettings:
    """请假审批: which kinds need a leader's approval, and whose by length."""

    enabled: bool = False
    kinds: list[str] = field(default_factory=lambda: list(DEFAULT_KINDS))
    rules: list[ApprovalTier] = field(default_factory=_default_tiers, metadata={"min_length": 1})
    # One private reminder to the approver when a request has waited this long.
    remind_after_minutes: int = _bounded(120, ge=1, le=7 * 24 * 60)
    # After 驳回, the approver's next private message within this many minutes is the reason.
    reason_minutes: int = _bounded(10, ge=1, le=24 * 60)

    @staticmethod
    def check_rules(value: list[ApprovalTier], _: dict[str, Any]) -> list[ApprovalTier]:
        limits = [r.max_days for r in value]
        finite = [d for d in limits if d is not None]
        if None in limits[:-1] or finite != sorted(finite):
            raise ValueError("rules by growing max_days; only the last may leave it out")
        return value

    def tiers(self) -> list[Tier]:
        return [r.tier() for r in self.rules]


@dataclass(init=False)
class Settings:
    """Everything the bot reads from outside; see config.example.toml for each key.

    ``Settings(**sections)`` takes the sections as tables (dicts), lays the environment over
    them and checks everything; a problem raises :class:`SettingsProblem`."""

    telegram: TelegramSettings
    roles: RolesSettings
    database: DatabaseSettings
    office: OfficeSettings
    logging: LoggingSettings
    rectification: RectificationSettings
    absences: AbsenceSettings
    reminders: RemindersSettings
    duty: DutySettings
    notes: NotesSettings
    digest: DigestSettings
    approval: ApprovalSettings

    def __init__(self, **sections: Any) -> None:
        for name, value in _checked(Settings, _merged(sections, _environment()), ()).items():
            setattr(self, name, value)

    @staticmethod
    def check_office(value: OfficeSettings, _: dict[str, Any]) -> OfficeSettings:
        value.hours()  # raises ValueError when the hours are out of order
        return value


class ConfigError(Exception):
    """A setting is wrong; the message is one line naming the key and what was expected."""


class SettingsProblem(ValueError):
    """The first wrong setting: where (``loc``), what was expected, what was given."""

    def __init__(self, loc: tuple[str | int, ...], expected: str, given: Any, *, unknown: bool):
        super().__init__(f"{'.'.join(map(str, loc)) or '?'}: {expected}")
        self.loc = loc
        self.expected = expected
        self.given = given
        self.unknown = unknown


class EnvironmentProblem(ValueError):
    """A ``BUREAU_BOT_…`` variable whose value cannot be read (a list that is not JSON)."""


def load_settings(path: Path | None = None) -> Settings:
    """Read ``path`` (or ./config.toml when present), apply the environment, validate."""
    explicit = path is not None
    path = path or DEFAULT_CONFIG
    data: dict[str, Any] = {}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(cli_text.config_syntax(str(path), str(exc))) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(cli_text.config_unreadable(str(path), str(exc))) from None
    elif explicit:
        raise ConfigError(cli_text.config_missing(str(path)))
    try:
        return Settings(**data)
    except SettingsProblem as exc:
        key = ".".join(str(part) for part in exc.loc) or "?"
        if exc.unknown:
            raise ConfigError(cli_text.config_unknown_key(str(path), key)) from None
        raise ConfigError(
            cli_text.config_bad_value(str(path), key, exc.expected, exc.given)
        ) from None
    except EnvironmentProblem as exc:
        raise ConfigError(cli_text.config_env_invalid(str(exc))) from None


# The validator: each dataclass field is converted by its annotated type (leniently, as a
# value from the environment is text), then its bounds and its class's ``check_<field>``.

Loc = tuple[str | int, ...]
Checker = Callable[[Any, dict[str, Any]], Any]


def _is_section(kind: Any) -> bool:
    """A table of settings (one of the dataclasses above), not a value."""
    return isinstance(kind, type) and dataclasses.is_dataclass(kind)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _checked(cls: type, data: Any, loc: Loc) -> dict[str, Any]:
    """The values of a ``cls`` built from the table ``data``, checked field by field."""
    if not isinstance(data, dict):
        raise SettingsProblem(loc, "a table of settings", data, unknown=False)
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for spec in dataclasses.fields(cls):
        where = (*loc, spec.name)
        if spec.name in data:
            raw = data[spec.name]
            value = _converted(hints[spec.name], raw, where)
        elif spec.default is not dataclasses.MISSING:
            values[spec.name] = spec.default
            continue
        elif spec.default_factory is not dataclasses.MISSING:
            values[spec.name] = spec.default_factory()
            continue
        elif _is_section(hints[spec.name]):
            values[spec.name] = _converted(hints[spec.name], {}, where)
            continue
        else:
            raise SettingsProblem(where, "required", data, unknown=False)
        _within(spec.metadata, value, raw, where)
        check: Callable[[Any, dict[str, Any]], Any] | None = getattr(
            cls, f"check_{spec.name}", None
        )
        if check is not None:
            try:
                value = check(value, values)
            except ValueError as exc:
                raise SettingsProblem(where, str(exc), raw, unknown=False) from None
        values[spec.name] = value
    known = {spec.name for spec in dataclasses.fields(cls)}
    for key in data:
        if key not in known:
            raise SettingsProblem((*loc, key), "unknown", data[key], unknown=True)
    return values


def _within(bounds: Any, value: Any, raw: Any, where: Loc) -> None:
    if value is None:
        return
    if "ge" in bounds and value < bounds["ge"]:
        raise SettingsProblem(where, f"at least {bounds['ge']}", raw, unknown=False)
    if "gt" in bounds and value <= bounds["gt"]:
        raise SettingsProblem(where, f"more than {bounds['gt']}", raw, unknown=False)
    if "le" in bounds and value > bounds["le"]:
        raise SettingsProblem(where, f"at most {bounds['le']}", raw, unknown=False)
    if "min_length" in bounds and len(value) < bounds["min_length"]:
        raise SettingsProblem(where, f"at least {bounds['min_length']} entry", raw, unknown=False)


_TRUE = {"true", "1", "yes", "on", "t", "y"}
_FALSE = {"false", "0", "no", "off", "f", "n"}


def _converted(kind: Any, raw: Any, where: Loc) -> Any:
    """``raw`` as a value of the annotated type ``kind``."""
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        if raw is None:
            return None
        (kind,) = [a for a in get_args(kind) if a is not type(None)]
        return _converted(kind, raw, where)
    if origin is list:
        if not isinstance(raw, list | tuple):
            raise SettingsProblem(where, "a list, e.g. [1, 2]", raw, unknown=False)
        (item,) = get_args(kind)
        return [_converted(item, one, (*where, i)) for i, one in enumerate(raw)]
    if _is_section(kind):
        if isinstance(raw, kind):
            return raw
        return kind(**_checked(kind, raw, where))
    try:
        return _SCALARS[kind](raw)
    except (TypeError, ValueError):
        raise SettingsProblem(where, _EXPECTED[kind], raw, unknown=False) from None


def _to_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str) and raw.strip().lower() in _TRUE | _FALSE:
        return raw.strip().lower() in _TRUE
    raise ValueError(raw)


def _to_int(raw: Any) -> int:
    if isinstance(raw, bool):
        raise ValueError(raw)
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str):
        return int(raw.strip())
    raise ValueError(raw)


def _to_float(raw: Any) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise ValueError(raw)
    return float(raw)


def _to_str(raw: Any) -> str:
    if not isinstance(raw, str):
        raise ValueError(raw)
    return raw


def _to_time(raw: Any) -> time:
    if isinstance(raw, time):
        return raw
    if isinstance(raw, str):
        return time.fromisoformat(raw.strip())
    raise ValueError(raw)


def _to_date(raw: Any) -> date:
    if isinstance(raw, date) and not hasattr(raw, "hour"):
        return raw
    if isinstance(raw, str):
        return date.fromisoformat(raw.strip())
    raise ValueError(raw)


def _to_path(raw: Any) -> Path:
    if isinstance(raw, Path):
        return raw
    return Path(_to_str(raw))


def _to_secret(raw: Any) -> Secret:
    return raw if isinstance(raw, Secret) else Secret(_to_str(raw))


_SCALARS: dict[Any, Callable[[Any], Any]] = {
    bool: _to_bool,
    int: _to_int,
    float: _to_float,
    str: _to_str,
    time: _to_time,
    date: _to_date,
    Path: _to_path,
    Secret: _to_secret,
}
_EXPECTED: dict[Any, str] = {
    bool: "true or false",
    int: "a whole number",
    float: "a number",
    str: "a text in quotes",
    time: "a time such as 08:30",
    date: "a date such as 2026-10-01",
    Path: "a file path",
    Secret: "a text in quotes",
}


def _environment() -> dict[str, Any]:
    """``BUREAU_BOT_<SECTION>__<KEY>`` variables as tables (names in any case). A list or a
    table is written as JSON; a whole section may be one JSON object (``BUREAU_BOT_OFFICE``).
    Variables that name no section are not ours and are left alone."""
    sections = _hints(Settings)
    found: dict[str, Any] = {}
    for name, raw in os.environ.items():
        if not name.upper().startswith(ENV_PREFIX):
            continue
        path = name[len(ENV_PREFIX) :].lower().split(ENV_NESTING)
        if path[0] not in sections:
            continue
        kind = sections[path[0]]
        for part in path[1:]:
            kind = (
                _hints(kind).get(part)
                if isinstance(kind, type) and dataclasses.is_dataclass(kind)
                else None
            )
        value: Any = raw
        if kind is None or get_origin(kind) is list or _is_section(kind):
            try:
                value = json.loads(raw)
            except ValueError:
                if kind is not None:
                    raise EnvironmentProblem(f"{name}: {raw[:40]!r} is not JSON") from None
        for part in reversed(path):
            value = {part: value}
        found = _merged(found, value)
    return found


def _merged(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """``over`` laid on ``base``: tables merge key by key, anything else is replaced."""
    result = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = _merged(result[key], value)
        else:
            result[key] = value
    return result
