"""Which deadlines need her now, and where they go in the *Today* list. Qt-free; ``today`` is
always passed in.

They follow the rule of ``core.today`` (the appointment issue's rule), unchanged:

1. **What can stop or delay the therapy**: a missed appeal window ends the appeal, and an
   approval nobody renews stops the therapy, so an appeal or a renewal deadline is ranked with
   them (a renewal beside an approval ending, an appeal beside a denial).
2. **Promised call-backs**: a follow-up deadline, beside a follow-up call due.
3. **The rest**: any other deadline.

Within a group the earlier date comes first, then the record added first — the shape of
``TodayItem.sort_key`` (:func:`today_sort_key`), so that both sort together.

A deadline is on *Today* from ``TODAY_HORIZON`` days before its date (an appeal two weeks
ahead, so there is time to gather papers; a renewal and a follow-up on their own date, which
already holds the lead time), and stays there, overdue, until it is marked done.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from infusion_desk.core.deadlines import Deadline, DeadlinePurpose
from infusion_desk.core.records import ByMember
from infusion_desk.core.today import Consequence

CONSEQUENCE = ByMember({
    DeadlinePurpose.APPEAL: Consequence.CAN_STOP_THERAPY,
    DeadlinePurpose.RENEWAL: Consequence.CAN_STOP_THERAPY,
    DeadlinePurpose.FOLLOW_UP: Consequence.PROMISED,
    DeadlinePurpose.OTHER: Consequence.OTHER,
}, unknown=Consequence.OTHER)

# The order within the group, matching the places of ``core.today.Reason``: a renewal with
# "Approval ending soon" (0), an appeal with "Denied" (1), a follow-up with "Follow-up due" (0).
REASON_RANK = ByMember({
    DeadlinePurpose.RENEWAL: 0,
    DeadlinePurpose.APPEAL: 1,
    DeadlinePurpose.FOLLOW_UP: 0,
    DeadlinePurpose.OTHER: 4,
}, unknown=4)

TODAY_HORIZON = ByMember({
    DeadlinePurpose.APPEAL: 14,
    DeadlinePurpose.RENEWAL: 0,
    DeadlinePurpose.FOLLOW_UP: 0,
    DeadlinePurpose.OTHER: 7,
}, unknown=7)

NOTICE_DAYS = 3  # a desktop notice for a deadline this close, once a day


def consequence_of(deadline: Deadline) -> Consequence:
    return CONSEQUENCE[deadline.purpose]


def today_sort_key(deadline: Deadline) -> tuple[int, int, date, int]:
    """Sorts with ``TodayItem.sort_key``: group, place in the group, date, record."""
    return (consequence_of(deadline), REASON_RANK[deadline.purpose], deadline.due_on,
            deadline.id or 0)


def on_today(deadline: Deadline, today: date) -> bool:
    """Not done, and its date within its horizon (or passed)."""
    horizon = TODAY_HORIZON[deadline.purpose]
    return not deadline.done and deadline.due_on <= today + timedelta(days=horizon)


def for_today(deadlines: Iterable[Deadline], today: date) -> list[Deadline]:
    """The deadlines *Today* lists, in its order."""
    return sorted((d for d in deadlines if on_today(d, today)), key=today_sort_key)


def within(deadlines: Iterable[Deadline], today: date, days: int) -> list[Deadline]:
    """Open deadlines due within ``days`` of today, overdue ones included; soonest first."""
    last = today + timedelta(days=days)
    return sorted((d for d in deadlines if not d.done and d.due_on <= last),
                  key=lambda d: (d.due_on, consequence_of(d), d.id or 0))


def days_left(deadline: Deadline, today: date) -> int:
    """Days from today to the deadline; negative once it has passed."""
    return (deadline.due_on - today).days


def to_notify(deadlines: Iterable[Deadline], today: date, last_notified: date | None,
              days: int = NOTICE_DAYS) -> list[Deadline]:
    """What the once-a-day desktop notice names: the open deadlines within ``days``, unless a
    notice was already shown today (``last_notified``)."""
    if last_notified is not None and last_notified >= today:
        return []
    return within(deadlines, today, days)
