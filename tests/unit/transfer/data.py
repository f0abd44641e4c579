"""A small fixed database for the export tests: two consultants, meetings and calls."""

from datetime import UTC, datetime

from canvass.store import Store
from canvass.store.models import (
    Call,
    CallOutcome,
    Company,
    Consultant,
    ContactPerson,
    Meeting,
)

CPH_10_00_DEC_1 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # 10:00 in Copenhagen (winter)
CPH_10_00_JUN_15 = datetime(2026, 6, 15, 8, 0, tzinfo=UTC)  # 10:00 in Copenhagen (summer)


def fill(store: Store) -> None:
    """Consultants AB (1) and MK (2); two companies; five meetings; two calls."""
    with store.session() as session:
        session.add_all([
            Consultant(initials="AB", name="Anne Bech"),
            Consultant(initials="MK", name="Mads Kristensen"),
        ])  # fmt: skip
        session.flush()
        hansen = Company(
            name="Hansen & Søn ApS", cvr="24256790", phone="75821140",
            address="Vejlevej 1", zip="7100", city="Vejle",
        )  # fmt: skip
        jensen = Company(name="Jensen VVS, Kolding; Nord", phone="22334455")
        session.add_all([hansen, jensen])
        session.flush()
        assert hansen.id == 1 and jensen.id == 2
        session.add(ContactPerson(company_id=1, name="Mette Hansen", email="mette@hansen.dk"))
        session.add_all([
            Meeting(id=1, company_id=1, consultant_id=1, starts_at=CPH_10_00_DEC_1,
                    purpose="Rekruttering af en tømrer\nog en lærling"),
            Meeting(id=2, company_id=2, consultant_id=2, location_kind="phone",
                    starts_at=datetime(2026, 12, 3, 13, 0, tzinfo=UTC)),
            Meeting(id=3, company_id=2, consultant_id=1, status="cancelled",
                    starts_at=datetime(2026, 12, 2, 8, 0, tzinfo=UTC)),
            Meeting(id=4, company_id=1, consultant_id=1, location_kind="video", status="held",
                    starts_at=datetime(2026, 12, 20, 7, 30, tzinfo=UTC), duration_min=30,
                    attendees="Bo Berg"),
            Meeting(id=5, company_id=2, consultant_id=1, starts_at=CPH_10_00_JUN_15,
                    location="Værkstedet, Nordvej 3"),
        ])  # fmt: skip
        session.add_all([
            Call(id=1, company_id=1, consultant_id=1, script_id="rekruttering-besoeg",
                 started_at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC),
                 ended_at=datetime(2026, 11, 23, 9, 4, 30, tzinfo=UTC), notes="=SUM(A1)"),
            Call(id=2, company_id=2, consultant_id=2, script_id="fleksjob",
                 started_at=datetime(2026, 11, 24, 23, 30, tzinfo=UTC),
                 notes="Ring igen\nefter frokost"),
        ])  # fmt: skip
        session.flush()
        session.add(
            CallOutcome(call_id=1, outcome="meeting", reached=True, comment="Mødet er booket",
                        decided_at=datetime(2026, 11, 23, 9, 4, 30, tzinfo=UTC))
        )  # fmt: skip
