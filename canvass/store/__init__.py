"""Persistence: SQLModel tables, migrations and the :class:`Store` the UI calls. No Textual."""

from canvass.store.rows import CompanyRow, ConsultantInfo, DemoSummary
from canvass.store.store import Store

__all__ = ["CompanyRow", "ConsultantInfo", "DemoSummary", "Store"]
