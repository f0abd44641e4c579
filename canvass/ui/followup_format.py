"""Texts for the follow-up screens: moments relative to the app clock, dates, hours.

Plain functions so they can be tested without an app. Moments are shown in
Europe/Copenhagen; "today" is the clock's day there, not the machine's.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from rich.text import Text

from canvass.i18n import CATALOGUE, t
from canvass.ui.formatting import LOCAL_TZ


def when_text(moment: datetime, now: datetime) -> str:
    """``"i dag 10:00"``, ``"i morgen 09:30"``, ``"i går 14:00"`` or ``"ma 30/11 10:00"``."""
    local = moment.astimezone(LOCAL_TZ)
    today = now.astimezone(LOCAL_TZ).date()
    clock = f"{local:%H:%M}"
    relative = {
        today: "followup.today",
        today + timedelta(days=1): "followup.tomorrow",
        today - timedelta(days=1): "followup.yesterday",
    }.get(local.date())
    if relative is not None:
        return f"{t(relative)} {clock}"
    weekday = t("followup.weekdays").split()[local.weekday()]
    year = "" if local.year == today.year else f"/{local:%y}"
    return f"{weekday} {local.day}/{local.month}{year} {clock}"


def date_text(day: date | None) -> str:
    """``"4/1/2027"`` (Danish order), or nothing."""
    return "" if day is None else f"{day.day}/{day.month}/{day.year}"


def label(prefix: str, value: str) -> str:
    """The translated label of a status or kind, or the raw value if the catalogue lacks it."""
    key = f"{prefix}.{value}"
    return t(key) if key in CATALOGUE else value


def cell(value: str, style: str = "", *, right: bool = False) -> Text:
    """One table cell; ``Text`` so names with brackets are never read as markup."""
    return Text(
        value, style=style, justify="right" if right else "left", overflow="ellipsis", no_wrap=True
    )
