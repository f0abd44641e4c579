"""Turn a store row into the cells of one call-list row.

Plain functions of (row, now) so they can be tested without an app. Dates are shown in
Danish local time, relative to the injected clock. Every cell is a ``Text`` — a plain
string would be parsed as Rich markup, and company names may contain brackets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from rich.text import Text

from canvass.domain.phone import format_phone
from canvass.i18n import CATALOGUE, t
from canvass.services.rows import CompanyRow, Priority, PriorityRow, SessionStats, SkipReason
from canvass.ui.text import printable

LOCAL_TZ = ZoneInfo("Europe/Copenhagen")

# Markers, most important first; only the first applies, so the column stays narrow
# (key accounts are also shown in bold, so a due callback can take the marker).
MARK_DO_NOT_CALL = "✋"
MARK_AD_PROTECTED = "⛔"
MARK_CALLBACK_DUE = "⏰"
MARK_KEY_ACCOUNT = "★"


@dataclass(frozen=True)
class Column:
    """One call-list column: catalogue key of its label, width, shown on narrow terminals."""

    key: str
    width: int
    narrow: bool
    right: bool = False


#: Widths are fixed so paging never makes columns jump; together they fit 120 columns,
#: and the ``narrow`` ones fit 80.
COLUMNS: tuple[Column, ...] = (
    Column("call_list.col.marker", 2, narrow=True),
    Column("call_list.col.name", 23, narrow=True),
    Column("call_list.col.cvr", 8, narrow=False),
    Column("call_list.col.phone", 11, narrow=True),
    Column("call_list.col.industry", 13, narrow=False),
    Column("call_list.col.employees", 7, narrow=True, right=True),
    Column("call_list.col.last_contact", 18, narrow=False),
    Column("call_list.col.status", 20, narrow=True),
)


#: The name column takes up to this many of the spare columns of a wide terminal.
MAX_EXTRA_NAME = 16


def _needed(columns: list[Column]) -> int:
    # One cell of padding on each side of every column, one for the scrollbar.
    return sum(column.width + 2 for column in columns) + 1


def layout(width: int) -> tuple[list[Column], int]:
    """The columns that fit ``width`` terminal cells, and the width of the name column."""
    columns = list(COLUMNS)
    if width < _needed(columns):
        columns = [column for column in COLUMNS if column.narrow]
    spare = max(0, width - _needed(columns))
    return columns, COLUMNS[1].width + min(spare, MAX_EXTRA_NAME)


def danish_number(value: int) -> str:
    """``100000`` -> ``"100.000"`` (Danish thousands separator)."""
    return f"{value:,}".replace(",", ".")


def _local(moment: datetime) -> datetime:
    return moment.astimezone(LOCAL_TZ)


def _day(moment: datetime) -> str:
    return f"{moment:%d/%m}"


def _time(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def _cell(text: str, style: str = "", *, right: bool = False) -> Text:
    return Text(
        printable(text),
        style=style,
        justify="right" if right else "left",
        overflow="ellipsis",
        no_wrap=True,
    )


def callback_due(row: CompanyRow, today: date) -> bool:
    """A callback is due when it is planned for today or is already overdue."""
    return row.next_callback_at is not None and _local(row.next_callback_at).date() <= today


def marker(row: CompanyRow, today: date) -> str:
    """The status marker cell: the most important of ✋ ⛔ ⏰ ★, or nothing."""
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
    return marks[0] if marks else ""


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


def status(row: CompanyRow, now: datetime) -> tuple[str, str]:
    """What to do about the company now, and a style so urgent things stand out."""
    local_now = _local(now)
    today = local_now.date()
    if row.do_not_call:
        return t("status.do_not_call"), "bold red"
    if row.next_callback_at is not None:
        when = _local(row.next_callback_at)
        if when <= local_now:
            # Overdue today shows the time; overdue from earlier days shows the date.
            moment = _time(when) if when.date() == today else _day(when)
            return t("status.callback_overdue", when=moment), "bold red"
        if when.date() == today:
            return t("status.callback_today", time=_time(when)), "bold yellow"
        return t("status.callback_later", date=_day(when), time=_time(when)), ""
    if row.next_meeting_at is not None and _local(row.next_meeting_at).date() >= today:
        when = _local(row.next_meeting_at)
        if when.date() == today:
            return t("status.meeting_today", time=_time(when)), "bold green"
        return t("status.meeting", date=_day(when), time=_time(when)), "green"
    if row.ad_protected:
        return t("status.ad_protected"), "magenta"
    if row.last_contact_at is None:
        return t("status.new"), "bold cyan"
    return t("status.none"), "dim"


def cells(row: CompanyRow, now: datetime, *, narrow: bool = False) -> tuple[Text, ...]:
    """The cells of one call-list row, in the order of :data:`COLUMNS`."""
    today = _local(now).date()
    status_text, status_style = status(row, now)
    values = (
        _cell(marker(row, today)),
        _cell(row.name, "bold" if row.key_account else ""),
        _cell(row.cvr or ""),
        _cell(format_phone(row.phone or "")),
        _cell(row.industry or ""),
        _cell("" if row.employees is None else danish_number(row.employees), right=True),
        _cell(last_contact(row)),
        _cell(status_text, status_style),
    )
    return tuple(v for v, c in zip(values, COLUMNS, strict=True) if c.narrow or not narrow)


def skip_text(row: PriorityRow) -> str:
    """Why the list skips the company, e.g. ``"sprunget: ringet 18/11"`` (the day someone
    was reached: a later call nobody answered does not start the quiet period)."""
    reached = row.last_reached_at or row.last_contact_at
    if row.skip_reason == SkipReason.RECENT and reached is not None:
        return t("lists.skip.recent", date=_day(_local(reached)))
    return t(f"lists.skip.{row.skip_reason}")


def priority_status(row: PriorityRow, now: datetime) -> tuple[str, str]:
    """The status cell of the prioritised list: a claim or a skip first, then the group.

    Callbacks, meetings and "do not call" keep their own (coloured) texts; key accounts
    and new companies in the list's segment say which group put them where they are.
    """
    if row.claimed_by:
        return t("lists.status.claimed", initials=row.claimed_by), "bold yellow"
    if row.skip_reason:
        return skip_text(row), "dim"
    text, style = status(row, now)
    if row.priority == Priority.KEY_ACCOUNT and row.next_meeting_at is None:
        return t("lists.status.key_account"), "bold"
    if row.priority == Priority.NEW_IN_SEGMENT:
        return t("lists.status.new_in_segment"), "bold cyan"
    return text, style


def priority_cells(row: PriorityRow, now: datetime, *, narrow: bool = False) -> tuple[Text, ...]:
    """The cells of one row of the prioritised list; skipped rows are greyed."""
    values = list(cells(row, now, narrow=narrow))
    text, style = priority_status(row, now)
    values[-1] = _cell(text, style)
    if row.skip_reason:
        for value in values[:-1]:
            value.stylize("dim")
    return tuple(values)


def session_text(
    stats: SessionStats,
    first_call_at: datetime | None,
    now: datetime,
    *,
    goal_calls: int | None = None,
    goal_meetings: int | None = None,
) -> str:
    """The session bar: ``i dag: 12/25 opkald · 9 nået · 1/3 møder · 33 % · ⏱ dagen 1:12``.

    With a daily goal a count shows as progress towards it; ``⏱`` is the time since the
    day's first call (from the database, so a restart does not reset it).
    """
    if first_call_at is None:
        time_text = "–"
    else:
        minutes = max(0, int((now - first_call_at).total_seconds() // 60))
        time_text = f"{minutes // 60}:{minutes % 60:02d}"
    rate = "–" if stats.hit_rate is None else f"{round(stats.hit_rate * 100)} %"
    return t(
        "session.bar",
        calls=_towards(stats.calls, goal_calls),
        reached=stats.reached,
        meetings=_towards(stats.meetings, goal_meetings),
        rate=rate,
        time=time_text,
    )


def _towards(count: int, goal: int | None) -> str:
    return str(count) if goal is None else f"{count}/{goal}"
