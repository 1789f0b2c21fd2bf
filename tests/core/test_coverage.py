"""The coverage track: order of the steps, the current one, and how each reads."""

from __future__ import annotations

from datetime import date

from infusion_desk.core.coverage import (
    Mark,
    approved_period,
    current_index,
    mark_of,
    ordered_steps,
    period_problem,
    status_word,
    track_summary,
)
from infusion_desk.core.records import Step, StepKind, StepStatus

TODAY = date(2026, 11, 27)


def test_steps_follow_the_coverage_journey_whatever_order_they_were_added() -> None:
    steps = [
        Step(kind=StepKind.OTHER, title="Supplies", id=1, started_on=date(2026, 10, 1)),
        Step(kind=StepKind.APPEAL, id=2, started_on=date(2026, 11, 10)),
        Step(kind=StepKind.PROVIDER_COORDINATION, id=3),
        Step(kind=StepKind.REAUTHORIZATION, id=4),
        Step(kind=StepKind.PRIOR_AUTHORIZATION, id=5),
        Step(kind=StepKind.BENEFITS_VERIFICATION, id=6),
    ]
    assert [s.id for s in ordered_steps(steps)] == [6, 5, 3, 2, 4, 1]


def test_current_is_the_first_step_not_done_and_denied_is_not_done() -> None:
    done = Step(kind=StepKind.BENEFITS_VERIFICATION, status=StepStatus.APPROVED)
    denied = Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.DENIED)
    later = Step(kind=StepKind.PROVIDER_COORDINATION)
    assert current_index([done, denied, later]) == 1
    assert current_index([done]) is None
    assert current_index([]) is None
    assert mark_of(denied) is Mark.DENIED
    assert mark_of(done) is Mark.DONE


def test_status_words_speak_of_approval_only_where_a_plan_approves() -> None:
    assert status_word(Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.APPROVED)) == (
        "Approved"
    )
    assert status_word(Step(kind=StepKind.BENEFITS_VERIFICATION, status=StepStatus.APPROVED)) == (
        "Done"
    )
    assert status_word(Step(status=StepStatus.WAITING)) == "Waiting"


def test_approved_period_reads_like_a_sentence() -> None:
    step = Step(approved_from=date(2026, 11, 1), approved_to=date(2026, 12, 6))
    assert approved_period(step, TODAY) == "Nov 1 – Dec 6, 2026 (ends in 9 days)"
    across = Step(approved_from=date(2025, 12, 20), approved_to=date(2026, 1, 5))
    assert approved_period(across, TODAY) == "Dec 20, 2025 – Jan 5, 2026 (ended 326 days ago)"
    assert approved_period(Step(approved_from=date(2026, 11, 1)), TODAY) == "From Nov 1, 2026"
    assert approved_period(Step(), TODAY) == ""


def test_summary_names_every_step_and_the_current_one() -> None:
    steps = [
        Step(kind=StepKind.BENEFITS_VERIFICATION, status=StepStatus.APPROVED),
        Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.WAITING, waiting_on="the plan"),
    ]
    summary = track_summary(steps, TODAY)
    assert "Step 1: Benefits verification, done." in summary
    assert "Step 2: Prior authorization, waiting (current step), waiting on the plan." in summary
    assert track_summary([], TODAY) == "No coverage steps yet."


def test_an_approval_cannot_end_before_it_starts() -> None:
    backwards = Step(approved_from=date(2026, 12, 6), approved_to=date(2026, 11, 1))
    assert "ends before it starts" in period_problem(backwards)
    assert period_problem(Step(approved_from=date(2026, 11, 1))) == ""
