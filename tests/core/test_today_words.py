"""Each line of the Today list says what to do, and when it was due, in plain words."""

from __future__ import annotations

from datetime import date, datetime

from infusion_desk.core.at_risk import Whom
from infusion_desk.core.records import Call, RecordKind
from infusion_desk.core.today import Consequence, Reason, TodayItem
from infusion_desk.core.today_words import (
    Sign,
    day_text,
    is_overdue,
    lines_to_show,
    more_questions_line,
    needs_warning,
    sign_of,
    tag_of,
    today_line,
    when_text,
)

TODAY = date(2026, 11, 27)
NBSP = "\N{NO-BREAK SPACE}"
_REASONS = {RecordKind.REQUEST: Reason.OVERDUE_REQUEST, RecordKind.CALL: Reason.FOLLOW_UP_DUE,
            RecordKind.STEP: Reason.RENEWAL_UNDER_WAY, RecordKind.QUESTION: Reason.OPEN_QUESTION}


def _item(kind: RecordKind, day: date | None, text: str = "x") -> TodayItem:
    return TodayItem(kind, 1, _REASONS[kind], text, day, Consequence.OTHER)


def _at_risk(kind: RecordKind, reason: Reason, day: date | None, text: str,
             whom: Whom) -> TodayItem:
    return TodayItem(kind, 1, reason, text, day, Consequence.CAN_STOP_THERAPY, whom)


def test_when_reads_naturally_for_each_reason() -> None:
    assert when_text(_item(RecordKind.REQUEST, date(2026, 11, 24)), TODAY) == "3 days overdue"
    assert when_text(_item(RecordKind.CALL, TODAY), TODAY) == "due today"
    assert when_text(_item(RecordKind.STEP, date(2026, 12, 6)), TODAY) == "ends in 9 days"
    assert when_text(_item(RecordKind.QUESTION, None), TODAY) == ""


def test_a_follow_up_reads_as_a_call_to_make_with_what_was_said_last_time() -> None:
    call = Call(called_at=datetime(2026, 11, 7, 10), organization="Brightwater Home Infusion "
                "Pharmacy", person="Sam", summary="Followed up with Sam about the supply "
                "charges.", follow_up_on=date(2026, 11, 14))
    item = TodayItem(RecordKind.CALL, 2, Reason.FOLLOW_UP_DUE, "ignored", call.follow_up_on,
                     Consequence.PROMISED)
    assert today_line(item, TODAY, call) == (
        "Call Brightwater Home Infusion Pharmacy back (Sam) — 13 days overdue (was due Sat, "
        "Nov 14). Last time: Followed up with Sam about the supply charges.")
    due_today = TodayItem(RecordKind.CALL, 2, Reason.FOLLOW_UP_DUE, "", TODAY,
                          Consequence.PROMISED)
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
    renewing = _item(RecordKind.STEP, date(2026, 12, 6), "Prior authorization")
    assert today_line(renewing, TODAY) == (
        "Approval ends in 9 days (Sun, Dec 6): Prior authorization. The renewal is under way.")
    question = _item(RecordKind.QUESTION, None, "What exactly\nis missing?")
    assert today_line(question, TODAY) == "Ask: What exactly is missing?"
    assert more_questions_line(1) == (
        "… and 1 more question to ask (see them all under Questions to ask)")


def test_what_can_stop_the_therapy_says_whom_to_call_and_their_number() -> None:
    silverpine = Whom("Silverpine Health Plans", "(888) 555-0143")
    ending = _at_risk(RecordKind.STEP, Reason.APPROVAL_ENDING, date(2026, 12, 4),
                      "Prior authorization — ertapenem", silverpine)
    assert today_line(ending, TODAY) == (
        "Approval ends in 7 days (Fri, Dec 4): Prior authorization — ertapenem. Call Silverpine "
        f"Health Plans about renewing: (888){NBSP}555-0143.")
    no_number = _at_risk(RecordKind.STEP, Reason.APPROVAL_ENDING, date(2026, 12, 4), "PA",
                         Whom("Silverpine Health Plans"))
    assert today_line(no_number, TODAY).endswith("Call Silverpine Health Plans about renewing.")
    no_plan = _at_risk(RecordKind.STEP, Reason.APPROVAL_ENDING, date(2026, 12, 4), "PA", Whom())
    assert today_line(no_plan, TODAY).endswith("Call the insurance plan about renewing.")
    denied = _at_risk(RecordKind.STEP, Reason.DENIED, date(2026, 11, 6), "Supplies", silverpine)
    assert today_line(denied, TODAY) == (
        "Denied on Fri, Nov 6: Supplies. Call Silverpine Health Plans about the denial: "
        f"(888){NBSP}555-0143.")
    undated = _at_risk(RecordKind.STEP, Reason.DENIED, None, "Supplies", Whom())
    assert today_line(undated, TODAY) == (
        "Denied: Supplies. Call the insurance plan about the denial.")
    late = _at_risk(RecordKind.REQUEST, Reason.OVERDUE_REQUEST, date(2026, 11, 24),
                    "Questionnaire", silverpine)
    assert today_line(late, TODAY) == (
        "Send “Questionnaire” — 3 days overdue (was due Tue, Nov 24). Silverpine Health Plans "
        f"is waiting for it: (888){NBSP}555-0143.")
    unknown = _at_risk(RecordKind.REQUEST, Reason.OVERDUE_REQUEST, date(2026, 11, 24), "Form",
                       Whom())
    assert today_line(unknown, TODAY) == "Send “Form” — 3 days overdue (was due Tue, Nov 24)."
    # Never what the plan will do: only what is due and whom to call.
    for item in (ending, denied, late):
        assert not any(word in today_line(item, TODAY).lower()
                       for word in ("will ", "should", "covered", "approve "))
    assert {tag_of(i) for i in (ending, denied, late)} == {"Can stop the therapy"}
    assert {sign_of(i, TODAY) for i in (ending, denied, late)} == {Sign.CAN_STOP_THERAPY}
    assert tag_of(_item(RecordKind.REQUEST, date(2026, 11, 24))) == ""


def test_anything_overdue_gets_the_warning_sign() -> None:
    late_call = _item(RecordKind.CALL, date(2026, 11, 14))
    late_request = _item(RecordKind.REQUEST, date(2026, 11, 26))
    assert is_overdue(late_call, TODAY) and needs_warning(late_call, TODAY)
    assert is_overdue(late_request, TODAY) and needs_warning(late_request, TODAY)
    call_today = _item(RecordKind.CALL, TODAY)
    assert not is_overdue(call_today, TODAY) and not needs_warning(call_today, TODAY)
    assert needs_warning(_item(RecordKind.STEP, date(2026, 12, 6)), TODAY)
    assert not needs_warning(_item(RecordKind.QUESTION, None), TODAY)
    assert sign_of(late_call, TODAY) is Sign.WARNING
    assert sign_of(call_today, TODAY) is Sign.INFORMATION
    assert sign_of(_item(RecordKind.QUESTION, None), TODAY) is Sign.QUESTION


def test_dates_leave_out_this_year() -> None:
    assert day_text(date(2026, 11, 14), TODAY) == "Sat, Nov 14"
    assert day_text(date(2025, 12, 30), TODAY) == "Tue, Dec 30, 2025"


def test_today_shows_five_lines_until_asked_for_all() -> None:
    assert lines_to_show(13, show_all=False) == 5
    assert lines_to_show(13, show_all=True) == 13
    assert lines_to_show(6, show_all=False) == 6  # never hide a single line behind a button
    assert lines_to_show(3, show_all=False) == 3
    # What can stop the therapy is never folded away, however many there are.
    assert lines_to_show(13, show_all=False, keep=8) == 8
    assert lines_to_show(9, show_all=False, keep=8) == 9
    assert lines_to_show(13, show_all=False, keep=2) == 5
