"""Opening a database reads canvass's revisions from the files, without Alembic (start-up
time); that reading must agree with Alembic's own."""

from __future__ import annotations

import subprocess
import sys

from canvass.store import revisions


def test_the_chain_read_from_the_files_is_alembics() -> None:
    script = revisions._default_script()
    alembic_chain = [s.revision for s in script.walk_revisions()][::-1]
    assert revisions._own_chain() == tuple(alembic_chain)
    assert revisions.head() == script.get_current_head()
    for revision in alembic_chain:
        assert revisions.is_known(revision)
        expected = [s.revision for s in script.iterate_revisions(revision, "base")][::-1]
        assert revisions.revisions_up_to(revision) == expected
    assert not revisions.is_known("9999")


def test_opening_a_database_at_head_does_not_import_alembic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "c.db"
    code = (
        "import sys\n"
        "from canvass.store.store import Store\n"
        f"Store.open({str(db)!r}).close()\n"  # made and migrated: Alembic runs
        "for name in [m for m in sys.modules if m.startswith('alembic')]:\n"
        "    del sys.modules[name]\n"
        f"Store.open({str(db)!r}).close()\n"  # at head: no Alembic
        "print(any(m.startswith('alembic') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
