"""Audit lines written in the same transaction as a change: corrections and job orders."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlmodel

from canvass.domain.outcomes import Outcome
from canvass.domain.wrapup import CallbackDraft, WrapUp
from canvass.services import Services
from canvass.store.models import JobOrder
from canvass.store.store import Store

from .calls_data import T0, finished_call, people
from .gdpr_data import fill

LATER = T0 + timedelta(hours=2)  # still Monday in Copenhagen


def _lines(store: Store) -> list[tuple[str, str, int | None, int | None, str]]:
    return [
        (r.actor, r.action, r.company_id, r.call_id, r.detail)
        for r in Services.of(store).privacy.audit_rows()
    ]


def test_a_correction_logs_what_changed_and_what_it_deleted(store: Store) -> None:
    people(store)
    callback = CallbackDraft(T0 + timedelta(days=1), "ring igen")
    call_id = finished_call(store, WrapUp(Outcome.CALLBACK, callback=callback), notes="x")
    assert Services.of(store).history.correct_call(
        call_id, 1, LATER, wrapup=WrapUp(Outcome.NOT_INTERESTED)
    )
    assert _lines(store) == [
        ("AB", "change", 1, call_id, "corrected callback,outcome"),
        ("AB", "delete", 1, call_id, "callback"),
    ]
    assert not Services.of(store).history.correct_call(
        call_id, 1, LATER, wrapup=WrapUp(Outcome.NOT_INTERESTED)
    )
    assert len(_lines(store)) == 2  # nothing changed: no line


def test_a_failed_correction_writes_no_line(store: Store) -> None:
    people(store)
    call_id = finished_call(store, WrapUp(Outcome.BUSY))
    with pytest.raises(ValueError):  # MK may not correct AB's call
        Services.of(store).history.correct_call(call_id, 2, LATER, notes="ny")
    assert _lines(store) == []


def test_editing_a_job_order_logs_a_change(store: Store) -> None:
    ids = fill(store)
    with store.session() as session:
        order = session.exec(sqlmodel.select(JobOrder)).one()
    Services.of(store).followup.update_job_order(order.id, changed_by=1, contact_phone="33557799")
    Services.of(store).followup.update_job_order(
        order.id, status="filled"
    )  # no consultant named: no line
    assert _lines(store) == [
        ("AB", "change", ids["company"], ids["call_mette"], f"job_order {order.id}: contact_phone")
    ]
