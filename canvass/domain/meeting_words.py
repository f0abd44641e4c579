"""The agreed meeting in words for the close: ``{moede_ugedag} den {moede_dato} {moede_tid}
{moede_sted}`` → "tirsdag den 14. december kl. 10 hos jer på Vestergade 4".

Filled from what the consultant has typed in the wrap-up form so far (a draft), so the
repeat-back names the agreement as soon as it is known; a part not yet typed (or not
understood) stays a visible gap. The words are the spoken language of the scripts
(Danish), like the scripts themselves, whatever language the UI speaks.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from canvass.domain.when import parse_date, parse_time

MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")

#: How each kind of meeting place is said (the address is added for "company").
_PLACES = {"phone": "over telefonen", "video": "på video"}


def meeting_words(fields: Mapping[str, str], today: date) -> dict[str, str | None]:
    """``moede_dato``, ``moede_ugedag``, ``moede_tid`` and ``moede_sted`` from the wrap-up
    form's raw ``date``, ``time``, ``location_kind`` and ``location`` (None where unknown)."""
    words: dict[str, str | None] = {
        "moede_dato": None,
        "moede_ugedag": None,
        "moede_tid": None,
        "moede_sted": None,
    }
    day_text = (fields.get("date") or "").strip()
    if day_text:
        try:
            day = parse_date(day_text, today)
        except ValueError:
            pass
        else:
            words["moede_dato"] = f"{day.day}. {MONTHS[day.month - 1]}"
            words["moede_ugedag"] = WEEKDAYS[day.weekday()]
    time_text = (fields.get("time") or "").strip()
    if time_text:
        try:
            at = parse_time(time_text)
        except ValueError:
            pass
        else:
            words["moede_tid"] = f"kl. {at.hour}" + (f".{at.minute:02d}" if at.minute else "")
    kind = (fields.get("location_kind") or "company").strip()
    location = " ".join((fields.get("location") or "").split())
    if kind in _PLACES:
        words["moede_sted"] = _PLACES[kind]
    elif location:
        words["moede_sted"] = f"hos jer på {location}"
    return words
