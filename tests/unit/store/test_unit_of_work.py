"""The one door to the data: write, read and bulk transactions, retries and rollbacks."""

from __future__ import annotations

import pytest
import sqlmodel
from sqlalchemy import func, insert, select
from sqlmodel import Session, SQLModel

from canvass.errors import StoreError
from canvass.store.models import Consultant
from canvass.store.store import Store

_CONSULTANT = SQLModel.metadata.tables["consultant"]


def _count(store: Store) -> int:
    return store.read(lambda s: s.exec(sqlmodel.select(func.count()).select_from(Consultant)).one())


def test_a_write_is_one_transaction_and_a_failure_leaves_nothing(store: Store) -> None:
    def add_then_fail(session: Session) -> None:
        session.add(Consultant(initials="AB", name="Anne"))
        session.flush()
        raise ValueError("refused")

    with pytest.raises(ValueError):
        store.write(add_then_fail)
    assert _count(store) == 0
    store.write(lambda s: s.add(Consultant(initials="AB", name="Anne")))
    assert _count(store) == 1


def test_a_busy_write_is_tried_again_and_then_given_up(store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("canvass.store.unit_of_work.RETRY_PAUSES", (0.0, 0.0))
    tries: list[int] = []

    def busy_once(session: Session) -> str:
        tries.append(1)
        session.add(Consultant(initials=f"A{'B' * len(tries)}", name="Anne"))
        if len(tries) == 1:
            raise StoreError("Databasen er optaget", retryable=True)
        return "stored"

    assert store.write(busy_once) == "stored"
    assert len(tries) == 2 and _count(store) == 1  # the first try was rolled back

    def always_busy(session: Session) -> None:
        tries.append(1)
        raise StoreError("Databasen er optaget", retryable=True)

    tries.clear()
    with pytest.raises(StoreError):
        store.write(always_busy)
    assert len(tries) == 3  # the first try and one per pause

    def broken(session: Session) -> None:
        tries.append(1)
        raise StoreError("Ulæselig")

    tries.clear()
    with pytest.raises(StoreError):
        store.write(broken)
    assert len(tries) == 1  # not a passing failure: never tried again


def test_a_bulk_connection_commits_or_rolls_back_a_dry_run(store: Store) -> None:
    row = {"initials": "MK", "name": "Mads"}
    with store.connection(write=True, commit=False) as conn:
        conn.execute(insert(_CONSULTANT), row)
        assert conn.execute(select(func.count()).select_from(_CONSULTANT)).scalar() == 1
    assert _count(store) == 0
    with store.connection(write=True) as conn:
        conn.execute(insert(_CONSULTANT), row)
    assert _count(store) == 1
