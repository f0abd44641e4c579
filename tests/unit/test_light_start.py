"""The app's first frame needs no data layer: importing the command line and the app
loads neither SQLAlchemy, SQLModel, pydantic nor PyYAML (canvass.ui.app_boot loads them
in a thread after the first frame; issue 10's start-up target)."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "yaml", "alembic", "icalendar", "psycopg")


def test_the_first_frame_imports_no_data_layer() -> None:
    code = (
        "import sys, json\n"
        "import canvass.cli, canvass.ui.launch, canvass.ui.app\n"
        "from canvass.ui.screens.call_list import CallList\n"
        f"print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == []


def test_the_services_still_import_everything_they_need() -> None:
    code = (
        "from canvass.services import Services, Store\n"
        "print(Services.of.__name__, Store.open.__name__)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["of", "open"]
