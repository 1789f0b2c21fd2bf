"""The patient essentials in words, the same on the Overview, the summary and the packet.

An empty allergies field is never read as "no allergies": it says the field is not filled in, so
nobody mistakes a blank for "none known".
"""

from __future__ import annotations

from datetime import date

from infusion_desk.core.dates import format_day, relative_past
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from infusion_desk.core.records import Profile

DIAGNOSIS_CAPTION = QT_TRANSLATE_NOOP("Essentials", "Diagnosis (what the therapy treats)")
ALLERGIES_CAPTION = QT_TRANSLATE_NOOP("Essentials", "Allergies")
ALLERGIES_NOT_FILLED = QT_TRANSLATE_NOOP(
    "Essentials", "Not filled in yet (ask the doctor's office and add them)")
PLANNED_END_CAPTION = QT_TRANSLATE_NOOP("Essentials", "Planned last day of therapy")
NEXT_APPOINTMENT_CAPTION = QT_TRANSLATE_NOOP("Essentials", "Next appointment")


def allergies(profile: Profile) -> str:
    """What was typed; "Not filled in yet …" when nothing was."""
    return profile.allergies.strip() or translate_marked("Essentials", ALLERGIES_NOT_FILLED)


def caption_words(caption: str) -> str:
    """One of the captions above in her language."""
    return translate_marked("Essentials", caption)


def day_and_distance(day: date | None, today: date) -> str:
    """"Fri, Dec 4, 2026 (in 7 days)", "(tomorrow)", "(3 days ago)"; empty without a day."""
    if day is None:
        return ""
    distance = "tomorrow" if (day - today).days == 1 else relative_past(day, today)
    return f"{format_day(day)} ({distance})"


def planned_end(profile: Profile, today: date) -> str:
    """The planned last day of therapy and how far it is; empty without one."""
    return day_and_distance(profile.planned_end, today)


def next_appointment(profile: Profile, today: date) -> str:
    """With whom, then when: "Dr. Okafor, week-6 visit — Fri, Dec 4, 2026 (in 8 days)".

    Either half alone when only one is filled in; empty when neither is."""
    who = profile.next_appointment_with.strip()
    when = day_and_distance(profile.next_appointment_on, today)
    if who and when:
        return f"{who} — {when}"
    return who or when


def dates_problem(profile: Profile) -> str:
    """A plain sentence if the therapy's dates cannot be right; empty when they are fine."""
    start, end = profile.start_date, profile.planned_end
    if start is not None and end is not None and end < start:
        return translate("Essentials",
                         "The planned last day is before the start date. Check the two dates.")
    return ""
