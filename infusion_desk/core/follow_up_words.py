"""A follow-up said in words ("in 3 business days", "next Tuesday") made into a date.

What a call ends with — "we'll call you back in 3 business days", "within 5 days", "by Friday",
"in two weeks" — becomes the day to check that it happened. Qt-free; ``today`` is passed in.

How each kind of phrase is read:

- **business (working) days**: that many business days after today (weekends and US federal
  holidays skipped, see ``core.business_days``); today is not counted.
- **days, weeks, months**: calendar days after today ("within 5 days" is the fifth day).
- **a weekday** ("next Tuesday", "on Tuesday", "by Friday"): the first such day after today.
  "Next Tuesday" said on a Monday is read as the next day, the earlier of the two ways people
  mean it, so that she checks too early rather than too late.
- **next week**: the Friday of next week (the last business day of it when Friday is a
  holiday); **end of the week**: this week's Friday (next week's when said at the weekend);
  **end of the month**: its last business day.
- **today, tomorrow, the day after tomorrow**: as said, when nothing above is in the words
  ("called today; they will call back Tuesday" is Tuesday).

Short weekday names that are also words ("sat", "sun") are not read as days.

The words live in a :class:`Phrasebook`, one per language; English is the only one now. A
Spanish one adds its own words and patterns ("en 3 días hábiles", "el próximo martes") without
changing the reading rules above.
"""

from __future__ import annotations

import calendar
import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from infusion_desk.core import business_days
from infusion_desk.core.text import fold


class Unit(enum.Enum):
    DAY = "day"
    BUSINESS_DAY = "business_day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class Phrasebook:
    """The words of one language. Patterns are searched in folded text (lower case, accents
    removed); the groups they name (``n``, ``unit``, ``day``) are looked up in the maps."""

    language: str
    numbers: Mapping[str, int]
    units: Mapping[str, Unit]
    weekdays: Mapping[str, int]  # Monday is 0
    relative_days: Mapping[str, int]  # "tomorrow": 1
    amount: re.Pattern[str]  # an amount of units after today: groups n, unit
    relative: re.Pattern[str]  # today / tomorrow: group rel
    weekday: re.Pattern[str]  # a named weekday: group day
    next_week: re.Pattern[str]
    end_of_week: re.Pattern[str]
    end_of_month: re.Pattern[str]
    examples: tuple[str, ...] = field(default=())


def _alternatives(words: Mapping[str, object]) -> str:
    """A regex alternation of the keys, longest first (so "business days" beats "days")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, "few": 3,
}
_EN_UNITS = {
    "business day": Unit.BUSINESS_DAY, "business days": Unit.BUSINESS_DAY,
    "working day": Unit.BUSINESS_DAY, "working days": Unit.BUSINESS_DAY,
    "workday": Unit.BUSINESS_DAY, "workdays": Unit.BUSINESS_DAY,
    "day": Unit.DAY, "days": Unit.DAY, "week": Unit.WEEK, "weeks": Unit.WEEK,
    "month": Unit.MONTH, "months": Unit.MONTH,
}
_EN_WEEKDAYS = {
    name: number
    for number, names in enumerate([
        ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"),
        ("thursday", "thu", "thurs"), ("friday", "fri"), ("saturday",), ("sunday",),
    ])
    for name in names
}
_EN_RELATIVE = {"today": 0, "tomorrow": 1, "day after tomorrow": 2}
_EN_NUMBER = rf"(?P<n>\d{{1,3}}|{_alternatives(_EN_NUMBERS)})"

ENGLISH = Phrasebook(
    language="en",
    numbers=_EN_NUMBERS,
    units=_EN_UNITS,
    weekdays=_EN_WEEKDAYS,
    relative_days=_EN_RELATIVE,
    amount=re.compile(
        rf"\b(?:in|within|after|inside(?: of)?)\s+(?:the\s+next\s+)?{_EN_NUMBER}\s+"
        rf"(?P<unit>{_alternatives(_EN_UNITS)})\b"),
    relative=re.compile(rf"\b(?:the\s+)?(?P<rel>{_alternatives(_EN_RELATIVE)})\b"),
    weekday=re.compile(rf"\b(?P<day>{_alternatives(_EN_WEEKDAYS)})\b\.?"),
    next_week=re.compile(r"\b(?:next|the\s+coming)\s+week\b"),
    end_of_week=re.compile(r"\b(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+week|this\s+week)\b"),
    end_of_month=re.compile(r"\b(?:the\s+)?end\s+of\s+(?:the|this)\s+month\b"),
    examples=("in 3 business days", "within 5 days", "next Tuesday", "tomorrow", "by Friday",
              "in two weeks"),
)

_ES_NUMBERS = {
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "catorce": 14,
    "quince": 15, "veinte": 20, "treinta": 30, "un par de": 2, "unos pocos": 3, "unos": 3,
}
_ES_UNITS = {
    "dia habil": Unit.BUSINESS_DAY, "dias habiles": Unit.BUSINESS_DAY,
    "dia laborable": Unit.BUSINESS_DAY, "dias laborables": Unit.BUSINESS_DAY,
    "dia": Unit.DAY, "dias": Unit.DAY, "semana": Unit.WEEK, "semanas": Unit.WEEK,
    "mes": Unit.MONTH, "meses": Unit.MONTH,
}
_ES_WEEKDAYS = {"lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4,
                "sabado": 5, "domingo": 6}
_ES_RELATIVE = {"hoy": 0, "manana": 1, "pasado manana": 2}
_ES_NUMBER = rf"(?P<n>\d{{1,3}}|{_alternatives(_ES_NUMBERS)})"

# Her own words in Spanish (folded: no accents), read the same way.
SPANISH = Phrasebook(
    language="es",
    numbers=_ES_NUMBERS,
    units=_ES_UNITS,
    weekdays=_ES_WEEKDAYS,
    relative_days=_ES_RELATIVE,
    amount=re.compile(
        rf"\b(?:en|dentro\s+de|despues\s+de)\s+(?:(?:los|las)\s+(?:proximos|proximas|siguientes)"
        rf"\s+)?{_ES_NUMBER}\s+(?P<unit>{_alternatives(_ES_UNITS)})\b"),
    relative=re.compile(rf"\b(?P<rel>{_alternatives(_ES_RELATIVE)})\b"),
    # "los lunes", "cada lunes": every Monday (a habit, as English "Mondays"), not a promise
    weekday=re.compile(rf"(?<!los )(?<!cada )\b(?P<day>{_alternatives(_ES_WEEKDAYS)})\b"),
    next_week=re.compile(r"\b(?:(?:la\s+)?(?:proxima|siguiente)\s+semana|semana\s+que\s+viene)\b"),
    end_of_week=re.compile(r"\b(?:fin(?:al)?(?:es)?\s+de\s+(?:la|esta)\s+semana|esta\s+semana)\b"),
    end_of_month=re.compile(r"\bfin(?:al)?(?:es)?\s+de(?:l)?\s+(?:este\s+)?mes\b"),
    examples=("en 3 días hábiles", "dentro de 5 días", "el próximo martes", "mañana",
              "el viernes", "en dos semanas"),
)

PHRASEBOOKS: dict[str, Phrasebook] = {ENGLISH.language: ENGLISH, SPANISH.language: SPANISH}


@dataclass(frozen=True)
class FollowUpWhen:
    """The day the words give, whether business days were counted, and the words read."""

    day: date
    business_days: bool
    words: str


def _add_months(start: date, count: int) -> date:
    """The same day ``count`` months on; the month's last day when it has no such day."""
    year, month = divmod(start.month - 1 + count, 12)
    year += start.year
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last))


def _after(today: date, count: int, unit: Unit) -> date:
    if unit is Unit.BUSINESS_DAY:
        return business_days.add_business_days(today, count)
    if unit is Unit.WEEK:
        return today + timedelta(weeks=count)
    if unit is Unit.MONTH:
        return _add_months(today, count)
    return today + timedelta(days=count)


def _number(book: Phrasebook, text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return book.numbers.get(" ".join(text.split()))


def _friday_of(day: date) -> date:
    return day + timedelta(days=(4 - day.weekday()) % 7)


def _weekday_after(today: date, weekday: int) -> date:
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def when_from_words(text: str, today: date, language: str = "en") -> FollowUpWhen | None:
    """The day a follow-up in words points at (module notes); ``None`` when the words hold no
    time this reader knows (the form then asks for a date)."""
    folded = " ".join(fold(text).replace("-", " ").split())
    first = PHRASEBOOKS.get(language, ENGLISH)
    # Her language's words first, then the others: a note may be typed in either.
    for book in (first, *(b for b in PHRASEBOOKS.values() if b is not first)):
        found = _when_in(book, folded, today)
        if found is not None:
            return found
    return None


def _when_in(book: Phrasebook, folded: str, today: date) -> FollowUpWhen | None:
    if m := book.amount.search(folded):
        count = _number(book, m["n"])
        unit = book.units[m["unit"]]
        if count is not None:
            return FollowUpWhen(_after(today, count, unit), unit is Unit.BUSINESS_DAY, m[0])
    if m := book.end_of_month.search(folded):
        last = date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
        return FollowUpWhen(business_days.on_or_before(last), True, m[0])
    if m := book.next_week.search(folded):
        friday = _friday_of(today + timedelta(days=7 - today.weekday()))
        return FollowUpWhen(business_days.on_or_before(friday), True, m[0])
    if m := book.end_of_week.search(folded):
        friday = _friday_of(today)
        return FollowUpWhen(business_days.on_or_before(friday), True, m[0])
    if m := book.weekday.search(folded):
        return FollowUpWhen(_weekday_after(today, book.weekdays[m["day"]]), False, m[0])
    if m := book.relative.search(folded):
        return FollowUpWhen(today + timedelta(days=book.relative_days[m["rel"]]), False, m[0])
    return None
