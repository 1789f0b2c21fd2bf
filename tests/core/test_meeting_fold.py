"""Which deadlines go into a line of the one-page summary (as *Today* folds them) and which are
listed on their own: ``core.meeting_deadlines.fold_deadlines``."""

from __future__ import annotations

from datetime import date, datetime

from infusion_desk.core.deadline_record import DateSource, Deadline, DeadlinePurpose
from infusion_desk.core.meeting_deadlines import fold_deadlines, host_of
from infusion_desk.core.records import Call, Step, StepKind, StepStatus

DENIED = Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.DENIED, id=1)
ENDING = Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.APPROVED, id=2)
CALL = Call(called_at=datetime(2026, 12, 1, 9), organization="Silverpine", id=7)


def _deadline(purpose: DeadlinePurpose, ident: int, **links: int) -> Deadline:
    return Deadline(purpose, date(2026, 12, 20), DateSource.RULE, f"d{ident}", id=ident, **links)


def test_an_appeal_and_a_renewal_go_into_their_steps_a_call_back_into_its_call() -> None:
    appeal = _deadline(DeadlinePurpose.APPEAL, 1, step_id=1)
    renewal = _deadline(DeadlinePurpose.RENEWAL, 2, step_id=2)
    call_back = _deadline(DeadlinePurpose.FOLLOW_UP, 3, call_id=7)
    typed = _deadline(DeadlinePurpose.OTHER, 4, step_id=1)  # hers: never folded
    carried, places, alone = fold_deadlines(
        [appeal, renewal, call_back, typed],
        {"at_stake": [ENDING, DENIED], "owed": [CALL]})
    assert carried == {(Step, 1): appeal, (Step, 2): renewal, (Call, 7): call_back}
    assert places == {0: ("at_stake", 1), 1: ("at_stake", 0), 2: ("owed", 0)}
    assert alone == [typed]


def test_a_deadline_whose_record_is_not_on_the_page_is_listed_on_its_own() -> None:
    appeal = _deadline(DeadlinePurpose.APPEAL, 1, step_id=1)
    call_back = _deadline(DeadlinePurpose.FOLLOW_UP, 3, call_id=8)
    no_link = _deadline(DeadlinePurpose.FOLLOW_UP, 5)
    carried, places, alone = fold_deadlines([appeal, call_back, no_link],
                                            {"at_stake": [ENDING], "owed": [CALL]})
    assert (carried, places, alone) == ({}, {}, [appeal, call_back, no_link])
    assert host_of(no_link) is None


def test_one_line_carries_one_deadline_the_first_in_order() -> None:
    first = _deadline(DeadlinePurpose.APPEAL, 1, step_id=1)
    second = _deadline(DeadlinePurpose.APPEAL, 2, step_id=1)
    carried, _places, alone = fold_deadlines([first, second], {"steps": [DENIED]})
    assert carried == {(Step, 1): first}
    assert alone == [second]


def test_a_record_in_two_lists_is_carried_where_it_is_first_listed() -> None:
    renewal = _deadline(DeadlinePurpose.RENEWAL, 2, step_id=2)
    _carried, places, _alone = fold_deadlines([renewal], {"a": [DENIED, ENDING], "b": [ENDING]})
    assert places == {0: ("a", 1)}
