"""What *den gode jobordre* asks beyond the title: pay, permanent or temporary, hours
(``37,5``), how to apply, must-have and nice-to-have, and how widely it may be shared.

The choices are stored as stable codes; the consultant types a word in either language,
or its first letters (``f`` = fast, ``t`` = tidsbegrænset; ``k``/``a``/``j`` for sharing).
"""

from __future__ import annotations

from canvass.i18n import CATALOGUE, LANGUAGES, t

#: Permanent or temporary employment.
EMPLOYMENTS: tuple[str, ...] = ("permanent", "temporary")
#: How widely the job order may be shared, each wider than the one before: the
#: consultants of this job centre; also other job centres; also public on Jobnet.
SHARINGS: tuple[str, ...] = ("colleagues", "jobcentres", "jobnet")
CHOICES: dict[str, tuple[str, ...]] = {"employment": EMPLOYMENTS, "sharing": SHARINGS}
#: Most hours per week a job order may have.
MAX_HOURS = 80


def choice_word(kind: str, code: str | None) -> str:
    """The word for a stored choice in the UI's language ("" when not settled)."""
    return t(f"job_order.{kind}.{code}") if code else ""


def parse_choice(kind: str, text: str) -> str | None:
    """The code for what was typed (a word in Danish or English, or its start); None when
    empty; ``ValueError`` with the words to choose from otherwise."""
    typed = text.strip().casefold()
    if not typed:
        return None
    if typed in CHOICES[kind]:
        return typed
    words = {
        code: {CATALOGUE[f"job_order.{kind}.{code}"][lang].casefold() for lang in LANGUAGES}
        for code in CHOICES[kind]
    }
    matches = [code for code, names in words.items() if any(n.startswith(typed) for n in names)]
    if len(matches) == 1:
        return matches[0]
    choices = " / ".join(choice_word(kind, code) for code in CHOICES[kind])
    raise ValueError(t("job_order.choose", choices=choices))


def hours_text(hours: float | None) -> str:
    """``37.0`` -> ``"37"``, ``37.5`` -> ``"37,5"`` (Danish decimal comma; "" for none)."""
    return "" if hours is None else f"{hours:g}".replace(".", ",")


def parse_hours(text: str) -> float | None:
    """Hours per week from ``37``, ``37,5`` or ``37.5``; None when empty."""
    typed = text.strip().replace(",", ".")
    if not typed:
        return None
    try:
        hours = float(typed)
    except ValueError:
        raise ValueError(t("followup.error.hours")) from None
    if not 0 < hours <= MAX_HOURS:
        raise ValueError(t("followup.error.hours"))
    return hours
