"""The end of a call: an outcome and, for some outcomes, a meeting, callback or job order.

The wrap-up form hands in the text the consultant typed; :func:`build_wrapup` turns it
into checked drafts, with an error per field and warnings that do not block saving.
Plain Python: no Textual, no database.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from canvass.domain.job_order import parse_choice, parse_hours
from canvass.domain.outcomes import Outcome
from canvass.domain.phone import normalise_phone
from canvass.domain.when import (
    COPENHAGEN,
    add_working_days,
    date_warnings,
    local_datetime,
    parse_date,
    parse_time,
)
from canvass.i18n import t

T = TypeVar("T")

LOCATION_KINDS = ("company", "phone", "video")
JOB_TITLE_MAX = 100

#: The digit key of each outcome in the wrap-up dialog: reached first, ``1`` = meeting.
OUTCOME_KEYS: dict[str, Outcome] = {
    "1": Outcome.MEETING,
    "2": Outcome.CALLBACK,
    "3": Outcome.JOB_ORDER,
    "4": Outcome.SEND_MATERIAL,
    "5": Outcome.NOT_INTERESTED,
    "6": Outcome.WRONG_PERSON,
    "f": Outcome.DECLINED,
    "7": Outcome.NO_ANSWER,
    "8": Outcome.VOICEMAIL,
    "9": Outcome.WRONG_NUMBER,
    "0": Outcome.BUSY,
}


@dataclass(frozen=True)
class MeetingDraft:
    """A meeting to book."""

    starts_at: datetime
    duration_min: int
    location_kind: str
    location: str
    attendees: str
    purpose: str


@dataclass(frozen=True)
class CallbackDraft:
    """A promise to call again."""

    due_at: datetime
    reason: str


@dataclass(frozen=True)
class JobOrderDraft:
    """A job order taken on the phone (the fields of a good job order, DOMAIN.md)."""

    title: str
    description: str
    positions: int
    hours_per_week: float | None  # 37,5 is a normal week
    start_date: date | None
    deadline: date | None
    requirements: str  # what the person must be able to do (skal-krav)
    workplace_address: str
    contact_name: str
    contact_phone: str
    contact_email: str
    p_number: str
    salary: str = ""  # løn og overenskomst
    employment: str | None = None  # canvass.domain.job_order.EMPLOYMENTS
    how_to_apply: str = ""
    nice_to_have: str = ""  # gerne-krav
    sharing: str | None = None  # canvass.domain.job_order.SHARINGS


@dataclass(frozen=True)
class ContactDraft:
    """The right person to talk to, learnt from a "forkert person" call."""

    name: str
    role: str | None
    phone: str | None  # 8 digits


@dataclass(frozen=True)
class WrapUp:
    """Everything saved when a call ends, in one transaction."""

    outcome: Outcome
    comment: str = ""
    meeting: MeetingDraft | None = None
    callback: CallbackDraft | None = None
    job_order: JobOrderDraft | None = None
    new_contact: ContactDraft | None = None
    company_phone: str | None = None  # the corrected number (8 digits) after "forkert nummer"

    @property
    def do_not_call(self) -> bool:
        """True when the company asked not to be called again."""
        return self.outcome is Outcome.DECLINED


#: Outcomes where nobody answered: the dialog offers one-key callbacks for them.
NOT_REACHED_QUICK = frozenset({Outcome.NO_ANSWER, Outcome.VOICEMAIL, Outcome.BUSY})
#: The one-key callbacks: "ring igen om 10 min", "i eftermiddag", "i morgen".
QUICK_CALLBACKS = ("soon", "afternoon", "tomorrow")
MATERIAL_FOLLOW_UP_DAYS = 3
_AFTERNOON, _MORNING = time(13, 0), time(9, 0)


def quick_callback_at(choice: str, now: datetime) -> datetime:
    """When a one-key callback is due: ``soon`` in 10 minutes; ``afternoon`` today at
    13:00 (in an hour when that has passed); ``tomorrow`` at 9:00 on the next working day."""
    local = now.astimezone(COPENHAGEN)
    if choice == "soon":
        return now + timedelta(minutes=10)
    if choice == "afternoon":
        at = local_datetime(local.date(), _AFTERNOON)
        return at if at > now else now + timedelta(hours=1)
    if choice == "tomorrow":
        return local_datetime(add_working_days(local.date(), 1), _MORNING)
    raise ValueError(choice)


def quick_callback(outcome: Outcome, choice: str, now: datetime, comment: str = "") -> WrapUp:
    """A not-reached outcome with a callback at :func:`quick_callback_at`."""
    reason = t(outcome.label_key)
    return WrapUp(outcome, comment, callback=CallbackDraft(quick_callback_at(choice, now), reason))


def material_follow_up(today: date) -> date:
    """The default day to follow up on sent material: three working days on."""
    return add_working_days(today, MATERIAL_FOLLOW_UP_DAYS)


@dataclass
class WrapUpCheck:
    """The result of checking the form: a wrap-up, or errors per field; warnings either way."""

    wrapup: WrapUp | None = None
    errors: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def build_wrapup(
    outcome: Outcome, fields: Mapping[str, str], *, now: datetime, today: date
) -> WrapUpCheck:
    """Check the form ``fields`` for ``outcome``; field names are those of the drafts
    plus ``date`` and ``time`` for the moment of a meeting or callback."""
    check = WrapUpCheck()

    def get(name: str) -> str:
        return (fields.get(name) or "").strip()

    meeting = callback = job_order = new_contact = None
    company_phone: str | None = None
    if outcome is Outcome.SEND_MATERIAL:
        moment = _moment(get("date"), get("time"), today, check)
        if moment is not None:
            check.warnings.extend(date_warnings(moment, now))
            callback = CallbackDraft(moment, get("reason") or t("wrapup.material_reason"))
    elif outcome is Outcome.WRONG_PERSON:
        new_contact = _contact(get, check)
    elif outcome is Outcome.WRONG_NUMBER:
        company_phone = _phone(get("new_phone"), "new_phone", check)
    elif outcome in (Outcome.MEETING, Outcome.CALLBACK):
        moment = _moment(get("date"), get("time"), today, check)
        if moment is not None:
            check.warnings.extend(date_warnings(moment, now))
            if outcome is Outcome.MEETING:
                duration = _whole_number(get("duration_min") or "60", "duration_min", check)
                kind = get("location_kind") or "company"
                if kind not in LOCATION_KINDS:
                    check.errors["location_kind"] = t("wrapup.bad_location_kind")
                if duration is not None and kind in LOCATION_KINDS:
                    meeting = MeetingDraft(
                        moment, duration, kind, get("location"), get("attendees"), get("purpose")
                    )
            else:
                callback = CallbackDraft(moment, get("reason"))
    elif outcome is Outcome.JOB_ORDER:
        job_order = _job_order(get, today, check)
    if not check.errors:
        check.wrapup = WrapUp(
            outcome, get("comment"), meeting, callback, job_order, new_contact, company_phone
        )
    return check


def _phone(text: str, name: str, check: WrapUpCheck) -> str | None:
    if not text:
        return None
    try:
        return normalise_phone(text)
    except ValueError as error:
        check.errors[name] = str(error)
        return None


def _contact(read: Callable[[str], str], check: WrapUpCheck) -> ContactDraft | None:
    """The right person: a name is needed once anything about them is written."""
    name, role = read("person_name"), read("person_role")
    phone = _phone(read("person_phone"), "person_phone", check)
    if not name and (role or read("person_phone")):
        check.errors["person_name"] = t("wrapup.required")
    if not name or check.errors:
        return None
    return ContactDraft(name, role or None, phone)


def _moment(day_text: str, time_text: str, today: date, check: WrapUpCheck) -> datetime | None:
    day = clock = None
    if not day_text:
        check.errors["date"] = t("wrapup.required")
    else:
        try:
            day = parse_date(day_text, today)
        except ValueError as error:
            check.errors["date"] = str(error)
    if not time_text:
        check.errors["time"] = t("wrapup.required")
    else:
        try:
            clock = parse_time(time_text)
        except ValueError as error:
            check.errors["time"] = str(error)
    return local_datetime(day, clock) if day and clock else None


def _whole_number(text: str, name: str, check: WrapUpCheck, minimum: int = 1) -> int | None:
    if text.isdigit() and int(text) >= minimum:
        return int(text)
    check.errors[name] = t("wrapup.whole_number", minimum=minimum)
    return None


def _optional_date(text: str, name: str, today: date, check: WrapUpCheck) -> date | None:
    if not text:
        return None
    try:
        return parse_date(text, today)
    except ValueError as error:
        check.errors[name] = str(error)
        return None


def _job_order(read: Callable[[str], str], today: date, check: WrapUpCheck) -> JobOrderDraft | None:
    title = read("title")
    if not title:
        check.errors["title"] = t("wrapup.required")
    elif len(title) > JOB_TITLE_MAX:
        check.errors["title"] = t("wrapup.too_long", maximum=JOB_TITLE_MAX)
    positions = _whole_number(read("positions") or "1", "positions", check)
    hours = _parsed(parse_hours, read("hours_per_week"), "hours_per_week", check)
    employment = _parsed(
        lambda text: parse_choice("employment", text), read("employment"), "employment", check
    )
    sharing = _parsed(lambda text: parse_choice("sharing", text), read("sharing"), "sharing", check)
    start = _optional_date(read("start_date"), "start_date", today, check)
    deadline = _optional_date(read("deadline"), "deadline", today, check)
    if start and deadline and deadline > start:
        check.warnings.append(t("wrapup.deadline_after_start"))
    if check.errors or positions is None:
        return None
    return JobOrderDraft(
        title=title,
        description=read("description"),
        positions=positions,
        hours_per_week=hours,
        start_date=start,
        deadline=deadline,
        requirements=read("requirements"),
        workplace_address=read("workplace_address"),
        contact_name=read("contact_name"),
        contact_phone=read("contact_phone"),
        contact_email=read("contact_email"),
        p_number=read("p_number"),
        salary=read("salary"),
        employment=employment,
        how_to_apply=read("how_to_apply"),
        nice_to_have=read("nice_to_have"),
        sharing=sharing,
    )


def _parsed(parse: Callable[[str], T | None], text: str, name: str, check: WrapUpCheck) -> T | None:
    """``parse(text)``, or None with the error kept for field ``name``."""
    try:
        return parse(text)
    except ValueError as error:
        check.errors[name] = str(error)
        return None
