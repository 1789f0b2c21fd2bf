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

On the page a deadline goes into the line of the record it came from when that line is shown
(:func:`fold_deadlines`, as *Today* folds them): an appeal into its denial's line, a renewal
beside its approval's end, a promised call-back into its call's. Only the others (a call-back
whose call is not on the page, one she typed) are listed on their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from infusion_desk.core.deadline_ranking import consequence_of
from infusion_desk.core.deadline_record import Deadline, DeadlinePurpose
from infusion_desk.core.meeting import Audience, FolderRecords, MeetingPage
from infusion_desk.core.parties import Parties, Side
from infusion_desk.core.records import Call, Step

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


# A deadline of each purpose is folded into the line of the record it came from (as *Today*
# does): an appeal or a renewal into its step's line, a promised call-back into its call's.
_FOLDS_INTO: dict[DeadlinePurpose, type] = {
    DeadlinePurpose.APPEAL: Step, DeadlinePurpose.RENEWAL: Step, DeadlinePurpose.FOLLOW_UP: Call,
}


def host_of(deadline: Deadline) -> tuple[type, int] | None:
    """(type, id) of the record whose line a deadline is folded into, when shown: its step for
    an appeal or a renewal, its call for a promised call-back; ``None`` for any other."""
    kind = _FOLDS_INTO.get(deadline.purpose)
    ident = deadline.step_id if kind is Step else deadline.call_id if kind is Call else None
    return (kind, ident) if kind is not None and ident is not None else None


def fold_deadlines(deadlines: Sequence[Deadline], lists: Mapping[str, Sequence[object]]
                   ) -> tuple[dict[tuple[type, int], Deadline], dict[int, tuple[str, int]],
                              list[Deadline]]:
    """Which of ``deadlines`` (in order) go into a line of the page: ``lists`` names each list
    of records the page shows (in order). Returns the deadline each record's line carries (the
    first for that record), where each folded deadline's line is (list, place), by the
    deadline's index, and the deadlines with no line of their own (they keep their order)."""
    places: dict[tuple[type, int], tuple[str, int]] = {}
    for name, items in lists.items():
        for index, item in enumerate(items):
            ident = getattr(item, "id", None)
            if ident is not None:
                places.setdefault((type(item), ident), (name, index))
    carried: dict[tuple[type, int], Deadline] = {}
    where: dict[int, tuple[str, int]] = {}
    alone: list[Deadline] = []
    for number, deadline in enumerate(deadlines):
        host = host_of(deadline)
        if host is not None and host in places and host not in carried:
            carried[host] = deadline
            where[number] = places[host]
        else:
            alone.append(deadline)
    return carried, where, alone
