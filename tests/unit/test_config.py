"""Settings: option > environment > config file > default; bad values are clear errors."""

from pathlib import Path

import pytest

from canvass.config import load_settings, read_config_file, write_config_value
from canvass.errors import ConfigError


@pytest.fixture
def config_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cfg" / "config.toml"
    monkeypatch.setenv("CANVASS_CONFIG", str(path))
    return path


def test_defaults_use_platform_folders_and_shipped_content(
    config_path: Path, tmp_path: Path
) -> None:
    settings = load_settings({}, env={}, cwd=tmp_path)
    assert settings.db_url.endswith("canvass.db")
    assert settings.user is None
    assert settings.lang == "da"
    assert settings.scripts_dir.name == "scripts"
    assert any(settings.scripts_dir.glob("*.yaml")), "shipped scripts are found"
    assert not config_path.exists(), "reading settings creates nothing"


def test_local_folders_win_over_shipped_ones(config_path: Path, tmp_path: Path) -> None:
    (tmp_path / "scripts").mkdir()
    assert load_settings({}, env={}, cwd=tmp_path).scripts_dir == tmp_path / "scripts"


def test_precedence_option_env_file(config_path: Path, tmp_path: Path) -> None:
    write_config_value(config_path, "user", "FF")
    write_config_value(config_path, "db", str(tmp_path / "file.db"))
    assert load_settings({}, env={}).user == "FF"
    assert load_settings({}, env={"CANVASS_USER": "ee"}).user == "EE"
    assert load_settings({"user": "oo"}, env={"CANVASS_USER": "EE"}).user == "OO"
    assert load_settings({}, env={}).db_url == str(tmp_path / "file.db")


def test_write_config_value_keeps_other_keys(config_path: Path) -> None:
    write_config_value(config_path, "lang", "en")
    write_config_value(config_path, "user", "AB")
    assert read_config_file(config_path) == {"lang": "en", "user": "AB"}


@pytest.mark.parametrize(
    ("content", "needle"),
    [("user = [", "TOML"), ("colour = 'red'", "colour"), (b"\xff\xfe", "TOML")],
)
def test_broken_config_file_is_a_clear_error(config_path: Path, content, needle: str) -> None:
    config_path.parent.mkdir(parents=True)
    if isinstance(content, bytes):
        config_path.write_bytes(content)
    else:
        config_path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_settings({}, env={})
    assert needle in error.value.message
    assert str(config_path) in error.value.message


def test_bad_initials_and_language_are_refused(config_path: Path) -> None:
    with pytest.raises(ConfigError, match="initialer"):
        load_settings({"user": "A1"}, env={})
    with pytest.raises(ConfigError, match="sprog"):
        load_settings({"lang": "de"}, env={})


def test_recent_days_from_file_env_default_and_refused_when_bad(config_path: Path) -> None:
    assert load_settings({}, env={}).recent_days == 14
    config_path.parent.mkdir(parents=True)
    config_path.write_text("recent_days = 21\n", encoding="utf-8")
    assert load_settings({}, env={}).recent_days == 21
    assert load_settings({}, env={"CANVASS_RECENT_DAYS": "7"}).recent_days == 7
    for bad in ("-1", "366", "to uger"):
        with pytest.raises(ConfigError, match="recent_days"):
            load_settings({}, env={"CANVASS_RECENT_DAYS": bad})


def test_dial_command_from_file_env_and_presets(config_path: Path) -> None:
    from canvass.domain.dialing import preset

    assert load_settings({}, env={}).dial == preset("tel")
    config_path.parent.mkdir(parents=True)
    config_path.write_text('dial_command = ["softphone", "{e164}"]\n', encoding="utf-8")
    assert load_settings({}, env={}).dial.argv == ("softphone", "{e164}")
    assert load_settings({}, env={"CANVASS_DIAL_COMMAND": "copy"}).dial.copies
    # Writing another key keeps the list a list.
    write_config_value(config_path, "user", "AB")
    assert read_config_file(config_path)["dial_command"] == ["softphone", "{e164}"]
    assert load_settings({}, env={}).dial.argv == ("softphone", "{e164}")


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("dial_command = 5", "5"),
        ('dial_command = ["x"]', "{e164}"),
        ("dial_command = 'sip'", "sip"),
    ],
)
def test_bad_dial_command_is_a_clear_config_error(
    config_path: Path, content: str, needle: str
) -> None:
    config_path.parent.mkdir(parents=True)
    config_path.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_settings({}, env={})
    assert "dial_command" in error.value.message
    assert str(config_path) in error.value.message
    assert needle in error.value.message


def test_daily_goals(config_path: Path) -> None:
    assert load_settings({}, env={}).daily_goal_calls is None
    config_path.parent.mkdir(parents=True)
    config_path.write_text("daily_goal_calls = 25\n", encoding="utf-8")
    env = {"CANVASS_DAILY_GOAL_MEETINGS": "3"}
    settings = load_settings({}, env=env)
    assert (settings.daily_goal_calls, settings.daily_goal_meetings) == (25, 3)
    for bad in ("0", "mange", "1000"):
        with pytest.raises(ConfigError) as error:
            load_settings({}, env={"CANVASS_DAILY_GOAL_CALLS": bad})
        assert "daily_goal_calls" in error.value.message and bad in error.value.message


def test_a_value_of_the_wrong_type_is_a_clear_error(tmp_path: Path) -> None:
    import pytest

    from canvass.config import read_config_file
    from canvass.errors import ConfigError

    path = tmp_path / "config.toml"
    path.write_text("db = { a = 1 }\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        read_config_file(path)
    assert "'db'" in caught.value.message and "dict" in caught.value.message


def test_retention_periods_per_kind(config_path: Path) -> None:
    from canvass.domain.retention import Age

    default = load_settings({}, env={}).retention
    assert (default.notes, default.contacts, default.audit) == (
        Age(24, "m"),
        Age(24, "m"),
        Age(36, "m"),
    )
    config_path.parent.mkdir(parents=True)
    config_path.write_text(
        'retention_notes = "90d"\nretention_contacts = "aldrig"\nretention_audit = "5y"\n',
        encoding="utf-8",
    )
    settings = load_settings({}, env={"CANVASS_RETENTION_NOTES": "12m"})
    assert settings.retention.notes == Age(12, "m")  # the environment wins
    assert settings.retention.contacts is None  # kept for ever
    assert settings.retention.audit == Age(5, "y")
    for bad in ("24", "2 år", "0d"):
        with pytest.raises(ConfigError) as error:
            load_settings({}, env={"CANVASS_RETENTION_AUDIT": bad})
        assert "retention_audit" in error.value.message and bad in error.value.message
