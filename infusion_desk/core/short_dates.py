"""Short dates for table cells: "Thu Nov 26, 3:40 PM" — the year only when it is not this year.

The long forms (``Thu, Nov 26, 2026``) stay in :mod:`infusion_desk.core.dates` for details panes,
letters and reports; a list has less room, and this year is understood. The names and the order
of the parts follow the caregiver's language (``jue. 26 nov., 3:40 p. m.``).
"""

from __future__ import annotations

from datetime import date, datetime

from infusion_desk.core.date_names import clock, month_short, weekday_short
from infusion_desk.core.i18n import translate


def format_clock(moment: datetime, *, twenty_four_hour: bool = False) -> str:
    """``3:40 PM`` (or ``15:40``)."""
    return clock(moment, twenty_four_hour=twenty_four_hour)


def format_day_short(day: date | None, today: date) -> str:
    """``Thu Nov 26`` this year, ``Thu Nov 26, 2025`` in any other; empty for no date."""
    if day is None:
        return ""
    names = {"weekday": weekday_short(day), "month": month_short(day), "day": day.day}
    if day.year == today.year:
        return translate("Dates", "{weekday} {month} {day}").format(**names)
    return translate("Dates", "{weekday} {month} {day}, {year}").format(**names, year=day.year)


def format_when_short(moment: datetime | None, today: date, *,
                      twenty_four_hour: bool = False) -> str:
    """``Thu Nov 26, 3:40 PM`` this year, ``Thu Nov 26, 2025, 3:40 PM`` in any other."""
    if moment is None:
        return ""
    day = format_day_short(moment.date(), today)
    return translate("Dates", "{day}, {time}").format(
        day=day, time=format_clock(moment, twenty_four_hour=twenty_four_hour))
