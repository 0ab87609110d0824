from datetime import date, time
from pathlib import Path

import pytest

from bot.config import ConfigError, Settings, SettingsProblem, load_settings


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    assert settings.telegram.token is None
    assert settings.database.path == Path("data/bureau.sqlite3")
    assert settings.office.timezone == "Asia/Shanghai"
    assert str(settings.office.day_start) == "08:30:00"


def test_file_then_environment_wins(tmp_path, monkeypatch):
    path = write(
        tmp_path,
        '[telegram]\ntoken = "123:abc"\ngroup_ids = [-1001]\n[roles]\nadmins = [5]\n'
        '[office]\npm_start = "14:00"\n',
    )
    monkeypatch.setenv("BUREAU_BOT_TELEGRAM__GROUP_IDS", "[-1002, -1003]")
    monkeypatch.setenv("BUREAU_BOT_DATABASE__PATH", "/tmp/x.sqlite3")
    settings = load_settings(path)
    assert settings.telegram.token.get_secret_value() == "123:abc"
    assert "123:abc" not in repr(settings)  # the token is a secret
    assert settings.telegram.group_ids == [-1002, -1003]
    assert settings.roles.admins == [5]
    assert settings.database.path == Path("/tmp/x.sqlite3")
    assert settings.office.hours().pm_start.hour == 14


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("[telegram\n", "不是有效的 TOML"),
        ('[telegram]\ngroup_ids = ["abc"]\n', "telegram.group_ids.0"),
        ('[telegram]\ntoken = "nonsense"\n', "telegram.token"),
        ('[office]\ntimezone = "Mars/Base"\n', "office.timezone"),
        ('[office]\nam_end = "07:00"\n', "office"),
        ('[office]\nday_start = "25:00"\n', "office.day_start"),
        ("[telegarm]\ntoken = 1\n", "telegarm"),
        ('[logging]\nlevel = "LOUD"\n', "logging.level"),
    ],
)
def test_bad_file_gives_one_line_naming_the_key(tmp_path, text, needle):
    with pytest.raises(ConfigError) as caught:
        load_settings(write(tmp_path, text))
    message = str(caught.value)
    assert needle in message
    assert "\n" not in message


def test_bad_environment_value(tmp_path, monkeypatch):
    monkeypatch.setenv("BUREAU_BOT_ROLES__ADMINS", "not-json")
    with pytest.raises(ConfigError) as caught:
        load_settings(write(tmp_path, ""))
    assert "\n" not in str(caught.value)


def test_missing_explicit_file(tmp_path):
    with pytest.raises(ConfigError, match="找不到配置文件"):
        load_settings(tmp_path / "nope.toml")


def test_approval_section(tmp_path):
    settings = load_settings(write(tmp_path, ""))
    assert settings.approval.enabled is False  # off: today's behaviour
    assert "事假" in settings.approval.kinds and "外出" not in settings.approval.kinds
    assert [(t.max_days, t.level.value) for t in settings.approval.tiers()] == [
        (1, "股室负责人"),
        (3, "分管领导"),
        (None, "局长"),
    ]
    custom = load_settings(
        write(
            tmp_path,
            '[approval]\nenabled = true\nrules = [{max_days = 2, approver = "股长"},'
            ' {approver = "局长"}]\n',
        )
    )
    assert [t.level.value for t in custom.approval.tiers()] == ["股室负责人", "局长"]


@pytest.mark.parametrize(
    "rules",
    [
        '[{approver = "处长"}]',
        '[{max_days = 3, approver = "局长"}, {max_days = 1, approver = "股长"}]',
        '[{approver = "局长"}, {max_days = 1, approver = "股长"}]',
        "[]",
    ],
)
def test_bad_approval_rules_name_the_key(tmp_path, rules):
    with pytest.raises(ConfigError) as caught:
        load_settings(write(tmp_path, f"[approval]\nrules = {rules}\n"))
    assert "approval.rules" in str(caught.value)


def test_environment_values_are_text_read_as_their_setting(tmp_path, monkeypatch):
    monkeypatch.setenv("BUREAU_BOT_TELEGRAM__RATE_LIMIT", "false")
    monkeypatch.setenv("bureau_bot_telegram__poll_timeout", "7")  # names in any case
    monkeypatch.setenv("BUREAU_BOT_NOTES__LEADERS_CHAT_ID", "-1009")
    monkeypatch.setenv("BUREAU_BOT_ABSENCES__MAX_WORKING_DAYS", "12.5")
    monkeypatch.setenv("BUREAU_BOT_OFFICE", '{"pm_start": "14:00"}')  # a section as JSON
    monkeypatch.setenv("BUREAU_BOT_OFFICE__EXTRA_HOLIDAYS", '["2026-10-09"]')
    monkeypatch.setenv("BUREAU_BOT_SOMETHING_ELSE", "not ours")
    settings = load_settings(write(tmp_path, '[office]\nam_end = "11:30"\n'))
    assert settings.telegram.rate_limit is False
    assert settings.telegram.poll_timeout == 7
    assert settings.notes.leaders_chat_id == -1009
    assert settings.absences.max_working_days == 12.5
    assert (settings.office.am_end, settings.office.pm_start) == (time(11, 30), time(14, 0))
    assert settings.office.extra_holidays == [date(2026, 10, 9)]


def test_toml_values_of_their_own_type_are_taken(tmp_path):
    settings = load_settings(
        write(
            tmp_path,
            "[office]\nday_start = 08:00:00\nextra_workdays = [2026-10-10]\n"
            "[rectification]\nremind_days_before = [1, 7, 7]\n",
        )
    )
    assert settings.office.day_start == time(8, 0)
    assert settings.office.extra_workdays == [date(2026, 10, 10)]
    assert settings.rectification.remind_days_before == [7, 1]


@pytest.mark.parametrize(
    ("text", "env", "needle"),
    [
        ("[telegram]\npoll_timeout = 601\n", {}, "telegram.poll_timeout"),
        ("[telegram]\npoll_timeout = 5.5\n", {}, "telegram.poll_timeout"),
        ("[telegram]\nrate_limit = 2\n", {}, "telegram.rate_limit"),
        ("[telegram]\nbase_url = 5\n", {}, "telegram.base_url"),
        ("telegram = 5\n", {}, "telegram"),
        ('[office]\nextra_holidays = "2026-10-09"\n', {}, "office.extra_holidays"),
        ('[office]\nextra_holidays = ["2026-13-09"]\n', {}, "office.extra_holidays.0"),
        ("[absences]\nmax_working_days = 0\n", {}, "absences.max_working_days"),
        ('[duty]\npost_time = "09:00"\ncheckin_deadline = "08:00"\n', {}, "duty.checkin_deadline"),
        ("[approval]\nrules = [{max_days = 2}]\n", {}, "approval.rules.0.approver"),
        ('[approval]\nrules = [{approver = "局长", x = 1}]\n', {}, "approval.rules.0.x"),
        ("", {"BUREAU_BOT_TELEGRAM__NOPE": "1"}, "telegram.nope"),
        ("", {"BUREAU_BOT_TELEGRAM__POLL_TIMEOUT": ""}, "telegram.poll_timeout"),
        ("", {"BUREAU_BOT_OFFICE__EXTRA_HOLIDAYS": "2026-10-09"}, "EXTRA_HOLIDAYS"),
    ],
)
def test_every_wrong_value_is_one_line_naming_its_key(tmp_path, monkeypatch, text, env, needle):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as caught:
        load_settings(write(tmp_path, text))
    assert needle in str(caught.value)
    assert "\n" not in str(caught.value)


def test_settings_made_in_code_are_checked_and_the_environment_wins(monkeypatch):
    monkeypatch.setenv("BUREAU_BOT_DATABASE__PATH", "/tmp/from-env.sqlite3")
    settings = Settings(database={"path": "/tmp/given.sqlite3"}, roles={"admins": [5]})
    assert settings.database.path == Path("/tmp/from-env.sqlite3")
    assert settings.roles.admins == [5]
    first = settings.approval.tiers()[0]
    assert (first.max_days, first.level.value) == (1.0, "股室负责人")
    with pytest.raises(SettingsProblem) as caught:
        Settings(roles={"admins": ["x"]})
    assert caught.value.loc == ("roles", "admins", 0)
