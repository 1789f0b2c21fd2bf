"""Derived states: what is open, overdue, due or ending soon. ``today`` is always passed in.

The *Today* list built from them, ranked by consequence, is ``core.today``."""

from __future__ import annotations

from datetime import date, timedelta

from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate_marked
from infusion_desk.core.records import (
    ByMember,
    Call,
    LabelledEnum,
    Question,
    QuestionStatus,
    Request,
    RequestState,
    Step,
    StepStatus,
)

APPROVAL_WARNING_DAYS = 14

# The questions for when she is stuck, in English (stuck_questions() says them in her language).
STUCK_QUESTIONS = (
    QT_TRANSLATE_NOOP("Rules", "What exactly is missing?"),
    QT_TRANSLATE_NOOP("Rules", "Who needs to submit it?"),
    QT_TRANSLATE_NOOP("Rules", "What is the expected timeline once it is submitted?"),
)


def stuck_questions() -> tuple[str, ...]:
    """The questions for when she is stuck, in her language."""
    return tuple(translate_marked("Rules", text) for text in STUCK_QUESTIONS)


def request_state(request: Request, today: date) -> RequestState:
    """Open until something was sent; overdue when nothing was sent and the due date has passed."""
    if request.confirmed_on is not None:
        return RequestState.CONFIRMED
    if request.submitted_on is not None:
        return RequestState.SENT
    if request.due_on is not None and request.due_on < today:
        return RequestState.OVERDUE
    return RequestState.OPEN


def follow_up_due(call: Call, today: date) -> bool:
    return call.follow_up_on is not None and not call.follow_up_done and call.follow_up_on <= today


def approval_ends_soon(step: Step, today: date, days: int = APPROVAL_WARNING_DAYS) -> bool:
    """An approval whose period ends between today and ``days`` from now (inclusive)."""
    if step.status is not StepStatus.APPROVED or step.approved_to is None:
        return False
    return today <= step.approved_to <= today + timedelta(days=days)


# ---------------------------------------------------------------------- the ledger's reading order

class LedgerView(LabelledEnum):
    """The ledger's views. The value is the view's English name (what a setting keeps, and
    what the views were keyed by before: ``LEDGER_VIEWS["Open"]`` still finds the member's
    row); ``.label`` is its name in her language."""

    ALL = "All", QT_TRANSLATE_NOOP("LedgerView", "All")
    OPEN = "Open", QT_TRANSLATE_NOOP("LedgerView", "Open")
    OVERDUE = "Overdue", QT_TRANSLATE_NOOP("LedgerView", "Overdue")
    SENT = "Sent", QT_TRANSLATE_NOOP("LedgerView", "Sent")


LEDGER_VIEWS: dict[str, frozenset[RequestState]] = {
    LedgerView.ALL: frozenset(RequestState),
    # Everything still waiting on us: an overdue request is open too, so it never hides.
    LedgerView.OPEN: frozenset({RequestState.OPEN, RequestState.OVERDUE}),
    LedgerView.OVERDUE: frozenset({RequestState.OVERDUE}),
    # Sent includes what they confirmed they received.
    LedgerView.SENT: frozenset({RequestState.SENT, RequestState.CONFIRMED}),
}


def ledger_order_key(request: Request, today: date) -> tuple[int, int, int]:
    """Overdue first (longest overdue first), then open by due date (none last), then sent or
    confirmed, the most recently sent first. Ties: the newest request first."""
    state = request_state(request, today)
    newest = -(request.id or 0)
    if state is RequestState.OVERDUE:
        assert request.due_on is not None
        return (0, request.due_on.toordinal(), newest)
    if state is RequestState.OPEN:
        due = request.due_on or date.max
        return (1, due.toordinal(), newest)
    sent = request.submitted_on or date.min
    return (2, -sent.toordinal(), newest)


# A status from a newer version is listed with the open ones, so it is not lost from sight.
_QUESTION_RANK = ByMember(
    {QuestionStatus.OPEN: 0, QuestionStatus.ANSWERED: 1, QuestionStatus.NOT_NEEDED: 2},
    unknown=0,
)


def question_order_key(question: Question) -> tuple[int, int, int]:
    """Open questions first (in the order they were written down), then answered ones (the most
    recently answered first), then those no longer needed."""
    rank = _QUESTION_RANK[question.status]
    answered = -question.answered_on.toordinal() if question.answered_on is not None else 0
    if question.status is not QuestionStatus.ANSWERED:
        answered = 0
    return (rank, answered, question.id or 0)
