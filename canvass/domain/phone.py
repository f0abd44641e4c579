"""Danish phone numbers: +45 and 8 digits, the first 2–9, shown as "xx xx xx xx"."""

from __future__ import annotations

from canvass.i18n import t

# Separators people type between digit groups; anything else is an error.
_SEPARATORS = " -./()\u00a0"


def normalise_phone(s: str) -> str:
    """Return the bare 8 digits of a Danish number such as ``"+45 75 82 11 40"``.

    Accepts a ``+45`` or ``0045`` prefix and spaces, dashes, dots or brackets between
    digits. Raises ``ValueError`` with the reason otherwise.
    """
    value = repr(s)
    # Separators first, so "(+45) 21 30 00 08" reads like "+45 21 30 00 08".
    compact = "".join(ch for ch in s.strip() if ch not in _SEPARATORS)
    if not compact:
        raise ValueError(t("phone.empty"))
    if compact.startswith("+"):
        if not compact.startswith("+45"):
            raise ValueError(t("phone.foreign", value=value))
        compact = compact[3:]
    digits = compact
    if not (digits.isascii() and digits.isdigit()):
        raise ValueError(t("phone.digits", value=value))
    if len(digits) == 12 and digits.startswith("0045"):
        digits = digits[4:]
    elif len(digits) == 10 and digits.startswith("45"):
        digits = digits[2:]
    if len(digits) != 8:
        raise ValueError(t("phone.length", count=len(digits), value=value))
    if digits[0] in "01":
        raise ValueError(t("phone.first_digit", digit=digits[0], value=value))
    return digits


def format_phone(digits: str) -> str:
    """Show 8 digits as ``"75 82 11 40"``; anything else is returned unchanged."""
    if len(digits) != 8 or not digits.isdigit():
        return digits
    return " ".join(digits[i : i + 2] for i in range(0, 8, 2))
