"""Short dates for table cells: "Thu Nov 26, 3:40 PM" — the year only when it is not this year.

The long forms (``Thu, Nov 26, 2026``) stay in :mod:`infusion_desk.core.dates` for details panes,
letters and reports; a list has less room, and this year is understood.
"""

from __future__ import annotations

from datetime import date, datetime


def format_clock(moment: datetime, *, twenty_four_hour: bool = False) -> str:
    """``3:40 PM`` (or ``15:40``)."""
    if twenty_four_hour:
        return f"{moment:%H:%M}"
    return f"{moment.hour % 12 or 12}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}"


def format_day_short(day: date | None, today: date) -> str:
    """``Thu Nov 26`` this year, ``Thu Nov 26, 2025`` in any other; empty for no date."""
    if day is None:
        return ""
    text = f"{day:%a} {day:%b} {day.day}"
    return text if day.year == today.year else f"{text}, {day.year}"


def format_when_short(moment: datetime | None, today: date, *,
                      twenty_four_hour: bool = False) -> str:
    """``Thu Nov 26, 3:40 PM`` this year, ``Thu Nov 26, 2025, 3:40 PM`` in any other."""
    if moment is None:
        return ""
    day = format_day_short(moment.date(), today)
    return f"{day}, {format_clock(moment, twenty_four_hour=twenty_four_hour)}"
