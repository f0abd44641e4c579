"""The call history: one company's calls in full, and the search across every company."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from canvass.domain.outcomes import Outcome
from canvass.domain.wrapup import WrapUp
from canvass.services import Services
from canvass.store.store import Store

from .calls_data import T0, finished_call, people


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "history.db") as opened:
        people(opened)
        yield opened


def test_company_history_is_every_call_in_full_newest_first(store: Store) -> None:
    long_note = "Ring til Mette igen. " * 20
    first = finished_call(
        store, WrapUp(Outcome.SEND_MATERIAL, "Brochure om løntilskud"), notes=long_note,
        objection="send-en-mail",
    )  # fmt: skip
    second = finished_call(
        store, WrapUp(Outcome.NO_ANSWER), consultant_id=2, at=T0 + timedelta(days=1)
    )
    finished_call(store, WrapUp(Outcome.BUSY), company_id=2)
    found = Services.of(store).history.company_history(1)
    assert [c.call_id for c in found] == [second, first]
    newest, oldest = found
    assert (newest.consultant, newest.outcome) == ("MK", "no_answer")
    assert oldest.notes == long_note  # whole, not cut
    assert oldest.comment == "Brochure om løntilskud"
    assert oldest.objection_ids == ("send-en-mail",)
    assert oldest.company_name == "Hansen & Søn ApS" and oldest.revisions == 0
    assert [
        c.call_id for c in Services.of(store).history.company_history(1, offset=1, limit=1)
    ] == [first]


def test_search_folds_case_also_for_danish_letters_across_companies(store: Store) -> None:
    hansen = finished_call(
        store, WrapUp(Outcome.NOT_INTERESTED), notes="Kontakt ØSTERGAARD om lærlinge"
    )
    oster = finished_call(
        store, WrapUp(Outcome.BUSY, "prøv efter frokost"), company_id=2,
        at=T0 + timedelta(hours=1),
    )  # fmt: skip
    assert [c.call_id for c in Services.of(store).history.search_calls("østergaard")] == [hansen]
    assert [c.call_id for c in Services.of(store).history.search_calls("LÆRLINGE")] == [hansen]
    assert [c.call_id for c in Services.of(store).history.search_calls("Frokost")] == [
        oster
    ]  # the comment
    # An outcome by its label (Danish) finds the calls with that outcome.
    assert [c.call_id for c in Services.of(store).history.search_calls("optaget")] == [oster]
    assert [c.call_id for c in Services.of(store).history.search_calls("ikke interesseret")] == [
        hansen
    ]
    assert Services.of(store).history.search_calls("   ") == []


def test_search_takes_like_wildcards_literally_and_pages(store: Store) -> None:
    ids = [
        finished_call(store, WrapUp(Outcome.BUSY), notes=f"100% sikker {n}",
                      at=T0 + timedelta(minutes=5 * n))
        for n in range(5)
    ]  # fmt: skip
    finished_call(store, WrapUp(Outcome.BUSY), notes="1000 sikker", at=T0 + timedelta(hours=2))
    assert [c.call_id for c in Services.of(store).history.search_calls("100%")] == ids[::-1]
    assert [
        c.call_id for c in Services.of(store).history.search_calls("100%", offset=2, limit=2)
    ] == ids[2:0:-1]
    assert Services.of(store).history.search_calls("_") == []


def test_the_company_card_has_every_call_in_full(store: Store) -> None:
    from canvass.store.cards import company_card

    note = "Mette er på barsel til marts.\nRing til Lars i stedet – han har budgettet."
    ids = [
        finished_call(store, WrapUp(Outcome.NO_ANSWER), at=T0 + timedelta(minutes=n))
        for n in range(6)
    ]
    last = finished_call(
        store, WrapUp(Outcome.SEND_MATERIAL, "Pjece om løntilskud"), notes=note,
        objection="send-en-mail", at=T0 + timedelta(hours=1),
    )  # fmt: skip
    Services.of(store).history.correct_call(last, 1, T0 + timedelta(hours=2), notes=note + " OK")
    with store.session() as session:
        card = company_card(session, 1)
    assert card is not None and len(card.past_calls) == len(ids) + 1  # not just the last 5
    newest = card.past_calls[0]
    assert newest.notes == note + " OK" and newest.comment == "Pjece om løntilskud"
    assert newest.objection_ids == ("send-en-mail",) and newest.corrected
