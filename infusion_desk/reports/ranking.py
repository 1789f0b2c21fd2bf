"""Which records come first on paper, so that a cut list keeps what matters most."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime

from infusion_desk.core.counts import OPEN, in_ledger_view, is_open_question
from infusion_desk.core.records import (
    ByMember,
    Call,
    Contact,
    Document,
    Plan,
    PlanRank,
    Question,
    Request,
    Step,
    StepStatus,
)
from infusion_desk.core.rules import (
    approval_ends_soon,
    ledger_order_key,
    question_order_key,
)

_PLAN_RANK = ByMember(
    {PlanRank.PRIMARY: 0, PlanRank.SECONDARY: 1, PlanRank.OTHER: 2}, unknown=2
)
_STEP_RANK = ByMember({
    StepStatus.WAITING: 1,
    StepStatus.IN_PROGRESS: 1,
    StepStatus.DENIED: 2,
    StepStatus.NOT_STARTED: 3,
    StepStatus.APPROVED: 4,
}, unknown=1)


def plans_in_order(plans: Iterable[Plan]) -> list[Plan]:
    """Primary, then secondary, then any other plan."""
    return sorted(plans, key=lambda p: _PLAN_RANK[p.rank])


def steps_in_order(steps: Iterable[Step], today: date) -> list[Step]:
    """An approval ending soon first, then steps under way or waiting, denied, not started, and
    approved steps last; otherwise in the folder's order."""
    def key(step: Step) -> int:
        return 0 if approval_ends_soon(step, today) else _STEP_RANK[step.status]

    return sorted(steps, key=key)


def open_requests(requests: Iterable[Request], today: date) -> list[Request]:
    """The requests the ledger's *Open* view shows (nothing sent yet): overdue first (longest
    overdue first), then by due date."""
    return sorted(in_ledger_view(requests, OPEN, today), key=lambda r: ledger_order_key(r, today))


def ledger(requests: Iterable[Request], today: date) -> list[Request]:
    """The whole ledger in the app's reading order."""
    return sorted(requests, key=lambda r: ledger_order_key(r, today))


def open_questions(questions: Iterable[Question]) -> list[Question]:
    """The questions still to ask, in the order they were written down."""
    return sorted((q for q in questions if is_open_question(q)), key=question_order_key)


def questions_in_order(questions: Iterable[Question]) -> list[Question]:
    return sorted(questions, key=question_order_key)


def newest_calls_first(calls: Iterable[Call]) -> list[Call]:
    return sorted(calls, key=lambda c: (c.called_at, c.id or 0), reverse=True)


def key_contacts(contacts: Iterable[Contact], calls: Sequence[Call],
                 last_talked: Mapping[int, datetime] | None = None) -> list[Contact]:
    """The people called most recently first, then those who need something from us, then the
    rest in the folder's order. ``calls`` are newest first; ``last_talked`` (contact id -> the
    latest call with them), when given, says it for every call, not only those in ``calls``."""
    if last_talked is None:
        last_talked = {}
        for call in calls:
            if call.contact_id is not None and call.contact_id not in last_talked:
                last_talked[call.contact_id] = call.called_at

    def key(contact: Contact) -> tuple[int, float]:
        talked = last_talked.get(contact.id or -1)
        if talked is not None:
            return (0, -talked.timestamp())
        return (1 if contact.needs_from_us.strip() else 2, 0.0)

    return sorted(contacts, key=key)


def document_day(document: Document) -> date | None:
    """The date printed for a document: the date on it, else the day it came in."""
    return document.document_date or document.received_on


def documents_newest_first(documents: Iterable[Document]) -> list[Document]:
    return sorted(documents, key=lambda d: (document_day(d) or date.min, d.id or 0), reverse=True)
