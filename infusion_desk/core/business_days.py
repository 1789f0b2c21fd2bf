"""Business days: Monday to Friday, less the US federal holidays (with their observed days).

The holidays come from the ``holidays`` library (its United States calendar, public category:
the federal holidays, a Saturday holiday observed the Friday before and a Sunday one the Monday
after), never from a list typed here. Qt-free; every date is passed in.
"""

from __future__ import annotations

import functools
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from holidays import HolidayBase

# Years worked out ahead at once; later ones are added by the library when first asked.
_YEARS_AHEAD = 3


@functools.lru_cache(maxsize=8)
def _federal(first_year: int) -> HolidayBase:
    # Imported here, not at the top: the library and its US calendar take a tenth of a second
    # or more to load, which only the first business-day sum should pay, never the app's start.
    import holidays

    return holidays.country_holidays(
        "US", years=range(first_year - 1, first_year + _YEARS_AHEAD))


def _calendar(day: date) -> HolidayBase:
    return _federal(day.year)


def warm_up(today: date) -> None:
    """Load the holiday calendar now (in a background job, say), so that the first sum is
    quick."""
    _calendar(today)


def is_business_day(day: date) -> bool:
    """A weekday that is not a federal holiday nor the day one is observed."""
    return _calendar(day).is_working_day(day)


def holiday_name(day: date) -> str:
    """The federal holiday on ``day`` (``Independence Day (observed)``); empty for none."""
    return _calendar(day).get(day) or ""


def add_business_days(start: date, count: int) -> date:
    """The ``count``-th business day after ``start`` (``start`` itself not counted); ``start``
    for 0. A negative ``count`` counts back."""
    if count == 0:
        return start
    return _calendar(start).get_nth_working_day(start, count)


def on_or_before(day: date) -> date:
    """``day`` if it is a business day, else the business day before it."""
    return day if is_business_day(day) else add_business_days(day, -1)


def on_or_after(day: date) -> date:
    """``day`` if it is a business day, else the business day after it."""
    return day if is_business_day(day) else add_business_days(day, 1)


def add_days(start: date, count: int) -> date:
    """Calendar days, for symmetry with :func:`add_business_days`."""
    return start + timedelta(days=count)
