"""The .ics export, read back with a small hand-written RFC 5545 parser and with icalendar."""

from datetime import UTC, date, datetime

import icalendar
import pytest
import sqlmodel

from canvass.services import Services
from canvass.store import Store
from canvass.store.models import Meeting
from canvass.transfer import meetings_calendar

from .data import fill

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)

Line = tuple[str, dict[str, str], str]


def unfold(data: bytes) -> list[Line]:
    """Content lines per RFC 5545 §3.1: CRLF ends, a leading space or tab continues."""
    text = data.decode("utf-8")
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    assert all("\n" not in line and "\r" not in line for line in physical)
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)  # folded
    logical: list[str] = []
    for line in physical:
        if line[:1] in (" ", "\t"):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    parsed = []
    for line in logical:
        head, value = line.split(":", 1)  # no quoted parameter values in our output
        name, *params = head.split(";")
        parsed.append((name, dict(p.split("=", 1) for p in params), value))
    return parsed


def unescape(value: str) -> str:
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            nxt = next(chars)
            out.append("\n" if nxt in "nN" else nxt)
        else:
            out.append(char)
    return "".join(out)


def events(lines: list[Line]) -> list[dict[str, tuple[dict[str, str], str]]]:
    found, current = [], None
    for name, params, value in lines:
        if (name, value) == ("BEGIN", "VEVENT"):
            current = {}
        elif (name, value) == ("END", "VEVENT"):
            found.append(current)
            current = None
        elif current is not None:
            current[name] = (params, value)
    return found


def meeting_ids(store: Store, found: list[dict[str, tuple[dict[str, str], str]]]) -> list[int]:
    """The meeting ids of exported events, found by their stored UIDs."""
    with store.session() as session:
        by_uid = {m.uid: m.id for m in session.exec(sqlmodel.select(Meeting))}
    return [by_uid[e["UID"][1]] for e in found]  # type: ignore[misc]


@pytest.fixture
def filled(store: Store) -> Store:
    fill(store)
    return store


def test_calendar_structure_and_events(filled: Store) -> None:
    lines = unfold(meetings_calendar(filled, now=NOW))
    assert lines[0] == ("BEGIN", {}, "VCALENDAR") and lines[-1] == ("END", {}, "VCALENDAR")
    names = {name: value for name, _, value in lines}
    assert names["VERSION"] == "2.0" and names["PRODID"].startswith("-//canvass//")
    assert ("BEGIN", {}, "VTIMEZONE") in lines and ("TZID", {}, "Europe/Copenhagen") in lines
    found = events(lines)
    # In time order; cancelled meeting 3 too, so a calendar that has it removes it.
    assert meeting_ids(filled, found) == [5, 1, 3, 2, 4]
    summer, hansen, cancelled, by_phone, video = found
    assert cancelled["STATUS"][1] == "CANCELLED"
    # Cancelled before changes were counted (sequence 0): still above the booking.
    assert cancelled["SEQUENCE"][1] == "1" and hansen["SEQUENCE"][1] == "0"
    assert {e["STATUS"][1] for e in (summer, hansen, by_phone, video)} == {"CONFIRMED"}
    assert hansen["DTSTART"] == ({"TZID": "Europe/Copenhagen"}, "20261201T100000")
    assert hansen["DTEND"] == ({"TZID": "Europe/Copenhagen"}, "20261201T110000")
    assert summer["DTSTART"] == ({"TZID": "Europe/Copenhagen"}, "20260615T100000")
    assert hansen["DTSTAMP"] == ({}, "20261123T120000Z")
    assert unescape(hansen["SUMMARY"][1]) == "Møde: Hansen & Søn ApS"
    assert unescape(hansen["LOCATION"][1]) == "Vejlevej 1, 7100 Vejle"
    assert unescape(hansen["DESCRIPTION"][1]) == (
        "Kontaktperson: Mette Hansen\nTelefon: 75 82 11 40\n"
        "Formål: Rekruttering af en tømrer\nog en lærling\nKonsulent: Anne Bech"
    )
    # Commas and semicolons in text are escaped, so the summary is one value.
    assert summer["SUMMARY"][1] == "Møde: Jensen VVS\\, Kolding\\; Nord"
    assert unescape(summer["LOCATION"][1]) == "Værkstedet, Nordvej 3"
    assert unescape(by_phone["LOCATION"][1]) == "Telefon"
    assert unescape(video["LOCATION"][1]) == "Video"
    assert video["DTEND"][1] == "20261220T090000"
    assert "Kontaktperson: Bo Berg" in unescape(video["DESCRIPTION"][1])


def test_uids_are_stable_across_exports(filled: Store) -> None:
    first = events(unfold(meetings_calendar(filled, now=NOW)))
    second = events(unfold(meetings_calendar(filled, now=datetime(2026, 12, 1, tzinfo=UTC))))
    assert [e["UID"] for e in first] == [e["UID"] for e in second]


def test_date_filters_are_copenhagen_days_inclusive(filled: Store) -> None:
    data = meetings_calendar(filled, start=date(2026, 12, 1), end=date(2026, 12, 3), now=NOW)
    assert meeting_ids(filled, events(unfold(data))) == [1, 3, 2]
    data = meetings_calendar(filled, start=date(2026, 12, 4), now=NOW)
    assert meeting_ids(filled, events(unfold(data))) == [4]


def test_one_consultant(filled: Store) -> None:
    data = meetings_calendar(filled, consultant_id=2, now=NOW)
    assert meeting_ids(filled, events(unfold(data))) == [2]


def test_icalendar_reads_it_back(filled: Store) -> None:
    calendar = icalendar.Calendar.from_ical(meetings_calendar(filled, now=NOW))
    parsed = list(calendar.walk("VEVENT"))
    assert len(parsed) == 5
    start = parsed[1].decoded("DTSTART")
    assert start == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert str(start.tzinfo) == "Europe/Copenhagen"
    assert len(list(calendar.walk("VTIMEZONE"))) == 1


def test_no_meetings_is_still_a_valid_calendar(store: Store) -> None:
    lines = unfold(meetings_calendar(store, now=NOW))
    assert events(lines) == [] and lines[-1] == ("END", {}, "VCALENDAR")


def _by_uid(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def _uid(store: Store, meeting_id: int) -> str:
    with store.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        return meeting.uid


def test_uids_are_the_stored_ones_and_differ_between_databases(filled: Store, tmp_path) -> None:
    other = Store.open(tmp_path / "other.db")
    try:
        fill(other)  # the same meetings with the same row ids, in another database
        mine, theirs = (
            _by_uid(meetings_calendar(filled, now=NOW)),
            _by_uid(meetings_calendar(other, now=NOW)),
        )
    finally:
        other.close()
    assert len(mine) == len(theirs) == 5
    assert not mine.keys() & theirs.keys()
    assert all(uid.endswith("@canvass") and not uid.startswith("meeting-") for uid in mine)
    assert _uid(filled, 1) in mine


def test_sequence_and_last_modified_grow_when_a_meeting_changes(filled: Store) -> None:
    uid = _uid(filled, 1)
    before = _by_uid(meetings_calendar(filled, now=NOW))[uid]
    assert before["SEQUENCE"] == 0 and before["STATUS"] == "CONFIRMED"
    later = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    Services.of(filled).followup.set_meeting_status(1, "cancelled", "Flyttet", at=later)
    after = _by_uid(meetings_calendar(filled, now=later))[uid]
    assert after["STATUS"] == "CANCELLED"
    assert after["SEQUENCE"] == 1
    assert after.decoded("LAST-MODIFIED") == later
    # Only a new status is a change: the same status again with another note is not.
    Services.of(filled).followup.set_meeting_status(1, "cancelled", "Flyttet til januar", at=later)
    assert _by_uid(meetings_calendar(filled, now=later))[uid]["SEQUENCE"] == 1
    Services.of(filled).followup.set_meeting_status(1, "held", at=later)
    held = _by_uid(meetings_calendar(filled, now=later))[uid]
    assert held["STATUS"] == "CONFIRMED" and held["SEQUENCE"] == 2
