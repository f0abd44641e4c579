"""Where canvass keeps its files: platform user folders (platformdirs) with overrides.

Nothing here touches the disk at import time; callers create folders when they write.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "canvass"
_PACKAGE_DIR = Path(__file__).resolve().parent


def config_file() -> Path:
    """The config file: ``$CANVASS_CONFIG`` or ``<user config dir>/config.toml``."""
    override = os.environ.get("CANVASS_CONFIG")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def default_database() -> Path:
    """The default SQLite database in the platform's user data folder."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "canvass.db"


def is_default_database(db: str) -> bool:
    """``db`` is canvass's own default place, the only folder canvass creates: a --db in
    a missing folder is a typo, not a wish for a new, empty database."""
    return db == str(default_database())


def state_dir() -> Path:
    """Where canvass keeps what it may throw away: the kept first page of the call list."""
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def content_dir(kind: str, cwd: Path | None = None) -> Path:
    """Where to read ``kind`` ("scripts", "objections" or "rubrics") from when nothing is
    configured.

    ``./<kind>`` when it exists (a trainer working in a checkout or their own folder);
    otherwise the copy shipped inside the package; in an editable install, the
    top-level folder beside the package (the source of the shipped copy).
    """
    local = (cwd or Path.cwd()) / kind
    if local.is_dir():
        return local
    shipped = _PACKAGE_DIR / "_content" / kind
    if shipped.is_dir():
        return shipped
    return _PACKAGE_DIR.parent / kind
