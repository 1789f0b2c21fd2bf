"""Which records a meeting's page picks: those "with" its party (one rule,
:class:`~infusion_desk.core.parties.Parties`), in the order the page lists them. Plain Python;
:mod:`infusion_desk.core.meeting` builds the sections from these."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from infusion_desk.core.counts import is_open_question
from infusion_desk.core.parties import Parties, Party, Side
from infusion_desk.core.records import (
    Call,
    Contact,
    Question,
    Request,
    RequestState,
    Step,
    StepStatus,
)
from infusion_desk.core.rules import (
    approval_ends_soon,
    ledger_order_key,
    question_order_key,
    request_state,
)

if TYPE_CHECKING:
    from infusion_desk.core.meeting import FolderRecords

Item = Question | Request | Step | Call | Contact
UNDER_WAY = frozenset({StepStatus.IN_PROGRESS, StepStatus.WAITING, StepStatus.NOT_STARTED})


class Picker:
    """Asks of each record whether it is with the meeting's party."""

    def __init__(self, parties: Parties, target: list[Party], side: Side,
                 records: FolderRecords, today: date) -> None:
        self.parties = parties
        self.keys = {p.key for p in target}
        self.plan_ids = {p.plan_id for p in target if p.plan_id is not None}
        self.contact_ids = {c for p in target for c in p.contact_ids}
        self.side = side
        self.records = records
        self.today = today
        # The same few names recur on thousands of records: each is matched once.
        self._means: dict[tuple[str, bool], bool] = {}
        self._calls: list[Call] | None = None

    def means(self, text: str, *, loosely: bool = True) -> bool:
        """Whether a typed name is the meeting's party. ``loosely=False`` for text that only
        mentions someone ("a note from Dr. Okafor"): then "the doctor" alone does not count."""
        if not text.strip():
            return False
        known = self._means.get((text, loosely))
        if known is None:
            party = self.parties.party_of(text, mention=not loosely)
            known = self._means[text, loosely] = party is not None and party.key in self.keys
        return known

    def questions(self) -> list[Question]:
        found = [q for q in self.records.questions
                 if is_open_question(q) and self.means(q.ask_whom)]
        return sorted(found, key=question_order_key)

    def requests(self, *states: RequestState, asked: bool = False, sent: bool = False,
                 needed: bool = False) -> list[Request]:
        """Requests in ``states`` that they asked for, we sent them, or that need them."""
        found = [r for r in self.records.requests
                 if request_state(r, self.today) in states
                 and ((asked and self.means(r.requested_by))
                      or (sent and self.means(r.submitted_to))
                      or (needed and self.means(r.what, loosely=False)))]
        return sorted(found, key=lambda r: ledger_order_key(r, self.today))

    def steps_waiting_on_them(self) -> list[Step]:
        """Steps under way that wait on them (or, with no one written down, name them)."""
        return [s for s in self.records.steps if s.status in UNDER_WAY and (
            self.means(s.waiting_on) if s.waiting_on.strip()
            else self.means(s.title, loosely=False))]

    def steps_of_plan(self) -> list[Step]:
        return [s for s in self.records.steps if s.plan_id in self.plan_ids]

    def calls(self) -> list[Call]:
        if self._calls is None:
            matched: dict[tuple[int | None, str, str], bool] = {}
            found = []
            for call in self.records.calls:
                key = (call.contact_id, call.organization, call.person)
                if key not in matched:
                    party = self.parties.party_of_call(call)
                    matched[key] = party is not None and party.key in self.keys
                if matched[key]:
                    found.append(call)
            self._calls = found
        return list(self._calls)

    def contacts(self) -> list[Contact]:
        return [c for c in self.records.contacts if c.id in self.contact_ids]


def without(items: Sequence[Step], *taken: Sequence[Item]) -> list[Step]:
    ids = {item.id for group in taken for item in group if isinstance(item, Step)}
    return [s for s in items if s.id not in ids]


def ending_first(steps: Sequence[Step], today: date) -> list[Step]:
    def key(step: Step) -> tuple[int, date]:
        soon = approval_ends_soon(step, today)
        rank = 0 if soon else 1 if step.status is StepStatus.DENIED else 2
        return (rank, step.approved_to or date.max)

    return sorted(steps, key=key)
