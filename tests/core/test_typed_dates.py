"""Dates typed the way a person writes them, in English or in Spanish, whatever the app's
language: the forms always read both."""

from __future__ import annotations

from datetime import date

import pytest

from infusion_desk.core.dates import format_day, format_short, parse_day

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize("typed", [
    "11/26/2026", "11/26/26", "11/26", "2026-11-26", "Nov 26, 2026", "26 November 2026",
    "Thu, Nov 26, 2026", "26 de noviembre de 2026", "26 de nov. de 2026",
    "jue., 26 de nov. de 2026", "noviembre 26, 2026", "26 NOVIEMBRE 2026", "yesterday", "ayer",
    "-1",
])
def test_each_way_of_writing_a_day_reads_the_same_day(typed: str) -> None:
    assert parse_day(typed, TODAY) == date(2026, 11, 26)


def test_spanish_words_for_today_and_tomorrow() -> None:
    assert parse_day("hoy", TODAY) == TODAY
    assert parse_day("Mañana", TODAY) == date(2026, 11, 28)
    assert parse_day("1 de septiembre de 2026", TODAY) == date(2026, 9, 1)
    assert parse_day("3 de setiembre de 2026", TODAY) == date(2026, 9, 3)
    assert parse_day("5 de enero de 2027", TODAY) == date(2027, 1, 5)


def test_what_is_written_is_read_back() -> None:
    for day in (date(2026, 1, 1), date(2026, 5, 31), date(2027, 12, 9)):
        assert parse_day(format_day(day), TODAY) == day
        assert parse_day(format_short(day), TODAY) == day


def test_a_day_that_is_not_on_the_calendar_is_said_plainly() -> None:
    with pytest.raises(ValueError, match="is not a date on the calendar"):
        parse_day("31 de febrero de 2026", TODAY)
    with pytest.raises(ValueError, match="is not a date this field understands"):
        parse_day("de nada", TODAY)


@pytest.mark.parametrize(("words", "day"), [
    ("Me llaman en 3 días hábiles", date(2026, 12, 2)),
    ("dentro de dos semanas", date(2026, 12, 11)),
    ("el próximo martes", date(2026, 12, 1)),
    ("mañana", date(2026, 11, 28)),
    ("a fin de mes", date(2026, 11, 30)),
    ("in 3 business days", date(2026, 12, 2)),
])
def test_a_promised_call_back_is_read_in_either_language(words: str, day: date) -> None:
    from infusion_desk.core.follow_up_words import when_from_words

    found = when_from_words(words, TODAY)
    assert found is not None and found.day == day


def test_a_habit_on_a_weekday_is_not_a_promise_in_spanish() -> None:
    """"Visitas los lunes y los jueves" is every Monday and Thursday (as "Mondays" in English),
    not a call-back promised for next Monday; "el lunes" is."""
    from infusion_desk.core.follow_up_words import when_from_words

    today = date(2026, 12, 2)  # a Wednesday
    assert when_from_words("Visitas de la enfermera los lunes y los jueves.", today, "es") is None
    assert when_from_words("Llama cada viernes.", today, "es") is None
    promised = when_from_words("Nos llaman el lunes.", today, "es")
    assert promised is not None and promised.day == date(2026, 12, 7)
    assert when_from_words("Nurse visits set for Mondays and Thursdays.", today, "en") is None
