"""Each line of the Today list says what to do, and when it was due, in plain words."""

from __future__ import annotations

from datetime import date, datetime

from infusion_desk.core.records import Call, RecordKind
from infusion_desk.core.rules import TodayItem
from infusion_desk.core.today_words import (
    day_text,
    is_overdue,
    lines_to_show,
    more_questions_line,
    needs_warning,
    today_line,
    when_text,
)

TODAY = date(2026, 11, 27)


def _item(kind: RecordKind, day: date | None, text: str = "x") -> TodayItem:
    return TodayItem(kind, 1, "reason", text, day, 0)


def test_when_reads_naturally_for_each_reason() -> None:
    assert when_text(_item(RecordKind.REQUEST, date(2026, 11, 24)), TODAY) == "3 days overdue"
    assert when_text(_item(RecordKind.CALL, TODAY), TODAY) == "due today"
    assert when_text(_item(RecordKind.STEP, date(2026, 12, 6)), TODAY) == "ends in 9 days"
    assert when_text(_item(RecordKind.QUESTION, None), TODAY) == ""


def test_a_follow_up_reads_as_a_call_to_make_with_what_was_said_last_time() -> None:
    call = Call(called_at=datetime(2026, 11, 7, 10), organization="Brightwater Home Infusion "
                "Pharmacy", person="Sam", summary="Followed up with Sam about the supply "
                "charges.", follow_up_on=date(2026, 11, 14))
    item = TodayItem(RecordKind.CALL, 2, "Follow-up due", "ignored", call.follow_up_on, 1)
    assert today_line(item, TODAY, call) == (
        "Call Brightwater Home Infusion Pharmacy back (Sam) — 13 days overdue (was due Sat, "
        "Nov 14). Last time: Followed up with Sam about the supply charges.")
    due_today = TodayItem(RecordKind.CALL, 2, "Follow-up due", "", TODAY, 1)
    quiet = Call(person="Renee", summary="Asked  about\nthe approval")
    assert today_line(due_today, TODAY, quiet) == (
        "Call Renee back — due today. Last time: Asked about the approval.")
    assert today_line(due_today, TODAY, Call()) == "Call back — due today."


def test_long_notes_are_shown_whole_up_to_a_generous_length() -> None:
    long = "word " * 80
    call = Call(organization="Plan", summary=long)
    line = today_line(_item(RecordKind.CALL, TODAY), TODAY, call)
    assert line.endswith("…")
    assert len(line) < 300
    medium = "a" * 150
    assert medium in today_line(_item(RecordKind.CALL, TODAY), TODAY, Call(summary=medium))


def test_requests_approvals_and_questions_say_what_to_do() -> None:
    request = _item(RecordKind.REQUEST, date(2026, 11, 24), "Visit notes from week 4")
    assert today_line(request, TODAY) == (
        "Send “Visit notes from week 4” — 3 days overdue (was due Tue, Nov 24).")
    approval = _item(RecordKind.STEP, date(2026, 12, 6), "Prior authorization")
    assert today_line(approval, TODAY) == (
        "Approval ends in 9 days (Sun, Dec 6): Prior authorization. Ask the doctor's office "
        "about renewing it.")
    question = _item(RecordKind.QUESTION, None, "What exactly\nis missing?")
    assert today_line(question, TODAY) == "Ask: What exactly is missing?"
    assert more_questions_line(1) == (
        "… and 1 more question to ask (see them all under Questions to ask)")


def test_anything_overdue_gets_the_warning_sign() -> None:
    late_call = _item(RecordKind.CALL, date(2026, 11, 14))
    late_request = _item(RecordKind.REQUEST, date(2026, 11, 26))
    assert is_overdue(late_call, TODAY) and needs_warning(late_call, TODAY)
    assert is_overdue(late_request, TODAY) and needs_warning(late_request, TODAY)
    call_today = _item(RecordKind.CALL, TODAY)
    assert not is_overdue(call_today, TODAY) and not needs_warning(call_today, TODAY)
    assert needs_warning(_item(RecordKind.STEP, date(2026, 12, 6)), TODAY)
    assert not needs_warning(_item(RecordKind.QUESTION, None), TODAY)


def test_dates_leave_out_this_year() -> None:
    assert day_text(date(2026, 11, 14), TODAY) == "Sat, Nov 14"
    assert day_text(date(2025, 12, 30), TODAY) == "Tue, Dec 30, 2025"


def test_today_shows_five_lines_until_asked_for_all() -> None:
    assert lines_to_show(13, show_all=False) == 5
    assert lines_to_show(13, show_all=True) == 13
    assert lines_to_show(6, show_all=False) == 6  # never hide a single line behind a button
    assert lines_to_show(3, show_all=False) == 3
