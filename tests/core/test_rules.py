"""Derived states, across date boundaries, with a fixed today."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from infusion_desk.core import rules
from infusion_desk.core.records import (
    Call,
    Request,
    RequestState,
    Step,
    StepKind,
    StepStatus,
)

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        (Request(what="notes"), RequestState.OPEN),
        (Request(what="notes", due_on=date(2026, 11, 28)), RequestState.OPEN),
        (Request(what="notes", due_on=TODAY), RequestState.OPEN),
        (Request(what="notes", due_on=date(2026, 11, 26)), RequestState.OVERDUE),
        (Request(what="notes", due_on=date(2026, 11, 1), submitted_on=date(2026, 11, 2)),
         RequestState.SENT),
        (Request(what="notes", submitted_on=date(2026, 11, 2), confirmed_on=date(2026, 11, 5)),
         RequestState.CONFIRMED),
    ],
)
def test_request_state(request_: Request, expected: RequestState) -> None:
    assert rules.request_state(request_, TODAY) is expected


def test_request_becomes_overdue_the_day_after_it_is_due() -> None:
    request = Request(what="plan of care", due_on=date(2026, 12, 31))
    assert rules.request_state(request, date(2026, 12, 31)) is RequestState.OPEN
    assert rules.request_state(request, date(2027, 1, 1)) is RequestState.OVERDUE


def test_follow_up_due_on_and_after_its_day_until_done() -> None:
    call = Call(called_at=datetime(2026, 11, 20, 9), follow_up_on=TODAY)
    assert not rules.follow_up_due(call, date(2026, 11, 26))
    assert rules.follow_up_due(call, TODAY)
    assert rules.follow_up_due(call, date(2027, 2, 1))
    call.follow_up_done = True
    assert not rules.follow_up_due(call, TODAY)
    assert not rules.follow_up_due(Call(), TODAY)


@pytest.mark.parametrize(
    ("approved_to", "status", "expected"),
    [
        (date(2026, 12, 11), StepStatus.APPROVED, True),  # exactly 14 days
        (date(2026, 12, 12), StepStatus.APPROVED, False),  # 15 days
        (TODAY, StepStatus.APPROVED, True),
        (date(2026, 11, 26), StepStatus.APPROVED, False),  # already ended
        (date(2026, 12, 1), StepStatus.IN_PROGRESS, False),
        (None, StepStatus.APPROVED, False),
    ],
)
def test_approval_ends_soon(approved_to: date | None, status: StepStatus, expected: bool) -> None:
    step = Step(kind=StepKind.PRIOR_AUTHORIZATION, status=status, approved_to=approved_to)
    assert rules.approval_ends_soon(step, TODAY) is expected


def test_stuck_questions_are_the_guides_three() -> None:
    assert len(rules.STUCK_QUESTIONS) == 3
    assert "missing" in rules.STUCK_QUESTIONS[0]
    assert "Who" in rules.STUCK_QUESTIONS[1]
    assert "timeline" in rules.STUCK_QUESTIONS[2]
