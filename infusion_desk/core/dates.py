"""Dates as people say them, and dates as people type them, in the caregiver's language (the
names and the order of the parts: :mod:`infusion_desk.core.date_names`)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from infusion_desk.core.date_names import TYPED_MONTHS, clock, month_short, weekday_short
from infusion_desk.core.errors import InputError
from infusion_desk.core.i18n import translate
from infusion_desk.core.text import fold


def format_day(day: date | None) -> str:
    """``Tue, Nov 3, 2026`` (``mar., 3 de nov. de 2026``); empty for no date."""
    if day is None:
        return ""
    return translate("Dates", "{weekday}, {month} {day}, {year}").format(
        weekday=weekday_short(day), month=month_short(day), day=day.day, year=day.year)


def format_short(day: date | None) -> str:
    """``Nov 3, 2026`` (``3 de nov. de 2026``); empty for no date."""
    if day is None:
        return ""
    return translate("Dates", "{month} {day}, {year}").format(
        month=month_short(day), day=day.day, year=day.year)


def format_when(moment: datetime | None, *, twenty_four_hour: bool = False) -> str:
    """``Tue, Nov 3, 2026, 2:05 PM`` (or ``14:05``)."""
    if moment is None:
        return ""
    return translate("Dates", "{day}, {time}").format(
        day=format_day(moment.date()), time=clock(moment, twenty_four_hour=twenty_four_hour))


def relative_due(day: date | None, today: date) -> str:
    """``due today``, ``due tomorrow``, ``due in 3 days``, ``2 days overdue``."""
    if day is None:
        return ""
    delta = (day - today).days
    if delta == 0:
        return translate("Dates", "due today")
    if delta == 1:
        return translate("Dates", "due tomorrow")
    if delta > 1:
        return translate("Dates", "due in %n days", None, delta)
    return translate("Dates", "%n days overdue", None, -delta)


def relative_end(day: date | None, today: date) -> str:
    """``ends today``, ``ends in 5 days``, ``ended 2 days ago``."""
    if day is None:
        return ""
    delta = (day - today).days
    if delta == 0:
        return translate("Dates", "ends today")
    if delta > 0:
        return translate("Dates", "ends in %n days", None, delta)
    return translate("Dates", "ended %n days ago", None, -delta)


def relative_past(day: date | None, today: date) -> str:
    """``today``, ``yesterday``, ``5 days ago``."""
    if day is None:
        return ""
    delta = (today - day).days
    if delta == 0:
        return translate("Dates", "today")
    if delta == 1:
        return translate("Dates", "yesterday")
    if delta > 1:
        return translate("Dates", "%n days ago", None, delta)
    return translate("Dates", "in %n days", None, -delta)


_TYPED_DAYS = {"today": 0, "tomorrow": 1, "yesterday": -1, "hoy": 0, "manana": 1, "ayer": -1}


def parse_day(text: str, today: date) -> date | None:
    """Read a date the way a person types it; ``None`` for an empty field.

    Accepts ``11/3/2026``, ``11/3/26``, ``11/3`` (this year), ``2026-11-03``, ``Nov 3, 2026``,
    ``3 November 2026``, ``today``, ``tomorrow``, ``yesterday``, ``+3`` / ``-2`` (days from today),
    and the Spanish words and order too (``3 de noviembre de 2026``, ``mar., 3 de nov. de 2026``,
    ``hoy``, ``mañana``, ``ayer``).
    Raises :class:`~infusion_desk.core.errors.InputError` (a ``ValueError``) with a plain
    sentence for anything else.
    """
    raw = fold(text.strip()).lower().rstrip(".")
    if not raw:
        return None
    if raw in _TYPED_DAYS:
        return today + timedelta(days=_TYPED_DAYS[raw])
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
        cleaned = re.sub(r"\bde(l)?\b", " ", re.sub(r"(?<=[a-z])\.", " ", raw.replace(",", " ")))
        cleaned = re.sub(r"\s+", " ", cleaned).strip()
        month_first = re.fullmatch(
            r"(?:[a-z]+\s+)?([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(\d{4})", cleaned
        )
        if month_first and month_first[1] in TYPED_MONTHS:
            return date(int(month_first[3]), TYPED_MONTHS[month_first[1]], int(month_first[2]))
        day_first = re.fullmatch(
            r"(?:[a-z]+\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\s+(\d{4})", cleaned)
        if day_first and day_first[2] in TYPED_MONTHS:
            return date(int(day_first[3]), TYPED_MONTHS[day_first[2]], int(day_first[1]))
    except ValueError:
        raise InputError(translate("Dates", "“{text}” is not a date on the calendar.").format(
            text=text.strip())) from None
    raise InputError(translate(
        "Dates", "“{text}” is not a date this field understands. Try 11/3/2026 or Nov 3, "
                 "2026.").format(text=text.strip()))
