"""The call sheet: what to have ready, what to ask and what is outstanding, for one organization.

While she is on the phone the *Log a call* form shows this beside the fields. It is built from
plain records, so the window only lays it out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from infusion_desk.core.dates import format_day, format_short, relative_due, relative_past
from infusion_desk.core.i18n import translate
from infusion_desk.core.organizations import plans_of, same_organization
from infusion_desk.core.records import (
    Plan,
    Profile,
    Question,
    QuestionStatus,
    Request,
    RequestState,
)
from infusion_desk.core.rules import request_state


@dataclass(frozen=True)
class SheetLine:
    """One fact to read out: ``label`` ("Member ID") and ``value``."""

    label: str
    value: str


@dataclass(frozen=True)
class SheetPlan:
    """A plan's numbers, as the representative will ask for them."""

    title: str
    lines: tuple[SheetLine, ...]


@dataclass(frozen=True)
class Outstanding:
    """A request still open with this organization, and when it was asked, sent or is due."""

    request_id: int | None
    what: str
    when: str
    overdue: bool


@dataclass(frozen=True)
class CallSheet:
    organization: str
    patient: tuple[SheetLine, ...]
    plans: tuple[SheetPlan, ...]
    plans_matched: bool  # False: no plan's payer matched, so every plan is shown
    questions: tuple[Question, ...]
    questions_matched: bool  # False: none is for this organization, so every open one is shown
    they_wait_on_us: tuple[Outstanding, ...]
    we_wait_on_them: tuple[Outstanding, ...]


def request_involves(request: Request, organization: str) -> bool:
    """A request is *with* an organization when it asked for it or it was sent to it."""
    return same_organization(request.requested_by, organization) or same_organization(
        request.submitted_to, organization
    )


def _plan_sheet(plan: Plan) -> SheetPlan:
    title = plan.payer or plan.plan_name or plan.plan_type.label
    if plan.plan_name and plan.payer and plan.plan_name != plan.payer:
        title = f"{plan.payer} — {plan.plan_name}"
    lines = [SheetLine(translate("CallSheet", "Member ID"),
                       plan.member_id or translate("CallSheet", "not written down yet"))]
    if plan.group_number:
        lines.append(SheetLine(translate("CallSheet", "Group number"), plan.group_number))
    if plan.policyholder:
        lines.append(SheetLine(translate("CallSheet", "Policyholder"), plan.policyholder))
    return SheetPlan(title, tuple(lines))


def _waiting_on_us(request: Request, today: date) -> Outstanding:
    parts = []
    if request.requested_on is not None:
        parts.append(translate("CallSheet", "asked on {day}").format(
            day=format_day(request.requested_on)))
    if request.due_on is not None:
        parts.append(translate("CallSheet", "due by {day} ({when})").format(
            day=format_day(request.due_on), when=relative_due(request.due_on, today)))
    state = request_state(request, today)
    return Outstanding(request.id, request.what,
                       ", ".join(parts) or translate("CallSheet", "no date written down"),
                       state is RequestState.OVERDUE)


def _waiting_on_them(request: Request, today: date) -> Outstanding:
    parts = []
    if request.submitted_on is not None:
        parts.append(translate("CallSheet", "sent on {day} ({ago})").format(
            day=format_day(request.submitted_on), ago=relative_past(request.submitted_on, today)))
    if request.method is not None:
        parts.append(translate("CallSheet", "by {method}").format(
            method=request.method.label.lower()))
    if request.submitted_to:
        parts.append(translate("CallSheet", "to {whom}").format(whom=request.submitted_to))
    return Outstanding(request.id, request.what, translate(
        "CallSheet", "{sent}; not confirmed yet").format(sent=", ".join(parts)), False)


def build_call_sheet(
    organization: str,
    *,
    profile: Profile,
    plans: Sequence[Plan],
    questions: Sequence[Question],
    requests: Sequence[Request],
    today: date,
) -> CallSheet:
    """The call sheet for a call with ``organization`` (which may still be empty)."""
    patient = [SheetLine(translate("CallSheet", "Patient"),
                         profile.patient_name or translate("CallSheet", "not written down yet"))]
    if profile.date_of_birth is not None:
        patient.append(SheetLine(translate("CallSheet", "Date of birth"),
                                 format_short(profile.date_of_birth)))

    matched_plans = plans_of(organization, plans)
    shown_plans = matched_plans or list(plans)

    open_questions = [q for q in questions if q.status is QuestionStatus.OPEN]
    matched_questions = [q for q in open_questions if same_organization(q.ask_whom, organization)]
    shown_questions = matched_questions or open_questions

    everyone = not organization.strip()
    with_them = [r for r in requests if everyone or request_involves(r, organization)]
    on_us = [r for r in with_them
             if request_state(r, today) in (RequestState.OPEN, RequestState.OVERDUE)]
    on_us.sort(key=lambda r: (r.due_on or date.max, r.requested_on or date.max))
    on_them = [r for r in with_them if request_state(r, today) is RequestState.SENT]
    on_them.sort(key=lambda r: r.submitted_on or date.max)

    return CallSheet(
        organization=organization.strip(),
        patient=tuple(patient),
        plans=tuple(_plan_sheet(p) for p in shown_plans),
        plans_matched=bool(matched_plans),
        questions=tuple(shown_questions),
        questions_matched=bool(matched_questions),
        they_wait_on_us=tuple(_waiting_on_us(r, today) for r in on_us),
        we_wait_on_them=tuple(_waiting_on_them(r, today) for r in on_them),
    )


def phone_for(organization: str, plans: Iterable[Plan]) -> str:
    """The member-services phone of the plan whose payer is ``organization`` (or "")."""
    for plan in plans_of(organization, plans):
        if plan.member_phone:
            return plan.member_phone
    return ""
