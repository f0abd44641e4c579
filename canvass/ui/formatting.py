"""Turn a store row into the texts of one call-list row.

Plain functions of (row, now) so they can run anywhere and be tested without an app.
Dates are shown in Danish local time, relative to the injected clock.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from rich.text import Text

from canvass.domain.phone import format_phone
from canvass.i18n import CATALOGUE, t
from canvass.store import CompanyRow

LOCAL_TZ = ZoneInfo("Europe/Copenhagen")

# Markers, most important first; at most two are shown so the column stays narrow.
MARK_DO_NOT_CALL = "✋"
MARK_AD_PROTECTED = "⛔"
MARK_CALLBACK_DUE = "⏰"
MARK_KEY_ACCOUNT = "★"


def danish_number(value: int) -> str:
    """``100000`` -> ``"100.000"`` (Danish thousands separator)."""
    return f"{value:,}".replace(",", ".")


def _local(moment: datetime) -> datetime:
    return moment.astimezone(LOCAL_TZ)


def _day(moment: datetime) -> str:
    return f"{moment:%d/%m}"


def _time(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def callback_due(row: CompanyRow, today: date) -> bool:
    """A callback is due when it is planned for today or is already overdue."""
    return row.next_callback_at is not None and _local(row.next_callback_at).date() <= today


def markers(row: CompanyRow, today: date) -> str:
    """The status marker cell: the two most important of ✋ ⛔ ⏰ ★."""
    marks = [
        mark
        for mark, on in (
            (MARK_DO_NOT_CALL, row.do_not_call),
            (MARK_AD_PROTECTED, row.ad_protected),
            (MARK_CALLBACK_DUE, callback_due(row, today)),
            (MARK_KEY_ACCOUNT, row.key_account),
        )
        if on
    ]
    return "".join(marks[:2])


def outcome_label(value: str | None) -> str:
    """The translated label of an outcome value, or the value itself if unknown."""
    if not value:
        return ""
    key = f"outcome.{value}"
    return t(key) if key in CATALOGUE else value


def last_contact(row: CompanyRow) -> str:
    """``"21/11 Ingen svar"``, or a dash when the company was never called."""
    if row.last_contact_at is None:
        return t("status.none")
    label = outcome_label(row.last_outcome)
    return f"{_day(_local(row.last_contact_at))} {label}".strip()


def status(row: CompanyRow, now: datetime) -> Text:
    """What to do about the company now, styled so the urgent things stand out."""
    today = _local(now).date()
    if row.do_not_call:
        return Text(t("status.do_not_call"), style="bold red")
    if row.next_callback_at is not None:
        when = _local(row.next_callback_at)
        if when <= _local(now):
            # Overdue today shows the time; overdue from earlier days shows the date.
            moment = _time(when) if when.date() == today else _day(when)
            return Text(t("status.callback_overdue", when=moment), style="bold red")
        if when.date() == today:
            return Text(t("status.callback_today", time=_time(when)), style="bold yellow")
        return Text(t("status.callback_later", date=_day(when), time=_time(when)))
    if row.next_meeting_at is not None and _local(row.next_meeting_at).date() >= today:
        when = _local(row.next_meeting_at)
        if when.date() == today:
            return Text(t("status.meeting_today", time=_time(when)), style="bold green")
        return Text(t("status.meeting", date=_day(when)), style="green")
    if row.ad_protected:
        return Text(t("status.ad_protected"), style="magenta")
    if row.last_contact_at is None:
        return Text(t("status.new"), style="cyan")
    return Text(t("status.none"), style="dim")


def cells(row: CompanyRow, now: datetime) -> tuple[str | Text, ...]:
    """The cells of one call-list row, in column order."""
    today = _local(now).date()
    employees = "" if row.employees is None else danish_number(row.employees)
    return (
        markers(row, today),
        row.name,
        row.cvr or "",
        format_phone(row.phone or ""),
        row.industry or "",
        Text(employees, justify="right"),
        last_contact(row),
        status(row, now),
    )
