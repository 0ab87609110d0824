from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings


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
