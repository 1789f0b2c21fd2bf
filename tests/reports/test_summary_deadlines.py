"""Deadlines on the one-page summary (issue 16): those of the meeting, with their date, where the
date came from and, beside a date from the appeal rules, its source and "the date on your letter
comes first; confirm with the plan"; the page stays one page in 10 pt."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from report_samples import TODAY, font_sizes, page_count, page_texts

from infusion_desk.core.appeal_rules import LETTER_FIRST, NoticeKind
from infusion_desk.core.deadlines import (
    DateSource,
    Deadline,
    DeadlinePurpose,
    propose_appeal_deadline,
)
from infusion_desk.core.meeting import Audience, Meeting, meeting_page
from infusion_desk.core.meeting_deadlines import deadlines_for_meeting
from infusion_desk.core.records import PlanType
from infusion_desk.reports.data import SummaryData, folder_records
from infusion_desk.reports.summary import build_summary
from infusion_desk.reports.summary_deadlines import TITLE


def _flat(pdf: bytes) -> str:
    [text] = page_texts(pdf)
    return " ".join(text.split())


def _with_deadlines(data: SummaryData) -> SummaryData:
    plan = next(p for p in data.plans if p.plan_type is PlanType.PART_D)
    step = next(s for s in data.steps if s.plan_id == plan.id)
    appeal = propose_appeal_deadline(
        NoticeKind.DENIAL, PlanType.PART_D, notice_date=TODAY - timedelta(days=10),
        concerns=plan.payer, step_id=step.id, document_id=1).deadline
    assert appeal is not None
    call_back = Deadline(DeadlinePurpose.FOLLOW_UP, TODAY + timedelta(days=2), DateSource.TYPED,
                         "Call-back promised by Brightwater", concerns="Brightwater",
                         id=2)
    done = Deadline(DeadlinePurpose.OTHER, TODAY, DateSource.TYPED, "Already sent", done=True,
                    id=3)
    return replace(data, deadlines=(replace(appeal, id=1), call_back, done))


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("audience", [Audience.PLAN, Audience.DOCTOR, Audience.ALL])
def test_an_appeal_deadline_from_the_rules_is_on_the_page_with_its_source(
        demo_data: SummaryData, audience: Audience, paper: str) -> None:
    data = _with_deadlines(demo_data)
    pdf = build_summary(data, paper=paper, meeting=Meeting(audience))  # type: ignore[arg-type]
    assert page_count(pdf) == 1
    assert min(font_sizes(pdf).values()) >= 10.0
    text = _flat(pdf)
    assert TITLE in text
    due = data.deadlines[0].due_on
    assert f"Appeal by {due:%a}, {due:%b} {due.day}, {due.year}" in text
    assert "from the rules: 42 CFR 423.582" in text
    assert LETTER_FIRST in text
    assert "Already sent" not in text  # done: not on the page


def test_each_meeting_gets_the_deadlines_it_concerns(demo_data: SummaryData) -> None:
    data = _with_deadlines(demo_data)
    records = folder_records(data)

    def titles(meeting: Meeting) -> list[str]:
        page = meeting_page(meeting, records, data.today)
        return [d.title for d in deadlines_for_meeting(page, records, data.deadlines)]

    appeal = data.deadlines[0].title
    assert titles(Meeting(Audience.ALL)) == [appeal, "Call-back promised by Brightwater"]
    assert titles(Meeting(Audience.PLAN)) == [appeal]
    assert titles(Meeting(Audience.PLAN, "Silverpine")) == [appeal]
    assert titles(Meeting(Audience.PLAN, "Harborline")) == []
    assert titles(Meeting(Audience.DOCTOR)) == [appeal]
    assert titles(Meeting(Audience.PHARMACY)) == ["Call-back promised by Brightwater"]


def test_a_date_the_letter_gives_says_so_and_no_deadline_leaves_the_page_as_it_was(
        demo_data: SummaryData) -> None:
    letter = Deadline(DeadlinePurpose.APPEAL, date(2026, 4, 20), DateSource.LETTER,
                      "Ask the drug plan for a redetermination", concerns="Silverpine", id=4)
    text = _flat(build_summary(replace(demo_data, deadlines=(letter,)),
                               meeting=Meeting(Audience.PLAN)))
    assert "Appeal by Mon, Apr 20, 2026" in text and "date from the letter" in text
    assert LETTER_FIRST not in text
    assert TITLE not in _flat(build_summary(replace(demo_data, deadlines=()),
                                            meeting=Meeting(Audience.PLAN)))


def test_many_deadlines_still_fit_one_page(demo_data: SummaryData) -> None:
    many = tuple(Deadline(DeadlinePurpose.OTHER, TODAY + timedelta(days=i), DateSource.TYPED,
                          f"Deadline number {i} " + "with a long title " * 8,
                          concerns="Silverpine", id=i + 10) for i in range(60))
    for audience in Audience:
        pdf = build_summary(replace(demo_data, deadlines=many), meeting=Meeting(audience))
        assert page_count(pdf) == 1
        assert min(font_sizes(pdf).values()) >= 10.0
