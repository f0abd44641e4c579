"""The call list's `/` search folds Danish letters the way the objection bank does."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input

from canvass.store import Store
from canvass.store.models import Company
from canvass.ui.app import CanvassApp

from .helpers import row_ids, settle, table_of


async def test_ascii_spellings_find_danish_letters(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    with store.session() as session:
        company = Company(name="Kjær & Ådalens Maskinstation", city="Sønder Omme")
        session.add(company)
        session.flush()
        company_id = company.id
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        for text in ("kjaer aadalens", "KJÆR ådalens", "kjaer soender omme"):
            await pilot.press("slash")
            pilot.app.screen.query_one("#search", Input).value = ""
            await pilot.press(*text)
            await settle(pilot, debounce=True)
            assert row_ids(table_of(pilot)) == [company_id], text
