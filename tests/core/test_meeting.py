"""What each meeting's page needs, chosen from plain records (no paper, no Qt)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from infusion_desk.core.meeting import (
    Audience,
    FolderRecords,
    Meeting,
    MeetingPage,
    meeting_choices,
    meeting_page,
)
from infusion_desk.core.meeting_errors import NameNotNeededError, NoSuchContactError
from infusion_desk.core.records import (
    Call,
    Contact,
    Plan,
    PlanRank,
    Profile,
    Question,
    QuestionStatus,
    Request,
    SendMethod,
    Step,
    StepKind,
    StepStatus,
)

TODAY = date(2026, 3, 11)
DAY = timedelta(days=1)
PRESCRIBER = "Dr. Adaeze Okafor, Riverside Infectious Disease Associates"
RECORDS = FolderRecords(
    profile=Profile(prescriber=PRESCRIBER, infusion_provider="Brightwater Home Infusion",
                    nursing_schedule="Meadowbrook Home Health: Mondays and Thursdays"),
    plans=(Plan(id=1, payer="Medicare", rank=PlanRank.PRIMARY),
           Plan(id=3, payer="Silverpine Health Plans", rank=PlanRank.OTHER)),
    contacts=(
        Contact(id=1, name="Renee Castillo", organization="Brightwater Home Infusion"),
        Contact(id=4, name="Tonya Reyes", organization="Riverside Infectious Disease Associates"),
        Contact(id=8, name="Gregory Hale", organization="Silverpine Health Plans"),
        Contact(id=6, name="Julia Park, RN", organization="Meadowbrook Home Health"),
    ),
    steps=(
        Step(id=2, kind=StepKind.PRIOR_AUTHORIZATION, title="Prior authorization",
             status=StepStatus.APPROVED, reference_number="SPX-PA-1", plan_id=3,
             approved_from=TODAY - 30 * DAY, approved_to=TODAY + 7 * DAY),
        Step(id=3, title="Supplies", status=StepStatus.DENIED, reference_number="SPX-CD-2",
             plan_id=3),
        Step(id=4, kind=StepKind.APPEAL, title="Walker appeal", status=StepStatus.IN_PROGRESS,
             waiting_on="Medicare contractor", plan_id=1),
        Step(id=5, title="Plan of care signature", status=StepStatus.WAITING,
             waiting_on="Dr. Okafor's office (Tonya Reyes)", plan_id=1),
        Step(id=6, kind=StepKind.REAUTHORIZATION, title="Extension, if Dr. Okafor orders it",
             plan_id=3),
    ),
    requests=(
        Request(id=15, what="Progress note from Dr. Okafor", requested_by="Renee Castillo "
                "(Brightwater intake)", due_on=TODAY - 2 * DAY),
        Request(id=21, what="Glucose log", requested_by="Tonya Reyes (Dr. Okafor's office)",
                due_on=TODAY + 8 * DAY),
        Request(id=13, what="Signed plan of care", requested_by="Meadowbrook",
                submitted_on=TODAY - 8 * DAY, submitted_to="Tonya Reyes, fax",
                method=SendMethod.FAX),
        Request(id=16, what="Other-coverage questionnaire",
                requested_by="Silverpine Health Plans", due_on=TODAY - 3 * DAY),
        Request(id=3, what="Consult note", requested_by="Silverpine Health Plans",
                submitted_on=TODAY - 40 * DAY, submitted_to="Silverpine, fax",
                confirmation_number="0412-88", confirmed_on=TODAY - 30 * DAY),
        Request(id=18, what="Week 5 labs", requested_by="Marcus (Brightwater pharmacist)",
                due_on=TODAY + DAY),
        Request(id=23, what="Photo of the PICC site", requested_by="Julia Park, RN"),
    ),
    questions=(
        Question(id=16, text="Extend past 6 weeks?", ask_whom="Tonya Reyes (Dr. Okafor's office)"),
        Question(id=19, text="Does the PICC stay in?", ask_whom="Dr. Okafor (nurse line)"),
        Question(id=14, text="Who pays the 20%?", ask_whom="Silverpine member services"),
        Question(id=11, text="Who bills the supplies?", ask_whom="Renee (Brightwater)"),
        Question(id=17, text="When is the MRI?", ask_whom="St. Brigid imaging"),
        Question(id=1, text="Answered one", ask_whom="Dr. Okafor",
                 status=QuestionStatus.ANSWERED),
    ),
    calls=(
        Call(id=30, called_at=datetime(2026, 3, 10, 15), organization="Medicare",
             reference_number="MCR-1", follow_up_on=TODAY + 30 * DAY),
        Call(id=26, called_at=datetime(2026, 3, 6, 10), contact_id=8,
             organization="Silverpine Health Plans", reference_number="SRX-2"),
        Call(id=25, called_at=datetime(2026, 3, 5, 14), organization="Brightwater",
             follow_up_on=TODAY - 2 * DAY),
        Call(id=29, called_at=datetime(2026, 3, 10, 13), contact_id=6,
             organization="Meadowbrook Home Health", follow_up_on=TODAY + 3 * DAY),
        Call(id=13, called_at=datetime(2026, 2, 6, 17), organization="Meadowbrook",
             follow_up_on=TODAY - 30 * DAY, follow_up_done=True),
    ),
)


def ids(page: MeetingPage, key: str) -> list[tuple[str, int | None]]:
    section = next(s for s in page.sections if s.key == key)
    return [(type(item).__name__, item.id) for item in section.items]


def test_the_doctor_s_page_asks_his_questions_and_lists_what_waits_on_him() -> None:
    page = meeting_page(Meeting(Audience.DOCTOR), RECORDS, TODAY)
    assert page.title == "For a visit with the doctor"
    assert page.who == PRESCRIBER
    assert [s.key for s in page.sections] == ["questions", "waiting", "asked", "approvals"]
    assert ids(page, "questions") == [("Question", 16), ("Question", 19)]  # open ones only
    assert ids(page, "waiting") == [("Request", 15), ("Request", 13), ("Step", 5), ("Step", 6)]
    assert ids(page, "asked") == [("Request", 21)]
    assert ids(page, "approvals") == [("Step", 2), ("Step", 3), ("Step", 4)]  # ending, denied,
    assert not page.plans_lead  # appeal


def test_the_plan_s_page_leads_with_the_ids_and_holds_what_is_with_the_plans() -> None:
    page = meeting_page(Meeting(Audience.PLAN), RECORDS, TODAY)
    assert page.plans_lead
    assert [s.key for s in page.sections] == ["questions", "at_stake", "calls", "ledger",
                                              "owed", "authorizations"]
    assert ids(page, "questions") == [("Question", 14)]
    assert ids(page, "at_stake") == [("Step", 2), ("Step", 3)]  # ending, then denied
    assert ids(page, "calls") == [("Call", 30), ("Call", 26)]
    assert ids(page, "ledger") == [("Request", 16), ("Request", 3)]  # open first, then sent
    assert ids(page, "owed") == [("Step", 4), ("Call", 30)]  # a decision, a follow-up
    assert ids(page, "authorizations") == []  # the numbers and periods are those above


def test_a_named_plan_keeps_to_that_plan_and_comes_first() -> None:
    page = meeting_page(Meeting(Audience.PLAN, "silverpine"), RECORDS, TODAY)
    assert page.who == "Silverpine Health Plans"
    assert [p.id for p in page.plans] == [3, 1]
    assert ids(page, "calls") == [("Call", 26)]
    assert ids(page, "owed") == []
    assert next(s for s in page.sections if s.key == "questions").title == (
        "Questions to ask Silverpine Health Plans")


def test_the_pharmacy_s_page_says_what_they_need_and_the_approvals() -> None:
    page = meeting_page(Meeting(Audience.PHARMACY), RECORDS, TODAY)
    assert [s.key for s in page.sections] == ["asked", "deliveries", "questions", "approvals",
                                              "people"]
    # Call-backs due with the pharmacy and with the nurses the nursing schedule names (soonest
    # first, done ones left out), then what the nurses asked for.
    assert ids(page, "deliveries") == [("Call", 25), ("Call", 29), ("Request", 23),
                                       ("Request", 13)]
    assert ids(page, "asked") == [("Request", 15), ("Request", 18)]
    assert ids(page, "questions") == [("Question", 11)]
    assert ids(page, "approvals") == [("Step", 2)]
    assert ids(page, "people") == [("Contact", 1)]


def test_everything_in_brief_has_no_meeting_sections() -> None:
    page = meeting_page(Meeting(), RECORDS, TODAY)
    assert page.sections == ()
    assert page.title == "Everything, in brief"
    assert [p.id for p in page.plans] == [1, 3]


def test_a_name_that_matches_nothing_is_one_plain_sentence() -> None:
    with pytest.raises(NoSuchContactError) as raised:
        meeting_page(Meeting(Audience.PLAN, "Aetna"), RECORDS, TODAY)
    assert str(raised.value) == ("There is no plan called “Aetna” in this folder; it has "
                                 "Medicare and Silverpine Health Plans.")
    with pytest.raises(NoSuchContactError, match="no doctor called “Lindqvist”"):
        meeting_page(Meeting(Audience.DOCTOR, "Lindqvist"), RECORDS, TODAY)
    with pytest.raises(NameNotNeededError):
        meeting_page(Meeting(Audience.PHARMACY, "Renee"), RECORDS, TODAY)
    named = meeting_page(Meeting(Audience.DOCTOR, "Tonya Reyes"), RECORDS, TODAY)
    assert named.who == PRESCRIBER


def test_the_window_offers_the_doctors_and_the_plans() -> None:
    choices = meeting_choices(RECORDS.profile, RECORDS.plans, RECORDS.contacts)
    assert choices.prescriber == PRESCRIBER
    assert choices.doctors == (PRESCRIBER,)
    assert choices.plans == ("Medicare", "Silverpine Health Plans")
