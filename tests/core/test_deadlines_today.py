"""Renew-before deadlines, which deadlines need her now, how they sort with the *Today* list, and
the once-a-day notice — with fixed clocks."""

from __future__ import annotations

from datetime import date

import pytest

from infusion_desk.core.deadline_ranking import (
    consequence_of,
    days_left,
    for_today,
    on_today,
    to_notify,
    today_sort_key,
    within,
)
from infusion_desk.core.deadlines import (
    DateSource,
    Deadline,
    DeadlinePurpose,
    renew_before,
)
from infusion_desk.core.records import (
    Call,
    RecordKind,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.core.today import Consequence, Reason, TodayItem, today_items

TODAY = date(2026, 12, 7)  # a Monday


def _approval(ends: date, **changes: object) -> Step:
    step = Step(kind=StepKind.PRIOR_AUTHORIZATION, title="Pump and supplies",
                status=StepStatus.APPROVED, approved_from=date(2026, 6, 1),
                approved_to=ends, id=5)
    for name, value in changes.items():
        setattr(step, name, value)
    return step


def _deadline(purpose: DeadlinePurpose, due_on: date, ident: int, *,
              done: bool = False) -> Deadline:
    return Deadline(purpose, due_on, DateSource.TYPED, f"{purpose.label} {ident}", done=done,
                    id=ident)


@pytest.mark.parametrize(("ends", "lead", "expected"), [
    (date(2027, 1, 20), 14, date(2027, 1, 6)),  # a Wednesday
    (date(2027, 1, 24), 14, date(2027, 1, 8)),  # Jan 10 is a Sunday: the Friday before
    (date(2026, 7, 18), 14, date(2026, 7, 2)),  # Jul 4 is a Saturday, Jul 3 observed
    (date(2028, 3, 14), 14, date(2028, 2, 29)),  # a leap day
    (date(2027, 3, 31), 30, date(2027, 3, 1)),  # another lead time, across a month end
    (date(2026, 11, 15), 14, date(2026, 10, 30)),  # Nov 1 (time change) is a Sunday
    (date(2027, 1, 20), 0, date(2027, 1, 20)),
])
def test_renew_before_is_the_lead_time_before_the_end_on_a_business_day(
        ends: date, lead: int, expected: date) -> None:
    deadline = renew_before(_approval(ends), lead, concerns="Silverpine Health Plans")
    assert deadline is not None
    assert deadline.due_on == expected
    assert deadline.purpose is DeadlinePurpose.RENEWAL
    assert deadline.source is DateSource.RULE
    assert deadline.step_id == 5
    assert deadline.concerns == "Silverpine Health Plans"
    assert "Pump and supplies" in deadline.title


def test_the_default_lead_time_is_14_days() -> None:
    deadline = renew_before(_approval(date(2027, 1, 20)))
    assert deadline is not None and deadline.due_on == date(2027, 1, 6)


@pytest.mark.parametrize("changes", [{"status": StepStatus.IN_PROGRESS},
                                     {"status": StepStatus.DENIED},
                                     {"approved_to": None}])
def test_only_an_approval_with_an_end_gets_one(changes: dict[str, object]) -> None:
    assert renew_before(_approval(date(2027, 1, 20), **changes)) is None


def test_consequence_follows_the_today_rule() -> None:
    assert consequence_of(_deadline(DeadlinePurpose.APPEAL, TODAY, 1)) is \
        Consequence.CAN_STOP_THERAPY
    assert consequence_of(_deadline(DeadlinePurpose.RENEWAL, TODAY, 1)) is \
        Consequence.CAN_STOP_THERAPY
    assert consequence_of(_deadline(DeadlinePurpose.FOLLOW_UP, TODAY, 1)) is \
        Consequence.PROMISED
    assert consequence_of(_deadline(DeadlinePurpose.OTHER, TODAY, 1)) is Consequence.OTHER
    newer = DeadlinePurpose("countdown_v2")  # a purpose written by a newer version
    assert consequence_of(_deadline(newer, TODAY, 1)) is Consequence.OTHER


def test_horizons_decide_what_today_lists() -> None:
    appeal_soon = _deadline(DeadlinePurpose.APPEAL, date(2026, 12, 21), 1)  # 14 days
    appeal_later = _deadline(DeadlinePurpose.APPEAL, date(2026, 12, 22), 2)
    renewal_today = _deadline(DeadlinePurpose.RENEWAL, TODAY, 3)
    renewal_tomorrow = _deadline(DeadlinePurpose.RENEWAL, date(2026, 12, 8), 4)
    follow_up_overdue = _deadline(DeadlinePurpose.FOLLOW_UP, date(2026, 12, 1), 5)
    done = _deadline(DeadlinePurpose.APPEAL, date(2026, 12, 1), 6, done=True)
    other = _deadline(DeadlinePurpose.OTHER, date(2026, 12, 14), 7)
    everything = [appeal_soon, appeal_later, renewal_today, renewal_tomorrow,
                  follow_up_overdue, done, other]
    assert [d.id for d in everything if on_today(d, TODAY)] == [1, 3, 5, 7]
    # Renewal before appeal (as "approval ending" before "denied"), then the promised
    # call-back, then the rest.
    assert [d.id for d in for_today(everything, TODAY)] == [3, 1, 5, 7]


def test_deadlines_sort_among_the_today_items() -> None:
    denial = Step(kind=StepKind.PRIOR_AUTHORIZATION, title="Antibiotic", id=9,
                  status=StepStatus.DENIED, decided_on=date(2026, 11, 20))
    call = Call(organization="Brightwater", summary="Supplies", follow_up_on=date(2026, 12, 3),
                id=4)
    items = today_items(requests=[], calls=[call], questions=[], steps=[denial], today=TODAY)
    assert [i.reason for i in items] == [Reason.DENIED, Reason.FOLLOW_UP_DUE]
    appeal = _deadline(DeadlinePurpose.APPEAL, date(2026, 12, 10), 2)
    follow_up = _deadline(DeadlinePurpose.FOLLOW_UP, date(2026, 12, 1), 3)
    renewal = _deadline(DeadlinePurpose.RENEWAL, date(2026, 12, 7), 4)
    mixed: list[TodayItem | Deadline] = [*items, appeal, follow_up, renewal]

    def key(entry: TodayItem | Deadline) -> tuple[int, int, date, int]:
        return entry.sort_key() if isinstance(entry, TodayItem) else today_sort_key(entry)

    mixed.sort(key=key)
    assert [(e.kind if isinstance(e, TodayItem) else e.purpose) for e in mixed] == [
        DeadlinePurpose.RENEWAL, RecordKind.STEP, DeadlinePurpose.APPEAL,
        DeadlinePurpose.FOLLOW_UP, RecordKind.CALL]


def test_within_includes_overdue_and_leaves_out_done() -> None:
    deadlines = [_deadline(DeadlinePurpose.APPEAL, date(2026, 12, 10), 1),
                 _deadline(DeadlinePurpose.FOLLOW_UP, date(2026, 12, 2), 2),
                 _deadline(DeadlinePurpose.RENEWAL, date(2026, 12, 11), 3),
                 _deadline(DeadlinePurpose.APPEAL, date(2026, 12, 8), 4, done=True)]
    assert [d.id for d in within(deadlines, TODAY, 3)] == [2, 1]
    assert days_left(deadlines[0], TODAY) == 3
    assert days_left(deadlines[1], TODAY) == -5


def test_the_desktop_notice_is_shown_once_a_day() -> None:
    deadlines = [_deadline(DeadlinePurpose.APPEAL, date(2026, 12, 9), 1),
                 _deadline(DeadlinePurpose.RENEWAL, date(2026, 12, 20), 2)]
    assert [d.id for d in to_notify(deadlines, TODAY, None)] == [1]
    assert [d.id for d in to_notify(deadlines, TODAY, date(2026, 12, 6))] == [1]
    assert to_notify(deadlines, TODAY, TODAY) == []
    assert to_notify([], TODAY, None) == []
