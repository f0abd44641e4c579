"""Bringing a database to this canvass's schema with Alembic, and saying where it stands.

- :func:`open_engine` is what :meth:`Store.open` does: identify the database (read-only),
  then upgrade a personal SQLite file by itself — but never a shared PostgreSQL database
  that already has data: that is :func:`upgrade_database` (``canvass db upgrade``), run
  once by whoever looks after the server. An empty PostgreSQL database gets the schema.
- :func:`upgrade` runs the revisions in one transaction: SQLite's write lock, or a
  PostgreSQL advisory lock, is taken first and the revision read again under it, so two
  processes upgrading at once do not both run a revision, and a failure leaves the
  database at the revision it had. A database from before Alembic is stamped with its
  revision (``user_version`` N is ``000N``) and upgraded in the same transaction.
- :func:`schema_differences` compares a database with the models (tests, and
  :func:`write_revision`, which autogenerates the next revision for a developer:
  ``canvass db revision -m "what changes"``; see the README, "Adding a migration").

On SQLite, foreign keys are switched off while the revisions run (batch mode rebuilds a
table by dropping it, which with foreign keys on would delete the rows that point at it)
and checked with ``PRAGMA foreign_key_check`` before the commit; the rebuilt table keeps
its inline foreign key actions and UNIQUEs because :mod:`canvass.store.sqlite_reflection`
reads them from SQLite's pragmas.
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, text
from sqlmodel import SQLModel

from canvass.errors import StoreError
from canvass.i18n import t
from canvass.store import revisions, sqlite_reflection
from canvass.store.engine import (
    TRANSLATABLE,
    Target,
    create_store_engine,
    enable_wal,
    parse_target,
    prepare_file,
    translate,
)
from canvass.store.identify import (
    ForeignKeysBrokenError,
    NeedsUpgradeError,
    SchemaState,
    identify,
)
from canvass.store.migrations import write_version

if TYPE_CHECKING:  # Alembic is imported only to migrate or compare (~0.2 s at start-up)
    from alembic.config import Config
    from alembic.operations.ops import MigrationScript

#: pg_advisory_xact_lock key held while upgrading ("canvass" in ASCII).
_PG_LOCK_KEY = 0x63616E76617373


def open_engine(target: Target, *, create_folder: bool = False) -> Engine:
    """An engine on a database at this canvass's schema (see the module docstring)."""
    engine: Engine | None = None
    try:
        if target.file is not None:
            prepare_file(target.file, create_folder=create_folder)
        engine = create_store_engine(target)
        with engine.connect() as conn:  # before anything writes (WAL changes the header)
            state = identify(conn)
        if not state.up_to_date and not target.is_sqlite and not state.empty:
            raise NeedsUpgradeError(str(state.revision), state.head)
        if target.file is not None:
            enable_wal(engine)
        if not state.up_to_date:
            upgrade(engine)
    except TRANSLATABLE as exc:
        if engine is not None:
            engine.dispose()
        raise translate(exc, target) from exc
    return engine


def database_state(url_or_path: str | Path) -> SchemaState:
    """Where the database stands (``canvass db current``); reads only, creates nothing."""
    target = parse_target(url_or_path)
    engine: Engine | None = None
    try:
        if target.file is not None and not target.file.is_file():
            key = "store.error.not_file" if target.file.exists() else "store.error.no_database"
            raise StoreError(t(key, path=target.display), t("store.error.title"))
        engine = create_store_engine(target)
        with engine.connect() as conn:
            return identify(conn)
    except TRANSLATABLE as exc:
        raise translate(exc, target) from exc
    finally:
        if engine is not None:
            engine.dispose()


def upgrade_database(
    url_or_path: str | Path, *, create_folder: bool = False
) -> tuple[SchemaState, SchemaState]:
    """Upgrade the database to head (``canvass db upgrade``); the state before and after."""
    target = parse_target(url_or_path)
    engine: Engine | None = None
    try:
        if target.file is not None:
            prepare_file(target.file, create_folder=create_folder)
        engine = create_store_engine(target)
        with engine.connect() as conn:
            before = identify(conn)
        if target.file is not None:
            enable_wal(engine)
        after = upgrade(engine)
    except TRANSLATABLE as exc:
        raise translate(exc, target) from exc
    finally:
        if engine is not None:
            engine.dispose()
    return before, after


def upgrade(engine: Engine, revision: str = "head", *, config: Config | None = None) -> SchemaState:
    """Run the revisions up to ``revision`` in one transaction; the state afterwards.

    A no-op when the database is there already. ``config`` names other revisions than
    canvass's own (tests). Refuses, untouched, what :func:`identify` refuses.
    """
    sqlite_reflection.install(engine)  # batch mode rebuilds tables from the reflection
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # on the driver, outside any transaction: SQLite ignores it inside one
            _driver_pragma(conn, "PRAGMA foreign_keys = OFF")
        try:
            conn.execution_options(canvass_begin="IMMEDIATE")  # SQLite's write lock up front
            with conn.begin():
                if not sqlite:
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
                state = _upgrade_locked(conn, revision, config)
        finally:
            if sqlite:
                _driver_pragma(conn, "PRAGMA foreign_keys = ON")
    return state


def _driver_pragma(conn: Connection, pragma: str) -> None:
    driver = conn.connection.driver_connection
    if driver is not None:
        driver.execute(pragma)


def _upgrade_locked(conn: Connection, revision: str, config: Config | None) -> SchemaState:
    from alembic import command

    before = identify(conn, config)
    script = revisions.script_directory(config)
    target = script.get_revision(revision)
    if target is None:  # pragma: no cover - "head" always resolves
        raise ValueError(revision)
    if before.revision == target.revision and before.legacy_version is None:
        return before
    cfg = _with_connection(config or revisions.alembic_config(), conn)
    if before.legacy_version is not None:
        command.stamp(cfg, str(before.revision))
    command.upgrade(cfg, revision)
    write_version(conn, revisions.ALEMBIC_ERA_VERSION)
    if conn.dialect.name == "sqlite":
        broken = sorted({row[0] for row in conn.exec_driver_sql("PRAGMA foreign_key_check")})
        if broken:
            raise ForeignKeysBrokenError(target.revision, broken)
    return identify(conn, config)


def _ruff_hooks(config: Config) -> None:
    """Lint-fix and format a written revision the way the project's code is."""
    hooks = {"ruff_fix": "check --fix --quiet", "ruff_format": "format --quiet"}
    config.set_section_option("post_write_hooks", "hooks", ", ".join(hooks))
    for name, options in hooks.items():
        config.set_section_option("post_write_hooks", f"{name}.type", "module")
        config.set_section_option("post_write_hooks", f"{name}.module", "ruff")
        config.set_section_option(
            "post_write_hooks", f"{name}.options", f"{options} REVISION_SCRIPT_FILENAME"
        )


def _with_connection(config: Config, conn: Connection) -> Config:
    config.attributes["connection"] = conn
    return config


def schema_differences(conn: Connection) -> list[Any]:
    """What Alembic's autogenerate finds different between the database and the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    sqlite_reflection.install(conn.engine)
    context = MigrationContext.configure(conn, opts=revisions.comparison_options(conn))
    return list(compare_metadata(context, SQLModel.metadata))


def write_revision(message: str, folder: Path | None = None) -> Path | None:
    """Autogenerate the next revision from the models (a developer's command).

    Compares a scratch SQLite database at head with the models and writes
    ``versions/r<NNNN>_<slug>.py`` into the package's environment (or ``folder``);
    None (and nothing written) when the models and the schema already agree.
    """
    from alembic import command

    with tempfile.TemporaryDirectory() as scratch:
        engine = create_store_engine(parse_target(Path(scratch) / "head.db"))
        try:
            upgrade(engine)
            with engine.connect() as conn:
                written: list[Path] = []

                def skip_empty(_context: Any, _revision: Any, directives: list[Any]) -> None:
                    script: MigrationScript = directives[0]
                    if script.upgrade_ops is not None and script.upgrade_ops.is_empty():
                        directives[:] = []

                extra = [folder] if folder else []
                for made in extra:
                    made.mkdir(parents=True, exist_ok=True)
                cfg = _with_connection(revisions.alembic_config(*extra), conn)
                if importlib.util.find_spec("ruff") is not None:  # a developer's checkout
                    _ruff_hooks(cfg)
                result = command.revision(
                    cfg,
                    message=message,
                    autogenerate=True,
                    rev_id=revisions.next_revision_id(),
                    version_path=str(folder) if folder else None,
                    process_revision_directives=skip_empty,
                )
                scripts = result if isinstance(result, list) else [result]
                written = [Path(s.path) for s in scripts if s is not None]
        finally:
            engine.dispose()
    return written[0] if written else None
