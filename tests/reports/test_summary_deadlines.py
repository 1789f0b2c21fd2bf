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
from infusion_desk.core.records import PlanType, StepStatus
from infusion_desk.reports.data import SummaryData, folder_records
from infusion_desk.reports.summary import build_summary
from infusion_desk.reports.summary_deadlines import TITLE


def _flat(pdf: bytes) -> str:
    [text] = page_texts(pdf)
    return " ".join(text.split())


def _with_deadlines(data: SummaryData) -> SummaryData:
    plan = next(p for p in data.plans if p.plan_type is PlanType.PART_D)
    step = next(s for s in data.steps if s.plan_id == plan.id and s.status is StepStatus.DENIED)
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
    due = data.deadlines[0].due_on
    step = next(s for s in data.steps if s.id == data.deadlines[0].step_id)
    # In its step's line (as Today folds it), not in a block of its own.
    assert (f"ref. # {step.reference_number} — " in text
            and f"Appeal by {due:%a}, {due:%b} {due.day}, {due.year} (in " in text)
    assert "worked out from the rules: 42 CFR 423.582(b), checked " in text
    assert LETTER_FIRST in text
    assert text.count("Appeal by") == 1
    assert TITLE not in text
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
    denied = next(s for s in demo_data.steps if s.status is StepStatus.DENIED)
    letter = Deadline(DeadlinePurpose.APPEAL, date(2026, 4, 20), DateSource.LETTER,
                      "Ask the drug plan for a redetermination", concerns="Silverpine",
                      step_id=denied.id, id=4)
    text = _flat(build_summary(replace(demo_data, deadlines=(letter,)),
                               meeting=Meeting(Audience.PLAN)))
    assert "Appeal by Mon, Apr 20, 2026 (in 40 days), date from the letter" in text
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


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_plan_call_keeps_what_it_needs_with_the_deadlines_in_their_lines(
        demo_data: SummaryData, paper: str) -> None:
    """The demo's own deadlines (a renewal overdue, an appeal from the rules, two call-backs
    for others): the denial, the approval, the newest call with its reference number and the
    overdue request all stay on the plan's page, each deadline in its step's line."""
    pdf = build_summary(demo_data, paper=paper, meeting=Meeting(Audience.PLAN))  # type: ignore[arg-type]
    assert page_count(pdf) == 1
    assert min(font_sizes(pdf).values()) >= 10.0
    text = _flat(pdf)
    denied = next(s for s in demo_data.steps if s.status is StepStatus.DENIED)
    renewal = next(d for d in demo_data.deadlines if d.purpose is DeadlinePurpose.RENEWAL)
    newest = max((c for c in demo_data.calls if c.reference_number), key=lambda c: c.called_at)
    assert f"Denied — ref. # {denied.reference_number} — Appeal by " in text
    assert "ENDS SOON: ends in 7 days — Renew by " in text
    assert f"{renewal.due_on.day}, {renewal.due_on.year} (7 days overdue), worked out" in text
    assert newest.reference_number in text
    assert "OVERDUE — Other-coverage questionnaire" in text
    assert TITLE not in text and "Also not to miss" not in text


def test_a_deadline_with_no_line_of_its_own_gives_way_before_the_meeting_and_is_counted(
        demo_data: SummaryData) -> None:
    """A call-back with no call on the page is a line of its own when there is room; on a full
    page it gives way before the meeting's items, and the last line says it is in the app."""
    alone = Deadline(DeadlinePurpose.FOLLOW_UP, TODAY + timedelta(days=1), DateSource.TYPED,
                     "Call-back promised by Silverpine", concerns="Silverpine", id=9)
    full = _flat(build_summary(replace(demo_data, deadlines=(alone,)),
                               meeting=Meeting(Audience.PLAN)))
    bare = _flat(build_summary(replace(demo_data, deadlines=()), meeting=Meeting(Audience.PLAN)))
    assert "OVERDUE — Other-coverage questionnaire" in full
    assert full.count("Harborline Mutual Insurance (Lorraine)") == bare.count(
        "Harborline Mutual Insurance (Lorraine)")
    if "Also not to miss: Hear back by" not in full:
        assert "Also in the app, each on its tab: 1 more deadline, " in full
    roomy = replace(demo_data, deadlines=(alone,), calls=(), requests=(), questions=())
    text = _flat(build_summary(roomy, meeting=Meeting(Audience.PLAN)))
    assert "Also not to miss: Hear back by " in text
    assert "Call-back promised by Silverpine" in text
