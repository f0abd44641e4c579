"""The consultant's own details are stored and read back."""

from canvass.domain.consultant import Me
from canvass.services import Services
from canvass.store import Store


def test_update_me_keeps_initials_and_stores_the_details(store: Store) -> None:
    created = Services.of(store).consultants.ensure_consultant("MH")
    assert created.name == "MH"
    updated = Services.of(store).consultants.update_me(
        created.id, Me("Mette Hansen", "75821140", "mh@vejle.dk")
    )
    assert (updated.initials, updated.name, updated.phone, updated.email) == (
        "MH",
        "Mette Hansen",
        "75821140",
        "mh@vejle.dk",
    )
    assert Services.of(store).consultants.consultant("mh") == updated
    cleared = Services.of(store).consultants.update_me(created.id, Me("Mette Hansen"))
    assert (cleared.phone, cleared.email) == (None, None)
