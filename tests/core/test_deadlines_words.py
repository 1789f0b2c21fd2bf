"""A promised follow-up in words made into a date, with fixed clocks: business days skip
weekends and US federal holidays (their observed days too); calendar days do not; month ends,
leap days and the change of daylight-saving time."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from infusion_desk.core import business_days
from infusion_desk.core.deadlines import DateSource, DeadlinePurpose, follow_up_deadline
from infusion_desk.core.follow_up_words import ENGLISH, when_from_words

ROOT = Path(__file__).resolve().parents[2]


def _day(words: str, today: date) -> date:
    when = when_from_words(words, today)
    assert when is not None, words
    return when.day


@pytest.mark.parametrize(("today", "words", "expected"), [
    # Weekends.
    (date(2026, 12, 4), "in 3 business days", date(2026, 12, 9)),  # said on a Friday
    (date(2026, 12, 5), "in 1 business day", date(2026, 12, 7)),  # said on a Saturday
    # Federal holidays, and the weekday a weekend holiday is observed on.
    (date(2026, 7, 1), "in 2 business days", date(2026, 7, 6)),  # Jul 3: July 4th observed
    (date(2027, 12, 22), "in 3 business days", date(2027, 12, 28)),  # Dec 24: Christmas obs.
    (date(2027, 12, 30), "in 1 business day", date(2028, 1, 3)),  # Dec 31: New Year's obs.
    (date(2027, 6, 17), "in 1 business day", date(2027, 6, 21)),  # Jun 18: Juneteenth obs.
    (date(2028, 11, 9), "in 1 business day", date(2028, 11, 13)),  # Nov 10: Veterans Day obs.
    (date(2026, 11, 25), "in 2 business days", date(2026, 11, 30)),  # Thanksgiving
    (date(2027, 1, 15), "in one working day", date(2027, 1, 19)),  # Martin Luther King Jr. Day
    # Leap days.
    (date(2028, 2, 24), "within 3 business days", date(2028, 2, 29)),
    (date(2028, 2, 25), "in 3 business days", date(2028, 3, 1)),
    # Month ends, and the change of daylight-saving time (Nov 1 and Mar 8, 2026).
    (date(2026, 10, 30), "in 1 business day", date(2026, 11, 2)),
    (date(2026, 3, 6), "in 1 business day", date(2026, 3, 9)),
])
def test_business_days_skip_weekends_and_federal_holidays(today: date, words: str,
                                                          expected: date) -> None:
    when = when_from_words(words, today)
    assert when is not None
    assert when.day == expected
    assert when.business_days


@pytest.mark.parametrize(("today", "words", "expected"), [
    (date(2026, 12, 23), "within 5 days", date(2026, 12, 28)),
    (date(2026, 12, 23), "in 2 days", date(2026, 12, 25)),  # calendar days: Christmas kept
    (date(2026, 12, 23), "in two weeks", date(2027, 1, 6)),
    (date(2026, 12, 23), "in a week", date(2026, 12, 30)),
    (date(2026, 12, 23), "in a few days", date(2026, 12, 26)),
    (date(2026, 12, 23), "in a couple of days", date(2026, 12, 25)),
    (date(2028, 1, 31), "in 1 month", date(2028, 2, 29)),  # leap year: Feb 29
    (date(2027, 1, 31), "in a month", date(2027, 2, 28)),  # the month's last day
    (date(2026, 3, 1), "in 10 days", date(2026, 3, 11)),  # across the change of time
    (date(2026, 12, 31), "tomorrow", date(2027, 1, 1)),  # a year end; a holiday, as said
    (date(2028, 2, 27), "the day after tomorrow", date(2028, 2, 29)),
    (date(2026, 12, 4), "today", date(2026, 12, 4)),
])
def test_calendar_days_are_counted_as_said(today: date, words: str, expected: date) -> None:
    when = when_from_words(words, today)
    assert when is not None
    assert when.day == expected
    assert not when.business_days


@pytest.mark.parametrize(("today", "words", "expected"), [
    (date(2026, 12, 7), "next Tuesday", date(2026, 12, 8)),  # Monday: the next day
    (date(2026, 12, 8), "next Tuesday", date(2026, 12, 15)),  # Tuesday: a week on
    (date(2026, 12, 6), "on Tuesday", date(2026, 12, 8)),  # Sunday
    (date(2026, 12, 4), "by Friday", date(2026, 12, 11)),  # Friday: the next Friday
    (date(2026, 12, 2), "by Fri.", date(2026, 12, 4)),
    (date(2028, 2, 26), "Tuesday", date(2028, 2, 29)),  # leap day
])
def test_a_named_weekday_is_the_first_such_day_after_today(today: date, words: str,
                                                          expected: date) -> None:
    assert _day(words, today) == expected


@pytest.mark.parametrize(("today", "words", "expected"), [
    (date(2026, 12, 23), "next week", date(2026, 12, 31)),  # Friday Jan 1 is a holiday
    (date(2026, 12, 5), "sometime next week", date(2026, 12, 11)),  # said on a Saturday
    (date(2026, 11, 25), "by the end of the week", date(2026, 11, 27)),
    (date(2026, 7, 1), "end of this week", date(2026, 7, 2)),  # Friday Jul 3 is observed
    (date(2027, 1, 5), "by the end of the month", date(2027, 1, 29)),  # Jan 31 is a Sunday
    (date(2028, 2, 10), "end of the month", date(2028, 2, 29)),
])
def test_weeks_and_month_ends_give_their_last_business_day(today: date, words: str,
                                                           expected: date) -> None:
    assert _day(words, today) == expected


def test_the_time_is_found_inside_what_was_said() -> None:
    friday = date(2026, 12, 4)
    assert _day("Spoke with Dana today. She'll call back in 3 Business-Days.",
                friday) == date(2026, 12, 9)
    assert _day("Called today; they will call back Tuesday", friday) == date(2026, 12, 8)
    assert _day("They will decide within the next 5 working days", friday) == date(2026, 12, 11)


@pytest.mark.parametrize("words", ["", "they will call back", "I sat on hold for an hour",
                                   "waiting on the sun to come out", "in many days"])
def test_words_without_a_time_give_no_date(words: str) -> None:
    assert when_from_words(words, date(2026, 12, 4)) is None


def test_an_unknown_language_reads_as_english() -> None:
    assert _day("tomorrow", date(2026, 12, 4)) == when_from_words(
        "tomorrow", date(2026, 12, 4), language="xx").day  # type: ignore[union-attr]
    assert "in 3 business days" in ENGLISH.examples


def test_follow_up_deadline_links_the_call() -> None:
    deadline = follow_up_deadline("We'll call you back in 3 business days", date(2026, 12, 4),
                                  concerns="Brightwater", call_id=7)
    assert deadline is not None
    assert deadline.purpose is DeadlinePurpose.FOLLOW_UP
    assert deadline.source is DateSource.TYPED
    assert deadline.due_on == date(2026, 12, 9)
    assert deadline.call_id == 7
    assert deadline.concerns == "Brightwater"
    assert "in 3 business days" in deadline.title
    assert follow_up_deadline("no time said", date(2026, 12, 4)) is None


def test_business_day_helpers_come_from_the_holiday_library() -> None:
    assert not business_days.is_business_day(date(2026, 7, 3))
    assert "Independence Day" in business_days.holiday_name(date(2026, 7, 3))
    assert business_days.holiday_name(date(2026, 7, 2)) == ""
    assert business_days.is_business_day(date(2026, 11, 27))  # day after Thanksgiving
    assert business_days.add_business_days(date(2026, 7, 6), -1) == date(2026, 7, 2)
    assert business_days.add_business_days(date(2026, 7, 4), 0) == date(2026, 7, 4)
    assert business_days.on_or_before(date(2026, 7, 4)) == date(2026, 7, 2)
    assert business_days.on_or_after(date(2026, 7, 4)) == date(2026, 7, 6)
    assert business_days.on_or_after(date(2026, 7, 2)) == date(2026, 7, 2)
    # Years far from the first one asked for are still known.
    assert not business_days.is_business_day(date(2040, 12, 25))


def test_the_holiday_library_loads_only_when_first_needed() -> None:
    # It takes a tenth of a second or more to load: importing the deadline code (as the window
    # does when it starts) must not pay for it; the first business-day sum does.
    script = ("import sys; import infusion_desk.core.deadlines;"
              " import infusion_desk.core.deadline_ranking;"
              " before = 'holidays' in sys.modules;"
              " from infusion_desk.core import business_days; import datetime;"
              " business_days.warm_up(datetime.date(2026, 12, 4));"
              " print(before, 'holidays' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.split() == ["False", "True"]
