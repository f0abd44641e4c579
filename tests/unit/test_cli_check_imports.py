"""``canvass check`` runs without the data layer: a trainer checking 5,000 objections
must not wait for SQLAlchemy, SQLModel and the tables to load (about half a second)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_check_loads_no_database_code() -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from canvass.cli import cli\n"
        f"result = CliRunner().invoke(cli, ['check', {str(REPO / 'objections')!r}])\n"
        "assert result.exit_code == 0, result.output\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'sqlmodel'}))\n"
        "layers = ('canvass.store', 'canvass.services')\n"
        "print(sorted(m for m in sys.modules if m.startswith(layers)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[]", "[]"]
