"""Alembic's environment for canvass: run by :mod:`canvass.store.schema`, never by hand.

The connection comes in ``config.attributes["connection"]``, already inside the
transaction canvass opened (SQLite's write lock taken, PostgreSQL's advisory lock held),
so Alembic adds no transaction of its own and a failed upgrade leaves nothing behind.
SQLite runs in batch mode: a change SQLite's ALTER TABLE cannot make rebuilds the table.
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from canvass.store import models  # noqa: F401  (registers every table on the metadata)
from canvass.store.revisions import comparison_options


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("canvass runs its migrations itself: use 'canvass db upgrade'")
    context.configure(
        connection=connection, target_metadata=SQLModel.metadata, **comparison_options(connection)
    )
    with context.begin_transaction():
        context.run_migrations()


run()
