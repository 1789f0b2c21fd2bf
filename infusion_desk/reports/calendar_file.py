"""*Export deadlines…*: an ``.ics`` file that Google, Apple and Outlook calendars import.

Written with the ``icalendar`` library, never by hand. One all-day event per deadline, with a
reminder at 9 in the morning ``REMINDER_DAYS`` days before (on the day itself for one that
close). Each event's UID is derived from the folder's key and the deadline's identity (what it
is for and what it came from, never its date), so that exporting again after a date moved
updates the event in her calendar instead of adding a second one; a later export also carries a
higher SEQUENCE, which Apple and Outlook look at. A deadline marked done is exported as
cancelled, so that the calendar drops it too.

Nothing of the patient goes into the file beyond what she chose to put in the titles: the
description holds only the app's own words (what to do, where the date came from); the UID is
a hash; the calendar's name is the app's.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

import icalendar

from infusion_desk.core.appeal_rules import letter_first, rule_by_key
from infusion_desk.core.deadlines import DateSource, Deadline, to_do_words
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from infusion_desk.reports.words import said

PRODUCT = "-//Infusion Desk//Deadlines//EN"
CALENDAR_NAME = QT_TRANSLATE_NOOP("CalendarFile", "Infusion Desk deadlines")
REMINDER_DAYS = 3
REMINDER_HOUR = 9
# UIDs are name-based (UUID 5) in this namespace, so the same deadline always gets the same one.
_NAMESPACE = uuid.UUID("5b0e8f52-3c1d-4a7e-9d8b-6f2a1c4e7d90")
_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def event_uid(folder_key: str, deadline: Deadline) -> str:
    """The stable UID of a deadline's event: the same folder and deadline give the same one."""
    return f"{uuid.uuid5(_NAMESPACE, folder_key + '|' + deadline.identity())}@infusion-desk"


def _description(deadline: Deadline) -> str:
    to_do = to_do_words(deadline.purpose)
    lines = [to_do] if to_do else []
    lines.append(translate("CalendarFile", "Where the date comes from: {source}.").format(
        source=deadline.source.label))
    rule = rule_by_key(deadline.rule_key) if deadline.rule_key else None
    if deadline.source is DateSource.RULE and rule is not None:
        lines.append(translate("CalendarFile", "Source: {source}, {address}").format(
            source=rule.source_words, address=rule.source_url))
        lines.append(letter_first())
    return "\n".join(lines)


def _calendar_name() -> str:
    return said(CALENDAR_NAME, "CalendarFile")


def _sequence(stamp: datetime) -> int:
    """Minutes since 2020: grows with every export, as SEQUENCE must for an update."""
    return max(int((stamp - _EPOCH).total_seconds() // 60), 0)


def _reminder(deadline: Deadline, today: date | None) -> icalendar.Alarm:
    days_before = REMINDER_DAYS
    if today is not None:
        days_before = max(min(REMINDER_DAYS, (deadline.due_on - today).days), 0)
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", deadline.title or deadline.purpose.label)
    # From the start of the all-day event (midnight) back to 9 AM that many days before.
    alarm.add("trigger", timedelta(days=-days_before, hours=REMINDER_HOUR))
    return alarm


def _event(deadline: Deadline, uid: str, stamp: datetime, today: date | None) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("sequence", _sequence(stamp))
    event.add("summary", deadline.title or deadline.purpose.label)
    event.add("description", _description(deadline))
    event.add("dtstart", deadline.due_on)
    event.add("dtend", deadline.due_on + timedelta(days=1))
    event.add("transp", "TRANSPARENT")  # a deadline does not make her busy all day
    event.add("categories", [deadline.purpose.label])
    if deadline.done:
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
        event.add_component(_reminder(deadline, today))
    return event


def calendar_file(deadlines: Iterable[Deadline], *, folder_key: str, stamp: datetime,
                  today: date | None = None) -> bytes:
    """The ``.ics`` bytes for ``deadlines``. ``folder_key`` tells one folder's deadlines from
    another's (the same letter number in two folders gives two events); ``stamp`` is the
    moment of the export (UTC); with ``today`` a reminder is never set in the past."""
    stamp = stamp.astimezone(UTC).replace(microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODUCT)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", _calendar_name())
    seen: set[str] = set()
    for deadline in deadlines:
        uid = event_uid(folder_key, deadline)
        number = 2
        while uid in seen:  # two deadlines with one identity: the later ones get a suffix
            uid = event_uid(folder_key + f"#{number}", deadline)
            number += 1
        seen.add(uid)
        cal.add_component(_event(deadline, uid, stamp, today))
    text: bytes = cal.to_ical()
    return text
