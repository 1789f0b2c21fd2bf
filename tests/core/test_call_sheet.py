"""The call sheet beside the Log a call form, and how a call reads in the list."""

from __future__ import annotations

from datetime import date, datetime

from infusion_desk.core.call_log import follow_up_overdue, follow_up_text, who_text
from infusion_desk.core.call_sheet import (
    build_call_sheet,
    phone_for,
    request_involves,
)
from infusion_desk.core.records import (
    Call,
    Plan,
    Profile,
    Question,
    QuestionStatus,
    Request,
    SendMethod,
)

TODAY = date(2026, 11, 27)
PROFILE = Profile(patient_name="Walter Brennan", date_of_birth=date(1947, 3, 14))
MEDICARE = Plan(payer="Medicare", member_id="3HK7-XN2-RW58", member_phone="(800) 555-0100", id=1)
PART_D = Plan(payer="Silverpine Health Plans", plan_name="Silverpine Rx Select",
              member_id="SPX448120457", group_number="RXG-SP4471",
              member_phone="(888) 555-0143", id=2)
Q_SILVER = Question(text="What exactly is missing?", ask_whom="Silverpine", id=1)
Q_DOCTOR = Question(text="Was the form signed?", ask_whom="Dr. Okafor's office", id=2)
Q_DONE = Question(text="Old", ask_whom="Silverpine", status=QuestionStatus.ANSWERED, id=3)
ASKED = Request(what="Chart notes", requested_on=date(2026, 11, 20), requested_by="Silverpine",
                due_on=date(2026, 11, 25), id=1)
SENT = Request(what="Signed form", requested_on=date(2026, 11, 10),
               requested_by="Silverpine Health Plans", submitted_on=date(2026, 11, 22),
               submitted_to="Silverpine Health Plans", method=SendMethod.FAX, id=2)
CONFIRMED = Request(what="Card copy", requested_by="Silverpine", submitted_on=date(2026, 11, 1),
                    confirmed_on=date(2026, 11, 2), id=3)
OTHER = Request(what="Plan of care", requested_by="Meadowbrook", due_on=date(2026, 12, 1), id=4)


def sheet(organization: str):  # type: ignore[no-untyped-def]
    return build_call_sheet(
        organization, profile=PROFILE, plans=[MEDICARE, PART_D],
        questions=[Q_SILVER, Q_DOCTOR, Q_DONE], requests=[ASKED, SENT, CONFIRMED, OTHER],
        today=TODAY,
    )


def test_sheet_for_a_plan_shows_its_numbers_questions_and_what_is_outstanding() -> None:
    s = sheet("silverpine health plans")
    assert [(line.label, line.value) for line in s.patient] == [
        ("Patient", "Walter Brennan"), ("Date of birth", "Mar 14, 1947")]  # no weekday
    assert s.plans_matched
    assert [p.title for p in s.plans] == ["Silverpine Health Plans — Silverpine Rx Select"]
    assert [(line.label, line.value) for line in s.plans[0].lines] == [
        ("Member ID", "SPX448120457"), ("Group number", "RXG-SP4471")]
    assert s.questions_matched and s.questions == (Q_SILVER,)
    assert [o.what for o in s.they_wait_on_us] == ["Chart notes"]
    waiting = s.they_wait_on_us[0]
    assert waiting.overdue
    assert waiting.when == ("asked on Fri, Nov 20, 2026, due by Wed, Nov 25, 2026 "
                            "(2 days overdue)")
    assert [o.what for o in s.we_wait_on_them] == ["Signed form"]
    assert s.we_wait_on_them[0].when == ("sent on Sun, Nov 22, 2026 (5 days ago), by fax, "
                                         "to Silverpine Health Plans; not confirmed yet")


def test_sheet_with_no_match_shows_every_plan_and_open_question() -> None:
    s = sheet("Brightwater")
    assert not s.plans_matched and len(s.plans) == 2
    assert not s.questions_matched and s.questions == (Q_SILVER, Q_DOCTOR)
    assert s.they_wait_on_us == () and s.we_wait_on_them == ()


def test_sheet_before_an_organization_is_typed_shows_everything_open() -> None:
    s = sheet("")
    assert [o.what for o in s.they_wait_on_us] == ["Chart notes", "Plan of care"]
    assert [o.what for o in s.we_wait_on_them] == ["Signed form"]


def test_request_involves_who_asked_or_who_it_went_to() -> None:
    assert request_involves(ASKED, "Silverpine Health Plans")
    assert request_involves(Request(submitted_to="Brightwater"), "brightwater")
    assert not request_involves(OTHER, "Silverpine")


def test_phone_for_a_plan_payer() -> None:
    assert phone_for("Silverpine", [MEDICARE, PART_D]) == "(888) 555-0143"
    assert phone_for("Brightwater", [MEDICARE, PART_D]) == ""


def test_call_words() -> None:
    call = Call(called_at=datetime(2026, 11, 3, 14, 5), organization="Silverpine",
                person="Gregory Hale", follow_up_on=date(2026, 11, 24))
    assert who_text(call) == "Silverpine — Gregory Hale"
    assert who_text(Call(person=" Gregory ")) == "Gregory"
    assert follow_up_text(call, TODAY) == "Tue, Nov 24, 2026 — 3 days overdue"
    assert follow_up_overdue(call, TODAY)
    assert follow_up_text(call, TODAY, between="\n") == "Tue, Nov 24, 2026\n3 days overdue"
    assert follow_up_text(call, TODAY, day_text=lambda d: f"{d:%b} {d.day}") == (
        "Nov 24 — 3 days overdue")
    assert follow_up_text(call, date(2026, 11, 24)) == "Tue, Nov 24, 2026 — due today"
    assert not follow_up_overdue(call, date(2026, 11, 24))
    assert follow_up_text(call, date(2026, 11, 1)) == "Tue, Nov 24, 2026"
    call.follow_up_done = True
    assert follow_up_text(call, TODAY) == "Tue, Nov 24, 2026 — done"
    assert follow_up_text(Call(), TODAY) == ""
