"""Persistence: SQLModel tables, migrations, the repositories (functions that take a
session) and the :class:`Store`, the only door to the engine. No Textual; the UI
reaches it through :mod:`canvass.services`."""

from canvass.store.rows import CompanyRow, ConsultantInfo, DemoSummary
from canvass.store.store import Store

__all__ = ["CompanyRow", "ConsultantInfo", "DemoSummary", "Store"]
