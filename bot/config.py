"""Configuration: ``config.toml`` overridden by ``BUREAU_BOT_<SECTION>__<KEY>`` variables.

The file is read with :mod:`tomllib` ourselves (so a syntax error names its line) and handed
to pydantic-settings as init values; the environment source is placed first so that it wins,
which is what operators expect from a container.
"""

from __future__ import annotations

import tomllib
from datetime import date, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from bot.domain.approval import DEFAULT_KINDS, Tier, parse_level
from bot.domain.office import OfficeHours
from messages import cli as cli_text

DEFAULT_CONFIG = Path("config.toml")


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TelegramSettings(_Section):
    token: SecretStr | None = None
    base_url: str = "https://api.telegram.org/bot"
    base_file_url: str = "https://api.telegram.org/file/bot"
    group_ids: list[int] = Field(default_factory=list)
    rate_limit: bool = True
    poll_timeout: int = Field(default=30, ge=0, le=600)

    @field_validator("token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value().strip():
            return None
        head, _, tail = value.get_secret_value().partition(":")
        if not head.isdigit() or not tail:
            raise ValueError("a BotFather token of the form 123456:ABC…")
        return value


class RolesSettings(_Section):
    admins: list[int] = Field(default_factory=list)
    leaders: list[int] = Field(default_factory=list)


class DatabaseSettings(_Section):
    path: Path = Path("data/bureau.sqlite3")


class OfficeSettings(_Section):
    timezone: str = "Asia/Shanghai"
    day_start: time = time(8, 30)
    am_end: time = time(12, 0)
    pm_start: time = time(14, 30)
    day_end: time = time(17, 30)
    extra_holidays: list[date] = Field(default_factory=list)
    extra_workdays: list[date] = Field(default_factory=list)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
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


class RectificationSettings(_Section):
    """整改事项: the 督办 light, /stalled and the deadline reminders."""

    stalled_days: int = Field(default=14, ge=1, le=365)
    yellow_days: int = Field(default=7, ge=0, le=90)
    remind_days_before: list[int] = Field(default_factory=lambda: [7, 1])
    remind_at: time = time(9, 0)

    @field_validator("remind_days_before")
    @classmethod
    def _positive_days(cls, value: list[int]) -> list[int]:
        if any(d < 1 or d > 90 for d in value):
            raise ValueError("days between 1 and 90, e.g. [7, 1]")
        return sorted(set(value), reverse=True)


class LoggingSettings(_Section):
    level: str = "INFO"

    @field_validator("level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        value = value.upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("one of DEBUG, INFO, WARNING, ERROR")
        return value


class AbsenceSettings(_Section):
    # The "今日在岗情况" post on working days; skipped when the bot starts after am_end.
    morning_post: bool = True
    morning_post_time: time = time(8, 20)
    # One private reminder when a 外出 return time has passed this long without a return.
    return_reminder: bool = True
    return_reminder_after_minutes: int = Field(default=10, ge=0, le=24 * 60)
    # How long the bot's question ("请问是哪一天？") takes a typed answer from the asker.
    answer_minutes: int = Field(default=30, ge=1, le=24 * 60)
    # Reports longer than this many working days are asked about before recording.
    max_working_days: float = Field(default=30, gt=0, le=365)


class RemindersSettings(_Section):
    """/remind: how late a missed reminder may still be sent (marked 补发) after downtime."""

    grace_minutes: int = Field(default=60, ge=0, le=24 * 60)
    # Active and paused reminders one person may have (leaders and admins included).
    max_per_person: int = Field(default=50, ge=1, le=10_000)


class DutySettings(_Section):
    """值班表: the flood season, the morning duty post and the check-in deadline."""

    season_start_month: int = Field(default=4, ge=1, le=12)
    season_end_month: int = Field(default=9, ge=1, le=12)
    post_time: time = time(8, 0)
    checkin_deadline: time = time(9, 0)

    @field_validator("checkin_deadline")
    @classmethod
    def _after_post(cls, value: time, info: Any) -> time:
        post = info.data.get("post_time")
        if post is not None and value <= post:
            raise ValueError("a time after post_time, e.g. 09:00")
        return value


class NotesSettings(_Section):
    """作风督查: the leaders' end-of-day summary of notes, unreported absences, who is out."""

    leaders_summary: bool = True
    leaders_summary_time: time = time(17, 40)
    # A leaders' group to post the summary in; unset: each leader gets it in private.
    leaders_chat_id: int | None = None


class DigestSettings(_Section):
    """整改周报: the weekly rectification digest posted to the group, with a chart."""

    enabled: bool = True
    # ISO weekday, 1 Monday … 7 Sunday; on a holiday the working day before (same week).
    weekday: int = Field(default=5, ge=1, le=7)
    post_time: time = time(17, 0)
    # The "deadlines ahead" list covers this many days; the trend this many weeks.
    upcoming_days: int = Field(default=14, ge=1, le=90)
    trend_weeks: int = Field(default=12, ge=2, le=104)


class ApprovalTier(_Section):
    """One line of the approval table: up to ``max_days`` working days → ``approver``."""

    max_days: float | None = Field(default=None, gt=0, le=365)
    approver: str

    @field_validator("approver")
    @classmethod
    def _known_post(cls, value: str) -> str:
        if parse_level(value) is None:
            raise ValueError("one of 股室负责人, 分管领导, 局长")
        return value

    def tier(self) -> Tier:
        level = parse_level(self.approver)
        assert level is not None
        return Tier(self.max_days, level)


def _default_tiers() -> list[ApprovalTier]:
    return [
        ApprovalTier(max_days=1, approver="股室负责人"),
        ApprovalTier(max_days=3, approver="分管领导"),
        ApprovalTier(approver="局长"),
    ]


class ApprovalSettings(_Section):
    """请假审批: which kinds need a leader's approval, and whose by length."""

    enabled: bool = False
    kinds: list[str] = Field(default_factory=lambda: list(DEFAULT_KINDS))
    rules: list[ApprovalTier] = Field(default_factory=_default_tiers, min_length=1)
    # One private reminder to the approver when a request has waited this long.
    remind_after_minutes: int = Field(default=120, ge=1, le=7 * 24 * 60)
    # After 驳回, the approver's next private message within this many minutes is the reason.
    reason_minutes: int = Field(default=10, ge=1, le=24 * 60)

    @field_validator("rules")
    @classmethod
    def _ordered(cls, value: list[ApprovalTier]) -> list[ApprovalTier]:
        limits = [r.max_days for r in value]
        finite = [d for d in limits if d is not None]
        if None in limits[:-1] or finite != sorted(finite):
            raise ValueError("rules by growing max_days; only the last may leave it out")
        return value

    def tiers(self) -> list[Tier]:
        return [r.tier() for r in self.rules]


class Settings(BaseSettings):
    """Everything the bot reads from outside; see config.example.toml for each key."""

    model_config = SettingsConfigDict(
        env_prefix="BUREAU_BOT_", env_nested_delimiter="__", extra="forbid"
    )

    telegram: TelegramSettings = Field(default_factory=TelegramSettings)
    roles: RolesSettings = Field(default_factory=RolesSettings)
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    office: OfficeSettings = Field(default_factory=OfficeSettings)
    logging: LoggingSettings = Field(default_factory=LoggingSettings)
    rectification: RectificationSettings = Field(default_factory=RectificationSettings)
    absences: AbsenceSettings = Field(default_factory=AbsenceSettings)
    reminders: RemindersSettings = Field(default_factory=RemindersSettings)
    duty: DutySettings = Field(default_factory=DutySettings)
    notes: NotesSettings = Field(default_factory=NotesSettings)
    digest: DigestSettings = Field(default_factory=DigestSettings)
    approval: ApprovalSettings = Field(default_factory=ApprovalSettings)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return env_settings, init_settings

    @field_validator("office")
    @classmethod
    def _office_order(cls, value: OfficeSettings) -> OfficeSettings:
        value.hours()  # raises ValueError when the hours are out of order
        return value


class ConfigError(Exception):
    """A setting is wrong; the message is one line naming the key and what was expected."""


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
    except ValidationError as exc:
        raise ConfigError(_first_problem(exc, str(path))) from None
    except ValueError as exc:  # pydantic-settings' own env parsing errors
        raise ConfigError(cli_text.config_env_invalid(str(exc).splitlines()[0])) from None


def _first_problem(exc: ValidationError, path: str) -> str:
    err = exc.errors()[0]
    key = ".".join(str(part) for part in err["loc"]) or "?"
    message = err["msg"]
    if err["type"] == "extra_forbidden":
        return cli_text.config_unknown_key(path, key)
    message = message.removeprefix("Value error, ")
    return cli_text.config_bad_value(path, key, message, err.get("input"))
