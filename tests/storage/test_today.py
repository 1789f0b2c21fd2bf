"""The Today list read from the folder: it agrees with the rules without loading every call, and
it is ranked by consequence."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from folder_engines import FolderPlace, folder_on

from infusion_desk.core import rules
from infusion_desk.core.records import (
    Call,
    Contact,
    Plan,
    PlanType,
    Question,
    RecordKind,
    Request,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.core.today import Consequence
from infusion_desk.core.today_words import today_line
from infusion_desk.services import Folder

TODAY = date(2026, 11, 27)


@pytest.fixture
def folder(place: FolderPlace) -> Iterator[Folder]:
    """On each engine: a folder file, and a folder shared on the test PostgreSQL server."""
    yield from folder_on(place)


def test_follow_ups_due_match_the_rule(folder: Folder) -> None:
    for offset in range(-3, 4):
        for done in (False, True):
            folder.records.add(Call(called_at=datetime(2026, 11, 1, 9), summary=f"{offset} {done}",
                            follow_up_on=TODAY + timedelta(days=offset), follow_up_done=done))
    folder.records.add(Call(summary="no follow-up"))
    expected = {c.id for c in folder.calls() if rules.follow_up_due(c, TODAY)}
    assert {c.id for c in folder.calls_with_follow_up_due(TODAY)} == expected
    assert len(expected) == 4  # 3 days ago ... today, not done
    due = [i for i in folder.today(TODAY) if i.kind is RecordKind.CALL]
    assert {i.record_id for i in due} == expected


def test_today_on_a_built_folder_puts_what_can_stop_the_therapy_first(folder: Folder) -> None:
    """The order, with a fixed clock, on a folder written through the services as she would."""
    add = folder.records.add
    part_d = add(Plan(payer="Silverpine Health Plans", plan_type=PlanType.PART_D,
                      member_phone="(888) 555-0143")).value
    add(Contact(name="Renee Castillo", organization="Brightwater", phone="(614) 555-0121"))
    question = add(Question(text="What exactly is missing?")).value
    delivery = add(Request(what="Delivery ticket", requested_by="Brightwater driver",
                           due_on=TODAY - timedelta(days=1))).value
    call = add(Call(called_at=datetime(2026, 11, 20, 10), organization="Brightwater",
                    summary="Asked about supplies", follow_up_on=TODAY)).value
    approval = add(Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.APPROVED,
                        started_on=date(2026, 10, 20), approved_from=date(2026, 11, 2),
                        approved_to=TODAY + timedelta(days=7), plan_id=part_d.id)).value
    renewal = add(Step(kind=StepKind.REAUTHORIZATION, status=StepStatus.NOT_STARTED,
                       plan_id=part_d.id)).value
    note = add(Request(what="Progress note for the extension", requested_by="Renee Castillo",
                       due_on=TODAY - timedelta(days=2), step_id=renewal.id)).value
    questionnaire = add(Request(what="Other-coverage questionnaire",
                                requested_by="Silverpine Health Plans (letter)",
                                due_on=TODAY - timedelta(days=3))).value

    def order() -> list[tuple[RecordKind, int | None]]:
        return [(i.kind, i.record_id) for i in folder.today(TODAY)]

    assert order() == [
        (RecordKind.STEP, approval.id),
        (RecordKind.REQUEST, questionnaire.id),
        (RecordKind.REQUEST, note.id),
        (RecordKind.CALL, call.id),
        (RecordKind.REQUEST, delivery.id),
        (RecordKind.QUESTION, question.id),
    ]
    first = folder.today(TODAY)[0]
    assert first.consequence is Consequence.CAN_STOP_THERAPY
    assert today_line(first, TODAY).endswith(
        "Call Silverpine Health Plans about renewing: (888)\N{NO-BREAK SPACE}555-0143.")
    assert folder.today(TODAY)[2].whom.phone == "(614) 555-0121"

    # The renewal is started: the approval steps back behind the call-backs, and the note it
    # waits on still leads (the plan's decision waits on it).
    renewal.status = StepStatus.IN_PROGRESS
    folder.records.update(renewal)
    assert order() == [
        (RecordKind.REQUEST, questionnaire.id),
        (RecordKind.REQUEST, note.id),
        (RecordKind.CALL, call.id),
        (RecordKind.REQUEST, delivery.id),
        (RecordKind.STEP, approval.id),
        (RecordKind.QUESTION, question.id),
    ]
