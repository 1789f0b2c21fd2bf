"""Deadlines on *Today* (fixed clock): ranked by ``core.deadline_ranking``, folded into the
"Denied", "Approval ending" and "Follow-up due" lines of the record they concern (one line, not
two, saying the date and where it came from)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from infusion_desk.core.appeal_rules import LETTER_FIRST, NoticeKind
from infusion_desk.core.deadlines import (
    DateSource,
    Deadline,
    DeadlinePurpose,
    propose_appeal_deadline,
)
from infusion_desk.core.records import (
    Call,
    PlanType,
    Question,
    RecordKind,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.core.today import Consequence, Reason, today_items
from infusion_desk.core.today_words import today_line

TODAY = date(2026, 12, 7)  # a Monday

DENIED = Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.DENIED,
              decided_on=date(2026, 11, 20), id=1)
ENDING = Step(kind=StepKind.REAUTHORIZATION, status=StepStatus.APPROVED,
              approved_to=date(2026, 12, 15), id=2)


def _appeal(**links: int | None) -> Deadline:
    proposal = propose_appeal_deadline(NoticeKind.DENIAL, PlanType.MEDICARE_ADVANTAGE,
                                       notice_date=date(2026, 11, 20), concerns="Silverpine")
    assert proposal.deadline is not None
    return replace(proposal.deadline, **links)


def _items(*deadlines: Deadline, steps: tuple[Step, ...] = (), calls: tuple[Call, ...] = (),
           questions: tuple[Question, ...] = ()) -> list:  # type: ignore[type-arg]
    return today_items(requests=[], calls=calls, questions=questions, steps=steps,
                       deadlines=deadlines, today=TODAY)


def test_an_appeal_deadline_is_folded_into_its_denied_step() -> None:
    deadline = _appeal(step_id=1, document_id=5, id=9)
    [item] = _items(deadline, steps=(DENIED,))
    assert (item.kind, item.reason, item.deadline) == (RecordKind.STEP, Reason.DENIED, deadline)
    line = today_line(item, TODAY)
    assert "Appeal by Sun, Jan 24" in line and "42 CFR 422.582" in line
    assert "the date on your letter comes first" in line
    assert line.count("Denied") == 1


def test_a_renewal_is_folded_into_its_approval_ending_line() -> None:
    renewal = Deadline(DeadlinePurpose.RENEWAL, date(2026, 12, 1), DateSource.RULE,
                       "Renew before the approval ends", step_id=2, id=3)
    [item] = _items(renewal, steps=(ENDING,))
    assert (item.reason, item.deadline) == (Reason.APPROVAL_ENDING, renewal)
    line = today_line(item, TODAY)
    assert "Renew by Tue, Dec 1, 6 days overdue (worked out from the approval's end date)." in line
    assert LETTER_FIRST.lower() not in line.lower()  # said beside appeal-rule dates only


def test_a_folded_renewal_date_already_passed_says_overdue_in_words() -> None:
    renewal = Deadline(DeadlinePurpose.RENEWAL, date(2026, 11, 30), DateSource.RULE,
                       "Renew before the approval ends", step_id=2, id=3)
    [item] = _items(renewal, steps=(ENDING,))
    line = today_line(item, TODAY)
    assert ("Renew by Mon, Nov 30, 7 days overdue (worked out from the approval's end date)."
            in line)


def test_a_promised_call_back_is_folded_into_its_follow_up() -> None:
    call = Call(called_at=datetime(2026, 12, 1, 9), organization="Silverpine",
                summary="Asked about the denial", follow_up_on=date(2026, 12, 4), id=4)
    promised = Deadline(DeadlinePurpose.FOLLOW_UP, date(2026, 12, 4), DateSource.TYPED,
                        "Follow-up: in 3 business days", call_id=4, id=6)
    [item] = _items(promised, calls=(call,))
    assert (item.kind, item.deadline) == (RecordKind.CALL, promised)
    assert "Hear back by Fri, Dec 4 (typed by you)." in today_line(item, TODAY, call)


def test_deadlines_alone_take_their_places_by_the_ranking() -> None:
    appeal = replace(_appeal(document_id=5, id=1), due_on=date(2026, 12, 18))
    far_appeal = replace(_appeal(document_id=6, id=2), due_on=date(2027, 1, 30))
    follow_up = Deadline(DeadlinePurpose.FOLLOW_UP, date(2026, 12, 4), DateSource.TYPED,
                         "Call back", call_id=3, id=3)
    other = Deadline(DeadlinePurpose.OTHER, date(2026, 12, 10), DateSource.TYPED, "Send diary",
                     id=4)
    done = replace(other, id=5, done=True)
    question = Question(text="Is a peer-to-peer possible?", id=7)
    items = _items(appeal, far_appeal, follow_up, other, done, steps=(ENDING,),
                   questions=(question,))
    assert [(i.kind, i.record_id) for i in items] == [
        (RecordKind.STEP, 2),  # approval ending (can stop the therapy, first place)
        (RecordKind.DEADLINE, 1),  # an appeal within its 14 days: can stop the therapy
        (RecordKind.DEADLINE, 3),  # a promised call-back, overdue
        (RecordKind.DEADLINE, 4),  # the rest: a deadline within 7 days
        (RecordKind.QUESTION, 7),
    ]
    assert items[1].consequence is Consequence.CAN_STOP_THERAPY
    line = today_line(items[1], TODAY)
    assert line.startswith("Appeal by Fri, Dec 18 — due in 11 days: ")
    assert line.endswith(LETTER_FIRST[:1].lower() + LETTER_FIRST[1:])
    assert "3 days overdue" in today_line(items[2], TODAY)


def test_a_deadline_for_another_step_is_not_folded() -> None:
    deadline = _appeal(step_id=99, id=8)
    reasons = {i.reason for i in _items(replace(deadline, due_on=date(2026, 12, 9)),
                                        steps=(DENIED,))}
    assert reasons == {Reason.DENIED, Reason.APPEAL_BY}
