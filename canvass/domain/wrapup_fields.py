"""A saved wrap-up back as the text of the wrap-up form, to correct it.

The inverse of :func:`canvass.domain.wrapup.build_wrapup`: building the wrap-up again
from these fields gives the same wrap-up. Plain Python: no Textual, no database.
"""

from __future__ import annotations

from datetime import date, datetime

from canvass.domain.job_order import choice_word, hours_text
from canvass.domain.when import COPENHAGEN
from canvass.domain.wrapup import WrapUp


def day_text(value: date | None) -> str:
    """A day as the form shows it, ``1/12/2026`` (empty for None)."""
    return f"{value.day}/{value.month}/{value.year}" if value else ""


def _moment(value: datetime) -> dict[str, str]:
    local = value.astimezone(COPENHAGEN)
    return {"date": day_text(local.date()), "time": f"{local:%H:%M}"}


def wrapup_fields(wrapup: WrapUp) -> dict[str, str]:
    """The form's field texts (names as in :func:`build_wrapup`) for a saved wrap-up."""
    fields = {"comment": wrapup.comment}
    if wrapup.meeting is not None:
        m = wrapup.meeting
        fields |= _moment(m.starts_at) | {
            "duration_min": str(m.duration_min),
            "location_kind": m.location_kind,
            "location": m.location,
            "attendees": m.attendees,
            "purpose": m.purpose,
        }
    if wrapup.callback is not None:
        fields |= _moment(wrapup.callback.due_at) | {"reason": wrapup.callback.reason}
    if wrapup.job_order is not None:
        j = wrapup.job_order
        fields |= {
            "title": j.title,
            "description": j.description,
            "positions": str(j.positions),
            "hours_per_week": hours_text(j.hours_per_week),
            "start_date": day_text(j.start_date),
            "deadline": day_text(j.deadline),
            "requirements": j.requirements,
            "workplace_address": j.workplace_address,
            "contact_name": j.contact_name,
            "contact_phone": j.contact_phone,
            "contact_email": j.contact_email,
            "p_number": j.p_number,
            "salary": j.salary,
            "employment": choice_word("employment", j.employment),
            "how_to_apply": j.how_to_apply,
            "nice_to_have": j.nice_to_have,
            "sharing": choice_word("sharing", j.sharing),
        }
    if (p := wrapup.new_contact) is not None:
        fields |= {
            "person_name": p.name,
            "person_role": p.role or "",
            "person_phone": p.phone or "",
        }
    if wrapup.company_phone:
        fields["new_phone"] = wrapup.company_phone
    return fields
