"""Which deadlines a one-page summary's meeting must see (issue 16). Qt-free; ``today`` is passed
in. Only deadlines not done yet: those that can stop the therapy first (an appeal, a renewal;
``core.deadline_ranking``), then promised call-backs, then the rest, each soonest first.

- **Everything, in brief**: every one.
- **An appeal or a renewal** can stop the therapy and is worked on with the doctor's office
  (the letter, the renewal request) and with the plan (which decides): it is on the page for
  the doctor and for the plan (a plan named: its own steps' and letters' only, or one whose
  "concerns" names it); a renewal is on the pharmacy's page too (the approval's end stops the
  deliveries).
- **A promised call-back or another deadline** is on the page of the party it concerns (the
  call's party, else whoever its "concerns" names).
"""

from __future__ import annotations

from collections.abc import Iterable

from infusion_desk.core.deadline_ranking import consequence_of
from infusion_desk.core.deadline_record import Deadline, DeadlinePurpose
from infusion_desk.core.meeting import Audience, FolderRecords, MeetingPage
from infusion_desk.core.parties import Parties, Side

_SIDE = {Audience.DOCTOR: Side.DOCTOR, Audience.PLAN: Side.PLAN,
         Audience.PHARMACY: Side.PHARMACY}
_AT_STAKE = {
    Audience.DOCTOR: frozenset({DeadlinePurpose.APPEAL, DeadlinePurpose.RENEWAL}),
    Audience.PLAN: frozenset({DeadlinePurpose.APPEAL, DeadlinePurpose.RENEWAL}),
    Audience.PHARMACY: frozenset({DeadlinePurpose.RENEWAL}),
}


def deadlines_for_meeting(page: MeetingPage, records: FolderRecords,
                          deadlines: Iterable[Deadline]) -> list[Deadline]:
    """The open deadlines the page's meeting concerns, in order (module notes)."""
    open_ones = sorted((d for d in deadlines if not d.done),
                       key=lambda d: (consequence_of(d), d.due_on, d.id or 0))
    audience = page.meeting.audience
    if audience is Audience.ALL:
        return open_ones
    side = _SIDE[audience]
    parties = Parties(records.profile, records.plans, records.contacts)
    named = page.meeting.name.strip()
    plan_ids = {p.plan_id for p in parties.named(Side.PLAN, named)} if (
        named and side is Side.PLAN) else set()
    steps = {s.id: s for s in records.steps}
    calls = {c.id: c for c in records.calls}

    def concerns_them(deadline: Deadline) -> bool:
        call = calls.get(deadline.call_id) if deadline.call_id is not None else None
        party = parties.party_of_call(call) if call is not None else None
        party = party or parties.party_of(deadline.concerns)
        return party is not None and party.side is side and (
            not plan_ids or party.plan_id in plan_ids)

    def for_this_plan(deadline: Deadline) -> bool:
        step = steps.get(deadline.step_id) if deadline.step_id is not None else None
        if step is not None and step.plan_id is not None:
            return step.plan_id in plan_ids
        return concerns_them(deadline)

    found = []
    for deadline in open_ones:
        if deadline.purpose in _AT_STAKE[audience]:
            if not plan_ids or for_this_plan(deadline):
                found.append(deadline)
        elif concerns_them(deadline):
            found.append(deadline)
    return found
