"""The *Today* list, ranked by consequence. Qt-free; ``today`` is always passed in.

One rule orders it:

1. **What can stop or delay the therapy** (``core.at_risk`` says exactly what counts): an approval
   ending within 14 days with no renewal under way, then a denial no appeal has been started on,
   then an overdue request the plan is waiting on. Each carries whom to call and their number.
2. **Promised call-backs and follow-ups due**, the longest overdue first.
3. **The rest**: other overdue requests (the longest overdue first), an ending approval whose
   renewal is under way, then the open questions in the order they were written down.

Within a group, ties go to the earlier date, then to the record added first.

Deadlines (issue 16) take their places by ``core.deadline_ranking``. One that concerns the same
record as a line already there is folded into it (one line, not two): an appeal deadline into
its step's "Denied", a renewal into its step's "Approval ending", a promised call-back into its
call's "Follow-up due"; the line then carries it (``TodayItem.deadline``) and says its date and
where it came from.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from infusion_desk.core.at_risk import AtRisk, Whom
from infusion_desk.core.counts import is_open_question
from infusion_desk.core.deadline_record import Deadline, DeadlinePurpose
from infusion_desk.core.records import (
    Call,
    Contact,
    Plan,
    Question,
    RecordKind,
    Request,
    RequestState,
    Step,
    StepStatus,
)
from infusion_desk.core.rules import approval_ends_soon, follow_up_due, request_state


class Consequence(enum.IntEnum):
    """How much rides on a Today line; lower comes first."""

    CAN_STOP_THERAPY = 0
    PROMISED = 1
    OTHER = 2


class Reason(enum.StrEnum):
    """Why a record is on Today (in English, for logs and tests; shown through
    :func:`infusion_desk.core.today_words.reason_words`)."""

    APPROVAL_ENDING = "Approval ending soon"
    DENIED = "Denied"
    OVERDUE_REQUEST = "Overdue request"
    FOLLOW_UP_DUE = "Follow-up due"
    RENEWAL_UNDER_WAY = "Approval ending, renewal under way"
    OPEN_QUESTION = "Open question"
    RENEW_BY = "Renew before"
    APPEAL_BY = "Appeal deadline"
    CALL_BACK_BY = "Promised call-back"
    DEADLINE = "Deadline"


# The order within a group (the group comes first, see ``Consequence``).
_REASON_ORDER = {
    Reason.APPROVAL_ENDING: 0, Reason.DENIED: 1, Reason.OVERDUE_REQUEST: 2,
    Reason.FOLLOW_UP_DUE: 0, Reason.RENEWAL_UNDER_WAY: 3, Reason.OPEN_QUESTION: 4,
    # A deadline's place, as ``core.deadline_ranking.REASON_RANK`` gives it.
    Reason.RENEW_BY: 0, Reason.APPEAL_BY: 1, Reason.CALL_BACK_BY: 0, Reason.DEADLINE: 4,
}
DEADLINE_REASON = {
    DeadlinePurpose.RENEWAL: Reason.RENEW_BY, DeadlinePurpose.APPEAL: Reason.APPEAL_BY,
    DeadlinePurpose.FOLLOW_UP: Reason.CALL_BACK_BY, DeadlinePurpose.OTHER: Reason.DEADLINE,
}
# Which lines a deadline of each purpose is folded into, when it concerns their record.
_FOLDS_INTO = {
    Reason.DENIED: DeadlinePurpose.APPEAL,
    Reason.APPROVAL_ENDING: DeadlinePurpose.RENEWAL,
    Reason.RENEWAL_UNDER_WAY: DeadlinePurpose.RENEWAL,
    Reason.FOLLOW_UP_DUE: DeadlinePurpose.FOLLOW_UP,
}


@dataclass(frozen=True)
class TodayItem:
    """One line of the *Today* list: what needs attention, which record it points at, how much
    rides on it, and whom to call about it (``whom``; empty when nobody is known)."""

    kind: RecordKind
    record_id: int
    reason: Reason
    text: str
    day: date | None
    consequence: Consequence
    whom: Whom = field(default_factory=Whom)
    deadline: Deadline | None = None  # a deadline line's own, or one folded into this line

    @property
    def can_stop_therapy(self) -> bool:
        return self.consequence is Consequence.CAN_STOP_THERAPY

    def sort_key(self) -> tuple[int, int, date, int]:
        return (self.consequence, _REASON_ORDER[self.reason], self.day or date.max,
                self.record_id)


def _step_items(risks: AtRisk, today: date) -> Iterable[TodayItem]:
    for step in risks.steps:
        if step.id is None:
            continue
        if approval_ends_soon(step, today):
            whom = risks.plan_whom(step.plan_id, approvals=True)
            if risks.renewal_under_way(step):
                yield TodayItem(RecordKind.STEP, step.id, Reason.RENEWAL_UNDER_WAY,
                                step.display_title, step.approved_to, Consequence.OTHER, whom)
            else:
                yield TodayItem(RecordKind.STEP, step.id, Reason.APPROVAL_ENDING,
                                step.display_title, step.approved_to,
                                Consequence.CAN_STOP_THERAPY, whom)
        elif step.status is StepStatus.DENIED and not risks.appeal_started(step):
            yield TodayItem(RecordKind.STEP, step.id, Reason.DENIED, step.display_title,
                            step.decided_on, Consequence.CAN_STOP_THERAPY,
                            risks.plan_whom(step.plan_id, approvals=True))


def _request_items(risks: AtRisk, requests: list[Request],
                   today: date) -> Iterable[TodayItem]:
    for request in requests:
        if request.id is None or request_state(request, today) is not RequestState.OVERDUE:
            continue
        if risks.plan_waits_on(request):
            yield TodayItem(RecordKind.REQUEST, request.id, Reason.OVERDUE_REQUEST, request.what,
                            request.due_on, Consequence.CAN_STOP_THERAPY,
                            risks.request_whom(request))
        else:
            yield TodayItem(RecordKind.REQUEST, request.id, Reason.OVERDUE_REQUEST, request.what,
                            request.due_on, Consequence.OTHER)


def today_items(
    *,
    requests: Iterable[Request],
    calls: Iterable[Call],
    questions: Iterable[Question],
    steps: Iterable[Step],
    plans: Iterable[Plan] = (),
    contacts: Iterable[Contact] = (),
    deadlines: Iterable[Deadline] = (),
    today: date,
) -> list[TodayItem]:
    """Everything that needs attention today, in the order of the rule above (``deadlines``:
    the open ones; those not yet within their time are left out, unless folded)."""
    all_requests = list(requests)
    risks = AtRisk(steps=steps, requests=all_requests, plans=plans, contacts=contacts)
    items = [*_step_items(risks, today), *_request_items(risks, all_requests, today)]
    for call in calls:
        if call.id is not None and follow_up_due(call, today):
            who = call.organization or call.person or "Follow-up"
            items.append(TodayItem(RecordKind.CALL, call.id, Reason.FOLLOW_UP_DUE,
                                   f"{who}: {call.summary}", call.follow_up_on,
                                   Consequence.PROMISED, Whom(who, call.phone)))
    for question in questions:
        if question.id is not None and is_open_question(question):
            items.append(TodayItem(RecordKind.QUESTION, question.id, Reason.OPEN_QUESTION,
                                   question.text, None, Consequence.OTHER))
    items = _with_deadlines(items, list(deadlines), today)
    items.sort(key=TodayItem.sort_key)
    return items


def _linked_record(item: TodayItem, deadline: Deadline) -> int | None:
    return deadline.call_id if item.kind is RecordKind.CALL else deadline.step_id


def _with_deadlines(items: list[TodayItem], deadlines: list[Deadline],
                    today: date) -> list[TodayItem]:
    """The lines with the deadlines folded into them, and the other deadlines on Today."""
    if not deadlines:
        return items
    from infusion_desk.core.deadline_ranking import consequence_of, for_today

    open_ones = sorted((d for d in deadlines if not d.done and d.id is not None),
                       key=lambda d: (d.due_on, d.id or 0))
    folded: set[int] = set()
    out = []
    for item in items:
        purpose = _FOLDS_INTO.get(item.reason)
        found = next((d for d in open_ones if purpose is not None and d.purpose is purpose
                      and d.id not in folded and _linked_record(item, d) == item.record_id),
                     None)
        if found is not None and found.id is not None:
            folded.add(found.id)
        out.append(item if found is None else replace(item, deadline=found))
    for deadline in for_today((d for d in open_ones if d.id not in folded), today):
        assert deadline.id is not None
        out.append(TodayItem(RecordKind.DEADLINE, deadline.id, DEADLINE_REASON.get(
            deadline.purpose, Reason.DEADLINE), deadline.title, deadline.due_on,
            consequence_of(deadline), Whom(deadline.concerns, ""), deadline))
    return out
