"""The app's first frame needs no data layer: importing the command line and the app
loads neither SQLAlchemy, SQLModel, pydantic nor PyYAML (canvass.ui.app_boot loads them
in a thread after the first frame; issue 10's start-up target)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.fresh import in_fresh_python

HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "yaml", "alembic", "icalendar", "psycopg")


def test_the_first_frame_imports_no_data_layer() -> None:
    code = (
        "import sys, json\n"
        "import canvass.cli, canvass.ui.launch, canvass.ui.app\n"
        "from canvass.ui.screens.call_list import CallList\n"
        f"print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))\n"
    )
    assert in_fresh_python(code) == []


def test_the_services_still_import_everything_they_need() -> None:
    code = (
        "from canvass.services import Services, Store\n"
        "print(Services.of.__name__, Store.open.__name__)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["of", "open"]


def test_a_sqlite_start_reads_its_pages_without_postgresql_s_dialect(tmp_path: Path) -> None:
    """The dialect's package imports every PostgreSQL driver's module (~0.1 s of a start's
    data layer): a SQLite session on an up-to-date database never loads it."""
    from canvass.store import Store

    Store.open(tmp_path / "x.db").close()  # made and migrated here (Alembic knows them all)
    code = (
        "import sys, json\n"
        "from datetime import UTC, datetime\n"
        "from canvass.services import Services, Store\n"
        f"store = Store.open({str(tmp_path / 'x.db')!r})\n"
        "services = Services.of(store)\n"
        "me = services.consultants.ensure_consultant('AB', 'Anne Bech')\n"
        "page = services.lists.first_page(list_id=None, limit=50, now=datetime.now(UTC),\n"
        "    consultant_id=me.id, recent_days=14, segments=(), include_skipped=False,\n"
        "    by_name=False, proof=True, consultant='AB')\n"
        "services.lists.prioritised_rows(list_id=None, now=datetime.now(UTC),\n"
        "    consultant_id=me.id, limit=50, recent_days=14, search='hansen')\n"
        "print(json.dumps(sorted(m for m in sys.modules if 'postgresql' in m or 'psycopg' in m)))\n"
    )
    assert in_fresh_python(code) == []
