"""Two writers on one database: a read-then-write session must not fail with "locked".

In WAL mode a deferred transaction that read an older snapshot cannot upgrade to a
write once another connection has committed (SQLITE_BUSY_SNAPSHOT, which the busy
timeout does not cover). Write sessions therefore begin IMMEDIATE.
"""

import threading
from pathlib import Path

import sqlmodel

from canvass.store.models import Company, Consultant
from canvass.store.store import Store


def test_read_then_write_survives_a_concurrent_commit(tmp_path: Path) -> None:
    path = tmp_path / "two.db"
    with Store.open(path) as setup, setup.session(write=True) as session:
        session.add(Consultant(initials="AB", name="Anne"))
        session.add(Company(name="Hansen ApS", phone="75821140"))
    first, second = Store.open(path), Store.open(path)  # two engines, like two processes
    has_read = threading.Event()
    errors: list[BaseException] = []

    def reader_then_writer() -> None:
        try:
            with first.session(write=True) as session:
                company = session.exec(sqlmodel.select(Company)).one()
                has_read.set()
                threading.Event().wait(0.3)  # the colleague tries to write meanwhile
                company.notes = "first"
                session.add(company)
        except BaseException as error:
            errors.append(error)

    def colleague() -> None:
        has_read.wait(5)
        try:
            with second.session(write=True) as session:
                session.add(Company(name="Jensen ApS", phone="75821141"))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=reader_then_writer), threading.Thread(target=colleague)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert errors == []
    with first.session() as session:
        assert len(session.exec(sqlmodel.select(Company)).all()) == 2
    first.close()
    second.close()
