"""Persistence: SQLModel tables, migrations, the repositories (functions that take a
session) and the :class:`Store`, the only door to the engine. No Textual; the UI
reaches it through :mod:`canvass.services`.

Loaded lazily (PEP 562): importing a light module of the package (``canvass.store.rows``)
does not import the engine, SQLAlchemy and every table; ``from canvass.store import Store``
does, on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from canvass.lazy import lazy_getattr

if TYPE_CHECKING:
    from canvass.store.rows import CompanyRow as CompanyRow
    from canvass.store.rows import ConsultantInfo as ConsultantInfo
    from canvass.store.rows import DemoSummary as DemoSummary
    from canvass.store.store import Store as Store

_WHERE = {
    "CompanyRow": "canvass.store.rows",
    "ConsultantInfo": "canvass.store.rows",
    "DemoSummary": "canvass.store.rows",
    "Store": "canvass.store.store",
}

__all__ = sorted(_WHERE)


__getattr__ = lazy_getattr(__name__, globals(), _WHERE)
