"""The summary made for one meeting: what leads, nothing of the meeting cut while anything else
shows, one page, type of 10 pt or more read back from the PDF, at Letter and A4."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

import pytest
from report_samples import TODAY, font_sizes, page_count, page_sizes, page_texts

from infusion_desk.core.meeting import Audience, Meeting, meeting_page
from infusion_desk.core.records import Call, Contact, Plan, Profile, Question, Request, Step
from infusion_desk.reports.data import SummaryData, folder_records, gather_summary_data
from infusion_desk.reports.summary import build_summary
from infusion_desk.reports.summary_sections import ALSO_TITLE
from infusion_desk.services.folder import Folder

MEETINGS = [Meeting(Audience.DOCTOR), Meeting(Audience.PLAN), Meeting(Audience.PLAN, "Silverpine"),
            Meeting(Audience.PHARMACY), Meeting(Audience.ALL)]
PAPERS = {"letter": (612.0, 792.0), "a4": (595.3, 841.9)}


def words(pdf: bytes) -> str:
    texts = page_texts(pdf)
    assert len(texts) == 1
    return texts[0]


def said(record: Question | Request | Step | Call | Contact) -> str:
    """The words the page prints first for a record (its start, as one line)."""
    if isinstance(record, Question):
        return " ".join(record.text.split())[:50]
    if isinstance(record, Request):
        return " ".join(record.what.split())[:50]
    if isinstance(record, Step):
        return record.display_title[:50]
    if isinstance(record, Call):
        return record.reference_number or record.called_at.strftime("%b %-d, %Y")
    return record.name


@pytest.mark.parametrize("paper", list(PAPERS))
@pytest.mark.parametrize("meeting", MEETINGS, ids=lambda m: f"{m.audience.value}{m.name}")
def test_every_meeting_is_one_page_in_type_of_10_pt_or_more(
    demo_data: SummaryData, meeting: Meeting, paper: str,
) -> None:
    pdf = build_summary(demo_data, paper=paper, meeting=meeting)  # type: ignore[arg-type]
    assert page_count(pdf) == 1
    assert page_sizes(pdf) == [PAPERS[paper]]
    sizes = font_sizes(pdf)
    assert min(sizes.values()) >= 10.0
    text = words(pdf)
    assert demo_data.profile.allergies in text  # always: the patient and therapy essentials
    assert demo_data.profile.therapy in text
    for plan in demo_data.plans:  # always: every plan's IDs
        assert plan.member_id in text


@pytest.mark.parametrize("meeting", MEETINGS[:-1], ids=lambda m: f"{m.audience.value}{m.name}")
def test_the_meeting_s_sections_lead_in_order_and_hold_every_item_on_the_demo(
    demo_data: SummaryData, meeting: Meeting,
) -> None:
    text = words(build_summary(demo_data, paper="a4", meeting=meeting))
    page = meeting_page(meeting, folder_records(demo_data), TODAY)
    places = []
    for section in page.sections:
        if not section.items:
            assert f"{section.title}: {section.empty}" in text
            continue
        places.append(text.index(section.title))
        if re.search(rf"\d+ more {section.noun.split()[0][:-1]}", text):
            continue  # a full page may leave some out, and then says how many and where
        for item in section.items:
            assert said(item) in text, (section.title, said(item))
    assert places[0] == min(places)  # the first section leads (two may share a row)
    essentials = text.index("Allergies")
    assert all(essentials < place for place in places)


def test_the_doctor_s_page_asks_his_questions_and_shows_what_waits_on_him(
    demo_data: SummaryData,
) -> None:
    text = words(build_summary(demo_data, meeting=Meeting(Audience.DOCTOR)))
    assert text.index("For a visit with the doctor") < text.index("Allergies")
    assert "Questions to ask the doctor" in text
    assert "Has Dr. Okafor decided whether to extend past 6 weeks?" in text
    assert "OVERDUE — Updated progress note from Dr. Okafor" in text
    assert "ENDS SOON" in text
    # A question for the pharmacy's billing office is not the doctor's.
    assert "Does Medicare Part B or Harborline pay" not in text.split(
        "Waiting on the doctor")[0]


def test_the_plan_s_page_leads_with_member_and_group_numbers(demo_data: SummaryData) -> None:
    text = words(build_summary(demo_data, meeting=Meeting(Audience.PLAN, "Silverpine")))
    silverpine = next(p for p in demo_data.plans if p.payer.startswith("Silverpine"))
    ids_at = text.index(silverpine.member_id)
    assert ids_at < text.index(silverpine.group_number) < text.index("Allergies")
    assert all(ids_at < text.index(p.member_id) for p in demo_data.plans if p is not silverpine)
    assert "Recent calls with Silverpine Health Plans" in text
    assert "SRX-CALL-671154" in text  # the latest call's reference number
    assert "What they asked for, and what we sent and when" in text


def test_the_pharmacy_s_page_says_what_they_need_from_us(demo_data: SummaryData) -> None:
    text = words(build_summary(demo_data, meeting=Meeting(Audience.PHARMACY)))
    assert text.index("What the pharmacy needs from us") < text.index("Deliveries and nursing")
    assert text.index("Deliveries and nursing") < text.index("Approvals and their end")
    assert "Call Brightwater Home Infusion Pharmacy back" in text  # a call-back due
    assert "Signed delivery ticket for the week-5 delivery" in text
    assert "Nursing visits:" in text


def crowded(questions: int, others: int) -> SummaryData:
    """A folder with ``questions`` open questions for the doctor and ``others`` of everything
    for other meetings."""
    return SummaryData(
        today=TODAY,
        profile=Profile(patient_name="Walter Brennan", therapy="Ertapenem 1 g IV",
                        allergies="Sulfa drugs", prescriber="Dr. Adaeze Okafor, Riverside"),
        plans=(Plan(id=1, payer="Medicare", member_id="3HK7-XN2-RW58"),),
        questions=tuple(
            [Question(id=i, text=f"Doctor question {i}?", ask_whom="Dr. Okafor")
             for i in range(1, questions + 1)]
            + [Question(id=1000 + i, text=f"Plan question {i}?", ask_whom="Medicare")
               for i in range(others)]),
        requests=tuple(Request(id=i, what=f"Paper {i} for the plan", requested_by="Medicare",
                               due_on=TODAY + timedelta(days=i)) for i in range(1, others + 1)),
    )


@pytest.mark.parametrize("questions", [3, 12, 30, 80])
def test_nothing_of_the_meeting_is_cut_while_anything_for_another_meeting_shows(
    questions: int,
) -> None:
    text = words(build_summary(crowded(questions, others=40), meeting=Meeting(Audience.DOCTOR)))
    shown = [i for i in range(1, questions + 1) if f"Doctor question {i}?" in text]
    others_shown = ALSO_TITLE in text or "Plan question" in text or "Paper 1 " in text
    if others_shown:
        assert shown == list(range(1, questions + 1))
    else:
        assert shown == list(range(1, len(shown) + 1))  # the first ones, in order
        hidden = questions - len(shown)
        assert hidden == 0 or (f"{hidden} more questions for the doctor are on the “Questions "
                               "to ask” tab of the app.") in text
        assert "Also in the app, each on its tab: 40 more open requests, 40 more questions to " \
               "ask" in text
    assert "in the folder" not in text


def test_a_few_questions_leave_room_for_other_meetings_and_a_crowd_does_not() -> None:
    few = words(build_summary(crowded(3, others=40), meeting=Meeting(Audience.DOCTOR)))
    assert ALSO_TITLE in few and "Plan question 0?" in few
    crowd = words(build_summary(crowded(80, others=40), meeting=Meeting(Audience.DOCTOR)))
    assert ALSO_TITLE not in crowd and "Plan question" not in crowd


@pytest.mark.parametrize("paper", list(PAPERS))
@pytest.mark.parametrize("meeting", MEETINGS, ids=lambda m: f"{m.audience.value}{m.name}")
def test_ten_thousand_records_still_fit_one_page_in_10_pt(
    big_folder: Folder, meeting: Meeting, paper: str,
) -> None:
    data = gather_summary_data(big_folder, TODAY)
    data = replace(data, plans=(*data.plans, Plan(id=999, payer="Silverpine Health Plans")))
    pdf = build_summary(data, paper=paper, meeting=meeting)  # type: ignore[arg-type]
    assert page_count(pdf) == 1
    assert min(font_sizes(pdf).values()) >= 10.0
    assert len(words(pdf)) < 9000  # the 5,000-character fields were cut, not printed in full
