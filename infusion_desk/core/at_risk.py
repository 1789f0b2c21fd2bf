"""What can stop or delay the therapy, and whom to call about it. Qt-free; ``today`` is passed in.

Three things can stop or delay the therapy (they lead the *Today* list, see ``core.today``):

- **An approval ending** within 14 days (``rules.approval_ends_soon``) with **no renewal under
  way**. A renewal is under way when another prior-authorization, reauthorization or appeal step
  for the same plan (or, when the approval has no plan, another step without one), newer than the
  approval, shows the renewal has begun:

  - it has been started and is not closed: its status is *In progress* or *Waiting on someone*
    (a step still *Not started* is only a plan, not a renewal under way); or
  - something for it has been sent: a request tied to it has a sent date; or
  - it is already approved for a period that ends later than this one.

  "Newer" means started on or after the approval started when both dates are written down, and
  otherwise added after it. An older step left open by mistake never hides an ending approval.
- **A denial** (a step whose status is *Denied*) that **no appeal has been started on**: an
  appeal step for the same plan, newer than the denial (started on or after the day it was decided
  when both are written down, else added after it), that is no longer *Not started*.
- **An overdue request the plan is waiting on**: nothing sent and past its due date, and either
  asked for by one of the folder's plans (its company named in *Requested by*) or tied to a plan's
  decision still pending (a prior-authorization, reauthorization or appeal step that is neither
  approved nor denied).

Whom to call is read from the folder: the plan's member-services phone (or its
prior-authorization phone, or a contact at the plan who has a phone), or the contact named in
*Requested by*. The words say what is due and whom to call — never what the plan will do.

:class:`AtRisk` reads the folder's records once (names folded once), so that a folder of
thousands of requests and contacts is answered in a blink.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from infusion_desk.core.organizations import OrganizationName
from infusion_desk.core.records import Contact, Plan, Request, Step, StepKind, StepStatus
from infusion_desk.core.text import fold

# The steps in which a plan decides whether it pays.
PLAN_DECISIONS = frozenset(
    {StepKind.PRIOR_AUTHORIZATION, StepKind.REAUTHORIZATION, StepKind.APPEAL}
)
_CLOSED = frozenset({StepStatus.APPROVED, StepStatus.DENIED})
_SHORTEST_NAME = 3  # a contact's name shorter than this never matches "Requested by"
# "Requested by" names who asked; only its beginning is compared with the plans and contacts, so
# that a page of text pasted into it does not slow Today down.
_NAME_CHARS = 200


@dataclass(frozen=True)
class Whom:
    """Whom to call about something, and their number when the folder has it."""

    name: str = ""
    phone: str = ""


def _is_newer(later: Step, than: Step, since: date | None) -> bool:
    """``later`` was started on or after ``since``, or, without both dates, added after
    ``than``."""
    if later.started_on is not None and since is not None:
        return later.started_on >= since
    return (later.id or 0) > (than.id or 0)


def _one_line(text: str) -> str:
    return " ".join(text.split())


class AtRisk:
    """What can stop or delay the therapy, read from one folder's records (module notes)."""

    def __init__(self, *, steps: Iterable[Step] = (), requests: Iterable[Request] = (),
                 plans: Iterable[Plan] = (), contacts: Iterable[Contact] = ()) -> None:
        self.steps = list(steps)
        self.steps_by_id = {s.id: s for s in self.steps if s.id is not None}
        self._decisions: dict[int | None, list[Step]] = {}  # plan decisions, by plan id
        self._appeals: dict[int | None, list[Step]] = {}  # appeals started, by plan id
        for step in self.steps:
            if step.kind in PLAN_DECISIONS:
                self._decisions.setdefault(step.plan_id, []).append(step)
            if step.kind is StepKind.APPEAL and step.status is not StepStatus.NOT_STARTED:
                self._appeals.setdefault(step.plan_id, []).append(step)
        self._sent_for = {r.step_id for r in requests if r.step_id is not None and r.submitted_on}
        self._plans = [(p, OrganizationName(p.payer)) for p in plans]
        self._plans_by_id = {p.id: p for p, _ in self._plans if p.id is not None}
        self._contact_list = list(contacts)
        self._contact_names: list[tuple[Contact, str]] | None = None  # folded, when first asked
        self._plan_whom: dict[int, Whom] = {}
        self._asking: dict[int, Plan | None] = {}  # by request id

    # ------------------------------------------------------------------ the three kinds
    def renewal_under_way(self, approval: Step) -> bool:
        """Whether a renewal of ``approval`` is under way (see the module notes)."""
        for step in self._decisions.get(approval.plan_id, ()):
            if (step is approval or step.id == approval.id
                    or not _is_newer(step, approval, approval.started_on)):
                continue
            if step.status is StepStatus.APPROVED:
                if (step.approved_to is not None and approval.approved_to is not None
                        and step.approved_to > approval.approved_to):
                    return True
                continue
            if step.status is StepStatus.DENIED:
                continue
            if step.status is not StepStatus.NOT_STARTED or step.id in self._sent_for:
                return True  # started (a status from a newer version counts as started), or sent
        return False

    def appeal_started(self, denial: Step) -> bool:
        """Whether an appeal of ``denial`` has been started (see the module notes)."""
        since = denial.decided_on or denial.started_on
        return any(step.id != denial.id and step is not denial and _is_newer(step, denial, since)
                   for step in self._appeals.get(denial.plan_id, ()))

    def plan_waits_on(self, request: Request) -> bool:
        """Whether a plan is waiting on ``request``: asked for by one of the plans, or tied to a
        plan's decision still pending."""
        if self._plan_asking(request) is not None:
            return True
        step = self.steps_by_id.get(request.step_id) if request.step_id is not None else None
        return step is not None and step.kind in PLAN_DECISIONS and step.status not in _CLOSED

    # ------------------------------------------------------------------ whom to call
    def plan_whom(self, plan_id: int | None, *, approvals: bool = False) -> Whom:
        """The plan's name and its phone: member services, else prior authorization, else a
        contact at the plan who has a phone. About an approval or a denial (``approvals``) the
        prior-authorization line comes first: that is the desk that renews and decides. An
        empty ``Whom`` without a plan."""
        plan = self._plans_by_id.get(plan_id) if plan_id is not None else None
        if plan is None or plan.id is None:
            return Whom()
        key = -plan.id if approvals else plan.id
        if key not in self._plan_whom:
            phone = ((plan.pa_phone or plan.member_phone) if approvals
                     else (plan.member_phone or plan.pa_phone))
            if not phone and plan.payer:
                payer = OrganizationName(plan.payer)
                phone = next((c.phone for c in self._contact_list
                              if c.phone and OrganizationName(c.organization).same_as(payer)), "")
            self._plan_whom[key] = Whom(_one_line(plan.payer or plan.plan_name), phone)
        return self._plan_whom[key]

    def contact_named_in(self, text: str) -> Contact | None:
        """The contact whose name (without what follows a comma, such as ", RN") ``text``
        holds."""
        if self._contact_names is None:
            self._contact_names = [(c, " ".join(fold(c.name.split(",")[0]).split()))
                                   for c in self._contact_list]
        folded = fold(text)
        return next((c for c, name in self._contact_names
                     if len(name) >= _SHORTEST_NAME and name in folded), None)

    def request_whom(self, request: Request) -> Whom:
        """Who is waiting on ``request``: the plan that asked for it, the contact named in
        *Requested by*, or the plan of the step it is tied to; else who asked, as typed."""
        asking = self._plan_asking(request)
        if asking is not None:
            return self.plan_whom(asking.id)
        contact = self.contact_named_in(request.requested_by[:_NAME_CHARS])
        if contact is not None:
            return Whom(_one_line(contact.name), contact.phone)
        step = self.steps_by_id.get(request.step_id) if request.step_id is not None else None
        if step is not None and step.plan_id in self._plans_by_id:
            return self.plan_whom(step.plan_id)
        return Whom(_one_line(request.requested_by), "")

    def _plan_asking(self, request: Request) -> Plan | None:
        """The plan named in *Requested by* (worked out once per request)."""
        if request.id is not None and request.id in self._asking:
            return self._asking[request.id]
        if not self._plans:
            return None
        asked = OrganizationName(request.requested_by[:_NAME_CHARS])
        plan = next((p for p, payer in self._plans if payer.same_as(asked)), None)
        if request.id is not None:
            self._asking[request.id] = plan
        return plan
