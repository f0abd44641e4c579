"""Call-list cells: markers, status and dates in Copenhagen time relative to the clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from canvass.store import CompanyRow
from canvass.ui.formatting import cells, danish_number, layout, marker, status

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # 10:00 in Copenhagen
ROW = CompanyRow(
    id=1,
    name="Hansen & Søn [DK] ApS",
    cvr="13748136",
    phone="75821140",
    industry="Tømrer og bygning",
    employees=1240,
    city="Vejle",
    segment=None,
    key_account=False,
    ad_protected=False,
    do_not_call=False,
    last_contact_at=None,
    last_outcome=None,
    next_callback_at=None,
    next_meeting_at=None,
)


def at(hour: int, minute: int = 0, day: int = 23) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def test_new_company_cells() -> None:
    texts = [cell.plain for cell in cells(ROW, NOW)]
    assert texts == [
        "",
        "Hansen & Søn [DK] ApS",  # brackets stay text, not markup
        "13748136",
        "75 82 11 40",
        "Tømrer og bygning",
        "1.240",
        "—",
        "ny",
    ]
    assert [cell.plain for cell in cells(ROW, NOW, narrow=True)][1:3] == [
        "Hansen & Søn [DK] ApS",
        "75 82 11 40",
    ]


def test_callbacks_in_local_time() -> None:
    later_today = replace(ROW, next_callback_at=at(12, 30))
    assert status(later_today, NOW)[0] == "ring i dag 13:30"
    assert marker(later_today, NOW.date()) == "⏰"
    earlier_today = replace(ROW, next_callback_at=at(7, 30))
    assert status(earlier_today, NOW)[0] == "overskredet 08:30"
    last_week = replace(ROW, next_callback_at=at(8, day=16))
    assert status(last_week, NOW)[0] == "overskredet 16/11"
    next_week = replace(ROW, next_callback_at=at(8, day=30), key_account=True)
    assert status(next_week, NOW)[0] == "ring 30/11 09:00"
    assert marker(next_week, NOW.date()) == "★"


def test_flags_and_meetings() -> None:
    assert status(replace(ROW, do_not_call=True), NOW)[0] == "ring ikke"
    assert marker(replace(ROW, do_not_call=True, ad_protected=True), NOW.date()) == "✋"
    assert status(replace(ROW, ad_protected=True), NOW)[0] == "reklamebeskyttet"
    assert status(replace(ROW, next_meeting_at=at(13, day=12 + 12)), NOW)[0] == "møde 24/11 14:00"
    met = replace(ROW, last_contact_at=at(8, day=20), last_outcome="meeting")
    assert cells(met, NOW)[6].plain == "20/11 Møde booket"


def test_layout_fits_wide_and_narrow_terminals() -> None:
    wide, name_width = layout(120)
    assert len(wide) == 8
    assert sum(c.width + 2 for c in wide) - wide[1].width + name_width + 1 <= 120
    narrow, _ = layout(80)
    assert [c.key.rsplit(".", 1)[1] for c in narrow] == [
        "marker",
        "name",
        "phone",
        "employees",
        "status",
    ]
    assert danish_number(100000) == "100.000"


def test_a_recent_skip_names_the_day_someone_was_reached() -> None:
    from dataclasses import asdict

    from canvass.store.call_lists import PriorityRow
    from canvass.ui.formatting import skip_text

    row = PriorityRow(**(asdict(ROW) | {"last_contact_at": at(9)}), skip_reason="recent")
    assert skip_text(row) == "ringet 23/11"
    reached = replace(row, last_reached_at=at(13, day=20))  # then only misses since
    assert skip_text(reached) == "ringet 20/11"
