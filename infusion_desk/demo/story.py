"""The invented story behind the demo folder: who, which plans, and when things happened.

Everything here is made up. Phone and fax numbers are all in the 555-0100 to 555-0199 range, which
is set aside for fiction; names, plans, IDs and addresses belong to no one. Every date is counted
from ``today`` so that the demo always looks current: the approval always ends in a few days, some
requests are always overdue and some follow-ups always due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from infusion_desk.core.dates import format_short
from infusion_desk.core.i18n import language

PATIENT = "Walter Brennan"
PATIENT_DOB = date(1947, 3, 14)
PATIENT_ADDRESS = ("Walter Brennan", "418 Alder Creek Road", "Harlow Springs, OH 43999")
CAREGIVER = "Dana Brennan (daughter)"
CAREGIVER_SHORT = "Dana"

THERAPY = "Ertapenem 1 g IV"
DIAGNOSIS = "Osteomyelitis of the left foot (first metatarsal)"
DIAGNOSIS_CODE = "M86.172"
ALLERGIES = "Sulfa drugs (rash)"

# The plans. The Medicare number follows the shape of a Medicare Beneficiary Identifier.
MEDICARE_ID = "3HK7-XN2-RW58"
PART_D_PAYER = "Silverpine Health Plans"
PART_D_PLAN = "Silverpine Rx Select (PDP)"
PART_D_ID = "SPX448120457"
PART_D_GROUP = "RXG-SP4471"
MEDIGAP_PAYER = "Harborline Mutual Insurance"
MEDIGAP_PLAN = "Harborline Medicare Supplement Plan G"
MEDIGAP_ID = "HMG-7720-4415-01"
MEDIGAP_GROUP = "MS-20417"

AUTH_NUMBER = "SPX-PA-4471-0938"
RFI_CASE = "SPX-CD-118204"
SUPPLY_CASE = "SPX-CD-118877"
APPEAL_CLAIM = "48C-22917-04"
BRIGHTWATER_PATIENT = "BW-20931"

# The organisations and their numbers (all fictional 555-01xx numbers).
MEDICARE_PHONE = "(800) 555-0100"
SILVERPINE = "Silverpine Health Plans"
SILVERPINE_PHONE = "(888) 555-0143"
SILVERPINE_PA_PHONE = "(888) 555-0147"
SILVERPINE_PA_FAX = "(888) 555-0148"
HARBORLINE = "Harborline Mutual Insurance"
HARBORLINE_PHONE = "(877) 555-0162"
BRIGHTWATER = "Brightwater Home Infusion Pharmacy"
BRIGHTWATER_PHONE = "(614) 555-0121"
BRIGHTWATER_FAX = "(614) 555-0122"
BRIGHTWATER_RX_PHONE = "(614) 555-0123"
BRIGHTWATER_BILLING_PHONE = "(614) 555-0125"
BRIGHTWATER_ADDRESS = "2200 Commerce Park Drive, Suite 140, Harlow Springs, OH 43998"
RIVERSIDE = "Riverside Infectious Disease Associates"
RIVERSIDE_PHONE = "(614) 555-0131"
RIVERSIDE_FAX = "(614) 555-0132"
RIVERSIDE_NURSE_PHONE = "(614) 555-0133"
RIVERSIDE_ADDRESS = "75 Riverside Medical Plaza, Suite 300, Harlow Springs, OH 43997"
MEADOWBROOK = "Meadowbrook Home Health"
MEADOWBROOK_NURSE_PHONE = "(614) 555-0141"
MEADOWBROOK_PHONE = "(614) 555-0142"
MEADOWBROOK_FAX = "(614) 555-0144"
ST_BRIGID = "St. Brigid Regional Medical Center"
ST_BRIGID_PHONE = "(614) 555-0151"
ST_BRIGID_IMAGING_PHONE = "(614) 555-0155"
PRESCRIBER = "Dr. Adaeze Okafor"
SURGEON = "Dr. Henrik Lindqvist"

RANDOM_SEED = 20_260_311


@dataclass(frozen=True)
class Timeline:
    """The story's dates, all counted from ``today``."""

    today: date

    def day(self, offset: int) -> date:
        """``offset`` days from today (negative is the past)."""
        return self.today + timedelta(days=offset)

    def at(self, offset: int, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(self.day(offset), time(hour, minute))

    @property
    def admitted(self) -> date:
        return self.day(-47)

    @property
    def surgery(self) -> date:
        return self.day(-46)

    @property
    def discharged(self) -> date:
        return self.day(-35)

    @property
    def therapy_start(self) -> date:
        """First dose at home; the approval starts the same day."""
        return self.day(-34)

    @property
    def approved_from(self) -> date:
        return self.therapy_start

    @property
    def approved_to(self) -> date:
        """42 doses from the start: always 7 days from today, inside the 14-day warning."""
        return self.therapy_start + timedelta(days=41)

    @property
    def planned_end(self) -> date:
        """The last of the 6 weeks of doses: the day the approval ends too."""
        return self.therapy_start + timedelta(days=41)

    @property
    def next_visit(self) -> date:
        """The week-6 visit with the prescriber (on the week-4 after-visit summary)."""
        return self.day(8)

    @property
    def msn_date(self) -> date:
        return self.day(-18)


def long_date(day: date) -> str:
    """``March 4, 2026`` — the way the letters print dates."""
    return f"{day:%B} {day.day}, {day.year}"


def said_date(day: date) -> str:
    """A date in the words she typed into the folder: as the letters print it in English
    (``March 4, 2026``), else as :mod:`infusion_desk.core.dates` says it in the language in place
    (the letters themselves stay as US insurers write them, in English)."""
    return long_date(day) if language() == "en" else format_short(day)


def age_on(day: date) -> int:
    born = PATIENT_DOB
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def short_date(day: date) -> str:
    return f"{day:%m/%d/%Y}"
