"""Merge values for the scripts: the consultant's full name, first name and phone."""

from canvass.store.cards import CompanyCard
from canvass.store.rows import ConsultantInfo
from canvass.ui.merge_values import merge_values

CARD = CompanyCard(
    id=1, name="Hansen & Søn ApS", cvr=None, phone="75821140", address=None, zip=None,
    city="Vejle", industry=None, employees=None, segment=None, key_account=False,
    ad_protected=False, do_not_call=False, contacts=(), past_calls=(),
)  # fmt: skip


def _me(name: str, phone: str | None = None) -> ConsultantInfo:
    return ConsultantInfo(id=1, initials="MH", name=name, phone=phone, email=None, buddy_id=None)


def test_the_consultants_full_name_first_name_and_phone() -> None:
    values = merge_values(CARD, _me("Mette Hansen", "75821140"), "Jobcenter Vejle")
    assert values["konsulent"] == "Mette Hansen"
    assert values["konsulent_fornavn"] == "Mette"
    assert values["konsulent_telefon"] == "75 82 11 40"


def test_a_name_that_is_still_the_initials_is_a_gap_not_det_er_mh() -> None:
    values = merge_values(CARD, _me("MH"), "Jobcenter Vejle")
    assert values["konsulent"] is None and values["konsulent_fornavn"] is None
    assert values["konsulent_telefon"] is None
