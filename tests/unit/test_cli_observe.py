"""``canvass observe INITIALS``: clear Danish refusals (exit 2, no app), else the app opens
following the colleague."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from canvass.cli import cli
from canvass.store import Store
from canvass.store.demo import fill_demo


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CANVASS_CONFIG", str(tmp_path / "config.toml"))
    for name in ("CANVASS_DB", "CANVASS_USER", "CANVASS_LANG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def demo_db(tmp_path: Path) -> str:
    """The demo data: AB and MK are buddies; SL (trainer) and JH (team lead) have none."""
    path = tmp_path / "demo.db"
    with Store.open(path) as store:
        fill_demo(store, today=date(2026, 11, 23))
    return str(path)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Instead of running the TUI, note how it would be started."""
    calls: list[dict[str, Any]] = []

    def fake_run_app(
        settings: Any, store: Any = None, library: Any = None, *, observe: str | None = None
    ) -> int:
        calls.append({"user": settings.user, "observe": observe})
        return 0

    monkeypatch.setattr("canvass.ui.launch.run_app", fake_run_app)
    return calls


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_the_buddy_opens_the_app_on_the_observer_screen(
    demo_db: str, opened: list[dict[str, Any]]
) -> None:
    result = run("observe", "ab", "--db", demo_db, "--user", "MK")
    assert result.exit_code == 0, result.output
    assert opened == [{"user": "MK", "observe": "AB"}]


def test_refusals_are_clear_and_open_nothing(demo_db: str, opened: list[dict[str, Any]]) -> None:
    no_user = run("observe", "AB", "--db", demo_db)
    assert no_user.exit_code == 2 and "--user" in no_user.output
    not_buddy = run("observe", "AB", "--db", demo_db, "--user", "JH")
    assert not_buddy.exit_code == 2
    assert "kun ABs makker eller en træner" in not_buddy.output
    unknown = run("observe", "QQ", "--db", demo_db, "--user", "MK")
    assert unknown.exit_code == 2 and "Ingen konsulent har initialerne QQ" in unknown.output
    me_unknown = run("observe", "AB", "--db", demo_db, "--user", "ZZ")
    assert me_unknown.exit_code == 2 and "ZZ" in me_unknown.output
    bad = run("observe", "A1", "--db", demo_db, "--user", "MK")
    assert bad.exit_code == 2 and "ikke initialer" in bad.output
    myself = run("observe", "MK", "--db", demo_db, "--user", "MK")
    assert myself.exit_code == 2 and "dig selv" in myself.output
    assert opened == []
    assert "Traceback" not in "".join(
        r.output for r in (no_user, not_buddy, unknown, me_unknown, bad, myself)
    )
