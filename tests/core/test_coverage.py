"""The coverage track: order of the steps, the current one, and how each reads."""

from __future__ import annotations

from datetime import date

from infusion_desk.core.coverage import (
    STEP_EXPLANATIONS,
    STEP_SUBTITLES,
    Mark,
    approved_period,
    current_index,
    mark_of,
    ordered_steps,
    period_problem,
    split_track,
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


def test_every_journey_step_has_a_plain_subtitle_and_an_explanation() -> None:
    assert STEP_SUBTITLES[StepKind.BENEFITS_VERIFICATION] == "Checking what the plan covers"
    assert STEP_SUBTITLES[StepKind.PRIOR_AUTHORIZATION] == "Plan approval before treatment"
    assert STEP_SUBTITLES[StepKind.PROVIDER_COORDINATION] == "Doctor's office paperwork"
    assert STEP_SUBTITLES[StepKind.REAUTHORIZATION] == "Renewing the approval"
    assert STEP_SUBTITLES[StepKind.APPEAL] == "Asking the plan to change a decision"
    assert STEP_SUBTITLES[StepKind.OTHER] == ""  # her own step is named by its title
    assert set(STEP_EXPLANATIONS) == set(StepKind)


def test_side_issues_stay_off_the_main_line_and_never_read_as_the_last_step() -> None:
    steps = [
        Step(kind=StepKind.OTHER, title="Who pays for the IV pole", status=StepStatus.DENIED,
             id=1),
        Step(kind=StepKind.OTHER, title="Supplies sorted", status=StepStatus.APPROVED, id=2),
        Step(kind=StepKind.BENEFITS_VERIFICATION, status=StepStatus.APPROVED, id=3),
        Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.WAITING, id=4),
    ]
    main, side = split_track(steps)
    assert [s.id for s in main] == [3, 4]
    assert [s.id for s in side] == [1]  # the one that is done drops out of the picture
    assert current_index(main) == 1
    summary = track_summary(steps, TODAY)
    assert summary.startswith("Coverage steps, 2 in all.")
    assert summary.endswith("Also open: Who pays for the IV pole, denied.")
    assert track_summary([steps[1]], TODAY) == "All steps are done."
