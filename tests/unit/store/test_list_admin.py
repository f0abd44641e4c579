"""Managing call lists and marking companies: create from a search or a segment, add,
remove, rename, delete, and the three company marks."""

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlmodel import select

from canvass.services import Services
from canvass.store import Store
from canvass.store.list_admin import ListMissingError, ListNameError
from canvass.store.models import CallList, CallListMember, Company

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def add(store: Store, name: str, **fields: Any) -> int:
    with store.session() as session:
        company = Company(name=name, **fields)
        session.add(company)
        session.flush()
        assert company.id is not None
        return company.id


def members(store: Store, list_id: int) -> set[int]:
    with store.session() as session:
        query = select(CallListMember.company_id).where(CallListMember.list_id == list_id)
        return set(session.exec(query))


@pytest.fixture
def companies(store: Store) -> dict[str, int]:
    return {
        "vejle_byg": add(store, "Vejle Byg ApS", city="Vejle", segment="Byggeri"),
        "vejle_it": add(store, "Vejle IT A/S", city="Vejle", segment="IT"),
        "kolding_byg": add(store, "Kolding Byg", city="Kolding", segment=" byggeri "),
        "no_segment": add(store, "Fredericia Café", city="Fredericia"),
    }


def test_a_list_from_a_search_holds_what_the_search_finds(
    store: Store, companies: dict[str, int]
) -> None:
    made = Services.of(store).lists.create_list_from_search("  Vejle   efterår ", "vejle")
    assert made.name == "Vejle efterår" and made.members == 2
    assert members(store, made.id) == {companies["vejle_byg"], companies["vejle_it"]}
    # An empty search takes every company.
    everyone = Services.of(store).lists.create_list_from_search("Alle", "")
    assert everyone.members == 4


def test_a_list_from_a_search_within_a_list_keeps_to_that_list(
    store: Store, companies: dict[str, int]
) -> None:
    byg = Services.of(store).lists.create_list_from_search("Byg", "byg")
    assert members(store, byg.id) == {companies["vejle_byg"], companies["kolding_byg"]}
    narrowed = Services.of(store).lists.create_list_from_search(
        "Byg i Vejle", "vejle", within=byg.id
    )
    assert members(store, narrowed.id) == {companies["vejle_byg"]}


def test_a_list_from_a_segment_ignores_case_and_spaces(
    store: Store, companies: dict[str, int]
) -> None:
    assert [(s.name, s.companies) for s in Services.of(store).lists.segments()] == [
        ("Byggeri", 2),
        ("IT", 1),
    ]
    made = Services.of(store).lists.create_list_from_segment(
        "Byggeri Q1", "BYGGERI", script_id="rekruttering"
    )
    assert members(store, made.id) == {companies["vejle_byg"], companies["kolding_byg"]}
    info = Services.of(store).lists.call_list(made.id)
    assert info is not None and info.script_id == "rekruttering" and info.members == 2


@pytest.mark.parametrize(
    ("name", "reason"), [("", "empty"), ("   ", "empty"), ("x" * 121, "too_long")]
)
def test_an_empty_or_too_long_name_is_refused_with_a_message(
    store: Store, name: str, reason: str
) -> None:
    with pytest.raises(ListNameError) as caught:
        Services.of(store).lists.create_list_from_search(name, "")
    assert caught.value.reason == reason and caught.value.message
    assert Services.of(store).lists.call_lists() == []


def test_a_taken_name_is_refused_whatever_its_case_and_nothing_is_created(
    store: Store, companies: dict[str, int]
) -> None:
    Services.of(store).lists.create_list_from_search("Byggeri", "byg")
    with pytest.raises(ListNameError) as caught:
        Services.of(store).lists.create_list_from_segment("byggeri ", "IT")
    assert caught.value.reason == "taken"
    assert caught.value.message == "Der findes allerede en liste, der hedder 'byggeri'"
    assert [i.name for i in Services.of(store).lists.call_lists()] == ["Byggeri"]


def test_add_and_remove_a_company(store: Store, companies: dict[str, int]) -> None:
    made = Services.of(store).lists.create_list_from_search("Vejle", "vejle")
    cafe = companies["no_segment"]
    assert Services.of(store).lists.add_to_list(made.id, cafe) is True
    assert Services.of(store).lists.add_to_list(made.id, cafe) is False  # already there
    assert cafe in members(store, made.id)
    assert Services.of(store).lists.remove_from_list(made.id, cafe) is True
    assert Services.of(store).lists.remove_from_list(made.id, cafe) is False
    assert members(store, made.id) == {companies["vejle_byg"], companies["vejle_it"]}


def test_rename_keeps_members_and_refuses_a_taken_name(
    store: Store, companies: dict[str, int]
) -> None:
    first = Services.of(store).lists.create_list_from_search("Vejle", "vejle")
    Services.of(store).lists.create_list_from_search("Kolding", "kolding")
    assert Services.of(store).lists.rename_list(first.id, " Vejle  og omegn ") == "Vejle og omegn"
    assert (
        Services.of(store).lists.rename_list(first.id, "VEJLE OG OMEGN") == "VEJLE OG OMEGN"
    )  # its own name
    with pytest.raises(ListNameError) as caught:
        Services.of(store).lists.rename_list(first.id, "kolding")
    assert caught.value.reason == "taken"
    with pytest.raises(ListNameError):
        Services.of(store).lists.rename_list(first.id, "")
    assert [i.name for i in Services.of(store).lists.call_lists()] == ["Kolding", "VEJLE OG OMEGN"]
    assert len(members(store, first.id)) == 2


def test_delete_removes_the_list_but_not_its_companies(
    store: Store, companies: dict[str, int]
) -> None:
    made = Services.of(store).lists.create_list_from_search("Vejle", "vejle")
    assert Services.of(store).lists.delete_list(made.id) == 2
    assert Services.of(store).lists.call_list(made.id) is None
    assert members(store, made.id) == set()
    assert Services.of(store).companies.count_companies() == 4
    with store.session() as session:
        assert session.exec(select(CallList)).all() == []


def test_a_deleted_list_cannot_be_changed(store: Store, companies: dict[str, int]) -> None:
    made = Services.of(store).lists.create_list_from_search("Vejle", "vejle")
    Services.of(store).lists.delete_list(made.id)
    for change in (
        lambda: Services.of(store).lists.add_to_list(made.id, companies["vejle_it"]),
        lambda: Services.of(store).lists.rename_list(made.id, "Ny"),
        lambda: Services.of(store).lists.delete_list(made.id),
    ):
        with pytest.raises(ListMissingError):
            change()


def test_company_flags_are_set_one_at_a_time(store: Store, companies: dict[str, int]) -> None:
    company = companies["vejle_it"]
    before = Services.of(store).companies.company_flags(company)
    assert before is not None and not (before.key_account or before.do_not_call)
    after = Services.of(store).companies.set_company_flag(company, "key_account", True, NOW)
    assert after.key_account and not after.do_not_call and not after.ad_protected
    after = Services.of(store).companies.set_company_flag(company, "ad_protected", True, NOW)
    after = Services.of(store).companies.set_company_flag(company, "key_account", False, NOW)
    assert (after.key_account, after.do_not_call, after.ad_protected) == (False, False, True)
    with store.session() as session:
        stored = session.get(Company, company)
        assert stored is not None and stored.ad_protected and stored.updated_at == NOW
    with pytest.raises(ValueError):
        Services.of(store).companies.set_company_flag(company, "name", True, NOW)
    with pytest.raises(LookupError):
        Services.of(store).companies.set_company_flag(10_000, "do_not_call", True, NOW)
    assert Services.of(store).companies.company_flags(10_000) is None


def test_flags_change_the_prioritised_list(store: Store, companies: dict[str, int]) -> None:
    def ranked() -> dict[int, tuple[str, str | None]]:
        rows = Services.of(store).lists.prioritised_rows(
            list_id=None, now=NOW, consultant_id=None, recent_days=14, include_skipped=True
        )
        return {r.id: (r.priority, r.skip_reason) for r in rows}

    company = companies["vejle_it"]
    assert ranked()[company] == ("rest", None)
    Services.of(store).companies.set_company_flag(company, "key_account", True, NOW)
    assert ranked()[company] == ("key_account", None)
    Services.of(store).companies.set_company_flag(company, "do_not_call", True, NOW)
    assert ranked()[company][1] == "do_not_call"
