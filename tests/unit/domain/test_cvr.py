"""CVR numbers: modulus-11 check and normalisation."""

import random

import pytest

from canvass.domain.cvr import is_valid_cvr, normalise_cvr, random_cvr

REAL_CVR = "24256790"


def test_real_cvr_passes() -> None:
    assert is_valid_cvr(REAL_CVR)


@pytest.mark.parametrize("position", range(8))
def test_changing_any_single_digit_fails(position: int) -> None:
    for digit in "0123456789":
        if digit == REAL_CVR[position]:
            continue
        changed = REAL_CVR[:position] + digit + REAL_CVR[position + 1 :]
        assert not is_valid_cvr(changed), changed


@pytest.mark.parametrize(
    "value", ["", "2425679", "242567901", "2425679a", "04256790", "２４２５６７９０"]
)
def test_malformed_values_fail(value: str) -> None:
    assert not is_valid_cvr(value)


@pytest.mark.parametrize(
    "value", ["24256790", " 24256790 ", "DK24256790", "dk 2425 6790", "24 25 67 90"]
)
def test_normalise_strips_spaces_and_dk(value: str) -> None:
    assert normalise_cvr(value) == REAL_CVR


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "tomt"),
        ("2425679x", "kun indeholde cifre"),
        ("2425679", "8 cifre"),
        ("04256790", "begynde med 0"),
        ("24256791", "modulus 11"),
    ],
)
def test_normalise_explains_what_is_wrong(value: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        normalise_cvr(value)


def test_generated_numbers_pass() -> None:
    rng = random.Random(1)
    numbers = [random_cvr(rng) for _ in range(500)]
    assert all(is_valid_cvr(n) and normalise_cvr(n) == n for n in numbers)
    assert len(set(numbers)) > 490
