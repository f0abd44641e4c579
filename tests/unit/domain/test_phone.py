"""Danish phone numbers: normalising input and formatting for display."""

import pytest

from canvass.domain.phone import format_phone, normalise_phone


@pytest.mark.parametrize(
    "value",
    ["+45 75 82 11 40", "+4575821140", "0045 75821140", "75821140", "75-82-11-40", " 75 82 11 40 "],
)
def test_accepted_forms(value: str) -> None:
    assert normalise_phone(value) == "75821140"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "tomt"),
        ("7582114", "8 cifre, ikke 7"),
        ("758211400", "8 cifre, ikke 9"),
        ("05821140", "begynder med 2–9, ikke 0"),
        ("15821140", "begynder med 2–9, ikke 1"),
        ("+46 75 82 11 40", "danske numre"),
        ("75 82 11 4O", "kun indeholde cifre"),
    ],
)
def test_rejected_with_reason(value: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        normalise_phone(value)


def test_format_groups_in_pairs() -> None:
    assert format_phone("75821140") == "75 82 11 40"
    assert format_phone(normalise_phone("+45 20-30-40-50")) == "20 30 40 50"


def test_format_leaves_odd_values_alone() -> None:
    assert format_phone("123") == "123"
    assert format_phone("") == ""


@pytest.mark.parametrize("value", ["(+45) 21300008", "(+45) 21 30 00 08", "+45 (21) 30 00 08"])
def test_brackets_around_the_country_code(value: str) -> None:
    assert normalise_phone(value) == "21300008"


def test_reasons_follow_the_language() -> None:
    from canvass.domain.cvr import normalise_cvr
    from canvass.i18n import set_language

    set_language("en")
    try:
        with pytest.raises(ValueError, match="8 digits, not 7"):
            normalise_phone("7582114")
        with pytest.raises(ValueError, match="check digit"):
            normalise_cvr("12345678")
    finally:
        set_language("da")
