"""Settings: the same for every command, from options, environment, config file, defaults.

Order of precedence: command-line option > environment variable > config file > default.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from canvass import locations
from canvass.domain.dialing import (
    DEFAULT_PRESET,
    DialCommand,
    DialConfigError,
    parse_dial_command,
    preset,
)
from canvass.domain.retention import DEFAULT_RETENTION, Age, Retention, parse_age
from canvass.errors import ConfigError
from canvass.files import UnreadableFile, read_regular, write_private
from canvass.i18n import LANGUAGES, t

#: Keys the config file may hold, with the environment variable that overrides each.
CONFIG_KEYS: dict[str, str] = {
    "db": "CANVASS_DB",
    "user": "CANVASS_USER",
    "lang": "CANVASS_LANG",
    "organisation": "CANVASS_ORGANISATION",
    "scripts": "CANVASS_SCRIPTS",
    "objections": "CANVASS_OBJECTIONS",
    "rubrics": "CANVASS_RUBRICS",
    "recent_days": "CANVASS_RECENT_DAYS",
    "dial_command": "CANVASS_DIAL_COMMAND",
    "daily_goal_calls": "CANVASS_DAILY_GOAL_CALLS",
    "daily_goal_meetings": "CANVASS_DAILY_GOAL_MEETINGS",
    "list": "CANVASS_LIST",
    "retention_notes": "CANVASS_RETENTION_NOTES",
    "retention_contacts": "CANVASS_RETENTION_CONTACTS",
    "retention_audit": "CANVASS_RETENTION_AUDIT",
}
#: Keys whose config-file value is kept as written (a list), not turned into text.
_LIST_KEYS = frozenset({"dial_command"})

DEFAULT_ORGANISATION = "Jobcenter"
#: Companies called within this many days are skipped by the prioritised call list.
DEFAULT_RECENT_DAYS = 14
_INITIALS = re.compile(r"^[A-ZÆØÅ]{2,5}$")


@dataclass(frozen=True)
class Settings:
    """Everything a command needs to know about where things are and who is working."""

    db_url: str
    user: str | None
    lang: str
    organisation: str
    scripts_dir: Path
    objections_dir: Path
    config_file: Path
    recent_days: int = DEFAULT_RECENT_DAYS
    #: What ``d`` (dial) runs; see :mod:`canvass.domain.dialing`.
    dial: DialCommand = field(default_factory=lambda: preset(DEFAULT_PRESET))
    daily_goal_calls: int | None = None
    daily_goal_meetings: int | None = None
    call_list: str | None = None  # the id of the call list chosen last (remembered by the app)
    #: How long notes, contact persons and audit lines are kept (``canvass purge``).
    retention: Retention = DEFAULT_RETENTION
    #: The sparring rubrics (``rubrics/*.yaml``), found like the scripts and objections.
    rubrics_dir: Path = field(default_factory=lambda: locations.content_dir("rubrics"))


#: A config file is a few lines; anything larger is not one (or is /dev/zero).
CONFIG_LIMIT = 64 * 1024


def read_config_file(path: Path) -> dict[str, object]:
    """The config file's known keys as text (``dial_command`` as written: a list, or a
    wrong type to report); a missing file is empty, a broken one an error."""
    try:
        raw = read_regular(path, CONFIG_LIMIT)
    except UnreadableFile as exc:
        if exc.kind == "missing":
            return {}
        raise ConfigError(t("config.unreadable", path=path, reason=exc.reason)) from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(t("config.invalid", path=path, reason=str(exc))) from exc
    unknown = sorted(set(data) - set(CONFIG_KEYS))
    if unknown:
        raise ConfigError(t("config.unknown_keys", path=path, keys=", ".join(unknown)))
    for key, value in data.items():
        # A table, a date or a list where a word or a number belongs is a typo, not a value
        # (``db = { a = 1 }`` must not become a database file named "{'a': 1}").
        if key not in _LIST_KEYS and not isinstance(value, str | int | bool):
            kind = type(value).__name__
            raise ConfigError(t("config.wrong_type", path=path, key=key, kind=kind))
    return {key: value if key in _LIST_KEYS else str(value) for key, value in data.items()}


def write_config_value(path: Path, key: str, value: str) -> None:
    """Set one key in the config file, keeping the others (used to remember the user)."""
    values = read_config_file(path)
    values[key] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"{k} = {_toml_value(v)}" for k, v in sorted(values.items())]
    write_private(path, ("\n".join(lines) + "\n").encode("utf-8"))


def _toml_value(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml_string(str(item)) for item in value) + "]"
    return _toml_string(str(value))


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def normalise_initials(value: str) -> str:
    """Upper-case initials, 2–5 letters; otherwise a ConfigError saying so."""
    initials = value.strip().upper()
    if not _INITIALS.match(initials):
        raise ConfigError(t("config.bad_initials", value=value))
    return initials


def load_settings(
    options: Mapping[str, str | None] | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Settings:
    """Resolve the settings from options (``db``, ``user``, ``lang``, ...), env and config."""
    options = options or {}
    env = os.environ if env is None else env
    config_path = locations.config_file()
    from_file = read_config_file(config_path)

    def pick(key: str) -> str | None:
        value = options.get(key) or env.get(CONFIG_KEYS[key]) or from_file.get(key)
        return str(value) if value else None

    lang = pick("lang") or "da"
    if lang not in LANGUAGES:
        raise ConfigError(t("config.bad_lang", value=lang, allowed=", ".join(LANGUAGES)))
    user = pick("user")
    scripts = pick("scripts")
    objections = pick("objections")
    rubrics = pick("rubrics")
    return Settings(
        recent_days=_recent_days(pick("recent_days")),
        dial=_dial_command(env, from_file, config_path),
        daily_goal_calls=_goal("daily_goal_calls", pick("daily_goal_calls")),
        daily_goal_meetings=_goal("daily_goal_meetings", pick("daily_goal_meetings")),
        db_url=pick("db") or str(locations.default_database()),
        user=normalise_initials(user) if user else None,
        lang=lang,
        organisation=pick("organisation") or DEFAULT_ORGANISATION,
        scripts_dir=Path(scripts).expanduser()
        if scripts
        else locations.content_dir("scripts", cwd),
        objections_dir=Path(objections).expanduser()
        if objections
        else locations.content_dir("objections", cwd),
        rubrics_dir=Path(rubrics).expanduser()
        if rubrics
        else locations.content_dir("rubrics", cwd),
        config_file=config_path,
        call_list=pick("list"),
        retention=Retention(
            notes=_age("retention_notes", pick("retention_notes"), DEFAULT_RETENTION.notes),
            contacts=_age(
                "retention_contacts", pick("retention_contacts"), DEFAULT_RETENTION.contacts
            ),
            audit=_age("retention_audit", pick("retention_audit"), DEFAULT_RETENTION.audit),
        ),
    )


def _age(key: str, value: str | None, default: Age | None) -> Age | None:
    """A retention period such as ``24m``; ``never`` (or ``aldrig``) keeps data for ever."""
    if value is None:
        return default
    if value.strip().lower() in ("never", "aldrig"):
        return None
    try:
        return parse_age(value)
    except ValueError:
        raise ConfigError(t("config.bad_retention", key=key, value=value)) from None


def _recent_days(value: str | None) -> int:
    """The ``recent_days`` setting: a whole number of days from 0 to 365."""
    if value is None:
        return DEFAULT_RECENT_DAYS
    try:
        days = int(value.strip())
    except ValueError:
        days = -1
    if not 0 <= days <= 365:
        raise ConfigError(t("config.bad_recent_days", value=value))
    return days


def _dial_command(
    env: Mapping[str, str], from_file: Mapping[str, object], config_path: Path
) -> DialCommand:
    """``dial_command`` from the environment or the config file (a preset or a list)."""
    variable = CONFIG_KEYS["dial_command"]
    if env.get(variable):
        value: object = env[variable]
        source = variable
    elif "dial_command" in from_file:
        value, source = from_file["dial_command"], str(config_path)
    else:
        return preset(DEFAULT_PRESET)
    try:
        return parse_dial_command(value)
    except DialConfigError as exc:
        raise ConfigError(t("config.bad_dial_command", source=source, reason=str(exc))) from exc


def _goal(key: str, value: str | None) -> int | None:
    """A daily goal: a whole number from 1 to 999, or None when not set."""
    if value is None:
        return None
    try:
        goal = int(value.strip())
    except ValueError:
        goal = 0
    if not 1 <= goal <= 999:
        raise ConfigError(t("config.bad_goal", key=key, value=value))
    return goal


def with_user(settings: Settings, initials: str) -> Settings:
    """A copy of ``settings`` for another consultant."""
    return replace(settings, user=normalise_initials(initials))
