"""The patient essentials read the same everywhere: allergies never blank, appointment who then
when."""

from __future__ import annotations

from datetime import date

from infusion_desk.core import essentials
from infusion_desk.core.records import Profile

TODAY = date(2026, 11, 27)


def test_an_empty_allergies_field_never_reads_as_none() -> None:
    assert essentials.allergies(Profile()) == essentials.ALLERGIES_NOT_FILLED
    assert essentials.allergies(Profile(allergies="  ")) == essentials.ALLERGIES_NOT_FILLED
    assert "not filled in" in essentials.ALLERGIES_NOT_FILLED.lower()
    assert essentials.allergies(Profile(allergies=" Sulfa (rash) ")) == "Sulfa (rash)"


def test_next_appointment_says_with_whom_then_when() -> None:
    both = Profile(next_appointment_with="Dr. Okafor", next_appointment_on=date(2026, 12, 5))
    assert essentials.next_appointment(both, TODAY) == "Dr. Okafor — Sat, Dec 5, 2026 (in 8 days)"
    only_day = Profile(next_appointment_on=date(2026, 11, 27))
    assert essentials.next_appointment(only_day, TODAY) == "Fri, Nov 27, 2026 (today)"
    assert essentials.next_appointment(Profile(next_appointment_with="Dr. Okafor"),
                                       TODAY) == "Dr. Okafor"
    assert essentials.next_appointment(Profile(), TODAY) == ""
    past = Profile(next_appointment_on=date(2026, 11, 24))
    assert essentials.next_appointment(past, TODAY) == "Tue, Nov 24, 2026 (3 days ago)"


def test_planned_end() -> None:
    assert essentials.planned_end(Profile(), TODAY) == ""
    assert essentials.planned_end(Profile(planned_end=date(2026, 11, 28)), TODAY) == \
        "Sat, Nov 28, 2026 (tomorrow)"


def test_a_last_day_before_the_start_is_a_problem() -> None:
    start = date(2026, 10, 24)
    assert essentials.dates_problem(Profile(start_date=start, planned_end=start)) == ""
    assert essentials.dates_problem(Profile(planned_end=start)) == ""
    assert "before the start" in essentials.dates_problem(
        Profile(start_date=start, planned_end=date(2026, 10, 23)))
