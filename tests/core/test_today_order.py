"""Today, ranked by consequence: what can stop the therapy, then call-backs, then the rest.

Plain records and a fixed today; what "renewal under way", "appeal started" and "the plan is
waiting on it" mean, one case at a time.
"""

from __future__ import annotations

from datetime import date

import pytest

from infusion_desk.core.at_risk import AtRisk, Whom
from infusion_desk.core.organizations import OrganizationName, same_organization
from infusion_desk.core.records import (
    Call,
    Contact,
    Plan,
    Question,
    QuestionStatus,
    RecordKind,
    Request,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.core.today import Consequence, Reason, today_items

TODAY = date(2026, 11, 27)
PART_D, MEDICARE = 1, 2
PA = StepKind.PRIOR_AUTHORIZATION
SILVERPINE = Plan(payer="Silverpine Health Plans", member_phone="(888) 555-0143",
                  pa_phone="(888) 555-0147", id=PART_D)
MEDICARE_PLAN = Plan(payer="Medicare", member_phone="(800) 555-0100", id=MEDICARE)
RENEE = Contact(name="Renee Castillo", organization="Brightwater", phone="(614) 555-0121", id=1)
MARCUS = Contact(name="Marcus Webb, PharmD", organization="Brightwater", phone="(614) 555-0122",
                 id=2)


def _approval(**changes: object) -> Step:
    fields: dict[str, object] = {
        "kind": PA, "status": StepStatus.APPROVED, "started_on": date(2026, 10, 20),
        "approved_from": date(2026, 11, 2), "approved_to": date(2026, 12, 4),
        "plan_id": PART_D, "id": 10}
    fields.update(changes)
    return Step(**fields)  # type: ignore[arg-type]


def _renewal(status: StepStatus, **changes: object) -> Step:
    fields: dict[str, object] = {"kind": StepKind.REAUTHORIZATION, "status": status,
                                 "plan_id": PART_D, "id": 11}
    fields.update(changes)
    return Step(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("others", "requests", "under_way"),
    [
        pytest.param([], [], False, id="nothing else"),
        pytest.param([_renewal(StepStatus.NOT_STARTED)], [], False, id="renewal only planned"),
        pytest.param([_renewal(StepStatus.IN_PROGRESS)], [], True, id="renewal in progress"),
        pytest.param([_renewal(StepStatus.WAITING)], [], True, id="renewal waiting"),
        pytest.param([_renewal(StepStatus.WAITING, plan_id=MEDICARE)], [], False,
                     id="another plan's renewal"),
        pytest.param([_renewal(StepStatus.WAITING, plan_id=None)], [], False,
                     id="a renewal without a plan"),
        pytest.param([_renewal(StepStatus.DENIED)], [], False, id="renewal denied"),
        pytest.param([_renewal(StepStatus.APPROVED, approved_to=date(2026, 12, 31))], [], True,
                     id="renewal approved for later"),
        pytest.param([_renewal(StepStatus.APPROVED, approved_to=date(2026, 12, 1))], [], False,
                     id="an approval that ends sooner"),
        pytest.param([_renewal(StepStatus.IN_PROGRESS, started_on=date(2026, 10, 1))], [], False,
                     id="an older step left open"),
        pytest.param([_renewal(StepStatus.IN_PROGRESS, started_on=date(2026, 11, 20), id=3)], [],
                     True, id="started later though added earlier"),
        pytest.param([Step(kind=StepKind.PROVIDER_COORDINATION, status=StepStatus.WAITING,
                           plan_id=PART_D, id=11)], [], False, id="not a plan decision"),
        pytest.param([_renewal(StepStatus.NOT_STARTED)],
                     [Request(what="Progress note", step_id=11, submitted_on=date(2026, 11, 25))],
                     True, id="paperwork for the renewal sent"),
        pytest.param([_renewal(StepStatus.NOT_STARTED)],
                     [Request(what="Progress note", step_id=11, due_on=date(2026, 11, 25))],
                     False, id="paperwork for the renewal not sent"),
        pytest.param([], [Request(what="Copy of the approval", step_id=10,
                                  submitted_on=date(2026, 11, 5))],
                     False, id="something sent about the approval itself"),
    ],
)
def test_what_counts_as_a_renewal_under_way(others: list[Step], requests: list[Request],
                                            under_way: bool) -> None:
    approval = _approval()
    risks = AtRisk(steps=[approval, *others], requests=requests)
    assert risks.renewal_under_way(approval) is under_way


def test_an_approval_without_a_plan_is_renewed_by_a_step_without_one() -> None:
    approval = _approval(plan_id=None)
    renewal = _renewal(StepStatus.IN_PROGRESS, plan_id=None)
    assert AtRisk(steps=[approval, renewal]).renewal_under_way(approval)
    other = _renewal(StepStatus.IN_PROGRESS)
    assert not AtRisk(steps=[approval, other]).renewal_under_way(approval)


def test_an_appeal_answers_a_denial_once_started() -> None:
    denial = Step(kind=PA, status=StepStatus.DENIED, decided_on=date(2026, 11, 10),
                  plan_id=PART_D, id=5)
    appeal = Step(kind=StepKind.APPEAL, status=StepStatus.IN_PROGRESS,
                  started_on=date(2026, 11, 12), plan_id=PART_D, id=6)
    assert AtRisk(steps=[denial, appeal]).appeal_started(denial)
    planned = Step(kind=StepKind.APPEAL, plan_id=PART_D, id=6)
    other_plan = Step(kind=StepKind.APPEAL, status=StepStatus.IN_PROGRESS, plan_id=MEDICARE, id=6)
    older = Step(kind=StepKind.APPEAL, status=StepStatus.IN_PROGRESS,
                 started_on=date(2026, 9, 1), plan_id=PART_D, id=6)
    a_renewal = Step(kind=StepKind.REAUTHORIZATION, status=StepStatus.IN_PROGRESS,
                     plan_id=PART_D, id=6)
    for not_an_appeal in (planned, other_plan, older, a_renewal):
        assert not AtRisk(steps=[denial, not_an_appeal]).appeal_started(denial)


def test_the_plan_waits_on_what_it_asked_for_and_on_papers_for_its_pending_decisions() -> None:
    pending = Step(kind=StepKind.REAUTHORIZATION, plan_id=PART_D, id=7)
    approved = _approval(id=8)
    risks = AtRisk(steps=[pending, approved], plans=[SILVERPINE, MEDICARE_PLAN])
    assert risks.plan_waits_on(Request(requested_by="Silverpine (member services letter)"))
    assert risks.plan_waits_on(Request(requested_by="Renee Castillo", step_id=7))
    assert not risks.plan_waits_on(Request(requested_by="Sam (billing)", step_id=8))
    assert not risks.plan_waits_on(Request(requested_by="Brightwater driver"))


def test_whom_to_call_comes_from_the_folder() -> None:
    risks = AtRisk(plans=[SILVERPINE], contacts=[RENEE, MARCUS])
    assert risks.plan_whom(PART_D) == Whom("Silverpine Health Plans", "(888) 555-0143")
    assert risks.plan_whom(PART_D, approvals=True) == Whom("Silverpine Health Plans",
                                                           "(888) 555-0147")
    assert risks.plan_whom(None) == risks.plan_whom(99) == Whom()
    only_pa = Plan(payer="Silverpine Health Plans", pa_phone="(888) 555-0147", id=3)
    assert AtRisk(plans=[only_pa]).plan_whom(3).phone == "(888) 555-0147"
    gregory = Contact(name="Gregory Hale", organization="Silverpine", phone="(888) 555-0149")
    no_phone = Plan(payer="Silverpine Health Plans", id=4)
    assert AtRisk(plans=[no_phone], contacts=[RENEE, gregory]).plan_whom(4).phone == (
        "(888) 555-0149")
    assert risks.contact_named_in("Marcus Webb (Brightwater pharmacist)") is MARCUS
    assert AtRisk(contacts=[Contact(name="Al")]).contact_named_in("Al") is None  # too short
    asked = Request(requested_by="Renee Castillo (Brightwater intake)")
    assert risks.request_whom(asked) == Whom("Renee Castillo", "(614) 555-0121")
    by_the_plan = Request(requested_by="Silverpine (letter)")
    assert risks.request_whom(by_the_plan) == Whom("Silverpine Health Plans", "(888) 555-0143")
    tied = Request(requested_by="the pharmacy", step_id=7)
    renewal = Step(kind=StepKind.REAUTHORIZATION, plan_id=PART_D, id=7)
    assert AtRisk(steps=[renewal], plans=[SILVERPINE]).request_whom(tied).name == (
        "Silverpine Health Plans")
    nobody = Request(requested_by="Brightwater  driver")
    assert risks.request_whom(nobody) == Whom("Brightwater driver", "")


def test_today_is_ranked_by_consequence() -> None:
    """The order, on a small folder: what can stop the therapy first (an ending approval, a
    denial, an overdue request the plan waits on), then the call-backs due, then the rest."""
    approval = _approval(approved_to=date(2026, 12, 4))  # ends in 7 days, nothing under way
    renewing = Step(kind=PA, status=StepStatus.APPROVED, approved_to=date(2026, 12, 1),
                    plan_id=MEDICARE, started_on=date(2026, 10, 1), id=20)
    medicare_renewal = _renewal(StepStatus.IN_PROGRESS, plan_id=MEDICARE, id=21)
    denial = Step(kind=StepKind.OTHER, title="Supplies", status=StepStatus.DENIED,
                  decided_on=date(2026, 11, 6), plan_id=PART_D, id=30)
    items = today_items(
        requests=[
            Request(what="Delivery ticket", requested_by="Brightwater driver",
                    due_on=date(2026, 11, 20), id=1),
            Request(what="Questionnaire", requested_by="Silverpine Health Plans",
                    due_on=date(2026, 11, 24), id=2),
            Request(what="Lab results", requested_by="Marcus Webb",
                    due_on=date(2026, 12, 20), id=3),
        ],
        calls=[Call(organization="Brightwater", summary="call back", follow_up_on=TODAY, id=7),
               Call(organization="Riverside", follow_up_on=date(2026, 11, 20), id=8),
               Call(summary="done", follow_up_on=date(2026, 11, 20), follow_up_done=True,
                    id=9)],
        questions=[Question(text="open?", id=4),
                   Question(text="done", status=QuestionStatus.ANSWERED, id=5)],
        steps=[denial, renewing, medicare_renewal, approval],
        plans=[SILVERPINE, MEDICARE_PLAN],
        contacts=[RENEE, MARCUS],
        today=TODAY,
    )
    assert [(i.kind, i.record_id, i.reason) for i in items] == [
        (RecordKind.STEP, 10, Reason.APPROVAL_ENDING),
        (RecordKind.STEP, 30, Reason.DENIED),
        (RecordKind.REQUEST, 2, Reason.OVERDUE_REQUEST),
        (RecordKind.CALL, 8, Reason.FOLLOW_UP_DUE),
        (RecordKind.CALL, 7, Reason.FOLLOW_UP_DUE),
        (RecordKind.REQUEST, 1, Reason.OVERDUE_REQUEST),
        (RecordKind.STEP, 20, Reason.RENEWAL_UNDER_WAY),
        (RecordKind.QUESTION, 4, Reason.OPEN_QUESTION),
    ]
    assert [i.consequence for i in items] == [Consequence.CAN_STOP_THERAPY] * 3 + [
        Consequence.PROMISED] * 2 + [Consequence.OTHER] * 3
    # About an approval or a denial: the prior-authorization line, the desk that renews.
    assert items[0].whom == Whom("Silverpine Health Plans", "(888) 555-0147")
    assert items[2].whom == Whom("Silverpine Health Plans", "(888) 555-0143")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Silverpine", "Silverpine Health Plans"),
        ("Silverpine (Gregory, coverage determinations)", "Silverpine Health Plans"),
        ("Médicare", "Medicare"),
        ("", "Silverpine Health Plans"),
        ("S", "Silverpine Health Plans"),
        ("Riverside Home Health", "Meadowbrook Home Health"),
        ("Renee Castillo (Brightwater intake)", "Silverpine Health Plans"),
    ],
)
def test_a_name_folded_once_matches_as_same_organization_does(a: str, b: str) -> None:
    assert OrganizationName(a).same_as(OrganizationName(b)) is same_organization(a, b)
    assert OrganizationName(b).same_as(OrganizationName(a)) is same_organization(b, a)
