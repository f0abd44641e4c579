"""The bank's rows are made once and kept, at most ``kept`` of them: the least recently
listed go first, so typing through a large bank does not keep a row per objection."""

from __future__ import annotations

from canvass.content.search import ObjectionIndex
from canvass.domain.phases import Phase
from canvass.ui.screens.objection_bank_rows import BankRows
from tests.ui.test_objection_bank import BANK, VALUES

THEME = {"text-warning": "#ffaa00", "error": "#ff0000"}


def test_rows_are_kept_for_the_hits_listed_last_and_at_most_kept_of_them() -> None:
    hits = ObjectionIndex(BANK).search("", phase=Phase.ANALYSE)
    assert len(hits) == 4
    rows = BankRows(kept=2)
    first = [rows.option(hit, VALUES, THEME) for hit in hits[:2]]
    again = [rows.option(hit, VALUES, THEME) for hit in hits[:2]]
    assert all(a is b for a, b in zip(first, again, strict=True))  # made once
    rows.option(hits[0], VALUES, THEME)  # listed again: now the most recent
    rows.option(hits[2], VALUES, THEME)  # a third: the least recent (hits[1]) goes
    assert rows.option(hits[0], VALUES, THEME) is first[0]
    remade = rows.option(hits[1], VALUES, THEME)
    assert remade is not first[1] and remade.id == first[1].id
    assert str(remade.prompt.says) == str(first[1].prompt.says)  # type: ignore[union-attr]
    rows.clear()
    assert rows.option(hits[0], VALUES, THEME) is not first[0]
