"""Short dates for table cells: the year only when it is not this year."""

from __future__ import annotations

from datetime import date, datetime

from infusion_desk.core.short_dates import format_clock, format_day_short, format_when_short

TODAY = date(2026, 11, 27)


def test_this_year_leaves_the_year_out() -> None:
    assert format_day_short(date(2026, 11, 26), TODAY) == "Thu Nov 26"
    assert format_when_short(datetime(2026, 11, 26, 15, 40), TODAY) == "Thu Nov 26, 3:40 PM"
    assert format_when_short(datetime(2026, 1, 5, 0, 5), TODAY) == "Mon Jan 5, 12:05 AM"


def test_another_year_says_the_year() -> None:
    assert format_day_short(date(2025, 12, 30), TODAY) == "Tue Dec 30, 2025"
    assert format_when_short(datetime(2027, 1, 4, 12, 0), TODAY) == "Mon Jan 4, 2027, 12:00 PM"


def test_no_date_is_empty_and_the_clock_can_be_24_hour() -> None:
    assert format_day_short(None, TODAY) == ""
    assert format_when_short(None, TODAY) == ""
    moment = datetime(2026, 11, 26, 15, 40)
    assert format_clock(moment) == "3:40 PM"
    assert format_when_short(moment, TODAY, twenty_four_hour=True) == "Thu Nov 26, 15:40"
