"""The names of months and weekdays and the order of a date's parts, in the caregiver's language.
Plain Python: the words go through :func:`~infusion_desk.core.i18n.translate` when a date is
written (never the C library's locale, which a packaged app cannot count on).
"""

from __future__ import annotations

from datetime import date, datetime

from infusion_desk.core.i18n import translate


def weekday_short(day: date) -> str:
    """``Thu`` (``jue.``)."""
    return (
        translate("Dates", "Mon"), translate("Dates", "Tue"), translate("Dates", "Wed"),
        translate("Dates", "Thu"), translate("Dates", "Fri"), translate("Dates", "Sat"),
        translate("Dates", "Sun"),
    )[day.weekday()]


def weekday_long(day: date) -> str:
    """``Thursday`` (``jueves``)."""
    return (
        translate("Dates", "Monday"), translate("Dates", "Tuesday"),
        translate("Dates", "Wednesday"), translate("Dates", "Thursday"),
        translate("Dates", "Friday"), translate("Dates", "Saturday"),
        translate("Dates", "Sunday"),
    )[day.weekday()]


def month_short(day: date) -> str:
    """``Nov`` (``nov.``)."""
    return (
        translate("Dates", "Jan"), translate("Dates", "Feb"), translate("Dates", "Mar"),
        translate("Dates", "Apr"), translate("Dates", "May", "short month"),
        translate("Dates", "Jun"), translate("Dates", "Jul"), translate("Dates", "Aug"),
        translate("Dates", "Sep"), translate("Dates", "Oct"), translate("Dates", "Nov"),
        translate("Dates", "Dec"),
    )[day.month - 1]


def month_long(day: date) -> str:
    """``November`` (``noviembre``)."""
    return (
        translate("Dates", "January"), translate("Dates", "February"),
        translate("Dates", "March"), translate("Dates", "April"),
        translate("Dates", "May", "full month"), translate("Dates", "June"),
        translate("Dates", "July"), translate("Dates", "August"),
        translate("Dates", "September"), translate("Dates", "October"),
        translate("Dates", "November"), translate("Dates", "December"),
    )[day.month - 1]


def clock(moment: datetime, *, twenty_four_hour: bool = False) -> str:
    """``3:40 PM`` (``3:40 p. m.``) or ``15:40``."""
    if twenty_four_hour:
        return f"{moment:%H:%M}"
    hour, minute = moment.hour % 12 or 12, f"{moment:%M}"
    if moment.hour < 12:
        return translate("Dates", "{hour}:{minute} AM").format(hour=hour, minute=minute)
    return translate("Dates", "{hour}:{minute} PM").format(hour=hour, minute=minute)


# Month names a person may type, English and Spanish, to their number (lower case, no accent).
TYPED_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january", "ene", "enero"), ("feb", "february", "febrero"),
            ("mar", "march", "marzo"), ("apr", "april", "abr", "abril"), ("may", "mayo"),
            ("jun", "june", "junio"), ("jul", "july", "julio"),
            ("aug", "august", "ago", "agosto"),
            ("sep", "sept", "september", "septiembre", "set", "setiembre"),
            ("oct", "october", "octubre"), ("nov", "november", "noviembre"),
            ("dec", "december", "dic", "diciembre"),
        ],
        start=1,
    )
    for name in names
}
