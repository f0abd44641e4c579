"""Who I am: name required, phone and e-mail optional and checked."""

import pytest

from canvass.domain.consultant import Me, MeError, check_me, first_name


def test_clean_values() -> None:
    assert check_me("  Mette   Hansen ") == Me("Mette Hansen")
    assert check_me("Mette Hansen", "+45 75 82 11 40", " mh@vejle.dk ") == Me(
        "Mette Hansen", "75821140", "mh@vejle.dk"
    )
    assert check_me("Mette Hansen", "  ", "") == Me("Mette Hansen")
    assert first_name("Mette Hansen") == "Mette" and first_name("  ") is None


@pytest.mark.parametrize(
    ("args", "field", "needle"),
    [
        (("",), "name", "fulde navn"),
        (("x" * 121,), "name", "120"),
        (("Mette", "1234"), "phone", "8 cifre"),
        (("Mette", "+46 70 123 45 67"), "phone", "+45"),
        (("Mette", None, "mette.vejle.dk"), "email", "mette.vejle.dk"),
    ],
)
def test_bad_values_name_their_field(args: tuple, field: str, needle: str) -> None:
    with pytest.raises(MeError) as error:
        check_me(*args)
    assert error.value.field == field and needle in error.value.message
