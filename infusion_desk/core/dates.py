"""Dates as people say them, and dates as people type them."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from infusion_desk.core.errors import InputError

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}


def format_day(day: date | None) -> str:
    """``Tue, Nov 3, 2026``; empty for no date."""
    if day is None:
        return ""
    return f"{day:%a}, {day:%b} {day.day}, {day.year}"


def format_short(day: date | None) -> str:
    """``Nov 3, 2026``; empty for no date."""
    if day is None:
        return ""
    return f"{day:%b} {day.day}, {day.year}"


def format_when(moment: datetime | None, *, twenty_four_hour: bool = False) -> str:
    """``Tue, Nov 3, 2026, 2:05 PM`` (or ``14:05``)."""
    if moment is None:
        return ""
    if twenty_four_hour:
        clock = f"{moment:%H:%M}"
    else:
        clock = f"{moment.hour % 12 or 12}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}"
    return f"{format_day(moment.date())}, {clock}"


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def relative_due(day: date | None, today: date) -> str:
    """``due today``, ``due tomorrow``, ``due in 3 days``, ``2 days overdue``."""
    if day is None:
        return ""
    delta = (day - today).days
    if delta == 0:
        return "due today"
    if delta == 1:
        return "due tomorrow"
    if delta > 1:
        return f"due in {_days(delta)}"
    return f"{_days(-delta)} overdue"


def relative_end(day: date | None, today: date) -> str:
    """``ends today``, ``ends in 5 days``, ``ended 2 days ago``."""
    if day is None:
        return ""
    delta = (day - today).days
    if delta == 0:
        return "ends today"
    if delta > 0:
        return f"ends in {_days(delta)}"
    return f"ended {_days(-delta)} ago"


def relative_past(day: date | None, today: date) -> str:
    """``today``, ``yesterday``, ``5 days ago``."""
    if day is None:
        return ""
    delta = (today - day).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "yesterday"
    if delta > 1:
        return f"{_days(delta)} ago"
    return f"in {_days(-delta)}"


def parse_day(text: str, today: date) -> date | None:
    """Read a date the way a person types it; ``None`` for an empty field.

    Accepts ``11/3/2026``, ``11/3/26``, ``11/3`` (this year), ``2026-11-03``, ``Nov 3, 2026``,
    ``3 November 2026``, ``today``, ``tomorrow``, ``yesterday``, ``+3`` / ``-2`` (days from today).
    Raises :class:`~infusion_desk.core.errors.InputError` (a ``ValueError``) with a plain
    sentence for anything else.
    """
    raw = text.strip().lower().rstrip(".")
    if not raw:
        return None
    words = {"today": 0, "tomorrow": 1, "yesterday": -1}
    if raw in words:
        return today + timedelta(days=words[raw])
    if re.fullmatch(r"[+-]\d{1,4}", raw):
        return today + timedelta(days=int(raw))
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?", raw):
            year = today.year if m[3] is None else int(m[3])
            if m[3] is not None and len(m[3]) == 2:
                year += 2000 if year < 70 else 1900
            return date(year, int(m[1]), int(m[2]))
        cleaned = raw.replace(",", " ")
        month_first = re.fullmatch(
            r"(?:[a-z]+\s+)?([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(\d{4})", cleaned
        )
        if month_first and month_first[1] in _MONTHS:
            return date(int(month_first[3]), _MONTHS[month_first[1]], int(month_first[2]))
        day_first = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\s+(\d{4})", cleaned)
        if day_first and day_first[2] in _MONTHS:
            return date(int(day_first[3]), _MONTHS[day_first[2]], int(day_first[1]))
    except ValueError:
        raise InputError(f"“{text.strip()}” is not a date on the calendar.") from None
    raise InputError(
        f"“{text.strip()}” is not a date this field understands. Try 11/3/2026 or Nov 3, 2026."
    )
