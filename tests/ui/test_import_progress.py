"""The import dialog shows a progress bar that advances while a list is read and written."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from textual.widgets import ProgressBar, Static

from canvass.services import Services
from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.screens.transfer_dialogs import ImportDialog

from .helpers import settle

SIZE = (120, 34)
ROWS = 12_000


def _big_list(path: Path) -> Path:
    lines = [f"Firma {i} ApS;{30_000_000 + i};Vejle\r\n" for i in range(ROWS)]
    path.write_text("navn;telefon;by\r\n" + "".join(lines), encoding="utf-8")
    return path


async def test_the_bar_advances_through_reading_checking_and_writing(
    make_app: Callable[..., CanvassApp], store: Store, tmp_path: Path
) -> None:
    path = _big_list(tmp_path / "stor.csv")
    before = Services.of(store).companies.count_companies()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)
        bar = dialog.query_one("#progress", ProgressBar)
        assert not bar.display  # no bar before an import starts
        seen: list[tuple[float, str]] = []

        def moved(value: float) -> None:
            seen.append((value, str(dialog.query_one("#result", Static).render())))

        dialog.watch(bar, "progress", moved, init=False)
        dialog.query_one("#path").value = str(path)  # type: ignore[attr-defined]
        start = time.monotonic()
        await pilot.press("enter")
        await settle(pilot)
        elapsed = time.monotonic() - start
        assert "12000 nye" in str(dialog.query_one("#result", Static).render())
        assert not bar.display  # the bar goes when the result is shown
    assert Services.of(store).companies.count_companies() == before + ROWS
    labels = [label for _value, label in seen]
    assert any(label.startswith("Tjekker") for label in labels)
    assert any(label.startswith("Importerer · ") and "rækker" in label for label in labels)
    writing = [value for value, label in seen if label.startswith("Importerer")]
    assert len(writing) >= 2 and writing == sorted(writing) and writing[-1] == 1000
    # Throttled: at most ~10 updates a second, plus the first and last of each phase.
    assert len(seen) <= elapsed * 10 + 6
