"""Danish phone numbers: +45 and 8 digits, the first 2–9, shown as "xx xx xx xx"."""

from __future__ import annotations

# Separators people type between digit groups; anything else is an error.
_SEPARATORS = " -./()\u00a0"


def normalise_phone(s: str) -> str:
    """Return the bare 8 digits of a Danish number such as ``"+45 75 82 11 40"``.

    Accepts a ``+45`` or ``0045`` prefix and spaces, dashes, dots or brackets between
    digits. Raises ``ValueError`` with the reason otherwise.
    """
    text = s.strip()
    if not text:
        raise ValueError("Telefonnummeret er tomt")
    if text.startswith("+"):
        if not text[1:].lstrip(_SEPARATORS).startswith("45"):
            raise ValueError(f"Kun danske numre (+45) understøttes: {s!r}")
        text = text[1:].lstrip(_SEPARATORS)[2:]
    digits = "".join(ch for ch in text if ch not in _SEPARATORS)
    if not (digits.isascii() and digits.isdigit()):
        raise ValueError(f"Telefonnummeret må kun indeholde cifre: {s!r}")
    if len(digits) == 12 and digits.startswith("0045"):
        digits = digits[4:]
    elif len(digits) == 10 and digits.startswith("45"):
        digits = digits[2:]
    if len(digits) != 8:
        raise ValueError(f"Et dansk telefonnummer har 8 cifre, ikke {len(digits)}: {s!r}")
    if digits[0] in "01":
        raise ValueError(f"Et dansk telefonnummer begynder med 2–9, ikke {digits[0]}: {s!r}")
    return digits


def format_phone(digits: str) -> str:
    """Show 8 digits as ``"75 82 11 40"``; anything else is returned unchanged."""
    if len(digits) != 8 or not digits.isdigit():
        return digits
    return " ".join(digits[i : i + 2] for i in range(0, 8, 2))
