"""Proposals kept inside the operation that changed the records (``services.filing``,
``.call_log``, ``.records``): worked out from the records as they are now, written in that
operation's transaction, and taken back by its undo."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from infusion_desk.core.deadlines import AppealProposal, DateSource, Deadline, DeadlinePurpose
from infusion_desk.core.letter_facts import LetterKind
from infusion_desk.core.records import (
    Call,
    Document,
    DocumentKind,
    Plan,
    PlanType,
    Step,
    StepStatus,
)
from infusion_desk.services.changes import RecordRef
from infusion_desk.services.deadline_proposals import (
    CLOCK_KINDS,
    Notice,
    appeal_for_letter,
    follow_up_for_call,
    notice_of_letter,
    plan_for,
    renewal_for_step,
)
from infusion_desk.storage.deadline_queries import DeadlineQueries, Kept
from infusion_desk.storage.document_storage import DocumentStorage
from infusion_desk.storage.queries import FolderQueries
from infusion_desk.storage.store import Store

# What a letter filed as one of these kinds of document may be, when the form does not say.
_MAY_START_A_CLOCK = (DocumentKind.PA_DECISION, DocumentKind.PLAN_LETTER, DocumentKind.EOB)


class ProposalKeeper:
    """Works out proposals and keeps them in a transaction given by the caller."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._queries = DeadlineQueries(store)
        self._lists = FolderQueries(store)

    # ------------------------------------------------------------------ letters
    def appeal_for_letter(self, document: Document, *, letter_kind: LetterKind | None = None,
                          notice: Notice | None = None, letter_says: date | None = None,
                          step: Step | None = None, today: date | None = None
                          ) -> AppealProposal | None:
        """The appeal proposal for a filed letter, or ``None`` when it starts no clock. Without
        ``letter_kind`` (and ``notice``) the letter's text says what it is; without
        ``letter_says``, the first date it sets."""
        if document.id is None:
            return None
        if letter_kind is None and notice is None and document.kind not in _MAY_START_A_CLOCK:
            return None
        if notice is None and letter_kind is not None and letter_kind not in CLOCK_KINDS:
            return None  # an approval, a bill: its text is not even read
        plans = self._lists.plans()
        plan = plan_for(step, plans)
        text = DocumentStorage(self._store).document_text(document.id)
        if notice is None or letter_kind is None or letter_says is None:
            facts = _read(text, plans, today or date.today())
            letter_kind = letter_kind or facts[0]
            letter_says = letter_says or facts[1]
        if notice is None:
            notice = notice_of_letter(
                letter_kind, text, plan.plan_type if plan is not None else PlanType.OTHER)
        if notice is None:
            return None
        return appeal_for_letter(document, notice, plan, letter_says=letter_says, step=step)

    # ------------------------------------------------------------------ steps and calls
    def renewal_for_step(self, step: Step, lead_days: int | None = None) -> Deadline | None:
        """"Renew before" for an approval with an end date (``lead_days``: the folder's unless
        given)."""
        if step.status is not StepStatus.APPROVED or step.approved_to is None:
            return None  # (before any read: most steps are not approvals with an end)
        days = self._queries.renewal_lead_days() if lead_days is None else lead_days
        return renewal_for_step(step, days, plan_for(step, self._lists.plans()))

    @staticmethod
    def follow_up_for_call(call: Call) -> Deadline | None:
        return follow_up_for_call(call)

    def proposed_for(self, record: object) -> Deadline | None:
        """What an added or edited record proposes: an approval's "renew before", a call's
        follow-up; nothing for any other record."""
        if isinstance(record, Step):
            return self.renewal_for_step(record)
        if isinstance(record, Call):
            return self.follow_up_for_call(record)
        return None

    def stale_for(self, record: object) -> Deadline | None:
        """What an edited record no longer proposes, as a stand-in with the identity of the
        deadline it proposed before: an approval that is no longer one (or has no end date), a
        call whose words no longer promise a call-back (one whose follow-up is done keeps its
        deadline, done with it: ``CallLog.follow_up_done``)."""
        if isinstance(record, Step) and record.id is not None:
            return Deadline(DeadlinePurpose.RENEWAL, date.min, DateSource.RULE, "",
                            step_id=record.id)
        if isinstance(record, Call) and record.id is not None and not record.follow_up_done:
            return Deadline(DeadlinePurpose.FOLLOW_UP, date.min, DateSource.TYPED, "",
                            call_id=record.id)
        return None

    # ------------------------------------------------------------------ keeping
    def keep_for(self, record: object, session: Any) -> Kept:
        """Keep what an added or edited record proposes; when it proposes nothing any more, the
        deadline it proposed before (never hers: not edited, not done) goes to the trash
        (``Kept.withdrawn``)."""
        proposed = self.proposed_for(record)
        if proposed is not None:
            return self.keep(proposed, session)
        stale = self.stale_for(record)
        if stale is None:
            return Kept()
        withdrawn: Kept = self._queries.withdraw(stale, session)
        return withdrawn

    def keep(self, proposed: Deadline | None, session: Any) -> Kept:
        """Store ``proposed`` in the caller's transaction (``session``), or update the one
        proposed before (``storage.deadline_queries``)."""
        if proposed is None:
            return Kept()
        kept: Kept = self._queries.keep(proposed, session)
        return kept


def _read(text: str, plans: Sequence[Plan], today: date) -> tuple[LetterKind, date | None]:
    """The kind a letter's words say it is, and the first date it sets."""
    from infusion_desk.core.letter_reading import read_letter  # the letter reader loads on use

    facts = read_letter(text, plans=plans, contacts=(), today=today)
    says = next((d.on for d in facts.deadlines if d.on is not None), None)
    return facts.kind, says


def undo_parts(kept: Iterable[Kept]) -> tuple[tuple[Deadline, ...], tuple[RecordRef, ...]]:
    """What puts the deadlines back: those updated (as they were), those added (to trash)."""
    put_back: list[Deadline] = []
    trash: list[RecordRef] = []
    for k in kept:
        if k.added and k.after is not None and k.after.id is not None:
            trash.append(RecordRef(Deadline, k.after.id))
        elif k.before is not None and k.changed:
            put_back.append(k.before)
    return tuple(put_back), tuple(trash)


def restore_parts(kept: Iterable[Kept]) -> tuple[RecordRef, ...]:
    """What puts back the deadlines a change withdrew (took to the trash)."""
    return tuple(RecordRef(Deadline, d.id) for k in kept for d in k.withdrawn
                 if d.id is not None)


def kept_ids(kept: Iterable[Kept]) -> list[int | None]:
    return [k.after.id for k in kept if k.after is not None] + [
        d.id for k in kept for d in k.withdrawn]

